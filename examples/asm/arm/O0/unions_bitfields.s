	.arch armv8-a
	.file	"unions_bitfields.c"
	.text
.Ltext0:
	.file 0 "." "programs/unions_bitfields.c"
	.section	.rodata
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
.LFB0:
	.file 1 "programs/unions_bitfields.c"
	.loc 1 21 1
	.cfi_startproc
	sub	sp, sp, #64
	.cfi_def_cfa_offset 64
	stp	x29, x30, [sp, 16]
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	add	x29, sp, 16
	.loc 1 22 19
	str	wzr, [sp, 48]
	.loc 1 23 14
	str	wzr, [sp, 60]
.LBB2:
	.loc 1 24 14
	str	wzr, [sp, 56]
	.loc 1 24 5
	b	.L2
.L3:
.LBB3:
	.loc 1 25 34 discriminator 3
	ldr	w0, [sp, 56]
	and	w0, w0, 255
	add	w0, w0, 5
	and	w0, w0, 255
	.loc 1 25 21 discriminator 3
	and	w0, w0, 7
	and	w1, w0, 255
	.loc 1 25 19 discriminator 3
	ldr	w0, [sp, 48]
	bfi	w0, w1, 0, 3
	str	w0, [sp, 48]
	.loc 1 26 19 discriminator 3
	ldr	w0, [sp, 56]
	and	w0, w0, 31
	and	w0, w0, 255
	mov	w1, w0
	mov	w0, w1
	ubfiz	w0, w0, 3, 5
	sub	w0, w0, w1
	and	w0, w0, 31
	and	w1, w0, 255
	.loc 1 26 17 discriminator 3
	ldr	w0, [sp, 48]
	bfi	w0, w1, 3, 5
	str	w0, [sp, 48]
	.loc 1 27 40 discriminator 3
	ldr	w0, [sp, 56]
	and	w1, w0, 65535
	mov	w0, 1000
	mul	w0, w1, w0
	and	w0, w0, 65535
	add	w0, w0, 17
	and	w0, w0, 65535
	.loc 1 27 20 discriminator 3
	and	w0, w0, 4095
	and	w1, w0, 65535
	.loc 1 27 18 discriminator 3
	ldr	w0, [sp, 48]
	bfi	w0, w1, 8, 12
	str	w0, [sp, 48]
	.loc 1 28 31 discriminator 3
	ldr	w0, [sp, 56]
	and	w1, w0, 65535
	mov	w0, -500
	mul	w0, w1, w0
	and	w0, w0, 65535
	add	w0, w0, 300
	and	w0, w0, 65535
	ubfiz	w0, w0, 4, 12
	sxth	w0, w0
	asr	w0, w0, 4
	sxth	w1, w0
	.loc 1 28 18 discriminator 3
	ldr	w0, [sp, 48]
	bfi	w0, w1, 20, 12
	str	w0, [sp, 48]
	.loc 1 30 9 discriminator 3
	ldr	w0, [sp, 48]
	str	w0, [sp, 36]
	.loc 1 31 55 discriminator 3
	ldr	x0, [sp, 48]
	ubfx	x0, x0, 0, 3
	and	w0, w0, 255
	.loc 1 31 9 discriminator 3
	mov	w1, w0
	.loc 1 31 66 discriminator 3
	ldr	x0, [sp, 48]
	ubfx	x0, x0, 3, 5
	and	w0, w0, 255
	.loc 1 31 9 discriminator 3
	mov	w2, w0
	.loc 1 31 75 discriminator 3
	ldr	x0, [sp, 48]
	ubfx	x0, x0, 8, 12
	and	w0, w0, 65535
	.loc 1 31 9 discriminator 3
	mov	w3, w0
	.loc 1 31 85 discriminator 3
	ldr	x0, [sp, 48]
	sbfx	x0, x0, 20, 12
	sxth	w0, w0
	.loc 1 31 9 discriminator 3
	mov	w4, w0
	ldr	w0, [sp, 36]
	mov	w5, w0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 32 15 discriminator 3
	ldr	w0, [sp, 36]
	ldr	w1, [sp, 60]
	add	w0, w1, w0
	str	w0, [sp, 60]
.LBE3:
	.loc 1 24 29 discriminator 3
	ldr	w0, [sp, 56]
	add	w0, w0, 1
	str	w0, [sp, 56]
.L2:
	.loc 1 24 23 discriminator 1
	ldr	w0, [sp, 56]
	cmp	w0, 5
	ble	.L3
