	.arch armv8-a
	.file	"tower_hanoi.c"
	.text
.Ltext0:
	.file 0 "." "programs/tower_hanoi.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"illegal move"
	.align	3
.LC1:
	.string	"disk %d: %c -> %c\n"
	.text
	.align	2
	.p2align 4,,11
	.type	hanoi, %function
hanoi:
.LVL0:
.LFB23:
	.file 1 "programs/tower_hanoi.c"
	.loc 1 21 1 view -0
	.cfi_startproc
	.loc 1 22 5 view .LVU1
	.loc 1 22 8 is_stmt 0 view .LVU2
	cbz	w0, .L17
	.loc 1 21 1 view .LVU3
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	adrp	x19, .LANCHOR0
.LBB7:
.LBB8:
	.loc 1 11 32 view .LVU4
	add	x19, x19, :lo12:.LANCHOR0
	mov	w20, w1
.LBE8:
.LBE7:
	.loc 1 21 1 view .LVU5
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	mov	w22, w3
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -64
	.cfi_offset 24, -56
	sxtw	x24, w2
	mov	w21, w0
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -48
	.cfi_offset 26, -40
	mov	w25, w4
.LBB13:
.LBB9:
	.loc 1 11 9 view .LVU6
	add	x26, x19, 16
.LBE9:
.LBE13:
	.loc 1 21 1 view .LVU7
	stp	x27, x28, [sp, 80]
	.cfi_offset 27, -32
	.cfi_offset 28, -24
	mov	w27, w2
.LBB14:
.LBB10:
	.loc 1 12 31 view .LVU8
	sbfiz	x28, x2, 4, 32
.LBE10:
.LBE14:
	.loc 1 27 9 view .LVU9
	adrp	x23, .LC1
	add	x0, x23, :lo12:.LC1
.LVL1:
	.loc 1 27 9 view .LVU10
	str	x0, [sp, 104]
.LVL2:
.L3:
	.loc 1 24 5 is_stmt 1 view .LVU11
	mov	w23, w21
	sub	w21, w21, #1
	mov	w0, w21
	mov	w2, w22
	mov	w1, w20
	mov	w4, w25
	mov	w3, w27
	bl	hanoi
.LVL3:
	.loc 1 25 5 view .LVU12
.LBB15:
.LBI7:
	.loc 1 9 13 view .LVU13
.LBB11:
	.loc 1 11 5 view .LVU14
	.loc 1 11 32 is_stmt 0 view .LVU15
	sxtw	x1, w20
	.loc 1 11 9 view .LVU16
	lsl	x2, x1, 4
	.loc 1 11 24 view .LVU17
	ldr	w0, [x19, x1, lsl 2]
	sub	w0, w0, #1
	.loc 1 11 9 view .LVU18
	str	w0, [x19, x1, lsl 2]
	.loc 1 12 15 view .LVU19
	ldr	w5, [x19, x24, lsl 2]
	.loc 1 11 9 view .LVU20
	add	x0, x2, w0, sxtw
	ldr	w1, [x26, x0, lsl 2]
.LVL4:
	.loc 1 12 5 is_stmt 1 view .LVU21
	.loc 1 12 8 is_stmt 0 view .LVU22
	cbnz	w5, .L21
.L4:
	.loc 1 16 5 is_stmt 1 view .LVU23
	.loc 1 17 10 is_stmt 0 view .LVU24
	ldr	x6, [x19, 208]
	.loc 1 16 28 view .LVU25
	add	x0, x28, w5, sxtw
	.loc 1 16 24 view .LVU26
	add	w5, w5, 1
	str	w5, [x19, x24, lsl 2]
	.loc 1 17 10 view .LVU27
	add	x5, x6, 1
	str	x5, [x19, 208]
	.loc 1 16 28 view .LVU28
	str	w1, [x26, x0, lsl 2]
	.loc 1 17 5 is_stmt 1 view .LVU29
.LVL5:
	.loc 1 17 5 is_stmt 0 view .LVU30
