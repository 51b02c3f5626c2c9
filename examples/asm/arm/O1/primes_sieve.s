	.arch armv8-a
	.file	"primes_sieve.c"
	.text
.Ltext0:
	.file 0 "." "programs/primes_sieve.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LVL0:
.LFB22:
	.file 1 "programs/primes_sieve.c"
	.loc 1 11 1 view -0
	.cfi_startproc
	.loc 1 11 1 is_stmt 0 view .LVU1
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	.cfi_offset 25, -32
	.cfi_offset 26, -24
	.loc 1 12 5 is_stmt 1 view .LVU2
	.loc 1 12 42 is_stmt 0 view .LVU3
	mov	w20, 1000
	cmp	w0, 1
	bgt	.L22
.LVL1:
.L2:
	.loc 1 12 42 view .LVU4
	str	x27, [sp, 80]
	.cfi_offset 27, -16
.LVL2:
	.loc 1 15 5 is_stmt 1 view .LVU5
	mov	x2, 5001
	mov	w1, 0
	adrp	x0, composite
	add	x0, x0, :lo12:composite
	bl	memset
.LVL3:
	.loc 1 16 5 view .LVU6
.LBB7:
	.loc 1 16 10 view .LVU7
	.loc 1 16 27 view .LVU8
.L12:
	.loc 1 16 27 is_stmt 0 view .LVU9
.LBE7:
	.loc 1 11 1 view .LVU10
	mov	x1, 2
	mov	w0, 4
.LBB10:
	.loc 1 17 23 view .LVU11
	adrp	x2, composite
	add	x2, x2, :lo12:composite
.LBB8:
	.loc 1 19 30 view .LVU12
	mov	w3, 1
	b	.L6
.LVL4:
.L22:
	.cfi_restore 27
	.loc 1 19 30 view .LVU13
	mov	x3, x1
.LVL5:
	.loc 1 19 30 view .LVU14
.LBE8:
.LBE10:
.LBB11:
.LBI11:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU15
.LBB12:
	.loc 2 364 3 discriminator 1 view .LVU16
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU17
	mov	w2, 10
	mov	x1, 0
.LVL6:
	.loc 2 364 16 discriminator 1 view .LVU18
	ldr	x0, [x3, 8]
.LVL7:
	.loc 2 364 16 discriminator 1 view .LVU19
	bl	strtol
.LVL8:
	.loc 2 364 16 discriminator 1 view .LVU20
	mov	x19, x0
.LVL9:
	.loc 2 364 16 discriminator 1 view .LVU21
.LBE12:
.LBE11:
	.loc 1 13 5 is_stmt 1 discriminator 1 view .LVU22
	.loc 1 13 23 is_stmt 0 discriminator 1 view .LVU23
	sub	w1, w0, #2
	.loc 1 14 15 discriminator 1 view .LVU24
	mov	w20, 5000
	.loc 1 13 8 discriminator 1 view .LVU25
	mov	w0, 4998
.LVL10:
	.loc 1 13 8 discriminator 1 view .LVU26
	cmp	w1, w0
	bhi	.L2
.LBB14:
.LBB13:
	.loc 2 364 10 view .LVU27
	mov	w20, w19
.LVL11:
	.loc 2 364 10 view .LVU28
.LBE13:
.LBE14:
	.loc 1 15 5 is_stmt 1 view .LVU29
	mov	x2, 5001
	mov	w1, 0
	adrp	x0, composite
	add	x0, x0, :lo12:composite
	bl	memset
.LVL12:
	.loc 1 16 5 view .LVU30
.LBB15:
	.loc 1 16 10 view .LVU31
	.loc 1 16 27 view .LVU32
	cmp	w19, 3
	bgt	.L23
.LVL13:
	.loc 1 16 27 is_stmt 0 view .LVU33
.LBE15:
.LBB16:
	.loc 1 22 23 is_stmt 1 view .LVU34
	cmp	w19, 1
	bgt	.L24
