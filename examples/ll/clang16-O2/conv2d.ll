; ModuleID = 'kernels/conv2d.c'
source_filename = "kernels/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @conv2d(ptr nocapture noundef readonly %in, ptr nocapture noundef readonly %kern, ptr nocapture noundef writeonly %out) local_unnamed_addr #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.inc39
  %indvars.iv82 = phi i64 [ 0, %entry ], [ %indvars.iv.next83, %for.inc39 ]
  %cmp4 = icmp eq i64 %indvars.iv82, 0
  %cmp7 = icmp eq i64 %indvars.iv82, 15
  %0 = add nsw i64 %indvars.iv82, -1
  br label %for.body3

for.body3:                                        ; preds = %for.cond1.preheader, %cleanup
  %indvars.iv77 = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next78, %cleanup ]
  %cmp5 = icmp eq i64 %indvars.iv77, 0
  %or.cond = select i1 %cmp4, i1 true, i1 %cmp5
  %or.cond42 = or i1 %cmp7, %or.cond
  %cmp9 = icmp eq i64 %indvars.iv77, 15
  %or.cond43 = select i1 %or.cond42, i1 true, i1 %cmp9
  br i1 %or.cond43, label %cleanup, label %for.cond12.preheader

for.cond12.preheader:                             ; preds = %for.body3
  %1 = add nsw i64 %indvars.iv77, -1
  br label %for.cond15.preheader

for.cond15.preheader:                             ; preds = %for.cond12.preheader, %for.inc29
  %indvars.iv72 = phi i64 [ 0, %for.cond12.preheader ], [ %indvars.iv.next73, %for.inc29 ]
  %acc.067 = phi i32 [ 0, %for.cond12.preheader ], [ %add28, %for.inc29 ]
  %2 = add nuw nsw i64 %0, %indvars.iv72
  br label %for.body17

for.body17:                                       ; preds = %for.cond15.preheader, %for.body17
  %indvars.iv = phi i64 [ 0, %for.cond15.preheader ], [ %indvars.iv.next, %for.body17 ]
  %acc.165 = phi i32 [ %acc.067, %for.cond15.preheader ], [ %add28, %for.body17 ]
  %3 = add nuw nsw i64 %1, %indvars.iv
  %arrayidx23 = getelementptr inbounds [16 x i32], ptr %in, i64 %2, i64 %3
  %4 = load i32, ptr %arrayidx23, align 4, !tbaa !5
  %arrayidx27 = getelementptr inbounds [3 x i32], ptr %kern, i64 %indvars.iv72, i64 %indvars.iv
  %5 = load i32, ptr %arrayidx27, align 4, !tbaa !5
  %mul = mul nsw i32 %5, %4
  %add28 = add nsw i32 %mul, %acc.165
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 3
  br i1 %exitcond.not, label %for.inc29, label %for.body17, !llvm.loop !9

for.inc29:                                        ; preds = %for.body17
  %indvars.iv.next73 = add nuw nsw i64 %indvars.iv72, 1
  %exitcond76.not = icmp eq i64 %indvars.iv.next73, 3
  br i1 %exitcond76.not, label %cleanup, label %for.cond15.preheader, !llvm.loop !11

cleanup:                                          ; preds = %for.inc29, %for.body3
  %add28.lcssa.lcssa.sink = phi i32 [ 0, %for.body3 ], [ %add28, %for.inc29 ]
  %arrayidx35 = getelementptr inbounds [16 x i32], ptr %out, i64 %indvars.iv82, i64 %indvars.iv77
  store i32 %add28.lcssa.lcssa.sink, ptr %arrayidx35, align 4, !tbaa !5
  %indvars.iv.next78 = add nuw nsw i64 %indvars.iv77, 1
  %exitcond81.not = icmp eq i64 %indvars.iv.next78, 16
  br i1 %exitcond81.not, label %for.inc39, label %for.body3, !llvm.loop !12

for.inc39:                                        ; preds = %cleanup
  %indvars.iv.next83 = add nuw nsw i64 %indvars.iv82, 1
  %exitcond86.not = icmp eq i64 %indvars.iv.next83, 16
  br i1 %exitcond86.not, label %for.end41, label %for.cond1.preheader, !llvm.loop !13

for.end41:                                        ; preds = %for.inc39
  ret void
}

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
