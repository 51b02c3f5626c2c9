; ModuleID = 'kernels/viterbi.c'
source_filename = "kernels/viterbi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @viterbi(ptr noundef %obs, ptr noundef %init, ptr noundef %trans, ptr noundef %emit, ptr noundef %path) #0 {
entry:
  %obs.addr = alloca ptr, align 8
  %init.addr = alloca ptr, align 8
  %trans.addr = alloca ptr, align 8
  %emit.addr = alloca ptr, align 8
  %path.addr = alloca ptr, align 8
  %cost = alloca [16 x [4 x float]], align 16
  %bp = alloca [16 x [4 x i32]], align 16
  %t = alloca i32, align 4
  %s = alloca i32, align 4
  %p = alloca i32, align 4
  %state = alloca i32, align 4
  %best = alloca float, align 4
  %o = alloca i32, align 4
  %arg = alloca i32, align 4
  %c = alloca float, align 4
  store ptr %obs, ptr %obs.addr, align 8
  store ptr %init, ptr %init.addr, align 8
  store ptr %trans, ptr %trans.addr, align 8
  store ptr %emit, ptr %emit.addr, align 8
  store ptr %path, ptr %path.addr, align 8
  store i32 0, ptr %s, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %s, align 4
  %cmp = icmp slt i32 %0, 4
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %init.addr, align 8
  %2 = load i32, ptr %s, align 4
  %idxprom = sext i32 %2 to i64
  %arrayidx = getelementptr inbounds float, ptr %1, i64 %idxprom
  %3 = load float, ptr %arrayidx, align 4
  %4 = load ptr, ptr %emit.addr, align 8
  %5 = load i32, ptr %s, align 4
  %mul = mul nsw i32 %5, 4
  %6 = load ptr, ptr %obs.addr, align 8
  %arrayidx1 = getelementptr inbounds i32, ptr %6, i64 0
  %7 = load i32, ptr %arrayidx1, align 4
  %and = and i32 %7, 3
  %add = add nsw i32 %mul, %and
  %idxprom2 = sext i32 %add to i64
  %arrayidx3 = getelementptr inbounds float, ptr %4, i64 %idxprom2
  %8 = load float, ptr %arrayidx3, align 4
  %add4 = fadd float %3, %8
  %arrayidx5 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 0
  %9 = load i32, ptr %s, align 4
  %idxprom6 = sext i32 %9 to i64
  %arrayidx7 = getelementptr inbounds [4 x float], ptr %arrayidx5, i64 0, i64 %idxprom6
  store float %add4, ptr %arrayidx7, align 4
  %arrayidx8 = getelementptr inbounds [16 x [4 x i32]], ptr %bp, i64 0, i64 0
  %10 = load i32, ptr %s, align 4
  %idxprom9 = sext i32 %10 to i64
  %arrayidx10 = getelementptr inbounds [4 x i32], ptr %arrayidx8, i64 0, i64 %idxprom9
  store i32 0, ptr %arrayidx10, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %11 = load i32, ptr %s, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, ptr %s, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  store i32 1, ptr %t, align 4
  br label %for.cond11

for.cond11:                                       ; preds = %for.inc60, %for.end
  %12 = load i32, ptr %t, align 4
  %cmp12 = icmp slt i32 %12, 16
  br i1 %cmp12, label %for.body13, label %for.end62

for.body13:                                       ; preds = %for.cond11
  %13 = load ptr, ptr %obs.addr, align 8
  %14 = load i32, ptr %t, align 4
  %idxprom14 = sext i32 %14 to i64
  %arrayidx15 = getelementptr inbounds i32, ptr %13, i64 %idxprom14
  %15 = load i32, ptr %arrayidx15, align 4
  %and16 = and i32 %15, 3
  store i32 %and16, ptr %o, align 4
  store i32 0, ptr %s, align 4
  br label %for.cond17

for.cond17:                                       ; preds = %for.inc57, %for.body13
  %16 = load i32, ptr %s, align 4
  %cmp18 = icmp slt i32 %16, 4
  br i1 %cmp18, label %for.body19, label %for.end59

