	.arch armv8-a
	.file	"int_to_string.c"
	.text
.Ltext0:
	.file 0 "." "programs/int_to_string.c"
	.align	2
	.p2align 4,,11
	.type	utoa.isra.0, %function
utoa.isra.0:
.LVL0:
.LFB15:
	.file 1 "programs/int_to_string.c"
	.loc 1 5 14 view -0
	.cfi_startproc
	.loc 1 5 14 is_stmt 0 view .LVU1
	sub	sp, sp, #80
	.cfi_def_cfa_offset 80
.LBB4:
	.loc 1 10 35 view .LVU2
	uxtw	x1, w1
	.loc 1 10 35 view .LVU3
	add	x9, sp, 8
.LBE4:
	.loc 1 8 9 view .LVU4
	mov	w5, 0
	mov	x8, x9
	b	.L4
.LVL1:
	.p2align 2,,3
.L6:
.LBB5:
	.loc 1 11 14 view .LVU5
	mov	w5, w7
	.loc 1 12 11 view .LVU6
	mov	x0, x6
.LVL2:
.L4:
	.loc 1 12 11 view .LVU7
.LBE5:
	.loc 1 9 5 is_stmt 1 view .LVU8
.LBB6:
	.loc 1 10 9 view .LVU9
	.loc 1 10 35 is_stmt 0 view .LVU10
	udiv	x6, x0, x1
	.loc 1 11 14 view .LVU11
	add	w7, w5, 1
	.loc 1 10 35 view .LVU12
	msub	x4, x6, x1, x0
.LVL3:
	.loc 1 11 9 is_stmt 1 view .LVU13
	.loc 1 11 40 is_stmt 0 view .LVU14
	and	w3, w4, 255
	.loc 1 11 20 view .LVU15
	cmp	x4, 9
	add	w4, w3, 48
.LVL4:
	.loc 1 11 20 view .LVU16
	add	w3, w3, 87
	and	w4, w4, 255
	and	w3, w3, 255
	csel	w3, w3, w4, hi
	.loc 1 11 18 view .LVU17
	strb	w3, [x8], 1
	.loc 1 12 9 is_stmt 1 view .LVU18
.LVL5:
	.loc 1 12 9 is_stmt 0 view .LVU19
.LBE6:
	.loc 1 13 14 is_stmt 1 view .LVU20
	cmp	x0, x1
	bcs	.L6
.LBB7:
	.loc 1 15 21 is_stmt 0 view .LVU21
	add	x5, x9, w5, sxtw
	sxtw	x3, w7
.LBE7:
	.loc 1 13 14 view .LVU22
	mov	x0, 0
.LVL6:
	.p2align 3,,7
.L5:
.LBB8:
	.loc 1 15 9 is_stmt 1 view .LVU23
	.loc 1 15 21 is_stmt 0 view .LVU24
	neg	x1, x0
	.loc 1 15 16 view .LVU25
	ldrb	w1, [x5, x1]
	strb	w1, [x2, x0]
	.loc 1 14 29 is_stmt 1 view .LVU26
.LVL7:
	.loc 1 14 23 view .LVU27
	add	x0, x0, 1
.LVL8:
	.loc 1 14 23 is_stmt 0 view .LVU28
	cmp	x3, x0
	bne	.L5
.LBE8:
	.loc 1 16 5 is_stmt 1 view .LVU29
	.loc 1 16 12 is_stmt 0 view .LVU30
	strb	wzr, [x2, w7, sxtw]
	.loc 1 17 5 is_stmt 1 view .LVU31
	.loc 1 18 1 is_stmt 0 view .LVU32
	add	sp, sp, 80
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE15:
	.size	utoa.isra.0, .-utoa.isra.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC2:
	.string	"%s "
	.align	3
