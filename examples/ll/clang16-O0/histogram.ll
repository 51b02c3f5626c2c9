; ModuleID = 'kernels/histogram.c'
source_filename = "kernels/histogram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @histogram(ptr noundef %img, ptr noundef %bins, i32 noundef %n) #0 {
entry:
  %img.addr = alloca ptr, align 8
  %bins.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %best = alloca i32, align 4
  store ptr %img, ptr %img.addr, align 8
  store ptr %bins, ptr %bins.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %best, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %0, 1024
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 1024, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end
  %1 = load i32, ptr %i, align 4
  %cmp1 = icmp slt i32 %1, 16
  br i1 %cmp1, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %bins.addr, align 8
  %3 = load i32, ptr %i, align 4
  %idxprom = sext i32 %3 to i64
  %arrayidx = getelementptr inbounds i32, ptr %2, i64 %idxprom
  store i32 0, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc10, %for.end
  %5 = load i32, ptr %i, align 4
  %6 = load i32, ptr %n.addr, align 4
  %cmp3 = icmp slt i32 %5, %6
  br i1 %cmp3, label %for.body4, label %for.end12

for.body4:                                        ; preds = %for.cond2
  %7 = load ptr, ptr %bins.addr, align 8
  %8 = load ptr, ptr %img.addr, align 8
  %9 = load i32, ptr %i, align 4
  %idxprom5 = sext i32 %9 to i64
  %arrayidx6 = getelementptr inbounds i8, ptr %8, i64 %idxprom5
  %10 = load i8, ptr %arrayidx6, align 1
  %conv = zext i8 %10 to i32
  %shr = ashr i32 %conv, 4
  %idxprom7 = sext i32 %shr to i64
  %arrayidx8 = getelementptr inbounds i32, ptr %7, i64 %idxprom7
  %11 = load i32, ptr %arrayidx8, align 4
  %inc9 = add i32 %11, 1
  store i32 %inc9, ptr %arrayidx8, align 4
  br label %for.inc10

for.inc10:                                        ; preds = %for.body4
  %12 = load i32, ptr %i, align 4
  %inc11 = add nsw i32 %12, 1
  store i32 %inc11, ptr %i, align 4
  br label %for.cond2

for.end12:                                        ; preds = %for.cond2
  store i32 1, ptr %i, align 4
  br label %for.cond13

for.cond13:                                       ; preds = %for.inc25, %for.end12
  %13 = load i32, ptr %i, align 4
  %cmp14 = icmp slt i32 %13, 16
  br i1 %cmp14, label %for.body16, label %for.end27

for.body16:                                       ; preds = %for.cond13
  %14 = load ptr, ptr %bins.addr, align 8
  %15 = load i32, ptr %i, align 4
  %idxprom17 = sext i32 %15 to i64
  %arrayidx18 = getelementptr inbounds i32, ptr %14, i64 %idxprom17
  %16 = load i32, ptr %arrayidx18, align 4
  %17 = load ptr, ptr %bins.addr, align 8
  %18 = load i32, ptr %best, align 4
  %idxprom19 = sext i32 %18 to i64
  %arrayidx20 = getelementptr inbounds i32, ptr %17, i64 %idxprom19
  %19 = load i32, ptr %arrayidx20, align 4
  %cmp21 = icmp ugt i32 %16, %19
  br i1 %cmp21, label %if.then23, label %if.end24

if.then23:                                        ; preds = %for.body16
  %20 = load i32, ptr %i, align 4
  store i32 %20, ptr %best, align 4
  br label %if.end24

if.end24:                                         ; preds = %if.then23, %for.body16
  br label %for.inc25

for.inc25:                                        ; preds = %if.end24
  %21 = load i32, ptr %i, align 4
  %inc26 = add nsw i32 %21, 1
  store i32 %inc26, ptr %i, align 4
  br label %for.cond13

for.end27:                                        ; preds = %for.cond13
  %22 = load i32, ptr %best, align 4
  ret i32 %22
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
