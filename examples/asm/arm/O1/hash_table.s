	.arch armv8-a
	.file	"hash_table.c"
	.text
.Ltext0:
	.file 0 "." "programs/hash_table.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%23s"
	.align	3
.LC1:
	.string	"%-10s %d (hash %u)\n"
	.align	3
.LC2:
	.string	"%d words, %d distinct\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/hash_table.c"
	.loc 1 27 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	str	x25, [sp, 64]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.cfi_offset 23, -64
	.cfi_offset 24, -56
	.cfi_offset 25, -48
	.loc 1 28 5 view .LVU1
	.loc 1 29 5 view .LVU2
.LVL0:
	.loc 1 30 5 view .LVU3
	.loc 1 29 23 is_stmt 0 view .LVU4
	mov	w19, 0
	.loc 1 29 9 view .LVU5
	mov	w20, 0
	.loc 1 30 12 view .LVU6
	add	x23, sp, 88
	adrp	x24, .LC0
	add	x24, x24, :lo12:.LC0
.LBB10:
.LBB11:
.LBB12:
	.loc 1 21 20 view .LVU7
	adrp	x22, .LANCHOR0
	add	x22, x22, :lo12:.LANCHOR0
.LBE12:
.LBE11:
.LBE10:
	.loc 1 30 11 view .LVU8
	b	.L2
.LVL1:
.L28:
.LBB21:
.LBB18:
.LBB15:
	.loc 1 23 5 is_stmt 1 view .LVU9
	.loc 1 23 5 is_stmt 0 view .LVU10
.LBE15:
.LBE18:
	.loc 1 32 9 is_stmt 1 view .LVU11
	.loc 1 32 12 is_stmt 0 view .LVU12
	cbz	w25, .L6
.LVL2:
.L8:
	.loc 1 36 9 is_stmt 1 view .LVU13
	.loc 1 36 17 is_stmt 0 view .LVU14
	uxtw	x0, w21
	ubfiz	x21, x21, 3, 7
	sub	x1, x21, x0
	add	x1, x22, x1, lsl 2
	ldr	w0, [x1, 24]
	add	w0, w0, 1
	str	w0, [x1, 24]
	.loc 1 37 9 is_stmt 1 view .LVU15
	.loc 1 37 14 is_stmt 0 view .LVU16
	add	w19, w19, 1
.LVL3:
.L2:
	.loc 1 37 14 view .LVU17
.LBE21:
	.loc 1 30 29 is_stmt 1 view .LVU18
	.loc 1 30 12 is_stmt 0 view .LVU19
	mov	x1, x23
	mov	x0, x24
	bl	__isoc99_scanf
.LVL4:
	.loc 1 30 29 view .LVU20
	cmp	w0, 1
	bne	.L9
.LVL5:
.LBB22:
.LBB19:
.LBB16:
.LBB13:
.LBB14:
	.loc 1 13 12 is_stmt 1 view .LVU21
	ldrb	w1, [sp, 88]
	add	x2, sp, 88
	.loc 1 12 14 is_stmt 0 view .LVU22
	mov	w0, 5381
	.loc 1 13 12 view .LVU23
	cbz	w1, .L10
.LVL6:
.L3:
	.loc 1 14 9 is_stmt 1 view .LVU24
	.loc 1 14 15 is_stmt 0 view .LVU25
	add	w0, w0, w0, lsl 5
.LVL7:
	.loc 1 14 11 view .LVU26
	add	w0, w1, w0
.LVL8:
	.loc 1 13 12 is_stmt 1 view .LVU27
	ldrb	w1, [x2, 1]!
.LVL9:
	.loc 1 13 12 is_stmt 0 view .LVU28
	cbnz	w1, .L3
.LVL10:
.L10:
	.loc 1 15 5 is_stmt 1 view .LVU29
	.loc 1 15 5 is_stmt 0 view .LVU30
.LBE14:
.LBE13:
	.loc 1 20 14 view .LVU31
	and	w21, w0, 127
.LVL11:
	.loc 1 21 5 is_stmt 1 view .LVU32
	.loc 1 21 27 view .LVU33
	.loc 1 21 20 is_stmt 0 view .LVU34
	and	x1, x0, 127
	ubfiz	x0, x0, 3, 7
	sub	x0, x0, x1
	add	x0, x22, x0, lsl 2
	ldr	w25, [x0, 24]
	.loc 1 21 27 view .LVU35
	cbz	w25, .L27
