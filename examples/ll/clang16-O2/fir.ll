; ModuleID = 'kernels/fir.c'
source_filename = "kernels/fir.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @fir(ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %h, ptr nocapture noundef writeonly %y, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp124 = icmp sgt i32 %n, 0
  br i1 %cmp124, label %for.cond2.preheader.preheader, label %for.end13

for.cond2.preheader.preheader:                    ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 512)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.cond2.preheader

for.cond2.preheader:                              ; preds = %for.cond2.preheader.preheader, %for.end
  %indvars.iv28 = phi i64 [ 0, %for.cond2.preheader.preheader ], [ %indvars.iv.next29, %for.end ]
  br label %for.body4

for.body4:                                        ; preds = %for.cond2.preheader, %for.body4
  %indvars.iv = phi i64 [ 0, %for.cond2.preheader ], [ %indvars.iv.next, %for.body4 ]
  %acc.023 = phi i32 [ 0, %for.cond2.preheader ], [ %add8, %for.body4 ]
  %0 = add nuw nsw i64 %indvars.iv, %indvars.iv28
  %arrayidx = getelementptr inbounds i16, ptr %x, i64 %0
  %1 = load i16, ptr %arrayidx, align 2, !tbaa !5
  %conv = sext i16 %1 to i32
  %arrayidx6 = getelementptr inbounds i16, ptr %h, i64 %indvars.iv
  %2 = load i16, ptr %arrayidx6, align 2, !tbaa !5
  %conv7 = sext i16 %2 to i32
  %mul = mul nsw i32 %conv7, %conv
  %shr = ashr i32 %mul, 15
  %add8 = add nsw i32 %shr, %acc.023
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 16
  br i1 %exitcond.not, label %for.end, label %for.body4, !llvm.loop !9

for.end:                                          ; preds = %for.body4
  %arrayidx10 = getelementptr inbounds i32, ptr %y, i64 %indvars.iv28
  store i32 %add8, ptr %arrayidx10, align 4, !tbaa !11
  %indvars.iv.next29 = add nuw nsw i64 %indvars.iv28, 1
  %exitcond31.not = icmp eq i64 %indvars.iv.next29, %wide.trip.count
  br i1 %exitcond31.not, label %for.end13, label %for.cond2.preheader, !llvm.loop !13

for.end13:                                        ; preds = %for.end, %entry
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"short", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = distinct !{!13, !10}
