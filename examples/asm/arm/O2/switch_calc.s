	.arch armv8-a
	.file	"switch_calc.c"
	.text
.Ltext0:
	.file 0 "." "programs/switch_calc.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%ld %c %ld = %ld\n"
	.align	3
.LC1:
	.string	"error: %c %ld %ld\n"
	.align	3
.LC2:
	.string	" %c %ld %ld"
	.align	3
.LC3:
	.string	"%d lines, %d errors, sum %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB12:
	.file 1 "programs/switch_calc.c"
	.loc 1 31 1 view -0
	.cfi_startproc
	.loc 1 32 5 view .LVU1
	.loc 1 33 5 view .LVU2
	.loc 1 34 5 view .LVU3
.LVL0:
	.loc 1 35 5 view .LVU4
	.loc 1 36 5 view .LVU5
	.loc 1 31 1 is_stmt 0 view .LVU6
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -112
	.cfi_offset 20, -104
	adrp	x20, .LC2
	.loc 1 36 12 view .LVU7
	add	x20, x20, :lo12:.LC2
	.loc 1 31 1 view .LVU8
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -80
	.cfi_offset 24, -72
	add	x24, sp, 112
	add	x23, sp, 111
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -64
	.cfi_offset 26, -56
.LBB5:
.LBB6:
.LBB7:
	.loc 1 7 5 view .LVU9
	adrp	x26, .L5
	add	x25, sp, 120
	add	x26, x26, :lo12:.L5
.LBE7:
.LBE6:
.LBE5:
	.loc 1 31 1 view .LVU10
	str	x27, [sp, 80]
	.cfi_offset 27, -48
.LBB34:
	.loc 1 44 13 view .LVU11
	adrp	x27, .LC1
	add	x27, x27, :lo12:.LC1
.LBE34:
	.loc 1 34 21 view .LVU12
	mov	w19, 0
	.loc 1 31 1 view .LVU13
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -96
	.cfi_offset 22, -88
	.loc 1 35 10 view .LVU14
	mov	x22, 0
	.loc 1 34 9 view .LVU15
	mov	w21, 0
.LVL1:
	.p2align 3,,7
.L2:
	.loc 1 36 46 is_stmt 1 view .LVU16
	.loc 1 36 12 is_stmt 0 view .LVU17
	mov	x3, x25
	mov	x2, x24
	mov	x1, x23
	mov	x0, x20
	bl	__isoc99_scanf
.LVL2:
	.loc 1 36 46 view .LVU18
	cmp	w0, 3
	bne	.L29
.L19:
.LBB35:
	.loc 1 37 9 is_stmt 1 view .LVU19
	.loc 1 38 9 view .LVU20
	.loc 1 38 18 is_stmt 0 view .LVU21
	ldrb	w1, [sp, 111]
	.loc 1 39 14 view .LVU22
	add	w19, w19, 1
.LVL3:
	.loc 1 38 18 view .LVU23
	ldp	x0, x3, [sp, 112]
.LVL4:
.LBB21:
.LBI6:
	.loc 1 4 13 is_stmt 1 view .LVU24
.LBB8:
	.loc 1 6 5 view .LVU25
	.loc 1 7 5 view .LVU26
	sub	w2, w1, #37
	cmp	w2, 87
	bhi	.L3
	ldrb	w2, [x26,w2,uxtw]
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
	.section	.text.startup
.L16:
	.loc 1 15 9 view .LVU27
	.loc 1 15 12 is_stmt 0 view .LVU28
	cbnz	x3, .L30
	.p2align 3,,7
.L3:
.LVL5:
	.loc 1 15 12 view .LVU29
.LBE8:
.LBE21:
	.loc 1 44 13 is_stmt 1 view .LVU30
	mov	x2, x0
	mov	x0, x27
	bl	printf
.LVL6:
	.loc 1 45 13 view .LVU31
	.loc 1 45 19 is_stmt 0 view .LVU32
	add	w21, w21, 1
