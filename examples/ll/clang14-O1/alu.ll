; ModuleID = 'kernels/alu.c'
source_filename = "kernels/alu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @alu(i8* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32* nocapture noundef readonly %2, i32* nocapture noundef writeonly %3, i32 noundef %4) local_unnamed_addr #0 !dbg !9 {
  call void @llvm.dbg.value(metadata i8* %0, metadata !27, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32* %1, metadata !28, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32* %2, metadata !29, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32* %3, metadata !30, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 %4, metadata !31, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 undef, metadata !31, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !40
  %6 = icmp sgt i32 %4, 0, !dbg !41
  br i1 %6, label %7, label %54, !dbg !42

7:                                                ; preds = %5
  %8 = icmp slt i32 %4, 256, !dbg !43
  %9 = select i1 %8, i32 %4, i32 256, !dbg !43
  call void @llvm.dbg.value(metadata i32 %9, metadata !31, metadata !DIExpression()), !dbg !40
  %10 = call i32 @llvm.smax.i32(i32 %9, i32 1), !dbg !42
  %11 = zext i32 %10 to i64, !dbg !41
  br label %12, !dbg !42

12:                                               ; preds = %7, %48
  %13 = phi i64 [ 0, %7 ], [ %52, %48 ]
  %14 = phi i32 [ 0, %7 ], [ %51, %48 ]
  call void @llvm.dbg.value(metadata i32 %14, metadata !32, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i64 %13, metadata !33, metadata !DIExpression()), !dbg !40
  %15 = getelementptr inbounds i32, i32* %1, i64 %13, !dbg !44
  %16 = load i32, i32* %15, align 4, !dbg !44, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %16, metadata !34, metadata !DIExpression()), !dbg !49
  %17 = getelementptr inbounds i32, i32* %2, i64 %13, !dbg !50
  %18 = load i32, i32* %17, align 4, !dbg !50, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %18, metadata !38, metadata !DIExpression()), !dbg !49
  %19 = getelementptr inbounds i8, i8* %0, i64 %13, !dbg !51
  %20 = load i8, i8* %19, align 1, !dbg !51, !tbaa !52
  %21 = and i8 %20, 15, !dbg !53
  %22 = zext i8 %21 to i32, !dbg !53
  switch i32 %22, label %48 [
    i32 0, label %23
    i32 1, label %25
    i32 2, label %27
    i32 3, label %29
    i32 4, label %31
    i32 5, label %33
    i32 6, label %35
    i32 7, label %38
    i32 8, label %41
    i32 9, label %45
  ], !dbg !54

