; ModuleID = 'kernels/bfs.c'
source_filename = "kernels/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @bfs(i32* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32 noundef %2, i32* nocapture noundef %3) local_unnamed_addr #0 !dbg !11 {
  %5 = bitcast i32* %3 to i8*
  %6 = alloca [16 x i32], align 16
  %7 = alloca [16 x i32], align 16
  %8 = bitcast [16 x i32]* %7 to i8*, !dbg !39
  call void @llvm.dbg.value(metadata i32* %0, metadata !19, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32* %1, metadata !20, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %2, metadata !21, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32* %3, metadata !22, metadata !DIExpression()), !dbg !39
  %9 = bitcast [16 x i32]* %6 to i8*, !dbg !40
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %9) #5, !dbg !40
  call void @llvm.dbg.declare(metadata [16 x i32]* %6, metadata !23, metadata !DIExpression()), !dbg !41
  %10 = bitcast [16 x i32]* %7 to i8*, !dbg !42
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %10) #5, !dbg !42
  call void @llvm.dbg.declare(metadata [16 x i32]* %7, metadata !27, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !39
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(64) %8, i8 0, i64 64, i1 false), !dbg !44, !tbaa !48
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(64) %5, i8 -1, i64 64, i1 false), !dbg !52, !tbaa !48
  call void @llvm.dbg.value(metadata i32 undef, metadata !30, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 undef, metadata !30, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !39
  %11 = and i32 %2, 15, !dbg !53
  call void @llvm.dbg.value(metadata i32 %11, metadata !21, metadata !DIExpression()), !dbg !39
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds [16 x i32], [16 x i32]* %7, i64 0, i64 %12, !dbg !54
  store i32 1, i32* %13, align 4, !dbg !55, !tbaa !48
  %14 = getelementptr inbounds i32, i32* %3, i64 %12, !dbg !56
  store i32 0, i32* %14, align 4, !dbg !57, !tbaa !48
  call void @llvm.dbg.value(metadata i32 1, metadata !29, metadata !DIExpression()), !dbg !39
  %15 = getelementptr inbounds [16 x i32], [16 x i32]* %6, i64 0, i64 0, !dbg !58
  store i32 %11, i32* %15, align 16, !dbg !59, !tbaa !48
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 1, metadata !29, metadata !DIExpression()), !dbg !39
  br label %20, !dbg !60

16:                                               ; preds = %59, %20
  %17 = phi i32 [ %22, %20 ], [ %60, %59 ], !dbg !61
  call void @llvm.dbg.value(metadata i64 %23, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %17, metadata !29, metadata !DIExpression()), !dbg !39
  %18 = sext i32 %17 to i64, !dbg !62
  %19 = icmp slt i64 %23, %18, !dbg !62
  br i1 %19, label %20, label %63, !dbg !60, !llvm.loop !63

