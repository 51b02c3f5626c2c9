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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/bubble_sort.c"
	.loc 1 37 1 view -0
	.cfi_startproc
	.loc 1 38 5 view .LVU1
	.loc 1 39 5 view .LVU2
	.loc 1 40 5 view .LVU3
.LVL0:
	.loc 1 41 5 view .LVU4
.LBB22:
	.loc 1 41 10 view .LVU5
	.loc 1 41 23 view .LVU6
.LBE22:
	.loc 1 37 1 is_stmt 0 view .LVU7
	stp	x29, x30, [sp, -224]!
	.cfi_def_cfa_offset 224
	.cfi_offset 29, -224
	.cfi_offset 30, -216
	.loc 1 40 14 view .LVU8
	mov	w3, 12345
.LBB23:
	.loc 1 42 21 view .LVU9
	mov	w8, 20077
.LBE23:
	.loc 1 37 1 view .LVU10
	mov	x29, sp
.LBB24:
	.loc 1 43 34 view .LVU11
	mov	w7, 19923
	.loc 1 42 14 view .LVU12
	mov	w9, w3
.LBE24:
	.loc 1 37 1 view .LVU13
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -208
	.cfi_offset 20, -200
	add	x19, sp, 128
	add	x20, sp, 80
	mov	x1, 1
.LBB25:
	.loc 1 42 21 view .LVU14
	movk	w8, 0x41c6, lsl 16
	.loc 1 43 34 view .LVU15
	movk	w7, 0x1062, lsl 16
	mov	w6, 1000
.LBE25:
	.loc 1 37 1 view .LVU16
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	.cfi_offset 21, -192
	.cfi_offset 22, -184
	.cfi_offset 23, -176
	.cfi_offset 24, -168
	.cfi_offset 25, -160
	.cfi_offset 26, -152
.LVL1:
	.p2align 3,,7
.L2:
.LBB26:
	.loc 1 42 9 is_stmt 1 discriminator 3 view .LVU17
	.loc 1 42 14 is_stmt 0 discriminator 3 view .LVU18
	madd	w3, w3, w8, w9
.LVL2:
	.loc 1 43 9 is_stmt 1 discriminator 3 view .LVU19
	.loc 1 43 14 is_stmt 0 discriminator 3 view .LVU20
	add	x5, x19, x1, lsl 2
	.loc 1 44 14 discriminator 3 view .LVU21
	add	x4, x20, x1, lsl 1
	.loc 1 41 23 discriminator 3 view .LVU22
	add	x1, x1, 1
.LVL3:
	.loc 1 43 27 discriminator 3 view .LVU23
	lsr	w2, w3, 16
	.loc 1 43 34 discriminator 3 view .LVU24
	umull	x0, w2, w7
	lsr	x0, x0, 38
	msub	w0, w0, w6, w2
	.loc 1 43 41 discriminator 3 view .LVU25
	sub	w0, w0, #500
	.loc 1 43 14 discriminator 3 view .LVU26
	str	w0, [x5, -4]
	.loc 1 44 9 is_stmt 1 discriminator 3 view .LVU27
	.loc 1 44 16 is_stmt 0 discriminator 3 view .LVU28
	ubfiz	w2, w0, 3, 13
	sub	w0, w2, w0
	.loc 1 44 14 discriminator 3 view .LVU29
	strh	w0, [x4, -2]
	.loc 1 41 29 is_stmt 1 discriminator 3 view .LVU30
.LVL4:
	.loc 1 41 23 discriminator 3 view .LVU31
	cmp	x1, 25
	bne	.L2
	add	x3, sp, 220
.LVL5:
	.p2align 3,,7
.L3:
	.loc 1 41 23 is_stmt 0 discriminator 3 view .LVU32
.LBE26:
.LBB27:
.LBB28:
.LBB29:
.LBB30:
	.loc 1 10 27 is_stmt 1 view .LVU33
.LBE30:
.LBE29:
.LBE28:
.LBE27:
	.loc 1 40 14 is_stmt 0 view .LVU34
	mov	x0, x19
.LBB39:
.LBB38:
.LBB36:
	.loc 1 9 13 view .LVU35
	mov	w4, 0
.LVL6:
	.p2align 3,,7
.L5:
.LBB34:
	.loc 1 11 13 is_stmt 1 view .LVU36
.LBB31:
	.loc 1 12 17 view .LVU37
