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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB15:
	.file 1 "programs/struct_points.c"
	.loc 1 29 1 view -0
	.cfi_startproc
	.loc 1 30 5 view .LVU1
	.loc 1 30 17 is_stmt 0 view .LVU2
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	.loc 1 29 1 view .LVU3
	stp	x29, x30, [sp, -176]!
	.cfi_def_cfa_offset 176
	.cfi_offset 29, -176
	.cfi_offset 30, -168
	mov	x29, sp
	.loc 1 30 17 view .LVU4
	ldp	q4, q5, [x1]
	add	x0, sp, 80
	ldp	q2, q3, [x1, 32]
	.loc 1 29 1 view .LVU5
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -160
	.cfi_offset 20, -152
	add	x19, sp, 96
	.loc 1 30 17 view .LVU6
	ldp	q0, q1, [x1, 64]
	.loc 1 29 1 view .LVU7
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -144
	.cfi_offset 22, -136
	adrp	x21, .LC1
.LBB15:
	.loc 1 42 9 view .LVU8
	add	x21, x21, :lo12:.LC1
	.loc 1 38 14 view .LVU9
	mov	w20, 0
.LBE15:
	.loc 1 37 10 view .LVU10
	mov	x22, 0
	.loc 1 29 1 view .LVU11
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -128
	.cfi_offset 24, -120
	.loc 1 36 18 view .LVU12
	mov	w23, 0
	mov	w24, 0
	.loc 1 29 1 view .LVU13
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -112
	.cfi_offset 26, -104
	.loc 1 30 17 view .LVU14
	stp	q4, q5, [x0]
	stp	q2, q3, [x0, 32]
	stp	q0, q1, [x0, 64]
	.loc 1 36 5 is_stmt 1 view .LVU15
.LVL0:
	.loc 1 37 5 view .LVU16
	.loc 1 38 5 view .LVU17
.LBB30:
	.loc 1 38 10 view .LVU18
	.loc 1 38 23 view .LVU19
.L2:
	.loc 1 39 9 discriminator 3 view .LVU20
.LBB16:
.LBI16:
	.loc 1 15 13 discriminator 3 view .LVU21
.LBB17:
	.loc 1 17 5 discriminator 3 view .LVU22
.LBE17:
.LBE16:
	.loc 1 42 9 is_stmt 0 discriminator 3 view .LVU23
	mov	x1, x19
.LBB20:
.LBB18:
	.loc 1 18 13 discriminator 3 view .LVU24
	ldp	w2, w3, [x19, -16]
	.loc 1 20 13 discriminator 3 view .LVU25
	ldp	w4, w5, [x19, -8]
	.loc 1 17 13 discriminator 3 view .LVU26
	sub	w2, w2, w20
	.loc 1 18 13 discriminator 3 view .LVU27
	sub	w3, w3, w20
	stp	w2, w3, [x19, -16]
	.loc 1 19 5 is_stmt 1 discriminator 3 view .LVU28
	.loc 1 19 13 is_stmt 0 discriminator 3 view .LVU29
	add	w4, w20, w4
	.loc 1 20 13 discriminator 3 view .LVU30
	add	w5, w20, w5
.LBE18:
.LBE20:
.LBB21:
.LBB22:
	.loc 1 13 86 discriminator 3 view .LVU31
	sub	w0, w5, w3
	.loc 1 13 64 discriminator 3 view .LVU32
	sub	w6, w4, w2
.LBE22:
.LBE21:
.LBB25:
.LBB19:
	.loc 1 20 13 discriminator 3 view .LVU33
	stp	w4, w5, [x19, -8]
.LVL1:
	.loc 1 20 13 discriminator 3 view .LVU34
.LBE19:
.LBE25:
	.loc 1 40 9 is_stmt 1 discriminator 3 view .LVU35
.LBB26:
.LBI26:
	.loc 1 7 21 discriminator 3 view .LVU36
.LBB27:
	.loc 1 9 5 discriminator 3 view .LVU37
	.loc 1 9 28 is_stmt 0 discriminator 3 view .LVU38
	add	w23, w23, w4
.LVL2:
	.loc 1 9 39 discriminator 3 view .LVU39
	add	w24, w24, w5
