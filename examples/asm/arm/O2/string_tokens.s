	.arch armv8-a
	.file	"string_tokens.c"
	.text
.Ltext0:
	.file 0 "." "programs/string_tokens.c"
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL0:
.LFB13:
	.file 1 "programs/string_tokens.c"
	.loc 1 18 1 view -0
	.cfi_startproc
	.loc 1 19 5 view .LVU1
	.loc 1 20 5 view .LVU2
.LBB12:
	.loc 1 20 10 view .LVU3
	.loc 1 20 23 view .LVU4
.LBE12:
	.loc 1 18 1 is_stmt 0 view .LVU5
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	stp	x19, x20, [sp, 16]
.LBB27:
	.loc 1 20 23 view .LVU6
	cmp	w0, 1
	.cfi_offset 19, -112
	.cfi_offset 20, -104
	ble	.L14
	sub	w0, w0, #2
.LVL1:
	.loc 1 20 23 view .LVU7
	mov	x19, 20895015895040
	stp	x21, x22, [sp, 32]
	.cfi_offset 22, -88
	.cfi_offset 21, -96
.LBB13:
.LBB14:
	.loc 1 32 13 view .LVU8
	adrp	x22, .LC1
	add	x22, x22, :lo12:.LC1
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -72
	.cfi_offset 23, -80
	mov	x23, x1
	add	x1, x1, 16
.LVL2:
	.loc 1 32 13 view .LVU9
	add	x2, x23, 8
	add	x0, x1, w0, uxtw 3
.LVL3:
	.loc 1 32 13 view .LVU10
.LBE14:
.LBE13:
.LBE27:
	.loc 1 19 9 view .LVU11
	mov	w20, 0
	movk	x19, 0x800, lsl 48
	stp	x25, x26, [sp, 64]
	.cfi_offset 26, -56
	.cfi_offset 25, -64
	stp	x27, x28, [sp, 80]
	.cfi_offset 28, -40
	.cfi_offset 27, -48
	str	x2, [sp, 104]
	.loc 1 19 21 view .LVU12
	str	wzr, [sp, 116]
	str	x0, [sp, 120]
.LVL4:
	.p2align 3,,7
.L13:
.LBB28:
.LBB23:
	.loc 1 21 9 is_stmt 1 view .LVU13
	.loc 1 21 21 is_stmt 0 view .LVU14
	ldr	x0, [sp, 104]
	ldr	x25, [x0]
.LVL5:
	.loc 1 22 9 is_stmt 1 view .LVU15
	.loc 1 22 16 view .LVU16
	ldrb	w0, [x25]
	cbz	w0, .L3
	adrp	x21, .LANCHOR0
.LVL6:
	.p2align 3,,7
.L12:
	.loc 1 22 16 is_stmt 0 view .LVU17
.LBE23:
.LBE28:
	.loc 1 19 9 view .LVU18
	mov	x26, x25
	.p2align 3,,7
.L5:
.LVL7:
	.loc 1 19 9 view .LVU19
	cmp	w0, 59
	bhi	.L4
	lsr	x0, x19, x0
.LVL8:
	.loc 1 19 9 view .LVU20
	tbnz	x0, 0, .L33
.L4:
.LVL9:
.LBB29:
.LBB24:
.LBB19:
	.loc 1 28 23 is_stmt 1 view .LVU21
	.loc 1 28 20 is_stmt 0 view .LVU22
	ldrb	w0, [x26]
	.loc 1 28 23 view .LVU23
	mov	x25, x26
	cbnz	w0, .L8
.LVL10:
	.loc 1 28 23 view .LVU24
	b	.L15
.LVL11:
	.p2align 2,,3
.L7:
	.loc 1 28 20 view .LVU25
	ldrb	w0, [x25, 1]!
.LVL12:
	.loc 1 28 23 view .LVU26
	cbz	w0, .L31
.LVL13:
.L8:
	.loc 1 29 17 is_stmt 1 view .LVU27
	.loc 1 28 23 view .LVU28
	cmp	w0, 59
	bhi	.L7
	lsr	x0, x19, x0
	tbz	x0, 0, .L7
.LVL14:
.L31:
	.loc 1 30 35 is_stmt 0 view .LVU29
	sub	x27, x25, x26
	.loc 1 32 13 view .LVU30
	mov	w28, w27
