; ModuleID = 'kernels/particles.c'
source_filename = "kernels/particles.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.particle = type { float, float, i32 }

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @particles(%struct.particle* nocapture noundef %0, i32 noundef %1, float noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %27

5:                                                ; preds = %3
  %6 = icmp ult i32 %1, 256
  %7 = select i1 %6, i32 %1, i32 256
  %8 = zext i32 %7 to i64
  br label %9

9:                                                ; preds = %5, %24
  %10 = phi i64 [ 0, %5 ], [ %25, %24 ]
  %11 = getelementptr inbounds %struct.particle, %struct.particle* %0, i64 %10, i32 1
  %12 = load float, float* %11, align 4, !tbaa !5
  %13 = tail call float @llvm.fmuladd.f32(float %2, float 0xC0239EB860000000, float %12)
  store float %13, float* %11, align 4, !tbaa !5
  %14 = getelementptr inbounds %struct.particle, %struct.particle* %0, i64 %10, i32 0
  %15 = load float, float* %14, align 4, !tbaa !11
  %16 = tail call float @llvm.fmuladd.f32(float %13, float %2, float %15)
  store float %16, float* %14, align 4, !tbaa !11
  %17 = fcmp olt float %16, 0.000000e+00
  br i1 %17, label %18, label %24

18:                                               ; preds = %9
  %19 = fneg float %16
  store float %19, float* %14, align 4, !tbaa !11
  %20 = fmul float %13, 0xBFECCCCCC0000000
  store float %20, float* %11, align 4, !tbaa !5
  %21 = getelementptr inbounds %struct.particle, %struct.particle* %0, i64 %10, i32 2
  %22 = load i32, i32* %21, align 4, !tbaa !12
  %23 = add i32 %22, 1
  store i32 %23, i32* %21, align 4, !tbaa !12
  br label %24

24:                                               ; preds = %9, %18
  %25 = add nuw nsw i64 %10, 1
  %26 = icmp eq i64 %25, %8
  br i1 %26, label %27, label %9, !llvm.loop !13

27:                                               ; preds = %24, %3
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
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
