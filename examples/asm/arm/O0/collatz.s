	.arch armv8-a
	.file	"collatz.c"
	.text
.Ltext0:
	.file 0 "." "programs/collatz.c"
	.align	2
	.type	steps, %function
steps:
.LFB6:
	.file 1 "programs/collatz.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 7 9
	str	wzr, [sp, 28]
	.loc 1 8 11
	ldr	x0, [sp]
	ldr	x1, [sp, 8]
	str	x1, [x0]
	.loc 1 9 11
	b	.L2
.L6:
	.loc 1 10 16
	ldr	x0, [sp, 8]
	and	x0, x0, 1
	.loc 1 10 33
	cmp	x0, 0
	beq	.L3
	.loc 1 10 25 discriminator 1
	ldr	x1, [sp, 8]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	.loc 1 10 33 discriminator 1
	add	x0, x0, 1
	b	.L4
.L3:
	.loc 1 10 33 is_stmt 0 discriminator 2
	ldr	x0, [sp, 8]
	lsr	x0, x0, 1
.L4:
	.loc 1 10 11 is_stmt 1 discriminator 4
	str	x0, [sp, 8]
	.loc 1 11 17 discriminator 4
	ldr	x0, [sp]
	ldr	x0, [x0]
	.loc 1 11 12 discriminator 4
	ldr	x1, [sp, 8]
	cmp	x1, x0
	bls	.L5
	.loc 1 12 19
	ldr	x0, [sp]
	ldr	x1, [sp, 8]
	str	x1, [x0]
.L5:
	.loc 1 13 10
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L2:
	.loc 1 9 14
	ldr	x0, [sp, 8]
	cmp	x0, 1
	bne	.L6
	.loc 1 15 12
	ldr	w0, [sp, 28]
	.loc 1 16 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	steps, .-steps
	.section	.rodata
	.align	3
.LC0:
	.string	"longest in [%lu,%lu]: %lu with %d steps, peak %lu\n"
	.align	3
.LC1:
	.string	"27 -> %d steps, 837799 -> %d steps\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB7:
	.loc 1 19 1
	.cfi_startproc
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -112
	str	w0, [sp, 44]
	str	x1, [sp, 32]
	.loc 1 20 59
	ldr	w0, [sp, 44]
	cmp	w0, 1
	ble	.L9
	.loc 1 20 47 discriminator 1
	ldr	x0, [sp, 32]
	add	x0, x0, 8
	.loc 1 20 35 discriminator 1
	ldr	x0, [x0]
	mov	w2, 10
	mov	x1, 0
	bl	strtoul
	b	.L10
.L9:
	.loc 1 20 59 discriminator 2
	mov	x0, 1
.L10:
	.loc 1 20 19 discriminator 4
	str	x0, [sp, 88]
	.loc 1 21 59 discriminator 4
	ldr	w0, [sp, 44]
	cmp	w0, 2
	ble	.L11
	.loc 1 21 47 discriminator 1
	ldr	x0, [sp, 32]
	add	x0, x0, 16
	.loc 1 21 35 discriminator 1
	ldr	x0, [x0]
	mov	w2, 10
	mov	x1, 0
	bl	strtoul
	b	.L12
.L11:
	.loc 1 21 59 discriminator 2
	mov	x0, 30
.L12:
	.loc 1 21 19 discriminator 4
	str	x0, [sp, 80]
	.loc 1 22 9 discriminator 4
	str	wzr, [sp, 124]
	.loc 1 23 19 discriminator 4
	ldr	x0, [sp, 88]
	str	x0, [sp, 112]
	.loc 1 23 32 discriminator 4
	str	xzr, [sp, 104]
.LBB2:
	.loc 1 24 24 discriminator 4
	ldr	x0, [sp, 88]
	str	x0, [sp, 96]
	.loc 1 24 5 discriminator 4
	b	.L13
.L15:
.LBB3:
	.loc 1 26 17
	add	x0, sp, 56
	mov	x1, x0
	ldr	x0, [sp, 96]
	bl	steps
	str	w0, [sp, 76]
	.loc 1 27 12
	ldr	w1, [sp, 76]
	ldr	w0, [sp, 124]
	cmp	w1, w0
	ble	.L14
	.loc 1 28 18
	ldr	w0, [sp, 76]
	str	w0, [sp, 124]
	.loc 1 29 20
	ldr	x0, [sp, 96]
	str	x0, [sp, 112]
	.loc 1 30 23
	ldr	x0, [sp, 56]
	str	x0, [sp, 104]
.L14:
.LBE3:
	.loc 1 24 42 discriminator 2
	ldr	x0, [sp, 96]
	add	x0, x0, 1
	str	x0, [sp, 96]
.L13:
	.loc 1 24 34 discriminator 1
	ldr	x1, [sp, 96]
	ldr	x0, [sp, 80]
	cmp	x1, x0
	bls	.L15
.LBE2:
	.loc 1 33 5
	ldr	x5, [sp, 104]
	ldr	w4, [sp, 124]
	ldr	x3, [sp, 112]
	ldr	x2, [sp, 80]
	ldr	x1, [sp, 88]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 35 5
	add	x0, sp, 64
	mov	x1, x0
	mov	x0, 27
	bl	steps
	mov	w19, w0
	add	x0, sp, 64
	mov	x1, x0
	mov	x0, 51367
	movk	x0, 0xc, lsl 16
	bl	steps
	mov	w2, w0
	mov	w1, w19
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 36 17
	ldr	w0, [sp, 124]
	and	w0, w0, 127
	.loc 1 37 1
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 128
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1f9
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF20
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
	.uleb128 0xa
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
	.uleb128 0x3
	.4byte	0x6b
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xb
	.4byte	0x6b
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xc
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x9d
	.uleb128 0x4
	.4byte	0x9d
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.4byte	0x72
	.uleb128 0x7
	.4byte	0x9d
	.uleb128 0xe
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.uleb128 0x4
	.4byte	0xa2
	.uleb128 0x4
	.4byte	0xcc
	.uleb128 0x4
	.4byte	0x35
	.byte	0
	.uleb128 0x3
	.4byte	0x66
	.uleb128 0x7
	.4byte	0xc7
	.uleb128 0xf
	.4byte	.LASF21
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ad
	.uleb128 0x6
	.4byte	.LASF14
	.byte	0x12
	.byte	0xe
	.4byte	0x35
	.uleb128 0x3
	.byte	0x91
	.sleb128 -84
	.uleb128 0x6
	.4byte	.LASF15
	.byte	0x12
	.byte	0x1b
	.4byte	0xc7
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x2
	.string	"lo"
	.byte	0x14
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.string	"hi"
	.byte	0x15
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x5
	.4byte	.LASF16
	.byte	0x16
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x5
	.4byte	.LASF17
	.byte	0x17
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x5
	.4byte	.LASF18
	.byte	0x17
	.byte	0x20
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"p"
	.byte	0x22
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x8
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"n"
	.byte	0x18
	.byte	0x18
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x8
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x5
	.4byte	.LASF19
	.byte	0x19
	.byte	0x17
	.4byte	0x2e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x2
	.string	"s"
	.byte	0x1a
	.byte	0xd
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x10
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1f7
	.uleb128 0x11
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x20
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x6
	.4byte	.LASF19
	.byte	0x5
	.byte	0x32
	.4byte	0x1f7
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x3
	.4byte	0x2e
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x6
	.uleb128 0x5
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
	.uleb128 0x7
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
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
.LASF7:
	.string	"short int"
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
.LASF13:
	.string	"strtoul"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
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
