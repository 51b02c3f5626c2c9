; ModuleID = 'kernels/conv2d.c'
source_filename = "kernels/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @conv2d([16 x i32]* nocapture noundef readonly %0, [3 x i32]* nocapture noundef readonly %1, [16 x i32]* nocapture noundef writeonly %2) local_unnamed_addr #0 {
  br label %4

4:                                                ; preds = %3, %42
  %5 = phi i64 [ 0, %3 ], [ %43, %42 ]
  %6 = icmp eq i64 %5, 0
  %7 = icmp eq i64 %5, 15
  %8 = add nsw i64 %5, -1
  br label %9

9:                                                ; preds = %4, %37
  %10 = phi i64 [ 0, %4 ], [ %40, %37 ]
  %11 = icmp eq i64 %10, 0
  %12 = select i1 %6, i1 true, i1 %11
  %13 = or i1 %7, %12
  %14 = icmp eq i64 %10, 15
  %15 = select i1 %13, i1 true, i1 %14
  br i1 %15, label %37, label %16

16:                                               ; preds = %9
  %17 = add nsw i64 %10, -1
  br label %18

18:                                               ; preds = %16, %34
  %19 = phi i64 [ 0, %16 ], [ %35, %34 ]
  %20 = phi i32 [ 0, %16 ], [ %31, %34 ]
  %21 = add nuw nsw i64 %8, %19
  br label %22

22:                                               ; preds = %18, %22
  %23 = phi i64 [ 0, %18 ], [ %32, %22 ]
  %24 = phi i32 [ %20, %18 ], [ %31, %22 ]
  %25 = add nuw nsw i64 %17, %23
  %26 = getelementptr inbounds [16 x i32], [16 x i32]* %0, i64 %21, i64 %25
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 %19, i64 %23
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = mul nsw i32 %29, %27
  %31 = add nsw i32 %30, %24
  %32 = add nuw nsw i64 %23, 1
  %33 = icmp eq i64 %32, 3
  br i1 %33, label %34, label %22, !llvm.loop !9

34:                                               ; preds = %22
  %35 = add nuw nsw i64 %19, 1
  %36 = icmp eq i64 %35, 3
  br i1 %36, label %37, label %18, !llvm.loop !11

37:                                               ; preds = %34, %9
  %38 = phi i32 [ 0, %9 ], [ %31, %34 ]
  %39 = getelementptr inbounds [16 x i32], [16 x i32]* %2, i64 %5, i64 %10
  store i32 %38, i32* %39, align 4, !tbaa !5
  %40 = add nuw nsw i64 %10, 1
  %41 = icmp eq i64 %40, 16
  br i1 %41, label %42, label %9, !llvm.loop !12

42:                                               ; preds = %37
  %43 = add nuw nsw i64 %5, 1
  %44 = icmp eq i64 %43, 16
  br i1 %44, label %45, label %4, !llvm.loop !13

45:                                               ; preds = %42
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
