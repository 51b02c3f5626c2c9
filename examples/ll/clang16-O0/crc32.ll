; ModuleID = 'kernels/crc32.c'
source_filename = "kernels/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @crc32(ptr noundef %data, i32 noundef %n) #0 {
entry:
  %data.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %crc = alloca i32, align 4
  %i = alloca i32, align 4
  %b = alloca i32, align 4
  %mask = alloca i32, align 4
  store ptr %data, ptr %data.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store i32 -1, ptr %crc, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %0, 1024
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 1024, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc8, %if.end
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp slt i32 %1, %2
  br i1 %cmp1, label %for.body, label %for.end10

for.body:                                         ; preds = %for.cond
  %3 = load ptr, ptr %data.addr, align 8
  %4 = load i32, ptr %i, align 4
  %idxprom = sext i32 %4 to i64
  %arrayidx = getelementptr inbounds i8, ptr %3, i64 %idxprom
  %5 = load i8, ptr %arrayidx, align 1
  %conv = zext i8 %5 to i32
  %6 = load i32, ptr %crc, align 4
  %xor = xor i32 %6, %conv
  store i32 %xor, ptr %crc, align 4
  store i32 0, ptr %b, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc, %for.body
  %7 = load i32, ptr %b, align 4
  %cmp3 = icmp slt i32 %7, 8
  br i1 %cmp3, label %for.body5, label %for.end

for.body5:                                        ; preds = %for.cond2
  %8 = load i32, ptr %crc, align 4
  %and = and i32 %8, 1
  %sub = sub i32 0, %and
  store i32 %sub, ptr %mask, align 4
  %9 = load i32, ptr %crc, align 4
  %shr = lshr i32 %9, 1
  %10 = load i32, ptr %mask, align 4
  %and6 = and i32 -306674912, %10
  %xor7 = xor i32 %shr, %and6
  store i32 %xor7, ptr %crc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body5
  %11 = load i32, ptr %b, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, ptr %b, align 4
  br label %for.cond2

for.end:                                          ; preds = %for.cond2
  br label %for.inc8

for.inc8:                                         ; preds = %for.end
  %12 = load i32, ptr %i, align 4
  %inc9 = add nsw i32 %12, 1
  store i32 %inc9, ptr %i, align 4
  br label %for.cond

for.end10:                                        ; preds = %for.cond
  %13 = load i32, ptr %crc, align 4
  %not = xor i32 %13, -1
  ret i32 %not
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
