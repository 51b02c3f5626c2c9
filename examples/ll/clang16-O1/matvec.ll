; ModuleID = 'kernels/matvec.c'
source_filename = "kernels/matvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @matvec(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %b, ptr nocapture noundef writeonly %y) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %a, metadata !17, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata ptr %x, metadata !18, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata ptr %b, metadata !19, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata ptr %y, metadata !20, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !28
  br label %for.body, !dbg !29

for.body:                                         ; preds = %entry, %for.end
  %indvars.iv27 = phi i64 [ 0, %entry ], [ %indvars.iv.next28, %for.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv27, metadata !21, metadata !DIExpression()), !dbg !28
  %arrayidx = getelementptr inbounds float, ptr %b, i64 %indvars.iv27, !dbg !30
  %0 = load float, ptr %arrayidx, align 4, !dbg !30, !tbaa !31
  call void @llvm.dbg.value(metadata float %0, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !28
  %1 = shl nsw i64 %indvars.iv27, 5
  call void @llvm.dbg.value(metadata float %0, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !28
  br label %for.body3, !dbg !36

for.body3:                                        ; preds = %for.body, %for.body3
  %indvars.iv = phi i64 [ 0, %for.body ], [ %indvars.iv.next, %for.body3 ]
  %acc.023 = phi float [ %0, %for.body ], [ %5, %for.body3 ]
  call void @llvm.dbg.value(metadata float %acc.023, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !23, metadata !DIExpression()), !dbg !28
  %2 = add nuw nsw i64 %indvars.iv, %1, !dbg !38
  %arrayidx5 = getelementptr inbounds float, ptr %a, i64 %2, !dbg !40
  %3 = load float, ptr %arrayidx5, align 4, !dbg !40, !tbaa !31
  %arrayidx7 = getelementptr inbounds float, ptr %x, i64 %indvars.iv, !dbg !41
  %4 = load float, ptr %arrayidx7, align 4, !dbg !41, !tbaa !31
  %5 = tail call float @llvm.fmuladd.f32(float %3, float %4, float %acc.023), !dbg !42
  call void @llvm.dbg.value(metadata float %5, metadata !24, metadata !DIExpression()), !dbg !35
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !43
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !23, metadata !DIExpression()), !dbg !28
  %exitcond.not = icmp eq i64 %indvars.iv.next, 32, !dbg !44
  br i1 %exitcond.not, label %for.end, label %for.body3, !dbg !36, !llvm.loop !45

for.end:                                          ; preds = %for.body3
  %arrayidx10 = getelementptr inbounds float, ptr %y, i64 %indvars.iv27, !dbg !48
  store float %5, ptr %arrayidx10, align 4, !dbg !49, !tbaa !31
  %indvars.iv.next28 = add nuw nsw i64 %indvars.iv27, 1, !dbg !50
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next28, metadata !21, metadata !DIExpression()), !dbg !28
  %exitcond31.not = icmp eq i64 %indvars.iv.next28, 16, !dbg !51
  br i1 %exitcond31.not, label %for.end13, label %for.body, !dbg !29, !llvm.loop !52

for.end13:                                        ; preds = %for.end
  ret void, !dbg !54
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/matvec.c", directory: ".", checksumkind: CSK_MD5, checksum: "eace4c8f08e18e248a0e35ac34294fe3")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "matvec", scope: !1, file: !1, line: 5, type: !10, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !12, !12, !15}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !{!17, !18, !19, !20, !21, !23, !24}
!17 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 5, type: !12)
!18 = !DILocalVariable(name: "x", arg: 2, scope: !9, file: !1, line: 5, type: !12)
!19 = !DILocalVariable(name: "b", arg: 3, scope: !9, file: !1, line: 5, type: !12)
!20 = !DILocalVariable(name: "y", arg: 4, scope: !9, file: !1, line: 5, type: !15)
!21 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 7, type: !22)
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 7, type: !22)
!24 = !DILocalVariable(name: "acc", scope: !25, file: !1, line: 9, type: !14)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 8, column: 32)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 8, column: 5)
!27 = distinct !DILexicalBlock(scope: !9, file: !1, line: 8, column: 5)
!28 = !DILocation(line: 0, scope: !9)
!29 = !DILocation(line: 8, column: 5, scope: !27)
!30 = !DILocation(line: 9, column: 21, scope: !25)
!31 = !{!32, !32, i64 0}
!32 = !{!"float", !33, i64 0}
!33 = !{!"omnipotent char", !34, i64 0}
!34 = !{!"Simple C/C++ TBAA"}
!35 = !DILocation(line: 0, scope: !25)
!36 = !DILocation(line: 10, column: 9, scope: !37)
!37 = distinct !DILexicalBlock(scope: !25, file: !1, line: 10, column: 9)
!38 = !DILocation(line: 11, column: 31, scope: !39)
!39 = distinct !DILexicalBlock(scope: !37, file: !1, line: 10, column: 9)
!40 = !DILocation(line: 11, column: 20, scope: !39)
!41 = !DILocation(line: 11, column: 38, scope: !39)
!42 = !DILocation(line: 11, column: 17, scope: !39)
!43 = !DILocation(line: 10, column: 32, scope: !39)
!44 = !DILocation(line: 10, column: 23, scope: !39)
!45 = distinct !{!45, !36, !46, !47}
!46 = !DILocation(line: 11, column: 41, scope: !37)
!47 = !{!"llvm.loop.unroll.disable"}
!48 = !DILocation(line: 12, column: 9, scope: !25)
!49 = !DILocation(line: 12, column: 14, scope: !25)
!50 = !DILocation(line: 8, column: 28, scope: !26)
!51 = !DILocation(line: 8, column: 19, scope: !26)
!52 = distinct !{!52, !29, !53, !47}
!53 = !DILocation(line: 13, column: 5, scope: !27)
!54 = !DILocation(line: 14, column: 1, scope: !9)
