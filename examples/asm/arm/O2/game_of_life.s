	.arch armv8-a
	.file	"game_of_life.c"
	.text
.Ltext0:
	.file 0 "." "programs/game_of_life.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"generation %d: %d alive\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/game_of_life.c"
	.loc 1 34 1 view -0
	.cfi_startproc
	.loc 1 36 5 view .LVU1
	.loc 1 34 1 is_stmt 0 view .LVU2
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	.loc 1 36 68 view .LVU3
	mov	w0, 1
	.loc 1 36 42 view .LVU4
	mov	w1, 257
	.loc 1 34 1 view .LVU5
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x23, x24, [sp, 48]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	.loc 1 36 68 view .LVU6
	adrp	x23, .LANCHOR0
	add	x20, x23, :lo12:.LANCHOR0
	mov	x24, x20
	.loc 1 34 1 view .LVU7
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -64
	.cfi_offset 22, -56
.LBB25:
.LBB26:
.LBB27:
	.loc 1 29 5 view .LVU8
	add	x22, x20, 128
.LBE27:
.LBE26:
.LBE25:
	.loc 1 34 1 view .LVU9
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -32
	.cfi_offset 26, -24
.LBB72:
	.loc 1 39 14 view .LVU10
	mov	w25, 1
.LBB65:
.LBB58:
.LBB28:
.LBB29:
.LBB30:
.LBB31:
.LBB32:
.LBB33:
.LBB34:
	.loc 1 14 38 view .LVU11
	mov	w19, w25
.LBE34:
.LBE33:
.LBE32:
.LBE31:
.LBE30:
.LBE29:
.LBE28:
.LBE58:
.LBE65:
.LBE72:
	.loc 1 34 1 view .LVU12
	str	x27, [sp, 80]
	.cfi_offset 27, -16
	adrp	x26, .LC0
	.loc 1 36 16 view .LVU13
	strb	w0, [x20, 1]
	.loc 1 37 5 is_stmt 1 view .LVU14
	.loc 1 36 29 is_stmt 0 view .LVU15
	strb	w0, [x20, 14]
	.loc 1 36 42 view .LVU16
	strh	w1, [x20, 24]
	.loc 1 36 68 view .LVU17
	strb	w0, [x20, 26]
	.loc 1 37 16 view .LVU18
	strb	w0, [x20, 79]
	.loc 1 37 29 view .LVU19
	strh	w1, [x20, 80]
	.loc 1 38 5 is_stmt 1 view .LVU20
.LVL0:
	.loc 1 39 5 view .LVU21
.LBB73:
	.loc 1 39 10 view .LVU22
	.loc 1 39 23 view .LVU23
.L2:
.LBB66:
.LBB59:
.LBB55:
	.loc 1 23 23 view .LVU24
.LBB52:
.LBB48:
.LBB45:
.LBB42:
.LBB38:
.LBB35:
	.loc 1 16 40 is_stmt 0 view .LVU25
	mov	w10, 52429
	.loc 1 16 58 view .LVU26
	mov	w9, 43691
	add	x11, x20, 128
.LBE35:
.LBE38:
.LBE42:
.LBE45:
	.loc 1 27 19 view .LVU27
	mov	x13, 0
.LBE48:
.LBE52:
.LBE55:
	.loc 1 22 9 view .LVU28
	mov	w27, 0
.LBB56:
.LBB53:
.LBB49:
.LBB46:
.LBB43:
.LBB39:
.LBB36:
	.loc 1 16 40 view .LVU29
	movk	w10, 0xcccc, lsl 16
	.loc 1 16 58 view .LVU30
	movk	w9, 0xaaaa, lsl 16
.LVL1:
.L13:
	.loc 1 16 58 view .LVU31
.LBE36:
.LBE39:
.LBE43:
.LBE46:
.LBE49:
	.loc 1 24 27 is_stmt 1 view .LVU32
	add	x12, x13, x13, lsl 1
	add	x21, x23, :lo12:.LANCHOR0
	add	w2, w13, 10
.LBB50:
	.loc 1 27 19 is_stmt 0 view .LVU33
	mov	x8, 0
	add	x12, x21, x12, lsl 2
