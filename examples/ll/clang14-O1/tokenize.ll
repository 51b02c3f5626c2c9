; ModuleID = 'kernels/tokenize.c'
source_filename = "kernels/tokenize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @tokenize(i8* nocapture noundef readonly %0, i32 noundef %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 !dbg !16 {
  call void @llvm.dbg.value(metadata i8* %0, metadata !25, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %1, metadata !26, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32* %2, metadata !27, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 undef, metadata !26, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !31, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !38
  %4 = icmp sgt i32 %1, 0, !dbg !39
  br i1 %4, label %5, label %45, !dbg !40

5:                                                ; preds = %3
  %6 = icmp slt i32 %1, 1024, !dbg !41
  %7 = select i1 %6, i32 %1, i32 1024, !dbg !41
  call void @llvm.dbg.value(metadata i32 %7, metadata !26, metadata !DIExpression()), !dbg !38
  %8 = call i32 @llvm.smax.i32(i32 %7, i32 1), !dbg !40
  %9 = zext i32 %8 to i64, !dbg !39
  br label %10, !dbg !40

10:                                               ; preds = %5, %39
  %11 = phi i64 [ 0, %5 ], [ %43, %39 ]
  %12 = phi i32 [ 0, %5 ], [ %42, %39 ]
  %13 = phi i32 [ 0, %5 ], [ %41, %39 ]
  %14 = phi i32 [ 0, %5 ], [ %40, %39 ]
  call void @llvm.dbg.value(metadata i32 %12, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %13, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i64 %11, metadata !31, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %14, metadata !30, metadata !DIExpression()), !dbg !38
  %15 = getelementptr inbounds i8, i8* %0, i64 %11, !dbg !42
  %16 = load i8, i8* %15, align 1, !dbg !42, !tbaa !43
  call void @llvm.dbg.value(metadata i8 %16, metadata !32, metadata !DIExpression()), !dbg !46
  %17 = add i8 %16, -48, !dbg !47
  %18 = icmp ult i8 %17, 10, !dbg !47
  call void @llvm.dbg.value(metadata i1 %18, metadata !36, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !46
  %19 = and i8 %16, -33, !dbg !48
  %20 = add i8 %19, -65, !dbg !48
  %21 = icmp ult i8 %20, 26, !dbg !48
  %22 = icmp eq i8 %16, 95
  %23 = select i1 %21, i1 true, i1 %22, !dbg !48
  call void @llvm.dbg.value(metadata i1 %23, metadata !37, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !46
  switch i32 %12, label %39 [
    i32 0, label %24
    i32 1, label %31
    i32 2, label %36
  ], !dbg !49

24:                                               ; preds = %10
  br i1 %18, label %25, label %27, !dbg !50

25:                                               ; preds = %24
  call void @llvm.dbg.value(metadata i32 1, metadata !28, metadata !DIExpression()), !dbg !38
  %26 = add nsw i32 %13, 1, !dbg !52
  call void @llvm.dbg.value(metadata i32 %26, metadata !29, metadata !DIExpression()), !dbg !38
  br label %39, !dbg !55

27:                                               ; preds = %24
  %28 = zext i1 %23 to i32, !dbg !56
  %29 = add nsw i32 %14, %28, !dbg !56
  %30 = select i1 %23, i32 2, i32 0, !dbg !56
  br label %39, !dbg !56

31:                                               ; preds = %10
  br i1 %23, label %32, label %34, !dbg !57

32:                                               ; preds = %31
  call void @llvm.dbg.value(metadata i32 2, metadata !28, metadata !DIExpression()), !dbg !38
  %33 = add nsw i32 %14, 1, !dbg !58
  call void @llvm.dbg.value(metadata i32 %33, metadata !30, metadata !DIExpression()), !dbg !38
  br label %39, !dbg !61

34:                                               ; preds = %31
  %35 = zext i1 %18 to i32, !dbg !62
  br label %39, !dbg !62

36:                                               ; preds = %10
  %37 = select i1 %23, i1 true, i1 %18, !dbg !63
  %38 = select i1 %37, i32 2, i32 0, !dbg !63
  br label %39, !dbg !63

39:                                               ; preds = %36, %34, %27, %32, %25, %10
  %40 = phi i32 [ %14, %10 ], [ %33, %32 ], [ %14, %25 ], [ %29, %27 ], [ %14, %34 ], [ %14, %36 ], !dbg !38
  %41 = phi i32 [ %13, %10 ], [ %13, %32 ], [ %26, %25 ], [ %13, %27 ], [ %13, %34 ], [ %13, %36 ], !dbg !38
  %42 = phi i32 [ %12, %10 ], [ 2, %32 ], [ 1, %25 ], [ %30, %27 ], [ %35, %34 ], [ %38, %36 ], !dbg !38
  call void @llvm.dbg.value(metadata i32 %42, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %41, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %40, metadata !30, metadata !DIExpression()), !dbg !38
  %43 = add nuw nsw i64 %11, 1, !dbg !65
  call void @llvm.dbg.value(metadata i64 %43, metadata !31, metadata !DIExpression()), !dbg !38
  %44 = icmp eq i64 %43, %9, !dbg !39
  br i1 %44, label %45, label %10, !dbg !40, !llvm.loop !66

45:                                               ; preds = %39, %3
  %46 = phi i32 [ 0, %3 ], [ %40, %39 ], !dbg !69
  %47 = phi i32 [ 0, %3 ], [ %41, %39 ], !dbg !70
  store i32 %47, i32* %2, align 4, !dbg !71, !tbaa !72
  %48 = getelementptr inbounds i32, i32* %2, i64 1, !dbg !74
  store i32 %46, i32* %48, align 4, !dbg !75, !tbaa !72
  %49 = add nsw i32 %47, %46, !dbg !76
  ret i32 %49, !dbg !77
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14}
!llvm.ident = !{!15}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/tokenize.c", directory: ".", checksumkind: CSK_MD5, checksum: "64e1ec201f69333ce1bae6149adb7b38")
!2 = !{!3}
!3 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "lex_state", file: !1, line: 6, baseType: !4, size: 32, elements: !5)
!4 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!5 = !{!6, !7, !8}
!6 = !DIEnumerator(name: "IDLE", value: 0)
!7 = !DIEnumerator(name: "IN_NUM", value: 1)
!8 = !DIEnumerator(name: "IN_WORD", value: 2)
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 7, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 1}
!15 = !{!"Debian clang version 14.0.6"}
!16 = distinct !DISubprogram(name: "tokenize", scope: !1, file: !1, line: 8, type: !17, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!17 = !DISubroutineType(types: !18)
!18 = !{!19, !20, !19, !23}
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!21 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!22 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!24 = !{!25, !26, !27, !28, !29, !30, !31, !32, !36, !37}
!25 = !DILocalVariable(name: "s", arg: 1, scope: !16, file: !1, line: 8, type: !20)
!26 = !DILocalVariable(name: "n", arg: 2, scope: !16, file: !1, line: 8, type: !19)
!27 = !DILocalVariable(name: "counts", arg: 3, scope: !16, file: !1, line: 8, type: !23)
!28 = !DILocalVariable(name: "st", scope: !16, file: !1, line: 10, type: !3)
!29 = !DILocalVariable(name: "nums", scope: !16, file: !1, line: 11, type: !19)
!30 = !DILocalVariable(name: "words", scope: !16, file: !1, line: 11, type: !19)
!31 = !DILocalVariable(name: "i", scope: !16, file: !1, line: 11, type: !19)
!32 = !DILocalVariable(name: "c", scope: !33, file: !1, line: 15, type: !22)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 14, column: 29)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 14, column: 5)
!35 = distinct !DILexicalBlock(scope: !16, file: !1, line: 14, column: 5)
!36 = !DILocalVariable(name: "digit", scope: !33, file: !1, line: 16, type: !19)
!37 = !DILocalVariable(name: "alpha", scope: !33, file: !1, line: 17, type: !19)
!38 = !DILocation(line: 0, scope: !16)
!39 = !DILocation(line: 14, column: 19, scope: !34)
!40 = !DILocation(line: 14, column: 5, scope: !35)
!41 = !DILocation(line: 12, column: 9, scope: !16)
!42 = !DILocation(line: 15, column: 18, scope: !33)
!43 = !{!44, !44, i64 0}
!44 = !{!"omnipotent char", !45, i64 0}
!45 = !{!"Simple C/C++ TBAA"}
!46 = !DILocation(line: 0, scope: !33)
!47 = !DILocation(line: 16, column: 30, scope: !33)
!48 = !DILocation(line: 17, column: 31, scope: !33)
!49 = !DILocation(line: 18, column: 9, scope: !33)
!50 = !DILocation(line: 20, column: 17, scope: !51)
!51 = distinct !DILexicalBlock(scope: !33, file: !1, line: 18, column: 21)
!52 = !DILocation(line: 22, column: 21, scope: !53)
!53 = distinct !DILexicalBlock(scope: !54, file: !1, line: 20, column: 24)
!54 = distinct !DILexicalBlock(scope: !51, file: !1, line: 20, column: 17)
!55 = !DILocation(line: 23, column: 13, scope: !53)
!56 = !DILocation(line: 23, column: 24, scope: !54)
!57 = !DILocation(line: 29, column: 17, scope: !51)
!58 = !DILocation(line: 31, column: 22, scope: !59)
!59 = distinct !DILexicalBlock(scope: !60, file: !1, line: 29, column: 24)
!60 = distinct !DILexicalBlock(scope: !51, file: !1, line: 29, column: 17)
!61 = !DILocation(line: 32, column: 13, scope: !59)
!62 = !DILocation(line: 32, column: 24, scope: !60)
!63 = !DILocation(line: 37, column: 24, scope: !64)
!64 = distinct !DILexicalBlock(scope: !51, file: !1, line: 37, column: 17)
!65 = !DILocation(line: 14, column: 25, scope: !34)
!66 = distinct !{!66, !40, !67, !68}
!67 = !DILocation(line: 41, column: 5, scope: !35)
!68 = !{!"llvm.loop.unroll.disable"}
!69 = !DILocation(line: 11, column: 19, scope: !16)
!70 = !DILocation(line: 11, column: 9, scope: !16)
!71 = !DILocation(line: 42, column: 15, scope: !16)
!72 = !{!73, !73, i64 0}
!73 = !{!"int", !44, i64 0}
!74 = !DILocation(line: 43, column: 5, scope: !16)
!75 = !DILocation(line: 43, column: 15, scope: !16)
!76 = !DILocation(line: 44, column: 17, scope: !16)
!77 = !DILocation(line: 44, column: 5, scope: !16)
