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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/matrix_mul.c"
	.loc 1 28 1 view -0
	.cfi_startproc
	.loc 1 29 5 view .LVU1
	.loc 1 30 5 view .LVU2
	.loc 1 31 5 view .LVU3
.LBB17:
	.loc 1 31 10 view .LVU4
.LVL0:
	.loc 1 31 23 view .LVU5
.LBE17:
	.loc 1 28 1 is_stmt 0 view .LVU6
	sub	sp, sp, #640
	.cfi_def_cfa_offset 640
.LBB20:
.LBB18:
	.loc 1 33 26 view .LVU7
	mov	w7, -5
	add	x9, sp, 64
	add	x11, sp, 208
	mov	x5, x9
	mov	x4, x11
.LBE18:
.LBE20:
	.loc 1 28 1 view .LVU8
	stp	x29, x30, [sp]
	.cfi_offset 29, -640
	.cfi_offset 30, -632
	mov	x29, sp
.LBB21:
	.loc 1 31 14 view .LVU9
	mov	w3, 0
.LBE21:
	.loc 1 28 1 view .LVU10
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	.cfi_offset 19, -624
	.cfi_offset 20, -616
	.cfi_offset 21, -608
	.cfi_offset 22, -600
	.cfi_offset 23, -592
	.cfi_offset 24, -584
.LVL1:
	.p2align 3,,7
.L2:
.LBB22:
.LBB19:
	.loc 1 32 27 is_stmt 1 view .LVU11
	mov	w6, w3
	.loc 1 33 26 is_stmt 0 view .LVU12
	mov	w2, w7
	add	w3, w3, 1
.LVL2:
	.loc 1 33 26 view .LVU13
	mov	x0, 0
.LVL3:
	.p2align 3,,7
.L3:
	.loc 1 33 13 is_stmt 1 discriminator 3 view .LVU14
	.loc 1 34 26 is_stmt 0 discriminator 3 view .LVU15
	eor	w1, w6, w0
	.loc 1 33 21 discriminator 3 view .LVU16
	str	w2, [x5, x0, lsl 2]
	.loc 1 34 13 is_stmt 1 discriminator 3 view .LVU17
	.loc 1 34 31 is_stmt 0 discriminator 3 view .LVU18
	sub	w1, w1, #3
	.loc 1 34 21 discriminator 3 view .LVU19
	str	w1, [x4, x0, lsl 2]
	.loc 1 32 33 is_stmt 1 discriminator 3 view .LVU20
.LVL4:
	.loc 1 32 27 discriminator 3 view .LVU21
	add	x0, x0, 1
.LVL5:
	.loc 1 32 27 is_stmt 0 discriminator 3 view .LVU22
	add	w2, w2, w3
	cmp	x0, 6
	bne	.L3
.LBE19:
	.loc 1 31 29 is_stmt 1 discriminator 2 view .LVU23
.LVL6:
	.loc 1 31 23 discriminator 2 view .LVU24
	add	w7, w7, 2
	add	x5, x5, 24
	add	x4, x4, 24
	cmp	w3, 6
	bne	.L2
.LVL7:
	.loc 1 31 23 is_stmt 0 discriminator 2 view .LVU25
.LBE22:
.LBB23:
.LBB24:
	.loc 1 20 9 is_stmt 1 view .LVU26
.LBB25:
	.loc 1 20 14 view .LVU27
	.loc 1 20 31 view .LVU28
	add	x6, sp, 232
.LVL8:
	.loc 1 20 31 is_stmt 0 view .LVU29
.LBE25:
.LBE24:
.LBE23:
.LBB34:
	.loc 1 31 23 view .LVU30
	mov	x2, x11
	mov	x5, 1
.LVL9:
	.p2align 3,,7
.L5:
	.loc 1 31 23 view .LVU31
.LBE34:
.LBB35:
.LBB32:
.LBB29:
.LBB26:
	.loc 1 21 22 view .LVU32
	mov	x1, x6
	mov	x0, x5
.LVL10:
	.p2align 3,,7
