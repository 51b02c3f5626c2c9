; ModuleID = 'kernels/merge_sort.c'
source_filename = "kernels/merge_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @merge_sort(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = alloca [64 x i32], align 16
  %4 = bitcast [64 x i32]* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %4) #3
  %5 = icmp slt i32 %1, 64
  %6 = select i1 %5, i32 %1, i32 64
  %7 = icmp sgt i32 %6, 1
  br i1 %7, label %8, label %24

8:                                                ; preds = %2
  %9 = getelementptr inbounds [64 x i32], [64 x i32]* %3, i64 0, i64 0
  br label %10

10:                                               ; preds = %8, %22
  %11 = phi i32 [ 1, %8 ], [ %14, %22 ]
  %12 = sub nsw i32 %6, %11
  %13 = icmp sgt i32 %12, 0
  %14 = shl nsw i32 %11, 1
  br i1 %13, label %15, label %22

15:                                               ; preds = %10, %15
  %16 = phi i32 [ %18, %15 ], [ 0, %10 ]
  %17 = add nsw i32 %16, %11
  %18 = add nsw i32 %16, %14
  %19 = icmp sgt i32 %18, %6
  %20 = select i1 %19, i32 %6, i32 %18
  call fastcc void @merge(i32* noundef %0, i32* noundef nonnull %9, i32 noundef %16, i32 noundef %17, i32 noundef %20)
  %21 = icmp slt i32 %18, %12
  br i1 %21, label %15, label %22, !llvm.loop !5

22:                                               ; preds = %15, %10
  %23 = icmp sgt i32 %6, %14
  br i1 %23, label %10, label %24, !llvm.loop !7

24:                                               ; preds = %22, %2
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %4) #3
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define internal fastcc void @merge(i32* nocapture noundef %0, i32* nocapture noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) unnamed_addr #2 {
  %6 = icmp slt i32 %2, %3
  %7 = icmp slt i32 %3, %4
  %8 = and i1 %6, %7
  br i1 %8, label %9, label %13

9:                                                ; preds = %5
  %10 = sext i32 %2 to i64
  br label %22

11:                                               ; preds = %22
  %12 = trunc i64 %40 to i32
  br label %13

13:                                               ; preds = %11, %5
  %14 = phi i32 [ %2, %5 ], [ %36, %11 ]
  %15 = phi i32 [ %3, %5 ], [ %38, %11 ]
  %16 = phi i32 [ %2, %5 ], [ %12, %11 ]
  %17 = icmp slt i32 %14, %3
  br i1 %17, label %18, label %46

18:                                               ; preds = %13
  %19 = sext i32 %16 to i64
  %20 = sext i32 %14 to i64
  %21 = sext i32 %3 to i64
  br label %53

22:                                               ; preds = %9, %22
  %23 = phi i64 [ %10, %9 ], [ %40, %22 ]
  %24 = phi i32 [ %3, %9 ], [ %38, %22 ]
  %25 = phi i32 [ %2, %9 ], [ %36, %22 ]
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i32, i32* %0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !8
  %29 = sext i32 %24 to i64
  %30 = getelementptr inbounds i32, i32* %0, i64 %29
  %31 = load i32, i32* %30, align 4, !tbaa !8
  %32 = icmp sgt i32 %28, %31
  %33 = select i1 %32, i32 %31, i32 %28
  %34 = xor i1 %32, true
  %35 = zext i1 %34 to i32
  %36 = add nsw i32 %25, %35
  %37 = zext i1 %32 to i32
  %38 = add nsw i32 %24, %37
  %39 = getelementptr inbounds i32, i32* %1, i64 %23
  store i32 %33, i32* %39, align 4
  %40 = add i64 %23, 1
  %41 = icmp slt i32 %36, %3
  %42 = icmp slt i32 %38, %4
  %43 = select i1 %41, i1 %42, i1 false
  br i1 %43, label %22, label %11, !llvm.loop !12

44:                                               ; preds = %53
  %45 = trunc i64 %59 to i32
  br label %46

46:                                               ; preds = %44, %13
  %47 = phi i32 [ %16, %13 ], [ %45, %44 ]
  %48 = icmp slt i32 %15, %4
  br i1 %48, label %49, label %62

49:                                               ; preds = %46
  %50 = sext i32 %47 to i64
  %51 = sext i32 %15 to i64
  %52 = sext i32 %4 to i64
  br label %67

53:                                               ; preds = %18, %53
  %54 = phi i64 [ %20, %18 ], [ %56, %53 ]
  %55 = phi i64 [ %19, %18 ], [ %59, %53 ]
  %56 = add nsw i64 %54, 1
  %57 = getelementptr inbounds i32, i32* %0, i64 %54
  %58 = load i32, i32* %57, align 4, !tbaa !8
  %59 = add nsw i64 %55, 1
  %60 = getelementptr inbounds i32, i32* %1, i64 %55
  store i32 %58, i32* %60, align 4, !tbaa !8
  %61 = icmp eq i64 %56, %21
  br i1 %61, label %44, label %53, !llvm.loop !13

62:                                               ; preds = %67, %46
  %63 = icmp slt i32 %2, %4
  br i1 %63, label %64, label %83

64:                                               ; preds = %62
  %65 = sext i32 %2 to i64
  %66 = sext i32 %4 to i64
  br label %76

67:                                               ; preds = %49, %67
  %68 = phi i64 [ %51, %49 ], [ %70, %67 ]
  %69 = phi i64 [ %50, %49 ], [ %73, %67 ]
  %70 = add nsw i64 %68, 1
  %71 = getelementptr inbounds i32, i32* %0, i64 %68
  %72 = load i32, i32* %71, align 4, !tbaa !8
  %73 = add nsw i64 %69, 1
  %74 = getelementptr inbounds i32, i32* %1, i64 %69
  store i32 %72, i32* %74, align 4, !tbaa !8
  %75 = icmp eq i64 %70, %52
  br i1 %75, label %62, label %67, !llvm.loop !14

76:                                               ; preds = %64, %76
  %77 = phi i64 [ %65, %64 ], [ %81, %76 ]
  %78 = getelementptr inbounds i32, i32* %1, i64 %77
  %79 = load i32, i32* %78, align 4, !tbaa !8
  %80 = getelementptr inbounds i32, i32* %0, i64 %77
  store i32 %79, i32* %80, align 4, !tbaa !8
  %81 = add nsw i64 %77, 1
  %82 = icmp eq i64 %81, %66
  br i1 %82, label %83, label %76, !llvm.loop !15

83:                                               ; preds = %76, %62
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree noinline norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = distinct !{!7, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
