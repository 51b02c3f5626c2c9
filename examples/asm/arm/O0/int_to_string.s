	.arch armv8-a
	.file	"int_to_string.c"
	.text
.Ltext0:
	.file 0 "." "programs/int_to_string.c"
	.align	2
	.type	utoa, %function
utoa:
.LFB0:
	.file 1 "programs/int_to_string.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	str	x0, [sp, 24]
	str	w1, [sp, 20]
	str	x2, [sp, 8]
	.loc 1 8 9
	str	wzr, [sp, 124]
.L4:
.LBB2:
	.loc 1 10 35
	ldr	w1, [sp, 20]
	ldr	x0, [sp, 24]
	udiv	x2, x0, x1
	mul	x1, x2, x1
	sub	x0, x0, x1
	.loc 1 10 18
	str	w0, [sp, 116]
	.loc 1 11 20
	ldr	w0, [sp, 116]
	cmp	w0, 9
	bhi	.L2
	.loc 1 11 40 discriminator 1
	ldr	w0, [sp, 116]
	and	w0, w0, 255
	.loc 1 11 20 discriminator 1
	add	w0, w0, 48
	and	w0, w0, 255
	b	.L3
.L2:
	.loc 1 11 54 discriminator 2
	ldr	w0, [sp, 116]
	and	w0, w0, 255
	.loc 1 11 20 discriminator 2
	add	w0, w0, 87
	and	w0, w0, 255
.L3:
	.loc 1 11 14 discriminator 4
	ldr	w1, [sp, 124]
	add	w2, w1, 1
	str	w2, [sp, 124]
	.loc 1 11 18 discriminator 4
	sxtw	x1, w1
	add	x2, sp, 40
	strb	w0, [x2, x1]
	.loc 1 12 11 discriminator 4
	ldr	w0, [sp, 20]
	ldr	x1, [sp, 24]
	udiv	x0, x1, x0
	str	x0, [sp, 24]
.LBE2:
	.loc 1 13 14 discriminator 4
	ldr	x0, [sp, 24]
	cmp	x0, 0
	bne	.L4
.LBB3:
	.loc 1 14 14
	str	wzr, [sp, 120]
	.loc 1 14 5
	b	.L5
.L6:
	.loc 1 15 24 discriminator 3
	ldr	w0, [sp, 124]
	sub	w1, w0, #1
	.loc 1 15 28 discriminator 3
	ldr	w0, [sp, 120]
	sub	w2, w1, w0
	.loc 1 15 12 discriminator 3
	ldrsw	x0, [sp, 120]
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	.loc 1 15 21 discriminator 3
	sxtw	x1, w2
	add	x2, sp, 40
	ldrb	w1, [x2, x1]
	.loc 1 15 16 discriminator 3
	strb	w1, [x0]
	.loc 1 14 29 discriminator 3
	ldr	w0, [sp, 120]
	add	w0, w0, 1
	str	w0, [sp, 120]
.L5:
	.loc 1 14 23 discriminator 1
	ldr	w1, [sp, 120]
	ldr	w0, [sp, 124]
	cmp	w1, w0
	blt	.L6
.LBE3:
	.loc 1 16 8
	ldrsw	x0, [sp, 124]
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	.loc 1 16 12
	strb	wzr, [x0]
	.loc 1 17 12
	ldr	x0, [sp, 8]
	.loc 1 18 1
	add	sp, sp, 128
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	utoa, .-utoa
	.align	2
	.type	itoa, %function
itoa:
.LFB1:
	.loc 1 21 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 40]
	str	w1, [sp, 36]
	str	x2, [sp, 24]
	.loc 1 22 8
	ldr	x0, [sp, 40]
	cmp	x0, 0
	bge	.L9
	.loc 1 23 16
	ldr	x0, [sp, 24]
	mov	w1, 45
	strb	w1, [x0]
	.loc 1 24 21
	ldr	x0, [sp, 40]
	.loc 1 24 9
	neg	x3, x0
	ldr	x0, [sp, 24]
	add	x0, x0, 1
	mov	x2, x0
	ldr	w1, [sp, 36]
	mov	x0, x3
	bl	utoa
	b	.L10
