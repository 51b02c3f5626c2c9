; ModuleID = 'kernels/stencil2d.c'
source_filename = "kernels/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @stencil2d([32 x float]* nocapture noundef readonly %0, [32 x float]* nocapture noundef writeonly %1) local_unnamed_addr #0 {
  br label %3

3:                                                ; preds = %2, %41
  %4 = phi i64 [ 0, %2 ], [ %8, %41 ]
  %5 = icmp eq i64 %4, 0
  %6 = icmp eq i64 %4, 31
  %7 = add nsw i64 %4, -1
  %8 = add nuw nsw i64 %4, 1
  br label %9

9:                                                ; preds = %3, %36
  %10 = phi i64 [ 0, %3 ], [ %37, %36 ]
  %11 = icmp eq i64 %10, 0
  %12 = select i1 %5, i1 true, i1 %11
  %13 = or i1 %6, %12
  %14 = icmp eq i64 %10, 31
  %15 = select i1 %13, i1 true, i1 %14
  %16 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %4, i64 %10
  %17 = load float, float* %16, align 4, !tbaa !5
  br i1 %15, label %18, label %20

18:                                               ; preds = %9
  %19 = add nuw nsw i64 %10, 1
  br label %36

20:                                               ; preds = %9
  %21 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %7, i64 %10
  %22 = load float, float* %21, align 4, !tbaa !5
  %23 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %8, i64 %10
  %24 = load float, float* %23, align 4, !tbaa !5
  %25 = fadd float %22, %24
  %26 = add nsw i64 %10, -1
  %27 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %4, i64 %26
  %28 = load float, float* %27, align 4, !tbaa !5
  %29 = fadd float %25, %28
  %30 = add nuw nsw i64 %10, 1
  %31 = getelementptr inbounds [32 x float], [32 x float]* %0, i64 %4, i64 %30
  %32 = load float, float* %31, align 4, !tbaa !5
  %33 = fadd float %29, %32
  %34 = fmul float %33, 1.250000e-01
  %35 = tail call float @llvm.fmuladd.f32(float %17, float 5.000000e-01, float %34)
  br label %36

36:                                               ; preds = %18, %20
  %37 = phi i64 [ %19, %18 ], [ %30, %20 ]
  %38 = phi float [ %17, %18 ], [ %35, %20 ]
  %39 = getelementptr inbounds [32 x float], [32 x float]* %1, i64 %4, i64 %10
  store float %38, float* %39, align 4
  %40 = icmp eq i64 %37, 32
  br i1 %40, label %41, label %9, !llvm.loop !9

41:                                               ; preds = %36
  %42 = icmp eq i64 %8, 32
  br i1 %42, label %43, label %3, !llvm.loop !11

43:                                               ; preds = %41
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
