; ModuleID = 'kernels/stencil3d.c'
source_filename = "kernels/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @stencil3d(i32* nocapture noundef readonly %0, i32* nocapture noundef writeonly %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i32* %0, metadata !17, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32* %1, metadata !18, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %2, metadata !19, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %3, metadata !20, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 0, metadata !21, metadata !DIExpression()), !dbg !36
  br label %5, !dbg !37

5:                                                ; preds = %4, %85
  %6 = phi i64 [ 0, %4 ], [ %86, %85 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !21, metadata !DIExpression()), !dbg !36
  %7 = icmp eq i64 %6, 0
  %8 = icmp eq i64 %6, 7
  %9 = shl i64 %6, 3
  %10 = shl nsw i64 %6, 3
  call void @llvm.dbg.value(metadata i32 0, metadata !22, metadata !DIExpression()), !dbg !36
  br label %11, !dbg !38

11:                                               ; preds = %5, %82
  %12 = phi i64 [ 0, %5 ], [ %83, %82 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !22, metadata !DIExpression()), !dbg !36
  %13 = icmp eq i64 %12, 0
  %14 = select i1 %7, i1 true, i1 %13
  %15 = icmp eq i64 %12, 7
  call void @llvm.dbg.value(metadata i32 0, metadata !23, metadata !DIExpression()), !dbg !36
  %16 = add nuw nsw i64 %12, %9
  %17 = shl i64 %16, 3
  %18 = add nsw i64 %17, -64
  %19 = add nuw nsw i64 %12, %9
  %20 = shl i64 %19, 3
  %21 = add nuw nsw i64 %20, 64
  %22 = add nuw nsw i64 %12, %9
  %23 = shl i64 %22, 3
  %24 = add nsw i64 %23, -8
  %25 = add nuw nsw i64 %12, %9
  %26 = shl i64 %25, 3
  %27 = add nuw nsw i64 %26, 8
  %28 = add nuw nsw i64 %12, %9
  %29 = shl nsw i64 %28, 3
  %30 = add nuw nsw i64 %12, %10
  %31 = shl nsw i64 %30, 3
  br label %32, !dbg !39

32:                                               ; preds = %11, %76
  %33 = phi i64 [ 0, %11 ], [ %80, %76 ]
  call void @llvm.dbg.value(metadata i64 %33, metadata !23, metadata !DIExpression()), !dbg !36
  %34 = icmp eq i64 %33, 0
  %35 = select i1 %14, i1 true, i1 %34, !dbg !40
  %36 = select i1 %35, i1 true, i1 %8, !dbg !40
  %37 = select i1 %36, i1 true, i1 %15, !dbg !40
  %38 = icmp eq i64 %33, 7
  %39 = select i1 %37, i1 true, i1 %38, !dbg !40
  br i1 %39, label %40, label %44, !dbg !40

40:                                               ; preds = %32
  %41 = add nuw nsw i64 %33, %31, !dbg !41
  %42 = getelementptr inbounds i32, i32* %0, i64 %41, !dbg !43
  %43 = load i32, i32* %42, align 4, !dbg !43, !tbaa !44
  br label %76, !dbg !48

