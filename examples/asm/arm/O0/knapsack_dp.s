	.arch armv8-a
	.file	"knapsack_dp.c"
	.text
.Ltext0:
	.file 0 "." "programs/knapsack_dp.c"
	.align	2
	.type	knapsack, %function
knapsack:
.LFB0:
	.file 1 "programs/knapsack_dp.c"
	.loc 1 6 1
	.cfi_startproc
	stp	x29, x30, [sp, -464]!
	.cfi_def_cfa_offset 464
	.cfi_offset 29, -464
	.cfi_offset 30, -456
	mov	x29, sp
	str	x0, [sp, 40]
	str	x1, [sp, 32]
	str	w2, [sp, 28]
	str	w3, [sp, 24]
	.loc 1 7 9
	add	x0, sp, 48
	mov	x1, 404
	mov	x2, x1
	mov	w1, 0
	bl	memset
.LBB2:
	.loc 1 8 14
	str	wzr, [sp, 460]
	.loc 1 8 5
	b	.L2
.L6:
.LBB3:
	.loc 1 9 18
	ldr	w0, [sp, 24]
	str	w0, [sp, 456]
	.loc 1 9 9
	b	.L3
.L5:
	.loc 1 10 27
	ldrsw	x0, [sp, 460]
	lsl	x0, x0, 2
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	ldr	w0, [x0]
	.loc 1 10 24
	ldr	w1, [sp, 456]
	sub	w0, w1, w0
	.loc 1 10 21
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 48
	ldr	w1, [x1, x0]
	.loc 1 10 35
	ldrsw	x0, [sp, 460]
	lsl	x0, x0, 2
	ldr	x2, [sp, 32]
	add	x0, x2, x0
	ldr	w0, [x0]
	.loc 1 10 32
	add	w1, w1, w0
	.loc 1 10 45
	ldrsw	x0, [sp, 456]
	lsl	x0, x0, 2
	add	x2, sp, 48
	ldr	w0, [x2, x0]
	.loc 1 10 16
	cmp	w1, w0
	ble	.L4
	.loc 1 11 37
	ldrsw	x0, [sp, 460]
	lsl	x0, x0, 2
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	ldr	w0, [x0]
	.loc 1 11 34
	ldr	w1, [sp, 456]
	sub	w0, w1, w0
	.loc 1 11 31
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 48
	ldr	w1, [x1, x0]
	.loc 1 11 45
	ldrsw	x0, [sp, 460]
	lsl	x0, x0, 2
	ldr	x2, [sp, 32]
	add	x0, x2, x0
	ldr	w0, [x0]
	.loc 1 11 42
	add	w2, w1, w0
	.loc 1 11 25
	ldrsw	x0, [sp, 456]
	lsl	x0, x0, 2
	add	x1, sp, 48
	str	w2, [x1, x0]
.L4:
	.loc 1 9 39 discriminator 2
	ldr	w0, [sp, 456]
	sub	w0, w0, #1
	str	w0, [sp, 456]
.L3:
	.loc 1 9 33 discriminator 1
	ldrsw	x0, [sp, 460]
	lsl	x0, x0, 2
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	ldr	w0, [x0]
	.loc 1 9 29 discriminator 1
	ldr	w1, [sp, 456]
	cmp	w1, w0
	bge	.L5
.LBE3:
	.loc 1 8 29 discriminator 2
	ldr	w0, [sp, 460]
	add	w0, w0, 1
	str	w0, [sp, 460]
.L2:
	.loc 1 8 23 discriminator 1
	ldr	w1, [sp, 460]
	ldr	w0, [sp, 28]
	cmp	w1, w0
	blt	.L6
.LBE2:
	.loc 1 12 16
	ldrsw	x0, [sp, 24]
	lsl	x0, x0, 2
	add	x1, sp, 48
	ldr	w0, [x1, x0]
	.loc 1 13 1
	ldp	x29, x30, [sp], 464
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	knapsack, .-knapsack
	.align	2
	.type	lcs, %function
