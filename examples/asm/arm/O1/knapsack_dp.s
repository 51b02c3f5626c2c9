	.arch armv8-a
	.file	"knapsack_dp.c"
	.text
.Ltext0:
	.file 0 "." "programs/knapsack_dp.c"
	.align	2
	.type	knapsack, %function
knapsack:
.LVL0:
.LFB11:
	.file 1 "programs/knapsack_dp.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 6 1 is_stmt 0 view .LVU1
	stp	x29, x30, [sp, -464]!
	.cfi_def_cfa_offset 464
	.cfi_offset 29, -464
	.cfi_offset 30, -456
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	.cfi_offset 19, -448
	.cfi_offset 20, -440
	.cfi_offset 21, -432
	.cfi_offset 22, -424
	mov	x20, x0
	mov	x21, x1
	mov	w22, w2
	mov	w19, w3
	.loc 1 7 5 is_stmt 1 view .LVU2
	.loc 1 7 9 is_stmt 0 view .LVU3
	mov	x2, 404
.LVL1:
	.loc 1 7 9 view .LVU4
	mov	w1, 0
.LVL2:
	.loc 1 7 9 view .LVU5
	add	x0, sp, 56
.LVL3:
	.loc 1 7 9 view .LVU6
	bl	memset
.LVL4:
	.loc 1 8 5 is_stmt 1 view .LVU7
.LBB2:
	.loc 1 8 10 view .LVU8
	.loc 1 8 23 view .LVU9
	cmp	w22, 0
	ble	.L2
	sbfiz	x8, x22, 2, 32
	sxtw	x11, w19
	add	x9, sp, 56
	add	x9, x9, w19, sxtw 2
	mov	x7, 0
	sub	x10, x9, #4
	b	.L3
.LVL5:
.L4:
	.loc 1 8 23 is_stmt 0 view .LVU10
	str	w4, [x0]
.LBB3:
	.loc 1 9 39 is_stmt 1 discriminator 2 view .LVU11
.LVL6:
	.loc 1 9 29 discriminator 2 view .LVU12
	sub	x2, x2, #4
	cmp	x2, x3
	beq	.L7
.LVL7:
.L5:
	.loc 1 10 13 view .LVU13
	mov	x0, x2
	.loc 1 10 32 is_stmt 0 view .LVU14
	ldr	w4, [x2, x5, lsl 2]
	add	w4, w6, w4
	.loc 1 10 16 view .LVU15
	ldr	w1, [x2]
	cmp	w4, w1
	bgt	.L4
	.loc 1 11 25 view .LVU16
	ldr	w4, [x2]
	b	.L4
.LVL8:
.L7:
	.loc 1 11 25 view .LVU17
.LBE3:
	.loc 1 8 29 is_stmt 1 discriminator 2 view .LVU18
	.loc 1 8 23 discriminator 2 view .LVU19
	add	x7, x7, 4
.LVL9:
	.loc 1 8 23 is_stmt 0 discriminator 2 view .LVU20
	cmp	x7, x8
	beq	.L2
.LVL10:
.L3:
.LBB4:
	.loc 1 9 29 is_stmt 1 view .LVU21
	.loc 1 9 33 is_stmt 0 view .LVU22
	ldr	w4, [x20, x7]
	.loc 1 9 29 view .LVU23
	cmp	w19, w4
	blt	.L7
	.loc 1 10 35 view .LVU24
	ldr	w6, [x21, x7]
	sub	w3, w19, w4
	sub	x3, x10, x3, lsl 2
	mov	x2, x9
	.loc 1 10 21 view .LVU25
	sub	w5, w19, w4
	sxtw	x5, w5
	sub	x5, x5, x11
	b	.L5
.LVL11:
.L2:
	.loc 1 10 21 view .LVU26
