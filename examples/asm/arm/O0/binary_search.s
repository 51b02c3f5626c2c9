	.arch armv8-a
	.file	"binary_search.c"
	.text
.Ltext0:
	.file 0 "." "programs/binary_search.c"
	.align	2
	.type	search, %function
search:
.LFB0:
	.file 1 "programs/binary_search.c"
	.loc 1 5 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	str	w2, [sp]
	.loc 1 6 9
	str	wzr, [sp, 28]
	.loc 1 6 17
	ldr	w0, [sp, 4]
	sub	w0, w0, #1
	str	w0, [sp, 24]
	.loc 1 7 11
	b	.L2
.L6:
.LBB2:
	.loc 1 8 28
	ldr	w1, [sp, 24]
	ldr	w0, [sp, 28]
	sub	w0, w1, w0
	.loc 1 8 34
	lsr	w1, w0, 31
	add	w0, w1, w0
	asr	w0, w0, 1
	mov	w1, w0
	.loc 1 8 13
	ldr	w0, [sp, 28]
	add	w0, w0, w1
	str	w0, [sp, 20]
	.loc 1 9 14
	ldrsw	x0, [sp, 20]
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	w0, [x0]
	.loc 1 9 12
	ldr	w1, [sp]
	cmp	w1, w0
	bne	.L3
	.loc 1 10 20
	ldr	w0, [sp, 20]
	b	.L4
.L3:
	.loc 1 11 14
	ldrsw	x0, [sp, 20]
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	w0, [x0]
	.loc 1 11 12
	ldr	w1, [sp]
	cmp	w1, w0
	ble	.L5
	.loc 1 12 16
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 28]
	b	.L2
.L5:
	.loc 1 14 16
	ldr	w0, [sp, 20]
	sub	w0, w0, #1
	str	w0, [sp, 24]
.L2:
.LBE2:
	.loc 1 7 15
	ldr	w1, [sp, 28]
	ldr	w0, [sp, 24]
	cmp	w1, w0
	ble	.L6
	.loc 1 16 12
	mov	w0, -1
.L4:
	.loc 1 17 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	search, .-search
	.align	2
	.type	search_rec, %function
search_rec:
.LFB1:
	.loc 1 20 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	x0, [sp, 40]
	str	w1, [sp, 36]
	str	w2, [sp, 32]
	str	x3, [sp, 24]
	.loc 1 21 8
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 32]
	cmp	w1, w0
	ble	.L8
	.loc 1 22 16
	mov	w0, -1
	b	.L9
.L8:
	.loc 1 23 19
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 32]
	add	w0, w1, w0
	.loc 1 23 9
	asr	w0, w0, 1
	str	w0, [sp, 60]
	.loc 1 24 10
	ldrsw	x0, [sp, 60]
	lsl	x0, x0, 3
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	ldr	x0, [x0]
	.loc 1 24 8
	ldr	x1, [sp, 24]
	cmp	x1, x0
	bne	.L10
	.loc 1 25 16
	ldr	w0, [sp, 60]
	b	.L9
.L10:
	.loc 1 26 13
	ldrsw	x0, [sp, 60]
	lsl	x0, x0, 3
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	ldr	x0, [x0]
	.loc 1 26 59
	ldr	x1, [sp, 24]
	cmp	x1, x0
	ble	.L11
	.loc 1 26 27 discriminator 1
	ldr	w0, [sp, 60]
	add	w0, w0, 1
	ldr	x3, [sp, 24]
	ldr	w2, [sp, 32]
	mov	w1, w0
	ldr	x0, [sp, 40]
	bl	search_rec
	.loc 1 26 59 discriminator 1
	b	.L13
.L11:
	.loc 1 26 61 discriminator 2
	ldr	w0, [sp, 60]
	sub	w0, w0, #1
	ldr	x3, [sp, 24]
	mov	w2, w0
	ldr	w1, [sp, 36]
	ldr	x0, [sp, 40]
	bl	search_rec
.L13:
	.loc 1 26 59
	nop
.L9:
	.loc 1 27 1
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	search_rec, .-search_rec
	.align	2
	.type	lower_bound, %function
lower_bound:
.LFB2:
	.loc 1 30 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	strh	w2, [sp, 2]
	.loc 1 31 14
	str	wzr, [sp, 28]
	.loc 1 31 22
	ldr	w0, [sp, 4]
	str	w0, [sp, 24]
	.loc 1 32 11
	b	.L15
