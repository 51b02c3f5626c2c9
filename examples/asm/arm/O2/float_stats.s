	.arch armv8-a
	.file	"float_stats.c"
	.text
.Ltext0:
	.file 0 "." "programs/float_stats.c"
	.align	2
	.p2align 4,,11
	.type	variance.constprop.0, %function
variance.constprop.0:
.LVL0:
.LFB14:
	.file 1 "programs/float_stats.c"
	.loc 1 12 15 view -0
	.cfi_startproc
.LBB18:
.LBB19:
.LBB20:
	.loc 1 7 23 view .LVU1
.LBE20:
	.loc 1 6 12 is_stmt 0 view .LVU2
	movi	d1, #0
	add	x2, x0, 96
.LBE19:
.LBE18:
	.loc 1 12 15 view .LVU3
	mov	x1, x0
.LVL1:
	.p2align 3,,7
.L2:
.LBB24:
.LBB22:
.LBB21:
	.loc 1 8 9 is_stmt 1 view .LVU4
	.loc 1 8 11 is_stmt 0 view .LVU5
	ldr	d0, [x1], 8
.LVL2:
	.loc 1 8 11 view .LVU6
	fadd	d1, d1, d0
.LVL3:
	.loc 1 7 29 is_stmt 1 view .LVU7
	.loc 1 7 23 view .LVU8
	cmp	x2, x1
	bne	.L2
.LBE21:
	.loc 1 9 5 view .LVU9
	.loc 1 9 14 is_stmt 0 view .LVU10
	fmov	d2, 1.2e+1
.LBE22:
.LBE24:
	.loc 1 14 28 view .LVU11
	movi	d0, #0
.LBB25:
.LBB23:
	.loc 1 9 14 view .LVU12
	fdiv	d2, d1, d2
.LVL4:
	.loc 1 9 14 view .LVU13
.LBE23:
.LBE25:
	.loc 1 15 5 is_stmt 1 view .LVU14
.LBB26:
	.loc 1 15 10 view .LVU15
	.loc 1 15 23 view .LVU16
	.p2align 3,,7
.L3:
	.loc 1 16 9 view .LVU17
	.loc 1 16 20 is_stmt 0 view .LVU18
	ldr	d1, [x0], 8
.LVL5:
	.loc 1 16 20 view .LVU19
	fsub	d1, d1, d2
	.loc 1 16 11 view .LVU20
	fmadd	d0, d1, d1, d0
.LVL6:
	.loc 1 15 29 is_stmt 1 view .LVU21
	.loc 1 15 23 view .LVU22
	cmp	x2, x0
	bne	.L3
.LBE26:
	.loc 1 17 5 view .LVU23
	.loc 1 17 14 is_stmt 0 view .LVU24
	fmov	d1, 1.1e+1
	.loc 1 18 1 view .LVU25
	fdiv	d0, d0, d1
.LVL7:
	.loc 1 18 1 view .LVU26
	ret
	.cfi_endproc
.LFE14:
	.size	variance.constprop.0, .-variance.constprop.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"mean x %.4f y %.4f\n"
	.align	3
.LC1:
	.string	"var x %.4f y %.4f\n"
	.align	3
.LC2:
	.string	"fit y = %.4f x + %.4f\n"
	.align	3
.LC3:
	.string	"slope*100 rounded %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.loc 1 21 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 22 5 view .LVU28
	.loc 1 23 5 view .LVU29
.LBB27:
	.loc 1 23 10 view .LVU30
.LVL8:
	.loc 1 23 23 view .LVU31
.LBE27:
	.loc 1 21 1 is_stmt 0 view .LVU32
	stp	x29, x30, [sp, -240]!
	.cfi_def_cfa_offset 240
	.cfi_offset 29, -240
	.cfi_offset 30, -232
.LBB28:
	.loc 1 25 44 view .LVU33
	adrp	x5, .LC5
