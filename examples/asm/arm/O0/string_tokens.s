	.arch armv8-a
	.file	"string_tokens.c"
	.text
.Ltext0:
	.file 0 "." "programs/string_tokens.c"
	.section	.rodata
	.align	3
.LC0:
	.string	"if"
	.align	3
.LC1:
	.string	"else"
	.align	3
.LC2:
	.string	"while"
	.align	3
.LC3:
	.string	"for"
	.align	3
.LC4:
	.string	"return"
	.align	3
.LC5:
	.string	"int"
	.align	3
.LC6:
	.string	"char"
	.section	.data.rel.local,"aw"
	.align	3
	.type	keywords, %object
	.size	keywords, 56
keywords:
	.xword	.LC0
	.xword	.LC1
	.xword	.LC2
	.xword	.LC3
	.xword	.LC4
	.xword	.LC5
	.xword	.LC6
	.text
	.align	2
	.type	is_sep, %function
is_sep:
.LFB0:
	.file 1 "programs/string_tokens.c"
	.loc 1 7 27
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	strb	w0, [sp, 15]
	.loc 1 7 81
	ldrb	w0, [sp, 15]
	cmp	w0, 32
	beq	.L2
	.loc 1 7 45 discriminator 2
	ldrb	w0, [sp, 15]
	cmp	w0, 44
	beq	.L2
	.loc 1 7 57 discriminator 4
	ldrb	w0, [sp, 15]
	cmp	w0, 59
	beq	.L2
	.loc 1 7 69 discriminator 6
	ldrb	w0, [sp, 15]
	cmp	w0, 40
	beq	.L2
	.loc 1 7 81 discriminator 8
	ldrb	w0, [sp, 15]
	cmp	w0, 41
	bne	.L3
.L2:
	.loc 1 7 81 is_stmt 0 discriminator 9
	mov	w0, 1
	b	.L5
.L3:
	.loc 1 7 81 discriminator 10
	mov	w0, 0
.L5:
	.loc 1 7 94 is_stmt 1 discriminator 13
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	is_sep, .-is_sep
	.align	2
	.type	keyword_index, %function
keyword_index:
.LFB1:
	.loc 1 10 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	str	x1, [sp, 16]
.LBB2:
	.loc 1 11 19
	str	wzr, [sp, 44]
	.loc 1 11 5
	b	.L7
.L10:
	.loc 1 12 13
	adrp	x0, keywords
	add	x0, x0, :lo12:keywords
	ldr	w1, [sp, 44]
	ldr	x0, [x0, x1, lsl 3]
	bl	strlen
	mov	x1, x0
	.loc 1 12 12
	ldr	x0, [sp, 16]
	cmp	x0, x1
	bne	.L8
	.loc 1 12 41 discriminator 1
	adrp	x0, keywords
	add	x0, x0, :lo12:keywords
	ldr	w1, [sp, 44]
	ldr	x0, [x0, x1, lsl 3]
	ldr	x2, [sp, 16]
	ldr	x1, [sp, 24]
	bl	strncmp
	.loc 1 12 38 discriminator 1
	cmp	w0, 0
	bne	.L8
	.loc 1 13 20
	ldr	w0, [sp, 44]
	b	.L9
.L8:
	.loc 1 11 69 discriminator 2
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L7:
	.loc 1 11 28 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 6
	bls	.L10
.LBE2:
	.loc 1 14 12
	mov	w0, -1
.L9:
	.loc 1 15 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	keyword_index, .-keyword_index
	.section	.rodata
	.align	3
.LC7:
	.string	" (keyword)"
	.align	3
.LC8:
	.string	""
	.align	3
.LC9:
	.string	"token %2d: %.*s%s\n"
	.align	3
.LC10:
	.string	"%d tokens, %d keywords\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 18 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 19 9
	str	wzr, [sp, 76]
	.loc 1 19 21
	str	wzr, [sp, 72]
.LBB3:
	.loc 1 20 14
	mov	w0, 1
	str	w0, [sp, 68]
	.loc 1 20 5
	b	.L12
.L25:
.LBB4:
	.loc 1 21 29
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 3
	ldr	x1, [sp, 16]
	add	x0, x1, x0
	.loc 1 21 21
	ldr	x0, [x0]
	str	x0, [sp, 56]
	.loc 1 22 15
	b	.L13
.L16:
.LBB5:
	.loc 1 24 18
	ldr	x0, [sp, 56]
	add	x0, x0, 1
	str	x0, [sp, 56]
.L14:
	.loc 1 23 20
	ldr	x0, [sp, 56]
	ldrb	w0, [x0]
	.loc 1 23 23
	cmp	w0, 0
	beq	.L15
	.loc 1 23 26 discriminator 1
	ldr	x0, [sp, 56]
	ldrb	w0, [x0]
	bl	is_sep
	.loc 1 23 23 discriminator 1
	cmp	w0, 0
	bne	.L16
.L15:
	.loc 1 25 18
	ldr	x0, [sp, 56]
	ldrb	w0, [x0]
	.loc 1 25 16
	cmp	w0, 0
	beq	.L27
	.loc 1 27 25
	ldr	x0, [sp, 56]
	str	x0, [sp, 48]
	.loc 1 28 19
	b	.L19
.L21:
	.loc 1 29 18
	ldr	x0, [sp, 56]
	add	x0, x0, 1
	str	x0, [sp, 56]
