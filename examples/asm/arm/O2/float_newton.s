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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/float_newton.c"
	.loc 1 21 1 view -0
	.cfi_startproc
	.loc 1 22 5 view .LVU1
.LVL0:
	.loc 1 23 5 view .LVU2
.LBB15:
	.loc 1 23 10 view .LVU3
	.loc 1 23 23 view .LVU4
.LBE15:
	.loc 1 21 1 is_stmt 0 view .LVU5
	stp	x29, x30, [sp, -96]!
	.cfi_def_cfa_offset 96
	.cfi_offset 29, -96
	.cfi_offset 30, -88
	mov	x29, sp
	stp	d12, d13, [sp, 80]
	.cfi_offset 76, -16
	.cfi_offset 77, -8
	.loc 1 22 12 view .LVU6
	movi	d13, #0
.LBB42:
.LBB16:
.LBB17:
.LBB18:
.LBB19:
	.loc 1 8 11 view .LVU7
	fmov	d12, 5.0e-1
.LBE19:
.LBE18:
.LBE17:
.LBE16:
.LBE42:
	.loc 1 21 1 view .LVU8
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -80
	.cfi_offset 20, -72
	mov	w20, 7
.LBB43:
	.loc 1 23 14 view .LVU9
	mov	w19, 1
.LBE43:
	.loc 1 21 1 view .LVU10
	str	x21, [sp, 32]
	.cfi_offset 21, -64
	adrp	x21, .LC0
	str	d14, [sp, 40]
	.cfi_offset 78, -56
.LBB44:
.LBB37:
.LBB24:
.LBB21:
	.loc 1 6 26 view .LVU11
	fmov	d14, 1.0e+0
.LBE21:
.LBE24:
.LBE37:
.LBE44:
	.loc 1 21 1 view .LVU12
	stp	d8, d9, [sp, 48]
	.cfi_offset 72, -48
	.cfi_offset 73, -40
.LBB45:
.LBB38:
	.loc 1 24 20 view .LVU13
	fmov	d9, 7.0e+0
	.loc 1 25 19 view .LVU14
	fmov	s8, 5.0e-1
.LBE38:
.LBE45:
	.loc 1 21 1 view .LVU15
	stp	d10, d11, [sp, 64]
	.cfi_offset 74, -32
	.cfi_offset 75, -24
.LBB46:
.LBB39:
.LBB25:
.LBB26:
	.loc 1 14 35 view .LVU16
	fmov	s11, 3.0e+0
.LVL1:
	.p2align 3,,7
.L8:
	.loc 1 14 35 view .LVU17
.LBE26:
.LBE25:
	.loc 1 24 9 is_stmt 1 discriminator 3 view .LVU18
	.loc 1 24 20 is_stmt 0 discriminator 3 view .LVU19
	scvtf	d1, w19
.LBB32:
.LBB22:
	.loc 1 6 26 discriminator 3 view .LVU20
	mov	w0, 40
.LBE22:
.LBE32:
	.loc 1 24 20 discriminator 3 view .LVU21
	fmul	d1, d1, d9
.LVL2:
.LBB33:
.LBI17:
	.loc 1 4 15 is_stmt 1 discriminator 3 view .LVU22
.LBB23:
	.loc 1 6 5 discriminator 3 view .LVU23
	.loc 1 6 26 is_stmt 0 discriminator 3 view .LVU24
	fcmpe	d1, d14
	fcsel	d10, d1, d14, gt
.LVL3:
	.p2align 3,,7
.L4:
.LBB20:
	.loc 1 8 9 is_stmt 1 view .LVU25
	.loc 1 8 26 is_stmt 0 view .LVU26
	fdiv	d0, d1, d10
	.loc 1 7 23 view .LVU27
	subs	w0, w0, #1
	.loc 1 8 22 view .LVU28
	fadd	d10, d0, d10
.LVL4:
	.loc 1 8 11 view .LVU29
	fmul	d10, d10, d12
.LVL5:
	.loc 1 7 30 is_stmt 1 view .LVU30
	.loc 1 7 23 view .LVU31
	bne	.L4
.LBE20:
	.loc 1 9 5 view .LVU32
.LVL6:
	.loc 1 9 5 is_stmt 0 view .LVU33
.LBE23:
.LBE33:
	.loc 1 25 9 is_stmt 1 view .LVU34
	.loc 1 25 41 is_stmt 0 view .LVU35
	mul	w2, w19, w19
.LBB34:
.LBB29:
	.loc 1 14 35 view .LVU36
	fmov	s1, 1.0e+0
.LBE29:
.LBE34:
	.loc 1 25 45 view .LVU37
	mul	w2, w2, w19
	.loc 1 25 31 view .LVU38
	scvtf	s0, w2
	.loc 1 25 19 view .LVU39
	fadd	s0, s0, s8
