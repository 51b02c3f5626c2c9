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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB17:
	.file 1 "programs/bit_ops.c"
	.loc 1 46 1 view -0
	.cfi_startproc
	.loc 1 47 5 view .LVU1
.LVL0:
	.loc 1 48 5 view .LVU2
	.loc 1 49 5 view .LVU3
.LBB46:
	.loc 1 49 10 view .LVU4
	.loc 1 49 23 view .LVU5
.LBE46:
	.loc 1 46 1 is_stmt 0 view .LVU6
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.loc 1 47 14 view .LVU7
	mov	x20, 52719
	movk	x20, 0x89ab, lsl 16
.LVL1:
	.loc 1 46 1 view .LVU8
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -64
	.cfi_offset 22, -56
.LBB87:
.LBB47:
	.loc 1 57 11 view .LVU9
	mov	x22, 33103
	movk	x22, 0xf767, lsl 16
.LBE47:
.LBE87:
	.loc 1 46 1 view .LVU10
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -48
	.cfi_offset 24, -40
.LBB88:
.LBB81:
	.loc 1 57 15 view .LVU11
	mov	x23, 32557
	movk	x23, 0x4c95, lsl 16
	adrp	x21, .LC0
.LBE81:
.LBE88:
	.loc 1 47 14 view .LVU12
	movk	x20, 0x4567, lsl 32
.LBB89:
.LBB82:
	.loc 1 57 15 view .LVU13
	movk	x23, 0xf42d, lsl 32
	.loc 1 57 11 view .LVU14
	movk	x22, 0x7b7e, lsl 32
	.loc 1 53 9 view .LVU15
	add	x21, x21, :lo12:.LC0
.LBE82:
.LBE89:
	.loc 1 46 1 view .LVU16
	mov	w24, 0
	.loc 1 47 14 view .LVU17
	movk	x20, 0x123, lsl 48
.LBB90:
.LBB83:
	.loc 1 57 15 view .LVU18
	movk	x23, 0x5851, lsl 48
	.loc 1 57 11 view .LVU19
	movk	x22, 0x1405, lsl 48
.LBE83:
.LBE90:
	.loc 1 46 1 view .LVU20
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -32
	.cfi_offset 26, -24
	mov	w25, 0
	mov	w26, 0
	str	x27, [sp, 80]
	.cfi_offset 27, -16
	.loc 1 48 14 view .LVU21
	mov	w27, 0
	.loc 1 46 1 view .LVU22
	str	d8, [sp, 88]
	.cfi_offset 72, -8
.LVL2:
	.p2align 3,,7
.L8:
.LBB91:
.LBB84:
	.loc 1 50 9 is_stmt 1 discriminator 3 view .LVU23
	fmov	d0, x20
	.loc 1 53 9 is_stmt 0 discriminator 3 view .LVU24
	neg	w1, w25
	and	w1, w1, 15
	.loc 1 51 35 discriminator 3 view .LVU25
	lsr	x0, x20, 16
	cnt	v8.8b, v0.8b
	.loc 1 53 9 discriminator 3 view .LVU26
	lsr	w4, w20, 16
	lsl	w0, w0, w1
.LBB48:
.LBB49:
	.loc 1 15 73 discriminator 3 view .LVU27
	neg	w3, w24
.LBE49:
.LBE48:
	.loc 1 53 9 discriminator 3 view .LVU28
	lsr	w4, w4, w25
	orr	w4, w4, w0
	.loc 1 50 18 discriminator 3 view .LVU29
	mov	w19, w20
.LVL3:
	.loc 1 51 9 is_stmt 1 discriminator 3 view .LVU30
	.loc 1 52 9 discriminator 3 view .LVU31
	.loc 1 53 9 discriminator 3 view .LVU32
.LBB52:
.LBB53:
.LBB54:
	.loc 1 22 38 is_stmt 0 discriminator 3 view .LVU33
	ubfx	x1, x20, 40, 8
	addv	b0, v8.8b
.LVL4:
	.loc 1 22 38 discriminator 3 view .LVU34
.LBE54:
.LBE53:
.LBE52:
.LBB58:
.LBI48:
	.loc 1 15 17 is_stmt 1 discriminator 3 view .LVU35
.LBB50:
	.loc 1 15 50 discriminator 3 view .LVU36
