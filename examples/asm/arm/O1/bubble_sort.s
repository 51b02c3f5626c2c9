	.arch armv8-a
	.file	"bubble_sort.c"
	.text
.Ltext0:
	.file 0 "." "programs/bubble_sort.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%d%c"
	.align	3
.LC1:
	.string	"%hd%c"
	.align	3
.LC2:
	.string	"weighted sum %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/bubble_sort.c"
	.loc 1 37 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -224]!
	.cfi_def_cfa_offset 224
	.cfi_offset 29, -224
	.cfi_offset 30, -216
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	.cfi_offset 19, -208
	.cfi_offset 20, -200
	.cfi_offset 21, -192
	.cfi_offset 22, -184
	.cfi_offset 23, -176
	.cfi_offset 24, -168
	.cfi_offset 25, -160
	.cfi_offset 26, -152
	.loc 1 38 5 view .LVU1
	.loc 1 39 5 view .LVU2
	.loc 1 40 5 view .LVU3
.LVL0:
	.loc 1 41 5 view .LVU4
.LBB16:
	.loc 1 41 10 view .LVU5
	.loc 1 41 23 view .LVU6
.LBE16:
	.loc 1 37 1 is_stmt 0 view .LVU7
	mov	x1, 1
	.loc 1 40 14 view .LVU8
	mov	w3, 12345
.LBB17:
	.loc 1 42 21 view .LVU9
	mov	w10, 20077
	movk	w10, 0x41c6, lsl 16
	.loc 1 42 14 view .LVU10
	mov	w9, w3
	.loc 1 43 34 view .LVU11
	mov	w8, 19923
	movk	w8, 0x1062, lsl 16
	mov	w7, 1000
	.loc 1 43 14 view .LVU12
	add	x6, sp, 128
	.loc 1 44 14 view .LVU13
	add	x5, sp, 80
.LVL1:
.L2:
	.loc 1 42 9 is_stmt 1 discriminator 3 view .LVU14
	.loc 1 42 14 is_stmt 0 discriminator 3 view .LVU15
	madd	w3, w3, w10, w9
.LVL2:
	.loc 1 43 9 is_stmt 1 discriminator 3 view .LVU16
	.loc 1 43 27 is_stmt 0 discriminator 3 view .LVU17
	lsr	w2, w3, 16
	.loc 1 43 34 discriminator 3 view .LVU18
	smull	x0, w2, w8
	asr	x0, x0, 38
	msub	w0, w0, w7, w2
	.loc 1 43 41 discriminator 3 view .LVU19
	sub	w0, w0, #500
	.loc 1 43 14 discriminator 3 view .LVU20
	add	x2, x6, x1, lsl 2
	str	w0, [x2, -4]
	.loc 1 44 9 is_stmt 1 discriminator 3 view .LVU21
	.loc 1 44 14 is_stmt 0 discriminator 3 view .LVU22
	add	x4, x5, x1, lsl 1
	.loc 1 44 16 discriminator 3 view .LVU23
	ubfiz	w2, w0, 3, 13
	sub	w0, w2, w0
	.loc 1 44 14 discriminator 3 view .LVU24
	strh	w0, [x4, -2]
	.loc 1 41 29 is_stmt 1 discriminator 3 view .LVU25
.LVL3:
	.loc 1 41 23 discriminator 3 view .LVU26
	add	x1, x1, 1
.LVL4:
	.loc 1 41 23 is_stmt 0 discriminator 3 view .LVU27
	cmp	x1, 25
	bne	.L2
	mov	w4, 23
.LBE17:
.LBB18:
.LBB19:
.LBB20:
	.loc 1 9 13 view .LVU28
	mov	w7, 0
.LBB21:
.LBB22:
	.loc 1 15 25 view .LVU29
	mov	w6, 1
	b	.L3
.LVL5:
.L4:
	.loc 1 15 25 view .LVU30
.LBE22:
	.loc 1 10 41 is_stmt 1 view .LVU31
	add	w1, w1, 1