.LBE16:
	.loc 1 21 10 is_stmt 0 view .LVU35
	mov	x24, 0
	.loc 1 20 31 view .LVU36
	mov	w22, 0
	.loc 1 20 20 view .LVU37
	mov	w25, 0
	.loc 1 20 9 view .LVU38
	mov	w21, 0
	b	.L8
.LVL14:
.L23:
	.loc 1 20 9 view .LVU39
	str	x27, [sp, 80]
	.cfi_offset 27, -16
	b	.L12
.LVL15:
.L4:
.LBB17:
	.loc 1 16 38 is_stmt 1 discriminator 2 view .LVU40
	add	w0, w4, 1
.LVL16:
	.loc 1 16 27 discriminator 2 view .LVU41
	.loc 1 16 23 is_stmt 0 discriminator 2 view .LVU42
	mul	w0, w0, w0
.LVL17:
	.loc 1 16 27 discriminator 2 view .LVU43
	add	x1, x1, 1
.LVL18:
	.loc 1 16 27 discriminator 2 view .LVU44
	cmp	w0, w20
	bgt	.L7
.LVL19:
.L6:
	.loc 1 16 27 discriminator 2 view .LVU45
	mov	w4, w1
.LVL20:
	.loc 1 17 9 is_stmt 1 view .LVU46
	.loc 1 17 12 is_stmt 0 view .LVU47
	ldrb	w5, [x2, x1]
	cbnz	w5, .L4
.LVL21:
.LBB9:
	.loc 1 18 35 is_stmt 1 view .LVU48
	cmp	w0, w20
	bgt	.L4
	.loc 1 18 35 is_stmt 0 view .LVU49
	sxtw	x0, w0
.LVL22:
.L5:
	.loc 1 19 17 is_stmt 1 discriminator 3 view .LVU50
	.loc 1 19 30 is_stmt 0 discriminator 3 view .LVU51
	strb	w3, [x2, x0]
	.loc 1 18 47 is_stmt 1 discriminator 3 view .LVU52
.LVL23:
	.loc 1 18 35 discriminator 3 view .LVU53
	add	x0, x0, x1
.LVL24:
	.loc 1 18 35 is_stmt 0 discriminator 3 view .LVU54
	cmp	w20, w0
	bge	.L5
	b	.L4
.LVL25:
.L24:
	.cfi_restore 27
	.loc 1 18 35 discriminator 3 view .LVU55
	str	x27, [sp, 80]
	.cfi_offset 27, -16
.LVL26:
.L7:
	.loc 1 18 35 discriminator 3 view .LVU56
.LBE9:
.LBE17:
	.loc 1 11 1 view .LVU57
	mov	x19, 2
	mov	x24, 0
	mov	w0, w19
	mov	w22, 0
	mov	w25, 0
	mov	w21, 0
.LBB18:
	.loc 1 23 22 view .LVU58
	adrp	x26, composite
	add	x26, x26, :lo12:composite
	.loc 1 33 13 view .LVU59
	adrp	x27, .LC0
	add	x27, x27, :lo12:.LC0
	b	.L11
.LVL27:
.L9:
	.loc 1 22 34 is_stmt 1 discriminator 2 view .LVU60
	.loc 1 22 23 discriminator 2 view .LVU61
	add	x19, x19, 1
.LVL28:
	.loc 1 22 23 is_stmt 0 discriminator 2 view .LVU62
	cmp	w20, w19
	blt	.L25
.LVL29:
.L11:
	.loc 1 23 9 is_stmt 1 view .LVU63
	.loc 1 23 12 is_stmt 0 view .LVU64
	ldrb	w1, [x26, x19]
	cbnz	w1, .L9
	.loc 1 25 9 is_stmt 1 view .LVU65
	.loc 1 25 14 is_stmt 0 view .LVU66
	add	w21, w21, 1
