	.arch armv8-a
	.file	"word_count.c"
	.text
.Ltext0:
	.file 0 "." "programs/word_count.c"
	.section	.rodata
	.align	3
.LC0:
	.string	"%ld lines %ld words %ld chars, longest word %d\n"
	.align	3
.LC1:
	.string	"%c:%u "
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB0:
	.file 1 "programs/word_count.c"
	.loc 1 6 1
	.cfi_startproc
	stp	x29, x30, [sp, -176]!
	.cfi_def_cfa_offset 176
	.cfi_offset 29, -176
	.cfi_offset 30, -168
	mov	x29, sp
	.loc 1 7 10
	str	xzr, [sp, 168]
	.loc 1 7 21
	str	xzr, [sp, 160]
	.loc 1 7 32
	str	xzr, [sp, 152]
	.loc 1 8 9
	str	wzr, [sp, 148]
	.loc 1 8 22
	str	wzr, [sp, 144]
	.loc 1 8 35
	str	wzr, [sp, 140]
	.loc 1 9 14
	add	x0, sp, 24
	movi	v0.4s, 0
	stp	q0, q0, [x0]
	stp	q0, q0, [x0, 32]
	stp	q0, q0, [x0, 64]
	fmov	x1, d0
	str	x1, [x0, 96]
	.loc 1 11 11
	b	.L2
.L8:
	.loc 1 12 14
	ldr	x0, [sp, 152]
	add	x0, x0, 1
	str	x0, [sp, 152]
	.loc 1 13 12
	ldr	w0, [sp, 132]
	cmp	w0, 10
	bne	.L3
	.loc 1 14 18
	ldr	x0, [sp, 168]
	add	x0, x0, 1
	str	x0, [sp, 168]
.L3:
	.loc 1 15 13
	bl	__ctype_b_loc
	ldr	x1, [x0]
	ldrsw	x0, [sp, 132]
	lsl	x0, x0, 1
	add	x0, x1, x0
	ldrh	w0, [x0]
	and	w0, w0, 1024
	.loc 1 15 12
	cmp	w0, 0
	beq	.L4
	.loc 1 16 18
	ldr	w0, [sp, 132]
	bl	tolower
	.loc 1 16 29
	sub	w3, w0, #97
	.loc 1 16 17
	sxtw	x0, w3
	lsl	x0, x0, 2
	add	x1, sp, 24
	ldr	w0, [x1, x0]
	.loc 1 16 35
	add	w2, w0, 1
	sxtw	x0, w3
	lsl	x0, x0, 2
	add	x1, sp, 24
	str	w2, [x1, x0]
.L4:
	.loc 1 17 13
	bl	__ctype_b_loc
	ldr	x1, [x0]
	ldrsw	x0, [sp, 132]
	lsl	x0, x0, 1
	add	x0, x1, x0
	ldrh	w0, [x0]
	and	w0, w0, 8192
	.loc 1 17 12
	cmp	w0, 0
	beq	.L5
	.loc 1 18 16
	ldr	w0, [sp, 148]
	cmp	w0, 0
	beq	.L6
	.loc 1 18 25 discriminator 1
	ldr	w1, [sp, 140]
	ldr	w0, [sp, 144]
	cmp	w1, w0
	ble	.L6
	.loc 1 19 25
	ldr	w0, [sp, 140]
	str	w0, [sp, 144]
.L6:
	.loc 1 20 21
	str	wzr, [sp, 148]
	.loc 1 21 21
	str	wzr, [sp, 140]
	b	.L2
.L5:
	.loc 1 23 16
	ldr	w0, [sp, 148]
	cmp	w0, 0
	bne	.L7
	.loc 1 24 22
	ldr	x0, [sp, 160]
	add	x0, x0, 1
	str	x0, [sp, 160]
.L7:
	.loc 1 25 21
	mov	w0, 1
	str	w0, [sp, 148]
	.loc 1 26 20
	ldr	w0, [sp, 140]
	add	w0, w0, 1
	str	w0, [sp, 140]
.L2:
	.loc 1 11 17
	bl	getchar
	str	w0, [sp, 132]
	.loc 1 11 28
	ldr	w0, [sp, 132]
	cmn	w0, #1
	bne	.L8
	.loc 1 29 8
	ldr	w0, [sp, 148]
	cmp	w0, 0
	beq	.L9
	.loc 1 29 17 discriminator 1
	ldr	w1, [sp, 140]
	ldr	w0, [sp, 144]
	cmp	w1, w0
	ble	.L9
	.loc 1 30 17
	ldr	w0, [sp, 140]
	str	w0, [sp, 144]
.L9:
	.loc 1 31 5
	ldr	w4, [sp, 144]
	ldr	x3, [sp, 152]
	ldr	x2, [sp, 160]
	ldr	x1, [sp, 168]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LBB2:
	.loc 1 32 14
	str	wzr, [sp, 136]
	.loc 1 32 5
	b	.L10
.L12:
	.loc 1 33 17
	ldrsw	x0, [sp, 136]
	lsl	x0, x0, 2
	add	x1, sp, 24
	ldr	w0, [x1, x0]
	.loc 1 33 12
	cmp	w0, 0
	beq	.L11
	.loc 1 34 13
	ldr	w0, [sp, 136]
	add	w3, w0, 97
	ldrsw	x0, [sp, 136]
	lsl	x0, x0, 2
	add	x1, sp, 24
	ldr	w0, [x1, x0]
	mov	w2, w0
	mov	w1, w3
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.L11:
	.loc 1 32 30 discriminator 2
	ldr	w0, [sp, 136]
	add	w0, w0, 1
	str	w0, [sp, 136]
