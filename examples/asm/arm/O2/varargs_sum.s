	.arch armv8-a
	.file	"varargs_sum.c"
	.text
.Ltext0:
	.file 0 "." "programs/varargs_sum.c"
	.align	2
	.p2align 4,,11
	.type	sum, %function
sum:
.LVL0:
.LFB11:
	.file 1 "programs/varargs_sum.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 7 5 view .LVU1
	.loc 1 8 5 view .LVU2
	.loc 1 9 5 view .LVU3
	.loc 1 6 1 is_stmt 0 view .LVU4
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	.loc 1 6 1 view .LVU5
	mov	w9, w0
	.loc 1 9 5 view .LVU6
	add	x10, sp, 32
	add	x0, sp, 96
.LVL1:
	.loc 1 9 5 view .LVU7
	mov	w8, -56
	stp	x0, x0, [sp]
	str	x10, [sp, 16]
	stp	w8, wzr, [sp, 24]
	.loc 1 10 5 is_stmt 1 view .LVU8
.LBB2:
	.loc 1 10 10 view .LVU9
.LVL2:
	.loc 1 10 23 view .LVU10
.LBE2:
	.loc 1 6 1 is_stmt 0 view .LVU11
	stp	x1, x2, [sp, 40]
	stp	x3, x4, [sp, 56]
	stp	x5, x6, [sp, 72]
	str	x7, [sp, 88]
.LBB3:
	.loc 1 10 23 view .LVU12
	cbz	w9, .L7
	mov	x3, x0
	.loc 1 11 14 view .LVU13
	mov	x6, x0
	mov	w1, w8
	.loc 1 10 14 view .LVU14
	mov	w2, 0
.LBE3:
	.loc 1 8 10 view .LVU15
	mov	x0, 0
	b	.L6
.LVL3:
	.p2align 2,,3
.L10:
.LBB4:
	.loc 1 11 14 view .LVU16
	mov	x4, x3
	.loc 1 10 29 view .LVU17
	add	w2, w2, 1
.LVL4:
	.loc 1 11 14 view .LVU18
	add	x3, x3, 8
	ldrsw	x4, [x4]
	.loc 1 11 11 view .LVU19
	add	x0, x0, x4
.LVL5:
	.loc 1 10 29 is_stmt 1 view .LVU20
	.loc 1 10 23 view .LVU21
	cmp	w9, w2
	beq	.L1
.LVL6:
.L6:
	.loc 1 11 9 view .LVU22
	.loc 1 11 14 is_stmt 0 view .LVU23
	add	w5, w1, 8
	tbz	w1, #31, .L10
	add	x4, x6, w1, sxtw
	mov	w1, w5
	cmp	w5, 0
	bgt	.L10
	ldrsw	x4, [x4]
	.loc 1 10 29 view .LVU24
	add	w2, w2, 1
.LVL7:
	.loc 1 11 11 view .LVU25
	add	x0, x0, x4
.LVL8:
	.loc 1 10 29 is_stmt 1 view .LVU26
	.loc 1 10 23 view .LVU27
	cmp	w9, w2
	bne	.L6
.LVL9:
.L1:
	.loc 1 10 23 is_stmt 0 view .LVU28
.LBE4:
	.loc 1 14 1 view .LVU29
	add	sp, sp, 96
	.cfi_remember_state
	.cfi_def_cfa_offset 0
	ret
.LVL10:
.L7:
	.cfi_restore_state
	.loc 1 8 10 view .LVU30
	mov	x0, 0
	.loc 1 12 5 is_stmt 1 view .LVU31
	.loc 1 13 5 view .LVU32
	.loc 1 13 12 is_stmt 0 view .LVU33
	b	.L1
	.cfi_endproc
.LFE11:
	.size	sum, .-sum
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%s has %d items%c %x"
	.align	3
.LC1:
	.string	"%d"
	.align	3
.LC2:
	.string	"%s"
	.text
	.align	2
	.p2align 4,,11
	.type	format.constprop.0, %function
