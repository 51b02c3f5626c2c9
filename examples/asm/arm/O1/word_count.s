	.arch armv8-a
	.file	"word_count.c"
	.text
.Ltext0:
	.file 0 "." "programs/word_count.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%ld lines %ld words %ld chars, longest word %d\n"
	.align	3
.LC1:
	.string	"%c:%u "
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB13:
	.file 1 "programs/word_count.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -224]!
	.cfi_def_cfa_offset 224
	.cfi_offset 29, -224
	.cfi_offset 30, -216
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 19, -208
	.cfi_offset 20, -200
	.cfi_offset 21, -192
	.cfi_offset 22, -184
	.cfi_offset 23, -176
	.cfi_offset 24, -168
	.cfi_offset 25, -160
	.cfi_offset 26, -152
	.cfi_offset 27, -144
	.cfi_offset 28, -136
	.loc 1 7 5 view .LVU1
.LVL0:
	.loc 1 8 5 view .LVU2
	.loc 1 9 5 view .LVU3
	.loc 1 9 14 is_stmt 0 view .LVU4
	add	x0, sp, 120
	movi	v0.4s, 0
	stp	q0, q0, [x0]
	stp	q0, q0, [x0, 32]
	stp	q0, q0, [x0, 64]
	str	xzr, [x0, 96]
	.loc 1 10 5 is_stmt 1 view .LVU5
	.loc 1 11 5 view .LVU6
	.loc 1 8 35 is_stmt 0 view .LVU7
	mov	w22, 0
	.loc 1 8 22 view .LVU8
	mov	w28, 0
	.loc 1 8 9 view .LVU9
	mov	w20, 0
	.loc 1 7 32 view .LVU10
	mov	x23, 0
	.loc 1 7 21 view .LVU11
	mov	x24, 0
	.loc 1 7 10 view .LVU12
	str	xzr, [sp, 104]
.LBB9:
.LBB10:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/stdio.h"
	.loc 2 49 10 view .LVU13
	adrp	x25, :got:stdin
	ldr	x25, [x25, :got_lo12:stdin]
.LBE10:
.LBE9:
	.loc 1 16 35 view .LVU14
	mov	x26, x0
	.loc 1 11 11 view .LVU15
	b	.L2
.LVL1:
.L18:
	.loc 1 14 13 is_stmt 1 view .LVU16
	.loc 1 14 18 is_stmt 0 view .LVU17
	ldr	x0, [sp, 104]
.LVL2:
	.loc 1 14 18 view .LVU18
	add	x0, x0, 1
	str	x0, [sp, 104]
.LVL3:
	.loc 1 15 9 is_stmt 1 view .LVU19
	.loc 1 15 13 is_stmt 0 view .LVU20
	bl	__ctype_b_loc
.LVL4:
	.loc 1 15 13 view .LVU21
	sxtw	x27, w19
	ldr	x0, [x0]
	ldrh	w21, [x0, w19, sxtw 1]
	.loc 1 15 12 view .LVU22
	tbz	x21, 10, .L5
.L4:
.LVL5:
.LBB12:
.LBB13:
.LBB14:
	.file 3 "/usr/aarch64-linux-gnu/include/ctype.h"
	.loc 3 209 39 view .LVU23
	bl	__ctype_tolower_loc
.LVL6:
	.loc 3 209 68 view .LVU24
	ldr	x0, [x0]
.LVL7:
	.loc 3 209 68 view .LVU25
	ldr	w19, [x0, x27, lsl 2]
	b	.L6
.LVL8:
.L7:
	.loc 3 209 68 view .LVU26
.LBE14:
.LBE13:
.LBE12:
	.loc 1 23 13 is_stmt 1 view .LVU27
	.loc 1 24 22 is_stmt 0 view .LVU28
	eor	w20, w20, 1
.LVL9:
	.loc 1 24 22 view .LVU29
	add	x24, x24, w20, uxtw
