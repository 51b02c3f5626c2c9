	.arch armv8-a
	.file	"function_pointers.c"
	.text
.Ltext0:
	.file 0 "." "programs/function_pointers.c"
	.align	2
	.type	add, %function
add:
.LVL0:
.LFB11:
	.file 1 "programs/function_pointers.c"
	.loc 1 6 33 view -0
	.cfi_startproc
	.loc 1 6 35 view .LVU1
	.loc 1 6 49 is_stmt 0 view .LVU2
	add	x0, x0, x1
.LVL1:
	.loc 1 6 49 view .LVU3
	ret
	.cfi_endproc
.LFE11:
	.size	add, .-add
	.align	2
	.type	sub, %function
sub:
.LVL2:
.LFB12:
	.loc 1 7 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 7 35 view .LVU5
	.loc 1 7 49 is_stmt 0 view .LVU6
	sub	x0, x0, x1
.LVL3:
	.loc 1 7 49 view .LVU7
	ret
	.cfi_endproc
.LFE12:
	.size	sub, .-sub
	.align	2
	.type	mul, %function
mul:
.LVL4:
.LFB13:
	.loc 1 8 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 8 35 view .LVU9
	.loc 1 8 49 is_stmt 0 view .LVU10
	mul	x0, x0, x1
.LVL5:
	.loc 1 8 49 view .LVU11
	ret
	.cfi_endproc
.LFE13:
	.size	mul, .-mul
	.align	2
	.type	maxi, %function
maxi:
.LVL6:
.LFB14:
	.loc 1 9 34 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 9 36 view .LVU13
	.loc 1 9 53 is_stmt 0 view .LVU14
	cmp	x1, x0
	.loc 1 9 58 view .LVU15
	csel	x0, x1, x0, ge
.LVL7:
	.loc 1 9 58 view .LVU16
	ret
	.cfi_endproc
.LFE14:
	.size	maxi, .-maxi
	.align	2
	.type	xor_, %function
xor_:
.LVL8:
.LFB15:
	.loc 1 10 34 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 10 36 view .LVU18
	.loc 1 10 50 is_stmt 0 view .LVU19
	eor	x0, x0, x1
.LVL9:
	.loc 1 10 50 view .LVU20
	ret
	.cfi_endproc
.LFE15:
	.size	xor_, .-xor_
	.align	2
	.type	fold, %function
fold:
.LVL10:
.LFB16:
	.loc 1 17 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 17 1 is_stmt 0 view .LVU22
	mov	x4, x0
	mov	x0, x3
.LVL11:
	.loc 1 18 5 is_stmt 1 view .LVU23
.LBB2:
	.loc 1 18 10 view .LVU24
	.loc 1 18 23 view .LVU25
	cmp	w1, 0
	ble	.L12
.LBE2:
	.loc 1 17 1 is_stmt 0 view .LVU26
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	str	x21, [sp, 32]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	.cfi_offset 21, -16
	mov	x21, x2
	mov	x19, x4
	add	x20, x4, w1, sxtw 3
.LVL12:
.L8:
.LBB3:
	.loc 1 19 9 is_stmt 1 discriminator 3 view .LVU27
	.loc 1 19 16 is_stmt 0 discriminator 3 view .LVU28
	ldr	x1, [x19], 8
.LVL13:
	.loc 1 19 16 discriminator 3 view .LVU29
	blr	x21
.LVL14:
	.loc 1 18 29 is_stmt 1 discriminator 3 view .LVU30
	.loc 1 18 23 discriminator 3 view .LVU31
	cmp	x19, x20
	bne	.L8
.LBE3:
	.loc 1 21 1 is_stmt 0 view .LVU32
	ldp	x19, x20, [sp, 16]
.LVL15:
	.loc 1 21 1 view .LVU33
	ldr	x21, [sp, 32]
.LVL16:
	.loc 1 21 1 view .LVU34
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL17:
.L12:
	.loc 1 21 1 view .LVU35
	ret
	.cfi_endproc
.LFE16:
	.size	fold, .-fold
	.align	2
	.type	square_minus_3, %function
square_minus_3:
.LVL18:
.LFB18:
	.loc 1 29 36 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 29 38 view .LVU37
	.loc 1 29 47 is_stmt 0 view .LVU38
	mul	x0, x0, x0
.LVL19:
	.loc 1 29 56 view .LVU39
	sub	x0, x0, #3
	ret
	.cfi_endproc
.LFE18:
	.size	square_minus_3, .-square_minus_3
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%-8s %ld\n"
	.align	3
