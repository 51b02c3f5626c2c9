; ModuleID = 'kernels/insertion_sort.c'
source_filename = "kernels/insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @insertion_sort(float* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp slt i32 %1, 128
  %4 = select i1 %3, i32 %1, i32 128
  %5 = icmp sgt i32 %4, 1
  br i1 %5, label %6, label %29

6:                                                ; preds = %2
  %7 = zext i32 %4 to i64
  br label %8

8:                                                ; preds = %6, %22
  %9 = phi i64 [ 1, %6 ], [ %27, %22 ]
  %10 = getelementptr inbounds float, float* %0, i64 %9
  %11 = load float, float* %10, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %8, %19
  %13 = phi i64 [ %9, %8 ], [ %14, %19 ]
  %14 = add nsw i64 %13, -1
  %15 = and i64 %14, 4294967295
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = load float, float* %16, align 4, !tbaa !5
  %18 = fcmp ogt float %17, %11
  br i1 %18, label %19, label %22

19:                                               ; preds = %12
  %20 = getelementptr inbounds float, float* %0, i64 %13
  store float %17, float* %20, align 4, !tbaa !5
  %21 = icmp sgt i64 %13, 1
  br i1 %21, label %12, label %22, !llvm.loop !9

22:                                               ; preds = %19, %12
  %23 = phi i64 [ 0, %19 ], [ %13, %12 ]
  %24 = shl i64 %23, 32
  %25 = ashr exact i64 %24, 32
  %26 = getelementptr inbounds float, float* %0, i64 %25
  store float %11, float* %26, align 4, !tbaa !5
  %27 = add nuw nsw i64 %9, 1
  %28 = icmp eq i64 %27, %7
  br i1 %28, label %29, label %8, !llvm.loop !11

29:                                               ; preds = %22, %2
  ret void
}

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
