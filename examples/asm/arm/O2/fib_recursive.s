	.arch armv8-a
	.file	"fib_recursive.c"
	.text
.Ltext0:
	.file 0 "." "programs/fib_recursive.c"
	.align	2
	.p2align 4,,11
	.type	fib, %function
fib:
.LVL0:
.LFB22:
	.file 1 "programs/fib_recursive.c"
	.loc 1 7 24 view -0
	.cfi_startproc
	.loc 1 7 26 view .LVU1
	.loc 1 7 24 is_stmt 0 view .LVU2
	stp	x29, x30, [sp, -208]!
	.cfi_def_cfa_offset 208
	.cfi_offset 29, -208
	.cfi_offset 30, -200
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -192
	.cfi_offset 20, -184
	mov	w19, w0
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -160
	.cfi_offset 24, -152
	.loc 1 7 43 view .LVU3
	mov	x23, 0
	cmp	w0, 1
	ble	.L4
	stp	x21, x22, [sp, 32]
	.cfi_offset 22, -168
	.cfi_offset 21, -176
	sub	w21, w0, #1
	and	w0, w21, -2
.LVL1:
	.loc 1 7 43 view .LVU4
	sub	w24, w19, w0
	stp	x25, x26, [sp, 64]
	.cfi_offset 26, -136
	.cfi_offset 25, -144
	mov	x23, 0
	mov	w26, w21
.LVL2:
.LBB23:
.LBI23:
	.loc 1 7 13 is_stmt 1 view .LVU5
.LBB24:
	.loc 1 7 26 view .LVU6
	.loc 1 7 43 is_stmt 0 view .LVU7
	cmp	w19, w24
	beq	.L36
.LVL3:
.L3:
	.loc 1 7 43 view .LVU8
	sub	w25, w19, #2
	mov	x20, x23
	and	w0, w25, -2
	stp	x27, x28, [sp, 80]
	.cfi_offset 28, -120
	.cfi_offset 27, -128
	sub	w27, w26, w0
	.loc 1 7 43 view .LVU9
	mov	x19, 0
.L8:
	sub	w0, w26, #1
.LVL4:
.LBB25:
.LBI25:
	.loc 1 7 13 is_stmt 1 view .LVU10
.LBB26:
	.loc 1 7 26 view .LVU11
	.loc 1 7 43 is_stmt 0 view .LVU12
	cmp	w27, w26
	beq	.L37
.L6:
	.loc 1 7 43 view .LVU13
	sub	w28, w26, #2
	mov	x21, x20
	and	w1, w28, -2
	mov	w23, w28
	sub	w22, w0, w1
	mov	w28, w24
	mov	w20, w22
	mov	w24, w25
	mov	x25, x19
	mov	x26, 0
.LVL5:
.L11:
	.loc 1 7 43 view .LVU14
	sub	w3, w0, #1
.LVL6:
.LBB27:
.LBI27:
	.loc 1 7 13 is_stmt 1 view .LVU15
.LBB28:
	.loc 1 7 26 view .LVU16
	.loc 1 7 43 is_stmt 0 view .LVU17
	cmp	w20, w0
	beq	.L38
	sub	w22, w0, #2
	mov	w2, w24
	and	w0, w22, -2
	mov	w1, w22
	sub	w0, w3, w0
	mov	x22, x21
	mov	w21, w0
	mov	w0, w28
	mov	x28, x26
	mov	x19, 0
.LVL7:
.L14:
	.loc 1 7 43 view .LVU18
	sub	w5, w3, #1
.LVL8:
.LBB29:
.LBI29:
	.loc 1 7 13 is_stmt 1 view .LVU19
.LBB30:
	.loc 1 7 26 view .LVU20
	.loc 1 7 43 is_stmt 0 view .LVU21
	cmp	w21, w3
	beq	.L39
	sub	w3, w3, #2
	mov	x24, 0
	and	w26, w3, -2
	mov	x7, x24
	sub	w26, w5, w26
	mov	w24, w27
	mov	w8, w26
	mov	w4, w21
	mov	x26, x22
	mov	w9, w0
	mov	w22, w5
	mov	w6, w23
.LVL9:
.L17:
	.loc 1 7 43 view .LVU22
	sub	w0, w22, #1
.LVL10:
.LBB31:
.LBI31:
	.loc 1 7 13 is_stmt 1 view .LVU23
.LBB32:
	.loc 1 7 26 view .LVU24
	.loc 1 7 43 is_stmt 0 view .LVU25
	cmp	w22, w8
	beq	.L40
	sub	w22, w22, #2
	mov	x23, 0
	and	w27, w22, -2
	mov	x11, x28
	sub	w27, w0, w27
	mov	w28, w24
	mov	x10, x25
	mov	x24, x23
	mov	x12, x19
	mov	x23, x26
	mov	w13, w20
	mov	w26, w27
.LVL11:
.L20:
	.loc 1 7 43 view .LVU26
	sub	w19, w0, #1
.LVL12:
.LBB33:
.LBI33:
	.loc 1 7 13 is_stmt 1 view .LVU27
.LBB34:
	.loc 1 7 26 view .LVU28
	.loc 1 7 43 is_stmt 0 view .LVU29
	cmp	w0, w26
	beq	.L41
	sub	w21, w0, #2
	sub	w25, w0, #3
	and	w14, w21, -2
	mov	x20, 0
	sub	w27, w0, #5
	sub	w14, w19, w14
	mov	w18, w25
	mov	w15, w27
	mov	x25, x20
	mov	w20, w14
.LVL13:
.L23:
	.loc 1 7 43 view .LVU30
	sub	w0, w19, #1
.LVL14:
.LBB35:
.LBI35:
	.loc 1 7 13 is_stmt 1 view .LVU31
.LBB36:
	.loc 1 7 26 view .LVU32
	.loc 1 7 43 is_stmt 0 view .LVU33
	cmp	w19, w20
	beq	.L42
	and	w16, w18, -2
	mov	x27, 0
	sub	w14, w0, w16
	mov	w5, w22
	mov	w22, w19
	stp	w4, w1, [sp, 108]
	mov	x1, x27
	mov	w27, w20
	mov	w20, w15
	str	w2, [sp, 116]
	mov	w2, w14
	mov	w14, w21
	str	w3, [sp, 152]
.LVL15:
.L26:
.LBB37:
.LBI37:
	.loc 1 7 13 is_stmt 1 view .LVU34
.LBB38:
	.loc 1 7 26 view .LVU35
	.loc 1 7 43 is_stmt 0 view .LVU36
	cmp	w0, w2
	beq	.L43
	sub	w3, w0, #2
	and	w19, w20, -2
	sub	w0, w0, #4
.LVL16:
	.loc 1 7 43 view .LVU37
	mov	w4, w20
	sub	w19, w0, w19
	mov	x21, 0
	mov	w20, w19
	mov	w19, w3
.LVL17:
.L28:
	.loc 1 7 45 view .LVU38
	mov	w0, w19
	.loc 1 7 43 view .LVU39
	sub	w19, w19, #2
	stp	x10, x11, [sp, 120]
	stp	x12, x7, [sp, 136]
	str	w13, [sp, 156]
	str	x1, [sp, 160]
	stp	w8, w15, [sp, 168]
	stp	w18, w2, [sp, 176]
	stp	w4, w9, [sp, 184]
	stp	w5, w14, [sp, 192]
	stp	w3, w6, [sp, 200]
	.loc 1 7 45 view .LVU40
	bl	fib
.LVL18:
	.loc 1 7 43 view .LVU41
	ldp	x10, x11, [sp, 120]
	add	x21, x21, x0
	.loc 1 7 26 is_stmt 1 view .LVU42
	.loc 1 7 43 is_stmt 0 view .LVU43
	ldp	x12, x7, [sp, 136]
	cmp	w20, w19
	ldr	x1, [sp, 160]
	ldr	w13, [sp, 156]
	ldp	w8, w15, [sp, 168]
	ldp	w18, w2, [sp, 176]
	ldp	w4, w9, [sp, 184]
	ldp	w5, w14, [sp, 192]
	ldp	w3, w6, [sp, 200]
	bne	.L28
.LVL19:
	.loc 1 7 43 view .LVU44
	mov	w20, w4
.LBE38:
.LBE37:
	.loc 1 7 58 view .LVU45
	mov	w0, w3
.LBB40:
.LBB39:
	.loc 1 7 43 view .LVU46
	and	x19, x20, 1
.LBE39:
.LBE40:
	sub	w20, w4, #2
	add	x16, x19, x21
	add	x1, x1, x16
	.loc 1 7 26 is_stmt 1 view .LVU47
	.loc 1 7 43 is_stmt 0 view .LVU48
	cmp	w3, 1
	bgt	.L26
	mov	w20, w27
	ldr	w2, [sp, 116]
	mov	x27, x1
	ldr	w3, [sp, 152]
	ldp	w4, w1, [sp, 108]
	mov	w19, w22
	mov	w21, w14
	mov	w22, w5
.LVL20:
.L25:
	.loc 1 7 43 view .LVU49
	add	x0, x27, w0, sxtw
.LBE36:
.LBE35:
	.loc 1 7 58 view .LVU50
	sub	w19, w19, #2
	add	x25, x25, x0
	.loc 1 7 26 is_stmt 1 view .LVU51
	.loc 1 7 43 is_stmt 0 view .LVU52
	sub	w18, w18, #2
	sub	w15, w15, #2
	cmp	w19, 1
	bgt	.L23
	mov	x20, x25
.L22:
.LVL21:
	.loc 1 7 43 view .LVU53
	add	x19, x20, w19, sxtw
.LBE34:
.LBE33:
	.loc 1 7 58 view .LVU54
	mov	w0, w21
	add	x24, x24, x19
	.loc 1 7 26 is_stmt 1 view .LVU55
	.loc 1 7 43 is_stmt 0 view .LVU56
	cmp	w21, 1
	bgt	.L20
	mov	x26, x23
	mov	x25, x10
	mov	x23, x24
	mov	x19, x12
	mov	w24, w28
	mov	w20, w13
	mov	x28, x11
.L19:
.LVL22:
	.loc 1 7 43 view .LVU57
	add	x0, x23, w0, sxtw
	add	x7, x7, x0
.LBE32:
.LBE31:
	.loc 1 7 26 is_stmt 1 view .LVU58
	.loc 1 7 43 is_stmt 0 view .LVU59
	cmp	w22, 1
	bgt	.L17
	mov	w27, w24
	mov	w5, w22
	mov	x24, x7
	mov	x22, x26
	mov	w21, w4
	mov	w0, w9
	mov	w23, w6
.L16:
.LVL23:
	.loc 1 7 43 view .LVU60
	add	x5, x24, w5, sxtw
	add	x19, x19, x5
.LBE30:
.LBE29:
	.loc 1 7 26 is_stmt 1 view .LVU61
	.loc 1 7 43 is_stmt 0 view .LVU62
	cmp	w3, 1
	bgt	.L14
	mov	x21, x22
	mov	x26, x28
	mov	w22, w1
	mov	w28, w0
	mov	w24, w2
.L13:
.LVL24:
	.loc 1 7 43 view .LVU63
	add	x3, x19, w3, sxtw
.LBE28:
.LBE27:
	.loc 1 7 58 view .LVU64
	mov	w0, w22
	add	x26, x26, x3
	.loc 1 7 26 is_stmt 1 view .LVU65
	.loc 1 7 43 is_stmt 0 view .LVU66
	cmp	w22, 1
	bgt	.L11
	mov	x19, x25
	add	x0, x26, w0, sxtw
	mov	w25, w24
	mov	w24, w28
	mov	w28, w23
.LVL25:
	.loc 1 7 43 view .LVU67
	mov	x20, x21
.LBE26:
.LBE25:
	.loc 1 7 58 view .LVU68
	mov	w26, w28
	add	x19, x19, x0
	.loc 1 7 26 is_stmt 1 view .LVU69
	.loc 1 7 43 is_stmt 0 view .LVU70
	cmp	w28, 1
	bgt	.L8
.L45:
	add	x26, x19, w26, sxtw
	mov	x23, x20
.LVL26:
	.loc 1 7 43 view .LVU71
.LBE24:
.LBE23:
	.loc 1 7 58 view .LVU72
	mov	w19, w25
	add	x23, x23, x26
	.loc 1 7 26 is_stmt 1 view .LVU73
	.loc 1 7 43 is_stmt 0 view .LVU74
	cmp	w25, 1
	bgt	.L44
.L33:
	ldp	x21, x22, [sp, 32]
	.cfi_remember_state
	.cfi_restore 22
	.cfi_restore 21
	add	x0, x23, w19, sxtw
	.loc 1 7 70 view .LVU75
	ldp	x19, x20, [sp, 16]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	.cfi_restore 26
	.cfi_restore 25
	ldp	x27, x28, [sp, 80]
	.cfi_restore 28
	.cfi_restore 27
	ldp	x29, x30, [sp], 208
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL27:
	.p2align 2,,3
.L41:
	.cfi_restore_state
.LBB57:
.LBB55:
.LBB53:
.LBB51:
.LBB50:
.LBB49:
.LBB48:
.LBB47:
.LBB46:
.LBB45:
	.loc 1 7 58 view .LVU76
	mov	x26, x23
	mov	x23, x24
	mov	x25, x10
	mov	w24, w28
	mov	x19, x12
.LVL28:
	.loc 1 7 58 view .LVU77
	mov	x28, x11
	mov	w20, w13
.LVL29:
	.loc 1 7 58 view .LVU78
	sub	w0, w0, #2
	add	x23, x23, 1
	.loc 1 7 26 is_stmt 1 view .LVU79
	b	.L19
.LVL30:
	.p2align 2,,3
.L42:
.LBB44:
.LBB43:
	.loc 1 7 58 is_stmt 0 view .LVU80
	sub	w19, w19, #2
	add	x20, x25, 1
	.loc 1 7 26 is_stmt 1 view .LVU81
	b	.L22
.LVL31:
	.p2align 2,,3
.L43:
.LBB42:
.LBB41:
	.loc 1 7 58 is_stmt 0 view .LVU82
	mov	w19, w22
	mov	w20, w27
	ldr	w2, [sp, 116]
	add	x27, x1, 1
	ldr	w3, [sp, 152]
.LVL32:
	.loc 1 7 26 is_stmt 1 view .LVU83
	.loc 1 7 58 is_stmt 0 view .LVU84
	mov	w22, w5
.LVL33:
	.loc 1 7 58 view .LVU85
	ldp	w4, w1, [sp, 108]
	mov	w21, w14
	sub	w0, w0, #2
	b	.L25
.LVL34:
.L40:
	.loc 1 7 58 view .LVU86
.LBE41:
.LBE42:
.LBE43:
.LBE44:
.LBE45:
.LBE46:
	mov	w5, w22
	mov	w27, w24
	mov	x22, x26
	mov	w21, w4
	mov	w0, w9
.LVL35:
	.loc 1 7 58 view .LVU87
	mov	w23, w6
.LVL36:
	.loc 1 7 58 view .LVU88
	sub	w5, w5, #2
	add	x24, x7, 1
	.loc 1 7 26 is_stmt 1 view .LVU89
	b	.L16
.LVL37:
.L39:
	.loc 1 7 26 is_stmt 0 view .LVU90
.LBE47:
.LBE48:
	.loc 1 7 58 view .LVU91
	mov	x21, x22
	mov	x26, x28
	mov	w22, w1
	mov	w28, w0
	mov	w24, w2
.LVL38:
	.loc 1 7 58 view .LVU92
	sub	w3, w3, #2
	add	x19, x19, 1
	.loc 1 7 26 is_stmt 1 view .LVU93
	b	.L13
.LVL39:
.L38:
	.loc 1 7 26 is_stmt 0 view .LVU94
.LBE49:
.LBE50:
	.loc 1 7 58 view .LVU95
	sub	w0, w0, #2
	add	x26, x26, 1
	mov	x19, x25
	mov	w25, w24
	add	x0, x26, w0, sxtw
	mov	w24, w28
	mov	w28, w23
.LVL40:
	.loc 1 7 26 is_stmt 1 view .LVU96
	.loc 1 7 58 is_stmt 0 view .LVU97
	mov	x20, x21
.LBE51:
.LBE53:
	mov	w26, w28
	add	x19, x19, x0
	.loc 1 7 26 is_stmt 1 view .LVU98
	.loc 1 7 43 is_stmt 0 view .LVU99
	cmp	w28, 1
	ble	.L45
	sub	w0, w26, #1
.LVL41:
.LBB54:
	.loc 1 7 13 is_stmt 1 view .LVU100
.LBB52:
	.loc 1 7 26 view .LVU101
	.loc 1 7 43 is_stmt 0 view .LVU102
	cmp	w27, w26
	bne	.L6
.L37:
	.loc 1 7 43 view .LVU103
.LBE52:
.LBE54:
	.loc 1 7 58 view .LVU104
	sub	w26, w26, #2
	add	x19, x19, 1
	mov	x23, x20
.LVL42:
	.loc 1 7 26 is_stmt 1 view .LVU105
	.loc 1 7 26 is_stmt 0 view .LVU106
	add	x26, x19, w26, sxtw
.LBE55:
.LBE57:
	.loc 1 7 58 view .LVU107
	mov	w19, w25
	add	x23, x23, x26
	.loc 1 7 26 is_stmt 1 view .LVU108
	.loc 1 7 43 is_stmt 0 view .LVU109
	cmp	w25, 1
	ble	.L33
.L44:
	ldp	x27, x28, [sp, 80]
	.cfi_restore 28
	.cfi_restore 27
.LVL43:
.LBB58:
	.loc 1 7 13 is_stmt 1 view .LVU110
.LBB56:
	.loc 1 7 26 view .LVU111
	sub	w26, w25, #1
.LVL44:
	.loc 1 7 43 is_stmt 0 view .LVU112
	cmp	w19, w24
	bne	.L3
.LVL45:
.L36:
	.loc 1 7 43 view .LVU113
	ldp	x21, x22, [sp, 32]
	.cfi_restore 22
	.cfi_restore 21
.LBE56:
.LBE58:
	.loc 1 7 58 view .LVU114
	sub	w19, w19, #2
	ldp	x25, x26, [sp, 64]
	.cfi_restore 26
	.cfi_restore 25
	add	x23, x23, 1
	.loc 1 7 26 is_stmt 1 view .LVU115
.L4:
	.loc 1 7 43 is_stmt 0 discriminator 1 view .LVU116
	add	x0, x23, w19, sxtw
	.loc 1 7 70 discriminator 1 view .LVU117
	ldp	x19, x20, [sp, 16]
	ldp	x23, x24, [sp, 48]
	ldp	x29, x30, [sp], 208
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE22:
	.size	fib, .-fib
	.align	2
	.p2align 4,,11
	.type	ackermann, %function
ackermann:
.LVL46:
.LFB24:
	.loc 1 20 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 21 5 view .LVU119
	.loc 1 21 8 is_stmt 0 view .LVU120
	cbz	w0, .L214
	.loc 1 23 5 is_stmt 1 view .LVU121
	.loc 1 20 1 is_stmt 0 view .LVU122
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	mov	w24, w0
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 25, -32
	.cfi_offset 26, -24
	.cfi_offset 27, -16
	.cfi_offset 28, -8
	.loc 1 23 8 view .LVU123
	cbnz	w1, .L213
	.loc 1 21 5 is_stmt 1 view .LVU124
	sub	w27, w24, #1
	.loc 1 24 16 is_stmt 0 view .LVU125
	mov	w1, 1
.LVL47:
	.loc 1 21 8 view .LVU126
	cbz	w27, .L47
