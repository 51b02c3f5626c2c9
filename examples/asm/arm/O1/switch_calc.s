	.arch armv8-a
	.file	"switch_calc.c"
	.text
.Ltext0:
	.file 0 "." "programs/switch_calc.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"error: %c %ld %ld\n"
	.align	3
.LC1:
	.string	" %c %ld %ld"
	.align	3
.LC2:
	.string	"%d lines, %d errors, sum %ld\n"
	.align	3
.LC3:
	.string	"%ld %c %ld = %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB12:
	.file 1 "programs/switch_calc.c"
	.loc 1 31 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	str	x25, [sp, 64]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.cfi_offset 23, -64
	.cfi_offset 24, -56
	.cfi_offset 25, -48
	.loc 1 32 5 view .LVU1
	.loc 1 33 5 view .LVU2
	.loc 1 34 5 view .LVU3
.LVL0:
	.loc 1 35 5 view .LVU4
	.loc 1 36 5 view .LVU5
	.loc 1 36 11 is_stmt 0 view .LVU6
	mov	w19, 1
	.loc 1 35 10 view .LVU7
	mov	x22, 0
	.loc 1 34 9 view .LVU8
	mov	w21, 0
	.loc 1 36 12 view .LVU9
	adrp	x20, .LC1
	add	x20, x20, :lo12:.LC1
.LBB5:
	.loc 1 44 13 view .LVU10
	adrp	x24, .LC0
	add	x24, x24, :lo12:.LC0
.LBB6:
.LBB7:
	.loc 1 7 5 view .LVU11
	adrp	x23, .L5
	add	x23, x23, :lo12:.L5
.LBE7:
.LBE6:
.LBE5:
	.loc 1 36 11 view .LVU12
	b	.L2
.LVL1:
.L13:
.LBB14:
.LBB11:
.LBB8:
	.loc 1 8 15 is_stmt 1 view .LVU13
	.loc 1 8 24 is_stmt 0 view .LVU14
	add	x25, x0, x3
.L17:
.LVL2:
	.loc 1 8 24 view .LVU15
.LBE8:
.LBE11:
	.loc 1 39 9 is_stmt 1 view .LVU16
	.loc 1 40 9 view .LVU17
	.loc 1 41 13 view .LVU18
	mov	x4, x25
	mov	w2, w1
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL3:
	.loc 1 42 13 view .LVU19
	.loc 1 42 17 is_stmt 0 view .LVU20
	add	x22, x22, x25
.LVL4:
	.loc 1 42 17 view .LVU21
	b	.L19
.LVL5:
.L12:
.LBB12:
.LBB9:
	.loc 1 9 15 is_stmt 1 view .LVU22
	.loc 1 9 24 is_stmt 0 view .LVU23
	sub	x25, x0, x3
	b	.L17
.L14:
	.loc 1 10 15 is_stmt 1 view .LVU24
	.loc 1 10 24 is_stmt 0 view .LVU25
	mul	x25, x0, x3
	b	.L17
.L11:
	.loc 1 12 9 is_stmt 1 view .LVU26
	.loc 1 12 12 is_stmt 0 view .LVU27
	cbz	x3, .L3
	.loc 1 13 9 is_stmt 1 view .LVU28
	.loc 1 13 18 is_stmt 0 view .LVU29
	sdiv	x25, x0, x3
	b	.L17
.L16:
	.loc 1 15 9 is_stmt 1 view .LVU30
	.loc 1 15 12 is_stmt 0 view .LVU31
	cbz	x3, .L3
	.loc 1 16 9 is_stmt 1 view .LVU32
	.loc 1 16 18 is_stmt 0 view .LVU33
	sdiv	x25, x0, x3
	msub	x25, x25, x3, x0
	b	.L17
.L15:
	.loc 1 17 15 is_stmt 1 view .LVU34
	.loc 1 17 24 is_stmt 0 view .LVU35
	and	x25, x0, x3
	b	.L17
.L4:
	.loc 1 18 15 is_stmt 1 view .LVU36
	.loc 1 18 24 is_stmt 0 view .LVU37
	orr	x25, x0, x3
	b	.L17
