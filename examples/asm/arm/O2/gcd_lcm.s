	.arch armv8-a
	.file	"gcd_lcm.c"
	.text
.Ltext0:
	.file 0 "." "programs/gcd_lcm.c"
	.align	2
	.p2align 4,,11
	.type	ext_gcd.part.0.isra.0, %function
ext_gcd.part.0.isra.0:
.LVL0:
.LFB26:
	.file 1 "programs/gcd_lcm.c"
	.loc 1 15 13 view -0
	.cfi_startproc
	.loc 1 22 5 view .LVU1
	.loc 1 23 5 view .LVU2
	.loc 1 15 13 is_stmt 0 view .LVU3
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -48
	.cfi_offset 22, -40
	.loc 1 23 14 view .LVU4
	sdiv	x21, x0, x1
	.loc 1 15 13 view .LVU5
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -64
	.cfi_offset 20, -56
	mov	x20, x2
	mov	x19, x3
.LBB24:
.LBB25:
	mov	x2, 1
.LVL1:
	.loc 1 15 13 view .LVU6
.LBE25:
.LBE24:
	.loc 1 23 14 view .LVU7
	msub	x0, x21, x1, x0
.LVL2:
.LBB60:
.LBI24:
	.loc 1 15 13 is_stmt 1 view .LVU8
.LBB56:
	.loc 1 17 5 view .LVU9
	.loc 1 17 8 is_stmt 0 view .LVU10
	cbnz	x0, .L13
.LVL3:
	.loc 1 17 8 view .LVU11
.LBE56:
.LBE60:
	.loc 1 24 5 is_stmt 1 view .LVU12
	.loc 1 27 1 is_stmt 0 view .LVU13
	ldp	x21, x22, [sp, 32]
.LVL4:
	.loc 1 24 8 view .LVU14
	str	x0, [x20]
	.loc 1 25 5 is_stmt 1 view .LVU15
	.loc 1 25 8 is_stmt 0 view .LVU16
	str	x2, [x19]
	.loc 1 26 5 is_stmt 1 view .LVU17
.LVL5:
	.loc 1 27 1 is_stmt 0 view .LVU18
	ldp	x19, x20, [sp, 16]
.LVL6:
	.loc 1 27 1 view .LVU19
	ldp	x29, x30, [sp], 80
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL7:
	.p2align 2,,3
.L13:
	.cfi_restore_state
.LBB61:
.LBB57:
.LBB26:
.LBI26:
	.loc 1 15 13 is_stmt 1 view .LVU20
.LBB27:
	.loc 1 22 5 view .LVU21
	.loc 1 23 5 view .LVU22
	.loc 1 23 14 is_stmt 0 view .LVU23
	sdiv	x22, x1, x0
	msub	x1, x22, x0, x1
.LVL8:
.LBB28:
.LBI28:
	.loc 1 15 13 is_stmt 1 view .LVU24
.LBB29:
	.loc 1 17 5 view .LVU25
	.loc 1 17 8 is_stmt 0 view .LVU26
	cbz	x1, .L7
.LVL9:
.LBB30:
.LBI30:
	.loc 1 15 13 is_stmt 1 view .LVU27
.LBB31:
	.loc 1 22 5 view .LVU28
	.loc 1 23 5 view .LVU29
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -24
	.cfi_offset 23, -32
	.loc 1 23 14 is_stmt 0 view .LVU30
	sdiv	x23, x0, x1
	msub	x0, x23, x1, x0
.LVL10:
.LBB32:
.LBI32:
	.loc 1 15 13 is_stmt 1 view .LVU31
.LBB33:
	.loc 1 17 5 view .LVU32
	.loc 1 17 8 is_stmt 0 view .LVU33
	cbnz	x0, .L14
.LVL11:
	.loc 1 17 8 view .LVU34
	mov	x1, x2
.LVL12:
.L4:
	.loc 1 17 8 view .LVU35
.LBE33:
.LBE32:
	.loc 1 24 5 is_stmt 1 view .LVU36
	.loc 1 25 5 view .LVU37
	.loc 1 26 5 view .LVU38
	.loc 1 26 5 is_stmt 0 view .LVU39
.LBE31:
.LBE30:
.LBE29:
.LBE28:
	.loc 1 24 5 is_stmt 1 view .LVU40
	.loc 1 25 5 view .LVU41
	.loc 1 26 5 view .LVU42
	.loc 1 25 13 is_stmt 0 view .LVU43
	msub	x0, x22, x1, x0
.LVL13:
	.loc 1 25 13 view .LVU44
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
.LBE27:
.LBE26:
.LBE57:
.LBE61:
	msub	x2, x21, x0, x1
.L15:
.LVL14:
	.loc 1 24 5 is_stmt 1 view .LVU45
	.loc 1 27 1 is_stmt 0 view .LVU46
	ldp	x21, x22, [sp, 32]
	.loc 1 24 8 view .LVU47
	str	x0, [x20]
	.loc 1 25 5 is_stmt 1 view .LVU48
	.loc 1 25 8 is_stmt 0 view .LVU49
	str	x2, [x19]
	.loc 1 26 5 is_stmt 1 view .LVU50
.LVL15:
	.loc 1 27 1 is_stmt 0 view .LVU51
	ldp	x19, x20, [sp, 16]
.LVL16:
	.loc 1 27 1 view .LVU52
	ldp	x29, x30, [sp], 80
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL17:
	.p2align 2,,3
.L7:
	.cfi_restore_state
.LBB62:
.LBB58:
.LBB54:
.LBB52:
.LBB50:
.LBB48:
	.loc 1 27 1 view .LVU53
	mov	x0, x2
.LVL18:
	.loc 1 27 1 view .LVU54
.LBE48:
.LBE50:
	.loc 1 24 5 is_stmt 1 view .LVU55
	.loc 1 25 5 view .LVU56
	.loc 1 26 5 view .LVU57
	.loc 1 26 5 is_stmt 0 view .LVU58
.LBE52:
.LBE54:
.LBE58:
.LBE62:
	.loc 1 25 13 view .LVU59
	msub	x2, x21, x0, x1
	b	.L15
.LVL19:
	.p2align 2,,3
.L14:
	.cfi_offset 23, -32
	.cfi_offset 24, -24
.LBB63:
.LBB59:
.LBB55:
.LBB53:
.LBB51:
.LBB49:
.LBB47:
.LBB46:
.LBB44:
.LBB42:
.LBB34:
.LBI34:
	.loc 1 15 13 is_stmt 1 view .LVU60
.LBB35:
	.loc 1 22 5 view .LVU61
	.loc 1 23 5 view .LVU62
	.loc 1 23 14 is_stmt 0 view .LVU63
	sdiv	x24, x1, x0
	msub	x1, x24, x0, x1
.LVL20:
.LBB36:
.LBI36:
	.loc 1 15 13 is_stmt 1 view .LVU64
.LBB37:
	.loc 1 17 5 view .LVU65
	.loc 1 17 8 is_stmt 0 view .LVU66
	cbz	x1, .L9
	add	x3, sp, 72
.LVL21:
	.loc 1 17 8 view .LVU67
	add	x2, sp, 64
.LVL22:
	.loc 1 17 8 view .LVU68
	bl	ext_gcd.part.0.isra.0
.LVL23:
	.loc 1 17 8 view .LVU69
.LBE37:
.LBE36:
	.loc 1 24 5 is_stmt 1 view .LVU70
	.loc 1 25 5 view .LVU71
	.loc 1 24 8 is_stmt 0 view .LVU72
	ldp	x0, x1, [sp, 64]
	.loc 1 25 13 view .LVU73
	msub	x0, x24, x1, x0
.LVL24:
	.loc 1 26 5 is_stmt 1 view .LVU74
	.loc 1 26 5 is_stmt 0 view .LVU75
.LBE35:
.LBE34:
.LBE42:
.LBE44:
	.loc 1 25 13 view .LVU76
	msub	x1, x23, x0, x1
	b	.L4
.LVL25:
	.p2align 2,,3
.L9:
.LBB45:
.LBB43:
.LBB41:
.LBB40:
.LBB39:
.LBB38:
	.loc 1 25 13 view .LVU77
	mov	x0, x2
.LVL26:
	.loc 1 25 13 view .LVU78
.LBE38:
.LBE39:
	.loc 1 24 5 is_stmt 1 view .LVU79
	.loc 1 25 5 view .LVU80
	.loc 1 26 5 view .LVU81
	.loc 1 26 5 is_stmt 0 view .LVU82
.LBE40:
.LBE41:
.LBE43:
.LBE45:
	.loc 1 25 13 view .LVU83
	msub	x1, x23, x0, x1
.LVL27:
	.loc 1 25 13 view .LVU84
	b	.L4
.LBE46:
.LBE47:
.LBE49:
.LBE51:
.LBE53:
.LBE55:
.LBE59:
.LBE63:
	.cfi_endproc
.LFE26:
	.size	ext_gcd.part.0.isra.0, .-ext_gcd.part.0.isra.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"gcd(%lu,%lu)=%lu lcm=%lu bezout=(%ld,%ld)\n"
	.align	3
.LC2:
	.string	"lcm of firsts %lu, inverse of 65537 mod %lu = %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL28:
.LFB24:
	.loc 1 30 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 31 5 view .LVU86
	.loc 1 30 1 is_stmt 0 view .LVU87
	stp	x29, x30, [sp, -176]!
	.cfi_def_cfa_offset 176
	.cfi_offset 29, -176
	.cfi_offset 30, -168
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -160
	.cfi_offset 20, -152
	.loc 1 31 58 view .LVU88
	mov	x19, 51719
	movk	x19, 0x3b9a, lsl 16
	.loc 1 30 1 view .LVU89
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	.cfi_offset 21, -144
	.cfi_offset 22, -136
	.cfi_offset 23, -128
	.cfi_offset 24, -120
	.loc 1 31 58 view .LVU90
	cmp	w0, 1
	ble	.L17
	.loc 1 31 34 discriminator 1 view .LVU91
	ldr	x0, [x1, 8]
.LVL29:
	.loc 1 31 34 discriminator 1 view .LVU92
	mov	w2, 10
	mov	x1, 0
.LVL30:
	.loc 1 31 34 discriminator 1 view .LVU93
	bl	strtoul
.LVL31:
	mov	x19, x0
.L17:
.LVL32:
	.loc 1 32 5 is_stmt 1 discriminator 4 view .LVU94
	.loc 1 32 19 is_stmt 0 discriminator 4 view .LVU95
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	add	x0, sp, 80
	adrp	x20, .LC1
	mov	x22, x0
.LBB96:
.LBB97:
	.loc 1 39 9 discriminator 4 view .LVU96
	add	x20, x20, :lo12:.LC1
.LBE97:
.LBE96:
	.loc 1 32 19 discriminator 4 view .LVU97
	ldp	q4, q5, [x1]
.LBB180:
	.loc 1 34 14 discriminator 4 view .LVU98
	mov	w23, 0
.LBE180:
	.loc 1 32 19 discriminator 4 view .LVU99
	ldp	q2, q3, [x1, 32]
	.loc 1 33 19 discriminator 4 view .LVU100
	mov	x24, 1
	.loc 1 32 19 discriminator 4 view .LVU101
	ldp	q0, q1, [x1, 64]
	stp	q4, q5, [x0]
	stp	q2, q3, [x0, 32]
	stp	q0, q1, [x0, 64]
	.loc 1 33 5 is_stmt 1 discriminator 4 view .LVU102
.LVL33:
	.loc 1 34 5 discriminator 4 view .LVU103
.LBB181:
	.loc 1 34 10 discriminator 4 view .LVU104
	.loc 1 34 23 discriminator 4 view .LVU105
.L30:
.LBB174:
	.loc 1 35 9 view .LVU106
	.loc 1 35 40 is_stmt 0 view .LVU107
	ldp	x21, x4, [x22]
.LVL34:
	.loc 1 36 9 is_stmt 1 view .LVU108
.LBB98:
.LBI98:
	.loc 1 5 22 view .LVU109
.LBB99:
	.loc 1 7 5 view .LVU110
	.loc 1 7 12 view .LVU111
	cbz	x4, .L34