.LVL48:
.L223:
	.loc 1 23 5 is_stmt 1 view .LVU127
	.loc 1 23 8 is_stmt 0 view .LVU128
	cbnz	w1, .L103
	.loc 1 21 5 is_stmt 1 view .LVU129
	.loc 1 21 8 is_stmt 0 view .LVU130
	subs	w24, w24, #2
	.loc 1 24 16 view .LVU131
	mov	w1, 1
	.loc 1 21 8 view .LVU132
	beq	.L47
.L213:
	.loc 1 25 5 is_stmt 1 view .LVU133
	.loc 1 25 12 is_stmt 0 view .LVU134
	sub	w1, w1, #1
.LVL49:
.LBB75:
.LBI75:
	.loc 1 19 17 is_stmt 1 view .LVU135
.LBB76:
	.loc 1 21 5 view .LVU136
	.loc 1 23 5 view .LVU137
	.loc 1 23 8 is_stmt 0 view .LVU138
	cbnz	w1, .L215
	.loc 1 21 5 is_stmt 1 view .LVU139
	.loc 1 21 8 is_stmt 0 view .LVU140
	sub	w27, w24, #1
	.loc 1 24 16 view .LVU141
	mov	w1, 1
.LVL50:
	.loc 1 21 8 view .LVU142
	mov	w19, w27
	cbz	w27, .L52
.L53:
	.loc 1 25 5 is_stmt 1 view .LVU143
.LVL51:
.LBB77:
.LBI77:
	.loc 1 19 17 view .LVU144
.LBB78:
	.loc 1 21 5 view .LVU145
	.loc 1 23 5 view .LVU146
	.loc 1 23 8 is_stmt 0 view .LVU147
	mov	w28, w19
	cmp	w1, 1
	bne	.L216
.LVL52:
.L55:
	.loc 1 21 5 is_stmt 1 view .LVU148
	.loc 1 21 8 is_stmt 0 view .LVU149
	subs	w19, w19, #1
.LVL53:
	.loc 1 21 8 view .LVU150
	mov	w1, 1
	beq	.L59
	.p2align 3,,7
.L60:
	.loc 1 25 5 is_stmt 1 view .LVU151
.LVL54:
.LBB79:
.LBI79:
	.loc 1 19 17 view .LVU152
.LBB80:
	.loc 1 21 5 view .LVU153
	.loc 1 23 5 view .LVU154
	.loc 1 23 8 is_stmt 0 view .LVU155
	mov	w26, w19
	cmp	w1, 1
	bne	.L217
.LVL55:
.L62:
	.loc 1 21 5 is_stmt 1 view .LVU156
	.loc 1 21 8 is_stmt 0 view .LVU157
	subs	w19, w19, #1
.LVL56:
	.loc 1 21 8 view .LVU158
	mov	w1, 1
	beq	.L66
	.p2align 3,,7
.L67:
	.loc 1 25 5 is_stmt 1 view .LVU159
.LVL57:
.LBB81:
.LBI81:
	.loc 1 19 17 view .LVU160
.LBB82:
	.loc 1 21 5 view .LVU161
	.loc 1 23 5 view .LVU162
	.loc 1 23 8 is_stmt 0 view .LVU163
	mov	w25, w19
	cmp	w1, 1
	bne	.L218
.LVL58:
.L69:
	.loc 1 21 5 is_stmt 1 view .LVU164
	.loc 1 21 8 is_stmt 0 view .LVU165
	subs	w19, w19, #1
.LVL59:
	.loc 1 21 8 view .LVU166
	mov	w1, 1
	beq	.L73
	.p2align 3,,7
.L74:
	.loc 1 25 5 is_stmt 1 view .LVU167
.LVL60:
.LBB83:
.LBI83:
	.loc 1 19 17 view .LVU168
.LBB84:
	.loc 1 21 5 view .LVU169
	.loc 1 23 5 view .LVU170
	.loc 1 23 8 is_stmt 0 view .LVU171
	mov	w23, w19
	cmp	w1, 1
	bne	.L219
.LVL61:
.L76:
	.loc 1 21 5 is_stmt 1 view .LVU172
	.loc 1 21 8 is_stmt 0 view .LVU173
	subs	w19, w19, #1
.LVL62:
	.loc 1 21 8 view .LVU174
	mov	w1, 1
	beq	.L80
	.p2align 3,,7
.L81:
	.loc 1 25 5 is_stmt 1 view .LVU175
.LVL63:
.LBB85:
.LBI85:
	.loc 1 19 17 view .LVU176
.LBB86:
	.loc 1 21 5 view .LVU177
	.loc 1 23 5 view .LVU178
	.loc 1 23 8 is_stmt 0 view .LVU179
	mov	w22, w19
	cmp	w1, 1
	bne	.L220
.LVL64:
.L83:
	.loc 1 21 5 is_stmt 1 view .LVU180
	.loc 1 21 8 is_stmt 0 view .LVU181
	subs	w19, w19, #1
.LVL65:
	.loc 1 21 8 view .LVU182
	mov	w1, 1
	beq	.L87
.L121:
.LBB87:
.LBB88:
	.loc 1 21 8 view .LVU183
	mov	w21, w19
.L90:
	.loc 1 21 5 is_stmt 1 view .LVU184
	.loc 1 21 8 is_stmt 0 view .LVU185
	subs	w19, w19, #1
	mov	w1, 1
	beq	.L94
.L209:
	.loc 1 25 5 is_stmt 1 view .LVU186
	.loc 1 25 12 is_stmt 0 view .LVU187
	sub	w1, w1, #1
.LVL66:
.LBB89:
.LBI89:
	.loc 1 19 17 is_stmt 1 view .LVU188
.LBB90:
	.loc 1 21 5 view .LVU189
.L97:
	.loc 1 21 5 is_stmt 0 view .LVU190
.LBE90:
.LBE89:
	.loc 1 25 12 view .LVU191
	mov	w20, w19
.LVL67:
.L99:
.LBB96:
.LBB91:
	.loc 1 23 5 is_stmt 1 view .LVU192
	mov	w0, w20
	.loc 1 24 16 is_stmt 0 view .LVU193
	sub	w20, w20, #1
	.loc 1 23 8 view .LVU194
	cbnz	w1, .L221
	.loc 1 21 5 is_stmt 1 view .LVU195
	.loc 1 24 16 is_stmt 0 view .LVU196
	mov	w1, 1
	.loc 1 21 8 view .LVU197
	cbnz	w20, .L99
.L224:
	.loc 1 22 18 view .LVU198
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU199
.LVL68:
	.loc 1 22 9 is_stmt 0 view .LVU200
.LBE91:
.LBE96:
	.loc 1 21 5 is_stmt 1 view .LVU201
	.loc 1 21 8 is_stmt 0 view .LVU202
	subs	w0, w19, #1
	beq	.L94
	.loc 1 23 5 is_stmt 1 view .LVU203
	.loc 1 23 8 is_stmt 0 view .LVU204
	cbnz	w1, .L222
	.loc 1 21 5 is_stmt 1 view .LVU205
	.loc 1 21 8 is_stmt 0 view .LVU206
	subs	w19, w19, #2
	.loc 1 24 16 view .LVU207
	mov	w1, 1
	.loc 1 21 8 view .LVU208
	bne	.L209
.L94:
	.loc 1 22 18 view .LVU209
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU210
.LBE88:
.LBE87:
	.loc 1 21 5 view .LVU211
	.loc 1 21 8 is_stmt 0 view .LVU212
	subs	w19, w21, #1
	beq	.L87
	.loc 1 23 5 is_stmt 1 view .LVU213
	.loc 1 23 8 is_stmt 0 view .LVU214
	cbnz	w1, .L88
	.loc 1 21 5 is_stmt 1 view .LVU215
	.loc 1 21 8 is_stmt 0 view .LVU216
	subs	w19, w21, #2
	.loc 1 24 16 view .LVU217
	mov	w1, 1
	.loc 1 21 8 view .LVU218
	beq	.L87
.L88:
	.loc 1 25 5 is_stmt 1 view .LVU219
.LVL69:
.LBB106:
.LBI87:
	.loc 1 19 17 view .LVU220
.LBB101:
	.loc 1 21 5 view .LVU221
	.loc 1 23 5 view .LVU222
	.loc 1 23 8 is_stmt 0 view .LVU223
	cmp	w1, 1
	beq	.L121
	.loc 1 25 5 is_stmt 1 view .LVU224
	.loc 1 25 12 is_stmt 0 view .LVU225
	sub	w1, w1, #2
.LVL70:
.LBB97:
	.loc 1 19 17 is_stmt 1 view .LVU226
.LBB92:
	.loc 1 21 5 view .LVU227
.LBE92:
.LBE97:
	.loc 1 25 12 is_stmt 0 view .LVU228
	mov	w21, w19
	b	.L97
.LVL71:
	.p2align 2,,3
.L87:
	.loc 1 25 12 view .LVU229
.LBE101:
.LBE106:
	.loc 1 22 18 view .LVU230
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU231
.LVL72:
	.loc 1 22 9 is_stmt 0 view .LVU232
.LBE86:
.LBE85:
	.loc 1 21 5 is_stmt 1 view .LVU233
	.loc 1 21 8 is_stmt 0 view .LVU234
	subs	w19, w22, #1
	beq	.L80
	.loc 1 23 5 is_stmt 1 view .LVU235
	.loc 1 23 8 is_stmt 0 view .LVU236
	cbnz	w1, .L81
	.loc 1 21 5 is_stmt 1 view .LVU237
	.loc 1 21 8 is_stmt 0 view .LVU238
	subs	w19, w22, #2
	.loc 1 24 16 view .LVU239
	mov	w1, 1
	.loc 1 21 8 view .LVU240
	bne	.L81
.L80:
	.loc 1 22 18 view .LVU241
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU242
.LVL73:
	.loc 1 22 9 is_stmt 0 view .LVU243
.LBE84:
.LBE83:
	.loc 1 21 5 is_stmt 1 view .LVU244
	.loc 1 21 8 is_stmt 0 view .LVU245
	subs	w19, w23, #1
	beq	.L73
	.loc 1 23 5 is_stmt 1 view .LVU246
	.loc 1 23 8 is_stmt 0 view .LVU247
	cbnz	w1, .L74
	.loc 1 21 5 is_stmt 1 view .LVU248
	.loc 1 21 8 is_stmt 0 view .LVU249
	subs	w19, w23, #2
	.loc 1 24 16 view .LVU250
	mov	w1, 1
	.loc 1 21 8 view .LVU251
	bne	.L74
.L73:
	.loc 1 22 18 view .LVU252
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU253
.LVL74:
	.loc 1 22 9 is_stmt 0 view .LVU254
.LBE82:
.LBE81:
	.loc 1 21 5 is_stmt 1 view .LVU255
	.loc 1 21 8 is_stmt 0 view .LVU256
	subs	w19, w25, #1
	beq	.L66
	.loc 1 23 5 is_stmt 1 view .LVU257
	.loc 1 23 8 is_stmt 0 view .LVU258
	cbnz	w1, .L67
	.loc 1 21 5 is_stmt 1 view .LVU259
	.loc 1 21 8 is_stmt 0 view .LVU260
	subs	w19, w25, #2
	.loc 1 24 16 view .LVU261
	mov	w1, 1
	.loc 1 21 8 view .LVU262
	bne	.L67
.L66:
	.loc 1 22 18 view .LVU263
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU264
.LVL75:
	.loc 1 22 9 is_stmt 0 view .LVU265
.LBE80:
.LBE79:
	.loc 1 21 5 is_stmt 1 view .LVU266
	.loc 1 21 8 is_stmt 0 view .LVU267
	subs	w19, w26, #1
	beq	.L59
	.loc 1 23 5 is_stmt 1 view .LVU268
	.loc 1 23 8 is_stmt 0 view .LVU269
	cbnz	w1, .L60
	.loc 1 21 5 is_stmt 1 view .LVU270
	.loc 1 21 8 is_stmt 0 view .LVU271
	subs	w19, w26, #2
	.loc 1 24 16 view .LVU272
	mov	w1, 1
	.loc 1 21 8 view .LVU273
	bne	.L60
.L59:
	.loc 1 22 18 view .LVU274
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU275
.LVL76:
	.loc 1 22 9 is_stmt 0 view .LVU276
.LBE78:
.LBE77:
	.loc 1 21 5 is_stmt 1 view .LVU277
	.loc 1 21 8 is_stmt 0 view .LVU278
	subs	w19, w28, #1
	beq	.L52
	.loc 1 23 5 is_stmt 1 view .LVU279
	.loc 1 23 8 is_stmt 0 view .LVU280
	cbnz	w1, .L53
	.loc 1 21 5 is_stmt 1 view .LVU281
	.loc 1 21 8 is_stmt 0 view .LVU282
	subs	w19, w28, #2
	.loc 1 24 16 view .LVU283
	mov	w1, 1
	.loc 1 21 8 view .LVU284
	bne	.L53
.L52:
	.loc 1 22 18 view .LVU285
	add	w1, w1, 1
	.loc 1 22 9 is_stmt 1 view .LVU286
.LVL77:
	.loc 1 22 9 is_stmt 0 view .LVU287
.LBE76:
.LBE75:
	.loc 1 21 5 is_stmt 1 view .LVU288
	.loc 1 21 8 is_stmt 0 view .LVU289
	cbnz	w27, .L223
.L47:
	.loc 1 22 9 is_stmt 1 view .LVU290
	.loc 1 26 1 is_stmt 0 view .LVU291
	ldp	x19, x20, [sp, 16]
	.loc 1 22 18 view .LVU292
	add	w0, w1, 1
	.loc 1 26 1 view .LVU293
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldp	x27, x28, [sp, 80]
	ldp	x29, x30, [sp], 96
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_restore 28
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
.LVL78:
	.p2align 2,,3
.L221:
	.cfi_restore_state
.LBB157:
.LBB155:
.LBB152:
.LBB149:
.LBB144:
.LBB139:
.LBB134:
.LBB129:
.LBB124:
.LBB119:
.LBB115:
.LBB111:
.LBB107:
.LBB102:
.LBB98:
.LBB93:
	.loc 1 25 5 is_stmt 1 view .LVU294
	.loc 1 25 12 is_stmt 0 view .LVU295
	sub	w1, w1, #1
	bl	ackermann
.LVL79:
	mov	w1, w0
	.loc 1 21 5 is_stmt 1 view .LVU296
	.loc 1 21 8 is_stmt 0 view .LVU297
	cbnz	w20, .L99
	b	.L224
.LVL80:
	.p2align 2,,3
.L220:
	.loc 1 21 8 view .LVU298
.LBE93:
.LBE98:
.LBE102:
.LBE107:
	.loc 1 25 5 is_stmt 1 view .LVU299
	.loc 1 25 12 is_stmt 0 view .LVU300
	sub	w1, w1, #2
.LVL81:
.LBB108:
	.loc 1 19 17 is_stmt 1 view .LVU301
.LBB103:
	.loc 1 21 5 view .LVU302
.L93:
	.loc 1 23 5 view .LVU303
	.loc 1 23 8 is_stmt 0 view .LVU304
	mov	w21, w19
	cbz	w1, .L90
	.loc 1 25 5 is_stmt 1 view .LVU305
	.loc 1 25 12 is_stmt 0 view .LVU306
	sub	w1, w1, #1
.LVL82:
.LBB99:
	.loc 1 19 17 is_stmt 1 view .LVU307
.LBB94:
	.loc 1 21 5 view .LVU308
	b	.L97
.LVL83:
	.p2align 2,,3
.L219:
	.loc 1 21 5 is_stmt 0 view .LVU309
.LBE94:
.LBE99:
.LBE103:
.LBE108:
.LBE111:
.LBE115:
	.loc 1 25 5 is_stmt 1 view .LVU310
	.loc 1 25 12 is_stmt 0 view .LVU311
	sub	w1, w1, #2
.LVL84:
.LBB116:
	.loc 1 19 17 is_stmt 1 view .LVU312
.LBB112:
	.loc 1 21 5 view .LVU313
.L86:
	.loc 1 23 5 view .LVU314
	.loc 1 23 8 is_stmt 0 view .LVU315
	cbnz	w1, .L225
	mov	w22, w19
	b	.L83
.LVL85:
	.p2align 2,,3
.L218:
	.loc 1 23 8 view .LVU316
.LBE112:
.LBE116:
.LBE119:
.LBE124:
	.loc 1 25 5 is_stmt 1 view .LVU317
	.loc 1 25 12 is_stmt 0 view .LVU318
	sub	w1, w1, #2
.LVL86:
.LBB125:
	.loc 1 19 17 is_stmt 1 view .LVU319
.LBB120:
	.loc 1 21 5 view .LVU320
.L79:
	.loc 1 23 5 view .LVU321
	.loc 1 23 8 is_stmt 0 view .LVU322
	cbnz	w1, .L226
	mov	w23, w19
	b	.L76
.LVL87:
	.p2align 2,,3
.L217:
	.loc 1 23 8 view .LVU323
.LBE120:
.LBE125:
.LBE129:
.LBE134:
	.loc 1 25 5 is_stmt 1 view .LVU324
	.loc 1 25 12 is_stmt 0 view .LVU325
	sub	w1, w1, #2
.LVL88:
.LBB135:
	.loc 1 19 17 is_stmt 1 view .LVU326
.LBB130:
	.loc 1 21 5 view .LVU327
.L72:
	.loc 1 23 5 view .LVU328
	.loc 1 23 8 is_stmt 0 view .LVU329
	cbnz	w1, .L227
	mov	w25, w19
	b	.L69
.LVL89:
	.p2align 2,,3
.L215:
	.loc 1 23 8 view .LVU330
.LBE130:
.LBE135:
.LBE139:
.LBE144:
.LBE149:
.LBE152:
	.loc 1 25 5 is_stmt 1 view .LVU331
.LBB153:
	.loc 1 19 17 view .LVU332
.LBB150:
	.loc 1 21 5 view .LVU333
	.loc 1 23 5 view .LVU334
	.loc 1 23 8 is_stmt 0 view .LVU335
	cmp	w1, 1
	bne	.L228
	mov	w28, w24
	mov	w19, w24
	sub	w27, w24, #1
	b	.L55
.LVL90:
	.p2align 2,,3
.L216:
	.loc 1 25 5 is_stmt 1 view .LVU336
	.loc 1 25 12 is_stmt 0 view .LVU337
	sub	w1, w1, #2
.LVL91:
.LBB145:
	.loc 1 19 17 is_stmt 1 view .LVU338
.LBB140:
	.loc 1 21 5 view .LVU339
.L65:
	.loc 1 23 5 view .LVU340
	.loc 1 23 8 is_stmt 0 view .LVU341
	cbnz	w1, .L229
	mov	w26, w19
	b	.L62
.LVL92:
	.p2align 2,,3
.L214:
	.cfi_def_cfa_offset 0
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 27
	.cfi_restore 28
	.cfi_restore 29
	.cfi_restore 30
	.loc 1 23 8 view .LVU342
.LBE140:
.LBE145:
.LBE150:
.LBE153:
.LBE155:
.LBE157:
	.loc 1 22 9 is_stmt 1 view .LVU343
	.loc 1 22 18 is_stmt 0 view .LVU344
	add	w0, w1, 1
.LVL93:
	.loc 1 26 1 view .LVU345
	ret
.LVL94:
.L103:
	.cfi_def_cfa_offset 96
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	.cfi_offset 25, -32
	.cfi_offset 26, -24
	.cfi_offset 27, -16
	.cfi_offset 28, -8
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	.loc 1 21 8 view .LVU346
	mov	w24, w27
	.loc 1 25 5 is_stmt 1 view .LVU347
	b	.L213
