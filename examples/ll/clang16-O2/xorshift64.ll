; ModuleID = 'kernels/xorshift64.c'
source_filename = "kernels/xorshift64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(argmem: write) uwtable
define dso_local i64 @xorshift64(i64 noundef %seed, ptr nocapture noundef writeonly %out, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %tobool.not = icmp eq i64 %seed, 0
  %cond = select i1 %tobool.not, i64 -7046029254386353131, i64 %seed
  %cmp116 = icmp sgt i32 %n, 0
  br i1 %cmp116, label %for.body.preheader, label %for.end

for.body.preheader:                               ; preds = %entry
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024)
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %for.body

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %x.017 = phi i64 [ %cond, %for.body.preheader ], [ %xor4, %for.body ]
  %shl = shl i64 %x.017, 13
  %xor = xor i64 %shl, %x.017
  %shr = lshr i64 %xor, 7
  %xor2 = xor i64 %shr, %xor
  %shl3 = shl i64 %xor2, 17
  %xor4 = xor i64 %shl3, %xor2
  %arrayidx = getelementptr inbounds i64, ptr %out, i64 %indvars.iv
  store i64 %xor4, ptr %arrayidx, align 8, !tbaa !5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !9

for.end:                                          ; preds = %for.body, %entry
  %x.0.lcssa = phi i64 [ %cond, %entry ], [ %xor4, %for.body ]
  ret i64 %x.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