.L7:
	.loc 1 21 13 is_stmt 1 view .LVU33
	.loc 1 22 27 is_stmt 0 view .LVU34
	ldr	w4, [x1]
	.loc 1 21 17 view .LVU35
	ldr	w3, [x2, x0, lsl 2]
.LVL11:
	.loc 1 22 13 is_stmt 1 view .LVU36
	.loc 1 22 21 is_stmt 0 view .LVU37
	str	w4, [x2, x0, lsl 2]
	.loc 1 23 13 is_stmt 1 view .LVU38
.LBE26:
	.loc 1 20 31 is_stmt 0 view .LVU39
	add	x0, x0, 1
.LVL12:
.LBB27:
	.loc 1 23 21 view .LVU40
	str	w3, [x1], 24
.LBE27:
	.loc 1 20 37 is_stmt 1 view .LVU41
.LVL13:
	.loc 1 20 31 view .LVU42
	cmp	w0, 6
	bne	.L7
.LVL14:
	.loc 1 20 31 is_stmt 0 view .LVU43
.LBE29:
	.loc 1 20 9 is_stmt 1 view .LVU44
.LBB30:
	.loc 1 20 14 view .LVU45
	.loc 1 20 31 view .LVU46
	add	x5, x5, 1
.LVL15:
	.loc 1 20 31 is_stmt 0 view .LVU47
	add	x6, x6, 28
	add	x2, x2, 24
	cmp	x5, 6
	bne	.L5
	add	x10, x9, 24
	add	x20, sp, 352
	mov	x5, x10
	add	x8, sp, 400
	add	x12, x9, 168
.LVL16:
	.p2align 3,,7
.L11:
	.loc 1 20 31 view .LVU48
.LBE30:
.LBE32:
.LBE35:
.LBB36:
.LBB37:
.LBB38:
	.loc 1 9 27 is_stmt 1 view .LVU49
	sub	x6, x8, #48
.LBB39:
	.loc 1 10 18 is_stmt 0 view .LVU50
	mov	x7, x11
.LVL17:
	.p2align 3,,7
.L13:
.LBB40:
	.loc 1 11 31 is_stmt 1 view .LVU51
.LBE40:
.LBE39:
.LBE38:
.LBE37:
.LBE36:
.LBB49:
.LBB33:
.LBB31:
.LBB28:
	.loc 1 21 22 is_stmt 0 view .LVU52
	mov	x2, x7
	mov	x0, x9
.LBE28:
.LBE31:
.LBE33:
.LBE49:
.LBB50:
.LBB46:
.LBB44:
.LBB42:
	.loc 1 10 18 view .LVU53
	mov	x1, 0
.LVL18:
	.p2align 3,,7
.L9:
.LBB41:
	.loc 1 12 17 is_stmt 1 view .LVU54
	.loc 1 12 19 is_stmt 0 view .LVU55
	ldr	w4, [x0], 4
.LVL19:
	.loc 1 12 19 view .LVU56
	ldr	w3, [x2], 24
	smaddl	x1, w4, w3, x1
.LVL20:
	.loc 1 11 37 is_stmt 1 view .LVU57
	.loc 1 11 31 view .LVU58
	cmp	x0, x5
	bne	.L9
.LBE41:
	.loc 1 13 13 view .LVU59
	.loc 1 13 21 is_stmt 0 view .LVU60
	str	x1, [x6], 8
.LVL21:
	.loc 1 13 21 view .LVU61
.LBE42:
	.loc 1 9 33 is_stmt 1 view .LVU62
	.loc 1 9 27 view .LVU63
	add	x7, x7, 4
	cmp	x6, x8
	bne	.L13
.LBE44:
	.loc 1 8 29 view .LVU64
.LVL22:
	.loc 1 8 23 view .LVU65
	add	x5, x0, 24
.LVL23:
	.loc 1 8 23 is_stmt 0 view .LVU66
	add	x8, x6, 48
.LVL24:
	.loc 1 8 23 view .LVU67
	mov	x9, x10
	cmp	x5, x12
	beq	.L22
	add	x10, x10, 24
	b	.L11
.L22:
	adrp	x22, .LC0
	add	x24, x20, 288
