	.arch armv8-a
	.file	"bigint_add.c"
	.text
.Ltext0:
	.file 0 "." "programs/bigint_add.c"
	.align	2
	.type	big_mul_small, %function
big_mul_small:
.LVL0:
.LFB12:
	.file 1 "programs/bigint_add.c"
	.loc 1 17 1 view -0
	.cfi_startproc
	.loc 1 18 5 view .LVU1
	.loc 1 19 5 view .LVU2
.LBB2:
	.loc 1 19 10 view .LVU3
	.loc 1 19 23 view .LVU4
	.loc 1 19 26 is_stmt 0 view .LVU5
	ldr	w6, [x0, 160]
	.loc 1 19 23 view .LVU6
	cmp	w6, 0
	ble	.L1
	mov	x3, x0
	add	x6, x0, w6, sxtw 2
.LBE2:
	.loc 1 18 14 view .LVU7
	mov	x2, 0
.LBB4:
.LBB3:
	.loc 1 20 43 view .LVU8
	uxtw	x5, w1
	.loc 1 21 35 view .LVU9
	mov	x8, 23123
	movk	x8, 0xa09b, lsl 16
	movk	x8, 0xb82f, lsl 32
	movk	x8, 0x44, lsl 48
	mov	x7, 51712
	movk	x7, 0x3b9a, lsl 16
.LVL1:
.L3:
	.loc 1 20 9 is_stmt 1 discriminator 3 view .LVU10
	.loc 1 20 22 is_stmt 0 discriminator 3 view .LVU11
	ldr	w1, [x3]
	.loc 1 20 18 discriminator 3 view .LVU12
	madd	x1, x1, x5, x2
.LVL2:
	.loc 1 21 9 is_stmt 1 discriminator 3 view .LVU13
	.loc 1 21 35 is_stmt 0 discriminator 3 view .LVU14
	lsr	x2, x1, 9
.LVL3:
	.loc 1 21 35 discriminator 3 view .LVU15
	umulh	x2, x2, x8
	lsr	x2, x2, 11
	msub	x4, x2, x7, x1
	.loc 1 21 22 discriminator 3 view .LVU16
	str	w4, [x3], 4
.LVL4:
	.loc 1 22 9 is_stmt 1 discriminator 3 view .LVU17
	.loc 1 22 9 is_stmt 0 discriminator 3 view .LVU18
.LBE3:
	.loc 1 19 32 is_stmt 1 discriminator 3 view .LVU19
	.loc 1 19 23 discriminator 3 view .LVU20
	cmp	x3, x6
	bne	.L3
	.loc 1 19 23 is_stmt 0 discriminator 3 view .LVU21
.LBE4:
	.loc 1 24 18 is_stmt 1 view .LVU22
	mov	x3, 51711
.LVL5:
	.loc 1 24 18 is_stmt 0 view .LVU23
	movk	x3, 0x3b9a, lsl 16
	cmp	x1, x3
	bls	.L1
	.loc 1 25 44 view .LVU24
	mov	x7, 23123
	movk	x7, 0xa09b, lsl 16
	movk	x7, 0xb82f, lsl 32
	movk	x7, 0x44, lsl 48
	mov	x6, 51712
	movk	x6, 0x3b9a, lsl 16
	.loc 1 24 18 view .LVU25
	mov	x5, x3
.LVL6:
.L4:
	.loc 1 24 22 discriminator 1 view .LVU26
	ldr	w3, [x0, 160]
	.loc 1 24 18 discriminator 1 view .LVU27
	cmp	w3, 39
	bgt	.L1
	.loc 1 25 9 is_stmt 1 view .LVU28
	.loc 1 25 21 is_stmt 0 view .LVU29
	add	w1, w3, 1
	str	w1, [x0, 160]
	.loc 1 25 44 view .LVU30
	lsr	x1, x2, 9
	umulh	x1, x1, x7
	lsr	x1, x1, 11
	msub	x4, x1, x6, x2
	.loc 1 25 27 view .LVU31
	str	w4, [x0, w3, sxtw 2]
	.loc 1 26 9 is_stmt 1 view .LVU32
.LVL7:
	.loc 1 24 18 view .LVU33
	cmp	x2, x5
	bls	.L1
	.loc 1 26 15 is_stmt 0 view .LVU34
	mov	x2, x1
	b	.L4
