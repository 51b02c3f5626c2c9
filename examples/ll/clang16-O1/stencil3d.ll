; ModuleID = 'kernels/stencil3d.c'
source_filename = "kernels/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @stencil3d(ptr nocapture noundef readonly %in, ptr nocapture noundef writeonly %out, i32 noundef %c0, i32 noundef %c1) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %in, metadata !17, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata ptr %out, metadata !18, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %c0, metadata !19, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %c1, metadata !20, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !36
  br label %for.cond1.preheader, !dbg !37

for.cond1.preheader:                              ; preds = %entry, %for.inc89
  %indvars.iv177 = phi i64 [ 0, %entry ], [ %indvars.iv.next178, %for.inc89 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv177, metadata !21, metadata !DIExpression()), !dbg !36
  %cmp7 = icmp eq i64 %indvars.iv177, 0
  %cmp12 = icmp eq i64 %indvars.iv177, 7
  %0 = shl i64 %indvars.iv177, 3
  %1 = shl nsw i64 %indvars.iv177, 3
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !36
  br label %for.cond4.preheader, !dbg !38

for.cond4.preheader:                              ; preds = %for.cond1.preheader, %for.inc86
  %indvars.iv157 = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next158, %for.inc86 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv157, metadata !22, metadata !DIExpression()), !dbg !36
  %cmp8 = icmp eq i64 %indvars.iv157, 0
  %or.cond = select i1 %cmp7, i1 true, i1 %cmp8
  %cmp14 = icmp eq i64 %indvars.iv157, 7
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !36
  %2 = add nuw nsw i64 %indvars.iv157, %0
  %3 = shl i64 %2, 3
  %4 = add nsw i64 %3, -64
  %5 = add nuw nsw i64 %indvars.iv157, %0
  %6 = shl i64 %5, 3
  %7 = add nuw nsw i64 %6, 64
  %8 = add nuw nsw i64 %indvars.iv157, %0
  %9 = shl i64 %8, 3
  %10 = add nsw i64 %9, -8
  %11 = add nuw nsw i64 %indvars.iv157, %0
  %12 = shl i64 %11, 3
  %13 = add nuw nsw i64 %12, 8
  %14 = add nuw nsw i64 %indvars.iv157, %0
  %15 = shl nsw i64 %14, 3
  %16 = add nuw nsw i64 %indvars.iv157, %1
  %17 = shl nsw i64 %16, 3
  br label %for.body6, !dbg !39

for.body6:                                        ; preds = %for.cond4.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.cond4.preheader ], [ %indvars.iv.next, %for.inc ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !23, metadata !DIExpression()), !dbg !36
  %cmp10 = icmp eq i64 %indvars.iv, 0
  %or.cond92 = select i1 %or.cond, i1 true, i1 %cmp10, !dbg !40
  %or.cond93 = select i1 %or.cond92, i1 true, i1 %cmp12, !dbg !40
  %or.cond94 = select i1 %or.cond93, i1 true, i1 %cmp14, !dbg !40
  %cmp16 = icmp eq i64 %indvars.iv, 7
  %or.cond95 = select i1 %or.cond94, i1 true, i1 %cmp16, !dbg !40
  br i1 %or.cond95, label %if.then, label %if.else, !dbg !40

if.then:                                          ; preds = %for.body6
  %18 = add nuw nsw i64 %indvars.iv, %17, !dbg !41
  %arrayidx = getelementptr inbounds i32, ptr %in, i64 %18, !dbg !43
  %19 = load i32, ptr %arrayidx, align 4, !dbg !43, !tbaa !44
  br label %for.inc, !dbg !48

