	.arch armv8-a
	.file	"fixed_point.c"
	.text
.Ltext0:
	.file 0 "." "programs/fixed_point.c"
	.align	2
	.type	fix_mul, %function
fix_mul:
.LFB0:
	.file 1 "programs/fixed_point.c"
	.loc 1 8 34
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	w0, [sp, 12]
	str	w1, [sp, 8]
	.loc 1 8 50
	ldrsw	x1, [sp, 12]
	.loc 1 8 61
	ldrsw	x0, [sp, 8]
	mul	x0, x1, x0
	.loc 1 8 66
	asr	x0, x0, 16
	.loc 1 8 74
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	fix_mul, .-fix_mul
	.align	2
	.type	fix_div, %function
fix_div:
.LFB1:
	.loc 1 9 34
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	w0, [sp, 12]
	str	w1, [sp, 8]
	.loc 1 9 50
	ldrsw	x0, [sp, 12]
	.loc 1 9 61
	lsl	x1, x0, 16
	.loc 1 9 68
	ldrsw	x0, [sp, 8]
	sdiv	x0, x1, x0
	.loc 1 9 74
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	fix_div, .-fix_div
	.align	2
	.type	fix_sqrt, %function
fix_sqrt:
.LFB2:
	.loc 1 12 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	w0, [sp, 28]
	.loc 1 13 8
	ldr	w0, [sp, 28]
	cmp	w0, 0
	bgt	.L6
	.loc 1 14 16
	mov	w0, 0
	b	.L7
.L6:
	.loc 1 15 29
	ldr	w0, [sp, 28]
	cmp	w0, 65536
	ble	.L8
	.loc 1 15 29 is_stmt 0 discriminator 1
	ldr	w0, [sp, 28]
	lsr	w1, w0, 31
	add	w0, w1, w0
	asr	w0, w0, 1
	b	.L9
.L8:
	.loc 1 15 29 discriminator 2
	mov	w0, 65536
.L9:
	.loc 1 15 9 is_stmt 1 discriminator 4
	str	w0, [sp, 44]
.LBB2:
	.loc 1 16 14 discriminator 4
	str	wzr, [sp, 40]
	.loc 1 16 5 discriminator 4
	b	.L10
.L11:
	.loc 1 17 18 discriminator 3
	ldr	w1, [sp, 44]
	ldr	w0, [sp, 28]
	bl	fix_div
	mov	w1, w0
	.loc 1 17 16 discriminator 3
	ldr	w0, [sp, 44]
	add	w0, w1, w0
	.loc 1 17 11 discriminator 3
	lsr	w1, w0, 31
	add	w0, w1, w0
	asr	w0, w0, 1
	str	w0, [sp, 44]
	.loc 1 16 30 discriminator 3
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
.L10:
	.loc 1 16 23 discriminator 1
	ldr	w0, [sp, 40]
	cmp	w0, 19
	ble	.L11
.LBE2:
	.loc 1 18 12
	ldr	w0, [sp, 44]
.L7:
	.loc 1 19 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	fix_sqrt, .-fix_sqrt
	.section	.rodata
	.align	3
.LC0:
	.string	"-"
	.align	3
.LC1:
	.string	""
	.align	3
.LC2:
	.string	"%s = %s%lld.%04lld\n"
	.text
	.align	2
	.type	print_fix, %function
print_fix:
.LFB3:
	.loc 1 22 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	str	w1, [sp, 20]
	.loc 1 23 23
	ldrsw	x1, [sp, 20]
	.loc 1 23 34
	mov	x0, 10000
	mul	x0, x1, x0
	.loc 1 23 13
	mov	x1, 65535
	add	x1, x0, x1
	cmp	x0, 0
	csel	x0, x1, x0, lt
	asr	x0, x0, 16
	str	x0, [sp, 40]
	.loc 1 24 22
	ldr	x0, [sp, 40]
	lsr	x0, x0, 63
	and	w0, w0, 255
	.loc 1 24 9
	str	w0, [sp, 36]
	.loc 1 25 8
	ldr	w0, [sp, 36]
	cmp	w0, 0
	beq	.L13
	.loc 1 26 16
	ldr	x0, [sp, 40]
	neg	x0, x0
	str	x0, [sp, 40]
.L13:
	.loc 1 27 5
	ldr	w0, [sp, 36]
	cmp	w0, 0
	beq	.L14
	.loc 1 27 5 is_stmt 0 discriminator 1
	adrp	x0, .LC0
	add	x2, x0, :lo12:.LC0
	b	.L15
.L14:
	.loc 1 27 5 discriminator 2
	adrp	x0, .LC1
	add	x2, x0, :lo12:.LC1
.L15:
	.loc 1 27 77 is_stmt 1 discriminator 4
	ldr	x0, [sp, 40]
	mov	x1, 22859
	movk	x1, 0x3886, lsl 16
	movk	x1, 0xc5d6, lsl 32
	movk	x1, 0x346d, lsl 48
	smulh	x1, x0, x1
	asr	x1, x1, 11
	asr	x0, x0, 63
	sub	x5, x1, x0
	.loc 1 27 106 discriminator 4
	ldr	x0, [sp, 40]
	mov	x1, 22859
	movk	x1, 0x3886, lsl 16
	movk	x1, 0xc5d6, lsl 32
	movk	x1, 0x346d, lsl 48
	smulh	x1, x0, x1
	asr	x3, x1, 11
	asr	x1, x0, 63
	sub	x1, x3, x1
	mov	x3, 10000
	mul	x1, x1, x3
	sub	x1, x0, x1
	.loc 1 27 5 discriminator 4
	mov	x4, x1
	mov	x3, x5
	ldr	x1, [sp, 24]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 28 1 discriminator 4
	nop
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	print_fix, .-print_fix
	.section	.rodata
	.align	3
