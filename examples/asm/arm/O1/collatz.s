	.arch armv8-a
	.file	"collatz.c"
	.text
.Ltext0:
	.file 0 "." "programs/collatz.c"
	.align	2
	.type	steps, %function
steps:
.LVL0:
.LFB22:
	.file 1 "programs/collatz.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 6 1 is_stmt 0 view .LVU1
	mov	x2, x0
	.loc 1 7 5 is_stmt 1 view .LVU2
.LVL1:
	.loc 1 8 5 view .LVU3
	.loc 1 8 11 is_stmt 0 view .LVU4
	str	x0, [x1]
	.loc 1 9 5 is_stmt 1 view .LVU5
	.loc 1 9 14 view .LVU6
	cmp	x0, 1
	beq	.L7
	.loc 1 7 9 is_stmt 0 view .LVU7
	mov	w0, 0
.LVL2:
	.loc 1 7 9 view .LVU8
	b	.L6
.LVL3:
.L5:
	.loc 1 13 9 is_stmt 1 view .LVU9
	.loc 1 13 10 is_stmt 0 view .LVU10
	add	w0, w0, 1
.LVL4:
	.loc 1 9 14 is_stmt 1 view .LVU11
	cmp	x2, 1
	beq	.L1
.LVL5:
.L6:
	.loc 1 10 9 view .LVU12
	.loc 1 10 33 is_stmt 0 view .LVU13
	add	x4, x2, x2, lsl 1
	lsr	x3, x2, 1
	tst	x2, 1
	csinc	x2, x3, x4, eq
.LVL6:
	.loc 1 11 9 is_stmt 1 view .LVU14
	.loc 1 11 12 is_stmt 0 view .LVU15
	ldr	x3, [x1]
	cmp	x3, x2
	bcs	.L5
	.loc 1 12 13 is_stmt 1 view .LVU16
	.loc 1 12 19 is_stmt 0 view .LVU17
	str	x2, [x1]
	b	.L5
.LVL7:
.L7:
	.loc 1 7 9 view .LVU18
	mov	w0, 0
.LVL8:
	.loc 1 15 5 is_stmt 1 view .LVU19
.L1:
	.loc 1 16 1 is_stmt 0 view .LVU20
	ret
	.cfi_endproc
.LFE22:
	.size	steps, .-steps
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"longest in [%lu,%lu]: %lu with %d steps, peak %lu\n"
	.align	3
.LC1:
	.string	"27 -> %d steps, 837799 -> %d steps\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL9:
.LFB23:
	.loc 1 19 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 19 1 is_stmt 0 view .LVU22
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	str	x25, [sp, 64]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	.cfi_offset 25, -32
	.loc 1 20 5 is_stmt 1 view .LVU23
	.loc 1 20 59 is_stmt 0 view .LVU24
	cmp	w0, 1
	bgt	.L20
	.loc 1 21 59 view .LVU25
	mov	x21, 30
	.loc 1 20 59 view .LVU26
	mov	x25, 1
	mov	x19, x25
	mov	x23, x25
.LVL10:
.L10:
.LBB2:
	.loc 1 24 34 view .LVU27
	mov	x24, 0
	mov	w20, 0
.LBB3:
	.loc 1 26 17 view .LVU28
	add	x22, sp, 80
	b	.L14
.LVL11:
.L20:
	.loc 1 26 17 view .LVU29
	mov	w19, w0
	mov	x20, x1
.LBE3:
.LBE2:
	.loc 1 20 35 discriminator 1 view .LVU30
	mov	w2, 10
	mov	x1, 0
.LVL12:
	.loc 1 20 35 discriminator 1 view .LVU31
	ldr	x0, [x20, 8]
.LVL13:
	.loc 1 20 35 discriminator 1 view .LVU32
	bl	strtoul
.LVL14:
	mov	x23, x0
.LVL15:
	.loc 1 21 5 is_stmt 1 discriminator 1 view .LVU33
	.loc 1 21 59 is_stmt 0 discriminator 1 view .LVU34
	cmp	w19, 2
	bgt	.L21
	.loc 1 21 59 view .LVU35
	mov	x21, 30
.LVL16:
.L11:
	.loc 1 22 5 is_stmt 1 discriminator 4 view .LVU36
	.loc 1 23 5 discriminator 4 view .LVU37
	.loc 1 24 5 discriminator 4 view .LVU38
.LBB5:
	.loc 1 24 10 discriminator 4 view .LVU39
	.loc 1 24 34 discriminator 4 view .LVU40
	cmp	x21, x23
	bcc	.L17
	.loc 1 24 34 is_stmt 0 view .LVU41
	mov	x25, x23
	mov	x19, x23
.LVL17:
	.loc 1 24 34 view .LVU42
	b	.L10
.LVL18:
.L21:
	.loc 1 24 34 view .LVU43
.LBE5:
	.loc 1 21 35 discriminator 1 view .LVU44
	mov	w2, 10
	mov	x1, 0
	ldr	x0, [x20, 16]
.LVL19:
	.loc 1 21 35 discriminator 1 view .LVU45
	bl	strtoul
.LVL20:
	mov	x21, x0
	b	.L11
.LVL21:
.L13:
.LBB6:
	.loc 1 24 42 is_stmt 1 discriminator 2 view .LVU46
	add	x19, x19, 1
.LVL22:
	.loc 1 24 34 discriminator 2 view .LVU47
	cmp	x19, x21
	bhi	.L12
