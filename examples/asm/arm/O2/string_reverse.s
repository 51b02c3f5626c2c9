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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL0:
.LFB14:
	.file 1 "programs/string_reverse.c"
	.loc 1 35 1 view -0
	.cfi_startproc
	.loc 1 36 5 view .LVU1
	.loc 1 37 5 view .LVU2
	.loc 1 38 5 view .LVU3
.LBB15:
	.loc 1 38 10 view .LVU4
	.loc 1 38 23 view .LVU5
.LBE15:
	.loc 1 35 1 is_stmt 0 view .LVU6
	stp	x29, x30, [sp, -240]!
	.cfi_def_cfa_offset 240
	.cfi_offset 29, -240
	.cfi_offset 30, -232
	mov	x29, sp
	stp	x27, x28, [sp, 80]
.LBB36:
	.loc 1 38 23 view .LVU7
	cmp	w0, 1
	.cfi_offset 27, -160
	.cfi_offset 28, -152
	ble	.L17
	sub	w0, w0, #2
.LVL1:
	.loc 1 38 23 view .LVU8
	add	x2, x1, 16
	stp	x19, x20, [sp, 16]
	.cfi_offset 20, -216
	.cfi_offset 19, -224
	adrp	x20, .LC2
	add	x19, sp, 112
.LBB16:
.LBB17:
.LBB18:
	.loc 1 29 13 view .LVU9
	add	x20, x20, :lo12:.LC2
	stp	x21, x22, [sp, 32]
	.cfi_offset 22, -200
	.cfi_offset 21, -208
	add	x22, x1, 8
	stp	x25, x26, [sp, 64]
	.cfi_offset 26, -168
	.cfi_offset 25, -176
.LBE18:
.LBE17:
	.loc 1 47 9 view .LVU10
	adrp	x26, .LC0
	adrp	x25, .LC1
	add	x26, x26, :lo12:.LC0
	add	x25, x25, :lo12:.LC1
	add	x0, x2, w0, uxtw 3
.LVL2:
	.loc 1 47 9 view .LVU11
.LBE16:
.LBE36:
	.loc 1 37 9 view .LVU12
	mov	w27, 0
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -184
	.cfi_offset 23, -192
	str	x0, [sp, 104]
.LVL3:
	.p2align 3,,7
.L16:
.LBB37:
.LBB34:
	.loc 1 39 9 is_stmt 1 view .LVU13
	ldr	x21, [x22]
	mov	x2, 127
	mov	x0, x19
	mov	x1, x21
	bl	strncpy
.LVL4:
	.loc 1 40 9 view .LVU14
.LBB20:
.LBB21:
	.loc 1 17 25 is_stmt 0 view .LVU15
	mov	x0, x19
.LBE21:
.LBE20:
	.loc 1 40 29 view .LVU16
	strb	wzr, [sp, 239]
	.loc 1 41 9 is_stmt 1 view .LVU17
.LVL5:
.LBB25:
.LBI20:
	.loc 1 15 12 view .LVU18
.LBB22:
	.loc 1 17 5 view .LVU19
	.loc 1 17 25 is_stmt 0 view .LVU20
	bl	strlen
.LVL6:
	.loc 1 17 17 view .LVU21
	add	x1, x19, x0
.LVL7:
	.loc 1 18 5 is_stmt 1 view .LVU22
	.loc 1 18 11 is_stmt 0 view .LVU23
	mov	x2, x19
	b	.L3
.LVL8:
	.p2align 2,,3
.L5:
	.loc 1 19 12 view .LVU24
	ldrb	w4, [x2], 1
.LVL9:
	.loc 1 19 12 view .LVU25
	ldrb	w3, [x1, -1]!
.LVL10:
	.loc 1 19 12 view .LVU26
	cmp	w4, w3
	bne	.L18
.LVL11:
.L3:
	.loc 1 19 9 is_stmt 1 view .LVU27
	.loc 1 18 14 view .LVU28
	cmp	x2, x1
	bcc	.L5
.LBE22:
.LBE25:
	.loc 1 42 21 is_stmt 0 view .LVU29
	add	w27, w27, 1
.LVL12:
.LBB26:
.LBB23:
	.loc 1 22 12 view .LVU30
	mov	w23, 1
