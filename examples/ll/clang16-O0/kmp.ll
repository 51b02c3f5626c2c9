; ModuleID = 'kernels/kmp.c'
source_filename = "kernels/kmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@kmp_pattern = internal constant [6 x i8] c"abcab\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @kmp(ptr noundef %text, i32 noundef %n, ptr noundef %pos) #0 {
entry:
  %text.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %pos.addr = alloca ptr, align 8
  %fail = alloca [5 x i32], align 16
  %i = alloca i32, align 4
  %k = alloca i32, align 4
  %count = alloca i32, align 4
  store ptr %text, ptr %text.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store ptr %pos, ptr %pos.addr, align 8
  store i32 0, ptr %count, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sgt i32 %0, 1024
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 1024, ptr %n.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  %arrayidx = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 0
  store i32 0, ptr %arrayidx, align 16
  store i32 0, ptr %k, align 4
  store i32 1, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end
  %1 = load i32, ptr %i, align 4
  %cmp1 = icmp slt i32 %1, 5
  br i1 %cmp1, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  br label %while.cond

while.cond:                                       ; preds = %while.body, %for.body
  %2 = load i32, ptr %k, align 4
  %cmp2 = icmp sgt i32 %2, 0
  br i1 %cmp2, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %3 = load i32, ptr %k, align 4
  %idxprom = sext i32 %3 to i64
  %arrayidx3 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom
  %4 = load i8, ptr %arrayidx3, align 1
  %conv = sext i8 %4 to i32
  %5 = load i32, ptr %i, align 4
  %idxprom4 = sext i32 %5 to i64
  %arrayidx5 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom4
  %6 = load i8, ptr %arrayidx5, align 1
  %conv6 = sext i8 %6 to i32
  %cmp7 = icmp ne i32 %conv, %conv6
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %7 = phi i1 [ false, %while.cond ], [ %cmp7, %land.rhs ]
  br i1 %7, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %8 = load i32, ptr %k, align 4
  %sub = sub nsw i32 %8, 1
  %idxprom9 = sext i32 %sub to i64
  %arrayidx10 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom9
  %9 = load i32, ptr %arrayidx10, align 4
  store i32 %9, ptr %k, align 4
  br label %while.cond

while.end:                                        ; preds = %land.end
  %10 = load i32, ptr %k, align 4
  %idxprom11 = sext i32 %10 to i64
  %arrayidx12 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom11
  %11 = load i8, ptr %arrayidx12, align 1
  %conv13 = sext i8 %11 to i32
  %12 = load i32, ptr %i, align 4
  %idxprom14 = sext i32 %12 to i64
  %arrayidx15 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom14
  %13 = load i8, ptr %arrayidx15, align 1
  %conv16 = sext i8 %13 to i32
  %cmp17 = icmp eq i32 %conv13, %conv16
  br i1 %cmp17, label %if.then19, label %if.end20

if.then19:                                        ; preds = %while.end
  %14 = load i32, ptr %k, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, ptr %k, align 4
  br label %if.end20

if.end20:                                         ; preds = %if.then19, %while.end
  %15 = load i32, ptr %k, align 4
  %16 = load i32, ptr %i, align 4
  %idxprom21 = sext i32 %16 to i64
  %arrayidx22 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom21
  store i32 %15, ptr %arrayidx22, align 4
  br label %for.inc

for.inc:                                          ; preds = %if.end20
  %17 = load i32, ptr %i, align 4
  %inc23 = add nsw i32 %17, 1
  store i32 %inc23, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %k, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond24

for.cond24:                                       ; preds = %for.inc72, %for.end
  %18 = load i32, ptr %i, align 4
  %19 = load i32, ptr %n.addr, align 4
  %cmp25 = icmp slt i32 %18, %19
  br i1 %cmp25, label %for.body27, label %for.end74

for.body27:                                       ; preds = %for.cond24
  br label %while.cond28

while.cond28:                                     ; preds = %while.body41, %for.body27
  %20 = load i32, ptr %k, align 4
  %cmp29 = icmp sgt i32 %20, 0
  br i1 %cmp29, label %land.rhs31, label %land.end40