.LC3:
	.string	"%lld"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.loc 1 32 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 33 5 view .LVU34
	.loc 1 32 1 is_stmt 0 view .LVU35
	stp	x29, x30, [sp, -368]!
	.cfi_def_cfa_offset 368
	.cfi_offset 29, -368
	.cfi_offset 30, -360
	.loc 1 33 15 view .LVU36
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	.loc 1 32 1 view .LVU37
	mov	x29, sp
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -336
	.cfi_offset 22, -328
	.loc 1 34 14 view .LVU38
	add	x22, sp, 120
	.loc 1 33 15 view .LVU39
	add	x1, sp, 144
	ldp	q2, q3, [x0]
	adrp	x21, .LC2
	ldp	q0, q1, [x0, 32]
.LBB19:
.LBB20:
	.loc 1 39 13 view .LVU40
	add	x21, x21, :lo12:.LC2
.LBE20:
.LBE19:
	.loc 1 34 14 view .LVU41
	ldp	x2, x3, [x0, 64]
	.loc 1 32 1 view .LVU42
	stp	x19, x20, [sp, 16]
	.loc 1 34 14 view .LVU43
	ldr	w0, [x0, 80]
	.cfi_offset 19, -352
	.cfi_offset 20, -344
	add	x20, sp, 208
	.loc 1 32 1 view .LVU44
	stp	x23, x24, [sp, 48]
	add	x4, sp, 288
	stp	x25, x26, [sp, 64]
	.cfi_offset 23, -320
	.cfi_offset 24, -312
	.cfi_offset 25, -304
	.cfi_offset 26, -296
.LBB56:
.LBB47:
.LBB21:
.LBB22:
.LBB23:
.LBB24:
	.loc 1 24 9 view .LVU45
	add	x26, sp, 209
.LBE24:
.LBE23:
.LBE22:
.LBE21:
.LBE47:
.LBE56:
	.loc 1 34 14 view .LVU46
	mov	x23, 1
	.loc 1 32 1 view .LVU47
	stp	x27, x28, [sp, 80]
	.cfi_offset 27, -288
	.cfi_offset 28, -280
.LBB57:
.LBB48:
.LBB41:
.LBB35:
.LBB30:
.LBB25:
	.loc 1 23 16 view .LVU48
	mov	w25, 45
.LBE25:
.LBE30:
.LBE35:
.LBE41:
.LBE48:
.LBE57:
	.loc 1 36 9 view .LVU49
	mov	w27, 0
	.loc 1 34 14 view .LVU50
	str	w0, [x22, 16]
	.loc 1 33 15 view .LVU51
	stp	x4, x1, [sp, 96]
	.loc 1 34 14 view .LVU52
	stp	x2, x3, [sp, 120]
	.loc 1 33 15 view .LVU53
	stp	q2, q3, [x1]
	stp	q0, q1, [x1, 32]
	.loc 1 34 5 is_stmt 1 view .LVU54
	.loc 1 35 5 view .LVU55
	.loc 1 36 5 view .LVU56
.LVL9:
	.loc 1 37 5 view .LVU57
.LBB58:
	.loc 1 37 10 view .LVU58
	.loc 1 37 28 view .LVU59
	.p2align 3,,7
.L11:
.LBB49:
	.loc 1 38 32 view .LVU60
.LBB42:
.LBB36:
.LBB31:
.LBB26:
	.loc 1 24 21 is_stmt 0 view .LVU61
	mov	x28, 1
.LBE26:
.LBE31:
.LBE36:
.LBE42:
	.loc 1 39 13 view .LVU62
	ldr	x0, [sp, 104]
	add	x0, x0, x23, lsl 3
	ldr	x19, [x0, -8]
.LBB43:
.LBB37:
.LBB32:
.LBB27:
	.loc 1 24 9 view .LVU63
	neg	x24, x19
	b	.L14
.LVL10:
	.p2align 2,,3
.L12:
	.loc 1 24 9 view .LVU64
.LBE27:
.LBE32:
	.loc 1 26 9 view .LVU65
	bl	utoa.isra.0
