	.arch armv8-a
	.file	"collatz.c"
	.text
.Ltext0:
	.file 0 "." "programs/collatz.c"
	.align	2
	.p2align 4,,11
	.type	steps, %function
steps:
.LVL0:
.LFB22:
	.file 1 "programs/collatz.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 7 5 view .LVU1
	.loc 1 8 5 view .LVU2
	.loc 1 8 11 is_stmt 0 view .LVU3
	str	x0, [x1]
	.loc 1 9 5 is_stmt 1 view .LVU4
	.loc 1 9 14 view .LVU5
	.loc 1 6 1 is_stmt 0 view .LVU6
	mov	x2, x0
	.loc 1 9 14 view .LVU7
	cmp	x0, 1
	beq	.L7
	mov	x4, x0
	.loc 1 7 9 view .LVU8
	mov	w0, 0
.LVL1:
	.loc 1 7 9 view .LVU9
	b	.L6
.LVL2:
	.p2align 2,,3
.L12:
	.loc 1 11 17 view .LVU10
	ldr	x4, [x1]
.LVL3:
.L6:
	.loc 1 10 9 is_stmt 1 view .LVU11
	.loc 1 12 13 view .LVU12
	.loc 1 13 9 view .LVU13
	.loc 1 10 33 is_stmt 0 view .LVU14
	tst	x2, 1
	add	x3, x2, x2, lsl 1
	lsr	x2, x2, 1
.LVL4:
	.loc 1 10 33 view .LVU15
	csinc	x2, x2, x3, eq
	.loc 1 13 10 view .LVU16
	add	w0, w0, 1
.LVL5:
	.loc 1 11 9 is_stmt 1 view .LVU17
	.loc 1 9 14 view .LVU18
	.loc 1 11 12 is_stmt 0 view .LVU19
	cmp	x4, x2
	bcs	.L5
	.loc 1 12 19 view .LVU20
	str	x2, [x1]
.L5:
	.loc 1 9 14 view .LVU21
	cmp	x2, 1
	bne	.L12
	.loc 1 16 1 view .LVU22
	ret
.LVL6:
	.p2align 2,,3
.L7:
	.loc 1 7 9 view .LVU23
	mov	w0, 0
.LVL7:
	.loc 1 15 5 is_stmt 1 view .LVU24
	.loc 1 16 1 is_stmt 0 view .LVU25
	ret
	.cfi_endproc
.LFE22:
	.size	steps, .-steps
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"longest in [%lu,%lu]: %lu with %d steps, peak %lu\n"
	.align	3
.LC1:
	.string	"27 -> %d steps, 837799 -> %d steps\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL8:
.LFB23:
	.loc 1 19 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 20 5 view .LVU27
	.loc 1 19 1 is_stmt 0 view .LVU28
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -64
	.cfi_offset 20, -56
	.loc 1 21 59 view .LVU29
	mov	x20, 30
	.loc 1 20 59 view .LVU30
	cmp	w0, 1
	bgt	.L30
	mov	x1, 1
.LVL9:
.L14:
.LBB6:
.LBB7:
.LBB8:
.LBB9:
	.loc 1 13 10 view .LVU31
	mov	x9, x1
	mov	x3, x1
.LBE9:
.LBE8:
.LBE7:
.LBE6:
	.loc 1 23 32 view .LVU32
	mov	x5, 0
	.loc 1 22 9 view .LVU33
	mov	w19, 0
	.p2align 3,,7
.L17:
.LVL10:
.LBB15:
.LBB14:
.LBB12:
.LBB10:
	.loc 1 9 14 is_stmt 1 view .LVU34
	mov	x6, x9
	mov	x2, x9
	.loc 1 7 9 is_stmt 0 view .LVU35
	mov	w7, 0
	.loc 1 9 14 view .LVU36
	cmp	x9, 1
	beq	.L21
.LVL11:
	.p2align 3,,7
.L20:
	.loc 1 10 9 is_stmt 1 view .LVU37
	.loc 1 10 33 is_stmt 0 view .LVU38
	tst	x2, 1
	add	x8, x2, x2, lsl 1
	lsr	x2, x2, 1
.LVL12:
	.loc 1 13 10 view .LVU39
	add	w7, w7, 1
.LVL13:
	.loc 1 10 33 view .LVU40
	csinc	x2, x2, x8, eq
