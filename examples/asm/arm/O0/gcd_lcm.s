	.arch armv8-a
	.file	"gcd_lcm.c"
	.text
.Ltext0:
	.file 0 "." "programs/gcd_lcm.c"
	.align	2
	.type	gcd, %function
gcd:
.LFB6:
	.file 1 "programs/gcd_lcm.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 7 11
	b	.L2
.L3:
.LBB2:
	.loc 1 8 23
	ldr	x0, [sp, 8]
	ldr	x1, [sp]
	udiv	x2, x0, x1
	ldr	x1, [sp]
	mul	x1, x2, x1
	sub	x0, x0, x1
	str	x0, [sp, 24]
	.loc 1 9 11
	ldr	x0, [sp]
	str	x0, [sp, 8]
	.loc 1 10 11
	ldr	x0, [sp, 24]
	str	x0, [sp]
.L2:
.LBE2:
	.loc 1 7 12
	ldr	x0, [sp]
	cmp	x0, 0
	bne	.L3
	.loc 1 12 12
	ldr	x0, [sp, 8]
	.loc 1 13 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	gcd, .-gcd
	.align	2
	.type	ext_gcd, %function
ext_gcd:
.LFB7:
	.loc 1 16 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	str	x0, [sp, 40]
	str	x1, [sp, 32]
	str	x2, [sp, 24]
	str	x3, [sp, 16]
	.loc 1 17 8
	ldr	x0, [sp, 32]
	cmp	x0, 0
	bne	.L6
	.loc 1 18 12
	ldr	x0, [sp, 24]
	mov	x1, 1
	str	x1, [x0]
	.loc 1 19 12
	ldr	x0, [sp, 16]
	str	xzr, [x0]
	.loc 1 20 16
	ldr	x0, [sp, 40]
	b	.L8
.L6:
	.loc 1 23 14
	ldr	x0, [sp, 40]
	ldr	x1, [sp, 32]
	sdiv	x2, x0, x1
	ldr	x1, [sp, 32]
	mul	x1, x2, x1
	sub	x0, x0, x1
	add	x2, sp, 56
	add	x1, sp, 64
	mov	x3, x2
	mov	x2, x1
	mov	x1, x0
	ldr	x0, [sp, 32]
	bl	ext_gcd
	str	x0, [sp, 72]
	.loc 1 24 8
	ldr	x1, [sp, 56]
	ldr	x0, [sp, 24]
	str	x1, [x0]
	.loc 1 25 13
	ldr	x1, [sp, 64]
	.loc 1 25 18
	ldr	x2, [sp, 40]
	ldr	x0, [sp, 32]
	sdiv	x2, x2, x0
	.loc 1 25 23
	ldr	x0, [sp, 56]
	mul	x0, x2, x0
	.loc 1 25 13
	sub	x1, x1, x0
	.loc 1 25 8
	ldr	x0, [sp, 16]
	str	x1, [x0]
	.loc 1 26 12
	ldr	x0, [sp, 72]
.L8:
	.loc 1 27 1 discriminator 1
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	ext_gcd, .-ext_gcd
	.section	.rodata
	.align	3
.LC1:
	.string	"gcd(%lu,%lu)=%lu lcm=%lu bezout=(%ld,%ld)\n"
	.align	3
.LC2:
	.string	"lcm of firsts %lu, inverse of 65537 mod %lu = %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB8:
	.loc 1 30 1
	.cfi_startproc
	stp	x29, x30, [sp, -208]!
	.cfi_def_cfa_offset 208
	.cfi_offset 29, -208
	.cfi_offset 30, -200
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 31 58
	ldr	w0, [sp, 28]
	cmp	w0, 1
	ble	.L10
	.loc 1 31 46 discriminator 1
	ldr	x0, [sp, 16]
	add	x0, x0, 8
	.loc 1 31 34 discriminator 1
	ldr	x0, [x0]
	mov	w2, 10
	mov	x1, 0
	bl	strtoul
	b	.L11
