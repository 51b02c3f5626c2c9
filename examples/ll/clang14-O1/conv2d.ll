; ModuleID = 'kernels/conv2d.c'
source_filename = "kernels/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @conv2d([16 x i32]* nocapture noundef readonly %0, [3 x i32]* nocapture noundef readonly %1, [16 x i32]* nocapture noundef writeonly %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata [16 x i32]* %0, metadata !22, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata [3 x i32]* %1, metadata !23, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata [16 x i32]* %2, metadata !24, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !36
  br label %4, !dbg !37

4:                                                ; preds = %3, %42
  %5 = phi i64 [ 0, %3 ], [ %43, %42 ]
  call void @llvm.dbg.value(metadata i64 %5, metadata !25, metadata !DIExpression()), !dbg !36
  %6 = icmp eq i64 %5, 0
  %7 = icmp eq i64 %5, 15
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !36
  %8 = add nsw i64 %5, -1
  br label %9, !dbg !38

9:                                                ; preds = %4, %37
  %10 = phi i64 [ 0, %4 ], [ %40, %37 ]
  call void @llvm.dbg.value(metadata i64 %10, metadata !26, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !39
  %11 = icmp eq i64 %10, 0
  %12 = select i1 %6, i1 true, i1 %11, !dbg !40
  %13 = or i1 %7, %12, !dbg !40
  %14 = icmp eq i64 %10, 15
  %15 = select i1 %13, i1 true, i1 %14, !dbg !40
  br i1 %15, label %37, label %16, !dbg !40

16:                                               ; preds = %9
  %17 = add nsw i64 %10, -1
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !36
  br label %18, !dbg !42

18:                                               ; preds = %16, %34
  %19 = phi i64 [ 0, %16 ], [ %35, %34 ]
  %20 = phi i32 [ 0, %16 ], [ %31, %34 ]
  call void @llvm.dbg.value(metadata i32 %20, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %19, metadata !27, metadata !DIExpression()), !dbg !36
  %21 = add nuw nsw i64 %8, %19
  call void @llvm.dbg.value(metadata i32 %20, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !36
  br label %22, !dbg !44

22:                                               ; preds = %18, %22
  %23 = phi i64 [ 0, %18 ], [ %32, %22 ]
  %24 = phi i32 [ %20, %18 ], [ %31, %22 ]
  call void @llvm.dbg.value(metadata i32 %24, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %23, metadata !28, metadata !DIExpression()), !dbg !36
  %25 = add nuw nsw i64 %17, %23, !dbg !47
  %26 = getelementptr inbounds [16 x i32], [16 x i32]* %0, i64 %21, i64 %25, !dbg !49
  %27 = load i32, i32* %26, align 4, !dbg !49, !tbaa !50
  %28 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 %19, i64 %23, !dbg !54
  %29 = load i32, i32* %28, align 4, !dbg !54, !tbaa !50
  %30 = mul nsw i32 %29, %27, !dbg !55
  %31 = add nsw i32 %30, %24, !dbg !56
  call void @llvm.dbg.value(metadata i32 %31, metadata !29, metadata !DIExpression()), !dbg !39
  %32 = add nuw nsw i64 %23, 1, !dbg !57
  call void @llvm.dbg.value(metadata i64 %32, metadata !28, metadata !DIExpression()), !dbg !36
  %33 = icmp eq i64 %32, 3, !dbg !58
  br i1 %33, label %34, label %22, !dbg !44, !llvm.loop !59

34:                                               ; preds = %22
  %35 = add nuw nsw i64 %19, 1, !dbg !62
  call void @llvm.dbg.value(metadata i32 %31, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %35, metadata !27, metadata !DIExpression()), !dbg !36
  %36 = icmp eq i64 %35, 3, !dbg !63
  br i1 %36, label %37, label %18, !dbg !42, !llvm.loop !64

37:                                               ; preds = %34, %9
  %38 = phi i32 [ 0, %9 ], [ %31, %34 ]
  %39 = getelementptr inbounds [16 x i32], [16 x i32]* %2, i64 %5, i64 %10, !dbg !39
  store i32 %38, i32* %39, align 4, !dbg !39, !tbaa !50
  %40 = add nuw nsw i64 %10, 1, !dbg !66
  call void @llvm.dbg.value(metadata i64 %40, metadata !26, metadata !DIExpression()), !dbg !36
  %41 = icmp eq i64 %40, 16, !dbg !67
  br i1 %41, label %42, label %9, !dbg !38, !llvm.loop !68

42:                                               ; preds = %37
  %43 = add nuw nsw i64 %5, 1, !dbg !70
  call void @llvm.dbg.value(metadata i64 %43, metadata !25, metadata !DIExpression()), !dbg !36
  %44 = icmp eq i64 %43, 16, !dbg !71
  br i1 %44, label %45, label %4, !dbg !37, !llvm.loop !72

45:                                               ; preds = %42
  ret void, !dbg !74
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/conv2d.c", directory: ".", checksumkind: CSK_MD5, checksum: "41e37fedb0988a46971594450a8d58eb")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "conv2d", scope: !1, file: !1, line: 7, type: !10, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !17, !12}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 512, elements: !15)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16}
!16 = !DISubrange(count: 16)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 96, elements: !19)
!19 = !{!20}
!20 = !DISubrange(count: 3)
!21 = !{!22, !23, !24, !25, !26, !27, !28, !29}
!22 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 7, type: !12)
!23 = !DILocalVariable(name: "kern", arg: 2, scope: !9, file: !1, line: 7, type: !17)
!24 = !DILocalVariable(name: "out", arg: 3, scope: !9, file: !1, line: 7, type: !12)
!25 = !DILocalVariable(name: "r", scope: !9, file: !1, line: 9, type: !14)
!26 = !DILocalVariable(name: "c", scope: !9, file: !1, line: 9, type: !14)
!27 = !DILocalVariable(name: "kr", scope: !9, file: !1, line: 9, type: !14)
!28 = !DILocalVariable(name: "kc", scope: !9, file: !1, line: 9, type: !14)
!29 = !DILocalVariable(name: "acc", scope: !30, file: !1, line: 12, type: !14)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 11, column: 33)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 11, column: 9)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 11, column: 9)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 10, column: 29)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 10, column: 5)
!35 = distinct !DILexicalBlock(scope: !9, file: !1, line: 10, column: 5)
!36 = !DILocation(line: 0, scope: !9)
!37 = !DILocation(line: 10, column: 5, scope: !35)
!38 = !DILocation(line: 11, column: 9, scope: !32)
!39 = !DILocation(line: 0, scope: !30)
!40 = !DILocation(line: 13, column: 24, scope: !41)
!41 = distinct !DILexicalBlock(scope: !30, file: !1, line: 13, column: 17)
!42 = !DILocation(line: 17, column: 13, scope: !43)
!43 = distinct !DILexicalBlock(scope: !30, file: !1, line: 17, column: 13)
!44 = !DILocation(line: 18, column: 17, scope: !45)
!45 = distinct !DILexicalBlock(scope: !46, file: !1, line: 18, column: 17)
!46 = distinct !DILexicalBlock(scope: !43, file: !1, line: 17, column: 13)
!47 = !DILocation(line: 19, column: 50, scope: !48)
!48 = distinct !DILexicalBlock(scope: !45, file: !1, line: 18, column: 17)
!49 = !DILocation(line: 19, column: 28, scope: !48)
!50 = !{!51, !51, i64 0}
!51 = !{!"int", !52, i64 0}
!52 = !{!"omnipotent char", !53, i64 0}
!53 = !{!"Simple C/C++ TBAA"}
!54 = !DILocation(line: 19, column: 57, scope: !48)
!55 = !DILocation(line: 19, column: 55, scope: !48)
!56 = !DILocation(line: 19, column: 25, scope: !48)
!57 = !DILocation(line: 18, column: 40, scope: !48)
!58 = !DILocation(line: 18, column: 33, scope: !48)
!59 = distinct !{!59, !44, !60, !61}
!60 = !DILocation(line: 19, column: 68, scope: !45)
!61 = !{!"llvm.loop.unroll.disable"}
!62 = !DILocation(line: 17, column: 36, scope: !46)
!63 = !DILocation(line: 17, column: 29, scope: !46)
!64 = distinct !{!64, !42, !65, !61}
!65 = !DILocation(line: 19, column: 68, scope: !43)
!66 = !DILocation(line: 11, column: 29, scope: !31)
!67 = !DILocation(line: 11, column: 23, scope: !31)
!68 = distinct !{!68, !38, !69, !61}
!69 = !DILocation(line: 21, column: 9, scope: !32)
!70 = !DILocation(line: 10, column: 25, scope: !34)
!71 = !DILocation(line: 10, column: 19, scope: !34)
!72 = distinct !{!72, !37, !73, !61}
!73 = !DILocation(line: 22, column: 5, scope: !35)
!74 = !DILocation(line: 23, column: 1, scope: !9)
