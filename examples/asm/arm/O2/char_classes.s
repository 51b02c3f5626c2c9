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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB12:
	.file 1 "programs/char_classes.c"
	.loc 1 25 1 view -0
	.cfi_startproc
	.loc 1 26 5 view .LVU1
	.loc 1 27 5 view .LVU2
	.loc 1 25 1 is_stmt 0 view .LVU3
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -96
	.cfi_offset 22, -88
	.loc 1 28 14 view .LVU4
	mov	w22, 0
	adrp	x21, :got:stdin
	ldr	x21, [x21, :got_lo12:stdin]
	.loc 1 25 1 view .LVU5
	stp	x25, x26, [sp, 64]
	.cfi_offset 25, -64
	.cfi_offset 26, -56
.LBB12:
.LBB13:
.LBB14:
	.loc 1 8 5 view .LVU6
	mov	x25, 127019362811904
.LBE14:
.LBE13:
.LBE12:
	.loc 1 25 1 view .LVU7
	stp	x27, x28, [sp, 80]
	.cfi_offset 27, -48
	.cfi_offset 28, -40
.LBB29:
.LBB22:
.LBB15:
	.loc 1 8 5 view .LVU8
	mov	x28, 9728
.LBE15:
.LBE22:
.LBE29:
	.loc 1 31 11 view .LVU9
	mov	w27, 0
	mov	x26, 1
.LBB30:
.LBB23:
.LBB16:
	.loc 1 8 5 view .LVU10
	movk	x25, 0x8c00, lsl 48
	movk	x28, 0x1, lsl 32
.LBE16:
.LBE23:
.LBE30:
	.loc 1 25 1 view .LVU11
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -112
	.cfi_offset 20, -104
	.loc 1 30 9 view .LVU12
	mov	w20, 0
	.loc 1 29 26 view .LVU13
	mov	x19, 0
	.loc 1 25 1 view .LVU14
	stp	x23, x24, [sp, 48]
	.cfi_offset 23, -80
	.cfi_offset 24, -72
	.loc 1 31 11 view .LVU15
	mov	w24, 0
	.loc 1 29 10 view .LVU16
	mov	x23, 0
	.loc 1 27 14 view .LVU17
	stp	xzr, xzr, [sp, 104]
	str	xzr, [sp, 120]
	.loc 1 28 5 is_stmt 1 view .LVU18
.LVL0:
	.loc 1 29 5 view .LVU19
	.loc 1 30 5 view .LVU20
	.loc 1 31 5 view .LVU21
	.p2align 3,,7
.L2:
	.loc 1 31 28 view .LVU22
.LBB31:
.LBI31:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/stdio.h"
	.loc 2 47 1 view .LVU23
.LBB32:
	.loc 2 49 3 view .LVU24
	.loc 2 49 10 is_stmt 0 view .LVU25
	ldr	x0, [x21]
	bl	getc
.LVL1:
	.loc 2 49 10 view .LVU26
.LBE32:
.LBE31:
	.loc 1 31 28 view .LVU27
	cmn	w0, #1
	beq	.L26
.L11:
.LBB35:
	.loc 1 32 9 is_stmt 1 view .LVU28
.LVL2:
.LBB24:
.LBI13:
	.loc 1 6 18 view .LVU29
.LBB17:
	.loc 1 8 5 view .LVU30
	cmp	w0, 63
	bhi	.L3
	.loc 1 8 5 is_stmt 0 view .LVU31
	lsl	x1, x26, x0
	tst	x1, x25
	bne	.L4
	tst	x1, 287948901175001088
	bne	.L5
	tst	x1, x28
	bne	.L27
.LVL3:
.L6:
	.loc 1 8 5 view .LVU32
.LBE17:
.LBE24:
	.loc 1 33 9 is_stmt 1 view .LVU33
	.loc 1 33 18 is_stmt 0 view .LVU34
	ldr	w0, [sp, 124]
	add	w0, w0, 1
	str	w0, [sp, 124]
	.loc 1 34 9 is_stmt 1 view .LVU35
.LVL4:
	.p2align 3,,7
.L7:
	.loc 1 37 16 view .LVU36
	.loc 1 37 19 is_stmt 0 view .LVU37
	cbz	w20, .L2
	.loc 1 38 13 is_stmt 1 view .LVU38
.LBE35:
.LBB36:
.LBB33:
	.loc 2 49 10 is_stmt 0 view .LVU39
	ldr	x0, [x21]