.LBE4:
.LBE2:
	.loc 1 12 5 is_stmt 1 view .LVU27
	.loc 1 13 1 is_stmt 0 view .LVU28
	add	x0, sp, 56
	ldr	w0, [x0, w19, sxtw 2]
	ldp	x19, x20, [sp, 16]
.LVL12:
	.loc 1 13 1 view .LVU29
	ldp	x21, x22, [sp, 32]
.LVL13:
	.loc 1 13 1 view .LVU30
	ldp	x29, x30, [sp], 464
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE11:
	.size	knapsack, .-knapsack
	.align	2
	.type	coin_ways, %function
coin_ways:
.LVL14:
.LFB13:
	.loc 1 28 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 28 1 is_stmt 0 view .LVU32
	sub	sp, sp, #1664
	.cfi_def_cfa_offset 1664
	stp	x29, x30, [sp]
	.cfi_offset 29, -1664
	.cfi_offset 30, -1656
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	str	x21, [sp, 32]
	.cfi_offset 19, -1648
	.cfi_offset 20, -1640
	.cfi_offset 21, -1632
	mov	x21, x0
	mov	w20, w1
	mov	w19, w2
	.loc 1 29 5 is_stmt 1 view .LVU33
	.loc 1 29 10 is_stmt 0 view .LVU34
	mov	x2, 1608
.LVL15:
	.loc 1 29 10 view .LVU35
	mov	w1, 0
.LVL16:
	.loc 1 29 10 view .LVU36
	add	x0, sp, 56
.LVL17:
	.loc 1 29 10 view .LVU37
	bl	memset
.LVL18:
	mov	x0, 1
	str	x0, [sp, 56]
	.loc 1 30 5 is_stmt 1 view .LVU38
.LBB5:
	.loc 1 30 10 view .LVU39
.LVL19:
	.loc 1 30 23 view .LVU40
	cmp	w20, 0
	ble	.L11
	mov	x6, x21
	add	x2, x21, w20, sxtw 2
	add	x7, sp, 64
.LVL20:
.L14:
	.loc 1 31 9 view .LVU41
.LBB6:
	.loc 1 31 14 view .LVU42
	.loc 1 31 18 is_stmt 0 view .LVU43
	ldr	w3, [x6]
.LVL21:
	.loc 1 31 34 is_stmt 1 view .LVU44
	cmp	w19, w3
	blt	.L12
	add	x0, sp, 56
	sub	w5, w19, w3
	add	x5, x7, x5, lsl 3
	sxtw	x3, w3
.LVL22:
.L13:
	.loc 1 32 13 discriminator 3 view .LVU45
	.loc 1 32 21 is_stmt 0 discriminator 3 view .LVU46
	ldr	x1, [x0, x3, lsl 3]
	ldr	x4, [x0]
	add	x1, x1, x4
	str	x1, [x0, x3, lsl 3]
	.loc 1 31 46 is_stmt 1 discriminator 3 view .LVU47
	.loc 1 31 34 discriminator 3 view .LVU48
	add	x0, x0, 8
	cmp	x0, x5
	bne	.L13
.L12:
.LBE6:
	.loc 1 30 29 discriminator 2 view .LVU49
.LVL23:
	.loc 1 30 23 discriminator 2 view .LVU50
	add	x6, x6, 4
.LVL24:
	.loc 1 30 23 is_stmt 0 discriminator 2 view .LVU51
	cmp	x6, x2
	bne	.L14
.LVL25:
.L11:
	.loc 1 30 23 discriminator 2 view .LVU52
.LBE5:
	.loc 1 33 5 is_stmt 1 view .LVU53
	.loc 1 34 1 is_stmt 0 view .LVU54
	add	x0, sp, 56
	ldr	x0, [x0, w19, sxtw 3]
	ldp	x19, x20, [sp, 16]
.LVL26:
	.loc 1 34 1 view .LVU55
	ldr	x21, [sp, 32]
