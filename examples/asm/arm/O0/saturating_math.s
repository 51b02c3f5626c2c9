	.arch armv8-a
	.file	"saturating_math.c"
	.text
.Ltext0:
	.file 0 "." "programs/saturating_math.c"
	.align	2
	.type	sat_add8, %function
sat_add8:
.LFB0:
	.file 1 "programs/saturating_math.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	strb	w0, [sp, 15]
	strb	w1, [sp, 14]
	.loc 1 7 15
	ldrsb	w1, [sp, 15]
	ldrsb	w0, [sp, 14]
	.loc 1 7 9
	add	w0, w1, w0
	str	w0, [sp, 28]
	.loc 1 8 12
	ldr	w0, [sp, 28]
	cmp	w0, 127
	bgt	.L2
	.loc 1 8 12 is_stmt 0 discriminator 1
	ldr	w0, [sp, 28]
	cmn	w0, #128
	blt	.L3
	.loc 1 8 12 discriminator 3
	ldr	w0, [sp, 28]
	sxtb	w0, w0
	b	.L5
.L3:
	.loc 1 8 12 discriminator 4
	mov	w0, -128
	b	.L5
.L2:
	.loc 1 8 12 discriminator 2
	mov	w0, 127
.L5:
	.loc 1 9 1 is_stmt 1 discriminator 8
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	sat_add8, .-sat_add8
	.align	2
	.type	sat_mul16, %function
sat_mul16:
.LFB1:
	.loc 1 12 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	strh	w0, [sp, 14]
	strh	w1, [sp, 12]
	.loc 1 13 17
	ldrsh	w1, [sp, 14]
	.loc 1 13 28
	ldrsh	w0, [sp, 12]
	.loc 1 13 13
	mul	w0, w1, w0
	str	w0, [sp, 28]
	.loc 1 14 8
	ldr	w1, [sp, 28]
	mov	w0, 32767
	cmp	w1, w0
	ble	.L8
	.loc 1 14 31 discriminator 1
	mov	w0, 32767
	b	.L9
.L8:
	.loc 1 15 8
	ldr	w0, [sp, 28]
	cmn	w0, #32768
	bge	.L10
	.loc 1 15 31 discriminator 1
	mov	w0, -32768
	b	.L9
.L10:
	.loc 1 16 12
	ldr	w0, [sp, 28]
	sxth	w0, w0
.L9:
	.loc 1 17 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	sat_mul16, .-sat_mul16
	.align	2
	.type	sat_sub_u8, %function
sat_sub_u8:
.LFB2:
	.loc 1 19 49
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	strb	w0, [sp, 15]
	strb	w1, [sp, 14]
	.loc 1 19 83
	ldrb	w1, [sp, 15]
	ldrb	w0, [sp, 14]
	cmp	w1, w0
	bls	.L12
	.loc 1 19 83 is_stmt 0 discriminator 1
	ldrb	w1, [sp, 15]
	ldrb	w0, [sp, 14]
	sub	w0, w1, w0
	and	w0, w0, 255
	b	.L13
.L12:
	.loc 1 19 83 discriminator 2
	mov	w0, 0
.L13:
	.loc 1 19 88 is_stmt 1 discriminator 4
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	sat_sub_u8, .-sat_sub_u8
	.align	2
	.type	clamp16, %function
clamp16:
.LFB3:
	.loc 1 21 59
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	w0, [sp, 12]
	strh	w1, [sp, 10]
	strh	w2, [sp, 8]
	.loc 1 21 80
	ldrsh	w0, [sp, 10]
	.loc 1 21 68
	ldr	w1, [sp, 12]
	cmp	w1, w0
	blt	.L16
	.loc 1 21 94 discriminator 1
	ldrsh	w0, [sp, 8]
	.loc 1 21 68 discriminator 1
	ldr	w1, [sp, 12]
	cmp	w1, w0
	bgt	.L17
	.loc 1 21 68 is_stmt 0 discriminator 3
	ldr	w0, [sp, 12]
	sxth	w0, w0
	b	.L19
.L17:
	.loc 1 21 68 discriminator 4
	ldrsh	w0, [sp, 8]
	b	.L19
.L16:
	.loc 1 21 68 discriminator 2
	ldrsh	w0, [sp, 10]