.LVL10:
	.loc 1 25 13 is_stmt 1 view .LVU30
	.loc 1 26 13 view .LVU31
	.loc 1 26 20 is_stmt 0 view .LVU32
	add	w22, w22, 1
.LVL11:
	.loc 1 25 21 view .LVU33
	mov	w20, 1
.LVL12:
.L2:
	.loc 1 11 28 is_stmt 1 view .LVU34
.LBB17:
.LBI9:
	.loc 2 47 1 view .LVU35
.LBB11:
	.loc 2 49 3 view .LVU36
	.loc 2 49 10 is_stmt 0 view .LVU37
	ldr	x0, [x25]
	bl	getc
.LVL13:
	mov	w19, w0
.LVL14:
	.loc 2 49 10 view .LVU38
.LBE11:
.LBE17:
	.loc 1 11 28 view .LVU39
	cmn	w0, #1
	beq	.L17
	.loc 1 12 9 is_stmt 1 view .LVU40
	.loc 1 12 14 is_stmt 0 view .LVU41
	add	x23, x23, 1
.LVL15:
	.loc 1 13 9 is_stmt 1 view .LVU42
	.loc 1 13 12 is_stmt 0 view .LVU43
	cmp	w19, 10
	beq	.L18
	.loc 1 15 9 is_stmt 1 view .LVU44
	.loc 1 15 13 is_stmt 0 view .LVU45
	bl	__ctype_b_loc
.LVL16:
	.loc 1 15 13 view .LVU46
	sxtw	x27, w19
	ldr	x0, [x0]
	ldrh	w21, [x0, w19, sxtw 1]
	.loc 1 15 12 view .LVU47
	tbz	x21, 10, .L5
	.loc 1 16 13 is_stmt 1 discriminator 1 view .LVU48
.LBB18:
	.loc 1 16 18 discriminator 1 view .LVU49
	.loc 1 16 18 discriminator 1 view .LVU50
	.loc 1 16 18 discriminator 1 view .LVU51
	.loc 1 16 18 discriminator 1 view .LVU52
.LVL17:
.LBB16:
.LBI13:
	.loc 3 207 1 discriminator 1 view .LVU53
.LBB15:
	.loc 3 209 3 discriminator 1 view .LVU54
	.loc 3 209 22 is_stmt 0 discriminator 1 view .LVU55
	add	w0, w19, 128
	.loc 3 209 68 discriminator 1 view .LVU56
	cmp	w0, 383
	bls	.L4
.LVL18:
.L6:
	.loc 3 209 68 discriminator 1 view .LVU57
.LBE15:
.LBE16:
	.loc 1 16 18 is_stmt 1 discriminator 9 view .LVU58
.LBE18:
	.loc 1 16 29 is_stmt 0 discriminator 9 view .LVU59
	sub	w19, w19, #97
	.loc 1 16 35 discriminator 9 view .LVU60
	sxtw	x19, w19
	ldr	w0, [x26, x19, lsl 2]
	add	w0, w0, 1
	str	w0, [x26, x19, lsl 2]
.LVL19:
.L5:
	.loc 1 17 9 is_stmt 1 view .LVU61
	.loc 1 17 12 is_stmt 0 view .LVU62
	tbz	x21, 13, .L7
	.loc 1 18 13 is_stmt 1 view .LVU63
	.loc 1 18 25 is_stmt 0 view .LVU64
	cmp	w20, 0
	.loc 1 18 16 view .LVU65
	ccmp	w28, w22, 0, ne
	blt	.L14
	.loc 1 21 21 view .LVU66
	mov	w22, 0
.LVL20:
	.loc 1 20 21 view .LVU67
	mov	w20, 0
.LVL21:
	.loc 1 20 21 view .LVU68
	b	.L2
.LVL22:
.L14:
	.loc 1 20 21 view .LVU69
	mov	w28, w22
.LVL23:
	.loc 1 21 21 view .LVU70
	mov	w22, 0
