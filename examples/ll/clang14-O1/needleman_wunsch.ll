; ModuleID = 'kernels/needleman_wunsch.c'
source_filename = "kernels/needleman_wunsch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @needleman_wunsch(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1, i32* nocapture noundef %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i8* %0, metadata !18, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i8* %1, metadata !19, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32* %2, metadata !20, metadata !DIExpression()), !dbg !30
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !30
  br label %4, !dbg !31

4:                                                ; preds = %3, %4
  %5 = phi i64 [ 0, %3 ], [ %10, %4 ]
  call void @llvm.dbg.value(metadata i64 %5, metadata !21, metadata !DIExpression()), !dbg !30
  %6 = mul nuw nsw i64 %5, 17, !dbg !33
  %7 = getelementptr inbounds i32, i32* %2, i64 %6, !dbg !35
  %8 = trunc i64 %5 to i32, !dbg !36
  %9 = sub i32 0, %8, !dbg !36
  store i32 %9, i32* %7, align 4, !dbg !36, !tbaa !37
  %10 = add nuw nsw i64 %5, 1, !dbg !41
  call void @llvm.dbg.value(metadata i64 %10, metadata !21, metadata !DIExpression()), !dbg !30
  %11 = icmp eq i64 %10, 17, !dbg !42
  br i1 %11, label %12, label %4, !dbg !31, !llvm.loop !43

12:                                               ; preds = %4, %12
  %13 = phi i64 [ %17, %12 ], [ 0, %4 ]
  call void @llvm.dbg.value(metadata i64 %13, metadata !22, metadata !DIExpression()), !dbg !30
  %14 = getelementptr inbounds i32, i32* %2, i64 %13, !dbg !46
  %15 = trunc i64 %13 to i32, !dbg !49
  %16 = sub i32 0, %15, !dbg !49
  store i32 %16, i32* %14, align 4, !dbg !49, !tbaa !37
  %17 = add nuw nsw i64 %13, 1, !dbg !50
  call void @llvm.dbg.value(metadata i64 %17, metadata !22, metadata !DIExpression()), !dbg !30
  %18 = icmp eq i64 %17, 17, !dbg !51
  br i1 %18, label %19, label %12, !dbg !52, !llvm.loop !53

19:                                               ; preds = %12, %56
  %20 = phi i64 [ %59, %56 ], [ 0, %12 ]
  %21 = phi i64 [ %57, %56 ], [ 1, %12 ]
  call void @llvm.dbg.value(metadata i64 %21, metadata !21, metadata !DIExpression()), !dbg !30
  %22 = mul nuw nsw i64 %20, 17
  %23 = add i64 %22, 17
  %24 = getelementptr i32, i32* %2, i64 %23
  %25 = add nsw i64 %21, -1
  %26 = getelementptr inbounds i8, i8* %0, i64 %25
  %27 = mul nuw nsw i64 %25, 17
  %28 = mul nuw nsw i64 %21, 17
  call void @llvm.dbg.value(metadata i32 1, metadata !22, metadata !DIExpression()), !dbg !30
  %29 = load i32, i32* %24, align 4
  br label %30, !dbg !55

