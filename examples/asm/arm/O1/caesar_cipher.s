	.arch armv8-a
	.file	"caesar_cipher.c"
	.text
.Ltext0:
	.file 0 "." "programs/caesar_cipher.c"
	.align	2
	.type	shift_char, %function
shift_char:
.LVL0:
.LFB22:
	.file 1 "programs/caesar_cipher.c"
	.loc 1 7 1 view -0
	.cfi_startproc
	.loc 1 7 1 is_stmt 0 view .LVU1
	and	w0, w0, 255
	.loc 1 8 5 is_stmt 1 view .LVU2
	.loc 1 8 18 is_stmt 0 view .LVU3
	sub	w2, w0, #97
	.loc 1 8 8 view .LVU4
	and	w2, w2, 255
	cmp	w2, 25
	bls	.L4
	.loc 1 10 5 is_stmt 1 view .LVU5
	.loc 1 10 18 is_stmt 0 view .LVU6
	sub	w2, w0, #65
	.loc 1 10 8 view .LVU7
	and	w2, w2, 255
	cmp	w2, 25
	bls	.L5
.LVL1:
.L3:
	.loc 1 13 1 view .LVU8
	ret
.LVL2:
.L4:
	.loc 1 9 9 is_stmt 1 view .LVU9
	.loc 1 9 38 is_stmt 0 view .LVU10
	add	w0, w0, w1
	.loc 1 9 42 view .LVU11
	sub	w0, w0, #71
	.loc 1 9 48 view .LVU12
	mov	w1, 60495
.LVL3:
	.loc 1 9 48 view .LVU13
	movk	w1, 0x4ec4, lsl 16
	smull	x1, w0, w1
	asr	x1, x1, 35
	sub	w1, w1, w0, asr 31
	mov	w2, 26
	msub	w0, w1, w2, w0
	.loc 1 9 16 view .LVU14
	add	w0, w0, 97
	and	w0, w0, 255
	b	.L3
.LVL4:
.L5:
	.loc 1 11 9 is_stmt 1 view .LVU15
	.loc 1 11 38 is_stmt 0 view .LVU16
	add	w0, w0, w1
	.loc 1 11 42 view .LVU17
	sub	w0, w0, #39
	.loc 1 11 48 view .LVU18
	mov	w1, 60495
.LVL5:
	.loc 1 11 48 view .LVU19
	movk	w1, 0x4ec4, lsl 16
	smull	x1, w0, w1
	asr	x1, x1, 35
	sub	w1, w1, w0, asr 31
	mov	w2, 26
	msub	w0, w1, w2, w0
	.loc 1 11 16 view .LVU20
	add	w0, w0, 65
	and	w0, w0, 255
	b	.L3
	.cfi_endproc
.LFE22:
	.size	shift_char, .-shift_char
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"lemon"
	.align	3
.LC1:
	.string	"caesar:   %s"
	.align	3
.LC2:
	.string	"vigenere: %s"
	.align	3
.LC3:
	.string	"hash %08x\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LVL6:
.LFB23:
	.loc 1 16 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 16 1 is_stmt 0 view .LVU22
	sub	sp, sp, #928
	.cfi_def_cfa_offset 928
	stp	x29, x30, [sp]
	.cfi_offset 29, -928
	.cfi_offset 30, -920
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 19, -912
	.cfi_offset 20, -904
	.cfi_offset 21, -896
	.cfi_offset 22, -888
	.cfi_offset 23, -880
	.cfi_offset 24, -872
	.cfi_offset 25, -864
	.cfi_offset 26, -856
	.cfi_offset 27, -848
	.cfi_offset 28, -840
	.loc 1 17 5 is_stmt 1 view .LVU23
	.loc 1 17 47 is_stmt 0 view .LVU24
	cmp	w0, 1
	bgt	.L21
	mov	w0, 3
.LVL7:
	.loc 1 17 47 view .LVU25
	str	w0, [sp, 108]
	.loc 1 18 42 view .LVU26
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	str	x0, [sp, 120]
.LVL8:
.L7:
	.loc 1 19 5 is_stmt 1 discriminator 4 view .LVU27
	.loc 1 19 19 is_stmt 0 discriminator 4 view .LVU28
	ldr	x0, [sp, 120]
	bl	strlen
.LVL9:
	mov	x27, x0
