	.arch armv8-a
	.file	"signed_div.c"
	.text
.Ltext0:
	.file 0 "." "programs/signed_div.c"
	.align	2
	.type	floor_div, %function
floor_div:
.LFB0:
	.file 1 "programs/signed_div.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	w0, [sp, 12]
	str	w1, [sp, 8]
	.loc 1 7 9
	ldr	w1, [sp, 12]
	ldr	w0, [sp, 8]
	sdiv	w0, w1, w0
	str	w0, [sp, 28]
	.loc 1 8 12
	ldr	w0, [sp, 12]
	ldr	w1, [sp, 8]
	sdiv	w2, w0, w1
	ldr	w1, [sp, 8]
	mul	w1, w2, w1
	sub	w0, w0, w1
	.loc 1 8 8
	cmp	w0, 0
	beq	.L2
	.loc 1 8 34 discriminator 1
	ldr	w1, [sp, 12]
	ldr	w0, [sp, 8]
	eor	w0, w1, w0
	.loc 1 8 22 discriminator 1
	cmp	w0, 0
	bge	.L2
	.loc 1 9 10
	ldr	w0, [sp, 28]
	sub	w0, w0, #1
	str	w0, [sp, 28]
.L2:
	.loc 1 10 12
	ldr	w0, [sp, 28]
	.loc 1 11 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	floor_div, .-floor_div
	.section	.rodata
	.align	3
.LC1:
	.string	"%d/%d=%d %%=%d floor=%d\n"
	.align	3
.LC2:
	.string	"%lld %lld %lld\n"
	.align	3
.LC3:
	.string	"%d %d %d %d\n"
	.align	3
.LC4:
	.string	"%d %d\n"
	.align	3
.LC5:
	.string	"checksum %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB1:
	.loc 1 14 1
	.cfi_startproc
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -112
	.cfi_offset 20, -104
	.loc 1 15 9
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 56
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	.loc 1 16 9
	mov	w0, 5
	str	w0, [sp, 40]
	mov	w0, -5
	str	w0, [sp, 44]
	mov	w0, 3
	str	w0, [sp, 48]
	mov	w0, -3
	str	w0, [sp, 52]
	.loc 1 17 10
	str	xzr, [sp, 120]
.LBB2:
	.loc 1 18 19
	str	wzr, [sp, 116]
	.loc 1 18 5
	b	.L5
.L8:
.LBB3:
	.loc 1 19 23
	str	wzr, [sp, 112]
	.loc 1 19 9
	b	.L6
.L7:
.LBB4:
	.loc 1 20 17 discriminator 3
	ldr	w0, [sp, 116]
	lsl	x0, x0, 2
	add	x1, sp, 56
	ldr	w0, [x1, x0]
	str	w0, [sp, 96]
	.loc 1 20 30 discriminator 3
	ldr	w0, [sp, 112]
	lsl	x0, x0, 2
	add	x1, sp, 40
	ldr	w0, [x1, x0]
	str	w0, [sp, 92]
	.loc 1 21 13 discriminator 3
	ldr	w1, [sp, 96]
	ldr	w0, [sp, 92]
	sdiv	w19, w1, w0
	ldr	w0, [sp, 96]
	ldr	w1, [sp, 92]
	sdiv	w2, w0, w1
	ldr	w1, [sp, 92]
	mul	w1, w2, w1
	sub	w20, w0, w1
	ldr	w1, [sp, 92]
	ldr	w0, [sp, 96]
	bl	floor_div
	mov	w5, w0
	mov	w4, w20
	mov	w3, w19
	ldr	w2, [sp, 92]
	ldr	w1, [sp, 96]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 22 27 discriminator 3
	ldr	w1, [sp, 96]
	ldr	w0, [sp, 92]
	sdiv	w1, w1, w0
	.loc 1 22 35 discriminator 3
	ldr	w0, [sp, 96]
	ldr	w2, [sp, 92]
	sdiv	w3, w0, w2
	ldr	w2, [sp, 92]
	mul	w2, w3, w2
	sub	w0, w0, w2
	.loc 1 22 31 discriminator 3
	add	w0, w1, w0
	sxtw	x0, w0
	.loc 1 22 22 discriminator 3
	ldr	x1, [sp, 120]
	add	x0, x1, x0
	str	x0, [sp, 120]
.LBE4:
	.loc 1 19 65 discriminator 3
	ldr	w0, [sp, 112]
	add	w0, w0, 1
	str	w0, [sp, 112]
.L6:
	.loc 1 19 32 discriminator 1
	ldr	w0, [sp, 112]
	cmp	w0, 3
	bls	.L7
.LBE3:
	.loc 1 18 61 discriminator 2
	ldr	w0, [sp, 116]
	add	w0, w0, 1
	str	w0, [sp, 116]
.L5:
	.loc 1 18 28 discriminator 1
	ldr	w0, [sp, 116]
	cmp	w0, 7
	bls	.L8
