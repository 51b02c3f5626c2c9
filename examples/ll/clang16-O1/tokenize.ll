; ModuleID = 'kernels/tokenize.c'
source_filename = "kernels/tokenize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @tokenize(ptr nocapture noundef readonly %s, i32 noundef %n, ptr nocapture noundef writeonly %counts) local_unnamed_addr #0 !dbg !16 {
entry:
  call void @llvm.dbg.value(metadata ptr %s, metadata !25, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %n, metadata !26, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata ptr %counts, metadata !27, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 poison, metadata !26, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !31, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !38
  %cmp173 = icmp sgt i32 %n, 0, !dbg !39
  br i1 %cmp173, label %for.body.preheader, label %for.end, !dbg !40

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !41
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !26, metadata !DIExpression()), !dbg !38
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !40
  %wide.trip.count = zext i32 %smax to i64, !dbg !39
  br label %for.body, !dbg !40

for.body:                                         ; preds = %for.body.preheader, %sw.epilog
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %sw.epilog ]
  %st.077 = phi i32 [ 0, %for.body.preheader ], [ %st.1, %sw.epilog ]
  %nums.076 = phi i32 [ 0, %for.body.preheader ], [ %nums.1, %sw.epilog ]
  %words.074 = phi i32 [ 0, %for.body.preheader ], [ %words.1, %sw.epilog ]
  call void @llvm.dbg.value(metadata i32 %st.077, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %nums.076, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !31, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %words.074, metadata !30, metadata !DIExpression()), !dbg !38
  %arrayidx = getelementptr inbounds i8, ptr %s, i64 %indvars.iv, !dbg !42
  %0 = load i8, ptr %arrayidx, align 1, !dbg !42, !tbaa !43
  call void @llvm.dbg.value(metadata i8 %0, metadata !32, metadata !DIExpression()), !dbg !46
  %1 = add i8 %0, -48, !dbg !47
  %2 = icmp ult i8 %1, 10, !dbg !47
  call void @llvm.dbg.value(metadata i1 %2, metadata !36, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !46
  %3 = and i8 %0, -33, !dbg !48
  %4 = add i8 %3, -65, !dbg !48
  %or.cond68 = icmp ult i8 %4, 26, !dbg !48
  %cmp21 = icmp eq i8 %0, 95
  %spec.select72 = select i1 %or.cond68, i1 true, i1 %cmp21, !dbg !48
  call void @llvm.dbg.value(metadata i1 %spec.select72, metadata !37, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !46
  switch i32 %st.077, label %sw.epilog [
    i32 0, label %sw.bb
    i32 1, label %sw.bb29
    i32 2, label %sw.bb38
  ], !dbg !49

sw.bb:                                            ; preds = %for.body
  br i1 %2, label %if.then23, label %if.else, !dbg !50

if.then23:                                        ; preds = %sw.bb
  call void @llvm.dbg.value(metadata i32 1, metadata !28, metadata !DIExpression()), !dbg !38
  %inc = add nsw i32 %nums.076, 1, !dbg !52
  call void @llvm.dbg.value(metadata i32 %inc, metadata !29, metadata !DIExpression()), !dbg !38
  br label %sw.epilog, !dbg !55

if.else:                                          ; preds = %sw.bb
  %inc26 = zext i1 %spec.select72 to i32, !dbg !56
  %spec.select = add nsw i32 %words.074, %inc26, !dbg !56
  %spec.select69 = select i1 %spec.select72, i32 2, i32 0, !dbg !56
  br label %sw.epilog, !dbg !56

sw.bb29:                                          ; preds = %for.body
  br i1 %spec.select72, label %if.then31, label %if.else33, !dbg !57

if.then31:                                        ; preds = %sw.bb29
  call void @llvm.dbg.value(metadata i32 2, metadata !28, metadata !DIExpression()), !dbg !38
  %inc32 = add nsw i32 %words.074, 1, !dbg !58
  call void @llvm.dbg.value(metadata i32 %inc32, metadata !30, metadata !DIExpression()), !dbg !38
  br label %sw.epilog, !dbg !61

if.else33:                                        ; preds = %sw.bb29
  %spec.select70 = zext i1 %2 to i32, !dbg !62
  br label %sw.epilog, !dbg !62

sw.bb38:                                          ; preds = %for.body
  %or.cond48 = select i1 %spec.select72, i1 true, i1 %2, !dbg !63
  %spec.select71 = select i1 %or.cond48, i32 2, i32 0, !dbg !63
  br label %sw.epilog, !dbg !63

sw.epilog:                                        ; preds = %sw.bb38, %if.else33, %if.else, %if.then31, %if.then23, %for.body
  %words.1 = phi i32 [ %words.074, %for.body ], [ %inc32, %if.then31 ], [ %words.074, %if.then23 ], [ %spec.select, %if.else ], [ %words.074, %if.else33 ], [ %words.074, %sw.bb38 ], !dbg !38
  %nums.1 = phi i32 [ %nums.076, %for.body ], [ %nums.076, %if.then31 ], [ %inc, %if.then23 ], [ %nums.076, %if.else ], [ %nums.076, %if.else33 ], [ %nums.076, %sw.bb38 ], !dbg !38
  %st.1 = phi i32 [ %st.077, %for.body ], [ 2, %if.then31 ], [ 1, %if.then23 ], [ %spec.select69, %if.else ], [ %spec.select70, %if.else33 ], [ %spec.select71, %sw.bb38 ], !dbg !38
  call void @llvm.dbg.value(metadata i32 %st.1, metadata !28, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %nums.1, metadata !29, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 %words.1, metadata !30, metadata !DIExpression()), !dbg !38
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !65
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !31, metadata !DIExpression()), !dbg !38
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !39
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !40, !llvm.loop !66

for.end:                                          ; preds = %sw.epilog, %entry
  %words.0.lcssa = phi i32 [ 0, %entry ], [ %words.1, %sw.epilog ], !dbg !69
  %nums.0.lcssa = phi i32 [ 0, %entry ], [ %nums.1, %sw.epilog ], !dbg !70
  store i32 %nums.0.lcssa, ptr %counts, align 4, !dbg !71, !tbaa !72
  %arrayidx46 = getelementptr inbounds i32, ptr %counts, i64 1, !dbg !74
  store i32 %words.0.lcssa, ptr %arrayidx46, align 4, !dbg !75, !tbaa !72
  %add = add nsw i32 %nums.0.lcssa, %words.0.lcssa, !dbg !76
  ret i32 %add, !dbg !77
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
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14}
!llvm.ident = !{!15}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/tokenize.c", directory: ".", checksumkind: CSK_MD5, checksum: "64e1ec201f69333ce1bae6149adb7b38")
!2 = !{!3}
!3 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "lex_state", file: !1, line: 6, baseType: !4, size: 32, elements: !5)
!4 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!5 = !{!6, !7, !8}
!6 = !DIEnumerator(name: "IDLE", value: 0)
!7 = !DIEnumerator(name: "IN_NUM", value: 1)
!8 = !DIEnumerator(name: "IN_WORD", value: 2)
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 8, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 2}
!15 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!16 = distinct !DISubprogram(name: "tokenize", scope: !1, file: !1, line: 8, type: !17, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!17 = !DISubroutineType(types: !18)
!18 = !{!19, !20, !19, !23}
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!21 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!22 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!24 = !{!25, !26, !27, !28, !29, !30, !31, !32, !36, !37}
!25 = !DILocalVariable(name: "s", arg: 1, scope: !16, file: !1, line: 8, type: !20)
!26 = !DILocalVariable(name: "n", arg: 2, scope: !16, file: !1, line: 8, type: !19)
!27 = !DILocalVariable(name: "counts", arg: 3, scope: !16, file: !1, line: 8, type: !23)
!28 = !DILocalVariable(name: "st", scope: !16, file: !1, line: 10, type: !3)
!29 = !DILocalVariable(name: "nums", scope: !16, file: !1, line: 11, type: !19)
!30 = !DILocalVariable(name: "words", scope: !16, file: !1, line: 11, type: !19)
!31 = !DILocalVariable(name: "i", scope: !16, file: !1, line: 11, type: !19)
!32 = !DILocalVariable(name: "c", scope: !33, file: !1, line: 15, type: !22)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 14, column: 29)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 14, column: 5)
!35 = distinct !DILexicalBlock(scope: !16, file: !1, line: 14, column: 5)
!36 = !DILocalVariable(name: "digit", scope: !33, file: !1, line: 16, type: !19)
!37 = !DILocalVariable(name: "alpha", scope: !33, file: !1, line: 17, type: !19)
!38 = !DILocation(line: 0, scope: !16)
!39 = !DILocation(line: 14, column: 19, scope: !34)
!40 = !DILocation(line: 14, column: 5, scope: !35)
!41 = !DILocation(line: 12, column: 9, scope: !16)
!42 = !DILocation(line: 15, column: 18, scope: !33)
!43 = !{!44, !44, i64 0}
!44 = !{!"omnipotent char", !45, i64 0}
!45 = !{!"Simple C/C++ TBAA"}
!46 = !DILocation(line: 0, scope: !33)
!47 = !DILocation(line: 16, column: 30, scope: !33)
!48 = !DILocation(line: 17, column: 31, scope: !33)
!49 = !DILocation(line: 18, column: 9, scope: !33)
!50 = !DILocation(line: 20, column: 17, scope: !51)
!51 = distinct !DILexicalBlock(scope: !33, file: !1, line: 18, column: 21)
!52 = !DILocation(line: 22, column: 21, scope: !53)
!53 = distinct !DILexicalBlock(scope: !54, file: !1, line: 20, column: 24)
!54 = distinct !DILexicalBlock(scope: !51, file: !1, line: 20, column: 17)
!55 = !DILocation(line: 23, column: 13, scope: !53)
!56 = !DILocation(line: 23, column: 24, scope: !54)
!57 = !DILocation(line: 29, column: 17, scope: !51)
!58 = !DILocation(line: 31, column: 22, scope: !59)
!59 = distinct !DILexicalBlock(scope: !60, file: !1, line: 29, column: 24)
!60 = distinct !DILexicalBlock(scope: !51, file: !1, line: 29, column: 17)
!61 = !DILocation(line: 32, column: 13, scope: !59)
!62 = !DILocation(line: 32, column: 24, scope: !60)
!63 = !DILocation(line: 37, column: 24, scope: !64)
!64 = distinct !DILexicalBlock(scope: !51, file: !1, line: 37, column: 17)
!65 = !DILocation(line: 14, column: 25, scope: !34)
!66 = distinct !{!66, !40, !67, !68}
!67 = !DILocation(line: 41, column: 5, scope: !35)
!68 = !{!"llvm.loop.unroll.disable"}
!69 = !DILocation(line: 11, column: 19, scope: !16)
!70 = !DILocation(line: 11, column: 9, scope: !16)
!71 = !DILocation(line: 42, column: 15, scope: !16)
!72 = !{!73, !73, i64 0}
!73 = !{!"int", !44, i64 0}
!74 = !DILocation(line: 43, column: 5, scope: !16)
!75 = !DILocation(line: 43, column: 15, scope: !16)
!76 = !DILocation(line: 44, column: 17, scope: !16)
!77 = !DILocation(line: 44, column: 5, scope: !16)