.LBE46:
.LBE50:
.LBB51:
.LBB52:
	.loc 1 41 13 view .LVU68
	add	x22, x22, :lo12:.LC0
.LBE52:
.LBE51:
.LBB55:
.LBB47:
	.loc 1 8 23 view .LVU69
	mov	x21, x20
.LBE47:
.LBE55:
	.loc 1 38 10 view .LVU70
	mov	x23, 0
.LVL25:
	.p2align 3,,7
.L12:
.LBB56:
.LBB53:
	.loc 1 40 27 is_stmt 1 view .LVU71
.LBE53:
.LBE56:
.LBB57:
.LBB48:
.LBB45:
.LBB43:
	.loc 1 10 18 is_stmt 0 view .LVU72
	mov	x19, 0
.LVL26:
	.p2align 3,,7
.L14:
	.loc 1 10 18 view .LVU73
.LBE43:
.LBE45:
.LBE48:
.LBE57:
.LBB58:
.LBB54:
	.loc 1 41 13 is_stmt 1 discriminator 3 view .LVU74
	ldr	x1, [x21, x19, lsl 3]
	mov	x0, x22
	.loc 1 40 27 is_stmt 0 discriminator 3 view .LVU75
	add	x19, x19, 1
.LVL27:
	.loc 1 41 13 discriminator 3 view .LVU76
	bl	printf
.LVL28:
	.loc 1 40 33 is_stmt 1 discriminator 3 view .LVU77
	.loc 1 40 27 discriminator 3 view .LVU78
	cmp	x19, 6
	bne	.L14
.LBE54:
	.loc 1 42 9 discriminator 2 view .LVU79
	mov	w0, 10
	bl	putchar
.LVL29:
	.loc 1 43 9 discriminator 2 view .LVU80
	.loc 1 43 15 is_stmt 0 discriminator 2 view .LVU81
	ldr	x0, [x20], 56
.LVL30:
	.loc 1 39 23 discriminator 2 view .LVU82
	add	x21, x21, 48
	.loc 1 43 15 discriminator 2 view .LVU83
	add	x23, x23, x0
.LVL31:
	.loc 1 39 29 is_stmt 1 discriminator 2 view .LVU84
	.loc 1 39 23 discriminator 2 view .LVU85
	cmp	x21, x24
	bne	.L12
.LBE58:
	.loc 1 45 5 view .LVU86
	mov	x1, x23
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL32:
	.loc 1 46 5 view .LVU87
	.loc 1 47 1 is_stmt 0 view .LVU88
	ldp	x29, x30, [sp]
	and	w0, w23, 127
	ldp	x19, x20, [sp, 16]
