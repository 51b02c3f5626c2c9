; ModuleID = 'kernels/kmp.c'
source_filename = "kernels/kmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@kmp_pattern = internal unnamed_addr constant [6 x i8] c"abcab\00", align 1, !dbg !0

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @kmp(ptr nocapture noundef readonly %text, i32 noundef %n, ptr nocapture noundef writeonly %pos) local_unnamed_addr #0 !dbg !19 {
entry:
  %fail = alloca [5 x i32], align 16
  call void @llvm.dbg.value(metadata ptr %text, metadata !25, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %n, metadata !26, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata ptr %pos, metadata !27, metadata !DIExpression()), !dbg !35
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %fail) #4, !dbg !36
  call void @llvm.dbg.declare(metadata ptr %fail, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 0, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !26, metadata !DIExpression()), !dbg !35
  store i32 0, ptr %fail, align 16, !dbg !38, !tbaa !39
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 1, metadata !32, metadata !DIExpression()), !dbg !35
  br label %while.cond.preheader, !dbg !43

while.cond.preheader:                             ; preds = %entry, %while.end
  %indvars.iv = phi i64 [ 1, %entry ], [ %indvars.iv.next, %while.end ]
  %k.0106 = phi i32 [ 0, %entry ], [ %spec.select, %while.end ]
  call void @llvm.dbg.value(metadata i32 %k.0106, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !32, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %k.0106, metadata !33, metadata !DIExpression()), !dbg !35
  %cmp2102 = icmp sgt i32 %k.0106, 0, !dbg !45
  br i1 %cmp2102, label %land.rhs.lr.ph, label %while.end, !dbg !48

land.rhs.lr.ph:                                   ; preds = %while.cond.preheader
  %arrayidx5 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %indvars.iv
  %0 = load i8, ptr %arrayidx5, align 1, !tbaa !49
  br label %land.rhs, !dbg !48

for.cond24.preheader:                             ; preds = %while.end
  call void @llvm.dbg.value(metadata i32 0, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !35
  %cmp25111 = icmp sgt i32 %n, 0, !dbg !50
  br i1 %cmp25111, label %while.cond28.preheader.lr.ph, label %for.end74, !dbg !53

while.cond28.preheader.lr.ph:                     ; preds = %for.cond24.preheader
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !54
  %arrayidx70 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 4
  %1 = load i32, ptr %arrayidx70, align 16
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !53
  %wide.trip.count = zext i32 %smax to i64, !dbg !50
  br label %while.cond28.preheader, !dbg !53

land.rhs:                                         ; preds = %land.rhs.lr.ph, %while.body
  %k.1103 = phi i32 [ %k.0106, %land.rhs.lr.ph ], [ %3, %while.body ]
  call void @llvm.dbg.value(metadata i32 %k.1103, metadata !33, metadata !DIExpression()), !dbg !35
  %idxprom = zext i32 %k.1103 to i64
  %arrayidx3 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom, !dbg !55
  %2 = load i8, ptr %arrayidx3, align 1, !dbg !55, !tbaa !49
  %cmp7.not = icmp eq i8 %2, %0, !dbg !56
  br i1 %cmp7.not, label %while.end, label %while.body, !dbg !57

while.body:                                       ; preds = %land.rhs
  %sub = add nsw i32 %k.1103, -1, !dbg !58
  %idxprom9 = zext i32 %sub to i64
  %arrayidx10 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom9, !dbg !59
  %3 = load i32, ptr %arrayidx10, align 4, !dbg !59, !tbaa !39
  call void @llvm.dbg.value(metadata i32 %3, metadata !33, metadata !DIExpression()), !dbg !35
  %cmp2 = icmp sgt i32 %3, 0, !dbg !45
  br i1 %cmp2, label %land.rhs, label %while.end, !dbg !48, !llvm.loop !60

while.end:                                        ; preds = %land.rhs, %while.body, %while.cond.preheader
  %k.1.lcssa = phi i32 [ %k.0106, %while.cond.preheader ], [ %k.1103, %land.rhs ], [ %3, %while.body ], !dbg !35
  %idxprom11 = sext i32 %k.1.lcssa to i64, !dbg !63
  %arrayidx12 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom11, !dbg !63
  %4 = load i8, ptr %arrayidx12, align 1, !dbg !63, !tbaa !49
  %arrayidx15 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %indvars.iv, !dbg !65
  %5 = load i8, ptr %arrayidx15, align 1, !dbg !65, !tbaa !49
  %cmp17 = icmp eq i8 %4, %5, !dbg !66
  %inc = zext i1 %cmp17 to i32, !dbg !67
  %spec.select = add nsw i32 %k.1.lcssa, %inc, !dbg !67
  call void @llvm.dbg.value(metadata i32 %spec.select, metadata !33, metadata !DIExpression()), !dbg !35
  %arrayidx22 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %indvars.iv, !dbg !68
  store i32 %spec.select, ptr %arrayidx22, align 4, !dbg !69, !tbaa !39
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !70
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !32, metadata !DIExpression()), !dbg !35
  %exitcond.not = icmp eq i64 %indvars.iv.next, 5, !dbg !71
  br i1 %exitcond.not, label %for.cond24.preheader, label %while.cond.preheader, !dbg !43, !llvm.loop !72

