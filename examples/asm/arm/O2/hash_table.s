	.arch armv8-a
	.file	"hash_table.c"
	.text
.Ltext0:
	.file 0 "." "programs/hash_table.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%23s"
	.align	3
.LC1:
	.string	"%-10s %d (hash %u)\n"
	.align	3
.LC2:
	.string	"%d words, %d distinct\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/hash_table.c"
	.loc 1 27 1 view -0
	.cfi_startproc
	.loc 1 28 5 view .LVU1
	.loc 1 29 5 view .LVU2
.LVL0:
	.loc 1 30 5 view .LVU3
	.loc 1 27 1 is_stmt 0 view .LVU4
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -80
	.cfi_offset 24, -72
	add	x23, sp, 104
	.loc 1 30 12 view .LVU5
	mov	x1, x23
	.loc 1 27 1 view .LVU6
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -64
	.cfi_offset 26, -56
	adrp	x25, .LC0
	.loc 1 30 12 view .LVU7
	add	x25, x25, :lo12:.LC0
	mov	x0, x25
	mov	w24, 28
	.loc 1 27 1 view .LVU8
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -112
	.cfi_offset 20, -104
	adrp	x19, .LANCHOR0
.LBB16:
.LBB17:
.LBB18:
	.loc 1 21 20 view .LVU9
	add	x20, x19, :lo12:.LANCHOR0
.LBE18:
.LBE17:
.LBE16:
	.loc 1 27 1 view .LVU10
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -96
	.cfi_offset 22, -88
	.loc 1 29 23 view .LVU11
	mov	w21, 0
.LVL1:
	.loc 1 29 9 view .LVU12
	mov	w22, 0
.LVL2:
	.loc 1 30 29 is_stmt 1 view .LVU13
	.loc 1 27 1 is_stmt 0 view .LVU14
	str	x27, [sp, 80]
	.cfi_offset 27, -48
	.loc 1 30 12 view .LVU15
	bl	__isoc99_scanf
.LVL3:
	.loc 1 30 29 view .LVU16
	cmp	w0, 1
	bne	.L8
.LVL4:
	.p2align 3,,7
.L27:
.LBB31:
.LBB28:
.LBB25:
.LBB19:
.LBB20:
	.loc 1 13 12 is_stmt 1 view .LVU17
	ldrb	w0, [sp, 104]
	mov	x1, x23
	.loc 1 12 14 is_stmt 0 view .LVU18
	mov	w26, 5381
	.loc 1 13 12 view .LVU19
	cbz	w0, .L24
.LVL5:
	.p2align 3,,7
.L3:
	.loc 1 14 9 is_stmt 1 view .LVU20
	.loc 1 14 15 is_stmt 0 view .LVU21
	add	w26, w26, w26, lsl 5
.LVL6:
	.loc 1 14 11 view .LVU22
	add	w26, w0, w26
.LVL7:
	.loc 1 13 12 is_stmt 1 view .LVU23
	ldrb	w0, [x1, 1]!
.LVL8:
	.loc 1 13 12 is_stmt 0 view .LVU24
	cbnz	w0, .L3
	.loc 1 15 5 is_stmt 1 view .LVU25
.LVL9:
	.loc 1 15 5 is_stmt 0 view .LVU26
.LBE20:
.LBE19:
	.loc 1 21 5 is_stmt 1 view .LVU27
	.loc 1 21 27 view .LVU28
	.loc 1 20 14 is_stmt 0 view .LVU29
	and	w26, w26, 127
	.loc 1 21 20 view .LVU30
	uxtw	x27, w26
	ubfiz	x0, x26, 3, 7
	sub	x0, x0, x27
	umull	x1, w26, w24
	add	x0, x20, x0, lsl 2
	.loc 1 21 27 view .LVU31
	ldr	w0, [x0, 24]
	cbnz	w0, .L4
	b	.L25
.LVL10:
	.p2align 2,,3
.L6:
	.loc 1 21 20 view .LVU32
	and	x27, x1, 127
	.loc 1 22 11 view .LVU33
	and	w26, w1, 127
	.loc 1 21 27 is_stmt 1 view .LVU34
	.loc 1 21 20 is_stmt 0 view .LVU35
	ubfiz	x1, x1, 3, 7
.LVL11:
	.loc 1 21 20 view .LVU36
	sub	x1, x1, x27
	add	x1, x20, x1, lsl 2
	.loc 1 21 27 view .LVU37
	ldr	w0, [x1, 24]
	cbz	w0, .L26
.LVL12:
.L4:
	.loc 1 21 30 view .LVU38
	umaddl	x0, w26, w24, x20
	mov	x1, x23
	bl	strcmp
