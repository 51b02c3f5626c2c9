	.arch armv8-a
	.file	"unsigned_wrap.c"
	.text
.Ltext0:
	.file 0 "." "programs/unsigned_wrap.c"
	.section	.rodata
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
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB0:
	.file 1 "programs/unsigned_wrap.c"
	.loc 1 6 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	.loc 1 7 13
	mov	w0, -6
	strb	w0, [sp, 63]
	.loc 1 8 14
	mov	w0, -6
	strh	w0, [sp, 60]
	.loc 1 9 14
	mov	w0, -6
	str	w0, [sp, 56]
	.loc 1 10 14
	mov	x0, -6
	str	x0, [sp, 48]
.LBB2:
	.loc 1 11 14
	str	wzr, [sp, 44]
	.loc 1 11 5
	b	.L2
.L3:
	.loc 1 12 12 discriminator 3
	ldrb	w0, [sp, 63]
	add	w0, w0, 3
	strb	w0, [sp, 63]
	.loc 1 13 13 discriminator 3
	ldrh	w0, [sp, 60]
	add	w0, w0, 3
	strh	w0, [sp, 60]
	.loc 1 14 13 discriminator 3
	ldr	w0, [sp, 56]
	add	w0, w0, 3
	str	w0, [sp, 56]
	.loc 1 15 13 discriminator 3
	ldr	x0, [sp, 48]
	add	x0, x0, 3
	str	x0, [sp, 48]
	.loc 1 16 9 discriminator 3
	ldrb	w0, [sp, 63]
	ldrh	w1, [sp, 60]
	ldr	x4, [sp, 48]
	ldr	w3, [sp, 56]
	mov	w2, w1
	mov	w1, w0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 11 30 discriminator 3
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L2:
	.loc 1 11 23 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 9
	ble	.L3
.LBE2:
	.loc 1 18 13
	mov	w0, -56
	strb	w0, [sp, 35]
	.loc 1 19 14
	mov	w0, -5536
	strh	w0, [sp, 32]
	.loc 1 20 14
	mov	w0, 24064
	movk	w0, 0xb2d0, lsl 16
	str	w0, [sp, 28]
	.loc 1 21 30
	ldrb	w1, [sp, 35]
	mov	w0, w1
	ubfiz	w0, w0, 1, 7
	add	w0, w0, w1
	and	w0, w0, 255
	.loc 1 21 5
	mov	w4, w0
	.loc 1 21 49
	ldrh	w1, [sp, 32]
	mov	w0, w1
	ubfiz	w0, w0, 1, 15
	add	w0, w0, w1
	and	w0, w0, 65535
	.loc 1 21 5
	mov	w2, w0
	ldr	w1, [sp, 28]
	mov	w0, w1
	lsl	w0, w0, 1
	add	w0, w0, w1
	mov	w3, w0
	mov	w1, w4
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 22 30
	ldrb	w0, [sp, 63]
	sub	w0, w0, #100
	and	w0, w0, 255
	.loc 1 22 5
	mov	w1, w0
	.loc 1 22 51
	ldrh	w0, [sp, 60]
	sub	w0, w0, #100
	and	w0, w0, 65535
	.loc 1 22 5
	mov	w2, w0
	ldr	w0, [sp, 56]
	sub	w0, w0, #100
	mov	w3, w0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 23 14
	mov	w0, 48879
	movk	w0, 0xdead, lsl 16
	str	w0, [sp, 24]
	.loc 1 24 5
	ldr	w0, [sp, 24]
	mov	w1, 18725
	movk	w1, 0x2492, lsl 16
	umull	x1, w0, w1
	lsr	x1, x1, 32
	sub	w0, w0, w1
	lsr	w0, w0, 1
	add	w0, w0, w1
	lsr	w5, w0, 2
	ldr	w2, [sp, 24]
	mov	w0, 18725
	movk	w0, 0x2492, lsl 16
	umull	x0, w2, w0
	lsr	x0, x0, 32
	sub	w1, w2, w0
	lsr	w1, w1, 1
	add	w0, w1, w0
	lsr	w1, w0, 2
	mov	w0, w1
	lsl	w0, w0, 3
	sub	w0, w0, w1
	sub	w1, w2, w0
	ldr	w0, [sp, 24]
	lsr	w6, w0, 16
	ldr	w2, [sp, 24]
	mov	w0, 19923
	movk	w0, 0x1062, lsl 16
	umull	x0, w2, w0
	lsr	x0, x0, 32
	lsr	w0, w0, 6
	mov	w3, 1000
	mul	w0, w0, w3
	sub	w0, w2, w0
	mov	w4, w0
	mov	w3, w6
	mov	w2, w1
	mov	w1, w5
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 25 14
	mov	x0, 12816
	movk	x0, 0x7654, lsl 16
	movk	x0, 0xba98, lsl 32
	movk	x0, 0xfedc, lsl 48
	str	x0, [sp, 16]
	.loc 1 26 5
	ldr	x1, [sp, 16]
	mov	x0, 40041
	movk	x0, 0x9cb5, lsl 16
	movk	x0, 0x4544, lsl 32
	movk	x0, 0xc6f, lsl 48
	umulh	x0, x1, x0
	sub	x1, x1, x0
	lsr	x1, x1, 1
	add	x0, x0, x1
	lsr	x3, x0, 19
	ldr	x0, [sp, 16]
	mov	x1, 40041
	movk	x1, 0x9cb5, lsl 16
	movk	x1, 0x4544, lsl 32
	movk	x1, 0xc6f, lsl 48
	umulh	x1, x0, x1
	sub	x2, x0, x1
	lsr	x2, x2, 1
	add	x1, x1, x2
	lsr	x1, x1, 19
	mov	x2, 16963
	movk	x2, 0xf, lsl 16
	mul	x1, x1, x2
	sub	x1, x0, x1
	mov	x2, x1
	mov	x1, x3
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
	.loc 1 27 14
	str	wzr, [sp, 40]
