	.arch armv8-a
	.file	"float_newton.c"
	.text
.Ltext0:
	.file 0 "." "programs/float_newton.c"
	.align	2
	.type	sqrt_newton, %function
sqrt_newton:
.LFB0:
	.file 1 "programs/float_newton.c"
	.loc 1 5 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	d0, [sp, 8]
	.loc 1 6 26
	ldr	d1, [sp, 8]
	fmov	d0, 1.0e+0
	fcmpe	d1, d0
	bgt	.L8
	b	.L9
.L8:
	.loc 1 6 26 is_stmt 0 discriminator 1
	ldr	d0, [sp, 8]
	b	.L4
.L9:
	.loc 1 6 26 discriminator 2
	fmov	d0, 1.0e+0
.L4:
	.loc 1 6 12 is_stmt 1 discriminator 4
	str	d0, [sp, 24]
.LBB2:
	.loc 1 7 14 discriminator 4
	str	wzr, [sp, 20]
	.loc 1 7 5 discriminator 4
	b	.L5
.L6:
	.loc 1 8 26 discriminator 3
	ldr	d0, [sp, 24]
	ldr	d1, [sp, 8]
	fdiv	d1, d1, d0
	.loc 1 8 22 discriminator 3
	ldr	d0, [sp, 24]
	fadd	d1, d1, d0
	.loc 1 8 11 discriminator 3
	fmov	d0, 5.0e-1
	fmul	d0, d1, d0
	str	d0, [sp, 24]
	.loc 1 7 30 discriminator 3
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L5:
	.loc 1 7 23 discriminator 1
	ldr	w0, [sp, 20]
	cmp	w0, 39
	ble	.L6
.LBE2:
	.loc 1 9 12
	ldr	d0, [sp, 24]
	.loc 1 10 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	sqrt_newton, .-sqrt_newton
	.align	2
	.type	cbrt_newton, %function
cbrt_newton:
.LFB1:
	.loc 1 13 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	s0, [sp, 12]
	.loc 1 14 35
	ldr	s1, [sp, 12]
	fmov	s0, 1.0e+0
	fcmpe	s1, s0
	bgt	.L17
	b	.L18
.L17:
	.loc 1 14 35 is_stmt 0 discriminator 1
	fmov	s0, 3.0e+0
	ldr	s1, [sp, 12]
	fdiv	s0, s1, s0
	b	.L13
.L18:
	.loc 1 14 35 discriminator 2
	fmov	s0, 1.0e+0
.L13:
	.loc 1 14 11 is_stmt 1 discriminator 4
	str	s0, [sp, 28]
.LBB3:
	.loc 1 15 14 discriminator 4
	str	wzr, [sp, 24]
	.loc 1 15 5 discriminator 4
	b	.L14
.L15:
	.loc 1 16 20 discriminator 3
	ldr	s0, [sp, 28]
	fmul	s1, s0, s0
	.loc 1 16 24 discriminator 3
	ldr	s0, [sp, 28]
	fmul	s1, s1, s0
	.loc 1 16 28 discriminator 3
	ldr	s0, [sp, 12]
	fsub	s1, s1, s0
	.loc 1 16 41 discriminator 3
	ldr	s2, [sp, 28]
	fmov	s0, 3.0e+0
	fmul	s2, s2, s0
	.loc 1 16 45 discriminator 3
	ldr	s0, [sp, 28]
	fmul	s0, s2, s0
	.loc 1 16 33 discriminator 3
	fdiv	s0, s1, s0
	.loc 1 16 11 discriminator 3
	ldr	s1, [sp, 28]
	fsub	s0, s1, s0
	str	s0, [sp, 28]
	.loc 1 15 30 discriminator 3
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L14:
	.loc 1 15 23 discriminator 1
	ldr	w0, [sp, 24]
	cmp	w0, 59
	ble	.L15
.LBE3:
	.loc 1 17 12
	ldr	s0, [sp, 28]
	.loc 1 18 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	cbrt_newton, .-cbrt_newton
	.section	.rodata
	.align	3
.LC0:
	.string	"sqrt(%d) = %.9f  cbrt(%d.5) = %.5f\n"
	.align	3
.LC1:
	.string	"total %.6f as int %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 21 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	.loc 1 22 12
	str	xzr, [sp, 56]
.LBB4:
	.loc 1 23 14
	mov	w0, 1
	str	w0, [sp, 52]
	.loc 1 23 5
	b	.L20
