	.arch armv8-a
	.file	"bigint_add.c"
	.text
.Ltext0:
	.file 0 "." "programs/bigint_add.c"
	.align	2
	.p2align 4,,11
	.type	big_mul_small, %function
big_mul_small:
.LVL0:
.LFB12:
	.file 1 "programs/bigint_add.c"
	.loc 1 17 1 view -0
	.cfi_startproc
	.loc 1 18 5 view .LVU1
	.loc 1 19 5 view .LVU2
.LBB8:
	.loc 1 19 10 view .LVU3
	.loc 1 19 23 view .LVU4
	.loc 1 19 26 is_stmt 0 view .LVU5
	ldr	w5, [x0, 160]
	.loc 1 19 23 view .LVU6
	cmp	w5, 0
	ble	.L1
.LBB9:
	.loc 1 21 35 view .LVU7
	mov	x8, 23123
	mov	x7, 51712
	movk	x8, 0xa09b, lsl 16
	mov	x4, x0
	movk	x8, 0xb82f, lsl 32
	add	x9, x0, w5, sxtw 2
.LBE9:
.LBE8:
	.loc 1 18 14 view .LVU8
	mov	x6, 0
.LBB11:
.LBB10:
	.loc 1 21 35 view .LVU9
	movk	x8, 0x44, lsl 48
	movk	x7, 0x3b9a, lsl 16
.LVL1:
	.p2align 3,,7
.L4:
	.loc 1 20 9 is_stmt 1 discriminator 3 view .LVU10
	.loc 1 20 18 is_stmt 0 discriminator 3 view .LVU11
	ldr	w3, [x4]
	umaddl	x3, w3, w1, x6
.LVL2:
	.loc 1 21 9 is_stmt 1 discriminator 3 view .LVU12
	.loc 1 21 35 is_stmt 0 discriminator 3 view .LVU13
	lsr	x2, x3, 9
	umulh	x2, x2, x8
	lsr	x2, x2, 11
	.loc 1 22 15 discriminator 3 view .LVU14
	mov	x6, x2
.LVL3:
	.loc 1 21 35 discriminator 3 view .LVU15
	msub	x2, x2, x7, x3
	.loc 1 21 22 discriminator 3 view .LVU16
	str	w2, [x4], 4
.LVL4:
	.loc 1 22 9 is_stmt 1 discriminator 3 view .LVU17
	.loc 1 22 9 is_stmt 0 discriminator 3 view .LVU18
.LBE10:
	.loc 1 19 32 is_stmt 1 discriminator 3 view .LVU19
	.loc 1 19 23 discriminator 3 view .LVU20
	cmp	x9, x4
	bne	.L4
	.loc 1 19 23 is_stmt 0 discriminator 3 view .LVU21
.LBE11:
	.loc 1 24 18 is_stmt 1 view .LVU22
	mov	x1, 51711
.LVL5:
	.loc 1 24 18 is_stmt 0 view .LVU23
	movk	x1, 0x3b9a, lsl 16
	cmp	x3, x1
	bls	.L1
	.loc 1 24 18 discriminator 1 view .LVU24
	cmp	w5, 39
	bgt	.L1
	.loc 1 25 9 is_stmt 1 view .LVU25
	.loc 1 25 21 is_stmt 0 view .LVU26
	add	w1, w5, 1
	str	w1, [x0, 160]
	.loc 1 25 27 view .LVU27
	str	w6, [x0, w5, sxtw 2]
	.loc 1 26 9 is_stmt 1 view .LVU28
.LVL6:
	.loc 1 24 18 view .LVU29
.L1:
	.loc 1 28 1 is_stmt 0 view .LVU30
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
	.p2align 4,,11
	.type	big_print, %function
big_print:
.LVL7:
.LFB14:
	.loc 1 45 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 46 5 view .LVU32
	.loc 1 45 1 is_stmt 0 view .LVU33
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	mov	x20, x1
	.loc 1 46 5 view .LVU34
	mov	x1, x0
