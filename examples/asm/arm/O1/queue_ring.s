	.arch armv8-a
	.file	"queue_ring.c"
	.text
.Ltext0:
	.file 0 "." "programs/queue_ring.c"
	.align	2
	.type	push, %function
push:
.LVL0:
.LFB11:
	.file 1 "programs/queue_ring.c"
	.loc 1 9 1 view -0
	.cfi_startproc
	.loc 1 10 5 view .LVU1
	.loc 1 10 10 is_stmt 0 view .LVU2
	ldr	w3, [x0, 40]
	.loc 1 10 8 view .LVU3
	cmp	w3, 8
	beq	.L3
	.loc 1 12 5 is_stmt 1 view .LVU4
	.loc 1 12 15 is_stmt 0 view .LVU5
	ldr	w2, [x0, 36]
	.loc 1 12 23 view .LVU6
	str	w1, [x0, w2, uxtw 2]
	.loc 1 13 5 is_stmt 1 view .LVU7
	.loc 1 13 24 is_stmt 0 view .LVU8
	add	w2, w2, 1
	.loc 1 13 29 view .LVU9
	and	w2, w2, 7
	.loc 1 13 13 view .LVU10
	str	w2, [x0, 36]
	.loc 1 14 5 is_stmt 1 view .LVU11
	.loc 1 14 12 is_stmt 0 view .LVU12
	add	w3, w3, 1
	str	w3, [x0, 40]
	.loc 1 15 5 is_stmt 1 view .LVU13
	.loc 1 15 12 is_stmt 0 view .LVU14
	mov	w0, 1
.LVL1:
.L1:
	.loc 1 16 1 view .LVU15
	ret
.LVL2:
.L3:
	.loc 1 11 16 view .LVU16
	mov	w0, 0
.LVL3:
	.loc 1 11 16 view .LVU17
	b	.L1
	.cfi_endproc
.LFE11:
	.size	push, .-push
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"task %d done at t=%d\n"
	.align	3
.LC2:
	.string	"rejected %d, size %u, head %u, tail %u\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.loc 1 29 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.cfi_offset 21, -112
	.cfi_offset 22, -104
	.cfi_offset 23, -96
	.cfi_offset 24, -88
	.loc 1 30 5 view .LVU19
	.loc 1 30 18 is_stmt 0 view .LVU20
	add	x0, sp, 96
	movi	v0.4s, 0
	stp	q0, q0, [x0]
	str	q0, [x0, 28]
	.loc 1 31 5 is_stmt 1 view .LVU21
	.loc 1 31 9 is_stmt 0 view .LVU22
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	ldp	x2, x3, [x0]
	stp	x2, x3, [sp, 72]
	ldr	x0, [x0, 16]
	str	x0, [sp, 88]
	.loc 1 32 5 is_stmt 1 view .LVU23
.LBB7:
	.loc 1 32 10 view .LVU24
.LVL4:
	.loc 1 32 23 view .LVU25
	.loc 1 32 14 is_stmt 0 view .LVU26
	mov	w19, 0
	.loc 1 33 9 view .LVU27
	add	x20, sp, 96
.LVL5:
.L5:
	.loc 1 33 9 is_stmt 1 discriminator 3 view .LVU28
	mov	w1, w19
	mov	x0, x20
	bl	push
.LVL6:
	.loc 1 32 29 discriminator 3 view .LVU29
	add	w19, w19, 1
.LVL7:
	.loc 1 32 23 discriminator 3 view .LVU30
	cmp	w19, 6
	bne	.L5
.LBE7:
	.loc 1 34 38 is_stmt 0 view .LVU31
	mov	w23, 0
	.loc 1 34 22 view .LVU32
	mov	w19, 0
.LVL8:
.LBB8:
.LBB9:
	.loc 1 22 18 view .LVU33
	add	x21, sp, 96
.LBE9:
.LBE8:
.LBB11:
	.loc 1 36 23 view .LVU34
	add	x20, sp, 72
	.loc 1 36 13 view .LVU35
	mov	w22, 4
	.loc 1 42 13 view .LVU36
	adrp	x24, .LC1
	add	x24, x24, :lo12:.LC1
	b	.L6
.LVL9:
.L16:
	.loc 1 42 13 is_stmt 1 view .LVU37
	mov	w2, w19
.LVL10:
	.loc 1 42 13 is_stmt 0 view .LVU38
	mov	x0, x24
	bl	printf
.LVL11:
	.loc 1 43 13 is_stmt 1 view .LVU39
	.loc 1 43 21 is_stmt 0 view .LVU40
	add	w23, w23, 1
.LVL12:
.L6:
	.loc 1 43 21 view .LVU41
.LBE11:
	.loc 1 35 12 is_stmt 1 view .LVU42
.LBB12:
.LBI8:
	.loc 1 18 12 view .LVU43