.L10:
	.loc 1 31 58 discriminator 2
	mov	x0, 51719
	movk	x0, 0x3b9a, lsl 16
.L11:
	.loc 1 31 19 discriminator 4
	str	x0, [sp, 184]
	.loc 1 32 19 discriminator 4
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 64
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	ldp	q0, q1, [x1, 64]
	stp	q0, q1, [x0, 64]
	.loc 1 33 19 discriminator 4
	mov	x0, 1
	str	x0, [sp, 200]
.LBB3:
	.loc 1 34 14 discriminator 4
	str	wzr, [sp, 196]
	.loc 1 34 5 discriminator 4
	b	.L12
.L14:
.LBB4:
	.loc 1 35 23
	ldrsw	x0, [sp, 196]
	lsl	x0, x0, 4
	add	x1, sp, 64
	ldr	x0, [x1, x0]
	str	x0, [sp, 176]
	.loc 1 35 40
	ldrsw	x0, [sp, 196]
	lsl	x0, x0, 4
	add	x1, sp, 72
	ldr	x0, [x1, x0]
	str	x0, [sp, 168]
	.loc 1 36 27
	ldr	x1, [sp, 168]
	ldr	x0, [sp, 176]
	bl	gcd
	str	x0, [sp, 160]
	.loc 1 38 9
	ldr	x0, [sp, 176]
	ldr	x1, [sp, 168]
	add	x3, sp, 32
	add	x2, sp, 40
	bl	ext_gcd
	.loc 1 39 74
	ldr	x1, [sp, 176]
	ldr	x0, [sp, 160]
	udiv	x1, x1, x0
	.loc 1 39 9
	ldr	x0, [sp, 168]
	mul	x0, x1, x0
	ldr	x1, [sp, 40]
	ldr	x2, [sp, 32]
	mov	x6, x2
	mov	x5, x1
	mov	x4, x0
	ldr	x3, [sp, 160]
	ldr	x2, [sp, 168]
	ldr	x1, [sp, 176]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 40 12
	ldr	w0, [sp, 196]
	cmp	w0, 3
	bgt	.L13
	.loc 1 41 21
	ldr	x1, [sp, 176]
	ldr	x0, [sp, 200]
	bl	gcd
	mov	x1, x0
	.loc 1 41 19
	ldr	x0, [sp, 200]
	udiv	x0, x0, x1
	.loc 1 41 15
	ldr	x1, [sp, 176]
	mul	x0, x1, x0
	str	x0, [sp, 200]
.L13:
.LBE4:
	.loc 1 34 29 discriminator 2
	ldr	w0, [sp, 196]
	add	w0, w0, 1
	str	w0, [sp, 196]
.L12:
	.loc 1 34 23 discriminator 1
	ldr	w0, [sp, 196]
	cmp	w0, 5
	ble	.L14