.L19:
	.loc 1 21 110 is_stmt 1 discriminator 8
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	clamp16, .-clamp16
	.section	.rodata
	.align	3
.LC2:
	.string	"%d + %d -> %d\n"
	.align	3
.LC3:
	.string	"%d * %d -> %d\n"
	.align	3
.LC4:
	.string	"u8: %u %u\n"
	.align	3
.LC5:
	.string	"clamp: %d %d %d\n"
	.align	3
.LC6:
	.string	"cmp: %d %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB4:
	.loc 1 24 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -64
	.cfi_offset 20, -56
	.loc 1 25 12
	adrp	x0, .LC1
	add	x1, x0, :lo12:.LC1
	add	x0, sp, 56
	ldr	w2, [x1]
	str	w2, [x0]
	ldr	w1, [x1, 3]
	str	w1, [x0, 3]
	.loc 1 26 13
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 40
	ldr	x2, [x1]
	str	x2, [x0]
	ldr	w1, [x1, 8]
	str	w1, [x0, 8]
	.loc 1 27 9
	str	wzr, [sp, 76]
.LBB2:
	.loc 1 28 14
	str	wzr, [sp, 72]
	.loc 1 28 5
	b	.L22
.L26:
.LBB3:
	.loc 1 29 20
	ldrsw	x0, [sp, 72]
	add	x1, sp, 56
	ldrsb	w3, [x1, x0]
	.loc 1 29 40
	ldr	w0, [sp, 72]
	add	w0, w0, 3
	.loc 1 29 45
	mov	w1, 9363
	movk	w1, 0x9249, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	add	w1, w0, w1
	asr	w2, w1, 2
	asr	w1, w0, 31
	sub	w2, w2, w1
	mov	w1, w2
	lsl	w1, w1, 3
	sub	w1, w1, w2
	sub	w2, w0, w1
	.loc 1 29 20
	sxtw	x0, w2
	add	x1, sp, 56
	ldrsb	w0, [x1, x0]
	mov	w1, w0
	mov	w0, w3
	bl	sat_add8
	strb	w0, [sp, 63]
	.loc 1 30 34
	ldrsb	w0, [sp, 63]
	cmp	w0, 127
	beq	.L23
	.loc 1 30 34 is_stmt 0 discriminator 2
	ldrsb	w0, [sp, 63]
	cmn	w0, #128
	bne	.L24
.L23:
	.loc 1 30 34 discriminator 3
	mov	w0, 1
	b	.L25
.L24:
	.loc 1 30 34 discriminator 4
	mov	w0, 0
.L25:
	.loc 1 30 17 is_stmt 1 discriminator 6
	ldr	w1, [sp, 76]
	add	w0, w1, w0
	str	w0, [sp, 76]
	.loc 1 31 36 discriminator 6
	ldrsw	x0, [sp, 72]
	add	x1, sp, 56
	ldrsb	w0, [x1, x0]
	.loc 1 31 9 discriminator 6
	mov	w4, w0
	.loc 1 31 46 discriminator 6
	ldr	w0, [sp, 72]
	add	w0, w0, 3
	.loc 1 31 51 discriminator 6
	mov	w1, 9363
	movk	w1, 0x9249, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	add	w1, w0, w1
	asr	w2, w1, 2
	asr	w1, w0, 31
	sub	w2, w2, w1
	mov	w1, w2
	lsl	w1, w1, 3
	sub	w1, w1, w2
	sub	w2, w0, w1
	.loc 1 31 42 discriminator 6
	sxtw	x0, w2
	add	x1, sp, 56
	ldrsb	w0, [x1, x0]
	.loc 1 31 9 discriminator 6
	mov	w1, w0
	ldrsb	w0, [sp, 63]
	mov	w3, w0
	mov	w2, w1
	mov	w1, w4
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LBE3:
	.loc 1 28 29 discriminator 6
	ldr	w0, [sp, 72]
	add	w0, w0, 1
	str	w0, [sp, 72]
.L22:
	.loc 1 28 23 discriminator 2
	ldr	w0, [sp, 72]
	cmp	w0, 6
	ble	.L26
.LBE2:
.LBB4:
	.loc 1 33 14
	str	wzr, [sp, 68]
	.loc 1 33 5
	b	.L27