.LVL95:
.L222:
.LBB158:
.LBB156:
.LBB154:
.LBB151:
.LBB146:
.LBB141:
.LBB136:
.LBB131:
.LBB126:
.LBB121:
.LBB117:
.LBB113:
.LBB109:
.LBB104:
	.loc 1 21 8 is_stmt 0 view .LVU348
	mov	w19, w0
	.loc 1 25 5 is_stmt 1 view .LVU349
	.loc 1 25 5 view .LVU350
	.loc 1 25 12 is_stmt 0 view .LVU351
	sub	w1, w1, #1
.LVL96:
.LBB100:
	.loc 1 19 17 is_stmt 1 view .LVU352
.LBB95:
	.loc 1 21 5 view .LVU353
	b	.L97
.LVL97:
.L225:
	.loc 1 21 5 is_stmt 0 view .LVU354
.LBE95:
.LBE100:
.LBE104:
.LBE109:
	.loc 1 25 5 is_stmt 1 view .LVU355
	.loc 1 25 12 is_stmt 0 view .LVU356
	sub	w1, w1, #1
.LVL98:
.LBB110:
	.loc 1 19 17 is_stmt 1 view .LVU357
.LBB105:
	.loc 1 21 5 view .LVU358
.LBE105:
.LBE110:
	.loc 1 25 12 is_stmt 0 view .LVU359
	mov	w22, w19
	b	.L93
.LVL99:
.L228:
	.loc 1 25 12 view .LVU360
.LBE113:
.LBE117:
.LBE121:
.LBE126:
.LBE131:
.LBE136:
.LBE141:
.LBE146:
	.loc 1 25 5 is_stmt 1 view .LVU361
	.loc 1 25 12 is_stmt 0 view .LVU362
	sub	w1, w1, #2
.LVL100:
.LBB147:
	.loc 1 19 17 is_stmt 1 view .LVU363
.LBB142:
	.loc 1 21 5 view .LVU364
.LBE142:
.LBE147:
	.loc 1 25 12 is_stmt 0 view .LVU365
	mov	w28, w24
	mov	w19, w24
	sub	w27, w24, #1
	b	.L65
.LVL101:
.L227:
.LBB148:
.LBB143:
.LBB137:
.LBB132:
	.loc 1 25 5 is_stmt 1 view .LVU366
	.loc 1 25 12 is_stmt 0 view .LVU367
	sub	w1, w1, #1
.LVL102:
.LBB127:
	.loc 1 19 17 is_stmt 1 view .LVU368
.LBB122:
	.loc 1 21 5 view .LVU369
.LBE122:
.LBE127:
	.loc 1 25 12 is_stmt 0 view .LVU370
	mov	w25, w19
	b	.L79
.LVL103:
.L226:
.LBB128:
.LBB123:
	.loc 1 25 5 is_stmt 1 view .LVU371
	.loc 1 25 12 is_stmt 0 view .LVU372
	sub	w1, w1, #1
.LVL104:
.LBB118:
	.loc 1 19 17 is_stmt 1 view .LVU373
.LBB114:
	.loc 1 21 5 view .LVU374
.LBE114:
.LBE118:
	.loc 1 25 12 is_stmt 0 view .LVU375
	mov	w23, w19
	b	.L86
.LVL105:
.L229:
	.loc 1 25 12 view .LVU376
.LBE123:
.LBE128:
.LBE132:
.LBE137:
	.loc 1 25 5 is_stmt 1 view .LVU377
	.loc 1 25 12 is_stmt 0 view .LVU378
	sub	w1, w1, #1
.LVL106:
.LBB138:
	.loc 1 19 17 is_stmt 1 view .LVU379
.LBB133:
	.loc 1 21 5 view .LVU380
.LBE133:
.LBE138:
	.loc 1 25 12 is_stmt 0 view .LVU381
	mov	w26, w19
	b	.L72
.LBE143:
.LBE148:
.LBE151:
.LBE154:
.LBE156:
.LBE158:
	.cfi_endproc
.LFE24:
	.size	ackermann, .-ackermann
	.align	2
	.p2align 4,,11
	.type	fib_memo, %function
fib_memo:
.LVL107:
.LFB23:
	.loc 1 10 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 11 5 view .LVU383
	.loc 1 10 1 is_stmt 0 view .LVU384
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	mov	w19, w0
	.loc 1 11 8 view .LVU385
	cmp	w0, 1
	ble	.L261
	.loc 1 13 5 is_stmt 1 view .LVU386
	stp	x21, x22, [sp, 32]
	.cfi_offset 22, -56
	.cfi_offset 21, -64
	.loc 1 13 13 is_stmt 0 view .LVU387
	adrp	x21, .LANCHOR0
	add	x20, x21, :lo12:.LANCHOR0
	stp	x25, x26, [sp, 64]
	.cfi_offset 26, -24
	.cfi_offset 25, -32
	sxtw	x26, w0
	ldr	x0, [x20, x26, lsl 3]
.LVL108:
	.loc 1 13 8 view .LVU388
	cbz	x0, .L262
	.loc 1 17 1 view .LVU389
	ldp	x19, x20, [sp, 16]
.LVL109:
	.loc 1 17 1 view .LVU390
	ldp	x21, x22, [sp, 32]
	.cfi_remember_state
	.cfi_restore 22
	.cfi_restore 21
	ldp	x25, x26, [sp, 64]
	.cfi_restore 26
	.cfi_restore 25
.LVL110:
	.loc 1 17 1 view .LVU391
	ldp	x29, x30, [sp], 96
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL111:
	.p2align 2,,3
.L262:
	.cfi_restore_state
	.loc 1 17 1 view .LVU392
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -40
	.cfi_offset 23, -48
	.loc 1 15 5 is_stmt 1 view .LVU393
.LBB171:
.LBB172:
	mov	x0, 1
.LBE172:
.LBE171:
	.loc 1 15 15 is_stmt 0 view .LVU394
	sub	w24, w19, #1
.LVL112:
.LBB200:
.LBI171:
	.loc 1 9 13 is_stmt 1 view .LVU395
.LBB191:
	.loc 1 11 5 view .LVU396
	.loc 1 11 8 is_stmt 0 view .LVU397
	cmp	w19, 2
	beq	.L243
	.loc 1 13 5 is_stmt 1 view .LVU398
	.loc 1 13 13 is_stmt 0 view .LVU399
	sxtw	x24, w24
	.loc 1 15 15 view .LVU400
	sub	w22, w19, #2
	.loc 1 13 13 view .LVU401
	ldr	x23, [x20, x24, lsl 3]
	.loc 1 13 8 view .LVU402
	cbz	x23, .L263
.LVL113:
	.loc 1 13 8 view .LVU403
.LBE191:
.LBE200:
.LBB201:
.LBI201:
	.loc 1 9 13 is_stmt 1 view .LVU404
.LBB202:
	.loc 1 11 5 view .LVU405
	.loc 1 11 8 is_stmt 0 view .LVU406
	cmp	w22, 1
	beq	.L264
	.loc 1 13 5 is_stmt 1 view .LVU407
	.loc 1 13 13 is_stmt 0 view .LVU408
	sxtw	x22, w22
	ldr	x1, [x20, x22, lsl 3]
	.loc 1 13 8 view .LVU409
	cbz	x1, .L244
.LBE202:
.LBE201:
	.loc 1 15 31 view .LVU410
	add	x0, x23, x1
.LVL114:
.L243:
	.loc 1 15 13 view .LVU411
	add	x21, x21, :lo12:.LANCHOR0
	.loc 1 16 16 view .LVU412
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
	.loc 1 15 13 view .LVU413
	str	x0, [x21, x26, lsl 3]
	.loc 1 16 5 is_stmt 1 view .LVU414
	.loc 1 16 16 is_stmt 0 view .LVU415
	ldp	x21, x22, [sp, 32]
	.cfi_restore 22
	.cfi_restore 21
	ldp	x25, x26, [sp, 64]
	.cfi_restore 26
	.cfi_restore 25
.LVL115:
.L271:
	.loc 1 17 1 view .LVU416
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 96
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL116:
	.p2align 2,,3
.L261:
	.cfi_restore_state
	.loc 1 12 9 is_stmt 1 view .LVU417
	.loc 1 17 1 is_stmt 0 view .LVU418
	ldp	x19, x20, [sp, 16]
	.loc 1 12 16 view .LVU419
	sxtw	x0, w0
	.loc 1 17 1 view .LVU420
	ldp	x29, x30, [sp], 96
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL117:
	.p2align 2,,3
.L263:
	.cfi_def_cfa_offset 96
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	.cfi_offset 25, -32
	.cfi_offset 26, -24
	.cfi_offset 29, -96
	.cfi_offset 30, -88
.LBB225:
.LBB192:
	.loc 1 15 5 is_stmt 1 view .LVU421
.LBB173:
.LBI173:
	.loc 1 9 13 view .LVU422
.LBB174:
	.loc 1 11 5 view .LVU423
	.loc 1 11 8 is_stmt 0 view .LVU424
	cmp	w19, 3
	beq	.L265
	.loc 1 13 5 is_stmt 1 view .LVU425
	.loc 1 13 13 is_stmt 0 view .LVU426
	sxtw	x22, w22
	str	x27, [sp, 80]
	.cfi_offset 27, -16
	.loc 1 15 15 view .LVU427
	sub	w25, w19, #3
	.loc 1 13 13 view .LVU428
	ldr	x27, [x20, x22, lsl 3]
	.loc 1 13 8 view .LVU429
	cbz	x27, .L266
.L236:
.LVL118:
	.loc 1 13 8 view .LVU430
.LBE174:
.LBE173:
.LBB178:
.LBI178:
	.loc 1 9 13 is_stmt 1 view .LVU431
.LBB179:
	.loc 1 11 5 view .LVU432
	.loc 1 11 8 is_stmt 0 view .LVU433
	cmp	w25, 1
	beq	.L267
	.loc 1 13 5 is_stmt 1 view .LVU434
	.loc 1 13 13 is_stmt 0 view .LVU435
	sxtw	x25, w25
	add	x20, x21, :lo12:.LANCHOR0
	ldr	x0, [x20, x25, lsl 3]
.LBE179:
.LBE178:
	.loc 1 15 31 view .LVU436
	add	x23, x0, x27
.LBB184:
.LBB180:
	.loc 1 13 8 view .LVU437
	cbz	x0, .L268
.LVL119:
.L241:
	.loc 1 13 8 view .LVU438
.LBE180:
.LBE184:
	.loc 1 15 13 view .LVU439
	add	x0, x21, :lo12:.LANCHOR0
	str	x23, [x0, x24, lsl 3]
.LBE192:
.LBE225:
.LBB226:
.LBB215:
	.loc 1 13 5 is_stmt 1 view .LVU440
	.loc 1 13 13 is_stmt 0 view .LVU441
	ldr	x0, [x0, x22, lsl 3]
	.loc 1 13 8 view .LVU442
	cbz	x0, .L249
	ldr	x27, [sp, 80]
	.cfi_restore 27
.LBE215:
.LBE226:
	.loc 1 15 31 view .LVU443
	add	x0, x0, x23
	b	.L243
.LVL120:
	.p2align 2,,3
.L244:
.LBB227:
.LBB216:
	.loc 1 15 5 is_stmt 1 view .LVU444
.LBB203:
.LBB204:
	mov	x1, x0
.LBE204:
.LBE203:
	.loc 1 15 15 is_stmt 0 view .LVU445
	sub	w25, w19, #3
.LVL121:
.LBB208:
.LBI203:
	.loc 1 9 13 is_stmt 1 view .LVU446
.LBB205:
	.loc 1 11 5 view .LVU447
	.loc 1 11 8 is_stmt 0 view .LVU448
	cmp	w19, 4
	beq	.L247
	sxtw	x25, w25
	str	x27, [sp, 80]
	.cfi_offset 27, -16
.LVL122:
.L249:
	.loc 1 13 5 is_stmt 1 view .LVU449
	.loc 1 13 13 is_stmt 0 view .LVU450
	add	x27, x21, :lo12:.LANCHOR0
.LBE205:
.LBE208:
.LBE216:
.LBE227:
.LBB228:
.LBB193:
.LBB185:
.LBB175:
	.loc 1 15 33 view .LVU451
	sub	w24, w19, #4
.LBE175:
.LBE185:
.LBE193:
.LBE228:
.LBB229:
.LBB217:
.LBB209:
.LBB206:
	.loc 1 13 13 view .LVU452
	ldr	x20, [x27, x25, lsl 3]
	.loc 1 13 8 view .LVU453
	cbz	x20, .L269
.L245:
.LVL123:
	.loc 1 13 8 view .LVU454
.LBE206:
.LBE209:
.LBB210:
.LBI210:
	.loc 1 9 13 is_stmt 1 view .LVU455
.LBB211:
	.loc 1 11 5 view .LVU456
	.loc 1 11 8 is_stmt 0 view .LVU457
	cmp	w24, 1
	ble	.L270
	.loc 1 13 5 is_stmt 1 view .LVU458
	.loc 1 13 13 is_stmt 0 view .LVU459
	sxtw	x24, w24
	add	x25, x21, :lo12:.LANCHOR0
	ldr	x0, [x25, x24, lsl 3]
	.loc 1 13 8 view .LVU460
	cbz	x0, .L248
.LVL124:
.L260:
	.loc 1 16 5 is_stmt 1 view .LVU461
.LBE211:
.LBE210:
	.loc 1 15 31 is_stmt 0 view .LVU462
	ldr	x27, [sp, 80]
	.cfi_restore 27
	add	x1, x0, x20
.LVL125:
.L247:
	.loc 1 15 13 view .LVU463
	add	x2, x21, :lo12:.LANCHOR0
.LBE217:
.LBE229:
	add	x21, x21, :lo12:.LANCHOR0
	.loc 1 15 31 view .LVU464
	add	x0, x1, x23
	.loc 1 16 16 view .LVU465
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
.LBB230:
.LBB218:
	.loc 1 15 13 view .LVU466
	str	x1, [x2, x22, lsl 3]
	.loc 1 16 5 is_stmt 1 view .LVU467
.LBE218:
.LBE230:
	.loc 1 15 13 is_stmt 0 view .LVU468
	str	x0, [x21, x26, lsl 3]
	.loc 1 16 5 is_stmt 1 view .LVU469
	.loc 1 16 16 is_stmt 0 view .LVU470
	ldp	x21, x22, [sp, 32]
	.cfi_restore 22
	.cfi_restore 21
	ldp	x25, x26, [sp, 64]
	.cfi_restore 26
	.cfi_restore 25
.LVL126:
	.loc 1 16 16 view .LVU471
	b	.L271
.LVL127:
	.p2align 2,,3
.L268:
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	.cfi_offset 25, -32
	.cfi_offset 26, -24
	.cfi_offset 27, -16
.LBB231:
.LBB194:
.LBB186:
.LBB181:
	.loc 1 15 5 is_stmt 1 view .LVU472
	.loc 1 15 15 is_stmt 0 view .LVU473
	sub	w0, w19, #4
	bl	fib_memo
.LVL128:
	mov	x23, x0
	.loc 1 15 33 view .LVU474
	sub	w0, w19, #5
	bl	fib_memo
.LVL129:
	.loc 1 15 31 view .LVU475
	add	x23, x23, x0
	.loc 1 15 13 view .LVU476
	str	x23, [x20, x25, lsl 3]
	.loc 1 16 5 is_stmt 1 view .LVU477
.LVL130:
	.loc 1 16 5 is_stmt 0 view .LVU478
.LBE181:
.LBE186:
	.loc 1 15 31 view .LVU479
	add	x23, x23, x27
	.loc 1 16 5 is_stmt 1 view .LVU480
.LVL131:
	.loc 1 16 5 is_stmt 0 view .LVU481
.LBE194:
.LBE231:
.LBB232:
	.loc 1 9 13 is_stmt 1 view .LVU482
.LBB219:
	.loc 1 11 5 view .LVU483
	b	.L241
.LVL132:
	.p2align 2,,3
.L266:
	.loc 1 11 5 is_stmt 0 view .LVU484
.LBE219:
.LBE232:
.LBB233:
.LBB195:
.LBB187:
.LBB176:
	.loc 1 15 5 is_stmt 1 view .LVU485
	.loc 1 15 15 is_stmt 0 view .LVU486
	mov	w0, w25
	bl	fib_memo
.LVL133:
	mov	x27, x0
	.loc 1 15 33 view .LVU487
	sub	w0, w19, #4
	bl	fib_memo
.LVL134:
	.loc 1 15 31 view .LVU488
	add	x27, x27, x0
	.loc 1 15 13 view .LVU489
	str	x27, [x20, x22, lsl 3]
	.loc 1 16 5 is_stmt 1 view .LVU490
	.loc 1 16 16 is_stmt 0 view .LVU491
	b	.L236
.LVL135:
	.p2align 2,,3
.L248:
	.loc 1 16 16 view .LVU492
.LBE176:
.LBE187:
.LBE195:
.LBE233:
.LBB234:
.LBB220:
.LBB213:
.LBB212:
	.loc 1 15 5 is_stmt 1 view .LVU493
	.loc 1 15 15 is_stmt 0 view .LVU494
	sub	w0, w19, #5
	bl	fib_memo
.LVL136:
	mov	x1, x0
	.loc 1 15 33 view .LVU495
	sub	w0, w19, #6
	.loc 1 15 15 view .LVU496
	mov	x19, x1
.LVL137:
	.loc 1 15 33 view .LVU497
	bl	fib_memo
.LVL138:
	.loc 1 15 31 view .LVU498
	add	x0, x19, x0
	.loc 1 15 13 view .LVU499
	str	x0, [x25, x24, lsl 3]
	b	.L260
.LVL139:
	.p2align 2,,3
.L269:
	.loc 1 15 13 view .LVU500
.LBE212:
.LBE213:
.LBB214:
.LBB207:
	.loc 1 15 5 is_stmt 1 view .LVU501
	.loc 1 15 15 is_stmt 0 view .LVU502
	mov	w0, w24
	bl	fib_memo
.LVL140:
	mov	x20, x0
	.loc 1 15 33 view .LVU503
	sub	w0, w19, #5
	bl	fib_memo
.LVL141:
	.loc 1 15 31 view .LVU504
	add	x20, x20, x0
	.loc 1 15 13 view .LVU505
	str	x20, [x27, x25, lsl 3]
	.loc 1 16 5 is_stmt 1 view .LVU506
	.loc 1 16 16 is_stmt 0 view .LVU507
	b	.L245
.LVL142:
	.p2align 2,,3
.L265:
	.cfi_restore 27
	.loc 1 16 16 view .LVU508
.LBE207:
.LBE214:
.LBE220:
.LBE234:
.LBB235:
.LBB196:
.LBB188:
.LBB177:
	.loc 1 12 9 is_stmt 1 view .LVU509
	.loc 1 12 9 is_stmt 0 view .LVU510
.LBE177:
.LBE188:
.LBB189:
	.loc 1 9 13 is_stmt 1 view .LVU511
.LBB182:
	.loc 1 11 5 view .LVU512
	.loc 1 12 9 view .LVU513
	.loc 1 12 9 is_stmt 0 view .LVU514
.LBE182:
.LBE189:
	.loc 1 15 13 view .LVU515
	str	x0, [x20, 16]
	.loc 1 16 5 is_stmt 1 view .LVU516
.LVL143:
	.loc 1 16 5 is_stmt 0 view .LVU517
.LBE196:
.LBE235:
.LBB236:
	.loc 1 9 13 is_stmt 1 view .LVU518
