	.arch armv8-a
	.file	"function_pointers.c"
	.text
.Ltext0:
	.file 0 "." "programs/function_pointers.c"
	.align	2
	.type	add, %function
add:
.LFB0:
	.file 1 "programs/function_pointers.c"
	.loc 1 6 33
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 6 44
	ldr	x1, [sp, 8]
	ldr	x0, [sp]
	add	x0, x1, x0
	.loc 1 6 49
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	add, .-add
	.align	2
	.type	sub, %function
sub:
.LFB1:
	.loc 1 7 33
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 7 44
	ldr	x1, [sp, 8]
	ldr	x0, [sp]
	sub	x0, x1, x0
	.loc 1 7 49
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	sub, .-sub
	.align	2
	.type	mul, %function
mul:
.LFB2:
	.loc 1 8 33
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 8 44
	ldr	x1, [sp, 8]
	ldr	x0, [sp]
	mul	x0, x1, x0
	.loc 1 8 49
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	mul, .-mul
	.align	2
	.type	maxi, %function
maxi:
.LFB3:
	.loc 1 9 34
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 9 53
	ldr	x0, [sp, 8]
	ldr	x2, [sp]
	ldr	x1, [sp]
	cmp	x2, x0
	csel	x0, x1, x0, ge
	.loc 1 9 58
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	maxi, .-maxi
	.align	2
	.type	xor_, %function
xor_:
.LFB4:
	.loc 1 10 34
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 10 45
	ldr	x1, [sp, 8]
	ldr	x0, [sp]
	eor	x0, x1, x0
	.loc 1 10 50
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4:
	.size	xor_, .-xor_
	.section	.rodata
	.align	3
.LC1:
	.string	"sum"
	.align	3
.LC2:
	.string	"diff"
	.align	3
.LC3:
	.string	"product"
	.align	3
.LC4:
	.string	"max"
	.align	3
.LC5:
	.string	"xor"
	.section	.data.rel.ro.local,"aw"
	.align	3
	.type	ops, %object
	.size	ops, 120
ops:
	.xword	.LC1
	.xword	add
	.xword	0
	.xword	.LC2
	.xword	sub
	.xword	0
	.xword	.LC3
	.xword	mul
	.xword	1
	.xword	.LC4
	.xword	maxi
	.xword	-1000000
	.xword	.LC5
	.xword	xor_
	.xword	0
	.text
	.align	2
	.type	fold, %function
fold:
.LFB5:
	.loc 1 17 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	x0, [sp, 40]
	str	w1, [sp, 36]
	str	x2, [sp, 24]
	str	x3, [sp, 16]
.LBB2:
	.loc 1 18 14
	str	wzr, [sp, 60]
	.loc 1 18 5
	b	.L12
.L13:
	.loc 1 19 25 discriminator 3
	ldrsw	x0, [sp, 60]
	lsl	x0, x0, 3
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	.loc 1 19 16 discriminator 3
	ldr	x0, [x0]
	ldr	x2, [sp, 24]
	mov	x1, x0
	ldr	x0, [sp, 16]
	blr	x2
.LVL0:
	str	x0, [sp, 16]
	.loc 1 18 29 discriminator 3
	ldr	w0, [sp, 60]
	add	w0, w0, 1
	str	w0, [sp, 60]
.L12:
	.loc 1 18 23 discriminator 1
	ldr	w1, [sp, 60]
	ldr	w0, [sp, 36]
	cmp	w1, w0
	blt	.L13
.LBE2:
	.loc 1 20 12
	ldr	x0, [sp, 16]
	.loc 1 21 1
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE5:
	.size	fold, .-fold
	.align	2
	.type	apply_each, %function
apply_each:
.LFB6:
	.loc 1 24 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -64
	str	x0, [sp, 56]
	str	w1, [sp, 52]
	str	x2, [sp, 40]
.LBB3:
	.loc 1 25 14
	str	wzr, [sp, 76]
	.loc 1 25 5
	b	.L16
.L17:
	.loc 1 26 19 discriminator 3
	ldrsw	x0, [sp, 76]
	lsl	x0, x0, 3
	ldr	x1, [sp, 56]
	add	x0, x1, x0
	.loc 1 26 16 discriminator 3
	ldr	x2, [x0]
	.loc 1 26 10 discriminator 3
	ldrsw	x0, [sp, 76]
	lsl	x0, x0, 3
	ldr	x1, [sp, 56]
	add	x19, x1, x0
	.loc 1 26 16 discriminator 3
	ldr	x1, [sp, 40]
	mov	x0, x2
	blr	x1
