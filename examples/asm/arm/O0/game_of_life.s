	.arch armv8-a
	.file	"game_of_life.c"
	.text
.Ltext0:
	.file 0 "." "programs/game_of_life.c"
	.local	grid
	.comm	grid,120,8
	.local	next
	.comm	next,120,8
	.align	2
	.type	neighbours, %function
neighbours:
.LFB0:
	.file 1 "programs/game_of_life.c"
	.loc 1 11 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	w0, [sp, 12]
	str	w1, [sp, 8]
	.loc 1 12 9
	str	wzr, [sp, 28]
.LBB2:
	.loc 1 13 14
	mov	w0, -1
	str	w0, [sp, 24]
	.loc 1 13 5
	b	.L2
.L7:
.LBB3:
	.loc 1 14 18
	mov	w0, -1
	str	w0, [sp, 20]
	.loc 1 14 9
	b	.L3
.L6:
	.loc 1 15 16
	ldr	w0, [sp, 24]
	cmp	w0, 0
	bne	.L4
	.loc 1 15 20 discriminator 1
	ldr	w0, [sp, 20]
	cmp	w0, 0
	beq	.L5
.L4:
	.loc 1 16 30
	ldr	w1, [sp, 12]
	ldr	w0, [sp, 24]
	add	w0, w1, w0
	.loc 1 16 35
	add	w1, w0, 10
	.loc 1 16 40
	mov	w0, 26215
	movk	w0, 0x6666, lsl 16
	smull	x0, w1, w0
	lsr	x0, x0, 32
	asr	w2, w0, 2
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 2
	add	w0, w0, w2
	lsl	w0, w0, 1
	sub	w2, w1, w0
	.loc 1 16 48
	ldr	w1, [sp, 8]
	ldr	w0, [sp, 20]
	add	w0, w1, w0
	.loc 1 16 53
	add	w1, w0, 12
	.loc 1 16 58
	mov	w0, 43691
	movk	w0, 0x2aaa, lsl 16
	smull	x0, w1, w0
	lsr	x0, x0, 32
	asr	w3, w0, 1
	asr	w0, w1, 31
	sub	w3, w3, w0
	mov	w0, w3
	lsl	w0, w0, 1
	add	w0, w0, w3
	lsl	w0, w0, 2
	sub	w3, w1, w0
	.loc 1 16 44
	adrp	x0, grid
	add	x4, x0, :lo12:grid
	sxtw	x3, w3
	sxtw	x1, w2
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x4, x0
	add	x0, x0, x3
	ldrb	w0, [x0]
	mov	w1, w0
	.loc 1 16 19
	ldr	w0, [sp, 28]
	add	w0, w0, w1
	str	w0, [sp, 28]
.L5:
	.loc 1 14 38 discriminator 2
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L3:
	.loc 1 14 30 discriminator 1
	ldr	w0, [sp, 20]
	cmp	w0, 1
	ble	.L6
.LBE3:
	.loc 1 13 34 discriminator 2
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L2:
	.loc 1 13 26 discriminator 1
	ldr	w0, [sp, 24]
	cmp	w0, 1
	ble	.L7
.LBE2:
	.loc 1 17 12
	ldr	w0, [sp, 28]
	.loc 1 18 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	neighbours, .-neighbours
	.align	2
	.type	step, %function
step:
.LFB1:
	.loc 1 21 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 22 9
	str	wzr, [sp, 28]
.LBB4:
	.loc 1 23 14
	str	wzr, [sp, 24]
	.loc 1 23 5
	b	.L10
.L16:
.LBB5:
	.loc 1 24 18
	str	wzr, [sp, 20]
	.loc 1 24 9
	b	.L11
.L15:
.LBB6:
	.loc 1 25 21
	ldr	w1, [sp, 20]
	ldr	w0, [sp, 24]
	bl	neighbours
	str	w0, [sp, 16]
	.loc 1 26 33
	ldr	w0, [sp, 16]
	cmp	w0, 3
	beq	.L12
	.loc 1 26 33 is_stmt 0 discriminator 2
	ldr	w0, [sp, 16]
	cmp	w0, 2
	bne	.L13
	.loc 1 26 54 is_stmt 1 discriminator 3
	adrp	x0, grid
	add	x3, x0, :lo12:grid
	ldrsw	x2, [sp, 20]
	ldrsw	x1, [sp, 24]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x3, x0
	add	x0, x0, x2
	ldrb	w0, [x0]
	.loc 1 26 44 discriminator 3
	cmp	w0, 0
	beq	.L13
