	.arch armv8-a
	.file	"bit_ops.c"
	.text
.Ltext0:
	.file 0 "." "programs/bit_ops.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%016llx pop=%d rotl=%08x rotr16=%04x rev8=%02x bswap=%016llx clz=%d\n"
	.align	3
.LC1:
	.string	"sign extend %d %d %d %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB17:
	.file 1 "programs/bit_ops.c"
	.loc 1 46 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	str	d8, [sp, 96]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.cfi_offset 23, -64
	.cfi_offset 24, -56
	.cfi_offset 25, -48
	.cfi_offset 26, -40
	.cfi_offset 27, -32
	.cfi_offset 28, -24
	.cfi_offset 72, -16
	.loc 1 47 5 view .LVU1
.LVL0:
	.loc 1 48 5 view .LVU2
	.loc 1 49 5 view .LVU3
.LBB20:
	.loc 1 49 10 view .LVU4
	.loc 1 49 23 view .LVU5
.LBE20:
	.loc 1 46 1 is_stmt 0 view .LVU6
	mov	w23, 0
	mov	w21, 0
	mov	w22, 0
	.loc 1 48 14 view .LVU7
	mov	w24, 0
	.loc 1 47 14 view .LVU8
	mov	x20, 52719
	movk	x20, 0x89ab, lsl 16
.LVL1:
	.loc 1 47 14 view .LVU9
	movk	x20, 0x4567, lsl 32
	movk	x20, 0x123, lsl 48
.LBB49:
.LBB21:
.LBB22:
.LBB23:
	.loc 1 20 13 view .LVU10
	mov	w28, 0
.LBE23:
.LBE22:
	.loc 1 53 9 view .LVU11
	adrp	x25, .LC0
	add	x25, x25, :lo12:.LC0
	.loc 1 57 15 view .LVU12
	mov	x27, 32557
	movk	x27, 0x4c95, lsl 16
	movk	x27, 0xf42d, lsl 32
	movk	x27, 0x5851, lsl 48
	.loc 1 57 11 view .LVU13
	mov	x26, 33103
	movk	x26, 0xf767, lsl 16
	movk	x26, 0x7b7e, lsl 32
	movk	x26, 0x1405, lsl 48
	b	.L10
.LVL2:
.L11:
.LBB27:
.LBB28:
	.loc 1 7 9 view .LVU14
	fmov	s8, wzr
	b	.L2
.LVL3:
.L13:
	.loc 1 7 9 view .LVU15
.LBE28:
.LBE27:
.LBB30:
.LBB31:
	.loc 1 36 9 view .LVU16
	mov	w7, 0
	b	.L6
.LVL4:
.L9:
	.loc 1 36 9 view .LVU17
.LBE31:
.LBE30:
.LBB33:
.LBB34:
	.loc 1 39 9 is_stmt 1 view .LVU18
	.loc 1 39 11 is_stmt 0 view .LVU19
	lsl	w19, w19, 1
.LVL5:
	.loc 1 40 9 is_stmt 1 view .LVU20
	.loc 1 40 10 is_stmt 0 view .LVU21
	add	w0, w0, 1
.LVL6:
	.loc 1 38 12 is_stmt 1 view .LVU22
	tbz	w19, #31, .L9
.LVL7:
.L8:
	.loc 1 38 12 is_stmt 0 view .LVU23
.LBE34:
.LBE33:
	.loc 1 56 32 view .LVU24
	fmov	w1, s8
	add	w0, w0, w1
	.loc 1 56 15 view .LVU25
	add	w24, w24, w0
.LVL8:
	.loc 1 57 9 is_stmt 1 view .LVU26
	.loc 1 57 11 is_stmt 0 view .LVU27
	madd	x20, x20, x27, x26
.LVL9:
	.loc 1 57 11 view .LVU28
