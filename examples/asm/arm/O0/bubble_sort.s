	.arch armv8-a
	.file	"bubble_sort.c"
	.text
.Ltext0:
	.file 0 "." "programs/bubble_sort.c"
	.align	2
	.type	bubble, %function
bubble:
.LFB0:
	.file 1 "programs/bubble_sort.c"
	.loc 1 7 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
.LBB2:
	.loc 1 8 14
	str	wzr, [sp, 28]
	.loc 1 8 5
	b	.L2
.L8:
.LBB3:
	.loc 1 9 13
	str	wzr, [sp, 24]
.LBB4:
	.loc 1 10 18
	str	wzr, [sp, 20]
	.loc 1 10 9
	b	.L3
.L5:
	.loc 1 11 18
	ldrsw	x0, [sp, 20]
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	w1, [x0]
	.loc 1 11 25
	ldrsw	x0, [sp, 20]
	add	x0, x0, 1
	lsl	x0, x0, 2
	ldr	x2, [sp, 8]
	add	x0, x2, x0
	ldr	w0, [x0]
	.loc 1 11 16
	cmp	w1, w0
	ble	.L4
.LBB5:
	.loc 1 12 26
	ldrsw	x0, [sp, 20]
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	.loc 1 12 21
	ldr	w0, [x0]
	str	w0, [sp, 16]
	.loc 1 13 25
	ldrsw	x0, [sp, 20]
	add	x0, x0, 1
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x1, x1, x0
	.loc 1 13 18
	ldrsw	x0, [sp, 20]
	lsl	x0, x0, 2
	ldr	x2, [sp, 8]
	add	x0, x2, x0
	.loc 1 13 25
	ldr	w1, [x1]
	.loc 1 13 22
	str	w1, [x0]
	.loc 1 14 18
	ldrsw	x0, [sp, 20]
	add	x0, x0, 1
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	.loc 1 14 26
	ldr	w1, [sp, 16]
	str	w1, [x0]
	.loc 1 15 25
	mov	w0, 1
	str	w0, [sp, 24]
.L4:
.LBE5:
	.loc 1 10 41 discriminator 2
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L3:
	.loc 1 10 31 discriminator 1
	ldr	w0, [sp, 4]
	sub	w1, w0, #1
	.loc 1 10 35 discriminator 1
	ldr	w0, [sp, 28]
	sub	w0, w1, w0
	.loc 1 10 27 discriminator 1
	ldr	w1, [sp, 20]
	cmp	w1, w0
	blt	.L5
.LBE4:
	.loc 1 18 12
	ldr	w0, [sp, 24]
	cmp	w0, 0
	beq	.L9
.LBE3:
	.loc 1 8 33 discriminator 2
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L2:
	.loc 1 8 27 discriminator 1
	ldr	w0, [sp, 4]
	sub	w0, w0, #1
	.loc 1 8 23 discriminator 1
	ldr	w1, [sp, 28]
	cmp	w1, w0
	blt	.L8
.LBE2:
	.loc 1 21 1
	b	.L10
.L9:
.LBB7:
.LBB6:
	.loc 1 19 13
	nop
.L10:
.LBE6:
.LBE7:
	.loc 1 21 1
	nop
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	bubble, .-bubble
	.align	2
	.type	insertion, %function
insertion:
.LFB1:
	.loc 1 24 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
.LBB8:
	.loc 1 25 14
	mov	w0, 1
	str	w0, [sp, 28]
	.loc 1 25 5
	b	.L12
.L16:
.LBB9:
	.loc 1 26 22
	ldrsw	x0, [sp, 28]
	lsl	x0, x0, 1
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	.loc 1 26 15
	ldrh	w0, [x0]
	strh	w0, [sp, 22]
	.loc 1 27 13
	ldr	w0, [sp, 28]
	sub	w0, w0, #1
	str	w0, [sp, 24]
	.loc 1 28 15
	b	.L13
