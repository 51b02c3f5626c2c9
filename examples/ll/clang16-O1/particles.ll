; ModuleID = 'kernels/particles.c'
source_filename = "kernels/particles.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.particle = type { float, float, i32 }

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @particles(ptr nocapture noundef %p, i32 noundef %n, float noundef %dt) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %p, metadata !22, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata i32 %n, metadata !23, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata float %dt, metadata !24, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata i32 poison, metadata !23, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !26
  %cmp148 = icmp sgt i32 %n, 0, !dbg !27
  br i1 %cmp148, label %for.body.preheader, label %for.end, !dbg !30

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 256), !dbg !31
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !23, metadata !DIExpression()), !dbg !26
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !30
  %wide.trip.count = zext i32 %smax to i64, !dbg !27
  br label %for.body, !dbg !30

for.body:                                         ; preds = %for.body.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.inc ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !25, metadata !DIExpression()), !dbg !26
  %arrayidx = getelementptr inbounds %struct.particle, ptr %p, i64 %indvars.iv, !dbg !32
  %v = getelementptr inbounds %struct.particle, ptr %p, i64 %indvars.iv, i32 1, !dbg !34
  %0 = load float, ptr %v, align 4, !dbg !35, !tbaa !36
  %1 = tail call float @llvm.fmuladd.f32(float %dt, float 0xC0239EB860000000, float %0), !dbg !35
  store float %1, ptr %v, align 4, !dbg !35, !tbaa !36
  %2 = load float, ptr %arrayidx, align 4, !dbg !42, !tbaa !43
  %3 = tail call float @llvm.fmuladd.f32(float %1, float %dt, float %2), !dbg !42
  store float %3, ptr %arrayidx, align 4, !dbg !42, !tbaa !43
  %cmp10 = fcmp olt float %3, 0.000000e+00, !dbg !44
  br i1 %cmp10, label %if.then11, label %for.inc, !dbg !46

if.then11:                                        ; preds = %for.body
  %fneg = fneg float %3, !dbg !47
  store float %fneg, ptr %arrayidx, align 4, !dbg !49, !tbaa !43
  %mul = fmul float %1, 0xBFECCCCCC0000000, !dbg !50
  store float %mul, ptr %v, align 4, !dbg !51, !tbaa !36
  %bounces = getelementptr inbounds %struct.particle, ptr %p, i64 %indvars.iv, i32 2, !dbg !52
  %4 = load i32, ptr %bounces, align 4, !dbg !53, !tbaa !54
  %inc = add i32 %4, 1, !dbg !53
  store i32 %inc, ptr %bounces, align 4, !dbg !53, !tbaa !54
  br label %for.inc, !dbg !55

for.inc:                                          ; preds = %for.body, %if.then11
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !56
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !25, metadata !DIExpression()), !dbg !26
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !27
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !30, !llvm.loop !57

for.end:                                          ; preds = %for.inc, %entry
  ret void, !dbg !60
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/particles.c", directory: ".", checksumkind: CSK_MD5, checksum: "44a5f4db6dbb1d051617231ffc200432")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "particles", scope: !1, file: !1, line: 12, type: !10, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !20, !16}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "particle", file: !1, line: 6, size: 96, elements: !14)
!14 = !{!15, !17, !18}
!15 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !13, file: !1, line: 7, baseType: !16, size: 32)
!16 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!17 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !13, file: !1, line: 8, baseType: !16, size: 32, offset: 32)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "bounces", scope: !13, file: !1, line: 9, baseType: !19, size: 32, offset: 64)
!19 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!20 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!21 = !{!22, !23, !24, !25}
!22 = !DILocalVariable(name: "p", arg: 1, scope: !9, file: !1, line: 12, type: !12)
!23 = !DILocalVariable(name: "n", arg: 2, scope: !9, file: !1, line: 12, type: !20)
!24 = !DILocalVariable(name: "dt", arg: 3, scope: !9, file: !1, line: 12, type: !16)
!25 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 14, type: !20)
!26 = !DILocation(line: 0, scope: !9)
!27 = !DILocation(line: 17, column: 19, scope: !28)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 17, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 17, column: 5)
!30 = !DILocation(line: 17, column: 5, scope: !29)
!31 = !DILocation(line: 15, column: 9, scope: !9)
!32 = !DILocation(line: 18, column: 9, scope: !33)
!33 = distinct !DILexicalBlock(scope: !28, file: !1, line: 17, column: 29)
!34 = !DILocation(line: 18, column: 14, scope: !33)
!35 = !DILocation(line: 18, column: 16, scope: !33)
!36 = !{!37, !38, i64 4}
!37 = !{!"particle", !38, i64 0, !38, i64 4, !41, i64 8}
!38 = !{!"float", !39, i64 0}
!39 = !{!"omnipotent char", !40, i64 0}
!40 = !{!"Simple C/C++ TBAA"}
!41 = !{!"int", !39, i64 0}
!42 = !DILocation(line: 19, column: 16, scope: !33)
!43 = !{!37, !38, i64 0}
!44 = !DILocation(line: 20, column: 20, scope: !45)
!45 = distinct !DILexicalBlock(scope: !33, file: !1, line: 20, column: 13)
!46 = !DILocation(line: 20, column: 13, scope: !33)
!47 = !DILocation(line: 21, column: 22, scope: !48)
!48 = distinct !DILexicalBlock(scope: !45, file: !1, line: 20, column: 28)
!49 = !DILocation(line: 21, column: 20, scope: !48)
!50 = !DILocation(line: 22, column: 28, scope: !48)
!51 = !DILocation(line: 22, column: 20, scope: !48)
!52 = !DILocation(line: 23, column: 18, scope: !48)
!53 = !DILocation(line: 23, column: 25, scope: !48)
!54 = !{!37, !41, i64 8}
!55 = !DILocation(line: 24, column: 9, scope: !48)
!56 = !DILocation(line: 17, column: 25, scope: !28)
!57 = distinct !{!57, !30, !58, !59}
!58 = !DILocation(line: 25, column: 5, scope: !29)
!59 = !{!"llvm.loop.unroll.disable"}
!60 = !DILocation(line: 26, column: 1, scope: !9)
