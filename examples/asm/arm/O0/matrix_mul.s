	.arch armv8-a
	.file	"matrix_mul.c"
	.text
.Ltext0:
	.file 0 "." "programs/matrix_mul.c"
	.align	2
	.type	multiply, %function
multiply:
.LFB0:
	.file 1 "programs/matrix_mul.c"
	.loc 1 7 1
	.cfi_startproc
	sub	sp, sp, #64
	.cfi_def_cfa_offset 64
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	str	x2, [sp, 8]
.LBB2:
	.loc 1 8 14
	str	wzr, [sp, 60]
	.loc 1 8 5
	b	.L2
.L7:
.LBB3:
	.loc 1 9 18
	str	wzr, [sp, 56]
	.loc 1 9 9
	b	.L3
.L6:
.LBB4:
	.loc 1 10 18
	str	xzr, [sp, 48]
.LBB5:
	.loc 1 11 22
	str	wzr, [sp, 44]
	.loc 1 11 13
	b	.L4
.L5:
	.loc 1 12 29 discriminator 3
	ldrsw	x1, [sp, 60]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	mov	x1, x0
	ldr	x0, [sp, 24]
	add	x0, x0, x1
	.loc 1 12 32 discriminator 3
	ldrsw	x1, [sp, 44]
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 12 22 discriminator 3
	sxtw	x2, w0
	.loc 1 12 39 discriminator 3
	ldrsw	x1, [sp, 44]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	mov	x1, x0
	ldr	x0, [sp, 16]
	add	x0, x0, x1
	.loc 1 12 42 discriminator 3
	ldrsw	x1, [sp, 56]
	ldr	w0, [x0, x1, lsl 2]
	sxtw	x0, w0
	.loc 1 12 36 discriminator 3
	mul	x0, x2, x0
	.loc 1 12 19 discriminator 3
	ldr	x1, [sp, 48]
	add	x0, x1, x0
	str	x0, [sp, 48]
	.loc 1 11 37 discriminator 3
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L4:
	.loc 1 11 31 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 5
	ble	.L5
.LBE5:
	.loc 1 13 14 discriminator 2
	ldrsw	x1, [sp, 60]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 4
	mov	x1, x0
	ldr	x0, [sp, 8]
	add	x0, x0, x1
	.loc 1 13 21 discriminator 2
	ldrsw	x1, [sp, 56]
	ldr	x2, [sp, 48]
	str	x2, [x0, x1, lsl 3]
.LBE4:
	.loc 1 9 33 discriminator 2
	ldr	w0, [sp, 56]
	add	w0, w0, 1
	str	w0, [sp, 56]
.L3:
	.loc 1 9 27 discriminator 1
	ldr	w0, [sp, 56]
	cmp	w0, 5
	ble	.L6
.LBE3:
	.loc 1 8 29 discriminator 2
	ldr	w0, [sp, 60]
	add	w0, w0, 1
	str	w0, [sp, 60]
.L2:
	.loc 1 8 23 discriminator 1
	ldr	w0, [sp, 60]
	cmp	w0, 5
	ble	.L7
.LBE2:
	.loc 1 15 1
	nop
	nop
	add	sp, sp, 64
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	multiply, .-multiply
	.align	2
	.type	transpose, %function
transpose:
.LFB1:
	.loc 1 18 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
.LBB6:
	.loc 1 19 14
	str	wzr, [sp, 28]
	.loc 1 19 5
	b	.L9
.L12:
.LBB7:
	.loc 1 20 18
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 24]
	.loc 1 20 9
	b	.L10
.L11:
.LBB8:
	.loc 1 21 22 discriminator 3
	ldrsw	x1, [sp, 28]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	mov	x1, x0
	ldr	x0, [sp, 8]
	add	x0, x0, x1
	.loc 1 21 17 discriminator 3
	ldrsw	x1, [sp, 24]
	ldr	w0, [x0, x1, lsl 2]
	str	w0, [sp, 20]
	.loc 1 22 24 discriminator 3
	ldrsw	x1, [sp, 24]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	mov	x1, x0
	ldr	x0, [sp, 8]
	add	x2, x0, x1
	.loc 1 22 14 discriminator 3
	ldrsw	x1, [sp, 28]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	mov	x1, x0
	ldr	x0, [sp, 8]
	add	x0, x0, x1
	.loc 1 22 27 discriminator 3
	ldrsw	x1, [sp, 28]
	ldr	w2, [x2, x1, lsl 2]
	.loc 1 22 21 discriminator 3
	ldrsw	x1, [sp, 24]
	str	w2, [x0, x1, lsl 2]
	.loc 1 23 14 discriminator 3
	ldrsw	x1, [sp, 24]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	mov	x1, x0
	ldr	x0, [sp, 8]
	add	x0, x0, x1
	.loc 1 23 21 discriminator 3
	ldrsw	x1, [sp, 28]
	ldr	w2, [sp, 20]
	str	w2, [x0, x1, lsl 2]
