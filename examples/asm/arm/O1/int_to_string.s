	.arch armv8-a
	.file	"int_to_string.c"
	.text
.Ltext0:
	.file 0 "." "programs/int_to_string.c"
	.align	2
	.type	utoa, %function
utoa:
.LVL0:
.LFB11:
	.file 1 "programs/int_to_string.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 6 1 is_stmt 0 view .LVU1
	sub	sp, sp, #80
	.cfi_def_cfa_offset 80
	mov	x5, x0
	mov	x0, x2
.LVL1:
	.loc 1 7 5 is_stmt 1 view .LVU2
	.loc 1 8 5 view .LVU3
	.loc 1 8 5 is_stmt 0 view .LVU4
	add	x8, sp, 8
	.loc 1 8 9 view .LVU5
	mov	w7, 0
.LBB2:
	.loc 1 10 35 view .LVU6
	uxtw	x1, w1
	.loc 1 10 35 view .LVU7
	b	.L4
.LVL2:
.L7:
	.loc 1 11 14 view .LVU8
	mov	w7, w4
	.loc 1 12 11 view .LVU9
	mov	x5, x3
.LVL3:
.L4:
	.loc 1 12 11 view .LVU10
.LBE2:
	.loc 1 9 5 is_stmt 1 view .LVU11
.LBB3:
	.loc 1 10 9 view .LVU12
	.loc 1 10 35 is_stmt 0 view .LVU13
	udiv	x4, x5, x1
	msub	x4, x4, x1, x5
.LVL4:
	.loc 1 11 9 is_stmt 1 view .LVU14
	.loc 1 11 20 is_stmt 0 view .LVU15
	add	w6, w4, 48
	and	w6, w6, 255
	add	w3, w4, 87
	and	w3, w3, 255
	cmp	w4, 9
	csel	w3, w3, w6, hi
	.loc 1 11 14 view .LVU16
	add	w4, w7, 1
.LVL5:
	.loc 1 11 18 view .LVU17
	strb	w3, [x8], 1
	.loc 1 12 9 is_stmt 1 view .LVU18
	.loc 1 12 11 is_stmt 0 view .LVU19
	udiv	x3, x5, x1
.LVL6:
	.loc 1 12 11 view .LVU20
.LBE3:
	.loc 1 13 14 is_stmt 1 view .LVU21
	cmp	x1, x5
	bls	.L7
.LVL7:
.LBB4:
	.loc 1 14 23 view .LVU22
	cmp	w4, 0
	ble	.L5
	mov	x1, 0
.LVL8:
	.loc 1 15 21 is_stmt 0 view .LVU23
	add	x2, sp, 8
.LVL9:
	.loc 1 15 21 view .LVU24
	add	x2, x2, w7, sxtw
.LVL10:
.L6:
	.loc 1 15 9 is_stmt 1 discriminator 3 view .LVU25
	.loc 1 15 21 is_stmt 0 discriminator 3 view .LVU26
	neg	x3, x1
	.loc 1 15 16 discriminator 3 view .LVU27
	ldrb	w3, [x2, x3]
	strb	w3, [x0, x1]
	.loc 1 14 29 is_stmt 1 discriminator 3 view .LVU28
.LVL11:
	.loc 1 14 23 discriminator 3 view .LVU29
	add	x1, x1, 1
.LVL12:
	.loc 1 14 23 is_stmt 0 discriminator 3 view .LVU30
	sub	w3, w1, #1
	cmp	w7, w3
	bgt	.L6
.LVL13:
.L5:
	.loc 1 14 23 discriminator 3 view .LVU31
.LBE4:
	.loc 1 16 5 is_stmt 1 view .LVU32
	.loc 1 16 12 is_stmt 0 view .LVU33
	strb	wzr, [x0, w4, sxtw]
	.loc 1 17 5 is_stmt 1 view .LVU34
	.loc 1 18 1 is_stmt 0 view .LVU35
	add	sp, sp, 80
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE11:
	.size	utoa, .-utoa
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC2:
	.string	"%s "
	.align	3
