	.arch armv8-a
	.file	"float_stats.c"
	.text
.Ltext0:
	.file 0 "." "programs/float_stats.c"
	.align	2
	.type	mean, %function
mean:
.LVL0:
.LFB11:
	.file 1 "programs/float_stats.c"
	.loc 1 5 1 view -0
	.cfi_startproc
	.loc 1 6 5 view .LVU1
	.loc 1 7 5 view .LVU2
.LBB2:
	.loc 1 7 10 view .LVU3
	.loc 1 7 23 view .LVU4
	cmp	w1, 0
	ble	.L4
	mov	x2, x0
	add	x0, x0, w1, sxtw 3
.LVL1:
	.loc 1 7 23 is_stmt 0 view .LVU5
.LBE2:
	.loc 1 6 12 view .LVU6
	movi	d0, #0
.LVL2:
.L3:
.LBB3:
	.loc 1 8 9 is_stmt 1 discriminator 3 view .LVU7
	.loc 1 8 11 is_stmt 0 discriminator 3 view .LVU8
	ldr	d1, [x2], 8
.LVL3:
	.loc 1 8 11 discriminator 3 view .LVU9
	fadd	d0, d0, d1
.LVL4:
	.loc 1 7 29 is_stmt 1 discriminator 3 view .LVU10
	.loc 1 7 23 discriminator 3 view .LVU11
	cmp	x2, x0
	bne	.L3
.LVL5:
.L2:
	.loc 1 7 23 is_stmt 0 discriminator 3 view .LVU12
.LBE3:
	.loc 1 9 5 is_stmt 1 view .LVU13
	.loc 1 9 14 is_stmt 0 view .LVU14
	scvtf	d1, w1
	.loc 1 10 1 view .LVU15
	fdiv	d0, d0, d1
	ret
.LVL6:
.L4:
	.loc 1 6 12 view .LVU16
	movi	d0, #0
	b	.L2
	.cfi_endproc
.LFE11:
	.size	mean, .-mean
	.align	2
	.type	variance, %function
variance:
.LVL7:
.LFB12:
	.loc 1 13 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 13 1 is_stmt 0 view .LVU18
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	mov	x19, x0
	mov	w20, w1
	.loc 1 14 5 is_stmt 1 view .LVU19
	.loc 1 14 16 is_stmt 0 view .LVU20
	bl	mean
.LVL8:
	.loc 1 15 5 is_stmt 1 view .LVU21
.LBB4:
	.loc 1 15 10 view .LVU22
	.loc 1 15 23 view .LVU23
	cmp	w20, 0
	ble	.L9
	mov	x2, x19
	add	x0, x19, w20, sxtw 3
.LBE4:
	.loc 1 14 28 is_stmt 0 view .LVU24
	movi	d2, #0
.LVL9:
.L8:
.LBB5:
	.loc 1 16 9 is_stmt 1 discriminator 3 view .LVU25
	.loc 1 16 20 is_stmt 0 discriminator 3 view .LVU26
	ldr	d1, [x2], 8
.LVL10:
	.loc 1 16 20 discriminator 3 view .LVU27
	fsub	d1, d1, d0
	.loc 1 16 25 discriminator 3 view .LVU28
	fmul	d1, d1, d1
	.loc 1 16 11 discriminator 3 view .LVU29
	fadd	d2, d2, d1
.LVL11:
	.loc 1 15 29 is_stmt 1 discriminator 3 view .LVU30
	.loc 1 15 23 discriminator 3 view .LVU31
	cmp	x2, x0
	bne	.L8
.LVL12:
.L7:
	.loc 1 15 23 is_stmt 0 discriminator 3 view .LVU32
.LBE5:
	.loc 1 17 5 is_stmt 1 view .LVU33
	.loc 1 17 19 is_stmt 0 view .LVU34
	sub	w20, w20, #1
.LVL13:
	.loc 1 17 14 view .LVU35
	scvtf	d0, w20