.LVL10:
	.loc 1 20 5 is_stmt 1 discriminator 4 view .LVU29
	.loc 1 21 5 discriminator 4 view .LVU30
	.loc 1 22 5 discriminator 4 view .LVU31
	.loc 1 21 14 is_stmt 0 discriminator 4 view .LVU32
	mov	w25, 40389
	movk	w25, 0x811c, lsl 16
.LVL11:
	.loc 1 22 12 discriminator 4 view .LVU33
	adrp	x0, :got:stdin
	ldr	x0, [x0, :got_lo12:stdin]
.LVL12:
	.loc 1 22 12 discriminator 4 view .LVU34
	str	x0, [sp, 144]
	add	x0, sp, 672
	str	x0, [sp, 128]
.LBB8:
.LBB9:
.LBB10:
	.loc 1 32 18 discriminator 4 view .LVU35
	mov	w28, 403
	movk	w28, 0x100, lsl 16
.LBE10:
.LBE9:
	.loc 1 34 9 discriminator 4 view .LVU36
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	str	x0, [sp, 152]
.LBE8:
	.loc 1 22 11 discriminator 4 view .LVU37
	b	.L8
.LVL13:
.L21:
	.loc 1 22 11 discriminator 4 view .LVU38
	mov	w19, w0
	mov	x20, x1
.LVL14:
.LBB16:
.LBI16:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.loc 2 362 1 is_stmt 1 discriminator 1 view .LVU39
.LBB17:
	.loc 2 364 3 discriminator 1 view .LVU40
	.loc 2 364 16 is_stmt 0 discriminator 1 view .LVU41
	mov	w2, 10
	mov	x1, 0
.LVL15:
	.loc 2 364 16 discriminator 1 view .LVU42
	ldr	x0, [x20, 8]
.LVL16:
	.loc 2 364 16 discriminator 1 view .LVU43
	bl	strtol
.LVL17:
	.loc 2 364 16 discriminator 1 view .LVU44
.LBE17:
.LBE16:
	.loc 1 17 47 discriminator 1 view .LVU45
	mov	w1, 26
	sdiv	w2, w0, w1
	msub	w0, w2, w1, w0
	str	w0, [sp, 108]
.LVL18:
	.loc 1 18 5 is_stmt 1 discriminator 1 view .LVU46
	.loc 1 18 42 is_stmt 0 discriminator 1 view .LVU47
	cmp	w19, 2
	ble	.L17
	.loc 1 18 42 discriminator 1 view .LVU48
	ldr	x0, [x20, 16]
.LVL19:
	.loc 1 18 42 discriminator 1 view .LVU49
	str	x0, [sp, 120]
	b	.L7
.LVL20:
.L17:
	.loc 1 18 42 view .LVU50
	adrp	x0, .LC0
.LVL21:
	.loc 1 18 42 view .LVU51
	add	x0, x0, :lo12:.LC0
	str	x0, [sp, 120]
	b	.L7
.LVL22:
.L9:
	.loc 1 18 42 view .LVU52
	strb	w19, [x24], 1
.LBB18:
.LBB13:
.LBB11:
	.loc 1 32 13 is_stmt 1 discriminator 2 view .LVU53
	.loc 1 32 26 is_stmt 0 discriminator 2 view .LVU54
	eor	w19, w19, w25
	.loc 1 32 18 discriminator 2 view .LVU55
	mul	w25, w19, w28
.LVL23:
	.loc 1 32 18 discriminator 2 view .LVU56
.LBE11:
	.loc 1 25 37 is_stmt 1 discriminator 2 view .LVU57
	.loc 1 25 30 discriminator 2 view .LVU58
	add	x21, x21, 1
.LVL24:
	.loc 1 25 30 is_stmt 0 discriminator 2 view .LVU59
	add	x22, x22, 1
	cmp	x21, x26
	beq	.L22
.LVL25:
.L10:
.LBB12:
	.loc 1 26 13 is_stmt 1 view .LVU60
	.loc 1 26 22 is_stmt 0 view .LVU61
	ldrb	w19, [x21]
	ldr	w1, [sp, 108]
	mov	w0, w19
	bl	shift_char
.LVL26:
	.loc 1 26 20 view .LVU62
	strb	w0, [x22]
	.loc 1 27 13 is_stmt 1 view .LVU63
