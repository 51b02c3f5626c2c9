; Float loop: sum of 2 * x[i] for i < n (n >= 1).
define float @fsum(ptr noalias %x, i32 %n) {
entry:
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %s = phi float [ 0.0, %entry ], [ %s.next, %loop ]
  %px = getelementptr inbounds float, ptr %x, i32 %i
  %v = load float, ptr %px, align 4
  %m = fmul float %v, 2.0
  %s.next = fadd float %s, %m
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit

exit:
  ret float %s.next
}
