	.arch armv8-a
	.file	"knapsack_dp.c"
	.text
.Ltext0:
	.file 0 "." "programs/knapsack_dp.c"
	.align	2
	.p2align 4,,11
	.type	lcs, %function
lcs:
.LVL0:
.LFB12:
	.file 1 "programs/knapsack_dp.c"
	.loc 1 16 1 view -0
	.cfi_startproc
	.loc 1 17 5 view .LVU1
	.loc 1 18 5 view .LVU2
	.loc 1 16 1 is_stmt 0 view .LVU3
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	mov	x20, x1
	str	x21, [sp, 32]
	.cfi_offset 21, -16
	.loc 1 16 1 view .LVU4
	mov	x21, x0
	.loc 1 18 18 view .LVU5
	bl	strlen
.LVL1:
	.loc 1 18 18 view .LVU6
	mov	x19, x0
.LVL2:
	.loc 1 18 38 view .LVU7
	mov	x0, x20
	bl	strlen
.LVL3:
	.loc 1 19 5 is_stmt 1 view .LVU8
.LBB2:
	.loc 1 19 10 view .LVU9
	.loc 1 19 23 view .LVU10
	adrp	x17, .LANCHOR0
	tbnz	w19, #31, .L2
	adrp	x17, .LANCHOR0
	add	x14, x17, :lo12:.LANCHOR0
	mov	w15, w0
.LBB3:
	.loc 1 22 26 is_stmt 0 view .LVU11
	sub	x12, x21, #1
	.loc 1 22 38 view .LVU12
	sub	x11, x20, #1
	add	x14, x14, 66
	and	x16, x19, 4294967295
	and	x7, x0, 4294967295
.LBE3:
	.loc 1 19 23 view .LVU13
	mov	x6, -66
	mov	x5, 0
	mov	x10, 0
.LBB4:
	.loc 1 22 56 view .LVU14
	mov	x18, -68
.LVL4:
	.p2align 3,,7
.L3:
	.loc 1 20 27 is_stmt 1 view .LVU15
	tbnz	w15, #31, .L8
	.loc 1 21 33 is_stmt 0 view .LVU16
	cmp	w10, 0
	add	x3, x14, x6
	cset	w4, ne
	.loc 1 22 56 view .LVU17
	sub	x13, x18, x5
	.loc 1 21 33 view .LVU18
	mov	x1, 0
	b	.L6
.LVL5:
	.p2align 2,,3
.L5:
	.loc 1 21 23 discriminator 4 view .LVU19
	ldrh	w8, [x3, -2]
	ldrsh	w9, [x2, x6]
	ldrh	w2, [x2, x6]
	cmp	w9, w8, sxth
	csel	w2, w2, w8, ge
	sxth	w2, w2
.L4:
	.loc 1 21 21 discriminator 8 view .LVU20
	strh	w2, [x3], 2
	.loc 1 20 34 is_stmt 1 discriminator 8 view .LVU21
.LVL6:
	.loc 1 20 27 discriminator 8 view .LVU22
	add	x2, x1, 1
	cmp	x1, x7
	beq	.L8
.LVL7:
.L10:
	.loc 1 20 27 is_stmt 0 discriminator 8 view .LVU23
	mov	x1, x2
.L6:
.LVL8:
	.loc 1 21 13 is_stmt 1 view .LVU24
	.loc 1 21 38 is_stmt 0 view .LVU25
	cmp	w1, 0
	.loc 1 21 23 view .LVU26
	mov	w2, 0
	ccmp	w4, 0, 4, ne
	beq	.L4
	.loc 1 21 23 discriminator 1 view .LVU27
	ldrb	w9, [x12, x10]
	.loc 1 23 33 discriminator 1 view .LVU28
	add	x2, x3, x5
	.loc 1 21 23 discriminator 1 view .LVU29
	ldrb	w8, [x11, x1]
	cmp	w9, w8
	bne	.L5
	.loc 1 22 64 discriminator 3 view .LVU30
	ldrh	w2, [x2, x13]
	add	w2, w2, 1
	.loc 1 21 23 discriminator 3 view .LVU31
	sxth	w2, w2
	.loc 1 21 21 discriminator 3 view .LVU32
	strh	w2, [x3], 2
	.loc 1 20 34 is_stmt 1 discriminator 3 view .LVU33
