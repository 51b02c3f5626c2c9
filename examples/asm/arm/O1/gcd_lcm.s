	.arch armv8-a
	.file	"gcd_lcm.c"
	.text
.Ltext0:
	.file 0 "." "programs/gcd_lcm.c"
	.align	2
	.type	ext_gcd, %function
ext_gcd:
.LVL0:
.LFB23:
	.file 1 "programs/gcd_lcm.c"
	.loc 1 16 1 view -0
	.cfi_startproc
	.loc 1 16 1 is_stmt 0 view .LVU1
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	mov	x4, x1
	mov	x20, x2
	mov	x19, x3
	.loc 1 17 5 is_stmt 1 view .LVU2
	.loc 1 17 8 is_stmt 0 view .LVU3
	cbnz	x1, .L2
	.loc 1 18 9 is_stmt 1 view .LVU4
	.loc 1 18 12 is_stmt 0 view .LVU5
	mov	x1, 1
.LVL1:
	.loc 1 18 12 view .LVU6
	str	x1, [x2]
	.loc 1 19 9 is_stmt 1 view .LVU7
	.loc 1 20 9 view .LVU8
.LVL2:
.L3:
	.loc 1 19 12 is_stmt 0 view .LVU9
	str	x4, [x19]
	.loc 1 27 1 view .LVU10
	ldp	x19, x20, [sp, 16]
.LVL3:
	.loc 1 27 1 view .LVU11
	ldp	x29, x30, [sp], 64
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL4:
.L2:
	.cfi_restore_state
	.loc 1 27 1 view .LVU12
	str	x21, [sp, 32]
	.cfi_offset 21, -32
	.loc 1 22 5 is_stmt 1 view .LVU13
	.loc 1 23 5 view .LVU14
	.loc 1 23 14 is_stmt 0 view .LVU15
	sdiv	x21, x0, x1
	add	x3, sp, 48
.LVL5:
	.loc 1 23 14 view .LVU16
	add	x2, sp, 56
.LVL6:
	.loc 1 23 14 view .LVU17
	msub	x1, x21, x1, x0
.LVL7:
	.loc 1 23 14 view .LVU18
	mov	x0, x4
.LVL8:
	.loc 1 23 14 view .LVU19
	bl	ext_gcd
.LVL9:
	.loc 1 24 5 is_stmt 1 view .LVU20
	.loc 1 24 8 is_stmt 0 view .LVU21
	ldr	x4, [sp, 48]
	str	x4, [x20]
	.loc 1 25 5 is_stmt 1 view .LVU22
	.loc 1 25 13 is_stmt 0 view .LVU23
	ldr	x1, [sp, 56]
	msub	x4, x21, x4, x1
	.loc 1 26 5 is_stmt 1 view .LVU24
	.loc 1 25 13 is_stmt 0 view .LVU25
	ldr	x21, [sp, 32]
	.cfi_restore 21
	.loc 1 26 12 view .LVU26
	b	.L3
	.cfi_endproc
.LFE23:
	.size	ext_gcd, .-ext_gcd
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"gcd(%lu,%lu)=%lu lcm=%lu bezout=(%ld,%ld)\n"
	.align	3
.LC2:
	.string	"lcm of firsts %lu, inverse of 65537 mod %lu = %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL10:
.LFB24:
	.loc 1 30 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 30 1 is_stmt 0 view .LVU28
	stp	x29, x30, [sp, -224]!
	.cfi_def_cfa_offset 224
	.cfi_offset 29, -224
	.cfi_offset 30, -216
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 19, -208
	.cfi_offset 20, -200
	.cfi_offset 21, -192
	.cfi_offset 22, -184
	.cfi_offset 23, -176
	.cfi_offset 24, -168
	.cfi_offset 25, -160
	.cfi_offset 26, -152
	.cfi_offset 27, -144
	.cfi_offset 28, -136
	.loc 1 31 5 is_stmt 1 view .LVU29
	.loc 1 31 58 is_stmt 0 view .LVU30
	mov	x25, 51719
	movk	x25, 0x3b9a, lsl 16
	cmp	w0, 1
	bgt	.L21