30:                                               ; preds = %19, %30
  %31 = phi i32 [ %29, %19 ], [ %51, %30 ]
  %32 = phi i64 [ 1, %19 ], [ %54, %30 ]
  call void @llvm.dbg.value(metadata i64 %32, metadata !22, metadata !DIExpression()), !dbg !30
  %33 = load i8, i8* %26, align 1, !dbg !56, !tbaa !57
  %34 = add nsw i64 %32, -1, !dbg !58
  %35 = getelementptr inbounds i8, i8* %1, i64 %34, !dbg !59
  %36 = load i8, i8* %35, align 1, !dbg !59, !tbaa !57
  %37 = icmp eq i8 %33, %36, !dbg !60
  %38 = select i1 %37, i32 1, i32 -1, !dbg !56
  call void @llvm.dbg.value(metadata i32 %38, metadata !23, metadata !DIExpression()), !dbg !61
  %39 = add nuw nsw i64 %34, %27, !dbg !62
  %40 = getelementptr inbounds i32, i32* %2, i64 %39, !dbg !63
  %41 = load i32, i32* %40, align 4, !dbg !63, !tbaa !37
  %42 = add nsw i32 %38, %41, !dbg !64
  %43 = add nuw nsw i64 %32, %27, !dbg !65
  %44 = getelementptr inbounds i32, i32* %2, i64 %43, !dbg !66
  %45 = load i32, i32* %44, align 4, !dbg !66, !tbaa !37
  %46 = add nsw i32 %45, -1, !dbg !67
  %47 = add nsw i32 %31, -1, !dbg !68
  call void @llvm.dbg.value(metadata i32 %42, metadata !69, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata i32 %46, metadata !74, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata i32 %47, metadata !75, metadata !DIExpression()), !dbg !77
  %48 = icmp sgt i32 %42, %46, !dbg !79
  %49 = select i1 %48, i32 %42, i32 %46, !dbg !80
  call void @llvm.dbg.value(metadata i32 %49, metadata !76, metadata !DIExpression()), !dbg !77
  %50 = icmp sgt i32 %49, %47, !dbg !81
  %51 = select i1 %50, i32 %49, i32 %47, !dbg !82
  %52 = add nuw nsw i64 %32, %28, !dbg !83
  %53 = getelementptr inbounds i32, i32* %2, i64 %52, !dbg !84
  store i32 %51, i32* %53, align 4, !dbg !85, !tbaa !37
  %54 = add nuw nsw i64 %32, 1, !dbg !86
  call void @llvm.dbg.value(metadata i64 %54, metadata !22, metadata !DIExpression()), !dbg !30
  %55 = icmp eq i64 %54, 17, !dbg !87
  br i1 %55, label %56, label %30, !dbg !55, !llvm.loop !88

56:                                               ; preds = %30
  %57 = add nuw nsw i64 %21, 1, !dbg !90
  call void @llvm.dbg.value(metadata i64 %57, metadata !21, metadata !DIExpression()), !dbg !30
  %58 = icmp eq i64 %57, 17, !dbg !91
  %59 = add i64 %20, 1, !dbg !92
  br i1 %58, label %60, label %19, !dbg !92, !llvm.loop !93

