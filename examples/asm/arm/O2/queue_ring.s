	.arch armv8-a
	.file	"queue_ring.c"
	.text
.Ltext0:
	.file 0 "." "programs/queue_ring.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"task %d done at t=%d\n"
	.align	3
.LC2:
	.string	"rejected %d, size %u, head %u, tail %u\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/queue_ring.c"
	.loc 1 29 1 view -0
	.cfi_startproc
	.loc 1 30 5 view .LVU1
	.loc 1 29 1 is_stmt 0 view .LVU2
	stp	x29, x30, [sp, -176]!
	.cfi_def_cfa_offset 176
	.cfi_offset 29, -176
	.cfi_offset 30, -168
	.loc 1 31 9 view .LVU3
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	.loc 1 29 1 view .LVU4
	mov	x29, sp
	.loc 1 30 18 view .LVU5
	movi	v0.4s, 0
	.loc 1 29 1 view .LVU6
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -144
	.cfi_offset 22, -136
	.loc 1 31 9 view .LVU7
	add	x22, sp, 104
	.loc 1 30 18 view .LVU8
	add	x21, sp, 128
	.loc 1 29 1 view .LVU9
	stp	x19, x20, [sp, 16]
.LBB13:
	.loc 1 32 14 view .LVU10
	mov	w0, 0
.LBE13:
	.loc 1 31 9 view .LVU11
	ldp	x2, x3, [x1]
	.loc 1 29 1 view .LVU12
	stp	x25, x26, [sp, 64]
	.cfi_offset 19, -160
	.cfi_offset 20, -152
	.cfi_offset 25, -112
	.cfi_offset 26, -104
	.loc 1 30 18 view .LVU13
	mov	w19, 0
	.loc 1 31 9 view .LVU14
	ldr	x1, [x1, 16]
	.loc 1 30 18 view .LVU15
	mov	w20, 0
	.loc 1 31 9 view .LVU16
	str	x1, [x22, 16]
	stp	x2, x3, [sp, 104]
	.loc 1 30 18 view .LVU17
	stp	q0, q0, [x21]
	str	q0, [x21, 28]
	.loc 1 31 5 is_stmt 1 view .LVU18
	.loc 1 32 5 view .LVU19
.LBB16:
	.loc 1 32 10 view .LVU20
.LVL0:
	.loc 1 32 23 view .LVU21
	.p2align 3,,7
.L3:
	.loc 1 33 9 view .LVU22
.LBB14:
.LBI14:
	.loc 1 8 12 view .LVU23
.LBB15:
	.loc 1 10 5 view .LVU24
	.loc 1 12 5 view .LVU25
	.loc 1 12 23 is_stmt 0 view .LVU26
	uxtw	x1, w19
	.loc 1 13 24 view .LVU27
	add	w2, w19, 1
	.loc 1 10 8 view .LVU28
	cmp	w20, 8
	beq	.L2
	.loc 1 13 29 view .LVU29
	and	w19, w2, 7
	.loc 1 14 12 view .LVU30
	add	w20, w20, 1
	.loc 1 12 23 view .LVU31
	str	w0, [x21, x1, lsl 2]
	.loc 1 13 5 is_stmt 1 view .LVU32
	.loc 1 14 5 view .LVU33
	.loc 1 15 5 view .LVU34
.L2:
.LVL1:
	.loc 1 15 5 is_stmt 0 view .LVU35
.LBE15:
.LBE14:
	.loc 1 32 29 is_stmt 1 view .LVU36
	add	w0, w0, 1
.LVL2:
	.loc 1 32 23 view .LVU37
	cmp	w0, 6
	bne	.L3
.LVL3:
	.loc 1 32 23 is_stmt 0 view .LVU38
.LBE16:
	.loc 1 35 12 is_stmt 1 view .LVU39
.LBB17:
.LBI17:
	.loc 1 18 12 view .LVU40
.LBB18:
	.loc 1 20 5 view .LVU41
.LBE18:
.LBE17:
	.loc 1 34 38 is_stmt 0 view .LVU42
	mov	w25, 0
.LBB26:
.LBB19:
	.loc 1 20 8 view .LVU43
	cbz	w20, .L4
