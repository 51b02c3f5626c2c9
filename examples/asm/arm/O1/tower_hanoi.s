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
	.type	hanoi, %function
hanoi:
.LVL0:
.LFB23:
	.file 1 "programs/tower_hanoi.c"
	.loc 1 21 1 view -0
	.cfi_startproc
	.loc 1 22 5 view .LVU1
	.loc 1 22 8 is_stmt 0 view .LVU2
	cbnz	w0, .L9
	ret
.L9:
	.loc 1 21 1 view .LVU3
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	.cfi_offset 21, -32
	.cfi_offset 22, -24
	.cfi_offset 23, -16
	.cfi_offset 24, -8
	mov	w20, w0
	mov	w21, w1
	mov	w19, w2
	mov	w23, w3
	mov	w22, w4
	.loc 1 24 5 is_stmt 1 view .LVU4
	sub	w24, w0, #1
	mov	w3, w2
.LVL1:
	.loc 1 24 5 is_stmt 0 view .LVU5
	mov	w2, w23
.LVL2:
	.loc 1 24 5 view .LVU6
	mov	w0, w24
.LVL3:
	.loc 1 24 5 view .LVU7
	bl	hanoi
.LVL4:
	.loc 1 25 5 is_stmt 1 view .LVU8
.LBB7:
.LBI7:
	.loc 1 9 13 view .LVU9
.LBB8:
	.loc 1 11 5 view .LVU10
	.loc 1 11 32 is_stmt 0 view .LVU11
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	sxtw	x2, w21
	.loc 1 11 24 view .LVU12
	ldr	w1, [x0, x2, lsl 2]
	sub	w1, w1, #1
	.loc 1 11 9 view .LVU13
	str	w1, [x0, x2, lsl 2]
	add	x3, x0, 16
	lsl	x2, x2, 4
	add	x1, x2, w1, sxtw
	ldr	w3, [x3, x1, lsl 2]
.LVL5:
	.loc 1 12 5 is_stmt 1 view .LVU14
	.loc 1 12 15 is_stmt 0 view .LVU15
	ldr	w1, [x0, w19, sxtw 2]
	.loc 1 12 8 view .LVU16
	cbz	w1, .L3
	.loc 1 12 31 view .LVU17
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	.loc 1 12 43 view .LVU18
	sub	w2, w1, #1
	.loc 1 12 31 view .LVU19
	sbfiz	x4, x19, 4, 32
	add	x2, x4, w2, sxtw
	.loc 1 12 20 view .LVU20
	add	x0, x0, 16
	ldr	w0, [x0, x2, lsl 2]
	cmp	w3, w0
	bgt	.L10
.L3:
	.loc 1 16 5 is_stmt 1 view .LVU21
	.loc 1 16 24 is_stmt 0 view .LVU22
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	sxtw	x2, w19
	add	w4, w1, 1
	str	w4, [x0, x2, lsl 2]
	.loc 1 16 28 view .LVU23
	add	x4, x0, 16
	lsl	x2, x2, 4
	add	x1, x2, w1, sxtw
	str	w3, [x4, x1, lsl 2]
	.loc 1 17 5 is_stmt 1 view .LVU24
	.loc 1 17 10 is_stmt 0 view .LVU25
	ldr	x1, [x0, 208]
	add	x1, x1, 1
	str	x1, [x0, 208]
.LVL6:
	.loc 1 17 10 view .LVU26
.LBE8:
.LBE7:
	.loc 1 26 5 is_stmt 1 view .LVU27
	.loc 1 26 8 is_stmt 0 view .LVU28
	cbnz	w22, .L11
.L4:
	.loc 1 28 5 is_stmt 1 view .LVU29
	mov	w4, w22
	mov	w3, w21
	mov	w2, w19
	mov	w1, w23
	mov	w0, w24
	bl	hanoi
.LVL7:
	.loc 1 29 1 is_stmt 0 view .LVU30
	ldp	x19, x20, [sp, 16]
.LVL8:
	.loc 1 29 1 view .LVU31
	ldp	x21, x22, [sp, 32]
.LVL9:
	.loc 1 29 1 view .LVU32
	ldp	x23, x24, [sp, 48]
.LVL10:
	.loc 1 29 1 view .LVU33
	ldp	x29, x30, [sp], 64
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
.LVL11:
.L10:
	.cfi_restore_state
.LBB10:
.LBB9:
	.loc 1 13 9 is_stmt 1 view .LVU34
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	puts
.LVL12:
	.loc 1 14 9 view .LVU35
	mov	w0, 3
	bl	exit
.LVL13:
.L11:
	.loc 1 14 9 is_stmt 0 view .LVU36
.LBE9:
.LBE10:
	.loc 1 27 9 is_stmt 1 view .LVU37
	add	w3, w19, 65
	add	w2, w21, 65
	mov	w1, w20
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL14:
	b	.L4
	.cfi_endproc