.LVL3:
	.loc 1 10 5 is_stmt 1 discriminator 3 view .LVU40
	.loc 1 10 5 is_stmt 0 discriminator 3 view .LVU41
.LBE27:
.LBE26:
	.loc 1 41 9 is_stmt 1 discriminator 3 view .LVU42
.LBB28:
.LBI21:
	.loc 1 13 13 discriminator 3 view .LVU43
.LBB23:
	.loc 1 13 42 discriminator 3 view .LVU44
	.loc 1 13 42 is_stmt 0 discriminator 3 view .LVU45
.LBE23:
.LBE28:
	.loc 1 38 29 discriminator 3 view .LVU46
	add	w20, w20, 1
.LVL4:
.LBB29:
.LBB24:
	.loc 1 13 75 discriminator 3 view .LVU47
	smull	x6, w6, w0
.LBE24:
.LBE29:
	.loc 1 42 9 discriminator 3 view .LVU48
	mov	x0, x21
	.loc 1 38 23 discriminator 3 view .LVU49
	add	x19, x19, 24
	.loc 1 41 15 discriminator 3 view .LVU50
	add	x22, x22, x6
.LVL5:
	.loc 1 42 9 is_stmt 1 discriminator 3 view .LVU51
	bl	printf
.LVL6:
	.loc 1 38 29 discriminator 3 view .LVU52
	.loc 1 38 23 discriminator 3 view .LVU53
	cmp	w20, 4
	bne	.L2
.LVL7:
	.loc 1 38 23 is_stmt 0 discriminator 3 view .LVU54
.LBE30:
.LBB31:
	.loc 1 45 23 is_stmt 1 view .LVU55
	.loc 1 46 9 view .LVU56
.LBB32:
	.loc 1 46 14 view .LVU57
	.loc 1 46 31 view .LVU58
	add	x20, sp, 120
.LVL8:
	.loc 1 46 31 is_stmt 0 view .LVU59
.LBE32:
.LBE31:
	.loc 1 44 9 view .LVU60
	mov	w26, 0
.LBB40:
.LBB37:
	.loc 1 46 18 view .LVU61
	mov	w25, 1
.LVL9:
.L6:
	.loc 1 46 18 view .LVU62
	mov	x19, x20
	mov	w21, w25
.LVL10:
.L4:
	.loc 1 47 13 is_stmt 1 view .LVU63
.LBB33:
.LBI33:
	.loc 1 23 12 view .LVU64
.LBB34:
	.loc 1 25 5 view .LVU65
	.loc 1 25 66 is_stmt 0 view .LVU66
	ldp	w1, w5, [x20, -40]
.LBE34:
.LBE33:
	.loc 1 46 37 view .LVU67
	add	w21, w21, 1
.LVL11:
.LBB36:
.LBB35:
	.loc 1 25 66 view .LVU68
	ldr	w3, [x19, -16]
	ldr	w2, [x20, -32]
	ldr	w0, [x19, -8]
	cmp	w3, w2
	ldr	w3, [x19, -4]
	ccmp	w1, w0, 0, lt
	ldr	w2, [x20, -28]
	ldr	w0, [x19, -12]
	cset	w1, lt
	cmp	w5, w3
	ccmp	w2, w0, 4, lt
	cset	w0, gt
	tst	w1, w0
	bne	.L19
.LVL12:
.L3:
	.loc 1 25 66 view .LVU69
.LBE35:
.LBE36:
	.loc 1 46 37 is_stmt 1 discriminator 2 view .LVU70
	.loc 1 46 31 discriminator 2 view .LVU71
	add	x19, x19, 24
	cmp	w21, 4
	bne	.L4
.LVL13:
	.loc 1 46 31 is_stmt 0 discriminator 2 view .LVU72
.LBE37:
	.loc 1 45 23 is_stmt 1 view .LVU73
	.loc 1 46 9 view .LVU74
.LBB38:
	.loc 1 46 14 view .LVU75
	.loc 1 46 18 is_stmt 0 view .LVU76
	add	w25, w25, 1
.LVL14:
	.loc 1 46 31 is_stmt 1 view .LVU77
	add	x20, x20, 24
	cmp	w25, 4
	bne	.L6
.LVL15:
	.loc 1 46 31 is_stmt 0 view .LVU78
.LBE38:
	.loc 1 45 23 is_stmt 1 view .LVU79
