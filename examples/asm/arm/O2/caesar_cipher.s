	.arch armv8-a
	.file	"caesar_cipher.c"
	.text
.Ltext0:
	.file 0 "." "programs/caesar_cipher.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"lemon"
	.align	3
.LC1:
	.string	"caesar:   %s"
	.align	3
.LC2:
	.string	"vigenere: %s"
	.align	3
.LC3:
	.string	"hash %08x\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL0:
.LFB23:
	.file 1 "programs/caesar_cipher.c"
	.loc 1 16 1 view -0
	.cfi_startproc
	.loc 1 17 5 view .LVU1
	.loc 1 16 1 is_stmt 0 view .LVU2
	sub	sp, sp, #896
	.cfi_def_cfa_offset 896
	stp	x29, x30, [sp]
	.cfi_offset 29, -896
	.cfi_offset 30, -888
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 19, -880
	.cfi_offset 20, -872
	.cfi_offset 21, -864
	.cfi_offset 22, -856
	.cfi_offset 23, -848
	.cfi_offset 24, -840
	.cfi_offset 25, -832
	.cfi_offset 26, -824
	.cfi_offset 27, -816
	.cfi_offset 28, -808
	.loc 1 17 47 view .LVU3
	cmp	w0, 1
	bgt	.L25
	.loc 1 18 42 view .LVU4
	adrp	x19, .LC0
	add	x19, x19, :lo12:.LC0
	.loc 1 17 47 view .LVU5
	mov	w27, 3
.LVL1:
.L2:
	.loc 1 19 5 is_stmt 1 discriminator 4 view .LVU6
	.loc 1 19 19 is_stmt 0 discriminator 4 view .LVU7
	mov	x0, x19
	bl	strlen
.LVL2:
	.loc 1 21 14 discriminator 4 view .LVU8
	mov	w22, 40389
	.loc 1 19 19 discriminator 4 view .LVU9
	mov	x26, x0
.LVL3:
	.loc 1 20 5 is_stmt 1 discriminator 4 view .LVU10
	.loc 1 21 5 discriminator 4 view .LVU11
	.loc 1 22 5 discriminator 4 view .LVU12
.LBB26:
.LBB27:
.LBB28:
.LBB29:
.LBB30:
.LBB31:
.LBB32:
	.loc 1 11 48 is_stmt 0 discriminator 4 view .LVU13
	mov	w24, 60495
.LBE32:
.LBE31:
.LBE30:
.LBE29:
	.loc 1 32 18 discriminator 4 view .LVU14
	mov	w28, 403
	adrp	x0, :got:stdin
	ldr	x0, [x0, :got_lo12:stdin]
.LVL4:
	.loc 1 32 18 discriminator 4 view .LVU15
	add	x25, sp, 128
.LBE28:
.LBE27:
.LBE26:
	.loc 1 21 14 discriminator 4 view .LVU16
	movk	w22, 0x811c, lsl 16
.LVL5:
.LBB93:
.LBB80:
.LBB73:
.LBB50:
.LBB41:
.LBB37:
.LBB33:
	.loc 1 11 48 discriminator 4 view .LVU17
	movk	w24, 0x4ec4, lsl 16
	mov	w23, 26
.LBE33:
.LBE37:
.LBE41:
.LBE50:
	.loc 1 32 18 discriminator 4 view .LVU18
	movk	w28, 0x100, lsl 16
	str	x0, [sp, 120]
	.p2align 3,,7
.L3:
.LVL6:
	.loc 1 32 18 discriminator 4 view .LVU19
.LBE73:
.LBE80:
.LBE93:
	.loc 1 22 12 is_stmt 1 view .LVU20
	ldr	x0, [sp, 120]
	mov	w1, 256
	ldr	x2, [x0]
	mov	x0, x25
	bl	fgets
.LVL7:
	cbz	x0, .L26
.LBB94:
	.loc 1 23 9 view .LVU21
	.loc 1 24 9 view .LVU22
	add	x20, sp, 384
	.loc 1 24 20 is_stmt 0 view .LVU23
	mov	x0, x25
	bl	strlen
.LVL8:
	mov	x21, x20
	mov	x5, x0
.LVL9:
	.loc 1 25 9 is_stmt 1 view .LVU24
.LBB81:
	.loc 1 25 14 view .LVU25
	.loc 1 25 30 view .LVU26
	add	x8, x0, 2
.LBE81:
	.loc 1 24 20 is_stmt 0 view .LVU27
	mov	x6, x20
	add	x4, sp, 640
	mov	x3, 1
	.loc 1 24 34 view .LVU28
	mov	x7, 0
	b	.L8
.LVL10:
	.p2align 2,,3
.L4:
.LBB82:
.LBB74:
.LBB51:
.LBB42:
	.loc 1 10 8 view .LVU29
	cmp	w11, 25
	bls	.L27
.LBE42:
.LBE51:
	.loc 1 26 20 view .LVU30
	strb	w1, [x6]
	.loc 1 27 13 is_stmt 1 view .LVU31
.LVL11:
	.loc 1 28 13 view .LVU32
	.loc 1 31 17 view .LVU33
.L7:
	.loc 1 29 24 is_stmt 0 discriminator 2 view .LVU34
	add	x0, x4, x3
	.loc 1 32 26 discriminator 2 view .LVU35
	eor	w22, w1, w22
.LVL12:
	.loc 1 32 26 discriminator 2 view .LVU36
.LBE74:
	.loc 1 25 30 discriminator 2 view .LVU37
	add	x3, x3, 1
.LVL13:
	.loc 1 25 30 discriminator 2 view .LVU38
	add	x6, x6, 1
.LBB75:
	.loc 1 29 24 discriminator 2 view .LVU39
	strb	w1, [x0, -1]
.LVL14:
	.loc 1 32 13 is_stmt 1 discriminator 2 view .LVU40
	.loc 1 32 18 is_stmt 0 discriminator 2 view .LVU41
	mul	w22, w22, w28
.LVL15:
	.loc 1 32 18 discriminator 2 view .LVU42
.LBE75:
	.loc 1 25 37 is_stmt 1 discriminator 2 view .LVU43
	.loc 1 25 30 discriminator 2 view .LVU44
	cmp	x8, x3
	beq	.L28
.LVL16:
.L8:
.LBB76:
	.loc 1 26 13 view .LVU45
.LBB52:
.LBB43:
	.loc 1 10 5 view .LVU46
