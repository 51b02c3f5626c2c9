; ModuleID = 'features.c'
source_filename = "features.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pair = type { i16, float }

@table = internal unnamed_addr constant [4 x %struct.pair] [%struct.pair { i16 1, float 5.000000e-01 }, %struct.pair { i16 -2, float 1.250000e+00 }, %struct.pair { i16 3, float -2.000000e+00 }, %struct.pair { i16 4, float 8.000000e+00 }], align 16
@counts = internal unnamed_addr global [8 x i32] zeroinitializer, align 16
@total_calls = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @odd_widths(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %conv = sext i32 %a to i33
  %mul = mul nsw i33 %conv, 3
  %conv1 = sext i32 %b to i33
  %add = add nsw i33 %mul, %conv1
  %conv2 = trunc i32 %a to i24
  %and = and i32 %b, 15
  %sh_prom = trunc i32 %and to i24
  %shr = lshr i24 %conv2, %sh_prom
  %xor = xor i32 %b, %a
  %or = or i32 %b, 1
  %conv7 = sext i32 %or to i33
  %div = sdiv i33 %add, %conv7
  %mul8 = mul nsw i32 %a, 37
  %add11 = add i32 %mul8, 100
  %shr13 = ashr i33 %add, 3
  %conv14 = trunc i33 %shr13 to i32
  %conv15 = zext i24 %shr to i32
  %sub = mul i32 %xor, 5242880
  %sext = add i32 %sub, -7340032
  %conv17 = ashr exact i32 %sext, 20
  %rem = srem i33 %div, 7
  %conv19 = trunc i33 %rem to i32
  %a.lobit = lshr i32 %a, 31
  %conv24 = and i32 %add11, 127
  %xor16 = xor i32 %conv24, %a.lobit
  %xor18 = xor i32 %xor16, %conv15
  %xor20 = xor i32 %xor18, %conv14
  %xor23 = xor i32 %xor20, %conv17
  %xor25 = xor i32 %xor23, %conv19
  ret i32 %xor25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @shifts(i32 noundef %a, i32 noundef %b, i64 noundef %c) local_unnamed_addr #2 {
entry:
  %and = and i32 %b, 31
  %shl = shl i32 %a, %and
  %shr = lshr i32 %a, %and
  %shr1 = ashr i32 %a, %and
  %add = add nuw nsw i32 %and, 1
  %sh_prom = zext i32 %add to i64
  %shl4 = shl i64 %c, %sh_prom
  %mul = shl nuw nsw i32 %and, 1
  %sh_prom6 = zext i32 %mul to i64
  %shr7 = ashr i64 %c, %sh_prom6
  %xor8 = xor i64 %shl4, %shr7
  %sext = shl i32 %a, 24
  %conv9 = ashr exact i32 %sext, 24
  %and10 = and i32 %b, 7
  %shr11 = ashr i32 %conv9, %and10
  %sext45 = mul i32 %a, 65536000
  %shr16 = ashr exact i32 %sext45, 19
  %shl21 = shl i32 %a, %and10
  %conv23 = trunc i64 %xor8 to i32
  %conv29 = and i32 %shl21, 255
  %xor = xor i32 %shr, %shr16
  %xor2 = xor i32 %xor, %shl
  %xor24 = xor i32 %xor2, %shr1
  %xor26 = xor i32 %xor24, %shr11
  %xor28 = xor i32 %xor26, %conv29
  %xor30 = xor i32 %xor28, %conv23
  ret i32 %xor30
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @divs(i32 noundef %a, i32 noundef %b) local_unnamed_addr #2 {
entry:
  %or = or i32 %b, 1
  %conv3 = mul i32 %a, 777
  %conv5 = sext i32 %a to i64
  %mul6 = mul nsw i64 %conv5, -123456789
  %conv7 = sext i32 %or to i64
  %div = sdiv i32 %a, %or
  %rem = srem i32 %a, %or
  %mul8 = mul nsw i32 %rem, 100
  %add = add nsw i32 %mul8, %div
  %div9 = udiv i32 %a, %or
  %add10 = add nsw i32 %add, %div9
  %rem11 = urem i32 %a, %or
  %add12 = add nsw i32 %add10, %rem11
  %sext = mul i32 %a, 83886080
  %conv13 = ashr exact i32 %sext, 24
  %sext54 = shl i32 %or, 24
  %conv14 = ashr exact i32 %sext54, 24
  %div15 = sdiv i32 %conv13, %conv14
  %mul16 = mul nsw i32 %div15, 7
  %add17 = add nsw i32 %add12, %mul16
  %rem20 = srem i32 %conv13, %conv14
  %add21 = add nsw i32 %add17, %rem20
  %conv22 = and i32 %conv3, 65535
  %conv23 = and i32 %or, 65535
  %div24 = udiv i32 %conv22, %conv23
  %add25 = add nsw i32 %add21, %div24
  %rem28 = urem i32 %conv22, %conv23
  %add29 = add nsw i32 %add25, %rem28
  %div30 = sdiv i64 %mul6, %conv7
  %conv31 = trunc i64 %div30 to i32
  %add32 = add nsw i32 %add29, %conv31
  %rem33 = srem i64 %mul6, %conv7
  %conv34 = trunc i64 %rem33 to i32
  %add35 = add nsw i32 %add32, %conv34
  ret i32 %add35
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @fcmps(float noundef %a, float noundef %b, double noundef %c) local_unnamed_addr #2 {
entry:
  %sub = fsub float %b, %b
  %div = fdiv float %sub, %sub
  %cmp = fcmp olt float %a, %b
  %conv = zext i1 %cmp to i32
  %cmp2 = fcmp ole float %a, %b
  %shl4 = select i1 %cmp2, i32 2, i32 0
  %cmp6 = fcmp ogt float %a, %b
  %shl8 = select i1 %cmp6, i32 4, i32 0
  %cmp10 = fcmp oge float %a, %b
  %shl12 = select i1 %cmp10, i32 8, i32 0
  %cmp14 = fcmp oeq float %a, %b
  %shl16 = select i1 %cmp14, i32 16, i32 0
  %cmp18 = fcmp une float %a, %b
  %shl20 = select i1 %cmp18, i32 32, i32 0
  %cmp22 = fcmp ule float %div, %a
  %shl24 = select i1 %cmp22, i32 64, i32 0
  %cmp26 = fcmp ugt float %div, %a
  %shl30 = select i1 %cmp26, i32 128, i32 0
  %cmp32 = fcmp uno float %div, 0.000000e+00
  %shl34 = select i1 %cmp32, i32 256, i32 0
  %cmp36 = fcmp ord float %a, 0.000000e+00
  %shl38 = select i1 %cmp36, i32 512, i32 0
  %conv40 = fpext float %a to double
  %cmp41 = fcmp uge double %conv40, %c
  %shl45 = select i1 %cmp41, i32 1024, i32 0
  %conv47 = fpext float %b to double
  %cmp48 = fcmp ult double %conv47, %c
  %shl52 = select i1 %cmp48, i32 2048, i32 0
  %conv54 = fpext float %div to double
  %cmp55 = fcmp ogt double %conv54, %c
  %shl57 = select i1 %cmp55, i32 4096, i32 0
  %shl63 = select i1 %cmp32, i32 8192, i32 0
  %or5 = or i32 %shl38, %conv
  %or9 = or i32 %or5, %shl4
  %or13 = or i32 %or9, %shl8
  %or17 = or i32 %or13, %shl12
  %or21 = or i32 %or17, %shl16
  %or25 = or i32 %or21, %shl20
  %or31 = or i32 %or25, %shl45
  %or35 = or i32 %or31, %shl52
  %or39 = or i32 %or35, %shl24
  %or46 = or i32 %or39, %shl30
  %or53 = or i32 %or46, %shl34
  %or58 = or i32 %or53, %shl63
  %or64 = or i32 %or58, %shl57
  ret i32 %or64
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write) uwtable
define dso_local float @floats(float noundef %a, double noundef %b, i32 noundef %c, i32 noundef %d) local_unnamed_addr #3 {
entry:
  %conv = fpext float %a to double
  %conv1 = sitofp i32 %c to double
  %0 = tail call double @llvm.fmuladd.f64(double %conv, double %b, double %conv1)
  %conv2 = fptrunc double %0 to float
  %conv3 = uitofp i32 %d to float
  %neg = fneg float %conv3
  %1 = tail call float @llvm.fmuladd.f32(float %neg, float 2.500000e-01, float %conv2)
  %fneg = fneg float %1
  %mul = fmul float %fneg, %a
  %conv4 = fpext float %mul to double
  %add = fadd double %conv4, %b
  %conv5 = fptrunc double %add to float
  %mul6 = fmul float %conv5, 3.000000e+00
  %conv7 = fptosi float %mul6 to i32
  %cmp = fcmp olt float %a, 0.000000e+00
  %fneg9 = fneg float %a
  %cond = select i1 %cmp, float %fneg9, float %a
  %conv10 = fptoui float %cond to i32
  %mul11 = shl i32 %conv10, 1
  %conv12 = trunc i32 %c to i8
  %conv13 = uitofp i8 %conv12 to float
  %div = fdiv float %conv13, 7.000000e+00
  %add16 = fadd float %div, %conv3
  %conv17 = sitofp i32 %conv7 to float
  %add18 = fadd float %conv5, %conv17
  %conv19 = uitofp i32 %mul11 to float
  %2 = tail call float @llvm.fmuladd.f32(float %conv19, float 5.000000e-01, float %add18)
  %add21 = fadd float %add16, %2
  %conv23 = sitofp i32 %c to float
  %sub = fsub float %add21, %conv23
  %3 = tail call float @llvm.fmuladd.f32(float %a, float %a, float 1.000000e+00)
  %call = tail call float @sqrtf(float noundef %3) #16
  %add25 = fadd float %sub, %call
  ret float %add25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @sqrtf(float noundef) local_unnamed_addr #5

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @swap_phis(i32 noundef %n) local_unnamed_addr #6 {
entry:
  %and = and i32 %n, 31
  %cmp10.not = icmp eq i32 %and, 0
  br i1 %cmp10.not, label %for.cond.cleanup, label %for.body

