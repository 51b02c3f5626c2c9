; ModuleID = 'kernels/tokenize.c'
source_filename = "kernels/tokenize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @tokenize(ptr noundef %s, i32 noundef %n, ptr noundef %counts) #0 {
entry:
  %s.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %counts.addr = alloca ptr, align 8
  %st = alloca i32, align 4
  %nums = alloca i32, align 4
  %words = alloca i32, align 4
  %i = alloca i32, align 4
  %c = alloca i8, align 1
  %digit = alloca i32, align 4
  %alpha = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store ptr %counts, ptr %counts.addr, align 8
  store i32 0, ptr %st, align 4
  store i32 0, ptr %nums, align 4
  store i32 0, ptr %words, align 4
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
  %2 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp slt i32 %1, %2
  br i1 %cmp1, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %3 = load ptr, ptr %s.addr, align 8
  %4 = load i32, ptr %i, align 4
  %idxprom = sext i32 %4 to i64
  %arrayidx = getelementptr inbounds i8, ptr %3, i64 %idxprom
  %5 = load i8, ptr %arrayidx, align 1
  store i8 %5, ptr %c, align 1
  %6 = load i8, ptr %c, align 1
  %conv = sext i8 %6 to i32
  %cmp2 = icmp sge i32 %conv, 48
  br i1 %cmp2, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %for.body
  %7 = load i8, ptr %c, align 1
  %conv4 = sext i8 %7 to i32
  %cmp5 = icmp sle i32 %conv4, 57
  br label %land.end

land.end:                                         ; preds = %land.rhs, %for.body
  %8 = phi i1 [ false, %for.body ], [ %cmp5, %land.rhs ]
  %land.ext = zext i1 %8 to i32
  store i32 %land.ext, ptr %digit, align 4
  %9 = load i8, ptr %c, align 1
  %conv7 = sext i8 %9 to i32
  %cmp8 = icmp sge i32 %conv7, 97
  br i1 %cmp8, label %land.lhs.true, label %lor.lhs.false

land.lhs.true:                                    ; preds = %land.end
  %10 = load i8, ptr %c, align 1
  %conv10 = sext i8 %10 to i32
  %cmp11 = icmp sle i32 %conv10, 122
  br i1 %cmp11, label %lor.end, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %land.lhs.true, %land.end
  %11 = load i8, ptr %c, align 1
  %conv13 = sext i8 %11 to i32
  %cmp14 = icmp sge i32 %conv13, 65
  br i1 %cmp14, label %land.lhs.true16, label %lor.rhs

land.lhs.true16:                                  ; preds = %lor.lhs.false
  %12 = load i8, ptr %c, align 1
  %conv17 = sext i8 %12 to i32
  %cmp18 = icmp sle i32 %conv17, 90
  br i1 %cmp18, label %lor.end, label %lor.rhs

lor.rhs:                                          ; preds = %land.lhs.true16, %lor.lhs.false
  %13 = load i8, ptr %c, align 1
  %conv20 = sext i8 %13 to i32
  %cmp21 = icmp eq i32 %conv20, 95
  br label %lor.end

lor.end:                                          ; preds = %lor.rhs, %land.lhs.true16, %land.lhs.true
  %14 = phi i1 [ true, %land.lhs.true16 ], [ true, %land.lhs.true ], [ %cmp21, %lor.rhs ]
  %lor.ext = zext i1 %14 to i32
  store i32 %lor.ext, ptr %alpha, align 4
  %15 = load i32, ptr %st, align 4
  switch i32 %15, label %sw.epilog [
    i32 0, label %sw.bb
    i32 1, label %sw.bb29
    i32 2, label %sw.bb38
  ]

sw.bb:                                            ; preds = %lor.end
  %16 = load i32, ptr %digit, align 4
  %tobool = icmp ne i32 %16, 0
  br i1 %tobool, label %if.then23, label %if.else

if.then23:                                        ; preds = %sw.bb
  store i32 1, ptr %st, align 4
  %17 = load i32, ptr %nums, align 4
  %inc = add nsw i32 %17, 1
  store i32 %inc, ptr %nums, align 4
  br label %if.end28

if.else:                                          ; preds = %sw.bb
  %18 = load i32, ptr %alpha, align 4
  %tobool24 = icmp ne i32 %18, 0
  br i1 %tobool24, label %if.then25, label %if.end27

if.then25:                                        ; preds = %if.else
  store i32 2, ptr %st, align 4
  %19 = load i32, ptr %words, align 4
  %inc26 = add nsw i32 %19, 1
  store i32 %inc26, ptr %words, align 4
  br label %if.end27

if.end27:                                         ; preds = %if.then25, %if.else
  br label %if.end28

if.end28:                                         ; preds = %if.end27, %if.then23
  br label %sw.epilog

sw.bb29:                                          ; preds = %lor.end
  %20 = load i32, ptr %alpha, align 4
  %tobool30 = icmp ne i32 %20, 0
  br i1 %tobool30, label %if.then31, label %if.else33

if.then31:                                        ; preds = %sw.bb29
  store i32 2, ptr %st, align 4
  %21 = load i32, ptr %words, align 4
  %inc32 = add nsw i32 %21, 1
  store i32 %inc32, ptr %words, align 4
  br label %if.end37

if.else33:                                        ; preds = %sw.bb29
  %22 = load i32, ptr %digit, align 4
  %tobool34 = icmp ne i32 %22, 0
  br i1 %tobool34, label %if.end36, label %if.then35

if.then35:                                        ; preds = %if.else33
  store i32 0, ptr %st, align 4
  br label %if.end36

if.end36:                                         ; preds = %if.then35, %if.else33
  br label %if.end37

if.end37:                                         ; preds = %if.end36, %if.then31
  br label %sw.epilog

sw.bb38:                                          ; preds = %lor.end
  %23 = load i32, ptr %alpha, align 4
  %tobool39 = icmp ne i32 %23, 0
  br i1 %tobool39, label %if.end43, label %land.lhs.true40

land.lhs.true40:                                  ; preds = %sw.bb38
  %24 = load i32, ptr %digit, align 4
  %tobool41 = icmp ne i32 %24, 0
  br i1 %tobool41, label %if.end43, label %if.then42

if.then42:                                        ; preds = %land.lhs.true40
  store i32 0, ptr %st, align 4
  br label %if.end43

if.end43:                                         ; preds = %if.then42, %land.lhs.true40, %sw.bb38
  br label %sw.epilog

sw.epilog:                                        ; preds = %lor.end, %if.end43, %if.end37, %if.end28
  br label %for.inc

for.inc:                                          ; preds = %sw.epilog
  %25 = load i32, ptr %i, align 4
  %inc44 = add nsw i32 %25, 1
  store i32 %inc44, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %26 = load i32, ptr %nums, align 4
  %27 = load ptr, ptr %counts.addr, align 8
  %arrayidx45 = getelementptr inbounds i32, ptr %27, i64 0
  store i32 %26, ptr %arrayidx45, align 4
  %28 = load i32, ptr %words, align 4
  %29 = load ptr, ptr %counts.addr, align 8
  %arrayidx46 = getelementptr inbounds i32, ptr %29, i64 1
  store i32 %28, ptr %arrayidx46, align 4
  %30 = load i32, ptr %nums, align 4
  %31 = load i32, ptr %words, align 4
  %add = add nsw i32 %30, %31
  ret i32 %add
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