.LVL24:
	.loc 1 20 21 view .LVU71
	mov	w20, 0
.LVL25:
	.loc 1 20 21 view .LVU72
	b	.L2
.LVL26:
.L17:
	.loc 1 29 5 is_stmt 1 view .LVU73
	.loc 1 29 17 is_stmt 0 view .LVU74
	cmp	w20, 0
	.loc 1 29 8 view .LVU75
	ccmp	w28, w22, 0, ne
.LVL27:
	.loc 1 31 5 is_stmt 1 view .LVU76
	csel	w4, w22, w28, lt
.LVL28:
	.loc 1 31 5 is_stmt 0 view .LVU77
	mov	x3, x23
	mov	x2, x24
	ldr	x1, [sp, 104]
	adrp	x0, .LC0
.LVL29:
	.loc 1 31 5 view .LVU78
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL30:
	.loc 1 32 5 is_stmt 1 view .LVU79
.LBB19:
	.loc 1 32 10 view .LVU80
	.loc 1 32 23 view .LVU81
	add	x20, sp, 120
.LVL31:
	.loc 1 32 23 is_stmt 0 view .LVU82
.LBE19:
	.loc 1 31 5 view .LVU83
	mov	w19, 97
.LVL32:
.LBB20:
	.loc 1 34 13 view .LVU84
	adrp	x21, .LC1
	add	x21, x21, :lo12:.LC1
	b	.L13
.LVL33:
.L12:
	.loc 1 32 30 is_stmt 1 discriminator 2 view .LVU85
	.loc 1 32 23 discriminator 2 view .LVU86
	add	x20, x20, 4
	add	w19, w19, 1
.LVL34:
	.loc 1 32 23 is_stmt 0 discriminator 2 view .LVU87
	cmp	w19, 123
	beq	.L19
.LVL35:
.L13:
	.loc 1 33 9 is_stmt 1 view .LVU88
	.loc 1 33 17 is_stmt 0 view .LVU89
	ldr	w2, [x20]
	.loc 1 33 12 view .LVU90
	cbz	w2, .L12
	.loc 1 34 13 is_stmt 1 view .LVU91
	mov	w1, w19
	mov	x0, x21
	bl	printf
.LVL36:
	b	.L12
.L19:
	.loc 1 34 13 is_stmt 0 view .LVU92
.LBE20:
	.loc 1 35 5 is_stmt 1 view .LVU93
	mov	w0, 10
	bl	putchar
.LVL37:
	.loc 1 36 5 view .LVU94
	.loc 1 36 24 is_stmt 0 view .LVU95
	negs	x0, x24
	and	x24, x24, 255
.LVL38:
	.loc 1 36 24 view .LVU96
	and	x0, x0, 255
.LVL39:
	.loc 1 36 24 view .LVU97
	csneg	x0, x24, x0, mi
	.loc 1 37 1 view .LVU98
	ldp	x19, x20, [sp, 16]
.LVL40:
	.loc 1 37 1 view .LVU99
	ldp	x21, x22, [sp, 32]
.LVL41:
	.loc 1 37 1 view .LVU100
	ldp	x23, x24, [sp, 48]