format.constprop.0:
.LVL11:
.LFB15:
	.loc 1 30 12 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 32 5 view .LVU35
	.loc 1 33 5 view .LVU36
	.loc 1 34 5 view .LVU37
	.loc 1 30 12 is_stmt 0 view .LVU38
	stp	x29, x30, [sp, -160]!
	.cfi_def_cfa_offset 160
	.cfi_offset 29, -160
	.cfi_offset 30, -152
	.loc 1 34 5 view .LVU39
	mov	w8, 115
	.loc 1 35 12 view .LVU40
	mov	w1, 37
.LVL12:
	.loc 1 30 12 view .LVU41
	mov	x29, sp
	.loc 1 34 5 view .LVU42
	add	x9, sp, 112
	.loc 1 30 12 view .LVU43
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -144
	.cfi_offset 20, -136
	.loc 1 34 5 view .LVU44
	adrp	x20, .LC0
	add	x20, x20, :lo12:.LC0
	.loc 1 30 12 view .LVU45
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -128
	.cfi_offset 22, -120
	mov	x22, x0
	.loc 1 33 9 view .LVU46
	mov	w21, 0
	.loc 1 34 5 view .LVU47
	mov	w0, -48
.LVL13:
	.loc 1 30 12 view .LVU48
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -112
	.cfi_offset 24, -104
	.loc 1 41 24 view .LVU49
	adrp	x24, .LC1
	.loc 1 42 24 view .LVU50
	adrp	x23, .LC2
	.loc 1 41 24 view .LVU51
	add	x24, x24, :lo12:.LC1
	.loc 1 42 24 view .LVU52
	add	x23, x23, :lo12:.LC2
	.loc 1 30 12 view .LVU53
	str	x25, [sp, 64]
	.cfi_offset 25, -96
	.loc 1 44 27 view .LVU54
	mov	w25, 63
	.loc 1 34 5 view .LVU55
	str	x9, [sp, 96]
	stp	w0, wzr, [sp, 104]
	.loc 1 35 5 is_stmt 1 view .LVU56
	.loc 1 35 12 view .LVU57
	.loc 1 30 12 is_stmt 0 view .LVU58
	stp	x2, x3, [sp, 112]
	.loc 1 34 5 view .LVU59
	add	x2, sp, 160
	stp	x2, x2, [sp, 80]
	.loc 1 30 12 view .LVU60
	stp	x4, x5, [sp, 128]
	stp	x6, x7, [sp, 144]
	b	.L33
.LVL14:
	.p2align 2,,3
.L39:
	.loc 1 37 13 is_stmt 1 view .LVU61
	.loc 1 37 18 is_stmt 0 view .LVU62
	add	w21, w21, 1
.LVL15:
	.loc 1 38 13 view .LVU63
	mov	x19, x20
	.loc 1 37 22 view .LVU64
	strb	w1, [x22, x2]
	.loc 1 38 13 is_stmt 1 view .LVU65
	mov	w1, w8
.LVL16:
.L15:
	.loc 1 35 21 view .LVU66
	add	x20, x19, 1
.LVL17:
	.loc 1 35 12 view .LVU67
	cbz	w1, .L32
.L41:
	.loc 1 40 17 is_stmt 0 view .LVU68
	ldrb	w8, [x19, 2]
.LVL18:
.L33:
	.loc 1 36 9 is_stmt 1 view .LVU69
	.loc 1 37 18 is_stmt 0 view .LVU70
	sxtw	x2, w21
	.loc 1 40 9 view .LVU71
	add	x19, x20, 1
	.loc 1 37 16 view .LVU72
	add	x0, x22, x2
	.loc 1 36 12 view .LVU73
	cmp	w1, 37
	bne	.L39
	.loc 1 40 9 is_stmt 1 view .LVU74
.LVL19:
	.loc 1 40 9 is_stmt 0 view .LVU75
	cmp	w8, 100
	beq	.L16
	cmp	w8, 115
	beq	.L17
	cmp	w8, 99
	beq	.L40
	.loc 1 44 18 is_stmt 1 view .LVU76
	.loc 1 35 12 is_stmt 0 view .LVU77
	ldrb	w1, [x20, 2]
	.loc 1 44 23 view .LVU78
	add	w21, w21, 1
