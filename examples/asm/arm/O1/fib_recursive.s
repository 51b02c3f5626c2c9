	.arch armv8-a
	.file	"fib_recursive.c"
	.text
.Ltext0:
	.file 0 "." "programs/fib_recursive.c"
	.align	2
	.type	fib, %function
fib:
.LVL0:
.LFB22:
	.file 1 "programs/fib_recursive.c"
	.loc 1 7 24 view -0
	.cfi_startproc
	.loc 1 7 24 is_stmt 0 view .LVU1
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	mov	w19, w0
	.loc 1 7 26 is_stmt 1 view .LVU2
	.loc 1 7 43 is_stmt 0 view .LVU3
	cmp	w0, 1
	bgt	.L2
	.loc 1 7 43 discriminator 1 view .LVU4
	sxtw	x0, w0
.LVL1:
.L1:
	.loc 1 7 70 view .LVU5
	ldp	x19, x20, [sp, 16]
.LVL2:
	.loc 1 7 70 view .LVU6
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL3:
.L2:
	.cfi_restore_state
	.loc 1 7 45 discriminator 2 view .LVU7
	sub	w0, w0, #1
.LVL4:
	.loc 1 7 45 discriminator 2 view .LVU8
	bl	fib
.LVL5:
	mov	x20, x0
	.loc 1 7 58 discriminator 2 view .LVU9
	sub	w0, w19, #2
	bl	fib
.LVL6:
	.loc 1 7 43 discriminator 2 view .LVU10
	add	x0, x20, x0
	b	.L1
	.cfi_endproc
.LFE22:
	.size	fib, .-fib
	.align	2
	.type	fib_memo, %function
fib_memo:
.LVL7:
.LFB23:
	.loc 1 10 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 10 1 is_stmt 0 view .LVU12
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	mov	w19, w0
	.loc 1 11 5 is_stmt 1 view .LVU13
	.loc 1 11 8 is_stmt 0 view .LVU14
	cmp	w0, 1
	ble	.L9
	.loc 1 13 5 is_stmt 1 view .LVU15
	.loc 1 13 13 is_stmt 0 view .LVU16
	adrp	x0, .LANCHOR0
.LVL8:
	.loc 1 13 13 view .LVU17
	add	x0, x0, :lo12:.LANCHOR0
	ldr	x0, [x0, w19, sxtw 3]
	.loc 1 13 8 view .LVU18
	cbz	x0, .L10
.L5:
	.loc 1 17 1 view .LVU19
	ldp	x19, x20, [sp, 16]
.LVL9:
	.loc 1 17 1 view .LVU20
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL10:
.L9:
	.cfi_restore_state
	.loc 1 12 9 is_stmt 1 view .LVU21
	.loc 1 12 16 is_stmt 0 view .LVU22
	sxtw	x0, w0
.LVL11:
	.loc 1 12 16 view .LVU23
	b	.L5
.L10:
	.loc 1 15 5 is_stmt 1 view .LVU24
	.loc 1 15 15 is_stmt 0 view .LVU25
	sub	w0, w19, #1
	bl	fib_memo
.LVL12:
	mov	x20, x0
	.loc 1 15 33 view .LVU26
	sub	w0, w19, #2
	bl	fib_memo
.LVL13:
	.loc 1 15 31 view .LVU27
	add	x0, x20, x0
	.loc 1 15 13 view .LVU28
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	str	x0, [x1, w19, sxtw 3]
	.loc 1 16 5 is_stmt 1 view .LVU29
	.loc 1 16 16 is_stmt 0 view .LVU30
	b	.L5
	.cfi_endproc
.LFE23:
	.size	fib_memo, .-fib_memo
	.align	2
	.type	ackermann, %function
ackermann:
.LVL14:
.LFB24:
	.loc 1 20 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 21 5 view .LVU32
	.loc 1 21 8 is_stmt 0 view .LVU33
	cbz	w0, .L18
	.loc 1 20 1 view .LVU34
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -16
	mov	w19, w0
	.loc 1 23 5 is_stmt 1 view .LVU35
	.loc 1 23 8 is_stmt 0 view .LVU36
	cbz	w1, .L19
	.loc 1 25 5 is_stmt 1 view .LVU37
	.loc 1 25 12 is_stmt 0 view .LVU38
	sub	w1, w1, #1
.LVL15:
	.loc 1 25 12 view .LVU39
	bl	ackermann
.LVL16:
	.loc 1 25 12 view .LVU40
	mov	w1, w0
	sub	w0, w19, #1
	bl	ackermann
.LVL17:
.L11:
	.loc 1 26 1 view .LVU41
	ldr	x19, [sp, 16]
.LVL18:
	.loc 1 26 1 view .LVU42
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
.LVL19:
.L18:
	.loc 1 22 9 is_stmt 1 view .LVU43
	.loc 1 22 18 is_stmt 0 view .LVU44
	add	w0, w1, 1
