; ModuleID = 'kernels/merge_sort.c'
source_filename = "kernels/merge_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @merge_sort(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 !dbg !9 {
  %3 = alloca [64 x i32], align 16
  call void @llvm.dbg.value(metadata i32* %0, metadata !15, metadata !DIExpression()), !dbg !31
  call void @llvm.dbg.value(metadata i32 %1, metadata !16, metadata !DIExpression()), !dbg !31
  %4 = bitcast [64 x i32]* %3 to i8*, !dbg !32
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %4) #5, !dbg !32
  call void @llvm.dbg.declare(metadata [64 x i32]* %3, metadata !17, metadata !DIExpression()), !dbg !33
  %5 = icmp slt i32 %1, 64, !dbg !34
  %6 = select i1 %5, i32 %1, i32 64, !dbg !34
  call void @llvm.dbg.value(metadata i32 %6, metadata !16, metadata !DIExpression()), !dbg !31
  call void @llvm.dbg.value(metadata i32 1, metadata !21, metadata !DIExpression()), !dbg !31
  %7 = icmp sgt i32 %6, 1, !dbg !35
  br i1 %7, label %8, label %26, !dbg !36

8:                                                ; preds = %2
  %9 = getelementptr inbounds [64 x i32], [64 x i32]* %3, i64 0, i64 0
  br label %10, !dbg !36

10:                                               ; preds = %8, %23
  %11 = phi i32 [ 1, %8 ], [ %24, %23 ]
  call void @llvm.dbg.value(metadata i32 %11, metadata !21, metadata !DIExpression()), !dbg !31
  %12 = sub nsw i32 %6, %11
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !31
  %13 = icmp sgt i32 %12, 0, !dbg !37
  br i1 %13, label %14, label %23, !dbg !38

14:                                               ; preds = %10
  %15 = shl nsw i32 %11, 1
  br label %16, !dbg !38

16:                                               ; preds = %14, %16
  %17 = phi i32 [ 0, %14 ], [ %19, %16 ]
  call void @llvm.dbg.value(metadata i32 %17, metadata !22, metadata !DIExpression()), !dbg !31
  %18 = add nsw i32 %17, %11, !dbg !39
  call void @llvm.dbg.value(metadata i32 %18, metadata !23, metadata !DIExpression()), !dbg !40
  %19 = add nsw i32 %17, %15, !dbg !41
  call void @llvm.dbg.value(metadata i32 %19, metadata !30, metadata !DIExpression()), !dbg !40
  %20 = icmp sgt i32 %19, %6, !dbg !42
  %21 = select i1 %20, i32 %6, i32 %19, !dbg !44
  call void @llvm.dbg.value(metadata i32 %21, metadata !30, metadata !DIExpression()), !dbg !40
  call fastcc void @merge(i32* noundef %0, i32* noundef nonnull %9, i32 noundef %17, i32 noundef %18, i32 noundef %21), !dbg !45
  call void @llvm.dbg.value(metadata i32 %19, metadata !22, metadata !DIExpression()), !dbg !31
  %22 = icmp slt i32 %19, %12, !dbg !37
  br i1 %22, label %16, label %23, !dbg !38, !llvm.loop !46

23:                                               ; preds = %16, %10
  %24 = shl nsw i32 %11, 1, !dbg !49
  call void @llvm.dbg.value(metadata i32 %24, metadata !21, metadata !DIExpression()), !dbg !31
  %25 = icmp sgt i32 %6, %24, !dbg !35
  br i1 %25, label %10, label %26, !dbg !36, !llvm.loop !50

26:                                               ; preds = %23, %2
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %4) #5, !dbg !52
  ret void, !dbg !52
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define internal fastcc void @merge(i32* nocapture noundef %0, i32* nocapture noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) unnamed_addr #3 !dbg !53 {
  call void @llvm.dbg.value(metadata i32* %0, metadata !57, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32* %1, metadata !58, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %2, metadata !59, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %3, metadata !60, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %4, metadata !61, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %2, metadata !62, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %3, metadata !63, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %2, metadata !64, metadata !DIExpression()), !dbg !65
  %6 = icmp slt i32 %2, %3, !dbg !66
  %7 = icmp slt i32 %3, %4, !dbg !67
  %8 = and i1 %6, %7, !dbg !67
  br i1 %8, label %9, label %13, !dbg !68

9:                                                ; preds = %5
  %10 = sext i32 %2 to i64, !dbg !68
  br label %22, !dbg !68

11:                                               ; preds = %22
  %12 = trunc i64 %40 to i32, !dbg !69
  br label %13, !dbg !69

