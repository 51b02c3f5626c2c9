; ModuleID = 'kernels/merge_sort.c'
source_filename = "kernels/merge_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @merge_sort(ptr nocapture noundef %a, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  %tmp = alloca [64 x i32], align 16
  call void @llvm.dbg.value(metadata ptr %a, metadata !15, metadata !DIExpression()), !dbg !31
  call void @llvm.dbg.value(metadata i32 %n, metadata !16, metadata !DIExpression()), !dbg !31
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %tmp) #5, !dbg !32
  call void @llvm.dbg.declare(metadata ptr %tmp, metadata !17, metadata !DIExpression()), !dbg !33
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 64), !dbg !34
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !16, metadata !DIExpression()), !dbg !31
  call void @llvm.dbg.value(metadata i32 1, metadata !21, metadata !DIExpression()), !dbg !31
  %cmp130 = icmp sgt i32 %spec.store.select, 1, !dbg !35
  br i1 %cmp130, label %for.cond2.preheader, label %for.end13, !dbg !36

for.cond2.preheader:                              ; preds = %entry, %for.inc11
  %width.031 = phi i32 [ %mul12, %for.inc11 ], [ 1, %entry ]
  call void @llvm.dbg.value(metadata i32 %width.031, metadata !21, metadata !DIExpression()), !dbg !31
  %sub = sub nsw i32 %spec.store.select, %width.031
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !31
  %cmp328 = icmp sgt i32 %sub, 0, !dbg !37
  br i1 %cmp328, label %for.body4.lr.ph, label %for.inc11, !dbg !38

for.body4.lr.ph:                                  ; preds = %for.cond2.preheader
  %mul = shl nsw i32 %width.031, 1
  br label %for.body4, !dbg !38

for.body4:                                        ; preds = %for.body4.lr.ph, %for.body4
  %lo.029 = phi i32 [ 0, %for.body4.lr.ph ], [ %add5, %for.body4 ]
  call void @llvm.dbg.value(metadata i32 %lo.029, metadata !22, metadata !DIExpression()), !dbg !31
  %add = add nsw i32 %lo.029, %width.031, !dbg !39
  call void @llvm.dbg.value(metadata i32 %add, metadata !23, metadata !DIExpression()), !dbg !40
  %add5 = add nsw i32 %lo.029, %mul, !dbg !41
  call void @llvm.dbg.value(metadata i32 %add5, metadata !30, metadata !DIExpression()), !dbg !40
  %spec.select = tail call i32 @llvm.smin.i32(i32 %add5, i32 %spec.store.select), !dbg !42
  call void @llvm.dbg.value(metadata i32 %spec.select, metadata !30, metadata !DIExpression()), !dbg !40
  call fastcc void @merge(ptr noundef %a, ptr noundef nonnull %tmp, i32 noundef %lo.029, i32 noundef %add, i32 noundef %spec.select), !dbg !43
  call void @llvm.dbg.value(metadata i32 %add5, metadata !22, metadata !DIExpression()), !dbg !31
  %cmp3 = icmp slt i32 %add5, %sub, !dbg !37
  br i1 %cmp3, label %for.body4, label %for.inc11, !dbg !38, !llvm.loop !44

for.inc11:                                        ; preds = %for.body4, %for.cond2.preheader
  %mul12 = shl nsw i32 %width.031, 1, !dbg !47
  call void @llvm.dbg.value(metadata i32 %mul12, metadata !21, metadata !DIExpression()), !dbg !31
  %cmp1 = icmp sgt i32 %spec.store.select, %mul12, !dbg !35
  br i1 %cmp1, label %for.cond2.preheader, label %for.end13, !dbg !36, !llvm.loop !48

for.end13:                                        ; preds = %for.inc11, %entry
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %tmp) #5, !dbg !50
  ret void, !dbg !50
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @merge(ptr nocapture noundef %a, ptr nocapture noundef %tmp, i32 noundef %lo, i32 noundef %mid, i32 noundef %hi) unnamed_addr #3 !dbg !51 {
entry:
  call void @llvm.dbg.value(metadata ptr %a, metadata !55, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata ptr %tmp, metadata !56, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %lo, metadata !57, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %mid, metadata !58, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %hi, metadata !59, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %lo, metadata !60, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %mid, metadata !61, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %lo, metadata !62, metadata !DIExpression()), !dbg !63
  %cmp74 = icmp slt i32 %lo, %mid, !dbg !64
  %cmp175 = icmp slt i32 %mid, %hi, !dbg !65
  %0 = and i1 %cmp74, %cmp175, !dbg !65
  br i1 %0, label %while.body.preheader, label %while.cond16.preheader, !dbg !66

while.body.preheader:                             ; preds = %entry
  %1 = sext i32 %lo to i64, !dbg !66
  br label %while.body, !dbg !66

