; ModuleID = 'kernels/saxpy.c'
source_filename = "kernels/saxpy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @saxpy(float noundef %a, ptr nocapture noundef readonly %x, ptr nocapture noundef %y, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata float %a, metadata !18, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata ptr %x, metadata !19, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata ptr %y, metadata !20, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 %n, metadata !21, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 poison, metadata !21, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !23
  %cmp112 = icmp sgt i32 %n, 0, !dbg !24
  br i1 %cmp112, label %for.body.preheader, label %for.end, !dbg !27

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !28
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !21, metadata !DIExpression()), !dbg !23
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !27
  %wide.trip.count = zext i32 %smax to i64, !dbg !24
  br label %for.body, !dbg !27

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !22, metadata !DIExpression()), !dbg !23
  %arrayidx = getelementptr inbounds float, ptr %x, i64 %indvars.iv, !dbg !29
  %0 = load float, ptr %arrayidx, align 4, !dbg !29, !tbaa !30
  %arrayidx3 = getelementptr inbounds float, ptr %y, i64 %indvars.iv, !dbg !34
  %1 = load float, ptr %arrayidx3, align 4, !dbg !34, !tbaa !30
  %2 = tail call float @llvm.fmuladd.f32(float %a, float %0, float %1), !dbg !35
  store float %2, ptr %arrayidx3, align 4, !dbg !36, !tbaa !30
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !37
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !22, metadata !DIExpression()), !dbg !23
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !24
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !27, !llvm.loop !38

for.end:                                          ; preds = %for.body, %entry
  ret void, !dbg !41
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
!1 = !DIFile(filename: "kernels/saxpy.c", directory: ".", checksumkind: CSK_MD5, checksum: "d1ecb75858faa70b2c323136a72b6219")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "saxpy", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !13, !15, !16}
!12 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!16 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!17 = !{!18, !19, !20, !21, !22}
!18 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !12)
!19 = !DILocalVariable(name: "x", arg: 2, scope: !9, file: !1, line: 4, type: !13)
!20 = !DILocalVariable(name: "y", arg: 3, scope: !9, file: !1, line: 4, type: !15)
!21 = !DILocalVariable(name: "n", arg: 4, scope: !9, file: !1, line: 4, type: !16)
!22 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !16)
!23 = !DILocation(line: 0, scope: !9)
!24 = !DILocation(line: 9, column: 19, scope: !25)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 9, column: 5)
!26 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!27 = !DILocation(line: 9, column: 5, scope: !26)
!28 = !DILocation(line: 7, column: 9, scope: !9)
!29 = !DILocation(line: 10, column: 20, scope: !25)
!30 = !{!31, !31, i64 0}
!31 = !{!"float", !32, i64 0}
!32 = !{!"omnipotent char", !33, i64 0}
!33 = !{!"Simple C/C++ TBAA"}
!34 = !DILocation(line: 10, column: 27, scope: !25)
!35 = !DILocation(line: 10, column: 25, scope: !25)
!36 = !DILocation(line: 10, column: 14, scope: !25)
!37 = !DILocation(line: 9, column: 25, scope: !25)
!38 = distinct !{!38, !27, !39, !40}
!39 = !DILocation(line: 10, column: 30, scope: !26)
!40 = !{!"llvm.loop.unroll.disable"}
!41 = !DILocation(line: 11, column: 1, scope: !9)