13:                                               ; preds = %11, %5
  %14 = phi i32 [ %2, %5 ], [ %36, %11 ], !dbg !65
  %15 = phi i32 [ %3, %5 ], [ %38, %11 ], !dbg !70
  %16 = phi i32 [ %2, %5 ], [ %12, %11 ], !dbg !65
  call void @llvm.dbg.value(metadata i32 %16, metadata !64, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %14, metadata !62, metadata !DIExpression()), !dbg !65
  %17 = icmp slt i32 %14, %3, !dbg !69
  br i1 %17, label %18, label %46, !dbg !71

18:                                               ; preds = %13
  %19 = sext i32 %16 to i64, !dbg !71
  %20 = sext i32 %14 to i64, !dbg !71
  %21 = sext i32 %3 to i64, !dbg !69
  br label %53, !dbg !71

22:                                               ; preds = %9, %22
  %23 = phi i64 [ %10, %9 ], [ %40, %22 ]
  %24 = phi i32 [ %3, %9 ], [ %38, %22 ]
  %25 = phi i32 [ %2, %9 ], [ %36, %22 ]
  call void @llvm.dbg.value(metadata i64 %23, metadata !64, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %24, metadata !63, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %25, metadata !62, metadata !DIExpression()), !dbg !65
  %26 = sext i32 %25 to i64, !dbg !72
  %27 = getelementptr inbounds i32, i32* %0, i64 %26, !dbg !72
  %28 = load i32, i32* %27, align 4, !dbg !72, !tbaa !75
  %29 = sext i32 %24 to i64, !dbg !79
  %30 = getelementptr inbounds i32, i32* %0, i64 %29, !dbg !79
  %31 = load i32, i32* %30, align 4, !dbg !79, !tbaa !75
  %32 = icmp sgt i32 %28, %31, !dbg !80
  %33 = select i1 %32, i32 %31, i32 %28, !dbg !81
  %34 = xor i1 %32, true, !dbg !81
  %35 = zext i1 %34 to i32, !dbg !81
  %36 = add nsw i32 %25, %35, !dbg !81
  %37 = zext i1 %32 to i32, !dbg !81
  %38 = add nsw i32 %24, %37, !dbg !81
  %39 = getelementptr inbounds i32, i32* %1, i64 %23, !dbg !82
  store i32 %33, i32* %39, align 4, !dbg !82, !tbaa !75
  %40 = add i64 %23, 1, !dbg !82
  call void @llvm.dbg.value(metadata i64 %40, metadata !64, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %38, metadata !63, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %36, metadata !62, metadata !DIExpression()), !dbg !65
  %41 = icmp slt i32 %36, %3, !dbg !66
  %42 = icmp slt i32 %38, %4, !dbg !67
  %43 = select i1 %41, i1 %42, i1 false, !dbg !67
  br i1 %43, label %22, label %11, !dbg !68, !llvm.loop !83

44:                                               ; preds = %53
  %45 = trunc i64 %59 to i32, !dbg !85
  br label %46, !dbg !85

46:                                               ; preds = %44, %13
  %47 = phi i32 [ %16, %13 ], [ %45, %44 ], !dbg !65
  call void @llvm.dbg.value(metadata i32 %47, metadata !64, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %15, metadata !63, metadata !DIExpression()), !dbg !65
  %48 = icmp slt i32 %15, %4, !dbg !85
  br i1 %48, label %49, label %62, !dbg !86

49:                                               ; preds = %46
  %50 = sext i32 %47 to i64, !dbg !86
  %51 = sext i32 %15 to i64, !dbg !86
  %52 = sext i32 %4 to i64, !dbg !85
  br label %67, !dbg !86

53:                                               ; preds = %18, %53
  %54 = phi i64 [ %20, %18 ], [ %56, %53 ]
  %55 = phi i64 [ %19, %18 ], [ %59, %53 ]
  call void @llvm.dbg.value(metadata i64 %55, metadata !64, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i64 %54, metadata !62, metadata !DIExpression()), !dbg !65
  %56 = add nsw i64 %54, 1, !dbg !87
  call void @llvm.dbg.value(metadata i64 %56, metadata !62, metadata !DIExpression()), !dbg !65
  %57 = getelementptr inbounds i32, i32* %0, i64 %54, !dbg !88
  %58 = load i32, i32* %57, align 4, !dbg !88, !tbaa !75
  %59 = add nsw i64 %55, 1, !dbg !89
  call void @llvm.dbg.value(metadata i64 %59, metadata !64, metadata !DIExpression()), !dbg !65
  %60 = getelementptr inbounds i32, i32* %1, i64 %55, !dbg !90
  store i32 %58, i32* %60, align 4, !dbg !91, !tbaa !75
  %61 = icmp eq i64 %56, %21, !dbg !69
  br i1 %61, label %44, label %53, !dbg !71, !llvm.loop !92