for.cond.cleanup.loopexit:                        ; preds = %for.body
  %0 = mul nsw i32 %add, 10
  %1 = add i32 %xor, %0
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.cond.cleanup.loopexit, %entry
  %a.0.lcssa = phi i32 [ 1, %entry ], [ %b.011, %for.cond.cleanup.loopexit ]
  %add2 = phi i32 [ 23, %entry ], [ %1, %for.cond.cleanup.loopexit ]
  %mul = mul nsw i32 %a.0.lcssa, 100
  %add3 = add i32 %add2, %mul
  ret i32 %add3

for.body:                                         ; preds = %entry, %for.body
  %a.014 = phi i32 [ %b.011, %for.body ], [ 1, %entry ]
  %i.013 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %c.012 = phi i32 [ %xor, %for.body ], [ 3, %entry ]
  %b.011 = phi i32 [ %add, %for.body ], [ 2, %entry ]
  %add = add nsw i32 %a.014, %c.012
  %shl = shl i32 %c.012, 1
  %xor = xor i32 %a.014, %shl
  %inc = add nuw nsw i32 %i.013, 1
  %exitcond.not = icmp eq i32 %inc, %and
  br i1 %exitcond.not, label %for.cond.cleanup.loopexit, label %for.body, !llvm.loop !5
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @multi_exit(ptr nocapture noundef readonly %d, i32 noundef %n) local_unnamed_addr #7 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %next_i
  %indvars.iv52 = phi i64 [ 0, %entry ], [ %indvars.iv.next53, %next_i ]
  %retval.048 = phi i32 [ undef, %entry ], [ %retval.2, %next_i ]
  %acc.046 = phi i32 [ %n, %entry ], [ %add20, %next_i ]
  %0 = shl nsw i64 %indvars.iv52, 3
  br label %for.body4