.LVL11:
.L6:
	.loc 1 32 5 is_stmt 1 discriminator 4 view .LVU31
	.loc 1 32 19 is_stmt 0 discriminator 4 view .LVU32
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	add	x22, sp, 128
	ldp	q0, q1, [x0]
	stp	q0, q1, [x22]
	ldp	q0, q1, [x0, 32]
	stp	q0, q1, [x22, 32]
	ldp	q0, q1, [x0, 64]
	stp	q0, q1, [x22, 64]
	.loc 1 33 5 is_stmt 1 discriminator 4 view .LVU33
.LVL12:
	.loc 1 34 5 discriminator 4 view .LVU34
.LBB10:
	.loc 1 34 10 discriminator 4 view .LVU35
	.loc 1 34 23 discriminator 4 view .LVU36
	.loc 1 34 14 is_stmt 0 discriminator 4 view .LVU37
	mov	w23, 0
.LBE10:
	.loc 1 33 19 discriminator 4 view .LVU38
	mov	x24, 1
.LBB24:
.LBB11:
	.loc 1 38 9 discriminator 4 view .LVU39
	add	x28, sp, 104
	add	x27, sp, 96
	.loc 1 39 9 discriminator 4 view .LVU40
	adrp	x26, .LC1
	add	x26, x26, :lo12:.LC1
	b	.L14
.LVL13:
.L21:
	.loc 1 39 9 discriminator 4 view .LVU41
	mov	x3, x1
.LBE11:
.LBE24:
	.loc 1 31 34 discriminator 1 view .LVU42
	mov	w2, 10
	mov	x1, 0
.LVL14:
	.loc 1 31 34 discriminator 1 view .LVU43
	ldr	x0, [x3, 8]
.LVL15:
	.loc 1 31 34 discriminator 1 view .LVU44
	bl	strtoul
.LVL16:
	.loc 1 31 34 discriminator 1 view .LVU45
	mov	x25, x0
	b	.L6
.LVL17:
.L16:
.LBB25:
.LBB22:
.LBB12:
.LBB13:
	.loc 1 7 12 view .LVU46
	mov	x19, x20
	b	.L7
.LVL18:
.L11:
	.loc 1 7 12 view .LVU47
.LBE13:
.LBE12:
.LBB16:
.LBB17:
.LBB18:
	.loc 1 8 9 is_stmt 1 view .LVU48
	mov	x2, x0
	.loc 1 8 23 is_stmt 0 view .LVU49
	udiv	x3, x1, x0
	msub	x0, x3, x0, x1
.LVL19:
	.loc 1 9 9 is_stmt 1 view .LVU50
	.loc 1 10 9 view .LVU51
	.loc 1 10 9 is_stmt 0 view .LVU52
.LBE18:
	.loc 1 7 12 is_stmt 1 view .LVU53
	mov	x1, x2
	cbnz	x0, .L11
.LVL20:
.L10:
	.loc 1 12 5 view .LVU54
	.loc 1 12 5 is_stmt 0 view .LVU55
.LBE17:
.LBE16:
	.loc 1 41 19 view .LVU56
	udiv	x2, x24, x2
	.loc 1 41 15 view .LVU57
	mul	x24, x2, x20
.LVL21:
	.loc 1 41 15 view .LVU58
.LBE22:
	.loc 1 34 29 is_stmt 1 view .LVU59
	add	w23, w23, 1
.LVL22:
	.loc 1 34 23 view .LVU60
	add	x22, x22, 16
.LVL23:
.L14:
.LBB23:
	.loc 1 35 9 view .LVU61
	.loc 1 35 23 is_stmt 0 view .LVU62
	ldr	x20, [x22]
.LVL24:
	.loc 1 35 40 view .LVU63
	ldr	x21, [x22, 8]
