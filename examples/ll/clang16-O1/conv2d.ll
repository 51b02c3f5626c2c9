; ModuleID = 'kernels/conv2d.c'
source_filename = "kernels/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @conv2d(ptr nocapture noundef readonly %in, ptr nocapture noundef readonly %kern, ptr nocapture noundef writeonly %out) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %in, metadata !22, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata ptr %kern, metadata !23, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata ptr %out, metadata !24, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !36
  br label %for.cond1.preheader, !dbg !37

for.cond1.preheader:                              ; preds = %entry, %for.inc39
  %indvars.iv82 = phi i64 [ 0, %entry ], [ %indvars.iv.next83, %for.inc39 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv82, metadata !25, metadata !DIExpression()), !dbg !36
  %cmp4 = icmp eq i64 %indvars.iv82, 0
  %cmp7 = icmp eq i64 %indvars.iv82, 15
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !36
  %0 = add nsw i64 %indvars.iv82, -1
  br label %for.body3, !dbg !38

for.body3:                                        ; preds = %for.cond1.preheader, %cleanup
  %indvars.iv77 = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next78, %cleanup ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv77, metadata !26, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !39
  %cmp5 = icmp eq i64 %indvars.iv77, 0
  %or.cond = select i1 %cmp4, i1 true, i1 %cmp5, !dbg !40
  %or.cond42 = or i1 %cmp7, %or.cond, !dbg !40
  %cmp9 = icmp eq i64 %indvars.iv77, 15
  %or.cond43 = select i1 %or.cond42, i1 true, i1 %cmp9, !dbg !40
  br i1 %or.cond43, label %cleanup, label %for.cond12.preheader, !dbg !40

for.cond12.preheader:                             ; preds = %for.body3
  %1 = add nsw i64 %indvars.iv77, -1
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !36
  br label %for.cond15.preheader, !dbg !42

for.cond15.preheader:                             ; preds = %for.cond12.preheader, %for.inc29
  %indvars.iv72 = phi i64 [ 0, %for.cond12.preheader ], [ %indvars.iv.next73, %for.inc29 ]
  %acc.067 = phi i32 [ 0, %for.cond12.preheader ], [ %add28, %for.inc29 ]
  call void @llvm.dbg.value(metadata i32 %acc.067, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %indvars.iv72, metadata !27, metadata !DIExpression()), !dbg !36
  %2 = add nuw nsw i64 %0, %indvars.iv72
  call void @llvm.dbg.value(metadata i32 %acc.067, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !36
  br label %for.body17, !dbg !44

for.body17:                                       ; preds = %for.cond15.preheader, %for.body17
  %indvars.iv = phi i64 [ 0, %for.cond15.preheader ], [ %indvars.iv.next, %for.body17 ]
  %acc.165 = phi i32 [ %acc.067, %for.cond15.preheader ], [ %add28, %for.body17 ]
  call void @llvm.dbg.value(metadata i32 %acc.165, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !28, metadata !DIExpression()), !dbg !36
  %3 = add nuw nsw i64 %1, %indvars.iv, !dbg !47
  %arrayidx23 = getelementptr inbounds [16 x i32], ptr %in, i64 %2, i64 %3, !dbg !49
  %4 = load i32, ptr %arrayidx23, align 4, !dbg !49, !tbaa !50
  %arrayidx27 = getelementptr inbounds [3 x i32], ptr %kern, i64 %indvars.iv72, i64 %indvars.iv, !dbg !54
  %5 = load i32, ptr %arrayidx27, align 4, !dbg !54, !tbaa !50
  %mul = mul nsw i32 %5, %4, !dbg !55
  %add28 = add nsw i32 %mul, %acc.165, !dbg !56
  call void @llvm.dbg.value(metadata i32 %add28, metadata !29, metadata !DIExpression()), !dbg !39
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !57
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !28, metadata !DIExpression()), !dbg !36
  %exitcond.not = icmp eq i64 %indvars.iv.next, 3, !dbg !58
  br i1 %exitcond.not, label %for.inc29, label %for.body17, !dbg !44, !llvm.loop !59

for.inc29:                                        ; preds = %for.body17
  %indvars.iv.next73 = add nuw nsw i64 %indvars.iv72, 1, !dbg !62
  call void @llvm.dbg.value(metadata i32 %add28, metadata !29, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next73, metadata !27, metadata !DIExpression()), !dbg !36
  %exitcond76.not = icmp eq i64 %indvars.iv.next73, 3, !dbg !63
  br i1 %exitcond76.not, label %cleanup, label %for.cond15.preheader, !dbg !42, !llvm.loop !64

cleanup:                                          ; preds = %for.inc29, %for.body3
  %add28.sink = phi i32 [ 0, %for.body3 ], [ %add28, %for.inc29 ]
  %arrayidx35 = getelementptr inbounds [16 x i32], ptr %out, i64 %indvars.iv82, i64 %indvars.iv77, !dbg !39
  store i32 %add28.sink, ptr %arrayidx35, align 4, !dbg !39, !tbaa !50
  %indvars.iv.next78 = add nuw nsw i64 %indvars.iv77, 1, !dbg !66
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next78, metadata !26, metadata !DIExpression()), !dbg !36
  %exitcond81.not = icmp eq i64 %indvars.iv.next78, 16, !dbg !67
  br i1 %exitcond81.not, label %for.inc39, label %for.body3, !dbg !38, !llvm.loop !68

