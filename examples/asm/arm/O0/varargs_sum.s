	.arch armv8-a
	.file	"varargs_sum.c"
	.text
.Ltext0:
	.file 0 "." "programs/varargs_sum.c"
	.align	2
	.type	sum, %function
sum:
.LFB0:
	.file 1 "programs/varargs_sum.c"
	.loc 1 6 1
	.cfi_startproc
	sub	sp, sp, #256
	.cfi_def_cfa_offset 256
	str	w0, [sp, 12]
	str	x1, [sp, 200]
	str	x2, [sp, 208]
	str	x3, [sp, 216]
	str	x4, [sp, 224]
	str	x5, [sp, 232]
	str	x6, [sp, 240]
	str	x7, [sp, 248]
	str	q0, [sp, 64]
	str	q1, [sp, 80]
	str	q2, [sp, 96]
	str	q3, [sp, 112]
	str	q4, [sp, 128]
	str	q5, [sp, 144]
	str	q6, [sp, 160]
	str	q7, [sp, 176]
	.loc 1 8 10
	str	xzr, [sp, 56]
	.loc 1 9 5
	add	x0, sp, 256
	str	x0, [sp, 16]
	add	x0, sp, 256
	str	x0, [sp, 24]
	add	x0, sp, 192
	str	x0, [sp, 32]
	mov	w0, -56
	str	w0, [sp, 40]
	mov	w0, -128
	str	w0, [sp, 44]
.LBB2:
	.loc 1 10 14
	str	wzr, [sp, 52]
	.loc 1 10 5
	b	.L2
.L7:
	.loc 1 11 14
	ldr	w1, [sp, 40]
	ldr	x0, [sp, 16]
	cmp	w1, 0
	blt	.L3
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 16]
	b	.L4
.L3:
	add	w2, w1, 8
	str	w2, [sp, 40]
	ldr	w2, [sp, 40]
	cmp	w2, 0
	ble	.L5
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 16]
	b	.L4
.L5:
	ldr	x2, [sp, 24]
	sxtw	x0, w1
	add	x0, x2, x0
.L4:
	ldr	w0, [x0]
	sxtw	x0, w0
	.loc 1 11 11
	ldr	x1, [sp, 56]
	add	x0, x1, x0
	str	x0, [sp, 56]
	.loc 1 10 29
	ldr	w0, [sp, 52]
	add	w0, w0, 1
	str	w0, [sp, 52]
.L2:
	.loc 1 10 23 discriminator 1
	ldr	w1, [sp, 52]
	ldr	w0, [sp, 12]
	cmp	w1, w0
	blt	.L7
.LBE2:
	.loc 1 13 12
	ldr	x0, [sp, 56]
	.loc 1 14 1
	add	sp, sp, 256
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	sum, .-sum
	.align	2
	.type	maxl, %function
maxl:
.LFB1:
	.loc 1 17 1
	.cfi_startproc
	sub	sp, sp, #272
	.cfi_def_cfa_offset 272
	str	w0, [sp, 12]
	str	x1, [sp, 216]
	str	x2, [sp, 224]
	str	x3, [sp, 232]
	str	x4, [sp, 240]
	str	x5, [sp, 248]
	str	x6, [sp, 256]
	str	x7, [sp, 264]
	str	q0, [sp, 80]
	str	q1, [sp, 96]
	str	q2, [sp, 112]
	str	q3, [sp, 128]
	str	q4, [sp, 144]
	str	q5, [sp, 160]
	str	q6, [sp, 176]
	str	q7, [sp, 192]
	.loc 1 19 5
	add	x0, sp, 272
	str	x0, [sp, 24]
	add	x0, sp, 272
	str	x0, [sp, 32]
	add	x0, sp, 208
	str	x0, [sp, 40]
	mov	w0, -56
	str	w0, [sp, 48]
	mov	w0, -128
	str	w0, [sp, 52]
	.loc 1 20 10
	ldr	w1, [sp, 48]
	ldr	x0, [sp, 24]
	cmp	w1, 0
	blt	.L10
	add	x1, x0, 15
	and	x1, x1, -8
	str	x1, [sp, 24]
	b	.L11