.LVL27:
	.loc 1 34 1 view .LVU56
	ldp	x29, x30, [sp]
	add	sp, sp, 1664
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE13:
	.size	coin_ways, .-coin_ways
	.align	2
	.type	lcs, %function
lcs:
.LVL28:
.LFB12:
	.loc 1 16 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 16 1 is_stmt 0 view .LVU58
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	str	x21, [sp, 32]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	.cfi_offset 21, -16
	mov	x21, x0
	mov	x20, x1
	.loc 1 17 5 is_stmt 1 view .LVU59
	.loc 1 18 5 view .LVU60
	.loc 1 18 18 is_stmt 0 view .LVU61
	bl	strlen
.LVL29:
	.loc 1 18 18 view .LVU62
	mov	x19, x0
.LVL30:
	.loc 1 18 38 view .LVU63
	mov	x0, x20
	bl	strlen
.LVL31:
	.loc 1 19 5 is_stmt 1 view .LVU64
.LBB7:
	.loc 1 19 10 view .LVU65
	.loc 1 19 23 view .LVU66
	tbnz	w19, #31, .L19
	mov	w14, w0
	and	x16, x19, 4294967295
	mov	x5, -66
	mov	x9, 0
	mov	x4, 0
	adrp	x13, .LANCHOR0
	add	x13, x13, :lo12:.LANCHOR0
	add	x13, x13, 66
	and	x7, x0, 4294967295
.LBB8:
	.loc 1 20 27 is_stmt 0 view .LVU67
	mov	x15, 0
	.loc 1 21 23 view .LVU68
	mov	w6, 0
	.loc 1 22 26 view .LVU69
	sub	x12, x21, #1
	.loc 1 22 38 view .LVU70
	sub	x11, x20, #1
	.loc 1 22 56 view .LVU71
	mov	x18, -68
	b	.L20
.LVL32:
.L22:
	.loc 1 23 33 discriminator 4 view .LVU72
	add	x2, x3, x9
	.loc 1 21 23 discriminator 4 view .LVU73
	ldrh	w8, [x3, -2]
	ldrsh	w10, [x2, x5]
	ldrh	w2, [x2, x5]
	cmp	w10, w8, sxth
	csel	w2, w2, w8, ge
	sxth	w2, w2
.L21:
	.loc 1 21 21 discriminator 8 view .LVU74
	strh	w2, [x3], 2
	.loc 1 20 34 is_stmt 1 discriminator 8 view .LVU75
.LVL33:
	.loc 1 20 27 discriminator 8 view .LVU76
	add	x2, x1, 1
	cmp	x1, x7
	beq	.L25
	.loc 1 20 27 is_stmt 0 discriminator 8 view .LVU77
	mov	x1, x2
.LVL34:
.L23:
	.loc 1 21 13 is_stmt 1 view .LVU78
	.loc 1 21 38 is_stmt 0 view .LVU79
	cmp	w4, 0
	.loc 1 21 23 view .LVU80
	mov	w2, w6
	ccmp	w1, 0, 4, ne
	beq	.L21
	.loc 1 21 23 discriminator 1 view .LVU81
	ldrb	w8, [x12, x4]
	ldrb	w2, [x11, x1]
	cmp	w8, w2
	bne	.L22
	.loc 1 22 56 discriminator 3 view .LVU82
	add	x2, x3, x9
	.loc 1 22 64 discriminator 3 view .LVU83
	ldrh	w2, [x2, x17]
	add	w2, w2, 1
	.loc 1 21 23 discriminator 3 view .LVU84
	sxth	w2, w2
	b	.L21
.LVL35:
.L25:
	.loc 1 21 23 discriminator 3 view .LVU85
.LBE8:
	.loc 1 19 30 is_stmt 1 discriminator 2 view .LVU86
	.loc 1 19 23 discriminator 2 view .LVU87
	add	x1, x4, 1
	sub	x9, x9, #66
	add	x5, x5, 66
	cmp	x16, x4
	beq	.L19
	.loc 1 19 23 is_stmt 0 discriminator 2 view .LVU88
	mov	x4, x1
