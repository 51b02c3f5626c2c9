; ModuleID = 'kernels/tokenize.c'
source_filename = "kernels/tokenize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @tokenize(ptr nocapture noundef readonly %s, i32 noundef %n, ptr nocapture noundef writeonly %counts) local_unnamed_addr #0 {
entry:
  %cmp173 = icmp sgt i32 %n, 0
  br i1 %cmp173, label %for.body.preheader, label %for.end

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %sw.epilog
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %sw.epilog ]
  %st.077 = phi i32 [ 0, %for.body.preheader ], [ %st.1, %sw.epilog ]
  %nums.076 = phi i32 [ 0, %for.body.preheader ], [ %nums.1, %sw.epilog ]
  %words.074 = phi i32 [ 0, %for.body.preheader ], [ %words.1, %sw.epilog ]
  %arrayidx = getelementptr inbounds i8, ptr %s, i64 %indvars.iv
  %0 = load i8, ptr %arrayidx, align 1, !tbaa !5
  %1 = add i8 %0, -48
  %2 = icmp ult i8 %1, 10
  %3 = and i8 %0, -33
  %4 = add i8 %3, -65
  %or.cond68 = icmp ult i8 %4, 26
  %cmp21 = icmp eq i8 %0, 95
  %spec.select72 = select i1 %or.cond68, i1 true, i1 %cmp21
  switch i32 %st.077, label %sw.epilog [
    i32 0, label %sw.bb
    i32 1, label %sw.bb29
    i32 2, label %sw.bb38
  ]

sw.bb:                                            ; preds = %for.body
  br i1 %2, label %if.then23, label %if.else

if.then23:                                        ; preds = %sw.bb
  %inc = add nsw i32 %nums.076, 1
  br label %sw.epilog

if.else:                                          ; preds = %sw.bb
  %inc26 = zext i1 %spec.select72 to i32
  %spec.select = add nsw i32 %words.074, %inc26
  %spec.select69 = select i1 %spec.select72, i32 2, i32 0
  br label %sw.epilog

sw.bb29:                                          ; preds = %for.body
  br i1 %spec.select72, label %if.then31, label %if.else33

if.then31:                                        ; preds = %sw.bb29
  %inc32 = add nsw i32 %words.074, 1
  br label %sw.epilog

if.else33:                                        ; preds = %sw.bb29
  %spec.select70 = zext i1 %2 to i32
  br label %sw.epilog

sw.bb38:                                          ; preds = %for.body
  %or.cond48 = select i1 %spec.select72, i1 true, i1 %2
  %spec.select71 = select i1 %or.cond48, i32 2, i32 0
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.bb38, %if.else33, %if.else, %if.then31, %if.then23, %for.body
  %words.1 = phi i32 [ %words.074, %for.body ], [ %inc32, %if.then31 ], [ %words.074, %if.then23 ], [ %spec.select, %if.else ], [ %words.074, %if.else33 ], [ %words.074, %sw.bb38 ]
  %nums.1 = phi i32 [ %nums.076, %for.body ], [ %nums.076, %if.then31 ], [ %inc, %if.then23 ], [ %nums.076, %if.else ], [ %nums.076, %if.else33 ], [ %nums.076, %sw.bb38 ]
  %st.1 = phi i32 [ %st.077, %for.body ], [ 2, %if.then31 ], [ 1, %if.then23 ], [ %spec.select69, %if.else ], [ %spec.select70, %if.else33 ], [ %spec.select71, %sw.bb38 ]
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !8

for.end:                                          ; preds = %sw.epilog, %entry
  %words.0.lcssa = phi i32 [ 0, %entry ], [ %words.1, %sw.epilog ]
  %nums.0.lcssa = phi i32 [ 0, %entry ], [ %nums.1, %sw.epilog ]
  store i32 %nums.0.lcssa, ptr %counts, align 4, !tbaa !10
  %arrayidx46 = getelementptr inbounds i32, ptr %counts, i64 1
  store i32 %words.0.lcssa, ptr %arrayidx46, align 4, !tbaa !10
  %add = add nsw i32 %nums.0.lcssa, %words.0.lcssa
  ret i32 %add
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
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !6, i64 0}