.LVL13:
.L4:
	.loc 1 22 12 view .LVU31
.LBE23:
.LBE26:
	.loc 1 42 9 is_stmt 1 view .LVU32
	.loc 1 43 9 view .LVU33
.LBB27:
.LBI27:
	.loc 1 5 13 view .LVU34
.LBB28:
	.loc 1 7 5 view .LVU35
	.loc 1 8 5 view .LVU36
.LBB29:
	.loc 1 8 10 view .LVU37
	.loc 1 8 26 view .LVU38
	.loc 1 8 30 is_stmt 0 view .LVU39
	lsr	x4, x0, 1
	.loc 1 8 26 view .LVU40
	cbz	x4, .L10
	sub	x0, x0, #1
.LVL14:
	.loc 1 8 26 view .LVU41
	add	x4, x19, x4
	add	x1, x19, x0
	mov	x0, x19
.LVL15:
	.p2align 3,,7
.L9:
.LBB30:
	.loc 1 9 9 is_stmt 1 view .LVU42
	.loc 1 10 17 is_stmt 0 view .LVU43
	ldrb	w3, [x1]
	.loc 1 9 14 view .LVU44
	ldrb	w2, [x0]
.LVL16:
	.loc 1 10 9 is_stmt 1 view .LVU45
	.loc 1 10 14 is_stmt 0 view .LVU46
	strb	w3, [x0], 1
.LVL17:
	.loc 1 11 9 is_stmt 1 view .LVU47
	.loc 1 11 22 is_stmt 0 view .LVU48
	strb	w2, [x1], -1
.LBE30:
	.loc 1 8 36 is_stmt 1 view .LVU49
.LVL18:
	.loc 1 8 26 view .LVU50
	cmp	x4, x0
	bne	.L9
.LVL19:
.L10:
	.loc 1 8 26 is_stmt 0 view .LVU51
.LBE29:
.LBE28:
.LBE27:
.LBB31:
	.loc 1 44 29 is_stmt 1 view .LVU52
	ldrb	w0, [sp, 112]
	.loc 1 44 20 is_stmt 0 view .LVU53
	mov	x2, x19
	.loc 1 44 29 view .LVU54
	cbz	w0, .L8
.LVL20:
	.p2align 3,,7
.L7:
	.loc 1 45 13 is_stmt 1 view .LVU55
	.loc 1 46 17 view .LVU56
	.loc 1 44 34 view .LVU57
	.loc 1 44 29 view .LVU58
	.loc 1 45 27 is_stmt 0 view .LVU59
	sub	w1, w0, #97
	.loc 1 46 22 view .LVU60
	sub	w0, w0, #32
	.loc 1 45 16 view .LVU61
	and	w1, w1, 255
	cmp	w1, 25
	bhi	.L13
	.loc 1 46 20 view .LVU62
	strb	w0, [x2]
.L13:
	.loc 1 44 29 discriminator 2 view .LVU63
	ldrb	w0, [x2, 1]!
.LVL21:
	.loc 1 44 29 discriminator 2 view .LVU64
	cbnz	w0, .L7
.LVL22:
.L8:
	.loc 1 44 29 discriminator 2 view .LVU65
.LBE31:
.LBB32:
.LBB19:
	.loc 1 28 12 is_stmt 1 view .LVU66
	ldrb	w1, [x21]
	mov	x28, x21
	.loc 1 27 9 is_stmt 0 view .LVU67
	mov	w24, 0
	.loc 1 28 12 view .LVU68
	cbz	w1, .L12
.LVL23:
	.p2align 3,,7
.L11:
	.loc 1 29 9 is_stmt 1 view .LVU69
	.loc 1 29 13 is_stmt 0 view .LVU70
	mov	x0, x20
	bl	strchr
.LVL24:
	.loc 1 28 12 view .LVU71
	ldrb	w1, [x28, 1]!
.LVL25:
	.loc 1 30 18 view .LVU72
	cmp	x0, 0
	cinc	w24, w24, ne
.LVL26:
	.loc 1 28 17 is_stmt 1 view .LVU73
	.loc 1 28 12 view .LVU74
	cbnz	w1, .L11
.LVL27:
.L12:
	.loc 1 31 5 view .LVU75
