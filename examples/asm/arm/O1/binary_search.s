	.arch armv8-a
	.file	"binary_search.c"
	.text
.Ltext0:
	.file 0 "." "programs/binary_search.c"
	.align	2
	.type	search_rec, %function
search_rec:
.LVL0:
.LFB12:
	.file 1 "programs/binary_search.c"
	.loc 1 20 1 view -0
	.cfi_startproc
	.loc 1 21 5 view .LVU1
	.loc 1 21 8 is_stmt 0 view .LVU2
	cmp	w1, w2
	bgt	.L4
	mov	x5, x0
	.loc 1 23 5 is_stmt 1 view .LVU3
	.loc 1 23 19 is_stmt 0 view .LVU4
	add	w4, w1, w2
	.loc 1 23 9 view .LVU5
	asr	w0, w4, 1
.LVL1:
	.loc 1 24 5 is_stmt 1 view .LVU6
	.loc 1 24 10 is_stmt 0 view .LVU7
	ldr	x4, [x5, w0, sxtw 3]
	.loc 1 24 8 view .LVU8
	cmp	x4, x3
	beq	.L6
	.loc 1 20 1 view .LVU9
	stp	x29, x30, [sp, -16]!
	.cfi_def_cfa_offset 16
	.cfi_offset 29, -16
	.cfi_offset 30, -8
	mov	x29, sp
	.loc 1 26 5 is_stmt 1 view .LVU10
	.loc 1 26 59 is_stmt 0 view .LVU11
	bge	.L3
	.loc 1 26 27 discriminator 1 view .LVU12
	add	w1, w0, 1
.LVL2:
	.loc 1 26 27 discriminator 1 view .LVU13
	mov	x0, x5
.LVL3:
	.loc 1 26 27 discriminator 1 view .LVU14
	bl	search_rec
.LVL4:
.L1:
	.loc 1 27 1 view .LVU15
	ldp	x29, x30, [sp], 16
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
.LVL5:
.L3:
	.cfi_restore_state
	.loc 1 26 61 discriminator 2 view .LVU16
	sub	w2, w0, #1
.LVL6:
	.loc 1 26 61 discriminator 2 view .LVU17
	mov	x0, x5
.LVL7:
	.loc 1 26 61 discriminator 2 view .LVU18
	bl	search_rec
.LVL8:
	.loc 1 26 61 discriminator 2 view .LVU19
	b	.L1
.LVL9:
.L4:
	.cfi_def_cfa_offset 0
	.cfi_restore 29
	.cfi_restore 30
	.loc 1 22 16 view .LVU20
	mov	w0, -1
.LVL10:
	.loc 1 22 16 view .LVU21
	ret
.LVL11:
.L6:
	.loc 1 27 1 view .LVU22
	ret
	.cfi_endproc
.LFE12:
	.size	search_rec, .-search_rec
	.align	2
	.type	lower_bound, %function
lower_bound:
.LVL12:
.LFB13:
	.loc 1 30 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 30 1 is_stmt 0 view .LVU24
	mov	x5, x0
	and	w2, w2, 65535
	.loc 1 31 5 is_stmt 1 view .LVU25
.LVL13:
	.loc 1 32 5 view .LVU26
	.loc 1 31 14 is_stmt 0 view .LVU27
	mov	w0, 0
.LVL14:
.L11:
	.loc 1 32 15 is_stmt 1 view .LVU28
	cmp	w1, w0
	bls	.L14
.LBB2:
	.loc 1 33 9 view .LVU29
	.loc 1 33 28 is_stmt 0 view .LVU30
	add	w3, w1, w0
	.loc 1 33 18 view .LVU31
	lsr	w4, w3, 1
.LVL15:
	.loc 1 34 9 is_stmt 1 view .LVU32
	.loc 1 34 14 is_stmt 0 view .LVU33
	lsr	w3, w3, 1
	.loc 1 34 12 view .LVU34
	ldrh	w3, [x5, x3, lsl 1]
	cmp	w3, w2
	bcc	.L15
	.loc 1 33 18 view .LVU35
	mov	w1, w4