.LBB221:
	.loc 1 11 5 view .LVU519
.LBE221:
.LBE236:
.LBB237:
.LBB197:
	.loc 1 15 13 is_stmt 0 view .LVU520
	mov	x0, 2
	b	.L243
.LVL144:
.L270:
	.cfi_offset 27, -16
	.loc 1 15 13 view .LVU521
	ldr	x27, [sp, 80]
	.cfi_restore 27
.LBE197:
.LBE237:
.LBB238:
.LBB222:
	.loc 1 15 31 view .LVU522
	add	x1, x20, w24, sxtw
	b	.L247
.LVL145:
.L264:
	.loc 1 15 31 view .LVU523
.LBE222:
.LBE238:
	add	x0, x23, 1
	b	.L243
.LVL146:
.L267:
	.cfi_offset 27, -16
.LBB239:
.LBB198:
.LBB190:
.LBB183:
	.loc 1 12 9 is_stmt 1 view .LVU524
	.loc 1 12 9 is_stmt 0 view .LVU525
.LBE183:
.LBE190:
	.loc 1 15 13 view .LVU526
	add	x0, x21, :lo12:.LANCHOR0
	.loc 1 15 31 view .LVU527
	add	x23, x27, 1
.LBE198:
.LBE239:
.LBB240:
.LBB223:
	.loc 1 13 13 view .LVU528
	ldr	x1, [x0, 16]
.LBE223:
.LBE240:
.LBB241:
.LBB199:
	.loc 1 15 13 view .LVU529
	str	x23, [x0, 24]
	.loc 1 16 5 is_stmt 1 view .LVU530
.LVL147:
	.loc 1 16 5 is_stmt 0 view .LVU531
.LBE199:
.LBE241:
.LBB242:
	.loc 1 9 13 is_stmt 1 view .LVU532
.LBB224:
	.loc 1 11 5 view .LVU533
	.loc 1 13 5 view .LVU534
	.loc 1 13 8 is_stmt 0 view .LVU535
	cbnz	x1, .L259
	ldr	x27, [sp, 80]
	.cfi_remember_state
	.cfi_restore 27
	mov	x1, 1
	b	.L247
.L259:
	.cfi_restore_state
	ldr	x27, [sp, 80]
	.cfi_restore 27
.LBE224:
.LBE242:
	.loc 1 15 31 view .LVU536
	add	x0, x23, x1
	b	.L243
	.cfi_endproc
.LFE23:
	.size	fib_memo, .-fib_memo
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"fib(%d) = %ld\n"
	.align	3
.LC1:
	.string	"fib_memo(%d) = %ld\n"
	.align	3
.LC2:
	.string	"A(%u,%u) = %u\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL148:
.LFB25:
	.loc 1 29 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 30 5 view .LVU538
	.loc 1 29 1 is_stmt 0 view .LVU539
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -64
	.cfi_offset 20, -56
	mov	w19, 20
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	.cfi_offset 21, -48
	.cfi_offset 22, -40
	.cfi_offset 23, -32
	.cfi_offset 24, -24
	.loc 1 30 38 view .LVU540
	cmp	w0, 1
	ble	.L273
.LVL149:
.LBB280:
.LBI280:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU541
.LBB281:
	.loc 2 364 3 discriminator 1 view .LVU542
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU543
	ldr	x0, [x1, 8]
.LVL150:
	.loc 2 364 16 discriminator 1 view .LVU544
	mov	w2, 10
	mov	x1, 0
.LVL151:
	.loc 2 364 16 discriminator 1 view .LVU545
	bl	strtol
.LVL152:
	.loc 2 364 10 discriminator 1 view .LVU546
	mov	w19, w0
.LVL153:
.L273:
	.loc 2 364 10 discriminator 1 view .LVU547
.LBE281:
.LBE280:
	.loc 1 31 5 is_stmt 1 discriminator 4 view .LVU548
	mov	w0, w19
	bl	fib
.LVL154:
	mov	w1, w19
	adrp	x21, .LC1
	adrp	x19, .LANCHOR0
.LVL155:
.LBB282:
	.loc 1 33 9 is_stmt 0 discriminator 4 view .LVU549
	add	x21, x21, :lo12:.LC1
	add	x19, x19, :lo12:.LANCHOR0
.LBE282:
	.loc 1 31 5 discriminator 4 view .LVU550
	mov	w20, 53
	mov	w22, 54
	mov	w24, 55
	mov	x23, x0
	adrp	x0, .LC0
	mov	x2, x23
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL156:
	.loc 1 32 5 is_stmt 1 discriminator 4 view .LVU551
.LBB359:
	.loc 1 32 10 discriminator 4 view .LVU552
	.loc 1 32 24 discriminator 4 view .LVU553
.L289:
.LBB283:
.LBB284:
	.loc 1 13 13 is_stmt 0 view .LVU554
	ldr	x2, [x19, 480]
	add	w1, w22, 6
.LVL157:
	.loc 1 13 13 view .LVU555
.LBE284:
.LBE283:
	.loc 1 33 9 is_stmt 1 view .LVU556
.LBB357:
.LBI283:
	.loc 1 9 13 view .LVU557
.LBB355:
	.loc 1 11 5 view .LVU558
	.loc 1 13 5 view .LVU559
	.loc 1 13 8 is_stmt 0 view .LVU560
	cbnz	x2, .L274
	.loc 1 15 5 is_stmt 1 view .LVU561
.LVL158:
.LBB285:
.LBI285:
	.loc 1 9 13 view .LVU562
.LBB286:
	.loc 1 11 5 view .LVU563
	.loc 1 13 5 view .LVU564
	.loc 1 13 13 is_stmt 0 view .LVU565
	ldr	x4, [x19, 472]
	.loc 1 13 8 view .LVU566
	cbnz	x4, .L275
.LBB287:
.LBB288:
	.loc 1 13 13 view .LVU567
	ldr	x3, [x19, 464]
.LBE288:
.LBE287:
	.loc 1 15 5 is_stmt 1 view .LVU568
.LVL159:
.LBB301:
.LBI287:
	.loc 1 9 13 view .LVU569
.LBB299:
	.loc 1 11 5 view .LVU570
	.loc 1 13 5 view .LVU571
	.loc 1 13 8 is_stmt 0 view .LVU572
	cbz	x3, .L315
.LVL160:
.L276:
	.loc 1 13 8 view .LVU573
.LBE299:
.LBE301:
.LBB302:
.LBB303:
	.loc 1 13 5 is_stmt 1 view .LVU574
	.loc 1 13 13 is_stmt 0 view .LVU575
	ldr	x4, [x19, 456]
	.loc 1 13 8 view .LVU576
	cbz	x4, .L316
.L279:
.LBE303:
.LBE302:
	.loc 1 15 31 view .LVU577
	add	x4, x4, x3
	.loc 1 15 13 view .LVU578
	str	x4, [x19, 472]
	.loc 1 16 5 is_stmt 1 view .LVU579
.LVL161:
	.loc 1 16 5 is_stmt 0 view .LVU580
.LBE286:
.LBE285:
.LBB319:
.LBI319:
	.loc 1 9 13 is_stmt 1 view .LVU581
.LBB320:
	.loc 1 11 5 view .LVU582
.L275:
	.loc 1 13 5 view .LVU583
	.loc 1 13 13 is_stmt 0 view .LVU584
	ldr	x2, [x19, 464]
	.loc 1 13 8 view .LVU585
	cbnz	x2, .L282
	.loc 1 15 5 is_stmt 1 view .LVU586
.LVL162:
.LBB321:
.LBI321:
	.loc 1 9 13 view .LVU587
.LBB322:
	.loc 1 11 5 view .LVU588
	.loc 1 13 5 view .LVU589
	.loc 1 13 13 is_stmt 0 view .LVU590
	ldr	x5, [x19, 456]
	.loc 1 13 8 view .LVU591
	cbz	x5, .L317
.LVL163:
.L283:
	.loc 1 13 8 view .LVU592
.LBE322:
.LBE321:
.LBB334:
.LBB335:
	.loc 1 13 5 is_stmt 1 view .LVU593
	.loc 1 13 13 is_stmt 0 view .LVU594
	ldr	x2, [x19, 448]
	.loc 1 13 8 view .LVU595
	cbz	x2, .L318
.L286:
.LBE335:
.LBE334:
	.loc 1 15 31 view .LVU596
	add	x2, x2, x5
	.loc 1 15 13 view .LVU597
	str	x2, [x19, 464]
	.loc 1 16 5 is_stmt 1 view .LVU598
.L282:
	.loc 1 16 5 is_stmt 0 view .LVU599
.LBE320:
.LBE319:
	.loc 1 15 31 view .LVU600
	add	x2, x2, x4
	.loc 1 15 13 view .LVU601
	str	x2, [x19, 480]
	.loc 1 16 5 is_stmt 1 view .LVU602
.L274:
.LVL164:
	.loc 1 16 5 is_stmt 0 view .LVU603
.LBE355:
.LBE357:
	.loc 1 33 9 view .LVU604
	mov	x0, x21
	.loc 1 32 24 view .LVU605
	add	w22, w22, 10
.LVL165:
	.loc 1 33 9 view .LVU606
	bl	printf
.LVL166:
	.loc 1 32 33 is_stmt 1 view .LVU607
	.loc 1 32 24 view .LVU608
	add	x19, x19, 80
	add	w24, w24, 10
	add	w20, w20, 10
	cmp	w22, 94
	bne	.L289
	adrp	x24, .LC2
.LBE359:
.LBB360:
.LBB361:
	.loc 1 36 13 is_stmt 0 view .LVU609
	add	x22, x24, :lo12:.LC2
.LBE361:
	.loc 1 34 19 view .LVU610
	mov	w20, 0
.L290:
.LVL167:
.LBB376:
	.loc 1 35 32 is_stmt 1 view .LVU611
.LBB362:
.LBB363:
	.loc 1 21 5 view .LVU612
	.loc 1 21 8 is_stmt 0 view .LVU613
	cbz	w20, .L304
	sub	w0, w20, #1
.LBE363:
.LBE362:
	.loc 1 35 23 view .LVU614
	mov	w21, 0
.LBB370:
.LBB364:
	.loc 1 24 16 view .LVU615
	mov	w19, w0
	.loc 1 23 5 is_stmt 1 view .LVU616
	.loc 1 21 5 view .LVU617
	.loc 1 21 8 is_stmt 0 view .LVU618
	cbz	w0, .L319
	.loc 1 24 16 view .LVU619
	mov	w1, w0
	mov	w19, 0
.LVL168:
.L297:
	.loc 1 25 5 is_stmt 1 view .LVU620
	.loc 1 25 12 is_stmt 0 view .LVU621
	sub	w1, w1, #1
	bl	ackermann
.LVL169:
	.loc 1 21 5 is_stmt 1 view .LVU622
	.loc 1 21 8 is_stmt 0 view .LVU623
	cbz	w19, .L320
.L310:
	.loc 1 23 5 is_stmt 1 view .LVU624
	.loc 1 23 8 is_stmt 0 view .LVU625
	cbnz	w0, .L321
.L296:
	.loc 1 22 9 is_stmt 1 view .LVU626
.LBE364:
.LBE370:
	.loc 1 36 13 is_stmt 0 view .LVU627
	mov	w1, w20
	add	w3, w19, 1
	mov	w2, w21
	mov	x0, x22
	bl	printf
.LVL170:
	.loc 1 35 38 is_stmt 1 view .LVU628
	add	w1, w21, 1
.LVL171:
	.loc 1 35 32 view .LVU629
	cmp	w21, 3
	beq	.L322
.L292:
.LBB371:
.LBB365:
	.loc 1 21 5 view .LVU630
	.loc 1 21 8 is_stmt 0 view .LVU631
	cbz	w20, .L303
	.loc 1 23 5 is_stmt 1 view .LVU632
	.loc 1 24 16 is_stmt 0 view .LVU633
	sub	w19, w20, #1
.LBE365:
.LBE371:
	.loc 1 35 38 view .LVU634
	mov	w21, w1
.LBB372:
.LBB366:
	.loc 1 24 16 view .LVU635
	mov	w0, w20
	.loc 1 25 5 is_stmt 1 view .LVU636
	.loc 1 25 12 is_stmt 0 view .LVU637
	sub	w1, w1, #1
.LVL172:
	.loc 1 25 12 view .LVU638
	bl	ackermann
.LVL173:
	.loc 1 21 5 is_stmt 1 view .LVU639
	.loc 1 21 8 is_stmt 0 view .LVU640
	cbnz	w19, .L310
.LVL174:
.L320:
	.loc 1 25 12 view .LVU641
	mov	w19, w0
	b	.L296
	.p2align 2,,3
.L321:
	.loc 1 25 5 is_stmt 1 view .LVU642
	.loc 1 25 12 is_stmt 0 view .LVU643
	sub	w1, w0, #1
	mov	w0, 1
	bl	ackermann
.LVL175:
	mov	w19, w0
	.loc 1 21 5 is_stmt 1 view .LVU644
	.loc 1 22 9 view .LVU645
.LBE366:
.LBE372:
	.loc 1 36 13 is_stmt 0 view .LVU646
	mov	w1, w20
	add	w3, w19, 1
	mov	w2, w21
	mov	x0, x22
	bl	printf
.LVL176:
	.loc 1 35 38 is_stmt 1 view .LVU647
	add	w1, w21, 1
.LVL177:
	.loc 1 35 32 view .LVU648
	cmp	w21, 3
	bne	.L292
.L322:
	.loc 1 35 32 is_stmt 0 view .LVU649
.LBE376:
	.loc 1 34 34 is_stmt 1 discriminator 2 view .LVU650
	add	w20, w20, 1
.LVL178:
	.loc 1 34 28 discriminator 2 view .LVU651
	cmp	w20, 3
	bne	.L290
.LBE360:
	.loc 1 37 5 view .LVU652
	.loc 1 37 25 is_stmt 0 view .LVU653
	mov	x0, 55051
	movk	x0, 0x70a3, lsl 16
	movk	x0, 0xa3d, lsl 32
	movk	x0, 0xa3d7, lsl 48
	.loc 1 38 1 view .LVU654
	ldp	x19, x20, [sp, 16]
.LVL179:
	.loc 1 37 25 view .LVU655
	smulh	x0, x23, x0
	.loc 1 38 1 view .LVU656
	ldp	x21, x22, [sp, 32]
	.loc 1 37 25 view .LVU657
	add	x0, x0, x23
	asr	x0, x0, 6
	sub	x0, x0, x23, asr 63
	add	x1, x0, x0, lsl 1
.LVL180:
	.loc 1 37 25 view .LVU658
	add	x0, x0, x1, lsl 3
	sub	x0, x23, x0, lsl 2
	.loc 1 38 1 view .LVU659
	ldp	x23, x24, [sp, 48]
	ldp	x29, x30, [sp], 80
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL181:
	.p2align 2,,3
.L303:
	.cfi_restore_state
.LBB378:
.LBB377:
	.loc 1 35 38 view .LVU660
	mov	w21, w1
	mov	w19, w1
	b	.L296
.LVL182:
	.p2align 2,,3
.L304:
	.loc 1 35 23 view .LVU661
	mov	w21, 0
	mov	w19, 0
	b	.L296
.L319:
.LBB373:
.LBB367:
	.loc 1 22 9 is_stmt 1 view .LVU662
.LBE367:
.LBE373:
	.loc 1 36 13 is_stmt 0 view .LVU663
	mov	w1, w20
	add	x0, x24, :lo12:.LC2
	mov	w3, 2
	mov	w2, 0
	bl	printf
.LVL183:
	.loc 1 35 38 is_stmt 1 view .LVU664
	.loc 1 35 32 view .LVU665
.LBB374:
.LBB368:
	.loc 1 21 5 view .LVU666
.LBE368:
.LBE374:
	.loc 1 35 38 is_stmt 0 view .LVU667
	mov	w21, 1
.LBB375:
.LBB369:
	mov	w0, w20
	mov	w1, w21
	b	.L297
.LVL184:
.L315:
	.loc 1 35 38 view .LVU668
.LBE369:
.LBE375:
.LBE377:
.LBE378:
.LBB379:
.LBB358:
.LBB356:
.LBB351:
.LBB317:
.LBB314:
.LBB300:
.LBB289:
.LBB290:
	.loc 1 13 13 view .LVU669
	ldr	x4, [x19, 456]
.LBE290:
.LBE289:
	.loc 1 15 5 is_stmt 1 view .LVU670
.LVL185:
.LBB293:
.LBI289:
	.loc 1 9 13 view .LVU671
.LBB291:
	.loc 1 11 5 view .LVU672
	.loc 1 13 5 view .LVU673
	.loc 1 13 8 is_stmt 0 view .LVU674
	cbnz	x4, .L277
	.loc 1 15 5 is_stmt 1 view .LVU675
	.loc 1 15 15 is_stmt 0 view .LVU676
	add	w0, w22, 2
	str	w1, [sp, 76]
	bl	fib_memo
.LVL186:
	.loc 1 15 15 view .LVU677
	mov	x4, x0
	.loc 1 15 33 view .LVU678
	mov	w0, w24
	bl	fib_memo
.LVL187:
	.loc 1 15 13 view .LVU679
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU680
.LVL188:
	.loc 1 16 5 is_stmt 0 view .LVU681
.LBE291:
.LBE293:
.LBB294:
.LBI294:
	.loc 1 9 13 is_stmt 1 view .LVU682
.LBB295:
	.loc 1 11 5 view .LVU683
.LBE295:
.LBE294:
.LBB297:
.LBB292:
	.loc 1 15 31 is_stmt 0 view .LVU684
	add	x4, x4, x0
	.loc 1 15 13 view .LVU685
	str	x4, [x19, 456]
.LVL189:
.L277:
	.loc 1 15 13 view .LVU686
.LBE292:
.LBE297:
.LBB298:
.LBB296:
	.loc 1 13 5 is_stmt 1 view .LVU687
	.loc 1 13 13 is_stmt 0 view .LVU688
	ldr	x3, [x19, 448]
	.loc 1 13 8 view .LVU689
	cbnz	x3, .L278
	.loc 1 15 5 is_stmt 1 view .LVU690
	.loc 1 15 15 is_stmt 0 view .LVU691
	mov	w0, w24
	str	w1, [sp, 76]
	bl	fib_memo
.LVL190:
	mov	x3, x0
	.loc 1 15 33 view .LVU692
	mov	w0, w22
	bl	fib_memo
.LVL191:
	.loc 1 15 13 view .LVU693
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU694
	.loc 1 15 31 is_stmt 0 view .LVU695
	add	x3, x3, x0
	.loc 1 15 13 view .LVU696
	str	x3, [x19, 448]
.L278:
	.loc 1 15 13 view .LVU697
.LBE296:
.LBE298:
	.loc 1 15 31 view .LVU698
	add	x3, x3, x4
	.loc 1 15 13 view .LVU699
	str	x3, [x19, 464]
	.loc 1 16 5 is_stmt 1 view .LVU700
.LVL192:
	.loc 1 16 5 is_stmt 0 view .LVU701
.LBE300:
.LBE314:
.LBB315:
.LBI302:
	.loc 1 9 13 is_stmt 1 view .LVU702
.LBB312:
	.loc 1 11 5 view .LVU703
	b	.L276
.LVL193:
.L317:
	.loc 1 11 5 is_stmt 0 view .LVU704
.LBE312:
.LBE315:
.LBE317:
.LBE351:
.LBB352:
.LBB349:
.LBB346:
.LBB333:
.LBB323:
.LBB324:
	.loc 1 13 13 view .LVU705
	ldr	x3, [x19, 448]