.LVL20:
	.loc 1 44 27 view .LVU79
	strb	w25, [x22, x2]
	.loc 1 44 34 is_stmt 1 view .LVU80
	.loc 1 35 21 view .LVU81
	add	x20, x19, 1
.LVL21:
	.loc 1 35 12 view .LVU82
	cbnz	w1, .L41
.L32:
	.loc 1 47 5 view .LVU83
	.loc 1 48 5 view .LVU84
	.loc 1 48 12 is_stmt 0 view .LVU85
	strb	wzr, [x22, w21, sxtw]
	.loc 1 49 5 is_stmt 1 view .LVU86
	.loc 1 50 1 is_stmt 0 view .LVU87
	mov	w0, w21
	ldp	x19, x20, [sp, 16]
.LVL22:
	.loc 1 50 1 view .LVU88
	ldp	x21, x22, [sp, 32]
.LVL23:
	.loc 1 50 1 view .LVU89
	ldp	x23, x24, [sp, 48]
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp], 160
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 25
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL24:
	.p2align 2,,3
.L16:
	.cfi_restore_state
	.loc 1 41 19 is_stmt 1 view .LVU90
	.loc 1 41 24 is_stmt 0 view .LVU91
	ldr	w2, [sp, 104]
	ldr	x1, [sp, 80]
	tbnz	w2, #31, .L20
.L36:
	add	x2, x1, 11
	and	x2, x2, -8
	str	x2, [sp, 80]
.L21:
	ldr	w2, [x1]
	mov	x1, x24
	bl	sprintf
.LVL25:
	.loc 1 41 21 view .LVU92
	add	w21, w21, w0
.LVL26:
	.loc 1 41 65 is_stmt 1 view .LVU93
	.loc 1 35 12 is_stmt 0 view .LVU94
	ldrb	w1, [x20, 2]
	.loc 1 41 65 view .LVU95
	b	.L15
	.p2align 2,,3
.L40:
	.loc 1 43 19 is_stmt 1 view .LVU96
	.loc 1 43 36 is_stmt 0 view .LVU97
	ldr	w1, [sp, 104]
	ldr	x0, [sp, 80]
	tbnz	w1, #31, .L28
.L38:
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 80]
.L29:
	.loc 1 43 30 view .LVU98
	ldr	w0, [x0]
	.loc 1 43 24 view .LVU99
	add	w21, w21, 1
.LVL27:
	.loc 1 35 12 view .LVU100
	ldrb	w1, [x20, 2]
	.loc 1 43 30 view .LVU101
	strb	w0, [x22, x2]
	.loc 1 43 53 is_stmt 1 view .LVU102
	b	.L15
	.p2align 2,,3
.L17:
.LVL28:
	.loc 1 42 19 view .LVU103
	.loc 1 42 24 is_stmt 0 view .LVU104
	ldr	w2, [sp, 104]
	ldr	x1, [sp, 80]
	tbnz	w2, #31, .L24
.L37:
	.loc 1 42 24 view .LVU105
	add	x2, x1, 15
	and	x2, x2, -8
	str	x2, [sp, 80]
.L25:
	ldr	x2, [x1]
	mov	x1, x23
	bl	sprintf
.LVL29:
	.loc 1 42 21 view .LVU106
	add	w21, w21, w0
.LVL30:
	.loc 1 42 74 is_stmt 1 view .LVU107
	.loc 1 35 12 is_stmt 0 view .LVU108
	ldrb	w1, [x20, 2]
	.loc 1 42 74 view .LVU109
	b	.L15
.LVL31:
.L20:
	.loc 1 41 24 view .LVU110
	add	w3, w2, 8
	str	w3, [sp, 104]
	cmp	w3, 0
	bgt	.L36
	ldr	x1, [sp, 88]
	add	x1, x1, w2, sxtw
	b	.L21
