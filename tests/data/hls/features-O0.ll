; ModuleID = 'features.c'
source_filename = "features.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pair = type { i16, float }

@table = internal constant [4 x %struct.pair] [%struct.pair { i16 1, float 5.000000e-01 }, %struct.pair { i16 -2, float 1.250000e+00 }, %struct.pair { i16 3, float -2.000000e+00 }, %struct.pair { i16 4, float 8.000000e+00 }], align 16
@counts = internal global [8 x i32] zeroinitializer, align 16
@total_calls = dso_local global i32 0, align 4

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @odd_widths(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %x = alloca i33, align 8
  %y = alloca i24, align 4
  %z = alloca i12, align 2
  %q = alloca i33, align 8
  %w = alloca i7, align 1
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %conv = sext i32 %0 to i33
  %mul = mul nsw i33 %conv, 3
  %1 = load i32, ptr %b.addr, align 4
  %conv1 = sext i32 %1 to i33
  %add = add nsw i33 %mul, %conv1
  store i33 %add, ptr %x, align 8
  %2 = load i32, ptr %a.addr, align 4
  %conv2 = trunc i32 %2 to i24
  %3 = load i32, ptr %b.addr, align 4
  %and = and i32 %3, 15
  %sh_prom = trunc i32 %and to i24
  %shr = lshr i24 %conv2, %sh_prom
  store i24 %shr, ptr %y, align 4
  %4 = load i32, ptr %a.addr, align 4
  %5 = load i32, ptr %b.addr, align 4
  %xor = xor i32 %4, %5
  %conv3 = trunc i32 %xor to i12
  store i12 %conv3, ptr %z, align 2
  %6 = load i12, ptr %z, align 2
  %conv4 = sext i12 %6 to i32
  %mul5 = mul nsw i32 %conv4, 5
  %sub = sub nsw i32 %mul5, 7
  %conv6 = trunc i32 %sub to i12
  store i12 %conv6, ptr %z, align 2
  %7 = load i33, ptr %x, align 8
  %8 = load i32, ptr %b.addr, align 4
  %or = or i32 %8, 1
  %conv7 = sext i32 %or to i33
  %div = sdiv i33 %7, %conv7
  store i33 %div, ptr %q, align 8
  %9 = load i32, ptr %a.addr, align 4
  %mul8 = mul nsw i32 %9, 37
  %conv9 = trunc i32 %mul8 to i7
  store i7 %conv9, ptr %w, align 1
  %10 = load i7, ptr %w, align 1
  %conv10 = zext i7 %10 to i32
  %add11 = add nsw i32 %conv10, 100
  %conv12 = trunc i32 %add11 to i7
  store i7 %conv12, ptr %w, align 1
  %11 = load i33, ptr %x, align 8
  %shr13 = ashr i33 %11, 3
  %conv14 = trunc i33 %shr13 to i32
  %12 = load i24, ptr %y, align 4
  %conv15 = zext i24 %12 to i32
  %xor16 = xor i32 %conv14, %conv15
  %13 = load i12, ptr %z, align 2
  %conv17 = sext i12 %13 to i32
  %xor18 = xor i32 %xor16, %conv17
  %14 = load i33, ptr %q, align 8
  %rem = srem i33 %14, 7
  %conv19 = trunc i33 %rem to i32
  %xor20 = xor i32 %xor18, %conv19
  %15 = load i33, ptr %x, align 8
  %16 = load i32, ptr %b.addr, align 4
  %conv21 = sext i32 %16 to i33
  %cmp = icmp slt i33 %15, %conv21
  %conv22 = zext i1 %cmp to i32
  %xor23 = xor i32 %xor20, %conv22
  %17 = load i7, ptr %w, align 1
  %conv24 = zext i7 %17 to i32
  %xor25 = xor i32 %xor23, %conv24
  ret i32 %xor25
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @shifts(i32 noundef %a, i32 noundef %b, i64 noundef %c) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %c.addr = alloca i64, align 8
  %s = alloca i32, align 4
  %r = alloca i32, align 4
  %t = alloca i64, align 8
  %e = alloca i8, align 1
  %f = alloca i16, align 2
  %g = alloca i8, align 1
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  store i64 %c, ptr %c.addr, align 8
  %0 = load i32, ptr %b.addr, align 4
  %and = and i32 %0, 31
  store i32 %and, ptr %s, align 4
  %1 = load i32, ptr %a.addr, align 4
  %2 = load i32, ptr %s, align 4
  %shl = shl i32 %1, %2
  %3 = load i32, ptr %a.addr, align 4
  %4 = load i32, ptr %s, align 4
  %shr = lshr i32 %3, %4
  %xor = xor i32 %shl, %shr
  %5 = load i32, ptr %a.addr, align 4
  %6 = load i32, ptr %s, align 4
  %shr1 = ashr i32 %5, %6
  %xor2 = xor i32 %xor, %shr1
  store i32 %xor2, ptr %r, align 4
  %7 = load i64, ptr %c.addr, align 8
  %8 = load i32, ptr %s, align 4
  %add = add i32 %8, 1
  %and3 = and i32 %add, 63
  %sh_prom = zext i32 %and3 to i64
  %shl4 = shl i64 %7, %sh_prom
  %9 = load i64, ptr %c.addr, align 8
  %10 = load i32, ptr %s, align 4
  %mul = mul i32 %10, 2
  %and5 = and i32 %mul, 63
  %sh_prom6 = zext i32 %and5 to i64
  %shr7 = ashr i64 %9, %sh_prom6
  %xor8 = xor i64 %shl4, %shr7
  store i64 %xor8, ptr %t, align 8
  %11 = load i32, ptr %a.addr, align 4
  %conv = trunc i32 %11 to i8
  store i8 %conv, ptr %e, align 1
  %12 = load i8, ptr %e, align 1
  %conv9 = sext i8 %12 to i32
  %13 = load i32, ptr %b.addr, align 4
  %and10 = and i32 %13, 7
  %shr11 = ashr i32 %conv9, %and10
  %conv12 = trunc i32 %shr11 to i8
  store i8 %conv12, ptr %e, align 1
  %14 = load i32, ptr %a.addr, align 4
  %mul13 = mul nsw i32 %14, 1000
  %conv14 = trunc i32 %mul13 to i16
  store i16 %conv14, ptr %f, align 2
  %15 = load i16, ptr %f, align 2
  %conv15 = sext i16 %15 to i32
  %shr16 = ashr i32 %conv15, 3
  %conv17 = trunc i32 %shr16 to i16
  store i16 %conv17, ptr %f, align 2
  %16 = load i32, ptr %a.addr, align 4
  %conv18 = trunc i32 %16 to i8
  %conv19 = zext i8 %conv18 to i32
  %17 = load i32, ptr %b.addr, align 4
  %and20 = and i32 %17, 7
  %shl21 = shl i32 %conv19, %and20
  %conv22 = trunc i32 %shl21 to i8
  store i8 %conv22, ptr %g, align 1
  %18 = load i32, ptr %r, align 4
  %19 = load i64, ptr %t, align 8
  %conv23 = trunc i64 %19 to i32
  %xor24 = xor i32 %18, %conv23
  %20 = load i8, ptr %e, align 1
  %conv25 = sext i8 %20 to i32
  %xor26 = xor i32 %xor24, %conv25
  %21 = load i16, ptr %f, align 2
  %conv27 = sext i16 %21 to i32
  %xor28 = xor i32 %xor26, %conv27
  %22 = load i8, ptr %g, align 1
  %conv29 = zext i8 %22 to i32
  %xor30 = xor i32 %xor28, %conv29
  ret i32 %xor30
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @divs(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %d = alloca i32, align 4
  %a8 = alloca i8, align 1
  %d8 = alloca i8, align 1
  %ua = alloca i16, align 2
  %ud = alloca i16, align 2
  %wa = alloca i64, align 8
  %wd = alloca i64, align 8
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %b.addr, align 4
  %or = or i32 %0, 1
  store i32 %or, ptr %d, align 4
  %1 = load i32, ptr %a.addr, align 4
  %mul = mul nsw i32 %1, 5
  %conv = trunc i32 %mul to i8
  store i8 %conv, ptr %a8, align 1
  %2 = load i32, ptr %d, align 4
  %conv1 = trunc i32 %2 to i8
  store i8 %conv1, ptr %d8, align 1
  %3 = load i32, ptr %a.addr, align 4
  %mul2 = mul nsw i32 %3, 777
  %conv3 = trunc i32 %mul2 to i16
  store i16 %conv3, ptr %ua, align 2
  %4 = load i32, ptr %d, align 4
  %conv4 = trunc i32 %4 to i16
  store i16 %conv4, ptr %ud, align 2
  %5 = load i32, ptr %a.addr, align 4
  %conv5 = sext i32 %5 to i64
  %mul6 = mul nsw i64 %conv5, -123456789
  store i64 %mul6, ptr %wa, align 8
  %6 = load i32, ptr %d, align 4
  %conv7 = sext i32 %6 to i64
  store i64 %conv7, ptr %wd, align 8
  %7 = load i32, ptr %a.addr, align 4
  %8 = load i32, ptr %d, align 4
  %div = sdiv i32 %7, %8
  %9 = load i32, ptr %a.addr, align 4
  %10 = load i32, ptr %d, align 4
  %rem = srem i32 %9, %10
  %mul8 = mul nsw i32 %rem, 100
  %add = add nsw i32 %div, %mul8
  %11 = load i32, ptr %a.addr, align 4
  %12 = load i32, ptr %d, align 4
  %div9 = udiv i32 %11, %12
  %add10 = add nsw i32 %add, %div9
  %13 = load i32, ptr %a.addr, align 4
  %14 = load i32, ptr %d, align 4
  %rem11 = urem i32 %13, %14
  %add12 = add nsw i32 %add10, %rem11
  %15 = load i8, ptr %a8, align 1
  %conv13 = sext i8 %15 to i32
  %16 = load i8, ptr %d8, align 1
  %conv14 = sext i8 %16 to i32
  %div15 = sdiv i32 %conv13, %conv14
  %mul16 = mul nsw i32 %div15, 7
  %add17 = add nsw i32 %add12, %mul16
  %17 = load i8, ptr %a8, align 1
  %conv18 = sext i8 %17 to i32
  %18 = load i8, ptr %d8, align 1
  %conv19 = sext i8 %18 to i32
  %rem20 = srem i32 %conv18, %conv19
  %add21 = add nsw i32 %add17, %rem20
  %19 = load i16, ptr %ua, align 2
  %conv22 = zext i16 %19 to i32
  %20 = load i16, ptr %ud, align 2
  %conv23 = zext i16 %20 to i32
  %div24 = sdiv i32 %conv22, %conv23
  %add25 = add nsw i32 %add21, %div24
  %21 = load i16, ptr %ua, align 2
  %conv26 = zext i16 %21 to i32
  %22 = load i16, ptr %ud, align 2
  %conv27 = zext i16 %22 to i32
  %rem28 = srem i32 %conv26, %conv27
  %add29 = add nsw i32 %add25, %rem28
  %23 = load i64, ptr %wa, align 8
  %24 = load i64, ptr %wd, align 8
  %div30 = sdiv i64 %23, %24
  %conv31 = trunc i64 %div30 to i32
  %add32 = add nsw i32 %add29, %conv31
  %25 = load i64, ptr %wa, align 8
  %26 = load i64, ptr %wd, align 8
  %rem33 = srem i64 %25, %26
  %conv34 = trunc i64 %rem33 to i32
  %add35 = add nsw i32 %add32, %conv34
  ret i32 %add35
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @fcmps(float noundef %a, float noundef %b, double noundef %c) #0 {
entry:
  %a.addr = alloca float, align 4
  %b.addr = alloca float, align 4
  %c.addr = alloca double, align 8
  %n = alloca float, align 4
  %r = alloca i32, align 4
  store float %a, ptr %a.addr, align 4
  store float %b, ptr %b.addr, align 4
  store double %c, ptr %c.addr, align 8
  %0 = load float, ptr %b.addr, align 4
  %1 = load float, ptr %b.addr, align 4
  %sub = fsub float %0, %1
  %2 = load float, ptr %b.addr, align 4
  %3 = load float, ptr %b.addr, align 4
  %sub1 = fsub float %2, %3
  %div = fdiv float %sub, %sub1
  store float %div, ptr %n, align 4
  store i32 0, ptr %r, align 4
  %4 = load float, ptr %a.addr, align 4
  %5 = load float, ptr %b.addr, align 4
  %cmp = fcmp olt float %4, %5
  %conv = zext i1 %cmp to i32
  %shl = shl i32 %conv, 0
  %6 = load i32, ptr %r, align 4
  %or = or i32 %6, %shl
  store i32 %or, ptr %r, align 4
  %7 = load float, ptr %a.addr, align 4
  %8 = load float, ptr %b.addr, align 4
  %cmp2 = fcmp ole float %7, %8
  %conv3 = zext i1 %cmp2 to i32
  %shl4 = shl i32 %conv3, 1
  %9 = load i32, ptr %r, align 4
  %or5 = or i32 %9, %shl4
  store i32 %or5, ptr %r, align 4
  %10 = load float, ptr %a.addr, align 4
  %11 = load float, ptr %b.addr, align 4
  %cmp6 = fcmp ogt float %10, %11
  %conv7 = zext i1 %cmp6 to i32
  %shl8 = shl i32 %conv7, 2
  %12 = load i32, ptr %r, align 4
  %or9 = or i32 %12, %shl8
  store i32 %or9, ptr %r, align 4
  %13 = load float, ptr %a.addr, align 4
  %14 = load float, ptr %b.addr, align 4
  %cmp10 = fcmp oge float %13, %14
  %conv11 = zext i1 %cmp10 to i32
  %shl12 = shl i32 %conv11, 3
  %15 = load i32, ptr %r, align 4
  %or13 = or i32 %15, %shl12
  store i32 %or13, ptr %r, align 4
  %16 = load float, ptr %a.addr, align 4
  %17 = load float, ptr %b.addr, align 4
  %cmp14 = fcmp oeq float %16, %17
  %conv15 = zext i1 %cmp14 to i32
  %shl16 = shl i32 %conv15, 4
  %18 = load i32, ptr %r, align 4
  %or17 = or i32 %18, %shl16
  store i32 %or17, ptr %r, align 4
  %19 = load float, ptr %a.addr, align 4
  %20 = load float, ptr %b.addr, align 4
  %cmp18 = fcmp une float %19, %20
  %conv19 = zext i1 %cmp18 to i32
  %shl20 = shl i32 %conv19, 5
  %21 = load i32, ptr %r, align 4
  %or21 = or i32 %21, %shl20
  store i32 %or21, ptr %r, align 4
  %22 = load float, ptr %a.addr, align 4
  %23 = load float, ptr %n, align 4
  %cmp22 = fcmp olt float %22, %23
  %lnot = xor i1 %cmp22, true
  %lnot.ext = zext i1 %lnot to i32
  %shl24 = shl i32 %lnot.ext, 6
  %24 = load i32, ptr %r, align 4
  %or25 = or i32 %24, %shl24
  store i32 %or25, ptr %r, align 4
  %25 = load float, ptr %a.addr, align 4
  %26 = load float, ptr %n, align 4
  %cmp26 = fcmp oge float %25, %26
  %lnot28 = xor i1 %cmp26, true
  %lnot.ext29 = zext i1 %lnot28 to i32
  %shl30 = shl i32 %lnot.ext29, 7
  %27 = load i32, ptr %r, align 4
  %or31 = or i32 %27, %shl30
  store i32 %or31, ptr %r, align 4
  %28 = load float, ptr %n, align 4
  %29 = load float, ptr %n, align 4
  %cmp32 = fcmp une float %28, %29
  %conv33 = zext i1 %cmp32 to i32
  %shl34 = shl i32 %conv33, 8
  %30 = load i32, ptr %r, align 4
  %or35 = or i32 %30, %shl34
  store i32 %or35, ptr %r, align 4
  %31 = load float, ptr %a.addr, align 4
  %32 = load float, ptr %a.addr, align 4
  %cmp36 = fcmp oeq float %31, %32
  %conv37 = zext i1 %cmp36 to i32
  %shl38 = shl i32 %conv37, 9
  %33 = load i32, ptr %r, align 4
  %or39 = or i32 %33, %shl38
  store i32 %or39, ptr %r, align 4
  %34 = load double, ptr %c.addr, align 8
  %35 = load float, ptr %a.addr, align 4
  %conv40 = fpext float %35 to double
  %cmp41 = fcmp ogt double %34, %conv40
  %lnot43 = xor i1 %cmp41, true
  %lnot.ext44 = zext i1 %lnot43 to i32
  %shl45 = shl i32 %lnot.ext44, 10
  %36 = load i32, ptr %r, align 4
  %or46 = or i32 %36, %shl45
  store i32 %or46, ptr %r, align 4
  %37 = load double, ptr %c.addr, align 8
  %38 = load float, ptr %b.addr, align 4
  %conv47 = fpext float %38 to double
  %cmp48 = fcmp ole double %37, %conv47
  %lnot50 = xor i1 %cmp48, true
  %lnot.ext51 = zext i1 %lnot50 to i32
  %shl52 = shl i32 %lnot.ext51, 11
  %39 = load i32, ptr %r, align 4
  %or53 = or i32 %39, %shl52
  store i32 %or53, ptr %r, align 4
  %40 = load double, ptr %c.addr, align 8
  %41 = load float, ptr %n, align 4
  %conv54 = fpext float %41 to double
  %cmp55 = fcmp olt double %40, %conv54
  %conv56 = zext i1 %cmp55 to i32
  %shl57 = shl i32 %conv56, 12
  %42 = load i32, ptr %r, align 4
  %or58 = or i32 %42, %shl57
  store i32 %or58, ptr %r, align 4
  %43 = load float, ptr %n, align 4
  %44 = load float, ptr %n, align 4
  %cmp59 = fcmp oeq float %43, %44
  %lnot61 = xor i1 %cmp59, true
  %lnot.ext62 = zext i1 %lnot61 to i32
  %shl63 = shl i32 %lnot.ext62, 13
  %45 = load i32, ptr %r, align 4
  %or64 = or i32 %45, %shl63
  store i32 %or64, ptr %r, align 4
  %46 = load i32, ptr %r, align 4
  ret i32 %46
}

; Function Attrs: noinline nounwind uwtable
define dso_local float @floats(float noundef %a, double noundef %b, i32 noundef %c, i32 noundef %d) #0 {
entry:
  %a.addr = alloca float, align 4
  %b.addr = alloca double, align 8
  %c.addr = alloca i32, align 4
  %d.addr = alloca i32, align 4
  %x = alloca double, align 8
  %y = alloca float, align 4
  %z = alloca float, align 4
  %i = alloca i32, align 4
  %u = alloca i32, align 4
  %small = alloca i8, align 1
  %s = alloca float, align 4
  store float %a, ptr %a.addr, align 4
  store double %b, ptr %b.addr, align 8
  store i32 %c, ptr %c.addr, align 4
  store i32 %d, ptr %d.addr, align 4
  %0 = load float, ptr %a.addr, align 4
  %conv = fpext float %0 to double
  %1 = load double, ptr %b.addr, align 8
  %2 = load i32, ptr %c.addr, align 4
  %conv1 = sitofp i32 %2 to double
  %3 = call double @llvm.fmuladd.f64(double %conv, double %1, double %conv1)
  store double %3, ptr %x, align 8
  %4 = load double, ptr %x, align 8
  %conv2 = fptrunc double %4 to float
  %5 = load i32, ptr %d.addr, align 4
  %conv3 = uitofp i32 %5 to float
  %neg = fneg float %conv3
  %6 = call float @llvm.fmuladd.f32(float %neg, float 2.500000e-01, float %conv2)
  store float %6, ptr %y, align 4
  %7 = load float, ptr %y, align 4
  %fneg = fneg float %7
  %8 = load float, ptr %a.addr, align 4
  %mul = fmul float %fneg, %8
  %conv4 = fpext float %mul to double
  %9 = load double, ptr %b.addr, align 8
  %add = fadd double %conv4, %9
  %conv5 = fptrunc double %add to float
  store float %conv5, ptr %z, align 4
  %10 = load float, ptr %z, align 4
  %mul6 = fmul float %10, 3.000000e+00
  %conv7 = fptosi float %mul6 to i32
  store i32 %conv7, ptr %i, align 4
  %11 = load float, ptr %a.addr, align 4
  %cmp = fcmp olt float %11, 0.000000e+00
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %12 = load float, ptr %a.addr, align 4
  %fneg9 = fneg float %12
  br label %cond.end

cond.false:                                       ; preds = %entry
  %13 = load float, ptr %a.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi float [ %fneg9, %cond.true ], [ %13, %cond.false ]
  %conv10 = fptoui float %cond to i32
  %mul11 = mul i32 %conv10, 2
  store i32 %mul11, ptr %u, align 4
  %14 = load i32, ptr %c.addr, align 4
  %and = and i32 %14, 255
  %conv12 = trunc i32 %and to i8
  store i8 %conv12, ptr %small, align 1
  %15 = load i8, ptr %small, align 1
  %conv13 = uitofp i8 %15 to float
  %div = fdiv float %conv13, 7.000000e+00
  %16 = load i32, ptr %d.addr, align 4
  %conv14 = zext i32 %16 to i64
  %conv15 = uitofp i64 %conv14 to float
  %add16 = fadd float %div, %conv15
  store float %add16, ptr %s, align 4
  %17 = load float, ptr %z, align 4
  %18 = load i32, ptr %i, align 4
  %conv17 = sitofp i32 %18 to float
  %add18 = fadd float %17, %conv17
  %19 = load i32, ptr %u, align 4
  %conv19 = uitofp i32 %19 to float
  %20 = call float @llvm.fmuladd.f32(float %conv19, float 5.000000e-01, float %add18)
  %21 = load float, ptr %s, align 4
  %add21 = fadd float %20, %21
  %22 = load i32, ptr %c.addr, align 4
  %conv22 = sext i32 %22 to i64
  %conv23 = sitofp i64 %conv22 to float
  %sub = fsub float %add21, %conv23
  %23 = load float, ptr %a.addr, align 4
  %24 = load float, ptr %a.addr, align 4
  %25 = call float @llvm.fmuladd.f32(float %23, float %24, float 1.000000e+00)
  %call = call float @sqrtf(float noundef %25) #5
  %add25 = fadd float %sub, %call
  ret float %add25
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @swap_phis(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %c = alloca i32, align 4
  %i = alloca i32, align 4
  %t = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 1, ptr %a, align 4
  store i32 2, ptr %b, align 4
  store i32 3, ptr %c, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %and = and i32 %1, 31
  %cmp = icmp slt i32 %0, %and
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %a, align 4
  store i32 %2, ptr %t, align 4
  %3 = load i32, ptr %b, align 4
  store i32 %3, ptr %a, align 4
  %4 = load i32, ptr %c, align 4
  %5 = load i32, ptr %t, align 4
  %add = add nsw i32 %4, %5
  store i32 %add, ptr %b, align 4
  %6 = load i32, ptr %t, align 4
  %7 = load i32, ptr %c, align 4
  %shl = shl i32 %7, 1
  %xor = xor i32 %6, %shl
  store i32 %xor, ptr %c, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  %9 = load i32, ptr %a, align 4
  %mul = mul nsw i32 %9, 100
  %10 = load i32, ptr %b, align 4
  %mul1 = mul nsw i32 %10, 10
  %add2 = add nsw i32 %mul, %mul1
  %11 = load i32, ptr %c, align 4
  %add3 = add nsw i32 %add2, %11
  ret i32 %add3
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @multi_exit(ptr noundef %d, i32 noundef %n) #0 {
entry:
  %retval = alloca i32, align 4
  %d.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %acc = alloca i32, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %v = alloca i32, align 4
  store ptr %d, ptr %d.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  store i32 %0, ptr %acc, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc18, %entry
  %1 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %1, 8
  br i1 %cmp, label %for.body, label %for.end20

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %2, 8
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %3 = load ptr, ptr %d.addr, align 8
  %4 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %4, 8
  %5 = load i32, ptr %j, align 4
  %add = add nsw i32 %mul, %5
  %and = and i32 %add, 1023
  %idxprom = sext i32 %and to i64
  %arrayidx = getelementptr inbounds i32, ptr %3, i64 %idxprom
  %6 = load i32, ptr %arrayidx, align 4
  store i32 %6, ptr %v, align 4
  %7 = load i32, ptr %v, align 4
  %cmp4 = icmp eq i32 %7, 13
  br i1 %cmp4, label %if.then, label %if.end

if.then:                                          ; preds = %for.body3
  br label %done

if.end:                                           ; preds = %for.body3
  %8 = load i32, ptr %v, align 4
  %cmp5 = icmp eq i32 %8, 7
  br i1 %cmp5, label %if.then6, label %if.end7

if.then6:                                         ; preds = %if.end
  br label %for.end

if.end7:                                          ; preds = %if.end
  %9 = load i32, ptr %v, align 4
  %cmp8 = icmp eq i32 %9, 5
  br i1 %cmp8, label %if.then9, label %if.end10

if.then9:                                         ; preds = %if.end7
  br label %next_i

if.end10:                                         ; preds = %if.end7
  %10 = load i32, ptr %v, align 4
  %cmp11 = icmp eq i32 %10, 3
  br i1 %cmp11, label %land.lhs.true, label %if.end15

land.lhs.true:                                    ; preds = %if.end10
  %11 = load i32, ptr %acc, align 4
  %cmp12 = icmp sgt i32 %11, 40
  br i1 %cmp12, label %if.then13, label %if.end15

if.then13:                                        ; preds = %land.lhs.true
  %12 = load i32, ptr %acc, align 4
  %mul14 = mul nsw i32 %12, 2
  store i32 %mul14, ptr %retval, align 4
  br label %return

if.end15:                                         ; preds = %land.lhs.true, %if.end10
  %13 = load i32, ptr %v, align 4
  %14 = load i32, ptr %acc, align 4
  %add16 = add nsw i32 %14, %13
  store i32 %add16, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %if.end15
  %15 = load i32, ptr %j, align 4
  %inc = add nsw i32 %15, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !8

for.end:                                          ; preds = %if.then6, %for.cond1
  %16 = load i32, ptr %i, align 4
  %17 = load i32, ptr %acc, align 4
  %xor = xor i32 %17, %16
  store i32 %xor, ptr %acc, align 4
  br label %next_i

next_i:                                           ; preds = %for.end, %if.then9
  %18 = load i32, ptr %acc, align 4
  %add17 = add nsw i32 %18, 1
  store i32 %add17, ptr %acc, align 4
  br label %for.inc18

for.inc18:                                        ; preds = %next_i
  %19 = load i32, ptr %i, align 4
  %inc19 = add nsw i32 %19, 1
  store i32 %inc19, ptr %i, align 4
  br label %for.cond, !llvm.loop !9

for.end20:                                        ; preds = %for.cond
  br label %done

done:                                             ; preds = %for.end20, %if.then
  %20 = load i32, ptr %acc, align 4
  store i32 %20, ptr %retval, align 4
  br label %return

return:                                           ; preds = %done, %if.then13
  %21 = load i32, ptr %retval, align 4
  ret i32 %21
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @switch_loop(ptr noundef %d, i32 noundef %n) #0 {
entry:
  %retval = alloca i32, align 4
  %d.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %acc = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %d, ptr %d.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %acc, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4
  %cmp1 = icmp slt i32 %2, 1024
  br label %land.end

land.end:                                         ; preds = %land.rhs, %for.cond
  %3 = phi i1 [ false, %for.cond ], [ %cmp1, %land.rhs ]
  br i1 %3, label %for.body, label %for.end

for.body:                                         ; preds = %land.end
  %4 = load ptr, ptr %d.addr, align 8
  %5 = load i32, ptr %i, align 4
  %idxprom = sext i32 %5 to i64
  %arrayidx = getelementptr inbounds i32, ptr %4, i64 %idxprom
  %6 = load i32, ptr %arrayidx, align 4
  %and = and i32 %6, 7
  switch i32 %and, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb2
    i32 2, label %sw.bb3
    i32 3, label %sw.bb6
    i32 4, label %sw.bb6
    i32 5, label %sw.bb7
  ]

sw.bb:                                            ; preds = %for.body
  %7 = load i32, ptr %acc, align 4
  %add = add nsw i32 %7, 1
  store i32 %add, ptr %acc, align 4
  br label %sw.epilog

sw.bb2:                                           ; preds = %for.body
  %8 = load i32, ptr %acc, align 4
  %mul = mul nsw i32 %8, 3
  store i32 %mul, ptr %acc, align 4
  br label %for.inc

sw.bb3:                                           ; preds = %for.body
  %9 = load i32, ptr %acc, align 4
  %cmp4 = icmp sgt i32 %9, 50
  br i1 %cmp4, label %if.then, label %if.end

if.then:                                          ; preds = %sw.bb3
  br label %out

if.end:                                           ; preds = %sw.bb3
  %10 = load i32, ptr %acc, align 4
  %add5 = add nsw i32 %10, 5
  store i32 %add5, ptr %acc, align 4
  br label %sw.epilog

sw.bb6:                                           ; preds = %for.body, %for.body
  %11 = load i32, ptr %i, align 4
  %12 = load i32, ptr %acc, align 4
  %sub = sub nsw i32 %12, %11
  store i32 %sub, ptr %acc, align 4
  br label %sw.epilog

sw.bb7:                                           ; preds = %for.body
  %13 = load i32, ptr %i, align 4
  %cmp8 = icmp sgt i32 %13, 10
  br i1 %cmp8, label %if.then9, label %if.end10

if.then9:                                         ; preds = %sw.bb7
  %14 = load i32, ptr %acc, align 4
  store i32 %14, ptr %retval, align 4
  br label %return

if.end10:                                         ; preds = %sw.bb7
  br label %sw.epilog

sw.default:                                       ; preds = %for.body
  %15 = load ptr, ptr %d.addr, align 8
  %16 = load i32, ptr %i, align 4
  %idxprom11 = sext i32 %16 to i64
  %arrayidx12 = getelementptr inbounds i32, ptr %15, i64 %idxprom11
  %17 = load i32, ptr %arrayidx12, align 4
  %18 = load i32, ptr %acc, align 4
  %xor = xor i32 %18, %17
  store i32 %xor, ptr %acc, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.default, %if.end10, %sw.bb6, %if.end, %sw.bb
  %19 = load i32, ptr %acc, align 4
  %add13 = add nsw i32 %19, 2
  store i32 %add13, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %sw.epilog, %sw.bb2
  %20 = load i32, ptr %i, align 4
  %inc = add nsw i32 %20, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !10

for.end:                                          ; preds = %land.end
  br label %out

out:                                              ; preds = %for.end, %if.then
  %21 = load i32, ptr %acc, align 4
  store i32 %21, ptr %retval, align 4
  br label %return

return:                                           ; preds = %out, %if.then9
  %22 = load i32, ptr %retval, align 4
  ret i32 %22
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @bit_ops(i32 noundef %a, i32 noundef %b, i16 noundef zeroext %h) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %h.addr = alloca i16, align 2
  %r = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  store i16 %h, ptr %h.addr, align 2
  %0 = load i32, ptr %a.addr, align 4
  %1 = call i32 @llvm.ctpop.i32(i32 %0)
  store i32 %1, ptr %r, align 4
  %2 = load i32, ptr %a.addr, align 4
  %or = or i32 %2, 1
  %3 = call i32 @llvm.ctlz.i32(i32 %or, i1 true)
  %4 = load i32, ptr %r, align 4
  %add = add i32 %4, %3
  store i32 %add, ptr %r, align 4
  %5 = load i32, ptr %a.addr, align 4
  %or1 = or i32 %5, -2147483648
  %6 = call i32 @llvm.cttz.i32(i32 %or1, i1 true)
  %7 = load i32, ptr %r, align 4
  %add2 = add i32 %7, %6
  store i32 %add2, ptr %r, align 4
  %8 = load i32, ptr %a.addr, align 4
  %9 = call i32 @llvm.bswap.i32(i32 %8)
  %10 = load i32, ptr %r, align 4
  %xor = xor i32 %10, %9
  store i32 %xor, ptr %r, align 4
  %11 = load i32, ptr %a.addr, align 4
  %12 = load i32, ptr %b.addr, align 4
  %and = and i32 %12, 31
  %13 = call i32 @llvm.fshl.i32(i32 %11, i32 %11, i32 %and)
  %14 = load i32, ptr %r, align 4
  %xor3 = xor i32 %14, %13
  store i32 %xor3, ptr %r, align 4
  %15 = load i32, ptr %b.addr, align 4
  %cmp = icmp slt i32 %15, 0
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %16 = load i32, ptr %b.addr, align 4
  %sub = sub nsw i32 0, %16
  br label %cond.end

cond.false:                                       ; preds = %entry
  %17 = load i32, ptr %b.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub, %cond.true ], [ %17, %cond.false ]
  %18 = load i32, ptr %r, align 4
  %add4 = add i32 %18, %cond
  store i32 %add4, ptr %r, align 4
  %19 = load i32, ptr %b.addr, align 4
  %cmp5 = icmp sgt i32 %19, 7
  br i1 %cmp5, label %cond.true6, label %cond.false7

