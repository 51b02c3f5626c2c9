	.arch armv8-a
	.file	"game_of_life.c"
	.text
.Ltext0:
	.file 0 "." "programs/game_of_life.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"generation %d: %d alive\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/game_of_life.c"
	.loc 1 34 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	.cfi_offset 19, -64
	.cfi_offset 20, -56
	.cfi_offset 21, -48
	.cfi_offset 22, -40
	.cfi_offset 23, -32
	.cfi_offset 24, -24
	.cfi_offset 25, -16
	.cfi_offset 26, -8
	.loc 1 36 5 view .LVU1
	.loc 1 36 68 is_stmt 0 view .LVU2
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	mov	w1, 1
	strb	w1, [x0, 26]
	.loc 1 36 55 view .LVU3
	strb	w1, [x0, 25]
	.loc 1 36 42 view .LVU4
	strb	w1, [x0, 24]
	.loc 1 36 29 view .LVU5
	strb	w1, [x0, 14]
	.loc 1 36 16 view .LVU6
	strb	w1, [x0, 1]
	.loc 1 37 5 is_stmt 1 view .LVU7
	.loc 1 37 42 is_stmt 0 view .LVU8
	strb	w1, [x0, 81]
	.loc 1 37 29 view .LVU9
	strb	w1, [x0, 80]
	.loc 1 37 16 view .LVU10
	strb	w1, [x0, 79]
	.loc 1 38 5 is_stmt 1 view .LVU11
.LVL0:
	.loc 1 39 5 view .LVU12
.LBB25:
	.loc 1 39 10 view .LVU13
	.loc 1 39 23 view .LVU14
	.loc 1 39 14 is_stmt 0 view .LVU15
	mov	w25, 1
	adrp	x24, .LANCHOR0
	mov	x20, x0
.LBB26:
.LBB27:
.LBB28:
.LBB29:
.LBB30:
.LBB31:
.LBB32:
.LBB33:
.LBB34:
	.loc 1 16 58 view .LVU16
	mov	w19, 43691
	movk	w19, 0x2aaa, lsl 16
.LBE34:
.LBE33:
.LBE32:
.LBE31:
	.loc 1 26 33 view .LVU17
	mov	w22, w25
	b	.L2
.LVL1:
.L5:
.LBB50:
.LBB45:
	.loc 1 17 5 is_stmt 1 view .LVU18
	.loc 1 17 5 is_stmt 0 view .LVU19
.LBE45:
.LBE50:
	.loc 1 26 13 is_stmt 1 view .LVU20
	.loc 1 26 33 is_stmt 0 view .LVU21
	mov	w0, w22
	cmp	w5, 3
	beq	.L7
	.loc 1 26 33 view .LVU22
	mov	w0, w11
	cmp	w5, 2
	beq	.L23
.L7:
	.loc 1 26 24 view .LVU23
	strb	w0, [x10, x7]
	.loc 1 27 13 is_stmt 1 view .LVU24
	.loc 1 27 19 is_stmt 0 view .LVU25
	add	w21, w21, w0
.LVL2:
	.loc 1 27 19 view .LVU26
.LBE30:
	.loc 1 24 33 is_stmt 1 view .LVU27
	.loc 1 24 27 view .LVU28
	add	x7, x7, 1
.LVL3:
	.loc 1 24 27 is_stmt 0 view .LVU29
	cmp	x7, 12
	beq	.L8
.LVL4:
.L11:
.LBB55:
.LBB51:
.LBB46:
.LBB40:
	.loc 1 13 26 is_stmt 1 view .LVU30
.LBE40:
	.loc 1 12 9 is_stmt 0 view .LVU31
	mov	w5, 0
.LBB41:
	.loc 1 13 14 view .LVU32
	mov	w3, -1
.LBB35:
	.loc 1 16 53 view .LVU33
	add	w6, w7, 12
	b	.L9
.LVL5:
.L23:
	.loc 1 16 53 view .LVU34
