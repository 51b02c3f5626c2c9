; ModuleID = 'kernels/needleman_wunsch.c'
source_filename = "kernels/needleman_wunsch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @needleman_wunsch(ptr nocapture noundef readonly %seq_a, ptr nocapture noundef readonly %seq_b, ptr nocapture noundef %score) local_unnamed_addr #0 !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata ptr %seq_a, metadata !18, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata ptr %seq_b, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata ptr %score, metadata !20, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !30
  br label %for.body, !dbg !31

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ 0, %entry ], [ %indvars.iv.next, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !21, metadata !DIExpression()), !dbg !30
  %0 = mul nuw nsw i64 %indvars.iv, 17, !dbg !33
  %arrayidx = getelementptr inbounds i32, ptr %score, i64 %0, !dbg !35
  %1 = trunc i64 %indvars.iv to i32, !dbg !36
  %2 = sub i32 0, %1, !dbg !36
  store i32 %2, ptr %arrayidx, align 4, !dbg !36, !tbaa !37
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !41
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !21, metadata !DIExpression()), !dbg !30
  %exitcond.not = icmp eq i64 %indvars.iv.next, 17, !dbg !42
  br i1 %exitcond.not, label %for.body4, label %for.body, !dbg !31, !llvm.loop !43

for.body4:                                        ; preds = %for.body, %for.body4
  %indvars.iv87 = phi i64 [ %indvars.iv.next88, %for.body4 ], [ 0, %for.body ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv87, metadata !22, metadata !DIExpression()), !dbg !30
  %arrayidx7 = getelementptr inbounds i32, ptr %score, i64 %indvars.iv87, !dbg !46
  %3 = trunc i64 %indvars.iv87 to i32, !dbg !49
  %4 = sub i32 0, %3, !dbg !49
  store i32 %4, ptr %arrayidx7, align 4, !dbg !49, !tbaa !37
  %indvars.iv.next88 = add nuw nsw i64 %indvars.iv87, 1, !dbg !50
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next88, metadata !22, metadata !DIExpression()), !dbg !30
  %exitcond91.not = icmp eq i64 %indvars.iv.next88, 17, !dbg !51
  br i1 %exitcond91.not, label %for.cond14.preheader, label %for.body4, !dbg !52, !llvm.loop !53

for.cond14.preheader:                             ; preds = %for.body4, %for.inc50
  %indvar = phi i64 [ %indvar.next, %for.inc50 ], [ 0, %for.body4 ]
  %indvars.iv101 = phi i64 [ %indvars.iv.next102, %for.inc50 ], [ 1, %for.body4 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv101, metadata !21, metadata !DIExpression()), !dbg !30
  %5 = mul nuw nsw i64 %indvar, 68
  %6 = add i64 %5, 68
  %uglygep = getelementptr i8, ptr %score, i64 %6
  %7 = add nsw i64 %indvars.iv101, -1
  %arrayidx18 = getelementptr inbounds i8, ptr %seq_a, i64 %7
  %8 = mul nuw nsw i64 %7, 17
  %9 = mul nuw nsw i64 %indvars.iv101, 17
  call void @llvm.dbg.value(metadata i32 1, metadata !22, metadata !DIExpression()), !dbg !30
  %load_initial = load i32, ptr %uglygep, align 4
  br label %for.body16, !dbg !55

