	.arch armv8-a
	.file	"linked_list.c"
	.text
.Ltext0:
	.file 0 "." "programs/linked_list.c"
	.local	pool
	.comm	pool,1024,8
	.local	used
	.comm	used,4,4
	.align	2
	.type	insert_sorted, %function
insert_sorted:
.LFB0:
	.file 1 "programs/linked_list.c"
	.loc 1 11 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	.loc 1 12 32
	adrp	x0, used
	add	x0, x0, :lo12:used
	ldr	w0, [x0]
	add	w2, w0, 1
	adrp	x1, used
	add	x1, x1, :lo12:used
	str	w2, [x1]
	.loc 1 12 18
	sxtw	x0, w0
	lsl	x1, x0, 4
	adrp	x0, pool
	add	x0, x0, :lo12:pool
	add	x0, x1, x0
	str	x0, [sp, 16]
	.loc 1 13 14
	ldr	x0, [sp, 16]
	ldr	w1, [sp, 4]
	str	w1, [x0]
	.loc 1 14 19
	add	x0, sp, 8
	str	x0, [sp, 24]
	.loc 1 15 11
	b	.L2
.L4:
	.loc 1 16 18
	ldr	x0, [sp, 24]
	ldr	x0, [x0]
	.loc 1 16 14
	add	x0, x0, 8
	str	x0, [sp, 24]
.L2:
	.loc 1 15 12
	ldr	x0, [sp, 24]
	ldr	x0, [x0]
	.loc 1 15 18
	cmp	x0, 0
	beq	.L3
	.loc 1 15 22 discriminator 1
	ldr	x0, [sp, 24]
	ldr	x0, [x0]
	.loc 1 15 28 discriminator 1
	ldr	w0, [x0]
	.loc 1 15 18 discriminator 1
	ldr	w1, [sp, 4]
	cmp	w1, w0
	bgt	.L4
.L3:
	.loc 1 17 15
	ldr	x0, [sp, 24]
	ldr	x1, [x0]
	.loc 1 17 13
	ldr	x0, [sp, 16]
	str	x1, [x0, 8]
	.loc 1 18 11
	ldr	x0, [sp, 24]
	ldr	x1, [sp, 16]
	str	x1, [x0]
	.loc 1 19 12
	ldr	x0, [sp, 8]
	.loc 1 20 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	insert_sorted, .-insert_sorted
	.align	2
	.type	reverse, %function
reverse:
.LFB1:
	.loc 1 23 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	.loc 1 24 18
	str	xzr, [sp, 24]
	.loc 1 25 11
	b	.L7
.L8:
.LBB2:
	.loc 1 26 22
	ldr	x0, [sp, 8]
	ldr	x0, [x0, 8]
	str	x0, [sp, 16]
	.loc 1 27 20
	ldr	x0, [sp, 8]
	ldr	x1, [sp, 24]
	str	x1, [x0, 8]
	.loc 1 28 14
	ldr	x0, [sp, 8]
	str	x0, [sp, 24]
	.loc 1 29 14
	ldr	x0, [sp, 16]
	str	x0, [sp, 8]
.L7:
.LBE2:
	.loc 1 25 12
	ldr	x0, [sp, 8]
	cmp	x0, 0
	bne	.L8
	.loc 1 31 12
	ldr	x0, [sp, 24]
	.loc 1 32 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	reverse, .-reverse
	.align	2
	.type	remove_if_multiple, %function
remove_if_multiple:
.LFB2:
	.loc 1 35 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	.loc 1 36 19
	add	x0, sp, 8
	str	x0, [sp, 24]
	.loc 1 37 11
	b	.L11
.L13:
	.loc 1 38 14
	ldr	x0, [sp, 24]
	ldr	x0, [x0]
	.loc 1 38 20
	ldr	w0, [x0]
	.loc 1 38 28
	ldr	w1, [sp, 4]
	sdiv	w2, w0, w1
	ldr	w1, [sp, 4]
	mul	w1, w2, w1
	sub	w0, w0, w1
	.loc 1 38 12
	cmp	w0, 0
	bne	.L12
	.loc 1 39 22
	ldr	x0, [sp, 24]
	ldr	x0, [x0]
	.loc 1 39 28
	ldr	x1, [x0, 8]
	.loc 1 39 19
	ldr	x0, [sp, 24]
	str	x1, [x0]
	b	.L11