cond.true6:                                       ; preds = %cond.end
  %20 = load i32, ptr %b.addr, align 4
  br label %cond.end8

cond.false7:                                      ; preds = %cond.end
  br label %cond.end8

cond.end8:                                        ; preds = %cond.false7, %cond.true6
  %cond9 = phi i32 [ %20, %cond.true6 ], [ 7, %cond.false7 ]
  %21 = load i32, ptr %r, align 4
  %add10 = add i32 %21, %cond9
  store i32 %add10, ptr %r, align 4
  %22 = load i32, ptr %a.addr, align 4
  %cmp11 = icmp ult i32 %22, 100
  br i1 %cmp11, label %cond.true12, label %cond.false13

cond.true12:                                      ; preds = %cond.end8
  %23 = load i32, ptr %a.addr, align 4
  br label %cond.end14

cond.false13:                                     ; preds = %cond.end8
  br label %cond.end14

cond.end14:                                       ; preds = %cond.false13, %cond.true12
  %cond15 = phi i32 [ %23, %cond.true12 ], [ 100, %cond.false13 ]
  %24 = load i32, ptr %r, align 4
  %add16 = add i32 %24, %cond15
  store i32 %add16, ptr %r, align 4
  %25 = load i32, ptr %a.addr, align 4
  %26 = load i32, ptr %b.addr, align 4
  %mul = mul nsw i32 %26, 100000000
  %elt.sat = call i32 @llvm.sadd.sat.i32(i32 %25, i32 %mul)
  %27 = load i32, ptr %r, align 4
  %add17 = add i32 %27, %elt.sat
  store i32 %add17, ptr %r, align 4
  %28 = load i32, ptr %a.addr, align 4
  %29 = load i32, ptr %b.addr, align 4
  %elt.sat18 = call i32 @llvm.usub.sat.i32(i32 %28, i32 %29)
  %30 = load i32, ptr %r, align 4
  %add19 = add i32 %30, %elt.sat18
  store i32 %add19, ptr %r, align 4
  %31 = load i32, ptr %a.addr, align 4
  %conv = trunc i32 %31 to i8
  %conv20 = sext i8 %conv to i32
  %32 = load i32, ptr %b.addr, align 4
  %conv21 = trunc i32 %32 to i8
  %conv22 = sext i8 %conv21 to i32
  %elt.sat23 = call i32 @llvm.sadd.sat.i32(i32 %conv20, i32 %conv22)
  %33 = load i32, ptr %r, align 4
  %add24 = add i32 %33, %elt.sat23
  store i32 %add24, ptr %r, align 4
  %34 = load i16, ptr %h.addr, align 2
  %35 = call i16 @llvm.bswap.i16(i16 %34)
  %conv25 = zext i16 %35 to i32
  %36 = load i32, ptr %r, align 4
  %add26 = add i32 %36, %conv25
  store i32 %add26, ptr %r, align 4
  %37 = load i32, ptr %r, align 4
  ret i32 %37
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.sadd.sat.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.usub.sat.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @globals_rw(ptr noundef %in, i32 noundef %n) #0 {
entry:
  %in.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %s = alloca float, align 4
  %i = alloca i32, align 4
  %p = alloca ptr, align 8
  store ptr %in, ptr %in.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store float 0.000000e+00, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %and = and i32 %1, 15
  %cmp = icmp slt i32 %0, %and
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %in.addr, align 8
  %3 = load i32, ptr %i, align 4
  %idxprom = sext i32 %3 to i64
  %arrayidx = getelementptr inbounds i32, ptr %2, i64 %idxprom
  %4 = load i32, ptr %arrayidx, align 4
  %and1 = and i32 %4, 3
  %idxprom2 = sext i32 %and1 to i64
  %arrayidx3 = getelementptr inbounds [4 x %struct.pair], ptr @table, i64 0, i64 %idxprom2
  store ptr %arrayidx3, ptr %p, align 8
  %5 = load ptr, ptr %p, align 8
  %k = getelementptr inbounds %struct.pair, ptr %5, i32 0, i32 0
  %6 = load i16, ptr %k, align 4
  %conv = sext i16 %6 to i32
  %7 = load ptr, ptr %in.addr, align 8
  %8 = load i32, ptr %i, align 4
  %idxprom4 = sext i32 %8 to i64
  %arrayidx5 = getelementptr inbounds i32, ptr %7, i64 %idxprom4
  %9 = load i32, ptr %arrayidx5, align 4
  %and6 = and i32 %9, 7
  %idxprom7 = sext i32 %and6 to i64
  %arrayidx8 = getelementptr inbounds [8 x i32], ptr @counts, i64 0, i64 %idxprom7
  %10 = load i32, ptr %arrayidx8, align 4
  %add = add nsw i32 %10, %conv
  store i32 %add, ptr %arrayidx8, align 4
  %11 = load ptr, ptr %p, align 8
  %w = getelementptr inbounds %struct.pair, ptr %11, i32 0, i32 1
  %12 = load float, ptr %w, align 4
  %13 = load float, ptr %s, align 4
  %add9 = fadd float %13, %12
  store float %add9, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %14 = load i32, ptr %i, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !11

