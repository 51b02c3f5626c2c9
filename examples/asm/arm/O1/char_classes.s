	.arch armv8-a
	.file	"char_classes.c"
	.text
.Ltext0:
	.file 0 "." "programs/char_classes.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%-6s %u\n"
	.align	3
.LC1:
	.string	"%u numbers, sum %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB12:
	.file 1 "programs/char_classes.c"
	.loc 1 25 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	str	x27, [sp, 80]
	.cfi_offset 19, -112
	.cfi_offset 20, -104
	.cfi_offset 21, -96
	.cfi_offset 22, -88
	.cfi_offset 23, -80
	.cfi_offset 24, -72
	.cfi_offset 25, -64
	.cfi_offset 26, -56
	.cfi_offset 27, -48
	.loc 1 26 5 view .LVU1
	.loc 1 27 5 view .LVU2
	.loc 1 27 14 is_stmt 0 view .LVU3
	stp	xzr, xzr, [sp, 104]
	str	xzr, [sp, 120]
	.loc 1 28 5 is_stmt 1 view .LVU4
.LVL0:
	.loc 1 29 5 view .LVU5
	.loc 1 30 5 view .LVU6
	.loc 1 31 5 view .LVU7
	.loc 1 30 9 is_stmt 0 view .LVU8
	mov	w20, 0
	.loc 1 29 26 view .LVU9
	mov	x19, 0
	.loc 1 29 10 view .LVU10
	mov	x24, 0
	.loc 1 28 14 view .LVU11
	mov	w23, 0
.LBB12:
.LBB13:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/stdio.h"
	.loc 2 49 10 view .LVU12
	adrp	x21, :got:stdin
	ldr	x21, [x21, :got_lo12:stdin]
.LBE13:
.LBE12:
.LBB15:
	.loc 1 33 18 view .LVU13
	add	x22, sp, 104
	.loc 1 41 23 view .LVU14
	mov	w27, 0
.LBB16:
.LBB17:
	.loc 1 8 5 view .LVU15
	mov	x25, 127019362811904
	movk	x25, 0x8c00, lsl 48
	mov	x26, 9728
	movk	x26, 0x1, lsl 32
.LBE17:
.LBE16:
.LBE15:
	.loc 1 31 11 view .LVU16
	b	.L2
.LVL1:
.L3:
.LBB26:
.LBB22:
.LBB18:
	.loc 1 18 9 is_stmt 1 view .LVU17
	.loc 1 18 22 is_stmt 0 view .LVU18
	sub	w2, w0, #97
	.loc 1 18 42 view .LVU19
	mov	w1, 2
	.loc 1 18 12 view .LVU20
	cmp	w2, 25
	bls	.L4
	.loc 1 18 12 view .LVU21
	b	.L7
.L21:
.LVL2:
	.loc 1 18 12 view .LVU22
.LBE18:
.LBE22:
	.loc 1 33 9 is_stmt 1 view .LVU23
	.loc 1 33 18 is_stmt 0 view .LVU24
	ldr	w0, [sp, 104]
.LVL3:
	.loc 1 33 18 view .LVU25
	add	w0, w0, 1
	str	w0, [sp, 104]
	.loc 1 34 9 is_stmt 1 view .LVU26
	b	.L12
.LVL4:
.L20:
	.loc 1 34 9 is_stmt 0 view .LVU27
.LBE26:
	.loc 1 44 5 is_stmt 1 view .LVU28
	.loc 1 44 8 is_stmt 0 view .LVU29
	cbz	w20, .L10
	.loc 1 45 9 is_stmt 1 view .LVU30
	.loc 1 45 20 is_stmt 0 view .LVU31
	add	x24, x24, x19
.LVL5:
	.loc 1 46 9 is_stmt 1 view .LVU32
	.loc 1 46 16 is_stmt 0 view .LVU33
	add	w23, w23, 1