.LVL9:
	.loc 1 20 27 discriminator 3 view .LVU34
	add	x2, x1, 1
	cmp	x1, x7
	bne	.L10
.LVL10:
	.p2align 3,,7
.L8:
	.loc 1 20 27 is_stmt 0 discriminator 3 view .LVU35
.LBE4:
	.loc 1 19 30 is_stmt 1 view .LVU36
	.loc 1 19 23 view .LVU37
	sub	x5, x5, #66
	add	x6, x6, 66
	add	x1, x10, 1
	cmp	x16, x10
	beq	.L2
	mov	x10, x1
.LVL11:
	.loc 1 19 23 is_stmt 0 view .LVU38
	b	.L3
.LVL12:
	.p2align 2,,3
.L2:
	.loc 1 19 23 view .LVU39
.LBE2:
	.loc 1 24 5 is_stmt 1 view .LVU40
	.loc 1 24 16 is_stmt 0 view .LVU41
	sbfiz	x1, x19, 5, 32
	add	x17, x17, :lo12:.LANCHOR0
	add	x19, x1, w19, sxtw
.LVL13:
	.loc 1 24 16 view .LVU42
	add	x0, x19, w0, sxtw
.LVL14:
	.loc 1 25 1 view .LVU43
	ldp	x19, x20, [sp, 16]
.LVL15:
	.loc 1 25 1 view .LVU44
	ldr	x21, [sp, 32]
.LVL16:
	.loc 1 25 1 view .LVU45
	ldrsh	w0, [x17, x0, lsl 1]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE12:
	.size	lcs, .-lcs
	.align	2
	.p2align 4,,11
	.type	coin_ways.constprop.0, %function
coin_ways.constprop.0:
.LVL17:
.LFB15:
	.loc 1 27 13 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 29 5 view .LVU47
	.loc 1 27 13 is_stmt 0 view .LVU48
	sub	sp, sp, #1648
	.cfi_def_cfa_offset 1648
	.loc 1 29 10 view .LVU49
	mov	x2, 1608
	add	x7, sp, 40
	.loc 1 27 13 view .LVU50
	stp	x29, x30, [sp]
	.cfi_offset 29, -1648
	.cfi_offset 30, -1640
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -1632
	.cfi_offset 20, -1624
	.loc 1 27 13 view .LVU51
	mov	x19, x0
	mov	w20, w1
	.loc 1 29 10 view .LVU52
	mov	x0, x7
.LVL18:
	.loc 1 29 10 view .LVU53
	mov	w1, 0
.LVL19:
	.loc 1 29 10 view .LVU54
	bl	memset
.LVL20:
	mov	x7, x0
	mov	x6, x19
	add	x1, x19, 24
	add	x8, sp, 48
	mov	x0, 1
	str	x0, [sp, 40]
	.loc 1 30 5 is_stmt 1 view .LVU55
.LBB7:
	.loc 1 30 10 view .LVU56
.LVL21:
	.loc 1 30 23 view .LVU57
	.p2align 3,,7
.L19:
	.loc 1 31 9 view .LVU58
.LBB8:
	.loc 1 31 14 view .LVU59
	.loc 1 31 18 is_stmt 0 view .LVU60
	ldr	w3, [x6]
.LVL22:
	.loc 1 31 34 is_stmt 1 view .LVU61
	cmp	w3, w20
	bgt	.L17
	sub	w5, w20, w3
	mov	x0, x7
	sxtw	x3, w3
	add	x5, x8, w5, uxtw 3
.LVL23:
	.p2align 3,,7
.L18:
	.loc 1 32 13 view .LVU62
	.loc 1 32 21 is_stmt 0 view .LVU63
	ldr	x2, [x0, x3, lsl 3]
	ldr	x4, [x0]
	add	x2, x2, x4
	str	x2, [x0, x3, lsl 3]
	.loc 1 31 46 is_stmt 1 view .LVU64