.LFE23:
	.size	hanoi, .-hanoi
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"%d disks: %ld moves, peg C holds %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL15:
.LFB24:
	.loc 1 32 1 view -0
	.cfi_startproc
	.loc 1 32 1 is_stmt 0 view .LVU39
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	.loc 1 33 5 is_stmt 1 view .LVU40
	.loc 1 33 38 is_stmt 0 view .LVU41
	cmp	w0, 1
	bgt	.L20
.LVL16:
.L13:
	.loc 1 36 5 is_stmt 1 view .LVU42
.LBB11:
	.loc 1 36 10 view .LVU43
	.loc 1 36 23 view .LVU44
.LBE11:
	.loc 1 32 1 is_stmt 0 view .LVU45
	mov	w19, 4
.LVL17:
.L16:
	.loc 1 32 1 view .LVU46
	mov	w0, w19
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	add	x1, x1, 16
.LVL18:
.L15:
.LBB12:
	.loc 1 37 9 is_stmt 1 discriminator 3 view .LVU47
	.loc 1 37 20 is_stmt 0 discriminator 3 view .LVU48
	str	w0, [x1], 4
	.loc 1 36 29 is_stmt 1 discriminator 3 view .LVU49
.LVL19:
	.loc 1 36 23 discriminator 3 view .LVU50
	subs	w0, w0, #1
.LVL20:
	.loc 1 36 23 is_stmt 0 discriminator 3 view .LVU51
	bne	.L15
.LVL21:
.L14:
	.loc 1 36 23 discriminator 3 view .LVU52