lcs:
.LFB1:
	.loc 1 16 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	.loc 1 18 18
	ldr	x0, [sp, 24]
	bl	strlen
	.loc 1 18 9
	str	w0, [sp, 36]
	.loc 1 18 38
	ldr	x0, [sp, 16]
	bl	strlen
	.loc 1 18 29
	str	w0, [sp, 32]
.LBB4:
	.loc 1 19 14
	str	wzr, [sp, 44]
	.loc 1 19 5
	b	.L9
.L16:
.LBB5:
	.loc 1 20 18
	str	wzr, [sp, 40]
	.loc 1 20 9
	b	.L10
.L15:
	.loc 1 21 23
	ldr	w0, [sp, 44]
	cmp	w0, 0
	beq	.L11
	.loc 1 21 38 discriminator 1
	ldr	w0, [sp, 40]
	cmp	w0, 0
	beq	.L11
	.loc 1 22 26 discriminator 3
	ldrsw	x0, [sp, 44]
	sub	x0, x0, #1
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldrb	w1, [x0]
	.loc 1 22 38 discriminator 3
	ldrsw	x0, [sp, 40]
	sub	x0, x0, #1
	ldr	x2, [sp, 16]
	add	x0, x2, x0
	ldrb	w0, [x0]
	.loc 1 21 23 discriminator 3
	cmp	w1, w0
	bne	.L12
	.loc 1 22 52 discriminator 5
	ldr	w0, [sp, 44]
	sub	w1, w0, #1
	.loc 1 22 59 discriminator 5
	ldr	w0, [sp, 40]
	sub	w3, w0, #1
	.loc 1 22 56 discriminator 5
	adrp	x0, t.0
	add	x2, x0, :lo12:t.0
	sxtw	x3, w3
	sxtw	x1, w1
	mov	x0, x1
	lsl	x0, x0, 5
	add	x0, x0, x1
	add	x0, x0, x3
	ldrsh	w0, [x2, x0, lsl 1]
	and	w0, w0, 65535
	.loc 1 22 64 discriminator 5
	add	w0, w0, 1
	and	w0, w0, 65535
	.loc 1 21 23 discriminator 5
	sxth	w1, w0
	b	.L14
.L12:
	.loc 1 23 46 discriminator 6
	ldr	w0, [sp, 40]
	sub	w1, w0, #1
	.loc 1 23 43 discriminator 6
	adrp	x0, t.0
	add	x2, x0, :lo12:t.0
	sxtw	x3, w1
	ldrsw	x1, [sp, 44]
	mov	x0, x1
	lsl	x0, x0, 5
	add	x0, x0, x1
	add	x0, x0, x3
	ldrsh	w1, [x2, x0, lsl 1]
	.loc 1 23 29 discriminator 6
	ldr	w0, [sp, 44]
	sub	w2, w0, #1
	.loc 1 23 33 discriminator 6
	adrp	x0, t.0
	add	x3, x0, :lo12:t.0
	ldrsw	x4, [sp, 40]
	sxtw	x2, w2
	mov	x0, x2
	lsl	x0, x0, 5
	add	x0, x0, x2
	add	x0, x0, x4
	ldrsh	w0, [x3, x0, lsl 1]
	.loc 1 21 23 discriminator 6
	mov	w2, w0
	sxth	w0, w2
	cmp	w0, w1
	csel	w0, w2, w1, gt
	sxth	w1, w0
	b	.L14
.L11:
	.loc 1 21 23 is_stmt 0 discriminator 4
	mov	w1, 0