for.body19:                                       ; preds = %for.cond17
  store i32 0, ptr %arg, align 4
  %17 = load i32, ptr %t, align 4
  %sub = sub nsw i32 %17, 1
  %idxprom20 = sext i32 %sub to i64
  %arrayidx21 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %idxprom20
  %arrayidx22 = getelementptr inbounds [4 x float], ptr %arrayidx21, i64 0, i64 0
  %18 = load float, ptr %arrayidx22, align 16
  %19 = load ptr, ptr %trans.addr, align 8
  %20 = load i32, ptr %s, align 4
  %add23 = add nsw i32 0, %20
  %idxprom24 = sext i32 %add23 to i64
  %arrayidx25 = getelementptr inbounds float, ptr %19, i64 %idxprom24
  %21 = load float, ptr %arrayidx25, align 4
  %add26 = fadd float %18, %21
  store float %add26, ptr %best, align 4
  store i32 1, ptr %p, align 4
  br label %for.cond27

for.cond27:                                       ; preds = %for.inc41, %for.body19
  %22 = load i32, ptr %p, align 4
  %cmp28 = icmp slt i32 %22, 4
  br i1 %cmp28, label %for.body29, label %for.end43

for.body29:                                       ; preds = %for.cond27
  %23 = load i32, ptr %t, align 4
  %sub30 = sub nsw i32 %23, 1
  %idxprom31 = sext i32 %sub30 to i64
  %arrayidx32 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %idxprom31
  %24 = load i32, ptr %p, align 4
  %idxprom33 = sext i32 %24 to i64
  %arrayidx34 = getelementptr inbounds [4 x float], ptr %arrayidx32, i64 0, i64 %idxprom33
  %25 = load float, ptr %arrayidx34, align 4
  %26 = load ptr, ptr %trans.addr, align 8
  %27 = load i32, ptr %p, align 4
  %mul35 = mul nsw i32 %27, 4
  %28 = load i32, ptr %s, align 4
  %add36 = add nsw i32 %mul35, %28
  %idxprom37 = sext i32 %add36 to i64
  %arrayidx38 = getelementptr inbounds float, ptr %26, i64 %idxprom37
  %29 = load float, ptr %arrayidx38, align 4
  %add39 = fadd float %25, %29
  store float %add39, ptr %c, align 4
  %30 = load float, ptr %c, align 4
  %31 = load float, ptr %best, align 4
  %cmp40 = fcmp olt float %30, %31
  br i1 %cmp40, label %if.then, label %if.end

if.then:                                          ; preds = %for.body29
  %32 = load float, ptr %c, align 4
  store float %32, ptr %best, align 4
  %33 = load i32, ptr %p, align 4
  store i32 %33, ptr %arg, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body29
  br label %for.inc41

for.inc41:                                        ; preds = %if.end
  %34 = load i32, ptr %p, align 4
  %inc42 = add nsw i32 %34, 1
  store i32 %inc42, ptr %p, align 4
  br label %for.cond27

for.end43:                                        ; preds = %for.cond27
  %35 = load float, ptr %best, align 4
  %36 = load ptr, ptr %emit.addr, align 8
  %37 = load i32, ptr %s, align 4
  %mul44 = mul nsw i32 %37, 4
  %38 = load i32, ptr %o, align 4
  %add45 = add nsw i32 %mul44, %38
  %idxprom46 = sext i32 %add45 to i64
  %arrayidx47 = getelementptr inbounds float, ptr %36, i64 %idxprom46
  %39 = load float, ptr %arrayidx47, align 4
  %add48 = fadd float %35, %39
  %40 = load i32, ptr %t, align 4
  %idxprom49 = sext i32 %40 to i64
  %arrayidx50 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 %idxprom49
  %41 = load i32, ptr %s, align 4
  %idxprom51 = sext i32 %41 to i64
  %arrayidx52 = getelementptr inbounds [4 x float], ptr %arrayidx50, i64 0, i64 %idxprom51
  store float %add48, ptr %arrayidx52, align 4
  %42 = load i32, ptr %arg, align 4
  %43 = load i32, ptr %t, align 4
  %idxprom53 = sext i32 %43 to i64
  %arrayidx54 = getelementptr inbounds [16 x [4 x i32]], ptr %bp, i64 0, i64 %idxprom53
  %44 = load i32, ptr %s, align 4
  %idxprom55 = sext i32 %44 to i64
  %arrayidx56 = getelementptr inbounds [4 x i32], ptr %arrayidx54, i64 0, i64 %idxprom55
  store i32 %42, ptr %arrayidx56, align 4
  br label %for.inc57

for.inc57:                                        ; preds = %for.end43
  %45 = load i32, ptr %s, align 4
  %inc58 = add nsw i32 %45, 1
  store i32 %inc58, ptr %s, align 4
  br label %for.cond17

for.end59:                                        ; preds = %for.cond17
  br label %for.inc60