44:                                               ; preds = %32
  %45 = add nuw nsw i64 %33, %18, !dbg !49
  %46 = getelementptr inbounds i32, i32* %0, i64 %45, !dbg !50
  %47 = load i32, i32* %46, align 4, !dbg !50, !tbaa !44
  %48 = add nuw nsw i64 %33, %21, !dbg !51
  %49 = getelementptr inbounds i32, i32* %0, i64 %48, !dbg !52
  %50 = load i32, i32* %49, align 4, !dbg !52, !tbaa !44
  %51 = add nsw i32 %50, %47, !dbg !53
  %52 = add nsw i64 %33, %24, !dbg !54
  %53 = getelementptr inbounds i32, i32* %0, i64 %52, !dbg !55
  %54 = load i32, i32* %53, align 4, !dbg !55, !tbaa !44
  %55 = add nsw i32 %51, %54, !dbg !56
  %56 = add nuw nsw i64 %33, %27, !dbg !57
  %57 = getelementptr inbounds i32, i32* %0, i64 %56, !dbg !58
  %58 = load i32, i32* %57, align 4, !dbg !58, !tbaa !44
  %59 = add nsw i32 %55, %58, !dbg !59
  %60 = add nuw nsw i64 %33, %29, !dbg !60
  %61 = add nsw i64 %60, -1, !dbg !60
  %62 = getelementptr inbounds i32, i32* %0, i64 %61, !dbg !61
  %63 = load i32, i32* %62, align 4, !dbg !61, !tbaa !44
  %64 = add nsw i32 %59, %63, !dbg !62
  %65 = add nuw nsw i64 %33, %29, !dbg !63
  %66 = add nuw nsw i64 %65, 1, !dbg !63
  %67 = getelementptr inbounds i32, i32* %0, i64 %66, !dbg !64
  %68 = load i32, i32* %67, align 4, !dbg !64, !tbaa !44
  %69 = add nsw i32 %64, %68, !dbg !65
  call void @llvm.dbg.value(metadata i32 %69, metadata !24, metadata !DIExpression()), !dbg !66
  %70 = add nuw nsw i64 %33, %29, !dbg !67
  %71 = getelementptr inbounds i32, i32* %0, i64 %70, !dbg !68
  %72 = load i32, i32* %71, align 4, !dbg !68, !tbaa !44
  %73 = mul nsw i32 %72, %2, !dbg !69
  %74 = mul nsw i32 %69, %3, !dbg !70
  %75 = add nsw i32 %73, %74, !dbg !71
  br label %76

76:                                               ; preds = %40, %44
  %77 = phi i64 [ %41, %40 ], [ %70, %44 ]
  %78 = phi i32 [ %43, %40 ], [ %75, %44 ]
  %79 = getelementptr inbounds i32, i32* %1, i64 %77, !dbg !72
  store i32 %78, i32* %79, align 4, !dbg !72, !tbaa !44
  %80 = add nuw nsw i64 %33, 1, !dbg !73
  call void @llvm.dbg.value(metadata i64 %80, metadata !23, metadata !DIExpression()), !dbg !36
  %81 = icmp eq i64 %80, 8, !dbg !74
  br i1 %81, label %82, label %32, !dbg !39, !llvm.loop !75

82:                                               ; preds = %76
  %83 = add nuw nsw i64 %12, 1, !dbg !78
  call void @llvm.dbg.value(metadata i64 %83, metadata !22, metadata !DIExpression()), !dbg !36
  %84 = icmp eq i64 %83, 8, !dbg !79
  br i1 %84, label %85, label %11, !dbg !38, !llvm.loop !80

85:                                               ; preds = %82
  %86 = add nuw nsw i64 %6, 1, !dbg !82
  call void @llvm.dbg.value(metadata i64 %86, metadata !21, metadata !DIExpression()), !dbg !36
  %87 = icmp eq i64 %86, 8, !dbg !83
  br i1 %87, label %88, label %5, !dbg !37, !llvm.loop !84