while.cond28.preheader:                           ; preds = %while.cond28.preheader.lr.ph, %for.inc72
  %indvars.iv118 = phi i64 [ 0, %while.cond28.preheader.lr.ph ], [ %indvars.iv.next119, %for.inc72 ]
  %count.0115 = phi i32 [ 0, %while.cond28.preheader.lr.ph ], [ %count.1, %for.inc72 ]
  %k.3114 = phi i32 [ 0, %while.cond28.preheader.lr.ph ], [ %k.6, %for.inc72 ]
  call void @llvm.dbg.value(metadata i32 %count.0115, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %k.3114, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i64 %indvars.iv118, metadata !32, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %k.3114, metadata !33, metadata !DIExpression()), !dbg !35
  %cmp29107 = icmp sgt i32 %k.3114, 0, !dbg !74
  br i1 %cmp29107, label %land.rhs31.lr.ph, label %while.end45, !dbg !76

land.rhs31.lr.ph:                                 ; preds = %while.cond28.preheader
  %arrayidx36 = getelementptr inbounds i8, ptr %text, i64 %indvars.iv118
  %6 = load i8, ptr %arrayidx36, align 1, !tbaa !49
  br label %land.rhs31, !dbg !76

land.rhs31:                                       ; preds = %land.rhs31.lr.ph, %while.body41
  %k.4108 = phi i32 [ %k.3114, %land.rhs31.lr.ph ], [ %8, %while.body41 ]
  call void @llvm.dbg.value(metadata i32 %k.4108, metadata !33, metadata !DIExpression()), !dbg !35
  %idxprom32 = zext i32 %k.4108 to i64
  %arrayidx33 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom32, !dbg !77
  %7 = load i8, ptr %arrayidx33, align 1, !dbg !77, !tbaa !49
  %cmp38.not = icmp eq i8 %7, %6, !dbg !78
  br i1 %cmp38.not, label %while.end45, label %while.body41, !dbg !79

while.body41:                                     ; preds = %land.rhs31
  %sub42 = add nsw i32 %k.4108, -1, !dbg !80
  %idxprom43 = zext i32 %sub42 to i64
  %arrayidx44 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom43, !dbg !81
  %8 = load i32, ptr %arrayidx44, align 4, !dbg !81, !tbaa !39
  call void @llvm.dbg.value(metadata i32 %8, metadata !33, metadata !DIExpression()), !dbg !35
  %cmp29 = icmp sgt i32 %8, 0, !dbg !74
  br i1 %cmp29, label %land.rhs31, label %while.end45, !dbg !76, !llvm.loop !82

while.end45:                                      ; preds = %land.rhs31, %while.body41, %while.cond28.preheader
  %k.4.lcssa = phi i32 [ %k.3114, %while.cond28.preheader ], [ %k.4108, %land.rhs31 ], [ %8, %while.body41 ], !dbg !35
  %idxprom46 = sext i32 %k.4.lcssa to i64, !dbg !84
  %arrayidx47 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom46, !dbg !84
  %9 = load i8, ptr %arrayidx47, align 1, !dbg !84, !tbaa !49
  %arrayidx50 = getelementptr inbounds i8, ptr %text, i64 %indvars.iv118, !dbg !86
  %10 = load i8, ptr %arrayidx50, align 1, !dbg !86, !tbaa !49
  %cmp52 = icmp eq i8 %9, %10, !dbg !87
  %inc55 = zext i1 %cmp52 to i32, !dbg !88
  %spec.select101 = add nsw i32 %k.4.lcssa, %inc55, !dbg !88
  call void @llvm.dbg.value(metadata i32 %spec.select101, metadata !33, metadata !DIExpression()), !dbg !35
  %cmp57 = icmp eq i32 %spec.select101, 5, !dbg !89
  br i1 %cmp57, label %if.then59, label %for.inc72, !dbg !91

