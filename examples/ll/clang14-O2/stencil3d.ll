; ModuleID = 'kernels/stencil3d.c'
source_filename = "kernels/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @stencil3d(i32* nocapture noundef readonly %0, i32* nocapture noundef writeonly %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  br label %5

5:                                                ; preds = %4, %72
  %6 = phi i64 [ 0, %4 ], [ %73, %72 ]
  %7 = icmp eq i64 %6, 0
  %8 = icmp eq i64 %6, 7
  %9 = shl i64 %6, 3
  br label %10

10:                                               ; preds = %5, %69
  %11 = phi i64 [ 0, %5 ], [ %70, %69 ]
  %12 = icmp eq i64 %11, 0
  %13 = select i1 %7, i1 true, i1 %12
  %14 = icmp eq i64 %11, 7
  %15 = add nuw nsw i64 %11, %9
  %16 = shl i64 %15, 3
  %17 = add nsw i64 %16, -64
  %18 = add nuw nsw i64 %16, 64
  %19 = add nsw i64 %16, -8
  %20 = add nuw nsw i64 %16, 8
  br label %21

21:                                               ; preds = %10, %63
  %22 = phi i64 [ 0, %10 ], [ %67, %63 ]
  %23 = icmp eq i64 %22, 0
  %24 = select i1 %13, i1 true, i1 %23
  %25 = select i1 %24, i1 true, i1 %8
  %26 = select i1 %25, i1 true, i1 %14
  %27 = icmp eq i64 %22, 7
  %28 = select i1 %26, i1 true, i1 %27
  br i1 %28, label %29, label %33

29:                                               ; preds = %21
  %30 = add nuw nsw i64 %22, %16
  %31 = getelementptr inbounds i32, i32* %0, i64 %30
  %32 = load i32, i32* %31, align 4, !tbaa !5
  br label %63

33:                                               ; preds = %21
  %34 = add nuw nsw i64 %22, %17
  %35 = getelementptr inbounds i32, i32* %0, i64 %34
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nuw nsw i64 %22, %18
  %38 = getelementptr inbounds i32, i32* %0, i64 %37
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = add nsw i32 %39, %36
  %41 = add nuw nsw i64 %22, %19
  %42 = getelementptr inbounds i32, i32* %0, i64 %41
  %43 = load i32, i32* %42, align 4, !tbaa !5
  %44 = add nsw i32 %40, %43
  %45 = add nuw nsw i64 %22, %20
  %46 = getelementptr inbounds i32, i32* %0, i64 %45
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = add nsw i32 %44, %47
  %49 = add nuw nsw i64 %22, %16
  %50 = add nsw i64 %49, -1
  %51 = getelementptr inbounds i32, i32* %0, i64 %50
  %52 = load i32, i32* %51, align 4, !tbaa !5
  %53 = add nsw i32 %48, %52
  %54 = add nuw nsw i64 %49, 1
  %55 = getelementptr inbounds i32, i32* %0, i64 %54
  %56 = load i32, i32* %55, align 4, !tbaa !5
  %57 = add nsw i32 %53, %56
  %58 = getelementptr inbounds i32, i32* %0, i64 %49
  %59 = load i32, i32* %58, align 4, !tbaa !5
  %60 = mul nsw i32 %59, %2
  %61 = mul nsw i32 %57, %3
  %62 = add nsw i32 %60, %61
  br label %63

63:                                               ; preds = %29, %33
  %64 = phi i64 [ %30, %29 ], [ %49, %33 ]
  %65 = phi i32 [ %32, %29 ], [ %62, %33 ]
  %66 = getelementptr inbounds i32, i32* %1, i64 %64
  store i32 %65, i32* %66, align 4, !tbaa !5
  %67 = add nuw nsw i64 %22, 1
  %68 = icmp eq i64 %67, 8
  br i1 %68, label %69, label %21, !llvm.loop !9

69:                                               ; preds = %63
  %70 = add nuw nsw i64 %11, 1
  %71 = icmp eq i64 %70, 8
  br i1 %71, label %72, label %10, !llvm.loop !11

72:                                               ; preds = %69
  %73 = add nuw nsw i64 %6, 1
  %74 = icmp eq i64 %73, 8
  br i1 %74, label %75, label %5, !llvm.loop !12

75:                                               ; preds = %72
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
