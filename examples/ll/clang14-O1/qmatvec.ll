; ModuleID = 'kernels/qmatvec.c'
source_filename = "kernels/qmatvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @qmatvec(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1, i16* nocapture noundef readonly %2, i8* nocapture noundef writeonly %3, i32 noundef %4) local_unnamed_addr #0 !dbg !18 {
  call void @llvm.dbg.value(metadata i8* %0, metadata !30, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i8* %1, metadata !31, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i16* %2, metadata !32, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i8* %3, metadata !33, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i32 %4, metadata !34, metadata !DIExpression()), !dbg !41
  %6 = and i32 %4, 15, !dbg !42
  call void @llvm.dbg.value(metadata i32 %6, metadata !34, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !41
  br label %7, !dbg !43

7:                                                ; preds = %5, %27
  %8 = phi i64 [ 0, %5 ], [ %35, %27 ]
  call void @llvm.dbg.value(metadata i64 %8, metadata !35, metadata !DIExpression()), !dbg !41
  %9 = getelementptr inbounds i16, i16* %2, i64 %8, !dbg !44
  %10 = load i16, i16* %9, align 2, !dbg !44, !tbaa !45
  %11 = sext i16 %10 to i32, !dbg !44
  call void @llvm.dbg.value(metadata i32 %11, metadata !37, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !41
  %12 = shl nsw i64 %8, 5
  call void @llvm.dbg.value(metadata i32 %11, metadata !37, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !41
  br label %13, !dbg !50

13:                                               ; preds = %7, %13
  %14 = phi i64 [ 0, %7 ], [ %25, %13 ]
  %15 = phi i32 [ %11, %7 ], [ %24, %13 ]
  call void @llvm.dbg.value(metadata i32 %15, metadata !37, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 %14, metadata !36, metadata !DIExpression()), !dbg !41
  %16 = add nuw nsw i64 %14, %12, !dbg !52
  %17 = getelementptr inbounds i8, i8* %0, i64 %16, !dbg !54
  %18 = load i8, i8* %17, align 1, !dbg !54, !tbaa !55
  %19 = sext i8 %18 to i32, !dbg !56
  %20 = getelementptr inbounds i8, i8* %1, i64 %14, !dbg !57
  %21 = load i8, i8* %20, align 1, !dbg !57, !tbaa !55
  %22 = sext i8 %21 to i32, !dbg !58
  %23 = mul nsw i32 %22, %19, !dbg !59
  %24 = add nsw i32 %23, %15, !dbg !60
  call void @llvm.dbg.value(metadata i32 %24, metadata !37, metadata !DIExpression()), !dbg !49
  %25 = add nuw nsw i64 %14, 1, !dbg !61
  call void @llvm.dbg.value(metadata i64 %25, metadata !36, metadata !DIExpression()), !dbg !41
  %26 = icmp eq i64 %25, 32, !dbg !62
  br i1 %26, label %27, label %13, !dbg !50, !llvm.loop !63

27:                                               ; preds = %13
  %28 = icmp sgt i32 %24, 0, !dbg !66
  %29 = select i1 %28, i32 %24, i32 0, !dbg !66
  call void @llvm.dbg.value(metadata i32 %29, metadata !37, metadata !DIExpression()), !dbg !49
  %30 = lshr i32 %29, %6, !dbg !67
  call void @llvm.dbg.value(metadata i32 %30, metadata !37, metadata !DIExpression()), !dbg !49
  %31 = icmp ult i32 %30, 127, !dbg !68
  %32 = select i1 %31, i32 %30, i32 127, !dbg !68
  call void @llvm.dbg.value(metadata i32 %32, metadata !37, metadata !DIExpression()), !dbg !49
  %33 = trunc i32 %32 to i8, !dbg !69
  %34 = getelementptr inbounds i8, i8* %3, i64 %8, !dbg !70
  store i8 %33, i8* %34, align 1, !dbg !71, !tbaa !55
  %35 = add nuw nsw i64 %8, 1, !dbg !72
  call void @llvm.dbg.value(metadata i64 %35, metadata !35, metadata !DIExpression()), !dbg !41
  %36 = icmp eq i64 %35, 16, !dbg !73
  br i1 %36, label %37, label %7, !dbg !43, !llvm.loop !74

37:                                               ; preds = %27
  ret void, !dbg !76
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!11, !12, !13, !14, !15, !16}
!llvm.ident = !{!17}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/qmatvec.c", directory: ".", checksumkind: CSK_MD5, checksum: "b211225e661ee08e16d2eaedfc0311d5")
!2 = !{!3, !8}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !4, line: 26, baseType: !5)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "", checksumkind: CSK_MD5, checksum: "55bcbdc3159515ebd91d351a70d505f4")
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !6, line: 41, baseType: !7)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !DIDerivedType(tag: DW_TAG_typedef, name: "int8_t", file: !4, line: 24, baseType: !9)
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int8_t", file: !6, line: 37, baseType: !10)
!10 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{i32 7, !"Dwarf Version", i32 5}
!12 = !{i32 2, !"Debug Info Version", i32 3}
!13 = !{i32 1, !"wchar_size", i32 4}
!14 = !{i32 7, !"PIC Level", i32 2}
!15 = !{i32 7, !"PIE Level", i32 2}
!16 = !{i32 7, !"uwtable", i32 1}
!17 = !{!"Debian clang version 14.0.6"}
!18 = distinct !DISubprogram(name: "qmatvec", scope: !1, file: !1, line: 9, type: !19, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !29)
!19 = !DISubroutineType(types: !20)
!20 = !{null, !21, !21, !23, !28, !7}
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!22 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "int16_t", file: !4, line: 25, baseType: !26)
!26 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int16_t", file: !6, line: 39, baseType: !27)
!27 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!29 = !{!30, !31, !32, !33, !34, !35, !36, !37}
!30 = !DILocalVariable(name: "w", arg: 1, scope: !18, file: !1, line: 9, type: !21)
!31 = !DILocalVariable(name: "x", arg: 2, scope: !18, file: !1, line: 9, type: !21)
!32 = !DILocalVariable(name: "bias", arg: 3, scope: !18, file: !1, line: 9, type: !23)
!33 = !DILocalVariable(name: "y", arg: 4, scope: !18, file: !1, line: 10, type: !28)
!34 = !DILocalVariable(name: "shift", arg: 5, scope: !18, file: !1, line: 10, type: !7)
!35 = !DILocalVariable(name: "i", scope: !18, file: !1, line: 12, type: !7)
!36 = !DILocalVariable(name: "j", scope: !18, file: !1, line: 12, type: !7)
!37 = !DILocalVariable(name: "acc", scope: !38, file: !1, line: 15, type: !3)
!38 = distinct !DILexicalBlock(scope: !39, file: !1, line: 14, column: 32)
!39 = distinct !DILexicalBlock(scope: !40, file: !1, line: 14, column: 5)
!40 = distinct !DILexicalBlock(scope: !18, file: !1, line: 14, column: 5)
!41 = !DILocation(line: 0, scope: !18)
!42 = !DILocation(line: 13, column: 11, scope: !18)
!43 = !DILocation(line: 14, column: 5, scope: !40)
!44 = !DILocation(line: 15, column: 23, scope: !38)
!45 = !{!46, !46, i64 0}
!46 = !{!"short", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 0, scope: !38)
!50 = !DILocation(line: 16, column: 9, scope: !51)
!51 = distinct !DILexicalBlock(scope: !38, file: !1, line: 16, column: 9)
!52 = !DILocation(line: 17, column: 40, scope: !53)
!53 = distinct !DILexicalBlock(scope: !51, file: !1, line: 16, column: 9)
!54 = !DILocation(line: 17, column: 29, scope: !53)
!55 = !{!47, !47, i64 0}
!56 = !DILocation(line: 17, column: 20, scope: !53)
!57 = !DILocation(line: 17, column: 56, scope: !53)
!58 = !DILocation(line: 17, column: 47, scope: !53)
!59 = !DILocation(line: 17, column: 45, scope: !53)
!60 = !DILocation(line: 17, column: 17, scope: !53)
!61 = !DILocation(line: 16, column: 32, scope: !53)
!62 = !DILocation(line: 16, column: 23, scope: !53)
!63 = distinct !{!63, !50, !64, !65}
!64 = !DILocation(line: 17, column: 59, scope: !51)
!65 = !{!"llvm.loop.unroll.disable"}
!66 = !DILocation(line: 18, column: 13, scope: !38)
!67 = !DILocation(line: 20, column: 13, scope: !38)
!68 = !DILocation(line: 21, column: 13, scope: !38)
!69 = !DILocation(line: 23, column: 16, scope: !38)
!70 = !DILocation(line: 23, column: 9, scope: !38)
!71 = !DILocation(line: 23, column: 14, scope: !38)
!72 = !DILocation(line: 14, column: 28, scope: !39)
!73 = !DILocation(line: 14, column: 19, scope: !39)
!74 = distinct !{!74, !43, !75, !65}
!75 = !DILocation(line: 24, column: 5, scope: !40)
!76 = !DILocation(line: 25, column: 1, scope: !18)