.L14:
	.loc 1 21 21 is_stmt 1 discriminator 10
	adrp	x0, t.0
	add	x3, x0, :lo12:t.0
	ldrsw	x4, [sp, 40]
	ldrsw	x2, [sp, 44]
	mov	x0, x2
	lsl	x0, x0, 5
	add	x0, x0, x2
	add	x0, x0, x4
	strh	w1, [x3, x0, lsl 1]
	.loc 1 20 34 discriminator 10
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
.L10:
	.loc 1 20 27 discriminator 2
	ldr	w1, [sp, 40]
	ldr	w0, [sp, 32]
	cmp	w1, w0
	ble	.L15
.LBE5:
	.loc 1 19 30 discriminator 2
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L9:
	.loc 1 19 23 discriminator 1
	ldr	w1, [sp, 44]
	ldr	w0, [sp, 36]
	cmp	w1, w0
	ble	.L16
.LBE4:
	.loc 1 24 16
	adrp	x0, t.0
	add	x2, x0, :lo12:t.0
	ldrsw	x3, [sp, 32]
	ldrsw	x1, [sp, 36]
	mov	x0, x1
	lsl	x0, x0, 5
	add	x0, x0, x1
	add	x0, x0, x3
	ldrsh	w0, [x2, x0, lsl 1]
	.loc 1 25 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	lcs, .-lcs
	.align	2
	.type	coin_ways, %function
coin_ways:
.LFB2:
	.loc 1 28 1
	.cfi_startproc
	sub	sp, sp, #1648
	.cfi_def_cfa_offset 1648
	stp	x29, x30, [sp]
	.cfi_offset 29, -1648
	.cfi_offset 30, -1640
	mov	x29, sp
	str	x0, [sp, 24]
	str	w1, [sp, 20]
	str	w2, [sp, 16]
	.loc 1 29 10
	add	x0, sp, 32
	mov	x1, 1608
	mov	x2, x1
	mov	w1, 0
	bl	memset
	mov	x0, 1
	str	x0, [sp, 32]
.LBB6:
	.loc 1 30 14
	str	wzr, [sp, 1644]
	.loc 1 30 5
	b	.L19
.L22:
.LBB7:
	.loc 1 31 27
	ldrsw	x0, [sp, 1644]
	lsl	x0, x0, 2
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	.loc 1 31 18
	ldr	w0, [x0]
	str	w0, [sp, 1640]
	.loc 1 31 9
	b	.L20
.L21:
	.loc 1 32 17 discriminator 3
	ldrsw	x0, [sp, 1640]
	lsl	x0, x0, 3
	add	x1, sp, 32
	ldr	x1, [x1, x0]
	.loc 1 32 38 discriminator 3
	ldrsw	x0, [sp, 1644]
	lsl	x0, x0, 2
	ldr	x2, [sp, 24]
	add	x0, x2, x0
	ldr	w0, [x0]
	.loc 1 32 31 discriminator 3
	ldr	w2, [sp, 1640]
	sub	w0, w2, w0
	.loc 1 32 28 discriminator 3
	sxtw	x0, w0
	lsl	x0, x0, 3
	add	x2, sp, 32
	ldr	x0, [x2, x0]
	.loc 1 32 21 discriminator 3
	add	x2, x1, x0
	ldrsw	x0, [sp, 1640]
	lsl	x0, x0, 3
	add	x1, sp, 32
	str	x2, [x1, x0]
	.loc 1 31 46 discriminator 3
	ldr	w0, [sp, 1640]
	add	w0, w0, 1
	str	w0, [sp, 1640]
.L20:
	.loc 1 31 34 discriminator 1
	ldr	w1, [sp, 1640]
	ldr	w0, [sp, 16]
	cmp	w1, w0
	ble	.L21
.LBE7:
	.loc 1 30 29 discriminator 2
	ldr	w0, [sp, 1644]
	add	w0, w0, 1
	str	w0, [sp, 1644]
.L19:
	.loc 1 30 23 discriminator 1
	ldr	w1, [sp, 1644]
	ldr	w0, [sp, 20]
	cmp	w1, w0
	blt	.L22