for.cond1:                                        ; preds = %cleanup
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 8
  br i1 %exitcond.not, label %cleanup18, label %for.body4, !llvm.loop !8

for.body4:                                        ; preds = %for.cond1.preheader, %for.cond1
  %indvars.iv = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next, %for.cond1 ]
  %retval.145 = phi i32 [ %retval.048, %for.cond1.preheader ], [ %retval.2, %for.cond1 ]
  %acc.143 = phi i32 [ %acc.046, %for.cond1.preheader ], [ %acc.2, %for.cond1 ]
  %1 = add nuw nsw i64 %indvars.iv, %0
  %arrayidx = getelementptr inbounds i32, ptr %d, i64 %1
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !9
  switch i32 %2, label %if.end11 [
    i32 13, label %cleanup
    i32 7, label %if.then7
    i32 5, label %if.then10
  ]

if.then7:                                         ; preds = %for.body4
  br label %cleanup

if.then10:                                        ; preds = %for.body4
  br label %cleanup

if.end11:                                         ; preds = %for.body4
  %cmp12 = icmp eq i32 %2, 3
  %cmp13 = icmp sgt i32 %acc.143, 40
  %or.cond = select i1 %cmp12, i1 %cmp13, i1 false
  br i1 %or.cond, label %if.then14, label %if.end16

