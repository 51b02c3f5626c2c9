; ModuleID = 'kernels/dot.c'
source_filename = "kernels/dot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @dot(i32* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i32* %0, metadata !16, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32* %1, metadata !17, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 %2, metadata !18, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 undef, metadata !18, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !21
  %4 = icmp sgt i32 %2, 0, !dbg !22
  br i1 %4, label %5, label %21, !dbg !25

5:                                                ; preds = %3
  %6 = icmp slt i32 %2, 1024, !dbg !26
  %7 = select i1 %6, i32 %2, i32 1024, !dbg !26
  call void @llvm.dbg.value(metadata i32 %7, metadata !18, metadata !DIExpression()), !dbg !21
  %8 = call i32 @llvm.smax.i32(i32 %7, i32 1), !dbg !25
  %9 = zext i32 %8 to i64, !dbg !22
  br label %10, !dbg !25

10:                                               ; preds = %5, %10
  %11 = phi i64 [ 0, %5 ], [ %19, %10 ]
  %12 = phi i32 [ 0, %5 ], [ %18, %10 ]
  call void @llvm.dbg.value(metadata i32 %12, metadata !20, metadata !DIExpression()), !dbg !21
  call void @llvm.dbg.value(metadata i64 %11, metadata !19, metadata !DIExpression()), !dbg !21
  %13 = getelementptr inbounds i32, i32* %0, i64 %11, !dbg !27
  %14 = load i32, i32* %13, align 4, !dbg !27, !tbaa !28
  %15 = getelementptr inbounds i32, i32* %1, i64 %11, !dbg !32
  %16 = load i32, i32* %15, align 4, !dbg !32, !tbaa !28
  %17 = mul nsw i32 %16, %14, !dbg !33
  %18 = add nsw i32 %17, %12, !dbg !34
  call void @llvm.dbg.value(metadata i32 %18, metadata !20, metadata !DIExpression()), !dbg !21
  %19 = add nuw nsw i64 %11, 1, !dbg !35
  call void @llvm.dbg.value(metadata i64 %19, metadata !19, metadata !DIExpression()), !dbg !21
  %20 = icmp eq i64 %19, %9, !dbg !22
  br i1 %20, label %21, label %10, !dbg !25, !llvm.loop !36

21:                                               ; preds = %10, %3
  %22 = phi i32 [ 0, %3 ], [ %18, %10 ], !dbg !21
  ret i32 %22, !dbg !39
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/dot.c", directory: ".", checksumkind: CSK_MD5, checksum: "f28c352e1184e0e0c6d19f5c01f17e40")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "dot", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !15)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !13, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !{!16, !17, !18, !19, !20}
!16 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !13)
!17 = !DILocalVariable(name: "b", arg: 2, scope: !9, file: !1, line: 4, type: !13)
!18 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 4, type: !12)
!19 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !12)
!20 = !DILocalVariable(name: "acc", scope: !9, file: !1, line: 6, type: !12)
!21 = !DILocation(line: 0, scope: !9)
!22 = !DILocation(line: 9, column: 19, scope: !23)
!23 = distinct !DILexicalBlock(scope: !24, file: !1, line: 9, column: 5)
!24 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!25 = !DILocation(line: 9, column: 5, scope: !24)
!26 = !DILocation(line: 7, column: 9, scope: !9)
!27 = !DILocation(line: 10, column: 16, scope: !23)
!28 = !{!29, !29, i64 0}
!29 = !{!"int", !30, i64 0}
!30 = !{!"omnipotent char", !31, i64 0}
!31 = !{!"Simple C/C++ TBAA"}
!32 = !DILocation(line: 10, column: 23, scope: !23)
!33 = !DILocation(line: 10, column: 21, scope: !23)
!34 = !DILocation(line: 10, column: 13, scope: !23)
!35 = !DILocation(line: 9, column: 25, scope: !23)
!36 = distinct !{!36, !25, !37, !38}
!37 = !DILocation(line: 10, column: 26, scope: !24)
!38 = !{!"llvm.loop.unroll.disable"}
!39 = !DILocation(line: 11, column: 5, scope: !9)