.LVL32:
.L24:
	.loc 1 42 24 view .LVU111
	add	w3, w2, 8
	str	w3, [sp, 104]
	cmp	w3, 0
	bgt	.L37
	ldr	x1, [sp, 88]
	add	x1, x1, w2, sxtw
	b	.L25
.LVL33:
.L28:
	.loc 1 43 36 view .LVU112
	add	w3, w1, 8
	str	w3, [sp, 104]
	cmp	w3, 0
	bgt	.L38
	ldr	x0, [sp, 88]
	add	x0, x0, w1, sxtw
	b	.L29
	.cfi_endproc
.LFE15:
	.size	format.constprop.0, .-format.constprop.0
	.align	2
	.p2align 4,,11
	.type	maxl.constprop.0, %function
maxl.constprop.0:
.LVL34:
.LFB16:
	.loc 1 16 13 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 18 5 view .LVU114
	.loc 1 19 5 view .LVU115
	cmp	x2, x1
	.loc 1 16 13 is_stmt 0 view .LVU116
	sub	sp, sp, #80
	.cfi_def_cfa_offset 80
	csel	x0, x2, x1, ge
.LVL35:
	.loc 1 19 5 view .LVU117
	add	x7, sp, 32
	cmp	x3, x0
	csel	x6, x3, x0, ge
	str	x7, [sp, 16]
	cmp	x4, x6
	.loc 1 16 13 view .LVU118
	stp	x1, x2, [sp, 40]
	csel	x6, x4, x6, ge
	cmp	x5, x6
	.loc 1 19 5 view .LVU119
	add	x1, sp, 80
	.loc 1 28 1 view .LVU120
	csel	x0, x5, x6, ge
.LBB7:
.LBB8:
	.loc 1 22 14 view .LVU121
	mov	w6, -8
.LBE8:
.LBE7:
	.loc 1 19 5 view .LVU122
	stp	x1, x1, [sp]
	stp	w6, wzr, [sp, 24]
	.loc 1 20 5 is_stmt 1 view .LVU123
	.loc 1 21 5 view .LVU124
.LBB13:
	.loc 1 21 10 view .LVU125
.LVL36:
	.loc 1 21 23 view .LVU126
.LBB9:
	.loc 1 22 9 view .LVU127
	.loc 1 23 9 view .LVU128
	.loc 1 23 9 is_stmt 0 view .LVU129
.LBE9:
	.loc 1 21 29 is_stmt 1 view .LVU130
	.loc 1 21 23 view .LVU131
.LBB10:
	.loc 1 22 9 view .LVU132
	.loc 1 23 9 view .LVU133
	.loc 1 23 9 is_stmt 0 view .LVU134
.LBE10:
	.loc 1 21 29 is_stmt 1 view .LVU135
	.loc 1 21 23 view .LVU136
.LBB11:
	.loc 1 22 9 view .LVU137
	.loc 1 23 9 view .LVU138
	.loc 1 23 9 is_stmt 0 view .LVU139
.LBE11:
	.loc 1 21 29 is_stmt 1 view .LVU140
	.loc 1 21 23 view .LVU141
.LBB12:
	.loc 1 22 9 view .LVU142
	.loc 1 23 9 view .LVU143
	.loc 1 23 9 is_stmt 0 view .LVU144
.LBE12:
	.loc 1 21 29 is_stmt 1 view .LVU145
	.loc 1 21 23 view .LVU146
.LBE13:
	.loc 1 26 5 view .LVU147
	.loc 1 27 5 view .LVU148
	.loc 1 16 13 is_stmt 0 view .LVU149
	stp	x3, x4, [sp, 56]
	str	x5, [sp, 72]
	.loc 1 28 1 view .LVU150
	add	sp, sp, 80
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE16:
	.size	maxl.constprop.0, .-maxl.constprop.0
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"sum %ld %ld %ld\n"
	.align	3
.LC4:
	.string	"max %ld\n"
	.align	3
.LC5:
	.string	"cart"
	.align	3
