; ModuleID = 'kernels/merge_sort.c'
source_filename = "kernels/merge_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @merge_sort(ptr noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %tmp = alloca [64 x i32], align 16
  %width = alloca i32, align 4
  %lo = alloca i32, align 4
  %mid = alloca i32, align 4
  %hi = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %0, 64
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 64, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  store i32 1, ptr %width, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc11, %if.end
  %1 = load i32, ptr %width, align 4
  %2 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp slt i32 %1, %2
  br i1 %cmp1, label %for.body, label %for.end13

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %lo, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc, %for.body
  %3 = load i32, ptr %lo, align 4
  %4 = load i32, ptr %n.addr, align 4
  %5 = load i32, ptr %width, align 4
  %sub = sub nsw i32 %4, %5
  %cmp3 = icmp slt i32 %3, %sub
  br i1 %cmp3, label %for.body4, label %for.end

for.body4:                                        ; preds = %for.cond2
  %6 = load i32, ptr %lo, align 4
  %7 = load i32, ptr %width, align 4
  %add = add nsw i32 %6, %7
  store i32 %add, ptr %mid, align 4
  %8 = load i32, ptr %lo, align 4
  %9 = load i32, ptr %width, align 4
  %mul = mul nsw i32 2, %9
  %add5 = add nsw i32 %8, %mul
  store i32 %add5, ptr %hi, align 4
  %10 = load i32, ptr %hi, align 4
  %11 = load i32, ptr %n.addr, align 4
  %cmp6 = icmp sgt i32 %10, %11
  br i1 %cmp6, label %if.then7, label %if.end8

if.then7:                                         ; preds = %for.body4
  %12 = load i32, ptr %n.addr, align 4
  store i32 %12, ptr %hi, align 4
  br label %if.end8

if.end8:                                          ; preds = %if.then7, %for.body4
  %13 = load ptr, ptr %a.addr, align 8
  %arraydecay = getelementptr inbounds [64 x i32], ptr %tmp, i64 0, i64 0
  %14 = load i32, ptr %lo, align 4
  %15 = load i32, ptr %mid, align 4
  %16 = load i32, ptr %hi, align 4
  call void @merge(ptr noundef %13, ptr noundef %arraydecay, i32 noundef %14, i32 noundef %15, i32 noundef %16)
  br label %for.inc

for.inc:                                          ; preds = %if.end8
  %17 = load i32, ptr %width, align 4
  %mul9 = mul nsw i32 2, %17
  %18 = load i32, ptr %lo, align 4
  %add10 = add nsw i32 %18, %mul9
  store i32 %add10, ptr %lo, align 4
  br label %for.cond2

for.end:                                          ; preds = %for.cond2
  br label %for.inc11

for.inc11:                                        ; preds = %for.end
  %19 = load i32, ptr %width, align 4
  %mul12 = mul nsw i32 %19, 2
  store i32 %mul12, ptr %width, align 4
  br label %for.cond

for.end13:                                        ; preds = %for.cond
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @merge(ptr noundef %a, ptr noundef %tmp, i32 noundef %lo, i32 noundef %mid, i32 noundef %hi) #0 {
entry:
  %a.addr = alloca ptr, align 8
  %tmp.addr = alloca ptr, align 8
  %lo.addr = alloca i32, align 4
  %mid.addr = alloca i32, align 4
  %hi.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %k = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 8
  store ptr %tmp, ptr %tmp.addr, align 8
  store i32 %lo, ptr %lo.addr, align 4
  store i32 %mid, ptr %mid.addr, align 4
  store i32 %hi, ptr %hi.addr, align 4
  %0 = load i32, ptr %lo.addr, align 4
  store i32 %0, ptr %i, align 4
  %1 = load i32, ptr %mid.addr, align 4
  store i32 %1, ptr %j, align 4
  %2 = load i32, ptr %lo.addr, align 4
  store i32 %2, ptr %k, align 4
  br label %while.cond

while.cond:                                       ; preds = %if.end, %entry
  %3 = load i32, ptr %i, align 4
  %4 = load i32, ptr %mid.addr, align 4
  %cmp = icmp slt i32 %3, %4
  br i1 %cmp, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %5 = load i32, ptr %j, align 4
  %6 = load i32, ptr %hi.addr, align 4
  %cmp1 = icmp slt i32 %5, %6
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %7 = phi i1 [ false, %while.cond ], [ %cmp1, %land.rhs ]
  br i1 %7, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %8 = load ptr, ptr %a.addr, align 8
  %9 = load i32, ptr %i, align 4
  %idxprom = sext i32 %9 to i64
  %arrayidx = getelementptr inbounds i32, ptr %8, i64 %idxprom
  %10 = load i32, ptr %arrayidx, align 4
  %11 = load ptr, ptr %a.addr, align 8
  %12 = load i32, ptr %j, align 4
  %idxprom2 = sext i32 %12 to i64
  %arrayidx3 = getelementptr inbounds i32, ptr %11, i64 %idxprom2
  %13 = load i32, ptr %arrayidx3, align 4
  %cmp4 = icmp sle i32 %10, %13
  br i1 %cmp4, label %if.then, label %if.else

