; ModuleID = 'kernels/bfs.c'
source_filename = "kernels/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @bfs(ptr nocapture noundef readonly %row_ptr, ptr nocapture noundef readonly %cols, i32 noundef %src, ptr nocapture noundef %level) local_unnamed_addr #0 !dbg !11 {
entry:
  %queue = alloca [16 x i32], align 16
  %visited = alloca [16 x i32], align 16
  call void @llvm.dbg.value(metadata ptr %row_ptr, metadata !19, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata ptr %cols, metadata !20, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %src, metadata !21, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata ptr %level, metadata !22, metadata !DIExpression()), !dbg !39
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %queue) #5, !dbg !40
  call void @llvm.dbg.declare(metadata ptr %queue, metadata !23, metadata !DIExpression()), !dbg !41
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %visited) #5, !dbg !42
  call void @llvm.dbg.declare(metadata ptr %visited, metadata !27, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !39
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %visited, i8 0, i64 64, i1 false), !dbg !44, !tbaa !48
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %level, i8 -1, i64 64, i1 false), !dbg !52, !tbaa !48
  call void @llvm.dbg.value(metadata i64 poison, metadata !30, metadata !DIExpression()), !dbg !39
  %and = and i32 %src, 15, !dbg !53
  call void @llvm.dbg.value(metadata i32 %and, metadata !21, metadata !DIExpression()), !dbg !39
  %idxprom3 = zext i32 %and to i64
  %arrayidx4 = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom3, !dbg !54
  store i32 1, ptr %arrayidx4, align 4, !dbg !55, !tbaa !48
  %arrayidx6 = getelementptr inbounds i32, ptr %level, i64 %idxprom3, !dbg !56
  store i32 0, ptr %arrayidx6, align 4, !dbg !57, !tbaa !48
  call void @llvm.dbg.value(metadata i32 1, metadata !29, metadata !DIExpression()), !dbg !39
  store i32 %and, ptr %queue, align 16, !dbg !58, !tbaa !48
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 1, metadata !29, metadata !DIExpression()), !dbg !39
  br label %while.body, !dbg !59

while.cond.loopexit:                              ; preds = %if.end, %while.body
  %tail.1.lcssa = phi i32 [ %tail.066, %while.body ], [ %tail.2, %if.end ], !dbg !60
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next71, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %tail.1.lcssa, metadata !29, metadata !DIExpression()), !dbg !39
  %0 = sext i32 %tail.1.lcssa to i64, !dbg !61
  %cmp10 = icmp slt i64 %indvars.iv.next71, %0, !dbg !61
  br i1 %cmp10, label %while.body, label %while.end, !dbg !59, !llvm.loop !62

while.body:                                       ; preds = %entry, %while.cond.loopexit
  %indvars.iv70 = phi i64 [ 0, %entry ], [ %indvars.iv.next71, %while.cond.loopexit ]
  %tail.066 = phi i32 [ 1, %entry ], [ %tail.1.lcssa, %while.cond.loopexit ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv70, metadata !28, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %tail.066, metadata !29, metadata !DIExpression()), !dbg !39
  %indvars.iv.next71 = add nuw nsw i64 %indvars.iv70, 1, !dbg !65
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next71, metadata !28, metadata !DIExpression()), !dbg !39
  %arrayidx13 = getelementptr inbounds [16 x i32], ptr %queue, i64 0, i64 %indvars.iv70, !dbg !66
  %1 = load i32, ptr %arrayidx13, align 4, !dbg !66, !tbaa !48
  call void @llvm.dbg.value(metadata i32 %1, metadata !31, metadata !DIExpression()), !dbg !67
  %idxprom14 = sext i32 %1 to i64, !dbg !68
  %arrayidx15 = getelementptr inbounds i32, ptr %row_ptr, i64 %idxprom14, !dbg !68
  %2 = load i32, ptr %arrayidx15, align 4, !dbg !68, !tbaa !48
  call void @llvm.dbg.value(metadata i32 %2, metadata !69, metadata !DIExpression()), !dbg !75
  call void @llvm.dbg.value(metadata i32 %2, metadata !74, metadata !DIExpression()), !dbg !75
  %cond.i = tail call i32 @llvm.umin.i32(i32 %2, i32 64), !dbg !77
  call void @llvm.dbg.value(metadata i32 %cond.i, metadata !33, metadata !DIExpression()), !dbg !67
  %add = add nsw i32 %1, 1, !dbg !78
  %idxprom16 = sext i32 %add to i64, !dbg !79
  %arrayidx17 = getelementptr inbounds i32, ptr %row_ptr, i64 %idxprom16, !dbg !79
  %3 = load i32, ptr %arrayidx17, align 4, !dbg !79, !tbaa !48
  call void @llvm.dbg.value(metadata i32 %3, metadata !69, metadata !DIExpression()), !dbg !80
  call void @llvm.dbg.value(metadata i32 %3, metadata !74, metadata !DIExpression()), !dbg !80
  %cond.i61 = tail call i32 @llvm.umin.i32(i32 %3, i32 64), !dbg !82
  call void @llvm.dbg.value(metadata i32 %cond.i61, metadata !34, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i32 %cond.i, metadata !33, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i32 %tail.066, metadata !29, metadata !DIExpression()), !dbg !39
  %cmp2063 = icmp ult i32 %cond.i, %cond.i61, !dbg !83
  br i1 %cmp2063, label %for.body21.lr.ph, label %while.cond.loopexit, !dbg !84