while.cond16.preheader.loopexit:                  ; preds = %while.body
  %2 = trunc i64 %indvars.iv.next to i32, !dbg !67
  br label %while.cond16.preheader, !dbg !67

while.cond16.preheader:                           ; preds = %while.cond16.preheader.loopexit, %entry
  %i.0.lcssa = phi i32 [ %lo, %entry ], [ %i.1, %while.cond16.preheader.loopexit ], !dbg !63
  %j.0.lcssa = phi i32 [ %mid, %entry ], [ %j.1, %while.cond16.preheader.loopexit ], !dbg !68
  %k.0.lcssa = phi i32 [ %lo, %entry ], [ %2, %while.cond16.preheader.loopexit ], !dbg !63
  call void @llvm.dbg.value(metadata i32 %k.0.lcssa, metadata !62, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %i.0.lcssa, metadata !60, metadata !DIExpression()), !dbg !63
  %cmp1781 = icmp slt i32 %i.0.lcssa, %mid, !dbg !67
  br i1 %cmp1781, label %while.body18.preheader, label %while.cond26.preheader, !dbg !69

while.body18.preheader:                           ; preds = %while.cond16.preheader
  %3 = sext i32 %k.0.lcssa to i64, !dbg !69
  %4 = sext i32 %i.0.lcssa to i64, !dbg !69
  %wide.trip.count = sext i32 %mid to i64, !dbg !67
  br label %while.body18, !dbg !69

while.body:                                       ; preds = %while.body.preheader, %while.body
  %indvars.iv = phi i64 [ %1, %while.body.preheader ], [ %indvars.iv.next, %while.body ]
  %j.077 = phi i32 [ %mid, %while.body.preheader ], [ %j.1, %while.body ]
  %i.076 = phi i32 [ %lo, %while.body.preheader ], [ %i.1, %while.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !62, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %j.077, metadata !61, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %i.076, metadata !60, metadata !DIExpression()), !dbg !63
  %idxprom = sext i32 %i.076 to i64, !dbg !70
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %idxprom, !dbg !70
  %5 = load i32, ptr %arrayidx, align 4, !dbg !70, !tbaa !73
  %idxprom2 = sext i32 %j.077 to i64, !dbg !77
  %arrayidx3 = getelementptr inbounds i32, ptr %a, i64 %idxprom2, !dbg !77
  %6 = load i32, ptr %arrayidx3, align 4, !dbg !77, !tbaa !73
  %cmp4.not = icmp sle i32 %5, %6, !dbg !78
  %arrayidx15 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv, !dbg !79
  %.sink = tail call i32 @llvm.smin.i32(i32 %5, i32 %6), !dbg !80
  %inc = zext i1 %cmp4.not to i32, !dbg !80
  %i.1 = add nsw i32 %i.076, %inc, !dbg !80
  %not.cmp4.not = xor i1 %cmp4.not, true, !dbg !80
  %inc10 = zext i1 %not.cmp4.not to i32, !dbg !80
  %j.1 = add nsw i32 %j.077, %inc10, !dbg !80
  store i32 %.sink, ptr %arrayidx15, align 4, !dbg !79, !tbaa !73
  %indvars.iv.next = add i64 %indvars.iv, 1, !dbg !79
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !62, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %j.1, metadata !61, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %i.1, metadata !60, metadata !DIExpression()), !dbg !63
  %cmp = icmp slt i32 %i.1, %mid, !dbg !64
  %cmp1 = icmp slt i32 %j.1, %hi, !dbg !65
  %7 = select i1 %cmp, i1 %cmp1, i1 false, !dbg !65
  br i1 %7, label %while.body, label %while.cond16.preheader.loopexit, !dbg !66, !llvm.loop !81

while.cond26.preheader.loopexit:                  ; preds = %while.body18
  %8 = trunc i64 %indvars.iv.next93 to i32, !dbg !83
  br label %while.cond26.preheader, !dbg !83

while.cond26.preheader:                           ; preds = %while.cond26.preheader.loopexit, %while.cond16.preheader
  %k.2.lcssa = phi i32 [ %k.0.lcssa, %while.cond16.preheader ], [ %8, %while.cond26.preheader.loopexit ], !dbg !63
  call void @llvm.dbg.value(metadata i32 %k.2.lcssa, metadata !62, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i32 %j.0.lcssa, metadata !61, metadata !DIExpression()), !dbg !63
  %cmp2785 = icmp slt i32 %j.0.lcssa, %hi, !dbg !83
  br i1 %cmp2785, label %while.body28.preheader, label %for.cond.preheader, !dbg !84

