	.arch armv8-a
	.file	"tower_hanoi.c"
	.text
.Ltext0:
	.file 0 "." "programs/tower_hanoi.c"
	.local	pegs
	.comm	pegs,192,8
	.local	height
	.comm	height,12,8
	.local	moves
	.comm	moves,8,8
	.section	.rodata
	.align	3
.LC0:
	.string	"illegal move"
	.text
	.align	2
	.type	move_disk, %function
move_disk:
.LFB6:
	.file 1 "programs/tower_hanoi.c"
	.loc 1 10 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	w0, [sp, 28]
	str	w1, [sp, 24]
	.loc 1 11 32
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldrsw	x1, [sp, 28]
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 11 24
	sub	w2, w0, #1
	.loc 1 11 9
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldrsw	x1, [sp, 28]
	str	w2, [x0, x1, lsl 2]
	.loc 1 11 32
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldrsw	x1, [sp, 28]
	ldr	w1, [x0, x1, lsl 2]
	.loc 1 11 9
	adrp	x0, pegs
	add	x0, x0, :lo12:pegs
	sxtw	x1, w1
	ldrsw	x2, [sp, 28]
	lsl	x2, x2, 4
	add	x1, x2, x1
	ldr	w0, [x0, x1, lsl 2]
	str	w0, [sp, 44]
	.loc 1 12 15
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldrsw	x1, [sp, 24]
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 12 8
	cmp	w0, 0
	beq	.L2
	.loc 1 12 38 discriminator 1
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldrsw	x1, [sp, 24]
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 12 43 discriminator 1
	sub	w1, w0, #1
	.loc 1 12 31 discriminator 1
	adrp	x0, pegs
	add	x0, x0, :lo12:pegs
	sxtw	x1, w1
	ldrsw	x2, [sp, 24]
	lsl	x2, x2, 4
	add	x1, x2, x1
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 12 20 discriminator 1
	ldr	w1, [sp, 44]
	cmp	w1, w0
	ble	.L2
	.loc 1 13 9
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	puts
	.loc 1 14 9
	mov	w0, 3
	bl	exit
.L2:
	.loc 1 16 20
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldrsw	x1, [sp, 24]
	ldr	w0, [x0, x1, lsl 2]
	.loc 1 16 24
	add	w3, w0, 1
	adrp	x1, height
	add	x1, x1, :lo12:height
	ldrsw	x2, [sp, 24]
	str	w3, [x1, x2, lsl 2]
	.loc 1 16 28
	adrp	x1, pegs
	add	x1, x1, :lo12:pegs
	sxtw	x0, w0
	ldrsw	x2, [sp, 24]
	lsl	x2, x2, 4
	add	x0, x2, x0
	ldr	w2, [sp, 44]
	str	w2, [x1, x0, lsl 2]
	.loc 1 17 10
	adrp	x0, moves
	add	x0, x0, :lo12:moves
	ldr	x0, [x0]
	add	x1, x0, 1
	adrp	x0, moves
	add	x0, x0, :lo12:moves
	str	x1, [x0]
	.loc 1 18 1
	nop
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	move_disk, .-move_disk
	.section	.rodata
	.align	3
.LC1:
	.string	"disk %d: %c -> %c\n"
	.text
	.align	2
	.type	hanoi, %function
hanoi:
.LFB7:
	.loc 1 21 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	w0, [sp, 44]
	str	w1, [sp, 40]
	str	w2, [sp, 36]
	str	w3, [sp, 32]
	str	w4, [sp, 28]
	.loc 1 22 8
	ldr	w0, [sp, 44]
	cmp	w0, 0
	beq	.L7
	.loc 1 24 5
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	ldr	w4, [sp, 28]
	ldr	w3, [sp, 36]
	ldr	w2, [sp, 32]
	ldr	w1, [sp, 40]
	bl	hanoi
	.loc 1 25 5
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 40]
	bl	move_disk
	.loc 1 26 8
	ldr	w0, [sp, 28]
	cmp	w0, 0
	beq	.L6
	.loc 1 27 9
	ldr	w0, [sp, 40]
	add	w1, w0, 65
	ldr	w0, [sp, 36]
	add	w0, w0, 65
	mov	w3, w0
	mov	w2, w1
	ldr	w1, [sp, 44]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.L6:
	.loc 1 28 5
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	ldr	w4, [sp, 28]
	ldr	w3, [sp, 40]
	ldr	w2, [sp, 36]
	ldr	w1, [sp, 32]
	bl	hanoi
	b	.L3
.L7:
	.loc 1 23 9
	nop
.L3:
	.loc 1 29 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	hanoi, .-hanoi
	.section	.rodata
	.align	3
.LC2:
	.string	"%d disks: %ld moves, peg C holds %d\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB8:
	.loc 1 32 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 33 38
	ldr	w0, [sp, 28]
	cmp	w0, 1
	ble	.L9
	.loc 1 33 33 discriminator 1
	ldr	x0, [sp, 16]
	add	x0, x0, 8
	.loc 1 33 24 discriminator 1
	ldr	x0, [x0]
	bl	atoi
	b	.L10
.L9:
	.loc 1 33 38 discriminator 2
	mov	w0, 4
.L10:
	.loc 1 33 9 discriminator 4
	str	w0, [sp, 44]
	.loc 1 34 8 discriminator 4
	ldr	w0, [sp, 44]
	cmp	w0, 0
	ble	.L11
	.loc 1 34 15 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 16
	ble	.L12