.LVL24:
	.loc 1 31 34 view .LVU65
	add	x0, x0, 8
.LVL25:
	.loc 1 31 34 is_stmt 0 view .LVU66
	cmp	x0, x5
	bne	.L18
.LVL26:
.L17:
	.loc 1 31 34 view .LVU67
.LBE8:
	.loc 1 30 29 is_stmt 1 view .LVU68
	.loc 1 30 23 view .LVU69
	add	x6, x6, 4
.LVL27:
	.loc 1 30 23 is_stmt 0 view .LVU70
	cmp	x6, x1
	bne	.L19
.LBE7:
	.loc 1 33 5 is_stmt 1 view .LVU71
	.loc 1 34 1 is_stmt 0 view .LVU72
	ldr	x0, [x7, w20, sxtw 3]
	ldp	x29, x30, [sp]
	ldp	x19, x20, [sp, 16]
.LVL28:
	.loc 1 34 1 view .LVU73
	add	sp, sp, 1648
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE15:
	.size	coin_ways.constprop.0, .-coin_ways.constprop.0
	.align	2
	.p2align 4,,11
	.type	knapsack.constprop.0, %function
knapsack.constprop.0:
.LVL29:
.LFB16:
	.loc 1 5 12 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 7 5 view .LVU75
	.loc 1 5 12 is_stmt 0 view .LVU76
	stp	x29, x30, [sp, -464]!
	.cfi_def_cfa_offset 464
	.cfi_offset 29, -464
	.cfi_offset 30, -456
	.loc 1 7 9 view .LVU77
	add	x10, sp, 56
	.loc 1 5 12 view .LVU78
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -448
	.cfi_offset 20, -440
	mov	w19, w2
	mov	x20, x0
	str	x21, [sp, 32]
	.cfi_offset 21, -432
	.loc 1 5 12 view .LVU79
	mov	x21, x1
	.loc 1 7 9 view .LVU80
	mov	w1, 0
.LVL30:
	.loc 1 7 9 view .LVU81
	mov	x0, x10
.LVL31:
	.loc 1 7 9 view .LVU82
	mov	x2, 404
.LVL32:
	.loc 1 7 9 view .LVU83
	bl	memset
.LVL33:
	add	x1, x0, w19, sxtw 2
	mov	x10, x0
	.loc 1 8 5 is_stmt 1 view .LVU84
.LBB11:
	.loc 1 8 10 view .LVU85
.LVL34:
	.loc 1 8 23 view .LVU86
	sub	x2, x1, #4
	sxtw	x0, w19
.LBE11:
	.loc 1 7 9 is_stmt 0 view .LVU87
	mov	x9, 0
.LVL35:
	.p2align 3,,7
.L24:
.LBB13:
.LBB12:
	.loc 1 9 29 is_stmt 1 view .LVU88
	.loc 1 9 33 is_stmt 0 view .LVU89
	ldr	w6, [x20, x9]
	.loc 1 9 29 view .LVU90
	cmp	w19, w6
	blt	.L28
	sub	w6, w19, w6
	.loc 1 10 35 view .LVU91
	ldr	w8, [x21, x9]
	mov	x4, x1
	.loc 1 10 21 view .LVU92
	sxtw	x7, w6
	sub	x6, x2, w6, uxtw 2
	sub	x7, x7, x0
.LVL36:
	.p2align 3,,7
.L25:
	.loc 1 10 13 is_stmt 1 view .LVU93
	.loc 1 10 32 is_stmt 0 view .LVU94
	ldr	w3, [x4, x7, lsl 2]
	ldr	w5, [x4]
	add	w3, w8, w3
	cmp	w3, w5
	csel	w3, w3, w5, ge
	str	w3, [x4], -4
.LVL37:
	.loc 1 9 39 is_stmt 1 view .LVU95
	.loc 1 9 29 view .LVU96
	cmp	x4, x6
	bne	.L25