.LVL20:
	.loc 1 26 1 view .LVU45
	ret
.LVL21:
.L19:
	.cfi_def_cfa_offset 32
	.cfi_offset 19, -16
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	.loc 1 24 9 is_stmt 1 view .LVU46
	.loc 1 24 16 is_stmt 0 view .LVU47
	mov	w1, 1
.LVL22:
	.loc 1 24 16 view .LVU48
	sub	w0, w0, #1
.LVL23:
	.loc 1 24 16 view .LVU49
	bl	ackermann
.LVL24:
	b	.L11
	.cfi_endproc
.LFE24:
	.size	ackermann, .-ackermann
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
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL25:
.LFB25:
	.loc 1 29 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 29 1 is_stmt 0 view .LVU51
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	.cfi_offset 21, -16
	.cfi_offset 22, -8
	.loc 1 30 5 is_stmt 1 view .LVU52
	.loc 1 30 38 is_stmt 0 view .LVU53
	mov	w19, 20
	cmp	w0, 1
	bgt	.L30
.LVL26:
.L21:
	.loc 1 31 5 is_stmt 1 discriminator 4 view .LVU54
	mov	w0, w19
	bl	fib
.LVL27:
	mov	x22, x0
	mov	x2, x0
	mov	w1, w19
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL28:
	.loc 1 32 5 discriminator 4 view .LVU55
.LBB7:
	.loc 1 32 10 discriminator 4 view .LVU56
	.loc 1 32 24 discriminator 4 view .LVU57
	.loc 1 32 14 is_stmt 0 discriminator 4 view .LVU58
	mov	w19, 60
.LVL29:
	.loc 1 33 9 discriminator 4 view .LVU59
	adrp	x20, .LC1
	add	x20, x20, :lo12:.LC1
.LVL30:
.L22:
	.loc 1 33 9 is_stmt 1 discriminator 3 view .LVU60
	mov	w0, w19
	bl	fib_memo
.LVL31:
	mov	x2, x0
	mov	w1, w19
	mov	x0, x20
	bl	printf
.LVL32:
	.loc 1 32 33 discriminator 3 view .LVU61
	add	w19, w19, 10
.LVL33:
	.loc 1 32 24 discriminator 3 view .LVU62
	cmp	w19, 100
	bne	.L22
.LBE7:
.LBB8:
	.loc 1 34 19 is_stmt 0 view .LVU63
	mov	w20, 0
.LBB9:
	.loc 1 36 13 view .LVU64
	adrp	x21, .LC2
	add	x21, x21, :lo12:.LC2
.LVL34:
.L23:
	.loc 1 35 32 is_stmt 1 view .LVU65
	.loc 1 35 23 is_stmt 0 view .LVU66
	mov	w19, 0
.LVL35:
.L24:
	.loc 1 36 13 is_stmt 1 discriminator 3 view .LVU67
	mov	w1, w19
	mov	w0, w20
	bl	ackermann
.LVL36:
	mov	w3, w0
	mov	w2, w19
	mov	w1, w20
	mov	x0, x21
	bl	printf
.LVL37:
	.loc 1 35 38 discriminator 3 view .LVU68
	add	w19, w19, 1
.LVL38:
	.loc 1 35 32 discriminator 3 view .LVU69
	cmp	w19, 4
	bne	.L24
.LBE9:
	.loc 1 34 34 discriminator 2 view .LVU70
	add	w20, w20, 1
.LVL39:
	.loc 1 34 28 discriminator 2 view .LVU71
	cmp	w20, 3
	bne	.L23
.LBE8:
	.loc 1 37 5 view .LVU72
	.loc 1 37 25 is_stmt 0 view .LVU73
	mov	x1, 55051
	movk	x1, 0x70a3, lsl 16
	movk	x1, 0xa3d, lsl 32
	movk	x1, 0xa3d7, lsl 48
	smulh	x1, x22, x1
	add	x1, x1, x22
	asr	x1, x1, 6
	sub	x1, x1, x22, asr 63
	add	x0, x1, x1, lsl 1
	add	x0, x1, x0, lsl 3
	.loc 1 38 1 view .LVU74
	sub	w0, w22, w0, lsl 2
	ldp	x19, x20, [sp, 16]
.LVL40:
	.loc 1 38 1 view .LVU75
	ldp	x21, x22, [sp, 32]
	ldp	x29, x30, [sp], 48
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL41:
.L30:
	.cfi_restore_state
	.loc 1 38 1 view .LVU76
	mov	x3, x1
.LVL42:
.LBB10:
.LBI10:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU77
.LBB11:
	.loc 2 364 3 discriminator 1 view .LVU78
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU79
	mov	w2, 10
	mov	x1, 0
.LVL43:
	.loc 2 364 16 discriminator 1 view .LVU80
	ldr	x0, [x3, 8]
.LVL44:
	.loc 2 364 16 discriminator 1 view .LVU81
	bl	strtol
.LVL45:
	.loc 2 364 10 discriminator 1 view .LVU82
	mov	w19, w0
