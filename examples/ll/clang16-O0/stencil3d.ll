; ModuleID = 'kernels/stencil3d.c'
source_filename = "kernels/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @stencil3d(ptr noundef %in, ptr noundef %out, i32 noundef %c0, i32 noundef %c1) #0 {
entry:
  %in.addr = alloca ptr, align 8
  %out.addr = alloca ptr, align 8
  %c0.addr = alloca i32, align 4
  %c1.addr = alloca i32, align 4
  %z = alloca i32, align 4
  %y = alloca i32, align 4
  %x = alloca i32, align 4
  %s = alloca i32, align 4
  store ptr %in, ptr %in.addr, align 8
  store ptr %out, ptr %out.addr, align 8
  store i32 %c0, ptr %c0.addr, align 4
  store i32 %c1, ptr %c1.addr, align 4
  store i32 0, ptr %z, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc89, %entry
  %0 = load i32, ptr %z, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end91

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %y, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc86, %for.body
  %1 = load i32, ptr %y, align 4
  %cmp2 = icmp slt i32 %1, 8
  br i1 %cmp2, label %for.body3, label %for.end88

for.body3:                                        ; preds = %for.cond1
  store i32 0, ptr %x, align 4
  br label %for.cond4

for.cond4:                                        ; preds = %for.inc, %for.body3
  %2 = load i32, ptr %x, align 4
  %cmp5 = icmp slt i32 %2, 8
  br i1 %cmp5, label %for.body6, label %for.end

for.body6:                                        ; preds = %for.cond4
  %3 = load i32, ptr %z, align 4
  %cmp7 = icmp eq i32 %3, 0
  br i1 %cmp7, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %for.body6
  %4 = load i32, ptr %y, align 4
  %cmp8 = icmp eq i32 %4, 0
  br i1 %cmp8, label %if.then, label %lor.lhs.false9

lor.lhs.false9:                                   ; preds = %lor.lhs.false
  %5 = load i32, ptr %x, align 4
  %cmp10 = icmp eq i32 %5, 0
  br i1 %cmp10, label %if.then, label %lor.lhs.false11

lor.lhs.false11:                                  ; preds = %lor.lhs.false9
  %6 = load i32, ptr %z, align 4
  %cmp12 = icmp eq i32 %6, 7
  br i1 %cmp12, label %if.then, label %lor.lhs.false13

lor.lhs.false13:                                  ; preds = %lor.lhs.false11
  %7 = load i32, ptr %y, align 4
  %cmp14 = icmp eq i32 %7, 7
  br i1 %cmp14, label %if.then, label %lor.lhs.false15

lor.lhs.false15:                                  ; preds = %lor.lhs.false13
  %8 = load i32, ptr %x, align 4
  %cmp16 = icmp eq i32 %8, 7
  br i1 %cmp16, label %if.then, label %if.else

if.then:                                          ; preds = %lor.lhs.false15, %lor.lhs.false13, %lor.lhs.false11, %lor.lhs.false9, %lor.lhs.false, %for.body6
  %9 = load ptr, ptr %in.addr, align 8
  %10 = load i32, ptr %z, align 4
  %mul = mul nsw i32 %10, 8
  %11 = load i32, ptr %y, align 4
  %add = add nsw i32 %mul, %11
  %mul17 = mul nsw i32 %add, 8
  %12 = load i32, ptr %x, align 4
  %add18 = add nsw i32 %mul17, %12
  %idxprom = sext i32 %add18 to i64
  %arrayidx = getelementptr inbounds i32, ptr %9, i64 %idxprom
  %13 = load i32, ptr %arrayidx, align 4
  %14 = load ptr, ptr %out.addr, align 8
  %15 = load i32, ptr %z, align 4
  %mul19 = mul nsw i32 %15, 8
  %16 = load i32, ptr %y, align 4
  %add20 = add nsw i32 %mul19, %16
  %mul21 = mul nsw i32 %add20, 8
  %17 = load i32, ptr %x, align 4
  %add22 = add nsw i32 %mul21, %17
  %idxprom23 = sext i32 %add22 to i64
  %arrayidx24 = getelementptr inbounds i32, ptr %14, i64 %idxprom23
  store i32 %13, ptr %arrayidx24, align 4
  br label %if.end

