; ModuleID = 'kernels/merge_sort.c'
source_filename = "kernels/merge_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @merge_sort(ptr nocapture noundef %a, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %tmp = alloca [64 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %tmp) #4
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 64)
  %cmp130 = icmp sgt i32 %spec.store.select, 1
  br i1 %cmp130, label %for.cond2.preheader, label %for.end13

for.cond2.preheader:                              ; preds = %entry, %for.inc11
  %width.031 = phi i32 [ %mul, %for.inc11 ], [ 1, %entry ]
  %sub = sub nsw i32 %spec.store.select, %width.031
  %cmp328 = icmp sgt i32 %sub, 0
  %mul = shl nsw i32 %width.031, 1
  br i1 %cmp328, label %for.body4, label %for.inc11

for.body4:                                        ; preds = %for.cond2.preheader, %for.body4
  %lo.029 = phi i32 [ %add5, %for.body4 ], [ 0, %for.cond2.preheader ]
  %add = add nsw i32 %lo.029, %width.031
  %add5 = add nsw i32 %lo.029, %mul
  %spec.select = tail call i32 @llvm.smin.i32(i32 %add5, i32 %spec.store.select)
  call fastcc void @merge(ptr noundef %a, ptr noundef nonnull %tmp, i32 noundef %lo.029, i32 noundef %add, i32 noundef %spec.select)
  %cmp3 = icmp slt i32 %add5, %sub
  br i1 %cmp3, label %for.body4, label %for.inc11, !llvm.loop !5

for.inc11:                                        ; preds = %for.body4, %for.cond2.preheader
  %cmp1 = icmp sgt i32 %spec.store.select, %mul
  br i1 %cmp1, label %for.cond2.preheader, label %for.end13, !llvm.loop !7

for.end13:                                        ; preds = %for.inc11, %entry
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %tmp) #4
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @merge(ptr nocapture noundef %a, ptr nocapture noundef %tmp, i32 noundef %lo, i32 noundef %mid, i32 noundef %hi) unnamed_addr #2 {
entry:
  %cmp74 = icmp slt i32 %lo, %mid
  %cmp175 = icmp slt i32 %mid, %hi
  %0 = and i1 %cmp74, %cmp175
  br i1 %0, label %while.body.preheader, label %while.cond16.preheader

while.body.preheader:                             ; preds = %entry
  %1 = sext i32 %lo to i64
  br label %while.body

while.cond16.preheader.loopexit:                  ; preds = %while.body
  %2 = trunc i64 %indvars.iv.next to i32
  br label %while.cond16.preheader

while.cond16.preheader:                           ; preds = %while.cond16.preheader.loopexit, %entry
  %i.0.lcssa = phi i32 [ %lo, %entry ], [ %i.1, %while.cond16.preheader.loopexit ]
  %j.0.lcssa = phi i32 [ %mid, %entry ], [ %j.1, %while.cond16.preheader.loopexit ]
  %k.0.lcssa = phi i32 [ %lo, %entry ], [ %2, %while.cond16.preheader.loopexit ]
  %cmp1781 = icmp slt i32 %i.0.lcssa, %mid
  br i1 %cmp1781, label %while.body18.preheader, label %while.cond26.preheader

while.body18.preheader:                           ; preds = %while.cond16.preheader
  %3 = sext i32 %k.0.lcssa to i64
  %4 = sext i32 %i.0.lcssa to i64
  %wide.trip.count = sext i32 %mid to i64
  br label %while.body18

while.body:                                       ; preds = %while.body.preheader, %while.body
  %indvars.iv = phi i64 [ %1, %while.body.preheader ], [ %indvars.iv.next, %while.body ]
  %j.077 = phi i32 [ %mid, %while.body.preheader ], [ %j.1, %while.body ]
  %i.076 = phi i32 [ %lo, %while.body.preheader ], [ %i.1, %while.body ]
  %idxprom = sext i32 %i.076 to i64
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %idxprom
  %5 = load i32, ptr %arrayidx, align 4, !tbaa !8
  %idxprom2 = sext i32 %j.077 to i64
  %arrayidx3 = getelementptr inbounds i32, ptr %a, i64 %idxprom2
  %6 = load i32, ptr %arrayidx3, align 4, !tbaa !8
  %cmp4.not = icmp sle i32 %5, %6
  %.sink = tail call i32 @llvm.smin.i32(i32 %5, i32 %6)
  %inc = zext i1 %cmp4.not to i32
  %i.1 = add nsw i32 %i.076, %inc
  %not.cmp4.not = xor i1 %cmp4.not, true
  %inc10 = zext i1 %not.cmp4.not to i32
  %j.1 = add nsw i32 %j.077, %inc10
  %7 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv
  store i32 %.sink, ptr %7, align 4
  %indvars.iv.next = add i64 %indvars.iv, 1
  %cmp = icmp slt i32 %i.1, %mid
  %cmp1 = icmp slt i32 %j.1, %hi
  %8 = select i1 %cmp, i1 %cmp1, i1 false
  br i1 %8, label %while.body, label %while.cond16.preheader.loopexit, !llvm.loop !12