.LBE40:
	.loc 1 51 5 view .LVU80
	mov	x3, x22
	mov	w2, w24
	mov	w1, w23
	mov	w4, w26
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL16:
	.loc 1 52 5 view .LVU81
	.loc 1 53 1 is_stmt 0 view .LVU82
	ldp	x19, x20, [sp, 16]
	mov	w0, w26
	ldp	x21, x22, [sp, 32]
.LVL17:
	.loc 1 53 1 view .LVU83
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
.LVL18:
	.loc 1 53 1 view .LVU84
	ldp	x29, x30, [sp], 176
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
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
.LVL19:
	.p2align 2,,3
.L19:
	.cfi_restore_state
.LBB41:
.LBB39:
	.loc 1 48 17 is_stmt 1 view .LVU85
	.loc 1 49 22 is_stmt 0 view .LVU86
	add	w26, w26, 1
.LVL20:
	.loc 1 48 17 view .LVU87
	mov	x2, x19
	sub	x1, x20, #24
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL21:
	.loc 1 49 17 is_stmt 1 view .LVU88
	.loc 1 49 17 is_stmt 0 view .LVU89
	b	.L3
.LBE39:
.LBE41:
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
	.4byte	0x378
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL17
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x13
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
	.4byte	0x62
	.uleb128 0xc
	.4byte	.LASF10
	.byte	0x8
	.byte	0x4
	.4byte	0x8e
	.uleb128 0x5
	.string	"x"
	.byte	0x4
	.byte	0x14
	.4byte	0x31
	.byte	0
	.uleb128 0x5
	.string	"y"
	.byte	0x4
	.byte	0x17
	.4byte	0x31
	.byte	0x4
	.byte	0
	.uleb128 0xc
	.4byte	.LASF11
	.byte	0x18
	.byte	0x5
	.4byte	0xbd
	.uleb128 0x5
	.string	"lo"
	.byte	0x5
	.byte	0x1c
	.4byte	0x6e
	.byte	0
	.uleb128 0x5
	.string	"hi"
	.byte	0x5
	.byte	0x20
	.4byte	0x6e
	.byte	0x8
	.uleb128 0x14
	.4byte	.LASF12
	.byte	0x1
	.byte	0x5
	.byte	0x29
	.4byte	0xc2
	.byte	0x10
	.byte	0
	.uleb128 0xb
	.4byte	0x8e
	.uleb128 0xd
	.4byte	0x62
	.4byte	0xd2
	.uleb128 0xe
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.uleb128 0x15
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xea
	.uleb128 0x16
	.4byte	0xea
	.uleb128 0x17
	.byte	0
	.uleb128 0x6
	.4byte	0x69
	.uleb128 0x18
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2dc
	.uleb128 0x19
	.string	"rs"
	.byte	0x1
	.byte	0x1e
	.byte	0x11
	.4byte	0x2dc
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x24
	.byte	0x12
	.4byte	0x6e
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x7
	.4byte	.LASF14
	.byte	0x25
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x7
	.4byte	.LASF15
	.byte	0x2c
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xf
	.4byte	.LLRL3
	.4byte	0x21c
	.uleb128 0x8
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x9
	.4byte	0x30e
	.8byte	.LBI16
	.byte	.LVU21
	.4byte	.LLRL5
	.byte	0x27
	.byte	0x9
	.4byte	0x1a6
	.uleb128 0x4
	.4byte	0x324
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x4
	.4byte	0x31b
	.4byte	.LLST7
	.4byte	.LVUS7
	.byte	0
	.uleb128 0x9
	.4byte	0x333
	.8byte	.LBI21
	.byte	.LVU43
	.4byte	.LLRL8
	.byte	0x29
	.byte	0x12
	.4byte	0x1c4
	.uleb128 0x10
	.4byte	0x342
	.byte	0
	.uleb128 0x1a
	.4byte	0x351
	.8byte	.LBI26
	.byte	.LVU36
	.8byte	.LBB26
	.8byte	.LBE26-.LBB26
	.byte	0x1
	.byte	0x28
	.byte	0x11
	.4byte	0x201
	.uleb128 0x4
	.4byte	0x367
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x10
	.4byte	0x35e
	.uleb128 0x1b
	.4byte	0x370
	.byte	0
	.uleb128 0xa
	.8byte	.LVL6
	.4byte	0xd2
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
	.sleb128 -24
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LLRL10
	.4byte	0x2a8
	.uleb128 0x8
	.string	"i"
	.byte	0x2d
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x1c
	.4byte	.LLRL12
	.uleb128 0x8
	.string	"j"
	.byte	0x2e
	.byte	0x12
	.4byte	0x31
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x9
	.4byte	0x2ec
	.8byte	.LBI33
	.byte	.LVU64
	.4byte	.LLRL14
	.byte	0x2f
	.byte	0x11
	.4byte	0x27f
	.uleb128 0x4
	.4byte	0x304
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x4
	.4byte	0x2fb
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.uleb128 0xa
	.8byte	.LVL21
	.4byte	0xd2
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
	.sleb128 -24
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL16
	.4byte	0xd2
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
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8a
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	0x8e
	.4byte	0x2ec
	.uleb128 0xe
	.4byte	0x2a
	.byte	0x3
	.byte	0
	.uleb128 0x11
	.4byte	.LASF16
	.byte	0x17
	.byte	0xc
	.4byte	0x31
	.4byte	0x30e
	.uleb128 0x3
	.string	"a"
	.byte	0x17
	.byte	0x21
	.4byte	0x8e
	.uleb128 0x3
	.string	"b"
	.byte	0x17
	.byte	0x30
	.4byte	0x8e
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x32e
	.uleb128 0x3
	.string	"r"
	.byte	0xf
	.byte	0x1f
	.4byte	0x32e
	.uleb128 0x3
	.string	"d"
	.byte	0xf
	.byte	0x26
	.4byte	0x31
	.byte	0
	.uleb128 0x6
	.4byte	0x8e
	.uleb128 0x11
	.4byte	.LASF17
	.byte	0xd
	.byte	0xd
	.4byte	0x5b
	.4byte	0x34c
	.uleb128 0x3
	.string	"r"
	.byte	0xd
	.byte	0x25
	.4byte	0x34c
	.byte	0
	.uleb128 0x6
	.4byte	0xbd
	.uleb128 0x1e
	.string	"add"
	.byte	0x1
	.byte	0x7
	.byte	0x15
	.4byte	0x6e
	.byte	0x1
	.uleb128 0x3
	.string	"a"
	.byte	0x7
	.byte	0x26
	.4byte	0x6e
	.uleb128 0x3
	.string	"b"
	.byte	0x7
	.byte	0x36
	.4byte	0x6e
	.uleb128 0x1f
	.string	"r"
	.byte	0x1
	.byte	0x9
	.byte	0x12
	.4byte	0x6e
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 .LVU16
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU40
	.uleb128 .LVU41
	.uleb128 .LVU82
	.uleb128 .LVU85
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
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
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x6
	.byte	0x67
	.byte	0x93
	.uleb128 0x4
	.byte	0x68
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x5
	.byte	0x93
	.uleb128 0x4
	.byte	0x68
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL16-.LVL0
	.uleb128 0x6
	.byte	0x67
	.byte	0x93
	.uleb128 0x4
	.byte	0x68
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL19-.LVL0
	.uleb128 .LFE15-.LVL0
	.uleb128 0x6
	.byte	0x67
	.byte	0x93
	.uleb128 0x4
	.byte	0x68
	.byte	0x93
	.uleb128 0x4
	.byte	0
