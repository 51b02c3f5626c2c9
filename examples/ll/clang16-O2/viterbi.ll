; ModuleID = 'kernels/viterbi.c'
source_filename = "kernels/viterbi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @viterbi(ptr nocapture noundef readonly %obs, ptr nocapture noundef readonly %init, ptr nocapture noundef readonly %trans, ptr nocapture noundef readonly %emit, ptr nocapture noundef %path) local_unnamed_addr #0 {
entry:
  %cost = alloca [16 x [4 x float]], align 16
  %bp = alloca [16 x [4 x i32]], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %cost) #3
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %bp) #3
  %0 = load i32, ptr %obs, align 4, !tbaa !5
  %and = and i32 %0, 3
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %bp, i8 0, i64 16, i1 false), !tbaa !5
  %1 = zext i32 %and to i64
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ 0, %entry ], [ %indvars.iv.next, %for.body ]
  %arrayidx = getelementptr inbounds float, ptr %init, i64 %indvars.iv
  %2 = load float, ptr %arrayidx, align 4, !tbaa !9
  %3 = shl nuw nsw i64 %indvars.iv, 2
  %4 = or i64 %3, %1
  %arrayidx3 = getelementptr inbounds float, ptr %emit, i64 %4
  %5 = load float, ptr %arrayidx3, align 4, !tbaa !9
  %add4 = fadd float %2, %5
  %arrayidx7 = getelementptr inbounds [4 x float], ptr %cost, i64 0, i64 %indvars.iv
  store float %add4, ptr %arrayidx7, align 4, !tbaa !9
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 4
  br i1 %exitcond.not, label %for.body13, label %for.body, !llvm.loop !11

for.body13:                                       ; preds = %for.body, %for.end59
  %indvars.iv161 = phi i64 [ %indvars.iv.next162, %for.end59 ], [ 1, %for.body ]
  %arrayidx15 = getelementptr inbounds i32, ptr %obs, i64 %indvars.iv161
  %6 = load i32, ptr %arrayidx15, align 4, !tbaa !5
  %and16 = and i32 %6, 3
  %7 = add nsw i64 %indvars.iv161, -1
  %arrayidx21 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %7
  %8 = zext i32 %and16 to i64
  %.pre = load float, ptr %arrayidx21, align 16, !tbaa !9
  br label %for.body19

for.body19:                                       ; preds = %for.body13, %for.end43
  %indvars.iv155 = phi i64 [ 0, %for.body13 ], [ %indvars.iv.next156, %for.end43 ]
  %arrayidx25 = getelementptr inbounds float, ptr %trans, i64 %indvars.iv155
  %9 = load float, ptr %arrayidx25, align 4, !tbaa !9
  %add26 = fadd float %.pre, %9
  br label %for.body29

for.body29:                                       ; preds = %for.body19, %for.body29
  %indvars.iv149 = phi i64 [ 1, %for.body19 ], [ %indvars.iv.next150, %for.body29 ]
  %arg.0138 = phi i32 [ 0, %for.body19 ], [ %arg.1, %for.body29 ]
  %best.0137 = phi float [ %add26, %for.body19 ], [ %best.1, %for.body29 ]
  %arrayidx34 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %7, i64 %indvars.iv149
  %10 = load float, ptr %arrayidx34, align 4, !tbaa !9
  %11 = shl nuw nsw i64 %indvars.iv149, 2
  %12 = add nuw nsw i64 %11, %indvars.iv155
  %arrayidx38 = getelementptr inbounds float, ptr %trans, i64 %12
  %13 = load float, ptr %arrayidx38, align 4, !tbaa !9
  %add39 = fadd float %10, %13
  %cmp40 = fcmp olt float %add39, %best.0137
  %best.1 = select i1 %cmp40, float %add39, float %best.0137
  %14 = trunc i64 %indvars.iv149 to i32
  %arg.1 = select i1 %cmp40, i32 %14, i32 %arg.0138
  %indvars.iv.next150 = add nuw nsw i64 %indvars.iv149, 1
  %exitcond154.not = icmp eq i64 %indvars.iv.next150, 4
  br i1 %exitcond154.not, label %for.end43, label %for.body29, !llvm.loop !13