.LVL15:
.L6:
	.loc 1 30 13 is_stmt 1 view .LVU31
	.loc 1 31 13 view .LVU32
.LBB15:
.LBI15:
	.loc 1 9 12 view .LVU33
	.loc 1 11 5 view .LVU34
.LBB16:
	.loc 1 11 10 view .LVU35
	.loc 1 11 28 view .LVU36
	add	x23, x21, :lo12:.LANCHOR0
.LBE16:
.LBE15:
	.loc 1 28 23 is_stmt 0 view .LVU37
	mov	x1, 2
.LBB18:
.LBB17:
	.loc 1 11 19 view .LVU38
	mov	w24, 0
	b	.L11
.LVL16:
	.p2align 2,,3
.L9:
	.loc 1 11 69 is_stmt 1 view .LVU39
	.loc 1 11 28 view .LVU40
	.loc 1 11 28 is_stmt 0 view .LVU41
	add	x23, x23, 8
	cmp	w24, 7
	beq	.L16
	.loc 1 12 13 view .LVU42
	ldr	x0, [x23]
	bl	strlen
.LVL17:
	mov	x1, x0
.LVL18:
.L11:
	.loc 1 12 9 is_stmt 1 view .LVU43
	.loc 1 12 13 is_stmt 0 view .LVU44
	ldr	x0, [x23]
	.loc 1 11 69 view .LVU45
	add	w24, w24, 1
	.loc 1 12 12 view .LVU46
	cmp	x27, x1
	bne	.L9
	.loc 1 12 41 view .LVU47
	mov	x2, x27
	mov	x1, x26
	bl	strncmp
.LVL19:
	.loc 1 12 38 view .LVU48
	cbnz	w0, .L9
	.loc 1 13 13 is_stmt 1 view .LVU49
.LVL20:
	.loc 1 13 13 is_stmt 0 view .LVU50
.LBE17:
.LBE18:
	.loc 1 32 13 is_stmt 1 view .LVU51
	.loc 1 34 17 is_stmt 0 view .LVU52
	ldr	w0, [sp, 116]
	.loc 1 32 13 view .LVU53
	adrp	x4, .LC0
	add	x4, x4, :lo12:.LC0
	.loc 1 34 17 view .LVU54
	add	w0, w0, 1
	str	w0, [sp, 116]
.LVL21:
	.p2align 3,,7
.L10:
	.loc 1 32 13 discriminator 4 view .LVU55
	mov	w1, w20
	mov	x3, x26
	mov	w2, w28
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL22:
	.loc 1 33 13 is_stmt 1 discriminator 4 view .LVU56
.LBE19:
	.loc 1 22 16 is_stmt 0 discriminator 4 view .LVU57
	ldrb	w0, [x25]
.LBB20:
	.loc 1 33 19 discriminator 4 view .LVU58
	add	w20, w20, 1
.LVL23:
	.loc 1 34 13 is_stmt 1 discriminator 4 view .LVU59
	.loc 1 34 13 is_stmt 0 discriminator 4 view .LVU60
.LBE20:
	.loc 1 22 16 is_stmt 1 discriminator 4 view .LVU61
	cbnz	w0, .L12
.LVL24:
.L3:
	.loc 1 22 16 is_stmt 0 discriminator 4 view .LVU62
.LBE24:
	.loc 1 20 32 is_stmt 1 discriminator 2 view .LVU63
	.loc 1 20 23 discriminator 2 view .LVU64
	ldr	x0, [sp, 104]
	ldr	x1, [sp, 120]
	add	x0, x0, 8
	str	x0, [sp, 104]
.LVL25:
	.loc 1 20 23 is_stmt 0 discriminator 2 view .LVU65
	cmp	x0, x1
	bne	.L13
.LVL26:
.L34:
	.loc 1 20 23 discriminator 2 view .LVU66
	ldp	x21, x22, [sp, 32]
	.cfi_restore 22
	.cfi_restore 21
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
	ldp	x25, x26, [sp, 64]
	.cfi_restore 26
	.cfi_restore 25
	ldp	x27, x28, [sp, 80]
	.cfi_restore 28
	.cfi_restore 27
.LVL27:
.L2:
	.loc 1 20 23 discriminator 2 view .LVU67
.LBE29:
	.loc 1 37 5 is_stmt 1 view .LVU68
	mov	w1, w20
	ldr	w19, [sp, 116]
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	mov	w2, w19
	bl	printf
