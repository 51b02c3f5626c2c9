	.arch armv8-a
	.file	"checksum_crc.c"
	.text
.Ltext0:
	.file 0 "." "programs/checksum_crc.c"
	.align	2
	.type	crc32_update, %function
crc32_update:
.LFB0:
	.file 1 "programs/checksum_crc.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	w0, [sp, 12]
	strb	w1, [sp, 11]
	.loc 1 7 9
	ldrb	w0, [sp, 11]
	ldr	w1, [sp, 12]
	eor	w0, w1, w0
	str	w0, [sp, 12]
.LBB2:
	.loc 1 8 14
	str	wzr, [sp, 28]
	.loc 1 8 5
	b	.L2
.L3:
	.loc 1 9 20 discriminator 3
	ldr	w0, [sp, 12]
	lsr	w1, w0, 1
	.loc 1 9 49 discriminator 3
	ldr	w0, [sp, 12]
	and	w0, w0, 1
	.loc 1 9 43 discriminator 3
	neg	w2, w0
	.loc 1 9 41 discriminator 3
	mov	w0, 33568
	movk	w0, 0xedb8, lsl 16
	and	w0, w2, w0
	.loc 1 9 13 discriminator 3
	eor	w0, w1, w0
	str	w0, [sp, 12]
	.loc 1 8 29 discriminator 3
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L2:
	.loc 1 8 23 discriminator 1
	ldr	w0, [sp, 28]
	cmp	w0, 7
	ble	.L3
.LBE2:
	.loc 1 10 12
	ldr	w0, [sp, 12]
	.loc 1 11 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	crc32_update, .-crc32_update
	.section	.rodata
	.align	3
.LC0:
	.string	"bytes %lu\ncrc32 %08x\nadler32 %08x\nfletcher16 %04x\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB1:
	.loc 1 14 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	.loc 1 15 14
	mov	w0, -1
	str	w0, [sp, 44]
	.loc 1 16 14
	mov	w0, 1
	str	w0, [sp, 40]
	.loc 1 16 21
	str	wzr, [sp, 36]
	.loc 1 17 14
	strh	wzr, [sp, 34]
	.loc 1 17 22
	strh	wzr, [sp, 32]
	.loc 1 18 19
	str	xzr, [sp, 24]
	.loc 1 20 11
	b	.L6
.L7:
.LBB3:
	.loc 1 21 17
	ldr	w0, [sp, 20]
	strb	w0, [sp, 19]
	.loc 1 22 15
	ldrb	w1, [sp, 19]
	ldr	w0, [sp, 44]
	bl	crc32_update
	str	w0, [sp, 44]
	.loc 1 23 16
	ldrb	w1, [sp, 19]
	ldr	w0, [sp, 40]
	add	w0, w1, w0
	.loc 1 23 11
	mov	w1, 32881
	movk	w1, 0x8007, lsl 16
	umull	x1, w0, w1
	lsr	x1, x1, 32
	lsr	w2, w1, 15
	mov	w1, 65521
	mul	w1, w2, w1
	sub	w0, w0, w1
	str	w0, [sp, 40]
	.loc 1 24 16
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 40]
	add	w0, w1, w0
	.loc 1 24 11
	mov	w1, 32881
	movk	w1, 0x8007, lsl 16
	umull	x1, w0, w1
	lsr	x1, x1, 32
	lsr	w2, w1, 15
	mov	w1, 65521
	mul	w1, w2, w1
	sub	w0, w0, w1
	str	w0, [sp, 36]
	.loc 1 25 29
	ldrh	w1, [sp, 34]
	ldrb	w0, [sp, 19]
	add	w0, w1, w0
	.loc 1 25 37
	mov	w1, 32897
	movk	w1, 0x8080, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	add	w1, w0, w1
	asr	w2, w1, 7
	asr	w1, w0, 31
	sub	w2, w2, w1
	mov	w1, w2
	lsl	w1, w1, 8
	sub	w1, w1, w2
	sub	w2, w0, w1
	.loc 1 25 12
	mov	w0, w2
	strh	w0, [sp, 34]
	.loc 1 26 29
	ldrh	w1, [sp, 32]
	ldrh	w0, [sp, 34]
	add	w0, w1, w0
	.loc 1 26 35
	mov	w1, 32897
	movk	w1, 0x8080, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	add	w1, w0, w1
	asr	w2, w1, 7
	asr	w1, w0, 31
	sub	w2, w2, w1
	mov	w1, w2
	lsl	w1, w1, 8
	sub	w1, w1, w2
	sub	w2, w0, w1
	.loc 1 26 12
	mov	w0, w2
	strh	w0, [sp, 32]
	.loc 1 27 10
	ldr	x0, [sp, 24]
	add	x0, x0, 1
	str	x0, [sp, 24]
