	.arch armv8-a
	.file	"unions_bitfields.c"
	.text
.Ltext0:
	.file 0 "." "programs/unions_bitfields.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"v=%u f=%u len=%u off=%d raw=%08x\n"
	.align	3
.LC1:
	.string	"u=%u i=%d half=%04x,%04x bytes=%02x %02x %02x %02x\n"
	.align	3
.LC2:
	.string	"after byte write i=%d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB11:
	.file 1 "programs/unions_bitfields.c"
	.loc 1 21 1 view -0
	.cfi_startproc
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	stp	x29, x30, [sp, 16]
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	add	x29, sp, 16
	stp	x19, x20, [sp, 32]
	stp	x21, x22, [sp, 48]
	stp	x23, x24, [sp, 64]
	.cfi_offset 19, -64
	.cfi_offset 20, -56
	.cfi_offset 21, -48
	.cfi_offset 22, -40
	.cfi_offset 23, -32
	.cfi_offset 24, -24
	.loc 1 22 5 view .LVU1
	.loc 1 22 19 is_stmt 0 view .LVU2
	strh	wzr, [sp, 80]
	strb	wzr, [sp, 82]
	mov	w19, 0
.LVL0:
	.loc 1 22 19 view .LVU3
	ldr	x0, [sp, 80]
	bfi	w19, w0, 0, 24
.LVL1:
	.loc 1 23 5 is_stmt 1 view .LVU4
	.loc 1 24 5 view .LVU5
.LBB2:
	.loc 1 24 10 view .LVU6
	.loc 1 24 23 view .LVU7
.LBE2:
	.loc 1 22 19 is_stmt 0 view .LVU8
	mov	w22, 300
	mov	w21, 17
.LBB4:
	.loc 1 24 14 view .LVU9
	mov	w20, 0
.LBE4:
	.loc 1 23 14 view .LVU10
	mov	w23, 0
.LBB5:
.LBB3:
	.loc 1 31 9 view .LVU11
	adrp	x24, .LC0
	add	x24, x24, :lo12:.LC0
.LVL2:
.L2:
	.loc 1 25 9 is_stmt 1 discriminator 3 view .LVU12
	add	w1, w20, 5
	and	w1, w1, 7
	.loc 1 25 19 is_stmt 0 discriminator 3 view .LVU13
	bfi	w19, w1, 0, 3
	.loc 1 26 9 is_stmt 1 discriminator 3 view .LVU14
	ubfiz	w2, w20, 3, 5
	sub	w2, w2, w20
	and	w2, w2, 31
	.loc 1 26 17 is_stmt 0 discriminator 3 view .LVU15
	bfi	w19, w2, 3, 5
	.loc 1 27 9 is_stmt 1 discriminator 3 view .LVU16
	and	w3, w21, 4095
	.loc 1 27 18 is_stmt 0 discriminator 3 view .LVU17
	bfi	w19, w3, 8, 12
	.loc 1 28 9 is_stmt 1 discriminator 3 view .LVU18
	.loc 1 28 31 is_stmt 0 discriminator 3 view .LVU19
	sbfiz	w4, w22, 4, 12
	asr	w4, w4, 4
	.loc 1 28 18 discriminator 3 view .LVU20
	bfi	w19, w4, 20, 12
	.loc 1 29 9 is_stmt 1 discriminator 3 view .LVU21
	.loc 1 30 9 discriminator 3 view .LVU22
.LVL3:
	.loc 1 31 9 discriminator 3 view .LVU23
	mov	w5, w19
	mov	x0, x24
	bl	printf
.LVL4:
	.loc 1 32 9 discriminator 3 view .LVU24
	.loc 1 32 15 is_stmt 0 discriminator 3 view .LVU25
	add	w23, w23, w19
.LVL5:
	.loc 1 32 15 discriminator 3 view .LVU26
.LBE3:
	.loc 1 24 29 is_stmt 1 discriminator 3 view .LVU27
	add	w20, w20, 1
.LVL6:
	.loc 1 24 23 discriminator 3 view .LVU28
	add	w21, w21, 1000
	and	w21, w21, 65535
	sub	w22, w22, #500
	and	w22, w22, 65535
	cmp	w20, 6
	bne	.L2
.LBE5:
	.loc 1 34 5 view .LVU29
	.loc 1 35 5 view .LVU30
	.loc 1 36 5 view .LVU31
	mov	w1, 8208
	movk	w1, 0x8040, lsl 16
	mov	w0, 128
	str	w0, [sp]
	mov	w7, 64
	mov	w6, 32
	mov	w5, 16
	mov	w4, 32832
	mov	w3, 8208
	mov	w2, w1
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL7:
	.loc 1 38 5 view .LVU32
	.loc 1 39 5 view .LVU33
	mov	w1, 8208
	movk	w1, 0x7f40, lsl 16
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL8:
	.loc 1 40 5 view .LVU34
	.loc 1 41 1 is_stmt 0 view .LVU35
	and	w0, w23, 127
	ldp	x19, x20, [sp, 32]
.LVL9:
	.loc 1 41 1 view .LVU36
	ldp	x21, x22, [sp, 48]
	ldp	x23, x24, [sp, 64]
