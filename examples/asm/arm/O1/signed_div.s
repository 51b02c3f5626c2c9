	.arch armv8-a
	.file	"signed_div.c"
	.text
.Ltext0:
	.file 0 "." "programs/signed_div.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%d/%d=%d %%=%d floor=%d\n"
	.align	3
.LC2:
	.string	"%lld %lld %lld\n"
	.align	3
.LC3:
	.string	"%d %d %d %d\n"
	.align	3
.LC4:
	.string	"%d %d\n"
	.align	3
.LC5:
	.string	"checksum %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB12:
	.file 1 "programs/signed_div.c"
	.loc 1 14 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	str	x27, [sp, 80]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.cfi_offset 21, -112
	.cfi_offset 22, -104
	.cfi_offset 23, -96
	.cfi_offset 24, -88
	.cfi_offset 25, -80
	.cfi_offset 26, -72
	.cfi_offset 27, -64
	.loc 1 15 5 view .LVU1
	.loc 1 15 9 is_stmt 0 view .LVU2
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	ldp	q0, q1, [x0]
	stp	q0, q1, [sp, 112]
	.loc 1 16 5 is_stmt 1 view .LVU3
	.loc 1 16 9 is_stmt 0 view .LVU4
	mov	w0, 5
	str	w0, [sp, 96]
	mov	w0, -5
	str	w0, [sp, 100]
	mov	w0, 3
	str	w0, [sp, 104]
	mov	w0, -3
	str	w0, [sp, 108]
	.loc 1 17 5 is_stmt 1 view .LVU5
.LVL0:
	.loc 1 18 5 view .LVU6
.LBB7:
	.loc 1 18 10 view .LVU7
	.loc 1 18 28 view .LVU8
.LBE7:
	.loc 1 16 9 is_stmt 0 view .LVU9
	mov	x25, 1
	.loc 1 17 10 view .LVU10
	mov	x21, 0
.LBB15:
.LBB8:
.LBB9:
	.loc 1 20 17 view .LVU11
	add	x26, sp, 112
	.loc 1 20 30 view .LVU12
	add	x24, sp, 96
	.loc 1 21 13 view .LVU13
	adrp	x23, .LC1
	add	x23, x23, :lo12:.LC1
	b	.L2
.LVL1:
.L10:
	.loc 1 21 13 view .LVU14
.LBE9:
.LBE8:
	.loc 1 18 61 is_stmt 1 discriminator 2 view .LVU15
	.loc 1 18 28 discriminator 2 view .LVU16
	add	x25, x25, 1
.LVL2:
	.loc 1 18 28 is_stmt 0 discriminator 2 view .LVU17
	cmp	x25, 9
	beq	.L5
.LVL3:
.L2:
.LBB13:
	.loc 1 19 32 is_stmt 1 view .LVU18
.LBE13:
.LBE15:
	.loc 1 14 1 is_stmt 0 view .LVU19
	mov	x20, 1
.LBB16:
.LBB14:
.LBB12:
	.loc 1 20 17 view .LVU20
	add	x22, x26, x25, lsl 2
.LVL4:
.L4:
	.loc 1 20 13 is_stmt 1 discriminator 3 view .LVU21
	.loc 1 20 17 is_stmt 0 discriminator 3 view .LVU22
	ldr	w1, [x22, -4]
.LVL5:
	.loc 1 20 30 discriminator 3 view .LVU23
	add	x0, x24, x20, lsl 2
	ldr	w2, [x0, -4]
.LVL6:
	.loc 1 21 13 is_stmt 1 discriminator 3 view .LVU24
	sdiv	w19, w1, w2
	msub	w27, w19, w2, w1
.LVL7:
.LBB10:
.LBI10:
	.loc 1 5 12 discriminator 3 view .LVU25
.LBB11:
	.loc 1 7 5 discriminator 3 view .LVU26
	.loc 1 8 5 discriminator 3 view .LVU27
	.loc 1 9 10 is_stmt 0 discriminator 3 view .LVU28
	eor	w5, w1, w2
	sub	w5, w19, w5, lsr 31
	cmp	w27, 0
	csel	w5, w5, w19, ne
.LVL8:
	.loc 1 10 5 is_stmt 1 discriminator 3 view .LVU29
	.loc 1 10 5 is_stmt 0 discriminator 3 view .LVU30