.LVL27:
	.loc 1 28 13 view .LVU64
	.loc 1 28 53 is_stmt 0 view .LVU65
	and	w0, w19, -33
	sub	w0, w0, #65
	.loc 1 28 16 view .LVU66
	and	w0, w0, 255
	cmp	w0, 25
	bhi	.L9
	.loc 1 29 17 is_stmt 1 view .LVU67
	.loc 1 29 46 is_stmt 0 view .LVU68
	add	x0, x23, 1
	str	x0, [sp, 112]
.LVL28:
	.loc 1 29 49 view .LVU69
	udiv	x0, x23, x27
.LVL29:
	.loc 1 29 49 view .LVU70
	msub	x0, x0, x27, x23
	.loc 1 29 43 view .LVU71
	ldr	x1, [sp, 120]
	ldrb	w1, [x1, x0]
	.loc 1 29 26 view .LVU72
	sub	w1, w1, #97
	mov	w0, w19
	bl	shift_char
.LVL30:
	and	w19, w0, 255
.LVL31:
	.loc 1 29 46 view .LVU73
	ldr	x23, [sp, 112]
	b	.L9
.LVL32:
.L22:
	.loc 1 29 46 view .LVU74
.LBE12:
.LBE13:
	.loc 1 34 9 is_stmt 1 view .LVU75
	add	x1, sp, 160
	ldr	x0, [sp, 152]
	bl	printf
.LVL33:
	.loc 1 35 9 view .LVU76
	add	x1, sp, 416
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL34:
	.loc 1 36 9 view .LVU77
.LBB14:
	.loc 1 36 14 view .LVU78
	.loc 1 36 30 view .LVU79
	ldr	x0, [sp, 136]
	cbz	x0, .L11
	add	x19, x0, x20
	.loc 1 37 22 is_stmt 0 view .LVU80
	ldr	w0, [sp, 108]
	neg	w21, w0
.LVL35:
.L12:
	.loc 1 37 13 is_stmt 1 discriminator 3 view .LVU81
	.loc 1 37 22 is_stmt 0 discriminator 3 view .LVU82
	mov	w1, w21
	ldrb	w0, [x20]
	bl	shift_char
.LVL36:
	.loc 1 37 20 discriminator 3 view .LVU83
	strb	w0, [x20], 1
.LVL37:
	.loc 1 36 36 is_stmt 1 discriminator 3 view .LVU84
	.loc 1 36 30 discriminator 3 view .LVU85
	cmp	x20, x19
	bne	.L12
.LVL38:
.L11:
	.loc 1 36 30 is_stmt 0 discriminator 3 view .LVU86
.LBE14:
	.loc 1 38 9 is_stmt 1 view .LVU87
	.loc 1 38 13 is_stmt 0 view .LVU88
	ldr	x1, [sp, 128]
	add	x0, sp, 160
	bl	strcmp
.LVL39:
	.loc 1 38 12 view .LVU89
	cbnz	w0, .L23
.LVL40:
.L8:
	.loc 1 38 12 view .LVU90
.LBE18:
	.loc 1 22 12 is_stmt 1 view .LVU91
	ldr	x0, [sp, 144]
	ldr	x2, [x0]
	mov	w1, 256
	ldr	x0, [sp, 128]
	bl	fgets
.LVL41:
	cbz	x0, .L24
.LBB19:
	.loc 1 23 9 view .LVU92
	.loc 1 24 9 view .LVU93
	.loc 1 24 20 is_stmt 0 view .LVU94
	ldr	x21, [sp, 128]
	mov	x0, x21
	bl	strlen
.LVL42:
	str	x0, [sp, 136]
.LVL43:
	.loc 1 25 9 is_stmt 1 view .LVU95
.LBB15:
	.loc 1 25 14 view .LVU96
	.loc 1 25 30 view .LVU97
	add	x20, sp, 160
	add	x24, sp, 416
	add	x26, sp, 673
	add	x26, x26, x0
.LBE15:
	.loc 1 24 20 is_stmt 0 view .LVU98
	mov	x22, x20
	.loc 1 24 34 view .LVU99
	mov	x23, 0
	b	.L10
.LVL44:
.L23:
	.loc 1 39 13 is_stmt 1 view .LVU100
	.loc 1 39 20 is_stmt 0 view .LVU101
	mov	w0, 1
	b	.L6
.LVL45:
.L24:
	.loc 1 39 20 view .LVU102
.LBE19:
	.loc 1 41 5 is_stmt 1 view .LVU103
	mov	w1, w25
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL46:
	.loc 1 42 5 view .LVU104
	.loc 1 42 12 is_stmt 0 view .LVU105
	mov	w0, 0
