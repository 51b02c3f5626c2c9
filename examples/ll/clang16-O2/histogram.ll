; ModuleID = 'kernels/histogram.c'
source_filename = "kernels/histogram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @histogram(ptr nocapture noundef readonly %img, ptr nocapture noundef %bins, i32 noundef %n) local_unnamed_addr #0 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %bins, i8 0, i64 64, i1 false), !tbaa !5
  %cmp343 = icmp sgt i32 %n, 0
  br i1 %cmp343, label %for.body4.preheader, label %for.body16.preheader

for.body4.preheader:                              ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body4

for.body4:                                        ; preds = %for.body4.preheader, %for.body4
  %indvars.iv = phi i64 [ 0, %for.body4.preheader ], [ %indvars.iv.next, %for.body4 ]
  %arrayidx6 = getelementptr inbounds i8, ptr %img, i64 %indvars.iv
  %0 = load i8, ptr %arrayidx6, align 1, !tbaa !9
  %1 = lshr i8 %0, 4
  %idxprom7 = zext i8 %1 to i64
  %arrayidx8 = getelementptr inbounds i32, ptr %bins, i64 %idxprom7
  %2 = load i32, ptr %arrayidx8, align 4, !tbaa !5
  %inc9 = add i32 %2, 1
  store i32 %inc9, ptr %arrayidx8, align 4, !tbaa !5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.body16.preheader, label %for.body4, !llvm.loop !10

for.body16.preheader:                             ; preds = %for.body4, %entry
  br label %for.body16

for.body16:                                       ; preds = %for.body16.preheader, %for.body16
  %indvars.iv49 = phi i64 [ %indvars.iv.next50, %for.body16 ], [ 1, %for.body16.preheader ]
  %best.046 = phi i32 [ %spec.select, %for.body16 ], [ 0, %for.body16.preheader ]
  %arrayidx18 = getelementptr inbounds i32, ptr %bins, i64 %indvars.iv49
  %3 = load i32, ptr %arrayidx18, align 4, !tbaa !5
  %idxprom19 = sext i32 %best.046 to i64
  %arrayidx20 = getelementptr inbounds i32, ptr %bins, i64 %idxprom19
  %4 = load i32, ptr %arrayidx20, align 4, !tbaa !5
  %cmp21 = icmp ugt i32 %3, %4
  %5 = trunc i64 %indvars.iv49 to i32
  %spec.select = select i1 %cmp21, i32 %5, i32 %best.046
  %indvars.iv.next50 = add nuw nsw i64 %indvars.iv49, 1
  %exitcond52.not = icmp eq i64 %indvars.iv.next50, 16
  br i1 %exitcond52.not, label %for.end27, label %for.body16, !llvm.loop !12

for.end27:                                        ; preds = %for.body16
  ret i32 %spec.select
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !11}