.LBB10:
	.loc 1 20 5 view .LVU44
	.loc 1 20 10 is_stmt 0 view .LVU45
	ldr	w2, [sp, 136]
	.loc 1 20 8 view .LVU46
	cbz	w2, .L11
	.loc 1 22 5 is_stmt 1 view .LVU47
	.loc 1 22 20 is_stmt 0 view .LVU48
	ldr	w0, [sp, 128]
	.loc 1 22 18 view .LVU49
	ldr	w1, [x21, w0, uxtw 2]
.LVL13:
	.loc 1 23 5 is_stmt 1 view .LVU50
	.loc 1 23 24 is_stmt 0 view .LVU51
	add	w0, w0, 1
	.loc 1 23 29 view .LVU52
	and	w0, w0, 7
	.loc 1 23 13 view .LVU53
	str	w0, [sp, 128]
	.loc 1 24 5 is_stmt 1 view .LVU54
	.loc 1 24 12 is_stmt 0 view .LVU55
	sub	w2, w2, #1
	str	w2, [sp, 136]
	.loc 1 25 5 is_stmt 1 view .LVU56
.LVL14:
	.loc 1 25 5 is_stmt 0 view .LVU57
.LBE10:
.LBE12:
.LBB13:
	.loc 1 36 9 is_stmt 1 view .LVU58
	.loc 1 36 23 is_stmt 0 view .LVU59
	sxtw	x3, w1
	ldr	w0, [x20, x3, lsl 2]
	.loc 1 36 13 view .LVU60
	cmp	w0, 4
	csel	w2, w0, w22, le
.LVL15:
	.loc 1 37 9 is_stmt 1 view .LVU61
	.loc 1 37 20 is_stmt 0 view .LVU62
	sub	w0, w0, w2
	str	w0, [x20, x3, lsl 2]
	.loc 1 38 9 is_stmt 1 view .LVU63
	.loc 1 38 14 is_stmt 0 view .LVU64
	add	w19, w19, w2
.LVL16:
	.loc 1 39 9 is_stmt 1 view .LVU65
	.loc 1 39 12 is_stmt 0 view .LVU66
	cmp	w0, 0
	ble	.L16
	.loc 1 40 13 is_stmt 1 view .LVU67
	mov	x0, x21
	bl	push
.LVL17:
	.loc 1 40 13 is_stmt 0 view .LVU68
	b	.L6
.LVL18:
.L11:
	.loc 1 40 13 view .LVU69
.LBE13:
.LBB14:
	.loc 1 47 14 view .LVU70
	mov	w19, 0
.LVL19:
	.loc 1 47 14 view .LVU71
.LBE14:
	.loc 1 46 9 view .LVU72
	mov	w20, 0
.LBB15:
	.loc 1 48 22 view .LVU73
	add	x21, sp, 96
.LVL20:
.L8:
	.loc 1 48 9 is_stmt 1 discriminator 3 view .LVU74
	.loc 1 48 22 is_stmt 0 discriminator 3 view .LVU75
	mul	w1, w19, w19
	mov	x0, x21
	bl	push
.LVL21:
	.loc 1 48 21 discriminator 3 view .LVU76
	cmp	w0, 0
	.loc 1 48 18 discriminator 3 view .LVU77
	cinc	w20, w20, eq
.LVL22:
	.loc 1 47 30 is_stmt 1 discriminator 3 view .LVU78
	add	w19, w19, 1
.LVL23:
	.loc 1 47 23 discriminator 3 view .LVU79
	cmp	w19, 11
	bne	.L8
.LBE15:
	.loc 1 49 5 view .LVU80
	ldr	w4, [sp, 132]
	ldr	w3, [sp, 128]
	ldr	w2, [sp, 136]
	mov	w1, w20
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL24:
	.loc 1 50 5 view .LVU81
	.loc 1 51 1 is_stmt 0 view .LVU82
	add	w0, w23, w20
	ldp	x19, x20, [sp, 16]