.LVL30:
	.loc 1 26 9 is_stmt 1 view .LVU67
	.loc 1 26 13 is_stmt 0 view .LVU68
	add	x24, x24, x19
.LVL31:
	.loc 1 27 9 is_stmt 1 view .LVU69
	.loc 1 27 15 is_stmt 0 view .LVU70
	sub	w0, w19, w0
.LVL32:
	.loc 1 28 18 view .LVU71
	cmp	w0, 2
	cinc	w25, w25, eq
.LVL33:
	.loc 1 29 9 is_stmt 1 view .LVU72
	cmp	w22, w0
	csel	w22, w22, w0, ge
.LVL34:
	.loc 1 31 9 view .LVU73
	.loc 1 32 9 view .LVU74
	mov	w0, w19
	.loc 1 32 12 is_stmt 0 view .LVU75
	cmp	w21, 25
	bgt	.L9
	.loc 1 33 13 is_stmt 1 view .LVU76
	mov	w1, w19
	mov	x0, x27
	bl	printf
.LVL35:
	mov	w0, w19
	b	.L9
.LVL36:
.L25:
	.loc 1 33 13 is_stmt 0 view .LVU77
	ldr	x27, [sp, 80]
	.cfi_restore 27
.LVL37:
.L8:
	.loc 1 33 13 view .LVU78
.LBE18:
	.loc 1 35 5 is_stmt 1 view .LVU79
	mov	w5, w22
	mov	w4, w25
	mov	x3, x24
	mov	w2, w21
	mov	w1, w20
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL38:
	.loc 1 36 5 view .LVU80
	.loc 1 36 18 is_stmt 0 view .LVU81
	negs	w0, w21
	and	w21, w21, 127
	and	w0, w0, 127
	csneg	w0, w21, w0, mi
	.loc 1 37 1 view .LVU82
	ldp	x19, x20, [sp, 16]
.LVL39:
	.loc 1 37 1 view .LVU83
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
	ldp	x29, x30, [sp], 96
	.cfi_restore 30
	.cfi_restore 29
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
.LFE22:
	.size	main, .-main
	.bss
	.align	3
	.type	composite, %object
	.size	composite, 5001
composite:
	.zero	5001
	.text