.LVL25:
	.loc 1 36 9 is_stmt 1 view .LVU64
.LBB20:
.LBI12:
	.loc 1 5 22 view .LVU65
.LBB15:
	.loc 1 7 5 view .LVU66
	.loc 1 7 12 view .LVU67
	cbz	x21, .L16
	mov	x0, x21
	mov	x1, x20
.LVL26:
.L8:
.LBB14:
	.loc 1 8 9 view .LVU68
	mov	x19, x0
	.loc 1 8 23 is_stmt 0 view .LVU69
	udiv	x2, x1, x0
	msub	x0, x2, x0, x1
.LVL27:
	.loc 1 9 9 is_stmt 1 view .LVU70
	.loc 1 10 9 view .LVU71
	.loc 1 10 9 is_stmt 0 view .LVU72
.LBE14:
	.loc 1 7 12 is_stmt 1 view .LVU73
	mov	x1, x19
	cbnz	x0, .L8
.LVL28:
.L7:
	.loc 1 12 5 view .LVU74
	.loc 1 12 5 is_stmt 0 view .LVU75
.LBE15:
.LBE20:
	.loc 1 37 9 is_stmt 1 view .LVU76
	.loc 1 38 9 view .LVU77
	mov	x3, x28
	mov	x2, x27
	mov	x1, x21
	mov	x0, x20
	bl	ext_gcd
.LVL29:
	.loc 1 39 9 view .LVU78
	.loc 1 39 74 is_stmt 0 view .LVU79
	udiv	x4, x20, x19
	.loc 1 39 9 view .LVU80
	ldr	x6, [sp, 104]
	ldr	x5, [sp, 96]
	mul	x4, x4, x21
	mov	x3, x19
	mov	x2, x21
	mov	x1, x20
	mov	x0, x26
	bl	printf
.LVL30:
	.loc 1 40 9 is_stmt 1 view .LVU81
	.loc 1 40 12 is_stmt 0 view .LVU82
	cmp	w23, 3
	bgt	.L9
.LVL31:
.LBB21:
.LBB19:
	.loc 1 7 12 is_stmt 1 view .LVU83
	cbz	x20, .L17
	mov	x0, x20
	mov	x1, x24
	b	.L11
.L17:
	.loc 1 7 12 is_stmt 0 view .LVU84
	mov	x2, x24
	b	.L10
.LVL32:
.L9:
	.loc 1 7 12 view .LVU85
.LBE19:
.LBE21:
.LBE23:
	.loc 1 34 29 is_stmt 1 discriminator 2 view .LVU86
	add	w23, w23, 1
.LVL33:
	.loc 1 34 23 discriminator 2 view .LVU87
	cmp	w23, 6
	beq	.L13
	.loc 1 34 23 is_stmt 0 view .LVU88
	add	x22, x22, 16
	.loc 1 34 23 view .LVU89
	b	.L14
.L13:
.LBE25:
	.loc 1 43 5 is_stmt 1 view .LVU90
	.loc 1 44 5 view .LVU91
	add	x3, sp, 112
	add	x2, sp, 120
	mov	x1, x25
	mov	w0, 65537
	bl	ext_gcd
.LVL34:
	.loc 1 45 5 view .LVU92
	.loc 1 46 5 view .LVU93
	.loc 1 45 17 is_stmt 0 view .LVU94
	ldr	x1, [sp, 120]
	sdiv	x0, x1, x25
	msub	x0, x0, x25, x1
	.loc 1 45 28 view .LVU95
	add	x0, x0, x25
	.loc 1 45 39 view .LVU96
	sdiv	x3, x0, x25
	.loc 1 46 5 view .LVU97
	msub	x3, x3, x25, x0
	mov	x2, x25
	mov	x1, x24
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL35:
	.loc 1 47 5 is_stmt 1 view .LVU98
	.loc 1 47 20 is_stmt 0 view .LVU99
	mov	x1, 20945
	movk	x1, 0x2f81, lsl 16
	movk	x1, 0x7eae, lsl 32
	movk	x1, 0x51d0, lsl 48
	umulh	x1, x24, x1
	sub	x0, x24, x1
	add	x0, x1, x0, lsr 1
	lsr	x0, x0, 6
	add	x1, x0, x0, lsl 1
	add	x0, x0, x1, lsl 5
	.loc 1 48 1 view .LVU100
	sub	w0, w24, w0
	ldp	x19, x20, [sp, 16]