.LVL8:
.L1:
	.loc 1 28 1 view .LVU35
	ret
	.cfi_endproc
.LFE12:
	.size	big_mul_small, .-big_mul_small
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%s = %u"
	.align	3
.LC1:
	.string	"%09u"
	.text
	.align	2
	.type	big_print, %function
big_print:
.LVL9:
.LFB14:
	.loc 1 45 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 45 1 is_stmt 0 view .LVU37
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	mov	x20, x1
	.loc 1 46 5 is_stmt 1 view .LVU38
	.loc 1 46 41 is_stmt 0 view .LVU39
	ldr	w1, [x1, 160]
.LVL10:
	.loc 1 46 41 view .LVU40
	sub	w1, w1, #1
	.loc 1 46 5 view .LVU41
	ldr	w2, [x20, w1, sxtw 2]
	mov	x1, x0
	adrp	x0, .LC0
.LVL11:
	.loc 1 46 5 view .LVU42
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL12:
	.loc 1 47 5 is_stmt 1 view .LVU43
.LBB5:
	.loc 1 47 10 view .LVU44
	.loc 1 47 14 is_stmt 0 view .LVU45
	ldr	w19, [x20, 160]
.LVL13:
	.loc 1 47 30 is_stmt 1 view .LVU46
	subs	w19, w19, #2
.LVL14:
	.loc 1 47 30 is_stmt 0 view .LVU47
	bmi	.L9
	str	x21, [sp, 32]
	.cfi_offset 21, -16
	sxtw	x19, w19
	.loc 1 48 9 view .LVU48
	adrp	x21, .LC1
	add	x21, x21, :lo12:.LC1
.LVL15:
.L10:
	.loc 1 48 9 is_stmt 1 discriminator 3 view .LVU49
	ldr	w1, [x20, x19, lsl 2]
	mov	x0, x21
	bl	printf
.LVL16:
	.loc 1 47 37 discriminator 3 view .LVU50
	.loc 1 47 30 discriminator 3 view .LVU51
	sub	x19, x19, #1
.LVL17:
	.loc 1 47 30 is_stmt 0 discriminator 3 view .LVU52
	tbz	w19, #31, .L10
	ldr	x21, [sp, 32]
	.cfi_restore 21
.LVL18:
.L9:
	.loc 1 47 30 discriminator 3 view .LVU53
.LBE5:
	.loc 1 49 5 is_stmt 1 view .LVU54
	mov	w0, 10
	bl	putchar
.LVL19:
	.loc 1 50 1 is_stmt 0 view .LVU55
	ldp	x19, x20, [sp, 16]
.LVL20:
	.loc 1 50 1 view .LVU56
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE14:
	.size	big_print, .-big_print
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"50!"
	.align	3
.LC3:
	.string	"2^200"
	.align	3
.LC4:
	.string	"sum"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB15:
	.loc 1 53 1 is_stmt 1 view -0
	.cfi_startproc
	sub	sp, sp, #560
	.cfi_def_cfa_offset 560
	stp	x29, x30, [sp]
	.cfi_offset 29, -560
	.cfi_offset 30, -552
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	str	x21, [sp, 32]
	.cfi_offset 19, -544
	.cfi_offset 20, -536
	.cfi_offset 21, -528
	.loc 1 54 5 view .LVU58
	.loc 1 55 5 view .LVU59
.LVL21:
.LBB16:
.LBI16:
	.loc 1 10 13 view .LVU60
.LBB17:
	.loc 1 12 5 view .LVU61
	.loc 1 12 16 is_stmt 0 view .LVU62
	mov	w0, 1
	str	w0, [sp, 392]
	.loc 1 13 5 is_stmt 1 view .LVU63
	.loc 1 13 10 is_stmt 0 view .LVU64
	str	w0, [sp, 552]
.LVL22:
	.loc 1 13 10 view .LVU65
.LBE17:
.LBE16:
.LBB18:
	.loc 1 56 28 is_stmt 1 view .LVU66
	.loc 1 56 19 is_stmt 0 view .LVU67
	mov	w19, 2
	.loc 1 57 9 view .LVU68
	add	x20, sp, 392
.LVL23:
.L14:
	.loc 1 57 9 is_stmt 1 discriminator 3 view .LVU69
	mov	w1, w19
	mov	x0, x20
	bl	big_mul_small
