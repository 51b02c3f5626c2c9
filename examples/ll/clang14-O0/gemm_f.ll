; ModuleID = 'kernels/gemm_f.c'
source_filename = "kernels/gemm_f.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @gemm_f(float* noundef %0, float* noundef %1, float* noundef %2, float noundef %3, float noundef %4) #0 {
  %6 = alloca float*, align 8
  %7 = alloca float*, align 8
  %8 = alloca float*, align 8
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca float, align 4
  store float* %0, float** %6, align 8
  store float* %1, float** %7, align 8
  store float* %2, float** %8, align 8
  store float %3, float* %9, align 4
  store float %4, float* %10, align 4
  store i32 0, i32* %11, align 4
  br label %15

15:                                               ; preds = %73, %5
  %16 = load i32, i32* %11, align 4
  %17 = icmp slt i32 %16, 16
  br i1 %17, label %18, label %76

18:                                               ; preds = %15
  store i32 0, i32* %12, align 4
  br label %19

19:                                               ; preds = %69, %18
  %20 = load i32, i32* %12, align 4
  %21 = icmp slt i32 %20, 16
  br i1 %21, label %22, label %72

22:                                               ; preds = %19
  store float 0.000000e+00, float* %14, align 4
  store i32 0, i32* %13, align 4
  br label %23

23:                                               ; preds = %45, %22
  %24 = load i32, i32* %13, align 4
  %25 = icmp slt i32 %24, 16
  br i1 %25, label %26, label %48

26:                                               ; preds = %23
  %27 = load float*, float** %6, align 8
  %28 = load i32, i32* %11, align 4
  %29 = mul nsw i32 %28, 16
  %30 = load i32, i32* %13, align 4
  %31 = add nsw i32 %29, %30
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds float, float* %27, i64 %32
  %34 = load float, float* %33, align 4
  %35 = load float*, float** %7, align 8
  %36 = load i32, i32* %13, align 4
  %37 = mul nsw i32 %36, 16
  %38 = load i32, i32* %12, align 4
  %39 = add nsw i32 %37, %38
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds float, float* %35, i64 %40
  %42 = load float, float* %41, align 4
  %43 = load float, float* %14, align 4
  %44 = call float @llvm.fmuladd.f32(float %34, float %42, float %43)
  store float %44, float* %14, align 4
  br label %45

45:                                               ; preds = %26
  %46 = load i32, i32* %13, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, i32* %13, align 4
  br label %23

48:                                               ; preds = %23
  %49 = load float, float* %9, align 4
  %50 = load float, float* %14, align 4
  %51 = load float, float* %10, align 4
  %52 = load float*, float** %8, align 8
  %53 = load i32, i32* %11, align 4
  %54 = mul nsw i32 %53, 16
  %55 = load i32, i32* %12, align 4
  %56 = add nsw i32 %54, %55
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds float, float* %52, i64 %57
  %59 = load float, float* %58, align 4
  %60 = fmul float %51, %59
  %61 = call float @llvm.fmuladd.f32(float %49, float %50, float %60)
  %62 = load float*, float** %8, align 8
  %63 = load i32, i32* %11, align 4
  %64 = mul nsw i32 %63, 16
  %65 = load i32, i32* %12, align 4
  %66 = add nsw i32 %64, %65
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds float, float* %62, i64 %67
  store float %61, float* %68, align 4
  br label %69

69:                                               ; preds = %48
  %70 = load i32, i32* %12, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, i32* %12, align 4
  br label %19

72:                                               ; preds = %19
  br label %73

73:                                               ; preds = %72
  %74 = load i32, i32* %11, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, i32* %11, align 4
  br label %15

76:                                               ; preds = %15
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