.LVL11:
	.loc 1 28 5 is_stmt 1 view .LVU66
	.loc 1 28 5 is_stmt 0 view .LVU67
.LBE37:
.LBE43:
	.loc 1 38 32 view .LVU68
	add	x28, x28, 1
.LVL12:
	.loc 1 39 13 view .LVU69
	mov	x1, x20
	mov	x0, x21
	bl	printf
.LVL13:
	.loc 1 38 67 is_stmt 1 view .LVU70
	.loc 1 38 32 view .LVU71
	cmp	x28, 6
	beq	.L20
.L14:
.LVL14:
	.loc 1 39 13 discriminator 3 view .LVU72
.LBB44:
.LBB38:
	.loc 1 26 9 discriminator 3 view .LVU73
.LBE38:
.LBE44:
	.loc 1 39 13 is_stmt 0 discriminator 3 view .LVU74
	add	x1, x22, x28, lsl 2
.LBB45:
.LBB39:
	.loc 1 26 9 discriminator 3 view .LVU75
	mov	x2, x20
	mov	x0, x19
.LBE39:
.LBE45:
	.loc 1 39 13 discriminator 3 view .LVU76
	ldr	w1, [x1, -4]
.LVL15:
.LBB46:
.LBI21:
	.loc 1 20 14 is_stmt 1 discriminator 3 view .LVU77
.LBB40:
	.loc 1 22 5 discriminator 3 view .LVU78
.LBB33:
.LBI23:
	.loc 1 20 14 discriminator 3 view .LVU79
.LBB28:
	.loc 1 23 9 discriminator 3 view .LVU80
.LBE28:
.LBE33:
	.loc 1 22 8 is_stmt 0 discriminator 3 view .LVU81
	tbz	x19, #63, .L12
.LVL16:
.LBB34:
.LBB29:
	.loc 1 24 9 view .LVU82
	mov	x2, x26
.LVL17:
	.loc 1 24 9 view .LVU83
	mov	x0, x24
	.loc 1 23 16 view .LVU84
	strb	w25, [sp, 208]
	.loc 1 24 9 is_stmt 1 view .LVU85
	bl	utoa.isra.0
.LVL18:
	.loc 1 24 9 is_stmt 0 view .LVU86
.LBE29:
.LBE34:
	.loc 1 28 5 is_stmt 1 view .LVU87
	.loc 1 28 5 is_stmt 0 view .LVU88
.LBE40:
.LBE46:
	.loc 1 38 32 view .LVU89
	add	x28, x28, 1
.LVL19:
	.loc 1 39 13 view .LVU90
	mov	x1, x20
	mov	x0, x21
	bl	printf
.LVL20:
	.loc 1 38 67 is_stmt 1 view .LVU91
	.loc 1 38 32 view .LVU92
	cmp	x28, 6
	bne	.L14
.L20:
.LBE49:
	.loc 1 40 9 discriminator 2 view .LVU93
	mov	w0, 10
	bl	putchar
.LVL21:
	.loc 1 41 9 discriminator 2 view .LVU94
	adrp	x0, .LC3
	add	x2, x0, :lo12:.LC3
	ldr	x0, [sp, 96]
	mov	x3, x19
	mov	x1, 80
	bl	snprintf
.LVL22:
	.loc 1 42 9 discriminator 2 view .LVU95
.LBB50:
.LBI50:
	.loc 1 20 14 discriminator 2 view .LVU96
.LBB51:
	.loc 1 22 5 discriminator 2 view .LVU97
	.loc 1 22 8 is_stmt 0 discriminator 2 view .LVU98
	tbnz	x19, #63, .L21
	.loc 1 26 9 is_stmt 1 view .LVU99
	mov	x0, x19
	mov	x2, x20
	mov	w1, 10
	bl	utoa.isra.0
