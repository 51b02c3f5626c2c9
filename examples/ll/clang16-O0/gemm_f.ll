; ModuleID = 'kernels/gemm_f.c'
source_filename = "kernels/gemm_f.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @gemm_f(ptr noundef %a, ptr noundef %b, ptr noundef %c, float noundef %alpha, float noundef %beta) #0 {
entry:
  %a.addr = alloca ptr, align 8
  %b.addr = alloca ptr, align 8
  %c.addr = alloca ptr, align 8
  %alpha.addr = alloca float, align 4
  %beta.addr = alloca float, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %k = alloca i32, align 4
  %acc = alloca float, align 4
  store ptr %a, ptr %a.addr, align 8
  store ptr %b, ptr %b.addr, align 8
  store ptr %c, ptr %c.addr, align 8
  store float %alpha, ptr %alpha.addr, align 4
  store float %beta, ptr %beta.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc25, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end27

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc22, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 16
  br i1 %cmp2, label %for.body3, label %for.end24

for.body3:                                        ; preds = %for.cond1
  store float 0.000000e+00, ptr %acc, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond4

for.cond4:                                        ; preds = %for.inc, %for.body3
  %2 = load i32, ptr %k, align 4
  %cmp5 = icmp slt i32 %2, 16
  br i1 %cmp5, label %for.body6, label %for.end

for.body6:                                        ; preds = %for.cond4
  %3 = load ptr, ptr %a.addr, align 8
  %4 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %4, 16
  %5 = load i32, ptr %k, align 4
  %add = add nsw i32 %mul, %5
  %idxprom = sext i32 %add to i64
  %arrayidx = getelementptr inbounds float, ptr %3, i64 %idxprom
  %6 = load float, ptr %arrayidx, align 4
  %7 = load ptr, ptr %b.addr, align 8
  %8 = load i32, ptr %k, align 4
  %mul7 = mul nsw i32 %8, 16
  %9 = load i32, ptr %j, align 4
  %add8 = add nsw i32 %mul7, %9
  %idxprom9 = sext i32 %add8 to i64
  %arrayidx10 = getelementptr inbounds float, ptr %7, i64 %idxprom9
  %10 = load float, ptr %arrayidx10, align 4
  %11 = load float, ptr %acc, align 4
  %12 = call float @llvm.fmuladd.f32(float %6, float %10, float %11)
  store float %12, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body6
  %13 = load i32, ptr %k, align 4
  %inc = add nsw i32 %13, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond4

for.end:                                          ; preds = %for.cond4
  %14 = load float, ptr %alpha.addr, align 4
  %15 = load float, ptr %acc, align 4
  %16 = load float, ptr %beta.addr, align 4
  %17 = load ptr, ptr %c.addr, align 8
  %18 = load i32, ptr %i, align 4
  %mul13 = mul nsw i32 %18, 16
  %19 = load i32, ptr %j, align 4
  %add14 = add nsw i32 %mul13, %19
  %idxprom15 = sext i32 %add14 to i64
  %arrayidx16 = getelementptr inbounds float, ptr %17, i64 %idxprom15
  %20 = load float, ptr %arrayidx16, align 4
  %mul17 = fmul float %16, %20
  %21 = call float @llvm.fmuladd.f32(float %14, float %15, float %mul17)
  %22 = load ptr, ptr %c.addr, align 8
  %23 = load i32, ptr %i, align 4
  %mul18 = mul nsw i32 %23, 16
  %24 = load i32, ptr %j, align 4
  %add19 = add nsw i32 %mul18, %24
  %idxprom20 = sext i32 %add19 to i64
  %arrayidx21 = getelementptr inbounds float, ptr %22, i64 %idxprom20
  store float %21, ptr %arrayidx21, align 4
  br label %for.inc22

for.inc22:                                        ; preds = %for.end
  %25 = load i32, ptr %j, align 4
  %inc23 = add nsw i32 %25, 1
  store i32 %inc23, ptr %j, align 4
  br label %for.cond1

for.end24:                                        ; preds = %for.cond1
  br label %for.inc25

for.inc25:                                        ; preds = %for.end24
  %26 = load i32, ptr %i, align 4
  %inc26 = add nsw i32 %26, 1
  store i32 %inc26, ptr %i, align 4
  br label %for.cond

for.end27:                                        ; preds = %for.cond
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