.L12:
	.loc 1 26 33 discriminator 5
	mov	w0, 1
	b	.L14
.L13:
	.loc 1 26 33 is_stmt 0 discriminator 6
	mov	w0, 0
.L14:
	.loc 1 26 24 is_stmt 1 discriminator 8
	and	w4, w0, 255
	adrp	x0, next
	add	x3, x0, :lo12:next
	ldrsw	x2, [sp, 20]
	ldrsw	x1, [sp, 24]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x3, x0
	add	x0, x0, x2
	mov	w1, w4
	strb	w1, [x0]
	.loc 1 27 29 discriminator 8
	adrp	x0, next
	add	x3, x0, :lo12:next
	ldrsw	x2, [sp, 20]
	ldrsw	x1, [sp, 24]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x3, x0
	add	x0, x0, x2
	ldrb	w0, [x0]
	mov	w1, w0
	.loc 1 27 19 discriminator 8
	ldr	w0, [sp, 28]
	add	w0, w0, w1
	str	w0, [sp, 28]
.LBE6:
	.loc 1 24 33 discriminator 8
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L11:
	.loc 1 24 27 discriminator 2
	ldr	w0, [sp, 20]
	cmp	w0, 11
	ble	.L15
.LBE5:
	.loc 1 23 29 discriminator 2
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L10:
	.loc 1 23 23 discriminator 1
	ldr	w0, [sp, 24]
	cmp	w0, 9
	ble	.L16
.LBE4:
	.loc 1 29 5
	adrp	x0, grid
	add	x2, x0, :lo12:grid
	adrp	x0, next
	add	x1, x0, :lo12:next
	mov	x0, x2
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	ldp	q0, q1, [x1, 64]
	stp	q0, q1, [x0, 64]
	ldr	q0, [x1, 96]
	str	q0, [x0, 96]
	ldr	x1, [x1, 112]
	str	x1, [x0, 112]
	.loc 1 30 12
	ldr	w0, [sp, 28]
	.loc 1 31 1
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE1:
	.size	step, .-step
	.section	.rodata
	.align	3
.LC0:
	.string	"generation %d: %d alive\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB2:
	.loc 1 34 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 36 68
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	mov	w1, 1
	strb	w1, [x0, 26]
	.loc 1 36 64
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	ldrb	w1, [x0, 26]
	.loc 1 36 55
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	strb	w1, [x0, 25]
	.loc 1 36 51
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	ldrb	w1, [x0, 25]
	.loc 1 36 42
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	strb	w1, [x0, 24]
	.loc 1 36 38
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	ldrb	w1, [x0, 24]
	.loc 1 36 29
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	strb	w1, [x0, 14]
	.loc 1 36 25
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	ldrb	w1, [x0, 14]
	.loc 1 36 16
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	strb	w1, [x0, 1]
	.loc 1 37 42
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	mov	w1, 1
	strb	w1, [x0, 81]
	.loc 1 37 38
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	ldrb	w1, [x0, 81]
	.loc 1 37 29
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	strb	w1, [x0, 80]
	.loc 1 37 25
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	ldrb	w1, [x0, 80]
	.loc 1 37 16
	adrp	x0, grid
	add	x0, x0, :lo12:grid
	strb	w1, [x0, 79]
	.loc 1 38 9
	str	wzr, [sp, 28]
.LBB7:
	.loc 1 39 14
	mov	w0, 1
	str	w0, [sp, 24]
	.loc 1 39 5
	b	.L19
.L20:
	.loc 1 40 17 discriminator 3
	bl	step
	str	w0, [sp, 28]
	.loc 1 41 9 discriminator 3
	ldr	w2, [sp, 28]
	ldr	w1, [sp, 24]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 39 30 discriminator 3
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L19:
	.loc 1 39 23 discriminator 1
	ldr	w0, [sp, 24]
	cmp	w0, 8
	ble	.L20
.LBE7:
.LBB8:
	.loc 1 43 14
	str	wzr, [sp, 20]
	.loc 1 43 5
	b	.L21
.L26:
.LBB9:
	.loc 1 44 18
	str	wzr, [sp, 16]
	.loc 1 44 9
	b	.L22
