; ModuleID = 'kernels/spmv_ell.c'
source_filename = "kernels/spmv_ell.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @spmv_ell(ptr nocapture noundef readonly %val, ptr nocapture noundef readonly %cols, ptr nocapture noundef readonly %x, ptr nocapture noundef writeonly %y) local_unnamed_addr #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.end
  %indvars.iv29 = phi i64 [ 0, %entry ], [ %indvars.iv.next30, %for.end ]
  %0 = shl nsw i64 %indvars.iv29, 2
  br label %for.body3

for.body3:                                        ; preds = %for.cond1.preheader, %for.body3
  %indvars.iv = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next, %for.body3 ]
  %sum.025 = phi float [ 0.000000e+00, %for.cond1.preheader ], [ %5, %for.body3 ]
  %1 = add nuw nsw i64 %indvars.iv, %0
  %arrayidx = getelementptr inbounds float, ptr %val, i64 %1
  %2 = load float, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx7 = getelementptr inbounds i32, ptr %cols, i64 %1
  %3 = load i32, ptr %arrayidx7, align 4, !tbaa !9
  %and = and i32 %3, 15
  %idxprom8 = zext i32 %and to i64
  %arrayidx9 = getelementptr inbounds float, ptr %x, i64 %idxprom8
  %4 = load float, ptr %arrayidx9, align 4, !tbaa !5
  %5 = tail call float @llvm.fmuladd.f32(float %2, float %4, float %sum.025)
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 4
  br i1 %exitcond.not, label %for.end, label %for.body3, !llvm.loop !11

for.end:                                          ; preds = %for.body3
  %arrayidx12 = getelementptr inbounds float, ptr %y, i64 %indvars.iv29
  store float %5, ptr %arrayidx12, align 4, !tbaa !5
  %indvars.iv.next30 = add nuw nsw i64 %indvars.iv29, 1
  %exitcond33.not = icmp eq i64 %indvars.iv.next30, 16
  br i1 %exitcond33.not, label %for.end15, label %for.cond1.preheader, !llvm.loop !13

for.end15:                                        ; preds = %for.end
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
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !12}
