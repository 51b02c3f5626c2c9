; ModuleID = 'kernels/viterbi.c'
source_filename = "kernels/viterbi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @viterbi(ptr nocapture noundef readonly %obs, ptr nocapture noundef readonly %init, ptr nocapture noundef readonly %trans, ptr nocapture noundef readonly %emit, ptr nocapture noundef %path) local_unnamed_addr #0 !dbg !9 {
entry:
  %cost = alloca [16 x [4 x float]], align 16
  %bp = alloca [16 x [4 x i32]], align 16
  call void @llvm.dbg.value(metadata ptr %obs, metadata !20, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata ptr %init, metadata !21, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata ptr %trans, metadata !22, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata ptr %emit, metadata !23, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata ptr %path, metadata !24, metadata !DIExpression()), !dbg !49
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %cost) #5, !dbg !50
  call void @llvm.dbg.declare(metadata ptr %cost, metadata !25, metadata !DIExpression()), !dbg !51
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %bp) #5, !dbg !52
  call void @llvm.dbg.declare(metadata ptr %bp, metadata !30, metadata !DIExpression()), !dbg !53
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  %0 = load i32, ptr %obs, align 4, !tbaa !54
  %and = and i32 %0, 3
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %bp, i8 0, i64 16, i1 false), !dbg !58, !tbaa !54
  %1 = zext i32 %and to i64
  br label %for.body, !dbg !62

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ 0, %entry ], [ %indvars.iv.next, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !33, metadata !DIExpression()), !dbg !49
  %arrayidx = getelementptr inbounds float, ptr %init, i64 %indvars.iv, !dbg !63
  %2 = load float, ptr %arrayidx, align 4, !dbg !63, !tbaa !64
  %3 = shl nsw i64 %indvars.iv, 2, !dbg !66
  %4 = or i64 %3, %1, !dbg !67
  %arrayidx3 = getelementptr inbounds float, ptr %emit, i64 %4, !dbg !68
  %5 = load float, ptr %arrayidx3, align 4, !dbg !68, !tbaa !64
  %add4 = fadd float %2, %5, !dbg !69
  %arrayidx7 = getelementptr inbounds [4 x float], ptr %cost, i64 0, i64 %indvars.iv, !dbg !70
  store float %add4, ptr %arrayidx7, align 4, !dbg !71, !tbaa !64
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !72
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !33, metadata !DIExpression()), !dbg !49
  %exitcond.not = icmp eq i64 %indvars.iv.next, 4, !dbg !73
  br i1 %exitcond.not, label %for.body13, label %for.body, !dbg !62, !llvm.loop !74

for.body13:                                       ; preds = %for.body, %for.end59
  %indvars.iv161 = phi i64 [ %indvars.iv.next162, %for.end59 ], [ 1, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv161, metadata !32, metadata !DIExpression()), !dbg !49
  %arrayidx15 = getelementptr inbounds i32, ptr %obs, i64 %indvars.iv161, !dbg !77
  %6 = load i32, ptr %arrayidx15, align 4, !dbg !77, !tbaa !54
  %and16 = and i32 %6, 3, !dbg !78
  call void @llvm.dbg.value(metadata i32 %and16, metadata !37, metadata !DIExpression()), !dbg !79
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  %7 = add nsw i64 %indvars.iv161, -1
  %arrayidx21 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %7
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !49
  %8 = zext i32 %and16 to i64
  br label %for.body19, !dbg !80

for.body19:                                       ; preds = %for.body13, %for.end43
  %indvars.iv155 = phi i64 [ 0, %for.body13 ], [ %indvars.iv.next156, %for.end43 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv155, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !41, metadata !DIExpression()), !dbg !81
  %9 = load float, ptr %arrayidx21, align 16, !dbg !82, !tbaa !64
  %arrayidx25 = getelementptr inbounds float, ptr %trans, i64 %indvars.iv155, !dbg !83
  %10 = load float, ptr %arrayidx25, align 4, !dbg !83, !tbaa !64
  %add26 = fadd float %9, %10, !dbg !84
  call void @llvm.dbg.value(metadata float %add26, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 1, metadata !34, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !41, metadata !DIExpression()), !dbg !81
  br label %for.body29, !dbg !85

