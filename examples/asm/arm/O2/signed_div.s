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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB12:
	.file 1 "programs/signed_div.c"
	.loc 1 14 1 view -0
	.cfi_startproc
	.loc 1 15 5 view .LVU1
	.loc 1 15 9 is_stmt 0 view .LVU2
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	.loc 1 14 1 view .LVU3
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	.loc 1 16 9 view .LVU4
	adrp	x1, .LC6
	.loc 1 14 1 view .LVU5
	mov	x29, sp
	.loc 1 15 9 view .LVU6
	ldp	q0, q1, [x0]
	.loc 1 14 1 view .LVU7
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -112
	.cfi_offset 22, -104
	adrp	x22, .LC1
	.loc 1 16 9 view .LVU8
	ldr	q2, [x1, #:lo12:.LC6]
.LBB7:
.LBB8:
.LBB9:
	.loc 1 21 13 view .LVU9
	add	x22, x22, :lo12:.LC1
.LBE9:
.LBE8:
.LBE7:
	.loc 1 14 1 view .LVU10
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -96
	.cfi_offset 24, -88
	add	x23, sp, 96
	.loc 1 16 9 view .LVU11
	mov	x24, 1
	.loc 1 14 1 view .LVU12
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -80
	.cfi_offset 26, -72
	.loc 1 15 9 view .LVU13
	add	x25, sp, 112
	.loc 1 17 10 view .LVU14
	mov	x21, 0
	.loc 1 14 1 view .LVU15
	stp	x19, x20, [sp, 16]
	str	x27, [sp, 80]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.cfi_offset 27, -64
	.loc 1 16 9 view .LVU16
	str	q2, [sp, 96]
	.loc 1 15 9 view .LVU17
	stp	q0, q1, [x25]
	.loc 1 16 5 is_stmt 1 view .LVU18
	.loc 1 17 5 view .LVU19
.LVL0:
	.loc 1 18 5 view .LVU20
.LBB21:
	.loc 1 18 10 view .LVU21
	.loc 1 18 28 view .LVU22
	.p2align 3,,7
.L2:
.LBB20:
	.loc 1 19 32 view .LVU23
.LBB18:
	.loc 1 20 17 is_stmt 0 view .LVU24
	add	x0, x25, x24, lsl 2
	mov	x27, 1
	ldr	w26, [x0, -4]
.LVL1:
.L4:
	.loc 1 20 13 is_stmt 1 discriminator 3 view .LVU25
	.loc 1 20 30 is_stmt 0 discriminator 3 view .LVU26
	add	x2, x23, x27, lsl 2
	.loc 1 21 13 discriminator 3 view .LVU27
	mov	w1, w26
	mov	x0, x22
.LBE18:
	.loc 1 19 32 discriminator 3 view .LVU28
	add	x27, x27, 1
.LVL2:
.LBB19:
	.loc 1 20 30 discriminator 3 view .LVU29
	ldr	w2, [x2, -4]
.LVL3:
	.loc 1 21 13 is_stmt 1 discriminator 3 view .LVU30
.LBB10:
.LBB11:
	.loc 1 9 10 is_stmt 0 discriminator 3 view .LVU31
	eor	w5, w2, w26
.LBE11:
.LBE10:
	.loc 1 21 13 discriminator 3 view .LVU32
	sdiv	w19, w26, w2
	msub	w20, w19, w2, w26
.LVL4:
.LBB15:
.LBI10:
	.loc 1 5 12 is_stmt 1 discriminator 3 view .LVU33
.LBB12:
	.loc 1 7 5 discriminator 3 view .LVU34
	.loc 1 8 5 discriminator 3 view .LVU35
	.loc 1 9 10 is_stmt 0 discriminator 3 view .LVU36
	sub	w5, w19, w5, lsr 31
.LBE12:
.LBE15:
	.loc 1 21 13 discriminator 3 view .LVU37
	mov	w3, w19
.LBB16:
.LBB13:
	.loc 1 9 10 discriminator 3 view .LVU38
	cmp	w20, 0
.LBE13:
.LBE16:
	.loc 1 21 13 discriminator 3 view .LVU39
	mov	w4, w20
.LBB17:
.LBB14:
	.loc 1 9 10 discriminator 3 view .LVU40
	csel	w5, w5, w19, ne
.LVL5:
	.loc 1 10 5 is_stmt 1 discriminator 3 view .LVU41
	.loc 1 10 5 is_stmt 0 discriminator 3 view .LVU42
.LBE14:
.LBE17:
	.loc 1 22 31 discriminator 3 view .LVU43
	add	w19, w19, w20
	.loc 1 21 13 discriminator 3 view .LVU44
	bl	printf
.LVL6:
	.loc 1 22 13 is_stmt 1 discriminator 3 view .LVU45
	.loc 1 22 22 is_stmt 0 discriminator 3 view .LVU46
	add	x21, x21, w19, sxtw
.LVL7:
	.loc 1 22 22 discriminator 3 view .LVU47
.LBE19:
	.loc 1 19 65 is_stmt 1 discriminator 3 view .LVU48
	.loc 1 19 32 discriminator 3 view .LVU49
	cmp	x27, 5
	bne	.L4
.LBE20:
	.loc 1 18 61 discriminator 2 view .LVU50
.LVL8:
	.loc 1 18 28 discriminator 2 view .LVU51
	add	x24, x24, 1
.LVL9:
	.loc 1 18 28 is_stmt 0 discriminator 2 view .LVU52
	cmp	x24, 9
	bne	.L2
.LBE21:
	.loc 1 25 5 is_stmt 1 view .LVU53
.LVL10:
	.loc 1 26 5 view .LVU54
	mov	x3, 60384
	mov	x1, 56174
	movk	x3, 0x9d78, lsl 16
	movk	x1, 0x4d5a, lsl 16
	movk	x3, 0x18cc, lsl 32
	movk	x1, 0x39ab, lsl 32
	movk	x3, 0xfffc, lsl 48
	movk	x1, 0xee28, lsl 48
	mov	x2, -2
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL11:
	.loc 1 27 5 view .LVU55
	.loc 1 28 5 view .LVU56
	.loc 1 29 5 view .LVU57
	mov	w4, -64
	mov	w3, -42
	mov	w2, -5
	mov	w1, -1234
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL12:
	.loc 1 30 5 view .LVU58
	mov	w2, -9
	mov	w1, -10
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
.LVL13:
	.loc 1 31 5 view .LVU59
	mov	x1, x21
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	printf
.LVL14:
	.loc 1 32 5 view .LVU60
	.loc 1 33 1 is_stmt 0 view .LVU61
	ldp	x19, x20, [sp, 16]
	and	w0, w21, 255
	ldp	x21, x22, [sp, 32]
.LVL15:
	.loc 1 33 1 view .LVU62
	ldp	x23, x24, [sp, 48]
.LVL16:
	.loc 1 33 1 view .LVU63
	ldp	x25, x26, [sp, 64]
	.loc 1 33 1 view .LVU64
	ldr	x27, [sp, 80]
.LVL17:
	.loc 1 33 1 view .LVU65
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
	.section	.rodata.cst16,"aM",@progbits,16
	.align	4
.LC6:
	.word	5
	.word	-5
	.word	3
	.word	-3
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
	.4byte	0x35e
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL12
	.8byte	0
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
	.4byte	0x59
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x6c
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x7f
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x10
	.4byte	0x86
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4d
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x60
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x73
	.uleb128 0x11
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xce
	.uleb128 0x12
	.4byte	0xce
	.uleb128 0x13
	.byte	0
	.uleb128 0x14
	.byte	0x8
	.4byte	0x8d
	.uleb128 0x15
	.4byte	.LASF21
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x319
	.uleb128 0x8
	.4byte	.LASF16
	.byte	0xf
	.4byte	0x319
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x8
	.4byte	.LASF17
	.byte	0x10
	.4byte	0x329
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x16
	.4byte	.LASF18
	.byte	0x1
	.byte	0x11
	.byte	0xa
	.4byte	0x7f
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"big"
	.byte	0x19
	.byte	0xd
	.4byte	0xaa
	.sleb128 -9000000000000000000
	.uleb128 0x5
	.string	"h"
	.byte	0x1b
	.byte	0xd
	.4byte	0x9e
	.sleb128 -12345
	.uleb128 0x5
	.string	"c"
	.byte	0x1c
	.byte	0xc
	.4byte	0x92
	.sleb128 -128
	.uleb128 0x17
	.4byte	.LLRL1
	.4byte	0x26f
	.uleb128 0x4
	.string	"i"
	.byte	0x12
	.byte	0x13
	.4byte	0x46
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x6
	.4byte	.LLRL3
	.uleb128 0x4
	.string	"j"
	.byte	0x13
	.byte	0x17
	.4byte	0x46
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.4byte	.LLRL5
	.uleb128 0x4
	.string	"a"
	.byte	0x14
	.byte	0x11
	.4byte	0x31
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x4
	.string	"b"
	.byte	0x14
	.byte	0x1e
	.4byte	0x31
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x18
	.4byte	0x339
	.8byte	.LBI10
	.byte	.LVU33
	.4byte	.LLRL8
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.4byte	0x1ee
	.uleb128 0x9
	.4byte	0x34e
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x9
	.4byte	0x346
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x6
	.4byte	.LLRL8
	.uleb128 0x19
	.4byte	0x356
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.uleb128 0xa
	.8byte	.LVL6
	.4byte	0xb6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8a
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0xb
	.byte	0x8b
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0xe
	.byte	0x8a
	.sleb128 0
	.byte	0x8b
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.byte	0x1b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x39
	.byte	0x8a
	.sleb128 0
	.byte	0x8b
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.byte	0x1b
	.byte	0x8b
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.byte	0x8a
	.sleb128 0
	.byte	0x27
	.byte	0x4f
	.byte	0x25
	.byte	0x1c
	.byte	0x8a
	.sleb128 0
	.byte	0x8b
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.byte	0x1b
	.byte	0x84
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
	.uleb128 0x7
	.8byte	.LVL11
	.4byte	0xb6
	.4byte	0x294
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
	.uleb128 0x7
	.8byte	.LVL12
	.4byte	0xb6
	.4byte	0x2cc
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
	.uleb128 0x2
	.byte	0x9
	.byte	0xfb
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
	.uleb128 0x7
	.8byte	.LVL13
	.4byte	0xb6
	.4byte	0x2f7
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
	.8byte	.LVL14
	.4byte	0xb6
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
	.4byte	0x31
	.4byte	0x329
	.uleb128 0xc
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.uleb128 0xb
	.4byte	0x31
	.4byte	0x339
	.uleb128 0xc
	.4byte	0x2a
	.byte	0x3
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x31
	.byte	0x1
	.uleb128 0xd
	.string	"a"
	.byte	0x1a
	.4byte	0x31
	.uleb128 0xd
	.string	"b"
	.byte	0x21
	.4byte	0x31
	.uleb128 0x1b
	.string	"q"
	.byte	0x1
	.byte	0x7
	.byte	0x9
	.4byte	0x31
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x21
	.sleb128 9
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 .LVU20
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU62
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL15-.LVL0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS2:
	.uleb128 .LVU22
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU52
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL8-.LVL0
	.uleb128 0x3
	.byte	0x88
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL0
	.uleb128 .LVL9-.LVL0
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS4:
	.uleb128 .LVU23
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU29
.LLST4:
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
	.uleb128 0x3
	.byte	0x8b
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU26
	.uleb128 .LVU52
.LLST6:
	.byte	0x8
	.8byte	.LVL1
	.uleb128 .LVL9-.LVL1
	.uleb128 0x10
	.byte	0x88
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0
.LVUS7:
	.uleb128 .LVU30
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU65
.LLST7:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL6-1-.LVL3
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL6-1-.LVL3
	.uleb128 .LVL16-.LVL3
	.uleb128 0x9
	.byte	0x8b
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL16-.LVL3
	.uleb128 .LVL17-.LVL3
	.uleb128 0xa
	.byte	0x8b
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x34
	.byte	0x1c
	.byte	0
.LVUS9:
	.uleb128 .LVU33
	.uleb128 .LVU42
.LLST9:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS10:
	.uleb128 .LVU33
	.uleb128 .LVU42
.LLST10:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x10
	.byte	0x88
	.sleb128 -1
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0
.LVUS11:
	.uleb128 .LVU35
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU42
.LLST11:
	.byte	0x8
	.8byte	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x63
	.byte	0x8
	.8byte	.LVL5
	.uleb128 .LVL5-.LVL5
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
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
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
	.8byte	.LBB7
	.byte	0x4
	.uleb128 .LBB7-.LBB7
	.uleb128 .LBE7-.LBB7
	.byte	0x4
	.uleb128 .LBB21-.LBB7
	.uleb128 .LBE21-.LBB7
	.byte	0
.LLRL3:
	.byte	0x5
	.8byte	.LBB8
	.byte	0x4
	.uleb128 .LBB8-.LBB8
	.uleb128 .LBE8-.LBB8
	.byte	0x4
	.uleb128 .LBB20-.LBB8
	.uleb128 .LBE20-.LBB8
	.byte	0
.LLRL5:
	.byte	0x5
	.8byte	.LBB9
	.byte	0x4
	.uleb128 .LBB9-.LBB9
	.uleb128 .LBE9-.LBB9
	.byte	0x4
	.uleb128 .LBB18-.LBB9
	.uleb128 .LBE18-.LBB9
	.byte	0x4
	.uleb128 .LBB19-.LBB9
	.uleb128 .LBE19-.LBB9
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB10
	.byte	0x4
	.uleb128 .LBB10-.LBB10
	.uleb128 .LBE10-.LBB10
	.byte	0x4
	.uleb128 .LBB15-.LBB10
	.uleb128 .LBE15-.LBB10
	.byte	0x4
	.uleb128 .LBB16-.LBB10
	.uleb128 .LBE16-.LBB10
	.byte	0x4
	.uleb128 .LBB17-.LBB10
	.uleb128 .LBE17-.LBB10
	.byte	0
.LLRL12:
	.byte	0x7
	.8byte	.LFB12
	.uleb128 .LFE12-.LFB12
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
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