.LBB3:
	.loc 1 28 19
	mov	w0, -16
	str	w0, [sp, 36]
	.loc 1 28 5
	b	.L4
.L5:
	.loc 1 29 18 discriminator 3
	ldr	w0, [sp, 36]
	lsr	w0, w0, 31
	and	w0, w0, 255
	mov	w1, w0
	.loc 1 29 13 discriminator 3
	ldr	w0, [sp, 40]
	add	w0, w0, w1
	str	w0, [sp, 40]
	.loc 1 28 45 discriminator 3
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L4:
	.loc 1 28 38 discriminator 1
	ldr	w0, [sp, 36]
	cmp	w0, 5
	bne	.L5
.LBE3:
	.loc 1 30 5
	ldr	w1, [sp, 40]
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	printf
	.loc 1 31 23
	ldrh	w0, [sp, 60]
	and	w1, w0, 255
	.loc 1 31 12
	ldrb	w0, [sp, 63]
	eor	w0, w1, w0
	and	w0, w0, 255
	.loc 1 32 1
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1d4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x4
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
	.uleb128 0x5
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
	.byte	0x2a
	.byte	0x16
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.uleb128 0x3
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0x6
	.4byte	0x96
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x13
	.4byte	0x58
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x14
	.4byte	0x6b
	.uleb128 0x3
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x77
	.uleb128 0x3
	.4byte	.LASF17
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x8a
	.uleb128 0x7
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xea
	.uleb128 0x8
	.4byte	0xea
	.uleb128 0x9
	.byte	0
	.uleb128 0xa
	.byte	0x8
	.4byte	0x9d
	.uleb128 0xb
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.string	"a8"
	.byte	0x7
	.byte	0xd
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
	.uleb128 0x1
	.string	"a16"
	.byte	0x8
	.byte	0xe
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x1
	.string	"a32"
	.byte	0x9
	.byte	0xe
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.string	"a64"
	.byte	0xa
	.byte	0xe
	.4byte	0xc6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x1
	.string	"m8"
	.byte	0x12
	.byte	0xd
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -29
	.uleb128 0x1
	.string	"m16"
	.byte	0x13
	.byte	0xe
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.string	"m32"
	.byte	0x14
	.byte	0xe
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x1
	.string	"d"
	.byte	0x17
	.byte	0xe
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"big"
	.byte	0x19
	.byte	0xe
	.4byte	0xc6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x1
	.string	"cmp"
	.byte	0x1b
	.byte	0xe
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xc
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x1b8
	.uleb128 0x1
	.string	"i"
	.byte	0xb
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0xd
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"x"
	.byte	0x1c
	.byte	0x13
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x5
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
	.uleb128 0x6
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
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