.LBE19:
.LBE32:
	.loc 1 47 9 is_stmt 0 view .LVU76
	cmp	w23, 0
	mov	w3, w24
	mov	x1, x21
	csel	x4, x25, x26, eq
	mov	x2, x19
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL28:
.LBE34:
	.loc 1 38 32 is_stmt 1 view .LVU77
	.loc 1 38 23 view .LVU78
	ldr	x0, [sp, 104]
	add	x22, x22, 8
	cmp	x22, x0
	bne	.L16
	ldp	x19, x20, [sp, 16]
	.cfi_restore 20
	.cfi_restore 19
	ldp	x21, x22, [sp, 32]
	.cfi_restore 22
	.cfi_restore 21
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
.LVL29:
	.loc 1 38 23 is_stmt 0 view .LVU79
	ldp	x25, x26, [sp, 64]
	.cfi_restore 26
	.cfi_restore 25
.LVL30:
.L1:
	.loc 1 38 23 view .LVU80
.LBE37:
	.loc 1 50 1 view .LVU81
	mov	w0, w27
	ldp	x27, x28, [sp, 80]
	ldp	x29, x30, [sp], 240
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	ret
.LVL31:
	.p2align 2,,3
.L18:
	.cfi_def_cfa_offset 240
	.cfi_offset 19, -224
	.cfi_offset 20, -216
	.cfi_offset 21, -208
	.cfi_offset 22, -200
	.cfi_offset 23, -192
	.cfi_offset 24, -184
	.cfi_offset 25, -176
	.cfi_offset 26, -168
	.cfi_offset 27, -160
	.cfi_offset 28, -152
	.cfi_offset 29, -240
	.cfi_offset 30, -232
.LBB38:
.LBB35:
.LBB33:
.LBB24:
	.loc 1 20 20 view .LVU82
	mov	w23, 0
	b	.L4
.LVL32:
.L17:
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 25
	.cfi_restore 26
	.loc 1 20 20 view .LVU83
