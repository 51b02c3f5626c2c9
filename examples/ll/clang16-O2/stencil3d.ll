; ModuleID = 'kernels/stencil3d.c'
source_filename = "kernels/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @stencil3d(ptr nocapture noundef readonly %in, ptr nocapture noundef writeonly %out, i32 noundef %c0, i32 noundef %c1) local_unnamed_addr #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.inc89
  %indvars.iv177 = phi i64 [ 0, %entry ], [ %indvars.iv.next178, %for.inc89 ]
  %cmp7 = icmp eq i64 %indvars.iv177, 0
  %cmp12 = icmp eq i64 %indvars.iv177, 7
  %0 = shl i64 %indvars.iv177, 3
  br label %for.cond4.preheader

for.cond4.preheader:                              ; preds = %for.cond1.preheader, %for.inc86
  %indvars.iv157 = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next158, %for.inc86 ]
  %cmp8 = icmp eq i64 %indvars.iv157, 0
  %or.cond = select i1 %cmp7, i1 true, i1 %cmp8
  %cmp14 = icmp eq i64 %indvars.iv157, 7
  %1 = add nuw nsw i64 %indvars.iv157, %0
  %2 = shl i64 %1, 3
  %3 = add nsw i64 %2, -64
  %4 = add nuw nsw i64 %2, 64
  %5 = add nsw i64 %2, -8
  %6 = add nuw nsw i64 %2, 8
  br label %for.body6

for.body6:                                        ; preds = %for.cond4.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.cond4.preheader ], [ %indvars.iv.next, %for.inc ]
  %cmp10 = icmp eq i64 %indvars.iv, 0
  %or.cond92 = select i1 %or.cond, i1 true, i1 %cmp10
  %or.cond93 = select i1 %or.cond92, i1 true, i1 %cmp12
  %or.cond94 = select i1 %or.cond93, i1 true, i1 %cmp14
  %cmp16 = icmp eq i64 %indvars.iv, 7
  %or.cond95 = select i1 %or.cond94, i1 true, i1 %cmp16
  br i1 %or.cond95, label %if.then, label %if.else

if.then:                                          ; preds = %for.body6
  %7 = add nuw nsw i64 %indvars.iv, %2
  %arrayidx = getelementptr inbounds i32, ptr %in, i64 %7
  %8 = load i32, ptr %arrayidx, align 4, !tbaa !5
  br label %for.inc

if.else:                                          ; preds = %for.body6
  %9 = add nuw nsw i64 %indvars.iv, %3
  %arrayidx30 = getelementptr inbounds i32, ptr %in, i64 %9
  %10 = load i32, ptr %arrayidx30, align 4, !tbaa !5
  %11 = add nuw nsw i64 %indvars.iv, %4
  %arrayidx37 = getelementptr inbounds i32, ptr %in, i64 %11
  %12 = load i32, ptr %arrayidx37, align 4, !tbaa !5
  %add38 = add nsw i32 %12, %10
  %13 = add nuw nsw i64 %indvars.iv, %5
  %arrayidx45 = getelementptr inbounds i32, ptr %in, i64 %13
  %14 = load i32, ptr %arrayidx45, align 4, !tbaa !5
  %add46 = add nsw i32 %add38, %14
  %15 = add nuw nsw i64 %indvars.iv, %6
  %arrayidx53 = getelementptr inbounds i32, ptr %in, i64 %15
  %16 = load i32, ptr %arrayidx53, align 4, !tbaa !5
  %add54 = add nsw i32 %add46, %16
  %17 = add nuw nsw i64 %indvars.iv, %2
  %18 = add nsw i64 %17, -1
  %arrayidx61 = getelementptr inbounds i32, ptr %in, i64 %18
  %19 = load i32, ptr %arrayidx61, align 4, !tbaa !5
  %add62 = add nsw i32 %add54, %19
  %20 = add nuw nsw i64 %17, 1
  %arrayidx69 = getelementptr inbounds i32, ptr %in, i64 %20
  %21 = load i32, ptr %arrayidx69, align 4, !tbaa !5
  %add70 = add nsw i32 %add62, %21
  %arrayidx76 = getelementptr inbounds i32, ptr %in, i64 %17
  %22 = load i32, ptr %arrayidx76, align 4, !tbaa !5
  %mul77 = mul nsw i32 %22, %c0
  %mul78 = mul nsw i32 %add70, %c1
  %add79 = add nsw i32 %mul77, %mul78
  br label %for.inc

for.inc:                                          ; preds = %if.then, %if.else
  %.sink183 = phi i64 [ %7, %if.then ], [ %17, %if.else ]
  %.sink = phi i32 [ %8, %if.then ], [ %add79, %if.else ]
  %arrayidx24 = getelementptr inbounds i32, ptr %out, i64 %.sink183
  store i32 %.sink, ptr %arrayidx24, align 4, !tbaa !5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 8
  br i1 %exitcond.not, label %for.inc86, label %for.body6, !llvm.loop !9

for.inc86:                                        ; preds = %for.inc
  %indvars.iv.next158 = add nuw nsw i64 %indvars.iv157, 1
  %exitcond176.not = icmp eq i64 %indvars.iv.next158, 8
  br i1 %exitcond176.not, label %for.inc89, label %for.cond4.preheader, !llvm.loop !11

for.inc89:                                        ; preds = %for.inc86
  %indvars.iv.next178 = add nuw nsw i64 %indvars.iv177, 1
  %exitcond182.not = icmp eq i64 %indvars.iv.next178, 8
  br i1 %exitcond182.not, label %for.end91, label %for.cond1.preheader, !llvm.loop !12

for.end91:                                        ; preds = %for.inc89
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