if.then:                                          ; preds = %while.body
  %14 = load ptr, ptr %a.addr, align 8
  %15 = load i32, ptr %i, align 4
  %inc = add nsw i32 %15, 1
  store i32 %inc, ptr %i, align 4
  %idxprom5 = sext i32 %15 to i64
  %arrayidx6 = getelementptr inbounds i32, ptr %14, i64 %idxprom5
  %16 = load i32, ptr %arrayidx6, align 4
  %17 = load ptr, ptr %tmp.addr, align 8
  %18 = load i32, ptr %k, align 4
  %inc7 = add nsw i32 %18, 1
  store i32 %inc7, ptr %k, align 4
  %idxprom8 = sext i32 %18 to i64
  %arrayidx9 = getelementptr inbounds i32, ptr %17, i64 %idxprom8
  store i32 %16, ptr %arrayidx9, align 4
  br label %if.end

if.else:                                          ; preds = %while.body
  %19 = load ptr, ptr %a.addr, align 8
  %20 = load i32, ptr %j, align 4
  %inc10 = add nsw i32 %20, 1
  store i32 %inc10, ptr %j, align 4
  %idxprom11 = sext i32 %20 to i64
  %arrayidx12 = getelementptr inbounds i32, ptr %19, i64 %idxprom11
  %21 = load i32, ptr %arrayidx12, align 4
  %22 = load ptr, ptr %tmp.addr, align 8
  %23 = load i32, ptr %k, align 4
  %inc13 = add nsw i32 %23, 1
  store i32 %inc13, ptr %k, align 4
  %idxprom14 = sext i32 %23 to i64
  %arrayidx15 = getelementptr inbounds i32, ptr %22, i64 %idxprom14
  store i32 %21, ptr %arrayidx15, align 4
  br label %if.end

if.end:                                           ; preds = %if.else, %if.then
  br label %while.cond

while.end:                                        ; preds = %land.end
  br label %while.cond16

while.cond16:                                     ; preds = %while.body18, %while.end
  %24 = load i32, ptr %i, align 4
  %25 = load i32, ptr %mid.addr, align 4
  %cmp17 = icmp slt i32 %24, %25
  br i1 %cmp17, label %while.body18, label %while.end25

while.body18:                                     ; preds = %while.cond16
  %26 = load ptr, ptr %a.addr, align 8
  %27 = load i32, ptr %i, align 4
  %inc19 = add nsw i32 %27, 1
  store i32 %inc19, ptr %i, align 4
  %idxprom20 = sext i32 %27 to i64
  %arrayidx21 = getelementptr inbounds i32, ptr %26, i64 %idxprom20
  %28 = load i32, ptr %arrayidx21, align 4
  %29 = load ptr, ptr %tmp.addr, align 8
  %30 = load i32, ptr %k, align 4
  %inc22 = add nsw i32 %30, 1
  store i32 %inc22, ptr %k, align 4
  %idxprom23 = sext i32 %30 to i64
  %arrayidx24 = getelementptr inbounds i32, ptr %29, i64 %idxprom23
  store i32 %28, ptr %arrayidx24, align 4
  br label %while.cond16

while.end25:                                      ; preds = %while.cond16
  br label %while.cond26

while.cond26:                                     ; preds = %while.body28, %while.end25
  %31 = load i32, ptr %j, align 4
  %32 = load i32, ptr %hi.addr, align 4
  %cmp27 = icmp slt i32 %31, %32
  br i1 %cmp27, label %while.body28, label %while.end35

while.body28:                                     ; preds = %while.cond26
  %33 = load ptr, ptr %a.addr, align 8
  %34 = load i32, ptr %j, align 4
  %inc29 = add nsw i32 %34, 1
  store i32 %inc29, ptr %j, align 4
  %idxprom30 = sext i32 %34 to i64
  %arrayidx31 = getelementptr inbounds i32, ptr %33, i64 %idxprom30
  %35 = load i32, ptr %arrayidx31, align 4
  %36 = load ptr, ptr %tmp.addr, align 8
  %37 = load i32, ptr %k, align 4
  %inc32 = add nsw i32 %37, 1
  store i32 %inc32, ptr %k, align 4
  %idxprom33 = sext i32 %37 to i64
  %arrayidx34 = getelementptr inbounds i32, ptr %36, i64 %idxprom33
  store i32 %35, ptr %arrayidx34, align 4
  br label %while.cond26

while.end35:                                      ; preds = %while.cond26
  %38 = load i32, ptr %lo.addr, align 4
  store i32 %38, ptr %k, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %while.end35
  %39 = load i32, ptr %k, align 4
  %40 = load i32, ptr %hi.addr, align 4
  %cmp36 = icmp slt i32 %39, %40
  br i1 %cmp36, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %41 = load ptr, ptr %tmp.addr, align 8
  %42 = load i32, ptr %k, align 4
  %idxprom37 = sext i32 %42 to i64
  %arrayidx38 = getelementptr inbounds i32, ptr %41, i64 %idxprom37
  %43 = load i32, ptr %arrayidx38, align 4
  %44 = load ptr, ptr %a.addr, align 8
  %45 = load i32, ptr %k, align 4
  %idxprom39 = sext i32 %45 to i64
  %arrayidx40 = getelementptr inbounds i32, ptr %44, i64 %idxprom39
  store i32 %43, ptr %arrayidx40, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %46 = load i32, ptr %k, align 4
  %inc41 = add nsw i32 %46, 1
  store i32 %inc41, ptr %k, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret void
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