.LBE50:
.LBE58:
	.loc 1 53 9 is_stmt 0 discriminator 3 view .LVU37
	and	w4, w4, 65535
.LBB59:
.LBB51:
	.loc 1 15 73 discriminator 3 view .LVU38
	ror	w3, w20, w3
.LVL5:
	.loc 1 15 73 discriminator 3 view .LVU39
.LBE51:
.LBE59:
.LBB60:
.LBI52:
	.loc 1 18 16 is_stmt 1 discriminator 3 view .LVU40
.LBB57:
.LBB55:
	.loc 1 21 23 discriminator 3 view .LVU41
	.loc 1 21 14 is_stmt 0 discriminator 3 view .LVU42
	mov	w0, 0
.LBE55:
	.loc 1 20 13 discriminator 3 view .LVU43
	mov	w5, 0
.LVL6:
	.p2align 3,,7
.L2:
.LBB56:
	.loc 1 22 9 is_stmt 1 view .LVU44
	.loc 1 22 38 is_stmt 0 view .LVU45
	asr	w2, w1, w0
	.loc 1 21 29 view .LVU46
	add	w0, w0, 1
.LVL7:
	.loc 1 22 32 view .LVU47
	bfi	w2, w5, 1, 31
	.loc 1 22 11 view .LVU48
	and	w5, w2, 255
.LVL8:
	.loc 1 21 29 is_stmt 1 view .LVU49
	.loc 1 21 23 view .LVU50
	cmp	w0, 8
	bne	.L2
.LBE56:
	.loc 1 23 5 view .LVU51
.LVL9:
	.loc 1 23 5 is_stmt 0 view .LVU52
.LBE57:
.LBE60:
.LBB61:
.LBI61:
	.loc 1 26 17 is_stmt 1 view .LVU53
.LBB62:
.LBB63:
	.loc 1 29 23 view .LVU54
.LBE63:
.LBE62:
.LBE61:
	.loc 1 53 9 is_stmt 0 view .LVU55
	mov	w0, 0
.LBB66:
.LBB65:
	.loc 1 28 14 view .LVU56
	mov	x6, 0
.LVL10:
	.p2align 3,,7
.L3:
.LBB64:
	.loc 1 30 9 is_stmt 1 view .LVU57
	.loc 1 30 28 is_stmt 0 view .LVU58
	lsr	x1, x20, x0
	.loc 1 29 23 view .LVU59
	add	w0, w0, 8
	.loc 1 30 11 view .LVU60
	bfi	x1, x6, 8, 56
	mov	x6, x1
.LVL11:
	.loc 1 29 29 is_stmt 1 view .LVU61
	.loc 1 29 23 view .LVU62
	cmp	w0, 64
	bne	.L3
.LBE64:
	.loc 1 31 5 view .LVU63
.LVL12:
	.loc 1 31 5 is_stmt 0 view .LVU64
.LBE65:
.LBE66:
	.loc 1 53 9 view .LVU65
	lsr	w0, w19, w26
.LVL13:
.LBB67:
.LBI67:
	.loc 1 34 12 is_stmt 1 view .LVU66
.LBB68:
	.loc 1 36 5 view .LVU67
	.loc 1 37 5 view .LVU68
	.loc 1 37 20 is_stmt 0 view .LVU69
	mov	w7, 32
	.loc 1 37 8 view .LVU70
	cmp	w0, 0
	cbz	w0, .L4
.LVL14:
.LBB69:
.LBB70:
	.loc 1 38 12 is_stmt 1 view .LVU71
	.loc 1 36 9 is_stmt 0 view .LVU72
	mov	w7, 0
	.loc 1 38 12 view .LVU73
	blt	.L4
.LVL15:
	.p2align 3,,7
.L5:
	.loc 1 39 9 is_stmt 1 view .LVU74
	.loc 1 39 11 is_stmt 0 view .LVU75
	lsl	w0, w0, 1
.LVL16:
	.loc 1 40 9 is_stmt 1 view .LVU76
	.loc 1 40 10 is_stmt 0 view .LVU77
	add	w7, w7, 1
.LVL17:
	.loc 1 38 12 is_stmt 1 view .LVU78
	tbz	w0, #31, .L5
.LVL18:
.L4:
	.loc 1 38 12 is_stmt 0 view .LVU79
.LBE70:
.LBE69:
.LBE68:
.LBE67:
	.loc 1 53 9 view .LVU80
	fmov	w2, s0
	mov	x1, x20
	mov	x0, x21
	bl	printf
