	.arch armv8-a
	.file	"bit_ops.c"
	.text
.Ltext0:
	.file 0 "." "programs/bit_ops.c"
	.align	2
	.type	popcount64, %function
popcount64:
.LFB0:
	.file 1 "programs/bit_ops.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	.loc 1 7 9
	str	wzr, [sp, 28]
	.loc 1 8 11
	b	.L2
.L3:
	.loc 1 9 16
	ldr	x0, [sp, 8]
	sub	x0, x0, #1
	.loc 1 9 11
	ldr	x1, [sp, 8]
	and	x0, x1, x0
	str	x0, [sp, 8]
	.loc 1 10 10
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L2:
	.loc 1 8 12
	ldr	x0, [sp, 8]
	cmp	x0, 0
	bne	.L3
	.loc 1 12 12
	ldr	w0, [sp, 28]
	.loc 1 13 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	popcount64, .-popcount64
	.align	2
	.type	rotl32, %function
rotl32:
.LFB1:
	.loc 1 15 48
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	w0, [sp, 12]
	str	w1, [sp, 8]
	.loc 1 15 66
	ldr	w0, [sp, 8]
	and	w0, w0, 31
	.loc 1 15 60
	ldr	w1, [sp, 12]
	lsl	w1, w1, w0
	.loc 1 15 91
	ldr	w0, [sp, 8]
	neg	w0, w0
	and	w0, w0, 31
	.loc 1 15 78
	ldr	w2, [sp, 12]
	lsr	w0, w2, w0
	.loc 1 15 73
	orr	w0, w1, w0
	.loc 1 15 99
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	rotl32, .-rotl32
	.align	2
	.type	rotr16, %function
rotr16:
.LFB2:
	.loc 1 16 48
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	strh	w0, [sp, 14]
	str	w1, [sp, 8]
	.loc 1 16 71
	ldrh	w1, [sp, 14]
	.loc 1 16 77
	ldr	w0, [sp, 8]
	and	w0, w0, 15
	.loc 1 16 71
	asr	w0, w1, w0
	.loc 1 16 84
	sxth	w1, w0
	.loc 1 16 89
	ldrh	w2, [sp, 14]
	.loc 1 16 102
	ldr	w0, [sp, 8]
	neg	w0, w0
	and	w0, w0, 15
	.loc 1 16 89
	lsl	w0, w2, w0
	.loc 1 16 84
	sxth	w0, w0
	orr	w0, w1, w0
	sxth	w0, w0
	.loc 1 16 57
	and	w0, w0, 65535
	.loc 1 16 111
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	rotr16, .-rotr16
	.align	2
	.type	reverse8, %function
reverse8:
.LFB3:
	.loc 1 19 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	strb	w0, [sp, 15]
	.loc 1 20 13
	strb	wzr, [sp, 31]
.LBB2:
	.loc 1 21 14
	str	wzr, [sp, 24]
	.loc 1 21 5
	b	.L10
.L11:
	.loc 1 22 26 discriminator 3
	ldrb	w0, [sp, 31]
	lsl	w0, w0, 1
	.loc 1 22 32 discriminator 3
	sxtb	w1, w0
	.loc 1 22 38 discriminator 3
	ldrb	w2, [sp, 15]
	ldr	w0, [sp, 24]
	asr	w0, w2, w0
	.loc 1 22 44 discriminator 3
	sxtb	w0, w0
	and	w0, w0, 1
	sxtb	w0, w0
	.loc 1 22 32 discriminator 3
	orr	w0, w1, w0
	sxtb	w0, w0
	.loc 1 22 11 discriminator 3
	strb	w0, [sp, 31]
	.loc 1 21 29 discriminator 3
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L10:
	.loc 1 21 23 discriminator 1
	ldr	w0, [sp, 24]
	cmp	w0, 7
	ble	.L11
.LBE2:
	.loc 1 23 12
	ldrb	w0, [sp, 31]
	.loc 1 24 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	reverse8, .-reverse8
	.align	2
	.type	bswap64, %function