for.body21.lr.ph:                                 ; preds = %while.body
  %arrayidx30 = getelementptr inbounds i32, ptr %level, i64 %idxprom14
  %4 = zext i32 %cond.i to i64, !dbg !84
  %wide.trip.count = zext i32 %cond.i61 to i64, !dbg !83
  br label %for.body21, !dbg !84

for.body21:                                       ; preds = %for.body21.lr.ph, %if.end
  %indvars.iv = phi i64 [ %4, %for.body21.lr.ph ], [ %indvars.iv.next, %if.end ]
  %tail.164 = phi i32 [ %tail.066, %for.body21.lr.ph ], [ %tail.2, %if.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !33, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i32 %tail.164, metadata !29, metadata !DIExpression()), !dbg !39
  %arrayidx23 = getelementptr inbounds i32, ptr %cols, i64 %indvars.iv, !dbg !85
  %5 = load i32, ptr %arrayidx23, align 4, !dbg !85, !tbaa !48
  %and24 = and i32 %5, 15, !dbg !86
  call void @llvm.dbg.value(metadata i32 %and24, metadata !35, metadata !DIExpression()), !dbg !87
  %idxprom25 = zext i32 %and24 to i64
  %arrayidx26 = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom25, !dbg !88
  %6 = load i32, ptr %arrayidx26, align 4, !dbg !88, !tbaa !48
  %tobool.not = icmp eq i32 %6, 0, !dbg !88
  br i1 %tobool.not, label %if.then, label %if.end, !dbg !90

if.then:                                          ; preds = %for.body21
  store i32 1, ptr %arrayidx26, align 4, !dbg !91, !tbaa !48
  %7 = load i32, ptr %arrayidx30, align 4, !dbg !93, !tbaa !48
  %add31 = add nsw i32 %7, 1, !dbg !94
  %arrayidx33 = getelementptr inbounds i32, ptr %level, i64 %idxprom25, !dbg !95
  store i32 %add31, ptr %arrayidx33, align 4, !dbg !96, !tbaa !48
  %inc34 = add nsw i32 %tail.164, 1, !dbg !97
  call void @llvm.dbg.value(metadata i32 %inc34, metadata !29, metadata !DIExpression()), !dbg !39
  %idxprom35 = sext i32 %tail.164 to i64, !dbg !98
  %arrayidx36 = getelementptr inbounds [16 x i32], ptr %queue, i64 0, i64 %idxprom35, !dbg !98
  store i32 %and24, ptr %arrayidx36, align 4, !dbg !99, !tbaa !48
  br label %if.end, !dbg !100

if.end:                                           ; preds = %if.then, %for.body21
  %tail.2 = phi i32 [ %tail.164, %for.body21 ], [ %inc34, %if.then ], !dbg !39
  call void @llvm.dbg.value(metadata i32 %tail.2, metadata !29, metadata !DIExpression()), !dbg !39
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !101
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !33, metadata !DIExpression()), !dbg !67
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !83
  br i1 %exitcond.not, label %while.cond.loopexit, label %for.body21, !dbg !84, !llvm.loop !102