.L48:
	.loc 1 7 12 is_stmt 0 view .LVU112
	mov	x2, x21
	mov	x7, x4
	b	.L19
.LVL35:
	.p2align 2,,3
.L35:
.LBB100:
	.loc 1 10 11 view .LVU113
	mov	x7, x1
.LVL36:
.L19:
	.loc 1 8 9 is_stmt 1 view .LVU114
	.loc 1 8 23 is_stmt 0 view .LVU115
	udiv	x1, x2, x7
	msub	x1, x1, x7, x2
.LVL37:
	.loc 1 9 9 is_stmt 1 view .LVU116
	.loc 1 10 9 view .LVU117
	.loc 1 10 9 is_stmt 0 view .LVU118
.LBE100:
	.loc 1 7 12 is_stmt 1 view .LVU119
	mov	x2, x7
	cbnz	x1, .L35
.LVL38:
	.loc 1 12 5 view .LVU120
	.loc 1 12 5 is_stmt 0 view .LVU121
.LBE99:
.LBE98:
	.loc 1 37 9 is_stmt 1 view .LVU122
	.loc 1 38 9 view .LVU123
.LBB102:
.LBI102:
	.loc 1 15 13 view .LVU124
.LBB103:
	.loc 1 17 5 view .LVU125
.LBB104:
.LBI104:
	.loc 1 15 13 view .LVU126
.LBB105:
	.loc 1 22 5 view .LVU127
	.loc 1 23 5 view .LVU128
	.loc 1 23 14 is_stmt 0 view .LVU129
	sdiv	x8, x21, x4
.LBB106:
.LBB107:
	mov	x6, 1
.LBE107:
.LBE106:
	msub	x5, x8, x4, x21
.LVL39:
.LBB155:
.LBI106:
	.loc 1 15 13 is_stmt 1 view .LVU130
.LBB152:
	.loc 1 17 5 view .LVU131
	.loc 1 17 8 is_stmt 0 view .LVU132
	cbz	x5, .L18
.LVL40:
.LBB108:
.LBI108:
	.loc 1 15 13 is_stmt 1 view .LVU133
.LBB109:
	.loc 1 22 5 view .LVU134
	.loc 1 23 5 view .LVU135
	.loc 1 23 14 is_stmt 0 view .LVU136
	sdiv	x9, x4, x5
	msub	x1, x9, x5, x4
.LVL41:
.LBB110:
.LBI110:
	.loc 1 15 13 is_stmt 1 view .LVU137
.LBB111:
	.loc 1 17 5 view .LVU138
	.loc 1 17 8 is_stmt 0 view .LVU139
	cbz	x1, .L37
.LVL42:
.LBB112:
.LBI112:
	.loc 1 15 13 is_stmt 1 view .LVU140
.LBB113:
	.loc 1 22 5 view .LVU141
	.loc 1 23 5 view .LVU142
	.loc 1 23 14 is_stmt 0 view .LVU143
	sdiv	x10, x5, x1
.LBB114:
.LBB115:
	.loc 1 18 12 view .LVU144
	mov	x0, x6
.LBE115:
.LBE114:
	.loc 1 23 14 view .LVU145
	msub	x5, x10, x1, x5
.LVL43:
.LBB137:
.LBI114:
	.loc 1 15 13 is_stmt 1 view .LVU146
.LBB134:
	.loc 1 17 5 view .LVU147
	.loc 1 17 8 is_stmt 0 view .LVU148
	cbnz	x5, .L46
.LVL44:
.L22:
	.loc 1 17 8 view .LVU149
.LBE134:
.LBE137:
	.loc 1 24 5 is_stmt 1 view .LVU150
	.loc 1 25 5 view .LVU151
	.loc 1 25 13 is_stmt 0 view .LVU152
	msub	x1, x10, x5, x0
.LVL45:
	.loc 1 26 5 is_stmt 1 view .LVU153
	.loc 1 26 5 is_stmt 0 view .LVU154
.LBE113:
.LBE112:
.LBE111:
.LBE110:
	.loc 1 25 13 view .LVU155
	msub	x5, x9, x1, x5
.LVL46:
.L21:
	.loc 1 24 5 is_stmt 1 view .LVU156
	.loc 1 25 5 view .LVU157
	.loc 1 26 5 view .LVU158
	.loc 1 26 5 is_stmt 0 view .LVU159
.LBE109:
.LBE108:
.LBE152:
.LBE155:
	.loc 1 25 13 view .LVU160
	msub	x6, x8, x5, x1
.LVL47:
.L18:
	.loc 1 25 13 view .LVU161
.LBE105:
.LBE104:
.LBE103:
.LBE102:
	.loc 1 39 9 is_stmt 1 view .LVU162
	.loc 1 39 74 is_stmt 0 view .LVU163
	udiv	x8, x21, x7
	.loc 1 39 9 view .LVU164
	mov	x2, x4
	mov	x3, x7
	mov	x1, x21
	mov	x0, x20
	mul	x4, x8, x4
.LVL48:
	.loc 1 39 9 view .LVU165
	bl	printf
.LVL49:
	.loc 1 40 9 is_stmt 1 view .LVU166
	.loc 1 40 12 is_stmt 0 view .LVU167
	cmp	w23, 3
	bgt	.L26
.LVL50:
.LBB165:
.LBB166:
	.loc 1 7 12 is_stmt 1 view .LVU168
	mov	x1, x21
	mov	x2, x24
	cbz	x21, .L47
.LVL51:
	.p2align 3,,7
.L27:
.LBB167:
	.loc 1 8 9 view .LVU169
	.loc 1 8 23 is_stmt 0 view .LVU170
	udiv	x0, x2, x1
	mov	x3, x1
	msub	x1, x0, x1, x2
.LVL52:
	.loc 1 9 9 is_stmt 1 view .LVU171
	.loc 1 10 9 view .LVU172
	.loc 1 10 9 is_stmt 0 view .LVU173
.LBE167:
	.loc 1 7 12 is_stmt 1 view .LVU174
	mov	x2, x3
	cbnz	x1, .L27
	.loc 1 12 5 view .LVU175
.LVL53:
	.loc 1 12 5 is_stmt 0 view .LVU176
.LBE166:
.LBE165:
	.loc 1 41 19 view .LVU177
	udiv	x2, x24, x3
.LBE174:
	.loc 1 34 23 view .LVU178
	add	x22, x22, 16
	.loc 1 34 29 view .LVU179
	add	w23, w23, 1
.LVL54:
.LBB175:
	.loc 1 41 15 view .LVU180
	mul	x24, x2, x21
.LVL55:
	.loc 1 41 15 view .LVU181
.LBE175:
	.loc 1 34 29 is_stmt 1 view .LVU182
	.loc 1 34 23 view .LVU183
.LBB176:
	.loc 1 35 9 view .LVU184
	.loc 1 35 40 is_stmt 0 view .LVU185
	ldp	x21, x4, [x22]
.LVL56:
	.loc 1 36 9 is_stmt 1 view .LVU186
.LBB169:
	.loc 1 5 22 view .LVU187
.LBB101:
	.loc 1 7 5 view .LVU188
	.loc 1 7 12 view .LVU189
	cbnz	x4, .L48
.L34:
	.loc 1 7 12 is_stmt 0 view .LVU190
	mov	x7, x21
.LBE101:
.LBE169:
.LBB170:
.LBB162:
	.loc 1 19 12 view .LVU191
	mov	x6, 0
	.loc 1 18 12 view .LVU192
	mov	x5, 1
	b	.L18
.LVL57:
	.p2align 2,,3
.L26:
	.loc 1 18 12 view .LVU193
.LBE162:
.LBE170:
.LBE176:
	.loc 1 34 29 is_stmt 1 discriminator 2 view .LVU194
	.loc 1 34 23 discriminator 2 view .LVU195
	cmp	w23, 5
	beq	.L29
	.loc 1 34 23 is_stmt 0 view .LVU196
	add	x22, x22, 16
	.loc 1 34 29 view .LVU197
	mov	w23, 5
.LVL58:
	.loc 1 34 29 view .LVU198
	b	.L30
.LVL59:
	.p2align 2,,3
.L29:
	.loc 1 34 29 view .LVU199
.LBE181:
	.loc 1 43 5 is_stmt 1 view .LVU200
	.loc 1 44 5 view .LVU201
.LBB182:
.LBI182:
	.loc 1 15 13 view .LVU202
.LBB183:
	.loc 1 17 5 view .LVU203
	.loc 1 17 8 is_stmt 0 view .LVU204
	cbnz	x19, .L31
	.loc 1 18 9 is_stmt 1 view .LVU205
	.loc 1 18 12 is_stmt 0 view .LVU206
	mov	x0, 1
	str	x0, [sp, 64]
	.loc 1 19 9 is_stmt 1 view .LVU207
	.loc 1 20 9 view .LVU208
.L32:
.LVL60:
	.loc 1 20 9 is_stmt 0 view .LVU209
.LBE183:
.LBE182:
	.loc 1 45 5 is_stmt 1 view .LVU210
	.loc 1 46 5 view .LVU211
	.loc 1 45 17 is_stmt 0 view .LVU212
	ldr	x4, [sp, 64]
	.loc 1 46 5 view .LVU213
	mov	x2, x19
	mov	x1, x24
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	.loc 1 45 17 view .LVU214
	sdiv	x3, x4, x19
	msub	x3, x3, x19, x4
	.loc 1 45 28 view .LVU215
	add	x3, x3, x19
	.loc 1 45 39 view .LVU216
	sdiv	x4, x3, x19
	.loc 1 46 5 view .LVU217
	msub	x3, x4, x19, x3
	bl	printf
.LVL61:
	.loc 1 47 5 is_stmt 1 view .LVU218
	.loc 1 47 20 is_stmt 0 view .LVU219
	mov	x1, 20945
	movk	x1, 0x2f81, lsl 16
	movk	x1, 0x7eae, lsl 32
	movk	x1, 0x51d0, lsl 48
	.loc 1 48 1 view .LVU220
	ldp	x19, x20, [sp, 16]
.LVL62:
	.loc 1 47 20 view .LVU221
	umulh	x1, x24, x1
	.loc 1 48 1 view .LVU222
	ldp	x21, x22, [sp, 32]
	.loc 1 47 20 view .LVU223
	sub	x0, x24, x1
	add	x0, x1, x0, lsr 1
	lsr	x0, x0, 6
	add	x1, x0, x0, lsl 1
	add	x0, x0, x1, lsl 5
	.loc 1 48 1 view .LVU224
	sub	w0, w24, w0
	ldp	x23, x24, [sp, 48]
.LVL63:
	.loc 1 48 1 view .LVU225
	ldp	x29, x30, [sp], 176
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
.LVL64:
	.p2align 2,,3
.L37:
	.cfi_restore_state
.LBB185:
.LBB177:
.LBB171:
.LBB163:
.LBB160:
.LBB158:
.LBB156:
.LBB153:
.LBB150:
.LBB148:
.LBB146:
.LBB144:
	.loc 1 48 1 view .LVU226
	mov	x5, x6
	b	.L21
.LVL65:
.L46:
.LBB142:
.LBB140:
.LBB138:
.LBB135:
.LBB116:
.LBI116:
	.loc 1 15 13 is_stmt 1 view .LVU227
.LBB117:
	.loc 1 22 5 view .LVU228
	.loc 1 23 5 view .LVU229
	.loc 1 23 14 is_stmt 0 view .LVU230
	sdiv	x11, x1, x5
	msub	x0, x11, x5, x1
.LVL66:
.LBB118:
.LBI118:
	.loc 1 15 13 is_stmt 1 view .LVU231
.LBB119:
	.loc 1 17 5 view .LVU232
	.loc 1 17 8 is_stmt 0 view .LVU233
	cbnz	x0, .L49
.LVL67:
	.loc 1 17 8 view .LVU234
.LBE119:
.LBE118:
	.loc 1 24 5 is_stmt 1 view .LVU235
	.loc 1 25 5 view .LVU236
	.loc 1 25 13 is_stmt 0 view .LVU237
	msub	x5, x11, x0, x6
.LVL68:
	.loc 1 26 5 is_stmt 1 view .LVU238
	.loc 1 26 5 is_stmt 0 view .LVU239
	b	.L22
