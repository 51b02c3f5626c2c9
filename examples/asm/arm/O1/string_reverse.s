	.arch armv8-a
	.file	"string_reverse.c"
	.text
.Ltext0:
	.file 0 "." "programs/string_reverse.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"yes"
	.align	3
.LC1:
	.string	"no"
	.align	3
.LC2:
	.string	"aeiouAEIOU"
	.align	3
.LC3:
	.string	"%-12s -> %-12s vowels=%d palindrome=%s\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL0:
.LFB14:
	.file 1 "programs/string_reverse.c"
	.loc 1 35 1 view -0
	.cfi_startproc
	.loc 1 35 1 is_stmt 0 view .LVU1
	stp	x29, x30, [sp, -240]!
	.cfi_def_cfa_offset 240
	.cfi_offset 29, -240
	.cfi_offset 30, -232
	mov	x29, sp
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -176
	.cfi_offset 26, -168
	.loc 1 36 5 is_stmt 1 view .LVU2
	.loc 1 37 5 view .LVU3
.LVL1:
	.loc 1 38 5 view .LVU4
.LBB13:
	.loc 1 38 10 view .LVU5
	.loc 1 38 23 view .LVU6
	cmp	w0, 1
	ble	.L16
	stp	x19, x20, [sp, 16]
	.cfi_offset 20, -216
	.cfi_offset 19, -224
	stp	x21, x22, [sp, 32]
	.cfi_offset 22, -200
	.cfi_offset 21, -208
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -184
	.cfi_offset 23, -192
	stp	x27, x28, [sp, 80]
	.cfi_offset 28, -152
	.cfi_offset 27, -160
	add	x24, x1, 8
	sub	w0, w0, #2
.LVL2:
	.loc 1 38 23 is_stmt 0 view .LVU7
	add	x1, x1, 16
.LVL3:
	.loc 1 38 23 view .LVU8
	add	x27, x1, x0, lsl 3
.LBE13:
	.loc 1 37 9 view .LVU9
	mov	w26, 0
.LBB31:
.LBB14:
	.loc 1 39 9 view .LVU10
	add	x22, sp, 112
.LBB15:
.LBB16:
	.loc 1 29 13 view .LVU11
	adrp	x21, .LC2
	add	x21, x21, :lo12:.LC2
.LBE16:
.LBE15:
	.loc 1 47 9 view .LVU12
	adrp	x28, .LC0
	add	x28, x28, :lo12:.LC0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	str	x0, [sp, 104]
	b	.L15
.LVL4:
.L26:
.LBB19:
.LBB20:
	.loc 1 22 12 view .LVU13
	mov	w25, 1
.L4:
.LVL5:
	.loc 1 22 12 view .LVU14
.LBE20:
.LBE19:
	.loc 1 42 9 is_stmt 1 view .LVU15
	.loc 1 42 21 is_stmt 0 view .LVU16
	add	w26, w26, w25
.LVL6:
	.loc 1 43 9 is_stmt 1 view .LVU17
.LBB22:
.LBI22:
	.loc 1 5 13 view .LVU18
.LBB23:
	.loc 1 7 5 view .LVU19
	.loc 1 8 5 view .LVU20
.LBB24:
	.loc 1 8 10 view .LVU21
	.loc 1 8 26 view .LVU22
	.loc 1 8 30 is_stmt 0 view .LVU23
	lsr	x5, x6, 1
	.loc 1 8 26 view .LVU24
	cmp	x6, 1
	bls	.L6
	.loc 1 8 26 view .LVU25
	add	x2, sp, 112
	.loc 1 8 17 view .LVU26
	mov	x1, 0
.LVL7:
.L7:
.LBB25:
	.loc 1 9 9 is_stmt 1 view .LVU27
	.loc 1 9 14 is_stmt 0 view .LVU28
	ldrb	w3, [x2]
.LVL8:
	.loc 1 10 9 is_stmt 1 view .LVU29
	.loc 1 10 17 is_stmt 0 view .LVU30
	ldrb	w4, [x0, -1]
	.loc 1 10 14 view .LVU31
	strb	w4, [x2], 1
	.loc 1 11 9 is_stmt 1 view .LVU32
	.loc 1 11 22 is_stmt 0 view .LVU33
	strb	w3, [x0, -1]!
.LBE25:
	.loc 1 8 36 is_stmt 1 view .LVU34
	add	x1, x1, 1