if.else:                                          ; preds = %for.body6
  %20 = add nuw nsw i64 %indvars.iv, %4, !dbg !49
  %arrayidx30 = getelementptr inbounds i32, ptr %in, i64 %20, !dbg !50
  %21 = load i32, ptr %arrayidx30, align 4, !dbg !50, !tbaa !44
  %22 = add nuw nsw i64 %indvars.iv, %7, !dbg !51
  %arrayidx37 = getelementptr inbounds i32, ptr %in, i64 %22, !dbg !52
  %23 = load i32, ptr %arrayidx37, align 4, !dbg !52, !tbaa !44
  %add38 = add nsw i32 %23, %21, !dbg !53
  %24 = add nsw i64 %indvars.iv, %10, !dbg !54
  %arrayidx45 = getelementptr inbounds i32, ptr %in, i64 %24, !dbg !55
  %25 = load i32, ptr %arrayidx45, align 4, !dbg !55, !tbaa !44
  %add46 = add nsw i32 %add38, %25, !dbg !56
  %26 = add nuw nsw i64 %indvars.iv, %13, !dbg !57
  %arrayidx53 = getelementptr inbounds i32, ptr %in, i64 %26, !dbg !58
  %27 = load i32, ptr %arrayidx53, align 4, !dbg !58, !tbaa !44
  %add54 = add nsw i32 %add46, %27, !dbg !59
  %28 = add nuw nsw i64 %indvars.iv, %15, !dbg !60
  %29 = add nsw i64 %28, -1, !dbg !60
  %arrayidx61 = getelementptr inbounds i32, ptr %in, i64 %29, !dbg !61
  %30 = load i32, ptr %arrayidx61, align 4, !dbg !61, !tbaa !44
  %add62 = add nsw i32 %add54, %30, !dbg !62
  %31 = add nuw nsw i64 %indvars.iv, %15, !dbg !63
  %32 = add nuw nsw i64 %31, 1, !dbg !63
  %arrayidx69 = getelementptr inbounds i32, ptr %in, i64 %32, !dbg !64
  %33 = load i32, ptr %arrayidx69, align 4, !dbg !64, !tbaa !44
  %add70 = add nsw i32 %add62, %33, !dbg !65
  call void @llvm.dbg.value(metadata i32 %add70, metadata !24, metadata !DIExpression()), !dbg !66
  %34 = add nuw nsw i64 %indvars.iv, %15, !dbg !67
  %arrayidx76 = getelementptr inbounds i32, ptr %in, i64 %34, !dbg !68
  %35 = load i32, ptr %arrayidx76, align 4, !dbg !68, !tbaa !44
  %mul77 = mul nsw i32 %35, %c0, !dbg !69
  %mul78 = mul nsw i32 %add70, %c1, !dbg !70
  %add79 = add nsw i32 %mul77, %mul78, !dbg !71
  br label %for.inc

for.inc:                                          ; preds = %if.then, %if.else
  %.sink183 = phi i64 [ %18, %if.then ], [ %34, %if.else ]
  %.sink = phi i32 [ %19, %if.then ], [ %add79, %if.else ]
  %arrayidx24 = getelementptr inbounds i32, ptr %out, i64 %.sink183, !dbg !72
  store i32 %.sink, ptr %arrayidx24, align 4, !dbg !72, !tbaa !44
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !73
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !23, metadata !DIExpression()), !dbg !36
  %exitcond.not = icmp eq i64 %indvars.iv.next, 8, !dbg !74
  br i1 %exitcond.not, label %for.inc86, label %for.body6, !dbg !39, !llvm.loop !75

for.inc86:                                        ; preds = %for.inc
  %indvars.iv.next158 = add nuw nsw i64 %indvars.iv157, 1, !dbg !78
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next158, metadata !22, metadata !DIExpression()), !dbg !36
  %exitcond176.not = icmp eq i64 %indvars.iv.next158, 8, !dbg !79
  br i1 %exitcond176.not, label %for.inc89, label %for.cond4.preheader, !dbg !38, !llvm.loop !80

for.inc89:                                        ; preds = %for.inc86
  %indvars.iv.next178 = add nuw nsw i64 %indvars.iv177, 1, !dbg !82
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next178, metadata !21, metadata !DIExpression()), !dbg !36
  %exitcond182.not = icmp eq i64 %indvars.iv.next178, 8, !dbg !83
  br i1 %exitcond182.not, label %for.end91, label %for.cond1.preheader, !dbg !37, !llvm.loop !84

