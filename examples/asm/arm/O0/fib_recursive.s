	.arch armv8-a
	.file	"fib_recursive.c"
	.text
.Ltext0:
	.file 0 "." "programs/fib_recursive.c"
	.local	memo
	.comm	memo,728,8
	.align	2
	.type	fib, %function
fib:
.LFB6:
	.file 1 "programs/fib_recursive.c"
	.loc 1 7 24
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -32
	str	w0, [sp, 44]
	.loc 1 7 43
	ldr	w0, [sp, 44]
	cmp	w0, 1
	bgt	.L2
	.loc 1 7 43 is_stmt 0 discriminator 1
	ldrsw	x0, [sp, 44]
	b	.L4
.L2:
	.loc 1 7 45 is_stmt 1 discriminator 2
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	bl	fib
	mov	x19, x0
	.loc 1 7 58 discriminator 2
	ldr	w0, [sp, 44]
	sub	w0, w0, #2
	bl	fib
	.loc 1 7 43 discriminator 2
	add	x0, x19, x0
.L4:
	.loc 1 7 70 discriminator 5
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	fib, .-fib
	.align	2
	.type	fib_memo, %function
fib_memo:
.LFB7:
	.loc 1 10 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -32
	str	w0, [sp, 44]
	.loc 1 11 8
	ldr	w0, [sp, 44]
	cmp	w0, 1
	bgt	.L6
	.loc 1 12 16
	ldrsw	x0, [sp, 44]
	b	.L7
.L6:
	.loc 1 13 13
	adrp	x0, memo
	add	x0, x0, :lo12:memo
	ldrsw	x1, [sp, 44]
	ldr	x0, [x0, x1, lsl 3]
	.loc 1 13 8
	cmp	x0, 0
	beq	.L8
	.loc 1 14 20
	adrp	x0, memo
	add	x0, x0, :lo12:memo
	ldrsw	x1, [sp, 44]
	ldr	x0, [x0, x1, lsl 3]
	b	.L7
.L8:
	.loc 1 15 15
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	bl	fib_memo
	mov	x19, x0
	.loc 1 15 33
	ldr	w0, [sp, 44]
	sub	w0, w0, #2
	bl	fib_memo
	.loc 1 15 31
	add	x2, x19, x0
	.loc 1 15 13
	adrp	x0, memo
	add	x0, x0, :lo12:memo
	ldrsw	x1, [sp, 44]
	str	x2, [x0, x1, lsl 3]
	.loc 1 16 16
	adrp	x0, memo
	add	x0, x0, :lo12:memo
	ldrsw	x1, [sp, 44]
	ldr	x0, [x0, x1, lsl 3]
.L7:
	.loc 1 17 1
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	fib_memo, .-fib_memo
	.align	2
	.type	ackermann, %function
ackermann:
.LFB8:
	.loc 1 20 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -32
	str	w0, [sp, 44]
	str	w1, [sp, 40]
	.loc 1 21 8
	ldr	w0, [sp, 44]
	cmp	w0, 0
	bne	.L10
	.loc 1 22 18
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	b	.L11
.L10:
	.loc 1 23 8
	ldr	w0, [sp, 40]
	cmp	w0, 0
	bne	.L12
	.loc 1 24 16
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	mov	w1, 1
	bl	ackermann
	b	.L11
.L12:
	.loc 1 25 12
	ldr	w0, [sp, 44]
	sub	w19, w0, #1
	ldr	w0, [sp, 40]
	sub	w0, w0, #1
	mov	w1, w0
	ldr	w0, [sp, 44]
	bl	ackermann
	mov	w1, w0
	mov	w0, w19
	bl	ackermann
.L11:
	.loc 1 26 1
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	ackermann, .-ackermann
	.section	.rodata
	.align	3
.LC0:
	.string	"fib(%d) = %ld\n"
	.align	3
.LC1:
	.string	"fib_memo(%d) = %ld\n"
	.align	3
.LC2:
	.string	"A(%u,%u) = %u\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB9:
	.loc 1 29 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 30 38
	ldr	w0, [sp, 28]
	cmp	w0, 1
	ble	.L14
	.loc 1 30 33 discriminator 1
	ldr	x0, [sp, 16]
	add	x0, x0, 8
	.loc 1 30 24 discriminator 1
	ldr	x0, [x0]
	bl	atoi
	b	.L15