.LVL19:
	.loc 1 56 9 is_stmt 1 view .LVU81
.LBB71:
.LBI71:
	.loc 1 5 12 view .LVU82
.LBB72:
	.loc 1 8 12 view .LVU83
	cbz	x20, .L11
.LVL20:
	.loc 1 9 9 view .LVU84
	.loc 1 10 9 view .LVU85
	.loc 1 8 12 view .LVU86
	addv	b0, v8.8b
	fmov	w1, s0
	.loc 1 12 5 view .LVU87
.LVL21:
	.loc 1 12 5 is_stmt 0 view .LVU88
.LBE72:
.LBE71:
.LBB74:
.LBI74:
	.loc 1 34 12 is_stmt 1 view .LVU89
.LBB75:
	.loc 1 36 5 view .LVU90
	.loc 1 37 5 view .LVU91
	.loc 1 37 8 is_stmt 0 view .LVU92
	cbz	w19, .L12
.LVL22:
.LBB76:
.LBB77:
	.loc 1 38 12 is_stmt 1 view .LVU93
	.loc 1 36 9 is_stmt 0 view .LVU94
	mov	w0, 0
	.loc 1 38 12 view .LVU95
	tbnz	w20, #31, .L6
.LVL23:
	.p2align 3,,7
.L7:
	.loc 1 39 9 is_stmt 1 view .LVU96
	.loc 1 39 11 is_stmt 0 view .LVU97
	lsl	w19, w19, 1
.LVL24:
	.loc 1 40 9 is_stmt 1 view .LVU98
	.loc 1 40 10 is_stmt 0 view .LVU99
	add	w0, w0, 1
.LVL25:
	.loc 1 38 12 is_stmt 1 view .LVU100
	tbz	w19, #31, .L7
.LVL26:
.L6:
	.loc 1 38 12 is_stmt 0 view .LVU101
.LBE77:
.LBE76:
.LBE75:
.LBE74:
	.loc 1 56 32 view .LVU102
	add	w0, w1, w0
.LBE84:
	.loc 1 49 23 view .LVU103
	add	w24, w24, 5
.LBB85:
	.loc 1 57 11 view .LVU104
	madd	x20, x20, x23, x22
.LVL27:
	.loc 1 56 15 view .LVU105
	add	w27, w27, w0
.LVL28:
	.loc 1 57 9 is_stmt 1 view .LVU106
	.loc 1 57 9 is_stmt 0 view .LVU107
.LBE85:
	.loc 1 49 29 is_stmt 1 view .LVU108
	.loc 1 49 23 view .LVU109
	add	w26, w26, 4
	add	w25, w25, 3
	cmp	w24, 30
	bne	.L8
.LBE91:
	.loc 1 59 5 view .LVU110
.LVL29:
	.loc 1 60 5 view .LVU111
	.loc 1 61 5 view .LVU112
	mov	w4, 4442
	mov	w3, 39
	mov	w2, -3750
	mov	w1, -25
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL30:
	.loc 1 62 5 view .LVU113
	.loc 1 63 1 is_stmt 0 view .LVU114
	ldp	x19, x20, [sp, 16]
.LVL31:
	.loc 1 63 1 view .LVU115
	and	w0, w27, 127
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldr	x27, [sp, 80]
.LVL32:
	.loc 1 63 1 view .LVU116
	ldr	d8, [sp, 88]
	ldp	x29, x30, [sp], 96
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
	.cfi_restore 72
	.cfi_def_cfa_offset 0
	ret
.LVL33:
.L11:
	.cfi_restore_state
.LBB92:
.LBB86:
.LBB79:
.LBB73:
	.loc 1 7 9 view .LVU117
	mov	w1, 0
.LBE73:
.LBE79:
.LBB80:
.LBB78:
	.loc 1 37 20 view .LVU118
	mov	w0, 32
	b	.L6
.LVL34:
.L12:
	.loc 1 37 20 view .LVU119
	mov	w0, 32
	b	.L6
.LBE78:
.LBE80:
.LBE86:
.LBE92:
	.cfi_endproc