88:                                               ; preds = %85
  ret void, !dbg !86
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/stencil3d.c", directory: ".", checksumkind: CSK_MD5, checksum: "e62e78c06c6f66aaeef2696ba6f42a2c")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "stencil3d", scope: !1, file: !1, line: 6, type: !10, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12, !15, !14, !14}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !{!17, !18, !19, !20, !21, !22, !23, !24}
!17 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 6, type: !12)
!18 = !DILocalVariable(name: "out", arg: 2, scope: !9, file: !1, line: 6, type: !15)
!19 = !DILocalVariable(name: "c0", arg: 3, scope: !9, file: !1, line: 6, type: !14)
!20 = !DILocalVariable(name: "c1", arg: 4, scope: !9, file: !1, line: 6, type: !14)
!21 = !DILocalVariable(name: "z", scope: !9, file: !1, line: 8, type: !14)
!22 = !DILocalVariable(name: "y", scope: !9, file: !1, line: 8, type: !14)
!23 = !DILocalVariable(name: "x", scope: !9, file: !1, line: 8, type: !14)
!24 = !DILocalVariable(name: "s", scope: !25, file: !1, line: 16, type: !14)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 15, column: 24)
!26 = distinct !DILexicalBlock(scope: !27, file: !1, line: 12, column: 21)
!27 = distinct !DILexicalBlock(scope: !28, file: !1, line: 11, column: 37)
!28 = distinct !DILexicalBlock(scope: !29, file: !1, line: 11, column: 13)
!29 = distinct !DILexicalBlock(scope: !30, file: !1, line: 11, column: 13)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 10, column: 33)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 10, column: 9)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 10, column: 9)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 9, column: 29)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 9, column: 5)
!35 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9, column: 5)
!36 = !DILocation(line: 0, scope: !9)
!37 = !DILocation(line: 9, column: 5, scope: !35)
!38 = !DILocation(line: 10, column: 9, scope: !32)
!39 = !DILocation(line: 11, column: 13, scope: !29)
!40 = !DILocation(line: 12, column: 28, scope: !26)
!41 = !DILocation(line: 14, column: 44, scope: !42)
!42 = distinct !DILexicalBlock(scope: !26, file: !1, line: 13, column: 61)
!43 = !DILocation(line: 14, column: 41, scope: !42)
!44 = !{!45, !45, i64 0}
!45 = !{!"int", !46, i64 0}
!46 = !{!"omnipotent char", !47, i64 0}
!47 = !{!"Simple C/C++ TBAA"}
!48 = !DILocation(line: 15, column: 17, scope: !42)
!49 = !DILocation(line: 16, column: 32, scope: !25)
!50 = !DILocation(line: 16, column: 29, scope: !25)
!51 = !DILocation(line: 16, column: 55, scope: !25)
!52 = !DILocation(line: 16, column: 52, scope: !25)
!53 = !DILocation(line: 16, column: 50, scope: !25)
!54 = !DILocation(line: 17, column: 32, scope: !25)
!55 = !DILocation(line: 17, column: 29, scope: !25)
!56 = !DILocation(line: 17, column: 27, scope: !25)
!57 = !DILocation(line: 17, column: 55, scope: !25)
!58 = !DILocation(line: 17, column: 52, scope: !25)
!59 = !DILocation(line: 17, column: 50, scope: !25)
!60 = !DILocation(line: 18, column: 32, scope: !25)
!61 = !DILocation(line: 18, column: 29, scope: !25)
!62 = !DILocation(line: 18, column: 27, scope: !25)
!63 = !DILocation(line: 18, column: 55, scope: !25)
!64 = !DILocation(line: 18, column: 52, scope: !25)
!65 = !DILocation(line: 18, column: 50, scope: !25)
!66 = !DILocation(line: 0, scope: !25)
!67 = !DILocation(line: 19, column: 49, scope: !25)
!68 = !DILocation(line: 19, column: 46, scope: !25)
!69 = !DILocation(line: 19, column: 44, scope: !25)
!70 = !DILocation(line: 19, column: 68, scope: !25)
!71 = !DILocation(line: 19, column: 63, scope: !25)
!72 = !DILocation(line: 0, scope: !26)
!73 = !DILocation(line: 11, column: 33, scope: !28)
!74 = !DILocation(line: 11, column: 27, scope: !28)
!75 = distinct !{!75, !39, !76, !77}
!76 = !DILocation(line: 21, column: 13, scope: !29)
!77 = !{!"llvm.loop.unroll.disable"}
!78 = !DILocation(line: 10, column: 29, scope: !31)
!79 = !DILocation(line: 10, column: 23, scope: !31)
!80 = distinct !{!80, !38, !81, !77}
!81 = !DILocation(line: 22, column: 9, scope: !32)
!82 = !DILocation(line: 9, column: 25, scope: !34)
!83 = !DILocation(line: 9, column: 19, scope: !34)
!84 = distinct !{!84, !37, !85, !77}
!85 = !DILocation(line: 23, column: 5, scope: !35)
!86 = !DILocation(line: 24, column: 1, scope: !9)