.LBE8:
	.loc 1 20 37 discriminator 3
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L10:
	.loc 1 20 31 discriminator 1
	ldr	w0, [sp, 24]
	cmp	w0, 5
	ble	.L11
.LBE7:
	.loc 1 19 29 discriminator 2
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L9:
	.loc 1 19 23 discriminator 1
	ldr	w0, [sp, 28]
	cmp	w0, 5
	ble	.L12
.LBE6:
	.loc 1 25 1
	nop
	nop
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	transpose, .-transpose
	.section	.rodata
	.align	3
.LC0:
	.string	"%6ld"
	.align	3
.LC1:
	.string	"trace %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 28 1
	.cfi_startproc
	sub	sp, sp, #624
	.cfi_def_cfa_offset 624
	stp	x29, x30, [sp]
	.cfi_offset 29, -624
	.cfi_offset 30, -616
	mov	x29, sp
.LBB9:
	.loc 1 31 14
	str	wzr, [sp, 620]
	.loc 1 31 5
	b	.L14
.L17:
.LBB10:
	.loc 1 32 18
	str	wzr, [sp, 616]
	.loc 1 32 9
	b	.L15
.L16:
	.loc 1 33 26 discriminator 3
	ldr	w0, [sp, 620]
	add	w1, w0, 1
	.loc 1 33 36 discriminator 3
	ldr	w0, [sp, 616]
	add	w0, w0, 2
	.loc 1 33 31 discriminator 3
	mul	w0, w1, w0
	.loc 1 33 41 discriminator 3
	sub	w2, w0, #7
	.loc 1 33 21 discriminator 3
	ldrsw	x3, [sp, 616]
	ldrsw	x1, [sp, 620]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x3
	lsl	x0, x0, 2
	add	x1, sp, 456
	str	w2, [x1, x0]
	.loc 1 34 26 discriminator 3
	ldr	w1, [sp, 620]
	ldr	w0, [sp, 616]
	eor	w0, w1, w0
	.loc 1 34 31 discriminator 3
	sub	w2, w0, #3
	.loc 1 34 21 discriminator 3
	ldrsw	x3, [sp, 616]
	ldrsw	x1, [sp, 620]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x3
	lsl	x0, x0, 2
	add	x1, sp, 312
	str	w2, [x1, x0]
	.loc 1 32 33 discriminator 3
	ldr	w0, [sp, 616]
	add	w0, w0, 1
	str	w0, [sp, 616]
.L15:
	.loc 1 32 27 discriminator 1
	ldr	w0, [sp, 616]
	cmp	w0, 5
	ble	.L16
.LBE10:
	.loc 1 31 29 discriminator 2
	ldr	w0, [sp, 620]
	add	w0, w0, 1
	str	w0, [sp, 620]
.L14:
	.loc 1 31 23 discriminator 1
	ldr	w0, [sp, 620]
	cmp	w0, 5
	ble	.L17
.LBE9:
	.loc 1 36 5
	add	x0, sp, 312
	bl	transpose
	.loc 1 37 5
	add	x2, sp, 24
	add	x1, sp, 312
	add	x0, sp, 456
	bl	multiply
	.loc 1 38 10
	str	xzr, [sp, 608]
.LBB11:
	.loc 1 39 14
	str	wzr, [sp, 604]
	.loc 1 39 5
	b	.L18
.L21:
.LBB12:
	.loc 1 40 18
	str	wzr, [sp, 600]
	.loc 1 40 9
	b	.L19
.L20:
	.loc 1 41 13 discriminator 3
	ldrsw	x2, [sp, 600]
	ldrsw	x1, [sp, 604]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x2
	lsl	x0, x0, 3
	add	x1, sp, 24
	ldr	x0, [x1, x0]
	mov	x1, x0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 40 33 discriminator 3
	ldr	w0, [sp, 600]
	add	w0, w0, 1
	str	w0, [sp, 600]
.L19:
	.loc 1 40 27 discriminator 1
	ldr	w0, [sp, 600]
	cmp	w0, 5
	ble	.L20
