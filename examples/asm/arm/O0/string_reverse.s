	.arch armv8-a
	.file	"string_reverse.c"
	.text
.Ltext0:
	.file 0 "." "programs/string_reverse.c"
	.align	2
	.type	reverse, %function
reverse:
.LFB0:
	.file 1 "programs/string_reverse.c"
	.loc 1 6 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	x0, [sp, 24]
	.loc 1 7 16
	ldr	x0, [sp, 24]
	bl	strlen
	str	x0, [sp, 48]
.LBB2:
	.loc 1 8 17
	str	xzr, [sp, 56]
	.loc 1 8 5
	b	.L2
.L3:
.LBB3:
	.loc 1 9 19 discriminator 3
	ldr	x1, [sp, 24]
	ldr	x0, [sp, 56]
	add	x0, x1, x0
	.loc 1 9 14 discriminator 3
	ldrb	w0, [x0]
	strb	w0, [sp, 47]
	.loc 1 10 24 discriminator 3
	ldr	x1, [sp, 48]
	ldr	x0, [sp, 56]
	sub	x0, x1, x0
	sub	x0, x0, #1
	.loc 1 10 17 discriminator 3
	ldr	x1, [sp, 24]
	add	x1, x1, x0
	.loc 1 10 10 discriminator 3
	ldr	x2, [sp, 24]
	ldr	x0, [sp, 56]
	add	x0, x2, x0
	.loc 1 10 17 discriminator 3
	ldrb	w1, [x1]
	.loc 1 10 14 discriminator 3
	strb	w1, [x0]
	.loc 1 11 17 discriminator 3
	ldr	x1, [sp, 48]
	ldr	x0, [sp, 56]
	sub	x0, x1, x0
	sub	x0, x0, #1
	.loc 1 11 10 discriminator 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	.loc 1 11 22 discriminator 3
	ldrb	w1, [sp, 47]
	strb	w1, [x0]
.LBE3:
	.loc 1 8 36 discriminator 3
	ldr	x0, [sp, 56]
	add	x0, x0, 1
	str	x0, [sp, 56]
.L2:
	.loc 1 8 30 discriminator 1
	ldr	x0, [sp, 48]
	lsr	x0, x0, 1
	.loc 1 8 26 discriminator 1
	ldr	x1, [sp, 56]
	cmp	x1, x0
	bcc	.L3
.LBE2:
	.loc 1 13 1
	nop
	nop
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	reverse, .-reverse
	.align	2
	.type	is_palindrome, %function
is_palindrome:
.LFB1:
	.loc 1 16 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	.loc 1 17 25
	ldr	x0, [sp, 24]
	bl	strlen
	mov	x1, x0
	.loc 1 17 17
	ldr	x0, [sp, 24]
	add	x0, x0, x1
	str	x0, [sp, 40]
	.loc 1 18 11
	b	.L5
.L7:
	.loc 1 19 15
	ldr	x0, [sp, 24]
	add	x1, x0, 1
	str	x1, [sp, 24]
	.loc 1 19 13
	ldrb	w1, [x0]
	.loc 1 19 12
	ldr	x0, [sp, 40]
	sub	x0, x0, #1
	str	x0, [sp, 40]
	.loc 1 19 21
	ldr	x0, [sp, 40]
	ldrb	w0, [x0]
	.loc 1 19 12
	cmp	w1, w0
	beq	.L5
	.loc 1 20 20
	mov	w0, 0
	b	.L6
.L5:
	.loc 1 18 14
	ldr	x1, [sp, 24]
	ldr	x0, [sp, 40]
	cmp	x1, x0
	bcc	.L7
	.loc 1 22 12
	mov	w0, 1
.L6:
	.loc 1 23 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	is_palindrome, .-is_palindrome
	.section	.rodata
	.align	3
.LC0:
	.string	"aeiouAEIOU"
	.text
	.align	2
	.type	vowels, %function