.LBE43:
.LBE52:
	.loc 1 26 22 is_stmt 0 view .LVU47
	add	x0, x25, x3
	ldrb	w1, [x0, -1]
.LVL17:
.LBB53:
.LBI29:
	.loc 1 6 13 is_stmt 1 view .LVU48
.LBB44:
	.loc 1 8 5 view .LVU49
	.loc 1 8 18 is_stmt 0 view .LVU50
	sub	w0, w1, #97
	.loc 1 10 18 view .LVU51
	sub	w9, w1, #65
	.loc 1 8 8 view .LVU52
	and	w10, w0, 255
	.loc 1 10 8 view .LVU53
	and	w11, w9, 255
	.loc 1 8 8 view .LVU54
	cmp	w10, 25
	bhi	.L4
	.loc 1 9 9 is_stmt 1 view .LVU55
.LVL18:
	.loc 1 9 38 is_stmt 0 view .LVU56
	add	w9, w27, w0
.LBE44:
.LBE53:
.LBE76:
	.loc 1 25 30 view .LVU57
	add	x6, x6, 1
.LBB77:
	.loc 1 29 49 view .LVU58
	udiv	x10, x7, x26
.LBB54:
.LBB45:
	.loc 1 9 42 view .LVU59
	add	w9, w9, 26
	.loc 1 9 48 view .LVU60
	umull	x1, w9, w24
.LBE45:
.LBE54:
	.loc 1 29 49 view .LVU61
	msub	x10, x10, x26, x7
	.loc 1 29 43 view .LVU62
	add	x7, x7, 1
.LVL19:
.LBB55:
.LBB46:
	.loc 1 9 48 view .LVU63
	lsr	x1, x1, 35
	msub	w1, w1, w23, w9
	.loc 1 9 16 view .LVU64
	add	w1, w1, 97
.LBE46:
.LBE55:
	.loc 1 26 20 view .LVU65
	strb	w1, [x6, -1]
	.loc 1 27 13 is_stmt 1 view .LVU66
.LVL20:
	.loc 1 28 13 view .LVU67
	.loc 1 29 17 view .LVU68
.LBB56:
.LBI56:
	.loc 1 6 13 view .LVU69
.LBB57:
	.loc 1 8 5 view .LVU70
	.loc 1 9 9 view .LVU71
.LBE57:
.LBE56:
	.loc 1 29 43 is_stmt 0 view .LVU72
	ldrb	w1, [x19, x10]
.LBB66:
.LBB62:
	.loc 1 9 38 view .LVU73
	add	w0, w0, w1
.LVL21:
	.loc 1 9 42 view .LVU74
	sub	w0, w0, #71
	.loc 1 9 48 view .LVU75
	smull	x1, w0, w24
	asr	x1, x1, 35
	sub	w1, w1, w0, asr 31
	msub	w1, w1, w23, w0
.LBE62:
.LBE66:
	.loc 1 29 24 view .LVU76
	add	x0, x4, x3
.LBE77:
	.loc 1 25 30 view .LVU77
	add	x3, x3, 1
.LVL22:
.LBB78:
.LBB67:
.LBB63:
	.loc 1 9 16 view .LVU78
	add	w1, w1, 97
.LVL23:
	.loc 1 9 16 view .LVU79
	and	w1, w1, 255
	.loc 1 9 16 view .LVU80
.LBE63:
.LBE67:
	.loc 1 29 24 view .LVU81
	strb	w1, [x0, -1]
.LVL24:
	.loc 1 32 13 is_stmt 1 view .LVU82
	.loc 1 32 26 is_stmt 0 view .LVU83
	eor	w22, w1, w22
.LVL25:
	.loc 1 32 18 view .LVU84
	mul	w22, w22, w28
.LVL26:
	.loc 1 32 18 view .LVU85
.LBE78:
	.loc 1 25 37 is_stmt 1 view .LVU86
	.loc 1 25 30 view .LVU87
	cmp	x8, x3
	bne	.L8
.LVL27:
.L28:
	.loc 1 25 30 is_stmt 0 view .LVU88
.LBE82:
	.loc 1 34 9 is_stmt 1 view .LVU89
	mov	x1, x20
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	stp	x5, x4, [sp, 104]
	bl	printf
.LVL28:
	.loc 1 35 9 view .LVU90
	ldr	x4, [sp, 112]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	mov	x1, x4
	bl	printf
.LVL29:
	.loc 1 36 9 view .LVU91
.LBB83:
	.loc 1 36 14 view .LVU92
	.loc 1 36 30 view .LVU93
	ldr	x5, [sp, 104]
	add	x6, x20, x5
	cbnz	x5, .L14
	.loc 1 36 30 is_stmt 0 view .LVU94
	b	.L15
.LVL30:
	.p2align 2,,3
.L12:
.LBB84:
.LBB85:
	.loc 1 10 8 view .LVU95
	cmp	w5, 25
	bhi	.L13
.LVL31:
.LBB86:
.LBI86:
	.loc 1 6 13 is_stmt 1 view .LVU96
.LBB87:
	.loc 1 11 9 view .LVU97
	.loc 1 11 42 is_stmt 0 view .LVU98
	sub	w3, w3, w27
	add	w3, w3, 26
	.loc 1 11 48 view .LVU99
	umull	x1, w3, w24
.LVL32:
	.loc 1 11 48 view .LVU100
	lsr	x1, x1, 35
	msub	w1, w1, w23, w3
	.loc 1 11 16 view .LVU101
	add	w1, w1, 65
.LVL33:
	.loc 1 11 16 view .LVU102
	and	w1, w1, 255
.LVL34:
.L13:
	.loc 1 11 16 view .LVU103
.LBE87:
.LBE86:
.LBE85:
.LBE84:
	.loc 1 37 20 view .LVU104
	strb	w1, [x21], 1
.LVL35:
	.loc 1 36 36 is_stmt 1 view .LVU105
	.loc 1 36 30 view .LVU106
	cmp	x6, x21
	beq	.L15
.LVL36:
.L14:
	.loc 1 37 13 view .LVU107
.LBB90:
.LBB88:
	.loc 1 10 5 view .LVU108
.LBE88:
.LBE90:
	.loc 1 37 22 is_stmt 0 view .LVU109
	ldrb	w1, [x21]
.LVL37:
.LBB91:
.LBI84:
	.loc 1 6 13 is_stmt 1 view .LVU110