.LVL1:
	.loc 1 26 14 discriminator 3
	str	x0, [x19]
	.loc 1 25 29 discriminator 3
	ldr	w0, [sp, 76]
	add	w0, w0, 1
	str	w0, [sp, 76]
.L16:
	.loc 1 25 23 discriminator 1
	ldr	w1, [sp, 76]
	ldr	w0, [sp, 52]
	cmp	w1, w0
	blt	.L17
.LBE3:
	.loc 1 27 1
	nop
	nop
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	apply_each, .-apply_each
	.align	2
	.type	square_minus_3, %function
square_minus_3:
.LFB7:
	.loc 1 29 36
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	.loc 1 29 47
	ldr	x0, [sp, 8]
	mul	x0, x0, x0
	.loc 1 29 51
	sub	x0, x0, #3
	.loc 1 29 56
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	square_minus_3, .-square_minus_3
	.section	.rodata
	.align	3
.LC6:
	.string	"%-8s %ld\n"
	.align	3
.LC7:
	.string	"after map: sum %ld max %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB8:
	.loc 1 32 1
	.cfi_startproc
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -112
	.loc 1 33 10
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 40
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	.loc 1 34 9
	mov	w0, 8
	str	w0, [sp, 112]
	.loc 1 35 10
	str	xzr, [sp, 120]
.LBB4:
	.loc 1 36 19
	str	wzr, [sp, 116]
	.loc 1 36 5
	b	.L21
.L22:
.LBB5:
	.loc 1 37 35 discriminator 3
	adrp	x0, ops
	add	x2, x0, :lo12:ops
	ldr	w1, [sp, 116]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	ldr	x4, [x0, 8]
	.loc 1 37 46 discriminator 3
	adrp	x0, ops
	add	x2, x0, :lo12:ops
	ldr	w1, [sp, 116]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	ldr	x1, [x0, 16]
	.loc 1 37 18 discriminator 3
	add	x0, sp, 40
	mov	x3, x1
	mov	x2, x4
	ldr	w1, [sp, 112]
	bl	fold
	str	x0, [sp, 104]
	.loc 1 38 36 discriminator 3
	adrp	x0, ops
	add	x2, x0, :lo12:ops
	ldr	w1, [sp, 116]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	ldr	x0, [x0]
	.loc 1 38 9 discriminator 3
	ldr	x2, [sp, 104]
	mov	x1, x0
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	printf
	.loc 1 39 13 discriminator 3
	ldr	x1, [sp, 120]
	ldr	x0, [sp, 104]
	add	x0, x1, x0
	str	x0, [sp, 120]
.LBE5:
	.loc 1 36 59 discriminator 3
	ldr	w0, [sp, 116]
	add	w0, w0, 1
	str	w0, [sp, 116]
.L21:
	.loc 1 36 28 discriminator 1
	ldr	w0, [sp, 116]
	cmp	w0, 4
	bls	.L22