.L6:
	.loc 1 43 1 view .LVU106
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x23, x24, [sp, 48]
	ldp	x25, x26, [sp, 64]
.LVL47:
	.loc 1 43 1 view .LVU107
	ldp	x27, x28, [sp, 80]
.LVL48:
	.loc 1 43 1 view .LVU108
	ldp	x29, x30, [sp]
	add	sp, sp, 928
	.cfi_restore 29
	.cfi_restore 30
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
.LVL49:
	.loc 1 43 1 view .LVU109
	ret
	.cfi_endproc
.LFE23:
	.size	main, .-main
.Letext0:
	.file 3 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 8 "/usr/aarch64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x647
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x15
	.4byte	.LASF60
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x9
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x16
	.byte	0x8
	.uleb128 0x17
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
	.uleb128 0x9
	.4byte	.LASF10
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x6d
	.uleb128 0x9
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x6d
	.uleb128 0x5
	.4byte	0x96
	.uleb128 0xa
	.4byte	0x8c
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x18
	.4byte	0x96
	.uleb128 0x19
	.4byte	.LASF61
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x20c
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
	.4byte	0x225
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x22a
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
	.4byte	0x22f
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x23f
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
	.4byte	0x249
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x253
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x22a
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
	.4byte	0x258
	.byte	0xc4
	.byte	0
	.uleb128 0x9
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0xa2
	.uleb128 0x1a
	.4byte	.LASF62
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.uleb128 0xb
	.4byte	.LASF43
	.uleb128 0x5
	.4byte	0x220
	.uleb128 0x5
	.4byte	0xa2
	.uleb128 0xc
	.4byte	0x96
	.4byte	0x23f
	.uleb128 0xd
	.4byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x218
	.uleb128 0xb
	.4byte	.LASF44
	.uleb128 0x5
	.4byte	0x244
	.uleb128 0xb
	.4byte	.LASF45
	.uleb128 0x5
	.4byte	0x24e
	.uleb128 0xc
	.4byte	0x96
	.4byte	0x268
	.uleb128 0xd
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF55
	.byte	0x7
	.byte	0x8f
	.byte	0xe
	.4byte	0x274
	.uleb128 0x5
	.4byte	0x20c
	.uleb128 0xa
	.4byte	0x274
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF46
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF47
	.uleb128 0x5
	.4byte	0x9d
	.uleb128 0xa
	.4byte	0x28c
	.uleb128 0x10
	.4byte	.LASF48
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x6d
	.4byte	0x2b6
	.uleb128 0x4
	.4byte	0x291
	.uleb128 0x4
	.4byte	0x2bb
	.uleb128 0x4
	.4byte	0x43
	.byte	0
	.uleb128 0x5
	.4byte	0x8c
	.uleb128 0xa
	.4byte	0x2b6
	.uleb128 0xe
	.4byte	.LASF49
	.byte	0x7
	.2byte	0x250
	.byte	0xe
	.4byte	0x8c
	.4byte	0x2e1
	.uleb128 0x4
	.4byte	0x91
	.uleb128 0x4
	.4byte	0x43
	.uleb128 0x4
	.4byte	0x279
	.byte	0
	.uleb128 0x10
	.4byte	.LASF50
	.byte	0x8
	.byte	0x9c
	.byte	0xc
	.4byte	0x43
	.4byte	0x2fc
	.uleb128 0x4
	.4byte	0x28c
	.uleb128 0x4
	.4byte	0x28c
	.byte	0
	.uleb128 0xe
	.4byte	.LASF51
	.byte	0x7
	.2byte	0x164
	.byte	0xc
	.4byte	0x43
	.4byte	0x314
	.uleb128 0x4
	.4byte	0x28c
	.uleb128 0x1c
	.byte	0
	.uleb128 0xe
	.4byte	.LASF52
	.byte	0x8
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0x32b
	.uleb128 0x4
	.4byte	0x28c
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF63
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x5db
	.uleb128 0x11
	.4byte	.LASF53
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x11
	.4byte	.LASF54
	.byte	0x1b
	.4byte	0x2b6
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0xf
	.4byte	.LASF56
	.byte	0x11
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.string	"key"
	.byte	0x12
	.byte	0x11
	.4byte	0x28c
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0xf
	.4byte	.LASF57
	.byte	0x13
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x1e
	.4byte	.LASF59
	.byte	0x1
	.byte	0x14
	.byte	0xa
	.4byte	0x5db
	.uleb128 0x3
	.byte	0x91
	.sleb128 -256
	.uleb128 0xf
	.4byte	.LASF58
	.byte	0x15
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x12
	.4byte	.LLRL8
	.4byte	0x533
	.uleb128 0x13
	.string	"enc"
	.byte	0xe
	.4byte	0x5db
	.uleb128 0x3
	.byte	0x91
	.sleb128 -768
	.uleb128 0x13
	.string	"vig"
	.byte	0x18
	.4byte	0x5db
	.uleb128 0x3
	.byte	0x91
	.sleb128 -512
	.uleb128 0x6
	.string	"n"
	.byte	0x18
	.byte	0x10
	.4byte	0x2e
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x6
	.string	"ki"
	.byte	0x18
	.byte	0x22
	.4byte	0x2e
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x12
	.4byte	.LLRL11
	.4byte	0x47c
	.uleb128 0x6
	.string	"i"
	.byte	0x19
	.byte	0x15
	.4byte	0x2e
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x1f
	.4byte	.LLRL13
	.uleb128 0x6
	.string	"c"
	.byte	0x1b
	.byte	0x12
	.4byte	0x96
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x7
	.8byte	.LVL26
	.4byte	0x5eb
	.4byte	0x466
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -820
	.byte	0x94
	.byte	0x4
	.byte	0
	.uleb128 0x8
	.8byte	.LVL30
	.4byte	0x5eb
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x20
	.8byte	.LBB14
	.8byte	.LBE14-.LBB14
	.4byte	0x4b7
	.uleb128 0x6
	.string	"i"
	.byte	0x24
	.byte	0x15
	.4byte	0x2e
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x8
	.8byte	.LVL36
	.4byte	0x5eb
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL33
	.4byte	0x2fc
	.4byte	0x4d7
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x4
	.byte	0x91
	.sleb128 -776
	.byte	0x6
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL34
	.4byte	0x2fc
	.4byte	0x4fd
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -512
	.byte	0
	.uleb128 0x7
	.8byte	.LVL39
	.4byte	0x2e1
	.4byte	0x51e
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0x91
	.sleb128 -768
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x91
	.sleb128 -800
	.byte	0x6
	.byte	0
	.uleb128 0x8
	.8byte	.LVL42
	.4byte	0x314
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x21
	.4byte	0x62e
	.8byte	.LBI16
	.byte	.LVU39
	.8byte	.LBB16
	.8byte	.LBE16-.LBB16
	.byte	0x1
	.byte	0x11
	.byte	0x1c
	.4byte	0x57e
	.uleb128 0x22
	.4byte	0x63c
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x8
	.8byte	.LVL17
	.4byte	0x296
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x7
	.8byte	.LVL9
	.4byte	0x314
	.4byte	0x598
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x4
	.byte	0x91
	.sleb128 -808
	.byte	0x6
	.byte	0
	.uleb128 0x7
	.8byte	.LVL41
	.4byte	0x2c0
	.4byte	0x5b9
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x4
	.byte	0x91
	.sleb128 -800
	.byte	0x6
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa
	.2byte	0x100
	.byte	0
	.uleb128 0x8
	.8byte	.LVL46
	.4byte	0x2fc
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x89
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	0x96
	.4byte	0x5eb
	.uleb128 0xd
	.4byte	0x3a
	.byte	0xff
	.byte	0
	.uleb128 0x23
	.4byte	.LASF64
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x96
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x62e
	.uleb128 0x14
	.string	"c"
	.byte	0x1d
	.4byte	0x96
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x14
	.string	"k"
	.byte	0x24
	.4byte	0x43
	.4byte	.LLST1
	.4byte	.LVUS1
	.byte	0
	.uleb128 0x24
	.4byte	.LASF65
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x43
	.byte	0x3
	.uleb128 0x25
	.4byte	.LASF66
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x28c
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x7
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
	.uleb128 0xa
	.uleb128 0x37
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 15
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
	.uleb128 0x34
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x21
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
	.uleb128 0x24
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
	.byte	0
	.byte	0
	.uleb128 0x25
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS2:
	.uleb128 0
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU46
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU52
.LLST4:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -820
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -820
	.byte	0