.LVL2:
	.p2align 3,,7
.L11:
.LBB47:
.LBB44:
.LBB40:
	.loc 1 13 26 is_stmt 1 view .LVU34
	add	w7, w8, 12
.LBE40:
	.loc 1 12 9 is_stmt 0 view .LVU35
	mov	w6, 0
.LBB41:
	.loc 1 13 14 view .LVU36
	mov	w4, -1
.LVL3:
.L9:
.LBB37:
	.loc 1 14 30 is_stmt 1 view .LVU37
	.loc 1 16 40 is_stmt 0 view .LVU38
	add	w1, w2, w4
	.loc 1 14 18 view .LVU39
	mov	w3, -1
	.loc 1 16 40 view .LVU40
	umull	x0, w1, w10
	lsr	x0, x0, 35
	add	w0, w0, w0, lsl 2
	sub	w0, w1, w0, lsl 1
	.loc 1 16 44 view .LVU41
	sbfiz	x1, x0, 1, 32
	add	x0, x1, w0, sxtw
	add	x0, x20, x0, lsl 2
.LVL4:
.L4:
	.loc 1 15 13 is_stmt 1 view .LVU42
	.loc 1 15 20 is_stmt 0 view .LVU43
	orr	w1, w4, w3
	.loc 1 14 38 view .LVU44
	cmp	w1, 0
	csel	w3, w3, w19, ne
.LVL5:
	.loc 1 16 17 is_stmt 1 view .LVU45
	.loc 1 16 53 is_stmt 0 view .LVU46
	add	w5, w7, w3
	.loc 1 14 38 view .LVU47
	add	w3, w3, 1
.LVL6:
	.loc 1 16 58 view .LVU48
	umull	x1, w5, w9
	lsr	x1, x1, 35
	add	w1, w1, w1, lsl 1
	sub	w1, w5, w1, lsl 2
	.loc 1 16 44 view .LVU49
	ldrb	w1, [x0, w1, sxtw]
	.loc 1 16 19 view .LVU50
	add	w6, w6, w1
.LVL7:
	.loc 1 14 38 is_stmt 1 view .LVU51
	.loc 1 14 30 view .LVU52
	cmp	w3, 2
	bne	.L4
.LBE37:
	.loc 1 13 34 view .LVU53
	add	w4, w4, 1
.LVL8:
	.loc 1 13 26 view .LVU54
	cmp	w4, 2
	bne	.L9
.LBE41:
	.loc 1 17 5 view .LVU55
.LVL9:
	.loc 1 17 5 is_stmt 0 view .LVU56
.LBE44:
.LBE47:
	.loc 1 26 13 is_stmt 1 view .LVU57
	.loc 1 26 33 is_stmt 0 view .LVU58
	cmp	w6, 3
	beq	.L24
	mov	w0, 0
	cmp	w6, 2
	bne	.L7
	.loc 1 26 44 view .LVU59
	ldrb	w0, [x12, x8]
	cmp	w0, 0
	.loc 1 27 19 view .LVU60
	cinc	w27, w27, ne
.LVL10:
	.loc 1 26 44 view .LVU61
	cset	w0, ne
.L7:
	.loc 1 26 24 view .LVU62
	strb	w0, [x11, x8]
	.loc 1 27 13 is_stmt 1 view .LVU63
	.loc 1 27 13 is_stmt 0 view .LVU64
.LBE50:
	.loc 1 24 33 is_stmt 1 view .LVU65
.LVL11:
	.loc 1 24 27 view .LVU66
	add	x8, x8, 1
.LVL12:
	.loc 1 24 27 is_stmt 0 view .LVU67
	cmp	x8, 12
	bne	.L11
.LBE53:
	.loc 1 23 29 is_stmt 1 view .LVU68
.LVL13:
	.loc 1 23 23 view .LVU69
	add	x13, x13, 1
.LVL14:
	.loc 1 23 23 is_stmt 0 view .LVU70
	add	x11, x11, 12
	cmp	x13, 10
	bne	.L13
.LBE56:
	.loc 1 29 5 is_stmt 1 view .LVU71
	ldp	q5, q6, [x22]