.LBE35:
.LBE41:
.LBE46:
.LBE51:
	.loc 1 26 44 view .LVU35
	ldrb	w0, [x13, x7]
	cmp	w0, 0
	cset	w0, ne
	b	.L7
.LVL6:
.L8:
	.loc 1 26 44 view .LVU36
.LBE55:
.LBE29:
	.loc 1 23 29 is_stmt 1 view .LVU37
	.loc 1 23 23 view .LVU38
	add	x12, x12, 1
.LVL7:
	.loc 1 23 23 is_stmt 0 view .LVU39
	add	x10, x10, 12
	cmp	x12, 10
	beq	.L10
.LVL8:
.L13:
.LBB60:
	.loc 1 24 27 is_stmt 1 view .LVU40
	add	x23, x24, :lo12:.LANCHOR0
	add	x13, x12, x12, lsl 1
	add	x13, x23, x13, lsl 2
.LBB56:
	.loc 1 26 33 is_stmt 0 view .LVU41
	mov	x7, 0
.LBB52:
.LBB47:
.LBB42:
.LBB36:
	.loc 1 16 40 view .LVU42
	add	w8, w12, 10
	b	.L11
.LVL9:
.L10:
	.loc 1 16 40 view .LVU43
.LBE36:
.LBE42:
.LBE47:
.LBE52:
.LBE56:
.LBE60:
.LBE28:
	.loc 1 29 5 is_stmt 1 view .LVU44
	add	x0, x20, 120
	ldp	q0, q1, [x0]
	stp	q0, q1, [x20]
	ldp	q0, q1, [x0, 32]
	stp	q0, q1, [x20, 32]
	ldp	q0, q1, [x0, 64]
	stp	q0, q1, [x20, 64]
	ldr	q0, [x0, 96]
	str	q0, [x20, 96]
	ldr	x0, [x0, 112]
	str	x0, [x20, 112]
	.loc 1 30 5 view .LVU45
.LVL10:
	.loc 1 30 5 is_stmt 0 view .LVU46
.LBE27:
.LBE26:
	.loc 1 41 9 is_stmt 1 view .LVU47
	mov	w2, w21
	mov	w1, w25
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL11:
	.loc 1 39 30 view .LVU48
	add	w25, w25, 1
.LVL12:
	.loc 1 39 23 view .LVU49
	cmp	w25, 9
	beq	.L12
.LVL13:
.L2:
.LBB69:
.LBB67:
.LBB64:
	.loc 1 23 23 view .LVU50
	add	x10, x20, 120
.LBB61:
.LBB57:
	.loc 1 26 33 is_stmt 0 view .LVU51
	mov	x12, 0
.LBE57:
.LBE61:
.LBE64:
	.loc 1 22 9 view .LVU52
	mov	w21, 0
.LBB65:
.LBB62:
.LBB58:
.LBB53:
.LBB48:
.LBB43:
.LBB37:
	.loc 1 16 40 view .LVU53
	mov	w9, 26215
	movk	w9, 0x6666, lsl 16
.LBE37:
.LBE43:
.LBE48:
.LBE53:
	.loc 1 26 33 view .LVU54
	mov	w11, 0
	b	.L13
.LVL14:
.L12:
	.loc 1 26 33 view .LVU55
.LBE58:
.LBE62:
.LBE65:
.LBE67:
.LBE69:
.LBE25:
.LBB71:
	.loc 1 43 23 is_stmt 1 view .LVU56
	add	x26, x23, 120
.LBB72:
	.loc 1 45 13 is_stmt 0 view .LVU57
	mov	w24, 46
	mov	w22, 35
.LBB73:
.LBB74:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/stdio.h"
	.loc 2 84 10 view .LVU58
	adrp	x20, :got:stdout
	ldr	x20, [x20, :got_lo12:stdout]
.LBE74:
.LBE73:
.LBE72:
.LBB77:
.LBB78:
	mov	w25, 10