.L15:
	.loc 1 29 25
	ldrsw	x0, [sp, 24]
	lsl	x0, x0, 1
	ldr	x1, [sp, 8]
	add	x1, x1, x0
	.loc 1 29 14
	ldrsw	x0, [sp, 24]
	add	x0, x0, 1
	lsl	x0, x0, 1
	ldr	x2, [sp, 8]
	add	x0, x2, x0
	.loc 1 29 25
	ldrsh	w1, [x1]
	.loc 1 29 22
	strh	w1, [x0]
	.loc 1 30 14
	ldr	w0, [sp, 24]
	sub	w0, w0, #1
	str	w0, [sp, 24]
.L13:
	.loc 1 28 23
	ldr	w0, [sp, 24]
	cmp	w0, 0
	blt	.L14
	.loc 1 28 27 discriminator 1
	ldrsw	x0, [sp, 24]
	lsl	x0, x0, 1
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldrsh	w0, [x0]
	.loc 1 28 23 discriminator 1
	ldrsh	w1, [sp, 22]
	cmp	w1, w0
	blt	.L15
.L14:
	.loc 1 32 10 discriminator 2
	ldrsw	x0, [sp, 24]
	add	x0, x0, 1
	lsl	x0, x0, 1
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	.loc 1 32 18 discriminator 2
	ldrh	w1, [sp, 22]
	strh	w1, [x0]
.LBE9:
	.loc 1 25 29 discriminator 2
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L12:
	.loc 1 25 23 discriminator 1
	ldr	w1, [sp, 28]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L16
.LBE8:
	.loc 1 34 1
	nop
	nop
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	insertion, .-insertion
	.section	.rodata
	.align	3
.LC0:
	.string	"%d%c"
	.align	3
.LC1:
	.string	"%hd%c"
	.align	3
.LC2:
	.string	"weighted sum %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 37 1
	.cfi_startproc
	stp	x29, x30, [sp, -192]!
	.cfi_def_cfa_offset 192
	.cfi_offset 29, -192
	.cfi_offset 30, -184
	mov	x29, sp
	.loc 1 40 14
	mov	w0, 12345
	str	w0, [sp, 188]
.LBB10:
	.loc 1 41 14
	str	wzr, [sp, 184]
	.loc 1 41 5
	b	.L18
.L19:
	.loc 1 42 21 discriminator 3
	ldr	w1, [sp, 188]
	mov	w0, 20077
	movk	w0, 0x41c6, lsl 16
	mul	w1, w1, w0
	.loc 1 42 14 discriminator 3
	mov	w0, 12345
	add	w0, w1, w0
	str	w0, [sp, 188]
	.loc 1 43 27 discriminator 3
	ldr	w0, [sp, 188]
	lsr	w0, w0, 16
	.loc 1 43 16 discriminator 3
	mov	w1, w0
	.loc 1 43 34 discriminator 3
	mov	w0, 19923
	movk	w0, 0x1062, lsl 16
	smull	x0, w1, w0
	lsr	x0, x0, 32
	asr	w2, w0, 6
	asr	w0, w1, 31
	sub	w0, w2, w0
	mov	w2, 1000
	mul	w0, w0, w2
	sub	w0, w1, w0
	.loc 1 43 41 discriminator 3
	sub	w2, w0, #500
	.loc 1 43 14 discriminator 3
	ldrsw	x0, [sp, 184]
	lsl	x0, x0, 2
	add	x1, sp, 64
	str	w2, [x1, x0]
	.loc 1 44 25 discriminator 3
	ldrsw	x0, [sp, 184]
	lsl	x0, x0, 2
	add	x1, sp, 64
	ldr	w0, [x1, x0]
	.loc 1 44 16 discriminator 3
	and	w0, w0, 65535
	mov	w1, w0
	mov	w0, w1
	ubfiz	w0, w0, 3, 13
	sub	w0, w0, w1
	and	w0, w0, 65535
	sxth	w2, w0
	.loc 1 44 14 discriminator 3
	ldrsw	x0, [sp, 184]
	lsl	x0, x0, 1
	add	x1, sp, 16
	strh	w2, [x1, x0]
	.loc 1 41 29 discriminator 3
	ldr	w0, [sp, 184]
	add	w0, w0, 1
	str	w0, [sp, 184]