.LVL9:
	.loc 1 8 26 view .LVU35
	cmp	x1, x5
	bcc	.L7
.LVL10:
.L6:
	.loc 1 8 26 is_stmt 0 view .LVU36
.LBE24:
.LBE23:
.LBE22:
.LBB26:
	.loc 1 44 29 is_stmt 1 view .LVU37
	ldrb	w0, [sp, 112]
	cbz	w0, .L8
	.loc 1 44 20 is_stmt 0 view .LVU38
	add	x2, sp, 112
	b	.L10
.LVL11:
.L9:
	.loc 1 44 34 is_stmt 1 discriminator 2 view .LVU39
	.loc 1 44 29 discriminator 2 view .LVU40
	ldrb	w0, [x2, 1]!
.LVL12:
	.loc 1 44 29 is_stmt 0 discriminator 2 view .LVU41
	cbz	w0, .L8
.L10:
	.loc 1 45 13 is_stmt 1 view .LVU42
	.loc 1 45 27 is_stmt 0 view .LVU43
	sub	w1, w0, #97
	.loc 1 45 16 view .LVU44
	and	w1, w1, 255
	cmp	w1, 25
	bhi	.L9
	.loc 1 46 17 is_stmt 1 view .LVU45
	.loc 1 46 22 is_stmt 0 view .LVU46
	sub	w0, w0, #32
	.loc 1 46 20 view .LVU47
	strb	w0, [x2]
	b	.L9
.LVL13:
.L8:
	.loc 1 46 20 view .LVU48
.LBE26:
.LBB27:
.LBB17:
	.loc 1 28 12 is_stmt 1 view .LVU49
	ldrb	w1, [x23]
	cbz	w1, .L18
	.loc 1 28 12 is_stmt 0 view .LVU50
	mov	x20, x23
	.loc 1 27 9 view .LVU51
	mov	w19, 0
.LVL14:
.L13:
	.loc 1 29 9 is_stmt 1 view .LVU52
	.loc 1 29 13 is_stmt 0 view .LVU53
	mov	x0, x21
	bl	strchr
.LVL15:
	.loc 1 30 18 view .LVU54
	cmp	x0, 0
	cinc	w19, w19, ne
.LVL16:
	.loc 1 28 17 is_stmt 1 view .LVU55
	.loc 1 28 12 view .LVU56
	ldrb	w1, [x20, 1]!
.LVL17:
	.loc 1 28 12 is_stmt 0 view .LVU57
	cbnz	w1, .L13
.LVL18:
.L11:
	.loc 1 31 5 is_stmt 1 view .LVU58
.LBE17:
.LBE27:
	.loc 1 47 9 is_stmt 0 view .LVU59
	cmp	w25, 0
	ldr	x0, [sp, 104]
	csel	x4, x0, x28, eq
	mov	w3, w19
	mov	x2, x22
	mov	x1, x23
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL19:
.LBE14:
	.loc 1 38 32 is_stmt 1 view .LVU60
	.loc 1 38 23 view .LVU61
	add	x24, x24, 8
.LVL20:
	.loc 1 38 23 is_stmt 0 view .LVU62
	cmp	x24, x27
	beq	.L25
.LVL21:
.L15:
.LBB30:
	.loc 1 39 9 is_stmt 1 view .LVU63
	ldr	x23, [x24]
	mov	x2, 127
	mov	x1, x23
	mov	x0, x22
	bl	strncpy
.LVL22:
	.loc 1 40 9 view .LVU64
	.loc 1 40 29 is_stmt 0 view .LVU65
	strb	wzr, [sp, 239]
	.loc 1 41 9 is_stmt 1 view .LVU66
.LVL23:
.LBB28:
.LBI19:
	.loc 1 15 12 view .LVU67
.LBB21:
	.loc 1 17 5 view .LVU68
	.loc 1 17 25 is_stmt 0 view .LVU69
	mov	x0, x22
	bl	strlen
.LVL24:
	mov	x6, x0
	.loc 1 17 17 view .LVU70
	add	x0, x22, x0
.LVL25:
	.loc 1 18 5 is_stmt 1 view .LVU71
	.loc 1 17 17 is_stmt 0 view .LVU72
	mov	x2, x0
	.loc 1 18 11 view .LVU73
	mov	x1, x22
.LVL26:
.L3:
	.loc 1 18 14 is_stmt 1 view .LVU74
	cmp	x1, x2
	bcs	.L26
	.loc 1 19 9 view .LVU75
