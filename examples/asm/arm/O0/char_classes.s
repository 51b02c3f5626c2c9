	.arch armv8-a
	.file	"char_classes.c"
	.text
.Ltext0:
	.file 0 "." "programs/char_classes.c"
	.align	2
	.type	classify, %function
classify:
.LFB0:
	.file 1 "programs/char_classes.c"
	.loc 1 7 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	w0, [sp, 12]
	.loc 1 8 5
	ldr	w0, [sp, 12]
	cmp	w0, 63
	cset	w1, hi
	and	w1, w1, 255
	cmp	w1, 0
	bne	.L2
	mov	x1, 1
	lsl	x0, x1, x0
	mov	x1, 127019362811904
	movk	x1, 0x8c00, lsl 48
	and	x1, x0, x1
	cmp	x1, 0
	cset	w1, ne
	and	w1, w1, 255
	cmp	w1, 0
	bne	.L3
	and	x1, x0, 287948901175001088
	cmp	x1, 0
	cset	w1, ne
	and	w1, w1, 255
	cmp	w1, 0
	bne	.L4
	mov	x1, 9728
	movk	x1, 0x1, lsl 32
	and	x0, x0, x1
	cmp	x0, 0
	cset	w0, ne
	and	w0, w0, 255
	cmp	w0, 0
	beq	.L2
	.loc 1 10 16
	mov	w0, 0
	b	.L5
.L4:
	.loc 1 13 16
	mov	w0, 1
	b	.L5
.L3:
	.loc 1 16 16
	mov	w0, 4
	b	.L5
.L2:
	.loc 1 18 12
	ldr	w0, [sp, 12]
	cmp	w0, 96
	ble	.L6
	.loc 1 18 22 discriminator 1
	ldr	w0, [sp, 12]
	cmp	w0, 122
	bgt	.L6
	.loc 1 18 42 discriminator 2
	mov	w0, 2
	b	.L5
.L6:
	.loc 1 19 12
	ldr	w0, [sp, 12]
	cmp	w0, 64
	ble	.L7
	.loc 1 19 22 discriminator 1
	ldr	w0, [sp, 12]
	cmp	w0, 90
	bgt	.L7
	.loc 1 19 42 discriminator 2
	mov	w0, 3
	b	.L5
.L7:
	.loc 1 20 16
	mov	w0, 5
.L5:
	.loc 1 22 1
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	classify, .-classify
	.section	.rodata
	.align	3
.LC0:
	.string	"%-6s %u\n"
	.align	3
.LC1:
	.string	"%u numbers, sum %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB1:
	.loc 1 25 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	.loc 1 27 14
	stp	xzr, xzr, [sp, 16]
	str	xzr, [sp, 32]
	.loc 1 28 14
	str	wzr, [sp, 76]
	.loc 1 29 10
	str	xzr, [sp, 64]
	.loc 1 29 26
	str	xzr, [sp, 56]
	.loc 1 30 9
	str	wzr, [sp, 52]
	.loc 1 31 11
	b	.L9
.L11:
.LBB2:
	.loc 1 32 23
	ldr	w0, [sp, 44]
	bl	classify
	str	w0, [sp, 40]
	.loc 1 33 15
	ldr	w0, [sp, 40]
	lsl	x0, x0, 2
	add	x1, sp, 16
	ldr	w0, [x1, x0]
	.loc 1 33 18
	add	w2, w0, 1
	ldr	w0, [sp, 40]
	lsl	x0, x0, 2
	add	x1, sp, 16
	str	w2, [x1, x0]
	.loc 1 34 12
	ldr	w0, [sp, 40]
	cmp	w0, 1
	bne	.L10
	.loc 1 35 31
	ldr	x1, [sp, 56]
	mov	x0, x1
	lsl	x0, x0, 2
	add	x0, x0, x1
	lsl	x0, x0, 1
	mov	x1, x0
	.loc 1 35 41
	ldr	w0, [sp, 44]
	sub	w0, w0, #48
	sxtw	x0, w0
	.loc 1 35 21
	add	x0, x1, x0
	str	x0, [sp, 56]
	.loc 1 36 23
	mov	w0, 1
	str	w0, [sp, 52]
	b	.L9
.L10:
	.loc 1 37 19
	ldr	w0, [sp, 52]
	cmp	w0, 0
	beq	.L9
	.loc 1 38 24
	ldr	x1, [sp, 64]
	ldr	x0, [sp, 56]
	add	x0, x1, x0
	str	x0, [sp, 64]
	.loc 1 39 20
	ldr	w0, [sp, 76]
	add	w0, w0, 1
	str	w0, [sp, 76]
	.loc 1 40 21
	str	xzr, [sp, 56]
	.loc 1 41 23
	str	wzr, [sp, 52]
.L9:
.LBE2:
	.loc 1 31 17
	bl	getchar
	str	w0, [sp, 44]
	.loc 1 31 28
	ldr	w0, [sp, 44]
	cmn	w0, #1
	bne	.L11
	.loc 1 44 8
	ldr	w0, [sp, 52]
	cmp	w0, 0
	beq	.L12
	.loc 1 45 20
	ldr	x1, [sp, 64]
	ldr	x0, [sp, 56]
	add	x0, x1, x0
	str	x0, [sp, 64]
	.loc 1 46 16
	ldr	w0, [sp, 76]
	add	w0, w0, 1
	str	w0, [sp, 76]