.LVL28:
	.loc 1 38 5 view .LVU69
	.loc 1 39 1 is_stmt 0 view .LVU70
	mov	w0, w19
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 128
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL29:
	.p2align 2,,3
.L33:
	.cfi_def_cfa_offset 128
	.cfi_offset 19, -112
	.cfi_offset 20, -104
	.cfi_offset 21, -96
	.cfi_offset 22, -88
	.cfi_offset 23, -80
	.cfi_offset 24, -72
	.cfi_offset 25, -64
	.cfi_offset 26, -56
	.cfi_offset 27, -48
	.cfi_offset 28, -40
	.cfi_offset 29, -128
	.cfi_offset 30, -120
.LBB30:
.LBB25:
.LBB21:
	.loc 1 24 17 is_stmt 1 view .LVU71
	.loc 1 23 23 view .LVU72
	.loc 1 23 20 is_stmt 0 view .LVU73
	ldrb	w0, [x26, 1]!
.LVL30:
	.loc 1 23 23 view .LVU74
	cbnz	w0, .L5
.LBE21:
.LBE25:
	.loc 1 20 32 is_stmt 1 view .LVU75
.LVL31:
	.loc 1 20 23 view .LVU76
	ldr	x0, [sp, 104]
	ldr	x1, [sp, 120]
	add	x0, x0, 8
	str	x0, [sp, 104]
.LVL32:
	.loc 1 20 23 is_stmt 0 view .LVU77
	cmp	x0, x1
	bne	.L13
	b	.L34
.LVL33:
	.p2align 2,,3
.L16:
.LBB26:
.LBB22:
	.loc 1 32 13 view .LVU78
	mov	x4, x22
	b	.L10
.LVL34:
.L15:
	.loc 1 28 23 view .LVU79
	mov	x27, 0
	mov	w28, 0
	b	.L6
.LVL35:
.L14:
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 27
	.cfi_restore 28
	.loc 1 28 23 view .LVU80