.LBB89:
	.loc 1 8 5 view .LVU111
	.loc 1 8 18 is_stmt 0 view .LVU112
	sub	w0, w1, #97
	.loc 1 10 18 view .LVU113
	sub	w3, w1, #65
	.loc 1 8 8 view .LVU114
	and	w4, w0, 255
	.loc 1 10 8 view .LVU115
	and	w5, w3, 255
	.loc 1 8 8 view .LVU116
	cmp	w4, 25
	bhi	.L12
	.loc 1 9 9 is_stmt 1 view .LVU117
	.loc 1 9 42 is_stmt 0 view .LVU118
	sub	w0, w0, w27
	add	w0, w0, 26
	.loc 1 9 48 view .LVU119
	umull	x1, w0, w24
.LVL38:
	.loc 1 9 48 view .LVU120
	lsr	x1, x1, 35
	msub	w1, w1, w23, w0
	.loc 1 9 16 view .LVU121
	add	w1, w1, 97
.LVL39:
	.loc 1 9 16 view .LVU122
	and	w1, w1, 255
.LVL40:
	.loc 1 9 16 view .LVU123
.LBE89:
.LBE91:
	.loc 1 37 20 view .LVU124
	strb	w1, [x21], 1
.LVL41:
	.loc 1 36 36 is_stmt 1 view .LVU125
	.loc 1 36 30 view .LVU126
	cmp	x6, x21
	bne	.L14
.LVL42:
.L15:
	.loc 1 36 30 is_stmt 0 view .LVU127
.LBE83:
	.loc 1 38 9 is_stmt 1 view .LVU128
	.loc 1 38 13 is_stmt 0 view .LVU129
	mov	x0, x20
	mov	x1, x25
	bl	strcmp
.LVL43:
	.loc 1 38 12 view .LVU130
	cbz	w0, .L3
	.loc 1 39 13 is_stmt 1 view .LVU131
	.loc 1 39 20 is_stmt 0 view .LVU132
	mov	w0, 1
	b	.L1
.LVL44:
	.p2align 2,,3
.L27:
.LBB92:
.LBB79:
.LBB68:
.LBB47:
.LBB38:
.LBI31:
	.loc 1 6 13 is_stmt 1 view .LVU133
.LBB34:
	.loc 1 11 9 view .LVU134
	.loc 1 11 9 is_stmt 0 view .LVU135
.LBE34:
.LBE38:
.LBE47:
.LBE68:
	.loc 1 29 49 view .LVU136
	udiv	x10, x7, x26
.LBB69:
.LBB48:
.LBB39:
.LBB35:
	.loc 1 11 38 view .LVU137
	add	w1, w27, w9
	.loc 1 11 42 view .LVU138
	add	w1, w1, 26
	.loc 1 11 48 view .LVU139
	umull	x0, w1, w24
.LBE35:
.LBE39:
.LBE48:
.LBE69:
	.loc 1 29 49 view .LVU140
	msub	x10, x10, x26, x7
	.loc 1 29 43 view .LVU141
	add	x7, x7, 1
.LVL45:
.LBB70:
.LBB49:
.LBB40:
.LBB36:
	.loc 1 11 48 view .LVU142
	lsr	x0, x0, 35
	msub	w0, w0, w23, w1
	.loc 1 11 16 view .LVU143
	add	w0, w0, 65
.LBE36:
.LBE40:
.LBE49:
.LBE70:
	.loc 1 26 20 view .LVU144
	strb	w0, [x6]
	.loc 1 27 13 is_stmt 1 view .LVU145
.LVL46:
	.loc 1 28 13 view .LVU146
	.loc 1 29 17 view .LVU147
.LBB71:
	.loc 1 6 13 view .LVU148
.LBB64:
	.loc 1 8 5 view .LVU149
.LBB58:
.LBI58:
	.loc 1 6 13 view .LVU150
.LBB59:
	.loc 1 11 9 view .LVU151
.LBE59:
.LBE58:
.LBE64:
.LBE71:
	.loc 1 29 43 is_stmt 0 view .LVU152
	ldrb	w0, [x19, x10]
.LBB72:
.LBB65:
.LBB61:
.LBB60:
	.loc 1 11 38 view .LVU153
	add	w9, w9, w0
.LVL47:
	.loc 1 11 42 view .LVU154
	sub	w9, w9, #71
	.loc 1 11 48 view .LVU155
	smull	x1, w9, w24
	asr	x1, x1, 35
	sub	w1, w1, w9, asr 31
	msub	w1, w1, w23, w9
	.loc 1 11 16 view .LVU156
	add	w1, w1, 65
.LVL48:
	.loc 1 11 16 view .LVU157
	and	w1, w1, 255
.LVL49:
	.loc 1 11 16 view .LVU158
	b	.L7
.LVL50:
.L26:
	.loc 1 11 16 view .LVU159
.LBE60:
.LBE61:
.LBE65:
.LBE72:
.LBE79:
.LBE92:
.LBE94:
	.loc 1 41 5 is_stmt 1 view .LVU160
	mov	w1, w22
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL51:
	.loc 1 42 5 view .LVU161
	.loc 1 42 12 is_stmt 0 view .LVU162
	mov	w0, 0
.L1:
	.loc 1 43 1 view .LVU163
	ldp	x29, x30, [sp]
	ldp	x19, x20, [sp, 16]
.LVL52:
	.loc 1 43 1 view .LVU164
	ldp	x21, x22, [sp, 32]
.LVL53:
	.loc 1 43 1 view .LVU165
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
.LVL54:
	.loc 1 43 1 view .LVU166
	ldp	x27, x28, [sp, 80]
	add	sp, sp, 896
	.cfi_remember_state
	.cfi_restore 29
	.cfi_restore 30
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
.LVL55:
.L25:
	.cfi_restore_state
	.loc 1 43 1 view .LVU167
	mov	x20, x1
.LVL56:
.LBB95:
.LBI95:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU168
.LBB96:
	.loc 2 364 3 discriminator 1 view .LVU169
	mov	w19, w0
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU170
	mov	x1, 0
.LVL57:
	.loc 2 364 16 discriminator 1 view .LVU171
	mov	w2, 10
	ldr	x0, [x20, 8]
.LVL58:
	.loc 2 364 16 discriminator 1 view .LVU172
	bl	strtol
.LVL59:
	.loc 2 364 16 discriminator 1 view .LVU173
.LBE96:
.LBE95:
	.loc 1 17 47 discriminator 1 view .LVU174
	mov	w1, 26
	sdiv	w27, w0, w1
	msub	w27, w27, w1, w0
