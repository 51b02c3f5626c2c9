define i32 @add_chain(i32 %a, i32 %b, i32 %c, i32 %d) {
entry:
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c
  %s3 = add i32 %s2, %d
  ret i32 %s3
}