.L12:
	.loc 1 41 22
	ldr	x0, [sp, 24]
	ldr	x0, [x0]
	.loc 1 41 18
	add	x0, x0, 8
	str	x0, [sp, 24]
.L11:
	.loc 1 37 12
	ldr	x0, [sp, 24]
	ldr	x0, [x0]
	cmp	x0, 0
	bne	.L13
	.loc 1 43 12
	ldr	x0, [sp, 8]
	.loc 1 44 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	remove_if_multiple, .-remove_if_multiple
	.section	.rodata
	.align	3
.LC0:
	.string	"%s:"
	.align	3
.LC1:
	.string	" %d"
	.text
	.align	2
	.type	print, %function
print:
.LFB3:
	.loc 1 47 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	.loc 1 48 9
	str	wzr, [sp, 44]
	.loc 1 49 5
	ldr	x1, [sp, 24]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 50 5
	b	.L16
.L17:
	.loc 1 51 24 discriminator 2
	ldr	x0, [sp, 16]
	ldr	w0, [x0]
	.loc 1 51 9 discriminator 2
	mov	w1, w0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 50 17 discriminator 2
	ldr	x0, [sp, 16]
	ldr	x0, [x0, 8]
	str	x0, [sp, 16]
	.loc 1 50 33 discriminator 2
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L16:
	.loc 1 50 12 discriminator 1
	ldr	x0, [sp, 16]
	cmp	x0, 0
	bne	.L17
	.loc 1 52 5
	mov	w0, 10
	bl	putchar
	.loc 1 53 12
	ldr	w0, [sp, 44]
	.loc 1 54 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	print, .-print
	.section	.rodata
	.align	3
.LC2:
	.string	"sorted"
	.align	3
.LC3:
	.string	"reversed"
	.align	3
.LC4:
	.string	"no multiples of 3"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB4:
	.loc 1 57 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 58 18
	str	xzr, [sp, 24]
.LBB3:
	.loc 1 59 14
	str	wzr, [sp, 20]
	.loc 1 59 5
	b	.L20
.L21:
	.loc 1 60 39 discriminator 3
	ldr	w1, [sp, 20]
	mov	w0, 37
	mul	w0, w1, w0
	.loc 1 60 44 discriminator 3
	add	w0, w0, 11
	.loc 1 60 16 discriminator 3
	mov	w1, 34079
	movk	w1, 0x51eb, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	asr	w2, w1, 4
	asr	w1, w0, 31
	sub	w1, w2, w1
	mov	w2, 50
	mul	w1, w1, w2
	sub	w1, w0, w1
	ldr	x0, [sp, 24]
	bl	insert_sorted
	str	x0, [sp, 24]
	.loc 1 59 30 discriminator 3
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L20:
	.loc 1 59 23 discriminator 1
	ldr	w0, [sp, 20]
	cmp	w0, 19
	ble	.L21
