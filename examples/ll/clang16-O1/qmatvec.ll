; ModuleID = 'kernels/qmatvec.c'
source_filename = "kernels/qmatvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @qmatvec(ptr nocapture noundef readonly %w, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %bias, ptr nocapture noundef writeonly %y, i32 noundef %shift) local_unnamed_addr #0 !dbg !18 {
entry:
  call void @llvm.dbg.value(metadata ptr %w, metadata !30, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata ptr %x, metadata !31, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata ptr %bias, metadata !32, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata ptr %y, metadata !33, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i32 %shift, metadata !34, metadata !DIExpression()), !dbg !41
  %and = and i32 %shift, 15, !dbg !42
  call void @llvm.dbg.value(metadata i32 %and, metadata !34, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !41
  br label %for.body, !dbg !43

for.body:                                         ; preds = %entry, %for.end
  %indvars.iv43 = phi i64 [ 0, %entry ], [ %indvars.iv.next44, %for.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv43, metadata !35, metadata !DIExpression()), !dbg !41
  %arrayidx = getelementptr inbounds i16, ptr %bias, i64 %indvars.iv43, !dbg !44
  %0 = load i16, ptr %arrayidx, align 2, !dbg !44, !tbaa !45
  %conv = sext i16 %0 to i32, !dbg !44
  call void @llvm.dbg.value(metadata i32 %conv, metadata !37, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !41
  %1 = shl nsw i64 %indvars.iv43, 5
  call void @llvm.dbg.value(metadata i32 %conv, metadata !37, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !41
  br label %for.body4, !dbg !50

for.body4:                                        ; preds = %for.body, %for.body4
  %indvars.iv = phi i64 [ 0, %for.body ], [ %indvars.iv.next, %for.body4 ]
  %acc.039 = phi i32 [ %conv, %for.body ], [ %add12, %for.body4 ]
  call void @llvm.dbg.value(metadata i32 %acc.039, metadata !37, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !36, metadata !DIExpression()), !dbg !41
  %2 = add nuw nsw i64 %indvars.iv, %1, !dbg !52
  %arrayidx6 = getelementptr inbounds i8, ptr %w, i64 %2, !dbg !54
  %3 = load i8, ptr %arrayidx6, align 1, !dbg !54, !tbaa !55
  %conv7 = sext i8 %3 to i32, !dbg !56
  %arrayidx9 = getelementptr inbounds i8, ptr %x, i64 %indvars.iv, !dbg !57
  %4 = load i8, ptr %arrayidx9, align 1, !dbg !57, !tbaa !55
  %conv10 = sext i8 %4 to i32, !dbg !58
  %mul11 = mul nsw i32 %conv10, %conv7, !dbg !59
  %add12 = add nsw i32 %mul11, %acc.039, !dbg !60
  call void @llvm.dbg.value(metadata i32 %add12, metadata !37, metadata !DIExpression()), !dbg !49
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !61
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !36, metadata !DIExpression()), !dbg !41
  %exitcond.not = icmp eq i64 %indvars.iv.next, 32, !dbg !62
  br i1 %exitcond.not, label %for.end, label %for.body4, !dbg !50, !llvm.loop !63

for.end:                                          ; preds = %for.body4
  %spec.store.select = tail call i32 @llvm.smax.i32(i32 %add12, i32 0), !dbg !66
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !37, metadata !DIExpression()), !dbg !49
  %shr = lshr i32 %spec.store.select, %and, !dbg !67
  call void @llvm.dbg.value(metadata i32 %shr, metadata !37, metadata !DIExpression()), !dbg !49
  %spec.store.select25 = tail call i32 @llvm.umin.i32(i32 %shr, i32 127), !dbg !68
  call void @llvm.dbg.value(metadata i32 %spec.store.select25, metadata !37, metadata !DIExpression()), !dbg !49
  %conv19 = trunc i32 %spec.store.select25 to i8, !dbg !69
  %arrayidx21 = getelementptr inbounds i8, ptr %y, i64 %indvars.iv43, !dbg !70
  store i8 %conv19, ptr %arrayidx21, align 1, !dbg !71, !tbaa !55
  %indvars.iv.next44 = add nuw nsw i64 %indvars.iv43, 1, !dbg !72
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next44, metadata !35, metadata !DIExpression()), !dbg !41
  %exitcond47.not = icmp eq i64 %indvars.iv.next44, 16, !dbg !73
  br i1 %exitcond47.not, label %for.end24, label %for.body, !dbg !43, !llvm.loop !74

