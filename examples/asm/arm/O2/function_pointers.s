	.arch armv8-a
	.file	"function_pointers.c"
	.text
.Ltext0:
	.file 0 "." "programs/function_pointers.c"
	.align	2
	.p2align 4,,11
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
	.p2align 4,,11
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
	.p2align 4,,11
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
	.p2align 4,,11
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
	.p2align 4,,11
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
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%-8s %ld\n"
	.align	3
.LC2:
	.string	"after map: sum %ld max %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB19:
	.loc 1 32 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 33 5 view .LVU22
	.loc 1 32 1 is_stmt 0 view .LVU23
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	.loc 1 33 10 view .LVU24
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	.loc 1 32 1 view .LVU25
	mov	x29, sp
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -96
	.cfi_offset 24, -88
	adrp	x23, .LANCHOR1
	add	x23, x23, :lo12:.LANCHOR1
	.loc 1 33 10 view .LVU26
	ldp	q2, q3, [x0]
	adrp	x24, .LC1
	ldp	q0, q1, [x0, 32]
.LBB31:
.LBB32:
	.loc 1 38 9 view .LVU27
	add	x24, x24, :lo12:.LC1
.LBE32:
.LBE31:
	.loc 1 32 1 view .LVU28
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.loc 1 33 10 view .LVU29
	add	x20, sp, 80
	.loc 1 32 1 view .LVU30
	str	x25, [sp, 64]
	.cfi_offset 25, -80
	add	x25, x23, 120
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -112
	.cfi_offset 22, -104
	.loc 1 35 10 view .LVU31
	mov	x22, 0
	.loc 1 33 10 view .LVU32
	stp	q2, q3, [x20]
	stp	q0, q1, [x20, 32]
	.loc 1 34 5 is_stmt 1 view .LVU33
.LVL10:
	.loc 1 35 5 view .LVU34
	.loc 1 36 5 view .LVU35
.LBB36:
	.loc 1 36 10 view .LVU36
	.loc 1 36 28 view .LVU37
	.p2align 3,,7
.L9:
.LBB35:
	.loc 1 37 9 discriminator 3 view .LVU38
	.loc 1 37 46 is_stmt 0 discriminator 3 view .LVU39
	mov	x19, 1
	ldp	x21, x0, [x23, 8]
.LVL11:
.LBB33:
.LBI33:
	.loc 1 16 13 is_stmt 1 discriminator 3 view .LVU40
	.loc 1 18 5 discriminator 3 view .LVU41
.LBB34:
	.loc 1 18 10 discriminator 3 view .LVU42
	.loc 1 18 23 discriminator 3 view .LVU43
	.p2align 3,,7
.L8:
	.loc 1 19 9 view .LVU44
	.loc 1 19 16 is_stmt 0 view .LVU45
	add	x1, x20, x19, lsl 3
	.loc 1 18 23 view .LVU46
	add	x19, x19, 1
.LVL12:
	.loc 1 19 16 view .LVU47
	ldr	x1, [x1, -8]
	blr	x21
.LVL13:
	.loc 1 18 29 is_stmt 1 view .LVU48
	.loc 1 18 23 view .LVU49
	cmp	x19, 9
	bne	.L8
.LBE34:
	.loc 1 20 5 view .LVU50
.LVL14:
	.loc 1 20 5 is_stmt 0 view .LVU51
.LBE33:
	.loc 1 38 9 is_stmt 1 view .LVU52
	ldr	x1, [x23], 24
.LVL15:
	.loc 1 38 9 is_stmt 0 view .LVU53
	mov	x2, x0
	.loc 1 39 13 view .LVU54
	add	x22, x22, x2
.LVL16:
	.loc 1 38 9 view .LVU55
	mov	x0, x24
.LVL17:
	.loc 1 38 9 view .LVU56
	bl	printf
.LVL18:
	.loc 1 39 9 is_stmt 1 view .LVU57
	.loc 1 39 9 is_stmt 0 view .LVU58
.LBE35:
	.loc 1 36 59 is_stmt 1 view .LVU59
	.loc 1 36 28 view .LVU60
	cmp	x23, x25
	bne	.L9