bswap64:
.LFB4:
	.loc 1 27 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	.loc 1 28 14
	str	xzr, [sp, 24]
.LBB3:
	.loc 1 29 14
	str	wzr, [sp, 20]
	.loc 1 29 5
	b	.L14
.L15:
	.loc 1 30 16 discriminator 3
	ldr	x0, [sp, 24]
	lsl	x1, x0, 8
	.loc 1 30 34 discriminator 3
	ldr	w0, [sp, 20]
	lsl	w0, w0, 3
	.loc 1 30 28 discriminator 3
	ldr	x2, [sp, 8]
	lsr	x0, x2, x0
	.loc 1 30 40 discriminator 3
	and	x0, x0, 255
	.loc 1 30 11 discriminator 3
	orr	x0, x1, x0
	str	x0, [sp, 24]
	.loc 1 29 29 discriminator 3
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L14:
	.loc 1 29 23 discriminator 1
	ldr	w0, [sp, 20]
	cmp	w0, 7
	ble	.L15
.LBE3:
	.loc 1 31 12
	ldr	x0, [sp, 24]
	.loc 1 32 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4:
	.size	bswap64, .-bswap64
	.align	2
	.type	clz32, %function
clz32:
.LFB5:
	.loc 1 35 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	w0, [sp, 12]
	.loc 1 36 9
	str	wzr, [sp, 28]
	.loc 1 37 8
	ldr	w0, [sp, 12]
	cmp	w0, 0
	bne	.L20
	.loc 1 37 20 discriminator 1
	mov	w0, 32
	b	.L19
.L21:
	.loc 1 39 11
	ldr	w0, [sp, 12]
	lsl	w0, w0, 1
	str	w0, [sp, 12]
	.loc 1 40 10
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L20:
	.loc 1 38 12
	ldr	w0, [sp, 12]
	cmp	w0, 0
	bge	.L21
	.loc 1 42 12
	ldr	w0, [sp, 28]
.L19:
	.loc 1 43 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE5:
	.size	clz32, .-clz32
	.section	.rodata
	.align	3
.LC0:
	.string	"%016llx pop=%d rotl=%08x rotr16=%04x rev8=%02x bswap=%016llx clz=%d\n"
	.align	3
.LC1:
	.string	"sign extend %d %d %d %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB6:
	.loc 1 46 1
	.cfi_startproc
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	str	x23, [sp, 48]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.loc 1 47 14
	mov	x0, 52719
	movk	x0, 0x89ab, lsl 16
	movk	x0, 0x4567, lsl 32
	movk	x0, 0x123, lsl 48
	str	x0, [sp, 88]
	.loc 1 48 14
	str	wzr, [sp, 84]
.LBB4:
	.loc 1 49 14
	str	wzr, [sp, 80]
	.loc 1 49 5
	b	.L23