.LVL69:
.L31:
	.loc 1 26 5 view .LVU240
.LBE117:
.LBE116:
.LBE135:
.LBE138:
.LBE140:
.LBE142:
.LBE144:
.LBE146:
.LBE148:
.LBE150:
.LBE153:
.LBE156:
.LBE158:
.LBE160:
.LBE163:
.LBE171:
.LBE177:
.LBE185:
.LBB186:
.LBB184:
	add	x3, sp, 72
.LVL70:
	.loc 1 26 5 view .LVU241
	add	x2, sp, 64
.LVL71:
	.loc 1 26 5 view .LVU242
	mov	x1, x19
	mov	w0, 65537
	bl	ext_gcd.part.0.isra.0
.LVL72:
	.loc 1 26 5 view .LVU243
	b	.L32
.LVL73:
.L47:
	.loc 1 26 5 view .LVU244
.LBE184:
.LBE186:
.LBB187:
.LBB178:
.LBB172:
.LBB168:
	.loc 1 12 5 is_stmt 1 view .LVU245
	.loc 1 12 5 is_stmt 0 view .LVU246
.LBE168:
.LBE172:
.LBE178:
	.loc 1 34 29 is_stmt 1 view .LVU247
	add	w23, w23, 1
.LVL74:
	.loc 1 34 23 view .LVU248
	add	x22, x22, 16
.LBB179:
	.loc 1 41 15 is_stmt 0 view .LVU249
	mov	x24, 0
	b	.L30
.LVL75:
.L49:
.LBB173:
.LBB164:
.LBB161:
.LBB159:
.LBB157:
.LBB154:
.LBB151:
.LBB149:
.LBB147:
.LBB145:
.LBB143:
.LBB141:
.LBB139:
.LBB136:
.LBB133:
.LBB132:
.LBB130:
.LBB128:
.LBB120:
.LBI120:
	.loc 1 15 13 is_stmt 1 view .LVU250
.LBB121:
	.loc 1 22 5 view .LVU251
	.loc 1 23 5 view .LVU252
	.loc 1 23 14 is_stmt 0 view .LVU253
	sdiv	x12, x5, x0
	msub	x1, x12, x0, x5
.LVL76:
.LBB122:
.LBI122:
	.loc 1 15 13 is_stmt 1 view .LVU254
.LBB123:
	.loc 1 17 5 view .LVU255
	.loc 1 17 8 is_stmt 0 view .LVU256
	cbnz	x1, .L24
	.loc 1 18 9 is_stmt 1 view .LVU257
	.loc 1 19 12 is_stmt 0 view .LVU258
	stp	x6, xzr, [sp, 64]
	.loc 1 20 9 is_stmt 1 view .LVU259
.LVL77:
.L25:
	.loc 1 20 9 is_stmt 0 view .LVU260
.LBE123:
.LBE122:
	.loc 1 24 5 is_stmt 1 view .LVU261
	.loc 1 24 8 is_stmt 0 view .LVU262
	ldp	x0, x6, [sp, 64]
.LVL78:
	.loc 1 25 5 is_stmt 1 view .LVU263
	.loc 1 25 13 is_stmt 0 view .LVU264
	msub	x0, x12, x6, x0
.LVL79:
	.loc 1 26 5 is_stmt 1 view .LVU265
	.loc 1 26 5 is_stmt 0 view .LVU266
.LBE121:
.LBE120:
.LBE128:
.LBE130:
	.loc 1 24 5 is_stmt 1 view .LVU267
	.loc 1 25 5 view .LVU268
	.loc 1 25 13 is_stmt 0 view .LVU269
	msub	x5, x11, x0, x6
.LVL80:
	.loc 1 26 5 is_stmt 1 view .LVU270
	.loc 1 26 5 is_stmt 0 view .LVU271
	b	.L22
.LVL81:
.L24:
.LBB131:
.LBB129:
.LBB127:
.LBB126:
.LBB125:
.LBB124:
	.loc 1 26 5 view .LVU272
	add	x3, sp, 72
.LVL82:
	.loc 1 26 5 view .LVU273
	add	x2, sp, 64
.LVL83:
	.loc 1 26 5 view .LVU274
	bl	ext_gcd.part.0.isra.0
.LVL84:
	.loc 1 26 5 view .LVU275
	b	.L25
.LBE124:
.LBE125:
.LBE126:
.LBE127:
.LBE129:
.LBE131:
.LBE132:
.LBE133:
.LBE136:
.LBE139:
.LBE141:
.LBE143:
.LBE145:
.LBE147:
.LBE149:
.LBE151:
.LBE154:
.LBE157:
.LBE159:
.LBE161:
.LBE164:
.LBE173:
.LBE179:
.LBE187:
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.xword	12
	.xword	18
	.xword	1071
	.xword	462
	.xword	270
	.xword	192
	.xword	17
	.xword	5
	.xword	1048576
	.xword	12288
	.xword	600851475143
	.xword	6857
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0xbef
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x16
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL129
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x7
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x17
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
	.uleb128 0xd
	.4byte	0x67
	.uleb128 0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x18
	.4byte	0x67
	.uleb128 0x7
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x7
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x19
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x99
	.uleb128 0xe
	.4byte	0x99
	.uleb128 0x1a
	.byte	0
	.uleb128 0xd
	.4byte	0x6e
	.uleb128 0x10
	.4byte	0x99
	.uleb128 0x1b
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2a
	.4byte	0xc3
	.uleb128 0xe
	.4byte	0x9e
	.uleb128 0xe
	.4byte	0xc8
	.uleb128 0xe
	.4byte	0x31
	.byte	0
	.uleb128 0xd
	.4byte	0x62
	.uleb128 0x10
	.4byte	0xc3
	.uleb128 0x1c
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x7bd
	.uleb128 0x11
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST45
	.4byte	.LVUS45
	.uleb128 0x11
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc3
	.4byte	.LLST46
	.4byte	.LVUS46
	.uleb128 0xa
	.string	"m"
	.byte	0x1f
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST47
	.4byte	.LVUS47
	.uleb128 0x12
	.4byte	.LASF16
	.byte	0x20
	.byte	0x13
	.4byte	0x7bd
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0xa
	.string	"l"
	.byte	0x21
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST48
	.4byte	.LVUS48
	.uleb128 0x13
	.string	"inv"
	.byte	0x2b
	.byte	0xa
	.4byte	0x5b
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.uleb128 0x12
	.4byte	.LASF17
	.byte	0x2b
	.byte	0xf
	.4byte	0x5b
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.uleb128 0x1d
	.4byte	.LLRL49
	.4byte	0x6ec
	.uleb128 0xa
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST50
	.4byte	.LVUS50
	.uleb128 0x3
	.4byte	.LLRL51
	.uleb128 0x13
	.string	"a"
	.byte	0x23
	.byte	0x17
	.4byte	0x2a
	.uleb128 0x1
	.byte	0x65
	.uleb128 0xa
	.string	"b"
	.byte	0x23
	.byte	0x28
	.4byte	0x2a
	.4byte	.LLST52
	.4byte	.LVUS52
	.uleb128 0xa
	.string	"g"
	.byte	0x24
	.byte	0x17
	.4byte	0x2a
	.4byte	.LLST53
	.4byte	.LVUS53
	.uleb128 0x8
	.string	"x"
	.byte	0x25
	.byte	0xe
	.4byte	0x5b
	.uleb128 0x8
	.string	"y"
	.byte	0x25
	.byte	0x11
	.4byte	0x5b
	.uleb128 0xf
	.4byte	0x82b
	.8byte	.LBI98
	.byte	.LVU109
	.4byte	.LLRL54
	.byte	0x24
	.byte	0x1b
	.4byte	0x216
	.uleb128 0x1
	.4byte	0x845
	.4byte	.LLST55
	.4byte	.LVUS55
	.uleb128 0x1
	.4byte	0x83c
	.4byte	.LLST56
	.4byte	.LVUS56
	.uleb128 0x14
	.4byte	0x84e
	.8byte	.LBB100
	.8byte	.LBE100-.LBB100
	.uleb128 0x6
	.4byte	0x84f
	.4byte	.LLST57
	.4byte	.LVUS57
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x7d3
	.8byte	.LBI102
	.byte	.LVU124
	.4byte	.LLRL58
	.byte	0x26
	.byte	0x9
	.4byte	0x682
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST59
	.4byte	.LVUS59
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST60
	.4byte	.LVUS60
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST61
	.4byte	.LVUS61
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST62
	.4byte	.LVUS62
	.uleb128 0x3
	.4byte	.LLRL58
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI104
	.byte	.LVU126
	.4byte	.LLRL63
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST64
	.4byte	.LVUS64
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST65
	.4byte	.LVUS65
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST66
	.4byte	.LVUS66
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST67
	.4byte	.LVUS67
	.uleb128 0x3
	.4byte	.LLRL63
	.uleb128 0x6
	.4byte	0x808
	.4byte	.LLST68
	.4byte	.LVUS68
	.uleb128 0xb
	.4byte	0x812
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI106
	.byte	.LVU130
	.4byte	.LLRL69
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST70
	.4byte	.LVUS70
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST71
	.4byte	.LVUS71
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST72
	.4byte	.LVUS72
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST73
	.4byte	.LVUS73
	.uleb128 0x3
	.4byte	.LLRL69
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI108
	.byte	.LVU133
	.4byte	.LLRL74
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST75
	.4byte	.LVUS75
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST76
	.4byte	.LVUS76
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST77
	.4byte	.LVUS77
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST78
	.4byte	.LVUS78
	.uleb128 0x3
	.4byte	.LLRL74
	.uleb128 0x6
	.4byte	0x808
	.4byte	.LLST79
	.4byte	.LVUS79
	.uleb128 0x6
	.4byte	0x812
	.4byte	.LLST80
	.4byte	.LVUS80
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI110
	.byte	.LVU137
	.4byte	.LLRL81
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST82
	.4byte	.LVUS82
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST83
	.4byte	.LVUS83
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST84
	.4byte	.LVUS84
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST85
	.4byte	.LVUS85
	.uleb128 0x3
	.4byte	.LLRL81
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI112
	.byte	.LVU140
	.4byte	.LLRL86
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST87
	.4byte	.LVUS87
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST88
	.4byte	.LVUS88
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST89
	.4byte	.LVUS89
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST90
	.4byte	.LVUS90
	.uleb128 0x3
	.4byte	.LLRL86
	.uleb128 0x6
	.4byte	0x808
	.4byte	.LLST91
	.4byte	.LVUS91
	.uleb128 0x6
	.4byte	0x812
	.4byte	.LLST92
	.4byte	.LVUS92
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI114
	.byte	.LVU146
	.4byte	.LLRL93
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST94
	.4byte	.LVUS94
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST95
	.4byte	.LVUS95
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST96
	.4byte	.LVUS96
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST97
	.4byte	.LVUS97
	.uleb128 0x3
	.4byte	.LLRL93
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI116
	.byte	.LVU227
	.4byte	.LLRL98
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST99
	.4byte	.LVUS99
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST100
	.4byte	.LVUS100
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST101
	.4byte	.LVUS101
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST102
	.4byte	.LVUS102
	.uleb128 0x3
	.4byte	.LLRL98
	.uleb128 0x6
	.4byte	0x808
	.4byte	.LLST103
	.4byte	.LVUS103
	.uleb128 0x6
	.4byte	0x812
	.4byte	.LLST104
	.4byte	.LVUS104
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI118
	.byte	.LVU231
	.4byte	.LLRL105
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST106
	.4byte	.LVUS106
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST107
	.4byte	.LVUS107
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST108
	.4byte	.LVUS108
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST109
	.4byte	.LVUS109
	.uleb128 0x3
	.4byte	.LLRL105
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI120
	.byte	.LVU250
	.4byte	.LLRL110
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST111
	.4byte	.LVUS111
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST112
	.4byte	.LVUS112
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST113
	.4byte	.LVUS113
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST114
	.4byte	.LVUS114
	.uleb128 0x3
	.4byte	.LLRL110
	.uleb128 0xb
	.4byte	0x808
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.uleb128 0xb
	.4byte	0x812
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI122
	.byte	.LVU254
	.4byte	.LLRL115
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST116
	.4byte	.LVUS116
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST117
	.4byte	.LVUS117
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST118
	.4byte	.LVUS118
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST119
	.4byte	.LVUS119
	.uleb128 0x3
	.4byte	.LLRL115
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0xc
	.8byte	.LVL84
	.4byte	0x85a
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
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
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1e
	.4byte	0x82b
	.4byte	.LLRL120
	.byte	0x1
	.byte	0x29
	.byte	0x15
	.4byte	0x6d0
	.uleb128 0x1
	.4byte	0x845
	.4byte	.LLST121
	.4byte	.LVUS121
	.uleb128 0x1
	.4byte	0x83c
	.4byte	.LLST122
	.4byte	.LVUS122
	.uleb128 0x14
	.4byte	0x84e
	.8byte	.LBB167
	.8byte	.LBE167-.LBB167
	.uleb128 0x6
	.4byte	0x84f
	.4byte	.LLST123
	.4byte	.LVUS123
	.byte	0
	.byte	0
	.uleb128 0xc
	.8byte	.LVL49
	.4byte	0x81
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x7d3
	.8byte	.LBI182
	.byte	.LVU202
	.4byte	.LLRL124
	.byte	0x2c
	.byte	0x5
	.4byte	0x779
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST125
	.4byte	.LVUS125
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST126
	.4byte	.LVUS126
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST127
	.4byte	.LVUS127
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST128
	.4byte	.LVUS128
	.uleb128 0x3
	.4byte	.LLRL124
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0xc
	.8byte	.LVL72
	.4byte	0x85a
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x5
	.byte	0xc
	.4byte	0x10001
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1f
	.8byte	.LVL31
	.4byte	0xa3
	.4byte	0x795
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.uleb128 0xc
	.8byte	.LVL61
	.4byte	0x81
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x20
	.4byte	0x2a
	.4byte	0x7d3
	.uleb128 0x15
	.4byte	0x2a
	.byte	0x5
	.uleb128 0x15
	.4byte	0x2a
	.byte	0x1
	.byte	0
	.uleb128 0x21
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.4byte	0x5b
	.byte	0x1
	.4byte	0x826
	.uleb128 0x9
	.string	"a"
	.byte	0xf
	.byte	0x1a
	.4byte	0x5b
	.uleb128 0x9
	.string	"b"
	.byte	0xf
	.byte	0x22
	.4byte	0x5b
	.uleb128 0x9
	.string	"x"
	.byte	0xf
	.byte	0x2b
	.4byte	0x826
	.uleb128 0x9
	.string	"y"
	.byte	0xf
	.byte	0x34
	.4byte	0x826
	.uleb128 0x8
	.string	"x1"
	.byte	0x16
	.byte	0xa
	.4byte	0x5b
	.uleb128 0x8
	.string	"y1"
	.byte	0x16
	.byte	0xe
	.4byte	0x5b
	.uleb128 0x8
	.string	"g"
	.byte	0x17
	.byte	0xa
	.4byte	0x5b
	.byte	0
	.uleb128 0xd
	.4byte	0x5b
	.uleb128 0x22
	.string	"gcd"
	.byte	0x1
	.byte	0x5
	.byte	0x16
	.4byte	0x2a
	.byte	0x1
	.4byte	0x85a
	.uleb128 0x9
	.string	"a"
	.byte	0x5
	.byte	0x28
	.4byte	0x2a
	.uleb128 0x9
	.string	"b"
	.byte	0x5
	.byte	0x39
	.4byte	0x2a
	.uleb128 0x23
	.uleb128 0x8
	.string	"t"
	.byte	0x8
	.byte	0x17
	.4byte	0x2a
	.byte	0
	.byte	0
	.uleb128 0x24
	.4byte	0x7d3
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x6
	.4byte	0x808
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.4byte	0x812
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI24
	.byte	.LVU8
	.4byte	.LLRL6
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x3
	.4byte	.LLRL6
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI26
	.byte	.LVU20
	.4byte	.LLRL11
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x3
	.4byte	.LLRL11
	.uleb128 0x6
	.4byte	0x808
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x6
	.4byte	0x812
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI28
	.byte	.LVU24
	.4byte	.LLRL18
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x3
	.4byte	.LLRL18
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI30
	.byte	.LVU27
	.4byte	.LLRL23
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST26
	.4byte	.LVUS26
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST27
	.4byte	.LVUS27
	.uleb128 0x3
	.4byte	.LLRL23
	.uleb128 0x6
	.4byte	0x808
	.4byte	.LLST28
	.4byte	.LVUS28
	.uleb128 0x6
	.4byte	0x812
	.4byte	.LLST29
	.4byte	.LVUS29
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI32
	.byte	.LVU31
	.4byte	.LLRL30
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST31
	.4byte	.LVUS31
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST32
	.4byte	.LVUS32
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST33
	.4byte	.LVUS33
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST34
	.4byte	.LVUS34
	.uleb128 0x3
	.4byte	.LLRL30
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI34
	.byte	.LVU60
	.4byte	.LLRL35
	.byte	0xf
	.byte	0xd
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST36
	.4byte	.LVUS36
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST37
	.4byte	.LVUS37
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST38
	.4byte	.LVUS38
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST39
	.4byte	.LVUS39
	.uleb128 0x3
	.4byte	.LLRL35
	.uleb128 0xb
	.4byte	0x808
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0xb
	.4byte	0x812
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0x4
	.4byte	0x7d3
	.8byte	.LBI36
	.byte	.LVU64
	.4byte	.LLRL40
	.byte	0x17
	.byte	0xe
	.uleb128 0x1
	.4byte	0x7ff
	.4byte	.LLST41
	.4byte	.LVUS41
	.uleb128 0x1
	.4byte	0x7f6
	.4byte	.LLST42
	.4byte	.LVUS42
	.uleb128 0x1
	.4byte	0x7ed
	.4byte	.LLST43
	.4byte	.LVUS43
	.uleb128 0x1
	.4byte	0x7e4
	.4byte	.LLST44
	.4byte	.LVUS44
	.uleb128 0x3
	.4byte	.LLRL40
	.uleb128 0x2
	.4byte	0x808
	.uleb128 0x2
	.4byte	0x812
	.uleb128 0x2
	.4byte	0x81c
	.uleb128 0xc
	.8byte	.LVL23
	.4byte	0x85a
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1f
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x34
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x88
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
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
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x5
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
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
	.sleb128 29
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
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x1a
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0x20
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x23
	.uleb128 0xb
	.byte	0x1
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
.LVUS45:
	.uleb128 0
	.uleb128 .LVU92
	.uleb128 .LVU92
	.uleb128 0