.L17:
.LBB3:
	.loc 1 33 28
	ldr	w1, [sp, 28]
	ldr	w0, [sp, 24]
	add	w0, w1, w0
	.loc 1 33 18
	lsr	w0, w0, 1
	str	w0, [sp, 20]
	.loc 1 34 14
	ldr	w0, [sp, 20]
	lsl	x0, x0, 1
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldrh	w0, [x0]
	.loc 1 34 12
	ldrh	w1, [sp, 2]
	cmp	w1, w0
	bls	.L16
	.loc 1 35 16
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 28]
	b	.L15
.L16:
	.loc 1 37 16
	ldr	w0, [sp, 20]
	str	w0, [sp, 24]
.L15:
.LBE3:
	.loc 1 32 15
	ldr	w1, [sp, 28]
	ldr	w0, [sp, 24]
	cmp	w1, w0
	bcc	.L17
	.loc 1 39 12
	ldr	w0, [sp, 28]
	.loc 1 40 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	lower_bound, .-lower_bound
	.section	.rodata
	.align	3
.LC0:
	.string	"search %d -> %d\n"
	.align	3
.LC1:
	.string	"rec %d %d\n"
	.align	3
.LC2:
	.string	"lower_bound %u %u %u\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB3:
	.loc 1 43 1
	.cfi_startproc
	sub	sp, sp, #608
	.cfi_def_cfa_offset 608
	stp	x29, x30, [sp]
	.cfi_offset 29, -608
	.cfi_offset 30, -600
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -592
	.cfi_offset 20, -584
.LBB4:
	.loc 1 47 14
	str	wzr, [sp, 604]
	.loc 1 47 5
	b	.L20
.L21:
	.loc 1 48 18 discriminator 3
	ldr	w0, [sp, 604]
	mul	w0, w0, w0
	.loc 1 48 22 discriminator 3
	sub	w2, w0, #200
	.loc 1 48 14 discriminator 3
	ldrsw	x0, [sp, 604]
	lsl	x0, x0, 2
	add	x1, sp, 432
	str	w2, [x1, x0]
	.loc 1 49 16 discriminator 3
	ldrsw	x1, [sp, 604]
	.loc 1 49 24 discriminator 3
	mov	x0, 51719
	movk	x0, 0x3b9a, lsl 16
	mul	x2, x1, x0
	.loc 1 49 14 discriminator 3
	ldrsw	x0, [sp, 604]
	lsl	x0, x0, 3
	add	x1, sp, 112
	str	x2, [x1, x0]
	.loc 1 50 16 discriminator 3
	ldr	w0, [sp, 604]
	and	w1, w0, 65535
	mov	w0, 1500
	mul	w0, w1, w0
	and	w2, w0, 65535
	.loc 1 50 14 discriminator 3
	ldrsw	x0, [sp, 604]
	lsl	x0, x0, 1
	add	x1, sp, 32
	strh	w2, [x1, x0]
	.loc 1 47 30 discriminator 3
	ldr	w0, [sp, 604]
	add	w0, w0, 1
	str	w0, [sp, 604]
.L20:
	.loc 1 47 23 discriminator 1
	ldr	w0, [sp, 604]
	cmp	w0, 39
	ble	.L21
.LBE4:
	.loc 1 52 9
	str	wzr, [sp, 600]
.LBB5:
	.loc 1 53 14
	mov	w0, -210
	str	w0, [sp, 596]
	.loc 1 53 5
	b	.L22
.L23:
.LBB6:
	.loc 1 54 17 discriminator 3
	add	x0, sp, 432
	ldr	w2, [sp, 596]
	mov	w1, 40
	bl	search
	str	w0, [sp, 592]
	.loc 1 55 20 discriminator 3
	ldr	w0, [sp, 592]
	mvn	w0, w0
	lsr	w0, w0, 31
	and	w0, w0, 255
	mov	w1, w0
	.loc 1 55 15 discriminator 3
	ldr	w0, [sp, 600]
	add	w0, w0, w1
	str	w0, [sp, 600]
	.loc 1 56 9 discriminator 3
	ldr	w2, [sp, 592]
	ldr	w1, [sp, 596]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LBE6:
	.loc 1 53 36 discriminator 3
	ldr	w0, [sp, 596]
	add	w0, w0, 97
	str	w0, [sp, 596]
.L22:
	.loc 1 53 26 discriminator 1
	ldr	w0, [sp, 596]
	cmp	w0, 1399
	ble	.L23