.LVL14:
	.loc 1 18 1 view .LVU36
	fdiv	d0, d2, d0
	ldp	x19, x20, [sp, 16]
.LVL15:
	.loc 1 18 1 view .LVU37
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL16:
.L9:
	.cfi_restore_state
	.loc 1 14 28 view .LVU38
	movi	d2, #0
	b	.L7
	.cfi_endproc
.LFE12:
	.size	variance, .-variance
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
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.loc 1 21 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -240]!
	.cfi_def_cfa_offset 240
	.cfi_offset 29, -240
	.cfi_offset 30, -232
	mov	x29, sp
	str	x19, [sp, 16]
	stp	d8, d9, [sp, 32]
	str	d10, [sp, 24]
	.cfi_offset 19, -224
	.cfi_offset 72, -208
	.cfi_offset 73, -200
	.cfi_offset 74, -216
	.loc 1 22 5 view .LVU40
	.loc 1 23 5 view .LVU41
.LBB6:
	.loc 1 23 10 view .LVU42
.LVL17:
	.loc 1 23 23 view .LVU43
.LBE6:
	.loc 1 21 1 is_stmt 0 view .LVU44
	mov	x2, 1
.LBB7:
	.loc 1 24 18 view .LVU45
	fmov	d5, 5.0e-1
	.loc 1 24 14 view .LVU46
	add	x6, sp, 144
	.loc 1 25 14 view .LVU47
	add	x5, sp, 48
	.loc 1 25 39 view .LVU48
	mov	w4, 21846
	movk	w4, 0x5555, lsl 16
	.loc 1 25 49 view .LVU49
	fmov	d4, 2.5e-1
	.loc 1 25 20 view .LVU50
	fmov	d3, 3.0e+0
	.loc 1 25 27 view .LVU51
	fmov	d2, 2.0e+0
.LVL18:
.L13:
	.loc 1 25 27 view .LVU52
	sub	w0, w2, #1
.LVL19:
	.loc 1 24 9 is_stmt 1 discriminator 3 view .LVU53
	.loc 1 24 18 is_stmt 0 discriminator 3 view .LVU54
	scvtf	d0, w0
	fmul	d0, d0, d5
	.loc 1 24 14 discriminator 3 view .LVU55
	lsl	x1, x2, 3
	add	x3, x1, x6
	str	d0, [x3, -8]
	.loc 1 25 9 is_stmt 1 discriminator 3 view .LVU56
	.loc 1 25 14 is_stmt 0 discriminator 3 view .LVU57
	add	x3, x1, x5
	.loc 1 25 39 discriminator 3 view .LVU58
	smull	x1, w0, w4
	lsr	x1, x1, 32
	sub	w1, w1, w0, asr 31
	add	w1, w1, w1, lsl 1
	sub	w0, w0, w1
.LVL20:
	.loc 1 25 44 discriminator 3 view .LVU59
	sub	w0, w0, #1
	.loc 1 25 49 discriminator 3 view .LVU60
	scvtf	d1, w0
	fmul	d1, d1, d4
	.loc 1 25 20 discriminator 3 view .LVU61
	fmul	d0, d0, d3
	.loc 1 25 27 discriminator 3 view .LVU62
	fsub	d0, d0, d2
	.loc 1 25 33 discriminator 3 view .LVU63
	fadd	d0, d1, d0
	.loc 1 25 14 discriminator 3 view .LVU64
	str	d0, [x3, -8]
	.loc 1 23 30 is_stmt 1 discriminator 3 view .LVU65
.LVL21:
	.loc 1 23 23 discriminator 3 view .LVU66
	add	x2, x2, 1
.LVL22:
	.loc 1 23 23 is_stmt 0 discriminator 3 view .LVU67
	cmp	x2, 13
	bne	.L13
.LBE7:
	.loc 1 27 5 is_stmt 1 view .LVU68
	.loc 1 27 17 is_stmt 0 view .LVU69
	mov	w1, 12
	add	x0, sp, 144
	bl	mean
