; ModuleID = 'kernels/spmv_csr.c'
source_filename = "kernels/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @spmv_csr(ptr nocapture noundef readonly %val, ptr nocapture noundef readonly %cols, ptr nocapture noundef readonly %row_ptr, ptr nocapture noundef readonly %x, ptr nocapture noundef writeonly %y) local_unnamed_addr #0 {
entry:
  %.pre = load i32, ptr %row_ptr, align 4, !tbaa !5
  br label %for.body

for.body:                                         ; preds = %entry, %for.end
  %0 = phi i32 [ %.pre, %entry ], [ %1, %for.end ]
  %indvars.iv38 = phi i64 [ 0, %entry ], [ %indvars.iv.next39, %for.end ]
  %indvars.iv.next39 = add nuw nsw i64 %indvars.iv38, 1
  %arrayidx2 = getelementptr inbounds i32, ptr %row_ptr, i64 %indvars.iv.next39
  %1 = load i32, ptr %arrayidx2, align 4, !tbaa !5
  %spec.store.select = tail call i32 @llvm.umin.i32(i32 %0, i32 64)
  %spec.store.select21 = tail call i32 @llvm.umin.i32(i32 %1, i32 64)
  %cmp833 = icmp ult i32 %spec.store.select, %spec.store.select21
  br i1 %cmp833, label %for.body9.preheader, label %for.end

for.body9.preheader:                              ; preds = %for.body
  %2 = zext i32 %spec.store.select to i64
  %wide.trip.count = zext i32 %spec.store.select21 to i64
  br label %for.body9

for.body9:                                        ; preds = %for.body9.preheader, %for.body9
  %indvars.iv = phi i64 [ %2, %for.body9.preheader ], [ %indvars.iv.next, %for.body9 ]
  %sum.035 = phi float [ 0.000000e+00, %for.body9.preheader ], [ %6, %for.body9 ]
  %arrayidx11 = getelementptr inbounds float, ptr %val, i64 %indvars.iv
  %3 = load float, ptr %arrayidx11, align 4, !tbaa !9
  %arrayidx13 = getelementptr inbounds i32, ptr %cols, i64 %indvars.iv
  %4 = load i32, ptr %arrayidx13, align 4, !tbaa !5
  %rem = and i32 %4, 15
  %idxprom14 = zext i32 %rem to i64
  %arrayidx15 = getelementptr inbounds float, ptr %x, i64 %idxprom14
  %5 = load float, ptr %arrayidx15, align 4, !tbaa !9
  %6 = tail call float @llvm.fmuladd.f32(float %3, float %5, float %sum.035)
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body9, !llvm.loop !11

for.end:                                          ; preds = %for.body9, %for.body
  %sum.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %6, %for.body9 ]
  %arrayidx17 = getelementptr inbounds float, ptr %y, i64 %indvars.iv38
  store float %sum.0.lcssa, ptr %arrayidx17, align 4, !tbaa !9
  %exitcond41.not = icmp eq i64 %indvars.iv.next39, 16
  br i1 %exitcond41.not, label %for.end20, label %for.body, !llvm.loop !13

for.end20:                                        ; preds = %for.end
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !12}