.LVL7:
	.loc 1 45 19 view .LVU33
.LBE35:
	.loc 1 36 46 is_stmt 1 view .LVU34
	.loc 1 36 12 is_stmt 0 view .LVU35
	mov	x3, x25
	mov	x2, x24
	mov	x1, x23
	mov	x0, x20
	bl	__isoc99_scanf
.LVL8:
	.loc 1 36 46 view .LVU36
	cmp	w0, 3
	beq	.L19
.L29:
	.loc 1 48 5 is_stmt 1 view .LVU37
	mov	x3, x22
	mov	w1, w19
	mov	w2, w21
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL9:
	.loc 1 49 5 view .LVU38
	.loc 1 50 1 is_stmt 0 view .LVU39
	ldp	x19, x20, [sp, 16]
.LVL10:
	.loc 1 50 1 view .LVU40
	mov	w0, w21
	ldp	x21, x22, [sp, 32]
.LVL11:
	.loc 1 50 1 view .LVU41
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldr	x27, [sp, 80]
	ldp	x29, x30, [sp], 128
	.cfi_remember_state
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
.LVL12:
.L4:
	.cfi_restore_state
.LBB36:
.LBB22:
.LBB9:
	.loc 1 18 15 is_stmt 1 view .LVU42
	.loc 1 18 24 is_stmt 0 view .LVU43
	orr	x4, x0, x3
.LVL13:
	.loc 1 18 24 view .LVU44
.LBE9:
.LBE22:
	.loc 1 39 9 is_stmt 1 view .LVU45
	.loc 1 40 9 view .LVU46
	.p2align 3,,7
.L17:
	.loc 1 41 13 view .LVU47
	mov	w2, w1
	.loc 1 42 17 is_stmt 0 view .LVU48
	add	x22, x22, x4
.LVL14:
	.loc 1 41 13 view .LVU49
	mov	x1, x0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL15:
	.loc 1 42 13 is_stmt 1 view .LVU50
	.loc 1 42 13 is_stmt 0 view .LVU51
	b	.L2
.LVL16:
.L6:
.LBB23:
.LBB10:
	.loc 1 22 15 is_stmt 1 view .LVU52
	.loc 1 22 32 is_stmt 0 view .LVU53
	cmp	x0, x3
	csel	x4, x0, x3, le
.LVL17:
	.loc 1 22 32 view .LVU54
.LBE10:
.LBE23:
	.loc 1 39 9 is_stmt 1 view .LVU55
	.loc 1 40 9 view .LVU56
	b	.L17
.LVL18:
.L7:
.LBB24:
.LBB11:
	.loc 1 19 15 view .LVU57
	.loc 1 19 24 is_stmt 0 view .LVU58
	eor	x4, x0, x3
.LVL19:
	.loc 1 19 24 view .LVU59
.LBE11:
.LBE24:
	.loc 1 39 9 is_stmt 1 view .LVU60
	.loc 1 40 9 view .LVU61
	b	.L17
.LVL20:
.L8:
.LBB25:
.LBB12:
	.loc 1 23 15 view .LVU62
	.loc 1 23 32 is_stmt 0 view .LVU63
	cmp	x0, x3
	csel	x4, x0, x3, ge
.LVL21:
	.loc 1 23 32 view .LVU64
.LBE12:
.LBE25:
	.loc 1 39 9 is_stmt 1 view .LVU65
	.loc 1 40 9 view .LVU66
	b	.L17
.LVL22:
.L9:
.LBB26:
.LBB13:
	.loc 1 21 15 view .LVU67
	.loc 1 21 24 is_stmt 0 view .LVU68
	asr	x4, x0, x3
.LVL23:
	.loc 1 21 24 view .LVU69
.LBE13:
.LBE26:
	.loc 1 39 9 is_stmt 1 view .LVU70
	.loc 1 40 9 view .LVU71
	b	.L17
.LVL24:
.L10:
.LBB27:
.LBB14:
	.loc 1 20 15 view .LVU72
	.loc 1 20 24 is_stmt 0 view .LVU73
	lsl	x4, x0, x3