.LVL38:
.L28:
	.loc 1 9 29 is_stmt 0 view .LVU97
.LBE12:
	.loc 1 8 29 is_stmt 1 view .LVU98
	.loc 1 8 23 view .LVU99
	add	x9, x9, 4
.LVL39:
	.loc 1 8 23 is_stmt 0 view .LVU100
	cmp	x9, 32
	bne	.L24
.LBE13:
	.loc 1 12 5 is_stmt 1 view .LVU101
	.loc 1 13 1 is_stmt 0 view .LVU102
	ldp	x19, x20, [sp, 16]
.LVL40:
	.loc 1 13 1 view .LVU103
	ldr	x21, [sp, 32]
.LVL41:
	.loc 1 13 1 view .LVU104
	ldr	w0, [x10, x0, lsl 2]
.LVL42:
	.loc 1 13 1 view .LVU105
	ldp	x29, x30, [sp], 464
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE16:
	.size	knapsack.constprop.0, .-knapsack.constprop.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC3:
	.string	"knapsack(26) = %d, knapsack(40) = %d\n"
	.align	3
.LC4:
	.string	"GTCGTTCGGAATGCCGTTGCTCTGTAAA"
	.align	3
.LC5:
	.string	"ACCGGTCGAGTGCGCGGAAGCCGGCCGAA"
	.align	3
.LC6:
	.string	"xyz"
	.align	3
.LC7:
	.string	"abc"
	.align	3
.LC8:
	.string	"lcs = %d %d\n"
	.align	3
.LC9:
	.string	"coin ways(100) = %ld, (200) = %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB14:
	.loc 1 37 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 38 5 view .LVU107
	.loc 1 38 9 is_stmt 0 view .LVU108
	adrp	x3, .LANCHOR1
	add	x3, x3, :lo12:.LANCHOR1
	.loc 1 37 1 view .LVU109
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	.loc 1 41 16 view .LVU110
	mov	w2, 26
	.loc 1 37 1 view .LVU111
	mov	x29, sp
	.loc 1 40 9 view .LVU112
	ldp	x4, x5, [x3, 64]
	.loc 1 37 1 view .LVU113
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.loc 1 38 9 view .LVU114
	add	x19, sp, 80
	ldp	q2, q3, [x3]
	.loc 1 39 9 view .LVU115
	add	x20, sp, 112
	ldp	q0, q1, [x3, 32]
	.loc 1 37 1 view .LVU116
	str	x21, [sp, 32]
	.cfi_offset 21, -112
	.loc 1 40 9 view .LVU117
	ldr	x3, [x3, 80]
	.loc 1 41 16 view .LVU118
	mov	x1, x20
	mov	x0, x19
	.loc 1 38 9 view .LVU119
	stp	q2, q3, [x19]
	.loc 1 39 5 is_stmt 1 view .LVU120
	.loc 1 40 9 is_stmt 0 view .LVU121
	add	x21, sp, 56
	.loc 1 39 9 view .LVU122
	stp	q0, q1, [x20]
	.loc 1 40 5 is_stmt 1 view .LVU123
	.loc 1 41 5 view .LVU124
	.loc 1 40 9 is_stmt 0 view .LVU125
	stp	x4, x5, [sp, 56]
	str	x3, [sp, 72]
	.loc 1 41 16 view .LVU126
	bl	knapsack.constprop.0
.LVL43:
	.loc 1 42 5 view .LVU127
	mov	w2, 40
	mov	x1, x20
	.loc 1 41 16 view .LVU128
	mov	w20, w0
.LVL44:
	.loc 1 42 5 is_stmt 1 view .LVU129
	mov	x0, x19
.LVL45:
	.loc 1 42 5 is_stmt 0 view .LVU130
	bl	knapsack.constprop.0
.LVL46:
	mov	w2, w0
	mov	w1, w20
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL47:
	.loc 1 43 5 is_stmt 1 view .LVU131
	adrp	x1, .LC4
	adrp	x0, .LC5
	add	x1, x1, :lo12:.LC4
	add	x0, x0, :lo12:.LC5
	bl	lcs
