; ModuleID = 'kernels/kmp.c'
source_filename = "kernels/kmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@kmp_pattern = internal unnamed_addr constant [6 x i8] c"abcab\00", align 1

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @kmp(i8* nocapture noundef readonly %0, i32 noundef %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = alloca [5 x i32], align 16
  %5 = bitcast [5 x i32]* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %5) #2
  %6 = icmp slt i32 %1, 1024
  %7 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 0
  store i32 0, i32* %7, align 16, !tbaa !5
  br label %8

8:                                                ; preds = %3, %33
  %9 = phi i64 [ 1, %3 ], [ %42, %33 ]
  %10 = phi i32 [ 0, %3 ], [ %40, %33 ]
  %11 = icmp sgt i32 %10, 0
  %12 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %9
  %13 = load i8, i8* %12, align 1, !tbaa !9
  br i1 %11, label %21, label %33

14:                                               ; preds = %33
  %15 = icmp sgt i32 %1, 0
  br i1 %15, label %16, label %86

16:                                               ; preds = %14
  %17 = select i1 %6, i32 %1, i32 1024
  %18 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 4
  %19 = load i32, i32* %18, align 16
  %20 = zext i32 %17 to i64
  br label %44

21:                                               ; preds = %8, %27
  %22 = phi i32 [ %31, %27 ], [ %10, %8 ]
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %23
  %25 = load i8, i8* %24, align 1, !tbaa !9
  %26 = icmp eq i8 %25, %13
  br i1 %26, label %33, label %27

27:                                               ; preds = %21
  %28 = add nsw i32 %22, -1
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 %29
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = icmp sgt i32 %31, 0
  br i1 %32, label %21, label %33, !llvm.loop !10

33:                                               ; preds = %21, %27, %8
  %34 = phi i32 [ %10, %8 ], [ %31, %27 ], [ %22, %21 ]
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %35
  %37 = load i8, i8* %36, align 1, !tbaa !9
  %38 = icmp eq i8 %37, %13
  %39 = zext i1 %38 to i32
  %40 = add nsw i32 %34, %39
  %41 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 %9
  store i32 %40, i32* %41, align 4, !tbaa !5
  %42 = add nuw nsw i64 %9, 1
  %43 = icmp eq i64 %42, 5
  br i1 %43, label %14, label %8, !llvm.loop !12

44:                                               ; preds = %16, %81
  %45 = phi i64 [ 0, %16 ], [ %84, %81 ]
  %46 = phi i32 [ 0, %16 ], [ %83, %81 ]
  %47 = phi i32 [ 0, %16 ], [ %82, %81 ]
  %48 = icmp sgt i32 %47, 0
  %49 = getelementptr inbounds i8, i8* %0, i64 %45
  %50 = load i8, i8* %49, align 1, !tbaa !9
  br i1 %48, label %51, label %63

51:                                               ; preds = %44, %57
  %52 = phi i32 [ %61, %57 ], [ %47, %44 ]
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %53
  %55 = load i8, i8* %54, align 1, !tbaa !9
  %56 = icmp eq i8 %55, %50
  br i1 %56, label %63, label %57

57:                                               ; preds = %51
  %58 = add nsw i32 %52, -1
  %59 = zext i32 %58 to i64
  %60 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 %59
  %61 = load i32, i32* %60, align 4, !tbaa !5
  %62 = icmp sgt i32 %61, 0
  br i1 %62, label %51, label %63, !llvm.loop !13

63:                                               ; preds = %51, %57, %44
  %64 = phi i32 [ %47, %44 ], [ %61, %57 ], [ %52, %51 ]
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [6 x i8], [6 x i8]* @kmp_pattern, i64 0, i64 %65
  %67 = load i8, i8* %66, align 1, !tbaa !9
  %68 = icmp eq i8 %67, %50
  %69 = zext i1 %68 to i32
  %70 = add nsw i32 %64, %69
  %71 = icmp eq i32 %70, 5
  br i1 %71, label %72, label %81

72:                                               ; preds = %63
  %73 = icmp slt i32 %46, 64
  br i1 %73, label %74, label %79

74:                                               ; preds = %72
  %75 = sext i32 %46 to i64
  %76 = getelementptr inbounds i32, i32* %2, i64 %75
  %77 = trunc i64 %45 to i32
  %78 = add i32 %77, -4
  store i32 %78, i32* %76, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %74, %72
  %80 = add nsw i32 %46, 1
  br label %81

81:                                               ; preds = %63, %79
  %82 = phi i32 [ %19, %79 ], [ %70, %63 ]
  %83 = phi i32 [ %80, %79 ], [ %46, %63 ]
  %84 = add nuw nsw i64 %45, 1
  %85 = icmp eq i64 %84, %20
  br i1 %85, label %86, label %44, !llvm.loop !14

86:                                               ; preds = %81, %14
  %87 = phi i32 [ 0, %14 ], [ %83, %81 ]
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %5) #2
  ret i32 %87
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind }

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
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
