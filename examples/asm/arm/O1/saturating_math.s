	.arch armv8-a
	.file	"saturating_math.c"
	.text
.Ltext0:
	.file 0 "." "programs/saturating_math.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC2:
	.string	"%d + %d -> %d\n"
	.align	3
.LC3:
	.string	"%d * %d -> %d\n"
	.align	3
.LC4:
	.string	"u8: %u %u\n"
	.align	3
.LC5:
	.string	"clamp: %d %d %d\n"
	.align	3
.LC6:
	.string	"cmp: %d %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB15:
	.file 1 "programs/saturating_math.c"
	.loc 1 24 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	str	x25, [sp, 64]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.cfi_offset 23, -64
	.cfi_offset 24, -56
	.cfi_offset 25, -48
	.loc 1 25 5 view .LVU1
	.loc 1 25 12 is_stmt 0 view .LVU2
	adrp	x0, .LANCHOR0
	add	x1, x0, :lo12:.LANCHOR0
	add	x21, sp, 104
	ldr	w0, [x0, #:lo12:.LANCHOR0]
	str	w0, [sp, 104]
	ldr	w0, [x1, 3]
	str	w0, [x21, 3]
	.loc 1 26 5 is_stmt 1 view .LVU3
	.loc 1 26 13 is_stmt 0 view .LVU4
	mov	w0, 300
	strh	w0, [sp, 88]
	mov	w0, -300
	strh	w0, [sp, 90]
	mov	w0, 200
	strh	w0, [sp, 92]
	mov	w0, -32768
	strh	w0, [sp, 94]
	mov	w0, 32767
	strh	w0, [sp, 96]
	mov	w0, 181
	strh	w0, [sp, 98]
	.loc 1 27 5 is_stmt 1 view .LVU5
.LVL0:
	.loc 1 28 5 view .LVU6
.LBB20:
	.loc 1 28 10 view .LVU7
	.loc 1 28 23 view .LVU8
.LBE20:
	.loc 1 26 13 is_stmt 0 view .LVU9
	mov	w19, 3
	.loc 1 27 9 view .LVU10
	mov	w20, 0
.LBB31:
.LBB21:
	.loc 1 29 45 view .LVU11
	mov	w25, 9363
	movk	w25, 0x9249, lsl 16
	.loc 1 29 20 view .LVU12
	mov	x24, x21
.LBB22:
.LBB23:
	.loc 1 8 12 view .LVU13
	mov	w23, 127
.LBE23:
.LBE22:
	.loc 1 31 9 view .LVU14
	adrp	x22, .LC2
	add	x22, x22, :lo12:.LC2
	b	.L3
.LVL1:
.L7:
.LBB27:
.LBB24:
	.loc 1 8 12 view .LVU15
	mov	w3, -128
.L2:
.LVL2:
	.loc 1 8 12 view .LVU16
.LBE24:
.LBE27:
	.loc 1 30 9 is_stmt 1 view .LVU17
	.loc 1 30 34 is_stmt 0 view .LVU18
	add	w0, w3, 127
	and	w0, w0, 255
	cmp	w0, 253
	.loc 1 30 17 view .LVU19
	cinc	w20, w20, hi
.LVL3:
	.loc 1 31 9 is_stmt 1 view .LVU20
	mov	x0, x22
	bl	printf
.LVL4:
	.loc 1 31 9 is_stmt 0 view .LVU21
.LBE21:
	.loc 1 28 29 is_stmt 1 view .LVU22
	.loc 1 28 23 view .LVU23
	add	x21, x21, 1
	add	w19, w19, 1
.LVL5:
	.loc 1 28 23 is_stmt 0 view .LVU24
	cmp	w19, 10
	beq	.L13
.LVL6:
.L3:
.LBB30:
	.loc 1 29 9 is_stmt 1 discriminator 3 view .LVU25
.LBB28:
.LBI22:
	.loc 1 5 15 discriminator 3 view .LVU26
.LBB25:
	.loc 1 7 5 discriminator 3 view .LVU27
	.loc 1 7 15 is_stmt 0 discriminator 3 view .LVU28
	ldrsb	w1, [x21]
.LBE25:
.LBE28:
	.loc 1 29 45 discriminator 3 view .LVU29
	smull	x0, w19, w25
	lsr	x0, x0, 32
	add	w0, w19, w0
	asr	w0, w0, 2
	sub	w0, w0, w19, asr 31
	lsl	w2, w0, 3
	sub	w0, w2, w0
	sub	w0, w19, w0
.LBB29:
.LBB26:
	.loc 1 7 15 discriminator 3 view .LVU30
	ldrsb	w2, [x24, w0, sxtw]
	.loc 1 7 9 discriminator 3 view .LVU31
	add	w0, w1, w2
.LVL7:
	.loc 1 8 5 is_stmt 1 discriminator 3 view .LVU32
	.loc 1 8 12 is_stmt 0 discriminator 3 view .LVU33
	mov	w3, w23
	cmp	w0, 127
	bgt	.L2
	.loc 1 8 12 view .LVU34
	cmn	w0, #128
	blt	.L7
	sxtb	w3, w0
	b	.L2
.LVL8:
.L13:
	.loc 1 8 12 view .LVU35
.LBE26:
.LBE29:
.LBE30:
	mov	x19, 1
.LVL9:
	.loc 1 8 12 view .LVU36
.LBE31:
.LBB32:
.LBB33:
	.loc 1 34 21 view .LVU37
	add	x22, sp, 88
	.loc 1 34 47 view .LVU38
	mov	w25, 43691
	movk	w25, 0x2aaa, lsl 16
.LBB34:
.LBB35:
	.loc 1 14 8 view .LVU39
	mov	w21, 32767
.LBE35:
.LBE34:
	.loc 1 35 35 view .LVU40
	mov	w24, 65533
	.loc 1 36 9 view .LVU41
	adrp	x23, .LC3
	add	x23, x23, :lo12:.LC3
	b	.L5
.LVL10:
.L9:
.LBB40:
.LBB36:
	.loc 1 15 31 view .LVU42
	mov	w3, -32768
.L4:
.LVL11:
	.loc 1 15 31 view .LVU43
.LBE36:
.LBE40:
	.loc 1 35 9 is_stmt 1 view .LVU44
	.loc 1 35 35 is_stmt 0 view .LVU45
	add	w0, w3, w21
	cmp	w24, w0, uxth
	.loc 1 35 17 view .LVU46
	cinc	w20, w20, cc
.LVL12:
	.loc 1 36 9 is_stmt 1 view .LVU47
	mov	x0, x23
	bl	printf
.LVL13:
	.loc 1 36 9 is_stmt 0 view .LVU48
.LBE33:
	.loc 1 33 29 is_stmt 1 view .LVU49
	.loc 1 33 23 view .LVU50
	add	x19, x19, 1
.LVL14:
	.loc 1 33 23 is_stmt 0 view .LVU51
	cmp	x19, 7
	beq	.L14
.LVL15:
.L5:
.LBB44:
	.loc 1 34 9 is_stmt 1 discriminator 3 view .LVU52
.LBB41:
.LBI34:
	.loc 1 11 16 discriminator 3 view .LVU53
.LBB37:
	.loc 1 13 5 discriminator 3 view .LVU54
.LBE37:
.LBE41:
	.loc 1 34 21 is_stmt 0 discriminator 3 view .LVU55
	add	x0, x22, x19, lsl 1
.LBB42:
.LBB38:
	.loc 1 13 17 discriminator 3 view .LVU56
	ldrsh	w1, [x0, -2]
.LBE38:
.LBE42:
	.loc 1 34 47 discriminator 3 view .LVU57
	smull	x0, w19, w25
	lsr	x0, x0, 32
	sub	w0, w0, w19, asr 31
	add	w0, w0, w0, lsl 1
	sub	w0, w19, w0, lsl 1
.LBB43:
.LBB39:
	.loc 1 13 28 discriminator 3 view .LVU58
	ldrsh	w2, [x22, w0, sxtw 1]
	.loc 1 13 13 discriminator 3 view .LVU59
	mul	w0, w1, w2
.LVL16:
	.loc 1 14 5 is_stmt 1 discriminator 3 view .LVU60
	.loc 1 14 31 is_stmt 0 discriminator 3 view .LVU61
	mov	w3, w21
	.loc 1 14 8 discriminator 3 view .LVU62
	cmp	w0, w21
	bgt	.L4
	.loc 1 15 5 is_stmt 1 view .LVU63
	.loc 1 15 8 is_stmt 0 view .LVU64
	cmn	w0, #32768
	blt	.L9
	.loc 1 16 5 is_stmt 1 view .LVU65
	.loc 1 16 12 is_stmt 0 view .LVU66
	sxth	w3, w0
	b	.L4
.LVL17:
.L14:
	.loc 1 16 12 view .LVU67
.LBE39:
.LBE43:
.LBE44:
.LBE32:
	.loc 1 38 5 is_stmt 1 view .LVU68
	mov	w2, 190
	mov	w1, 0
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	printf
.LVL18:
	.loc 1 39 5 view .LVU69
	mov	w3, 5
	mov	w2, -1000
	mov	w1, 1000
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	printf
.LVL19:
	.loc 1 40 5 view .LVU70
	.loc 1 41 5 view .LVU71
	.loc 1 42 5 view .LVU72
	mov	w2, 1
	mov	w1, w2
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	printf
.LVL20:
	.loc 1 43 5 view .LVU73
	.loc 1 44 1 is_stmt 0 view .LVU74
	mov	w0, w20
	ldp	x19, x20, [sp, 16]
.LVL21:
	.loc 1 44 1 view .LVU75
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp], 112
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 25
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC1:
	.string	"d\2342\200\177"
	.ascii	"\377"
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3b7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF22
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x4
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x5d
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x3c
	.uleb128 0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x7c
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x4
	.4byte	.LASF11
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x35
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0x14
	.4byte	0x96
	.uleb128 0x4
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x51
	.uleb128 0x4
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x70
	.uleb128 0x4
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x83
	.uleb128 0x4
	.4byte	.LASF17
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x64
	.uleb128 0x15
	.4byte	.LASF23
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xea
	.uleb128 0x16
	.4byte	0xea
	.uleb128 0x17
	.byte	0
	.uleb128 0x18
	.byte	0x8
	.4byte	0x9d
	.uleb128 0x19
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2fa
	.uleb128 0xa
	.string	"a"
	.byte	0x19
	.byte	0xc
	.4byte	0x2fa
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0xa
	.string	"h"
	.byte	0x1a
	.byte	0xd
	.4byte	0x30a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1a
	.4byte	.LASF18
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0xb
	.string	"sc"
	.byte	0x28
	.byte	0x11
	.4byte	0x5d
	.sleb128 -5
	.uleb128 0xb
	.string	"uc"
	.byte	0x29
	.byte	0x13
	.4byte	0x3c
	.sleb128 -6
	.uleb128 0x1b
	.4byte	.LLRL1
	.4byte	0x1e0
	.uleb128 0x5
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x6
	.4byte	.LLRL3
	.uleb128 0x5
	.string	"s"
	.byte	0x1d
	.byte	0x10
	.4byte	0xa2
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xc
	.4byte	0x391
	.8byte	.LBI22
	.byte	.LVU26
	.4byte	.LLRL5
	.byte	0x1d
	.byte	0x14
	.4byte	0x1ca
	.uleb128 0x7
	.4byte	0x3a7
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.4byte	0x39e
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x6
	.4byte	.LLRL5
	.uleb128 0xd
	.4byte	0x3b0
	.4byte	.LLST8
	.4byte	.LVUS8
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL4
	.4byte	0xd2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1c
	.8byte	.LBB32
	.8byte	.LBE32-.LBB32
	.4byte	0x278
	.uleb128 0x5
	.string	"i"
	.byte	0x21
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x6
	.4byte	.LLRL10
	.uleb128 0x5
	.string	"m"
	.byte	0x22
	.byte	0x11
	.4byte	0xae
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0xc
	.4byte	0x367
	.8byte	.LBI34
	.byte	.LVU53
	.4byte	.LLRL12
	.byte	0x22
	.byte	0x15
	.4byte	0x262
	.uleb128 0x7
	.4byte	0x37e
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x7
	.4byte	0x375
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x6
	.4byte	.LLRL12
	.uleb128 0xd
	.4byte	0x387
	.4byte	.LLST15
	.4byte	.LVUS15
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL13
	.4byte	0xd2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.8byte	.LVL18
	.4byte	0xd2
	.4byte	0x2a2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0xbe
	.byte	0
	.uleb128 0xe
	.8byte	.LVL19
	.4byte	0xd2
	.4byte	0x2d4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa
	.2byte	0x3e8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xb
	.2byte	0xfc18
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x35
	.byte	0
	.uleb128 0x8
	.8byte	.LVL20
	.4byte	0xd2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0xa2
	.4byte	0x30a
	.uleb128 0x10
	.4byte	0x2e
	.byte	0x6
	.byte	0
	.uleb128 0xf
	.4byte	0xae
	.4byte	0x31a
	.uleb128 0x10
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.uleb128 0x9
	.4byte	.LASF19
	.byte	0x15
	.4byte	0xae
	.4byte	0x346
	.uleb128 0x2
	.string	"v"
	.byte	0x15
	.byte	0x20
	.4byte	0xba
	.uleb128 0x2
	.string	"lo"
	.byte	0x15
	.byte	0x2b
	.4byte	0xae
	.uleb128 0x2
	.string	"hi"
	.byte	0x15
	.byte	0x37
	.4byte	0xae
	.byte	0
	.uleb128 0x9
	.4byte	.LASF20
	.byte	0x13
	.4byte	0xc6
	.4byte	0x367
	.uleb128 0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0xc6
	.uleb128 0x2
	.string	"b"
	.byte	0x13
	.byte	0x2e
	.4byte	0xc6
	.byte	0
	.uleb128 0x9
	.4byte	.LASF21
	.byte	0xb
	.4byte	0xae
	.4byte	0x391
	.uleb128 0x2
	.string	"a"
	.byte	0xb
	.byte	0x22
	.4byte	0xae
	.uleb128 0x2
	.string	"b"
	.byte	0xb
	.byte	0x2d
	.4byte	0xae
	.uleb128 0x11
	.string	"p"
	.byte	0xd
	.byte	0xd
	.4byte	0xba
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF25
	.byte	0x1
	.byte	0x5
	.byte	0xf
	.4byte	0xa2
	.byte	0x1
	.uleb128 0x2
	.string	"a"
	.byte	0x5
	.byte	0x1f
	.4byte	0xa2
	.uleb128 0x2
	.string	"b"
	.byte	0x5
	.byte	0x29
	.4byte	0xa2
	.uleb128 0x11
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x35
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
	.uleb128 0x5
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
	.uleb128 0x3
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
	.uleb128 0x4
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 16
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x20
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
	.uleb128 .LVU6
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS2:
	.uleb128 .LVU8
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU36
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -3
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU16
	.uleb128 .LVU21
