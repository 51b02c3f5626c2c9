; ModuleID = 'kernels/needleman_wunsch.c'
source_filename = "kernels/needleman_wunsch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @needleman_wunsch(ptr nocapture noundef readonly %seq_a, ptr nocapture noundef readonly %seq_b, ptr nocapture noundef %score) local_unnamed_addr #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ 0, %entry ], [ %indvars.iv.next, %for.body ]
  %0 = mul nuw nsw i64 %indvars.iv, 17
  %arrayidx = getelementptr inbounds i32, ptr %score, i64 %0
  %1 = trunc i64 %indvars.iv to i32
  %2 = sub i32 0, %1
  store i32 %2, ptr %arrayidx, align 4, !tbaa !5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 17
  br i1 %exitcond.not, label %for.body4, label %for.body, !llvm.loop !9

for.body4:                                        ; preds = %for.body, %for.body4
  %indvars.iv87 = phi i64 [ %indvars.iv.next88, %for.body4 ], [ 0, %for.body ]
  %arrayidx7 = getelementptr inbounds i32, ptr %score, i64 %indvars.iv87
  %3 = trunc i64 %indvars.iv87 to i32
  %4 = sub i32 0, %3
  store i32 %4, ptr %arrayidx7, align 4, !tbaa !5
  %indvars.iv.next88 = add nuw nsw i64 %indvars.iv87, 1
  %exitcond91.not = icmp eq i64 %indvars.iv.next88, 17
  br i1 %exitcond91.not, label %for.cond14.preheader, label %for.body4, !llvm.loop !11

for.cond14.preheader:                             ; preds = %for.body4, %for.inc50
  %indvar = phi i64 [ %indvar.next, %for.inc50 ], [ 0, %for.body4 ]
  %indvars.iv101 = phi i64 [ %indvars.iv.next102, %for.inc50 ], [ 1, %for.body4 ]
  %5 = mul nuw nsw i64 %indvar, 68
  %6 = add i64 %5, 68
  %uglygep = getelementptr i8, ptr %score, i64 %6
  %7 = add nsw i64 %indvars.iv101, -1
  %arrayidx18 = getelementptr inbounds i8, ptr %seq_a, i64 %7
  %8 = mul nuw nsw i64 %7, 17
  %9 = mul nuw nsw i64 %indvars.iv101, 17
  %load_initial = load i32, ptr %uglygep, align 4
  br label %for.body16

for.body16:                                       ; preds = %for.cond14.preheader, %for.body16
  %store_forwarded = phi i32 [ %load_initial, %for.cond14.preheader ], [ %cond5.i, %for.body16 ]
  %indvars.iv92 = phi i64 [ 1, %for.cond14.preheader ], [ %indvars.iv.next93, %for.body16 ]
  %10 = load i8, ptr %arrayidx18, align 1, !tbaa !12
  %11 = add nsw i64 %indvars.iv92, -1
  %arrayidx21 = getelementptr inbounds i8, ptr %seq_b, i64 %11
  %12 = load i8, ptr %arrayidx21, align 1, !tbaa !12
  %cmp23 = icmp eq i8 %10, %12
  %cond = select i1 %cmp23, i32 1, i32 -1
  %13 = add nuw nsw i64 %11, %8
  %arrayidx29 = getelementptr inbounds i32, ptr %score, i64 %13
  %14 = load i32, ptr %arrayidx29, align 4, !tbaa !5
  %add30 = add nsw i32 %cond, %14
  %15 = add nuw nsw i64 %indvars.iv92, %8
  %arrayidx35 = getelementptr inbounds i32, ptr %score, i64 %15
  %16 = load i32, ptr %arrayidx35, align 4, !tbaa !5
  %add36 = add nsw i32 %16, -1
  %add42 = add nsw i32 %store_forwarded, -1
  %cond.i = tail call i32 @llvm.smax.i32(i32 %add30, i32 %add36)
  %cond5.i = tail call i32 @llvm.smax.i32(i32 %cond.i, i32 %add42)
  %17 = add nuw nsw i64 %indvars.iv92, %9
  %arrayidx46 = getelementptr inbounds i32, ptr %score, i64 %17
  store i32 %cond5.i, ptr %arrayidx46, align 4, !tbaa !5
  %indvars.iv.next93 = add nuw nsw i64 %indvars.iv92, 1
  %exitcond100.not = icmp eq i64 %indvars.iv.next93, 17
  br i1 %exitcond100.not, label %for.inc50, label %for.body16, !llvm.loop !13

for.inc50:                                        ; preds = %for.body16
  %indvars.iv.next102 = add nuw nsw i64 %indvars.iv101, 1
  %exitcond107.not = icmp eq i64 %indvars.iv.next102, 17
  %indvar.next = add i64 %indvar, 1
  br i1 %exitcond107.not, label %for.end52, label %for.cond14.preheader, !llvm.loop !14

for.end52:                                        ; preds = %for.inc50
  %arrayidx53 = getelementptr inbounds i32, ptr %score, i64 288
  %18 = load i32, ptr %arrayidx53, align 4, !tbaa !5
  ret i32 %18
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !10}
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