.LC3:
	.string	"a"
	.align	3
.LC4:
	.string	"b"
	.align	3
.LC5:
	.string	"a*b"
	.align	3
.LC6:
	.string	"a/b"
	.align	3
.LC7:
	.string	"sqrt(a)"
	.align	3
.LC8:
	.string	"sqrt(2)"
	.align	3
.LC9:
	.string	"geometric sum"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB4:
	.loc 1 31 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	.loc 1 32 9
	mov	w0, 16384
	movk	w0, 0x3, lsl 16
	str	w0, [sp, 32]
	.loc 1 33 9
	mov	w0, 57344
	movk	w0, 0xfffd, lsl 16
	str	w0, [sp, 28]
	.loc 1 34 5
	ldr	w1, [sp, 32]
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	print_fix
	.loc 1 35 5
	ldr	w1, [sp, 28]
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	print_fix
	.loc 1 36 5
	ldr	w1, [sp, 28]
	ldr	w0, [sp, 32]
	bl	fix_mul
	mov	w1, w0
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	print_fix
	.loc 1 37 5
	ldr	w1, [sp, 28]
	ldr	w0, [sp, 32]
	bl	fix_div
	mov	w1, w0
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	print_fix
	.loc 1 38 5
	ldr	w0, [sp, 32]
	bl	fix_sqrt
	mov	w1, w0
	adrp	x0, .LC7
	add	x0, x0, :lo12:.LC7
	bl	print_fix
	.loc 1 39 5
	mov	w0, 131072
	bl	fix_sqrt
	mov	w1, w0
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
	bl	print_fix
	.loc 1 40 9
	mov	w0, 65536
	str	w0, [sp, 44]
	.loc 1 40 18
	str	wzr, [sp, 40]
.LBB3:
	.loc 1 41 14
	str	wzr, [sp, 36]
	.loc 1 41 5
	b	.L17
.L18:
	.loc 1 42 13 discriminator 3
	ldr	w1, [sp, 40]
	ldr	w0, [sp, 44]
	add	w0, w1, w0
	str	w0, [sp, 40]
	.loc 1 43 13 discriminator 3
	mov	w1, 49152
	ldr	w0, [sp, 44]
	bl	fix_mul
	str	w0, [sp, 44]
	.loc 1 41 30 discriminator 3
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L17:
	.loc 1 41 23 discriminator 1
	ldr	w0, [sp, 36]
	cmp	w0, 9
	ble	.L18
.LBE3:
	.loc 1 45 5
	ldr	w1, [sp, 40]
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	bl	print_fix
	.loc 1 46 13
	mov	w0, 1048576
	bl	fix_sqrt
	.loc 1 46 32
	asr	w0, w0, 16
	.loc 1 46 39
	and	w0, w0, 255
	.loc 1 47 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x25e
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x6
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x7
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
	.uleb128 0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x35
	.uleb128 0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x77
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0x8
	.4byte	0x7e
	.uleb128 0x4
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x5f
	.uleb128 0x4
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x6b
	.uleb128 0x9
	.string	"fix"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x8a
	.uleb128 0xa
	.4byte	.LASF21
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xc6
	.uleb128 0xb
	.4byte	0xc6
	.uleb128 0xc
	.byte	0
	.uleb128 0xd
	.byte	0x8
	.4byte	0x85
	.uleb128 0xe
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x13f
	.uleb128 0x2
	.string	"a"
	.byte	0x20
	.byte	0x9
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.string	"b"
	.byte	0x21
	.byte	0x9
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.string	"x"
	.byte	0x28
	.byte	0x9
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.string	"sum"
	.byte	0x28
	.byte	0x12
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x2
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LASF18
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x196
	.uleb128 0x10
	.4byte	.LASF14
	.byte	0x1
	.byte	0x15
	.byte	0x23
	.4byte	0xc6
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"v"
	.byte	0x15
	.byte	0x2d
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x11
	.4byte	.LASF15
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.4byte	0x96
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"neg"
	.byte	0x18
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.uleb128 0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0xb
	.byte	0xc
	.4byte	0xa2
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ef
	.uleb128 0x3
	.string	"x"
	.byte	0xb
	.byte	0x19
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.string	"r"
	.byte	0xf
	.byte	0x9
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.uleb128 0x13
	.4byte	.LASF17
	.byte	0x1
	.byte	0x9
	.byte	0xc
	.4byte	0xa2
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x22a
	.uleb128 0x3
	.string	"a"
	.byte	0x9
	.byte	0x18
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x14
	.4byte	.LASF19
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0xa2
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"a"
	.byte	0x8
	.byte	0x18
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.string	"b"
	.byte	0x8
	.byte	0x1f
	.4byte	0xa2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
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
	.uleb128 0x5
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x16
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
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0xf
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
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
	.uleb128 0x7a
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
.LASF13:
	.string	"int64_t"
.LASF8:
	.string	"__int32_t"
.LASF19:
	.string	"fix_mul"
.LASF16:
	.string	"fix_sqrt"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"__int64_t"
.LASF7:
	.string	"short int"
.LASF22:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"char"
.LASF12:
	.string	"int32_t"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF15:
	.string	"scaled"
.LASF14:
	.string	"name"
.LASF21:
	.string	"printf"
.LASF18:
	.string	"print_fix"
.LASF17:
	.string	"fix_div"
.LASF10:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/fixed_point.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
