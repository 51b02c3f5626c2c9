; ModuleID = 'kernels/spmv_csr.c'
source_filename = "kernels/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @spmv_csr(ptr noundef %val, ptr noundef %cols, ptr noundef %row_ptr, ptr noundef %x, ptr noundef %y) #0 {
entry:
  %val.addr = alloca ptr, align 8
  %cols.addr = alloca ptr, align 8
  %row_ptr.addr = alloca ptr, align 8
  %x.addr = alloca ptr, align 8
  %y.addr = alloca ptr, align 8
  %i = alloca i32, align 4
  %start = alloca i32, align 4
  %end = alloca i32, align 4
  %j = alloca i32, align 4
  %sum = alloca float, align 4
  store ptr %val, ptr %val.addr, align 8
  store ptr %cols, ptr %cols.addr, align 8
  store ptr %row_ptr, ptr %row_ptr.addr, align 8
  store ptr %x, ptr %x.addr, align 8
  store ptr %y, ptr %y.addr, align 8
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc18, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 16
  br i1 %cmp, label %for.body, label %for.end20

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %row_ptr.addr, align 8
  %2 = load i32, ptr %i, align 4
  %idxprom = sext i32 %2 to i64
  %arrayidx = getelementptr inbounds i32, ptr %1, i64 %idxprom
  %3 = load i32, ptr %arrayidx, align 4
  store i32 %3, ptr %start, align 4
  %4 = load ptr, ptr %row_ptr.addr, align 8
  %5 = load i32, ptr %i, align 4
  %add = add nsw i32 %5, 1
  %idxprom1 = sext i32 %add to i64
  %arrayidx2 = getelementptr inbounds i32, ptr %4, i64 %idxprom1
  %6 = load i32, ptr %arrayidx2, align 4
  store i32 %6, ptr %end, align 4
  store float 0.000000e+00, ptr %sum, align 4
  %7 = load i32, ptr %start, align 4
  %cmp3 = icmp ugt i32 %7, 64
  br i1 %cmp3, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  store i32 64, ptr %start, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  %8 = load i32, ptr %end, align 4
  %cmp4 = icmp ugt i32 %8, 64
  br i1 %cmp4, label %if.then5, label %if.end6

if.then5:                                         ; preds = %if.end
  store i32 64, ptr %end, align 4
  br label %if.end6

if.end6:                                          ; preds = %if.then5, %if.end
  %9 = load i32, ptr %start, align 4
  store i32 %9, ptr %j, align 4
  br label %for.cond7

for.cond7:                                        ; preds = %for.inc, %if.end6
  %10 = load i32, ptr %j, align 4
  %11 = load i32, ptr %end, align 4
  %cmp8 = icmp ult i32 %10, %11
  br i1 %cmp8, label %for.body9, label %for.end

for.body9:                                        ; preds = %for.cond7
  %12 = load ptr, ptr %val.addr, align 8
  %13 = load i32, ptr %j, align 4
  %idxprom10 = zext i32 %13 to i64
  %arrayidx11 = getelementptr inbounds float, ptr %12, i64 %idxprom10
  %14 = load float, ptr %arrayidx11, align 4
  %15 = load ptr, ptr %x.addr, align 8
  %16 = load ptr, ptr %cols.addr, align 8
  %17 = load i32, ptr %j, align 4
  %idxprom12 = zext i32 %17 to i64
  %arrayidx13 = getelementptr inbounds i32, ptr %16, i64 %idxprom12
  %18 = load i32, ptr %arrayidx13, align 4
  %rem = urem i32 %18, 16
  %idxprom14 = zext i32 %rem to i64
  %arrayidx15 = getelementptr inbounds float, ptr %15, i64 %idxprom14
  %19 = load float, ptr %arrayidx15, align 4
  %20 = load float, ptr %sum, align 4
  %21 = call float @llvm.fmuladd.f32(float %14, float %19, float %20)
  store float %21, ptr %sum, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body9
  %22 = load i32, ptr %j, align 4
  %inc = add i32 %22, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond7

for.end:                                          ; preds = %for.cond7
  %23 = load float, ptr %sum, align 4
  %24 = load ptr, ptr %y.addr, align 8
  %25 = load i32, ptr %i, align 4
  %idxprom16 = sext i32 %25 to i64
  %arrayidx17 = getelementptr inbounds float, ptr %24, i64 %idxprom16
  store float %23, ptr %arrayidx17, align 4
  br label %for.inc18

for.inc18:                                        ; preds = %for.end
  %26 = load i32, ptr %i, align 4
  %inc19 = add nsw i32 %26, 1
  store i32 %inc19, ptr %i, align 4
  br label %for.cond

for.end20:                                        ; preds = %for.cond
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