.L25:
	.loc 1 45 28
	adrp	x0, grid
	add	x3, x0, :lo12:grid
	ldrsw	x2, [sp, 16]
	ldrsw	x1, [sp, 20]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 2
	add	x0, x3, x0
	add	x0, x0, x2
	ldrb	w0, [x0]
	.loc 1 45 13
	cmp	w0, 0
	beq	.L23
	.loc 1 45 13 is_stmt 0 discriminator 1
	mov	w0, 35
	b	.L24
.L23:
	.loc 1 45 13 discriminator 2
	mov	w0, 46
.L24:
	.loc 1 45 13 discriminator 4
	bl	putchar
	.loc 1 44 33 is_stmt 1 discriminator 4
	ldr	w0, [sp, 16]
	add	w0, w0, 1
	str	w0, [sp, 16]
.L22:
	.loc 1 44 27 discriminator 2
	ldr	w0, [sp, 16]
	cmp	w0, 11
	ble	.L25
.LBE9:
	.loc 1 46 9 discriminator 2
	mov	w0, 10
	bl	putchar
	.loc 1 43 29 discriminator 2
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L21:
	.loc 1 43 23 discriminator 1
	ldr	w0, [sp, 20]
	cmp	w0, 9
	ble	.L26
.LBE8:
	.loc 1 48 12
	ldr	w0, [sp, 28]
	.loc 1 49 1
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x279
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF15
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
	.uleb128 0xa
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
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xb
	.4byte	0x66
	.uleb128 0xc
	.byte	0x8
	.4byte	0x6d
	.uleb128 0xd
	.4byte	0x3c
	.4byte	0x8e
	.uleb128 0x5
	.4byte	0x2e
	.byte	0x9
	.uleb128 0x5
	.4byte	0x2e
	.byte	0xb
	.byte	0
	.uleb128 0x4
	.4byte	.LASF10
	.byte	0x8
	.byte	0x16
	.4byte	0x78
	.uleb128 0x9
	.byte	0x3
	.8byte	grid
	.uleb128 0x4
	.4byte	.LASF11
	.byte	0x8
	.byte	0x22
	.4byte	0x78
	.uleb128 0x9
	.byte	0x3
	.8byte	next
	.uleb128 0x6
	.4byte	.LASF12
	.2byte	0x22c
	.4byte	0x35
	.4byte	0xcd
	.uleb128 0x7
	.4byte	0x35
	.byte	0
	.uleb128 0x6
	.4byte	.LASF13
	.2byte	0x164
	.4byte	0x35
	.4byte	0xe3
	.uleb128 0x7
	.4byte	0x72
	.uleb128 0xe
	.byte	0
	.uleb128 0xf
	.4byte	.LASF16
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x172
	.uleb128 0x4
	.4byte	.LASF14
	.byte	0x26
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x10
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x135
	.uleb128 0x1
	.string	"g"
	.byte	0x27
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x3
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.uleb128 0x1
	.string	"y"
	.byte	0x2b
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x3
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.uleb128 0x1
	.string	"x"
	.byte	0x2c
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.4byte	.LASF17
	.byte	0x1
	.byte	0x14
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1fd
	.uleb128 0x4
	.4byte	.LASF14
	.byte	0x16
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.uleb128 0x1
	.string	"y"
	.byte	0x17
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.uleb128 0x1
	.string	"x"
	.byte	0x18
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.uleb128 0x3
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.uleb128 0x1
	.string	"n"
	.byte	0x19
	.byte	0x11
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.4byte	.LASF18
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x8
	.string	"y"
	.byte	0x1b
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x8
	.string	"x"
	.byte	0x22
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"n"
	.byte	0xc
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x3
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x1
	.string	"dy"
	.byte	0xd
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x1
	.string	"dx"
	.byte	0xe
	.byte	0x12
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 10
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
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
	.uleb128 0x11
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
	.string	"putchar"
.LASF5:
	.string	"unsigned int"
.LASF3:
	.string	"unsigned char"
.LASF15:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF14:
	.string	"alive"
.LASF9:
	.string	"char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"next"
.LASF17:
	.string	"step"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF18:
	.string	"neighbours"
.LASF6:
	.string	"signed char"
.LASF10:
	.string	"grid"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/game_of_life.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