.LBE12:
	.loc 1 42 9 discriminator 2
	mov	w0, 10
	bl	putchar
	.loc 1 43 22 discriminator 2
	ldrsw	x1, [sp, 604]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 3
	add	x1, sp, 24
	ldr	x0, [x1, x0]
	.loc 1 43 15 discriminator 2
	ldr	x1, [sp, 608]
	add	x0, x1, x0
	str	x0, [sp, 608]
	.loc 1 39 29 discriminator 2
	ldr	w0, [sp, 604]
	add	w0, w0, 1
	str	w0, [sp, 604]
.L18:
	.loc 1 39 23 discriminator 1
	ldr	w0, [sp, 604]
	cmp	w0, 5
	ble	.L21
.LBE11:
	.loc 1 45 5
	ldr	x1, [sp, 608]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 46 12
	ldr	x0, [sp, 608]
	and	w0, w0, 127
	.loc 1 47 1
	ldp	x29, x30, [sp]
	add	sp, sp, 624
	.cfi_restore 29
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2ed
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF13
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
	.uleb128 0xa
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
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xb
	.4byte	0x66
	.uleb128 0xc
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x8a
	.uleb128 0xd
	.4byte	0x8a
	.uleb128 0xe
	.byte	0
	.uleb128 0x7
	.4byte	0x6d
	.uleb128 0xf
	.4byte	.LASF15
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x164
	.uleb128 0x1
	.string	"a"
	.byte	0x1d
	.byte	0x9
	.4byte	0x164
	.uleb128 0x3
	.byte	0x91
	.sleb128 -168
	.uleb128 0x1
	.string	"b"
	.byte	0x1d
	.byte	0x12
	.4byte	0x164
	.uleb128 0x3
	.byte	0x91
	.sleb128 -312
	.uleb128 0x1
	.string	"c"
	.byte	0x1e
	.byte	0xa
	.4byte	0x178
	.uleb128 0x3
	.byte	0x91
	.sleb128 -600
	.uleb128 0x10
	.4byte	.LASF10
	.byte	0x1
	.byte	0x26
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x11
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.4byte	0x127
	.uleb128 0x1
	.string	"i"
	.byte	0x1f
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.uleb128 0x1
	.string	"j"
	.byte	0x20
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.uleb128 0x2
	.8byte	.LBB11
	.8byte	.LBE11-.LBB11
	.uleb128 0x1
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.8byte	.LBB12
	.8byte	.LBE12-.LBB12
	.uleb128 0x1
	.string	"j"
	.byte	0x28
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x35
	.4byte	0x178
	.uleb128 0x4
	.4byte	0x2e
	.uleb128 0x4
	.4byte	0x2e
	.byte	0
	.uleb128 0x5
	.4byte	0x5f
	.4byte	0x18c
	.uleb128 0x4
	.4byte	0x2e
	.uleb128 0x4
	.4byte	0x2e
	.byte	0
	.uleb128 0x8
	.4byte	.LASF11
	.byte	0x11
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x20f
	.uleb128 0x6
	.string	"m"
	.byte	0x11
	.byte	0x1b
	.4byte	0x21e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.uleb128 0x1
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.uleb128 0x1
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.uleb128 0x1
	.string	"t"
	.byte	0x15
	.byte	0x11
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x35
	.4byte	0x21e
	.uleb128 0x4
	.4byte	0x2e
	.byte	0
	.uleb128 0x7
	.4byte	0x20f
	.uleb128 0x8
	.4byte	.LASF12
	.byte	0x6
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2dc
	.uleb128 0x6
	.string	"a"
	.byte	0x6
	.byte	0x1a
	.4byte	0x21e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x6
	.string	"b"
	.byte	0x6
	.byte	0x27
	.4byte	0x21e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x6
	.string	"c"
	.byte	0x6
	.byte	0x35
	.4byte	0x2eb
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x2
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"j"
	.byte	0x9
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"s"
	.byte	0xa
	.byte	0x12
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"k"
	.byte	0xb
	.byte	0x16
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x5f
	.4byte	0x2eb
	.uleb128 0x4
	.4byte	0x2e
	.byte	0
	.uleb128 0x7
	.4byte	0x2dc
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x21
	.sleb128 5
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
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
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF10:
	.string	"trace"
.LASF12:
	.string	"multiply"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF11:
	.string	"transpose"
.LASF15:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF2:
	.string	"long unsigned int"
.LASF14:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/matrix_mul.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
