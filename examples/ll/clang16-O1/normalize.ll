; ModuleID = 'kernels/normalize.c'
source_filename = "kernels/normalize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nounwind memory(write, argmem: readwrite) uwtable
define dso_local float @normalize(ptr nocapture noundef readonly %x, ptr nocapture noundef writeonly %y, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %x, metadata !18, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata ptr %y, metadata !19, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 %n, metadata !20, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !21, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !23, metadata !DIExpression()), !dbg !29
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 256), !dbg !30
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !20, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !21, metadata !DIExpression()), !dbg !29
  %cmp137 = icmp sgt i32 %n, 0, !dbg !31
  br i1 %cmp137, label %for.body.preheader, label %for.end, !dbg !34

for.body.preheader:                               ; preds = %entry
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !34
  %wide.trip.count = zext i32 %smax to i64, !dbg !31
  br label %for.body, !dbg !34

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %ss.038 = phi float [ 0.000000e+00, %for.body.preheader ], [ %1, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float %ss.038, metadata !21, metadata !DIExpression()), !dbg !29
  %arrayidx = getelementptr inbounds float, ptr %x, i64 %indvars.iv, !dbg !35
  %0 = load float, ptr %arrayidx, align 4, !dbg !35, !tbaa !36
  %1 = tail call float @llvm.fmuladd.f32(float %0, float %0, float %ss.038), !dbg !40
  call void @llvm.dbg.value(metadata float %1, metadata !21, metadata !DIExpression()), !dbg !29
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !41
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !24, metadata !DIExpression()), !dbg !29
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !31
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !34, !llvm.loop !42

for.end:                                          ; preds = %for.body, %entry
  %ss.0.lcssa = phi float [ 0.000000e+00, %entry ], [ %1, %for.body ], !dbg !29
  %call = tail call float @sqrtf(float noundef %ss.0.lcssa) #4, !dbg !45
  call void @llvm.dbg.value(metadata float %call, metadata !22, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !23, metadata !DIExpression()), !dbg !29
  %cmp540 = icmp sgt i32 %n, 0, !dbg !46
  br i1 %cmp540, label %for.body6.lr.ph, label %for.end19, !dbg !47

for.body6.lr.ph:                                  ; preds = %for.end
  %cmp7 = fcmp ogt float %call, 0.000000e+00
  %smax48 = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !47
  %wide.trip.count49 = zext i32 %smax48 to i64, !dbg !46
  br label %for.body6, !dbg !47

for.body6:                                        ; preds = %for.body6.lr.ph, %cond.end
  %indvars.iv45 = phi i64 [ 0, %for.body6.lr.ph ], [ %indvars.iv.next46, %cond.end ]
  %peak.041 = phi float [ 0.000000e+00, %for.body6.lr.ph ], [ %peak.1, %cond.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv45, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float %peak.041, metadata !23, metadata !DIExpression()), !dbg !29
  br i1 %cmp7, label %cond.true, label %cond.end, !dbg !48

cond.true:                                        ; preds = %for.body6
  %arrayidx9 = getelementptr inbounds float, ptr %x, i64 %indvars.iv45, !dbg !49
  %2 = load float, ptr %arrayidx9, align 4, !dbg !49, !tbaa !36
  %div = fdiv float %2, %call, !dbg !50
  br label %cond.end, !dbg !48

cond.end:                                         ; preds = %for.body6, %cond.true
  %cond = phi float [ %div, %cond.true ], [ 0.000000e+00, %for.body6 ], !dbg !48
  %arrayidx11 = getelementptr inbounds float, ptr %y, i64 %indvars.iv45, !dbg !51
  store float %cond, ptr %arrayidx11, align 4, !dbg !52, !tbaa !36
  %3 = tail call float @llvm.fabs.f32(float %cond), !dbg !53
  call void @llvm.dbg.value(metadata float %3, metadata !25, metadata !DIExpression()), !dbg !54
  %cmp14 = fcmp ogt float %3, %peak.041, !dbg !55
  %peak.1 = select i1 %cmp14, float %3, float %peak.041, !dbg !57
  call void @llvm.dbg.value(metadata float %peak.1, metadata !23, metadata !DIExpression()), !dbg !29
  %indvars.iv.next46 = add nuw nsw i64 %indvars.iv45, 1, !dbg !58
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next46, metadata !24, metadata !DIExpression()), !dbg !29
  %exitcond50.not = icmp eq i64 %indvars.iv.next46, %wide.trip.count49, !dbg !46
  br i1 %exitcond50.not, label %for.end19, label %for.body6, !dbg !47, !llvm.loop !59