.LVL19:
	.loc 1 36 28 is_stmt 0 view .LVU61
.LBE36:
.LBB37:
.LBB38:
	.loc 1 25 23 is_stmt 1 view .LVU62
	mov	x1, x20
	add	x2, sp, 144
.LVL20:
	.p2align 3,,7
.L10:
	.loc 1 26 9 view .LVU63
	.loc 1 26 16 is_stmt 0 view .LVU64
	ldr	x0, [x1]
.LVL21:
.LBB39:
.LBI39:
	.loc 1 29 13 is_stmt 1 view .LVU65
.LBB40:
	.loc 1 29 38 view .LVU66
	.loc 1 29 47 is_stmt 0 view .LVU67
	mul	x0, x0, x0
	.loc 1 29 51 view .LVU68
	sub	x0, x0, #3
.LBE40:
.LBE39:
	.loc 1 26 14 view .LVU69
	str	x0, [x1], 8
.LVL22:
	.loc 1 25 29 is_stmt 1 view .LVU70
	.loc 1 25 23 view .LVU71
	cmp	x1, x2
	bne	.L10
	mov	x0, 1
	mov	x1, 0
.LVL23:
	.p2align 3,,7
.L11:
	.loc 1 25 23 is_stmt 0 view .LVU72
.LBE38:
.LBE37:
.LBB41:
.LBB42:
	.loc 1 19 9 is_stmt 1 view .LVU73
.LBB43:
.LBI43:
	.loc 1 6 13 view .LVU74
.LBB44:
	.loc 1 6 35 view .LVU75
.LBE44:
.LBE43:
	.loc 1 19 16 is_stmt 0 view .LVU76
	add	x2, x20, x0, lsl 3
	.loc 1 18 23 view .LVU77
	add	x0, x0, 1
.LVL24:
.LBB46:
.LBB45:
	.loc 1 6 44 view .LVU78
	ldr	x2, [x2, -8]
	add	x1, x1, x2
.LVL25:
	.loc 1 6 44 view .LVU79
.LBE45:
.LBE46:
	.loc 1 18 29 is_stmt 1 view .LVU80
	.loc 1 18 23 view .LVU81
	cmp	x0, 9
	bne	.L11
	mov	x0, 1
	mov	x2, -1000
.LVL26:
	.p2align 3,,7
.L12:
	.loc 1 18 23 is_stmt 0 view .LVU82
.LBE42:
.LBE41:
.LBB47:
.LBB48:
	.loc 1 19 9 is_stmt 1 view .LVU83
.LBB49:
.LBI49:
	.loc 1 9 13 view .LVU84
.LBB50:
	.loc 1 9 36 view .LVU85
.LBE50:
.LBE49:
	.loc 1 19 16 is_stmt 0 view .LVU86
	add	x3, x20, x0, lsl 3
	.loc 1 18 23 view .LVU87
	add	x0, x0, 1
.LVL27:
.LBB52:
.LBB51:
	.loc 1 9 53 view .LVU88
	ldr	x3, [x3, -8]
	cmp	x2, x3
	csel	x2, x2, x3, ge
.LVL28:
	.loc 1 9 53 view .LVU89
.LBE51:
.LBE52:
	.loc 1 18 29 is_stmt 1 view .LVU90
	.loc 1 18 23 view .LVU91
	cmp	x0, 9
	bne	.L12
.LBE48:
	.loc 1 20 5 view .LVU92
.LVL29:
	.loc 1 20 5 is_stmt 0 view .LVU93
.LBE47:
	.loc 1 42 5 view .LVU94
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL30:
	.loc 1 43 5 is_stmt 1 view .LVU95
	.loc 1 44 1 is_stmt 0 view .LVU96
	ldp	x19, x20, [sp, 16]
	and	w0, w22, 127
	ldp	x21, x22, [sp, 32]
.LVL31:
	.loc 1 44 1 view .LVU97
	ldp	x23, x24, [sp, 48]