.LBE19:
.LBE26:
.LBB27:
	.loc 1 36 13 view .LVU44
	mov	w26, 4
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -120
	.cfi_offset 23, -128
	sub	w24, w20, #1
.LBE27:
	.loc 1 34 22 view .LVU45
	mov	w23, 0
	.loc 1 30 18 view .LVU46
	mov	w20, 0
	str	x27, [sp, 80]
	.cfi_offset 27, -96
	adrp	x27, .LC1
.LVL4:
.L5:
.LBB36:
	.loc 1 40 13 is_stmt 1 view .LVU47
.LBB28:
.LBB29:
	.loc 1 12 5 view .LVU48
	.loc 1 12 5 is_stmt 0 view .LVU49
.LBE29:
.LBE28:
.LBE36:
.LBB37:
.LBB20:
	.loc 1 22 5 is_stmt 1 view .LVU50
	.loc 1 22 18 is_stmt 0 view .LVU51
	ldr	w1, [x21, w20, uxtw 2]
.LVL5:
	.loc 1 22 18 view .LVU52
.LBE20:
.LBE37:
.LBB38:
.LBB33:
.LBI28:
	.loc 1 8 12 is_stmt 1 view .LVU53
.LBB30:
	.loc 1 10 5 view .LVU54
	.loc 1 10 5 is_stmt 0 view .LVU55
.LBE30:
.LBE33:
.LBE38:
.LBB39:
.LBB21:
	.loc 1 23 5 is_stmt 1 view .LVU56
	.loc 1 23 24 is_stmt 0 view .LVU57
	add	w20, w20, 1
.LBE21:
.LBE39:
.LBB40:
.LBB34:
.LBB31:
	.loc 1 12 23 view .LVU58
	uxtw	x5, w19
	.loc 1 13 24 view .LVU59
	add	w2, w19, 1
.LBE31:
.LBE34:
.LBE40:
.LBB41:
.LBB22:
	.loc 1 23 29 view .LVU60
	and	w20, w20, 7
	.loc 1 24 5 is_stmt 1 view .LVU61
	.loc 1 25 5 view .LVU62
.LVL6:
	.loc 1 25 5 is_stmt 0 view .LVU63
.LBE22:
.LBE41:
.LBB42:
	.loc 1 36 9 is_stmt 1 view .LVU64
	.loc 1 36 23 is_stmt 0 view .LVU65
	sxtw	x4, w1
	ldr	w0, [x22, x4, lsl 2]
	.loc 1 36 13 view .LVU66
	cmp	w0, 4
	csel	w3, w0, w26, le
.LVL7:
	.loc 1 37 9 is_stmt 1 view .LVU67
	.loc 1 37 20 is_stmt 0 view .LVU68
	sub	w0, w0, w3
	str	w0, [x22, x4, lsl 2]
	.loc 1 38 9 is_stmt 1 view .LVU69
	.loc 1 38 14 is_stmt 0 view .LVU70
	add	w23, w23, w3
.LVL8:
	.loc 1 39 9 is_stmt 1 view .LVU71
	.loc 1 39 12 is_stmt 0 view .LVU72
	cmp	w0, 0
	ble	.L27
.LBB35:
.LBB32:
	.loc 1 10 8 view .LVU73
	cmp	w24, 8
	beq	.L13
	.loc 1 13 29 view .LVU74
	and	w19, w2, 7
	.loc 1 12 23 view .LVU75
	str	w1, [x21, x5, lsl 2]
	.loc 1 13 5 is_stmt 1 view .LVU76
	.loc 1 14 5 view .LVU77
	.loc 1 15 5 view .LVU78
.LVL9:
	.loc 1 15 5 is_stmt 0 view .LVU79
.LBE32:
.LBE35:
.LBE42:
	.loc 1 35 12 is_stmt 1 view .LVU80
.LBB43:
	.loc 1 18 12 view .LVU81
.LBB23:
	.loc 1 20 5 view .LVU82
	b	.L5
.LVL10:
.L27:
	.loc 1 20 5 is_stmt 0 view .LVU83
.LBE23:
.LBE43:
.LBB44:
	.loc 1 42 13 is_stmt 1 view .LVU84
	.loc 1 43 21 is_stmt 0 view .LVU85
	add	w25, w25, 1