.L24:
.LBB5:
	.loc 1 50 18 discriminator 3
	ldr	x0, [sp, 88]
	str	w0, [sp, 72]
	.loc 1 51 35 discriminator 3
	ldr	x0, [sp, 88]
	lsr	x0, x0, 16
	.loc 1 51 18 discriminator 3
	strh	w0, [sp, 70]
	.loc 1 52 33 discriminator 3
	ldr	x0, [sp, 88]
	lsr	x0, x0, 40
	.loc 1 52 17 discriminator 3
	strb	w0, [sp, 69]
	.loc 1 53 9 discriminator 3
	ldr	x0, [sp, 88]
	bl	popcount64
	mov	w19, w0
	.loc 1 54 67 discriminator 3
	ldr	w1, [sp, 80]
	mov	w0, w1
	lsl	w0, w0, 2
	add	w0, w0, w1
	.loc 1 53 9 discriminator 3
	mov	w1, w0
	ldr	w0, [sp, 72]
	bl	rotl32
	mov	w20, w0
	.loc 1 54 85 discriminator 3
	ldr	w1, [sp, 80]
	mov	w0, w1
	lsl	w0, w0, 1
	add	w0, w0, w1
	.loc 1 54 73 discriminator 3
	mov	w1, w0
	ldrh	w0, [sp, 70]
	bl	rotr16
	and	w0, w0, 65535
	.loc 1 53 9 discriminator 3
	mov	w22, w0
	.loc 1 55 16 discriminator 3
	ldrb	w0, [sp, 69]
	bl	reverse8
	and	w0, w0, 255
	.loc 1 53 9 discriminator 3
	mov	w23, w0
	.loc 1 55 49 discriminator 3
	ldr	x0, [sp, 88]
	bl	bswap64
	mov	x21, x0
	.loc 1 55 75 discriminator 3
	ldr	w0, [sp, 80]
	lsl	w0, w0, 2
	.loc 1 53 9 discriminator 3
	ldr	w1, [sp, 72]
	lsr	w0, w1, w0
	bl	clz32
	mov	w7, w0
	mov	x6, x21
	mov	w5, w23
	mov	w4, w22
	mov	w3, w20
	mov	w2, w19
	ldr	x1, [sp, 88]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 56 18 discriminator 3
	ldr	x0, [sp, 88]
	bl	popcount64
	mov	w19, w0
	.loc 1 56 34 discriminator 3
	ldr	w0, [sp, 72]
	bl	clz32
	.loc 1 56 32 discriminator 3
	add	w0, w19, w0
	mov	w1, w0
	.loc 1 56 15 discriminator 3
	ldr	w0, [sp, 84]
	add	w0, w0, w1
	str	w0, [sp, 84]
	.loc 1 57 15 discriminator 3
	ldr	x1, [sp, 88]
	mov	x0, 32557
	movk	x0, 0x4c95, lsl 16
	movk	x0, 0xf42d, lsl 32
	movk	x0, 0x5851, lsl 48
	mul	x1, x1, x0
	.loc 1 57 11 discriminator 3
	mov	x0, 33103
	movk	x0, 0xf767, lsl 16
	movk	x0, 0x7b7e, lsl 32
	movk	x0, 0x1405, lsl 48
	add	x0, x1, x0
	str	x0, [sp, 88]
.LBE5:
	.loc 1 49 29 discriminator 3
	ldr	w0, [sp, 80]
	add	w0, w0, 1
	str	w0, [sp, 80]
.L23:
	.loc 1 49 23 discriminator 1
	ldr	w0, [sp, 80]
	cmp	w0, 5
	ble	.L24