if.then14:                                        ; preds = %if.end11
  %mul15 = shl nsw i32 %acc.143, 1
  br label %cleanup

if.end16:                                         ; preds = %if.end11
  %add17 = add nsw i32 %2, %acc.143
  br label %cleanup

cleanup:                                          ; preds = %for.body4, %if.then10, %if.end16, %if.then14, %if.then7
  %acc.2 = phi i32 [ %acc.143, %if.then7 ], [ %acc.143, %if.then10 ], [ %acc.143, %if.then14 ], [ %add17, %if.end16 ], [ %acc.143, %for.body4 ]
  %cond = phi i1 [ false, %if.then7 ], [ false, %if.then10 ], [ false, %if.then14 ], [ true, %if.end16 ], [ false, %for.body4 ]
  %cleanup.dest.slot.0 = phi i32 [ 5, %if.then7 ], [ 9, %if.then10 ], [ 1, %if.then14 ], [ 0, %if.end16 ], [ 8, %for.body4 ]
  %retval.2 = phi i32 [ %retval.145, %if.then7 ], [ %retval.145, %if.then10 ], [ %mul15, %if.then14 ], [ %retval.145, %if.end16 ], [ %retval.145, %for.body4 ]
  br i1 %cond, label %for.cond1, label %cleanup18

cleanup18:                                        ; preds = %for.cond1, %cleanup
  %cleanup.dest.slot.1 = phi i32 [ %cleanup.dest.slot.0, %cleanup ], [ 5, %for.cond1 ]
  switch i32 %cleanup.dest.slot.1, label %cleanup23 [
    i32 5, label %for.end
    i32 9, label %next_i
  ]

for.end:                                          ; preds = %cleanup18
  %3 = trunc i64 %indvars.iv52 to i32
  %xor = xor i32 %acc.2, %3
  br label %next_i

next_i:                                           ; preds = %for.end, %cleanup18
  %acc.4 = phi i32 [ %acc.2, %cleanup18 ], [ %xor, %for.end ]
  %add20 = add nsw i32 %acc.4, 1
  %indvars.iv.next53 = add nuw nsw i64 %indvars.iv52, 1
  %exitcond56.not = icmp eq i64 %indvars.iv.next53, 8
  br i1 %exitcond56.not, label %cleanup23, label %for.cond1.preheader, !llvm.loop !13

cleanup23:                                        ; preds = %next_i, %cleanup18
  %acc.5 = phi i32 [ %acc.2, %cleanup18 ], [ %add20, %next_i ]
  %cleanup.dest.slot.2 = phi i32 [ %cleanup.dest.slot.1, %cleanup18 ], [ 2, %next_i ]
  switch i32 %cleanup.dest.slot.2, label %cleanup26 [
    i32 2, label %done
    i32 8, label %done
  ]

done:                                             ; preds = %cleanup23, %cleanup23
  br label %cleanup26

cleanup26:                                        ; preds = %done, %cleanup23
  %retval.5 = phi i32 [ %retval.2, %cleanup23 ], [ %acc.5, %done ]
  ret i32 %retval.5
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @switch_loop(ptr nocapture noundef readonly %d, i32 noundef %n) local_unnamed_addr #7 {
entry:
  %cmp30 = icmp sgt i32 %n, 0
  br i1 %cmp30, label %for.body.preheader, label %cleanup

