; ModuleID = 'kernels/bfs.c'
source_filename = "kernels/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @bfs(ptr nocapture noundef readonly %row_ptr, ptr nocapture noundef readonly %cols, i32 noundef %src, ptr nocapture noundef %level) local_unnamed_addr #0 {
entry:
  %queue = alloca [16 x i32], align 16
  %visited = alloca [16 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %queue) #4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %visited) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %visited, i8 0, i64 64, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %level, i8 -1, i64 64, i1 false), !tbaa !5
  %and = and i32 %src, 15
  %idxprom3 = zext i32 %and to i64
  %arrayidx4 = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom3
  store i32 1, ptr %arrayidx4, align 4, !tbaa !5
  %arrayidx6 = getelementptr inbounds i32, ptr %level, i64 %idxprom3
  store i32 0, ptr %arrayidx6, align 4, !tbaa !5
  store i32 %and, ptr %queue, align 16, !tbaa !5
  br label %while.body

while.cond.loopexit:                              ; preds = %if.end, %while.body
  %tail.1.lcssa = phi i32 [ %tail.066, %while.body ], [ %tail.2, %if.end ]
  %0 = sext i32 %tail.1.lcssa to i64
  %cmp10 = icmp slt i64 %indvars.iv.next71, %0
  br i1 %cmp10, label %while.body, label %while.end, !llvm.loop !9

while.body:                                       ; preds = %entry, %while.cond.loopexit
  %indvars.iv70 = phi i64 [ 0, %entry ], [ %indvars.iv.next71, %while.cond.loopexit ]
  %tail.066 = phi i32 [ 1, %entry ], [ %tail.1.lcssa, %while.cond.loopexit ]
  %indvars.iv.next71 = add nuw nsw i64 %indvars.iv70, 1
  %arrayidx13 = getelementptr inbounds [16 x i32], ptr %queue, i64 0, i64 %indvars.iv70
  %1 = load i32, ptr %arrayidx13, align 4, !tbaa !5
  %idxprom14 = sext i32 %1 to i64
  %arrayidx15 = getelementptr inbounds i32, ptr %row_ptr, i64 %idxprom14
  %2 = load i32, ptr %arrayidx15, align 4, !tbaa !5
  %cond.i = tail call i32 @llvm.umin.i32(i32 %2, i32 64)
  %add = add nsw i32 %1, 1
  %idxprom16 = sext i32 %add to i64
  %arrayidx17 = getelementptr inbounds i32, ptr %row_ptr, i64 %idxprom16
  %3 = load i32, ptr %arrayidx17, align 4, !tbaa !5
  %cond.i61 = tail call i32 @llvm.umin.i32(i32 %3, i32 64)
  %cmp2063 = icmp ult i32 %cond.i, %cond.i61
  br i1 %cmp2063, label %for.body21.lr.ph, label %while.cond.loopexit

for.body21.lr.ph:                                 ; preds = %while.body
  %arrayidx30 = getelementptr inbounds i32, ptr %level, i64 %idxprom14
  %4 = zext i32 %cond.i to i64
  %wide.trip.count = zext i32 %cond.i61 to i64
  br label %for.body21

for.body21:                                       ; preds = %for.body21.lr.ph, %if.end
  %indvars.iv = phi i64 [ %4, %for.body21.lr.ph ], [ %indvars.iv.next, %if.end ]
  %tail.164 = phi i32 [ %tail.066, %for.body21.lr.ph ], [ %tail.2, %if.end ]
  %arrayidx23 = getelementptr inbounds i32, ptr %cols, i64 %indvars.iv
  %5 = load i32, ptr %arrayidx23, align 4, !tbaa !5
  %and24 = and i32 %5, 15
  %idxprom25 = zext i32 %and24 to i64
  %arrayidx26 = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom25
  %6 = load i32, ptr %arrayidx26, align 4, !tbaa !5
  %tobool.not = icmp eq i32 %6, 0
  br i1 %tobool.not, label %if.then, label %if.end

if.then:                                          ; preds = %for.body21
  store i32 1, ptr %arrayidx26, align 4, !tbaa !5
  %7 = load i32, ptr %arrayidx30, align 4, !tbaa !5
  %add31 = add nsw i32 %7, 1
  %arrayidx33 = getelementptr inbounds i32, ptr %level, i64 %idxprom25
  store i32 %add31, ptr %arrayidx33, align 4, !tbaa !5
  %inc34 = add nsw i32 %tail.164, 1
  %idxprom35 = sext i32 %tail.164 to i64
  %arrayidx36 = getelementptr inbounds [16 x i32], ptr %queue, i64 0, i64 %idxprom35
  store i32 %and24, ptr %arrayidx36, align 4, !tbaa !5
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body21
  %tail.2 = phi i32 [ %tail.164, %for.body21 ], [ %inc34, %if.then ]
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %while.cond.loopexit, label %for.body21, !llvm.loop !11

while.end:                                        ; preds = %while.cond.loopexit
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %visited) #4
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %queue) #4
  ret i32 %tail.1.lcssa
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }

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