.LVL32:
	.loc 1 44 1 view .LVU98
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
	.4byte	0x5d5
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x1b
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL27
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x1c
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x4
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x6
	.4byte	0x5b
	.uleb128 0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x6
	.4byte	0x67
	.uleb128 0x1d
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0x10
	.4byte	0x7f
	.uleb128 0x5
	.4byte	0x84
	.uleb128 0xf
	.4byte	0x5b
	.4byte	0x98
	.uleb128 0x7
	.4byte	0x5b
	.uleb128 0x7
	.4byte	0x5b
	.byte	0
	.uleb128 0x1e
	.byte	0x18
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0xc4
	.uleb128 0x10
	.4byte	.LASF10
	.byte	0x23
	.4byte	0xc9
	.byte	0
	.uleb128 0x1f
	.string	"fn"
	.byte	0x1
	.byte	0xc
	.byte	0x2f
	.4byte	0x73
	.byte	0x8
	.uleb128 0x10
	.4byte	.LASF11
	.byte	0x38
	.4byte	0x5b
	.byte	0x10
	.byte	0
	.uleb128 0x6
	.4byte	0x98
	.uleb128 0x5
	.4byte	0x6e
	.uleb128 0x11
	.4byte	0xc4
	.4byte	0xde
	.uleb128 0x12
	.4byte	0x2a
	.byte	0x4
	.byte	0
	.uleb128 0x6
	.4byte	0xce
	.uleb128 0x13
	.string	"ops"
	.byte	0xc
	.byte	0x40
	.4byte	0xde
	.uleb128 0x9
	.byte	0x3
	.8byte	ops
	.uleb128 0x20
	.4byte	.LASF18
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0x110
	.uleb128 0x7
	.4byte	0xc9
	.uleb128 0x21
	.byte	0
	.uleb128 0x22
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB19
	.8byte	.LFE19-.LFB19
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3c5
	.uleb128 0x13
	.string	"v"
	.byte	0x21
	.byte	0xa
	.4byte	0x3c5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x23
	.string	"n"
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x31
	.byte	0x8
	.uleb128 0xa
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x24
	.4byte	.LLRL6
	.4byte	0x21f
	.uleb128 0xa
	.string	"i"
	.byte	0x24
	.byte	0x13
	.4byte	0x46
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x25
	.4byte	.LLRL8
	.uleb128 0xa
	.string	"r"
	.byte	0x25
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x26
	.4byte	0x439
	.8byte	.LBI33
	.byte	.LVU40
	.8byte	.LBB33
	.8byte	.LBE33-.LBB33
	.byte	0x1
	.byte	0x25
	.byte	0x12
	.4byte	0x209
	.uleb128 0x1
	.4byte	0x462
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x1
	.4byte	0x459
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x1
	.4byte	0x450
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1
	.4byte	0x447
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x8
	.4byte	0x46e
	.8byte	.LBB34
	.8byte	.LBE34-.LBB34
	.uleb128 0x9
	.4byte	0x46f
	.4byte	.LLST14
	.4byte	.LVUS14
	.byte	0
	.byte	0
	.uleb128 0x14
	.8byte	.LVL18
	.4byte	0xf8
	.uleb128 0x15
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x3ed
	.8byte	.LBB37
	.8byte	.LBE37-.LBB37
	.byte	0x29
	.4byte	0x29b
	.uleb128 0x3
	.4byte	0x403
	.uleb128 0x3
	.4byte	0x40c
	.uleb128 0x3
	.4byte	0x3fa
	.uleb128 0x8
	.4byte	0x415
	.8byte	.LBB38
	.8byte	.LBE38-.LBB38
	.uleb128 0x9
	.4byte	0x416
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x27
	.4byte	0x3d5
	.8byte	.LBI39
	.byte	.LVU65
	.8byte	.LBB39
	.8byte	.LBE39-.LBB39
	.byte	0x1
	.byte	0x1a
	.byte	0x10
	.uleb128 0x1
	.4byte	0x3e3
	.4byte	.LLST16
	.4byte	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x439
	.8byte	.LBB41
	.8byte	.LBE41-.LBB41
	.byte	0x2a
	.4byte	0x322
	.uleb128 0x1
	.4byte	0x462
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x3
	.4byte	0x459
	.uleb128 0x3
	.4byte	0x450
	.uleb128 0x3
	.4byte	0x447
	.uleb128 0x8
	.4byte	0x46e
	.8byte	.LBB42
	.8byte	.LBE42-.LBB42
	.uleb128 0x9
	.4byte	0x46f
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x16
	.4byte	0x558
	.8byte	.LBI43
	.byte	.LVU74
	.4byte	.LLRL19
	.uleb128 0x1
	.4byte	0x572
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x1
	.4byte	0x569
	.4byte	.LLST21
	.4byte	.LVUS21
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.4byte	0x439
	.8byte	.LBB47
	.8byte	.LBE47-.LBB47
	.byte	0x2a
	.4byte	0x3a9
	.uleb128 0x1
	.4byte	0x462
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x3
	.4byte	0x459
	.uleb128 0x3
	.4byte	0x450
	.uleb128 0x3
	.4byte	0x447
	.uleb128 0x8
	.4byte	0x46e
	.8byte	.LBB48
	.8byte	.LBE48-.LBB48
	.uleb128 0x9
	.4byte	0x46f
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x16
	.4byte	0x4bd
	.8byte	.LBI49
	.byte	.LVU84
	.4byte	.LLRL24
	.uleb128 0x1
	.4byte	0x4d4
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0x1
	.4byte	0x4cb
	.4byte	.LLST26
	.4byte	.LVUS26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.8byte	.LVL30
	.4byte	0xf8
	.uleb128 0x15
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0
	.byte	0
	.uleb128 0x11
	.4byte	0x5b
	.4byte	0x3d5
	.uleb128 0x12
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.uleb128 0xc
	.4byte	.LASF12
	.byte	0x1d
	.4byte	0x5b
	.4byte	0x3ed
	.uleb128 0x2
	.string	"x"
	.byte	0x1d
	.byte	0x21
	.4byte	0x5b
	.byte	0
	.uleb128 0x28
	.4byte	.LASF20
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.byte	0x1
	.4byte	0x420
	.uleb128 0x2
	.string	"v"
	.byte	0x17
	.byte	0x1e
	.4byte	0x420
	.uleb128 0x2
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x31
	.uleb128 0x2
	.string	"f"
	.byte	0x17
	.byte	0x2f
	.4byte	0x434
	.uleb128 0x17
	.uleb128 0x18
	.string	"i"
	.byte	0x19
	.4byte	0x31
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x5b
	.uleb128 0xf
	.4byte	0x5b
	.4byte	0x434
	.uleb128 0x7
	.4byte	0x5b
	.byte	0
	.uleb128 0x5
	.4byte	0x425
	.uleb128 0xc
	.4byte	.LASF13
	.byte	0x10
	.4byte	0x5b
	.4byte	0x479
	.uleb128 0x2
	.string	"v"
	.byte	0x10
	.byte	0x1e
	.4byte	0x479
	.uleb128 0x2
	.string	"n"
	.byte	0x10
	.byte	0x25
	.4byte	0x31
	.uleb128 0x2
	.string	"f"
	.byte	0x10
	.byte	0x2e
	.4byte	0x73
	.uleb128 0x29
	.4byte	.LASF11
	.byte	0x1
	.byte	0x10
	.byte	0x36
	.4byte	0x5b
	.uleb128 0x17
	.uleb128 0x18
	.string	"i"
	.byte	0x12
	.4byte	0x31
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x62
	.uleb128 0x2a
	.4byte	.LASF15
	.byte	0x1
	.byte	0xa
	.byte	0xd
	.4byte	0x5b
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x4bd
	.uleb128 0xd
	.string	"a"
	.byte	0xa
	.byte	0x17
	.4byte	0x5b
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xe
	.string	"b"
	.byte	0xa
	.byte	0x1f
	.4byte	0x5b
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0xc
	.4byte	.LASF14
	.byte	0x9
	.4byte	0x5b
	.4byte	0x4de
	.uleb128 0x2
	.string	"a"
	.byte	0x9
	.byte	0x17
	.4byte	0x5b
	.uleb128 0x2
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x5b
	.byte	0
	.uleb128 0x19
	.string	"mul"
	.byte	0x8
	.4byte	0x5b
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x51b
	.uleb128 0xd
	.string	"a"
	.byte	0x8
	.byte	0x16
	.4byte	0x5b
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0xe
	.string	"b"
	.byte	0x8
	.byte	0x1e
	.4byte	0x5b
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0x19
	.string	"sub"
	.byte	0x7
	.4byte	0x5b
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x558
	.uleb128 0xd
	.string	"a"
	.byte	0x7
	.byte	0x16
	.4byte	0x5b
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xe
	.string	"b"
	.byte	0x7
	.byte	0x1e
	.4byte	0x5b
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0x2b
	.string	"add"
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x5b
	.byte	0x1
	.4byte	0x57c
	.uleb128 0x2
	.string	"a"
	.byte	0x6
	.byte	0x16
	.4byte	0x5b
	.uleb128 0x2
	.string	"b"
	.byte	0x6
	.byte	0x1e
	.4byte	0x5b
	.byte	0
	.uleb128 0x2c
	.4byte	0x558
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x5ac
	.uleb128 0x1
	.4byte	0x569
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1a
	.4byte	0x572
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0x2d
	.4byte	0x4bd
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.4byte	0x4cb
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x1a
	.4byte	0x4d4
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0xb
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x21
	.sleb128 19
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 16
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x21
	.sleb128 14
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.uleb128 0x21
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x25
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x26
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
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
	.uleb128 0x27
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
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
	.byte	0
	.byte	0
	.uleb128 0x28
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
	.uleb128 0x29
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
	.byte	0
	.byte	0
	.uleb128 0x2a
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
	.uleb128 0x2b
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
	.uleb128 0x2c
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
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
	.uleb128 0x2d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
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
.LVUS5:
	.uleb128 .LVU35
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU55
	.uleb128 .LVU58
	.uleb128 .LVU97