.LC2:
	.string	"after map: sum %ld max %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB19:
	.loc 1 32 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	str	x25, [sp, 64]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.cfi_offset 21, -112
	.cfi_offset 22, -104
	.cfi_offset 23, -96
	.cfi_offset 24, -88
	.cfi_offset 25, -80
	.loc 1 33 5 view .LVU41
	.loc 1 33 10 is_stmt 0 view .LVU42
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	add	x0, sp, 80
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	.loc 1 34 5 is_stmt 1 view .LVU43
.LVL20:
	.loc 1 35 5 view .LVU44
	.loc 1 36 5 view .LVU45
.LBB9:
	.loc 1 36 10 view .LVU46
	.loc 1 36 28 view .LVU47
	adrp	x19, .LANCHOR1
	add	x19, x19, :lo12:.LANCHOR1
	add	x25, x19, 120
.LBE9:
	.loc 1 35 10 is_stmt 0 view .LVU48
	mov	x21, 0
.LBB11:
.LBB10:
	.loc 1 37 18 view .LVU49
	mov	x24, x0
	mov	w23, 8
	.loc 1 38 9 view .LVU50
	adrp	x22, .LC1
	add	x22, x22, :lo12:.LC1
.LVL21:
.L17:
	.loc 1 37 9 is_stmt 1 discriminator 3 view .LVU51
	.loc 1 37 18 is_stmt 0 discriminator 3 view .LVU52
	ldr	x3, [x19, 16]
	ldr	x2, [x19, 8]
	mov	w1, w23
	mov	x0, x24
	bl	fold
.LVL22:
	mov	x20, x0
.LVL23:
	.loc 1 38 9 is_stmt 1 discriminator 3 view .LVU53
	mov	x2, x0
	ldr	x1, [x19], 24
.LVL24:
	.loc 1 38 9 is_stmt 0 discriminator 3 view .LVU54
	mov	x0, x22
.LVL25:
	.loc 1 38 9 discriminator 3 view .LVU55
	bl	printf
.LVL26:
	.loc 1 39 9 is_stmt 1 discriminator 3 view .LVU56
	.loc 1 39 13 is_stmt 0 discriminator 3 view .LVU57
	add	x21, x21, x20
.LVL27:
	.loc 1 39 13 discriminator 3 view .LVU58
.LBE10:
	.loc 1 36 59 is_stmt 1 discriminator 3 view .LVU59
	.loc 1 36 28 discriminator 3 view .LVU60
	cmp	x19, x25
	bne	.L17
.LVL28:
	.loc 1 36 28 is_stmt 0 discriminator 3 view .LVU61
.LBE11:
.LBB12:
.LBB13:
	.loc 1 25 23 is_stmt 1 view .LVU62
	add	x19, sp, 80
.LVL29:
	.loc 1 25 23 is_stmt 0 view .LVU63
	add	x20, sp, 144
.LVL30:
.L18:
	.loc 1 26 9 is_stmt 1 view .LVU64
	.loc 1 26 16 is_stmt 0 view .LVU65
	ldr	x0, [x19]
	bl	square_minus_3
.LVL31:
	.loc 1 26 14 view .LVU66
	str	x0, [x19], 8
.LVL32:
	.loc 1 25 29 is_stmt 1 view .LVU67
	.loc 1 25 23 view .LVU68
	cmp	x19, x20
	bne	.L18
.LVL33:
	.loc 1 25 23 is_stmt 0 view .LVU69
.LBE13:
.LBE12:
	.loc 1 42 5 is_stmt 1 view .LVU70
	add	x19, sp, 80
	mov	x3, 0
	adrp	x2, add
	add	x2, x2, :lo12:add
	mov	w1, 8
	mov	x0, x19
	bl	fold
.LVL34:
	mov	x20, x0
	mov	x3, -1000
	adrp	x2, maxi
	add	x2, x2, :lo12:maxi
	mov	w1, 8
	mov	x0, x19
	bl	fold
.LVL35:
	mov	x2, x0
	mov	x1, x20
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL36:
	.loc 1 43 5 view .LVU71
	.loc 1 44 1 is_stmt 0 view .LVU72
	and	w0, w21, 127
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.LVL37:
	.loc 1 44 1 view .LVU73
	ldp	x23, x24, [sp, 48]
	ldr	x25, [sp, 64]
	ldp	x29, x30, [sp], 144
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
.LFE19:
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"sum"
	.align	3
.LC4:
	.string	"diff"
	.align	3
.LC5:
	.string	"product"
	.align	3
.LC6:
	.string	"max"
	.align	3