.LBE21:
	.loc 1 49 29 is_stmt 1 view .LVU29
	.loc 1 49 23 view .LVU30
	add	w22, w22, 4
	add	w21, w21, 5
	add	w23, w23, 3
	cmp	w21, 30
	beq	.L23
.LVL10:
.L10:
.LBB48:
	.loc 1 50 9 discriminator 3 view .LVU31
	.loc 1 50 18 is_stmt 0 discriminator 3 view .LVU32
	mov	w19, w20
.LVL11:
	.loc 1 51 9 is_stmt 1 discriminator 3 view .LVU33
	.loc 1 51 18 is_stmt 0 discriminator 3 view .LVU34
	lsr	w5, w20, 16
.LVL12:
	.loc 1 52 9 is_stmt 1 discriminator 3 view .LVU35
	.loc 1 52 17 is_stmt 0 discriminator 3 view .LVU36
	ubfx	x2, x20, 40, 8
.LVL13:
	.loc 1 53 9 is_stmt 1 discriminator 3 view .LVU37
.LBB36:
.LBI27:
	.loc 1 5 12 discriminator 3 view .LVU38
.LBB29:
	.loc 1 7 5 discriminator 3 view .LVU39
	.loc 1 8 5 discriminator 3 view .LVU40
	.loc 1 8 12 discriminator 3 view .LVU41
	cbz	x20, .L11
	.loc 1 8 12 is_stmt 0 view .LVU42
	mov	x0, x20
.LVL14:
.L3:
	.loc 1 9 9 is_stmt 1 view .LVU43
	.loc 1 9 16 is_stmt 0 view .LVU44
	sub	x1, x0, #1
.LVL15:
	.loc 1 10 9 is_stmt 1 view .LVU45
	.loc 1 8 12 view .LVU46
	ands	x0, x0, x1
.LVL16:
	.loc 1 8 12 is_stmt 0 view .LVU47
	bne	.L3
	fmov	d0, x20
	cnt	v8.8b, v0.8b
	addv	b8, v8.8b
.LVL17:
.L2:
	.loc 1 12 5 is_stmt 1 view .LVU48
	.loc 1 12 5 is_stmt 0 view .LVU49
.LBE29:
.LBE36:
.LBB37:
.LBI37:
	.loc 1 15 17 is_stmt 1 view .LVU50
.LBB38:
	.loc 1 15 50 view .LVU51
	.loc 1 15 73 is_stmt 0 view .LVU52
	neg	w3, w21
	ror	w3, w19, w3
.LVL18:
	.loc 1 15 73 view .LVU53
.LBE38:
.LBE37:
	.loc 1 53 9 view .LVU54
	and	w0, w23, 15
	lsr	w4, w5, w0
	neg	w0, w0
	and	w0, w0, 15
	lsl	w5, w5, w0
.LVL19:
	.loc 1 53 9 view .LVU55
	orr	w4, w4, w5
	and	w4, w4, 65535
.LVL20:
.LBB39:
.LBI22:
	.loc 1 18 16 is_stmt 1 view .LVU56
.LBB26:
.LBB24:
	.loc 1 21 23 view .LVU57
	.loc 1 21 14 is_stmt 0 view .LVU58
	mov	w0, 0
.LBE24:
	.loc 1 20 13 view .LVU59
	mov	w5, w28
.LVL21:
.L4:
.LBB25:
	.loc 1 22 9 is_stmt 1 view .LVU60
	.loc 1 22 38 is_stmt 0 view .LVU61
	asr	w1, w2, w0
	.loc 1 22 32 view .LVU62
	bfi	w1, w5, 1, 31
	.loc 1 22 11 view .LVU63
	and	w5, w1, 255
.LVL22:
	.loc 1 21 29 is_stmt 1 view .LVU64
	add	w0, w0, 1
.LVL23:
	.loc 1 21 23 view .LVU65
	cmp	w0, 8
	bne	.L4
.LBE25:
	.loc 1 23 5 view .LVU66