.LFE17:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4ef
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF28
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL35
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x4
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x1
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x59
	.uleb128 0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x1
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x38
	.uleb128 0x1
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x78
	.uleb128 0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.4byte	.LASF11
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x3f
	.uleb128 0x1
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x46
	.uleb128 0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.uleb128 0x1
	.4byte	.LASF14
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2a
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.uleb128 0x12
	.4byte	0xaa
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4d
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x6c
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x60
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x7f
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x8b
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x4
	.byte	0x1b
	.byte	0x14
	.4byte	0x9e
	.uleb128 0x13
	.4byte	.LASF29
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x116
	.uleb128 0x14
	.4byte	0x116
	.uleb128 0x15
	.byte	0
	.uleb128 0x16
	.byte	0x8
	.4byte	0xb1
	.uleb128 0x17
	.4byte	.LASF30
	.byte	0x1
	.byte	0x2d
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x412
	.uleb128 0x6
	.string	"v"
	.byte	0x2f
	.byte	0xe
	.4byte	0xf2
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x18
	.4byte	.LASF22
	.byte	0x1
	.byte	0x30
	.byte	0xe
	.4byte	0x46
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x6
	.string	"s8"
	.byte	0x3b
	.byte	0xc
	.4byte	0xb6
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x6
	.string	"s16"
	.byte	0x3c
	.byte	0xd
	.4byte	0xc2
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x19
	.4byte	.LLRL4
	.4byte	0x3dc
	.uleb128 0x6
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x9
	.4byte	.LLRL6
	.uleb128 0x6
	.string	"lo"
	.byte	0x32
	.byte	0x12
	.4byte	0xe6
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x6
	.string	"h"
	.byte	0x33
	.byte	0x12
	.4byte	0xda
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x6
	.string	"b"
	.byte	0x34
	.byte	0x11
	.4byte	0xce
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xa
	.4byte	0x4b0
	.8byte	.LBI48
	.byte	.LVU35
	.4byte	.LLRL10
	.byte	0x35
	.byte	0x9
	.4byte	0x20e
	.uleb128 0x2
	.4byte	0x4c8
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x2
	.4byte	0x4bf
	.4byte	.LLST12
	.4byte	.LVUS12
	.byte	0
	.uleb128 0xa
	.4byte	0x461
	.8byte	.LBI52
	.byte	.LVU40
	.4byte	.LLRL13
	.byte	0x37
	.byte	0x10
	.4byte	0x25e
	.uleb128 0x2
	.4byte	0x470
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x9
	.4byte	.LLRL13
	.uleb128 0x3
	.4byte	0x479
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xc
	.4byte	0x482
	.4byte	.LLRL16
	.uleb128 0x3
	.4byte	0x483
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x434
	.8byte	.LBI61
	.byte	.LVU53
	.4byte	.LLRL18
	.byte	0x37
	.byte	0x31
	.4byte	0x2ae
	.uleb128 0x2
	.4byte	0x443
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x9
	.4byte	.LLRL18
	.uleb128 0x3
	.4byte	0x44c
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0xc
	.4byte	0x455
	.4byte	.LLRL21
	.uleb128 0x3
	.4byte	0x456
	.4byte	.LLST22
	.4byte	.LVUS22
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1a
	.4byte	0x412
	.8byte	.LBI67
	.byte	.LVU66
	.8byte	.LBB67
	.8byte	.LBE67-.LBB67
	.byte	0x1
	.byte	0x35
	.byte	0x9
	.4byte	0x31e
	.uleb128 0x2
	.4byte	0x421
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x3
	.4byte	0x42a
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0xd
	.4byte	0x412
	.8byte	.LBB69
	.8byte	.LBE69-.LBB69
	.uleb128 0x2
	.4byte	0x421
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0x3
	.4byte	0x42a
	.4byte	.LLST26
	.4byte	.LVUS26
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x4d2
	.8byte	.LBI71
	.byte	.LVU82
	.4byte	.LLRL27
	.byte	0x38
	.byte	0x12
	.4byte	0x357
	.uleb128 0x2
	.4byte	0x4df
	.4byte	.LLST28
	.4byte	.LVUS28
	.uleb128 0x9
	.4byte	.LLRL27
	.uleb128 0x3
	.4byte	0x4e8
	.4byte	.LLST29
	.4byte	.LVUS29
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x412
	.8byte	.LBI74
	.byte	.LVU89
	.4byte	.LLRL30
	.byte	0x38
	.byte	0x22
	.4byte	0x3c0
	.uleb128 0x2
	.4byte	0x421
	.4byte	.LLST31
	.4byte	.LVUS31
	.uleb128 0x9
	.4byte	.LLRL30
	.uleb128 0x3
	.4byte	0x42a
	.4byte	.LLST32
	.4byte	.LVUS32
	.uleb128 0xd
	.4byte	0x412
	.8byte	.LBB76
	.8byte	.LBE76-.LBB76
	.uleb128 0x2
	.4byte	0x421
	.4byte	.LLST33
	.4byte	.LVUS33
	.uleb128 0x3
	.4byte	0x42a
	.4byte	.LLST34
	.4byte	.LVUS34
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.8byte	.LVL19
	.4byte	0xfe
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.8byte	.LVL30
	.4byte	0xfe
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x9
	.byte	0xe7
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xb
	.2byte	0xf15a
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8
	.byte	0x27
	.uleb128 0x7
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
	.4byte	0x31
	.4byte	0x434
	.uleb128 0x5
	.string	"x"
	.byte	0x22
	.byte	0x1b
	.4byte	0xe6
	.uleb128 0x8
	.string	"n"
	.byte	0x24
	.byte	0x9
	.4byte	0x31
	.byte	0
	.uleb128 0xb
	.4byte	.LASF24
	.byte	0x1a
	.byte	0x11
	.4byte	0xf2
	.4byte	0x461
	.uleb128 0x5
	.string	"x"
	.byte	0x1a
	.byte	0x22
	.4byte	0xf2
	.uleb128 0x8
	.string	"r"
	.byte	0x1c
	.byte	0xe
	.4byte	0xf2
	.uleb128 0xf
	.uleb128 0x8
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	.LASF25
	.byte	0x12
	.byte	0x10
	.4byte	0xce
	.4byte	0x48e
	.uleb128 0x5
	.string	"b"
	.byte	0x12
	.byte	0x21
	.4byte	0xce
	.uleb128 0x8
	.string	"r"
	.byte	0x14
	.byte	0xd
	.4byte	0xce
	.uleb128 0xf
	.uleb128 0x8
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	.LASF26
	.byte	0x10
	.byte	0x11
	.4byte	0xda
	.4byte	0x4b0
	.uleb128 0x5
	.string	"x"
	.byte	0x10
	.byte	0x21
	.4byte	0xda
	.uleb128 0x5
	.string	"r"
	.byte	0x10
	.byte	0x2d
	.4byte	0x46
	.byte	0
	.uleb128 0xb
	.4byte	.LASF27
	.byte	0xf
	.byte	0x11
	.4byte	0xe6
	.4byte	0x4d2
	.uleb128 0x5
	.string	"x"
	.byte	0xf
	.byte	0x21
	.4byte	0xe6
	.uleb128 0x5
	.string	"r"
	.byte	0xf
	.byte	0x2d
	.4byte	0x46
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF31
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x31
	.byte	0x1
	.uleb128 0x5
	.string	"x"
	.byte	0x5
	.byte	0x20
	.4byte	0xf2
	.uleb128 0x8
	.string	"n"
	.byte	0x7
	.byte	0x9
	.4byte	0x31
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0x21
	.sleb128 34
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 12
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 .LVU8
	.uleb128 .LVU23
	.uleb128 .LVU105
	.uleb128 .LVU107
	.uleb128 .LVU115
	.uleb128 .LVU117
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.8byte	0x123456789abcdef
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL27-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL28-.LVL0
	.uleb128 .LVL31-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL33-.LVL0
	.uleb128 .LFE17-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU116
	.uleb128 .LVU117
	.uleb128 0
