; ModuleID = 'kernels/crc32.c'
source_filename = "kernels/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @crc32(i8* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %30

4:                                                ; preds = %2
  %5 = icmp ult i32 %1, 1024
  %6 = select i1 %5, i32 %1, i32 1024
  %7 = zext i32 %6 to i64
  br label %8

8:                                                ; preds = %4, %25
  %9 = phi i64 [ 0, %4 ], [ %26, %25 ]
  %10 = phi i32 [ -1, %4 ], [ %22, %25 ]
  %11 = getelementptr inbounds i8, i8* %0, i64 %9
  %12 = load i8, i8* %11, align 1, !tbaa !5
  %13 = zext i8 %12 to i32
  %14 = xor i32 %10, %13
  br label %15

15:                                               ; preds = %8, %15
  %16 = phi i32 [ 0, %8 ], [ %23, %15 ]
  %17 = phi i32 [ %14, %8 ], [ %22, %15 ]
  %18 = and i32 %17, 1
  %19 = sub nsw i32 0, %18
  %20 = lshr i32 %17, 1
  %21 = and i32 %19, -306674912
  %22 = xor i32 %21, %20
  %23 = add nuw nsw i32 %16, 1
  %24 = icmp eq i32 %23, 8
  br i1 %24, label %25, label %15, !llvm.loop !8

25:                                               ; preds = %15
  %26 = add nuw nsw i64 %9, 1
  %27 = icmp eq i64 %26, %7
  br i1 %27, label %28, label %8, !llvm.loop !10

28:                                               ; preds = %25
  %29 = xor i32 %22, -1
  br label %30

30:                                               ; preds = %28, %2
  %31 = phi i32 [ 0, %2 ], [ %29, %28 ]
  ret i32 %31
}

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !9}