.LBE11:
.LBE10:
	.loc 1 21 13 discriminator 3 view .LVU31
	mov	w4, w27
	mov	w3, w19
	mov	x0, x23
	bl	printf
.LVL9:
	.loc 1 22 13 is_stmt 1 discriminator 3 view .LVU32
	.loc 1 22 31 is_stmt 0 discriminator 3 view .LVU33
	add	w19, w19, w27
	.loc 1 22 22 discriminator 3 view .LVU34
	add	x21, x21, w19, sxtw
.LVL10:
	.loc 1 22 22 discriminator 3 view .LVU35
.LBE12:
	.loc 1 19 65 is_stmt 1 discriminator 3 view .LVU36
	.loc 1 19 32 discriminator 3 view .LVU37
	add	x20, x20, 1
.LVL11:
	.loc 1 19 32 is_stmt 0 discriminator 3 view .LVU38
	cmp	x20, 5
	bne	.L4
	b	.L10
.LVL12:
.L5:
	.loc 1 19 32 discriminator 3 view .LVU39
.LBE14:
.LBE16:
	.loc 1 25 5 is_stmt 1 view .LVU40
	.loc 1 26 5 view .LVU41
	mov	x3, 60384
	movk	x3, 0x9d78, lsl 16
	movk	x3, 0x18cc, lsl 32
	movk	x3, 0xfffc, lsl 48
	mov	x2, -2
	mov	x1, 56174
	movk	x1, 0x4d5a, lsl 16
	movk	x1, 0x39ab, lsl 32
	movk	x1, 0xee28, lsl 48
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL13:
	.loc 1 27 5 view .LVU42
	.loc 1 28 5 view .LVU43
	.loc 1 29 5 view .LVU44
	mov	w4, -64
	mov	w3, -42
	mov	w2, -5
	mov	w1, -1234
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL14:
	.loc 1 30 5 view .LVU45
	mov	w2, -9
	mov	w1, -10
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
.LVL15:
	.loc 1 31 5 view .LVU46
	mov	x1, x21
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	printf
.LVL16:
	.loc 1 32 5 view .LVU47
	.loc 1 33 1 is_stmt 0 view .LVU48
	and	w0, w21, 255
	ldp	x19, x20, [sp, 16]
.LVL17:
	.loc 1 33 1 view .LVU49
	ldp	x21, x22, [sp, 32]
