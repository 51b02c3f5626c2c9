; ModuleID = 'kernels/needleman_wunsch.c'
source_filename = "kernels/needleman_wunsch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @needleman_wunsch(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1, i32* nocapture noundef %2) local_unnamed_addr #0 {
  br label %4

4:                                                ; preds = %3, %4
  %5 = phi i64 [ 0, %3 ], [ %10, %4 ]
  %6 = mul nuw nsw i64 %5, 17
  %7 = getelementptr inbounds i32, i32* %2, i64 %6
  %8 = trunc i64 %5 to i32
  %9 = sub i32 0, %8
  store i32 %9, i32* %7, align 4, !tbaa !5
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 17
  br i1 %11, label %12, label %4, !llvm.loop !9

12:                                               ; preds = %4, %12
  %13 = phi i64 [ %17, %12 ], [ 0, %4 ]
  %14 = getelementptr inbounds i32, i32* %2, i64 %13
  %15 = trunc i64 %13 to i32
  %16 = sub i32 0, %15
  store i32 %16, i32* %14, align 4, !tbaa !5
  %17 = add nuw nsw i64 %13, 1
  %18 = icmp eq i64 %17, 17
  br i1 %18, label %19, label %12, !llvm.loop !11

19:                                               ; preds = %12, %56
  %20 = phi i64 [ %59, %56 ], [ 0, %12 ]
  %21 = phi i64 [ %57, %56 ], [ 1, %12 ]
  %22 = mul nuw nsw i64 %20, 17
  %23 = add i64 %22, 17
  %24 = getelementptr i32, i32* %2, i64 %23
  %25 = add nsw i64 %21, -1
  %26 = getelementptr inbounds i8, i8* %0, i64 %25
  %27 = mul nuw nsw i64 %25, 17
  %28 = mul nuw nsw i64 %21, 17
  %29 = load i32, i32* %24, align 4
  br label %30

30:                                               ; preds = %19, %30
  %31 = phi i32 [ %29, %19 ], [ %51, %30 ]
  %32 = phi i64 [ 1, %19 ], [ %54, %30 ]
  %33 = load i8, i8* %26, align 1, !tbaa !12
  %34 = add nsw i64 %32, -1
  %35 = getelementptr inbounds i8, i8* %1, i64 %34
  %36 = load i8, i8* %35, align 1, !tbaa !12
  %37 = icmp eq i8 %33, %36
  %38 = select i1 %37, i32 1, i32 -1
  %39 = add nuw nsw i64 %34, %27
  %40 = getelementptr inbounds i32, i32* %2, i64 %39
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = add nsw i32 %38, %41
  %43 = add nuw nsw i64 %32, %27
  %44 = getelementptr inbounds i32, i32* %2, i64 %43
  %45 = load i32, i32* %44, align 4, !tbaa !5
  %46 = add nsw i32 %45, -1
  %47 = add nsw i32 %31, -1
  %48 = icmp sgt i32 %42, %46
  %49 = select i1 %48, i32 %42, i32 %46
  %50 = icmp sgt i32 %49, %47
  %51 = select i1 %50, i32 %49, i32 %47
  %52 = add nuw nsw i64 %32, %28
  %53 = getelementptr inbounds i32, i32* %2, i64 %52
  store i32 %51, i32* %53, align 4, !tbaa !5
  %54 = add nuw nsw i64 %32, 1
  %55 = icmp eq i64 %54, 17
  br i1 %55, label %56, label %30, !llvm.loop !13

56:                                               ; preds = %30
  %57 = add nuw nsw i64 %21, 1
  %58 = icmp eq i64 %57, 17
  %59 = add i64 %20, 1
  br i1 %58, label %60, label %19, !llvm.loop !14

60:                                               ; preds = %56
  %61 = getelementptr inbounds i32, i32* %2, i64 288
  %62 = load i32, i32* %61, align 4, !tbaa !5
  ret i32 %62
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
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
