; ModuleID = 'kernels/histogram.c'
source_filename = "kernels/histogram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @histogram(i8* nocapture noundef readonly %0, i32* nocapture noundef %1, i32 noundef %2) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i8* %0, metadata !23, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32* %1, metadata !24, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 %2, metadata !25, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !28
  %4 = bitcast i32* %1 to i8*, !dbg !29
  call void @llvm.dbg.value(metadata i32 %8, metadata !25, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !28
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(64) %4, i8 0, i64 64, i1 false), !dbg !30, !tbaa !33
  call void @llvm.dbg.value(metadata i32 undef, metadata !26, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 undef, metadata !26, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !28
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !28
  %5 = icmp sgt i32 %2, 0, !dbg !37
  br i1 %5, label %6, label %22, !dbg !40

6:                                                ; preds = %3
  %7 = icmp slt i32 %2, 1024, !dbg !29
  %8 = select i1 %7, i32 %2, i32 1024, !dbg !29
  %9 = call i32 @llvm.smax.i32(i32 %8, i32 1), !dbg !40
  %10 = zext i32 %9 to i64, !dbg !37
  br label %11, !dbg !40

11:                                               ; preds = %6, %11
  %12 = phi i64 [ 0, %6 ], [ %20, %11 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !26, metadata !DIExpression()), !dbg !28
  %13 = getelementptr inbounds i8, i8* %0, i64 %12, !dbg !41
  %14 = load i8, i8* %13, align 1, !dbg !41, !tbaa !42
  %15 = lshr i8 %14, 4, !dbg !43
  %16 = zext i8 %15 to i64
  %17 = getelementptr inbounds i32, i32* %1, i64 %16, !dbg !44
  %18 = load i32, i32* %17, align 4, !dbg !45, !tbaa !33
  %19 = add i32 %18, 1, !dbg !45
  store i32 %19, i32* %17, align 4, !dbg !45, !tbaa !33
  %20 = add nuw nsw i64 %12, 1, !dbg !46
  call void @llvm.dbg.value(metadata i64 %20, metadata !26, metadata !DIExpression()), !dbg !28
  %21 = icmp eq i64 %20, %10, !dbg !37
  br i1 %21, label %22, label %11, !dbg !40, !llvm.loop !47

22:                                               ; preds = %11, %3
  br label %23, !dbg !50

23:                                               ; preds = %22, %23
  %24 = phi i64 [ %34, %23 ], [ 1, %22 ]
  %25 = phi i32 [ %33, %23 ], [ 0, %22 ]
  call void @llvm.dbg.value(metadata i32 %25, metadata !27, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i64 %24, metadata !26, metadata !DIExpression()), !dbg !28
  %26 = getelementptr inbounds i32, i32* %1, i64 %24, !dbg !52
  %27 = load i32, i32* %26, align 4, !dbg !52, !tbaa !33
  %28 = sext i32 %25 to i64, !dbg !55
  %29 = getelementptr inbounds i32, i32* %1, i64 %28, !dbg !55
  %30 = load i32, i32* %29, align 4, !dbg !55, !tbaa !33
  %31 = icmp ugt i32 %27, %30, !dbg !56
  %32 = trunc i64 %24 to i32, !dbg !57
  %33 = select i1 %31, i32 %32, i32 %25, !dbg !57
  call void @llvm.dbg.value(metadata i32 %33, metadata !27, metadata !DIExpression()), !dbg !28
  %34 = add nuw nsw i64 %24, 1, !dbg !58
  call void @llvm.dbg.value(metadata i64 %34, metadata !26, metadata !DIExpression()), !dbg !28
  %35 = icmp eq i64 %34, 16, !dbg !59
  br i1 %35, label %36, label %23, !dbg !50, !llvm.loop !60

36:                                               ; preds = %23
  ret i32 %33, !dbg !62
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/histogram.c", directory: ".", checksumkind: CSK_MD5, checksum: "5705739265216b74acbadadb47c56500")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "histogram", scope: !1, file: !1, line: 8, type: !10, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !22)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !20, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !15)
!15 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !16, line: 24, baseType: !17)
!16 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!17 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !18, line: 38, baseType: !19)
!18 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!19 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!21 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!22 = !{!23, !24, !25, !26, !27}
!23 = !DILocalVariable(name: "img", arg: 1, scope: !9, file: !1, line: 8, type: !13)
!24 = !DILocalVariable(name: "bins", arg: 2, scope: !9, file: !1, line: 8, type: !20)
!25 = !DILocalVariable(name: "n", arg: 3, scope: !9, file: !1, line: 8, type: !12)
!26 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 10, type: !12)
!27 = !DILocalVariable(name: "best", scope: !9, file: !1, line: 10, type: !12)
!28 = !DILocation(line: 0, scope: !9)
!29 = !DILocation(line: 11, column: 9, scope: !9)
!30 = !DILocation(line: 14, column: 17, scope: !31)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 13, column: 5)
!32 = distinct !DILexicalBlock(scope: !9, file: !1, line: 13, column: 5)
!33 = !{!34, !34, i64 0}
!34 = !{!"int", !35, i64 0}
!35 = !{!"omnipotent char", !36, i64 0}
!36 = !{!"Simple C/C++ TBAA"}
!37 = !DILocation(line: 15, column: 19, scope: !38)
!38 = distinct !DILexicalBlock(scope: !39, file: !1, line: 15, column: 5)
!39 = distinct !DILexicalBlock(scope: !9, file: !1, line: 15, column: 5)
!40 = !DILocation(line: 15, column: 5, scope: !39)
!41 = !DILocation(line: 16, column: 14, scope: !38)
!42 = !{!35, !35, i64 0}
!43 = !DILocation(line: 16, column: 21, scope: !38)
!44 = !DILocation(line: 16, column: 9, scope: !38)
!45 = !DILocation(line: 16, column: 26, scope: !38)
!46 = !DILocation(line: 15, column: 25, scope: !38)
!47 = distinct !{!47, !40, !48, !49}
!48 = !DILocation(line: 16, column: 26, scope: !39)
!49 = !{!"llvm.loop.unroll.disable"}
!50 = !DILocation(line: 17, column: 5, scope: !51)
!51 = distinct !DILexicalBlock(scope: !9, file: !1, line: 17, column: 5)
!52 = !DILocation(line: 18, column: 13, scope: !53)
!53 = distinct !DILexicalBlock(scope: !54, file: !1, line: 18, column: 13)
!54 = distinct !DILexicalBlock(scope: !51, file: !1, line: 17, column: 5)
!55 = !DILocation(line: 18, column: 23, scope: !53)
!56 = !DILocation(line: 18, column: 21, scope: !53)
!57 = !DILocation(line: 18, column: 13, scope: !54)
!58 = !DILocation(line: 17, column: 28, scope: !54)
!59 = !DILocation(line: 17, column: 19, scope: !54)
!60 = distinct !{!60, !50, !61, !49}
!61 = !DILocation(line: 19, column: 20, scope: !51)
!62 = !DILocation(line: 20, column: 5, scope: !9)