for.inc39:                                        ; preds = %cleanup
  %indvars.iv.next83 = add nuw nsw i64 %indvars.iv82, 1, !dbg !70
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next83, metadata !25, metadata !DIExpression()), !dbg !36
  %exitcond86.not = icmp eq i64 %indvars.iv.next83, 16, !dbg !71
  br i1 %exitcond86.not, label %for.end41, label %for.cond1.preheader, !dbg !37, !llvm.loop !72

for.end41:                                        ; preds = %for.inc39
  ret void, !dbg !74
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/conv2d.c", directory: ".", checksumkind: CSK_MD5, checksum: "41e37fedb0988a46971594450a8d58eb")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "conv2d", scope: !1, file: !1, line: 7, type: !10, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !17, !12}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 512, elements: !15)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16}
!16 = !DISubrange(count: 16)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 96, elements: !19)
!19 = !{!20}
!20 = !DISubrange(count: 3)
!21 = !{!22, !23, !24, !25, !26, !27, !28, !29}
!22 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 7, type: !12)
!23 = !DILocalVariable(name: "kern", arg: 2, scope: !9, file: !1, line: 7, type: !17)
!24 = !DILocalVariable(name: "out", arg: 3, scope: !9, file: !1, line: 7, type: !12)
!25 = !DILocalVariable(name: "r", scope: !9, file: !1, line: 9, type: !14)
!26 = !DILocalVariable(name: "c", scope: !9, file: !1, line: 9, type: !14)
!27 = !DILocalVariable(name: "kr", scope: !9, file: !1, line: 9, type: !14)
!28 = !DILocalVariable(name: "kc", scope: !9, file: !1, line: 9, type: !14)
!29 = !DILocalVariable(name: "acc", scope: !30, file: !1, line: 12, type: !14)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 11, column: 33)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 11, column: 9)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 11, column: 9)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 10, column: 29)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 10, column: 5)
!35 = distinct !DILexicalBlock(scope: !9, file: !1, line: 10, column: 5)
!36 = !DILocation(line: 0, scope: !9)
!37 = !DILocation(line: 10, column: 5, scope: !35)
!38 = !DILocation(line: 11, column: 9, scope: !32)
!39 = !DILocation(line: 0, scope: !30)
!40 = !DILocation(line: 13, column: 24, scope: !41)
!41 = distinct !DILexicalBlock(scope: !30, file: !1, line: 13, column: 17)
!42 = !DILocation(line: 17, column: 13, scope: !43)
!43 = distinct !DILexicalBlock(scope: !30, file: !1, line: 17, column: 13)
!44 = !DILocation(line: 18, column: 17, scope: !45)
!45 = distinct !DILexicalBlock(scope: !46, file: !1, line: 18, column: 17)
!46 = distinct !DILexicalBlock(scope: !43, file: !1, line: 17, column: 13)
!47 = !DILocation(line: 19, column: 50, scope: !48)
!48 = distinct !DILexicalBlock(scope: !45, file: !1, line: 18, column: 17)
!49 = !DILocation(line: 19, column: 28, scope: !48)
!50 = !{!51, !51, i64 0}
!51 = !{!"int", !52, i64 0}
!52 = !{!"omnipotent char", !53, i64 0}
!53 = !{!"Simple C/C++ TBAA"}
!54 = !DILocation(line: 19, column: 57, scope: !48)
!55 = !DILocation(line: 19, column: 55, scope: !48)
!56 = !DILocation(line: 19, column: 25, scope: !48)
!57 = !DILocation(line: 18, column: 40, scope: !48)
!58 = !DILocation(line: 18, column: 33, scope: !48)
!59 = distinct !{!59, !44, !60, !61}
!60 = !DILocation(line: 19, column: 68, scope: !45)
!61 = !{!"llvm.loop.unroll.disable"}
!62 = !DILocation(line: 17, column: 36, scope: !46)
!63 = !DILocation(line: 17, column: 29, scope: !46)
!64 = distinct !{!64, !42, !65, !61}
!65 = !DILocation(line: 19, column: 68, scope: !43)
!66 = !DILocation(line: 11, column: 29, scope: !31)
!67 = !DILocation(line: 11, column: 23, scope: !31)
!68 = distinct !{!68, !38, !69, !61}
!69 = !DILocation(line: 21, column: 9, scope: !32)
!70 = !DILocation(line: 10, column: 25, scope: !34)
!71 = !DILocation(line: 10, column: 19, scope: !34)
!72 = distinct !{!72, !37, !73, !61}
!73 = !DILocation(line: 22, column: 5, scope: !35)
!74 = !DILocation(line: 23, column: 1, scope: !9)