.LVL42:
	.loc 1 37 1 view .LVU101
	ldp	x25, x26, [sp, 64]
	ldp	x27, x28, [sp, 80]
	ldp	x29, x30, [sp], 224
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
.LVL43:
	.loc 1 37 1 view .LVU102
	ret
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 6 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 7 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 8 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 9 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x550
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x14
	.4byte	.LASF73
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x7
	.4byte	.LASF8
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x15
	.byte	0x8
	.uleb128 0x16
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
	.uleb128 0xa
	.4byte	0x51
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
	.uleb128 0x7
	.4byte	.LASF9
	.byte	0x5
	.byte	0x29
	.byte	0x14
	.4byte	0x43
	.uleb128 0xa
	.4byte	0x72
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x7
	.4byte	.LASF11
	.byte	0x5
	.byte	0x98
	.byte	0x19
	.4byte	0x83
	.uleb128 0x7
	.4byte	.LASF12
	.byte	0x5
	.byte	0x99
	.byte	0x1b
	.4byte	0x83
	.uleb128 0x2
	.4byte	0xa7
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.uleb128 0xa
	.4byte	0xa7
	.uleb128 0x17
	.4byte	.LASF74
	.byte	0xd8
	.byte	0x6
	.byte	0x31
	.byte	0x8
	.4byte	0x21d
	.uleb128 0x1
	.4byte	.LASF14
	.byte	0x33
	.byte	0x7
	.4byte	0x43
	.byte	0
	.uleb128 0x1
	.4byte	.LASF15
	.byte	0x36
	.byte	0x9
	.4byte	0xa2
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x37
	.byte	0x9
	.4byte	0xa2
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x38
	.byte	0x9
	.4byte	0xa2
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x39
	.byte	0x9
	.4byte	0xa2
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x3a
	.byte	0x9
	.4byte	0xa2
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x3b
	.byte	0x9
	.4byte	0xa2
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x3c
	.byte	0x9
	.4byte	0xa2
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF22
	.byte	0x3d
	.byte	0x9
	.4byte	0xa2
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF23
	.byte	0x40
	.byte	0x9
	.4byte	0xa2
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF24
	.byte	0x41
	.byte	0x9
	.4byte	0xa2
	.byte	0x50
	.uleb128 0x1
	.4byte	.LASF25
	.byte	0x42
	.byte	0x9
	.4byte	0xa2
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x44
	.byte	0x16
	.4byte	0x236
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF27
	.byte	0x46
	.byte	0x14
	.4byte	0x23b
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF28
	.byte	0x48
	.byte	0x7
	.4byte	0x43
	.byte	0x70
	.uleb128 0x1
	.4byte	.LASF29
	.byte	0x49
	.byte	0x7
	.4byte	0x43
	.byte	0x74
	.uleb128 0x1
	.4byte	.LASF30
	.byte	0x4a
	.byte	0xb
	.4byte	0x8a
	.byte	0x78
	.uleb128 0x1
	.4byte	.LASF31
	.byte	0x4d
	.byte	0x12
	.4byte	0x51
	.byte	0x80
	.uleb128 0x1
	.4byte	.LASF32
	.byte	0x4e
	.byte	0xf
	.4byte	0x64
	.byte	0x82
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x4f
	.byte	0x8
	.4byte	0x240
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF34
	.byte	0x51
	.byte	0xf
	.4byte	0x250
	.byte	0x88
	.uleb128 0x1
	.4byte	.LASF35
	.byte	0x59
	.byte	0xd
	.4byte	0x96
	.byte	0x90
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x5b
	.byte	0x17
	.4byte	0x25a
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x5c
	.byte	0x19
	.4byte	0x264
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF38
	.byte	0x5d
	.byte	0x14
	.4byte	0x23b
	.byte	0xa8
	.uleb128 0x1
	.4byte	.LASF39
	.byte	0x5e
	.byte	0x9
	.4byte	0x41
	.byte	0xb0
	.uleb128 0x1
	.4byte	.LASF40
	.byte	0x5f
	.byte	0xa
	.4byte	0x2e
	.byte	0xb8
	.uleb128 0x1
	.4byte	.LASF41
	.byte	0x60
	.byte	0x7
	.4byte	0x43
	.byte	0xc0
	.uleb128 0x1
	.4byte	.LASF42
	.byte	0x62
	.byte	0x8
	.4byte	0x269
	.byte	0xc4
	.byte	0
	.uleb128 0x7
	.4byte	.LASF43
	.byte	0x7
	.byte	0x7
	.byte	0x19
	.4byte	0xb3
	.uleb128 0x18
	.4byte	.LASF75
	.byte	0x6
	.byte	0x2b
	.byte	0xe
	.uleb128 0xb
	.4byte	.LASF44
	.uleb128 0x2
	.4byte	0x231
	.uleb128 0x2
	.4byte	0xb3
	.uleb128 0xc
	.4byte	0xa7
	.4byte	0x250
	.uleb128 0xd
	.4byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x2
	.4byte	0x229
	.uleb128 0xb
	.4byte	.LASF45
	.uleb128 0x2
	.4byte	0x255
	.uleb128 0xb
	.4byte	.LASF46
	.uleb128 0x2
	.4byte	0x25f
	.uleb128 0xc
	.4byte	0xa7
	.4byte	0x279
	.uleb128 0xd
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x19
	.4byte	.LASF63
	.byte	0x8
	.byte	0x8f
	.byte	0xe
	.4byte	0x285
	.uleb128 0x2
	.4byte	0x21d
	.uleb128 0x1a
	.byte	0x7
	.byte	0x4
	.4byte	0x5d
	.byte	0x3
	.byte	0x2f
	.byte	0x1
	.4byte	0x2e9
	.uleb128 0x4
	.4byte	.LASF47
	.2byte	0x100
	.uleb128 0x4
	.4byte	.LASF48
	.2byte	0x200
	.uleb128 0x4
	.4byte	.LASF49
	.2byte	0x400
	.uleb128 0x4
	.4byte	.LASF50
	.2byte	0x800
	.uleb128 0x4
	.4byte	.LASF51
	.2byte	0x1000
	.uleb128 0x4
	.4byte	.LASF52
	.2byte	0x2000
	.uleb128 0x4
	.4byte	.LASF53
	.2byte	0x4000
	.uleb128 0x4
	.4byte	.LASF54
	.2byte	0x8000
	.uleb128 0x8
	.4byte	.LASF55
	.byte	0x1
	.uleb128 0x8
	.4byte	.LASF56
	.byte	0x2
	.uleb128 0x8
	.4byte	.LASF57
	.byte	0x4
	.uleb128 0x8
	.4byte	.LASF58
	.byte	0x8
	.byte	0
	.uleb128 0x2
	.4byte	0x58
	.uleb128 0x2
	.4byte	0xae
	.uleb128 0xe
	.4byte	.LASF59
	.2byte	0x202
	.4byte	0x43
	.4byte	0x308
	.uleb128 0xf
	.4byte	0x285
	.byte	0
	.uleb128 0xe
	.4byte	.LASF60
	.2byte	0x164
	.4byte	0x43
	.4byte	0x31e
	.uleb128 0xf
	.4byte	0x2ee
	.uleb128 0x1b
	.byte	0
	.uleb128 0x10
	.4byte	.LASF61
	.byte	0x51
	.byte	0x1a
	.4byte	0x329
	.uleb128 0x2
	.4byte	0x32e
	.uleb128 0x2
	.4byte	0x7e
	.uleb128 0x10
	.4byte	.LASF62
	.byte	0x4f
	.byte	0x23
	.4byte	0x33e
	.uleb128 0x2
	.4byte	0x2e9
	.uleb128 0x1c
	.4byte	.LASF76
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x50d
	.uleb128 0x6
	.4byte	.LASF64
	.byte	0x7
	.byte	0xa
	.4byte	0x83
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x6
	.4byte	.LASF65
	.byte	0x7
	.byte	0x15
	.4byte	0x83
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x6
	.4byte	.LASF66
	.byte	0x7
	.byte	0x20
	.4byte	0x83
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x6
	.4byte	.LASF67
	.byte	0x8
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x6
	.4byte	.LASF68
	.byte	0x8
	.byte	0x16
	.4byte	0x43
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.4byte	.LASF69
	.byte	0x8
	.byte	0x23
	.4byte	0x43
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x1d
	.4byte	.LASF77
	.byte	0x1
	.byte	0x9
	.byte	0xe
	.4byte	0x50d
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.uleb128 0x11
	.string	"c"
	.byte	0xa
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x12
	.4byte	.LLRL8
	.4byte	0x450
	.uleb128 0x1e
	.4byte	.LASF70
	.byte	0x1
	.byte	0x10
	.byte	0x12
	.4byte	0x43
	.uleb128 0x1f
	.4byte	0x41f
	.uleb128 0x20
	.string	"__c"
	.byte	0x1
	.byte	0x10
	.byte	0x12
	.4byte	0x43
	.byte	0
	.uleb128 0x21
	.4byte	0x51d
	.8byte	.LBI13
	.byte	.LVU53
	.4byte	.LLRL8
	.byte	0x1
	.byte	0x10
	.byte	0x12
	.uleb128 0x22
	.4byte	0x52e
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x9
	.8byte	.LVL6
	.4byte	0x31e
	.byte	0
	.byte	0
	.uleb128 0x12
	.4byte	.LLRL10
	.4byte	0x485
	.uleb128 0x11
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x13
	.8byte	.LVL36
	.4byte	0x308
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x23
	.4byte	0x53b
	.8byte	.LBI9
	.byte	.LVU35
	.4byte	.LLRL7
	.byte	0x1
	.byte	0xb
	.byte	0x11
	.4byte	0x4ac
	.uleb128 0x9
	.8byte	.LVL13
	.4byte	0x2f3
	.byte	0
	.uleb128 0x9
	.8byte	.LVL4
	.4byte	0x333
	.uleb128 0x9
	.8byte	.LVL16
	.4byte	0x333
	.uleb128 0x24
	.8byte	.LVL30
	.4byte	0x308
	.4byte	0x4f9
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x91
	.sleb128 -120
	.byte	0x6
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.uleb128 0x13
	.8byte	.LVL37
	.4byte	0x548
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	0x5d
	.4byte	0x51d
	.uleb128 0xd
	.4byte	0x3a
	.byte	0x19
	.byte	0
	.uleb128 0x25
	.4byte	.LASF71
	.byte	0x3
	.byte	0xcf
	.byte	0x1
	.4byte	0x43
	.byte	0x3
	.4byte	0x53b
	.uleb128 0x26
	.string	"__c"
	.byte	0x3
	.byte	0xcf
	.byte	0x1
	.4byte	0x43
	.byte	0
	.uleb128 0x27
	.4byte	.LASF72
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x43
	.byte	0x3
	.uleb128 0x28
	.4byte	.LASF78
	.4byte	.LASF79
	.byte	0x9
	.byte	0
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
	.sleb128 6
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
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
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0x5
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
	.uleb128 0x8
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 8
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
	.uleb128 0xf
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 3
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0x4
	.byte	0x1
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
	.uleb128 0x1b
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x1f
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
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
	.uleb128 0x25
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x27
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
	.uleb128 0x28
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
	.uleb128 .LVU2
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU102
	.uleb128 .LVU102
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
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x3
	.byte	0x8f
	.sleb128 -120
	.byte	0
