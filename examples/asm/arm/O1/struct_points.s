	.arch armv8-a
	.file	"struct_points.c"
	.text
.Ltext0:
	.file 0 "." "programs/struct_points.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%s: (%d,%d)-(%d,%d) area %ld\n"
	.align	3
.LC2:
	.string	"%s overlaps %s\n"
	.align	3
.LC3:
	.string	"total (%d,%d) areas %ld pairs %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB15:
	.file 1 "programs/struct_points.c"
	.loc 1 29 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -192]!
	.cfi_def_cfa_offset 192
	.cfi_offset 29, -192
	.cfi_offset 30, -184
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 19, -176
	.cfi_offset 20, -168
	.cfi_offset 21, -160
	.cfi_offset 22, -152
	.cfi_offset 23, -144
	.cfi_offset 24, -136
	.cfi_offset 25, -128
	.cfi_offset 26, -120
	.cfi_offset 27, -112
	.cfi_offset 28, -104
	.loc 1 30 5 view .LVU1
	.loc 1 30 17 is_stmt 0 view .LVU2
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	add	x0, sp, 96
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	ldp	q0, q1, [x1, 64]
	stp	q0, q1, [x0, 64]
	.loc 1 36 5 is_stmt 1 view .LVU3
.LVL0:
	.loc 1 37 5 view .LVU4
	.loc 1 38 5 view .LVU5
.LBB13:
	.loc 1 38 10 view .LVU6
	.loc 1 38 23 view .LVU7
	add	x22, sp, 112
.LBE13:
	.loc 1 30 17 is_stmt 0 view .LVU8
	mov	x19, x22
	.loc 1 36 18 view .LVU9
	mov	w23, 0
	mov	w24, 0
.LBB20:
	.loc 1 38 14 view .LVU10
	mov	w20, 0
.LBE20:
	.loc 1 37 10 view .LVU11
	mov	x25, 0
.LBB21:
	.loc 1 42 9 view .LVU12
	adrp	x21, .LC1
	add	x21, x21, :lo12:.LC1
.LVL1:
.L2:
	.loc 1 39 9 is_stmt 1 discriminator 3 view .LVU13
.LBB14:
.LBI14:
	.loc 1 15 13 discriminator 3 view .LVU14
.LBB15:
	.loc 1 17 5 discriminator 3 view .LVU15
	.loc 1 17 13 is_stmt 0 discriminator 3 view .LVU16
	ldr	w2, [x19, -16]
	sub	w2, w2, w20
	str	w2, [x19, -16]
	.loc 1 18 5 is_stmt 1 discriminator 3 view .LVU17
	.loc 1 18 13 is_stmt 0 discriminator 3 view .LVU18
	ldr	w3, [x19, -12]
	sub	w3, w3, w20
	str	w3, [x19, -12]
	.loc 1 19 5 is_stmt 1 discriminator 3 view .LVU19
	.loc 1 19 13 is_stmt 0 discriminator 3 view .LVU20
	ldr	w4, [x19, -8]
	add	w4, w20, w4
	str	w4, [x19, -8]
	.loc 1 20 5 is_stmt 1 discriminator 3 view .LVU21
	.loc 1 20 13 is_stmt 0 discriminator 3 view .LVU22
	ldr	w5, [x19, -4]
	add	w5, w20, w5
	str	w5, [x19, -4]
.LVL2:
	.loc 1 20 13 discriminator 3 view .LVU23
.LBE15:
.LBE14:
	.loc 1 40 9 is_stmt 1 discriminator 3 view .LVU24
.LBB16:
.LBI16:
	.loc 1 7 21 discriminator 3 view .LVU25
.LBB17:
	.loc 1 9 5 discriminator 3 view .LVU26
	.loc 1 9 28 is_stmt 0 discriminator 3 view .LVU27
	add	w23, w23, w4
.LVL3:
	.loc 1 9 39 discriminator 3 view .LVU28
	add	w24, w24, w5
.LVL4:
	.loc 1 10 5 is_stmt 1 discriminator 3 view .LVU29
	.loc 1 10 5 is_stmt 0 discriminator 3 view .LVU30
.LBE17:
.LBE16:
	.loc 1 41 9 is_stmt 1 discriminator 3 view .LVU31
.LBB18:
.LBI18:
	.loc 1 13 13 discriminator 3 view .LVU32
.LBB19:
	.loc 1 13 42 discriminator 3 view .LVU33
	.loc 1 13 64 is_stmt 0 discriminator 3 view .LVU34
	sub	w0, w4, w2
	.loc 1 13 86 discriminator 3 view .LVU35
	sub	w6, w5, w3
	.loc 1 13 75 discriminator 3 view .LVU36
	smull	x6, w6, w0
