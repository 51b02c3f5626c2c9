; ModuleID = 'kernels/xorshift64.c'
source_filename = "kernels/xorshift64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable writeonly
define dso_local i64 @xorshift64(i64 noundef %0, i64* nocapture noundef writeonly %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq i64 %0, 0
  %5 = select i1 %4, i64 -7046029254386353131, i64 %0
  %6 = icmp sgt i32 %2, 0
  br i1 %6, label %7, label %23

7:                                                ; preds = %3
  %8 = icmp ult i32 %2, 1024
  %9 = select i1 %8, i32 %2, i32 1024
  %10 = zext i32 %9 to i64
  br label %11

11:                                               ; preds = %7, %11
  %12 = phi i64 [ 0, %7 ], [ %21, %11 ]
  %13 = phi i64 [ %5, %7 ], [ %19, %11 ]
  %14 = shl i64 %13, 13
  %15 = xor i64 %14, %13
  %16 = lshr i64 %15, 7
  %17 = xor i64 %16, %15
  %18 = shl i64 %17, 17
  %19 = xor i64 %18, %17
  %20 = getelementptr inbounds i64, i64* %1, i64 %12
  store i64 %19, i64* %20, align 8, !tbaa !5
  %21 = add nuw nsw i64 %12, 1
  %22 = icmp eq i64 %21, %10
  br i1 %22, label %23, label %11, !llvm.loop !9

23:                                               ; preds = %11, %3
  %24 = phi i64 [ %5, %3 ], [ %19, %11 ]
  ret i64 %24
}

attributes #0 = { nofree norecurse nosync nounwind uwtable writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