.LBE22:
.LBE26:
.LBE30:
	.loc 1 19 9 view .LVU81
	mov	w20, 0
	.loc 1 19 21 view .LVU82
	str	wzr, [sp, 116]
	b	.L2
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
	.align	4
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
	.4byte	0x2d3
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF17
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL14
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0xe
	.4byte	.LASF18
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
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
	.4byte	0x73
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x10
	.4byte	0x73
	.uleb128 0x5
	.4byte	0x7a
	.uleb128 0x11
	.4byte	0x7f
	.4byte	0x94
	.uleb128 0x12
	.4byte	0x36
	.byte	0x6
	.byte	0
	.uleb128 0x13
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0x14
	.4byte	0x84
	.uleb128 0x9
	.byte	0x3
	.8byte	keywords
	.uleb128 0x14
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9f
	.byte	0xc
	.4byte	0x3d
	.4byte	0xca
	.uleb128 0x3
	.4byte	0x7f
	.uleb128 0x3
	.4byte	0x7f
	.uleb128 0x3
	.4byte	0x2a
	.byte	0
	.uleb128 0x8
	.4byte	.LASF11
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2a
	.4byte	0xe1
	.uleb128 0x3
	.4byte	0x7f
	.byte	0
	.uleb128 0x8
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x3d
	.4byte	0xf9
	.uleb128 0x3
	.4byte	0x7f
	.uleb128 0x15
	.byte	0
	.uleb128 0x16
	.4byte	.LASF20
	.byte	0x1
	.byte	0x11
	.byte	0x5
	.4byte	0x3d
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x28b
	.uleb128 0x9
	.4byte	.LASF13
	.byte	0xe
	.4byte	0x3d
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0x1b
	.4byte	0x28b
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x17
	.4byte	.LASF15
	.byte	0x1
	.byte	0x13
	.byte	0x9
	.4byte	0x3d
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x4
	.string	"kws"
	.byte	0x13
	.byte	0x15
	.4byte	0x3d
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x18
	.4byte	.LLRL4
	.4byte	0x263
	.uleb128 0x4
	.string	"a"
	.byte	0x14
	.byte	0xe
	.4byte	0x3d
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0xa
	.4byte	.LLRL6
	.uleb128 0x4
	.string	"s"
	.byte	0x15
	.byte	0x15
	.4byte	0x7f
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xa
	.4byte	.LLRL8
	.uleb128 0x19
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1b
	.byte	0x19
	.4byte	0x7f
	.uleb128 0x4
	.string	"n"
	.byte	0x1e
	.byte	0x14
	.4byte	0x2a
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xb
	.string	"k"
	.byte	0x1f
	.byte	0x11
	.4byte	0x3d
	.uleb128 0x1a
	.4byte	0x290
	.8byte	.LBI15
	.byte	.LVU33
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x1f
	.byte	0x15
	.4byte	0x233
	.uleb128 0xc
	.4byte	0x2aa
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0xc
	.4byte	0x2a1
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1b
	.4byte	0x2b3
	.4byte	.LLRL10
	.uleb128 0x1c
	.4byte	0x2b4
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x1d
	.8byte	.LVL17
	.4byte	0xca
	.uleb128 0x6
	.8byte	.LVL19
	.4byte	0xaa
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8a
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8b
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL22
	.4byte	0xe1
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
	.byte	0x8c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8a
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL28
	.4byte	0xe1
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
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x6e
	.uleb128 0x1e
	.4byte	.LASF21
	.byte	0x1
	.byte	0x9
	.byte	0xc
	.4byte	0x3d
	.byte	0x1
	.4byte	0x2bf
	.uleb128 0x7
	.string	"w"
	.byte	0x9
	.byte	0x26
	.4byte	0x7f
	.uleb128 0x7
	.string	"n"
	.byte	0x9
	.byte	0x30
	.4byte	0x2a
	.uleb128 0x1f
	.uleb128 0xb
	.string	"i"
	.byte	0xb
	.byte	0x13
	.4byte	0x52
	.byte	0
	.byte	0
	.uleb128 0x20
	.4byte	.LASF22
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.4byte	0x3d
	.byte	0x1
	.uleb128 0x7
	.string	"c"
	.byte	0x7
	.byte	0x18
	.4byte	0x73
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
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU80
	.uleb128 .LVU80
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
	.uleb128 .LVL3-.LVL0
	.uleb128 0x3
	.byte	0x70
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL35-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL35-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS2:
	.uleb128 .LVU2
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU59
	.uleb128 .LVU67
	.uleb128 .LVU76
	.uleb128 .LVU78
	.uleb128 .LVU80
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL23-.LVL0
	.uleb128 .LVL27-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL31-.LVL0
	.uleb128 .LVL33-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL35-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU2
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU76
	.uleb128 .LVU78
	.uleb128 .LVU80
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0x4
	.uleb128 .LVL24-.LVL0
	.uleb128 .LVL27-.LVL0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0x4
	.uleb128 .LVL31-.LVL0
	.uleb128 .LVL33-.LVL0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0x4
	.uleb128 .LVL35-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU66
	.uleb128 .LVU71
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 0
.LLST5:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL24-.LVL0
	.uleb128 0xe
	.byte	0x91
	.sleb128 -24
	.byte	0x6
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
	.uleb128 .LVL24-.LVL0
	.uleb128 .LVL25-.LVL0
	.uleb128 0xe
	.byte	0x91
	.sleb128 -24
	.byte	0x6
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
	.uleb128 .LVL25-.LVL0
	.uleb128 .LVL26-.LVL0
	.uleb128 0xd
	.byte	0x70
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
	.uleb128 .LVL29-.LVL0
	.uleb128 .LVL31-.LVL0
	.uleb128 0xe
	.byte	0x91
	.sleb128 -24
	.byte	0x6
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
	.uleb128 0xe
	.byte	0x91
	.sleb128 -24
	.byte	0x6
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
	.uleb128 .LVL32-.LVL0
	.uleb128 .LVL33-.LVL0
	.uleb128 0xd
	.byte	0x70
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
	.uleb128 .LVL33-.LVL0
	.uleb128 .LVL35-.LVL0
	.uleb128 0xe
	.byte	0x91
	.sleb128 -24
	.byte	0x6
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
	.uleb128 .LVL35-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU15
	.uleb128 .LVU17
	.uleb128 .LVU19
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU29
	.uleb128 .LVU60
	.uleb128 .LVU66
	.uleb128 .LVU71
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU78
	.uleb128 .LVU79
	.uleb128 .LVU80