.LVL15:
.L14:
	.loc 2 84 10 view .LVU59
.LBE78:
.LBE77:
.LBB80:
	.loc 1 44 27 is_stmt 1 view .LVU60
.LBE80:
.LBE71:
.LBB83:
	.loc 1 39 14 is_stmt 0 view .LVU61
	mov	x19, 0
.LVL16:
.L16:
	.loc 1 39 14 view .LVU62
.LBE83:
.LBB84:
.LBB81:
	.loc 1 45 13 is_stmt 1 view .LVU63
	ldrb	w0, [x23, x19]
	cmp	w0, 0
.LVL17:
.LBB76:
.LBI73:
	.loc 2 82 1 view .LVU64
.LBB75:
	.loc 2 84 3 view .LVU65
	.loc 2 84 10 is_stmt 0 view .LVU66
	ldr	x1, [x20]
	csel	w0, w24, w22, eq
.LVL18:
	.loc 2 84 10 view .LVU67
	bl	putc
.LVL19:
	.loc 2 84 10 view .LVU68
.LBE75:
.LBE76:
	.loc 1 44 33 is_stmt 1 view .LVU69
	.loc 1 44 27 view .LVU70
	add	x19, x19, 1
.LVL20:
	.loc 1 44 27 is_stmt 0 view .LVU71
	cmp	x19, 12
	bne	.L16
.LBE81:
	.loc 1 46 9 is_stmt 1 view .LVU72
.LVL21:
.LBB82:
.LBI77:
	.loc 2 82 1 view .LVU73
.LBB79:
	.loc 2 84 3 view .LVU74
	.loc 2 84 10 is_stmt 0 view .LVU75
	ldr	x1, [x20]
	mov	w0, w25
	bl	putc
.LVL22:
	.loc 2 84 10 view .LVU76
.LBE79:
.LBE82:
	.loc 1 43 29 is_stmt 1 view .LVU77
	.loc 1 43 23 view .LVU78
	add	x23, x23, 12
.LVL23:
	.loc 1 43 23 is_stmt 0 view .LVU79
	cmp	x23, x26
	bne	.L14
.LBE84:
	.loc 1 49 1 view .LVU80
	mov	w0, w21
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.LVL24:
	.loc 1 49 1 view .LVU81
	ldp	x23, x24, [sp, 48]
.LVL25:
	.loc 1 49 1 view .LVU82
	ldp	x25, x26, [sp, 64]
	ldp	x29, x30, [sp], 80
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
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
.LVL26:
.L3:
	.cfi_restore_state
.LBB85:
.LBB70:
.LBB68:
.LBB66:
.LBB63:
.LBB59:
.LBB54:
.LBB49:
.LBB44:
.LBB38:
	.loc 1 14 38 is_stmt 1 view .LVU83
	add	w2, w2, 1
.LVL27:
	.loc 1 14 30 view .LVU84
.L6:
	.loc 1 15 13 view .LVU85
	.loc 1 15 20 is_stmt 0 view .LVU86
	orr	w1, w3, w2
	.loc 1 15 16 view .LVU87
	cbz	w1, .L3
	.loc 1 16 17 is_stmt 1 view .LVU88
	.loc 1 16 53 is_stmt 0 view .LVU89
	add	w4, w6, w2
	.loc 1 16 58 view .LVU90
	smull	x1, w4, w19
	asr	x1, x1, 33
	sub	w1, w1, w4, asr 31
	add	w1, w1, w1, lsl 1
	sub	w1, w4, w1, lsl 2
	.loc 1 16 44 view .LVU91
	ldrb	w1, [x0, w1, sxtw]
	.loc 1 16 19 view .LVU92
	add	w5, w5, w1
.LVL28:
	.loc 1 14 38 is_stmt 1 view .LVU93
	add	w2, w2, 1
.LVL29:
	.loc 1 14 30 view .LVU94
	cmp	w2, 2
	bne	.L6
