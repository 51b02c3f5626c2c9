	.arch armv8-a
	.file	"float_stats.c"
	.text
.Ltext0:
	.file 0 "." "programs/float_stats.c"
	.align	2
	.type	mean, %function
mean:
.LFB0:
	.file 1 "programs/float_stats.c"
	.loc 1 5 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	.loc 1 6 12
	str	xzr, [sp, 24]
.LBB2:
	.loc 1 7 14
	str	wzr, [sp, 20]
	.loc 1 7 5
	b	.L2
.L3:
	.loc 1 8 15 discriminator 3
	ldrsw	x0, [sp, 20]
	lsl	x0, x0, 3
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	d0, [x0]
	.loc 1 8 11 discriminator 3
	ldr	d1, [sp, 24]
	fadd	d0, d1, d0
	str	d0, [sp, 24]
	.loc 1 7 29 discriminator 3
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L2:
	.loc 1 7 23 discriminator 1
	ldr	w1, [sp, 20]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L3
.LBE2:
	.loc 1 9 14
	ldr	w0, [sp, 4]
	scvtf	d0, w0
	ldr	d1, [sp, 24]
	fdiv	d0, d1, d0
	.loc 1 10 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	mean, .-mean
	.align	2
	.type	variance, %function
variance:
.LFB1:
	.loc 1 13 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	x0, [sp, 24]
	str	w1, [sp, 20]
	.loc 1 14 16
	ldr	w1, [sp, 20]
	ldr	x0, [sp, 24]
	bl	mean
	str	d0, [sp, 40]
	.loc 1 14 28
	str	xzr, [sp, 56]
.LBB3:
	.loc 1 15 14
	str	wzr, [sp, 52]
	.loc 1 15 5
	b	.L6
.L7:
	.loc 1 16 16 discriminator 3
	ldrsw	x0, [sp, 52]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d1, [x0]
	.loc 1 16 20 discriminator 3
	ldr	d0, [sp, 40]
	fsub	d1, d1, d0
	.loc 1 16 29 discriminator 3
	ldrsw	x0, [sp, 52]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d2, [x0]
	.loc 1 16 33 discriminator 3
	ldr	d0, [sp, 40]
	fsub	d0, d2, d0
	.loc 1 16 25 discriminator 3
	fmul	d0, d1, d0
	.loc 1 16 11 discriminator 3
	ldr	d1, [sp, 56]
	fadd	d0, d1, d0
	str	d0, [sp, 56]
	.loc 1 15 29 discriminator 3
	ldr	w0, [sp, 52]
	add	w0, w0, 1
	str	w0, [sp, 52]
.L6:
	.loc 1 15 23 discriminator 1
	ldr	w1, [sp, 52]
	ldr	w0, [sp, 20]
	cmp	w1, w0
	blt	.L7
.LBE3:
	.loc 1 17 19
	ldr	w0, [sp, 20]
	sub	w0, w0, #1
	.loc 1 17 14
	scvtf	d0, w0
	ldr	d1, [sp, 56]
	fdiv	d0, d1, d0
	.loc 1 18 1
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	variance, .-variance
	.section	.rodata
	.align	3
.LC0:
	.string	"mean x %.4f y %.4f\n"
	.align	3
.LC1:
	.string	"var x %.4f y %.4f\n"
	.align	3
.LC2:
	.string	"fit y = %.4f x + %.4f\n"
	.align	3
.LC3:
	.string	"slope*100 rounded %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 21 1
	.cfi_startproc
	stp	x29, x30, [sp, -304]!
	.cfi_def_cfa_offset 304
	.cfi_offset 29, -304
	.cfi_offset 30, -296
	mov	x29, sp
	str	d8, [sp, 16]
	.cfi_offset 72, -288
.LBB4:
	.loc 1 23 14
	str	wzr, [sp, 300]
	.loc 1 23 5
	b	.L10