.Letext0:
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/aarch64-linux-gnu/include/string.h"
	.file 5 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 6 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x33c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xe
	.4byte	.LASF24
	.byte	0x5
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xf
	.byte	0x8
	.uleb128 0x10
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
	.uleb128 0x6
	.4byte	0x79
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x11
	.4byte	0x79
	.uleb128 0x6
	.4byte	0x80
	.uleb128 0x8
	.4byte	0x85
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x12
	.4byte	0x4a
	.4byte	0xae
	.uleb128 0x13
	.4byte	0x3a
	.2byte	0x1388
	.byte	0
	.uleb128 0x14
	.4byte	.LASF25
	.byte	0x1
	.byte	0x8
	.byte	0x16
	.4byte	0x9d
	.uleb128 0x9
	.byte	0x3
	.8byte	composite
	.uleb128 0x9
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x6d
	.4byte	0xe4
	.uleb128 0x3
	.4byte	0x8a
	.uleb128 0x3
	.4byte	0xe9
	.uleb128 0x3
	.4byte	0x43
	.byte	0
	.uleb128 0x6
	.4byte	0x74
	.uleb128 0x8
	.4byte	0xe4
	.uleb128 0x15
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x43
	.4byte	0x106
	.uleb128 0x3
	.4byte	0x85
	.uleb128 0x16
	.byte	0
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0x4
	.byte	0x3d
	.byte	0xe
	.4byte	0x41
	.4byte	0x126
	.uleb128 0x3
	.4byte	0x41
	.uleb128 0x3
	.4byte	0x43
	.uleb128 0x3
	.4byte	0x2e
	.byte	0
	.uleb128 0x17
	.4byte	.LASF26
	.byte	0x1
	.byte	0xa
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x314
	.uleb128 0xa
	.4byte	.LASF15
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0x1b
	.4byte	0xe4
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x4
	.4byte	.LASF17
	.byte	0xc
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x14
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.4byte	.LASF19
	.byte	0x14
	.byte	0x14
	.4byte	0x43
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1f
	.4byte	0x43
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x2c
	.4byte	0x43
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x5
	.string	"sum"
	.byte	0x15
	.byte	0xa
	.4byte	0x6d
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xb
	.4byte	.LLRL8
	.4byte	0x210
	.uleb128 0x5
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x18
	.4byte	.LLRL10
	.uleb128 0x5
	.string	"j"
	.byte	0x12
	.byte	0x16
	.4byte	0x43
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	.LLRL14
	.4byte	0x245
	.uleb128 0x5
	.string	"i"
	.byte	0x16
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x7
	.8byte	.LVL35
	.4byte	0xee
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x8b
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x19
	.4byte	0x314
	.8byte	.LBI11
	.byte	.LVU15
	.4byte	.LLRL12
	.byte	0x1
	.byte	0xc
	.byte	0x1c
	.4byte	0x284
	.uleb128 0x1a
	.4byte	0x326
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x7
	.8byte	.LVL8
	.4byte	0xc4
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
	.byte	0
	.uleb128 0xc
	.8byte	.LVL3
	.4byte	0x334
	.4byte	0x2af
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	composite
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.2byte	0x1389
	.byte	0
	.uleb128 0xc
	.8byte	.LVL12
	.4byte	0x334
	.4byte	0x2da
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	composite
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.2byte	0x1389
	.byte	0
	.uleb128 0x7
	.8byte	.LVL38
	.4byte	0xee
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
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x43
	.byte	0x3
	.4byte	0x334
	.uleb128 0x1c
	.4byte	.LASF27
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x85
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF14
	.4byte	.LASF28
	.byte	0x6
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
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
	.uleb128 0x18
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x6e
	.uleb128 0xe
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
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
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
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
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU13
	.uleb128 .LVU21
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU83
.LLST2:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS3:
	.uleb128 .LVU33
	.uleb128 .LVU39
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU60
	.uleb128 .LVU78
.LLST3:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS4:
	.uleb128 .LVU33
	.uleb128 .LVU39
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU60
	.uleb128 .LVU78
.LLST4:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS5:
	.uleb128 .LVU33
	.uleb128 .LVU39
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU60
	.uleb128 .LVU78
.LLST5:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS6:
	.uleb128 .LVU33
	.uleb128 .LVU39
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU60
	.uleb128 .LVU71
	.uleb128 .LVU74
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST6:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU33
	.uleb128 .LVU39
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU60
	.uleb128 .LVU78
.LLST7:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS9:
	.uleb128 .LVU8
	.uleb128 .LVU13
	.uleb128 .LVU32
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU45
	.uleb128 .LVU46
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU56
.LLST9:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU48
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 .LVU54
.LLST11:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x6
	.byte	0x71
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU33
	.uleb128 .LVU39
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU63
	.uleb128 .LVU77
.LLST15:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS13:
	.uleb128 .LVU14
	.uleb128 .LVU20
.LLST13:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 8
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
.LLRL8:
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0
.LLRL12:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF24:
	.string	"size_t"
.LASF18:
	.string	"count"
.LASF3:
	.string	"unsigned char"
.LASF28:
	.string	"__builtin_memset"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF14:
	.string	"memset"
.LASF26:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF27:
	.string	"__nptr"
.LASF11:
	.string	"long long unsigned int"
.LASF17:
	.string	"limit"
.LASF22:
	.string	"atoi"
.LASF19:
	.string	"twins"
.LASF20:
	.string	"max_gap"
.LASF15:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF13:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF16:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF9:
	.string	"char"
.LASF6:
	.string	"signed char"
.LASF12:
	.string	"strtol"
.LASF21:
	.string	"prev"
.LASF25:
	.string	"composite"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/primes_sieve.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
