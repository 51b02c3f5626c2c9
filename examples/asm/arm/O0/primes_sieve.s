	.arch armv8-a
	.file	"primes_sieve.c"
	.text
.Ltext0:
	.file 0 "." "programs/primes_sieve.c"
	.local	composite
	.comm	composite,5001,8
	.section	.rodata
	.align	3
.LC0:
	.string	"%d "
	.align	3
.LC1:
	.string	"\nprimes <= %d: %d, sum %ld, twins %d, largest gap %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB6:
	.file 1 "programs/primes_sieve.c"
	.loc 1 11 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 12 42
	ldr	w0, [sp, 28]
	cmp	w0, 1
	ble	.L2
	.loc 1 12 37 discriminator 1
	ldr	x0, [sp, 16]
	add	x0, x0, 8
	.loc 1 12 28 discriminator 1
	ldr	x0, [x0]
	bl	atoi
	b	.L3
.L2:
	.loc 1 12 42 discriminator 2
	mov	w0, 1000
.L3:
	.loc 1 12 9 discriminator 4
	str	w0, [sp, 76]
	.loc 1 13 8 discriminator 4
	ldr	w1, [sp, 76]
	mov	w0, 5000
	cmp	w1, w0
	bgt	.L4
	.loc 1 13 23 discriminator 1
	ldr	w0, [sp, 76]
	cmp	w0, 1
	bgt	.L5
.L4:
	.loc 1 14 15
	mov	w0, 5000
	str	w0, [sp, 76]
.L5:
	.loc 1 15 5
	mov	x2, 5001
	mov	w1, 0
	adrp	x0, composite
	add	x0, x0, :lo12:composite
	bl	memset
.LBB2:
	.loc 1 16 14
	mov	w0, 2
	str	w0, [sp, 72]
	.loc 1 16 5
	b	.L6
.L10:
	.loc 1 17 23
	adrp	x0, composite
	add	x1, x0, :lo12:composite
	ldrsw	x0, [sp, 72]
	ldrb	w0, [x1, x0]
	.loc 1 17 12
	cmp	w0, 0
	bne	.L7
.LBB3:
	.loc 1 18 22
	ldr	w0, [sp, 72]
	mul	w0, w0, w0
	str	w0, [sp, 68]
	.loc 1 18 13
	b	.L8
.L9:
	.loc 1 19 30 discriminator 3
	adrp	x0, composite
	add	x1, x0, :lo12:composite
	ldrsw	x0, [sp, 68]
	mov	w2, 1
	strb	w2, [x1, x0]
	.loc 1 18 47 discriminator 3
	ldr	w1, [sp, 68]
	ldr	w0, [sp, 72]
	add	w0, w1, w0
	str	w0, [sp, 68]
.L8:
	.loc 1 18 35 discriminator 1
	ldr	w1, [sp, 68]
	ldr	w0, [sp, 76]
	cmp	w1, w0
	ble	.L9
.L7:
.LBE3:
	.loc 1 16 38 discriminator 2
	ldr	w0, [sp, 72]
	add	w0, w0, 1
	str	w0, [sp, 72]
.L6:
	.loc 1 16 23 discriminator 1
	ldr	w0, [sp, 72]
	mul	w0, w0, w0
	.loc 1 16 27 discriminator 1
	ldr	w1, [sp, 76]
	cmp	w1, w0
	bge	.L10
.LBE2:
	.loc 1 20 9
	str	wzr, [sp, 64]
	.loc 1 20 20
	str	wzr, [sp, 60]
	.loc 1 20 31
	str	wzr, [sp, 56]
	.loc 1 20 44
	mov	w0, 2
	str	w0, [sp, 52]
	.loc 1 21 10
	str	xzr, [sp, 40]
.LBB4:
	.loc 1 22 14
	mov	w0, 2
	str	w0, [sp, 36]
	.loc 1 22 5
	b	.L11
.L16:
	.loc 1 23 22
	adrp	x0, composite
	add	x1, x0, :lo12:composite
	ldrsw	x0, [sp, 36]
	ldrb	w0, [x1, x0]
	.loc 1 23 12
	cmp	w0, 0
	bne	.L18
	.loc 1 25 14
	ldr	w0, [sp, 64]
	add	w0, w0, 1
	str	w0, [sp, 64]
	.loc 1 26 13
	ldrsw	x0, [sp, 36]
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	str	x0, [sp, 40]
	.loc 1 27 15
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 52]
	sub	w0, w1, w0
	.loc 1 27 12
	cmp	w0, 2
	bne	.L14
	.loc 1 28 18
	ldr	w0, [sp, 60]
	add	w0, w0, 1
	str	w0, [sp, 60]