.LBE59:
.LBE66:
	.loc 1 41 9 is_stmt 0 view .LVU72
	mov	w1, w25
.LBB67:
.LBB60:
	.loc 1 29 5 view .LVU73
	ldp	q3, q4, [x22, 32]
.LBE60:
.LBE67:
	.loc 1 39 30 view .LVU74
	add	w25, w25, 1
.LVL15:
.LBB68:
.LBB61:
	.loc 1 29 5 view .LVU75
	ldp	q1, q2, [x22, 64]
	stp	q5, q6, [x24]
.LBE61:
.LBE68:
	.loc 1 41 9 view .LVU76
	mov	w2, w27
.LVL16:
.LBB69:
.LBB62:
	.loc 1 29 5 view .LVU77
	ldr	q0, [x22, 96]
	stp	q3, q4, [x24, 32]
.LBE62:
.LBE69:
	.loc 1 41 9 view .LVU78
	add	x0, x26, :lo12:.LC0
.LBB70:
.LBB63:
	.loc 1 29 5 view .LVU79
	ldr	x3, [x22, 112]
	stp	q1, q2, [x24, 64]
	str	q0, [x20, 96]
	str	x3, [x20, 112]
	.loc 1 30 5 is_stmt 1 view .LVU80
.LVL17:
	.loc 1 30 5 is_stmt 0 view .LVU81
.LBE63:
.LBE70:
	.loc 1 41 9 is_stmt 1 view .LVU82
	bl	printf
.LVL18:
	.loc 1 39 30 view .LVU83
	.loc 1 39 23 view .LVU84
	cmp	w25, 9
	bne	.L2
	adrp	x20, :got:stdout
	ldr	x20, [x20, :got_lo12:stdout]
	add	x24, x21, 120
.LBE73:
.LBB74:
.LBB75:
	.loc 1 45 13 is_stmt 0 view .LVU85
	mov	w23, 46
	mov	w22, 35
.L12:
.LVL19:
	.loc 1 44 27 is_stmt 1 view .LVU86
.LBE75:
.LBE74:
.LBB85:
	.loc 1 39 14 is_stmt 0 view .LVU87
	mov	x19, 0
.LVL20:
	.p2align 3,,7
.L15:
	.loc 1 39 14 view .LVU88
.LBE85:
.LBB86:
.LBB80:
	.loc 1 45 13 is_stmt 1 view .LVU89
	ldrb	w0, [x21, x19]
	.loc 1 44 27 is_stmt 0 view .LVU90
	add	x19, x19, 1
.LVL21:
.LBB76:
.LBB77:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/stdio.h"
	.loc 2 84 10 view .LVU91
	ldr	x1, [x20]
.LBE77:
.LBE76:
	.loc 1 45 13 view .LVU92
	cmp	w0, 0
.LVL22:
.LBB79:
.LBI76:
	.loc 2 82 1 is_stmt 1 view .LVU93
.LBB78:
	.loc 2 84 3 view .LVU94
	.loc 2 84 10 is_stmt 0 view .LVU95
	csel	w0, w23, w22, eq
.LVL23:
	.loc 2 84 10 view .LVU96
	bl	putc
.LVL24:
	.loc 2 84 10 view .LVU97
.LBE78:
.LBE79:
	.loc 1 44 33 is_stmt 1 view .LVU98
	.loc 1 44 27 view .LVU99
	cmp	x19, 12
	bne	.L15
.LBE80:
	.loc 1 46 9 view .LVU100
.LVL25:
.LBB81:
.LBI81:
	.loc 2 82 1 view .LVU101
.LBB82:
	.loc 2 84 3 view .LVU102
	.loc 2 84 10 is_stmt 0 view .LVU103
	ldr	x1, [x20]
.LBE82:
.LBE81:
	.loc 1 43 23 view .LVU104
	add	x21, x21, 12
.LVL26:
.LBB84:
.LBB83:
	.loc 2 84 10 view .LVU105
	mov	w0, 10
	bl	putc
.LVL27:
	.loc 2 84 10 view .LVU106
.LBE83:
.LBE84:
	.loc 1 43 29 is_stmt 1 view .LVU107
	.loc 1 43 23 view .LVU108
	cmp	x24, x21
	bne	.L12
