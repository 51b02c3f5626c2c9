	.arch armv8-a
	.file	"string_tokens.c"
	.text
.Ltext0:
	.file 0 "." "programs/string_tokens.c"
	.align	2
	.type	is_sep, %function
is_sep:
.LVL0:
.LFB11:
	.file 1 "programs/string_tokens.c"
	.loc 1 7 27 view -0
	.cfi_startproc
	.loc 1 7 27 is_stmt 0 view .LVU1
	and	w2, w0, 255
	.loc 1 7 29 is_stmt 1 view .LVU2
	mov	x1, 20895015895040
	movk	x1, 0x800, lsl 48
	lsr	x0, x1, x0
.LVL1:
	.loc 1 7 29 is_stmt 0 view .LVU3
	and	x0, x0, 1
	cmp	w2, 60
	.loc 1 7 94 view .LVU4
	csel	w0, w0, wzr, cc
	ret
	.cfi_endproc
.LFE11:
	.size	is_sep, .-is_sep
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	" (keyword)"
	.align	3
.LC1:
	.string	""
	.align	3
.LC2:
	.string	"token %2d: %.*s%s\n"
	.align	3
.LC3:
	.string	"%d tokens, %d keywords\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL2:
.LFB13:
	.loc 1 18 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 18 1 is_stmt 0 view .LVU6
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -48
	.cfi_offset 26, -40
	.loc 1 19 5 is_stmt 1 view .LVU7
.LVL3:
	.loc 1 20 5 view .LVU8
.LBB8:
	.loc 1 20 10 view .LVU9
	.loc 1 20 23 view .LVU10
	cmp	w0, 1
	ble	.L19
	stp	x19, x20, [sp, 16]
	.cfi_offset 20, -88
	.cfi_offset 19, -96
	stp	x21, x22, [sp, 32]
	.cfi_offset 22, -72
	.cfi_offset 21, -80
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -56
	.cfi_offset 23, -64
	stp	x27, x28, [sp, 80]
	.cfi_offset 28, -24
	.cfi_offset 27, -32
	add	x28, x1, 8
	sub	w2, w0, #2
	add	x0, x1, 16
.LVL4:
	.loc 1 20 23 is_stmt 0 view .LVU11
	add	x0, x0, x2, lsl 3
	str	x0, [sp, 104]
.LBE8:
	.loc 1 19 21 view .LVU12
	mov	w26, 0
	.loc 1 19 9 view .LVU13
	mov	w25, 0
.LBB29:
.LBB9:
.LBB10:
.LBB11:
.LBB12:
.LBB13:
	.loc 1 12 13 view .LVU14
	adrp	x24, .LANCHOR0
	add	x24, x24, :lo12:.LANCHOR0
.LBE13:
.LBE12:
.LBE11:
	.loc 1 32 13 view .LVU15
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	str	x0, [sp, 96]
	b	.L18
.LVL5:
.L31:
	.loc 1 25 13 is_stmt 1 view .LVU16
	.loc 1 25 16 is_stmt 0 view .LVU17
	cbz	w19, .L7
	.loc 1 28 23 is_stmt 1 view .LVU18
	.loc 1 28 20 is_stmt 0 view .LVU19
	ldrb	w0, [x20]
	.loc 1 28 23 view .LVU20
	mov	x21, x20
	cbz	w0, .L10
.LVL6:
.L9:
	.loc 1 28 27 discriminator 1 view .LVU21
	bl	is_sep
.LVL7:
	.loc 1 28 23 discriminator 1 view .LVU22
	cbnz	w0, .L10
	.loc 1 29 17 is_stmt 1 view .LVU23
.LVL8:
	.loc 1 28 23 view .LVU24
	.loc 1 28 20 is_stmt 0 view .LVU25
	ldrb	w0, [x21, 1]!
.LVL9:
	.loc 1 28 23 view .LVU26
	cbnz	w0, .L9
.L10:
	.loc 1 30 13 is_stmt 1 view .LVU27
	.loc 1 30 35 is_stmt 0 view .LVU28
	sub	x23, x21, x20
.LVL10:
	.loc 1 31 13 is_stmt 1 view .LVU29
.LBB20:
.LBI11:
	.loc 1 9 12 view .LVU30
.LBB16:
	.loc 1 11 5 view .LVU31
.LBB14:
	.loc 1 11 10 view .LVU32
	.loc 1 11 28 view .LVU33
