; ModuleID = 'kernels/viterbi.c'
source_filename = "kernels/viterbi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @viterbi(i32* nocapture noundef readonly %0, float* nocapture noundef readonly %1, float* nocapture noundef readonly %2, float* nocapture noundef readonly %3, i32* nocapture noundef %4) local_unnamed_addr #0 !dbg !9 {
  %6 = alloca [16 x [4 x float]], align 16
  %7 = alloca [16 x [4 x i32]], align 16
  %8 = bitcast [16 x [4 x i32]]* %7 to i8*, !dbg !49
  call void @llvm.dbg.value(metadata i32* %0, metadata !20, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata float* %1, metadata !21, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata float* %2, metadata !22, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata float* %3, metadata !23, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32* %4, metadata !24, metadata !DIExpression()), !dbg !49
  %9 = bitcast [16 x [4 x float]]* %6 to i8*, !dbg !50
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %9) #5, !dbg !50
  call void @llvm.dbg.declare(metadata [16 x [4 x float]]* %6, metadata !25, metadata !DIExpression()), !dbg !51
  %10 = bitcast [16 x [4 x i32]]* %7 to i8*, !dbg !52
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %10) #5, !dbg !52
  call void @llvm.dbg.declare(metadata [16 x [4 x i32]]* %7, metadata !30, metadata !DIExpression()), !dbg !53
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  %11 = load i32, i32* %0, align 4, !tbaa !54
  %12 = and i32 %11, 3
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(16) %8, i8 0, i64 16, i1 false), !dbg !58, !tbaa !54
  br label %13, !dbg !62

13:                                               ; preds = %5, %13
  %14 = phi i64 [ 0, %5 ], [ %25, %13 ]
  call void @llvm.dbg.value(metadata i64 %14, metadata !33, metadata !DIExpression()), !dbg !49
  %15 = getelementptr inbounds float, float* %1, i64 %14, !dbg !63
  %16 = load float, float* %15, align 4, !dbg !63, !tbaa !64
  %17 = trunc i64 %14 to i32, !dbg !66
  %18 = shl i32 %17, 2, !dbg !66
  %19 = or i32 %12, %18, !dbg !66
  %20 = zext i32 %19 to i64, !dbg !67
  %21 = getelementptr inbounds float, float* %3, i64 %20, !dbg !67
  %22 = load float, float* %21, align 4, !dbg !67, !tbaa !64
  %23 = fadd float %16, %22, !dbg !68
  %24 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 0, i64 %14, !dbg !69
  store float %23, float* %24, align 4, !dbg !70, !tbaa !64
  %25 = add nuw nsw i64 %14, 1, !dbg !71
  call void @llvm.dbg.value(metadata i64 %25, metadata !33, metadata !DIExpression()), !dbg !49
  %26 = icmp eq i64 %25, 4, !dbg !72
  br i1 %26, label %27, label %13, !dbg !62, !llvm.loop !73

27:                                               ; preds = %13, %69
  %28 = phi i64 [ %70, %69 ], [ 1, %13 ]
  call void @llvm.dbg.value(metadata i64 %28, metadata !32, metadata !DIExpression()), !dbg !49
  %29 = getelementptr inbounds i32, i32* %0, i64 %28, !dbg !76
  %30 = load i32, i32* %29, align 4, !dbg !76, !tbaa !54
  %31 = and i32 %30, 3, !dbg !77
  call void @llvm.dbg.value(metadata i32 %31, metadata !37, metadata !DIExpression()), !dbg !78
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  %32 = add nsw i64 %28, -1
  %33 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 %32, i64 0
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  br label %34, !dbg !79

34:                                               ; preds = %27, %57
  %35 = phi i64 [ 0, %27 ], [ %67, %57 ]
  call void @llvm.dbg.value(metadata i64 %35, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !41, metadata !DIExpression()), !dbg !80
  %36 = load float, float* %33, align 16, !dbg !81, !tbaa !64
  %37 = getelementptr inbounds float, float* %2, i64 %35, !dbg !82
  %38 = load float, float* %37, align 4, !dbg !82, !tbaa !64
  %39 = fadd float %36, %38, !dbg !83
  call void @llvm.dbg.value(metadata float %39, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 1, metadata !34, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !41, metadata !DIExpression()), !dbg !80
  br label %40, !dbg !84

