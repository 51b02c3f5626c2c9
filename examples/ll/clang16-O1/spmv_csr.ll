; ModuleID = 'kernels/spmv_csr.c'
source_filename = "kernels/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @spmv_csr(ptr nocapture noundef readonly %val, ptr nocapture noundef readonly %cols, ptr nocapture noundef readonly %row_ptr, ptr nocapture noundef readonly %x, ptr nocapture noundef writeonly %y) local_unnamed_addr #0 !dbg !11 {
entry:
  call void @llvm.dbg.value(metadata ptr %val, metadata !22, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata ptr %cols, metadata !23, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata ptr %row_ptr, metadata !24, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata ptr %x, metadata !25, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata ptr %y, metadata !26, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !35
  br label %for.body, !dbg !36

for.body:                                         ; preds = %entry, %for.end
  %indvars.iv38 = phi i64 [ 0, %entry ], [ %indvars.iv.next39, %for.end ]
  call void @llvm.dbg.value(metadata i64 %indvars.iv38, metadata !27, metadata !DIExpression()), !dbg !35
  %arrayidx = getelementptr inbounds i32, ptr %row_ptr, i64 %indvars.iv38, !dbg !37
  %0 = load i32, ptr %arrayidx, align 4, !dbg !37, !tbaa !38
  call void @llvm.dbg.value(metadata i32 %0, metadata !28, metadata !DIExpression()), !dbg !42
  %indvars.iv.next39 = add nuw nsw i64 %indvars.iv38, 1, !dbg !43
  %arrayidx2 = getelementptr inbounds i32, ptr %row_ptr, i64 %indvars.iv.next39, !dbg !44
  %1 = load i32, ptr %arrayidx2, align 4, !dbg !44, !tbaa !38
  call void @llvm.dbg.value(metadata i32 %1, metadata !32, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !34, metadata !DIExpression()), !dbg !42
  %spec.store.select = tail call i32 @llvm.umin.i32(i32 %0, i32 64), !dbg !45
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !28, metadata !DIExpression()), !dbg !42
  %spec.store.select21 = tail call i32 @llvm.umin.i32(i32 %1, i32 64), !dbg !46
  call void @llvm.dbg.value(metadata i32 %spec.store.select21, metadata !32, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %spec.store.select, metadata !33, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !34, metadata !DIExpression()), !dbg !42
  %cmp833 = icmp ult i32 %spec.store.select, %spec.store.select21, !dbg !47
  br i1 %cmp833, label %for.body9.preheader, label %for.end, !dbg !50

for.body9.preheader:                              ; preds = %for.body
  %2 = zext i32 %spec.store.select to i64, !dbg !50
  %wide.trip.count = zext i32 %spec.store.select21 to i64, !dbg !47
  br label %for.body9, !dbg !50

for.body9:                                        ; preds = %for.body9.preheader, %for.body9
  %indvars.iv = phi i64 [ %2, %for.body9.preheader ], [ %indvars.iv.next, %for.body9 ]
  %sum.035 = phi float [ 0.000000e+00, %for.body9.preheader ], [ %6, %for.body9 ]
  call void @llvm.dbg.value(metadata float %sum.035, metadata !34, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i64 %indvars.iv, metadata !33, metadata !DIExpression()), !dbg !42
  %arrayidx11 = getelementptr inbounds float, ptr %val, i64 %indvars.iv, !dbg !51
  %3 = load float, ptr %arrayidx11, align 4, !dbg !51, !tbaa !52
  %arrayidx13 = getelementptr inbounds i32, ptr %cols, i64 %indvars.iv, !dbg !54
  %4 = load i32, ptr %arrayidx13, align 4, !dbg !54, !tbaa !38
  %rem = and i32 %4, 15, !dbg !55
  %idxprom14 = zext i32 %rem to i64, !dbg !56
  %arrayidx15 = getelementptr inbounds float, ptr %x, i64 %idxprom14, !dbg !56
  %5 = load float, ptr %arrayidx15, align 4, !dbg !56, !tbaa !52
  %6 = tail call float @llvm.fmuladd.f32(float %3, float %5, float %sum.035), !dbg !57
  call void @llvm.dbg.value(metadata float %6, metadata !34, metadata !DIExpression()), !dbg !42
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !58
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next, metadata !33, metadata !DIExpression()), !dbg !42
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !47
  br i1 %exitcond.not, label %for.end, label %for.body9, !dbg !50, !llvm.loop !59