while.end:                                        ; preds = %while.cond.loopexit
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %visited) #5, !dbg !104
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %queue) #5, !dbg !104
  ret i32 %tail.1.lcssa, !dbg !105
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9}
!llvm.ident = !{!10}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/bfs.c", directory: ".", checksumkind: CSK_MD5, checksum: "181fa3646c7d6a2571fcb276d493651f")
!2 = !{!3}
!3 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = !{i32 1, !"wchar_size", i32 4}
!7 = !{i32 8, !"PIC Level", i32 2}
!8 = !{i32 7, !"PIE Level", i32 2}
!9 = !{i32 7, !"uwtable", i32 2}
!10 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
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
!58 = !DILocation(line: 27, column: 19, scope: !11)
!59 = !DILocation(line: 29, column: 5, scope: !11)
!60 = !DILocation(line: 27, column: 15, scope: !11)
!61 = !DILocation(line: 29, column: 17, scope: !11)
!62 = distinct !{!62, !59, !63, !64}
!63 = !DILocation(line: 41, column: 5, scope: !11)
!64 = !{!"llvm.loop.unroll.disable"}
!65 = !DILocation(line: 30, column: 27, scope: !32)
!66 = !DILocation(line: 30, column: 17, scope: !32)
!67 = !DILocation(line: 0, scope: !32)
!68 = !DILocation(line: 31, column: 33, scope: !32)
!69 = !DILocalVariable(name: "e", arg: 1, scope: !70, file: !1, line: 8, type: !14)
!70 = distinct !DISubprogram(name: "clamp_edge", scope: !1, file: !1, line: 8, type: !71, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !73)
!71 = !DISubroutineType(types: !72)
!72 = !{!3, !14}
!73 = !{!69, !74}
!74 = !DILocalVariable(name: "u", scope: !70, file: !1, line: 10, type: !3)
!75 = !DILocation(line: 0, scope: !70, inlinedAt: !76)
!76 = distinct !DILocation(line: 31, column: 22, scope: !32)
!77 = !DILocation(line: 11, column: 12, scope: !70, inlinedAt: !76)
!78 = !DILocation(line: 32, column: 45, scope: !32)
!79 = !DILocation(line: 32, column: 35, scope: !32)
!80 = !DILocation(line: 0, scope: !70, inlinedAt: !81)
!81 = distinct !DILocation(line: 32, column: 24, scope: !32)
!82 = !DILocation(line: 11, column: 12, scope: !70, inlinedAt: !81)
!83 = !DILocation(line: 33, column: 18, scope: !37)
!84 = !DILocation(line: 33, column: 9, scope: !38)
!85 = !DILocation(line: 34, column: 21, scope: !36)
!86 = !DILocation(line: 34, column: 29, scope: !36)
!87 = !DILocation(line: 0, scope: !36)
!88 = !DILocation(line: 35, column: 18, scope: !89)
!89 = distinct !DILexicalBlock(scope: !36, file: !1, line: 35, column: 17)
!90 = !DILocation(line: 35, column: 17, scope: !36)
!91 = !DILocation(line: 36, column: 28, scope: !92)
!92 = distinct !DILexicalBlock(scope: !89, file: !1, line: 35, column: 30)
!93 = !DILocation(line: 37, column: 28, scope: !92)
!94 = !DILocation(line: 37, column: 37, scope: !92)
!95 = !DILocation(line: 37, column: 17, scope: !92)
!96 = !DILocation(line: 37, column: 26, scope: !92)
!97 = !DILocation(line: 38, column: 27, scope: !92)
!98 = !DILocation(line: 38, column: 17, scope: !92)
!99 = !DILocation(line: 38, column: 31, scope: !92)
!100 = !DILocation(line: 39, column: 13, scope: !92)
!101 = !DILocation(line: 33, column: 26, scope: !37)
!102 = distinct !{!102, !84, !103, !64}
!103 = !DILocation(line: 40, column: 9, scope: !38)
!104 = !DILocation(line: 43, column: 1, scope: !11)
!105 = !DILocation(line: 42, column: 5, scope: !11)
