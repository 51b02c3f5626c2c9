; ModuleID = 'kernels/qmatvec.c'
source_filename = "kernels/qmatvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @qmatvec(ptr noundef %w, ptr noundef %x, ptr noundef %bias, ptr noundef %y, i32 noundef %shift) #0 {
entry:
  %w.addr = alloca ptr, align 8
  %x.addr = alloca ptr, align 8
  %bias.addr = alloca ptr, align 8
  %y.addr = alloca ptr, align 8
  %shift.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %acc = alloca i32, align 4
  store ptr %w, ptr %w.addr, align 8
  store ptr %x, ptr %x.addr, align 8
  store ptr %bias, ptr %bias.addr, align 8
  store ptr %y, ptr %y.addr, align 8
  store i32 %shift, ptr %shift.addr, align 4
  %0 = load i32, ptr %shift.addr, align 4
  %and = and i32 %0, 15
  store i32 %and, ptr %shift.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc22, %entry
  %1 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %1, 16
  br i1 %cmp, label %for.body, label %for.end24

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %bias.addr, align 8
  %3 = load i32, ptr %i, align 4
  %idxprom = sext i32 %3 to i64
  %arrayidx = getelementptr inbounds i16, ptr %2, i64 %idxprom
  %4 = load i16, ptr %arrayidx, align 2
  %conv = sext i16 %4 to i32
  store i32 %conv, ptr %acc, align 4
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %5 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %5, 32
  br i1 %cmp2, label %for.body4, label %for.end

for.body4:                                        ; preds = %for.cond1
  %6 = load ptr, ptr %w.addr, align 8
  %7 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %7, 32
  %8 = load i32, ptr %j, align 4
  %add = add nsw i32 %mul, %8
  %idxprom5 = sext i32 %add to i64
  %arrayidx6 = getelementptr inbounds i8, ptr %6, i64 %idxprom5
  %9 = load i8, ptr %arrayidx6, align 1
  %conv7 = sext i8 %9 to i32
  %10 = load ptr, ptr %x.addr, align 8
  %11 = load i32, ptr %j, align 4
  %idxprom8 = sext i32 %11 to i64
  %arrayidx9 = getelementptr inbounds i8, ptr %10, i64 %idxprom8
  %12 = load i8, ptr %arrayidx9, align 1
  %conv10 = sext i8 %12 to i32
  %mul11 = mul nsw i32 %conv7, %conv10
  %13 = load i32, ptr %acc, align 4
  %add12 = add nsw i32 %13, %mul11
  store i32 %add12, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body4
  %14 = load i32, ptr %j, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1

for.end:                                          ; preds = %for.cond1
  %15 = load i32, ptr %acc, align 4
  %cmp13 = icmp slt i32 %15, 0
  br i1 %cmp13, label %if.then, label %if.end

if.then:                                          ; preds = %for.end
  store i32 0, ptr %acc, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.end
  %16 = load i32, ptr %shift.addr, align 4
  %17 = load i32, ptr %acc, align 4
  %shr = ashr i32 %17, %16
  store i32 %shr, ptr %acc, align 4
  %18 = load i32, ptr %acc, align 4
  %cmp15 = icmp sgt i32 %18, 127
  br i1 %cmp15, label %if.then17, label %if.end18

if.then17:                                        ; preds = %if.end
  store i32 127, ptr %acc, align 4
  br label %if.end18

if.end18:                                         ; preds = %if.then17, %if.end
  %19 = load i32, ptr %acc, align 4
  %conv19 = trunc i32 %19 to i8
  %20 = load ptr, ptr %y.addr, align 8
  %21 = load i32, ptr %i, align 4
  %idxprom20 = sext i32 %21 to i64
  %arrayidx21 = getelementptr inbounds i8, ptr %20, i64 %idxprom20
  store i8 %conv19, ptr %arrayidx21, align 1
  br label %for.inc22

for.inc22:                                        ; preds = %if.end18
  %22 = load i32, ptr %i, align 4
  %inc23 = add nsw i32 %22, 1
  store i32 %inc23, ptr %i, align 4
  br label %for.cond

for.end24:                                        ; preds = %for.cond
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
