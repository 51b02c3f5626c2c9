	.arch armv8-a
	.file	"rpn_calc.c"
	.text
.Ltext0:
	.file 0 "." "programs/rpn_calc.c"
	.local	stack
	.comm	stack,512,8
	.local	depth
	.comm	depth,4,4
	.align	2
	.type	push, %function
push:
.LFB6:
	.file 1 "programs/rpn_calc.c"
	.loc 1 11 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	.loc 1 12 15
	adrp	x0, depth
	add	x0, x0, :lo12:depth
	ldr	w0, [x0]
	.loc 1 12 8
	cmp	w0, 64
	bne	.L2
	.loc 1 13 16
	mov	w0, 0
	b	.L3
.L2:
	.loc 1 14 16
	adrp	x0, depth
	add	x0, x0, :lo12:depth
	ldr	w0, [x0]
	add	w2, w0, 1
	adrp	x1, depth
	add	x1, x1, :lo12:depth
	str	w2, [x1]
	.loc 1 14 20
	adrp	x1, stack
	add	x1, x1, :lo12:stack
	sxtw	x0, w0
	ldr	x2, [sp, 8]
	str	x2, [x1, x0, lsl 3]
	.loc 1 15 12
	mov	w0, 1
.L3:
	.loc 1 16 1
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	push, .-push
	.align	2
	.type	pop, %function
pop:
.LFB7:
	.loc 1 19 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	.loc 1 20 15
	adrp	x0, depth
	add	x0, x0, :lo12:depth
	ldr	w0, [x0]
	.loc 1 20 8
	cmp	w0, 0
	bne	.L5
	.loc 1 21 16
	mov	w0, 0
	b	.L6
.L5:
	.loc 1 22 16
	adrp	x0, depth
	add	x0, x0, :lo12:depth
	ldr	w0, [x0]
	sub	w1, w0, #1
	.loc 1 22 8
	adrp	x0, depth
	add	x0, x0, :lo12:depth
	str	w1, [x0]
	.loc 1 22 16
	adrp	x0, depth
	add	x0, x0, :lo12:depth
	ldr	w1, [x0]
	.loc 1 22 15
	adrp	x0, stack
	add	x0, x0, :lo12:stack
	sxtw	x1, w1
	ldr	x1, [x0, x1, lsl 3]
	.loc 1 22 8
	ldr	x0, [sp, 8]
	str	x1, [x0]
	.loc 1 23 12
	mov	w0, 1
.L6:
	.loc 1 24 1
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	pop, .-pop
	.section	.rodata
	.align	3
.LC0:
	.string	"="
	.align	3
.LC1:
	.string	"result %ld\n"
	.align	3
.LC2:
	.string	"stack underflow at '%s'\n"
	.align	3
.LC3:
	.string	"unknown '%s'\n"
	.align	3
.LC4:
	.string	"%31s"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB8:
	.loc 1 27 1
	.cfi_startproc
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	.loc 1 29 9
	str	wzr, [sp, 92]
	.loc 1 30 11
	b	.L8
.L26:
.LBB2:
	.loc 1 31 13
	bl	__ctype_b_loc
	ldr	x1, [x0]
	ldrb	w0, [sp, 48]
	and	x0, x0, 255
	lsl	x0, x0, 1
	add	x0, x1, x0
	ldrh	w0, [x0]
	and	w0, w0, 2048
	.loc 1 31 12
	cmp	w0, 0
	bne	.L9
	.loc 1 31 51 discriminator 2
	ldrb	w0, [sp, 48]
	.loc 1 31 44 discriminator 2
	cmp	w0, 45
	bne	.L10
	.loc 1 31 65 discriminator 3
	bl	__ctype_b_loc
	ldr	x1, [x0]
	ldrb	w0, [sp, 49]
	and	x0, x0, 255
	lsl	x0, x0, 1
	add	x0, x1, x0
	ldrh	w0, [x0]
	and	w0, w0, 2048
	.loc 1 31 62 discriminator 3
	cmp	w0, 0
	beq	.L10
.L9:
	.loc 1 32 13 discriminator 4
	add	x0, sp, 48
	mov	w2, 10
	mov	x1, 0
	bl	strtol
	bl	push
	.loc 1 33 13 discriminator 4
	b	.L8
.L10:
	.loc 1 35 13
	add	x2, sp, 48
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	mov	x0, x2
	bl	strcmp
	.loc 1 35 12
	cmp	w0, 0
	bne	.L12
.LBB3:
	.loc 1 37 17
	add	x0, sp, 24
	bl	pop
	.loc 1 37 16
	cmp	w0, 0
	beq	.L13
	.loc 1 38 17
	ldr	x0, [sp, 24]
	mov	x1, x0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.L13:
	.loc 1 39 19
	adrp	x0, depth
	add	x0, x0, :lo12:depth
	str	wzr, [x0]
	.loc 1 40 13
	b	.L8
