	.arch armv8-a
	.file	"linked_list.c"
	.text
.Ltext0:
	.file 0 "." "programs/linked_list.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%s:"
	.align	3
.LC1:
	.string	" %d"
	.text
	.align	2
	.type	print, %function
print:
.LVL0:
.LFB14:
	.file 1 "programs/linked_list.c"
	.loc 1 47 1 view -0
	.cfi_startproc
	.loc 1 47 1 is_stmt 0 view .LVU1
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	mov	x19, x1
	.loc 1 48 5 is_stmt 1 view .LVU2
.LVL1:
	.loc 1 49 5 view .LVU3
	mov	x1, x0
.LVL2:
	.loc 1 49 5 is_stmt 0 view .LVU4
	adrp	x0, .LC0
.LVL3:
	.loc 1 49 5 view .LVU5
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL4:
	.loc 1 50 5 is_stmt 1 view .LVU6
	.loc 1 50 12 view .LVU7
	cbz	x19, .L4
	str	x21, [sp, 32]
	.cfi_offset 21, -16
	.loc 1 48 9 is_stmt 0 view .LVU8
	mov	w20, 0
	.loc 1 51 9 view .LVU9
	adrp	x21, .LC1
	add	x21, x21, :lo12:.LC1
.LVL5:
.L3:
	.loc 1 51 9 is_stmt 1 discriminator 2 view .LVU10
	ldr	w1, [x19]
	mov	x0, x21
	bl	printf
.LVL6:
	.loc 1 50 26 discriminator 2 view .LVU11
	.loc 1 50 17 is_stmt 0 discriminator 2 view .LVU12
	ldr	x19, [x19, 8]
.LVL7:
	.loc 1 50 33 discriminator 2 view .LVU13
	add	w20, w20, 1
.LVL8:
	.loc 1 50 12 is_stmt 1 discriminator 2 view .LVU14
	cbnz	x19, .L3
	ldr	x21, [sp, 32]
	.cfi_restore 21
.LVL9:
.L2:
	.loc 1 52 5 view .LVU15
	mov	w0, 10
	bl	putchar
.LVL10:
	.loc 1 53 5 view .LVU16
	.loc 1 54 1 is_stmt 0 view .LVU17
	mov	w0, w20
	ldp	x19, x20, [sp, 16]
.LVL11:
	.loc 1 54 1 view .LVU18
	ldp	x29, x30, [sp], 48
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL12:
.L4:
	.cfi_restore_state
	.loc 1 48 9 view .LVU19
	mov	w20, 0
	b	.L2
	.cfi_endproc
.LFE14:
	.size	print, .-print
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"sorted"
	.align	3
.LC3:
	.string	"reversed"
	.align	3
.LC4:
	.string	"no multiples of 3"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB15:
	.loc 1 57 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -32
	.loc 1 58 5 view .LVU21
.LVL13:
	.loc 1 59 5 view .LVU22
