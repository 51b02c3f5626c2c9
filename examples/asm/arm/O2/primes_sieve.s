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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LVL0:
.LFB22:
	.file 1 "programs/primes_sieve.c"
	.loc 1 11 1 view -0
	.cfi_startproc
	.loc 1 12 5 view .LVU1
	.loc 1 11 1 is_stmt 0 view .LVU2
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 22, -56
	.cfi_offset 23, -48
	.cfi_offset 24, -40
	.cfi_offset 25, -32
	.cfi_offset 26, -24
	.cfi_offset 27, -16
	.cfi_offset 28, -8
	.loc 1 12 42 view .LVU3
	cmp	w0, 1
	bgt	.L2
.LVL1:
	.loc 1 15 5 is_stmt 1 view .LVU4
	adrp	x25, composite
	mov	x2, 5001
	add	x0, x25, :lo12:composite
.LVL2:
	.loc 1 15 5 is_stmt 0 view .LVU5
	mov	w1, 0
.LVL3:
	.loc 1 12 42 view .LVU6
	mov	w20, 1000
	.loc 1 15 5 view .LVU7
	bl	memset
.LVL4:
	.loc 1 16 5 is_stmt 1 view .LVU8
.LBB7:
	.loc 1 16 10 view .LVU9
	.loc 1 16 27 view .LVU10
.L3:
	.loc 1 17 23 is_stmt 0 view .LVU11
	add	x2, x25, :lo12:composite
.LBE7:
	.loc 1 14 15 view .LVU12
	mov	x1, 2
.LBB10:
	.loc 1 16 23 view .LVU13
	mov	w0, 4
.LBB8:
	.loc 1 19 30 view .LVU14
	mov	w3, 1
	b	.L7
.LVL5:
	.p2align 2,,3
.L8:
	.loc 1 19 30 view .LVU15
.LBE8:
	.loc 1 16 38 is_stmt 1 view .LVU16
	add	w0, w4, 1
.LVL6:
	.loc 1 16 27 view .LVU17
	add	x1, x1, 1
	.loc 1 16 23 is_stmt 0 view .LVU18
	mul	w0, w0, w0
.LVL7:
	.loc 1 16 27 view .LVU19
	cmp	w0, w20
	bgt	.L5
.LVL8:
.L7:
	.loc 1 17 12 view .LVU20
	ldrb	w5, [x2, x1]
	mov	w4, w1
.LVL9:
	.loc 1 17 9 is_stmt 1 view .LVU21
	.loc 1 17 12 is_stmt 0 view .LVU22
	cbnz	w5, .L8
.LVL10:
.LBB9:
	.loc 1 18 35 is_stmt 1 view .LVU23
	cmp	w20, w0
	blt	.L8
	sxtw	x0, w0
.LVL11:
	.p2align 3,,7
.L9:
	.loc 1 19 17 discriminator 3 view .LVU24
	.loc 1 19 30 is_stmt 0 discriminator 3 view .LVU25
	strb	w3, [x2, x0]
	.loc 1 18 47 is_stmt 1 discriminator 3 view .LVU26
.LVL12:
	.loc 1 18 35 discriminator 3 view .LVU27
	add	x0, x0, x1
.LVL13:
	.loc 1 18 35 is_stmt 0 discriminator 3 view .LVU28
	cmp	w20, w0
	bge	.L9
.LBE9:
	.loc 1 16 38 is_stmt 1 view .LVU29
	add	w0, w4, 1
.LVL14:
	.loc 1 16 27 view .LVU30
	add	x1, x1, 1
	.loc 1 16 23 is_stmt 0 view .LVU31
	mul	w0, w0, w0
.LVL15:
	.loc 1 16 27 view .LVU32
	cmp	w0, w20
	ble	.L7
.LVL16:
.L5:
	.loc 1 16 23 view .LVU33
	mov	x19, 2