.LBE11:
.LBE15:
	.loc 1 26 5 is_stmt 1 view .LVU31
	.loc 1 26 8 is_stmt 0 view .LVU32
	cbnz	w25, .L22
	.loc 1 22 5 is_stmt 1 view .LVU33
	mov	w0, w22
	mov	w22, w20
	.loc 1 22 8 is_stmt 0 view .LVU34
	cbz	w21, .L1
.L23:
	mov	w20, w0
	b	.L3
.LVL6:
	.p2align 2,,3
.L21:
.LBB16:
.LBB12:
	.loc 1 12 43 view .LVU35
	sub	w0, w5, #1
	.loc 1 12 31 view .LVU36
	add	x0, x28, w0, sxtw
	.loc 1 12 20 view .LVU37
	ldr	w0, [x26, x0, lsl 2]
	cmp	w1, w0
	ble	.L4
	.loc 1 13 9 is_stmt 1 view .LVU38
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	puts
.LVL7:
	.loc 1 14 9 view .LVU39
	mov	w0, 3
	bl	exit
.LVL8:
	.p2align 2,,3
.L22:
	.loc 1 14 9 is_stmt 0 view .LVU40
.LBE12:
.LBE16:
	.loc 1 27 9 is_stmt 1 view .LVU41
	ldr	x0, [sp, 104]
	mov	w1, w23
	add	w3, w27, 65
	add	w2, w20, 65
	bl	printf
.LVL9:
	.loc 1 22 5 view .LVU42
	mov	w0, w22
	mov	w22, w20
	.loc 1 22 8 is_stmt 0 view .LVU43
	cbnz	w21, .L23
.L1:
	.loc 1 29 1 view .LVU44
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
.LVL10:
	.loc 1 29 1 view .LVU45
	ldp	x27, x28, [sp, 80]
.LVL11:
	.loc 1 29 1 view .LVU46
	ldp	x29, x30, [sp], 112
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
.LVL12:
	.p2align 2,,3
.L17:
	.loc 1 29 1 view .LVU47
	ret
	.cfi_endproc
.LFE23:
	.size	hanoi, .-hanoi
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"%d disks: %ld moves, peg C holds %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL13:
.LFB24:
	.loc 1 32 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 33 5 view .LVU49
	.loc 1 32 1 is_stmt 0 view .LVU50
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	.loc 1 33 38 view .LVU51
	cmp	w0, 1
	bgt	.L25
.LVL14:
.L27:
	.loc 1 36 5 is_stmt 1 view .LVU52
.LBB17:
	.loc 1 36 10 view .LVU53
	.loc 1 36 23 view .LVU54
.LBE17:
	.loc 1 33 38 is_stmt 0 view .LVU55
	mov	w19, 4
.LVL15:
.L26:
	.loc 1 33 38 view .LVU56
	adrp	x2, .LANCHOR0
	add	x1, x2, :lo12:.LANCHOR0
	add	x1, x1, 16
	mov	w0, w19
.LVL16:
	.p2align 3,,7
.L28:
.LBB18:
	.loc 1 37 9 is_stmt 1 discriminator 3 view .LVU57
	.loc 1 37 20 is_stmt 0 discriminator 3 view .LVU58
	str	w0, [x1], 4
	.loc 1 36 29 is_stmt 1 discriminator 3 view .LVU59
.LVL17:
	.loc 1 36 23 discriminator 3 view .LVU60
	subs	w0, w0, #1
.LVL18:
	.loc 1 36 23 is_stmt 0 discriminator 3 view .LVU61
	bne	.L28
