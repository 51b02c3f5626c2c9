; ModuleID = 'kernels/crc32.c'
source_filename = "kernels/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @crc32(i8* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 !dbg !15 {
  call void @llvm.dbg.value(metadata i8* %0, metadata !25, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %1, metadata !26, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 -1, metadata !27, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 undef, metadata !26, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 -1, metadata !27, metadata !DIExpression()), !dbg !37
  %3 = icmp sgt i32 %1, 0, !dbg !38
  br i1 %3, label %4, label %31, !dbg !39

4:                                                ; preds = %2
  %5 = icmp slt i32 %1, 1024, !dbg !40
  %6 = select i1 %5, i32 %1, i32 1024, !dbg !40
  call void @llvm.dbg.value(metadata i32 %6, metadata !26, metadata !DIExpression()), !dbg !37
  %7 = call i32 @llvm.smax.i32(i32 %6, i32 1), !dbg !39
  %8 = zext i32 %7 to i64, !dbg !38
  br label %9, !dbg !39

9:                                                ; preds = %4, %26
  %10 = phi i64 [ 0, %4 ], [ %27, %26 ]
  %11 = phi i32 [ -1, %4 ], [ %23, %26 ]
  call void @llvm.dbg.value(metadata i64 %10, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %11, metadata !27, metadata !DIExpression()), !dbg !37
  %12 = getelementptr inbounds i8, i8* %0, i64 %10, !dbg !41
  %13 = load i8, i8* %12, align 1, !dbg !41, !tbaa !42
  %14 = zext i8 %13 to i32, !dbg !41
  %15 = xor i32 %11, %14, !dbg !45
  call void @llvm.dbg.value(metadata i32 %15, metadata !27, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !37
  br label %16, !dbg !46

16:                                               ; preds = %9, %16
  %17 = phi i32 [ 0, %9 ], [ %24, %16 ]
  %18 = phi i32 [ %15, %9 ], [ %23, %16 ]
  call void @llvm.dbg.value(metadata i32 %17, metadata !29, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %18, metadata !27, metadata !DIExpression()), !dbg !37
  %19 = and i32 %18, 1, !dbg !47
  %20 = sub nsw i32 0, %19, !dbg !48
  call void @llvm.dbg.value(metadata i32 %20, metadata !30, metadata !DIExpression()), !dbg !49
  %21 = lshr i32 %18, 1, !dbg !50
  %22 = and i32 %20, -306674912, !dbg !51
  %23 = xor i32 %22, %21, !dbg !52
  call void @llvm.dbg.value(metadata i32 %23, metadata !27, metadata !DIExpression()), !dbg !37
  %24 = add nuw nsw i32 %17, 1, !dbg !53
  call void @llvm.dbg.value(metadata i32 %24, metadata !29, metadata !DIExpression()), !dbg !37
  %25 = icmp eq i32 %24, 8, !dbg !54
  br i1 %25, label %26, label %16, !dbg !46, !llvm.loop !55

26:                                               ; preds = %16
  %27 = add nuw nsw i64 %10, 1, !dbg !58
  call void @llvm.dbg.value(metadata i64 %27, metadata !28, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %23, metadata !27, metadata !DIExpression()), !dbg !37
  %28 = icmp eq i64 %27, %8, !dbg !38
  br i1 %28, label %29, label %9, !dbg !39, !llvm.loop !59

29:                                               ; preds = %26
  %30 = xor i32 %23, -1, !dbg !61
  br label %31, !dbg !61

31:                                               ; preds = %29, %2
  %32 = phi i32 [ 0, %2 ], [ %30, %29 ]
  ret i32 %32, !dbg !62
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!8, !9, !10, !11, !12, !13}
!llvm.ident = !{!14}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/crc32.c", directory: ".", checksumkind: CSK_MD5, checksum: "582470e06ddec54751d845d18ca7b2b2")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !4, line: 26, baseType: !5)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !6, line: 42, baseType: !7)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{i32 7, !"Dwarf Version", i32 5}
!9 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !{i32 1, !"wchar_size", i32 4}
!11 = !{i32 7, !"PIC Level", i32 2}
!12 = !{i32 7, !"PIE Level", i32 2}
!13 = !{i32 7, !"uwtable", i32 1}
!14 = !{!"Debian clang version 14.0.6"}
!15 = distinct !DISubprogram(name: "crc32", scope: !1, file: !1, line: 7, type: !16, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!16 = !DISubroutineType(types: !17)
!17 = !{!3, !18, !23}
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!19 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !4, line: 24, baseType: !21)
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !6, line: 38, baseType: !22)
!22 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!23 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!24 = !{!25, !26, !27, !28, !29, !30}
!25 = !DILocalVariable(name: "data", arg: 1, scope: !15, file: !1, line: 7, type: !18)
!26 = !DILocalVariable(name: "n", arg: 2, scope: !15, file: !1, line: 7, type: !23)
!27 = !DILocalVariable(name: "crc", scope: !15, file: !1, line: 9, type: !3)
!28 = !DILocalVariable(name: "i", scope: !15, file: !1, line: 10, type: !23)
!29 = !DILocalVariable(name: "b", scope: !15, file: !1, line: 10, type: !23)
!30 = !DILocalVariable(name: "mask", scope: !31, file: !1, line: 16, type: !3)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 15, column: 33)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 15, column: 9)
!33 = distinct !DILexicalBlock(scope: !34, file: !1, line: 15, column: 9)
!34 = distinct !DILexicalBlock(scope: !35, file: !1, line: 13, column: 29)
!35 = distinct !DILexicalBlock(scope: !36, file: !1, line: 13, column: 5)
!36 = distinct !DILexicalBlock(scope: !15, file: !1, line: 13, column: 5)
!37 = !DILocation(line: 0, scope: !15)
!38 = !DILocation(line: 13, column: 19, scope: !35)
!39 = !DILocation(line: 13, column: 5, scope: !36)
!40 = !DILocation(line: 11, column: 9, scope: !15)
!41 = !DILocation(line: 14, column: 16, scope: !34)
!42 = !{!43, !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = !DILocation(line: 14, column: 13, scope: !34)
!46 = !DILocation(line: 15, column: 9, scope: !33)
!47 = !DILocation(line: 16, column: 48, scope: !31)
!48 = !DILocation(line: 16, column: 41, scope: !31)
!49 = !DILocation(line: 0, scope: !31)
!50 = !DILocation(line: 17, column: 24, scope: !31)
!51 = !DILocation(line: 17, column: 45, scope: !31)
!52 = !DILocation(line: 17, column: 30, scope: !31)
!53 = !DILocation(line: 15, column: 29, scope: !32)
!54 = !DILocation(line: 15, column: 23, scope: !32)
!55 = distinct !{!55, !46, !56, !57}
!56 = !DILocation(line: 18, column: 9, scope: !33)
!57 = !{!"llvm.loop.unroll.disable"}
!58 = !DILocation(line: 13, column: 25, scope: !35)
!59 = distinct !{!59, !39, !60, !57}
!60 = !DILocation(line: 19, column: 5, scope: !36)
!61 = !DILocation(line: 20, column: 12, scope: !15)
!62 = !DILocation(line: 20, column: 5, scope: !15)
