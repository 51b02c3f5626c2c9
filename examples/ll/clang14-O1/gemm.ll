; ModuleID = 'kernels/gemm.c'
source_filename = "kernels/gemm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @gemm(i32* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i32* %0, metadata !17, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32* %1, metadata !18, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32* %2, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !30
  br label %4, !dbg !31

4:                                                ; preds = %3, %29
  %5 = phi i64 [ 0, %3 ], [ %30, %29 ]
  call void @llvm.dbg.value(metadata i64 %5, metadata !20, metadata !DIExpression()), !dbg !30
  %6 = shl nsw i64 %5, 4
  %7 = shl nsw i64 %5, 4
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !30
  br label %8, !dbg !32

8:                                                ; preds = %4, %24
  %9 = phi i64 [ 0, %4 ], [ %27, %24 ]
  call void @llvm.dbg.value(metadata i64 %9, metadata !21, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !30
  br label %10, !dbg !34

10:                                               ; preds = %8, %10
  %11 = phi i64 [ 0, %8 ], [ %22, %10 ]
  %12 = phi i32 [ 0, %8 ], [ %21, %10 ]
  call void @llvm.dbg.value(metadata i32 %12, metadata !23, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i64 %11, metadata !22, metadata !DIExpression()), !dbg !30
  %13 = add nuw nsw i64 %11, %6, !dbg !36
  %14 = getelementptr inbounds i32, i32* %0, i64 %13, !dbg !38
  %15 = load i32, i32* %14, align 4, !dbg !38, !tbaa !39
  %16 = shl nsw i64 %11, 4, !dbg !43
  %17 = add nuw nsw i64 %16, %9, !dbg !44
  %18 = getelementptr inbounds i32, i32* %1, i64 %17, !dbg !45
  %19 = load i32, i32* %18, align 4, !dbg !45, !tbaa !39
  %20 = mul nsw i32 %19, %15, !dbg !46
  %21 = add nsw i32 %20, %12, !dbg !47
  call void @llvm.dbg.value(metadata i32 %21, metadata !23, metadata !DIExpression()), !dbg !33
  %22 = add nuw nsw i64 %11, 1, !dbg !48
  call void @llvm.dbg.value(metadata i64 %22, metadata !22, metadata !DIExpression()), !dbg !30
  %23 = icmp eq i64 %22, 16, !dbg !49
  br i1 %23, label %24, label %10, !dbg !34, !llvm.loop !50

24:                                               ; preds = %10
  %25 = add nuw nsw i64 %9, %7, !dbg !53
  %26 = getelementptr inbounds i32, i32* %2, i64 %25, !dbg !54
  store i32 %21, i32* %26, align 4, !dbg !55, !tbaa !39
  %27 = add nuw nsw i64 %9, 1, !dbg !56
  call void @llvm.dbg.value(metadata i64 %27, metadata !21, metadata !DIExpression()), !dbg !30
  %28 = icmp eq i64 %27, 16, !dbg !57
  br i1 %28, label %29, label %8, !dbg !32, !llvm.loop !58

29:                                               ; preds = %24
  %30 = add nuw nsw i64 %5, 1, !dbg !60
  call void @llvm.dbg.value(metadata i64 %30, metadata !20, metadata !DIExpression()), !dbg !30
  %31 = icmp eq i64 %30, 16, !dbg !61
  br i1 %31, label %32, label %4, !dbg !31, !llvm.loop !62

32:                                               ; preds = %29
  ret void, !dbg !64
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/gemm.c", directory: ".", checksumkind: CSK_MD5, checksum: "a7f8a1608c3d9eb0fd8fc0ba1475b9f5")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "gemm", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !12, !15}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !{!17, !18, !19, !20, !21, !22, !23}
!17 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !12)
!18 = !DILocalVariable(name: "b", arg: 2, scope: !9, file: !1, line: 4, type: !12)
!19 = !DILocalVariable(name: "c", arg: 3, scope: !9, file: !1, line: 4, type: !15)
!20 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !14)
!21 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 6, type: !14)
!22 = !DILocalVariable(name: "k", scope: !9, file: !1, line: 6, type: !14)
!23 = !DILocalVariable(name: "acc", scope: !24, file: !1, line: 9, type: !14)
!24 = distinct !DILexicalBlock(scope: !25, file: !1, line: 8, column: 33)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 8, column: 9)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 8, column: 9)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 7, column: 29)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 7, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 7, column: 5)
!30 = !DILocation(line: 0, scope: !9)
!31 = !DILocation(line: 7, column: 5, scope: !29)
!32 = !DILocation(line: 8, column: 9, scope: !26)
!33 = !DILocation(line: 0, scope: !24)
!34 = !DILocation(line: 10, column: 13, scope: !35)
!35 = distinct !DILexicalBlock(scope: !24, file: !1, line: 10, column: 13)
!36 = !DILocation(line: 11, column: 32, scope: !37)
!37 = distinct !DILexicalBlock(scope: !35, file: !1, line: 10, column: 13)
!38 = !DILocation(line: 11, column: 24, scope: !37)
!39 = !{!40, !40, i64 0}
!40 = !{!"int", !41, i64 0}
!41 = !{!"omnipotent char", !42, i64 0}
!42 = !{!"Simple C/C++ TBAA"}
!43 = !DILocation(line: 11, column: 43, scope: !37)
!44 = !DILocation(line: 11, column: 47, scope: !37)
!45 = !DILocation(line: 11, column: 39, scope: !37)
!46 = !DILocation(line: 11, column: 37, scope: !37)
!47 = !DILocation(line: 11, column: 21, scope: !37)
!48 = !DILocation(line: 10, column: 33, scope: !37)
!49 = !DILocation(line: 10, column: 27, scope: !37)
!50 = distinct !{!50, !34, !51, !52}
!51 = !DILocation(line: 11, column: 50, scope: !35)
!52 = !{!"llvm.loop.unroll.disable"}
!53 = !DILocation(line: 12, column: 21, scope: !24)
!54 = !DILocation(line: 12, column: 13, scope: !24)
!55 = !DILocation(line: 12, column: 26, scope: !24)
!56 = !DILocation(line: 8, column: 29, scope: !25)
!57 = !DILocation(line: 8, column: 23, scope: !25)
!58 = distinct !{!58, !32, !59, !52}
!59 = !DILocation(line: 13, column: 9, scope: !26)
!60 = !DILocation(line: 7, column: 25, scope: !28)
!61 = !DILocation(line: 7, column: 19, scope: !28)
!62 = distinct !{!62, !31, !63, !52}
!63 = !DILocation(line: 14, column: 5, scope: !29)
!64 = !DILocation(line: 15, column: 1, scope: !9)