.LBE33:
.LBE36:
.LBB37:
	.loc 1 38 24 view .LVU40
	add	x23, x23, x19
.LVL5:
	.loc 1 39 13 is_stmt 1 view .LVU41
	.loc 1 39 20 is_stmt 0 view .LVU42
	add	w22, w22, 1
.LVL6:
	.loc 1 40 13 is_stmt 1 view .LVU43
	.loc 1 41 13 view .LVU44
	.loc 1 41 23 is_stmt 0 view .LVU45
	mov	w20, 0
	.loc 1 40 21 view .LVU46
	mov	x19, 0
.LVL7:
	.loc 1 40 21 view .LVU47
.LBE37:
	.loc 1 31 28 is_stmt 1 view .LVU48
.LBB38:
	.loc 2 47 1 view .LVU49
.LBB34:
	.loc 2 49 3 view .LVU50
	.loc 2 49 10 is_stmt 0 view .LVU51
	bl	getc
.LVL8:
	.loc 2 49 10 view .LVU52
.LBE34:
.LBE38:
	.loc 1 31 28 view .LVU53
	cmn	w0, #1
	bne	.L11
.L26:
	.loc 1 44 5 is_stmt 1 view .LVU54
	.loc 1 44 8 is_stmt 0 view .LVU55
	cbz	w20, .L12
	.loc 1 45 9 is_stmt 1 view .LVU56
	.loc 1 45 20 is_stmt 0 view .LVU57
	add	x23, x23, x19
.LVL9:
	.loc 1 46 9 is_stmt 1 view .LVU58
	.loc 1 46 16 is_stmt 0 view .LVU59
	add	w22, w22, 1
.LVL10:
.L12:
	.loc 1 48 5 is_stmt 1 view .LVU60
.LBB39:
	.loc 1 48 10 view .LVU61
	.loc 1 48 23 view .LVU62
	adrp	x21, .LANCHOR0
	adrp	x20, .LC0
.LVL11:
	.loc 1 49 9 is_stmt 0 view .LVU63
	add	x21, x21, :lo12:.LANCHOR0
	add	x20, x20, :lo12:.LC0
	add	x25, sp, 104
.LBE39:
	.loc 1 28 14 view .LVU64
	mov	x19, 1
.LVL12:
	.p2align 3,,7
.L13:
.LBB40:
	.loc 1 49 9 is_stmt 1 discriminator 3 view .LVU65
	add	x2, x25, x19, lsl 2
	add	x1, x21, x19, lsl 3
	mov	x0, x20
	.loc 1 48 23 is_stmt 0 discriminator 3 view .LVU66
	add	x19, x19, 1
.LVL13:
	.loc 1 49 9 discriminator 3 view .LVU67
	ldr	x1, [x1, -8]
	ldr	w2, [x2, -4]
	bl	printf
.LVL14:
	.loc 1 48 33 is_stmt 1 discriminator 3 view .LVU68
	.loc 1 48 23 discriminator 3 view .LVU69
	cmp	x19, 7
	bne	.L13
.LBE40:
	.loc 1 50 5 view .LVU70
	mov	x2, x23
	mov	w1, w22
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL15:
	.loc 1 51 5 view .LVU71
	.loc 1 52 1 is_stmt 0 view .LVU72
	ldp	x19, x20, [sp, 16]
	and	w0, w24, 127
	ldp	x21, x22, [sp, 32]
.LVL16:
	.loc 1 52 1 view .LVU73
	ldp	x23, x24, [sp, 48]
.LVL17:
	.loc 1 52 1 view .LVU74
	ldp	x25, x26, [sp, 64]
	ldp	x27, x28, [sp, 80]
	ldp	x29, x30, [sp], 128
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
.LVL18:
	.p2align 2,,3
.L5:
	.cfi_restore_state
.LBB41:
.LBB25:
.LBB18:
	.loc 1 13 9 is_stmt 1 view .LVU75
	.loc 1 13 9 is_stmt 0 view .LVU76
.LBE18:
.LBE25:
	.loc 1 33 9 is_stmt 1 view .LVU77
	.loc 1 35 41 is_stmt 0 view .LVU78
	sub	w0, w0, #48
.LVL19:
	.loc 1 33 18 view .LVU79
	ldr	w1, [sp, 108]
	.loc 1 35 31 view .LVU80
	add	x19, x19, x19, lsl 2