.L19:
	.loc 1 28 20
	ldr	x0, [sp, 56]
	ldrb	w0, [x0]
	.loc 1 28 23
	cmp	w0, 0
	beq	.L20
	.loc 1 28 27 discriminator 1
	ldr	x0, [sp, 56]
	ldrb	w0, [x0]
	bl	is_sep
	.loc 1 28 23 discriminator 1
	cmp	w0, 0
	beq	.L21
.L20:
	.loc 1 30 35
	ldr	x1, [sp, 56]
	ldr	x0, [sp, 48]
	sub	x0, x1, x0
	.loc 1 30 20
	str	x0, [sp, 40]
	.loc 1 31 21
	ldr	x1, [sp, 40]
	ldr	x0, [sp, 48]
	bl	keyword_index
	str	w0, [sp, 36]
	.loc 1 32 13
	ldr	x0, [sp, 40]
	mov	w1, w0
	ldr	w0, [sp, 36]
	cmp	w0, 0
	blt	.L22
	.loc 1 32 13 is_stmt 0 discriminator 1
	adrp	x0, .LC7
	add	x0, x0, :lo12:.LC7
	b	.L23
.L22:
	.loc 1 32 13 discriminator 2
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
.L23:
	.loc 1 32 13 discriminator 4
	mov	x4, x0
	ldr	x3, [sp, 48]
	mov	w2, w1
	ldr	w1, [sp, 76]
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	bl	printf
	.loc 1 33 19 is_stmt 1 discriminator 4
	ldr	w0, [sp, 76]
	add	w0, w0, 1
	str	w0, [sp, 76]
	.loc 1 34 22 discriminator 4
	ldr	w0, [sp, 36]
	mvn	w0, w0
	lsr	w0, w0, 31
	and	w0, w0, 255
	mov	w1, w0
	.loc 1 34 17 discriminator 4
	ldr	w0, [sp, 72]
	add	w0, w0, w1
	str	w0, [sp, 72]
.L13:
.LBE5:
	.loc 1 22 16
	ldr	x0, [sp, 56]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L14
	b	.L18
.L27:
.LBB6:
	.loc 1 26 17
	nop
.L18:
.LBE6:
.LBE4:
	.loc 1 20 32 discriminator 2
	ldr	w0, [sp, 68]
	add	w0, w0, 1
	str	w0, [sp, 68]
.L12:
	.loc 1 20 23 discriminator 1
	ldr	w1, [sp, 68]
	ldr	w0, [sp, 28]
	cmp	w1, w0
	blt	.L25
.LBE3:
	.loc 1 37 5
	ldr	w2, [sp, 72]
	ldr	w1, [sp, 76]
	adrp	x0, .LC10
	add	x0, x0, :lo12:.LC10
	bl	printf
	.loc 1 38 12
	ldr	w0, [sp, 72]
	.loc 1 39 1
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/string.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x243
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xb
	.4byte	.LASF19
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xc
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
	.uleb128 0x4
	.4byte	0x77
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xd
	.4byte	0x77
	.uleb128 0x4
	.4byte	0x7e
	.uleb128 0xe
	.4byte	0x83
	.4byte	0x98
	.uleb128 0xf
	.4byte	0x3a
	.byte	0x6
	.byte	0
	.uleb128 0x5
	.4byte	.LASF15
	.byte	0x5
	.byte	0x14
	.4byte	0x88
	.uleb128 0x9
	.byte	0x3
	.8byte	keywords
	.uleb128 0x8
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x41
	.4byte	0xc5
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x10
	.byte	0
	.uleb128 0x11
	.4byte	.LASF11
	.byte	0x3
	.byte	0x9f
	.byte	0xc
	.4byte	0x41
	.4byte	0xe5
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x2e
	.byte	0
	.uleb128 0x8
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xfc
	.uleb128 0x3
	.4byte	0x83
	.byte	0
	.uleb128 0x12
	.4byte	.LASF20
	.byte	0x1
	.byte	0x11
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1bd
	.uleb128 0x9
	.4byte	.LASF13
	.byte	0xe
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0x1b
	.4byte	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x5
	.4byte	.LASF16
	.byte	0x13
	.byte	0x9
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.string	"kws"
	.byte	0x13
	.byte	0x15
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"a"
	.byte	0x14
	.byte	0xe
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x6
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x2
	.string	"s"
	.byte	0x15
	.byte	0x15
	.4byte	0x83
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x13
	.4byte	.LLRL0
	.uleb128 0x5
	.4byte	.LASF17
	.byte	0x1b
	.byte	0x19
	.4byte	0x83
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.string	"n"
	.byte	0x1e
	.byte	0x14
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.string	"k"
	.byte	0x1f
	.byte	0x11
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0x14
	.4byte	.LASF21
	.byte	0x1
	.byte	0x9
	.byte	0xc
	.4byte	0x41
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x21b
	.uleb128 0x7
	.string	"w"
	.byte	0x9
	.byte	0x26
	.4byte	0x83
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x7
	.string	"n"
	.byte	0x9
	.byte	0x30
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"i"
	.byte	0xb
	.byte	0x13
	.4byte	0x56
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.byte	0
	.uleb128 0x15
	.4byte	.LASF22
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.4byte	0x41
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x7
	.string	"c"
	.byte	0x7
	.byte	0x18
	.4byte	0x77
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
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
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.byte	0
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
.LLRL0:
	.byte	0x4
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF19:
	.string	"size_t"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"strlen"
.LASF21:
	.string	"keyword_index"
.LASF16:
	.string	"tokens"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"keywords"
.LASF13:
	.string	"argc"
.LASF10:
	.string	"printf"
.LASF22:
	.string	"is_sep"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"start"
.LASF7:
	.string	"short int"
.LASF11:
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
