; ModuleID = 'kernels/saxpy.c'
source_filename = "kernels/saxpy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @saxpy(float noundef %0, float* nocapture noundef readonly %1, float* nocapture noundef %2, i32 noundef %3) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata float %0, metadata !18, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata float* %1, metadata !19, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata float* %2, metadata !20, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 %3, metadata !21, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 undef, metadata !21, metadata !DIExpression()), !dbg !23
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !23
  %5 = icmp sgt i32 %3, 0, !dbg !24
  br i1 %5, label %6, label %20, !dbg !27

6:                                                ; preds = %4
  %7 = icmp slt i32 %3, 1024, !dbg !28
  %8 = select i1 %7, i32 %3, i32 1024, !dbg !28
  call void @llvm.dbg.value(metadata i32 %8, metadata !21, metadata !DIExpression()), !dbg !23
  %9 = call i32 @llvm.smax.i32(i32 %8, i32 1), !dbg !27
  %10 = zext i32 %9 to i64, !dbg !24
  br label %11, !dbg !27

11:                                               ; preds = %6, %11
  %12 = phi i64 [ 0, %6 ], [ %18, %11 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !22, metadata !DIExpression()), !dbg !23
  %13 = getelementptr inbounds float, float* %1, i64 %12, !dbg !29
  %14 = load float, float* %13, align 4, !dbg !29, !tbaa !30
  %15 = getelementptr inbounds float, float* %2, i64 %12, !dbg !34
  %16 = load float, float* %15, align 4, !dbg !34, !tbaa !30
  %17 = call float @llvm.fmuladd.f32(float %0, float %14, float %16), !dbg !35
  store float %17, float* %15, align 4, !dbg !36, !tbaa !30
  %18 = add nuw nsw i64 %12, 1, !dbg !37
  call void @llvm.dbg.value(metadata i64 %18, metadata !22, metadata !DIExpression()), !dbg !23
  %19 = icmp eq i64 %18, %10, !dbg !24
  br i1 %19, label %20, label %11, !dbg !27, !llvm.loop !38

20:                                               ; preds = %11, %4
  ret void, !dbg !41
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/saxpy.c", directory: ".", checksumkind: CSK_MD5, checksum: "d1ecb75858faa70b2c323136a72b6219")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "saxpy", scope: !1, file: !1, line: 4, type: !10, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !13, !15, !16}
!12 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!16 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!17 = !{!18, !19, !20, !21, !22}
!18 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 4, type: !12)
!19 = !DILocalVariable(name: "x", arg: 2, scope: !9, file: !1, line: 4, type: !13)
!20 = !DILocalVariable(name: "y", arg: 3, scope: !9, file: !1, line: 4, type: !15)
!21 = !DILocalVariable(name: "n", arg: 4, scope: !9, file: !1, line: 4, type: !16)
!22 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 6, type: !16)
!23 = !DILocation(line: 0, scope: !9)
!24 = !DILocation(line: 9, column: 19, scope: !25)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 9, column: 5)
!26 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!27 = !DILocation(line: 9, column: 5, scope: !26)
!28 = !DILocation(line: 7, column: 9, scope: !9)
!29 = !DILocation(line: 10, column: 20, scope: !25)
!30 = !{!31, !31, i64 0}
!31 = !{!"float", !32, i64 0}
!32 = !{!"omnipotent char", !33, i64 0}
!33 = !{!"Simple C/C++ TBAA"}
!34 = !DILocation(line: 10, column: 27, scope: !25)
!35 = !DILocation(line: 10, column: 25, scope: !25)
!36 = !DILocation(line: 10, column: 14, scope: !25)
!37 = !DILocation(line: 9, column: 25, scope: !25)
!38 = distinct !{!38, !27, !39, !40}
!39 = !DILocation(line: 10, column: 30, scope: !26)
!40 = !{!"llvm.loop.unroll.disable"}
!41 = !DILocation(line: 11, column: 1, scope: !9)
