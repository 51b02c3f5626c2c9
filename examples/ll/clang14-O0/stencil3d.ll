; ModuleID = 'kernels/stencil3d.c'
source_filename = "kernels/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @stencil3d(i32* noundef %0, i32* noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32*, align 8
  %6 = alloca i32*, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32* %0, i32** %5, align 8
  store i32* %1, i32** %6, align 8
  store i32 %2, i32* %7, align 4
  store i32 %3, i32* %8, align 4
  store i32 0, i32* %9, align 4
  br label %13

13:                                               ; preds = %178, %4
  %14 = load i32, i32* %9, align 4
  %15 = icmp slt i32 %14, 8
  br i1 %15, label %16, label %181

16:                                               ; preds = %13
  store i32 0, i32* %10, align 4
  br label %17

17:                                               ; preds = %174, %16
  %18 = load i32, i32* %10, align 4
  %19 = icmp slt i32 %18, 8
  br i1 %19, label %20, label %177

20:                                               ; preds = %17
  store i32 0, i32* %11, align 4
  br label %21

21:                                               ; preds = %170, %20
  %22 = load i32, i32* %11, align 4
  %23 = icmp slt i32 %22, 8
  br i1 %23, label %24, label %173

24:                                               ; preds = %21
  %25 = load i32, i32* %9, align 4
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %42, label %27

27:                                               ; preds = %24
  %28 = load i32, i32* %10, align 4
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %42, label %30

30:                                               ; preds = %27
  %31 = load i32, i32* %11, align 4
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %42, label %33

33:                                               ; preds = %30
  %34 = load i32, i32* %9, align 4
  %35 = icmp eq i32 %34, 7
  br i1 %35, label %42, label %36

36:                                               ; preds = %33
  %37 = load i32, i32* %10, align 4
  %38 = icmp eq i32 %37, 7
  br i1 %38, label %42, label %39

39:                                               ; preds = %36
  %40 = load i32, i32* %11, align 4
  %41 = icmp eq i32 %40, 7
  br i1 %41, label %42, label %64

42:                                               ; preds = %39, %36, %33, %30, %27, %24
  %43 = load i32*, i32** %5, align 8
  %44 = load i32, i32* %9, align 4
  %45 = mul nsw i32 %44, 8
  %46 = load i32, i32* %10, align 4
  %47 = add nsw i32 %45, %46
  %48 = mul nsw i32 %47, 8
  %49 = load i32, i32* %11, align 4
  %50 = add nsw i32 %48, %49
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i32, i32* %43, i64 %51
  %53 = load i32, i32* %52, align 4
  %54 = load i32*, i32** %6, align 8
  %55 = load i32, i32* %9, align 4
  %56 = mul nsw i32 %55, 8
  %57 = load i32, i32* %10, align 4
  %58 = add nsw i32 %56, %57
  %59 = mul nsw i32 %58, 8
  %60 = load i32, i32* %11, align 4
  %61 = add nsw i32 %59, %60
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds i32, i32* %54, i64 %62
  store i32 %53, i32* %63, align 4
  br label %169