.LBE4:
	.loc 1 59 12
	mov	w0, -100
	strb	w0, [sp, 79]
	.loc 1 60 13
	mov	w0, -30000
	strh	w0, [sp, 76]
	.loc 1 61 5
	ldrsb	w0, [sp, 79]
	asr	w0, w0, 2
	sxtb	w0, w0
	mov	w1, w0
	ldrsh	w0, [sp, 76]
	asr	w0, w0, 3
	sxth	w0, w0
	mov	w2, w0
	.loc 1 61 60
	ldrb	w0, [sp, 79]
	.loc 1 61 5
	lsr	w0, w0, 2
	and	w0, w0, 255
	mov	w3, w0
	.loc 1 61 78
	ldrh	w0, [sp, 76]
	.loc 1 61 5
	lsr	w0, w0, 3
	and	w0, w0, 65535
	mov	w4, w0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 62 24
	ldr	w0, [sp, 84]
	.loc 1 62 12
	and	w0, w0, 127
	.loc 1 63 1
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 96
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x360
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x7
	.4byte	.LASF28
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
	.uleb128 0x8
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
	.uleb128 0x2
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x5d
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x2
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x3c
	.uleb128 0x2
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x7c
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.4byte	.LASF11
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x43
	.uleb128 0x2
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x4a
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.uleb128 0x2
	.4byte	.LASF14
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.uleb128 0x9
	.4byte	0xae
	.uleb128 0x2
	.4byte	.LASF16
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x51
	.uleb128 0x2
	.4byte	.LASF17
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x70
	.uleb128 0x2
	.4byte	.LASF18
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x64
	.uleb128 0x2
	.4byte	.LASF19
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x83
	.uleb128 0x2
	.4byte	.LASF20
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x8f
	.uleb128 0x2
	.4byte	.LASF21
	.byte	0x4
	.byte	0x1b
	.byte	0x14
	.4byte	0xa2
	.uleb128 0xa
	.4byte	.LASF29
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x11a
	.uleb128 0xb
	.4byte	0x11a
	.uleb128 0xc
	.byte	0
	.uleb128 0xd
	.byte	0x8
	.4byte	0xb5
	.uleb128 0xe
	.4byte	.LASF30
	.byte	0x1
	.byte	0x2d
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ce
	.uleb128 0x1
	.string	"v"
	.byte	0x2f
	.byte	0xe
	.4byte	0xf6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0xf
	.4byte	.LASF22
	.byte	0x1
	.byte	0x30
	.byte	0xe
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x1
	.string	"s8"
	.byte	0x3b
	.byte	0xc
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.uleb128 0x1
	.string	"s16"
	.byte	0x3c
	.byte	0xd
	.4byte	0xc6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x6
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x6
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"lo"
	.byte	0x32
	.byte	0x12
	.4byte	0xea
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"h"
	.byte	0x33
	.byte	0x12
	.4byte	0xde
	.uleb128 0x2
	.byte	0x91
	.sleb128 -26
	.uleb128 0x1
	.string	"b"
	.byte	0x34
	.byte	0x11
	.4byte	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -27
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	.LASF23
	.byte	0x22
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB5
	.8byte	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x208
	.uleb128 0x4
	.string	"x"
	.byte	0x22
	.byte	0x1b
	.4byte	0xea
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"n"
	.byte	0x24
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x5
	.4byte	.LASF24
	.byte	0x1a
	.byte	0x11
	.4byte	0xf6
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x260
	.uleb128 0x4
	.string	"x"
	.byte	0x1a
	.byte	0x22
	.4byte	0xf6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"r"
	.byte	0x1c
	.byte	0xe
	.4byte	0xf6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	.LASF25
	.byte	0x12
	.byte	0x10
	.4byte	0xd2
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2b8
	.uleb128 0x4
	.string	"b"
	.byte	0x12
	.byte	0x21
	.4byte	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.uleb128 0x1
	.string	"r"
	.byte	0x14
	.byte	0xd
	.4byte	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
	.uleb128 0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	.LASF26
	.byte	0x10
	.byte	0x11
	.4byte	0xde
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2f2
	.uleb128 0x4
	.string	"x"
	.byte	0x10
	.byte	0x21
	.4byte	0xde
	.uleb128 0x2
	.byte	0x91
	.sleb128 -2
	.uleb128 0x4
	.string	"r"
	.byte	0x10
	.byte	0x2d
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x5
	.4byte	.LASF27
	.byte	0xf
	.byte	0x11
	.4byte	0xea
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x32c
	.uleb128 0x4
	.string	"x"
	.byte	0xf
	.byte	0x21
	.4byte	0xea
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x4
	.string	"r"
	.byte	0xf
	.byte	0x2d
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x10
	.4byte	.LASF31
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.string	"x"
	.byte	0x5
	.byte	0x20
	.4byte	0xf6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"n"
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
	.uleb128 0x5
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0x26
	.byte	0
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
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
.LASF16:
	.string	"int8_t"
.LASF21:
	.string	"uint64_t"
.LASF10:
	.string	"short int"
.LASF26:
	.string	"rotr16"
.LASF30:
	.string	"main"
.LASF12:
	.string	"__uint32_t"
.LASF11:
	.string	"__uint16_t"
.LASF18:
	.string	"uint8_t"
.LASF27:
	.string	"rotl32"
.LASF13:
	.string	"long int"
.LASF29:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF24:
	.string	"bswap64"
.LASF23:
	.string	"clz32"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"uint16_t"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF15:
	.string	"char"
.LASF17:
	.string	"int16_t"
.LASF25:
	.string	"reverse8"
.LASF28:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF14:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"__int16_t"
.LASF31:
	.string	"popcount64"
.LASF22:
	.string	"total"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bit_ops.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
