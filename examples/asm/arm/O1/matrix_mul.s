	.arch armv8-a
	.file	"matrix_mul.c"
	.text
.Ltext0:
	.file 0 "." "programs/matrix_mul.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%6ld"
	.align	3
.LC1:
	.string	"trace %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/matrix_mul.c"
	.loc 1 28 1 view -0
	.cfi_startproc
	sub	sp, sp, #656
	.cfi_def_cfa_offset 656
	stp	x29, x30, [sp]
	.cfi_offset 29, -656
	.cfi_offset 30, -648
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	str	x25, [sp, 64]
	.cfi_offset 19, -640
	.cfi_offset 20, -632
	.cfi_offset 21, -624
	.cfi_offset 22, -616
	.cfi_offset 23, -608
	.cfi_offset 24, -600
	.cfi_offset 25, -592
	.loc 1 29 5 view .LVU1
	.loc 1 30 5 view .LVU2
	.loc 1 31 5 view .LVU3
.LBB17:
	.loc 1 31 10 view .LVU4
.LVL0:
	.loc 1 31 23 view .LVU5
	add	x9, sp, 512
	add	x10, sp, 368
.LBE17:
	.loc 1 28 1 is_stmt 0 view .LVU6
	mov	x5, x10
	mov	x4, x9
	mov	w7, -5
	mov	w3, 1
	b	.L2
.LVL1:
.L24:
.LBB20:
	.loc 1 31 29 is_stmt 1 discriminator 2 view .LVU7
	.loc 1 31 23 discriminator 2 view .LVU8
	add	w3, w3, 1
.LVL2:
	.loc 1 31 23 is_stmt 0 discriminator 2 view .LVU9
	add	w7, w7, 2
	add	x4, x4, 24
	add	x5, x5, 24
	cmp	w3, 7
	beq	.L15
.LVL3:
.L2:
	.loc 1 31 23 discriminator 2 view .LVU10
	sub	w6, w3, #1
.LVL4:
.LBB18:
	.loc 1 32 27 is_stmt 1 view .LVU11
.LBE18:
.LBE20:
	.loc 1 28 1 is_stmt 0 view .LVU12
	mov	w2, w7
	mov	x0, 0
.LVL5:
.L3:
.LBB21:
.LBB19:
	.loc 1 33 13 is_stmt 1 discriminator 3 view .LVU13
	.loc 1 33 21 is_stmt 0 discriminator 3 view .LVU14
	str	w2, [x4, x0, lsl 2]
	.loc 1 34 13 is_stmt 1 discriminator 3 view .LVU15
	.loc 1 34 26 is_stmt 0 discriminator 3 view .LVU16
	eor	w1, w6, w0
	.loc 1 34 31 discriminator 3 view .LVU17
	sub	w1, w1, #3
	.loc 1 34 21 discriminator 3 view .LVU18
	str	w1, [x5, x0, lsl 2]
	.loc 1 32 33 is_stmt 1 discriminator 3 view .LVU19
.LVL6:
	.loc 1 32 27 discriminator 3 view .LVU20
	add	x0, x0, 1
.LVL7:
	.loc 1 32 27 is_stmt 0 discriminator 3 view .LVU21
	add	w2, w2, w3
	cmp	x0, 6
	bne	.L3
	b	.L24
.LVL8:
.L15:
	.loc 1 32 27 discriminator 3 view .LVU22
.LBE19:
	mov	x7, x10
	mov	x6, x10
.LVL9:
	.loc 1 32 27 discriminator 3 view .LVU23
	mov	x5, 1
	b	.L4
.LVL10:
.L5:
	.loc 1 32 27 discriminator 3 view .LVU24
.LBE21:
.LBB22:
.LBB23:
	.loc 1 19 23 is_stmt 1 view .LVU25
	add	x5, x5, 1
.LVL11:
	.loc 1 19 23 is_stmt 0 view .LVU26
	add	x6, x6, 28
	add	x7, x7, 24
	cmp	x5, 7
	beq	.L25
.LVL12:
.L4:
	.loc 1 20 9 is_stmt 1 view .LVU27
.LBB24:
	.loc 1 20 14 view .LVU28
	.loc 1 20 31 view .LVU29
	cmp	w5, 5
	bgt	.L5
.LBB25:
	.loc 1 21 22 is_stmt 0 view .LVU30
	mov	x2, x7
	mov	x1, x6
	mov	x0, x5