64:                                               ; preds = %39
  %65 = load i32*, i32** %5, align 8
  %66 = load i32, i32* %9, align 4
  %67 = sub nsw i32 %66, 1
  %68 = mul nsw i32 %67, 8
  %69 = load i32, i32* %10, align 4
  %70 = add nsw i32 %68, %69
  %71 = mul nsw i32 %70, 8
  %72 = load i32, i32* %11, align 4
  %73 = add nsw i32 %71, %72
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds i32, i32* %65, i64 %74
  %76 = load i32, i32* %75, align 4
  %77 = load i32*, i32** %5, align 8
  %78 = load i32, i32* %9, align 4
  %79 = add nsw i32 %78, 1
  %80 = mul nsw i32 %79, 8
  %81 = load i32, i32* %10, align 4
  %82 = add nsw i32 %80, %81
  %83 = mul nsw i32 %82, 8
  %84 = load i32, i32* %11, align 4
  %85 = add nsw i32 %83, %84
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds i32, i32* %77, i64 %86
  %88 = load i32, i32* %87, align 4
  %89 = add nsw i32 %76, %88
  %90 = load i32*, i32** %5, align 8
  %91 = load i32, i32* %9, align 4
  %92 = mul nsw i32 %91, 8
  %93 = load i32, i32* %10, align 4
  %94 = sub nsw i32 %93, 1
  %95 = add nsw i32 %92, %94
  %96 = mul nsw i32 %95, 8
  %97 = load i32, i32* %11, align 4
  %98 = add nsw i32 %96, %97
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds i32, i32* %90, i64 %99
  %101 = load i32, i32* %100, align 4
  %102 = add nsw i32 %89, %101
  %103 = load i32*, i32** %5, align 8
  %104 = load i32, i32* %9, align 4
  %105 = mul nsw i32 %104, 8
  %106 = load i32, i32* %10, align 4
  %107 = add nsw i32 %106, 1
  %108 = add nsw i32 %105, %107
  %109 = mul nsw i32 %108, 8
  %110 = load i32, i32* %11, align 4
  %111 = add nsw i32 %109, %110
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds i32, i32* %103, i64 %112
  %114 = load i32, i32* %113, align 4
  %115 = add nsw i32 %102, %114
  %116 = load i32*, i32** %5, align 8
  %117 = load i32, i32* %9, align 4
  %118 = mul nsw i32 %117, 8
  %119 = load i32, i32* %10, align 4
  %120 = add nsw i32 %118, %119
  %121 = mul nsw i32 %120, 8
  %122 = load i32, i32* %11, align 4
  %123 = sub nsw i32 %122, 1
  %124 = add nsw i32 %121, %123
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds i32, i32* %116, i64 %125
  %127 = load i32, i32* %126, align 4
  %128 = add nsw i32 %115, %127
  %129 = load i32*, i32** %5, align 8
  %130 = load i32, i32* %9, align 4
  %131 = mul nsw i32 %130, 8
  %132 = load i32, i32* %10, align 4
  %133 = add nsw i32 %131, %132
  %134 = mul nsw i32 %133, 8
  %135 = load i32, i32* %11, align 4
  %136 = add nsw i32 %135, 1
  %137 = add nsw i32 %134, %136
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds i32, i32* %129, i64 %138
  %140 = load i32, i32* %139, align 4
  %141 = add nsw i32 %128, %140
  store i32 %141, i32* %12, align 4
  %142 = load i32, i32* %7, align 4
  %143 = load i32*, i32** %5, align 8
  %144 = load i32, i32* %9, align 4
  %145 = mul nsw i32 %144, 8
  %146 = load i32, i32* %10, align 4
  %147 = add nsw i32 %145, %146
  %148 = mul nsw i32 %147, 8
  %149 = load i32, i32* %11, align 4
  %150 = add nsw i32 %148, %149
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds i32, i32* %143, i64 %151
  %153 = load i32, i32* %152, align 4
  %154 = mul nsw i32 %142, %153
  %155 = load i32, i32* %8, align 4
  %156 = load i32, i32* %12, align 4
  %157 = mul nsw i32 %155, %156
  %158 = add nsw i32 %154, %157
  %159 = load i32*, i32** %6, align 8
  %160 = load i32, i32* %9, align 4
  %161 = mul nsw i32 %160, 8
  %162 = load i32, i32* %10, align 4
  %163 = add nsw i32 %161, %162
  %164 = mul nsw i32 %163, 8
  %165 = load i32, i32* %11, align 4
  %166 = add nsw i32 %164, %165
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds i32, i32* %159, i64 %167
  store i32 %158, i32* %168, align 4
  br label %169

169:                                              ; preds = %64, %42
  br label %170

170:                                              ; preds = %169
  %171 = load i32, i32* %11, align 4
  %172 = add nsw i32 %171, 1
  store i32 %172, i32* %11, align 4
  br label %21

173:                                              ; preds = %21
  br label %174

174:                                              ; preds = %173
  %175 = load i32, i32* %10, align 4
  %176 = add nsw i32 %175, 1
  store i32 %176, i32* %10, align 4
  br label %17

177:                                              ; preds = %17
  br label %178

178:                                              ; preds = %177
  %179 = load i32, i32* %9, align 4
  %180 = add nsw i32 %179, 1
  store i32 %180, i32* %9, align 4
  br label %13

181:                                              ; preds = %13
  ret void
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