for.body.preheader:                               ; preds = %entry
  %0 = add i32 %n, -1
  %umin = tail call i32 @llvm.umin.i32(i32 %0, i32 1023)
  %1 = add nuw nsw i32 %umin, 1
  %wide.trip.count = zext i32 %1 to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.inc ]
  %acc.031 = phi i32 [ 0, %for.body.preheader ], [ %acc.2, %for.inc ]
  %arrayidx = getelementptr inbounds i32, ptr %d, i64 %indvars.iv
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %and = and i32 %2, 7
  switch i32 %and, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb2
    i32 2, label %sw.bb3
    i32 3, label %sw.bb6
    i32 4, label %sw.bb6
    i32 5, label %sw.bb7
  ]

sw.bb:                                            ; preds = %for.body
  %add = add nsw i32 %acc.031, 1
  br label %sw.epilog

sw.bb2:                                           ; preds = %for.body
  %mul = mul nsw i32 %acc.031, 3
  br label %for.inc

sw.bb3:                                           ; preds = %for.body
  %cmp4 = icmp sgt i32 %acc.031, 50
  br i1 %cmp4, label %cleanup, label %if.end

if.end:                                           ; preds = %sw.bb3
  %add5 = add nsw i32 %acc.031, 5
  br label %sw.epilog

sw.bb6:                                           ; preds = %for.body, %for.body
  %3 = trunc i64 %indvars.iv to i32
  %sub = sub nsw i32 %acc.031, %3
  br label %sw.epilog

sw.bb7:                                           ; preds = %for.body
  %cmp8 = icmp ugt i64 %indvars.iv, 10
  br i1 %cmp8, label %cleanup, label %sw.epilog

sw.default:                                       ; preds = %for.body
  %xor = xor i32 %2, %acc.031
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.bb7, %sw.default, %sw.bb6, %if.end, %sw.bb
  %acc.1 = phi i32 [ %xor, %sw.default ], [ %acc.031, %sw.bb7 ], [ %sub, %sw.bb6 ], [ %add5, %if.end ], [ %add, %sw.bb ]
  %add13 = add nsw i32 %acc.1, 2
  br label %for.inc

for.inc:                                          ; preds = %sw.epilog, %sw.bb2
  %acc.2 = phi i32 [ %add13, %sw.epilog ], [ %mul, %sw.bb2 ]
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %cleanup, label %for.body, !llvm.loop !14

cleanup:                                          ; preds = %for.inc, %sw.bb3, %sw.bb7, %entry
  %acc.0.lcssa = phi i32 [ 0, %entry ], [ %acc.2, %for.inc ], [ %acc.031, %sw.bb3 ], [ %acc.031, %sw.bb7 ]
  ret i32 %acc.0.lcssa
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @bit_ops(i32 noundef %a, i32 noundef %b, i16 noundef zeroext %h) local_unnamed_addr #0 {
entry:
  %0 = tail call i32 @llvm.ctpop.i32(i32 %a), !range !15
  %or = or i32 %a, 1
  %1 = tail call i32 @llvm.ctlz.i32(i32 %or, i1 true), !range !16
  %add = add nuw nsw i32 %1, %0
  %or1 = or i32 %a, -2147483648
  %2 = tail call i32 @llvm.cttz.i32(i32 %or1, i1 true), !range !16
  %add2 = add nuw nsw i32 %add, %2
  %3 = tail call i32 @llvm.bswap.i32(i32 %a)
  %4 = tail call i32 @llvm.fshl.i32(i32 %a, i32 %a, i32 %b)
  %xor = xor i32 %4, %3
  %xor3 = xor i32 %xor, %add2
  %cond = tail call i32 @llvm.abs.i32(i32 %b, i1 true)
  %cond9 = tail call i32 @llvm.smax.i32(i32 %b, i32 7)
  %cond15 = tail call i32 @llvm.umin.i32(i32 %a, i32 100)
  %mul = mul nsw i32 %b, 100000000
  %elt.sat = tail call i32 @llvm.sadd.sat.i32(i32 %a, i32 %mul)
  %elt.sat18 = tail call i32 @llvm.usub.sat.i32(i32 %a, i32 %b)
  %sext = shl i32 %a, 24
  %conv20 = ashr exact i32 %sext, 24
  %sext55 = shl i32 %b, 24
  %conv22 = ashr exact i32 %sext55, 24
  %5 = tail call i16 @llvm.bswap.i16(i16 %h)
  %conv25 = zext i16 %5 to i32
  %add4 = add nsw i32 %conv20, %cond15
  %add10 = add i32 %add4, %cond
  %add16 = add i32 %add10, %cond9
  %add17 = add i32 %add16, %elt.sat18
  %add19 = add i32 %add17, %conv22
  %elt.sat23 = add i32 %add19, %elt.sat
  %add24 = add i32 %elt.sat23, %conv25
  %add26 = add i32 %add24, %xor3
  ret i32 %add26
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.sadd.sat.i32(i32, i32) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.usub.sat.i32(i32, i32) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #4

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define dso_local i32 @globals_rw(ptr nocapture noundef readonly %in, i32 noundef %n) local_unnamed_addr #8 {
entry:
  %and = and i32 %n, 15
  %cmp21.not = icmp eq i32 %and, 0
  br i1 %cmp21.not, label %for.cond.cleanup, label %for.body.preheader