.LBE28:
	.loc 1 21 1 view .LVU34
	adrp	x0, .LC4
	mov	x29, sp
	movi	v18.4s, 0x4
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -224
	.cfi_offset 20, -216
	add	x19, sp, 144
	add	x20, sp, 48
	stp	d8, d9, [sp, 32]
	.cfi_offset 72, -208
	.cfi_offset 73, -200
	.loc 1 21 1 view .LVU35
	mov	x3, x19
.LBB29:
	.loc 1 24 18 view .LVU36
	fmov	v16.2d, 5.0e-1
	mov	x1, x20
	.loc 1 25 27 view .LVU37
	fmov	v9.2d, 3.0e+0
.LBE29:
	.loc 1 21 1 view .LVU38
	mov	x2, x20
.LBB30:
	.loc 1 25 27 view .LVU39
	fmov	v8.2d, -2.0e+0
.LBE30:
	.loc 1 21 1 view .LVU40
	mov	w4, 0
.LBB31:
	.loc 1 25 44 view .LVU41
	ldr	q7, [x5, #:lo12:.LC5]
	mvni	v17.4s, 0
	.loc 1 25 33 view .LVU42
	fmov	v6.2d, 2.5e-1
.LBE31:
	.loc 1 21 1 view .LVU43
	ldr	q5, [x0, #:lo12:.LC4]
	mov	x0, x19
.LVL9:
.L8:
	.loc 1 21 1 view .LVU44
	mov	v0.16b, v5.16b
.LBB32:
	.loc 1 23 23 discriminator 3 view .LVU45
	add	w4, w4, 1
	add	v5.4s, v5.4s, v18.4s
	.loc 1 24 9 is_stmt 1 discriminator 3 view .LVU46
	.loc 1 25 44 is_stmt 0 discriminator 3 view .LVU47
	smull2	v4.2d, v0.4s, v7.4s
	smull	v3.2d, v0.2s, v7.2s
	.loc 1 24 18 discriminator 3 view .LVU48
	sxtl	v2.2d, v0.2s
	sxtl2	v1.2d, v0.4s
	.loc 1 25 44 discriminator 3 view .LVU49
	uzp2	v3.4s, v3.4s, v4.4s
	.loc 1 24 18 discriminator 3 view .LVU50
	scvtf	v2.2d, v2.2d
	scvtf	v1.2d, v1.2d
	.loc 1 25 44 discriminator 3 view .LVU51
	shl	v4.4s, v3.4s, 1
	.loc 1 24 18 discriminator 3 view .LVU52
	fmul	v2.2d, v2.2d, v16.2d
	fmul	v1.2d, v1.2d, v16.2d
	.loc 1 25 44 discriminator 3 view .LVU53
	add	v4.4s, v4.4s, v3.4s
	.loc 1 25 27 discriminator 3 view .LVU54
	mov	v3.16b, v8.16b
	.loc 1 24 14 discriminator 3 view .LVU55
	stp	q2, q1, [x2]
	.loc 1 25 9 is_stmt 1 discriminator 3 view .LVU56
	add	x2, x2, 32
	.loc 1 25 44 is_stmt 0 discriminator 3 view .LVU57
	sub	v0.4s, v0.4s, v4.4s
	.loc 1 25 27 discriminator 3 view .LVU58
	fmla	v3.2d, v2.2d, v9.2d
	mov	v2.16b, v8.16b
	.loc 1 25 44 discriminator 3 view .LVU59
	add	v0.4s, v0.4s, v17.4s
	.loc 1 25 27 discriminator 3 view .LVU60
	fmla	v2.2d, v1.2d, v9.2d
	.loc 1 25 49 discriminator 3 view .LVU61
	sxtl2	v1.2d, v0.4s
	sxtl	v0.2d, v0.2s
	scvtf	v1.2d, v1.2d
	scvtf	v0.2d, v0.2d
	.loc 1 25 33 discriminator 3 view .LVU62
	fmla	v2.2d, v1.2d, v6.2d
	mov	v1.16b, v3.16b
	fmla	v1.2d, v0.2d, v6.2d
	.loc 1 25 14 discriminator 3 view .LVU63
	stp	q1, q2, [x3]
	.loc 1 23 30 is_stmt 1 discriminator 3 view .LVU64
	.loc 1 23 23 discriminator 3 view .LVU65
	add	x3, x3, 32
	cmp	w4, 3
	bne	.L8
.LBE32:
.LBB33:
.LBB34:
	.loc 1 6 12 is_stmt 0 view .LVU66
	movi	d0, #0
	add	x2, x20, 96
	.p2align 3,,7
.L9:
.LVL10:
.LBB35:
	.loc 1 8 9 is_stmt 1 view .LVU67
	.loc 1 8 11 is_stmt 0 view .LVU68
	ldr	d1, [x1], 8
.LVL11:
	.loc 1 8 11 view .LVU69
	fadd	d0, d0, d1
.LVL12:
	.loc 1 7 29 is_stmt 1 view .LVU70
	.loc 1 7 23 view .LVU71
	cmp	x1, x2
	bne	.L9
.LBE35:
	.loc 1 9 5 view .LVU72
	.loc 1 9 14 is_stmt 0 view .LVU73
	fmov	d2, 1.2e+1
.LBE34:
.LBE33:
.LBB37:
.LBB38:
	.loc 1 6 12 view .LVU74
	movi	d1, #0
	add	x1, x19, 96
.LVL13:
	.loc 1 6 12 view .LVU75
.LBE38:
.LBE37:
.LBB42:
.LBB36:
	.loc 1 9 14 view .LVU76
	fdiv	d0, d0, d2
.LVL14:
	.loc 1 9 14 view .LVU77
.LBE36:
.LBE42:
.LBB43:
.LBI37:
	.loc 1 4 15 is_stmt 1 view .LVU78
.LBB40:
.LBB39:
	.loc 1 7 23 view .LVU79
	.p2align 3,,7
.L10:
	.loc 1 8 9 view .LVU80
	.loc 1 8 11 is_stmt 0 view .LVU81
	ldr	d2, [x0], 8
.LVL15:
	.loc 1 8 11 view .LVU82
	fadd	d1, d1, d2
.LVL16:
	.loc 1 7 29 is_stmt 1 view .LVU83
	.loc 1 7 23 view .LVU84
	cmp	x0, x1
	bne	.L10
.LBE39:
	.loc 1 9 5 view .LVU85
	.loc 1 9 14 is_stmt 0 view .LVU86
	fmov	d2, 1.2e+1
.LBE40:
.LBE43:
	.loc 1 28 21 view .LVU87
	movi	d4, #0
.LBB44:
.LBB41:
	.loc 1 9 14 view .LVU88
	mov	x1, 1
	fdiv	d1, d1, d2
.LVL17:
	.loc 1 9 14 view .LVU89
.LBE41:
.LBE44:
	.loc 1 28 5 is_stmt 1 view .LVU90
	.loc 1 29 5 view .LVU91
.LBB45:
	.loc 1 29 10 view .LVU92
	.loc 1 29 23 view .LVU93
.LBE45:
	.loc 1 28 12 is_stmt 0 view .LVU94
	fmov	d5, d4
.LVL18:
	.p2align 3,,7
.L11:
.LBB46:
	.loc 1 30 9 is_stmt 1 discriminator 3 view .LVU95
	.loc 1 30 18 is_stmt 0 discriminator 3 view .LVU96
	lsl	x0, x1, 3
	.loc 1 29 23 discriminator 3 view .LVU97
	add	x1, x1, 1
.LVL19:
	.loc 1 30 18 discriminator 3 view .LVU98
	add	x2, x20, x0
	.loc 1 30 32 discriminator 3 view .LVU99
	add	x0, x19, x0
	.loc 1 30 22 discriminator 3 view .LVU100
	ldr	d2, [x2, -8]
	.loc 1 30 36 discriminator 3 view .LVU101
	ldr	d3, [x0, -8]
	.loc 1 30 22 discriminator 3 view .LVU102
	fsub	d2, d2, d0
	.loc 1 30 36 discriminator 3 view .LVU103
	fsub	d3, d3, d1
	.loc 1 31 13 discriminator 3 view .LVU104
	fmadd	d4, d2, d2, d4
.LVL20:
	.loc 1 30 13 discriminator 3 view .LVU105
	fmadd	d5, d2, d3, d5
.LVL21:
	.loc 1 31 9 is_stmt 1 discriminator 3 view .LVU106
	.loc 1 29 30 discriminator 3 view .LVU107
	.loc 1 29 23 discriminator 3 view .LVU108
	cmp	x1, 13
	bne	.L11
.LBE46:
	.loc 1 33 5 view .LVU109
	.loc 1 33 12 is_stmt 0 view .LVU110
	fdiv	d9, d5, d4
.LVL22:
	.loc 1 34 5 view .LVU111
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	.loc 1 33 31 view .LVU112
	fmsub	d8, d9, d0, d1
	.loc 1 34 5 is_stmt 1 view .LVU113
	bl	printf
.LVL23:
	.loc 1 35 5 view .LVU114
	mov	x0, x20
	bl	variance.constprop.0
.LVL24:
	fmov	d3, d0
	mov	x0, x19
	bl	variance.constprop.0
.LVL25:
	fmov	d1, d0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	fmov	d0, d3
	bl	printf
.LVL26:
	.loc 1 36 5 view .LVU115
	fmov	d1, d8
	fmov	d0, d9
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL27:
	.loc 1 37 5 view .LVU116
	.loc 1 37 37 is_stmt 0 view .LVU117
	mov	x0, 4636737291354636288
	fmov	d1, x0
	fmov	d0, 5.0e-1
	.loc 1 38 5 view .LVU118
	adrp	x0, .LC3
	.loc 1 37 37 view .LVU119
	fmadd	d0, d9, d1, d0
	.loc 1 38 5 view .LVU120
	add	x0, x0, :lo12:.LC3
	.loc 1 37 9 view .LVU121
	fcvtzs	w19, d0
.LVL28:
	.loc 1 38 5 is_stmt 1 view .LVU122
	mov	w1, w19
	bl	printf
.LVL29:
	.loc 1 39 5 view .LVU123
	.loc 1 39 20 is_stmt 0 view .LVU124
	negs	w0, w19
	and	w19, w19, 127
.LVL30:
	.loc 1 39 20 view .LVU125
	and	w0, w0, 127
.LVL31:
	.loc 1 40 1 view .LVU126
	ldp	d8, d9, [sp, 32]
.LVL32:
	.loc 1 40 1 view .LVU127
	csneg	w0, w19, w0, mi
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 240
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 72
	.cfi_restore 73
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata.cst16,"aM",@progbits,16
	.align	4
.LC4:
	.word	0
	.word	1
	.word	2
	.word	3
	.align	4
.LC5:
	.word	1431655766
	.word	1431655766
	.word	1431655766
	.word	1431655766
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x43e
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x15
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL26
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x4
	.4byte	.LASF2
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF3
	.uleb128 0x16
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF4
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF6
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF7
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF9
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF10
	.uleb128 0xc
	.4byte	0x69
	.uleb128 0x17
	.4byte	.LASF17
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x38
	.4byte	0x8d
	.uleb128 0x18
	.4byte	0x8d
	.uleb128 0x19
	.byte	0
	.uleb128 0xd
	.4byte	0x70
	.uleb128 0x1a
	.4byte	.LASF18
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x38
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x308
	.uleb128 0xe
	.string	"x"
	.byte	0xc
	.4byte	0x308
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.uleb128 0xe
	.string	"y"
	.byte	0x13
	.4byte	0x308
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x4
	.string	"mx"
	.byte	0x1b
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x4
	.string	"my"
	.byte	0x1b
	.byte	0x1e
	.4byte	0x2a
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x4
	.string	"sxy"
	.byte	0x1c
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x4
	.string	"sxx"
	.byte	0x1c
	.byte	0x15
	.4byte	0x2a
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0xf
	.4byte	.LASF11
	.byte	0x21
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1b
	.4byte	.LASF12
	.byte	0x1
	.byte	0x21
	.byte	0x1f
	.4byte	0x2a
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x48
	.uleb128 0xf
	.4byte	.LASF13
	.byte	0x25
	.byte	0x9
	.4byte	0x38
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x10
	.4byte	.LLRL14
	.4byte	0x166
	.uleb128 0x4
	.string	"i"
	.byte	0x17
	.byte	0xe
	.4byte	0x38
	.4byte	.LLST15
	.4byte	.LVUS15
	.byte	0
	.uleb128 0x10
	.4byte	.LLRL24
	.4byte	0x181
	.uleb128 0x4
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x38
	.4byte	.LLST25
	.4byte	.LVUS25
	.byte	0
	.uleb128 0x11
	.4byte	0x360
	.4byte	.LLRL16
	.byte	0x1b
	.byte	0x11
	.4byte	0x1d1
	.uleb128 0x7
	.4byte	0x377
	.uleb128 0x7
	.4byte	0x36e
	.uleb128 0x9
	.4byte	.LLRL16
	.uleb128 0x2
	.4byte	0x380
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0xa
	.4byte	0x389
	.8byte	.LBB35
	.8byte	.LBE35-.LBB35
	.uleb128 0x2
	.4byte	0x38a
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	0x360
	.8byte	.LBI37
	.byte	.LVU78
	.4byte	.LLRL19
	.byte	0x1
	.byte	0x1b
	.byte	0x23
	.4byte	0x23b
	.uleb128 0xb
	.4byte	0x377
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0xb
	.4byte	0x36e
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x9
	.4byte	.LLRL19
	.uleb128 0x2
	.4byte	0x380
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0xa
	.4byte	0x389
	.8byte	.LBB39
	.8byte	.LBE39-.LBB39
	.uleb128 0x2
	.4byte	0x38a
	.4byte	.LLST23
	.4byte	.LVUS23
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL23
	.4byte	0x75
	.4byte	0x25a
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL24
	.4byte	0x395
	.4byte	0x279
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x12
	.4byte	0x334
	.uleb128 0x1
	.byte	0x3c
	.byte	0
	.uleb128 0x5
	.8byte	.LVL25
	.4byte	0x395
	.4byte	0x298
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x12
	.4byte	0x334
	.uleb128 0x1
	.byte	0x3c
	.byte	0
	.uleb128 0x5
	.8byte	.LVL26
	.4byte	0x75
	.4byte	0x2b7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0
	.uleb128 0x5
	.8byte	.LVL27
	.4byte	0x75
	.4byte	0x2e6
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x3
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x49
	.uleb128 0x2a
	.uleb128 0x3
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x48
	.uleb128 0x2a
	.byte	0
	.uleb128 0x1d
	.8byte	.LVL29
	.4byte	0x75
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x1e
	.4byte	0x2a
	.4byte	0x318
	.uleb128 0x1f
	.4byte	0x31
	.byte	0xb
	.byte	0
	.uleb128 0xc
	.4byte	0x2a
	.uleb128 0x13
	.4byte	.LASF14
	.byte	0xc
	.4byte	0x2a
	.4byte	0x35b
	.uleb128 0x8
	.string	"v"
	.byte	0xc
	.byte	0x26
	.4byte	0x35b
	.uleb128 0x8
	.string	"n"
	.byte	0xc
	.byte	0x2d
	.4byte	0x38
	.uleb128 0x6
	.string	"m"
	.byte	0xe
	.byte	0xc
	.4byte	0x2a
	.uleb128 0x6
	.string	"s"
	.byte	0xe
	.byte	0x1c
	.4byte	0x2a
	.uleb128 0x14
	.uleb128 0x6
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x38
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	0x318
	.uleb128 0x13
	.4byte	.LASF15
	.byte	0x4
	.4byte	0x2a
	.4byte	0x395
	.uleb128 0x8
	.string	"v"
	.byte	0x4
	.byte	0x22
	.4byte	0x35b
	.uleb128 0x8
	.string	"n"
	.byte	0x4
	.byte	0x29
	.4byte	0x38
	.uleb128 0x6
	.string	"s"
	.byte	0x6
	.byte	0xc
	.4byte	0x2a
	.uleb128 0x14
	.uleb128 0x6
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x38
	.byte	0
	.byte	0
	.uleb128 0x20
	.4byte	0x31d
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xb
	.4byte	0x32b
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x2
	.4byte	0x33d
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x2
	.4byte	0x346
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x21
	.4byte	0x334
	.byte	0xc
	.uleb128 0x11
	.4byte	0x360
	.4byte	.LLRL3
	.byte	0xe
	.byte	0x10
	.4byte	0x41d
	.uleb128 0x7
	.4byte	0x377
	.uleb128 0x7
	.4byte	0x36e
	.uleb128 0x9
	.4byte	.LLRL3
	.uleb128 0x2
	.4byte	0x380
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x22
	.4byte	0x389
	.4byte	.LLRL5
	.uleb128 0x2
	.4byte	0x38a
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x34f
	.8byte	.LBB26
	.8byte	.LBE26-.LBB26
	.uleb128 0x2
	.4byte	0x350
	.4byte	.LLST7
	.4byte	.LVUS7
	.byte	0
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 22
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
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
	.uleb128 0x12
	.uleb128 0x49
	.byte	0
	.uleb128 0x80
	.uleb128 0x13
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.sleb128 15
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
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x18
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
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
	.uleb128 0x21
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x22
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
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
.LVUS8:
	.uleb128 .LVU77
	.uleb128 .LVU114
.LLST8:
	.byte	0x8
	.8byte	.LVL14
	.uleb128 .LVL23-1-.LVL14
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0
.LVUS9:
	.uleb128 .LVU89
	.uleb128 .LVU114
.LLST9:
	.byte	0x8
	.8byte	.LVL17
	.uleb128 .LVL23-1-.LVL17
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS10:
	.uleb128 .LVU91
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 .LVU114
.LLST10:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL23-1-.LVL17
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x45
	.byte	0
.LVUS11:
	.uleb128 .LVU91
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 .LVU105
	.uleb128 .LVU107
	.uleb128 .LVU114
.LLST11:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL20-.LVL17
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x44
	.byte	0x4
	.uleb128 .LVL21-.LVL17
	.uleb128 .LVL23-1-.LVL17
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x44
	.byte	0
.LVUS12:
	.uleb128 .LVU111
	.uleb128 .LVU127
.LLST12:
	.byte	0x8
	.8byte	.LVL22
	.uleb128 .LVL32-.LVL22
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x49
	.byte	0
.LVUS13:
	.uleb128 .LVU122
	.uleb128 .LVU125
	.uleb128 .LVU125
	.uleb128 .LVU126
.LLST13:
	.byte	0x6
	.8byte	.LVL28
	.byte	0x4
	.uleb128 .LVL28-.LVL28
	.uleb128 .LVL30-.LVL28
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL30-.LVL28
	.uleb128 .LVL31-.LVL28
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU31
	.uleb128 .LVU44
.LLST15:
	.byte	0x8
	.8byte	.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS25:
	.uleb128 .LVU93
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 .LVU98
.LLST25:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL19-.LVL17
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU67
	.uleb128 .LVU77
.LLST17:
	.byte	0x8
	.8byte	.LVL10
	.uleb128 .LVL14-.LVL10
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0
.LVUS18:
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU75
.LLST18:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0xb
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc0
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0xb
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xb8
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL10
	.uleb128 .LVL13-.LVL10
	.uleb128 0xd
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xb8
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU77
	.uleb128 .LVU89
.LLST20:
	.byte	0x8
	.8byte	.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x2
	.byte	0x3c
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU77
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU89
.LLST21:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL14-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS22:
	.uleb128 .LVU79
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU89
.LLST22:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL14-.LVL14
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS23:
	.uleb128 .LVU79
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU89
.LLST23:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL14-.LVL14
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x60
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL14
	.uleb128 .LVL16-.LVL14
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x58
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0xc
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x58
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x4
	.byte	0x72
	.sleb128 -96
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 .LVU13
	.uleb128 0
.LLST1:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LFE14-.LVL4
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x42
	.byte	0
.LVUS2:
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU26
.LLST2:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL4-.LVL4
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL7-.LVL4
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0
.LVUS4:
	.uleb128 .LVU1
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU13
.LLST4:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS6:
	.uleb128 .LVU1
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU13
.LLST6:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x8
	.byte	0x71
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0xa
	.byte	0x71
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0xc
	.byte	0x71
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU16
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL4-.LVL4
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x60
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x58
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.LVL4
	.uleb128 .LFE14-.LVL4
	.uleb128 0xc
	.byte	0x70
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x58
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x3c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
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
.LLRL3:
	.byte	0x5
	.8byte	.LBB18
	.byte	0x4
	.uleb128 .LBB18-.LBB18
	.uleb128 .LBE18-.LBB18
	.byte	0x4
	.uleb128 .LBB24-.LBB18
	.uleb128 .LBE24-.LBB18
	.byte	0x4
	.uleb128 .LBB25-.LBB18
	.uleb128 .LBE25-.LBB18
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB20
	.byte	0x4
	.uleb128 .LBB20-.LBB20
	.uleb128 .LBE20-.LBB20
	.byte	0x4
	.uleb128 .LBB21-.LBB20
	.uleb128 .LBE21-.LBB20
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB27
	.byte	0x4
	.uleb128 .LBB27-.LBB27
	.uleb128 .LBE27-.LBB27
	.byte	0x4
	.uleb128 .LBB28-.LBB27
	.uleb128 .LBE28-.LBB27
	.byte	0x4
	.uleb128 .LBB29-.LBB27
	.uleb128 .LBE29-.LBB27
	.byte	0x4
	.uleb128 .LBB30-.LBB27
	.uleb128 .LBE30-.LBB27
	.byte	0x4
	.uleb128 .LBB31-.LBB27
	.uleb128 .LBE31-.LBB27
	.byte	0x4
	.uleb128 .LBB32-.LBB27
	.uleb128 .LBE32-.LBB27
	.byte	0
.LLRL16:
	.byte	0x5
	.8byte	.LBB33
	.byte	0x4
	.uleb128 .LBB33-.LBB33
	.uleb128 .LBE33-.LBB33
	.byte	0x4
	.uleb128 .LBB42-.LBB33
	.uleb128 .LBE42-.LBB33
	.byte	0
.LLRL19:
	.byte	0x5
	.8byte	.LBB37
	.byte	0x4
	.uleb128 .LBB37-.LBB37
	.uleb128 .LBE37-.LBB37
	.byte	0x4
	.uleb128 .LBB43-.LBB37
	.uleb128 .LBE43-.LBB37
	.byte	0x4
	.uleb128 .LBB44-.LBB37
	.uleb128 .LBE44-.LBB37
	.byte	0
.LLRL24:
	.byte	0x5
	.8byte	.LBB45
	.byte	0x4
	.uleb128 .LBB45-.LBB45
	.uleb128 .LBE45-.LBB45
	.byte	0x4
	.uleb128 .LBB46-.LBB45
	.uleb128 .LBE46-.LBB45
	.byte	0
.LLRL26:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"unsigned int"
.LASF15:
	.string	"mean"
.LASF4:
	.string	"unsigned char"
.LASF3:
	.string	"long unsigned int"
.LASF11:
	.string	"slope"
.LASF10:
	.string	"char"
.LASF12:
	.string	"intercept"
.LASF18:
	.string	"main"
.LASF13:
	.string	"rounded"
.LASF14:
	.string	"variance"
.LASF9:
	.string	"long int"
.LASF2:
	.string	"double"
.LASF5:
	.string	"short unsigned int"
.LASF17:
	.string	"printf"
.LASF16:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF8:
	.string	"short int"
.LASF7:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_stats.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