.LBE31:
	.loc 1 11 25 is_stmt 0 view .LVU38
	ldp	w1, w2, [x0]
	.loc 1 11 16 view .LVU39
	cmp	w1, w2
	ble	.L4
.LBB32:
	.loc 1 15 25 view .LVU40
	mov	w4, 1
.LVL7:
	.loc 1 14 26 view .LVU41
	stp	w2, w1, [x0]
	.loc 1 15 17 is_stmt 1 view .LVU42
.LVL8:
.L4:
	.loc 1 15 17 is_stmt 0 view .LVU43
.LBE32:
	.loc 1 10 41 is_stmt 1 view .LVU44
	.loc 1 10 27 view .LVU45
	add	x0, x0, 4
.LVL9:
	.loc 1 10 27 is_stmt 0 view .LVU46
	cmp	x3, x0
	bne	.L5
.LBE34:
	.loc 1 18 9 is_stmt 1 view .LVU47
	.loc 1 18 12 is_stmt 0 view .LVU48
	cbz	w4, .L6
.LBE36:
	.loc 1 8 33 is_stmt 1 view .LVU49
	.loc 1 8 23 view .LVU50
	sub	x3, x3, #4
	cmp	x19, x3
	bne	.L3
.L6:
	mov	x22, x20
.LBB37:
.LBB35:
.LBB33:
	.loc 1 15 25 is_stmt 0 view .LVU51
	mov	x5, x20
	mov	x4, 0
.LVL10:
	.p2align 3,,7
.L10:
	.loc 1 15 25 view .LVU52
.LBE33:
.LBE35:
.LBE37:
.LBE38:
.LBE39:
.LBB40:
.LBB41:
.LBB42:
	.loc 1 26 9 is_stmt 1 view .LVU53
	.loc 1 26 15 is_stmt 0 view .LVU54
	ldrsh	w3, [x5, 2]
.LVL11:
	.loc 1 27 9 is_stmt 1 view .LVU55
	.loc 1 27 13 is_stmt 0 view .LVU56
	mov	w1, w4
.LVL12:
	.loc 1 28 9 is_stmt 1 view .LVU57
	.loc 1 28 23 view .LVU58
	.loc 1 27 13 is_stmt 0 view .LVU59
	mov	x0, x5
	b	.L7
.LVL13:
	.p2align 2,,3
.L9:
	.loc 1 30 14 view .LVU60
	sub	w1, w1, #1
.LVL14:
	.loc 1 29 22 view .LVU61
	strh	w2, [x0, 2]
	.loc 1 30 13 is_stmt 1 view .LVU62
.LVL15:
	.loc 1 28 23 view .LVU63
	sub	x0, x0, #2
	cmn	w1, #1
	beq	.L18
.L7:
	.loc 1 29 13 view .LVU64
	.loc 1 28 27 is_stmt 0 view .LVU65
	ldrsh	w2, [x0]
	.loc 1 28 23 view .LVU66
	cmp	w3, w2
	blt	.L9
	.loc 1 32 10 view .LVU67
	add	w1, w1, 1
.LVL16:
	.loc 1 32 10 view .LVU68
	add	x1, x20, w1, sxtw 1
.LVL17:
.L8:
	.loc 1 32 9 is_stmt 1 view .LVU69
.LBE42:
	.loc 1 25 23 is_stmt 0 view .LVU70
	add	x4, x4, 1
.LVL18:
.LBB43:
	.loc 1 32 18 view .LVU71
	strh	w3, [x1]
.LBE43:
	.loc 1 25 29 is_stmt 1 view .LVU72
.LVL19:
	.loc 1 25 23 view .LVU73
	add	x5, x5, 2
	cmp	x4, 23
	bne	.L10
	.loc 1 25 23 is_stmt 0 view .LVU74
	mov	x21, 1
.LVL20:
	.loc 1 25 23 view .LVU75
.LBE41:
.LBE40:
	.loc 1 48 10 view .LVU76
	mov	x23, 0
.LVL21:
.LBB46:
	.loc 1 50 9 is_stmt 1 view .LVU77
	.loc 1 50 9 is_stmt 0 view .LVU78
	add	x1, x19, x21, lsl 2
	adrp	x25, .LC0
	add	x24, x25, :lo12:.LC0
	mov	w2, 32
	mov	x0, x24
	ldr	w1, [x1, -4]
	.loc 1 51 16 view .LVU79
	sxtw	x3, w1
	.loc 1 51 13 view .LVU80
	madd	x23, x3, x21, x23