.LVL14:
	.loc 1 11 9 is_stmt 1 view .LVU41
	cmp	x6, x2
	csel	x6, x6, x2, cs
.LVL15:
	.loc 1 13 9 view .LVU42
	.loc 1 9 14 view .LVU43
	cmp	x2, 1
	bne	.L20
	.loc 1 15 5 view .LVU44
.LVL16:
	.loc 1 15 5 is_stmt 0 view .LVU45
.LBE10:
.LBE12:
	.loc 1 27 9 is_stmt 1 view .LVU46
.LBB13:
.LBB11:
	.loc 1 13 10 is_stmt 0 view .LVU47
	cmp	w19, w7
	csel	x5, x5, x6, ge
.LVL17:
	.loc 1 13 10 view .LVU48
	csel	x3, x3, x9, ge
.LVL18:
	.loc 1 13 10 view .LVU49
	csel	w19, w19, w7, ge
.LVL19:
.L21:
	.loc 1 13 10 view .LVU50
.LBE11:
.LBE13:
.LBE14:
	.loc 1 24 42 is_stmt 1 discriminator 2 view .LVU51
	add	x9, x9, 1
.LVL20:
	.loc 1 24 34 discriminator 2 view .LVU52
	cmp	x9, x20
	bls	.L17
.LVL21:
.L16:
	.loc 1 24 34 is_stmt 0 discriminator 2 view .LVU53
.LBE15:
	.loc 1 33 5 is_stmt 1 view .LVU54
	mov	w4, w19
	mov	x2, x20
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL22:
	.loc 1 34 5 view .LVU55
	.loc 1 35 5 view .LVU56
	add	x1, sp, 72
	mov	x0, 27
	bl	steps
.LVL23:
	mov	w5, w0
	mov	x0, 51367
	movk	x0, 0xc, lsl 16
	bl	steps
.LVL24:
	mov	w1, w5
	mov	w2, w0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL25:
	.loc 1 36 5 view .LVU57
	.loc 1 37 1 is_stmt 0 view .LVU58
	and	w0, w19, 127
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 80
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL26:
.L30:
	.cfi_restore_state
	.loc 1 37 1 view .LVU59
	str	x21, [sp, 32]
	.cfi_offset 21, -48
	mov	x21, x1
	mov	w19, w0
	.loc 1 20 35 discriminator 1 view .LVU60
	mov	w2, 10
	mov	x1, 0
.LVL27:
	.loc 1 20 35 discriminator 1 view .LVU61
	ldr	x0, [x21, 8]
.LVL28:
	.loc 1 20 35 discriminator 1 view .LVU62
	bl	strtoul
.LVL29:
	mov	x3, x0
.LVL30:
	.loc 1 21 5 is_stmt 1 discriminator 1 view .LVU63
	.loc 1 21 59 is_stmt 0 discriminator 1 view .LVU64
	cmp	w19, 2
	beq	.L15
	.loc 1 21 35 discriminator 1 view .LVU65
	ldr	x0, [x21, 16]
.LVL31:
	.loc 1 21 35 discriminator 1 view .LVU66
	mov	w2, 10
	mov	x1, 0
	str	x3, [sp, 56]
	bl	strtoul
.LVL32:
	.loc 1 21 35 discriminator 1 view .LVU67
	mov	x20, x0
	ldr	x3, [sp, 56]
.LVL33:
.L15:
	.loc 1 22 5 is_stmt 1 discriminator 4 view .LVU68
	.loc 1 23 5 discriminator 4 view .LVU69
	.loc 1 24 5 discriminator 4 view .LVU70
.LBB16:
	.loc 1 24 10 discriminator 4 view .LVU71
	.loc 1 24 34 discriminator 4 view .LVU72
	mov	x1, x3
	cmp	x20, x3
	bcc	.L24
	ldr	x21, [sp, 32]
	.cfi_remember_state
	.cfi_restore 21
.LVL34:
	.loc 1 24 34 is_stmt 0 discriminator 4 view .LVU73
	b	.L14
.LVL35:
.L24:
	.cfi_restore_state
	.loc 1 24 34 discriminator 4 view .LVU74
.LBE16:
	.loc 1 22 9 view .LVU75
	ldr	x21, [sp, 32]
	.cfi_restore 21
.LVL36:
	.loc 1 23 32 view .LVU76
	mov	x5, 0
	.loc 1 22 9 view .LVU77
	mov	w19, 0