.LVL36:
.L20:
.LBB9:
	.loc 1 20 27 is_stmt 1 view .LVU89
	add	x3, x13, x5
	mov	x1, x15
	.loc 1 22 56 is_stmt 0 view .LVU90
	sub	x17, x18, x9
	.loc 1 20 27 view .LVU91
	tbz	w14, #31, .L23
	b	.L25
.LVL37:
.L19:
	.loc 1 20 27 view .LVU92
.LBE9:
.LBE7:
	.loc 1 24 5 is_stmt 1 view .LVU93
	.loc 1 24 16 is_stmt 0 view .LVU94
	sbfiz	x1, x19, 5, 32
	add	x19, x1, w19, sxtw
.LVL38:
	.loc 1 24 16 view .LVU95
	add	x0, x19, w0, sxtw
.LVL39:
	.loc 1 25 1 view .LVU96
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	ldrsh	w0, [x1, x0, lsl 1]
	ldp	x19, x20, [sp, 16]
.LVL40:
	.loc 1 25 1 view .LVU97
	ldr	x21, [sp, 32]
.LVL41:
	.loc 1 25 1 view .LVU98
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
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB14:
	.loc 1 37 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.cfi_offset 21, -112
	.cfi_offset 22, -104
	.loc 1 38 5 view .LVU100
	.loc 1 38 9 is_stmt 0 view .LVU101
	adrp	x2, .LANCHOR1
	add	x2, x2, :lo12:.LANCHOR1
	add	x19, sp, 112
	ldp	q0, q1, [x2]
	stp	q0, q1, [x19]
	.loc 1 39 5 is_stmt 1 view .LVU102
	.loc 1 39 9 is_stmt 0 view .LVU103
	add	x20, sp, 80
	ldp	q0, q1, [x2, 32]
	stp	q0, q1, [x20]
	.loc 1 40 5 is_stmt 1 view .LVU104
	.loc 1 40 9 is_stmt 0 view .LVU105
	add	x22, sp, 56
	ldp	x0, x1, [x2, 64]
	stp	x0, x1, [sp, 56]
	ldr	x0, [x2, 80]
	str	x0, [sp, 72]
	.loc 1 41 5 is_stmt 1 view .LVU106
	.loc 1 41 16 is_stmt 0 view .LVU107
	mov	w3, 26
	mov	w2, 8
	mov	x1, x20
	mov	x0, x19
	bl	knapsack
.LVL42:
	mov	w21, w0
.LVL43:
	.loc 1 42 5 is_stmt 1 view .LVU108
	mov	w3, 40
	mov	w2, 8
	mov	x1, x20
	mov	x0, x19
.LVL44:
	.loc 1 42 5 is_stmt 0 view .LVU109
	bl	knapsack
.LVL45:
	mov	w2, w0
	mov	w1, w21
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL46:
	.loc 1 43 5 is_stmt 1 view .LVU110
	adrp	x1, .LC4
	add	x1, x1, :lo12:.LC4
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	lcs
.LVL47:
	mov	w19, w0
	adrp	x1, .LC6
	add	x1, x1, :lo12:.LC6
	adrp	x0, .LC7
	add	x0, x0, :lo12:.LC7
	bl	lcs
.LVL48:
	mov	w2, w0
	mov	w1, w19
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
	bl	printf
.LVL49:
	.loc 1 44 5 view .LVU111
	mov	w2, 100
	mov	w1, 6
	mov	x0, x22
	bl	coin_ways
.LVL50:
	mov	x19, x0
	mov	w2, 200
	mov	w1, 6
	mov	x0, x22
	bl	coin_ways