.LC6:
	.string	"%s (%d chars)\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB14:
	.loc 1 53 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 54 5 view .LVU152
	.loc 1 55 5 view .LVU153
	.loc 1 53 1 is_stmt 0 view .LVU154
	sub	sp, sp, #176
	.cfi_def_cfa_offset 176
	.loc 1 55 5 view .LVU155
	mov	w3, 3
	mov	w2, 2
	mov	w1, 1
	mov	w0, w3
	mov	w7, 3
	.loc 1 53 1 view .LVU156
	stp	x29, x30, [sp, 16]
	.cfi_offset 29, -160
	.cfi_offset 30, -152
	add	x29, sp, 16
	str	x19, [sp, 32]
	.cfi_offset 19, -144
	.loc 1 55 5 view .LVU157
	bl	sum
.LVL37:
	mov	x11, x0
	mov	w0, 0
	bl	sum
.LVL38:
	mov	x12, x0
	mov	w1, 1
	mov	w2, 2
	str	w2, [sp]
	mov	w6, 4
	str	w1, [sp, 8]
	mov	w5, 5
	mov	w4, 6
	mov	w1, 9
	mov	w3, 7
	mov	w0, w1
	mov	w2, 8
	bl	sum
.LVL39:
	mov	x2, x12
	mov	x1, x11
	mov	x3, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL40:
	.loc 1 56 5 is_stmt 1 view .LVU158
	mov	x4, 59391
	mov	x5, 0
	movk	x4, 0x4876, lsl 16
	mov	x3, 4
	movk	x4, 0x17, lsl 32
	mov	x2, 17
	mov	x1, -3
	mov	w0, 5
	bl	maxl.constprop.0
.LVL41:
	.loc 1 57 13 is_stmt 0 view .LVU159
	add	x19, sp, 48
	.loc 1 56 5 view .LVU160
	mov	x1, x0
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
.LVL42:
	.loc 1 57 5 is_stmt 1 view .LVU161
	.loc 1 57 13 is_stmt 0 view .LVU162
	mov	w4, 33
	mov	w3, 42
	mov	x0, x19
	adrp	x2, .LC5
	adrp	x1, .LC0
	add	x2, x2, :lo12:.LC5
	add	x1, x1, :lo12:.LC0
	bl	format.constprop.0
.LVL43:
	.loc 1 58 5 view .LVU163
	mov	x1, x19
	.loc 1 57 13 view .LVU164
	mov	w19, w0
.LVL44:
	.loc 1 58 5 is_stmt 1 view .LVU165
	mov	w2, w19
	adrp	x0, .LC6
.LVL45:
	.loc 1 58 5 is_stmt 0 view .LVU166
	add	x0, x0, :lo12:.LC6
	bl	printf
.LVL46:
	.loc 1 59 5 is_stmt 1 view .LVU167
	.loc 1 60 1 is_stmt 0 view .LVU168
	ldp	x29, x30, [sp, 16]
	mov	w0, w19
	ldr	x19, [sp, 32]