.LVL33:
	.loc 1 47 1 view .LVU89
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL34:
	.loc 1 47 1 view .LVU90
	add	sp, sp, 640
	.cfi_restore 29
	.cfi_restore 30
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
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x34b
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF13
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL23
	.8byte	0
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
	.4byte	0x62
	.uleb128 0x15
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x86
	.uleb128 0x16
	.4byte	0x86
	.uleb128 0x17
	.byte	0
	.uleb128 0xc
	.4byte	0x69
	.uleb128 0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x26c
	.uleb128 0xd
	.string	"a"
	.byte	0x1d
	.byte	0x9
	.4byte	0x26c
	.uleb128 0x3
	.byte	0x91
	.sleb128 -576
	.uleb128 0xd
	.string	"b"
	.byte	0x1d
	.byte	0x12
	.4byte	0x26c
	.uleb128 0x3
	.byte	0x91
	.sleb128 -432
	.uleb128 0xd
	.string	"c"
	.byte	0x1e
	.byte	0xa
	.4byte	0x280
	.uleb128 0x3
	.byte	0x91
	.sleb128 -288
	.uleb128 0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x26
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xe
	.4byte	.LLRL1
	.4byte	0x11a
	.uleb128 0x7
	.string	"i"
	.byte	0x1f
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x1a
	.4byte	.LLRL3
	.uleb128 0x7
	.string	"j"
	.byte	0x20
	.byte	0x12
	.4byte	0x31
	.4byte	.LLST4
	.4byte	.LVUS4
	.byte	0
	.byte	0
	.uleb128 0xe
	.4byte	.LLRL19
	.4byte	0x177
	.uleb128 0x7
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0xe
	.4byte	.LLRL21
	.4byte	0x163
	.uleb128 0x7
	.string	"j"
	.byte	0x28
	.byte	0x12
	.4byte	0x31
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0xf
	.8byte	.LVL28
	.4byte	0x6e
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xf
	.8byte	.LVL29
	.4byte	0x343
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x294
	.4byte	.LLRL5
	.byte	0x24
	.4byte	0x1d0
	.uleb128 0x9
	.4byte	0x29e
	.uleb128 0x2
	.4byte	0x2a7
	.4byte	.LLRL5
	.uleb128 0x3
	.4byte	0x2a8
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x2
	.4byte	0x2b1
	.4byte	.LLRL7
	.uleb128 0x3
	.4byte	0x2b2
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x2
	.4byte	0x2bb
	.4byte	.LLRL9
	.uleb128 0x3
	.4byte	0x2bc
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	0x2dd
	.4byte	.LLRL11
	.byte	0x25
	.4byte	0x24a
	.uleb128 0x9
	.4byte	0x2f9
	.uleb128 0x9
	.4byte	0x2f0
	.uleb128 0x9
	.4byte	0x2e7
	.uleb128 0x2
	.4byte	0x302
	.4byte	.LLRL11
	.uleb128 0x3
	.4byte	0x303
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x2
	.4byte	0x30c
	.4byte	.LLRL13
	.uleb128 0x3
	.4byte	0x30d
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x2
	.4byte	0x316
	.4byte	.LLRL15
	.uleb128 0x3
	.4byte	0x317
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x2
	.4byte	0x320
	.4byte	.LLRL17
	.uleb128 0x3
	.4byte	0x321
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.8byte	.LVL32
	.4byte	0x6e
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
	.4byte	0x31
	.4byte	0x280
	.uleb128 0x6
	.4byte	0x2a
	.uleb128 0x6
	.4byte	0x2a
	.byte	0
	.uleb128 0xa
	.4byte	0x5b
	.4byte	0x294
	.uleb128 0x6
	.4byte	0x2a
	.uleb128 0x6
	.4byte	0x2a
	.byte	0
	.uleb128 0x11
	.4byte	.LASF11
	.byte	0x11
	.4byte	0x2c9
	.uleb128 0xb
	.string	"m"
	.byte	0x11
	.byte	0x1b
	.4byte	0x2d8
	.uleb128 0x4
	.uleb128 0x5
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"t"
	.byte	0x15
	.byte	0x11
	.4byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x31
	.4byte	0x2d8
	.uleb128 0x6
	.4byte	0x2a
	.byte	0
	.uleb128 0xc
	.4byte	0x2c9
	.uleb128 0x11
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x32f
	.uleb128 0xb
	.string	"a"
	.byte	0x6
	.byte	0x1a
	.4byte	0x2d8
	.uleb128 0xb
	.string	"b"
	.byte	0x6
	.byte	0x27
	.4byte	0x2d8
	.uleb128 0xb
	.string	"c"
	.byte	0x6
	.byte	0x35
	.4byte	0x33e
	.uleb128 0x4
	.uleb128 0x5
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"j"
	.byte	0x9
	.byte	0x12
	.4byte	0x31
	.uleb128 0x4
	.uleb128 0x5
	.string	"s"
	.byte	0xa
	.byte	0x12
	.4byte	0x5b
	.uleb128 0x4
	.uleb128 0x5
	.string	"k"
	.byte	0xb
	.byte	0x16
	.4byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x5b
	.4byte	0x33e
	.uleb128 0x6
	.4byte	0x2a
	.byte	0
	.uleb128 0xc
	.4byte	0x32f
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 .LVU71
	.uleb128 .LVU90