.LVL8:
	.loc 1 46 5 view .LVU35
	adrp	x0, .LC0
.LVL9:
	.loc 1 46 5 view .LVU36
	add	x0, x0, :lo12:.LC0
	.loc 1 46 41 view .LVU37
	ldr	w2, [x20, 160]
	sub	w2, w2, #1
	.loc 1 46 5 view .LVU38
	ldr	w2, [x20, w2, sxtw 2]
	bl	printf
.LVL10:
	.loc 1 47 5 is_stmt 1 view .LVU39
.LBB12:
	.loc 1 47 10 view .LVU40
	.loc 1 47 14 is_stmt 0 view .LVU41
	ldr	w19, [x20, 160]
.LVL11:
	.loc 1 47 30 is_stmt 1 view .LVU42
	subs	w19, w19, #2
.LVL12:
	.loc 1 47 30 is_stmt 0 view .LVU43
	bmi	.L11
	sxtw	x19, w19
	.loc 1 47 30 view .LVU44
	str	x21, [sp, 32]
	.cfi_offset 21, -16
	adrp	x21, .LC1
	.loc 1 48 9 view .LVU45
	add	x21, x21, :lo12:.LC1
.LVL13:
	.p2align 3,,7
.L12:
	.loc 1 48 9 is_stmt 1 discriminator 3 view .LVU46
	ldr	w1, [x20, x19, lsl 2]
	mov	x0, x21
	.loc 1 47 30 is_stmt 0 discriminator 3 view .LVU47
	sub	x19, x19, #1
.LVL14:
	.loc 1 48 9 discriminator 3 view .LVU48
	bl	printf
.LVL15:
	.loc 1 47 37 is_stmt 1 discriminator 3 view .LVU49
	.loc 1 47 30 discriminator 3 view .LVU50
	tbz	w19, #31, .L12
	ldr	x21, [sp, 32]
	.cfi_restore 21
.L11:
	.loc 1 47 30 is_stmt 0 discriminator 3 view .LVU51
.LBE12:
	.loc 1 49 5 is_stmt 1 view .LVU52
	mov	w0, 10
	.loc 1 50 1 is_stmt 0 view .LVU53
	ldp	x19, x20, [sp, 16]
.LVL16:
	.loc 1 50 1 view .LVU54
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	.loc 1 49 5 view .LVU55
	b	putchar
.LVL17:
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB15:
	.loc 1 53 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 54 5 view .LVU57
	.loc 1 55 5 view .LVU58
	.loc 1 53 1 is_stmt 0 view .LVU59
	sub	sp, sp, #560
	.cfi_def_cfa_offset 560
.LVL18:
.LBB23:
.LBI23:
	.loc 1 10 13 is_stmt 1 view .LVU60
.LBB24:
	.loc 1 12 5 view .LVU61
	.loc 1 12 16 is_stmt 0 view .LVU62
	mov	w0, 1
.LBE24:
.LBE23:
.LBB26:
	.loc 1 56 19 view .LVU63
	mov	w10, 2
.LBE26:
	.loc 1 53 1 view .LVU64
	stp	x29, x30, [sp]
	.cfi_offset 29, -560
	.cfi_offset 30, -552
	mov	x29, sp
	str	x21, [sp, 32]
	.cfi_offset 21, -528
	add	x21, sp, 56
.LVL19:
	.loc 1 53 1 view .LVU65
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -544
	.cfi_offset 20, -536
.LBB27:
.LBB25:
	.loc 1 12 16 view .LVU66
	str	w0, [sp, 56]
	.loc 1 13 5 is_stmt 1 view .LVU67
	.loc 1 13 10 is_stmt 0 view .LVU68
	str	w0, [sp, 216]
.LVL20:
	.loc 1 13 10 view .LVU69
.LBE25:
.LBE27:
	.loc 1 56 5 is_stmt 1 view .LVU70
