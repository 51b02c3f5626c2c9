	.arch armv8-a
	.file	"rpn_calc.c"
	.text
.Ltext0:
	.file 0 "." "programs/rpn_calc.c"
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB26:
	.file 1 "programs/rpn_calc.c"
	.loc 1 27 1 view -0
	.cfi_startproc
	.loc 1 28 5 view .LVU1
	.loc 1 29 5 view .LVU2
.LVL0:
	.loc 1 30 5 view .LVU3
	.loc 1 27 1 is_stmt 0 view .LVU4
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	add	x19, sp, 80
	str	x25, [sp, 64]
	.cfi_offset 25, -48
.LBB23:
.LBB24:
.LBB25:
	.loc 1 12 15 view .LVU5
	adrp	x25, .LANCHOR0
	add	x20, x25, :lo12:.LANCHOR0
.LBE25:
.LBE24:
.LBE23:
	.loc 1 27 1 view .LVU6
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -80
	.cfi_offset 22, -72
.LBB56:
.LBB30:
.LBB26:
	.loc 1 14 20 view .LVU7
	add	x22, x20, 16
.LBE26:
.LBE30:
.LBE56:
	.loc 1 27 1 view .LVU8
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -64
	.cfi_offset 24, -56
.LBB57:
	.loc 1 44 13 view .LVU9
	adrp	x24, .LC2
	add	x24, x24, :lo12:.LC2
.LBE57:
	.loc 1 29 9 view .LVU10
	mov	w23, 0
	adrp	x21, .LC4
.LVL1:
	.p2align 3,,7
.L2:
	.loc 1 30 31 is_stmt 1 view .LVU11
	.loc 1 30 12 is_stmt 0 view .LVU12
	mov	x1, x19
	add	x0, x21, :lo12:.LC4
	bl	__isoc99_scanf
.LVL2:
	.loc 1 30 31 view .LVU13
	cmp	w0, 1
	bne	.L58
.L23:
.LBB58:
	.loc 1 31 9 is_stmt 1 view .LVU14
	.loc 1 31 13 is_stmt 0 view .LVU15
	bl	__ctype_b_loc
.LVL3:
	ldrb	w1, [sp, 80]
	ldr	x0, [x0]
	ubfiz	x2, x1, 1, 8
	.loc 1 31 12 view .LVU16
	ldrh	w2, [x0, x2]
	tbnz	x2, 11, .L3
	.loc 1 31 44 discriminator 2 view .LVU17
	cmp	w1, 45
	beq	.L59
.L4:
	.loc 1 35 9 is_stmt 1 view .LVU18
	.loc 1 35 13 is_stmt 0 view .LVU19
	ldrh	w2, [x19]
.LBB31:
.LBB32:
.LBB33:
	.loc 1 20 15 view .LVU20
	ldr	w0, [x20]
.LBE33:
.LBE32:
.LBE31:
	.loc 1 35 12 view .LVU21
	cmp	w2, 61
	beq	.L60
	.loc 1 42 9 is_stmt 1 view .LVU22
	.loc 1 43 9 view .LVU23
.LVL4:
.LBB36:
.LBI36:
	.loc 1 18 12 view .LVU24
.LBB37:
	.loc 1 20 5 view .LVU25
	.loc 1 20 8 is_stmt 0 view .LVU26
	cbz	w0, .L12
	.loc 1 22 5 is_stmt 1 view .LVU27
	.loc 1 22 16 is_stmt 0 view .LVU28
	sub	w2, w0, #1
	.loc 1 22 8 view .LVU29
	str	w2, [x20]
	.loc 1 22 15 view .LVU30
	ldr	x4, [x22, w2, sxtw 3]
.LVL5:
	.loc 1 23 5 is_stmt 1 view .LVU31
	.loc 1 23 5 is_stmt 0 view .LVU32
.LBE37:
.LBE36:
.LBB38:
.LBI38:
	.loc 1 18 12 is_stmt 1 view .LVU33