.LBE38:
	.loc 1 13 34 view .LVU95
	add	w3, w3, 1
.LVL30:
	.loc 1 13 26 view .LVU96
	cmp	w3, 2
	beq	.L5
.LVL31:
.L9:
.LBB39:
	.loc 1 14 30 view .LVU97
	.loc 1 16 40 is_stmt 0 view .LVU98
	add	w1, w8, w3
	smull	x0, w1, w9
	asr	x0, x0, 34
	sub	w0, w0, w1, asr 31
	add	w0, w0, w0, lsl 2
	sub	w0, w1, w0, lsl 1
	.loc 1 14 18 view .LVU99
	mov	w2, -1
	.loc 1 16 44 view .LVU100
	sbfiz	x1, x0, 1, 32
	add	x0, x1, w0, sxtw
	add	x0, x20, x0, lsl 2
	b	.L6
.LBE39:
.LBE44:
.LBE49:
.LBE54:
.LBE59:
.LBE63:
.LBE66:
.LBE68:
.LBE70:
.LBE85:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	grid, %object
	.size	grid, 120
grid:
	.zero	120
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
	.4byte	0x54f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x19
	.4byte	.LASF54
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
	.uleb128 0x8
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x2e
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
	.4byte	0x6d
	.uleb128 0x8
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x6d
	.uleb128 0x3
	.4byte	0x91
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x1c
	.4byte	0x91
	.uleb128 0x1d
	.4byte	.LASF55
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x207
	.uleb128 0x1
	.4byte	.LASF13
	.byte	0x33
	.byte	0x7
	.4byte	0x43
	.byte	0
	.uleb128 0x1
	.4byte	.LASF14
	.byte	0x36
	.byte	0x9
	.4byte	0x8c
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF15
	.byte	0x37
	.byte	0x9
	.4byte	0x8c
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x38
	.byte	0x9
	.4byte	0x8c
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x39
	.byte	0x9
	.4byte	0x8c
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x3a
	.byte	0x9
	.4byte	0x8c
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x3b
	.byte	0x9
	.4byte	0x8c
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x3c
	.byte	0x9
	.4byte	0x8c
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x3d
	.byte	0x9
	.4byte	0x8c
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF22
	.byte	0x40
	.byte	0x9
	.4byte	0x8c
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF23
	.byte	0x41
	.byte	0x9
	.4byte	0x8c
	.byte	0x50
	.uleb128 0x1
	.4byte	.LASF24
	.byte	0x42
	.byte	0x9
	.4byte	0x8c
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF25
	.byte	0x44
	.byte	0x16
	.4byte	0x220
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x225
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF27
	.byte	0x48
	.byte	0x7
	.4byte	0x43
	.byte	0x70
	.uleb128 0x1
	.4byte	.LASF28
	.byte	0x49
	.byte	0x7
	.4byte	0x43
	.byte	0x74
	.uleb128 0x1
	.4byte	.LASF29
	.byte	0x4a
	.byte	0xb
	.4byte	0x74
	.byte	0x78
	.uleb128 0x1
	.4byte	.LASF30
	.byte	0x4d
	.byte	0x12
	.4byte	0x51
	.byte	0x80
	.uleb128 0x1
	.4byte	.LASF31
	.byte	0x4e
	.byte	0xf
	.4byte	0x5f
	.byte	0x82
	.uleb128 0x1
	.4byte	.LASF32
	.byte	0x4f
	.byte	0x8
	.4byte	0x22a
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x23a
	.byte	0x88
	.uleb128 0x1
	.4byte	.LASF34
	.byte	0x59
	.byte	0xd
	.4byte	0x80
	.byte	0x90
	.uleb128 0x1
	.4byte	.LASF35
	.byte	0x5b
	.byte	0x17
	.4byte	0x244
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24e
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x225
	.byte	0xa8
	.uleb128 0x1
	.4byte	.LASF38
	.byte	0x5e
	.byte	0x9
	.4byte	0x41
	.byte	0xb0
	.uleb128 0x1
	.4byte	.LASF39
	.byte	0x5f
	.byte	0xa
	.4byte	0x35
	.byte	0xb8
	.uleb128 0x1
	.4byte	.LASF40
	.byte	0x60
	.byte	0x7
	.4byte	0x43
	.byte	0xc0
	.uleb128 0x1
	.4byte	.LASF41
	.byte	0x62
	.byte	0x8
	.4byte	0x253
	.byte	0xc4
	.byte	0
	.uleb128 0x8
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x9d
	.uleb128 0x1e
	.4byte	.LASF56
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.uleb128 0xb
	.4byte	.LASF43
	.uleb128 0x3
	.4byte	0x21b
	.uleb128 0x3
	.4byte	0x9d
	.uleb128 0xc
	.4byte	0x91
	.4byte	0x23a
	.uleb128 0x9
	.4byte	0x2e
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x213
	.uleb128 0xb
	.4byte	.LASF44
	.uleb128 0x3
	.4byte	0x23f
	.uleb128 0xb
	.4byte	.LASF45
	.uleb128 0x3
	.4byte	0x249
	.uleb128 0xc
	.4byte	0x91
	.4byte	0x263
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x13
	.byte	0
	.uleb128 0x3
	.4byte	0x207
	.uleb128 0x1f
	.4byte	.LASF50
	.byte	0x7
	.byte	0x90
	.byte	0xe
	.4byte	0x263
	.uleb128 0x3
	.4byte	0x98
	.uleb128 0xc
	.4byte	0x4a
	.4byte	0x28f
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x9
	.uleb128 0x9
	.4byte	0x2e
	.byte	0xb
	.byte	0
	.uleb128 0x11
	.4byte	.LASF46
	.byte	0x16
	.4byte	0x279
	.uleb128 0x9
	.byte	0x3
	.8byte	grid
	.uleb128 0x11
	.4byte	.LASF47
	.byte	0x22
	.4byte	0x279
	.uleb128 0x9
	.byte	0x3
	.8byte	next
	.uleb128 0x12
	.4byte	.LASF48
	.2byte	0x226
	.4byte	0x43
	.4byte	0x2d1
	.uleb128 0xd
	.4byte	0x43
	.uleb128 0xd
	.4byte	0x263
	.byte	0
	.uleb128 0x12
	.4byte	.LASF49
	.2byte	0x164
	.4byte	0x43
	.4byte	0x2e7
	.uleb128 0xd
	.4byte	0x274
	.uleb128 0x20
	.byte	0
	.uleb128 0x21
	.4byte	.LASF57
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4b8
	.uleb128 0x22
	.4byte	.LASF51
	.byte	0x1
	.byte	0x26
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x13
	.4byte	.LLRL1
	.4byte	0x420
	.uleb128 0xe
	.string	"g"
	.byte	0x27
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x23
	.4byte	0x4b8
	.4byte	.LLRL3
	.byte	0x1
	.byte	0x28
	.byte	0x11
	.4byte	0x3f8
	.uleb128 0xf
	.4byte	.LLRL3
	.uleb128 0x4
	.4byte	0x4c6
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.4byte	0x4d2
	.4byte	.LLRL5
	.uleb128 0x4
	.4byte	0x4d3
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x6
	.4byte	0x4dc
	.4byte	.LLRL7
	.uleb128 0x4
	.4byte	0x4dd
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x6
	.4byte	0x4e6
	.4byte	.LLRL9
	.uleb128 0x4
	.4byte	0x4e7
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x24
	.4byte	0x4f4
	.4byte	.LLRL11
	.byte	0x1
	.byte	0x19
	.byte	0x15
	.uleb128 0x14
	.4byte	0x50c
	.uleb128 0x14
	.4byte	0x502
	.uleb128 0xf
	.4byte	.LLRL11
	.uleb128 0x4
	.4byte	0x516
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x6
	.4byte	0x51f
	.4byte	.LLRL13
	.uleb128 0x4
	.4byte	0x520
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x6
	.4byte	0x52a
	.4byte	.LLRL15
	.uleb128 0x4
	.4byte	0x52b
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
	.8byte	.LVL11
	.4byte	0x2d1
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
	.sleb128 0
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LLRL17
	.uleb128 0xe
	.string	"y"
	.byte	0x2b
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x13
	.4byte	.LLRL19
	.4byte	0x480
	.uleb128 0xe
	.string	"x"
	.byte	0x2c
	.byte	0x12
	.4byte	0x43
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x16
	.4byte	0x538
	.8byte	.LBI73
	.byte	.LVU64
	.4byte	.LLRL21
	.byte	0x2d
	.byte	0xd
	.uleb128 0x17
	.4byte	0x545
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x25
	.8byte	.LVL19
	.4byte	0x2b7
	.byte	0
	.byte	0
	.uleb128 0x16
	.4byte	0x538
	.8byte	.LBI77
	.byte	.LVU73
	.4byte	.LLRL23
	.byte	0x2e
	.byte	0x9
	.uleb128 0x17
	.4byte	0x545
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x15
	.8byte	.LVL22
	.4byte	0x2b7
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.4byte	.LASF52
	.byte	0x14
	.4byte	0x43
	.4byte	0x4f4
	.uleb128 0x26
	.4byte	.LASF51
	.byte	0x1
	.byte	0x16
	.byte	0x9
	.4byte	0x43
	.uleb128 0x7
	.uleb128 0x5
	.string	"y"
	.byte	0x17
	.byte	0xe
	.4byte	0x43
	.uleb128 0x7
	.uleb128 0x5
	.string	"x"
	.byte	0x18
	.byte	0x12
	.4byte	0x43
	.uleb128 0x7
	.uleb128 0x5
	.string	"n"
	.byte	0x19
	.byte	0x11
	.4byte	0x43
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.4byte	.LASF53
	.byte	0xa
	.4byte	0x43
	.4byte	0x538
	.uleb128 0x10
	.string	"y"
	.byte	0x1
	.byte	0xa
	.byte	0x1b
	.4byte	0x43
	.uleb128 0x10
	.string	"x"
	.byte	0x1
	.byte	0xa
	.byte	0x22
	.4byte	0x43
	.uleb128 0x5
	.string	"n"
	.byte	0xc
	.byte	0x9
	.4byte	0x43
	.uleb128 0x7
	.uleb128 0x5
	.string	"dy"
	.byte	0xd
	.byte	0xe
	.4byte	0x43
	.uleb128 0x7
	.uleb128 0x5
	.string	"dx"
	.byte	0xe
	.byte	0x12
	.4byte	0x43
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x27
	.4byte	.LASF58
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.4byte	0x43
	.byte	0x3
	.uleb128 0x10
	.string	"__c"
	.byte	0x2
	.byte	0x52
	.byte	0xe
	.4byte	0x43
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 .LVU12
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU14
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU59
	.uleb128 .LVU83
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS4:
	.uleb128 .LVU18
	.uleb128 .LVU46
	.uleb128 .LVU50
	.uleb128 .LVU55
	.uleb128 .LVU83
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS6:
	.uleb128 .LVU18
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU50
	.uleb128 .LVU55
	.uleb128 .LVU83
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x3
	.byte	0x78
	.sleb128 -9
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x3
	.byte	0x78
	.sleb128 -9
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS8:
	.uleb128 .LVU18
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU83
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x3
	.byte	0x77
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -11
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -11
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -11
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x57
	.byte	0