.LBE86:
	.loc 1 49 1 is_stmt 0 view .LVU109
	ldp	x19, x20, [sp, 16]
	mov	w0, w27
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
.LVL28:
	.loc 1 49 1 view .LVU110
	ldr	x27, [sp, 80]
	ldp	x29, x30, [sp], 96
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
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
.LVL29:
	.p2align 2,,3
.L24:
	.cfi_restore_state
.LBB87:
.LBB71:
.LBB64:
.LBB57:
.LBB54:
.LBB51:
	.loc 1 27 19 view .LVU111
	add	w27, w27, 1
.LVL30:
	.loc 1 27 19 view .LVU112
	mov	w0, 1
	b	.L7
.LBE51:
.LBE54:
.LBE57:
.LBE64:
.LBE71:
.LBE87:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.bss
	.align	4
	.set	.LANCHOR0,. + 0
	.type	grid, %object
	.size	grid, 120
grid:
	.zero	120
	.zero	8
	.type	next, %object
	.size	next, 120
next:
	.zero	120
	.text
.Letext0:
	.file 3 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x54a
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x19
	.4byte	.LASF54
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL25
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x8
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x2a
	.uleb128 0x1a
	.byte	0x8
	.uleb128 0x1b
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
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x8
	.4byte	.LASF10
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x69
	.uleb128 0x8
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x69
	.uleb128 0x3
	.4byte	0x8d
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x1c
	.4byte	0x8d
	.uleb128 0x1d
	.4byte	.LASF55
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x203
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
	.4byte	0x21c
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x221
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
	.4byte	0x226
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x236
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
	.4byte	0x240
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24a
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x221
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
	.4byte	0x31
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
	.4byte	0x24f
	.byte	0xc4
	.byte	0
	.uleb128 0x8
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x99
	.uleb128 0x1e
	.4byte	.LASF56
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.uleb128 0xb
	.4byte	.LASF43
	.uleb128 0x3
	.4byte	0x217
	.uleb128 0x3
	.4byte	0x99
	.uleb128 0xc
	.4byte	0x8d
	.4byte	0x236
	.uleb128 0x9
	.4byte	0x2a
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x20f
	.uleb128 0xb
	.4byte	.LASF44
	.uleb128 0x3
	.4byte	0x23b
	.uleb128 0xb
	.4byte	.LASF45
	.uleb128 0x3
	.4byte	0x245
	.uleb128 0xc
	.4byte	0x8d
	.4byte	0x25f
	.uleb128 0x9
	.4byte	0x2a
	.byte	0x13
	.byte	0
	.uleb128 0x3
	.4byte	0x203
	.uleb128 0x1f
	.4byte	.LASF50
	.byte	0x7
	.byte	0x90
	.byte	0xe
	.4byte	0x25f
	.uleb128 0x3
	.4byte	0x94
	.uleb128 0xc
	.4byte	0x46
	.4byte	0x28b
	.uleb128 0x9
	.4byte	0x2a
	.byte	0x9
	.uleb128 0x9
	.4byte	0x2a
	.byte	0xb
	.byte	0
	.uleb128 0x11
	.4byte	.LASF46
	.byte	0x16
	.4byte	0x275
	.uleb128 0x9
	.byte	0x3
	.8byte	grid
	.uleb128 0x11
	.4byte	.LASF47
	.byte	0x22
	.4byte	0x275
	.uleb128 0x9
	.byte	0x3
	.8byte	next
	.uleb128 0x12
	.4byte	.LASF48
	.2byte	0x226
	.4byte	0x3f
	.4byte	0x2cd
	.uleb128 0xd
	.4byte	0x3f
	.uleb128 0xd
	.4byte	0x25f
	.byte	0
	.uleb128 0x12
	.4byte	.LASF49
	.2byte	0x164
	.4byte	0x3f
	.4byte	0x2e3
	.uleb128 0xd
	.4byte	0x270
	.uleb128 0x20
	.byte	0
	.uleb128 0x21
	.4byte	.LASF57
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.4byte	0x3f
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4b3
	.uleb128 0x22
	.4byte	.LASF51
	.byte	0x1
	.byte	0x26
	.byte	0x9
	.4byte	0x3f
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x13
	.4byte	.LLRL1
	.4byte	0x41c
	.uleb128 0xe
	.string	"g"
	.byte	0x27
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x23
	.4byte	0x4b3
	.4byte	.LLRL3
	.byte	0x1
	.byte	0x28
	.byte	0x11
	.4byte	0x3f4
	.uleb128 0xf
	.4byte	.LLRL3
	.uleb128 0x4
	.4byte	0x4c1
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.4byte	0x4cd
	.4byte	.LLRL5
	.uleb128 0x4
	.4byte	0x4ce
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x6
	.4byte	0x4d7
	.4byte	.LLRL7
	.uleb128 0x4
	.4byte	0x4d8
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x6
	.4byte	0x4e1
	.4byte	.LLRL9
	.uleb128 0x4
	.4byte	0x4e2
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x24
	.4byte	0x4ef
	.4byte	.LLRL11
	.byte	0x1
	.byte	0x19
	.byte	0x15
	.uleb128 0x14
	.4byte	0x507
	.uleb128 0x14
	.4byte	0x4fd
	.uleb128 0xf
	.4byte	.LLRL11
	.uleb128 0x4
	.4byte	0x511
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x6
	.4byte	0x51a
	.4byte	.LLRL13
	.uleb128 0x4
	.4byte	0x51b
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x6
	.4byte	0x525
	.4byte	.LLRL15
	.uleb128 0x4
	.4byte	0x526
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x15
	.8byte	.LVL18
	.4byte	0x2cd
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x89
	.sleb128 -1
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8b
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LLRL17
	.uleb128 0xe
	.string	"y"
	.byte	0x2b
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x13
	.4byte	.LLRL19
	.4byte	0x47c
	.uleb128 0xe
	.string	"x"
	.byte	0x2c
	.byte	0x12
	.4byte	0x3f
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x16
	.4byte	0x533
	.8byte	.LBI76
	.byte	.LVU93
	.4byte	.LLRL21
	.byte	0x2d
	.byte	0xd
	.uleb128 0x17
	.4byte	0x540
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x25
	.8byte	.LVL24
	.4byte	0x2b3
	.byte	0
	.byte	0
	.uleb128 0x16
	.4byte	0x533
	.8byte	.LBI81
	.byte	.LVU101
	.4byte	.LLRL23
	.byte	0x2e
	.byte	0x9
	.uleb128 0x17
	.4byte	0x540
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x15
	.8byte	.LVL27
	.4byte	0x2b3
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.4byte	.LASF52
	.byte	0x14
	.4byte	0x3f
	.4byte	0x4ef
	.uleb128 0x26
	.4byte	.LASF51
	.byte	0x1
	.byte	0x16
	.byte	0x9
	.4byte	0x3f
	.uleb128 0x7
	.uleb128 0x5
	.string	"y"
	.byte	0x17
	.byte	0xe
	.4byte	0x3f
	.uleb128 0x7
	.uleb128 0x5
	.string	"x"
	.byte	0x18
	.byte	0x12
	.4byte	0x3f
	.uleb128 0x7
	.uleb128 0x5
	.string	"n"
	.byte	0x19
	.byte	0x11
	.4byte	0x3f
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.4byte	.LASF53
	.byte	0xa
	.4byte	0x3f
	.4byte	0x533
	.uleb128 0x10
	.string	"y"
	.byte	0x1
	.byte	0xa
	.byte	0x1b
	.4byte	0x3f
	.uleb128 0x10
	.string	"x"
	.byte	0x1
	.byte	0xa
	.byte	0x22
	.4byte	0x3f
	.uleb128 0x5
	.string	"n"
	.byte	0xc
	.byte	0x9
	.4byte	0x3f
	.uleb128 0x7
	.uleb128 0x5
	.string	"dy"
	.byte	0xd
	.byte	0xe
	.4byte	0x3f
	.uleb128 0x7
	.uleb128 0x5
	.string	"dx"
	.byte	0xe
	.byte	0x12
	.4byte	0x3f
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x27
	.4byte	.LASF58
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.4byte	0x3f
	.byte	0x3
	.uleb128 0x10
	.string	"__c"
	.byte	0x2
	.byte	0x52
	.byte	0xe
	.4byte	0x3f
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x21
	.sleb128 7
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
	.uleb128 0x13
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0x20
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
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
	.byte	0
	.byte	0
	.uleb128 0x25
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.byte	0
	.byte	0
	.uleb128 0x27
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
	.uleb128 0x20
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
.LVUS0:
	.uleb128 .LVU21
	.uleb128 .LVU81
	.uleb128 .LVU111
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU110
	.uleb128 .LVU111
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL15-.LVL0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL15-.LVL0
	.uleb128 .LVL18-1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL18-1-.LVL0
	.uleb128 .LVL18-.LVL0
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL0
	.uleb128 .LVL28-.LVL0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL29-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS4:
	.uleb128 .LVU24
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU61
	.uleb128 .LVU111
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 0
.LLST4:
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
	.uleb128 .LVL10-.LVL0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL29-.LVL0
	.uleb128 .LVL30-.LVL0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL30-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x3
	.byte	0x8b
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU24
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU77
	.uleb128 .LVU111
	.uleb128 0