.L10:
	add	w2, w1, 8
	str	w2, [sp, 48]
	ldr	w2, [sp, 48]
	cmp	w2, 0
	ble	.L12
	add	x1, x0, 15
	and	x1, x1, -8
	str	x1, [sp, 24]
	b	.L11
.L12:
	ldr	x2, [sp, 32]
	sxtw	x0, w1
	add	x0, x2, x0
.L11:
	ldr	x0, [x0]
	str	x0, [sp, 72]
.LBB3:
	.loc 1 21 14
	mov	w0, 1
	str	w0, [sp, 68]
	.loc 1 21 5
	b	.L14
.L20:
.LBB4:
	.loc 1 22 14
	ldr	w1, [sp, 48]
	ldr	x0, [sp, 24]
	cmp	w1, 0
	blt	.L15
	add	x1, x0, 15
	and	x1, x1, -8
	str	x1, [sp, 24]
	b	.L16
.L15:
	add	w2, w1, 8
	str	w2, [sp, 48]
	ldr	w2, [sp, 48]
	cmp	w2, 0
	ble	.L17
	add	x1, x0, 15
	and	x1, x1, -8
	str	x1, [sp, 24]
	b	.L16
.L17:
	ldr	x2, [sp, 32]
	sxtw	x0, w1
	add	x0, x2, x0
.L16:
	ldr	x0, [x0]
	str	x0, [sp, 56]
	.loc 1 23 12
	ldr	x1, [sp, 56]
	ldr	x0, [sp, 72]
	cmp	x1, x0
	ble	.L19
	.loc 1 24 15
	ldr	x0, [sp, 56]
	str	x0, [sp, 72]
.L19:
.LBE4:
	.loc 1 21 29 discriminator 2
	ldr	w0, [sp, 68]
	add	w0, w0, 1
	str	w0, [sp, 68]
.L14:
	.loc 1 21 23 discriminator 1
	ldr	w1, [sp, 68]
	ldr	w0, [sp, 12]
	cmp	w1, w0
	blt	.L20
.LBE3:
	.loc 1 27 12
	ldr	x0, [sp, 72]
	.loc 1 28 1
	add	sp, sp, 272
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	maxl, .-maxl
	.section	.rodata
	.align	3
.LC0:
	.string	"%d"
	.align	3
.LC1:
	.string	"%s"
	.text
	.align	2
	.type	format, %function
format:
.LFB2:
	.loc 1 31 1
	.cfi_startproc
	stp	x29, x30, [sp, -256]!
	.cfi_def_cfa_offset 256
	.cfi_offset 29, -256
	.cfi_offset 30, -248
	mov	x29, sp
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	str	x2, [sp, 208]
	str	x3, [sp, 216]
	str	x4, [sp, 224]
	str	x5, [sp, 232]
	str	x6, [sp, 240]
	str	x7, [sp, 248]
	str	q0, [sp, 80]
	str	q1, [sp, 96]
	str	q2, [sp, 112]
	str	q3, [sp, 128]
	str	q4, [sp, 144]
	str	q5, [sp, 160]
	str	q6, [sp, 176]
	str	q7, [sp, 192]
	.loc 1 33 9
	str	wzr, [sp, 76]
	.loc 1 34 5
	add	x0, sp, 256
	str	x0, [sp, 40]
	add	x0, sp, 256
	str	x0, [sp, 48]
	add	x0, sp, 208
	str	x0, [sp, 56]
	mov	w0, -48
	str	w0, [sp, 64]
	mov	w0, -128
	str	w0, [sp, 68]
	.loc 1 35 5
	b	.L23
.L41:
	.loc 1 36 13
	ldr	x0, [sp, 16]
	ldrb	w0, [x0]
	.loc 1 36 12
	cmp	w0, 37
	beq	.L24
	.loc 1 37 18 discriminator 1
	ldr	w0, [sp, 76]
	add	w1, w0, 1
	str	w1, [sp, 76]
	sxtw	x0, w0
	.loc 1 37 16 discriminator 1
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	.loc 1 37 24 discriminator 1
	ldr	x1, [sp, 16]
	ldrb	w1, [x1]
	.loc 1 37 22 discriminator 1
	strb	w1, [x0]
	.loc 1 38 13 discriminator 1
	b	.L25
