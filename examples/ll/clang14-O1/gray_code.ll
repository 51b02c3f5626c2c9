; ModuleID = 'kernels/gray_code.c'
source_filename = "kernels/gray_code.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@gray_lut = dso_local local_unnamed_addr global [64 x i32] zeroinitializer, align 16, !dbg !0

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @gray_code(i32* nocapture noundef readonly %0, i32* nocapture noundef writeonly %1, i32 noundef %2) local_unnamed_addr #0 !dbg !16 {
  call void @llvm.dbg.value(metadata i32* %0, metadata !24, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32* %1, metadata !25, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 %2, metadata !26, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !29
  br label %4, !dbg !30

4:                                                ; preds = %3, %4
  %5 = phi i64 [ 0, %3 ], [ %11, %4 ]
  call void @llvm.dbg.value(metadata i64 %5, metadata !27, metadata !DIExpression()), !dbg !29
  %6 = trunc i64 %5 to i32, !dbg !32
  %7 = lshr i32 %6, 1, !dbg !32
  %8 = trunc i64 %5 to i32, !dbg !34
  %9 = xor i32 %7, %8, !dbg !34
  %10 = getelementptr inbounds [64 x i32], [64 x i32]* @gray_lut, i64 0, i64 %5, !dbg !35
  store i32 %9, i32* %10, align 4, !dbg !36, !tbaa !37
  %11 = add nuw nsw i64 %5, 1, !dbg !41
  call void @llvm.dbg.value(metadata i64 %11, metadata !27, metadata !DIExpression()), !dbg !29
  %12 = icmp eq i64 %11, 64, !dbg !42
  br i1 %12, label %13, label %4, !dbg !30, !llvm.loop !43

13:                                               ; preds = %4
  call void @llvm.dbg.value(metadata i32 undef, metadata !26, metadata !DIExpression()), !dbg !29
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !29
  %14 = icmp sgt i32 %2, 0, !dbg !46
  br i1 %14, label %15, label %31, !dbg !49

15:                                               ; preds = %13
  %16 = icmp slt i32 %2, 1024, !dbg !50
  %17 = select i1 %16, i32 %2, i32 1024, !dbg !50
  call void @llvm.dbg.value(metadata i32 %17, metadata !26, metadata !DIExpression()), !dbg !29
  %18 = call i32 @llvm.smax.i32(i32 %17, i32 1), !dbg !49
  %19 = zext i32 %18 to i64, !dbg !46
  br label %20, !dbg !49

20:                                               ; preds = %15, %20
  %21 = phi i64 [ 0, %15 ], [ %29, %20 ]
  call void @llvm.dbg.value(metadata i64 %21, metadata !28, metadata !DIExpression()), !dbg !29
  %22 = getelementptr inbounds i32, i32* %0, i64 %21, !dbg !51
  %23 = load i32, i32* %22, align 4, !dbg !51, !tbaa !37
  %24 = and i32 %23, 63, !dbg !52
  %25 = zext i32 %24 to i64, !dbg !53
  %26 = getelementptr inbounds [64 x i32], [64 x i32]* @gray_lut, i64 0, i64 %25, !dbg !53
  %27 = load i32, i32* %26, align 4, !dbg !53, !tbaa !37
  %28 = getelementptr inbounds i32, i32* %1, i64 %21, !dbg !54
  store i32 %27, i32* %28, align 4, !dbg !55, !tbaa !37
  %29 = add nuw nsw i64 %21, 1, !dbg !56
  call void @llvm.dbg.value(metadata i64 %29, metadata !28, metadata !DIExpression()), !dbg !29
  %30 = icmp eq i64 %29, %19, !dbg !46
  br i1 %30, label %31, label %20, !dbg !49, !llvm.loop !57

31:                                               ; preds = %20, %13
  %32 = load i32, i32* getelementptr inbounds ([64 x i32], [64 x i32]* @gray_lut, i64 0, i64 63), align 4, !dbg !59, !tbaa !37
  ret i32 %32, !dbg !60
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14}
!llvm.ident = !{!15}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "gray_lut", scope: !2, file: !3, line: 7, type: !5, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C99, file: !3, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "kernels/gray_code.c", directory: ".", checksumkind: CSK_MD5, checksum: "6238b3e9b40fbb3fc5f6d7b2691f3dfd")
!4 = !{!0}
!5 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 2048, elements: !7)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = !{!8}
!8 = !DISubrange(count: 64)
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 7, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 1}
!15 = !{!"Debian clang version 14.0.6"}
!16 = distinct !DISubprogram(name: "gray_code", scope: !3, file: !3, line: 9, type: !17, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !23)
!17 = !DISubroutineType(types: !18)
!18 = !{!6, !19, !21, !22}
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)
!20 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !6)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !6, size: 64)
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !{!24, !25, !26, !27, !28}
!24 = !DILocalVariable(name: "in", arg: 1, scope: !16, file: !3, line: 9, type: !19)
!25 = !DILocalVariable(name: "out", arg: 2, scope: !16, file: !3, line: 9, type: !21)
!26 = !DILocalVariable(name: "n", arg: 3, scope: !16, file: !3, line: 9, type: !22)
!27 = !DILocalVariable(name: "i", scope: !16, file: !3, line: 11, type: !6)
!28 = !DILocalVariable(name: "k", scope: !16, file: !3, line: 12, type: !22)
!29 = !DILocation(line: 0, scope: !16)
!30 = !DILocation(line: 13, column: 5, scope: !31)
!31 = distinct !DILexicalBlock(scope: !16, file: !3, line: 13, column: 5)
!32 = !DILocation(line: 14, column: 30, scope: !33)
!33 = distinct !DILexicalBlock(scope: !31, file: !3, line: 13, column: 5)
!34 = !DILocation(line: 14, column: 25, scope: !33)
!35 = !DILocation(line: 14, column: 9, scope: !33)
!36 = !DILocation(line: 14, column: 21, scope: !33)
!37 = !{!38, !38, i64 0}
!38 = !{!"int", !39, i64 0}
!39 = !{!"omnipotent char", !40, i64 0}
!40 = !{!"Simple C/C++ TBAA"}
!41 = !DILocation(line: 13, column: 27, scope: !33)
!42 = !DILocation(line: 13, column: 19, scope: !33)
!43 = distinct !{!43, !30, !44, !45}
!44 = !DILocation(line: 14, column: 34, scope: !31)
!45 = !{!"llvm.loop.unroll.disable"}
!46 = !DILocation(line: 17, column: 19, scope: !47)
!47 = distinct !DILexicalBlock(scope: !48, file: !3, line: 17, column: 5)
!48 = distinct !DILexicalBlock(scope: !16, file: !3, line: 17, column: 5)
!49 = !DILocation(line: 17, column: 5, scope: !48)
!50 = !DILocation(line: 15, column: 9, scope: !16)
!51 = !DILocation(line: 18, column: 27, scope: !47)
!52 = !DILocation(line: 18, column: 33, scope: !47)
!53 = !DILocation(line: 18, column: 18, scope: !47)
!54 = !DILocation(line: 18, column: 9, scope: !47)
!55 = !DILocation(line: 18, column: 16, scope: !47)
!56 = !DILocation(line: 17, column: 25, scope: !47)
!57 = distinct !{!57, !49, !58, !45}
!58 = !DILocation(line: 18, column: 44, scope: !48)
!59 = !DILocation(line: 19, column: 12, scope: !16)
!60 = !DILocation(line: 19, column: 5, scope: !16)