for.body29:                                       ; preds = %for.body19, %for.body29
  %indvars.iv149 = phi i64 [ 1, %for.body19 ], [ %indvars.iv.next150, %for.body29 ]
  %arg.0138 = phi i32 [ 0, %for.body19 ], [ %arg.1, %for.body29 ]
  %best.0137 = phi float [ %add26, %for.body19 ], [ %best.1, %for.body29 ]
  call void @llvm.dbg.value(metadata i32 %arg.0138, metadata !41, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata float %best.0137, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 %indvars.iv149, metadata !34, metadata !DIExpression()), !dbg !49
  %arrayidx34 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %7, i64 %indvars.iv149, !dbg !86
  %11 = load float, ptr %arrayidx34, align 4, !dbg !86, !tbaa !64
  %12 = shl nsw i64 %indvars.iv149, 2, !dbg !87
  %13 = add nuw nsw i64 %12, %indvars.iv155, !dbg !88
  %arrayidx38 = getelementptr inbounds float, ptr %trans, i64 %13, !dbg !89
  %14 = load float, ptr %arrayidx38, align 4, !dbg !89, !tbaa !64
  %add39 = fadd float %11, %14, !dbg !90
  call void @llvm.dbg.value(metadata float %add39, metadata !45, metadata !DIExpression()), !dbg !91
  %cmp40 = fcmp olt float %add39, %best.0137, !dbg !92
  %best.1 = select i1 %cmp40, float %add39, float %best.0137, !dbg !94
  %15 = trunc i64 %indvars.iv149 to i32, !dbg !94
  %arg.1 = select i1 %cmp40, i32 %15, i32 %arg.0138, !dbg !94
  call void @llvm.dbg.value(metadata i32 %arg.1, metadata !41, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata float %best.1, metadata !36, metadata !DIExpression()), !dbg !49
  %indvars.iv.next150 = add nuw nsw i64 %indvars.iv149, 1, !dbg !95
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next150, metadata !34, metadata !DIExpression()), !dbg !49
  %exitcond154.not = icmp eq i64 %indvars.iv.next150, 4, !dbg !96
  br i1 %exitcond154.not, label %for.end43, label %for.body29, !dbg !85, !llvm.loop !97

for.end43:                                        ; preds = %for.body29
  %16 = shl nsw i64 %indvars.iv155, 2, !dbg !99
  %17 = or i64 %16, %8, !dbg !100
  %arrayidx47 = getelementptr inbounds float, ptr %emit, i64 %17, !dbg !101
  %18 = load float, ptr %arrayidx47, align 4, !dbg !101, !tbaa !64
  %add48 = fadd float %best.1, %18, !dbg !102
  %arrayidx52 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %indvars.iv161, i64 %indvars.iv155, !dbg !103
  store float %add48, ptr %arrayidx52, align 4, !dbg !104, !tbaa !64
  %arrayidx56 = getelementptr inbounds [16 x [4 x i32]], ptr %bp, i64 0, i64 %indvars.iv161, i64 %indvars.iv155, !dbg !105
  store i32 %arg.1, ptr %arrayidx56, align 4, !dbg !106, !tbaa !54
  %indvars.iv.next156 = add nuw nsw i64 %indvars.iv155, 1, !dbg !107
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next156, metadata !33, metadata !DIExpression()), !dbg !49
  %exitcond160.not = icmp eq i64 %indvars.iv.next156, 4, !dbg !108
  br i1 %exitcond160.not, label %for.end59, label %for.body19, !dbg !80, !llvm.loop !109

for.end59:                                        ; preds = %for.end43
  %indvars.iv.next162 = add nuw nsw i64 %indvars.iv161, 1, !dbg !111
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next162, metadata !32, metadata !DIExpression()), !dbg !49
  %exitcond165.not = icmp eq i64 %indvars.iv.next162, 16, !dbg !112
  br i1 %exitcond165.not, label %for.end62, label %for.body13, !dbg !113, !llvm.loop !114