.LVL10:
	.loc 1 41 1 view .LVU37
	ldp	x29, x30, [sp, 16]
	add	sp, sp, 96
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
.LFE11:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2af
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xb
	.4byte	.LASF25
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
	.uleb128 0xc
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
	.4byte	0x3c
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x3
	.4byte	.LASF9
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x43
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x35
	.uleb128 0x3
	.4byte	.LASF11
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0xd
	.4byte	0x96
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x77
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x58
	.uleb128 0x3
	.4byte	.LASF16
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x6b
	.uleb128 0x3
	.4byte	.LASF17
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x83
	.uleb128 0xe
	.byte	0x8
	.4byte	0x9d
	.uleb128 0xf
	.4byte	.LASF26
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0x11a
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x7
	.byte	0xe
	.4byte	0x4a
	.byte	0x3
	.byte	0
	.uleb128 0x4
	.4byte	.LASF19
	.byte	0x8
	.byte	0xe
	.4byte	0x4a
	.byte	0x5
	.byte	0x3
	.uleb128 0x4
	.4byte	.LASF20
	.byte	0x9
	.byte	0xe
	.4byte	0x4a
	.byte	0xc
	.byte	0x8
	.uleb128 0x4
	.4byte	.LASF21
	.byte	0xa
	.byte	0xc
	.4byte	0x35
	.byte	0xc
	.byte	0x14
	.byte	0
	.uleb128 0x10
	.4byte	.LASF27
	.byte	0x4
	.byte	0x1
	.byte	0xd
	.byte	0x7
	.4byte	0x150
	.uleb128 0x6
	.string	"u"
	.byte	0xe
	.byte	0xe
	.4byte	0xc6
	.uleb128 0x6
	.string	"i"
	.byte	0xf
	.byte	0xd
	.4byte	0xa2
	.uleb128 0x7
	.4byte	.LASF22
	.byte	0x10
	.byte	0xe
	.4byte	0x150
	.uleb128 0x7
	.4byte	.LASF23
	.byte	0x11
	.byte	0xd
	.4byte	0x160
	.byte	0
	.uleb128 0x8
	.4byte	0xba
	.4byte	0x160
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.uleb128 0x8
	.4byte	0xae
	.4byte	0x170
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.uleb128 0x11
	.4byte	.LASF28
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x188
	.uleb128 0x12
	.4byte	0xd2
	.uleb128 0x13
	.byte	0
	.uleb128 0x14
	.4byte	.LASF29
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x5
	.string	"h"
	.byte	0x16
	.byte	0x13
	.4byte	0xd8
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x15
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0xe
	.4byte	0x4a
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x16
	.string	"w"
	.byte	0x1
	.byte	0x22
	.byte	0x10
	.4byte	0x11a
	.uleb128 0x17
	.4byte	.LLRL2
	.4byte	0x251
	.uleb128 0x5
	.string	"i"
	.byte	0x18
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x18
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x5
	.string	"raw"
	.byte	0x1d
	.byte	0x12
	.4byte	0xc6
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xa
	.8byte	.LVL4
	.4byte	0x170
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x84
	.sleb128 5
	.byte	0x37
	.byte	0x1a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x6
	.byte	0x85
	.sleb128 0
	.byte	0xa
	.2byte	0xfff
	.byte	0x1a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0xc
	.byte	0x86
	.sleb128 0
	.byte	0x34
	.byte	0x24
	.byte	0x8
	.byte	0x30
	.byte	0x24
	.byte	0x8
	.byte	0x30
	.byte	0x26
	.byte	0x34
	.byte	0x26
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x19
	.8byte	.LVL7
	.4byte	0x170
	.4byte	0x296
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0xa
	.2byte	0x2010
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.2byte	0x8040
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x40
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x56
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x57
	.uleb128 0x2
	.byte	0x8
	.byte	0x40
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x8f
	.sleb128 0
	.uleb128 0x2
	.byte	0x8
	.byte	0x80
	.byte	0
	.uleb128 0xa
	.8byte	.LVL8
	.4byte	0x170
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
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
	.uleb128 0xd
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
	.uleb128 0xd
	.uleb128 0xb
	.uleb128 0x6b
	.uleb128 0xb
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xd
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
	.uleb128 0x7
	.uleb128 0xd
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x17
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
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 .LVU4
	.uleb128 .LVU36
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS1:
	.uleb128 .LVU5
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU37
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS3:
	.uleb128 .LVU7
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU36
.LLST3:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS4:
	.uleb128 .LVU23
	.uleb128 .LVU36
.LLST4:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x63
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
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0x4
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF27:
	.string	"word"
.LASF8:
	.string	"__uint8_t"
.LASF10:
	.string	"__int32_t"
.LASF23:
	.string	"byte"
.LASF24:
	.string	"check"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"__uint16_t"
.LASF11:
	.string	"__uint32_t"
.LASF18:
	.string	"version"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"flags"
.LASF13:
	.string	"char"
.LASF15:
	.string	"uint8_t"
.LASF14:
	.string	"int32_t"
.LASF26:
	.string	"header"
.LASF29:
	.string	"main"
.LASF25:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF28:
	.string	"printf"
.LASF21:
	.string	"offset"
.LASF7:
	.string	"short int"
.LASF16:
	.string	"uint16_t"
.LASF17:
	.string	"uint32_t"
.LASF12:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF22:
	.string	"half"
.LASF20:
	.string	"length"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/unions_bitfields.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