.LVL22:
	.loc 1 50 9 view .LVU81
	cmp	x21, 24
	beq	.L11
.LVL23:
	.p2align 3,,7
.L31:
	.loc 1 49 23 view .LVU82
	add	x21, x21, 1
	.loc 1 50 9 view .LVU83
	bl	printf
.LVL24:
	.loc 1 51 9 is_stmt 1 view .LVU84
	.loc 1 49 29 view .LVU85
	.loc 1 49 23 view .LVU86
	.loc 1 50 9 view .LVU87
	.loc 1 50 9 is_stmt 0 view .LVU88
	mov	x0, x24
	mov	w2, 32
	add	x1, x19, x21, lsl 2
	ldr	w1, [x1, -4]
	.loc 1 51 16 view .LVU89
	sxtw	x3, w1
	.loc 1 51 13 view .LVU90
	madd	x23, x3, x21, x23
.LVL25:
	.loc 1 50 9 view .LVU91
	cmp	x21, 24
	bne	.L31
.LVL26:
.L11:
	.loc 1 50 9 view .LVU92
	add	x0, x25, :lo12:.LC0
	adrp	x26, .LC1
	add	x21, x20, 46
.LBE46:
.LBB47:
	.loc 1 54 9 view .LVU93
	add	x24, x26, :lo12:.LC1
	add	x25, x20, 48
.LBE47:
.LBB48:
	.loc 1 50 9 view .LVU94
	mov	w2, 10
	bl	printf
.LVL27:
	.loc 1 51 9 is_stmt 1 view .LVU95
	.loc 1 49 29 view .LVU96
	.loc 1 49 23 view .LVU97
	.loc 1 49 23 is_stmt 0 view .LVU98
.LBE48:
.LBB49:
	.loc 1 53 23 is_stmt 1 view .LVU99
	.p2align 3,,7
.L15:
	.loc 1 54 9 view .LVU100
	.loc 1 54 9 is_stmt 0 view .LVU101
	ldrsh	w1, [x22]
	mov	x0, x24
	mov	w2, 32
	cmp	x21, x22
	beq	.L32
	.loc 1 53 23 discriminator 4 view .LVU102
	add	x22, x22, 2
.LVL28:
	.loc 1 54 9 discriminator 4 view .LVU103
	bl	printf
.LVL29:
	.loc 1 53 29 is_stmt 1 discriminator 4 view .LVU104
	.loc 1 53 23 discriminator 4 view .LVU105
	cmp	x25, x22
	bne	.L15
.LVL30:
	.p2align 3,,7
.L14:
	.loc 1 53 23 is_stmt 0 discriminator 4 view .LVU106
.LBE49:
	.loc 1 55 5 is_stmt 1 view .LVU107
	mov	x1, x23
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL31:
	.loc 1 56 5 view .LVU108
.LBB50:
	.loc 1 56 10 view .LVU109
	.loc 1 56 23 view .LVU110
	ldrsh	w3, [sp, 80]
.LBE50:
	.loc 1 55 5 is_stmt 0 view .LVU111
	mov	x0, 0
	ldr	w2, [sp, 128]
.LVL32:
	.p2align 3,,7
.L17:
.LBB51:
	.loc 1 57 9 is_stmt 1 view .LVU112
	.loc 1 56 29 view .LVU113
	.loc 1 56 23 view .LVU114
	.loc 1 57 25 is_stmt 0 view .LVU115
	add	x1, x19, x0, lsl 2
	mov	w4, w2
	.loc 1 57 44 view .LVU116
	add	x5, x20, x0, lsl 1
	.loc 1 57 25 view .LVU117
	add	x0, x0, 1
.LVL33:
	.loc 1 57 25 view .LVU118
	ldr	w2, [x1, 4]
	.loc 1 57 12 view .LVU119
	cmp	w2, w4
	blt	.L20
	.loc 1 57 44 discriminator 1 view .LVU120
	ldrsh	w1, [x5, 2]
	.loc 1 57 29 discriminator 1 view .LVU121
	cmp	w1, w3
	blt	.L20
	mov	w3, w1
	.loc 1 56 23 discriminator 2 view .LVU122
	cmp	x0, 23
	bne	.L17
.LBE51:
	.loc 1 59 12 view .LVU123
	mov	w0, 0
.LBB52:
	b	.L1
.LVL34:
	.p2align 2,,3
.L32:
	.loc 1 59 12 view .LVU124