.LVL6:
.L10:
	.loc 1 48 5 is_stmt 1 view .LVU34
.LBB27:
	.loc 1 48 10 view .LVU35
	.loc 1 48 23 view .LVU36
.LBE27:
	.loc 1 28 14 is_stmt 0 view .LVU37
	mov	x19, 1
.LVL7:
.LBB28:
	.loc 1 49 9 view .LVU38
	add	x22, sp, 104
	adrp	x21, .LANCHOR0
	add	x21, x21, :lo12:.LANCHOR0
	adrp	x20, .LC0
.LVL8:
	.loc 1 49 9 view .LVU39
	add	x20, x20, :lo12:.LC0
.LVL9:
.L11:
	.loc 1 49 9 is_stmt 1 discriminator 3 view .LVU40
	add	x1, x22, x19, lsl 2
	add	x0, x21, x19, lsl 3
	ldr	w2, [x1, -4]
	ldr	x1, [x0, -8]
	mov	x0, x20
	bl	printf
.LVL10:
	.loc 1 48 33 discriminator 3 view .LVU41
	.loc 1 48 23 discriminator 3 view .LVU42
	add	x19, x19, 1
.LVL11:
	.loc 1 48 23 is_stmt 0 discriminator 3 view .LVU43
	cmp	x19, 7
	bne	.L11
.LBE28:
	.loc 1 50 5 is_stmt 1 view .LVU44
	mov	x2, x24
	mov	w1, w23
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL12:
	.loc 1 51 5 view .LVU45
	.loc 1 51 12 is_stmt 0 view .LVU46
	ldr	w0, [sp, 120]
	and	w0, w0, 127
	.loc 1 52 1 view .LVU47
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
.LVL13:
	.loc 1 52 1 view .LVU48
	ldp	x25, x26, [sp, 64]
	ldr	x27, [sp, 80]
	ldp	x29, x30, [sp], 128
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
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
.LVL14:
.L5:
	.cfi_restore_state
.LBB29:
.LBB23:
.LBB19:
	.loc 1 13 9 is_stmt 1 view .LVU49
	.loc 1 13 9 is_stmt 0 view .LVU50
.LBE19:
.LBE23:
	.loc 1 33 9 is_stmt 1 view .LVU51
	.loc 1 33 18 is_stmt 0 view .LVU52
	ldr	w1, [sp, 108]
	add	w1, w1, 1
	str	w1, [sp, 108]
	.loc 1 34 9 is_stmt 1 view .LVU53
	.loc 1 35 13 view .LVU54
	.loc 1 35 31 is_stmt 0 view .LVU55
	add	x19, x19, x19, lsl 2
.LVL15:
	.loc 1 35 41 view .LVU56
	sub	w0, w0, #48
.LVL16:
	.loc 1 35 41 view .LVU57
	sxtw	x0, w0
	.loc 1 35 21 view .LVU58
	add	x19, x0, x19, lsl 1
.LVL17:
	.loc 1 36 13 is_stmt 1 view .LVU59
	.loc 1 36 23 is_stmt 0 view .LVU60
	mov	w20, 1
.LVL18:
.L2:
	.loc 1 36 23 view .LVU61
.LBE29:
	.loc 1 31 28 is_stmt 1 view .LVU62
.LBB30:
.LBI12:
	.loc 2 47 1 view .LVU63
.LBB14:
	.loc 2 49 3 view .LVU64
	.loc 2 49 10 is_stmt 0 view .LVU65
	ldr	x0, [x21]
	bl	getc
.LVL19:
	.loc 2 49 10 view .LVU66
.LBE14:
.LBE30:
	.loc 1 31 28 view .LVU67
	cmn	w0, #1
	beq	.L20
.LBB31:
	.loc 1 32 9 is_stmt 1 view .LVU68
.LVL20:
.LBB24:
.LBI16:
	.loc 1 6 18 view .LVU69