.L12:
.LBB3:
	.loc 1 48 14
	str	wzr, [sp, 48]
	.loc 1 48 5
	b	.L13
.L14:
	.loc 1 49 9 discriminator 3
	adrp	x0, names.0
	add	x0, x0, :lo12:names.0
	ldrsw	x1, [sp, 48]
	ldr	x3, [x0, x1, lsl 3]
	ldrsw	x0, [sp, 48]
	lsl	x0, x0, 2
	add	x1, sp, 16
	ldr	w0, [x1, x0]
	mov	w2, w0
	mov	x1, x3
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 48 33 discriminator 3
	ldr	w0, [sp, 48]
	add	w0, w0, 1
	str	w0, [sp, 48]
.L13:
	.loc 1 48 23 discriminator 1
	ldr	w0, [sp, 48]
	cmp	w0, 5
	ble	.L14
.LBE3:
	.loc 1 50 5
	ldr	x2, [sp, 64]
	ldr	w1, [sp, 76]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 51 24
	ldr	w0, [sp, 32]
	.loc 1 51 12
	and	w0, w0, 127
	.loc 1 52 1
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC2:
	.string	"space"
	.align	3
.LC3:
	.string	"digit"
	.align	3
.LC4:
	.string	"lower"
	.align	3
.LC5:
	.string	"upper"
	.align	3
.LC6:
	.string	"punct"
	.align	3
.LC7:
	.string	"other"
	.section	.data.rel.local,"aw"
	.align	3
	.type	names.0, %object
	.size	names.0, 48
names.0:
	.xword	.LC2
	.xword	.LC3
	.xword	.LC4
	.xword	.LC5
	.xword	.LC6
	.xword	.LC7
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1eb
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x7
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x8
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
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x9
	.4byte	0x66
	.uleb128 0xa
	.4byte	.LASF24
	.byte	0x7
	.byte	0x4
	.4byte	0x4a
	.byte	0x1
	.byte	0x4
	.byte	0x6
	.4byte	0xaf
	.uleb128 0x2
	.4byte	.LASF10
	.byte	0
	.uleb128 0x2
	.4byte	.LASF11
	.byte	0x1
	.uleb128 0x2
	.4byte	.LASF12
	.byte	0x2
	.uleb128 0x2
	.4byte	.LASF13
	.byte	0x3
	.uleb128 0x2
	.4byte	.LASF14
	.byte	0x4
	.uleb128 0x2
	.4byte	.LASF15
	.byte	0x5
	.uleb128 0x2
	.4byte	.LASF16
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.4byte	.LASF25
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xc7
	.uleb128 0xc
	.4byte	0xc7
	.uleb128 0xd
	.byte	0
	.uleb128 0xe
	.byte	0x8
	.4byte	0x6d
	.uleb128 0xf
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x208
	.byte	0xc
	.4byte	0x35
	.uleb128 0x10
	.4byte	.LASF27
	.byte	0x1
	.byte	0x18
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1a4
	.uleb128 0x3
	.4byte	.LASF17
	.byte	0x1a
	.byte	0x18
	.4byte	0x1a4
	.uleb128 0x9
	.byte	0x3
	.8byte	names.0
	.uleb128 0x3
	.4byte	.LASF18
	.byte	0x1b
	.byte	0xe
	.4byte	0x1b3
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x3
	.4byte	.LASF19
	.byte	0x1c
	.byte	0xe
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.4byte	.LASF20
	.byte	0x1d
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x3
	.4byte	.LASF21
	.byte	0x1d
	.byte	0x1a
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.4byte	.LASF22
	.byte	0x1e
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x4
	.string	"c"
	.byte	0x1e
	.byte	0x18
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x11
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x185
	.uleb128 0x4
	.string	"k"
	.byte	0x20
	.byte	0x13
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0x12
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x4
	.string	"k"
	.byte	0x30
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0xc7
	.4byte	0x1b3
	.uleb128 0x6
	.4byte	0x2e
	.byte	0
	.uleb128 0x5
	.4byte	0x4a
	.4byte	0x1c2
	.uleb128 0x6
	.4byte	0x2e
	.byte	0
	.uleb128 0x13
	.4byte	.LASF28
	.byte	0x1
	.byte	0x6
	.byte	0x12
	.4byte	0x72
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x14
	.string	"c"
	.byte	0x1
	.byte	0x6
	.byte	0x1f
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
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
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x21
	.sleb128 5
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x4
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF14:
	.string	"PUNCT"
.LASF11:
	.string	"DIGIT"
.LASF5:
	.string	"unsigned int"
.LASF3:
	.string	"unsigned char"
.LASF10:
	.string	"SPACE"
.LASF21:
	.string	"current"
.LASF19:
	.string	"numbers"
.LASF18:
	.string	"counts"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"KINDS"
.LASF9:
	.string	"char"
.LASF22:
	.string	"in_number"
.LASF24:
	.string	"kind"
.LASF12:
	.string	"LOWER"
.LASF27:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF17:
	.string	"names"
.LASF25:
	.string	"printf"
.LASF28:
	.string	"classify"
.LASF15:
	.string	"OTHER"
.LASF7:
	.string	"short int"
.LASF13:
	.string	"UPPER"
.LASF20:
	.string	"number_sum"
.LASF6:
	.string	"signed char"
.LASF26:
	.string	"getchar"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/char_classes.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
