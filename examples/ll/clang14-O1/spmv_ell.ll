; ModuleID = 'kernels/spmv_ell.c'
source_filename = "kernels/spmv_ell.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @spmv_ell(float* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, float* nocapture noundef readonly %2, float* nocapture noundef writeonly %3) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata float* %0, metadata !20, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32* %1, metadata !21, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata float* %2, metadata !22, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata float* %3, metadata !23, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !30
  br label %5, !dbg !31

5:                                                ; preds = %4, %23
  %6 = phi i64 [ 0, %4 ], [ %25, %23 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !24, metadata !DIExpression()), !dbg !30
  %7 = shl nsw i64 %6, 2
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !26, metadata !DIExpression()), !dbg !32
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !30
  br label %8, !dbg !33

8:                                                ; preds = %5, %8
  %9 = phi i64 [ 0, %5 ], [ %21, %8 ]
  %10 = phi float [ 0.000000e+00, %5 ], [ %20, %8 ]
  call void @llvm.dbg.value(metadata float %10, metadata !26, metadata !DIExpression()), !dbg !32
  call void @llvm.dbg.value(metadata i64 %9, metadata !25, metadata !DIExpression()), !dbg !30
  %11 = add nuw nsw i64 %9, %7, !dbg !35
  %12 = getelementptr inbounds float, float* %0, i64 %11, !dbg !37
  %13 = load float, float* %12, align 4, !dbg !37, !tbaa !38
  %14 = getelementptr inbounds i32, i32* %1, i64 %11, !dbg !42
  %15 = load i32, i32* %14, align 4, !dbg !42, !tbaa !43
  %16 = and i32 %15, 15, !dbg !45
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds float, float* %2, i64 %17, !dbg !46
  %19 = load float, float* %18, align 4, !dbg !46, !tbaa !38
  %20 = call float @llvm.fmuladd.f32(float %13, float %19, float %10), !dbg !47
  call void @llvm.dbg.value(metadata float %20, metadata !26, metadata !DIExpression()), !dbg !32
  %21 = add nuw nsw i64 %9, 1, !dbg !48
  call void @llvm.dbg.value(metadata i64 %21, metadata !25, metadata !DIExpression()), !dbg !30
  %22 = icmp eq i64 %21, 4, !dbg !49
  br i1 %22, label %23, label %8, !dbg !33, !llvm.loop !50

23:                                               ; preds = %8
  %24 = getelementptr inbounds float, float* %3, i64 %6, !dbg !53
  store float %20, float* %24, align 4, !dbg !54, !tbaa !38
  %25 = add nuw nsw i64 %6, 1, !dbg !55
  call void @llvm.dbg.value(metadata i64 %25, metadata !24, metadata !DIExpression()), !dbg !30
  %26 = icmp eq i64 %25, 16, !dbg !56
  br i1 %26, label %27, label %5, !dbg !31, !llvm.loop !57

27:                                               ; preds = %23
  ret void, !dbg !59
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/spmv_ell.c", directory: ".", checksumkind: CSK_MD5, checksum: "6fb0d7646bb873605178ed5928d189a3")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "spmv_ell", scope: !1, file: !1, line: 6, type: !10, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !19)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !15, !12, !18}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!19 = !{!20, !21, !22, !23, !24, !25, !26}
!20 = !DILocalVariable(name: "val", arg: 1, scope: !9, file: !1, line: 6, type: !12)
!21 = !DILocalVariable(name: "cols", arg: 2, scope: !9, file: !1, line: 6, type: !15)
!22 = !DILocalVariable(name: "x", arg: 3, scope: !9, file: !1, line: 6, type: !12)
!23 = !DILocalVariable(name: "y", arg: 4, scope: !9, file: !1, line: 6, type: !18)
!24 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 8, type: !17)
!25 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 8, type: !17)
!26 = !DILocalVariable(name: "sum", scope: !27, file: !1, line: 10, type: !14)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 9, column: 32)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 9, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!30 = !DILocation(line: 0, scope: !9)
!31 = !DILocation(line: 9, column: 5, scope: !29)
!32 = !DILocation(line: 0, scope: !27)
!33 = !DILocation(line: 11, column: 9, scope: !34)
!34 = distinct !DILexicalBlock(scope: !27, file: !1, line: 11, column: 9)
!35 = !DILocation(line: 12, column: 30, scope: !36)
!36 = distinct !DILexicalBlock(scope: !34, file: !1, line: 11, column: 9)
!37 = !DILocation(line: 12, column: 20, scope: !36)
!38 = !{!39, !39, i64 0}
!39 = !{!"float", !40, i64 0}
!40 = !{!"omnipotent char", !41, i64 0}
!41 = !{!"Simple C/C++ TBAA"}
!42 = !DILocation(line: 12, column: 39, scope: !36)
!43 = !{!44, !44, i64 0}
!44 = !{!"int", !40, i64 0}
!45 = !DILocation(line: 12, column: 55, scope: !36)
!46 = !DILocation(line: 12, column: 37, scope: !36)
!47 = !DILocation(line: 12, column: 17, scope: !36)
!48 = !DILocation(line: 11, column: 29, scope: !36)
!49 = !DILocation(line: 11, column: 23, scope: !36)
!50 = distinct !{!50, !33, !51, !52}
!51 = !DILocation(line: 12, column: 67, scope: !34)
!52 = !{!"llvm.loop.unroll.disable"}
!53 = !DILocation(line: 13, column: 9, scope: !27)
!54 = !DILocation(line: 13, column: 14, scope: !27)
!55 = !DILocation(line: 9, column: 28, scope: !28)
!56 = !DILocation(line: 9, column: 19, scope: !28)
!57 = distinct !{!57, !31, !58, !52}
!58 = !DILocation(line: 14, column: 5, scope: !29)
!59 = !DILocation(line: 15, column: 1, scope: !9)