.LVL24:
	.loc 1 56 36 discriminator 3 view .LVU70
	add	w19, w19, 1
.LVL25:
	.loc 1 56 28 discriminator 3 view .LVU71
	cmp	w19, 51
	bne	.L14
.LBE18:
	.loc 1 58 5 view .LVU72
	add	x1, sp, 392
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	big_print
.LVL26:
	.loc 1 59 5 view .LVU73
.LBB19:
.LBI19:
	.loc 1 10 13 view .LVU74
.LBB20:
	.loc 1 12 5 view .LVU75
	.loc 1 12 16 is_stmt 0 view .LVU76
	mov	w0, 1
	str	w0, [sp, 224]
	.loc 1 13 5 is_stmt 1 view .LVU77
	.loc 1 13 10 is_stmt 0 view .LVU78
	str	w0, [sp, 384]
.LVL27:
	.loc 1 13 10 view .LVU79
.LBE20:
.LBE19:
.LBB22:
	.loc 1 60 23 is_stmt 1 view .LVU80
.LBE22:
.LBB23:
.LBB21:
	.loc 1 13 10 is_stmt 0 view .LVU81
	mov	w19, 200
.LVL28:
	.loc 1 13 10 view .LVU82
.LBE21:
.LBE23:
.LBB24:
	.loc 1 61 9 view .LVU83
	add	x21, sp, 224
	mov	w20, 2
.LVL29:
.L15:
	.loc 1 61 9 is_stmt 1 discriminator 3 view .LVU84
	mov	w1, w20
	mov	x0, x21
	bl	big_mul_small
.LVL30:
	.loc 1 60 31 discriminator 3 view .LVU85
	.loc 1 60 23 discriminator 3 view .LVU86
	subs	w19, w19, #1
.LVL31:
	.loc 1 60 23 is_stmt 0 discriminator 3 view .LVU87
	bne	.L15
.LBE24:
	.loc 1 62 5 is_stmt 1 view .LVU88
	add	x1, sp, 224
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	big_print
.LVL32:
	.loc 1 63 5 view .LVU89
	.loc 1 63 7 is_stmt 0 view .LVU90
	add	x0, sp, 56
	add	x1, sp, 392
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	ldp	q0, q1, [x1, 64]
	stp	q0, q1, [x0, 64]
	ldp	q0, q1, [x1, 96]
	stp	q0, q1, [x0, 96]
	ldp	q0, q1, [x1, 128]
	stp	q0, q1, [x0, 128]
	ldr	w9, [x1, 160]
	str	w9, [x0, 160]
	.loc 1 64 5 is_stmt 1 view .LVU91
.LVL33:
.LBB25:
.LBI25:
	.loc 1 30 13 view .LVU92
.LBB26:
	.loc 1 32 5 view .LVU93
	.loc 1 33 5 view .LVU94
	.loc 1 33 21 is_stmt 0 view .LVU95
	ldr	w10, [sp, 384]
	.loc 1 33 9 view .LVU96
	cmp	w10, w9
	csel	w8, w10, w9, ge
.LVL34:
	.loc 1 34 5 is_stmt 1 view .LVU97
.LBB27:
	.loc 1 34 10 view .LVU98
	.loc 1 34 23 view .LVU99
	cmp	w8, 0
	ble	.L16
	mov	x4, x0
	add	x3, sp, 224
.LBE27:
	.loc 1 32 14 is_stmt 0 view .LVU100
	mov	w2, w19
.LBB30:
	.loc 1 34 14 view .LVU101
	mov	w1, 0
.LBB28:
	.loc 1 35 45 view .LVU102
	mov	w7, w19
	.loc 1 36 19 view .LVU103
	mov	w6, 51711
	movk	w6, 0x3b9a, lsl 16
	.loc 1 37 40 view .LVU104
	mov	w12, 51712
	movk	w12, 0x3b9a, lsl 16
	b	.L20
.LVL35:
.L18:
	.loc 1 35 18 view .LVU105
	add	w0, w0, w5
	add	w0, w0, w2
.LVL36:
	.loc 1 36 9 is_stmt 1 view .LVU106
	.loc 1 36 19 is_stmt 0 view .LVU107
	cmp	w0, w6
	cset	w2, hi
.LVL37:
	.loc 1 37 9 is_stmt 1 view .LVU108
	.loc 1 37 40 is_stmt 0 view .LVU109
	csel	w5, w19, w12, ls
	.loc 1 37 24 view .LVU110
	sub	w0, w0, w5