.LVL36:
	.loc 1 48 1 view .LVU101
	ldp	x21, x22, [sp, 32]
.LVL37:
	.loc 1 48 1 view .LVU102
	ldp	x23, x24, [sp, 48]
.LVL38:
	.loc 1 48 1 view .LVU103
	ldp	x25, x26, [sp, 64]
.LVL39:
	.loc 1 48 1 view .LVU104
	ldp	x27, x28, [sp, 80]
	ldp	x29, x30, [sp], 224
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
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.xword	12
	.xword	18
	.xword	1071
	.xword	462
	.xword	270
	.xword	192
	.xword	17
	.xword	5
	.xword	1048576
	.xword	12288
	.xword	600851475143
	.xword	6857
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x44d
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
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x15
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x9d
	.uleb128 0x6
	.4byte	0x9d
	.uleb128 0x16
	.byte	0
	.uleb128 0x5
	.4byte	0x72
	.uleb128 0xb
	.4byte	0x9d
	.uleb128 0x17
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.uleb128 0x6
	.4byte	0xa2
	.uleb128 0x6
	.4byte	0xcc
	.uleb128 0x6
	.4byte	0x35
	.byte	0
	.uleb128 0x5
	.4byte	0x66
	.uleb128 0xb
	.4byte	0xc7
	.uleb128 0x18
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x34e
	.uleb128 0xc
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0xc
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc7
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x3
	.string	"m"
	.byte	0x1f
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xd
	.4byte	.LASF16
	.byte	0x20
	.byte	0x13
	.4byte	0x34e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x3
	.string	"l"
	.byte	0x21
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x4
	.string	"inv"
	.byte	0x2b
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.uleb128 0xd
	.4byte	.LASF17
	.byte	0x2b
	.byte	0xf
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.uleb128 0x19
	.4byte	.LLRL9
	.4byte	0x2db
	.uleb128 0x3
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x1a
	.4byte	.LLRL11
	.uleb128 0x3
	.string	"a"
	.byte	0x23
	.byte	0x17
	.4byte	0x2e
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x3
	.string	"b"
	.byte	0x23
	.byte	0x28
	.4byte	0x2e
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x3
	.string	"g"
	.byte	0x24
	.byte	0x17
	.4byte	0x2e
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x4
	.string	"x"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x4
	.string	"y"
	.byte	0x25
	.byte	0x11
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.uleb128 0x1b
	.4byte	0x426
	.8byte	.LBI12
	.byte	.LVU65
	.4byte	.LLRL15
	.byte	0x1
	.byte	0x24
	.byte	0x1b
	.4byte	0x229
	.uleb128 0x7
	.4byte	0x43b
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x7
	.4byte	0x433
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0xe
	.4byte	0x443
	.8byte	.LBB14
	.8byte	.LBE14-.LBB14
	.uleb128 0xf
	.4byte	0x444
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	0x426
	.4byte	.LLRL19
	.byte	0x1
	.byte	0x29
	.byte	0x15
	.4byte	0x277
	.uleb128 0x7
	.4byte	0x43b
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x7
	.4byte	0x433
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0xe
	.4byte	0x443
	.8byte	.LBB18
	.8byte	.LBE18-.LBB18
	.uleb128 0xf
	.4byte	0x444
	.4byte	.LLST22
	.4byte	.LVUS22
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL29
	.4byte	0x364
	.4byte	0x2a1
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
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8b
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8c
	.sleb128 0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL30
	.4byte	0x85
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x8a
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
	.byte	0x85
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
	.uleb128 0xe
	.byte	0x84
	.sleb128 0
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x83
	.sleb128 0
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x85
	.sleb128 0
	.byte	0x1e
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL16
	.4byte	0xa7
	.4byte	0x2f7
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
	.uleb128 0x9
	.8byte	.LVL34
	.4byte	0x364
	.4byte	0x326
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x5
	.byte	0xc
	.4byte	0x10001
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.byte	0
	.uleb128 0xa
	.8byte	.LVL35
	.4byte	0x85
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
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.4byte	0x2e
	.4byte	0x364
	.uleb128 0x10
	.4byte	0x2e
	.byte	0x5
	.uleb128 0x10
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.uleb128 0x1e
	.4byte	.LASF20
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x421
	.uleb128 0x8
	.string	"a"
	.byte	0x1a
	.4byte	0x5f
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x8
	.string	"b"
	.byte	0x22
	.4byte	0x5f
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x8
	.string	"x"
	.byte	0x2b
	.4byte	0x421
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x8
	.string	"y"
	.byte	0x34
	.4byte	0x421
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.string	"x1"
	.byte	0x16
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.string	"y1"
	.byte	0x16
	.byte	0xe
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x3
	.string	"g"
	.byte	0x17
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xa
	.8byte	.LVL9
	.4byte	0x364
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xa
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x85
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1e
	.byte	0x1c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x5f
	.uleb128 0x1f
	.string	"gcd"
	.byte	0x1
	.byte	0x5
	.byte	0x16
	.4byte	0x2e
	.byte	0x1
	.uleb128 0x11
	.string	"a"
	.byte	0x28
	.4byte	0x2e
	.uleb128 0x11
	.string	"b"
	.byte	0x39
	.4byte	0x2e
	.uleb128 0x20
	.uleb128 0x21
	.string	"t"
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0x2e
	.byte	0
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
	.uleb128 0x4
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 15
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
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x5
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
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.sleb128 5
	.uleb128 0x39
	.uleb128 0xb
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0x20
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS5:
	.uleb128 0
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU31
	.uleb128 .LVU41
	.uleb128 .LVU46
	.uleb128 .LVU104
