	.arch armv8-a
	.file	"mutual_recursion.c"
	.text
.Ltext0:
	.file 0 "." "programs/mutual_recursion.c"
	.align	2
	.type	is_even, %function
is_even:
.LFB0:
	.file 1 "programs/mutual_recursion.c"
	.loc 1 5 32
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	str	w0, [sp, 28]
	.loc 1 5 52
	ldr	w0, [sp, 28]
	cmp	w0, 0
	beq	.L2
	.loc 1 5 54 discriminator 1
	ldr	w0, [sp, 28]
	sub	w0, w0, #1
	bl	is_odd
	.loc 1 5 52 discriminator 1
	b	.L4
.L2:
	.loc 1 5 52 is_stmt 0 discriminator 2
	mov	w0, 1
.L4:
	.loc 1 5 69 is_stmt 1 discriminator 5
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	is_even, .-is_even
	.align	2
	.type	is_odd, %function
is_odd:
.LFB1:
	.loc 1 6 31
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	str	w0, [sp, 28]
	.loc 1 6 51
	ldr	w0, [sp, 28]
	cmp	w0, 0
	beq	.L6
	.loc 1 6 53 discriminator 1
	ldr	w0, [sp, 28]
	sub	w0, w0, #1
	bl	is_even
	.loc 1 6 51 discriminator 1
	b	.L8
.L6:
	.loc 1 6 51 is_stmt 0 discriminator 2
	mov	w0, 0
.L8:
	.loc 1 6 69 is_stmt 1 discriminator 5
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	is_odd, .-is_odd
	.local	p
	.comm	p,8,8
	.align	2
	.type	factor, %function
factor:
.LFB2:
	.loc 1 13 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 14 11
	b	.L10
.L11:
	.loc 1 15 10
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
.L10:
	.loc 1 14 12
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 14 15
	cmp	w0, 32
	beq	.L11
	.loc 1 16 9
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 16 8
	cmp	w0, 40
	bne	.L12
.LBB2:
	.loc 1 17 10
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
	.loc 1 18 18
	bl	expr
	str	x0, [sp, 16]
	.loc 1 19 13
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 19 12
	cmp	w0, 41
	bne	.L13
	.loc 1 20 14
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
.L13:
	.loc 1 21 16
	ldr	x0, [sp, 16]
	b	.L14
.L12:
.LBE2:
	.loc 1 23 9
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 23 8
	cmp	w0, 45
	bne	.L15
	.loc 1 24 10
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
	.loc 1 25 17
	bl	factor
	.loc 1 25 16
	neg	x0, x0
	b	.L14
.L15:
	.loc 1 27 10
	str	xzr, [sp, 24]
	.loc 1 28 11
	b	.L16
.L18:
	.loc 1 29 15
	ldr	x1, [sp, 24]
	mov	x0, x1
	lsl	x0, x0, 2
	add	x0, x0, x1
	lsl	x0, x0, 1
	mov	x3, x0
	.loc 1 29 25
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x2, x0, 1
	adrp	x1, p
	add	x1, x1, :lo12:p
	str	x2, [x1]
	.loc 1 29 23
	ldrb	w0, [x0]
	.loc 1 29 28
	sub	w0, w0, #48
	sxtw	x0, w0
	.loc 1 29 11
	add	x0, x3, x0
	str	x0, [sp, 24]
.L16:
	.loc 1 28 12
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 28 22
	cmp	w0, 47
	bls	.L17
	.loc 1 28 25 discriminator 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 28 22 discriminator 1
	cmp	w0, 57
	bls	.L18
.L17:
	.loc 1 30 12
	ldr	x0, [sp, 24]
.L14:
	.loc 1 31 1
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	factor, .-factor
	.align	2
	.type	term, %function
term:
.LFB3:
	.loc 1 34 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 35 14
	bl	factor
	str	x0, [sp, 24]
	.loc 1 37 15
	b	.L20
.L21:
	.loc 1 38 14
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
.L20:
	.loc 1 37 16
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 37 19
	cmp	w0, 32
	beq	.L21
	.loc 1 39 13
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 39 12
	cmp	w0, 42
	bne	.L22
	.loc 1 39 27 discriminator 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
	.loc 1 39 36 discriminator 1
	bl	factor
	mov	x1, x0
	.loc 1 39 33 discriminator 1
	ldr	x0, [sp, 24]
	mul	x0, x0, x1
	str	x0, [sp, 24]
	b	.L20
.L22:
	.loc 1 40 18
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 40 17
	cmp	w0, 47
	bne	.L24
.LBB3:
	.loc 1 40 32 discriminator 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
	.loc 1 40 45 discriminator 1
	bl	factor
	str	x0, [sp, 16]
	.loc 1 40 69 discriminator 1
	ldr	x0, [sp, 16]
	cmp	x0, 0
	beq	.L25
	.loc 1 40 69 is_stmt 0 discriminator 2
	ldr	x1, [sp, 24]
	ldr	x0, [sp, 16]
	sdiv	x0, x1, x0
	b	.L26
.L25:
	.loc 1 40 69 discriminator 3
	mov	x0, 0
.L26:
	.loc 1 40 57 is_stmt 1 discriminator 5
	str	x0, [sp, 24]
.LBE3:
	b	.L20
