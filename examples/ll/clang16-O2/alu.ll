; ModuleID = 'kernels/alu.c'
source_filename = "kernels/alu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @alu(ptr nocapture noundef readonly %op, ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, ptr nocapture noundef writeonly %out, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp159 = icmp sgt i32 %n, 0
  br i1 %cmp159, label %for.body.preheader, label %for.end

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 256)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %sw.epilog
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %sw.epilog ]
  %check.061 = phi i32 [ 0, %for.body.preheader ], [ %xor28, %sw.epilog ]
  %arrayidx = getelementptr inbounds i32, ptr %a, i64 %indvars.iv
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx3 = getelementptr inbounds i32, ptr %b, i64 %indvars.iv
  %1 = load i32, ptr %arrayidx3, align 4, !tbaa !5
  %arrayidx5 = getelementptr inbounds i8, ptr %op, i64 %indvars.iv
  %2 = load i8, ptr %arrayidx5, align 1, !tbaa !9
  %3 = and i8 %2, 15
  %and = zext i8 %3 to i32
  switch i32 %and, label %sw.epilog [
    i32 0, label %sw.bb
    i32 1, label %sw.bb6
    i32 2, label %sw.bb7
    i32 3, label %sw.bb8
    i32 4, label %sw.bb10
    i32 5, label %sw.bb11
    i32 6, label %sw.bb12
    i32 7, label %sw.bb14
    i32 8, label %sw.bb16
    i32 9, label %sw.bb19
  ]

sw.bb:                                            ; preds = %for.body
  %add = add i32 %1, %0
  br label %sw.epilog

sw.bb6:                                           ; preds = %for.body
  %sub = sub i32 %0, %1
  br label %sw.epilog

sw.bb7:                                           ; preds = %for.body
  %mul = mul i32 %1, %0
  br label %sw.epilog

sw.bb8:                                           ; preds = %for.body
  %and9 = and i32 %1, %0
  br label %sw.epilog

sw.bb10:                                          ; preds = %for.body
  %or = or i32 %1, %0
  br label %sw.epilog

sw.bb11:                                          ; preds = %for.body
  %xor = xor i32 %1, %0
  br label %sw.epilog

sw.bb12:                                          ; preds = %for.body
  %and13 = and i32 %1, 31
  %shl = shl i32 %0, %and13
  br label %sw.epilog

sw.bb14:                                          ; preds = %for.body
  %and15 = and i32 %1, 31
  %shr = lshr i32 %0, %and15
  br label %sw.epilog

sw.bb16:                                          ; preds = %for.body
  %cmp17.not = icmp eq i32 %1, 0
  br i1 %cmp17.not, label %sw.epilog, label %cond.true

cond.true:                                        ; preds = %sw.bb16
  %div = udiv i32 %0, %1
  br label %sw.epilog

sw.bb19:                                          ; preds = %for.body
  %cond25 = tail call i32 @llvm.umin.i32(i32 %0, i32 %1)
  br label %sw.epilog

sw.epilog:                                        ; preds = %for.body, %cond.true, %sw.bb16, %sw.bb19, %sw.bb14, %sw.bb12, %sw.bb11, %sw.bb10, %sw.bb8, %sw.bb7, %sw.bb6, %sw.bb
  %r.0 = phi i32 [ %cond25, %sw.bb19 ], [ %shr, %sw.bb14 ], [ %shl, %sw.bb12 ], [ %xor, %sw.bb11 ], [ %or, %sw.bb10 ], [ %and9, %sw.bb8 ], [ %mul, %sw.bb7 ], [ %sub, %sw.bb6 ], [ %add, %sw.bb ], [ %div, %cond.true ], [ 0, %sw.bb16 ], [ %0, %for.body ]
  %arrayidx27 = getelementptr inbounds i32, ptr %out, i64 %indvars.iv
  store i32 %r.0, ptr %arrayidx27, align 4, !tbaa !5
  %xor28 = xor i32 %r.0, %check.061
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !10

for.end:                                          ; preds = %sw.epilog, %entry
  %check.0.lcssa = phi i32 [ 0, %entry ], [ %xor28, %sw.epilog ]
  ret i32 %check.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