.LBE2:
	.loc 1 35 9
	mov	w0, 8208
	movk	w0, 0x8040, lsl 16
	str	w0, [sp, 40]
	.loc 1 36 5
	ldr	w0, [sp, 40]
	ldr	w1, [sp, 40]
	.loc 1 36 84
	ldrh	w2, [sp, 40]
	.loc 1 36 5
	mov	w3, w2
	.loc 1 36 95
	ldrh	w2, [sp, 42]
	.loc 1 36 5
	mov	w4, w2
	.loc 1 37 18
	ldrb	w2, [sp, 40]
	.loc 1 36 5
	mov	w5, w2
	.loc 1 37 29
	ldrb	w2, [sp, 41]
	.loc 1 36 5
	mov	w6, w2
	.loc 1 37 40
	ldrb	w2, [sp, 42]
	.loc 1 36 5
	mov	w7, w2
	.loc 1 37 51
	ldrb	w2, [sp, 43]
	.loc 1 36 5
	str	w2, [sp]
	mov	w2, w1
	mov	w1, w0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 38 15
	mov	w0, 127
	strb	w0, [sp, 43]
	.loc 1 39 5
	ldr	w0, [sp, 40]
	mov	w1, w0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 40 24
	ldr	w0, [sp, 60]
	.loc 1 40 12
	and	w0, w0, 127
	.loc 1 41 1
	ldp	x29, x30, [sp, 16]
	add	sp, sp, 64
	.cfi_restore 29
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x209
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
	.4byte	.LASF25
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
	.uleb128 0xb
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
	.uleb128 0x2
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x3c
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x2
	.4byte	.LASF9
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x43
	.uleb128 0x2
	.4byte	.LASF10
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x35
	.uleb128 0x2
	.4byte	.LASF11
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x4a
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0xc
	.4byte	0x96
	.uleb128 0x2
	.4byte	.LASF14
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x77
	.uleb128 0x2
	.4byte	.LASF15
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x58
	.uleb128 0x2
	.4byte	.LASF16
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x6b
	.uleb128 0x2
	.4byte	.LASF17
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x83
	.uleb128 0xd
	.byte	0x8
	.4byte	0x9d
	.uleb128 0xe
	.4byte	.LASF26
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0x11a
	.uleb128 0x3
	.4byte	.LASF18
	.byte	0x7
	.byte	0xe
	.4byte	0x4a
	.byte	0x3
	.byte	0
	.uleb128 0x3
	.4byte	.LASF19
	.byte	0x8
	.byte	0xe
	.4byte	0x4a
	.byte	0x5
	.byte	0x3
	.uleb128 0x3
	.4byte	.LASF20
	.byte	0x9
	.byte	0xe
	.4byte	0x4a
	.byte	0xc
	.byte	0x8
	.uleb128 0x3
	.4byte	.LASF21
	.byte	0xa
	.byte	0xc
	.4byte	0x35
	.byte	0xc
	.byte	0x14
	.byte	0
	.uleb128 0xf
	.4byte	.LASF27
	.byte	0x4
	.byte	0x1
	.byte	0xd
	.byte	0x7
	.4byte	0x150
	.uleb128 0x5
	.string	"u"
	.byte	0xe
	.byte	0xe
	.4byte	0xc6
	.uleb128 0x5
	.string	"i"
	.byte	0xf
	.byte	0xd
	.4byte	0xa2
	.uleb128 0x6
	.4byte	.LASF22
	.byte	0x10
	.byte	0xe
	.4byte	0x150
	.uleb128 0x6
	.4byte	.LASF23
	.byte	0x11
	.byte	0xd
	.4byte	0x160
	.byte	0
	.uleb128 0x7
	.4byte	0xba
	.4byte	0x160
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.4byte	0xae
	.4byte	0x170
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.uleb128 0x10
	.4byte	.LASF28
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x188
	.uleb128 0x11
	.4byte	0xd2
	.uleb128 0x12
	.byte	0
	.uleb128 0x13
	.4byte	.LASF29
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.string	"h"
	.byte	0x16
	.byte	0x13
	.4byte	0xd8
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x14
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0xe
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x4
	.string	"w"
	.byte	0x22
	.byte	0x10
	.4byte	0x11a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x9
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x4
	.string	"i"
	.byte	0x18
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x9
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x4
	.string	"raw"
	.byte	0x1d
	.byte	0x12
	.4byte	0xc6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.byte	0
	.byte	0
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
	.uleb128 0x3
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
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x7c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.byte	0
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF25:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
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