.L12:
.LBE3:
	.loc 1 43 14
	add	x0, sp, 40
	bl	pop
	.loc 1 43 12
	cmp	w0, 0
	beq	.L14
	.loc 1 43 26 discriminator 2
	add	x0, sp, 32
	bl	pop
	.loc 1 43 22 discriminator 2
	cmp	w0, 0
	bne	.L15
.L14:
	.loc 1 44 13 discriminator 3
	add	x0, sp, 48
	mov	x1, x0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 45 19 discriminator 3
	ldr	w0, [sp, 92]
	add	w0, w0, 1
	str	w0, [sp, 92]
	.loc 1 46 13 discriminator 3
	b	.L8
.L15:
	.loc 1 48 20
	ldrb	w0, [sp, 48]
	.loc 1 48 9
	cmp	w0, 94
	beq	.L16
	cmp	w0, 94
	bgt	.L17
	cmp	w0, 47
	beq	.L18
	cmp	w0, 47
	bgt	.L17
	cmp	w0, 45
	beq	.L19
	cmp	w0, 45
	bgt	.L17
	cmp	w0, 42
	beq	.L20
	cmp	w0, 43
	bne	.L17
	.loc 1 49 19
	ldr	x1, [sp, 32]
	ldr	x0, [sp, 40]
	add	x0, x1, x0
	bl	push
	.loc 1 49 32
	b	.L8
.L19:
	.loc 1 50 19
	ldr	x1, [sp, 32]
	ldr	x0, [sp, 40]
	sub	x0, x1, x0
	bl	push
	.loc 1 50 32
	b	.L8
.L20:
	.loc 1 51 19
	ldr	x1, [sp, 32]
	ldr	x0, [sp, 40]
	mul	x0, x1, x0
	bl	push
	.loc 1 51 32
	b	.L8
.L18:
	.loc 1 52 26
	ldr	x0, [sp, 40]
	.loc 1 52 19
	cmp	x0, 0
	beq	.L22
	.loc 1 52 30 discriminator 1
	ldr	x1, [sp, 32]
	ldr	x0, [sp, 40]
	.loc 1 52 19 discriminator 1
	sdiv	x0, x1, x0
	b	.L23
.L22:
	.loc 1 52 19 is_stmt 0 discriminator 2
	mov	x0, 0
.L23:
	.loc 1 52 19 discriminator 4
	bl	push
	.loc 1 52 50 is_stmt 1 discriminator 4
	ldr	x0, [sp, 40]
	cmp	x0, 0
	cset	w0, eq
	and	w0, w0, 255
	mov	w1, w0
	.loc 1 52 47 discriminator 4
	ldr	w0, [sp, 92]
	add	w0, w0, w1
	str	w0, [sp, 92]
	.loc 1 52 54 discriminator 4
	b	.L8
.L16:
.LBB4:
	.loc 1 53 26
	mov	x0, 1
	str	x0, [sp, 80]
	.loc 1 53 39
	b	.L24
.L25:
	.loc 1 53 51 discriminator 3
	ldr	x0, [sp, 32]
	ldr	x1, [sp, 80]
	mul	x0, x1, x0
	str	x0, [sp, 80]
.L24:
	.loc 1 53 41 discriminator 1
	ldr	x0, [sp, 40]
	sub	x1, x0, #1
	str	x1, [sp, 40]
	.loc 1 53 44 discriminator 1
	cmp	x0, 0
	bgt	.L25
	.loc 1 53 57 discriminator 4
	ldr	x0, [sp, 80]
	bl	push
.LBE4:
	.loc 1 53 68 discriminator 4
	b	.L8
.L17:
	.loc 1 54 18
	add	x0, sp, 48
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 54 55
	ldr	w0, [sp, 92]
	add	w0, w0, 1
	str	w0, [sp, 92]
	.loc 1 54 59
	nop
