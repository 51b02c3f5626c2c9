; ModuleID = 'kernels/alu.c'
source_filename = "kernels/alu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @alu(ptr noundef %op, ptr noundef %a, ptr noundef %b, ptr noundef %out, i32 noundef %n) #0 {
entry:
  %op.addr = alloca ptr, align 8
  %a.addr = alloca ptr, align 8
  %b.addr = alloca ptr, align 8
  %out.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %check = alloca i32, align 4
  %i = alloca i32, align 4
  %x = alloca i32, align 4
  %y = alloca i32, align 4
  %r = alloca i32, align 4
  store ptr %op, ptr %op.addr, align 8
  store ptr %a, ptr %a.addr, align 8
  store ptr %b, ptr %b.addr, align 8
  store ptr %out, ptr %out.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %check, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %0, 256
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 256, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp slt i32 %1, %2
  br i1 %cmp1, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %3 = load ptr, ptr %a.addr, align 8
  %4 = load i32, ptr %i, align 4
  %idxprom = sext i32 %4 to i64
  %arrayidx = getelementptr inbounds i32, ptr %3, i64 %idxprom
  %5 = load i32, ptr %arrayidx, align 4
  store i32 %5, ptr %x, align 4
  %6 = load ptr, ptr %b.addr, align 8
  %7 = load i32, ptr %i, align 4
  %idxprom2 = sext i32 %7 to i64
  %arrayidx3 = getelementptr inbounds i32, ptr %6, i64 %idxprom2
  %8 = load i32, ptr %arrayidx3, align 4
  store i32 %8, ptr %y, align 4
  %9 = load ptr, ptr %op.addr, align 8
  %10 = load i32, ptr %i, align 4
  %idxprom4 = sext i32 %10 to i64
  %arrayidx5 = getelementptr inbounds i8, ptr %9, i64 %idxprom4
  %11 = load i8, ptr %arrayidx5, align 1
  %conv = zext i8 %11 to i32
  %and = and i32 %conv, 15
  switch i32 %and, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb6
    i32 2, label %sw.bb7
    i32 3, label %sw.bb8
    i32 4, label %sw.bb10
    i32 5, label %sw.bb11
    i32 6, label %sw.bb12
    i32 7, label %sw.bb14
    i32 8, label %sw.bb16
    i32 9, label %sw.bb19
  ]

sw.bb:                                            ; preds = %for.body
  %12 = load i32, ptr %x, align 4
  %13 = load i32, ptr %y, align 4
  %add = add i32 %12, %13
  store i32 %add, ptr %r, align 4
  br label %sw.epilog

sw.bb6:                                           ; preds = %for.body
  %14 = load i32, ptr %x, align 4
  %15 = load i32, ptr %y, align 4
  %sub = sub i32 %14, %15
  store i32 %sub, ptr %r, align 4
  br label %sw.epilog

sw.bb7:                                           ; preds = %for.body
  %16 = load i32, ptr %x, align 4
  %17 = load i32, ptr %y, align 4
  %mul = mul i32 %16, %17
  store i32 %mul, ptr %r, align 4
  br label %sw.epilog

sw.bb8:                                           ; preds = %for.body
  %18 = load i32, ptr %x, align 4
  %19 = load i32, ptr %y, align 4
  %and9 = and i32 %18, %19
  store i32 %and9, ptr %r, align 4
  br label %sw.epilog

sw.bb10:                                          ; preds = %for.body
  %20 = load i32, ptr %x, align 4
  %21 = load i32, ptr %y, align 4
  %or = or i32 %20, %21
  store i32 %or, ptr %r, align 4
  br label %sw.epilog

sw.bb11:                                          ; preds = %for.body
  %22 = load i32, ptr %x, align 4
  %23 = load i32, ptr %y, align 4
  %xor = xor i32 %22, %23
  store i32 %xor, ptr %r, align 4
  br label %sw.epilog

sw.bb12:                                          ; preds = %for.body
  %24 = load i32, ptr %x, align 4
  %25 = load i32, ptr %y, align 4
  %and13 = and i32 %25, 31
  %shl = shl i32 %24, %and13
  store i32 %shl, ptr %r, align 4
  br label %sw.epilog

sw.bb14:                                          ; preds = %for.body
  %26 = load i32, ptr %x, align 4
  %27 = load i32, ptr %y, align 4
  %and15 = and i32 %27, 31
  %shr = lshr i32 %26, %and15
  store i32 %shr, ptr %r, align 4
  br label %sw.epilog

sw.bb16:                                          ; preds = %for.body
  %28 = load i32, ptr %y, align 4
  %cmp17 = icmp ne i32 %28, 0
  br i1 %cmp17, label %cond.true, label %cond.false

cond.true:                                        ; preds = %sw.bb16
  %29 = load i32, ptr %x, align 4
  %30 = load i32, ptr %y, align 4
  %div = udiv i32 %29, %30
  br label %cond.end

cond.false:                                       ; preds = %sw.bb16
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %div, %cond.true ], [ 0, %cond.false ]
  store i32 %cond, ptr %r, align 4
  br label %sw.epilog

sw.bb19:                                          ; preds = %for.body
  %31 = load i32, ptr %x, align 4
  %32 = load i32, ptr %y, align 4
  %cmp20 = icmp ult i32 %31, %32
  br i1 %cmp20, label %cond.true22, label %cond.false23

cond.true22:                                      ; preds = %sw.bb19
  %33 = load i32, ptr %x, align 4
  br label %cond.end24

cond.false23:                                     ; preds = %sw.bb19
  %34 = load i32, ptr %y, align 4
  br label %cond.end24

cond.end24:                                       ; preds = %cond.false23, %cond.true22
  %cond25 = phi i32 [ %33, %cond.true22 ], [ %34, %cond.false23 ]
  store i32 %cond25, ptr %r, align 4
  br label %sw.epilog

sw.default:                                       ; preds = %for.body
  %35 = load i32, ptr %x, align 4
  store i32 %35, ptr %r, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.default, %cond.end24, %cond.end, %sw.bb14, %sw.bb12, %sw.bb11, %sw.bb10, %sw.bb8, %sw.bb7, %sw.bb6, %sw.bb
  %36 = load i32, ptr %r, align 4
  %37 = load ptr, ptr %out.addr, align 8
  %38 = load i32, ptr %i, align 4
  %idxprom26 = sext i32 %38 to i64
  %arrayidx27 = getelementptr inbounds i32, ptr %37, i64 %idxprom26
  store i32 %36, ptr %arrayidx27, align 4
  %39 = load i32, ptr %r, align 4
  %40 = load i32, ptr %check, align 4
  %xor28 = xor i32 %40, %39
  store i32 %xor28, ptr %check, align 4
  br label %for.inc

for.inc:                                          ; preds = %sw.epilog
  %41 = load i32, ptr %i, align 4
  %inc = add nsw i32 %41, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %42 = load i32, ptr %check, align 4
  ret i32 %42
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