.LLST5:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL10-.LVL10
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL16-.LVL10
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL18-.LVL10
	.uleb128 .LVL31-.LVL10
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS7:
	.uleb128 .LVU37
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU98
.LLST7:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL10-.LVL10
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL15-.LVL10
	.uleb128 0x15
	.byte	0x87
	.sleb128 0
	.byte	0x3
	.8byte	ops
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL10
	.uleb128 .LVL18-.LVL10
	.uleb128 0x15
	.byte	0x87
	.sleb128 0
	.byte	0x3
	.8byte	ops+24
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL10
	.uleb128 .LVL32-.LVL10
	.uleb128 0x17
	.byte	0x87
	.sleb128 0
	.byte	0x3
	.8byte	ops+24
	.byte	0x1c
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x48
	.byte	0xa8
	.uleb128 0x2a
	.byte	0x1b
	.byte	0xa8
	.uleb128 0
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU51
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU57
.LLST9:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL17-.LVL14
	.uleb128 .LVL18-1-.LVL14
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS10:
	.uleb128 .LVU40
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU51
.LLST10:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL13-1-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL13-.LVL11
	.uleb128 .LVL14-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS11:
	.uleb128 .LVU40
	.uleb128 .LVU51
.LLST11:
	.byte	0x8
	.8byte	.LVL11
	.uleb128 .LVL14-.LVL11
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS12:
	.uleb128 .LVU40
	.uleb128 .LVU51