.LC3:
	.string	"%lld"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.loc 1 32 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -352]!
	.cfi_def_cfa_offset 352
	.cfi_offset 29, -352
	.cfi_offset 30, -344
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	str	x27, [sp, 80]
	.cfi_offset 19, -336
	.cfi_offset 20, -328
	.cfi_offset 21, -320
	.cfi_offset 22, -312
	.cfi_offset 23, -304
	.cfi_offset 24, -296
	.cfi_offset 25, -288
	.cfi_offset 26, -280
	.cfi_offset 27, -272
	.loc 1 33 5 view .LVU37
	.loc 1 33 15 is_stmt 0 view .LVU38
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	add	x1, sp, 288
	ldp	q0, q1, [x0]
	stp	q0, q1, [x1]
	ldp	q0, q1, [x0, 32]
	stp	q0, q1, [x1, 32]
	.loc 1 34 5 is_stmt 1 view .LVU39
	.loc 1 34 14 is_stmt 0 view .LVU40
	ldp	x2, x3, [x0, 64]
	add	x1, sp, 512
	stp	x2, x3, [x1, -248]
	ldr	w0, [x0, 80]
	str	w0, [sp, 280]
	.loc 1 35 5 is_stmt 1 view .LVU41
	.loc 1 36 5 view .LVU42
.LVL14:
	.loc 1 37 5 view .LVU43
.LBB11:
	.loc 1 37 10 view .LVU44
	.loc 1 37 28 view .LVU45
.LBE11:
	.loc 1 34 14 is_stmt 0 view .LVU46
	mov	x25, 1
	.loc 1 36 9 view .LVU47
	mov	w27, 0
.LBB25:
.LBB12:
.LBB13:
.LBB14:
	.loc 1 26 9 view .LVU48
	add	x21, sp, 184
	.loc 1 23 16 view .LVU49
	mov	w26, 45
.LBE14:
.LBE13:
	.loc 1 39 13 view .LVU50
	adrp	x24, .LC2
	add	x24, x24, :lo12:.LC2
	b	.L11
.LVL15:
.L21:
.LBB17:
.LBB15:
	.loc 1 23 9 is_stmt 1 view .LVU51
	.loc 1 23 16 is_stmt 0 view .LVU52
	strb	w26, [sp, 184]
	.loc 1 24 9 is_stmt 1 view .LVU53
	add	x2, sp, 185
	neg	x0, x20
	bl	utoa
.LVL16:
.L13:
	.loc 1 28 5 view .LVU54
	.loc 1 28 5 is_stmt 0 view .LVU55
.LBE15:
.LBE17:
	.loc 1 39 13 view .LVU56
	mov	x1, x21
	mov	x0, x24
	bl	printf
.LVL17:
	.loc 1 38 67 is_stmt 1 view .LVU57
	.loc 1 38 32 view .LVU58
	add	x19, x19, 1
.LVL18:
	.loc 1 38 32 is_stmt 0 view .LVU59
	cmp	x19, 6
	beq	.L20
.LVL19:
.L14:
	.loc 1 39 13 is_stmt 1 discriminator 3 view .LVU60
	ldr	x20, [x22, -8]
	add	x0, x23, x19, lsl 2
	ldr	w1, [x0, -4]
.LVL20:
.LBB18:
.LBI13:
	.loc 1 20 14 discriminator 3 view .LVU61
.LBB16:
	.loc 1 22 5 discriminator 3 view .LVU62
	.loc 1 22 8 is_stmt 0 discriminator 3 view .LVU63
	tbnz	x20, #63, .L21
	.loc 1 26 9 is_stmt 1 view .LVU64
	mov	x2, x21
	mov	x0, x20
	bl	utoa
.LVL21:
	.loc 1 26 9 is_stmt 0 view .LVU65
	b	.L13
.LVL22:
.L20:
	.loc 1 26 9 view .LVU66
.LBE16:
.LBE18:
.LBE12:
	.loc 1 40 9 is_stmt 1 discriminator 2 view .LVU67
	mov	w0, 10
	bl	putchar
.LVL23:
	.loc 1 41 9 discriminator 2 view .LVU68
	mov	x3, x20
	adrp	x2, .LC3
	add	x2, x2, :lo12:.LC3
	mov	x1, 80
	add	x0, sp, 104
	bl	snprintf
.LVL24:
	.loc 1 42 9 discriminator 2 view .LVU69
.LBB19:
.LBI19:
	.loc 1 20 14 discriminator 2 view .LVU70
.LBB20:
	.loc 1 22 5 discriminator 2 view .LVU71
	.loc 1 22 8 is_stmt 0 discriminator 2 view .LVU72
	tbnz	x20, #63, .L22
	.loc 1 26 9 is_stmt 1 view .LVU73
	mov	x2, x21
	mov	w1, 10
	mov	x0, x20
	bl	utoa
.LVL25:
.L16:
	.loc 1 28 5 view .LVU74
	.loc 1 28 5 is_stmt 0 view .LVU75
.LBE20:
.LBE19:
	.loc 1 42 23 view .LVU76
	mov	x1, x21
	add	x0, sp, 104
	bl	strcmp