.LBB20:
	.loc 1 8 5 view .LVU70
	cmp	w0, 63
	bhi	.L3
	mov	x1, 1
	lsl	x1, x1, x0
	tst	x1, x25
	bne	.L13
	tst	x1, 287948901175001088
	bne	.L5
	tst	x1, x26
	bne	.L21
.L7:
	.loc 1 19 9 view .LVU71
	.loc 1 19 22 is_stmt 0 view .LVU72
	sub	w0, w0, #65
.LVL21:
	.loc 1 20 16 view .LVU73
	cmp	w0, 26
	mov	w0, 3
.LVL22:
	.loc 1 20 16 view .LVU74
	mov	w1, 5
	csel	w1, w0, w1, cc
.L4:
.LVL23:
	.loc 1 20 16 view .LVU75
.LBE20:
.LBE24:
	.loc 1 33 9 is_stmt 1 view .LVU76
	.loc 1 33 18 is_stmt 0 view .LVU77
	uxtw	x0, w1
	ldr	w1, [x22, x0, lsl 2]
.LVL24:
	.loc 1 33 18 view .LVU78
	add	w1, w1, 1
	str	w1, [x22, x0, lsl 2]
	.loc 1 34 9 is_stmt 1 view .LVU79
.LVL25:
.L12:
	.loc 1 37 16 view .LVU80
	.loc 1 37 19 is_stmt 0 view .LVU81
	cbz	w20, .L2
	.loc 1 38 13 is_stmt 1 view .LVU82
	.loc 1 38 24 is_stmt 0 view .LVU83
	add	x24, x24, x19
.LVL26:
	.loc 1 39 13 is_stmt 1 view .LVU84
	.loc 1 39 20 is_stmt 0 view .LVU85
	add	w23, w23, 1
.LVL27:
	.loc 1 40 13 is_stmt 1 view .LVU86
	.loc 1 41 13 view .LVU87
	.loc 1 41 23 is_stmt 0 view .LVU88
	mov	w20, w27
	.loc 1 40 21 view .LVU89
	mov	x19, 0
	b	.L2
.LVL28:
.L13:
.LBB25:
.LBB21:
	.loc 1 8 5 view .LVU90
	mov	w1, 4
	b	.L4
.LBE21:
.LBE25:
.LBE31:
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"space"
	.align	3
.LC3:
	.string	"digit"
	.align	3
.LC4:
	.string	"lower"
	.align	3
.LC5:
	.string	"upper"
	.align	3
.LC6:
	.string	"punct"
	.align	3
.LC7:
	.string	"other"
	.section	.data.rel.ro.local,"aw"
	.align	3
	.set	.LANCHOR0,. + 0
	.type	names.0, %object
	.size	names.0, 48
names.0:
	.xword	.LC2
	.xword	.LC3
	.xword	.LC4
	.xword	.LC5
	.xword	.LC6
	.xword	.LC7
	.text
