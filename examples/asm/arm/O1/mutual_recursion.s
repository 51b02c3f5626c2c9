	.arch armv8-a
	.file	"mutual_recursion.c"
	.text
.Ltext0:
	.file 0 "." "programs/mutual_recursion.c"
	.align	2
	.type	is_even, %function
is_even:
.LVL0:
.LFB11:
	.file 1 "programs/mutual_recursion.c"
	.loc 1 5 32 view -0
	.cfi_startproc
	.loc 1 5 34 view .LVU1
	.loc 1 5 52 is_stmt 0 view .LVU2
	cbnz	w0, .L9
	mov	w0, 1
.LVL1:
	.loc 1 5 52 view .LVU3
	ret
.LVL2:
.L9:
	.loc 1 5 52 view .LVU4
	mov	w1, w0
.LVL3:
.LBB4:
.LBI4:
	.loc 1 6 12 is_stmt 1 discriminator 1 view .LVU5
.LBB5:
	.loc 1 6 33 discriminator 1 view .LVU6
	.loc 1 6 51 is_stmt 0 discriminator 1 view .LVU7
	mov	w0, 0
.LVL4:
	.loc 1 6 51 discriminator 1 view .LVU8
	cmp	w1, 1
	bne	.L10
	.loc 1 6 51 discriminator 1 view .LVU9
.LBE5:
.LBE4:
	.loc 1 5 69 view .LVU10
	ret
.L10:
	.loc 1 5 32 view .LVU11
	stp	x29, x30, [sp, -16]!
	.cfi_def_cfa_offset 16
	.cfi_offset 29, -16
	.cfi_offset 30, -8
	mov	x29, sp
.LBB7:
.LBB6:
	.loc 1 6 53 view .LVU12
	sub	w0, w1, #2
	bl	is_even
.LVL5:
	.loc 1 6 53 view .LVU13
.LBE6:
.LBE7:
	.loc 1 5 69 view .LVU14
	ldp	x29, x30, [sp], 16
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE11:
	.size	is_even, .-is_even
	.align	2
	.type	expr, %function
expr:
.LFB15:
	.loc 1 46 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	.loc 1 47 5 view .LVU16
	.loc 1 47 14 is_stmt 0 view .LVU17
	bl	term
.LVL6:
	mov	x20, x0
.LVL7:
	.loc 1 49 16 view .LVU18
	adrp	x19, .LANCHOR0
	b	.L12