.LVL51:
	mov	x2, x0
	mov	x1, x19
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	bl	printf
.LVL52:
	.loc 1 45 5 view .LVU112
	.loc 1 46 1 is_stmt 0 view .LVU113
	mov	w0, w21
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.LVL53:
	.loc 1 46 1 view .LVU114
	ldp	x29, x30, [sp], 144
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
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
	.align	3
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
	.4byte	0x55d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x14
	.4byte	.LASF19
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xc
	.4byte	0x41
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
	.uleb128 0xc
	.4byte	0x77
	.uleb128 0xd
	.4byte	0x48
	.uleb128 0xd
	.4byte	0x7e
	.uleb128 0xe
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xa4
	.uleb128 0xf
	.4byte	0x88
	.byte	0
	.uleb128 0xe
	.4byte	.LASF11
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x41
	.4byte	0xbc
	.uleb128 0xf
	.4byte	0x88
	.uleb128 0x16
	.byte	0
	.uleb128 0x17
	.4byte	.LASF20
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x274
	.uleb128 0x9
	.string	"w"
	.byte	0x26
	.byte	0x9
	.4byte	0x274
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x9
	.string	"v"
	.byte	0x27
	.byte	0x9
	.4byte	0x274
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0xa
	.4byte	.LASF12
	.byte	0x28
	.byte	0x9
	.4byte	0x284
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.uleb128 0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x29
	.byte	0x9
	.4byte	0x41
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x2
	.8byte	.LVL42
	.4byte	0x46f
	.4byte	0x141
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
	.byte	0x38
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x4a
	.byte	0
	.uleb128 0x2
	.8byte	.LVL45
	.4byte	0x46f
	.4byte	0x16a
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
	.byte	0x38
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8
	.byte	0x28
	.byte	0
	.uleb128 0x2
	.8byte	.LVL46
	.4byte	0xa4
	.4byte	0x18f
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
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0x2
	.8byte	.LVL47
	.4byte	0x375
	.4byte	0x1bb
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
	.8byte	.LVL48
	.4byte	0x375
	.4byte	0x1e7
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
	.8byte	.LVL49
	.4byte	0xa4
	.4byte	0x20c
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
	.8byte	.LVL50
	.4byte	0x294
	.4byte	0x22f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x64
	.byte	0
	.uleb128 0x2
	.8byte	.LVL51
	.4byte	0x294
	.4byte	0x252
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0xc8
	.byte	0
	.uleb128 0x8
	.8byte	.LVL52
	.4byte	0xa4
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
	.uleb128 0x7
	.4byte	0x41
	.4byte	0x284
	.uleb128 0x6
	.4byte	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0x7
	.4byte	0x41
	.4byte	0x294
	.uleb128 0x6
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.uleb128 0x10
	.4byte	.LASF16
	.byte	0x1b
	.byte	0xd
	.4byte	0x70
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x365
	.uleb128 0x11
	.4byte	.LASF12
	.byte	0x22
	.4byte	0x83
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x5
	.string	"k"
	.byte	0x1b
	.byte	0x2d
	.4byte	0x41
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x11
	.4byte	.LASF13
	.byte	0x34
	.4byte	0x41
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xa
	.4byte	.LASF14
	.byte	0x1d
	.byte	0xa
	.4byte	0x365
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1608
	.uleb128 0xb
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.4byte	0x343
	.uleb128 0x4
	.string	"i"
	.byte	0x1e
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x19
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.uleb128 0x4
	.string	"a"
	.byte	0x1f
	.byte	0x12
	.4byte	0x41
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL18
	.4byte	0x555
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
	.uleb128 0x7
	.4byte	0x70
	.4byte	0x375
	.uleb128 0x6
	.4byte	0x3a
	.byte	0xc8
	.byte	0
	.uleb128 0x1a
	.string	"lcs"
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x41
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x459
	.uleb128 0x5
	.string	"a"
	.byte	0xf
	.byte	0x1c
	.4byte	0x88
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x5
	.string	"b"
	.byte	0xf
	.byte	0x2b
	.4byte	0x88
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x9
	.string	"t"
	.byte	0x11
	.byte	0x12
	.4byte	0x459
	.uleb128 0x9
	.byte	0x3
	.8byte	t.0
	.uleb128 0x4
	.string	"n"
	.byte	0x12
	.byte	0x9
	.4byte	0x41
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x4
	.string	"m"
	.byte	0x12
	.byte	0x1d
	.4byte	0x41
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xb
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x42c
	.uleb128 0x4
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x12
	.4byte	.LLRL17
	.uleb128 0x4
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x41
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.uleb128 0x2
	.8byte	.LVL29
	.4byte	0x8d
	.4byte	0x444
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL31
	.4byte	0x8d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x69
	.4byte	0x46f
	.uleb128 0x6
	.4byte	0x3a
	.byte	0x20
	.uleb128 0x6
	.4byte	0x3a
	.byte	0x20
	.byte	0
	.uleb128 0x10
	.4byte	.LASF17
	.byte	0x5
	.byte	0xc
	.4byte	0x41
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x545
	.uleb128 0x5
	.string	"w"
	.byte	0x5
	.byte	0x20
	.4byte	0x83
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"v"
	.byte	0x5
	.byte	0x2e
	.4byte	0x83
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.string	"n"
	.byte	0x5
	.byte	0x35
	.4byte	0x41
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.string	"cap"
	.byte	0x5
	.byte	0x3c
	.4byte	0x41
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0xa
	.4byte	.LASF15
	.byte	0x7
	.byte	0x9
	.4byte	0x545
	.uleb128 0x3
	.byte	0x91
	.sleb128 -408
	.uleb128 0xb
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x523
	.uleb128 0x4
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x41
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x12
	.4byte	.LLRL5
	.uleb128 0x4
	.string	"c"
	.byte	0x9
	.byte	0x12
	.4byte	0x41
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL4
	.4byte	0x555
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
	.uleb128 0x7
	.4byte	0x41
	.4byte	0x555
	.uleb128 0x6
	.4byte	0x3a
	.byte	0x64
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x6
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0x18
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
	.uleb128 0x11
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
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
	.uleb128 0x19
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
.LVUS19:
	.uleb128 .LVU108
	.uleb128 .LVU109
	.uleb128 .LVU109
	.uleb128 .LVU114
	.uleb128 .LVU114
	.uleb128 0