.LBE3:
	.loc 1 61 5
	ldr	x1, [sp, 24]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	print
	.loc 1 62 12
	ldr	x0, [sp, 24]
	bl	reverse
	str	x0, [sp, 24]
	.loc 1 63 5
	ldr	x1, [sp, 24]
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	print
	.loc 1 64 12
	mov	w1, 3
	ldr	x0, [sp, 24]
	bl	remove_if_multiple
	str	x0, [sp, 24]
	.loc 1 65 12
	ldr	x1, [sp, 24]
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	print
	.loc 1 66 1
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x29f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xb
	.4byte	.LASF23
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
	.uleb128 0xc
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
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x6
	.4byte	0x66
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x10
	.byte	0x4
	.4byte	.LASF11
	.uleb128 0xd
	.4byte	.LASF24
	.byte	0x10
	.byte	0x1
	.byte	0x5
	.byte	0x8
	.4byte	0xa4
	.uleb128 0x7
	.4byte	.LASF12
	.byte	0x13
	.4byte	0x35
	.byte	0
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x27
	.4byte	0xa9
	.byte	0x8
	.byte	0
	.uleb128 0x6
	.4byte	0x80
	.uleb128 0x3
	.4byte	0x80
	.uleb128 0xe
	.4byte	0x80
	.4byte	0xbe
	.uleb128 0xf
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.uleb128 0x2
	.4byte	.LASF14
	.byte	0x7
	.byte	0x14
	.4byte	0xae
	.uleb128 0x9
	.byte	0x3
	.8byte	pool
	.uleb128 0x2
	.4byte	.LASF15
	.byte	0x8
	.byte	0xc
	.4byte	0x35
	.uleb128 0x9
	.byte	0x3
	.8byte	used
	.uleb128 0x10
	.4byte	.LASF25
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x100
	.uleb128 0x11
	.4byte	0x100
	.uleb128 0x12
	.byte	0
	.uleb128 0x3
	.4byte	0x6d
	.uleb128 0x13
	.4byte	.LASF26
	.byte	0x1
	.byte	0x38
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x154
	.uleb128 0x2
	.4byte	.LASF16
	.byte	0x3a
	.byte	0x12
	.4byte	0xa9
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x8
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x9
	.string	"i"
	.byte	0x3b
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x14
	.4byte	.LASF18
	.byte	0x1
	.byte	0x2e
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x19f
	.uleb128 0x4
	.string	"tag"
	.byte	0x2e
	.byte	0x1e
	.4byte	0x100
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x4
	.string	"n"
	.byte	0x2e
	.byte	0x36
	.4byte	0x19f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.4byte	.LASF17
	.byte	0x30
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x3
	.4byte	0xa4
	.uleb128 0xa
	.4byte	.LASF19
	.byte	0x22
	.4byte	0xa9
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ed
	.uleb128 0x5
	.4byte	.LASF16
	.byte	0x22
	.byte	0x35
	.4byte	0xa9
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x4
	.string	"k"
	.byte	0x22
	.byte	0x3f
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x2
	.4byte	.LASF20
	.byte	0x24
	.byte	0x13
	.4byte	0x1ed
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x3
	.4byte	0xa9
	.uleb128 0xa
	.4byte	.LASF21
	.byte	0x16
	.4byte	0xa9
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x24f
	.uleb128 0x5
	.4byte	.LASF16
	.byte	0x16
	.byte	0x2a
	.4byte	0xa9
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.4byte	.LASF22
	.byte	0x18
	.byte	0x12
	.4byte	0xa9
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x8
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x2
	.4byte	.LASF13
	.byte	0x1a
	.byte	0x16
	.4byte	0xa9
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.uleb128 0x15
	.4byte	.LASF27
	.byte	0x1
	.byte	0xa
	.byte	0x15
	.4byte	0xa9
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x5
	.4byte	.LASF16
	.byte	0xa
	.byte	0x30
	.4byte	0xa9
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x4
	.string	"v"
	.byte	0xa
	.byte	0x3a
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x9
	.string	"n"
	.byte	0xc
	.byte	0x12
	.4byte	0xa9
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.4byte	.LASF20
	.byte	0xe
	.byte	0x13
	.4byte	0x1ed
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
	.uleb128 0x5
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
	.uleb128 0x6
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.sleb128 21
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
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x11
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
.LASF7:
	.string	"short int"
.LASF26:
	.string	"main"
.LASF12:
	.string	"value"
.LASF16:
	.string	"head"
.LASF19:
	.string	"remove_if_multiple"
.LASF20:
	.string	"link"
.LASF10:
	.string	"long long int"
.LASF8:
	.string	"long int"
.LASF25:
	.string	"printf"
.LASF24:
	.string	"node"
.LASF11:
	.string	"long double"
.LASF3:
	.string	"unsigned char"
.LASF27:
	.string	"insert_sorted"
.LASF6:
	.string	"signed char"
.LASF18:
	.string	"print"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF21:
	.string	"reverse"
.LASF17:
	.string	"count"
.LASF15:
	.string	"used"
.LASF14:
	.string	"pool"
.LASF22:
	.string	"prev"
.LASF13:
	.string	"next"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/linked_list.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
