; ModuleID = 'kernels/bfs.c'
source_filename = "kernels/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @bfs(i32* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32 noundef %2, i32* nocapture noundef %3) local_unnamed_addr #0 {
  %5 = bitcast i32* %3 to i8*
  %6 = alloca [16 x i32], align 16
  %7 = alloca [16 x i32], align 16
  %8 = bitcast [16 x i32]* %7 to i8*
  %9 = bitcast [16 x i32]* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %9) #3
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %8) #3
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(64) %8, i8 0, i64 64, i1 false), !tbaa !5
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(64) %5, i8 -1, i64 64, i1 false), !tbaa !5
  %10 = and i32 %2, 15
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds [16 x i32], [16 x i32]* %7, i64 0, i64 %11
  store i32 1, i32* %12, align 4, !tbaa !5
  %13 = getelementptr inbounds i32, i32* %3, i64 %11
  store i32 0, i32* %13, align 4, !tbaa !5
  %14 = getelementptr inbounds [16 x i32], [16 x i32]* %6, i64 0, i64 0
  store i32 %10, i32* %14, align 16, !tbaa !5
  br label %22

15:                                               ; preds = %60, %22
  %16 = phi i32 [ %25, %22 ], [ %61, %60 ]
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %26, %17
  br i1 %18, label %19, label %64, !llvm.loop !9

19:                                               ; preds = %15
  %20 = getelementptr inbounds [16 x i32], [16 x i32]* %6, i64 0, i64 %26
  %21 = load i32, i32* %20, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %19, %4
  %23 = phi i32 [ %10, %4 ], [ %21, %19 ]
  %24 = phi i64 [ 0, %4 ], [ %26, %19 ]
  %25 = phi i32 [ 1, %4 ], [ %16, %19 ]
  %26 = add nuw nsw i64 %24, 1
  %27 = sext i32 %23 to i64
  %28 = getelementptr inbounds i32, i32* %0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = icmp ult i32 %29, 64
  %31 = select i1 %30, i32 %29, i32 64
  %32 = add nsw i32 %23, 1
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i32, i32* %0, i64 %33
  %35 = load i32, i32* %34, align 4, !tbaa !5
  %36 = icmp ult i32 %35, 64
  %37 = select i1 %36, i32 %35, i32 64
  %38 = icmp ult i32 %31, %37
  br i1 %38, label %39, label %15

39:                                               ; preds = %22
  %40 = getelementptr inbounds i32, i32* %3, i64 %27
  %41 = zext i32 %31 to i64
  %42 = zext i32 %37 to i64
  br label %43

43:                                               ; preds = %39, %60
  %44 = phi i64 [ %41, %39 ], [ %62, %60 ]
  %45 = phi i32 [ %25, %39 ], [ %61, %60 ]
  %46 = getelementptr inbounds i32, i32* %1, i64 %44
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = and i32 %47, 15
  %49 = zext i32 %48 to i64
  %50 = getelementptr inbounds [16 x i32], [16 x i32]* %7, i64 0, i64 %49
  %51 = load i32, i32* %50, align 4, !tbaa !5
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %53, label %60

53:                                               ; preds = %43
  store i32 1, i32* %50, align 4, !tbaa !5
  %54 = load i32, i32* %40, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  %56 = getelementptr inbounds i32, i32* %3, i64 %49
  store i32 %55, i32* %56, align 4, !tbaa !5
  %57 = add nsw i32 %45, 1
  %58 = sext i32 %45 to i64
  %59 = getelementptr inbounds [16 x i32], [16 x i32]* %6, i64 0, i64 %58
  store i32 %48, i32* %59, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %53, %43
  %61 = phi i32 [ %45, %43 ], [ %57, %53 ]
  %62 = add nuw nsw i64 %44, 1
  %63 = icmp eq i64 %62, %42
  br i1 %63, label %15, label %43, !llvm.loop !11

64:                                               ; preds = %15
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %8) #3
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %9) #3
  ret i32 %16
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
