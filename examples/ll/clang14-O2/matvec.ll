; ModuleID = 'kernels/matvec.c'
source_filename = "kernels/matvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @matvec(float* nocapture noundef readonly %0, float* nocapture noundef readonly %1, float* nocapture noundef readonly %2, float* nocapture noundef writeonly %3) local_unnamed_addr #0 {
  br label %5

5:                                                ; preds = %4, %21
  %6 = phi i64 [ 0, %4 ], [ %23, %21 ]
  %7 = getelementptr inbounds float, float* %2, i64 %6
  %8 = load float, float* %7, align 4, !tbaa !5
  %9 = shl nsw i64 %6, 5
  br label %10

10:                                               ; preds = %5, %10
  %11 = phi i64 [ 0, %5 ], [ %19, %10 ]
  %12 = phi float [ %8, %5 ], [ %18, %10 ]
  %13 = add nuw nsw i64 %11, %9
  %14 = getelementptr inbounds float, float* %0, i64 %13
  %15 = load float, float* %14, align 4, !tbaa !5
  %16 = getelementptr inbounds float, float* %1, i64 %11
  %17 = load float, float* %16, align 4, !tbaa !5
  %18 = tail call float @llvm.fmuladd.f32(float %15, float %17, float %12)
  %19 = add nuw nsw i64 %11, 1
  %20 = icmp eq i64 %19, 32
  br i1 %20, label %21, label %10, !llvm.loop !9

21:                                               ; preds = %10
  %22 = getelementptr inbounds float, float* %3, i64 %6
  store float %18, float* %22, align 4, !tbaa !5
  %23 = add nuw nsw i64 %6, 1
  %24 = icmp eq i64 %23, 16
  br i1 %24, label %25, label %5, !llvm.loop !11

25:                                               ; preds = %21
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