.LBE24:
.LBE33:
.LBE35:
.LBE38:
	.loc 1 37 9 view .LVU84
	mov	w27, 0
	.loc 1 49 5 is_stmt 1 view .LVU85
	b	.L1
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3b3
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL18
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x13
	.4byte	.LASF21
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
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
	.4byte	0x73
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x15
	.4byte	0x73
	.uleb128 0x7
	.4byte	0x7a
	.uleb128 0xc
	.4byte	.LASF10
	.byte	0xf6
	.4byte	0x6e
	.4byte	0x9d
	.uleb128 0x3
	.4byte	0x7f
	.uleb128 0x3
	.4byte	0x3d
	.byte	0
	.uleb128 0xd
	.4byte	.LASF11
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2a
	.4byte	0xb4
	.uleb128 0x3
	.4byte	0x7f
	.byte	0
	.uleb128 0xd
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x3d
	.4byte	0xcc
	.uleb128 0x3
	.4byte	0x7f
	.uleb128 0x16
	.byte	0
	.uleb128 0xc
	.4byte	.LASF13
	.byte	0x90
	.4byte	0x6e
	.4byte	0xea
	.uleb128 0x3
	.4byte	0x6e
	.uleb128 0x3
	.4byte	0x7f
	.uleb128 0x3
	.4byte	0x2a
	.byte	0
	.uleb128 0x17
	.4byte	.LASF22
	.byte	0x1
	.byte	0x22
	.byte	0x5
	.4byte	0x3d
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x32a
	.uleb128 0xe
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x3d
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xe
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0x32a
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x18
	.string	"buf"
	.byte	0x1
	.byte	0x24
	.byte	0xa
	.4byte	0x32f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x19
	.4byte	.LASF16
	.byte	0x1
	.byte	0x25
	.byte	0x9
	.4byte	0x3d
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.4byte	.LLRL3
	.uleb128 0x8
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x3d
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x5
	.4byte	.LLRL5
	.uleb128 0x8
	.string	"pal"
	.byte	0x29
	.byte	0xd
	.4byte	0x3d
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x1a
	.8byte	.LBB31
	.8byte	.LBE31-.LBB31
	.4byte	0x1a9
	.uleb128 0x8
	.string	"p"
	.byte	0x2c
	.byte	0x14
	.4byte	0x6e
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.uleb128 0x1b
	.4byte	0x33f
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x2f
	.byte	0x9
	.4byte	0x1ee
	.uleb128 0x9
	.4byte	0x34d
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x5
	.4byte	.LLRL7
	.uleb128 0x4
	.4byte	0x356
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xa
	.8byte	.LVL24
	.4byte	0x84
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	0x363
	.8byte	.LBI20
	.byte	.LVU18
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x29
	.byte	0x13
	.4byte	0x23c
	.uleb128 0x9
	.4byte	0x371
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x5
	.4byte	.LLRL10
	.uleb128 0x4
	.4byte	0x37a
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0xa
	.8byte	.LVL6
	.4byte	0x9d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.4byte	0x384
	.8byte	.LBI27
	.byte	.LVU34
	.8byte	.LBB27
	.8byte	.LBE27-.LBB27
	.byte	0x1
	.byte	0x2b
	.byte	0x9
	.4byte	0x2c2
	.uleb128 0x9
	.4byte	0x38d
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x4
	.4byte	0x396
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0xf
	.4byte	0x39f
	.8byte	.LBB29
	.8byte	.LBE29-.LBB29
	.uleb128 0x4
	.4byte	0x3a0
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xf
	.4byte	0x3a9
	.8byte	.LBB30
	.8byte	.LBE30-.LBB30
	.uleb128 0x4
	.4byte	0x3aa
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1e
	.8byte	.LVL4
	.4byte	0xcc
	.4byte	0x2e6
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
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x7f
	.byte	0
	.uleb128 0xa
	.8byte	.LVL28
	.4byte	0xb4
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
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x10
	.byte	0x89
	.sleb128 0
	.byte	0x8a
	.sleb128 0
	.byte	0x87
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
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x6e
	.uleb128 0x1f
	.4byte	0x73
	.4byte	0x33f
	.uleb128 0x20
	.4byte	0x36
	.byte	0x7f
	.byte	0
	.uleb128 0x10
	.4byte	.LASF17
	.byte	0x19
	.4byte	0x3d
	.4byte	0x363
	.uleb128 0xb
	.string	"s"
	.byte	0x19
	.byte	0x1f
	.4byte	0x7f
	.uleb128 0x21
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x3d
	.byte	0
	.uleb128 0x10
	.4byte	.LASF18
	.byte	0xf
	.4byte	0x3d
	.4byte	0x384
	.uleb128 0xb
	.string	"s"
	.byte	0xf
	.byte	0x26
	.4byte	0x7f
	.uleb128 0x6
	.string	"e"
	.byte	0x11
	.byte	0x11
	.4byte	0x7f
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
	.4byte	0x6e
	.uleb128 0x6
	.string	"n"
	.byte	0x7
	.byte	0xc
	.4byte	0x2a
	.uleb128 0x11
	.uleb128 0x6
	.string	"i"
	.byte	0x8
	.byte	0x11
	.4byte	0x2a
	.uleb128 0x11
	.uleb128 0x6
	.string	"t"
	.byte	0x9
	.byte	0xe
	.4byte	0x73
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU83
	.uleb128 .LVU83
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
	.uleb128 0x3
	.byte	0x70
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS2:
	.uleb128 .LVU3
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU31
	.uleb128 .LVU33
	.uleb128 .LVU79
	.uleb128 .LVU82
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LVL13-.LVL0
	.uleb128 0x3
	.byte	0x8b
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.LVL0
	.uleb128 .LVL29-.LVL0
	.uleb128 0x6
	.byte	0x87
	.sleb128 0
	.byte	0x8b
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL32-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU5
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU78
	.uleb128 .LVU82
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL28-.LVL0
	.uleb128 0xd
	.byte	0x86
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
	.uleb128 .LVL31-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0xd
	.byte	0x86
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
	.uleb128 .LVL32-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU31
	.uleb128 .LVU79