.LLST1:
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
	.uleb128 .LVL32-.LVL0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL33-.LVL0
	.uleb128 .LFE17-.LVL0
	.uleb128 0x1
	.byte	0x6b
	.byte	0
.LVUS2:
	.uleb128 .LVU111
	.uleb128 .LVU117
.LLST2:
	.byte	0x8
	.8byte	.LVL29
	.uleb128 .LVL33-.LVL29
	.uleb128 0x3
	.byte	0x9
	.byte	0x9c
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU112
	.uleb128 .LVU117
.LLST3:
	.byte	0x8
	.8byte	.LVL29
	.uleb128 .LVL33-.LVL29
	.uleb128 0x4
	.byte	0xb
	.2byte	0x8ad0
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU5
	.uleb128 .LVU23
.LLST5:
	.byte	0x8
	.8byte	.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU30
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU105
	.uleb128 .LVU117
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL23-.LVL3
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL23-.LVL3
	.uleb128 .LVL27-.LVL3
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL33-.LVL3
	.uleb128 .LFE17-.LVL3
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS8:
	.uleb128 .LVU31
	.uleb128 .LVU105
	.uleb128 .LVU117
	.uleb128 0
.LLST8:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL27-.LVL3
	.uleb128 0x5
	.byte	0x84
	.sleb128 0
	.byte	0x40
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL3
	.uleb128 .LFE17-.LVL3
	.uleb128 0x5
	.byte	0x84
	.sleb128 0
	.byte	0x40
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU32
	.uleb128 .LVU105
	.uleb128 .LVU117
	.uleb128 0