.L24:
	.loc 1 41 21
	ldr	x0, [sp, 24]
	.loc 1 43 1
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	term, .-term
	.align	2
	.type	expr, %function
expr:
.LFB4:
	.loc 1 46 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 47 14
	bl	term
	str	x0, [sp, 24]
	.loc 1 49 15
	b	.L31
.L32:
	.loc 1 50 14
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
.L31:
	.loc 1 49 16
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 49 19
	cmp	w0, 32
	beq	.L32
	.loc 1 51 13
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 51 12
	cmp	w0, 43
	bne	.L33
	.loc 1 51 27 discriminator 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
	.loc 1 51 36 discriminator 1
	bl	term
	mov	x1, x0
	.loc 1 51 33 discriminator 1
	ldr	x0, [sp, 24]
	add	x0, x0, x1
	str	x0, [sp, 24]
	b	.L31
.L33:
	.loc 1 52 18
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	ldrb	w0, [x0]
	.loc 1 52 17
	cmp	w0, 45
	bne	.L35
	.loc 1 52 32 discriminator 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
	.loc 1 52 41 discriminator 1
	bl	term
	mov	x1, x0
	.loc 1 52 38 discriminator 1
	ldr	x0, [sp, 24]
	sub	x0, x0, x1
	str	x0, [sp, 24]
	b	.L31
.L35:
	.loc 1 53 21
	ldr	x0, [sp, 24]
	.loc 1 55 1
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4:
	.size	expr, .-expr
	.section	.rodata
	.align	3
.LC0:
	.string	"even(10)=%d odd(7)=%d even(333)=%d\n"
	.align	3
.LC1:
	.string	"%s = %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB5:
	.loc 1 58 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	str	w0, [sp, 44]
	str	x1, [sp, 32]
	.loc 1 59 5
	mov	w0, 10
	bl	is_even
	mov	w19, w0
	mov	w0, 7
	bl	is_odd
	mov	w20, w0
	mov	w0, 333
	bl	is_even
	mov	w3, w0
	mov	w2, w20
	mov	w1, w19
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 60 10
	str	xzr, [sp, 56]
.LBB4:
	.loc 1 61 14
	mov	w0, 1
	str	w0, [sp, 52]
	.loc 1 61 5
	b	.L40
.L41:
	.loc 1 62 17 discriminator 3
	ldrsw	x0, [sp, 52]
	lsl	x0, x0, 3
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	ldr	x1, [x0]
	.loc 1 62 11 discriminator 3
	adrp	x0, p
	add	x0, x0, :lo12:p
	str	x1, [x0]
	.loc 1 63 16 discriminator 3
	bl	expr
	str	x0, [sp, 56]
	.loc 1 64 34 discriminator 3
	ldrsw	x0, [sp, 52]
	lsl	x0, x0, 3
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 64 9 discriminator 3
	ldr	x0, [x0]
	ldr	x2, [sp, 56]
	mov	x1, x0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 61 32 discriminator 3
	ldr	w0, [sp, 52]
	add	w0, w0, 1
	str	w0, [sp, 52]
.L40:
	.loc 1 61 23 discriminator 1
	ldr	w1, [sp, 52]
	ldr	w0, [sp, 44]
	cmp	w1, w0
	blt	.L41
.LBE4:
	.loc 1 66 12
	ldr	x0, [sp, 56]
	and	w0, w0, 127
	.loc 1 67 1
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE5:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x232
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x8
	.4byte	.LASF17
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
	.uleb128 0x4
	.4byte	0x6b
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xa
	.4byte	0x6b
	.uleb128 0x2
	.string	"p"
	.byte	0x8
	.byte	0x14
	.4byte	0x8a
	.uleb128 0x9
	.byte	0x3
	.8byte	p
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0xb
	.4byte	.LASF18
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xa7
	.uleb128 0xc
	.4byte	0x8a
	.uleb128 0xd
	.byte	0
	.uleb128 0xe
	.4byte	.LASF19
	.byte	0x1
	.byte	0x39
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB5
	.8byte	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x111
	.uleb128 0x6
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x6
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x111
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0xf
	.4byte	.LASF12
	.byte	0x1
	.byte	0x3c
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x2
	.string	"i"
	.byte	0x3d
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x66
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x2d
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x144
	.uleb128 0x2
	.string	"v"
	.byte	0x2f
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x21
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x190
	.uleb128 0x2
	.string	"v"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"d"
	.byte	0x28
	.byte	0x29
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0xc
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1dc
	.uleb128 0x2
	.string	"v"
	.byte	0x1b
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"v"
	.byte	0x12
	.byte	0xe
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	.LASF16
	.byte	0x6
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x20a
	.uleb128 0x7
	.string	"n"
	.byte	0x6
	.byte	0x1c
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x10
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x7
	.string	"n"
	.byte	0x5
	.byte	0x1d
	.4byte	0x4a
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 57
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x7c
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
.LASF16:
	.string	"is_odd"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF12:
	.string	"last"
.LASF19:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF14:
	.string	"term"
.LASF15:
	.string	"factor"
.LASF10:
	.string	"argc"
.LASF13:
	.string	"expr"
.LASF18:
	.string	"printf"
.LASF11:
	.string	"argv"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"is_even"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/mutual_recursion.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
