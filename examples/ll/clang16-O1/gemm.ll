; ModuleID = 'kernels/gemm.c'
source_filename = "kernels/gemm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, ptr nocapture noundef writeonly %c) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %a, metadata !17, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata ptr %b, metadata !18, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata ptr %c, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !30
  br label %for.cond1.preheader, !dbg !31

for.cond1.preheader:                              ; preds = %entry, %for.inc20
  %indvars.iv46 = phi i64 [ 0, %entry ], [ %indvars.iv.next47, %for.inc20 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv46, metadata !20, metadata !DIExpression()), !dbg !30
  %0 = shl nsw i64 %indvars.iv46, 4
  %1 = shl nsw i64 %indvars.iv46, 4
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !30
  br label %for.cond4.preheader, !dbg !32

for.cond4.preheader:                              ; preds = %for.cond1.preheader, %for.end
  %indvars.iv41 = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next42, %for.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv41, metadata !21, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !30
  br label %for.body6, !dbg !34

for.body6:                                        ; preds = %for.cond4.preheader, %for.body6
  %indvars.iv = phi i64 [ 0, %for.cond4.preheader ], [ %indvars.iv.next, %for.body6 ]
  %acc.034 = phi i32 [ 0, %for.cond4.preheader ], [ %add12, %for.body6 ]
  call void @llvm.dbg.value(metadata i32 %acc.034, metadata !23, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !22, metadata !DIExpression()), !dbg !30
  %2 = add nuw nsw i64 %indvars.iv, %0, !dbg !36
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %2, !dbg !38
  %3 = load i32, ptr %arrayidx, align 4, !dbg !38, !tbaa !39
  %4 = shl nsw i64 %indvars.iv, 4, !dbg !43
  %5 = add nuw nsw i64 %4, %indvars.iv41, !dbg !44
  %arrayidx10 = getelementptr inbounds i32, ptr %b, i64 %5, !dbg !45
  %6 = load i32, ptr %arrayidx10, align 4, !dbg !45, !tbaa !39
  %mul11 = mul nsw i32 %6, %3, !dbg !46
  %add12 = add nsw i32 %mul11, %acc.034, !dbg !47
  call void @llvm.dbg.value(metadata i32 %add12, metadata !23, metadata !DIExpression()), !dbg !33
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !48
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !22, metadata !DIExpression()), !dbg !30
  %exitcond.not = icmp eq i64 %indvars.iv.next, 16, !dbg !49
  br i1 %exitcond.not, label %for.end, label %for.body6, !dbg !34, !llvm.loop !50

for.end:                                          ; preds = %for.body6
  %7 = add nuw nsw i64 %indvars.iv41, %1, !dbg !53
  %arrayidx16 = getelementptr inbounds i32, ptr %c, i64 %7, !dbg !54
  store i32 %add12, ptr %arrayidx16, align 4, !dbg !55, !tbaa !39
  %indvars.iv.next42 = add nuw nsw i64 %indvars.iv41, 1, !dbg !56
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next42, metadata !21, metadata !DIExpression()), !dbg !30
  %exitcond45.not = icmp eq i64 %indvars.iv.next42, 16, !dbg !57
  br i1 %exitcond45.not, label %for.inc20, label %for.cond4.preheader, !dbg !32, !llvm.loop !58

for.inc20:                                        ; preds = %for.end
  %indvars.iv.next47 = add nuw nsw i64 %indvars.iv46, 1, !dbg !60
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next47, metadata !20, metadata !DIExpression()), !dbg !30
  %exitcond51.not = icmp eq i64 %indvars.iv.next47, 16, !dbg !61
  br i1 %exitcond51.not, label %for.end22, label %for.cond1.preheader, !dbg !31, !llvm.loop !62

for.end22:                                        ; preds = %for.inc20
  ret void, !dbg !64
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/gemm.c", directory: ".", checksumkind: CSK_MD5, checksum: "a7f8a1608c3d9eb0fd8fc0ba1475b9f5")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "gemm", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !12, !15}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !{!17, !18, !19, !20, !21, !22, !23}
!17 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !12)
!18 = !DILocalVariable(name: "b", arg: 2, scope: !9, file: !1, line: 4, type: !12)
!19 = !DILocalVariable(name: "c", arg: 3, scope: !9, file: !1, line: 4, type: !15)
!20 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !14)
!21 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 6, type: !14)
!22 = !DILocalVariable(name: "k", scope: !9, file: !1, line: 6, type: !14)
!23 = !DILocalVariable(name: "acc", scope: !24, file: !1, line: 9, type: !14)
!24 = distinct !DILexicalBlock(scope: !25, file: !1, line: 8, column: 33)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 8, column: 9)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 8, column: 9)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 7, column: 29)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 7, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 7, column: 5)
!30 = !DILocation(line: 0, scope: !9)
!31 = !DILocation(line: 7, column: 5, scope: !29)
!32 = !DILocation(line: 8, column: 9, scope: !26)
!33 = !DILocation(line: 0, scope: !24)
!34 = !DILocation(line: 10, column: 13, scope: !35)
!35 = distinct !DILexicalBlock(scope: !24, file: !1, line: 10, column: 13)
!36 = !DILocation(line: 11, column: 32, scope: !37)
!37 = distinct !DILexicalBlock(scope: !35, file: !1, line: 10, column: 13)
!38 = !DILocation(line: 11, column: 24, scope: !37)
!39 = !{!40, !40, i64 0}
!40 = !{!"int", !41, i64 0}
!41 = !{!"omnipotent char", !42, i64 0}
!42 = !{!"Simple C/C++ TBAA"}
!43 = !DILocation(line: 11, column: 43, scope: !37)
!44 = !DILocation(line: 11, column: 47, scope: !37)
!45 = !DILocation(line: 11, column: 39, scope: !37)
!46 = !DILocation(line: 11, column: 37, scope: !37)
!47 = !DILocation(line: 11, column: 21, scope: !37)
!48 = !DILocation(line: 10, column: 33, scope: !37)
!49 = !DILocation(line: 10, column: 27, scope: !37)
!50 = distinct !{!50, !34, !51, !52}
!51 = !DILocation(line: 11, column: 50, scope: !35)
!52 = !{!"llvm.loop.unroll.disable"}
!53 = !DILocation(line: 12, column: 21, scope: !24)
!54 = !DILocation(line: 12, column: 13, scope: !24)
!55 = !DILocation(line: 12, column: 26, scope: !24)
!56 = !DILocation(line: 8, column: 29, scope: !25)
!57 = !DILocation(line: 8, column: 23, scope: !25)
!58 = distinct !{!58, !32, !59, !52}
!59 = !DILocation(line: 13, column: 9, scope: !26)
!60 = !DILocation(line: 7, column: 25, scope: !28)
!61 = !DILocation(line: 7, column: 19, scope: !28)
!62 = distinct !{!62, !31, !63, !52}
!63 = !DILocation(line: 14, column: 5, scope: !29)
!64 = !DILocation(line: 15, column: 1, scope: !9)