while.body28.preheader:                           ; preds = %while.cond26.preheader
  %9 = sext i32 %k.2.lcssa to i64, !dbg !84
  %10 = sext i32 %j.0.lcssa to i64, !dbg !84
  %wide.trip.count107 = sext i32 %hi to i64, !dbg !83
  br label %while.body28, !dbg !84

while.body18:                                     ; preds = %while.body18.preheader, %while.body18
  %indvars.iv94 = phi i64 [ %4, %while.body18.preheader ], [ %indvars.iv.next95, %while.body18 ]
  %indvars.iv92 = phi i64 [ %3, %while.body18.preheader ], [ %indvars.iv.next93, %while.body18 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv92, metadata !62, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i64 %indvars.iv94, metadata !60, metadata !DIExpression()), !dbg !63
  %indvars.iv.next95 = add nsw i64 %indvars.iv94, 1, !dbg !85
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next95, metadata !60, metadata !DIExpression()), !dbg !63
  %arrayidx21 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv94, !dbg !86
  %11 = load i32, ptr %arrayidx21, align 4, !dbg !86, !tbaa !73
  %indvars.iv.next93 = add nsw i64 %indvars.iv92, 1, !dbg !87
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next93, metadata !62, metadata !DIExpression()), !dbg !63
  %arrayidx24 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv92, !dbg !88
  store i32 %11, ptr %arrayidx24, align 4, !dbg !89, !tbaa !73
  %exitcond.not = icmp eq i64 %indvars.iv.next95, %wide.trip.count, !dbg !67
  br i1 %exitcond.not, label %while.cond26.preheader.loopexit, label %while.body18, !dbg !69, !llvm.loop !90

for.cond.preheader:                               ; preds = %while.body28, %while.cond26.preheader
  call void @llvm.dbg.value(metadata i32 %lo, metadata !62, metadata !DIExpression()), !dbg !63
  %cmp3688 = icmp slt i32 %lo, %hi, !dbg !92
  br i1 %cmp3688, label %for.body.preheader, label %for.end, !dbg !95

for.body.preheader:                               ; preds = %for.cond.preheader
  %12 = sext i32 %lo to i64, !dbg !95
  %wide.trip.count113 = sext i32 %hi to i64, !dbg !92
  br label %for.body, !dbg !95

while.body28:                                     ; preds = %while.body28.preheader, %while.body28
  %indvars.iv102 = phi i64 [ %10, %while.body28.preheader ], [ %indvars.iv.next103, %while.body28 ]
  %indvars.iv100 = phi i64 [ %9, %while.body28.preheader ], [ %indvars.iv.next101, %while.body28 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv100, metadata !62, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata i64 %indvars.iv102, metadata !61, metadata !DIExpression()), !dbg !63
  %indvars.iv.next103 = add nsw i64 %indvars.iv102, 1, !dbg !96
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next103, metadata !61, metadata !DIExpression()), !dbg !63
  %arrayidx31 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv102, !dbg !97
  %13 = load i32, ptr %arrayidx31, align 4, !dbg !97, !tbaa !73
  %indvars.iv.next101 = add nsw i64 %indvars.iv100, 1, !dbg !98
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next101, metadata !62, metadata !DIExpression()), !dbg !63
  %arrayidx34 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv100, !dbg !99
  store i32 %13, ptr %arrayidx34, align 4, !dbg !100, !tbaa !73
  %exitcond108.not = icmp eq i64 %indvars.iv.next103, %wide.trip.count107, !dbg !83
  br i1 %exitcond108.not, label %for.cond.preheader, label %while.body28, !dbg !84, !llvm.loop !101

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv110 = phi i64 [ %12, %for.body.preheader ], [ %indvars.iv.next111, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv110, metadata !62, metadata !DIExpression()), !dbg !63
  %arrayidx38 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv110, !dbg !103
  %14 = load i32, ptr %arrayidx38, align 4, !dbg !103, !tbaa !73
  %arrayidx40 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv110, !dbg !104
  store i32 %14, ptr %arrayidx40, align 4, !dbg !105, !tbaa !73
  %indvars.iv.next111 = add nsw i64 %indvars.iv110, 1, !dbg !106
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next111, metadata !62, metadata !DIExpression()), !dbg !63
  %exitcond114.not = icmp eq i64 %indvars.iv.next111, %wide.trip.count113, !dbg !92
  br i1 %exitcond114.not, label %for.end, label %for.body, !dbg !95, !llvm.loop !107