.LVL24:
	.loc 1 23 5 is_stmt 0 view .LVU67
.LBE26:
.LBE39:
.LBB40:
.LBI40:
	.loc 1 26 17 is_stmt 1 view .LVU68
.LBB41:
.LBB42:
	.loc 1 29 23 view .LVU69
.LBE42:
.LBE41:
.LBE40:
	.loc 1 53 9 is_stmt 0 view .LVU70
	mov	w0, 0
.LBB45:
.LBB44:
	.loc 1 28 14 view .LVU71
	mov	x6, 0
.LVL25:
.L5:
.LBB43:
	.loc 1 30 9 is_stmt 1 view .LVU72
	.loc 1 30 28 is_stmt 0 view .LVU73
	lsr	x1, x20, x0
	.loc 1 30 11 view .LVU74
	bfi	x1, x6, 8, 56
	mov	x6, x1
.LVL26:
	.loc 1 29 29 is_stmt 1 view .LVU75
	.loc 1 29 23 view .LVU76
	add	w0, w0, 8
	cmp	w0, 64
	bne	.L5
.LBE43:
	.loc 1 31 5 view .LVU77
.LVL27:
	.loc 1 31 5 is_stmt 0 view .LVU78
.LBE44:
.LBE45:
	.loc 1 53 9 view .LVU79
	lsr	w0, w19, w22
.LVL28:
.LBB46:
.LBI30:
	.loc 1 34 12 is_stmt 1 view .LVU80
.LBB32:
	.loc 1 36 5 view .LVU81
	.loc 1 37 5 view .LVU82
	.loc 1 37 20 is_stmt 0 view .LVU83
	mov	w7, 32
	.loc 1 37 8 view .LVU84
	cbz	w0, .L6
	.loc 1 38 12 is_stmt 1 view .LVU85
	tbnz	w0, #31, .L13
	.loc 1 36 9 is_stmt 0 view .LVU86
	mov	w7, 0
.LVL29:
.L7:
	.loc 1 39 9 is_stmt 1 view .LVU87
	.loc 1 39 11 is_stmt 0 view .LVU88
	lsl	w0, w0, 1
.LVL30:
	.loc 1 40 9 is_stmt 1 view .LVU89
	.loc 1 40 10 is_stmt 0 view .LVU90
	add	w7, w7, 1
.LVL31:
	.loc 1 38 12 is_stmt 1 view .LVU91
	tbz	w0, #31, .L7
.LVL32:
.L6:
	.loc 1 38 12 is_stmt 0 view .LVU92
.LBE32:
.LBE46:
	.loc 1 53 9 view .LVU93
	fmov	w2, s8
.LVL33:
	.loc 1 53 9 view .LVU94
	mov	x1, x20
	mov	x0, x25
	bl	printf
.LVL34:
	.loc 1 56 9 is_stmt 1 view .LVU95
.LBB47:
.LBI33:
	.loc 1 34 12 view .LVU96
.LBB35:
	.loc 1 36 5 view .LVU97
	.loc 1 37 5 view .LVU98
	.loc 1 37 20 is_stmt 0 view .LVU99
	mov	w0, 32
	.loc 1 37 8 view .LVU100
	cbz	w19, .L8
	.loc 1 38 12 is_stmt 1 view .LVU101
	tbnz	w20, #31, .L15
	.loc 1 36 9 is_stmt 0 view .LVU102
	mov	w0, 0
	b	.L9
.L15:
	mov	w0, 0
	b	.L8
.LVL35:
.L23:
	.loc 1 36 9 view .LVU103
.LBE35:
.LBE47:
.LBE48:
.LBE49:
	.loc 1 59 5 is_stmt 1 view .LVU104
	.loc 1 60 5 view .LVU105
	.loc 1 61 5 view .LVU106
	mov	w4, 4442
	mov	w3, 39
	mov	w2, -3750
	mov	w1, -25
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL36:
	.loc 1 62 5 view .LVU107
	.loc 1 63 1 is_stmt 0 view .LVU108
	and	w0, w24, 127
	ldr	d8, [sp, 96]
	ldp	x19, x20, [sp, 16]