.L6:
.LBE3:
	.loc 1 20 17
	bl	getchar
	str	w0, [sp, 20]
	.loc 1 20 28
	ldr	w0, [sp, 20]
	cmn	w0, #1
	bne	.L7
	.loc 1 29 9
	ldr	w0, [sp, 44]
	mvn	w0, w0
	str	w0, [sp, 44]
	.loc 1 30 81
	ldr	w0, [sp, 36]
	lsl	w1, w0, 16
	.loc 1 30 5
	ldr	w0, [sp, 40]
	orr	w2, w1, w0
	.loc 1 30 108
	ldrh	w0, [sp, 32]
	lsl	w1, w0, 8
	.loc 1 30 114
	ldrh	w0, [sp, 34]
	orr	w0, w1, w0
	.loc 1 30 5
	mov	w4, w0
	mov	w3, w2
	ldr	w2, [sp, 44]
	ldr	x1, [sp, 24]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 31 22
	ldr	w0, [sp, 44]
	.loc 1 31 12
	and	w0, w0, 63
	.loc 1 32 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1d9
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x5
	.4byte	.LASF17
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
	.uleb128 0x6
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
	.uleb128 0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x3c
	.uleb128 0x1
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
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x7
	.4byte	0x8a
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x13
	.4byte	0x58
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x14
	.4byte	0x6b
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x77
	.uleb128 0x8
	.4byte	.LASF18
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xd2
	.uleb128 0x9
	.4byte	0xd2
	.uleb128 0xa
	.byte	0
	.uleb128 0xb
	.byte	0x8
	.4byte	0x91
	.uleb128 0xc
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x208
	.byte	0xc
	.4byte	0x35
	.uleb128 0xd
	.4byte	.LASF20
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x181
	.uleb128 0x2
	.string	"crc"
	.byte	0xf
	.byte	0xe
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.string	"a"
	.byte	0x10
	.byte	0xe
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"b"
	.byte	0x10
	.byte	0x15
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x2
	.string	"f1"
	.byte	0x11
	.byte	0xe
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -14
	.uleb128 0x2
	.string	"f2"
	.byte	0x11
	.byte	0x16
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.string	"n"
	.byte	0x12
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"c"
	.byte	0x13
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x4
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0xe
	.4byte	.LASF16
	.byte	0x1
	.byte	0x15
	.byte	0x11
	.4byte	0x96
	.uleb128 0x2
	.byte	0x91
	.sleb128 -29
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LASF21
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0xae
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x10
	.string	"crc"
	.byte	0x1
	.byte	0x5
	.byte	0x27
	.4byte	0xae
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x11
	.4byte	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0x34
	.4byte	0x96
	.uleb128 0x2
	.byte	0x91
	.sleb128 -21
	.uleb128 0x4
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"k"
	.byte	0x8
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
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
.LASF4:
	.string	"short unsigned int"
.LASF5:
	.string	"unsigned int"
.LASF10:
	.string	"__uint32_t"
.LASF16:
	.string	"byte"
.LASF17:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF8:
	.string	"__uint8_t"
.LASF14:
	.string	"uint16_t"
.LASF12:
	.string	"char"
.LASF9:
	.string	"__uint16_t"
.LASF13:
	.string	"uint8_t"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"main"
.LASF15:
	.string	"uint32_t"
.LASF11:
	.string	"long int"
.LASF18:
	.string	"printf"
.LASF21:
	.string	"crc32_update"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF19:
	.string	"getchar"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/checksum_crc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
