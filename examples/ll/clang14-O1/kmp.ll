; ModuleID = 'kernels/kmp.c'
source_filename = "kernels/kmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@kmp_pattern = internal unnamed_addr constant [6 x i8] c"abcab\00", align 1, !dbg !0

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @kmp(i8* nocapture noundef readonly %0, i32 noundef %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 !dbg !19 {
  %4 = alloca [5 x i32], align 16
  call void @llvm.dbg.value(metadata i8* %0, metadata !25, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %1, metadata !26, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32* %2, metadata !27, metadata !DIExpression()), !dbg !35
  %5 = bitcast [5 x i32]* %4 to i8*, !dbg !36
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %5) #4, !dbg !36
  call void @llvm.dbg.declare(metadata [5 x i32]* %4, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 0, metadata !34, metadata !DIExpression()), !dbg !35
  %6 = icmp slt i32 %1, 1024, !dbg !38
  call void @llvm.dbg.value(metadata i32 %18, metadata !26, metadata !DIExpression()), !dbg !35
  %7 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 0, !dbg !39
  store i32 0, i32* %7, align 16, !dbg !40, !tbaa !41
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 1, metadata !32, metadata !DIExpression()), !dbg !35
  br label %8, !dbg !45

8:                                                ; preds = %3, %35
  %9 = phi i64 [ 1, %3 ], [ %46, %35 ]
  %10 = phi i32 [ 0, %3 ], [ %44, %35 ]
  call void @llvm.dbg.value(metadata i32 %10, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i64 %9, metadata !32, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %10, metadata !33, metadata !DIExpression()), !dbg !35
  %11 = icmp sgt i32 %10, 0, !dbg !47
  br i1 %11, label %12, label %35, !dbg !50

12:                                               ; preds = %8
  %13 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %9
  %14 = load i8, i8* %13, align 1, !tbaa !51
  br label %23, !dbg !50