.L10:
	.loc 1 32 23 discriminator 1
	ldr	w0, [sp, 136]
	cmp	w0, 25
	ble	.L12
.LBE2:
	.loc 1 35 5
	mov	w0, 10
	bl	putchar
	.loc 1 36 24
	ldr	x0, [sp, 160]
	negs	x1, x0
	and	x0, x0, 255
	and	x1, x1, 255
	csneg	x0, x0, x1, mi
	.loc 1 37 1
	ldp	x29, x30, [sp], 176
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE0:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "/usr/aarch64-linux-gnu/include/ctype.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1e5
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x9
	.4byte	.LASF33
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
	.uleb128 0xa
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
	.uleb128 0x6
	.4byte	0x43
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
	.4byte	0x6b
	.uleb128 0xb
	.byte	0x7
	.byte	0x4
	.4byte	0x4f
	.byte	0x3
	.byte	0x2f
	.byte	0x1
	.4byte	0xd6
	.uleb128 0x2
	.4byte	.LASF10
	.2byte	0x100
	.uleb128 0x2
	.4byte	.LASF11
	.2byte	0x200
	.uleb128 0x2
	.4byte	.LASF12
	.2byte	0x400
	.uleb128 0x2
	.4byte	.LASF13
	.2byte	0x800
	.uleb128 0x2
	.4byte	.LASF14
	.2byte	0x1000
	.uleb128 0x2
	.4byte	.LASF15
	.2byte	0x2000
	.uleb128 0x2
	.4byte	.LASF16
	.2byte	0x4000
	.uleb128 0x2
	.4byte	.LASF17
	.2byte	0x8000
	.uleb128 0x4
	.4byte	.LASF18
	.byte	0x1
	.uleb128 0x4
	.4byte	.LASF19
	.byte	0x2
	.uleb128 0x4
	.4byte	.LASF20
	.byte	0x4
	.uleb128 0x4
	.4byte	.LASF21
	.byte	0x8
	.byte	0
	.uleb128 0x5
	.4byte	0x4a
	.uleb128 0x5
	.4byte	0x72
	.uleb128 0xc
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xf8
	.uleb128 0x7
	.4byte	0xdb
	.uleb128 0xd
	.byte	0
	.uleb128 0xe
	.4byte	.LASF24
	.byte	0x2
	.2byte	0x208
	.byte	0xc
	.4byte	0x35
	.uleb128 0xf
	.4byte	.LASF23
	.byte	0x3
	.byte	0x7a
	.byte	0xc
	.4byte	0x35
	.4byte	0x11b
	.uleb128 0x7
	.4byte	0x35
	.byte	0
	.uleb128 0x10
	.4byte	.LASF25
	.byte	0x3
	.byte	0x4f
	.byte	0x23
	.4byte	0x127
	.uleb128 0x5
	.4byte	0xd6
	.uleb128 0x11
	.4byte	.LASF34
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1dc
	.uleb128 0x3
	.4byte	.LASF26
	.byte	0x7
	.byte	0xa
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.4byte	.LASF27
	.byte	0x7
	.byte	0x15
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x3
	.4byte	.LASF28
	.byte	0x7
	.byte	0x20
	.4byte	0x64
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.4byte	.LASF29
	.byte	0x8
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x3
	.4byte	.LASF30
	.byte	0x8
	.byte	0x16
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x3
	.4byte	.LASF31
	.byte	0x8
	.byte	0x23
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x3
	.4byte	.LASF32
	.byte	0x9
	.byte	0xe
	.4byte	0x1dc
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.uleb128 0x8
	.string	"c"
	.byte	0xa
	.byte	0x9
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x12
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x8
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x35
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.byte	0
	.uleb128 0x13
	.4byte	0x4f
	.uleb128 0x14
	.4byte	0x2e
	.byte	0x19
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
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x4
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
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
	.uleb128 0x4
	.byte	0x1
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x2e
	.byte	0
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x2e
	.byte	0
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
.LASF27:
	.string	"words"
.LASF19:
	.string	"_IScntrl"
.LASF30:
	.string	"longest"
.LASF7:
	.string	"short int"
.LASF17:
	.string	"_ISgraph"
.LASF20:
	.string	"_ISpunct"
.LASF34:
	.string	"main"
.LASF13:
	.string	"_ISdigit"
.LASF18:
	.string	"_ISblank"
.LASF21:
	.string	"_ISalnum"
.LASF15:
	.string	"_ISspace"
.LASF32:
	.string	"freq"
.LASF24:
	.string	"getchar"
.LASF8:
	.string	"long int"
.LASF28:
	.string	"chars"
.LASF22:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF12:
	.string	"_ISalpha"
.LASF31:
	.string	"current"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF11:
	.string	"_ISlower"
.LASF14:
	.string	"_ISxdigit"
.LASF33:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF25:
	.string	"__ctype_b_loc"
.LASF26:
	.string	"lines"
.LASF16:
	.string	"_ISprint"
.LASF29:
	.string	"in_word"
.LASF10:
	.string	"_ISupper"
.LASF23:
	.string	"tolower"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/word_count.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