for.end:                                          ; preds = %for.cond
  %15 = load i32, ptr @total_calls, align 4
  %add10 = add nsw i32 %15, 1
  store i32 %add10, ptr @total_calls, align 4
  %16 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @counts, i64 0, i64 1), align 4
  %17 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @counts, i64 0, i64 6), align 8
  %add11 = add nsw i32 %16, %17
  %18 = load float, ptr %s, align 4
  %mul = fmul float %18, 4.000000e+00
  %conv12 = fptosi float %mul to i32
  %add13 = add nsw i32 %add11, %conv12
  %19 = load i32, ptr @total_calls, align 4
  %add14 = add nsw i32 %add13, %19
  ret i32 %add14
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @mem_ops(ptr noundef %out, ptr noundef %in, i32 noundef %n) #0 {
entry:
  %out.addr = alloca ptr, align 8
  %in.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %local = alloca [16 x i32], align 16
  %pairs = alloca [4 x %struct.pair], align 16
  %i = alloca i32, align 4
  %i10 = alloca i32, align 4
  store ptr %out, ptr %out.addr, align 8
  store ptr %in, ptr %in.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  %arraydecay = getelementptr inbounds [16 x i32], ptr %local, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %arraydecay, i8 17, i64 64, i1 false)
  %arraydecay1 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %arraydecay1, i8 0, i64 32, i1 false)
  %arraydecay2 = getelementptr inbounds [16 x i32], ptr %local, i64 0, i64 0
  %add.ptr = getelementptr inbounds i32, ptr %arraydecay2, i64 4
  %0 = load ptr, ptr %in.addr, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %add.ptr, ptr align 4 %0, i64 32, i1 false)
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %1, 4
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %in.addr, align 8
  %3 = load i32, ptr %i, align 4
  %add = add nsw i32 %3, 8
  %idxprom = sext i32 %add to i64
  %arrayidx = getelementptr inbounds i32, ptr %2, i64 %idxprom
  %4 = load i32, ptr %arrayidx, align 4
  %conv = trunc i32 %4 to i16
  %5 = load i32, ptr %i, align 4
  %idxprom3 = sext i32 %5 to i64
  %arrayidx4 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %idxprom3
  %k = getelementptr inbounds %struct.pair, ptr %arrayidx4, i32 0, i32 0
  store i16 %conv, ptr %k, align 8
  %6 = load ptr, ptr %in.addr, align 8
  %7 = load i32, ptr %i, align 4
  %idxprom5 = sext i32 %7 to i64
  %arrayidx6 = getelementptr inbounds i32, ptr %6, i64 %idxprom5
  %8 = load i32, ptr %arrayidx6, align 4
  %conv7 = sitofp i32 %8 to float
  %mul = fmul float %conv7, 5.000000e-01
  %9 = load i32, ptr %i, align 4
  %idxprom8 = sext i32 %9 to i64
  %arrayidx9 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %idxprom8
  %w = getelementptr inbounds %struct.pair, ptr %arrayidx9, i32 0, i32 1
  store float %mul, ptr %w, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %10 = load i32, ptr %i, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !12

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i10, align 4
  br label %for.cond11