.LVL7:
.LBB35:
.LBI25:
	.loc 1 12 14 is_stmt 1 view .LVU40
.LBB30:
	.loc 1 14 5 view .LVU41
	.loc 1 14 35 is_stmt 0 view .LVU42
	fcmpe	s0, s1
	bgt	.L12
.L5:
	mov	w0, 60
	.p2align 3,,7
.L7:
.LVL8:
.LBB27:
	.loc 1 16 9 is_stmt 1 view .LVU43
	.loc 1 16 20 is_stmt 0 view .LVU44
	fmul	s2, s1, s1
	.loc 1 16 41 view .LVU45
	fmul	s3, s1, s11
	.loc 1 15 23 view .LVU46
	subs	w0, w0, #1
	.loc 1 16 28 view .LVU47
	fnmsub	s2, s2, s1, s0
	.loc 1 16 45 view .LVU48
	fmul	s3, s3, s1
	.loc 1 16 33 view .LVU49
	fdiv	s2, s2, s3
	.loc 1 16 11 view .LVU50
	fsub	s1, s1, s2
.LVL9:
	.loc 1 15 30 is_stmt 1 view .LVU51
	.loc 1 15 23 view .LVU52
	bne	.L7
.LBE27:
	.loc 1 17 5 view .LVU53
.LVL10:
	.loc 1 17 5 is_stmt 0 view .LVU54
.LBE30:
.LBE35:
	.loc 1 26 9 is_stmt 1 view .LVU55
	fcvt	d1, s1
.LVL11:
	.loc 1 26 9 is_stmt 0 view .LVU56
	fmov	d0, d10
	mov	w1, w20
	add	x0, x21, :lo12:.LC0
.LBE39:
	.loc 1 23 31 view .LVU57
	add	w19, w19, 1
	.loc 1 23 23 view .LVU58
	add	w20, w20, 7
.LBB40:
	.loc 1 26 9 view .LVU59
	bl	printf
.LVL12:
	.loc 1 27 9 is_stmt 1 view .LVU60
	.loc 1 27 15 is_stmt 0 view .LVU61
	fadd	d13, d13, d10
.LVL13:
	.loc 1 27 15 view .LVU62
.LBE40:
	.loc 1 23 31 is_stmt 1 view .LVU63
	.loc 1 23 23 view .LVU64
	cmp	w19, 11
	bne	.L8
.LBE46:
	.loc 1 29 5 view .LVU65
	.loc 1 29 32 is_stmt 0 view .LVU66
	mov	x0, 70368744177664
	.loc 1 30 5 view .LVU67
	fmov	d0, d13
	.loc 1 29 32 view .LVU68
	movk	x0, 0x408f, lsl 48
	fmov	d1, x0
	.loc 1 30 5 view .LVU69
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	.loc 1 29 32 view .LVU70
	fmul	d13, d13, d1
.LVL14:
	.loc 1 29 10 view .LVU71
	fcvtzs	x19, d13
.LVL15:
	.loc 1 30 5 is_stmt 1 view .LVU72
	mov	x1, x19
	bl	printf
.LVL16:
	.loc 1 31 5 view .LVU73
	.loc 1 31 25 is_stmt 0 view .LVU74
	mov	x0, 55051
	.loc 1 32 1 view .LVU75
	ldr	d14, [sp, 40]
	.loc 1 31 25 view .LVU76
	movk	x0, 0x70a3, lsl 16
	movk	x0, 0xa3d, lsl 32
	movk	x0, 0xa3d7, lsl 48
	.loc 1 32 1 view .LVU77
	ldr	x21, [sp, 32]
	.loc 1 31 25 view .LVU78
	smulh	x0, x19, x0
	.loc 1 32 1 view .LVU79
	ldp	d8, d9, [sp, 48]
	.loc 1 31 25 view .LVU80
	add	x0, x0, x19
	.loc 1 32 1 view .LVU81
	ldp	d10, d11, [sp, 64]
.LVL17:
	.loc 1 31 25 view .LVU82
	asr	x0, x0, 6
	sub	x0, x0, x19, asr 63
	.loc 1 32 1 view .LVU83
	ldp	d12, d13, [sp, 80]
	.loc 1 31 25 view .LVU84
	add	x1, x0, x0, lsl 1
	add	x0, x0, x1, lsl 3
	.loc 1 32 1 view .LVU85
	sub	w0, w19, w0, lsl 2
	ldp	x19, x20, [sp, 16]