62:                                               ; preds = %67, %46
  call void @llvm.dbg.value(metadata i32 %2, metadata !64, metadata !DIExpression()), !dbg !65
  %63 = icmp slt i32 %2, %4, !dbg !94
  br i1 %63, label %64, label %83, !dbg !97

64:                                               ; preds = %62
  %65 = sext i32 %2 to i64, !dbg !97
  %66 = sext i32 %4 to i64, !dbg !94
  br label %76, !dbg !97

67:                                               ; preds = %49, %67
  %68 = phi i64 [ %51, %49 ], [ %70, %67 ]
  %69 = phi i64 [ %50, %49 ], [ %73, %67 ]
  call void @llvm.dbg.value(metadata i64 %69, metadata !64, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i64 %68, metadata !63, metadata !DIExpression()), !dbg !65
  %70 = add nsw i64 %68, 1, !dbg !98
  call void @llvm.dbg.value(metadata i64 %70, metadata !63, metadata !DIExpression()), !dbg !65
  %71 = getelementptr inbounds i32, i32* %0, i64 %68, !dbg !99
  %72 = load i32, i32* %71, align 4, !dbg !99, !tbaa !75
  %73 = add nsw i64 %69, 1, !dbg !100
  call void @llvm.dbg.value(metadata i64 %73, metadata !64, metadata !DIExpression()), !dbg !65
  %74 = getelementptr inbounds i32, i32* %1, i64 %69, !dbg !101
  store i32 %72, i32* %74, align 4, !dbg !102, !tbaa !75
  %75 = icmp eq i64 %70, %52, !dbg !85
  br i1 %75, label %62, label %67, !dbg !86, !llvm.loop !103

76:                                               ; preds = %64, %76
  %77 = phi i64 [ %65, %64 ], [ %81, %76 ]
  call void @llvm.dbg.value(metadata i64 %77, metadata !64, metadata !DIExpression()), !dbg !65
  %78 = getelementptr inbounds i32, i32* %1, i64 %77, !dbg !105
  %79 = load i32, i32* %78, align 4, !dbg !105, !tbaa !75
  %80 = getelementptr inbounds i32, i32* %0, i64 %77, !dbg !106
  store i32 %79, i32* %80, align 4, !dbg !107, !tbaa !75
  %81 = add nsw i64 %77, 1, !dbg !108
  call void @llvm.dbg.value(metadata i64 %81, metadata !64, metadata !DIExpression()), !dbg !65
  %82 = icmp eq i64 %81, %66, !dbg !94
  br i1 %82, label %83, label %76, !dbg !97, !llvm.loop !109