.LLST19:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 0
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU40
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU52
.LLST10:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x8
	.byte	0x76
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0xa
	.byte	0x76
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0xc
	.byte	0x76
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU44
	.uleb128 .LVU45
.LLST11:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS12:
	.uleb128 0
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU98
	.uleb128 .LVU98
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL29-1-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 0
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU97
	.uleb128 .LVU97
	.uleb128 0
.LLST13:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL29-1-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU63
	.uleb128 .LVU95
.LLST14:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS15:
	.uleb128 .LVU64
	.uleb128 .LVU96
.LLST15:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS16:
	.uleb128 .LVU66
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU89
	.uleb128 .LVU89
	.uleb128 .LVU92
.LLST16:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS18:
	.uleb128 .LVU72
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU85
	.uleb128 .LVU89
	.uleb128 .LVU92
.LLST18:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU9
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU26
.LLST4:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x5
	.byte	0x77
	.sleb128 0
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x7
	.byte	0x77
	.sleb128 0
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x7
	.byte	0x77
	.sleb128 -4
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x5
	.byte	0x77
	.sleb128 0
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU10
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU21
	.uleb128 .LVU26
.LLST6:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x19
	.byte	0x70
	.sleb128 0
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
	.byte	0x91
	.sleb128 0
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
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1b
	.byte	0x70
	.sleb128 0
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
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x198
	.byte	0x32
	.byte	0x25
	.byte	0x83
	.sleb128 0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x19
	.byte	0x72
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
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x63
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
.LLRL5:
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0
.LLRL17:
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
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
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