.LVL18:
	.loc 1 32 1 view .LVU86
	ldp	x29, x30, [sp], 96
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 78
	.cfi_restore 76
	.cfi_restore 77
	.cfi_restore 74
	.cfi_restore 75
	.cfi_restore 72
	.cfi_restore 73
	.cfi_def_cfa_offset 0
	ret
.LVL19:
.L12:
	.cfi_restore_state
.LBB47:
.LBB41:
.LBB36:
.LBB31:
	.loc 1 14 35 view .LVU87
	fdiv	s1, s0, s11
.LVL20:
.LBB28:
	.loc 1 15 23 is_stmt 1 view .LVU88
	b	.L5
.LBE28:
.LBE31:
.LBE36:
.LBE41:
.LBE47:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x258
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL15
	.8byte	0
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
	.4byte	0x69
	.uleb128 0x11
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x38
	.4byte	0x8d
	.uleb128 0x12
	.4byte	0x8d
	.uleb128 0x13
	.byte	0
	.uleb128 0x14
	.byte	0x8
	.4byte	0x70
	.uleb128 0x15
	.4byte	.LASF16
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x38
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1fa
	.uleb128 0x6
	.4byte	.LASF11
	.byte	0x16
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x6
	.4byte	.LASF12
	.byte	0x1d
	.byte	0xa
	.4byte	0x62
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x16
	.4byte	.LLRL2
	.4byte	0x1d8
	.uleb128 0x4
	.string	"k"
	.byte	0x17
	.byte	0xe
	.4byte	0x38
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x5
	.4byte	.LLRL4
	.uleb128 0x4
	.string	"s"
	.byte	0x18
	.byte	0x10
	.4byte	0x2a
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x4
	.string	"c"
	.byte	0x19
	.byte	0xf
	.4byte	0x1fa
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.4byte	0x230
	.8byte	.LBI17
	.byte	.LVU22
	.4byte	.LLRL7
	.byte	0x18
	.byte	0x14
	.4byte	0x164
	.uleb128 0x8
	.4byte	0x23d
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x5
	.4byte	.LLRL7
	.uleb128 0x9
	.4byte	0x246
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xa
	.4byte	0x24f
	.4byte	.LLRL10
	.uleb128 0x17
	.4byte	0x250
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x201
	.8byte	.LBI25
	.byte	.LVU40
	.4byte	.LLRL11
	.byte	0x19
	.byte	0x13
	.4byte	0x1ad
	.uleb128 0x8
	.4byte	0x212
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x5
	.4byte	.LLRL11
	.uleb128 0x9
	.4byte	0x21b
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0xa
	.4byte	0x224
	.4byte	.LLRL14
	.uleb128 0x18
	.4byte	0x225
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL12
	.4byte	0x75
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 -7
	.uleb128 0x2
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x4a
	.uleb128 0x2a
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.8byte	.LVL16
	.4byte	0x75
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
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
	.uleb128 0x19
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0x1fa
	.byte	0x1
	.4byte	0x230
	.uleb128 0xc
	.string	"a"
	.byte	0xc
	.byte	0x20
	.4byte	0x1fa
	.uleb128 0x3
	.string	"x"
	.byte	0xe
	.byte	0xb
	.4byte	0x1fa
	.uleb128 0xd
	.uleb128 0x3
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x38
	.byte	0
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x2a
	.byte	0x1
	.uleb128 0xc
	.string	"a"
	.byte	0x4
	.byte	0x22
	.4byte	0x2a
	.uleb128 0x3
	.string	"x"
	.byte	0x6
	.byte	0xc
	.4byte	0x2a
	.uleb128 0xd
	.uleb128 0x3
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x38
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU25
	.uleb128 .LVU62
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU73
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	0
	.4byte	0
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4d
	.byte	0x4
	.uleb128 .LVL13-.LVL0
	.uleb128 .LVL14-.LVL0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4d
	.byte	0x4
	.uleb128 .LVL14-.LVL0
	.uleb128 .LVL16-1-.LVL0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0
.LVUS1:
	.uleb128 .LVU72
	.uleb128 .LVU86
.LLST1:
	.byte	0x8
	.8byte	.LVL15
	.uleb128 .LVL18-.LVL15
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU25
	.uleb128 .LVU64
	.uleb128 .LVU72
.LLST3:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL13-.LVL0
	.uleb128 .LVL15-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS5:
	.uleb128 .LVU33
	.uleb128 .LVU82
	.uleb128 .LVU87
	.uleb128 0
.LLST5:
	.byte	0x6
	.8byte	.LVL6
	.byte	0x4
	.uleb128 .LVL6-.LVL6
	.uleb128 .LVL17-.LVL6
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4a
	.byte	0x4
	.uleb128 .LVL19-.LVL6
	.uleb128 .LFE13-.LVL6
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4a
	.byte	0