.LVL23:
	fmov	d8, d0
.LVL24:
	.loc 1 27 35 view .LVU70
	mov	w1, 12
	add	x0, sp, 48
	bl	mean
.LVL25:
	.loc 1 27 35 view .LVU71
	fmov	d1, d0
.LVL26:
	.loc 1 28 5 is_stmt 1 view .LVU72
	.loc 1 29 5 view .LVU73
.LBB8:
	.loc 1 29 10 view .LVU74
	.loc 1 29 23 view .LVU75
.LBE8:
	.loc 1 27 35 is_stmt 0 view .LVU76
	mov	x1, 1
	.loc 1 28 21 view .LVU77
	movi	d4, #0
	.loc 1 28 12 view .LVU78
	fmov	d5, d4
.LBB9:
	.loc 1 30 18 view .LVU79
	add	x4, sp, 144
	.loc 1 30 32 view .LVU80
	add	x3, sp, 48
.LVL27:
.L14:
	.loc 1 30 9 is_stmt 1 discriminator 3 view .LVU81
	.loc 1 30 18 is_stmt 0 discriminator 3 view .LVU82
	lsl	x0, x1, 3
	add	x2, x0, x4
	.loc 1 30 22 discriminator 3 view .LVU83
	ldr	d2, [x2, -8]
	fsub	d2, d2, d8
	.loc 1 30 32 discriminator 3 view .LVU84
	add	x0, x0, x3
	.loc 1 30 36 discriminator 3 view .LVU85
	ldr	d3, [x0, -8]
	fsub	d3, d3, d1
	.loc 1 30 28 discriminator 3 view .LVU86
	fmul	d3, d3, d2
	.loc 1 30 13 discriminator 3 view .LVU87
	fadd	d5, d5, d3
.LVL28:
	.loc 1 31 9 is_stmt 1 discriminator 3 view .LVU88
	.loc 1 31 28 is_stmt 0 discriminator 3 view .LVU89
	fmul	d2, d2, d2
	.loc 1 31 13 discriminator 3 view .LVU90
	fadd	d4, d4, d2
.LVL29:
	.loc 1 29 30 is_stmt 1 discriminator 3 view .LVU91
	.loc 1 29 23 discriminator 3 view .LVU92
	add	x1, x1, 1
.LVL30:
	.loc 1 29 23 is_stmt 0 discriminator 3 view .LVU93
	cmp	x1, 13
	bne	.L14
.LBE9:
	.loc 1 33 5 is_stmt 1 view .LVU94
	.loc 1 33 12 is_stmt 0 view .LVU95
	fdiv	d9, d5, d4
.LVL31:
	.loc 1 33 54 view .LVU96
	fmul	d10, d8, d9
	.loc 1 33 31 view .LVU97
	fsub	d10, d1, d10
.LVL32:
	.loc 1 34 5 is_stmt 1 view .LVU98
	fmov	d0, d8
.LVL33:
	.loc 1 34 5 is_stmt 0 view .LVU99
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL34:
	.loc 1 35 5 is_stmt 1 view .LVU100
	mov	w1, 12
	add	x0, sp, 144
	bl	variance
.LVL35:
	fmov	d8, d0
.LVL36:
	.loc 1 35 5 is_stmt 0 view .LVU101
	mov	w1, 12
	add	x0, sp, 48
	bl	variance
.LVL37:
	fmov	d1, d0
	fmov	d0, d8
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL38:
	.loc 1 36 5 is_stmt 1 view .LVU102
	fmov	d1, d10
	fmov	d0, d9
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL39:
	.loc 1 37 5 view .LVU103
	.loc 1 37 31 is_stmt 0 view .LVU104
	mov	x0, 4636737291354636288
	fmov	d0, x0
	fmul	d5, d9, d0
	.loc 1 37 37 view .LVU105
	fmov	d0, 5.0e-1
	fadd	d5, d5, d0
	.loc 1 37 9 view .LVU106
	fcvtzs	w19, d5