.LVUS1:
	.uleb128 .LVU2
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU97
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU2
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU101
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS3:
	.uleb128 .LVU3
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU68
	.uleb128 .LVU69
	.uleb128 .LVU72
	.uleb128 .LVU73
	.uleb128 .LVU82
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x5
	.byte	0x84
	.sleb128 0
	.byte	0x31
	.byte	0x27
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS4:
	.uleb128 .LVU3
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU70
	.uleb128 .LVU73
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU79
.LLST4:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS5:
	.uleb128 .LVU3
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU67
	.uleb128 .LVU69
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU100
.LLST5:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x6c
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS6:
	.uleb128 .LVU16
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU26
	.uleb128 .LVU38
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU57
	.uleb128 .LVU73
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU84
.LLST6:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x7
	.byte	0x8b
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x70
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS9:
	.uleb128 .LVU23
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU26
	.uleb128 .LVU53
	.uleb128 .LVU57
.LLST9:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x7
	.byte	0x8b
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x70
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS11:
	.uleb128 .LVU81
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU99
.LLST11:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x4
	.byte	0x83
	.sleb128 -97
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x4
	.byte	0x83
	.sleb128 -96
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x4
	.byte	0x83
	.sleb128 -97
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
.LLRL7:
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF22:
	.string	"_IO_buf_end"