.LBB28:
	.loc 1 56 10 view .LVU71
	.loc 1 56 28 view .LVU72
	.p2align 3,,7
.L16:
	.loc 1 57 9 discriminator 3 view .LVU73
	mov	w1, w10
	mov	x0, x21
	.loc 1 56 36 is_stmt 0 discriminator 3 view .LVU74
	add	w10, w10, 1
.LVL21:
	.loc 1 57 9 discriminator 3 view .LVU75
	bl	big_mul_small
.LVL22:
	.loc 1 56 36 is_stmt 1 discriminator 3 view .LVU76
	.loc 1 56 28 discriminator 3 view .LVU77
	cmp	w10, 51
	bne	.L16
.LBE28:
	.loc 1 58 5 view .LVU78
	mov	x1, x21
	adrp	x0, .LC2
	add	x20, sp, 224
	add	x0, x0, :lo12:.LC2
	bl	big_print
.LVL23:
	.loc 1 59 5 view .LVU79
.LBB29:
.LBI29:
	.loc 1 10 13 view .LVU80
.LBB30:
	.loc 1 12 5 view .LVU81
	.loc 1 13 10 is_stmt 0 view .LVU82
	mov	w19, 200
	.loc 1 12 16 view .LVU83
	mov	w0, 1
	str	w0, [sp, 224]
	.loc 1 13 5 is_stmt 1 view .LVU84
	.loc 1 13 10 is_stmt 0 view .LVU85
	str	w0, [sp, 384]
.LVL24:
	.loc 1 13 10 view .LVU86
.LBE30:
.LBE29:
	.loc 1 60 5 is_stmt 1 view .LVU87
.LBB31:
	.loc 1 60 10 view .LVU88
	.loc 1 60 23 view .LVU89
	.p2align 3,,7
.L17:
	.loc 1 61 9 discriminator 3 view .LVU90
	mov	x0, x20
	mov	w1, 2
	bl	big_mul_small
.LVL25:
	.loc 1 60 31 discriminator 3 view .LVU91
	.loc 1 60 23 discriminator 3 view .LVU92
	subs	w19, w19, #1
	bne	.L17
.LBE31:
	.loc 1 62 5 view .LVU93
	mov	x1, x20
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	big_print
.LVL26:
	.loc 1 63 5 view .LVU94
	.loc 1 63 7 is_stmt 0 view .LVU95
	ldp	q2, q3, [x21]
	add	x1, sp, 392
	ldp	q0, q1, [x21, 32]
	ldp	q4, q5, [x21, 64]
	stp	q2, q3, [x1]
	ldr	w6, [x21, 160]
	ldp	q2, q3, [x21, 96]
	stp	q0, q1, [x1, 32]
.LBB32:
.LBB33:
	.loc 1 33 21 view .LVU96
	ldr	w7, [sp, 384]
.LBE33:
.LBE32:
	.loc 1 63 7 view .LVU97
	ldp	q0, q1, [x21, 128]
.LBB45:
.LBB42:
	.loc 1 33 9 view .LVU98
	cmp	w7, w6
	csel	w5, w7, w6, ge
.LBE42:
.LBE45:
	.loc 1 63 7 view .LVU99
	stp	q4, q5, [x1, 64]
	stp	q2, q3, [x1, 96]
	stp	q0, q1, [x1, 128]
	str	w6, [x1, 160]
	.loc 1 64 5 is_stmt 1 view .LVU100
.LVL27:
.LBB46:
.LBI32:
	.loc 1 30 13 view .LVU101
.LBB43:
	.loc 1 32 5 view .LVU102
	.loc 1 33 5 view .LVU103
	.loc 1 34 5 view .LVU104
.LBB34:
	.loc 1 34 10 view .LVU105
	.loc 1 34 23 view .LVU106
	cmp	w5, 0
	ble	.L34