.LVL6:
	.loc 1 10 27 view .LVU32
	add	x0, x0, 4
	cmp	w1, w4
	bge	.L29
.LVL7:
.L5:
	.loc 1 11 13 view .LVU33
	.loc 1 11 18 is_stmt 0 view .LVU34
	ldr	w2, [x0]
	.loc 1 11 25 view .LVU35
	ldr	w3, [x0, 4]
	.loc 1 11 16 view .LVU36
	cmp	w2, w3
	ble	.L4
.LBB23:
	.loc 1 12 17 is_stmt 1 view .LVU37
.LVL8:
	.loc 1 13 17 view .LVU38
	.loc 1 13 22 is_stmt 0 view .LVU39
	str	w3, [x0]
	.loc 1 14 17 is_stmt 1 view .LVU40
	.loc 1 14 26 is_stmt 0 view .LVU41
	str	w2, [x0, 4]
	.loc 1 15 17 is_stmt 1 view .LVU42
.LVL9:
	.loc 1 15 25 is_stmt 0 view .LVU43
	mov	w5, w6
	b	.L4
.LVL10:
.L29:
	.loc 1 15 25 view .LVU44
.LBE23:
.LBE21:
	.loc 1 18 9 is_stmt 1 view .LVU45
	.loc 1 18 12 is_stmt 0 view .LVU46
	cbz	w5, .L8
.LBE20:
	.loc 1 8 33 is_stmt 1 view .LVU47
.LVL11:
	.loc 1 8 23 view .LVU48
	subs	w4, w4, #1
.LVL12:
	.loc 1 8 23 is_stmt 0 view .LVU49
	beq	.L8
.LVL13:
.L3:
.LBB26:
.LBB24:
	.loc 1 10 27 is_stmt 1 view .LVU50
	add	x20, sp, 128
.LBE24:
.LBE26:
.LBE19:
.LBE18:
	.loc 1 40 14 is_stmt 0 view .LVU51
	mov	x0, x20
.LBB29:
.LBB28:
.LBB27:
	.loc 1 9 13 view .LVU52
	mov	w5, w7
.LBB25:
	.loc 1 10 18 view .LVU53
	mov	w1, 0
	b	.L5
.LVL14:
.L8:
	.loc 1 10 18 view .LVU54
.LBE25:
.LBE27:
.LBE28:
.LBE29:
.LBB30:
.LBB31:
	.loc 1 25 23 is_stmt 1 view .LVU55
	add	x22, sp, 80
.LBE31:
.LBE30:
.LBB35:
	mov	x5, x22
	mov	x4, 0
.LBE35:
.LBB36:
.LBB34:
.LBB32:
	.loc 1 32 18 is_stmt 0 view .LVU56
	mov	x6, x22
	b	.L7
.LVL15:
.L10:
	.loc 1 32 9 is_stmt 1 view .LVU57
	.loc 1 32 10 is_stmt 0 view .LVU58
	add	x1, x6, w1, sxtw 1
.LVL16:
	.loc 1 32 18 view .LVU59
	strh	w3, [x1, 2]
.LBE32:
	.loc 1 25 29 is_stmt 1 view .LVU60
.LVL17:
	.loc 1 25 23 view .LVU61
	add	x4, x4, 1
.LVL18:
	.loc 1 25 23 is_stmt 0 view .LVU62
	add	x5, x5, 2
	cmp	x4, 23
	beq	.L30
.LVL19:
.L7:
.LBB33:
	.loc 1 26 9 is_stmt 1 view .LVU63
	.loc 1 26 15 is_stmt 0 view .LVU64
	ldrsh	w3, [x5, 2]
.LVL20:
	.loc 1 27 9 is_stmt 1 view .LVU65
	.loc 1 27 13 is_stmt 0 view .LVU66
	mov	w1, w4
.LVL21:
	.loc 1 28 9 is_stmt 1 view .LVU67
	.loc 1 28 23 view .LVU68
	mov	x0, x5
	tbnz	w4, #31, .L10
