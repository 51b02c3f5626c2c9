; ModuleID = 'kernels/insertion_sort.c'
source_filename = "kernels/insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @insertion_sort(float* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata float* %0, metadata !16, metadata !DIExpression()), !dbg !24
  call void @llvm.dbg.value(metadata i32 %1, metadata !17, metadata !DIExpression()), !dbg !24
  %3 = icmp slt i32 %1, 128, !dbg !25
  %4 = select i1 %3, i32 %1, i32 128, !dbg !25
  call void @llvm.dbg.value(metadata i32 %4, metadata !17, metadata !DIExpression()), !dbg !24
  call void @llvm.dbg.value(metadata i32 1, metadata !18, metadata !DIExpression()), !dbg !24
  %5 = icmp sgt i32 %4, 1, !dbg !26
  br i1 %5, label %6, label %28, !dbg !27

6:                                                ; preds = %2
  %7 = zext i32 %4 to i64, !dbg !26
  br label %8, !dbg !27

8:                                                ; preds = %6, %21
  %9 = phi i64 [ 1, %6 ], [ %26, %21 ]
  call void @llvm.dbg.value(metadata i64 %9, metadata !18, metadata !DIExpression()), !dbg !24
  %10 = getelementptr inbounds float, float* %0, i64 %9, !dbg !28
  %11 = load float, float* %10, align 4, !dbg !28, !tbaa !29
  call void @llvm.dbg.value(metadata float %11, metadata !20, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i64 %9, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  call void @llvm.dbg.value(metadata i64 %9, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  br label %12, !dbg !34

12:                                               ; preds = %8, %18
  %13 = phi i64 [ %9, %8 ], [ %14, %18 ]
  %14 = add nsw i64 %13, -1, !dbg !33
  %15 = getelementptr inbounds float, float* %0, i64 %14, !dbg !35
  %16 = load float, float* %15, align 4, !dbg !35, !tbaa !29
  %17 = fcmp ogt float %16, %11, !dbg !36
  br i1 %17, label %18, label %21, !dbg !37

18:                                               ; preds = %12
  %19 = getelementptr inbounds float, float* %0, i64 %13, !dbg !38
  store float %16, float* %19, align 4, !dbg !40, !tbaa !29
  call void @llvm.dbg.value(metadata i64 %14, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  call void @llvm.dbg.value(metadata i64 %14, metadata !19, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !24
  %20 = icmp sgt i64 %13, 1, !dbg !41
  br i1 %20, label %12, label %21, !dbg !34, !llvm.loop !42

21:                                               ; preds = %18, %12
  %22 = phi i64 [ 0, %18 ], [ %13, %12 ]
  %23 = shl i64 %22, 32, !dbg !45
  %24 = ashr exact i64 %23, 32, !dbg !45
  %25 = getelementptr inbounds float, float* %0, i64 %24, !dbg !45
  store float %11, float* %25, align 4, !dbg !46, !tbaa !29
  %26 = add nuw nsw i64 %9, 1, !dbg !47
  call void @llvm.dbg.value(metadata i64 %26, metadata !18, metadata !DIExpression()), !dbg !24
  %27 = icmp eq i64 %26, %7, !dbg !26
  br i1 %27, label %28, label %8, !dbg !27, !llvm.loop !48

28:                                               ; preds = %21, %2
  ret void, !dbg !50
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/insertion_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "1df4491c17704f1ae9526121cd9e6767")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "insertion_sort", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !15)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !14}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16, !17, !18, !19, !20}
!16 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !12)
!17 = !DILocalVariable(name: "n", arg: 2, scope: !9, file: !1, line: 4, type: !14)
!18 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !14)
!19 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 6, type: !14)
!20 = !DILocalVariable(name: "key", scope: !21, file: !1, line: 10, type: !13)
!21 = distinct !DILexicalBlock(scope: !22, file: !1, line: 9, column: 29)
!22 = distinct !DILexicalBlock(scope: !23, file: !1, line: 9, column: 5)
!23 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!24 = !DILocation(line: 0, scope: !9)
!25 = !DILocation(line: 7, column: 9, scope: !9)
!26 = !DILocation(line: 9, column: 19, scope: !22)
!27 = !DILocation(line: 9, column: 5, scope: !23)
!28 = !DILocation(line: 10, column: 21, scope: !21)
!29 = !{!30, !30, i64 0}
!30 = !{!"float", !31, i64 0}
!31 = !{!"omnipotent char", !32, i64 0}
!32 = !{!"Simple C/C++ TBAA"}
!33 = !DILocation(line: 0, scope: !21)
!34 = !DILocation(line: 12, column: 23, scope: !21)
!35 = !DILocation(line: 12, column: 26, scope: !21)
!36 = !DILocation(line: 12, column: 31, scope: !21)
!37 = !DILocation(line: 12, column: 9, scope: !21)
!38 = !DILocation(line: 13, column: 13, scope: !39)
!39 = distinct !DILexicalBlock(scope: !21, file: !1, line: 12, column: 38)
!40 = !DILocation(line: 13, column: 22, scope: !39)
!41 = !DILocation(line: 12, column: 18, scope: !21)
!42 = distinct !{!42, !37, !43, !44}
!43 = !DILocation(line: 15, column: 9, scope: !21)
!44 = !{!"llvm.loop.unroll.disable"}
!45 = !DILocation(line: 16, column: 9, scope: !21)
!46 = !DILocation(line: 16, column: 18, scope: !21)
!47 = !DILocation(line: 9, column: 25, scope: !22)
!48 = distinct !{!48, !27, !49, !44}
!49 = !DILocation(line: 17, column: 5, scope: !23)
!50 = !DILocation(line: 18, column: 1, scope: !9)