land.rhs31:                                       ; preds = %while.cond28
  %21 = load i32, ptr %k, align 4
  %idxprom32 = sext i32 %21 to i64
  %arrayidx33 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom32
  %22 = load i8, ptr %arrayidx33, align 1
  %conv34 = sext i8 %22 to i32
  %23 = load ptr, ptr %text.addr, align 8
  %24 = load i32, ptr %i, align 4
  %idxprom35 = sext i32 %24 to i64
  %arrayidx36 = getelementptr inbounds i8, ptr %23, i64 %idxprom35
  %25 = load i8, ptr %arrayidx36, align 1
  %conv37 = sext i8 %25 to i32
  %cmp38 = icmp ne i32 %conv34, %conv37
  br label %land.end40

land.end40:                                       ; preds = %land.rhs31, %while.cond28
  %26 = phi i1 [ false, %while.cond28 ], [ %cmp38, %land.rhs31 ]
  br i1 %26, label %while.body41, label %while.end45

while.body41:                                     ; preds = %land.end40
  %27 = load i32, ptr %k, align 4
  %sub42 = sub nsw i32 %27, 1
  %idxprom43 = sext i32 %sub42 to i64
  %arrayidx44 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom43
  %28 = load i32, ptr %arrayidx44, align 4
  store i32 %28, ptr %k, align 4
  br label %while.cond28

while.end45:                                      ; preds = %land.end40
  %29 = load i32, ptr %k, align 4
  %idxprom46 = sext i32 %29 to i64
  %arrayidx47 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom46
  %30 = load i8, ptr %arrayidx47, align 1
  %conv48 = sext i8 %30 to i32
  %31 = load ptr, ptr %text.addr, align 8
  %32 = load i32, ptr %i, align 4
  %idxprom49 = sext i32 %32 to i64
  %arrayidx50 = getelementptr inbounds i8, ptr %31, i64 %idxprom49
  %33 = load i8, ptr %arrayidx50, align 1
  %conv51 = sext i8 %33 to i32
  %cmp52 = icmp eq i32 %conv48, %conv51
  br i1 %cmp52, label %if.then54, label %if.end56

if.then54:                                        ; preds = %while.end45
  %34 = load i32, ptr %k, align 4
  %inc55 = add nsw i32 %34, 1
  store i32 %inc55, ptr %k, align 4
  br label %if.end56

if.end56:                                         ; preds = %if.then54, %while.end45
  %35 = load i32, ptr %k, align 4
  %cmp57 = icmp eq i32 %35, 5
  br i1 %cmp57, label %if.then59, label %if.end71

if.then59:                                        ; preds = %if.end56
  %36 = load i32, ptr %count, align 4
  %cmp60 = icmp slt i32 %36, 64
  br i1 %cmp60, label %if.then62, label %if.end66

if.then62:                                        ; preds = %if.then59
  %37 = load i32, ptr %i, align 4
  %sub63 = sub nsw i32 %37, 5
  %add = add nsw i32 %sub63, 1
  %38 = load ptr, ptr %pos.addr, align 8
  %39 = load i32, ptr %count, align 4
  %idxprom64 = sext i32 %39 to i64
  %arrayidx65 = getelementptr inbounds i32, ptr %38, i64 %idxprom64
  store i32 %add, ptr %arrayidx65, align 4
  br label %if.end66

if.end66:                                         ; preds = %if.then62, %if.then59
  %40 = load i32, ptr %count, align 4
  %inc67 = add nsw i32 %40, 1
  store i32 %inc67, ptr %count, align 4
  %41 = load i32, ptr %k, align 4
  %sub68 = sub nsw i32 %41, 1
  %idxprom69 = sext i32 %sub68 to i64
  %arrayidx70 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom69
  %42 = load i32, ptr %arrayidx70, align 4
  store i32 %42, ptr %k, align 4
  br label %if.end71

if.end71:                                         ; preds = %if.end66, %if.end56
  br label %for.inc72

for.inc72:                                        ; preds = %if.end71
  %43 = load i32, ptr %i, align 4
  %inc73 = add nsw i32 %43, 1
  store i32 %inc73, ptr %i, align 4
  br label %for.cond24

for.end74:                                        ; preds = %for.cond24
  %44 = load i32, ptr %count, align 4
  ret i32 %44
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