.LVL11:
	.loc 1 42 13 view .LVU86
	mov	w2, w23
	add	x0, x27, :lo12:.LC1
	bl	printf
.LVL12:
	.loc 1 43 13 is_stmt 1 view .LVU87
	.loc 1 43 13 is_stmt 0 view .LVU88
.LBE44:
	.loc 1 35 12 is_stmt 1 view .LVU89
.LBB45:
	.loc 1 18 12 view .LVU90
.LBB24:
	.loc 1 20 5 view .LVU91
	.loc 1 20 8 is_stmt 0 view .LVU92
	cbnz	w24, .L28
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
.LVL13:
	.loc 1 20 8 view .LVU93
	ldr	x27, [sp, 80]
	.cfi_restore 27
.LVL14:
.L4:
	.loc 1 20 8 view .LVU94
.LBE24:
.LBE45:
.LBB46:
	.loc 1 47 23 is_stmt 1 view .LVU95
.LBE46:
	.loc 1 30 18 is_stmt 0 view .LVU96
	mov	w0, 11
	.loc 1 46 9 view .LVU97
	mov	w21, 0
	mov	w2, 0
	b	.L7
.LVL15:
	.p2align 2,,3
.L30:
.LBB51:
.LBB47:
.LBB48:
	.loc 1 13 29 view .LVU98
	and	w19, w3, 7
	.loc 1 14 5 is_stmt 1 view .LVU99
	.loc 1 14 12 is_stmt 0 view .LVU100
	add	w2, w2, 1
	.loc 1 15 5 is_stmt 1 view .LVU101
.LVL16:
	.loc 1 15 5 is_stmt 0 view .LVU102
.LBE48:
.LBE47:
	.loc 1 47 30 is_stmt 1 view .LVU103
	.loc 1 47 23 view .LVU104
	subs	w0, w0, #1
	beq	.L29
.LVL17:
.L7:
	.loc 1 48 9 view .LVU105
.LBB50:
.LBI47:
	.loc 1 8 12 view .LVU106
.LBB49:
	.loc 1 10 5 view .LVU107
	.loc 1 12 5 view .LVU108
	.loc 1 13 5 view .LVU109
	.loc 1 13 24 is_stmt 0 view .LVU110
	add	w3, w19, 1
	.loc 1 10 8 view .LVU111
	cmp	w2, 8
	bne	.L30
.LBE49:
.LBE50:
	.loc 1 48 18 view .LVU112
	add	w21, w21, 1
.LVL18:
	.loc 1 47 30 is_stmt 1 view .LVU113
	.loc 1 47 23 view .LVU114
	subs	w0, w0, #1
	bne	.L7
.L29:
	.loc 1 47 23 is_stmt 0 view .LVU115
.LBE51:
	.loc 1 49 5 is_stmt 1 view .LVU116
	mov	w4, w19
	mov	w3, w20
	mov	w1, w21
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL19:
	.loc 1 50 5 view .LVU117
	.loc 1 51 1 is_stmt 0 view .LVU118
	ldp	x19, x20, [sp, 16]
	add	w0, w21, w25
	ldp	x21, x22, [sp, 32]
	ldp	x25, x26, [sp, 64]
	ldp	x29, x30, [sp], 176
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL20:
.L13:
	.cfi_def_cfa_offset 176
	.cfi_offset 19, -160
	.cfi_offset 20, -152
	.cfi_offset 21, -144
	.cfi_offset 22, -136
	.cfi_offset 23, -128
	.cfi_offset 24, -120
	.cfi_offset 25, -112
	.cfi_offset 26, -104
	.cfi_offset 27, -96
	.cfi_offset 29, -176
	.cfi_offset 30, -168
	.loc 1 51 1 view .LVU119
	mov	w24, 7
.LVL21:
	.loc 1 51 1 view .LVU120
	b	.L5
.LVL22:
.L28:
	.loc 1 51 1 view .LVU121
	sub	w24, w24, #1
.LBB52:
.LBB25:
	b	.L5
