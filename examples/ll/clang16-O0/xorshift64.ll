; ModuleID = 'kernels/xorshift64.c'
source_filename = "kernels/xorshift64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @xorshift64(i64 noundef %seed, ptr noundef %out, i32 noundef %n) #0 {
entry:
  %seed.addr = alloca i64, align 8
  %out.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %x = alloca i64, align 8
  %i = alloca i32, align 4
  store i64 %seed, ptr %seed.addr, align 8
  store ptr %out, ptr %out.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  %0 = load i64, ptr %seed.addr, align 8
  %tobool = icmp ne i64 %0, 0
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %1 = load i64, ptr %seed.addr, align 8
  br label %cond.end

cond.false:                                       ; preds = %entry
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i64 [ %1, %cond.true ], [ -7046029254386353131, %cond.false ]
  store i64 %cond, ptr %x, align 8
  %2 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %2, 1024
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %cond.end
  store i32 1024, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %cond.end
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end
  %3 = load i32, ptr %i, align 4
  %4 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp slt i32 %3, %4
  br i1 %cmp1, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %5 = load i64, ptr %x, align 8
  %shl = shl i64 %5, 13
  %6 = load i64, ptr %x, align 8
  %xor = xor i64 %6, %shl
  store i64 %xor, ptr %x, align 8
  %7 = load i64, ptr %x, align 8
  %shr = lshr i64 %7, 7
  %8 = load i64, ptr %x, align 8
  %xor2 = xor i64 %8, %shr
  store i64 %xor2, ptr %x, align 8
  %9 = load i64, ptr %x, align 8
  %shl3 = shl i64 %9, 17
  %10 = load i64, ptr %x, align 8
  %xor4 = xor i64 %10, %shl3
  store i64 %xor4, ptr %x, align 8
  %11 = load i64, ptr %x, align 8
  %12 = load ptr, ptr %out.addr, align 8
  %13 = load i32, ptr %i, align 4
  %idxprom = sext i32 %13 to i64
  %arrayidx = getelementptr inbounds i64, ptr %12, i64 %idxprom
  store i64 %11, ptr %arrayidx, align 8
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %14 = load i32, ptr %i, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %15 = load i64, ptr %x, align 8
  ret i64 %15
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