.LVL48:
	mov	w19, w0
	adrp	x1, .LC6
	adrp	x0, .LC7
	add	x1, x1, :lo12:.LC6
	add	x0, x0, :lo12:.LC7
	bl	lcs
.LVL49:
	mov	w2, w0
	mov	w1, w19
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
	bl	printf
.LVL50:
	.loc 1 44 5 view .LVU132
	mov	x0, x21
	mov	w1, 100
	bl	coin_ways.constprop.0
.LVL51:
	mov	x19, x0
	mov	w1, 200
	mov	x0, x21
	bl	coin_ways.constprop.0
.LVL52:
	mov	x2, x0
	mov	x1, x19
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	bl	printf
.LVL53:
	.loc 1 45 5 view .LVU133
	.loc 1 46 1 is_stmt 0 view .LVU134
	ldr	x21, [sp, 32]
	mov	w0, w20
	ldp	x19, x20, [sp, 16]
.LVL54:
	.loc 1 46 1 view .LVU135
	ldp	x29, x30, [sp], 144
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR1,. + 0
.LC0:
	.word	12
	.word	7
	.word	11
	.word	8
	.word	9
	.word	5
	.word	14
	.word	3
.LC1:
	.word	24
	.word	13
	.word	23
	.word	15
	.word	16
	.word	8
	.word	30
	.word	4
.LC2:
	.word	1
	.word	2
	.word	5
	.word	10
	.word	20
	.word	50
	.bss
	.align	4
	.set	.LANCHOR0,. + 0
	.type	t.0, %object
	.size	t.0, 2178
