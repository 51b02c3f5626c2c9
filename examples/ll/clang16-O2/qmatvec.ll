; ModuleID = 'kernels/qmatvec.c'
source_filename = "kernels/qmatvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @qmatvec(ptr nocapture noundef readonly %w, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %bias, ptr nocapture noundef writeonly %y, i32 noundef %shift) local_unnamed_addr #0 {
entry:
  %and = and i32 %shift, 15
  br label %for.body

for.body:                                         ; preds = %entry, %for.end
  %indvars.iv43 = phi i64 [ 0, %entry ], [ %indvars.iv.next44, %for.end ]
  %arrayidx = getelementptr inbounds i16, ptr %bias, i64 %indvars.iv43
  %0 = load i16, ptr %arrayidx, align 2, !tbaa !5
  %conv = sext i16 %0 to i32
  %1 = shl nsw i64 %indvars.iv43, 5
  br label %for.body4

for.body4:                                        ; preds = %for.body, %for.body4
  %indvars.iv = phi i64 [ 0, %for.body ], [ %indvars.iv.next, %for.body4 ]
  %acc.039 = phi i32 [ %conv, %for.body ], [ %add12, %for.body4 ]
  %2 = add nuw nsw i64 %indvars.iv, %1
  %arrayidx6 = getelementptr inbounds i8, ptr %w, i64 %2
  %3 = load i8, ptr %arrayidx6, align 1, !tbaa !9
  %conv7 = sext i8 %3 to i32
  %arrayidx9 = getelementptr inbounds i8, ptr %x, i64 %indvars.iv
  %4 = load i8, ptr %arrayidx9, align 1, !tbaa !9
  %conv10 = sext i8 %4 to i32
  %mul11 = mul nsw i32 %conv10, %conv7
  %add12 = add nsw i32 %mul11, %acc.039
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 32
  br i1 %exitcond.not, label %for.end, label %for.body4, !llvm.loop !10

for.end:                                          ; preds = %for.body4
  %spec.store.select = tail call i32 @llvm.smax.i32(i32 %add12, i32 0)
  %shr = lshr i32 %spec.store.select, %and
  %spec.store.select25 = tail call i32 @llvm.umin.i32(i32 %shr, i32 127)
  %conv19 = trunc i32 %spec.store.select25 to i8
  %arrayidx21 = getelementptr inbounds i8, ptr %y, i64 %indvars.iv43
  store i8 %conv19, ptr %arrayidx21, align 1, !tbaa !9
  %indvars.iv.next44 = add nuw nsw i64 %indvars.iv43, 1
  %exitcond47.not = icmp eq i64 %indvars.iv.next44, 16
  br i1 %exitcond47.not, label %for.end24, label %for.body, !llvm.loop !12

for.end24:                                        ; preds = %for.end
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #1

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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !11}