.LBB39:
	.loc 1 20 5 view .LVU34
	.loc 1 20 8 is_stmt 0 view .LVU35
	cbz	w2, .L12
	.loc 1 22 5 is_stmt 1 view .LVU36
	.loc 1 22 16 is_stmt 0 view .LVU37
	sub	w0, w0, #2
	.loc 1 22 8 view .LVU38
	str	w0, [x20]
	.loc 1 22 15 view .LVU39
	sxtw	x6, w0
	ldr	x3, [x22, x6, lsl 3]
.LVL6:
	.loc 1 23 5 is_stmt 1 view .LVU40
	.loc 1 23 5 is_stmt 0 view .LVU41
.LBE39:
.LBE38:
	.loc 1 48 9 is_stmt 1 view .LVU42
	cmp	w1, 45
	beq	.L13
	bhi	.L14
	cmp	w1, 42
	beq	.L15
	cmp	w1, 43
	bne	.L17
	.loc 1 49 19 view .LVU43
	add	x4, x4, x3
.LVL7:
.LBB40:
.LBI40:
	.loc 1 10 12 view .LVU44
.LBB41:
	.loc 1 12 5 view .LVU45
	.loc 1 12 8 is_stmt 0 view .LVU46
	cmp	w0, 64
	beq	.L2
.LVL8:
.L56:
	.loc 1 12 8 view .LVU47
.LBE41:
.LBE40:
.LBB42:
.LBB43:
	.loc 1 14 5 is_stmt 1 view .LVU48
	.loc 1 14 20 is_stmt 0 view .LVU49
	str	x4, [x22, x6, lsl 3]
.LVL9:
	.loc 1 15 5 is_stmt 1 view .LVU50
	.loc 1 14 16 is_stmt 0 view .LVU51
	str	w2, [x20]
	.loc 1 15 12 view .LVU52
	b	.L2
.LVL10:
	.p2align 2,,3
.L59:
	.loc 1 15 12 view .LVU53
.LBE43:
.LBE42:
	.loc 1 31 65 discriminator 3 view .LVU54
	ldrb	w2, [sp, 81]
	.loc 1 31 62 discriminator 3 view .LVU55
	ldrh	w0, [x0, x2, lsl 1]
	tbz	x0, 11, .L4
.L3:
	.loc 1 32 13 is_stmt 1 discriminator 4 view .LVU56
	mov	x1, 0
	mov	x0, x19
	mov	w2, 10
	bl	strtol
.LVL11:
.LBB45:
.LBB27:
	.loc 1 12 15 is_stmt 0 discriminator 4 view .LVU57
	ldr	w1, [x20]
.LVL12:
	.loc 1 12 15 discriminator 4 view .LVU58
.LBE27:
.LBI24:
	.loc 1 10 12 is_stmt 1 discriminator 4 view .LVU59
.LBB28:
	.loc 1 12 5 discriminator 4 view .LVU60
	.loc 1 12 8 is_stmt 0 discriminator 4 view .LVU61
	cmp	w1, 64
	beq	.L2
	.loc 1 14 5 is_stmt 1 view .LVU62
	.loc 1 14 16 is_stmt 0 view .LVU63
	add	w2, w1, 1
	.loc 1 14 20 view .LVU64
	str	x0, [x22, w1, sxtw 3]
	.loc 1 15 5 is_stmt 1 view .LVU65
.LBE28:
.LBE45:
.LBE58:
	.loc 1 30 12 is_stmt 0 view .LVU66
	mov	x1, x19
	add	x0, x21, :lo12:.LC4
.LVL13:
.LBB59:
.LBB46:
.LBB29:
	.loc 1 14 16 view .LVU67
	str	w2, [x20]
.LVL14:
	.loc 1 14 16 view .LVU68
.LBE29:
.LBE46:
.LBE59:
	.loc 1 30 31 is_stmt 1 view .LVU69
	.loc 1 30 12 is_stmt 0 view .LVU70
	bl	__isoc99_scanf
.LVL15:
	.loc 1 30 31 view .LVU71
	cmp	w0, 1
	beq	.L23