.LBB35:
	.loc 1 37 40 is_stmt 0 view .LVU107
	mov	w9, 51711
	mov	w10, 13824
	mov	x4, x1
.LBE35:
.LBE34:
	.loc 1 32 14 view .LVU108
	mov	w3, 0
.LBB41:
	.loc 1 34 14 view .LVU109
	mov	w2, 0
.LBB36:
	.loc 1 37 40 view .LVU110
	movk	w9, 0x3b9a, lsl 16
	movk	w10, 0xc465, lsl 16
	b	.L23
.LVL28:
	.p2align 2,,3
.L36:
	.loc 1 35 45 view .LVU111
	mov	w0, 0
	.loc 1 35 75 view .LVU112
	cmp	w7, w2
	bgt	.L20
	.loc 1 35 75 view .LVU113
	mov	w0, w3
	.loc 1 36 15 view .LVU114
	mov	w3, 0
.LVL29:
.L21:
	.loc 1 36 15 view .LVU115
.LBE36:
	.loc 1 34 29 view .LVU116
	add	w2, w2, 1
.LVL30:
.LBB37:
	.loc 1 37 20 view .LVU117
	str	w0, [x4], 4
.LBE37:
	.loc 1 34 29 is_stmt 1 view .LVU118
.LVL31:
	.loc 1 34 23 view .LVU119
	add	x20, x20, 4
	cmp	w5, w2
	beq	.L35
.LVL32:
.L23:
.LBB38:
	.loc 1 35 9 view .LVU120
	.loc 1 35 45 is_stmt 0 view .LVU121
	cmp	w6, w2
	ble	.L36
	ldr	w0, [x4]
	.loc 1 35 75 view .LVU122
	cmp	w7, w2
	ble	.L22
.L20:
	.loc 1 35 50 view .LVU123
	ldr	w8, [x20]
	add	w0, w0, w8
.L22:
	.loc 1 35 18 view .LVU124
	add	w0, w3, w0
.LVL33:
	.loc 1 36 9 is_stmt 1 view .LVU125
	.loc 1 37 9 view .LVU126
	.loc 1 36 15 is_stmt 0 view .LVU127
	mov	w3, 0
	.loc 1 37 40 view .LVU128
	cmp	w0, w9
	bls	.L21
	add	w0, w0, w10
.LVL34:
	.loc 1 37 40 view .LVU129
.LBE38:
	.loc 1 34 29 view .LVU130
	add	w2, w2, 1
.LVL35:
.LBB39:
	.loc 1 37 20 view .LVU131
	str	w0, [x4], 4
.LBE39:
	.loc 1 34 23 view .LVU132
	add	x20, x20, 4
.LBB40:
	.loc 1 36 15 view .LVU133
	mov	w3, 1
.LVL36:
	.loc 1 36 15 view .LVU134
.LBE40:
	.loc 1 34 29 is_stmt 1 view .LVU135
	.loc 1 34 23 view .LVU136
	cmp	w5, w2
	bne	.L23
.L35:
	.loc 1 34 23 is_stmt 0 view .LVU137
.LBE41:
	.loc 1 39 5 is_stmt 1 view .LVU138
	.loc 1 40 5 view .LVU139
	.loc 1 40 20 is_stmt 0 view .LVU140
	cmp	w5, 39
	cset	w0, le
	.loc 1 40 8 view .LVU141
	tst	w0, w3
	beq	.L34
	.loc 1 41 9 is_stmt 1 view .LVU142
	.loc 1 41 21 is_stmt 0 view .LVU143
	add	w2, w5, 1
.LVL37:
	.loc 1 41 25 view .LVU144
	mov	w0, 1
	str	w0, [x1, w5, sxtw 2]
	.loc 1 41 21 view .LVU145
	str	w2, [sp, 552]
.LVL38:
.L25:
	.loc 1 41 21 view .LVU146