t.0:
	.zero	2178
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x5bf
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x1b
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL18
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x1c
	.4byte	.LASF19
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x1d
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xf
	.4byte	0x3d
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xf
	.4byte	0x73
	.uleb128 0x10
	.4byte	0x44
	.uleb128 0x10
	.4byte	0x7a
	.uleb128 0x11
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2a
	.4byte	0xa0
	.uleb128 0x12
	.4byte	0x84
	.byte	0
	.uleb128 0x11
	.4byte	.LASF11
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x3d
	.4byte	0xb8
	.uleb128 0x12
	.4byte	0x84
	.uleb128 0x1e
	.byte	0
	.uleb128 0x1f
	.4byte	.LASF20
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x3d
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x279
	.uleb128 0xe
	.string	"w"
	.byte	0x26
	.byte	0x9
	.4byte	0x279
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0xe
	.string	"v"
	.byte	0x27
	.byte	0x9
	.4byte	0x279
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x20
	.4byte	.LASF12
	.byte	0x1
	.byte	0x28
	.byte	0x9
	.4byte	0x289
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.uleb128 0x21
	.4byte	.LASF15
	.byte	0x1
	.byte	0x29
	.byte	0x9
	.4byte	0x3d
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x2
	.8byte	.LVL43
	.4byte	0x506
	.4byte	0x140
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
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x4a
	.uleb128 0x8
	.4byte	0x410
	.uleb128 0x1
	.byte	0x38
	.byte	0
	.uleb128 0x2
	.8byte	.LVL46
	.4byte	0x506
	.4byte	0x16b
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
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x28
	.uleb128 0x8
	.4byte	0x410
	.uleb128 0x1
	.byte	0x38
	.byte	0
	.uleb128 0x2
	.8byte	.LVL47
	.4byte	0xa0
	.4byte	0x190
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
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x2
	.8byte	.LVL48
	.4byte	0x2f7
	.4byte	0x1bc
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.uleb128 0x2
	.8byte	.LVL49
	.4byte	0x2f7
	.4byte	0x1e8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0
	.uleb128 0x2
	.8byte	.LVL50
	.4byte	0xa0
	.4byte	0x20d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x2
	.8byte	.LVL51
	.4byte	0x456
	.4byte	0x232
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
	.byte	0x8
	.byte	0x64
	.uleb128 0x8
	.4byte	0x2b2
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0x2
	.8byte	.LVL52
	.4byte	0x456
	.4byte	0x257
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
	.byte	0x8
	.byte	0xc8
	.uleb128 0x8
	.4byte	0x2b2
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0x9
	.8byte	.LVL53
	.4byte	0xa0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x3d
	.4byte	0x289
	.uleb128 0x4
	.4byte	0x36
	.byte	0x7
	.byte	0
	.uleb128 0x5
	.4byte	0x3d
	.4byte	0x299
	.uleb128 0x4
	.4byte	0x36
	.byte	0x5
	.byte	0
	.uleb128 0x13
	.4byte	.LASF16
	.byte	0x1b
	.byte	0xd
	.4byte	0x6c
	.4byte	0x2e7
	.uleb128 0x14
	.4byte	.LASF12
	.byte	0x22
	.4byte	0x7f
	.uleb128 0x6
	.string	"k"
	.byte	0x1b
	.byte	0x2d
	.4byte	0x3d
	.uleb128 0x14
	.4byte	.LASF13
	.byte	0x34
	.4byte	0x3d
	.uleb128 0x15
	.4byte	.LASF14
	.byte	0x1d
	.byte	0xa
	.4byte	0x2e7
	.uleb128 0xa
	.uleb128 0xb
	.string	"i"
	.byte	0x1e
	.byte	0xe
	.4byte	0x3d
	.uleb128 0xa
	.uleb128 0xb
	.string	"a"
	.byte	0x1f
	.byte	0x12
	.4byte	0x3d
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x6c
	.4byte	0x2f7
	.uleb128 0x4
	.4byte	0x36
	.byte	0xc8
	.byte	0
	.uleb128 0x22
	.string	"lcs"
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x3d
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3d9
	.uleb128 0x16
	.string	"a"
	.byte	0x1c
	.4byte	0x84
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x16
	.string	"b"
	.byte	0x2b
	.4byte	0x84
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xe
	.string	"t"
	.byte	0x11
	.byte	0x12
	.4byte	0x3d9
	.uleb128 0x9
	.byte	0x3
	.8byte	t.0
	.uleb128 0xc
	.string	"n"
	.byte	0x12
	.byte	0x9
	.4byte	0x3d
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xc
	.string	"m"
	.byte	0x12
	.byte	0x1d
	.4byte	0x3d
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x23
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x3ac
	.uleb128 0xc
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x3d
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x24
	.4byte	.LLRL5
	.uleb128 0xc
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x3d
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.byte	0
	.uleb128 0x2
	.8byte	.LVL1
	.4byte	0x89
	.4byte	0x3c4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL3
	.4byte	0x89
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x65
	.4byte	0x3ef
	.uleb128 0x4
	.4byte	0x36
	.byte	0x20
	.uleb128 0x4
	.4byte	0x36
	.byte	0x20
	.byte	0
	.uleb128 0x13
	.4byte	.LASF17
	.byte	0x5
	.byte	0xc
	.4byte	0x3d
	.4byte	0x446
	.uleb128 0x6
	.string	"w"
	.byte	0x5
	.byte	0x20
	.4byte	0x7f
	.uleb128 0x6
	.string	"v"
	.byte	0x5
	.byte	0x2e
	.4byte	0x7f
	.uleb128 0x6
	.string	"n"
	.byte	0x5
	.byte	0x35
	.4byte	0x3d
	.uleb128 0x6
	.string	"cap"
	.byte	0x5
	.byte	0x3c
	.4byte	0x3d
	.uleb128 0x15
	.4byte	.LASF15
	.byte	0x7
	.byte	0x9
	.4byte	0x446
	.uleb128 0xa
	.uleb128 0xb
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x3d
	.uleb128 0xa
	.uleb128 0xb
	.string	"c"
	.byte	0x9
	.byte	0x12
	.4byte	0x3d
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x3d
	.4byte	0x456
	.uleb128 0x4
	.4byte	0x36
	.byte	0x64
	.byte	0
	.uleb128 0x17
	.4byte	0x299
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x506
	.uleb128 0x7
	.4byte	0x2a8
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x7
	.4byte	0x2bb
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x18
	.4byte	0x2c5
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1608
	.uleb128 0x19
	.4byte	0x2b2
	.byte	0x6
	.uleb128 0x25
	.4byte	0x2d0
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x4e4
	.uleb128 0xd
	.4byte	0x2d1
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x1a
	.4byte	0x2da
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.uleb128 0xd
	.4byte	0x2db
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL20
	.4byte	0x5b7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1608
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.2byte	0x648
	.byte	0
	.byte	0
	.uleb128 0x17
	.4byte	0x3ef
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x5b7
	.uleb128 0x7
	.4byte	0x3fe
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x7
	.4byte	0x407
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x7
	.4byte	0x419
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x18
	.4byte	0x424
	.uleb128 0x3
	.byte	0x91
	.sleb128 -408
	.uleb128 0x19
	.4byte	0x410
	.byte	0x8
	.uleb128 0x26
	.4byte	0x42f
	.4byte	.LLRL14
	.4byte	0x595
	.uleb128 0xd
	.4byte	0x430
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x1a
	.4byte	0x439
	.8byte	.LBB12
	.8byte	.LBE12-.LBB12
	.uleb128 0xd
	.4byte	0x43a
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL33
	.4byte	0x5b7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -408
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.2byte	0x194
	.byte	0
	.byte	0
	.uleb128 0x27
	.4byte	.LASF21
	.4byte	.LASF22
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x49
	.byte	0
	.uleb128 0x80
	.uleb128 0x13
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 27
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 15
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
	.uleb128 0x17
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
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
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x25
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x26
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x27
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
.LVUS17:
	.uleb128 .LVU129
	.uleb128 .LVU130
	.uleb128 .LVU130
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 0
.LLST17:
	.byte	0x6
	.8byte	.LVL44
	.byte	0x4
	.uleb128 .LVL44-.LVL44
	.uleb128 .LVL45-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL45-.LVL44
	.uleb128 .LVL54-.LVL44
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL54-.LVL44
	.uleb128 .LFE14-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-1-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-1-.LVL0
	.uleb128 .LVL16-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL16-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1-1-.LVL0
	.uleb128 .LVL15-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL15-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU7
	.uleb128 .LVU42