for.end43:                                        ; preds = %for.body29
  %15 = shl nsw i64 %indvars.iv155, 2
  %16 = or i64 %15, %8
  %arrayidx47 = getelementptr inbounds float, ptr %emit, i64 %16
  %17 = load float, ptr %arrayidx47, align 4, !tbaa !9
  %add48 = fadd float %best.1, %17
  %arrayidx52 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %indvars.iv161, i64 %indvars.iv155
  store float %add48, ptr %arrayidx52, align 4, !tbaa !9
  %arrayidx56 = getelementptr inbounds [16 x [4 x i32]], ptr %bp, i64 0, i64 %indvars.iv161, i64 %indvars.iv155
  store i32 %arg.1, ptr %arrayidx56, align 4, !tbaa !5
  %indvars.iv.next156 = add nuw nsw i64 %indvars.iv155, 1
  %exitcond160.not = icmp eq i64 %indvars.iv.next156, 4
  br i1 %exitcond160.not, label %for.end59, label %for.body19, !llvm.loop !14

for.end59:                                        ; preds = %for.end43
  %indvars.iv.next162 = add nuw nsw i64 %indvars.iv161, 1
  %exitcond165.not = icmp eq i64 %indvars.iv.next162, 16
  br i1 %exitcond165.not, label %for.end62, label %for.body13, !llvm.loop !15

for.end62:                                        ; preds = %for.end59
  %arrayidx63 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 15
  %18 = load float, ptr %arrayidx63, align 16, !tbaa !9
  br label %for.body67

for.body67:                                       ; preds = %for.end62, %for.body67
  %indvars.iv166 = phi i64 [ 1, %for.end62 ], [ %indvars.iv.next167, %for.body67 ]
  %best.2142 = phi float [ %18, %for.end62 ], [ %best.3, %for.body67 ]
  %state.0141 = phi i32 [ 0, %for.end62 ], [ %state.1, %for.body67 ]
  %arrayidx70 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 15, i64 %indvars.iv166
  %19 = load float, ptr %arrayidx70, align 4, !tbaa !9
  %cmp71 = fcmp olt float %19, %best.2142
  %20 = trunc i64 %indvars.iv166 to i32
  %state.1 = select i1 %cmp71, i32 %20, i32 %state.0141
  %best.3 = select i1 %cmp71, float %19, float %best.2142
  %indvars.iv.next167 = add nuw nsw i64 %indvars.iv166, 1
  %exitcond169.not = icmp eq i64 %indvars.iv.next167, 4
  br i1 %exitcond169.not, label %for.end79, label %for.body67, !llvm.loop !16

for.end79:                                        ; preds = %for.body67
  %arrayidx80 = getelementptr inbounds i32, ptr %path, i64 15
  store i32 %state.1, ptr %arrayidx80, align 4, !tbaa !5
  br label %for.body83

for.body83:                                       ; preds = %for.end79, %for.body83
  %indvars.iv170 = phi i64 [ 15, %for.end79 ], [ %indvars.iv.next171, %for.body83 ]
  %state.2144 = phi i32 [ %state.1, %for.end79 ], [ %21, %for.body83 ]
  %idxprom86 = sext i32 %state.2144 to i64
  %arrayidx87 = getelementptr inbounds [16 x [4 x i32]], ptr %bp, i64 0, i64 %indvars.iv170, i64 %idxprom86
  %21 = load i32, ptr %arrayidx87, align 4, !tbaa !5
  %indvars.iv.next171 = add nsw i64 %indvars.iv170, -1
  %arrayidx90 = getelementptr inbounds i32, ptr %path, i64 %indvars.iv.next171
  store i32 %21, ptr %arrayidx90, align 4, !tbaa !5
  %cmp82 = icmp ugt i64 %indvars.iv170, 1
  br i1 %cmp82, label %for.body83, label %for.end92, !llvm.loop !17

for.end92:                                        ; preds = %for.body83
  %22 = load i32, ptr %arrayidx80, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %bp) #3
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %cost) #3
  ret i32 %22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