.LVL22:
.L9:
	.loc 1 28 27 is_stmt 0 view .LVU69
	ldrsh	w2, [x0]
	.loc 1 28 23 view .LVU70
	cmp	w3, w2
	bge	.L10
	.loc 1 29 13 is_stmt 1 view .LVU71
	.loc 1 29 22 is_stmt 0 view .LVU72
	strh	w2, [x0, 2]
	.loc 1 30 13 is_stmt 1 view .LVU73
	.loc 1 30 14 is_stmt 0 view .LVU74
	sub	w1, w1, #1
.LVL23:
	.loc 1 28 23 is_stmt 1 view .LVU75
	sub	x0, x0, #2
	cmn	w1, #1
	bne	.L9
	b	.L10
.LVL24:
.L30:
	.loc 1 28 23 is_stmt 0 view .LVU76
.LBE33:
	mov	x21, 1
.LBE34:
.LBE36:
	.loc 1 48 10 view .LVU77
	mov	x23, 0
.LBB37:
	.loc 1 50 9 view .LVU78
	add	x25, sp, 128
	adrp	x24, .LC0
	add	x24, x24, :lo12:.LC0
	mov	w26, 32
	b	.L13
.LVL25:
.L31:
	.loc 1 50 9 discriminator 4 view .LVU79
	mov	w2, w26
	mov	w1, w19
	mov	x0, x24
	bl	printf
.LVL26:
	.loc 1 51 9 is_stmt 1 discriminator 4 view .LVU80
	.loc 1 51 16 is_stmt 0 discriminator 4 view .LVU81
	sxtw	x19, w19
	.loc 1 51 13 discriminator 4 view .LVU82
	madd	x23, x19, x21, x23
.LVL27:
	.loc 1 49 29 is_stmt 1 discriminator 4 view .LVU83
	.loc 1 49 23 discriminator 4 view .LVU84
	add	x21, x21, 1
.LVL28:
.L13:
	.loc 1 50 9 view .LVU85
	add	x0, x25, x21, lsl 2
	ldr	w19, [x0, -4]
	cmp	x21, 24
	bne	.L31
	mov	w2, 10
	mov	w1, w19
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL29:
	.loc 1 51 9 view .LVU86
	.loc 1 51 13 is_stmt 0 view .LVU87
	smaddl	x21, w19, w21, x23
.LVL30:
	.loc 1 49 29 is_stmt 1 view .LVU88
	.loc 1 49 23 view .LVU89
	.loc 1 49 23 is_stmt 0 view .LVU90
.LBE37:
.LBB38:
	.loc 1 53 23 is_stmt 1 view .LVU91
	add	x23, x22, 46
	add	x26, x22, 48
.LBE38:
.LBB39:
	.loc 1 51 13 is_stmt 0 view .LVU92
	mov	x19, x22
.LBE39:
.LBB40:
	.loc 1 54 9 view .LVU93
	adrp	x24, .LC1
	add	x24, x24, :lo12:.LC1
	mov	w25, 32
	b	.L15
.LVL31:
.L32:
	.loc 1 54 9 discriminator 4 view .LVU94
	mov	w2, w25
	mov	x0, x24
	bl	printf
.LVL32:
	.loc 1 53 29 is_stmt 1 discriminator 4 view .LVU95
	.loc 1 53 23 discriminator 4 view .LVU96
	add	x19, x19, 2
.LVL33:
	.loc 1 53 23 is_stmt 0 discriminator 4 view .LVU97
	cmp	x19, x26
	beq	.L18
.LVL34:
.L15:
	.loc 1 54 9 is_stmt 1 view .LVU98
	ldrsh	w1, [x19]
	cmp	x19, x23
	bne	.L32
	mov	w2, 10
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL35:
	.loc 1 53 29 view .LVU99
	.loc 1 53 23 view .LVU100
.L18:
	.loc 1 53 23 is_stmt 0 view .LVU101
.LBE40:
	.loc 1 55 5 is_stmt 1 view .LVU102
	mov	x1, x21
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL36:
	.loc 1 56 5 view .LVU103