for.body.preheader:                               ; preds = %entry
  %wide.trip.count = zext i32 %and to i64
  br label %for.body

for.cond.cleanup.loopexit:                        ; preds = %for.body
  %0 = fmul float %add9, 4.000000e+00
  %1 = fptosi float %0 to i32
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.cond.cleanup.loopexit, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %1, %for.cond.cleanup.loopexit ]
  %2 = load i32, ptr @total_calls, align 4, !tbaa !9
  %add10 = add nsw i32 %2, 1
  store i32 %add10, ptr @total_calls, align 4, !tbaa !9
  %3 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @counts, i64 0, i64 1), align 4, !tbaa !9
  %4 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @counts, i64 0, i64 6), align 8, !tbaa !9
  %add11 = add i32 %add10, %s.0.lcssa
  %add13 = add i32 %add11, %3
  %add14 = add i32 %add13, %4
  ret i32 %add14

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %s.023 = phi float [ 0.000000e+00, %for.body.preheader ], [ %add9, %for.body ]
  %arrayidx = getelementptr inbounds i32, ptr %in, i64 %indvars.iv
  %5 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %and1 = and i32 %5, 3
  %idxprom2 = zext i32 %and1 to i64
  %arrayidx3 = getelementptr inbounds [4 x %struct.pair], ptr @table, i64 0, i64 %idxprom2
  %6 = load i16, ptr %arrayidx3, align 8, !tbaa !17
  %conv = sext i16 %6 to i32
  %and6 = and i32 %5, 7
  %idxprom7 = zext i32 %and6 to i64
  %arrayidx8 = getelementptr inbounds [8 x i32], ptr @counts, i64 0, i64 %idxprom7
  %7 = load i32, ptr %arrayidx8, align 4, !tbaa !9
  %add = add nsw i32 %7, %conv
  store i32 %add, ptr %arrayidx8, align 4, !tbaa !9
  %w = getelementptr inbounds [4 x %struct.pair], ptr @table, i64 0, i64 %idxprom2, i32 1
  %8 = load float, ptr %w, align 4, !tbaa !21
  %add9 = fadd float %s.023, %8
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.cond.cleanup.loopexit, label %for.body, !llvm.loop !22
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @mem_ops(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %in, i32 noundef %n) local_unnamed_addr #9 {
entry:
  %local = alloca [16 x i32], align 16
  %pairs = alloca [4 x %struct.pair], align 16
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %local) #16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %pairs) #16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %local, i8 17, i64 64, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %pairs, i8 0, i64 32, i1 false)
  %add.ptr = getelementptr inbounds i32, ptr %local, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %add.ptr, ptr noundef nonnull align 4 dereferenceable(32) %in, i64 32, i1 false)
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ 0, %entry ], [ %indvars.iv.next, %for.body ]
  %0 = add nuw nsw i64 %indvars.iv, 8
  %arrayidx = getelementptr inbounds i32, ptr %in, i64 %0
  %1 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %conv = trunc i32 %1 to i16
  %arrayidx4 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %indvars.iv
  store i16 %conv, ptr %arrayidx4, align 8, !tbaa !17
  %arrayidx6 = getelementptr inbounds i32, ptr %in, i64 %indvars.iv
  %2 = load i32, ptr %arrayidx6, align 4, !tbaa !9
  %conv7 = sitofp i32 %2 to float
  %mul = fmul float %conv7, 5.000000e-01
  %w = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %indvars.iv, i32 1
  store float %mul, ptr %w, align 4, !tbaa !21
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 4
  br i1 %exitcond.not, label %for.body15, label %for.body, !llvm.loop !23