.L11:
	.loc 1 24 18 discriminator 3
	ldr	w0, [sp, 300]
	scvtf	d1, w0
	fmov	d0, 5.0e-1
	fmul	d0, d1, d0
	.loc 1 24 14 discriminator 3
	ldrsw	x0, [sp, 300]
	lsl	x0, x0, 3
	add	x1, sp, 136
	str	d0, [x1, x0]
	.loc 1 25 23 discriminator 3
	ldrsw	x0, [sp, 300]
	lsl	x0, x0, 3
	add	x1, sp, 136
	ldr	d1, [x1, x0]
	.loc 1 25 20 discriminator 3
	fmov	d0, 3.0e+0
	fmul	d1, d1, d0
	.loc 1 25 27 discriminator 3
	fmov	d0, 2.0e+0
	fsub	d1, d1, d0
	.loc 1 25 39 discriminator 3
	ldr	w2, [sp, 300]
	mov	w0, 21846
	movk	w0, 0x5555, lsl 16
	smull	x0, w2, w0
	lsr	x1, x0, 32
	asr	w0, w2, 31
	sub	w1, w1, w0
	mov	w0, w1
	lsl	w0, w0, 1
	add	w0, w0, w1
	sub	w1, w2, w0
	.loc 1 25 44 discriminator 3
	sub	w0, w1, #1
	.loc 1 25 49 discriminator 3
	scvtf	d2, w0
	fmov	d0, 2.5e-1
	fmul	d0, d2, d0
	.loc 1 25 33 discriminator 3
	fadd	d0, d1, d0
	.loc 1 25 14 discriminator 3
	ldrsw	x0, [sp, 300]
	lsl	x0, x0, 3
	add	x1, sp, 40
	str	d0, [x1, x0]
	.loc 1 23 30 discriminator 3
	ldr	w0, [sp, 300]
	add	w0, w0, 1
	str	w0, [sp, 300]
.L10:
	.loc 1 23 23 discriminator 1
	ldr	w0, [sp, 300]
	cmp	w0, 11
	ble	.L11
.LBE4:
	.loc 1 27 17
	add	x0, sp, 136
	mov	w1, 12
	bl	mean
	str	d0, [sp, 264]
	.loc 1 27 35
	add	x0, sp, 40
	mov	w1, 12
	bl	mean
	str	d0, [sp, 256]
	.loc 1 28 12
	str	xzr, [sp, 288]
	.loc 1 28 21
	str	xzr, [sp, 280]
.LBB5:
	.loc 1 29 14
	str	wzr, [sp, 276]
	.loc 1 29 5
	b	.L12
.L13:
	.loc 1 30 18 discriminator 3
	ldrsw	x0, [sp, 276]
	lsl	x0, x0, 3
	add	x1, sp, 136
	ldr	d1, [x1, x0]
	.loc 1 30 22 discriminator 3
	ldr	d0, [sp, 264]
	fsub	d1, d1, d0
	.loc 1 30 32 discriminator 3
	ldrsw	x0, [sp, 276]
	lsl	x0, x0, 3
	add	x1, sp, 40
	ldr	d2, [x1, x0]
	.loc 1 30 36 discriminator 3
	ldr	d0, [sp, 256]
	fsub	d0, d2, d0
	.loc 1 30 28 discriminator 3
	fmul	d0, d1, d0
	.loc 1 30 13 discriminator 3
	ldr	d1, [sp, 288]
	fadd	d0, d1, d0
	str	d0, [sp, 288]
	.loc 1 31 18 discriminator 3
	ldrsw	x0, [sp, 276]
	lsl	x0, x0, 3
	add	x1, sp, 136
	ldr	d1, [x1, x0]
	.loc 1 31 22 discriminator 3
	ldr	d0, [sp, 264]
	fsub	d1, d1, d0
	.loc 1 31 32 discriminator 3
	ldrsw	x0, [sp, 276]
	lsl	x0, x0, 3
	add	x1, sp, 136
	ldr	d2, [x1, x0]
	.loc 1 31 36 discriminator 3
	ldr	d0, [sp, 264]
	fsub	d0, d2, d0
	.loc 1 31 28 discriminator 3
	fmul	d0, d1, d0
	.loc 1 31 13 discriminator 3
	ldr	d1, [sp, 280]
	fadd	d0, d1, d0
	str	d0, [sp, 280]
	.loc 1 29 30 discriminator 3
	ldr	w0, [sp, 276]
	add	w0, w0, 1
	str	w0, [sp, 276]
.L12:
	.loc 1 29 23 discriminator 1
	ldr	w0, [sp, 276]
	cmp	w0, 11
	ble	.L13