.LVL20:
	.loc 1 36 23 view .LVU81
	mov	w20, 1
.LVL21:
	.loc 1 35 41 view .LVU82
	sxtw	x0, w0
	.loc 1 33 18 view .LVU83
	add	w1, w1, w20
	.loc 1 35 21 view .LVU84
	add	x19, x0, x19, lsl 1
	.loc 1 33 18 view .LVU85
	str	w1, [sp, 108]
	.loc 1 34 9 is_stmt 1 view .LVU86
	.loc 1 35 13 view .LVU87
.LVL22:
	.loc 1 36 13 view .LVU88
	.loc 1 36 13 is_stmt 0 view .LVU89
	b	.L2
.LVL23:
	.p2align 2,,3
.L27:
	.loc 1 33 9 is_stmt 1 view .LVU90
	.loc 1 33 18 is_stmt 0 view .LVU91
	add	w27, w27, 1
	str	w27, [sp, 104]
	.loc 1 34 9 is_stmt 1 view .LVU92
	b	.L7
.LVL24:
	.p2align 2,,3
.L4:
.LBB26:
.LBB19:
	.loc 1 16 9 view .LVU93
	.loc 1 16 9 is_stmt 0 view .LVU94
.LBE19:
.LBE26:
	.loc 1 33 9 is_stmt 1 view .LVU95
	.loc 1 33 18 is_stmt 0 view .LVU96
	add	w24, w24, 1
	str	w24, [sp, 120]
	.loc 1 34 9 is_stmt 1 view .LVU97
	b	.L7
.LVL25:
.L3:
.LBB27:
.LBB20:
	.loc 1 18 9 view .LVU98
	.loc 1 18 22 is_stmt 0 view .LVU99
	sub	w1, w0, #97
	.loc 1 18 12 view .LVU100
	cmp	w1, 25
	bhi	.L28
.LVL26:
	.loc 1 18 12 view .LVU101
.LBE20:
.LBE27:
	.loc 1 33 9 is_stmt 1 view .LVU102
	.loc 1 33 18 is_stmt 0 view .LVU103
	ldr	w0, [sp, 112]
.LVL27:
	.loc 1 33 18 view .LVU104
	add	w0, w0, 1
	str	w0, [sp, 112]
	.loc 1 34 9 is_stmt 1 view .LVU105
	b	.L7
.LVL28:
.L28:
.LBB28:
.LBB21:
	.loc 1 19 9 view .LVU106
	.loc 1 19 22 is_stmt 0 view .LVU107
	sub	w0, w0, #65
.LVL29:
	.loc 1 19 12 view .LVU108
	cmp	w0, 25
	bhi	.L6
	.loc 1 19 35 is_stmt 1 view .LVU109
.LVL30:
	.loc 1 19 35 is_stmt 0 view .LVU110
.LBE21:
.LBE28:
	.loc 1 33 9 is_stmt 1 view .LVU111
	.loc 1 33 18 is_stmt 0 view .LVU112
	ldr	w0, [sp, 116]
	add	w0, w0, 1
	str	w0, [sp, 116]
	.loc 1 34 9 is_stmt 1 view .LVU113
	b	.L7