.LVL16:
	.loc 1 33 18 view .LVU36
	b	.L11
.LVL17:
.L15:
	.loc 1 35 13 is_stmt 1 view .LVU37
	.loc 1 35 16 is_stmt 0 view .LVU38
	add	w0, w4, 1
.LVL18:
	.loc 1 35 16 view .LVU39
	b	.L11
.LVL19:
.L14:
	.loc 1 35 16 view .LVU40
.LBE2:
	.loc 1 39 5 is_stmt 1 view .LVU41
	.loc 1 40 1 is_stmt 0 view .LVU42
	ret
	.cfi_endproc
.LFE13:
	.size	lower_bound, .-lower_bound
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
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB14:
	.loc 1 43 1 is_stmt 1 view -0
	.cfi_startproc
	sub	sp, sp, #640
	.cfi_def_cfa_offset 640
	stp	x29, x30, [sp]
	.cfi_offset 29, -640
	.cfi_offset 30, -632
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	str	x25, [sp, 64]
	.cfi_offset 19, -624
	.cfi_offset 20, -616
	.cfi_offset 21, -608
	.cfi_offset 22, -600
	.cfi_offset 23, -592
	.cfi_offset 24, -584
	.cfi_offset 25, -576
	.loc 1 44 5 view .LVU44
	.loc 1 45 5 view .LVU45
	.loc 1 46 5 view .LVU46
	.loc 1 47 5 view .LVU47
.LBB9:
	.loc 1 47 10 view .LVU48
.LVL20:
	.loc 1 47 23 view .LVU49
.LBE9:
	.loc 1 43 1 is_stmt 0 view .LVU50
	mov	w2, 0
	mov	x3, 0
	mov	x0, 1
.LBB10:
	.loc 1 48 14 view .LVU51
	add	x8, sp, 480
	.loc 1 49 14 view .LVU52
	add	x7, sp, 160
	.loc 1 50 14 view .LVU53
	add	x6, sp, 80
	.loc 1 47 23 view .LVU54
	mov	x5, 51719
	movk	x5, 0x3b9a, lsl 16
.LVL21:
.L17:
	.loc 1 47 23 view .LVU55
	sub	w1, w0, #1
.LVL22:
	.loc 1 48 9 is_stmt 1 discriminator 3 view .LVU56
	.loc 1 48 14 is_stmt 0 discriminator 3 view .LVU57
	add	x4, x8, x0, lsl 2
	.loc 1 48 18 discriminator 3 view .LVU58
	mul	w1, w1, w1
.LVL23:
	.loc 1 48 22 discriminator 3 view .LVU59
	sub	w1, w1, #200
	.loc 1 48 14 discriminator 3 view .LVU60
	str	w1, [x4, -4]
	.loc 1 49 9 is_stmt 1 discriminator 3 view .LVU61
	.loc 1 49 14 is_stmt 0 discriminator 3 view .LVU62
	add	x1, x7, x0, lsl 3
	str	x3, [x1, -8]
	.loc 1 50 9 is_stmt 1 discriminator 3 view .LVU63
	.loc 1 50 14 is_stmt 0 discriminator 3 view .LVU64
	add	x1, x6, x0, lsl 1
	strh	w2, [x1, -2]
	.loc 1 47 30 is_stmt 1 discriminator 3 view .LVU65
.LVL24:
	.loc 1 47 23 discriminator 3 view .LVU66
	add	x0, x0, 1
.LVL25:
	.loc 1 47 23 is_stmt 0 discriminator 3 view .LVU67
	add	x3, x3, x5
	add	w2, w2, 1500
	and	w2, w2, 65535
	cmp	x0, 41
	bne	.L17
.LBE10:
.LBB11:
	.loc 1 53 14 view .LVU68
	mov	w19, -210
.LBE11:
	.loc 1 52 9 view .LVU69
	mov	w21, 0
.LBB23:
.LBB12:
.LBB13:
.LBB14:
	.loc 1 6 9 view .LVU70
	mov	w24, 0
	.loc 1 6 17 view .LVU71
	mov	w23, 39
.LBB15:
	.loc 1 9 14 view .LVU72
	add	x20, sp, 480