.LLST6:
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
	.uleb128 .LVL13-.LVL0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL13-.LVL0
	.uleb128 .LVL14-.LVL0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.LVL0
	.uleb128 .LVL16-.LVL0
	.uleb128 0x3
	.byte	0x72
	.sleb128 -9
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL0
	.uleb128 .LFE13-.LVL0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS8:
	.uleb128 .LVU31
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU81
	.uleb128 .LVU111
	.uleb128 0
.LLST8:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL1
	.uleb128 .LVL11-.LVL1
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL11-.LVL1
	.uleb128 .LVL12-.LVL1
	.uleb128 0x3
	.byte	0x78
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL1
	.uleb128 .LVL17-.LVL1
	.uleb128 0x3
	.byte	0x77
	.sleb128 -11
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL1
	.uleb128 .LFE13-.LVL1
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS10:
	.uleb128 .LVU56
	.uleb128 .LVU81
	.uleb128 .LVU111
	.uleb128 0
.LLST10:
	.byte	0x6
	.8byte	.LVL9
	.byte	0x4
	.uleb128 .LVL9-.LVL9
	.uleb128 .LVL17-.LVL9
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL29-.LVL9
	.uleb128 .LFE13-.LVL9
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS12:
	.uleb128 .LVU34
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU56
.LLST12:
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
	.uleb128 .LVL9-.LVL2
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS14:
	.uleb128 .LVU34
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU56
.LLST14:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL2
	.uleb128 .LVL9-.LVL2
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS16:
	.uleb128 .LVU37
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU56
.LLST16:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL6-.LVL3
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL6-.LVL3
	.uleb128 .LVL7-.LVL3
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL3
	.uleb128 .LVL9-.LVL3
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS18:
	.uleb128 .LVU86
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU108
.LLST18:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL26-.LVL19
	.uleb128 0x15
	.byte	0x85
	.sleb128 0
	.byte	0x3
	.8byte	grid
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x3c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL19
	.uleb128 .LVL27-.LVL19
	.uleb128 0x15
	.byte	0x85
	.sleb128 0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x3c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU86
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU91
.LLST20:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.LVL19
	.uleb128 .LVL21-.LVL19
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS22:
	.uleb128 .LVU96
	.uleb128 .LVU97
