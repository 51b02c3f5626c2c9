; ModuleID = 'kernels/normalize.c'
source_filename = "kernels/normalize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nounwind memory(write, argmem: readwrite) uwtable
define dso_local float @normalize(ptr nocapture noundef readonly %x, ptr nocapture noundef writeonly %y, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 256)
  %cmp137 = icmp sgt i32 %n, 0
  br i1 %cmp137, label %for.body.preheader, label %for.end19

for.body.preheader:                               ; preds = %entry
  %smax = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1)
  %wide.trip.count = zext i32 %smax to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %ss.038 = phi float [ 0.000000e+00, %for.body.preheader ], [ %1, %for.body ]
  %arrayidx = getelementptr inbounds float, ptr %x, i64 %indvars.iv
  %0 = load float, ptr %arrayidx, align 4, !tbaa !5
  %1 = tail call float @llvm.fmuladd.f32(float %0, float %0, float %ss.038)
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !9

for.end:                                          ; preds = %for.body
  %call = tail call float @sqrtf(float noundef %1) #4
  br i1 %cmp137, label %for.body6.lr.ph, label %for.end19

for.body6.lr.ph:                                  ; preds = %for.end
  %cmp7 = fcmp ogt float %call, 0.000000e+00
  %smax48 = tail call i32 @llvm.smax.i32(i32 %spec.store.select, i32 1)
  %wide.trip.count49 = zext i32 %smax48 to i64
  br label %for.body6

for.body6:                                        ; preds = %for.body6.lr.ph, %cond.end
  %indvars.iv45 = phi i64 [ 0, %for.body6.lr.ph ], [ %indvars.iv.next46, %cond.end ]
  %peak.041 = phi float [ 0.000000e+00, %for.body6.lr.ph ], [ %peak.1, %cond.end ]
  br i1 %cmp7, label %cond.true, label %cond.end

cond.true:                                        ; preds = %for.body6
  %arrayidx9 = getelementptr inbounds float, ptr %x, i64 %indvars.iv45
  %2 = load float, ptr %arrayidx9, align 4, !tbaa !5
  %div = fdiv float %2, %call
  br label %cond.end

cond.end:                                         ; preds = %for.body6, %cond.true
  %cond = phi float [ %div, %cond.true ], [ 0.000000e+00, %for.body6 ]
  %arrayidx11 = getelementptr inbounds float, ptr %y, i64 %indvars.iv45
  store float %cond, ptr %arrayidx11, align 4, !tbaa !5
  %3 = tail call float @llvm.fabs.f32(float %cond)
  %cmp14 = fcmp ogt float %3, %peak.041
  %peak.1 = select i1 %cmp14, float %3, float %peak.041
  %indvars.iv.next46 = add nuw nsw i64 %indvars.iv45, 1
  %exitcond50.not = icmp eq i64 %indvars.iv.next46, %wide.trip.count49
  br i1 %exitcond50.not, label %for.end19, label %for.body6, !llvm.loop !11

for.end19:                                        ; preds = %cond.end, %entry, %for.end
  %peak.0.lcssa = phi float [ 0.000000e+00, %for.end ], [ 0.000000e+00, %entry ], [ %peak.1, %cond.end ]
  ret float %peak.0.lcssa
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @sqrtf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind memory(write, argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

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
