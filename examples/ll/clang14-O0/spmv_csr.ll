; ModuleID = 'kernels/spmv_csr.c'
source_filename = "kernels/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @spmv_csr(float* noundef %0, i32* noundef %1, i32* noundef %2, float* noundef %3, float* noundef %4) #0 {
  %6 = alloca float*, align 8
  %7 = alloca i32*, align 8
  %8 = alloca i32*, align 8
  %9 = alloca float*, align 8
  %10 = alloca float*, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca float, align 4
  store float* %0, float** %6, align 8
  store i32* %1, i32** %7, align 8
  store i32* %2, i32** %8, align 8
  store float* %3, float** %9, align 8
  store float* %4, float** %10, align 8
  store i32 0, i32* %11, align 4
  br label %16

16:                                               ; preds = %71, %5
  %17 = load i32, i32* %11, align 4
  %18 = icmp slt i32 %17, 16
  br i1 %18, label %19, label %74

19:                                               ; preds = %16
  %20 = load i32*, i32** %8, align 8
  %21 = load i32, i32* %11, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, i32* %20, i64 %22
  %24 = load i32, i32* %23, align 4
  store i32 %24, i32* %12, align 4
  %25 = load i32*, i32** %8, align 8
  %26 = load i32, i32* %11, align 4
  %27 = add nsw i32 %26, 1
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, i32* %25, i64 %28
  %30 = load i32, i32* %29, align 4
  store i32 %30, i32* %13, align 4
  store float 0.000000e+00, float* %15, align 4
  %31 = load i32, i32* %12, align 4
  %32 = icmp ugt i32 %31, 64
  br i1 %32, label %33, label %34

33:                                               ; preds = %19
  store i32 64, i32* %12, align 4
  br label %34

34:                                               ; preds = %33, %19
  %35 = load i32, i32* %13, align 4
  %36 = icmp ugt i32 %35, 64
  br i1 %36, label %37, label %38

37:                                               ; preds = %34
  store i32 64, i32* %13, align 4
  br label %38

38:                                               ; preds = %37, %34
  %39 = load i32, i32* %12, align 4
  store i32 %39, i32* %14, align 4
  br label %40

40:                                               ; preds = %62, %38
  %41 = load i32, i32* %14, align 4
  %42 = load i32, i32* %13, align 4
  %43 = icmp ult i32 %41, %42
  br i1 %43, label %44, label %65

44:                                               ; preds = %40
  %45 = load float*, float** %6, align 8
  %46 = load i32, i32* %14, align 4
  %47 = zext i32 %46 to i64
  %48 = getelementptr inbounds float, float* %45, i64 %47
  %49 = load float, float* %48, align 4
  %50 = load float*, float** %9, align 8
  %51 = load i32*, i32** %7, align 8
  %52 = load i32, i32* %14, align 4
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds i32, i32* %51, i64 %53
  %55 = load i32, i32* %54, align 4
  %56 = urem i32 %55, 16
  %57 = zext i32 %56 to i64
  %58 = getelementptr inbounds float, float* %50, i64 %57
  %59 = load float, float* %58, align 4
  %60 = load float, float* %15, align 4
  %61 = call float @llvm.fmuladd.f32(float %49, float %59, float %60)
  store float %61, float* %15, align 4
  br label %62

62:                                               ; preds = %44
  %63 = load i32, i32* %14, align 4
  %64 = add i32 %63, 1
  store i32 %64, i32* %14, align 4
  br label %40

65:                                               ; preds = %40
  %66 = load float, float* %15, align 4
  %67 = load float*, float** %10, align 8
  %68 = load i32, i32* %11, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds float, float* %67, i64 %69
  store float %66, float* %70, align 4
  br label %71

71:                                               ; preds = %65
  %72 = load i32, i32* %11, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, i32* %11, align 4
  br label %16

74:                                               ; preds = %16
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