.L58:
	.loc 1 57 5 is_stmt 1 view .LVU72
	.loc 1 58 1 is_stmt 0 view .LVU73
	ldp	x19, x20, [sp, 16]
	mov	w0, w23
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL16:
	.loc 1 58 1 view .LVU74
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp], 112
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 25
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL17:
	.p2align 2,,3
.L12:
	.cfi_restore_state
.LBB60:
	.loc 1 44 13 is_stmt 1 view .LVU75
	.loc 1 45 19 is_stmt 0 view .LVU76
	add	w23, w23, 1
.LVL18:
	.loc 1 44 13 view .LVU77
	mov	x1, x19
	mov	x0, x24
	bl	printf
.LVL19:
	.loc 1 45 13 is_stmt 1 view .LVU78
	.loc 1 46 13 view .LVU79
	b	.L2
	.p2align 2,,3
.L60:
.LBB47:
	.loc 1 36 13 view .LVU80
	.loc 1 37 13 view .LVU81
.LVL20:
.LBB35:
.LBI32:
	.loc 1 18 12 view .LVU82
.LBB34:
	.loc 1 20 5 view .LVU83
	.loc 1 20 8 is_stmt 0 view .LVU84
	cbz	w0, .L11
	.loc 1 22 5 is_stmt 1 view .LVU85
	.loc 1 22 16 is_stmt 0 view .LVU86
	sub	w1, w0, #1
	.loc 1 22 8 view .LVU87
	str	w1, [x20]
.LVL21:
	.loc 1 23 5 is_stmt 1 view .LVU88
	.loc 1 23 5 is_stmt 0 view .LVU89
.LBE34:
.LBE35:
	.loc 1 38 17 is_stmt 1 view .LVU90
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	ldr	x1, [x22, w1, sxtw 3]
.LVL22:
	.loc 1 38 17 is_stmt 0 view .LVU91
	bl	printf
.LVL23:
.L11:
	.loc 1 39 13 is_stmt 1 view .LVU92
	.loc 1 39 19 is_stmt 0 view .LVU93
	str	wzr, [x20]
	.loc 1 40 13 is_stmt 1 view .LVU94
	b	.L2
.LVL24:
	.p2align 2,,3
.L14:
	.loc 1 40 13 is_stmt 0 view .LVU95
.LBE47:
	.loc 1 48 9 view .LVU96
	cmp	w1, 47
	beq	.L18
	cmp	w1, 94
	bne	.L17
.LVL25:
.LBB48:
	.loc 1 53 44 is_stmt 1 view .LVU97
	.loc 1 53 41 is_stmt 0 view .LVU98
	sub	x1, x4, #1
.LVL26:
	.loc 1 53 26 view .LVU99
	mov	x5, 1
	.loc 1 53 44 view .LVU100
	cmp	x4, 0
	ble	.L20
.LVL27:
	.p2align 3,,7
.L19:
	.loc 1 53 49 is_stmt 1 discriminator 3 view .LVU101
	.loc 1 53 41 is_stmt 0 discriminator 3 view .LVU102
	sub	x1, x1, #1
.LVL28:
	.loc 1 53 51 discriminator 3 view .LVU103
	mul	x5, x5, x3
.LVL29:
	.loc 1 53 44 is_stmt 1 discriminator 3 view .LVU104
	.loc 1 53 44 is_stmt 0 discriminator 3 view .LVU105
	cmn	x1, #1
	bne	.L19
.LVL30:
.L20:
	.loc 1 53 57 is_stmt 1 view .LVU106
.LBB49:
.LBI49:
	.loc 1 10 12 view .LVU107