.LVL23:
.L16:
	.loc 1 28 5 view .LVU100
	.loc 1 28 5 is_stmt 0 view .LVU101
.LBE51:
.LBE50:
	.loc 1 42 23 view .LVU102
	ldr	x0, [sp, 96]
	mov	x1, x20
	.loc 1 37 28 view .LVU103
	add	x23, x23, 1
.LVL24:
	.loc 1 42 23 view .LVU104
	bl	strcmp
.LVL25:
	.loc 1 42 61 view .LVU105
	cmp	w0, 0
	.loc 1 42 20 view .LVU106
	cinc	w27, w27, ne
.LVL26:
	.loc 1 37 65 is_stmt 1 view .LVU107
	.loc 1 37 28 view .LVU108
	cmp	x23, 9
	bne	.L11
.LBE58:
	.loc 1 45 1 is_stmt 0 view .LVU109
	ldp	x19, x20, [sp, 16]
	mov	w0, w27
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldp	x27, x28, [sp, 80]
.LVL27:
	.loc 1 45 1 view .LVU110
	ldp	x29, x30, [sp], 368
	.cfi_remember_state
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
	.cfi_def_cfa_offset 0
	ret
.LVL28:
	.p2align 2,,3
.L21:
	.cfi_restore_state
.LBB59:
.LBB55:
.LBB54:
.LBB52:
.LBI52:
	.loc 1 20 14 is_stmt 1 view .LVU111
.LBB53:
	.loc 1 23 9 view .LVU112
	.loc 1 24 9 is_stmt 0 view .LVU113
	neg	x0, x19
	mov	x2, x26
	mov	w1, 10
	.loc 1 23 16 view .LVU114
	strb	w25, [sp, 208]
	.loc 1 24 9 is_stmt 1 view .LVU115
	bl	utoa.isra.0
.LVL29:
	b	.L16
.LBE53:
.LBE52:
.LBE54:
.LBE55:
.LBE59:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.xword	0
	.xword	1
	.xword	-1
	.xword	255
	.xword	-256
	.xword	1234567890123
	.xword	-9223372036854775808
	.xword	9223372036854775807
