	.arch armv8-a
	.file	"caesar_cipher.c"
	.text
.Ltext0:
	.file 0 "." "programs/caesar_cipher.c"
	.align	2
	.type	shift_char, %function
shift_char:
.LFB6:
	.file 1 "programs/caesar_cipher.c"
	.loc 1 7 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	strb	w0, [sp, 15]
	str	w1, [sp, 8]
	.loc 1 8 8
	ldrb	w0, [sp, 15]
	cmp	w0, 96
	bls	.L2
	.loc 1 8 18 discriminator 1
	ldrb	w0, [sp, 15]
	cmp	w0, 122
	bhi	.L2
	.loc 1 9 32
	ldrb	w0, [sp, 15]
	sub	w1, w0, #97
	.loc 1 9 38
	ldr	w0, [sp, 8]
	add	w0, w1, w0
	.loc 1 9 42
	add	w0, w0, 26
	.loc 1 9 48
	mov	w1, 60495
	movk	w1, 0x4ec4, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	asr	w2, w1, 3
	asr	w1, w0, 31
	sub	w1, w2, w1
	mov	w2, 26
	mul	w1, w1, w2
	sub	w1, w0, w1
	.loc 1 9 16
	and	w0, w1, 255
	add	w0, w0, 97
	and	w0, w0, 255
	b	.L3
.L2:
	.loc 1 10 8
	ldrb	w0, [sp, 15]
	cmp	w0, 64
	bls	.L4
	.loc 1 10 18 discriminator 1
	ldrb	w0, [sp, 15]
	cmp	w0, 90
	bhi	.L4
	.loc 1 11 32
	ldrb	w0, [sp, 15]
	sub	w1, w0, #65
	.loc 1 11 38
	ldr	w0, [sp, 8]
	add	w0, w1, w0
	.loc 1 11 42
	add	w0, w0, 26
	.loc 1 11 48
	mov	w1, 60495
	movk	w1, 0x4ec4, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	asr	w2, w1, 3
	asr	w1, w0, 31
	sub	w1, w2, w1
	mov	w2, 26
	mul	w1, w1, w2
	sub	w1, w0, w1
	.loc 1 11 16
	and	w0, w1, 255
	add	w0, w0, 65
	and	w0, w0, 255
	b	.L3
.L4:
	.loc 1 12 12
	ldrb	w0, [sp, 15]
.L3:
	.loc 1 13 1
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	shift_char, .-shift_char
	.section	.rodata
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
.LFB7:
	.loc 1 16 1
	.cfi_startproc
	sub	sp, sp, #880
	.cfi_def_cfa_offset 880
	stp	x29, x30, [sp]
	.cfi_offset 29, -880
	.cfi_offset 30, -872
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 17 47
	ldr	w0, [sp, 28]
	cmp	w0, 1
	ble	.L6
	.loc 1 17 37 discriminator 1
	ldr	x0, [sp, 16]
	add	x0, x0, 8
	.loc 1 17 28 discriminator 1
	ldr	x0, [x0]
	bl	atoi
	mov	w1, w0
	.loc 1 17 47 discriminator 1
	mov	w0, 60495
	movk	w0, 0x4ec4, lsl 16
	smull	x0, w1, w0
	lsr	x0, x0, 32
	asr	w2, w0, 3
	asr	w0, w1, 31
	sub	w0, w2, w0
	mov	w2, 26
	mul	w0, w0, w2
	sub	w0, w1, w0
	b	.L7
.L6:
	.loc 1 17 47 is_stmt 0 discriminator 2
	mov	w0, 3
.L7:
	.loc 1 17 9 is_stmt 1 discriminator 4
	str	w0, [sp, 844]
	.loc 1 18 42 discriminator 4
	ldr	w0, [sp, 28]
	cmp	w0, 2
	ble	.L8
	.loc 1 18 42 is_stmt 0 discriminator 1
	ldr	x0, [sp, 16]
	ldr	x0, [x0, 16]
	b	.L9