.LBE41:
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
	.align	4
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
	.4byte	0x4ab
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF62
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL12
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x6
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x13
	.byte	0x8
	.uleb128 0x14
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
	.4byte	0x69
	.uleb128 0x6
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x69
	.uleb128 0x3
	.4byte	0x8d
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x15
	.4byte	0x8d
	.uleb128 0x16
	.4byte	.LASF63
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x203
	.uleb128 0x1
	.4byte	.LASF13
	.byte	0x33
	.byte	0x7
	.4byte	0x3f
	.byte	0
	.uleb128 0x1
	.4byte	.LASF14
	.byte	0x36
	.byte	0x9
	.4byte	0x88
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF15
	.byte	0x37
	.byte	0x9
	.4byte	0x88
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x38
	.byte	0x9
	.4byte	0x88
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x39
	.byte	0x9
	.4byte	0x88
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x3a
	.byte	0x9
	.4byte	0x88
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x3b
	.byte	0x9
	.4byte	0x88
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x3c
	.byte	0x9
	.4byte	0x88
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x3d
	.byte	0x9
	.4byte	0x88
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF22
	.byte	0x40
	.byte	0x9
	.4byte	0x88
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF23
	.byte	0x41
	.byte	0x9
	.4byte	0x88
	.byte	0x50
	.uleb128 0x1
	.4byte	.LASF24
	.byte	0x42
	.byte	0x9
	.4byte	0x88
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF25
	.byte	0x44
	.byte	0x16
	.4byte	0x21c
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x221
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF27
	.byte	0x48
	.byte	0x7
	.4byte	0x3f
	.byte	0x70
	.uleb128 0x1
	.4byte	.LASF28
	.byte	0x49
	.byte	0x7
	.4byte	0x3f
	.byte	0x74
	.uleb128 0x1
	.4byte	.LASF29
	.byte	0x4a
	.byte	0xb
	.4byte	0x70
	.byte	0x78
	.uleb128 0x1
	.4byte	.LASF30
	.byte	0x4d
	.byte	0x12
	.4byte	0x4d
	.byte	0x80
	.uleb128 0x1
	.4byte	.LASF31
	.byte	0x4e
	.byte	0xf
	.4byte	0x5b
	.byte	0x82
	.uleb128 0x1
	.4byte	.LASF32
	.byte	0x4f
	.byte	0x8
	.4byte	0x226
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x236
	.byte	0x88
	.uleb128 0x1
	.4byte	.LASF34
	.byte	0x59
	.byte	0xd
	.4byte	0x7c
	.byte	0x90
	.uleb128 0x1
	.4byte	.LASF35
	.byte	0x5b
	.byte	0x17
	.4byte	0x240
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24a
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x221
	.byte	0xa8
	.uleb128 0x1
	.4byte	.LASF38
	.byte	0x5e
	.byte	0x9
	.4byte	0x3d
	.byte	0xb0
	.uleb128 0x1
	.4byte	.LASF39
	.byte	0x5f
	.byte	0xa
	.4byte	0x2a
	.byte	0xb8
	.uleb128 0x1
	.4byte	.LASF40
	.byte	0x60
	.byte	0x7
	.4byte	0x3f
	.byte	0xc0
	.uleb128 0x1
	.4byte	.LASF41
	.byte	0x62
	.byte	0x8
	.4byte	0x24f
	.byte	0xc4
	.byte	0
	.uleb128 0x6
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x99
	.uleb128 0x17
	.4byte	.LASF64
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.uleb128 0xa
	.4byte	.LASF43
	.uleb128 0x3
	.4byte	0x217
	.uleb128 0x3
	.4byte	0x99
	.uleb128 0x7
	.4byte	0x8d
	.4byte	0x236
	.uleb128 0x8
	.4byte	0x36
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x20f
	.uleb128 0xa
	.4byte	.LASF44
	.uleb128 0x3
	.4byte	0x23b
	.uleb128 0xa
	.4byte	.LASF45
	.uleb128 0x3
	.4byte	0x245
	.uleb128 0x7
	.4byte	0x8d
	.4byte	0x25f
	.uleb128 0x8
	.4byte	0x36
	.byte	0x13
	.byte	0
	.uleb128 0x18
	.4byte	.LASF57
	.byte	0x7
	.byte	0x8f
	.byte	0xe
	.4byte	0x26b
	.uleb128 0x3
	.4byte	0x203
	.uleb128 0x19
	.4byte	.LASF65
	.byte	0x7
	.byte	0x4
	.4byte	0x54
	.byte	0x1
	.byte	0x4
	.byte	0x6
	.4byte	0x2ad
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
	.4byte	0x3f
	.4byte	0x2c2
	.uleb128 0xd
	.4byte	0x26b
	.byte	0
	.uleb128 0xc
	.4byte	.LASF54
	.2byte	0x164
	.4byte	0x3f
	.4byte	0x2d8
	.uleb128 0xd
	.4byte	0x2d8
	.uleb128 0x1a
	.byte	0
	.uleb128 0x3
	.4byte	0x94
	.uleb128 0x1b
	.4byte	.LASF66
	.byte	0x1
	.byte	0x18
	.byte	0x5
	.4byte	0x3f
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x465
	.uleb128 0xe
	.4byte	.LASF55
	.byte	0x1a
	.byte	0x18
	.4byte	0x465
	.uleb128 0x9
	.byte	0x3
	.8byte	names.0
	.uleb128 0xe
	.4byte	.LASF56
	.byte	0x1b
	.byte	0xe
	.4byte	0x475
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x9
	.4byte	.LASF58
	.byte	0x1c
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x9
	.4byte	.LASF59
	.byte	0x1d
	.byte	0xa
	.4byte	0x69
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x9
	.4byte	.LASF60
	.byte	0x1d
	.byte	0x1a
	.4byte	0x69
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x9
	.4byte	.LASF61
	.byte	0x1e
	.byte	0x9
	.4byte	0x3f
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0xb
	.string	"c"
	.byte	0x1e
	.byte	0x18
	.4byte	0x3f
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0xf
	.4byte	.LLRL5
	.4byte	0x3bd
	.uleb128 0xb
	.string	"k"
	.byte	0x20
	.byte	0x13
	.4byte	0x270
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x1c
	.4byte	0x485
	.8byte	.LBI13
	.byte	.LVU29
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x20
	.byte	0x17
	.uleb128 0x1d
	.4byte	0x496
	.4byte	.LLST8
	.4byte	.LVUS8
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LLRL10
	.4byte	0x409
	.uleb128 0xb
	.string	"k"
	.byte	0x30
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x10
	.8byte	.LVL14
	.4byte	0x2c2
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
	.sleb128 -1
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
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x89
	.sleb128 0
	.byte	0x22
	.byte	0x34
	.byte	0x1c
	.byte	0x94
	.byte	0x4
	.byte	0
	.byte	0
	.uleb128 0x1e
	.4byte	0x4a1
	.8byte	.LBI31
	.byte	.LVU23
	.4byte	.LLRL9
	.byte	0x1
	.byte	0x1f
	.byte	0x11
	.4byte	0x43d
	.uleb128 0x11
	.8byte	.LVL1
	.4byte	0x2ad
	.uleb128 0x11
	.8byte	.LVL8
	.4byte	0x2ad
	.byte	0
	.uleb128 0x10
	.8byte	.LVL15
	.4byte	0x2c2
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
	.byte	0x86
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x2d8
	.4byte	0x475
	.uleb128 0x8
	.4byte	0x36
	.byte	0x5
	.byte	0
	.uleb128 0x7
	.4byte	0x54
	.4byte	0x485
	.uleb128 0x8
	.4byte	0x36
	.byte	0x5
	.byte	0
	.uleb128 0x1f
	.4byte	.LASF67
	.byte	0x1
	.byte	0x6
	.byte	0x12
	.4byte	0x270
	.byte	0x1
	.4byte	0x4a1
	.uleb128 0x20
	.string	"c"
	.byte	0x1
	.byte	0x6
	.byte	0x1f
	.4byte	0x3f
	.byte	0
	.uleb128 0x21
	.4byte	.LASF68
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x3f
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
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 .LVU19
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU73
	.uleb128 .LVU75
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL16-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL18-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS1:
	.uleb128 .LVU20
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU74
	.uleb128 .LVU75
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL17-.LVL0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL18-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS2:
	.uleb128 .LVU20
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU65
	.uleb128 .LVU75
	.uleb128 .LVU81
	.uleb128 .LVU88
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL7-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL18-.LVL0
	.uleb128 .LVL20-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL22-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS3:
	.uleb128 .LVU21
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU63
	.uleb128 .LVU75
	.uleb128 .LVU82
	.uleb128 .LVU89
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL7-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL0
	.uleb128 .LVL11-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL18-.LVL0
	.uleb128 .LVL21-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL22-.LVL0
	.uleb128 .LVL23-.LVL0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL0
	.uleb128 .LFE12-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS4:
	.uleb128 .LVU26
	.uleb128 .LVU32
	.uleb128 .LVU52
	.uleb128 .LVU65
	.uleb128 .LVU75
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 .LVU104
	.uleb128 .LVU104
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 0
.LLST4:
	.byte	0x6
	.8byte	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL3-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-.LVL1
	.uleb128 .LVL12-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.LVL1
	.uleb128 .LVL19-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.LVL1
	.uleb128 .LVL23-.LVL1
	.uleb128 0x3
	.byte	0x70
	.sleb128 48
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL1
	.uleb128 .LVL27-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL27-.LVL1
	.uleb128 .LVL28-.LVL1
	.uleb128 0x4
	.byte	0x71
	.sleb128 97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.LVL1
	.uleb128 .LVL29-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL29-.LVL1
	.uleb128 .LFE12-.LVL1
	.uleb128 0x4
	.byte	0x71
	.sleb128 97
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU32
	.uleb128 .LVU36
	.uleb128 .LVU76
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 .LVU93
	.uleb128 .LVU94
	.uleb128 .LVU98
	.uleb128 .LVU101
	.uleb128 .LVU106
	.uleb128 .LVU110
	.uleb128 0