.LVL13:
	.loc 1 22 9 is_stmt 1 view .LVU39
	.loc 1 22 16 is_stmt 0 view .LVU40
	add	w1, w26, 1
.LVL14:
	.loc 1 21 27 view .LVU41
	cbnz	w0, .L6
.LVL15:
	.loc 1 21 27 view .LVU42
.LBE25:
.LBE28:
	.loc 1 36 9 is_stmt 1 view .LVU43
	.loc 1 36 17 is_stmt 0 view .LVU44
	lsl	x0, x27, 3
	.loc 1 37 14 view .LVU45
	add	w21, w21, 1
.LVL16:
	.loc 1 36 17 view .LVU46
	sub	x0, x0, x27
	add	x0, x20, x0, lsl 2
	ldr	w1, [x0, 24]
	add	w1, w1, 1
	str	w1, [x0, 24]
	.loc 1 37 9 is_stmt 1 view .LVU47
.LVL17:
.L29:
	.loc 1 37 9 is_stmt 0 view .LVU48
.LBE31:
	.loc 1 30 29 is_stmt 1 view .LVU49
	.loc 1 30 12 is_stmt 0 view .LVU50
	mov	x1, x23
	mov	x0, x25
	bl	__isoc99_scanf
.LVL18:
	.loc 1 30 29 view .LVU51
	cmp	w0, 1
	beq	.L27
.L8:
	.loc 1 30 29 view .LVU52
	add	x19, x19, :lo12:.LANCHOR0
.LBB32:
	.loc 1 41 13 view .LVU53
	adrp	x23, .LC1
	add	x20, x19, 3584
	add	x23, x23, :lo12:.LC1
	b	.L13
.LVL19:
	.p2align 2,,3
.L10:
	.loc 1 39 33 is_stmt 1 discriminator 2 view .LVU54
	.loc 1 39 23 discriminator 2 view .LVU55
	add	x19, x19, 28
.LVL20:
	.loc 1 39 23 is_stmt 0 discriminator 2 view .LVU56
	cmp	x19, x20
	beq	.L28
.LVL21:
.L13:
	.loc 1 40 9 is_stmt 1 view .LVU57
	.loc 1 40 21 is_stmt 0 view .LVU58
	ldr	w2, [x19, 24]
	.loc 1 40 12 view .LVU59
	cmp	w2, 1
	ble	.L10
	.loc 1 41 13 is_stmt 1 view .LVU60
.LVL22:
.LBB33:
.LBI33:
	.loc 1 10 17 view .LVU61
.LBB34:
	.loc 1 12 5 view .LVU62
	.loc 1 13 5 view .LVU63
	.loc 1 13 12 view .LVU64
	ldrb	w0, [x19]
	cbz	w0, .L15
	mov	x4, x19
	.loc 1 12 14 is_stmt 0 view .LVU65
	mov	w3, 5381
.LVL23:
	.p2align 3,,7
.L12:
	.loc 1 14 9 is_stmt 1 view .LVU66
	.loc 1 14 15 is_stmt 0 view .LVU67
	add	w3, w3, w3, lsl 5
.LVL24:
	.loc 1 14 11 view .LVU68
	add	w3, w0, w3
.LVL25:
	.loc 1 13 12 is_stmt 1 view .LVU69
	ldrb	w0, [x4, 1]!
.LVL26:
	.loc 1 13 12 is_stmt 0 view .LVU70
	cbnz	w0, .L12
	.loc 1 15 5 is_stmt 1 view .LVU71
.LVL27:
	.loc 1 15 5 is_stmt 0 view .LVU72
.LBE34:
.LBE33:
	.loc 1 41 13 view .LVU73
	mov	x1, x19
	mov	x0, x23
	bl	printf
.LVL28:
.L30:
	.loc 1 39 33 is_stmt 1 view .LVU74
	.loc 1 39 23 view .LVU75
	add	x19, x19, 28
.LVL29:
	.loc 1 39 23 is_stmt 0 view .LVU76
	cmp	x19, x20
	bne	.L13
.LVL30:
.L28:
	.loc 1 39 23 view .LVU77
.LBE32:
	.loc 1 42 5 is_stmt 1 view .LVU78
	mov	w1, w21
	mov	w2, w22
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL31:
	.loc 1 43 5 view .LVU79
	.loc 1 44 1 is_stmt 0 view .LVU80
	ldp	x19, x20, [sp, 16]
	mov	w0, w22
	ldp	x21, x22, [sp, 32]
.LVL32:
	.loc 1 44 1 view .LVU81
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldr	x27, [sp, 80]
	ldp	x29, x30, [sp], 128
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL33:
	.p2align 2,,3