.L7:
	.loc 1 19 15 is_stmt 1 view .LVU38
	.loc 1 19 24 is_stmt 0 view .LVU39
	eor	x25, x0, x3
	b	.L17
.L10:
	.loc 1 20 15 is_stmt 1 view .LVU40
	.loc 1 20 24 is_stmt 0 view .LVU41
	lsl	x25, x0, x3
	b	.L17
.L9:
	.loc 1 21 15 is_stmt 1 view .LVU42
	.loc 1 21 24 is_stmt 0 view .LVU43
	asr	x25, x0, x3
	b	.L17
.L6:
	.loc 1 22 15 is_stmt 1 view .LVU44
	.loc 1 22 32 is_stmt 0 view .LVU45
	cmp	x0, x3
	csel	x25, x0, x3, le
	b	.L17
.L8:
	.loc 1 23 15 is_stmt 1 view .LVU46
	.loc 1 23 32 is_stmt 0 view .LVU47
	cmp	x0, x3
	csel	x25, x0, x3, ge
	b	.L17
.L3:
.LVL6:
	.loc 1 23 32 view .LVU48
.LBE9:
.LBE12:
	.loc 1 44 13 is_stmt 1 view .LVU49
	mov	x2, x0
	mov	x0, x24
	bl	printf
.LVL7:
	.loc 1 45 13 view .LVU50
	.loc 1 45 19 is_stmt 0 view .LVU51
	add	w21, w21, 1
.LVL8:
.L19:
	.loc 1 45 19 view .LVU52
	add	w19, w19, 1
.LVL9:
.L2:
	.loc 1 45 19 view .LVU53
.LBE14:
	.loc 1 36 46 is_stmt 1 view .LVU54
	.loc 1 36 12 is_stmt 0 view .LVU55
	add	x3, sp, 88
	add	x2, sp, 96
	add	x1, sp, 111
	mov	x0, x20
	bl	__isoc99_scanf
.LVL10:
	.loc 1 36 46 view .LVU56
	cmp	w0, 3
	bne	.L24
.LBB15:
	.loc 1 37 9 is_stmt 1 view .LVU57
	.loc 1 38 9 view .LVU58
	.loc 1 38 18 is_stmt 0 view .LVU59
	ldrb	w1, [sp, 111]
	ldr	x0, [sp, 96]
	ldr	x3, [sp, 88]
.LVL11:
.LBB13:
.LBI6:
	.loc 1 4 13 is_stmt 1 view .LVU60
.LBB10:
	.loc 1 6 5 view .LVU61
	.loc 1 7 5 view .LVU62
	sub	w2, w1, #37
	cmp	w2, 87
	bhi	.L3
	ldrb	w2, [x23,w2,uxtw]
	adr	x4, .Lrtx5
	add	x2, x4, w2, sxtb #2
	br	x2
.Lrtx5:
	.section	.rodata
	.align	0
	.align	2
.L5:
	.byte	(.L16 - .Lrtx5) / 4
	.byte	(.L15 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L14 - .Lrtx5) / 4
	.byte	(.L13 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L12 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L11 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L10 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L9 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L8 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L7 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L6 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L3 - .Lrtx5) / 4
	.byte	(.L4 - .Lrtx5) / 4
	.text
.LVL12:
.L24:
	.loc 1 7 5 is_stmt 0 view .LVU63
.LBE10:
.LBE13:
.LBE15:
	.loc 1 48 5 is_stmt 1 view .LVU64
	mov	x3, x22
	mov	w2, w21
	sub	w1, w19, #1
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL13:
	.loc 1 49 5 view .LVU65
	.loc 1 50 1 is_stmt 0 view .LVU66
	mov	w0, w21
	ldp	x19, x20, [sp, 16]
.LVL14:
	.loc 1 50 1 view .LVU67
	ldp	x21, x22, [sp, 32]