for.body16:                                       ; preds = %for.cond14.preheader, %for.body16
  %store_forwarded = phi i32 [ %load_initial, %for.cond14.preheader ], [ %cond5.i, %for.body16 ]
  %indvars.iv92 = phi i64 [ 1, %for.cond14.preheader ], [ %indvars.iv.next93, %for.body16 ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv92, metadata !22, metadata !DIExpression()), !dbg !30
  %10 = load i8, ptr %arrayidx18, align 1, !dbg !56, !tbaa !57
  %11 = add nsw i64 %indvars.iv92, -1, !dbg !58
  %arrayidx21 = getelementptr inbounds i8, ptr %seq_b, i64 %11, !dbg !59
  %12 = load i8, ptr %arrayidx21, align 1, !dbg !59, !tbaa !57
  %cmp23 = icmp eq i8 %10, %12, !dbg !60
  %cond = select i1 %cmp23, i32 1, i32 -1, !dbg !56
  call void @llvm.dbg.value(metadata i32 %cond, metadata !23, metadata !DIExpression()), !dbg !61
  %13 = add nuw nsw i64 %11, %8, !dbg !62
  %arrayidx29 = getelementptr inbounds i32, ptr %score, i64 %13, !dbg !63
  %14 = load i32, ptr %arrayidx29, align 4, !dbg !63, !tbaa !37
  %add30 = add nsw i32 %cond, %14, !dbg !64
  %15 = add nuw nsw i64 %indvars.iv92, %8, !dbg !65
  %arrayidx35 = getelementptr inbounds i32, ptr %score, i64 %15, !dbg !66
  %16 = load i32, ptr %arrayidx35, align 4, !dbg !66, !tbaa !37
  %add36 = add nsw i32 %16, -1, !dbg !67
  %add42 = add nsw i32 %store_forwarded, -1, !dbg !68
  call void @llvm.dbg.value(metadata i32 %add30, metadata !69, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata i32 %add36, metadata !74, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata i32 %add42, metadata !75, metadata !DIExpression()), !dbg !77
  %cond.i = tail call i32 @llvm.smax.i32(i32 %add30, i32 %add36), !dbg !79
  call void @llvm.dbg.value(metadata i32 %cond.i, metadata !76, metadata !DIExpression()), !dbg !77
  %cond5.i = tail call i32 @llvm.smax.i32(i32 %cond.i, i32 %add42), !dbg !80
  %17 = add nuw nsw i64 %indvars.iv92, %9, !dbg !81
  %arrayidx46 = getelementptr inbounds i32, ptr %score, i64 %17, !dbg !82
  store i32 %cond5.i, ptr %arrayidx46, align 4, !dbg !83, !tbaa !37
  %indvars.iv.next93 = add nuw nsw i64 %indvars.iv92, 1, !dbg !84
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next93, metadata !22, metadata !DIExpression()), !dbg !30
  %exitcond100.not = icmp eq i64 %indvars.iv.next93, 17, !dbg !85
  br i1 %exitcond100.not, label %for.inc50, label %for.body16, !dbg !55, !llvm.loop !86

for.inc50:                                        ; preds = %for.body16
  %indvars.iv.next102 = add nuw nsw i64 %indvars.iv101, 1, !dbg !88
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next102, metadata !21, metadata !DIExpression()), !dbg !30
  %exitcond107.not = icmp eq i64 %indvars.iv.next102, 17, !dbg !89
  %indvar.next = add i64 %indvar, 1, !dbg !90
  br i1 %exitcond107.not, label %for.end52, label %for.cond14.preheader, !dbg !90, !llvm.loop !91