if.then59:                                        ; preds = %while.end45
  %cmp60 = icmp slt i32 %count.0115, 64, !dbg !92
  br i1 %cmp60, label %if.then62, label %if.end66, !dbg !95

if.then62:                                        ; preds = %if.then59
  %idxprom64 = sext i32 %count.0115 to i64, !dbg !96
  %arrayidx65 = getelementptr inbounds i32, ptr %pos, i64 %idxprom64, !dbg !96
  %11 = trunc i64 %indvars.iv118 to i32, !dbg !97
  %12 = add i32 %11, -4, !dbg !97
  store i32 %12, ptr %arrayidx65, align 4, !dbg !97, !tbaa !39
  br label %if.end66, !dbg !96

if.end66:                                         ; preds = %if.then62, %if.then59
  %inc67 = add nsw i32 %count.0115, 1, !dbg !98
  call void @llvm.dbg.value(metadata i32 %inc67, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %1, metadata !33, metadata !DIExpression()), !dbg !35
  br label %for.inc72, !dbg !99

for.inc72:                                        ; preds = %while.end45, %if.end66
  %k.6 = phi i32 [ %1, %if.end66 ], [ %spec.select101, %while.end45 ], !dbg !100
  %count.1 = phi i32 [ %inc67, %if.end66 ], [ %count.0115, %while.end45 ], !dbg !35
  call void @llvm.dbg.value(metadata i32 %count.1, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %k.6, metadata !33, metadata !DIExpression()), !dbg !35
  %indvars.iv.next119 = add nuw nsw i64 %indvars.iv118, 1, !dbg !101
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next119, metadata !32, metadata !DIExpression()), !dbg !35
  %exitcond122.not = icmp eq i64 %indvars.iv.next119, %wide.trip.count, !dbg !50
  br i1 %exitcond122.not, label %for.end74, label %while.cond28.preheader, !dbg !53, !llvm.loop !102

