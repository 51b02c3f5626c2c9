; ModuleID = 'kernels/spmv_ell.c'
source_filename = "kernels/spmv_ell.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @spmv_ell(float* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, float* nocapture noundef readonly %2, float* nocapture noundef writeonly %3) local_unnamed_addr #0 {
  br label %5

5:                                                ; preds = %4, %23
  %6 = phi i64 [ 0, %4 ], [ %25, %23 ]
  %7 = shl nsw i64 %6, 2
  br label %8

8:                                                ; preds = %5, %8
  %9 = phi i64 [ 0, %5 ], [ %21, %8 ]
  %10 = phi float [ 0.000000e+00, %5 ], [ %20, %8 ]
  %11 = add nuw nsw i64 %9, %7
  %12 = getelementptr inbounds float, float* %0, i64 %11
  %13 = load float, float* %12, align 4, !tbaa !5
  %14 = getelementptr inbounds i32, i32* %1, i64 %11
  %15 = load i32, i32* %14, align 4, !tbaa !9
  %16 = and i32 %15, 15
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds float, float* %2, i64 %17
  %19 = load float, float* %18, align 4, !tbaa !5
  %20 = tail call float @llvm.fmuladd.f32(float %13, float %19, float %10)
  %21 = add nuw nsw i64 %9, 1
  %22 = icmp eq i64 %21, 4
  br i1 %22, label %23, label %8, !llvm.loop !11

23:                                               ; preds = %8
  %24 = getelementptr inbounds float, float* %3, i64 %6
  store float %20, float* %24, align 4, !tbaa !5
  %25 = add nuw nsw i64 %6, 1
  %26 = icmp eq i64 %25, 16
  br i1 %26, label %27, label %5, !llvm.loop !13

27:                                               ; preds = %23
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
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !12}
