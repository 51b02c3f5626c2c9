	.arch armv8-a
	.file	"float_newton.c"
	.text
.Ltext0:
	.file 0 "." "programs/float_newton.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"sqrt(%d) = %.9f  cbrt(%d.5) = %.5f\n"
	.align	3
.LC1:
	.string	"total %.6f as int %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/float_newton.c"
	.loc 1 21 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	str	x21, [sp, 32]
	stp	d8, d9, [sp, 48]
	stp	d10, d11, [sp, 64]
	stp	d12, d13, [sp, 80]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	.cfi_offset 21, -64
	.cfi_offset 72, -48
	.cfi_offset 73, -40
	.cfi_offset 74, -32
	.cfi_offset 75, -24
	.cfi_offset 76, -16
	.cfi_offset 77, -8
	.loc 1 22 5 view .LVU1
.LVL0:
	.loc 1 23 5 view .LVU2
.LBB10:
	.loc 1 23 10 view .LVU3
	.loc 1 23 23 view .LVU4
.LBE10:
	.loc 1 21 1 is_stmt 0 view .LVU5
	mov	w20, 7
.LBB28:
	.loc 1 23 14 view .LVU6
	mov	w19, 1
.LBE28:
	.loc 1 22 12 view .LVU7
	movi	d11, #0
.LBB29:
.LBB11:
	.loc 1 24 20 view .LVU8
	fmov	d13, 7.0e+0
.LBB12:
.LBB13:
	.loc 1 6 26 view .LVU9
	fmov	d12, 1.0e+0
.LBB14:
	.loc 1 8 11 view .LVU10
	fmov	d10, 5.0e-1
.LBE14:
.LBE13:
.LBE12:
.LBB18:
.LBB19:
	.loc 1 14 35 view .LVU11
	fmov	s9, 3.0e+0
.LBE19:
.LBE18:
	.loc 1 26 9 view .LVU12
	adrp	x21, .LC0
	add	x21, x21, :lo12:.LC0
	b	.L8
.LVL1:
.L19:
.LBB24:
.LBB22:
	.loc 1 14 35 view .LVU13
	fmov	s1, 1.0e+0
.L5:
.LVL2:
.LBB20:
	.loc 1 15 23 is_stmt 1 view .LVU14
.LBE20:
	.loc 1 14 35 is_stmt 0 view .LVU15
	mov	w0, 60
.LVL3:
.L7:
.LBB21:
	.loc 1 16 9 is_stmt 1 view .LVU16
	.loc 1 16 20 is_stmt 0 view .LVU17
	fmul	s0, s1, s1
	.loc 1 16 24 view .LVU18
	fmul	s0, s0, s1
	.loc 1 16 28 view .LVU19
	fsub	s0, s0, s3
	.loc 1 16 41 view .LVU20
	fmul	s2, s1, s9
	.loc 1 16 45 view .LVU21
	fmul	s2, s2, s1
	.loc 1 16 33 view .LVU22
	fdiv	s0, s0, s2
	.loc 1 16 11 view .LVU23
	fsub	s1, s1, s0
.LVL4:
	.loc 1 15 30 is_stmt 1 view .LVU24
	.loc 1 15 23 view .LVU25
	subs	w0, w0, #1
.LVL5:
	.loc 1 15 23 is_stmt 0 view .LVU26
	bne	.L7
	.loc 1 15 23 view .LVU27
.LBE21:
	.loc 1 17 5 is_stmt 1 view .LVU28
.LVL6:
	.loc 1 17 5 is_stmt 0 view .LVU29
.LBE22:
.LBE24:
	.loc 1 26 9 is_stmt 1 view .LVU30
	fcvt	d1, s1
.LVL7:
	.loc 1 26 9 is_stmt 0 view .LVU31
	fmov	d0, d8
	mov	w1, w20
	mov	x0, x21
	bl	printf
.LVL8:
	.loc 1 27 9 is_stmt 1 view .LVU32
	.loc 1 27 15 is_stmt 0 view .LVU33
	fadd	d11, d11, d8
.LVL9:
	.loc 1 27 15 view .LVU34
.LBE11:
	.loc 1 23 31 is_stmt 1 view .LVU35
	add	w19, w19, 1
.LVL10:
	.loc 1 23 23 view .LVU36
	add	w20, w20, 7
	cmp	w19, 11
	beq	.L18
.LVL11:
.L8:
.LBB27:
	.loc 1 24 9 discriminator 3 view .LVU37
	.loc 1 24 20 is_stmt 0 discriminator 3 view .LVU38
	scvtf	d1, w19
	fmul	d1, d1, d13