.LVL25:
	.loc 1 20 24 view .LVU74
.LBE14:
.LBE27:
	.loc 1 39 9 is_stmt 1 view .LVU75
	.loc 1 40 9 view .LVU76
	b	.L17
.LVL26:
.L11:
.LBB28:
.LBB15:
	.loc 1 12 9 view .LVU77
	.loc 1 12 12 is_stmt 0 view .LVU78
	cbz	x3, .L3
	.loc 1 13 9 is_stmt 1 view .LVU79
	.loc 1 13 18 is_stmt 0 view .LVU80
	sdiv	x4, x0, x3
.LVL27:
	.loc 1 13 18 view .LVU81
.LBE15:
.LBE28:
	.loc 1 39 9 is_stmt 1 view .LVU82
	.loc 1 40 9 view .LVU83
	b	.L17
.LVL28:
.L12:
.LBB29:
.LBB16:
	.loc 1 9 15 view .LVU84
	.loc 1 9 24 is_stmt 0 view .LVU85
	sub	x4, x0, x3
.LVL29:
	.loc 1 9 24 view .LVU86
.LBE16:
.LBE29:
	.loc 1 39 9 is_stmt 1 view .LVU87
	.loc 1 40 9 view .LVU88
	b	.L17
.LVL30:
.L13:
.LBB30:
.LBB17:
	.loc 1 8 15 view .LVU89
	.loc 1 8 24 is_stmt 0 view .LVU90
	add	x4, x0, x3
.LVL31:
	.loc 1 8 24 view .LVU91
.LBE17:
.LBE30:
	.loc 1 39 9 is_stmt 1 view .LVU92
	.loc 1 40 9 view .LVU93
	b	.L17
.LVL32:
.L14:
.LBB31:
.LBB18:
	.loc 1 10 15 view .LVU94
	.loc 1 10 24 is_stmt 0 view .LVU95
	mul	x4, x0, x3
.LVL33:
	.loc 1 10 24 view .LVU96
.LBE18:
.LBE31:
	.loc 1 39 9 is_stmt 1 view .LVU97
	.loc 1 40 9 view .LVU98
	b	.L17
.LVL34:
.L15:
.LBB32:
.LBB19:
	.loc 1 17 15 view .LVU99
	.loc 1 17 24 is_stmt 0 view .LVU100
	and	x4, x0, x3
.LVL35:
	.loc 1 17 24 view .LVU101
.LBE19:
.LBE32:
	.loc 1 39 9 is_stmt 1 view .LVU102
	.loc 1 40 9 view .LVU103
	b	.L17
.LVL36:
.L30:
.LBB33:
.LBB20:
	.loc 1 16 9 view .LVU104
	.loc 1 16 18 is_stmt 0 view .LVU105
	sdiv	x4, x0, x3
	msub	x4, x4, x3, x0
.LVL37:
	.loc 1 16 18 view .LVU106
.LBE20:
.LBE33:
	.loc 1 39 9 is_stmt 1 view .LVU107
	.loc 1 40 9 view .LVU108
	b	.L17