.LVL47:
	.loc 1 60 1 view .LVU169
	add	sp, sp, 176
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stdarg.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x482
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x15
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL14
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF7
	.uleb128 0xc
	.4byte	.LASF15
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x3d
	.uleb128 0x16
	.4byte	.LASF22
	.byte	0x20
	.byte	0x4
	.byte	0
	.4byte	0x7c
	.uleb128 0x6
	.4byte	.LASF2
	.4byte	0x7c
	.byte	0
	.uleb128 0x6
	.4byte	.LASF3
	.4byte	0x7c
	.byte	0x8
	.uleb128 0x6
	.4byte	.LASF4
	.4byte	0x7c
	.byte	0x10
	.uleb128 0x6
	.4byte	.LASF5
	.4byte	0x7e
	.byte	0x18
	.uleb128 0x6
	.4byte	.LASF6
	.4byte	0x7e
	.byte	0x1c
	.byte	0
	.uleb128 0x17
	.byte	0x8
	.uleb128 0x18
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF8
	.uleb128 0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF9
	.uleb128 0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF11
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.uleb128 0xd
	.4byte	0xb4
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF14
	.uleb128 0x19
	.4byte	0xb4
	.uleb128 0xc
	.4byte	.LASF16
	.byte	0x3
	.byte	0x34
	.byte	0x18
	.4byte	0x31
	.uleb128 0xe
	.4byte	.LASF17
	.2byte	0x166
	.4byte	0x7e
	.4byte	0xe7
	.uleb128 0x8
	.4byte	0xaf
	.uleb128 0x8
	.4byte	0xe7
	.uleb128 0x4
	.byte	0
	.uleb128 0xd
	.4byte	0xbb
	.uleb128 0xe
	.4byte	.LASF18
	.2byte	0x164
	.4byte	0x7e
	.4byte	0x102
	.uleb128 0x8
	.4byte	0xe7
	.uleb128 0x4
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF23
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x7e
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x29e
	.uleb128 0xf
	.string	"buf"
	.byte	0x36
	.byte	0xa
	.4byte	0x29e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x9
	.string	"n"
	.byte	0x39
	.byte	0x9
	.4byte	0x7e
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x3
	.8byte	.LVL37
	.4byte	0x32b
	.4byte	0x16c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x77
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x77
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL38
	.4byte	0x32b
	.4byte	0x183
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.8byte	.LVL39
	.4byte	0x32b
	.4byte	0x1ca
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x39
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x39
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x38
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x35
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x56
	.uleb128 0x1
	.byte	0x34
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x57
	.uleb128 0x2
	.byte	0x77
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x8f
	.sleb128 0
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x8f
	.sleb128 8
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.uleb128 0x3
	.8byte	.LVL40
	.4byte	0xec
	.4byte	0x1e9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0
	.uleb128 0x3
	.8byte	.LVL41
	.4byte	0x41d
	.4byte	0x218
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x35
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x9
	.byte	0xfd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x75
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL42
	.4byte	0xec
	.4byte	0x237
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.uleb128 0x3
	.8byte	.LVL43
	.4byte	0x397
	.4byte	0x275
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8
	.byte	0x2a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x21
	.byte	0
	.uleb128 0x10
	.8byte	.LVL46
	.4byte	0xec
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x1b
	.4byte	0xb4
	.4byte	0x2ae
	.uleb128 0x1c
	.4byte	0x2a
	.byte	0x7f
	.byte	0
	.uleb128 0x11
	.4byte	.LASF19
	.byte	0x1e
	.byte	0xc
	.4byte	0x7e
	.4byte	0x2e8
	.uleb128 0xa
	.string	"out"
	.byte	0x1e
	.byte	0x19
	.4byte	0xaf
	.uleb128 0xa
	.string	"fmt"
	.byte	0x1e
	.byte	0x2a
	.4byte	0xe7
	.uleb128 0x4
	.uleb128 0x5
	.string	"ap"
	.byte	0x20
	.byte	0xd
	.4byte	0xc0
	.uleb128 0x5
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x7e
	.byte	0
	.uleb128 0x11
	.4byte	.LASF20
	.byte	0x10
	.byte	0xd
	.4byte	0xa8
	.4byte	0x32b
	.uleb128 0xa
	.string	"n"
	.byte	0x10
	.byte	0x16
	.4byte	0x7e
	.uleb128 0x4
	.uleb128 0x5
	.string	"ap"
	.byte	0x12
	.byte	0xd
	.4byte	0xc0
	.uleb128 0x5
	.string	"m"
	.byte	0x14
	.byte	0xa
	.4byte	0xa8
	.uleb128 0x12
	.uleb128 0x5
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x7e
	.uleb128 0x12
	.uleb128 0x5
	.string	"v"
	.byte	0x16
	.byte	0xe
	.4byte	0xa8
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.string	"sum"
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0xa8
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x397
	.uleb128 0x1e
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x15
	.4byte	0x7e
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x4
	.uleb128 0xf
	.string	"ap"
	.byte	0x7
	.byte	0xd
	.4byte	0xc0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x9
	.string	"s"
	.byte	0x8
	.byte	0xa
	.4byte	0xa8
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x1f
	.4byte	.LLRL2
	.uleb128 0x9
	.string	"i"
	.byte	0xa
	.byte	0xe
	.4byte	0x7e
	.4byte	.LLST3
	.4byte	.LVUS3
	.byte	0
	.byte	0
	.uleb128 0x20
	.4byte	0x2ae
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x41d
	.uleb128 0x7
	.4byte	0x2bd
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x7
	.4byte	0x2c8
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x4
	.uleb128 0x13
	.4byte	0x2d4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.uleb128 0xb
	.4byte	0x2de
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.4byte	0x2c8
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x3
	.8byte	.LVL25
	.4byte	0xcc
	.4byte	0x408
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.8byte	.LVL29
	.4byte	0xcc
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x21
	.4byte	0x2e8
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x7
	.4byte	0x2f7
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x4
	.uleb128 0x13
	.4byte	0x301
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.uleb128 0xb
	.4byte	0x30b
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x22
	.4byte	0x2f7
	.byte	0x5
	.uleb128 0x14
	.4byte	0x314
	.4byte	.LLRL10
	.uleb128 0xb
	.4byte	0x315
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x14
	.4byte	0x31e
	.4byte	.LLRL12
	.uleb128 0x23
	.4byte	0x31f
	.byte	0
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
	.uleb128 0x4
	.uleb128 0x18
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.uleb128 0x34
	.uleb128 0x19
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 12
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
	.uleb128 0x10
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x1e
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
	.uleb128 0x1f
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x22
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x23
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
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
.LVUS13:
	.uleb128 .LVU165
	.uleb128 .LVU166
	.uleb128 .LVU166
	.uleb128 .LVU167
	.uleb128 .LVU167
	.uleb128 .LVU169
	.uleb128 .LVU169
	.uleb128 0