.LLST6:
	.byte	0x6
	.8byte	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL3
	.uleb128 .LVL23-.LVL3
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL3
	.uleb128 .LVL24-.LVL3
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.LVL3
	.uleb128 .LVL25-.LVL3
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.LVL3
	.uleb128 .LVL28-.LVL3
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.LVL3
	.uleb128 .LFE12-.LVL3
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU29
	.uleb128 .LVU32
	.uleb128 .LVU75
	.uleb128 .LVU76
	.uleb128 .LVU93
	.uleb128 .LVU94
	.uleb128 .LVU98
	.uleb128 .LVU101
	.uleb128 .LVU106
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 .LVU110
.LLST8:
	.byte	0x6
	.8byte	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.LVL2
	.uleb128 .LVL18-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.LVL2
	.uleb128 .LVL24-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL25-.LVL2
	.uleb128 .LVL26-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL28-.LVL2
	.uleb128 .LVL29-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL29-.LVL2
	.uleb128 .LVL30-.LVL2
	.uleb128 0x4
	.byte	0x71
	.sleb128 97
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU62
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU67
.LLST11:
	.byte	0x6
	.8byte	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL10
	.uleb128 .LVL13-.LVL10
	.uleb128 0x3
	.byte	0x83
	.sleb128 -1
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
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
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
	.byte	0x5
	.8byte	.LBB12
	.byte	0x4
	.uleb128 .LBB12-.LBB12
	.uleb128 .LBE12-.LBB12
	.byte	0x4
	.uleb128 .LBB29-.LBB12
	.uleb128 .LBE29-.LBB12
	.byte	0x4
	.uleb128 .LBB30-.LBB12
	.uleb128 .LBE30-.LBB12
	.byte	0x4
	.uleb128 .LBB35-.LBB12
	.uleb128 .LBE35-.LBB12
	.byte	0x4
	.uleb128 .LBB37-.LBB12
	.uleb128 .LBE37-.LBB12
	.byte	0x4
	.uleb128 .LBB41-.LBB12
	.uleb128 .LBE41-.LBB12
	.byte	0