.LVL38:
	.loc 1 37 20 view .LVU111
	str	w0, [x4], 4
.LBE28:
	.loc 1 34 29 is_stmt 1 view .LVU112
	add	w1, w1, 1
.LVL39:
	.loc 1 34 23 view .LVU113
	add	x3, x3, 4
	cmp	w8, w1
	beq	.L31
.LVL40:
.L20:
.LBB29:
	.loc 1 35 9 view .LVU114
	.loc 1 35 45 is_stmt 0 view .LVU115
	mov	w0, w7
	cmp	w9, w1
	ble	.L17
.LVL41:
	.loc 1 35 45 view .LVU116
	ldr	w0, [x4]
.LVL42:
.L17:
	.loc 1 35 75 view .LVU117
	mov	w5, w7
	cmp	w10, w1
	ble	.L18
.LVL43:
	.loc 1 35 75 view .LVU118
	ldr	w5, [x3]
.LVL44:
	.loc 1 35 75 view .LVU119
	b	.L18
.LVL45:
.L31:
	.loc 1 35 75 view .LVU120
.LBE29:
.LBE30:
	.loc 1 39 5 is_stmt 1 view .LVU121
	.loc 1 40 5 view .LVU122
	.loc 1 40 15 is_stmt 0 view .LVU123
	cmp	w8, 39
	.loc 1 40 8 view .LVU124
	ccmp	w2, 0, 4, le
	beq	.L32
	.loc 1 41 9 is_stmt 1 view .LVU125
	.loc 1 41 21 is_stmt 0 view .LVU126
	add	w0, w8, 1
	str	w0, [sp, 216]
	.loc 1 41 25 view .LVU127
	add	x0, sp, 56
.LVL46:
	.loc 1 41 25 view .LVU128
	mov	w1, 1
.LVL47:
	.loc 1 41 25 view .LVU129
	str	w1, [x0, w8, sxtw 2]
.LVL48:
.L22:
	.loc 1 41 25 view .LVU130
.LBE26:
.LBE25:
	.loc 1 65 5 is_stmt 1 view .LVU131
	add	x1, sp, 56
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	big_print
.LVL49:
	.loc 1 66 5 view .LVU132
	.loc 1 66 13 is_stmt 0 view .LVU133
	ldr	w0, [sp, 216]
	.loc 1 67 1 view .LVU134
	ldp	x19, x20, [sp, 16]
.LVL50:
	.loc 1 67 1 view .LVU135
	ldr	x21, [sp, 32]
	ldp	x29, x30, [sp]
	add	sp, sp, 560
	.cfi_remember_state
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL51:
.L32:
	.cfi_restore_state
.LBB32:
.LBB31:
	.loc 1 39 10 view .LVU136
	str	w8, [sp, 216]
	b	.L22
.LVL52:
.L16:
	.loc 1 39 5 is_stmt 1 view .LVU137
	.loc 1 39 10 is_stmt 0 view .LVU138
	str	w8, [sp, 216]
	.loc 1 40 5 is_stmt 1 view .LVU139
	b	.L22
.LBE31:
.LBE32:
	.cfi_endproc