.LVL8:
.L13:
	.loc 1 50 13 is_stmt 1 view .LVU19
	.loc 1 50 14 is_stmt 0 view .LVU20
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
.L12:
	.loc 1 49 19 is_stmt 1 view .LVU21
	.loc 1 49 16 is_stmt 0 view .LVU22
	ldr	x1, [x19, #:lo12:.LANCHOR0]
	ldrb	w2, [x1]
	.loc 1 49 19 view .LVU23
	cmp	w2, 32
	beq	.L13
	.loc 1 51 9 is_stmt 1 view .LVU24
	.loc 1 51 12 is_stmt 0 view .LVU25
	cmp	w2, 43
	beq	.L18
	.loc 1 52 14 is_stmt 1 view .LVU26
	.loc 1 52 17 is_stmt 0 view .LVU27
	cmp	w2, 45
	bne	.L11
	.loc 1 52 31 is_stmt 1 discriminator 1 view .LVU28
	.loc 1 52 32 is_stmt 0 discriminator 1 view .LVU29
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
	.loc 1 52 36 is_stmt 1 discriminator 1 view .LVU30
	.loc 1 52 41 is_stmt 0 discriminator 1 view .LVU31
	bl	term
.LVL9:
	.loc 1 52 38 discriminator 1 view .LVU32
	sub	x20, x20, x0
.LVL10:
	.loc 1 52 38 discriminator 1 view .LVU33
	b	.L12
.L18:
	.loc 1 51 26 is_stmt 1 discriminator 1 view .LVU34
	.loc 1 51 27 is_stmt 0 discriminator 1 view .LVU35
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
	.loc 1 51 31 is_stmt 1 discriminator 1 view .LVU36
	.loc 1 51 36 is_stmt 0 discriminator 1 view .LVU37
	bl	term
.LVL11:
	.loc 1 51 33 discriminator 1 view .LVU38
	add	x20, x20, x0
.LVL12:
	.loc 1 51 33 discriminator 1 view .LVU39
	b	.L12
.L11:
	.loc 1 55 1 view .LVU40
	mov	x0, x20
	ldp	x19, x20, [sp, 16]
.LVL13:
	.loc 1 55 1 view .LVU41
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE15:
	.size	expr, .-expr
	.align	2
	.type	factor, %function
factor:
.LFB13:
	.loc 1 13 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 14 5 view .LVU43
	.loc 1 14 15 view .LVU44
	.loc 1 14 12 is_stmt 0 view .LVU45
	adrp	x0, .LANCHOR0
	ldr	x0, [x0, #:lo12:.LANCHOR0]
	ldrb	w1, [x0]
	.loc 1 14 15 view .LVU46
	cmp	w1, 32
	bne	.L20
	add	x0, x0, 1
.L21:
	.loc 1 15 9 is_stmt 1 view .LVU47
	.loc 1 14 15 view .LVU48
	mov	x2, x0
	.loc 1 14 12 is_stmt 0 view .LVU49
	ldrb	w1, [x0], 1
	.loc 1 14 15 view .LVU50
	cmp	w1, 32
	beq	.L21
	.loc 1 15 10 view .LVU51
	mov	x0, x2
	adrp	x3, .LANCHOR0
	str	x2, [x3, #:lo12:.LANCHOR0]
.L20:
	.loc 1 16 5 is_stmt 1 view .LVU52
	.loc 1 16 8 is_stmt 0 view .LVU53
	cmp	w1, 40
	beq	.L32
	.loc 1 23 5 is_stmt 1 view .LVU54
	.loc 1 23 8 is_stmt 0 view .LVU55
	cmp	w1, 45
	beq	.L24
.LVL14:
	.loc 1 28 22 is_stmt 1 view .LVU56
	.loc 1 28 12 is_stmt 0 view .LVU57
	adrp	x0, .LANCHOR0
	ldr	x3, [x0, #:lo12:.LANCHOR0]
	ldrb	w1, [x3], 1
	.loc 1 28 22 view .LVU58
	sub	w2, w1, #48
	and	w2, w2, 255
	.loc 1 27 10 view .LVU59
	mov	x0, 0
	.loc 1 28 22 view .LVU60
	cmp	w2, 9
	bhi	.L19
.LVL15:
.L26:
	.loc 1 29 9 is_stmt 1 view .LVU61
	.loc 1 29 15 is_stmt 0 view .LVU62
	add	x0, x0, x0, lsl 2
.LVL16:
	.loc 1 29 25 view .LVU63
	mov	x4, x3
	.loc 1 29 28 view .LVU64
	sub	w1, w1, #48
	sxtw	x1, w1
	.loc 1 29 11 view .LVU65
	add	x0, x1, x0, lsl 1
.LVL17:
	.loc 1 28 22 is_stmt 1 view .LVU66
	.loc 1 28 12 is_stmt 0 view .LVU67
	ldrb	w1, [x3], 1
	.loc 1 28 22 view .LVU68
	sub	w2, w1, #48
	and	w2, w2, 255
	cmp	w2, 9
	bls	.L26
	adrp	x1, .LANCHOR0
	str	x4, [x1, #:lo12:.LANCHOR0]
.LVL18:
.L19:
	.loc 1 31 1 view .LVU69
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
.L32:
	.cfi_restore_state
	str	x19, [sp, 16]
	.cfi_offset 19, -16
.LBB8:
	.loc 1 17 9 is_stmt 1 view .LVU70
	.loc 1 17 10 is_stmt 0 view .LVU71
	adrp	x19, .LANCHOR0
	add	x0, x0, 1
	str	x0, [x19, #:lo12:.LANCHOR0]
	.loc 1 18 9 is_stmt 1 view .LVU72
	.loc 1 18 18 is_stmt 0 view .LVU73
	bl	expr
.LVL19:
	.loc 1 19 9 is_stmt 1 view .LVU74
	.loc 1 19 13 is_stmt 0 view .LVU75
	ldr	x1, [x19, #:lo12:.LANCHOR0]
	.loc 1 19 12 view .LVU76
	ldrb	w2, [x1]
	cmp	w2, 41
	beq	.L33
	ldr	x19, [sp, 16]
	.cfi_restore 19
	b	.L19
.L33:
	.cfi_offset 19, -16
	.loc 1 20 13 is_stmt 1 view .LVU77
	.loc 1 20 14 is_stmt 0 view .LVU78
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
	ldr	x19, [sp, 16]
	.cfi_restore 19
	b	.L19
.LVL20:
.L24:
	.loc 1 20 14 view .LVU79
.LBE8:
	.loc 1 24 9 is_stmt 1 view .LVU80
	.loc 1 24 10 is_stmt 0 view .LVU81
	add	x0, x0, 1
	adrp	x1, .LANCHOR0
	str	x0, [x1, #:lo12:.LANCHOR0]
	.loc 1 25 9 is_stmt 1 view .LVU82
	.loc 1 25 17 is_stmt 0 view .LVU83
	bl	factor
.LVL21:
	.loc 1 25 16 view .LVU84
	neg	x0, x0
	b	.L19
	.cfi_endproc
.LFE13:
	.size	factor, .-factor
	.align	2
	.type	term, %function
term:
.LFB14:
	.loc 1 34 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	.loc 1 35 5 view .LVU86
	.loc 1 35 14 is_stmt 0 view .LVU87
	bl	factor
.LVL22:
	mov	x20, x0
.LVL23:
	.loc 1 37 16 view .LVU88
	adrp	x19, .LANCHOR0
	b	.L35
.LVL24:
.L36:
	.loc 1 38 13 is_stmt 1 view .LVU89
	.loc 1 38 14 is_stmt 0 view .LVU90
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
.LVL25:
.L35:
	.loc 1 37 19 is_stmt 1 view .LVU91
	.loc 1 37 16 is_stmt 0 view .LVU92
	ldr	x1, [x19, #:lo12:.LANCHOR0]
	ldrb	w2, [x1]
	.loc 1 37 19 view .LVU93
	cmp	w2, 32
	beq	.L36
	.loc 1 39 9 is_stmt 1 view .LVU94
	.loc 1 39 12 is_stmt 0 view .LVU95
	cmp	w2, 42
	beq	.L42
	.loc 1 40 14 is_stmt 1 view .LVU96
	.loc 1 40 17 is_stmt 0 view .LVU97
	cmp	w2, 47
	bne	.L34
.LBB9:
	.loc 1 40 31 is_stmt 1 discriminator 1 view .LVU98
	.loc 1 40 32 is_stmt 0 discriminator 1 view .LVU99
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
	.loc 1 40 36 is_stmt 1 discriminator 1 view .LVU100
	.loc 1 40 45 is_stmt 0 discriminator 1 view .LVU101
	bl	factor
.LVL26:
	.loc 1 40 55 is_stmt 1 discriminator 1 view .LVU102
	.loc 1 40 69 is_stmt 0 discriminator 1 view .LVU103
	cbz	x0, .L40
	.loc 1 40 69 discriminator 2 view .LVU104
	sdiv	x20, x20, x0
.LVL27:
	.loc 1 40 69 discriminator 2 view .LVU105
	b	.L35
.LVL28:
.L40:
	.loc 1 40 69 view .LVU106
	mov	x20, x0
.LVL29:
	.loc 1 40 69 view .LVU107
	b	.L35
.LVL30:
.L42:
	.loc 1 40 69 view .LVU108
.LBE9:
	.loc 1 39 26 is_stmt 1 discriminator 1 view .LVU109
	.loc 1 39 27 is_stmt 0 discriminator 1 view .LVU110
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
	.loc 1 39 31 is_stmt 1 discriminator 1 view .LVU111
	.loc 1 39 36 is_stmt 0 discriminator 1 view .LVU112
	bl	factor
.LVL31:
	.loc 1 39 33 discriminator 1 view .LVU113
	mul	x20, x20, x0
.LVL32:
	.loc 1 39 33 discriminator 1 view .LVU114
	b	.L35
.L34:
	.loc 1 43 1 view .LVU115
	mov	x0, x20
	ldp	x19, x20, [sp, 16]
.LVL33:
	.loc 1 43 1 view .LVU116
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE14:
	.size	term, .-term
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"even(10)=%d odd(7)=%d even(333)=%d\n"
	.align	3
.LC1:
	.string	"%s = %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL34:
.LFB16:
	.loc 1 58 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 58 1 is_stmt 0 view .LVU118
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	.cfi_offset 21, -32
	.cfi_offset 22, -24
	mov	w21, w0
	mov	x19, x1
	.loc 1 59 5 is_stmt 1 view .LVU119
	mov	w0, 10
.LVL35:
	.loc 1 59 5 is_stmt 0 view .LVU120
	bl	is_even
.LVL36:
	.loc 1 59 5 view .LVU121
	mov	w20, w0
.LVL37:
.LBB13:
.LBI13:
	.loc 1 6 12 is_stmt 1 view .LVU122
.LBB14:
	.loc 1 6 33 view .LVU123
	.loc 1 6 53 is_stmt 0 view .LVU124
	mov	w0, 6
	bl	is_even
.LVL38:
	mov	w22, w0
.LVL39:
	.loc 1 6 53 view .LVU125
.LBE14:
.LBE13:
	.loc 1 59 5 view .LVU126
	mov	w0, 333
	bl	is_even
.LVL40:
	mov	w3, w0
	mov	w2, w22
	mov	w1, w20
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL41:
	.loc 1 60 5 is_stmt 1 view .LVU127
	.loc 1 61 5 view .LVU128
.LBB15:
	.loc 1 61 10 view .LVU129
	.loc 1 61 23 view .LVU130
	cmp	w21, 1
	ble	.L46
	str	x23, [sp, 48]
	.cfi_offset 23, -16
	add	x20, x19, 8
	sub	w21, w21, #2
.LVL42:
	.loc 1 61 23 is_stmt 0 view .LVU131
	add	x19, x19, 16
.LVL43:
	.loc 1 61 23 view .LVU132
	add	x21, x19, x21, lsl 3
	.loc 1 62 11 view .LVU133
	adrp	x23, .LANCHOR0
	.loc 1 64 9 view .LVU134
	adrp	x22, .LC1
	add	x22, x22, :lo12:.LC1
.LVL44:
.L45:
	.loc 1 62 9 is_stmt 1 discriminator 3 view .LVU135
	.loc 1 62 11 is_stmt 0 discriminator 3 view .LVU136
	ldr	x0, [x20]
	str	x0, [x23, #:lo12:.LANCHOR0]
	.loc 1 63 9 is_stmt 1 discriminator 3 view .LVU137
	.loc 1 63 16 is_stmt 0 discriminator 3 view .LVU138
	bl	expr
.LVL45:
	mov	x19, x0
.LVL46:
	.loc 1 64 9 is_stmt 1 discriminator 3 view .LVU139
	mov	x2, x0
	ldr	x1, [x20], 8
.LVL47:
	.loc 1 64 9 is_stmt 0 discriminator 3 view .LVU140
	mov	x0, x22
.LVL48:
	.loc 1 64 9 discriminator 3 view .LVU141
	bl	printf
.LVL49:
	.loc 1 61 32 is_stmt 1 discriminator 3 view .LVU142
	.loc 1 61 23 discriminator 3 view .LVU143
	cmp	x20, x21
	bne	.L45
	ldr	x23, [sp, 48]
	.cfi_restore 23
.LVL50:
.L44:
	.loc 1 61 23 is_stmt 0 discriminator 3 view .LVU144
.LBE15:
	.loc 1 66 5 is_stmt 1 view .LVU145
	.loc 1 67 1 is_stmt 0 view .LVU146
	and	w0, w19, 127
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x29, x30, [sp], 64
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL51:
.L46:
	.cfi_restore_state
	.loc 1 60 10 view .LVU147
	mov	x19, 0
.LVL52:
	.loc 1 60 10 view .LVU148
	b	.L44
	.cfi_endproc
.LFE16:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	p, %object
	.size	p, 8
p:
	.zero	8
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3c3
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xc
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
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
	.uleb128 0x6
	.4byte	0x6b
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xe
	.4byte	0x6b
	.uleb128 0xf
	.string	"p"
	.byte	0x1
	.byte	0x8
	.byte	0x14
	.4byte	0x8b
	.uleb128 0x9
	.byte	0x3
	.8byte	p
	.uleb128 0x6
	.4byte	0x72
	.uleb128 0x10
	.4byte	.LASF17
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xa8
	.uleb128 0x11
	.4byte	0x8b
	.uleb128 0x12
	.byte	0
	.uleb128 0x13
	.4byte	.LASF18
	.byte	0x1
	.byte	0x39
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ee
	.uleb128 0x9
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x9
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x1ee
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x14
	.4byte	.LASF12
	.byte	0x1
	.byte	0x3c
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x7
	.8byte	.LBB15
	.8byte	.LBE15-.LBB15
	.4byte	0x150
	.uleb128 0x4
	.string	"i"
	.byte	0x3d
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1
	.8byte	.LVL45
	.4byte	0x1f3
	.uleb128 0x5
	.8byte	.LVL49
	.4byte	0x90
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x15
	.4byte	0x33f
	.8byte	.LBI13
	.byte	.LVU122
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.byte	0x1
	.byte	0x3b
	.byte	0x5
	.4byte	0x196
	.uleb128 0xa
	.4byte	0x350
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x5
	.8byte	.LVL38
	.4byte	0x35b
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL36
	.4byte	0x35b
	.4byte	0x1ad
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.uleb128 0xb
	.8byte	.LVL40
	.4byte	0x35b
	.4byte	0x1c6
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0xa
	.2byte	0x14d
	.byte	0
	.uleb128 0x5
	.8byte	.LVL41
	.4byte	0x90
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x6
	.4byte	0x66
	.uleb128 0x8
	.4byte	.LASF13
	.byte	0x2d
	.4byte	0x5f
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x24c
	.uleb128 0x4
	.string	"v"
	.byte	0x2f
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x1
	.8byte	.LVL6
	.4byte	0x24c
	.uleb128 0x1
	.8byte	.LVL9
	.4byte	0x24c
	.uleb128 0x1
	.8byte	.LVL11
	.4byte	0x24c
	.byte	0
	.uleb128 0x8
	.4byte	.LASF14
	.byte	0x21
	.4byte	0x5f
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2cc
	.uleb128 0x4
	.string	"v"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.4byte	0x2b1
	.uleb128 0x4
	.string	"d"
	.byte	0x28
	.byte	0x29
	.4byte	0x5f
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1
	.8byte	.LVL26
	.4byte	0x2cc
	.byte	0
	.uleb128 0x1
	.8byte	.LVL22
	.4byte	0x2cc
	.uleb128 0x1
	.8byte	.LVL31
	.4byte	0x2cc
	.byte	0
	.uleb128 0x8
	.4byte	.LASF15
	.byte	0xc
	.4byte	0x5f
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x33f
	.uleb128 0x4
	.string	"v"
	.byte	0x1b
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x7
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.4byte	0x331
	.uleb128 0x4
	.string	"v"
	.byte	0x12
	.byte	0xe
	.4byte	0x5f
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x1
	.8byte	.LVL19
	.4byte	0x1f3
	.byte	0
	.uleb128 0x1
	.8byte	.LVL21
	.4byte	0x2cc
	.byte	0
	.uleb128 0x16
	.4byte	.LASF19
	.byte	0x1
	.byte	0x6
	.byte	0xc
	.4byte	0x35
	.byte	0x1
	.4byte	0x35b
	.uleb128 0x17
	.string	"n"
	.byte	0x1
	.byte	0x6
	.byte	0x1c
	.4byte	0x4a
	.byte	0
	.uleb128 0x18
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x19
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x1d
	.4byte	0x4a
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1a
	.4byte	0x33f
	.8byte	.LBI4
	.byte	.LVU5
	.4byte	.LLRL1
	.byte	0x1
	.byte	0x5
	.byte	0x36
	.uleb128 0xa
	.4byte	0x350
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.8byte	.LVL5
	.4byte	0x35b
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x5
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x32
	.byte	0x1c
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 57
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
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
.LVUS8:
	.uleb128 0
	.uleb128 .LVU120
	.uleb128 .LVU120
	.uleb128 .LVU131
	.uleb128 .LVU131
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL51-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS9:
	.uleb128 0
	.uleb128 .LVU121
	.uleb128 .LVU121
	.uleb128 .LVU132
	.uleb128 .LVU132
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 .LVU148
	.uleb128 .LVU148
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL36-1-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL51-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU128
	.uleb128 .LVU139
	.uleb128 .LVU139
	.uleb128 .LVU141
	.uleb128 .LVU141
	.uleb128 .LVU142
	.uleb128 .LVU142
	.uleb128 .LVU144
	.uleb128 .LVU147
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL49-1-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU130
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 .LVU140
	.uleb128 .LVU140
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU144
	.uleb128 .LVU147
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0xd
	.byte	0x84
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0xd
	.byte	0x84
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x40
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0xd
	.byte	0x84
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x40
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU122
	.uleb128 .LVU125
.LLST11:
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x2
	.byte	0x37
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU88
	.uleb128 .LVU89
	.uleb128 .LVU89
	.uleb128 .LVU105
	.uleb128 .LVU106
	.uleb128 .LVU107
	.uleb128 .LVU108
	.uleb128 .LVU116
	.uleb128 .LVU116
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU102
	.uleb128 .LVU108
.LLST7:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU56
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU63
	.uleb128 .LVU66
	.uleb128 .LVU69
.LLST4:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS5:
	.uleb128 .LVU74
	.uleb128 .LVU79
.LLST5:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU3
	.uleb128 .LVU3
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU13
	.uleb128 .LVU13
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
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-1-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-1-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-1-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x31
	.byte	0x1c
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
.LLRL1:
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF19:
	.string	"is_odd"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF16:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF12:
	.string	"last"
.LASF18:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF14:
	.string	"term"
.LASF15:
	.string	"factor"
.LASF10:
	.string	"argc"
.LASF13:
	.string	"expr"
.LASF17:
	.string	"printf"
.LASF11:
	.string	"argv"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"is_even"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/mutual_recursion.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
