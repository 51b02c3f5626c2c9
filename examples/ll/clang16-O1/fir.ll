; ModuleID = 'kernels/fir.c'
source_filename = "kernels/fir.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @fir(ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %h, ptr nocapture noundef writeonly %y, i32 noundef %n) local_unnamed_addr #0 !dbg !15 {
entry:
  call void @llvm.dbg.value(metadata ptr %x, metadata !25, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata ptr %h, metadata !26, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata ptr %y, metadata !27, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %n, metadata !28, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 poison, metadata !28, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !35
  %cmp124 = icmp sgt i32 %n, 0, !dbg !36
  br i1 %cmp124, label %for.cond2.preheader.preheader, label %for.end13, !dbg !37

for.cond2.preheader.preheader:                    ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 512), !dbg !38
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !28, metadata !DIExpression()), !dbg !35
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !37
  %wide.trip.count = zext i32 %smax to i64, !dbg !36
  br label %for.cond2.preheader, !dbg !37

for.cond2.preheader:                              ; preds = %for.cond2.preheader.preheader, %for.end
  %indvars.iv28 = phi i64 [ 0, %for.cond2.preheader.preheader ], [ %indvars.iv.next29, %for.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv28, metadata !29, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !31, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !35
  br label %for.body4, !dbg !40

for.body4:                                        ; preds = %for.cond2.preheader, %for.body4
  %indvars.iv = phi i64 [ 0, %for.cond2.preheader ], [ %indvars.iv.next, %for.body4 ]
  %acc.023 = phi i32 [ 0, %for.cond2.preheader ], [ %add8, %for.body4 ]
  call void @llvm.dbg.value(metadata i32 %acc.023, metadata !31, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !30, metadata !DIExpression()), !dbg !35
  %0 = add nuw nsw i64 %indvars.iv, %indvars.iv28, !dbg !42
  %arrayidx = getelementptr inbounds i16, ptr %x, i64 %0, !dbg !44
  %1 = load i16, ptr %arrayidx, align 2, !dbg !44, !tbaa !45
  %conv = sext i16 %1 to i32, !dbg !49
  %arrayidx6 = getelementptr inbounds i16, ptr %h, i64 %indvars.iv, !dbg !50
  %2 = load i16, ptr %arrayidx6, align 2, !dbg !50, !tbaa !45
  %conv7 = sext i16 %2 to i32, !dbg !51
  %mul = mul nsw i32 %conv7, %conv, !dbg !52
  %shr = ashr i32 %mul, 15, !dbg !53
  %add8 = add nsw i32 %shr, %acc.023, !dbg !54
  call void @llvm.dbg.value(metadata i32 %add8, metadata !31, metadata !DIExpression()), !dbg !39
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !55
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !30, metadata !DIExpression()), !dbg !35
  %exitcond.not = icmp eq i64 %indvars.iv.next, 16, !dbg !56
  br i1 %exitcond.not, label %for.end, label %for.body4, !dbg !40, !llvm.loop !57

for.end:                                          ; preds = %for.body4
  %arrayidx10 = getelementptr inbounds i32, ptr %y, i64 %indvars.iv28, !dbg !60
  store i32 %add8, ptr %arrayidx10, align 4, !dbg !61, !tbaa !62
  %indvars.iv.next29 = add nuw nsw i64 %indvars.iv28, 1, !dbg !64
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next29, metadata !29, metadata !DIExpression()), !dbg !35
  %exitcond31.not = icmp eq i64 %indvars.iv.next29, %wide.trip.count, !dbg !36
  br i1 %exitcond31.not, label %for.end13, label %for.cond2.preheader, !dbg !37, !llvm.loop !65