.LVL37:
	.loc 1 63 1 view .LVU109
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL38:
	.loc 1 63 1 view .LVU110
	ldp	x25, x26, [sp, 64]
	ldp	x27, x28, [sp, 80]
	ldp	x29, x30, [sp], 112
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_restore 28
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 72
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE17:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x495
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF28
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
	.uleb128 0x11
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
	.uleb128 0x1
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x5d
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x1
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x3c
	.uleb128 0x1
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x7c
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.4byte	.LASF11
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x43
	.uleb128 0x1
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.uleb128 0x1
	.4byte	.LASF14
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.uleb128 0x12
	.4byte	0xae
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x51
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x70
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x64
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x83
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x8f
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x4
	.byte	0x1b
	.byte	0x14
	.4byte	0xa2
	.uleb128 0x13
	.4byte	.LASF29
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x11a
	.uleb128 0x14
	.4byte	0x11a
	.uleb128 0x15
	.byte	0
	.uleb128 0x16
	.byte	0x8
	.4byte	0xb5
	.uleb128 0x17
	.4byte	.LASF30
	.byte	0x1
	.byte	0x2d
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3b8
	.uleb128 0x9
	.string	"v"
	.byte	0x2f
	.byte	0xe
	.4byte	0xf6
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x18
	.4byte	.LASF22
	.byte	0x1
	.byte	0x30
	.byte	0xe
	.4byte	0x4a
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xc
	.string	"s8"
	.byte	0x3b
	.byte	0xc
	.4byte	0xba
	.sleb128 -100
	.uleb128 0xc
	.string	"s16"
	.byte	0x3c
	.byte	0xd
	.4byte	0xc6
	.sleb128 -30000
	.uleb128 0x19
	.4byte	.LLRL2
	.4byte	0x382
	.uleb128 0x9
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x7
	.4byte	.LLRL4
	.uleb128 0x9
	.string	"lo"
	.byte	0x32
	.byte	0x12
	.4byte	0xea
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x9
	.string	"h"
	.byte	0x33
	.byte	0x12
	.4byte	0xde
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x9
	.string	"b"
	.byte	0x34
	.byte	0x11
	.4byte	0xd2
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xa
	.4byte	0x407
	.8byte	.LBI22
	.byte	.LVU56
	.4byte	.LLRL8
	.byte	0x37
	.byte	0x10
	.4byte	0x224
	.uleb128 0x5
	.4byte	0x416
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x7
	.4byte	.LLRL8
	.uleb128 0x6
	.4byte	0x41f
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0xd
	.4byte	0x428
	.4byte	.LLRL11
	.uleb128 0x6
	.4byte	0x429
	.4byte	.LLST12
	.4byte	.LVUS12
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x478
	.8byte	.LBI27
	.byte	.LVU38
	.4byte	.LLRL13
	.byte	0x35
	.byte	0x9
	.4byte	0x25d
	.uleb128 0x5
	.4byte	0x485
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x7
	.4byte	.LLRL13
	.uleb128 0x6
	.4byte	0x48e
	.4byte	.LLST15
	.4byte	.LVUS15
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x3b8
	.8byte	.LBI30
	.byte	.LVU80
	.4byte	.LLRL16
	.byte	0x35
	.byte	0x9
	.4byte	0x296
	.uleb128 0x5
	.4byte	0x3c7
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x7
	.4byte	.LLRL16
	.uleb128 0x6
	.4byte	0x3d0
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x3b8
	.8byte	.LBI33
	.byte	.LVU96
	.4byte	.LLRL19
	.byte	0x38
	.byte	0x22
	.4byte	0x2cf
	.uleb128 0x5
	.4byte	0x3c7
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x7
	.4byte	.LLRL19
	.uleb128 0x6
	.4byte	0x3d0
	.4byte	.LLST21
	.4byte	.LVUS21
	.byte	0
	.byte	0
	.uleb128 0x1a
	.4byte	0x456
	.8byte	.LBI37
	.byte	.LVU50
	.8byte	.LBB37
	.8byte	.LBE37-.LBB37
	.byte	0x1
	.byte	0x35
	.byte	0x9
	.4byte	0x30f
	.uleb128 0x5
	.4byte	0x46e
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x5
	.4byte	0x465
	.4byte	.LLST23
	.4byte	.LVUS23
	.byte	0
	.uleb128 0xa
	.4byte	0x3da
	.8byte	.LBI40
	.byte	.LVU68
	.4byte	.LLRL24
	.byte	0x37
	.byte	0x31
	.4byte	0x35f
	.uleb128 0x5
	.4byte	0x3e9
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0x7
	.4byte	.LLRL24
	.uleb128 0x6
	.4byte	0x3f2
	.4byte	.LLST26
	.4byte	.LVUS26
	.uleb128 0xd
	.4byte	0x3fb
	.4byte	.LLRL27
	.uleb128 0x6
	.4byte	0x3fc
	.4byte	.LLST28
	.4byte	.LVUS28
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.8byte	.LVL34
	.4byte	0x102
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x92
	.uleb128 0x48
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.8byte	.LVL36
	.4byte	0x102
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x9
	.byte	0xe7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xb
	.2byte	0xf15a
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8
	.byte	0x27
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.2byte	0x115a
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	.LASF23
	.byte	0x22
	.byte	0xc
	.4byte	0x35
	.4byte	0x3da
	.uleb128 0x4
	.string	"x"
	.byte	0x22
	.byte	0x1b
	.4byte	0xea
	.uleb128 0x8
	.string	"n"
	.byte	0x24
	.byte	0x9
	.4byte	0x35
	.byte	0
	.uleb128 0xb
	.4byte	.LASF24
	.byte	0x1a
	.byte	0x11
	.4byte	0xf6
	.4byte	0x407
	.uleb128 0x4
	.string	"x"
	.byte	0x1a
	.byte	0x22
	.4byte	0xf6
	.uleb128 0x8
	.string	"r"
	.byte	0x1c
	.byte	0xe
	.4byte	0xf6
	.uleb128 0xf
	.uleb128 0x8
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x35
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	.LASF25
	.byte	0x12
	.byte	0x10
	.4byte	0xd2
	.4byte	0x434
	.uleb128 0x4
	.string	"b"
	.byte	0x12
	.byte	0x21
	.4byte	0xd2
	.uleb128 0x8
	.string	"r"
	.byte	0x14
	.byte	0xd
	.4byte	0xd2
	.uleb128 0xf
	.uleb128 0x8
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x35
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	.LASF26
	.byte	0x10
	.byte	0x11
	.4byte	0xde
	.4byte	0x456
	.uleb128 0x4
	.string	"x"
	.byte	0x10
	.byte	0x21
	.4byte	0xde
	.uleb128 0x4
	.string	"r"
	.byte	0x10
	.byte	0x2d
	.4byte	0x4a
	.byte	0
	.uleb128 0xb
	.4byte	.LASF27
	.byte	0xf
	.byte	0x11
	.4byte	0xea
	.4byte	0x478
	.uleb128 0x4
	.string	"x"
	.byte	0xf
	.byte	0x21
	.4byte	0xea
	.uleb128 0x4
	.string	"r"
	.byte	0xf
	.byte	0x2d
	.4byte	0x4a
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF31
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.byte	0x1
	.uleb128 0x4
	.string	"x"
	.byte	0x5
	.byte	0x20
	.4byte	0xf6
	.uleb128 0x8
	.string	"n"
	.byte	0x7
	.byte	0x9
	.4byte	0x35
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x5
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
	.uleb128 0x6
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
	.uleb128 0x1c
	.uleb128 0xd
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0xb
	.byte	0x1
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 .LVU2
	.uleb128 .LVU9
	.uleb128 .LVU14
	.uleb128 .LVU109
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.8byte	0x123456789abcdef
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU110
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS3:
	.uleb128 .LVU5
	.uleb128 .LVU14
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU14
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU28
	.uleb128 .LVU33
	.uleb128 .LVU103
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS6:
	.uleb128 .LVU14
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU28
	.uleb128 .LVU35
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU103
.LLST6:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x5
	.byte	0x83
	.sleb128 0
	.byte	0x40
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x5
	.byte	0x84
	.sleb128 0
	.byte	0x40
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x5
	.byte	0x83
	.sleb128 0
	.byte	0x40
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU14
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU28
	.uleb128 .LVU37
	.uleb128 .LVU94
	.uleb128 .LVU94
	.uleb128 .LVU103
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x6
	.byte	0x84
	.sleb128 0
	.byte	0x9
	.byte	0xd8
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x6
	.byte	0x84
	.sleb128 0
	.byte	0x9
	.byte	0xd8
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU56
	.uleb128 .LVU67