.LLRL7:
	.byte	0x5
	.8byte	.LBB13
	.byte	0x4
	.uleb128 .LBB13-.LBB13
	.uleb128 .LBE13-.LBB13
	.byte	0x4
	.uleb128 .LBB22-.LBB13
	.uleb128 .LBE22-.LBB13
	.byte	0x4
	.uleb128 .LBB23-.LBB13
	.uleb128 .LBE23-.LBB13
	.byte	0x4
	.uleb128 .LBB24-.LBB13
	.uleb128 .LBE24-.LBB13
	.byte	0x4
	.uleb128 .LBB25-.LBB13
	.uleb128 .LBE25-.LBB13
	.byte	0x4
	.uleb128 .LBB26-.LBB13
	.uleb128 .LBE26-.LBB13
	.byte	0x4
	.uleb128 .LBB27-.LBB13
	.uleb128 .LBE27-.LBB13
	.byte	0x4
	.uleb128 .LBB28-.LBB13
	.uleb128 .LBE28-.LBB13
	.byte	0
.LLRL9:
	.byte	0x5
	.8byte	.LBB31
	.byte	0x4
	.uleb128 .LBB31-.LBB31
	.uleb128 .LBE31-.LBB31
	.byte	0x4
	.uleb128 .LBB36-.LBB31
	.uleb128 .LBE36-.LBB31
	.byte	0x4
	.uleb128 .LBB38-.LBB31
	.uleb128 .LBE38-.LBB31
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB39
	.byte	0x4
	.uleb128 .LBB39-.LBB39
	.uleb128 .LBE39-.LBB39
	.byte	0x4
	.uleb128 .LBB40-.LBB39
	.uleb128 .LBE40-.LBB39
	.byte	0
.LLRL12:
	.byte	0x7
	.8byte	.LFB12
	.uleb128 .LFE12-.LFB12
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF62:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
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
.LASF21:
	.string	"_IO_buf_end"
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