.Letext0:
	.file 3 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4a2
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x11
	.4byte	.LASF62
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x6
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x12
	.byte	0x8
	.uleb128 0x13
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
	.4byte	.LASF10
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x6d
	.uleb128 0x6
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x6d
	.uleb128 0x3
	.4byte	0x91
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x14
	.4byte	0x91
	.uleb128 0x15
	.4byte	.LASF63
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x207
	.uleb128 0x1
	.4byte	.LASF13
	.byte	0x33
	.byte	0x7
	.4byte	0x43
	.byte	0
	.uleb128 0x1
	.4byte	.LASF14
	.byte	0x36
	.byte	0x9
	.4byte	0x8c
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF15
	.byte	0x37
	.byte	0x9
	.4byte	0x8c
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x38
	.byte	0x9
	.4byte	0x8c
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x39
	.byte	0x9
	.4byte	0x8c
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x3a
	.byte	0x9
	.4byte	0x8c
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x3b
	.byte	0x9
	.4byte	0x8c
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x3c
	.byte	0x9
	.4byte	0x8c
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x3d
	.byte	0x9
	.4byte	0x8c
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF22
	.byte	0x40
	.byte	0x9
	.4byte	0x8c
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF23
	.byte	0x41
	.byte	0x9
	.4byte	0x8c
	.byte	0x50
	.uleb128 0x1
	.4byte	.LASF24
	.byte	0x42
	.byte	0x9
	.4byte	0x8c
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF25
	.byte	0x44
	.byte	0x16
	.4byte	0x220
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x225
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF27
	.byte	0x48
	.byte	0x7
	.4byte	0x43
	.byte	0x70
	.uleb128 0x1
	.4byte	.LASF28
	.byte	0x49
	.byte	0x7
	.4byte	0x43
	.byte	0x74
	.uleb128 0x1
	.4byte	.LASF29
	.byte	0x4a
	.byte	0xb
	.4byte	0x74
	.byte	0x78
	.uleb128 0x1
	.4byte	.LASF30
	.byte	0x4d
	.byte	0x12
	.4byte	0x51
	.byte	0x80
	.uleb128 0x1
	.4byte	.LASF31
	.byte	0x4e
	.byte	0xf
	.4byte	0x5f
	.byte	0x82
	.uleb128 0x1
	.4byte	.LASF32
	.byte	0x4f
	.byte	0x8
	.4byte	0x22a
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x23a
	.byte	0x88
	.uleb128 0x1
	.4byte	.LASF34
	.byte	0x59
	.byte	0xd
	.4byte	0x80
	.byte	0x90
	.uleb128 0x1
	.4byte	.LASF35
	.byte	0x5b
	.byte	0x17
	.4byte	0x244
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24e
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x225
	.byte	0xa8
	.uleb128 0x1
	.4byte	.LASF38
	.byte	0x5e
	.byte	0x9
	.4byte	0x41
	.byte	0xb0
	.uleb128 0x1
	.4byte	.LASF39
	.byte	0x5f
	.byte	0xa
	.4byte	0x2e
	.byte	0xb8
	.uleb128 0x1
	.4byte	.LASF40
	.byte	0x60
	.byte	0x7
	.4byte	0x43
	.byte	0xc0
	.uleb128 0x1
	.4byte	.LASF41
	.byte	0x62
	.byte	0x8
	.4byte	0x253
	.byte	0xc4
	.byte	0
	.uleb128 0x6
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x9d
	.uleb128 0x16
	.4byte	.LASF64
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.uleb128 0xa
	.4byte	.LASF43
	.uleb128 0x3
	.4byte	0x21b
	.uleb128 0x3
	.4byte	0x9d
	.uleb128 0x7
	.4byte	0x91
	.4byte	0x23a
	.uleb128 0x8
	.4byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x213
	.uleb128 0xa
	.4byte	.LASF44
	.uleb128 0x3
	.4byte	0x23f
	.uleb128 0xa
	.4byte	.LASF45
	.uleb128 0x3
	.4byte	0x249
	.uleb128 0x7
	.4byte	0x91
	.4byte	0x263
	.uleb128 0x8
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x17
	.4byte	.LASF57
	.byte	0x7
	.byte	0x8f
	.byte	0xe
	.4byte	0x26f
	.uleb128 0x3
	.4byte	0x207
	.uleb128 0x18
	.4byte	.LASF65
	.byte	0x7
	.byte	0x4
	.4byte	0x58
	.byte	0x1
	.byte	0x4
	.byte	0x6
	.4byte	0x2b1
	.uleb128 0x4
	.4byte	.LASF46
	.byte	0
	.uleb128 0x4
	.4byte	.LASF47
	.byte	0x1
	.uleb128 0x4
	.4byte	.LASF48
	.byte	0x2
	.uleb128 0x4
	.4byte	.LASF49
	.byte	0x3
	.uleb128 0x4
	.4byte	.LASF50
	.byte	0x4
	.uleb128 0x4
	.4byte	.LASF51
	.byte	0x5
	.uleb128 0x4
	.4byte	.LASF52
	.byte	0x6
	.byte	0
	.uleb128 0xc
	.4byte	.LASF53
	.2byte	0x202
	.4byte	0x43
	.4byte	0x2c6
	.uleb128 0xd
	.4byte	0x26f
	.byte	0
	.uleb128 0xc
	.4byte	.LASF54
	.2byte	0x164
	.4byte	0x43
	.4byte	0x2dc
	.uleb128 0xd
	.4byte	0x2dc
	.uleb128 0x19
	.byte	0
	.uleb128 0x3
	.4byte	0x98
	.uleb128 0x1a
	.4byte	.LASF66
	.byte	0x1
	.byte	0x18
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x45c
	.uleb128 0xe
	.4byte	.LASF55
	.byte	0x1a
	.byte	0x18
	.4byte	0x45c
	.uleb128 0x9
	.byte	0x3
	.8byte	names.0
	.uleb128 0xe
	.4byte	.LASF56
	.byte	0x1b
	.byte	0xe
	.4byte	0x46c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x9
	.4byte	.LASF58
	.byte	0x1c
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x9
	.4byte	.LASF59
	.byte	0x1d
	.byte	0xa
	.4byte	0x6d
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x9
	.4byte	.LASF60
	.byte	0x1d
	.byte	0x1a
	.4byte	0x6d
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x9
	.4byte	.LASF61
	.byte	0x1e
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0xb
	.string	"c"
	.byte	0x1e
	.byte	0x18
	.4byte	0x43
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xf
	.4byte	.LLRL6
	.4byte	0x3c1
	.uleb128 0xb
	.string	"k"
	.byte	0x20
	.byte	0x13
	.4byte	0x274
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1b
	.4byte	0x47c
	.8byte	.LBI16
	.byte	.LVU69
	.4byte	.LLRL8
	.byte	0x1
	.byte	0x20
	.byte	0x17
	.uleb128 0x1c
	.4byte	0x48d
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LLRL10
	.4byte	0x40d
	.uleb128 0xb
	.string	"k"
	.byte	0x30
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x10
	.8byte	.LVL10
	.4byte	0x2c6
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xa
	.byte	0x83
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x85
	.sleb128 0
	.byte	0x22
	.byte	0x38
	.byte	0x1c
	.byte	0x6
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0xb
	.byte	0x83
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.byte	0
	.byte	0
	.uleb128 0x1d
	.4byte	0x498
	.8byte	.LBI12
	.byte	.LVU63
	.4byte	.LLRL5
	.byte	0x1
	.byte	0x1f
	.byte	0x11
	.4byte	0x434
	.uleb128 0x1e
	.8byte	.LVL19
	.4byte	0x2b1
	.byte	0
	.uleb128 0x10
	.8byte	.LVL12
	.4byte	0x2c6
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x2dc
	.4byte	0x46c
	.uleb128 0x8
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.uleb128 0x7
	.4byte	0x58
	.4byte	0x47c
	.uleb128 0x8
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.uleb128 0x1f
	.4byte	.LASF67
	.byte	0x1
	.byte	0x6
	.byte	0x12
	.4byte	0x274
	.byte	0x1
	.4byte	0x498
	.uleb128 0x20
	.string	"c"
	.byte	0x1
	.byte	0x6
	.byte	0x1f
	.4byte	0x43
	.byte	0
	.uleb128 0x21
	.4byte	.LASF68
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x43
	.byte	0x3
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 5
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
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 12
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x4
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x19
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0x2e
	.byte	0
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
	.uleb128 .LVU5
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU48
	.uleb128 .LVU49
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
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS1:
	.uleb128 .LVU6
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU48
	.uleb128 .LVU49
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS2:
	.uleb128 .LVU6
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU38
	.uleb128 .LVU49
	.uleb128 .LVU56
	.uleb128 .LVU59
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 .LVU7
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU39
	.uleb128 .LVU49
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS4:
	.uleb128 .LVU17
	.uleb128 .LVU25
	.uleb128 .LVU27
	.uleb128 .LVU40
	.uleb128 .LVU49
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU61
	.uleb128 .LVU66
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU74
	.uleb128 .LVU90
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 48
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 65
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU22
	.uleb128 .LVU27
	.uleb128 .LVU50
	.uleb128 .LVU61
	.uleb128 .LVU75
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU80
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS9:
	.uleb128 .LVU17
	.uleb128 .LVU22
	.uleb128 .LVU49
	.uleb128 .LVU50
	.uleb128 .LVU69
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU74
	.uleb128 .LVU90
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 65
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS11:
	.uleb128 .LVU36
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU43
.LLST11:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x63
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
.LLRL5:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL6:
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF21:
	.string	"_IO_buf_end"
