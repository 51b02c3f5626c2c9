; ModuleID = 'kernels/tokenize.c'
source_filename = "kernels/tokenize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @tokenize(i8* nocapture noundef readonly %0, i32 noundef %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %44

5:                                                ; preds = %3
  %6 = icmp ult i32 %1, 1024
  %7 = select i1 %6, i32 %1, i32 1024
  %8 = zext i32 %7 to i64
  br label %9

9:                                                ; preds = %5, %38
  %10 = phi i64 [ 0, %5 ], [ %42, %38 ]
  %11 = phi i32 [ 0, %5 ], [ %41, %38 ]
  %12 = phi i32 [ 0, %5 ], [ %40, %38 ]
  %13 = phi i32 [ 0, %5 ], [ %39, %38 ]
  %14 = getelementptr inbounds i8, i8* %0, i64 %10
  %15 = load i8, i8* %14, align 1, !tbaa !5
  %16 = add i8 %15, -48
  %17 = icmp ult i8 %16, 10
  %18 = and i8 %15, -33
  %19 = add i8 %18, -65
  %20 = icmp ult i8 %19, 26
  %21 = icmp eq i8 %15, 95
  %22 = select i1 %20, i1 true, i1 %21
  switch i32 %11, label %38 [
    i32 0, label %23
    i32 1, label %30
    i32 2, label %35
  ]

23:                                               ; preds = %9
  br i1 %17, label %24, label %26

24:                                               ; preds = %23
  %25 = add nsw i32 %12, 1
  br label %38

26:                                               ; preds = %23
  %27 = zext i1 %22 to i32
  %28 = add nsw i32 %13, %27
  %29 = select i1 %22, i32 2, i32 0
  br label %38

30:                                               ; preds = %9
  br i1 %22, label %31, label %33

31:                                               ; preds = %30
  %32 = add nsw i32 %13, 1
  br label %38

33:                                               ; preds = %30
  %34 = zext i1 %17 to i32
  br label %38

35:                                               ; preds = %9
  %36 = select i1 %22, i1 true, i1 %17
  %37 = select i1 %36, i32 2, i32 0
  br label %38

38:                                               ; preds = %35, %33, %26, %31, %24, %9
  %39 = phi i32 [ %13, %9 ], [ %32, %31 ], [ %13, %24 ], [ %28, %26 ], [ %13, %33 ], [ %13, %35 ]
  %40 = phi i32 [ %12, %9 ], [ %12, %31 ], [ %25, %24 ], [ %12, %26 ], [ %12, %33 ], [ %12, %35 ]
  %41 = phi i32 [ %11, %9 ], [ 2, %31 ], [ 1, %24 ], [ %29, %26 ], [ %34, %33 ], [ %37, %35 ]
  %42 = add nuw nsw i64 %10, 1
  %43 = icmp eq i64 %42, %8
  br i1 %43, label %44, label %9, !llvm.loop !8

44:                                               ; preds = %38, %3
  %45 = phi i32 [ 0, %3 ], [ %39, %38 ]
  %46 = phi i32 [ 0, %3 ], [ %40, %38 ]
  store i32 %46, i32* %2, align 4, !tbaa !10
  %47 = getelementptr inbounds i32, i32* %2, i64 1
  store i32 %45, i32* %47, align 4, !tbaa !10
  %48 = add nsw i32 %46, %45
  ret i32 %48
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
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !6, i64 0}