if.else:                                          ; preds = %lor.lhs.false15
  %18 = load ptr, ptr %in.addr, align 8
  %19 = load i32, ptr %z, align 4
  %sub = sub nsw i32 %19, 1
  %mul25 = mul nsw i32 %sub, 8
  %20 = load i32, ptr %y, align 4
  %add26 = add nsw i32 %mul25, %20
  %mul27 = mul nsw i32 %add26, 8
  %21 = load i32, ptr %x, align 4
  %add28 = add nsw i32 %mul27, %21
  %idxprom29 = sext i32 %add28 to i64
  %arrayidx30 = getelementptr inbounds i32, ptr %18, i64 %idxprom29
  %22 = load i32, ptr %arrayidx30, align 4
  %23 = load ptr, ptr %in.addr, align 8
  %24 = load i32, ptr %z, align 4
  %add31 = add nsw i32 %24, 1
  %mul32 = mul nsw i32 %add31, 8
  %25 = load i32, ptr %y, align 4
  %add33 = add nsw i32 %mul32, %25
  %mul34 = mul nsw i32 %add33, 8
  %26 = load i32, ptr %x, align 4
  %add35 = add nsw i32 %mul34, %26
  %idxprom36 = sext i32 %add35 to i64
  %arrayidx37 = getelementptr inbounds i32, ptr %23, i64 %idxprom36
  %27 = load i32, ptr %arrayidx37, align 4
  %add38 = add nsw i32 %22, %27
  %28 = load ptr, ptr %in.addr, align 8
  %29 = load i32, ptr %z, align 4
  %mul39 = mul nsw i32 %29, 8
  %30 = load i32, ptr %y, align 4
  %sub40 = sub nsw i32 %30, 1
  %add41 = add nsw i32 %mul39, %sub40
  %mul42 = mul nsw i32 %add41, 8
  %31 = load i32, ptr %x, align 4
  %add43 = add nsw i32 %mul42, %31
  %idxprom44 = sext i32 %add43 to i64
  %arrayidx45 = getelementptr inbounds i32, ptr %28, i64 %idxprom44
  %32 = load i32, ptr %arrayidx45, align 4
  %add46 = add nsw i32 %add38, %32
  %33 = load ptr, ptr %in.addr, align 8
  %34 = load i32, ptr %z, align 4
  %mul47 = mul nsw i32 %34, 8
  %35 = load i32, ptr %y, align 4
  %add48 = add nsw i32 %35, 1
  %add49 = add nsw i32 %mul47, %add48
  %mul50 = mul nsw i32 %add49, 8
  %36 = load i32, ptr %x, align 4
  %add51 = add nsw i32 %mul50, %36
  %idxprom52 = sext i32 %add51 to i64
  %arrayidx53 = getelementptr inbounds i32, ptr %33, i64 %idxprom52
  %37 = load i32, ptr %arrayidx53, align 4
  %add54 = add nsw i32 %add46, %37
  %38 = load ptr, ptr %in.addr, align 8
  %39 = load i32, ptr %z, align 4
  %mul55 = mul nsw i32 %39, 8
  %40 = load i32, ptr %y, align 4
  %add56 = add nsw i32 %mul55, %40
  %mul57 = mul nsw i32 %add56, 8
  %41 = load i32, ptr %x, align 4
  %sub58 = sub nsw i32 %41, 1
  %add59 = add nsw i32 %mul57, %sub58
  %idxprom60 = sext i32 %add59 to i64
  %arrayidx61 = getelementptr inbounds i32, ptr %38, i64 %idxprom60
  %42 = load i32, ptr %arrayidx61, align 4
  %add62 = add nsw i32 %add54, %42
  %43 = load ptr, ptr %in.addr, align 8
  %44 = load i32, ptr %z, align 4
  %mul63 = mul nsw i32 %44, 8
  %45 = load i32, ptr %y, align 4
  %add64 = add nsw i32 %mul63, %45
  %mul65 = mul nsw i32 %add64, 8
  %46 = load i32, ptr %x, align 4
  %add66 = add nsw i32 %46, 1
  %add67 = add nsw i32 %mul65, %add66
  %idxprom68 = sext i32 %add67 to i64
  %arrayidx69 = getelementptr inbounds i32, ptr %43, i64 %idxprom68
  %47 = load i32, ptr %arrayidx69, align 4
  %add70 = add nsw i32 %add62, %47
  store i32 %add70, ptr %s, align 4
  %48 = load i32, ptr %c0.addr, align 4
  %49 = load ptr, ptr %in.addr, align 8
  %50 = load i32, ptr %z, align 4
  %mul71 = mul nsw i32 %50, 8
  %51 = load i32, ptr %y, align 4
  %add72 = add nsw i32 %mul71, %51
  %mul73 = mul nsw i32 %add72, 8
  %52 = load i32, ptr %x, align 4
  %add74 = add nsw i32 %mul73, %52
  %idxprom75 = sext i32 %add74 to i64
  %arrayidx76 = getelementptr inbounds i32, ptr %49, i64 %idxprom75
  %53 = load i32, ptr %arrayidx76, align 4
  %mul77 = mul nsw i32 %48, %53
  %54 = load i32, ptr %c1.addr, align 4
  %55 = load i32, ptr %s, align 4
  %mul78 = mul nsw i32 %54, %55
  %add79 = add nsw i32 %mul77, %mul78
  %56 = load ptr, ptr %out.addr, align 8
  %57 = load i32, ptr %z, align 4
  %mul80 = mul nsw i32 %57, 8
  %58 = load i32, ptr %y, align 4
  %add81 = add nsw i32 %mul80, %58
  %mul82 = mul nsw i32 %add81, 8
  %59 = load i32, ptr %x, align 4
  %add83 = add nsw i32 %mul82, %59
  %idxprom84 = sext i32 %add83 to i64
  %arrayidx85 = getelementptr inbounds i32, ptr %56, i64 %idxprom84
  store i32 %add79, ptr %arrayidx85, align 4
  br label %if.end

if.end:                                           ; preds = %if.else, %if.then
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %60 = load i32, ptr %x, align 4
  %inc = add nsw i32 %60, 1
  store i32 %inc, ptr %x, align 4
  br label %for.cond4

for.end:                                          ; preds = %for.cond4
  br label %for.inc86

for.inc86:                                        ; preds = %for.end
  %61 = load i32, ptr %y, align 4
  %inc87 = add nsw i32 %61, 1
  store i32 %inc87, ptr %y, align 4
  br label %for.cond1

for.end88:                                        ; preds = %for.cond1
  br label %for.inc89

for.inc89:                                        ; preds = %for.end88
  %62 = load i32, ptr %z, align 4
  %inc90 = add nsw i32 %62, 1
  store i32 %inc90, ptr %z, align 4
  br label %for.cond

for.end91:                                        ; preds = %for.cond
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