.LASF65:
	.string	"kind"
.LASF29:
	.string	"_old_offset"
.LASF53:
	.string	"getc"
.LASF49:
	.string	"UPPER"
.LASF56:
	.string	"counts"
.LASF24:
	.string	"_IO_save_end"
.LASF62:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF9:
	.string	"size_t"
.LASF34:
	.string	"_offset"
.LASF18:
	.string	"_IO_write_ptr"
.LASF13:
	.string	"_flags"
.LASF20:
	.string	"_IO_buf_base"
.LASF25:
	.string	"_markers"
.LASF15:
	.string	"_IO_read_end"
.LASF38:
	.string	"_freeres_buf"
.LASF50:
	.string	"PUNCT"
.LASF67:
	.string	"classify"
.LASF61:
	.string	"in_number"
.LASF68:
	.string	"getchar"
.LASF33:
	.string	"_lock"
.LASF8:
	.string	"long int"
.LASF54:
	.string	"printf"
.LASF30:
	.string	"_cur_column"
.LASF47:
	.string	"DIGIT"
.LASF63:
	.string	"_IO_FILE"
.LASF48:
	.string	"LOWER"
.LASF3:
	.string	"unsigned char"
.LASF46:
	.string	"SPACE"
.LASF6:
	.string	"signed char"