vowels:
.LFB2:
	.loc 1 26 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	.loc 1 27 9
	str	wzr, [sp, 44]
	.loc 1 28 5
	b	.L9
.L11:
	.loc 1 29 34
	ldr	x0, [sp, 24]
	ldrb	w0, [x0]
	.loc 1 29 13
	mov	w1, w0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	strchr
	.loc 1 29 12
	cmp	x0, 0
	beq	.L10
	.loc 1 30 18
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L10:
	.loc 1 28 17
	ldr	x0, [sp, 24]
	add	x0, x0, 1
	str	x0, [sp, 24]
.L9:
	.loc 1 28 12 discriminator 1
	ldr	x0, [sp, 24]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L11
	.loc 1 31 12
	ldr	w0, [sp, 44]
	.loc 1 32 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	vowels, .-vowels
	.section	.rodata
	.align	3
.LC1:
	.string	"yes"
	.align	3
.LC2:
	.string	"no"
	.align	3
.LC3:
	.string	"%-12s -> %-12s vowels=%d palindrome=%s\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB3:
	.loc 1 35 1
	.cfi_startproc
	stp	x29, x30, [sp, -208]!
	.cfi_def_cfa_offset 208
	.cfi_offset 29, -208
	.cfi_offset 30, -200
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -192
	str	w0, [sp, 44]
	str	x1, [sp, 32]
	.loc 1 37 9
	str	wzr, [sp, 204]
.LBB4:
	.loc 1 38 14
	mov	w0, 1
	str	w0, [sp, 200]
	.loc 1 38 5
	b	.L14
.L20:
.LBB5:
	.loc 1 39 26
	ldrsw	x0, [sp, 200]
	lsl	x0, x0, 3
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 39 9
	ldr	x1, [x0]
	add	x0, sp, 56
	mov	x2, 127
	bl	strncpy
	.loc 1 40 29
	strb	wzr, [sp, 183]
	.loc 1 41 19
	add	x0, sp, 56
	bl	is_palindrome
	str	w0, [sp, 188]
	.loc 1 42 21
	ldr	w1, [sp, 204]
	ldr	w0, [sp, 188]
	add	w0, w1, w0
	str	w0, [sp, 204]
	.loc 1 43 9
	add	x0, sp, 56
	bl	reverse
.LBB6:
	.loc 1 44 20
	add	x0, sp, 56
	str	x0, [sp, 192]
	.loc 1 44 9
	b	.L15
.L17:
	.loc 1 45 17
	ldr	x0, [sp, 192]
	ldrb	w0, [x0]
	.loc 1 45 16
	cmp	w0, 96
	bls	.L16
	.loc 1 45 30 discriminator 1
	ldr	x0, [sp, 192]
	ldrb	w0, [x0]
	.loc 1 45 27 discriminator 1
	cmp	w0, 122
	bhi	.L16
	.loc 1 46 29
	ldr	x0, [sp, 192]
	ldrb	w0, [x0]
	.loc 1 46 22
	sub	w0, w0, #32
	and	w1, w0, 255
	.loc 1 46 20
	ldr	x0, [sp, 192]
	strb	w1, [x0]
.L16:
	.loc 1 44 34 discriminator 2
	ldr	x0, [sp, 192]
	add	x0, x0, 1
	str	x0, [sp, 192]
.L15:
	.loc 1 44 29 discriminator 1
	ldr	x0, [sp, 192]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L17
.LBE6:
	.loc 1 47 64
	ldrsw	x0, [sp, 200]
	lsl	x0, x0, 3
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 47 9
	ldr	x19, [x0]
	.loc 1 47 85
	ldrsw	x0, [sp, 200]
	lsl	x0, x0, 3
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 47 9
	ldr	x0, [x0]
	bl	vowels
	mov	w2, w0
	ldr	w0, [sp, 188]
	cmp	w0, 0
	beq	.L18
	.loc 1 47 9 is_stmt 0 discriminator 1
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	b	.L19
.L18:
	.loc 1 47 9 discriminator 2
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
.L19:
	.loc 1 47 9 discriminator 4
	add	x1, sp, 56
	mov	x4, x0
	mov	w3, w2
	mov	x2, x1
	mov	x1, x19
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LBE5:
	.loc 1 38 32 is_stmt 1 discriminator 4
	ldr	w0, [sp, 200]
	add	w0, w0, 1
	str	w0, [sp, 200]