.LBE10:
.LBB11:
	.loc 1 33 13 view .LVU34
	adrp	x26, .LC0
	.loc 1 23 22 view .LVU35
	add	x25, x25, :lo12:composite
.LBE11:
	.loc 1 20 44 view .LVU36
	mov	w1, w19
.LBB12:
	.loc 1 33 13 view .LVU37
	add	x26, x26, :lo12:.LC0
.LBE12:
	.loc 1 21 10 view .LVU38
	mov	x23, 0
	.loc 1 20 31 view .LVU39
	mov	w28, 0
	.loc 1 20 20 view .LVU40
	mov	w24, 0
	.loc 1 20 9 view .LVU41
	mov	w22, 0
	b	.L13
.LVL17:
	.p2align 2,,3
.L12:
	.loc 1 20 9 view .LVU42
	cmp	w28, w21
.LBB13:
	.loc 1 26 13 view .LVU43
	mov	w1, w27
	csel	w28, w28, w21, ge
.LVL18:
.L10:
	.loc 1 22 34 is_stmt 1 discriminator 2 view .LVU44
	.loc 1 22 23 discriminator 2 view .LVU45
	add	x19, x19, 1
.LVL19:
	.loc 1 22 23 is_stmt 0 discriminator 2 view .LVU46
	cmp	w20, w19
	blt	.L19
.LVL20:
.L13:
	.loc 1 23 9 is_stmt 1 view .LVU47
	.loc 1 23 12 is_stmt 0 view .LVU48
	ldrb	w0, [x25, x19]
	.loc 1 27 15 view .LVU49
	sub	w21, w19, w1
	.loc 1 28 18 view .LVU50
	cmp	w21, 2
	mov	w27, w19
	.loc 1 25 9 is_stmt 1 view .LVU51
	.loc 1 23 12 is_stmt 0 view .LVU52
	cbnz	w0, .L10
	.loc 1 25 14 view .LVU53
	add	w22, w22, 1
.LVL21:
	.loc 1 26 9 is_stmt 1 view .LVU54
	.loc 1 26 13 is_stmt 0 view .LVU55
	add	x23, x23, x19
.LVL22:
	.loc 1 27 9 is_stmt 1 view .LVU56
	.loc 1 28 18 is_stmt 0 view .LVU57
	cinc	w24, w24, eq
.LVL23:
	.loc 1 29 9 is_stmt 1 view .LVU58
	.loc 1 31 9 view .LVU59
	.loc 1 32 9 view .LVU60
	.loc 1 32 12 is_stmt 0 view .LVU61
	cmp	w22, 25
	bgt	.L12
	.loc 1 33 13 is_stmt 1 view .LVU62
	mov	w1, w19
	mov	x0, x26
	bl	printf
.LVL24:
	b	.L12
.LVL25:
	.p2align 2,,3
.L19:
	.loc 1 33 13 is_stmt 0 view .LVU63
.LBE13:
	.loc 1 35 5 is_stmt 1 view .LVU64
	mov	w5, w28
	mov	w4, w24
	mov	x3, x23
	mov	w1, w20
.LVL26:
	.loc 1 35 5 is_stmt 0 view .LVU65
	mov	w2, w22
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL27:
	.loc 1 36 5 is_stmt 1 view .LVU66
	.loc 1 37 1 is_stmt 0 view .LVU67
	ldp	x19, x20, [sp, 16]
	and	w0, w22, 127
	ldp	x21, x22, [sp, 32]
.LVL28:
	.loc 1 37 1 view .LVU68
	ldp	x23, x24, [sp, 48]
.LVL29:
	.loc 1 37 1 view .LVU69
	ldp	x25, x26, [sp, 64]
	ldp	x27, x28, [sp, 80]
.LVL30:
	.loc 1 37 1 view .LVU70
	ldp	x29, x30, [sp], 96
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_restore 28
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
.LVL31:
.L2:
	.cfi_restore_state
