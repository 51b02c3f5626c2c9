	.arch armv8-a
	.file	"struct_points.c"
	.text
.Ltext0:
	.file 0 "." "programs/struct_points.c"
	.align	2
	.type	add, %function
add:
.LFB0:
	.file 1 "programs/struct_points.c"
	.loc 1 8 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 9 25
	ldr	w1, [sp, 8]
	.loc 1 9 31
	ldr	w0, [sp]
	.loc 1 9 28
	add	w0, w1, w0
	.loc 1 9 18
	str	w0, [sp, 24]
	.loc 1 9 36
	ldr	w1, [sp, 12]
	.loc 1 9 42
	ldr	w0, [sp, 4]
	.loc 1 9 39
	add	w0, w1, w0
	.loc 1 9 18
	str	w0, [sp, 28]
	.loc 1 10 12
	ldr	x0, [sp, 24]
	.loc 1 11 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	add, .-add
	.align	2
	.type	area, %function
area:
.LFB1:
	.loc 1 13 40
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	.loc 1 13 61
	ldr	x0, [sp, 8]
	ldr	w1, [x0, 8]
	.loc 1 13 71
	ldr	x0, [sp, 8]
	ldr	w0, [x0]
	.loc 1 13 64
	sub	w0, w1, w0
	.loc 1 13 49
	sxtw	x1, w0
	.loc 1 13 83
	ldr	x0, [sp, 8]
	ldr	w2, [x0, 12]
	.loc 1 13 93
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 4]
	.loc 1 13 86
	sub	w0, w2, w0
	sxtw	x0, w0
	.loc 1 13 75
	mul	x0, x1, x0
	.loc 1 13 98
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	area, .-area
	.align	2
	.type	grow, %function
grow:
.LFB2:
	.loc 1 16 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	.loc 1 17 10
	ldr	x0, [sp, 8]
	ldr	w1, [x0]
	.loc 1 17 13
	ldr	w0, [sp, 4]
	sub	w1, w1, w0
	ldr	x0, [sp, 8]
	str	w1, [x0]
	.loc 1 18 10
	ldr	x0, [sp, 8]
	ldr	w1, [x0, 4]
	.loc 1 18 13
	ldr	w0, [sp, 4]
	sub	w1, w1, w0
	ldr	x0, [sp, 8]
	str	w1, [x0, 4]
	.loc 1 19 10
	ldr	x0, [sp, 8]
	ldr	w1, [x0, 8]
	.loc 1 19 13
	ldr	w0, [sp, 4]
	add	w1, w1, w0
	ldr	x0, [sp, 8]
	str	w1, [x0, 8]
	.loc 1 20 10
	ldr	x0, [sp, 8]
	ldr	w1, [x0, 12]
	.loc 1 20 13
	ldr	w0, [sp, 4]
	add	w1, w1, w0
	ldr	x0, [sp, 8]
	str	w1, [x0, 12]
	.loc 1 21 1
	nop
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	grow, .-grow
	.align	2
	.type	overlaps, %function
overlaps:
.LFB3:
	.loc 1 24 1
	.cfi_startproc
	stp	x19, x20, [sp, -16]!
	.cfi_def_cfa_offset 16
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	mov	x19, x0
	mov	x20, x1
	.loc 1 25 16
	ldr	w1, [x19]
	.loc 1 25 25
	ldr	w0, [x20, 8]
	.loc 1 25 66
	cmp	w1, w0
	bge	.L7
	.loc 1 25 35 discriminator 1
	ldr	w1, [x20]
	.loc 1 25 44 discriminator 1
	ldr	w0, [x19, 8]
	.loc 1 25 28 discriminator 1
	cmp	w1, w0
	bge	.L7
	.loc 1 25 54 discriminator 3
	ldr	w1, [x19, 4]
	.loc 1 25 63 discriminator 3
	ldr	w0, [x20, 12]
	.loc 1 25 47 discriminator 3
	cmp	w1, w0
	bge	.L7
	.loc 1 25 73 discriminator 5
	ldr	w1, [x20, 4]
	.loc 1 25 82 discriminator 5
	ldr	w0, [x19, 12]
	.loc 1 25 66 discriminator 5
	cmp	w1, w0
	bge	.L7
	.loc 1 25 66 is_stmt 0 discriminator 7
	mov	w0, 1
	b	.L9
.L7:
	.loc 1 25 66 discriminator 8
	mov	w0, 0
.L9:
	.loc 1 26 1 is_stmt 1 discriminator 11
	ldp	x19, x20, [sp], 16
	.cfi_restore 20
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	overlaps, .-overlaps
	.section	.rodata
	.align	3
.LC1:
	.string	"%s: (%d,%d)-(%d,%d) area %ld\n"
	.align	3
