; ModuleID = 'kernels/alu.c'
source_filename = "kernels/alu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @alu(i8* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32* nocapture noundef readonly %2, i32* nocapture noundef writeonly %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %4, 0
  br i1 %6, label %7, label %53

7:                                                ; preds = %5
  %8 = icmp ult i32 %4, 256
  %9 = select i1 %8, i32 %4, i32 256
  %10 = zext i32 %9 to i64
  br label %11

11:                                               ; preds = %7, %47
  %12 = phi i64 [ 0, %7 ], [ %51, %47 ]
  %13 = phi i32 [ 0, %7 ], [ %50, %47 ]
  %14 = getelementptr inbounds i32, i32* %1, i64 %12
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = getelementptr inbounds i32, i32* %2, i64 %12
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = getelementptr inbounds i8, i8* %0, i64 %12
  %19 = load i8, i8* %18, align 1, !tbaa !9
  %20 = and i8 %19, 15
  %21 = zext i8 %20 to i32
  switch i32 %21, label %47 [
    i32 0, label %22
    i32 1, label %24
    i32 2, label %26
    i32 3, label %28
    i32 4, label %30
    i32 5, label %32
    i32 6, label %34
    i32 7, label %37
    i32 8, label %40
    i32 9, label %44
  ]

22:                                               ; preds = %11
  %23 = add i32 %17, %15
  br label %47

24:                                               ; preds = %11
  %25 = sub i32 %15, %17
  br label %47

26:                                               ; preds = %11
  %27 = mul i32 %17, %15
  br label %47

28:                                               ; preds = %11
  %29 = and i32 %17, %15
  br label %47

30:                                               ; preds = %11
  %31 = or i32 %17, %15
  br label %47

32:                                               ; preds = %11
  %33 = xor i32 %17, %15
  br label %47

34:                                               ; preds = %11
  %35 = and i32 %17, 31
  %36 = shl i32 %15, %35
  br label %47

37:                                               ; preds = %11
  %38 = and i32 %17, 31
  %39 = lshr i32 %15, %38
  br label %47

40:                                               ; preds = %11
  %41 = icmp eq i32 %17, 0
  br i1 %41, label %47, label %42

42:                                               ; preds = %40
  %43 = udiv i32 %15, %17
  br label %47

44:                                               ; preds = %11
  %45 = icmp ult i32 %15, %17
  %46 = select i1 %45, i32 %15, i32 %17
  br label %47

47:                                               ; preds = %11, %42, %40, %44, %37, %34, %32, %30, %28, %26, %24, %22
  %48 = phi i32 [ %46, %44 ], [ %39, %37 ], [ %36, %34 ], [ %33, %32 ], [ %31, %30 ], [ %29, %28 ], [ %27, %26 ], [ %25, %24 ], [ %23, %22 ], [ %43, %42 ], [ 0, %40 ], [ %15, %11 ]
  %49 = getelementptr inbounds i32, i32* %3, i64 %12
  store i32 %48, i32* %49, align 4, !tbaa !5
  %50 = xor i32 %48, %13
  %51 = add nuw nsw i64 %12, 1
  %52 = icmp eq i64 %51, %10
  br i1 %52, label %53, label %11, !llvm.loop !10

53:                                               ; preds = %47, %5
  %54 = phi i32 [ 0, %5 ], [ %50, %47 ]
  ret i32 %54
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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