.LBE36:
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x28b
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF12
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL11
	.8byte	0
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
	.4byte	0x62
	.uleb128 0x10
	.4byte	.LASF13
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF14
	.4byte	0x31
	.4byte	0x8a
	.uleb128 0x8
	.4byte	0x8a
	.uleb128 0x9
	.byte	0
	.uleb128 0xa
	.4byte	0x69
	.uleb128 0x11
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xa7
	.uleb128 0x8
	.4byte	0x8a
	.uleb128 0x9
	.byte	0
	.uleb128 0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x255
	.uleb128 0x5
	.string	"op"
	.byte	0x20
	.byte	0xa
	.4byte	0x62
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.uleb128 0x5
	.string	"a"
	.byte	0x21
	.byte	0xa
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x5
	.string	"b"
	.byte	0x21
	.byte	0xd
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0xb
	.4byte	.LASF10
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xb
	.4byte	.LASF11
	.byte	0x15
	.4byte	0x31
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x6
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x13
	.4byte	.LLRL3
	.4byte	0x1d3
	.uleb128 0x6
	.string	"ok"
	.byte	0x25
	.byte	0xd
	.4byte	0x31
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.string	"r"
	.byte	0x26
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x14
	.4byte	0x255
	.8byte	.LBI6
	.byte	.LVU24
	.4byte	.LLRL6
	.byte	0x1
	.byte	0x26
	.byte	0x12
	.4byte	0x19f
	.uleb128 0x3
	.4byte	0x27f
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x3
	.4byte	0x277
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x3
	.4byte	0x26f
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x3
	.4byte	0x266
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.uleb128 0x7
	.8byte	.LVL6
	.4byte	0x8f
	.4byte	0x1b7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x8b
	.sleb128 0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL15
	.4byte	0x8f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL2
	.4byte	0x6e
	.4byte	0x1fd
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
	.byte	0
	.uleb128 0x7
	.8byte	.LVL8
	.4byte	0x6e
	.4byte	0x227
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
	.byte	0
	.uleb128 0xc
	.8byte	.LVL9
	.4byte	0x8f
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
	.4byte	0x5b
	.byte	0x1
	.4byte	0x289
	.uleb128 0x4
	.string	"op"
	.byte	0x18
	.4byte	0x62
	.uleb128 0x4
	.string	"a"
	.byte	0x21
	.4byte	0x5b
	.uleb128 0x4
	.string	"b"
	.byte	0x29
	.4byte	0x5b
	.uleb128 0x4
	.string	"ok"
	.byte	0x31
	.4byte	0x289
	.byte	0
	.uleb128 0xa
	.4byte	0x31
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
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 0
.LLST0:
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
	.uleb128 .LVL11-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL11-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS1:
	.uleb128 .LVU4
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU29
	.uleb128 .LVU33
	.uleb128 .LVU40
	.uleb128 .LVU42
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU52
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU89
	.uleb128 .LVU89
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 .LVU94
	.uleb128 .LVU94
	.uleb128 .LVU98
	.uleb128 .LVU98
	.uleb128 .LVU99
	.uleb128 .LVU99
	.uleb128 .LVU103
	.uleb128 .LVU103
	.uleb128 .LVU104
	.uleb128 .LVU104
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 0
.LLST1:
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
	.uleb128 .LVL3-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL5-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL0
	.uleb128 .LVL10-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LVL13-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.LVL0
	.uleb128 .LVL13-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL0
	.uleb128 .LVL18-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL0
	.uleb128 .LVL19-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL0
	.uleb128 .LVL20-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.LVL0
	.uleb128 .LVL21-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL0
	.uleb128 .LVL22-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL0
	.uleb128 .LVL23-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL0
	.uleb128 .LVL24-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL0
	.uleb128 .LVL25-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL0
	.uleb128 .LVL26-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL0
	.uleb128 .LVL27-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL0
	.uleb128 .LVL28-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL0
	.uleb128 .LVL29-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL0
	.uleb128 .LVL30-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.LVL0
	.uleb128 .LVL31-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.LVL0
	.uleb128 .LVL33-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL0
	.uleb128 .LVL34-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.LVL0
	.uleb128 .LVL35-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL0
	.uleb128 .LVL36-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL0
	.uleb128 .LVL37-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU41
	.uleb128 .LVU42
	.uleb128 .LVU49
	.uleb128 .LVU51
	.uleb128 0
.LLST2:
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
	.uleb128 .LVL11-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LVL14-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL15-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS4:
	.uleb128 .LVU26
	.uleb128 .LVU29
	.uleb128 .LVU42
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL4
	.uleb128 .LFE12-.LVL4
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU44
	.uleb128 .LVU50
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU81
	.uleb128 .LVU84
	.uleb128 .LVU86
	.uleb128 .LVU89
	.uleb128 .LVU91
	.uleb128 .LVU94
	.uleb128 .LVU96
	.uleb128 .LVU99
	.uleb128 .LVU101
	.uleb128 .LVU104
	.uleb128 .LVU106
	.uleb128 0
