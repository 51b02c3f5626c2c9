; ModuleID = 'kernels/stencil2d.c'
source_filename = "kernels/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @stencil2d(ptr noundef %in, ptr noundef %out) #0 {
entry:
  %in.addr = alloca ptr, align 8
  %out.addr = alloca ptr, align 8
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  store ptr %in, ptr %in.addr, align 8
  store ptr %out, ptr %out.addr, align 8
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc46, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 32
  br i1 %cmp, label %for.body, label %for.end48

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 32
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %cmp4 = icmp eq i32 %2, 0
  br i1 %cmp4, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %for.body3
  %3 = load i32, ptr %j, align 4
  %cmp5 = icmp eq i32 %3, 0
  br i1 %cmp5, label %if.then, label %lor.lhs.false6

lor.lhs.false6:                                   ; preds = %lor.lhs.false
  %4 = load i32, ptr %i, align 4
  %cmp7 = icmp eq i32 %4, 31
  br i1 %cmp7, label %if.then, label %lor.lhs.false8

lor.lhs.false8:                                   ; preds = %lor.lhs.false6
  %5 = load i32, ptr %j, align 4
  %cmp9 = icmp eq i32 %5, 31
  br i1 %cmp9, label %if.then, label %if.else

if.then:                                          ; preds = %lor.lhs.false8, %lor.lhs.false6, %lor.lhs.false, %for.body3
  %6 = load ptr, ptr %in.addr, align 8
  %7 = load i32, ptr %i, align 4
  %idxprom = sext i32 %7 to i64
  %arrayidx = getelementptr inbounds [32 x float], ptr %6, i64 %idxprom
  %8 = load i32, ptr %j, align 4
  %idxprom10 = sext i32 %8 to i64
  %arrayidx11 = getelementptr inbounds [32 x float], ptr %arrayidx, i64 0, i64 %idxprom10
  %9 = load float, ptr %arrayidx11, align 4
  %10 = load ptr, ptr %out.addr, align 8
  %11 = load i32, ptr %i, align 4
  %idxprom12 = sext i32 %11 to i64
  %arrayidx13 = getelementptr inbounds [32 x float], ptr %10, i64 %idxprom12
  %12 = load i32, ptr %j, align 4
  %idxprom14 = sext i32 %12 to i64
  %arrayidx15 = getelementptr inbounds [32 x float], ptr %arrayidx13, i64 0, i64 %idxprom14
  store float %9, ptr %arrayidx15, align 4
  br label %if.end

if.else:                                          ; preds = %lor.lhs.false8
  %13 = load ptr, ptr %in.addr, align 8
  %14 = load i32, ptr %i, align 4
  %idxprom16 = sext i32 %14 to i64
  %arrayidx17 = getelementptr inbounds [32 x float], ptr %13, i64 %idxprom16
  %15 = load i32, ptr %j, align 4
  %idxprom18 = sext i32 %15 to i64
  %arrayidx19 = getelementptr inbounds [32 x float], ptr %arrayidx17, i64 0, i64 %idxprom18
  %16 = load float, ptr %arrayidx19, align 4
  %17 = load ptr, ptr %in.addr, align 8
  %18 = load i32, ptr %i, align 4
  %sub = sub nsw i32 %18, 1
  %idxprom20 = sext i32 %sub to i64
  %arrayidx21 = getelementptr inbounds [32 x float], ptr %17, i64 %idxprom20
  %19 = load i32, ptr %j, align 4
  %idxprom22 = sext i32 %19 to i64
  %arrayidx23 = getelementptr inbounds [32 x float], ptr %arrayidx21, i64 0, i64 %idxprom22
  %20 = load float, ptr %arrayidx23, align 4
  %21 = load ptr, ptr %in.addr, align 8
  %22 = load i32, ptr %i, align 4
  %add = add nsw i32 %22, 1
  %idxprom24 = sext i32 %add to i64
  %arrayidx25 = getelementptr inbounds [32 x float], ptr %21, i64 %idxprom24
  %23 = load i32, ptr %j, align 4
  %idxprom26 = sext i32 %23 to i64
  %arrayidx27 = getelementptr inbounds [32 x float], ptr %arrayidx25, i64 0, i64 %idxprom26
  %24 = load float, ptr %arrayidx27, align 4
  %add28 = fadd float %20, %24
  %25 = load ptr, ptr %in.addr, align 8
  %26 = load i32, ptr %i, align 4
  %idxprom29 = sext i32 %26 to i64
  %arrayidx30 = getelementptr inbounds [32 x float], ptr %25, i64 %idxprom29
  %27 = load i32, ptr %j, align 4
  %sub31 = sub nsw i32 %27, 1
  %idxprom32 = sext i32 %sub31 to i64
  %arrayidx33 = getelementptr inbounds [32 x float], ptr %arrayidx30, i64 0, i64 %idxprom32
  %28 = load float, ptr %arrayidx33, align 4
  %add34 = fadd float %add28, %28
  %29 = load ptr, ptr %in.addr, align 8
  %30 = load i32, ptr %i, align 4
  %idxprom35 = sext i32 %30 to i64
  %arrayidx36 = getelementptr inbounds [32 x float], ptr %29, i64 %idxprom35
  %31 = load i32, ptr %j, align 4
  %add37 = add nsw i32 %31, 1
  %idxprom38 = sext i32 %add37 to i64
  %arrayidx39 = getelementptr inbounds [32 x float], ptr %arrayidx36, i64 0, i64 %idxprom38
  %32 = load float, ptr %arrayidx39, align 4
  %add40 = fadd float %add34, %32
  %mul41 = fmul float 1.250000e-01, %add40
  %33 = call float @llvm.fmuladd.f32(float 5.000000e-01, float %16, float %mul41)
  %34 = load ptr, ptr %out.addr, align 8
  %35 = load i32, ptr %i, align 4
  %idxprom42 = sext i32 %35 to i64
  %arrayidx43 = getelementptr inbounds [32 x float], ptr %34, i64 %idxprom42
  %36 = load i32, ptr %j, align 4
  %idxprom44 = sext i32 %36 to i64
  %arrayidx45 = getelementptr inbounds [32 x float], ptr %arrayidx43, i64 0, i64 %idxprom44
  store float %33, ptr %arrayidx45, align 4
  br label %if.end

if.end:                                           ; preds = %if.else, %if.then
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %37 = load i32, ptr %j, align 4
  %inc = add nsw i32 %37, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1

for.end:                                          ; preds = %for.cond1
  br label %for.inc46

for.inc46:                                        ; preds = %for.end
  %38 = load i32, ptr %i, align 4
  %inc47 = add nsw i32 %38, 1
  store i32 %inc47, ptr %i, align 4
  br label %for.cond

for.end48:                                        ; preds = %for.cond
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
