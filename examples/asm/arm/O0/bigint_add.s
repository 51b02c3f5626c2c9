	.arch armv8-a
	.file	"bigint_add.c"
	.text
.Ltext0:
	.file 0 "." "programs/bigint_add.c"
	.align	2
	.type	big_set, %function
big_set:
.LFB0:
	.file 1 "programs/bigint_add.c"
	.loc 1 11 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	.loc 1 12 16
	ldr	x0, [sp, 8]
	ldr	w1, [sp, 4]
	str	w1, [x0]
	.loc 1 13 10
	ldr	x0, [sp, 8]
	mov	w1, 1
	str	w1, [x0, 160]
	.loc 1 14 1
	nop
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	big_set, .-big_set
	.align	2
	.type	big_mul_small, %function
big_mul_small:
.LFB1:
	.loc 1 17 1
	.cfi_startproc
	sub	sp, sp, #48
	.cfi_def_cfa_offset 48
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	.loc 1 18 14
	str	xzr, [sp, 40]
.LBB2:
	.loc 1 19 14
	str	wzr, [sp, 36]
	.loc 1 19 5
	b	.L3
.L4:
.LBB3:
	.loc 1 20 39 discriminator 3
	ldr	x0, [sp, 8]
	ldrsw	x1, [sp, 36]
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 20 22 discriminator 3
	uxtw	x1, w0
	.loc 1 20 43 discriminator 3
	ldr	w0, [sp, 4]
	mul	x0, x1, x0
	.loc 1 20 18 discriminator 3
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	str	x0, [sp, 24]
	.loc 1 21 35 discriminator 3
	ldr	x1, [sp, 24]
	lsr	x2, x1, 9
	mov	x0, 23123
	movk	x0, 0xa09b, lsl 16
	movk	x0, 0xb82f, lsl 32
	movk	x0, 0x44, lsl 48
	umulh	x0, x2, x0
	lsr	x0, x0, 11
	mov	x2, 51712
	movk	x2, 0x3b9a, lsl 16
	mul	x0, x0, x2
	sub	x0, x1, x0
	.loc 1 21 22 discriminator 3
	mov	w2, w0
	.loc 1 21 20 discriminator 3
	ldr	x0, [sp, 8]
	ldrsw	x1, [sp, 36]
	str	w2, [x0, x1, lsl 2]
	.loc 1 22 15 discriminator 3
	ldr	x0, [sp, 24]
	lsr	x1, x0, 9
	mov	x0, 23123
	movk	x0, 0xa09b, lsl 16
	movk	x0, 0xb82f, lsl 32
	movk	x0, 0x44, lsl 48
	umulh	x0, x1, x0
	lsr	x0, x0, 11
	str	x0, [sp, 40]
.LBE3:
	.loc 1 19 32 discriminator 3
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L3:
	.loc 1 19 26 discriminator 1
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 160]
	.loc 1 19 23 discriminator 1
	ldr	w1, [sp, 36]
	cmp	w1, w0
	blt	.L4
.LBE2:
	.loc 1 24 11
	b	.L5
.L7:
	.loc 1 25 44
	ldr	x1, [sp, 40]
	lsr	x2, x1, 9
	mov	x0, 23123
	movk	x0, 0xa09b, lsl 16
	movk	x0, 0xb82f, lsl 32
	movk	x0, 0x44, lsl 48
	umulh	x0, x2, x0
	lsr	x0, x0, 11
	mov	x2, 51712
	movk	x2, 0x3b9a, lsl 16
	mul	x0, x0, x2
	sub	x0, x1, x0
	.loc 1 25 18
	ldr	x1, [sp, 8]
	ldr	w1, [x1, 160]
	.loc 1 25 21
	add	w3, w1, 1
	ldr	x2, [sp, 8]
	str	w3, [x2, 160]
	.loc 1 25 27
	mov	w2, w0
	.loc 1 25 25
	ldr	x0, [sp, 8]
	sxtw	x1, w1
	str	w2, [x0, x1, lsl 2]
	.loc 1 26 15
	ldr	x0, [sp, 40]
	lsr	x1, x0, 9
	mov	x0, 23123
	movk	x0, 0xa09b, lsl 16
	movk	x0, 0xb82f, lsl 32
	movk	x0, 0x44, lsl 48
	umulh	x0, x1, x0
	lsr	x0, x0, 11
	str	x0, [sp, 40]