.LVL5:
	.loc 1 13 75 discriminator 3 view .LVU37
.LBE19:
.LBE18:
	.loc 1 41 15 discriminator 3 view .LVU38
	add	x25, x25, x6
.LVL6:
	.loc 1 42 9 is_stmt 1 discriminator 3 view .LVU39
	mov	x1, x19
	mov	x0, x21
	bl	printf
.LVL7:
	.loc 1 38 29 discriminator 3 view .LVU40
	add	w20, w20, 1
.LVL8:
	.loc 1 38 23 discriminator 3 view .LVU41
	add	x19, x19, 24
	cmp	w20, 4
	bne	.L2
.LBE21:
.LBB22:
	.loc 1 45 14 is_stmt 0 view .LVU42
	mov	w26, 0
.LBE22:
	.loc 1 44 9 view .LVU43
	mov	w27, 0
.LBB27:
.LBB23:
	.loc 1 48 17 view .LVU44
	adrp	x28, .LC2
	add	x28, x28, :lo12:.LC2
.LVL9:
.L7:
	.loc 1 48 17 view .LVU45
.LBE23:
	.loc 1 46 9 is_stmt 1 view .LVU46
.LBB26:
	.loc 1 46 14 view .LVU47
	.loc 1 46 18 is_stmt 0 view .LVU48
	add	w26, w26, 1
.LVL10:
	.loc 1 46 31 is_stmt 1 view .LVU49
	cmp	w26, 4
	beq	.L3
.LVL11:
	.loc 1 48 49 is_stmt 0 view .LVU50
	mov	x20, x22
	add	x22, x22, 24
	mov	x19, x22
	.loc 1 46 18 view .LVU51
	mov	w21, w26
	b	.L6
.LVL12:
.L11:
	.loc 1 47 16 view .LVU52
	cmp	w6, w5
	ble	.L5
	.loc 1 48 17 is_stmt 1 view .LVU53
	mov	x1, x20
	mov	x0, x28
	bl	printf
.LVL13:
	.loc 1 49 17 view .LVU54
	.loc 1 49 22 is_stmt 0 view .LVU55
	add	w27, w27, 1
.LVL14:
.L5:
	.loc 1 46 37 is_stmt 1 discriminator 2 view .LVU56
	add	w21, w21, 1
.LVL15:
	.loc 1 46 31 discriminator 2 view .LVU57
	add	x19, x19, 24
	cmp	w21, 4
	beq	.L7
.L6:
	.loc 1 47 13 view .LVU58
.LVL16:
	.loc 1 47 13 is_stmt 0 view .LVU59
	ldr	w8, [x20, -12]
.LVL17:
	.loc 1 47 13 view .LVU60
	ldr	w3, [x20, -8]
.LVL18:
	.loc 1 47 13 view .LVU61
	ldr	w6, [x20, -4]
.LVL19:
	.loc 1 47 13 view .LVU62
	mov	x2, x19
	ldr	w4, [x19, -16]
.LVL20:
	.loc 1 47 13 view .LVU63
	ldr	w5, [x19, -12]
.LVL21:
	.loc 1 47 13 view .LVU64
	ldr	w7, [x19, -4]
.LVL22:
.LBB24:
.LBI24:
	.loc 1 23 12 is_stmt 1 view .LVU65
.LBB25:
	.loc 1 25 5 view .LVU66
	.loc 1 25 66 is_stmt 0 view .LVU67
	ldr	w1, [x20, -16]
	ldr	w0, [x19, -8]
	cmp	w1, w0
	bge	.L5
	.loc 1 25 28 view .LVU68
	cmp	w4, w3
	bge	.L5
	.loc 1 25 47 view .LVU69
	cmp	w8, w7
	bge	.L5
	b	.L11
.LVL23:
.L3:
	.loc 1 25 47 view .LVU70
.LBE25:
.LBE24:
.LBE26:
.LBE27:
	.loc 1 51 5 is_stmt 1 view .LVU71
	mov	w4, w27
	mov	x3, x25
	mov	w2, w24
	mov	w1, w23
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL24:
	.loc 1 52 5 view .LVU72
	.loc 1 53 1 is_stmt 0 view .LVU73
	mov	w0, w27
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
.LVL25:
	.loc 1 53 1 view .LVU74
	ldp	x27, x28, [sp, 80]