.LASF35:
	.string	"_codecvt"
.LASF5:
	.string	"unsigned int"
.LASF43:
	.string	"_IO_marker"
.LASF32:
	.string	"_shortbuf"
.LASF55:
	.string	"names"
.LASF58:
	.string	"numbers"
.LASF17:
	.string	"_IO_write_base"
.LASF41:
	.string	"_unused2"
.LASF14:
	.string	"_IO_read_ptr"
.LASF59:
	.string	"number_sum"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"char"
.LASF66:
	.string	"main"
.LASF36:
	.string	"_wide_data"
.LASF37:
	.string	"_freeres_list"
.LASF39:
	.string	"__pad5"
.LASF52:
	.string	"KINDS"
.LASF44:
	.string	"_IO_codecvt"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"_IO_write_end"
.LASF11:
	.string	"__off64_t"
.LASF10:
	.string	"__off_t"
.LASF26:
	.string	"_chain"
.LASF45:
	.string	"_IO_wide_data"
.LASF23:
	.string	"_IO_backup_base"
.LASF57:
	.string	"stdin"
.LASF28:
	.string	"_flags2"
.LASF40:
	.string	"_mode"
.LASF16:
	.string	"_IO_read_base"
.LASF31:
	.string	"_vtable_offset"
.LASF60:
	.string	"current"
.LASF22:
	.string	"_IO_save_base"
.LASF27:
	.string	"_fileno"
.LASF42:
	.string	"FILE"
.LASF51:
	.string	"OTHER"
.LASF64:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/char_classes.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