.LVL23:
.L14:
.LBB4:
	.loc 1 25 9 view .LVU48
	.loc 1 26 9 view .LVU49
	.loc 1 26 17 is_stmt 0 view .LVU50
	mov	x1, x22
	mov	x0, x19
	bl	steps
.LVL24:
	.loc 1 27 9 is_stmt 1 view .LVU51
	.loc 1 27 12 is_stmt 0 view .LVU52
	cmp	w0, w20
	ble	.L13
	.loc 1 28 13 is_stmt 1 view .LVU53
.LVL25:
	.loc 1 29 13 view .LVU54
	.loc 1 30 13 view .LVU55
	.loc 1 30 23 is_stmt 0 view .LVU56
	ldr	x24, [sp, 80]
.LVL26:
	.loc 1 30 23 view .LVU57
	mov	x23, x19
	.loc 1 28 18 view .LVU58
	mov	w20, w0
	b	.L13
.LVL27:
.L17:
	.loc 1 28 18 view .LVU59
.LBE4:
	.loc 1 24 34 view .LVU60
	mov	x25, x23
.LBE6:
	.loc 1 23 32 view .LVU61
	mov	x24, 0
	.loc 1 22 9 view .LVU62
	mov	w20, 0
.LVL28:
.L12:
	.loc 1 33 5 is_stmt 1 view .LVU63
	mov	x5, x24
	mov	w4, w20
	mov	x3, x23
	mov	x2, x21
	mov	x1, x25
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL29:
	.loc 1 34 5 view .LVU64
	.loc 1 35 5 view .LVU65
	add	x21, sp, 88
	mov	x1, x21
	mov	x0, 27
	bl	steps
.LVL30:
	mov	w19, w0
	mov	x1, x21
	mov	x0, 51367
	movk	x0, 0xc, lsl 16
	bl	steps
.LVL31:
	mov	w2, w0
	mov	w1, w19
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL32:
	.loc 1 36 5 view .LVU66
	.loc 1 37 1 is_stmt 0 view .LVU67
	and	w0, w20, 127
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL33:
	.loc 1 37 1 view .LVU68
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp], 96
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
	.cfi_endproc
.LFE23:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2fe
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xb
	.4byte	.LASF20
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
	.uleb128 0xc
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
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xd
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xe
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x9d
	.uleb128 0x6
	.4byte	0x9d
	.uleb128 0xf
	.byte	0
	.uleb128 0x5
	.4byte	0x72
	.uleb128 0x8
	.4byte	0x9d
	.uleb128 0x10
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.uleb128 0x6
	.4byte	0xa2
	.uleb128 0x6
	.4byte	0xcc
	.uleb128 0x6
	.4byte	0x35
	.byte	0
	.uleb128 0x5
	.4byte	0x66
	.uleb128 0x8
	.4byte	0xc7
	.uleb128 0x11
	.4byte	.LASF21
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a8
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x9
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc7
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x3
	.string	"lo"
	.byte	0x14
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x3
	.string	"hi"
	.byte	0x15
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x7
	.4byte	.LASF16
	.byte	0x16
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.4byte	.LASF17
	.byte	0x17
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x7
	.4byte	.LASF18
	.byte	0x17
	.byte	0x20
	.4byte	0x2e
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x12
	.string	"p"
	.byte	0x1
	.byte	0x22
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x13
	.4byte	.LLRL9
	.4byte	0x1dc
	.uleb128 0x3
	.string	"n"
	.byte	0x18
	.byte	0x18
	.4byte	0x2e
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x14
	.4byte	.LLRL11
	.uleb128 0x15
	.4byte	.LASF19
	.byte	0x1
	.byte	0x19
	.byte	0x17
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x3
	.string	"s"
	.byte	0x1a
	.byte	0xd
	.4byte	0x35
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0xa
	.8byte	.LVL24
	.4byte	0x2a8
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
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL14
	.4byte	0xa7
	.4byte	0x1f8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.uleb128 0x4
	.8byte	.LVL20
	.4byte	0xa7
	.4byte	0x214
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.uleb128 0x4
	.8byte	.LVL29
	.4byte	0x85
	.4byte	0x251
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
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
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL30
	.4byte	0x2a8
	.4byte	0x26e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x4b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL31
	.4byte	0x2a8
	.4byte	0x286
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL32
	.4byte	0x85
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
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x16
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2fc
	.uleb128 0x17
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x20
	.4byte	0x2e
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x18
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x2fc
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST1
	.4byte	.LVUS1
	.byte	0
	.uleb128 0x5
	.4byte	0x2e
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
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
	.sleb128 18
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xf
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0x5
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS2:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 0
.LLST2:
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
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU33
	.uleb128 .LVU36
	.uleb128 .LVU43
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU46
.LLST4:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS5:
	.uleb128 .LVU36
	.uleb128 .LVU43
	.uleb128 .LVU59
	.uleb128 .LVU63
.LLST5:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS6:
	.uleb128 .LVU37
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU63
.LLST6:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU38
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU68
.LLST7:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS8:
	.uleb128 .LVU38
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU63
.LLST8:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU40
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU63
.LLST10:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS12:
	.uleb128 .LVU46
	.uleb128 .LVU48
	.uleb128 .LVU51
	.uleb128 .LVU59
.LLST12:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU20
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
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
.LLRL9:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"long long int"
.LASF18:
	.string	"best_peak"
.LASF5:
	.string	"unsigned int"
.LASF21:
	.string	"main"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"steps"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF17:
	.string	"best_n"
.LASF19:
	.string	"peak"
.LASF14:
	.string	"argc"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF13:
	.string	"strtoul"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"best"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/collatz.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
