; ModuleID = 'kernels/bfs.c'
source_filename = "kernels/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @bfs(ptr noundef %row_ptr, ptr noundef %cols, i32 noundef %src, ptr noundef %level) #0 {
entry:
  %row_ptr.addr = alloca ptr, align 8
  %cols.addr = alloca ptr, align 8
  %src.addr = alloca i32, align 4
  %level.addr = alloca ptr, align 8
  %queue = alloca [16 x i32], align 16
  %visited = alloca [16 x i32], align 16
  %head = alloca i32, align 4
  %tail = alloca i32, align 4
  %i = alloca i32, align 4
  %u = alloca i32, align 4
  %e = alloca i32, align 4
  %end = alloca i32, align 4
  %v = alloca i32, align 4
  store ptr %row_ptr, ptr %row_ptr.addr, align 8
  store ptr %cols, ptr %cols.addr, align 8
  store i32 %src, ptr %src.addr, align 4
  store ptr %level, ptr %level.addr, align 8
  store i32 0, ptr %head, align 4
  store i32 0, ptr %tail, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %idxprom = sext i32 %1 to i64
  %arrayidx = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom
  store i32 0, ptr %arrayidx, align 4
  %2 = load ptr, ptr %level.addr, align 8
  %3 = load i32, ptr %i, align 4
  %idxprom1 = sext i32 %3 to i64
  %arrayidx2 = getelementptr inbounds i32, ptr %2, i64 %idxprom1
  store i32 -1, ptr %arrayidx2, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %5 = load i32, ptr %src.addr, align 4
  %and = and i32 %5, 15
  store i32 %and, ptr %src.addr, align 4
  %6 = load i32, ptr %src.addr, align 4
  %idxprom3 = sext i32 %6 to i64
  %arrayidx4 = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom3
  store i32 1, ptr %arrayidx4, align 4
  %7 = load ptr, ptr %level.addr, align 8
  %8 = load i32, ptr %src.addr, align 4
  %idxprom5 = sext i32 %8 to i64
  %arrayidx6 = getelementptr inbounds i32, ptr %7, i64 %idxprom5
  store i32 0, ptr %arrayidx6, align 4
  %9 = load i32, ptr %src.addr, align 4
  %10 = load i32, ptr %tail, align 4
  %inc7 = add nsw i32 %10, 1
  store i32 %inc7, ptr %tail, align 4
  %idxprom8 = sext i32 %10 to i64
  %arrayidx9 = getelementptr inbounds [16 x i32], ptr %queue, i64 0, i64 %idxprom8
  store i32 %9, ptr %arrayidx9, align 4
  br label %while.cond

while.cond:                                       ; preds = %for.end39, %for.end
  %11 = load i32, ptr %head, align 4
  %12 = load i32, ptr %tail, align 4
  %cmp10 = icmp slt i32 %11, %12
  br i1 %cmp10, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %13 = load i32, ptr %head, align 4
  %inc11 = add nsw i32 %13, 1
  store i32 %inc11, ptr %head, align 4
  %idxprom12 = sext i32 %13 to i64
  %arrayidx13 = getelementptr inbounds [16 x i32], ptr %queue, i64 0, i64 %idxprom12
  %14 = load i32, ptr %arrayidx13, align 4
  store i32 %14, ptr %u, align 4
  %15 = load ptr, ptr %row_ptr.addr, align 8
  %16 = load i32, ptr %u, align 4
  %idxprom14 = sext i32 %16 to i64
  %arrayidx15 = getelementptr inbounds i32, ptr %15, i64 %idxprom14
  %17 = load i32, ptr %arrayidx15, align 4
  %call = call i32 @clamp_edge(i32 noundef %17)
  store i32 %call, ptr %e, align 4
  %18 = load ptr, ptr %row_ptr.addr, align 8
  %19 = load i32, ptr %u, align 4
  %add = add nsw i32 %19, 1
  %idxprom16 = sext i32 %add to i64
  %arrayidx17 = getelementptr inbounds i32, ptr %18, i64 %idxprom16
  %20 = load i32, ptr %arrayidx17, align 4
  %call18 = call i32 @clamp_edge(i32 noundef %20)
  store i32 %call18, ptr %end, align 4
  br label %for.cond19

for.cond19:                                       ; preds = %for.inc37, %while.body
  %21 = load i32, ptr %e, align 4
  %22 = load i32, ptr %end, align 4
  %cmp20 = icmp ult i32 %21, %22
  br i1 %cmp20, label %for.body21, label %for.end39

for.body21:                                       ; preds = %for.cond19
  %23 = load ptr, ptr %cols.addr, align 8
  %24 = load i32, ptr %e, align 4
  %idxprom22 = zext i32 %24 to i64
  %arrayidx23 = getelementptr inbounds i32, ptr %23, i64 %idxprom22
  %25 = load i32, ptr %arrayidx23, align 4
  %and24 = and i32 %25, 15
  store i32 %and24, ptr %v, align 4
  %26 = load i32, ptr %v, align 4
  %idxprom25 = sext i32 %26 to i64
  %arrayidx26 = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom25
  %27 = load i32, ptr %arrayidx26, align 4
  %tobool = icmp ne i32 %27, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %for.body21
  %28 = load i32, ptr %v, align 4
  %idxprom27 = sext i32 %28 to i64
  %arrayidx28 = getelementptr inbounds [16 x i32], ptr %visited, i64 0, i64 %idxprom27
  store i32 1, ptr %arrayidx28, align 4
  %29 = load ptr, ptr %level.addr, align 8
  %30 = load i32, ptr %u, align 4
  %idxprom29 = sext i32 %30 to i64
  %arrayidx30 = getelementptr inbounds i32, ptr %29, i64 %idxprom29
  %31 = load i32, ptr %arrayidx30, align 4
  %add31 = add nsw i32 %31, 1
  %32 = load ptr, ptr %level.addr, align 8
  %33 = load i32, ptr %v, align 4
  %idxprom32 = sext i32 %33 to i64
  %arrayidx33 = getelementptr inbounds i32, ptr %32, i64 %idxprom32
  store i32 %add31, ptr %arrayidx33, align 4
  %34 = load i32, ptr %v, align 4
  %35 = load i32, ptr %tail, align 4
  %inc34 = add nsw i32 %35, 1
  store i32 %inc34, ptr %tail, align 4
  %idxprom35 = sext i32 %35 to i64
  %arrayidx36 = getelementptr inbounds [16 x i32], ptr %queue, i64 0, i64 %idxprom35
  store i32 %34, ptr %arrayidx36, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body21
  br label %for.inc37

for.inc37:                                        ; preds = %if.end
  %36 = load i32, ptr %e, align 4
  %inc38 = add i32 %36, 1
  store i32 %inc38, ptr %e, align 4
  br label %for.cond19

for.end39:                                        ; preds = %for.cond19
  br label %while.cond

while.end:                                        ; preds = %while.cond
  %37 = load i32, ptr %tail, align 4
  ret i32 %37
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @clamp_edge(i32 noundef %e) #0 {
entry:
  %e.addr = alloca i32, align 4
  %u = alloca i32, align 4
  store i32 %e, ptr %e.addr, align 4
  %0 = load i32, ptr %e.addr, align 4
  store i32 %0, ptr %u, align 4
  %1 = load i32, ptr %u, align 4
  %cmp = icmp ugt i32 %1, 64
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  br label %cond.end

cond.false:                                       ; preds = %entry
  %2 = load i32, ptr %u, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ 64, %cond.true ], [ %2, %cond.false ]
  ret i32 %cond
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