for.end91:                                        ; preds = %for.inc89
  ret void, !dbg !86
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/stencil3d.c", directory: ".", checksumkind: CSK_MD5, checksum: "e62e78c06c6f66aaeef2696ba6f42a2c")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "stencil3d", scope: !1, file: !1, line: 6, type: !10, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !15, !14, !14}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !{!17, !18, !19, !20, !21, !22, !23, !24}
!17 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 6, type: !12)
!18 = !DILocalVariable(name: "out", arg: 2, scope: !9, file: !1, line: 6, type: !15)
!19 = !DILocalVariable(name: "c0", arg: 3, scope: !9, file: !1, line: 6, type: !14)
!20 = !DILocalVariable(name: "c1", arg: 4, scope: !9, file: !1, line: 6, type: !14)
!21 = !DILocalVariable(name: "z", scope: !9, file: !1, line: 8, type: !14)
!22 = !DILocalVariable(name: "y", scope: !9, file: !1, line: 8, type: !14)
!23 = !DILocalVariable(name: "x", scope: !9, file: !1, line: 8, type: !14)
!24 = !DILocalVariable(name: "s", scope: !25, file: !1, line: 16, type: !14)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 15, column: 24)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 12, column: 21)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 11, column: 37)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 11, column: 13)
!29 = distinct !DILexicalBlock(scope: !30, file: !1, line: 11, column: 13)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 10, column: 33)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 10, column: 9)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 10, column: 9)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 9, column: 29)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 9, column: 5)
!35 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!36 = !DILocation(line: 0, scope: !9)
!37 = !DILocation(line: 9, column: 5, scope: !35)
!38 = !DILocation(line: 10, column: 9, scope: !32)
!39 = !DILocation(line: 11, column: 13, scope: !29)
!40 = !DILocation(line: 12, column: 28, scope: !26)
!41 = !DILocation(line: 14, column: 44, scope: !42)
!42 = distinct !DILexicalBlock(scope: !26, file: !1, line: 13, column: 61)
!43 = !DILocation(line: 14, column: 41, scope: !42)
!44 = !{!45, !45, i64 0}
!45 = !{!"int", !46, i64 0}
!46 = !{!"omnipotent char", !47, i64 0}
!47 = !{!"Simple C/C++ TBAA"}
!48 = !DILocation(line: 15, column: 17, scope: !42)
!49 = !DILocation(line: 16, column: 32, scope: !25)
!50 = !DILocation(line: 16, column: 29, scope: !25)
!51 = !DILocation(line: 16, column: 55, scope: !25)
!52 = !DILocation(line: 16, column: 52, scope: !25)
!53 = !DILocation(line: 16, column: 50, scope: !25)
!54 = !DILocation(line: 17, column: 32, scope: !25)
!55 = !DILocation(line: 17, column: 29, scope: !25)
!56 = !DILocation(line: 17, column: 27, scope: !25)
!57 = !DILocation(line: 17, column: 55, scope: !25)
!58 = !DILocation(line: 17, column: 52, scope: !25)
!59 = !DILocation(line: 17, column: 50, scope: !25)
!60 = !DILocation(line: 18, column: 32, scope: !25)
!61 = !DILocation(line: 18, column: 29, scope: !25)
!62 = !DILocation(line: 18, column: 27, scope: !25)
!63 = !DILocation(line: 18, column: 55, scope: !25)
!64 = !DILocation(line: 18, column: 52, scope: !25)
!65 = !DILocation(line: 18, column: 50, scope: !25)
!66 = !DILocation(line: 0, scope: !25)
!67 = !DILocation(line: 19, column: 49, scope: !25)
!68 = !DILocation(line: 19, column: 46, scope: !25)
!69 = !DILocation(line: 19, column: 44, scope: !25)
!70 = !DILocation(line: 19, column: 68, scope: !25)
!71 = !DILocation(line: 19, column: 63, scope: !25)
!72 = !DILocation(line: 0, scope: !26)
!73 = !DILocation(line: 11, column: 33, scope: !28)
!74 = !DILocation(line: 11, column: 27, scope: !28)
!75 = distinct !{!75, !39, !76, !77}
!76 = !DILocation(line: 21, column: 13, scope: !29)
!77 = !{!"llvm.loop.unroll.disable"}
!78 = !DILocation(line: 10, column: 29, scope: !31)
!79 = !DILocation(line: 10, column: 23, scope: !31)
!80 = distinct !{!80, !38, !81, !77}
!81 = !DILocation(line: 22, column: 9, scope: !32)
!82 = !DILocation(line: 9, column: 25, scope: !34)
!83 = !DILocation(line: 9, column: 19, scope: !34)
!84 = distinct !{!84, !37, !85, !77}
!85 = !DILocation(line: 23, column: 5, scope: !35)
!86 = !DILocation(line: 24, column: 1, scope: !9)
