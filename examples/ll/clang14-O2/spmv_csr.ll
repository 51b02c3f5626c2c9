; ModuleID = 'kernels/spmv_csr.c'
source_filename = "kernels/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @spmv_csr(float* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32* nocapture noundef readonly %2, float* nocapture noundef readonly %3, float* nocapture noundef writeonly %4) local_unnamed_addr #0 {
  %6 = load i32, i32* %2, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %5, %35
  %8 = phi i32 [ %6, %5 ], [ %12, %35 ]
  %9 = phi i64 [ 0, %5 ], [ %10, %35 ]
  %10 = add nuw nsw i64 %9, 1
  %11 = getelementptr inbounds i32, i32* %2, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp ult i32 %8, 64
  %14 = select i1 %13, i32 %8, i32 64
  %15 = icmp ult i32 %12, 64
  %16 = select i1 %15, i32 %12, i32 64
  %17 = icmp ult i32 %14, %16
  br i1 %17, label %18, label %35

18:                                               ; preds = %7
  %19 = zext i32 %14 to i64
  %20 = zext i32 %16 to i64
  br label %21

21:                                               ; preds = %18, %21
  %22 = phi i64 [ %19, %18 ], [ %33, %21 ]
  %23 = phi float [ 0.000000e+00, %18 ], [ %32, %21 ]
  %24 = getelementptr inbounds float, float* %0, i64 %22
  %25 = load float, float* %24, align 4, !tbaa !9
  %26 = getelementptr inbounds i32, i32* %1, i64 %22
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = and i32 %27, 15
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds float, float* %3, i64 %29
  %31 = load float, float* %30, align 4, !tbaa !9
  %32 = tail call float @llvm.fmuladd.f32(float %25, float %31, float %23)
  %33 = add nuw nsw i64 %22, 1
  %34 = icmp eq i64 %33, %20
  br i1 %34, label %35, label %21, !llvm.loop !11

35:                                               ; preds = %21, %7
  %36 = phi float [ 0.000000e+00, %7 ], [ %32, %21 ]
  %37 = getelementptr inbounds float, float* %4, i64 %9
  store float %36, float* %37, align 4, !tbaa !9
  %38 = icmp eq i64 %10, 16
  br i1 %38, label %39, label %7, !llvm.loop !13

39:                                               ; preds = %35
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !12}
