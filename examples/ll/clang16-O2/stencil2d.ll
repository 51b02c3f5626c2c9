; ModuleID = 'kernels/stencil2d.c'
source_filename = "kernels/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @stencil2d(ptr nocapture noundef readonly %in, ptr nocapture noundef writeonly %out) local_unnamed_addr #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.inc46
  %indvars.iv84 = phi i64 [ 0, %entry ], [ %indvars.iv.next85, %for.inc46 ]
  %cmp4 = icmp eq i64 %indvars.iv84, 0
  %cmp7 = icmp eq i64 %indvars.iv84, 31
  %0 = add nsw i64 %indvars.iv84, -1
  %indvars.iv.next85 = add nuw nsw i64 %indvars.iv84, 1
  br label %for.body3

for.body3:                                        ; preds = %for.cond1.preheader, %for.inc
  %indvars.iv = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next.pre-phi, %for.inc ]
  %cmp5 = icmp eq i64 %indvars.iv, 0
  %or.cond = select i1 %cmp4, i1 true, i1 %cmp5
  %or.cond49 = or i1 %cmp7, %or.cond
  %cmp9 = icmp eq i64 %indvars.iv, 31
  %or.cond50 = select i1 %or.cond49, i1 true, i1 %cmp9
  %arrayidx11 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv84, i64 %indvars.iv
  %1 = load float, ptr %arrayidx11, align 4, !tbaa !5
  br i1 %or.cond50, label %if.then, label %if.else

if.then:                                          ; preds = %for.body3
  %.pre = add nuw nsw i64 %indvars.iv, 1
  br label %for.inc

if.else:                                          ; preds = %for.body3
  %arrayidx23 = getelementptr inbounds [32 x float], ptr %in, i64 %0, i64 %indvars.iv
  %2 = load float, ptr %arrayidx23, align 4, !tbaa !5
  %arrayidx27 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv.next85, i64 %indvars.iv
  %3 = load float, ptr %arrayidx27, align 4, !tbaa !5
  %add28 = fadd float %2, %3
  %4 = add nsw i64 %indvars.iv, -1
  %arrayidx33 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv84, i64 %4
  %5 = load float, ptr %arrayidx33, align 4, !tbaa !5
  %add34 = fadd float %add28, %5
  %6 = add nuw nsw i64 %indvars.iv, 1
  %arrayidx39 = getelementptr inbounds [32 x float], ptr %in, i64 %indvars.iv84, i64 %6
  %7 = load float, ptr %arrayidx39, align 4, !tbaa !5
  %add40 = fadd float %add34, %7
  %mul41 = fmul float %add40, 1.250000e-01
  %8 = tail call float @llvm.fmuladd.f32(float %1, float 5.000000e-01, float %mul41)
  br label %for.inc

for.inc:                                          ; preds = %if.then, %if.else
  %indvars.iv.next.pre-phi = phi i64 [ %.pre, %if.then ], [ %6, %if.else ]
  %.sink = phi float [ %1, %if.then ], [ %8, %if.else ]
  %9 = getelementptr inbounds [32 x float], ptr %out, i64 %indvars.iv84, i64 %indvars.iv
  store float %.sink, ptr %9, align 4
  %exitcond.not = icmp eq i64 %indvars.iv.next.pre-phi, 32
  br i1 %exitcond.not, label %for.inc46, label %for.body3, !llvm.loop !9

for.inc46:                                        ; preds = %for.inc
  %exitcond88.not = icmp eq i64 %indvars.iv.next85, 32
  br i1 %exitcond88.not, label %for.end48, label %for.cond1.preheader, !llvm.loop !11

for.end48:                                        ; preds = %for.inc46
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