.LBB50:
	.loc 1 12 5 view .LVU108
	.loc 1 12 8 is_stmt 0 view .LVU109
	cmp	w0, 64
	beq	.L2
	.loc 1 14 5 is_stmt 1 view .LVU110
	.loc 1 14 16 is_stmt 0 view .LVU111
	add	x0, x25, :lo12:.LANCHOR0
	str	w2, [x25, #:lo12:.LANCHOR0]
	.loc 1 14 20 view .LVU112
	add	x0, x0, 16
	str	x5, [x0, x6, lsl 3]
	.loc 1 15 5 is_stmt 1 view .LVU113
	.loc 1 15 12 is_stmt 0 view .LVU114
	b	.L2
.LVL31:
.L17:
	.loc 1 15 12 view .LVU115
.LBE50:
.LBE49:
.LBE48:
	.loc 1 54 18 is_stmt 1 view .LVU116
	.loc 1 54 55 is_stmt 0 view .LVU117
	add	w23, w23, 1
.LVL32:
	.loc 1 54 18 view .LVU118
	mov	x1, x19
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL33:
	.loc 1 54 49 is_stmt 1 view .LVU119
	.loc 1 54 59 view .LVU120
	b	.L2
.LVL34:
.L13:
	.loc 1 50 19 view .LVU121
	sub	x3, x3, x4
.LVL35:
.LBB51:
.LBI51:
	.loc 1 10 12 view .LVU122
.LBB52:
	.loc 1 12 5 view .LVU123
	.loc 1 12 8 is_stmt 0 view .LVU124
	cmp	w0, 64
	beq	.L2
	.loc 1 14 5 is_stmt 1 view .LVU125
	.loc 1 14 20 is_stmt 0 view .LVU126
	str	x3, [x22, x6, lsl 3]
.LVL36:
	.loc 1 15 5 is_stmt 1 view .LVU127
	.loc 1 14 16 is_stmt 0 view .LVU128
	str	w2, [x20]
	.loc 1 15 12 view .LVU129
	b	.L2
.LVL37:
.L15:
	.loc 1 15 12 view .LVU130
.LBE52:
.LBE51:
	.loc 1 51 19 is_stmt 1 view .LVU131
	mul	x4, x4, x3
.LVL38:
.LBB53:
.LBI42:
	.loc 1 10 12 view .LVU132
.LBB44:
	.loc 1 12 5 view .LVU133
	.loc 1 12 8 is_stmt 0 view .LVU134
	cmp	w0, 64
	bne	.L56
	b	.L2
.LVL39:
.L18:
	.loc 1 12 8 view .LVU135
.LBE44:
.LBE53:
	.loc 1 52 19 is_stmt 1 view .LVU136
	cbnz	x4, .L61
	mov	x3, 0
.LVL40:
.L21:
.LBB54:
.LBI54:
	.loc 1 10 12 discriminator 4 view .LVU137
.LBB55:
	.loc 1 12 5 discriminator 4 view .LVU138
	.loc 1 12 8 is_stmt 0 discriminator 4 view .LVU139
	cmp	w0, 64
	beq	.L22
	.loc 1 14 5 is_stmt 1 view .LVU140
	.loc 1 14 16 is_stmt 0 view .LVU141
	add	x0, x25, :lo12:.LANCHOR0
	str	w2, [x25, #:lo12:.LANCHOR0]
	.loc 1 14 20 view .LVU142
	add	x0, x0, 16
	str	x3, [x0, x6, lsl 3]
.LVL41:
	.loc 1 15 5 is_stmt 1 view .LVU143
.L22:
	.loc 1 15 5 is_stmt 0 view .LVU144
.LBE55:
.LBE54:
	.loc 1 52 40 is_stmt 1 view .LVU145
	.loc 1 52 50 is_stmt 0 view .LVU146
	cmp	x4, 0
	.loc 1 52 47 view .LVU147
	cinc	w23, w23, eq
.LVL42:
	.loc 1 52 54 is_stmt 1 view .LVU148
	b	.L2
.LVL43:
.L61:
	.loc 1 52 19 is_stmt 0 discriminator 1 view .LVU149
	sdiv	x3, x3, x4
.LVL44:
	.loc 1 52 19 discriminator 1 view .LVU150
	b	.L21
.LBE60:
	.cfi_endproc
.LFE26:
	.size	main, .-main
	.bss
	.align	4
	.set	.LANCHOR0,. + 0
	.type	depth, %object
	.size	depth, 4
depth:
	.zero	4
	.zero	12
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
	.4byte	0x518
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x16
	.4byte	.LASF30
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL19
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x17
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
	.uleb128 0xd
	.4byte	0x3f
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
	.4byte	0x6c
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xd
	.4byte	0x6c
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xe
	.4byte	0x6c
	.4byte	0x96
	.uleb128 0xf
	.4byte	0x2a
	.byte	0x1f
	.byte	0
	.uleb128 0x6
	.4byte	0x46
	.uleb128 0x6
	.4byte	0x73
	.uleb128 0x10
	.4byte	0x9b
	.uleb128 0x18
	.byte	0x7
	.byte	0x4
	.4byte	0x4b
	.byte	0x5
	.byte	0x2f
	.byte	0x1
	.4byte	0x104
	.uleb128 0x4
	.4byte	.LASF12
	.2byte	0x100
	.uleb128 0x4
	.4byte	.LASF13
	.2byte	0x200
	.uleb128 0x4
	.4byte	.LASF14
	.2byte	0x400
	.uleb128 0x4
	.4byte	.LASF15
	.2byte	0x800
	.uleb128 0x4
	.4byte	.LASF16
	.2byte	0x1000
	.uleb128 0x4
	.4byte	.LASF17
	.2byte	0x2000
	.uleb128 0x4
	.4byte	.LASF18
	.2byte	0x4000
	.uleb128 0x4
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
	.uleb128 0xe
	.4byte	0x60
	.4byte	0x114
	.uleb128 0xf
	.4byte	0x2a
	.byte	0x3f
	.byte	0
	.uleb128 0x11
	.4byte	.LASF24
	.byte	0x7
	.byte	0xd
	.4byte	0x104
	.uleb128 0x9
	.byte	0x3
	.8byte	stack
	.uleb128 0x11
	.4byte	.LASF25
	.byte	0x8
	.byte	0xc
	.4byte	0x31
	.uleb128 0x9
	.byte	0x3
	.8byte	depth
	.uleb128 0x19
	.4byte	.LASF31
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF32
	.4byte	0x31
	.4byte	0x15a
	.uleb128 0x5
	.4byte	0x9b
	.uleb128 0x12
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x172
	.uleb128 0x5
	.4byte	0x9b
	.uleb128 0x12
	.byte	0
	.uleb128 0x13
	.4byte	.LASF27
	.byte	0x3
	.byte	0x9c
	.byte	0xc
	.4byte	0x31
	.4byte	0x18d
	.uleb128 0x5
	.4byte	0x9b
	.uleb128 0x5
	.4byte	0x9b
	.byte	0
	.uleb128 0x13
	.4byte	.LASF28
	.byte	0x4
	.byte	0xb1
	.byte	0x11
	.4byte	0x60
	.4byte	0x1ad
	.uleb128 0x5
	.4byte	0xa0
	.uleb128 0x5
	.4byte	0x1b2
	.uleb128 0x5
	.4byte	0x31
	.byte	0
	.uleb128 0x6
	.4byte	0x67
	.uleb128 0x10
	.4byte	0x1ad
	.uleb128 0x1b
	.4byte	.LASF33
	.byte	0x5
	.byte	0x4f
	.byte	0x23
	.4byte	0x1c3
	.uleb128 0x6
	.4byte	0x96
	.uleb128 0x1c
	.4byte	.LASF34
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4e6
	.uleb128 0x1d
	.string	"tok"
	.byte	0x1
	.byte	0x1c
	.byte	0xa
	.4byte	0x86
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1e
	.4byte	.LASF29
	.byte	0x1
	.byte	0x1d
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x14
	.4byte	.LLRL1
	.4byte	0x49f
	.uleb128 0x9
	.string	"b"
	.byte	0x2a
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x9
	.string	"a"
	.byte	0x2a
	.byte	0x11
	.4byte	0x60
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x14
	.4byte	.LLRL6
	.4byte	0x294
	.uleb128 0x9
	.string	"v"
	.byte	0x24
	.byte	0x12
	.4byte	0x60
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xa
	.4byte	0x4e6
	.8byte	.LBI32
	.byte	.LVU82
	.4byte	.LLRL8
	.byte	0x25
	.byte	0x11
	.4byte	0x278
	.uleb128 0x3
	.4byte	0x4f7
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.uleb128 0xb
	.8byte	.LVL23
	.4byte	0x15a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0
	.byte	0
	.uleb128 0x1f
	.8byte	.LBB48
	.8byte	.LBE48-.LBB48
	.4byte	0x2ea
	.uleb128 0x9
	.string	"r"
	.byte	0x35
	.byte	0x1a
	.4byte	0x60
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x20
	.4byte	0x505
	.8byte	.LBI49
	.byte	.LVU107
	.8byte	.LBB49
	.8byte	.LBE49-.LBB49
	.byte	0x1
	.byte	0x35
	.byte	0x39
	.uleb128 0x3
	.4byte	0x512
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x505
	.8byte	.LBI24
	.byte	.LVU59
	.4byte	.LLRL4
	.byte	0x20
	.byte	0xd
	.4byte	0x310
	.uleb128 0x3
	.4byte	0x512
	.4byte	.LLST5
	.4byte	.LVUS5
	.byte	0
	.uleb128 0x7
	.4byte	0x4e6
	.8byte	.LBI36
	.byte	.LVU24
	.8byte	.LBB36
	.8byte	.LBE36-.LBB36
	.byte	0x2b
	.byte	0xe
	.4byte	0x342
	.uleb128 0x3
	.4byte	0x4f7
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.uleb128 0x7
	.4byte	0x4e6
	.8byte	.LBI38
	.byte	.LVU33
	.8byte	.LBB38
	.8byte	.LBE38-.LBB38
	.byte	0x2b
	.byte	0x1a
	.4byte	0x374
	.uleb128 0x3
	.4byte	0x4f7
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.uleb128 0x7
	.4byte	0x505
	.8byte	.LBI40
	.byte	.LVU44
	.8byte	.LBB40
	.8byte	.LBE40-.LBB40
	.byte	0x31
	.byte	0x13
	.4byte	0x3a6
	.uleb128 0x3
	.4byte	0x512
	.4byte	.LLST12
	.4byte	.LVUS12
	.byte	0
	.uleb128 0xa
	.4byte	0x505
	.8byte	.LBI42
	.byte	.LVU132
	.4byte	.LLRL13
	.byte	0x33
	.byte	0x13
	.4byte	0x3cc
	.uleb128 0x3
	.4byte	0x512
	.4byte	.LLST14
	.4byte	.LVUS14
	.byte	0
	.uleb128 0x7
	.4byte	0x505
	.8byte	.LBI51
	.byte	.LVU122
	.8byte	.LBB51
	.8byte	.LBE51-.LBB51
	.byte	0x32
	.byte	0x13
	.4byte	0x3fe
	.uleb128 0x3
	.4byte	0x512
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.uleb128 0x7
	.4byte	0x505
	.8byte	.LBI54
	.byte	.LVU137
	.8byte	.LBB54
	.8byte	.LBE54-.LBB54
	.byte	0x34
	.byte	0x13
	.4byte	0x430
	.uleb128 0x3
	.4byte	0x512
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.uleb128 0x21
	.8byte	.LVL3
	.4byte	0x1b7
	.uleb128 0xc
	.8byte	.LVL11
	.4byte	0x18d
	.4byte	0x45f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
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
	.uleb128 0xc
	.8byte	.LVL19
	.4byte	0x15a
	.4byte	0x47d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL33
	.4byte	0x15a
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
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL2
	.4byte	0x13e
	.4byte	0x4c4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL15
	.4byte	0x13e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x22
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x31
	.byte	0x1
	.4byte	0x500
	.uleb128 0x15
	.string	"v"
	.byte	0x12
	.4byte	0x500
	.byte	0
	.uleb128 0x6
	.4byte	0x60
	.uleb128 0x23
	.4byte	.LASF35
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x31
	.byte	0x1
	.uleb128 0x15
	.string	"v"
	.byte	0xa
	.4byte	0x60
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0x5
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
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0x20
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x23
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
	.uleb128 0x20
	.uleb128 0xb
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
.LVUS0:
	.uleb128 .LVU3
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU118
	.uleb128 .LVU118
	.uleb128 .LVU120
	.uleb128 .LVU120
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL16-.LVL0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL16-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL17-.LVL0
	.uleb128 .LVL18-.LVL0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL18-.LVL0
	.uleb128 .LVL19-.LVL0
	.uleb128 0x3
	.byte	0x87
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL32-.LVL0
	.uleb128 .LVL33-.LVL0
	.uleb128 0x3
	.byte	0x87
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL0
	.uleb128 .LFE26-.LVL0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS2:
	.uleb128 .LVU31
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU50
	.uleb128 .LVU95
	.uleb128 .LVU99
	.uleb128 .LVU99
	.uleb128 .LVU103
	.uleb128 .LVU103
	.uleb128 .LVU104
	.uleb128 .LVU105
	.uleb128 .LVU115
	.uleb128 .LVU115
	.uleb128 .LVU119
	.uleb128 .LVU121
	.uleb128 .LVU132
	.uleb128 .LVU132
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL7-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL7-.LVL5
	.uleb128 .LVL9-.LVL5
	.uleb128 0xd
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL24-.LVL5
	.uleb128 .LVL26-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL26-.LVL5
	.uleb128 .LVL28-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL28-.LVL5
	.uleb128 .LVL29-.LVL5
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL5
	.uleb128 .LVL31-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL31-.LVL5
	.uleb128 .LVL33-1-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL34-.LVL5
	.uleb128 .LVL38-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL38-.LVL5
	.uleb128 .LVL39-.LVL5
	.uleb128 0xd
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL39-.LVL5
	.uleb128 .LFE26-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS3:
	.uleb128 .LVU40
	.uleb128 .LVU53
	.uleb128 .LVU95
	.uleb128 .LVU119
	.uleb128 .LVU121
	.uleb128 .LVU122
	.uleb128 .LVU122
	.uleb128 .LVU127
	.uleb128 .LVU130
	.uleb128 .LVU137
	.uleb128 .LVU137
	.uleb128 .LVU143
	.uleb128 .LVU149
	.uleb128 .LVU150
	.uleb128 .LVU150
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL6
	.byte	0x4
	.uleb128 .LVL6-.LVL6
	.uleb128 .LVL10-.LVL6
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL24-.LVL6
	.uleb128 .LVL33-1-.LVL6
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL34-.LVL6
	.uleb128 .LVL35-.LVL6
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL35-.LVL6
	.uleb128 .LVL36-.LVL6
	.uleb128 0x7
	.byte	0x76
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL37-.LVL6
	.uleb128 .LVL40-.LVL6
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL40-.LVL6
	.uleb128 .LVL41-.LVL6
	.uleb128 0x7
	.byte	0x76
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL43-.LVL6
	.uleb128 .LVL44-.LVL6
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL44-.LVL6
	.uleb128 .LFE26-.LVL6
	.uleb128 0x7
	.byte	0x76
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0
.LVUS7:
	.uleb128 .LVU88
	.uleb128 .LVU91
	.uleb128 .LVU91
	.uleb128 .LVU92
.LLST7:
	.byte	0x6
	.8byte	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL22-.LVL21
	.uleb128 0x14
	.byte	0x71
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x3
	.8byte	stack
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL22-.LVL21
	.uleb128 .LVL23-1-.LVL21
	.uleb128 0x1d
	.byte	0x3
	.8byte	depth
	.byte	0x94
	.byte	0x4
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x3
	.8byte	stack
	.byte	0x22
	.byte	0
.LVUS9:
	.uleb128 .LVU82
	.uleb128 .LVU89
.LLST9:
	.byte	0x8
	.8byte	.LVL20
	.uleb128 .LVL21-.LVL20
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+577
	.sleb128 0
	.byte	0
.LVUS15:
	.uleb128 .LVU97
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 .LVU106
.LLST15:
	.byte	0x6
	.8byte	.LVL25
	.byte	0x4
	.uleb128 .LVL25-.LVL25
	.uleb128 .LVL27-.LVL25
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL25
	.uleb128 .LVL30-.LVL25
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS16:
	.uleb128 .LVU107
	.uleb128 .LVU115
.LLST16:
	.byte	0x8
	.8byte	.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS5:
	.uleb128 .LVU58
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU68
.LLST5:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL13-.LVL12
	.uleb128 .LVL14-.LVL12
	.uleb128 0xd
	.byte	0x72
	.sleb128 -1
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0
.LVUS10:
	.uleb128 .LVU24
	.uleb128 .LVU32
.LLST10:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+534
	.sleb128 0
	.byte	0
.LVUS11:
	.uleb128 .LVU32
	.uleb128 .LVU41
.LLST11:
	.byte	0x8
	.8byte	.LVL5
	.uleb128 .LVL6-.LVL5
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+551
	.sleb128 0
	.byte	0
.LVUS12:
	.uleb128 .LVU44
	.uleb128 .LVU47
.LLST12:
	.byte	0x8
	.8byte	.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS14:
	.uleb128 .LVU132
	.uleb128 .LVU135
.LLST14:
	.byte	0x8
	.8byte	.LVL38
	.uleb128 .LVL39-.LVL38
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS17:
	.uleb128 .LVU122
	.uleb128 .LVU130
.LLST17:
	.byte	0x8
	.8byte	.LVL35
	.uleb128 .LVL37-.LVL35
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS18:
	.uleb128 .LVU137
	.uleb128 .LVU144
.LLST18:
	.byte	0x8
	.8byte	.LVL40
	.uleb128 .LVL41-.LVL40
	.uleb128 0x1
	.byte	0x53
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
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
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
.LLRL1:
	.byte	0x5
	.8byte	.LBB23
	.byte	0x4
	.uleb128 .LBB23-.LBB23
	.uleb128 .LBE23-.LBB23
	.byte	0x4
	.uleb128 .LBB56-.LBB23
	.uleb128 .LBE56-.LBB23
	.byte	0x4
	.uleb128 .LBB57-.LBB23
	.uleb128 .LBE57-.LBB23
	.byte	0x4
	.uleb128 .LBB58-.LBB23
	.uleb128 .LBE58-.LBB23
	.byte	0x4
	.uleb128 .LBB59-.LBB23
	.uleb128 .LBE59-.LBB23
	.byte	0x4
	.uleb128 .LBB60-.LBB23
	.uleb128 .LBE60-.LBB23
	.byte	0
.LLRL4:
	.byte	0x5
	.8byte	.LBB24
	.byte	0x4
	.uleb128 .LBB24-.LBB24
	.uleb128 .LBE24-.LBB24
	.byte	0x4
	.uleb128 .LBB30-.LBB24
	.uleb128 .LBE30-.LBB24
	.byte	0x4
	.uleb128 .LBB45-.LBB24
	.uleb128 .LBE45-.LBB24
	.byte	0x4
	.uleb128 .LBB46-.LBB24
	.uleb128 .LBE46-.LBB24
	.byte	0
.LLRL6:
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB47-.LBB31
	.uleb128 .LBE47-.LBB31
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB32
	.byte	0x4
	.uleb128 .LBB32-.LBB32
	.uleb128 .LBE32-.LBB32
	.byte	0x4
	.uleb128 .LBB35-.LBB32
	.uleb128 .LBE35-.LBB32
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB42
	.byte	0x4
	.uleb128 .LBB42-.LBB42
	.uleb128 .LBE42-.LBB42
	.byte	0x4
	.uleb128 .LBB53-.LBB42
	.uleb128 .LBE53-.LBB42
	.byte	0
.LLRL19:
	.byte	0x7
	.8byte	.LFB26
	.uleb128 .LFE26-.LFB26
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
.LASF30:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF4:
	.string	"short unsigned int"
.LASF14:
	.string	"_ISalpha"
.LASF2:
	.string	"long unsigned int"
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