.LVUS5:
	.uleb128 .LVU27
	.uleb128 .LVU38
	.uleb128 .LVU52
	.uleb128 .LVU109
	.uleb128 .LVU109
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -808
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -808
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x3
	.byte	0x8f
	.sleb128 -808
	.byte	0
.LVUS6:
	.uleb128 .LVU29
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU38
	.uleb128 .LVU52
	.uleb128 .LVU108
.LLST6:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x6b
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x6b
	.byte	0
.LVUS7:
	.uleb128 .LVU31
	.uleb128 .LVU33
	.uleb128 .LVU52
	.uleb128 .LVU107
.LLST7:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x6
	.byte	0x9e
	.uleb128 0x4
	.4byte	0x811c9dc5
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS9:
	.uleb128 .LVU52
	.uleb128 .LVU90
	.uleb128 .LVU95
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 .LVU102
.LLST9:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -792
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -792
	.byte	0
.LVUS10:
	.uleb128 .LVU52
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU90
	.uleb128 .LVU95
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 .LVU102
.LLST10:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -816
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS12:
	.uleb128 .LVU52
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU81
	.uleb128 .LVU97
	.uleb128 .LVU100
.LLST12:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x100
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x101
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x9
	.byte	0x85
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x100
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU64
	.uleb128 .LVU73