.LVL60:
	.loc 1 18 5 is_stmt 1 discriminator 1 view .LVU175
	.loc 1 18 42 is_stmt 0 discriminator 1 view .LVU176
	cmp	w19, 2
	beq	.L19
	.loc 1 18 42 discriminator 1 view .LVU177
	ldr	x19, [x20, 16]
.LVL61:
	.loc 1 18 42 discriminator 1 view .LVU178
	b	.L2
.LVL62:
.L19:
	.loc 1 18 42 view .LVU179
	adrp	x19, .LC0
.LVL63:
	.loc 1 18 42 view .LVU180
	add	x19, x19, :lo12:.LC0
	b	.L2
	.cfi_endproc
.LFE23:
	.size	main, .-main
	.text
.Letext0:
	.file 3 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 8 "/usr/aarch64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x6f4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x18
	.4byte	.LASF61
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL30
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x9
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x19
	.byte	0x8
	.uleb128 0x1a
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
	.4byte	.LASF10
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x69
	.uleb128 0x9
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x69
	.uleb128 0x6
	.4byte	0x92
	.uleb128 0xa
	.4byte	0x88
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x1b
	.4byte	0x92
	.uleb128 0x1c
	.4byte	.LASF62
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x208
	.uleb128 0x1
	.4byte	.LASF13
	.byte	0x33
	.byte	0x7
	.4byte	0x3f
	.byte	0
	.uleb128 0x1
	.4byte	.LASF14
	.byte	0x36
	.byte	0x9
	.4byte	0x88
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF15
	.byte	0x37
	.byte	0x9
	.4byte	0x88
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x38
	.byte	0x9
	.4byte	0x88
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x39
	.byte	0x9
	.4byte	0x88
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x3a
	.byte	0x9
	.4byte	0x88
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x3b
	.byte	0x9
	.4byte	0x88
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x3c
	.byte	0x9
	.4byte	0x88
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x3d
	.byte	0x9
	.4byte	0x88
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF22
	.byte	0x40
	.byte	0x9
	.4byte	0x88
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF23
	.byte	0x41
	.byte	0x9
	.4byte	0x88
	.byte	0x50
	.uleb128 0x1
	.4byte	.LASF24
	.byte	0x42
	.byte	0x9
	.4byte	0x88
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF25
	.byte	0x44
	.byte	0x16
	.4byte	0x221
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x226
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF27
	.byte	0x48
	.byte	0x7
	.4byte	0x3f
	.byte	0x70
	.uleb128 0x1
	.4byte	.LASF28
	.byte	0x49
	.byte	0x7
	.4byte	0x3f
	.byte	0x74
	.uleb128 0x1
	.4byte	.LASF29
	.byte	0x4a
	.byte	0xb
	.4byte	0x70
	.byte	0x78
	.uleb128 0x1
	.4byte	.LASF30
	.byte	0x4d
	.byte	0x12
	.4byte	0x4d
	.byte	0x80
	.uleb128 0x1
	.4byte	.LASF31
	.byte	0x4e
	.byte	0xf
	.4byte	0x5b
	.byte	0x82
	.uleb128 0x1
	.4byte	.LASF32
	.byte	0x4f
	.byte	0x8
	.4byte	0x22b
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x23b
	.byte	0x88
	.uleb128 0x1
	.4byte	.LASF34
	.byte	0x59
	.byte	0xd
	.4byte	0x7c
	.byte	0x90
	.uleb128 0x1
	.4byte	.LASF35
	.byte	0x5b
	.byte	0x17
	.4byte	0x245
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24f
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x226
	.byte	0xa8
	.uleb128 0x1
	.4byte	.LASF38
	.byte	0x5e
	.byte	0x9
	.4byte	0x3d
	.byte	0xb0
	.uleb128 0x1
	.4byte	.LASF39
	.byte	0x5f
	.byte	0xa
	.4byte	0x2a
	.byte	0xb8
	.uleb128 0x1
	.4byte	.LASF40
	.byte	0x60
	.byte	0x7
	.4byte	0x3f
	.byte	0xc0
	.uleb128 0x1
	.4byte	.LASF41
	.byte	0x62
	.byte	0x8
	.4byte	0x254
	.byte	0xc4
	.byte	0
	.uleb128 0x9
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x9e
	.uleb128 0x1d
	.4byte	.LASF63
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.uleb128 0xc
	.4byte	.LASF43
	.uleb128 0x6
	.4byte	0x21c
	.uleb128 0x6
	.4byte	0x9e
	.uleb128 0xd
	.4byte	0x92
	.4byte	0x23b
	.uleb128 0xe
	.4byte	0x36
	.byte	0
	.byte	0
	.uleb128 0x6
	.4byte	0x214
	.uleb128 0xc
	.4byte	.LASF44
	.uleb128 0x6
	.4byte	0x240
	.uleb128 0xc
	.4byte	.LASF45
	.uleb128 0x6
	.4byte	0x24a
	.uleb128 0xd
	.4byte	0x92
	.4byte	0x264
	.uleb128 0xe
	.4byte	0x36
	.byte	0x13
	.byte	0
	.uleb128 0x1e
	.4byte	.LASF55
	.byte	0x7
	.byte	0x8f
	.byte	0xe
	.4byte	0x270
	.uleb128 0x6
	.4byte	0x208
	.uleb128 0xa
	.4byte	0x270
	.uleb128 0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF46
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF47
	.uleb128 0x6
	.4byte	0x99
	.uleb128 0xa
	.4byte	0x288
	.uleb128 0x12
	.4byte	.LASF48
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x69
	.4byte	0x2b2
	.uleb128 0x5
	.4byte	0x28d
	.uleb128 0x5
	.4byte	0x2b7
	.uleb128 0x5
	.4byte	0x3f
	.byte	0
	.uleb128 0x6
	.4byte	0x88
	.uleb128 0xa
	.4byte	0x2b2
	.uleb128 0xf
	.4byte	.LASF49
	.byte	0x7
	.2byte	0x250
	.byte	0xe
	.4byte	0x88
	.4byte	0x2dd
	.uleb128 0x5
	.4byte	0x8d
	.uleb128 0x5
	.4byte	0x3f
	.uleb128 0x5
	.4byte	0x275
	.byte	0
	.uleb128 0x12
	.4byte	.LASF50
	.byte	0x8
	.byte	0x9c
	.byte	0xc
	.4byte	0x3f
	.4byte	0x2f8
	.uleb128 0x5
	.4byte	0x288
	.uleb128 0x5
	.4byte	0x288
	.byte	0
	.uleb128 0xf
	.4byte	.LASF51
	.byte	0x7
	.2byte	0x164
	.byte	0xc
	.4byte	0x3f
	.4byte	0x310
	.uleb128 0x5
	.4byte	0x288
	.uleb128 0x1f
	.byte	0
	.uleb128 0xf
	.4byte	.LASF52
	.byte	0x8
	.2byte	0x197
	.byte	0xf
	.4byte	0x2a
	.4byte	0x327
	.uleb128 0x5
	.4byte	0x288
	.byte	0
	.uleb128 0x20
	.4byte	.LASF64
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x3f
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x6a9
	.uleb128 0x13
	.4byte	.LASF53
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x13
	.4byte	.LASF54
	.byte	0x1b
	.4byte	0x2b2
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x10
	.4byte	.LASF56
	.byte	0x11
	.byte	0x9
	.4byte	0x3f
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x7
	.string	"key"
	.byte	0x12
	.byte	0x11
	.4byte	0x288
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x10
	.4byte	.LASF57
	.byte	0x13
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x21
	.4byte	.LASF59
	.byte	0x1
	.byte	0x14
	.byte	0xa
	.4byte	0x6a9
	.uleb128 0x3
	.byte	0x91
	.sleb128 -768
	.uleb128 0x10
	.4byte	.LASF58
	.byte	0x15
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x14
	.4byte	.LLRL6
	.4byte	0x605
	.uleb128 0x15
	.string	"enc"
	.byte	0xe
	.4byte	0x6a9
	.uleb128 0x3
	.byte	0x91
	.sleb128 -512
	.uleb128 0x15
	.string	"vig"
	.byte	0x18
	.4byte	0x6a9
	.uleb128 0x3
	.byte	0x91
	.sleb128 -256
	.uleb128 0x7
	.string	"n"
	.byte	0x18
	.byte	0x10
	.4byte	0x2a
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x7
	.string	"ki"
	.byte	0x18
	.byte	0x22
	.4byte	0x2a
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x14
	.4byte	.LLRL9
	.4byte	0x4f4
	.uleb128 0x7
	.string	"i"
	.byte	0x19
	.byte	0x15
	.4byte	0x2a
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x22
	.4byte	.LLRL11
	.uleb128 0x7
	.string	"c"
	.byte	0x1b
	.byte	0x12
	.4byte	0x92
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x23
	.4byte	0x6b9
	.8byte	.LBI29
	.byte	.LVU48
	.4byte	.LLRL13
	.byte	0x1
	.byte	0x1a
	.byte	0x16
	.4byte	0x4a4
	.uleb128 0x3
	.4byte	0x6d2
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x3
	.4byte	0x6ca
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xb
	.4byte	0x6b9
	.8byte	.LBI31
	.byte	.LVU133
	.4byte	.LLRL16
	.byte	0x6
	.byte	0xd
	.uleb128 0x3
	.4byte	0x6d2
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x3
	.4byte	0x6ca
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x6b9
	.8byte	.LBI56
	.byte	.LVU69
	.4byte	.LLRL19
	.byte	0x1d
	.byte	0x1a
	.uleb128 0x16
	.4byte	0x6d2
	.uleb128 0x3
	.4byte	0x6ca
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0xb
	.4byte	0x6b9
	.8byte	.LBI58
	.byte	.LVU150
	.4byte	.LLRL21
	.byte	0x6
	.byte	0xd
	.uleb128 0x16
	.4byte	0x6d2
	.uleb128 0x3
	.4byte	0x6ca
	.4byte	.LLST22
	.4byte	.LVUS22
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x24
	.8byte	.LBB83
	.8byte	.LBE83-.LBB83
	.4byte	0x586
	.uleb128 0x7
	.string	"i"
	.byte	0x24
	.byte	0x15
	.4byte	0x2a
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0xb
	.4byte	0x6b9
	.8byte	.LBI84
	.byte	.LVU110
	.4byte	.LLRL24
	.byte	0x25
	.byte	0x16
	.uleb128 0x3
	.4byte	0x6d2
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0x3
	.4byte	0x6ca
	.4byte	.LLST26
	.4byte	.LVUS26
	.uleb128 0x25
	.4byte	0x6b9
	.8byte	.LBI86
	.byte	.LVU96
	.8byte	.LBB86
	.8byte	.LBE86-.LBB86
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.uleb128 0x3
	.4byte	0x6d2
	.4byte	.LLST27
	.4byte	.LVUS27
	.uleb128 0x3
	.4byte	0x6ca
	.4byte	.LLST28
	.4byte	.LVUS28
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL8
	.4byte	0x310
	.4byte	0x59e
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL28
	.4byte	0x2f8
	.4byte	0x5c3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL29
	.4byte	0x2f8
	.4byte	0x5ea
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x91
	.sleb128 -784
	.byte	0x6
	.byte	0
	.uleb128 0x11
	.8byte	.LVL43
	.4byte	0x2dd
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
	.byte	0x89
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x26
	.4byte	0x6db
	.8byte	.LBI95
	.byte	.LVU168
	.8byte	.LBB95
	.8byte	.LBE95-.LBB95
	.byte	0x1
	.byte	0x11
	.byte	0x1c
	.4byte	0x650
	.uleb128 0x3
	.4byte	0x6e9
	.4byte	.LLST29
	.4byte	.LVUS29
	.uleb128 0x11
	.8byte	.LVL59
	.4byte	0x292
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
	.uleb128 0x8
	.8byte	.LVL2
	.4byte	0x310
	.4byte	0x668
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL7
	.4byte	0x2bc
	.4byte	0x687
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa
	.2byte	0x100
	.byte	0
	.uleb128 0x11
	.8byte	.LVL51
	.4byte	0x2f8
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	0x92
	.4byte	0x6b9
	.uleb128 0xe
	.4byte	0x36
	.byte	0xff
	.byte	0
	.uleb128 0x27
	.4byte	.LASF65
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x92
	.byte	0x1
	.4byte	0x6db
	.uleb128 0x17
	.string	"c"
	.byte	0x1d
	.4byte	0x92
	.uleb128 0x17
	.string	"k"
	.byte	0x24
	.4byte	0x3f
	.byte	0
	.uleb128 0x28
	.4byte	.LASF66
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x3f
	.byte	0x3
	.uleb128 0x29
	.4byte	.LASF60
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x288
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 5
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 23
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 6
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
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
	.uleb128 0x22
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x23
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
	.uleb128 0x24
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
	.uleb128 0x25
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
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x27
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
	.uleb128 0x28
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
	.byte	0
	.byte	0
	.uleb128 0x29
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
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU167
	.uleb128 .LVU167
	.uleb128 .LVU172
	.uleb128 .LVU172
	.uleb128 .LVU178
	.uleb128 .LVU178
	.uleb128 .LVU179
	.uleb128 .LVU179
	.uleb128 .LVU180
	.uleb128 .LVU180
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
	.uleb128 .LVL55-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.LVL0
	.uleb128 .LVL58-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL58-.LVL0
	.uleb128 .LVL61-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL61-.LVL0
	.uleb128 .LVL62-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL62-.LVL0
	.uleb128 .LVL63-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL63-.LVL0
	.uleb128 .LFE23-.LVL0
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
	.uleb128 .LVU167
	.uleb128 .LVU167
	.uleb128 .LVU171
	.uleb128 .LVU171
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL55-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.LVL0
	.uleb128 .LVL57-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL57-.LVL0
	.uleb128 .LFE23-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS2:
	.uleb128 .LVU175
	.uleb128 0
