; ModuleID = 'kernels/needleman_wunsch.c'
source_filename = "kernels/needleman_wunsch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @needleman_wunsch(ptr noundef %seq_a, ptr noundef %seq_b, ptr noundef %score) #0 {
entry:
  %seq_a.addr = alloca ptr, align 8
  %seq_b.addr = alloca ptr, align 8
  %score.addr = alloca ptr, align 8
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %s = alloca i32, align 4
  store ptr %seq_a, ptr %seq_a.addr, align 8
  store ptr %seq_b, ptr %seq_b.addr, align 8
  store ptr %score, ptr %score.addr, align 8
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 17
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %1, -1
  %2 = load ptr, ptr %score.addr, align 8
  %3 = load i32, ptr %i, align 4
  %mul1 = mul nsw i32 %3, 17
  %idxprom = sext i32 %mul1 to i64
  %arrayidx = getelementptr inbounds i32, ptr %2, i64 %idxprom
  store i32 %mul, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc8, %for.end
  %5 = load i32, ptr %j, align 4
  %cmp3 = icmp slt i32 %5, 17
  br i1 %cmp3, label %for.body4, label %for.end10

for.body4:                                        ; preds = %for.cond2
  %6 = load i32, ptr %j, align 4
  %mul5 = mul nsw i32 %6, -1
  %7 = load ptr, ptr %score.addr, align 8
  %8 = load i32, ptr %j, align 4
  %idxprom6 = sext i32 %8 to i64
  %arrayidx7 = getelementptr inbounds i32, ptr %7, i64 %idxprom6
  store i32 %mul5, ptr %arrayidx7, align 4
  br label %for.inc8

for.inc8:                                         ; preds = %for.body4
  %9 = load i32, ptr %j, align 4
  %inc9 = add nsw i32 %9, 1
  store i32 %inc9, ptr %j, align 4
  br label %for.cond2

for.end10:                                        ; preds = %for.cond2
  store i32 1, ptr %i, align 4
  br label %for.cond11

for.cond11:                                       ; preds = %for.inc50, %for.end10
  %10 = load i32, ptr %i, align 4
  %cmp12 = icmp slt i32 %10, 17
  br i1 %cmp12, label %for.body13, label %for.end52

for.body13:                                       ; preds = %for.cond11
  store i32 1, ptr %j, align 4
  br label %for.cond14

for.cond14:                                       ; preds = %for.inc47, %for.body13
  %11 = load i32, ptr %j, align 4
  %cmp15 = icmp slt i32 %11, 17
  br i1 %cmp15, label %for.body16, label %for.end49

