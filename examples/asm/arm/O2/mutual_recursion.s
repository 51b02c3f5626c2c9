	.arch armv8-a
	.file	"mutual_recursion.c"
	.text
.Ltext0:
	.file 0 "." "programs/mutual_recursion.c"
	.align	2
	.p2align 4,,11
	.type	expr, %function
expr:
.LFB15:
	.file 1 "programs/mutual_recursion.c"
	.loc 1 46 1 view -0
	.cfi_startproc
	.loc 1 47 5 view .LVU1
	.loc 1 46 1 is_stmt 0 view .LVU2
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	.loc 1 47 14 view .LVU3
	bl	term
.LVL0:
	mov	x20, x0
.LVL1:
	.loc 1 47 14 view .LVU4
	adrp	x19, .LANCHOR0
.LVL2:
	.p2align 3,,7
.L2:
	.loc 1 49 19 is_stmt 1 view .LVU5
	.loc 1 51 9 view .LVU6
	.loc 1 52 14 view .LVU7
	.loc 1 52 31 view .LVU8
	.loc 1 49 16 is_stmt 0 view .LVU9
	ldr	x1, [x19, #:lo12:.LANCHOR0]
	.loc 1 52 32 view .LVU10
	add	x3, x1, 1
	.loc 1 49 16 view .LVU11
	ldrb	w2, [x1]
	.loc 1 49 19 view .LVU12
	cmp	w2, 32
	beq	.L3
.L10:
	.loc 1 51 12 view .LVU13
	cmp	w2, 43
	beq	.L9
	.loc 1 52 17 view .LVU14
	cmp	w2, 45
	bne	.L1
	.loc 1 52 32 discriminator 1 view .LVU15
	str	x3, [x19, #:lo12:.LANCHOR0]
	.loc 1 52 36 is_stmt 1 discriminator 1 view .LVU16
	.loc 1 52 41 is_stmt 0 discriminator 1 view .LVU17
	bl	term
.LVL3:
	.loc 1 49 16 discriminator 1 view .LVU18
	ldr	x1, [x19, #:lo12:.LANCHOR0]
	.loc 1 52 38 discriminator 1 view .LVU19
	sub	x20, x20, x0
.LVL4:
	.loc 1 49 19 is_stmt 1 discriminator 1 view .LVU20
	.loc 1 51 9 discriminator 1 view .LVU21
	.loc 1 52 14 discriminator 1 view .LVU22
	.loc 1 52 31 discriminator 1 view .LVU23
	.loc 1 52 32 is_stmt 0 discriminator 1 view .LVU24
	add	x3, x1, 1
	.loc 1 49 16 discriminator 1 view .LVU25
	ldrb	w2, [x1]
	.loc 1 49 19 discriminator 1 view .LVU26
	cmp	w2, 32
	bne	.L10
.L3:
	.loc 1 50 13 is_stmt 1 view .LVU27
	.loc 1 50 14 is_stmt 0 view .LVU28
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
	b	.L2
	.p2align 2,,3
.L9:
	.loc 1 51 26 is_stmt 1 discriminator 1 view .LVU29
	.loc 1 51 27 is_stmt 0 discriminator 1 view .LVU30
	str	x3, [x19, #:lo12:.LANCHOR0]
	.loc 1 51 31 is_stmt 1 discriminator 1 view .LVU31
	.loc 1 51 36 is_stmt 0 discriminator 1 view .LVU32
	bl	term
.LVL5:
	.loc 1 51 33 discriminator 1 view .LVU33
	add	x20, x20, x0
.LVL6:
	.loc 1 51 33 discriminator 1 view .LVU34
	b	.L2
	.p2align 2,,3
.L1:
	.loc 1 55 1 view .LVU35
	mov	x0, x20
	ldp	x19, x20, [sp, 16]
.LVL7:
	.loc 1 55 1 view .LVU36
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
	.p2align 4,,11
	.type	factor, %function
factor:
.LFB13:
	.loc 1 13 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	w0, 0
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	adrp	x20, .LANCHOR0
	.loc 1 13 1 is_stmt 0 view .LVU38
	mov	x19, 1
	ldr	x3, [x20, #:lo12:.LANCHOR0]
	mov	x2, x3
	.p2align 3,,7
.L20:
	.loc 1 14 5 is_stmt 1 view .LVU39
	.loc 1 14 15 view .LVU40
	.loc 1 14 12 is_stmt 0 view .LVU41
	ldrb	w1, [x2]
	.loc 1 14 15 view .LVU42
	cmp	w1, 32
	bne	.L12
	add	x0, x2, 1
	.p2align 3,,7
.L13:
	.loc 1 15 9 is_stmt 1 view .LVU43
	.loc 1 14 15 view .LVU44
	mov	x2, x0
	.loc 1 14 12 is_stmt 0 view .LVU45
	ldrb	w1, [x0], 1
	.loc 1 14 15 view .LVU46
	cmp	w1, 32
	beq	.L13
	.loc 1 15 10 view .LVU47
	mov	w0, 1
.L12:
	.loc 1 16 5 is_stmt 1 view .LVU48
	.loc 1 16 8 is_stmt 0 view .LVU49
	cmp	w1, 40
	beq	.L28
	.loc 1 23 5 is_stmt 1 view .LVU50
	.loc 1 23 8 is_stmt 0 view .LVU51
	cmp	w1, 45
	bne	.L29
	.loc 1 24 9 is_stmt 1 view .LVU52
	.loc 1 24 10 is_stmt 0 view .LVU53
	add	x2, x2, 1
	.loc 1 25 9 is_stmt 1 view .LVU54
	neg	x19, x19
	.loc 1 25 16 is_stmt 0 view .LVU55
	mov	w0, 1
	b	.L20
.L28:
.LBB13:
	.loc 1 17 9 is_stmt 1 view .LVU56
	.loc 1 17 10 is_stmt 0 view .LVU57
	add	x2, x2, 1
	str	x2, [x20, #:lo12:.LANCHOR0]
	.loc 1 18 9 is_stmt 1 view .LVU58
	.loc 1 18 18 is_stmt 0 view .LVU59
	bl	expr
.LVL8:
	.loc 1 19 13 view .LVU60
	ldr	x1, [x20, #:lo12:.LANCHOR0]
.LVL9:
	.loc 1 19 9 is_stmt 1 view .LVU61
	.loc 1 19 12 is_stmt 0 view .LVU62
	ldrb	w2, [x1]
	cmp	w2, 41
	beq	.L15
	mul	x0, x19, x0
.LVL10:
.L11:
	.loc 1 19 12 view .LVU63
.LBE13:
	.loc 1 31 1 view .LVU64
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.L29:
	.cfi_restore_state
	cbz	w0, .L22
	str	x2, [x20, #:lo12:.LANCHOR0]
.L18:
.LVL11:
	.loc 1 28 22 is_stmt 1 view .LVU65
	.loc 1 28 12 is_stmt 0 view .LVU66
	ldrb	w3, [x2], 1
	.loc 1 27 10 view .LVU67
	mov	x0, 0
	.loc 1 28 22 view .LVU68
	sub	w1, w3, #48
	and	w3, w1, 255
	cmp	w3, 9
	bhi	.L11
.LVL12:
	.p2align 3,,7
.L21:
	.loc 1 29 9 is_stmt 1 view .LVU69
	.loc 1 29 25 is_stmt 0 view .LVU70
	mov	x5, x2
	.loc 1 28 12 view .LVU71
	ldrb	w3, [x2], 1
	.loc 1 29 28 view .LVU72
	sxtw	x4, w1
	.loc 1 29 15 view .LVU73
	add	x0, x0, x0, lsl 2
.LVL13:
	.loc 1 28 22 view .LVU74
	sub	w1, w3, #48
	and	w3, w1, 255
	.loc 1 29 11 view .LVU75
	add	x0, x4, x0, lsl 1
.LVL14:
	.loc 1 28 22 is_stmt 1 view .LVU76
	cmp	w3, 9
	bls	.L21
	mul	x0, x19, x0
.LVL15:
	.loc 1 28 22 is_stmt 0 view .LVU77
	str	x5, [x20, #:lo12:.LANCHOR0]
	.loc 1 31 1 view .LVU78
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL16:
.L15:
	.cfi_restore_state
.LBB14:
	.loc 1 20 13 is_stmt 1 view .LVU79
	mul	x0, x19, x0
.LVL17:
	.loc 1 20 14 is_stmt 0 view .LVU80
	add	x1, x1, 1
	str	x1, [x20, #:lo12:.LANCHOR0]
.LBE14:
	.loc 1 31 1 view .LVU81
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL18:
.L22:
	.cfi_restore_state
	.loc 1 23 8 view .LVU82
	mov	x2, x3
	b	.L18
	.cfi_endproc
.LFE13:
	.size	factor, .-factor
	.align	2
	.p2align 4,,11
	.type	term, %function
term:
.LFB14:
	.loc 1 34 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 35 5 view .LVU84
	.loc 1 34 1 is_stmt 0 view .LVU85
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	.loc 1 35 14 view .LVU86
	bl	factor
.LVL19:
	mov	x20, x0
.LVL20:
	.loc 1 35 14 view .LVU87
	adrp	x19, .LANCHOR0
.LVL21:
	.p2align 3,,7
.L31:
	.loc 1 37 19 is_stmt 1 view .LVU88
	.loc 1 39 9 view .LVU89
	.loc 1 40 14 view .LVU90
.LBB15:
	.loc 1 40 31 view .LVU91
.LBE15:
	.loc 1 37 16 is_stmt 0 view .LVU92
	ldr	x1, [x19, #:lo12:.LANCHOR0]
.LBB16:
	.loc 1 40 32 view .LVU93
	add	x3, x1, 1
.LBE16:
	.loc 1 37 16 view .LVU94
	ldrb	w2, [x1]
	.loc 1 37 19 view .LVU95
	cmp	w2, 32
	beq	.L32
.L39:
	.loc 1 39 12 view .LVU96
	cmp	w2, 42
	beq	.L38
	.loc 1 40 17 view .LVU97
	cmp	w2, 47
	bne	.L30
.LBB17:
	.loc 1 40 32 discriminator 1 view .LVU98
	str	x3, [x19, #:lo12:.LANCHOR0]
	.loc 1 40 36 is_stmt 1 discriminator 1 view .LVU99
	.loc 1 40 45 is_stmt 0 discriminator 1 view .LVU100
	bl	factor
.LVL22:
	.loc 1 40 55 is_stmt 1 discriminator 1 view .LVU101
	.loc 1 40 69 is_stmt 0 discriminator 1 view .LVU102
	cbz	x0, .L36
.LBE17:
	.loc 1 37 16 discriminator 2 view .LVU103
	ldr	x1, [x19, #:lo12:.LANCHOR0]
.LBB18:
	.loc 1 40 69 discriminator 2 view .LVU104
	sdiv	x20, x20, x0
.LVL23:
	.loc 1 40 69 discriminator 2 view .LVU105
.LBE18:
	.loc 1 37 19 is_stmt 1 discriminator 2 view .LVU106
	.loc 1 39 9 discriminator 2 view .LVU107
	.loc 1 40 14 discriminator 2 view .LVU108
.LBB19:
	.loc 1 40 31 discriminator 2 view .LVU109
	.loc 1 40 32 is_stmt 0 discriminator 2 view .LVU110
	add	x3, x1, 1
.LBE19:
	.loc 1 37 16 discriminator 2 view .LVU111
	ldrb	w2, [x1]
	.loc 1 37 19 discriminator 2 view .LVU112
	cmp	w2, 32
	bne	.L39
.LVL24:
.L32:
	.loc 1 38 13 is_stmt 1 view .LVU113
	.loc 1 38 14 is_stmt 0 view .LVU114
	add	x1, x1, 1
	str	x1, [x19, #:lo12:.LANCHOR0]
	b	.L31
.LVL25:
	.p2align 2,,3
.L36:
.LBB20:
	.loc 1 40 69 view .LVU115
	mov	x20, 0
.LVL26:
	.loc 1 40 69 view .LVU116
	b	.L31
.LVL27:
	.p2align 2,,3
.L38:
	.loc 1 40 69 view .LVU117
.LBE20:
	.loc 1 39 26 is_stmt 1 discriminator 1 view .LVU118
	.loc 1 39 27 is_stmt 0 discriminator 1 view .LVU119
	str	x3, [x19, #:lo12:.LANCHOR0]
	.loc 1 39 31 is_stmt 1 discriminator 1 view .LVU120
	.loc 1 39 36 is_stmt 0 discriminator 1 view .LVU121
	bl	factor
.LVL28:
	.loc 1 39 33 discriminator 1 view .LVU122
	mul	x20, x20, x0
.LVL29:
	.loc 1 39 33 discriminator 1 view .LVU123
	b	.L31
	.p2align 2,,3
.L30:
	.loc 1 43 1 view .LVU124
	mov	x0, x20
	ldp	x19, x20, [sp, 16]
.LVL30:
	.loc 1 43 1 view .LVU125
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
	.align	2
	.p2align 4,,11
	.type	is_odd.part.0, %function
is_odd.part.0:
.LFB17:
	.loc 1 6 12 is_stmt 1 view -0
	.cfi_startproc
.LVL31:
.L42:
.LBB35:
.LBI35:
	.loc 1 5 12 view .LVU127
.LBB36:
	.loc 1 5 34 view .LVU128
.LBB37:
.LBI37:
	.loc 1 5 12 view .LVU129
.LBB38:
.LBI38:
	.loc 1 6 12 view .LVU130
.LBB39:
	.loc 1 6 33 view .LVU131
.LBE39:
.LBE38:
.LBE37:
	.loc 1 5 52 is_stmt 0 view .LVU132
	cmp	w0, 1
	beq	.L40
.LBB55:
.LBB53:
.LBB51:
	.loc 1 6 51 view .LVU133
	cmp	w0, 2
	bne	.L47
	mov	w0, 0
.L40:
.LBE51:
.LBE53:
.LBE55:
.LBE36:
.LBE35:
	.loc 1 6 69 view .LVU134
	ret
	.p2align 2,,3
.L47:
.LVL32:
.LBB58:
.LBB57:
.LBB56:
.LBB54:
.LBB52:
.LBB40:
.LBI40:
	.loc 1 6 12 is_stmt 1 view .LVU135
.LBB41:
.LBI41:
	.loc 1 5 12 view .LVU136
.LBB42:
	.loc 1 5 34 view .LVU137
.LBB43:
.LBI43:
	.loc 1 5 12 view .LVU138
.LBB44:
.LBB45:
.LBI45:
	.loc 1 6 12 view .LVU139
.LBB46:
	.loc 1 6 33 view .LVU140
.LBE46:
.LBE45:
.LBE44:
.LBE43:
	.loc 1 5 52 is_stmt 0 view .LVU141
	cmp	w0, 3
	beq	.L45
.LBB50:
.LBB49:
.LBB48:
.LBB47:
	.loc 1 6 51 view .LVU142
	subs	w0, w0, #4
.LVL33:
	.loc 1 6 51 view .LVU143
	bne	.L42
.LBE47:
.LBE48:
.LBE49:
.LBE50:
.LBE42:
.LBE41:
.LBE40:
	mov	w0, 0
.LVL34:
	.loc 1 6 51 view .LVU144
	b	.L40
.LVL35:
	.p2align 2,,3
.L45:
	.loc 1 6 51 view .LVU145
.LBE52:
.LBE54:
.LBE56:
	.loc 1 5 52 view .LVU146
	mov	w0, 1
.LVL36:
	.loc 1 5 52 view .LVU147
.LBE57:
.LBE58:
	.loc 1 6 69 view .LVU148
	ret
	.cfi_endproc
.LFE17:
	.size	is_odd.part.0, .-is_odd.part.0
	.align	2
	.p2align 4,,11
	.type	is_even.part.0, %function
is_even.part.0:
.LVL37:
.LFB18:
	.loc 1 5 12 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 5 12 is_stmt 0 view .LVU150
	mov	w1, w0
.LVL38:
.LBB95:
.LBI95:
	.loc 1 6 12 is_stmt 1 view .LVU151
.LBB96:
	.loc 1 6 33 view .LVU152
	.loc 1 6 51 is_stmt 0 view .LVU153
	mov	w0, 0
.LVL39:
	.loc 1 6 51 view .LVU154
	cmp	w1, 1
	bne	.L62
.LVL40:
.L48:
	.loc 1 6 51 view .LVU155
.LBE96:
.LBE95:
	.loc 1 5 69 view .LVU156
	ret
.LVL41:
	.p2align 2,,3
.L62:
.LBB129:
.LBB128:
.LBB97:
.LBI97:
	.loc 1 6 12 is_stmt 1 view .LVU157
.LBB98:
.LBI98:
	.loc 1 5 12 view .LVU158
.LBB99:
	.loc 1 5 34 view .LVU159
	.loc 1 5 52 is_stmt 0 view .LVU160
	cmp	w1, 2
	beq	.L57
.LVL42:
.LBB100:
.LBI100:
	.loc 1 5 12 is_stmt 1 view .LVU161
.LBB101:
.LBI101:
	.loc 1 6 12 view .LVU162
.LBB102:
	.loc 1 6 33 view .LVU163
.LBE102:
.LBE101:
.LBE100:
.LBE99:
.LBE98:
.LBE97:
	.loc 1 6 51 is_stmt 0 view .LVU164
	mov	w0, 0
.LBB127:
.LBB126:
.LBB125:
.LBB124:
.LBB123:
.LBB122:
	cmp	w1, 3
	beq	.L48
.LVL43:
.LBB103:
.LBI103:
	.loc 1 6 12 is_stmt 1 view .LVU165
.LBB104:
.LBI104:
	.loc 1 5 12 view .LVU166
.LBB105:
	.loc 1 5 34 view .LVU167
	.loc 1 5 52 is_stmt 0 view .LVU168
	cmp	w1, 4
	beq	.L57
.LVL44:
.LBB106:
.LBI106:
	.loc 1 5 12 is_stmt 1 view .LVU169
.LBB107:
.LBI107:
	.loc 1 6 12 view .LVU170
.LBB108:
	.loc 1 6 33 view .LVU171
	.loc 1 6 51 is_stmt 0 view .LVU172
	cmp	w1, 5
	beq	.L48
.LVL45:
.LBB109:
.LBI109:
	.loc 1 6 12 is_stmt 1 view .LVU173
.LBB110:
.LBI110:
	.loc 1 5 12 view .LVU174
.LBB111:
	.loc 1 5 34 view .LVU175
	.loc 1 5 52 is_stmt 0 view .LVU176
	cmp	w1, 6
	beq	.L57
.LVL46:
.LBB112:
.LBI112:
	.loc 1 5 12 is_stmt 1 view .LVU177
.LBB113:
.LBI113:
	.loc 1 6 12 view .LVU178
.LBB114:
	.loc 1 6 33 view .LVU179
	.loc 1 6 51 is_stmt 0 view .LVU180
	cmp	w1, 7
	beq	.L48
.LVL47:
.LBB115:
.LBI115:
	.loc 1 6 12 is_stmt 1 view .LVU181
.LBB116:
.LBI116:
	.loc 1 5 12 view .LVU182
.LBB117:
	.loc 1 5 34 view .LVU183
	.loc 1 5 52 is_stmt 0 view .LVU184
	cmp	w1, 8
	beq	.L57
.LVL48:
.LBB118:
.LBI118:
	.loc 1 5 12 is_stmt 1 view .LVU185
.LBB119:
.LBB120:
.LBI120:
	.loc 1 6 12 view .LVU186
.LBB121:
	.loc 1 6 33 view .LVU187
	.loc 1 6 51 is_stmt 0 view .LVU188
	subs	w1, w1, #9
.LVL49:
	.loc 1 6 51 view .LVU189
	beq	.L48
	mov	w0, w1
	b	is_odd.part.0
.LVL50:
	.p2align 2,,3
.L57:
	.loc 1 6 51 view .LVU190
.LBE121:
.LBE120:
.LBE119:
.LBE118:
.LBE117:
.LBE116:
.LBE115:
.LBE114:
.LBE113:
.LBE112:
.LBE111:
.LBE110:
.LBE109:
.LBE108:
.LBE107:
.LBE106:
.LBE105:
.LBE104:
.LBE103:
.LBE122:
.LBE123:
.LBE124:
	.loc 1 5 52 view .LVU191
	mov	w0, 1
.LBE125:
.LBE126:
.LBE127:
.LBE128:
.LBE129:
	.loc 1 5 69 view .LVU192
	ret
	.cfi_endproc
.LFE18:
	.size	is_even.part.0, .-is_even.part.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"even(10)=%d odd(7)=%d even(333)=%d\n"
	.align	3
.LC1:
	.string	"%s = %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL51:
.LFB16:
	.loc 1 58 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 58 1 is_stmt 0 view .LVU194
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	mov	x19, x1
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -32
	.cfi_offset 22, -24
	mov	w21, w0
	.loc 1 59 5 is_stmt 1 view .LVU195
.LVL52:
.LBB161:
.LBI161:
	.loc 1 5 12 view .LVU196
	.loc 1 5 34 view .LVU197
.LBB162:
.LBI162:
	.loc 1 5 12 view .LVU198
.LBB163:
.LBI163:
	.loc 1 6 12 view .LVU199
	.loc 1 6 33 view .LVU200
.LBB164:
.LBI164:
	.loc 1 6 12 view .LVU201
.LBB165:
.LBI165:
	.loc 1 5 12 view .LVU202
.LBB166:
	.loc 1 5 34 view .LVU203
	mov	w0, 8
.LVL53:
	.loc 1 5 34 is_stmt 0 view .LVU204
	bl	is_even.part.0
.LVL54:
	.loc 1 5 34 view .LVU205
	mov	w4, w0
.LBE166:
.LBE165:
.LBE164:
.LBE163:
.LBE162:
.LBE161:
.LBB167:
.LBB168:
.LBB169:
.LBB170:
.LBB171:
.LBB172:
	mov	w0, 5
.LVL55:
	.loc 1 5 34 view .LVU206
.LBE172:
.LBE171:
.LBE170:
.LBE169:
.LBE168:
.LBI167:
	.loc 1 6 12 is_stmt 1 view .LVU207
	.loc 1 6 33 view .LVU208
.LBB177:
.LBI168:
	.loc 1 6 12 view .LVU209
.LBB176:
.LBI169:
	.loc 1 5 12 view .LVU210
	.loc 1 5 34 view .LVU211
.LBB175:
.LBI170:
	.loc 1 5 12 view .LVU212
.LBB174:
.LBI171:
	.loc 1 6 12 view .LVU213
.LBB173:
	.loc 1 6 33 view .LVU214
	bl	is_odd.part.0
.LVL56:
	mov	w2, w0
.LBE173:
.LBE174:
.LBE175:
.LBE176:
.LBE177:
.LBE167:
.LBB178:
.LBB179:
.LBB180:
.LBB181:
.LBB182:
.LBB183:
	mov	w0, 331
.LVL57:
	.loc 1 6 33 is_stmt 0 view .LVU215
.LBE183:
.LBE182:
.LBE181:
.LBE180:
.LBE179:
.LBI178:
	.loc 1 5 12 is_stmt 1 view .LVU216
	.loc 1 5 34 view .LVU217
.LBB188:
.LBI179:
	.loc 1 5 12 view .LVU218
.LBB187:
.LBI180:
	.loc 1 6 12 view .LVU219
	.loc 1 6 33 view .LVU220
.LBB186:
.LBI181:
	.loc 1 6 12 view .LVU221
.LBB185:
.LBI182:
	.loc 1 5 12 view .LVU222
.LBB184:
	.loc 1 5 34 view .LVU223
	bl	is_even.part.0
.LVL58:
	.loc 1 5 34 is_stmt 0 view .LVU224
.LBE184:
.LBE185:
.LBE186:
.LBE187:
.LBE188:
.LBE178:
	.loc 1 59 5 view .LVU225
	mov	w3, w0
	mov	w1, w4
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL59:
	.loc 1 60 5 is_stmt 1 view .LVU226
	.loc 1 61 5 view .LVU227
.LBB189:
	.loc 1 61 10 view .LVU228
	.loc 1 61 23 view .LVU229
	cmp	w21, 1
	ble	.L66
	sub	w21, w21, #2
.LVL60:
	.loc 1 61 23 is_stmt 0 view .LVU230
	add	x0, x19, 16
	adrp	x22, .LC1
	add	x19, x19, 8
.LVL61:
	.loc 1 61 23 view .LVU231
	add	x21, x0, w21, uxtw 3
.LVL62:
	.loc 1 64 9 view .LVU232
	add	x22, x22, :lo12:.LC1
	str	x23, [sp, 48]
	.cfi_offset 23, -16
	adrp	x23, .LANCHOR0
.LVL63:
	.p2align 3,,7
.L65:
	.loc 1 62 9 is_stmt 1 discriminator 3 view .LVU233
	.loc 1 62 11 is_stmt 0 discriminator 3 view .LVU234
	ldr	x0, [x19]
	str	x0, [x23, #:lo12:.LANCHOR0]
	.loc 1 63 9 is_stmt 1 discriminator 3 view .LVU235
	.loc 1 63 16 is_stmt 0 discriminator 3 view .LVU236
	bl	expr
.LVL64:
	mov	x20, x0
.LVL65:
	.loc 1 64 9 is_stmt 1 discriminator 3 view .LVU237
	ldr	x1, [x19], 8
.LVL66:
	.loc 1 64 9 is_stmt 0 discriminator 3 view .LVU238
	mov	x2, x0
	mov	x0, x22
.LVL67:
	.loc 1 64 9 discriminator 3 view .LVU239
	bl	printf
.LVL68:
	.loc 1 61 32 is_stmt 1 discriminator 3 view .LVU240
	.loc 1 61 23 discriminator 3 view .LVU241
	cmp	x19, x21
	bne	.L65
	ldr	x23, [sp, 48]
	.cfi_restore 23
.LVL69:
.L64:
	.loc 1 61 23 is_stmt 0 discriminator 3 view .LVU242
.LBE189:
	.loc 1 66 5 is_stmt 1 view .LVU243
	.loc 1 67 1 is_stmt 0 view .LVU244
	and	w0, w20, 127
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
.LVL70:
.L66:
	.cfi_restore_state
	.loc 1 60 10 view .LVU245
	mov	x20, 0
	b	.L64
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
	.4byte	0x98a
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xf
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL61
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x10
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x4
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x9
	.4byte	0x67
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x11
	.4byte	0x67
	.uleb128 0x12
	.string	"p"
	.byte	0x1
	.byte	0x8
	.byte	0x14
	.4byte	0x87
	.uleb128 0x9
	.byte	0x3
	.8byte	p
	.uleb128 0x9
	.4byte	0x6e
	.uleb128 0x13
	.4byte	.LASF19
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xa4
	.uleb128 0x14
	.4byte	0x87
	.uleb128 0x15
	.byte	0
	.uleb128 0x16
	.4byte	.LASF20
	.byte	0x1
	.byte	0x39
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3fb
	.uleb128 0xc
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST40
	.4byte	.LVUS40
	.uleb128 0xc
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x3fb
	.4byte	.LLST41
	.4byte	.LVUS41
	.uleb128 0x17
	.4byte	.LASF12
	.byte	0x1
	.byte	0x3c
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST42
	.4byte	.LVUS42
	.uleb128 0x18
	.8byte	.LBB189
	.8byte	.LBE189-.LBB189
	.4byte	0x14c
	.uleb128 0x7
	.string	"i"
	.byte	0x3d
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST60
	.4byte	.LVUS60
	.uleb128 0x5
	.8byte	.LVL64
	.4byte	0x400
	.uleb128 0x8
	.8byte	.LVL68
	.4byte	0x8c
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x53b
	.8byte	.LBI161
	.byte	.LVU196
	.8byte	.LBB161
	.8byte	.LBE161-.LBB161
	.4byte	0x247
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST43
	.4byte	.LVUS43
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI162
	.byte	.LVU198
	.8byte	.LBB162
	.8byte	.LBE162-.LBB162
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST44
	.4byte	.LVUS44
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI163
	.byte	.LVU199
	.8byte	.LBB163
	.8byte	.LBE163-.LBB163
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST45
	.4byte	.LVUS45
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI164
	.byte	.LVU201
	.8byte	.LBB164
	.8byte	.LBE164-.LBB164
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST46
	.4byte	.LVUS46
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI165
	.byte	.LVU202
	.8byte	.LBB165
	.8byte	.LBE165-.LBB165
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST47
	.4byte	.LVUS47
	.uleb128 0x8
	.8byte	.LVL54
	.4byte	0x682
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x38
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x523
	.8byte	.LBI167
	.byte	.LVU207
	.8byte	.LBB167
	.8byte	.LBE167-.LBB167
	.4byte	0x312
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST48
	.4byte	.LVUS48
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI168
	.byte	.LVU209
	.4byte	.LLRL49
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST50
	.4byte	.LVUS50
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI169
	.byte	.LVU210
	.4byte	.LLRL49
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST51
	.4byte	.LVUS51
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI170
	.byte	.LVU212
	.4byte	.LLRL49
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST52
	.4byte	.LVUS52
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI171
	.byte	.LVU213
	.4byte	.LLRL49
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST53
	.4byte	.LVUS53
	.uleb128 0x8
	.8byte	.LVL56
	.4byte	0x553
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x35
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x53b
	.8byte	.LBI178
	.byte	.LVU216
	.8byte	.LBB178
	.8byte	.LBE178-.LBB178
	.4byte	0x3df
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST54
	.4byte	.LVUS54
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI179
	.byte	.LVU218
	.4byte	.LLRL55
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST56
	.4byte	.LVUS56
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI180
	.byte	.LVU219
	.4byte	.LLRL55
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST57
	.4byte	.LVUS57
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI181
	.byte	.LVU221
	.4byte	.LLRL55
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST58
	.4byte	.LVUS58
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI182
	.byte	.LVU222
	.4byte	.LLRL55
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST59
	.4byte	.LVUS59
	.uleb128 0x8
	.8byte	.LVL58
	.4byte	0x682
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0xa
	.2byte	0x14b
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL59
	.4byte	0x8c
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x62
	.uleb128 0xb
	.4byte	.LASF13
	.byte	0x2d
	.4byte	0x5b
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x459
	.uleb128 0x7
	.string	"v"
	.byte	0x2f
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.8byte	.LVL0
	.4byte	0x459
	.uleb128 0x5
	.8byte	.LVL3
	.4byte	0x459
	.uleb128 0x5
	.8byte	.LVL5
	.4byte	0x459
	.byte	0
	.uleb128 0xb
	.4byte	.LASF14
	.byte	0x21
	.4byte	0x5b
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4cd
	.uleb128 0x7
	.string	"v"
	.byte	0x23
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x19
	.4byte	.LLRL5
	.4byte	0x4b2
	.uleb128 0x7
	.string	"d"
	.byte	0x28
	.byte	0x29
	.4byte	0x5b
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x5
	.8byte	.LVL22
	.4byte	0x4cd
	.byte	0
	.uleb128 0x5
	.8byte	.LVL19
	.4byte	0x4cd
	.uleb128 0x5
	.8byte	.LVL28
	.4byte	0x4cd
	.byte	0
	.uleb128 0xb
	.4byte	.LASF15
	.byte	0xc
	.4byte	0x5b
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x523
	.uleb128 0x7
	.string	"v"
	.byte	0x1b
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x1a
	.4byte	.LLRL2
	.uleb128 0x7
	.string	"v"
	.byte	0x12
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x5
	.8byte	.LVL8
	.4byte	0x400
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	.LASF16
	.byte	0x6
	.4byte	0x31
	.4byte	0x53b
	.uleb128 0xe
	.string	"n"
	.byte	0x6
	.byte	0x1c
	.4byte	0x46
	.byte	0
	.uleb128 0xd
	.4byte	.LASF17
	.byte	0x5
	.4byte	0x31
	.4byte	0x553
	.uleb128 0xe
	.string	"n"
	.byte	0x5
	.byte	0x1d
	.4byte	0x46
	.byte	0
	.uleb128 0x1b
	.4byte	0x523
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x682
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI35
	.byte	.LVU127
	.4byte	.LLRL8
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI37
	.byte	.LVU129
	.4byte	.LLRL10
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI38
	.byte	.LVU130
	.4byte	.LLRL10
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI40
	.byte	.LVU135
	.8byte	.LBB40
	.8byte	.LBE40-.LBB40
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI41
	.byte	.LVU136
	.8byte	.LBB41
	.8byte	.LBE41-.LBB41
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI43
	.byte	.LVU138
	.4byte	.LLRL15
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI45
	.byte	.LVU139
	.4byte	.LLRL17
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	0x53b
	.8byte	.LFB18
	.8byte	.LFE18-.LFB18
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI95
	.byte	.LVU151
	.4byte	.LLRL20
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI97
	.byte	.LVU157
	.4byte	.LLRL22
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI98
	.byte	.LVU158
	.4byte	.LLRL22
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x3
	.4byte	0x53b
	.8byte	.LBI100
	.byte	.LVU161
	.4byte	.LLRL25
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST26
	.4byte	.LVUS26
	.uleb128 0x3
	.4byte	0x523
	.8byte	.LBI101
	.byte	.LVU162
	.4byte	.LLRL25
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST27
	.4byte	.LVUS27
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI103
	.byte	.LVU165
	.8byte	.LBB103
	.8byte	.LBE103-.LBB103
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST28
	.4byte	.LVUS28
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI104
	.byte	.LVU166
	.8byte	.LBB104
	.8byte	.LBE104-.LBB104
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST29
	.4byte	.LVUS29
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI106
	.byte	.LVU169
	.8byte	.LBB106
	.8byte	.LBE106-.LBB106
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST30
	.4byte	.LVUS30
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI107
	.byte	.LVU170
	.8byte	.LBB107
	.8byte	.LBE107-.LBB107
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST31
	.4byte	.LVUS31
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI109
	.byte	.LVU173
	.8byte	.LBB109
	.8byte	.LBE109-.LBB109
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST32
	.4byte	.LVUS32
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI110
	.byte	.LVU174
	.8byte	.LBB110
	.8byte	.LBE110-.LBB110
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST33
	.4byte	.LVUS33
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI112
	.byte	.LVU177
	.8byte	.LBB112
	.8byte	.LBE112-.LBB112
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST34
	.4byte	.LVUS34
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI113
	.byte	.LVU178
	.8byte	.LBB113
	.8byte	.LBE113-.LBB113
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST35
	.4byte	.LVUS35
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI115
	.byte	.LVU181
	.8byte	.LBB115
	.8byte	.LBE115-.LBB115
	.byte	0x6
	.byte	0xc
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST36
	.4byte	.LVUS36
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI116
	.byte	.LVU182
	.8byte	.LBB116
	.8byte	.LBE116-.LBB116
	.byte	0x6
	.byte	0x35
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST37
	.4byte	.LVUS37
	.uleb128 0x2
	.4byte	0x53b
	.8byte	.LBI118
	.byte	.LVU185
	.8byte	.LBB118
	.8byte	.LBE118-.LBB118
	.byte	0x5
	.byte	0xc
	.uleb128 0x1
	.4byte	0x549
	.4byte	.LLST38
	.4byte	.LVUS38
	.uleb128 0x2
	.4byte	0x523
	.8byte	.LBI120
	.byte	.LVU186
	.8byte	.LBB120
	.8byte	.LBE120-.LBB120
	.byte	0x5
	.byte	0x36
	.uleb128 0x1
	.4byte	0x531
	.4byte	.LLST39
	.4byte	.LVUS39
	.uleb128 0x1d
	.8byte	.LVL50
	.4byte	0x553
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
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
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
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
	.uleb128 0xb
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
	.uleb128 0x5
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0x21
	.sleb128 59
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
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
	.sleb128 12
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
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS40:
	.uleb128 0
	.uleb128 .LVU204
	.uleb128 .LVU204
	.uleb128 .LVU230
	.uleb128 .LVU230
	.uleb128 .LVU232
	.uleb128 .LVU232
	.uleb128 .LVU245
	.uleb128 .LVU245
	.uleb128 0
.LLST40:
	.byte	0x6
	.8byte	.LVL51
	.byte	0x4
	.uleb128 .LVL51-.LVL51
	.uleb128 .LVL53-.LVL51
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL53-.LVL51
	.uleb128 .LVL60-.LVL51
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL60-.LVL51
	.uleb128 .LVL62-.LVL51
	.uleb128 0x3
	.byte	0x85
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL62-.LVL51
	.uleb128 .LVL70-.LVL51
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL70-.LVL51
	.uleb128 .LFE16-.LVL51
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS41:
	.uleb128 0
	.uleb128 .LVU205
	.uleb128 .LVU205
	.uleb128 .LVU231
	.uleb128 .LVU231
	.uleb128 .LVU233
	.uleb128 .LVU233
	.uleb128 .LVU245
	.uleb128 .LVU245
	.uleb128 0
.LLST41:
	.byte	0x6
	.8byte	.LVL51
	.byte	0x4
	.uleb128 .LVL51-.LVL51
	.uleb128 .LVL54-1-.LVL51
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL54-1-.LVL51
	.uleb128 .LVL61-.LVL51
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL61-.LVL51
	.uleb128 .LVL63-.LVL51
	.uleb128 0x3
	.byte	0x83
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL63-.LVL51
	.uleb128 .LVL70-.LVL51
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL70-.LVL51
	.uleb128 .LFE16-.LVL51
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS42:
	.uleb128 .LVU227
	.uleb128 .LVU237
	.uleb128 .LVU237
	.uleb128 .LVU239
	.uleb128 .LVU239
	.uleb128 .LVU240
	.uleb128 .LVU240
	.uleb128 .LVU242
	.uleb128 .LVU245
	.uleb128 0
.LLST42:
	.byte	0x6
	.8byte	.LVL59
	.byte	0x4
	.uleb128 .LVL59-.LVL59
	.uleb128 .LVL65-.LVL59
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.LVL59
	.uleb128 .LVL67-.LVL59
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL67-.LVL59
	.uleb128 .LVL68-1-.LVL59
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL68-1-.LVL59
	.uleb128 .LVL69-.LVL59
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL70-.LVL59
	.uleb128 .LFE16-.LVL59
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS60:
	.uleb128 .LVU229
	.uleb128 .LVU233
	.uleb128 .LVU233
	.uleb128 .LVU238
	.uleb128 .LVU238
	.uleb128 .LVU241
	.uleb128 .LVU241
	.uleb128 .LVU242
	.uleb128 .LVU245
	.uleb128 0
.LLST60:
	.byte	0x6
	.8byte	.LVL59
	.byte	0x4
	.uleb128 .LVL59-.LVL59
	.uleb128 .LVL63-.LVL59
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL63-.LVL59
	.uleb128 .LVL66-.LVL59
	.uleb128 0xd
	.byte	0x83
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
	.uleb128 .LVL66-.LVL59
	.uleb128 .LVL68-.LVL59
	.uleb128 0xd
	.byte	0x83
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
	.uleb128 .LVL68-.LVL59
	.uleb128 .LVL69-.LVL59
	.uleb128 0xd
	.byte	0x83
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
	.uleb128 .LVL70-.LVL59
	.uleb128 .LFE16-.LVL59
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS43:
	.uleb128 .LVU196
	.uleb128 .LVU206
.LLST43:
	.byte	0x8
	.8byte	.LVL52
	.uleb128 .LVL55-.LVL52
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LVUS44:
	.uleb128 .LVU198
	.uleb128 .LVU206
.LLST44:
	.byte	0x8
	.8byte	.LVL52
	.uleb128 .LVL55-.LVL52
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LVUS45:
	.uleb128 .LVU199
	.uleb128 .LVU206
.LLST45:
	.byte	0x8
	.8byte	.LVL52
	.uleb128 .LVL55-.LVL52
	.uleb128 0x2
	.byte	0x39
	.byte	0x9f
	.byte	0
.LVUS46:
	.uleb128 .LVU201
	.uleb128 .LVU206
.LLST46:
	.byte	0x8
	.8byte	.LVL52
	.uleb128 .LVL55-.LVL52
	.uleb128 0x2
	.byte	0x39
	.byte	0x9f
	.byte	0
.LVUS47:
	.uleb128 .LVU202
	.uleb128 .LVU206
.LLST47:
	.byte	0x8
	.8byte	.LVL52
	.uleb128 .LVL55-.LVL52
	.uleb128 0x2
	.byte	0x38
	.byte	0x9f
	.byte	0
.LVUS48:
	.uleb128 .LVU206
	.uleb128 .LVU215
.LLST48:
	.byte	0x8
	.8byte	.LVL55
	.uleb128 .LVL57-.LVL55
	.uleb128 0x2
	.byte	0x37
	.byte	0x9f
	.byte	0
.LVUS50:
	.uleb128 .LVU209
	.uleb128 .LVU215
.LLST50:
	.byte	0x8
	.8byte	.LVL55
	.uleb128 .LVL57-.LVL55
	.uleb128 0x2
	.byte	0x37
	.byte	0x9f
	.byte	0
.LVUS51:
	.uleb128 .LVU210
	.uleb128 .LVU215
.LLST51:
	.byte	0x8
	.8byte	.LVL55
	.uleb128 .LVL57-.LVL55
	.uleb128 0x2
	.byte	0x36
	.byte	0x9f
	.byte	0
.LVUS52:
	.uleb128 .LVU212
	.uleb128 .LVU215
.LLST52:
	.byte	0x8
	.8byte	.LVL55
	.uleb128 .LVL57-.LVL55
	.uleb128 0x2
	.byte	0x36
	.byte	0x9f
	.byte	0
.LVUS53:
	.uleb128 .LVU213
	.uleb128 .LVU215
.LLST53:
	.byte	0x8
	.8byte	.LVL55
	.uleb128 .LVL57-.LVL55
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0
.LVUS54:
	.uleb128 .LVU215
	.uleb128 .LVU224
.LLST54:
	.byte	0x8
	.8byte	.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x4
	.byte	0xa
	.2byte	0x14d
	.byte	0x9f
	.byte	0
.LVUS56:
	.uleb128 .LVU218
	.uleb128 .LVU224
.LLST56:
	.byte	0x8
	.8byte	.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x4
	.byte	0xa
	.2byte	0x14d
	.byte	0x9f
	.byte	0
.LVUS57:
	.uleb128 .LVU219
	.uleb128 .LVU224
.LLST57:
	.byte	0x8
	.8byte	.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x4
	.byte	0xa
	.2byte	0x14c
	.byte	0x9f
	.byte	0
.LVUS58:
	.uleb128 .LVU221
	.uleb128 .LVU224
.LLST58:
	.byte	0x8
	.8byte	.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x4
	.byte	0xa
	.2byte	0x14c
	.byte	0x9f
	.byte	0
.LVUS59:
	.uleb128 .LVU222
	.uleb128 .LVU224
.LLST59:
	.byte	0x8
	.8byte	.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x4
	.byte	0xa
	.2byte	0x14b
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 .LVU4
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.LVL1
	.uleb128 .LVL7-.LVL1
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL7-.LVL1
	.uleb128 .LFE15-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU87
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU116
	.uleb128 .LVU117
	.uleb128 .LVU125
	.uleb128 .LVU125
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL21-.LVL20
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL21-.LVL20
	.uleb128 .LVL26-.LVL20
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL27-.LVL20
	.uleb128 .LVL30-.LVL20
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL30-.LVL20
	.uleb128 .LFE14-.LVL20
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU101
	.uleb128 .LVU113
	.uleb128 .LVU115
	.uleb128 .LVU117
.LLST6:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL24-.LVL22
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL25-.LVL22
	.uleb128 .LVL27-.LVL22
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 .LVU65
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU74
	.uleb128 .LVU76
	.uleb128 .LVU77
.LLST1:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL12-.LVL11
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL11
	.uleb128 .LVL13-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.LVL11
	.uleb128 .LVL15-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS3:
	.uleb128 .LVU61
	.uleb128 .LVU63
	.uleb128 .LVU79
	.uleb128 .LVU80
.LLST3:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.LVL9
	.uleb128 .LVL17-.LVL9
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU127
	.uleb128 0
.LLST7:
	.byte	0x8
	.8byte	.LVL31
	.uleb128 .LFE17-.LVL31
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU127
	.uleb128 .LVU147
.LLST9:
	.byte	0x8
	.8byte	.LVL31
	.uleb128 .LVL36-.LVL31
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU129
	.uleb128 .LVU147
.LLST11:
	.byte	0x8
	.8byte	.LVL31
	.uleb128 .LVL36-.LVL31
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU130
	.uleb128 .LVU147
.LLST12:
	.byte	0x8
	.8byte	.LVL31
	.uleb128 .LVL36-.LVL31
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x32
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU135
	.uleb128 .LVU147
.LLST13:
	.byte	0x8
	.8byte	.LVL32
	.uleb128 .LVL36-.LVL32
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x32
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU136
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU144
	.uleb128 .LVU145
	.uleb128 .LVU147
.LLST14:
	.byte	0x6
	.8byte	.LVL32
	.byte	0x4
	.uleb128 .LVL32-.LVL32
	.uleb128 .LVL33-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL32
	.uleb128 .LVL34-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL32
	.uleb128 .LVL36-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 -3
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU138
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU144
	.uleb128 .LVU145
	.uleb128 .LVU147
.LLST16:
	.byte	0x6
	.8byte	.LVL32
	.byte	0x4
	.uleb128 .LVL32-.LVL32
	.uleb128 .LVL33-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL32
	.uleb128 .LVL34-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL32
	.uleb128 .LVL36-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 -3
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 .LVU139
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU144
	.uleb128 .LVU145
	.uleb128 .LVU147
.LLST18:
	.byte	0x6
	.8byte	.LVL32
	.byte	0x4
	.uleb128 .LVL32-.LVL32
	.uleb128 .LVL33-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL32
	.uleb128 .LVL34-.LVL32
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL35-.LVL32
	.uleb128 .LVL36-.LVL32
	.uleb128 0x3
	.byte	0x70
	.sleb128 -4
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 0
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU157
	.uleb128 .LVU157
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
	.uleb128 .LVU190
	.uleb128 0
.LLST19:
	.byte	0x6
	.8byte	.LVL37
	.byte	0x4
	.uleb128 .LVL37-.LVL37
	.uleb128 .LVL39-.LVL37
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL39-.LVL37
	.uleb128 .LVL40-.LVL37
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL40-.LVL37
	.uleb128 .LVL41-.LVL37
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.LVL37
	.uleb128 .LVL49-.LVL37
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL49-.LVL37
	.uleb128 .LVL50-.LVL37
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.LVL37
	.uleb128 .LFE18-.LVL37
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS21:
	.uleb128 .LVU151
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU157
	.uleb128 .LVU157
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
	.uleb128 .LVU190
	.uleb128 0
.LLST21:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL39-.LVL38
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.LVL38
	.uleb128 .LVL40-.LVL38
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL40-.LVL38
	.uleb128 .LVL41-.LVL38
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.LVL38
	.uleb128 .LVL49-.LVL38
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL38
	.uleb128 .LVL50-.LVL38
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.LVL38
	.uleb128 .LFE18-.LVL38
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU157
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
	.uleb128 .LVU190
	.uleb128 0
.LLST23:
	.byte	0x6
	.8byte	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL49-.LVL41
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL41
	.uleb128 .LVL50-.LVL41
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.LVL41
	.uleb128 .LFE18-.LVL41
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU158
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
	.uleb128 .LVU190
	.uleb128 0
.LLST24:
	.byte	0x6
	.8byte	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL49-.LVL41
	.uleb128 0x3
	.byte	0x71
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL41
	.uleb128 .LVL50-.LVL41
	.uleb128 0x3
	.byte	0x71
	.sleb128 7
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.LVL41
	.uleb128 .LFE18-.LVL41
	.uleb128 0x3
	.byte	0x71
	.sleb128 -2
	.byte	0x9f
	.byte	0
.LVUS26:
	.uleb128 .LVU161
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST26:
	.byte	0x6
	.8byte	.LVL42
	.byte	0x4
	.uleb128 .LVL42-.LVL42
	.uleb128 .LVL49-.LVL42
	.uleb128 0x3
	.byte	0x71
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL42
	.uleb128 .LVL50-.LVL42
	.uleb128 0x3
	.byte	0x71
	.sleb128 7
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU162
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST27:
	.byte	0x6
	.8byte	.LVL42
	.byte	0x4
	.uleb128 .LVL42-.LVL42
	.uleb128 .LVL49-.LVL42
	.uleb128 0x3
	.byte	0x71
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL42
	.uleb128 .LVL50-.LVL42
	.uleb128 0x3
	.byte	0x71
	.sleb128 6
	.byte	0x9f
	.byte	0
.LVUS28:
	.uleb128 .LVU165
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST28:
	.byte	0x6
	.8byte	.LVL43
	.byte	0x4
	.uleb128 .LVL43-.LVL43
	.uleb128 .LVL49-.LVL43
	.uleb128 0x3
	.byte	0x71
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL43
	.uleb128 .LVL50-.LVL43
	.uleb128 0x3
	.byte	0x71
	.sleb128 6
	.byte	0x9f
	.byte	0
.LVUS29:
	.uleb128 .LVU166
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST29:
	.byte	0x6
	.8byte	.LVL43
	.byte	0x4
	.uleb128 .LVL43-.LVL43
	.uleb128 .LVL49-.LVL43
	.uleb128 0x3
	.byte	0x71
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL43
	.uleb128 .LVL50-.LVL43
	.uleb128 0x3
	.byte	0x71
	.sleb128 5
	.byte	0x9f
	.byte	0
.LVUS30:
	.uleb128 .LVU169
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST30:
	.byte	0x6
	.8byte	.LVL44
	.byte	0x4
	.uleb128 .LVL44-.LVL44
	.uleb128 .LVL49-.LVL44
	.uleb128 0x3
	.byte	0x71
	.sleb128 -4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL44
	.uleb128 .LVL50-.LVL44
	.uleb128 0x3
	.byte	0x71
	.sleb128 5
	.byte	0x9f
	.byte	0
.LVUS31:
	.uleb128 .LVU170
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST31:
	.byte	0x6
	.8byte	.LVL44
	.byte	0x4
	.uleb128 .LVL44-.LVL44
	.uleb128 .LVL49-.LVL44
	.uleb128 0x3
	.byte	0x71
	.sleb128 -5
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL44
	.uleb128 .LVL50-.LVL44
	.uleb128 0x3
	.byte	0x71
	.sleb128 4
	.byte	0x9f
	.byte	0
.LVUS32:
	.uleb128 .LVU173
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST32:
	.byte	0x6
	.8byte	.LVL45
	.byte	0x4
	.uleb128 .LVL45-.LVL45
	.uleb128 .LVL49-.LVL45
	.uleb128 0x3
	.byte	0x71
	.sleb128 -5
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL45
	.uleb128 .LVL50-.LVL45
	.uleb128 0x3
	.byte	0x71
	.sleb128 4
	.byte	0x9f
	.byte	0
.LVUS33:
	.uleb128 .LVU174
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST33:
	.byte	0x6
	.8byte	.LVL45
	.byte	0x4
	.uleb128 .LVL45-.LVL45
	.uleb128 .LVL49-.LVL45
	.uleb128 0x3
	.byte	0x71
	.sleb128 -6
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL45
	.uleb128 .LVL50-.LVL45
	.uleb128 0x3
	.byte	0x71
	.sleb128 3
	.byte	0x9f
	.byte	0
.LVUS34:
	.uleb128 .LVU177
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST34:
	.byte	0x6
	.8byte	.LVL46
	.byte	0x4
	.uleb128 .LVL46-.LVL46
	.uleb128 .LVL49-.LVL46
	.uleb128 0x3
	.byte	0x71
	.sleb128 -6
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL46
	.uleb128 .LVL50-.LVL46
	.uleb128 0x3
	.byte	0x71
	.sleb128 3
	.byte	0x9f
	.byte	0
.LVUS35:
	.uleb128 .LVU178
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST35:
	.byte	0x6
	.8byte	.LVL46
	.byte	0x4
	.uleb128 .LVL46-.LVL46
	.uleb128 .LVL49-.LVL46
	.uleb128 0x3
	.byte	0x71
	.sleb128 -7
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL46
	.uleb128 .LVL50-.LVL46
	.uleb128 0x3
	.byte	0x71
	.sleb128 2
	.byte	0x9f
	.byte	0
.LVUS36:
	.uleb128 .LVU181
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST36:
	.byte	0x6
	.8byte	.LVL47
	.byte	0x4
	.uleb128 .LVL47-.LVL47
	.uleb128 .LVL49-.LVL47
	.uleb128 0x3
	.byte	0x71
	.sleb128 -7
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL47
	.uleb128 .LVL50-.LVL47
	.uleb128 0x3
	.byte	0x71
	.sleb128 2
	.byte	0x9f
	.byte	0
.LVUS37:
	.uleb128 .LVU182
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST37:
	.byte	0x6
	.8byte	.LVL47
	.byte	0x4
	.uleb128 .LVL47-.LVL47
	.uleb128 .LVL49-.LVL47
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL47
	.uleb128 .LVL50-.LVL47
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS38:
	.uleb128 .LVU185
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST38:
	.byte	0x6
	.8byte	.LVL48
	.byte	0x4
	.uleb128 .LVL48-.LVL48
	.uleb128 .LVL49-.LVL48
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL48
	.uleb128 .LVL50-.LVL48
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS39:
	.uleb128 .LVU186
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU190
.LLST39:
	.byte	0x6
	.8byte	.LVL48
	.byte	0x4
	.uleb128 .LVL48-.LVL48
	.uleb128 .LVL49-.LVL48
	.uleb128 0x3
	.byte	0x71
	.sleb128 -9
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.LVL48
	.uleb128 .LVL50-.LVL48
	.uleb128 0x1
	.byte	0x51
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
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
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
	.8byte	.LBB13
	.byte	0x4
	.uleb128 .LBB13-.LBB13
	.uleb128 .LBE13-.LBB13
	.byte	0x4
	.uleb128 .LBB14-.LBB13
	.uleb128 .LBE14-.LBB13
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB15
	.byte	0x4
	.uleb128 .LBB15-.LBB15
	.uleb128 .LBE15-.LBB15
	.byte	0x4
	.uleb128 .LBB16-.LBB15
	.uleb128 .LBE16-.LBB15
	.byte	0x4
	.uleb128 .LBB17-.LBB15
	.uleb128 .LBE17-.LBB15
	.byte	0x4
	.uleb128 .LBB18-.LBB15
	.uleb128 .LBE18-.LBB15
	.byte	0x4
	.uleb128 .LBB19-.LBB15
	.uleb128 .LBE19-.LBB15
	.byte	0x4
	.uleb128 .LBB20-.LBB15
	.uleb128 .LBE20-.LBB15
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB35
	.byte	0x4
	.uleb128 .LBB35-.LBB35
	.uleb128 .LBE35-.LBB35
	.byte	0x4
	.uleb128 .LBB58-.LBB35
	.uleb128 .LBE58-.LBB35
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB37
	.byte	0x4
	.uleb128 .LBB37-.LBB37
	.uleb128 .LBE37-.LBB37
	.byte	0x4
	.uleb128 .LBB55-.LBB37
	.uleb128 .LBE55-.LBB37
	.byte	0x4
	.uleb128 .LBB56-.LBB37
	.uleb128 .LBE56-.LBB37
	.byte	0
.LLRL15:
	.byte	0x5
	.8byte	.LBB43
	.byte	0x4
	.uleb128 .LBB43-.LBB43
	.uleb128 .LBE43-.LBB43
	.byte	0x4
	.uleb128 .LBB50-.LBB43
	.uleb128 .LBE50-.LBB43
	.byte	0
.LLRL17:
	.byte	0x5
	.8byte	.LBB45
	.byte	0x4
	.uleb128 .LBB45-.LBB45
	.uleb128 .LBE45-.LBB45
	.byte	0x4
	.uleb128 .LBB48-.LBB45
	.uleb128 .LBE48-.LBB45
	.byte	0
.LLRL20:
	.byte	0x5
	.8byte	.LBB95
	.byte	0x4
	.uleb128 .LBB95-.LBB95
	.uleb128 .LBE95-.LBB95
	.byte	0x4
	.uleb128 .LBB129-.LBB95
	.uleb128 .LBE129-.LBB95
	.byte	0
.LLRL22:
	.byte	0x5
	.8byte	.LBB97
	.byte	0x4
	.uleb128 .LBB97-.LBB97
	.uleb128 .LBE97-.LBB97
	.byte	0x4
	.uleb128 .LBB127-.LBB97
	.uleb128 .LBE127-.LBB97
	.byte	0
.LLRL25:
	.byte	0x5
	.8byte	.LBB100
	.byte	0x4
	.uleb128 .LBB100-.LBB100
	.uleb128 .LBE100-.LBB100
	.byte	0x4
	.uleb128 .LBB124-.LBB100
	.uleb128 .LBE124-.LBB100
	.byte	0
.LLRL49:
	.byte	0x5
	.8byte	.LBB168
	.byte	0x4
	.uleb128 .LBB168-.LBB168
	.uleb128 .LBE168-.LBB168
	.byte	0x4
	.uleb128 .LBB177-.LBB168
	.uleb128 .LBE177-.LBB168
	.byte	0
.LLRL55:
	.byte	0x5
	.8byte	.LBB179
	.byte	0x4
	.uleb128 .LBB179-.LBB179
	.uleb128 .LBE179-.LBB179
	.byte	0x4
	.uleb128 .LBB188-.LBB179
	.uleb128 .LBE188-.LBB179
	.byte	0
.LLRL61:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB16
	.uleb128 .LFE16-.LFB16
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"is_odd"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF12:
	.string	"last"
.LASF20:
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
.LASF19:
	.string	"printf"
.LASF11:
	.string	"argv"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF17:
	.string	"is_even"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/mutual_recursion.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
