; ModuleID = 'kernels/alu.c'
source_filename = "kernels/alu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @alu(i8* noundef %0, i32* noundef %1, i32* noundef %2, i32* noundef %3, i32 noundef %4) #0 {
  %6 = alloca i8*, align 8
  %7 = alloca i32*, align 8
  %8 = alloca i32*, align 8
  %9 = alloca i32*, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store i8* %0, i8** %6, align 8
  store i32* %1, i32** %7, align 8
  store i32* %2, i32** %8, align 8
  store i32* %3, i32** %9, align 8
  store i32 %4, i32* %10, align 4
  store i32 0, i32* %11, align 4
  %16 = load i32, i32* %10, align 4
  %17 = icmp sgt i32 %16, 256
  br i1 %17, label %18, label %19

18:                                               ; preds = %5
  store i32 256, i32* %10, align 4
  br label %19

19:                                               ; preds = %18, %5
  store i32 0, i32* %12, align 4
  br label %20

20:                                               ; preds = %107, %19
  %21 = load i32, i32* %12, align 4
  %22 = load i32, i32* %10, align 4
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %24, label %110

24:                                               ; preds = %20
  %25 = load i32*, i32** %7, align 8
  %26 = load i32, i32* %12, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i32, i32* %25, i64 %27
  %29 = load i32, i32* %28, align 4
  store i32 %29, i32* %13, align 4
  %30 = load i32*, i32** %8, align 8
  %31 = load i32, i32* %12, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i32, i32* %30, i64 %32
  %34 = load i32, i32* %33, align 4
  store i32 %34, i32* %14, align 4
  %35 = load i8*, i8** %6, align 8
  %36 = load i32, i32* %12, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i8, i8* %35, i64 %37
  %39 = load i8, i8* %38, align 1
  %40 = zext i8 %39 to i32
  %41 = and i32 %40, 15
  switch i32 %41, label %96 [
    i32 0, label %42
    i32 1, label %46
    i32 2, label %50
    i32 3, label %54
    i32 4, label %58
    i32 5, label %62
    i32 6, label %66
    i32 7, label %71
    i32 8, label %76
    i32 9, label %86
  ]

42:                                               ; preds = %24
  %43 = load i32, i32* %13, align 4
  %44 = load i32, i32* %14, align 4
  %45 = add i32 %43, %44
  store i32 %45, i32* %15, align 4
  br label %98

46:                                               ; preds = %24
  %47 = load i32, i32* %13, align 4
  %48 = load i32, i32* %14, align 4
  %49 = sub i32 %47, %48
  store i32 %49, i32* %15, align 4
  br label %98

50:                                               ; preds = %24
  %51 = load i32, i32* %13, align 4
  %52 = load i32, i32* %14, align 4
  %53 = mul i32 %51, %52
  store i32 %53, i32* %15, align 4
  br label %98

54:                                               ; preds = %24
  %55 = load i32, i32* %13, align 4
  %56 = load i32, i32* %14, align 4
  %57 = and i32 %55, %56
  store i32 %57, i32* %15, align 4
  br label %98

58:                                               ; preds = %24
  %59 = load i32, i32* %13, align 4
  %60 = load i32, i32* %14, align 4
  %61 = or i32 %59, %60
  store i32 %61, i32* %15, align 4
  br label %98

62:                                               ; preds = %24
  %63 = load i32, i32* %13, align 4
  %64 = load i32, i32* %14, align 4
  %65 = xor i32 %63, %64
  store i32 %65, i32* %15, align 4
  br label %98

66:                                               ; preds = %24
  %67 = load i32, i32* %13, align 4
  %68 = load i32, i32* %14, align 4
  %69 = and i32 %68, 31
  %70 = shl i32 %67, %69
  store i32 %70, i32* %15, align 4
  br label %98

71:                                               ; preds = %24
  %72 = load i32, i32* %13, align 4
  %73 = load i32, i32* %14, align 4
  %74 = and i32 %73, 31
  %75 = lshr i32 %72, %74
  store i32 %75, i32* %15, align 4
  br label %98

76:                                               ; preds = %24
  %77 = load i32, i32* %14, align 4
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %79, label %83

79:                                               ; preds = %76
  %80 = load i32, i32* %13, align 4
  %81 = load i32, i32* %14, align 4
  %82 = udiv i32 %80, %81
  br label %84

83:                                               ; preds = %76
  br label %84

84:                                               ; preds = %83, %79
  %85 = phi i32 [ %82, %79 ], [ 0, %83 ]
  store i32 %85, i32* %15, align 4
  br label %98

86:                                               ; preds = %24
  %87 = load i32, i32* %13, align 4
  %88 = load i32, i32* %14, align 4
  %89 = icmp ult i32 %87, %88
  br i1 %89, label %90, label %92

90:                                               ; preds = %86
  %91 = load i32, i32* %13, align 4
  br label %94

92:                                               ; preds = %86
  %93 = load i32, i32* %14, align 4
  br label %94

94:                                               ; preds = %92, %90
  %95 = phi i32 [ %91, %90 ], [ %93, %92 ]
  store i32 %95, i32* %15, align 4
  br label %98

96:                                               ; preds = %24
  %97 = load i32, i32* %13, align 4
  store i32 %97, i32* %15, align 4
  br label %98

98:                                               ; preds = %96, %94, %84, %71, %66, %62, %58, %54, %50, %46, %42
  %99 = load i32, i32* %15, align 4
  %100 = load i32*, i32** %9, align 8
  %101 = load i32, i32* %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds i32, i32* %100, i64 %102
  store i32 %99, i32* %103, align 4
  %104 = load i32, i32* %15, align 4
  %105 = load i32, i32* %11, align 4
  %106 = xor i32 %105, %104
  store i32 %106, i32* %11, align 4
  br label %107

107:                                              ; preds = %98
  %108 = load i32, i32* %12, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, i32* %12, align 4
  br label %20

110:                                              ; preds = %20
  %111 = load i32, i32* %11, align 4
  ret i32 %111
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
