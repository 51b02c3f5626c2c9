// Hand-checked block structure (tests/test_asm_parser.py).
	.arch armv8-a
	.file	"loop.c"
	.text
	.file 1 "loop.c"
	.align	2
	.global	f
	.type	f, %function
f:
.LFB0:
	.loc 1 3 1
	cmp	w0, 0
	ble	.L4
	mov	w2, 0
.LVL1:
.L3:
	.loc 1 5 5 is_stmt 0
	add	w2, w2, w0
	subs	w0, w0, #1    // count down
	bne	.L3
	mov	w0, w2
	ret
.L4:
.L5:
	.loc 1 8 3
	bl	g
	mov	w0, 0
	ret
.LFE0:
	.size	f, .-f
	.section	.rodata
	.align	3
.LC0:
	.string	"hi\n"
	.data
	.align	2
	.type	tab, %object
	.size	tab, 16
tab:
	.word	1, -2
	.hword	0x1234
	.byte	7, 'A'
	.zero	4
ptrs:
	.xword	.LC0+1
	.set	.LANCHOR0,. + 0
	.2byte	(3 << 4) | 1
	.bss
	.comm	buf,16,8
