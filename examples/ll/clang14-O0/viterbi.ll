; ModuleID = 'kernels/viterbi.c'
source_filename = "kernels/viterbi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @viterbi(i32* noundef %0, float* noundef %1, float* noundef %2, float* noundef %3, i32* noundef %4) #0 {
  %6 = alloca i32*, align 8
  %7 = alloca float*, align 8
  %8 = alloca float*, align 8
  %9 = alloca float*, align 8
  %10 = alloca i32*, align 8
  %11 = alloca [16 x [4 x float]], align 16
  %12 = alloca [16 x [4 x i32]], align 16
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca float, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca float, align 4
  store i32* %0, i32** %6, align 8
  store float* %1, float** %7, align 8
  store float* %2, float** %8, align 8
  store float* %3, float** %9, align 8
  store i32* %4, i32** %10, align 8
  store i32 0, i32* %14, align 4
  br label %21

21:                                               ; preds = %50, %5
  %22 = load i32, i32* %14, align 4
  %23 = icmp slt i32 %22, 4
  br i1 %23, label %24, label %53

24:                                               ; preds = %21
  %25 = load float*, float** %7, align 8
  %26 = load i32, i32* %14, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds float, float* %25, i64 %27
  %29 = load float, float* %28, align 4
  %30 = load float*, float** %9, align 8
  %31 = load i32, i32* %14, align 4
  %32 = mul nsw i32 %31, 4
  %33 = load i32*, i32** %6, align 8
  %34 = getelementptr inbounds i32, i32* %33, i64 0
  %35 = load i32, i32* %34, align 4
  %36 = and i32 %35, 3
  %37 = add nsw i32 %32, %36
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds float, float* %30, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %29, %40
  %42 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %11, i64 0, i64 0
  %43 = load i32, i32* %14, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [4 x float], [4 x float]* %42, i64 0, i64 %44
  store float %41, float* %45, align 4
  %46 = getelementptr inbounds [16 x [4 x i32]], [16 x [4 x i32]]* %12, i64 0, i64 0
  %47 = load i32, i32* %14, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [4 x i32], [4 x i32]* %46, i64 0, i64 %48
  store i32 0, i32* %49, align 4
  br label %50

50:                                               ; preds = %24
  %51 = load i32, i32* %14, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, i32* %14, align 4
  br label %21

53:                                               ; preds = %21
  store i32 1, i32* %13, align 4
  br label %54

54:                                               ; preds = %140, %53
  %55 = load i32, i32* %13, align 4
  %56 = icmp slt i32 %55, 16
  br i1 %56, label %57, label %143

57:                                               ; preds = %54
  %58 = load i32*, i32** %6, align 8
  %59 = load i32, i32* %13, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i32, i32* %58, i64 %60
  %62 = load i32, i32* %61, align 4
  %63 = and i32 %62, 3
  store i32 %63, i32* %18, align 4
  store i32 0, i32* %14, align 4
  br label %64

64:                                               ; preds = %136, %57
  %65 = load i32, i32* %14, align 4
  %66 = icmp slt i32 %65, 4
  br i1 %66, label %67, label %139

67:                                               ; preds = %64
  store i32 0, i32* %19, align 4
  %68 = load i32, i32* %13, align 4
  %69 = sub nsw i32 %68, 1
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %11, i64 0, i64 %70
  %72 = getelementptr inbounds [4 x float], [4 x float]* %71, i64 0, i64 0
  %73 = load float, float* %72, align 16
  %74 = load float*, float** %8, align 8
  %75 = load i32, i32* %14, align 4
  %76 = add nsw i32 0, %75
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds float, float* %74, i64 %77
  %79 = load float, float* %78, align 4
  %80 = fadd float %73, %79
  store float %80, float* %17, align 4
  store i32 1, i32* %15, align 4
  br label %81

81:                                               ; preds = %109, %67
  %82 = load i32, i32* %15, align 4
  %83 = icmp slt i32 %82, 4
  br i1 %83, label %84, label %112

84:                                               ; preds = %81
  %85 = load i32, i32* %13, align 4
  %86 = sub nsw i32 %85, 1
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %11, i64 0, i64 %87
  %89 = load i32, i32* %15, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [4 x float], [4 x float]* %88, i64 0, i64 %90
  %92 = load float, float* %91, align 4
  %93 = load float*, float** %8, align 8
  %94 = load i32, i32* %15, align 4
  %95 = mul nsw i32 %94, 4
  %96 = load i32, i32* %14, align 4
  %97 = add nsw i32 %95, %96
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds float, float* %93, i64 %98
  %100 = load float, float* %99, align 4
  %101 = fadd float %92, %100
  store float %101, float* %20, align 4
  %102 = load float, float* %20, align 4
  %103 = load float, float* %17, align 4
  %104 = fcmp olt float %102, %103
  br i1 %104, label %105, label %108