.LVL27:
	.loc 1 19 12 is_stmt 0 view .LVU76
	ldrb	w4, [x1], 1
.LVL28:
	.loc 1 19 12 view .LVU77
	ldrb	w3, [x2, -1]!
.LVL29:
	.loc 1 19 12 view .LVU78
	cmp	w4, w3
	beq	.L3
	.loc 1 20 20 view .LVU79
	mov	w25, 0
	b	.L4
.LVL30:
.L18:
	.loc 1 20 20 view .LVU80
.LBE21:
.LBE28:
.LBB29:
.LBB18:
	.loc 1 27 9 view .LVU81
	mov	w19, 0
	b	.L11
.LVL31:
.L25:
	.loc 1 27 9 view .LVU82
	ldp	x19, x20, [sp, 16]
	.cfi_restore 20
	.cfi_restore 19
	ldp	x21, x22, [sp, 32]
	.cfi_restore 22
	.cfi_restore 21
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
.LVL32:
	.loc 1 27 9 view .LVU83
	ldp	x27, x28, [sp, 80]
	.cfi_restore 28
	.cfi_restore 27
.LVL33:
.L1:
	.loc 1 27 9 view .LVU84
.LBE18:
.LBE29:
.LBE30:
.LBE31:
	.loc 1 50 1 view .LVU85
	mov	w0, w26
	ldp	x25, x26, [sp, 64]
	ldp	x29, x30, [sp], 240
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 25
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	ret
.LVL34:
.L16:
	.cfi_restore_state
	.loc 1 37 9 view .LVU86
	mov	w26, 0
	.loc 1 49 5 is_stmt 1 view .LVU87
	b	.L1
	.cfi_endproc