.L8:
.LBE2:
	.loc 1 30 12
	add	x0, sp, 48
	mov	x1, x0
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	__isoc99_scanf
	.loc 1 30 31
	cmp	w0, 1
	beq	.L26
	.loc 1 57 12
	ldr	w0, [sp, 92]
	.loc 1 58 1
	ldp	x29, x30, [sp], 96
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/string.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 5 "/usr/aarch64-linux-gnu/include/ctype.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2d0
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF30
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
	.uleb128 0x11
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
	.uleb128 0x8
	.4byte	0x43
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
	.4byte	0x70
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x8
	.4byte	0x70
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x9
	.4byte	0x70
	.4byte	0x9a
	.uleb128 0xa
	.4byte	0x2e
	.byte	0x1f
	.byte	0
	.uleb128 0x4
	.4byte	0x4a
	.uleb128 0x4
	.4byte	0x77
	.uleb128 0xb
	.4byte	0x9f
	.uleb128 0x12
	.byte	0x7
	.byte	0x4
	.4byte	0x4f
	.byte	0x5
	.byte	0x2f
	.byte	0x1
	.4byte	0x108
	.uleb128 0x2
	.4byte	.LASF12
	.2byte	0x100
	.uleb128 0x2
	.4byte	.LASF13
	.2byte	0x200
	.uleb128 0x2
	.4byte	.LASF14
	.2byte	0x400
	.uleb128 0x2
	.4byte	.LASF15
	.2byte	0x800
	.uleb128 0x2
	.4byte	.LASF16
	.2byte	0x1000
	.uleb128 0x2
	.4byte	.LASF17
	.2byte	0x2000
	.uleb128 0x2
	.4byte	.LASF18
	.2byte	0x4000
	.uleb128 0x2
	.4byte	.LASF19
	.2byte	0x8000
	.uleb128 0x6
	.4byte	.LASF20
	.byte	0x1
	.uleb128 0x6
	.4byte	.LASF21
	.byte	0x2
	.uleb128 0x6
	.4byte	.LASF22
	.byte	0x4
	.uleb128 0x6
	.4byte	.LASF23
	.byte	0x8
	.byte	0
	.uleb128 0x9
	.4byte	0x64
	.4byte	0x118
	.uleb128 0xa
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.uleb128 0x7
	.4byte	.LASF24
	.byte	0x7
	.byte	0xd
	.4byte	0x108
	.uleb128 0x9
	.byte	0x3
	.8byte	stack
	.uleb128 0x7
	.4byte	.LASF25
	.byte	0x8
	.byte	0xc
	.4byte	0x35
	.uleb128 0x9
	.byte	0x3
	.8byte	depth
	.uleb128 0x13
	.4byte	.LASF31
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF32
	.4byte	0x35
	.4byte	0x15e
	.uleb128 0x3
	.4byte	0x9f
	.uleb128 0xc
	.byte	0
	.uleb128 0x14
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x176
	.uleb128 0x3
	.4byte	0x9f
	.uleb128 0xc
	.byte	0
	.uleb128 0xd
	.4byte	.LASF27
	.byte	0x3
	.byte	0x9c
	.byte	0xc
	.4byte	0x35
	.4byte	0x191
	.uleb128 0x3
	.4byte	0x9f
	.uleb128 0x3
	.4byte	0x9f
	.byte	0
	.uleb128 0xd
	.4byte	.LASF28
	.byte	0x4
	.byte	0xb1
	.byte	0x11
	.4byte	0x64
	.4byte	0x1b1
	.uleb128 0x3
	.4byte	0xa4
	.uleb128 0x3
	.4byte	0x1b6
	.uleb128 0x3
	.4byte	0x35
	.byte	0
	.uleb128 0x4
	.4byte	0x6b
	.uleb128 0xb
	.4byte	0x1b1
	.uleb128 0x15
	.4byte	.LASF33
	.byte	0x5
	.byte	0x4f
	.byte	0x23
	.4byte	0x1c7
	.uleb128 0x4
	.4byte	0x9a
	.uleb128 0x16
	.4byte	.LASF34
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x276
	.uleb128 0x5
	.string	"tok"
	.byte	0x1c
	.byte	0xa
	.4byte	0x8a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x7
	.4byte	.LASF29
	.byte	0x1d
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0xe
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x5
	.string	"b"
	.byte	0x2a
	.byte	0xe
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x5
	.string	"a"
	.byte	0x2a
	.byte	0x11
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x17
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.4byte	0x256
	.uleb128 0x5
	.string	"v"
	.byte	0x24
	.byte	0x12
	.4byte	0x64
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0
	.uleb128 0xe
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x5
	.string	"r"
	.byte	0x35
	.byte	0x1a
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a4
	.uleb128 0xf
	.string	"v"
	.byte	0x12
	.4byte	0x2a4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x4
	.4byte	0x64
	.uleb128 0x19
	.4byte	.LASF35
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xf
	.string	"v"
	.byte	0xa
	.4byte	0x64
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
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
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
	.uleb128 0x6
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
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
	.uleb128 0x37
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
	.uleb128 0x21
	.sleb128 22
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x4
	.byte	0x1
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x15
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
.LASF30:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF15:
	.string	"_ISdigit"
.LASF21:
	.string	"_IScntrl"
.LASF24:
	.string	"stack"
.LASF7:
	.string	"short int"
.LASF19:
	.string	"_ISgraph"
.LASF18:
	.string	"_ISprint"
.LASF32:
	.string	"__isoc99_scanf"
.LASF35:
	.string	"push"
.LASF31:
	.string	"scanf"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF14:
	.string	"_ISalpha"
.LASF34:
	.string	"main"
.LASF29:
	.string	"errors"
.LASF5:
	.string	"unsigned int"
.LASF33:
	.string	"__ctype_b_loc"
.LASF11:
	.string	"long long unsigned int"
.LASF23:
	.string	"_ISalnum"
.LASF27:
	.string	"strcmp"
.LASF12:
	.string	"_ISupper"
.LASF20:
	.string	"_ISblank"
.LASF13:
	.string	"_ISlower"
.LASF10:
	.string	"long long int"
.LASF16:
	.string	"_ISxdigit"
.LASF25:
	.string	"depth"
.LASF9:
	.string	"char"
.LASF26:
	.string	"printf"
.LASF22:
	.string	"_ISpunct"
.LASF17:
	.string	"_ISspace"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF28:
	.string	"strtol"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/rpn_calc.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