.LVL18:
	.loc 1 33 1 view .LVU50
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
.LVL19:
	.loc 1 33 1 view .LVU51
	ldr	x27, [sp, 80]
	ldp	x29, x30, [sp], 144
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
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
.LFE12:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.word	17
	.word	-17
	.word	100
	.word	-100
	.word	7
	.word	-7
	.word	2147483647
	.word	-2147483647
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x34a
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF19
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
	.uleb128 0xf
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
	.uleb128 0x3
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x5d
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x70
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x83
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x10
	.4byte	0x8a
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x51
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x64
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x77
	.uleb128 0x11
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xd2
	.uleb128 0x12
	.4byte	0xd2
	.uleb128 0x13
	.byte	0
	.uleb128 0x14
	.byte	0x8
	.4byte	0x91
	.uleb128 0x15
	.4byte	.LASF21
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x305
	.uleb128 0x7
	.4byte	.LASF16
	.byte	0xf
	.4byte	0x305
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x7
	.4byte	.LASF17
	.byte	0x10
	.4byte	0x315
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x16
	.4byte	.LASF18
	.byte	0x1
	.byte	0x11
	.byte	0xa
	.4byte	0x83
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"big"
	.byte	0x19
	.byte	0xd
	.4byte	0xae
	.sleb128 -9000000000000000000
	.uleb128 0x5
	.string	"h"
	.byte	0x1b
	.byte	0xd
	.4byte	0xa2
	.sleb128 -12345
	.uleb128 0x5
	.string	"c"
	.byte	0x1c
	.byte	0xc
	.4byte	0x96
	.sleb128 -128
	.uleb128 0x17
	.4byte	.LLRL1
	.4byte	0x259
	.uleb128 0x4
	.string	"i"
	.byte	0x12
	.byte	0x13
	.4byte	0x4a
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x8
	.4byte	.LLRL3
	.uleb128 0x4
	.string	"j"
	.byte	0x13
	.byte	0x17
	.4byte	0x4a
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x8
	.4byte	.LLRL5
	.uleb128 0x4
	.string	"a"
	.byte	0x14
	.byte	0x11
	.4byte	0x35
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x4
	.string	"b"
	.byte	0x14
	.byte	0x1e
	.4byte	0x35
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x18
	.4byte	0x325
	.8byte	.LBI10
	.byte	.LVU25
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.4byte	0x1f8
	.uleb128 0x9
	.4byte	0x33a
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x9
	.4byte	0x332
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x19
	.4byte	0x342
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.uleb128 0xa
	.8byte	.LVL9
	.4byte	0xba
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x86
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0xb
	.byte	0x84
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x88
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
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
	.byte	0x8b
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x23
	.byte	0x83
	.sleb128 0
	.byte	0x86
	.sleb128 -4
	.byte	0x94
	.byte	0x4
	.byte	0x84
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x88
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.byte	0x27
	.byte	0x4f
	.byte	0x25
	.byte	0x1c
	.byte	0x83
	.sleb128 0
	.byte	0x8b
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x2e
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL13
	.4byte	0xba
	.4byte	0x27e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x9
	.byte	0xfe
	.byte	0
	.uleb128 0x6
	.8byte	.LVL14
	.4byte	0xba
	.4byte	0x2b8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xb
	.2byte	0xfb2e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x4
	.byte	0x91
	.sleb128 -44
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x9
	.byte	0xd6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x9
	.byte	0xc0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL15
	.4byte	0xba
	.4byte	0x2e3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x9
	.byte	0xf6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x9
	.byte	0xf7
	.byte	0
	.uleb128 0xa
	.8byte	.LVL16
	.4byte	0xba
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x35
	.4byte	0x315
	.uleb128 0xc
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0xb
	.4byte	0x35
	.4byte	0x325
	.uleb128 0xc
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.byte	0x1
	.uleb128 0xd
	.string	"a"
	.byte	0x1a
	.4byte	0x35
	.uleb128 0xd
	.string	"b"
	.byte	0x21
	.4byte	0x35
	.uleb128 0x1b
	.string	"q"
	.byte	0x1
	.byte	0x7
	.byte	0x9
	.4byte	0x35
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
	.uleb128 0x1c
	.uleb128 0xd
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
	.uleb128 0x21
	.sleb128 9
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
.LVUS0:
	.uleb128 .LVU6
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU50
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS2:
	.uleb128 .LVU8
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU17
	.uleb128 .LVU18
	.uleb128 .LVU39
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
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x3
	.byte	0x89
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU18
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU38
.LLST4:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS6:
	.uleb128 .LVU14
	.uleb128 .LVU18
	.uleb128 .LVU23
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
.LLST6:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x2
	.byte	0x86
	.sleb128 -4
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL9-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL9-1-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x86
	.sleb128 -4
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x9
	.byte	0x89
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x8a
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0
.LVUS7:
	.uleb128 .LVU14
	.uleb128 .LVU18
	.uleb128 .LVU24
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU49
.LLST7:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x9
	.byte	0x84
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x88
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL9-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL9-1-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x9
	.byte	0x84
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x88
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x9
	.byte	0x84
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x88
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0
.LVUS8:
	.uleb128 .LVU25
	.uleb128 .LVU30
.LLST8:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS9:
	.uleb128 .LVU25
	.uleb128 .LVU30
.LLST9:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS10:
	.uleb128 .LVU27
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU30
.LLST10:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x55
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
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0
.LLRL3:
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0
.LLRL5:
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"int16_t"
.LASF16:
	.string	"vals"
.LASF8:
	.string	"__int16_t"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF12:
	.string	"char"
.LASF22:
	.string	"floor_div"
.LASF3:
	.string	"unsigned char"
.LASF21:
	.string	"main"
.LASF13:
	.string	"int8_t"
.LASF11:
	.string	"long int"
.LASF10:
	.string	"__int64_t"
.LASF18:
	.string	"checksum"
.LASF15:
	.string	"int64_t"
.LASF20:
	.string	"printf"
.LASF17:
	.string	"divs"
.LASF9:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/signed_div.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