.LLST45:
	.byte	0x6
	.8byte	.LVL28
	.byte	0x4
	.uleb128 .LVL28-.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL29-.LVL28
	.uleb128 .LFE24-.LVL28
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS46:
	.uleb128 0
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 0
.LLST46:
	.byte	0x6
	.8byte	.LVL28
	.byte	0x4
	.uleb128 .LVL28-.LVL28
	.uleb128 .LVL30-.LVL28
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL30-.LVL28
	.uleb128 .LFE24-.LVL28
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS47:
	.uleb128 .LVU94
	.uleb128 .LVU221
	.uleb128 .LVU226
	.uleb128 0
.LLST47:
	.byte	0x6
	.8byte	.LVL32
	.byte	0x4
	.uleb128 .LVL32-.LVL32
	.uleb128 .LVL62-.LVL32
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL64-.LVL32
	.uleb128 .LFE24-.LVL32
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS48:
	.uleb128 .LVU103
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU225
	.uleb128 .LVU226
	.uleb128 .LVU244
	.uleb128 .LVU244
	.uleb128 .LVU246
	.uleb128 .LVU246
	.uleb128 .LVU250
	.uleb128 .LVU250
	.uleb128 0
.LLST48:
	.byte	0x6
	.8byte	.LVL33
	.byte	0x4
	.uleb128 .LVL33-.LVL33
	.uleb128 .LVL33-.LVL33
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL33
	.uleb128 .LVL63-.LVL33
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL64-.LVL33
	.uleb128 .LVL73-.LVL33
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL73-.LVL33
	.uleb128 .LVL73-.LVL33
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL73-.LVL33
	.uleb128 .LVL75-.LVL33
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.LVL33
	.uleb128 .LFE24-.LVL33
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS50:
	.uleb128 .LVU105
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU180
	.uleb128 .LVU180
	.uleb128 .LVU183
	.uleb128 .LVU183
	.uleb128 .LVU195
	.uleb128 .LVU195
	.uleb128 .LVU198
	.uleb128 .LVU199
	.uleb128 .LVU225
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU240
	.uleb128 .LVU244
	.uleb128 .LVU244
	.uleb128 0
.LLST50:
	.byte	0x6
	.8byte	.LVL33
	.byte	0x4
	.uleb128 .LVL33-.LVL33
	.uleb128 .LVL33-.LVL33
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL33
	.uleb128 .LVL54-.LVL33
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL54-.LVL33
	.uleb128 .LVL55-.LVL33
	.uleb128 0x3
	.byte	0x87
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.LVL33
	.uleb128 .LVL57-.LVL33
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL57-.LVL33
	.uleb128 .LVL58-.LVL33
	.uleb128 0x3
	.byte	0x87
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.LVL33
	.uleb128 .LVL63-.LVL33
	.uleb128 0x3
	.byte	0x87
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL64-.LVL33
	.uleb128 .LVL69-.LVL33
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL69-.LVL33
	.uleb128 .LVL73-.LVL33
	.uleb128 0x3
	.byte	0x87
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL73-.LVL33
	.uleb128 .LFE24-.LVL33
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS52:
	.uleb128 .LVU108
	.uleb128 .LVU165
	.uleb128 .LVU165
	.uleb128 .LVU166
	.uleb128 .LVU186
	.uleb128 .LVU193
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST52:
	.byte	0x6
	.8byte	.LVL34
	.byte	0x4
	.uleb128 .LVL34-.LVL34
	.uleb128 .LVL48-.LVL34
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL48-.LVL34
	.uleb128 .LVL49-1-.LVL34
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL56-.LVL34
	.uleb128 .LVL57-.LVL34
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL64-.LVL34
	.uleb128 .LVL69-.LVL34
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL75-.LVL34
	.uleb128 .LFE24-.LVL34
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS53:
	.uleb128 .LVU121
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 .LVU260
	.uleb128 .LVU260
	.uleb128 .LVU272
	.uleb128 .LVU272
	.uleb128 .LVU274
	.uleb128 .LVU274
	.uleb128 0
.LLST53:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL44-.LVL38
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL44-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LVL77-.LVL38
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL77-.LVL38
	.uleb128 .LVL81-.LVL38
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL81-.LVL38
	.uleb128 .LVL83-.LVL38
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL83-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x1
	.byte	0x57
	.byte	0
.LVUS55:
	.uleb128 .LVU109
	.uleb128 .LVU113
	.uleb128 .LVU113
	.uleb128 .LVU114
	.uleb128 .LVU114
	.uleb128 .LVU118
	.uleb128 .LVU118
	.uleb128 .LVU121
	.uleb128 .LVU187
	.uleb128 .LVU193
.LLST55:
	.byte	0x6
	.8byte	.LVL34
	.byte	0x4
	.uleb128 .LVL34-.LVL34
	.uleb128 .LVL35-.LVL34
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL35-.LVL34
	.uleb128 .LVL36-.LVL34
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL36-.LVL34
	.uleb128 .LVL37-.LVL34
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL37-.LVL34
	.uleb128 .LVL38-.LVL34
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL56-.LVL34
	.uleb128 .LVL57-.LVL34
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS56:
	.uleb128 .LVU109
	.uleb128 .LVU113
	.uleb128 .LVU113
	.uleb128 .LVU117
	.uleb128 .LVU117
	.uleb128 .LVU120
	.uleb128 .LVU120
	.uleb128 .LVU121
	.uleb128 .LVU187
	.uleb128 .LVU193