.LBE52:
.LBB53:
	.loc 1 54 9 view .LVU125
	add	x0, x26, :lo12:.LC1
	mov	w2, 10
	bl	printf
.LVL35:
	.loc 1 53 29 is_stmt 1 view .LVU126
	.loc 1 53 23 view .LVU127
	b	.L14
.LVL36:
	.p2align 2,,3
.L18:
	.loc 1 53 23 is_stmt 0 view .LVU128
.LBE53:
.LBB54:
.LBB45:
.LBB44:
	mov	x1, x20
.LVL37:
	.loc 1 53 23 view .LVU129
	b	.L8
.LVL38:
.L20:
	.loc 1 53 23 view .LVU130
.LBE44:
.LBE45:
.LBE54:
.LBB55:
	.loc 1 58 20 view .LVU131
	mov	w0, 1
.L1:
.LBE55:
	.loc 1 60 1 view .LVU132
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL39:
	.loc 1 60 1 view .LVU133
	ldp	x25, x26, [sp, 64]
	ldp	x29, x30, [sp], 224
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
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x34f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL21
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x14
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
	.uleb128 0x15
	.4byte	0x62
	.uleb128 0x16
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x86
	.uleb128 0x17
	.4byte	0x86
	.uleb128 0x18
	.byte	0
	.uleb128 0xb
	.4byte	0x69
	.uleb128 0x19
	.4byte	.LASF16
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a0
	.uleb128 0xd
	.string	"a"
	.byte	0x26
	.byte	0x9
	.4byte	0x2a0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0xd
	.string	"s"
	.byte	0x27
	.byte	0xb
	.4byte	0x2af
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0x1a
	.4byte	.LASF10
	.byte	0x1
	.byte	0x28
	.byte	0xe
	.4byte	0x46
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x6
	.string	"sum"
	.byte	0x30
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x8
	.4byte	.LLRL2
	.4byte	0x109
	.uleb128 0x6
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST3
	.4byte	.LVUS3
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL15
	.4byte	0x151
	.uleb128 0x6
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x1b
	.8byte	.LVL24
	.4byte	0x6e
	.uleb128 0xc
	.8byte	.LVL27
	.4byte	0x6e
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL17
	.4byte	0x1aa
	.uleb128 0x6
	.string	"i"
	.byte	0x35
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x1c
	.8byte	.LVL29
	.4byte	0x6e
	.4byte	0x189
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.byte	0
	.uleb128 0xc
	.8byte	.LVL35
	.4byte	0x6e
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL19
	.4byte	0x1c5
	.uleb128 0x6
	.string	"i"
	.byte	0x38
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST20
	.4byte	.LVUS20
	.byte	0
	.uleb128 0xe
	.4byte	0x301
	.4byte	.LLRL4
	.byte	0x2e
	.4byte	0x22a
	.uleb128 0x9
	.4byte	0x314
	.uleb128 0x9
	.4byte	0x30b
	.uleb128 0x3
	.4byte	0x31d
	.4byte	.LLRL4
	.uleb128 0xf
	.4byte	0x31e
	.uleb128 0x3
	.4byte	0x327
	.4byte	.LLRL5
	.uleb128 0x7
	.4byte	0x328
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x3
	.4byte	0x334
	.4byte	.LLRL7
	.uleb128 0x7
	.4byte	0x335
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x3
	.4byte	0x33e
	.4byte	.LLRL9
	.uleb128 0xf
	.4byte	0x33f
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.4byte	0x2be
	.4byte	.LLRL10
	.byte	0x2f
	.4byte	0x27e
	.uleb128 0x9
	.4byte	0x2d1
	.uleb128 0x9
	.4byte	0x2c8
	.uleb128 0x3
	.4byte	0x2da
	.4byte	.LLRL10
	.uleb128 0x7
	.4byte	0x2db
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x3
	.4byte	0x2e4
	.4byte	.LLRL12
	.uleb128 0x7
	.4byte	0x2e5
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x7
	.4byte	0x2f0
	.4byte	.LLST14
	.4byte	.LVUS14
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL31
	.4byte	0x6e
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x31
	.4byte	0x2af
	.uleb128 0x11
	.4byte	0x2a
	.byte	0
	.uleb128 0x10
	.4byte	0x54
	.4byte	0x2be
	.uleb128 0x11
	.4byte	0x2a
	.byte	0
	.uleb128 0x12
	.4byte	.LASF11
	.byte	0x17
	.4byte	0x2fc
	.uleb128 0xa
	.string	"a"
	.byte	0x17
	.byte	0x1e
	.4byte	0x2fc
	.uleb128 0xa
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"key"
	.byte	0x1a
	.byte	0xf
	.4byte	0x54
	.uleb128 0x5
	.string	"j"
	.byte	0x1b
	.byte	0xd
	.4byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x54
	.uleb128 0x12
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x34d
	.uleb128 0xa
	.string	"a"
	.byte	0x6
	.byte	0x19
	.4byte	0x34d
	.uleb128 0xa
	.string	"n"
	.byte	0x6
	.byte	0x20
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x1d
	.4byte	.LASF13
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"j"
	.byte	0xa
	.byte	0x12
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"t"
	.byte	0xc
	.byte	0x15
	.4byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x31
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xb
	.byte	0x1
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0xf
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU32
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x3039
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL5-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS1:
	.uleb128 .LVU77
	.uleb128 .LVU85
	.uleb128 .LVU87
	.uleb128 .LVU96
	.uleb128 .LVU98
	.uleb128 .LVU128
	.uleb128 .LVU130
	.uleb128 .LVU133