40:                                               ; preds = %34, %40
  %41 = phi i64 [ 1, %34 ], [ %55, %40 ]
  %42 = phi i32 [ 0, %34 ], [ %54, %40 ]
  %43 = phi float [ %39, %34 ], [ %52, %40 ]
  call void @llvm.dbg.value(metadata i32 %42, metadata !41, metadata !DIExpression()), !dbg !80
  call void @llvm.dbg.value(metadata float %43, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 %41, metadata !34, metadata !DIExpression()), !dbg !49
  %44 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 %32, i64 %41, !dbg !85
  %45 = load float, float* %44, align 4, !dbg !85, !tbaa !64
  %46 = shl nsw i64 %41, 2, !dbg !86
  %47 = add nuw nsw i64 %46, %35, !dbg !87
  %48 = getelementptr inbounds float, float* %2, i64 %47, !dbg !88
  %49 = load float, float* %48, align 4, !dbg !88, !tbaa !64
  %50 = fadd float %45, %49, !dbg !89
  call void @llvm.dbg.value(metadata float %50, metadata !45, metadata !DIExpression()), !dbg !90
  %51 = fcmp olt float %50, %43, !dbg !91
  %52 = select i1 %51, float %50, float %43, !dbg !93
  %53 = trunc i64 %41 to i32, !dbg !93
  %54 = select i1 %51, i32 %53, i32 %42, !dbg !93
  call void @llvm.dbg.value(metadata i32 %54, metadata !41, metadata !DIExpression()), !dbg !80
  call void @llvm.dbg.value(metadata float %52, metadata !36, metadata !DIExpression()), !dbg !49
  %55 = add nuw nsw i64 %41, 1, !dbg !94
  call void @llvm.dbg.value(metadata i64 %55, metadata !34, metadata !DIExpression()), !dbg !49
  %56 = icmp eq i64 %55, 4, !dbg !95
  br i1 %56, label %57, label %40, !dbg !84, !llvm.loop !96

57:                                               ; preds = %40
  %58 = trunc i64 %35 to i32, !dbg !98
  %59 = shl i32 %58, 2, !dbg !98
  %60 = or i32 %59, %31, !dbg !98
  %61 = zext i32 %60 to i64, !dbg !99
  %62 = getelementptr inbounds float, float* %3, i64 %61, !dbg !99
  %63 = load float, float* %62, align 4, !dbg !99, !tbaa !64
  %64 = fadd float %52, %63, !dbg !100
  %65 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 %28, i64 %35, !dbg !101
  store float %64, float* %65, align 4, !dbg !102, !tbaa !64
  %66 = getelementptr inbounds [16 x [4 x i32]], [16 x [4 x i32]]* %7, i64 0, i64 %28, i64 %35, !dbg !103
  store i32 %54, i32* %66, align 4, !dbg !104, !tbaa !54
  %67 = add nuw nsw i64 %35, 1, !dbg !105
  call void @llvm.dbg.value(metadata i64 %67, metadata !33, metadata !DIExpression()), !dbg !49
  %68 = icmp eq i64 %67, 4, !dbg !106
  br i1 %68, label %69, label %34, !dbg !79, !llvm.loop !107

69:                                               ; preds = %57
  %70 = add nuw nsw i64 %28, 1, !dbg !109
  call void @llvm.dbg.value(metadata i64 %70, metadata !32, metadata !DIExpression()), !dbg !49
  %71 = icmp eq i64 %70, 16, !dbg !110
  br i1 %71, label %72, label %27, !dbg !111, !llvm.loop !112

