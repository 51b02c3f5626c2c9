; ModuleID = 'kernels/conv2d.c'
source_filename = "kernels/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @conv2d(ptr noundef %in, ptr noundef %kern, ptr noundef %out) #0 {
entry:
  %in.addr = alloca ptr, align 8
  %kern.addr = alloca ptr, align 8
  %out.addr = alloca ptr, align 8
  %r = alloca i32, align 4
  %c = alloca i32, align 4
  %kr = alloca i32, align 4
  %kc = alloca i32, align 4
  %acc = alloca i32, align 4
  store ptr %in, ptr %in.addr, align 8
  store ptr %kern, ptr %kern.addr, align 8
  store ptr %out, ptr %out.addr, align 8
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc39, %entry
  %0 = load i32, ptr %r, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end41

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %c, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc36, %for.body
  %1 = load i32, ptr %c, align 4
  %cmp2 = icmp slt i32 %1, 16
  br i1 %cmp2, label %for.body3, label %for.end38

for.body3:                                        ; preds = %for.cond1
  store i32 0, ptr %acc, align 4
  %2 = load i32, ptr %r, align 4
  %cmp4 = icmp eq i32 %2, 0
  br i1 %cmp4, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %for.body3
  %3 = load i32, ptr %c, align 4
  %cmp5 = icmp eq i32 %3, 0
  br i1 %cmp5, label %if.then, label %lor.lhs.false6

lor.lhs.false6:                                   ; preds = %lor.lhs.false
  %4 = load i32, ptr %r, align 4
  %cmp7 = icmp eq i32 %4, 15
  br i1 %cmp7, label %if.then, label %lor.lhs.false8

lor.lhs.false8:                                   ; preds = %lor.lhs.false6
  %5 = load i32, ptr %c, align 4
  %cmp9 = icmp eq i32 %5, 15
  br i1 %cmp9, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false8, %lor.lhs.false6, %lor.lhs.false, %for.body3
  %6 = load ptr, ptr %out.addr, align 8
  %7 = load i32, ptr %r, align 4
  %idxprom = sext i32 %7 to i64
  %arrayidx = getelementptr inbounds [16 x i32], ptr %6, i64 %idxprom
  %8 = load i32, ptr %c, align 4
  %idxprom10 = sext i32 %8 to i64
  %arrayidx11 = getelementptr inbounds [16 x i32], ptr %arrayidx, i64 0, i64 %idxprom10
  store i32 0, ptr %arrayidx11, align 4
  br label %for.inc36

if.end:                                           ; preds = %lor.lhs.false8
  store i32 0, ptr %kr, align 4
  br label %for.cond12

for.cond12:                                       ; preds = %for.inc29, %if.end
  %9 = load i32, ptr %kr, align 4
  %cmp13 = icmp slt i32 %9, 3
  br i1 %cmp13, label %for.body14, label %for.end31

for.body14:                                       ; preds = %for.cond12
  store i32 0, ptr %kc, align 4
  br label %for.cond15

for.cond15:                                       ; preds = %for.inc, %for.body14
  %10 = load i32, ptr %kc, align 4
  %cmp16 = icmp slt i32 %10, 3
  br i1 %cmp16, label %for.body17, label %for.end

for.body17:                                       ; preds = %for.cond15
  %11 = load ptr, ptr %in.addr, align 8
  %12 = load i32, ptr %r, align 4
  %13 = load i32, ptr %kr, align 4
  %add = add nsw i32 %12, %13
  %sub = sub nsw i32 %add, 1
  %idxprom18 = sext i32 %sub to i64
  %arrayidx19 = getelementptr inbounds [16 x i32], ptr %11, i64 %idxprom18
  %14 = load i32, ptr %c, align 4
  %15 = load i32, ptr %kc, align 4
  %add20 = add nsw i32 %14, %15
  %sub21 = sub nsw i32 %add20, 1
  %idxprom22 = sext i32 %sub21 to i64
  %arrayidx23 = getelementptr inbounds [16 x i32], ptr %arrayidx19, i64 0, i64 %idxprom22
  %16 = load i32, ptr %arrayidx23, align 4
  %17 = load ptr, ptr %kern.addr, align 8
  %18 = load i32, ptr %kr, align 4
  %idxprom24 = sext i32 %18 to i64
  %arrayidx25 = getelementptr inbounds [3 x i32], ptr %17, i64 %idxprom24
  %19 = load i32, ptr %kc, align 4
  %idxprom26 = sext i32 %19 to i64
  %arrayidx27 = getelementptr inbounds [3 x i32], ptr %arrayidx25, i64 0, i64 %idxprom26
  %20 = load i32, ptr %arrayidx27, align 4
  %mul = mul nsw i32 %16, %20
  %21 = load i32, ptr %acc, align 4
  %add28 = add nsw i32 %21, %mul
  store i32 %add28, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body17
  %22 = load i32, ptr %kc, align 4
  %inc = add nsw i32 %22, 1
  store i32 %inc, ptr %kc, align 4
  br label %for.cond15

for.end:                                          ; preds = %for.cond15
  br label %for.inc29

for.inc29:                                        ; preds = %for.end
  %23 = load i32, ptr %kr, align 4
  %inc30 = add nsw i32 %23, 1
  store i32 %inc30, ptr %kr, align 4
  br label %for.cond12

for.end31:                                        ; preds = %for.cond12
  %24 = load i32, ptr %acc, align 4
  %25 = load ptr, ptr %out.addr, align 8
  %26 = load i32, ptr %r, align 4
  %idxprom32 = sext i32 %26 to i64
  %arrayidx33 = getelementptr inbounds [16 x i32], ptr %25, i64 %idxprom32
  %27 = load i32, ptr %c, align 4
  %idxprom34 = sext i32 %27 to i64
  %arrayidx35 = getelementptr inbounds [16 x i32], ptr %arrayidx33, i64 0, i64 %idxprom34
  store i32 %24, ptr %arrayidx35, align 4
  br label %for.inc36

for.inc36:                                        ; preds = %for.end31, %if.then
  %28 = load i32, ptr %c, align 4
  %inc37 = add nsw i32 %28, 1
  store i32 %inc37, ptr %c, align 4
  br label %for.cond1

for.end38:                                        ; preds = %for.cond1
  br label %for.inc39

for.inc39:                                        ; preds = %for.end38
  %29 = load i32, ptr %r, align 4
  %inc40 = add nsw i32 %29, 1
  store i32 %inc40, ptr %r, align 4
  br label %for.cond

for.end41:                                        ; preds = %for.cond
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
