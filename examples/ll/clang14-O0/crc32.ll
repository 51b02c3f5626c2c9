; ModuleID = 'kernels/crc32.c'
source_filename = "kernels/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @crc32(i8* noundef %0, i32 noundef %1) #0 {
  %3 = alloca i8*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i8* %0, i8** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 -1, i32* %5, align 4
  %9 = load i32, i32* %4, align 4
  %10 = icmp sgt i32 %9, 1024
  br i1 %10, label %11, label %12

11:                                               ; preds = %2
  store i32 1024, i32* %4, align 4
  br label %12

12:                                               ; preds = %11, %2
  store i32 0, i32* %6, align 4
  br label %13

13:                                               ; preds = %42, %12
  %14 = load i32, i32* %6, align 4
  %15 = load i32, i32* %4, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %45

17:                                               ; preds = %13
  %18 = load i8*, i8** %3, align 8
  %19 = load i32, i32* %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i8, i8* %18, i64 %20
  %22 = load i8, i8* %21, align 1
  %23 = zext i8 %22 to i32
  %24 = load i32, i32* %5, align 4
  %25 = xor i32 %24, %23
  store i32 %25, i32* %5, align 4
  store i32 0, i32* %7, align 4
  br label %26

26:                                               ; preds = %38, %17
  %27 = load i32, i32* %7, align 4
  %28 = icmp slt i32 %27, 8
  br i1 %28, label %29, label %41

29:                                               ; preds = %26
  %30 = load i32, i32* %5, align 4
  %31 = and i32 %30, 1
  %32 = sub i32 0, %31
  store i32 %32, i32* %8, align 4
  %33 = load i32, i32* %5, align 4
  %34 = lshr i32 %33, 1
  %35 = load i32, i32* %8, align 4
  %36 = and i32 -306674912, %35
  %37 = xor i32 %34, %36
  store i32 %37, i32* %5, align 4
  br label %38

38:                                               ; preds = %29
  %39 = load i32, i32* %7, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, i32* %7, align 4
  br label %26

41:                                               ; preds = %26
  br label %42

42:                                               ; preds = %41
  %43 = load i32, i32* %6, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, i32* %6, align 4
  br label %13

45:                                               ; preds = %13
  %46 = load i32, i32* %5, align 4
  %47 = xor i32 %46, -1
  ret i32 %47
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