.LBE3:
	.loc 1 44 5
	ldr	x0, [sp, 184]
	add	x2, sp, 48
	add	x1, sp, 56
	mov	x3, x2
	mov	x2, x1
	mov	x1, x0
	mov	w0, 65537
	bl	ext_gcd
	.loc 1 45 17
	ldr	x0, [sp, 56]
	.loc 1 45 19
	ldr	x1, [sp, 184]
	.loc 1 45 17
	sdiv	x2, x0, x1
	mul	x1, x2, x1
	sub	x1, x0, x1
	.loc 1 45 30
	ldr	x0, [sp, 184]
	.loc 1 45 28
	add	x0, x1, x0
	.loc 1 45 41
	ldr	x1, [sp, 184]
	.loc 1 45 39
	sdiv	x2, x0, x1
	mul	x1, x2, x1
	sub	x0, x0, x1
	.loc 1 45 9
	str	x0, [sp, 56]
	.loc 1 46 5
	ldr	x0, [sp, 56]
	mov	x3, x0
	ldr	x2, [sp, 184]
	ldr	x1, [sp, 200]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 47 20
	ldr	x2, [sp, 200]
	mov	x0, 20945
	movk	x0, 0x2f81, lsl 16
	movk	x0, 0x7eae, lsl 32
	movk	x0, 0x51d0, lsl 48
	umulh	x0, x2, x0
	sub	x1, x2, x0
	lsr	x1, x1, 1
	add	x0, x0, x1
	lsr	x1, x0, 6
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 5
	add	x0, x0, x1
	sub	x1, x2, x0
	.loc 1 47 12
	mov	w0, w1
	.loc 1 48 1
	ldp	x29, x30, [sp], 208
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.xword	12
	.xword	18
	.xword	1071
	.xword	462
	.xword	270
	.xword	192
	.xword	17
	.xword	5
	.xword	1048576
	.xword	12288
	.xword	600851475143
	.xword	6857
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2a9
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xb
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xc
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
	.uleb128 0x4
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xd
	.4byte	0x6b
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0xe
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x9d
	.uleb128 0x5
	.4byte	0x9d
	.uleb128 0xf
	.byte	0
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0x7
	.4byte	0x9d
	.uleb128 0x10
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.uleb128 0x5
	.4byte	0xa2
	.uleb128 0x5
	.4byte	0xcc
	.uleb128 0x5
	.4byte	0x35
	.byte	0
	.uleb128 0x4
	.4byte	0x66
	.uleb128 0x7
	.4byte	0xc7
	.uleb128 0x11
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1c3
	.uleb128 0x8
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x35
	.uleb128 0x3
	.byte	0x91
	.sleb128 -180
	.uleb128 0x8
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc7
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.uleb128 0x1
	.string	"m"
	.byte	0x1f
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x9
	.4byte	.LASF16
	.byte	0x20
	.byte	0x13
	.4byte	0x1c3
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0x1
	.string	"l"
	.byte	0x21
	.byte	0x13
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x1
	.string	"inv"
	.byte	0x2b
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.uleb128 0x9
	.4byte	.LASF17
	.byte	0x2b
	.byte	0xf
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -160
	.uleb128 0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x6
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"a"
	.byte	0x23
	.byte	0x17
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.string	"b"
	.byte	0x23
	.byte	0x28
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"g"
	.byte	0x24
	.byte	0x17
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x1
	.string	"x"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -168
	.uleb128 0x1
	.string	"y"
	.byte	0x25
	.byte	0x11
	.4byte	0x5f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.4byte	0x2e
	.4byte	0x1d9
	.uleb128 0xa
	.4byte	0x2e
	.byte	0x5
	.uleb128 0xa
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.uleb128 0x13
	.4byte	.LASF20
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x252
	.uleb128 0x3
	.string	"a"
	.byte	0xf
	.byte	0x1a
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x3
	.string	"b"
	.byte	0xf
	.byte	0x22
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x3
	.string	"x"
	.byte	0xf
	.byte	0x2b
	.4byte	0x252
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x3
	.string	"y"
	.byte	0xf
	.byte	0x34
	.4byte	0x252
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x1
	.string	"x1"
	.byte	0x16
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x1
	.string	"y1"
	.byte	0x16
	.byte	0xe
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"g"
	.byte	0x17
	.byte	0xa
	.4byte	0x5f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x4
	.4byte	0x5f
	.uleb128 0x14
	.string	"gcd"
	.byte	0x1
	.byte	0x5
	.byte	0x16
	.4byte	0x2e
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"a"
	.byte	0x5
	.byte	0x28
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"b"
	.byte	0x5
	.byte	0x39
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"t"
	.byte	0x8
	.byte	0x17
	.4byte	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
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
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 29
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x18
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
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x26
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
	.uleb128 0x18
	.byte	0
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
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"pairs"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"dummy"
.LASF13:
	.string	"strtoul"
.LASF19:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF20:
	.string	"ext_gcd"
.LASF14:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF9:
	.string	"char"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/gcd_lcm.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