.LLST14:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS15:
	.uleb128 .LVU79
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU86
.LLST15:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x9
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x300
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x9
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x2ff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x9
	.byte	0x84
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x300
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU39
	.uleb128 .LVU44
.LLST16:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL17-1-.Ltext0
	.uleb128 0x2
	.byte	0x84
	.sleb128 8
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
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
.LLRL8:
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF51:
	.string	"printf"
.LASF10:
	.string	"__off_t"
.LASF14:
	.string	"_IO_read_ptr"
.LASF26:
	.string	"_chain"
.LASF50:
	.string	"strcmp"
.LASF9:
	.string	"size_t"
.LASF32:
	.string	"_shortbuf"
.LASF20:
	.string	"_IO_buf_base"
.LASF47:
	.string	"long long unsigned int"
.LASF35:
	.string	"_codecvt"
.LASF46:
	.string	"long long int"
.LASF6:
	.string	"signed char"
.LASF27:
	.string	"_fileno"
.LASF15:
	.string	"_IO_read_end"
.LASF8:
	.string	"long int"
.LASF48:
	.string	"strtol"
.LASF13:
	.string	"_flags"
.LASF21:
	.string	"_IO_buf_end"
.LASF30:
	.string	"_cur_column"
.LASF44:
	.string	"_IO_codecvt"
.LASF64:
	.string	"shift_char"
.LASF29:
	.string	"_old_offset"
.LASF34:
	.string	"_offset"
.LASF56:
	.string	"shift"
.LASF59:
	.string	"line"
.LASF43:
	.string	"_IO_marker"
.LASF55:
	.string	"stdin"
.LASF5:
	.string	"unsigned int"
.LASF38:
	.string	"_freeres_buf"
.LASF52:
	.string	"strlen"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"_IO_write_ptr"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"_IO_save_base"
.LASF33:
	.string	"_lock"
.LASF28:
	.string	"_flags2"
.LASF40:
	.string	"_mode"
.LASF49:
	.string	"fgets"
.LASF60:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF19:
	.string	"_IO_write_end"
.LASF62:
	.string	"_IO_lock_t"
.LASF61:
	.string	"_IO_FILE"
.LASF66:
	.string	"__nptr"
.LASF25:
	.string	"_markers"
.LASF65:
	.string	"atoi"
.LASF3:
	.string	"unsigned char"
.LASF7:
	.string	"short int"
.LASF45:
	.string	"_IO_wide_data"
.LASF57:
	.string	"klen"
.LASF31:
	.string	"_vtable_offset"
.LASF42:
	.string	"FILE"
.LASF12:
	.string	"char"
.LASF11:
	.string	"__off64_t"
.LASF16:
	.string	"_IO_read_base"
.LASF24:
	.string	"_IO_save_end"
.LASF58:
	.string	"hash"
.LASF39:
	.string	"__pad5"
.LASF41:
	.string	"_unused2"
.LASF54:
	.string	"argv"
.LASF23:
	.string	"_IO_backup_base"
.LASF53:
	.string	"argc"
.LASF37:
	.string	"_freeres_list"
.LASF36:
	.string	"_wide_data"
.LASF63:
	.string	"main"
.LASF17:
	.string	"_IO_write_base"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/caesar_cipher.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