105:                                              ; preds = %84
  %106 = load float, float* %20, align 4
  store float %106, float* %17, align 4
  %107 = load i32, i32* %15, align 4
  store i32 %107, i32* %19, align 4
  br label %108

108:                                              ; preds = %105, %84
  br label %109

109:                                              ; preds = %108
  %110 = load i32, i32* %15, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, i32* %15, align 4
  br label %81

112:                                              ; preds = %81
  %113 = load float, float* %17, align 4
  %114 = load float*, float** %9, align 8
  %115 = load i32, i32* %14, align 4
  %116 = mul nsw i32 %115, 4
  %117 = load i32, i32* %18, align 4
  %118 = add nsw i32 %116, %117
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds float, float* %114, i64 %119
  %121 = load float, float* %120, align 4
  %122 = fadd float %113, %121
  %123 = load i32, i32* %13, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %11, i64 0, i64 %124
  %126 = load i32, i32* %14, align 4
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [4 x float], [4 x float]* %125, i64 0, i64 %127
  store float %122, float* %128, align 4
  %129 = load i32, i32* %19, align 4
  %130 = load i32, i32* %13, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [16 x [4 x i32]], [16 x [4 x i32]]* %12, i64 0, i64 %131
  %133 = load i32, i32* %14, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [4 x i32], [4 x i32]* %132, i64 0, i64 %134
  store i32 %129, i32* %135, align 4
  br label %136

136:                                              ; preds = %112
  %137 = load i32, i32* %14, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, i32* %14, align 4
  br label %64

139:                                              ; preds = %64
  br label %140

140:                                              ; preds = %139
  %141 = load i32, i32* %13, align 4
  %142 = add nsw i32 %141, 1
  store i32 %142, i32* %13, align 4
  br label %54

143:                                              ; preds = %54
  store i32 0, i32* %16, align 4
  %144 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %11, i64 0, i64 15
  %145 = getelementptr inbounds [4 x float], [4 x float]* %144, i64 0, i64 0
  %146 = load float, float* %145, align 16
  store float %146, float* %17, align 4
  store i32 1, i32* %14, align 4
  br label %147

147:                                              ; preds = %166, %143
  %148 = load i32, i32* %14, align 4
  %149 = icmp slt i32 %148, 4
  br i1 %149, label %150, label %169

150:                                              ; preds = %147
  %151 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %11, i64 0, i64 15
  %152 = load i32, i32* %14, align 4
  %153 = sext i32 %152 to i64
  %154 = getelementptr inbounds [4 x float], [4 x float]* %151, i64 0, i64 %153
  %155 = load float, float* %154, align 4
  %156 = load float, float* %17, align 4
  %157 = fcmp olt float %155, %156
  br i1 %157, label %158, label %165

158:                                              ; preds = %150
  %159 = getelementptr inbounds [16 x [4 x float]], [16 x [4 x float]]* %11, i64 0, i64 15
  %160 = load i32, i32* %14, align 4
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds [4 x float], [4 x float]* %159, i64 0, i64 %161
  %163 = load float, float* %162, align 4
  store float %163, float* %17, align 4
  %164 = load i32, i32* %14, align 4
  store i32 %164, i32* %16, align 4
  br label %165

165:                                              ; preds = %158, %150
  br label %166

166:                                              ; preds = %165
  %167 = load i32, i32* %14, align 4
  %168 = add nsw i32 %167, 1
  store i32 %168, i32* %14, align 4
  br label %147

169:                                              ; preds = %147
  %170 = load i32, i32* %16, align 4
  %171 = load i32*, i32** %10, align 8
  %172 = getelementptr inbounds i32, i32* %171, i64 15
  store i32 %170, i32* %172, align 4
  store i32 15, i32* %13, align 4
  br label %173

173:                                              ; preds = %190, %169
  %174 = load i32, i32* %13, align 4
  %175 = icmp sgt i32 %174, 0
  br i1 %175, label %176, label %193

176:                                              ; preds = %173
  %177 = load i32, i32* %13, align 4
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds [16 x [4 x i32]], [16 x [4 x i32]]* %12, i64 0, i64 %178
  %180 = load i32, i32* %16, align 4
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds [4 x i32], [4 x i32]* %179, i64 0, i64 %181
  %183 = load i32, i32* %182, align 4
  store i32 %183, i32* %16, align 4
  %184 = load i32, i32* %16, align 4
  %185 = load i32*, i32** %10, align 8
  %186 = load i32, i32* %13, align 4
  %187 = sub nsw i32 %186, 1
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds i32, i32* %185, i64 %188
  store i32 %184, i32* %189, align 4
  br label %190

190:                                              ; preds = %176
  %191 = load i32, i32* %13, align 4
  %192 = add nsw i32 %191, -1
  store i32 %192, i32* %13, align 4
  br label %173

193:                                              ; preds = %173
  %194 = load i32*, i32** %10, align 8
  %195 = getelementptr inbounds i32, i32* %194, i64 15
  %196 = load i32, i32* %195, align 4
  ret i32 %196
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