.LVL26:
	.loc 1 42 61 view .LVU77
	cmp	w0, 0
	.loc 1 42 20 view .LVU78
	cinc	w27, w27, ne
.LVL27:
	.loc 1 37 65 is_stmt 1 view .LVU79
	.loc 1 37 28 view .LVU80
	add	x25, x25, 1
.LVL28:
	.loc 1 37 28 is_stmt 0 view .LVU81
	cmp	x25, 9
	beq	.L10
.LVL29:
.L11:
.LBB22:
	.loc 1 38 32 is_stmt 1 view .LVU82
.LBE22:
.LBE25:
	.loc 1 32 1 is_stmt 0 view .LVU83
	mov	x19, 1
.LBB26:
.LBB23:
	.loc 1 39 13 view .LVU84
	add	x22, sp, 288
	add	x22, x22, x25, lsl 3
	add	x23, sp, 264
	b	.L14
.LVL30:
.L22:
	.loc 1 39 13 view .LVU85
.LBE23:
.LBB24:
.LBB21:
	.loc 1 23 9 is_stmt 1 view .LVU86
	.loc 1 23 16 is_stmt 0 view .LVU87
	strb	w26, [sp, 184]
	.loc 1 24 9 is_stmt 1 view .LVU88
	add	x2, sp, 185
	mov	w1, 10
	neg	x0, x20
	bl	utoa
.LVL31:
	b	.L16
.LVL32:
.L10:
	.loc 1 24 9 is_stmt 0 view .LVU89
.LBE21:
.LBE24:
.LBE26:
	.loc 1 45 1 view .LVU90
	mov	w0, w27
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldr	x27, [sp, 80]
.LVL33:
	.loc 1 45 1 view .LVU91
	ldp	x29, x30, [sp], 352
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
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
	.4byte	0x445
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF19
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
	.4byte	.LASF20
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x2e
	.uleb128 0x15
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
	.uleb128 0xb
	.4byte	0x77
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x16
	.4byte	0x77
	.uleb128 0xb
	.4byte	0x7e
	.uleb128 0x17
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9c
	.byte	0xc
	.4byte	0x41
	.4byte	0xa3
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x83
	.byte	0
	.uleb128 0xc
	.4byte	.LASF11
	.2byte	0x17a
	.4byte	0x41
	.4byte	0xc3
	.uleb128 0x3
	.4byte	0x72
	.uleb128 0x3
	.4byte	0x35
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0xd
	.byte	0
	.uleb128 0xc
	.4byte	.LASF12
	.2byte	0x164
	.4byte	0x41
	.4byte	0xd9
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0xd
	.byte	0
	.uleb128 0x18
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x308
	.uleb128 0xe
	.4byte	.LASF13
	.byte	0x21
	.byte	0xf
	.4byte	0x308
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0xe
	.4byte	.LASF14
	.byte	0x22
	.byte	0xe
	.4byte	0x31f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.uleb128 0xa
	.string	"buf"
	.byte	0x23
	.byte	0xa
	.4byte	0x32f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -168
	.uleb128 0xa
	.string	"ref"
	.byte	0x23
	.byte	0x13
	.4byte	0x32f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -248
	.uleb128 0x19
	.4byte	.LASF15
	.byte	0x1
	.byte	0x24
	.byte	0x9
	.4byte	0x41
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1a
	.4byte	.LLRL8
	.uleb128 0x5
	.string	"i"
	.byte	0x25
	.byte	0x13
	.4byte	0x56
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xf
	.4byte	.LLRL10
	.4byte	0x21e
	.uleb128 0x5
	.string	"j"
	.byte	0x26
	.byte	0x17
	.4byte	0x56
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x10
	.4byte	0x33f
	.8byte	.LBI13
	.byte	.LVU61
	.4byte	.LLRL12
	.byte	0x27
	.byte	0xd
	.4byte	0x203
	.uleb128 0x4
	.4byte	0x364
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x4
	.4byte	0x358
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x4
	.4byte	0x350
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x6
	.8byte	.LVL16
	.4byte	0x36f
	.4byte	0x1d9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x84
	.sleb128 0
	.byte	0x1f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -167
	.byte	0
	.uleb128 0x7
	.8byte	.LVL21
	.4byte	0x36f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xb
	.byte	0x83
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x87
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
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL17
	.4byte	0xc3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x33f
	.8byte	.LBI19
	.byte	.LVU70
	.4byte	.LLRL16
	.byte	0x2a
	.byte	0x23
	.4byte	0x2a2
	.uleb128 0x4
	.4byte	0x364
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x4
	.4byte	0x358
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x4
	.4byte	0x350
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x6
	.8byte	.LVL25
	.4byte	0x36f
	.4byte	0x280
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
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
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL31
	.4byte	0x36f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x84
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
	.uleb128 0x3
	.byte	0x91
	.sleb128 -167
	.byte	0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL23
	.4byte	0x43d
	.4byte	0x2b9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.uleb128 0x6
	.8byte	.LVL24
	.4byte	0xa3
	.4byte	0x2eb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -248
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
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL26
	.4byte	0x88
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -248
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	0x318
	.4byte	0x318
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF16
	.uleb128 0x8
	.4byte	0x56
	.4byte	0x32f
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x4
	.byte	0
	.uleb128 0x8
	.4byte	0x77
	.4byte	0x33f
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x4f
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF22
	.byte	0x1
	.byte	0x14
	.byte	0xe
	.4byte	0x72
	.byte	0x1
	.4byte	0x36f
	.uleb128 0x11
	.string	"v"
	.byte	0x1d
	.4byte	0x318
	.uleb128 0x1c
	.4byte	.LASF17
	.byte	0x1
	.byte	0x14
	.byte	0x29
	.4byte	0x56
	.uleb128 0x11
	.string	"buf"
	.byte	0x35
	.4byte	0x72
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF23
	.byte	0x1
	.byte	0x5
	.byte	0xe
	.4byte	0x72
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x426
	.uleb128 0x12
	.string	"v"
	.byte	0x26
	.4byte	0x426
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1e
	.4byte	.LASF17
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x56
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x12
	.string	"buf"
	.byte	0x3e
	.4byte	0x72
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xa
	.string	"tmp"
	.byte	0x7
	.byte	0xa
	.4byte	0x42d
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x5
	.string	"n"
	.byte	0x8
	.byte	0x9
	.4byte	0x41
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0xf
	.4byte	.LLRL4
	.4byte	0x402
	.uleb128 0x5
	.string	"d"
	.byte	0xa
	.byte	0x12
	.4byte	0x56
	.4byte	.LLST5
	.4byte	.LVUS5
	.byte	0
	.uleb128 0x1f
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x5
	.string	"i"
	.byte	0xe
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.byte	0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF18
	.uleb128 0x8
	.4byte	0x77
	.4byte	0x43d
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x47
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x7
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
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
	.uleb128 0xd
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 20
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 5
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
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 .LVU43
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU91
	.uleb128 .LVU91
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS9:
	.uleb128 .LVU45
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU81
	.uleb128 .LVU82
	.uleb128 .LVU89