.LVL46:
	.loc 2 364 10 discriminator 1 view .LVU83
.LBE11:
.LBE10:
	b	.L21
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.bss
	.align	3
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
	.4byte	0x428
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF18
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
	.uleb128 0xe
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
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xf
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x10
	.4byte	0x5f
	.4byte	0x95
	.uleb128 0x11
	.4byte	0x2e
	.byte	0x5a
	.byte	0
	.uleb128 0x12
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x85
	.uleb128 0x9
	.byte	0x3
	.8byte	memo
	.uleb128 0x13
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5f
	.4byte	0xcb
	.uleb128 0x5
	.4byte	0xd0
	.uleb128 0x5
	.4byte	0xda
	.uleb128 0x5
	.4byte	0x35
	.byte	0
	.uleb128 0x8
	.4byte	0x72
	.uleb128 0x9
	.4byte	0xcb
	.uleb128 0x8
	.4byte	0x66
	.uleb128 0x9
	.4byte	0xd5
	.uleb128 0x14
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xf7
	.uleb128 0x5
	.4byte	0xcb
	.uleb128 0x15
	.byte	0
	.uleb128 0x16
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2ba
	.uleb128 0xa
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xa
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xd5
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x6
	.string	"n"
	.byte	0x1e
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0xb
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x1a7
	.uleb128 0x6
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x3
	.8byte	.LVL31
	.4byte	0x350
	.4byte	0x18c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL32
	.4byte	0xdf
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
	.uleb128 0xb
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.4byte	0x22f
	.uleb128 0x6
	.string	"m"
	.byte	0x22
	.byte	0x13
	.4byte	0x4a
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x17
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.uleb128 0x6
	.string	"k"
	.byte	0x23
	.byte	0x17
	.4byte	0x4a
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x3
	.8byte	.LVL36
	.4byte	0x2ba
	.4byte	0x20d
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
	.uleb128 0x4
	.8byte	.LVL37
	.4byte	0xdf
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
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.4byte	0x40f
	.8byte	.LBI10
	.byte	.LVU77
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.byte	0x1
	.byte	0x1e
	.byte	0x18
	.4byte	0x27a
	.uleb128 0x19
	.4byte	0x41d
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x4
	.8byte	.LVL45
	.4byte	0xab
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL27
	.4byte	0x3af
	.4byte	0x292
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL28
	.4byte	0xdf
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	.LASF16
	.byte	0x13
	.byte	0x11
	.4byte	0x4a
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x350
	.uleb128 0x7
	.string	"m"
	.byte	0x13
	.byte	0x24
	.4byte	0x4a
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x7
	.string	"n"
	.byte	0x13
	.byte	0x30
	.4byte	0x4a
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x3
	.8byte	.LVL16
	.4byte	0x2ba
	.4byte	0x31e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x31
	.byte	0x1c
	.byte	0
	.uleb128 0x3
	.8byte	.LVL17
	.4byte	0x2ba
	.4byte	0x336
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -1
	.byte	0
	.uleb128 0x4
	.8byte	.LVL24
	.4byte	0x2ba
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	.LASF17
	.byte	0x9
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3af
	.uleb128 0x7
	.string	"n"
	.byte	0x9
	.byte	0x1a
	.4byte	0x35
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x3
	.8byte	.LVL12
	.4byte	0x350
	.4byte	0x39a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -1
	.byte	0
	.uleb128 0x4
	.8byte	.LVL13
	.4byte	0x350
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -2
	.byte	0
	.byte	0
	.uleb128 0x1a
	.string	"fib"
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x40f
	.uleb128 0x7
	.string	"n"
	.byte	0x7
	.byte	0x15
	.4byte	0x35
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x3
	.8byte	.LVL5
	.4byte	0x3af
	.4byte	0x3fa
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -1
	.byte	0
	.uleb128 0x4
	.8byte	.LVL6
	.4byte	0x3af
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 -2
	.byte	0
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF21
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x35
	.byte	0x3
	.uleb128 0x1c
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0xcb
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1c
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
.LVUS4:
	.uleb128 0
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL45-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL45-1-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU54
	.uleb128 .LVU59
.LLST6:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS7:
	.uleb128 .LVU57
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU65
.LLST7:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x3c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS8:
	.uleb128 .LVU65
	.uleb128 .LVU75
.LLST8:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS9:
	.uleb128 .LVU65
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU75
.LLST9:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS10:
	.uleb128 .LVU77
	.uleb128 .LVU82
.LLST10:
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL45-1-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 8
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU8
	.uleb128 .LVU8
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
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x1
	.byte	0x63
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"long long int"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"ackermann"
.LASF20:
	.string	"main"
.LASF14:
	.string	"argc"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF12:
	.string	"strtol"
.LASF17:
	.string	"fib_memo"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF22:
	.string	"__nptr"
.LASF21:
	.string	"atoi"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF19:
	.string	"memo"
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