.LVUS10:
	.uleb128 .LVU19
	.uleb128 .LVU30
	.uleb128 .LVU34
	.uleb128 .LVU40
	.uleb128 .LVU43
	.uleb128 .LVU46
.LLST10:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS12:
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU30
	.uleb128 .LVU34
	.uleb128 .LVU83
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS14:
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU30
	.uleb128 .LVU34
	.uleb128 .LVU83
	.uleb128 0
.LLST14:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS16:
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU83
	.uleb128 .LVU97
	.uleb128 .LVU97
	.uleb128 0
.LLST16:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 .LVU55
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU82
.LLST18:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x15
	.byte	0x87
	.sleb128 0
	.byte	0x3
	.8byte	grid
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x3c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x17
	.byte	0x87
	.sleb128 0
	.byte	0x3
	.8byte	grid
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x3c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x17
	.byte	0x87
	.sleb128 0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x3c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU71
.LLST20:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU67
	.uleb128 .LVU68
.LLST22:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS24:
	.uleb128 .LVU73
	.uleb128 .LVU76
.LLST24:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
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
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB83-.Ltext0
	.uleb128 .LBE83-.Ltext0
	.byte	0x4
	.uleb128 .LBB85-.Ltext0
	.uleb128 .LBE85-.Ltext0
	.byte	0
