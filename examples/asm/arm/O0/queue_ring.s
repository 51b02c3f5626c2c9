	.arch armv8-a
	.file	"queue_ring.c"
	.text
.Ltext0:
	.file 0 "." "programs/queue_ring.c"
	.align	2
	.type	push, %function
push:
.LFB0:
	.file 1 "programs/queue_ring.c"
	.loc 1 9 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	.loc 1 10 10
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 40]
	.loc 1 10 8
	cmp	w0, 8
	bne	.L2
	.loc 1 11 16
	mov	w0, 0
	b	.L3
.L2:
	.loc 1 12 15
	ldr	x0, [sp, 8]
	ldr	w1, [x0, 36]
	.loc 1 12 23
	ldr	x0, [sp, 8]
	uxtw	x1, w1
	ldr	w2, [sp, 4]
	str	w2, [x0, x1, lsl 2]
	.loc 1 13 17
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 36]
	.loc 1 13 24
	add	w0, w0, 1
	.loc 1 13 29
	and	w1, w0, 7
	.loc 1 13 13
	ldr	x0, [sp, 8]
	str	w1, [x0, 36]
	.loc 1 14 6
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 40]
	.loc 1 14 12
	add	w1, w0, 1
	ldr	x0, [sp, 8]
	str	w1, [x0, 40]
	.loc 1 15 12
	mov	w0, 1
.L3:
	.loc 1 16 1
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	push, .-push
	.align	2
	.type	pop, %function
pop:
.LFB1:
	.loc 1 19 1
	.cfi_startproc
	sub	sp, sp, #16
	.cfi_def_cfa_offset 16
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 20 10
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 40]
	.loc 1 20 8
	cmp	w0, 0
	bne	.L5
	.loc 1 21 16
	mov	w0, 0
	b	.L6
.L5:
	.loc 1 22 20
	ldr	x0, [sp, 8]
	ldr	w1, [x0, 32]
	.loc 1 22 18
	ldr	x0, [sp, 8]
	uxtw	x1, w1
	ldr	w1, [x0, x1, lsl 2]
	.loc 1 22 8
	ldr	x0, [sp]
	str	w1, [x0]
	.loc 1 23 17
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 32]
	.loc 1 23 24
	add	w0, w0, 1
	.loc 1 23 29
	and	w1, w0, 7
	.loc 1 23 13
	ldr	x0, [sp, 8]
	str	w1, [x0, 32]
	.loc 1 24 6
	ldr	x0, [sp, 8]
	ldr	w0, [x0, 40]
	.loc 1 24 12
	sub	w1, w0, #1
	ldr	x0, [sp, 8]
	str	w1, [x0, 40]
	.loc 1 25 12
	mov	w0, 1
.L6:
	.loc 1 26 1
	add	sp, sp, 16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	pop, .-pop
	.section	.rodata
	.align	3
.LC1:
	.string	"task %d done at t=%d\n"
	.align	3
.LC2:
	.string	"rejected %d, size %u, head %u, tail %u\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 29 1
	.cfi_startproc
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	.loc 1 30 18
	add	x0, sp, 56
	movi	v0.4s, 0
	stp	q0, q0, [x0]
	str	q0, [x0, 28]
	.loc 1 31 9
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	add	x2, sp, 32
	mov	x3, x0
	ldp	x0, x1, [x3]
	stp	x0, x1, [x2]
	ldr	x0, [x3, 16]
	str	x0, [x2, 16]
.LBB2:
	.loc 1 32 14
	str	wzr, [sp, 124]
	.loc 1 32 5
	b	.L8
.L9:
	.loc 1 33 9 discriminator 3
	add	x0, sp, 56
	ldr	w1, [sp, 124]
	bl	push
	.loc 1 32 29 discriminator 3
	ldr	w0, [sp, 124]
	add	w0, w0, 1
	str	w0, [sp, 124]
.L8:
	.loc 1 32 23 discriminator 1
	ldr	w0, [sp, 124]
	cmp	w0, 5
	ble	.L9
.LBE2:
	.loc 1 34 9
	mov	w0, 4
	str	w0, [sp, 104]
	.loc 1 34 22
	str	wzr, [sp, 120]
	.loc 1 34 38
	str	wzr, [sp, 116]
	.loc 1 35 11
	b	.L10
.L12:
.LBB3:
	.loc 1 36 23
	ldr	w0, [sp, 28]
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w0, [x1, x0]
	.loc 1 36 13
	ldr	w2, [sp, 104]
	ldr	w1, [sp, 104]
	cmp	w2, w0
	csel	w0, w1, w0, le
	str	w0, [sp, 100]
	.loc 1 37 13
	ldr	w0, [sp, 28]
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w1, [x1, x0]
	ldr	w3, [sp, 28]
	.loc 1 37 20
	ldr	w0, [sp, 100]
	sub	w2, w1, w0
	sxtw	x0, w3
	lsl	x0, x0, 2
	add	x1, sp, 32
	str	w2, [x1, x0]
	.loc 1 38 14
	ldr	w1, [sp, 120]
	ldr	w0, [sp, 100]
	add	w0, w1, w0
	str	w0, [sp, 120]
	.loc 1 39 17
	ldr	w0, [sp, 28]
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w0, [x1, x0]
	.loc 1 39 12
	cmp	w0, 0
	ble	.L11
	.loc 1 40 13
	ldr	w1, [sp, 28]
	add	x0, sp, 56
	bl	push
	b	.L10