.L9:
	.loc 1 26 9
	ldr	x0, [sp, 40]
	ldr	x2, [sp, 24]
	ldr	w1, [sp, 36]
	bl	utoa
.L10:
	.loc 1 28 12
	ldr	x0, [sp, 24]
	.loc 1 29 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	itoa, .-itoa
	.section	.rodata
	.align	3
.LC2:
	.string	"%s "
	.align	3
.LC3:
	.string	"%lld"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 32 1
	.cfi_startproc
	stp	x29, x30, [sp, -288]!
	.cfi_def_cfa_offset 288
	.cfi_offset 29, -288
	.cfi_offset 30, -280
	mov	x29, sp
	.loc 1 33 15
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 208
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	.loc 1 34 14
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	add	x2, sp, 184
	mov	x3, x0
	ldp	x0, x1, [x3]
	stp	x0, x1, [x2]
	ldr	w0, [x3, 16]
	str	w0, [x2, 16]
	.loc 1 36 9
	str	wzr, [sp, 284]
.LBB4:
	.loc 1 37 19
	str	wzr, [sp, 280]
	.loc 1 37 5
	b	.L13
.L16:
.LBB5:
	.loc 1 38 23
	str	wzr, [sp, 276]
	.loc 1 38 9
	b	.L14
.L15:
	.loc 1 39 13 discriminator 3
	ldr	w0, [sp, 280]
	lsl	x0, x0, 3
	add	x1, sp, 208
	ldr	x3, [x1, x0]
	ldr	w0, [sp, 276]
	lsl	x0, x0, 2
	add	x1, sp, 184
	ldr	w0, [x1, x0]
	add	x1, sp, 104
	mov	x2, x1
	mov	w1, w0
	mov	x0, x3
	bl	itoa
	mov	x1, x0
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 38 67 discriminator 3
	ldr	w0, [sp, 276]
	add	w0, w0, 1
	str	w0, [sp, 276]
.L14:
	.loc 1 38 32 discriminator 1
	ldr	w0, [sp, 276]
	cmp	w0, 4
	bls	.L15
.LBE5:
	.loc 1 40 9 discriminator 2
	mov	w0, 10
	bl	putchar
	.loc 1 41 9 discriminator 2
	ldr	w0, [sp, 280]
	lsl	x0, x0, 3
	add	x1, sp, 208
	ldr	x0, [x1, x0]
	add	x4, sp, 24
	mov	x3, x0
	adrp	x0, .LC3
	add	x2, x0, :lo12:.LC3
	mov	x1, 80
	mov	x0, x4
	bl	snprintf
	.loc 1 42 35 discriminator 2
	ldr	w0, [sp, 280]
	lsl	x0, x0, 3
	add	x1, sp, 208
	ldr	x0, [x1, x0]
	add	x1, sp, 104
	mov	x2, x1
	mov	w1, 10
	bl	itoa
	mov	x1, x0
	.loc 1 42 23 discriminator 2
	add	x0, sp, 24
	bl	strcmp
	.loc 1 42 61 discriminator 2
	cmp	w0, 0
	cset	w0, ne
	and	w0, w0, 255
	mov	w1, w0
	.loc 1 42 20 discriminator 2
	ldr	w0, [sp, 284]
	add	w0, w0, w1
	str	w0, [sp, 284]
	.loc 1 37 65 discriminator 2
	ldr	w0, [sp, 280]
	add	w0, w0, 1
	str	w0, [sp, 280]
.L13:
	.loc 1 37 28 discriminator 1
	ldr	w0, [sp, 280]
	cmp	w0, 7
	bls	.L16
.LBE4:
	.loc 1 44 12
	ldr	w0, [sp, 284]
	.loc 1 45 1
	ldp	x29, x30, [sp], 288
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.xword	0
	.xword	1
	.xword	-1
	.xword	255
	.xword	-256
	.xword	1234567890123
	.xword	-9223372036854775808
	.xword	9223372036854775807
	.align	3