for.end24:                                        ; preds = %for.end
  ret void, !dbg !76
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!11, !12, !13, !14, !15, !16}
!llvm.ident = !{!17}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/qmatvec.c", directory: ".", checksumkind: CSK_MD5, checksum: "b211225e661ee08e16d2eaedfc0311d5")
!2 = !{!3, !8}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !4, line: 26, baseType: !5)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "", checksumkind: CSK_MD5, checksum: "55bcbdc3159515ebd91d351a70d505f4")
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !6, line: 41, baseType: !7)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !DIDerivedType(tag: DW_TAG_typedef, name: "int8_t", file: !4, line: 24, baseType: !9)
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int8_t", file: !6, line: 37, baseType: !10)
!10 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{i32 7, !"Dwarf Version", i32 5}
!12 = !{i32 2, !"Debug Info Version", i32 3}
!13 = !{i32 1, !"wchar_size", i32 4}
!14 = !{i32 8, !"PIC Level", i32 2}
!15 = !{i32 7, !"PIE Level", i32 2}
!16 = !{i32 7, !"uwtable", i32 2}
!17 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!18 = distinct !DISubprogram(name: "qmatvec", scope: !1, file: !1, line: 9, type: !19, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !29)
!19 = !DISubroutineType(types: !20)
!20 = !{null, !21, !21, !23, !28, !7}
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!22 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "int16_t", file: !4, line: 25, baseType: !26)
!26 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int16_t", file: !6, line: 39, baseType: !27)
!27 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!29 = !{!30, !31, !32, !33, !34, !35, !36, !37}
!30 = !DILocalVariable(name: "w", arg: 1, scope: !18, file: !1, line: 9, type: !21)
!31 = !DILocalVariable(name: "x", arg: 2, scope: !18, file: !1, line: 9, type: !21)
!32 = !DILocalVariable(name: "bias", arg: 3, scope: !18, file: !1, line: 9, type: !23)
!33 = !DILocalVariable(name: "y", arg: 4, scope: !18, file: !1, line: 10, type: !28)
!34 = !DILocalVariable(name: "shift", arg: 5, scope: !18, file: !1, line: 10, type: !7)
!35 = !DILocalVariable(name: "i", scope: !18, file: !1, line: 12, type: !7)
!36 = !DILocalVariable(name: "j", scope: !18, file: !1, line: 12, type: !7)
!37 = !DILocalVariable(name: "acc", scope: !38, file: !1, line: 15, type: !3)
!38 = distinct !DILexicalBlock(scope: !39, file: !1, line: 14, column: 32)
!39 = distinct !DILexicalBlock(scope: !40, file: !1, line: 14, column: 5)
!40 = distinct !DILexicalBlock(scope: !18, file: !1, line: 14, column: 5)
!41 = !DILocation(line: 0, scope: !18)
!42 = !DILocation(line: 13, column: 11, scope: !18)
!43 = !DILocation(line: 14, column: 5, scope: !40)
!44 = !DILocation(line: 15, column: 23, scope: !38)
!45 = !{!46, !46, i64 0}
!46 = !{!"short", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 0, scope: !38)
!50 = !DILocation(line: 16, column: 9, scope: !51)
!51 = distinct !DILexicalBlock(scope: !38, file: !1, line: 16, column: 9)
!52 = !DILocation(line: 17, column: 40, scope: !53)
!53 = distinct !DILexicalBlock(scope: !51, file: !1, line: 16, column: 9)
!54 = !DILocation(line: 17, column: 29, scope: !53)
!55 = !{!47, !47, i64 0}
!56 = !DILocation(line: 17, column: 20, scope: !53)
!57 = !DILocation(line: 17, column: 56, scope: !53)
!58 = !DILocation(line: 17, column: 47, scope: !53)
!59 = !DILocation(line: 17, column: 45, scope: !53)
!60 = !DILocation(line: 17, column: 17, scope: !53)
!61 = !DILocation(line: 16, column: 32, scope: !53)
!62 = !DILocation(line: 16, column: 23, scope: !53)
!63 = distinct !{!63, !50, !64, !65}
!64 = !DILocation(line: 17, column: 59, scope: !51)
!65 = !{!"llvm.loop.unroll.disable"}
!66 = !DILocation(line: 18, column: 13, scope: !38)
!67 = !DILocation(line: 20, column: 13, scope: !38)
!68 = !DILocation(line: 21, column: 13, scope: !38)
!69 = !DILocation(line: 23, column: 16, scope: !38)
!70 = !DILocation(line: 23, column: 9, scope: !38)
!71 = !DILocation(line: 23, column: 14, scope: !38)
!72 = !DILocation(line: 14, column: 28, scope: !39)
!73 = !DILocation(line: 14, column: 19, scope: !39)
!74 = distinct !{!74, !43, !75, !65}
!75 = !DILocation(line: 24, column: 5, scope: !40)
!76 = !DILocation(line: 25, column: 1, scope: !18)
