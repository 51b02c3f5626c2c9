# Hand-checked block structure (tests/test_asm_parser.py).
	.file	"loop.c"
	.option pic
	.text
	.file 1 "loop.c"
	.align	1
	.globl	f
	.type	f, @function
f:
	.loc 1 3 1
	blez	a0,.L4
	li	a5,0
.L3:
	.loc 1 5 5
	addw	a5,a5,a0
	addiw	a0,a0,-1   # count down
	bnez	a0,.L3
	mv	a0,a5
	ret
.L4:
	.loc 1 8 3
	call	g
	li	a0,0
	jr	ra
	.size	f, .-f