.L8:
	.loc 1 18 42 discriminator 2
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
.L9:
	.loc 1 18 17 is_stmt 1 discriminator 4
	str	x0, [sp, 832]
	.loc 1 19 19 discriminator 4
	ldr	x0, [sp, 832]
	bl	strlen
	str	x0, [sp, 824]
	.loc 1 21 14 discriminator 4
	mov	w0, 40389
	movk	w0, 0x811c, lsl 16
	str	w0, [sp, 876]
	.loc 1 22 11 discriminator 4
	b	.L10
.L21:
.LBB2:
	.loc 1 24 20
	add	x0, sp, 552
	bl	strlen
	str	x0, [sp, 816]
	.loc 1 24 34
	str	xzr, [sp, 864]
.LBB3:
	.loc 1 25 21
	str	xzr, [sp, 856]
	.loc 1 25 9
	b	.L11
.L16:
.LBB4:
	.loc 1 26 22
	ldr	x0, [sp, 856]
	add	x1, sp, 552
	ldrb	w0, [x1, x0]
	ldr	w1, [sp, 844]
	bl	shift_char
	and	w2, w0, 255
	.loc 1 26 20
	ldr	x0, [sp, 856]
	add	x1, sp, 40
	strb	w2, [x1, x0]
	.loc 1 27 18
	ldr	x0, [sp, 856]
	add	x1, sp, 552
	ldrb	w0, [x1, x0]
	strb	w0, [sp, 815]
	.loc 1 28 16
	ldrb	w0, [sp, 815]
	cmp	w0, 96
	bls	.L12
	.loc 1 28 27 discriminator 1
	ldrb	w0, [sp, 815]
	cmp	w0, 122
	bls	.L13
.L12:
	.loc 1 28 40 discriminator 3
	ldrb	w0, [sp, 815]
	cmp	w0, 64
	bls	.L14
	.loc 1 28 53 discriminator 4
	ldrb	w0, [sp, 815]
	cmp	w0, 90
	bhi	.L14
.L13:
	.loc 1 29 46
	ldr	x0, [sp, 864]
	add	x1, x0, 1
	str	x1, [sp, 864]
	.loc 1 29 49
	ldr	x1, [sp, 824]
	udiv	x2, x0, x1
	ldr	x1, [sp, 824]
	mul	x1, x2, x1
	sub	x0, x0, x1
	.loc 1 29 43
	ldr	x1, [sp, 832]
	add	x0, x1, x0
	ldrb	w0, [x0]
	.loc 1 29 26
	sub	w0, w0, #97
	mov	w1, w0
	ldrb	w0, [sp, 815]
	bl	shift_char
	and	w2, w0, 255
	.loc 1 29 24
	ldr	x0, [sp, 856]
	add	x1, sp, 296
	strb	w2, [x1, x0]
	b	.L15
.L14:
	.loc 1 31 24
	ldr	x0, [sp, 856]
	add	x1, sp, 296
	ldrb	w2, [sp, 815]
	strb	w2, [x1, x0]
.L15:
	.loc 1 32 46 discriminator 2
	ldr	x0, [sp, 856]
	add	x1, sp, 296
	ldrb	w0, [x1, x0]
	.loc 1 32 28 discriminator 2
	mov	w1, w0
	.loc 1 32 26 discriminator 2
	ldr	w0, [sp, 876]
	eor	w1, w1, w0
	.loc 1 32 18 discriminator 2
	mov	w0, 403
	movk	w0, 0x100, lsl 16
	mul	w0, w1, w0
	str	w0, [sp, 876]
.LBE4:
	.loc 1 25 37 discriminator 2
	ldr	x0, [sp, 856]
	add	x0, x0, 1
	str	x0, [sp, 856]
.L11:
	.loc 1 25 30 discriminator 1
	ldr	x1, [sp, 856]
	ldr	x0, [sp, 816]
	cmp	x1, x0
	bls	.L16
.LBE3:
	.loc 1 34 9
	add	x0, sp, 40
	mov	x1, x0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 35 9
	add	x0, sp, 296
	mov	x1, x0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LBB5:
	.loc 1 36 21
	str	xzr, [sp, 848]
	.loc 1 36 9
	b	.L17