.LLST7:
	.byte	0x6
	.8byte	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL6-.LVL5
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL7-.LVL5
	.uleb128 .LVL10-.LVL5
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL10-.LVL5
	.uleb128 .LVL11-.LVL5
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL11-.LVL5
	.uleb128 .LVL12-.LVL5
	.uleb128 0x3
	.byte	0x89
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL5
	.uleb128 .LVL13-.LVL5
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL13-.LVL5
	.uleb128 .LVL14-.LVL5
	.uleb128 0x3
	.byte	0x89
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL5
	.uleb128 .LVL26-.LVL5
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL29-.LVL5
	.uleb128 .LVL29-.LVL5
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL29-.LVL5
	.uleb128 .LVL30-.LVL5
	.uleb128 0x3
	.byte	0x8a
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.LVL5
	.uleb128 .LVL33-.LVL5
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL34-.LVL5
	.uleb128 .LVL35-.LVL5
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS9:
	.uleb128 .LVU32
	.uleb128 .LVU62
	.uleb128 .LVU78
	.uleb128 .LVU79
.LLST9:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL24-.LVL15
	.uleb128 0x6
	.byte	0x89
	.sleb128 0
	.byte	0x8a
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL15
	.uleb128 .LVL34-.LVL15
	.uleb128 0x6
	.byte	0x89
	.sleb128 0
	.byte	0x8a
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU33
	.uleb128 .LVU50
	.uleb128 .LVU78
	.uleb128 .LVU79
.LLST11:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL20-.LVL15
	.uleb128 0x6
	.byte	0x89
	.sleb128 0
	.byte	0x8a
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL15
	.uleb128 .LVL34-.LVL15
	.uleb128 0x6
	.byte	0x89
	.sleb128 0
	.byte	0x8a
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU33
	.uleb128 .LVU50
	.uleb128 .LVU78
	.uleb128 .LVU79
.LLST12:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL20-.LVL15
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL33-.LVL15
	.uleb128 .LVL34-.LVL15
	.uleb128 0x1
	.byte	0x6a
	.byte	0
.LVUS13:
	.uleb128 .LVU36
	.uleb128 .LVU39
.LLST13:
	.byte	0x8
	.8byte	.LVL15
	.uleb128 .LVL16-.LVL15
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
	.8byte	.LBB12
	.byte	0x4
	.uleb128 .LBB12-.LBB12
	.uleb128 .LBE12-.LBB12
	.byte	0x4
	.uleb128 .LBB27-.LBB12
	.uleb128 .LBE27-.LBB12
	.byte	0x4
	.uleb128 .LBB28-.LBB12
	.uleb128 .LBE28-.LBB12
	.byte	0x4
	.uleb128 .LBB29-.LBB12
	.uleb128 .LBE29-.LBB12
	.byte	0x4
	.uleb128 .LBB30-.LBB12
	.uleb128 .LBE30-.LBB12
	.byte	0
.LLRL6:
	.byte	0x5
	.8byte	.LBB13
	.byte	0x4
	.uleb128 .LBB13-.LBB13
	.uleb128 .LBE13-.LBB13
	.byte	0x4
	.uleb128 .LBB23-.LBB13
	.uleb128 .LBE23-.LBB13
	.byte	0x4
	.uleb128 .LBB24-.LBB13
	.uleb128 .LBE24-.LBB13
	.byte	0x4
	.uleb128 .LBB25-.LBB13
	.uleb128 .LBE25-.LBB13
	.byte	0x4
	.uleb128 .LBB26-.LBB13
	.uleb128 .LBE26-.LBB13
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB14
	.byte	0x4
	.uleb128 .LBB14-.LBB14
	.uleb128 .LBE14-.LBB14
	.byte	0x4
	.uleb128 .LBB19-.LBB14
	.uleb128 .LBE19-.LBB14
	.byte	0x4
	.uleb128 .LBB20-.LBB14
	.uleb128 .LBE20-.LBB14
	.byte	0x4
	.uleb128 .LBB21-.LBB14
	.uleb128 .LBE21-.LBB14
	.byte	0x4
	.uleb128 .LBB22-.LBB14
	.uleb128 .LBE22-.LBB14
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB15
	.byte	0x4
	.uleb128 .LBB15-.LBB15
	.uleb128 .LBE15-.LBB15
	.byte	0x4
	.uleb128 .LBB18-.LBB15
	.uleb128 .LBE18-.LBB15
	.byte	0
.LLRL14:
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
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
.LASF16:
	.string	"start"
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
.LASF17:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