.LBE43:
.LBE46:
	.loc 1 65 5 is_stmt 1 view .LVU147
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	big_print
.LVL39:
	.loc 1 66 5 view .LVU148
	.loc 1 67 1 is_stmt 0 view .LVU149
	ldp	x29, x30, [sp]
	ldp	x19, x20, [sp, 16]
	ldr	x21, [sp, 32]
	ldr	w0, [sp, 552]
	add	sp, sp, 560
	.cfi_remember_state
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL40:
.L34:
	.cfi_restore_state
.LBB47:
.LBB44:
	.loc 1 39 10 view .LVU150
	str	w5, [sp, 552]
	b	.L25
.LBE44:
.LBE47:
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4b1
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x16
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL26
	.8byte	0
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
	.uleb128 0x5
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x46
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2a
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0xf
	.4byte	0x7a
	.uleb128 0x5
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x5b
	.uleb128 0x5
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x6e
	.uleb128 0x18
	.string	"big"
	.byte	0xa4
	.byte	0x1
	.byte	0x8
	.byte	0x8
	.4byte	0xc4
	.uleb128 0x19
	.4byte	.LASF14
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0xc9
	.byte	0
	.uleb128 0x1a
	.string	"n"
	.byte	0x1
	.byte	0x8
	.byte	0x28
	.4byte	0x31
	.byte	0xa0
	.byte	0
	.uleb128 0xf
	.4byte	0x9e
	.uleb128 0x1b
	.4byte	0x86
	.4byte	0xd9
	.uleb128 0x1c
	.4byte	0x2a
	.byte	0x27
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF21
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xf1
	.uleb128 0x1e
	.4byte	0xf1
	.uleb128 0x1f
	.byte	0
	.uleb128 0x9
	.4byte	0x81
	.uleb128 0x20
	.4byte	.LASF22
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x309
	.uleb128 0xa
	.string	"f"
	.byte	0x10
	.4byte	0x9e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -504
	.uleb128 0xa
	.string	"p"
	.byte	0x13
	.4byte	0x9e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -336
	.uleb128 0xa
	.string	"s"
	.byte	0x16
	.4byte	0x9e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -168
	.uleb128 0x21
	.4byte	.LLRL12
	.4byte	0x171
	.uleb128 0x4
	.string	"i"
	.byte	0x38
	.byte	0x13
	.4byte	0x86
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x6
	.8byte	.LVL22
	.4byte	0x410
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x70
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7a
	.sleb128 -1
	.byte	0
	.byte	0
	.uleb128 0x10
	.8byte	.LBB31
	.8byte	.LBE31-.LBB31
	.4byte	0x1b1
	.uleb128 0x4
	.string	"i"
	.byte	0x3c
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x6
	.8byte	.LVL25
	.4byte	0x410
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x70
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.byte	0
	.uleb128 0x11
	.4byte	0x48c
	.8byte	.LBI23
	.byte	.LVU60
	.4byte	.LLRL9
	.byte	0x37
	.4byte	0x1e3
	.uleb128 0x3
	.4byte	0x49f
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x3
	.4byte	0x496
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.uleb128 0x22
	.4byte	0x48c
	.8byte	.LBI29
	.byte	.LVU80
	.8byte	.LBB29
	.8byte	.LBE29-.LBB29
	.byte	0x1
	.byte	0x3b
	.byte	0x5
	.4byte	0x223
	.uleb128 0x3
	.4byte	0x49f
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x3
	.4byte	0x496
	.4byte	.LLST15
	.4byte	.LVUS15
	.byte	0
	.uleb128 0x11
	.4byte	0x3c3
	.8byte	.LBI32
	.byte	.LVU101
	.4byte	.LLRL17
	.byte	0x40
	.4byte	0x2a3
	.uleb128 0x3
	.4byte	0x3d6
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x3
	.4byte	0x3cd
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0xb
	.4byte	.LLRL17
	.uleb128 0x7
	.4byte	0x3df
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x7
	.4byte	0x3eb
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x12
	.4byte	0x3f4
	.4byte	.LLRL22
	.uleb128 0x7
	.4byte	0x3f5
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x12
	.4byte	0x3fe
	.4byte	.LLRL24
	.uleb128 0x7
	.4byte	0x3ff
	.4byte	.LLST25
	.4byte	.LVUS25
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL23
	.4byte	0x309
	.4byte	0x2c8
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
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL26
	.4byte	0x309
	.4byte	0x2ed
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
	.uleb128 0x6
	.8byte	.LVL39
	.4byte	0x309
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.byte	0
	.uleb128 0x13
	.4byte	.LASF16
	.byte	0x2c
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3be
	.uleb128 0xd
	.string	"tag"
	.byte	0x2c
	.byte	0x23
	.4byte	0xf1
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0xd
	.string	"b"
	.byte	0x2c
	.byte	0x3a
	.4byte	0x3be
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x10
	.8byte	.LBB12
	.8byte	.LBE12-.LBB12
	.4byte	0x384
	.uleb128 0x4
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x6
	.8byte	.LVL15
	.4byte	0xd9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL10
	.4byte	0xd9
	.4byte	0x3aa
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
	.uleb128 0x23
	.8byte	.LVL17
	.4byte	0x4a9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0xc4
	.uleb128 0x14
	.4byte	.LASF18
	.byte	0x1e
	.4byte	0x40b
	.uleb128 0x8
	.string	"a"
	.byte	0x1e
	.byte	0x21
	.4byte	0x40b
	.uleb128 0x8
	.string	"b"
	.byte	0x1e
	.byte	0x36
	.4byte	0x3be
	.uleb128 0x24
	.4byte	.LASF15
	.byte	0x1
	.byte	0x20
	.byte	0xe
	.4byte	0x86
	.uleb128 0xe
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x31
	.uleb128 0x15
	.uleb128 0xe
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x31
	.uleb128 0x15
	.uleb128 0xe
	.string	"x"
	.byte	0x23
	.byte	0x12
	.4byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x9e
	.uleb128 0x13
	.4byte	.LASF17
	.byte	0x10
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x48c
	.uleb128 0x25
	.string	"b"
	.byte	0x1
	.byte	0x10
	.byte	0x27
	.4byte	0x40b
	.uleb128 0x1
	.byte	0x50
	.uleb128 0xd
	.string	"m"
	.byte	0x10
	.byte	0x33
	.4byte	0x86
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x26
	.4byte	.LASF15
	.byte	0x1
	.byte	0x12
	.byte	0xe
	.4byte	0x92
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xb
	.4byte	.LLRL2
	.uleb128 0x4
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0xb
	.4byte	.LLRL4
	.uleb128 0x4
	.string	"t"
	.byte	0x14
	.byte	0x12
	.4byte	0x92
	.4byte	.LLST5
	.4byte	.LVUS5
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.4byte	.LASF19
	.byte	0xa
	.4byte	0x4a9
	.uleb128 0x8
	.string	"b"
	.byte	0xa
	.byte	0x21
	.4byte	0x40b
	.uleb128 0x8
	.string	"v"
	.byte	0xa
	.byte	0x2d
	.4byte	0x86
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
	.uleb128 0x6
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0x11
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x24
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
	.uleb128 0x25
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
	.uleb128 0x26
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
.LVUS13:
	.uleb128 .LVU72
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU79
.LLST13:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL20-.LVL20
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL21-.LVL20
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL21-.LVL20
	.uleb128 .LVL22-1-.LVL20
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL22-1-.LVL20
	.uleb128 .LVL22-.LVL20
	.uleb128 0x3
	.byte	0x7a
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL20
	.uleb128 .LVL23-1-.LVL20
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS16:
	.uleb128 .LVU89
	.uleb128 .LVU90
