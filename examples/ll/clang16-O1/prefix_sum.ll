; ModuleID = 'kernels/prefix_sum.c'
source_filename = "kernels/prefix_sum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @prefix_sum(ptr nocapture noundef readonly %in, ptr nocapture noundef writeonly %out, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %in, metadata !17, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata ptr %out, metadata !18, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 %n, metadata !19, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 poison, metadata !19, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !22
  %cmp110 = icmp sgt i32 %n, 0, !dbg !23
  br i1 %cmp110, label %for.body.preheader, label %for.end, !dbg !26

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !27
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !19, metadata !DIExpression()), !dbg !22
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !26
  %wide.trip.count = zext i32 %smax to i64, !dbg !23
  br label %for.body, !dbg !26

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %acc.012 = phi i32 [ 0, %for.body.preheader ], [ %add, %for.body ]
  call void @llvm.dbg.value(metadata i32 %acc.012, metadata !21, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !20, metadata !DIExpression()), !dbg !22
  %arrayidx = getelementptr inbounds i32, ptr %in, i64 %indvars.iv, !dbg !28
  %0 = load i32, ptr %arrayidx, align 4, !dbg !28, !tbaa !30
  %add = add nsw i32 %0, %acc.012, !dbg !34
  call void @llvm.dbg.value(metadata i32 %add, metadata !21, metadata !DIExpression()), !dbg !22
  %arrayidx3 = getelementptr inbounds i32, ptr %out, i64 %indvars.iv, !dbg !35
  store i32 %add, ptr %arrayidx3, align 4, !dbg !36, !tbaa !30
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !37
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !20, metadata !DIExpression()), !dbg !22
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !23
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !26, !llvm.loop !38

for.end:                                          ; preds = %for.body, %entry
  %acc.0.lcssa = phi i32 [ 0, %entry ], [ %add, %for.body ], !dbg !22
  ret i32 %acc.0.lcssa, !dbg !41
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/prefix_sum.c", directory: ".", checksumkind: CSK_MD5, checksum: "0f99b2215f7a9be4cd7244397c22ed67")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "prefix_sum", scope: !1, file: !1, line: 5, type: !10, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !15, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!16 = !{!17, !18, !19, !20, !21}
!17 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 5, type: !13)
!18 = !DILocalVariable(name: "out", arg: 2, scope: !9, file: !1, line: 5, type: !15)
!19 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 5, type: !12)
!20 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 7, type: !12)
!21 = !DILocalVariable(name: "acc", scope: !9, file: !1, line: 7, type: !12)
!22 = !DILocation(line: 0, scope: !9)
!23 = !DILocation(line: 10, column: 19, scope: !24)
!24 = distinct !DILexicalBlock(scope: !25, file: !1, line: 10, column: 5)
!25 = distinct !DILexicalBlock(scope: !9, file: !1, line: 10, column: 5)
!26 = !DILocation(line: 10, column: 5, scope: !25)
!27 = !DILocation(line: 8, column: 9, scope: !9)
!28 = !DILocation(line: 11, column: 16, scope: !29)
!29 = distinct !DILexicalBlock(scope: !24, file: !1, line: 10, column: 29)
!30 = !{!31, !31, i64 0}
!31 = !{!"int", !32, i64 0}
!32 = !{!"omnipotent char", !33, i64 0}
!33 = !{!"Simple C/C++ TBAA"}
!34 = !DILocation(line: 11, column: 13, scope: !29)
!35 = !DILocation(line: 12, column: 9, scope: !29)
!36 = !DILocation(line: 12, column: 16, scope: !29)
!37 = !DILocation(line: 10, column: 25, scope: !24)
!38 = distinct !{!38, !26, !39, !40}
!39 = !DILocation(line: 13, column: 5, scope: !25)
!40 = !{!"llvm.loop.unroll.disable"}
!41 = !DILocation(line: 14, column: 5, scope: !9)
