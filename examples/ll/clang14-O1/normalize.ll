; ModuleID = 'kernels/normalize.c'
source_filename = "kernels/normalize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nounwind uwtable
define dso_local float @normalize(float* nocapture noundef readonly %0, float* nocapture noundef writeonly %1, i32 noundef %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata float* %0, metadata !18, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float* %1, metadata !19, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 %2, metadata !20, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !21, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !23, metadata !DIExpression()), !dbg !29
  %4 = icmp slt i32 %2, 256, !dbg !30
  %5 = select i1 %4, i32 %2, i32 256, !dbg !30
  call void @llvm.dbg.value(metadata i32 %5, metadata !20, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !21, metadata !DIExpression()), !dbg !29
  %6 = icmp sgt i32 %2, 0, !dbg !31
  br i1 %6, label %7, label %18, !dbg !34

7:                                                ; preds = %3
  %8 = call i32 @llvm.smax.i32(i32 %5, i32 1), !dbg !34
  %9 = zext i32 %8 to i64, !dbg !31
  br label %10, !dbg !34

10:                                               ; preds = %7, %10
  %11 = phi i64 [ 0, %7 ], [ %16, %10 ]
  %12 = phi float [ 0.000000e+00, %7 ], [ %15, %10 ]
  call void @llvm.dbg.value(metadata i64 %11, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float %12, metadata !21, metadata !DIExpression()), !dbg !29
  %13 = getelementptr inbounds float, float* %0, i64 %11, !dbg !35
  %14 = load float, float* %13, align 4, !dbg !35, !tbaa !36
  %15 = call float @llvm.fmuladd.f32(float %14, float %14, float %12), !dbg !40
  call void @llvm.dbg.value(metadata float %15, metadata !21, metadata !DIExpression()), !dbg !29
  %16 = add nuw nsw i64 %11, 1, !dbg !41
  call void @llvm.dbg.value(metadata i64 %16, metadata !24, metadata !DIExpression()), !dbg !29
  %17 = icmp eq i64 %16, %9, !dbg !31
  br i1 %17, label %18, label %10, !dbg !34, !llvm.loop !42

18:                                               ; preds = %10, %3
  %19 = phi float [ 0.000000e+00, %3 ], [ %15, %10 ], !dbg !29
  %20 = call float @sqrtf(float noundef %19) #4, !dbg !45
  call void @llvm.dbg.value(metadata float %20, metadata !22, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 0, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !23, metadata !DIExpression()), !dbg !29
  %21 = icmp sgt i32 %2, 0, !dbg !46
  br i1 %21, label %22, label %41, !dbg !47

22:                                               ; preds = %18
  %23 = fcmp ogt float %20, 0.000000e+00
  %24 = call i32 @llvm.smax.i32(i32 %5, i32 1), !dbg !47
  %25 = zext i32 %24 to i64, !dbg !46
  br label %26, !dbg !47

26:                                               ; preds = %22, %33
  %27 = phi i64 [ 0, %22 ], [ %39, %33 ]
  %28 = phi float [ 0.000000e+00, %22 ], [ %38, %33 ]
  call void @llvm.dbg.value(metadata i64 %27, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata float %28, metadata !23, metadata !DIExpression()), !dbg !29
  br i1 %23, label %29, label %33, !dbg !48

29:                                               ; preds = %26
  %30 = getelementptr inbounds float, float* %0, i64 %27, !dbg !49
  %31 = load float, float* %30, align 4, !dbg !49, !tbaa !36
  %32 = fdiv float %31, %20, !dbg !50
  br label %33, !dbg !48

33:                                               ; preds = %26, %29
  %34 = phi float [ %32, %29 ], [ 0.000000e+00, %26 ], !dbg !48
  %35 = getelementptr inbounds float, float* %1, i64 %27, !dbg !51
  store float %34, float* %35, align 4, !dbg !52, !tbaa !36
  %36 = call float @llvm.fabs.f32(float %34), !dbg !53
  call void @llvm.dbg.value(metadata float %36, metadata !25, metadata !DIExpression()), !dbg !54
  %37 = fcmp ogt float %36, %28, !dbg !55
  %38 = select i1 %37, float %36, float %28, !dbg !57
  call void @llvm.dbg.value(metadata float %38, metadata !23, metadata !DIExpression()), !dbg !29
  %39 = add nuw nsw i64 %27, 1, !dbg !58
  call void @llvm.dbg.value(metadata i64 %39, metadata !24, metadata !DIExpression()), !dbg !29
  %40 = icmp eq i64 %39, %25, !dbg !46
  br i1 %40, label %41, label %26, !dbg !47, !llvm.loop !59