.LBE324:
.LBE323:
	.loc 1 15 5 is_stmt 1 view .LVU706
.LVL194:
.LBB327:
.LBI323:
	.loc 1 9 13 view .LVU707
.LBB325:
	.loc 1 11 5 view .LVU708
	.loc 1 13 5 view .LVU709
	.loc 1 13 8 is_stmt 0 view .LVU710
	cbnz	x3, .L284
	.loc 1 15 5 is_stmt 1 view .LVU711
	.loc 1 15 15 is_stmt 0 view .LVU712
	mov	w0, w24
	str	w1, [sp, 76]
	bl	fib_memo
.LVL195:
	.loc 1 15 15 view .LVU713
	mov	x3, x0
	.loc 1 15 33 view .LVU714
	mov	w0, w22
	bl	fib_memo
.LVL196:
	.loc 1 15 13 view .LVU715
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU716
.LVL197:
	.loc 1 16 5 is_stmt 0 view .LVU717
.LBE325:
.LBE327:
.LBB328:
.LBI328:
	.loc 1 9 13 is_stmt 1 view .LVU718
.LBB329:
	.loc 1 11 5 view .LVU719
.LBE329:
.LBE328:
.LBB331:
.LBB326:
	.loc 1 15 31 is_stmt 0 view .LVU720
	add	x3, x3, x0
	.loc 1 15 13 view .LVU721
	str	x3, [x19, 448]
.LVL198:
.L284:
	.loc 1 15 13 view .LVU722
.LBE326:
.LBE331:
.LBB332:
.LBB330:
	.loc 1 13 5 is_stmt 1 view .LVU723
	.loc 1 13 13 is_stmt 0 view .LVU724
	ldr	x5, [x19, 440]
	.loc 1 13 8 view .LVU725
	cbnz	x5, .L285
	.loc 1 15 5 is_stmt 1 view .LVU726
	.loc 1 15 15 is_stmt 0 view .LVU727
	mov	w0, w22
	str	w1, [sp, 76]
	bl	fib_memo
.LVL199:
	mov	x5, x0
	.loc 1 15 33 view .LVU728
	mov	w0, w20
	bl	fib_memo
.LVL200:
	.loc 1 15 13 view .LVU729
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU730
	.loc 1 15 31 is_stmt 0 view .LVU731
	add	x5, x5, x0
	.loc 1 15 13 view .LVU732
	str	x5, [x19, 440]
.L285:
	.loc 1 15 13 view .LVU733
.LBE330:
.LBE332:
	.loc 1 15 31 view .LVU734
	add	x5, x5, x3
	.loc 1 15 13 view .LVU735
	str	x5, [x19, 456]
	.loc 1 16 5 is_stmt 1 view .LVU736
.LVL201:
	.loc 1 16 5 is_stmt 0 view .LVU737
.LBE333:
.LBE346:
.LBB347:
.LBI334:
	.loc 1 9 13 is_stmt 1 view .LVU738
.LBB344:
	.loc 1 11 5 view .LVU739
	b	.L283
.LVL202:
.L316:
	.loc 1 11 5 is_stmt 0 view .LVU740
.LBE344:
.LBE347:
.LBE349:
.LBE352:
.LBB353:
.LBB318:
.LBB316:
.LBB313:
	.loc 1 15 5 is_stmt 1 view .LVU741
.LBB304:
.LBI304:
	.loc 1 9 13 view .LVU742
.LBB305:
	.loc 1 11 5 view .LVU743
	.loc 1 13 5 view .LVU744
	.loc 1 13 13 is_stmt 0 view .LVU745
	ldr	x5, [x19, 448]
	.loc 1 13 8 view .LVU746
	cbnz	x5, .L280
	.loc 1 15 5 is_stmt 1 view .LVU747
	.loc 1 15 15 is_stmt 0 view .LVU748
	mov	w0, w24
	str	w1, [sp, 76]
	bl	fib_memo
.LVL203:
	mov	x5, x0
	.loc 1 15 33 view .LVU749
	mov	w0, w22
	bl	fib_memo
.LVL204:
	.loc 1 15 13 view .LVU750
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU751
.LVL205:
	.loc 1 16 5 is_stmt 0 view .LVU752
.LBE305:
.LBE304:
.LBB307:
.LBI307:
	.loc 1 9 13 is_stmt 1 view .LVU753
.LBB308:
	.loc 1 11 5 view .LVU754
.LBE308:
.LBE307:
.LBB310:
.LBB306:
	.loc 1 15 31 is_stmt 0 view .LVU755
	add	x5, x5, x0
	.loc 1 15 13 view .LVU756
	str	x5, [x19, 448]
.LVL206:
.L280:
	.loc 1 15 13 view .LVU757
.LBE306:
.LBE310:
.LBB311:
.LBB309:
	.loc 1 13 5 is_stmt 1 view .LVU758
	.loc 1 13 13 is_stmt 0 view .LVU759
	ldr	x4, [x19, 440]
	.loc 1 13 8 view .LVU760
	cbnz	x4, .L281
	.loc 1 15 5 is_stmt 1 view .LVU761
	.loc 1 15 15 is_stmt 0 view .LVU762
	mov	w0, w22
	str	w1, [sp, 76]
	bl	fib_memo
.LVL207:
	mov	x4, x0
	.loc 1 15 33 view .LVU763
	mov	w0, w20
	bl	fib_memo
.LVL208:
	.loc 1 15 13 view .LVU764
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU765
	.loc 1 15 31 is_stmt 0 view .LVU766
	add	x4, x4, x0
	.loc 1 15 13 view .LVU767
	str	x4, [x19, 440]
.L281:
	.loc 1 15 13 view .LVU768
.LBE309:
.LBE311:
	.loc 1 15 31 view .LVU769
	add	x4, x4, x5
	.loc 1 15 13 view .LVU770
	str	x4, [x19, 456]
	.loc 1 16 5 is_stmt 1 view .LVU771
	.loc 1 16 16 is_stmt 0 view .LVU772
	b	.L279
.LVL209:
.L318:
	.loc 1 16 16 view .LVU773
.LBE313:
.LBE316:
.LBE318:
.LBE353:
.LBB354:
.LBB350:
.LBB348:
.LBB345:
	.loc 1 15 5 is_stmt 1 view .LVU774
.LBB336:
.LBI336:
	.loc 1 9 13 view .LVU775
.LBB337:
	.loc 1 11 5 view .LVU776
	.loc 1 13 5 view .LVU777
	.loc 1 13 13 is_stmt 0 view .LVU778
	ldr	x6, [x19, 440]
	.loc 1 13 8 view .LVU779
	cbnz	x6, .L287
	.loc 1 15 5 is_stmt 1 view .LVU780
	.loc 1 15 15 is_stmt 0 view .LVU781
	mov	w0, w22
	str	w1, [sp, 76]
	bl	fib_memo
.LVL210:
	mov	x6, x0
	.loc 1 15 33 view .LVU782
	mov	w0, w20
	bl	fib_memo
.LVL211:
	.loc 1 15 13 view .LVU783
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU784
.LVL212:
	.loc 1 16 5 is_stmt 0 view .LVU785
.LBE337:
.LBE336:
.LBB339:
.LBI339:
	.loc 1 9 13 is_stmt 1 view .LVU786
.LBB340:
	.loc 1 11 5 view .LVU787
.LBE340:
.LBE339:
.LBB342:
.LBB338:
	.loc 1 15 31 is_stmt 0 view .LVU788
	add	x6, x6, x0
	.loc 1 15 13 view .LVU789
	str	x6, [x19, 440]
.LVL213:
.L287:
	.loc 1 15 13 view .LVU790
.LBE338:
.LBE342:
.LBB343:
.LBB341:
	.loc 1 13 5 is_stmt 1 view .LVU791
	.loc 1 13 13 is_stmt 0 view .LVU792
	ldr	x2, [x19, 432]
	.loc 1 13 8 view .LVU793
	cbnz	x2, .L288
	.loc 1 15 5 is_stmt 1 view .LVU794
	.loc 1 15 15 is_stmt 0 view .LVU795
	mov	w0, w20
	str	w1, [sp, 76]
	bl	fib_memo
.LVL214:
	mov	x3, x0
	.loc 1 15 33 view .LVU796
	sub	w0, w22, #2
	bl	fib_memo
.LVL215:
	.loc 1 15 13 view .LVU797
	ldr	w1, [sp, 76]
	.loc 1 16 5 is_stmt 1 view .LVU798
	.loc 1 15 31 is_stmt 0 view .LVU799
	add	x2, x3, x0
	.loc 1 15 13 view .LVU800
	str	x2, [x19, 432]
.L288:
	.loc 1 15 13 view .LVU801
.LBE341:
.LBE343:
	.loc 1 15 31 view .LVU802
	add	x2, x2, x6
	.loc 1 15 13 view .LVU803
	str	x2, [x19, 448]
	.loc 1 16 5 is_stmt 1 view .LVU804
	.loc 1 16 16 is_stmt 0 view .LVU805
	b	.L286
.LBE345:
.LBE348:
.LBE350:
.LBE354:
.LBE356:
.LBE358:
.LBE379:
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.bss
	.align	4
	.set	.LANCHOR0,. + 0
	.type	memo, %object
	.size	memo, 728
memo:
	.zero	728
	.text
.Letext0:
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0xbcf
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL96
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x7
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x7
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x7
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x7
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x7
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x7
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0xb
	.4byte	0x67
	.uleb128 0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x15
	.4byte	0x67
	.uleb128 0x7
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x7
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x16
	.4byte	0x5b
	.4byte	0x91
	.uleb128 0x17
	.4byte	0x2a
	.byte	0x5a
	.byte	0
	.uleb128 0x18
	.4byte	.LASF21
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x81
	.uleb128 0x9
	.byte	0x3
	.8byte	memo
	.uleb128 0x19
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5b
	.4byte	0xc7
	.uleb128 0x8
	.4byte	0xcc
	.uleb128 0x8
	.4byte	0xd6
	.uleb128 0x8
	.4byte	0x31
	.byte	0
	.uleb128 0xb
	.4byte	0x6e
	.uleb128 0xc
	.4byte	0xc7
	.uleb128 0xb
	.4byte	0x62
	.uleb128 0xc
	.4byte	0xd1
	.uleb128 0x1a
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xf3
	.uleb128 0x8
	.4byte	0xc7
	.uleb128 0x1b
	.byte	0
	.uleb128 0x1c
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x691
	.uleb128 0xd
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST56
	.4byte	.LVUS56
	.uleb128 0xd
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xd1
	.4byte	.LLST57
	.4byte	.LVUS57
	.uleb128 0x9
	.string	"n"
	.byte	0x1e
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST58
	.4byte	.LVUS58
	.uleb128 0xe
	.4byte	.LLRL60
	.4byte	0x4fe
	.uleb128 0x9
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST61
	.4byte	.LVUS61
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI283
	.2byte	.LVU557
	.4byte	.LLRL62
	.byte	0x21
	.byte	0x9
	.4byte	0x4e9
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST63
	.4byte	.LVUS63
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI285
	.2byte	.LVU562
	.4byte	.LLRL64
	.byte	0xf
	.byte	0xf
	.4byte	0x33f
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST65
	.4byte	.LVUS65
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI287
	.2byte	.LVU569
	.4byte	.LLRL66
	.byte	0xf
	.byte	0xf
	.4byte	0x279
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST67
	.4byte	.LVUS67
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI289
	.2byte	.LVU671
	.4byte	.LLRL68
	.byte	0xf
	.byte	0xf
	.4byte	0x229
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST69
	.4byte	.LVUS69
	.uleb128 0x5
	.8byte	.LVL186
	.4byte	0x6b3
	.4byte	0x214
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 2
	.byte	0
	.uleb128 0x4
	.8byte	.LVL187
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI294
	.2byte	.LVU682
	.4byte	.LLRL70
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST71
	.4byte	.LVUS71
	.uleb128 0x5
	.8byte	.LVL190
	.4byte	0x6b3
	.4byte	0x263
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL191
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI302
	.2byte	.LVU702
	.4byte	.LLRL72
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST73
	.4byte	.LVUS73
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI304
	.2byte	.LVU742
	.4byte	.LLRL74
	.byte	0xf
	.byte	0xf
	.4byte	0x2ee
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST75
	.4byte	.LVUS75
	.uleb128 0x5
	.8byte	.LVL203
	.4byte	0x6b3
	.4byte	0x2d9
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL204
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI307
	.2byte	.LVU753
	.4byte	.LLRL76
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST77
	.4byte	.LVUS77
	.uleb128 0x5
	.8byte	.LVL207
	.4byte	0x6b3
	.4byte	0x328
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL208
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI319
	.2byte	.LVU581
	.4byte	.LLRL78
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST79
	.4byte	.LVUS79
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI321
	.2byte	.LVU587
	.4byte	.LLRL80
	.byte	0xf
	.byte	0xf
	.4byte	0x42a
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST81
	.4byte	.LVUS81
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI323
	.2byte	.LVU707
	.4byte	.LLRL82
	.byte	0xf
	.byte	0xf
	.4byte	0x3da
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST83
	.4byte	.LVUS83
	.uleb128 0x5
	.8byte	.LVL195
	.4byte	0x6b3
	.4byte	0x3c5
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL196
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI328
	.2byte	.LVU718
	.4byte	.LLRL84
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST85
	.4byte	.LVUS85
	.uleb128 0x5
	.8byte	.LVL199
	.4byte	0x6b3
	.4byte	0x414
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL200
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI334
	.2byte	.LVU738
	.4byte	.LLRL86
	.byte	0xf
	.byte	0x21
	.uleb128 0xf
	.4byte	0x6c2
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI336
	.2byte	.LVU775
	.4byte	.LLRL87
	.byte	0xf
	.byte	0xf
	.4byte	0x497
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST88
	.4byte	.LVUS88
	.uleb128 0x5
	.8byte	.LVL210
	.4byte	0x6b3
	.4byte	0x482
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL211
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI339
	.2byte	.LVU786
	.4byte	.LLRL89
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST90
	.4byte	.LVUS90
	.uleb128 0x5
	.8byte	.LVL214
	.4byte	0x6b3
	.4byte	0x4d1
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL215
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 -2
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL166
	.4byte	0xdb
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xe
	.4byte	.LLRL91
	.4byte	0x60b
	.uleb128 0x9
	.string	"m"
	.byte	0x22
	.byte	0x13
	.4byte	0x46
	.4byte	.LLST92
	.4byte	.LVUS92
	.uleb128 0x1d
	.4byte	.LLRL93
	.uleb128 0x9
	.string	"k"
	.byte	0x23
	.byte	0x17
	.4byte	0x46
	.4byte	.LLST94
	.4byte	.LVUS94
	.uleb128 0x1e
	.4byte	0x691
	.4byte	.LLRL95
	.byte	0x1
	.byte	0x24
	.byte	0xd
	.4byte	0x589
	.uleb128 0xf
	.4byte	0x6a9
	.uleb128 0x1f
	.4byte	0x6a0
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x10
	.8byte	.LVL169
	.4byte	0x691
	.uleb128 0x5
	.8byte	.LVL173
	.4byte	0x691
	.4byte	0x575
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 -1
	.byte	0
	.uleb128 0x4
	.8byte	.LVL175
	.4byte	0x691
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL170
	.4byte	0xdb
	.4byte	0x5b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
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
	.byte	0x85
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x83
	.sleb128 1
	.byte	0
	.uleb128 0x5
	.8byte	.LVL176
	.4byte	0xdb
	.4byte	0x5dd
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
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
	.byte	0x85
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x83
	.sleb128 1
	.byte	0
	.uleb128 0x4
	.8byte	.LVL183
	.4byte	0xdb
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
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
	.byte	0x85
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x20
	.4byte	0x6e7
	.8byte	.LBI280
	.2byte	.LVU541
	.8byte	.LBB280
	.8byte	.LBE280-.LBB280
	.byte	0x1
	.byte	0x1e
	.byte	0x18
	.4byte	0x657
	.uleb128 0x1
	.4byte	0x6f9
	.4byte	.LLST59
	.4byte	.LVUS59
	.uleb128 0x4
	.8byte	.LVL152
	.4byte	0xa7
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL154
	.4byte	0x6cc
	.4byte	0x66f
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL156
	.4byte	0xdb
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x11
	.4byte	.LASF16
	.byte	0x13
	.byte	0x11
	.4byte	0x46
	.4byte	0x6b3
	.uleb128 0xa
	.string	"m"
	.byte	0x13
	.byte	0x24
	.4byte	0x46
	.uleb128 0xa
	.string	"n"
	.byte	0x13
	.byte	0x30
	.4byte	0x46
	.byte	0
	.uleb128 0x11
	.4byte	.LASF17
	.byte	0x9
	.byte	0xd
	.4byte	0x5b
	.4byte	0x6cc
	.uleb128 0xa
	.string	"n"
	.byte	0x9
	.byte	0x1a
	.4byte	0x31
	.byte	0
	.uleb128 0x21
	.string	"fib"
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	0x5b
	.byte	0x1
	.4byte	0x6e7
	.uleb128 0xa
	.string	"n"
	.byte	0x7
	.byte	0x15
	.4byte	0x31
	.byte	0
	.uleb128 0x22
	.4byte	.LASF18
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x31
	.byte	0x3
	.4byte	0x707
	.uleb128 0x23
	.4byte	.LASF19
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0xc7
	.byte	0
	.uleb128 0x12
	.4byte	0x6cc
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x85c
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI23
	.2byte	.LVU5
	.4byte	.LLRL1
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI25
	.2byte	.LVU10
	.4byte	.LLRL3
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI27
	.2byte	.LVU15
	.4byte	.LLRL5
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI29
	.2byte	.LVU19
	.4byte	.LLRL7
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI31
	.2byte	.LVU23
	.4byte	.LLRL9
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI33
	.2byte	.LVU27
	.4byte	.LLRL11
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI35
	.2byte	.LVU31
	.4byte	.LLRL13
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x3
	.4byte	0x6cc
	.8byte	.LBI37
	.2byte	.LVU34
	.4byte	.LLRL15
	.byte	0x7
	.byte	0x2d
	.uleb128 0x1
	.4byte	0x6dd
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x4
	.8byte	.LVL18
	.4byte	0x6cc
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 2
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.4byte	0x691
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.4byte	0xa1f
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI75
	.2byte	.LVU135
	.4byte	.LLRL19
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI77
	.2byte	.LVU144
	.4byte	.LLRL22
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI79
	.2byte	.LVU152
	.4byte	.LLRL25
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST26
	.4byte	.LVUS26
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST27
	.4byte	.LVUS27
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI81
	.2byte	.LVU160
	.4byte	.LLRL28
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST29
	.4byte	.LVUS29
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST30
	.4byte	.LVUS30
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI83
	.2byte	.LVU168
	.4byte	.LLRL31
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST32
	.4byte	.LVUS32
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST33
	.4byte	.LVUS33
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI85
	.2byte	.LVU176
	.4byte	.LLRL34
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST35
	.4byte	.LVUS35
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST36
	.4byte	.LVUS36
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI87
	.2byte	.LVU220
	.4byte	.LLRL37
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST38
	.4byte	.LVUS38
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST39
	.4byte	.LVUS39
	.uleb128 0x3
	.4byte	0x691
	.8byte	.LBI89
	.2byte	.LVU188
	.4byte	.LLRL40
	.byte	0x19
	.byte	0xc
	.uleb128 0x1
	.4byte	0x6a9
	.4byte	.LLST41
	.4byte	.LVUS41
	.uleb128 0x1
	.4byte	0x6a0
	.4byte	.LLST42
	.4byte	.LVUS42
	.uleb128 0x10
	.8byte	.LVL79
	.4byte	0x691
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x24
	.4byte	0x6b3
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST43
	.4byte	.LVUS43
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI171
	.2byte	.LVU395
	.4byte	.LLRL44
	.byte	0xf
	.byte	0xf
	.4byte	0xb0c
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST45
	.4byte	.LVUS45
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI173
	.2byte	.LVU422
	.4byte	.LLRL46
	.byte	0xf
	.byte	0xf
	.4byte	0xabc
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST47
	.4byte	.LVUS47
	.uleb128 0x5
	.8byte	.LVL133
	.4byte	0x6b3
	.4byte	0xaa7
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL134
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -4
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI178
	.2byte	.LVU431
	.4byte	.LLRL48
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST49
	.4byte	.LVUS49
	.uleb128 0x5
	.8byte	.LVL128
	.4byte	0x6b3
	.4byte	0xaf6
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -4
	.byte	0
	.uleb128 0x4
	.8byte	.LVL129
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -5
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI201
	.2byte	.LVU404
	.4byte	.LLRL50
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST51
	.4byte	.LVUS51
	.uleb128 0x6
	.4byte	0x6b3
	.8byte	.LBI203
	.2byte	.LVU446
	.4byte	.LLRL52
	.byte	0xf
	.byte	0xf
	.4byte	0xb81
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST53
	.4byte	.LVUS53
	.uleb128 0x5
	.8byte	.LVL140
	.4byte	0x6b3
	.4byte	0xb6c
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL141
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -5
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x6b3
	.8byte	.LBI210
	.2byte	.LVU455
	.4byte	.LLRL54
	.byte	0xf
	.byte	0x21
	.uleb128 0x1
	.4byte	0x6c2
	.4byte	.LLST55
	.4byte	.LVUS55
	.uleb128 0x5
	.8byte	.LVL136
	.4byte	0x6b3
	.4byte	0xbbb
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -5
	.byte	0
	.uleb128 0x4
	.8byte	.LVL138
	.4byte	0x6b3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 -2
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
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
	.uleb128 0x7
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 28
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x48
	.byte	0
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
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
	.uleb128 0x1b
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
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
	.uleb128 0x1f
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
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
	.uleb128 0x21
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x23
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x24
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS56:
	.uleb128 0
	.uleb128 .LVU544
	.uleb128 .LVU544
	.uleb128 0