.LVL25:
	.loc 1 51 1 view .LVU83
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL26:
	.loc 1 51 1 view .LVU84
	ldp	x29, x30, [sp], 144
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.word	7
	.word	3
	.word	12
	.word	1
	.word	5
	.word	9
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x303
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF19
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
	.uleb128 0xe
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
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xf
	.4byte	0x66
	.uleb128 0x10
	.4byte	.LASF20
	.byte	0x2c
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xac
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x14
	.4byte	0xac
	.byte	0
	.uleb128 0x3
	.4byte	.LASF11
	.byte	0x29
	.4byte	0x4a
	.byte	0x20
	.uleb128 0x3
	.4byte	.LASF12
	.byte	0x2f
	.4byte	0x4a
	.byte	0x24
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x35
	.4byte	0x4a
	.byte	0x28
	.byte	0
	.uleb128 0x8
	.4byte	0x35
	.4byte	0xbc
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0x11
	.4byte	.LASF21
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xd4
	.uleb128 0x12
	.4byte	0xd4
	.uleb128 0x13
	.byte	0
	.uleb128 0x6
	.4byte	0x6d
	.uleb128 0x14
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x28d
	.uleb128 0x15
	.string	"q"
	.byte	0x1
	.byte	0x1e
	.byte	0x12
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x16
	.4byte	.LASF14
	.byte	0x1
	.byte	0x1f
	.byte	0x9
	.4byte	0x28d
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x17
	.4byte	.LASF23
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x35
	.uleb128 0x4
	.4byte	.LASF15
	.byte	0x22
	.byte	0x16
	.4byte	0x35
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x4
	.4byte	.LASF16
	.byte	0x22
	.byte	0x20
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x4
	.4byte	.LASF17
	.byte	0x22
	.byte	0x26
	.4byte	0x35
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x2e
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x18
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x1b1
	.uleb128 0x7
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x5
	.8byte	.LVL6
	.4byte	0x2c9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	.LLRL9
	.4byte	0x200
	.uleb128 0x7
	.string	"run"
	.byte	0x24
	.byte	0xd
	.4byte	0x35
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x19
	.8byte	.LVL11
	.4byte	0xbc
	.4byte	0x1eb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL17
	.4byte	0x2c9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	.LLRL11
	.4byte	0x237
	.uleb128 0x7
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x5
	.8byte	.LVL21
	.4byte	0x2c9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x83
	.sleb128 0
	.byte	0x12
	.byte	0x1e
	.byte	0
	.byte	0
	.uleb128 0x1a
	.4byte	0x29d
	.8byte	.LBI8
	.byte	.LVU43
	.4byte	.LLRL6
	.byte	0x1
	.byte	0x23
	.byte	0xc
	.4byte	0x26b
	.uleb128 0xb
	.4byte	0x2b6
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xb
	.4byte	0x2ae
	.4byte	.LLST8
	.4byte	.LVUS8
	.byte	0
	.uleb128 0x5
	.8byte	.LVL24
	.4byte	0xbc
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
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	0x35
	.4byte	0x29d
	.uleb128 0x9
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.uleb128 0x1b
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x35
	.byte	0x1
	.4byte	0x2bf
	.uleb128 0xc
	.string	"q"
	.byte	0x1e
	.4byte	0x2bf
	.uleb128 0xc
	.string	"v"
	.byte	0x26
	.4byte	0x2c4
	.byte	0
	.uleb128 0x6
	.4byte	0x72
	.uleb128 0x6
	.4byte	0x35
	.uleb128 0x1c
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1d
	.string	"q"
	.byte	0x1
	.byte	0x8
	.byte	0x1f
	.4byte	0x2bf
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1e
	.string	"v"
	.byte	0x1
	.byte	0x8
	.byte	0x26
	.4byte	0x35
	.uleb128 0x1
	.byte	0x51
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
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 6
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 18
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
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
	.uleb128 0xf
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS1:
	.uleb128 .LVU37
	.uleb128 .LVU71
.LLST1:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS2:
	.uleb128 .LVU37
	.uleb128 .LVU39
	.uleb128 .LVU50
	.uleb128 .LVU68
.LLST2:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL11-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL17-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS3:
	.uleb128 .LVU37
	.uleb128 .LVU84
.LLST3:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS4:
	.uleb128 .LVU74
	.uleb128 .LVU83
.LLST4:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS5:
	.uleb128 .LVU25
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU33
.LLST5:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS10:
	.uleb128 .LVU37
	.uleb128 .LVU38
	.uleb128 .LVU61
	.uleb128 .LVU68
.LLST10:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS12:
	.uleb128 .LVU74
	.uleb128 .LVU83
.LLST12:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS7:
	.uleb128 .LVU43
	.uleb128 .LVU57
	.uleb128 .LVU69
	.uleb128 .LVU74
.LLST7:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+311
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+311
	.sleb128 0
	.byte	0
.LVUS8:
	.uleb128 .LVU43
	.uleb128 .LVU57
	.uleb128 .LVU69
	.uleb128 .LVU74
.LLST8:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
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
.LLRL6:
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"work"
.LASF10:
	.string	"items"
.LASF11:
	.string	"head"
.LASF18:
	.string	"rejected"
.LASF2:
	.string	"long unsigned int"
.LASF16:
	.string	"task"
.LASF19:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF20:
	.string	"queue"
.LASF9:
	.string	"char"
.LASF15:
	.string	"tick"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF23:
	.string	"quantum"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF21:
	.string	"printf"
.LASF13:
	.string	"size"
.LASF24:
	.string	"push"
.LASF12:
	.string	"tail"
.LASF7:
	.string	"short int"
.LASF17:
	.string	"finished"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/queue_ring.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