.LLST2:
	.byte	0x8
	.8byte	.LVL60
	.uleb128 .LFE23-.LVL60
	.uleb128 0x1
	.byte	0x6b
	.byte	0
.LVUS3:
	.uleb128 .LVU6
	.uleb128 .LVU164
.LLST3:
	.byte	0x8
	.8byte	.LVL1
	.uleb128 .LVL52-.LVL1
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS4:
	.uleb128 .LVU10
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU166
.LLST4:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL54-.LVL3
	.uleb128 0x1
	.byte	0x6a
	.byte	0
.LVUS5:
	.uleb128 .LVU12
	.uleb128 .LVU17
	.uleb128 .LVU19
	.uleb128 .LVU36
	.uleb128 .LVU42
	.uleb128 .LVU84
	.uleb128 .LVU85
	.uleb128 .LVU165
.LLST5:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0x6
	.byte	0x9e
	.uleb128 0x4
	.4byte	0x811c9dc5
	.byte	0x4
	.uleb128 .LVL6-.LVL3
	.uleb128 .LVL12-.LVL3
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL15-.LVL3
	.uleb128 .LVL25-.LVL3
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL26-.LVL3
	.uleb128 .LVL53-.LVL3
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS7:
	.uleb128 .LVU24
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 .LVU133
	.uleb128 .LVU133
	.uleb128 .LVU159