72:                                               ; preds = %69
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !49
  %73 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 15, i64 0, !dbg !114
  %74 = load float, float* %73, align 16, !dbg !114, !tbaa !64
  call void @llvm.dbg.value(metadata float %74, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 1, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !49
  br label %75, !dbg !115

75:                                               ; preds = %72, %75
  %76 = phi i64 [ 1, %72 ], [ %85, %75 ]
  %77 = phi float [ %74, %72 ], [ %84, %75 ]
  %78 = phi i32 [ 0, %72 ], [ %83, %75 ]
  call void @llvm.dbg.value(metadata i64 %76, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata float %77, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %78, metadata !35, metadata !DIExpression()), !dbg !49
  %79 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 15, i64 %76, !dbg !117
  %80 = load float, float* %79, align 4, !dbg !117, !tbaa !64
  %81 = fcmp olt float %80, %77, !dbg !121
  %82 = trunc i64 %76 to i32, !dbg !122
  %83 = select i1 %81, i32 %82, i32 %78, !dbg !122
  %84 = select i1 %81, float %80, float %77, !dbg !122
  call void @llvm.dbg.value(metadata float %84, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %83, metadata !35, metadata !DIExpression()), !dbg !49
  %85 = add nuw nsw i64 %76, 1, !dbg !123
  call void @llvm.dbg.value(metadata i64 %85, metadata !33, metadata !DIExpression()), !dbg !49
  %86 = icmp eq i64 %85, 4, !dbg !124
  br i1 %86, label %87, label %75, !dbg !115, !llvm.loop !125

87:                                               ; preds = %75
  %88 = getelementptr inbounds i32, i32* %4, i64 15, !dbg !127
  store i32 %83, i32* %88, align 4, !dbg !128, !tbaa !54
  call void @llvm.dbg.value(metadata i32 15, metadata !32, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %83, metadata !35, metadata !DIExpression()), !dbg !49
  br label %89, !dbg !129

89:                                               ; preds = %87, %89
  %90 = phi i64 [ 15, %87 ], [ %95, %89 ]
  %91 = phi i32 [ %83, %87 ], [ %94, %89 ]
  call void @llvm.dbg.value(metadata i64 %90, metadata !32, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %91, metadata !35, metadata !DIExpression()), !dbg !49
  %92 = sext i32 %91 to i64, !dbg !131
  %93 = getelementptr inbounds [16 x [4 x i32]], [16 x [4 x i32]]* %7, i64 0, i64 %90, i64 %92, !dbg !131
  %94 = load i32, i32* %93, align 4, !dbg !131, !tbaa !54
  call void @llvm.dbg.value(metadata i32 %94, metadata !35, metadata !DIExpression()), !dbg !49
  %95 = add nsw i64 %90, -1, !dbg !134
  %96 = getelementptr inbounds i32, i32* %4, i64 %95, !dbg !135
  store i32 %94, i32* %96, align 4, !dbg !136, !tbaa !54
  call void @llvm.dbg.value(metadata i64 %95, metadata !32, metadata !DIExpression()), !dbg !49
  %97 = icmp ugt i64 %90, 1, !dbg !137
  br i1 %97, label %89, label %98, !dbg !129, !llvm.loop !138

98:                                               ; preds = %89
  %99 = load i32, i32* %88, align 4, !dbg !140, !tbaa !54
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %10) #5, !dbg !141
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %9) #5, !dbg !141
  ret i32 %99, !dbg !142
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
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/viterbi.c", directory: ".", checksumkind: CSK_MD5, checksum: "46f2910242c7dc28d1e0a589bd147875")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "viterbi", scope: !1, file: !1, line: 9, type: !10, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !19)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !15, !15, !15, !18}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!19 = !{!20, !21, !22, !23, !24, !25, !30, !32, !33, !34, !35, !36, !37, !41, !45}
!20 = !DILocalVariable(name: "obs", arg: 1, scope: !9, file: !1, line: 9, type: !13)
!21 = !DILocalVariable(name: "init", arg: 2, scope: !9, file: !1, line: 9, type: !15)
!22 = !DILocalVariable(name: "trans", arg: 3, scope: !9, file: !1, line: 9, type: !15)
!23 = !DILocalVariable(name: "emit", arg: 4, scope: !9, file: !1, line: 10, type: !15)
!24 = !DILocalVariable(name: "path", arg: 5, scope: !9, file: !1, line: 10, type: !18)
!25 = !DILocalVariable(name: "cost", scope: !9, file: !1, line: 12, type: !26)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !17, size: 2048, elements: !27)
!27 = !{!28, !29}
!28 = !DISubrange(count: 16)
!29 = !DISubrange(count: 4)
!30 = !DILocalVariable(name: "bp", scope: !9, file: !1, line: 13, type: !31)
!31 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 2048, elements: !27)
!32 = !DILocalVariable(name: "t", scope: !9, file: !1, line: 14, type: !12)
!33 = !DILocalVariable(name: "s", scope: !9, file: !1, line: 14, type: !12)
!34 = !DILocalVariable(name: "p", scope: !9, file: !1, line: 14, type: !12)
!35 = !DILocalVariable(name: "state", scope: !9, file: !1, line: 14, type: !12)
!36 = !DILocalVariable(name: "best", scope: !9, file: !1, line: 15, type: !17)
!37 = !DILocalVariable(name: "o", scope: !38, file: !1, line: 22, type: !12)
!38 = distinct !DILexicalBlock(scope: !39, file: !1, line: 21, column: 29)
!39 = distinct !DILexicalBlock(scope: !40, file: !1, line: 21, column: 5)
!40 = distinct !DILexicalBlock(scope: !9, file: !1, line: 21, column: 5)
!41 = !DILocalVariable(name: "arg", scope: !42, file: !1, line: 24, type: !12)
!42 = distinct !DILexicalBlock(scope: !43, file: !1, line: 23, column: 33)
!43 = distinct !DILexicalBlock(scope: !44, file: !1, line: 23, column: 9)
!44 = distinct !DILexicalBlock(scope: !38, file: !1, line: 23, column: 9)
!45 = !DILocalVariable(name: "c", scope: !46, file: !1, line: 27, type: !17)
!46 = distinct !DILexicalBlock(scope: !47, file: !1, line: 26, column: 37)
!47 = distinct !DILexicalBlock(scope: !48, file: !1, line: 26, column: 13)
!48 = distinct !DILexicalBlock(scope: !42, file: !1, line: 26, column: 13)
!49 = !DILocation(line: 0, scope: !9)
!50 = !DILocation(line: 12, column: 5, scope: !9)
!51 = !DILocation(line: 12, column: 11, scope: !9)
!52 = !DILocation(line: 13, column: 5, scope: !9)
!53 = !DILocation(line: 13, column: 9, scope: !9)
!54 = !{!55, !55, i64 0}
!55 = !{!"int", !56, i64 0}
!56 = !{!"omnipotent char", !57, i64 0}
!57 = !{!"Simple C/C++ TBAA"}
!58 = !DILocation(line: 19, column: 18, scope: !59)
!59 = distinct !DILexicalBlock(scope: !60, file: !1, line: 17, column: 29)
!60 = distinct !DILexicalBlock(scope: !61, file: !1, line: 17, column: 5)
!61 = distinct !DILexicalBlock(scope: !9, file: !1, line: 17, column: 5)
!62 = !DILocation(line: 17, column: 5, scope: !61)
!63 = !DILocation(line: 18, column: 22, scope: !59)
!64 = !{!65, !65, i64 0}
!65 = !{!"float", !56, i64 0}
!66 = !DILocation(line: 18, column: 43, scope: !59)
!67 = !DILocation(line: 18, column: 32, scope: !59)
!68 = !DILocation(line: 18, column: 30, scope: !59)
!69 = !DILocation(line: 18, column: 9, scope: !59)
!70 = !DILocation(line: 18, column: 20, scope: !59)
!71 = !DILocation(line: 17, column: 25, scope: !60)
!72 = !DILocation(line: 17, column: 19, scope: !60)
!73 = distinct !{!73, !62, !74, !75}
!74 = !DILocation(line: 20, column: 5, scope: !61)
!75 = !{!"llvm.loop.unroll.disable"}
!76 = !DILocation(line: 22, column: 17, scope: !38)
!77 = !DILocation(line: 22, column: 24, scope: !38)
!78 = !DILocation(line: 0, scope: !38)
!79 = !DILocation(line: 23, column: 9, scope: !44)
!80 = !DILocation(line: 0, scope: !42)
!81 = !DILocation(line: 25, column: 20, scope: !42)
!82 = !DILocation(line: 25, column: 37, scope: !42)
!83 = !DILocation(line: 25, column: 35, scope: !42)
!84 = !DILocation(line: 26, column: 13, scope: !48)
!85 = !DILocation(line: 27, column: 27, scope: !46)
!86 = !DILocation(line: 27, column: 52, scope: !46)
!87 = !DILocation(line: 27, column: 56, scope: !46)
!88 = !DILocation(line: 27, column: 44, scope: !46)
!89 = !DILocation(line: 27, column: 42, scope: !46)
!90 = !DILocation(line: 0, scope: !46)
!91 = !DILocation(line: 28, column: 23, scope: !92)
!92 = distinct !DILexicalBlock(scope: !46, file: !1, line: 28, column: 21)
!93 = !DILocation(line: 28, column: 21, scope: !46)
!94 = !DILocation(line: 26, column: 33, scope: !47)
!95 = !DILocation(line: 26, column: 27, scope: !47)
!96 = distinct !{!96, !84, !97, !75}
!97 = !DILocation(line: 32, column: 13, scope: !48)
!98 = !DILocation(line: 33, column: 44, scope: !42)
!99 = !DILocation(line: 33, column: 33, scope: !42)
!100 = !DILocation(line: 33, column: 31, scope: !42)
!101 = !DILocation(line: 33, column: 13, scope: !42)
!102 = !DILocation(line: 33, column: 24, scope: !42)
!103 = !DILocation(line: 34, column: 13, scope: !42)
!104 = !DILocation(line: 34, column: 22, scope: !42)
!105 = !DILocation(line: 23, column: 29, scope: !43)
!106 = !DILocation(line: 23, column: 23, scope: !43)
!107 = distinct !{!107, !79, !108, !75}
!108 = !DILocation(line: 35, column: 9, scope: !44)
!109 = !DILocation(line: 21, column: 25, scope: !39)
!110 = !DILocation(line: 21, column: 19, scope: !39)
!111 = !DILocation(line: 21, column: 5, scope: !40)
!112 = distinct !{!112, !111, !113, !75}
!113 = !DILocation(line: 36, column: 5, scope: !40)
!114 = !DILocation(line: 39, column: 12, scope: !9)
!115 = !DILocation(line: 40, column: 5, scope: !116)
!116 = distinct !DILexicalBlock(scope: !9, file: !1, line: 40, column: 5)
!117 = !DILocation(line: 41, column: 13, scope: !118)
!118 = distinct !DILexicalBlock(scope: !119, file: !1, line: 41, column: 13)
!119 = distinct !DILexicalBlock(scope: !120, file: !1, line: 40, column: 29)
!120 = distinct !DILexicalBlock(scope: !116, file: !1, line: 40, column: 5)
!121 = !DILocation(line: 41, column: 28, scope: !118)
!122 = !DILocation(line: 41, column: 13, scope: !119)
!123 = !DILocation(line: 40, column: 25, scope: !120)
!124 = !DILocation(line: 40, column: 19, scope: !120)
!125 = distinct !{!125, !115, !126, !75}
!126 = !DILocation(line: 45, column: 5, scope: !116)
!127 = !DILocation(line: 46, column: 5, scope: !9)
!128 = !DILocation(line: 46, column: 17, scope: !9)
!129 = !DILocation(line: 47, column: 5, scope: !130)
!130 = distinct !DILexicalBlock(scope: !9, file: !1, line: 47, column: 5)
!131 = !DILocation(line: 48, column: 17, scope: !132)
!132 = distinct !DILexicalBlock(scope: !133, file: !1, line: 47, column: 33)
!133 = distinct !DILexicalBlock(scope: !130, file: !1, line: 47, column: 5)
!134 = !DILocation(line: 49, column: 16, scope: !132)
!135 = !DILocation(line: 49, column: 9, scope: !132)
!136 = !DILocation(line: 49, column: 21, scope: !132)
!137 = !DILocation(line: 47, column: 23, scope: !133)
!138 = distinct !{!138, !129, !139, !75}
!139 = !DILocation(line: 50, column: 5, scope: !130)
!140 = !DILocation(line: 51, column: 12, scope: !9)
!141 = !DILocation(line: 52, column: 1, scope: !9)
!142 = !DILocation(line: 51, column: 5, scope: !9)