.LBE25:
.LBE52:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.word	7
	.word	3
	.word	12
	.word	1
	.word	5
	.word	9
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x333
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL20
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xf
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
	.uleb128 0x10
	.4byte	0x62
	.uleb128 0x11
	.4byte	.LASF20
	.byte	0x2c
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xa8
	.uleb128 0x4
	.4byte	.LASF10
	.byte	0x14
	.4byte	0xa8
	.byte	0
	.uleb128 0x4
	.4byte	.LASF11
	.byte	0x29
	.4byte	0x46
	.byte	0x20
	.uleb128 0x4
	.4byte	.LASF12
	.byte	0x2f
	.4byte	0x46
	.byte	0x24
	.uleb128 0x4
	.4byte	.LASF13
	.byte	0x35
	.4byte	0x46
	.byte	0x28
	.byte	0
	.uleb128 0xa
	.4byte	0x31
	.4byte	0xb8
	.uleb128 0xb
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.uleb128 0x12
	.4byte	.LASF21
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xd0
	.uleb128 0x13
	.4byte	0xd0
	.uleb128 0x14
	.byte	0
	.uleb128 0x7
	.4byte	0x69
	.uleb128 0x15
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2d8
	.uleb128 0x16
	.string	"q"
	.byte	0x1
	.byte	0x1e
	.byte	0x12
	.4byte	0x6e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x17
	.4byte	.LASF14
	.byte	0x1
	.byte	0x1f
	.byte	0x9
	.4byte	0x2d8
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x18
	.4byte	.LASF23
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x31
	.uleb128 0x5
	.4byte	.LASF15
	.byte	0x22
	.byte	0x16
	.4byte	0x31
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.4byte	.LASF16
	.byte	0x22
	.byte	0x20
	.4byte	0x31
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.4byte	.LASF17
	.byte	0x22
	.byte	0x26
	.4byte	0x31
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.4byte	.LASF18
	.byte	0x2e
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x8
	.4byte	.LLRL4
	.4byte	0x1c3
	.uleb128 0x9
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x19
	.4byte	0x316
	.8byte	.LBI14
	.byte	.LVU23
	.8byte	.LBB14
	.8byte	.LBE14-.LBB14
	.byte	0x1
	.byte	0x21
	.byte	0x9
	.uleb128 0x2
	.4byte	0x32c
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x2
	.4byte	0x323
	.4byte	.LLST7
	.4byte	.LVUS7
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL11
	.4byte	0x234
	.uleb128 0x9
	.string	"run"
	.byte	0x24
	.byte	0xd
	.4byte	0x31
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0xc
	.4byte	0x316
	.8byte	.LBI28
	.byte	.LVU53
	.4byte	.LLRL13
	.byte	0x28
	.byte	0xd
	.4byte	0x212
	.uleb128 0x2
	.4byte	0x32c
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x2
	.4byte	0x323
	.4byte	.LLST15
	.4byte	.LVUS15
	.byte	0
	.uleb128 0xd
	.8byte	.LVL12
	.4byte	0xb8
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	.LLRL16
	.4byte	0x277
	.uleb128 0x9
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x1a
	.4byte	0x316
	.8byte	.LBI47
	.byte	.LVU106
	.4byte	.LLRL18
	.byte	0x1
	.byte	0x30
	.byte	0x16
	.uleb128 0x1b
	.4byte	0x32c
	.uleb128 0x2
	.4byte	0x323
	.4byte	.LLST19
	.4byte	.LVUS19
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	0x2e8
	.8byte	.LBI17
	.byte	.LVU40
	.4byte	.LLRL8
	.byte	0x23
	.byte	0xc
	.4byte	0x2aa
	.uleb128 0x2
	.4byte	0x302
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x2
	.4byte	0x2f9
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.uleb128 0xd
	.8byte	.LVL19
	.4byte	0xb8
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x31
	.4byte	0x2e8
	.uleb128 0xb
	.4byte	0x2a
	.byte	0x5
	.byte	0
	.uleb128 0x1c
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x31
	.byte	0x1
	.4byte	0x30c
	.uleb128 0x6
	.string	"q"
	.byte	0x12
	.byte	0x1e
	.4byte	0x30c
	.uleb128 0x6
	.string	"v"
	.byte	0x12
	.byte	0x26
	.4byte	0x311
	.byte	0
	.uleb128 0x7
	.4byte	0x6e
	.uleb128 0x7
	.4byte	0x31
	.uleb128 0x1d
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x31
	.byte	0x1
	.uleb128 0x6
	.string	"q"
	.byte	0x8
	.byte	0x1f
	.4byte	0x30c
	.uleb128 0x6
	.string	"v"
	.byte	0x8
	.byte	0x26
	.4byte	0x31
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
	.uleb128 0x3
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 6
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x13
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 .LVU38
	.uleb128 .LVU47
	.uleb128 .LVU49
	.uleb128 .LVU93
	.uleb128 .LVU119
	.uleb128 .LVU120
	.uleb128 .LVU121
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL13-.LVL3
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL20-.LVL3
	.uleb128 .LVL21-.LVL3
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL22-.LVL3
	.uleb128 .LFE13-.LVL3
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS1:
	.uleb128 .LVU55
	.uleb128 .LVU79
	.uleb128 .LVU83
	.uleb128 .LVU87
	.uleb128 .LVU119
	.uleb128 .LVU120