.LLST12:
	.byte	0x8
	.8byte	.LVL11
	.uleb128 .LVL14-.LVL11
	.uleb128 0x2
	.byte	0x38
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU40
	.uleb128 .LVU51
.LLST13:
	.byte	0x8
	.8byte	.LVL11
	.uleb128 .LVL14-.LVL11
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS14:
	.uleb128 .LVU43
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU47
.LLST14:
	.byte	0x6
	.8byte	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL11-.LVL11
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL12-.LVL11
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU61
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU72
.LLST15:
	.byte	0x6
	.8byte	.LVL19
	.byte	0x4
	.uleb128 .LVL19-.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.LVL19
	.uleb128 .LVL22-.LVL19
	.uleb128 0xa
	.byte	0x71
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x40
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL19
	.uleb128 .LVL22-.LVL19
	.uleb128 0xa
	.byte	0x71
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x38
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL19
	.uleb128 .LVL23-.LVL19
	.uleb128 0xc
	.byte	0x71
	.sleb128 0
	.byte	0x72
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
.LVUS16:
	.uleb128 .LVU65
	.uleb128 .LVU67
.LLST16:
	.byte	0x8
	.8byte	.LVL21
	.uleb128 .LVL21-.LVL21
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS17:
	.uleb128 .LVU72
	.uleb128 .LVU82
