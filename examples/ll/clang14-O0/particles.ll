; ModuleID = 'kernels/particles.c'
source_filename = "kernels/particles.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.particle = type { float, float, i32 }

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @particles(%struct.particle* noundef %0, i32 noundef %1, float noundef %2) #0 {
  %4 = alloca %struct.particle*, align 8
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  store %struct.particle* %0, %struct.particle** %4, align 8
  store i32 %1, i32* %5, align 4
  store float %2, float* %6, align 4
  %8 = load i32, i32* %5, align 4
  %9 = icmp sgt i32 %8, 256
  br i1 %9, label %10, label %11

10:                                               ; preds = %3
  store i32 256, i32* %5, align 4
  br label %11

11:                                               ; preds = %10, %3
  store i32 0, i32* %7, align 4
  br label %12

12:                                               ; preds = %79, %11
  %13 = load i32, i32* %7, align 4
  %14 = load i32, i32* %5, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %82

16:                                               ; preds = %12
  %17 = load float, float* %6, align 4
  %18 = load %struct.particle*, %struct.particle** %4, align 8
  %19 = load i32, i32* %7, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.particle, %struct.particle* %18, i64 %20
  %22 = getelementptr inbounds %struct.particle, %struct.particle* %21, i32 0, i32 1
  %23 = load float, float* %22, align 4
  %24 = call float @llvm.fmuladd.f32(float 0xC0239EB860000000, float %17, float %23)
  store float %24, float* %22, align 4
  %25 = load %struct.particle*, %struct.particle** %4, align 8
  %26 = load i32, i32* %7, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.particle, %struct.particle* %25, i64 %27
  %29 = getelementptr inbounds %struct.particle, %struct.particle* %28, i32 0, i32 1
  %30 = load float, float* %29, align 4
  %31 = load float, float* %6, align 4
  %32 = load %struct.particle*, %struct.particle** %4, align 8
  %33 = load i32, i32* %7, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds %struct.particle, %struct.particle* %32, i64 %34
  %36 = getelementptr inbounds %struct.particle, %struct.particle* %35, i32 0, i32 0
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %30, float %31, float %37)
  store float %38, float* %36, align 4
  %39 = load %struct.particle*, %struct.particle** %4, align 8
  %40 = load i32, i32* %7, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.particle, %struct.particle* %39, i64 %41
  %43 = getelementptr inbounds %struct.particle, %struct.particle* %42, i32 0, i32 0
  %44 = load float, float* %43, align 4
  %45 = fcmp olt float %44, 0.000000e+00
  br i1 %45, label %46, label %78

46:                                               ; preds = %16
  %47 = load %struct.particle*, %struct.particle** %4, align 8
  %48 = load i32, i32* %7, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds %struct.particle, %struct.particle* %47, i64 %49
  %51 = getelementptr inbounds %struct.particle, %struct.particle* %50, i32 0, i32 0
  %52 = load float, float* %51, align 4
  %53 = fneg float %52
  %54 = load %struct.particle*, %struct.particle** %4, align 8
  %55 = load i32, i32* %7, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds %struct.particle, %struct.particle* %54, i64 %56
  %58 = getelementptr inbounds %struct.particle, %struct.particle* %57, i32 0, i32 0
  store float %53, float* %58, align 4
  %59 = load %struct.particle*, %struct.particle** %4, align 8
  %60 = load i32, i32* %7, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds %struct.particle, %struct.particle* %59, i64 %61
  %63 = getelementptr inbounds %struct.particle, %struct.particle* %62, i32 0, i32 1
  %64 = load float, float* %63, align 4
  %65 = fmul float 0xBFECCCCCC0000000, %64
  %66 = load %struct.particle*, %struct.particle** %4, align 8
  %67 = load i32, i32* %7, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds %struct.particle, %struct.particle* %66, i64 %68
  %70 = getelementptr inbounds %struct.particle, %struct.particle* %69, i32 0, i32 1
  store float %65, float* %70, align 4
  %71 = load %struct.particle*, %struct.particle** %4, align 8
  %72 = load i32, i32* %7, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds %struct.particle, %struct.particle* %71, i64 %73
  %75 = getelementptr inbounds %struct.particle, %struct.particle* %74, i32 0, i32 2
  %76 = load i32, i32* %75, align 4
  %77 = add i32 %76, 1
  store i32 %77, i32* %75, align 4
  br label %78

78:                                               ; preds = %46, %16
  br label %79

79:                                               ; preds = %78
  %80 = load i32, i32* %7, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, i32* %7, align 4
  br label %12

82:                                               ; preds = %12
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
