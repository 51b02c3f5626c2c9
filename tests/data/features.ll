; Hand-written LLVM IR exercising constructs the clang corpus does not contain.
source_filename = "features.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pair = type { i32, float }

@.str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@table = internal constant [2 x [3 x i16]] [[3 x i16] [i16 1, i16 2, i16 3], [3 x i16] [i16 -4, i16 5, i16 6]], align 2
@pairs = dso_local global [2 x %struct.pair] [%struct.pair { i32 7, float 1.500000e+00 }, %struct.pair zeroinitializer], align 16
@counter = dso_local global i64 0, align 8
@strptr = dso_local global ptr @.str, align 8

; Function Attrs: nounwind
define dso_local i32 @saturate(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %d = call i32 @llvm.usub.sat.i32(i32 %a, i32 %b)
  %m = call i32 @llvm.smax.i32(i32 %d, i32 3)
  %u = call i32 @llvm.umin.i32(i32 %m, i32 100)
  %f = freeze i32 %u
  ret i32 %f
}

define dso_local i32 @dispatch(i32 %op, i32 %x, i32 %y) {
entry:
  switch i32 %op, label %other [
    i32 0, label %join
    i32 1, label %sub
    i32 7, label %join
  ]
sub:
  %s = sub nsw i32 %x, %y
  br label %join
other:
  %p = mul i32 %x, %y
  %c = icmp ugt i32 %p, 50
  br i1 %c, label %join, label %never
never:
  %q = xor i32 %p, -1
  br label %join
join:
  %r = phi i32 [ %x, %entry ], [ %x, %entry ], [ %s, %sub ], [ %p, %other ], [ %q, %never ]
  %w = phi i32 [ 1, %entry ], [ 1, %entry ], [ 2, %sub ], [ 3, %other ], [ 4, %never ]
  %t = mul i32 %r, %w
  ret i32 %t
}

define dso_local i32 @floats(float %x, double %y, i32 %n) {
entry:
  %a = fptosi float %x to i32
  %b = fptoui double %y to i32
  %c = uitofp i32 %n to double
  %d = sitofp i32 %n to float
  %e = fneg fast float %d
  %f = fpext float %e to double
  %g = fadd contract double %f, %c
  %h = fmul nnan double %g, 0x3FF8000000000000
  %i = fptrunc double %h to float
  %j = call float @llvm.fmuladd.f32(float %i, float %x, float 2.5)
  %k = fcmp olt float %j, 1.0e+01
  %l = select i1 %k, float %j, float 1.0e+01
  %m = fptosi float %l to i32
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %m
  ret i32 %s2
}

define dso_local i64 @pointers(ptr %p, ptr %q, i32 %i) {
entry:
  %same = icmp eq ptr %p, %q
  %isnull = icmp eq ptr %p, null
  %either = or i1 %same, %isnull
  br i1 %either, label %out, label %work
work:
  %idx = sext i32 %i to i64
  %m = and i64 %idx, 3
  %elt = getelementptr inbounds [2 x [3 x i16]], ptr @table, i64 0, i64 1, i64 %m
  %v = load i16, ptr %elt, align 2
  %vz = zext i16 %v to i64
  %fld = getelementptr inbounds [2 x %struct.pair], ptr @pairs, i64 0, i64 0, i32 1
  %fv = load float, ptr %fld, align 4
  %fi = fptosi float %fv to i64
  %ch = load i8, ptr getelementptr inbounds ([6 x i8], ptr @.str, i64 0, i64 1), align 1
  %chz = zext i8 %ch to i64
  %old = load i64, ptr @counter, align 8
  %new = add i64 %old, 1
  store i64 %new, ptr @counter, align 8
  %pi = ptrtoint ptr %q to i64
  %back = inttoptr i64 %pi to ptr
  %lt = icmp ult ptr %back, %p
  %ltz = zext i1 %lt to i64
  %sum1 = add i64 %vz, %fi
  %sum2 = add i64 %sum1, %chz
  %sum3 = add i64 %sum2, %ltz
  %sum4 = add i64 %sum3, %new
  ret i64 %sum4
out:
  ret i64 -1
}

define dso_local void @copy_and_fill(ptr noalias %dst, ptr noalias readonly %src, i32 %n) {
entry:
  %tmp = alloca [8 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 32, ptr %tmp)
  call void @llvm.memset.p0.i64(ptr align 16 %tmp, i8 0, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %dst, ptr align 4 %src, i64 16, i1 false)
  %agg0 = insertvalue { i32, i32 } undef, i32 %n, 0
  %agg1 = insertvalue { i32, i32 } %agg0, i32 5, 1
  %e1 = extractvalue { i32, i32 } %agg1, 1
  %slot = getelementptr inbounds [8 x i32], ptr %tmp, i64 0, i64 2
  store i32 %e1, ptr %slot, align 8
  %v = load i32, ptr %slot, align 8
  %dst4 = getelementptr inbounds i32, ptr %dst, i64 4
  store i32 %v, ptr %dst4, align 4
  %vec0 = insertelement <4 x i32> poison, i32 %n, i64 0
  %vec = shufflevector <4 x i32> %vec0, <4 x i32> poison, <4 x i32> zeroinitializer
  %inc = add <4 x i32> %vec, <i32 1, i32 2, i32 3, i32 4>
  %dst5 = getelementptr inbounds i32, ptr %dst, i64 5
  store <4 x i32> %inc, ptr %dst5, align 4
  %x2 = extractelement <4 x i32> %inc, i64 2
  %dst9 = getelementptr inbounds i32, ptr %dst, i64 9
  store i32 %x2, ptr %dst9, align 4
  call void @llvm.lifetime.end.p0(i64 32, ptr %tmp)
  ret void
}

define internal fastcc i32 @helper(i32 %x) unnamed_addr {
  %1 = shl i32 %x, 2
  %2 = ashr exact i32 %1, 1
  ret i32 %2
}

define dso_local i32 @caller(i32 %x) {
  %r = tail call fastcc i32 @helper(i32 %x)
  %c = icmp slt i32 %r, 0
  br i1 %c, label %neg, label %pos
neg:
  unreachable
pos:
  ret i32 %r
}

declare i32 @llvm.usub.sat.i32(i32, i32)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare float @llvm.fmuladd.f32(float, float, float)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg)

attributes #0 = { nounwind "frame-pointer"="none" memory(argmem: readwrite) uwtable(sync) }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}
!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"hand-written"}