.LLST16:
	.byte	0x8
	.8byte	.LVL24
	.uleb128 .LVL24-.LVL24
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU60
	.uleb128 .LVU69
.LLST10:
	.byte	0x8
	.8byte	.LVL18
	.uleb128 .LVL20-.LVL18
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU60
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU69
.LLST11:
	.byte	0x6
	.8byte	.LVL18
	.byte	0x4
	.uleb128 .LVL18-.LVL18
	.uleb128 .LVL19-.LVL18
	.uleb128 0x4
	.byte	0x91
	.sleb128 -504
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL18
	.uleb128 .LVL20-.LVL18
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS14:
	.uleb128 .LVU80
	.uleb128 .LVU86
.LLST14:
	.byte	0x8
	.8byte	.LVL23
	.uleb128 .LVL24-.LVL23
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU80
	.uleb128 .LVU86
.LLST15:
	.byte	0x8
	.8byte	.LVL23
	.uleb128 .LVL24-.LVL23
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS18:
	.uleb128 .LVU101
	.uleb128 .LVU111
	.uleb128 .LVU111
	.uleb128 .LVU146
	.uleb128 .LVU150
	.uleb128 0
.LLST18:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL28-.LVL27
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL28-.LVL27
	.uleb128 .LVL38-.LVL27
	.uleb128 0x4
	.byte	0x91
	.sleb128 -336
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL40-.LVL27
	.uleb128 .LFE15-.LVL27
	.uleb128 0x4
	.byte	0x91
	.sleb128 -336
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU101
	.uleb128 .LVU146
	.uleb128 .LVU150
	.uleb128 0