.L18:
	.loc 1 37 22 discriminator 3
	ldr	x0, [sp, 848]
	add	x1, sp, 40
	ldrb	w2, [x1, x0]
	ldr	w0, [sp, 844]
	neg	w0, w0
	mov	w1, w0
	mov	w0, w2
	bl	shift_char
	and	w2, w0, 255
	.loc 1 37 20 discriminator 3
	ldr	x0, [sp, 848]
	add	x1, sp, 40
	strb	w2, [x1, x0]
	.loc 1 36 36 discriminator 3
	ldr	x0, [sp, 848]
	add	x0, x0, 1
	str	x0, [sp, 848]
.L17:
	.loc 1 36 30 discriminator 1
	ldr	x1, [sp, 848]
	ldr	x0, [sp, 816]
	cmp	x1, x0
	bcc	.L18
.LBE5:
	.loc 1 38 13
	add	x1, sp, 552
	add	x0, sp, 40
	bl	strcmp
	.loc 1 38 12
	cmp	w0, 0
	beq	.L10
	.loc 1 39 20
	mov	w0, 1
	b	.L22
.L10:
.LBE2:
	.loc 1 22 12
	adrp	x0, :got:stdin
	ldr	x0, [x0, :got_lo12:stdin]
	ldr	x1, [x0]
	add	x0, sp, 552
	mov	x2, x1
	mov	w1, 256
	bl	fgets
	cmp	x0, 0
	bne	.L21
	.loc 1 41 5
	ldr	w1, [sp, 876]
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 42 12
	mov	w0, 0
