	.arch armv8-a
	.file	"binary_search.c"
	.text
.Ltext0:
	.file 0 "." "programs/binary_search.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"search %d -> %d\n"
	.align	3
.LC1:
	.string	"rec %d %d\n"
	.align	3
.LC2:
	.string	"lower_bound %u %u %u\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB14:
	.file 1 "programs/binary_search.c"
	.loc 1 43 1 view -0
	.cfi_startproc
	.loc 1 44 5 view .LVU1
	.loc 1 45 5 view .LVU2
	.loc 1 46 5 view .LVU3
	.loc 1 47 5 view .LVU4
.LBB34:
	.loc 1 47 10 view .LVU5
.LVL0:
	.loc 1 47 23 view .LVU6
.LBE34:
	.loc 1 43 1 is_stmt 0 view .LVU7
	sub	sp, sp, #624
	.cfi_def_cfa_offset 624
.LBB35:
	.loc 1 49 14 view .LVU8
	adrp	x4, .LC4
.LBE35:
	.loc 1 43 1 view .LVU9
	adrp	x2, .LC3
	add	x0, sp, 304
	movi	v19.4s, 0x8
	mov	x3, x0
	movi	v18.4s, 0x4
	stp	x29, x30, [sp]
	.cfi_offset 29, -624
	.cfi_offset 30, -616
	mov	x29, sp
