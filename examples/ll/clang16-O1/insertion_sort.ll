; ModuleID = 'kernels/insertion_sort.c'
source_filename = "kernels/insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @insertion_sort(ptr nocapture noundef %a, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %a, metadata !16, metadata !DIExpression()), !dbg !24
  call void @llvm.dbg.value(metadata i32 %n, metadata !17, metadata !DIExpression()), !dbg !24
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 128), !dbg !25
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !17, metadata !DIExpression()), !dbg !24
  call void @llvm.dbg.value(metadata i32 1, metadata !18, metadata !DIExpression()), !dbg !24
  %cmp130 = icmp sgt i32 %spec.store.select, 1, !dbg !26
  br i1 %cmp130, label %for.body.preheader, label %for.end, !dbg !27

for.body.preheader:                               ; preds = %entry
  %wide.trip.count = zext i32 %spec.store.select to i64, !dbg !26
  br label %for.body, !dbg !27

for.body:                                         ; preds = %for.body.preheader, %while.end
  %indvars.iv = phi i64 [ 1, %for.body.preheader ], [ %indvars.iv.next, %while.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !18, metadata !DIExpression()), !dbg !24
  %arrayidx = getelementptr inbounds float, ptr %a, i64 %indvars.iv, !dbg !28
  %0 = load float, ptr %arrayidx, align 4, !dbg !28, !tbaa !29
  call void @llvm.dbg.value(metadata float %0, metadata !20, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  br label %land.rhs, !dbg !34

land.rhs:                                         ; preds = %for.body, %while.body
  %indvars.iv32 = phi i64 [ %indvars.iv, %for.body ], [ %indvars.iv.next33, %while.body ]
  %indvars.iv.next33 = add nsw i64 %indvars.iv32, -1, !dbg !33
  %idxprom3 = and i64 %indvars.iv.next33, 4294967295
  %arrayidx4 = getelementptr inbounds float, ptr %a, i64 %idxprom3, !dbg !35
  %1 = load float, ptr %arrayidx4, align 4, !dbg !35, !tbaa !29
  %cmp5 = fcmp ogt float %1, %0, !dbg !36
  br i1 %cmp5, label %while.body, label %while.end, !dbg !37

while.body:                                       ; preds = %land.rhs
  %arrayidx9 = getelementptr inbounds float, ptr %a, i64 %indvars.iv32, !dbg !38
  store float %1, ptr %arrayidx9, align 4, !dbg !40, !tbaa !29
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next33, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next33, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  %cmp2 = icmp sgt i64 %indvars.iv32, 1, !dbg !41
  br i1 %cmp2, label %land.rhs, label %while.end, !dbg !34, !llvm.loop !42

while.end:                                        ; preds = %while.body, %land.rhs
  %j.0.in.lcssa = phi i64 [ 0, %while.body ], [ %indvars.iv32, %land.rhs ]
  %sext = shl i64 %j.0.in.lcssa, 32, !dbg !45
  %idxprom11 = ashr exact i64 %sext, 32, !dbg !45
  %arrayidx12 = getelementptr inbounds float, ptr %a, i64 %idxprom11, !dbg !45
  store float %0, ptr %arrayidx12, align 4, !dbg !46, !tbaa !29
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !47
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !18, metadata !DIExpression()), !dbg !24
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !26
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !27, !llvm.loop !48

for.end:                                          ; preds = %while.end, %entry
  ret void, !dbg !50
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
!1 = !DIFile(filename: "kernels/insertion_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "1df4491c17704f1ae9526121cd9e6767")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "insertion_sort", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !15)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !14}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16, !17, !18, !19, !20}
!16 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !12)
!17 = !DILocalVariable(name: "n", arg: 2, scope: !9, file: !1, line: 4, type: !14)
!18 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !14)
!19 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 6, type: !14)
!20 = !DILocalVariable(name: "key", scope: !21, file: !1, line: 10, type: !13)
!21 = distinct !DILexicalBlock(scope: !22, file: !1, line: 9, column: 29)
!22 = distinct !DILexicalBlock(scope: !23, file: !1, line: 9, column: 5)
!23 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!24 = !DILocation(line: 0, scope: !9)
!25 = !DILocation(line: 7, column: 9, scope: !9)
!26 = !DILocation(line: 9, column: 19, scope: !22)
!27 = !DILocation(line: 9, column: 5, scope: !23)
!28 = !DILocation(line: 10, column: 21, scope: !21)
!29 = !{!30, !30, i64 0}
!30 = !{!"float", !31, i64 0}
!31 = !{!"omnipotent char", !32, i64 0}
!32 = !{!"Simple C/C++ TBAA"}
!33 = !DILocation(line: 0, scope: !21)
!34 = !DILocation(line: 12, column: 23, scope: !21)
!35 = !DILocation(line: 12, column: 26, scope: !21)
!36 = !DILocation(line: 12, column: 31, scope: !21)
!37 = !DILocation(line: 12, column: 9, scope: !21)
!38 = !DILocation(line: 13, column: 13, scope: !39)
!39 = distinct !DILexicalBlock(scope: !21, file: !1, line: 12, column: 38)
!40 = !DILocation(line: 13, column: 22, scope: !39)
!41 = !DILocation(line: 12, column: 18, scope: !21)
!42 = distinct !{!42, !37, !43, !44}
!43 = !DILocation(line: 15, column: 9, scope: !21)
!44 = !{!"llvm.loop.unroll.disable"}
!45 = !DILocation(line: 16, column: 9, scope: !21)
!46 = !DILocation(line: 16, column: 18, scope: !21)
!47 = !DILocation(line: 9, column: 25, scope: !22)
!48 = distinct !{!48, !27, !49, !44}
!49 = !DILocation(line: 17, column: 5, scope: !23)
!50 = !DILocation(line: 18, column: 1, scope: !9)
