; ModuleID = 'kernels/gemm.c'
source_filename = "kernels/gemm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, ptr nocapture noundef writeonly %c) local_unnamed_addr #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.inc20
  %indvars.iv46 = phi i64 [ 0, %entry ], [ %indvars.iv.next47, %for.inc20 ]
  %0 = shl nsw i64 %indvars.iv46, 4
  br label %for.cond4.preheader

for.cond4.preheader:                              ; preds = %for.cond1.preheader, %for.end
  %indvars.iv41 = phi i64 [ 0, %for.cond1.preheader ], [ %indvars.iv.next42, %for.end ]
  br label %for.body6

for.body6:                                        ; preds = %for.cond4.preheader, %for.body6
  %indvars.iv = phi i64 [ 0, %for.cond4.preheader ], [ %indvars.iv.next, %for.body6 ]
  %acc.034 = phi i32 [ 0, %for.cond4.preheader ], [ %add12, %for.body6 ]
  %1 = add nuw nsw i64 %indvars.iv, %0
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %1
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %3 = shl nuw nsw i64 %indvars.iv, 4
  %4 = add nuw nsw i64 %3, %indvars.iv41
  %arrayidx10 = getelementptr inbounds i32, ptr %b, i64 %4
  %5 = load i32, ptr %arrayidx10, align 4, !tbaa !5
  %mul11 = mul nsw i32 %5, %2
  %add12 = add nsw i32 %mul11, %acc.034
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 16
  br i1 %exitcond.not, label %for.end, label %for.body6, !llvm.loop !9

for.end:                                          ; preds = %for.body6
  %6 = add nuw nsw i64 %indvars.iv41, %0
  %arrayidx16 = getelementptr inbounds i32, ptr %c, i64 %6
  store i32 %add12, ptr %arrayidx16, align 4, !tbaa !5
  %indvars.iv.next42 = add nuw nsw i64 %indvars.iv41, 1
  %exitcond45.not = icmp eq i64 %indvars.iv.next42, 16
  br i1 %exitcond45.not, label %for.inc20, label %for.cond4.preheader, !llvm.loop !11

for.inc20:                                        ; preds = %for.end
  %indvars.iv.next47 = add nuw nsw i64 %indvars.iv46, 1
  %exitcond51.not = icmp eq i64 %indvars.iv.next47, 16
  br i1 %exitcond51.not, label %for.end22, label %for.cond1.preheader, !llvm.loop !12

for.end22:                                        ; preds = %for.inc20
  ret void
}

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