for.cond11:                                       ; preds = %for.inc32, %for.end
  %11 = load i32, ptr %i10, align 4
  %cmp12 = icmp slt i32 %11, 16
  br i1 %cmp12, label %for.body14, label %for.end34

for.body14:                                       ; preds = %for.cond11
  %12 = load i32, ptr %i10, align 4
  %idxprom15 = sext i32 %12 to i64
  %arrayidx16 = getelementptr inbounds [16 x i32], ptr %local, i64 0, i64 %idxprom15
  %13 = load i32, ptr %arrayidx16, align 4
  %14 = load i32, ptr %n.addr, align 4
  %add17 = add nsw i32 %13, %14
  %15 = load i32, ptr %i10, align 4
  %and = and i32 %15, 3
  %idxprom18 = sext i32 %and to i64
  %arrayidx19 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %idxprom18
  %k20 = getelementptr inbounds %struct.pair, ptr %arrayidx19, i32 0, i32 0
  %16 = load i16, ptr %k20, align 8
  %conv21 = sext i16 %16 to i32
  %add22 = add nsw i32 %add17, %conv21
  %17 = load i32, ptr %i10, align 4
  %add23 = add nsw i32 %17, 1
  %and24 = and i32 %add23, 3
  %idxprom25 = sext i32 %and24 to i64
  %arrayidx26 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %idxprom25
  %w27 = getelementptr inbounds %struct.pair, ptr %arrayidx26, i32 0, i32 1
  %18 = load float, ptr %w27, align 4
  %conv28 = fptosi float %18 to i32
  %add29 = add nsw i32 %add22, %conv28
  %19 = load ptr, ptr %out.addr, align 8
  %20 = load i32, ptr %i10, align 4
  %idxprom30 = sext i32 %20 to i64
  %arrayidx31 = getelementptr inbounds i32, ptr %19, i64 %idxprom30
  store i32 %add29, ptr %arrayidx31, align 4
  br label %for.inc32