.LC1:
	.word	2
	.word	8
	.word	10
	.word	16
	.word	36
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4f6
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x15
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL26
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x16
	.4byte	.LASF22
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x17
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
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0xd
	.4byte	0x73
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x18
	.4byte	0x73
	.uleb128 0xd
	.4byte	0x7a
	.uleb128 0x19
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9c
	.byte	0xc
	.4byte	0x3d
	.4byte	0x9f
	.uleb128 0x4
	.4byte	0x7f
	.uleb128 0x4
	.4byte	0x7f
	.byte	0
	.uleb128 0xe
	.4byte	.LASF11
	.2byte	0x17a
	.4byte	0x3d
	.4byte	0xbf
	.uleb128 0x4
	.4byte	0x6e
	.uleb128 0x4
	.4byte	0x2a
	.uleb128 0x4
	.4byte	0x7f
	.uleb128 0xf
	.byte	0
	.uleb128 0xe
	.4byte	.LASF12
	.2byte	0x164
	.4byte	0x3d
	.4byte	0xd5
	.uleb128 0x4
	.4byte	0x7f
	.uleb128 0xf
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x3d
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x391
	.uleb128 0x10
	.4byte	.LASF13
	.byte	0x21
	.byte	0xf
	.4byte	0x391
	.uleb128 0x3
	.byte	0x91
	.sleb128 -224
	.uleb128 0x10
	.4byte	.LASF14
	.byte	0x22
	.byte	0xe
	.4byte	0x3a8
	.uleb128 0x3
	.byte	0x91
	.sleb128 -248
	.uleb128 0x11
	.string	"buf"
	.byte	0xa
	.4byte	0x3b8
	.uleb128 0x3
	.byte	0x91
	.sleb128 -160
	.uleb128 0x11
	.string	"ref"
	.byte	0x13
	.4byte	0x3b8
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.uleb128 0x1b
	.4byte	.LASF15
	.byte	0x1
	.byte	0x24
	.byte	0x9
	.4byte	0x3d
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1c
	.4byte	.LLRL8
	.uleb128 0x12
	.string	"i"
	.byte	0x25
	.byte	0x13
	.4byte	0x52
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x1d
	.4byte	.LLRL10
	.4byte	0x264
	.uleb128 0x12
	.string	"j"
	.byte	0x26
	.byte	0x17
	.4byte	0x52
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0xa
	.4byte	0x3c8
	.8byte	.LBI21
	.byte	.LVU77
	.4byte	.LLRL12
	.byte	0x27
	.byte	0xd
	.4byte	0x22b
	.uleb128 0x2
	.4byte	0x3ea
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x2
	.4byte	0x3df
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x2
	.4byte	0x3d6
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xa
	.4byte	0x3c8
	.8byte	.LBI23
	.byte	.LVU79
	.4byte	.LLRL16
	.byte	0x14
	.byte	0xe
	.4byte	0x21d
	.uleb128 0x2
	.4byte	0x3ea
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x2
	.4byte	0x3df
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x2
	.4byte	0x3d6
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x5
	.8byte	.LVL18
	.4byte	0x469
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xb
	.byte	0x8c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x1e
	.8byte	.LVL11
	.4byte	0x469
	.byte	0
	.uleb128 0xb
	.8byte	.LVL13
	.4byte	0xbf
	.4byte	0x249
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL20
	.4byte	0xbf
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x3c8
	.8byte	.LBI50
	.byte	.LVU96
	.4byte	.LLRL20
	.byte	0x2a
	.byte	0x23
	.4byte	0x329
	.uleb128 0x2
	.4byte	0x3ea
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x2
	.4byte	0x3df
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x2
	.4byte	0x3d6
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x1f
	.4byte	0x3c8
	.8byte	.LBI52
	.byte	.LVU111
	.8byte	.LBB52
	.8byte	.LBE52-.LBB52
	.byte	0x1
	.byte	0x14
	.byte	0xe
	.4byte	0x309
	.uleb128 0x2
	.4byte	0x3ea
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x20
	.4byte	0x3df
	.byte	0xa
	.uleb128 0x2
	.4byte	0x3d6
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0x5
	.8byte	.LVL29
	.4byte	0x469
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x83
	.sleb128 0
	.byte	0x1f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL23
	.4byte	0x469
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
	.byte	0x3a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL21
	.4byte	0x4ee
	.4byte	0x340
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.uleb128 0xb
	.8byte	.LVL22
	.4byte	0x9f
	.4byte	0x373
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x4
	.byte	0x91
	.sleb128 -272
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8
	.byte	0x50
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL25
	.4byte	0x84
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x4
	.byte	0x91
	.sleb128 -272
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.4byte	0x3a1
	.4byte	0x3a1
	.uleb128 0x7
	.4byte	0x36
	.byte	0x7
	.byte	0
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF16
	.uleb128 0x6
	.4byte	0x52
	.4byte	0x3b8
	.uleb128 0x7
	.4byte	0x36
	.byte	0x4
	.byte	0
	.uleb128 0x6
	.4byte	0x73
	.4byte	0x3c8
	.uleb128 0x7
	.4byte	0x36
	.byte	0x4f
	.byte	0
	.uleb128 0x13
	.4byte	.LASF18
	.byte	0x14
	.4byte	0x6e
	.4byte	0x3f6
	.uleb128 0x8
	.string	"v"
	.byte	0x14
	.byte	0x1d
	.4byte	0x3a1
	.uleb128 0x14
	.4byte	.LASF17
	.byte	0x14
	.byte	0x29
	.4byte	0x52
	.uleb128 0x8
	.string	"buf"
	.byte	0x14
	.byte	0x35
	.4byte	0x6e
	.byte	0
	.uleb128 0x13
	.4byte	.LASF19
	.byte	0x5
	.4byte	0x6e
	.4byte	0x452
	.uleb128 0x8
	.string	"v"
	.byte	0x5
	.byte	0x26
	.4byte	0x452
	.uleb128 0x14
	.4byte	.LASF17
	.byte	0x5
	.byte	0x32
	.4byte	0x52
	.uleb128 0x8
	.string	"buf"
	.byte	0x5
	.byte	0x3e
	.4byte	0x6e
	.uleb128 0x9
	.string	"tmp"
	.byte	0x7
	.byte	0xa
	.4byte	0x459
	.uleb128 0x9
	.string	"n"
	.byte	0x8
	.byte	0x9
	.4byte	0x3d
	.uleb128 0x21
	.4byte	0x446
	.uleb128 0x9
	.string	"d"
	.byte	0xa
	.byte	0x12
	.4byte	0x52
	.byte	0
	.uleb128 0x22
	.uleb128 0x9
	.string	"i"
	.byte	0xe
	.byte	0xe
	.4byte	0x3d
	.byte	0
	.byte	0
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF20
	.uleb128 0x6
	.4byte	0x73
	.4byte	0x469
	.uleb128 0x7
	.4byte	0x36
	.byte	0x47
	.byte	0
	.uleb128 0x23
	.4byte	0x3f6
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4ee
	.uleb128 0x2
	.4byte	0x404
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x2
	.4byte	0x40d
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x24
	.4byte	0x418
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x25
	.4byte	0x423
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0xc
	.4byte	0x42e
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x26
	.4byte	0x437
	.4byte	.LLRL3
	.4byte	0x4d6
	.uleb128 0xc
	.4byte	0x43c
	.4byte	.LLST4
	.4byte	.LVUS4
	.byte	0
	.uleb128 0x27
	.4byte	0x446
	.4byte	.LLRL5
	.uleb128 0xc
	.4byte	0x447
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.byte	0
	.uleb128 0x28
	.4byte	.LASF24
	.4byte	.LASF25
	.byte	0x5
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 12
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
	.uleb128 0xf
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 35
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.sleb128 14
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
	.uleb128 0x14
	.uleb128 0x5
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
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x26
	.byte	0
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0x20
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x22
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x23
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
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
	.uleb128 0x24
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x25
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x26
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x27
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x28
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x6e
	.uleb128 0xe
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
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
.LVUS7:
	.uleb128 .LVU57
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 .LVU111
	.uleb128 .LVU111
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL9-.LVL9
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL27-.LVL9
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL27-.LVL9
	.uleb128 .LVL28-.LVL9
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL28-.LVL9
	.uleb128 .LFE13-.LVL9
	.uleb128 0x1
	.byte	0x6b
	.byte	0
