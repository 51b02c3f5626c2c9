; ModuleID = 'kernels/fir.c'
source_filename = "kernels/fir.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @fir(i16* nocapture noundef readonly %0, i16* nocapture noundef readonly %1, i32* nocapture noundef writeonly %2, i32 noundef %3) local_unnamed_addr #0 !dbg !15 {
  call void @llvm.dbg.value(metadata i16* %0, metadata !25, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i16* %1, metadata !26, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32* %2, metadata !27, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %3, metadata !28, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 undef, metadata !28, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !35
  %5 = icmp sgt i32 %3, 0, !dbg !36
  br i1 %5, label %6, label %32, !dbg !37

6:                                                ; preds = %4
  %7 = icmp slt i32 %3, 512, !dbg !38
  %8 = select i1 %7, i32 %3, i32 512, !dbg !38
  call void @llvm.dbg.value(metadata i32 %8, metadata !28, metadata !DIExpression()), !dbg !35
  %9 = call i32 @llvm.smax.i32(i32 %8, i32 1), !dbg !37
  %10 = zext i32 %9 to i64, !dbg !36
  br label %11, !dbg !37

11:                                               ; preds = %6, %28
  %12 = phi i64 [ 0, %6 ], [ %30, %28 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !29, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !31, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !35
  br label %13, !dbg !40

13:                                               ; preds = %11, %13
  %14 = phi i64 [ 0, %11 ], [ %26, %13 ]
  %15 = phi i32 [ 0, %11 ], [ %25, %13 ]
  call void @llvm.dbg.value(metadata i32 %15, metadata !31, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i64 %14, metadata !30, metadata !DIExpression()), !dbg !35
  %16 = add nuw nsw i64 %14, %12, !dbg !42
  %17 = getelementptr inbounds i16, i16* %0, i64 %16, !dbg !44
  %18 = load i16, i16* %17, align 2, !dbg !44, !tbaa !45
  %19 = sext i16 %18 to i32, !dbg !49
  %20 = getelementptr inbounds i16, i16* %1, i64 %14, !dbg !50
  %21 = load i16, i16* %20, align 2, !dbg !50, !tbaa !45
  %22 = sext i16 %21 to i32, !dbg !51
  %23 = mul nsw i32 %22, %19, !dbg !52
  %24 = ashr i32 %23, 15, !dbg !53
  %25 = add nsw i32 %24, %15, !dbg !54
  call void @llvm.dbg.value(metadata i32 %25, metadata !31, metadata !DIExpression()), !dbg !39
  %26 = add nuw nsw i64 %14, 1, !dbg !55
  call void @llvm.dbg.value(metadata i64 %26, metadata !30, metadata !DIExpression()), !dbg !35
  %27 = icmp eq i64 %26, 16, !dbg !56
  br i1 %27, label %28, label %13, !dbg !40, !llvm.loop !57

28:                                               ; preds = %13
  %29 = getelementptr inbounds i32, i32* %2, i64 %12, !dbg !60
  store i32 %25, i32* %29, align 4, !dbg !61, !tbaa !62
  %30 = add nuw nsw i64 %12, 1, !dbg !64
  call void @llvm.dbg.value(metadata i64 %30, metadata !29, metadata !DIExpression()), !dbg !35
  %31 = icmp eq i64 %30, %10, !dbg !36
  br i1 %31, label %32, label %11, !dbg !37, !llvm.loop !65

32:                                               ; preds = %28, %4
  ret void, !dbg !67
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!8, !9, !10, !11, !12, !13}
!llvm.ident = !{!14}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/fir.c", directory: ".", checksumkind: CSK_MD5, checksum: "d9552fa627ae27e42e25f456a91fa466")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !4, line: 26, baseType: !5)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "", checksumkind: CSK_MD5, checksum: "55bcbdc3159515ebd91d351a70d505f4")
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !6, line: 41, baseType: !7)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !{i32 7, !"Dwarf Version", i32 5}
!9 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !{i32 1, !"wchar_size", i32 4}
!11 = !{i32 7, !"PIC Level", i32 2}
!12 = !{i32 7, !"PIE Level", i32 2}
!13 = !{i32 7, !"uwtable", i32 1}
!14 = !{!"Debian clang version 14.0.6"}
!15 = distinct !DISubprogram(name: "fir", scope: !1, file: !1, line: 8, type: !16, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!16 = !DISubroutineType(types: !17)
!17 = !{null, !18, !18, !23, !7}
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!19 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "int16_t", file: !4, line: 25, baseType: !21)
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int16_t", file: !6, line: 39, baseType: !22)
!22 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3, size: 64)
!24 = !{!25, !26, !27, !28, !29, !30, !31}
!25 = !DILocalVariable(name: "x", arg: 1, scope: !15, file: !1, line: 8, type: !18)
!26 = !DILocalVariable(name: "h", arg: 2, scope: !15, file: !1, line: 8, type: !18)
!27 = !DILocalVariable(name: "y", arg: 3, scope: !15, file: !1, line: 8, type: !23)
!28 = !DILocalVariable(name: "n", arg: 4, scope: !15, file: !1, line: 8, type: !7)
!29 = !DILocalVariable(name: "i", scope: !15, file: !1, line: 10, type: !7)
!30 = !DILocalVariable(name: "k", scope: !15, file: !1, line: 10, type: !7)
!31 = !DILocalVariable(name: "acc", scope: !32, file: !1, line: 14, type: !3)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 13, column: 29)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 13, column: 5)
!34 = distinct !DILexicalBlock(scope: !15, file: !1, line: 13, column: 5)
!35 = !DILocation(line: 0, scope: !15)
!36 = !DILocation(line: 13, column: 19, scope: !33)
!37 = !DILocation(line: 13, column: 5, scope: !34)
!38 = !DILocation(line: 11, column: 9, scope: !15)
!39 = !DILocation(line: 0, scope: !32)
!40 = !DILocation(line: 15, column: 9, scope: !41)
!41 = distinct !DILexicalBlock(scope: !32, file: !1, line: 15, column: 9)
!42 = !DILocation(line: 16, column: 34, scope: !43)
!43 = distinct !DILexicalBlock(scope: !41, file: !1, line: 15, column: 9)
!44 = !DILocation(line: 16, column: 30, scope: !43)
!45 = !{!46, !46, i64 0}
!46 = !{!"short", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 16, column: 21, scope: !43)
!50 = !DILocation(line: 16, column: 50, scope: !43)
!51 = !DILocation(line: 16, column: 41, scope: !43)
!52 = !DILocation(line: 16, column: 39, scope: !43)
!53 = !DILocation(line: 16, column: 56, scope: !43)
!54 = !DILocation(line: 16, column: 17, scope: !43)
!55 = !DILocation(line: 15, column: 32, scope: !43)
!56 = !DILocation(line: 15, column: 23, scope: !43)
!57 = distinct !{!57, !40, !58, !59}
!58 = !DILocation(line: 16, column: 59, scope: !41)
!59 = !{!"llvm.loop.unroll.disable"}
!60 = !DILocation(line: 17, column: 9, scope: !32)
!61 = !DILocation(line: 17, column: 14, scope: !32)
!62 = !{!63, !63, i64 0}
!63 = !{!"int", !47, i64 0}
!64 = !DILocation(line: 13, column: 25, scope: !33)
!65 = distinct !{!65, !37, !66, !59}
!66 = !DILocation(line: 18, column: 5, scope: !34)
!67 = !DILocation(line: 19, column: 1, scope: !15)