.LLST56:
	.byte	0x6
	.8byte	.LVL34
	.byte	0x4
	.uleb128 .LVL34-.LVL34
	.uleb128 .LVL35-.LVL34
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL35-.LVL34
	.uleb128 .LVL37-.LVL34
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL37-.LVL34
	.uleb128 .LVL38-.LVL34
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL38-.LVL34
	.uleb128 .LVL38-.LVL34
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL56-.LVL34
	.uleb128 .LVL57-.LVL34
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS57:
	.uleb128 .LVU113
	.uleb128 .LVU114
	.uleb128 .LVU116
	.uleb128 .LVU121
.LLST57:
	.byte	0x6
	.8byte	.LVL35
	.byte	0x4
	.uleb128 .LVL35-.LVL35
	.uleb128 .LVL36-.LVL35
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL37-.LVL35
	.uleb128 .LVL38-.LVL35
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS59:
	.uleb128 .LVU124
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST59:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+439
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+439
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+439
	.sleb128 0
	.byte	0
.LVUS60:
	.uleb128 .LVU124
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST60:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+430
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+430
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+430
	.sleb128 0
	.byte	0
.LVUS61:
	.uleb128 .LVU124
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST61:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS62:
	.uleb128 .LVU124
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST62:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS64:
	.uleb128 .LVU126
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST64:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+439
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+439
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+439
	.sleb128 0
	.byte	0
.LVUS65:
	.uleb128 .LVU126
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST65:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+430
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+430
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+430
	.sleb128 0
	.byte	0
.LVUS66:
	.uleb128 .LVU126
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST66:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS67:
	.uleb128 .LVU126
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST67:
	.byte	0x6
	.8byte	.LVL38
	.byte	0x4
	.uleb128 .LVL38-.LVL38
	.uleb128 .LVL47-.LVL38
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL64-.LVL38
	.uleb128 .LVL69-.LVL38
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL75-.LVL38
	.uleb128 .LFE24-.LVL38
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS68:
	.uleb128 .LVU157
	.uleb128 .LVU161
.LLST68:
	.byte	0x8
	.8byte	.LVL46
	.uleb128 .LVL47-.LVL46
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS70:
	.uleb128 .LVU130
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST70:
	.byte	0x6
	.8byte	.LVL39
	.byte	0x4
	.uleb128 .LVL39-.LVL39
	.uleb128 .LVL47-.LVL39
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+720
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL39
	.uleb128 .LVL69-.LVL39
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+720
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL39
	.uleb128 .LFE24-.LVL39
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+720
	.sleb128 0
	.byte	0
.LVUS71:
	.uleb128 .LVU130
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST71:
	.byte	0x6
	.8byte	.LVL39
	.byte	0x4
	.uleb128 .LVL39-.LVL39
	.uleb128 .LVL47-.LVL39
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+707
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL39
	.uleb128 .LVL69-.LVL39
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+707
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL39
	.uleb128 .LFE24-.LVL39
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+707
	.sleb128 0
	.byte	0
.LVUS72:
	.uleb128 .LVU130
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU156
	.uleb128 .LVU226
	.uleb128 .LVU227
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST72:
	.byte	0x6
	.8byte	.LVL39
	.byte	0x4
	.uleb128 .LVL39-.LVL39
	.uleb128 .LVL45-.LVL39
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL45-.LVL39
	.uleb128 .LVL46-.LVL39
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x79
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL64-.LVL39
	.uleb128 .LVL65-.LVL39
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.LVL39
	.uleb128 .LVL69-.LVL39
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.LVL39
	.uleb128 .LFE24-.LVL39
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS73:
	.uleb128 .LVU130
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST73:
	.byte	0x6
	.8byte	.LVL39
	.byte	0x4
	.uleb128 .LVL39-.LVL39
	.uleb128 .LVL47-.LVL39
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL64-.LVL39
	.uleb128 .LVL69-.LVL39
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL75-.LVL39
	.uleb128 .LFE24-.LVL39
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS75:
	.uleb128 .LVU133
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST75:
	.byte	0x6
	.8byte	.LVL40
	.byte	0x4
	.uleb128 .LVL40-.LVL40
	.uleb128 .LVL47-.LVL40
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+720
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL40
	.uleb128 .LVL69-.LVL40
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+720
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL40
	.uleb128 .LFE24-.LVL40
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+720
	.sleb128 0
	.byte	0
.LVUS76:
	.uleb128 .LVU133
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST76:
	.byte	0x6
	.8byte	.LVL40
	.byte	0x4
	.uleb128 .LVL40-.LVL40
	.uleb128 .LVL47-.LVL40
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+707
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL40
	.uleb128 .LVL69-.LVL40
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+707
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL40
	.uleb128 .LFE24-.LVL40
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+707
	.sleb128 0
	.byte	0
.LVUS77:
	.uleb128 .LVU133
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU156
	.uleb128 .LVU226
	.uleb128 .LVU227
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST77:
	.byte	0x6
	.8byte	.LVL40
	.byte	0x4
	.uleb128 .LVL40-.LVL40
	.uleb128 .LVL45-.LVL40
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL45-.LVL40
	.uleb128 .LVL46-.LVL40
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x79
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL64-.LVL40
	.uleb128 .LVL65-.LVL40
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.LVL40
	.uleb128 .LVL69-.LVL40
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.LVL40
	.uleb128 .LFE24-.LVL40
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS78:
	.uleb128 .LVU133
	.uleb128 .LVU161
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST78:
	.byte	0x6
	.8byte	.LVL40
	.byte	0x4
	.uleb128 .LVL40-.LVL40
	.uleb128 .LVL47-.LVL40
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL64-.LVL40
	.uleb128 .LVL69-.LVL40
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL75-.LVL40
	.uleb128 .LFE24-.LVL40
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS79:
	.uleb128 .LVU151
	.uleb128 .LVU156
.LLST79:
	.byte	0x8
	.8byte	.LVL44
	.uleb128 .LVL46-.LVL44
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS80:
	.uleb128 .LVU153
	.uleb128 .LVU159
.LLST80:
	.byte	0x8
	.8byte	.LVL45
	.uleb128 .LVL46-.LVL45
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS82:
	.uleb128 .LVU137
	.uleb128 .LVU156
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST82:
	.byte	0x6
	.8byte	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL46-.LVL41
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+914
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL41
	.uleb128 .LVL69-.LVL41
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+914
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL41
	.uleb128 .LFE24-.LVL41
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+914
	.sleb128 0
	.byte	0
.LVUS83:
	.uleb128 .LVU137
	.uleb128 .LVU156
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST83:
	.byte	0x6
	.8byte	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL46-.LVL41
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+901
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL64-.LVL41
	.uleb128 .LVL69-.LVL41
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+901
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL41
	.uleb128 .LFE24-.LVL41
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+901
	.sleb128 0
	.byte	0
.LVUS84:
	.uleb128 .LVU137
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU156
	.uleb128 .LVU226
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 .LVU254
	.uleb128 .LVU254
	.uleb128 0
.LLST84:
	.byte	0x6
	.8byte	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL44-.LVL41
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL44-.LVL41
	.uleb128 .LVL46-.LVL41
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL64-.LVL41
	.uleb128 .LVL69-.LVL41
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL75-.LVL41
	.uleb128 .LVL76-.LVL41
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL76-.LVL41
	.uleb128 .LFE24-.LVL41
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS85:
	.uleb128 .LVU137
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU156
	.uleb128 .LVU226
	.uleb128 .LVU227
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST85:
	.byte	0x6
	.8byte	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL45-.LVL41
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL45-.LVL41
	.uleb128 .LVL46-.LVL41
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x79
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL64-.LVL41
	.uleb128 .LVL65-.LVL41
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.LVL41
	.uleb128 .LVL69-.LVL41
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.LVL41
	.uleb128 .LFE24-.LVL41
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS87:
	.uleb128 .LVU140
	.uleb128 .LVU156
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST87:
	.byte	0x6
	.8byte	.LVL42
	.byte	0x4
	.uleb128 .LVL42-.LVL42
	.uleb128 .LVL46-.LVL42
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+914
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL65-.LVL42
	.uleb128 .LVL69-.LVL42
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+914
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL42
	.uleb128 .LFE24-.LVL42
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+914
	.sleb128 0
	.byte	0
.LVUS88:
	.uleb128 .LVU140
	.uleb128 .LVU156
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST88:
	.byte	0x6
	.8byte	.LVL42
	.byte	0x4
	.uleb128 .LVL42-.LVL42
	.uleb128 .LVL46-.LVL42
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+901
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL65-.LVL42
	.uleb128 .LVL69-.LVL42
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+901
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL42
	.uleb128 .LFE24-.LVL42
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+901
	.sleb128 0
	.byte	0
.LVUS89:
	.uleb128 .LVU140
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU156
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 .LVU254
	.uleb128 .LVU254
	.uleb128 0
.LLST89:
	.byte	0x6
	.8byte	.LVL42
	.byte	0x4
	.uleb128 .LVL42-.LVL42
	.uleb128 .LVL44-.LVL42
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL44-.LVL42
	.uleb128 .LVL46-.LVL42
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.LVL42
	.uleb128 .LVL69-.LVL42
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL75-.LVL42
	.uleb128 .LVL76-.LVL42
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL76-.LVL42
	.uleb128 .LFE24-.LVL42
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS90:
	.uleb128 .LVU140
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU156
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST90:
	.byte	0x6
	.8byte	.LVL42
	.byte	0x4
	.uleb128 .LVL42-.LVL42
	.uleb128 .LVL45-.LVL42
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL45-.LVL42
	.uleb128 .LVL46-.LVL42
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x79
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.LVL42
	.uleb128 .LVL69-.LVL42
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.LVL42
	.uleb128 .LFE24-.LVL42
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS91:
	.uleb128 .LVU149
	.uleb128 .LVU154
	.uleb128 .LVU236
	.uleb128 .LVU240
	.uleb128 .LVU268
	.uleb128 .LVU272
.LLST91:
	.byte	0x6
	.8byte	.LVL44
	.byte	0x4
	.uleb128 .LVL44-.LVL44
	.uleb128 .LVL45-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL67-.LVL44
	.uleb128 .LVL69-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL79-.LVL44
	.uleb128 .LVL81-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS92:
	.uleb128 .LVU149
	.uleb128 .LVU154
	.uleb128 .LVU238
	.uleb128 .LVU240
	.uleb128 .LVU270
	.uleb128 .LVU272
.LLST92:
	.byte	0x6
	.8byte	.LVL44
	.byte	0x4
	.uleb128 .LVL44-.LVL44
	.uleb128 .LVL45-.LVL44
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL68-.LVL44
	.uleb128 .LVL69-.LVL44
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL80-.LVL44
	.uleb128 .LVL81-.LVL44
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS94:
	.uleb128 .LVU146
	.uleb128 .LVU149
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST94:
	.byte	0x6
	.8byte	.LVL43
	.byte	0x4
	.uleb128 .LVL43-.LVL43
	.uleb128 .LVL44-.LVL43
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1114
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL65-.LVL43
	.uleb128 .LVL69-.LVL43
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1114
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL43
	.uleb128 .LFE24-.LVL43
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1114
	.sleb128 0
	.byte	0
.LVUS95:
	.uleb128 .LVU146
	.uleb128 .LVU149
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST95:
	.byte	0x6
	.8byte	.LVL43
	.byte	0x4
	.uleb128 .LVL43-.LVL43
	.uleb128 .LVL44-.LVL43
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1101
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL65-.LVL43
	.uleb128 .LVL69-.LVL43
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1101
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL43
	.uleb128 .LFE24-.LVL43
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1101
	.sleb128 0
	.byte	0
.LVUS96:
	.uleb128 .LVU146
	.uleb128 .LVU149
	.uleb128 .LVU227
	.uleb128 .LVU238
	.uleb128 .LVU238
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 .LVU270
	.uleb128 .LVU270
	.uleb128 .LVU272
	.uleb128 .LVU272
	.uleb128 0