.LLST7:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL10-.LVL9
	.uleb128 .LVL28-1-.LVL9
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL28-1-.LVL9
	.uleb128 .LVL44-.LVL9
	.uleb128 0x3
	.byte	0x91
	.sleb128 -792
	.byte	0x4
	.uleb128 .LVL44-.LVL9
	.uleb128 .LVL50-.LVL9
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS8:
	.uleb128 .LVU24
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU34
	.uleb128 .LVU40
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU69
	.uleb128 .LVU82
	.uleb128 .LVU90
	.uleb128 .LVU133
	.uleb128 .LVU142
	.uleb128 .LVU142
	.uleb128 .LVU148
.LLST8:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL9
	.uleb128 .LVL11-.LVL9
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL14-.LVL9
	.uleb128 .LVL19-.LVL9
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL19-.LVL9
	.uleb128 .LVL20-.LVL9
	.uleb128 0x3
	.byte	0x77
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL9
	.uleb128 .LVL28-1-.LVL9
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL44-.LVL9
	.uleb128 .LVL45-.LVL9
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL45-.LVL9
	.uleb128 .LVL46-.LVL9
	.uleb128 0x3
	.byte	0x77
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU26
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU44
	.uleb128 .LVU45
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU87
	.uleb128 .LVU133
	.uleb128 .LVU159
.LLST10:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL9
	.uleb128 .LVL13-.LVL9
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.LVL9
	.uleb128 .LVL15-.LVL9
	.uleb128 0x3
	.byte	0x73
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.LVL9
	.uleb128 .LVL22-.LVL9
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL9
	.uleb128 .LVL26-.LVL9
	.uleb128 0x3
	.byte	0x73
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.LVL9
	.uleb128 .LVL50-.LVL9
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU32
	.uleb128 .LVU34
	.uleb128 .LVU67
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU88
	.uleb128 .LVU146
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU157
	.uleb128 .LVU157
	.uleb128 .LVU159
.LLST12:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL11-.LVL11
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL20-.LVL11
	.uleb128 .LVL21-.LVL11
	.uleb128 0x4
	.byte	0x70
	.sleb128 97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL11
	.uleb128 .LVL22-.LVL11
	.uleb128 0x7
	.byte	0x89
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL22-.LVL11
	.uleb128 .LVL23-.LVL11
	.uleb128 0x7
	.byte	0x89
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x32
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL23-.LVL11
	.uleb128 .LVL27-.LVL11
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL46-.LVL11
	.uleb128 .LVL47-.LVL11
	.uleb128 0x4
	.byte	0x79
	.sleb128 65
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.LVL11
	.uleb128 .LVL48-.LVL11
	.uleb128 0x7
	.byte	0x89
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL48-.LVL11
	.uleb128 .LVL50-.LVL11
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS14:
	.uleb128 .LVU29
	.uleb128 .LVU34
	.uleb128 .LVU48
	.uleb128 .LVU56
	.uleb128 .LVU133
	.uleb128 .LVU135
.LLST14:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL17-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL44-.LVL10
	.uleb128 .LVL44-.LVL10
	.uleb128 0x1
	.byte	0x6b
	.byte	0
.LVUS15:
	.uleb128 .LVU29
	.uleb128 .LVU34
	.uleb128 .LVU48
	.uleb128 .LVU56
	.uleb128 .LVU133
	.uleb128 .LVU135
.LLST15:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL17-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL44-.LVL10
	.uleb128 .LVL44-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS17:
	.uleb128 .LVU133
	.uleb128 .LVU135
.LLST17:
	.byte	0x8
	.8byte	.LVL44
	.uleb128 .LVL44-.LVL44
	.uleb128 0x1
	.byte	0x6b
	.byte	0
.LVUS18:
	.uleb128 .LVU133
	.uleb128 .LVU135