.LC2:
	.string	"%s overlaps %s\n"
	.align	3
.LC3:
	.string	"total (%d,%d) areas %ld pairs %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB4:
	.loc 1 29 1
	.cfi_startproc
	stp	x29, x30, [sp, -256]!
	.cfi_def_cfa_offset 256
	.cfi_offset 29, -256
	.cfi_offset 30, -248
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	str	x23, [sp, 48]
	.cfi_offset 19, -240
	.cfi_offset 20, -232
	.cfi_offset 21, -224
	.cfi_offset 22, -216
	.cfi_offset 23, -208
	.loc 1 30 17
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 136
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	ldp	q0, q1, [x1, 64]
	stp	q0, q1, [x0, 64]
	.loc 1 36 18
	str	wzr, [sp, 128]
	str	wzr, [sp, 132]
	.loc 1 37 10
	str	xzr, [sp, 248]
.LBB2:
	.loc 1 38 14
	str	wzr, [sp, 244]
	.loc 1 38 5
	b	.L11
.L12:
	.loc 1 39 9 discriminator 3
	add	x2, sp, 136
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	ldr	w1, [sp, 244]
	bl	grow
	.loc 1 40 17 discriminator 3
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 144
	ldr	x1, [x1, x0]
	ldr	x0, [sp, 128]
	bl	add
	str	x0, [sp, 128]
	.loc 1 41 23 discriminator 3
	add	x2, sp, 136
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	.loc 1 41 18 discriminator 3
	bl	area
	mov	x1, x0
	.loc 1 41 15 discriminator 3
	ldr	x0, [sp, 248]
	add	x0, x0, x1
	str	x0, [sp, 248]
	.loc 1 42 55 discriminator 3
	add	x2, sp, 136
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x0, 16
	add	x19, x2, x0
	.loc 1 42 9 discriminator 3
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 136
	ldr	w20, [x1, x0]
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 140
	ldr	w21, [x1, x0]
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 144
	ldr	w22, [x1, x0]
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 148
	ldr	w23, [x1, x0]
	.loc 1 42 115 discriminator 3
	add	x2, sp, 136
	ldrsw	x1, [sp, 244]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	.loc 1 42 9 discriminator 3
	bl	area
	mov	x6, x0
	mov	w5, w23
	mov	w4, w22
	mov	w3, w21
	mov	w2, w20
	mov	x1, x19
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 38 29 discriminator 3
	ldr	w0, [sp, 244]
	add	w0, w0, 1
	str	w0, [sp, 244]
.L11:
	.loc 1 38 23 discriminator 1
	ldr	w0, [sp, 244]
	cmp	w0, 3
	ble	.L12
.LBE2:
	.loc 1 44 9
	str	wzr, [sp, 240]
.LBB3:
	.loc 1 45 14
	str	wzr, [sp, 236]
	.loc 1 45 5
	b	.L13
.L17:
.LBB4:
	.loc 1 46 18
	ldr	w0, [sp, 236]
	add	w0, w0, 1
	str	w0, [sp, 232]
	.loc 1 46 9
	b	.L14
.L16:
	.loc 1 47 17
	ldrsw	x1, [sp, 236]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 136
	add	x2, sp, 96
	add	x3, x1, x0
	ldp	x0, x1, [x3]
	stp	x0, x1, [x2]
	ldr	x0, [x3, 16]
	str	x0, [x2, 16]
	ldrsw	x1, [sp, 232]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 136
	add	x2, sp, 64
	add	x3, x1, x0
	ldp	x0, x1, [x3]
	stp	x0, x1, [x2]
	ldr	x0, [x3, 16]
	str	x0, [x2, 16]
	add	x1, sp, 64
	add	x0, sp, 96
	bl	overlaps
	.loc 1 47 16
	cmp	w0, 0
	beq	.L15
	.loc 1 48 49
	add	x2, sp, 136
	ldrsw	x1, [sp, 236]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x0, 16
	add	x3, x2, x0
	.loc 1 48 61
	add	x2, sp, 136
	ldrsw	x1, [sp, 232]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x0, 16
	add	x0, x2, x0
	.loc 1 48 17
	mov	x2, x0
	mov	x1, x3
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 49 22
	ldr	w0, [sp, 240]
	add	w0, w0, 1
	str	w0, [sp, 240]
.L15:
	.loc 1 46 37 discriminator 2
	ldr	w0, [sp, 232]
	add	w0, w0, 1
	str	w0, [sp, 232]
.L14:
	.loc 1 46 31 discriminator 1
	ldr	w0, [sp, 232]
	cmp	w0, 3
	ble	.L16
.LBE4:
	.loc 1 45 29 discriminator 2
	ldr	w0, [sp, 236]
	add	w0, w0, 1
	str	w0, [sp, 236]
