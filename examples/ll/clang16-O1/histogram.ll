; ModuleID = 'kernels/histogram.c'
source_filename = "kernels/histogram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @histogram(ptr nocapture noundef readonly %img, ptr nocapture noundef %bins, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %img, metadata !23, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata ptr %bins, metadata !24, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 %n, metadata !25, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !25, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !28
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %bins, i8 0, i64 64, i1 false), !dbg !29, !tbaa !32
  call void @llvm.dbg.value(metadata i64 poison, metadata !26, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !28
  %cmp343 = icmp sgt i32 %n, 0, !dbg !36
  br i1 %cmp343, label %for.body4.preheader, label %for.body16.preheader, !dbg !39

for.body4.preheader:                              ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !40
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !39
  %wide.trip.count = zext i32 %smax to i64, !dbg !36
  br label %for.body4, !dbg !39

for.body4:                                        ; preds = %for.body4.preheader, %for.body4
  %indvars.iv = phi i64 [ 0, %for.body4.preheader ], [ %indvars.iv.next, %for.body4 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !26, metadata !DIExpression()), !dbg !28
  %arrayidx6 = getelementptr inbounds i8, ptr %img, i64 %indvars.iv, !dbg !41
  %0 = load i8, ptr %arrayidx6, align 1, !dbg !41, !tbaa !42
  %1 = lshr i8 %0, 4
  %idxprom7 = zext i8 %1 to i64, !dbg !43
  %arrayidx8 = getelementptr inbounds i32, ptr %bins, i64 %idxprom7, !dbg !43
  %2 = load i32, ptr %arrayidx8, align 4, !dbg !44, !tbaa !32
  %inc9 = add i32 %2, 1, !dbg !44
  store i32 %inc9, ptr %arrayidx8, align 4, !dbg !44, !tbaa !32
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !45
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !26, metadata !DIExpression()), !dbg !28
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !36
  br i1 %exitcond.not, label %for.body16.preheader, label %for.body4, !dbg !39, !llvm.loop !46

for.body16.preheader:                             ; preds = %for.body4, %entry
  br label %for.body16, !dbg !49

for.body16:                                       ; preds = %for.body16.preheader, %for.body16
  %indvars.iv49 = phi i64 [ %indvars.iv.next50, %for.body16 ], [ 1, %for.body16.preheader ]
  %best.046 = phi i32 [ %spec.select, %for.body16 ], [ 0, %for.body16.preheader ]
  call void @llvm.dbg.value(metadata i32 %best.046, metadata !27, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i64 %indvars.iv49, metadata !26, metadata !DIExpression()), !dbg !28
  %arrayidx18 = getelementptr inbounds i32, ptr %bins, i64 %indvars.iv49, !dbg !51
  %3 = load i32, ptr %arrayidx18, align 4, !dbg !51, !tbaa !32
  %idxprom19 = sext i32 %best.046 to i64, !dbg !54
  %arrayidx20 = getelementptr inbounds i32, ptr %bins, i64 %idxprom19, !dbg !54
  %4 = load i32, ptr %arrayidx20, align 4, !dbg !54, !tbaa !32
  %cmp21 = icmp ugt i32 %3, %4, !dbg !55
  %5 = trunc i64 %indvars.iv49 to i32, !dbg !56
  %spec.select = select i1 %cmp21, i32 %5, i32 %best.046, !dbg !56
  call void @llvm.dbg.value(metadata i32 %spec.select, metadata !27, metadata !DIExpression()), !dbg !28
  %indvars.iv.next50 = add nuw nsw i64 %indvars.iv49, 1, !dbg !57
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next50, metadata !26, metadata !DIExpression()), !dbg !28
  %exitcond52.not = icmp eq i64 %indvars.iv.next50, 16, !dbg !58
  br i1 %exitcond52.not, label %for.end27, label %for.body16, !dbg !49, !llvm.loop !59

for.end27:                                        ; preds = %for.body16
  ret i32 %spec.select, !dbg !61
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/histogram.c", directory: ".", checksumkind: CSK_MD5, checksum: "5705739265216b74acbadadb47c56500")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "histogram", scope: !1, file: !1, line: 8, type: !10, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !22)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !20, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !15)
!15 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !16, line: 24, baseType: !17)
!16 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!17 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !18, line: 38, baseType: !19)
!18 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!19 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!21 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!22 = !{!23, !24, !25, !26, !27}
!23 = !DILocalVariable(name: "img", arg: 1, scope: !9, file: !1, line: 8, type: !13)
!24 = !DILocalVariable(name: "bins", arg: 2, scope: !9, file: !1, line: 8, type: !20)
!25 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 8, type: !12)
!26 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 10, type: !12)
!27 = !DILocalVariable(name: "best", scope: !9, file: !1, line: 10, type: !12)
!28 = !DILocation(line: 0, scope: !9)
!29 = !DILocation(line: 14, column: 17, scope: !30)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 13, column: 5)
!31 = distinct !DILexicalBlock(scope: !9, file: !1, line: 13, column: 5)
!32 = !{!33, !33, i64 0}
!33 = !{!"int", !34, i64 0}
!34 = !{!"omnipotent char", !35, i64 0}
!35 = !{!"Simple C/C++ TBAA"}
!36 = !DILocation(line: 15, column: 19, scope: !37)
!37 = distinct !DILexicalBlock(scope: !38, file: !1, line: 15, column: 5)
!38 = distinct !DILexicalBlock(scope: !9, file: !1, line: 15, column: 5)
!39 = !DILocation(line: 15, column: 5, scope: !38)
!40 = !DILocation(line: 11, column: 9, scope: !9)
!41 = !DILocation(line: 16, column: 14, scope: !37)
!42 = !{!34, !34, i64 0}
!43 = !DILocation(line: 16, column: 9, scope: !37)
!44 = !DILocation(line: 16, column: 26, scope: !37)
!45 = !DILocation(line: 15, column: 25, scope: !37)
!46 = distinct !{!46, !39, !47, !48}
!47 = !DILocation(line: 16, column: 26, scope: !38)
!48 = !{!"llvm.loop.unroll.disable"}
!49 = !DILocation(line: 17, column: 5, scope: !50)
!50 = distinct !DILexicalBlock(scope: !9, file: !1, line: 17, column: 5)
!51 = !DILocation(line: 18, column: 13, scope: !52)
!52 = distinct !DILexicalBlock(scope: !53, file: !1, line: 18, column: 13)
!53 = distinct !DILexicalBlock(scope: !50, file: !1, line: 17, column: 5)
!54 = !DILocation(line: 18, column: 23, scope: !52)
!55 = !DILocation(line: 18, column: 21, scope: !52)
!56 = !DILocation(line: 18, column: 13, scope: !53)
!57 = !DILocation(line: 17, column: 28, scope: !53)
!58 = !DILocation(line: 17, column: 19, scope: !53)
!59 = distinct !{!59, !49, !60, !48}
!60 = !DILocation(line: 19, column: 20, scope: !50)
!61 = !DILocation(line: 20, column: 5, scope: !9)
