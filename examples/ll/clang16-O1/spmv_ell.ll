; ModuleID = 'kernels/spmv_ell.c'
source_filename = "kernels/spmv_ell.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @spmv_ell(ptr nocapture noundef readonly %val, ptr nocapture noundef readonly %cols, ptr nocapture noundef readonly %x, ptr nocapture noundef writeonly %y) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %val, metadata !20, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata ptr %cols, metadata !21, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata ptr %x, metadata !22, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata ptr %y, metadata !23, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !30
  br label %for.cond1.preheader, !dbg !31

for.cond1.preheader:                              ; preds = %entry, %for.end
  %indvars.iv29 = phi i64 [ 0, %entry ], [ %indvars.iv.next30, %for.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv29, metadata !24, metadata !DIExpression()), !dbg !30
  %0 = shl nsw i64 %indvars.iv29, 2
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !26, metadata !DIExpression()), !dbg !32
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !30
  br label %for.body3, !dbg !33

for.body3:                                        ; preds = %for.cond1.preheader, %for.body3
  %indvars.iv = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next, %for.body3 ]
  %sum.025 = phi float [ 0.000000e+00, %for.cond1.preheader ], [ %5, %for.body3 ]
  call void @llvm.dbg.value(metadata float %sum.025, metadata !26, metadata !DIExpression()), !dbg !32
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !25, metadata !DIExpression()), !dbg !30
  %1 = add nuw nsw i64 %indvars.iv, %0, !dbg !35
  %arrayidx = getelementptr inbounds float, ptr %val, i64 %1, !dbg !37
  %2 = load float, ptr %arrayidx, align 4, !dbg !37, !tbaa !38
  %arrayidx7 = getelementptr inbounds i32, ptr %cols, i64 %1, !dbg !42
  %3 = load i32, ptr %arrayidx7, align 4, !dbg !42, !tbaa !43
  %and = and i32 %3, 15, !dbg !45
  %idxprom8 = zext i32 %and to i64
  %arrayidx9 = getelementptr inbounds float, ptr %x, i64 %idxprom8, !dbg !46
  %4 = load float, ptr %arrayidx9, align 4, !dbg !46, !tbaa !38
  %5 = tail call float @llvm.fmuladd.f32(float %2, float %4, float %sum.025), !dbg !47
  call void @llvm.dbg.value(metadata float %5, metadata !26, metadata !DIExpression()), !dbg !32
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !48
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !25, metadata !DIExpression()), !dbg !30
  %exitcond.not = icmp eq i64 %indvars.iv.next, 4, !dbg !49
  br i1 %exitcond.not, label %for.end, label %for.body3, !dbg !33, !llvm.loop !50

for.end:                                          ; preds = %for.body3
  %arrayidx12 = getelementptr inbounds float, ptr %y, i64 %indvars.iv29, !dbg !53
  store float %5, ptr %arrayidx12, align 4, !dbg !54, !tbaa !38
  %indvars.iv.next30 = add nuw nsw i64 %indvars.iv29, 1, !dbg !55
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next30, metadata !24, metadata !DIExpression()), !dbg !30
  %exitcond33.not = icmp eq i64 %indvars.iv.next30, 16, !dbg !56
  br i1 %exitcond33.not, label %for.end15, label %for.cond1.preheader, !dbg !31, !llvm.loop !57

for.end15:                                        ; preds = %for.end
  ret void, !dbg !59
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/spmv_ell.c", directory: ".", checksumkind: CSK_MD5, checksum: "6fb0d7646bb873605178ed5928d189a3")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "spmv_ell", scope: !1, file: !1, line: 6, type: !10, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !19)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !15, !12, !18}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!19 = !{!20, !21, !22, !23, !24, !25, !26}
!20 = !DILocalVariable(name: "val", arg: 1, scope: !9, file: !1, line: 6, type: !12)
!21 = !DILocalVariable(name: "cols", arg: 2, scope: !9, file: !1, line: 6, type: !15)
!22 = !DILocalVariable(name: "x", arg: 3, scope: !9, file: !1, line: 6, type: !12)
!23 = !DILocalVariable(name: "y", arg: 4, scope: !9, file: !1, line: 6, type: !18)
!24 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 8, type: !17)
!25 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 8, type: !17)
!26 = !DILocalVariable(name: "sum", scope: !27, file: !1, line: 10, type: !14)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 9, column: 32)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 9, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!30 = !DILocation(line: 0, scope: !9)
!31 = !DILocation(line: 9, column: 5, scope: !29)
!32 = !DILocation(line: 0, scope: !27)
!33 = !DILocation(line: 11, column: 9, scope: !34)
!34 = distinct !DILexicalBlock(scope: !27, file: !1, line: 11, column: 9)
!35 = !DILocation(line: 12, column: 30, scope: !36)
!36 = distinct !DILexicalBlock(scope: !34, file: !1, line: 11, column: 9)
!37 = !DILocation(line: 12, column: 20, scope: !36)
!38 = !{!39, !39, i64 0}
!39 = !{!"float", !40, i64 0}
!40 = !{!"omnipotent char", !41, i64 0}
!41 = !{!"Simple C/C++ TBAA"}
!42 = !DILocation(line: 12, column: 39, scope: !36)
!43 = !{!44, !44, i64 0}
!44 = !{!"int", !40, i64 0}
!45 = !DILocation(line: 12, column: 55, scope: !36)
!46 = !DILocation(line: 12, column: 37, scope: !36)
!47 = !DILocation(line: 12, column: 17, scope: !36)
!48 = !DILocation(line: 11, column: 29, scope: !36)
!49 = !DILocation(line: 11, column: 23, scope: !36)
!50 = distinct !{!50, !33, !51, !52}
!51 = !DILocation(line: 12, column: 67, scope: !34)
!52 = !{!"llvm.loop.unroll.disable"}
!53 = !DILocation(line: 13, column: 9, scope: !27)
!54 = !DILocation(line: 13, column: 14, scope: !27)
!55 = !DILocation(line: 9, column: 28, scope: !28)
!56 = !DILocation(line: 9, column: 19, scope: !28)
!57 = distinct !{!57, !31, !58, !52}
!58 = !DILocation(line: 14, column: 5, scope: !29)
!59 = !DILocation(line: 15, column: 1, scope: !9)