.LLST1:
	.byte	0x6
	.8byte	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL24-.LVL21
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL24-.LVL21
	.uleb128 .LVL27-.LVL21
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL27-.LVL21
	.uleb128 .LVL36-.LVL21
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL38-.LVL21
	.uleb128 .LVL39-.LVL21
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS3:
	.uleb128 .LVU6
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU23
.LLST3:
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
	.uleb128 .LVL3-.LVL0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU75
	.uleb128 .LVU82
	.uleb128 .LVU87
	.uleb128 .LVU92
	.uleb128 .LVU98
	.uleb128 .LVU128
	.uleb128 .LVU130
	.uleb128 0
.LLST16:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL23-.LVL20
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL20
	.uleb128 .LVL26-.LVL20
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL20
	.uleb128 .LVL36-.LVL20
	.uleb128 0x2
	.byte	0x48
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.LVL20
	.uleb128 .LFE13-.LVL20
	.uleb128 0x2
	.byte	0x48
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 .LVU98
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 .LVU103
	.uleb128 .LVU103
	.uleb128 .LVU105
	.uleb128 .LVU124
	.uleb128 .LVU127
	.uleb128 .LVU127
	.uleb128 .LVU128
.LLST18:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL27-.LVL27
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL28-.LVL27
	.uleb128 0xb
	.byte	0x86
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
	.uleb128 .LVL28-.LVL27
	.uleb128 .LVL29-.LVL27
	.uleb128 0xb
	.byte	0x86
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x8e
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.LVL27
	.uleb128 .LVL35-.LVL27
	.uleb128 0xb
	.byte	0x86
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
	.uleb128 .LVL35-.LVL27
	.uleb128 .LVL36-.LVL27
	.uleb128 0x2
	.byte	0x48
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU110
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 .LVU114
	.uleb128 .LVU114
	.uleb128 .LVU118
.LLST20:
	.byte	0x6
	.8byte	.LVL31
	.byte	0x4
	.uleb128 .LVL31-.LVL31
	.uleb128 .LVL32-.LVL31
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.LVL31
	.uleb128 .LVL32-.LVL31
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.LVL31
	.uleb128 .LVL33-.LVL31
	.uleb128 0x3
	.byte	0x70
	.sleb128 2
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU32
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU41
	.uleb128 .LVU43
	.uleb128 .LVU52
.LLST6:
	.byte	0x6
	.8byte	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL6-.LVL5
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.LVL5
	.uleb128 .LVL7-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL8-.LVL5
	.uleb128 .LVL10-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS8:
	.uleb128 .LVU32
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU52
.LLST8:
	.byte	0x6
	.8byte	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL6-.LVL5
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.LVL5
	.uleb128 .LVL8-.LVL5
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x60
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL5
	.uleb128 .LVL9-.LVL5
	.uleb128 0xc
	.byte	0x70
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
	.uleb128 .LVL9-.LVL5
	.uleb128 .LVL10-.LVL5
	.uleb128 0xc
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x5c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU52
	.uleb128 .LVU71
	.uleb128 .LVU128
	.uleb128 .LVU130
.LLST11:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL10
	.uleb128 .LVL38-.LVL10
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU55
	.uleb128 .LVU75
	.uleb128 .LVU128
	.uleb128 .LVU130