.L11:
	.loc 1 42 13
	ldr	w0, [sp, 28]
	ldr	w2, [sp, 120]
	mov	w1, w0
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 43 21
	ldr	w0, [sp, 116]
	add	w0, w0, 1
	str	w0, [sp, 116]
.L10:
.LBE3:
	.loc 1 35 12
	add	x1, sp, 28
	add	x0, sp, 56
	bl	pop
	cmp	w0, 0
	bne	.L12
	.loc 1 46 9
	str	wzr, [sp, 112]
.LBB4:
	.loc 1 47 14
	str	wzr, [sp, 108]
	.loc 1 47 5
	b	.L13
.L14:
	.loc 1 48 22 discriminator 3
	ldr	w0, [sp, 108]
	mul	w1, w0, w0
	add	x0, sp, 56
	bl	push
	.loc 1 48 21 discriminator 3
	cmp	w0, 0
	cset	w0, eq
	and	w0, w0, 255
	mov	w1, w0
	.loc 1 48 18 discriminator 3
	ldr	w0, [sp, 112]
	add	w0, w0, w1
	str	w0, [sp, 112]
	.loc 1 47 30 discriminator 3
	ldr	w0, [sp, 108]
	add	w0, w0, 1
	str	w0, [sp, 108]
.L13:
	.loc 1 47 23 discriminator 1
	ldr	w0, [sp, 108]
	cmp	w0, 10
	ble	.L14
.LBE4:
	.loc 1 49 5
	ldr	w0, [sp, 96]
	ldr	w1, [sp, 88]
	ldr	w2, [sp, 92]
	mov	w4, w2
	mov	w3, w1
	mov	w2, w0
	ldr	w1, [sp, 112]
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 50 21
	ldr	w1, [sp, 116]
	ldr	w0, [sp, 112]
	add	w0, w1, w0
	.loc 1 51 1
	ldp	x29, x30, [sp], 128
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
	.word	7
	.word	3
	.word	12
	.word	1
	.word	5
	.word	9
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x24c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
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
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xc
	.4byte	0x66
	.uleb128 0xd
	.4byte	.LASF21
	.byte	0x2c
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xac
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x14
	.4byte	0xac
	.byte	0
	.uleb128 0x3
	.4byte	.LASF11
	.byte	0x29
	.4byte	0x4a
	.byte	0x20
	.uleb128 0x3
	.4byte	.LASF12
	.byte	0x2f
	.4byte	0x4a
	.byte	0x24
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x35
	.4byte	0x4a
	.byte	0x28
	.byte	0
	.uleb128 0x7
	.4byte	0x35
	.4byte	0xbc
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.uleb128 0xe
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xd4
	.uleb128 0xf
	.4byte	0xd4
	.uleb128 0x10
	.byte	0
	.uleb128 0x6
	.4byte	0x6d
	.uleb128 0x11
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1c3
	.uleb128 0x4
	.string	"q"
	.byte	0x1e
	.byte	0x12
	.4byte	0x72
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x2
	.4byte	.LASF14
	.byte	0x1f
	.byte	0x9
	.4byte	0x1c3
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x2
	.4byte	.LASF15
	.byte	0x22
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.4byte	.LASF16
	.byte	0x22
	.byte	0x16
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.4byte	.LASF17
	.byte	0x22
	.byte	0x20
	.4byte	0x35
	.uleb128 0x3
	.byte	0x91
	.sleb128 -100
	.uleb128 0x2
	.4byte	.LASF18
	.byte	0x22
	.byte	0x26
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x2
	.4byte	.LASF19
	.byte	0x2e
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x9
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x180
	.uleb128 0x4
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x9
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.4byte	0x1a4
	.uleb128 0x4
	.string	"run"
	.byte	0x24
	.byte	0xd
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.byte	0
	.uleb128 0x12
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x4
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x35
	.4byte	0x1d3
	.uleb128 0x8
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.uleb128 0x13
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x20e
	.uleb128 0x5
	.string	"q"
	.byte	0x12
	.byte	0x1e
	.4byte	0x20e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.string	"v"
	.byte	0x12
	.byte	0x26
	.4byte	0x213
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0x6
	.4byte	0x72
	.uleb128 0x6
	.4byte	0x35
	.uleb128 0x14
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x5
	.string	"q"
	.byte	0x8
	.byte	0x1f
	.4byte	0x20e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x5
	.string	"v"
	.byte	0x8
	.byte	0x26
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
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
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x5
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
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"work"
.LASF10:
	.string	"items"
.LASF11:
	.string	"head"
.LASF19:
	.string	"rejected"
.LASF20:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"task"
.LASF12:
	.string	"tail"
.LASF21:
	.string	"queue"
.LASF9:
	.string	"char"
.LASF16:
	.string	"tick"
.LASF3:
	.string	"unsigned char"
.LASF23:
	.string	"main"
.LASF15:
	.string	"quantum"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"printf"
.LASF13:
	.string	"size"
.LASF24:
	.string	"push"
.LASF7:
	.string	"short int"
.LASF18:
	.string	"finished"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/queue_ring.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