.LVUS1:
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU83
	.uleb128 .LVU85
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL19-.LVL0
	.uleb128 .LFE15-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS2:
	.uleb128 .LVU54
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU89
	.uleb128 .LVU89
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL7
	.uleb128 .LVL18-.LVL7
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL18-.LVL7
	.uleb128 .LVL19-.LVL7
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.LVL7
	.uleb128 .LVL20-.LVL7
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL20-.LVL7
	.uleb128 .LVL21-.LVL7
	.uleb128 0x3
	.byte	0x8a
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL7
	.uleb128 .LFE15-.LVL7
	.uleb128 0x1
	.byte	0x6a
	.byte	0
.LVUS4:
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 .LVU59
.LLST4:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL8-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS6:
	.uleb128 .LVU21
	.uleb128 .LVU34
.LLST6:
	.byte	0x8
	.8byte	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS7:
	.uleb128 .LVU21
	.uleb128 .LVU34
.LLST7:
	.byte	0x8
	.8byte	.LVL0
	.uleb128 .LVL1-.LVL0
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
.LVUS9:
	.uleb128 .LVU36
	.uleb128 .LVU41
.LLST9:
	.byte	0x8
	.8byte	.LVL1
	.uleb128 .LVL3-.LVL1
	.uleb128 0x5
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0
.LVUS11:
	.uleb128 .LVU54
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 0
.LLST11:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL7
	.uleb128 .LVL13-.LVL7
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.LVL7
	.uleb128 .LVL14-.LVL7
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL14-.LVL7
	.uleb128 .LVL15-.LVL7
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL7
	.uleb128 .LVL19-.LVL7
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL7
	.uleb128 .LFE15-.LVL7
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU58
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU84
	.uleb128 .LVU85
	.uleb128 0