.L4:
	.loc 1 21 45 view .LVU36
	uxtw	x1, w21
	ubfiz	x0, x21, 3, 7
	sub	x0, x0, x1
	.loc 1 21 30 view .LVU37
	mov	x1, x23
	add	x0, x22, x0, lsl 2
	bl	strcmp
.LVL12:
	.loc 1 21 27 view .LVU38
	cbz	w0, .L28
	.loc 1 22 9 is_stmt 1 view .LVU39
	.loc 1 22 16 is_stmt 0 view .LVU40
	add	w0, w21, 1
	.loc 1 22 11 view .LVU41
	and	w21, w0, 127
.LVL13:
	.loc 1 21 27 is_stmt 1 view .LVU42
	.loc 1 21 20 is_stmt 0 view .LVU43
	and	x1, x0, 127
	ubfiz	x0, x0, 3, 7
	sub	x0, x0, x1
	add	x0, x22, x0, lsl 2
	ldr	w25, [x0, 24]
	.loc 1 21 27 view .LVU44
	cbnz	w25, .L4
.LVL14:
.L6:
	.loc 1 23 12 view .LVU45
	uxtw	x1, w21
.LVL15:
	.loc 1 23 12 view .LVU46
	ubfiz	x0, x21, 3, 7
	sub	x0, x0, x1
	add	x0, x22, x0, lsl 2
.LVL16:
.L15:
	.loc 1 23 12 view .LVU47
.LBE16:
.LBE19:
	.loc 1 33 13 is_stmt 1 view .LVU48
	mov	x1, x23
	bl	strcpy
.LVL17:
	.loc 1 34 13 view .LVU49
	.loc 1 34 21 is_stmt 0 view .LVU50
	add	w20, w20, 1
.LVL18:
	.loc 1 34 21 view .LVU51
	b	.L8
.LVL19:
.L9:
	.loc 1 34 21 view .LVU52
	adrp	x21, .LANCHOR0
	add	x21, x21, :lo12:.LANCHOR0
	add	x22, x21, 3584
.LBE22:
.LBB23:
	.loc 1 41 13 view .LVU53
	adrp	x23, .LC1
	add	x23, x23, :lo12:.LC1
.LBB24:
.LBB25:
	.loc 1 12 14 view .LVU54
	mov	w24, 5381
	b	.L14
.LVL20:
.L17:
	.loc 1 12 14 view .LVU55
	mov	w3, w24
.LVL21:
.L12:
	.loc 1 15 5 is_stmt 1 view .LVU56
.LBE25:
.LBE24:
	.loc 1 41 13 is_stmt 0 view .LVU57
	mov	x0, x23
	bl	printf
.LVL22:
.L11:
	.loc 1 39 33 is_stmt 1 discriminator 2 view .LVU58
	.loc 1 39 23 discriminator 2 view .LVU59
	add	x21, x21, 28
.LVL23:
	.loc 1 39 23 is_stmt 0 discriminator 2 view .LVU60
	cmp	x21, x22
	beq	.L29
.LVL24:
.L14:
	.loc 1 40 9 is_stmt 1 view .LVU61
	mov	x1, x21
	.loc 1 40 21 is_stmt 0 view .LVU62
	ldr	w2, [x21, 24]
	.loc 1 40 12 view .LVU63
	cmp	w2, 1
	ble	.L11
	.loc 1 41 13 is_stmt 1 view .LVU64
.LVL25:
.LBB27:
.LBI24:
	.loc 1 10 17 view .LVU65
.LBB26:
	.loc 1 12 5 view .LVU66
	.loc 1 13 5 view .LVU67
	.loc 1 13 12 view .LVU68
	ldrb	w0, [x21]
	cbz	w0, .L17
	mov	x4, x21
	.loc 1 12 14 is_stmt 0 view .LVU69
	mov	w3, w24
.LVL26:
.L13:
	.loc 1 14 9 is_stmt 1 view .LVU70
	.loc 1 14 15 is_stmt 0 view .LVU71
	add	w3, w3, w3, lsl 5
.LVL27:
	.loc 1 14 11 view .LVU72
	add	w3, w0, w3
.LVL28:
	.loc 1 13 12 is_stmt 1 view .LVU73
	ldrb	w0, [x4, 1]!
.LVL29:
	.loc 1 13 12 is_stmt 0 view .LVU74
	cbnz	w0, .L13
	b	.L12