.LLST13:
	.byte	0x6
	.8byte	.LVL44
	.byte	0x4
	.uleb128 .LVL44-.LVL44
	.uleb128 .LVL45-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL45-.LVL44
	.uleb128 .LVL46-1-.LVL44
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL46-1-.LVL44
	.uleb128 .LVL47-.LVL44
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL47-.LVL44
	.uleb128 .LFE14-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LFE11-.LVL0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU28
	.uleb128 .LVU30
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL9-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL10-.LVL0
	.uleb128 .LFE11-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU10
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU28
	.uleb128 .LVU30
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL2
	.uleb128 .LVL4-.LVL2
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL4-.LVL2
	.uleb128 .LVL5-.LVL2
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.LVL2
	.uleb128 .LVL7-.LVL2
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL7-.LVL2
	.uleb128 .LVL8-.LVL2
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL2
	.uleb128 .LVL9-.LVL2
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL10-.LVL2
	.uleb128 .LFE11-.LVL2
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU89
	.uleb128 .LVU89
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL13-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL13-.LVL11
	.uleb128 .LVL23-.LVL11
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL23-.LVL11
	.uleb128 .LVL24-.LVL11
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL11
	.uleb128 .LFE15-.LVL11
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 0
.LLST5:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL12-.LVL11
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL12-.LVL11
	.uleb128 .LFE15-.LVL11
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU37
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU89
	.uleb128 .LVU89
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 0
.LLST6:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL14-.LVL11
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.LVL11
	.uleb128 .LVL23-.LVL11
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL23-.LVL11
	.uleb128 .LVL24-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.LVL11
	.uleb128 .LFE15-.LVL11
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS7:
	.uleb128 .LVU35
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU88
	.uleb128 .LVU90
	.uleb128 .LVU103
	.uleb128 .LVU103
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 .LVU111
	.uleb128 .LVU111
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL14-.LVL11
	.uleb128 0xa
	.byte	0x3
	.8byte	.LC0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.LVL11
	.uleb128 .LVL16-.LVL11
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL16-.LVL11
	.uleb128 .LVL17-.LVL11
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL17-.LVL11
	.uleb128 .LVL19-.LVL11
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL19-.LVL11
	.uleb128 .LVL21-.LVL11
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL21-.LVL11
	.uleb128 .LVL22-.LVL11
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL24-.LVL11
	.uleb128 .LVL28-.LVL11
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL28-.LVL11
	.uleb128 .LVL31-.LVL11
	.uleb128 0x3
	.byte	0x84
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL11
	.uleb128 .LVL32-.LVL11
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL32-.LVL11
	.uleb128 .LVL33-.LVL11
	.uleb128 0x3
	.byte	0x84
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL11
	.uleb128 .LFE15-.LVL11
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU117
	.uleb128 .LVU117
	.uleb128 0