.LFE15:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4c9
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x6
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x6
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0xe
	.4byte	0x7e
	.uleb128 0x6
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x5f
	.uleb128 0x6
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x72
	.uleb128 0x18
	.string	"big"
	.byte	0xa4
	.byte	0x1
	.byte	0x8
	.byte	0x8
	.4byte	0xc8
	.uleb128 0x19
	.4byte	.LASF14
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0xcd
	.byte	0
	.uleb128 0x1a
	.string	"n"
	.byte	0x1
	.byte	0x8
	.byte	0x28
	.4byte	0x35
	.byte	0xa0
	.byte	0
	.uleb128 0xe
	.4byte	0xa2
	.uleb128 0x1b
	.4byte	0x8a
	.4byte	0xdd
	.uleb128 0x1c
	.4byte	0x2e
	.byte	0x27
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF21
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xf5
	.uleb128 0x1e
	.4byte	0xf5
	.uleb128 0x1f
	.byte	0
	.uleb128 0x9
	.4byte	0x85
	.uleb128 0x20
	.4byte	.LASF22
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x315
	.uleb128 0xa
	.string	"f"
	.byte	0x10
	.4byte	0xa2
	.uleb128 0x3
	.byte	0x91
	.sleb128 -168
	.uleb128 0xa
	.string	"p"
	.byte	0x13
	.4byte	0xa2
	.uleb128 0x3
	.byte	0x91
	.sleb128 -336
	.uleb128 0xa
	.string	"s"
	.byte	0x16
	.4byte	0xa2
	.uleb128 0x3
	.byte	0x91
	.sleb128 -504
	.uleb128 0xf
	.8byte	.LBB18
	.8byte	.LBE18-.LBB18
	.4byte	0x181
	.uleb128 0x4
	.string	"i"
	.byte	0x38
	.byte	0x13
	.4byte	0x8a
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x5
	.8byte	.LVL24
	.4byte	0x41c
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
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x21
	.4byte	.LLRL14
	.4byte	0x1b6
	.uleb128 0x4
	.string	"i"
	.byte	0x3c
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x5
	.8byte	.LVL30
	.4byte	0x41c
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
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x22
	.4byte	0x4a4
	.8byte	.LBI16
	.byte	.LVU60
	.8byte	.LBB16
	.8byte	.LBE16-.LBB16
	.byte	0x1
	.byte	0x37
	.byte	0x5
	.4byte	0x1f6
	.uleb128 0x3
	.4byte	0x4b7
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x3
	.4byte	0x4ae
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.uleb128 0x10
	.4byte	0x4a4
	.8byte	.LBI19
	.byte	.LVU74
	.4byte	.LLRL11
	.byte	0x3b
	.4byte	0x228
	.uleb128 0x3
	.4byte	0x4b7
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x3
	.4byte	0x4ae
	.4byte	.LLST13
	.4byte	.LVUS13
	.byte	0
	.uleb128 0x10
	.4byte	0x3cf
	.8byte	.LBI25
	.byte	.LVU92
	.4byte	.LLRL16
	.byte	0x40
	.4byte	0x2a8
	.uleb128 0x3
	.4byte	0x3e2
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x3
	.4byte	0x3d9
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x11
	.4byte	.LLRL16
	.uleb128 0x7
	.4byte	0x3eb
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x7
	.4byte	0x3f7
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x12
	.4byte	0x400
	.4byte	.LLRL21
	.uleb128 0x7
	.4byte	0x401
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x12
	.4byte	0x40a
	.4byte	.LLRL23
	.uleb128 0x7
	.4byte	0x40b
	.4byte	.LLST24
	.4byte	.LVUS24
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL26
	.4byte	0x315
	.4byte	0x2cd
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
	.sleb128 0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL32
	.4byte	0x315
	.4byte	0x2f2
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
	.uleb128 0x5
	.8byte	.LVL49
	.4byte	0x315
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -504
	.byte	0
	.byte	0
	.uleb128 0x13
	.4byte	.LASF16
	.byte	0x2c
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3ca
	.uleb128 0xc
	.string	"tag"
	.byte	0x2c
	.byte	0x23
	.4byte	0xf5
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0xc
	.string	"b"
	.byte	0x2c
	.byte	0x3a
	.4byte	0x3ca
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0xf
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.4byte	0x390
	.uleb128 0x4
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x5
	.8byte	.LVL16
	.4byte	0xdd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL12
	.4byte	0xdd
	.4byte	0x3b6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0
	.uleb128 0x5
	.8byte	.LVL19
	.4byte	0x4c1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0xc8
	.uleb128 0x14
	.4byte	.LASF18
	.byte	0x1e
	.4byte	0x417
	.uleb128 0x8
	.string	"a"
	.byte	0x1e
	.byte	0x21
	.4byte	0x417
	.uleb128 0x8
	.string	"b"
	.byte	0x1e
	.byte	0x36
	.4byte	0x3ca
	.uleb128 0x23
	.4byte	.LASF15
	.byte	0x1
	.byte	0x20
	.byte	0xe
	.4byte	0x8a
	.uleb128 0xd
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x35
	.uleb128 0x15
	.uleb128 0xd
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x35
	.uleb128 0x15
	.uleb128 0xd
	.string	"x"
	.byte	0x23
	.byte	0x12
	.4byte	0x8a
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0xa2
	.uleb128 0x13
	.4byte	.LASF17
	.byte	0x10
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4a4
	.uleb128 0x24
	.string	"b"
	.byte	0x1
	.byte	0x10
	.byte	0x27
	.4byte	0x417
	.uleb128 0x1
	.byte	0x50
	.uleb128 0xc
	.string	"m"
	.byte	0x10
	.byte	0x33
	.4byte	0x8a
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x25
	.4byte	.LASF15
	.byte	0x1
	.byte	0x12
	.byte	0xe
	.4byte	0x96
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x11
	.4byte	.LLRL2
	.uleb128 0x4
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x26
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x4
	.string	"t"
	.byte	0x14
	.byte	0x12
	.4byte	0x96
	.4byte	.LLST4
	.4byte	.LVUS4
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.4byte	.LASF19
	.byte	0xa
	.4byte	0x4c1
	.uleb128 0x8
	.string	"b"
	.byte	0xa
	.byte	0x21
	.4byte	0x417
	.uleb128 0x8
	.string	"v"
	.byte	0xa
	.byte	0x2d
	.4byte	0x8a
	.byte	0
	.uleb128 0x27
	.4byte	.LASF23
	.4byte	.LASF24
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
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
	.sleb128 54
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
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
	.sleb128 13
	.uleb128 0x27
	.uleb128 0x19
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
	.uleb128 0x14
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
	.sleb128 13
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.uleb128 0x1e
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x21
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x23
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
	.byte	0
	.byte	0
	.uleb128 0x24
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
	.uleb128 0x25
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
	.uleb128 0x26
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
.LVUS10:
	.uleb128 .LVU65
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU82
.LLST10:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS15:
	.uleb128 .LVU79
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU116
	.uleb128 .LVU116
	.uleb128 .LVU117
	.uleb128 .LVU117
	.uleb128 .LVU118
	.uleb128 .LVU118
	.uleb128 .LVU119
	.uleb128 .LVU119
	.uleb128 .LVU130
	.uleb128 .LVU130
	.uleb128 .LVU135
	.uleb128 .LVU136
	.uleb128 .LVU137
	.uleb128 .LVU137
	.uleb128 0
