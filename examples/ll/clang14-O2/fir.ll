; ModuleID = 'kernels/fir.c'
source_filename = "kernels/fir.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @fir(i16* nocapture noundef readonly %0, i16* nocapture noundef readonly %1, i32* nocapture noundef writeonly %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %3, 0
  br i1 %5, label %6, label %31

6:                                                ; preds = %4
  %7 = icmp ult i32 %3, 512
  %8 = select i1 %7, i32 %3, i32 512
  %9 = zext i32 %8 to i64
  br label %10

10:                                               ; preds = %6, %27
  %11 = phi i64 [ 0, %6 ], [ %29, %27 ]
  br label %12

12:                                               ; preds = %10, %12
  %13 = phi i64 [ 0, %10 ], [ %25, %12 ]
  %14 = phi i32 [ 0, %10 ], [ %24, %12 ]
  %15 = add nuw nsw i64 %13, %11
  %16 = getelementptr inbounds i16, i16* %0, i64 %15
  %17 = load i16, i16* %16, align 2, !tbaa !5
  %18 = sext i16 %17 to i32
  %19 = getelementptr inbounds i16, i16* %1, i64 %13
  %20 = load i16, i16* %19, align 2, !tbaa !5
  %21 = sext i16 %20 to i32
  %22 = mul nsw i32 %21, %18
  %23 = ashr i32 %22, 15
  %24 = add nsw i32 %23, %14
  %25 = add nuw nsw i64 %13, 1
  %26 = icmp eq i64 %25, 16
  br i1 %26, label %27, label %12, !llvm.loop !9

27:                                               ; preds = %12
  %28 = getelementptr inbounds i32, i32* %2, i64 %11
  store i32 %24, i32* %28, align 4, !tbaa !11
  %29 = add nuw nsw i64 %11, 1
  %30 = icmp eq i64 %29, %9
  br i1 %30, label %31, label %10, !llvm.loop !13

31:                                               ; preds = %27, %4
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
!6 = !{!"short", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = distinct !{!13, !10}
