; ModuleID = 'kernels/gemm_f.c'
source_filename = "kernels/gemm_f.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @gemm_f(float* nocapture noundef readonly %0, float* nocapture noundef readonly %1, float* nocapture noundef %2, float noundef %3, float noundef %4) local_unnamed_addr #0 {
  br label %6

6:                                                ; preds = %5, %32
  %7 = phi i64 [ 0, %5 ], [ %33, %32 ]
  %8 = shl nsw i64 %7, 4
  br label %9

9:                                                ; preds = %6, %24
  %10 = phi i64 [ 0, %6 ], [ %30, %24 ]
  br label %11

11:                                               ; preds = %9, %11
  %12 = phi i64 [ 0, %9 ], [ %22, %11 ]
  %13 = phi float [ 0.000000e+00, %9 ], [ %21, %11 ]
  %14 = add nuw nsw i64 %12, %8
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = load float, float* %15, align 4, !tbaa !5
  %17 = shl nuw nsw i64 %12, 4
  %18 = add nuw nsw i64 %17, %10
  %19 = getelementptr inbounds float, float* %1, i64 %18
  %20 = load float, float* %19, align 4, !tbaa !5
  %21 = tail call float @llvm.fmuladd.f32(float %16, float %20, float %13)
  %22 = add nuw nsw i64 %12, 1
  %23 = icmp eq i64 %22, 16
  br i1 %23, label %24, label %11, !llvm.loop !9

24:                                               ; preds = %11
  %25 = add nuw nsw i64 %10, %8
  %26 = getelementptr inbounds float, float* %2, i64 %25
  %27 = load float, float* %26, align 4, !tbaa !5
  %28 = fmul float %27, %4
  %29 = tail call float @llvm.fmuladd.f32(float %3, float %21, float %28)
  store float %29, float* %26, align 4, !tbaa !5
  %30 = add nuw nsw i64 %10, 1
  %31 = icmp eq i64 %30, 16
  br i1 %31, label %32, label %9, !llvm.loop !11

32:                                               ; preds = %24
  %33 = add nuw nsw i64 %7, 1
  %34 = icmp eq i64 %33, 16
  br i1 %34, label %35, label %6, !llvm.loop !12

35:                                               ; preds = %32
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
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