.LVL40:
	.loc 1 38 5 is_stmt 1 view .LVU107
	mov	w1, w19
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL41:
	.loc 1 39 5 view .LVU108
	.loc 1 39 20 is_stmt 0 view .LVU109
	negs	w0, w19
	and	w19, w19, 127
.LVL42:
	.loc 1 39 20 view .LVU110
	and	w0, w0, 127
.LVL43:
	.loc 1 40 1 view .LVU111
	csneg	w0, w19, w0, mi
	ldp	d8, d9, [sp, 32]
.LVL44:
	.loc 1 40 1 view .LVU112
	ldr	d10, [sp, 24]
.LVL45:
	.loc 1 40 1 view .LVU113
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 240
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 74
	.cfi_restore 72
	.cfi_restore 73
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3b7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xc
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x3
	.byte	0x8
	.byte	0x4
	.4byte	.LASF2
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF3
	.uleb128 0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF4
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF6
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF7
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF9
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF10
	.uleb128 0x8
	.4byte	0x6d
	.uleb128 0xe
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x3c
	.4byte	0x91
	.uleb128 0xf
	.4byte	0x91
	.uleb128 0x10
	.byte	0
	.uleb128 0x9
	.4byte	0x74
	.uleb128 0x11
	.4byte	.LASF16
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x3c
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a0
	.uleb128 0xa
	.string	"x"
	.byte	0xc
	.4byte	0x2a0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0xa
	.string	"y"
	.byte	0x13
	.4byte	0x2a0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.uleb128 0x2
	.string	"mx"
	.byte	0x1b
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x2
	.string	"my"
	.byte	0x1b
	.byte	0x1e
	.4byte	0x2e
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x2
	.string	"sxy"
	.byte	0x1c
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x2
	.string	"sxx"
	.byte	0x1c
	.byte	0x15
	.4byte	0x2e
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x5
	.4byte	.LASF11
	.byte	0x21
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x5
	.4byte	.LASF12
	.byte	0x21
	.byte	0x1f
	.4byte	0x2e
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x5
	.4byte	.LASF13
	.byte	0x25
	.byte	0x9
	.4byte	0x3c
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x6
	.4byte	.LLRL17
	.4byte	0x16e
	.uleb128 0x2
	.string	"i"
	.byte	0x17
	.byte	0xe
	.4byte	0x3c
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.uleb128 0x6
	.4byte	.LLRL19
	.4byte	0x189
	.uleb128 0x2
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x3c
	.4byte	.LLST20
	.4byte	.LVUS20
	.byte	0
	.uleb128 0x4
	.8byte	.LVL23
	.4byte	0x356
	.4byte	0x1a7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3c
	.byte	0
	.uleb128 0x4
	.8byte	.LVL25
	.4byte	0x356
	.4byte	0x1c5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3c
	.byte	0
	.uleb128 0x4
	.8byte	.LVL34
	.4byte	0x79
	.4byte	0x1ec
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x48
	.uleb128 0x2e
	.byte	0
	.uleb128 0x4
	.8byte	.LVL35
	.4byte	0x2b5
	.4byte	0x20a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3c
	.byte	0
	.uleb128 0x4
	.8byte	.LVL37
	.4byte	0x2b5
	.4byte	0x228
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3c
	.byte	0
	.uleb128 0x4
	.8byte	.LVL38
	.4byte	0x79
	.4byte	0x24f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x48
	.uleb128 0x2e
	.byte	0
	.uleb128 0x4
	.8byte	.LVL39
	.4byte	0x79
	.4byte	0x27e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x49
	.uleb128 0x2e
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x4a
	.uleb128 0x2e
	.byte	0
	.uleb128 0xb
	.8byte	.LVL41
	.4byte	0x79
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
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x12
	.4byte	0x2e
	.4byte	0x2b0
	.uleb128 0x13
	.4byte	0x35
	.byte	0xb
	.byte	0
	.uleb128 0x8
	.4byte	0x2e
	.uleb128 0x14
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xf
	.4byte	0x2e
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x351
	.uleb128 0x7
	.string	"v"
	.byte	0xc
	.byte	0x26
	.4byte	0x351
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x7
	.string	"n"
	.byte	0xc
	.byte	0x2d
	.4byte	0x3c
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x2
	.string	"m"
	.byte	0xe
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x2
	.string	"s"
	.byte	0xe
	.byte	0x1c
	.4byte	0x2e
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x6
	.4byte	.LLRL8
	.4byte	0x336
	.uleb128 0x2
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x3c
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.uleb128 0xb
	.8byte	.LVL8
	.4byte	0x356
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
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x2b0
	.uleb128 0x15
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x2e
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x7
	.string	"v"
	.byte	0x4
	.byte	0x22
	.4byte	0x351
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x16
	.string	"n"
	.byte	0x1
	.byte	0x4
	.byte	0x29
	.4byte	0x3c
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.string	"s"
	.byte	0x6
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x17
	.4byte	.LLRL2
	.uleb128 0x2
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x3c
	.4byte	.LLST3
	.4byte	.LVUS3
	.byte	0
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
	.uleb128 0x3
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
	.uleb128 0x6
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0xb
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x7a
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
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0xb
	.byte	0x1
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
.LVUS10:
	.uleb128 .LVU70
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU101
.LLST10:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-1-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0x4
	.uleb128 .LVL25-1-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x48
	.byte	0
