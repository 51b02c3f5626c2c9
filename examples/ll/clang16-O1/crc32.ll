; ModuleID = 'kernels/crc32.c'
source_filename = "kernels/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @crc32(ptr nocapture noundef readonly %data, i32 noundef %n) local_unnamed_addr #0 !dbg !15 {
entry:
  call void @llvm.dbg.value(metadata ptr %data, metadata !25, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %n, metadata !26, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 -1, metadata !27, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 poison, metadata !26, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 -1, metadata !27, metadata !DIExpression()), !dbg !37
  %cmp120 = icmp sgt i32 %n, 0, !dbg !38
  br i1 %cmp120, label %for.body.preheader, label %for.end10, !dbg !39

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !40
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !26, metadata !DIExpression()), !dbg !37
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !39
  %wide.trip.count = zext i32 %smax to i64, !dbg !38
  br label %for.body, !dbg !39

for.body:                                         ; preds = %for.body.preheader, %for.inc8
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.inc8 ]
  %crc.021 = phi i32 [ -1, %for.body.preheader ], [ %xor7, %for.inc8 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %crc.021, metadata !27, metadata !DIExpression()), !dbg !37
  %arrayidx = getelementptr inbounds i8, ptr %data, i64 %indvars.iv, !dbg !41
  %0 = load i8, ptr %arrayidx, align 1, !dbg !41, !tbaa !42
  %conv = zext i8 %0 to i32, !dbg !41
  %xor = xor i32 %crc.021, %conv, !dbg !45
  call void @llvm.dbg.value(metadata i32 %xor, metadata !27, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !37
  br label %for.body5, !dbg !46

for.body5:                                        ; preds = %for.body, %for.body5
  %b.019 = phi i32 [ 0, %for.body ], [ %inc, %for.body5 ]
  %crc.118 = phi i32 [ %xor, %for.body ], [ %xor7, %for.body5 ]
  call void @llvm.dbg.value(metadata i32 %b.019, metadata !29, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %crc.118, metadata !27, metadata !DIExpression()), !dbg !37
  %and = and i32 %crc.118, 1, !dbg !47
  call void @llvm.dbg.value(metadata !DIArgList(i32 0, i32 %and), metadata !30, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !48
  %shr = lshr i32 %crc.118, 1, !dbg !49
  %1 = icmp eq i32 %and, 0, !dbg !50
  %and6 = select i1 %1, i32 0, i32 -306674912, !dbg !50
  %xor7 = xor i32 %and6, %shr, !dbg !51
  call void @llvm.dbg.value(metadata i32 %xor7, metadata !27, metadata !DIExpression()), !dbg !37
  %inc = add nuw nsw i32 %b.019, 1, !dbg !52
  call void @llvm.dbg.value(metadata i32 %inc, metadata !29, metadata !DIExpression()), !dbg !37
  %exitcond.not = icmp eq i32 %inc, 8, !dbg !53
  br i1 %exitcond.not, label %for.inc8, label %for.body5, !dbg !46, !llvm.loop !54

for.inc8:                                         ; preds = %for.body5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !57
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %xor7, metadata !27, metadata !DIExpression()), !dbg !37
  %exitcond24.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !38
  br i1 %exitcond24.not, label %for.end10.loopexit, label %for.body, !dbg !39, !llvm.loop !58

for.end10.loopexit:                               ; preds = %for.inc8
  %2 = xor i32 %xor7, -1, !dbg !60
  br label %for.end10, !dbg !60

for.end10:                                        ; preds = %for.end10.loopexit, %entry
  %crc.0.lcssa = phi i32 [ 0, %entry ], [ %2, %for.end10.loopexit ]
  ret i32 %crc.0.lcssa, !dbg !61
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
!llvm.module.flags = !{!8, !9, !10, !11, !12, !13}
!llvm.ident = !{!14}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/crc32.c", directory: ".", checksumkind: CSK_MD5, checksum: "582470e06ddec54751d845d18ca7b2b2")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !4, line: 26, baseType: !5)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !6, line: 42, baseType: !7)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{i32 7, !"Dwarf Version", i32 5}
!9 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !{i32 1, !"wchar_size", i32 4}
!11 = !{i32 8, !"PIC Level", i32 2}
!12 = !{i32 7, !"PIE Level", i32 2}
!13 = !{i32 7, !"uwtable", i32 2}
!14 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!15 = distinct !DISubprogram(name: "crc32", scope: !1, file: !1, line: 7, type: !16, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!16 = !DISubroutineType(types: !17)
!17 = !{!3, !18, !23}
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!19 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !4, line: 24, baseType: !21)
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !6, line: 38, baseType: !22)
!22 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!23 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!24 = !{!25, !26, !27, !28, !29, !30}
!25 = !DILocalVariable(name: "data", arg: 1, scope: !15, file: !1, line: 7, type: !18)
!26 = !DILocalVariable(name: "n", arg: 2, scope: !15, file: !1, line: 7, type: !23)
!27 = !DILocalVariable(name: "crc", scope: !15, file: !1, line: 9, type: !3)
!28 = !DILocalVariable(name: "i", scope: !15, file: !1, line: 10, type: !23)
!29 = !DILocalVariable(name: "b", scope: !15, file: !1, line: 10, type: !23)
!30 = !DILocalVariable(name: "mask", scope: !31, file: !1, line: 16, type: !3)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 15, column: 33)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 15, column: 9)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 15, column: 9)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 13, column: 29)
!35 = distinct !DILexicalBlock(scope: !36, file: !1, line: 13, column: 5)
!36 = distinct !DILexicalBlock(scope: !15, file: !1, line: 13, column: 5)
!37 = !DILocation(line: 0, scope: !15)
!38 = !DILocation(line: 13, column: 19, scope: !35)
!39 = !DILocation(line: 13, column: 5, scope: !36)
!40 = !DILocation(line: 11, column: 9, scope: !15)
!41 = !DILocation(line: 14, column: 16, scope: !34)
!42 = !{!43, !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = !DILocation(line: 14, column: 13, scope: !34)
!46 = !DILocation(line: 15, column: 9, scope: !33)
!47 = !DILocation(line: 16, column: 48, scope: !31)
!48 = !DILocation(line: 0, scope: !31)
!49 = !DILocation(line: 17, column: 24, scope: !31)
!50 = !DILocation(line: 17, column: 45, scope: !31)
!51 = !DILocation(line: 17, column: 30, scope: !31)
!52 = !DILocation(line: 15, column: 29, scope: !32)
!53 = !DILocation(line: 15, column: 23, scope: !32)
!54 = distinct !{!54, !46, !55, !56}
!55 = !DILocation(line: 18, column: 9, scope: !33)
!56 = !{!"llvm.loop.unroll.disable"}
!57 = !DILocation(line: 13, column: 25, scope: !35)
!58 = distinct !{!58, !39, !59, !56}
!59 = !DILocation(line: 19, column: 5, scope: !36)
!60 = !DILocation(line: 20, column: 12, scope: !15)
!61 = !DILocation(line: 20, column: 5, scope: !15)