.LLST2:
	.byte	0x8
	.8byte	.LVL2
	.uleb128 .LVL13-.LVL2
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 .LVU8
	.uleb128 .LVU43
.LLST3:
	.byte	0x8
	.8byte	.LVL3
	.uleb128 .LVL14-.LVL3
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU10
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU38
.LLST4:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL10-.LVL3
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL10-.LVL3
	.uleb128 .LVL11-.LVL3
	.uleb128 0x3
	.byte	0x7a
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU15
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU35
.LLST6:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.LVL4
	.uleb128 .LVL7-.LVL4
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL4
	.uleb128 .LVL9-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL9-.LVL4
	.uleb128 .LVL10-.LVL4
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL28-.LVL17
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL28-.LVL17
	.uleb128 .LFE15-.LVL17
	.uleb128 0x3
	.byte	0x71
	.sleb128 -24
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 0
.LLST8:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL19-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL19-.LVL17
	.uleb128 .LVL28-.LVL17
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL28-.LVL17
	.uleb128 .LFE15-.LVL17
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU57
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 0
.LLST9:
	.byte	0x6
	.8byte	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL21-.LVL21
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL26-.LVL21
	.uleb128 0x8
	.byte	0x76
	.sleb128 0
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL21
	.uleb128 .LVL27-.LVL21
	.uleb128 0xa
	.byte	0x76
	.sleb128 0
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL21
	.uleb128 .LVL28-.LVL21
	.uleb128 0xc
	.byte	0x76
	.sleb128 0
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL21
	.uleb128 .LFE15-.LVL21
	.uleb128 0xc
	.byte	0x76
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x14
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
.LLST10:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL23-.LVL22
	.uleb128 .LVL24-.LVL22
	.uleb128 0x10
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x648
	.byte	0x33
	.byte	0x25
	.byte	0x76
	.sleb128 0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL22
	.uleb128 .LVL25-.LVL22
	.uleb128 0x12
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x648
	.byte	0x33
	.byte	0x25
	.byte	0x76
	.sleb128 0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL22
	.uleb128 .LVL26-.LVL22
	.uleb128 0x12
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x640
	.byte	0x33
	.byte	0x25
	.byte	0x76
	.sleb128 0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 0
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU103
	.uleb128 .LVU103
	.uleb128 0