.LVL37:
	.loc 1 22 9 view .LVU78
	b	.L16
	.cfi_endproc
.LFE23:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x315
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL17
	.8byte	0
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
	.uleb128 0x4
	.4byte	0x67
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xf
	.4byte	0x67
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x10
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x99
	.uleb128 0x5
	.4byte	0x99
	.uleb128 0x11
	.byte	0
	.uleb128 0x4
	.4byte	0x6e
	.uleb128 0x8
	.4byte	0x99
	.uleb128 0x12
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2a
	.4byte	0xc3
	.uleb128 0x5
	.4byte	0x9e
	.uleb128 0x5
	.4byte	0xc8
	.uleb128 0x5
	.4byte	0x31
	.byte	0
	.uleb128 0x4
	.4byte	0x62
	.uleb128 0x8
	.4byte	0xc3
	.uleb128 0x13
	.4byte	.LASF21
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a8
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x9
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc3
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x6
	.string	"lo"
	.byte	0x14
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.string	"hi"
	.byte	0x15
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x7
	.4byte	.LASF16
	.byte	0x16
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.4byte	.LASF17
	.byte	0x17
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x7
	.4byte	.LASF18
	.byte	0x17
	.byte	0x20
	.4byte	0x2a
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x14
	.string	"p"
	.byte	0x1
	.byte	0x22
	.byte	0x13
	.4byte	0x2a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x15
	.4byte	.LLRL9
	.4byte	0x1f4
	.uleb128 0x6
	.string	"n"
	.byte	0x18
	.byte	0x18
	.4byte	0x2a
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0xa
	.4byte	.LLRL11
	.uleb128 0x7
	.4byte	.LASF19
	.byte	0x19
	.byte	0x17
	.4byte	0x2a
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x6
	.string	"s"
	.byte	0x1a
	.byte	0xd
	.4byte	0x31
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x16
	.4byte	0x2a8
	.4byte	.LLRL14
	.byte	0x1
	.byte	0x1a
	.byte	0x11
	.uleb128 0x17
	.4byte	0x2c3
	.uleb128 0xb
	.4byte	0x2b9
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xa
	.4byte	.LLRL14
	.uleb128 0xc
	.4byte	0x2cf
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL22
	.4byte	0x81
	.4byte	0x21f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL23
	.4byte	0x2a8
	.4byte	0x23c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x4b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL24
	.4byte	0x2a8
	.4byte	0x254
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL25
	.4byte	0x81
	.4byte	0x273
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0
	.uleb128 0x3
	.8byte	.LVL29
	.4byte	0xa3
	.4byte	0x28f
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
	.uleb128 0x18
	.8byte	.LVL32
	.4byte	0xa3
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
	.uleb128 0x19
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x31
	.byte	0x1
	.4byte	0x2da
	.uleb128 0x1a
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x20
	.4byte	0x2a
	.uleb128 0x1b
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x2da
	.uleb128 0x1c
	.string	"s"
	.byte	0x1
	.byte	0x7
	.byte	0x9
	.4byte	0x31
	.byte	0
	.uleb128 0x4
	.4byte	0x2a
	.uleb128 0x1d
	.4byte	0x2a8
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xb
	.4byte	0x2b9
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1e
	.4byte	0x2c3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xc
	.4byte	0x2cf
	.4byte	.LLST1
	.4byte	.LVUS1
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
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
	.uleb128 0x8
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 18
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
	.uleb128 0xa
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0x11
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
.LVUS2:
	.uleb128 0
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL9-.LVL8
	.uleb128 .LVL26-.LVL8
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL8
	.uleb128 .LVL28-.LVL8
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL28-.LVL8
	.uleb128 .LVL37-.LVL8
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL37-.LVL8
	.uleb128 .LFE23-.LVL8
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL9-.LVL8
	.uleb128 .LVL26-.LVL8
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL8
	.uleb128 .LVL27-.LVL8
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.LVL8
	.uleb128 .LVL34-.LVL8
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL34-.LVL8
	.uleb128 .LVL35-.LVL8
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL8
	.uleb128 .LVL36-.LVL8
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL36-.LVL8
	.uleb128 .LFE23-.LVL8
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU63
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU68
.LLST4:
	.byte	0x6
	.8byte	.LVL30
	.byte	0x4
	.uleb128 .LVL30-.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL31-.LVL30
	.uleb128 .LVL32-1-.LVL30
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL32-1-.LVL30
	.uleb128 .LVL33-.LVL30
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
.LVUS5:
	.uleb128 .LVU68
	.uleb128 0