.LBE14:
.LBE16:
.LBE20:
	.loc 1 30 20 is_stmt 0 view .LVU34
	mov	x19, 0
	b	.L15
.LVL11:
.L30:
	.loc 1 32 13 view .LVU35
	adrp	x4, .LC1
	add	x4, x4, :lo12:.LC1
	b	.L14
.LVL12:
.L12:
.LBB21:
.LBB17:
.LBB15:
	.loc 1 11 69 is_stmt 1 view .LVU36
	.loc 1 11 28 view .LVU37
	add	x19, x19, 1
.LVL13:
	.loc 1 11 28 is_stmt 0 view .LVU38
	cmp	x19, 7
	beq	.L29
.LVL14:
.L15:
	.loc 1 12 9 is_stmt 1 view .LVU39
	.loc 1 12 13 is_stmt 0 view .LVU40
	ldr	x22, [x24, x19, lsl 3]
	mov	x0, x22
	bl	strlen
.LVL15:
	.loc 1 12 12 view .LVU41
	cmp	x23, x0
	bne	.L12
	.loc 1 12 41 view .LVU42
	mov	x2, x23
	mov	x1, x20
	mov	x0, x22
	bl	strncmp
.LVL16:
	.loc 1 12 38 view .LVU43
	cbnz	w0, .L12
	.loc 1 13 13 is_stmt 1 view .LVU44
	.loc 1 13 20 is_stmt 0 view .LVU45
	mov	w22, w19
.LVL17:
	.loc 1 13 20 view .LVU46
.LBE15:
.LBE17:
.LBE21:
	.loc 1 32 13 is_stmt 1 view .LVU47
	mov	w2, w23
	tbnz	w19, #31, .L30
	adrp	x4, .LC0
	add	x4, x4, :lo12:.LC0
.LVL18:
.L14:
	.loc 1 32 13 is_stmt 0 discriminator 4 view .LVU48
	mov	x3, x20
	mov	w1, w25
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL19:
	.loc 1 33 13 is_stmt 1 discriminator 4 view .LVU49
	.loc 1 33 19 is_stmt 0 discriminator 4 view .LVU50
	add	w25, w25, 1
.LVL20:
	.loc 1 34 13 is_stmt 1 discriminator 4 view .LVU51
	.loc 1 34 22 is_stmt 0 discriminator 4 view .LVU52
	mvn	w22, w22
	.loc 1 34 17 discriminator 4 view .LVU53
	add	w26, w26, w22, lsr 31
.LVL21:
	.loc 1 34 17 discriminator 4 view .LVU54
.LBE10:
	.loc 1 22 16 is_stmt 1 discriminator 4 view .LVU55
	ldrb	w0, [x21]
	cbz	w0, .L7
	mov	x20, x21
.LVL22:
.L6:
.LBB24:
	.loc 1 23 23 view .LVU56
	.loc 1 23 20 is_stmt 0 view .LVU57
	ldrb	w19, [x20]
	.loc 1 23 23 view .LVU58
	cbz	w19, .L7
.L17:
	.loc 1 23 26 discriminator 1 view .LVU59
	mov	w0, w19
	bl	is_sep
.LVL23:
	.loc 1 23 23 discriminator 1 view .LVU60
	cbz	w0, .L31
	.loc 1 24 17 is_stmt 1 view .LVU61
.LVL24:
	.loc 1 23 23 view .LVU62
	.loc 1 23 20 is_stmt 0 view .LVU63
	ldrb	w19, [x20, 1]!
.LVL25:
	.loc 1 23 23 view .LVU64
	cbnz	w19, .L17
.LVL26:
.L7:
	.loc 1 23 23 view .LVU65
.LBE24:
.LBE9:
	.loc 1 20 32 is_stmt 1 discriminator 2 view .LVU66
	.loc 1 20 23 discriminator 2 view .LVU67
	add	x28, x28, 8
.LVL27:
	.loc 1 20 23 is_stmt 0 discriminator 2 view .LVU68
	ldr	x0, [sp, 104]
	cmp	x28, x0
	beq	.L32
.LVL28:
.L18:
.LBB27:
	.loc 1 21 9 is_stmt 1 view .LVU69
	.loc 1 21 21 is_stmt 0 view .LVU70
	ldr	x20, [x28]
.LVL29:
	.loc 1 22 9 is_stmt 1 view .LVU71
	.loc 1 22 16 view .LVU72
	ldrb	w0, [x20]