.LVL12:
.LBB25:
.LBI12:
	.loc 1 4 15 is_stmt 1 discriminator 3 view .LVU39
.LBB17:
	.loc 1 6 5 discriminator 3 view .LVU40
	.loc 1 6 26 is_stmt 0 discriminator 3 view .LVU41
	fcmpe	d1, d12
	fcsel	d8, d1, d12, gt
.LVL13:
.LBB15:
	.loc 1 7 23 is_stmt 1 discriminator 3 view .LVU42
.LBE15:
	.loc 1 6 26 is_stmt 0 discriminator 3 view .LVU43
	mov	w0, 40
.LVL14:
.L4:
.LBB16:
	.loc 1 8 9 is_stmt 1 view .LVU44
	.loc 1 8 26 is_stmt 0 view .LVU45
	fdiv	d0, d1, d8
	.loc 1 8 22 view .LVU46
	fadd	d0, d0, d8
	.loc 1 8 11 view .LVU47
	fmul	d8, d0, d10
.LVL15:
	.loc 1 7 30 is_stmt 1 view .LVU48
	.loc 1 7 23 view .LVU49
	subs	w0, w0, #1
.LVL16:
	.loc 1 7 23 is_stmt 0 view .LVU50
	bne	.L4
.LBE16:
	.loc 1 9 5 is_stmt 1 view .LVU51
.LVL17:
	.loc 1 9 5 is_stmt 0 view .LVU52
.LBE17:
.LBE25:
	.loc 1 25 9 is_stmt 1 view .LVU53
	.loc 1 25 41 is_stmt 0 view .LVU54
	mul	w2, w19, w19
	.loc 1 25 45 view .LVU55
	mul	w2, w2, w19
	.loc 1 25 31 view .LVU56
	scvtf	s3, w2
	.loc 1 25 19 view .LVU57
	fmov	s0, 5.0e-1
	fadd	s3, s3, s0
.LVL18:
.LBB26:
.LBI18:
	.loc 1 12 14 is_stmt 1 view .LVU58
.LBB23:
	.loc 1 14 5 view .LVU59
	.loc 1 14 35 is_stmt 0 view .LVU60
	fmov	s0, 1.0e+0
	fcmpe	s3, s0
	bgt	.L12
	b	.L19
.L12:
	fdiv	s1, s3, s9
	b	.L5
.LVL19:
.L18:
	.loc 1 14 35 view .LVU61
.LBE23:
.LBE26:
.LBE27:
.LBE29:
	.loc 1 29 5 is_stmt 1 view .LVU62
	.loc 1 29 32 is_stmt 0 view .LVU63
	mov	x0, 70368744177664
	movk	x0, 0x408f, lsl 48
	fmov	d0, x0
	fmul	d0, d11, d0
	.loc 1 29 10 view .LVU64
	fcvtzs	x19, d0
.LVL20:
	.loc 1 30 5 is_stmt 1 view .LVU65
	mov	x1, x19
	fmov	d0, d11
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL21:
	.loc 1 31 5 view .LVU66
	.loc 1 31 25 is_stmt 0 view .LVU67
	mov	x0, 55051
	movk	x0, 0x70a3, lsl 16
	movk	x0, 0xa3d, lsl 32
	movk	x0, 0xa3d7, lsl 48
	smulh	x0, x19, x0
	add	x0, x0, x19
	asr	x0, x0, 6
	sub	x0, x0, x19, asr 63
	add	x1, x0, x0, lsl 1
	add	x0, x0, x1, lsl 3
	.loc 1 32 1 view .LVU68
	sub	w0, w19, w0, lsl 2
	ldp	d8, d9, [sp, 48]
.LVL22:
	.loc 1 32 1 view .LVU69
	ldp	d10, d11, [sp, 64]
.LVL23:
	.loc 1 32 1 view .LVU70
	ldp	d12, d13, [sp, 80]
	ldp	x19, x20, [sp, 16]
