; ModuleID = 'kernels/stencil2d.c'
source_filename = "kernels/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @stencil2d(ptr nocapture noundef readonly %in, ptr nocapture noundef writeonly %out) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %in, metadata !18, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata ptr %out, metadata !19, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !23
  br label %for.cond1.preheader, !dbg !24

for.cond1.preheader:                              ; preds = %entry, %for.inc46
  %indvars.iv84 = phi i64 [ 0, %entry ], [ %indvars.iv.next85, %for.inc46 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv84, metadata !20, metadata !DIExpression()), !dbg !23
  %cmp4 = icmp eq i64 %indvars.iv84, 0
  %cmp7 = icmp eq i64 %indvars.iv84, 31
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !23
  %0 = add nsw i64 %indvars.iv84, -1
  %indvars.iv.next85 = add nuw nsw i64 %indvars.iv84, 1, !dbg !26
  br label %for.body3, !dbg !28

for.body3:                                        ; preds = %for.cond1.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next, %for.inc ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !22, metadata !DIExpression()), !dbg !23
  %cmp5 = icmp eq i64 %indvars.iv, 0
  %or.cond = select i1 %cmp4, i1 true, i1 %cmp5, !dbg !31
  %or.cond49 = or i1 %cmp7, %or.cond, !dbg !31
  %cmp9 = icmp eq i64 %indvars.iv, 31
  %or.cond50 = select i1 %or.cond49, i1 true, i1 %cmp9, !dbg !31
  %arrayidx11 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv84, i64 %indvars.iv, !dbg !35
  %1 = load float, ptr %arrayidx11, align 4, !dbg !35, !tbaa !36
  br i1 %or.cond50, label %for.inc, label %if.else, !dbg !31

if.else:                                          ; preds = %for.body3
  %arrayidx23 = getelementptr inbounds [32 x float], ptr %in, i64 %0, i64 %indvars.iv, !dbg !40
  %2 = load float, ptr %arrayidx23, align 4, !dbg !40, !tbaa !36
  %arrayidx27 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv.next85, i64 %indvars.iv, !dbg !41
  %3 = load float, ptr %arrayidx27, align 4, !dbg !41, !tbaa !36
  %add28 = fadd float %2, %3, !dbg !42
  %4 = add nsw i64 %indvars.iv, -1, !dbg !43
  %arrayidx33 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv84, i64 %4, !dbg !44
  %5 = load float, ptr %arrayidx33, align 4, !dbg !44, !tbaa !36
  %add34 = fadd float %add28, %5, !dbg !45
  %6 = add nuw nsw i64 %indvars.iv, 1, !dbg !46
  %arrayidx39 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv84, i64 %6, !dbg !47
  %7 = load float, ptr %arrayidx39, align 4, !dbg !47, !tbaa !36
  %add40 = fadd float %add34, %7, !dbg !48
  %mul41 = fmul float %add40, 1.250000e-01, !dbg !49
  %8 = tail call float @llvm.fmuladd.f32(float %1, float 5.000000e-01, float %mul41), !dbg !50
  br label %for.inc

for.inc:                                          ; preds = %for.body3, %if.else
  %.sink = phi float [ %8, %if.else ], [ %1, %for.body3 ]
  %arrayidx15 = getelementptr inbounds [32 x float], ptr %out, i64 %indvars.iv84, i64 %indvars.iv, !dbg !35
  store float %.sink, ptr %arrayidx15, align 4, !dbg !35, !tbaa !36
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !51
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !22, metadata !DIExpression()), !dbg !23
  %exitcond.not = icmp eq i64 %indvars.iv.next, 32, !dbg !52
  br i1 %exitcond.not, label %for.inc46, label %for.body3, !dbg !28, !llvm.loop !53

for.inc46:                                        ; preds = %for.inc
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next85, metadata !20, metadata !DIExpression()), !dbg !23
  %exitcond88.not = icmp eq i64 %indvars.iv.next85, 32, !dbg !56
  br i1 %exitcond88.not, label %for.end48, label %for.cond1.preheader, !dbg !24, !llvm.loop !57

for.end48:                                        ; preds = %for.inc46
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
!1 = !DIFile(filename: "kernels/stencil2d.c", directory: ".", checksumkind: CSK_MD5, checksum: "49ee1dd2bd488e26d75fcd864dfbc55f")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "stencil2d", scope: !1, file: !1, line: 6, type: !10, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !12}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 1024, elements: !15)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !{!16}
!16 = !DISubrange(count: 32)
!17 = !{!18, !19, !20, !22}
!18 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 6, type: !12)
!19 = !DILocalVariable(name: "out", arg: 2, scope: !9, file: !1, line: 6, type: !12)
!20 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 8, type: !21)
!21 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!22 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 8, type: !21)
!23 = !DILocation(line: 0, scope: !9)
!24 = !DILocation(line: 9, column: 5, scope: !25)
!25 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!26 = !DILocation(line: 9, column: 25, scope: !27)
!27 = distinct !DILexicalBlock(scope: !25, file: !1, line: 9, column: 5)
!28 = !DILocation(line: 10, column: 9, scope: !29)
!29 = distinct !DILexicalBlock(scope: !30, file: !1, line: 10, column: 9)
!30 = distinct !DILexicalBlock(scope: !27, file: !1, line: 9, column: 29)
!31 = !DILocation(line: 11, column: 24, scope: !32)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 11, column: 17)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 10, column: 33)
!34 = distinct !DILexicalBlock(scope: !29, file: !1, line: 10, column: 9)
!35 = !DILocation(line: 0, scope: !32)
!36 = !{!37, !37, i64 0}
!37 = !{!"float", !38, i64 0}
!38 = !{!"omnipotent char", !39, i64 0}
!39 = !{!"Simple C/C++ TBAA"}
!40 = !DILocation(line: 15, column: 39, scope: !32)
!41 = !DILocation(line: 15, column: 54, scope: !32)
!42 = !DILocation(line: 15, column: 52, scope: !32)
!43 = !DILocation(line: 16, column: 49, scope: !32)
!44 = !DILocation(line: 16, column: 41, scope: !32)
!45 = !DILocation(line: 16, column: 39, scope: !32)
!46 = !DILocation(line: 16, column: 64, scope: !32)
!47 = !DILocation(line: 16, column: 56, scope: !32)
!48 = !DILocation(line: 16, column: 54, scope: !32)
!49 = !DILocation(line: 15, column: 36, scope: !32)
!50 = !DILocation(line: 15, column: 27, scope: !32)
!51 = !DILocation(line: 10, column: 29, scope: !34)
!52 = !DILocation(line: 10, column: 23, scope: !34)
!53 = distinct !{!53, !28, !54, !55}
!54 = !DILocation(line: 17, column: 9, scope: !29)
!55 = !{!"llvm.loop.unroll.disable"}
!56 = !DILocation(line: 9, column: 19, scope: !27)
!57 = distinct !{!57, !24, !58, !55}
!58 = !DILocation(line: 18, column: 5, scope: !25)
!59 = !DILocation(line: 19, column: 1, scope: !9)