.L14:
	.loc 1 30 38 discriminator 2
	mov	w0, 20
.L15:
	.loc 1 30 9 discriminator 4
	str	w0, [sp, 32]
	.loc 1 31 5 discriminator 4
	ldr	w0, [sp, 32]
	bl	fib
	mov	x2, x0
	ldr	w1, [sp, 32]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LBB2:
	.loc 1 32 14 discriminator 4
	mov	w0, 60
	str	w0, [sp, 44]
	.loc 1 32 5 discriminator 4
	b	.L16
.L17:
	.loc 1 33 9 discriminator 3
	ldr	w0, [sp, 44]
	bl	fib_memo
	mov	x2, x0
	ldr	w1, [sp, 44]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 32 33 discriminator 3
	ldr	w0, [sp, 44]
	add	w0, w0, 10
	str	w0, [sp, 44]
.L16:
	.loc 1 32 24 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 90
	ble	.L17
.LBE2:
.LBB3:
	.loc 1 34 19
	str	wzr, [sp, 40]
	.loc 1 34 5
	b	.L18
.L21:
.LBB4:
	.loc 1 35 23
	str	wzr, [sp, 36]
	.loc 1 35 9
	b	.L19
.L20:
	.loc 1 36 13 discriminator 3
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 40]
	bl	ackermann
	mov	w3, w0
	ldr	w2, [sp, 36]
	ldr	w1, [sp, 40]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 35 38 discriminator 3
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L19:
	.loc 1 35 32 discriminator 1
	ldr	w0, [sp, 36]
	cmp	w0, 3
	bls	.L20
.LBE4:
	.loc 1 34 34 discriminator 2
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
.L18:
	.loc 1 34 28 discriminator 1
	ldr	w0, [sp, 40]
	cmp	w0, 2
	bls	.L21
.LBE3:
	.loc 1 37 18
	ldr	w0, [sp, 32]
	bl	fib
	mov	x1, x0
	.loc 1 37 25
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
	.loc 1 37 12
	mov	w0, w2
	.loc 1 38 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE9:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x21a
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
	.uleb128 0xb
	.4byte	0x6b
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xc
	.4byte	0x5f
	.4byte	0x95
	.uleb128 0xd
	.4byte	0x2e
	.byte	0x5a
	.byte	0
	.uleb128 0xe
	.4byte	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x85
	.uleb128 0x9
	.byte	0x3
	.8byte	memo
	.uleb128 0xf
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xc3
	.uleb128 0x5
	.4byte	0xc3
	.uleb128 0x10
	.byte	0
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0x11
	.4byte	.LASF13
	.byte	0x3
	.byte	0x69
	.byte	0xc
	.4byte	0x35
	.4byte	0xde
	.uleb128 0x5
	.4byte	0xc3
	.byte	0
	.uleb128 0x12
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB9
	.8byte	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x185
	.uleb128 0x6
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x6
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0x185
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.string	"n"
	.byte	0x1e
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x13
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x148
	.uleb128 0x2
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x7
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"m"
	.byte	0x22
	.byte	0x13
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x7
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x2
	.string	"k"
	.byte	0x23
	.byte	0x17
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x66
	.uleb128 0x8
	.4byte	.LASF17
	.byte	0x13
	.byte	0x11
	.4byte	0x4a
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1c4
	.uleb128 0x3
	.string	"m"
	.byte	0x13
	.byte	0x24
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.string	"n"
	.byte	0x13
	.byte	0x30
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x8
	.4byte	.LASF18
	.byte	0x9
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1f2
	.uleb128 0x3
	.string	"n"
	.byte	0x9
	.byte	0x1a
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x14
	.string	"fib"
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"n"
	.byte	0x7
	.byte	0x15
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.sleb128 28
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0x18
	.byte	0
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
	.uleb128 0xb
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
	.uleb128 0x13
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
	.uleb128 0x14
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
.LASF10:
	.string	"long long int"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"ackermann"
.LASF20:
	.string	"main"
.LASF14:
	.string	"argc"
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"short int"
.LASF11:
	.string	"long long unsigned int"
.LASF18:
	.string	"fib_memo"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF13:
	.string	"atoi"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF16:
	.string	"memo"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/fib_recursive.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