.LBE15:
	.loc 1 16 12 view .LVU73
	mov	w25, -1
.LBE14:
.LBE13:
	.loc 1 56 9 view .LVU74
	adrp	x22, .LC0
	add	x22, x22, :lo12:.LC0
	b	.L18
.LVL26:
.L20:
.LBB20:
.LBB18:
.LBB16:
	.loc 1 14 13 is_stmt 1 view .LVU75
	.loc 1 14 16 is_stmt 0 view .LVU76
	sub	w3, w2, #1
.LVL27:
.L21:
	.loc 1 14 16 view .LVU77
.LBE16:
	.loc 1 7 15 is_stmt 1 view .LVU78
	cmp	w0, w3
	bgt	.L27
.LVL28:
.L22:
.LBB17:
	.loc 1 8 9 view .LVU79
	.loc 1 8 28 is_stmt 0 view .LVU80
	sub	w2, w3, w0
	.loc 1 8 34 view .LVU81
	add	w2, w2, w2, lsr 31
	.loc 1 8 13 view .LVU82
	add	w2, w0, w2, asr 1
.LVL29:
	.loc 1 9 9 is_stmt 1 view .LVU83
	.loc 1 9 14 is_stmt 0 view .LVU84
	ldr	w1, [x20, w2, sxtw 2]
	.loc 1 9 12 view .LVU85
	cmp	w1, w19
	beq	.L19
	.loc 1 11 9 is_stmt 1 view .LVU86
	.loc 1 11 12 is_stmt 0 view .LVU87
	bge	.L20
	.loc 1 12 13 is_stmt 1 view .LVU88
	.loc 1 12 16 is_stmt 0 view .LVU89
	add	w0, w2, 1
.LVL30:
	.loc 1 12 16 view .LVU90
	b	.L21
.L27:
	.loc 1 12 16 view .LVU91
.LBE17:
	.loc 1 16 12 view .LVU92
	mov	w2, w25
.LVL31:
.L19:
	.loc 1 16 12 view .LVU93
.LBE18:
.LBE20:
	.loc 1 55 9 is_stmt 1 view .LVU94
	.loc 1 55 20 is_stmt 0 view .LVU95
	mvn	w0, w2
	.loc 1 55 15 view .LVU96
	add	w21, w21, w0, lsr 31
.LVL32:
	.loc 1 56 9 is_stmt 1 view .LVU97
	mov	w1, w19
	mov	x0, x22
	bl	printf
.LVL33:
	.loc 1 56 9 is_stmt 0 view .LVU98
.LBE12:
	.loc 1 53 36 is_stmt 1 view .LVU99
	add	w19, w19, 97
.LVL34:
	.loc 1 53 26 view .LVU100
	cmp	w19, 1439
	beq	.L23
.LVL35:
.L18:
.LBB22:
.LBB21:
.LBB19:
	.loc 1 7 15 view .LVU101
	.loc 1 6 9 is_stmt 0 view .LVU102
	mov	w0, w24
	.loc 1 6 17 view .LVU103
	mov	w3, w23
	b	.L22
.LVL36:
.L23:
	.loc 1 6 17 view .LVU104
.LBE19:
.LBE21:
.LBE22:
.LBE23:
	.loc 1 58 5 is_stmt 1 view .LVU105
	add	x19, sp, 160
.LVL37:
	.loc 1 58 5 is_stmt 0 view .LVU106
	mov	x3, 27255
	movk	x3, 0xf547, lsl 16
	movk	x3, 0x3, lsl 32
	mov	w2, 39
	mov	w1, 0
	mov	x0, x19
	bl	search_rec
.LVL38:
	mov	w20, w0
	mov	x3, 5
	mov	w2, 39
	mov	w1, 0
	mov	x0, x19
	bl	search_rec
.LVL39:
	mov	w2, w0
	mov	w1, w20
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL40:
	.loc 1 59 5 is_stmt 1 view .LVU107
	add	x19, sp, 80
	mov	w2, 0
	mov	w1, 40
	mov	x0, x19
	bl	lower_bound