.LVL13:
.L6:
	.loc 1 21 13 is_stmt 1 view .LVU31
	.loc 1 21 17 is_stmt 0 view .LVU32
	ldr	w3, [x2, x0, lsl 2]
.LVL14:
	.loc 1 22 13 is_stmt 1 view .LVU33
	.loc 1 22 27 is_stmt 0 view .LVU34
	ldr	w4, [x1, 24]
	.loc 1 22 21 view .LVU35
	str	w4, [x2, x0, lsl 2]
	.loc 1 23 13 is_stmt 1 view .LVU36
	.loc 1 23 21 is_stmt 0 view .LVU37
	str	w3, [x1, 24]!
.LBE25:
	.loc 1 20 37 is_stmt 1 view .LVU38
.LVL15:
	.loc 1 20 31 view .LVU39
	add	x0, x0, 1
.LVL16:
	.loc 1 20 31 is_stmt 0 view .LVU40
	cmp	w0, 5
	ble	.L6
	b	.L5
.LVL17:
.L25:
	.loc 1 20 31 view .LVU41
	add	x20, sp, 80
	add	x8, sp, 128
	add	x5, x9, 24
	add	x11, x9, 168
.LVL18:
.L10:
	.loc 1 20 31 view .LVU42
.LBE24:
.LBE23:
.LBE22:
.LBB29:
.LBB30:
.LBB31:
	.loc 1 9 27 is_stmt 1 view .LVU43
	sub	x7, x8, #48
.LBB32:
	.loc 1 10 18 is_stmt 0 view .LVU44
	mov	x6, x10
.LVL19:
.L12:
.LBB33:
	.loc 1 11 31 is_stmt 1 view .LVU45
.LBE33:
.LBE32:
.LBE31:
.LBE30:
.LBE29:
.LBB41:
.LBB28:
.LBB27:
.LBB26:
	.loc 1 21 22 is_stmt 0 view .LVU46
	mov	x2, x6
	mov	x0, x9
.LBE26:
.LBE27:
.LBE28:
.LBE41:
.LBB42:
.LBB39:
.LBB37:
.LBB35:
	.loc 1 10 18 view .LVU47
	mov	x1, 0
.LVL20:
.L8:
.LBB34:
	.loc 1 12 17 is_stmt 1 view .LVU48
	.loc 1 12 22 is_stmt 0 view .LVU49
	ldrsw	x4, [x0], 4
.LVL21:
	.loc 1 12 42 view .LVU50
	ldrsw	x3, [x2], 24
	.loc 1 12 19 view .LVU51
	madd	x1, x4, x3, x1
.LVL22:
	.loc 1 11 37 is_stmt 1 view .LVU52
	.loc 1 11 31 view .LVU53
	cmp	x0, x5
	bne	.L8
.LBE34:
	.loc 1 13 13 view .LVU54
	.loc 1 13 21 is_stmt 0 view .LVU55
	str	x1, [x7], 8
.LVL23:
	.loc 1 13 21 view .LVU56
.LBE35:
	.loc 1 9 33 is_stmt 1 view .LVU57
	.loc 1 9 27 view .LVU58
	add	x6, x6, 4
	cmp	x7, x8
	bne	.L12
.LBE37:
	.loc 1 8 29 view .LVU59
.LVL24:
	.loc 1 8 23 view .LVU60
	add	x8, x8, 48
.LVL25:
	.loc 1 8 23 is_stmt 0 view .LVU61
	add	x9, x9, 24
	add	x5, x5, 24
.LVL26:
	.loc 1 8 23 view .LVU62
	cmp	x5, x11
	bne	.L10
	add	x25, x20, 288
	mov	x21, x20
.LBE39:
.LBE42:
	.loc 1 38 10 view .LVU63
	mov	x23, 0
.LBB43:
.LBB44:
	.loc 1 41 13 view .LVU64
	adrp	x22, .LC0
	add	x22, x22, :lo12:.LC0
.LBE44:
	.loc 1 42 9 view .LVU65
	mov	w24, 10
	b	.L11
.LVL27:
.L26:
	.loc 1 42 9 is_stmt 1 discriminator 2 view .LVU66
	mov	w0, w24
	bl	putchar
.LVL28:
	.loc 1 43 9 discriminator 2 view .LVU67
	.loc 1 43 15 is_stmt 0 discriminator 2 view .LVU68
	ldr	x0, [x20], 56
.LVL29:
	.loc 1 43 15 discriminator 2 view .LVU69
	add	x23, x23, x0