.L13:
	.loc 1 45 23 discriminator 1
	ldr	w0, [sp, 236]
	cmp	w0, 3
	ble	.L17
.LBE3:
	.loc 1 51 5
	ldr	w0, [sp, 128]
	ldr	w1, [sp, 132]
	ldr	w4, [sp, 240]
	ldr	x3, [sp, 248]
	mov	w2, w1
	mov	w1, w0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 52 12
	ldr	w0, [sp, 240]
	.loc 1 53 1
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 256
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
.LFE4:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.word	0
	.word	0
	.word	4
	.word	3
	.string	"alpha"
	.zero	2
	.word	2
	.word	1
	.word	9
	.word	8
	.string	"beta"
	.zero	3
	.word	-5
	.word	-5
	.word	-1
	.word	-2
	.string	"gamma"
	.zero	2
	.word	10
	.word	10
	.word	12
	.word	15
	.string	"delta"
	.zero	2
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2a6
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x7
	.4byte	0x66
	.uleb128 0x8
	.4byte	.LASF10
	.byte	0x8
	.byte	0x4
	.4byte	0x92
	.uleb128 0x4
	.string	"x"
	.byte	0x4
	.byte	0x14
	.4byte	0x35
	.byte	0
	.uleb128 0x4
	.string	"y"
	.byte	0x4
	.byte	0x17
	.4byte	0x35
	.byte	0x4
	.byte	0
	.uleb128 0x8
	.4byte	.LASF11
	.byte	0x18
	.byte	0x5
	.4byte	0xc1
	.uleb128 0x4
	.string	"lo"
	.byte	0x5
	.byte	0x1c
	.4byte	0x72
	.byte	0
	.uleb128 0x4
	.string	"hi"
	.byte	0x5
	.byte	0x20
	.4byte	0x72
	.byte	0x8
	.uleb128 0xf
	.4byte	.LASF12
	.byte	0x1
	.byte	0x5
	.byte	0x29
	.4byte	0xc6
	.byte	0x10
	.byte	0
	.uleb128 0x7
	.4byte	0x92
	.uleb128 0x9
	.4byte	0x66
	.4byte	0xd6
	.uleb128 0xa
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0x10
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xee
	.uleb128 0x11
	.4byte	0xee
	.uleb128 0x12
	.byte	0
	.uleb128 0x5
	.4byte	0x6d
	.uleb128 0x13
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ad
	.uleb128 0x3
	.string	"rs"
	.byte	0x1e
	.byte	0x11
	.4byte	0x1ad
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.uleb128 0x6
	.4byte	.LASF13
	.byte	0x24
	.byte	0x12
	.4byte	0x72
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x6
	.4byte	.LASF14
	.byte	0x25
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x6
	.4byte	.LASF15
	.byte	0x2c
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x14
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x170
	.uleb128 0x3
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.uleb128 0xb
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x3
	.string	"i"
	.byte	0x2d
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0xb
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x3
	.string	"j"
	.byte	0x2e
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x92
	.4byte	0x1bd
	.uleb128 0xa
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.uleb128 0xc
	.4byte	.LASF16
	.byte	0x17
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1f7
	.uleb128 0x2
	.string	"a"
	.byte	0x17
	.byte	0x21
	.4byte	0x92
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x2
	.string	"b"
	.byte	0x17
	.byte	0x30
	.4byte	0x92
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x15
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x22e
	.uleb128 0x2
	.string	"r"
	.byte	0xf
	.byte	0x1f
	.4byte	0x22e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"d"
	.byte	0xf
	.byte	0x26
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.uleb128 0x5
	.4byte	0x92
	.uleb128 0xc
	.4byte	.LASF17
	.byte	0xd
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x261
	.uleb128 0x2
	.string	"r"
	.byte	0xd
	.byte	0x25
	.4byte	0x261
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x5
	.4byte	0xc1
	.uleb128 0x16
	.string	"add"
	.byte	0x1
	.byte	0x7
	.byte	0x15
	.4byte	0x72
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"a"
	.byte	0x7
	.byte	0x26
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"b"
	.byte	0x7
	.byte	0x36
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x3
	.string	"r"
	.byte	0x9
	.byte	0x12
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
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
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x11
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x15
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
.LASF21:
	.string	"main"
.LASF15:
	.string	"pairs"
.LASF14:
	.string	"areas"
.LASF8:
	.string	"long int"
.LASF20:
	.string	"printf"
.LASF12:
	.string	"name"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF18:
	.string	"grow"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF16:
	.string	"overlaps"
.LASF2:
	.string	"long unsigned int"
.LASF10:
	.string	"point"
.LASF13:
	.string	"total"
.LASF11:
	.string	"rect"
.LASF17:
	.string	"area"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/struct_points.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