.LVUS9:
	.uleb128 .LVU59
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU104
	.uleb128 .LVU111
	.uleb128 0
.LLST9:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL9-.LVL9
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL24-.LVL9
	.uleb128 0x3
	.byte	0x87
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL9
	.uleb128 .LFE13-.LVL9
	.uleb128 0x3
	.byte	0x87
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU60
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU90
.LLST11:
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
	.uleb128 .LVL12-.LVL9
	.uleb128 0x3
	.byte	0x8c
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.LVL9
	.uleb128 .LVL19-.LVL9
	.uleb128 0x3
	.byte	0x8c
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU77
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU88
.LLST13:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL15-.LVL10
	.uleb128 .LVL16-.LVL10
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL16-.LVL10
	.uleb128 .LVL17-.LVL10
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL17-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS14:
	.uleb128 .LVU64
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
	.uleb128 .LVU77
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 .LVU88
.LLST14:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-1-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL11-1-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x9
	.byte	0x8c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL15-.LVL10
	.uleb128 .LVL18-1-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL18-1-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x9
	.byte	0x8c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0
.LVUS15:
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU77
	.uleb128 .LVU88
.LLST15:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x10
	.byte	0x87
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0xe0
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL15-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x10
	.byte	0x87
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0xe0
	.byte	0x1c
	.byte	0