for.end13:                                        ; preds = %for.end, %entry
  ret void, !dbg !67
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
!llvm.module.flags = !{!8, !9, !10, !11, !12, !13}
!llvm.ident = !{!14}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/fir.c", directory: ".", checksumkind: CSK_MD5, checksum: "d9552fa627ae27e42e25f456a91fa466")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !4, line: 26, baseType: !5)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "", checksumkind: CSK_MD5, checksum: "55bcbdc3159515ebd91d351a70d505f4")
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !6, line: 41, baseType: !7)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !{i32 7, !"Dwarf Version", i32 5}
!9 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !{i32 1, !"wchar_size", i32 4}
!11 = !{i32 8, !"PIC Level", i32 2}
!12 = !{i32 7, !"PIE Level", i32 2}
!13 = !{i32 7, !"uwtable", i32 2}
!14 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!15 = distinct !DISubprogram(name: "fir", scope: !1, file: !1, line: 8, type: !16, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!16 = !DISubroutineType(types: !17)
!17 = !{null, !18, !18, !23, !7}
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!19 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "int16_t", file: !4, line: 25, baseType: !21)
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int16_t", file: !6, line: 39, baseType: !22)
!22 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3, size: 64)
!24 = !{!25, !26, !27, !28, !29, !30, !31}
!25 = !DILocalVariable(name: "x", arg: 1, scope: !15, file: !1, line: 8, type: !18)
!26 = !DILocalVariable(name: "h", arg: 2, scope: !15, file: !1, line: 8, type: !18)
!27 = !DILocalVariable(name: "y", arg: 3, scope: !15, file: !1, line: 8, type: !23)
!28 = !DILocalVariable(name: "n", arg: 4, scope: !15, file: !1, line: 8, type: !7)
!29 = !DILocalVariable(name: "i", scope: !15, file: !1, line: 10, type: !7)
!30 = !DILocalVariable(name: "k", scope: !15, file: !1, line: 10, type: !7)
!31 = !DILocalVariable(name: "acc", scope: !32, file: !1, line: 14, type: !3)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 13, column: 29)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 13, column: 5)
!34 = distinct !DILexicalBlock(scope: !15, file: !1, line: 13, column: 5)
!35 = !DILocation(line: 0, scope: !15)
!36 = !DILocation(line: 13, column: 19, scope: !33)
!37 = !DILocation(line: 13, column: 5, scope: !34)
!38 = !DILocation(line: 11, column: 9, scope: !15)
!39 = !DILocation(line: 0, scope: !32)
!40 = !DILocation(line: 15, column: 9, scope: !41)
!41 = distinct !DILexicalBlock(scope: !32, file: !1, line: 15, column: 9)
!42 = !DILocation(line: 16, column: 34, scope: !43)
!43 = distinct !DILexicalBlock(scope: !41, file: !1, line: 15, column: 9)
!44 = !DILocation(line: 16, column: 30, scope: !43)
!45 = !{!46, !46, i64 0}
!46 = !{!"short", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 16, column: 21, scope: !43)
!50 = !DILocation(line: 16, column: 50, scope: !43)
!51 = !DILocation(line: 16, column: 41, scope: !43)
!52 = !DILocation(line: 16, column: 39, scope: !43)
!53 = !DILocation(line: 16, column: 56, scope: !43)
!54 = !DILocation(line: 16, column: 17, scope: !43)
!55 = !DILocation(line: 15, column: 32, scope: !43)
!56 = !DILocation(line: 15, column: 23, scope: !43)
!57 = distinct !{!57, !40, !58, !59}
!58 = !DILocation(line: 16, column: 59, scope: !41)
!59 = !{!"llvm.loop.unroll.disable"}
!60 = !DILocation(line: 17, column: 9, scope: !32)
!61 = !DILocation(line: 17, column: 14, scope: !32)
!62 = !{!63, !63, i64 0}
!63 = !{!"int", !47, i64 0}
!64 = !DILocation(line: 13, column: 25, scope: !33)
!65 = distinct !{!65, !37, !66, !59}
!66 = !DILocation(line: 18, column: 5, scope: !34)
!67 = !DILocation(line: 19, column: 1, scope: !15)