.LLST11:
	.byte	0x6
	.8byte	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL31-.LVL29
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL31-.LVL29
	.uleb128 .LVL40-.LVL29
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL40-.LVL29
	.uleb128 .LFE16-.LVL29
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 0
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU104
	.uleb128 .LVU104
	.uleb128 0
.LLST12:
	.byte	0x6
	.8byte	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL30-.LVL29
	.uleb128 .LVL41-.LVL29
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL41-.LVL29
	.uleb128 .LFE16-.LVL29
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 0
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU103
	.uleb128 .LVU103
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 0
.LLST13:
	.byte	0x6
	.8byte	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL32-.LVL29
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL32-.LVL29
	.uleb128 .LVL40-.LVL29
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL40-.LVL29
	.uleb128 .LVL42-.LVL29
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL42-.LVL29
	.uleb128 .LFE16-.LVL29
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU86
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU99
	.uleb128 .LVU99
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 0
.LLST15:
	.byte	0x6
	.8byte	.LVL34
	.byte	0x4
	.uleb128 .LVL34-.LVL34
	.uleb128 .LVL35-.LVL34
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL34
	.uleb128 .LVL38-.LVL34
	.uleb128 0x5
	.byte	0x79
	.sleb128 0
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.LVL34
	.uleb128 .LVL39-.LVL34
	.uleb128 0x7
	.byte	0x79
	.sleb128 0
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.LVL34
	.uleb128 .LFE16-.LVL34
	.uleb128 0x7
	.byte	0x79
	.sleb128 -4
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU88
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU97
.LLST16:
	.byte	0x6
	.8byte	.LVL35
	.byte	0x4
	.uleb128 .LVL35-.LVL35
	.uleb128 .LVL36-.LVL35
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL36-.LVL35
	.uleb128 .LVL37-.LVL35
	.uleb128 0x19
	.byte	0x74
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x83
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.uleb128 0x198
	.byte	0x32
	.byte	0x25
	.byte	0x83
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.LVL35
	.uleb128 .LVL37-.LVL35
	.uleb128 0x19
	.byte	0x74
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x83
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.uleb128 0x19c
	.byte	0x32
	.byte	0x25
	.byte	0x83
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.LVL35
	.uleb128 .LVL38-.LVL35
	.uleb128 0x1b
	.byte	0x74
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x83
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.uleb128 0x19c
	.byte	0x32
	.byte	0x25
	.byte	0x83
	.sleb128 0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
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
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
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
.LLRL5:
	.byte	0x5
	.8byte	.LBB3
	.byte	0x4
	.uleb128 .LBB3-.LBB3
	.uleb128 .LBE3-.LBB3
	.byte	0x4
	.uleb128 .LBB4-.LBB3
	.uleb128 .LBE4-.LBB3
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB11
	.byte	0x4
	.uleb128 .LBB11-.LBB11
	.uleb128 .LBE11-.LBB11
	.byte	0x4
	.uleb128 .LBB13-.LBB11
	.uleb128 .LBE13-.LBB11
	.byte	0
.LLRL18:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB14
	.uleb128 .LFE14-.LFB14
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF19:
	.string	"size_t"
.LASF20:
	.string	"main"
.LASF12:
	.string	"coins"
.LASF22:
	.string	"__builtin_memset"
.LASF16:
	.string	"coin_ways"
.LASF21:
	.string	"memset"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF15:
	.string	"best"
.LASF14:
	.string	"ways"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF10:
	.string	"strlen"
.LASF17:
	.string	"knapsack"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"amount"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/knapsack_dp.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