.LLST96:
	.byte	0x6
	.8byte	.LVL43
	.byte	0x4
	.uleb128 .LVL43-.LVL43
	.uleb128 .LVL44-.LVL43
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL65-.LVL43
	.uleb128 .LVL68-.LVL43
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL68-.LVL43
	.uleb128 .LVL69-.LVL43
	.uleb128 0xf
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7a
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.LVL43
	.uleb128 .LVL80-.LVL43
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL80-.LVL43
	.uleb128 .LVL81-.LVL43
	.uleb128 0x1b
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7a
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL43
	.uleb128 .LFE24-.LVL43
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS97:
	.uleb128 .LVU146
	.uleb128 .LVU149
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 .LVU254
	.uleb128 .LVU254
	.uleb128 0
.LLST97:
	.byte	0x6
	.8byte	.LVL43
	.byte	0x4
	.uleb128 .LVL43-.LVL43
	.uleb128 .LVL44-.LVL43
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL65-.LVL43
	.uleb128 .LVL69-.LVL43
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL75-.LVL43
	.uleb128 .LVL76-.LVL43
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL76-.LVL43
	.uleb128 .LFE24-.LVL43
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS99:
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST99:
	.byte	0x6
	.8byte	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL69-.LVL65
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1114
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL65
	.uleb128 .LFE24-.LVL65
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1114
	.sleb128 0
	.byte	0
.LVUS100:
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 0
.LLST100:
	.byte	0x6
	.8byte	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL69-.LVL65
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1101
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL65
	.uleb128 .LFE24-.LVL65
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1101
	.sleb128 0
	.byte	0
.LVUS101:
	.uleb128 .LVU227
	.uleb128 .LVU238
	.uleb128 .LVU238
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 .LVU270
	.uleb128 .LVU270
	.uleb128 .LVU272
	.uleb128 .LVU272
	.uleb128 0
.LLST101:
	.byte	0x6
	.8byte	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL68-.LVL65
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL68-.LVL65
	.uleb128 .LVL69-.LVL65
	.uleb128 0xf
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7a
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.LVL65
	.uleb128 .LVL80-.LVL65
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL80-.LVL65
	.uleb128 .LVL81-.LVL65
	.uleb128 0x1b
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7a
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL65
	.uleb128 .LFE24-.LVL65
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS102:
	.uleb128 .LVU227
	.uleb128 .LVU240
	.uleb128 .LVU250
	.uleb128 .LVU254
	.uleb128 .LVU254
	.uleb128 0
.LLST102:
	.byte	0x6
	.8byte	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL69-.LVL65
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL75-.LVL65
	.uleb128 .LVL76-.LVL65
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL76-.LVL65
	.uleb128 .LFE24-.LVL65
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS103:
	.uleb128 .LVU234
	.uleb128 .LVU239
	.uleb128 .LVU263
	.uleb128 .LVU271
.LLST103:
	.byte	0x6
	.8byte	.LVL67
	.byte	0x4
	.uleb128 .LVL67-.LVL67
	.uleb128 .LVL68-.LVL67
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL78-.LVL67
	.uleb128 .LVL80-.LVL67
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS104:
	.uleb128 .LVU234
	.uleb128 .LVU239
	.uleb128 .LVU265
	.uleb128 .LVU271
.LLST104:
	.byte	0x6
	.8byte	.LVL67
	.byte	0x4
	.uleb128 .LVL67-.LVL67
	.uleb128 .LVL68-.LVL67
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL79-.LVL67
	.uleb128 .LVL80-.LVL67
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS106:
	.uleb128 .LVU231
	.uleb128 .LVU234
	.uleb128 .LVU250
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 0
.LLST106:
	.byte	0x6
	.8byte	.LVL66
	.byte	0x4
	.uleb128 .LVL66-.LVL66
	.uleb128 .LVL67-.LVL66
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1314
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL66
	.uleb128 .LVL79-.LVL66
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1314
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL81-.LVL66
	.uleb128 .LFE24-.LVL66
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1314
	.sleb128 0
	.byte	0
.LVUS107:
	.uleb128 .LVU231
	.uleb128 .LVU234
	.uleb128 .LVU250
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 0
.LLST107:
	.byte	0x6
	.8byte	.LVL66
	.byte	0x4
	.uleb128 .LVL66-.LVL66
	.uleb128 .LVL67-.LVL66
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1301
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL75-.LVL66
	.uleb128 .LVL79-.LVL66
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1301
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL81-.LVL66
	.uleb128 .LFE24-.LVL66
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1301
	.sleb128 0
	.byte	0
.LVUS108:
	.uleb128 .LVU231
	.uleb128 .LVU234
	.uleb128 .LVU250
	.uleb128 .LVU260
	.uleb128 .LVU260
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST108:
	.byte	0x6
	.8byte	.LVL66
	.byte	0x4
	.uleb128 .LVL66-.LVL66
	.uleb128 .LVL67-.LVL66
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL75-.LVL66
	.uleb128 .LVL77-.LVL66
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL77-.LVL66
	.uleb128 .LVL79-.LVL66
	.uleb128 0x15
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7b
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL66
	.uleb128 .LVL84-1-.LVL66
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL84-1-.LVL66
	.uleb128 .LFE24-.LVL66
	.uleb128 0x15
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7b
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS109:
	.uleb128 .LVU231
	.uleb128 .LVU234
	.uleb128 .LVU250
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 0
.LLST109:
	.byte	0x6
	.8byte	.LVL66
	.byte	0x4
	.uleb128 .LVL66-.LVL66
	.uleb128 .LVL67-.LVL66
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL75-.LVL66
	.uleb128 .LVL79-.LVL66
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL81-.LVL66
	.uleb128 .LFE24-.LVL66
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS111:
	.uleb128 .LVU250
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 0
.LLST111:
	.byte	0x6
	.8byte	.LVL75
	.byte	0x4
	.uleb128 .LVL75-.LVL75
	.uleb128 .LVL79-.LVL75
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1314
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL81-.LVL75
	.uleb128 .LFE24-.LVL75
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1314
	.sleb128 0
	.byte	0
.LVUS112:
	.uleb128 .LVU250
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 0
.LLST112:
	.byte	0x6
	.8byte	.LVL75
	.byte	0x4
	.uleb128 .LVL75-.LVL75
	.uleb128 .LVL79-.LVL75
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1301
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL81-.LVL75
	.uleb128 .LFE24-.LVL75
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1301
	.sleb128 0
	.byte	0
.LVUS113:
	.uleb128 .LVU250
	.uleb128 .LVU260
	.uleb128 .LVU260
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST113:
	.byte	0x6
	.8byte	.LVL75
	.byte	0x4
	.uleb128 .LVL75-.LVL75
	.uleb128 .LVL77-.LVL75
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL77-.LVL75
	.uleb128 .LVL79-.LVL75
	.uleb128 0x15
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7b
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL75
	.uleb128 .LVL84-1-.LVL75
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL84-1-.LVL75
	.uleb128 .LFE24-.LVL75
	.uleb128 0x15
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7b
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS114:
	.uleb128 .LVU250
	.uleb128 .LVU266
	.uleb128 .LVU272
	.uleb128 0
.LLST114:
	.byte	0x6
	.8byte	.LVL75
	.byte	0x4
	.uleb128 .LVL75-.LVL75
	.uleb128 .LVL79-.LVL75
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL81-.LVL75
	.uleb128 .LFE24-.LVL75
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS116:
	.uleb128 .LVU254
	.uleb128 .LVU260
	.uleb128 .LVU272
	.uleb128 .LVU273
	.uleb128 .LVU273
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST116:
	.byte	0x6
	.8byte	.LVL76
	.byte	0x4
	.uleb128 .LVL76-.LVL76
	.uleb128 .LVL77-.LVL76
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL76
	.uleb128 .LVL82-.LVL76
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL82-.LVL76
	.uleb128 .LVL84-1-.LVL76
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL84-1-.LVL76
	.uleb128 .LFE24-.LVL76
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x9f
	.byte	0
.LVUS117:
	.uleb128 .LVU254
	.uleb128 .LVU260
	.uleb128 .LVU272
	.uleb128 .LVU274
	.uleb128 .LVU274
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST117:
	.byte	0x6
	.8byte	.LVL76
	.byte	0x4
	.uleb128 .LVL76-.LVL76
	.uleb128 .LVL77-.LVL76
	.uleb128 0x4
	.byte	0x91
	.sleb128 -112
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.LVL76
	.uleb128 .LVL83-.LVL76
	.uleb128 0x4
	.byte	0x91
	.sleb128 -112
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL83-.LVL76
	.uleb128 .LVL84-1-.LVL76
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL84-1-.LVL76
	.uleb128 .LFE24-.LVL76
	.uleb128 0x4
	.byte	0x91
	.sleb128 -112
	.byte	0x9f
	.byte	0
.LVUS118:
	.uleb128 .LVU254
	.uleb128 .LVU260
	.uleb128 .LVU272
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST118:
	.byte	0x6
	.8byte	.LVL76
	.byte	0x4
	.uleb128 .LVL76-.LVL76
	.uleb128 .LVL77-.LVL76
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL81-.LVL76
	.uleb128 .LVL84-1-.LVL76
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL84-1-.LVL76
	.uleb128 .LFE24-.LVL76
	.uleb128 0x1b
	.byte	0x75
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7b
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7c
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS119:
	.uleb128 .LVU254
	.uleb128 .LVU260
	.uleb128 .LVU272
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST119:
	.byte	0x6
	.8byte	.LVL76
	.byte	0x4
	.uleb128 .LVL76-.LVL76
	.uleb128 .LVL77-.LVL76
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL81-.LVL76
	.uleb128 .LVL84-1-.LVL76
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL84-1-.LVL76
	.uleb128 .LFE24-.LVL76
	.uleb128 0x15
	.byte	0x74
	.sleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x74
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x79
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x7b
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS121:
	.uleb128 .LVU168
	.uleb128 .LVU169
	.uleb128 .LVU169
	.uleb128 .LVU171
	.uleb128 .LVU171
	.uleb128 .LVU173
	.uleb128 .LVU173
	.uleb128 .LVU176
	.uleb128 .LVU244
	.uleb128 .LVU246
.LLST121:
	.byte	0x6
	.8byte	.LVL50
	.byte	0x4
	.uleb128 .LVL50-.LVL50
	.uleb128 .LVL51-.LVL50
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL51-.LVL50
	.uleb128 .LVL52-.LVL50
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL52-.LVL50
	.uleb128 .LVL52-.LVL50
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL52-.LVL50
	.uleb128 .LVL53-.LVL50
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL73-.LVL50
	.uleb128 .LVL73-.LVL50
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS122:
	.uleb128 .LVU168
	.uleb128 .LVU169
	.uleb128 .LVU169
	.uleb128 .LVU172
	.uleb128 .LVU172
	.uleb128 .LVU176
	.uleb128 .LVU244
	.uleb128 .LVU246
.LLST122:
	.byte	0x6
	.8byte	.LVL50
	.byte	0x4
	.uleb128 .LVL50-.LVL50
	.uleb128 .LVL51-.LVL50
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL51-.LVL50
	.uleb128 .LVL52-.LVL50
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL52-.LVL50
	.uleb128 .LVL53-.LVL50
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL73-.LVL50
	.uleb128 .LVL73-.LVL50
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS123:
	.uleb128 .LVU171
	.uleb128 .LVU176
.LLST123:
	.byte	0x8
	.8byte	.LVL52
	.uleb128 .LVL53-.LVL52
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS125:
	.uleb128 .LVU202
	.uleb128 .LVU209
	.uleb128 .LVU240
	.uleb128 .LVU241
	.uleb128 .LVU241
	.uleb128 .LVU243
	.uleb128 .LVU243
	.uleb128 .LVU244
.LLST125:
	.byte	0x6
	.8byte	.LVL59
	.byte	0x4
	.uleb128 .LVL59-.LVL59
	.uleb128 .LVL60-.LVL59
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL69-.LVL59
	.uleb128 .LVL70-.LVL59
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL70-.LVL59
	.uleb128 .LVL72-1-.LVL59
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL72-1-.LVL59
	.uleb128 .LVL73-.LVL59
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x9f
	.byte	0
.LVUS126:
	.uleb128 .LVU202
	.uleb128 .LVU209
	.uleb128 .LVU240
	.uleb128 .LVU242
	.uleb128 .LVU242
	.uleb128 .LVU243
	.uleb128 .LVU243
	.uleb128 .LVU244