.LLST22:
	.byte	0x8
	.8byte	.LVL23
	.uleb128 .LVL24-1-.LVL23
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS24:
	.uleb128 .LVU101
	.uleb128 .LVU106
.LLST24:
	.byte	0x8
	.8byte	.LVL25
	.uleb128 .LVL27-.LVL25
	.uleb128 0x2
	.byte	0x3a
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
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
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
	.8byte	.LBB25
	.byte	0x4
	.uleb128 .LBB25-.LBB25
	.uleb128 .LBE25-.LBB25
	.byte	0x4
	.uleb128 .LBB72-.LBB25
	.uleb128 .LBE72-.LBB25
	.byte	0x4
	.uleb128 .LBB73-.LBB25
	.uleb128 .LBE73-.LBB25
	.byte	0x4
	.uleb128 .LBB85-.LBB25
	.uleb128 .LBE85-.LBB25
	.byte	0x4
	.uleb128 .LBB87-.LBB25
	.uleb128 .LBE87-.LBB25
	.byte	0
.LLRL3:
	.byte	0x5
	.8byte	.LBB26
	.byte	0x4
	.uleb128 .LBB26-.LBB26
	.uleb128 .LBE26-.LBB26
	.byte	0x4
	.uleb128 .LBB65-.LBB26
	.uleb128 .LBE65-.LBB26
	.byte	0x4
	.uleb128 .LBB66-.LBB26
	.uleb128 .LBE66-.LBB26
	.byte	0x4
	.uleb128 .LBB67-.LBB26
	.uleb128 .LBE67-.LBB26
	.byte	0x4
	.uleb128 .LBB68-.LBB26
	.uleb128 .LBE68-.LBB26
	.byte	0x4
	.uleb128 .LBB69-.LBB26
	.uleb128 .LBE69-.LBB26
	.byte	0x4
	.uleb128 .LBB70-.LBB26
	.uleb128 .LBE70-.LBB26
	.byte	0x4
	.uleb128 .LBB71-.LBB26
	.uleb128 .LBE71-.LBB26
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB28
	.byte	0x4
	.uleb128 .LBB28-.LBB28
	.uleb128 .LBE28-.LBB28
	.byte	0x4
	.uleb128 .LBB55-.LBB28
	.uleb128 .LBE55-.LBB28
	.byte	0x4
	.uleb128 .LBB56-.LBB28
	.uleb128 .LBE56-.LBB28
	.byte	0x4
	.uleb128 .LBB57-.LBB28
	.uleb128 .LBE57-.LBB28
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB29
	.byte	0x4
	.uleb128 .LBB29-.LBB29
	.uleb128 .LBE29-.LBB29
	.byte	0x4
	.uleb128 .LBB52-.LBB29
	.uleb128 .LBE52-.LBB29
	.byte	0x4
	.uleb128 .LBB53-.LBB29
	.uleb128 .LBE53-.LBB29
	.byte	0x4
	.uleb128 .LBB54-.LBB29
	.uleb128 .LBE54-.LBB29
	.byte	0