.L26:
	.cfi_restore_state
.LBB37:
.LBB29:
.LBB26:
	.loc 1 23 12 view .LVU82
	umaddl	x0, w26, w24, x20
	.loc 1 23 5 is_stmt 1 view .LVU83
.LVL34:
	.loc 1 23 5 is_stmt 0 view .LVU84
.LBE26:
.LBE29:
	.loc 1 32 9 is_stmt 1 view .LVU85
.L5:
	.loc 1 33 13 view .LVU86
	mov	x1, x23
	bl	strcpy
.LVL35:
	.loc 1 34 13 view .LVU87
	.loc 1 36 17 is_stmt 0 view .LVU88
	lsl	x0, x27, 3
	.loc 1 34 21 view .LVU89
	add	w22, w22, 1
.LVL36:
	.loc 1 36 9 is_stmt 1 view .LVU90
	.loc 1 36 17 is_stmt 0 view .LVU91
	sub	x0, x0, x27
	.loc 1 37 14 view .LVU92
	add	w21, w21, 1
.LVL37:
	.loc 1 36 17 view .LVU93
	add	x0, x20, x0, lsl 2
	ldr	w1, [x0, 24]
	add	w1, w1, 1
	str	w1, [x0, 24]
	.loc 1 37 9 is_stmt 1 view .LVU94
.LVL38:
	.loc 1 37 9 is_stmt 0 view .LVU95
	b	.L29
.LVL39:
	.p2align 2,,3
.L15:
	.loc 1 37 9 view .LVU96
.LBE37:
.LBB38:
	.loc 1 41 13 view .LVU97
	mov	x1, x19
	mov	x0, x23
.LBB36:
.LBB35:
	.loc 1 12 14 view .LVU98
	mov	w3, 5381
	.loc 1 15 5 is_stmt 1 view .LVU99
.LVL40:
	.loc 1 15 5 is_stmt 0 view .LVU100
.LBE35:
.LBE36:
	.loc 1 41 13 view .LVU101
	bl	printf
.LVL41:
	b	.L30
.LVL42:
.L24:
	.loc 1 41 13 view .LVU102
.LBE38:
.LBB39:
.LBB30:
.LBB27:
.LBB23:
.LBB21:
	.loc 1 13 12 view .LVU103
	mov	w26, 5
.LBE21:
.LBE23:
	.loc 1 21 20 view .LVU104
	uxtw	x27, w26
	ubfiz	x0, x26, 3, 7
.LBB24:
.LBB22:
	.loc 1 13 12 view .LVU105
	mov	x1, 140
.LVL43:
	.loc 1 15 5 is_stmt 1 view .LVU106
	.loc 1 15 5 is_stmt 0 view .LVU107
.LBE22:
.LBE24:
	.loc 1 21 5 is_stmt 1 view .LVU108
	.loc 1 21 27 view .LVU109
	.loc 1 21 20 is_stmt 0 view .LVU110
	sub	x0, x0, x27
	add	x0, x20, x0, lsl 2
	.loc 1 21 27 view .LVU111
	ldr	w0, [x0, 24]
	cbnz	w0, .L4
.L25:
	.loc 1 23 12 view .LVU112
	add	x0, x20, x1
	b	.L5
.LBE27:
.LBE30:
.LBE39:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	table, %object
	.size	table, 3584