.L31:
.LBB5:
	.loc 1 34 21
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 1
	add	x1, sp, 40
	ldrsh	w3, [x1, x0]
	.loc 1 34 42
	ldr	w0, [sp, 68]
	add	w1, w0, 1
	.loc 1 34 47
	mov	w0, 43691
	movk	w0, 0x2aaa, lsl 16
	smull	x0, w1, w0
	lsr	x2, x0, 32
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 1
	add	w0, w0, w2
	lsl	w0, w0, 1
	sub	w2, w1, w0
	.loc 1 34 21
	sxtw	x0, w2
	lsl	x0, x0, 1
	add	x1, sp, 40
	ldrsh	w0, [x1, x0]
	mov	w1, w0
	mov	w0, w3
	bl	sat_mul16
	strh	w0, [sp, 64]
	.loc 1 35 35
	ldrsh	w1, [sp, 64]
	mov	w0, 32767
	cmp	w1, w0
	beq	.L28
	.loc 1 35 35 is_stmt 0 discriminator 2
	ldrsh	w0, [sp, 64]
	cmn	w0, #32768
	bne	.L29
.L28:
	.loc 1 35 35 discriminator 3
	mov	w0, 1
	b	.L30
.L29:
	.loc 1 35 35 discriminator 4
	mov	w0, 0
.L30:
	.loc 1 35 17 is_stmt 1 discriminator 6
	ldr	w1, [sp, 76]
	add	w0, w1, w0
	str	w0, [sp, 76]
	.loc 1 36 36 discriminator 6
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 1
	add	x1, sp, 40
	ldrsh	w0, [x1, x0]
	.loc 1 36 9 discriminator 6
	mov	w4, w0
	.loc 1 36 46 discriminator 6
	ldr	w0, [sp, 68]
	add	w1, w0, 1
	.loc 1 36 51 discriminator 6
	mov	w0, 43691
	movk	w0, 0x2aaa, lsl 16
	smull	x0, w1, w0
	lsr	x2, x0, 32
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 1
	add	w0, w0, w2
	lsl	w0, w0, 1
	sub	w2, w1, w0
	.loc 1 36 42 discriminator 6
	sxtw	x0, w2
	lsl	x0, x0, 1
	add	x1, sp, 40
	ldrsh	w0, [x1, x0]
	.loc 1 36 9 discriminator 6
	mov	w1, w0
	ldrsh	w0, [sp, 64]
	mov	w3, w0
	mov	w2, w1
	mov	w1, w4
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LBE5:
	.loc 1 33 29 discriminator 6
	ldr	w0, [sp, 68]
	add	w0, w0, 1
	str	w0, [sp, 68]
.L27:
	.loc 1 33 23 discriminator 2
	ldr	w0, [sp, 68]
	cmp	w0, 5
	ble	.L31
.LBE4:
	.loc 1 38 27
	mov	w1, -56
	mov	w0, 10
	bl	sat_sub_u8
	and	w0, w0, 255
	.loc 1 38 5
	mov	w19, w0
	.loc 1 38 48
	mov	w1, 10
	mov	w0, -56
	bl	sat_sub_u8
	and	w0, w0, 255
	.loc 1 38 5
	mov	w2, w0
	mov	w1, w19
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
	.loc 1 39 33
	mov	w2, 1000
	mov	w1, -1000
	mov	w0, 4464
	movk	w0, 0x1, lsl 16
	bl	clamp16
	sxth	w0, w0
	.loc 1 39 5
	mov	w19, w0
	.loc 1 39 62
	mov	w2, 1000
	mov	w1, -1000
	mov	w0, 61072
	movk	w0, 0xfffe, lsl 16
	bl	clamp16
	sxth	w0, w0
	.loc 1 39 5
	mov	w20, w0
	.loc 1 39 92
	mov	w2, 1000
	mov	w1, -1000
	mov	w0, 5
	bl	clamp16
	sxth	w0, w0
	.loc 1 39 5
	mov	w3, w0
	mov	w2, w20
	mov	w1, w19
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	printf
	.loc 1 40 17
	mov	w0, -5
	strb	w0, [sp, 67]
	.loc 1 41 19
	mov	w0, -6
	strb	w0, [sp, 66]
	.loc 1 42 5
	ldrb	w0, [sp, 67]
	lsr	w0, w0, 7
	and	w0, w0, 255
	mov	w3, w0
	ldrb	w1, [sp, 66]
	ldrsb	w0, [sp, 67]
	cmp	w1, w0
	cset	w0, gt
	and	w0, w0, 255
	mov	w2, w0
	mov	w1, w3
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	printf
	.loc 1 43 12
	ldr	w0, [sp, 76]
	.loc 1 44 1
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC1:
	.string	"d\2342\200\177"
	.ascii	"\377"
	.align	3