.LASF65:
	.string	"words"
.LASF30:
	.string	"_old_offset"
.LASF56:
	.string	"_IScntrl"
.LASF59:
	.string	"getc"
.LASF25:
	.string	"_IO_save_end"
.LASF73:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF8:
	.string	"size_t"
.LASF54:
	.string	"_ISgraph"
.LASF57:
	.string	"_ISpunct"
.LASF35:
	.string	"_offset"
.LASF78:
	.string	"putchar"
.LASF19:
	.string	"_IO_write_ptr"
.LASF14:
	.string	"_flags"
.LASF21:
	.string	"_IO_buf_base"
.LASF26:
	.string	"_markers"
.LASF16:
	.string	"_IO_read_end"
.LASF50:
	.string	"_ISdigit"
.LASF70:
	.string	"__res"
.LASF39:
	.string	"_freeres_buf"
.LASF55:
	.string	"_ISblank"
.LASF58:
	.string	"_ISalnum"
.LASF52:
	.string	"_ISspace"
.LASF77:
	.string	"freq"
.LASF72:
	.string	"getchar"
.LASF34:
	.string	"_lock"
.LASF10:
	.string	"long int"
.LASF66:
	.string	"chars"
.LASF60:
	.string	"printf"
.LASF31:
	.string	"_cur_column"