.LLST18:
	.byte	0x8
	.8byte	.LVL44
	.uleb128 .LVL44-.LVL44
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS20:
	.uleb128 .LVU69
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU88
	.uleb128 .LVU148
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU157
	.uleb128 .LVU157
	.uleb128 .LVU159
.LLST20:
	.byte	0x6
	.8byte	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL21-.LVL20
	.uleb128 0x4
	.byte	0x70
	.sleb128 97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL20
	.uleb128 .LVL22-.LVL20
	.uleb128 0x7
	.byte	0x89
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL22-.LVL20
	.uleb128 .LVL23-.LVL20
	.uleb128 0x7
	.byte	0x89
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x32
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL23-.LVL20
	.uleb128 .LVL27-.LVL20
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL46-.LVL20
	.uleb128 .LVL47-.LVL20
	.uleb128 0x4
	.byte	0x79
	.sleb128 65
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.LVL20
	.uleb128 .LVL48-.LVL20
	.uleb128 0x7
	.byte	0x89
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL48-.LVL20
	.uleb128 .LVL50-.LVL20
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS22:
	.uleb128 .LVU150
	.uleb128 .LVU154
	.uleb128 .LVU154
	.uleb128 .LVU157
	.uleb128 .LVU157
	.uleb128 .LVU158
.LLST22:
	.byte	0x6
	.8byte	.LVL46
	.byte	0x4
	.uleb128 .LVL46-.LVL46
	.uleb128 .LVL47-.LVL46
	.uleb128 0x4
	.byte	0x79
	.sleb128 65
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.LVL46
	.uleb128 .LVL48-.LVL46
	.uleb128 0x7
	.byte	0x89
	.sleb128 0
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL48-.LVL46
	.uleb128 .LVL49-.LVL46
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS23:
	.uleb128 .LVU93
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU125
	.uleb128 .LVU125
	.uleb128 .LVU126
	.uleb128 .LVU126
	.uleb128 .LVU127
.LLST23:
	.byte	0x6
	.8byte	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.LVL29
	.uleb128 .LVL35-.LVL29
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x200
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL29
	.uleb128 .LVL35-.LVL29
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x1ff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL29
	.uleb128 .LVL41-.LVL29
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x200
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.LVL29
	.uleb128 .LVL41-.LVL29
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x1ff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.LVL29
	.uleb128 .LVL42-.LVL29
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x200
	.byte	0x9f
	.byte	0
.LVUS25:
	.uleb128 .LVU95
	.uleb128 .LVU103
	.uleb128 .LVU110
	.uleb128 .LVU123
.LLST25:
	.byte	0x6
	.8byte	.LVL30
	.byte	0x4
	.uleb128 .LVL30-.LVL30
	.uleb128 .LVL34-.LVL30
	.uleb128 0x4
	.byte	0x8b
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.LVL30
	.uleb128 .LVL40-.LVL30
	.uleb128 0x4
	.byte	0x8b
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS26:
	.uleb128 .LVU95
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 .LVU102
	.uleb128 .LVU102
	.uleb128 .LVU103
	.uleb128 .LVU110
	.uleb128 .LVU120
	.uleb128 .LVU120
	.uleb128 .LVU122
	.uleb128 .LVU122
	.uleb128 .LVU123
.LLST26:
	.byte	0x6
	.8byte	.LVL30
	.byte	0x4
	.uleb128 .LVL30-.LVL30
	.uleb128 .LVL32-.LVL30
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL32-.LVL30
	.uleb128 .LVL33-.LVL30
	.uleb128 0x4
	.byte	0x70
	.sleb128 97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL30
	.uleb128 .LVL34-.LVL30
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL37-.LVL30
	.uleb128 .LVL38-.LVL30
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL38-.LVL30
	.uleb128 .LVL39-.LVL30
	.uleb128 0x4
	.byte	0x73
	.sleb128 65
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.LVL30
	.uleb128 .LVL40-.LVL30
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS27:
	.uleb128 .LVU96
	.uleb128 .LVU103
.LLST27:
	.byte	0x8
	.8byte	.LVL31
	.uleb128 .LVL34-.LVL31
	.uleb128 0x4
	.byte	0x8b
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS28:
	.uleb128 .LVU96
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 .LVU102
	.uleb128 .LVU102
	.uleb128 .LVU103
.LLST28:
	.byte	0x6
	.8byte	.LVL31
	.byte	0x4
	.uleb128 .LVL31-.LVL31
	.uleb128 .LVL32-.LVL31
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL32-.LVL31
	.uleb128 .LVL33-.LVL31
	.uleb128 0x4
	.byte	0x70
	.sleb128 97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL31
	.uleb128 .LVL34-.LVL31
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS29:
	.uleb128 .LVU168
	.uleb128 .LVU173
.LLST29:
	.byte	0x8
	.8byte	.LVL56
	.uleb128 .LVL59-1-.LVL56
	.uleb128 0x2
	.byte	0x84
	.sleb128 8
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
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
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
	.8byte	.LBB26
	.byte	0x4
	.uleb128 .LBB26-.LBB26
	.uleb128 .LBE26-.LBB26
	.byte	0x4
	.uleb128 .LBB93-.LBB26
	.uleb128 .LBE93-.LBB26
	.byte	0x4
	.uleb128 .LBB94-.LBB26
	.uleb128 .LBE94-.LBB26
	.byte	0