.LVL41:
	mov	w20, w0
	mov	w2, 3001
	mov	w1, 40
	mov	x0, x19
	bl	lower_bound
.LVL42:
	mov	w22, w0
	mov	w2, -1
	mov	w1, 40
	mov	x0, x19
	bl	lower_bound
.LVL43:
	mov	w3, w0
	mov	w2, w22
	mov	w1, w20
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL44:
	.loc 1 60 5 view .LVU108
	.loc 1 61 1 is_stmt 0 view .LVU109
	mov	w0, w21
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.LVL45:
	.loc 1 61 1 view .LVU110
	ldp	x23, x24, [sp, 48]
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp]
	add	sp, sp, 640
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 25
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4b7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF13
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
	.uleb128 0x6
	.4byte	0x35
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x6
	.4byte	0x48
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
	.4byte	0x69
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x6
	.4byte	0x75
	.uleb128 0x15
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x99
	.uleb128 0x16
	.4byte	0x99
	.uleb128 0x17
	.byte	0
	.uleb128 0x7
	.4byte	0x7c
	.uleb128 0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2bf
	.uleb128 0x8
	.string	"a"
	.byte	0x2c
	.byte	0x9
	.4byte	0x2bf
	.uleb128 0x3
	.byte	0x91
	.sleb128 -160
	.uleb128 0x8
	.string	"b"
	.byte	0x2d
	.byte	0xa
	.4byte	0x2ce
	.uleb128 0x3
	.byte	0x91
	.sleb128 -480
	.uleb128 0x8
	.string	"c"
	.byte	0x2e
	.byte	0x14
	.4byte	0x2dd
	.uleb128 0x3
	.byte	0x91
	.sleb128 -560
	.uleb128 0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x34
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x10
	.4byte	.LLRL11
	.4byte	0x116
	.uleb128 0x3
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST12
	.4byte	.LVUS12
	.byte	0
	.uleb128 0x10
	.4byte	.LLRL13
	.4byte	0x1b9
	.uleb128 0x3
	.string	"k"
	.byte	0x35
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x11
	.4byte	.LLRL15
	.uleb128 0x3
	.string	"r"
	.byte	0x36
	.byte	0xd
	.4byte	0x35
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x1a
	.4byte	0x468
	.4byte	.LLRL17
	.byte	0x1
	.byte	0x36
	.byte	0x11
	.4byte	0x19d
	.uleb128 0x9
	.4byte	0x489
	.uleb128 0x9
	.4byte	0x481
	.uleb128 0x9
	.4byte	0x479
	.uleb128 0x11
	.4byte	.LLRL17
	.uleb128 0xa
	.4byte	0x493
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0xa
	.4byte	0x49d
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x1b
	.4byte	0x4a7
	.4byte	.LLRL20
	.uleb128 0xa
	.4byte	0x4a8
	.4byte	.LLST21
	.4byte	.LVUS21
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL33
	.4byte	0x81
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
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL38
	.4byte	0x38c
	.4byte	0x1dd
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
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL39
	.4byte	0x38c
	.4byte	0x206
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
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x35
	.byte	0
	.uleb128 0x4
	.8byte	.LVL40
	.4byte	0x81
	.4byte	0x22b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL41
	.4byte	0x2ec
	.4byte	0x24e
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
	.byte	0x8
	.byte	0x28
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x4
	.8byte	.LVL42
	.4byte	0x2ec
	.4byte	0x273
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
	.byte	0x8
	.byte	0x28
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.2byte	0xbb9
	.byte	0
	.uleb128 0x4
	.8byte	.LVL43
	.4byte	0x2ec
	.4byte	0x297
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
	.byte	0x8
	.byte	0x28
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x9
	.byte	0xff
	.byte	0
	.uleb128 0xb
	.8byte	.LVL44
	.4byte	0x81
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
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	0x35
	.4byte	0x2ce
	.uleb128 0xd
	.4byte	0x2e
	.byte	0
	.uleb128 0xc
	.4byte	0x69
	.4byte	0x2dd
	.uleb128 0xd
	.4byte	0x2e
	.byte	0
	.uleb128 0xc
	.4byte	0x48
	.4byte	0x2ec
	.uleb128 0xd
	.4byte	0x2e
	.byte	0
	.uleb128 0x12
	.4byte	.LASF11
	.byte	0x1d
	.byte	0x11
	.4byte	0x54
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x387
	.uleb128 0x5
	.string	"a"
	.byte	0x1d
	.byte	0x33
	.4byte	0x387
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x5
	.string	"n"
	.byte	0x1d
	.byte	0x3f
	.4byte	0x54
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x1c
	.string	"key"
	.byte	0x1
	.byte	0x1d
	.byte	0x51
	.4byte	0x48
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.string	"lo"
	.byte	0x1f
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x3
	.string	"hi"
	.byte	0x1f
	.byte	0x16
	.4byte	0x54
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x1d
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x3
	.string	"mid"
	.byte	0x21
	.byte	0x12
	.4byte	0x54
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x4f
	.uleb128 0x12
	.4byte	.LASF12
	.byte	0x13
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x463
	.uleb128 0x5
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0x463
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"lo"
	.byte	0x13
	.byte	0x2a
	.4byte	0x35
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.string	"hi"
	.byte	0x13
	.byte	0x32
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.string	"key"
	.byte	0x13
	.byte	0x3b
	.4byte	0x69
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x3
	.string	"mid"
	.byte	0x17
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x4
	.8byte	.LVL4
	.4byte	0x38c
	.4byte	0x43e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x23
	.uleb128 0x1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0
	.uleb128 0xb
	.8byte	.LVL8
	.4byte	0x38c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x31
	.byte	0x1c
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x70
	.uleb128 0x1e
	.4byte	.LASF16
	.byte	0x1
	.byte	0x4
	.byte	0xc
	.4byte	0x35
	.byte	0x1
	.4byte	0x4b5
	.uleb128 0xe
	.string	"a"
	.byte	0x1e
	.4byte	0x4b5
	.uleb128 0xe
	.string	"n"
	.byte	0x25
	.4byte	0x35
	.uleb128 0xe
	.string	"key"
	.byte	0x2c
	.4byte	0x35
	.uleb128 0xf
	.string	"lo"
	.byte	0x6
	.byte	0x9
	.4byte	0x35
	.uleb128 0xf
	.string	"hi"
	.byte	0x6
	.byte	0x11
	.4byte	0x35
	.uleb128 0x1f
	.uleb128 0xf
	.string	"mid"
	.byte	0x8
	.byte	0xd
	.4byte	0x35
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x3c
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
	.uleb128 0x4
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x26
	.byte	0
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
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0x21
	.sleb128 39
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
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
	.uleb128 0x1b
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x5
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x1f
	.uleb128 0xb
	.byte	0x1
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
.LVUS10:
	.uleb128 .LVU75
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS12:
	.uleb128 .LVU49
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
.LLST12:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS14:
	.uleb128 .LVU75
	.uleb128 .LVU106
.LLST14:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS16:
	.uleb128 .LVU93
	.uleb128 .LVU98
.LLST16:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL33-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS18:
	.uleb128 .LVU75
	.uleb128 .LVU93
	.uleb128 .LVU101
	.uleb128 .LVU104
.LLST18:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU75
	.uleb128 .LVU93
	.uleb128 .LVU101
	.uleb128 .LVU104
.LLST19:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x27
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU75
	.uleb128 .LVU79
	.uleb128 .LVU83
	.uleb128 .LVU93
.LLST21:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU26
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS8:
	.uleb128 .LVU26
	.uleb128 .LVU36
	.uleb128 .LVU37
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS9:
	.uleb128 .LVU32
	.uleb128 .LVU40
.LLST9:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS4:
	.uleb128 .LVU6
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU22
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE12-.Ltext0
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
.LLRL11:
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0
.LLRL20:
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
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
.LASF16:
	.string	"search"
.LASF13:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF4:
	.string	"short unsigned int"
.LASF11:
	.string	"lower_bound"
.LASF3:
	.string	"unsigned char"
.LASF15:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF14:
	.string	"printf"
.LASF9:
	.string	"char"
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