.LC0:
	.hword	300
	.hword	-300
	.hword	200
	.hword	-32768
	.hword	32767
	.hword	181
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f5
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF22
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x4
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x5d
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x3c
	.uleb128 0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x7c
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x4
	.4byte	.LASF11
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x35
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0xb
	.4byte	0x96
	.uleb128 0x4
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x51
	.uleb128 0x4
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x70
	.uleb128 0x4
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x83
	.uleb128 0x4
	.4byte	.LASF17
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x64
	.uleb128 0xc
	.4byte	.LASF23
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xea
	.uleb128 0xd
	.4byte	0xea
	.uleb128 0xe
	.byte	0
	.uleb128 0xf
	.byte	0x8
	.4byte	0x9d
	.uleb128 0x10
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1d0
	.uleb128 0x1
	.string	"a"
	.byte	0x19
	.byte	0xc
	.4byte	0x1d0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"h"
	.byte	0x1a
	.byte	0xd
	.4byte	0x1e0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x11
	.4byte	.LASF18
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x1
	.string	"sc"
	.byte	0x28
	.byte	0x11
	.4byte	0x5d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -13
	.uleb128 0x1
	.string	"uc"
	.byte	0x29
	.byte	0x13
	.4byte	0x3c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -14
	.uleb128 0x12
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x193
	.uleb128 0x1
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"s"
	.byte	0x1d
	.byte	0x10
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"i"
	.byte	0x21
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x5
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"m"
	.byte	0x22
	.byte	0x11
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0xa2
	.4byte	0x1e0
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x6
	.byte	0
	.uleb128 0x7
	.4byte	0xae
	.4byte	0x1f0
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.uleb128 0x6
	.4byte	.LASF19
	.byte	0x15
	.4byte	0xae
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x237
	.uleb128 0x2
	.string	"v"
	.byte	0x15
	.byte	0x20
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.string	"lo"
	.byte	0x15
	.byte	0x2b
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -6
	.uleb128 0x2
	.string	"hi"
	.byte	0x15
	.byte	0x37
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x6
	.4byte	.LASF20
	.byte	0x13
	.4byte	0xc6
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x270
	.uleb128 0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0xc6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
	.uleb128 0x2
	.string	"b"
	.byte	0x13
	.byte	0x2e
	.4byte	0xc6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -2
	.byte	0
	.uleb128 0x6
	.4byte	.LASF21
	.byte	0xb
	.4byte	0xae
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2b5
	.uleb128 0x2
	.string	"a"
	.byte	0xb
	.byte	0x22
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -18
	.uleb128 0x2
	.string	"b"
	.byte	0xb
	.byte	0x2d
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"p"
	.byte	0xd
	.byte	0xd
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x13
	.4byte	.LASF25
	.byte	0x1
	.byte	0x5
	.byte	0xf
	.4byte	0xa2
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"a"
	.byte	0x5
	.byte	0x1f
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.uleb128 0x2
	.string	"b"
	.byte	0x5
	.byte	0x29
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -18
	.uleb128 0x1
	.string	"s"
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
	.uleb128 0x3
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
	.uleb128 0x4
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
	.sleb128 16
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x34
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
	.uleb128 0x12
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
	.uleb128 0x13
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
.LASF14:
	.string	"int8_t"
.LASF10:
	.string	"short int"
.LASF24:
	.string	"main"
.LASF21:
	.string	"sat_mul16"
.LASF18:
	.string	"clipped"
.LASF17:
	.string	"uint8_t"
.LASF12:
	.string	"long int"
.LASF23:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF20:
	.string	"sat_sub_u8"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"clamp16"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF13:
	.string	"char"
.LASF16:
	.string	"int32_t"
.LASF15:
	.string	"int16_t"
.LASF22:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"__int32_t"
.LASF25:
	.string	"sat_add8"
.LASF9:
	.string	"__int16_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/saturating_math.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