.LLST9:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS10:
	.uleb128 .LVU57
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU67
.LLST10:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS12:
	.uleb128 .LVU57
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU67
.LLST12:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS14:
	.uleb128 .LVU14
	.uleb128 .LVU15
	.uleb128 .LVU38
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU48
.LLST14:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x6
	.byte	0x70
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS15:
	.uleb128 .LVU14
	.uleb128 .LVU15
	.uleb128 .LVU40
	.uleb128 .LVU43
.LLST15:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU15
	.uleb128 .LVU17
	.uleb128 .LVU80
	.uleb128 .LVU92
.LLST17:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS18:
	.uleb128 .LVU15
	.uleb128 .LVU17
	.uleb128 .LVU82
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU92
.LLST18:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x57
	.byte	0
.LVUS20:
	.uleb128 .LVU17
	.uleb128 .LVU23
	.uleb128 .LVU96
	.uleb128 .LVU103
.LLST20:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS21:
	.uleb128 .LVU17
	.uleb128 .LVU23
	.uleb128 .LVU98
	.uleb128 .LVU103
.LLST21:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU49
	.uleb128 .LVU53
.LLST22:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS23:
	.uleb128 .LVU49
	.uleb128 .LVU53
.LLST23:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS25:
	.uleb128 .LVU67
	.uleb128 .LVU78