while.cond26.preheader.loopexit:                  ; preds = %while.body18
  %9 = trunc i64 %indvars.iv.next93 to i32
  br label %while.cond26.preheader

while.cond26.preheader:                           ; preds = %while.cond26.preheader.loopexit, %while.cond16.preheader
  %k.2.lcssa = phi i32 [ %k.0.lcssa, %while.cond16.preheader ], [ %9, %while.cond26.preheader.loopexit ]
  %cmp2785 = icmp slt i32 %j.0.lcssa, %hi
  br i1 %cmp2785, label %while.body28.preheader, label %for.cond.preheader

while.body28.preheader:                           ; preds = %while.cond26.preheader
  %10 = sext i32 %k.2.lcssa to i64
  %11 = sext i32 %j.0.lcssa to i64
  %wide.trip.count107 = sext i32 %hi to i64
  br label %while.body28

while.body18:                                     ; preds = %while.body18.preheader, %while.body18
  %indvars.iv94 = phi i64 [ %4, %while.body18.preheader ], [ %indvars.iv.next95, %while.body18 ]
  %indvars.iv92 = phi i64 [ %3, %while.body18.preheader ], [ %indvars.iv.next93, %while.body18 ]
  %indvars.iv.next95 = add nsw i64 %indvars.iv94, 1
  %arrayidx21 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv94
  %12 = load i32, ptr %arrayidx21, align 4, !tbaa !8
  %indvars.iv.next93 = add nsw i64 %indvars.iv92, 1
  %arrayidx24 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv92
  store i32 %12, ptr %arrayidx24, align 4, !tbaa !8
  %exitcond.not = icmp eq i64 %indvars.iv.next95, %wide.trip.count
  br i1 %exitcond.not, label %while.cond26.preheader.loopexit, label %while.body18, !llvm.loop !13

for.cond.preheader:                               ; preds = %while.body28, %while.cond26.preheader
  %cmp3688 = icmp slt i32 %lo, %hi
  br i1 %cmp3688, label %for.body.preheader, label %for.end

for.body.preheader:                               ; preds = %for.cond.preheader
  %13 = sext i32 %lo to i64
  %wide.trip.count113 = sext i32 %hi to i64
  br label %for.body

while.body28:                                     ; preds = %while.body28.preheader, %while.body28
  %indvars.iv102 = phi i64 [ %11, %while.body28.preheader ], [ %indvars.iv.next103, %while.body28 ]
  %indvars.iv100 = phi i64 [ %10, %while.body28.preheader ], [ %indvars.iv.next101, %while.body28 ]
  %indvars.iv.next103 = add nsw i64 %indvars.iv102, 1
  %arrayidx31 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv102
  %14 = load i32, ptr %arrayidx31, align 4, !tbaa !8
  %indvars.iv.next101 = add nsw i64 %indvars.iv100, 1
  %arrayidx34 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv100
  store i32 %14, ptr %arrayidx34, align 4, !tbaa !8
  %exitcond108.not = icmp eq i64 %indvars.iv.next103, %wide.trip.count107
  br i1 %exitcond108.not, label %for.cond.preheader, label %while.body28, !llvm.loop !14

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv110 = phi i64 [ %13, %for.body.preheader ], [ %indvars.iv.next111, %for.body ]
  %arrayidx38 = getelementptr inbounds i32, ptr %tmp, i64 %indvars.iv110
  %15 = load i32, ptr %arrayidx38, align 4, !tbaa !8
  %arrayidx40 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv110
  store i32 %15, ptr %arrayidx40, align 4, !tbaa !8
  %indvars.iv.next111 = add nsw i64 %indvars.iv110, 1
  %exitcond114.not = icmp eq i64 %indvars.iv.next111, %wide.trip.count113
  br i1 %exitcond114.not, label %for.end, label %for.body, !llvm.loop !15

for.end:                                          ; preds = %for.body, %for.cond.preheader
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = distinct !{!7, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