.LVL30:
.L27:
	.loc 1 13 12 view .LVU75
.LBE26:
.LBE27:
.LBE23:
.LBB28:
.LBB20:
.LBB17:
	.loc 1 23 5 is_stmt 1 view .LVU76
	.loc 1 23 12 is_stmt 0 view .LVU77
	uxtw	x0, w21
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	mov	x2, 28
	madd	x0, x0, x2, x1
.LVL31:
	.loc 1 23 12 view .LVU78
.LBE17:
.LBE20:
	.loc 1 32 9 is_stmt 1 view .LVU79
	b	.L15
.LVL32:
.L29:
	.loc 1 32 9 is_stmt 0 view .LVU80
.LBE28:
	.loc 1 42 5 is_stmt 1 view .LVU81
	mov	w2, w20
	mov	w1, w19
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL33:
	.loc 1 43 5 view .LVU82
	.loc 1 44 1 is_stmt 0 view .LVU83
	mov	w0, w20
	ldp	x19, x20, [sp, 16]
.LVL34:
	.loc 1 44 1 view .LVU84
	ldp	x21, x22, [sp, 32]
.LVL35:
	.loc 1 44 1 view .LVU85
	ldp	x23, x24, [sp, 48]
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp], 112
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
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	table, %object
	.size	table, 3584
table:
	.zero	3584
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x34d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x5
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x14
	.4byte	0x6b
	.uleb128 0x5
	.4byte	0x72
	.uleb128 0x15
	.4byte	.LASF19
	.byte	0x1c
	.byte	0x1
	.byte	0x7
	.byte	0x8
	.4byte	0xa0
	.uleb128 0x7
	.4byte	.LASF10
	.byte	0x15
	.4byte	0xa0
	.byte	0
	.uleb128 0x7
	.4byte	.LASF11
	.byte	0x23
	.4byte	0x35
	.byte	0x18
	.byte	0
	.uleb128 0x8
	.4byte	0x6b
	.4byte	0xb0
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x17
	.byte	0
	.uleb128 0x8
	.4byte	0x7c
	.4byte	0xc0
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.uleb128 0x16
	.4byte	.LASF15
	.byte	0x1
	.byte	0x8
	.byte	0x15
	.4byte	0xb0
	.uleb128 0x9
	.byte	0x3
	.8byte	table
	.uleb128 0xa
	.4byte	.LASF12
	.byte	0x9c
	.byte	0xc
	.4byte	0x35
	.4byte	0xf0
	.uleb128 0x3
	.4byte	0x77
	.uleb128 0x3
	.4byte	0x77
	.byte	0
	.uleb128 0x17
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x108
	.uleb128 0x3
	.4byte	0x77
	.uleb128 0xb
	.byte	0
	.uleb128 0x18
	.4byte	.LASF20
	.byte	0x3
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF21
	.4byte	0x35
	.4byte	0x124
	.uleb128 0x3
	.4byte	0x77
	.uleb128 0xb
	.byte	0
	.uleb128 0xa
	.4byte	.LASF14
	.byte	0x8d
	.byte	0xe
	.4byte	0x66
	.4byte	0x13e
	.uleb128 0x3
	.4byte	0x66
	.uleb128 0x3
	.4byte	0x77
	.byte	0
	.uleb128 0x19
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x309
	.uleb128 0x1a
	.string	"w"
	.byte	0x1
	.byte	0x1c
	.byte	0xa
	.4byte	0xa0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xc
	.4byte	.LASF16
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xc
	.4byte	.LASF17
	.byte	0x17
	.4byte	0x35
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x1b
	.4byte	.LLRL2
	.4byte	0x24e
	.uleb128 0xd
	.string	"e"
	.byte	0x1f
	.byte	0x17
	.4byte	0x309
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x1c
	.4byte	0x30e
	.4byte	.LLRL4
	.byte	0x1
	.byte	0x1f
	.byte	0x1b
	.4byte	0x239
	.uleb128 0x1d
	.4byte	0x31f
	.uleb128 0xe
	.4byte	.LLRL4
	.uleb128 0x6
	.4byte	0x328
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x1e
	.4byte	0x331
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.byte	0x1
	.byte	0x14
	.byte	0x12
	.4byte	0x209
	.uleb128 0xf
	.4byte	0x33e
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x6
	.4byte	0x347
	.4byte	.LLST7
	.4byte	.LVUS7
	.byte	0
	.uleb128 0x4
	.8byte	.LVL12
	.4byte	0xd6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x16
	.byte	0x85
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0xa
	.2byte	0x3f8
	.byte	0x1a
	.byte	0x85
	.sleb128 0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x1c
	.byte	0x32
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL17
	.4byte	0x124
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x1f
	.8byte	.LBB23
	.8byte	.LBE23-.LBB23
	.4byte	0x2c3
	.uleb128 0xd
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x20
	.4byte	0x331
	.8byte	.LBI24
	.byte	.LVU65
	.4byte	.LLRL9
	.byte	0x1
	.byte	0x29
	.byte	0xd
	.4byte	0x2ae
	.uleb128 0xf
	.4byte	0x33e
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0xe
	.4byte	.LLRL9
	.uleb128 0x6
	.4byte	0x347
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.uleb128 0x4
	.8byte	.LVL22
	.4byte	0xf0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x21
	.8byte	.LVL4
	.4byte	0x108
	.4byte	0x2e1
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
	.byte	0
	.uleb128 0x4
	.8byte	.LVL33
	.4byte	0xf0
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
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x7c
	.uleb128 0x22
	.4byte	.LASF23
	.byte	0x1
	.byte	0x12
	.byte	0x16
	.4byte	0x309
	.byte	0x1
	.4byte	0x331
	.uleb128 0x10
	.string	"w"
	.byte	0x12
	.byte	0x29
	.4byte	0x77
	.uleb128 0x11
	.string	"i"
	.byte	0x14
	.4byte	0x4a
	.byte	0
	.uleb128 0x23
	.4byte	.LASF24
	.byte	0x1
	.byte	0xa
	.byte	0x11
	.4byte	0x4a
	.byte	0x1
	.uleb128 0x10
	.string	"s"
	.byte	0xa
	.byte	0x22
	.4byte	0x77
	.uleb128 0x11
	.string	"h"
	.byte	0xc
	.4byte	0x4a
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
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
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0xb
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x34
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
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x21
	.sleb128 14
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x18
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
	.uleb128 0x6e
	.uleb128 0xe
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
	.uleb128 0x1b
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
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
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 .LVU3
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU84
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 .LVU10
	.uleb128 .LVU13
	.uleb128 .LVU45
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU49
	.uleb128 .LVU78
	.uleb128 .LVU80