.LVUS6:
	.uleb128 .LVU54
	.uleb128 .LVU56
.LLST6:
	.byte	0x8
	.8byte	.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS8:
	.uleb128 .LVU22
	.uleb128 .LVU25
.LLST8:
	.byte	0x8
	.8byte	.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
.LVUS9:
	.uleb128 .LVU25
	.uleb128 .LVU29
	.uleb128 .LVU30
	.uleb128 .LVU33
.LLST9:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4a
	.byte	0x4
	.uleb128 .LVL5-.LVL3
	.uleb128 .LVL6-.LVL3
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x4a
	.byte	0
.LVUS12:
	.uleb128 .LVU40
	.uleb128 .LVU54
	.uleb128 .LVU87
	.uleb128 0
.LLST12:
	.byte	0x6
	.8byte	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL10-.LVL7
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0x4
	.uleb128 .LVL19-.LVL7
	.uleb128 .LFE13-.LVL7
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x40
	.byte	0
.LVUS13:
	.uleb128 .LVU43
	.uleb128 .LVU54
	.uleb128 .LVU88
	.uleb128 0
.LLST13:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL10-.LVL8
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0x4
	.uleb128 .LVL20-.LVL8
	.uleb128 .LFE13-.LVL8
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
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
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
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
	.byte	0x5
	.8byte	.LBB15
	.byte	0x4
	.uleb128 .LBB15-.LBB15
	.uleb128 .LBE15-.LBB15
	.byte	0x4
	.uleb128 .LBB42-.LBB15
	.uleb128 .LBE42-.LBB15
	.byte	0x4
	.uleb128 .LBB43-.LBB15
	.uleb128 .LBE43-.LBB15
	.byte	0x4
	.uleb128 .LBB44-.LBB15
	.uleb128 .LBE44-.LBB15
	.byte	0x4
	.uleb128 .LBB45-.LBB15
	.uleb128 .LBE45-.LBB15
	.byte	0x4
	.uleb128 .LBB46-.LBB15
	.uleb128 .LBE46-.LBB15
	.byte	0x4
	.uleb128 .LBB47-.LBB15
	.uleb128 .LBE47-.LBB15
	.byte	0
.LLRL4:
	.byte	0x5
	.8byte	.LBB16
	.byte	0x4
	.uleb128 .LBB16-.LBB16
	.uleb128 .LBE16-.LBB16
	.byte	0x4
	.uleb128 .LBB37-.LBB16
	.uleb128 .LBE37-.LBB16
	.byte	0x4
	.uleb128 .LBB38-.LBB16
	.uleb128 .LBE38-.LBB16
	.byte	0x4
	.uleb128 .LBB39-.LBB16
	.uleb128 .LBE39-.LBB16
	.byte	0x4
	.uleb128 .LBB40-.LBB16
	.uleb128 .LBE40-.LBB16
	.byte	0x4
	.uleb128 .LBB41-.LBB16
	.uleb128 .LBE41-.LBB16
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB17
	.byte	0x4
	.uleb128 .LBB17-.LBB17
	.uleb128 .LBE17-.LBB17
	.byte	0x4
	.uleb128 .LBB24-.LBB17
	.uleb128 .LBE24-.LBB17
	.byte	0x4
	.uleb128 .LBB32-.LBB17
	.uleb128 .LBE32-.LBB17
	.byte	0x4
	.uleb128 .LBB33-.LBB17
	.uleb128 .LBE33-.LBB17
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB19
	.byte	0x4
	.uleb128 .LBB19-.LBB19
	.uleb128 .LBE19-.LBB19
	.byte	0x4
	.uleb128 .LBB20-.LBB19
	.uleb128 .LBE20-.LBB19
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB25
	.byte	0x4
	.uleb128 .LBB25-.LBB25
	.uleb128 .LBE25-.LBB25
	.byte	0x4
	.uleb128 .LBB34-.LBB25
	.uleb128 .LBE34-.LBB25
	.byte	0x4
	.uleb128 .LBB35-.LBB25
	.uleb128 .LBE35-.LBB25
	.byte	0x4
	.uleb128 .LBB36-.LBB25
	.uleb128 .LBE36-.LBB25
	.byte	0
.LLRL14:
	.byte	0x5
	.8byte	.LBB27
	.byte	0x4
	.uleb128 .LBB27-.LBB27
	.uleb128 .LBE27-.LBB27
	.byte	0x4
	.uleb128 .LBB28-.LBB27
	.uleb128 .LBE28-.LBB27
	.byte	0
.LLRL15:
	.byte	0x7
	.8byte	.LFB13
	.uleb128 .LFE13-.LFB13
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
.LASF13:
	.string	"float"
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
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
