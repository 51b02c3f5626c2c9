; ModuleID = 'kernels/particles.c'
source_filename = "kernels/particles.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.particle = type { float, float, i32 }

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @particles(%struct.particle* nocapture noundef %0, i32 noundef %1, float noundef %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata %struct.particle* %0, metadata !22, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata i32 %1, metadata !23, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata float %2, metadata !24, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata i32 undef, metadata !23, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !26
  %4 = icmp sgt i32 %1, 0, !dbg !27
  br i1 %4, label %5, label %28, !dbg !30

5:                                                ; preds = %3
  %6 = icmp slt i32 %1, 256, !dbg !31
  %7 = select i1 %6, i32 %1, i32 256, !dbg !31
  call void @llvm.dbg.value(metadata i32 %7, metadata !23, metadata !DIExpression()), !dbg !26
  %8 = call i32 @llvm.smax.i32(i32 %7, i32 1), !dbg !30
  %9 = zext i32 %8 to i64, !dbg !27
  br label %10, !dbg !30

10:                                               ; preds = %5, %25
  %11 = phi i64 [ 0, %5 ], [ %26, %25 ]
  call void @llvm.dbg.value(metadata i64 %11, metadata !25, metadata !DIExpression()), !dbg !26
  %12 = getelementptr inbounds %struct.particle, %struct.particle* %0, i64 %11, i32 1, !dbg !32
  %13 = load float, float* %12, align 4, !dbg !34, !tbaa !35
  %14 = call float @llvm.fmuladd.f32(float %2, float 0xC0239EB860000000, float %13), !dbg !34
  store float %14, float* %12, align 4, !dbg !34, !tbaa !35
  %15 = getelementptr inbounds %struct.particle, %struct.particle* %0, i64 %11, i32 0, !dbg !41
  %16 = load float, float* %15, align 4, !dbg !42, !tbaa !43
  %17 = call float @llvm.fmuladd.f32(float %14, float %2, float %16), !dbg !42
  store float %17, float* %15, align 4, !dbg !42, !tbaa !43
  %18 = fcmp olt float %17, 0.000000e+00, !dbg !44
  br i1 %18, label %19, label %25, !dbg !46

19:                                               ; preds = %10
  %20 = fneg float %17, !dbg !47
  store float %20, float* %15, align 4, !dbg !49, !tbaa !43
  %21 = fmul float %14, 0xBFECCCCCC0000000, !dbg !50
  store float %21, float* %12, align 4, !dbg !51, !tbaa !35
  %22 = getelementptr inbounds %struct.particle, %struct.particle* %0, i64 %11, i32 2, !dbg !52
  %23 = load i32, i32* %22, align 4, !dbg !53, !tbaa !54
  %24 = add i32 %23, 1, !dbg !53
  store i32 %24, i32* %22, align 4, !dbg !53, !tbaa !54
  br label %25, !dbg !55

25:                                               ; preds = %10, %19
  %26 = add nuw nsw i64 %11, 1, !dbg !56
  call void @llvm.dbg.value(metadata i64 %26, metadata !25, metadata !DIExpression()), !dbg !26
  %27 = icmp eq i64 %26, %9, !dbg !27
  br i1 %27, label %28, label %10, !dbg !30, !llvm.loop !57

28:                                               ; preds = %25, %3
  ret void, !dbg !60
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
!1 = !DIFile(filename: "kernels/particles.c", directory: ".", checksumkind: CSK_MD5, checksum: "44a5f4db6dbb1d051617231ffc200432")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "particles", scope: !1, file: !1, line: 12, type: !10, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !20, !16}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "particle", file: !1, line: 6, size: 96, elements: !14)
!14 = !{!15, !17, !18}
!15 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !13, file: !1, line: 7, baseType: !16, size: 32)
!16 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!17 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !13, file: !1, line: 8, baseType: !16, size: 32, offset: 32)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "bounces", scope: !13, file: !1, line: 9, baseType: !19, size: 32, offset: 64)
!19 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!20 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!21 = !{!22, !23, !24, !25}
!22 = !DILocalVariable(name: "p", arg: 1, scope: !9, file: !1, line: 12, type: !12)
!23 = !DILocalVariable(name: "n", arg: 2, scope: !9, file: !1, line: 12, type: !20)
!24 = !DILocalVariable(name: "dt", arg: 3, scope: !9, file: !1, line: 12, type: !16)
!25 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 14, type: !20)
!26 = !DILocation(line: 0, scope: !9)
!27 = !DILocation(line: 17, column: 19, scope: !28)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 17, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 17, column: 5)
!30 = !DILocation(line: 17, column: 5, scope: !29)
!31 = !DILocation(line: 15, column: 9, scope: !9)
!32 = !DILocation(line: 18, column: 14, scope: !33)
!33 = distinct !DILexicalBlock(scope: !28, file: !1, line: 17, column: 29)
!34 = !DILocation(line: 18, column: 16, scope: !33)
!35 = !{!36, !37, i64 4}
!36 = !{!"particle", !37, i64 0, !37, i64 4, !40, i64 8}
!37 = !{!"float", !38, i64 0}
!38 = !{!"omnipotent char", !39, i64 0}
!39 = !{!"Simple C/C++ TBAA"}
!40 = !{!"int", !38, i64 0}
!41 = !DILocation(line: 19, column: 14, scope: !33)
!42 = !DILocation(line: 19, column: 16, scope: !33)
!43 = !{!36, !37, i64 0}
!44 = !DILocation(line: 20, column: 20, scope: !45)
!45 = distinct !DILexicalBlock(scope: !33, file: !1, line: 20, column: 13)
!46 = !DILocation(line: 20, column: 13, scope: !33)
!47 = !DILocation(line: 21, column: 22, scope: !48)
!48 = distinct !DILexicalBlock(scope: !45, file: !1, line: 20, column: 28)
!49 = !DILocation(line: 21, column: 20, scope: !48)
!50 = !DILocation(line: 22, column: 28, scope: !48)
!51 = !DILocation(line: 22, column: 20, scope: !48)
!52 = !DILocation(line: 23, column: 18, scope: !48)
!53 = !DILocation(line: 23, column: 25, scope: !48)
!54 = !{!36, !40, i64 8}
!55 = !DILocation(line: 24, column: 9, scope: !48)
!56 = !DILocation(line: 17, column: 25, scope: !28)
!57 = distinct !{!57, !30, !58, !59}
!58 = !DILocation(line: 25, column: 5, scope: !29)
!59 = !{!"llvm.loop.unroll.disable"}
!60 = !DILocation(line: 26, column: 1, scope: !9)