.LLST9:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU51
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU59
	.uleb128 .LVU60
	.uleb128 .LVU66
	.uleb128 .LVU82
	.uleb128 .LVU85
.LLST11:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU51
	.uleb128 .LVU55
	.uleb128 .LVU61
	.uleb128 .LVU66
.LLST13:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS14:
	.uleb128 .LVU51
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU55
	.uleb128 .LVU61
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU66
.LLST14:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL21-1-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0
.LVUS15:
	.uleb128 .LVU51
	.uleb128 .LVU55
	.uleb128 .LVU61
	.uleb128 .LVU66
.LLST15:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS17:
	.uleb128 .LVU70
	.uleb128 .LVU75
	.uleb128 .LVU85
	.uleb128 .LVU89
.LLST17:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS18:
	.uleb128 .LVU70
	.uleb128 .LVU75
	.uleb128 .LVU85
	.uleb128 .LVU89
.LLST18:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU70
	.uleb128 .LVU75
	.uleb128 .LVU85
	.uleb128 .LVU89
.LLST19:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU2
	.uleb128 .LVU2
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x13
	.byte	0x75
	.sleb128 0
	.byte	0xa8
	.uleb128 0x2e
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS5:
	.uleb128 .LVU8
	.uleb128 .LVU10
	.uleb128 .LVU14
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x12
	.byte	0x75
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x71
	.sleb128 0
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0xa
	.byte	0x75
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x73
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x1a
	.byte	0x75
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0xa8
	.uleb128 0x2e
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU22
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU30
.LLST6:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
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
.LLRL4:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL12:
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF20:
	.string	"size_t"
.LASF23:
	.string	"utoa"
.LASF24:
	.string	"putchar"
.LASF21:
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
.LASF22:
	.string	"itoa"
.LASF3:
	.string	"unsigned char"
.LASF15:
	.string	"mismatches"
.LASF6:
	.string	"signed char"
.LASF18:
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