for.inc32:                                        ; preds = %for.body14
  %21 = load i32, ptr %i10, align 4
  %inc33 = add nsw i32 %21, 1
  store i32 %inc33, ptr %i10, align 4
  br label %for.cond11, !llvm.loop !13

for.end34:                                        ; preds = %for.cond11
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @ptr_walk(ptr noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %p = alloca ptr, align 8
  %end = alloca ptr, align 8
  %q = alloca ptr, align 8
  store ptr %a, ptr %a.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  %0 = load ptr, ptr %a.addr, align 8
  store ptr %0, ptr %p, align 8
  %1 = load ptr, ptr %a.addr, align 8
  %2 = load i32, ptr %n.addr, align 4
  %and = and i32 %2, 63
  %idx.ext = sext i32 %and to i64
  %add.ptr = getelementptr inbounds i32, ptr %1, i64 %idx.ext
  store ptr %add.ptr, ptr %end, align 8
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %3 = load ptr, ptr %p, align 8
  %4 = load ptr, ptr %end, align 8
  %cmp = icmp ne ptr %3, %4
  br i1 %cmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %5 = load ptr, ptr %p, align 8
  %6 = load i32, ptr %5, align 4
  %add = add nsw i32 %6, 1
  store i32 %add, ptr %5, align 4
  %7 = load ptr, ptr %p, align 8
  %incdec.ptr = getelementptr inbounds i32, ptr %7, i32 1
  store ptr %incdec.ptr, ptr %p, align 8
  br label %while.cond, !llvm.loop !14

while.end:                                        ; preds = %while.cond
  %8 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp sgt i32 %8, 5
  br i1 %cmp1, label %cond.true, label %cond.false

cond.true:                                        ; preds = %while.end
  %9 = load ptr, ptr %a.addr, align 8
  %add.ptr2 = getelementptr inbounds i32, ptr %9, i64 2
  br label %cond.end

cond.false:                                       ; preds = %while.end
  %10 = load ptr, ptr %a.addr, align 8
  %add.ptr3 = getelementptr inbounds i32, ptr %10, i64 3
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi ptr [ %add.ptr2, %cond.true ], [ %add.ptr3, %cond.false ]
  store ptr %cond, ptr %q, align 8
  %11 = load ptr, ptr %q, align 8
  %12 = load i32, ptr %11, align 4
  %13 = load ptr, ptr %p, align 8
  %14 = load ptr, ptr %a.addr, align 8
  %cmp4 = icmp ugt ptr %13, %14
  %conv = zext i1 %cmp4 to i32
  %add5 = add nsw i32 %12, %conv
  ret i32 %add5
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @helper_calls(ptr noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %buf = alloca [8 x i32], align 16
  %i = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load ptr, ptr %a.addr, align 8
  %2 = load i32, ptr %i, align 4
  %idxprom = sext i32 %2 to i64
  %arrayidx = getelementptr inbounds i32, ptr %1, i64 %idxprom
  %3 = load i32, ptr %arrayidx, align 4
  %mul = mul nsw i32 %3, 2
  %4 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %mul, %4
  %5 = load i32, ptr %i, align 4
  %idxprom1 = sext i32 %5 to i64
  %arrayidx2 = getelementptr inbounds [8 x i32], ptr %buf, i64 0, i64 %idxprom1
  store i32 %sub, ptr %arrayidx2, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %i, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !15

for.end:                                          ; preds = %for.cond
  %arraydecay = getelementptr inbounds [8 x i32], ptr %buf, i64 0, i64 0
  %call = call i32 @sum_local(ptr noundef %arraydecay, i32 noundef 8)
  %7 = load ptr, ptr %a.addr, align 8
  %8 = load i32, ptr %n.addr, align 4
  %and = and i32 %8, 7
  %call3 = call i32 @sum_local(ptr noundef %7, i32 noundef %and)
  %add = add nsw i32 %call, %call3
  ret i32 %add
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @sum_local(ptr noundef %x, i32 noundef %m) #0 {
entry:
  %x.addr = alloca ptr, align 8
  %m.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %x, ptr %x.addr, align 8
  store i32 %m, ptr %m.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %m.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %x.addr, align 8
  %3 = load i32, ptr %i, align 4
  %idxprom = sext i32 %3 to i64
  %arrayidx = getelementptr inbounds i32, ptr %2, i64 %idxprom
  %4 = load i32, ptr %arrayidx, align 4
  %5 = load i32, ptr %i, align 4
  %add = add nsw i32 %5, 1
  %mul = mul nsw i32 %4, %add
  %6 = load i32, ptr %s, align 4
  %add1 = add nsw i32 %6, %mul
  store i32 %add1, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %7 = load i32, ptr %i, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !16

for.end:                                          ; preds = %for.cond
  %8 = load i32, ptr %s, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @wide(i64 noundef %a, i64 noundef %b) #0 {
entry:
  %a.addr = alloca i64, align 8
  %b.addr = alloca i64, align 8
  %x = alloca i64, align 8
  %y = alloca i64, align 8
  %m = alloca i64, align 8
  %z = alloca i64, align 8
  %big = alloca i64, align 8
  store i64 %a, ptr %a.addr, align 8
  store i64 %b, ptr %b.addr, align 8
  %0 = load i64, ptr %a.addr, align 8
  %mul = mul nsw i64 %0, 6364136223846793005
  %add = add nsw i64 %mul, 1442695040888963407
  store i64 %add, ptr %x, align 8
  %1 = load i64, ptr %b.addr, align 8
  %mul1 = mul i64 %1, -7046029254386353131
  store i64 %mul1, ptr %y, align 8
  %2 = load i64, ptr %a.addr, align 8
  %3 = load i64, ptr %b.addr, align 8
  %cmp = icmp slt i64 %2, %3
  %conv = zext i1 %cmp to i32
  %conv2 = sext i32 %conv to i64
  %sub = sub nsw i64 0, %conv2
  store i64 %sub, ptr %m, align 8
  %4 = load i64, ptr %y, align 8
  %shr = lshr i64 %4, 17
  %5 = load i64, ptr %x, align 8
  %shr3 = ashr i64 %5, 5
  %xor = xor i64 %shr, %shr3
  %6 = load i64, ptr %m, align 8
  %xor4 = xor i64 %xor, %6
  store i64 %xor4, ptr %z, align 8
  store i64 -4294967296, ptr %big, align 8
  %7 = load i64, ptr %z, align 8
  %8 = load i64, ptr %a.addr, align 8
  %cmp5 = icmp sgt i64 %8, -5
  br i1 %cmp5, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %9 = load i64, ptr %big, align 8
  br label %cond.end

cond.false:                                       ; preds = %entry
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i64 [ %9, %cond.true ], [ 3, %cond.false ]
  %add7 = add nsw i64 %7, %cond
  %10 = load i64, ptr %x, align 8
  %11 = load i64, ptr %y, align 8
  %cmp8 = icmp ult i64 %10, %11
  %conv9 = zext i1 %cmp8 to i32
  %conv10 = sext i32 %conv9 to i64
  %add11 = add nsw i64 %add7, %conv10
  %12 = load i64, ptr %a.addr, align 8
  %conv12 = trunc i64 %12 to i32
  %conv13 = zext i32 %conv12 to i64
  %add14 = add nsw i64 %add11, %conv13
  ret i64 %add14
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @self_loop(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  %k = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %k, align 4
  br label %do.body

do.body:                                          ; preds = %land.end, %entry
  %0 = load i32, ptr %n.addr, align 4
  %mul = mul nsw i32 %0, 3
  %add = add nsw i32 %mul, 1
  store i32 %add, ptr %n.addr, align 4
  %1 = load i32, ptr %k, align 4
  %inc = add nsw i32 %1, 1
  store i32 %inc, ptr %k, align 4
  br label %do.cond

do.cond:                                          ; preds = %do.body
  %2 = load i32, ptr %n.addr, align 4
  %and = and i32 %2, 3
  %cmp = icmp ne i32 %and, 0
  br i1 %cmp, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %do.cond
  %3 = load i32, ptr %k, align 4
  %cmp1 = icmp slt i32 %3, 10
  br label %land.end

land.end:                                         ; preds = %land.rhs, %do.cond
  %4 = phi i1 [ false, %do.cond ], [ %cmp1, %land.rhs ]
  br i1 %4, label %do.body, label %do.end, !llvm.loop !17

do.end:                                           ; preds = %land.end
  %5 = load i32, ptr %n.addr, align 4
  %6 = load i32, ptr %k, align 4
  %add2 = add nsw i32 %5, %6
  ret i32 %add2
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
