; ModuleID = 'kernels/viterbi.c'
source_filename = "kernels/viterbi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @viterbi(i32* nocapture noundef readonly %0, float* nocapture noundef readonly %1, float* nocapture noundef readonly %2, float* nocapture noundef readonly %3, i32* nocapture noundef %4) local_unnamed_addr #0 {
  %6 = alloca [16 x [4 x float]], align 16
  %7 = alloca [16 x [4 x i32]], align 16
  %8 = bitcast [16 x [4 x i32]]* %7 to i8*
  %9 = bitcast [16 x [4 x float]]* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %9) #3
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %8) #3
  %10 = load i32, i32* %0, align 4, !tbaa !5
  %11 = and i32 %10, 3
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(16) %8, i8 0, i64 16, i1 false), !tbaa !5
  br label %12

12:                                               ; preds = %5, %12
  %13 = phi i64 [ 0, %5 ], [ %24, %12 ]
  %14 = getelementptr inbounds float, float* %1, i64 %13
  %15 = load float, float* %14, align 4, !tbaa !9
  %16 = trunc i64 %13 to i32
  %17 = shl i32 %16, 2
  %18 = or i32 %11, %17
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds float, float* %3, i64 %19
  %21 = load float, float* %20, align 4, !tbaa !9
  %22 = fadd float %15, %21
  %23 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 0, i64 %13
  store float %22, float* %23, align 4, !tbaa !9
  %24 = add nuw nsw i64 %13, 1
  %25 = icmp eq i64 %24, 4
  br i1 %25, label %26, label %12, !llvm.loop !11

26:                                               ; preds = %12, %68
  %27 = phi i64 [ %69, %68 ], [ 1, %12 ]
  %28 = getelementptr inbounds i32, i32* %0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = and i32 %29, 3
  %31 = add nsw i64 %27, -1
  %32 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 %31, i64 0
  %33 = load float, float* %32, align 16, !tbaa !9
  br label %34

34:                                               ; preds = %26, %56
  %35 = phi i64 [ 0, %26 ], [ %66, %56 ]
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4, !tbaa !9
  %38 = fadd float %33, %37
  br label %39

39:                                               ; preds = %34, %39
  %40 = phi i64 [ 1, %34 ], [ %54, %39 ]
  %41 = phi i32 [ 0, %34 ], [ %53, %39 ]
  %42 = phi float [ %38, %34 ], [ %51, %39 ]
  %43 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 %31, i64 %40
  %44 = load float, float* %43, align 4, !tbaa !9
  %45 = shl nuw nsw i64 %40, 2
  %46 = add nuw nsw i64 %45, %35
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = load float, float* %47, align 4, !tbaa !9
  %49 = fadd float %44, %48
  %50 = fcmp olt float %49, %42
  %51 = select i1 %50, float %49, float %42
  %52 = trunc i64 %40 to i32
  %53 = select i1 %50, i32 %52, i32 %41
  %54 = add nuw nsw i64 %40, 1
  %55 = icmp eq i64 %54, 4
  br i1 %55, label %56, label %39, !llvm.loop !13

56:                                               ; preds = %39
  %57 = trunc i64 %35 to i32
  %58 = shl i32 %57, 2
  %59 = or i32 %58, %30
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds float, float* %3, i64 %60
  %62 = load float, float* %61, align 4, !tbaa !9
  %63 = fadd float %51, %62
  %64 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 %27, i64 %35
  store float %63, float* %64, align 4, !tbaa !9
  %65 = getelementptr inbounds [16 x [4 x i32]], [16 x [4 x i32]]* %7, i64 0, i64 %27, i64 %35
  store i32 %53, i32* %65, align 4, !tbaa !5
  %66 = add nuw nsw i64 %35, 1
  %67 = icmp eq i64 %66, 4
  br i1 %67, label %68, label %34, !llvm.loop !14

68:                                               ; preds = %56
  %69 = add nuw nsw i64 %27, 1
  %70 = icmp eq i64 %69, 16
  br i1 %70, label %71, label %26, !llvm.loop !15

71:                                               ; preds = %68
  %72 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 15, i64 0
  %73 = load float, float* %72, align 16, !tbaa !9
  br label %74

74:                                               ; preds = %71, %74
  %75 = phi i64 [ 1, %71 ], [ %84, %74 ]
  %76 = phi float [ %73, %71 ], [ %83, %74 ]
  %77 = phi i32 [ 0, %71 ], [ %82, %74 ]
  %78 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %6, i64 0, i64 15, i64 %75
  %79 = load float, float* %78, align 4, !tbaa !9
  %80 = fcmp olt float %79, %76
  %81 = trunc i64 %75 to i32
  %82 = select i1 %80, i32 %81, i32 %77
  %83 = select i1 %80, float %79, float %76
  %84 = add nuw nsw i64 %75, 1
  %85 = icmp eq i64 %84, 4
  br i1 %85, label %86, label %74, !llvm.loop !16

86:                                               ; preds = %74
  %87 = getelementptr inbounds i32, i32* %4, i64 15
  store i32 %82, i32* %87, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %86, %88
  %89 = phi i64 [ 15, %86 ], [ %94, %88 ]
  %90 = phi i32 [ %82, %86 ], [ %93, %88 ]
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [16 x [4 x i32]], [16 x [4 x i32]]* %7, i64 0, i64 %89, i64 %91
  %93 = load i32, i32* %92, align 4, !tbaa !5
  %94 = add nsw i64 %89, -1
  %95 = getelementptr inbounds i32, i32* %4, i64 %94
  store i32 %93, i32* %95, align 4, !tbaa !5
  %96 = icmp ugt i64 %89, 1
  br i1 %96, label %88, label %97, !llvm.loop !17

97:                                               ; preds = %88
  %98 = load i32, i32* %87, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %8) #3
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %9) #3
  ret i32 %98
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { nounwind }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