.L14:
	.loc 1 38 23 discriminator 2
	ldr	w1, [sp, 200]
	ldr	w0, [sp, 44]
	cmp	w1, w0
	blt	.L20
.LBE4:
	.loc 1 49 12
	ldr	w0, [sp, 204]
	.loc 1 50 1
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 208
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/string.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x299
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xc
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xd
	.4byte	.LASF21
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x5
	.4byte	0x77
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xf
	.4byte	0x77
	.uleb128 0x5
	.4byte	0x7e
	.uleb128 0x7
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x41
	.4byte	0xa0
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x10
	.byte	0
	.uleb128 0x8
	.4byte	.LASF11
	.byte	0x90
	.4byte	0x72
	.4byte	0xbe
	.uleb128 0x3
	.4byte	0x72
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x2e
	.byte	0
	.uleb128 0x8
	.4byte	.LASF12
	.byte	0xf6
	.4byte	0x72
	.4byte	0xd7
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x41
	.byte	0
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xee
	.uleb128 0x3
	.4byte	0x83
	.byte	0
	.uleb128 0x11
	.4byte	.LASF22
	.byte	0x1
	.byte	0x22
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1a5
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x41
	.uleb128 0x3
	.byte	0x91
	.sleb128 -164
	.uleb128 0x9
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0x1a5
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.uleb128 0x2
	.string	"buf"
	.byte	0x24
	.byte	0xa
	.4byte	0x1aa
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0x25
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x4
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x2
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x2
	.string	"pal"
	.byte	0x29
	.byte	0xd
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x4
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.uleb128 0x2
	.string	"p"
	.byte	0x2c
	.byte	0x14
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x72
	.uleb128 0x12
	.4byte	0x77
	.4byte	0x1ba
	.uleb128 0x13
	.4byte	0x3a
	.byte	0x7f
	.byte	0
	.uleb128 0xb
	.4byte	.LASF18
	.byte	0x19
	.4byte	0x41
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1f4
	.uleb128 0x6
	.string	"s"
	.byte	0x19
	.byte	0x1f
	.4byte	0x83
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xa
	.4byte	.LASF17
	.byte	0x1b
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0xb
	.4byte	.LASF19
	.byte	0xf
	.4byte	0x41
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x22d
	.uleb128 0x6
	.string	"s"
	.byte	0xf
	.byte	0x26
	.4byte	0x83
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"e"
	.byte	0x11
	.byte	0x11
	.4byte	0x83
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x14
	.4byte	.LASF23
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x6
	.string	"s"
	.byte	0x5
	.byte	0x1b
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.string	"n"
	.byte	0x7
	.byte	0xc
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x4
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"i"
	.byte	0x8
	.byte	0x11
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"t"
	.byte	0x9
	.byte	0xe
	.4byte	0x77
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.byte	0
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
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x2e
	.byte	0x1
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
	.uleb128 0x21
	.sleb128 14
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
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 34
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0x21
	.sleb128 9
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.sleb128 12
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
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x12
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
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
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF21:
	.string	"size_t"
.LASF17:
	.string	"count"
.LASF12:
	.string	"strchr"
.LASF13:
	.string	"strlen"
.LASF3:
	.string	"unsigned char"
.LASF23:
	.string	"reverse"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF19:
	.string	"is_palindrome"
.LASF11:
	.string	"strncpy"
.LASF22:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF9:
	.string	"char"
.LASF18:
	.string	"vowels"
.LASF14:
	.string	"argc"
.LASF10:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"palindromes"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/string_reverse.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