.LLST126:
	.byte	0x6
	.8byte	.LVL59
	.byte	0x4
	.uleb128 .LVL59-.LVL59
	.uleb128 .LVL60-.LVL59
	.uleb128 0x4
	.byte	0x91
	.sleb128 -112
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL69-.LVL59
	.uleb128 .LVL71-.LVL59
	.uleb128 0x4
	.byte	0x91
	.sleb128 -112
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL71-.LVL59
	.uleb128 .LVL72-1-.LVL59
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL72-1-.LVL59
	.uleb128 .LVL73-.LVL59
	.uleb128 0x4
	.byte	0x91
	.sleb128 -112
	.byte	0x9f
	.byte	0
.LVUS127:
	.uleb128 .LVU202
	.uleb128 .LVU209
	.uleb128 .LVU240
	.uleb128 .LVU244
.LLST127:
	.byte	0x6
	.8byte	.LVL59
	.byte	0x4
	.uleb128 .LVL59-.LVL59
	.uleb128 .LVL60-.LVL59
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL69-.LVL59
	.uleb128 .LVL73-.LVL59
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS128:
	.uleb128 .LVU202
	.uleb128 .LVU209
	.uleb128 .LVU240
	.uleb128 .LVU244
.LLST128:
	.byte	0x6
	.8byte	.LVL59
	.byte	0x4
	.uleb128 .LVL59-.LVL59
	.uleb128 .LVL60-.LVL59
	.uleb128 0x6
	.byte	0xc
	.4byte	0x10001
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL69-.LVL59
	.uleb128 .LVL73-.LVL59
	.uleb128 0x6
	.byte	0xc
	.4byte	0x10001
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LFE26-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL8-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.LVL0
	.uleb128 .LFE26-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL7-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL0
	.uleb128 .LVL16-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL16-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL0
	.uleb128 .LFE26-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LVL16-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL16-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL0
	.uleb128 .LVL21-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL21-.LVL0
	.uleb128 .LVL25-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL25-.LVL0
	.uleb128 .LFE26-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS4:
	.uleb128 .LVU56
	.uleb128 .LVU60
.LLST4:
	.byte	0x8
	.8byte	.LVL18
	.uleb128 .LVL19-.LVL18
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU11
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU18
.LLST5:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0xe
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x71
	.sleb128 0
	.byte	0x1b
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU8
	.uleb128 .LVU11
	.uleb128 .LVU20
	.uleb128 .LVU45
	.uleb128 .LVU53
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2226
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL7-.LVL2
	.uleb128 .LVL14-.LVL2
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2226
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL17-.LVL2
	.uleb128 .LFE26-.LVL2
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2226
	.sleb128 0
	.byte	0
.LVUS8:
	.uleb128 .LVU8
	.uleb128 .LVU11
	.uleb128 .LVU20
	.uleb128 .LVU45
	.uleb128 .LVU53
	.uleb128 0
.LLST8:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2213
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL7-.LVL2
	.uleb128 .LVL14-.LVL2
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2213
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL17-.LVL2
	.uleb128 .LFE26-.LVL2
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2213
	.sleb128 0
	.byte	0
.LVUS9:
	.uleb128 .LVU8
	.uleb128 .LVU11
	.uleb128 .LVU20
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU44
	.uleb128 .LVU53
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 0
.LLST9:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL2
	.uleb128 .LVL8-.LVL2
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL2
	.uleb128 .LVL12-.LVL2
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL2
	.uleb128 .LVL13-.LVL2
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x86
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL2
	.uleb128 .LVL19-.LVL2
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL2
	.uleb128 .LFE26-.LVL2
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU8
	.uleb128 .LVU11
	.uleb128 .LVU20
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU45
	.uleb128 .LVU53
	.uleb128 0
.LLST10:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL7-.LVL2
	.uleb128 .LVL8-.LVL2
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.LVL2
	.uleb128 .LVL14-.LVL2
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL2
	.uleb128 .LFE26-.LVL2
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU20
	.uleb128 .LVU45
	.uleb128 .LVU53
	.uleb128 0
.LLST12:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL14-.LVL7
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2226
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL17-.LVL7
	.uleb128 .LFE26-.LVL7
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2226
	.sleb128 0
	.byte	0
.LVUS13:
	.uleb128 .LVU20
	.uleb128 .LVU45
	.uleb128 .LVU53
	.uleb128 0
.LLST13:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL14-.LVL7
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2213
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL17-.LVL7
	.uleb128 .LFE26-.LVL7
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2213
	.sleb128 0
	.byte	0
.LVUS14:
	.uleb128 .LVU20
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU44
	.uleb128 .LVU53
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 0
.LLST14:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL7
	.uleb128 .LVL12-.LVL7
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL7
	.uleb128 .LVL13-.LVL7
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x86
	.sleb128 0
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL7
	.uleb128 .LVL19-.LVL7
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL7
	.uleb128 .LFE26-.LVL7
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU20
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU45
	.uleb128 .LVU53
	.uleb128 0
.LLST15:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.LVL7
	.uleb128 .LVL14-.LVL7
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL7
	.uleb128 .LFE26-.LVL7
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU37
	.uleb128 .LVU39
.LLST16:
	.byte	0x8
	.8byte	.LVL12
	.uleb128 .LVL12-.LVL12
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS17:
	.uleb128 .LVU54
	.uleb128 .LVU58
.LLST17:
	.byte	0x8
	.8byte	.LVL18
	.uleb128 .LVL18-.LVL18
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU24
	.uleb128 .LVU39
	.uleb128 .LVU53
	.uleb128 .LVU54
	.uleb128 .LVU60
	.uleb128 0
.LLST19:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL12-.LVL8
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2426
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL17-.LVL8
	.uleb128 .LVL18-.LVL8
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2426
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL19-.LVL8
	.uleb128 .LFE26-.LVL8
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2426
	.sleb128 0
	.byte	0
.LVUS20:
	.uleb128 .LVU24
	.uleb128 .LVU39
	.uleb128 .LVU53
	.uleb128 .LVU54
	.uleb128 .LVU60
	.uleb128 0
.LLST20:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL12-.LVL8
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2413
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL17-.LVL8
	.uleb128 .LVL18-.LVL8
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2413
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL19-.LVL8
	.uleb128 .LFE26-.LVL8
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2413
	.sleb128 0
	.byte	0
.LVUS21:
	.uleb128 .LVU24
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU35
	.uleb128 .LVU53
	.uleb128 .LVU54
	.uleb128 .LVU60
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 0
.LLST21:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL10-.LVL8
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x86
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL8
	.uleb128 .LVL11-.LVL8
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL8
	.uleb128 .LVL12-.LVL8
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL8
	.uleb128 .LVL18-.LVL8
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x86
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL8
	.uleb128 .LVL24-.LVL8
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL8
	.uleb128 .LVL25-.LVL8
	.uleb128 0xa
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL8
	.uleb128 .LVL26-.LVL8
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL8
	.uleb128 .LVL27-.LVL8
	.uleb128 0x9
	.byte	0x71
	.sleb128 0
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL8
	.uleb128 .LFE26-.LVL8
	.uleb128 0x3b
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x88
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU24
	.uleb128 .LVU39
	.uleb128 .LVU53
	.uleb128 .LVU54
	.uleb128 .LVU60
	.uleb128 0
.LLST22:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL12-.LVL8
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL8
	.uleb128 .LVL18-.LVL8
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL8
	.uleb128 .LFE26-.LVL8
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU27
	.uleb128 .LVU39
	.uleb128 .LVU60
	.uleb128 0
.LLST24:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL12-.LVL9
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2426
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL19-.LVL9
	.uleb128 .LFE26-.LVL9
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2426
	.sleb128 0
	.byte	0
.LVUS25:
	.uleb128 .LVU27
	.uleb128 .LVU39
	.uleb128 .LVU60
	.uleb128 0
.LLST25:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL12-.LVL9
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2413
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL19-.LVL9
	.uleb128 .LFE26-.LVL9
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2413
	.sleb128 0
	.byte	0
.LVUS26:
	.uleb128 .LVU27
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU35
	.uleb128 .LVU60
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 0
.LLST26:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x86
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL9
	.uleb128 .LVL11-.LVL9
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL9
	.uleb128 .LVL12-.LVL9
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL9
	.uleb128 .LVL24-.LVL9
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL9
	.uleb128 .LVL25-.LVL9
	.uleb128 0xa
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL9
	.uleb128 .LVL26-.LVL9
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL9
	.uleb128 .LVL27-.LVL9
	.uleb128 0x9
	.byte	0x71
	.sleb128 0
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL9
	.uleb128 .LFE26-.LVL9
	.uleb128 0x3b
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x88
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU27
	.uleb128 .LVU39
	.uleb128 .LVU60
	.uleb128 0
.LLST27:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL12-.LVL9
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL9
	.uleb128 .LFE26-.LVL9
	.uleb128 0xb
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS28:
	.uleb128 .LVU71
	.uleb128 .LVU77
	.uleb128 .LVU80
	.uleb128 0
.LLST28:
	.byte	0x6
	.8byte	.LVL23
	.byte	0x4
	.uleb128 .LVL23-.LVL23
	.uleb128 .LVL25-.LVL23
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL26-.LVL23
	.uleb128 .LFE26-.LVL23
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS29:
	.uleb128 .LVU35
	.uleb128 .LVU39
	.uleb128 .LVU74
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU77
	.uleb128 .LVU81
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 0
.LLST29:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL12-.LVL12
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.LVL12
	.uleb128 .LVL24-.LVL12
	.uleb128 0x1d
	.byte	0x91
	.sleb128 -16
	.byte	0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x70
	.sleb128 0
	.byte	0x1b
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL12
	.uleb128 .LVL25-.LVL12
	.uleb128 0x15
	.byte	0x91
	.sleb128 -16
	.byte	0x6
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x70
	.sleb128 0
	.byte	0x1b
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL12
	.uleb128 .LVL26-.LVL12
	.uleb128 0x1d
	.byte	0x91
	.sleb128 -16
	.byte	0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x70
	.sleb128 0
	.byte	0x1b
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL12
	.uleb128 .LVL27-.LVL12
	.uleb128 0x14
	.byte	0x91
	.sleb128 -16
	.byte	0x6
	.byte	0x71
	.sleb128 0
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x70
	.sleb128 0
	.byte	0x1b
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL12
	.uleb128 .LFE26-.LVL12
	.uleb128 0x46
	.byte	0x91
	.sleb128 -16
	.byte	0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x88
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x70
	.sleb128 0
	.byte	0x1b
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS31:
	.uleb128 .LVU31
	.uleb128 .LVU35
	.uleb128 .LVU60
	.uleb128 0
.LLST31:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2626
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL19-.LVL10
	.uleb128 .LFE26-.LVL10
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2626
	.sleb128 0
	.byte	0
.LVUS32:
	.uleb128 .LVU31
	.uleb128 .LVU35
	.uleb128 .LVU60
	.uleb128 0
.LLST32:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2613
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL19-.LVL10
	.uleb128 .LFE26-.LVL10
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2613
	.sleb128 0
	.byte	0
.LVUS33:
	.uleb128 .LVU31
	.uleb128 .LVU35
	.uleb128 .LVU60
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 0
.LLST33:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.LVL10
	.uleb128 .LVL23-1-.LVL10
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL23-1-.LVL10
	.uleb128 .LVL25-.LVL10
	.uleb128 0x20
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL10
	.uleb128 .LVL26-.LVL10
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL26-.LVL10
	.uleb128 .LFE26-.LVL10
	.uleb128 0x20
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS34:
	.uleb128 .LVU31
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU35
	.uleb128 .LVU60
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 0
.LLST34:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL10
	.uleb128 .LVL24-.LVL10
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL10
	.uleb128 .LVL25-.LVL10
	.uleb128 0xa
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL10
	.uleb128 .LVL26-.LVL10
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL10
	.uleb128 .LVL27-.LVL10
	.uleb128 0x9
	.byte	0x71
	.sleb128 0
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL10
	.uleb128 .LFE26-.LVL10
	.uleb128 0x3b
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x88
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS36:
	.uleb128 .LVU60
	.uleb128 0