.LBE2:
	.loc 1 25 13
	mov	x0, 494665728
	movk	x0, 0x93af, lsl 32
	movk	x0, 0x8319, lsl 48
	str	x0, [sp, 104]
	.loc 1 26 48
	ldr	x0, [sp, 104]
	mov	x1, 18725
	movk	x1, 0x2492, lsl 16
	movk	x1, 0x9249, lsl 32
	movk	x1, 0x4924, lsl 48
	smulh	x1, x0, x1
	asr	x1, x1, 1
	asr	x0, x0, 63
	sub	x4, x1, x0
	.loc 1 26 70
	ldr	x2, [sp, 104]
	mov	x0, 18725
	movk	x0, 0x2492, lsl 16
	movk	x0, 0x9249, lsl 32
	movk	x0, 0x4924, lsl 48
	smulh	x0, x2, x0
	asr	x1, x0, 1
	asr	x0, x2, 63
	sub	x1, x1, x0
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	sub	x1, x2, x0
	.loc 1 26 92
	ldr	x0, [sp, 104]
	asr	x0, x0, 13
	.loc 1 26 5
	mov	x3, x0
	mov	x2, x1
	mov	x1, x4
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 27 13
	mov	w0, -12345
	strh	w0, [sp, 102]
	.loc 1 28 12
	mov	w0, -128
	strb	w0, [sp, 101]
	.loc 1 29 5
	ldrsh	w0, [sp, 102]
	mov	w1, 26215
	movk	w1, 0x6666, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	asr	w1, w1, 2
	asr	w0, w0, 31
	sub	w0, w1, w0
	sxth	w0, w0
	mov	w5, w0
	ldrsh	w1, [sp, 102]
	mov	w0, 26215
	movk	w0, 0x6666, lsl 16
	smull	x0, w1, w0
	lsr	x0, x0, 32
	asr	w2, w0, 2
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 2
	add	w0, w0, w2
	lsl	w0, w0, 1
	sub	w0, w1, w0
	sxth	w0, w0
	mov	w2, w0
	ldrsb	w0, [sp, 101]
	mov	w1, 21846
	movk	w1, 0x5555, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	asr	w0, w0, 31
	sub	w0, w1, w0
	sxtb	w0, w0
	mov	w1, w0
	ldrsb	w0, [sp, 101]
	asr	w0, w0, 1
	sxtb	w0, w0
	mov	w4, w0
	mov	w3, w1
	mov	w1, w5
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 30 5
	mov	w2, -9
	mov	w1, -10
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
	.loc 1 31 5
	ldr	x1, [sp, 120]
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	printf
	.loc 1 32 12
	ldr	x0, [sp, 120]
	and	w0, w0, 255
	.loc 1 33 1
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 128
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.word	17
	.word	-17
	.word	100
	.word	-100
	.word	7
	.word	-7
	.word	2147483647
	.word	-2147483647
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x211
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x3
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x5d
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x70
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x83
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0xb
	.4byte	0x8a
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x51
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x64
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x77
	.uleb128 0xc
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xd2
	.uleb128 0xd
	.4byte	0xd2
	.uleb128 0xe
	.byte	0
	.uleb128 0xf
	.byte	0x8
	.4byte	0x91
	.uleb128 0x10
	.4byte	.LASF21
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1b3
	.uleb128 0x4
	.4byte	.LASF16
	.byte	0xf
	.byte	0x9
	.4byte	0x1b3
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x4
	.4byte	.LASF17
	.byte	0x10
	.byte	0x9
	.4byte	0x1c3
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x11
	.byte	0xa
	.4byte	0x83
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"big"
	.byte	0x19
	.byte	0xd
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"h"
	.byte	0x1b
	.byte	0xd
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -26
	.uleb128 0x2
	.string	"c"
	.byte	0x1c
	.byte	0xc
	.4byte	0x96
	.uleb128 0x2
	.byte	0x91
	.sleb128 -27
	.uleb128 0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"i"
	.byte	0x12
	.byte	0x13
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"j"
	.byte	0x13
	.byte	0x17
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x2
	.string	"a"
	.byte	0x14
	.byte	0x11
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.string	"b"
	.byte	0x14
	.byte	0x1e
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.4byte	0x35
	.4byte	0x1c3
	.uleb128 0x7
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0x6
	.4byte	0x35
	.4byte	0x1d3
	.uleb128 0x7
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.uleb128 0x11
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x8
	.string	"a"
	.byte	0x1a
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x8
	.string	"b"
	.byte	0x21
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"q"
	.byte	0x7
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
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
	.uleb128 0x3
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
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
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"int16_t"
.LASF16:
	.string	"vals"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"char"
.LASF22:
	.string	"floor_div"
.LASF3:
	.string	"unsigned char"
.LASF21:
	.string	"main"
.LASF13:
	.string	"int8_t"
.LASF11:
	.string	"long int"
.LASF10:
	.string	"__int64_t"
.LASF8:
	.string	"__int16_t"
.LASF18:
	.string	"checksum"
.LASF15:
	.string	"int64_t"
.LASF20:
	.string	"printf"
.LASF17:
	.string	"divs"
.LASF9:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/signed_div.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