.L11:
	.loc 1 35 11
	mov	w0, 4
	str	w0, [sp, 44]
.L12:
.LBB2:
	.loc 1 36 14
	str	wzr, [sp, 40]
	.loc 1 36 5
	b	.L13
.L14:
	.loc 1 37 24 discriminator 3
	ldr	w1, [sp, 44]
	ldr	w0, [sp, 40]
	sub	w2, w1, w0
	.loc 1 37 20 discriminator 3
	adrp	x0, pegs
	add	x0, x0, :lo12:pegs
	ldrsw	x1, [sp, 40]
	str	w2, [x0, x1, lsl 2]
	.loc 1 36 29 discriminator 3
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
.L13:
	.loc 1 36 23 discriminator 1
	ldr	w1, [sp, 40]
	ldr	w0, [sp, 44]
	cmp	w1, w0
	blt	.L14
.LBE2:
	.loc 1 38 15
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldr	w1, [sp, 44]
	str	w1, [x0]
	.loc 1 39 5
	ldr	w0, [sp, 44]
	cmp	w0, 4
	cset	w0, le
	and	w0, w0, 255
	mov	w4, w0
	mov	w3, 1
	mov	w2, 2
	mov	w1, 0
	ldr	w0, [sp, 44]
	bl	hanoi
	.loc 1 40 5
	adrp	x0, moves
	add	x0, x0, :lo12:moves
	ldr	x1, [x0]
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldr	w0, [x0, 8]
	mov	w3, w0
	mov	x2, x1
	ldr	w1, [sp, 44]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 41 18
	adrp	x0, height
	add	x0, x0, :lo12:height
	ldr	w0, [x0, 8]
	.loc 1 41 31
	ldr	w1, [sp, 44]
	cmp	w1, w0
	cset	w0, ne
	and	w0, w0, 255
	.loc 1 42 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x23f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
	.4byte	.LASF22
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
	.uleb128 0xb
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
	.uleb128 0xc
	.4byte	0x6b
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x9
	.4byte	0x35
	.4byte	0x9b
	.uleb128 0x5
	.4byte	0x2e
	.byte	0x2
	.uleb128 0x5
	.4byte	0x2e
	.byte	0xf
	.byte	0
	.uleb128 0x6
	.4byte	.LASF12
	.byte	0x5
	.byte	0xc
	.4byte	0x85
	.uleb128 0x9
	.byte	0x3
	.8byte	pegs
	.uleb128 0x9
	.4byte	0x35
	.4byte	0xc0
	.uleb128 0x5
	.4byte	0x2e
	.byte	0x2
	.byte	0
	.uleb128 0x6
	.4byte	.LASF13
	.byte	0x6
	.byte	0xc
	.4byte	0xb0
	.uleb128 0x9
	.byte	0x3
	.8byte	height
	.uleb128 0x6
	.4byte	.LASF14
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.uleb128 0x9
	.byte	0x3
	.8byte	moves
	.uleb128 0xd
	.4byte	.LASF15
	.byte	0x2
	.byte	0x69
	.byte	0xc
	.4byte	0x35
	.4byte	0x100
	.uleb128 0x7
	.4byte	0x100
	.byte	0
	.uleb128 0x4
	.4byte	0x72
	.uleb128 0xe
	.4byte	.LASF16
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x11d
	.uleb128 0x7
	.4byte	0x100
	.uleb128 0xf
	.byte	0
	.uleb128 0x10
	.4byte	.LASF17
	.byte	0x2
	.2byte	0x27d
	.byte	0xd
	.4byte	0x130
	.uleb128 0x7
	.4byte	0x35
	.byte	0
	.uleb128 0x11
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x199
	.uleb128 0x2
	.4byte	.LASF18
	.byte	0x1f
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.4byte	.LASF19
	.byte	0x1f
	.byte	0x1b
	.4byte	0x199
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x8
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x12
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x8
	.string	"i"
	.byte	0x24
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x66
	.uleb128 0x13
	.4byte	.LASF24
	.byte	0x1
	.byte	0x14
	.byte	0xd
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x200
	.uleb128 0x3
	.string	"n"
	.byte	0x14
	.byte	0x17
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x2
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1e
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.string	"to"
	.byte	0x14
	.byte	0x28
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x3
	.string	"via"
	.byte	0x14
	.byte	0x30
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.4byte	.LASF21
	.byte	0x14
	.byte	0x39
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x14
	.4byte	.LASF25
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.4byte	.LASF20
	.byte	0x9
	.byte	0x1b
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x3
	.string	"to"
	.byte	0x9
	.byte	0x25
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x8
	.string	"d"
	.byte	0xb
	.byte	0x9
	.4byte	0x35
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x87
	.uleb128 0x19
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
.LASF10:
	.string	"long long int"
.LASF5:
	.string	"unsigned int"
.LASF21:
	.string	"verbose"
.LASF23:
	.string	"main"
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"short int"
.LASF11:
	.string	"long long unsigned int"
.LASF20:
	.string	"from"
.LASF12:
	.string	"pegs"
.LASF25:
	.string	"move_disk"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF13:
	.string	"height"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"atoi"
.LASF19:
	.string	"argv"
.LASF18:
	.string	"argc"
.LASF14:
	.string	"moves"
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"printf"
.LASF17:
	.string	"exit"
.LASF22:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF6:
	.string	"signed char"
.LASF24:
	.string	"hanoi"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/tower_hanoi.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