.LBB41:
	.loc 1 56 10 view .LVU104
	.loc 1 56 23 view .LVU105
.L17:
	.loc 1 57 9 view .LVU106
	.loc 1 57 12 is_stmt 0 view .LVU107
	ldr	w1, [x20]
	ldr	w0, [x20, 4]
	cmp	w1, w0
	bgt	.L20
	.loc 1 57 29 discriminator 1 view .LVU108
	ldrsh	w1, [x22]
	ldrsh	w0, [x22, 2]
	cmp	w1, w0
	bgt	.L21
	.loc 1 56 29 is_stmt 1 discriminator 2 view .LVU109
.LVL37:
	.loc 1 56 23 discriminator 2 view .LVU110
	add	x20, x20, 4
.LVL38:
	.loc 1 56 23 is_stmt 0 discriminator 2 view .LVU111
	add	x22, x22, 2
	cmp	x22, x23
	bne	.L17
.LBE41:
	.loc 1 59 12 view .LVU112
	mov	w0, 0
.LVL39:
.L1:
	.loc 1 60 1 view .LVU113
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.LVL40:
	.loc 1 60 1 view .LVU114
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldp	x29, x30, [sp], 224
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
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
.LVL41:
.L20:
	.cfi_restore_state
.LBB42:
	.loc 1 58 20 view .LVU115
	mov	w0, 1
	b	.L1
.L21:
	mov	w0, 1
	b	.L1