.LLST8:
	.byte	0x6
	.8byte	.LVL34
	.byte	0x4
	.uleb128 .LVL34-.LVL34
	.uleb128 .LVL35-.LVL34
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL35-.LVL34
	.uleb128 .LFE16-.LVL34
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU129
	.uleb128 .LVU134
	.uleb128 .LVU134
	.uleb128 .LVU139
	.uleb128 .LVU139
	.uleb128 .LVU144
.LLST9:
	.byte	0x8
	.8byte	.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x11
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0x8
	.8byte	.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x2b
	.byte	0x73
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x73
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0x8
	.8byte	.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x5f
	.byte	0x74
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x73
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x74
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x73
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x71
	.sleb128 -40
	.byte	0x6
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x2a
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU126
	.uleb128 .LVU131
	.uleb128 .LVU131
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU141
	.uleb128 .LVU141
	.uleb128 .LVU146
	.uleb128 .LVU146
	.uleb128 0
.LLST11:
	.byte	0x6
	.8byte	.LVL36
	.byte	0x4
	.uleb128 .LVL36-.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.LVL36
	.uleb128 .LFE16-.LVL36
	.uleb128 0x2
	.byte	0x35
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
.LLRL2:
	.byte	0x5
	.8byte	.LBB2
	.byte	0x4
	.uleb128 .LBB2-.LBB2
	.uleb128 .LBE2-.LBB2
	.byte	0x4
	.uleb128 .LBB3-.LBB2
	.uleb128 .LBE3-.LBB2
	.byte	0x4
	.uleb128 .LBB4-.LBB2
	.uleb128 .LBE4-.LBB2
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB7
	.byte	0x4
	.uleb128 .LBB7-.LBB7
	.uleb128 .LBE7-.LBB7
	.byte	0x4
	.uleb128 .LBB13-.LBB7
	.uleb128 .LBE13-.LBB7
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB8
	.byte	0x4
	.uleb128 .LBB8-.LBB8
	.uleb128 .LBE8-.LBB8
	.byte	0x4
	.uleb128 .LBB9-.LBB8
	.uleb128 .LBE9-.LBB8
	.byte	0x4
	.uleb128 .LBB10-.LBB8
	.uleb128 .LBE10-.LBB8
	.byte	0x4
	.uleb128 .LBB11-.LBB8
	.uleb128 .LBE11-.LBB8
	.byte	0x4
	.uleb128 .LBB12-.LBB8
	.uleb128 .LBE12-.LBB8
	.byte	0
.LLRL14:
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
.LASF21:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF12:
	.string	"short int"
.LASF20:
	.string	"maxl"
.LASF23:
	.string	"main"
.LASF16:
	.string	"va_list"
.LASF5:
	.string	"__gr_offs"
.LASF4:
	.string	"__vr_top"
.LASF19:
	.string	"format"
.LASF22:
	.string	"__va_list"
.LASF13:
	.string	"long int"
.LASF18:
	.string	"printf"
.LASF3:
	.string	"__gr_top"
.LASF2:
	.string	"__stack"
.LASF17:
	.string	"sprintf"
.LASF8:
	.string	"unsigned char"
.LASF11:
	.string	"signed char"
.LASF10:
	.string	"unsigned int"
.LASF9:
	.string	"short unsigned int"
.LASF14:
	.string	"char"
.LASF7:
	.string	"long unsigned int"
.LASF15:
	.string	"__gnuc_va_list"
.LASF6:
	.string	"__vr_offs"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/varargs_sum.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