60:                                               ; preds = %56
  %61 = getelementptr inbounds i32, i32* %2, i64 288, !dbg !95
  %62 = load i32, i32* %61, align 4, !dbg !95, !tbaa !37
  ret i32 %62, !dbg !96
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/needleman_wunsch.c", directory: ".", checksumkind: CSK_MD5, checksum: "d453b920efe31da7ba659d3a4e6135bf")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "needleman_wunsch", scope: !1, file: !1, line: 16, type: !10, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !13, !16}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !15)
!15 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!17 = !{!18, !19, !20, !21, !22, !23}
!18 = !DILocalVariable(name: "seq_a", arg: 1, scope: !9, file: !1, line: 16, type: !13)
!19 = !DILocalVariable(name: "seq_b", arg: 2, scope: !9, file: !1, line: 16, type: !13)
!20 = !DILocalVariable(name: "score", arg: 3, scope: !9, file: !1, line: 16, type: !16)
!21 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 18, type: !12)
!22 = !DILocalVariable(name: "j", scope: !9, file: !1, line: 18, type: !12)
!23 = !DILocalVariable(name: "s", scope: !24, file: !1, line: 25, type: !12)
!24 = distinct !DILexicalBlock(scope: !25, file: !1, line: 24, column: 33)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 24, column: 9)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 24, column: 9)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 23, column: 29)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 23, column: 5)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 23, column: 5)
!30 = !DILocation(line: 0, scope: !9)
!31 = !DILocation(line: 19, column: 5, scope: !32)
!32 = distinct !DILexicalBlock(scope: !9, file: !1, line: 19, column: 5)
!33 = !DILocation(line: 20, column: 17, scope: !34)
!34 = distinct !DILexicalBlock(scope: !32, file: !1, line: 19, column: 5)
!35 = !DILocation(line: 20, column: 9, scope: !34)
!36 = !DILocation(line: 20, column: 22, scope: !34)
!37 = !{!38, !38, i64 0}
!38 = !{!"int", !39, i64 0}
!39 = !{!"omnipotent char", !40, i64 0}
!40 = !{!"Simple C/C++ TBAA"}
!41 = !DILocation(line: 19, column: 25, scope: !34)
!42 = !DILocation(line: 19, column: 19, scope: !34)
!43 = distinct !{!43, !31, !44, !45}
!44 = !DILocation(line: 20, column: 28, scope: !32)
!45 = !{!"llvm.loop.unroll.disable"}
!46 = !DILocation(line: 22, column: 9, scope: !47)
!47 = distinct !DILexicalBlock(scope: !48, file: !1, line: 21, column: 5)
!48 = distinct !DILexicalBlock(scope: !9, file: !1, line: 21, column: 5)
!49 = !DILocation(line: 22, column: 18, scope: !47)
!50 = !DILocation(line: 21, column: 25, scope: !47)
!51 = !DILocation(line: 21, column: 19, scope: !47)
!52 = !DILocation(line: 21, column: 5, scope: !48)
!53 = distinct !{!53, !52, !54, !45}
!54 = !DILocation(line: 22, column: 24, scope: !48)
!55 = !DILocation(line: 24, column: 9, scope: !26)
!56 = !DILocation(line: 25, column: 21, scope: !24)
!57 = !{!39, !39, i64 0}
!58 = !DILocation(line: 25, column: 45, scope: !24)
!59 = !DILocation(line: 25, column: 37, scope: !24)
!60 = !DILocation(line: 25, column: 34, scope: !24)
!61 = !DILocation(line: 0, scope: !24)
!62 = !DILocation(line: 26, column: 55, scope: !24)
!63 = !DILocation(line: 26, column: 37, scope: !24)
!64 = !DILocation(line: 26, column: 66, scope: !24)
!65 = !DILocation(line: 27, column: 55, scope: !24)
!66 = !DILocation(line: 27, column: 37, scope: !24)
!67 = !DILocation(line: 27, column: 60, scope: !24)
!68 = !DILocation(line: 28, column: 60, scope: !24)
!69 = !DILocalVariable(name: "a", arg: 1, scope: !70, file: !1, line: 10, type: !12)
!70 = distinct !DISubprogram(name: "max3", scope: !1, file: !1, line: 10, type: !71, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !73)
!71 = !DISubroutineType(types: !72)
!72 = !{!12, !12, !12, !12}
!73 = !{!69, !74, !75, !76}
!74 = !DILocalVariable(name: "b", arg: 2, scope: !70, file: !1, line: 10, type: !12)
!75 = !DILocalVariable(name: "c", arg: 3, scope: !70, file: !1, line: 10, type: !12)
!76 = !DILocalVariable(name: "m", scope: !70, file: !1, line: 12, type: !12)
!77 = !DILocation(line: 0, scope: !70, inlinedAt: !78)
!78 = distinct !DILocation(line: 26, column: 32, scope: !24)
!79 = !DILocation(line: 12, column: 15, scope: !70, inlinedAt: !78)
!80 = !DILocation(line: 12, column: 13, scope: !70, inlinedAt: !78)
!81 = !DILocation(line: 13, column: 14, scope: !70, inlinedAt: !78)
!82 = !DILocation(line: 13, column: 12, scope: !70, inlinedAt: !78)
!83 = !DILocation(line: 26, column: 25, scope: !24)
!84 = !DILocation(line: 26, column: 13, scope: !24)
!85 = !DILocation(line: 26, column: 30, scope: !24)
!86 = !DILocation(line: 24, column: 29, scope: !25)
!87 = !DILocation(line: 24, column: 23, scope: !25)
!88 = distinct !{!88, !55, !89, !45}
!89 = !DILocation(line: 29, column: 9, scope: !26)
!90 = !DILocation(line: 23, column: 25, scope: !28)
!91 = !DILocation(line: 23, column: 19, scope: !28)
!92 = !DILocation(line: 23, column: 5, scope: !29)
!93 = distinct !{!93, !92, !94, !45}
!94 = !DILocation(line: 30, column: 5, scope: !29)
!95 = !DILocation(line: 31, column: 12, scope: !9)
!96 = !DILocation(line: 31, column: 5, scope: !9)
