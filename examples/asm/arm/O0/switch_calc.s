	.arch armv8-a
	.file	"switch_calc.c"
	.text
.Ltext0:
	.file 0 "." "programs/switch_calc.c"
	.align	2
	.type	apply, %function
apply:
.LFB0:
	.file 1 "programs/switch_calc.c"
	.loc 1 5 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	strb	w0, [sp, 31]
	str	x1, [sp, 16]
	str	x2, [sp, 8]
	str	x3, [sp]
	.loc 1 6 9
	ldr	x0, [sp]
	mov	w1, 1
	str	w1, [x0]
	.loc 1 7 5
	ldrb	w0, [sp, 31]
	sub	w0, w0, #37
	cmp	w0, 87
	bhi	.L20
	adrp	x1, .L4
	add	x1, x1, :lo12:.L4
	ldr	w0, [x1,w0,uxtw #2]
	adr	x1, .Lrtx4
	add	x0, x1, w0, sxtw #2
	br	x0
.Lrtx4:
	.section	.rodata
	.align	0
	.align	2
.L4:
	.word	(.L15 - .Lrtx4) / 4
	.word	(.L14 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L13 - .Lrtx4) / 4
	.word	(.L12 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L11 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L10 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L9 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L8 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L7 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L6 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L5 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L20 - .Lrtx4) / 4
	.word	(.L3 - .Lrtx4) / 4
	.text
.L12:
	.loc 1 8 24
	ldr	x1, [sp, 16]
	ldr	x0, [sp, 8]
	add	x0, x1, x0
	b	.L16
.L11:
	.loc 1 9 24
	ldr	x1, [sp, 16]
	ldr	x0, [sp, 8]
	sub	x0, x1, x0
	b	.L16
.L13:
	.loc 1 10 24
	ldr	x1, [sp, 16]
	ldr	x0, [sp, 8]
	mul	x0, x1, x0
	b	.L16
.L10:
	.loc 1 12 12
	ldr	x0, [sp, 8]
	cmp	x0, 0
	beq	.L21
	.loc 1 13 18
	ldr	x1, [sp, 16]
	ldr	x0, [sp, 8]
	sdiv	x0, x1, x0
	b	.L16
.L15:
	.loc 1 15 12
	ldr	x0, [sp, 8]
	cmp	x0, 0
	beq	.L22
	.loc 1 16 18
	ldr	x0, [sp, 16]
	ldr	x1, [sp, 8]
	sdiv	x2, x0, x1
	ldr	x1, [sp, 8]
	mul	x1, x2, x1
	sub	x0, x0, x1
	b	.L16
.L14:
	.loc 1 17 24
	ldr	x1, [sp, 16]
	ldr	x0, [sp, 8]
	and	x0, x1, x0
	b	.L16
.L3:
	.loc 1 18 24
	ldr	x1, [sp, 16]
	ldr	x0, [sp, 8]
	orr	x0, x1, x0
	b	.L16
.L6:
	.loc 1 19 24
	ldr	x1, [sp, 16]
	ldr	x0, [sp, 8]
	eor	x0, x1, x0
	b	.L16
.L9:
	.loc 1 20 30
	ldr	x0, [sp, 8]
	and	w0, w0, 63
	.loc 1 20 24
	ldr	x1, [sp, 16]
	lsl	x0, x1, x0
	b	.L16
.L8:
	.loc 1 21 30
	ldr	x0, [sp, 8]
	and	w0, w0, 63
	.loc 1 21 24
	ldr	x1, [sp, 16]
	asr	x0, x1, x0
	b	.L16
.L5:
	.loc 1 22 32
	ldr	x0, [sp, 16]
	ldr	x2, [sp, 8]
	ldr	x1, [sp, 8]
	cmp	x2, x0
	csel	x0, x1, x0, le
	b	.L16
.L7:
	.loc 1 23 32
	ldr	x0, [sp, 16]
	ldr	x2, [sp, 8]
	ldr	x1, [sp, 8]
	cmp	x2, x0
	csel	x0, x1, x0, ge
	b	.L16
.L20:
	.loc 1 24 14
	nop
	b	.L18
.L21:
	.loc 1 12 21
	nop
	b	.L18
.L22:
	.loc 1 15 21
	nop
.L18:
	.loc 1 26 9
	ldr	x0, [sp]
	str	wzr, [x0]
	.loc 1 27 12
	mov	x0, 0
.L16:
	.loc 1 28 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	apply, .-apply
	.section	.rodata
	.align	3
.LC0:
	.string	"%ld %c %ld = %ld\n"
	.align	3
.LC1:
	.string	"error: %c %ld %ld\n"
	.align	3
.LC2:
	.string	" %c %ld %ld"
	.align	3
.LC3:
	.string	"%d lines, %d errors, sum %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB1:
	.loc 1 31 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	.loc 1 34 9
	str	wzr, [sp, 76]
	.loc 1 34 21
	str	wzr, [sp, 72]
	.loc 1 35 10
	str	xzr, [sp, 64]
	.loc 1 36 11
	b	.L25
.L28:
.LBB2:
	.loc 1 38 18
	ldrb	w4, [sp, 55]
	ldr	x0, [sp, 40]
	ldr	x1, [sp, 32]
	add	x2, sp, 28
	mov	x3, x2
	mov	x2, x1
	mov	x1, x0
	mov	w0, w4
	bl	apply
	str	x0, [sp, 56]
	.loc 1 39 14
	ldr	w0, [sp, 72]
	add	w0, w0, 1
	str	w0, [sp, 72]
	.loc 1 40 13
	ldr	w0, [sp, 28]
	.loc 1 40 12
	cmp	w0, 0
	beq	.L26
	.loc 1 41 13
	ldr	x0, [sp, 40]
	ldrb	w1, [sp, 55]
	mov	w2, w1
	ldr	x1, [sp, 32]
	ldr	x4, [sp, 56]
	mov	x3, x1
	mov	x1, x0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 42 17
	ldr	x1, [sp, 64]
	ldr	x0, [sp, 56]
	add	x0, x1, x0
	str	x0, [sp, 64]
	b	.L25
.L26:
	.loc 1 44 13
	ldrb	w0, [sp, 55]
	mov	w4, w0
	ldr	x0, [sp, 40]
	ldr	x1, [sp, 32]
	mov	x3, x1
	mov	x2, x0
	mov	w1, w4
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 45 19
	ldr	w0, [sp, 76]
	add	w0, w0, 1
	str	w0, [sp, 76]
.L25:
.LBE2:
	.loc 1 36 12
	add	x2, sp, 32
	add	x1, sp, 40
	add	x0, sp, 55
	mov	x3, x2
	mov	x2, x1
	mov	x1, x0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	__isoc99_scanf
	.loc 1 36 46
	cmp	w0, 3
	beq	.L28
	.loc 1 48 5
	ldr	x3, [sp, 64]
	ldr	w2, [sp, 76]
	ldr	w1, [sp, 72]
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 49 12
	ldr	w0, [sp, 76]
	.loc 1 50 1
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x199
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x8
	.4byte	.LASF12
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
	.uleb128 0x9
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
	.uleb128 0xa
	.4byte	0x66
	.uleb128 0xb
	.4byte	.LASF13
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF14
	.4byte	0x35
	.4byte	0x8e
	.uleb128 0x4
	.4byte	0x8e
	.uleb128 0x5
	.byte	0
	.uleb128 0x6
	.4byte	0x6d
	.uleb128 0xc
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xab
	.uleb128 0x4
	.4byte	0x8e
	.uleb128 0x5
	.byte	0
	.uleb128 0xd
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x146
	.uleb128 0x2
	.string	"op"
	.byte	0x20
	.byte	0xa
	.4byte	0x66
	.uleb128 0x2
	.byte	0x91
	.sleb128 -25
	.uleb128 0x2
	.string	"a"
	.byte	0x21
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.string	"b"
	.byte	0x21
	.byte	0xd
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x7
	.4byte	.LASF10
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x7
	.4byte	.LASF11
	.byte	0x15
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0xe
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"ok"
	.byte	0x25
	.byte	0xd
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.uleb128 0x2
	.string	"r"
	.byte	0x26
	.byte	0xe
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x197
	.uleb128 0x3
	.string	"op"
	.byte	0x18
	.4byte	0x66
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
	.uleb128 0x3
	.string	"a"
	.byte	0x21
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x3
	.string	"b"
	.byte	0x29
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"ok"
	.byte	0x31
	.4byte	0x197
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x6
	.4byte	0x35
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
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
	.uleb128 0x21
	.sleb128 34
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0x6e
	.uleb128 0xe
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
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF13:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF12:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF14:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF17:
	.string	"apply"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF10:
	.string	"errors"
.LASF7:
	.string	"short int"
.LASF11:
	.string	"lines"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/switch_calc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