20:                                               ; preds = %4, %16
  %21 = phi i64 [ 0, %4 ], [ %23, %16 ]
  %22 = phi i32 [ 1, %4 ], [ %17, %16 ]
  call void @llvm.dbg.value(metadata i64 %21, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %22, metadata !29, metadata !DIExpression()), !dbg !39
  %23 = add nuw nsw i64 %21, 1, !dbg !66
  call void @llvm.dbg.value(metadata i64 %23, metadata !28, metadata !DIExpression()), !dbg !39
  %24 = getelementptr inbounds [16 x i32], [16 x i32]* %6, i64 0, i64 %21, !dbg !67
  %25 = load i32, i32* %24, align 4, !dbg !67, !tbaa !48
  call void @llvm.dbg.value(metadata i32 %25, metadata !31, metadata !DIExpression()), !dbg !68
  %26 = sext i32 %25 to i64, !dbg !69
  %27 = getelementptr inbounds i32, i32* %0, i64 %26, !dbg !69
  %28 = load i32, i32* %27, align 4, !dbg !69, !tbaa !48
  call void @llvm.dbg.value(metadata i32 %28, metadata !70, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i32 %28, metadata !75, metadata !DIExpression()), !dbg !76
  %29 = icmp ult i32 %28, 64, !dbg !78
  %30 = select i1 %29, i32 %28, i32 64, !dbg !78
  call void @llvm.dbg.value(metadata i32 %30, metadata !33, metadata !DIExpression()), !dbg !68
  %31 = add nsw i32 %25, 1, !dbg !79
  %32 = sext i32 %31 to i64, !dbg !80
  %33 = getelementptr inbounds i32, i32* %0, i64 %32, !dbg !80
  %34 = load i32, i32* %33, align 4, !dbg !80, !tbaa !48
  call void @llvm.dbg.value(metadata i32 %34, metadata !70, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata i32 %34, metadata !75, metadata !DIExpression()), !dbg !81
  %35 = icmp ult i32 %34, 64, !dbg !83
  %36 = select i1 %35, i32 %34, i32 64, !dbg !83
  call void @llvm.dbg.value(metadata i32 %36, metadata !34, metadata !DIExpression()), !dbg !68
  call void @llvm.dbg.value(metadata i32 %30, metadata !33, metadata !DIExpression()), !dbg !68
  call void @llvm.dbg.value(metadata i32 %22, metadata !29, metadata !DIExpression()), !dbg !39
  %37 = icmp ult i32 %30, %36, !dbg !84
  br i1 %37, label %38, label %16, !dbg !85

38:                                               ; preds = %20
  %39 = getelementptr inbounds i32, i32* %3, i64 %26
  %40 = zext i32 %30 to i64, !dbg !85
  %41 = zext i32 %36 to i64, !dbg !84
  br label %42, !dbg !85

42:                                               ; preds = %38, %59
  %43 = phi i64 [ %40, %38 ], [ %61, %59 ]
  %44 = phi i32 [ %22, %38 ], [ %60, %59 ]
  call void @llvm.dbg.value(metadata i64 %43, metadata !33, metadata !DIExpression()), !dbg !68
  call void @llvm.dbg.value(metadata i32 %44, metadata !29, metadata !DIExpression()), !dbg !39
  %45 = getelementptr inbounds i32, i32* %1, i64 %43, !dbg !86
  %46 = load i32, i32* %45, align 4, !dbg !86, !tbaa !48
  %47 = and i32 %46, 15, !dbg !87
  call void @llvm.dbg.value(metadata i32 %47, metadata !35, metadata !DIExpression()), !dbg !88
  %48 = zext i32 %47 to i64
  %49 = getelementptr inbounds [16 x i32], [16 x i32]* %7, i64 0, i64 %48, !dbg !89
  %50 = load i32, i32* %49, align 4, !dbg !89, !tbaa !48
  %51 = icmp eq i32 %50, 0, !dbg !89
  br i1 %51, label %52, label %59, !dbg !91

52:                                               ; preds = %42
  store i32 1, i32* %49, align 4, !dbg !92, !tbaa !48
  %53 = load i32, i32* %39, align 4, !dbg !94, !tbaa !48
  %54 = add nsw i32 %53, 1, !dbg !95
  %55 = getelementptr inbounds i32, i32* %3, i64 %48, !dbg !96
  store i32 %54, i32* %55, align 4, !dbg !97, !tbaa !48
  %56 = add nsw i32 %44, 1, !dbg !98
  call void @llvm.dbg.value(metadata i32 %56, metadata !29, metadata !DIExpression()), !dbg !39
  %57 = sext i32 %44 to i64, !dbg !99
  %58 = getelementptr inbounds [16 x i32], [16 x i32]* %6, i64 0, i64 %57, !dbg !99
  store i32 %47, i32* %58, align 4, !dbg !100, !tbaa !48
  br label %59, !dbg !101

