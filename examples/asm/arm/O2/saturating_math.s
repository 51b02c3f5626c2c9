	.arch armv8-a
	.file	"saturating_math.c"
	.text
.Ltext0:
	.file 0 "." "programs/saturating_math.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC2:
	.string	"%d + %d -> %d\n"
	.align	3
.LC3:
	.string	"%d * %d -> %d\n"
	.align	3
.LC4:
	.string	"u8: %u %u\n"
	.align	3
.LC5:
	.string	"clamp: %d %d %d\n"
	.align	3
.LC6:
	.string	"cmp: %d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB15:
	.file 1 "programs/saturating_math.c"
	.loc 1 24 1 view -0
	.cfi_startproc
	.loc 1 25 5 view .LVU1
	.loc 1 24 1 is_stmt 0 view .LVU2
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	.loc 1 25 12 view .LVU3
	adrp	x0, .LANCHOR0
	.loc 1 26 13 view .LVU4
	adrp	x1, .LC7
	.loc 1 25 12 view .LVU5
	add	x2, x0, :lo12:.LANCHOR0
	.loc 1 24 1 view .LVU6
	mov	x29, sp
	.loc 1 26 13 view .LVU7
	ldr	d0, [x1, #:lo12:.LC7]
	.loc 1 25 12 view .LVU8
	ldr	w1, [x0, #:lo12:.LANCHOR0]
	.loc 1 24 1 view .LVU9
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.loc 1 25 12 view .LVU10
	add	x22, sp, 88
	ldr	w0, [x2, 3]
	.loc 1 24 1 view .LVU11
	stp	x19, x20, [sp, 16]
	adrp	x21, .LC2
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.loc 1 26 13 view .LVU12
	mov	w20, 4
	.loc 1 24 1 view .LVU13
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -64
	.cfi_offset 24, -56
.LBB20:
.LBB21:
	.loc 1 29 45 view .LVU14
	mov	w23, 9363
	mov	x24, x22
.LBE21:
.LBE20:
	.loc 1 24 1 view .LVU15
	str	x25, [sp, 64]
	.cfi_offset 25, -48
.LBB39:
.LBB32:
	.loc 1 31 9 view .LVU16
	add	x21, x21, :lo12:.LC2
.LBE32:
.LBE39:
	.loc 1 25 12 view .LVU17
	str	w1, [sp, 88]
	.loc 1 26 13 view .LVU18
	mov	w1, 32767
	movk	w1, 0xb5, lsl 16
	.loc 1 27 9 view .LVU19
	mov	w19, 0
.LBB40:
.LBB33:
	.loc 1 29 45 view .LVU20
	movk	w23, 0x9249, lsl 16
.LBE33:
.LBE40:
	.loc 1 26 13 view .LVU21
	mov	w2, -128
	.loc 1 25 12 view .LVU22
	str	w0, [x22, 3]
	.loc 1 26 5 is_stmt 1 view .LVU23
	.loc 1 27 5 view .LVU24
.LVL0:
	.loc 1 28 5 view .LVU25
.LBB41:
	.loc 1 28 10 view .LVU26
	.loc 1 28 23 view .LVU27
.LBE41:
	.loc 1 26 13 is_stmt 0 view .LVU28
	str	d0, [sp, 96]
	str	w1, [sp, 104]
	b	.L4
.LVL1:
	.p2align 2,,3
.L14:
.LBB42:
.LBB34:
	.loc 1 30 34 view .LVU29
	and	w0, w0, 255
.LBB22:
.LBB23:
	.loc 1 8 12 view .LVU30
	cmn	w3, #128
	blt	.L8
	.loc 1 8 12 view .LVU31
.LBE23:
.LBE22:
	.loc 1 30 34 view .LVU32
	cmp	w0, 253
	cset	w0, hi
.LVL2:
.L2:
	.loc 1 30 9 is_stmt 1 view .LVU33
	.loc 1 30 17 is_stmt 0 view .LVU34
	add	w19, w19, w0
.LVL3:
	.loc 1 31 9 is_stmt 1 view .LVU35
	mov	x0, x21
	bl	printf
.LVL4:
.LBE34:
	.loc 1 28 29 view .LVU36
	.loc 1 28 23 view .LVU37
	add	x24, x24, 1
.LBB35:
	.loc 1 29 45 is_stmt 0 view .LVU38
	smull	x0, w20, w23
.LBE35:
	.loc 1 28 23 view .LVU39
	cmp	w20, 10
	beq	.L9
.LVL5:
.L15:
.LBB36:
	.loc 1 29 45 view .LVU40
	lsr	x0, x0, 32
	add	w0, w20, w0
	asr	w0, w0, 2
	sub	w0, w0, w20, asr 31
	lsl	w1, w0, 3
	sub	w0, w1, w0
	sub	w0, w20, w0
	.loc 1 29 20 view .LVU41
	add	w20, w20, 1
	ldrsb	w2, [x22, w0, sxtw]
.LVL6:
.L4:
	.loc 1 29 9 is_stmt 1 discriminator 3 view .LVU42
.LBB28:
.LBI22:
	.loc 1 5 15 discriminator 3 view .LVU43
.LBB24:
	.loc 1 7 5 discriminator 3 view .LVU44
	.loc 1 7 15 is_stmt 0 discriminator 3 view .LVU45
	ldrsb	w1, [x24]
	.loc 1 7 9 discriminator 3 view .LVU46
	add	w3, w2, w1
.LVL7:
	.loc 1 8 5 is_stmt 1 discriminator 3 view .LVU47
	.loc 1 8 5 is_stmt 0 discriminator 3 view .LVU48
.LBE24:
.LBE28:
	.loc 1 30 34 discriminator 3 view .LVU49
	add	w0, w3, 127
.LBB29:
.LBB25:
	.loc 1 8 12 discriminator 3 view .LVU50
	cmp	w3, 127
	ble	.L14
	mov	w0, 1
.LVL8:
	.loc 1 8 12 discriminator 3 view .LVU51
.LBE25:
.LBE29:
	.loc 1 30 9 is_stmt 1 view .LVU52
.LBB30:
.LBB26:
	mov	w3, 127
.LBE26:
.LBE30:
	.loc 1 30 17 is_stmt 0 view .LVU53
	add	w19, w19, w0
.LVL9:
	.loc 1 31 9 is_stmt 1 view .LVU54
	mov	x0, x21
	bl	printf
.LVL10:
.LBE36:
	.loc 1 28 29 view .LVU55
	.loc 1 28 23 view .LVU56
	add	x24, x24, 1
.LBB37:
	.loc 1 29 45 is_stmt 0 view .LVU57
	smull	x0, w20, w23
.LBE37:
	.loc 1 28 23 view .LVU58
	cmp	w20, 10
	bne	.L15
.LVL11:
.L9:
	.loc 1 28 23 view .LVU59
.LBE42:
.LBB43:
.LBB44:
	.loc 1 34 47 view .LVU60
	mov	w22, 43691
	adrp	x21, .LC3
	add	x25, sp, 96
	.loc 1 36 9 view .LVU61
	add	x21, x21, :lo12:.LC3
.LBE44:
.LBE43:
.LBB64:
	mov	x20, 1
	mov	w2, -300
.LBE64:
.LBB65:
.LBB59:
.LBB45:
.LBB46:
	.loc 1 14 8 view .LVU62
	mov	w24, 32767
.LBE46:
.LBE45:
	.loc 1 35 35 view .LVU63
	mov	w23, 65533
	.loc 1 34 47 view .LVU64
	movk	w22, 0xaaaa, lsl 16
	b	.L3
.LVL12:
	.p2align 2,,3
.L16:
.LBB53:
.LBB47:
	.loc 1 15 8 view .LVU65
	cmn	w3, #32768
	blt	.L11
	.loc 1 15 8 view .LVU66
.LBE47:
.LBE53:
	.loc 1 35 35 view .LVU67
	cmp	w23, w0, uxth
	cset	w0, cc
.LVL13:
.L5:
	.loc 1 35 9 is_stmt 1 view .LVU68
	.loc 1 35 17 is_stmt 0 view .LVU69
	add	w19, w19, w0
.LVL14:
	.loc 1 36 9 is_stmt 1 view .LVU70
.LBE59:
	.loc 1 33 23 is_stmt 0 view .LVU71
	add	x20, x20, 1
.LVL15:
.LBB60:
	.loc 1 36 9 view .LVU72
	mov	x0, x21
	bl	printf
.LVL16:
.LBE60:
	.loc 1 33 29 is_stmt 1 view .LVU73
	.loc 1 33 23 view .LVU74
	.loc 1 33 23 is_stmt 0 view .LVU75
	cmp	x20, 7
	beq	.L6
.L17:
.LBB61:
	.loc 1 34 47 view .LVU76
	umull	x0, w20, w22
	lsr	x0, x0, 34
	add	w0, w0, w0, lsl 1
	sub	w0, w20, w0, lsl 1
	.loc 1 34 21 view .LVU77
	ldrsh	w2, [x25, w0, sxtw 1]
.LVL17:
.L3:
	.loc 1 34 9 is_stmt 1 discriminator 3 view .LVU78
.LBB54:
.LBI45:
	.loc 1 11 16 discriminator 3 view .LVU79
.LBB48:
	.loc 1 13 5 discriminator 3 view .LVU80
	.loc 1 15 5 discriminator 3 view .LVU81
	.loc 1 16 5 discriminator 3 view .LVU82
.LBE48:
.LBE54:
	.loc 1 34 21 is_stmt 0 discriminator 3 view .LVU83
	add	x0, x25, x20, lsl 1
.LBB55:
.LBB49:
	.loc 1 13 17 discriminator 3 view .LVU84
	ldrsh	w1, [x0, -2]
	.loc 1 13 13 discriminator 3 view .LVU85
	mul	w3, w1, w2
.LVL18:
	.loc 1 14 5 is_stmt 1 discriminator 3 view .LVU86
.LBE49:
.LBE55:
	.loc 1 35 35 is_stmt 0 discriminator 3 view .LVU87
	add	w0, w3, w24
.LBB56:
.LBB50:
	.loc 1 14 8 discriminator 3 view .LVU88
	cmp	w3, w24
	ble	.L16
	.loc 1 14 8 discriminator 3 view .LVU89
	mov	w0, 1
.LVL19:
	.loc 1 14 8 discriminator 3 view .LVU90
.LBE50:
.LBE56:
	.loc 1 35 9 is_stmt 1 view .LVU91
.LBE61:
	.loc 1 33 23 is_stmt 0 view .LVU92
	add	x20, x20, 1
.LVL20:
.LBB62:
	.loc 1 35 17 view .LVU93
	add	w19, w19, w0
.LVL21:
	.loc 1 36 9 is_stmt 1 view .LVU94
.LBB57:
.LBB51:
	mov	w3, 32767
.LBE51:
.LBE57:
	mov	x0, x21
	bl	printf
.LVL22:
.LBE62:
	.loc 1 33 29 view .LVU95
	.loc 1 33 23 view .LVU96
	.loc 1 33 23 is_stmt 0 view .LVU97
	cmp	x20, 7
	bne	.L17
.L6:
	.loc 1 33 23 view .LVU98
.LBE65:
	.loc 1 38 5 is_stmt 1 view .LVU99
	mov	w2, 190
	mov	w1, 0
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
.LVL23:
	.loc 1 39 5 view .LVU100
	mov	w3, 5
	mov	w2, -1000
	mov	w1, 1000
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	printf
.LVL24:
	.loc 1 40 5 view .LVU101
	.loc 1 41 5 view .LVU102
	.loc 1 42 5 view .LVU103
	mov	w2, 1
	adrp	x0, .LC6
	mov	w1, w2
	add	x0, x0, :lo12:.LC6
	bl	printf
.LVL25:
	.loc 1 43 5 view .LVU104
	.loc 1 44 1 is_stmt 0 view .LVU105
	ldp	x21, x22, [sp, 32]
	mov	w0, w19
	ldp	x19, x20, [sp, 16]
.LVL26:
	.loc 1 44 1 view .LVU106
	ldp	x23, x24, [sp, 48]
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
.LVL27:
.L8:
	.cfi_restore_state
.LBB66:
.LBB38:
.LBB31:
.LBB27:
	.loc 1 44 1 view .LVU107
	mov	w3, -128
.LVL28:
	.loc 1 44 1 view .LVU108
	mov	w0, 1
	b	.L2
.LVL29:
.L11:
	.loc 1 44 1 view .LVU109
.LBE27:
.LBE31:
.LBE38:
.LBE66:
.LBB67:
.LBB63:
.LBB58:
.LBB52:
	mov	w3, -32768
.LVL30:
	.loc 1 44 1 view .LVU110
	mov	w0, 1
	b	.L5
.LBE52:
.LBE58:
.LBE63:
.LBE67:
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC7:
	.hword	300
	.hword	-300
	.hword	200
	.hword	-32768
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC1:
	.string	"d\2342\200\177"
	.ascii	"\377"
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3f6
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF22
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL17
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x4
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x59
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x38
	.uleb128 0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x78
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x4
	.4byte	.LASF11
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x31
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0x14
	.4byte	0x92
	.uleb128 0x4
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4d
	.uleb128 0x4
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x6c
	.uleb128 0x4
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x7f
	.uleb128 0x4
	.4byte	.LASF17
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x60
	.uleb128 0x15
	.4byte	.LASF23
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xe6
	.uleb128 0x16
	.4byte	0xe6
	.uleb128 0x17
	.byte	0
	.uleb128 0x18
	.byte	0x8
	.4byte	0x99
	.uleb128 0x19
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x339
	.uleb128 0xc
	.string	"a"
	.byte	0x19
	.byte	0xc
	.4byte	0x339
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xc
	.string	"h"
	.byte	0x1a
	.byte	0xd
	.4byte	0x349
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x1a
	.4byte	.LASF18
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"sc"
	.byte	0x28
	.byte	0x11
	.4byte	0x59
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.string	"uc"
	.byte	0x29
	.byte	0x13
	.4byte	0x38
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xd
	.4byte	.LLRL3
	.4byte	0x200
	.uleb128 0x5
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.4byte	.LLRL5
	.uleb128 0x7
	.string	"s"
	.byte	0x1d
	.byte	0x10
	.4byte	0x9e
	.uleb128 0xe
	.4byte	0x3d0
	.8byte	.LBI22
	.byte	.LVU43
	.4byte	.LLRL6
	.byte	0x1d
	.byte	0x14
	.4byte	0x1cc
	.uleb128 0x8
	.4byte	0x3e6
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x8
	.4byte	0x3dd
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x6
	.4byte	.LLRL6
	.uleb128 0xf
	.4byte	0x3ef
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL4
	.4byte	0xce
	.4byte	0x1e4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL10
	.4byte	0xce
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	.LLRL10
	.4byte	0x2b7
	.uleb128 0x5
	.string	"i"
	.byte	0x21
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x6
	.4byte	.LLRL12
	.uleb128 0x7
	.string	"m"
	.byte	0x22
	.byte	0x11
	.4byte	0xaa
	.uleb128 0xe
	.4byte	0x3a6
	.8byte	.LBI45
	.byte	.LVU79
	.4byte	.LLRL13
	.byte	0x22
	.byte	0x15
	.4byte	0x26e
	.uleb128 0x8
	.4byte	0x3bd
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x8
	.4byte	0x3b4
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x6
	.4byte	.LLRL13
	.uleb128 0xf
	.4byte	0x3c6
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL16
	.4byte	0xce
	.4byte	0x286
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL22
	.4byte	0xce
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x11
	.byte	0x84
	.sleb128 -1
	.byte	0x31
	.byte	0x24
	.byte	0x89
	.sleb128 0
	.byte	0x22
	.byte	0x32
	.byte	0x1c
	.byte	0x94
	.byte	0x2
	.byte	0x8
	.byte	0x30
	.byte	0x24
	.byte	0x8
	.byte	0x30
	.byte	0x26
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL23
	.4byte	0xce
	.4byte	0x2e1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0xbe
	.byte	0
	.uleb128 0x9
	.8byte	.LVL24
	.4byte	0xce
	.4byte	0x313
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa
	.2byte	0x3e8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xb
	.2byte	0xfc18
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x35
	.byte	0
	.uleb128 0xa
	.8byte	.LVL25
	.4byte	0xce
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x9e
	.4byte	0x349
	.uleb128 0x11
	.4byte	0x2a
	.byte	0x6
	.byte	0
	.uleb128 0x10
	.4byte	0xaa
	.4byte	0x359
	.uleb128 0x11
	.4byte	0x2a
	.byte	0x5
	.byte	0
	.uleb128 0xb
	.4byte	.LASF19
	.byte	0x15
	.4byte	0xaa
	.4byte	0x385
	.uleb128 0x2
	.string	"v"
	.byte	0x15
	.byte	0x20
	.4byte	0xb6
	.uleb128 0x2
	.string	"lo"
	.byte	0x15
	.byte	0x2b
	.4byte	0xaa
	.uleb128 0x2
	.string	"hi"
	.byte	0x15
	.byte	0x37
	.4byte	0xaa
	.byte	0
	.uleb128 0xb
	.4byte	.LASF20
	.byte	0x13
	.4byte	0xc2
	.4byte	0x3a6
	.uleb128 0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0xc2
	.uleb128 0x2
	.string	"b"
	.byte	0x13
	.byte	0x2e
	.4byte	0xc2
	.byte	0
	.uleb128 0xb
	.4byte	.LASF21
	.byte	0xb
	.4byte	0xaa
	.4byte	0x3d0
	.uleb128 0x2
	.string	"a"
	.byte	0xb
	.byte	0x22
	.4byte	0xaa
	.uleb128 0x2
	.string	"b"
	.byte	0xb
	.byte	0x2d
	.4byte	0xaa
	.uleb128 0x7
	.string	"p"
	.byte	0xd
	.byte	0xd
	.4byte	0xb6
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF25
	.byte	0x1
	.byte	0x5
	.byte	0xf
	.4byte	0x9e
	.byte	0x1
	.uleb128 0x2
	.string	"a"
	.byte	0x5
	.byte	0x1f
	.4byte	0x9e
	.uleb128 0x2
	.string	"b"
	.byte	0x5
	.byte	0x29
	.4byte	0x9e
	.uleb128 0x7
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x31
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
	.uleb128 0x3
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
	.uleb128 0x4
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0x21
	.sleb128 16
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x16
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
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
	.uleb128 .LVU25
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU107
	.uleb128 .LVU107
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
	.uleb128 .LVL26-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL26-.LVL0
	.uleb128 .LVL27-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL27-.LVL0
	.uleb128 .LFE15-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS1:
	.uleb128 .LVU102
	.uleb128 .LVU107
.LLST1:
	.byte	0x8
	.8byte	.LVL24
	.uleb128 .LVL27-.LVL24
	.uleb128 0x3
	.byte	0x9
	.byte	0xfb
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU103
	.uleb128 .LVU107
.LLST2:
	.byte	0x8
	.8byte	.LVL24
	.uleb128 .LVL27-.LVL24
	.uleb128 0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU27
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU40
	.uleb128 .LVU42
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU59
	.uleb128 .LVU107
	.uleb128 .LVU109
.LLST4:
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
	.uleb128 .LVL4-.LVL0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL5-.LVL0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL10-.LVL0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL0
	.uleb128 .LVL11-.LVL0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL0
	.uleb128 .LVL29-.LVL0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -4
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU29
	.uleb128 .LVU33
	.uleb128 .LVU43
	.uleb128 .LVU51
	.uleb128 .LVU107
	.uleb128 .LVU109
.LLST7:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x13
	.byte	0x84
	.sleb128 -1
	.byte	0x37
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x48
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL6-.LVL1
	.uleb128 .LVL8-.LVL1
	.uleb128 0x13
	.byte	0x84
	.sleb128 -1
	.byte	0x37
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x48
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL27-.LVL1
	.uleb128 .LVL29-.LVL1
	.uleb128 0x13
	.byte	0x84
	.sleb128 -1
	.byte	0x37
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x48
	.byte	0x1c
	.byte	0
.LVUS8:
	.uleb128 .LVU29
	.uleb128 .LVU33
	.uleb128 .LVU43
	.uleb128 .LVU51
	.uleb128 .LVU107
	.uleb128 .LVU109
.LLST8:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL6-.LVL1
	.uleb128 .LVL8-.LVL1
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL27-.LVL1
	.uleb128 .LVL29-.LVL1
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
.LVUS9:
	.uleb128 .LVU29
	.uleb128 .LVU33
	.uleb128 .LVU47
	.uleb128 .LVU51
	.uleb128 .LVU107
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 .LVU109
.LLST9:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL7-.LVL1
	.uleb128 .LVL8-.LVL1
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL27-.LVL1
	.uleb128 .LVL28-.LVL1
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL28-.LVL1
	.uleb128 .LVL29-.LVL1
	.uleb128 0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU65
	.uleb128 .LVU72
	.uleb128 .LVU78
	.uleb128 .LVU93
	.uleb128 .LVU109
	.uleb128 0
.LLST11:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL15-.LVL12
	.uleb128 0x3
	.byte	0x84
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL12
	.uleb128 .LVL20-.LVL12
	.uleb128 0x3
	.byte	0x84
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL12
	.uleb128 .LFE15-.LVL12
	.uleb128 0x3
	.byte	0x84
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU65
	.uleb128 .LVU68
	.uleb128 .LVU79
	.uleb128 .LVU90
	.uleb128 .LVU109
	.uleb128 0
.LLST14:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x15
	.byte	0x84
	.sleb128 0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x40
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL17-.LVL12
	.uleb128 .LVL19-.LVL12
	.uleb128 0x15
	.byte	0x84
	.sleb128 0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x40
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL29-.LVL12
	.uleb128 .LFE15-.LVL12
	.uleb128 0x15
	.byte	0x84
	.sleb128 0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x40
	.byte	0x1c
	.byte	0
.LVUS15:
	.uleb128 .LVU65
	.uleb128 .LVU68
	.uleb128 .LVU79
	.uleb128 .LVU90
	.uleb128 .LVU109
	.uleb128 0
.LLST15:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x9
	.byte	0x84
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x42
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL17-.LVL12
	.uleb128 .LVL19-.LVL12
	.uleb128 0x9
	.byte	0x84
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x42
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL29-.LVL12
	.uleb128 .LFE15-.LVL12
	.uleb128 0x9
	.byte	0x84
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x42
	.byte	0x1c
	.byte	0
.LVUS16:
	.uleb128 .LVU65
	.uleb128 .LVU68
	.uleb128 .LVU86
	.uleb128 .LVU90
	.uleb128 .LVU109
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 0
.LLST16:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL18-.LVL12
	.uleb128 .LVL19-.LVL12
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL29-.LVL12
	.uleb128 .LVL30-.LVL12
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL30-.LVL12
	.uleb128 .LFE15-.LVL12
	.uleb128 0x6
	.byte	0x71
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x1e
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
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
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
	.byte	0x5
	.8byte	.LBB20
	.byte	0x4
	.uleb128 .LBB20-.LBB20
	.uleb128 .LBE20-.LBB20
	.byte	0x4
	.uleb128 .LBB39-.LBB20
	.uleb128 .LBE39-.LBB20
	.byte	0x4
	.uleb128 .LBB40-.LBB20
	.uleb128 .LBE40-.LBB20
	.byte	0x4
	.uleb128 .LBB41-.LBB20
	.uleb128 .LBE41-.LBB20
	.byte	0x4
	.uleb128 .LBB42-.LBB20
	.uleb128 .LBE42-.LBB20
	.byte	0x4
	.uleb128 .LBB64-.LBB20
	.uleb128 .LBE64-.LBB20
	.byte	0x4
	.uleb128 .LBB66-.LBB20
	.uleb128 .LBE66-.LBB20
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB21
	.byte	0x4
	.uleb128 .LBB21-.LBB21
	.uleb128 .LBE21-.LBB21
	.byte	0x4
	.uleb128 .LBB32-.LBB21
	.uleb128 .LBE32-.LBB21
	.byte	0x4
	.uleb128 .LBB33-.LBB21
	.uleb128 .LBE33-.LBB21
	.byte	0x4
	.uleb128 .LBB34-.LBB21
	.uleb128 .LBE34-.LBB21
	.byte	0x4
	.uleb128 .LBB35-.LBB21
	.uleb128 .LBE35-.LBB21
	.byte	0x4
	.uleb128 .LBB36-.LBB21
	.uleb128 .LBE36-.LBB21
	.byte	0x4
	.uleb128 .LBB37-.LBB21
	.uleb128 .LBE37-.LBB21
	.byte	0x4
	.uleb128 .LBB38-.LBB21
	.uleb128 .LBE38-.LBB21
	.byte	0
.LLRL6:
	.byte	0x5
	.8byte	.LBB22
	.byte	0x4
	.uleb128 .LBB22-.LBB22
	.uleb128 .LBE22-.LBB22
	.byte	0x4
	.uleb128 .LBB28-.LBB22
	.uleb128 .LBE28-.LBB22
	.byte	0x4
	.uleb128 .LBB29-.LBB22
	.uleb128 .LBE29-.LBB22
	.byte	0x4
	.uleb128 .LBB30-.LBB22
	.uleb128 .LBE30-.LBB22
	.byte	0x4
	.uleb128 .LBB31-.LBB22
	.uleb128 .LBE31-.LBB22
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB43
	.byte	0x4
	.uleb128 .LBB43-.LBB43
	.uleb128 .LBE43-.LBB43
	.byte	0x4
	.uleb128 .LBB65-.LBB43
	.uleb128 .LBE65-.LBB43
	.byte	0x4
	.uleb128 .LBB67-.LBB43
	.uleb128 .LBE67-.LBB43
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB44
	.byte	0x4
	.uleb128 .LBB44-.LBB44
	.uleb128 .LBE44-.LBB44
	.byte	0x4
	.uleb128 .LBB59-.LBB44
	.uleb128 .LBE59-.LBB44
	.byte	0x4
	.uleb128 .LBB60-.LBB44
	.uleb128 .LBE60-.LBB44
	.byte	0x4
	.uleb128 .LBB61-.LBB44
	.uleb128 .LBE61-.LBB44
	.byte	0x4
	.uleb128 .LBB62-.LBB44
	.uleb128 .LBE62-.LBB44
	.byte	0x4
	.uleb128 .LBB63-.LBB44
	.uleb128 .LBE63-.LBB44
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB45
	.byte	0x4
	.uleb128 .LBB45-.LBB45
	.uleb128 .LBE45-.LBB45
	.byte	0x4
	.uleb128 .LBB53-.LBB45
	.uleb128 .LBE53-.LBB45
	.byte	0x4
	.uleb128 .LBB54-.LBB45
	.uleb128 .LBE54-.LBB45
	.byte	0x4
	.uleb128 .LBB55-.LBB45
	.uleb128 .LBE55-.LBB45
	.byte	0x4
	.uleb128 .LBB56-.LBB45
	.uleb128 .LBE56-.LBB45
	.byte	0x4
	.uleb128 .LBB57-.LBB45
	.uleb128 .LBE57-.LBB45
	.byte	0x4
	.uleb128 .LBB58-.LBB45
	.uleb128 .LBE58-.LBB45
	.byte	0
.LLRL17:
	.byte	0x7
	.8byte	.LFB15
	.uleb128 .LFE15-.LFB15
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF22:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF14:
	.string	"int8_t"
.LASF10:
	.string	"short int"
.LASF24:
	.string	"main"
.LASF21:
	.string	"sat_mul16"
.LASF18:
	.string	"clipped"
.LASF17:
	.string	"uint8_t"
.LASF12:
	.string	"long int"
.LASF23:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF20:
	.string	"sat_sub_u8"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"clamp16"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF13:
	.string	"char"
.LASF16:
	.string	"int32_t"
.LASF15:
	.string	"int16_t"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"__int32_t"
.LASF25:
	.string	"sat_add8"
.LASF9:
	.string	"__int16_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/saturating_math.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