.LASF74:
	.string	"_IO_FILE"
.LASF3:
	.string	"unsigned char"
.LASF61:
	.string	"__ctype_tolower_loc"
.LASF6:
	.string	"signed char"
.LASF36:
	.string	"_codecvt"
.LASF5:
	.string	"unsigned int"
.LASF44:
	.string	"_IO_marker"
.LASF33:
	.string	"_shortbuf"
.LASF18:
	.string	"_IO_write_base"
.LASF42:
	.string	"_unused2"
.LASF15:
	.string	"_IO_read_ptr"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"char"
.LASF48:
	.string	"_ISlower"
.LASF76:
	.string	"main"
.LASF37:
	.string	"_wide_data"
.LASF38:
	.string	"_freeres_list"
.LASF51:
	.string	"_ISxdigit"
.LASF40:
	.string	"__pad5"
.LASF79:
	.string	"__builtin_putchar"
.LASF45:
	.string	"_IO_codecvt"
.LASF68:
	.string	"longest"
.LASF2:
	.string	"long unsigned int"
.LASF20:
	.string	"_IO_write_end"
.LASF12:
	.string	"__off64_t"
.LASF11:
	.string	"__off_t"
.LASF27:
	.string	"_chain"
.LASF46:
	.string	"_IO_wide_data"
.LASF64:
	.string	"lines"
.LASF9:
	.string	"__int32_t"
.LASF24:
	.string	"_IO_backup_base"
.LASF63:
	.string	"stdin"
.LASF29:
	.string	"_flags2"
.LASF53:
	.string	"_ISprint"
.LASF41:
	.string	"_mode"
.LASF17:
	.string	"_IO_read_base"
.LASF67:
	.string	"in_word"
.LASF47:
	.string	"_ISupper"
.LASF32:
	.string	"_vtable_offset"
.LASF69:
	.string	"current"
.LASF23:
	.string	"_IO_save_base"
.LASF28:
	.string	"_fileno"
.LASF43:
	.string	"FILE"
.LASF62:
	.string	"__ctype_b_loc"
.LASF49:
	.string	"_ISalpha"
.LASF71:
	.string	"tolower"
.LASF75:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/word_count.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