for.end74:                                        ; preds = %for.inc72, %for.cond24.preheader
  %count.0.lcssa = phi i32 [ 0, %for.cond24.preheader ], [ %count.1, %for.inc72 ], !dbg !35
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %fail) #4, !dbg !104
  ret i32 %count.0.lcssa, !dbg !105
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
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!12, !13, !14, !15, !16, !17}
!llvm.ident = !{!18}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "kmp_pattern", scope: !2, file: !3, line: 7, type: !7, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C99, file: !3, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "kernels/kmp.c", directory: ".", checksumkind: CSK_MD5, checksum: "3a700dcc1d22d7a54452f7ffbb3c8aa1")
!4 = !{!5}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !{!0}
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 48, elements: !10)
!8 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !9)
!9 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!10 = !{!11}
!11 = !DISubrange(count: 6)
!12 = !{i32 7, !"Dwarf Version", i32 5}
!13 = !{i32 2, !"Debug Info Version", i32 3}
!14 = !{i32 1, !"wchar_size", i32 4}
!15 = !{i32 8, !"PIC Level", i32 2}
!16 = !{i32 7, !"PIE Level", i32 2}
!17 = !{i32 7, !"uwtable", i32 2}
!18 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!19 = distinct !DISubprogram(name: "kmp", scope: !3, file: !3, line: 10, type: !20, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !24)
!20 = !DISubroutineType(types: !21)
!21 = !{!5, !22, !5, !23}
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!24 = !{!25, !26, !27, !28, !32, !33, !34}
!25 = !DILocalVariable(name: "text", arg: 1, scope: !19, file: !3, line: 10, type: !22)
!26 = !DILocalVariable(name: "n", arg: 2, scope: !19, file: !3, line: 10, type: !5)
!27 = !DILocalVariable(name: "pos", arg: 3, scope: !19, file: !3, line: 10, type: !23)
!28 = !DILocalVariable(name: "fail", scope: !19, file: !3, line: 12, type: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 160, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 5)
!32 = !DILocalVariable(name: "i", scope: !19, file: !3, line: 13, type: !5)
!33 = !DILocalVariable(name: "k", scope: !19, file: !3, line: 13, type: !5)
!34 = !DILocalVariable(name: "count", scope: !19, file: !3, line: 13, type: !5)
!35 = !DILocation(line: 0, scope: !19)
!36 = !DILocation(line: 12, column: 5, scope: !19)
!37 = !DILocation(line: 12, column: 9, scope: !19)
!38 = !DILocation(line: 18, column: 13, scope: !19)
!39 = !{!40, !40, i64 0}
!40 = !{!"int", !41, i64 0}
!41 = !{!"omnipotent char", !42, i64 0}
!42 = !{!"Simple C/C++ TBAA"}
!43 = !DILocation(line: 20, column: 5, scope: !44)
!44 = distinct !DILexicalBlock(scope: !19, file: !3, line: 20, column: 5)
!45 = !DILocation(line: 21, column: 18, scope: !46)
!46 = distinct !DILexicalBlock(scope: !47, file: !3, line: 20, column: 32)
!47 = distinct !DILexicalBlock(scope: !44, file: !3, line: 20, column: 5)
!48 = !DILocation(line: 21, column: 22, scope: !46)
!49 = !{!41, !41, i64 0}
!50 = !DILocation(line: 30, column: 19, scope: !51)
!51 = distinct !DILexicalBlock(scope: !52, file: !3, line: 30, column: 5)
!52 = distinct !DILexicalBlock(scope: !19, file: !3, line: 30, column: 5)
!53 = !DILocation(line: 30, column: 5, scope: !52)
!54 = !DILocation(line: 14, column: 9, scope: !19)
!55 = !DILocation(line: 21, column: 25, scope: !46)
!56 = !DILocation(line: 21, column: 40, scope: !46)
!57 = !DILocation(line: 21, column: 9, scope: !46)
!58 = !DILocation(line: 22, column: 24, scope: !46)
!59 = !DILocation(line: 22, column: 17, scope: !46)
!60 = distinct !{!60, !57, !61, !62}
!61 = !DILocation(line: 22, column: 27, scope: !46)
!62 = !{!"llvm.loop.unroll.disable"}
!63 = !DILocation(line: 23, column: 13, scope: !64)
!64 = distinct !DILexicalBlock(scope: !46, file: !3, line: 23, column: 13)
!65 = !DILocation(line: 23, column: 31, scope: !64)
!66 = !DILocation(line: 23, column: 28, scope: !64)
!67 = !DILocation(line: 23, column: 13, scope: !46)
!68 = !DILocation(line: 25, column: 9, scope: !46)
!69 = !DILocation(line: 25, column: 17, scope: !46)
!70 = !DILocation(line: 20, column: 28, scope: !47)
!71 = !DILocation(line: 20, column: 19, scope: !47)
!72 = distinct !{!72, !43, !73, !62}
!73 = !DILocation(line: 26, column: 5, scope: !44)
!74 = !DILocation(line: 31, column: 18, scope: !75)
!75 = distinct !DILexicalBlock(scope: !51, file: !3, line: 30, column: 29)
!76 = !DILocation(line: 31, column: 22, scope: !75)
!77 = !DILocation(line: 31, column: 25, scope: !75)
!78 = !DILocation(line: 31, column: 40, scope: !75)
!79 = !DILocation(line: 31, column: 9, scope: !75)
!80 = !DILocation(line: 32, column: 24, scope: !75)
!81 = !DILocation(line: 32, column: 17, scope: !75)
!82 = distinct !{!82, !79, !83, !62}
!83 = !DILocation(line: 32, column: 27, scope: !75)
!84 = !DILocation(line: 33, column: 13, scope: !85)
!85 = distinct !DILexicalBlock(scope: !75, file: !3, line: 33, column: 13)
!86 = !DILocation(line: 33, column: 31, scope: !85)
!87 = !DILocation(line: 33, column: 28, scope: !85)
!88 = !DILocation(line: 33, column: 13, scope: !75)
!89 = !DILocation(line: 35, column: 15, scope: !90)
!90 = distinct !DILexicalBlock(scope: !75, file: !3, line: 35, column: 13)
!91 = !DILocation(line: 35, column: 13, scope: !75)
!92 = !DILocation(line: 36, column: 23, scope: !93)
!93 = distinct !DILexicalBlock(scope: !94, file: !3, line: 36, column: 17)
!94 = distinct !DILexicalBlock(scope: !90, file: !3, line: 35, column: 24)
!95 = !DILocation(line: 36, column: 17, scope: !94)
!96 = !DILocation(line: 37, column: 17, scope: !93)
!97 = !DILocation(line: 37, column: 28, scope: !93)
!98 = !DILocation(line: 38, column: 18, scope: !94)
!99 = !DILocation(line: 40, column: 9, scope: !94)
!100 = !DILocation(line: 0, scope: !75)
!101 = !DILocation(line: 30, column: 25, scope: !51)
!102 = distinct !{!102, !53, !103, !62}
!103 = !DILocation(line: 41, column: 5, scope: !52)
!104 = !DILocation(line: 43, column: 1, scope: !19)
!105 = !DILocation(line: 42, column: 5, scope: !19)
