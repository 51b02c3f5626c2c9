; ModuleID = 'kernels/stencil2d.c'
source_filename = "kernels/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @stencil2d([32 x float]* nocapture noundef readonly %0, [32 x float]* nocapture noundef writeonly %1) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata [32 x float]* %0, metadata !18, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata [32 x float]* %1, metadata !19, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 0, metadata !20, metadata !DIExpression()), !dbg !23
  br label %3, !dbg !24

3:                                                ; preds = %2, %39
  %4 = phi i64 [ 0, %2 ], [ %8, %39 ]
  call void @llvm.dbg.value(metadata i64 %4, metadata !20, metadata !DIExpression()), !dbg !23
  %5 = icmp eq i64 %4, 0
  %6 = icmp eq i64 %4, 31
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !23
  %7 = add nsw i64 %4, -1
  %8 = add nuw nsw i64 %4, 1, !dbg !26
  br label %9, !dbg !28

9:                                                ; preds = %3, %34
  %10 = phi i64 [ 0, %3 ], [ %37, %34 ]
  call void @llvm.dbg.value(metadata i64 %10, metadata !22, metadata !DIExpression()), !dbg !23
  %11 = icmp eq i64 %10, 0
  %12 = select i1 %5, i1 true, i1 %11, !dbg !31
  %13 = or i1 %6, %12, !dbg !31
  %14 = icmp eq i64 %10, 31
  %15 = select i1 %13, i1 true, i1 %14, !dbg !31
  %16 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %4, i64 %10, !dbg !35
  %17 = load float, float* %16, align 4, !dbg !35, !tbaa !36
  br i1 %15, label %34, label %18, !dbg !31

18:                                               ; preds = %9
  %19 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %7, i64 %10, !dbg !40
  %20 = load float, float* %19, align 4, !dbg !40, !tbaa !36
  %21 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %8, i64 %10, !dbg !41
  %22 = load float, float* %21, align 4, !dbg !41, !tbaa !36
  %23 = fadd float %20, %22, !dbg !42
  %24 = add nsw i64 %10, -1, !dbg !43
  %25 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %4, i64 %24, !dbg !44
  %26 = load float, float* %25, align 4, !dbg !44, !tbaa !36
  %27 = fadd float %23, %26, !dbg !45
  %28 = add nuw nsw i64 %10, 1, !dbg !46
  %29 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %4, i64 %28, !dbg !47
  %30 = load float, float* %29, align 4, !dbg !47, !tbaa !36
  %31 = fadd float %27, %30, !dbg !48
  %32 = fmul float %31, 1.250000e-01, !dbg !49
  %33 = call float @llvm.fmuladd.f32(float %17, float 5.000000e-01, float %32), !dbg !50
  br label %34

34:                                               ; preds = %9, %18
  %35 = phi float [ %33, %18 ], [ %17, %9 ]
  %36 = getelementptr inbounds [32 x float], [32 x float]* %1, i64 %4, i64 %10, !dbg !35
  store float %35, float* %36, align 4, !dbg !35, !tbaa !36
  %37 = add nuw nsw i64 %10, 1, !dbg !51
  call void @llvm.dbg.value(metadata i64 %37, metadata !22, metadata !DIExpression()), !dbg !23
  %38 = icmp eq i64 %37, 32, !dbg !52
  br i1 %38, label %39, label %9, !dbg !28, !llvm.loop !53

39:                                               ; preds = %34
  call void @llvm.dbg.value(metadata i64 %8, metadata !20, metadata !DIExpression()), !dbg !23
  %40 = icmp eq i64 %8, 32, !dbg !56
  br i1 %40, label %41, label %3, !dbg !24, !llvm.loop !57

41:                                               ; preds = %39
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
!1 = !DIFile(filename: "kernels/stencil2d.c", directory: ".", checksumkind: CSK_MD5, checksum: "49ee1dd2bd488e26d75fcd864dfbc55f")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "stencil2d", scope: !1, file: !1, line: 6, type: !10, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !12}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 1024, elements: !15)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !{!16}
!16 = !DISubrange(count: 32)
!17 = !{!18, !19, !20, !22}
!18 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 6, type: !12)
!19 = !DILocalVariable(name: "out", arg: 2, scope: !9, file: !1, line: 6, type: !12)
!20 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 8, type: !21)
!21 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!22 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 8, type: !21)
!23 = !DILocation(line: 0, scope: !9)
!24 = !DILocation(line: 9, column: 5, scope: !25)
!25 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!26 = !DILocation(line: 9, column: 25, scope: !27)
!27 = distinct !DILexicalBlock(scope: !25, file: !1, line: 9, column: 5)
!28 = !DILocation(line: 10, column: 9, scope: !29)
!29 = distinct !DILexicalBlock(scope: !30, file: !1, line: 10, column: 9)
!30 = distinct !DILexicalBlock(scope: !27, file: !1, line: 9, column: 29)
!31 = !DILocation(line: 11, column: 24, scope: !32)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 11, column: 17)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 10, column: 33)
!34 = distinct !DILexicalBlock(scope: !29, file: !1, line: 10, column: 9)
!35 = !DILocation(line: 0, scope: !32)
!36 = !{!37, !37, i64 0}
!37 = !{!"float", !38, i64 0}
!38 = !{!"omnipotent char", !39, i64 0}
!39 = !{!"Simple C/C++ TBAA"}
!40 = !DILocation(line: 15, column: 39, scope: !32)
!41 = !DILocation(line: 15, column: 54, scope: !32)
!42 = !DILocation(line: 15, column: 52, scope: !32)
!43 = !DILocation(line: 16, column: 49, scope: !32)
!44 = !DILocation(line: 16, column: 41, scope: !32)
!45 = !DILocation(line: 16, column: 39, scope: !32)
!46 = !DILocation(line: 16, column: 64, scope: !32)
!47 = !DILocation(line: 16, column: 56, scope: !32)
!48 = !DILocation(line: 16, column: 54, scope: !32)
!49 = !DILocation(line: 15, column: 36, scope: !32)
!50 = !DILocation(line: 15, column: 27, scope: !32)
!51 = !DILocation(line: 10, column: 29, scope: !34)
!52 = !DILocation(line: 10, column: 23, scope: !34)
!53 = distinct !{!53, !28, !54, !55}
!54 = !DILocation(line: 17, column: 9, scope: !29)
!55 = !{!"llvm.loop.unroll.disable"}
!56 = !DILocation(line: 9, column: 19, scope: !27)
!57 = distinct !{!57, !24, !58, !55}
!58 = !DILocation(line: 18, column: 5, scope: !25)
!59 = !DILocation(line: 19, column: 1, scope: !9)