.L14:
	.loc 1 29 15
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 52]
	sub	w0, w1, w0
	.loc 1 29 12
	ldr	w1, [sp, 56]
	cmp	w1, w0
	bge	.L15
	.loc 1 30 21
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 52]
	sub	w0, w1, w0
	str	w0, [sp, 56]
.L15:
	.loc 1 31 14
	ldr	w0, [sp, 36]
	str	w0, [sp, 52]
	.loc 1 32 12
	ldr	w0, [sp, 64]
	cmp	w0, 25
	bgt	.L13
	.loc 1 33 13
	ldr	w1, [sp, 36]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	b	.L13
.L18:
	.loc 1 24 13
	nop
.L13:
	.loc 1 22 34 discriminator 2
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L11:
	.loc 1 22 23 discriminator 1
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 76]
	cmp	w1, w0
	ble	.L16
.LBE4:
	.loc 1 35 5
	ldr	w5, [sp, 56]
	ldr	w4, [sp, 60]
	ldr	x3, [sp, 40]
	ldr	w2, [sp, 64]
	ldr	w1, [sp, 76]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 36 18
	ldr	w0, [sp, 64]
	negs	w1, w0
	and	w0, w0, 127
	and	w1, w1, 127
	csneg	w0, w0, w1, mi
	.loc 1 37 1
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/string.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 5 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1fd
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xa
	.4byte	.LASF24
	.byte	0x5
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xb
	.byte	0x8
	.uleb128 0xc
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
	.uleb128 0x5
	.4byte	0x79
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xd
	.4byte	0x79
	.uleb128 0x5
	.4byte	0x80
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xe
	.4byte	0x4a
	.4byte	0xa9
	.uleb128 0xf
	.4byte	0x3a
	.2byte	0x1388
	.byte	0
	.uleb128 0x2
	.4byte	.LASF17
	.byte	0x8
	.byte	0x16
	.4byte	0x98
	.uleb128 0x9
	.byte	0x3
	.8byte	composite
	.uleb128 0x10
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x43
	.4byte	0xd6
	.uleb128 0x3
	.4byte	0x85
	.uleb128 0x11
	.byte	0
	.uleb128 0x6
	.4byte	.LASF13
	.byte	0x3
	.byte	0x3d
	.byte	0xe
	.4byte	0x41
	.4byte	0xf6
	.uleb128 0x3
	.4byte	0x41
	.uleb128 0x3
	.4byte	0x43
	.uleb128 0x3
	.4byte	0x2e
	.byte	0
	.uleb128 0x6
	.4byte	.LASF14
	.byte	0x4
	.byte	0x69
	.byte	0xc
	.4byte	0x43
	.4byte	0x10c
	.uleb128 0x3
	.4byte	0x85
	.byte	0
	.uleb128 0x12
	.4byte	.LASF25
	.byte	0x1
	.byte	0xa
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1fb
	.uleb128 0x7
	.4byte	.LASF15
	.byte	0xe
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.uleb128 0x7
	.4byte	.LASF16
	.byte	0x1b
	.4byte	0x1fb
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x2
	.4byte	.LASF18
	.byte	0xc
	.byte	0x9
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.4byte	.LASF19
	.byte	0x14
	.byte	0x9
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.4byte	.LASF20
	.byte	0x14
	.byte	0x14
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.4byte	.LASF21
	.byte	0x14
	.byte	0x1f
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.4byte	.LASF22
	.byte	0x14
	.byte	0x2c
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x4
	.string	"sum"
	.byte	0x15
	.byte	0xa
	.4byte	0x6d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x13
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x1dc
	.uleb128 0x4
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x8
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x4
	.string	"j"
	.byte	0x12
	.byte	0x16
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x4
	.string	"i"
	.byte	0x16
	.byte	0xe
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x74
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
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
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
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 10
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
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
	.uleb128 0x13
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
.LASF24:
	.string	"size_t"
.LASF25:
	.string	"main"
.LASF17:
	.string	"composite"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"limit"
.LASF11:
	.string	"long long unsigned int"
.LASF14:
	.string	"atoi"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF19:
	.string	"count"
.LASF8:
	.string	"long int"
.LASF21:
	.string	"max_gap"
.LASF20:
	.string	"twins"
.LASF15:
	.string	"argc"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF16:
	.string	"argv"
.LASF13:
	.string	"memset"
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF22:
	.string	"prev"
.LASF5:
	.string	"unsigned int"
.LASF6:
	.string	"signed char"
.LASF7:
	.string	"short int"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/primes_sieve.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