.L24:
	.loc 1 40 9
	ldr	x0, [sp, 16]
	add	x0, x0, 1
	str	x0, [sp, 16]
	.loc 1 40 17
	ldr	x0, [sp, 16]
	ldrb	w0, [x0]
	.loc 1 40 9
	cmp	w0, 115
	beq	.L26
	cmp	w0, 115
	bgt	.L27
	cmp	w0, 99
	beq	.L28
	cmp	w0, 100
	bne	.L27
	.loc 1 41 24
	ldrsw	x0, [sp, 76]
	ldr	x1, [sp, 24]
	add	x3, x1, x0
	ldr	w1, [sp, 64]
	ldr	x0, [sp, 40]
	cmp	w1, 0
	blt	.L29
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 40]
	b	.L30
.L29:
	add	w2, w1, 8
	str	w2, [sp, 64]
	ldr	w2, [sp, 64]
	cmp	w2, 0
	ble	.L31
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 40]
	b	.L30
.L31:
	ldr	x2, [sp, 48]
	sxtw	x0, w1
	add	x0, x2, x0
.L30:
	ldr	w0, [x0]
	mov	w2, w0
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	mov	x0, x3
	bl	sprintf
	mov	w1, w0
	.loc 1 41 21
	ldr	w0, [sp, 76]
	add	w0, w0, w1
	str	w0, [sp, 76]
	.loc 1 41 65
	b	.L25
.L26:
	.loc 1 42 24
	ldrsw	x0, [sp, 76]
	ldr	x1, [sp, 24]
	add	x3, x1, x0
	ldr	w1, [sp, 64]
	ldr	x0, [sp, 40]
	cmp	w1, 0
	blt	.L33
	add	x1, x0, 15
	and	x1, x1, -8
	str	x1, [sp, 40]
	b	.L34
.L33:
	add	w2, w1, 8
	str	w2, [sp, 64]
	ldr	w2, [sp, 64]
	cmp	w2, 0
	ble	.L35
	add	x1, x0, 15
	and	x1, x1, -8
	str	x1, [sp, 40]
	b	.L34
.L35:
	ldr	x2, [sp, 48]
	sxtw	x0, w1
	add	x0, x2, x0
.L34:
	ldr	x0, [x0]
	mov	x2, x0
	adrp	x0, .LC1
	add	x1, x0, :lo12:.LC1
	mov	x0, x3
	bl	sprintf
	mov	w1, w0
	.loc 1 42 21
	ldr	w0, [sp, 76]
	add	w0, w0, w1
	str	w0, [sp, 76]
	.loc 1 42 74
	b	.L25
.L28:
	.loc 1 43 36
	ldr	w1, [sp, 64]
	ldr	x0, [sp, 40]
	cmp	w1, 0
	blt	.L37
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 40]
	b	.L38
.L37:
	add	w2, w1, 8
	str	w2, [sp, 64]
	ldr	w2, [sp, 64]
	cmp	w2, 0
	ble	.L39
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 40]
	b	.L38
.L39:
	ldr	x2, [sp, 48]
	sxtw	x0, w1
	add	x0, x2, x0
.L38:
	ldr	w2, [x0]
	.loc 1 43 24
	ldr	w0, [sp, 76]
	add	w1, w0, 1
	str	w1, [sp, 76]
	sxtw	x0, w0
	.loc 1 43 22
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	.loc 1 43 30
	and	w1, w2, 255
	.loc 1 43 28
	strb	w1, [x0]
	.loc 1 43 53
	b	.L25
.L27:
	.loc 1 44 23
	ldr	w0, [sp, 76]
	add	w1, w0, 1
	str	w1, [sp, 76]
	sxtw	x0, w0
	.loc 1 44 21
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	.loc 1 44 27
	mov	w1, 63
	strb	w1, [x0]
	.loc 1 44 34
	nop
.L25:
	.loc 1 35 21
	ldr	x0, [sp, 16]
	add	x0, x0, 1
	str	x0, [sp, 16]
.L23:
	.loc 1 35 12 discriminator 1
	ldr	x0, [sp, 16]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L41
	.loc 1 48 8
	ldrsw	x0, [sp, 76]
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	.loc 1 48 12
	strb	wzr, [x0]
	.loc 1 49 12
	ldr	w0, [sp, 76]
	.loc 1 50 1
	ldp	x29, x30, [sp], 256
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	format, .-format
	.section	.rodata
	.align	3