.LBB14:
.LBI14:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU71
.LBB15:
	.loc 2 364 3 discriminator 1 view .LVU72
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU73
	ldr	x0, [x1, 8]
.LVL32:
	.loc 2 364 16 discriminator 1 view .LVU74
	mov	w2, 10
	mov	x1, 0
.LVL33:
	.loc 2 364 16 discriminator 1 view .LVU75
.LBE15:
.LBE14:
	.loc 1 15 5 discriminator 1 view .LVU76
	adrp	x25, composite
.LBB18:
.LBB16:
	.loc 2 364 16 discriminator 1 view .LVU77
	bl	strtol
.LVL34:
	.loc 2 364 16 discriminator 1 view .LVU78
	mov	x19, x0
.LVL35:
	.loc 2 364 16 discriminator 1 view .LVU79
.LBE16:
.LBE18:
	.loc 1 13 5 is_stmt 1 discriminator 1 view .LVU80
	.loc 1 13 23 is_stmt 0 discriminator 1 view .LVU81
	sub	w1, w19, #2
	.loc 1 13 8 discriminator 1 view .LVU82
	mov	w0, 4998
	cmp	w1, w0
	bls	.L4
.LVL36:
	.loc 1 15 5 is_stmt 1 view .LVU83
	add	x0, x25, :lo12:composite
	mov	x2, 5001
	mov	w1, 0
	.loc 1 14 15 is_stmt 0 view .LVU84
	mov	w20, 5000
	.loc 1 15 5 view .LVU85
	bl	memset
.LVL37:
	.loc 1 16 5 is_stmt 1 view .LVU86
.LBB19:
	.loc 1 16 10 view .LVU87
	.loc 1 16 27 view .LVU88
	b	.L3
.LVL38:
.L4:
	.loc 1 16 27 is_stmt 0 view .LVU89
.LBE19:
.LBB20:
.LBB17:
	.loc 2 364 10 view .LVU90
	mov	w20, w19
	.loc 2 364 10 view .LVU91
.LBE17:
.LBE20:
	.loc 1 15 5 is_stmt 1 view .LVU92
	add	x0, x25, :lo12:composite
	mov	x2, 5001
	mov	w1, 0
	bl	memset
.LVL39:
	.loc 1 16 5 view .LVU93
.LBB21:
	.loc 1 16 10 view .LVU94
	.loc 1 16 27 view .LVU95
	cmp	w19, 3
	bgt	.L3
	.loc 1 16 27 is_stmt 0 view .LVU96
	b	.L5
.LBE21:
	.cfi_endproc
