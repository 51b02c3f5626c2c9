	.arch armv8-a
	.file	"hash_table.c"
	.text
.Ltext0:
	.file 0 "." "programs/hash_table.c"
	.local	table
	.comm	table,3584,8
	.align	2
	.type	djb2, %function
djb2:
.LFB0:
	.file 1 "programs/hash_table.c"
	.loc 1 11 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	.loc 1 12 14
	mov	w0, 5381
	str	w0, [sp, 28]
	.loc 1 13 11
	b	.L2
.L3:
	.loc 1 14 15
	ldr	w1, [sp, 28]
	mov	w0, w1
	lsl	w0, w0, 5
	add	w1, w0, w1
	.loc 1 14 39
	ldr	x0, [sp, 8]
	add	x2, x0, 1
	str	x2, [sp, 8]
	.loc 1 14 37
	ldrb	w0, [x0]
	.loc 1 14 11
	add	w0, w1, w0
	str	w0, [sp, 28]
.L2:
	.loc 1 13 12
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L3
	.loc 1 15 12
	ldr	w0, [sp, 28]
	.loc 1 16 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	djb2, .-djb2
	.align	2
	.type	lookup, %function
lookup:
.LFB1:
	.loc 1 19 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	.loc 1 20 18
	ldr	x0, [sp, 24]
	bl	djb2
	.loc 1 20 14
	and	w0, w0, 127
	str	w0, [sp, 44]
	.loc 1 21 11
	b	.L6
.L8:
	.loc 1 22 16
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	.loc 1 22 11
	and	w0, w0, 127
	str	w0, [sp, 44]
.L6:
	.loc 1 21 20
	adrp	x0, table
	add	x2, x0, :lo12:table
	ldr	w1, [sp, 44]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x2, x0
	ldr	w0, [x0, 24]
	.loc 1 21 27
	cmp	w0, 0
	beq	.L7
	.loc 1 21 45 discriminator 1
	ldr	w1, [sp, 44]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 2
	adrp	x1, table
	add	x1, x1, :lo12:table
	add	x0, x0, x1
	.loc 1 21 30 discriminator 1
	ldr	x1, [sp, 24]
	bl	strcmp
	.loc 1 21 27 discriminator 1
	cmp	w0, 0
	bne	.L8
.L7:
	.loc 1 23 12
	ldr	w1, [sp, 44]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 2
	adrp	x1, table
	add	x1, x1, :lo12:table
	add	x0, x0, x1
	.loc 1 24 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	lookup, .-lookup
	.section	.rodata
	.align	3
.LC0:
	.string	"%23s"
	.align	3
.LC1:
	.string	"%-10s %d (hash %u)\n"
	.align	3
.LC2:
	.string	"%d words, %d distinct\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 27 1
	.cfi_startproc
	stp	x29, x30, [sp, -80]!
	.cfi_def_cfa_offset 80
	.cfi_offset 29, -80
	.cfi_offset 30, -72
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -64
	.cfi_offset 20, -56
	.loc 1 29 9
	str	wzr, [sp, 76]
	.loc 1 29 23
	str	wzr, [sp, 72]
	.loc 1 30 11
	b	.L11
.L13:
.LBB2:
	.loc 1 31 27
	add	x0, sp, 32
	bl	lookup
	str	x0, [sp, 56]
	.loc 1 32 15
	ldr	x0, [sp, 56]
	ldr	w0, [x0, 24]
	.loc 1 32 12
	cmp	w0, 0
	bne	.L12
	.loc 1 33 21
	ldr	x0, [sp, 56]
	.loc 1 33 13
	add	x1, sp, 32
	bl	strcpy
	.loc 1 34 21
	ldr	w0, [sp, 76]
	add	w0, w0, 1
	str	w0, [sp, 76]
.L12:
	.loc 1 36 10
	ldr	x0, [sp, 56]
	ldr	w0, [x0, 24]
	.loc 1 36 17
	add	w1, w0, 1
	ldr	x0, [sp, 56]
	str	w1, [x0, 24]
	.loc 1 37 14
	ldr	w0, [sp, 72]
	add	w0, w0, 1
	str	w0, [sp, 72]
.L11:
.LBE2:
	.loc 1 30 12
	add	x0, sp, 32
	mov	x1, x0
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	__isoc99_scanf
	.loc 1 30 29
	cmp	w0, 1
	beq	.L13
.LBB3:
	.loc 1 39 14
	str	wzr, [sp, 68]
	.loc 1 39 5
	b	.L14