.LLST5:
	.byte	0x8
	.8byte	.LVL33
	.uleb128 .LFE23-.LVL33
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS6:
	.uleb128 .LVU34
	.uleb128 .LVU53
	.uleb128 .LVU69
	.uleb128 0
.LLST6:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL21-.LVL10
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL33-.LVL10
	.uleb128 .LFE23-.LVL10
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU34
	.uleb128 .LVU49
	.uleb128 .LVU50
	.uleb128 .LVU55
	.uleb128 .LVU70
	.uleb128 0
.LLST7:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL19-.LVL10
	.uleb128 .LVL22-1-.LVL10
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL33-.LVL10
	.uleb128 .LFE23-.LVL10
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS8:
	.uleb128 .LVU34
	.uleb128 .LVU48
	.uleb128 .LVU50
	.uleb128 .LVU53
	.uleb128 .LVU70
	.uleb128 0
.LLST8:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL17-.LVL10
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL19-.LVL10
	.uleb128 .LVL21-.LVL10
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL33-.LVL10
	.uleb128 .LFE23-.LVL10
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU34
	.uleb128 .LVU50
	.uleb128 .LVU52
	.uleb128 .LVU53
	.uleb128 .LVU72
	.uleb128 0
.LLST10:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL19-.LVL10
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL20-.LVL10
	.uleb128 .LVL21-.LVL10
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL33-.LVL10
	.uleb128 .LFE23-.LVL10
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS12:
	.uleb128 .LVU34
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU50
.LLST12:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LVL19-.LVL10
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS13:
	.uleb128 .LVU45
	.uleb128 .LVU50
.LLST13:
	.byte	0x8
	.8byte	.LVL16
	.uleb128 .LVL19-.LVL16
	.uleb128 0x1
	.byte	0x57
	.byte	0
.LVUS15:
	.uleb128 .LVU34
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU39
	.uleb128 .LVU41
	.uleb128 .LVU45
.LLST15:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL14-.LVL10
	.uleb128 .LVL16-.LVL10
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS16:
	.uleb128 .LVU34
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU45
.LLST16:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LVL13-.LVL10
	.uleb128 0x1
	.byte	0x57
	.byte	0x4
	.uleb128 .LVL13-.LVL10
	.uleb128 .LVL15-.LVL10
	.uleb128 0x3
	.byte	0x77
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL10
	.uleb128 .LVL16-.LVL10
	.uleb128 0x1
	.byte	0x57
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU15
	.uleb128 .LVU17
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU24
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
	.uleb128 .LVL4-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL5-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL7-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.LVL0
	.uleb128 .LFE22-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS1:
	.uleb128 .LVU2
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LFE22-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
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
.LLRL9:
	.byte	0x5
	.8byte	.LBB6
	.byte	0x4
	.uleb128 .LBB6-.LBB6
	.uleb128 .LBE6-.LBB6
	.byte	0x4
	.uleb128 .LBB15-.LBB6
	.uleb128 .LBE15-.LBB6
	.byte	0x4
	.uleb128 .LBB16-.LBB6
	.uleb128 .LBE16-.LBB6
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB7
	.byte	0x4
	.uleb128 .LBB7-.LBB7
	.uleb128 .LBE7-.LBB7
	.byte	0x4
	.uleb128 .LBB14-.LBB7
	.uleb128 .LBE14-.LBB7
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB8
	.byte	0x4
	.uleb128 .LBB8-.LBB8
	.uleb128 .LBE8-.LBB8
	.byte	0x4
	.uleb128 .LBB12-.LBB8
	.uleb128 .LBE12-.LBB8
	.byte	0x4
	.uleb128 .LBB13-.LBB8
	.uleb128 .LBE13-.LBB8
	.byte	0
.LLRL17:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB23
	.uleb128 .LFE23-.LFB23
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"long long int"
.LASF18:
	.string	"best_peak"
.LASF5:
	.string	"unsigned int"
.LASF21:
	.string	"main"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"steps"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF17:
	.string	"best_n"
.LASF19:
	.string	"peak"
.LASF14:
	.string	"argc"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF13:
	.string	"strtoul"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"best"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/collatz.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