.LLST56:
	.byte	0x6
	.8byte	.LVL148
	.byte	0x4
	.uleb128 .LVL148-.LVL148
	.uleb128 .LVL150-.LVL148
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL150-.LVL148
	.uleb128 .LFE25-.LVL148
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS57:
	.uleb128 0
	.uleb128 .LVU545
	.uleb128 .LVU545
	.uleb128 0
.LLST57:
	.byte	0x6
	.8byte	.LVL148
	.byte	0x4
	.uleb128 .LVL148-.LVL148
	.uleb128 .LVL151-.LVL148
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL151-.LVL148
	.uleb128 .LFE25-.LVL148
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS58:
	.uleb128 .LVU547
	.uleb128 .LVU549
	.uleb128 .LVU549
	.uleb128 .LVU551
.LLST58:
	.byte	0x6
	.8byte	.LVL153
	.byte	0x4
	.uleb128 .LVL153-.LVL153
	.uleb128 .LVL155-.LVL153
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL155-.LVL153
	.uleb128 .LVL156-1-.LVL153
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS61:
	.uleb128 .LVU553
	.uleb128 .LVU554
	.uleb128 .LVU555
	.uleb128 .LVU573
	.uleb128 .LVU573
	.uleb128 .LVU606
	.uleb128 .LVU606
	.uleb128 .LVU608
	.uleb128 .LVU668
	.uleb128 .LVU677
	.uleb128 .LVU677
	.uleb128 .LVU686
	.uleb128 .LVU686
	.uleb128 0
.LLST61:
	.byte	0x6
	.8byte	.LVL156
	.byte	0x4
	.uleb128 .LVL156-.LVL156
	.uleb128 .LVL156-.LVL156
	.uleb128 0x3
	.byte	0x8
	.byte	0x3c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL157-.LVL156
	.uleb128 .LVL160-.LVL156
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL160-.LVL156
	.uleb128 .LVL165-.LVL156
	.uleb128 0x3
	.byte	0x86
	.sleb128 6
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL165-.LVL156
	.uleb128 .LVL166-.LVL156
	.uleb128 0x3
	.byte	0x86
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL184-.LVL156
	.uleb128 .LVL186-1-.LVL156
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL186-1-.LVL156
	.uleb128 .LVL189-.LVL156
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0x4
	.uleb128 .LVL189-.LVL156
	.uleb128 .LFE25-.LVL156
	.uleb128 0x3
	.byte	0x86
	.sleb128 6
	.byte	0x9f
	.byte	0
.LVUS63:
	.uleb128 .LVU557
	.uleb128 .LVU573
	.uleb128 .LVU573
	.uleb128 .LVU603
	.uleb128 .LVU668
	.uleb128 .LVU677
	.uleb128 .LVU677
	.uleb128 .LVU686
	.uleb128 .LVU686
	.uleb128 0
.LLST63:
	.byte	0x6
	.8byte	.LVL157
	.byte	0x4
	.uleb128 .LVL157-.LVL157
	.uleb128 .LVL160-.LVL157
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL160-.LVL157
	.uleb128 .LVL164-.LVL157
	.uleb128 0x3
	.byte	0x86
	.sleb128 6
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL184-.LVL157
	.uleb128 .LVL186-1-.LVL157
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL186-1-.LVL157
	.uleb128 .LVL189-.LVL157
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0x4
	.uleb128 .LVL189-.LVL157
	.uleb128 .LFE25-.LVL157
	.uleb128 0x3
	.byte	0x86
	.sleb128 6
	.byte	0x9f
	.byte	0
.LVUS65:
	.uleb128 .LVU562
	.uleb128 .LVU580
	.uleb128 .LVU668
	.uleb128 .LVU704
	.uleb128 .LVU740
	.uleb128 .LVU773
.LLST65:
	.byte	0x6
	.8byte	.LVL158
	.byte	0x4
	.uleb128 .LVL158-.LVL158
	.uleb128 .LVL161-.LVL158
	.uleb128 0x3
	.byte	0x86
	.sleb128 5
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL184-.LVL158
	.uleb128 .LVL193-.LVL158
	.uleb128 0x3
	.byte	0x86
	.sleb128 5
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.LVL158
	.uleb128 .LVL209-.LVL158
	.uleb128 0x3
	.byte	0x86
	.sleb128 5
	.byte	0x9f
	.byte	0
.LVUS67:
	.uleb128 .LVU569
	.uleb128 .LVU573
	.uleb128 .LVU668
	.uleb128 .LVU677
	.uleb128 .LVU677
	.uleb128 .LVU686
	.uleb128 .LVU686
	.uleb128 .LVU701
.LLST67:
	.byte	0x6
	.8byte	.LVL159
	.byte	0x4
	.uleb128 .LVL159-.LVL159
	.uleb128 .LVL160-.LVL159
	.uleb128 0x3
	.byte	0x71
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL184-.LVL159
	.uleb128 .LVL186-1-.LVL159
	.uleb128 0x3
	.byte	0x71
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL186-1-.LVL159
	.uleb128 .LVL189-.LVL159
	.uleb128 0x7
	.byte	0x91
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x32
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL189-.LVL159
	.uleb128 .LVL192-.LVL159
	.uleb128 0x3
	.byte	0x86
	.sleb128 4
	.byte	0x9f
	.byte	0
.LVUS69:
	.uleb128 .LVU671
	.uleb128 .LVU677
	.uleb128 .LVU677
	.uleb128 .LVU681
.LLST69:
	.byte	0x6
	.8byte	.LVL185
	.byte	0x4
	.uleb128 .LVL185-.LVL185
	.uleb128 .LVL186-1-.LVL185
	.uleb128 0x3
	.byte	0x71
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL186-1-.LVL185
	.uleb128 .LVL188-.LVL185
	.uleb128 0x7
	.byte	0x91
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x33
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS71:
	.uleb128 .LVU681
	.uleb128 .LVU686
.LLST71:
	.byte	0x8
	.8byte	.LVL188
	.uleb128 .LVL189-.LVL188
	.uleb128 0x7
	.byte	0x91
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x34
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS73:
	.uleb128 .LVU701
	.uleb128 .LVU704
.LLST73:
	.byte	0x8
	.8byte	.LVL192
	.uleb128 .LVL193-.LVL192
	.uleb128 0x3
	.byte	0x86
	.sleb128 3
	.byte	0x9f
	.byte	0
.LVUS75:
	.uleb128 .LVU742
	.uleb128 .LVU752
.LLST75:
	.byte	0x8
	.8byte	.LVL202
	.uleb128 .LVL205-.LVL202
	.uleb128 0x3
	.byte	0x86
	.sleb128 2
	.byte	0x9f
	.byte	0
.LVUS77:
	.uleb128 .LVU752
	.uleb128 .LVU757
.LLST77:
	.byte	0x8
	.8byte	.LVL205
	.uleb128 .LVL206-.LVL205
	.uleb128 0x7
	.byte	0x91
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x35
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS79:
	.uleb128 .LVU580
	.uleb128 .LVU583
.LLST79:
	.byte	0x8
	.8byte	.LVL161
	.uleb128 .LVL161-.LVL161
	.uleb128 0x3
	.byte	0x86
	.sleb128 4
	.byte	0x9f
	.byte	0
.LVUS81:
	.uleb128 .LVU587
	.uleb128 .LVU592
	.uleb128 .LVU704
	.uleb128 .LVU737
.LLST81:
	.byte	0x6
	.8byte	.LVL162
	.byte	0x4
	.uleb128 .LVL162-.LVL162
	.uleb128 .LVL163-.LVL162
	.uleb128 0x3
	.byte	0x86
	.sleb128 3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL193-.LVL162
	.uleb128 .LVL201-.LVL162
	.uleb128 0x3
	.byte	0x86
	.sleb128 3
	.byte	0x9f
	.byte	0
.LVUS83:
	.uleb128 .LVU707
	.uleb128 .LVU713
	.uleb128 .LVU713
	.uleb128 .LVU717
.LLST83:
	.byte	0x6
	.8byte	.LVL194
	.byte	0x4
	.uleb128 .LVL194-.LVL194
	.uleb128 .LVL195-1-.LVL194
	.uleb128 0x3
	.byte	0x71
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL195-1-.LVL194
	.uleb128 .LVL197-.LVL194
	.uleb128 0x7
	.byte	0x91
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x34
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS85:
	.uleb128 .LVU717
	.uleb128 .LVU722
.LLST85:
	.byte	0x8
	.8byte	.LVL197
	.uleb128 .LVL198-.LVL197
	.uleb128 0x7
	.byte	0x91
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x35
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS88:
	.uleb128 .LVU775
	.uleb128 .LVU785
.LLST88:
	.byte	0x8
	.8byte	.LVL209
	.uleb128 .LVL212-.LVL209
	.uleb128 0x3
	.byte	0x86
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS90:
	.uleb128 .LVU785
	.uleb128 .LVU790
.LLST90:
	.byte	0x8
	.8byte	.LVL212
	.uleb128 .LVL213-.LVL212
	.uleb128 0x7
	.byte	0x91
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x36
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS92:
	.uleb128 .LVU611
	.uleb128 .LVU655
	.uleb128 .LVU660
	.uleb128 .LVU668
.LLST92:
	.byte	0x6
	.8byte	.LVL167
	.byte	0x4
	.uleb128 .LVL167-.LVL167
	.uleb128 .LVL179-.LVL167
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL181-.LVL167
	.uleb128 .LVL184-.LVL167
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS94:
	.uleb128 .LVU611
	.uleb128 .LVU620
	.uleb128 .LVU629
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU641
	.uleb128 .LVU648
	.uleb128 .LVU658
	.uleb128 .LVU660
	.uleb128 .LVU661
	.uleb128 .LVU661
	.uleb128 .LVU665
	.uleb128 .LVU665
	.uleb128 .LVU668
.LLST94:
	.byte	0x6
	.8byte	.LVL167
	.byte	0x4
	.uleb128 .LVL167-.LVL167
	.uleb128 .LVL168-.LVL167
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL171-.LVL167
	.uleb128 .LVL172-.LVL167
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL172-.LVL167
	.uleb128 .LVL174-.LVL167
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL177-.LVL167
	.uleb128 .LVL180-.LVL167
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL181-.LVL167
	.uleb128 .LVL182-.LVL167
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL182-.LVL167
	.uleb128 .LVL183-.LVL167
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL183-.LVL167
	.uleb128 .LVL184-.LVL167
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS59:
	.uleb128 .LVU541
	.uleb128 .LVU545
	.uleb128 .LVU545
	.uleb128 .LVU546
.LLST59:
	.byte	0x6
	.8byte	.LVL149
	.byte	0x4
	.uleb128 .LVL149-.LVL149
	.uleb128 .LVL151-.LVL149
	.uleb128 0x2
	.byte	0x71
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL151-.LVL149
	.uleb128 .LVL152-1-.LVL149
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU8
	.uleb128 .LVU8
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
	.uleb128 .LVL3-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LFE22-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU110
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 .LVU113
.LLST2:
	.byte	0x6
	.8byte	.LVL43
	.byte	0x4
	.uleb128 .LVL43-.LVL43
	.uleb128 .LVL44-.LVL43
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.LVL43
	.uleb128 .LVL45-.LVL43
	.uleb128 0x1
	.byte	0x6a
	.byte	0
.LVUS4:
	.uleb128 .LVU10
	.uleb128 .LVU14
	.uleb128 .LVU100
	.uleb128 .LVU105
.LLST4:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL41-.LVL4
	.uleb128 .LVL42-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU15
	.uleb128 .LVU18
	.uleb128 .LVU94
	.uleb128 .LVU96
.LLST6:
	.byte	0x6
	.8byte	.LVL6
	.byte	0x4
	.uleb128 .LVL6-.LVL6
	.uleb128 .LVL7-.LVL6
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL39-.LVL6
	.uleb128 .LVL40-.LVL6
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS8:
	.uleb128 .LVU19
	.uleb128 .LVU22
	.uleb128 .LVU90
	.uleb128 .LVU92
.LLST8:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL37-.LVL8
	.uleb128 .LVL38-.LVL8
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS10:
	.uleb128 .LVU23
	.uleb128 .LVU26
	.uleb128 .LVU86
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU88
.LLST10:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL34-.LVL10
	.uleb128 .LVL35-.LVL10
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL35-.LVL10
	.uleb128 .LVL36-.LVL10
	.uleb128 0x3
	.byte	0x75
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU27
	.uleb128 .LVU30
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST12:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.LVL12
	.uleb128 .LVL28-.LVL12
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL28-.LVL12
	.uleb128 .LVL29-.LVL12
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU31
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU49
	.uleb128 .LVU82
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU86
.LLST14:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL15-.LVL14
	.uleb128 .LVL20-.LVL14
	.uleb128 0x3
	.byte	0x86
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL14
	.uleb128 .LVL33-.LVL14
	.uleb128 0x3
	.byte	0x86
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL14
	.uleb128 .LVL34-.LVL14
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU34
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU38
	.uleb128 .LVU82
	.uleb128 .LVU83
.LLST16:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x3
	.byte	0x70
	.sleb128 3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL15
	.uleb128 .LVL32-.LVL15
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 0
	.uleb128 .LVU127
	.uleb128 .LVU127
	.uleb128 .LVU342
	.uleb128 .LVU342
	.uleb128 .LVU345
	.uleb128 .LVU345
	.uleb128 0
.LLST17:
	.byte	0x6
	.8byte	.LVL46
	.byte	0x4
	.uleb128 .LVL46-.LVL46
	.uleb128 .LVL48-.LVL46
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL48-.LVL46
	.uleb128 .LVL92-.LVL46
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL92-.LVL46
	.uleb128 .LVL93-.LVL46
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL93-.LVL46
	.uleb128 .LFE24-.LVL46
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 0
	.uleb128 .LVU126
	.uleb128 .LVU126
	.uleb128 .LVU342
	.uleb128 .LVU342
	.uleb128 .LVU346
	.uleb128 .LVU346
	.uleb128 0
.LLST18:
	.byte	0x6
	.8byte	.LVL46
	.byte	0x4
	.uleb128 .LVL46-.LVL46
	.uleb128 .LVL47-.LVL46
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL47-.LVL46
	.uleb128 .LVL92-.LVL46
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL92-.LVL46
	.uleb128 .LVL94-.LVL46
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL94-.LVL46
	.uleb128 .LFE24-.LVL46
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU135
	.uleb128 .LVU142
	.uleb128 .LVU330
	.uleb128 .LVU336
	.uleb128 .LVU360
	.uleb128 .LVU363
	.uleb128 .LVU363
	.uleb128 .LVU366
.LLST20:
	.byte	0x6
	.8byte	.LVL49
	.byte	0x4
	.uleb128 .LVL49-.LVL49
	.uleb128 .LVL50-.LVL49
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL89-.LVL49
	.uleb128 .LVL90-.LVL49
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL99-.LVL49
	.uleb128 .LVL100-.LVL49
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL100-.LVL49
	.uleb128 .LVL101-.LVL49
	.uleb128 0x3
	.byte	0x71
	.sleb128 2
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU135
	.uleb128 .LVU287
	.uleb128 .LVU294
	.uleb128 .LVU342
	.uleb128 .LVU348
	.uleb128 0
.LLST21:
	.byte	0x6
	.8byte	.LVL49
	.byte	0x4
	.uleb128 .LVL49-.LVL49
	.uleb128 .LVL77-.LVL49
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL78-.LVL49
	.uleb128 .LVL92-.LVL49
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL95-.LVL49
	.uleb128 .LFE24-.LVL49
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS23:
	.uleb128 .LVU144
	.uleb128 .LVU148
	.uleb128 .LVU332
	.uleb128 .LVU338
	.uleb128 .LVU338
	.uleb128 .LVU340
	.uleb128 .LVU360
	.uleb128 .LVU363
	.uleb128 .LVU363
	.uleb128 .LVU366
.LLST23:
	.byte	0x6
	.8byte	.LVL51
	.byte	0x4
	.uleb128 .LVL51-.LVL51
	.uleb128 .LVL52-.LVL51
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL89-.LVL51
	.uleb128 .LVL91-.LVL51
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL91-.LVL51
	.uleb128 .LVL91-.LVL51
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL99-.LVL51
	.uleb128 .LVL100-.LVL51
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL100-.LVL51
	.uleb128 .LVL101-.LVL51
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU144
	.uleb128 .LVU150
	.uleb128 .LVU150
	.uleb128 .LVU276
	.uleb128 .LVU294
	.uleb128 .LVU330
	.uleb128 .LVU332
	.uleb128 .LVU336
	.uleb128 .LVU336
	.uleb128 .LVU342
	.uleb128 .LVU348
	.uleb128 .LVU360
	.uleb128 .LVU360
	.uleb128 .LVU366
	.uleb128 .LVU366
	.uleb128 .LVU376
	.uleb128 .LVU376
	.uleb128 0