.L16:
	.loc 1 40 21
	adrp	x0, table
	add	x2, x0, :lo12:table
	ldrsw	x1, [sp, 68]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x2, x0
	ldr	w0, [x0, 24]
	.loc 1 40 12
	cmp	w0, 1
	ble	.L15
	.loc 1 41 52
	ldrsw	x1, [sp, 68]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 2
	adrp	x1, table
	add	x1, x1, :lo12:table
	add	x19, x0, x1
	.loc 1 41 13
	adrp	x0, table
	add	x2, x0, :lo12:table
	ldrsw	x1, [sp, 68]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x2, x0
	ldr	w20, [x0, 24]
	.loc 1 41 88
	ldrsw	x1, [sp, 68]
	mov	x0, x1
	lsl	x0, x0, 3
	sub	x0, x0, x1
	lsl	x0, x0, 2
	adrp	x1, table
	add	x1, x1, :lo12:table
	add	x0, x0, x1
	.loc 1 41 13
	bl	djb2
	mov	w3, w0
	mov	w2, w20
	mov	x1, x19
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.L15:
	.loc 1 39 33 discriminator 2
	ldr	w0, [sp, 68]
	add	w0, w0, 1
	str	w0, [sp, 68]
.L14:
	.loc 1 39 23 discriminator 1
	ldr	w0, [sp, 68]
	cmp	w0, 127
	ble	.L16
.LBE3:
	.loc 1 42 5
	ldr	w2, [sp, 76]
	ldr	w1, [sp, 72]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 43 12
	ldr	w0, [sp, 76]
	.loc 1 44 1
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 80
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x23c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xc
	.4byte	.LASF18
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
	.uleb128 0xd
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
	.uleb128 0x4
	.4byte	0x6b
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xe
	.4byte	0x6b
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0xf
	.4byte	.LASF19
	.byte	0x1c
	.byte	0x1
	.byte	0x7
	.byte	0x8
	.4byte	0xa0
	.uleb128 0x6
	.4byte	.LASF10
	.byte	0x15
	.4byte	0xa0
	.byte	0
	.uleb128 0x6
	.4byte	.LASF11
	.byte	0x23
	.4byte	0x35
	.byte	0x18
	.byte	0
	.uleb128 0x7
	.4byte	0x6b
	.4byte	0xb0
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x17
	.byte	0
	.uleb128 0x7
	.4byte	0x7c
	.4byte	0xc0
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.uleb128 0x5
	.4byte	.LASF15
	.byte	0x8
	.byte	0x15
	.4byte	0xb0
	.uleb128 0x9
	.byte	0x3
	.8byte	table
	.uleb128 0x10
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xed
	.uleb128 0x2
	.4byte	0x77
	.uleb128 0x9
	.byte	0
	.uleb128 0x11
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF21
	.4byte	0x35
	.4byte	0x109
	.uleb128 0x2
	.4byte	0x77
	.uleb128 0x9
	.byte	0
	.uleb128 0xa
	.4byte	.LASF13
	.byte	0x8d
	.byte	0xe
	.4byte	0x66
	.4byte	0x123
	.uleb128 0x2
	.4byte	0x66
	.uleb128 0x2
	.4byte	0x77
	.byte	0
	.uleb128 0xa
	.4byte	.LASF14
	.byte	0x9c
	.byte	0xc
	.4byte	0x35
	.4byte	0x13d
	.uleb128 0x2
	.4byte	0x77
	.uleb128 0x2
	.4byte	0x77
	.byte	0
	.uleb128 0x12
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1c8
	.uleb128 0x3
	.string	"w"
	.byte	0x1c
	.byte	0xa
	.4byte	0xa0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x5
	.4byte	.LASF16
	.byte	0x1d
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x5
	.4byte	.LASF17
	.byte	0x1d
	.byte	0x17
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x13
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x1a9
	.uleb128 0x3
	.string	"e"
	.byte	0x1f
	.byte	0x17
	.4byte	0x1c8
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x14
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x3
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x7c
	.uleb128 0x15
	.4byte	.LASF23
	.byte	0x1
	.byte	0x12
	.byte	0x16
	.4byte	0x1c8
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x208
	.uleb128 0xb
	.string	"w"
	.byte	0x12
	.byte	0x29
	.4byte	0x77
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"i"
	.byte	0x14
	.byte	0xe
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x16
	.4byte	.LASF24
	.byte	0x1
	.byte	0xa
	.byte	0x11
	.4byte	0x4a
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xb
	.string	"s"
	.byte	0xa
	.byte	0x22
	.4byte	0x77
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"h"
	.byte	0xc
	.byte	0xe
	.4byte	0x4a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x6
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x18
	.byte	0
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
	.uleb128 0xb
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
	.uleb128 0xe
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x6e
	.uleb128 0xe
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
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
.LASF20:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF13:
	.string	"strcpy"
.LASF6:
	.string	"signed char"
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF24:
	.string	"djb2"
.LASF19:
	.string	"entry"
.LASF9:
	.string	"char"
.LASF21:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF11:
	.string	"count"
.LASF15:
	.string	"table"
.LASF14:
	.string	"strcmp"
.LASF2:
	.string	"long unsigned int"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF23:
	.string	"lookup"
.LASF17:
	.string	"total"
.LASF7:
	.string	"short int"
.LASF10:
	.string	"word"
.LASF16:
	.string	"distinct"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/hash_table.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
