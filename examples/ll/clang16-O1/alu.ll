; ModuleID = 'kernels/alu.c'
source_filename = "kernels/alu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @alu(ptr nocapture noundef readonly %op, ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, ptr nocapture noundef writeonly %out, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %op, metadata !27, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata ptr %a, metadata !28, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata ptr %b, metadata !29, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata ptr %out, metadata !30, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 %n, metadata !31, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 poison, metadata !31, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !40
  %cmp159 = icmp sgt i32 %n, 0, !dbg !41
  br i1 %cmp159, label %for.body.preheader, label %for.end, !dbg !42

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 256), !dbg !43
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !31, metadata !DIExpression()), !dbg !40
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !42
  %wide.trip.count = zext i32 %smax to i64, !dbg !41
  br label %for.body, !dbg !42

for.body:                                         ; preds = %for.body.preheader, %sw.epilog
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %sw.epilog ]
  %check.061 = phi i32 [ 0, %for.body.preheader ], [ %xor28, %sw.epilog ]
  call void @llvm.dbg.value(metadata i32 %check.061, metadata !32, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !33, metadata !DIExpression()), !dbg !40
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %indvars.iv, !dbg !44
  %0 = load i32, ptr %arrayidx, align 4, !dbg !44, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %0, metadata !34, metadata !DIExpression()), !dbg !49
  %arrayidx3 = getelementptr inbounds i32, ptr %b, i64 %indvars.iv, !dbg !50
  %1 = load i32, ptr %arrayidx3, align 4, !dbg !50, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %1, metadata !38, metadata !DIExpression()), !dbg !49
  %arrayidx5 = getelementptr inbounds i8, ptr %op, i64 %indvars.iv, !dbg !51
  %2 = load i8, ptr %arrayidx5, align 1, !dbg !51, !tbaa !52
  %3 = and i8 %2, 15, !dbg !53
  %and = zext i8 %3 to i32, !dbg !53
  switch i32 %and, label %sw.epilog [
    i32 0, label %sw.bb
    i32 1, label %sw.bb6
    i32 2, label %sw.bb7
    i32 3, label %sw.bb8
    i32 4, label %sw.bb10
    i32 5, label %sw.bb11
    i32 6, label %sw.bb12
    i32 7, label %sw.bb14
    i32 8, label %sw.bb16
    i32 9, label %sw.bb19
  ], !dbg !54