.L5:
	.loc 1 24 18
	ldr	x0, [sp, 40]
	cmp	x0, 0
	beq	.L8
	.loc 1 24 22 discriminator 1
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 160]
	.loc 1 24 18 discriminator 1
	cmp	w0, 39
	ble	.L7
.L8:
	.loc 1 28 1
	nop
	add	sp, sp, 48
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	big_mul_small, .-big_mul_small
	.align	2
	.type	big_add, %function
big_add:
.LFB2:
	.loc 1 31 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 32 14
	str	wzr, [sp, 28]
	.loc 1 33 21
	ldr	x0, [sp]
	ldr	w1, [x0, 160]
	.loc 1 33 14
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 160]
	.loc 1 33 9
	cmp	w1, w0
	csel	w0, w1, w0, ge
	str	w0, [sp, 20]
.LBB4:
	.loc 1 34 14
	str	wzr, [sp, 24]
	.loc 1 34 5
	b	.L10
.L17:
.LBB5:
	.loc 1 35 28
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 160]
	.loc 1 35 45
	ldr	w1, [sp, 24]
	cmp	w1, w0
	bge	.L11
	.loc 1 35 45 is_stmt 0 discriminator 1
	ldr	x0, [sp, 8]
	ldrsw	x1, [sp, 24]
	ldr	w1, [x0, x1, lsl 2]
	b	.L12
.L11:
	.loc 1 35 45 discriminator 2
	mov	w1, 0
.L12:
	.loc 1 35 58 is_stmt 1 discriminator 4
	ldr	x0, [sp]
	ldr	w0, [x0, 160]
	.loc 1 35 75 discriminator 4
	ldr	w2, [sp, 24]
	cmp	w2, w0
	bge	.L13
	.loc 1 35 75 is_stmt 0 discriminator 5
	ldr	x0, [sp]
	ldrsw	x2, [sp, 24]
	ldr	w0, [x0, x2, lsl 2]
	b	.L14
.L13:
	.loc 1 35 75 discriminator 6
	mov	w0, 0
.L14:
	.loc 1 35 50 is_stmt 1 discriminator 8
	add	w0, w1, w0
	.loc 1 35 18 discriminator 8
	ldr	w1, [sp, 28]
	add	w0, w1, w0
	str	w0, [sp, 16]
	.loc 1 36 19 discriminator 8
	ldr	w1, [sp, 16]
	mov	w0, 51711
	movk	w0, 0x3b9a, lsl 16
	cmp	w1, w0
	cset	w0, hi
	and	w0, w0, 255
	.loc 1 36 15 discriminator 8
	str	w0, [sp, 28]
	.loc 1 37 40 discriminator 8
	ldr	w0, [sp, 28]
	cmp	w0, 0
	beq	.L15
	.loc 1 37 40 is_stmt 0 discriminator 1
	mov	w0, 51712
	movk	w0, 0x3b9a, lsl 16
	b	.L16
.L15:
	.loc 1 37 40 discriminator 2
	mov	w0, 0
.L16:
	.loc 1 37 24 is_stmt 1 discriminator 4
	ldr	w1, [sp, 16]
	sub	w2, w1, w0
	.loc 1 37 20 discriminator 4
	ldr	x0, [sp, 8]
	ldrsw	x1, [sp, 24]
	str	w2, [x0, x1, lsl 2]
.LBE5:
	.loc 1 34 29 discriminator 4
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L10:
	.loc 1 34 23 discriminator 2
	ldr	w1, [sp, 24]
	ldr	w0, [sp, 20]
	cmp	w1, w0
	blt	.L17
.LBE4:
	.loc 1 39 10
	ldr	x0, [sp, 8]
	ldr	w1, [sp, 20]
	str	w1, [x0, 160]
	.loc 1 40 8
	ldr	w0, [sp, 28]
	cmp	w0, 0
	beq	.L19
	.loc 1 40 15 discriminator 1
	ldr	w0, [sp, 20]
	cmp	w0, 39
	bgt	.L19
	.loc 1 41 18
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 160]
	.loc 1 41 21
	add	w2, w0, 1
	ldr	x1, [sp, 8]
	str	w2, [x1, 160]
	.loc 1 41 25
	ldr	x1, [sp, 8]
	sxtw	x0, w0
	mov	w2, 1
	str	w2, [x1, x0, lsl 2]