.LLST19:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL38-.LVL27
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL40-.LVL27
	.uleb128 .LFE15-.LVL27
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS20:
	.uleb128 .LVU103
	.uleb128 .LVU111
	.uleb128 .LVU111
	.uleb128 .LVU115
	.uleb128 .LVU119
	.uleb128 .LVU126
	.uleb128 .LVU126
	.uleb128 .LVU129
	.uleb128 .LVU136
	.uleb128 .LVU146
.LLST20:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL28-.LVL27
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL27
	.uleb128 .LVL29-.LVL27
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL31-.LVL27
	.uleb128 .LVL33-.LVL27
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL33-.LVL27
	.uleb128 .LVL34-.LVL27
	.uleb128 0x12
	.byte	0x70
	.sleb128 0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0xc
	.4byte	0x3b9ac9ff
	.byte	0x2b
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL27
	.uleb128 .LVL38-.LVL27
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS21:
	.uleb128 .LVU104
	.uleb128 .LVU146
	.uleb128 .LVU150
	.uleb128 0
.LLST21:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL38-.LVL27
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL40-.LVL27
	.uleb128 .LFE15-.LVL27
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS23:
	.uleb128 .LVU106
	.uleb128 .LVU111
	.uleb128 .LVU111
	.uleb128 .LVU117
	.uleb128 .LVU117
	.uleb128 .LVU119
	.uleb128 .LVU119
	.uleb128 .LVU131
	.uleb128 .LVU131
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU144
.LLST23:
	.byte	0x6
	.8byte	.LVL27
	.byte	0x4
	.uleb128 .LVL27-.LVL27
	.uleb128 .LVL28-.LVL27
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL27
	.uleb128 .LVL30-.LVL27
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL30-.LVL27
	.uleb128 .LVL31-.LVL27
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL27
	.uleb128 .LVL35-.LVL27
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL35-.LVL27
	.uleb128 .LVL36-.LVL27
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL27
	.uleb128 .LVL37-.LVL27
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS25:
	.uleb128 .LVU125
	.uleb128 .LVU129
