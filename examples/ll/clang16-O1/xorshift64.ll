; ModuleID = 'kernels/xorshift64.c'
source_filename = "kernels/xorshift64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: write) uwtable
define dso_local i64 @xorshift64(i64 noundef %seed, ptr nocapture noundef writeonly %out, i32 noundef %n) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata i64 %seed, metadata !20, metadata !DIExpression()), !dbg !25
  call void @llvm.dbg.value(metadata ptr %out, metadata !21, metadata !DIExpression()), !dbg !25
  call void @llvm.dbg.value(metadata i32 %n, metadata !22, metadata !DIExpression()), !dbg !25
  %tobool.not = icmp eq i64 %seed, 0, !dbg !26
  %cond = select i1 %tobool.not, i64 -7046029254386353131, i64 %seed, !dbg !26
  call void @llvm.dbg.value(metadata i64 %cond, metadata !23, metadata !DIExpression()), !dbg !25
  call void @llvm.dbg.value(metadata i32 poison, metadata !22, metadata !DIExpression()), !dbg !25
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !25
  call void @llvm.dbg.value(metadata i64 %cond, metadata !23, metadata !DIExpression()), !dbg !25
  %cmp116 = icmp sgt i32 %n, 0, !dbg !27
  br i1 %cmp116, label %for.body.preheader, label %for.end, !dbg !30

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024), !dbg !31
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !22, metadata !DIExpression()), !dbg !25
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1), !dbg !30
  %wide.trip.count = zext i32 %smax to i64, !dbg !27
  br label %for.body, !dbg !30

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %x.017 = phi i64 [ %cond, %for.body.preheader ], [ %xor4, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !24, metadata !DIExpression()), !dbg !25
  call void @llvm.dbg.value(metadata i64 %x.017, metadata !23, metadata !DIExpression()), !dbg !25
  %shl = shl i64 %x.017, 13, !dbg !32
  %xor = xor i64 %shl, %x.017, !dbg !34
  call void @llvm.dbg.value(metadata i64 %xor, metadata !23, metadata !DIExpression()), !dbg !25
  %shr = lshr i64 %xor, 7, !dbg !35
  %xor2 = xor i64 %shr, %xor, !dbg !36
  call void @llvm.dbg.value(metadata i64 %xor2, metadata !23, metadata !DIExpression()), !dbg !25
  %shl3 = shl i64 %xor2, 17, !dbg !37
  %xor4 = xor i64 %shl3, %xor2, !dbg !38
  call void @llvm.dbg.value(metadata i64 %xor4, metadata !23, metadata !DIExpression()), !dbg !25
  %arrayidx = getelementptr inbounds i64, ptr %out, i64 %indvars.iv, !dbg !39
  store i64 %xor4, ptr %arrayidx, align 8, !dbg !40, !tbaa !41
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !45
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !24, metadata !DIExpression()), !dbg !25
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !27
  br i1 %exitcond.not, label %for.end, label %for.body, !dbg !30, !llvm.loop !46

for.end:                                          ; preds = %for.body, %entry
  %x.0.lcssa = phi i64 [ %cond, %entry ], [ %xor4, %for.body ], !dbg !25
  ret i64 %x.0.lcssa, !dbg !49
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/xorshift64.c", directory: ".", checksumkind: CSK_MD5, checksum: "44ae3fa7fd0d349c0d251f84912e83ad")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "xorshift64", scope: !1, file: !1, line: 8, type: !10, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !19)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !12, !17, !18}
!12 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !13, line: 27, baseType: !14)
!13 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!14 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !15, line: 45, baseType: !16)
!15 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!16 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !{!20, !21, !22, !23, !24}
!20 = !DILocalVariable(name: "seed", arg: 1, scope: !9, file: !1, line: 8, type: !12)
!21 = !DILocalVariable(name: "out", arg: 2, scope: !9, file: !1, line: 8, type: !17)
!22 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 8, type: !18)
!23 = !DILocalVariable(name: "x", scope: !9, file: !1, line: 10, type: !12)
!24 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 11, type: !18)
!25 = !DILocation(line: 0, scope: !9)
!26 = !DILocation(line: 10, column: 18, scope: !9)
!27 = !DILocation(line: 14, column: 19, scope: !28)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 14, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 14, column: 5)
!30 = !DILocation(line: 14, column: 5, scope: !29)
!31 = !DILocation(line: 12, column: 9, scope: !9)
!32 = !DILocation(line: 15, column: 16, scope: !33)
!33 = distinct !DILexicalBlock(scope: !28, file: !1, line: 14, column: 29)
!34 = !DILocation(line: 15, column: 11, scope: !33)
!35 = !DILocation(line: 16, column: 16, scope: !33)
!36 = !DILocation(line: 16, column: 11, scope: !33)
!37 = !DILocation(line: 17, column: 16, scope: !33)
!38 = !DILocation(line: 17, column: 11, scope: !33)
!39 = !DILocation(line: 18, column: 9, scope: !33)
!40 = !DILocation(line: 18, column: 16, scope: !33)
!41 = !{!42, !42, i64 0}
!42 = !{!"long", !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = !DILocation(line: 14, column: 25, scope: !28)
!46 = distinct !{!46, !30, !47, !48}
!47 = !DILocation(line: 19, column: 5, scope: !29)
!48 = !{!"llvm.loop.unroll.disable"}
!49 = !DILocation(line: 20, column: 5, scope: !9)