.LLST0:
	.byte	0x8
	.8byte	.LVL25
	.uleb128 .LVL34-.LVL25
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU31
.LLST2:
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
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL8-.LVL0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL0
	.uleb128 .LVL9-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS4:
	.uleb128 .LVU11
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU22
.LLST4:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL3-.LVL1
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL1
	.uleb128 .LVL4-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.LVL1
	.uleb128 .LVL5-.LVL1
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU71
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU89
.LLST20:
	.byte	0x6
	.8byte	.LVL25
	.byte	0x4
	.uleb128 .LVL25-.LVL25
	.uleb128 .LVL30-.LVL25
	.uleb128 0x12
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x120
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.LVL25
	.uleb128 .LVL31-.LVL25
	.uleb128 0x12
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xe8
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL25
	.uleb128 .LVL33-.LVL25
	.uleb128 0x14
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xe8
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU71
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU76
.LLST22:
	.byte	0x6
	.8byte	.LVL25
	.byte	0x4
	.uleb128 .LVL25-.LVL25
	.uleb128 .LVL26-.LVL25
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL25
	.uleb128 .LVL27-.LVL25
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS6:
	.uleb128 .LVU25
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU47
.LLST6:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL7
	.uleb128 .LVL14-.LVL7
	.uleb128 0x3
	.byte	0x75
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.LVL7
	.uleb128 .LVL15-.LVL7
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS8:
	.uleb128 .LVU28
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU33
	.uleb128 .LVU33
	.uleb128 .LVU40
	.uleb128 .LVU46
	.uleb128 .LVU47
.LLST8:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL7
	.uleb128 .LVL10-.LVL7
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL10-.LVL7
	.uleb128 .LVL12-.LVL7
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.LVL7
	.uleb128 .LVL15-.LVL7
	.uleb128 0x3
	.byte	0x75
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU36
	.uleb128 .LVU48
.LLST10:
	.byte	0x8
	.8byte	.LVL11
	.uleb128 .LVL16-.LVL11
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS12:
	.uleb128 .LVU48
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU71
.LLST12:
	.byte	0x6
	.8byte	.LVL16
	.byte	0x4
	.uleb128 .LVL16-.LVL16
	.uleb128 .LVL22-.LVL16
	.uleb128 0x11
	.byte	0x75
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x228
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL16
	.uleb128 .LVL25-.LVL16
	.uleb128 0x13
	.byte	0x70
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x228
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU48
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU67
.LLST14:
	.byte	0x6
	.8byte	.LVL16
	.byte	0x4
	.uleb128 .LVL16-.LVL16
	.uleb128 .LVL17-.LVL16
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL16
	.uleb128 .LVL21-.LVL16
	.uleb128 0xa
	.byte	0x76
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
	.uleb128 .LVL21-.LVL16
	.uleb128 .LVL21-.LVL16
	.uleb128 0xa
	.byte	0x76
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
	.uleb128 .LVL21-.LVL16
	.uleb128 .LVL24-.LVL16
	.uleb128 0xc
	.byte	0x76
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
	.byte	0
.LVUS16:
	.uleb128 .LVU51
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU71
.LLST16:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS18:
	.uleb128 .LVU51
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU66
.LLST18:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL19-.LVL17
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
	.uleb128 .LVL19-.LVL17
	.uleb128 .LVL20-.LVL17
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
	.uleb128 .LVL20-.LVL17
	.uleb128 .LVL23-.LVL17
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
	.8byte	.LBB17
	.byte	0x4
	.uleb128 .LBB17-.LBB17
	.uleb128 .LBE17-.LBB17
	.byte	0x4
	.uleb128 .LBB20-.LBB17
	.uleb128 .LBE20-.LBB17
	.byte	0x4
	.uleb128 .LBB21-.LBB17
	.uleb128 .LBE21-.LBB17
	.byte	0x4
	.uleb128 .LBB22-.LBB17
	.uleb128 .LBE22-.LBB17
	.byte	0x4
	.uleb128 .LBB34-.LBB17
	.uleb128 .LBE34-.LBB17
	.byte	0
