; ModuleID = 'kernels/matvec.c'
source_filename = "kernels/matvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @matvec(float* nocapture noundef readonly %0, float* nocapture noundef readonly %1, float* nocapture noundef readonly %2, float* nocapture noundef writeonly %3) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata float* %0, metadata !17, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata float* %1, metadata !18, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata float* %2, metadata !19, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata float* %3, metadata !20, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !28
  br label %5, !dbg !29

5:                                                ; preds = %4, %21
  %6 = phi i64 [ 0, %4 ], [ %23, %21 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !21, metadata !DIExpression()), !dbg !28
  %7 = getelementptr inbounds float, float* %2, i64 %6, !dbg !30
  %8 = load float, float* %7, align 4, !dbg !30, !tbaa !31
  call void @llvm.dbg.value(metadata float %8, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !28
  %9 = shl nsw i64 %6, 5
  call void @llvm.dbg.value(metadata float %8, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !28
  br label %10, !dbg !36

10:                                               ; preds = %5, %10
  %11 = phi i64 [ 0, %5 ], [ %19, %10 ]
  %12 = phi float [ %8, %5 ], [ %18, %10 ]
  call void @llvm.dbg.value(metadata float %12, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i64 %11, metadata !23, metadata !DIExpression()), !dbg !28
  %13 = add nuw nsw i64 %11, %9, !dbg !38
  %14 = getelementptr inbounds float, float* %0, i64 %13, !dbg !40
  %15 = load float, float* %14, align 4, !dbg !40, !tbaa !31
  %16 = getelementptr inbounds float, float* %1, i64 %11, !dbg !41
  %17 = load float, float* %16, align 4, !dbg !41, !tbaa !31
  %18 = call float @llvm.fmuladd.f32(float %15, float %17, float %12), !dbg !42
  call void @llvm.dbg.value(metadata float %18, metadata !24, metadata !DIExpression()), !dbg !35
  %19 = add nuw nsw i64 %11, 1, !dbg !43
  call void @llvm.dbg.value(metadata i64 %19, metadata !23, metadata !DIExpression()), !dbg !28
  %20 = icmp eq i64 %19, 32, !dbg !44
  br i1 %20, label %21, label %10, !dbg !36, !llvm.loop !45

21:                                               ; preds = %10
  %22 = getelementptr inbounds float, float* %3, i64 %6, !dbg !48
  store float %18, float* %22, align 4, !dbg !49, !tbaa !31
  %23 = add nuw nsw i64 %6, 1, !dbg !50
  call void @llvm.dbg.value(metadata i64 %23, metadata !21, metadata !DIExpression()), !dbg !28
  %24 = icmp eq i64 %23, 16, !dbg !51
  br i1 %24, label %25, label %5, !dbg !29, !llvm.loop !52

25:                                               ; preds = %21
  ret void, !dbg !54
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
!1 = !DIFile(filename: "kernels/matvec.c", directory: ".", checksumkind: CSK_MD5, checksum: "eace4c8f08e18e248a0e35ac34294fe3")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "matvec", scope: !1, file: !1, line: 5, type: !10, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !12, !12, !15}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !{!17, !18, !19, !20, !21, !23, !24}
!17 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 5, type: !12)
!18 = !DILocalVariable(name: "x", arg: 2, scope: !9, file: !1, line: 5, type: !12)
!19 = !DILocalVariable(name: "b", arg: 3, scope: !9, file: !1, line: 5, type: !12)
!20 = !DILocalVariable(name: "y", arg: 4, scope: !9, file: !1, line: 5, type: !15)
!21 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 7, type: !22)
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 7, type: !22)
!24 = !DILocalVariable(name: "acc", scope: !25, file: !1, line: 9, type: !14)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 8, column: 32)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 8, column: 5)
!27 = distinct !DILexicalBlock(scope: !9, file: !1, line: 8, column: 5)
!28 = !DILocation(line: 0, scope: !9)
!29 = !DILocation(line: 8, column: 5, scope: !27)
!30 = !DILocation(line: 9, column: 21, scope: !25)
!31 = !{!32, !32, i64 0}
!32 = !{!"float", !33, i64 0}
!33 = !{!"omnipotent char", !34, i64 0}
!34 = !{!"Simple C/C++ TBAA"}
!35 = !DILocation(line: 0, scope: !25)
!36 = !DILocation(line: 10, column: 9, scope: !37)
!37 = distinct !DILexicalBlock(scope: !25, file: !1, line: 10, column: 9)
!38 = !DILocation(line: 11, column: 31, scope: !39)
!39 = distinct !DILexicalBlock(scope: !37, file: !1, line: 10, column: 9)
!40 = !DILocation(line: 11, column: 20, scope: !39)
!41 = !DILocation(line: 11, column: 38, scope: !39)
!42 = !DILocation(line: 11, column: 17, scope: !39)
!43 = !DILocation(line: 10, column: 32, scope: !39)
!44 = !DILocation(line: 10, column: 23, scope: !39)
!45 = distinct !{!45, !36, !46, !47}
!46 = !DILocation(line: 11, column: 41, scope: !37)
!47 = !{!"llvm.loop.unroll.disable"}
!48 = !DILocation(line: 12, column: 9, scope: !25)
!49 = !DILocation(line: 12, column: 14, scope: !25)
!50 = !DILocation(line: 8, column: 28, scope: !26)
!51 = !DILocation(line: 8, column: 19, scope: !26)
!52 = distinct !{!52, !29, !53, !47}
!53 = !DILocation(line: 13, column: 5, scope: !27)
!54 = !DILocation(line: 14, column: 1, scope: !9)