.LLST13:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL20-.LVL11
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL36-.LVL11
	.uleb128 .LVL38-.LVL11
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS14:
	.uleb128 .LVU57
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU69
	.uleb128 .LVU128
	.uleb128 .LVU129
.LLST14:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL13-.LVL12
	.uleb128 .LVL14-.LVL12
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL14-.LVL12
	.uleb128 .LVL15-.LVL12
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL12
	.uleb128 .LVL16-.LVL12
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-.LVL12
	.uleb128 .LVL17-.LVL12
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL12
	.uleb128 .LVL37-.LVL12
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
	.8byte	.LBB22
	.byte	0x4
	.uleb128 .LBB22-.LBB22
	.uleb128 .LBE22-.LBB22
	.byte	0x4
	.uleb128 .LBB23-.LBB22
	.uleb128 .LBE23-.LBB22
	.byte	0x4
	.uleb128 .LBB24-.LBB22
	.uleb128 .LBE24-.LBB22
	.byte	0x4
	.uleb128 .LBB25-.LBB22
	.uleb128 .LBE25-.LBB22
	.byte	0x4
	.uleb128 .LBB26-.LBB22
	.uleb128 .LBE26-.LBB22
	.byte	0
.LLRL4:
	.byte	0x5
	.8byte	.LBB27
	.byte	0x4
	.uleb128 .LBB27-.LBB27
	.uleb128 .LBE27-.LBB27
	.byte	0x4
	.uleb128 .LBB39-.LBB27
	.uleb128 .LBE39-.LBB27
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB29
	.byte	0x4
	.uleb128 .LBB29-.LBB29
	.uleb128 .LBE29-.LBB29
	.byte	0x4
	.uleb128 .LBB36-.LBB29
	.uleb128 .LBE36-.LBB29
	.byte	0x4
	.uleb128 .LBB37-.LBB29
	.uleb128 .LBE37-.LBB29
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB30
	.byte	0x4
	.uleb128 .LBB30-.LBB30
	.uleb128 .LBE30-.LBB30
	.byte	0x4
	.uleb128 .LBB34-.LBB30
	.uleb128 .LBE34-.LBB30
	.byte	0x4
	.uleb128 .LBB35-.LBB30
	.uleb128 .LBE35-.LBB30
	.byte	0
.LLRL9:
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB32-.LBB31
	.uleb128 .LBE32-.LBB31
	.byte	0x4
	.uleb128 .LBB33-.LBB31
	.uleb128 .LBE33-.LBB31
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB40
	.byte	0x4
	.uleb128 .LBB40-.LBB40
	.uleb128 .LBE40-.LBB40
	.byte	0x4
	.uleb128 .LBB54-.LBB40
	.uleb128 .LBE54-.LBB40
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB42
	.byte	0x4
	.uleb128 .LBB42-.LBB42
	.uleb128 .LBE42-.LBB42
	.byte	0x4
	.uleb128 .LBB43-.LBB42
	.uleb128 .LBE43-.LBB42
	.byte	0x4
	.uleb128 .LBB44-.LBB42
	.uleb128 .LBE44-.LBB42
	.byte	0
.LLRL15:
	.byte	0x5
	.8byte	.LBB46
	.byte	0x4
	.uleb128 .LBB46-.LBB46
	.uleb128 .LBE46-.LBB46
	.byte	0x4
	.uleb128 .LBB48-.LBB46
	.uleb128 .LBE48-.LBB46
	.byte	0
.LLRL17:
	.byte	0x5
	.8byte	.LBB47
	.byte	0x4
	.uleb128 .LBB47-.LBB47
	.uleb128 .LBE47-.LBB47
	.byte	0x4
	.uleb128 .LBB49-.LBB47
	.uleb128 .LBE49-.LBB47
	.byte	0x4
	.uleb128 .LBB53-.LBB47
	.uleb128 .LBE53-.LBB47
	.byte	0
.LLRL19:
	.byte	0x5
	.8byte	.LBB50
	.byte	0x4
	.uleb128 .LBB50-.LBB50
	.uleb128 .LBE50-.LBB50
	.byte	0x4
	.uleb128 .LBB51-.LBB50
	.uleb128 .LBE51-.LBB50
	.byte	0x4
	.uleb128 .LBB52-.LBB50
	.uleb128 .LBE52-.LBB50
	.byte	0x4
	.uleb128 .LBB55-.LBB50
	.uleb128 .LBE55-.LBB50
	.byte	0
.LLRL21:
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"long unsigned int"
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
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
