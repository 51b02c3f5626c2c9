; ModuleID = 'kernels/gemm_f.c'
source_filename = "kernels/gemm_f.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm_f(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, ptr nocapture noundef %c, float noundef %alpha, float noundef %beta) local_unnamed_addr #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.inc25
  %indvars.iv54 = phi i64 [ 0, %entry ], [ %indvars.iv.next55, %for.inc25 ]
  %0 = shl nsw i64 %indvars.iv54, 4
  br label %for.cond4.preheader

for.cond4.preheader:                              ; preds = %for.cond1.preheader, %for.end
  %indvars.iv49 = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next50, %for.end ]
  br label %for.body6

for.body6:                                        ; preds = %for.cond4.preheader, %for.body6
  %indvars.iv = phi i64 [ 0, %for.cond4.preheader ], [ %indvars.iv.next, %for.body6 ]
  %acc.042 = phi float [ 0.000000e+00, %for.cond4.preheader ], [ %6, %for.body6 ]
  %1 = add nuw nsw i64 %indvars.iv, %0
  %arrayidx = getelementptr inbounds float, ptr %a, i64 %1
  %2 = load float, ptr %arrayidx, align 4, !tbaa !5
  %3 = shl nuw nsw i64 %indvars.iv, 4
  %4 = add nuw nsw i64 %3, %indvars.iv49
  %arrayidx10 = getelementptr inbounds float, ptr %b, i64 %4
  %5 = load float, ptr %arrayidx10, align 4, !tbaa !5
  %6 = tail call float @llvm.fmuladd.f32(float %2, float %5, float %acc.042)
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 16
  br i1 %exitcond.not, label %for.end, label %for.body6, !llvm.loop !9

for.end:                                          ; preds = %for.body6
  %7 = add nuw nsw i64 %indvars.iv49, %0
  %arrayidx16 = getelementptr inbounds float, ptr %c, i64 %7
  %8 = load float, ptr %arrayidx16, align 4, !tbaa !5
  %mul17 = fmul float %8, %beta
  %9 = tail call float @llvm.fmuladd.f32(float %alpha, float %6, float %mul17)
  store float %9, ptr %arrayidx16, align 4, !tbaa !5
  %indvars.iv.next50 = add nuw nsw i64 %indvars.iv49, 1
  %exitcond53.not = icmp eq i64 %indvars.iv.next50, 16
  br i1 %exitcond53.not, label %for.inc25, label %for.cond4.preheader, !llvm.loop !11

for.inc25:                                        ; preds = %for.end
  %indvars.iv.next55 = add nuw nsw i64 %indvars.iv54, 1
  %exitcond59.not = icmp eq i64 %indvars.iv.next55, 16
  br i1 %exitcond59.not, label %for.end27, label %for.cond1.preheader, !llvm.loop !12

for.end27:                                        ; preds = %for.inc25
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
!12 = distinct !{!12, !10}