.LLRL3:
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0x4
	.uleb128 .LBB69-.Ltext0
	.uleb128 .LBE69-.Ltext0
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0
.LLRL5:
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB64-.Ltext0
	.uleb128 .LBE64-.Ltext0
	.byte	0x4
	.uleb128 .LBB65-.Ltext0
	.uleb128 .LBE65-.Ltext0
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB60-.Ltext0
	.uleb128 .LBE60-.Ltext0
	.byte	0x4
	.uleb128 .LBB61-.Ltext0
	.uleb128 .LBE61-.Ltext0
	.byte	0x4
	.uleb128 .LBB62-.Ltext0
	.uleb128 .LBE62-.Ltext0
	.byte	0x4
	.uleb128 .LBB63-.Ltext0
	.uleb128 .LBE63-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB55-.Ltext0
	.uleb128 .LBE55-.Ltext0
	.byte	0x4
	.uleb128 .LBB56-.Ltext0
	.uleb128 .LBE56-.Ltext0
	.byte	0x4
	.uleb128 .LBB57-.Ltext0
	.uleb128 .LBE57-.Ltext0
	.byte	0x4
	.uleb128 .LBB58-.Ltext0
	.uleb128 .LBE58-.Ltext0
	.byte	0x4
	.uleb128 .LBB59-.Ltext0
	.uleb128 .LBE59-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0x4
	.uleb128 .LBB50-.Ltext0
	.uleb128 .LBE50-.Ltext0
	.byte	0x4
	.uleb128 .LBB51-.Ltext0
	.uleb128 .LBE51-.Ltext0
	.byte	0x4
	.uleb128 .LBB52-.Ltext0
	.uleb128 .LBE52-.Ltext0
	.byte	0x4
	.uleb128 .LBB53-.Ltext0
	.uleb128 .LBE53-.Ltext0
	.byte	0x4
	.uleb128 .LBB54-.Ltext0
	.uleb128 .LBE54-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0x4
	.uleb128 .LBB84-.Ltext0
	.uleb128 .LBE84-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB72-.Ltext0
	.uleb128 .LBE72-.Ltext0
	.byte	0x4
	.uleb128 .LBB80-.Ltext0
	.uleb128 .LBE80-.Ltext0
	.byte	0x4
	.uleb128 .LBB81-.Ltext0
	.uleb128 .LBE81-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB73-.Ltext0
	.uleb128 .LBE73-.Ltext0
	.byte	0x4
	.uleb128 .LBB76-.Ltext0
	.uleb128 .LBE76-.Ltext0
	.byte	0
.LLRL23:
	.byte	0x4
	.uleb128 .LBB77-.Ltext0
	.uleb128 .LBE77-.Ltext0
	.byte	0x4
	.uleb128 .LBB82-.Ltext0
	.uleb128 .LBE82-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF21:
	.string	"_IO_buf_end"
.LASF29:
	.string	"_old_offset"
.LASF24:
	.string	"_IO_save_end"
.LASF54:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
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