.LLRL3:
	.byte	0x5
	.8byte	.LBB18
	.byte	0x4
	.uleb128 .LBB18-.LBB18
	.uleb128 .LBE18-.LBB18
	.byte	0x4
	.uleb128 .LBB19-.LBB18
	.uleb128 .LBE19-.LBB18
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB23
	.byte	0x4
	.uleb128 .LBB23-.LBB23
	.uleb128 .LBE23-.LBB23
	.byte	0x4
	.uleb128 .LBB35-.LBB23
	.uleb128 .LBE35-.LBB23
	.byte	0x4
	.uleb128 .LBB49-.LBB23
	.uleb128 .LBE49-.LBB23
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB25
	.byte	0x4
	.uleb128 .LBB25-.LBB25
	.uleb128 .LBE25-.LBB25
	.byte	0x4
	.uleb128 .LBB29-.LBB25
	.uleb128 .LBE29-.LBB25
	.byte	0x4
	.uleb128 .LBB30-.LBB25
	.uleb128 .LBE30-.LBB25
	.byte	0x4
	.uleb128 .LBB31-.LBB25
	.uleb128 .LBE31-.LBB25
	.byte	0
.LLRL9:
	.byte	0x5
	.8byte	.LBB26
	.byte	0x4
	.uleb128 .LBB26-.LBB26
	.uleb128 .LBE26-.LBB26
	.byte	0x4
	.uleb128 .LBB27-.LBB26
	.uleb128 .LBE27-.LBB26
	.byte	0x4
	.uleb128 .LBB28-.LBB26
	.uleb128 .LBE28-.LBB26
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB36
	.byte	0x4
	.uleb128 .LBB36-.LBB36
	.uleb128 .LBE36-.LBB36
	.byte	0x4
	.uleb128 .LBB50-.LBB36
	.uleb128 .LBE50-.LBB36
	.byte	0x4
	.uleb128 .LBB55-.LBB36
	.uleb128 .LBE55-.LBB36
	.byte	0x4
	.uleb128 .LBB57-.LBB36
	.uleb128 .LBE57-.LBB36
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB38
	.byte	0x4
	.uleb128 .LBB38-.LBB38
	.uleb128 .LBE38-.LBB38
	.byte	0x4
	.uleb128 .LBB44-.LBB38
	.uleb128 .LBE44-.LBB38
	.byte	0x4
	.uleb128 .LBB45-.LBB38
	.uleb128 .LBE45-.LBB38
	.byte	0
.LLRL15:
	.byte	0x5
	.8byte	.LBB39
	.byte	0x4
	.uleb128 .LBB39-.LBB39
	.uleb128 .LBE39-.LBB39
	.byte	0x4
	.uleb128 .LBB42-.LBB39
	.uleb128 .LBE42-.LBB39
	.byte	0x4
	.uleb128 .LBB43-.LBB39
	.uleb128 .LBE43-.LBB39
	.byte	0
.LLRL17:
	.byte	0x5
	.8byte	.LBB40
	.byte	0x4
	.uleb128 .LBB40-.LBB40
	.uleb128 .LBE40-.LBB40
	.byte	0x4
	.uleb128 .LBB41-.LBB40
	.uleb128 .LBE41-.LBB40
	.byte	0
.LLRL19:
	.byte	0x5
	.8byte	.LBB51
	.byte	0x4
	.uleb128 .LBB51-.LBB51
	.uleb128 .LBE51-.LBB51
	.byte	0x4
	.uleb128 .LBB56-.LBB51
	.uleb128 .LBE56-.LBB51
	.byte	0x4
	.uleb128 .LBB58-.LBB51
	.uleb128 .LBE58-.LBB51
	.byte	0
.LLRL21:
	.byte	0x5
	.8byte	.LBB52
	.byte	0x4
	.uleb128 .LBB52-.LBB52
	.uleb128 .LBE52-.LBB52
	.byte	0x4
	.uleb128 .LBB53-.LBB52
	.uleb128 .LBE53-.LBB52
	.byte	0x4
	.uleb128 .LBB54-.LBB52
	.uleb128 .LBE54-.LBB52
	.byte	0
.LLRL23:
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF10:
	.string	"trace"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"multiply"
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
.LASF13:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
