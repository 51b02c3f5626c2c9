; ModuleID = 'kernels/fir.c'
source_filename = "kernels/fir.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @fir(ptr noundef %x, ptr noundef %h, ptr noundef %y, i32 noundef %n) #0 {
entry:
  %x.addr = alloca ptr, align 8
  %h.addr = alloca ptr, align 8
  %y.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %k = alloca i32, align 4
  %acc = alloca i32, align 4
  store ptr %x, ptr %x.addr, align 8
  store ptr %h, ptr %h.addr, align 8
  store ptr %y, ptr %y.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %0, 512
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 512, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc11, %if.end
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp slt i32 %1, %2
  br i1 %cmp1, label %for.body, label %for.end13

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %acc, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc, %for.body
  %3 = load i32, ptr %k, align 4
  %cmp3 = icmp slt i32 %3, 16
  br i1 %cmp3, label %for.body4, label %for.end

for.body4:                                        ; preds = %for.cond2
  %4 = load ptr, ptr %x.addr, align 8
  %5 = load i32, ptr %i, align 4
  %6 = load i32, ptr %k, align 4
  %add = add nsw i32 %5, %6
  %idxprom = sext i32 %add to i64
  %arrayidx = getelementptr inbounds i16, ptr %4, i64 %idxprom
  %7 = load i16, ptr %arrayidx, align 2
  %conv = sext i16 %7 to i32
  %8 = load ptr, ptr %h.addr, align 8
  %9 = load i32, ptr %k, align 4
  %idxprom5 = sext i32 %9 to i64
  %arrayidx6 = getelementptr inbounds i16, ptr %8, i64 %idxprom5
  %10 = load i16, ptr %arrayidx6, align 2
  %conv7 = sext i16 %10 to i32
  %mul = mul nsw i32 %conv, %conv7
  %shr = ashr i32 %mul, 15
  %11 = load i32, ptr %acc, align 4
  %add8 = add nsw i32 %11, %shr
  store i32 %add8, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body4
  %12 = load i32, ptr %k, align 4
  %inc = add nsw i32 %12, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond2

for.end:                                          ; preds = %for.cond2
  %13 = load i32, ptr %acc, align 4
  %14 = load ptr, ptr %y.addr, align 8
  %15 = load i32, ptr %i, align 4
  %idxprom9 = sext i32 %15 to i64
  %arrayidx10 = getelementptr inbounds i32, ptr %14, i64 %idxprom9
  store i32 %13, ptr %arrayidx10, align 4
  br label %for.inc11

for.inc11:                                        ; preds = %for.end
  %16 = load i32, ptr %i, align 4
  %inc12 = add nsw i32 %16, 1
  store i32 %inc12, ptr %i, align 4
  br label %for.cond

for.end13:                                        ; preds = %for.cond
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