.LBE18:
	.loc 1 38 5 is_stmt 1 view .LVU62
	.loc 1 39 5 is_stmt 0 view .LVU63
	cmp	w19, 4
	.loc 1 38 15 view .LVU64
	add	x20, x2, :lo12:.LANCHOR0
	.loc 1 39 5 view .LVU65
	cset	w4, le
	mov	w0, w19
	.loc 1 38 15 view .LVU66
	str	w19, [x2, #:lo12:.LANCHOR0]
	.loc 1 39 5 is_stmt 1 view .LVU67
	mov	w3, 1
	mov	w2, 2
	mov	w1, 0
.LVL19:
	.loc 1 39 5 is_stmt 0 view .LVU68
	bl	hanoi
.LVL20:
	.loc 1 40 5 is_stmt 1 view .LVU69
	ldr	x2, [x20, 208]
	mov	w1, w19
	ldr	w3, [x20, 8]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL21:
	.loc 1 41 5 view .LVU70
	.loc 1 41 31 is_stmt 0 view .LVU71
	ldr	w0, [x20, 8]
	cmp	w0, w19
	.loc 1 42 1 view .LVU72
	ldp	x19, x20, [sp, 16]
	.loc 1 42 1 view .LVU73
	cset	w0, ne
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL22:
.L25:
	.cfi_restore_state
.LBB19:
.LBI19:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU74
.LBB20:
	.loc 2 364 3 discriminator 1 view .LVU75
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU76
	ldr	x0, [x1, 8]
.LVL23:
	.loc 2 364 16 discriminator 1 view .LVU77
	mov	x1, 0
.LVL24:
	.loc 2 364 16 discriminator 1 view .LVU78
	mov	w2, 10
	bl	strtol
.LVL25:
	.loc 2 364 16 discriminator 1 view .LVU79
.LBE20:
.LBE19:
	.loc 1 34 5 is_stmt 1 discriminator 1 view .LVU80
	.loc 1 34 15 is_stmt 0 discriminator 1 view .LVU81
	sub	w1, w0, #1
	.loc 1 34 8 discriminator 1 view .LVU82
	cmp	w1, 15
	bhi	.L27
.LBB22:
.LBB21:
	.loc 2 364 10 view .LVU83
	mov	w19, w0
	.loc 2 364 10 view .LVU84
.LBE21:
.LBE22:
	.loc 1 36 5 is_stmt 1 view .LVU85
.LBB23:
	.loc 1 36 10 view .LVU86
.LVL26:
	.loc 1 36 23 view .LVU87
	b	.L26
.LBE23:
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.bss
	.align	4
	.set	.LANCHOR0,. + 0
	.type	height, %object
	.size	height, 12
height:
	.zero	12
	.zero	4
	.type	pegs, %object
	.size	pegs, 192
pegs:
	.zero	192
	.type	moves, %object
	.size	moves, 8
moves:
	.zero	8
	.text
.Letext0:
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3ed
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF24
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL16
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x11
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
	.uleb128 0x6
	.4byte	0x67
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x12
	.4byte	0x67
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xc
	.4byte	0x31
	.4byte	0x97
	.uleb128 0x7
	.4byte	0x2a
	.byte	0x2
	.uleb128 0x7
	.4byte	0x2a
	.byte	0xf
	.byte	0
	.uleb128 0x8
	.4byte	.LASF12
	.byte	0x5
	.byte	0xc
	.4byte	0x81
	.uleb128 0x9
	.byte	0x3
	.8byte	pegs
	.uleb128 0xc
	.4byte	0x31
	.4byte	0xbc
	.uleb128 0x7
	.4byte	0x2a
	.byte	0x2
	.byte	0
	.uleb128 0x8
	.4byte	.LASF13
	.byte	0x6
	.byte	0xc
	.4byte	0xac
	.uleb128 0x9
	.byte	0x3
	.8byte	height
	.uleb128 0x8
	.4byte	.LASF14
	.byte	0x7
	.byte	0xd
	.4byte	0x5b
	.uleb128 0x9
	.byte	0x3
	.8byte	moves
	.uleb128 0x13
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x27d
	.byte	0xd
	.4byte	0xf9
	.uleb128 0x3
	.4byte	0x31
	.byte	0
	.uleb128 0x14
	.4byte	.LASF16
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5b
	.4byte	0x119
	.uleb128 0x3
	.4byte	0x11e
	.uleb128 0x3
	.4byte	0x128
	.uleb128 0x3
	.4byte	0x31
	.byte	0
	.uleb128 0x6
	.4byte	0x6e
	.uleb128 0xd
	.4byte	0x119
	.uleb128 0x6
	.4byte	0x62
	.uleb128 0xd
	.4byte	0x123
	.uleb128 0x15
	.4byte	.LASF17
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x145
	.uleb128 0x3
	.4byte	0x119
	.uleb128 0x16
	.byte	0
	.uleb128 0x17
	.4byte	.LASF25
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x24d
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x1f
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x4
	.4byte	.LASF19
	.byte	0x1f
	.byte	0x1b
	.4byte	0x123
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0xe
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x18
	.4byte	.LLRL12
	.4byte	0x1b9
	.uleb128 0xe
	.string	"i"
	.byte	0x24
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST13
	.4byte	.LVUS13
	.byte	0
	.uleb128 0xf
	.4byte	0x3c5
	.8byte	.LBI19
	.byte	.LVU74
	.4byte	.LLRL14
	.byte	0x21
	.byte	0x18
	.4byte	0x1f7
	.uleb128 0x9
	.4byte	0x3d7
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x5
	.8byte	.LVL25
	.4byte	0xf9
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
	.uleb128 0xa
	.8byte	.LVL20
	.4byte	0x24d
	.4byte	0x22b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x40
	.byte	0x4e
	.byte	0x24
	.byte	0x2c
	.byte	0
	.uleb128 0x5
	.8byte	.LVL21
	.4byte	0x12d
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
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x19
	.4byte	.LASF26
	.byte	0x1
	.byte	0x14
	.byte	0xd
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x396
	.uleb128 0xb
	.string	"n"
	.byte	0x17
	.4byte	0x31
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1e
	.4byte	0x31
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xb
	.string	"to"
	.byte	0x28
	.4byte	0x31
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xb
	.string	"via"
	.byte	0x30
	.4byte	0x31
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x39
	.4byte	0x31
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xf
	.4byte	0x396
	.8byte	.LBI7
	.byte	.LVU13
	.4byte	.LLRL5
	.byte	0x19
	.byte	0x5
	.4byte	0x33c
	.uleb128 0x9
	.4byte	0x3af
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x9
	.4byte	0x3a3
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1a
	.4byte	.LLRL5
	.uleb128 0x1b
	.4byte	0x3ba
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0xa
	.8byte	.LVL7
	.4byte	0x3e5
	.4byte	0x327
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL8
	.4byte	0xe6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL3
	.4byte	0x24d
	.4byte	0x36c
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
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8b
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL9
	.4byte	0x12d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -8
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x84
	.sleb128 65
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0x8b
	.sleb128 65
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	.LASF27
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.byte	0x1
	.4byte	0x3c5
	.uleb128 0x1d
	.4byte	.LASF20
	.byte	0x1
	.byte	0x9
	.byte	0x1b
	.4byte	0x31
	.uleb128 0x1e
	.string	"to"
	.byte	0x1
	.byte	0x9
	.byte	0x25
	.4byte	0x31
	.uleb128 0x1f
	.string	"d"
	.byte	0x1
	.byte	0xb
	.byte	0x9
	.4byte	0x31
	.byte	0
	.uleb128 0x20
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x31
	.byte	0x3
	.4byte	0x3e5
	.uleb128 0x21
	.4byte	.LASF23
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x119
	.byte	0
	.uleb128 0x22
	.4byte	.LASF28
	.4byte	.LASF29
	.byte	0x4
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
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x5
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 20
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
	.uleb128 0x37
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x87
	.uleb128 0x19
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
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x5
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
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x21
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
	.uleb128 0x22
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
.LVUS9:
	.uleb128 0
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 0
.LLST9:
	.byte	0x6
	.8byte	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.LVL13
	.uleb128 .LVL22-.LVL13
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL13
	.uleb128 .LVL23-.LVL13
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL23-.LVL13
	.uleb128 .LFE24-.LVL13
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 0
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 0
.LLST10:
	.byte	0x6
	.8byte	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL14-.LVL13
	.uleb128 .LVL22-.LVL13
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL13
	.uleb128 .LVL24-.LVL13
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.LVL13
	.uleb128 .LFE24-.LVL13
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU52
	.uleb128 .LVU56
	.uleb128 .LVU79
	.uleb128 0
.LLST11:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL14
	.uleb128 .LFE24-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS13:
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU68
	.uleb128 .LVU87
	.uleb128 0
.LLST13:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL16-.LVL14
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x6
	.byte	0x83
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL14
	.uleb128 .LVL18-.LVL14
	.uleb128 0x8
	.byte	0x83
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL14
	.uleb128 .LVL19-.LVL14
	.uleb128 0xa
	.byte	0x83
	.sleb128 0
	.byte	0x71
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL14
	.uleb128 .LFE24-.LVL14
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU74
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU79
.LLST15:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL24-.LVL22
	.uleb128 0x2
	.byte	0x71
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL24-.LVL22
	.uleb128 .LVL25-1-.LVL22
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU47
	.uleb128 .LVU47
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
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LFE23-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LFE23-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL11-.LVL0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL11-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LFE23-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LFE23-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL10-.LVL0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL10-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LFE23-.LVL0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS6:
	.uleb128 .LVU13
	.uleb128 .LVU30
	.uleb128 .LVU35
	.uleb128 .LVU40
.LLST6:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL6-.LVL3
	.uleb128 .LVL8-.LVL3
	.uleb128 0x1
	.byte	0x6b
	.byte	0
.LVUS7:
	.uleb128 .LVU13
	.uleb128 .LVU30
	.uleb128 .LVU35
	.uleb128 .LVU40
.LLST7:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL6-.LVL3
	.uleb128 .LVL8-.LVL3
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS8:
	.uleb128 .LVU21
	.uleb128 .LVU30
	.uleb128 .LVU35
	.uleb128 .LVU39
.LLST8:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.LVL4
	.uleb128 .LVL7-1-.LVL4
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
.LLRL5:
	.byte	0x5
	.8byte	.LBB7
	.byte	0x4
	.uleb128 .LBB7-.LBB7
	.uleb128 .LBE7-.LBB7
	.byte	0x4
	.uleb128 .LBB13-.LBB7
	.uleb128 .LBE13-.LBB7
	.byte	0x4
	.uleb128 .LBB14-.LBB7
	.uleb128 .LBE14-.LBB7
	.byte	0x4
	.uleb128 .LBB15-.LBB7
	.uleb128 .LBE15-.LBB7
	.byte	0x4
	.uleb128 .LBB16-.LBB7
	.uleb128 .LBE16-.LBB7
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB17
	.byte	0x4
	.uleb128 .LBB17-.LBB17
	.uleb128 .LBE17-.LBB17
	.byte	0x4
	.uleb128 .LBB18-.LBB17
	.uleb128 .LBE18-.LBB17
	.byte	0x4
	.uleb128 .LBB23-.LBB17
	.uleb128 .LBE23-.LBB17
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB19
	.byte	0x4
	.uleb128 .LBB19-.LBB19
	.uleb128 .LBE19-.LBB19
	.byte	0x4
	.uleb128 .LBB22-.LBB19
	.uleb128 .LBE22-.LBB19
	.byte	0
.LLRL16:
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
.LASF20:
	.string	"from"
.LASF14:
	.string	"moves"
.LASF4:
	.string	"short unsigned int"
.LASF29:
	.string	"__builtin_puts"
.LASF15:
	.string	"exit"
.LASF3:
	.string	"unsigned char"
.LASF24:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF26:
	.string	"hanoi"
.LASF13:
	.string	"height"
.LASF2:
	.string	"long unsigned int"
.LASF25:
	.string	"main"
.LASF12:
	.string	"pegs"
.LASF5:
	.string	"unsigned int"
.LASF23:
	.string	"__nptr"
.LASF11:
	.string	"long long unsigned int"
.LASF27:
	.string	"move_disk"
.LASF22:
	.string	"atoi"
.LASF18:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF9:
	.string	"char"
.LASF17:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF19:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF28:
	.string	"puts"
.LASF6:
	.string	"signed char"
.LASF21:
	.string	"verbose"
.LASF16:
	.string	"strtol"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/tower_hanoi.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
