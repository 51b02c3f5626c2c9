; ModuleID = 'kernels/crc32.c'
source_filename = "kernels/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @crc32(ptr nocapture noundef readonly %data, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp120 = icmp sgt i32 %n, 0
  br i1 %cmp120, label %for.body.preheader, label %for.end10

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %for.inc8
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.inc8 ]
  %crc.021 = phi i32 [ -1, %for.body.preheader ], [ %xor7, %for.inc8 ]
  %arrayidx = getelementptr inbounds i8, ptr %data, i64 %indvars.iv
  %0 = load i8, ptr %arrayidx, align 1, !tbaa !5
  %conv = zext i8 %0 to i32
  %xor = xor i32 %crc.021, %conv
  br label %for.body5

for.body5:                                        ; preds = %for.body, %for.body5
  %b.019 = phi i32 [ 0, %for.body ], [ %inc, %for.body5 ]
  %crc.118 = phi i32 [ %xor, %for.body ], [ %xor7, %for.body5 ]
  %and = and i32 %crc.118, 1
  %shr = lshr i32 %crc.118, 1
  %1 = icmp eq i32 %and, 0
  %and6 = select i1 %1, i32 0, i32 -306674912
  %xor7 = xor i32 %and6, %shr
  %inc = add nuw nsw i32 %b.019, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.inc8, label %for.body5, !llvm.loop !8

for.inc8:                                         ; preds = %for.body5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond24.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond24.not, label %for.end10.loopexit, label %for.body, !llvm.loop !10

for.end10.loopexit:                               ; preds = %for.inc8
  %2 = xor i32 %xor7, -1
  br label %for.end10

for.end10:                                        ; preds = %for.end10.loopexit, %entry
  %crc.0.lcssa = phi i32 [ 0, %entry ], [ %2, %for.end10.loopexit ]
  ret i32 %crc.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = distinct !{!10, !9}