.LLST24:
	.byte	0x6
	.8byte	.LVL51
	.byte	0x4
	.uleb128 .LVL51-.LVL51
	.uleb128 .LVL53-.LVL51
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL53-.LVL51
	.uleb128 .LVL76-.LVL51
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL78-.LVL51
	.uleb128 .LVL89-.LVL51
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL89-.LVL51
	.uleb128 .LVL90-.LVL51
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL90-.LVL51
	.uleb128 .LVL92-.LVL51
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL95-.LVL51
	.uleb128 .LVL99-.LVL51
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL99-.LVL51
	.uleb128 .LVL101-.LVL51
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL101-.LVL51
	.uleb128 .LVL105-.LVL51
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL105-.LVL51
	.uleb128 .LFE24-.LVL51
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS26:
	.uleb128 .LVU152
	.uleb128 .LVU156
	.uleb128 .LVU323
	.uleb128 .LVU326
	.uleb128 .LVU326
	.uleb128 .LVU328
	.uleb128 .LVU338
	.uleb128 .LVU342
	.uleb128 .LVU363
	.uleb128 .LVU366
	.uleb128 .LVU376
	.uleb128 .LVU379
	.uleb128 .LVU379
	.uleb128 0
.LLST26:
	.byte	0x6
	.8byte	.LVL54
	.byte	0x4
	.uleb128 .LVL54-.LVL54
	.uleb128 .LVL55-.LVL54
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL87-.LVL54
	.uleb128 .LVL88-.LVL54
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL88-.LVL54
	.uleb128 .LVL88-.LVL54
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL91-.LVL54
	.uleb128 .LVL92-.LVL54
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL100-.LVL54
	.uleb128 .LVL101-.LVL54
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL105-.LVL54
	.uleb128 .LVL106-.LVL54
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL106-.LVL54
	.uleb128 .LFE24-.LVL54
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU152
	.uleb128 .LVU158
	.uleb128 .LVU158
	.uleb128 .LVU265
	.uleb128 .LVU294
	.uleb128 .LVU323
	.uleb128 .LVU323
	.uleb128 .LVU330
	.uleb128 .LVU338
	.uleb128 .LVU342
	.uleb128 .LVU348
	.uleb128 .LVU360
	.uleb128 .LVU363
	.uleb128 .LVU366
	.uleb128 .LVU366
	.uleb128 .LVU371
	.uleb128 .LVU371
	.uleb128 .LVU376
	.uleb128 .LVU376
	.uleb128 0
.LLST27:
	.byte	0x6
	.8byte	.LVL54
	.byte	0x4
	.uleb128 .LVL54-.LVL54
	.uleb128 .LVL56-.LVL54
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL56-.LVL54
	.uleb128 .LVL75-.LVL54
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL78-.LVL54
	.uleb128 .LVL87-.LVL54
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL87-.LVL54
	.uleb128 .LVL89-.LVL54
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL91-.LVL54
	.uleb128 .LVL92-.LVL54
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL95-.LVL54
	.uleb128 .LVL99-.LVL54
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL100-.LVL54
	.uleb128 .LVL101-.LVL54
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL101-.LVL54
	.uleb128 .LVL103-.LVL54
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL103-.LVL54
	.uleb128 .LVL105-.LVL54
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL105-.LVL54
	.uleb128 .LFE24-.LVL54
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS29:
	.uleb128 .LVU160
	.uleb128 .LVU164
	.uleb128 .LVU316
	.uleb128 .LVU319
	.uleb128 .LVU319
	.uleb128 .LVU321
	.uleb128 .LVU326
	.uleb128 .LVU330
	.uleb128 .LVU366
	.uleb128 .LVU368
	.uleb128 .LVU368
	.uleb128 .LVU371
	.uleb128 .LVU379
	.uleb128 0
.LLST29:
	.byte	0x6
	.8byte	.LVL57
	.byte	0x4
	.uleb128 .LVL57-.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL85-.LVL57
	.uleb128 .LVL86-.LVL57
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL86-.LVL57
	.uleb128 .LVL86-.LVL57
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL88-.LVL57
	.uleb128 .LVL89-.LVL57
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL101-.LVL57
	.uleb128 .LVL102-.LVL57
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL102-.LVL57
	.uleb128 .LVL103-.LVL57
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL106-.LVL57
	.uleb128 .LFE24-.LVL57
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS30:
	.uleb128 .LVU160
	.uleb128 .LVU166
	.uleb128 .LVU166
	.uleb128 .LVU254
	.uleb128 .LVU294
	.uleb128 .LVU316
	.uleb128 .LVU316
	.uleb128 .LVU323
	.uleb128 .LVU326
	.uleb128 .LVU330
	.uleb128 .LVU348
	.uleb128 .LVU360
	.uleb128 .LVU366
	.uleb128 .LVU376
	.uleb128 .LVU379
	.uleb128 0
.LLST30:
	.byte	0x6
	.8byte	.LVL57
	.byte	0x4
	.uleb128 .LVL57-.LVL57
	.uleb128 .LVL59-.LVL57
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL59-.LVL57
	.uleb128 .LVL74-.LVL57
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL78-.LVL57
	.uleb128 .LVL85-.LVL57
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL85-.LVL57
	.uleb128 .LVL87-.LVL57
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL88-.LVL57
	.uleb128 .LVL89-.LVL57
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL95-.LVL57
	.uleb128 .LVL99-.LVL57
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL101-.LVL57
	.uleb128 .LVL105-.LVL57
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL106-.LVL57
	.uleb128 .LFE24-.LVL57
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS32:
	.uleb128 .LVU168
	.uleb128 .LVU172
	.uleb128 .LVU309
	.uleb128 .LVU312
	.uleb128 .LVU312
	.uleb128 .LVU314
	.uleb128 .LVU319
	.uleb128 .LVU323
	.uleb128 .LVU368
	.uleb128 .LVU373
	.uleb128 .LVU373
	.uleb128 .LVU376
.LLST32:
	.byte	0x6
	.8byte	.LVL60
	.byte	0x4
	.uleb128 .LVL60-.LVL60
	.uleb128 .LVL61-.LVL60
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL83-.LVL60
	.uleb128 .LVL84-.LVL60
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL84-.LVL60
	.uleb128 .LVL84-.LVL60
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL86-.LVL60
	.uleb128 .LVL87-.LVL60
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL102-.LVL60
	.uleb128 .LVL104-.LVL60
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL104-.LVL60
	.uleb128 .LVL105-.LVL60
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS33:
	.uleb128 .LVU168
	.uleb128 .LVU174
	.uleb128 .LVU174
	.uleb128 .LVU243
	.uleb128 .LVU294
	.uleb128 .LVU309
	.uleb128 .LVU309
	.uleb128 .LVU316
	.uleb128 .LVU319
	.uleb128 .LVU323
	.uleb128 .LVU348
	.uleb128 .LVU354
	.uleb128 .LVU354
	.uleb128 .LVU360
	.uleb128 .LVU368
	.uleb128 .LVU376
.LLST33:
	.byte	0x6
	.8byte	.LVL60
	.byte	0x4
	.uleb128 .LVL60-.LVL60
	.uleb128 .LVL62-.LVL60
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL62-.LVL60
	.uleb128 .LVL73-.LVL60
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL78-.LVL60
	.uleb128 .LVL83-.LVL60
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL83-.LVL60
	.uleb128 .LVL85-.LVL60
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL86-.LVL60
	.uleb128 .LVL87-.LVL60
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL95-.LVL60
	.uleb128 .LVL97-.LVL60
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL97-.LVL60
	.uleb128 .LVL99-.LVL60
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL102-.LVL60
	.uleb128 .LVL105-.LVL60
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS35:
	.uleb128 .LVU176
	.uleb128 .LVU180
	.uleb128 .LVU298
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 .LVU303
	.uleb128 .LVU312
	.uleb128 .LVU316
	.uleb128 .LVU354
	.uleb128 .LVU357
	.uleb128 .LVU357
	.uleb128 .LVU360
	.uleb128 .LVU373
	.uleb128 .LVU376
.LLST35:
	.byte	0x6
	.8byte	.LVL63
	.byte	0x4
	.uleb128 .LVL63-.LVL63
	.uleb128 .LVL64-.LVL63
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL80-.LVL63
	.uleb128 .LVL81-.LVL63
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL63
	.uleb128 .LVL81-.LVL63
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL84-.LVL63
	.uleb128 .LVL85-.LVL63
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL97-.LVL63
	.uleb128 .LVL98-.LVL63
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL98-.LVL63
	.uleb128 .LVL99-.LVL63
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL104-.LVL63
	.uleb128 .LVL105-.LVL63
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS36:
	.uleb128 .LVU176
	.uleb128 .LVU182
	.uleb128 .LVU182
	.uleb128 .LVU232
	.uleb128 .LVU294
	.uleb128 .LVU298
	.uleb128 .LVU298
	.uleb128 .LVU309
	.uleb128 .LVU312
	.uleb128 .LVU316
	.uleb128 .LVU348
	.uleb128 .LVU354
	.uleb128 .LVU354
	.uleb128 .LVU360
	.uleb128 .LVU373
	.uleb128 .LVU376
.LLST36:
	.byte	0x6
	.8byte	.LVL63
	.byte	0x4
	.uleb128 .LVL63-.LVL63
	.uleb128 .LVL65-.LVL63
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL65-.LVL63
	.uleb128 .LVL72-.LVL63
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL78-.LVL63
	.uleb128 .LVL80-.LVL63
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL80-.LVL63
	.uleb128 .LVL83-.LVL63
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL84-.LVL63
	.uleb128 .LVL85-.LVL63
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL95-.LVL63
	.uleb128 .LVL97-.LVL63
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL97-.LVL63
	.uleb128 .LVL99-.LVL63
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL104-.LVL63
	.uleb128 .LVL105-.LVL63
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS38:
	.uleb128 .LVU220
	.uleb128 .LVU226
	.uleb128 .LVU226
	.uleb128 .LVU229
	.uleb128 .LVU301
	.uleb128 .LVU307
	.uleb128 .LVU307
	.uleb128 .LVU309
	.uleb128 .LVU357
	.uleb128 .LVU360
.LLST38:
	.byte	0x6
	.8byte	.LVL69
	.byte	0x4
	.uleb128 .LVL69-.LVL69
	.uleb128 .LVL70-.LVL69
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL70-.LVL69
	.uleb128 .LVL71-.LVL69
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL69
	.uleb128 .LVL82-.LVL69
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL82-.LVL69
	.uleb128 .LVL83-.LVL69
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL98-.LVL69
	.uleb128 .LVL99-.LVL69
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS39:
	.uleb128 .LVU220
	.uleb128 .LVU229
	.uleb128 .LVU301
	.uleb128 .LVU309
	.uleb128 .LVU357
	.uleb128 .LVU360
.LLST39:
	.byte	0x6
	.8byte	.LVL69
	.byte	0x4
	.uleb128 .LVL69-.LVL69
	.uleb128 .LVL71-.LVL69
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL81-.LVL69
	.uleb128 .LVL83-.LVL69
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL98-.LVL69
	.uleb128 .LVL99-.LVL69
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS41:
	.uleb128 .LVU188
	.uleb128 .LVU192
	.uleb128 .LVU226
	.uleb128 .LVU229
	.uleb128 .LVU307
	.uleb128 .LVU309
	.uleb128 .LVU352
	.uleb128 .LVU354
.LLST41:
	.byte	0x6
	.8byte	.LVL66
	.byte	0x4
	.uleb128 .LVL66-.LVL66
	.uleb128 .LVL67-.LVL66
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL70-.LVL66
	.uleb128 .LVL71-.LVL66
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL82-.LVL66
	.uleb128 .LVL83-.LVL66
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL96-.LVL66
	.uleb128 .LVL97-.LVL66
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS42:
	.uleb128 .LVU188
	.uleb128 .LVU200
	.uleb128 .LVU226
	.uleb128 .LVU229
	.uleb128 .LVU294
	.uleb128 .LVU298
	.uleb128 .LVU307
	.uleb128 .LVU309
	.uleb128 .LVU352
	.uleb128 .LVU354
.LLST42:
	.byte	0x6
	.8byte	.LVL66
	.byte	0x4
	.uleb128 .LVL66-.LVL66
	.uleb128 .LVL68-.LVL66
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL70-.LVL66
	.uleb128 .LVL71-.LVL66
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL78-.LVL66
	.uleb128 .LVL80-.LVL66
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL82-.LVL66
	.uleb128 .LVL83-.LVL66
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL96-.LVL66
	.uleb128 .LVL97-.LVL66
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS43:
	.uleb128 0
	.uleb128 .LVU388
	.uleb128 .LVU388
	.uleb128 .LVU390
	.uleb128 .LVU390
	.uleb128 .LVU391
	.uleb128 .LVU391
	.uleb128 .LVU392
	.uleb128 .LVU392
	.uleb128 .LVU416
	.uleb128 .LVU416
	.uleb128 .LVU417
	.uleb128 .LVU417
	.uleb128 .LVU421
	.uleb128 .LVU421
	.uleb128 .LVU461
	.uleb128 .LVU461
	.uleb128 .LVU463
	.uleb128 .LVU463
	.uleb128 .LVU471
	.uleb128 .LVU471
	.uleb128 .LVU472
	.uleb128 .LVU472
	.uleb128 .LVU497
	.uleb128 .LVU497
	.uleb128 .LVU500
	.uleb128 .LVU500
	.uleb128 0
.LLST43:
	.byte	0x6
	.8byte	.LVL107
	.byte	0x4
	.uleb128 .LVL107-.LVL107
	.uleb128 .LVL108-.LVL107
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL108-.LVL107
	.uleb128 .LVL109-.LVL107
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL109-.LVL107
	.uleb128 .LVL110-.LVL107
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL110-.LVL107
	.uleb128 .LVL111-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.LVL107
	.uleb128 .LVL115-.LVL107
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL115-.LVL107
	.uleb128 .LVL116-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL116-.LVL107
	.uleb128 .LVL117-.LVL107
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL117-.LVL107
	.uleb128 .LVL124-.LVL107
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL124-.LVL107
	.uleb128 .LVL125-.LVL107
	.uleb128 0x3
	.byte	0x88
	.sleb128 4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL125-.LVL107
	.uleb128 .LVL126-.LVL107
	.uleb128 0x1
	.byte	0x6a
	.byte	0x4
	.uleb128 .LVL126-.LVL107
	.uleb128 .LVL127-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL127-.LVL107
	.uleb128 .LVL137-.LVL107
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL137-.LVL107
	.uleb128 .LVL139-.LVL107
	.uleb128 0x3
	.byte	0x88
	.sleb128 4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL139-.LVL107
	.uleb128 .LFE23-.LVL107
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS45:
	.uleb128 .LVU395
	.uleb128 .LVU403
	.uleb128 .LVU421
	.uleb128 .LVU438
	.uleb128 .LVU472
	.uleb128 .LVU481
	.uleb128 .LVU484
	.uleb128 .LVU492
	.uleb128 .LVU508
	.uleb128 .LVU517
	.uleb128 .LVU524
	.uleb128 .LVU531
.LLST45:
	.byte	0x6
	.8byte	.LVL112
	.byte	0x4
	.uleb128 .LVL112-.LVL112
	.uleb128 .LVL113-.LVL112
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL117-.LVL112
	.uleb128 .LVL119-.LVL112
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL127-.LVL112
	.uleb128 .LVL131-.LVL112
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL132-.LVL112
	.uleb128 .LVL135-.LVL112
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL142-.LVL112
	.uleb128 .LVL143-.LVL112
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL146-.LVL112
	.uleb128 .LVL147-.LVL112
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS47:
	.uleb128 .LVU422
	.uleb128 .LVU430
	.uleb128 .LVU484
	.uleb128 .LVU492
	.uleb128 .LVU508
	.uleb128 .LVU510
.LLST47:
	.byte	0x6
	.8byte	.LVL117
	.byte	0x4
	.uleb128 .LVL117-.LVL117
	.uleb128 .LVL118-.LVL117
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL132-.LVL117
	.uleb128 .LVL135-.LVL117
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL142-.LVL117
	.uleb128 .LVL142-.LVL117
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0
.LVUS49:
	.uleb128 .LVU430
	.uleb128 .LVU438
	.uleb128 .LVU472
	.uleb128 .LVU478
	.uleb128 .LVU510
	.uleb128 .LVU514
	.uleb128 .LVU524
	.uleb128 .LVU525
.LLST49:
	.byte	0x6
	.8byte	.LVL118
	.byte	0x4
	.uleb128 .LVL118-.LVL118
	.uleb128 .LVL119-.LVL118
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL127-.LVL118
	.uleb128 .LVL130-.LVL118
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL142-.LVL118
	.uleb128 .LVL142-.LVL118
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL146-.LVL118
	.uleb128 .LVL146-.LVL118
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0
.LVUS51:
	.uleb128 .LVU403
	.uleb128 .LVU411
	.uleb128 .LVU444
	.uleb128 .LVU449
	.uleb128 .LVU481
	.uleb128 .LVU484
	.uleb128 .LVU517
	.uleb128 .LVU521
	.uleb128 .LVU523
	.uleb128 .LVU524
	.uleb128 .LVU531
	.uleb128 0
.LLST51:
	.byte	0x6
	.8byte	.LVL113
	.byte	0x4
	.uleb128 .LVL113-.LVL113
	.uleb128 .LVL114-.LVL113
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL120-.LVL113
	.uleb128 .LVL122-.LVL113
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL131-.LVL113
	.uleb128 .LVL132-.LVL113
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL143-.LVL113
	.uleb128 .LVL144-.LVL113
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL145-.LVL113
	.uleb128 .LVL146-.LVL113
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL147-.LVL113
	.uleb128 .LFE23-.LVL113
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0
.LVUS53:
	.uleb128 .LVU446
	.uleb128 .LVU449
.LLST53:
	.byte	0x8
	.8byte	.LVL121
	.uleb128 .LVL122-.LVL121
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0
.LVUS55:
	.uleb128 .LVU454
	.uleb128 .LVU461
	.uleb128 .LVU461
	.uleb128 .LVU463
	.uleb128 .LVU492
	.uleb128 .LVU497
	.uleb128 .LVU497
	.uleb128 .LVU500
	.uleb128 .LVU521
	.uleb128 .LVU523
.LLST55:
	.byte	0x6
	.8byte	.LVL123
	.byte	0x4
	.uleb128 .LVL123-.LVL123
	.uleb128 .LVL124-.LVL123
	.uleb128 0x3
	.byte	0x83
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL124-.LVL123
	.uleb128 .LVL125-.LVL123
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL135-.LVL123
	.uleb128 .LVL137-.LVL123
	.uleb128 0x3
	.byte	0x83
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL137-.LVL123
	.uleb128 .LVL139-.LVL123
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL144-.LVL123
	.uleb128 .LVL145-.LVL123
	.uleb128 0x3
	.byte	0x83
	.sleb128 -4
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
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
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
	.byte	0x5
	.8byte	.LBB23
	.byte	0x4
	.uleb128 .LBB23-.LBB23
	.uleb128 .LBE23-.LBB23
	.byte	0x4
	.uleb128 .LBB57-.LBB23
	.uleb128 .LBE57-.LBB23
	.byte	0x4
	.uleb128 .LBB58-.LBB23
	.uleb128 .LBE58-.LBB23
	.byte	0
.LLRL3:
	.byte	0x5
	.8byte	.LBB25
	.byte	0x4
	.uleb128 .LBB25-.LBB25
	.uleb128 .LBE25-.LBB25
	.byte	0x4
	.uleb128 .LBB53-.LBB25
	.uleb128 .LBE53-.LBB25
	.byte	0x4
	.uleb128 .LBB54-.LBB25
	.uleb128 .LBE54-.LBB25
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB27
	.byte	0x4
	.uleb128 .LBB27-.LBB27
	.uleb128 .LBE27-.LBB27
	.byte	0x4
	.uleb128 .LBB50-.LBB27
	.uleb128 .LBE50-.LBB27
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB29
	.byte	0x4
	.uleb128 .LBB29-.LBB29
	.uleb128 .LBE29-.LBB29
	.byte	0x4
	.uleb128 .LBB48-.LBB29
	.uleb128 .LBE48-.LBB29
	.byte	0