.LVUS17:
	.uleb128 .LVU64
	.uleb128 .LVU66
	.uleb128 .LVU79
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU86
.LLST17:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL15-.LVL10
	.uleb128 .LVL16-.LVL10
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL16-.LVL10
	.uleb128 .LVL17-.LVL10
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL17-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS18:
	.uleb128 .LVU64
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU79
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 .LVU86
.LLST18:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-1-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL11-1-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x9
	.byte	0x8c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL15-.LVL10
	.uleb128 .LVL18-1-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL18-1-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x9
	.byte	0x8c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0
.LVUS19:
	.uleb128 .LVU64
	.uleb128 .LVU66
	.uleb128 .LVU73
	.uleb128 .LVU86
.LLST19:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x10
	.byte	0x87
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0xe0
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL14-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x10
	.byte	0x87
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0xe0
	.byte	0x1c
	.byte	0
.LVUS21:
	.uleb128 .LVU96
	.uleb128 .LVU101
	.uleb128 .LVU111
	.uleb128 0
.LLST21:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL28-.LVL22
	.uleb128 .LFE13-.LVL22
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS22:
	.uleb128 .LVU96
	.uleb128 .LVU101
	.uleb128 .LVU111
	.uleb128 0
.LLST22:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL22
	.uleb128 .LFE13-.LVL22
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU96
	.uleb128 .LVU101
	.uleb128 .LVU111
	.uleb128 0
.LLST23:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x10
	.byte	0x87
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0xe0
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL28-.LVL22
	.uleb128 .LFE13-.LVL22
	.uleb128 0x10
	.byte	0x87
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0xe0
	.byte	0x1c
	.byte	0
.LVUS24:
	.uleb128 .LVU111
	.uleb128 0
.LLST24:
	.byte	0x8
	.8byte	.LVL28
	.uleb128 .LFE13-.LVL28
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS25:
	.uleb128 .LVU111
	.uleb128 0
.LLST25:
	.byte	0x8
	.8byte	.LVL28
	.uleb128 .LFE13-.LVL28
	.uleb128 0x10
	.byte	0x87
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0xe0
	.byte	0x1c
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL5-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL5-.LVL0
	.uleb128 .LFE15-.LVL0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LFE15-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL2-.LVL1
	.uleb128 .LVL3-.LVL1
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL3-.LVL1
	.uleb128 .LFE15-.LVL1
	.uleb128 0x1
	.byte	0x57
	.byte	0