59:                                               ; preds = %52, %42
  %60 = phi i32 [ %44, %42 ], [ %56, %52 ], !dbg !39
  call void @llvm.dbg.value(metadata i32 %60, metadata !29, metadata !DIExpression()), !dbg !39
  %61 = add nuw nsw i64 %43, 1, !dbg !102
  call void @llvm.dbg.value(metadata i64 %61, metadata !33, metadata !DIExpression()), !dbg !68
  %62 = icmp eq i64 %61, %41, !dbg !84
  br i1 %62, label %16, label %42, !dbg !85, !llvm.loop !103

63:                                               ; preds = %16
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %10) #5, !dbg !105
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %9) #5, !dbg !105
  ret i32 %17, !dbg !106
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9}
!llvm.ident = !{!10}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/bfs.c", directory: ".", checksumkind: CSK_MD5, checksum: "181fa3646c7d6a2571fcb276d493651f")
!2 = !{!3}
!3 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = !{i32 1, !"wchar_size", i32 4}
!7 = !{i32 7, !"PIC Level", i32 2}
!8 = !{i32 7, !"PIE Level", i32 2}
!9 = !{i32 7, !"uwtable", i32 1}
!10 = !{!"Debian clang version 14.0.6"}
!11 = distinct !DISubprogram(name: "bfs", scope: !1, file: !1, line: 14, type: !12, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !18)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !15, !14, !17}
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!18 = !{!19, !20, !21, !22, !23, !27, !28, !29, !30, !31, !33, !34, !35}
!19 = !DILocalVariable(name: "row_ptr", arg: 1, scope: !11, file: !1, line: 14, type: !15)
!20 = !DILocalVariable(name: "cols", arg: 2, scope: !11, file: !1, line: 14, type: !15)
!21 = !DILocalVariable(name: "src", arg: 3, scope: !11, file: !1, line: 14, type: !14)
!22 = !DILocalVariable(name: "level", arg: 4, scope: !11, file: !1, line: 14, type: !17)
!23 = !DILocalVariable(name: "queue", scope: !11, file: !1, line: 16, type: !24)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 512, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 16)
!27 = !DILocalVariable(name: "visited", scope: !11, file: !1, line: 17, type: !24)
!28 = !DILocalVariable(name: "head", scope: !11, file: !1, line: 18, type: !14)
!29 = !DILocalVariable(name: "tail", scope: !11, file: !1, line: 18, type: !14)
!30 = !DILocalVariable(name: "i", scope: !11, file: !1, line: 18, type: !14)
!31 = !DILocalVariable(name: "u", scope: !32, file: !1, line: 30, type: !14)
!32 = distinct !DILexicalBlock(scope: !11, file: !1, line: 29, column: 25)
!33 = !DILocalVariable(name: "e", scope: !32, file: !1, line: 31, type: !3)
!34 = !DILocalVariable(name: "end", scope: !32, file: !1, line: 32, type: !3)
!35 = !DILocalVariable(name: "v", scope: !36, file: !1, line: 34, type: !14)
!36 = distinct !DILexicalBlock(scope: !37, file: !1, line: 33, column: 30)
!37 = distinct !DILexicalBlock(scope: !38, file: !1, line: 33, column: 9)
!38 = distinct !DILexicalBlock(scope: !32, file: !1, line: 33, column: 9)
!39 = !DILocation(line: 0, scope: !11)
!40 = !DILocation(line: 16, column: 5, scope: !11)
!41 = !DILocation(line: 16, column: 9, scope: !11)
!42 = !DILocation(line: 17, column: 5, scope: !11)
!43 = !DILocation(line: 17, column: 9, scope: !11)
!44 = !DILocation(line: 21, column: 20, scope: !45)
!45 = distinct !DILexicalBlock(scope: !46, file: !1, line: 20, column: 33)
!46 = distinct !DILexicalBlock(scope: !47, file: !1, line: 20, column: 5)
!47 = distinct !DILexicalBlock(scope: !11, file: !1, line: 20, column: 5)
!48 = !{!49, !49, i64 0}
!49 = !{!"int", !50, i64 0}
!50 = !{!"omnipotent char", !51, i64 0}
!51 = !{!"Simple C/C++ TBAA"}
!52 = !DILocation(line: 22, column: 18, scope: !45)
!53 = !DILocation(line: 24, column: 9, scope: !11)
!54 = !DILocation(line: 25, column: 5, scope: !11)
!55 = !DILocation(line: 25, column: 18, scope: !11)
!56 = !DILocation(line: 26, column: 5, scope: !11)
!57 = !DILocation(line: 26, column: 16, scope: !11)
!58 = !DILocation(line: 27, column: 5, scope: !11)
!59 = !DILocation(line: 27, column: 19, scope: !11)
!60 = !DILocation(line: 29, column: 5, scope: !11)
!61 = !DILocation(line: 27, column: 15, scope: !11)
!62 = !DILocation(line: 29, column: 17, scope: !11)
!63 = distinct !{!63, !60, !64, !65}
!64 = !DILocation(line: 41, column: 5, scope: !11)
!65 = !{!"llvm.loop.unroll.disable"}
!66 = !DILocation(line: 30, column: 27, scope: !32)
!67 = !DILocation(line: 30, column: 17, scope: !32)
!68 = !DILocation(line: 0, scope: !32)
!69 = !DILocation(line: 31, column: 33, scope: !32)
!70 = !DILocalVariable(name: "e", arg: 1, scope: !71, file: !1, line: 8, type: !14)
!71 = distinct !DISubprogram(name: "clamp_edge", scope: !1, file: !1, line: 8, type: !72, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !74)
!72 = !DISubroutineType(types: !73)
!73 = !{!3, !14}
!74 = !{!70, !75}
!75 = !DILocalVariable(name: "u", scope: !71, file: !1, line: 10, type: !3)
!76 = !DILocation(line: 0, scope: !71, inlinedAt: !77)
!77 = distinct !DILocation(line: 31, column: 22, scope: !32)
!78 = !DILocation(line: 11, column: 12, scope: !71, inlinedAt: !77)
!79 = !DILocation(line: 32, column: 45, scope: !32)
!80 = !DILocation(line: 32, column: 35, scope: !32)
!81 = !DILocation(line: 0, scope: !71, inlinedAt: !82)
!82 = distinct !DILocation(line: 32, column: 24, scope: !32)
!83 = !DILocation(line: 11, column: 12, scope: !71, inlinedAt: !82)
!84 = !DILocation(line: 33, column: 18, scope: !37)
!85 = !DILocation(line: 33, column: 9, scope: !38)
!86 = !DILocation(line: 34, column: 21, scope: !36)
!87 = !DILocation(line: 34, column: 29, scope: !36)
!88 = !DILocation(line: 0, scope: !36)
!89 = !DILocation(line: 35, column: 18, scope: !90)
!90 = distinct !DILexicalBlock(scope: !36, file: !1, line: 35, column: 17)
!91 = !DILocation(line: 35, column: 17, scope: !36)
!92 = !DILocation(line: 36, column: 28, scope: !93)
!93 = distinct !DILexicalBlock(scope: !90, file: !1, line: 35, column: 30)
!94 = !DILocation(line: 37, column: 28, scope: !93)
!95 = !DILocation(line: 37, column: 37, scope: !93)
!96 = !DILocation(line: 37, column: 17, scope: !93)
!97 = !DILocation(line: 37, column: 26, scope: !93)
!98 = !DILocation(line: 38, column: 27, scope: !93)
!99 = !DILocation(line: 38, column: 17, scope: !93)
!100 = !DILocation(line: 38, column: 31, scope: !93)
!101 = !DILocation(line: 39, column: 13, scope: !93)
!102 = !DILocation(line: 33, column: 26, scope: !37)
!103 = distinct !{!103, !85, !104, !65}
!104 = !DILocation(line: 40, column: 9, scope: !38)
!105 = !DILocation(line: 43, column: 1, scope: !11)
!106 = !DILocation(line: 42, column: 5, scope: !11)