for.end62:                                        ; preds = %for.end59
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !49
  %arrayidx63 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 15, !dbg !116
  %19 = load float, ptr %arrayidx63, align 16, !dbg !116, !tbaa !64
  call void @llvm.dbg.value(metadata float %19, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 1, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !49
  br label %for.body67, !dbg !117

for.body67:                                       ; preds = %for.end62, %for.body67
  %indvars.iv166 = phi i64 [ 1, %for.end62 ], [ %indvars.iv.next167, %for.body67 ]
  %best.2142 = phi float [ %19, %for.end62 ], [ %best.3, %for.body67 ]
  %state.0141 = phi i32 [ 0, %for.end62 ], [ %state.1, %for.body67 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv166, metadata !33, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata float %best.2142, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %state.0141, metadata !35, metadata !DIExpression()), !dbg !49
  %arrayidx70 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 15, i64 %indvars.iv166, !dbg !119
  %20 = load float, ptr %arrayidx70, align 4, !dbg !119, !tbaa !64
  %cmp71 = fcmp olt float %20, %best.2142, !dbg !123
  %21 = trunc i64 %indvars.iv166 to i32, !dbg !124
  %state.1 = select i1 %cmp71, i32 %21, i32 %state.0141, !dbg !124
  %best.3 = select i1 %cmp71, float %20, float %best.2142, !dbg !124
  call void @llvm.dbg.value(metadata float %best.3, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %state.1, metadata !35, metadata !DIExpression()), !dbg !49
  %indvars.iv.next167 = add nuw nsw i64 %indvars.iv166, 1, !dbg !125
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next167, metadata !33, metadata !DIExpression()), !dbg !49
  %exitcond169.not = icmp eq i64 %indvars.iv.next167, 4, !dbg !126
  br i1 %exitcond169.not, label %for.end79, label %for.body67, !dbg !117, !llvm.loop !127

for.end79:                                        ; preds = %for.body67
  %arrayidx80 = getelementptr inbounds i32, ptr %path, i64 15, !dbg !129
  store i32 %state.1, ptr %arrayidx80, align 4, !dbg !130, !tbaa !54
  call void @llvm.dbg.value(metadata i32 15, metadata !32, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %state.1, metadata !35, metadata !DIExpression()), !dbg !49
  br label %for.body83, !dbg !131

for.body83:                                       ; preds = %for.end79, %for.body83
  %indvars.iv170 = phi i64 [ 15, %for.end79 ], [ %indvars.iv.next171, %for.body83 ]
  %state.2144 = phi i32 [ %state.1, %for.end79 ], [ %22, %for.body83 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv170, metadata !32, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %state.2144, metadata !35, metadata !DIExpression()), !dbg !49
  %idxprom86 = sext i32 %state.2144 to i64, !dbg !133
  %arrayidx87 = getelementptr inbounds [16 x [4 x i32]], ptr %bp, i64 0, i64 %indvars.iv170, i64 %idxprom86, !dbg !133
  %22 = load i32, ptr %arrayidx87, align 4, !dbg !133, !tbaa !54
  call void @llvm.dbg.value(metadata i32 %22, metadata !35, metadata !DIExpression()), !dbg !49
  %indvars.iv.next171 = add nsw i64 %indvars.iv170, -1, !dbg !136
  %arrayidx90 = getelementptr inbounds i32, ptr %path, i64 %indvars.iv.next171, !dbg !137
  store i32 %22, ptr %arrayidx90, align 4, !dbg !138, !tbaa !54
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next171, metadata !32, metadata !DIExpression()), !dbg !49
  %cmp82 = icmp ugt i64 %indvars.iv170, 1, !dbg !139
  br i1 %cmp82, label %for.body83, label %for.end92, !dbg !131, !llvm.loop !140

