; ModuleID = 'kernels/normalize.c'
source_filename = "kernels/normalize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nounwind uwtable
define dso_local float @normalize(float* nocapture noundef readonly %0, float* nocapture noundef writeonly %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp slt i32 %2, 256
  %5 = select i1 %4, i32 %2, i32 256
  %6 = icmp sgt i32 %2, 0
  br i1 %6, label %7, label %39

7:                                                ; preds = %3
  %8 = call i32 @llvm.smax.i32(i32 %5, i32 1)
  %9 = zext i32 %8 to i64
  br label %10

10:                                               ; preds = %7, %10
  %11 = phi i64 [ 0, %7 ], [ %16, %10 ]
  %12 = phi float [ 0.000000e+00, %7 ], [ %15, %10 ]
  %13 = getelementptr inbounds float, float* %0, i64 %11
  %14 = load float, float* %13, align 4, !tbaa !5
  %15 = tail call float @llvm.fmuladd.f32(float %14, float %14, float %12)
  %16 = add nuw nsw i64 %11, 1
  %17 = icmp eq i64 %16, %9
  br i1 %17, label %18, label %10, !llvm.loop !9

18:                                               ; preds = %10
  %19 = tail call float @sqrtf(float noundef %15) #4
  br i1 %6, label %20, label %39

20:                                               ; preds = %18
  %21 = fcmp ogt float %19, 0.000000e+00
  %22 = call i32 @llvm.smax.i32(i32 %5, i32 1)
  %23 = zext i32 %22 to i64
  br label %24

24:                                               ; preds = %20, %31
  %25 = phi i64 [ 0, %20 ], [ %37, %31 ]
  %26 = phi float [ 0.000000e+00, %20 ], [ %36, %31 ]
  br i1 %21, label %27, label %31

27:                                               ; preds = %24
  %28 = getelementptr inbounds float, float* %0, i64 %25
  %29 = load float, float* %28, align 4, !tbaa !5
  %30 = fdiv float %29, %19
  br label %31

31:                                               ; preds = %24, %27
  %32 = phi float [ %30, %27 ], [ 0.000000e+00, %24 ]
  %33 = getelementptr inbounds float, float* %1, i64 %25
  store float %32, float* %33, align 4, !tbaa !5
  %34 = tail call float @llvm.fabs.f32(float %32)
  %35 = fcmp ogt float %34, %26
  %36 = select i1 %35, float %34, float %26
  %37 = add nuw nsw i64 %25, 1
  %38 = icmp eq i64 %37, %23
  br i1 %38, label %39, label %24, !llvm.loop !11

39:                                               ; preds = %31, %3, %18
  %40 = phi float [ 0.000000e+00, %18 ], [ 0.000000e+00, %3 ], [ %36, %31 ]
  ret float %40
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare float @sqrtf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { mustprogress nofree nounwind willreturn writeonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nounwind }

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