.LBB10:
	.loc 1 59 10 view .LVU23
	.loc 1 59 23 view .LVU24
	adrp	x0, .LANCHOR0
	add	x4, x0, :lo12:.LANCHOR0
	ldr	w6, [x0, #:lo12:.LANCHOR0]
	add	x4, x4, 8
	add	x4, x4, w6, sxtw 4
.LBE10:
	.loc 1 57 1 is_stmt 0 view .LVU25
	mov	w3, 11
	.loc 1 58 18 view .LVU26
	mov	x19, 0
.LBB15:
	.loc 1 60 16 view .LVU27
	mov	w9, 34079
	movk	w9, 0x51eb, lsl 16
	mov	w8, 50
.LBB11:
.LBB12:
	.loc 1 14 19 view .LVU28
	add	x7, sp, 40
	b	.L11
.LVL14:
.L9:
	.loc 1 17 5 is_stmt 1 view .LVU29
	.loc 1 17 13 is_stmt 0 view .LVU30
	str	x19, [x5, 8]
	.loc 1 18 5 is_stmt 1 view .LVU31
	.loc 1 18 11 is_stmt 0 view .LVU32
	str	x5, [x2]
.LVL15:
	.loc 1 19 5 is_stmt 1 view .LVU33
	.loc 1 19 12 is_stmt 0 view .LVU34
	ldr	x19, [sp, 40]
.LVL16:
	.loc 1 19 12 view .LVU35
.LBE12:
.LBE11:
	.loc 1 59 30 is_stmt 1 view .LVU36
	.loc 1 59 23 view .LVU37
	add	w3, w3, 37
	add	x4, x4, 16
	cmp	w3, 751
	beq	.L25
.LVL17:
.L11:
	.loc 1 60 9 discriminator 3 view .LVU38
	.loc 1 60 16 is_stmt 0 discriminator 3 view .LVU39
	smull	x1, w3, w9
	asr	x1, x1, 36
	sub	w1, w1, w3, asr 31
	msub	w1, w1, w8, w3
	str	x19, [sp, 40]
.LVL18:
.LBB14:
.LBI11:
	.loc 1 10 21 is_stmt 1 discriminator 3 view .LVU40
.LBB13:
	.loc 1 12 5 discriminator 3 view .LVU41
	.loc 1 12 32 is_stmt 0 discriminator 3 view .LVU42
	add	w6, w6, 1
	.loc 1 12 18 discriminator 3 view .LVU43
	mov	x5, x4
.LVL19:
	.loc 1 13 5 is_stmt 1 discriminator 3 view .LVU44
	.loc 1 13 14 is_stmt 0 discriminator 3 view .LVU45
	str	w1, [x4]
	.loc 1 14 5 is_stmt 1 discriminator 3 view .LVU46
.LVL20:
	.loc 1 15 5 discriminator 3 view .LVU47
	.loc 1 15 18 discriminator 3 view .LVU48
	.loc 1 14 19 is_stmt 0 discriminator 3 view .LVU49
	mov	x2, x7
	.loc 1 15 18 discriminator 3 view .LVU50
	cbz	x19, .L9
.LVL21:
.L8:
	.loc 1 15 18 view .LVU51
	ldr	w0, [x19]
	cmp	w1, w0
	ble	.L9
	.loc 1 16 9 is_stmt 1 view .LVU52
	.loc 1 16 14 is_stmt 0 view .LVU53
	add	x2, x19, 8
.LVL22:
	.loc 1 16 14 view .LVU54
	ldr	x19, [x19, 8]
	.loc 1 15 18 is_stmt 1 view .LVU55
	cbnz	x19, .L8
	b	.L9
.LVL23:
.L25:
	.loc 1 15 18 is_stmt 0 view .LVU56
	adrp	x0, .LANCHOR0
	str	w6, [x0, #:lo12:.LANCHOR0]
.LBE13:
.LBE14:
.LBE15:
	.loc 1 61 5 is_stmt 1 view .LVU57
	mov	x1, x19
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	print
.LVL24:
	.loc 1 62 5 view .LVU58
.LBB16:
.LBI16:
	.loc 1 22 21 view .LVU59
.LBB17:
	.loc 1 24 5 view .LVU60
	.loc 1 25 5 view .LVU61
	.loc 1 25 12 view .LVU62
	cbz	x19, .L12
	.loc 1 24 18 is_stmt 0 view .LVU63
	mov	x1, 0
	b	.L13
.LVL25:
.L19:
.LBB18:
	.loc 1 29 14 view .LVU64
	mov	x19, x0
.LVL26:
.L13:
	.loc 1 26 9 is_stmt 1 view .LVU65
	.loc 1 26 22 is_stmt 0 view .LVU66
	ldr	x0, [x19, 8]
.LVL27:
	.loc 1 27 9 is_stmt 1 view .LVU67
	.loc 1 27 20 is_stmt 0 view .LVU68
	str	x1, [x19, 8]
	.loc 1 28 9 is_stmt 1 view .LVU69
.LVL28:
	.loc 1 29 9 view .LVU70
	.loc 1 29 9 is_stmt 0 view .LVU71
.LBE18:
	.loc 1 25 12 is_stmt 1 view .LVU72
	mov	x1, x19
	cbnz	x0, .L19
.LVL29:
	.loc 1 31 5 view .LVU73
	.loc 1 31 5 is_stmt 0 view .LVU74
.LBE17:
.LBE16:
	.loc 1 63 5 is_stmt 1 view .LVU75
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	print
.LVL30:
	.loc 1 64 5 view .LVU76
	str	x19, [sp, 40]
.LVL31:
.LBB20:
.LBI20:
	.loc 1 34 21 view .LVU77
.LBB21:
	.loc 1 37 12 view .LVU78
	.loc 1 36 19 is_stmt 0 view .LVU79
	add	x2, sp, 40
	.loc 1 38 28 view .LVU80
	mov	w3, 21846
	movk	w3, 0x5555, lsl 16
	b	.L16
.LVL32:
.L14:
	.loc 1 41 13 is_stmt 1 view .LVU81
	.loc 1 41 18 is_stmt 0 view .LVU82
	add	x2, x19, 8
.LVL33:
.L15:
	.loc 1 37 12 is_stmt 1 view .LVU83
	ldr	x19, [x2]
	cbz	x19, .L17
.L16:
	.loc 1 38 9 view .LVU84
	.loc 1 38 28 is_stmt 0 view .LVU85
	ldr	w1, [x19]
	smull	x0, w1, w3
	lsr	x0, x0, 32
	sub	w0, w0, w1, asr 31
	add	w0, w0, w0, lsl 1
	.loc 1 38 12 view .LVU86
	cmp	w1, w0
	bne	.L14
	.loc 1 39 13 is_stmt 1 view .LVU87
	.loc 1 39 28 is_stmt 0 view .LVU88
	ldr	x0, [x19, 8]
	.loc 1 39 19 view .LVU89
	str	x0, [x2]
	b	.L15
.LVL34:
.L12:
	.loc 1 39 19 view .LVU90
.LBE21:
.LBE20:
.LBB23:
.LBB19:
	.loc 1 31 5 is_stmt 1 view .LVU91
	.loc 1 31 5 is_stmt 0 view .LVU92
.LBE19:
.LBE23:
	.loc 1 63 5 is_stmt 1 view .LVU93
	mov	x1, 0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	print
.LVL35:
	.loc 1 64 5 view .LVU94
	str	xzr, [sp, 40]
.LVL36:
.LBB24:
	.loc 1 34 21 view .LVU95
.LBB22:
	.loc 1 37 12 view .LVU96
.L17:
	.loc 1 43 5 view .LVU97
	.loc 1 43 5 is_stmt 0 view .LVU98
.LBE22:
.LBE24:
	.loc 1 65 5 is_stmt 1 view .LVU99
	.loc 1 65 12 is_stmt 0 view .LVU100
	ldr	x1, [sp, 40]
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	print
.LVL37:
	.loc 1 66 1 view .LVU101
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	used, %object
	.size	used, 4
used:
	.zero	4
	.zero	4
	.type	pool, %object
	.size	pool, 1024
pool:
	.zero	1024
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x41c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF23
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
	.uleb128 0x14
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
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xb
	.4byte	0x66
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x10
	.byte	0x4
	.4byte	.LASF11
	.uleb128 0x15
	.4byte	.LASF24
	.byte	0x10
	.byte	0x1
	.byte	0x5
	.byte	0x8
	.4byte	0xa4
	.uleb128 0xc
	.4byte	.LASF12
	.byte	0x13
	.4byte	0x35
	.byte	0
	.uleb128 0xc
	.4byte	.LASF13
	.byte	0x27
	.4byte	0xa9
	.byte	0x8
	.byte	0
	.uleb128 0xb
	.4byte	0x80
	.uleb128 0x6
	.4byte	0x80
	.uleb128 0x16
	.4byte	0x80
	.4byte	0xbe
	.uleb128 0x17
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.uleb128 0xd
	.4byte	.LASF14
	.byte	0x7
	.byte	0x14
	.4byte	0xae
	.uleb128 0x9
	.byte	0x3
	.8byte	pool
	.uleb128 0xd
	.4byte	.LASF15
	.byte	0x8
	.byte	0xc
	.4byte	0x35
	.uleb128 0x9
	.byte	0x3
	.8byte	used
	.uleb128 0x18
	.4byte	.LASF25
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x100
	.uleb128 0x19
	.4byte	0x100
	.uleb128 0x1a
	.byte	0
	.uleb128 0x6
	.4byte	0x6d
	.uleb128 0x1b
	.4byte	.LASF26
	.byte	0x1
	.byte	0x38
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2c9
	.uleb128 0xe
	.4byte	.LASF16
	.byte	0x3a
	.byte	0x12
	.4byte	0xa9
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x1c
	.4byte	.LLRL4
	.4byte	0x19f
	.uleb128 0x1d
	.string	"i"
	.byte	0x1
	.byte	0x3b
	.byte	0xe
	.4byte	0x35
	.byte	0
	.uleb128 0x1e
	.4byte	0x3dc
	.8byte	.LBI11
	.byte	.LVU40
	.4byte	.LLRL5
	.byte	0x1
	.byte	0x3c
	.byte	0x10
	.uleb128 0x3
	.4byte	0x3f5
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x3
	.4byte	0x3ea
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x8
	.4byte	.LLRL5
	.uleb128 0x4
	.4byte	0x3fe
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x4
	.4byte	0x408
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x3aa
	.8byte	.LBI16
	.byte	.LVU59
	.4byte	.LLRL10
	.byte	0x3e
	.4byte	0x1fa
	.uleb128 0x3
	.4byte	0x3b8
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x8
	.4byte	.LLRL10
	.uleb128 0x4
	.4byte	0x3c3
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1f
	.4byte	0x3ce
	.8byte	.LBB18
	.8byte	.LBE18-.LBB18
	.uleb128 0x4
	.4byte	0x3cf
	.4byte	.LLST13
	.4byte	.LVUS13
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x377
	.8byte	.LBI20
	.byte	.LVU77
	.4byte	.LLRL14
	.byte	0x40
	.4byte	0x23f
	.uleb128 0x3
	.4byte	0x390
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x3
	.4byte	0x385
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x8
	.4byte	.LLRL14
	.uleb128 0x4
	.4byte	0x399
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL24
	.4byte	0x2c9
	.4byte	0x264
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
	.uleb128 0x5
	.8byte	.LVL30
	.4byte	0x2c9
	.4byte	0x289
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL35
	.4byte	0x2c9
	.4byte	0x2ad
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x10
	.8byte	.LVL37
	.4byte	0x2c9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.byte	0
	.uleb128 0x20
	.4byte	.LASF27
	.byte	0x1
	.byte	0x2e
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x372
	.uleb128 0x11
	.string	"tag"
	.byte	0x1e
	.4byte	0x100
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x11
	.string	"n"
	.byte	0x36
	.4byte	0x372
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xe
	.4byte	.LASF17
	.byte	0x30
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.8byte	.LVL4
	.4byte	0xe8
	.4byte	0x346
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0
	.uleb128 0x5
	.8byte	.LVL6
	.4byte	0xe8
	.4byte	0x35e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.8byte	.LVL10
	.4byte	0x414
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x6
	.4byte	0xa4
	.uleb128 0x9
	.4byte	.LASF18
	.byte	0x22
	.4byte	0xa9
	.4byte	0x3a5
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0x22
	.byte	0x35
	.4byte	0xa9
	.uleb128 0x12
	.string	"k"
	.byte	0x22
	.byte	0x3f
	.4byte	0x35
	.uleb128 0x7
	.4byte	.LASF20
	.byte	0x24
	.byte	0x13
	.4byte	0x3a5
	.byte	0
	.uleb128 0x6
	.4byte	0xa9
	.uleb128 0x9
	.4byte	.LASF19
	.byte	0x16
	.4byte	0xa9
	.4byte	0x3dc
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0x16
	.byte	0x2a
	.4byte	0xa9
	.uleb128 0x7
	.4byte	.LASF21
	.byte	0x18
	.byte	0x12
	.4byte	0xa9
	.uleb128 0x21
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x1a
	.byte	0x16
	.4byte	0xa9
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	.LASF22
	.byte	0xa
	.4byte	0xa9
	.4byte	0x414
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0xa
	.byte	0x30
	.4byte	0xa9
	.uleb128 0x12
	.string	"v"
	.byte	0xa
	.byte	0x3a
	.4byte	0x35
	.uleb128 0x22
	.string	"n"
	.byte	0x1
	.byte	0xc
	.byte	0x12
	.4byte	0xa9
	.uleb128 0x7
	.4byte	.LASF20
	.byte	0xe
	.byte	0x13
	.4byte	0x3a5
	.byte	0
	.uleb128 0x23
	.4byte	.LASF28
	.4byte	.LASF29
	.byte	0x3
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.sleb128 21
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
	.uleb128 0xa
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
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0x21
	.sleb128 12
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 46
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x19
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x23
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
.LVUS3:
	.uleb128 .LVU22
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU33
	.uleb128 .LVU35
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU64
	.uleb128 .LVU74
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU81
	.uleb128 .LVU90
	.uleb128 .LVU92
	.uleb128 .LVU92
	.uleb128 .LVU97
	.uleb128 .LVU98
	.uleb128 .LVU101
.LLST3:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x77
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x77
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL30-1-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-1-.Ltext0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS6:
	.uleb128 .LVU29
	.uleb128 .LVU35
	.uleb128 .LVU40
	.uleb128 .LVU56
.LLST6:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS7:
	.uleb128 .LVU29
	.uleb128 .LVU33
	.uleb128 .LVU40
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU56
.LLST7:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x77
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x77
	.sleb128 0
	.byte	0
.LVUS8:
	.uleb128 .LVU29
	.uleb128 .LVU35
	.uleb128 .LVU44
	.uleb128 .LVU56
.LLST8:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS9:
	.uleb128 .LVU29
	.uleb128 .LVU35
	.uleb128 .LVU47
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU56
.LLST9:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS11:
	.uleb128 .LVU59
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU74
	.uleb128 .LVU90
	.uleb128 .LVU92
.LLST11:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS12:
	.uleb128 .LVU61
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU74
	.uleb128 .LVU90
	.uleb128 .LVU92
.LLST12:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU64
	.uleb128 .LVU65
	.uleb128 .LVU67
	.uleb128 .LVU74
.LLST13:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS15:
	.uleb128 .LVU77
	.uleb128 .LVU90
	.uleb128 .LVU95
	.uleb128 .LVU98
.LLST15:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU77
	.uleb128 .LVU81
	.uleb128 .LVU95
	.uleb128 .LVU97
.LLST16:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS17:
	.uleb128 .LVU78
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU90
	.uleb128 .LVU96
	.uleb128 .LVU97
.LLST17:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS2:
	.uleb128 .LVU3
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU15
	.uleb128 .LVU19
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x2
	.byte	0x30
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
.LLRL4:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.LLRL5:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF28:
	.string	"putchar"
.LASF26:
	.string	"main"
.LASF12:
	.string	"value"
.LASF16:
	.string	"head"
.LASF18:
	.string	"remove_if_multiple"
.LASF20:
	.string	"link"
.LASF10:
	.string	"long long int"
.LASF8:
	.string	"long int"
.LASF25:
	.string	"printf"
.LASF24:
	.string	"node"
.LASF11:
	.string	"long double"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"insert_sorted"
.LASF6:
	.string	"signed char"
.LASF27:
	.string	"print"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF29:
	.string	"__builtin_putchar"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"reverse"
.LASF17:
	.string	"count"
.LASF15:
	.string	"used"
.LASF14:
	.string	"pool"
.LASF21:
	.string	"prev"
.LASF13:
	.string	"next"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/linked_list.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