.LLST25:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS26:
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU78
.LLST26:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS28:
	.uleb128 .LVU69
	.uleb128 .LVU72
.LLST28:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x30
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
.LLRL2:
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB49-.Ltext0
	.uleb128 .LBE49-.Ltext0
	.byte	0
.LLRL4:
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB46-.Ltext0
	.uleb128 .LBE46-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0
.LLRL24:
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0x4
	.uleb128 .LBB45-.Ltext0
	.uleb128 .LBE45-.Ltext0
	.byte	0
.LLRL27:
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF16:
	.string	"int8_t"
.LASF21:
	.string	"uint64_t"
.LASF28:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF10:
	.string	"short int"
.LASF26:
	.string	"rotr16"
.LASF30:
	.string	"main"
.LASF12:
	.string	"__uint32_t"
.LASF11:
	.string	"__uint16_t"
.LASF18:
	.string	"uint8_t"
.LASF27:
	.string	"rotl32"
.LASF13:
	.string	"long int"
.LASF29:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF24:
	.string	"bswap64"
.LASF23:
	.string	"clz32"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"uint16_t"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF15:
	.string	"char"
.LASF17:
	.string	"int16_t"
.LASF25:
	.string	"reverse8"
.LASF14:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"__int16_t"
.LASF31:
	.string	"popcount64"
.LASF22:
	.string	"total"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bit_ops.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