.LFE22:
	.size	main, .-main
	.bss
	.align	4
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
	.4byte	0x363
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL16
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0xe
	.4byte	.LASF24
	.byte	0x5
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
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
	.4byte	0x75
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x11
	.4byte	0x75
	.uleb128 0x6
	.4byte	0x7c
	.uleb128 0x9
	.4byte	0x81
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x12
	.4byte	0x46
	.4byte	0xaa
	.uleb128 0x13
	.4byte	0x36
	.2byte	0x1388
	.byte	0
	.uleb128 0x14
	.4byte	.LASF25
	.byte	0x1
	.byte	0x8
	.byte	0x16
	.4byte	0x99
	.uleb128 0x9
	.byte	0x3
	.8byte	composite
	.uleb128 0xa
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x69
	.4byte	0xe0
	.uleb128 0x3
	.4byte	0x86
	.uleb128 0x3
	.4byte	0xe5
	.uleb128 0x3
	.4byte	0x3f
	.byte	0
	.uleb128 0x6
	.4byte	0x70
	.uleb128 0x9
	.4byte	0xe0
	.uleb128 0x15
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x3f
	.4byte	0x102
	.uleb128 0x3
	.4byte	0x81
	.uleb128 0x16
	.byte	0
	.uleb128 0xa
	.4byte	.LASF14
	.byte	0x4
	.byte	0x3d
	.byte	0xe
	.4byte	0x3d
	.4byte	0x122
	.uleb128 0x3
	.4byte	0x3d
	.uleb128 0x3
	.4byte	0x3f
	.uleb128 0x3
	.4byte	0x2a
	.byte	0
	.uleb128 0x17
	.4byte	.LASF26
	.byte	0x1
	.byte	0xa
	.byte	0x5
	.4byte	0x3f
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x33b
	.uleb128 0xb
	.4byte	.LASF15
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xb
	.4byte	.LASF16
	.byte	0x1b
	.4byte	0xe0
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x4
	.4byte	.LASF17
	.byte	0xc
	.byte	0x9
	.4byte	0x3f
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x14
	.byte	0x9
	.4byte	0x3f
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.4byte	.LASF19
	.byte	0x14
	.byte	0x14
	.4byte	0x3f
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1f
	.4byte	0x3f
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x2c
	.4byte	0x3f
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x5
	.string	"sum"
	.byte	0x15
	.byte	0xa
	.4byte	0x69
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xc
	.4byte	.LLRL8
	.4byte	0x20c
	.uleb128 0x5
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x18
	.4byte	.LLRL10
	.uleb128 0x5
	.string	"j"
	.byte	0x12
	.byte	0x16
	.4byte	0x3f
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	.LLRL12
	.4byte	0x241
	.uleb128 0x5
	.string	"i"
	.byte	0x16
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x7
	.8byte	.LVL24
	.4byte	0xea
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x8a
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
	.4byte	0x33b
	.8byte	.LBI14
	.byte	.LVU71
	.4byte	.LLRL14
	.byte	0x1
	.byte	0xc
	.byte	0x1c
	.4byte	0x280
	.uleb128 0x1a
	.4byte	0x34d
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x7
	.8byte	.LVL34
	.4byte	0xc0
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
	.uleb128 0x8
	.8byte	.LVL4
	.4byte	0x35b
	.4byte	0x2ab
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
	.uleb128 0x8
	.8byte	.LVL27
	.4byte	0xea
	.4byte	0x2e8
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
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x8c
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL37
	.4byte	0x35b
	.4byte	0x313
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
	.8byte	.LVL39
	.4byte	0x35b
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
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x3f
	.byte	0x3
	.4byte	0x35b
	.uleb128 0x1c
	.4byte	.LASF27
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x81
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
	.uleb128 0x9
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL31-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL0
	.uleb128 .LVL32-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL32-.LVL0
	.uleb128 .LFE22-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL31-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL0
	.uleb128 .LVL33-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL33-.LVL0
	.uleb128 .LFE22-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU4
	.uleb128 .LVU11
	.uleb128 .LVU79
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU89
	.uleb128 .LVU89
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL4-.LVL1
	.uleb128 0x4
	.byte	0xa
	.2byte	0x3e8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.LVL1
	.uleb128 .LVL36-.LVL1
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL36-.LVL1
	.uleb128 .LVL38-.LVL1
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1388
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.LVL1
	.uleb128 .LFE22-.LVL1
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 .LVU42
	.uleb128 .LVU68
.LLST3:
	.byte	0x8
	.8byte	.LVL17
	.uleb128 .LVL28-.LVL17
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS4:
	.uleb128 .LVU42
	.uleb128 .LVU69
.LLST4:
	.byte	0x8
	.8byte	.LVL17
	.uleb128 .LVL29-.LVL17
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS5:
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU70
.LLST5:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x14
	.byte	0x85
	.sleb128 0
	.byte	0x12
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8c
	.sleb128 0
	.byte	0x16
	.byte	0x14
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x2b
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL23-.LVL17
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL23-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x14
	.byte	0x85
	.sleb128 0
	.byte	0x12
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8c
	.sleb128 0
	.byte	0x16
	.byte	0x14
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x2b
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LVL30-.LVL17
	.uleb128 0x1
	.byte	0x6c
	.byte	0