for.cond.cleanup14:                               ; preds = %for.body15
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %pairs) #16
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %local) #16
  ret void

for.body15:                                       ; preds = %for.body, %for.body15
  %indvars.iv52 = phi i64 [ %indvars.iv.next53, %for.body15 ], [ 0, %for.body ]
  %arrayidx17 = getelementptr inbounds [16 x i32], ptr %local, i64 0, i64 %indvars.iv52
  %3 = load i32, ptr %arrayidx17, align 4, !tbaa !9
  %add18 = add nsw i32 %3, %n
  %and = and i64 %indvars.iv52, 3
  %arrayidx20 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %and
  %4 = load i16, ptr %arrayidx20, align 8, !tbaa !17
  %conv22 = sext i16 %4 to i32
  %add23 = add nsw i32 %add18, %conv22
  %indvars.iv.next53 = add nuw nsw i64 %indvars.iv52, 1
  %and25 = and i64 %indvars.iv.next53, 3
  %w28 = getelementptr inbounds [4 x %struct.pair], ptr %pairs, i64 0, i64 %and25, i32 1
  %5 = load float, ptr %w28, align 4, !tbaa !21
  %conv29 = fptosi float %5 to i32
  %add30 = add nsw i32 %add23, %conv29
  %arrayidx32 = getelementptr inbounds i32, ptr %out, i64 %indvars.iv52
  store i32 %add30, ptr %arrayidx32, align 4, !tbaa !9
  %exitcond55.not = icmp eq i64 %indvars.iv.next53, 16
  br i1 %exitcond55.not, label %for.cond.cleanup14, label %for.body15, !llvm.loop !24
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #11

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @ptr_walk(ptr noundef %a, i32 noundef %n) local_unnamed_addr #12 {
entry:
  %and = and i32 %n, 63
  %idx.ext = zext i32 %and to i64
  %add.ptr = getelementptr inbounds i32, ptr %a, i64 %idx.ext
  %cmp.not14 = icmp eq i32 %and, 0
  br i1 %cmp.not14, label %while.end, label %while.body

while.body:                                       ; preds = %entry, %while.body
  %p.015 = phi ptr [ %incdec.ptr, %while.body ], [ %a, %entry ]
  %0 = load i32, ptr %p.015, align 4, !tbaa !9
  %add = add nsw i32 %0, 1
  store i32 %add, ptr %p.015, align 4, !tbaa !9
  %incdec.ptr = getelementptr inbounds i32, ptr %p.015, i64 1
  %cmp.not = icmp eq ptr %incdec.ptr, %add.ptr
  br i1 %cmp.not, label %while.end, label %while.body, !llvm.loop !25

while.end:                                        ; preds = %while.body, %entry
  %p.0.lcssa = phi ptr [ %a, %entry ], [ %incdec.ptr, %while.body ]
  %cmp1 = icmp sgt i32 %n, 5
  %cond.v = select i1 %cmp1, i64 2, i64 3
  %cond = getelementptr inbounds i32, ptr %a, i64 %cond.v
  %1 = load i32, ptr %cond, align 4, !tbaa !9
  %cmp4 = icmp ugt ptr %p.0.lcssa, %a
  %conv = zext i1 %cmp4 to i32
  %add5 = add nsw i32 %1, %conv
  ret i32 %add5
}