.LLST17:
	.byte	0x8
	.8byte	.LVL23
	.uleb128 .LVL26-.LVL23
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS18:
	.uleb128 .LVU72
	.uleb128 .LVU78
.LLST18:
	.byte	0x8
	.8byte	.LVL23
	.uleb128 .LVL24-.LVL23
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU74
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU79
.LLST20:
	.byte	0x6
	.8byte	.LVL23
	.byte	0x4
	.uleb128 .LVL23-.LVL23
	.uleb128 .LVL24-.LVL23
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x48
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL24-.LVL23
	.uleb128 .LVL25-.LVL23
	.uleb128 0xa
	.byte	0x70
	.sleb128 -1
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x48
	.byte	0x1c
	.byte	0
.LVUS21:
	.uleb128 .LVU74
	.uleb128 .LVU79
.LLST21:
	.byte	0x8
	.8byte	.LVL23
	.uleb128 .LVL25-.LVL23
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS22:
	.uleb128 .LVU82
	.uleb128 .LVU93
.LLST22:
	.byte	0x8
	.8byte	.LVL26
	.uleb128 .LVL29-.LVL26
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS23:
	.uleb128 .LVU82
	.uleb128 .LVU88
.LLST23:
	.byte	0x8
	.8byte	.LVL26
	.uleb128 .LVL27-.LVL26
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS25:
	.uleb128 .LVU84
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU89
.LLST25:
	.byte	0x6
	.8byte	.LVL26
	.byte	0x4
	.uleb128 .LVL26-.LVL26
	.uleb128 .LVL27-.LVL26
	.uleb128 0xa
	.byte	0x70
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x48
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL27-.LVL26
	.uleb128 .LVL28-.LVL26
	.uleb128 0xa
	.byte	0x70
	.sleb128 -1
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0x8
	.byte	0x48
	.byte	0x1c
	.byte	0
.LVUS26:
	.uleb128 .LVU84
	.uleb128 .LVU89
.LLST26:
	.byte	0x8
	.8byte	.LVL26
	.uleb128 .LVL28-.LVL26
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL9-.LVL8
	.uleb128 .LFE15-.LVL8
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
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LFE13-.LVL4
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
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-.LVL2
	.uleb128 .LFE12-.LVL2
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
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LFE11-.LVL0
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
	.byte	0x6
	.8byte	.LVL6
	.byte	0x4
	.uleb128 .LVL6-.LVL6
	.uleb128 .LVL7-.LVL6
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.LVL6
	.uleb128 .LFE14-.LVL6
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x3c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.8byte	.LFB19
	.8byte	.LFE19-.LFB19
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
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB36-.LBB31
	.uleb128 .LBE36-.LBB31
	.byte	0
.LLRL8:
	.byte	0x5
	.8byte	.LBB32
	.byte	0x4
	.uleb128 .LBB32-.LBB32
	.uleb128 .LBE32-.LBB32
	.byte	0x4
	.uleb128 .LBB35-.LBB32
	.uleb128 .LBE35-.LBB32
	.byte	0
.LLRL19:
	.byte	0x5
	.8byte	.LBB43
	.byte	0x4
	.uleb128 .LBB43-.LBB43
	.uleb128 .LBE43-.LBB43
	.byte	0x4
	.uleb128 .LBB46-.LBB43
	.uleb128 .LBE46-.LBB43
	.byte	0
.LLRL24:
	.byte	0x5
	.8byte	.LBB49
	.byte	0x4
	.uleb128 .LBB49-.LBB49
	.uleb128 .LBE49-.LBB49
	.byte	0x4
	.uleb128 .LBB52-.LBB49
	.uleb128 .LBE52-.LBB49
	.byte	0
.LLRL27:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB19
	.uleb128 .LFE19-.LFB19
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF16:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF14:
	.string	"maxi"
.LASF19:
	.string	"main"
.LASF15:
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