.LBE42:
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x380
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF14
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
	.uleb128 0x14
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
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x15
	.4byte	0x66
	.uleb128 0x16
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x8a
	.uleb128 0x17
	.4byte	0x8a
	.uleb128 0x18
	.byte	0
	.uleb128 0xb
	.4byte	0x6d
	.uleb128 0x19
	.4byte	.LASF16
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2d1
	.uleb128 0xd
	.string	"a"
	.byte	0x26
	.byte	0x9
	.4byte	0x2d1
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0xd
	.string	"s"
	.byte	0x27
	.byte	0xb
	.4byte	0x2e0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0x1a
	.4byte	.LASF10
	.byte	0x1
	.byte	0x28
	.byte	0xe
	.4byte	0x4a
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x7
	.string	"sum"
	.byte	0x30
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x8
	.4byte	.LLRL2
	.4byte	0x10d
	.uleb128 0x7
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST3
	.4byte	.LVUS3
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL17
	.4byte	0x172
	.uleb128 0x7
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0xe
	.8byte	.LVL26
	.4byte	0x72
	.4byte	0x14b
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
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8a
	.sleb128 0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL29
	.4byte	0x72
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL19
	.4byte	0x1cb
	.uleb128 0x7
	.string	"i"
	.byte	0x35
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0xe
	.8byte	.LVL32
	.4byte	0x72
	.4byte	0x1aa
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL35
	.4byte	0x72
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL21
	.4byte	0x1e6
	.uleb128 0x7
	.string	"i"
	.byte	0x38
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST22
	.4byte	.LVUS22
	.byte	0
	.uleb128 0xf
	.4byte	0x332
	.4byte	.LLRL4
	.byte	0x2e
	.4byte	0x25b
	.uleb128 0x9
	.4byte	0x345
	.uleb128 0x9
	.4byte	0x33c
	.uleb128 0x4
	.4byte	0x34e
	.4byte	.LLRL4
	.uleb128 0x3
	.4byte	0x34f
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x4
	.4byte	0x358
	.4byte	.LLRL6
	.uleb128 0x3
	.4byte	0x359
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x4
	.4byte	0x365
	.4byte	.LLRL8
	.uleb128 0x3
	.4byte	0x366
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x4
	.4byte	0x36f
	.4byte	.LLRL10
	.uleb128 0x3
	.4byte	0x370
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x2ef
	.4byte	.LLRL12
	.byte	0x2f
	.4byte	0x2af
	.uleb128 0x9
	.4byte	0x302
	.uleb128 0x9
	.4byte	0x2f9
	.uleb128 0x4
	.4byte	0x30b
	.4byte	.LLRL12
	.uleb128 0x3
	.4byte	0x30c
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x4
	.4byte	0x315
	.4byte	.LLRL14
	.uleb128 0x3
	.4byte	0x316
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x3
	.4byte	0x321
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL36
	.4byte	0x72
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
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x35
	.4byte	0x2e0
	.uleb128 0x11
	.4byte	0x2e
	.byte	0
	.uleb128 0x10
	.4byte	0x58
	.4byte	0x2ef
	.uleb128 0x11
	.4byte	0x2e
	.byte	0
	.uleb128 0x12
	.4byte	.LASF11
	.byte	0x17
	.4byte	0x32d
	.uleb128 0xa
	.string	"a"
	.byte	0x17
	.byte	0x1e
	.4byte	0x32d
	.uleb128 0xa
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x35
	.uleb128 0x5
	.uleb128 0x6
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x35
	.uleb128 0x5
	.uleb128 0x6
	.string	"key"
	.byte	0x1a
	.byte	0xf
	.4byte	0x58
	.uleb128 0x6
	.string	"j"
	.byte	0x1b
	.byte	0xd
	.4byte	0x35
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x58
	.uleb128 0x12
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x37e
	.uleb128 0xa
	.string	"a"
	.byte	0x6
	.byte	0x19
	.4byte	0x37e
	.uleb128 0xa
	.string	"n"
	.byte	0x6
	.byte	0x20
	.4byte	0x35
	.uleb128 0x5
	.uleb128 0x6
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x35
	.uleb128 0x5
	.uleb128 0x1b
	.4byte	.LASF13
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.4byte	0x35
	.uleb128 0x5
	.uleb128 0x6
	.string	"j"
	.byte	0xa
	.byte	0x12
	.4byte	0x35
	.uleb128 0x5
	.uleb128 0x6
	.string	"t"
	.byte	0xc
	.byte	0x15
	.4byte	0x35
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x35
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
	.uleb128 0x4
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0xb
	.byte	0x1
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
	.uleb128 0x8
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
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
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x21
	.sleb128 23
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x17
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x1a
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
	.uleb128 .LVU4
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU30
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x3039
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS1:
	.uleb128 .LVU79
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU114
	.uleb128 .LVU115
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS3:
	.uleb128 .LVU6
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU27
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS18:
	.uleb128 .LVU79
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU88
.LLST18:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU90
	.uleb128 .LVU94
	.uleb128 .LVU94
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU97
	.uleb128 .LVU97
	.uleb128 .LVU98
	.uleb128 .LVU98
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 .LVU101
.LLST20:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0xb
	.byte	0x83
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x90
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0xd
	.byte	0x83
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x90
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0xd
	.byte	0x83
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x8e
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0xb
	.byte	0x83
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x90
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0xd
	.byte	0x83
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x90
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU105
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 .LVU111
	.uleb128 .LVU111
	.uleb128 .LVU113
	.uleb128 .LVU115
	.uleb128 0
.LLST22:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0xc
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x60
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0xc
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x60
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0xc
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x5c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0xc
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x60
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU30
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 .LVU54
.LLST5:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x5
	.byte	0x47
	.byte	0x74
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x5
	.byte	0x48
	.byte	0x74
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x5
	.byte	0x47
	.byte	0x74
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU30
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU54
.LLST7:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU30
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU54
.LLST9:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU38
	.uleb128 .LVU44
.LLST11:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS13:
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU63
	.uleb128 .LVU69
.LLST13:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU65
	.uleb128 .LVU69
.LLST15:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS16:
	.uleb128 .LVU57
	.uleb128 .LVU59
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU76
.LLST16:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x51
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
.LLRL2:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0
.LLRL4:
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0
.LLRL6:
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL12:
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"long unsigned int"
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF12:
	.string	"bubble"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"insertion"
.LASF10:
	.string	"seed"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF13:
	.string	"swapped"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/bubble_sort.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
