; ModuleID = 'kernels/bubble_sort.c'
source_filename = "kernels/bubble_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @bubble_sort(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp slt i32 %1, 64
  %4 = select i1 %3, i32 %1, i32 64
  %5 = add i32 %4, -1
  %6 = icmp sgt i32 %4, 1
  br i1 %6, label %7, label %38

7:                                                ; preds = %2, %32
  %8 = phi i32 [ %37, %32 ], [ %5, %2 ]
  %9 = phi i32 [ %29, %32 ], [ 0, %2 ]
  %10 = phi i32 [ %34, %32 ], [ 0, %2 ]
  %11 = icmp sgt i32 %5, %10
  br i1 %11, label %12, label %38

12:                                               ; preds = %7
  %13 = zext i32 %8 to i64
  %14 = load i32, i32* %0, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %12, %27
  %16 = phi i32 [ %14, %12 ], [ %28, %27 ]
  %17 = phi i64 [ 0, %12 ], [ %20, %27 ]
  %18 = phi i32 [ 0, %12 ], [ %30, %27 ]
  %19 = phi i32 [ %9, %12 ], [ %29, %27 ]
  %20 = add nuw nsw i64 %17, 1
  %21 = getelementptr inbounds i32, i32* %0, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = icmp sgt i32 %16, %22
  br i1 %23, label %24, label %27

24:                                               ; preds = %15
  %25 = getelementptr inbounds i32, i32* %0, i64 %17
  store i32 %22, i32* %25, align 4, !tbaa !5
  store i32 %16, i32* %21, align 4, !tbaa !5
  %26 = add nsw i32 %19, 1
  br label %27

27:                                               ; preds = %15, %24
  %28 = phi i32 [ %16, %24 ], [ %22, %15 ]
  %29 = phi i32 [ %26, %24 ], [ %19, %15 ]
  %30 = phi i32 [ 1, %24 ], [ %18, %15 ]
  %31 = icmp eq i64 %20, %13
  br i1 %31, label %32, label %15, !llvm.loop !9

32:                                               ; preds = %27
  %33 = icmp ne i32 %30, 0
  %34 = add nuw nsw i32 %10, 1
  %35 = icmp sgt i32 %5, %34
  %36 = select i1 %33, i1 %35, i1 false
  %37 = add i32 %8, -1
  br i1 %36, label %7, label %38, !llvm.loop !11

38:                                               ; preds = %7, %32, %2
  %39 = phi i32 [ 0, %2 ], [ %9, %7 ], [ %29, %32 ]
  ret i32 %39
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
