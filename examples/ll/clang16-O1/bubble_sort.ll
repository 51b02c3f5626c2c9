; ModuleID = 'kernels/bubble_sort.c'
source_filename = "kernels/bubble_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @bubble_sort(ptr nocapture noundef %a, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %a, metadata !15, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 %n, metadata !16, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !30
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 64), !dbg !31
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !16, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !17, metadata !DIExpression()), !dbg !30
  %sub = add i32 %spec.store.select, -1
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !17, metadata !DIExpression()), !dbg !30
  %cmp154 = icmp sgt i32 %spec.store.select, 1, !dbg !32
  br i1 %cmp154, label %for.cond2.preheader, label %for.end27, !dbg !33

for.cond:                                         ; preds = %for.end
  %inc26 = add nuw nsw i32 %i.055, 1, !dbg !34
  call void @llvm.dbg.value(metadata i32 %inc26, metadata !17, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 %swaps.1.lcssa, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 %i.055, metadata !17, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !30
  %indvars.iv.next61 = add i32 %indvars.iv60, -1, !dbg !33
  %exitcond62.not = icmp eq i32 %inc26, %sub, !dbg !32
  br i1 %exitcond62.not, label %for.end27, label %for.cond2.preheader, !dbg !33, !llvm.loop !35

for.cond2.preheader:                              ; preds = %entry, %for.cond
  %indvars.iv60 = phi i32 [ %indvars.iv.next61, %for.cond ], [ %sub, %entry ]
  %swaps.056 = phi i32 [ %swaps.1.lcssa, %for.cond ], [ 0, %entry ]
  %i.055 = phi i32 [ %inc26, %for.cond ], [ 0, %entry ]
  call void @llvm.dbg.value(metadata i32 %swaps.056, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 %i.055, metadata !17, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %swaps.056, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !18, metadata !DIExpression()), !dbg !30
  %cmp549 = icmp sgt i32 %sub, %i.055, !dbg !39
  br i1 %cmp549, label %for.body6.preheader, label %for.end, !dbg !40

for.body6.preheader:                              ; preds = %for.cond2.preheader
  %wide.trip.count = zext i32 %indvars.iv60 to i64, !dbg !39
  br label %for.body6, !dbg !40

for.body6:                                        ; preds = %for.body6.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.body6.preheader ], [ %indvars.iv.next, %for.inc ]
  %swapped.052 = phi i32 [ 0, %for.body6.preheader ], [ %swapped.1, %for.inc ]
  %swaps.151 = phi i32 [ %swaps.056, %for.body6.preheader ], [ %swaps.2, %for.inc ]
  call void @llvm.dbg.value(metadata i32 %swapped.052, metadata !20, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %swaps.151, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !18, metadata !DIExpression()), !dbg !30
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %indvars.iv, !dbg !41
  %0 = load i32, ptr %arrayidx, align 4, !dbg !41, !tbaa !42
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !46
  %arrayidx8 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv.next, !dbg !47
  %1 = load i32, ptr %arrayidx8, align 4, !dbg !47, !tbaa !42
  %cmp9 = icmp sgt i32 %0, %1, !dbg !48
  br i1 %cmp9, label %if.then10, label %for.inc, !dbg !49

if.then10:                                        ; preds = %for.body6
  call void @llvm.dbg.value(metadata i32 %0, metadata !24, metadata !DIExpression()), !dbg !50
  store i32 %1, ptr %arrayidx, align 4, !dbg !51, !tbaa !42
  store i32 %0, ptr %arrayidx8, align 4, !dbg !52, !tbaa !42
  call void @llvm.dbg.value(metadata i32 1, metadata !20, metadata !DIExpression()), !dbg !38
  %inc = add nsw i32 %swaps.151, 1, !dbg !53
  call void @llvm.dbg.value(metadata i32 %inc, metadata !19, metadata !DIExpression()), !dbg !30
  br label %for.inc, !dbg !54

for.inc:                                          ; preds = %for.body6, %if.then10
  %swaps.2 = phi i32 [ %inc, %if.then10 ], [ %swaps.151, %for.body6 ], !dbg !30
  %swapped.1 = phi i32 [ 1, %if.then10 ], [ %swapped.052, %for.body6 ], !dbg !38
  call void @llvm.dbg.value(metadata i32 %swapped.1, metadata !20, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %swaps.2, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !18, metadata !DIExpression()), !dbg !30
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !39
  br i1 %exitcond.not, label %for.end, label %for.body6, !dbg !40, !llvm.loop !55

for.end:                                          ; preds = %for.inc, %for.cond2.preheader
  %swaps.1.lcssa = phi i32 [ %swaps.056, %for.cond2.preheader ], [ %swaps.2, %for.inc ], !dbg !30
  %swapped.0.lcssa = phi i32 [ 0, %for.cond2.preheader ], [ %swapped.1, %for.inc ], !dbg !38
  %tobool.not = icmp eq i32 %swapped.0.lcssa, 0, !dbg !57
  call void @llvm.dbg.value(metadata i32 %i.055, metadata !17, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !30
  br i1 %tobool.not, label %for.end27, label %for.cond

for.end27:                                        ; preds = %for.cond, %for.end, %entry
  %swaps.3 = phi i32 [ 0, %entry ], [ %swaps.1.lcssa, %for.end ], [ %swaps.1.lcssa, %for.cond ], !dbg !59
  call void @llvm.dbg.value(metadata i32 %swaps.3, metadata !19, metadata !DIExpression()), !dbg !30
  ret i32 %swaps.3, !dbg !60
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/bubble_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "802098dc49e3cba364f6bd85ebbf82be")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
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
!34 = !DILocation(line: 10, column: 29, scope: !22)
!35 = distinct !{!35, !33, !36, !37}
!36 = !DILocation(line: 23, column: 5, scope: !23)
!37 = !{!"llvm.loop.unroll.disable"}
!38 = !DILocation(line: 0, scope: !21)
!39 = !DILocation(line: 12, column: 23, scope: !28)
!40 = !DILocation(line: 12, column: 9, scope: !29)
!41 = !DILocation(line: 13, column: 17, scope: !26)
!42 = !{!43, !43, i64 0}
!43 = !{!"int", !44, i64 0}
!44 = !{!"omnipotent char", !45, i64 0}
!45 = !{!"Simple C/C++ TBAA"}
!46 = !DILocation(line: 13, column: 28, scope: !26)
!47 = !DILocation(line: 13, column: 24, scope: !26)
!48 = !DILocation(line: 13, column: 22, scope: !26)
!49 = !DILocation(line: 13, column: 17, scope: !27)
!50 = !DILocation(line: 0, scope: !25)
!51 = !DILocation(line: 15, column: 22, scope: !25)
!52 = !DILocation(line: 16, column: 26, scope: !25)
!53 = !DILocation(line: 18, column: 22, scope: !25)
!54 = !DILocation(line: 19, column: 13, scope: !25)
!55 = distinct !{!55, !40, !56, !37}
!56 = !DILocation(line: 20, column: 9, scope: !29)
!57 = !DILocation(line: 21, column: 14, scope: !58)
!58 = distinct !DILexicalBlock(scope: !21, file: !1, line: 21, column: 13)
!59 = !DILocation(line: 7, column: 15, scope: !9)
!60 = !DILocation(line: 24, column: 5, scope: !9)