.LLST9:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL27-.LVL3
	.uleb128 0x6
	.byte	0x84
	.sleb128 0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL3
	.uleb128 .LFE17-.LVL3
	.uleb128 0x6
	.byte	0x84
	.sleb128 0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU34
	.uleb128 .LVU39
.LLST11:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS12:
	.uleb128 .LVU34
	.uleb128 .LVU39
.LLST12:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS14:
	.uleb128 .LVU39
	.uleb128 .LVU52
.LLST14:
	.byte	0x8
	.8byte	.LVL5
	.uleb128 .LVL9-.LVL5
	.uleb128 0x6
	.byte	0x84
	.sleb128 0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU41
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU52
.LLST15:
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
	.uleb128 .LVL9-.LVL5
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS17:
	.uleb128 .LVU41
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU52
.LLST17:
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
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.LVL5
	.uleb128 .LVL8-.LVL5
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL5
	.uleb128 .LVL9-.LVL5
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS19:
	.uleb128 .LVU52
	.uleb128 .LVU64
.LLST19:
	.byte	0x8
	.8byte	.LVL9
	.uleb128 .LVL12-.LVL9
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS20:
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU64
.LLST20:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL9
	.uleb128 .LVL11-.LVL9
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL11-.LVL9
	.uleb128 .LVL12-.LVL9
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS22:
	.uleb128 .LVU54
	.uleb128 .LVU57
.LLST22:
	.byte	0x8
	.8byte	.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU66
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU79
.LLST23:
	.byte	0x6
	.8byte	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL15-.LVL13
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL15-.LVL13
	.uleb128 .LVL18-.LVL13
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0x8a
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU68
	.uleb128 .LVU79
.LLST24:
	.byte	0x8
	.8byte	.LVL13
	.uleb128 .LVL18-.LVL13
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS25:
	.uleb128 .LVU71
	.uleb128 .LVU79
.LLST25:
	.byte	0x8
	.8byte	.LVL14
	.uleb128 .LVL18-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS26:
	.uleb128 .LVU71
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU79
.LLST26:
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
	.uleb128 .LVL18-.LVL14
	.uleb128 0x1
	.byte	0x57
	.byte	0
.LVUS28:
	.uleb128 .LVU82
	.uleb128 .LVU84
	.uleb128 .LVU117
	.uleb128 .LVU119
.LLST28:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL33-.LVL19
	.uleb128 .LVL34-.LVL19
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS29:
	.uleb128 .LVU83
	.uleb128 .LVU84
	.uleb128 .LVU117
	.uleb128 .LVU119
.LLST29:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL19
	.uleb128 .LVL34-.LVL19
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS31:
	.uleb128 .LVU88
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU101
	.uleb128 .LVU119
	.uleb128 0
.LLST31:
	.byte	0x6
	.8byte	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL23-.LVL21
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL23-.LVL21
	.uleb128 .LVL26-.LVL21
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL34-.LVL21
	.uleb128 .LFE17-.LVL21
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS32:
	.uleb128 .LVU91
	.uleb128 .LVU101
	.uleb128 .LVU119
	.uleb128 0
.LLST32:
	.byte	0x6
	.8byte	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL26-.LVL21
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.LVL21
	.uleb128 .LFE17-.LVL21
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS33:
	.uleb128 .LVU93
	.uleb128 .LVU101