.LBB36:
	.loc 1 49 14 view .LVU10
	ldr	q2, [x4, #:lo12:.LC4]
	.loc 1 50 16 view .LVU11
	adrp	x4, .LC5
	.loc 1 48 22 view .LVU12
	mvni	v4.4s, 0xc7
.LBE36:
	.loc 1 43 1 view .LVU13
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -608
	.cfi_offset 20, -600
	add	x20, sp, 144
.LBB37:
	.loc 1 50 16 view .LVU14
	ldr	q17, [x4, #:lo12:.LC5]
.LBE37:
	.loc 1 43 1 view .LVU15
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -576
	.cfi_offset 24, -568
	add	x24, sp, 64
	ldr	q3, [x2, #:lo12:.LC3]
	mov	x1, x20
	mov	x2, x24
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -592
	.cfi_offset 22, -584
	mov	x22, x0
.LVL1:
.L2:
	.loc 1 43 1 view .LVU16
	mov	v0.16b, v3.16b
.LBB38:
	.loc 1 48 22 discriminator 3 view .LVU17
	mov	v5.16b, v4.16b
	mov	v16.16b, v4.16b
	add	v3.4s, v3.4s, v19.4s
	add	v1.4s, v0.4s, v18.4s
	.loc 1 48 9 is_stmt 1 discriminator 3 view .LVU18
	.loc 1 48 22 is_stmt 0 discriminator 3 view .LVU19
	mla	v5.4s, v0.4s, v0.4s
	.loc 1 49 14 discriminator 3 view .LVU20
	smull	v7.2d, v0.2s, v2.2s
	smull2	v6.2d, v0.4s, v2.4s
	.loc 1 48 22 discriminator 3 view .LVU21
	mla	v16.4s, v1.4s, v1.4s
	.loc 1 50 16 discriminator 3 view .LVU22
	uzp1	v0.8h, v0.8h, v1.8h
	.loc 1 48 14 discriminator 3 view .LVU23
	stp	q5, q16, [x1]
	.loc 1 49 9 is_stmt 1 discriminator 3 view .LVU24
	add	x1, x1, 32
	.loc 1 49 14 is_stmt 0 discriminator 3 view .LVU25
	smull	v5.2d, v1.2s, v2.2s
	stp	q7, q6, [x0]
	smull2	v1.2d, v1.4s, v2.4s
	.loc 1 50 16 discriminator 3 view .LVU26
	mul	v0.8h, v0.8h, v17.8h
	.loc 1 49 14 discriminator 3 view .LVU27
	stp	q5, q1, [x0, 32]
	.loc 1 50 9 is_stmt 1 discriminator 3 view .LVU28
	add	x0, x0, 64
	.loc 1 50 14 is_stmt 0 discriminator 3 view .LVU29
	str	q0, [x2], 16
	.loc 1 47 30 is_stmt 1 discriminator 3 view .LVU30
	.loc 1 47 23 discriminator 3 view .LVU31
	cmp	x1, x3
	bne	.L2
	adrp	x23, .LC0
.LBE38:
.LBB39:
.LBB40:
	.loc 1 56 9 is_stmt 0 view .LVU32
	add	x23, x23, :lo12:.LC0
.LBE40:
	.loc 1 53 14 view .LVU33
	mov	w19, -210
.LBE39:
	.loc 1 52 9 view .LVU34
	mov	w21, 0
	.p2align 3,,7
.L3:
.LVL2:
.LBB51:
.LBB47:
.LBB41:
.LBB42:
	.loc 1 7 15 is_stmt 1 view .LVU35
	.loc 1 6 9 is_stmt 0 view .LVU36
	mov	w0, 0
	.loc 1 6 17 view .LVU37
	mov	w1, 39
	b	.L8
.LVL3:
	.p2align 2,,3
.L37:
.LBB43:
	.loc 1 12 16 view .LVU38
	add	w0, w2, 1
.LVL4:
	.loc 1 12 16 view .LVU39
.LBE43:
	.loc 1 7 15 is_stmt 1 view .LVU40
	cmp	w0, w1
	bgt	.L35
.LVL5:
.L8:
.LBB44:
	.loc 1 8 9 view .LVU41
	.loc 1 11 9 view .LVU42
	.loc 1 12 13 view .LVU43
	.loc 1 14 13 view .LVU44
	.loc 1 8 28 is_stmt 0 view .LVU45
	sub	w2, w1, w0
	.loc 1 8 13 view .LVU46
	add	w2, w0, w2, asr 1
.LVL6:
	.loc 1 9 9 is_stmt 1 view .LVU47
	.loc 1 9 14 is_stmt 0 view .LVU48
	ldr	w3, [x20, w2, sxtw 2]
	.loc 1 9 12 view .LVU49
	cmp	w3, w19
	beq	.L36
	.loc 1 11 12 view .LVU50
	blt	.L37
	.loc 1 14 16 view .LVU51
	sub	w1, w2, #1
.LVL7:
	.loc 1 14 16 view .LVU52
.LBE44:
	.loc 1 7 15 is_stmt 1 view .LVU53
	cmp	w0, w1
	ble	.L8
.L35:
	.loc 1 7 15 is_stmt 0 view .LVU54
.LBE42:
.LBE41:
	.loc 1 56 9 view .LVU55
	mov	w1, w19
.LVL8:
	.loc 1 56 9 view .LVU56
	mov	x0, x23
.LVL9:
	.loc 1 56 9 view .LVU57
.LBE47:
	.loc 1 53 36 view .LVU58
	add	w19, w19, 97
.LVL10:
.LBB48:
.LBB46:
.LBB45:
	.loc 1 16 12 view .LVU59
	mov	w2, -1
.LVL11:
	.loc 1 16 12 view .LVU60
.LBE45:
.LBE46:
	.loc 1 55 9 is_stmt 1 view .LVU61
	.loc 1 56 9 view .LVU62
	bl	printf
.LVL12:
	.loc 1 56 9 is_stmt 0 view .LVU63
.LBE48:
	.loc 1 53 36 is_stmt 1 view .LVU64
	.loc 1 53 26 view .LVU65
	cmp	w19, 1439
	bne	.L3
.LVL13:
.L23:
	.loc 1 53 26 is_stmt 0 view .LVU66
.LBE51:
.LBB52:
.LBB53:
	.loc 1 24 8 view .LVU67
	mov	x4, 27255
	.loc 1 26 59 view .LVU68
	mov	x5, 27254
	.loc 1 24 8 view .LVU69
	movk	x4, 0xf547, lsl 16
	.loc 1 26 59 view .LVU70
	movk	x5, 0xf547, lsl 16
.LBE53:
.LBE52:
.LBB56:
	mov	w3, 39
	mov	w2, 0
.LBE56:
.LBB57:
.LBB54:
	.loc 1 24 8 view .LVU71
	movk	x4, 0x3, lsl 32
	.loc 1 26 59 view .LVU72
	movk	x5, 0x3, lsl 32
	b	.L9
.LVL14:
	.p2align 2,,3
.L39:
	.loc 1 26 27 view .LVU73
	add	w2, w1, 1
	.loc 1 21 5 is_stmt 1 view .LVU74
	.loc 1 21 8 is_stmt 0 view .LVU75
	cmp	w2, w3
	bgt	.L38
.LVL15:
.L9:
	.loc 1 23 5 is_stmt 1 view .LVU76
	.loc 1 26 5 view .LVU77
	.loc 1 23 19 is_stmt 0 view .LVU78
	add	w1, w3, w2
	.loc 1 23 9 view .LVU79
	asr	w1, w1, 1
.LVL16:
	.loc 1 24 5 is_stmt 1 view .LVU80
	.loc 1 24 10 is_stmt 0 view .LVU81
	ldr	x0, [x22, w1, sxtw 3]
	.loc 1 24 8 view .LVU82
	cmp	x0, x4
	beq	.L10
	.loc 1 26 59 view .LVU83
	cmp	x0, x5
	ble	.L39
	.loc 1 26 61 view .LVU84
	sub	w3, w1, #1
	.loc 1 21 5 is_stmt 1 view .LVU85
	.loc 1 21 8 is_stmt 0 view .LVU86
	cmp	w2, w3
	ble	.L9
.L38:
	.loc 1 22 16 view .LVU87
	mov	w1, -1
.LVL17:
.L10:
	.loc 1 22 16 view .LVU88
.LBE54:
.LBE57:
.LBB58:
.LBI58:
	.loc 1 19 12 is_stmt 1 view .LVU89
.LBB59:
	.loc 1 21 5 view .LVU90
.LBE59:
.LBE58:
.LBB61:
.LBB55:
	.loc 1 22 16 is_stmt 0 view .LVU91
	mov	w4, 39
	mov	w3, 0
	b	.L13
.LVL18:
	.p2align 2,,3
.L40:
	.loc 1 22 16 view .LVU92
.LBE55:
.LBE61:
.LBB62:
.LBB60:
	.loc 1 26 27 view .LVU93
	add	w3, w2, 1
	.loc 1 21 5 is_stmt 1 view .LVU94
	.loc 1 21 8 is_stmt 0 view .LVU95
	cmp	w3, w4
	bgt	.L25
.LVL19:
.L13:
	.loc 1 23 5 is_stmt 1 view .LVU96
	.loc 1 26 5 view .LVU97
	.loc 1 23 19 is_stmt 0 view .LVU98
	add	w2, w3, w4
	.loc 1 23 9 view .LVU99
	asr	w2, w2, 1
.LVL20:
	.loc 1 24 5 is_stmt 1 view .LVU100
	.loc 1 24 10 is_stmt 0 view .LVU101
	ldr	x0, [x22, w2, sxtw 3]
	.loc 1 24 8 view .LVU102
	cmp	x0, 5
	beq	.L14
	.loc 1 26 59 view .LVU103
	cmp	x0, 4
	ble	.L40
	.loc 1 26 61 view .LVU104
	sub	w4, w2, #1
	.loc 1 21 5 is_stmt 1 view .LVU105
	.loc 1 21 8 is_stmt 0 view .LVU106
	cmp	w3, w4
	ble	.L13
.L25:
	.loc 1 22 16 view .LVU107
	mov	w2, -1
.LVL21:
.L14:
	.loc 1 22 16 view .LVU108
.LBE60:
.LBE62:
	.loc 1 58 5 view .LVU109
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL22:
	.loc 1 59 5 is_stmt 1 view .LVU110
.LBB63:
.LBB64:
	.loc 1 31 22 is_stmt 0 view .LVU111
	mov	w1, 40
	.loc 1 31 14 view .LVU112
	mov	w2, 0
	b	.L18
.LVL23:
	.p2align 2,,3
.L19:
.LBB65:
	.loc 1 34 14 view .LVU113
	and	x3, x0, 4294967294
	.loc 1 33 18 view .LVU114
	lsr	w0, w0, 1
.LVL24:
	.loc 1 34 9 is_stmt 1 view .LVU115
	.loc 1 34 12 is_stmt 0 view .LVU116
	ldrh	w3, [x24, x3]
	cmp	w3, 3000
	bls	.L41
	.loc 1 33 18 view .LVU117
	mov	w1, w0
.LVL25:
.L18:
	.loc 1 33 9 is_stmt 1 view .LVU118
	.loc 1 33 9 is_stmt 0 view .LVU119
.LBE65:
	.loc 1 32 15 is_stmt 1 view .LVU120
.LBB66:
	.loc 1 33 28 is_stmt 0 view .LVU121
	add	w0, w1, w2
.LBE66:
	.loc 1 32 15 view .LVU122
	cmp	w1, w2
	bhi	.L19
.LBE64:
.LBE63:
.LBB69:
.LBB70:
	.loc 1 31 22 view .LVU123
	mov	w1, 40
.LVL26:
	.loc 1 31 14 view .LVU124
	mov	w3, 0
.LBB71:
	.loc 1 34 12 view .LVU125
	mov	w5, 65535
	b	.L21
.LVL27:
	.p2align 2,,3
.L22:
	.loc 1 34 14 view .LVU126
	and	x4, x0, 4294967294
	.loc 1 33 18 view .LVU127
	lsr	w0, w0, 1
.LVL28:
	.loc 1 34 9 is_stmt 1 view .LVU128
	.loc 1 34 12 is_stmt 0 view .LVU129
	ldrh	w4, [x24, x4]
	cmp	w4, w5
	bne	.L42
	.loc 1 33 18 view .LVU130
	mov	w1, w0
.LVL29:
.L21:
	.loc 1 33 9 is_stmt 1 view .LVU131
	.loc 1 33 9 is_stmt 0 view .LVU132
.LBE71:
	.loc 1 32 15 is_stmt 1 view .LVU133
.LBB72:
	.loc 1 33 28 is_stmt 0 view .LVU134
	add	w0, w1, w3
.LBE72:
	.loc 1 32 15 view .LVU135
	cmp	w1, w3
	bhi	.L22
	.loc 1 39 5 is_stmt 1 view .LVU136
.LVL30:
	.loc 1 39 5 is_stmt 0 view .LVU137
.LBE70:
.LBE69:
	.loc 1 59 5 view .LVU138
	mov	w1, 0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL31:
	.loc 1 60 5 is_stmt 1 view .LVU139
	.loc 1 61 1 is_stmt 0 view .LVU140
	ldp	x29, x30, [sp]
	mov	w0, w21
	ldp	x19, x20, [sp, 16]
.LVL32:
	.loc 1 61 1 view .LVU141
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	add	sp, sp, 624
	.cfi_remember_state
	.cfi_restore 29
	.cfi_restore 30
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
.L36:
	.cfi_restore_state
.LBB75:
.LBB49:
	.loc 1 56 9 view .LVU142
	mov	w1, w19
.LVL34:
	.loc 1 55 15 view .LVU143
	add	w21, w21, 1
.LVL35:
	.loc 1 55 9 is_stmt 1 view .LVU144
	.loc 1 56 9 view .LVU145
.LBE49:
	.loc 1 53 36 is_stmt 0 view .LVU146
	add	w19, w19, 97
.LVL36:
.LBB50:
	.loc 1 56 9 view .LVU147
	mov	x0, x23
	bl	printf
.LVL37:
	.loc 1 56 9 view .LVU148
.LBE50:
	.loc 1 53 36 is_stmt 1 view .LVU149
	.loc 1 53 26 view .LVU150
	cmp	w19, 1439
	bne	.L3
	b	.L23
.LVL38:
.L41:
	.loc 1 53 26 is_stmt 0 view .LVU151
.LBE75:
.LBB76:
.LBB68:
.LBB67:
	.loc 1 35 13 is_stmt 1 view .LVU152
	.loc 1 35 16 is_stmt 0 view .LVU153
	add	w2, w0, 1
.LVL39:
	.loc 1 35 16 view .LVU154
	b	.L18
.LVL40:
.L42:
	.loc 1 35 16 view .LVU155
.LBE67:
.LBE68:
.LBE76:
.LBB77:
.LBB74:
.LBB73:
	.loc 1 35 13 is_stmt 1 view .LVU156
	.loc 1 35 16 is_stmt 0 view .LVU157
	add	w3, w0, 1
.LVL41:
	.loc 1 35 16 view .LVU158
	b	.L21
.LBE73:
.LBE74:
.LBE77:
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata.cst16,"aM",@progbits,16
	.align	4
.LC3:
	.word	0
	.word	1
	.word	2
	.word	3
	.align	4
.LC4:
	.word	1000000007
	.word	1000000007
	.word	1000000007
	.word	1000000007
	.align	4
.LC5:
	.hword	1500
	.hword	1500
	.hword	1500
	.hword	1500
	.hword	1500
	.hword	1500
	.hword	1500
	.hword	1500
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x46e
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x17
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL28
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x18
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x8
	.4byte	0x31
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x4
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x8
	.4byte	0x44
	.uleb128 0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x8
	.4byte	0x65
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x8
	.4byte	0x71
	.uleb128 0x19
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x95
	.uleb128 0x1a
	.4byte	0x95
	.uleb128 0x1b
	.byte	0
	.uleb128 0x9
	.4byte	0x78
	.uleb128 0x1c
	.4byte	.LASF16
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x356
	.uleb128 0xc
	.string	"a"
	.byte	0x2c
	.byte	0x9
	.4byte	0x356
	.uleb128 0x3
	.byte	0x91
	.sleb128 -480
	.uleb128 0xc
	.string	"b"
	.byte	0x2d
	.byte	0xa
	.4byte	0x365
	.uleb128 0x3
	.byte	0x91
	.sleb128 -320
	.uleb128 0xc
	.string	"c"
	.byte	0x2e
	.byte	0x14
	.4byte	0x374
	.uleb128 0x3
	.byte	0x91
	.sleb128 -560
	.uleb128 0x1d
	.4byte	.LASF10
	.byte	0x1
	.byte	0x34
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x12
	.4byte	.LLRL1
	.4byte	0x112
	.uleb128 0xd
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST2
	.4byte	.LVUS2
	.byte	0
	.uleb128 0x12
	.4byte	.LLRL3
	.4byte	0x1da
	.uleb128 0xd
	.string	"k"
	.byte	0x35
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x7
	.4byte	.LLRL5
	.uleb128 0xd
	.string	"r"
	.byte	0x36
	.byte	0xd
	.4byte	0x31
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0xa
	.4byte	0x41e
	.4byte	.LLRL7
	.byte	0x36
	.byte	0x11
	.4byte	0x198
	.uleb128 0x1
	.4byte	0x436
	.uleb128 0x1
	.4byte	0x43f
	.uleb128 0x1
	.4byte	0x42d
	.uleb128 0x7
	.4byte	.LLRL7
	.uleb128 0x2
	.4byte	0x44a
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x2
	.4byte	0x454
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xe
	.4byte	0x45e
	.4byte	.LLRL10
	.uleb128 0x2
	.4byte	0x45f
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x13
	.8byte	.LVL12
	.4byte	0x7d
	.4byte	0x1bd
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x83
	.sleb128 -97
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x9
	.byte	0xff
	.byte	0
	.uleb128 0x14
	.8byte	.LVL37
	.4byte	0x7d
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x83
	.sleb128 -97
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x3d6
	.4byte	.LLRL12
	.byte	0x3a
	.byte	0x5
	.4byte	0x215
	.uleb128 0xb
	.4byte	0x3ee
	.uleb128 0x1
	.byte	0x52
	.uleb128 0xb
	.4byte	0x3f8
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.4byte	0x402
	.uleb128 0x1
	.4byte	0x3e5
	.uleb128 0x7
	.4byte	.LLRL12
	.uleb128 0x2
	.4byte	0x40d
	.4byte	.LLST13
	.4byte	.LVUS13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.4byte	0x3d6
	.8byte	.LBI58
	.byte	.LVU89
	.4byte	.LLRL14
	.byte	0x1
	.byte	0x3a
	.byte	0x5
	.4byte	0x26a
	.uleb128 0xb
	.4byte	0x3ee
	.uleb128 0x1
	.byte	0x53
	.uleb128 0xb
	.4byte	0x3f8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x15
	.4byte	0x402
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x15
	.4byte	0x3e5
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x7
	.4byte	.LLRL14
	.uleb128 0x2
	.4byte	0x40d
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x383
	.4byte	.LLRL18
	.byte	0x3b
	.byte	0x5
	.4byte	0x2c0
	.uleb128 0x1
	.4byte	0x3a4
	.uleb128 0x1
	.4byte	0x39b
	.uleb128 0x1
	.4byte	0x392
	.uleb128 0x7
	.4byte	.LLRL18
	.uleb128 0x2
	.4byte	0x3af
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x2
	.4byte	0x3b9
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0xe
	.4byte	0x3c3
	.4byte	.LLRL21
	.uleb128 0x2
	.4byte	0x3c4
	.4byte	.LLST22
	.4byte	.LVUS22
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x383
	.4byte	.LLRL23
	.byte	0x3b
	.byte	0x5
	.4byte	0x316
	.uleb128 0x1
	.4byte	0x3a4
	.uleb128 0x1
	.4byte	0x39b
	.uleb128 0x1
	.4byte	0x392
	.uleb128 0x7
	.4byte	.LLRL23
	.uleb128 0x2
	.4byte	0x3af
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x2
	.4byte	0x3b9
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0xe
	.4byte	0x3c3
	.4byte	.LLRL26
	.uleb128 0x2
	.4byte	0x3c4
	.4byte	.LLST27
	.4byte	.LVUS27
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x13
	.8byte	.LVL22
	.4byte	0x7d
	.4byte	0x335
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0
	.uleb128 0x14
	.8byte	.LVL31
	.4byte	0x7d
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x31
	.4byte	0x365
	.uleb128 0x10
	.4byte	0x2a
	.byte	0
	.uleb128 0xf
	.4byte	0x65
	.4byte	0x374
	.uleb128 0x10
	.4byte	0x2a
	.byte	0
	.uleb128 0xf
	.4byte	0x44
	.4byte	0x383
	.uleb128 0x10
	.4byte	0x2a
	.byte	0
	.uleb128 0x11
	.4byte	.LASF11
	.byte	0x1d
	.byte	0x11
	.4byte	0x50
	.4byte	0x3d1
	.uleb128 0x3
	.string	"a"
	.byte	0x1d
	.byte	0x33
	.4byte	0x3d1
	.uleb128 0x3
	.string	"n"
	.byte	0x1d
	.byte	0x3f
	.4byte	0x50
	.uleb128 0x3
	.string	"key"
	.byte	0x1d
	.byte	0x51
	.4byte	0x44
	.uleb128 0x6
	.string	"lo"
	.byte	0x1f
	.byte	0xe
	.4byte	0x50
	.uleb128 0x6
	.string	"hi"
	.byte	0x1f
	.byte	0x16
	.4byte	0x50
	.uleb128 0x16
	.uleb128 0x6
	.string	"mid"
	.byte	0x21
	.byte	0x12
	.4byte	0x50
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x4b
	.uleb128 0x11
	.4byte	.LASF12
	.byte	0x13
	.byte	0xc
	.4byte	0x31
	.4byte	0x419
	.uleb128 0x3
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0x419
	.uleb128 0x3
	.string	"lo"
	.byte	0x13
	.byte	0x2a
	.4byte	0x31
	.uleb128 0x3
	.string	"hi"
	.byte	0x13
	.byte	0x32
	.4byte	0x31
	.uleb128 0x3
	.string	"key"
	.byte	0x13
	.byte	0x3b
	.4byte	0x65
	.uleb128 0x6
	.string	"mid"
	.byte	0x17
	.byte	0x9
	.4byte	0x31
	.byte	0
	.uleb128 0x9
	.4byte	0x6c
	.uleb128 0x11
	.4byte	.LASF13
	.byte	0x4
	.byte	0xc
	.4byte	0x31
	.4byte	0x46c
	.uleb128 0x3
	.string	"a"
	.byte	0x4
	.byte	0x1e
	.4byte	0x46c
	.uleb128 0x3
	.string	"n"
	.byte	0x4
	.byte	0x25
	.4byte	0x31
	.uleb128 0x3
	.string	"key"
	.byte	0x4
	.byte	0x2c
	.4byte	0x31
	.uleb128 0x6
	.string	"lo"
	.byte	0x6
	.byte	0x9
	.4byte	0x31
	.uleb128 0x6
	.string	"hi"
	.byte	0x6
	.byte	0x11
	.4byte	0x31
	.uleb128 0x16
	.uleb128 0x6
	.string	"mid"
	.byte	0x8
	.byte	0xd
	.4byte	0x31
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x38
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2
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
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x5
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x21
	.sleb128 39
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
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
	.uleb128 0x14
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x1e
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
	.uleb128 .LVU35
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU66
	.uleb128 .LVU142
	.uleb128 .LVU144
	.uleb128 .LVU144
	.uleb128 .LVU145
	.uleb128 .LVU145
	.uleb128 .LVU148
.LLST0:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL11-.LVL2
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL11-.LVL2
	.uleb128 .LVL12-1-.LVL2
	.uleb128 0xe
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x2a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x85
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-1-.LVL2
	.uleb128 .LVL13-.LVL2
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL33-.LVL2
	.uleb128 .LVL35-.LVL2
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL35-.LVL2
	.uleb128 .LVL35-.LVL2
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL2
	.uleb128 .LVL37-1-.LVL2
	.uleb128 0xe
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x2a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x85
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU6
	.uleb128 .LVU16
.LLST2:
	.byte	0x8
	.8byte	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU35
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU141
	.uleb128 .LVU142
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 .LVU148
	.uleb128 .LVU148
	.uleb128 .LVU150
	.uleb128 .LVU150
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL10-.LVL2
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL10-.LVL2
	.uleb128 .LVL12-1-.LVL2
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL12-1-.LVL2
	.uleb128 .LVL12-.LVL2
	.uleb128 0x4
	.byte	0x83
	.sleb128 -97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL2
	.uleb128 .LVL32-.LVL2
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL33-.LVL2
	.uleb128 .LVL36-.LVL2
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL36-.LVL2
	.uleb128 .LVL37-1-.LVL2
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL37-1-.LVL2
	.uleb128 .LVL37-.LVL2
	.uleb128 0x4
	.byte	0x83
	.sleb128 -97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.LVL2
	.uleb128 .LFE14-.LVL2
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS6:
	.uleb128 .LVU60
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU66
	.uleb128 .LVU144
	.uleb128 .LVU148
.LLST6:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL12-1-.LVL11
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL12-1-.LVL11
	.uleb128 .LVL13-.LVL11
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL11
	.uleb128 .LVL37-1-.LVL11
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS8:
	.uleb128 .LVU35
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU57
	.uleb128 .LVU142
	.uleb128 .LVU144
.LLST8:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL2
	.uleb128 .LVL9-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL33-.LVL2
	.uleb128 .LVL35-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS9:
	.uleb128 .LVU35
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU56
	.uleb128 .LVU142
	.uleb128 .LVU143
.LLST9:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x3
	.byte	0x8
	.byte	0x27
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL2
	.uleb128 .LVL8-.LVL2
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL33-.LVL2
	.uleb128 .LVL34-.LVL2
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS11:
	.uleb128 .LVU38
	.uleb128 .LVU41
	.uleb128 .LVU47
	.uleb128 .LVU60
	.uleb128 .LVU142
	.uleb128 .LVU144
.LLST11:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL6-.LVL3
	.uleb128 .LVL11-.LVL3
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL33-.LVL3
	.uleb128 .LVL35-.LVL3
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS13:
	.uleb128 .LVU73
	.uleb128 .LVU76
	.uleb128 .LVU80
	.uleb128 .LVU88
.LLST13:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS15:
	.uleb128 .LVU88
	.uleb128 .LVU108
.LLST15:
	.byte	0x8
	.8byte	.LVL17
	.uleb128 .LVL21-.LVL17
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU88
	.uleb128 .LVU108
.LLST16:
	.byte	0x8
	.8byte	.LVL17
	.uleb128 .LVL21-.LVL17
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS17:
	.uleb128 .LVU92
	.uleb128 .LVU96
	.uleb128 .LVU100
	.uleb128 .LVU108
.LLST17:
	.byte	0x6
	.8byte	.LVL18
	.byte	0x4
	.uleb128 .LVL18-.LVL18
	.uleb128 .LVL19-.LVL18
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL20-.LVL18
	.uleb128 .LVL21-.LVL18
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS19:
	.uleb128 .LVU113
	.uleb128 .LVU126
	.uleb128 .LVU151
	.uleb128 .LVU154
.LLST19:
	.byte	0x6
	.8byte	.LVL23
	.byte	0x4
	.uleb128 .LVL23-.LVL23
	.uleb128 .LVL27-.LVL23
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL38-.LVL23
	.uleb128 .LVL39-.LVL23
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS20:
	.uleb128 .LVU113
	.uleb128 .LVU124
	.uleb128 .LVU151
	.uleb128 .LVU154
.LLST20:
	.byte	0x6
	.8byte	.LVL23
	.byte	0x4
	.uleb128 .LVL23-.LVL23
	.uleb128 .LVL26-.LVL23
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL38-.LVL23
	.uleb128 .LVL39-.LVL23
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS22:
	.uleb128 .LVU115
	.uleb128 .LVU118
	.uleb128 .LVU151
	.uleb128 .LVU155
.LLST22:
	.byte	0x6
	.8byte	.LVL24
	.byte	0x4
	.uleb128 .LVL24-.LVL24
	.uleb128 .LVL25-.LVL24
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL38-.LVL24
	.uleb128 .LVL40-.LVL24
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS24:
	.uleb128 .LVU126
	.uleb128 .LVU137
	.uleb128 .LVU155
	.uleb128 .LVU158
.LLST24:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL30-.LVL27
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL40-.LVL27
	.uleb128 .LVL41-.LVL27
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS25:
	.uleb128 .LVU126
	.uleb128 .LVU137
	.uleb128 .LVU155
	.uleb128 .LVU158
.LLST25:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL30-.LVL27
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL40-.LVL27
	.uleb128 .LVL41-.LVL27
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS27:
	.uleb128 .LVU128
	.uleb128 .LVU131
	.uleb128 .LVU155
	.uleb128 0
.LLST27:
	.byte	0x6
	.8byte	.LVL28
	.byte	0x4
	.uleb128 .LVL28-.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL40-.LVL28
	.uleb128 .LFE14-.LVL28
	.uleb128 0x1
	.byte	0x50
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
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
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
	.8byte	.LBB34
	.byte	0x4
	.uleb128 .LBB34-.LBB34
	.uleb128 .LBE34-.LBB34
	.byte	0x4
	.uleb128 .LBB35-.LBB34
	.uleb128 .LBE35-.LBB34
	.byte	0x4
	.uleb128 .LBB36-.LBB34
	.uleb128 .LBE36-.LBB34
	.byte	0x4
	.uleb128 .LBB37-.LBB34
	.uleb128 .LBE37-.LBB34
	.byte	0x4
	.uleb128 .LBB38-.LBB34
	.uleb128 .LBE38-.LBB34
	.byte	0
.LLRL3:
	.byte	0x5
	.8byte	.LBB39
	.byte	0x4
	.uleb128 .LBB39-.LBB39
	.uleb128 .LBE39-.LBB39
	.byte	0x4
	.uleb128 .LBB51-.LBB39
	.uleb128 .LBE51-.LBB39
	.byte	0x4
	.uleb128 .LBB56-.LBB39
	.uleb128 .LBE56-.LBB39
	.byte	0x4
	.uleb128 .LBB75-.LBB39
	.uleb128 .LBE75-.LBB39
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB40
	.byte	0x4
	.uleb128 .LBB40-.LBB40
	.uleb128 .LBE40-.LBB40
	.byte	0x4
	.uleb128 .LBB47-.LBB40
	.uleb128 .LBE47-.LBB40
	.byte	0x4
	.uleb128 .LBB48-.LBB40
	.uleb128 .LBE48-.LBB40
	.byte	0x4
	.uleb128 .LBB49-.LBB40
	.uleb128 .LBE49-.LBB40
	.byte	0x4
	.uleb128 .LBB50-.LBB40
	.uleb128 .LBE50-.LBB40
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB41
	.byte	0x4
	.uleb128 .LBB41-.LBB41
	.uleb128 .LBE41-.LBB41
	.byte	0x4
	.uleb128 .LBB46-.LBB41
	.uleb128 .LBE46-.LBB41
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB43
	.byte	0x4
	.uleb128 .LBB43-.LBB43
	.uleb128 .LBE43-.LBB43
	.byte	0x4
	.uleb128 .LBB44-.LBB43
	.uleb128 .LBE44-.LBB43
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB52
	.byte	0x4
	.uleb128 .LBB52-.LBB52
	.uleb128 .LBE52-.LBB52
	.byte	0x4
	.uleb128 .LBB57-.LBB52
	.uleb128 .LBE57-.LBB52
	.byte	0x4
	.uleb128 .LBB61-.LBB52
	.uleb128 .LBE61-.LBB52
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB58
	.byte	0x4
	.uleb128 .LBB58-.LBB58
	.uleb128 .LBE58-.LBB58
	.byte	0x4
	.uleb128 .LBB62-.LBB58
	.uleb128 .LBE62-.LBB58
	.byte	0
.LLRL18:
	.byte	0x5
	.8byte	.LBB63
	.byte	0x4
	.uleb128 .LBB63-.LBB63
	.uleb128 .LBE63-.LBB63
	.byte	0x4
	.uleb128 .LBB76-.LBB63
	.uleb128 .LBE76-.LBB63
	.byte	0
.LLRL21:
	.byte	0x5
	.8byte	.LBB65
	.byte	0x4
	.uleb128 .LBB65-.LBB65
	.uleb128 .LBE65-.LBB65
	.byte	0x4
	.uleb128 .LBB66-.LBB65
	.uleb128 .LBE66-.LBB65
	.byte	0x4
	.uleb128 .LBB67-.LBB65
	.uleb128 .LBE67-.LBB65
	.byte	0
.LLRL23:
	.byte	0x5
	.8byte	.LBB69
	.byte	0x4
	.uleb128 .LBB69-.LBB69
	.uleb128 .LBE69-.LBB69
	.byte	0x4
	.uleb128 .LBB77-.LBB69
	.uleb128 .LBE77-.LBB69
	.byte	0
.LLRL26:
	.byte	0x5
	.8byte	.LBB71
	.byte	0x4
	.uleb128 .LBB71-.LBB71
	.uleb128 .LBE71-.LBB71
	.byte	0x4
	.uleb128 .LBB72-.LBB71
	.uleb128 .LBE72-.LBB71
	.byte	0x4
	.uleb128 .LBB73-.LBB71
	.uleb128 .LBE73-.LBB71
	.byte	0
.LLRL28:
	.byte	0x7
	.8byte	.LFB14
	.uleb128 .LFE14-.LFB14
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"found"
.LASF5:
	.string	"unsigned int"
.LASF12:
	.string	"search_rec"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"search"
.LASF4:
	.string	"short unsigned int"
.LASF11:
	.string	"lower_bound"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"printf"
.LASF9:
	.string	"char"
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/binary_search.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