.LLST13:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL7
	.uleb128 .LVL10-.LVL7
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL10-.LVL7
	.uleb128 .LVL11-.LVL7
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL11-.LVL7
	.uleb128 .LVL12-.LVL7
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL7
	.uleb128 .LVL14-.LVL7
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL14-.LVL7
	.uleb128 .LVL18-.LVL7
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL19-.LVL7
	.uleb128 .LFE15-.LVL7
	.uleb128 0x3
	.byte	0x85
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU64
	.uleb128 .LVU69
.LLST15:
	.byte	0x8
	.8byte	.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x12
	.byte	0x83
	.sleb128 -16
	.byte	0x93
	.uleb128 0x4
	.byte	0x83
	.sleb128 -12
	.byte	0x93
	.uleb128 0x4
	.byte	0x83
	.sleb128 -8
	.byte	0x93
	.uleb128 0x4
	.byte	0x83
	.sleb128 -4
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0
.LVUS16:
	.uleb128 .LVU64
	.uleb128 .LVU69
.LLST16:
	.byte	0x8
	.8byte	.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x12
	.byte	0x84
	.sleb128 -40
	.byte	0x93
	.uleb128 0x4
	.byte	0x84
	.sleb128 -36
	.byte	0x93
	.uleb128 0x4
	.byte	0x84
	.sleb128 -32
	.byte	0x93
	.uleb128 0x4
	.byte	0x84
	.sleb128 -28
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
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
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
	.uleb128 .LBB30-.LBB15
	.uleb128 .LBE30-.LBB15
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB16
	.byte	0x4
	.uleb128 .LBB16-.LBB16
	.uleb128 .LBE16-.LBB16
	.byte	0x4
	.uleb128 .LBB20-.LBB16
	.uleb128 .LBE20-.LBB16
	.byte	0x4
	.uleb128 .LBB25-.LBB16
	.uleb128 .LBE25-.LBB16
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB21
	.byte	0x4
	.uleb128 .LBB21-.LBB21
	.uleb128 .LBE21-.LBB21
	.byte	0x4
	.uleb128 .LBB28-.LBB21
	.uleb128 .LBE28-.LBB21
	.byte	0x4
	.uleb128 .LBB29-.LBB21
	.uleb128 .LBE29-.LBB21
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB40-.LBB31
	.uleb128 .LBE40-.LBB31
	.byte	0x4
	.uleb128 .LBB41-.LBB31
	.uleb128 .LBE41-.LBB31
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB32
	.byte	0x4
	.uleb128 .LBB32-.LBB32
	.uleb128 .LBE32-.LBB32
	.byte	0x4
	.uleb128 .LBB37-.LBB32
	.uleb128 .LBE37-.LBB32
	.byte	0x4
	.uleb128 .LBB38-.LBB32
	.uleb128 .LBE38-.LBB32
	.byte	0x4
	.uleb128 .LBB39-.LBB32
	.uleb128 .LBE39-.LBB32
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB33
	.byte	0x4
	.uleb128 .LBB33-.LBB33
	.uleb128 .LBE33-.LBB33
	.byte	0x4
	.uleb128 .LBB36-.LBB33
	.uleb128 .LBE36-.LBB33
	.byte	0
.LLRL17:
	.byte	0x7
	.8byte	.LFB15
	.uleb128 .LFE15-.LFB15
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