.LC2:
	.string	"sum %ld %ld %ld\n"
	.align	3
.LC3:
	.string	"max %ld\n"
	.align	3
.LC4:
	.string	"cart"
	.align	3
.LC5:
	.string	"%s has %d items%c %x"
	.align	3
.LC6:
	.string	"%s (%d chars)\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB3:
	.loc 1 53 1
	.cfi_startproc
	sub	sp, sp, #192
	.cfi_def_cfa_offset 192
	stp	x29, x30, [sp, 16]
	.cfi_offset 29, -176
	.cfi_offset 30, -168
	add	x29, sp, 16
	stp	x19, x20, [sp, 32]
	.cfi_offset 19, -160
	.cfi_offset 20, -152
	.loc 1 55 5
	mov	w3, 3
	mov	w2, 2
	mov	w1, 1
	mov	w0, 3
	bl	sum
	mov	x19, x0
	mov	w0, 0
	bl	sum
	mov	x20, x0
	mov	w0, 1
	str	w0, [sp, 8]
	mov	w0, 2
	str	w0, [sp]
	mov	w7, 3
	mov	w6, 4
	mov	w5, 5
	mov	w4, 6
	mov	w3, 7
	mov	w2, 8
	mov	w1, 9
	mov	w0, 9
	bl	sum
	mov	x3, x0
	mov	x2, x20
	mov	x1, x19
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 56 5
	mov	x5, 0
	mov	x4, 59391
	movk	x4, 0x4876, lsl 16
	movk	x4, 0x17, lsl 32
	mov	x3, 4
	mov	x2, 17
	mov	x1, -3
	mov	w0, 5
	bl	maxl
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 57 13
	add	x5, sp, 56
	mov	w4, 33
	mov	w3, 42
	adrp	x0, .LC4
	add	x2, x0, :lo12:.LC4
	adrp	x0, .LC5
	add	x1, x0, :lo12:.LC5
	mov	x0, x5
	bl	format
	str	w0, [sp, 188]
	.loc 1 58 5
	add	x0, sp, 56
	ldr	w2, [sp, 188]
	mov	x1, x0
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	printf
	.loc 1 59 12
	ldr	w0, [sp, 188]
	.loc 1 60 1
	ldp	x19, x20, [sp, 32]
	ldp	x29, x30, [sp, 16]
	add	sp, sp, 192
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
	.file 2 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stdarg.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x29f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xb
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF7
	.uleb128 0x8
	.4byte	.LASF15
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x41
	.uleb128 0xc
	.4byte	.LASF22
	.byte	0x20
	.byte	0x4
	.byte	0
	.4byte	0x80
	.uleb128 0x3
	.4byte	.LASF2
	.4byte	0x80
	.byte	0
	.uleb128 0x3
	.4byte	.LASF3
	.4byte	0x80
	.byte	0x8
	.uleb128 0x3
	.4byte	.LASF4
	.4byte	0x80
	.byte	0x10
	.uleb128 0x3
	.4byte	.LASF5
	.4byte	0x82
	.byte	0x18
	.uleb128 0x3
	.4byte	.LASF6
	.4byte	0x82
	.byte	0x1c
	.byte	0
	.uleb128 0xd
	.byte	0x8
	.uleb128 0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF8
	.uleb128 0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF9
	.uleb128 0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF11
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.uleb128 0x9
	.4byte	0xb8
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF14
	.uleb128 0xf
	.4byte	0xb8
	.uleb128 0x8
	.4byte	.LASF16
	.byte	0x3
	.byte	0x34
	.byte	0x18
	.4byte	0x35
	.uleb128 0xa
	.4byte	.LASF17
	.2byte	0x164
	.4byte	0x82
	.4byte	0xe6
	.uleb128 0x6
	.4byte	0xe6
	.uleb128 0x4
	.byte	0
	.uleb128 0x9
	.4byte	0xbf
	.uleb128 0xa
	.4byte	.LASF18
	.2byte	0x166
	.4byte	0x82
	.4byte	0x106
	.uleb128 0x6
	.4byte	0xb3
	.uleb128 0x6
	.4byte	0xe6
	.uleb128 0x4
	.byte	0
	.uleb128 0x10
	.4byte	.LASF23
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x82
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x144
	.uleb128 0x1
	.string	"buf"
	.byte	0x36
	.byte	0xa
	.4byte	0x144
	.uleb128 0x3
	.byte	0x91
	.sleb128 -136
	.uleb128 0x1
	.string	"n"
	.byte	0x39
	.byte	0x9
	.4byte	0x82
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.uleb128 0x11
	.4byte	0xb8
	.4byte	0x154
	.uleb128 0x12
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.uleb128 0x13
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1e
	.byte	0xc
	.4byte	0x82
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1b1
	.uleb128 0x5
	.string	"out"
	.byte	0x1e
	.byte	0x19
	.4byte	0xb3
	.uleb128 0x3
	.byte	0x91
	.sleb128 -232
	.uleb128 0x5
	.string	"fmt"
	.byte	0x1e
	.byte	0x2a
	.4byte	0xe6
	.uleb128 0x3
	.byte	0x91
	.sleb128 -240
	.uleb128 0x4
	.uleb128 0x1
	.string	"ap"
	.byte	0x20
	.byte	0xd
	.4byte	0xc4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -216
	.uleb128 0x1
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x82
	.uleb128 0x3
	.byte	0x91
	.sleb128 -180
	.byte	0
	.uleb128 0x14
	.4byte	.LASF20
	.byte	0x1
	.byte	0x10
	.byte	0xd
	.4byte	0xac
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x23b
	.uleb128 0x5
	.string	"n"
	.byte	0x10
	.byte	0x16
	.4byte	0x82
	.uleb128 0x3
	.byte	0x91
	.sleb128 -260
	.uleb128 0x4
	.uleb128 0x1
	.string	"ap"
	.byte	0x12
	.byte	0xd
	.4byte	0xc4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -248
	.uleb128 0x1
	.string	"m"
	.byte	0x14
	.byte	0xa
	.4byte	0xac
	.uleb128 0x3
	.byte	0x91
	.sleb128 -200
	.uleb128 0x7
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x82
	.uleb128 0x3
	.byte	0x91
	.sleb128 -204
	.uleb128 0x7
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"v"
	.byte	0x16
	.byte	0xe
	.4byte	0xac
	.uleb128 0x3
	.byte	0x91
	.sleb128 -216
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x15
	.string	"sum"
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0xac
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x5
	.string	"n"
	.byte	0x5
	.byte	0x15
	.4byte	0x82
	.uleb128 0x3
	.byte	0x91
	.sleb128 -244
	.uleb128 0x4
	.uleb128 0x1
	.string	"ap"
	.byte	0x7
	.byte	0xd
	.4byte	0xc4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -240
	.uleb128 0x1
	.string	"s"
	.byte	0x8
	.byte	0xa
	.4byte	0xac
	.uleb128 0x3
	.byte	0x91
	.sleb128 -200
	.uleb128 0x7
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"i"
	.byte	0xa
	.byte	0xe
	.4byte	0x82
	.uleb128 0x3
	.byte	0x91
	.sleb128 -204
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
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.uleb128 0x34
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x18
	.byte	0
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0x11
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
.LASF12:
	.string	"short int"
.LASF20:
	.string	"maxl"
.LASF23:
	.string	"main"
.LASF16:
	.string	"va_list"
.LASF5:
	.string	"__gr_offs"
.LASF4:
	.string	"__vr_top"
.LASF19:
	.string	"format"
.LASF22:
	.string	"__va_list"
.LASF13:
	.string	"long int"
.LASF17:
	.string	"printf"
.LASF3:
	.string	"__gr_top"
.LASF2:
	.string	"__stack"
.LASF18:
	.string	"sprintf"
.LASF8:
	.string	"unsigned char"
.LASF11:
	.string	"signed char"
.LASF10:
	.string	"unsigned int"
.LASF9:
	.string	"short unsigned int"
.LASF14:
	.string	"char"
.LASF21:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF7:
	.string	"long unsigned int"
.LASF15:
	.string	"__gnuc_va_list"
.LASF6:
	.string	"__vr_offs"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/varargs_sum.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