for.end92:                                        ; preds = %for.body83
  %23 = load i32, ptr %arrayidx80, align 4, !dbg !142, !tbaa !54
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %bp) #5, !dbg !143
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %cost) #5, !dbg !143
  ret i32 %23, !dbg !144
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/viterbi.c", directory: ".", checksumkind: CSK_MD5, checksum: "46f2910242c7dc28d1e0a589bd147875")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
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
!66 = !DILocation(line: 18, column: 39, scope: !59)
!67 = !DILocation(line: 18, column: 43, scope: !59)
!68 = !DILocation(line: 18, column: 32, scope: !59)
!69 = !DILocation(line: 18, column: 30, scope: !59)
!70 = !DILocation(line: 18, column: 9, scope: !59)
!71 = !DILocation(line: 18, column: 20, scope: !59)
!72 = !DILocation(line: 17, column: 25, scope: !60)
!73 = !DILocation(line: 17, column: 19, scope: !60)
!74 = distinct !{!74, !62, !75, !76}
!75 = !DILocation(line: 20, column: 5, scope: !61)
!76 = !{!"llvm.loop.unroll.disable"}
!77 = !DILocation(line: 22, column: 17, scope: !38)
!78 = !DILocation(line: 22, column: 24, scope: !38)
!79 = !DILocation(line: 0, scope: !38)
!80 = !DILocation(line: 23, column: 9, scope: !44)
!81 = !DILocation(line: 0, scope: !42)
!82 = !DILocation(line: 25, column: 20, scope: !42)
!83 = !DILocation(line: 25, column: 37, scope: !42)
!84 = !DILocation(line: 25, column: 35, scope: !42)
!85 = !DILocation(line: 26, column: 13, scope: !48)
!86 = !DILocation(line: 27, column: 27, scope: !46)
!87 = !DILocation(line: 27, column: 52, scope: !46)
!88 = !DILocation(line: 27, column: 56, scope: !46)
!89 = !DILocation(line: 27, column: 44, scope: !46)
!90 = !DILocation(line: 27, column: 42, scope: !46)
!91 = !DILocation(line: 0, scope: !46)
!92 = !DILocation(line: 28, column: 23, scope: !93)
!93 = distinct !DILexicalBlock(scope: !46, file: !1, line: 28, column: 21)
!94 = !DILocation(line: 28, column: 21, scope: !46)
!95 = !DILocation(line: 26, column: 33, scope: !47)
!96 = !DILocation(line: 26, column: 27, scope: !47)
!97 = distinct !{!97, !85, !98, !76}
!98 = !DILocation(line: 32, column: 13, scope: !48)
!99 = !DILocation(line: 33, column: 40, scope: !42)
!100 = !DILocation(line: 33, column: 44, scope: !42)
!101 = !DILocation(line: 33, column: 33, scope: !42)
!102 = !DILocation(line: 33, column: 31, scope: !42)
!103 = !DILocation(line: 33, column: 13, scope: !42)
!104 = !DILocation(line: 33, column: 24, scope: !42)
!105 = !DILocation(line: 34, column: 13, scope: !42)
!106 = !DILocation(line: 34, column: 22, scope: !42)
!107 = !DILocation(line: 23, column: 29, scope: !43)
!108 = !DILocation(line: 23, column: 23, scope: !43)
!109 = distinct !{!109, !80, !110, !76}
!110 = !DILocation(line: 35, column: 9, scope: !44)
!111 = !DILocation(line: 21, column: 25, scope: !39)
!112 = !DILocation(line: 21, column: 19, scope: !39)
!113 = !DILocation(line: 21, column: 5, scope: !40)
!114 = distinct !{!114, !113, !115, !76}
!115 = !DILocation(line: 36, column: 5, scope: !40)
!116 = !DILocation(line: 39, column: 12, scope: !9)
!117 = !DILocation(line: 40, column: 5, scope: !118)
!118 = distinct !DILexicalBlock(scope: !9, file: !1, line: 40, column: 5)
!119 = !DILocation(line: 41, column: 13, scope: !120)
!120 = distinct !DILexicalBlock(scope: !121, file: !1, line: 41, column: 13)
!121 = distinct !DILexicalBlock(scope: !122, file: !1, line: 40, column: 29)
!122 = distinct !DILexicalBlock(scope: !118, file: !1, line: 40, column: 5)
!123 = !DILocation(line: 41, column: 28, scope: !120)
!124 = !DILocation(line: 41, column: 13, scope: !121)
!125 = !DILocation(line: 40, column: 25, scope: !122)
!126 = !DILocation(line: 40, column: 19, scope: !122)
!127 = distinct !{!127, !117, !128, !76}
!128 = !DILocation(line: 45, column: 5, scope: !118)
!129 = !DILocation(line: 46, column: 5, scope: !9)
!130 = !DILocation(line: 46, column: 17, scope: !9)
!131 = !DILocation(line: 47, column: 5, scope: !132)
!132 = distinct !DILexicalBlock(scope: !9, file: !1, line: 47, column: 5)
!133 = !DILocation(line: 48, column: 17, scope: !134)
!134 = distinct !DILexicalBlock(scope: !135, file: !1, line: 47, column: 33)
!135 = distinct !DILexicalBlock(scope: !132, file: !1, line: 47, column: 5)
!136 = !DILocation(line: 49, column: 16, scope: !134)
!137 = !DILocation(line: 49, column: 9, scope: !134)
!138 = !DILocation(line: 49, column: 21, scope: !134)
!139 = !DILocation(line: 47, column: 23, scope: !135)
!140 = distinct !{!140, !131, !141, !76}
!141 = !DILocation(line: 50, column: 5, scope: !132)
!142 = !DILocation(line: 51, column: 12, scope: !9)
!143 = !DILocation(line: 52, column: 1, scope: !9)
!144 = !DILocation(line: 51, column: 5, scope: !9)