.LLST5:
	.byte	0x6
	.8byte	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL15-1-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL17-.LVL13
	.uleb128 .LVL18-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL19-.LVL13
	.uleb128 .LVL20-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL21-.LVL13
	.uleb128 .LVL22-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL23-.LVL13
	.uleb128 .LVL24-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL25-.LVL13
	.uleb128 .LVL26-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL27-.LVL13
	.uleb128 .LVL28-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL29-.LVL13
	.uleb128 .LVL30-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL31-.LVL13
	.uleb128 .LVL32-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL33-.LVL13
	.uleb128 .LVL34-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL35-.LVL13
	.uleb128 .LVL36-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL37-.LVL13
	.uleb128 .LFE12-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS7:
	.uleb128 .LVU24
	.uleb128 .LVU29
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU52
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU81
	.uleb128 .LVU84
	.uleb128 .LVU86
	.uleb128 .LVU89
	.uleb128 .LVU91
	.uleb128 .LVU94
	.uleb128 .LVU96
	.uleb128 .LVU99
	.uleb128 .LVU101
	.uleb128 .LVU104
	.uleb128 .LVU106
.LLST7:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL12-.LVL4
	.uleb128 .LVL13-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL16-.LVL4
	.uleb128 .LVL17-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL18-.LVL4
	.uleb128 .LVL19-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL20-.LVL4
	.uleb128 .LVL21-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL22-.LVL4
	.uleb128 .LVL23-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL24-.LVL4
	.uleb128 .LVL25-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL26-.LVL4
	.uleb128 .LVL27-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL28-.LVL4
	.uleb128 .LVL29-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL30-.LVL4
	.uleb128 .LVL31-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL32-.LVL4
	.uleb128 .LVL33-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL34-.LVL4
	.uleb128 .LVL35-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL36-.LVL4
	.uleb128 .LVL37-.LVL4
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+302
	.sleb128 0
	.byte	0
.LVUS8:
	.uleb128 .LVU24
	.uleb128 .LVU29
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU52
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU81
	.uleb128 .LVU84
	.uleb128 .LVU86
	.uleb128 .LVU89
	.uleb128 .LVU91
	.uleb128 .LVU94
	.uleb128 .LVU96
	.uleb128 .LVU99
	.uleb128 .LVU101
	.uleb128 .LVU104
	.uleb128 .LVU106
.LLST8:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL12-.LVL4
	.uleb128 .LVL13-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL16-.LVL4
	.uleb128 .LVL17-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL18-.LVL4
	.uleb128 .LVL19-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL20-.LVL4
	.uleb128 .LVL21-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL22-.LVL4
	.uleb128 .LVL23-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL24-.LVL4
	.uleb128 .LVL25-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL26-.LVL4
	.uleb128 .LVL27-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL28-.LVL4
	.uleb128 .LVL29-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL30-.LVL4
	.uleb128 .LVL31-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL32-.LVL4
	.uleb128 .LVL33-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL34-.LVL4
	.uleb128 .LVL35-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL36-.LVL4
	.uleb128 .LVL37-.LVL4
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS9:
	.uleb128 .LVU24
	.uleb128 .LVU29
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU52
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU81
	.uleb128 .LVU84
	.uleb128 .LVU86
	.uleb128 .LVU89
	.uleb128 .LVU91
	.uleb128 .LVU94
	.uleb128 .LVU96
	.uleb128 .LVU99
	.uleb128 .LVU101
	.uleb128 .LVU104
	.uleb128 .LVU106