.LLST4:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS6:
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU26
	.uleb128 .LVU35
.LLST6:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x13
	.byte	0x83
	.sleb128 0
	.byte	0x37
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x38
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x13
	.byte	0x83
	.sleb128 0
	.byte	0x37
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x38
	.byte	0x1c
	.byte	0
.LVUS7:
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU26
	.uleb128 .LVU35
.LLST7:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
.LVUS8:
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU32
	.uleb128 .LVU35
.LLST8:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS9:
	.uleb128 .LVU42
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
	.uleb128 .LVU52
	.uleb128 .LVU67
.LLST9:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU43
	.uleb128 .LVU48
.LLST11:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS13:
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU53
	.uleb128 .LVU67
.LLST13:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x15
	.byte	0x83
	.sleb128 0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x48
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x15
	.byte	0x83
	.sleb128 0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x48
	.byte	0x1c
	.byte	0
.LVUS14:
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU53
	.uleb128 .LVU67
.LLST14:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x4a
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x4a
	.byte	0x1c
	.byte	0
.LVUS15:
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU60
	.uleb128 .LVU67
.LLST15:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
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
.LLRL1:
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0
.LLRL3:
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL5:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0
.LLRL12:
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF14:
	.string	"int8_t"
.LASF22:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF10:
	.string	"short int"
.LASF24:
	.string	"main"
.LASF21:
	.string	"sat_mul16"
.LASF18:
	.string	"clipped"
.LASF17:
	.string	"uint8_t"
.LASF12:
	.string	"long int"
.LASF23:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF20:
	.string	"sat_sub_u8"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"clamp16"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF13:
	.string	"char"
.LASF16:
	.string	"int32_t"
.LASF15:
	.string	"int16_t"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"__int32_t"
.LASF25:
	.string	"sat_add8"
.LASF9:
	.string	"__int16_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/saturating_math.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
