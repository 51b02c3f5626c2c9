	.arch armv8-a
	.file	"unsigned_wrap.c"
	.text
.Ltext0:
	.file 0 "." "programs/unsigned_wrap.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%3u %5u %10u %20llu\n"
	.align	3
.LC1:
	.string	"mul %u %u %u\n"
	.align	3
.LC2:
	.string	"sub %u %u %u\n"
	.align	3
.LC3:
	.string	"div %u %u %u %u\n"
	.align	3
.LC4:
	.string	"div64 %llu %llu\n"
	.align	3
.LC5:
	.string	"cmp %u\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB11:
	.file 1 "programs/unsigned_wrap.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 7 5 view .LVU1
.LVL0:
	.loc 1 8 5 view .LVU2
	.loc 1 9 5 view .LVU3
	.loc 1 10 5 view .LVU4
	.loc 1 11 5 view .LVU5
.LBB2:
	.loc 1 11 10 view .LVU6
	.loc 1 11 23 view .LVU7
.LBE2:
	.loc 1 6 1 is_stmt 0 view .LVU8
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -16
	.cfi_offset 20, -8
	adrp	x20, .LC0
.LBB3:
	.loc 1 16 9 view .LVU9
	add	x20, x20, :lo12:.LC0
.LBE3:
	.loc 1 6 1 view .LVU10
	mov	x19, -3
.LVL1:
	.p2align 3,,7
.L2:
.LBB4:
	.loc 1 12 9 is_stmt 1 discriminator 3 view .LVU11
	.loc 1 13 9 discriminator 3 view .LVU12
	.loc 1 14 9 discriminator 3 view .LVU13
	.loc 1 15 9 discriminator 3 view .LVU14
	.loc 1 16 9 discriminator 3 view .LVU15
	mov	x4, x19
	mov	w3, w19
	and	w2, w19, 65535
	and	w1, w19, 255
	mov	x0, x20
	.loc 1 11 23 is_stmt 0 discriminator 3 view .LVU16
	add	x19, x19, 3
.LVL2:
	.loc 1 16 9 discriminator 3 view .LVU17
	bl	printf
.LVL3:
	.loc 1 11 30 is_stmt 1 discriminator 3 view .LVU18
	.loc 1 11 23 discriminator 3 view .LVU19
	cmp	x19, 27
	bne	.L2
.LBE4:
	.loc 1 18 5 view .LVU20
.LVL4:
	.loc 1 19 5 view .LVU21
	.loc 1 20 5 view .LVU22
	.loc 1 21 5 view .LVU23
	mov	w3, 6656
	mov	w2, 48928
	movk	w3, 0x1871, lsl 16
	mov	w1, 88
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL5:
	.loc 1 22 5 view .LVU24
	mov	w3, -76
	mov	w2, 65460
	mov	w1, 180
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL6:
	.loc 1 23 5 view .LVU25
	.loc 1 24 5 view .LVU26
	mov	w1, 44431
	mov	w4, 559
	movk	w1, 0x1fcf, lsl 16
	mov	w3, 57005
	mov	w2, 6
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL7:
	.loc 1 25 5 view .LVU27
	.loc 1 26 5 view .LVU28
	mov	x1, 9486
	mov	x2, 58214
	movk	x1, 0xdda0, lsl 16
	adrp	x0, .LC4
	movk	x1, 0x10b3, lsl 32
	add	x0, x0, :lo12:.LC4
	movk	x2, 0xa, lsl 16
	bl	printf
.LVL8:
	.loc 1 27 5 view .LVU29
	.loc 1 28 5 view .LVU30
.LBB5:
	.loc 1 28 10 view .LVU31
	.loc 1 28 38 view .LVU32
	.loc 1 28 19 is_stmt 0 view .LVU33
	mov	w0, -16
.LBE5:
	.loc 1 27 14 view .LVU34
	mov	w1, 0
.LVL9:
	.p2align 3,,7
.L3:
.LBB6:
	.loc 1 29 9 is_stmt 1 discriminator 3 view .LVU35
	.loc 1 29 13 is_stmt 0 discriminator 3 view .LVU36
	add	w1, w1, w0, lsr 31
.LVL10:
	.loc 1 28 45 is_stmt 1 discriminator 3 view .LVU37
	add	w0, w0, 1
.LVL11:
	.loc 1 28 38 discriminator 3 view .LVU38
	cmp	w0, 5
	bne	.L3
.LBE6:
	.loc 1 30 5 view .LVU39
	adrp	x0, .LC5
.LVL12:
	.loc 1 30 5 is_stmt 0 view .LVU40
	add	x0, x0, :lo12:.LC5
	bl	printf
