; ModuleID = 'kernels/stencil2d.c'
source_filename = "kernels/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @stencil2d([32 x float]* noundef %0, [32 x float]* noundef %1) #0 {
  %3 = alloca [32 x float]*, align 8
  %4 = alloca [32 x float]*, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store [32 x float]* %0, [32 x float]** %3, align 8
  store [32 x float]* %1, [32 x float]** %4, align 8
  store i32 0, i32* %5, align 4
  br label %7

7:                                                ; preds = %104, %2
  %8 = load i32, i32* %5, align 4
  %9 = icmp slt i32 %8, 32
  br i1 %9, label %10, label %107

10:                                               ; preds = %7
  store i32 0, i32* %6, align 4
  br label %11

11:                                               ; preds = %100, %10
  %12 = load i32, i32* %6, align 4
  %13 = icmp slt i32 %12, 32
  br i1 %13, label %14, label %103

14:                                               ; preds = %11
  %15 = load i32, i32* %5, align 4
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %26, label %17

17:                                               ; preds = %14
  %18 = load i32, i32* %6, align 4
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %26, label %20

20:                                               ; preds = %17
  %21 = load i32, i32* %5, align 4
  %22 = icmp eq i32 %21, 31
  br i1 %22, label %26, label %23

23:                                               ; preds = %20
  %24 = load i32, i32* %6, align 4
  %25 = icmp eq i32 %24, 31
  br i1 %25, label %26, label %42

26:                                               ; preds = %23, %20, %17, %14
  %27 = load [32 x float]*, [32 x float]** %3, align 8
  %28 = load i32, i32* %5, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [32 x float], [32 x float]* %27, i64 %29
  %31 = load i32, i32* %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [32 x float], [32 x float]* %30, i64 0, i64 %32
  %34 = load float, float* %33, align 4
  %35 = load [32 x float]*, [32 x float]** %4, align 8
  %36 = load i32, i32* %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [32 x float], [32 x float]* %35, i64 %37
  %39 = load i32, i32* %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [32 x float], [32 x float]* %38, i64 0, i64 %40
  store float %34, float* %41, align 4
  br label %99

42:                                               ; preds = %23
  %43 = load [32 x float]*, [32 x float]** %3, align 8
  %44 = load i32, i32* %5, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [32 x float], [32 x float]* %43, i64 %45
  %47 = load i32, i32* %6, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [32 x float], [32 x float]* %46, i64 0, i64 %48
  %50 = load float, float* %49, align 4
  %51 = load [32 x float]*, [32 x float]** %3, align 8
  %52 = load i32, i32* %5, align 4
  %53 = sub nsw i32 %52, 1
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [32 x float], [32 x float]* %51, i64 %54
  %56 = load i32, i32* %6, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [32 x float], [32 x float]* %55, i64 0, i64 %57
  %59 = load float, float* %58, align 4
  %60 = load [32 x float]*, [32 x float]** %3, align 8
  %61 = load i32, i32* %5, align 4
  %62 = add nsw i32 %61, 1
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [32 x float], [32 x float]* %60, i64 %63
  %65 = load i32, i32* %6, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [32 x float], [32 x float]* %64, i64 0, i64 %66
  %68 = load float, float* %67, align 4
  %69 = fadd float %59, %68
  %70 = load [32 x float]*, [32 x float]** %3, align 8
  %71 = load i32, i32* %5, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [32 x float], [32 x float]* %70, i64 %72
  %74 = load i32, i32* %6, align 4
  %75 = sub nsw i32 %74, 1
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [32 x float], [32 x float]* %73, i64 0, i64 %76
  %78 = load float, float* %77, align 4
  %79 = fadd float %69, %78
  %80 = load [32 x float]*, [32 x float]** %3, align 8
  %81 = load i32, i32* %5, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [32 x float], [32 x float]* %80, i64 %82
  %84 = load i32, i32* %6, align 4
  %85 = add nsw i32 %84, 1
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [32 x float], [32 x float]* %83, i64 0, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fadd float %79, %88
  %90 = fmul float 1.250000e-01, %89
  %91 = call float @llvm.fmuladd.f32(float 5.000000e-01, float %50, float %90)
  %92 = load [32 x float]*, [32 x float]** %4, align 8
  %93 = load i32, i32* %5, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [32 x float], [32 x float]* %92, i64 %94
  %96 = load i32, i32* %6, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [32 x float], [32 x float]* %95, i64 0, i64 %97
  store float %91, float* %98, align 4
  br label %99

99:                                               ; preds = %42, %26
  br label %100

100:                                              ; preds = %99
  %101 = load i32, i32* %6, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, i32* %6, align 4
  br label %11

103:                                              ; preds = %11
  br label %104

104:                                              ; preds = %103
  %105 = load i32, i32* %5, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, i32* %5, align 4
  br label %7

107:                                              ; preds = %7
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