.L18:
	.loc 1 41 23 discriminator 1
	ldr	w0, [sp, 184]
	cmp	w0, 23
	ble	.L19
.LBE10:
	.loc 1 46 5
	add	x0, sp, 64
	mov	w1, 24
	bl	bubble
	.loc 1 47 5
	add	x0, sp, 16
	mov	w1, 24
	bl	insertion
	.loc 1 48 10
	str	xzr, [sp, 176]
.LBB11:
	.loc 1 49 14
	str	wzr, [sp, 172]
	.loc 1 49 5
	b	.L20
.L23:
	.loc 1 50 9
	ldrsw	x0, [sp, 172]
	lsl	x0, x0, 2
	add	x1, sp, 64
	ldr	w1, [x1, x0]
	ldr	w0, [sp, 172]
	cmp	w0, 23
	bne	.L21
	.loc 1 50 9 is_stmt 0 discriminator 1
	mov	w0, 10
	b	.L22
.L21:
	.loc 1 50 9 discriminator 2
	mov	w0, 32
.L22:
	.loc 1 50 9 discriminator 4
	mov	w2, w0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 51 23 is_stmt 1 discriminator 4
	ldrsw	x0, [sp, 172]
	lsl	x0, x0, 2
	add	x1, sp, 64
	ldr	w0, [x1, x0]
	.loc 1 51 16 discriminator 4
	sxtw	x1, w0
	.loc 1 51 32 discriminator 4
	ldr	w0, [sp, 172]
	add	w0, w0, 1
	sxtw	x0, w0
	.loc 1 51 27 discriminator 4
	mul	x0, x1, x0
	.loc 1 51 13 discriminator 4
	ldr	x1, [sp, 176]
	add	x0, x1, x0
	str	x0, [sp, 176]
	.loc 1 49 29 discriminator 4
	ldr	w0, [sp, 172]
	add	w0, w0, 1
	str	w0, [sp, 172]
.L20:
	.loc 1 49 23 discriminator 2
	ldr	w0, [sp, 172]
	cmp	w0, 23
	ble	.L23
.LBE11:
.LBB12:
	.loc 1 53 14
	str	wzr, [sp, 168]
	.loc 1 53 5
	b	.L24
.L27:
	.loc 1 54 26
	ldrsw	x0, [sp, 168]
	lsl	x0, x0, 1
	add	x1, sp, 16
	ldrsh	w0, [x1, x0]
	.loc 1 54 9
	mov	w1, w0
	ldr	w0, [sp, 168]
	cmp	w0, 23
	bne	.L25
	.loc 1 54 9 is_stmt 0 discriminator 1
	mov	w0, 10
	b	.L26
.L25:
	.loc 1 54 9 discriminator 2
	mov	w0, 32
.L26:
	.loc 1 54 9 discriminator 4
	mov	w2, w0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 53 29 is_stmt 1 discriminator 4
	ldr	w0, [sp, 168]
	add	w0, w0, 1
	str	w0, [sp, 168]
.L24:
	.loc 1 53 23 discriminator 2
	ldr	w0, [sp, 168]
	cmp	w0, 23
	ble	.L27
.LBE12:
	.loc 1 55 5
	ldr	x1, [sp, 176]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LBB13:
	.loc 1 56 14
	mov	w0, 1
	str	w0, [sp, 164]
	.loc 1 56 5
	b	.L28
