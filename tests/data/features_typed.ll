; Hand-written typed-pointer IR (LLVM <= 14 style): pointer casts, function types.
%struct.node = type { i32, %struct.node* }

@g = global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16

define i32 @walk(%struct.node* %n, i32 (i32)* %unused) {
entry:
  %cmp = icmp eq %struct.node* %n, null
  br i1 %cmp, label %done, label %body
body:
  %v = getelementptr inbounds %struct.node, %struct.node* %n, i64 0, i32 0
  %x = load i32, i32* %v, align 4
  %raw = bitcast %struct.node* %n to i8*
  %p = getelementptr inbounds i8, i8* %raw, i64 0
  %c = bitcast i8* %p to i32*
  %y = load i32, i32* %c, align 4
  %s = add i32 %x, %y
  %gp = getelementptr inbounds [4 x i32], [4 x i32]* @g, i64 0, i64 2
  %gv = load i32, i32* %gp, align 4
  %t = add i32 %s, %gv
  br label %done
done:
  %r = phi i32 [ 0, %entry ], [ %t, %body ]
  call void @llvm.memset.p0i8.i64(i8* align 4 bitcast ([4 x i32]* @g to i8*), i8 0, i64 4, i1 false)
  ret i32 %r
}

declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg)