.LLRL9:
	.byte	0x5
	.8byte	.LBB30
	.byte	0x4
	.uleb128 .LBB30-.LBB30
	.uleb128 .LBE30-.LBB30
	.byte	0x4
	.uleb128 .LBB48-.LBB30
	.uleb128 .LBE48-.LBB30
	.byte	0x4
	.uleb128 .LBB49-.LBB30
	.uleb128 .LBE49-.LBB30
	.byte	0x4
	.uleb128 .LBB50-.LBB30
	.uleb128 .LBE50-.LBB30
	.byte	0x4
	.uleb128 .LBB51-.LBB30
	.uleb128 .LBE51-.LBB30
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB45-.LBB31
	.uleb128 .LBE45-.LBB31
	.byte	0x4
	.uleb128 .LBB46-.LBB31
	.uleb128 .LBE46-.LBB31
	.byte	0x4
	.uleb128 .LBB47-.LBB31
	.uleb128 .LBE47-.LBB31
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB33
	.byte	0x4
	.uleb128 .LBB33-.LBB33
	.uleb128 .LBE33-.LBB33
	.byte	0x4
	.uleb128 .LBB38-.LBB33
	.uleb128 .LBE38-.LBB33
	.byte	0x4
	.uleb128 .LBB39-.LBB33
	.uleb128 .LBE39-.LBB33
	.byte	0x4
	.uleb128 .LBB40-.LBB33
	.uleb128 .LBE40-.LBB33
	.byte	0x4
	.uleb128 .LBB41-.LBB33
	.uleb128 .LBE41-.LBB33
	.byte	0