.LVL26:
	.loc 1 53 1 view .LVU75
	ldp	x29, x30, [sp], 192
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
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.word	0
	.word	0
	.word	4
	.word	3
	.string	"alpha"
	.zero	2
	.word	2
	.word	1
	.word	9
	.word	8
	.string	"beta"
	.zero	3
	.word	-5
	.word	-5
	.word	-1
	.word	-2
	.string	"gamma"
	.zero	2
	.word	10
	.word	10
	.word	12
	.word	15
	.string	"delta"
	.zero	2
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x39a
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x11
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
	.uleb128 0x12
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
	.uleb128 0xb
	.4byte	0x66
	.uleb128 0xc
	.4byte	.LASF10
	.byte	0x8
	.byte	0x4
	.4byte	0x92
	.uleb128 0x5
	.string	"x"
	.byte	0x4
	.byte	0x14
	.4byte	0x35
	.byte	0
	.uleb128 0x5
	.string	"y"
	.byte	0x4
	.byte	0x17
	.4byte	0x35
	.byte	0x4
	.byte	0
	.uleb128 0xc
	.4byte	.LASF11
	.byte	0x18
	.byte	0x5
	.4byte	0xc1
	.uleb128 0x5
	.string	"lo"
	.byte	0x5
	.byte	0x1c
	.4byte	0x72
	.byte	0
	.uleb128 0x5
	.string	"hi"
	.byte	0x5
	.byte	0x20
	.4byte	0x72
	.byte	0x8
	.uleb128 0x13
	.4byte	.LASF12
	.byte	0x1
	.byte	0x5
	.byte	0x29
	.4byte	0xc6
	.byte	0x10
	.byte	0
	.uleb128 0xb
	.4byte	0x92
	.uleb128 0xd
	.4byte	0x66
	.4byte	0xd6
	.uleb128 0xe
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0x14
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xee
	.uleb128 0x15
	.4byte	0xee
	.uleb128 0x16
	.byte	0
	.uleb128 0x7
	.4byte	0x6d
	.uleb128 0x17
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2fe
	.uleb128 0x18
	.string	"rs"
	.byte	0x1
	.byte	0x1e
	.byte	0x11
	.4byte	0x2fe
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x8
	.4byte	.LASF13
	.byte	0x24
	.byte	0x12
	.4byte	0x72
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x8
	.4byte	.LASF14
	.byte	0x25
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x8
	.4byte	.LASF15
	.byte	0x2c
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xf
	.4byte	.LLRL3
	.4byte	0x23f
	.uleb128 0x9
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.4byte	0x330
	.8byte	.LBI14
	.byte	.LVU14
	.8byte	.LBB14
	.8byte	.LBE14-.LBB14
	.byte	0x27
	.byte	0x9
	.4byte	0x1b6
	.uleb128 0x4
	.4byte	0x346
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x4
	.4byte	0x33d
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.uleb128 0x6
	.4byte	0x373
	.8byte	.LBI16
	.byte	.LVU25
	.8byte	.LBB16
	.8byte	.LBE16-.LBB16
	.byte	0x28
	.byte	0x11
	.4byte	0x1f2
	.uleb128 0x4
	.4byte	0x389
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x19
	.4byte	0x380
	.uleb128 0x1a
	.4byte	0x392
	.byte	0
	.uleb128 0x6
	.4byte	0x355
	.8byte	.LBI18
	.byte	.LVU32
	.8byte	.LBB18
	.8byte	.LBE18-.LBB18
	.byte	0x29
	.byte	0x12
	.4byte	0x224
	.uleb128 0x4
	.4byte	0x364
	.4byte	.LLST8
	.4byte	.LVUS8
	.byte	0
	.uleb128 0xa
	.8byte	.LVL7
	.4byte	0xd6
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
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LLRL9
	.4byte	0x2ca
	.uleb128 0x9
	.string	"i"
	.byte	0x2d
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x1b
	.4byte	.LLRL11
	.uleb128 0x9
	.string	"j"
	.byte	0x2e
	.byte	0x12
	.4byte	0x35
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x6
	.4byte	0x30e
	.8byte	.LBI24
	.byte	.LVU65
	.8byte	.LBB24
	.8byte	.LBE24-.LBB24
	.byte	0x2f
	.byte	0x11
	.4byte	0x2ae
	.uleb128 0x4
	.4byte	0x326
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x4
	.4byte	0x31d
	.4byte	.LLST14
	.4byte	.LVUS14
	.byte	0
	.uleb128 0xa
	.8byte	.LVL13
	.4byte	0xd6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x8c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL24
	.4byte	0xd6
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
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8b
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	0x92
	.4byte	0x30e
	.uleb128 0xe
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.uleb128 0x10
	.4byte	.LASF16
	.byte	0x17
	.byte	0xc
	.4byte	0x35
	.4byte	0x330
	.uleb128 0x3
	.string	"a"
	.byte	0x17
	.byte	0x21
	.4byte	0x92
	.uleb128 0x3
	.string	"b"
	.byte	0x17
	.byte	0x30
	.4byte	0x92
	.byte	0
	.uleb128 0x1c
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x350
	.uleb128 0x3
	.string	"r"
	.byte	0xf
	.byte	0x1f
	.4byte	0x350
	.uleb128 0x3
	.string	"d"
	.byte	0xf
	.byte	0x26
	.4byte	0x35
	.byte	0
	.uleb128 0x7
	.4byte	0x92
	.uleb128 0x10
	.4byte	.LASF17
	.byte	0xd
	.byte	0xd
	.4byte	0x5f
	.4byte	0x36e
	.uleb128 0x3
	.string	"r"
	.byte	0xd
	.byte	0x25
	.4byte	0x36e
	.byte	0
	.uleb128 0x7
	.4byte	0xc1
	.uleb128 0x1d
	.string	"add"
	.byte	0x1
	.byte	0x7
	.byte	0x15
	.4byte	0x72
	.byte	0x1
	.uleb128 0x3
	.string	"a"
	.byte	0x7
	.byte	0x26
	.4byte	0x72
	.uleb128 0x3
	.string	"b"
	.byte	0x7
	.byte	0x36
	.4byte	0x72
	.uleb128 0x1e
	.string	"r"
	.byte	0x1
	.byte	0x9
	.byte	0x12
	.4byte	0x72
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
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0xb
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
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x15
	.uleb128 0x5
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x1e
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
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU29
	.uleb128 .LVU30
	.uleb128 .LVU73
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x8
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x6
	.byte	0x67
	.byte	0x93
	.uleb128 0x4
	.byte	0x68
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x5
	.byte	0x93
	.uleb128 0x4
	.byte	0x68
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x6
	.byte	0x67
	.byte	0x93
	.uleb128 0x4
	.byte	0x68
	.byte	0x93
	.uleb128 0x4
	.byte	0