.L19:
	.loc 1 42 1
	nop
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	big_add, .-big_add
	.section	.rodata
	.align	3
.LC0:
	.string	"%s = %u"
	.align	3
.LC1:
	.string	"%09u"
	.text
	.align	2
	.type	big_print, %function
big_print:
.LFB3:
	.loc 1 45 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	.loc 1 46 37
	ldr	x0, [sp, 16]
	ldr	w0, [x0, 160]
	.loc 1 46 41
	sub	w1, w0, #1
	.loc 1 46 35
	ldr	x0, [sp, 16]
	sxtw	x1, w1
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 46 5
	mov	w2, w0
	ldr	x1, [sp, 24]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LBB6:
	.loc 1 47 19
	ldr	x0, [sp, 16]
	ldr	w0, [x0, 160]
	.loc 1 47 14
	sub	w0, w0, #2
	str	w0, [sp, 44]
	.loc 1 47 5
	b	.L21
.L22:
	.loc 1 48 31 discriminator 3
	ldr	x0, [sp, 16]
	ldrsw	x1, [sp, 44]
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 48 9 discriminator 3
	mov	w1, w0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 47 37 discriminator 3
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	str	w0, [sp, 44]
.L21:
	.loc 1 47 30 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 0
	bge	.L22
.LBE6:
	.loc 1 49 5
	mov	w0, 10
	bl	putchar
	.loc 1 50 1
	nop
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	big_print, .-big_print
	.section	.rodata
	.align	3
.LC2:
	.string	"50!"
	.align	3
.LC3:
	.string	"2^200"
	.align	3
.LC4:
	.string	"sum"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB4:
	.loc 1 53 1
	.cfi_startproc
	sub	sp, sp, #528
	.cfi_def_cfa_offset 528
	stp	x29, x30, [sp]
	.cfi_offset 29, -528
	.cfi_offset 30, -520
	mov	x29, sp
	.loc 1 55 5
	add	x0, sp, 352
	mov	w1, 1
	bl	big_set
.LBB7:
	.loc 1 56 19
	mov	w0, 2
	str	w0, [sp, 524]
	.loc 1 56 5
	b	.L24
.L25:
	.loc 1 57 9 discriminator 3
	add	x0, sp, 352
	ldr	w1, [sp, 524]
	bl	big_mul_small
	.loc 1 56 36 discriminator 3
	ldr	w0, [sp, 524]
	add	w0, w0, 1
	str	w0, [sp, 524]
.L24:
	.loc 1 56 28 discriminator 1
	ldr	w0, [sp, 524]
	cmp	w0, 50
	bls	.L25
.LBE7:
	.loc 1 58 5
	add	x0, sp, 352
	mov	x1, x0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	big_print
	.loc 1 59 5
	add	x0, sp, 184
	mov	w1, 1
	bl	big_set
.LBB8:
	.loc 1 60 14
	str	wzr, [sp, 520]
	.loc 1 60 5
	b	.L26
.L27:
	.loc 1 61 9 discriminator 3
	add	x0, sp, 184
	mov	w1, 2
	bl	big_mul_small
	.loc 1 60 31 discriminator 3
	ldr	w0, [sp, 520]
	add	w0, w0, 1
	str	w0, [sp, 520]
.L26:
	.loc 1 60 23 discriminator 1
	ldr	w0, [sp, 520]
	cmp	w0, 199
	ble	.L27