.LVL30:
	.loc 1 39 29 is_stmt 1 discriminator 2 view .LVU70
	.loc 1 39 23 discriminator 2 view .LVU71
	add	x21, x21, 48
	cmp	x21, x25
	beq	.L14
.LVL31:
.L11:
.LBB45:
	.loc 1 40 27 view .LVU72
.LBE45:
.LBE43:
.LBB47:
.LBB40:
.LBB38:
.LBB36:
	.loc 1 10 18 is_stmt 0 view .LVU73
	mov	x19, 0
.LVL32:
.L13:
	.loc 1 10 18 view .LVU74
.LBE36:
.LBE38:
.LBE40:
.LBE47:
.LBB48:
.LBB46:
	.loc 1 41 13 is_stmt 1 discriminator 3 view .LVU75
	ldr	x1, [x21, x19, lsl 3]
	mov	x0, x22
	bl	printf
.LVL33:
	.loc 1 40 33 discriminator 3 view .LVU76
	.loc 1 40 27 discriminator 3 view .LVU77
	add	x19, x19, 1
.LVL34:
	.loc 1 40 27 is_stmt 0 discriminator 3 view .LVU78
	cmp	x19, 6
	bne	.L13
	b	.L26
.LVL35:
.L14:
	.loc 1 40 27 discriminator 3 view .LVU79
.LBE46:
.LBE48:
	.loc 1 45 5 is_stmt 1 view .LVU80
	mov	x1, x23
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL36:
	.loc 1 46 5 view .LVU81
	.loc 1 47 1 is_stmt 0 view .LVU82
	and	w0, w23, 127
	ldp	x19, x20, [sp, 16]
.LVL37:
	.loc 1 47 1 view .LVU83
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL38:
	.loc 1 47 1 view .LVU84
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp]
	add	sp, sp, 656
	.cfi_restore 29
	.cfi_restore 30
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
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x350
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF13
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x14
	.4byte	0x66
	.uleb128 0x15
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x8a
	.uleb128 0x16
	.4byte	0x8a
	.uleb128 0x17
	.byte	0
	.uleb128 0xc
	.4byte	0x6d
	.uleb128 0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x271
	.uleb128 0xd
	.string	"a"
	.byte	0x1d
	.byte	0x9
	.4byte	0x271
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0xd
	.string	"b"
	.byte	0x1d
	.byte	0x12
	.4byte	0x271
	.uleb128 0x3
	.byte	0x91
	.sleb128 -288
	.uleb128 0xd
	.string	"c"
	.byte	0x1e
	.byte	0xa
	.4byte	0x285
	.uleb128 0x3
	.byte	0x91
	.sleb128 -576
	.uleb128 0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x26
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xe
	.4byte	.LLRL1
	.4byte	0x11e
	.uleb128 0x7
	.string	"i"
	.byte	0x1f
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x1a
	.4byte	.LLRL3
	.uleb128 0x7
	.string	"j"
	.byte	0x20
	.byte	0x12
	.4byte	0x35
	.4byte	.LLST4
	.4byte	.LVUS4
	.byte	0
	.byte	0
	.uleb128 0xe
	.4byte	.LLRL19
	.4byte	0x17c
	.uleb128 0x7
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0xe
	.4byte	.LLRL21
	.4byte	0x167
	.uleb128 0x7
	.string	"j"
	.byte	0x28
	.byte	0x12
	.4byte	0x35
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0xf
	.8byte	.LVL33
	.4byte	0x72
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xf
	.8byte	.LVL28
	.4byte	0x348
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x299
	.4byte	.LLRL5
	.byte	0x24
	.4byte	0x1d5
	.uleb128 0x9
	.4byte	0x2a3
	.uleb128 0x2
	.4byte	0x2ac
	.4byte	.LLRL5
	.uleb128 0x3
	.4byte	0x2ad
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x2
	.4byte	0x2b6
	.4byte	.LLRL7
	.uleb128 0x3
	.4byte	0x2b7
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x2
	.4byte	0x2c0
	.4byte	.LLRL9
	.uleb128 0x3
	.4byte	0x2c1
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x2e2
	.4byte	.LLRL11
	.byte	0x25
	.4byte	0x24f
	.uleb128 0x9
	.4byte	0x2fe
	.uleb128 0x9
	.4byte	0x2f5
	.uleb128 0x9
	.4byte	0x2ec
	.uleb128 0x2
	.4byte	0x307
	.4byte	.LLRL11
	.uleb128 0x3
	.4byte	0x308
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x2
	.4byte	0x311
	.4byte	.LLRL13
	.uleb128 0x3
	.4byte	0x312
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x2
	.4byte	0x31b
	.4byte	.LLRL15
	.uleb128 0x3
	.4byte	0x31c
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x2
	.4byte	0x325
	.4byte	.LLRL17
	.uleb128 0x3
	.4byte	0x326
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.8byte	.LVL36
	.4byte	0x72
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x35
	.4byte	0x285
	.uleb128 0x6
	.4byte	0x2e
	.uleb128 0x6
	.4byte	0x2e
	.byte	0
	.uleb128 0xa
	.4byte	0x5f
	.4byte	0x299
	.uleb128 0x6
	.4byte	0x2e
	.uleb128 0x6
	.4byte	0x2e
	.byte	0
	.uleb128 0x11
	.4byte	.LASF11
	.byte	0x11
	.4byte	0x2ce
	.uleb128 0xb
	.string	"m"
	.byte	0x11
	.byte	0x1b
	.4byte	0x2dd
	.uleb128 0x4
	.uleb128 0x5
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x35
	.uleb128 0x4
	.uleb128 0x5
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x35
	.uleb128 0x4
	.uleb128 0x5
	.string	"t"
	.byte	0x15
	.byte	0x11
	.4byte	0x35
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x35
	.4byte	0x2dd
	.uleb128 0x6
	.4byte	0x2e
	.byte	0
	.uleb128 0xc
	.4byte	0x2ce
	.uleb128 0x11
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x334
	.uleb128 0xb
	.string	"a"
	.byte	0x6
	.byte	0x1a
	.4byte	0x2dd
	.uleb128 0xb
	.string	"b"
	.byte	0x6
	.byte	0x27
	.4byte	0x2dd
	.uleb128 0xb
	.string	"c"
	.byte	0x6
	.byte	0x35
	.4byte	0x343
	.uleb128 0x4
	.uleb128 0x5
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x35
	.uleb128 0x4
	.uleb128 0x5
	.string	"j"
	.byte	0x9
	.byte	0x12
	.4byte	0x35
	.uleb128 0x4
	.uleb128 0x5
	.string	"s"
	.byte	0xa
	.byte	0x12
	.4byte	0x5f
	.uleb128 0x4
	.uleb128 0x5
	.string	"k"
	.byte	0xb
	.byte	0x16
	.4byte	0x35
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x5f
	.4byte	0x343
	.uleb128 0x6
	.4byte	0x2e
	.byte	0
	.uleb128 0xc
	.4byte	0x334
	.uleb128 0x1b
	.4byte	.LASF16
	.4byte	.LASF17
	.byte	0x3
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x4
	.uleb128 0xb
	.byte	0x1
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x21
	.sleb128 5
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
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
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1b
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
.LVUS0:
	.uleb128 .LVU66
	.uleb128 .LVU84
