; ModuleID = 'kernels/bubble_sort.c'
source_filename = "kernels/bubble_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @bubble_sort(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i32* %0, metadata !15, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 %1, metadata !16, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !30
  %3 = icmp slt i32 %1, 64, !dbg !31
  %4 = select i1 %3, i32 %1, i32 64, !dbg !31
  call void @llvm.dbg.value(metadata i32 %4, metadata !16, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !17, metadata !DIExpression()), !dbg !30
  %5 = add i32 %4, -1
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !17, metadata !DIExpression()), !dbg !30
  %6 = icmp sgt i32 %4, 1, !dbg !32
  br i1 %6, label %7, label %38, !dbg !33

7:                                                ; preds = %2, %30
  %8 = phi i32 [ %37, %30 ], [ %5, %2 ]
  %9 = phi i32 [ %31, %30 ], [ 0, %2 ]
  %10 = phi i32 [ %34, %30 ], [ 0, %2 ]
  call void @llvm.dbg.value(metadata i32 %9, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 %10, metadata !17, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i32 %9, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !18, metadata !DIExpression()), !dbg !30
  %11 = icmp sgt i32 %5, %10, !dbg !35
  br i1 %11, label %12, label %30, !dbg !36

12:                                               ; preds = %7
  %13 = zext i32 %8 to i64, !dbg !35
  br label %14, !dbg !36

14:                                               ; preds = %12, %26
  %15 = phi i64 [ 0, %12 ], [ %20, %26 ]
  %16 = phi i32 [ 0, %12 ], [ %28, %26 ]
  %17 = phi i32 [ %9, %12 ], [ %27, %26 ]
  call void @llvm.dbg.value(metadata i32 %16, metadata !20, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i32 %17, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i64 %15, metadata !18, metadata !DIExpression()), !dbg !30
  %18 = getelementptr inbounds i32, i32* %0, i64 %15, !dbg !37
  %19 = load i32, i32* %18, align 4, !dbg !37, !tbaa !38
  %20 = add nuw nsw i64 %15, 1, !dbg !42
  %21 = getelementptr inbounds i32, i32* %0, i64 %20, !dbg !43
  %22 = load i32, i32* %21, align 4, !dbg !43, !tbaa !38
  %23 = icmp sgt i32 %19, %22, !dbg !44
  br i1 %23, label %24, label %26, !dbg !45

24:                                               ; preds = %14
  call void @llvm.dbg.value(metadata i32 %19, metadata !24, metadata !DIExpression()), !dbg !46
  store i32 %22, i32* %18, align 4, !dbg !47, !tbaa !38
  store i32 %19, i32* %21, align 4, !dbg !48, !tbaa !38
  call void @llvm.dbg.value(metadata i32 1, metadata !20, metadata !DIExpression()), !dbg !34
  %25 = add nsw i32 %17, 1, !dbg !49
  call void @llvm.dbg.value(metadata i32 %25, metadata !19, metadata !DIExpression()), !dbg !30
  br label %26, !dbg !50

26:                                               ; preds = %14, %24
  %27 = phi i32 [ %25, %24 ], [ %17, %14 ], !dbg !30
  %28 = phi i32 [ 1, %24 ], [ %16, %14 ], !dbg !34
  call void @llvm.dbg.value(metadata i32 %28, metadata !20, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i32 %27, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i64 %20, metadata !18, metadata !DIExpression()), !dbg !30
  %29 = icmp eq i64 %20, %13, !dbg !35
  br i1 %29, label %30, label %14, !dbg !36, !llvm.loop !51