.LBB25:
.LBB22:
.LBB18:
	.loc 1 14 12 is_stmt 0 view .LVU73
	mov	w27, -1
.LBE18:
.LBE22:
.LBE25:
	.loc 1 22 16 view .LVU74
	cbnz	w0, .L6
	b	.L7
.LVL30:
.L32:
	.loc 1 22 16 view .LVU75
	ldp	x19, x20, [sp, 16]
	.cfi_restore 20
	.cfi_restore 19
	ldp	x21, x22, [sp, 32]
	.cfi_restore 22
	.cfi_restore 21
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
	ldp	x27, x28, [sp, 80]
	.cfi_restore 28
	.cfi_restore 27
.LVL31:
.L5:
	.loc 1 22 16 view .LVU76
.LBE27:
.LBE29:
	.loc 1 37 5 is_stmt 1 view .LVU77
	mov	w2, w26
	mov	w1, w25
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL32:
	.loc 1 38 5 view .LVU78
	.loc 1 39 1 is_stmt 0 view .LVU79
	mov	w0, w26
	ldp	x25, x26, [sp, 64]
	ldp	x29, x30, [sp], 112
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 25
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	ret
.LVL33:
.L19:
	.cfi_restore_state
	.loc 1 19 21 view .LVU80
	mov	w26, 0
	.loc 1 19 9 view .LVU81
	mov	w25, 0
	b	.L5
.LVL34:
.L29:
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.cfi_offset 23, -64
	.cfi_offset 24, -56
	.cfi_offset 27, -32
	.cfi_offset 28, -24
.LBB30:
.LBB28:
.LBB26:
	.loc 1 32 13 is_stmt 1 view .LVU82
	mov	w2, w23
.LBB23:
.LBB19:
	.loc 1 14 12 is_stmt 0 view .LVU83
	mov	w22, w27
.LBE19:
.LBE23:
	.loc 1 32 13 view .LVU84
	ldr	x4, [sp, 96]
	b	.L14
.LBE26:
.LBE28:
.LBE30:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC4:
	.string	"if"
	.align	3
.LC5:
	.string	"else"
	.align	3
.LC6:
	.string	"while"
	.align	3
.LC7:
	.string	"for"
	.align	3
.LC8:
	.string	"return"
	.align	3
.LC9:
	.string	"int"
	.align	3
.LC10:
	.string	"char"
	.section	.data.rel.ro.local,"aw"
	.align	3
	.set	.LANCHOR0,. + 0
	.type	keywords, %object
	.size	keywords, 56