.LLST0:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU10
	.uleb128 .LVU11
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU11
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU21
.LLST4:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU66
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU83
.LLST20:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x12
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x240
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x12
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x208
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x14
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x208
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x12
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x240
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x14
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x208
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST22:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU24
	.uleb128 .LVU26
	.uleb128 .LVU27
	.uleb128 .LVU41
.LLST6:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x75
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU29
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU40
.LLST8:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU33
	.uleb128 .LVU41
.LLST10:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS12:
	.uleb128 .LVU42
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU66
.LLST12:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x10
	.byte	0x75
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x78
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x12
	.byte	0x75
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x78
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x12
	.byte	0x75
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x60
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU42
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU66
.LLST14:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0xa
	.byte	0x77
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x30
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0xa
	.byte	0x77
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x28
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0xc
	.byte	0x77
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x28
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0xc
	.byte	0x77
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x58
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU45
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU66
.LLST16:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS18:
	.uleb128 .LVU45
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU66
.LLST18:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x18
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x14
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0xc
	.byte	0x70
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x14
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0xc
	.byte	0x70
	.sleb128 0
	.byte	0x75
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x2c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
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
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0
.LLRL3:
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0
.LLRL5:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0x4
	.uleb128 .LBB45-.Ltext0
	.uleb128 .LBE45-.Ltext0
	.byte	0x4
	.uleb128 .LBB46-.Ltext0
	.uleb128 .LBE46-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"multiply"
.LASF10:
	.string	"trace"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF11:
	.string	"transpose"
.LASF15:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF17:
	.string	"__builtin_putchar"
.LASF16:
	.string	"putchar"
.LASF14:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/matrix_mul.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