.LBE6:
	.loc 1 33 16
	ldrsw	x0, [sp, 16]
	lsl	x0, x0, 3
	add	x1, sp, 32
	ldr	x0, [x1, x0]
	.loc 1 34 1
	ldp	x29, x30, [sp]
	add	sp, sp, 1648
	.cfi_restore 29
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	coin_ways, .-coin_ways
	.section	.rodata
	.align	3
.LC3:
	.string	"knapsack(26) = %d, knapsack(40) = %d\n"
	.align	3
.LC4:
	.string	"GTCGTTCGGAATGCCGTTGCTCTGTAAA"
	.align	3
.LC5:
	.string	"ACCGGTCGAGTGCGCGGAAGCCGGCCGAA"
	.align	3
.LC6:
	.string	"xyz"
	.align	3
.LC7:
	.string	"abc"
	.align	3
.LC8:
	.string	"lcs = %d %d\n"
	.align	3
.LC9:
	.string	"coin ways(100) = %ld, (200) = %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB3:
	.loc 1 37 1
	.cfi_startproc
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -112
	.loc 1 38 9
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 88
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	.loc 1 39 9
	adrp	x0, .LC1
	add	x1, x0, :lo12:.LC1
	add	x0, sp, 56
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	.loc 1 40 9
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	add	x2, sp, 32
	mov	x3, x0
	ldp	x0, x1, [x3]
	stp	x0, x1, [x2]
	ldr	x0, [x3, 16]
	str	x0, [x2, 16]
	.loc 1 41 16
	add	x1, sp, 56
	add	x0, sp, 88
	mov	w3, 26
	mov	w2, 8
	bl	knapsack
	str	w0, [sp, 124]
	.loc 1 42 5
	add	x1, sp, 56
	add	x0, sp, 88
	mov	w3, 40
	mov	w2, 8
	bl	knapsack
	mov	w2, w0
	ldr	w1, [sp, 124]
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 43 5
	adrp	x0, .LC4
	add	x1, x0, :lo12:.LC4
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	lcs
	mov	w19, w0
	adrp	x0, .LC6
	add	x1, x0, :lo12:.LC6
	adrp	x0, .LC7
	add	x0, x0, :lo12:.LC7
	bl	lcs
	mov	w2, w0
	mov	w1, w19
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
	bl	printf
	.loc 1 44 5
	add	x0, sp, 32
	mov	w2, 100
	mov	w1, 6
	bl	coin_ways
	mov	x19, x0
	add	x0, sp, 32
	mov	w2, 200
	mov	w1, 6
	bl	coin_ways
	mov	x2, x0
	mov	x1, x19
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	bl	printf
	.loc 1 45 12
	ldr	w0, [sp, 124]
	.loc 1 46 1
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 128
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.word	12
	.word	7
	.word	11
	.word	8
	.word	9
	.word	5
	.word	14
	.word	3
	.align	3
.LC1:
	.word	24
	.word	13
	.word	23
	.word	15
	.word	16
	.word	8
	.word	30
	.word	4
	.align	3