15:                                               ; preds = %35
  call void @llvm.dbg.value(metadata i32 0, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !35
  %16 = icmp sgt i32 %1, 0, !dbg !52
  br i1 %16, label %17, label %93, !dbg !55

17:                                               ; preds = %15
  %18 = select i1 %6, i32 %1, i32 1024, !dbg !38
  %19 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 4
  %20 = load i32, i32* %19, align 16
  %21 = call i32 @llvm.smax.i32(i32 %18, i32 1), !dbg !55
  %22 = zext i32 %21 to i64, !dbg !52
  br label %48, !dbg !55

23:                                               ; preds = %12, %29
  %24 = phi i32 [ %10, %12 ], [ %33, %29 ]
  call void @llvm.dbg.value(metadata i32 %24, metadata !33, metadata !DIExpression()), !dbg !35
  %25 = sext i32 %24 to i64, !dbg !56
  %26 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %25, !dbg !56
  %27 = load i8, i8* %26, align 1, !dbg !56, !tbaa !51
  %28 = icmp eq i8 %27, %14, !dbg !57
  br i1 %28, label %35, label %29, !dbg !58

29:                                               ; preds = %23
  %30 = add nsw i32 %24, -1, !dbg !59
  %31 = zext i32 %30 to i64
  %32 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 %31, !dbg !60
  %33 = load i32, i32* %32, align 4, !dbg !60, !tbaa !41
  call void @llvm.dbg.value(metadata i32 %33, metadata !33, metadata !DIExpression()), !dbg !35
  %34 = icmp sgt i32 %33, 0, !dbg !47
  br i1 %34, label %23, label %35, !dbg !50, !llvm.loop !61

35:                                               ; preds = %23, %29, %8
  %36 = phi i32 [ %10, %8 ], [ %24, %23 ], [ %33, %29 ], !dbg !35
  %37 = sext i32 %36 to i64, !dbg !64
  %38 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %37, !dbg !64
  %39 = load i8, i8* %38, align 1, !dbg !64, !tbaa !51
  %40 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %9, !dbg !66
  %41 = load i8, i8* %40, align 1, !dbg !66, !tbaa !51
  %42 = icmp eq i8 %39, %41, !dbg !67
  %43 = zext i1 %42 to i32, !dbg !68
  %44 = add nsw i32 %36, %43, !dbg !68
  call void @llvm.dbg.value(metadata i32 %44, metadata !33, metadata !DIExpression()), !dbg !35
  %45 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 %9, !dbg !69
  store i32 %44, i32* %45, align 4, !dbg !70, !tbaa !41
  %46 = add nuw nsw i64 %9, 1, !dbg !71
  call void @llvm.dbg.value(metadata i64 %46, metadata !32, metadata !DIExpression()), !dbg !35
  %47 = icmp eq i64 %46, 5, !dbg !72
  br i1 %47, label %15, label %8, !dbg !45, !llvm.loop !73

48:                                               ; preds = %17, %88
  %49 = phi i64 [ 0, %17 ], [ %91, %88 ]
  %50 = phi i32 [ 0, %17 ], [ %90, %88 ]
  %51 = phi i32 [ 0, %17 ], [ %89, %88 ]
  call void @llvm.dbg.value(metadata i32 %50, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %51, metadata !33, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i64 %49, metadata !32, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %51, metadata !33, metadata !DIExpression()), !dbg !35
  %52 = icmp sgt i32 %51, 0, !dbg !75
  br i1 %52, label %53, label %68, !dbg !77

53:                                               ; preds = %48
  %54 = getelementptr inbounds i8, i8* %0, i64 %49
  %55 = load i8, i8* %54, align 1, !tbaa !51
  br label %56, !dbg !77

56:                                               ; preds = %53, %62
  %57 = phi i32 [ %51, %53 ], [ %66, %62 ]
  call void @llvm.dbg.value(metadata i32 %57, metadata !33, metadata !DIExpression()), !dbg !35
  %58 = sext i32 %57 to i64, !dbg !78
  %59 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %58, !dbg !78
  %60 = load i8, i8* %59, align 1, !dbg !78, !tbaa !51
  %61 = icmp eq i8 %60, %55, !dbg !79
  br i1 %61, label %68, label %62, !dbg !80

62:                                               ; preds = %56
  %63 = add nsw i32 %57, -1, !dbg !81
  %64 = zext i32 %63 to i64
  %65 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 %64, !dbg !82
  %66 = load i32, i32* %65, align 4, !dbg !82, !tbaa !41
  call void @llvm.dbg.value(metadata i32 %66, metadata !33, metadata !DIExpression()), !dbg !35
  %67 = icmp sgt i32 %66, 0, !dbg !75
  br i1 %67, label %56, label %68, !dbg !77, !llvm.loop !83

68:                                               ; preds = %56, %62, %48
  %69 = phi i32 [ %51, %48 ], [ %57, %56 ], [ %66, %62 ], !dbg !35
  %70 = sext i32 %69 to i64, !dbg !85
  %71 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %70, !dbg !85
  %72 = load i8, i8* %71, align 1, !dbg !85, !tbaa !51
  %73 = getelementptr inbounds i8, i8* %0, i64 %49, !dbg !87
  %74 = load i8, i8* %73, align 1, !dbg !87, !tbaa !51
  %75 = icmp eq i8 %72, %74, !dbg !88
  %76 = zext i1 %75 to i32, !dbg !89
  %77 = add nsw i32 %69, %76, !dbg !89
  call void @llvm.dbg.value(metadata i32 %77, metadata !33, metadata !DIExpression()), !dbg !35
  %78 = icmp eq i32 %77, 5, !dbg !90
  br i1 %78, label %79, label %88, !dbg !92

79:                                               ; preds = %68
  %80 = icmp slt i32 %50, 64, !dbg !93
  br i1 %80, label %81, label %86, !dbg !96

81:                                               ; preds = %79
  %82 = sext i32 %50 to i64, !dbg !97
  %83 = getelementptr inbounds i32, i32* %2, i64 %82, !dbg !97
  %84 = trunc i64 %49 to i32, !dbg !98
  %85 = add i32 %84, -4, !dbg !98
  store i32 %85, i32* %83, align 4, !dbg !98, !tbaa !41
  br label %86, !dbg !97

86:                                               ; preds = %81, %79
  %87 = add nsw i32 %50, 1, !dbg !99
  call void @llvm.dbg.value(metadata i32 %87, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %20, metadata !33, metadata !DIExpression()), !dbg !35
  br label %88, !dbg !100

88:                                               ; preds = %68, %86
  %89 = phi i32 [ %20, %86 ], [ %77, %68 ], !dbg !101
  %90 = phi i32 [ %87, %86 ], [ %50, %68 ], !dbg !35
  call void @llvm.dbg.value(metadata i32 %90, metadata !34, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %89, metadata !33, metadata !DIExpression()), !dbg !35
  %91 = add nuw nsw i64 %49, 1, !dbg !102
  call void @llvm.dbg.value(metadata i64 %91, metadata !32, metadata !DIExpression()), !dbg !35
  %92 = icmp eq i64 %91, %22, !dbg !52
  br i1 %92, label %93, label %48, !dbg !55, !llvm.loop !103

93:                                               ; preds = %88, %15
  %94 = phi i32 [ 0, %15 ], [ %90, %88 ], !dbg !35
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %5) #4, !dbg !105
  ret i32 %94, !dbg !106
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!12, !13, !14, !15, !16, !17}
!llvm.ident = !{!18}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "kmp_pattern", scope: !2, file: !3, line: 7, type: !7, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C99, file: !3, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "kernels/kmp.c", directory: ".", checksumkind: CSK_MD5, checksum: "3a700dcc1d22d7a54452f7ffbb3c8aa1")
!4 = !{!5}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !{!0}
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 48, elements: !10)
!8 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !9)
!9 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!10 = !{!11}
!11 = !DISubrange(count: 6)
!12 = !{i32 7, !"Dwarf Version", i32 5}
!13 = !{i32 2, !"Debug Info Version", i32 3}
!14 = !{i32 1, !"wchar_size", i32 4}
!15 = !{i32 7, !"PIC Level", i32 2}
!16 = !{i32 7, !"PIE Level", i32 2}
!17 = !{i32 7, !"uwtable", i32 1}
!18 = !{!"Debian clang version 14.0.6"}
!19 = distinct !DISubprogram(name: "kmp", scope: !3, file: !3, line: 10, type: !20, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !24)
!20 = !DISubroutineType(types: !21)
!21 = !{!5, !22, !5, !23}
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!24 = !{!25, !26, !27, !28, !32, !33, !34}
!25 = !DILocalVariable(name: "text", arg: 1, scope: !19, file: !3, line: 10, type: !22)
!26 = !DILocalVariable(name: "n", arg: 2, scope: !19, file: !3, line: 10, type: !5)
!27 = !DILocalVariable(name: "pos", arg: 3, scope: !19, file: !3, line: 10, type: !23)
!28 = !DILocalVariable(name: "fail", scope: !19, file: !3, line: 12, type: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 160, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 5)
!32 = !DILocalVariable(name: "i", scope: !19, file: !3, line: 13, type: !5)
!33 = !DILocalVariable(name: "k", scope: !19, file: !3, line: 13, type: !5)
!34 = !DILocalVariable(name: "count", scope: !19, file: !3, line: 13, type: !5)
!35 = !DILocation(line: 0, scope: !19)
!36 = !DILocation(line: 12, column: 5, scope: !19)
!37 = !DILocation(line: 12, column: 9, scope: !19)
!38 = !DILocation(line: 14, column: 9, scope: !19)
!39 = !DILocation(line: 18, column: 5, scope: !19)
!40 = !DILocation(line: 18, column: 13, scope: !19)
!41 = !{!42, !42, i64 0}
!42 = !{!"int", !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = !DILocation(line: 20, column: 5, scope: !46)
!46 = distinct !DILexicalBlock(scope: !19, file: !3, line: 20, column: 5)
!47 = !DILocation(line: 21, column: 18, scope: !48)
!48 = distinct !DILexicalBlock(scope: !49, file: !3, line: 20, column: 32)
!49 = distinct !DILexicalBlock(scope: !46, file: !3, line: 20, column: 5)
!50 = !DILocation(line: 21, column: 22, scope: !48)
!51 = !{!43, !43, i64 0}
!52 = !DILocation(line: 30, column: 19, scope: !53)
!53 = distinct !DILexicalBlock(scope: !54, file: !3, line: 30, column: 5)
!54 = distinct !DILexicalBlock(scope: !19, file: !3, line: 30, column: 5)
!55 = !DILocation(line: 30, column: 5, scope: !54)
!56 = !DILocation(line: 21, column: 25, scope: !48)
!57 = !DILocation(line: 21, column: 40, scope: !48)
!58 = !DILocation(line: 21, column: 9, scope: !48)
!59 = !DILocation(line: 22, column: 24, scope: !48)
!60 = !DILocation(line: 22, column: 17, scope: !48)
!61 = distinct !{!61, !58, !62, !63}
!62 = !DILocation(line: 22, column: 27, scope: !48)
!63 = !{!"llvm.loop.unroll.disable"}
!64 = !DILocation(line: 23, column: 13, scope: !65)
!65 = distinct !DILexicalBlock(scope: !48, file: !3, line: 23, column: 13)
!66 = !DILocation(line: 23, column: 31, scope: !65)
!67 = !DILocation(line: 23, column: 28, scope: !65)
!68 = !DILocation(line: 23, column: 13, scope: !48)
!69 = !DILocation(line: 25, column: 9, scope: !48)
!70 = !DILocation(line: 25, column: 17, scope: !48)
!71 = !DILocation(line: 20, column: 28, scope: !49)
!72 = !DILocation(line: 20, column: 19, scope: !49)
!73 = distinct !{!73, !45, !74, !63}
!74 = !DILocation(line: 26, column: 5, scope: !46)
!75 = !DILocation(line: 31, column: 18, scope: !76)
!76 = distinct !DILexicalBlock(scope: !53, file: !3, line: 30, column: 29)
!77 = !DILocation(line: 31, column: 22, scope: !76)
!78 = !DILocation(line: 31, column: 25, scope: !76)
!79 = !DILocation(line: 31, column: 40, scope: !76)
!80 = !DILocation(line: 31, column: 9, scope: !76)
!81 = !DILocation(line: 32, column: 24, scope: !76)
!82 = !DILocation(line: 32, column: 17, scope: !76)
!83 = distinct !{!83, !80, !84, !63}
!84 = !DILocation(line: 32, column: 27, scope: !76)
!85 = !DILocation(line: 33, column: 13, scope: !86)
!86 = distinct !DILexicalBlock(scope: !76, file: !3, line: 33, column: 13)
!87 = !DILocation(line: 33, column: 31, scope: !86)
!88 = !DILocation(line: 33, column: 28, scope: !86)
!89 = !DILocation(line: 33, column: 13, scope: !76)
!90 = !DILocation(line: 35, column: 15, scope: !91)
!91 = distinct !DILexicalBlock(scope: !76, file: !3, line: 35, column: 13)
!92 = !DILocation(line: 35, column: 13, scope: !76)
!93 = !DILocation(line: 36, column: 23, scope: !94)
!94 = distinct !DILexicalBlock(scope: !95, file: !3, line: 36, column: 17)
!95 = distinct !DILexicalBlock(scope: !91, file: !3, line: 35, column: 24)
!96 = !DILocation(line: 36, column: 17, scope: !95)
!97 = !DILocation(line: 37, column: 17, scope: !94)
!98 = !DILocation(line: 37, column: 28, scope: !94)
!99 = !DILocation(line: 38, column: 18, scope: !95)
!100 = !DILocation(line: 40, column: 9, scope: !95)
!101 = !DILocation(line: 0, scope: !76)
!102 = !DILocation(line: 30, column: 25, scope: !53)
!103 = distinct !{!103, !55, !104, !63}
!104 = !DILocation(line: 41, column: 5, scope: !54)
!105 = !DILocation(line: 43, column: 1, scope: !19)
!106 = !DILocation(line: 42, column: 5, scope: !19)