.LVUS11:
	.uleb128 .LVU72
	.uleb128 .LVU99
	.uleb128 .LVU99
	.uleb128 .LVU100
.LLST11:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS12:
	.uleb128 .LVU73
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU100
.LLST12:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x45
	.byte	0
.LVUS13:
	.uleb128 .LVU73
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU100
.LLST13:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x44
	.byte	0
.LVUS14:
	.uleb128 .LVU96
	.uleb128 .LVU112
.LLST14:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x49
	.byte	0
.LVUS15:
	.uleb128 .LVU98
	.uleb128 .LVU113
.LLST15:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4a
	.byte	0
.LVUS16:
	.uleb128 .LVU107
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 .LVU111
.LLST16:
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 .LVU43
	.uleb128 .LVU52
	.uleb128 .LVU53
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
.LLST18:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS20:
	.uleb128 .LVU75
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU92
	.uleb128 .LVU92
	.uleb128 .LVU93
.LLST20:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x3
	.byte	0x84
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS6:
	.uleb128 .LVU21
	.uleb128 .LVU36
	.uleb128 .LVU38
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0
.LVUS7:
	.uleb128 .LVU21
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU32
	.uleb128 .LVU38
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x42
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0
.LVUS9:
	.uleb128 .LVU23
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU32
	.uleb128 .LVU38
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x8
	.byte	0x72
	.sleb128 0
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0xa
	.byte	0x72
	.sleb128 0
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0xc
	.byte	0x72
	.sleb128 0
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU16
	.uleb128 .LVU16
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
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 .LVU2
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU12
	.uleb128 .LVU16
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU12
	.uleb128 .LVU16
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x9
	.byte	0x72
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0xb
	.byte	0x72
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0xd
	.byte	0x72
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE11-.Ltext0
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
.LLRL2:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0x4
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"unsigned int"
.LASF18:
	.string	"mean"
.LASF4:
	.string	"unsigned char"
.LASF11:
	.string	"slope"
.LASF3:
	.string	"long unsigned int"
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF10:
	.string	"char"
.LASF12:
	.string	"intercept"
.LASF16:
	.string	"main"
.LASF13:
	.string	"rounded"
.LASF17:
	.string	"variance"
.LASF9:
	.string	"long int"
.LASF2:
	.string	"double"
.LASF5:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
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