for.end52:                                        ; preds = %for.inc50
  %arrayidx53 = getelementptr inbounds i32, ptr %score, i64 288, !dbg !93
  %18 = load i32, ptr %arrayidx53, align 4, !dbg !93, !tbaa !37
  ret i32 %18, !dbg !94
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/needleman_wunsch.c", directory: ".", checksumkind: CSK_MD5, checksum: "d453b920efe31da7ba659d3a4e6135bf")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!9 = distinct !DISubprogram(name: "needleman_wunsch", scope: !1, file: !1, line: 16, type: !10, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !13, !16}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !15)
!15 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!17 = !{!18, !19, !20, !21, !22, !23}
!18 = !DILocalVariable(name: "seq_a", arg: 1, scope: !9, file: !1, line: 16, type: !13)
!19 = !DILocalVariable(name: "seq_b", arg: 2, scope: !9, file: !1, line: 16, type: !13)
!20 = !DILocalVariable(name: "score", arg: 3, scope: !9, file: !1, line: 16, type: !16)
!21 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 18, type: !12)
!22 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 18, type: !12)
!23 = !DILocalVariable(name: "s", scope: !24, file: !1, line: 25, type: !12)
!24 = distinct !DILexicalBlock(scope: !25, file: !1, line: 24, column: 33)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 24, column: 9)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 24, column: 9)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 23, column: 29)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 23, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 23, column: 5)
!30 = !DILocation(line: 0, scope: !9)
!31 = !DILocation(line: 19, column: 5, scope: !32)
!32 = distinct !DILexicalBlock(scope: !9, file: !1, line: 19, column: 5)
!33 = !DILocation(line: 20, column: 17, scope: !34)
!34 = distinct !DILexicalBlock(scope: !32, file: !1, line: 19, column: 5)
!35 = !DILocation(line: 20, column: 9, scope: !34)
!36 = !DILocation(line: 20, column: 22, scope: !34)
!37 = !{!38, !38, i64 0}
!38 = !{!"int", !39, i64 0}
!39 = !{!"omnipotent char", !40, i64 0}
!40 = !{!"Simple C/C++ TBAA"}
!41 = !DILocation(line: 19, column: 25, scope: !34)
!42 = !DILocation(line: 19, column: 19, scope: !34)
!43 = distinct !{!43, !31, !44, !45}
!44 = !DILocation(line: 20, column: 28, scope: !32)
!45 = !{!"llvm.loop.unroll.disable"}
!46 = !DILocation(line: 22, column: 9, scope: !47)
!47 = distinct !DILexicalBlock(scope: !48, file: !1, line: 21, column: 5)
!48 = distinct !DILexicalBlock(scope: !9, file: !1, line: 21, column: 5)
!49 = !DILocation(line: 22, column: 18, scope: !47)
!50 = !DILocation(line: 21, column: 25, scope: !47)
!51 = !DILocation(line: 21, column: 19, scope: !47)
!52 = !DILocation(line: 21, column: 5, scope: !48)
!53 = distinct !{!53, !52, !54, !45}
!54 = !DILocation(line: 22, column: 24, scope: !48)
!55 = !DILocation(line: 24, column: 9, scope: !26)
!56 = !DILocation(line: 25, column: 21, scope: !24)
!57 = !{!39, !39, i64 0}
!58 = !DILocation(line: 25, column: 45, scope: !24)
!59 = !DILocation(line: 25, column: 37, scope: !24)
!60 = !DILocation(line: 25, column: 34, scope: !24)
!61 = !DILocation(line: 0, scope: !24)
!62 = !DILocation(line: 26, column: 55, scope: !24)
!63 = !DILocation(line: 26, column: 37, scope: !24)
!64 = !DILocation(line: 26, column: 66, scope: !24)
!65 = !DILocation(line: 27, column: 55, scope: !24)
!66 = !DILocation(line: 27, column: 37, scope: !24)
!67 = !DILocation(line: 27, column: 60, scope: !24)
!68 = !DILocation(line: 28, column: 60, scope: !24)
!69 = !DILocalVariable(name: "a", arg: 1, scope: !70, file: !1, line: 10, type: !12)
!70 = distinct !DISubprogram(name: "max3", scope: !1, file: !1, line: 10, type: !71, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !73)
!71 = !DISubroutineType(types: !72)
!72 = !{!12, !12, !12, !12}
!73 = !{!69, !74, !75, !76}
!74 = !DILocalVariable(name: "b", arg: 2, scope: !70, file: !1, line: 10, type: !12)
!75 = !DILocalVariable(name: "c", arg: 3, scope: !70, file: !1, line: 10, type: !12)
!76 = !DILocalVariable(name: "m", scope: !70, file: !1, line: 12, type: !12)
!77 = !DILocation(line: 0, scope: !70, inlinedAt: !78)
!78 = distinct !DILocation(line: 26, column: 32, scope: !24)
!79 = !DILocation(line: 12, column: 13, scope: !70, inlinedAt: !78)
!80 = !DILocation(line: 13, column: 12, scope: !70, inlinedAt: !78)
!81 = !DILocation(line: 26, column: 25, scope: !24)
!82 = !DILocation(line: 26, column: 13, scope: !24)
!83 = !DILocation(line: 26, column: 30, scope: !24)
!84 = !DILocation(line: 24, column: 29, scope: !25)
!85 = !DILocation(line: 24, column: 23, scope: !25)
!86 = distinct !{!86, !55, !87, !45}
!87 = !DILocation(line: 29, column: 9, scope: !26)
!88 = !DILocation(line: 23, column: 25, scope: !28)
!89 = !DILocation(line: 23, column: 19, scope: !28)
!90 = !DILocation(line: 23, column: 5, scope: !29)
!91 = distinct !{!91, !90, !92, !45}
!92 = !DILocation(line: 30, column: 5, scope: !29)
!93 = !DILocation(line: 31, column: 12, scope: !9)
!94 = !DILocation(line: 31, column: 5, scope: !9)