.LBE5:
	.loc 1 58 5
	add	x0, sp, 112
	mov	x3, 27255
	movk	x3, 0xf547, lsl 16
	movk	x3, 0x3, lsl 32
	mov	w2, 39
	mov	w1, 0
	bl	search_rec
	mov	w19, w0
	add	x0, sp, 112
	mov	x3, 5
	mov	w2, 39
	mov	w1, 0
	bl	search_rec
	mov	w2, w0
	mov	w1, w19
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
	.loc 1 59 5
	add	x0, sp, 32
	mov	w2, 0
	mov	w1, 40
	bl	lower_bound
	mov	w19, w0
	add	x0, sp, 32
	mov	w2, 3001
	mov	w1, 40
	bl	lower_bound
	mov	w20, w0
	add	x0, sp, 32
	mov	w2, -1
	mov	w1, 40
	bl	lower_bound
	mov	w3, w0
	mov	w2, w20
	mov	w1, w19
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 60 12
	ldr	w0, [sp, 600]
	.loc 1 61 1
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp]
	add	sp, sp, 608
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
	.4byte	.LASF14
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
	.uleb128 0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x4
	.4byte	0x35
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x4
	.4byte	0x48
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
	.uleb128 0x4
	.4byte	0x69
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0x4
	.4byte	0x75
	.uleb128 0xc
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x99
	.uleb128 0xd
	.4byte	0x99
	.uleb128 0xe
	.byte	0
	.uleb128 0x5
	.4byte	0x7c
	.uleb128 0xf
	.4byte	.LASF16
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x155
	.uleb128 0x1
	.string	"a"
	.byte	0x2c
	.byte	0x9
	.4byte	0x155
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.uleb128 0x1
	.string	"b"
	.byte	0x2d
	.byte	0xa
	.4byte	0x164
	.uleb128 0x3
	.byte	0x91
	.sleb128 -496
	.uleb128 0x1
	.string	"c"
	.byte	0x2e
	.byte	0x14
	.4byte	0x173
	.uleb128 0x3
	.byte	0x91
	.sleb128 -576
	.uleb128 0x10
	.4byte	.LASF10
	.byte	0x1
	.byte	0x34
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x11
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.4byte	0x118
	.uleb128 0x1
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x6
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"k"
	.byte	0x35
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x6
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.uleb128 0x1
	.string	"r"
	.byte	0x36
	.byte	0xd
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x35
	.4byte	0x164
	.uleb128 0x8
	.4byte	0x2e
	.byte	0
	.uleb128 0x7
	.4byte	0x69
	.4byte	0x173
	.uleb128 0x8
	.4byte	0x2e
	.byte	0
	.uleb128 0x7
	.4byte	0x48
	.4byte	0x182
	.uleb128 0x8
	.4byte	0x2e
	.byte	0
	.uleb128 0x9
	.4byte	.LASF11
	.byte	0x1d
	.byte	0x11
	.4byte	0x54
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x204
	.uleb128 0x2
	.string	"a"
	.byte	0x1d
	.byte	0x33
	.4byte	0x204
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"n"
	.byte	0x1d
	.byte	0x3f
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x2
	.string	"key"
	.byte	0x1d
	.byte	0x51
	.4byte	0x48
	.uleb128 0x2
	.byte	0x91
	.sleb128 -30
	.uleb128 0x1
	.string	"lo"
	.byte	0x1f
	.byte	0xe
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x1
	.string	"hi"
	.byte	0x1f
	.byte	0x16
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"mid"
	.byte	0x21
	.byte	0x12
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x4f
	.uleb128 0x12
	.4byte	.LASF12
	.byte	0x1
	.byte	0x13
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x26e
	.uleb128 0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0x26e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"lo"
	.byte	0x13
	.byte	0x2a
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x2
	.string	"hi"
	.byte	0x13
	.byte	0x32
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.string	"key"
	.byte	0x13
	.byte	0x3b
	.4byte	0x69
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"mid"
	.byte	0x17
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x5
	.4byte	0x70
	.uleb128 0x9
	.4byte	.LASF13
	.byte	0x4
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2f5
	.uleb128 0x2
	.string	"a"
	.byte	0x4
	.byte	0x1e
	.4byte	0x2f5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"n"
	.byte	0x4
	.byte	0x25
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x2
	.string	"key"
	.byte	0x4
	.byte	0x2c
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.string	"lo"
	.byte	0x6
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x1
	.string	"hi"
	.byte	0x6
	.byte	0x11
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"mid"
	.byte	0x8
	.byte	0xd
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x3c
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x21
	.sleb128 39
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.string	"found"
.LASF5:
	.string	"unsigned int"
.LASF12:
	.string	"search_rec"
.LASF14:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"search"
.LASF4:
	.string	"short unsigned int"
.LASF11:
	.string	"lower_bound"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"printf"
.LASF9:
	.string	"char"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/binary_search.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