.LLST6:
	.byte	0x8
	.8byte	.LVL13
	.uleb128 .LVL29-.LVL13
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS17:
	.uleb128 .LVU51
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU65
.LLST17:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL20-.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL20-.LVL19
	.uleb128 .LVL21-.LVL19
	.uleb128 0x3
	.byte	0x72
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL19
	.uleb128 .LVL22-.LVL19
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS8:
	.uleb128 .LVU65
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU74
.LLST8:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL23-.LVL22
	.uleb128 .LVL25-.LVL22
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL25-.LVL22
	.uleb128 .LVL26-.LVL22
	.uleb128 0x3
	.byte	0x8c
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU65
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU75
.LLST9:
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
	.uleb128 .LVL27-.LVL22
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS11:
	.uleb128 .LVU18
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU27
	.uleb128 .LVU28
	.uleb128 .LVU31
	.uleb128 .LVU82
	.uleb128 .LVU83
.LLST11:
	.byte	0x6
	.8byte	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL8-.LVL5
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL8-.LVL5
	.uleb128 .LVL9-.LVL5
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL9-.LVL5
	.uleb128 .LVL11-.LVL5
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL5
	.uleb128 .LVL13-.LVL5
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL31-.LVL5
	.uleb128 .LVL32-.LVL5
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU22
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU27
	.uleb128 .LVU28
	.uleb128 .LVU31
	.uleb128 .LVU82
	.uleb128 .LVU83
.LLST12:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL10-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-.LVL7
	.uleb128 .LVL11-.LVL7
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL7
	.uleb128 .LVL13-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL31-.LVL7
	.uleb128 .LVL32-.LVL7
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU34
	.uleb128 .LVU51
.LLST13:
	.byte	0x8
	.8byte	.LVL13
	.uleb128 .LVL19-.LVL13
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS14:
	.uleb128 .LVU36
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU42
.LLST14:
	.byte	0x6
	.8byte	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.LVL13
	.uleb128 .LVL15-.LVL13
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU38
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
.LLST15:
	.byte	0x6
	.8byte	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL15-.LVL13
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL13
	.uleb128 .LVL17-.LVL13
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x80
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL13
	.uleb128 .LVL18-.LVL13
	.uleb128 0x8
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x7f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL13
	.uleb128 .LVL19-.LVL13
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x80
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU45
	.uleb128 .LVU51
.LLST16:
	.byte	0x8
	.8byte	.LVL16
	.uleb128 .LVL19-.LVL16
	.uleb128 0x1
	.byte	0x52
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
.LLRL3:
	.byte	0x5
	.8byte	.LBB15
	.byte	0x4
	.uleb128 .LBB15-.LBB15
	.uleb128 .LBE15-.LBB15
	.byte	0x4
	.uleb128 .LBB36-.LBB15
	.uleb128 .LBE36-.LBB15
	.byte	0x4
	.uleb128 .LBB37-.LBB15
	.uleb128 .LBE37-.LBB15
	.byte	0x4
	.uleb128 .LBB38-.LBB15
	.uleb128 .LBE38-.LBB15
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB16
	.byte	0x4
	.uleb128 .LBB16-.LBB16
	.uleb128 .LBE16-.LBB16
	.byte	0x4
	.uleb128 .LBB34-.LBB16
	.uleb128 .LBE34-.LBB16
	.byte	0x4
	.uleb128 .LBB35-.LBB16
	.uleb128 .LBE35-.LBB16
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB17
	.byte	0x4
	.uleb128 .LBB17-.LBB17
	.uleb128 .LBE17-.LBB17
	.byte	0x4
	.uleb128 .LBB32-.LBB17
	.uleb128 .LBE32-.LBB17
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB20
	.byte	0x4
	.uleb128 .LBB20-.LBB20
	.uleb128 .LBE20-.LBB20
	.byte	0x4
	.uleb128 .LBB25-.LBB20
	.uleb128 .LBE25-.LBB20
	.byte	0x4
	.uleb128 .LBB26-.LBB20
	.uleb128 .LBE26-.LBB20
	.byte	0x4
	.uleb128 .LBB33-.LBB20
	.uleb128 .LBE33-.LBB20
	.byte	0
.LLRL18:
	.byte	0x7
	.8byte	.LFB14
	.uleb128 .LFE14-.LFB14
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
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF4:
	.string	"short unsigned int"
.LASF18:
	.string	"is_palindrome"
.LASF13:
	.string	"strncpy"
.LASF2:
	.string	"long unsigned int"
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