.LFE14:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3b9
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x13
	.4byte	.LASF21
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.uleb128 0x7
	.4byte	0x77
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x15
	.4byte	0x77
	.uleb128 0x7
	.4byte	0x7e
	.uleb128 0xc
	.4byte	.LASF10
	.byte	0xf6
	.4byte	0x72
	.4byte	0xa1
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x41
	.byte	0
	.uleb128 0xd
	.4byte	.LASF11
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xb8
	.uleb128 0x3
	.4byte	0x83
	.byte	0
	.uleb128 0xd
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x41
	.4byte	0xd0
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x16
	.byte	0
	.uleb128 0xc
	.4byte	.LASF13
	.byte	0x90
	.4byte	0x72
	.4byte	0xee
	.uleb128 0x3
	.4byte	0x72
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x2e
	.byte	0
	.uleb128 0x17
	.4byte	.LASF22
	.byte	0x1
	.byte	0x22
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x330
	.uleb128 0xe
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xe
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0x330
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x18
	.string	"buf"
	.byte	0x1
	.byte	0x24
	.byte	0xa
	.4byte	0x335
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x19
	.4byte	.LASF16
	.byte	0x1
	.byte	0x25
	.byte	0x9
	.4byte	0x41
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.4byte	.LLRL3
	.uleb128 0x8
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x5
	.4byte	.LLRL5
	.uleb128 0x8
	.string	"pal"
	.byte	0x29
	.byte	0xd
	.4byte	0x41
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x1a
	.8byte	.LBB26
	.8byte	.LBE26-.LBB26
	.4byte	0x1ad
	.uleb128 0x8
	.string	"p"
	.byte	0x2c
	.byte	0x14
	.4byte	0x72
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.uleb128 0x1b
	.4byte	0x345
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x2f
	.byte	0x9
	.4byte	0x1f2
	.uleb128 0x9
	.4byte	0x353
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x5
	.4byte	.LLRL7
	.uleb128 0x4
	.4byte	0x35c
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xa
	.8byte	.LVL15
	.4byte	0x88
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	0x369
	.8byte	.LBI19
	.byte	.LVU67
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x29
	.byte	0x13
	.4byte	0x240
	.uleb128 0x9
	.4byte	0x377
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x5
	.4byte	.LLRL10
	.uleb128 0x4
	.4byte	0x380
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0xa
	.8byte	.LVL24
	.4byte	0xa1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.4byte	0x38a
	.8byte	.LBI22
	.byte	.LVU18
	.8byte	.LBB22
	.8byte	.LBE22-.LBB22
	.byte	0x1
	.byte	0x2b
	.byte	0x9
	.4byte	0x2c6
	.uleb128 0x9
	.4byte	0x393
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x4
	.4byte	0x39c
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0xf
	.4byte	0x3a5
	.8byte	.LBB24
	.8byte	.LBE24-.LBB24
	.uleb128 0x4
	.4byte	0x3a6
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xf
	.4byte	0x3af
	.8byte	.LBB25
	.8byte	.LBE25-.LBB25
	.uleb128 0x4
	.4byte	0x3b0
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1e
	.8byte	.LVL19
	.4byte	0xb8
	.4byte	0x30d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x12
	.byte	0x91
	.sleb128 -136
	.byte	0x6
	.byte	0x8c
	.sleb128 0
	.byte	0x89
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0
	.uleb128 0xa
	.8byte	.LVL22
	.4byte	0xd0
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
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x72
	.uleb128 0x1f
	.4byte	0x77
	.4byte	0x345
	.uleb128 0x20
	.4byte	0x3a
	.byte	0x7f
	.byte	0
	.uleb128 0x10
	.4byte	.LASF17
	.byte	0x19
	.4byte	0x41
	.4byte	0x369
	.uleb128 0xb
	.string	"s"
	.byte	0x19
	.byte	0x1f
	.4byte	0x83
	.uleb128 0x21
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x41
	.byte	0
	.uleb128 0x10
	.4byte	.LASF18
	.byte	0xf
	.4byte	0x41
	.4byte	0x38a
	.uleb128 0xb
	.string	"s"
	.byte	0xf
	.byte	0x26
	.4byte	0x83
	.uleb128 0x6
	.string	"e"
	.byte	0x11
	.byte	0x11
	.4byte	0x83
	.byte	0
	.uleb128 0x22
	.4byte	.LASF23
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.byte	0x1
	.uleb128 0xb
	.string	"s"
	.byte	0x5
	.byte	0x1b
	.4byte	0x72
	.uleb128 0x6
	.string	"n"
	.byte	0x7
	.byte	0xc
	.4byte	0x2e
	.uleb128 0x11
	.uleb128 0x6
	.string	"i"
	.byte	0x8
	.byte	0x11
	.4byte	0x2e
	.uleb128 0x11
	.uleb128 0x6
	.string	"t"
	.byte	0x9
	.byte	0xe
	.4byte	0x77
	.byte	0
	.byte	0
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
	.uleb128 0x5
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xc
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
	.uleb128 0x21
	.sleb128 14
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
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 34
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
	.uleb128 0xf
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.sleb128 12
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
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x18
	.byte	0
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x1f
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS2:
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU84
	.uleb128 .LVU86
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU6
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU83
	.uleb128 .LVU86
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0xd
	.byte	0x88
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0xd
	.byte	0x88
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0xd
	.byte	0x88
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x40
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0xd
	.byte	0x88
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0xd
	.byte	0x88
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x40
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU14
	.uleb128 .LVU63
	.uleb128 .LVU80
	.uleb128 .LVU84
.LLST6:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS17:
	.uleb128 .LVU36
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU48
.LLST17:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS8:
	.uleb128 .LVU48
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU58
	.uleb128 .LVU80
	.uleb128 .LVU82
.LLST8:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x84
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS9:
	.uleb128 .LVU48
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU58
	.uleb128 .LVU80
	.uleb128 .LVU82
.LLST9:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU13
	.uleb128 .LVU14
	.uleb128 .LVU67
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU80
.LLST11:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS12:
	.uleb128 .LVU13
	.uleb128 .LVU14
	.uleb128 .LVU71
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU80
.LLST12:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS13:
	.uleb128 .LVU18
	.uleb128 .LVU36
.LLST13:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS14:
	.uleb128 .LVU20
	.uleb128 .LVU36
.LLST14:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS15:
	.uleb128 .LVU22
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU36
.LLST15:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS16:
	.uleb128 .LVU29
	.uleb128 .LVU36
.LLST16:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x53
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
.LLRL3:
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0
.LLRL5:
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF21:
	.string	"size_t"
.LASF19:
	.string	"count"
.LASF10:
	.string	"strchr"
.LASF11:
	.string	"strlen"
.LASF3:
	.string	"unsigned char"
.LASF23:
	.string	"reverse"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF18:
	.string	"is_palindrome"
.LASF13:
	.string	"strncpy"
.LASF22:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF9:
	.string	"char"
.LASF17:
	.string	"vowels"
.LASF14:
	.string	"argc"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"palindromes"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/string_reverse.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