.LVUS4:
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU13
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU23
.LLST4:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x76
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL1
	.uleb128 .LVL4-.LVL1
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL4-.LVL1
	.uleb128 .LVL6-.LVL1
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x76
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU23
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU28
.LLST6:
	.byte	0x6
	.8byte	.LVL6
	.byte	0x4
	.uleb128 .LVL6-.LVL6
	.uleb128 .LVL7-.LVL6
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.LVL6
	.uleb128 .LVL8-.LVL6
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x3c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
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
.LLRL3:
	.byte	0x5
	.8byte	.LBB4
	.byte	0x4
	.uleb128 .LBB4-.LBB4
	.uleb128 .LBE4-.LBB4
	.byte	0x4
	.uleb128 .LBB5-.LBB4
	.uleb128 .LBE5-.LBB4
	.byte	0x4
	.uleb128 .LBB6-.LBB4
	.uleb128 .LBE6-.LBB4
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB7
	.byte	0x4
	.uleb128 .LBB7-.LBB7
	.uleb128 .LBE7-.LBB7
	.byte	0x4
	.uleb128 .LBB8-.LBB7
	.uleb128 .LBE8-.LBB7
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB19
	.byte	0x4
	.uleb128 .LBB19-.LBB19
	.uleb128 .LBE19-.LBB19
	.byte	0x4
	.uleb128 .LBB56-.LBB19
	.uleb128 .LBE56-.LBB19
	.byte	0x4
	.uleb128 .LBB57-.LBB19
	.uleb128 .LBE57-.LBB19
	.byte	0x4
	.uleb128 .LBB58-.LBB19
	.uleb128 .LBE58-.LBB19
	.byte	0x4
	.uleb128 .LBB59-.LBB19
	.uleb128 .LBE59-.LBB19
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB20
	.byte	0x4
	.uleb128 .LBB20-.LBB20
	.uleb128 .LBE20-.LBB20
	.byte	0x4
	.uleb128 .LBB47-.LBB20
	.uleb128 .LBE47-.LBB20
	.byte	0x4
	.uleb128 .LBB48-.LBB20
	.uleb128 .LBE48-.LBB20
	.byte	0x4
	.uleb128 .LBB49-.LBB20
	.uleb128 .LBE49-.LBB20
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB21
	.byte	0x4
	.uleb128 .LBB21-.LBB21
	.uleb128 .LBE21-.LBB21
	.byte	0x4
	.uleb128 .LBB41-.LBB21
	.uleb128 .LBE41-.LBB21
	.byte	0x4
	.uleb128 .LBB42-.LBB21
	.uleb128 .LBE42-.LBB21
	.byte	0x4
	.uleb128 .LBB43-.LBB21
	.uleb128 .LBE43-.LBB21
	.byte	0x4
	.uleb128 .LBB44-.LBB21
	.uleb128 .LBE44-.LBB21
	.byte	0x4
	.uleb128 .LBB45-.LBB21
	.uleb128 .LBE45-.LBB21
	.byte	0x4
	.uleb128 .LBB46-.LBB21
	.uleb128 .LBE46-.LBB21
	.byte	0
.LLRL16:
	.byte	0x5
	.8byte	.LBB23
	.byte	0x4
	.uleb128 .LBB23-.LBB23
	.uleb128 .LBE23-.LBB23
	.byte	0x4
	.uleb128 .LBB30-.LBB23
	.uleb128 .LBE30-.LBB23
	.byte	0x4
	.uleb128 .LBB31-.LBB23
	.uleb128 .LBE31-.LBB23
	.byte	0x4
	.uleb128 .LBB32-.LBB23
	.uleb128 .LBE32-.LBB23
	.byte	0x4
	.uleb128 .LBB33-.LBB23
	.uleb128 .LBE33-.LBB23
	.byte	0x4
	.uleb128 .LBB34-.LBB23
	.uleb128 .LBE34-.LBB23
	.byte	0
.LLRL20:
	.byte	0x5
	.8byte	.LBB50
	.byte	0x4
	.uleb128 .LBB50-.LBB50
	.uleb128 .LBE50-.LBB50
	.byte	0x4
	.uleb128 .LBB55-.LBB50
	.uleb128 .LBE55-.LBB50
	.byte	0
.LLRL26:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF21:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF19:
	.string	"utoa"
.LASF7:
	.string	"short int"
.LASF22:
	.string	"size_t"
.LASF24:
	.string	"putchar"
.LASF23:
	.string	"main"
.LASF16:
	.string	"long long int"
.LASF8:
	.string	"long int"
.LASF12:
	.string	"printf"
.LASF13:
	.string	"values"
.LASF11:
	.string	"snprintf"
.LASF18:
	.string	"itoa"
.LASF3:
	.string	"unsigned char"
.LASF15:
	.string	"mismatches"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"long long unsigned int"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF14:
	.string	"bases"
.LASF25:
	.string	"__builtin_putchar"
.LASF2:
	.string	"long unsigned int"
.LASF10:
	.string	"strcmp"
.LASF17:
	.string	"base"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/int_to_string.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