.LVL15:
	.loc 1 50 1 view .LVU68
	ldp	x23, x24, [sp, 48]
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp], 112
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
.LFE12:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x26b
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF12
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
	.uleb128 0xe
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
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xf
	.4byte	0x66
	.uleb128 0x10
	.4byte	.LASF13
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF14
	.4byte	0x35
	.4byte	0x8e
	.uleb128 0x7
	.4byte	0x8e
	.uleb128 0x8
	.byte	0
	.uleb128 0x9
	.4byte	0x6d
	.uleb128 0x11
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xab
	.uleb128 0x7
	.4byte	0x8e
	.uleb128 0x8
	.byte	0
	.uleb128 0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x235
	.uleb128 0x5
	.string	"op"
	.byte	0x20
	.byte	0xa
	.4byte	0x66
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
	.uleb128 0x5
	.string	"a"
	.byte	0x21
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x5
	.string	"b"
	.byte	0x21
	.byte	0xd
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xa
	.4byte	.LASF10
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xa
	.4byte	.LASF11
	.byte	0x15
	.4byte	0x35
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x6
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x13
	.4byte	.LLRL3
	.4byte	0x1dd
	.uleb128 0x6
	.string	"ok"
	.byte	0x25
	.byte	0xd
	.4byte	0x35
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.string	"r"
	.byte	0x26
	.byte	0xe
	.4byte	0x5f
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x14
	.4byte	0x235
	.8byte	.LBI6
	.byte	.LVU60
	.4byte	.LLRL6
	.byte	0x1
	.byte	0x26
	.byte	0x12
	.4byte	0x1a3
	.uleb128 0x3
	.4byte	0x25f
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x3
	.4byte	0x257
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x3
	.4byte	0x24f
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x3
	.4byte	0x246
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.uleb128 0xb
	.8byte	.LVL3
	.4byte	0x93
	.4byte	0x1c8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL7
	.4byte	0x93
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL10
	.4byte	0x72
	.4byte	0x207
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0xc
	.8byte	.LVL13
	.4byte	0x93
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
	.byte	0x83
	.sleb128 -1
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
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x15
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0xd
	.4byte	0x5f
	.byte	0x1
	.4byte	0x269
	.uleb128 0x4
	.string	"op"
	.byte	0x18
	.4byte	0x66
	.uleb128 0x4
	.string	"a"
	.byte	0x21
	.4byte	0x5f
	.uleb128 0x4
	.string	"b"
	.byte	0x29
	.4byte	0x5f
	.uleb128 0x4
	.string	"ok"
	.byte	0x31
	.4byte	0x269
	.byte	0
	.uleb128 0x9
	.4byte	0x35
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x18
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x34
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0xf
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x6e
	.uleb128 0xe
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
	.uleb128 0x7a
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU48
	.uleb128 .LVU53
	.uleb128 .LVU67
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU68
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS4:
	.uleb128 .LVU13
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU52
	.uleb128 .LVU62
	.uleb128 .LVU63
.LLST4:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU15
	.uleb128 .LVU22
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS7:
	.uleb128 .LVU13
	.uleb128 .LVU15
	.uleb128 .LVU22
	.uleb128 .LVU48
	.uleb128 .LVU60
	.uleb128 .LVU63
.LLST7:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+306
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+306
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+306
	.sleb128 0
	.byte	0
.LVUS8:
	.uleb128 .LVU13
	.uleb128 .LVU15
	.uleb128 .LVU22
	.uleb128 .LVU48
	.uleb128 .LVU60
	.uleb128 .LVU63
.LLST8:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS9:
	.uleb128 .LVU13
	.uleb128 .LVU15
	.uleb128 .LVU22
	.uleb128 .LVU48
	.uleb128 .LVU60
	.uleb128 .LVU63
.LLST9:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS10:
	.uleb128 .LVU13
	.uleb128 .LVU15
	.uleb128 .LVU22
	.uleb128 .LVU48
	.uleb128 .LVU60
	.uleb128 .LVU63
.LLST10:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x51
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
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.LLRL6:
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF13:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF9:
	.string	"char"
.LASF14:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF17:
	.string	"apply"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF10:
	.string	"errors"
.LASF7:
	.string	"short int"
.LASF11:
	.string	"lines"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/switch_calc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
