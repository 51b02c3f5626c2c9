; ModuleID = 'kernels/insertion_sort.c'
source_filename = "kernels/insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @insertion_sort(ptr nocapture noundef %a, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 128)
  %cmp130 = icmp sgt i32 %spec.store.select, 1
  br i1 %cmp130, label %for.body.preheader, label %for.end

for.body.preheader:                               ; preds = %entry
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %while.end
  %indvars.iv = phi i64 [ 1, %for.body.preheader ], [ %indvars.iv.next, %while.end ]
  %arrayidx = getelementptr inbounds float, ptr %a, i64 %indvars.iv
  %0 = load float, ptr %arrayidx, align 4, !tbaa !5
  br label %land.rhs

land.rhs:                                         ; preds = %for.body, %while.body
  %indvars.iv32 = phi i64 [ %indvars.iv, %for.body ], [ %indvars.iv.next33, %while.body ]
  %indvars.iv.next33 = add nsw i64 %indvars.iv32, -1
  %idxprom3 = and i64 %indvars.iv.next33, 4294967295
  %arrayidx4 = getelementptr inbounds float, ptr %a, i64 %idxprom3
  %1 = load float, ptr %arrayidx4, align 4, !tbaa !5
  %cmp5 = fcmp ogt float %1, %0
  br i1 %cmp5, label %while.body, label %while.end

while.body:                                       ; preds = %land.rhs
  %arrayidx9 = getelementptr inbounds float, ptr %a, i64 %indvars.iv32
  store float %1, ptr %arrayidx9, align 4, !tbaa !5
  %2 = icmp sgt i64 %indvars.iv32, 1
  br i1 %2, label %land.rhs, label %while.end, !llvm.loop !9

while.end:                                        ; preds = %while.body, %land.rhs
  %j.0.in.lcssa = phi i64 [ 0, %while.body ], [ %indvars.iv32, %land.rhs ]
  %sext = shl i64 %j.0.in.lcssa, 32
  %idxprom11 = ashr exact i64 %sext, 32
  %arrayidx12 = getelementptr inbounds float, ptr %a, i64 %idxprom11
  store float %0, ptr %arrayidx12, align 4, !tbaa !5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !11

for.end:                                          ; preds = %while.end, %entry
  ret void
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
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