23:                                               ; preds = %12
  %24 = add i32 %18, %16, !dbg !55
  call void @llvm.dbg.value(metadata i32 %24, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !57

25:                                               ; preds = %12
  %26 = sub i32 %16, %18, !dbg !58
  call void @llvm.dbg.value(metadata i32 %26, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !59

27:                                               ; preds = %12
  %28 = mul i32 %18, %16, !dbg !60
  call void @llvm.dbg.value(metadata i32 %28, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !61

29:                                               ; preds = %12
  %30 = and i32 %18, %16, !dbg !62
  call void @llvm.dbg.value(metadata i32 %30, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !63

31:                                               ; preds = %12
  %32 = or i32 %18, %16, !dbg !64
  call void @llvm.dbg.value(metadata i32 %32, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !65

33:                                               ; preds = %12
  %34 = xor i32 %18, %16, !dbg !66
  call void @llvm.dbg.value(metadata i32 %34, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !67

35:                                               ; preds = %12
  %36 = and i32 %18, 31, !dbg !68
  %37 = shl i32 %16, %36, !dbg !69
  call void @llvm.dbg.value(metadata i32 %37, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !70

38:                                               ; preds = %12
  %39 = and i32 %18, 31, !dbg !71
  %40 = lshr i32 %16, %39, !dbg !72
  call void @llvm.dbg.value(metadata i32 %40, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !73

41:                                               ; preds = %12
  %42 = icmp eq i32 %18, 0, !dbg !74
  br i1 %42, label %48, label %43, !dbg !75

43:                                               ; preds = %41
  %44 = udiv i32 %16, %18, !dbg !76
  br label %48, !dbg !75

45:                                               ; preds = %12
  %46 = icmp ult i32 %16, %18, !dbg !77
  %47 = select i1 %46, i32 %16, i32 %18, !dbg !78
  call void @llvm.dbg.value(metadata i32 %47, metadata !39, metadata !DIExpression()), !dbg !49
  br label %48, !dbg !79

48:                                               ; preds = %12, %43, %41, %45, %38, %35, %33, %31, %29, %27, %25, %23
  %49 = phi i32 [ %47, %45 ], [ %40, %38 ], [ %37, %35 ], [ %34, %33 ], [ %32, %31 ], [ %30, %29 ], [ %28, %27 ], [ %26, %25 ], [ %24, %23 ], [ %44, %43 ], [ 0, %41 ], [ %16, %12 ], !dbg !80
  call void @llvm.dbg.value(metadata i32 %49, metadata !39, metadata !DIExpression()), !dbg !49
  %50 = getelementptr inbounds i32, i32* %3, i64 %13, !dbg !81
  store i32 %49, i32* %50, align 4, !dbg !82, !tbaa !45
  %51 = xor i32 %49, %14, !dbg !83
  call void @llvm.dbg.value(metadata i32 %51, metadata !32, metadata !DIExpression()), !dbg !40
  %52 = add nuw nsw i64 %13, 1, !dbg !84
  call void @llvm.dbg.value(metadata i64 %52, metadata !33, metadata !DIExpression()), !dbg !40
  %53 = icmp eq i64 %52, %11, !dbg !41
  br i1 %53, label %54, label %12, !dbg !42, !llvm.loop !85

54:                                               ; preds = %48, %5
  %55 = phi i32 [ 0, %5 ], [ %51, %48 ], !dbg !40
  ret i32 %55, !dbg !88
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 14.0.6", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/alu.c", directory: ".", checksumkind: CSK_MD5, checksum: "e6ece8c2ae3b6d2e3bc127da271020bf")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 1}
!8 = !{!"Debian clang version 14.0.6"}
!9 = distinct !DISubprogram(name: "alu", scope: !1, file: !1, line: 8, type: !10, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !26)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !17, !22, !22, !24, !25}
!12 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !13, line: 26, baseType: !14)
!13 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!14 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !15, line: 42, baseType: !16)
!15 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!16 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !13, line: 24, baseType: !20)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !15, line: 38, baseType: !21)
!21 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !23, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!25 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!26 = !{!27, !28, !29, !30, !31, !32, !33, !34, !38, !39}
!27 = !DILocalVariable(name: "op", arg: 1, scope: !9, file: !1, line: 8, type: !17)
!28 = !DILocalVariable(name: "a", arg: 2, scope: !9, file: !1, line: 8, type: !22)
!29 = !DILocalVariable(name: "b", arg: 3, scope: !9, file: !1, line: 8, type: !22)
!30 = !DILocalVariable(name: "out", arg: 4, scope: !9, file: !1, line: 9, type: !24)
!31 = !DILocalVariable(name: "n", arg: 5, scope: !9, file: !1, line: 9, type: !25)
!32 = !DILocalVariable(name: "check", scope: !9, file: !1, line: 11, type: !12)
!33 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 12, type: !25)
!34 = !DILocalVariable(name: "x", scope: !35, file: !1, line: 16, type: !12)
!35 = distinct !DILexicalBlock(scope: !36, file: !1, line: 15, column: 29)
!36 = distinct !DILexicalBlock(scope: !37, file: !1, line: 15, column: 5)
!37 = distinct !DILexicalBlock(scope: !9, file: !1, line: 15, column: 5)
!38 = !DILocalVariable(name: "y", scope: !35, file: !1, line: 16, type: !12)
!39 = !DILocalVariable(name: "r", scope: !35, file: !1, line: 16, type: !12)
!40 = !DILocation(line: 0, scope: !9)
!41 = !DILocation(line: 15, column: 19, scope: !36)
!42 = !DILocation(line: 15, column: 5, scope: !37)
!43 = !DILocation(line: 13, column: 9, scope: !9)
!44 = !DILocation(line: 16, column: 22, scope: !35)
!45 = !{!46, !46, i64 0}
!46 = !{!"int", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 0, scope: !35)
!50 = !DILocation(line: 16, column: 32, scope: !35)
!51 = !DILocation(line: 17, column: 17, scope: !35)
!52 = !{!47, !47, i64 0}
!53 = !DILocation(line: 17, column: 23, scope: !35)
!54 = !DILocation(line: 17, column: 9, scope: !35)
!55 = !DILocation(line: 18, column: 23, scope: !56)
!56 = distinct !DILexicalBlock(scope: !35, file: !1, line: 17, column: 30)
!57 = !DILocation(line: 18, column: 28, scope: !56)
!58 = !DILocation(line: 19, column: 23, scope: !56)
!59 = !DILocation(line: 19, column: 28, scope: !56)
!60 = !DILocation(line: 20, column: 23, scope: !56)
!61 = !DILocation(line: 20, column: 28, scope: !56)
!62 = !DILocation(line: 21, column: 23, scope: !56)
!63 = !DILocation(line: 21, column: 28, scope: !56)
!64 = !DILocation(line: 22, column: 23, scope: !56)
!65 = !DILocation(line: 22, column: 28, scope: !56)
!66 = !DILocation(line: 23, column: 23, scope: !56)
!67 = !DILocation(line: 23, column: 28, scope: !56)
!68 = !DILocation(line: 24, column: 29, scope: !56)
!69 = !DILocation(line: 24, column: 23, scope: !56)
!70 = !DILocation(line: 24, column: 37, scope: !56)
!71 = !DILocation(line: 25, column: 29, scope: !56)
!72 = !DILocation(line: 25, column: 23, scope: !56)
!73 = !DILocation(line: 25, column: 37, scope: !56)
!74 = !DILocation(line: 26, column: 23, scope: !56)
!75 = !DILocation(line: 26, column: 21, scope: !56)
!76 = !DILocation(line: 26, column: 32, scope: !56)
!77 = !DILocation(line: 27, column: 23, scope: !56)
!78 = !DILocation(line: 27, column: 21, scope: !56)
!79 = !DILocation(line: 27, column: 36, scope: !56)
!80 = !DILocation(line: 0, scope: !56)
!81 = !DILocation(line: 30, column: 9, scope: !35)
!82 = !DILocation(line: 30, column: 16, scope: !35)
!83 = !DILocation(line: 31, column: 15, scope: !35)
!84 = !DILocation(line: 15, column: 25, scope: !36)
!85 = distinct !{!85, !42, !86, !87}
!86 = !DILocation(line: 32, column: 5, scope: !37)
!87 = !{!"llvm.loop.unroll.disable"}
!88 = !DILocation(line: 33, column: 5, scope: !9)