.LC1:
	.word	2
	.word	8
	.word	10
	.word	16
	.word	36
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/string.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2bd
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xe
	.4byte	.LASF22
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xf
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
	.uleb128 0x9
	.4byte	0x77
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x10
	.4byte	0x77
	.uleb128 0x9
	.4byte	0x7e
	.uleb128 0x11
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9c
	.byte	0xc
	.4byte	0x41
	.4byte	0xa3
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0x3
	.4byte	0x83
	.byte	0
	.uleb128 0xa
	.4byte	.LASF11
	.2byte	0x17a
	.4byte	0x41
	.4byte	0xc3
	.uleb128 0x3
	.4byte	0x72
	.uleb128 0x3
	.4byte	0x2e
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0xb
	.byte	0
	.uleb128 0xa
	.4byte	.LASF12
	.2byte	0x164
	.4byte	0x41
	.4byte	0xd9
	.uleb128 0x3
	.4byte	0x83
	.uleb128 0xb
	.byte	0
	.uleb128 0x12
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x41
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x182
	.uleb128 0x6
	.4byte	.LASF13
	.byte	0x21
	.byte	0xf
	.4byte	0x182
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.uleb128 0x6
	.4byte	.LASF14
	.byte	0x22
	.byte	0xe
	.4byte	0x199
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.uleb128 0x2
	.string	"buf"
	.byte	0x23
	.byte	0xa
	.4byte	0x1a9
	.uleb128 0x3
	.byte	0x91
	.sleb128 -184
	.uleb128 0x2
	.string	"ref"
	.byte	0x23
	.byte	0x13
	.4byte	0x1a9
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.uleb128 0x6
	.4byte	.LASF15
	.byte	0x24
	.byte	0x9
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x7
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x2
	.string	"i"
	.byte	0x25
	.byte	0x13
	.4byte	0x56
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x7
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x2
	.string	"j"
	.byte	0x26
	.byte	0x17
	.4byte	0x56
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	0x192
	.4byte	0x192
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF16
	.uleb128 0x8
	.4byte	0x56
	.4byte	0x1a9
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x4
	.byte	0
	.uleb128 0x8
	.4byte	0x77
	.4byte	0x1b9
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x4f
	.byte	0
	.uleb128 0x13
	.4byte	.LASF18
	.byte	0x1
	.byte	0x14
	.byte	0xe
	.4byte	0x72
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x204
	.uleb128 0x5
	.string	"v"
	.byte	0x14
	.byte	0x1d
	.4byte	0x192
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0xc
	.4byte	.LASF17
	.byte	0x14
	.byte	0x29
	.4byte	0x56
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x5
	.string	"buf"
	.byte	0x14
	.byte	0x35
	.4byte	0x72
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x14
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0xe
	.4byte	0x72
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2ad
	.uleb128 0x5
	.string	"v"
	.byte	0x5
	.byte	0x26
	.4byte	0x2ad
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.uleb128 0xc
	.4byte	.LASF17
	.byte	0x5
	.byte	0x32
	.4byte	0x56
	.uleb128 0x3
	.byte	0x91
	.sleb128 -108
	.uleb128 0x5
	.string	"buf"
	.byte	0x5
	.byte	0x3e
	.4byte	0x72
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.uleb128 0x2
	.string	"tmp"
	.byte	0x7
	.byte	0xa
	.4byte	0x2b4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.uleb128 0x2
	.string	"n"
	.byte	0x8
	.byte	0x9
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x15
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x28e
	.uleb128 0x2
	.string	"d"
	.byte	0xa
	.byte	0x12
	.4byte	0x56
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.uleb128 0x7
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"i"
	.byte	0xe
	.byte	0xe
	.4byte	0x41
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF20
	.uleb128 0x16
	.4byte	0x77
	.uleb128 0x4
	.4byte	0x3a
	.byte	0x47
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x7
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x5
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
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
.LASF21:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF11:
	.string	"snprintf"
.LASF18:
	.string	"itoa"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"size_t"
.LASF14:
	.string	"bases"
.LASF15:
	.string	"mismatches"
.LASF23:
	.string	"main"
.LASF17:
	.string	"base"
.LASF5:
	.string	"unsigned int"
.LASF20:
	.string	"long long unsigned int"
.LASF10:
	.string	"strcmp"
.LASF19:
	.string	"utoa"
.LASF16:
	.string	"long long int"
.LASF9:
	.string	"char"
.LASF13:
	.string	"values"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/int_to_string.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
