; ModuleID = 'kernels/dot.c'
source_filename = "kernels/dot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @dot(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %a, metadata !16, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata ptr %b, metadata !17, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 %n, metadata !18, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 poison, metadata !18, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !21
  %cmp19 = icmp sgt i32 %n, 0, !dbg !22
  br i1 %cmp19, label %for.body.preheader, label %for.end, !dbg !25

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !26
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !18, metadata !DIExpression()), !dbg !21
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !25
  %wide.trip.count = zext i32 %smax to i64, !dbg !22
  br label %for.body, !dbg !25

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %acc.011 = phi i32 [ 0, %for.body.preheader ], [ %add, %for.body ]
  call void @llvm.dbg.value(metadata i32 %acc.011, metadata !20, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !19, metadata !DIExpression()), !dbg !21
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %indvars.iv, !dbg !27
  %0 = load i32, ptr %arrayidx, align 4, !dbg !27, !tbaa !28
  %arrayidx3 = getelementptr inbounds i32, ptr %b, i64 %indvars.iv, !dbg !32
  %1 = load i32, ptr %arrayidx3, align 4, !dbg !32, !tbaa !28
  %mul = mul nsw i32 %1, %0, !dbg !33
  %add = add nsw i32 %mul, %acc.011, !dbg !34
  call void @llvm.dbg.value(metadata i32 %add, metadata !20, metadata !DIExpression()), !dbg !21
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !35
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !19, metadata !DIExpression()), !dbg !21
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !22
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !25, !llvm.loop !36

for.end:                                          ; preds = %for.body, %entry
  %acc.0.lcssa = phi i32 [ 0, %entry ], [ %add, %for.body ], !dbg !21
  ret i32 %acc.0.lcssa, !dbg !39
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/dot.c", directory: ".", checksumkind: CSK_MD5, checksum: "f28c352e1184e0e0c6d19f5c01f17e40")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "dot", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !15)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !13, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !{!16, !17, !18, !19, !20}
!16 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !13)
!17 = !DILocalVariable(name: "b", arg: 2, scope: !9, file: !1, line: 4, type: !13)
!18 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 4, type: !12)
!19 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !12)
!20 = !DILocalVariable(name: "acc", scope: !9, file: !1, line: 6, type: !12)
!21 = !DILocation(line: 0, scope: !9)
!22 = !DILocation(line: 9, column: 19, scope: !23)
!23 = distinct !DILexicalBlock(scope: !24, file: !1, line: 9, column: 5)
!24 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!25 = !DILocation(line: 9, column: 5, scope: !24)
!26 = !DILocation(line: 7, column: 9, scope: !9)
!27 = !DILocation(line: 10, column: 16, scope: !23)
!28 = !{!29, !29, i64 0}
!29 = !{!"int", !30, i64 0}
!30 = !{!"omnipotent char", !31, i64 0}
!31 = !{!"Simple C/C++ TBAA"}
!32 = !DILocation(line: 10, column: 23, scope: !23)
!33 = !DILocation(line: 10, column: 21, scope: !23)
!34 = !DILocation(line: 10, column: 13, scope: !23)
!35 = !DILocation(line: 9, column: 25, scope: !23)
!36 = distinct !{!36, !25, !37, !38}
!37 = !DILocation(line: 10, column: 26, scope: !24)
!38 = !{!"llvm.loop.unroll.disable"}
!39 = !DILocation(line: 11, column: 5, scope: !9)
