; ModuleID = 'kernels/spmv_csr.c'
source_filename = "kernels/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @spmv_csr(float* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32* nocapture noundef readonly %2, float* nocapture noundef readonly %3, float* nocapture noundef writeonly %4) local_unnamed_addr #0 !dbg !11 {
  call void @llvm.dbg.value(metadata float* %0, metadata !22, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32* %1, metadata !23, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32* %2, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata float* %3, metadata !25, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata float* %4, metadata !26, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !35
  br label %6, !dbg !36

6:                                                ; preds = %5, %35
  %7 = phi i64 [ 0, %5 ], [ %10, %35 ]
  call void @llvm.dbg.value(metadata i64 %7, metadata !27, metadata !DIExpression()), !dbg !35
  %8 = getelementptr inbounds i32, i32* %2, i64 %7, !dbg !37
  %9 = load i32, i32* %8, align 4, !dbg !37, !tbaa !38
  call void @llvm.dbg.value(metadata i32 %9, metadata !28, metadata !DIExpression()), !dbg !42
  %10 = add nuw nsw i64 %7, 1, !dbg !43
  %11 = getelementptr inbounds i32, i32* %2, i64 %10, !dbg !44
  %12 = load i32, i32* %11, align 4, !dbg !44, !tbaa !38
  call void @llvm.dbg.value(metadata i32 %12, metadata !32, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !34, metadata !DIExpression()), !dbg !42
  %13 = icmp ult i32 %9, 64, !dbg !45
  %14 = select i1 %13, i32 %9, i32 64, !dbg !45
  call void @llvm.dbg.value(metadata i32 %14, metadata !28, metadata !DIExpression()), !dbg !42
  %15 = icmp ult i32 %12, 64, !dbg !46
  %16 = select i1 %15, i32 %12, i32 64, !dbg !46
  call void @llvm.dbg.value(metadata i32 %16, metadata !32, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %14, metadata !33, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !34, metadata !DIExpression()), !dbg !42
  %17 = icmp ult i32 %14, %16, !dbg !47
  br i1 %17, label %18, label %35, !dbg !50

18:                                               ; preds = %6
  %19 = zext i32 %14 to i64, !dbg !50
  %20 = zext i32 %16 to i64, !dbg !47
  br label %21, !dbg !50

21:                                               ; preds = %18, %21
  %22 = phi i64 [ %19, %18 ], [ %33, %21 ]
  %23 = phi float [ 0.000000e+00, %18 ], [ %32, %21 ]
  call void @llvm.dbg.value(metadata float %23, metadata !34, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i64 %22, metadata !33, metadata !DIExpression()), !dbg !42
  %24 = getelementptr inbounds float, float* %0, i64 %22, !dbg !51
  %25 = load float, float* %24, align 4, !dbg !51, !tbaa !52
  %26 = getelementptr inbounds i32, i32* %1, i64 %22, !dbg !54
  %27 = load i32, i32* %26, align 4, !dbg !54, !tbaa !38
  %28 = and i32 %27, 15, !dbg !55
  %29 = zext i32 %28 to i64, !dbg !56
  %30 = getelementptr inbounds float, float* %3, i64 %29, !dbg !56
  %31 = load float, float* %30, align 4, !dbg !56, !tbaa !52
  %32 = call float @llvm.fmuladd.f32(float %25, float %31, float %23), !dbg !57
  call void @llvm.dbg.value(metadata float %32, metadata !34, metadata !DIExpression()), !dbg !42
  %33 = add nuw nsw i64 %22, 1, !dbg !58
  call void @llvm.dbg.value(metadata i64 %33, metadata !33, metadata !DIExpression()), !dbg !42
  %34 = icmp eq i64 %33, %20, !dbg !47
  br i1 %34, label %35, label %21, !dbg !50, !llvm.loop !59

35:                                               ; preds = %21, %6
  %36 = phi float [ 0.000000e+00, %6 ], [ %32, %21 ], !dbg !42
  %37 = getelementptr inbounds float, float* %4, i64 %7, !dbg !62
  store float %36, float* %37, align 4, !dbg !63, !tbaa !52
  call void @llvm.dbg.value(metadata i64 %10, metadata !27, metadata !DIExpression()), !dbg !35
  %38 = icmp eq i64 %10, 16, !dbg !64
  br i1 %38, label %39, label %6, !dbg !36, !llvm.loop !65

39:                                               ; preds = %35
  ret void, !dbg !67
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9}
!llvm.ident = !{!10}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/spmv_csr.c", directory: ".", checksumkind: CSK_MD5, checksum: "8604b4b608cb392d5fd651290b43839b")
!2 = !{!3}
!3 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = !{i32 1, !"wchar_size", i32 4}
!7 = !{i32 7, !"PIC Level", i32 2}
!8 = !{i32 7, !"PIE Level", i32 2}
!9 = !{i32 7, !"uwtable", i32 1}
!10 = !{!"Debian clang version 14.0.6"}
!11 = distinct !DISubprogram(name: "spmv_csr", scope: !1, file: !1, line: 7, type: !12, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21)
!12 = !DISubroutineType(types: !13)
!13 = !{null, !14, !17, !17, !14, !20}
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!15 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!16 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!21 = !{!22, !23, !24, !25, !26, !27, !28, !32, !33, !34}
!22 = !DILocalVariable(name: "val", arg: 1, scope: !11, file: !1, line: 7, type: !14)
!23 = !DILocalVariable(name: "cols", arg: 2, scope: !11, file: !1, line: 7, type: !17)
!24 = !DILocalVariable(name: "row_ptr", arg: 3, scope: !11, file: !1, line: 7, type: !17)
!25 = !DILocalVariable(name: "x", arg: 4, scope: !11, file: !1, line: 8, type: !14)
!26 = !DILocalVariable(name: "y", arg: 5, scope: !11, file: !1, line: 8, type: !20)
!27 = !DILocalVariable(name: "i", scope: !11, file: !1, line: 10, type: !19)
!28 = !DILocalVariable(name: "start", scope: !29, file: !1, line: 12, type: !3)
!29 = distinct !DILexicalBlock(scope: !30, file: !1, line: 11, column: 32)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 11, column: 5)
!31 = distinct !DILexicalBlock(scope: !11, file: !1, line: 11, column: 5)
!32 = !DILocalVariable(name: "end", scope: !29, file: !1, line: 13, type: !3)
!33 = !DILocalVariable(name: "j", scope: !29, file: !1, line: 14, type: !3)
!34 = !DILocalVariable(name: "sum", scope: !29, file: !1, line: 15, type: !16)
!35 = !DILocation(line: 0, scope: !11)
!36 = !DILocation(line: 11, column: 5, scope: !31)
!37 = !DILocation(line: 12, column: 36, scope: !29)
!38 = !{!39, !39, i64 0}
!39 = !{!"int", !40, i64 0}
!40 = !{!"omnipotent char", !41, i64 0}
!41 = !{!"Simple C/C++ TBAA"}
!42 = !DILocation(line: 0, scope: !29)
!43 = !DILocation(line: 13, column: 44, scope: !29)
!44 = !DILocation(line: 13, column: 34, scope: !29)
!45 = !DILocation(line: 16, column: 13, scope: !29)
!46 = !DILocation(line: 18, column: 13, scope: !29)
!47 = !DILocation(line: 20, column: 27, scope: !48)
!48 = distinct !DILexicalBlock(scope: !49, file: !1, line: 20, column: 9)
!49 = distinct !DILexicalBlock(scope: !29, file: !1, line: 20, column: 9)
!50 = !DILocation(line: 20, column: 9, scope: !49)
!51 = !DILocation(line: 21, column: 20, scope: !48)
!52 = !{!53, !53, i64 0}
!53 = !{!"float", !40, i64 0}
!54 = !DILocation(line: 21, column: 41, scope: !48)
!55 = !DILocation(line: 21, column: 49, scope: !48)
!56 = !DILocation(line: 21, column: 29, scope: !48)
!57 = !DILocation(line: 21, column: 17, scope: !48)
!58 = !DILocation(line: 20, column: 35, scope: !48)
!59 = distinct !{!59, !50, !60, !61}
!60 = !DILocation(line: 21, column: 55, scope: !49)
!61 = !{!"llvm.loop.unroll.disable"}
!62 = !DILocation(line: 22, column: 9, scope: !29)
!63 = !DILocation(line: 22, column: 14, scope: !29)
!64 = !DILocation(line: 11, column: 19, scope: !30)
!65 = distinct !{!65, !36, !66, !61}
!66 = !DILocation(line: 23, column: 5, scope: !31)
!67 = !DILocation(line: 24, column: 1, scope: !11)