table:
	.zero	3584
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x377
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x14
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL13
	.8byte	0
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
	.uleb128 0x5
	.4byte	0x67
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x16
	.4byte	0x67
	.uleb128 0x5
	.4byte	0x6e
	.uleb128 0x17
	.4byte	.LASF19
	.byte	0x1c
	.byte	0x1
	.byte	0x7
	.byte	0x8
	.4byte	0x9c
	.uleb128 0xa
	.4byte	.LASF10
	.byte	0x15
	.4byte	0x9c
	.byte	0
	.uleb128 0xa
	.4byte	.LASF11
	.byte	0x23
	.4byte	0x31
	.byte	0x18
	.byte	0
	.uleb128 0xb
	.4byte	0x67
	.4byte	0xac
	.uleb128 0xc
	.4byte	0x2a
	.byte	0x17
	.byte	0
	.uleb128 0xb
	.4byte	0x78
	.4byte	0xbc
	.uleb128 0xc
	.4byte	0x2a
	.byte	0x7f
	.byte	0
	.uleb128 0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x8
	.byte	0x15
	.4byte	0xac
	.uleb128 0x9
	.byte	0x3
	.8byte	table
	.uleb128 0xd
	.4byte	.LASF12
	.byte	0x9c
	.byte	0xc
	.4byte	0x31
	.4byte	0xec
	.uleb128 0x3
	.4byte	0x73
	.uleb128 0x3
	.4byte	0x73
	.byte	0
	.uleb128 0x19
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x104
	.uleb128 0x3
	.4byte	0x73
	.uleb128 0xe
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF20
	.byte	0x3
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF21
	.4byte	0x31
	.4byte	0x120
	.uleb128 0x3
	.4byte	0x73
	.uleb128 0xe
	.byte	0
	.uleb128 0xd
	.4byte	.LASF14
	.byte	0x8d
	.byte	0xe
	.4byte	0x62
	.4byte	0x13a
	.uleb128 0x3
	.4byte	0x62
	.uleb128 0x3
	.4byte	0x73
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x331
	.uleb128 0x1c
	.string	"w"
	.byte	0x1
	.byte	0x1c
	.byte	0xa
	.4byte	0x9c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xf
	.4byte	.LASF16
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xf
	.4byte	.LASF17
	.byte	0x17
	.4byte	0x31
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x10
	.4byte	.LLRL2
	.4byte	0x238
	.uleb128 0x6
	.string	"e"
	.byte	0x1f
	.byte	0x17
	.4byte	0x331
	.uleb128 0x11
	.4byte	0x336
	.4byte	.LLRL3
	.byte	0x1f
	.byte	0x1b
	.4byte	0x223
	.uleb128 0x1d
	.4byte	0x347
	.uleb128 0x7
	.4byte	.LLRL3
	.uleb128 0x8
	.4byte	0x350
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x11
	.4byte	0x35a
	.4byte	.LLRL5
	.byte	0x14
	.byte	0x12
	.4byte	0x1f5
	.uleb128 0x12
	.4byte	0x367
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.4byte	.LLRL5
	.uleb128 0x8
	.4byte	0x370
	.4byte	.LLST7
	.4byte	.LVUS7
	.byte	0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL13
	.4byte	0xd2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x14
	.byte	0x8a
	.sleb128 0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x88
	.sleb128 0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x1e
	.byte	0x84
	.sleb128 0
	.byte	0x22
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL35
	.4byte	0x120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	.LLRL8
	.4byte	0x2cd
	.uleb128 0x1e
	.string	"i"
	.byte	0x1
	.byte	0x27
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x1f
	.4byte	0x35a
	.8byte	.LBI33
	.byte	.LVU61
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x29
	.byte	0xd
	.4byte	0x28d
	.uleb128 0x12
	.4byte	0x367
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x7
	.4byte	.LLRL10
	.uleb128 0x8
	.4byte	0x370
	.4byte	.LLST12
	.4byte	.LVUS12
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL28
	.4byte	0xec
	.4byte	0x2ab
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL41
	.4byte	0xec
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0xa
	.2byte	0x1505
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL3
	.4byte	0x104
	.4byte	0x2eb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL18
	.4byte	0x104
	.4byte	0x309
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL31
	.4byte	0xec
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x78
	.uleb128 0x20
	.4byte	.LASF23
	.byte	0x1
	.byte	0x12
	.byte	0x16
	.4byte	0x331
	.byte	0x1
	.4byte	0x35a
	.uleb128 0x13
	.string	"w"
	.byte	0x12
	.byte	0x29
	.4byte	0x73
	.uleb128 0x6
	.string	"i"
	.byte	0x14
	.byte	0xe
	.4byte	0x46
	.byte	0
	.uleb128 0x21
	.4byte	.LASF24
	.byte	0x1
	.byte	0xa
	.byte	0x11
	.4byte	0x46
	.byte	0x1
	.uleb128 0x13
	.string	"s"
	.byte	0xa
	.byte	0x22
	.4byte	0x73
	.uleb128 0x6
	.string	"h"
	.byte	0xc
	.byte	0xe
	.4byte	0x46
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
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x21
	.sleb128 29
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
	.uleb128 0x10
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
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
	.uleb128 0x12
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
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x18
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL32-.LVL0
	.uleb128 .LVL33-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL33-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU81
	.uleb128 .LVU82
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 0
.LLST1:
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
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL16-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL33-.LVL0
	.uleb128 .LVL37-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL37-.LVL0
	.uleb128 .LVL38-.LVL0
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS4:
	.uleb128 .LVU32
	.uleb128 .LVU36
	.uleb128 .LVU41
	.uleb128 .LVU42