.L32:
	.loc 1 57 17
	ldr	w0, [sp, 164]
	sub	w0, w0, #1
	.loc 1 57 14
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 64
	ldr	w1, [x1, x0]
	.loc 1 57 25
	ldrsw	x0, [sp, 164]
	lsl	x0, x0, 2
	add	x2, sp, 64
	ldr	w0, [x2, x0]
	.loc 1 57 12
	cmp	w1, w0
	bgt	.L29
	.loc 1 57 36 discriminator 1
	ldr	w0, [sp, 164]
	sub	w0, w0, #1
	.loc 1 57 33 discriminator 1
	sxtw	x0, w0
	lsl	x0, x0, 1
	add	x1, sp, 16
	ldrsh	w1, [x1, x0]
	.loc 1 57 44 discriminator 1
	ldrsw	x0, [sp, 164]
	lsl	x0, x0, 1
	add	x2, sp, 16
	ldrsh	w0, [x2, x0]
	.loc 1 57 29 discriminator 1
	cmp	w1, w0
	ble	.L30
.L29:
	.loc 1 58 20
	mov	w0, 1
	b	.L33
.L30:
	.loc 1 56 29 discriminator 2
	ldr	w0, [sp, 164]
	add	w0, w0, 1
	str	w0, [sp, 164]
.L28:
	.loc 1 56 23 discriminator 1
	ldr	w0, [sp, 164]
	cmp	w0, 23
	ble	.L32
.LBE13:
	.loc 1 59 12
	mov	w0, 0
.L33:
	.loc 1 60 1 discriminator 1
	ldp	x29, x30, [sp], 192
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2a7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
	.4byte	0x66
	.uleb128 0xf
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x8a
	.uleb128 0x10
	.4byte	0x8a
	.uleb128 0x11
	.byte	0
	.uleb128 0x5
	.4byte	0x6d
	.uleb128 0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x16c
	.uleb128 0x1
	.string	"a"
	.byte	0x26
	.byte	0x9
	.4byte	0x16c
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x1
	.string	"s"
	.byte	0x27
	.byte	0xb
	.4byte	0x17b
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.uleb128 0x7
	.4byte	.LASF10
	.byte	0x28
	.byte	0xe
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x1
	.string	"sum"
	.byte	0x30
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x6
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.4byte	0x109
	.uleb128 0x1
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x6
	.8byte	.LBB11
	.8byte	.LBE11-.LBB11
	.4byte	0x12b
	.uleb128 0x1
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x6
	.8byte	.LBB12
	.8byte	.LBE12-.LBB12
	.4byte	0x14d
	.uleb128 0x1
	.string	"i"
	.byte	0x35
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x3
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.uleb128 0x1
	.string	"i"
	.byte	0x38
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	0x35
	.4byte	0x17b
	.uleb128 0x9
	.4byte	0x2e
	.byte	0
	.uleb128 0x8
	.4byte	0x58
	.4byte	0x18a
	.uleb128 0x9
	.4byte	0x2e
	.byte	0
	.uleb128 0xa
	.4byte	.LASF11
	.byte	0x17
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x209
	.uleb128 0x4
	.string	"a"
	.byte	0x17
	.byte	0x1e
	.4byte	0x209
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x4
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x3
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.uleb128 0x1
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.uleb128 0x1
	.string	"key"
	.byte	0x1a
	.byte	0xf
	.4byte	0x58
	.uleb128 0x2
	.byte	0x91
	.sleb128 -10
	.uleb128 0x1
	.string	"j"
	.byte	0x1b
	.byte	0xd
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x58
	.uleb128 0xa
	.4byte	.LASF12
	.byte	0x6
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a5
	.uleb128 0x4
	.string	"a"
	.byte	0x6
	.byte	0x19
	.4byte	0x2a5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x4
	.string	"n"
	.byte	0x6
	.byte	0x20
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0xb
	.4byte	.LLRL0
	.uleb128 0x1
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0xb
	.4byte	.LLRL1
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x9
	.byte	0xd
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"j"
	.byte	0xa
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x3
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"t"
	.byte	0xc
	.byte	0x15
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x35
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x21
	.sleb128 23
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.4byte	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.LLRL0:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0
.LLRL1:
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"bubble"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"insertion"
.LASF10:
	.string	"seed"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF13:
	.string	"swapped"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/bubble_sort.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