.LLRL15:
	.byte	0x5
	.8byte	.LBB34
	.byte	0x4
	.uleb128 .LBB34-.LBB34
	.uleb128 .LBE34-.LBB34
	.byte	0x4
	.uleb128 .LBB35-.LBB34
	.uleb128 .LBE35-.LBB34
	.byte	0x4
	.uleb128 .LBB36-.LBB34
	.uleb128 .LBE36-.LBB34
	.byte	0x4
	.uleb128 .LBB37-.LBB34
	.uleb128 .LBE37-.LBB34
	.byte	0
.LLRL17:
	.byte	0x5
	.8byte	.LBB74
	.byte	0x4
	.uleb128 .LBB74-.LBB74
	.uleb128 .LBE74-.LBB74
	.byte	0x4
	.uleb128 .LBB86-.LBB74
	.uleb128 .LBE86-.LBB74
	.byte	0
.LLRL19:
	.byte	0x5
	.8byte	.LBB75
	.byte	0x4
	.uleb128 .LBB75-.LBB75
	.uleb128 .LBE75-.LBB75
	.byte	0x4
	.uleb128 .LBB80-.LBB75
	.uleb128 .LBE80-.LBB75
	.byte	0
.LLRL21:
	.byte	0x5
	.8byte	.LBB76
	.byte	0x4
	.uleb128 .LBB76-.LBB76
	.uleb128 .LBE76-.LBB76
	.byte	0x4
	.uleb128 .LBB79-.LBB76
	.uleb128 .LBE79-.LBB76
	.byte	0
.LLRL23:
	.byte	0x5
	.8byte	.LBB81
	.byte	0x4
	.uleb128 .LBB81-.LBB81
	.uleb128 .LBE81-.LBB81
	.byte	0x4
	.uleb128 .LBB84-.LBB81
	.uleb128 .LBE84-.LBB81
	.byte	0
.LLRL25:
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF54:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF29:
	.string	"_old_offset"
.LASF24:
	.string	"_IO_save_end"
.LASF7:
	.string	"short int"
.LASF9:
	.string	"size_t"
.LASF34:
	.string	"_offset"
.LASF58:
	.string	"putchar"
.LASF18:
	.string	"_IO_write_ptr"
.LASF13:
	.string	"_flags"
.LASF20:
	.string	"_IO_buf_base"
.LASF25:
	.string	"_markers"
.LASF15:
	.string	"_IO_read_end"
.LASF38:
	.string	"_freeres_buf"
.LASF53:
	.string	"neighbours"
.LASF33:
	.string	"_lock"
.LASF8:
	.string	"long int"
.LASF49:
	.string	"printf"
.LASF21:
	.string	"_IO_buf_end"
.LASF30:
	.string	"_cur_column"
.LASF55:
	.string	"_IO_FILE"
.LASF3:
	.string	"unsigned char"
.LASF48:
	.string	"putc"
.LASF6:
	.string	"signed char"
.LASF35:
	.string	"_codecvt"
.LASF5:
	.string	"unsigned int"
.LASF43:
	.string	"_IO_marker"
.LASF32:
	.string	"_shortbuf"
.LASF17:
	.string	"_IO_write_base"
.LASF41:
	.string	"_unused2"
.LASF14:
	.string	"_IO_read_ptr"
.LASF46:
	.string	"grid"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"char"
.LASF57:
	.string	"main"
.LASF36:
	.string	"_wide_data"
.LASF37:
	.string	"_freeres_list"
.LASF39:
	.string	"__pad5"
.LASF44:
	.string	"_IO_codecvt"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"_IO_write_end"
.LASF11:
	.string	"__off64_t"
.LASF10:
	.string	"__off_t"
.LASF26:
	.string	"_chain"
.LASF51:
	.string	"alive"
.LASF45:
	.string	"_IO_wide_data"
.LASF23:
	.string	"_IO_backup_base"
.LASF28:
	.string	"_flags2"
.LASF40:
	.string	"_mode"
.LASF16:
	.string	"_IO_read_base"
.LASF31:
	.string	"_vtable_offset"
.LASF22:
	.string	"_IO_save_base"
.LASF27:
	.string	"_fileno"
.LASF42:
	.string	"FILE"
.LASF52:
	.string	"step"
.LASF50:
	.string	"stdout"
.LASF47:
	.string	"next"
.LASF56:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/game_of_life.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
