; ModuleID = 'kernels/bubble_sort.c'
source_filename = "kernels/bubble_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @bubble_sort(ptr nocapture noundef %a, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 64)
  %sub = add i32 %spec.store.select, -1
  %cmp154 = icmp sgt i32 %spec.store.select, 1
  br i1 %cmp154, label %for.cond2.preheader, label %for.end27

for.cond:                                         ; preds = %for.end
  %inc26 = add nuw nsw i32 %i.055, 1
  %indvars.iv.next61 = add i32 %indvars.iv60, -1
  %exitcond62.not = icmp eq i32 %inc26, %sub
  br i1 %exitcond62.not, label %for.end27, label %for.cond2.preheader, !llvm.loop !5

for.cond2.preheader:                              ; preds = %entry, %for.cond
  %indvars.iv60 = phi i32 [ %indvars.iv.next61, %for.cond ], [ %sub, %entry ]
  %swaps.056 = phi i32 [ %swaps.2, %for.cond ], [ 0, %entry ]
  %i.055 = phi i32 [ %inc26, %for.cond ], [ 0, %entry ]
  %cmp549 = icmp sgt i32 %sub, %i.055
  br i1 %cmp549, label %for.body6.preheader, label %for.end27

for.body6.preheader:                              ; preds = %for.cond2.preheader
  %wide.trip.count = zext i32 %indvars.iv60 to i64
  %.pre = load i32, ptr %a, align 4, !tbaa !7
  br label %for.body6

for.body6:                                        ; preds = %for.body6.preheader, %for.inc
  %0 = phi i32 [ %.pre, %for.body6.preheader ], [ %2, %for.inc ]
  %indvars.iv = phi i64 [ 0, %for.body6.preheader ], [ %indvars.iv.next, %for.inc ]
  %swapped.052 = phi i32 [ 0, %for.body6.preheader ], [ %swapped.1, %for.inc ]
  %swaps.151 = phi i32 [ %swaps.056, %for.body6.preheader ], [ %swaps.2, %for.inc ]
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %arrayidx8 = getelementptr inbounds i32, ptr %a, i64 %indvars.iv.next
  %1 = load i32, ptr %arrayidx8, align 4, !tbaa !7
  %cmp9 = icmp sgt i32 %0, %1
  br i1 %cmp9, label %if.then10, label %for.inc

if.then10:                                        ; preds = %for.body6
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %indvars.iv
  store i32 %1, ptr %arrayidx, align 4, !tbaa !7
  store i32 %0, ptr %arrayidx8, align 4, !tbaa !7
  %inc = add nsw i32 %swaps.151, 1
  br label %for.inc

for.inc:                                          ; preds = %for.body6, %if.then10
  %2 = phi i32 [ %0, %if.then10 ], [ %1, %for.body6 ]
  %swaps.2 = phi i32 [ %inc, %if.then10 ], [ %swaps.151, %for.body6 ]
  %swapped.1 = phi i32 [ 1, %if.then10 ], [ %swapped.052, %for.body6 ]
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body6, !llvm.loop !11

for.end:                                          ; preds = %for.inc
  %tobool.not = icmp eq i32 %swapped.1, 0
  br i1 %tobool.not, label %for.end27, label %for.cond

for.end27:                                        ; preds = %for.cond2.preheader, %for.cond, %for.end, %entry
  %swaps.3 = phi i32 [ 0, %entry ], [ %swaps.056, %for.cond2.preheader ], [ %swaps.2, %for.cond ], [ %swaps.2, %for.end ]
  ret i32 %swaps.3
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !6}