.LLRL9:
	.byte	0x5
	.8byte	.LBB27
	.byte	0x4
	.uleb128 .LBB27-.LBB27
	.uleb128 .LBE27-.LBB27
	.byte	0x4
	.uleb128 .LBB80-.LBB27
	.uleb128 .LBE80-.LBB27
	.byte	0x4
	.uleb128 .LBB81-.LBB27
	.uleb128 .LBE81-.LBB27
	.byte	0x4
	.uleb128 .LBB82-.LBB27
	.uleb128 .LBE82-.LBB27
	.byte	0x4
	.uleb128 .LBB92-.LBB27
	.uleb128 .LBE92-.LBB27
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB28
	.byte	0x4
	.uleb128 .LBB28-.LBB28
	.uleb128 .LBE28-.LBB28
	.byte	0x4
	.uleb128 .LBB73-.LBB28
	.uleb128 .LBE73-.LBB28
	.byte	0x4
	.uleb128 .LBB74-.LBB28
	.uleb128 .LBE74-.LBB28
	.byte	0x4
	.uleb128 .LBB75-.LBB28
	.uleb128 .LBE75-.LBB28
	.byte	0x4
	.uleb128 .LBB76-.LBB28
	.uleb128 .LBE76-.LBB28
	.byte	0x4
	.uleb128 .LBB77-.LBB28
	.uleb128 .LBE77-.LBB28
	.byte	0x4
	.uleb128 .LBB78-.LBB28
	.uleb128 .LBE78-.LBB28
	.byte	0x4
	.uleb128 .LBB79-.LBB28
	.uleb128 .LBE79-.LBB28
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB29
	.byte	0x4
	.uleb128 .LBB29-.LBB29
	.uleb128 .LBE29-.LBB29
	.byte	0x4
	.uleb128 .LBB50-.LBB29
	.uleb128 .LBE50-.LBB29
	.byte	0x4
	.uleb128 .LBB51-.LBB29
	.uleb128 .LBE51-.LBB29
	.byte	0x4
	.uleb128 .LBB52-.LBB29
	.uleb128 .LBE52-.LBB29
	.byte	0x4
	.uleb128 .LBB53-.LBB29
	.uleb128 .LBE53-.LBB29
	.byte	0x4
	.uleb128 .LBB54-.LBB29
	.uleb128 .LBE54-.LBB29
	.byte	0x4
	.uleb128 .LBB55-.LBB29
	.uleb128 .LBE55-.LBB29
	.byte	0x4
	.uleb128 .LBB68-.LBB29
	.uleb128 .LBE68-.LBB29
	.byte	0x4
	.uleb128 .LBB69-.LBB29
	.uleb128 .LBE69-.LBB29
	.byte	0x4
	.uleb128 .LBB70-.LBB29
	.uleb128 .LBE70-.LBB29
	.byte	0
.LLRL16:
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB37-.LBB31
	.uleb128 .LBE37-.LBB31
	.byte	0x4
	.uleb128 .LBB38-.LBB31
	.uleb128 .LBE38-.LBB31
	.byte	0x4
	.uleb128 .LBB39-.LBB31
	.uleb128 .LBE39-.LBB31
	.byte	0x4
	.uleb128 .LBB40-.LBB31
	.uleb128 .LBE40-.LBB31
	.byte	0
.LLRL19:
	.byte	0x5
	.8byte	.LBB56
	.byte	0x4
	.uleb128 .LBB56-.LBB56
	.uleb128 .LBE56-.LBB56
	.byte	0x4
	.uleb128 .LBB66-.LBB56
	.uleb128 .LBE66-.LBB56
	.byte	0x4
	.uleb128 .LBB67-.LBB56
	.uleb128 .LBE67-.LBB56
	.byte	0x4
	.uleb128 .LBB71-.LBB56
	.uleb128 .LBE71-.LBB56
	.byte	0x4
	.uleb128 .LBB72-.LBB56
	.uleb128 .LBE72-.LBB56
	.byte	0
.LLRL21:
	.byte	0x5
	.8byte	.LBB58
	.byte	0x4
	.uleb128 .LBB58-.LBB58
	.uleb128 .LBE58-.LBB58
	.byte	0x4
	.uleb128 .LBB61-.LBB58
	.uleb128 .LBE61-.LBB58
	.byte	0
.LLRL24:
	.byte	0x5
	.8byte	.LBB84
	.byte	0x4
	.uleb128 .LBB84-.LBB84
	.uleb128 .LBE84-.LBB84
	.byte	0x4
	.uleb128 .LBB90-.LBB84
	.uleb128 .LBE90-.LBB84
	.byte	0x4
	.uleb128 .LBB91-.LBB84
	.uleb128 .LBE91-.LBB84
	.byte	0
.LLRL30:
	.byte	0x7
	.8byte	.LFB23
	.uleb128 .LFE23-.LFB23
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF51:
	.string	"printf"
.LASF10:
	.string	"__off_t"
.LASF14:
	.string	"_IO_read_ptr"
.LASF26:
	.string	"_chain"
.LASF50:
	.string	"strcmp"
.LASF9:
	.string	"size_t"
.LASF32:
	.string	"_shortbuf"
.LASF20:
	.string	"_IO_buf_base"
.LASF47:
	.string	"long long unsigned int"
.LASF35:
	.string	"_codecvt"
.LASF46:
	.string	"long long int"
.LASF6:
	.string	"signed char"
.LASF27:
	.string	"_fileno"
.LASF15:
	.string	"_IO_read_end"
.LASF8:
	.string	"long int"
.LASF48:
	.string	"strtol"
.LASF13:
	.string	"_flags"
.LASF21:
	.string	"_IO_buf_end"
.LASF30:
	.string	"_cur_column"
.LASF44:
	.string	"_IO_codecvt"
.LASF65:
	.string	"shift_char"
.LASF61:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF29:
	.string	"_old_offset"
.LASF34:
	.string	"_offset"
.LASF56:
	.string	"shift"
.LASF59:
	.string	"line"
.LASF43:
	.string	"_IO_marker"
.LASF55:
	.string	"stdin"
.LASF5:
	.string	"unsigned int"
.LASF38:
	.string	"_freeres_buf"
.LASF52:
	.string	"strlen"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"_IO_write_ptr"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"_IO_save_base"
.LASF33:
	.string	"_lock"
.LASF28:
	.string	"_flags2"
.LASF40:
	.string	"_mode"
.LASF49:
	.string	"fgets"
.LASF19:
	.string	"_IO_write_end"
.LASF63:
	.string	"_IO_lock_t"
.LASF62:
	.string	"_IO_FILE"
.LASF60:
	.string	"__nptr"
.LASF25:
	.string	"_markers"
.LASF66:
	.string	"atoi"
.LASF3:
	.string	"unsigned char"
.LASF7:
	.string	"short int"
.LASF45:
	.string	"_IO_wide_data"
.LASF57:
	.string	"klen"
.LASF31:
	.string	"_vtable_offset"
.LASF42:
	.string	"FILE"
.LASF12:
	.string	"char"
.LASF11:
	.string	"__off64_t"
.LASF16:
	.string	"_IO_read_base"
.LASF24:
	.string	"_IO_save_end"
.LASF58:
	.string	"hash"
.LASF39:
	.string	"__pad5"
.LASF41:
	.string	"_unused2"
.LASF54:
	.string	"argv"
.LASF23:
	.string	"_IO_backup_base"
.LASF53:
	.string	"argc"
.LASF37:
	.string	"_freeres_list"
.LASF36:
	.string	"_wide_data"
.LASF64:
	.string	"main"
.LASF17:
	.string	"_IO_write_base"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/caesar_cipher.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