.LLST36:
	.byte	0x8
	.8byte	.LVL19
	.uleb128 .LFE26-.LVL19
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2626
	.sleb128 0
	.byte	0
.LVUS37:
	.uleb128 .LVU60
	.uleb128 0
.LLST37:
	.byte	0x8
	.8byte	.LVL19
	.uleb128 .LFE26-.LVL19
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2613
	.sleb128 0
	.byte	0
.LVUS38:
	.uleb128 .LVU60
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 0
.LLST38:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL23-1-.LVL19
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL23-1-.LVL19
	.uleb128 .LVL25-.LVL19
	.uleb128 0x20
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL19
	.uleb128 .LVL26-.LVL19
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL26-.LVL19
	.uleb128 .LFE26-.LVL19
	.uleb128 0x20
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS39:
	.uleb128 .LVU60
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 0
.LLST39:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL24-.LVL19
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL19
	.uleb128 .LVL25-.LVL19
	.uleb128 0xa
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL19
	.uleb128 .LVL26-.LVL19
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL19
	.uleb128 .LVL27-.LVL19
	.uleb128 0x9
	.byte	0x71
	.sleb128 0
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL19
	.uleb128 .LFE26-.LVL19
	.uleb128 0x3b
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x88
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS41:
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST41:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL21-.LVL20
	.uleb128 0x3
	.byte	0x91
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL20
	.uleb128 .LVL23-1-.LVL20
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL23-1-.LVL20
	.uleb128 .LVL23-.LVL20
	.uleb128 0x3
	.byte	0x91
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL20
	.uleb128 .LVL26-.LVL20
	.uleb128 0x3
	.byte	0x91
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS42:
	.uleb128 .LVU64
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST42:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL22-.LVL20
	.uleb128 0x3
	.byte	0x91
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL20
	.uleb128 .LVL23-1-.LVL20
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL23-1-.LVL20
	.uleb128 .LVL23-.LVL20
	.uleb128 0x3
	.byte	0x91
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL20
	.uleb128 .LVL26-.LVL20
	.uleb128 0x3
	.byte	0x91
	.sleb128 -16
	.byte	0x9f
	.byte	0
.LVUS43:
	.uleb128 .LVU64
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST43:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL23-1-.LVL20
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL23-1-.LVL20
	.uleb128 .LVL23-.LVL20
	.uleb128 0x35
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x88
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL20
	.uleb128 .LVL26-.LVL20
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS44:
	.uleb128 .LVU64
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST44:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL23-1-.LVL20
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL23-1-.LVL20
	.uleb128 .LVL23-.LVL20
	.uleb128 0x20
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x87
	.sleb128 0
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL20
	.uleb128 .LVL26-.LVL20
	.uleb128 0x1
	.byte	0x50
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
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
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
.LLRL6:
	.byte	0x5
	.8byte	.LBB24
	.byte	0x4
	.uleb128 .LBB24-.LBB24
	.uleb128 .LBE24-.LBB24
	.byte	0x4
	.uleb128 .LBB60-.LBB24
	.uleb128 .LBE60-.LBB24
.LLRL11:
	.byte	0x5
	.8byte	.LBB61
	.byte	0x4
	.uleb128 .LBB61-.LBB61
	.uleb128 .LBE61-.LBB61
	.byte	0x4
	.uleb128 .LBB62-.LBB61
	.uleb128 .LBE62-.LBB61
	.byte	0x4
	.uleb128 .LBB63-.LBB61
	.uleb128 .LBE63-.LBB61
	.byte	0
.LLRL18:
	.byte	0x5
	.8byte	.LBB28
	.byte	0x4
	.uleb128 .LBB28-.LBB28
	.uleb128 .LBE28-.LBB28
	.byte	0x4
	.uleb128 .LBB50-.LBB28
	.uleb128 .LBE50-.LBB28
	.byte	0x4
	.uleb128 .LBB51-.LBB28
	.uleb128 .LBE51-.LBB28
	.byte	0
.LLRL23:
	.byte	0x5
	.8byte	.LBB30
	.byte	0x4
	.uleb128 .LBB30-.LBB30
	.uleb128 .LBE30-.LBB30
	.byte	0x4
	.uleb128 .LBB47-.LBB30
	.uleb128 .LBE47-.LBB30
	.byte	0
.LLRL30:
	.byte	0x7
	.8byte	.LBB32
	.uleb128 .LBE32-.LBB32
.LLRL35:
	.byte	0x5
	.8byte	.LBB44
	.byte	0x4
	.uleb128 .LBB44-.LBB44
	.uleb128 .LBE44-.LBB44
	.byte	0x4
	.uleb128 .LBB45-.LBB44
	.uleb128 .LBE45-.LBB44
	.byte	0
.LLRL40:
	.byte	0x5
	.8byte	.LBB36
	.byte	0x4
	.uleb128 .LBB36-.LBB36
	.uleb128 .LBE36-.LBB36
	.byte	0x4
	.uleb128 .LBB39-.LBB36
	.uleb128 .LBE39-.LBB36
	.byte	0
.LLRL49:
	.byte	0x5
	.8byte	.LBB96
	.byte	0x4
	.uleb128 .LBB96-.LBB96
	.uleb128 .LBE96-.LBB96
	.byte	0x4
	.uleb128 .LBB180-.LBB96
	.uleb128 .LBE180-.LBB96
	.byte	0x4
	.uleb128 .LBB181-.LBB96
	.uleb128 .LBE181-.LBB96
	.byte	0x4
	.uleb128 .LBB185-.LBB96
	.uleb128 .LBE185-.LBB96
	.byte	0x4
	.uleb128 .LBB187-.LBB96
	.uleb128 .LBE187-.LBB96
	.byte	0
.LLRL51:
	.byte	0x5
	.8byte	.LBB97
	.byte	0x4
	.uleb128 .LBB97-.LBB97
	.uleb128 .LBE97-.LBB97
	.byte	0x4
	.uleb128 .LBB174-.LBB97
	.uleb128 .LBE174-.LBB97
	.byte	0x4
	.uleb128 .LBB175-.LBB97
	.uleb128 .LBE175-.LBB97
	.byte	0x4
	.uleb128 .LBB176-.LBB97
	.uleb128 .LBE176-.LBB97
	.byte	0x4
	.uleb128 .LBB177-.LBB97
	.uleb128 .LBE177-.LBB97
	.byte	0x4
	.uleb128 .LBB178-.LBB97
	.uleb128 .LBE178-.LBB97
	.byte	0x4
	.uleb128 .LBB179-.LBB97
	.uleb128 .LBE179-.LBB97
	.byte	0
.LLRL54:
	.byte	0x5
	.8byte	.LBB98
	.byte	0x4
	.uleb128 .LBB98-.LBB98
	.uleb128 .LBE98-.LBB98
	.byte	0x4
	.uleb128 .LBB169-.LBB98
	.uleb128 .LBE169-.LBB98
	.byte	0
.LLRL58:
	.byte	0x5
	.8byte	.LBB102
	.byte	0x4
	.uleb128 .LBB102-.LBB102
	.uleb128 .LBE102-.LBB102
	.byte	0x4
	.uleb128 .LBB170-.LBB102
	.uleb128 .LBE170-.LBB102
	.byte	0x4
	.uleb128 .LBB171-.LBB102
	.uleb128 .LBE171-.LBB102
	.byte	0x4
	.uleb128 .LBB173-.LBB102
	.uleb128 .LBE173-.LBB102
	.byte	0
.LLRL63:
	.byte	0x5
	.8byte	.LBB104
	.byte	0x4
	.uleb128 .LBB104-.LBB104
	.uleb128 .LBE104-.LBB104
	.byte	0x4
	.uleb128 .LBB160-.LBB104
	.uleb128 .LBE160-.LBB104
	.byte	0x4
	.uleb128 .LBB161-.LBB104
	.uleb128 .LBE161-.LBB104
	.byte	0
.LLRL69:
	.byte	0x5
	.8byte	.LBB106
	.byte	0x4
	.uleb128 .LBB106-.LBB106
	.uleb128 .LBE106-.LBB106
	.byte	0x4
	.uleb128 .LBB155-.LBB106
	.uleb128 .LBE155-.LBB106
	.byte	0x4
	.uleb128 .LBB156-.LBB106
	.uleb128 .LBE156-.LBB106
	.byte	0x4
	.uleb128 .LBB157-.LBB106
	.uleb128 .LBE157-.LBB106
	.byte	0
.LLRL74:
	.byte	0x5
	.8byte	.LBB108
	.byte	0x4
	.uleb128 .LBB108-.LBB108
	.uleb128 .LBE108-.LBB108
	.byte	0x4
	.uleb128 .LBB150-.LBB108
	.uleb128 .LBE150-.LBB108
	.byte	0x4
	.uleb128 .LBB151-.LBB108
	.uleb128 .LBE151-.LBB108
	.byte	0
.LLRL81:
	.byte	0x5
	.8byte	.LBB110
	.byte	0x4
	.uleb128 .LBB110-.LBB110
	.uleb128 .LBE110-.LBB110
	.byte	0x4
	.uleb128 .LBB146-.LBB110
	.uleb128 .LBE146-.LBB110
	.byte	0x4
	.uleb128 .LBB147-.LBB110
	.uleb128 .LBE147-.LBB110
	.byte	0
.LLRL86:
	.byte	0x5
	.8byte	.LBB112
	.byte	0x4
	.uleb128 .LBB112-.LBB112
	.uleb128 .LBE112-.LBB112
	.byte	0x4
	.uleb128 .LBB142-.LBB112
	.uleb128 .LBE142-.LBB112
	.byte	0x4
	.uleb128 .LBB143-.LBB112
	.uleb128 .LBE143-.LBB112
	.byte	0
.LLRL93:
	.byte	0x5
	.8byte	.LBB114
	.byte	0x4
	.uleb128 .LBB114-.LBB114
	.uleb128 .LBE114-.LBB114
	.byte	0x4
	.uleb128 .LBB137-.LBB114
	.uleb128 .LBE137-.LBB114
.LLRL98:
	.byte	0x5
	.8byte	.LBB138
	.byte	0x4
	.uleb128 .LBB138-.LBB138
	.uleb128 .LBE138-.LBB138
	.byte	0x4
	.uleb128 .LBB139-.LBB138
	.uleb128 .LBE139-.LBB138
	.byte	0
.LLRL105:
	.byte	0x7
	.8byte	.LBB118
	.uleb128 .LBE118-.LBB118
.LLRL110:
	.byte	0x5
	.8byte	.LBB130
	.byte	0x4
	.uleb128 .LBB130-.LBB130
	.uleb128 .LBE130-.LBB130
	.byte	0x4
	.uleb128 .LBB131-.LBB130
	.uleb128 .LBE131-.LBB130
	.byte	0
.LLRL115:
	.byte	0x5
	.8byte	.LBB122
	.byte	0x4
	.uleb128 .LBB122-.LBB122
	.uleb128 .LBE122-.LBB122
	.byte	0x4
	.uleb128 .LBB125-.LBB122
	.uleb128 .LBE125-.LBB122
	.byte	0
.LLRL120:
	.byte	0x5
	.8byte	.LBB165
	.byte	0x4
	.uleb128 .LBB165-.LBB165
	.uleb128 .LBE165-.LBB165
	.byte	0x4
	.uleb128 .LBB172-.LBB165
	.uleb128 .LBE172-.LBB165
	.byte	0
.LLRL124:
	.byte	0x5
	.8byte	.LBB182
	.byte	0x4
	.uleb128 .LBB182-.LBB182
	.uleb128 .LBE182-.LBB182
	.byte	0x4
	.uleb128 .LBB186-.LBB182
	.uleb128 .LBE186-.LBB182
	.byte	0
.LLRL129:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB24
	.uleb128 .LFE24-.LFB24
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"pairs"
.LASF3:
	.string	"unsigned char"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF17:
	.string	"dummy"
.LASF13:
	.string	"strtoul"
.LASF2:
	.string	"long unsigned int"
.LASF20:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF18:
	.string	"ext_gcd"
.LASF14:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF9:
	.string	"char"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/gcd_lcm.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