for.end19:                                        ; preds = %cond.end, %for.end
  %peak.0.lcssa = phi float [ 0.000000e+00, %for.end ], [ %peak.1, %cond.end ], !dbg !29
  ret float %peak.0.lcssa, !dbg !61
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !62 float @sqrtf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind memory(write, argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/normalize.c", directory: ".", checksumkind: CSK_MD5, checksum: "245a7b57b3e2f5ef4f39541b22da80bc")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "normalize", scope: !1, file: !1, line: 7, type: !10, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !15, !16}
!12 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!16 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!17 = !{!18, !19, !20, !21, !22, !23, !24, !25}
!18 = !DILocalVariable(name: "x", arg: 1, scope: !9, file: !1, line: 7, type: !13)
!19 = !DILocalVariable(name: "y", arg: 2, scope: !9, file: !1, line: 7, type: !15)
!20 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 7, type: !16)
!21 = !DILocalVariable(name: "ss", scope: !9, file: !1, line: 9, type: !12)
!22 = !DILocalVariable(name: "norm", scope: !9, file: !1, line: 9, type: !12)
!23 = !DILocalVariable(name: "peak", scope: !9, file: !1, line: 9, type: !12)
!24 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 10, type: !16)
!25 = !DILocalVariable(name: "a", scope: !26, file: !1, line: 17, type: !12)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 16, column: 29)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 16, column: 5)
!28 = distinct !DILexicalBlock(scope: !9, file: !1, line: 16, column: 5)
!29 = !DILocation(line: 0, scope: !9)
!30 = !DILocation(line: 11, column: 9, scope: !9)
!31 = !DILocation(line: 13, column: 19, scope: !32)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 13, column: 5)
!33 = distinct !DILexicalBlock(scope: !9, file: !1, line: 13, column: 5)
!34 = !DILocation(line: 13, column: 5, scope: !33)
!35 = !DILocation(line: 14, column: 15, scope: !32)
!36 = !{!37, !37, i64 0}
!37 = !{!"float", !38, i64 0}
!38 = !{!"omnipotent char", !39, i64 0}
!39 = !{!"Simple C/C++ TBAA"}
!40 = !DILocation(line: 14, column: 12, scope: !32)
!41 = !DILocation(line: 13, column: 25, scope: !32)
!42 = distinct !{!42, !34, !43, !44}
!43 = !DILocation(line: 14, column: 25, scope: !33)
!44 = !{!"llvm.loop.unroll.disable"}
!45 = !DILocation(line: 15, column: 12, scope: !9)
!46 = !DILocation(line: 16, column: 19, scope: !27)
!47 = !DILocation(line: 16, column: 5, scope: !28)
!48 = !DILocation(line: 18, column: 16, scope: !26)
!49 = !DILocation(line: 18, column: 30, scope: !26)
!50 = !DILocation(line: 18, column: 35, scope: !26)
!51 = !DILocation(line: 18, column: 9, scope: !26)
!52 = !DILocation(line: 18, column: 14, scope: !26)
!53 = !DILocation(line: 19, column: 13, scope: !26)
!54 = !DILocation(line: 0, scope: !26)
!55 = !DILocation(line: 20, column: 15, scope: !56)
!56 = distinct !DILexicalBlock(scope: !26, file: !1, line: 20, column: 13)
!57 = !DILocation(line: 20, column: 13, scope: !26)
!58 = !DILocation(line: 16, column: 25, scope: !27)
!59 = distinct !{!59, !47, !60, !44}
!60 = !DILocation(line: 22, column: 5, scope: !28)
!61 = !DILocation(line: 23, column: 5, scope: !9)
!62 = !DISubprogram(name: "sqrtf", scope: !63, file: !63, line: 143, type: !64, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !66)
!63 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!64 = !DISubroutineType(types: !65)
!65 = !{!12, !12}
!66 = !{}
