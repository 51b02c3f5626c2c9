	.arch armv8-a
	.file	"rpn_calc.c"
	.text
.Ltext0:
	.file 0 "." "programs/rpn_calc.c"
	.align	2
	.type	push, %function
push:
.LVL0:
.LFB24:
	.file 1 "programs/rpn_calc.c"
	.loc 1 11 1 view -0
	.cfi_startproc
	.loc 1 12 5 view .LVU1
	.loc 1 12 15 is_stmt 0 view .LVU2
	adrp	x1, .LANCHOR0
	ldr	w1, [x1, #:lo12:.LANCHOR0]
	.loc 1 12 8 view .LVU3
	cmp	w1, 64
	beq	.L3
	.loc 1 14 5 is_stmt 1 view .LVU4
	.loc 1 14 16 is_stmt 0 view .LVU5
	adrp	x3, .LANCHOR0
	add	x2, x3, :lo12:.LANCHOR0
	add	w4, w1, 1
	str	w4, [x3, #:lo12:.LANCHOR0]
	.loc 1 14 20 view .LVU6
	add	x2, x2, 8
	str	x0, [x2, w1, sxtw 3]
	.loc 1 15 5 is_stmt 1 view .LVU7
	.loc 1 15 12 is_stmt 0 view .LVU8
	mov	w0, 1
.LVL1:
.L1:
	.loc 1 16 1 view .LVU9
	ret
.LVL2:
.L3:
	.loc 1 13 16 view .LVU10
	mov	w0, 0
.LVL3:
	.loc 1 13 16 view .LVU11
	b	.L1
	.cfi_endproc
.LFE24:
	.size	push, .-push
	.align	2
	.type	pop, %function
pop:
.LVL4:
.LFB25:
	.loc 1 19 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 19 1 is_stmt 0 view .LVU13
	mov	x2, x0
	.loc 1 20 5 is_stmt 1 view .LVU14
	.loc 1 20 15 is_stmt 0 view .LVU15
	adrp	x0, .LANCHOR0
.LVL5:
	.loc 1 20 15 view .LVU16
	ldr	w0, [x0, #:lo12:.LANCHOR0]
	.loc 1 20 8 view .LVU17
	cbz	w0, .L4
	.loc 1 22 5 is_stmt 1 view .LVU18
	.loc 1 22 16 is_stmt 0 view .LVU19
	sub	w1, w0, #1
	.loc 1 22 8 view .LVU20
	adrp	x3, .LANCHOR0
	add	x0, x3, :lo12:.LANCHOR0
	str	w1, [x3, #:lo12:.LANCHOR0]
	.loc 1 22 15 view .LVU21
	add	x0, x0, 8
	.loc 1 22 8 view .LVU22
	ldr	x0, [x0, w1, sxtw 3]
	str	x0, [x2]
	.loc 1 23 5 is_stmt 1 view .LVU23
	.loc 1 23 12 is_stmt 0 view .LVU24
	mov	w0, 1
.L4:
	.loc 1 24 1 view .LVU25
	ret
	.cfi_endproc
.LFE25:
	.size	pop, .-pop
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LFB26:
	.loc 1 27 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.loc 1 28 5 view .LVU27
	.loc 1 29 5 view .LVU28
.LVL6:
	.loc 1 30 5 view .LVU29
	.loc 1 29 9 is_stmt 0 view .LVU30
	mov	w21, 0
	.loc 1 30 12 view .LVU31
	adrp	x19, .LC4
	add	x19, x19, :lo12:.LC4
.LBB2:
	.loc 1 35 13 view .LVU32
	adrp	x20, .LC0
	add	x20, x20, :lo12:.LC0
	.loc 1 44 13 view .LVU33
	adrp	x22, .LC2
	add	x22, x22, :lo12:.LC2
.LBE2:
	.loc 1 30 11 view .LVU34
	b	.L7
.LVL7:
.L32:
.LBB6:
	.loc 1 31 65 discriminator 3 view .LVU35
	ldrb	w0, [sp, 81]
	.loc 1 31 62 discriminator 3 view .LVU36
	ldrh	w0, [x1, x0, lsl 1]
	tbz	x0, 11, .L9
.L8:
	.loc 1 32 13 is_stmt 1 discriminator 4 view .LVU37
	mov	w2, 10
	mov	x1, 0
	add	x0, sp, 80
	bl	strtol
.LVL8:
	bl	push
.LVL9:
	.loc 1 33 13 discriminator 4 view .LVU38
.L7:
	.loc 1 33 13 is_stmt 0 discriminator 4 view .LVU39
.LBE6:
	.loc 1 30 31 is_stmt 1 view .LVU40
	.loc 1 30 12 is_stmt 0 view .LVU41
	add	x1, sp, 80
	mov	x0, x19
	bl	__isoc99_scanf
.LVL10:
	.loc 1 30 31 view .LVU42
	cmp	w0, 1
	bne	.L31
.LBB7:
	.loc 1 31 9 is_stmt 1 view .LVU43
	.loc 1 31 13 is_stmt 0 view .LVU44
	bl	__ctype_b_loc
.LVL11:
	ldr	x1, [x0]
	ldrb	w0, [sp, 80]
	uxtw	x2, w0
	.loc 1 31 12 view .LVU45
	ldrh	w2, [x1, x2, lsl 1]
	tbnz	x2, 11, .L8
	.loc 1 31 44 discriminator 2 view .LVU46
	cmp	w0, 45
	beq	.L32
.L9:
	.loc 1 35 9 is_stmt 1 view .LVU47
	.loc 1 35 13 is_stmt 0 view .LVU48
	mov	x1, x20
	add	x0, sp, 80
	bl	strcmp
.LVL12:
	.loc 1 35 12 view .LVU49
	cbz	w0, .L33
	.loc 1 42 9 is_stmt 1 view .LVU50
	.loc 1 43 9 view .LVU51
	.loc 1 43 14 is_stmt 0 view .LVU52
	add	x0, sp, 64
	bl	pop
.LVL13:
	.loc 1 43 12 view .LVU53
	cbz	w0, .L13
	.loc 1 43 26 discriminator 2 view .LVU54
	add	x0, sp, 72
	bl	pop
.LVL14:
	.loc 1 43 22 discriminator 2 view .LVU55
	cbz	w0, .L13
	.loc 1 48 9 is_stmt 1 view .LVU56
	.loc 1 48 20 is_stmt 0 view .LVU57
	ldrb	w0, [sp, 80]
	.loc 1 48 9 view .LVU58
	cmp	w0, 45
	beq	.L15
	bls	.L34
	cmp	w0, 47
	beq	.L20
	cmp	w0, 94
	bne	.L19
.LVL15:
.LBB3:
	.loc 1 53 44 is_stmt 1 view .LVU59
	.loc 1 53 41 is_stmt 0 view .LVU60
	ldr	x0, [sp, 64]
	sub	x2, x0, #1
	.loc 1 53 44 view .LVU61
	cmp	x0, 0
	ble	.L35
	.loc 1 53 51 view .LVU62
	ldr	x3, [sp, 72]
	.loc 1 53 26 view .LVU63
	mov	x0, 1
.LVL16:
.L25:
	.loc 1 53 49 is_stmt 1 discriminator 3 view .LVU64
	.loc 1 53 51 is_stmt 0 discriminator 3 view .LVU65
	mul	x0, x0, x3
.LVL17:
	.loc 1 53 44 is_stmt 1 discriminator 3 view .LVU66
	cmp	x2, 0
	sub	x2, x2, #1
	bgt	.L25
.LVL18:
.L22:
	.loc 1 53 57 discriminator 4 view .LVU67
	bl	push
.LVL19:
.LBE3:
	.loc 1 53 68 discriminator 4 view .LVU68
	b	.L7
.L33:
.LBB4:
	.loc 1 36 13 view .LVU69
	.loc 1 37 13 view .LVU70
	.loc 1 37 17 is_stmt 0 view .LVU71
	add	x0, sp, 72
	bl	pop
.LVL20:
	.loc 1 37 16 view .LVU72
	cbnz	w0, .L36
.L12:
	.loc 1 39 13 is_stmt 1 view .LVU73
	.loc 1 39 19 is_stmt 0 view .LVU74
	adrp	x0, .LANCHOR0
	str	wzr, [x0, #:lo12:.LANCHOR0]
	.loc 1 40 13 is_stmt 1 view .LVU75
	b	.L7
.L36:
	.loc 1 38 17 view .LVU76
	ldr	x1, [sp, 72]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL21:
	b	.L12
.L13:
.LBE4:
	.loc 1 44 13 discriminator 3 view .LVU77
	add	x1, sp, 80
	mov	x0, x22
	bl	printf
.LVL22:
	.loc 1 45 13 discriminator 3 view .LVU78
	.loc 1 45 19 is_stmt 0 discriminator 3 view .LVU79
	add	w21, w21, 1
.LVL23:
	.loc 1 46 13 is_stmt 1 discriminator 3 view .LVU80
	b	.L7
.L34:
	.loc 1 48 9 is_stmt 0 view .LVU81
	cmp	w0, 42
	beq	.L17
	cmp	w0, 43
	bne	.L19
	.loc 1 49 19 is_stmt 1 view .LVU82
	ldr	x1, [sp, 72]
	ldr	x0, [sp, 64]
	add	x0, x1, x0
	bl	push
.LVL24:
	.loc 1 49 32 view .LVU83
	b	.L7
.LVL25:
.L35:
.LBB5:
	.loc 1 53 26 is_stmt 0 view .LVU84
	mov	x0, 1
	b	.L22
.LVL26:
.L15:
	.loc 1 53 26 view .LVU85
.LBE5:
	.loc 1 50 19 is_stmt 1 view .LVU86
	ldr	x1, [sp, 72]
	ldr	x0, [sp, 64]
	sub	x0, x1, x0
	bl	push
.LVL27:
	.loc 1 50 32 view .LVU87
	b	.L7
.L17:
	.loc 1 51 19 view .LVU88
	ldr	x1, [sp, 72]
	ldr	x0, [sp, 64]
	mul	x0, x1, x0
	bl	push
.LVL28:
	.loc 1 51 32 view .LVU89
	b	.L7
.L20:
	str	x23, [sp, 48]
	.cfi_offset 23, -64
	.loc 1 52 19 view .LVU90
	.loc 1 52 26 is_stmt 0 view .LVU91
	ldr	x23, [sp, 64]
	.loc 1 52 19 view .LVU92
	cbz	x23, .L28
	.loc 1 52 19 discriminator 1 view .LVU93
	ldr	x0, [sp, 72]
	sdiv	x0, x0, x23
.L24:
	.loc 1 52 19 discriminator 4 view .LVU94
	bl	push
.LVL29:
	.loc 1 52 40 is_stmt 1 discriminator 4 view .LVU95
	.loc 1 52 50 is_stmt 0 discriminator 4 view .LVU96
	cmp	x23, 0
	.loc 1 52 47 discriminator 4 view .LVU97
	cinc	w21, w21, eq
.LVL30:
	.loc 1 52 54 is_stmt 1 discriminator 4 view .LVU98
	ldr	x23, [sp, 48]
	.cfi_remember_state
	.cfi_restore 23
	b	.L7
.L28:
	.cfi_restore_state
	.loc 1 52 19 is_stmt 0 view .LVU99
	mov	x0, x23
	b	.L24
.L19:
	.cfi_restore 23
	.loc 1 54 18 is_stmt 1 view .LVU100
	add	x1, sp, 80
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL31:
	.loc 1 54 49 view .LVU101
	.loc 1 54 55 is_stmt 0 view .LVU102
	add	w21, w21, 1
.LVL32:
	.loc 1 54 59 is_stmt 1 view .LVU103
	.loc 1 54 59 is_stmt 0 view .LVU104
	b	.L7
.L31:
	.loc 1 54 59 view .LVU105
.LBE7:
	.loc 1 57 5 is_stmt 1 view .LVU106
	.loc 1 58 1 is_stmt 0 view .LVU107
	mov	w0, w21
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.LVL33:
	.loc 1 58 1 view .LVU108
	ldp	x29, x30, [sp], 112
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE26:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	depth, %object
	.size	depth, 4
depth:
	.zero	4
	.zero	4
	.type	stack, %object
	.size	stack, 512
stack:
	.zero	512
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/string.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 5 "/usr/aarch64-linux-gnu/include/ctype.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x42c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x14
	.4byte	.LASF30
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
	.uleb128 0x15
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
	.uleb128 0xb
	.4byte	0x43
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
	.uleb128 0x6
	.4byte	0x70
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xb
	.4byte	0x70
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xc
	.4byte	0x70
	.4byte	0x9a
	.uleb128 0xd
	.4byte	0x2e
	.byte	0x1f
	.byte	0
	.uleb128 0x6
	.4byte	0x4a
	.uleb128 0x6
	.4byte	0x77
	.uleb128 0xe
	.4byte	0x9f
	.uleb128 0x16
	.byte	0x7
	.byte	0x4
	.4byte	0x4f
	.byte	0x5
	.byte	0x2f
	.byte	0x1
	.4byte	0x108
	.uleb128 0x3
	.4byte	.LASF12
	.2byte	0x100
	.uleb128 0x3
	.4byte	.LASF13
	.2byte	0x200
	.uleb128 0x3
	.4byte	.LASF14
	.2byte	0x400
	.uleb128 0x3
	.4byte	.LASF15
	.2byte	0x800
	.uleb128 0x3
	.4byte	.LASF16
	.2byte	0x1000
	.uleb128 0x3
	.4byte	.LASF17
	.2byte	0x2000
	.uleb128 0x3
	.4byte	.LASF18
	.2byte	0x4000
	.uleb128 0x3
	.4byte	.LASF19
	.2byte	0x8000
	.uleb128 0x8
	.4byte	.LASF20
	.byte	0x1
	.uleb128 0x8
	.4byte	.LASF21
	.byte	0x2
	.uleb128 0x8
	.4byte	.LASF22
	.byte	0x4
	.uleb128 0x8
	.4byte	.LASF23
	.byte	0x8
	.byte	0
	.uleb128 0xc
	.4byte	0x64
	.4byte	0x118
	.uleb128 0xd
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.uleb128 0xf
	.4byte	.LASF24
	.byte	0x7
	.byte	0xd
	.4byte	0x108
	.uleb128 0x9
	.byte	0x3
	.8byte	stack
	.uleb128 0xf
	.4byte	.LASF25
	.byte	0x8
	.byte	0xc
	.4byte	0x35
	.uleb128 0x9
	.byte	0x3
	.8byte	depth
	.uleb128 0x17
	.4byte	.LASF31
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF32
	.4byte	0x35
	.4byte	0x15e
	.uleb128 0x4
	.4byte	0x9f
	.uleb128 0x10
	.byte	0
	.uleb128 0x18
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x176
	.uleb128 0x4
	.4byte	0x9f
	.uleb128 0x10
	.byte	0
	.uleb128 0x11
	.4byte	.LASF27
	.byte	0x3
	.byte	0x9c
	.byte	0xc
	.4byte	0x35
	.4byte	0x191
	.uleb128 0x4
	.4byte	0x9f
	.uleb128 0x4
	.4byte	0x9f
	.byte	0
	.uleb128 0x11
	.4byte	.LASF28
	.byte	0x4
	.byte	0xb1
	.byte	0x11
	.4byte	0x64
	.4byte	0x1b1
	.uleb128 0x4
	.4byte	0xa4
	.uleb128 0x4
	.4byte	0x1b6
	.uleb128 0x4
	.4byte	0x35
	.byte	0
	.uleb128 0x6
	.4byte	0x6b
	.uleb128 0xe
	.4byte	0x1b1
	.uleb128 0x19
	.4byte	.LASF33
	.byte	0x5
	.byte	0x4f
	.byte	0x23
	.4byte	0x1c7
	.uleb128 0x6
	.4byte	0x9a
	.uleb128 0x1a
	.4byte	.LASF34
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3c8
	.uleb128 0x9
	.string	"tok"
	.byte	0x1c
	.byte	0xa
	.4byte	0x8a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1b
	.4byte	.LASF29
	.byte	0x1
	.byte	0x1d
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x12
	.4byte	.LLRL3
	.4byte	0x3ad
	.uleb128 0x9
	.string	"b"
	.byte	0x2a
	.byte	0xe
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x9
	.string	"a"
	.byte	0x2a
	.byte	0x11
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1c
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.4byte	0x286
	.uleb128 0x9
	.string	"v"
	.byte	0x24
	.byte	0x12
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x7
	.8byte	.LVL20
	.4byte	0x3c8
	.4byte	0x26a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0xa
	.8byte	.LVL21
	.4byte	0x15e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0
	.byte	0
	.uleb128 0x12
	.4byte	.LLRL4
	.4byte	0x2af
	.uleb128 0x1d
	.string	"r"
	.byte	0x1
	.byte	0x35
	.byte	0x1a
	.4byte	0x64
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x5
	.8byte	.LVL19
	.4byte	0x400
	.byte	0
	.uleb128 0x7
	.8byte	.LVL8
	.4byte	0x191
	.4byte	0x2d1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.uleb128 0x5
	.8byte	.LVL9
	.4byte	0x400
	.uleb128 0x5
	.8byte	.LVL11
	.4byte	0x1bb
	.uleb128 0x7
	.8byte	.LVL12
	.4byte	0x176
	.4byte	0x309
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL13
	.4byte	0x3c8
	.4byte	0x321
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.byte	0
	.uleb128 0x7
	.8byte	.LVL14
	.4byte	0x3c8
	.4byte	0x339
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0x7
	.8byte	.LVL22
	.4byte	0x15e
	.4byte	0x357
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x5
	.8byte	.LVL24
	.4byte	0x400
	.uleb128 0x5
	.8byte	.LVL27
	.4byte	0x400
	.uleb128 0x5
	.8byte	.LVL28
	.4byte	0x400
	.uleb128 0x5
	.8byte	.LVL29
	.4byte	0x400
	.uleb128 0xa
	.8byte	.LVL31
	.4byte	0x15e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL10
	.4byte	0x142
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.byte	0
	.uleb128 0x1e
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3fb
	.uleb128 0x13
	.string	"v"
	.byte	0x12
	.4byte	0x3fb
	.4byte	.LLST1
	.4byte	.LVUS1
	.byte	0
	.uleb128 0x6
	.4byte	0x64
	.uleb128 0x1f
	.4byte	.LASF35
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x13
	.string	"v"
	.byte	0xa
	.4byte	0x64
	.4byte	.LLST0
	.4byte	.LVUS0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
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
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0x5
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
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x34
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS2:
	.uleb128 .LVU29
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS5:
	.uleb128 .LVU59
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU84
	.uleb128 .LVU85
.LLST5:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
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
.LLRL3:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0
.LLRL4:
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0x4
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF15:
	.string	"_ISdigit"
.LASF21:
	.string	"_IScntrl"
.LASF24:
	.string	"stack"
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
.LASF7:
	.string	"short int"
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
.LASF30:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF26:
	.string	"printf"
.LASF22:
	.string	"_ISpunct"
.LASF17:
	.string	"_ISspace"
.LASF8:
	.string	"long int"
.LASF9:
	.string	"char"
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