83:                                               ; preds = %76, %62
  ret void, !dbg !111
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { nofree noinline norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/merge_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "86b7279715039d96581e6c450bf273ea")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "merge_sort", scope: !1, file: !1, line: 23, type: !10, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !14)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !13}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !{!15, !16, !17, !21, !22, !23, !30}
!15 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 23, type: !12)
!16 = !DILocalVariable(name: "n", arg: 2, scope: !9, file: !1, line: 23, type: !13)
!17 = !DILocalVariable(name: "tmp", scope: !9, file: !1, line: 25, type: !18)
!18 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 2048, elements: !19)
!19 = !{!20}
!20 = !DISubrange(count: 64)
!21 = !DILocalVariable(name: "width", scope: !9, file: !1, line: 26, type: !13)
!22 = !DILocalVariable(name: "lo", scope: !9, file: !1, line: 26, type: !13)
!23 = !DILocalVariable(name: "mid", scope: !24, file: !1, line: 31, type: !13)
!24 = distinct !DILexicalBlock(scope: !25, file: !1, line: 30, column: 55)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 30, column: 9)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 30, column: 9)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 29, column: 44)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 29, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 29, column: 5)
!30 = !DILocalVariable(name: "hi", scope: !24, file: !1, line: 32, type: !13)
!31 = !DILocation(line: 0, scope: !9)
!32 = !DILocation(line: 25, column: 5, scope: !9)
!33 = !DILocation(line: 25, column: 9, scope: !9)
!34 = !DILocation(line: 27, column: 9, scope: !9)
!35 = !DILocation(line: 29, column: 27, scope: !28)
!36 = !DILocation(line: 29, column: 5, scope: !29)
!37 = !DILocation(line: 30, column: 25, scope: !25)
!38 = !DILocation(line: 30, column: 9, scope: !26)
!39 = !DILocation(line: 31, column: 26, scope: !24)
!40 = !DILocation(line: 0, scope: !24)
!41 = !DILocation(line: 32, column: 25, scope: !24)
!42 = !DILocation(line: 33, column: 20, scope: !43)
!43 = distinct !DILexicalBlock(scope: !24, file: !1, line: 33, column: 17)
!44 = !DILocation(line: 33, column: 17, scope: !24)
!45 = !DILocation(line: 35, column: 13, scope: !24)
!46 = distinct !{!46, !38, !47, !48}
!47 = !DILocation(line: 36, column: 9, scope: !26)
!48 = !{!"llvm.loop.unroll.disable"}
!49 = !DILocation(line: 29, column: 38, scope: !28)
!50 = distinct !{!50, !36, !51, !48}
!51 = !DILocation(line: 37, column: 5, scope: !29)
!52 = !DILocation(line: 38, column: 1, scope: !9)
!53 = distinct !DISubprogram(name: "merge", scope: !1, file: !1, line: 6, type: !54, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !56)
!54 = !DISubroutineType(types: !55)
!55 = !{null, !12, !12, !13, !13, !13}
!56 = !{!57, !58, !59, !60, !61, !62, !63, !64}
!57 = !DILocalVariable(name: "a", arg: 1, scope: !53, file: !1, line: 6, type: !12)
!58 = !DILocalVariable(name: "tmp", arg: 2, scope: !53, file: !1, line: 6, type: !12)
!59 = !DILocalVariable(name: "lo", arg: 3, scope: !53, file: !1, line: 6, type: !13)
!60 = !DILocalVariable(name: "mid", arg: 4, scope: !53, file: !1, line: 6, type: !13)
!61 = !DILocalVariable(name: "hi", arg: 5, scope: !53, file: !1, line: 6, type: !13)
!62 = !DILocalVariable(name: "i", scope: !53, file: !1, line: 8, type: !13)
!63 = !DILocalVariable(name: "j", scope: !53, file: !1, line: 8, type: !13)
!64 = !DILocalVariable(name: "k", scope: !53, file: !1, line: 8, type: !13)
!65 = !DILocation(line: 0, scope: !53)
!66 = !DILocation(line: 9, column: 14, scope: !53)
!67 = !DILocation(line: 9, column: 20, scope: !53)
!68 = !DILocation(line: 9, column: 5, scope: !53)
!69 = !DILocation(line: 15, column: 14, scope: !53)
!70 = !DILocation(line: 8, column: 17, scope: !53)
!71 = !DILocation(line: 15, column: 5, scope: !53)
!72 = !DILocation(line: 10, column: 13, scope: !73)
!73 = distinct !DILexicalBlock(scope: !74, file: !1, line: 10, column: 13)
!74 = distinct !DILexicalBlock(scope: !53, file: !1, line: 9, column: 31)
!75 = !{!76, !76, i64 0}
!76 = !{!"int", !77, i64 0}
!77 = !{!"omnipotent char", !78, i64 0}
!78 = !{!"Simple C/C++ TBAA"}
!79 = !DILocation(line: 10, column: 21, scope: !73)
!80 = !DILocation(line: 10, column: 18, scope: !73)
!81 = !DILocation(line: 10, column: 13, scope: !74)
!82 = !DILocation(line: 0, scope: !73)
!83 = distinct !{!83, !68, !84, !48}
!84 = !DILocation(line: 14, column: 5, scope: !53)
!85 = !DILocation(line: 17, column: 14, scope: !53)
!86 = !DILocation(line: 17, column: 5, scope: !53)
!87 = !DILocation(line: 16, column: 23, scope: !53)
!88 = !DILocation(line: 16, column: 20, scope: !53)
!89 = !DILocation(line: 16, column: 14, scope: !53)
!90 = !DILocation(line: 16, column: 9, scope: !53)
!91 = !DILocation(line: 16, column: 18, scope: !53)
!92 = distinct !{!92, !71, !93, !48}
!93 = !DILocation(line: 16, column: 25, scope: !53)
!94 = !DILocation(line: 19, column: 20, scope: !95)
!95 = distinct !DILexicalBlock(scope: !96, file: !1, line: 19, column: 5)
!96 = distinct !DILexicalBlock(scope: !53, file: !1, line: 19, column: 5)
!97 = !DILocation(line: 19, column: 5, scope: !96)
!98 = !DILocation(line: 18, column: 23, scope: !53)
!99 = !DILocation(line: 18, column: 20, scope: !53)
!100 = !DILocation(line: 18, column: 14, scope: !53)
!101 = !DILocation(line: 18, column: 9, scope: !53)
!102 = !DILocation(line: 18, column: 18, scope: !53)
!103 = distinct !{!103, !86, !104, !48}
!104 = !DILocation(line: 18, column: 25, scope: !53)
!105 = !DILocation(line: 20, column: 16, scope: !95)
!106 = !DILocation(line: 20, column: 9, scope: !95)
!107 = !DILocation(line: 20, column: 14, scope: !95)
!108 = !DILocation(line: 19, column: 27, scope: !95)
!109 = distinct !{!109, !97, !110, !48}
!110 = !DILocation(line: 20, column: 21, scope: !96)
!111 = !DILocation(line: 21, column: 1, scope: !53)