41:                                               ; preds = %33, %18
  %42 = phi float [ 0.000000e+00, %18 ], [ %38, %33 ], !dbg !29
  ret float %42, !dbg !61
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare float @sqrtf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { mustprogress nofree nounwind willreturn writeonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/normalize.c", directory: ".", checksumkind: CSK_MD5, checksum: "245a7b57b3e2f5ef4f39541b22da80bc")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "normalize", scope: !1, file: !1, line: 7, type: !10, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !15, !16}
!12 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!16 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!17 = !{!18, !19, !20, !21, !22, !23, !24, !25}
!18 = !DILocalVariable(name: "x", arg: 1, scope: !9, file: !1, line: 7, type: !13)
!19 = !DILocalVariable(name: "y", arg: 2, scope: !9, file: !1, line: 7, type: !15)
!20 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 7, type: !16)
!21 = !DILocalVariable(name: "ss", scope: !9, file: !1, line: 9, type: !12)
!22 = !DILocalVariable(name: "norm", scope: !9, file: !1, line: 9, type: !12)
!23 = !DILocalVariable(name: "peak", scope: !9, file: !1, line: 9, type: !12)
!24 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 10, type: !16)
!25 = !DILocalVariable(name: "a", scope: !26, file: !1, line: 17, type: !12)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 16, column: 29)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 16, column: 5)
!28 = distinct !DILexicalBlock(scope: !9, file: !1, line: 16, column: 5)
!29 = !DILocation(line: 0, scope: !9)
!30 = !DILocation(line: 11, column: 9, scope: !9)
!31 = !DILocation(line: 13, column: 19, scope: !32)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 13, column: 5)
!33 = distinct !DILexicalBlock(scope: !9, file: !1, line: 13, column: 5)
!34 = !DILocation(line: 13, column: 5, scope: !33)
!35 = !DILocation(line: 14, column: 15, scope: !32)
!36 = !{!37, !37, i64 0}
!37 = !{!"float", !38, i64 0}
!38 = !{!"omnipotent char", !39, i64 0}
!39 = !{!"Simple C/C++ TBAA"}
!40 = !DILocation(line: 14, column: 12, scope: !32)
!41 = !DILocation(line: 13, column: 25, scope: !32)
!42 = distinct !{!42, !34, !43, !44}
!43 = !DILocation(line: 14, column: 25, scope: !33)
!44 = !{!"llvm.loop.unroll.disable"}
!45 = !DILocation(line: 15, column: 12, scope: !9)
!46 = !DILocation(line: 16, column: 19, scope: !27)
!47 = !DILocation(line: 16, column: 5, scope: !28)
!48 = !DILocation(line: 18, column: 16, scope: !26)
!49 = !DILocation(line: 18, column: 30, scope: !26)
!50 = !DILocation(line: 18, column: 35, scope: !26)
!51 = !DILocation(line: 18, column: 9, scope: !26)
!52 = !DILocation(line: 18, column: 14, scope: !26)
!53 = !DILocation(line: 19, column: 13, scope: !26)
!54 = !DILocation(line: 0, scope: !26)
!55 = !DILocation(line: 20, column: 15, scope: !56)
!56 = distinct !DILexicalBlock(scope: !26, file: !1, line: 20, column: 13)
!57 = !DILocation(line: 20, column: 13, scope: !26)
!58 = !DILocation(line: 16, column: 25, scope: !27)
!59 = distinct !{!59, !47, !60, !44}
!60 = !DILocation(line: 22, column: 5, scope: !28)
!61 = !DILocation(line: 23, column: 5, scope: !9)