; Function Attrs: nofree nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @helper_calls(ptr nocapture noundef readonly %a, i32 noundef %n) local_unnamed_addr #13 {
entry:
  %buf = alloca [8 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %buf) #16
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %call = call fastcc i32 @sum_local(ptr noundef nonnull %buf, i32 noundef 8)
  %and = and i32 %n, 7
  %call3 = tail call fastcc i32 @sum_local(ptr noundef %a, i32 noundef %and)
  %add = add nsw i32 %call3, %call
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %buf) #16
  ret i32 %add

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ 0, %entry ], [ %indvars.iv.next, %for.body ]
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %indvars.iv
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %mul = shl nsw i32 %0, 1
  %sub = sub nsw i32 %mul, %n
  %arrayidx2 = getelementptr inbounds [8 x i32], ptr %buf, i64 0, i64 %indvars.iv
  store i32 %sub, ptr %arrayidx2, align 4, !tbaa !9
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 8
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !26
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @sum_local(ptr nocapture noundef readonly %x, i32 noundef %m) unnamed_addr #14 {
entry:
  %cmp6 = icmp sgt i32 %m, 0
  br i1 %cmp6, label %for.body.preheader, label %for.cond.cleanup

for.body.preheader:                               ; preds = %entry
  %wide.trip.count = zext i32 %m to i64
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %add1, %for.body ]
  ret i32 %s.0.lcssa

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %s.07 = phi i32 [ 0, %for.body.preheader ], [ %add1, %for.body ]
  %arrayidx = getelementptr inbounds i32, ptr %x, i64 %indvars.iv
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %1 = trunc i64 %indvars.iv.next to i32
  %mul = mul nsw i32 %0, %1
  %add1 = add nsw i32 %mul, %s.07
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !27
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @wide(i64 noundef %a, i64 noundef %b) local_unnamed_addr #2 {
entry:
  %mul = mul nsw i64 %a, 6364136223846793005
  %add = add nsw i64 %mul, 1442695040888963407
  %mul1 = mul i64 %b, -7046029254386353131
  %cmp = icmp slt i64 %a, %b
  %conv2.neg = sext i1 %cmp to i64
  %shr = lshr i64 %mul1, 17
  %shr3 = ashr i64 %add, 5
  %xor = xor i64 %shr, %shr3
  %xor4 = xor i64 %xor, %conv2.neg
  %cmp5 = icmp sgt i64 %a, -5
  %cond = select i1 %cmp5, i64 -4294967296, i64 3
  %cmp8 = icmp ult i64 %add, %mul1
  %conv10 = zext i1 %cmp8 to i64
  %conv13 = and i64 %a, 4294967295
  %add7 = add nsw i64 %cond, %conv13
  %add11 = add nsw i64 %add7, %conv10
  %add14 = add nsw i64 %add11, %xor4
  ret i64 %add14
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @self_loop(i32 noundef %n) local_unnamed_addr #6 {
entry:
  br label %do.body

do.body:                                          ; preds = %do.body, %entry
  %n.addr.0 = phi i32 [ %n, %entry ], [ %add, %do.body ]
  %k.0 = phi i32 [ 0, %entry ], [ %inc, %do.body ]
  %mul = mul nsw i32 %n.addr.0, 3
  %add = add nsw i32 %mul, 1
  %inc = add nuw nsw i32 %k.0, 1
  %and = and i32 %add, 3
  %cmp = icmp ne i32 %and, 0
  %cmp1 = icmp ult i32 %k.0, 9
  %0 = select i1 %cmp, i1 %cmp1, i1 false
  br i1 %0, label %do.body, label %do.end, !llvm.loop !28

do.end:                                           ; preds = %do.body
  %add2 = add nsw i32 %add, %inc
  ret i32 %add2
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #15

attributes #0 = { mustprogress nofree nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nofree nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = distinct !{!8, !6, !7}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = !{i32 0, i32 33}
!16 = !{i32 0, i32 32}
!17 = !{!18, !19, i64 0}
!18 = !{!"pair", !19, i64 0, !20, i64 4}
!19 = !{!"short", !11, i64 0}
!20 = !{!"float", !11, i64 0}
!21 = !{!18, !20, i64 4}
!22 = distinct !{!22, !6, !7}
!23 = distinct !{!23, !6, !7}
!24 = distinct !{!24, !6, !7}
!25 = distinct !{!25, !6, !7}
!26 = distinct !{!26, !6, !7}
!27 = distinct !{!27, !6, !7}
!28 = distinct !{!28, !6, !7}