.LLRL9:
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB46-.LBB31
	.uleb128 .LBE46-.LBB31
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB33
	.byte	0x4
	.uleb128 .LBB33-.LBB33
	.uleb128 .LBE33-.LBB33
	.byte	0x4
	.uleb128 .LBB44-.LBB33
	.uleb128 .LBE44-.LBB33
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB35
	.byte	0x4
	.uleb128 .LBB35-.LBB35
	.uleb128 .LBE35-.LBB35
	.byte	0x4
	.uleb128 .LBB42-.LBB35
	.uleb128 .LBE42-.LBB35
	.byte	0
.LLRL15:
	.byte	0x5
	.8byte	.LBB37
	.byte	0x4
	.uleb128 .LBB37-.LBB37
	.uleb128 .LBE37-.LBB37
	.byte	0x4
	.uleb128 .LBB40-.LBB37
	.uleb128 .LBE40-.LBB37
	.byte	0
.LLRL19:
	.byte	0x5
	.8byte	.LBB75
	.byte	0x4
	.uleb128 .LBB75-.LBB75
	.uleb128 .LBE75-.LBB75
	.byte	0x4
	.uleb128 .LBB157-.LBB75
	.uleb128 .LBE157-.LBB75
	.byte	0x4
	.uleb128 .LBB158-.LBB75
	.uleb128 .LBE158-.LBB75
	.byte	0
.LLRL22:
	.byte	0x5
	.8byte	.LBB77
	.byte	0x4
	.uleb128 .LBB77-.LBB77
	.uleb128 .LBE77-.LBB77
	.byte	0x4
	.uleb128 .LBB152-.LBB77
	.uleb128 .LBE152-.LBB77
	.byte	0x4
	.uleb128 .LBB153-.LBB77
	.uleb128 .LBE153-.LBB77
	.byte	0x4
	.uleb128 .LBB154-.LBB77
	.uleb128 .LBE154-.LBB77
	.byte	0
.LLRL25:
	.byte	0x5
	.8byte	.LBB79
	.byte	0x4
	.uleb128 .LBB79-.LBB79
	.uleb128 .LBE79-.LBB79
	.byte	0x4
	.uleb128 .LBB144-.LBB79
	.uleb128 .LBE144-.LBB79
	.byte	0x4
	.uleb128 .LBB145-.LBB79
	.uleb128 .LBE145-.LBB79
	.byte	0x4
	.uleb128 .LBB146-.LBB79
	.uleb128 .LBE146-.LBB79
	.byte	0x4
	.uleb128 .LBB147-.LBB79
	.uleb128 .LBE147-.LBB79
	.byte	0x4
	.uleb128 .LBB148-.LBB79
	.uleb128 .LBE148-.LBB79
	.byte	0
.LLRL28:
	.byte	0x5
	.8byte	.LBB81
	.byte	0x4
	.uleb128 .LBB81-.LBB81
	.uleb128 .LBE81-.LBB81
	.byte	0x4
	.uleb128 .LBB134-.LBB81
	.uleb128 .LBE134-.LBB81
	.byte	0x4
	.uleb128 .LBB135-.LBB81
	.uleb128 .LBE135-.LBB81
	.byte	0x4
	.uleb128 .LBB136-.LBB81
	.uleb128 .LBE136-.LBB81
	.byte	0x4
	.uleb128 .LBB137-.LBB81
	.uleb128 .LBE137-.LBB81
	.byte	0x4
	.uleb128 .LBB138-.LBB81
	.uleb128 .LBE138-.LBB81
	.byte	0
.LLRL31:
	.byte	0x5
	.8byte	.LBB83
	.byte	0x4
	.uleb128 .LBB83-.LBB83
	.uleb128 .LBE83-.LBB83
	.byte	0x4
	.uleb128 .LBB124-.LBB83
	.uleb128 .LBE124-.LBB83
	.byte	0x4
	.uleb128 .LBB125-.LBB83
	.uleb128 .LBE125-.LBB83
	.byte	0x4
	.uleb128 .LBB126-.LBB83
	.uleb128 .LBE126-.LBB83
	.byte	0x4
	.uleb128 .LBB127-.LBB83
	.uleb128 .LBE127-.LBB83
	.byte	0x4
	.uleb128 .LBB128-.LBB83
	.uleb128 .LBE128-.LBB83
	.byte	0
.LLRL34:
	.byte	0x5
	.8byte	.LBB85
	.byte	0x4
	.uleb128 .LBB85-.LBB85
	.uleb128 .LBE85-.LBB85
	.byte	0x4
	.uleb128 .LBB115-.LBB85
	.uleb128 .LBE115-.LBB85
	.byte	0x4
	.uleb128 .LBB116-.LBB85
	.uleb128 .LBE116-.LBB85
	.byte	0x4
	.uleb128 .LBB117-.LBB85
	.uleb128 .LBE117-.LBB85
	.byte	0x4
	.uleb128 .LBB118-.LBB85
	.uleb128 .LBE118-.LBB85
	.byte	0
.LLRL37:
	.byte	0x5
	.8byte	.LBB87
	.byte	0x4
	.uleb128 .LBB87-.LBB87
	.uleb128 .LBE87-.LBB87
	.byte	0x4
	.uleb128 .LBB106-.LBB87
	.uleb128 .LBE106-.LBB87
	.byte	0x4
	.uleb128 .LBB107-.LBB87
	.uleb128 .LBE107-.LBB87
	.byte	0x4
	.uleb128 .LBB108-.LBB87
	.uleb128 .LBE108-.LBB87
	.byte	0x4
	.uleb128 .LBB109-.LBB87
	.uleb128 .LBE109-.LBB87
	.byte	0x4
	.uleb128 .LBB110-.LBB87
	.uleb128 .LBE110-.LBB87
	.byte	0
.LLRL40:
	.byte	0x5
	.8byte	.LBB89
	.byte	0x4
	.uleb128 .LBB89-.LBB89
	.uleb128 .LBE89-.LBB89
	.byte	0x4
	.uleb128 .LBB96-.LBB89
	.uleb128 .LBE96-.LBB89
	.byte	0x4
	.uleb128 .LBB97-.LBB89
	.uleb128 .LBE97-.LBB89
	.byte	0x4
	.uleb128 .LBB98-.LBB89
	.uleb128 .LBE98-.LBB89
	.byte	0x4
	.uleb128 .LBB99-.LBB89
	.uleb128 .LBE99-.LBB89
	.byte	0x4
	.uleb128 .LBB100-.LBB89
	.uleb128 .LBE100-.LBB89
	.byte	0
.LLRL44:
	.byte	0x5
	.8byte	.LBB171
	.byte	0x4
	.uleb128 .LBB171-.LBB171
	.uleb128 .LBE171-.LBB171
	.byte	0x4
	.uleb128 .LBB200-.LBB171
	.uleb128 .LBE200-.LBB171
	.byte	0x4
	.uleb128 .LBB225-.LBB171
	.uleb128 .LBE225-.LBB171
	.byte	0x4
	.uleb128 .LBB228-.LBB171
	.uleb128 .LBE228-.LBB171
	.byte	0x4
	.uleb128 .LBB231-.LBB171
	.uleb128 .LBE231-.LBB171
	.byte	0x4
	.uleb128 .LBB233-.LBB171
	.uleb128 .LBE233-.LBB171
	.byte	0x4
	.uleb128 .LBB235-.LBB171
	.uleb128 .LBE235-.LBB171
	.byte	0x4
	.uleb128 .LBB237-.LBB171
	.uleb128 .LBE237-.LBB171
	.byte	0x4
	.uleb128 .LBB239-.LBB171
	.uleb128 .LBE239-.LBB171
	.byte	0x4
	.uleb128 .LBB241-.LBB171
	.uleb128 .LBE241-.LBB171
	.byte	0
.LLRL46:
	.byte	0x5
	.8byte	.LBB173
	.byte	0x4
	.uleb128 .LBB173-.LBB173
	.uleb128 .LBE173-.LBB173
	.byte	0x4
	.uleb128 .LBB185-.LBB173
	.uleb128 .LBE185-.LBB173
	.byte	0x4
	.uleb128 .LBB187-.LBB173
	.uleb128 .LBE187-.LBB173
	.byte	0x4
	.uleb128 .LBB188-.LBB173
	.uleb128 .LBE188-.LBB173
	.byte	0
.LLRL48:
	.byte	0x5
	.8byte	.LBB178
	.byte	0x4
	.uleb128 .LBB178-.LBB178
	.uleb128 .LBE178-.LBB178
	.byte	0x4
	.uleb128 .LBB184-.LBB178
	.uleb128 .LBE184-.LBB178
	.byte	0x4
	.uleb128 .LBB186-.LBB178
	.uleb128 .LBE186-.LBB178
	.byte	0x4
	.uleb128 .LBB189-.LBB178
	.uleb128 .LBE189-.LBB178
	.byte	0x4
	.uleb128 .LBB190-.LBB178
	.uleb128 .LBE190-.LBB178
	.byte	0
.LLRL50:
	.byte	0x5
	.8byte	.LBB201
	.byte	0x4
	.uleb128 .LBB201-.LBB201
	.uleb128 .LBE201-.LBB201
	.byte	0x4
	.uleb128 .LBB226-.LBB201
	.uleb128 .LBE226-.LBB201
	.byte	0x4
	.uleb128 .LBB227-.LBB201
	.uleb128 .LBE227-.LBB201
	.byte	0x4
	.uleb128 .LBB229-.LBB201
	.uleb128 .LBE229-.LBB201
	.byte	0x4
	.uleb128 .LBB230-.LBB201
	.uleb128 .LBE230-.LBB201
	.byte	0x4
	.uleb128 .LBB232-.LBB201
	.uleb128 .LBE232-.LBB201
	.byte	0x4
	.uleb128 .LBB234-.LBB201
	.uleb128 .LBE234-.LBB201
	.byte	0x4
	.uleb128 .LBB236-.LBB201
	.uleb128 .LBE236-.LBB201
	.byte	0x4
	.uleb128 .LBB238-.LBB201
	.uleb128 .LBE238-.LBB201
	.byte	0x4
	.uleb128 .LBB240-.LBB201
	.uleb128 .LBE240-.LBB201
	.byte	0x4
	.uleb128 .LBB242-.LBB201
	.uleb128 .LBE242-.LBB201
	.byte	0
.LLRL52:
	.byte	0x5
	.8byte	.LBB203
	.byte	0x4
	.uleb128 .LBB203-.LBB203
	.uleb128 .LBE203-.LBB203
	.byte	0x4
	.uleb128 .LBB208-.LBB203
	.uleb128 .LBE208-.LBB203
	.byte	0x4
	.uleb128 .LBB209-.LBB203
	.uleb128 .LBE209-.LBB203
	.byte	0x4
	.uleb128 .LBB214-.LBB203
	.uleb128 .LBE214-.LBB203
	.byte	0
.LLRL54:
	.byte	0x5
	.8byte	.LBB210
	.byte	0x4
	.uleb128 .LBB210-.LBB210
	.uleb128 .LBE210-.LBB210
	.byte	0x4
	.uleb128 .LBB213-.LBB210
	.uleb128 .LBE213-.LBB210
	.byte	0
.LLRL60:
	.byte	0x5
	.8byte	.LBB282
	.byte	0x4
	.uleb128 .LBB282-.LBB282
	.uleb128 .LBE282-.LBB282
	.byte	0x4
	.uleb128 .LBB359-.LBB282
	.uleb128 .LBE359-.LBB282
	.byte	0x4
	.uleb128 .LBB379-.LBB282
	.uleb128 .LBE379-.LBB282
	.byte	0
.LLRL62:
	.byte	0x5
	.8byte	.LBB283
	.byte	0x4
	.uleb128 .LBB283-.LBB283
	.uleb128 .LBE283-.LBB283
	.byte	0x4
	.uleb128 .LBB357-.LBB283
	.uleb128 .LBE357-.LBB283
	.byte	0x4
	.uleb128 .LBB358-.LBB283
	.uleb128 .LBE358-.LBB283
	.byte	0
.LLRL64:
	.byte	0x5
	.8byte	.LBB285
	.byte	0x4
	.uleb128 .LBB285-.LBB285
	.uleb128 .LBE285-.LBB285
	.byte	0x4
	.uleb128 .LBB351-.LBB285
	.uleb128 .LBE351-.LBB285
	.byte	0x4
	.uleb128 .LBB353-.LBB285
	.uleb128 .LBE353-.LBB285
	.byte	0
.LLRL66:
	.byte	0x5
	.8byte	.LBB287
	.byte	0x4
	.uleb128 .LBB287-.LBB287
	.uleb128 .LBE287-.LBB287
	.byte	0x4
	.uleb128 .LBB301-.LBB287
	.uleb128 .LBE301-.LBB287
	.byte	0x4
	.uleb128 .LBB314-.LBB287
	.uleb128 .LBE314-.LBB287
	.byte	0
.LLRL68:
	.byte	0x5
	.8byte	.LBB289
	.byte	0x4
	.uleb128 .LBB289-.LBB289
	.uleb128 .LBE289-.LBB289
	.byte	0x4
	.uleb128 .LBB293-.LBB289
	.uleb128 .LBE293-.LBB289
	.byte	0x4
	.uleb128 .LBB297-.LBB289
	.uleb128 .LBE297-.LBB289
	.byte	0
.LLRL70:
	.byte	0x5
	.8byte	.LBB294
	.byte	0x4
	.uleb128 .LBB294-.LBB294
	.uleb128 .LBE294-.LBB294
	.byte	0x4
	.uleb128 .LBB298-.LBB294
	.uleb128 .LBE298-.LBB294
	.byte	0
.LLRL72:
	.byte	0x5
	.8byte	.LBB302
	.byte	0x4
	.uleb128 .LBB302-.LBB302
	.uleb128 .LBE302-.LBB302
	.byte	0x4
	.uleb128 .LBB315-.LBB302
	.uleb128 .LBE315-.LBB302
	.byte	0x4
	.uleb128 .LBB316-.LBB302
	.uleb128 .LBE316-.LBB302
	.byte	0
.LLRL74:
	.byte	0x5
	.8byte	.LBB304
	.byte	0x4
	.uleb128 .LBB304-.LBB304
	.uleb128 .LBE304-.LBB304
	.byte	0x4
	.uleb128 .LBB310-.LBB304
	.uleb128 .LBE310-.LBB304
	.byte	0
.LLRL76:
	.byte	0x5
	.8byte	.LBB307
	.byte	0x4
	.uleb128 .LBB307-.LBB307
	.uleb128 .LBE307-.LBB307
	.byte	0x4
	.uleb128 .LBB311-.LBB307
	.uleb128 .LBE311-.LBB307
	.byte	0
.LLRL78:
	.byte	0x5
	.8byte	.LBB319
	.byte	0x4
	.uleb128 .LBB319-.LBB319
	.uleb128 .LBE319-.LBB319
	.byte	0x4
	.uleb128 .LBB352-.LBB319
	.uleb128 .LBE352-.LBB319
	.byte	0x4
	.uleb128 .LBB354-.LBB319
	.uleb128 .LBE354-.LBB319
	.byte	0
.LLRL80:
	.byte	0x5
	.8byte	.LBB321
	.byte	0x4
	.uleb128 .LBB321-.LBB321
	.uleb128 .LBE321-.LBB321
	.byte	0x4
	.uleb128 .LBB346-.LBB321
	.uleb128 .LBE346-.LBB321
	.byte	0
.LLRL82:
	.byte	0x5
	.8byte	.LBB323
	.byte	0x4
	.uleb128 .LBB323-.LBB323
	.uleb128 .LBE323-.LBB323
	.byte	0x4
	.uleb128 .LBB327-.LBB323
	.uleb128 .LBE327-.LBB323
	.byte	0x4
	.uleb128 .LBB331-.LBB323
	.uleb128 .LBE331-.LBB323
	.byte	0
.LLRL84:
	.byte	0x5
	.8byte	.LBB328
	.byte	0x4
	.uleb128 .LBB328-.LBB328
	.uleb128 .LBE328-.LBB328
	.byte	0x4
	.uleb128 .LBB332-.LBB328
	.uleb128 .LBE332-.LBB328
	.byte	0
.LLRL86:
	.byte	0x5
	.8byte	.LBB334
	.byte	0x4
	.uleb128 .LBB334-.LBB334
	.uleb128 .LBE334-.LBB334
	.byte	0x4
	.uleb128 .LBB347-.LBB334
	.uleb128 .LBE347-.LBB334
	.byte	0x4
	.uleb128 .LBB348-.LBB334
	.uleb128 .LBE348-.LBB334
	.byte	0
.LLRL87:
	.byte	0x5
	.8byte	.LBB336
	.byte	0x4
	.uleb128 .LBB336-.LBB336
	.uleb128 .LBE336-.LBB336
	.byte	0x4
	.uleb128 .LBB342-.LBB336
	.uleb128 .LBE342-.LBB336
	.byte	0
.LLRL89:
	.byte	0x5
	.8byte	.LBB339
	.byte	0x4
	.uleb128 .LBB339-.LBB339
	.uleb128 .LBE339-.LBB339
	.byte	0x4
	.uleb128 .LBB343-.LBB339
	.uleb128 .LBE343-.LBB339
	.byte	0
.LLRL91:
	.byte	0x5
	.8byte	.LBB360
	.byte	0x4
	.uleb128 .LBB360-.LBB360
	.uleb128 .LBE360-.LBB360
	.byte	0x4
	.uleb128 .LBB378-.LBB360
	.uleb128 .LBE378-.LBB360
	.byte	0
.LLRL93:
	.byte	0x5
	.8byte	.LBB361
	.byte	0x4
	.uleb128 .LBB361-.LBB361
	.uleb128 .LBE361-.LBB361
	.byte	0x4
	.uleb128 .LBB376-.LBB361
	.uleb128 .LBE376-.LBB361
	.byte	0x4
	.uleb128 .LBB377-.LBB361
	.uleb128 .LBE377-.LBB361
	.byte	0
.LLRL95:
	.byte	0x5
	.8byte	.LBB362
	.byte	0x4
	.uleb128 .LBB362-.LBB362
	.uleb128 .LBE362-.LBB362
	.byte	0x4
	.uleb128 .LBB370-.LBB362
	.uleb128 .LBE370-.LBB362
	.byte	0x4
	.uleb128 .LBB371-.LBB362
	.uleb128 .LBE371-.LBB362
	.byte	0x4
	.uleb128 .LBB372-.LBB362
	.uleb128 .LBE372-.LBB362
	.byte	0x4
	.uleb128 .LBB373-.LBB362
	.uleb128 .LBE373-.LBB362
	.byte	0x4
	.uleb128 .LBB374-.LBB362
	.uleb128 .LBE374-.LBB362
	.byte	0x4
	.uleb128 .LBB375-.LBB362
	.uleb128 .LBE375-.LBB362
	.byte	0
.LLRL96:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB25
	.uleb128 .LFE25-.LFB25
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"long long int"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"ackermann"
.LASF22:
	.string	"main"
.LASF14:
	.string	"argc"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF12:
	.string	"strtol"
.LASF21:
	.string	"memo"
.LASF17:
	.string	"fib_memo"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF19:
	.string	"__nptr"
.LASF18:
	.string	"atoi"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/fib_recursive.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
