; ModuleID = 'kernels/particles.c'
source_filename = "kernels/particles.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.particle = type { float, float, i32 }

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @particles(ptr noundef %p, i32 noundef %n, float noundef %dt) #0 {
entry:
  %p.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %dt.addr = alloca float, align 4
  %i = alloca i32, align 4
  store ptr %p, ptr %p.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store float %dt, ptr %dt.addr, align 4
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
  %3 = load float, ptr %dt.addr, align 4
  %4 = load ptr, ptr %p.addr, align 8
  %5 = load i32, ptr %i, align 4
  %idxprom = sext i32 %5 to i64
  %arrayidx = getelementptr inbounds %struct.particle, ptr %4, i64 %idxprom
  %v = getelementptr inbounds %struct.particle, ptr %arrayidx, i32 0, i32 1
  %6 = load float, ptr %v, align 4
  %7 = call float @llvm.fmuladd.f32(float 0xC0239EB860000000, float %3, float %6)
  store float %7, ptr %v, align 4
  %8 = load ptr, ptr %p.addr, align 8
  %9 = load i32, ptr %i, align 4
  %idxprom2 = sext i32 %9 to i64
  %arrayidx3 = getelementptr inbounds %struct.particle, ptr %8, i64 %idxprom2
  %v4 = getelementptr inbounds %struct.particle, ptr %arrayidx3, i32 0, i32 1
  %10 = load float, ptr %v4, align 4
  %11 = load float, ptr %dt.addr, align 4
  %12 = load ptr, ptr %p.addr, align 8
  %13 = load i32, ptr %i, align 4
  %idxprom5 = sext i32 %13 to i64
  %arrayidx6 = getelementptr inbounds %struct.particle, ptr %12, i64 %idxprom5
  %x = getelementptr inbounds %struct.particle, ptr %arrayidx6, i32 0, i32 0
  %14 = load float, ptr %x, align 4
  %15 = call float @llvm.fmuladd.f32(float %10, float %11, float %14)
  store float %15, ptr %x, align 4
  %16 = load ptr, ptr %p.addr, align 8
  %17 = load i32, ptr %i, align 4
  %idxprom7 = sext i32 %17 to i64
  %arrayidx8 = getelementptr inbounds %struct.particle, ptr %16, i64 %idxprom7
  %x9 = getelementptr inbounds %struct.particle, ptr %arrayidx8, i32 0, i32 0
  %18 = load float, ptr %x9, align 4
  %cmp10 = fcmp olt float %18, 0.000000e+00
  br i1 %cmp10, label %if.then11, label %if.end26

if.then11:                                        ; preds = %for.body
  %19 = load ptr, ptr %p.addr, align 8
  %20 = load i32, ptr %i, align 4
  %idxprom12 = sext i32 %20 to i64
  %arrayidx13 = getelementptr inbounds %struct.particle, ptr %19, i64 %idxprom12
  %x14 = getelementptr inbounds %struct.particle, ptr %arrayidx13, i32 0, i32 0
  %21 = load float, ptr %x14, align 4
  %fneg = fneg float %21
  %22 = load ptr, ptr %p.addr, align 8
  %23 = load i32, ptr %i, align 4
  %idxprom15 = sext i32 %23 to i64
  %arrayidx16 = getelementptr inbounds %struct.particle, ptr %22, i64 %idxprom15
  %x17 = getelementptr inbounds %struct.particle, ptr %arrayidx16, i32 0, i32 0
  store float %fneg, ptr %x17, align 4
  %24 = load ptr, ptr %p.addr, align 8
  %25 = load i32, ptr %i, align 4
  %idxprom18 = sext i32 %25 to i64
  %arrayidx19 = getelementptr inbounds %struct.particle, ptr %24, i64 %idxprom18
  %v20 = getelementptr inbounds %struct.particle, ptr %arrayidx19, i32 0, i32 1
  %26 = load float, ptr %v20, align 4
  %mul = fmul float 0xBFECCCCCC0000000, %26
  %27 = load ptr, ptr %p.addr, align 8
  %28 = load i32, ptr %i, align 4
  %idxprom21 = sext i32 %28 to i64
  %arrayidx22 = getelementptr inbounds %struct.particle, ptr %27, i64 %idxprom21
  %v23 = getelementptr inbounds %struct.particle, ptr %arrayidx22, i32 0, i32 1
  store float %mul, ptr %v23, align 4
  %29 = load ptr, ptr %p.addr, align 8
  %30 = load i32, ptr %i, align 4
  %idxprom24 = sext i32 %30 to i64
  %arrayidx25 = getelementptr inbounds %struct.particle, ptr %29, i64 %idxprom24
  %bounces = getelementptr inbounds %struct.particle, ptr %arrayidx25, i32 0, i32 2
  %31 = load i32, ptr %bounces, align 4
  %inc = add i32 %31, 1
  store i32 %inc, ptr %bounces, align 4
  br label %if.end26

if.end26:                                         ; preds = %if.then11, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end26
  %32 = load i32, ptr %i, align 4
  %inc27 = add nsw i32 %32, 1
  store i32 %inc27, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
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