.LC2:
	.word	1
	.word	2
	.word	5
	.word	10
	.word	20
	.word	50
	.text
	.local	t.0
	.comm	t.0,2178,8
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/string.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x33f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xf
	.4byte	.LASF19
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x10
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x8
	.4byte	0x41
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
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x8
	.4byte	0x77
	.uleb128 0x9
	.4byte	0x48
	.uleb128 0x9
	.4byte	0x7e
	.uleb128 0xa
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x41
	.4byte	0xa5
	.uleb128 0xb
	.4byte	0x88
	.uleb128 0x11
	.byte	0
	.uleb128 0xa
	.4byte	.LASF11
	.byte	0x3
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xbc
	.uleb128 0xb
	.4byte	0x88
	.byte	0
	.uleb128 0x12
	.4byte	.LASF20
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x115
	.uleb128 0x1
	.string	"w"
	.byte	0x26
	.byte	0x9
	.4byte	0x115
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"v"
	.byte	0x27
	.byte	0x9
	.4byte	0x115
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x6
	.4byte	.LASF12
	.byte	0x28
	.byte	0x9
	.4byte	0x125
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x6
	.4byte	.LASF13
	.byte	0x29
	.byte	0x9
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x7
	.4byte	0x41
	.4byte	0x125
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0x7
	.4byte	0x41
	.4byte	0x135
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.uleb128 0xc
	.4byte	.LASF16
	.byte	0x1b
	.byte	0xd
	.4byte	0x70
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1cb
	.uleb128 0xd
	.4byte	.LASF12
	.byte	0x22
	.4byte	0x83
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1624
	.uleb128 0x3
	.string	"k"
	.byte	0x1b
	.byte	0x2d
	.4byte	0x41
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1628
	.uleb128 0xd
	.4byte	.LASF14
	.byte	0x34
	.4byte	0x41
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1632
	.uleb128 0x6
	.4byte	.LASF15
	.byte	0x1d
	.byte	0xa
	.4byte	0x1cb
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1616
	.uleb128 0x5
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.uleb128 0x1
	.string	"i"
	.byte	0x1e
	.byte	0xe
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x5
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.uleb128 0x1
	.string	"a"
	.byte	0x1f
	.byte	0x12
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x70
	.4byte	0x1db
	.uleb128 0x4
	.4byte	0x3a
	.byte	0xc8
	.byte	0
	.uleb128 0x13
	.string	"lcs"
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x41
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x27d
	.uleb128 0x3
	.string	"a"
	.byte	0xf
	.byte	0x1c
	.4byte	0x88
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"b"
	.byte	0xf
	.byte	0x2b
	.4byte	0x88
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.string	"t"
	.byte	0x11
	.byte	0x12
	.4byte	0x27d
	.uleb128 0x9
	.byte	0x3
	.8byte	t.0
	.uleb128 0x1
	.string	"n"
	.byte	0x12
	.byte	0x9
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x1
	.string	"m"
	.byte	0x12
	.byte	0x1d
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x5
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x69
	.4byte	0x293
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x20
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x20
	.byte	0
	.uleb128 0xc
	.4byte	.LASF17
	.byte	0x5
	.byte	0xc
	.4byte	0x41
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x336
	.uleb128 0x3
	.string	"w"
	.byte	0x5
	.byte	0x20
	.4byte	0x83
	.uleb128 0x3
	.byte	0x91
	.sleb128 -424
	.uleb128 0x3
	.string	"v"
	.byte	0x5
	.byte	0x2e
	.4byte	0x83
	.uleb128 0x3
	.byte	0x91
	.sleb128 -432
	.uleb128 0x3
	.string	"n"
	.byte	0x5
	.byte	0x35
	.4byte	0x41
	.uleb128 0x3
	.byte	0x91
	.sleb128 -436
	.uleb128 0x3
	.string	"cap"
	.byte	0x5
	.byte	0x3c
	.4byte	0x41
	.uleb128 0x3
	.byte	0x91
	.sleb128 -440
	.uleb128 0x6
	.4byte	.LASF13
	.byte	0x7
	.byte	0x9
	.4byte	0x336
	.uleb128 0x3
	.byte	0x91
	.sleb128 -416
	.uleb128 0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"c"
	.byte	0x9
	.byte	0x12
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.4byte	0x41
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x64
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x4
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 27
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
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
.LASF19:
	.string	"size_t"
.LASF20:
	.string	"main"
.LASF12:
	.string	"coins"
.LASF16:
	.string	"coin_ways"
.LASF8:
	.string	"long int"
.LASF10:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF13:
	.string	"best"
.LASF15:
	.string	"ways"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF11:
	.string	"strlen"
.LASF17:
	.string	"knapsack"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF14:
	.string	"amount"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/knapsack_dp.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