.LLST9:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL12-.LVL4
	.uleb128 .LVL13-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.LVL4
	.uleb128 .LVL17-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.LVL4
	.uleb128 .LVL19-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL20-.LVL4
	.uleb128 .LVL21-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL22-.LVL4
	.uleb128 .LVL23-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.LVL4
	.uleb128 .LVL25-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL26-.LVL4
	.uleb128 .LVL27-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL28-.LVL4
	.uleb128 .LVL29-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL30-.LVL4
	.uleb128 .LVL31-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL32-.LVL4
	.uleb128 .LVL33-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL34-.LVL4
	.uleb128 .LVL35-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL36-.LVL4
	.uleb128 .LVL37-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS10:
	.uleb128 .LVU24
	.uleb128 .LVU29
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU52
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU81
	.uleb128 .LVU84
	.uleb128 .LVU86
	.uleb128 .LVU89
	.uleb128 .LVU91
	.uleb128 .LVU94
	.uleb128 .LVU96
	.uleb128 .LVU99
	.uleb128 .LVU101
	.uleb128 .LVU104
	.uleb128 .LVU106
.LLST10:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL12-.LVL4
	.uleb128 .LVL13-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-.LVL4
	.uleb128 .LVL17-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL18-.LVL4
	.uleb128 .LVL19-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL20-.LVL4
	.uleb128 .LVL21-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL22-.LVL4
	.uleb128 .LVL23-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.LVL4
	.uleb128 .LVL25-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL26-.LVL4
	.uleb128 .LVL27-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL28-.LVL4
	.uleb128 .LVL29-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL30-.LVL4
	.uleb128 .LVL31-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL32-.LVL4
	.uleb128 .LVL33-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL34-.LVL4
	.uleb128 .LVL35-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL36-.LVL4
	.uleb128 .LVL37-.LVL4
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
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
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
	.8byte	.LBB5
	.byte	0x4
	.uleb128 .LBB5-.LBB5
	.uleb128 .LBE5-.LBB5
	.byte	0x4
	.uleb128 .LBB34-.LBB5
	.uleb128 .LBE34-.LBB5
	.byte	0x4
	.uleb128 .LBB35-.LBB5
	.uleb128 .LBE35-.LBB5
	.byte	0x4
	.uleb128 .LBB36-.LBB5
	.uleb128 .LBE36-.LBB5
	.byte	0
.LLRL6:
	.byte	0x5
	.8byte	.LBB6
	.byte	0x4
	.uleb128 .LBB6-.LBB6
	.uleb128 .LBE6-.LBB6
	.byte	0x4
	.uleb128 .LBB21-.LBB6
	.uleb128 .LBE21-.LBB6
	.byte	0x4
	.uleb128 .LBB22-.LBB6
	.uleb128 .LBE22-.LBB6
	.byte	0x4
	.uleb128 .LBB23-.LBB6
	.uleb128 .LBE23-.LBB6
	.byte	0x4
	.uleb128 .LBB24-.LBB6
	.uleb128 .LBE24-.LBB6
	.byte	0x4
	.uleb128 .LBB25-.LBB6
	.uleb128 .LBE25-.LBB6
	.byte	0x4
	.uleb128 .LBB26-.LBB6
	.uleb128 .LBE26-.LBB6
	.byte	0x4
	.uleb128 .LBB27-.LBB6
	.uleb128 .LBE27-.LBB6
	.byte	0x4
	.uleb128 .LBB28-.LBB6
	.uleb128 .LBE28-.LBB6
	.byte	0x4
	.uleb128 .LBB29-.LBB6
	.uleb128 .LBE29-.LBB6
	.byte	0x4
	.uleb128 .LBB30-.LBB6
	.uleb128 .LBE30-.LBB6
	.byte	0x4
	.uleb128 .LBB31-.LBB6
	.uleb128 .LBE31-.LBB6
	.byte	0x4
	.uleb128 .LBB32-.LBB6
	.uleb128 .LBE32-.LBB6
	.byte	0x4
	.uleb128 .LBB33-.LBB6
	.uleb128 .LBE33-.LBB6
	.byte	0
.LLRL11:
	.byte	0x7
	.8byte	.LFB12
	.uleb128 .LFE12-.LFB12
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
.LASF12:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