.LLST25:
	.byte	0x8
	.8byte	.LVL33
	.uleb128 .LVL34-.LVL33
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 0
.LLST6:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL9-.LVL7
	.uleb128 .LVL10-1-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-1-.LVL7
	.uleb128 .LFE14-.LVL7
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.LVL7
	.uleb128 .LVL16-.LVL7
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL16-.LVL7
	.uleb128 .LFE14-.LVL7
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU48
.LLST8:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL12-.LVL11
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL11
	.uleb128 .LVL14-.LVL11
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL5-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.LVL0
	.uleb128 .LFE12-.LVL0
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
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU30
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
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU30
.LLST3:
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
	.uleb128 .LVL4-.LVL0
	.uleb128 0x8
	.byte	0x74
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0xa
	.byte	0x74
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
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0xc
	.byte	0x74
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
.LVUS5:
	.uleb128 .LVU12
	.uleb128 .LVU30
.LLST5:
	.byte	0x8
	.8byte	.LVL2
	.uleb128 .LVL6-.LVL2
	.uleb128 0x1
	.byte	0x53
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
.LLRL2:
	.byte	0x5
	.8byte	.LBB8
	.byte	0x4
	.uleb128 .LBB8-.LBB8
	.uleb128 .LBE8-.LBB8
	.byte	0x4
	.uleb128 .LBB11-.LBB8
	.uleb128 .LBE11-.LBB8
	.byte	0
.LLRL4:
	.byte	0x5
	.8byte	.LBB9
	.byte	0x4
	.uleb128 .LBB9-.LBB9
	.uleb128 .LBE9-.LBB9
	.byte	0x4
	.uleb128 .LBB10-.LBB9
	.uleb128 .LBE10-.LBB9
	.byte	0
.LLRL9:
	.byte	0x5
	.8byte	.LBB23
	.byte	0x4
	.uleb128 .LBB23-.LBB23
	.uleb128 .LBE23-.LBB23
	.byte	0x4
	.uleb128 .LBB27-.LBB23
	.uleb128 .LBE27-.LBB23
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB26
	.byte	0x4
	.uleb128 .LBB26-.LBB26
	.uleb128 .LBE26-.LBB26
	.byte	0x4
	.uleb128 .LBB28-.LBB26
	.uleb128 .LBE28-.LBB26
	.byte	0
.LLRL17:
	.byte	0x5
	.8byte	.LBB32
	.byte	0x4
	.uleb128 .LBB32-.LBB32
	.uleb128 .LBE32-.LBB32
	.byte	0x4
	.uleb128 .LBB45-.LBB32
	.uleb128 .LBE45-.LBB32
	.byte	0x4
	.uleb128 .LBB46-.LBB32
	.uleb128 .LBE46-.LBB32
	.byte	0x4
	.uleb128 .LBB47-.LBB32
	.uleb128 .LBE47-.LBB32
	.byte	0
.LLRL22:
	.byte	0x5
	.8byte	.LBB34
	.byte	0x4
	.uleb128 .LBB34-.LBB34
	.uleb128 .LBE34-.LBB34
	.byte	0x4
	.uleb128 .LBB41-.LBB34
	.uleb128 .LBE41-.LBB34
	.byte	0
.LLRL24:
	.byte	0x5
	.8byte	.LBB35
	.byte	0x4
	.uleb128 .LBB35-.LBB35
	.uleb128 .LBE35-.LBB35
	.byte	0x4
	.uleb128 .LBB36-.LBB35
	.uleb128 .LBE36-.LBB35
	.byte	0x4
	.uleb128 .LBB37-.LBB35
	.uleb128 .LBE37-.LBB35
	.byte	0x4
	.uleb128 .LBB38-.LBB35
	.uleb128 .LBE38-.LBB35
	.byte	0x4
	.uleb128 .LBB39-.LBB35
	.uleb128 .LBE39-.LBB35
	.byte	0x4
	.uleb128 .LBB40-.LBB35
	.uleb128 .LBE40-.LBB35
	.byte	0
.LLRL26:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB15
	.uleb128 .LFE15-.LFB15
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF18:
	.string	"big_add"
.LASF13:
	.string	"uint64_t"
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
