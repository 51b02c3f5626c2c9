; ModuleID = 'kernels/prefix_sum.c'
source_filename = "kernels/prefix_sum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @prefix_sum(i32* nocapture noundef readonly %0, i32* nocapture noundef writeonly %1, i32 noundef %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i32* %0, metadata !17, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32* %1, metadata !18, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 %2, metadata !19, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 undef, metadata !19, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !22
  %4 = icmp sgt i32 %2, 0, !dbg !23
  br i1 %4, label %5, label %19, !dbg !26

5:                                                ; preds = %3
  %6 = icmp slt i32 %2, 1024, !dbg !27
  %7 = select i1 %6, i32 %2, i32 1024, !dbg !27
  call void @llvm.dbg.value(metadata i32 %7, metadata !19, metadata !DIExpression()), !dbg !22
  %8 = call i32 @llvm.smax.i32(i32 %7, i32 1), !dbg !26
  %9 = zext i32 %8 to i64, !dbg !23
  br label %10, !dbg !26

10:                                               ; preds = %5, %10
  %11 = phi i64 [ 0, %5 ], [ %17, %10 ]
  %12 = phi i32 [ 0, %5 ], [ %15, %10 ]
  call void @llvm.dbg.value(metadata i32 %12, metadata !21, metadata !DIExpression()), !dbg !22
  call void @llvm.dbg.value(metadata i64 %11, metadata !20, metadata !DIExpression()), !dbg !22
  %13 = getelementptr inbounds i32, i32* %0, i64 %11, !dbg !28
  %14 = load i32, i32* %13, align 4, !dbg !28, !tbaa !30
  %15 = add nsw i32 %14, %12, !dbg !34
  call void @llvm.dbg.value(metadata i32 %15, metadata !21, metadata !DIExpression()), !dbg !22
  %16 = getelementptr inbounds i32, i32* %1, i64 %11, !dbg !35
  store i32 %15, i32* %16, align 4, !dbg !36, !tbaa !30
  %17 = add nuw nsw i64 %11, 1, !dbg !37
  call void @llvm.dbg.value(metadata i64 %17, metadata !20, metadata !DIExpression()), !dbg !22
  %18 = icmp eq i64 %17, %9, !dbg !23
  br i1 %18, label %19, label %10, !dbg !26, !llvm.loop !38

19:                                               ; preds = %10, %3
  %20 = phi i32 [ 0, %3 ], [ %15, %10 ], !dbg !22
  ret i32 %20, !dbg !41
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/prefix_sum.c", directory: ".", checksumkind: CSK_MD5, checksum: "0f99b2215f7a9be4cd7244397c22ed67")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "prefix_sum", scope: !1, file: !1, line: 5, type: !10, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !15, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!16 = !{!17, !18, !19, !20, !21}
!17 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 5, type: !13)
!18 = !DILocalVariable(name: "out", arg: 2, scope: !9, file: !1, line: 5, type: !15)
!19 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 5, type: !12)
!20 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 7, type: !12)
!21 = !DILocalVariable(name: "acc", scope: !9, file: !1, line: 7, type: !12)
!22 = !DILocation(line: 0, scope: !9)
!23 = !DILocation(line: 10, column: 19, scope: !24)
!24 = distinct !DILexicalBlock(scope: !25, file: !1, line: 10, column: 5)
!25 = distinct !DILexicalBlock(scope: !9, file: !1, line: 10, column: 5)
!26 = !DILocation(line: 10, column: 5, scope: !25)
!27 = !DILocation(line: 8, column: 9, scope: !9)
!28 = !DILocation(line: 11, column: 16, scope: !29)
!29 = distinct !DILexicalBlock(scope: !24, file: !1, line: 10, column: 29)
!30 = !{!31, !31, i64 0}
!31 = !{!"int", !32, i64 0}
!32 = !{!"omnipotent char", !33, i64 0}
!33 = !{!"Simple C/C++ TBAA"}
!34 = !DILocation(line: 11, column: 13, scope: !29)
!35 = !DILocation(line: 12, column: 9, scope: !29)
!36 = !DILocation(line: 12, column: 16, scope: !29)
!37 = !DILocation(line: 10, column: 25, scope: !24)
!38 = distinct !{!38, !26, !39, !40}
!39 = !DILocation(line: 13, column: 5, scope: !25)
!40 = !{!"llvm.loop.unroll.disable"}
!41 = !DILocation(line: 14, column: 5, scope: !9)