.LLST4:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x6
	.byte	0x71
	.sleb128 0
	.byte	0x8
	.byte	0x7f
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.LVL10
	.uleb128 .LVL15-.LVL10
	.uleb128 0x6
	.byte	0x71
	.sleb128 0
	.byte	0x8
	.byte	0x7f
	.byte	0x1a
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU26
	.uleb128 .LVU102
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU107
.LLST6:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.LVL4
	.uleb128 .LVL8-.LVL4
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL4
	.uleb128 .LVL9-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL42-.LVL4
	.uleb128 .LVL43-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL43-.LVL4
	.uleb128 .LVL43-.LVL4
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS7:
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU22
	.uleb128 .LVU23
	.uleb128 .LVU26
	.uleb128 .LVU102
	.uleb128 .LVU107
.LLST7:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL7-.LVL4
	.uleb128 .LVL9-.LVL4
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL42-.LVL4
	.uleb128 .LVL43-.LVL4
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU54
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU96
	.uleb128 .LVU102
.LLST9:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL19-.LVL19
	.uleb128 0x15
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x17
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.LVL19
	.uleb128 .LVL21-.LVL19
	.uleb128 0x17
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL19
	.uleb128 .LVL28-.LVL19
	.uleb128 0x15
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL19
	.uleb128 .LVL29-.LVL19
	.uleb128 0x17
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL19
	.uleb128 .LVL30-.LVL19
	.uleb128 0x17
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.LVL19
	.uleb128 .LVL42-.LVL19
	.uleb128 0x15
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU61
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU72
	.uleb128 .LVU96
	.uleb128 .LVU100
.LLST11:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL23-.LVL22
	.uleb128 .LVL24-.LVL22
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL24-.LVL22
	.uleb128 .LVL26-.LVL22
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL22
	.uleb128 .LVL27-.LVL22
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL39-.LVL22
	.uleb128 .LVL40-.LVL22
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS12:
	.uleb128 .LVU63
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU68
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU96
	.uleb128 .LVU100
.LLST12:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL22
	.uleb128 .LVL24-.LVL22
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL25-.LVL22
	.uleb128 .LVL27-.LVL22
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL39-.LVL22
	.uleb128 .LVL40-.LVL22
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1505
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
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
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
.LLRL2:
	.byte	0x5
	.8byte	.LBB16
	.byte	0x4
	.uleb128 .LBB16-.LBB16
	.uleb128 .LBE16-.LBB16
	.byte	0x4
	.uleb128 .LBB31-.LBB16
	.uleb128 .LBE31-.LBB16
	.byte	0x4
	.uleb128 .LBB37-.LBB16
	.uleb128 .LBE37-.LBB16
	.byte	0x4
	.uleb128 .LBB39-.LBB16
	.uleb128 .LBE39-.LBB16
	.byte	0
.LLRL3:
	.byte	0x5
	.8byte	.LBB17
	.byte	0x4
	.uleb128 .LBB17-.LBB17
	.uleb128 .LBE17-.LBB17
	.byte	0x4
	.uleb128 .LBB28-.LBB17
	.uleb128 .LBE28-.LBB17
	.byte	0x4
	.uleb128 .LBB29-.LBB17
	.uleb128 .LBE29-.LBB17
	.byte	0x4
	.uleb128 .LBB30-.LBB17
	.uleb128 .LBE30-.LBB17
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB19
	.byte	0x4
	.uleb128 .LBB19-.LBB19
	.uleb128 .LBE19-.LBB19
	.byte	0x4
	.uleb128 .LBB23-.LBB19
	.uleb128 .LBE23-.LBB19
	.byte	0x4
	.uleb128 .LBB24-.LBB19
	.uleb128 .LBE24-.LBB19
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB32
	.byte	0x4
	.uleb128 .LBB32-.LBB32
	.uleb128 .LBE32-.LBB32
	.byte	0x4
	.uleb128 .LBB38-.LBB32
	.uleb128 .LBE38-.LBB32
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB33
	.byte	0x4
	.uleb128 .LBB33-.LBB33
	.uleb128 .LBE33-.LBB33
	.byte	0x4
	.uleb128 .LBB36-.LBB33
	.uleb128 .LBE36-.LBB33
	.byte	0
.LLRL13:
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF20:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"strcpy"
.LASF6:
	.string	"signed char"
.LASF24:
	.string	"djb2"
.LASF19:
	.string	"entry"
.LASF9:
	.string	"char"
.LASF21:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF11:
	.string	"count"
.LASF15:
	.string	"table"
.LASF12:
	.string	"strcmp"
.LASF2:
	.string	"long unsigned int"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF23:
	.string	"lookup"
.LASF17:
	.string	"total"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF10:
	.string	"word"
.LASF16:
	.string	"distinct"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/hash_table.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