.LVUS6:
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU65
.LLST6:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL23-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL23-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LVL26-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS7:
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU69
.LLST7:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x6
	.byte	0x83
	.sleb128 0
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL22-.LVL17
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL22-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x6
	.byte	0x83
	.sleb128 0
	.byte	0x87
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LVL29-.LVL17
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS9:
	.uleb128 .LVU10
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU21
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU33
	.uleb128 .LVU88
	.uleb128 .LVU89
	.uleb128 .LVU95
	.uleb128 0
.LLST9:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.LVL4
	.uleb128 .LVL7-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.LVL4
	.uleb128 .LVL8-.LVL4
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL4
	.uleb128 .LVL14-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL14-.LVL4
	.uleb128 .LVL15-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL15-.LVL4
	.uleb128 .LVL16-.LVL4
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.LVL4
	.uleb128 .LVL38-.LVL4
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.LVL4
	.uleb128 .LFE22-.LVL4
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU23
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU28
.LLST11:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL12-.LVL10
	.uleb128 .LVL13-.LVL10
	.uleb128 0x6
	.byte	0x71
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU42
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU70
.LLST13:
	.byte	0x6
	.8byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL19-.LVL17
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.LVL17
	.uleb128 .LVL20-.LVL17
	.uleb128 0x3
	.byte	0x8b
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LVL30-.LVL17
	.uleb128 0x3
	.byte	0x8b
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU71
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU78
.LLST15:
	.byte	0x6
	.8byte	.LVL31
	.byte	0x4
	.uleb128 .LVL31-.LVL31
	.uleb128 .LVL33-.LVL31
	.uleb128 0x2
	.byte	0x71
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL33-.LVL31
	.uleb128 .LVL34-1-.LVL31
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
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
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
	.byte	0x5
	.8byte	.LBB7
	.byte	0x4
	.uleb128 .LBB7-.LBB7
	.uleb128 .LBE7-.LBB7
	.byte	0x4
	.uleb128 .LBB10-.LBB7
	.uleb128 .LBE10-.LBB7
	.byte	0x4
	.uleb128 .LBB19-.LBB7
	.uleb128 .LBE19-.LBB7
	.byte	0x4
	.uleb128 .LBB21-.LBB7
	.uleb128 .LBE21-.LBB7
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB8
	.byte	0x4
	.uleb128 .LBB8-.LBB8
	.uleb128 .LBE8-.LBB8
	.byte	0x4
	.uleb128 .LBB9-.LBB8
	.uleb128 .LBE9-.LBB8
	.byte	0
.LLRL12:
	.byte	0x5
	.8byte	.LBB11
	.byte	0x4
	.uleb128 .LBB11-.LBB11
	.uleb128 .LBE11-.LBB11
	.byte	0x4
	.uleb128 .LBB12-.LBB11
	.uleb128 .LBE12-.LBB11
	.byte	0x4
	.uleb128 .LBB13-.LBB11
	.uleb128 .LBE13-.LBB11
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB14
	.byte	0x4
	.uleb128 .LBB14-.LBB14
	.uleb128 .LBE14-.LBB14
	.byte	0x4
	.uleb128 .LBB18-.LBB14
	.uleb128 .LBE18-.LBB14
	.byte	0x4
	.uleb128 .LBB20-.LBB14
	.uleb128 .LBE20-.LBB14
	.byte	0
.LLRL16:
	.byte	0x7
	.8byte	.LFB22
	.uleb128 .LFE22-.LFB22
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
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF4:
	.string	"short unsigned int"
.LASF14:
	.string	"memset"
.LASF2:
	.string	"long unsigned int"
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
.LASF9:
	.string	"char"
.LASF13:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF16:
	.string	"argv"
.LASF8:
	.string	"long int"
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