for.inc60:                                        ; preds = %for.end59
  %46 = load i32, ptr %t, align 4
  %inc61 = add nsw i32 %46, 1
  store i32 %inc61, ptr %t, align 4
  br label %for.cond11

for.end62:                                        ; preds = %for.cond11
  store i32 0, ptr %state, align 4
  %arrayidx63 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 15
  %arrayidx64 = getelementptr inbounds [4 x float], ptr %arrayidx63, i64 0, i64 0
  %47 = load float, ptr %arrayidx64, align 16
  store float %47, ptr %best, align 4
  store i32 1, ptr %s, align 4
  br label %for.cond65

for.cond65:                                       ; preds = %for.inc77, %for.end62
  %48 = load i32, ptr %s, align 4
  %cmp66 = icmp slt i32 %48, 4
  br i1 %cmp66, label %for.body67, label %for.end79

for.body67:                                       ; preds = %for.cond65
  %arrayidx68 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 15
  %49 = load i32, ptr %s, align 4
  %idxprom69 = sext i32 %49 to i64
  %arrayidx70 = getelementptr inbounds [4 x float], ptr %arrayidx68, i64 0, i64 %idxprom69
  %50 = load float, ptr %arrayidx70, align 4
  %51 = load float, ptr %best, align 4
  %cmp71 = fcmp olt float %50, %51
  br i1 %cmp71, label %if.then72, label %if.end76

if.then72:                                        ; preds = %for.body67
  %arrayidx73 = getelementptr inbounds [16 x [4 x float]], ptr %cost, i64 0, i64 15
  %52 = load i32, ptr %s, align 4
  %idxprom74 = sext i32 %52 to i64
  %arrayidx75 = getelementptr inbounds [4 x float], ptr %arrayidx73, i64 0, i64 %idxprom74
  %53 = load float, ptr %arrayidx75, align 4
  store float %53, ptr %best, align 4
  %54 = load i32, ptr %s, align 4
  store i32 %54, ptr %state, align 4
  br label %if.end76

if.end76:                                         ; preds = %if.then72, %for.body67
  br label %for.inc77

for.inc77:                                        ; preds = %if.end76
  %55 = load i32, ptr %s, align 4
  %inc78 = add nsw i32 %55, 1
  store i32 %inc78, ptr %s, align 4
  br label %for.cond65

for.end79:                                        ; preds = %for.cond65
  %56 = load i32, ptr %state, align 4
  %57 = load ptr, ptr %path.addr, align 8
  %arrayidx80 = getelementptr inbounds i32, ptr %57, i64 15
  store i32 %56, ptr %arrayidx80, align 4
  store i32 15, ptr %t, align 4
  br label %for.cond81

for.cond81:                                       ; preds = %for.inc91, %for.end79
  %58 = load i32, ptr %t, align 4
  %cmp82 = icmp sgt i32 %58, 0
  br i1 %cmp82, label %for.body83, label %for.end92

for.body83:                                       ; preds = %for.cond81
  %59 = load i32, ptr %t, align 4
  %idxprom84 = sext i32 %59 to i64
  %arrayidx85 = getelementptr inbounds [16 x [4 x i32]], ptr %bp, i64 0, i64 %idxprom84
  %60 = load i32, ptr %state, align 4
  %idxprom86 = sext i32 %60 to i64
  %arrayidx87 = getelementptr inbounds [4 x i32], ptr %arrayidx85, i64 0, i64 %idxprom86
  %61 = load i32, ptr %arrayidx87, align 4
  store i32 %61, ptr %state, align 4
  %62 = load i32, ptr %state, align 4
  %63 = load ptr, ptr %path.addr, align 8
  %64 = load i32, ptr %t, align 4
  %sub88 = sub nsw i32 %64, 1
  %idxprom89 = sext i32 %sub88 to i64
  %arrayidx90 = getelementptr inbounds i32, ptr %63, i64 %idxprom89
  store i32 %62, ptr %arrayidx90, align 4
  br label %for.inc91

for.inc91:                                        ; preds = %for.body83
  %65 = load i32, ptr %t, align 4
  %dec = add nsw i32 %65, -1
  store i32 %dec, ptr %t, align 4
  br label %for.cond81

for.end92:                                        ; preds = %for.cond81
  %66 = load ptr, ptr %path.addr, align 8
  %arrayidx93 = getelementptr inbounds i32, ptr %66, i64 15
  %67 = load i32, ptr %arrayidx93, align 4
  ret i32 %67
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