.LLST1:
	.byte	0x6
	.8byte	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL9-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-.LVL5
	.uleb128 .LVL12-1-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL20-.LVL5
	.uleb128 .LVL21-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS2:
	.uleb128 .LVU38
	.uleb128 .LVU47
	.uleb128 .LVU49
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU94
	.uleb128 .LVU119
	.uleb128 .LVU120
	.uleb128 .LVU121
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL11-.LVL3
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL11-.LVL3
	.uleb128 .LVL12-.LVL3
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL3
	.uleb128 .LVL14-.LVL3
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL20-.LVL3
	.uleb128 .LVL21-.LVL3
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL22-.LVL3
	.uleb128 .LFE13-.LVL3
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS3:
	.uleb128 .LVU94
	.uleb128 .LVU98
	.uleb128 .LVU98
	.uleb128 .LVU102
	.uleb128 .LVU105
	.uleb128 .LVU113
.LLST3:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL14
	.uleb128 .LVL16-.LVL14
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL17-.LVL14
	.uleb128 .LVL18-.LVL14
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS5:
	.uleb128 .LVU21
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU47
.LLST5:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU23
	.uleb128 .LVU35
.LLST6:
	.byte	0x8
	.8byte	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU23
	.uleb128 .LVU35
.LLST7:
	.byte	0x8
	.8byte	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS12:
	.uleb128 .LVU67
	.uleb128 .LVU87
	.uleb128 .LVU119
	.uleb128 .LVU121
.LLST12:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL12-1-.LVL7
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL20-.LVL7
	.uleb128 .LVL22-.LVL7
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS14:
	.uleb128 .LVU52
	.uleb128 .LVU79
	.uleb128 .LVU83
	.uleb128 .LVU87
	.uleb128 .LVU119
	.uleb128 .LVU120
.LLST14:
	.byte	0x6
	.8byte	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL9-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-.LVL5
	.uleb128 .LVL12-1-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL20-.LVL5
	.uleb128 .LVL21-.LVL5
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS15:
	.uleb128 .LVU48
	.uleb128 .LVU49
.LLST15:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LVL4-.LVL4
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS17:
	.uleb128 .LVU94
	.uleb128 .LVU98
.LLST17:
	.byte	0x8
	.8byte	.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU98
	.uleb128 .LVU102
	.uleb128 .LVU106
	.uleb128 .LVU113
.LLST19:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x3
	.byte	0x91
	.sleb128 -48
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL15
	.uleb128 .LVL18-.LVL15
	.uleb128 0x3
	.byte	0x91
	.sleb128 -48
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU40
	.uleb128 .LVU47
	.uleb128 .LVU49
	.uleb128 .LVU63
	.uleb128 .LVU81
	.uleb128 .LVU83
	.uleb128 .LVU90
	.uleb128 .LVU94
	.uleb128 .LVU121
	.uleb128 0
.LLST9:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+307
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL6-.LVL3
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+307
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL9-.LVL3
	.uleb128 .LVL10-.LVL3
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+307
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL12-.LVL3
	.uleb128 .LVL14-.LVL3
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+307
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL22-.LVL3
	.uleb128 .LFE13-.LVL3
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+307
	.sleb128 0
	.byte	0
