; ModuleID = 'kernels/kmp.c'
source_filename = "kernels/kmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@kmp_pattern = internal unnamed_addr constant [6 x i8] c"abcab\00", align 1

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @kmp(ptr nocapture noundef readonly %text, i32 noundef %n, ptr nocapture noundef writeonly %pos) local_unnamed_addr #0 {
entry:
  %fail = alloca [5 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %fail) #3
  store i32 0, ptr %fail, align 16, !tbaa !5
  br label %while.cond.preheader

while.cond.preheader:                             ; preds = %entry, %while.end
  %indvars.iv = phi i64 [ 1, %entry ], [ %indvars.iv.next, %while.end ]
  %k.0106 = phi i32 [ 0, %entry ], [ %spec.select, %while.end ]
  %cmp2102 = icmp sgt i32 %k.0106, 0
  %arrayidx5 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %indvars.iv
  %0 = load i8, ptr %arrayidx5, align 1, !tbaa !9
  br i1 %cmp2102, label %land.rhs, label %while.end

for.cond24.preheader:                             ; preds = %while.end
  %cmp25111 = icmp sgt i32 %n, 0
  br i1 %cmp25111, label %while.cond28.preheader.lr.ph, label %for.end74

while.cond28.preheader.lr.ph:                     ; preds = %for.cond24.preheader
  %spec.store.select = tail call i32 @llvm.smin.i32(i32 %n, i32 1024)
  %arrayidx70 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 4
  %1 = load i32, ptr %arrayidx70, align 16
  %wide.trip.count = zext i32 %spec.store.select to i64
  br label %while.cond28.preheader

land.rhs:                                         ; preds = %while.cond.preheader, %while.body
  %k.1103 = phi i32 [ %3, %while.body ], [ %k.0106, %while.cond.preheader ]
  %idxprom = zext i32 %k.1103 to i64
  %arrayidx3 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom
  %2 = load i8, ptr %arrayidx3, align 1, !tbaa !9
  %cmp7.not = icmp eq i8 %2, %0
  br i1 %cmp7.not, label %while.end, label %while.body

while.body:                                       ; preds = %land.rhs
  %sub = add nsw i32 %k.1103, -1
  %idxprom9 = zext i32 %sub to i64
  %arrayidx10 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom9
  %3 = load i32, ptr %arrayidx10, align 4, !tbaa !5
  %cmp2 = icmp sgt i32 %3, 0
  br i1 %cmp2, label %land.rhs, label %while.end, !llvm.loop !10

while.end:                                        ; preds = %land.rhs, %while.body, %while.cond.preheader
  %k.1.lcssa = phi i32 [ %k.0106, %while.cond.preheader ], [ %3, %while.body ], [ %k.1103, %land.rhs ]
  %idxprom11 = sext i32 %k.1.lcssa to i64
  %arrayidx12 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom11
  %4 = load i8, ptr %arrayidx12, align 1, !tbaa !9
  %cmp17 = icmp eq i8 %4, %0
  %inc = zext i1 %cmp17 to i32
  %spec.select = add nsw i32 %k.1.lcssa, %inc
  %arrayidx22 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %indvars.iv
  store i32 %spec.select, ptr %arrayidx22, align 4, !tbaa !5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 5
  br i1 %exitcond.not, label %for.cond24.preheader, label %while.cond.preheader, !llvm.loop !12

while.cond28.preheader:                           ; preds = %while.cond28.preheader.lr.ph, %for.inc72
  %indvars.iv118 = phi i64 [ 0, %while.cond28.preheader.lr.ph ], [ %indvars.iv.next119, %for.inc72 ]
  %count.0115 = phi i32 [ 0, %while.cond28.preheader.lr.ph ], [ %count.1, %for.inc72 ]
  %k.3114 = phi i32 [ 0, %while.cond28.preheader.lr.ph ], [ %k.6, %for.inc72 ]
  %cmp29107 = icmp sgt i32 %k.3114, 0
  %arrayidx36 = getelementptr inbounds i8, ptr %text, i64 %indvars.iv118
  %5 = load i8, ptr %arrayidx36, align 1, !tbaa !9
  br i1 %cmp29107, label %land.rhs31, label %while.end45

land.rhs31:                                       ; preds = %while.cond28.preheader, %while.body41
  %k.4108 = phi i32 [ %7, %while.body41 ], [ %k.3114, %while.cond28.preheader ]
  %idxprom32 = zext i32 %k.4108 to i64
  %arrayidx33 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom32
  %6 = load i8, ptr %arrayidx33, align 1, !tbaa !9
  %cmp38.not = icmp eq i8 %6, %5
  br i1 %cmp38.not, label %while.end45, label %while.body41

while.body41:                                     ; preds = %land.rhs31
  %sub42 = add nsw i32 %k.4108, -1
  %idxprom43 = zext i32 %sub42 to i64
  %arrayidx44 = getelementptr inbounds [5 x i32], ptr %fail, i64 0, i64 %idxprom43
  %7 = load i32, ptr %arrayidx44, align 4, !tbaa !5
  %cmp29 = icmp sgt i32 %7, 0
  br i1 %cmp29, label %land.rhs31, label %while.end45, !llvm.loop !13

while.end45:                                      ; preds = %land.rhs31, %while.body41, %while.cond28.preheader
  %k.4.lcssa = phi i32 [ %k.3114, %while.cond28.preheader ], [ %7, %while.body41 ], [ %k.4108, %land.rhs31 ]
  %idxprom46 = sext i32 %k.4.lcssa to i64
  %arrayidx47 = getelementptr inbounds [6 x i8], ptr @kmp_pattern, i64 0, i64 %idxprom46
  %8 = load i8, ptr %arrayidx47, align 1, !tbaa !9
  %cmp52 = icmp eq i8 %8, %5
  %inc55 = zext i1 %cmp52 to i32
  %spec.select101 = add nsw i32 %k.4.lcssa, %inc55
  %cmp57 = icmp eq i32 %spec.select101, 5
  br i1 %cmp57, label %if.then59, label %for.inc72

if.then59:                                        ; preds = %while.end45
  %cmp60 = icmp slt i32 %count.0115, 64
  br i1 %cmp60, label %if.then62, label %if.end66

if.then62:                                        ; preds = %if.then59
  %idxprom64 = sext i32 %count.0115 to i64
  %arrayidx65 = getelementptr inbounds i32, ptr %pos, i64 %idxprom64
  %9 = trunc i64 %indvars.iv118 to i32
  %10 = add i32 %9, -4
  store i32 %10, ptr %arrayidx65, align 4, !tbaa !5
  br label %if.end66

if.end66:                                         ; preds = %if.then62, %if.then59
  %inc67 = add nsw i32 %count.0115, 1
  br label %for.inc72

for.inc72:                                        ; preds = %while.end45, %if.end66
  %k.6 = phi i32 [ %1, %if.end66 ], [ %spec.select101, %while.end45 ]
  %count.1 = phi i32 [ %inc67, %if.end66 ], [ %count.0115, %while.end45 ]
  %indvars.iv.next119 = add nuw nsw i64 %indvars.iv118, 1
  %exitcond122.not = icmp eq i64 %indvars.iv.next119, %wide.trip.count
  br i1 %exitcond122.not, label %for.end74, label %while.cond28.preheader, !llvm.loop !14

for.end74:                                        ; preds = %for.inc72, %for.cond24.preheader
  %count.0.lcssa = phi i32 [ 0, %for.cond24.preheader ], [ %count.1, %for.inc72 ]
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %fail) #3
  ret i32 %count.0.lcssa
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

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
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