sw.bb:                                            ; preds = %for.body
  %add = add i32 %1, %0, !dbg !55
  call void @llvm.dbg.value(metadata i32 %add, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !57

sw.bb6:                                           ; preds = %for.body
  %sub = sub i32 %0, %1, !dbg !58
  call void @llvm.dbg.value(metadata i32 %sub, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !59

sw.bb7:                                           ; preds = %for.body
  %mul = mul i32 %1, %0, !dbg !60
  call void @llvm.dbg.value(metadata i32 %mul, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !61

sw.bb8:                                           ; preds = %for.body
  %and9 = and i32 %1, %0, !dbg !62
  call void @llvm.dbg.value(metadata i32 %and9, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !63

sw.bb10:                                          ; preds = %for.body
  %or = or i32 %1, %0, !dbg !64
  call void @llvm.dbg.value(metadata i32 %or, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !65

sw.bb11:                                          ; preds = %for.body
  %xor = xor i32 %1, %0, !dbg !66
  call void @llvm.dbg.value(metadata i32 %xor, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !67

sw.bb12:                                          ; preds = %for.body
  %and13 = and i32 %1, 31, !dbg !68
  %shl = shl i32 %0, %and13, !dbg !69
  call void @llvm.dbg.value(metadata i32 %shl, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !70

sw.bb14:                                          ; preds = %for.body
  %and15 = and i32 %1, 31, !dbg !71
  %shr = lshr i32 %0, %and15, !dbg !72
  call void @llvm.dbg.value(metadata i32 %shr, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !73

sw.bb16:                                          ; preds = %for.body
  %cmp17.not = icmp eq i32 %1, 0, !dbg !74
  br i1 %cmp17.not, label %sw.epilog, label %cond.true, !dbg !75

cond.true:                                        ; preds = %sw.bb16
  %div = udiv i32 %0, %1, !dbg !76
  br label %sw.epilog, !dbg !75

sw.bb19:                                          ; preds = %for.body
  %cond25 = tail call i32 @llvm.umin.i32(i32 %0, i32 %1), !dbg !77
  call void @llvm.dbg.value(metadata i32 %cond25, metadata !39, metadata !DIExpression()), !dbg !49
  br label %sw.epilog, !dbg !78

sw.epilog:                                        ; preds = %for.body, %cond.true, %sw.bb16, %sw.bb19, %sw.bb14, %sw.bb12, %sw.bb11, %sw.bb10, %sw.bb8, %sw.bb7, %sw.bb6, %sw.bb
  %r.0 = phi i32 [ %cond25, %sw.bb19 ], [ %shr, %sw.bb14 ], [ %shl, %sw.bb12 ], [ %xor, %sw.bb11 ], [ %or, %sw.bb10 ], [ %and9, %sw.bb8 ], [ %mul, %sw.bb7 ], [ %sub, %sw.bb6 ], [ %add, %sw.bb ], [ %div, %cond.true ], [ 0, %sw.bb16 ], [ %0, %for.body ], !dbg !79
  call void @llvm.dbg.value(metadata i32 %r.0, metadata !39, metadata !DIExpression()), !dbg !49
  %arrayidx27 = getelementptr inbounds i32, ptr %out, i64 %indvars.iv, !dbg !80
  store i32 %r.0, ptr %arrayidx27, align 4, !dbg !81, !tbaa !45
  %xor28 = xor i32 %r.0, %check.061, !dbg !82
  call void @llvm.dbg.value(metadata i32 %xor28, metadata !32, metadata !DIExpression()), !dbg !40
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !83
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !33, metadata !DIExpression()), !dbg !40
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !41
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !42, !llvm.loop !84

for.end:                                          ; preds = %sw.epilog, %entry
  %check.0.lcssa = phi i32 [ 0, %entry ], [ %xor28, %sw.epilog ], !dbg !40
  ret i32 %check.0.lcssa, !dbg !87
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/alu.c", directory: ".", checksumkind: CSK_MD5, checksum: "e6ece8c2ae3b6d2e3bc127da271020bf")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "alu", scope: !1, file: !1, line: 8, type: !10, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !26)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !17, !22, !22, !24, !25}
!12 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !13, line: 26, baseType: !14)
!13 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!14 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !15, line: 42, baseType: !16)
!15 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!16 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !13, line: 24, baseType: !20)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !15, line: 38, baseType: !21)
!21 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !23, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!25 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!26 = !{!27, !28, !29, !30, !31, !32, !33, !34, !38, !39}
!27 = !DILocalVariable(name: "op", arg: 1, scope: !9, file: !1, line: 8, type: !17)
!28 = !DILocalVariable(name: "a", arg: 2, scope: !9, file: !1, line: 8, type: !22)
!29 = !DILocalVariable(name: "b", arg: 3, scope: !9, file: !1, line: 8, type: !22)
!30 = !DILocalVariable(name: "out", arg: 4, scope: !9, file: !1, line: 9, type: !24)
!31 = !DILocalVariable(name: "n", arg: 5, scope: !9, file: !1, line: 9, type: !25)
!32 = !DILocalVariable(name: "check", scope: !9, file: !1, line: 11, type: !12)
!33 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 12, type: !25)
!34 = !DILocalVariable(name: "x", scope: !35, file: !1, line: 16, type: !12)
!35 = distinct !DILexicalBlock(scope: !36, file: !1, line: 15, column: 29)
!36 = distinct !DILexicalBlock(scope: !37, file: !1, line: 15, column: 5)
!37 = distinct !DILexicalBlock(scope: !9, file: !1, line: 15, column: 5)
!38 = !DILocalVariable(name: "y", scope: !35, file: !1, line: 16, type: !12)
!39 = !DILocalVariable(name: "r", scope: !35, file: !1, line: 16, type: !12)
!40 = !DILocation(line: 0, scope: !9)
!41 = !DILocation(line: 15, column: 19, scope: !36)
!42 = !DILocation(line: 15, column: 5, scope: !37)
!43 = !DILocation(line: 13, column: 9, scope: !9)
!44 = !DILocation(line: 16, column: 22, scope: !35)
!45 = !{!46, !46, i64 0}
!46 = !{!"int", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 0, scope: !35)
!50 = !DILocation(line: 16, column: 32, scope: !35)
!51 = !DILocation(line: 17, column: 17, scope: !35)
!52 = !{!47, !47, i64 0}
!53 = !DILocation(line: 17, column: 23, scope: !35)
!54 = !DILocation(line: 17, column: 9, scope: !35)
!55 = !DILocation(line: 18, column: 23, scope: !56)
!56 = distinct !DILexicalBlock(scope: !35, file: !1, line: 17, column: 30)
!57 = !DILocation(line: 18, column: 28, scope: !56)
!58 = !DILocation(line: 19, column: 23, scope: !56)
!59 = !DILocation(line: 19, column: 28, scope: !56)
!60 = !DILocation(line: 20, column: 23, scope: !56)
!61 = !DILocation(line: 20, column: 28, scope: !56)
!62 = !DILocation(line: 21, column: 23, scope: !56)
!63 = !DILocation(line: 21, column: 28, scope: !56)
!64 = !DILocation(line: 22, column: 23, scope: !56)
!65 = !DILocation(line: 22, column: 28, scope: !56)
!66 = !DILocation(line: 23, column: 23, scope: !56)
!67 = !DILocation(line: 23, column: 28, scope: !56)
!68 = !DILocation(line: 24, column: 29, scope: !56)
!69 = !DILocation(line: 24, column: 23, scope: !56)
!70 = !DILocation(line: 24, column: 37, scope: !56)
!71 = !DILocation(line: 25, column: 29, scope: !56)
!72 = !DILocation(line: 25, column: 23, scope: !56)
!73 = !DILocation(line: 25, column: 37, scope: !56)
!74 = !DILocation(line: 26, column: 23, scope: !56)
!75 = !DILocation(line: 26, column: 21, scope: !56)
!76 = !DILocation(line: 26, column: 32, scope: !56)
!77 = !DILocation(line: 27, column: 21, scope: !56)
!78 = !DILocation(line: 27, column: 36, scope: !56)
!79 = !DILocation(line: 0, scope: !56)
!80 = !DILocation(line: 30, column: 9, scope: !35)
!81 = !DILocation(line: 30, column: 16, scope: !35)
!82 = !DILocation(line: 31, column: 15, scope: !35)
!83 = !DILocation(line: 15, column: 25, scope: !36)
!84 = distinct !{!84, !42, !85, !86}
!85 = !DILocation(line: 32, column: 5, scope: !37)
!86 = !{!"llvm.loop.unroll.disable"}
!87 = !DILocation(line: 33, column: 5, scope: !9)