.LBE8:
	.loc 1 62 5
	add	x0, sp, 184
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	big_print
	.loc 1 63 7
	add	x0, sp, 16
	add	x1, sp, 352
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	ldp	q0, q1, [x1, 64]
	stp	q0, q1, [x0, 64]
	ldp	q0, q1, [x1, 96]
	stp	q0, q1, [x0, 96]
	ldp	q0, q1, [x1, 128]
	stp	q0, q1, [x0, 128]
	ldr	w1, [x1, 160]
	str	w1, [x0, 160]
	.loc 1 64 5
	add	x1, sp, 184
	add	x0, sp, 16
	bl	big_add
	.loc 1 65 5
	add	x0, sp, 16
	mov	x1, x0
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	big_print
	.loc 1 66 13
	ldr	w0, [sp, 176]
	.loc 1 67 1
	ldp	x29, x30, [sp]
	add	sp, sp, 528
	.cfi_restore 29
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x31d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
	.4byte	.LASF19
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
	.uleb128 0xb
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
	.uleb128 0x5
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0x7
	.4byte	0x7e
	.uleb128 0x5
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x5f
	.uleb128 0x5
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x72
	.uleb128 0xc
	.string	"big"
	.byte	0xa4
	.byte	0x1
	.byte	0x8
	.byte	0x8
	.4byte	0xc8
	.uleb128 0xd
	.4byte	.LASF14
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0xcd
	.byte	0
	.uleb128 0xe
	.string	"n"
	.byte	0x1
	.byte	0x8
	.byte	0x28
	.4byte	0x35
	.byte	0xa0
	.byte	0
	.uleb128 0x7
	.4byte	0xa2
	.uleb128 0xf
	.4byte	0x8a
	.4byte	0xdd
	.uleb128 0x10
	.4byte	0x2e
	.byte	0x27
	.byte	0
	.uleb128 0x11
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xf5
	.uleb128 0x12
	.4byte	0xf5
	.uleb128 0x13
	.byte	0
	.uleb128 0x6
	.4byte	0x85
	.uleb128 0x14
	.4byte	.LASF21
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x184
	.uleb128 0x1
	.string	"f"
	.byte	0x36
	.byte	0x10
	.4byte	0xa2
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.uleb128 0x1
	.string	"p"
	.byte	0x36
	.byte	0x13
	.4byte	0xa2
	.uleb128 0x3
	.byte	0x91
	.sleb128 -344
	.uleb128 0x1
	.string	"s"
	.byte	0x36
	.byte	0x16
	.4byte	0xa2
	.uleb128 0x3
	.byte	0x91
	.sleb128 -512
	.uleb128 0x15
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x165
	.uleb128 0x1
	.string	"i"
	.byte	0x38
	.byte	0x13
	.4byte	0x8a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x4
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.uleb128 0x1
	.string	"i"
	.byte	0x3c
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.uleb128 0x16
	.4byte	.LASF15
	.byte	0x1
	.byte	0x2c
	.byte	0xd
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1db
	.uleb128 0x3
	.string	"tag"
	.byte	0x2c
	.byte	0x23
	.4byte	0xf5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"b"
	.byte	0x2c
	.byte	0x3a
	.4byte	0x1db
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x4
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.uleb128 0x1
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.byte	0
	.uleb128 0x6
	.4byte	0xc8
	.uleb128 0x8
	.4byte	.LASF16
	.byte	0x1e
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x26a
	.uleb128 0x3
	.string	"a"
	.byte	0x1e
	.byte	0x21
	.4byte	0x26a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"b"
	.byte	0x1e
	.byte	0x36
	.4byte	0x1db
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x9
	.4byte	.LASF17
	.byte	0x20
	.4byte	0x8a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x1
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x4
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"x"
	.byte	0x23
	.byte	0x12
	.4byte	0x8a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.4byte	0xa2
	.uleb128 0x8
	.4byte	.LASF18
	.byte	0x10
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2ed
	.uleb128 0x3
	.string	"b"
	.byte	0x10
	.byte	0x27
	.4byte	0x26a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x3
	.string	"m"
	.byte	0x10
	.byte	0x33
	.4byte	0x8a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x9
	.4byte	.LASF17
	.byte	0x12
	.4byte	0x96
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x4
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"t"
	.byte	0x14
	.byte	0x12
	.4byte	0x96
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x17
	.4byte	.LASF22
	.byte	0x1
	.byte	0xa
	.byte	0xd
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"b"
	.byte	0xa
	.byte	0x21
	.4byte	0x26a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.string	"v"
	.byte	0xa
	.byte	0x2d
	.4byte	0x8a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0x21
	.sleb128 14
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x12
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.string	"big_add"
.LASF13:
	.string	"uint64_t"
.LASF7:
	.string	"short int"
.LASF21:
	.string	"main"
.LASF9:
	.string	"__uint32_t"
.LASF22:
	.string	"big_set"
.LASF8:
	.string	"long int"
.LASF20:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF12:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF15:
	.string	"big_print"
.LASF4:
	.string	"short unsigned int"
.LASF17:
	.string	"carry"
.LASF11:
	.string	"char"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF10:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"big_mul_small"
.LASF14:
	.string	"limb"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bigint_add.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