.LVL24:
	.loc 1 32 1 view .LVU71
	ldr	x21, [sp, 32]
	ldp	x29, x30, [sp], 96
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 76
	.cfi_restore 77
	.cfi_restore 74
	.cfi_restore 75
	.cfi_restore 72
	.cfi_restore 73
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x26c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x4
	.4byte	.LASF2
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF3
	.uleb128 0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF4
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF6
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF7
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF9
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF10
	.uleb128 0x10
	.4byte	0x6d
	.uleb128 0x11
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x3c
	.4byte	0x91
	.uleb128 0x12
	.4byte	0x91
	.uleb128 0x13
	.byte	0
	.uleb128 0x14
	.byte	0x8
	.4byte	0x74
	.uleb128 0x15
	.4byte	.LASF16
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x3c
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x20e
	.uleb128 0x7
	.4byte	.LASF11
	.byte	0x16
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x7
	.4byte	.LASF12
	.byte	0x1d
	.byte	0xa
	.4byte	0x66
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x16
	.4byte	.LLRL2
	.4byte	0x1e4
	.uleb128 0x5
	.string	"k"
	.byte	0x17
	.byte	0xe
	.4byte	0x3c
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x6
	.4byte	.LLRL4
	.uleb128 0x5
	.string	"s"
	.byte	0x18
	.byte	0x10
	.4byte	0x2e
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x5
	.string	"c"
	.byte	0x19
	.byte	0xf
	.4byte	0x20e
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x8
	.4byte	0x244
	.8byte	.LBI12
	.byte	.LVU39
	.4byte	.LLRL7
	.byte	0x18
	.byte	0x14
	.4byte	0x170
	.uleb128 0x9
	.4byte	0x251
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x6
	.4byte	.LLRL7
	.uleb128 0x3
	.4byte	0x25a
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xa
	.4byte	0x263
	.4byte	.LLRL10
	.uleb128 0x3
	.4byte	0x264
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	0x215
	.8byte	.LBI18
	.byte	.LVU58
	.4byte	.LLRL12
	.byte	0x19
	.byte	0x13
	.4byte	0x1c0
	.uleb128 0x9
	.4byte	0x226
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x6
	.4byte	.LLRL12
	.uleb128 0x3
	.4byte	0x22f
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0xa
	.4byte	0x238
	.4byte	.LLRL15
	.uleb128 0x3
	.4byte	0x239
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL8
	.4byte	0x79
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x48
	.uleb128 0x2e
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL21
	.4byte	0x79
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x2
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x4b
	.uleb128 0x2e
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x1
	.byte	0x4
	.byte	0x4
	.4byte	.LASF13
	.uleb128 0x17
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0x20e
	.byte	0x1
	.4byte	0x244
	.uleb128 0xc
	.string	"a"
	.byte	0xc
	.byte	0x20
	.4byte	0x20e
	.uleb128 0x4
	.string	"x"
	.byte	0xe
	.byte	0xb
	.4byte	0x20e
	.uleb128 0xd
	.uleb128 0x4
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x3c
	.byte	0
	.byte	0
	.uleb128 0x18
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x2e
	.byte	0x1
	.uleb128 0xc
	.string	"a"
	.byte	0x4
	.byte	0x22
	.4byte	0x2e
	.uleb128 0x4
	.string	"x"
	.byte	0x6
	.byte	0xc
	.4byte	0x2e
	.uleb128 0xd
	.uleb128 0x4
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x3c
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0x16
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 .LVU2
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU70
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4b
	.byte	0
.LVUS1:
	.uleb128 .LVU65
	.uleb128 .LVU71
.LLST1:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU65
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS5:
	.uleb128 .LVU13
	.uleb128 .LVU37
	.uleb128 .LVU52
	.uleb128 .LVU69
.LLST5:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x48
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x48
	.byte	0
.LVUS6:
	.uleb128 .LVU29
	.uleb128 .LVU31
.LLST6:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS8:
	.uleb128 .LVU39
	.uleb128 .LVU52
.LLST8:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS9:
	.uleb128 .LVU42
	.uleb128 .LVU52
.LLST9:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x48
	.byte	0
.LVUS11:
	.uleb128 .LVU42
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU52
.LLST11:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0x28
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0x29
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0x28
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU13
	.uleb128 .LVU29
	.uleb128 .LVU58
	.uleb128 .LVU61
.LLST13:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x43
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x43
	.byte	0
.LVUS14:
	.uleb128 .LVU14
	.uleb128 .LVU29
.LLST14:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS16:
	.uleb128 .LVU14
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU29
.LLST16:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0x3c
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0x3d
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x6
	.byte	0x8
	.byte	0x3c
	.byte	0x70
	.sleb128 0
	.byte	0x1c
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
.LLRL2:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0
.LLRL4:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0
.LLRL12:
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF5:
	.string	"short unsigned int"
.LASF6:
	.string	"unsigned int"
.LASF16:
	.string	"main"
.LASF3:
	.string	"long unsigned int"
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF10:
	.string	"char"
.LASF4:
	.string	"unsigned char"
.LASF17:
	.string	"cbrt_newton"
.LASF9:
	.string	"long int"
.LASF18:
	.string	"sqrt_newton"
.LASF2:
	.string	"double"
.LASF15:
	.string	"printf"
.LASF11:
	.string	"total"
.LASF12:
	.string	"as_int"
.LASF13:
	.string	"float"
.LASF8:
	.string	"short int"
.LASF7:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_newton.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