.LC7:
	.string	"xor"
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.xword	3
	.xword	-1
	.xword	4
	.xword	1
	.xword	-5
	.xword	9
	.xword	2
	.xword	6
	.section	.data.rel.ro.local,"aw"
	.align	3
	.set	.LANCHOR1,. + 0
	.type	ops, %object
	.size	ops, 120
ops:
	.xword	.LC3
	.xword	add
	.xword	0
	.xword	.LC4
	.xword	sub
	.xword	0
	.xword	.LC5
	.xword	mul
	.xword	1
	.xword	.LC6
	.xword	maxi
	.xword	-1000000
	.xword	.LC7
	.xword	xor_
	.xword	0
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4f5
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x14
	.4byte	.LASF16
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
	.uleb128 0x15
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
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x6
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x6
	.4byte	0x6b
	.uleb128 0x16
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0x10
	.4byte	0x83
	.uleb128 0x4
	.4byte	0x88
	.uleb128 0xd
	.4byte	0x5f
	.4byte	0x9c
	.uleb128 0x7
	.4byte	0x5f
	.uleb128 0x7
	.4byte	0x5f
	.byte	0
	.uleb128 0x17
	.byte	0x18
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0xc8
	.uleb128 0xe
	.4byte	.LASF10
	.byte	0x23
	.4byte	0xcd
	.byte	0
	.uleb128 0x18
	.string	"fn"
	.byte	0x1
	.byte	0xc
	.byte	0x2f
	.4byte	0x77
	.byte	0x8
	.uleb128 0xe
	.4byte	.LASF11
	.byte	0x38
	.4byte	0x5f
	.byte	0x10
	.byte	0
	.uleb128 0x6
	.4byte	0x9c
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0xf
	.4byte	0xc8
	.4byte	0xe2
	.uleb128 0x10
	.4byte	0x2e
	.byte	0x4
	.byte	0
	.uleb128 0x6
	.4byte	0xd2
	.uleb128 0x11
	.string	"ops"
	.byte	0xc
	.byte	0x40
	.4byte	0xe2
	.uleb128 0x9
	.byte	0x3
	.8byte	ops
	.uleb128 0x19
	.4byte	.LASF18
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x114
	.uleb128 0x7
	.4byte	0xcd
	.uleb128 0x1a
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB19
	.8byte	.LFE19-.LFB19
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2b6
	.uleb128 0x11
	.string	"v"
	.byte	0x21
	.byte	0xa
	.4byte	0x2b6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x1c
	.string	"n"
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x35
	.byte	0x8
	.uleb128 0x8
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1d
	.4byte	.LLRL13
	.4byte	0x1d6
	.uleb128 0x8
	.string	"i"
	.byte	0x24
	.byte	0x13
	.4byte	0x4a
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x1e
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.uleb128 0x8
	.string	"r"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x9
	.8byte	.LVL22
	.4byte	0x343
	.4byte	0x1ba
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.uleb128 0x12
	.8byte	.LVL26
	.4byte	0xfc
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1f
	.4byte	0x2f8
	.8byte	.LBB12
	.8byte	.LBE12-.LBB12
	.byte	0x1
	.byte	0x29
	.byte	0x5
	.4byte	0x232
	.uleb128 0xa
	.4byte	0x315
	.uleb128 0xa
	.4byte	0x30d
	.uleb128 0xa
	.4byte	0x305
	.uleb128 0x20
	.4byte	0x31d
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.uleb128 0x21
	.4byte	0x31e
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x22
	.8byte	.LVL31
	.4byte	0x2c6
	.byte	0
	.byte	0
	.uleb128 0x9
	.8byte	.LVL34
	.4byte	0x343
	.4byte	0x262
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x9
	.byte	0x3
	.8byte	add
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x9
	.8byte	.LVL35
	.4byte	0x343
	.4byte	0x294
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x9
	.byte	0x3
	.8byte	maxi
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x3
	.byte	0xb
	.2byte	0xfc18
	.byte	0
	.uleb128 0x12
	.8byte	.LVL36
	.4byte	0xfc
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
	.uleb128 0xf
	.4byte	0x5f
	.4byte	0x2c6
	.uleb128 0x10
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0xb
	.4byte	.LASF12
	.byte	0x1d
	.4byte	0x5f
	.8byte	.LFB18
	.8byte	.LFE18-.LFB18
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2f8
	.uleb128 0x2
	.string	"x"
	.byte	0x1d
	.byte	0x21
	.4byte	0x5f
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.uleb128 0x23
	.4byte	.LASF20
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.byte	0x1
	.4byte	0x32a
	.uleb128 0xc
	.string	"v"
	.byte	0x1e
	.4byte	0x32a
	.uleb128 0xc
	.string	"n"
	.byte	0x25
	.4byte	0x35
	.uleb128 0xc
	.string	"f"
	.byte	0x2f
	.4byte	0x33e
	.uleb128 0x24
	.uleb128 0x25
	.string	"i"
	.byte	0x1
	.byte	0x19
	.byte	0xe
	.4byte	0x35
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x5f
	.uleb128 0xd
	.4byte	0x5f
	.4byte	0x33e
	.uleb128 0x7
	.4byte	0x5f
	.byte	0
	.uleb128 0x4
	.4byte	0x32f
	.uleb128 0x26
	.4byte	.LASF13
	.byte	0x1
	.byte	0x10
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3c4
	.uleb128 0x2
	.string	"v"
	.byte	0x10
	.byte	0x1e
	.4byte	0x3c4
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x2
	.string	"n"
	.byte	0x10
	.byte	0x25
	.4byte	0x35
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x2
	.string	"f"
	.byte	0x10
	.byte	0x2e
	.4byte	0x77
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x27
	.4byte	.LASF11
	.byte	0x1
	.byte	0x10
	.byte	0x36
	.4byte	0x5f
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x28
	.4byte	.LLRL9
	.uleb128 0x8
	.string	"i"
	.byte	0x12
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x66
	.uleb128 0xb
	.4byte	.LASF14
	.byte	0xa
	.4byte	0x5f
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x406
	.uleb128 0x2
	.string	"a"
	.byte	0xa
	.byte	0x17
	.4byte	0x5f
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x5
	.string	"b"
	.byte	0xa
	.byte	0x1f
	.4byte	0x5f
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0xb
	.4byte	.LASF15
	.byte	0x9
	.4byte	0x5f
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x443
	.uleb128 0x2
	.string	"a"
	.byte	0x9
	.byte	0x17
	.4byte	0x5f
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x5
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x5f
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0x13
	.string	"mul"
	.byte	0x8
	.4byte	0x5f
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x480
	.uleb128 0x2
	.string	"a"
	.byte	0x8
	.byte	0x16
	.4byte	0x5f
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.string	"b"
	.byte	0x8
	.byte	0x1e
	.4byte	0x5f
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0x13
	.string	"sub"
	.byte	0x7
	.4byte	0x5f
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4bd
	.uleb128 0x2
	.string	"a"
	.byte	0x7
	.byte	0x16
	.4byte	0x5f
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.string	"b"
	.byte	0x7
	.byte	0x1e
	.4byte	0x5f
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0x29
	.string	"add"
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"a"
	.byte	0x6
	.byte	0x16
	.4byte	0x5f
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"b"
	.byte	0x6
	.byte	0x1e
	.4byte	0x5f
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.sleb128 13
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
	.sleb128 23
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 12
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 13
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
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0x13
	.byte	0x1
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
	.uleb128 0x18
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x1a
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x1c
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
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x20
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x22
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x23
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x24
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x25
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
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x27
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x28
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x29
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS12:
	.uleb128 .LVU45
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU73
.LLST12:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS14:
	.uleb128 .LVU47
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU63
.LLST14:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x15
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	ops
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x15
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	ops+24
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x17
	.byte	0x83
	.sleb128 0
	.byte	0x3
	.8byte	ops+24
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2e
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU53
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU64
.LLST15:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL26-1-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS16:
	.uleb128 .LVU61
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU69
.LLST16:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0xa
	.byte	0x83
	.sleb128 0
	.byte	0x84
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x40
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0xa
	.byte	0x83
	.sleb128 0
	.byte	0x84
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x38
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0xc
	.byte	0x83
	.sleb128 0
	.byte	0x84
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x38
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 0
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LFE18-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL14-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS10:
	.uleb128 .LVU25
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU33
	.uleb128 .LVU35
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0xb
	.byte	0x83
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0xd
	.byte	0x83
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LFE16-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU3
	.uleb128 .LVU3
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
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
.LLRL9:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF16:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"maxi"
.LASF19:
	.string	"main"
.LASF14:
	.string	"xor_"
.LASF8:
	.string	"long int"
.LASF18:
	.string	"printf"
.LASF10:
	.string	"name"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF20:
	.string	"apply_each"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF11:
	.string	"init"
.LASF12:
	.string	"square_minus_3"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"fold"
.LASF17:
	.string	"binop"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/function_pointers.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
