; ModuleID = 'kernels/qmatvec.c'
source_filename = "kernels/qmatvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @qmatvec(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1, i16* nocapture noundef readonly %2, i8* nocapture noundef writeonly %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = and i32 %4, 15
  br label %7

7:                                                ; preds = %5, %27
  %8 = phi i64 [ 0, %5 ], [ %35, %27 ]
  %9 = getelementptr inbounds i16, i16* %2, i64 %8
  %10 = load i16, i16* %9, align 2, !tbaa !5
  %11 = sext i16 %10 to i32
  %12 = shl nsw i64 %8, 5
  br label %13

13:                                               ; preds = %7, %13
  %14 = phi i64 [ 0, %7 ], [ %25, %13 ]
  %15 = phi i32 [ %11, %7 ], [ %24, %13 ]
  %16 = add nuw nsw i64 %14, %12
  %17 = getelementptr inbounds i8, i8* %0, i64 %16
  %18 = load i8, i8* %17, align 1, !tbaa !9
  %19 = sext i8 %18 to i32
  %20 = getelementptr inbounds i8, i8* %1, i64 %14
  %21 = load i8, i8* %20, align 1, !tbaa !9
  %22 = sext i8 %21 to i32
  %23 = mul nsw i32 %22, %19
  %24 = add nsw i32 %23, %15
  %25 = add nuw nsw i64 %14, 1
  %26 = icmp eq i64 %25, 32
  br i1 %26, label %27, label %13, !llvm.loop !10

27:                                               ; preds = %13
  %28 = icmp sgt i32 %24, 0
  %29 = select i1 %28, i32 %24, i32 0
  %30 = lshr i32 %29, %6
  %31 = icmp ult i32 %30, 127
  %32 = select i1 %31, i32 %30, i32 127
  %33 = trunc i32 %32 to i8
  %34 = getelementptr inbounds i8, i8* %3, i64 %8
  store i8 %33, i8* %34, align 1, !tbaa !9
  %35 = add nuw nsw i64 %8, 1
  %36 = icmp eq i64 %35, 16
  br i1 %36, label %37, label %7, !llvm.loop !12

37:                                               ; preds = %27
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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !11}