.LVUS10:
	.uleb128 .LVU40
	.uleb128 .LVU47
	.uleb128 .LVU49
	.uleb128 .LVU63
	.uleb128 .LVU81
	.uleb128 .LVU83
	.uleb128 .LVU90
	.uleb128 .LVU94
	.uleb128 .LVU121
	.uleb128 0
.LLST10:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL6-.LVL3
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL9-.LVL3
	.uleb128 .LVL10-.LVL3
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL12-.LVL3
	.uleb128 .LVL14-.LVL3
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL22-.LVL3
	.uleb128 .LFE13-.LVL3
	.uleb128 0x1
	.byte	0x65
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
.LLRL4:
	.byte	0x5
	.8byte	.LBB13
	.byte	0x4
	.uleb128 .LBB13-.LBB13
	.uleb128 .LBE13-.LBB13
	.byte	0x4
	.uleb128 .LBB16-.LBB13
	.uleb128 .LBE16-.LBB13
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB17
	.byte	0x4
	.uleb128 .LBB17-.LBB17
	.uleb128 .LBE17-.LBB17
	.byte	0x4
	.uleb128 .LBB26-.LBB17
	.uleb128 .LBE26-.LBB17
	.byte	0x4
	.uleb128 .LBB37-.LBB17
	.uleb128 .LBE37-.LBB17
	.byte	0x4
	.uleb128 .LBB39-.LBB17
	.uleb128 .LBE39-.LBB17
	.byte	0x4
	.uleb128 .LBB41-.LBB17
	.uleb128 .LBE41-.LBB17
	.byte	0x4
	.uleb128 .LBB43-.LBB17
	.uleb128 .LBE43-.LBB17
	.byte	0x4
	.uleb128 .LBB45-.LBB17
	.uleb128 .LBE45-.LBB17
	.byte	0x4
	.uleb128 .LBB52-.LBB17
	.uleb128 .LBE52-.LBB17
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB27
	.byte	0x4
	.uleb128 .LBB27-.LBB27
	.uleb128 .LBE27-.LBB27
	.byte	0x4
	.uleb128 .LBB36-.LBB27
	.uleb128 .LBE36-.LBB27
	.byte	0x4
	.uleb128 .LBB38-.LBB27
	.uleb128 .LBE38-.LBB27
	.byte	0x4
	.uleb128 .LBB40-.LBB27
	.uleb128 .LBE40-.LBB27
	.byte	0x4
	.uleb128 .LBB42-.LBB27
	.uleb128 .LBE42-.LBB27
	.byte	0x4
	.uleb128 .LBB44-.LBB27
	.uleb128 .LBE44-.LBB27
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB28
	.byte	0x4
	.uleb128 .LBB28-.LBB28
	.uleb128 .LBE28-.LBB28
	.byte	0x4
	.uleb128 .LBB33-.LBB28
	.uleb128 .LBE33-.LBB28
	.byte	0x4
	.uleb128 .LBB34-.LBB28
	.uleb128 .LBE34-.LBB28
	.byte	0x4
	.uleb128 .LBB35-.LBB28
	.uleb128 .LBE35-.LBB28
	.byte	0
.LLRL16:
	.byte	0x5
	.8byte	.LBB46
	.byte	0x4
	.uleb128 .LBB46-.LBB46
	.uleb128 .LBE46-.LBB46
	.byte	0x4
	.uleb128 .LBB51-.LBB46
	.uleb128 .LBE51-.LBB46
	.byte	0
.LLRL18:
	.byte	0x5
	.8byte	.LBB47
	.byte	0x4
	.uleb128 .LBB47-.LBB47
	.uleb128 .LBE47-.LBB47
	.byte	0x4
	.uleb128 .LBB50-.LBB47
	.uleb128 .LBE50-.LBB47
	.byte	0
.LLRL20:
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"work"
.LASF10:
	.string	"items"
.LASF11:
	.string	"head"
.LASF18:
	.string	"rejected"
.LASF2:
	.string	"long unsigned int"
.LASF16:
	.string	"task"
.LASF12:
	.string	"tail"
.LASF20:
	.string	"queue"
.LASF9:
	.string	"char"
.LASF15:
	.string	"tick"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF23:
	.string	"quantum"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF21:
	.string	"printf"
.LASF13:
	.string	"size"
.LASF24:
	.string	"push"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF17:
	.string	"finished"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/queue_ring.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