.L22:
	.loc 1 43 1 discriminator 1
	ldp	x29, x30, [sp]
	add	sp, sp, 880
	.cfi_restore 29
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 6 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 7 "/usr/aarch64-linux-gnu/include/string.h"
	.file 8 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x485
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x11
	.4byte	.LASF59
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x6
	.4byte	.LASF9
	.byte	0x2
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
	.byte	0x3
	.byte	0x98
	.byte	0x19
	.4byte	0x6d
	.uleb128 0x6
	.4byte	.LASF11
	.byte	0x3
	.byte	0x99
	.byte	0x1b
	.4byte	0x6d
	.uleb128 0x3
	.4byte	0x96
	.uleb128 0xd
	.4byte	0x8c
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0x14
	.4byte	0x96
	.uleb128 0x15
	.4byte	.LASF60
	.byte	0xd8
	.byte	0x4
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
	.uleb128 0x6
	.4byte	.LASF42
	.byte	0x5
	.byte	0x7
	.byte	0x19
	.4byte	0xa2
	.uleb128 0x16
	.4byte	.LASF61
	.byte	0x4
	.byte	0x2b
	.byte	0xe
	.uleb128 0x8
	.4byte	.LASF43
	.uleb128 0x3
	.4byte	0x220
	.uleb128 0x3
	.4byte	0xa2
	.uleb128 0x9
	.4byte	0x96
	.4byte	0x23f
	.uleb128 0xa
	.4byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x218
	.uleb128 0x8
	.4byte	.LASF44
	.uleb128 0x3
	.4byte	0x244
	.uleb128 0x8
	.4byte	.LASF45
	.uleb128 0x3
	.4byte	0x24e
	.uleb128 0x9
	.4byte	0x96
	.4byte	0x268
	.uleb128 0xa
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x17
	.4byte	.LASF62
	.byte	0x6
	.byte	0x8f
	.byte	0xe
	.4byte	0x274
	.uleb128 0x3
	.4byte	0x20c
	.uleb128 0xd
	.4byte	0x274
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF46
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF47
	.uleb128 0x3
	.4byte	0x9d
	.uleb128 0xb
	.4byte	.LASF48
	.byte	0x6
	.2byte	0x250
	.byte	0xe
	.4byte	0x8c
	.4byte	0x2b2
	.uleb128 0x4
	.4byte	0x91
	.uleb128 0x4
	.4byte	0x43
	.uleb128 0x4
	.4byte	0x279
	.byte	0
	.uleb128 0xe
	.4byte	.LASF49
	.byte	0x7
	.byte	0x9c
	.4byte	0x43
	.4byte	0x2cc
	.uleb128 0x4
	.4byte	0x28c
	.uleb128 0x4
	.4byte	0x28c
	.byte	0
	.uleb128 0xb
	.4byte	.LASF50
	.byte	0x6
	.2byte	0x164
	.byte	0xc
	.4byte	0x43
	.4byte	0x2e4
	.uleb128 0x4
	.4byte	0x28c
	.uleb128 0x18
	.byte	0
	.uleb128 0xb
	.4byte	.LASF51
	.byte	0x7
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0x2fb
	.uleb128 0x4
	.4byte	0x28c
	.byte	0
	.uleb128 0xe
	.4byte	.LASF52
	.byte	0x8
	.byte	0x69
	.4byte	0x43
	.4byte	0x310
	.uleb128 0x4
	.4byte	0x28c
	.byte	0
	.uleb128 0x19
	.4byte	.LASF63
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x43e
	.uleb128 0xf
	.4byte	.LASF53
	.byte	0xe
	.4byte	0x43
	.uleb128 0x3
	.byte	0x91
	.sleb128 -852
	.uleb128 0xf
	.4byte	.LASF54
	.byte	0x1b
	.4byte	0x43e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -864
	.uleb128 0x7
	.4byte	.LASF55
	.byte	0x11
	.byte	0x9
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x5
	.string	"key"
	.byte	0x12
	.byte	0x11
	.4byte	0x28c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x7
	.4byte	.LASF56
	.byte	0x13
	.byte	0xc
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x7
	.4byte	.LASF57
	.byte	0x14
	.byte	0xa
	.4byte	0x443
	.uleb128 0x3
	.byte	0x91
	.sleb128 -328
	.uleb128 0x7
	.4byte	.LASF58
	.byte	0x15
	.byte	0xe
	.4byte	0x58
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0xc
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x5
	.string	"enc"
	.byte	0x17
	.byte	0xe
	.4byte	0x443
	.uleb128 0x3
	.byte	0x91
	.sleb128 -840
	.uleb128 0x5
	.string	"vig"
	.byte	0x17
	.byte	0x18
	.4byte	0x443
	.uleb128 0x3
	.byte	0x91
	.sleb128 -584
	.uleb128 0x5
	.string	"n"
	.byte	0x18
	.byte	0x10
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x5
	.string	"ki"
	.byte	0x18
	.byte	0x22
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x1a
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.4byte	0x41e
	.uleb128 0x5
	.string	"i"
	.byte	0x19
	.byte	0x15
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xc
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x5
	.string	"c"
	.byte	0x1b
	.byte	0x12
	.4byte	0x96
	.uleb128 0x3
	.byte	0x91
	.sleb128 -65
	.byte	0
	.byte	0
	.uleb128 0xc
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x5
	.string	"i"
	.byte	0x24
	.byte	0x15
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	0x8c
	.uleb128 0x9
	.4byte	0x96
	.4byte	0x453
	.uleb128 0xa
	.4byte	0x3a
	.byte	0xff
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF64
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x96
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x10
	.string	"c"
	.byte	0x1d
	.4byte	0x96
	.uleb128 0x2
	.byte	0x91
	.sleb128 -1
	.uleb128 0x10
	.string	"k"
	.byte	0x24
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
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
	.sleb128 4
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
	.uleb128 0x5
	.byte	0
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
	.uleb128 0x8
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0xb
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x18
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
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.byte	0
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF50:
	.string	"printf"
.LASF10:
	.string	"__off_t"
.LASF14:
	.string	"_IO_read_ptr"
.LASF26:
	.string	"_chain"
.LASF49:
	.string	"strcmp"
.LASF59:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
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
.LASF55:
	.string	"shift"
.LASF57:
	.string	"line"
.LASF9:
	.string	"size_t"
.LASF43:
	.string	"_IO_marker"
.LASF62:
	.string	"stdin"
.LASF5:
	.string	"unsigned int"
.LASF38:
	.string	"_freeres_buf"
.LASF51:
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
.LASF48:
	.string	"fgets"
.LASF19:
	.string	"_IO_write_end"
.LASF61:
	.string	"_IO_lock_t"
.LASF60:
	.string	"_IO_FILE"
.LASF25:
	.string	"_markers"
.LASF52:
	.string	"atoi"
.LASF3:
	.string	"unsigned char"
.LASF7:
	.string	"short int"
.LASF45:
	.string	"_IO_wide_data"
.LASF56:
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