.LLST7:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS8:
	.uleb128 .LVU34
	.uleb128 .LVU41
	.uleb128 .LVU46
	.uleb128 .LVU103
.LLST8:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS10:
	.uleb128 .LVU36
	.uleb128 .LVU41
	.uleb128 .LVU46
	.uleb128 .LVU103
.LLST10:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS12:
	.uleb128 .LVU46
	.uleb128 .LVU61
	.uleb128 .LVU63
	.uleb128 .LVU101
.LLST12:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS13:
	.uleb128 .LVU46
	.uleb128 .LVU61
	.uleb128 .LVU64
	.uleb128 .LVU102
.LLST13:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS14:
	.uleb128 .LVU47
	.uleb128 .LVU61
	.uleb128 .LVU75
	.uleb128 .LVU101
.LLST14:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS16:
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU65
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU74
.LLST16:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS17:
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU65
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU75
.LLST17:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS18:
	.uleb128 .LVU70
	.uleb128 .LVU74
.LLST18:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS20:
	.uleb128 .LVU47
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU54
	.uleb128 .LVU83
	.uleb128 .LVU85
.LLST20:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS21:
	.uleb128 .LVU47
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU55
	.uleb128 .LVU83
	.uleb128 .LVU85
.LLST21:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS22:
	.uleb128 .LVU50
	.uleb128 .LVU54
.LLST22:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL9-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL9-1-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS4:
	.uleb128 .LVU20
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x1
	.byte	0x50
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
.LLRL9:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"pairs"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"dummy"
.LASF13:
	.string	"strtoul"
.LASF19:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF20:
	.string	"ext_gcd"
.LASF14:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF9:
	.string	"char"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/gcd_lcm.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
