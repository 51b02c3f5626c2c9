; ModuleID = 'kernels/gemm_f.c'
source_filename = "kernels/gemm_f.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @gemm_f(float* nocapture noundef readonly %0, float* nocapture noundef readonly %1, float* nocapture noundef %2, float noundef %3, float noundef %4) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata float* %0, metadata !17, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata float* %1, metadata !18, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata float* %2, metadata !19, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata float %3, metadata !20, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata float %4, metadata !21, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !33
  br label %6, !dbg !34

6:                                                ; preds = %5, %33
  %7 = phi i64 [ 0, %5 ], [ %34, %33 ]
  call void @llvm.dbg.value(metadata i64 %7, metadata !22, metadata !DIExpression()), !dbg !33
  %8 = shl nsw i64 %7, 4
  %9 = shl nsw i64 %7, 4
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !33
  br label %10, !dbg !35

10:                                               ; preds = %6, %25
  %11 = phi i64 [ 0, %6 ], [ %31, %25 ]
  call void @llvm.dbg.value(metadata i64 %11, metadata !24, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !26, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !33
  br label %12, !dbg !37

12:                                               ; preds = %10, %12
  %13 = phi i64 [ 0, %10 ], [ %23, %12 ]
  %14 = phi float [ 0.000000e+00, %10 ], [ %22, %12 ]
  call void @llvm.dbg.value(metadata float %14, metadata !26, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i64 %13, metadata !25, metadata !DIExpression()), !dbg !33
  %15 = add nuw nsw i64 %13, %8, !dbg !39
  %16 = getelementptr inbounds float, float* %0, i64 %15, !dbg !41
  %17 = load float, float* %16, align 4, !dbg !41, !tbaa !42
  %18 = shl nsw i64 %13, 4, !dbg !46
  %19 = add nuw nsw i64 %18, %11, !dbg !47
  %20 = getelementptr inbounds float, float* %1, i64 %19, !dbg !48
  %21 = load float, float* %20, align 4, !dbg !48, !tbaa !42
  %22 = call float @llvm.fmuladd.f32(float %17, float %21, float %14), !dbg !49
  call void @llvm.dbg.value(metadata float %22, metadata !26, metadata !DIExpression()), !dbg !36
  %23 = add nuw nsw i64 %13, 1, !dbg !50
  call void @llvm.dbg.value(metadata i64 %23, metadata !25, metadata !DIExpression()), !dbg !33
  %24 = icmp eq i64 %23, 16, !dbg !51
  br i1 %24, label %25, label %12, !dbg !37, !llvm.loop !52

25:                                               ; preds = %12
  %26 = add nuw nsw i64 %11, %9, !dbg !55
  %27 = getelementptr inbounds float, float* %2, i64 %26, !dbg !56
  %28 = load float, float* %27, align 4, !dbg !56, !tbaa !42
  %29 = fmul float %28, %4, !dbg !57
  %30 = call float @llvm.fmuladd.f32(float %3, float %22, float %29), !dbg !58
  store float %30, float* %27, align 4, !dbg !59, !tbaa !42
  %31 = add nuw nsw i64 %11, 1, !dbg !60
  call void @llvm.dbg.value(metadata i64 %31, metadata !24, metadata !DIExpression()), !dbg !33
  %32 = icmp eq i64 %31, 16, !dbg !61
  br i1 %32, label %33, label %10, !dbg !35, !llvm.loop !62

33:                                               ; preds = %25
  %34 = add nuw nsw i64 %7, 1, !dbg !64
  call void @llvm.dbg.value(metadata i64 %34, metadata !22, metadata !DIExpression()), !dbg !33
  %35 = icmp eq i64 %34, 16, !dbg !65
  br i1 %35, label %36, label %6, !dbg !34, !llvm.loop !66

36:                                               ; preds = %33
  ret void, !dbg !68
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
!1 = !DIFile(filename: "kernels/gemm_f.c", directory: ".", checksumkind: CSK_MD5, checksum: "bf2f3f49e122d423b3efdc1697ff909c")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "gemm_f", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !12, !15, !14, !14}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !{!17, !18, !19, !20, !21, !22, !24, !25, !26}
!17 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !12)
!18 = !DILocalVariable(name: "b", arg: 2, scope: !9, file: !1, line: 4, type: !12)
!19 = !DILocalVariable(name: "c", arg: 3, scope: !9, file: !1, line: 4, type: !15)
!20 = !DILocalVariable(name: "alpha", arg: 4, scope: !9, file: !1, line: 4, type: !14)
!21 = !DILocalVariable(name: "beta", arg: 5, scope: !9, file: !1, line: 4, type: !14)
!22 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !23)
!23 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!24 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 6, type: !23)
!25 = !DILocalVariable(name: "k", scope: !9, file: !1, line: 6, type: !23)
!26 = !DILocalVariable(name: "acc", scope: !27, file: !1, line: 9, type: !14)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 8, column: 33)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 8, column: 9)
!29 = distinct !DILexicalBlock(scope: !30, file: !1, line: 8, column: 9)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 7, column: 29)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 7, column: 5)
!32 = distinct !DILexicalBlock(scope: !9, file: !1, line: 7, column: 5)
!33 = !DILocation(line: 0, scope: !9)
!34 = !DILocation(line: 7, column: 5, scope: !32)
!35 = !DILocation(line: 8, column: 9, scope: !29)
!36 = !DILocation(line: 0, scope: !27)
!37 = !DILocation(line: 10, column: 13, scope: !38)
!38 = distinct !DILexicalBlock(scope: !27, file: !1, line: 10, column: 13)
!39 = !DILocation(line: 11, column: 32, scope: !40)
!40 = distinct !DILexicalBlock(scope: !38, file: !1, line: 10, column: 13)
!41 = !DILocation(line: 11, column: 24, scope: !40)
!42 = !{!43, !43, i64 0}
!43 = !{!"float", !44, i64 0}
!44 = !{!"omnipotent char", !45, i64 0}
!45 = !{!"Simple C/C++ TBAA"}
!46 = !DILocation(line: 11, column: 43, scope: !40)
!47 = !DILocation(line: 11, column: 47, scope: !40)
!48 = !DILocation(line: 11, column: 39, scope: !40)
!49 = !DILocation(line: 11, column: 21, scope: !40)
!50 = !DILocation(line: 10, column: 33, scope: !40)
!51 = !DILocation(line: 10, column: 27, scope: !40)
!52 = distinct !{!52, !37, !53, !54}
!53 = !DILocation(line: 11, column: 50, scope: !38)
!54 = !{!"llvm.loop.unroll.disable"}
!55 = !DILocation(line: 12, column: 57, scope: !27)
!56 = !DILocation(line: 12, column: 49, scope: !27)
!57 = !DILocation(line: 12, column: 47, scope: !27)
!58 = !DILocation(line: 12, column: 40, scope: !27)
!59 = !DILocation(line: 12, column: 26, scope: !27)
!60 = !DILocation(line: 8, column: 29, scope: !28)
!61 = !DILocation(line: 8, column: 23, scope: !28)
!62 = distinct !{!62, !35, !63, !54}
!63 = !DILocation(line: 13, column: 9, scope: !29)
!64 = !DILocation(line: 7, column: 25, scope: !31)
!65 = !DILocation(line: 7, column: 19, scope: !31)
!66 = distinct !{!66, !34, !67, !54}
!67 = !DILocation(line: 14, column: 5, scope: !32)
!68 = !DILocation(line: 15, column: 1, scope: !9)