30:                                               ; preds = %26, %7
  %31 = phi i32 [ %9, %7 ], [ %27, %26 ], !dbg !30
  %32 = phi i32 [ 0, %7 ], [ %28, %26 ], !dbg !34
  %33 = icmp ne i32 %32, 0, !dbg !54
  %34 = add nuw nsw i32 %10, 1, !dbg !56
  call void @llvm.dbg.value(metadata i32 %34, metadata !17, metadata !DIExpression()), !dbg !30
  %35 = icmp sgt i32 %5, %34
  %36 = select i1 %33, i1 %35, i1 false
  call void @llvm.dbg.value(metadata i32 %31, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 %34, metadata !17, metadata !DIExpression()), !dbg !30
  %37 = add i32 %8, -1
  br i1 %36, label %7, label %38, !llvm.loop !57

38:                                               ; preds = %30, %2
  %39 = phi i32 [ 0, %2 ], [ %31, %30 ], !dbg !59
  call void @llvm.dbg.value(metadata i32 %39, metadata !19, metadata !DIExpression()), !dbg !30
  ret i32 %39, !dbg !60
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/bubble_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "802098dc49e3cba364f6bd85ebbf82be")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "bubble_sort", scope: !1, file: !1, line: 5, type: !10, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !14)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!14 = !{!15, !16, !17, !18, !19, !20, !24}
!15 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 5, type: !13)
!16 = !DILocalVariable(name: "n", arg: 2, scope: !9, file: !1, line: 5, type: !12)
!17 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 7, type: !12)
!18 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 7, type: !12)
!19 = !DILocalVariable(name: "swaps", scope: !9, file: !1, line: 7, type: !12)
!20 = !DILocalVariable(name: "swapped", scope: !21, file: !1, line: 11, type: !12)
!21 = distinct !DILexicalBlock(scope: !22, file: !1, line: 10, column: 33)
!22 = distinct !DILexicalBlock(scope: !23, file: !1, line: 10, column: 5)
!23 = distinct !DILexicalBlock(scope: !9, file: !1, line: 10, column: 5)
!24 = !DILocalVariable(name: "t", scope: !25, file: !1, line: 14, type: !12)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 13, column: 34)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 13, column: 17)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 12, column: 41)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 12, column: 9)
!29 = distinct !DILexicalBlock(scope: !21, file: !1, line: 12, column: 9)
!30 = !DILocation(line: 0, scope: !9)
!31 = !DILocation(line: 8, column: 9, scope: !9)
!32 = !DILocation(line: 10, column: 19, scope: !22)
!33 = !DILocation(line: 10, column: 5, scope: !23)
!34 = !DILocation(line: 0, scope: !21)
!35 = !DILocation(line: 12, column: 23, scope: !28)
!36 = !DILocation(line: 12, column: 9, scope: !29)
!37 = !DILocation(line: 13, column: 17, scope: !26)
!38 = !{!39, !39, i64 0}
!39 = !{!"int", !40, i64 0}
!40 = !{!"omnipotent char", !41, i64 0}
!41 = !{!"Simple C/C++ TBAA"}
!42 = !DILocation(line: 13, column: 28, scope: !26)
!43 = !DILocation(line: 13, column: 24, scope: !26)
!44 = !DILocation(line: 13, column: 22, scope: !26)
!45 = !DILocation(line: 13, column: 17, scope: !27)
!46 = !DILocation(line: 0, scope: !25)
!47 = !DILocation(line: 15, column: 22, scope: !25)
!48 = !DILocation(line: 16, column: 26, scope: !25)
!49 = !DILocation(line: 18, column: 22, scope: !25)
!50 = !DILocation(line: 19, column: 13, scope: !25)
!51 = distinct !{!51, !36, !52, !53}
!52 = !DILocation(line: 20, column: 9, scope: !29)
!53 = !{!"llvm.loop.unroll.disable"}
!54 = !DILocation(line: 21, column: 14, scope: !55)
!55 = distinct !DILexicalBlock(scope: !21, file: !1, line: 21, column: 13)
!56 = !DILocation(line: 10, column: 29, scope: !22)
!57 = distinct !{!57, !33, !58, !53}
!58 = !DILocation(line: 23, column: 5, scope: !23)
!59 = !DILocation(line: 7, column: 15, scope: !9)
!60 = !DILocation(line: 24, column: 5, scope: !9)