.LLST15:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc9
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x77
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x77
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x75
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x77
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x77
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x83
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU60
	.uleb128 .LVU65
.LLST8:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU60
	.uleb128 .LVU65
.LLST9:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -168
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU74
	.uleb128 .LVU79
.LLST12:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU74
	.uleb128 .LVU79
.LLST13:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -336
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU92
	.uleb128 .LVU130
	.uleb128 .LVU136
	.uleb128 0
.LLST17:
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS18:
	.uleb128 .LVU92
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU128
	.uleb128 .LVU128
	.uleb128 .LVU130
	.uleb128 .LVU136
	.uleb128 .LVU137
	.uleb128 .LVU137
	.uleb128 0
.LLST18:
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -504
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -504
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS19:
	.uleb128 .LVU94
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU130
	.uleb128 .LVU136
	.uleb128 .LVU137
	.uleb128 .LVU137
	.uleb128 0
.LLST19:
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU97
	.uleb128 .LVU130
	.uleb128 .LVU136
	.uleb128 0
.LLST20:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS22:
	.uleb128 .LVU99
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU129
	.uleb128 .LVU136
	.uleb128 .LVU137
	.uleb128 .LVU137
	.uleb128 0
.LLST22:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU106
	.uleb128 .LVU111
.LLST24:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL12-1-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU52
.LLST7:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 .LVU2
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU15
	.uleb128 .LVU18
	.uleb128 .LVU33
	.uleb128 .LVU33
	.uleb128 .LVU35
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU23
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x8
	.byte	0x73
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0xa
	.byte	0x73
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0xc
	.byte	0x73
	.sleb128 0
	.byte	0x70
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
.LVUS4:
	.uleb128 .LVU13
	.uleb128 .LVU26
.LLST4:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL6-.Ltext0
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
.LLRL2:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL23:
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF18:
	.string	"big_add"
.LASF13:
	.string	"uint64_t"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF23:
	.string	"putchar"
.LASF22:
	.string	"main"
.LASF9:
	.string	"__uint32_t"
.LASF19:
	.string	"big_set"
.LASF8:
	.string	"long int"
.LASF21:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF12:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"big_print"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"carry"
.LASF11:
	.string	"char"
.LASF24:
	.string	"__builtin_putchar"
.LASF10:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"big_mul_small"
.LASF14:
	.string	"limb"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bigint_add.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