.LLST33:
	.byte	0x8
	.8byte	.LVL22
	.uleb128 .LVL26-.LVL22
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS34:
	.uleb128 .LVU93
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU101
.LLST34:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL22
	.uleb128 .LVL26-.LVL22
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
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
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
	.8byte	.LBB46
	.byte	0x4
	.uleb128 .LBB46-.LBB46
	.uleb128 .LBE46-.LBB46
	.byte	0x4
	.uleb128 .LBB87-.LBB46
	.uleb128 .LBE87-.LBB46
	.byte	0x4
	.uleb128 .LBB88-.LBB46
	.uleb128 .LBE88-.LBB46
	.byte	0x4
	.uleb128 .LBB89-.LBB46
	.uleb128 .LBE89-.LBB46
	.byte	0x4
	.uleb128 .LBB90-.LBB46
	.uleb128 .LBE90-.LBB46
	.byte	0x4
	.uleb128 .LBB91-.LBB46
	.uleb128 .LBE91-.LBB46
	.byte	0x4
	.uleb128 .LBB92-.LBB46
	.uleb128 .LBE92-.LBB46
	.byte	0
.LLRL6:
	.byte	0x5
	.8byte	.LBB47
	.byte	0x4
	.uleb128 .LBB47-.LBB47
	.uleb128 .LBE47-.LBB47
	.byte	0x4
	.uleb128 .LBB81-.LBB47
	.uleb128 .LBE81-.LBB47
	.byte	0x4
	.uleb128 .LBB82-.LBB47
	.uleb128 .LBE82-.LBB47
	.byte	0x4
	.uleb128 .LBB83-.LBB47
	.uleb128 .LBE83-.LBB47
	.byte	0x4
	.uleb128 .LBB84-.LBB47
	.uleb128 .LBE84-.LBB47
	.byte	0x4
	.uleb128 .LBB85-.LBB47
	.uleb128 .LBE85-.LBB47
	.byte	0x4
	.uleb128 .LBB86-.LBB47
	.uleb128 .LBE86-.LBB47
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB48
	.byte	0x4
	.uleb128 .LBB48-.LBB48
	.uleb128 .LBE48-.LBB48
	.byte	0x4
	.uleb128 .LBB58-.LBB48
	.uleb128 .LBE58-.LBB48
	.byte	0x4
	.uleb128 .LBB59-.LBB48
	.uleb128 .LBE59-.LBB48
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB52
	.byte	0x4
	.uleb128 .LBB52-.LBB52
	.uleb128 .LBE52-.LBB52
	.byte	0x4
	.uleb128 .LBB60-.LBB52
	.uleb128 .LBE60-.LBB52
	.byte	0
.LLRL16:
	.byte	0x5
	.8byte	.LBB54
	.byte	0x4
	.uleb128 .LBB54-.LBB54
	.uleb128 .LBE54-.LBB54
	.byte	0x4
	.uleb128 .LBB55-.LBB54
	.uleb128 .LBE55-.LBB54
	.byte	0x4
	.uleb128 .LBB56-.LBB54
	.uleb128 .LBE56-.LBB54
	.byte	0
.LLRL18:
	.byte	0x5
	.8byte	.LBB61
	.byte	0x4
	.uleb128 .LBB61-.LBB61
	.uleb128 .LBE61-.LBB61
	.byte	0x4
	.uleb128 .LBB66-.LBB61
	.uleb128 .LBE66-.LBB61
	.byte	0
.LLRL21:
	.byte	0x5
	.8byte	.LBB63
	.byte	0x4
	.uleb128 .LBB63-.LBB63
	.uleb128 .LBE63-.LBB63
	.byte	0x4
	.uleb128 .LBB64-.LBB63
	.uleb128 .LBE64-.LBB63
	.byte	0
.LLRL27:
	.byte	0x5
	.8byte	.LBB71
	.byte	0x4
	.uleb128 .LBB71-.LBB71
	.uleb128 .LBE71-.LBB71
	.byte	0x4
	.uleb128 .LBB79-.LBB71
	.uleb128 .LBE79-.LBB71
	.byte	0
.LLRL30:
	.byte	0x5
	.8byte	.LBB74
	.byte	0x4
	.uleb128 .LBB74-.LBB74
	.uleb128 .LBE74-.LBB74
	.byte	0x4
	.uleb128 .LBB80-.LBB74
	.uleb128 .LBE80-.LBB74
	.byte	0
.LLRL35:
	.byte	0x7
	.8byte	.LFB17
	.uleb128 .LFE17-.LFB17
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF28:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF16:
	.string	"int8_t"
.LASF21:
	.string	"uint64_t"
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