for.body16:                                       ; preds = %for.cond14
  %12 = load ptr, ptr %seq_a.addr, align 8
  %13 = load i32, ptr %i, align 4
  %sub = sub nsw i32 %13, 1
  %idxprom17 = sext i32 %sub to i64
  %arrayidx18 = getelementptr inbounds i8, ptr %12, i64 %idxprom17
  %14 = load i8, ptr %arrayidx18, align 1
  %conv = sext i8 %14 to i32
  %15 = load ptr, ptr %seq_b.addr, align 8
  %16 = load i32, ptr %j, align 4
  %sub19 = sub nsw i32 %16, 1
  %idxprom20 = sext i32 %sub19 to i64
  %arrayidx21 = getelementptr inbounds i8, ptr %15, i64 %idxprom20
  %17 = load i8, ptr %arrayidx21, align 1
  %conv22 = sext i8 %17 to i32
  %cmp23 = icmp eq i32 %conv, %conv22
  %18 = zext i1 %cmp23 to i64
  %cond = select i1 %cmp23, i32 1, i32 -1
  store i32 %cond, ptr %s, align 4
  %19 = load ptr, ptr %score.addr, align 8
  %20 = load i32, ptr %i, align 4
  %sub25 = sub nsw i32 %20, 1
  %mul26 = mul nsw i32 %sub25, 17
  %21 = load i32, ptr %j, align 4
  %sub27 = sub nsw i32 %21, 1
  %add = add nsw i32 %mul26, %sub27
  %idxprom28 = sext i32 %add to i64
  %arrayidx29 = getelementptr inbounds i32, ptr %19, i64 %idxprom28
  %22 = load i32, ptr %arrayidx29, align 4
  %23 = load i32, ptr %s, align 4
  %add30 = add nsw i32 %22, %23
  %24 = load ptr, ptr %score.addr, align 8
  %25 = load i32, ptr %i, align 4
  %sub31 = sub nsw i32 %25, 1
  %mul32 = mul nsw i32 %sub31, 17
  %26 = load i32, ptr %j, align 4
  %add33 = add nsw i32 %mul32, %26
  %idxprom34 = sext i32 %add33 to i64
  %arrayidx35 = getelementptr inbounds i32, ptr %24, i64 %idxprom34
  %27 = load i32, ptr %arrayidx35, align 4
  %add36 = add nsw i32 %27, -1
  %28 = load ptr, ptr %score.addr, align 8
  %29 = load i32, ptr %i, align 4
  %mul37 = mul nsw i32 %29, 17
  %30 = load i32, ptr %j, align 4
  %sub38 = sub nsw i32 %30, 1
  %add39 = add nsw i32 %mul37, %sub38
  %idxprom40 = sext i32 %add39 to i64
  %arrayidx41 = getelementptr inbounds i32, ptr %28, i64 %idxprom40
  %31 = load i32, ptr %arrayidx41, align 4
  %add42 = add nsw i32 %31, -1
  %call = call i32 @max3(i32 noundef %add30, i32 noundef %add36, i32 noundef %add42)
  %32 = load ptr, ptr %score.addr, align 8
  %33 = load i32, ptr %i, align 4
  %mul43 = mul nsw i32 %33, 17
  %34 = load i32, ptr %j, align 4
  %add44 = add nsw i32 %mul43, %34
  %idxprom45 = sext i32 %add44 to i64
  %arrayidx46 = getelementptr inbounds i32, ptr %32, i64 %idxprom45
  store i32 %call, ptr %arrayidx46, align 4
  br label %for.inc47

for.inc47:                                        ; preds = %for.body16
  %35 = load i32, ptr %j, align 4
  %inc48 = add nsw i32 %35, 1
  store i32 %inc48, ptr %j, align 4
  br label %for.cond14

for.end49:                                        ; preds = %for.cond14
  br label %for.inc50

for.inc50:                                        ; preds = %for.end49
  %36 = load i32, ptr %i, align 4
  %inc51 = add nsw i32 %36, 1
  store i32 %inc51, ptr %i, align 4
  br label %for.cond11

for.end52:                                        ; preds = %for.cond11
  %37 = load ptr, ptr %score.addr, align 8
  %arrayidx53 = getelementptr inbounds i32, ptr %37, i64 288
  %38 = load i32, ptr %arrayidx53, align 4
  ret i32 %38
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @max3(i32 noundef %a, i32 noundef %b, i32 noundef %c) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %c.addr = alloca i32, align 4
  %m = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  store i32 %c, ptr %c.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %cmp = icmp sgt i32 %0, %1
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %2 = load i32, ptr %a.addr, align 4
  br label %cond.end

cond.false:                                       ; preds = %entry
  %3 = load i32, ptr %b.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ %3, %cond.false ]
  store i32 %cond, ptr %m, align 4
  %4 = load i32, ptr %m, align 4
  %5 = load i32, ptr %c.addr, align 4
  %cmp1 = icmp sgt i32 %4, %5
  br i1 %cmp1, label %cond.true2, label %cond.false3

cond.true2:                                       ; preds = %cond.end
  %6 = load i32, ptr %m, align 4
  br label %cond.end4

cond.false3:                                      ; preds = %cond.end
  %7 = load i32, ptr %c.addr, align 4
  br label %cond.end4

cond.end4:                                        ; preds = %cond.false3, %cond.true2
  %cond5 = phi i32 [ %6, %cond.true2 ], [ %7, %cond.false3 ]
  ret i32 %cond5
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