.LVL13:
	.loc 1 31 5 is_stmt 1 view .LVU41
	.loc 1 32 1 is_stmt 0 view .LVU42
	ldp	x19, x20, [sp, 16]
	mov	w0, 0
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2ca
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL9
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xa
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
	.uleb128 0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x38
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x3
	.4byte	.LASF9
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x3f
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x46
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.uleb128 0x3
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2a
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0xb
	.4byte	0x92
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x13
	.4byte	0x54
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x14
	.4byte	0x67
	.uleb128 0x3
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x73
	.uleb128 0x3
	.4byte	.LASF17
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x86
	.uleb128 0xc
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xe6
	.uleb128 0xd
	.4byte	0xe6
	.uleb128 0xe
	.byte	0
	.uleb128 0xf
	.byte	0x8
	.4byte	0x99
	.uleb128 0x10
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.string	"a8"
	.byte	0x7
	.byte	0xd
	.4byte	0x9e
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x4
	.string	"a16"
	.byte	0x8
	.byte	0xe
	.4byte	0xaa
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x4
	.string	"a32"
	.byte	0x9
	.byte	0xe
	.4byte	0xb6
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x4
	.string	"a64"
	.byte	0xa
	.byte	0xe
	.4byte	0xc2
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x5
	.string	"m8"
	.byte	0x12
	.byte	0xd
	.4byte	0x9e
	.sleb128 -56
	.uleb128 0x5
	.string	"m16"
	.byte	0x13
	.byte	0xe
	.4byte	0xaa
	.sleb128 -5536
	.uleb128 0x5
	.string	"m32"
	.byte	0x14
	.byte	0xe
	.4byte	0xb6
	.sleb128 -1294967296
	.uleb128 0x5
	.string	"d"
	.byte	0x17
	.byte	0xe
	.4byte	0xb6
	.sleb128 -559038737
	.uleb128 0x5
	.string	"big"
	.byte	0x19
	.byte	0xe
	.4byte	0xc2
	.sleb128 -81985529216486896
	.uleb128 0x4
	.string	"cmp"
	.byte	0x1b
	.byte	0xe
	.4byte	0x46
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x7
	.4byte	.LLRL5
	.4byte	0x1e7
	.uleb128 0x4
	.string	"i"
	.byte	0xb
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x8
	.8byte	.LVL3
	.4byte	0xce
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x83
	.sleb128 -3
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	.LLRL7
	.4byte	0x202
	.uleb128 0x4
	.string	"x"
	.byte	0x1c
	.byte	0x13
	.4byte	0xb6
	.4byte	.LLST8
	.4byte	.LVUS8
	.byte	0
	.uleb128 0x6
	.8byte	.LVL5
	.4byte	0xce
	.4byte	0x22e
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
	.byte	0x8
	.byte	0x58
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.2byte	0xbf20
	.byte	0
	.uleb128 0x6
	.8byte	.LVL6
	.4byte	0xce
	.4byte	0x260
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
	.byte	0x8
	.byte	0xb4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.2byte	0xffb4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x9
	.byte	0xb4
	.byte	0
	.uleb128 0x6
	.8byte	.LVL7
	.4byte	0xce
	.4byte	0x292
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0xa
	.2byte	0xdead
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.2byte	0x22f
	.byte	0
	.uleb128 0x6
	.8byte	.LVL8
	.4byte	0xce
	.4byte	0x2b1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.uleb128 0x8
	.8byte	.LVL13
	.4byte	0xce
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 .LVU2
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU18
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU18
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-1-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS2:
	.uleb128 .LVU4
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU18
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-1-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS3:
	.uleb128 .LVU5
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU19
.LLST3:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-1-.LVL0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL3-1-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU30
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU41
.LLST4:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL8
	.uleb128 .LVL13-1-.LVL8
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS6:
	.uleb128 .LVU7
	.uleb128 .LVU11
.LLST6:
	.byte	0x8
	.8byte	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU32
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU40
.LLST8:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x3
	.byte	0x9
	.byte	0xf0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL8
	.uleb128 .LVL12-.LVL8
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
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
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
	.8byte	.LBB2
	.byte	0x4
	.uleb128 .LBB2-.LBB2
	.uleb128 .LBE2-.LBB2
	.byte	0x4
	.uleb128 .LBB3-.LBB2
	.uleb128 .LBE3-.LBB2
	.byte	0x4
	.uleb128 .LBB4-.LBB2
	.uleb128 .LBE4-.LBB2
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB5
	.byte	0x4
	.uleb128 .LBB5-.LBB5
	.uleb128 .LBE5-.LBB5
	.byte	0x4
	.uleb128 .LBB6-.LBB5
	.uleb128 .LBE6-.LBB5
	.byte	0
.LLRL9:
	.byte	0x7
	.8byte	.LFB11
	.uleb128 .LFE11-.LFB11
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF17:
	.string	"uint64_t"
.LASF7:
	.string	"short int"
.LASF20:
	.string	"main"
.LASF10:
	.string	"__uint32_t"
.LASF9:
	.string	"__uint16_t"
.LASF14:
	.string	"uint8_t"
.LASF11:
	.string	"long int"
.LASF19:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF15:
	.string	"uint16_t"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"char"
.LASF12:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/unsigned_wrap.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
