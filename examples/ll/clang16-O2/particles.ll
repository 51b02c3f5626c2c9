; ModuleID = 'kernels/particles.c'
source_filename = "kernels/particles.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.particle = type { float, float, i32 }

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @particles(ptr nocapture noundef %p, i32 noundef %n, float noundef %dt) local_unnamed_addr #0 {
entry:
  %cmp148 = icmp sgt i32 %n, 0
  br i1 %cmp148, label %for.body.preheader, label %for.end

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 256)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.inc ]
  %arrayidx = getelementptr inbounds %struct.particle, ptr %p, i64 %indvars.iv
  %v = getelementptr inbounds %struct.particle, ptr %p, i64 %indvars.iv, i32 1
  %0 = load float, ptr %v, align 4, !tbaa !5
  %1 = tail call float @llvm.fmuladd.f32(float %dt, float 0xC0239EB860000000, float %0)
  store float %1, ptr %v, align 4, !tbaa !5
  %2 = load float, ptr %arrayidx, align 4, !tbaa !11
  %3 = tail call float @llvm.fmuladd.f32(float %1, float %dt, float %2)
  store float %3, ptr %arrayidx, align 4, !tbaa !11
  %cmp10 = fcmp olt float %3, 0.000000e+00
  br i1 %cmp10, label %if.then11, label %for.inc

if.then11:                                        ; preds = %for.body
  %fneg = fneg float %3
  store float %fneg, ptr %arrayidx, align 4, !tbaa !11
  %mul = fmul float %1, 0xBFECCCCCC0000000
  store float %mul, ptr %v, align 4, !tbaa !5
  %bounces = getelementptr inbounds %struct.particle, ptr %p, i64 %indvars.iv, i32 2
  %4 = load i32, ptr %bounces, align 4, !tbaa !12
  %inc = add i32 %4, 1
  store i32 %inc, ptr %bounces, align 4, !tbaa !12
  br label %for.inc

for.inc:                                          ; preds = %for.body, %if.then11
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !13

for.end:                                          ; preds = %for.inc, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{!6, !7, i64 4}
!6 = !{!"particle", !7, i64 0, !7, i64 4, !10, i64 8}
!7 = !{!"float", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"int", !8, i64 0}
!11 = !{!6, !7, i64 0}
!12 = !{!6, !10, i64 8}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
