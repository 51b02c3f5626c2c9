; ModuleID = 'kernels/gray_code.c'
source_filename = "kernels/gray_code.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@gray_lut = dso_local local_unnamed_addr global [64 x i32] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @gray_code(ptr nocapture noundef readonly %in, ptr nocapture noundef writeonly %out, i32 noundef %n) local_unnamed_addr #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ 0, %entry ], [ %indvars.iv.next, %for.body ]
  %0 = trunc i64 %indvars.iv to i32
  %shr = lshr i32 %0, 1
  %xor = xor i32 %shr, %0
  %arrayidx = getelementptr inbounds [64 x i32], ptr @gray_lut, i64 0, i64 %indvars.iv
  store i32 %xor, ptr %arrayidx, align 4, !tbaa !5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 64
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !9

for.end:                                          ; preds = %for.body
  %cmp323 = icmp sgt i32 %n, 0
  br i1 %cmp323, label %for.body4.preheader, label %for.end13

for.body4.preheader:                              ; preds = %for.end
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body4

for.body4:                                        ; preds = %for.body4.preheader, %for.body4
  %indvars.iv26 = phi i64 [ 0, %for.body4.preheader ], [ %indvars.iv.next27, %for.body4 ]
  %arrayidx6 = getelementptr inbounds i32, ptr %in, i64 %indvars.iv26
  %1 = load i32, ptr %arrayidx6, align 4, !tbaa !5
  %and = and i32 %1, 63
  %idxprom7 = zext i32 %and to i64
  %arrayidx8 = getelementptr inbounds [64 x i32], ptr @gray_lut, i64 0, i64 %idxprom7
  %2 = load i32, ptr %arrayidx8, align 4, !tbaa !5
  %arrayidx10 = getelementptr inbounds i32, ptr %out, i64 %indvars.iv26
  store i32 %2, ptr %arrayidx10, align 4, !tbaa !5
  %indvars.iv.next27 = add nuw nsw i64 %indvars.iv26, 1
  %exitcond29.not = icmp eq i64 %indvars.iv.next27, %wide.trip.count
  br i1 %exitcond29.not, label %for.end13, label %for.body4, !llvm.loop !11

for.end13:                                        ; preds = %for.body4, %for.end
  %3 = load i32, ptr getelementptr inbounds ([64 x i32], ptr @gray_lut, i64 0, i64 63), align 4, !tbaa !5
  ret i32 %3
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
