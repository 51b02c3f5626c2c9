; ModuleID = 'kernels/bubble_sort.c'
source_filename = "kernels/bubble_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @bubble_sort(ptr noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %swaps = alloca i32, align 4
  %swapped = alloca i32, align 4
  %t = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %swaps, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %0, 64
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 64, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc25, %if.end
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %2, 1
  %cmp1 = icmp slt i32 %1, %sub
  br i1 %cmp1, label %for.body, label %for.end27

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %swapped, align 4
  store i32 0, ptr %j, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc, %for.body
  %3 = load i32, ptr %j, align 4
  %4 = load i32, ptr %n.addr, align 4
  %sub3 = sub nsw i32 %4, 1
  %5 = load i32, ptr %i, align 4
  %sub4 = sub nsw i32 %sub3, %5
  %cmp5 = icmp slt i32 %3, %sub4
  br i1 %cmp5, label %for.body6, label %for.end

for.body6:                                        ; preds = %for.cond2
  %6 = load ptr, ptr %a.addr, align 8
  %7 = load i32, ptr %j, align 4
  %idxprom = sext i32 %7 to i64
  %arrayidx = getelementptr inbounds i32, ptr %6, i64 %idxprom
  %8 = load i32, ptr %arrayidx, align 4
  %9 = load ptr, ptr %a.addr, align 8
  %10 = load i32, ptr %j, align 4
  %add = add nsw i32 %10, 1
  %idxprom7 = sext i32 %add to i64
  %arrayidx8 = getelementptr inbounds i32, ptr %9, i64 %idxprom7
  %11 = load i32, ptr %arrayidx8, align 4
  %cmp9 = icmp sgt i32 %8, %11
  br i1 %cmp9, label %if.then10, label %if.end21

if.then10:                                        ; preds = %for.body6
  %12 = load ptr, ptr %a.addr, align 8
  %13 = load i32, ptr %j, align 4
  %idxprom11 = sext i32 %13 to i64
  %arrayidx12 = getelementptr inbounds i32, ptr %12, i64 %idxprom11
  %14 = load i32, ptr %arrayidx12, align 4
  store i32 %14, ptr %t, align 4
  %15 = load ptr, ptr %a.addr, align 8
  %16 = load i32, ptr %j, align 4
  %add13 = add nsw i32 %16, 1
  %idxprom14 = sext i32 %add13 to i64
  %arrayidx15 = getelementptr inbounds i32, ptr %15, i64 %idxprom14
  %17 = load i32, ptr %arrayidx15, align 4
  %18 = load ptr, ptr %a.addr, align 8
  %19 = load i32, ptr %j, align 4
  %idxprom16 = sext i32 %19 to i64
  %arrayidx17 = getelementptr inbounds i32, ptr %18, i64 %idxprom16
  store i32 %17, ptr %arrayidx17, align 4
  %20 = load i32, ptr %t, align 4
  %21 = load ptr, ptr %a.addr, align 8
  %22 = load i32, ptr %j, align 4
  %add18 = add nsw i32 %22, 1
  %idxprom19 = sext i32 %add18 to i64
  %arrayidx20 = getelementptr inbounds i32, ptr %21, i64 %idxprom19
  store i32 %20, ptr %arrayidx20, align 4
  store i32 1, ptr %swapped, align 4
  %23 = load i32, ptr %swaps, align 4
  %inc = add nsw i32 %23, 1
  store i32 %inc, ptr %swaps, align 4
  br label %if.end21

if.end21:                                         ; preds = %if.then10, %for.body6
  br label %for.inc

for.inc:                                          ; preds = %if.end21
  %24 = load i32, ptr %j, align 4
  %inc22 = add nsw i32 %24, 1
  store i32 %inc22, ptr %j, align 4
  br label %for.cond2

for.end:                                          ; preds = %for.cond2
  %25 = load i32, ptr %swapped, align 4
  %tobool = icmp ne i32 %25, 0
  br i1 %tobool, label %if.end24, label %if.then23

if.then23:                                        ; preds = %for.end
  br label %for.end27

if.end24:                                         ; preds = %for.end
  br label %for.inc25

for.inc25:                                        ; preds = %if.end24
  %26 = load i32, ptr %i, align 4
  %inc26 = add nsw i32 %26, 1
  store i32 %inc26, ptr %i, align 4
  br label %for.cond

for.end27:                                        ; preds = %if.then23, %for.cond
  %27 = load i32, ptr %swaps, align 4
  ret i32 %27
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