for.end:                                          ; preds = %for.body9, %for.body
  %sum.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %6, %for.body9 ], !dbg !42
  %arrayidx17 = getelementptr inbounds float, ptr %y, i64 %indvars.iv38, !dbg !62
  store float %sum.0.lcssa, ptr %arrayidx17, align 4, !dbg !63, !tbaa !52
  call void @llvm.dbg.value(metadata i64 %indvars.iv.next39, metadata !27, metadata !DIExpression()), !dbg !35
  %exitcond41.not = icmp eq i64 %indvars.iv.next39, 16, !dbg !64
  br i1 %exitcond41.not, label %for.end20, label %for.body, !dbg !36, !llvm.loop !65

for.end20:                                        ; preds = %for.end
  ret void, !dbg !67
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9}
!llvm.ident = !{!10}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "Debian clang version 16.0.6 (15~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "kernels/spmv_csr.c", directory: ".", checksumkind: CSK_MD5, checksum: "8604b4b608cb392d5fd651290b43839b")
!2 = !{!3}
!3 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = !{i32 1, !"wchar_size", i32 4}
!7 = !{i32 8, !"PIC Level", i32 2}
!8 = !{i32 7, !"PIE Level", i32 2}
!9 = !{i32 7, !"uwtable", i32 2}
!10 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!11 = distinct !DISubprogram(name: "spmv_csr", scope: !1, file: !1, line: 7, type: !12, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21)
!12 = !DISubroutineType(types: !13)
!13 = !{null, !14, !17, !17, !14, !20}
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!15 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!16 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!21 = !{!22, !23, !24, !25, !26, !27, !28, !32, !33, !34}
!22 = !DILocalVariable(name: "val", arg: 1, scope: !11, file: !1, line: 7, type: !14)
!23 = !DILocalVariable(name: "cols", arg: 2, scope: !11, file: !1, line: 7, type: !17)
!24 = !DILocalVariable(name: "row_ptr", arg: 3, scope: !11, file: !1, line: 7, type: !17)
!25 = !DILocalVariable(name: "x", arg: 4, scope: !11, file: !1, line: 8, type: !14)
!26 = !DILocalVariable(name: "y", arg: 5, scope: !11, file: !1, line: 8, type: !20)
!27 = !DILocalVariable(name: "i", scope: !11, file: !1, line: 10, type: !19)
!28 = !DILocalVariable(name: "start", scope: !29, file: !1, line: 12, type: !3)
!29 = distinct !DILexicalBlock(scope: !30, file: !1, line: 11, column: 32)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 11, column: 5)
!31 = distinct !DILexicalBlock(scope: !11, file: !1, line: 11, column: 5)
!32 = !DILocalVariable(name: "end", scope: !29, file: !1, line: 13, type: !3)
!33 = !DILocalVariable(name: "j", scope: !29, file: !1, line: 14, type: !3)
!34 = !DILocalVariable(name: "sum", scope: !29, file: !1, line: 15, type: !16)
!35 = !DILocation(line: 0, scope: !11)
!36 = !DILocation(line: 11, column: 5, scope: !31)
!37 = !DILocation(line: 12, column: 36, scope: !29)
!38 = !{!39, !39, i64 0}
!39 = !{!"int", !40, i64 0}
!40 = !{!"omnipotent char", !41, i64 0}
!41 = !{!"Simple C/C++ TBAA"}
!42 = !DILocation(line: 0, scope: !29)
!43 = !DILocation(line: 13, column: 44, scope: !29)
!44 = !DILocation(line: 13, column: 34, scope: !29)
!45 = !DILocation(line: 16, column: 13, scope: !29)
!46 = !DILocation(line: 18, column: 13, scope: !29)
!47 = !DILocation(line: 20, column: 27, scope: !48)
!48 = distinct !DILexicalBlock(scope: !49, file: !1, line: 20, column: 9)
!49 = distinct !DILexicalBlock(scope: !29, file: !1, line: 20, column: 9)
!50 = !DILocation(line: 20, column: 9, scope: !49)
!51 = !DILocation(line: 21, column: 20, scope: !48)
!52 = !{!53, !53, i64 0}
!53 = !{!"float", !40, i64 0}
!54 = !DILocation(line: 21, column: 41, scope: !48)
!55 = !DILocation(line: 21, column: 49, scope: !48)
!56 = !DILocation(line: 21, column: 29, scope: !48)
!57 = !DILocation(line: 21, column: 17, scope: !48)
!58 = !DILocation(line: 20, column: 35, scope: !48)
!59 = distinct !{!59, !50, !60, !61}
!60 = !DILocation(line: 21, column: 55, scope: !49)
!61 = !{!"llvm.loop.unroll.disable"}
!62 = !DILocation(line: 22, column: 9, scope: !29)
!63 = !DILocation(line: 22, column: 14, scope: !29)
!64 = !DILocation(line: 11, column: 19, scope: !30)
!65 = distinct !{!65, !36, !66, !61}
!66 = !DILocation(line: 23, column: 5, scope: !31)
!67 = !DILocation(line: 24, column: 1, scope: !11)