keywords:
	.xword	.LC4
	.xword	.LC5
	.xword	.LC6
	.xword	.LC7
	.xword	.LC8
	.xword	.LC9
	.xword	.LC10
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x328
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF17
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xe
	.4byte	.LASF18
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xf
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
	.uleb128 0x5
	.4byte	0x77
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x10
	.4byte	0x77
	.uleb128 0x5
	.4byte	0x7e
	.uleb128 0x11
	.4byte	0x83
	.4byte	0x98
	.uleb128 0x12
	.4byte	0x3a
	.byte	0x6
	.byte	0
	.uleb128 0x13
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0x14
	.4byte	0x88
	.uleb128 0x9
	.byte	0x3
	.8byte	keywords
	.uleb128 0x14
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9f
	.byte	0xc
	.4byte	0x41
	.4byte	0xce
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x2e
	.byte	0
	.uleb128 0x7
	.4byte	.LASF11
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xe5
	.uleb128 0x3
	.4byte	0x83
	.byte	0
	.uleb128 0x7
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x41
	.4byte	0xfd
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x15
	.byte	0
	.uleb128 0x16
	.4byte	.LASF20
	.byte	0x1
	.byte	0x11
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2c7
	.uleb128 0x8
	.4byte	.LASF13
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x8
	.4byte	.LASF14
	.byte	0x1b
	.4byte	0x2c7
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x17
	.4byte	.LASF15
	.byte	0x1
	.byte	0x13
	.byte	0x9
	.4byte	0x41
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.string	"kws"
	.byte	0x13
	.byte	0x15
	.4byte	0x41
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x18
	.4byte	.LLRL5
	.4byte	0x29f
	.uleb128 0x4
	.string	"a"
	.byte	0x14
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x9
	.4byte	.LLRL7
	.uleb128 0x4
	.string	"s"
	.byte	0x15
	.byte	0x15
	.4byte	0x83
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x9
	.4byte	.LLRL9
	.uleb128 0x19
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1b
	.byte	0x19
	.4byte	0x83
	.uleb128 0x4
	.string	"n"
	.byte	0x1e
	.byte	0x14
	.4byte	0x2e
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x4
	.string	"k"
	.byte	0x1f
	.byte	0x11
	.4byte	0x41
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x1a
	.4byte	0x2cc
	.8byte	.LBI11
	.byte	.LVU30
	.4byte	.LLRL12
	.byte	0x1
	.byte	0x1f
	.byte	0x15
	.4byte	0x250
	.uleb128 0xa
	.4byte	0x2e5
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0xa
	.4byte	0x2dd
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x1b
	.4byte	0x2ed
	.4byte	.LLRL15
	.uleb128 0x1c
	.4byte	0x2ee
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0xb
	.8byte	.LVL15
	.4byte	0xce
	.4byte	0x22e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL16
	.4byte	0xae
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
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.8byte	.LVL7
	.4byte	0x2fa
	.uleb128 0xb
	.8byte	.LVL19
	.4byte	0xe5
	.4byte	0x288
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
	.byte	0x89
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL23
	.4byte	0x2fa
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL32
	.4byte	0xe5
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
	.byte	0x89
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8a
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x72
	.uleb128 0x1e
	.4byte	.LASF21
	.byte	0x1
	.byte	0x9
	.byte	0xc
	.4byte	0x41
	.byte	0x1
	.4byte	0x2fa
	.uleb128 0xc
	.string	"w"
	.byte	0x26
	.4byte	0x83
	.uleb128 0xc
	.string	"n"
	.byte	0x30
	.4byte	0x2e
	.uleb128 0x1f
	.uleb128 0x20
	.string	"i"
	.byte	0x1
	.byte	0xb
	.byte	0x13
	.4byte	0x56
	.byte	0
	.byte	0
	.uleb128 0x21
	.4byte	.LASF22
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.4byte	0x41
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x22
	.string	"c"
	.byte	0x1
	.byte	0x7
	.byte	0x18
	.4byte	0x77
	.4byte	.LLST0
	.4byte	.LVUS0
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
	.uleb128 0x5
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 17
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 9
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x1d
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0x20
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
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
.LVUS1:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU8
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU76
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS4:
	.uleb128 .LVU8
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU76
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x6a
	.byte	0
.LVUS6:
	.uleb128 .LVU10
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU76
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0xd
	.byte	0x8c
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
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0xd
	.byte	0x8c
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
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0xd
	.byte	0x8c
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
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0xd
	.byte	0x8c
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
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0xd
	.byte	0x8c
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
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0xd
	.byte	0x8c
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
	.byte	0
.LVUS8:
	.uleb128 .LVU16
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU65
	.uleb128 .LVU71
	.uleb128 .LVU75
	.uleb128 .LVU82
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x3
	.byte	0x85
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x3
	.byte	0x84
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS10:
	.uleb128 .LVU29
	.uleb128 .LVU56
	.uleb128 .LVU82
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS11:
	.uleb128 .LVU35
	.uleb128 .LVU36
	.uleb128 .LVU46
	.uleb128 .LVU48
	.uleb128 .LVU82
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU30
	.uleb128 .LVU35
	.uleb128 .LVU36
	.uleb128 .LVU46
.LLST13:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS14:
	.uleb128 .LVU30
	.uleb128 .LVU35
	.uleb128 .LVU36
	.uleb128 .LVU46
.LLST14:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS16:
	.uleb128 .LVU33
	.uleb128 .LVU35
	.uleb128 .LVU36
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU38
	.uleb128 .LVU39
	.uleb128 .LVU46
.LLST16:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU3
	.uleb128 .LVU3
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LFE11-.Ltext0
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
.LLRL5:
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.LLRL12:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF18:
	.string	"size_t"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"strlen"
.LASF17:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF21:
	.string	"keyword_index"
.LASF15:
	.string	"tokens"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF19:
	.string	"keywords"
.LASF13:
	.string	"argc"
.LASF12:
	.string	"printf"
.LASF22:
	.string	"is_sep"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"start"
.LASF7:
	.string	"short int"
.LASF10:
	.string	"strncmp"
.LASF6:
	.string	"signed char"
.LASF14:
	.string	"argv"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/string_tokens.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