.LBE5:
	.loc 1 33 12
	ldr	d0, [sp, 280]
	ldr	d1, [sp, 288]
	fdiv	d0, d1, d0
	str	d0, [sp, 248]
	.loc 1 33 54
	ldr	d1, [sp, 248]
	ldr	d0, [sp, 264]
	fmul	d0, d1, d0
	.loc 1 33 31
	ldr	d1, [sp, 256]
	fsub	d0, d1, d0
	str	d0, [sp, 240]
	.loc 1 34 5
	ldr	d1, [sp, 256]
	ldr	d0, [sp, 264]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 35 5
	add	x0, sp, 136
	mov	w1, 12
	bl	variance
	fmov	d8, d0
	add	x0, sp, 40
	mov	w1, 12
	bl	variance
	fmov	d1, d0
	fmov	d0, d8
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 36 5
	ldr	d1, [sp, 240]
	ldr	d0, [sp, 248]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 37 31
	ldr	d0, [sp, 248]
	mov	x0, 4636737291354636288
	fmov	d1, x0
	fmul	d1, d0, d1
	.loc 1 37 37
	fmov	d0, 5.0e-1
	fadd	d0, d1, d0
	.loc 1 37 9
	fcvtzs	w0, d0
	str	w0, [sp, 236]
	.loc 1 38 5
	ldr	w1, [sp, 236]
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 39 20
	ldr	w0, [sp, 236]
	negs	w1, w0
	and	w0, w0, 127
	and	w1, w1, 127
	csneg	w0, w0, w1, mi
	.loc 1 40 1
	ldr	d8, [sp, 16]
	ldp	x29, x30, [sp], 304
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 72
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x25d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x8
	.4byte	.LASF14
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
	.uleb128 0x9
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
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x6
	.4byte	0x66
	.uleb128 0xa
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x8a
	.uleb128 0xb
	.4byte	0x8a
	.uleb128 0xc
	.byte	0
	.uleb128 0x7
	.4byte	0x6d
	.uleb128 0xd
	.4byte	.LASF16
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x16d
	.uleb128 0x1
	.string	"x"
	.byte	0x16
	.byte	0xc
	.4byte	0x16d
	.uleb128 0x3
	.byte	0x91
	.sleb128 -168
	.uleb128 0x1
	.string	"y"
	.byte	0x16
	.byte	0x13
	.4byte	0x16d
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.uleb128 0x1
	.string	"mx"
	.byte	0x1b
	.byte	0xc
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"my"
	.byte	0x1b
	.byte	0x1e
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x1
	.string	"sxy"
	.byte	0x1c
	.byte	0xc
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x1
	.string	"sxx"
	.byte	0x1c
	.byte	0x15
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x4
	.4byte	.LASF10
	.byte	0x21
	.byte	0xc
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x4
	.4byte	.LASF11
	.byte	0x21
	.byte	0x1f
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x4
	.4byte	.LASF12
	.byte	0x25
	.byte	0x9
	.4byte	0x35
	.uleb128 0x3
	.byte	0x91
	.sleb128 -68
	.uleb128 0xe
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.4byte	0x14e
	.uleb128 0x1
	.string	"i"
	.byte	0x17
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x5
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x17d
	.4byte	0x17d
	.uleb128 0x10
	.4byte	0x2e
	.byte	0xb
	.byte	0
	.uleb128 0x2
	.byte	0x8
	.byte	0x4
	.4byte	.LASF13
	.uleb128 0x6
	.4byte	0x17d
	.uleb128 0x11
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xf
	.4byte	0x17d
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1fa
	.uleb128 0x3
	.string	"v"
	.byte	0xc
	.byte	0x26
	.4byte	0x1fa
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x3
	.string	"n"
	.byte	0xc
	.byte	0x2d
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x1
	.string	"m"
	.byte	0xe
	.byte	0xc
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"s"
	.byte	0xe
	.byte	0x1c
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x184
	.uleb128 0x12
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x17d
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"v"
	.byte	0x4
	.byte	0x22
	.4byte	0x1fa
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"n"
	.byte	0x4
	.byte	0x29
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x1
	.string	"s"
	.byte	0x6
	.byte	0xc
	.4byte	0x17d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
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
.LASF5:
	.string	"unsigned int"
.LASF18:
	.string	"mean"
.LASF3:
	.string	"unsigned char"
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF10:
	.string	"slope"
.LASF9:
	.string	"char"
.LASF11:
	.string	"intercept"
.LASF16:
	.string	"main"
.LASF12:
	.string	"rounded"
.LASF17:
	.string	"variance"
.LASF8:
	.string	"long int"
.LASF13:
	.string	"double"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_stats.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