.LBE12:
	.loc 1 38 5 is_stmt 1 view .LVU53
	.loc 1 38 15 is_stmt 0 view .LVU54
	adrp	x0, .LANCHOR0
	add	x20, x0, :lo12:.LANCHOR0
	str	w19, [x0, #:lo12:.LANCHOR0]
	.loc 1 39 5 is_stmt 1 view .LVU55
	cmp	w19, 4
	cset	w4, le
	mov	w3, 1
	mov	w2, 2
	mov	w1, 0
	mov	w0, w19
	bl	hanoi
.LVL22:
	.loc 1 40 5 view .LVU56
	ldr	w3, [x20, 8]
	ldr	x2, [x20, 208]
	mov	w1, w19
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL23:
	.loc 1 41 5 view .LVU57
	.loc 1 41 31 is_stmt 0 view .LVU58
	ldr	w0, [x20, 8]
	cmp	w0, w19
	cset	w0, ne
	.loc 1 42 1 view .LVU59
	ldp	x19, x20, [sp, 16]
.LVL24:
	.loc 1 42 1 view .LVU60
	ldp	x29, x30, [sp], 32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL25:
.L20:
	.cfi_restore_state
	.loc 1 42 1 view .LVU61
	mov	x3, x1
.LVL26:
.LBB13:
.LBI13:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU62
.LBB14:
	.loc 2 364 3 discriminator 1 view .LVU63
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU64
	mov	w2, 10
	mov	x1, 0
.LVL27:
	.loc 2 364 16 discriminator 1 view .LVU65
	ldr	x0, [x3, 8]
.LVL28:
	.loc 2 364 16 discriminator 1 view .LVU66
	bl	strtol
.LVL29:
	.loc 2 364 16 discriminator 1 view .LVU67
.LBE14:
.LBE13:
	.loc 1 34 5 is_stmt 1 discriminator 1 view .LVU68
	.loc 1 34 15 is_stmt 0 discriminator 1 view .LVU69
	sub	w1, w0, #1
	.loc 1 34 8 discriminator 1 view .LVU70
	cmp	w1, 15
	bhi	.L13
.LBB16:
.LBB15:
	.loc 2 364 10 view .LVU71
	mov	w19, w0
	.loc 2 364 10 view .LVU72
.LBE15:
.LBE16:
	.loc 1 36 5 is_stmt 1 view .LVU73
.LBB17:
	.loc 1 36 10 view .LVU74
.LVL30:
	.loc 1 36 23 view .LVU75
	cmp	w0, 0
	ble	.L14
	b	.L16
.LBE17:
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.bss
	.align	3
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
	.4byte	0x427
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF24
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
	.uleb128 0x7
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x12
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xc
	.4byte	0x35
	.4byte	0x9b
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x2
	.uleb128 0x8
	.4byte	0x2e
	.byte	0xf
	.byte	0
	.uleb128 0x9
	.4byte	.LASF12
	.byte	0x5
	.byte	0xc
	.4byte	0x85
	.uleb128 0x9
	.byte	0x3
	.8byte	pegs
	.uleb128 0xc
	.4byte	0x35
	.4byte	0xc0
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x2
	.byte	0
	.uleb128 0x9
	.4byte	.LASF13
	.byte	0x6
	.byte	0xc
	.4byte	0xb0
	.uleb128 0x9
	.byte	0x3
	.8byte	height
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.uleb128 0x9
	.byte	0x3
	.8byte	moves
	.uleb128 0x13
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x27d
	.byte	0xd
	.4byte	0xfd
	.uleb128 0x3
	.4byte	0x35
	.byte	0
	.uleb128 0x14
	.4byte	.LASF16
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5f
	.4byte	0x11d
	.uleb128 0x3
	.4byte	0x122
	.uleb128 0x3
	.4byte	0x12c
	.uleb128 0x3
	.4byte	0x35
	.byte	0
	.uleb128 0x7
	.4byte	0x72
	.uleb128 0xd
	.4byte	0x11d
	.uleb128 0x7
	.4byte	0x66
	.uleb128 0xd
	.4byte	0x127
	.uleb128 0x15
	.4byte	.LASF17
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x149
	.uleb128 0x3
	.4byte	0x11d
	.uleb128 0x16
	.byte	0
	.uleb128 0x17
	.4byte	.LASF25
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x251
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x1f
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x4
	.4byte	.LASF19
	.byte	0x1f
	.byte	0x1b
	.4byte	0x127
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0xe
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x18
	.4byte	.LLRL12
	.4byte	0x1bd
	.uleb128 0xe
	.string	"i"
	.byte	0x24
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST13
	.4byte	.LVUS13
	.byte	0
	.uleb128 0xf
	.4byte	0x3ff
	.8byte	.LBI13
	.byte	.LVU62
	.4byte	.LLRL14
	.byte	0x21
	.byte	0x18
	.4byte	0x1fb
	.uleb128 0xa
	.4byte	0x411
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x5
	.8byte	.LVL29
	.4byte	0xfd
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
	.uleb128 0x6
	.8byte	.LVL22
	.4byte	0x251
	.4byte	0x22f
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
	.8byte	.LVL23
	.4byte	0x131
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
	.4byte	0x3d0
	.uleb128 0xb
	.string	"n"
	.byte	0x17
	.4byte	0x35
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1e
	.4byte	0x35
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xb
	.string	"to"
	.byte	0x28
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xb
	.string	"via"
	.byte	0x30
	.4byte	0x35
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x39
	.4byte	0x35
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xf
	.4byte	0x3d0
	.8byte	.LBI7
	.byte	.LVU9
	.4byte	.LLRL5
	.byte	0x19
	.byte	0x5
	.4byte	0x340
	.uleb128 0xa
	.4byte	0x3e9
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0xa
	.4byte	0x3dd
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1a
	.4byte	.LLRL5
	.uleb128 0x1b
	.4byte	0x3f4
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x6
	.8byte	.LVL12
	.4byte	0x41f
	.4byte	0x32b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL13
	.4byte	0xea
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL4
	.4byte	0x251
	.4byte	0x370
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL7
	.4byte	0x251
	.4byte	0x3a0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL14
	.4byte	0x131
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x85
	.sleb128 65
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0x83
	.sleb128 65
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	.LASF27
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.byte	0x1
	.4byte	0x3ff
	.uleb128 0x1d
	.4byte	.LASF20
	.byte	0x1
	.byte	0x9
	.byte	0x1b
	.4byte	0x35
	.uleb128 0x1e
	.string	"to"
	.byte	0x1
	.byte	0x9
	.byte	0x25
	.4byte	0x35
	.uleb128 0x1f
	.string	"d"
	.byte	0x1
	.byte	0xb
	.byte	0x9
	.4byte	0x35
	.byte	0
	.uleb128 0x20
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x35
	.byte	0x3
	.4byte	0x41f
	.uleb128 0x21
	.4byte	.LASF23
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x11d
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
	.uleb128 0x7
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 0
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL29-1-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU42
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU60
	.uleb128 .LVU67
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS13:
	.uleb128 .LVU44
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU52
	.uleb128 .LVU75
	.uleb128 0
.LLST13:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x6
	.byte	0x83
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
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
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
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
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU62
	.uleb128 .LVU67
.LLST15:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL29-1-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 8
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU33
	.uleb128 .LVU33
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x3
	.byte	0x88
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU33
	.uleb128 .LVU33
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS6:
	.uleb128 .LVU9
	.uleb128 .LVU26
	.uleb128 .LVU34
	.uleb128 .LVU36
.LLST6:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS7:
	.uleb128 .LVU9
	.uleb128 .LVU26
	.uleb128 .LVU34
	.uleb128 .LVU36
.LLST7:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS8:
	.uleb128 .LVU14
	.uleb128 .LVU26
	.uleb128 .LVU34
	.uleb128 .LVU35
.LLST8:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
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
.LLRL5:
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0
.LLRL12:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
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
.LASF2:
	.string	"long unsigned int"
.LASF26:
	.string	"hanoi"
.LASF13:
	.string	"height"
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
.LASF24:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF17:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF19:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF9:
	.string	"char"
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