for.end:                                          ; preds = %for.body, %for.cond.preheader
  ret void, !dbg !109
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #4

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/merge_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "86b7279715039d96581e6c450bf273ea")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
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
!42 = !DILocation(line: 33, column: 17, scope: !24)
!43 = !DILocation(line: 35, column: 13, scope: !24)
!44 = distinct !{!44, !38, !45, !46}
!45 = !DILocation(line: 36, column: 9, scope: !26)
!46 = !{!"llvm.loop.unroll.disable"}
!47 = !DILocation(line: 29, column: 38, scope: !28)
!48 = distinct !{!48, !36, !49, !46}
!49 = !DILocation(line: 37, column: 5, scope: !29)
!50 = !DILocation(line: 38, column: 1, scope: !9)
!51 = distinct !DISubprogram(name: "merge", scope: !1, file: !1, line: 6, type: !52, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !54)
!52 = !DISubroutineType(types: !53)
!53 = !{null, !12, !12, !13, !13, !13}
!54 = !{!55, !56, !57, !58, !59, !60, !61, !62}
!55 = !DILocalVariable(name: "a", arg: 1, scope: !51, file: !1, line: 6, type: !12)
!56 = !DILocalVariable(name: "tmp", arg: 2, scope: !51, file: !1, line: 6, type: !12)
!57 = !DILocalVariable(name: "lo", arg: 3, scope: !51, file: !1, line: 6, type: !13)
!58 = !DILocalVariable(name: "mid", arg: 4, scope: !51, file: !1, line: 6, type: !13)
!59 = !DILocalVariable(name: "hi", arg: 5, scope: !51, file: !1, line: 6, type: !13)
!60 = !DILocalVariable(name: "i", scope: !51, file: !1, line: 8, type: !13)
!61 = !DILocalVariable(name: "j", scope: !51, file: !1, line: 8, type: !13)
!62 = !DILocalVariable(name: "k", scope: !51, file: !1, line: 8, type: !13)
!63 = !DILocation(line: 0, scope: !51)
!64 = !DILocation(line: 9, column: 14, scope: !51)
!65 = !DILocation(line: 9, column: 20, scope: !51)
!66 = !DILocation(line: 9, column: 5, scope: !51)
!67 = !DILocation(line: 15, column: 14, scope: !51)
!68 = !DILocation(line: 8, column: 17, scope: !51)
!69 = !DILocation(line: 15, column: 5, scope: !51)
!70 = !DILocation(line: 10, column: 13, scope: !71)
!71 = distinct !DILexicalBlock(scope: !72, file: !1, line: 10, column: 13)
!72 = distinct !DILexicalBlock(scope: !51, file: !1, line: 9, column: 31)
!73 = !{!74, !74, i64 0}
!74 = !{!"int", !75, i64 0}
!75 = !{!"omnipotent char", !76, i64 0}
!76 = !{!"Simple C/C++ TBAA"}
!77 = !DILocation(line: 10, column: 21, scope: !71)
!78 = !DILocation(line: 10, column: 18, scope: !71)
!79 = !DILocation(line: 0, scope: !71)
!80 = !DILocation(line: 10, column: 13, scope: !72)
!81 = distinct !{!81, !66, !82, !46}
!82 = !DILocation(line: 14, column: 5, scope: !51)
!83 = !DILocation(line: 17, column: 14, scope: !51)
!84 = !DILocation(line: 17, column: 5, scope: !51)
!85 = !DILocation(line: 16, column: 23, scope: !51)
!86 = !DILocation(line: 16, column: 20, scope: !51)
!87 = !DILocation(line: 16, column: 14, scope: !51)
!88 = !DILocation(line: 16, column: 9, scope: !51)
!89 = !DILocation(line: 16, column: 18, scope: !51)
!90 = distinct !{!90, !69, !91, !46}
!91 = !DILocation(line: 16, column: 25, scope: !51)
!92 = !DILocation(line: 19, column: 20, scope: !93)
!93 = distinct !DILexicalBlock(scope: !94, file: !1, line: 19, column: 5)
!94 = distinct !DILexicalBlock(scope: !51, file: !1, line: 19, column: 5)
!95 = !DILocation(line: 19, column: 5, scope: !94)
!96 = !DILocation(line: 18, column: 23, scope: !51)
!97 = !DILocation(line: 18, column: 20, scope: !51)
!98 = !DILocation(line: 18, column: 14, scope: !51)
!99 = !DILocation(line: 18, column: 9, scope: !51)
!100 = !DILocation(line: 18, column: 18, scope: !51)
!101 = distinct !{!101, !84, !102, !46}
!102 = !DILocation(line: 18, column: 25, scope: !51)
!103 = !DILocation(line: 20, column: 16, scope: !93)
!104 = !DILocation(line: 20, column: 9, scope: !93)
!105 = !DILocation(line: 20, column: 14, scope: !93)
!106 = !DILocation(line: 19, column: 27, scope: !93)
!107 = distinct !{!107, !95, !108, !46}
!108 = !DILocation(line: 20, column: 21, scope: !94)
!109 = !DILocation(line: 21, column: 1, scope: !51)