.L21:
.LBB5:
	.loc 1 24 20 discriminator 3
	ldr	w0, [sp, 52]
	scvtf	d1, w0
	fmov	d0, 7.0e+0
	fmul	d0, d1, d0
	bl	sqrt_newton
	str	d0, [sp, 32]
	.loc 1 25 41 discriminator 3
	ldr	w0, [sp, 52]
	mul	w1, w0, w0
	.loc 1 25 45 discriminator 3
	ldr	w0, [sp, 52]
	mul	w0, w1, w0
	.loc 1 25 31 discriminator 3
	scvtf	s1, w0
	.loc 1 25 19 discriminator 3
	fmov	s0, 5.0e-1
	fadd	s0, s1, s0
	bl	cbrt_newton
	str	s0, [sp, 28]
	.loc 1 26 9 discriminator 3
	ldr	w1, [sp, 52]
	mov	w0, w1
	lsl	w0, w0, 3
	sub	w3, w0, w1
	.loc 1 26 68 discriminator 3
	ldr	w0, [sp, 52]
	mul	w1, w0, w0
	.loc 1 26 9 discriminator 3
	ldr	w0, [sp, 52]
	mul	w0, w1, w0
	ldr	s0, [sp, 28]
	fcvt	d0, s0
	fmov	d1, d0
	mov	w2, w0
	ldr	d0, [sp, 32]
	mov	w1, w3
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 27 15 discriminator 3
	ldr	d1, [sp, 56]
	ldr	d0, [sp, 32]
	fadd	d0, d1, d0
	str	d0, [sp, 56]
.LBE5:
	.loc 1 23 31 discriminator 3
	ldr	w0, [sp, 52]
	add	w0, w0, 1
	str	w0, [sp, 52]
.L20:
	.loc 1 23 23 discriminator 1
	ldr	w0, [sp, 52]
	cmp	w0, 10
	ble	.L21
.LBE4:
	.loc 1 29 32
	ldr	d0, [sp, 56]
	mov	x0, 70368744177664
	movk	x0, 0x408f, lsl 48
	fmov	d1, x0
	fmul	d0, d0, d1
	.loc 1 29 10
	fcvtzs	d0, d0
	str	d0, [sp, 40]
	.loc 1 30 5
	ldr	x1, [sp, 40]
	ldr	d0, [sp, 56]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 31 25
	ldr	x1, [sp, 40]
	mov	x0, 55051
	movk	x0, 0x70a3, lsl 16
	movk	x0, 0xa3d, lsl 32
	movk	x0, 0xa3d7, lsl 48
	smulh	x0, x1, x0
	add	x0, x0, x1
	asr	x2, x0, 6
	asr	x0, x1, 63
	sub	x2, x2, x0
	mov	x0, x2
	lsl	x0, x0, 1
	add	x0, x0, x2
	lsl	x0, x0, 3
	add	x0, x0, x2
	lsl	x0, x0, 2
	sub	x2, x1, x0
	.loc 1 31 12
	mov	w0, w2
	.loc 1 32 1
	ldp	x29, x30, [sp], 64
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
	.4byte	0x1d0
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x6
	.4byte	.LASF14
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
	.uleb128 0x7
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
	.uleb128 0x8
	.4byte	0x66
	.uleb128 0x9
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x8a
	.uleb128 0xa
	.4byte	0x8a
	.uleb128 0xb
	.byte	0
	.uleb128 0xc
	.byte	0x8
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
	.4byte	0x117
	.uleb128 0x4
	.4byte	.LASF10
	.byte	0x16
	.byte	0xc
	.4byte	0x117
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.4byte	.LASF11
	.byte	0x1d
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x2
	.string	"k"
	.byte	0x17
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x3
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x2
	.string	"s"
	.byte	0x18
	.byte	0x10
	.4byte	0x117
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.string	"c"
	.byte	0x19
	.byte	0xf
	.4byte	0x11e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1
	.byte	0x8
	.byte	0x4
	.4byte	.LASF12
	.uleb128 0x1
	.byte	0x4
	.byte	0x4
	.4byte	.LASF13
	.uleb128 0xe
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0x11e
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x17e
	.uleb128 0x5
	.string	"a"
	.byte	0xc
	.byte	0x20
	.4byte	0x11e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.string	"x"
	.byte	0xe
	.byte	0xb
	.4byte	0x11e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x117
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x5
	.string	"a"
	.byte	0x4
	.byte	0x22
	.4byte	0x117
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"x"
	.byte	0x6
	.byte	0xc
	.4byte	0x117
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
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
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"main"
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF17:
	.string	"cbrt_newton"
.LASF8:
	.string	"long int"
.LASF18:
	.string	"sqrt_newton"
.LASF12:
	.string	"double"
.LASF15:
	.string	"printf"
.LASF10:
	.string	"total"
.LASF11:
	.string	"as_int"
.LASF13:
	.string	"float"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_newton.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