.LVUS1:
	.uleb128 .LVU5
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU74
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS2:
	.uleb128 .LVU45
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU7
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU45
.LLST4:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS5:
	.uleb128 .LVU14
	.uleb128 .LVU23
.LLST5:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS6:
	.uleb128 .LVU14
	.uleb128 .LVU23
.LLST6:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x11
	.byte	0x84
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x48
	.byte	0x1e
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x60
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU25
	.uleb128 .LVU30
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x5
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0
.LVUS8:
	.uleb128 .LVU32
	.uleb128 .LVU37
.LLST8:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x11
	.byte	0x84
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x48
	.byte	0x1e
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x60
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU45
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x3
	.byte	0x8a
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU49
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU74
.LLST12:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x6a
	.byte	0
.LVUS13:
	.uleb128 .LVU63
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU70
.LLST13:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x5
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x14
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0xc
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x55
	.byte	0x93
	.uleb128 0x4
	.byte	0x72
	.sleb128 -8
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0xc
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0xf
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x55
	.byte	0x93
	.uleb128 0x4
	.byte	0x72
	.sleb128 -8
	.byte	0x93
	.uleb128 0x4
	.byte	0x57
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0
.LVUS14:
	.uleb128 .LVU59
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU70
.LLST14:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x6
	.byte	0x84
	.sleb128 -16
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x14
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x9
	.byte	0x84
	.sleb128 -16
	.byte	0x93
	.uleb128 0x4
	.byte	0x58
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x10
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0xc
	.byte	0x84
	.sleb128 -16
	.byte	0x93
	.uleb128 0x4
	.byte	0x58
	.byte	0x93
	.uleb128 0x4
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0xc
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0xf
	.byte	0x84
	.sleb128 -16
	.byte	0x93
	.uleb128 0x4
	.byte	0x58
	.byte	0x93
	.uleb128 0x4
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x56
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
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
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF21:
	.string	"main"
.LASF15:
	.string	"pairs"
.LASF14:
	.string	"areas"
.LASF8:
	.string	"long int"
.LASF20:
	.string	"printf"
.LASF12:
	.string	"name"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF18:
	.string	"grow"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF16:
	.string	"overlaps"
.LASF2:
	.string	"long unsigned int"
.LASF10:
	.string	"point"
.LASF13:
	.string	"total"
.LASF11:
	.string	"rect"
.LASF17:
	.string	"area"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/struct_points.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