.LBE4:
	.loc 1 41 5
	add	x3, sp, 40
	adrp	x0, square_minus_3
	add	x2, x0, :lo12:square_minus_3
	ldr	w1, [sp, 112]
	mov	x0, x3
	bl	apply_each
	.loc 1 42 5
	add	x4, sp, 40
	mov	x3, 0
	adrp	x0, add
	add	x2, x0, :lo12:add
	ldr	w1, [sp, 112]
	mov	x0, x4
	bl	fold
	mov	x19, x0
	add	x4, sp, 40
	mov	x3, -1000
	adrp	x0, maxi
	add	x2, x0, :lo12:maxi
	ldr	w1, [sp, 112]
	mov	x0, x4
	bl	fold
	mov	x2, x0
	mov	x1, x19
	adrp	x0, .LC7
	add	x0, x0, :lo12:.LC7
	bl	printf
	.loc 1 43 12
	ldr	x0, [sp, 120]
	and	w0, w0, 127
	.loc 1 44 1
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 128
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.xword	3
	.xword	-1
	.xword	4
	.xword	1
	.xword	-5
	.xword	9
	.xword	2
	.xword	6
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3e2
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF17
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x5
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x5
	.4byte	0x6b
	.uleb128 0x10
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0x10
	.4byte	0x83
	.uleb128 0x4
	.4byte	0x88
	.uleb128 0x9
	.4byte	0x5f
	.4byte	0x9c
	.uleb128 0x6
	.4byte	0x5f
	.uleb128 0x6
	.4byte	0x5f
	.byte	0
	.uleb128 0x11
	.byte	0x18
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0xc8
	.uleb128 0xa
	.4byte	.LASF10
	.byte	0x23
	.4byte	0xcd
	.byte	0
	.uleb128 0x12
	.string	"fn"
	.byte	0x1
	.byte	0xc
	.byte	0x2f
	.4byte	0x77
	.byte	0x8
	.uleb128 0xa
	.4byte	.LASF11
	.byte	0x38
	.4byte	0x5f
	.byte	0x10
	.byte	0
	.uleb128 0x5
	.4byte	0x9c
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0xb
	.4byte	0xc8
	.4byte	0xe2
	.uleb128 0xc
	.4byte	0x2e
	.byte	0x4
	.byte	0
	.uleb128 0x5
	.4byte	0xd2
	.uleb128 0x3
	.string	"ops"
	.byte	0xc
	.byte	0x40
	.4byte	0xe2
	.uleb128 0x9
	.byte	0x3
	.8byte	ops
	.uleb128 0x13
	.4byte	.LASF19
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x114
	.uleb128 0x6
	.4byte	0xcd
	.uleb128 0x14
	.byte	0
	.uleb128 0x15
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x19a
	.uleb128 0x3
	.string	"v"
	.byte	0x21
	.byte	0xa
	.4byte	0x19a
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.uleb128 0x3
	.string	"n"
	.byte	0x22
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x3
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x7
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x3
	.string	"i"
	.byte	0x24
	.byte	0x13
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x7
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x3
	.string	"r"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x5f
	.4byte	0x1aa
	.uleb128 0xc
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0x8
	.4byte	.LASF12
	.byte	0x1d
	.4byte	0x5f
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1d7
	.uleb128 0x1
	.string	"x"
	.byte	0x1d
	.byte	0x21
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x16
	.4byte	.LASF16
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x238
	.uleb128 0x1
	.string	"v"
	.byte	0x17
	.byte	0x1e
	.4byte	0x238
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x1
	.string	"f"
	.byte	0x17
	.byte	0x2f
	.4byte	0x24c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x7
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x3
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x5f
	.uleb128 0x9
	.4byte	0x5f
	.4byte	0x24c
	.uleb128 0x6
	.4byte	0x5f
	.byte	0
	.uleb128 0x4
	.4byte	0x23d
	.uleb128 0x17
	.4byte	.LASF13
	.byte	0x1
	.byte	0x10
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB5
	.8byte	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2c5
	.uleb128 0x1
	.string	"v"
	.byte	0x10
	.byte	0x1e
	.4byte	0x2c5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"n"
	.byte	0x10
	.byte	0x25
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x1
	.string	"f"
	.byte	0x10
	.byte	0x2e
	.4byte	0x77
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x18
	.4byte	.LASF11
	.byte	0x1
	.byte	0x10
	.byte	0x36
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x7
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x3
	.string	"i"
	.byte	0x12
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x66
	.uleb128 0x8
	.4byte	.LASF14
	.byte	0xa
	.4byte	0x5f
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x303
	.uleb128 0x1
	.string	"a"
	.byte	0xa
	.byte	0x17
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.string	"b"
	.byte	0xa
	.byte	0x1f
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0x8
	.4byte	.LASF15
	.byte	0x9
	.4byte	0x5f
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x33c
	.uleb128 0x1
	.string	"a"
	.byte	0x9
	.byte	0x17
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0xd
	.string	"mul"
	.byte	0x8
	.4byte	0x5f
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x375
	.uleb128 0x1
	.string	"a"
	.byte	0x8
	.byte	0x16
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.string	"b"
	.byte	0x8
	.byte	0x1e
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0xd
	.string	"sub"
	.byte	0x7
	.4byte	0x5f
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3ae
	.uleb128 0x1
	.string	"a"
	.byte	0x7
	.byte	0x16
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.string	"b"
	.byte	0x7
	.byte	0x1e
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0x19
	.string	"add"
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.string	"a"
	.byte	0x6
	.byte	0x16
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.string	"b"
	.byte	0x6
	.byte	0x1e
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 13
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 12
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 13
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x13
	.byte	0x1
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_aranges,"",@progbits
	.4byte	0x2c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.8byte	0
	.8byte	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF7:
	.string	"short int"
.LASF15:
	.string	"maxi"
.LASF20:
	.string	"main"
.LASF14:
	.string	"xor_"
.LASF8:
	.string	"long int"
.LASF19:
	.string	"printf"
.LASF10:
	.string	"name"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"apply_each"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF11:
	.string	"init"
.LASF17:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF12:
	.string	"square_minus_3"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"fold"
.LASF18:
	.string	"binop"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/function_pointers.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