.LLST3:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x15
	.byte	0x85
	.sleb128 0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x4c
	.byte	0x1e
	.byte	0x3
	.8byte	table
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x15
	.byte	0x85
	.sleb128 0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x4c
	.byte	0x1e
	.byte	0x3
	.8byte	table
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0xf
	.byte	0x71
	.sleb128 0
	.byte	0x4c
	.byte	0x1e
	.byte	0x3
	.8byte	table
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS5:
	.uleb128 .LVU9
	.uleb128 .LVU10
	.uleb128 .LVU32
	.uleb128 .LVU45
	.uleb128 .LVU75
	.uleb128 .LVU78
.LLST5:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS6:
	.uleb128 .LVU21
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU30
.LLST6:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS7:
	.uleb128 .LVU21
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU26
	.uleb128 .LVU27
	.uleb128 .LVU29
.LLST7:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS8:
	.uleb128 .LVU55
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU75
	.uleb128 .LVU80
	.uleb128 .LVU85
.LLST8:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-1-.Ltext0
	.uleb128 0x15
	.byte	0x71
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-1-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x15
	.byte	0x85
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x4c
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
	.byte	0x85
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x4c
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
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x17
	.byte	0x85
	.sleb128 0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x15
	.byte	0x85
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x15
	.byte	0x71
	.sleb128 0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x17
	.byte	0x85
	.sleb128 0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x4c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU65
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU75
.LLST10:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS11:
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU67
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU72
	.uleb128 .LVU73
	.uleb128 .LVU75
.LLST11:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
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
.LLRL2:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0
.LLRL4:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF20:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"strcpy"
.LASF6:
	.string	"signed char"
.LASF24:
	.string	"djb2"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF19:
	.string	"entry"
.LASF9:
	.string	"char"
.LASF21:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF11:
	.string	"count"
.LASF15:
	.string	"table"
.LASF12:
	.string	"strcmp"
.LASF2:
	.string	"long unsigned int"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF23:
	.string	"lookup"
.LASF17:
	.string	"total"
.LASF7:
	.string	"short int"
.LASF10:
	.string	"word"
.LASF16:
	.string	"distinct"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/hash_table.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
