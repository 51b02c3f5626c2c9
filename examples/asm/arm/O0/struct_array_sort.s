	.arch armv8-a
	.file	"struct_array_sort.c"
	.text
.Ltext0:
	.file 0 "." "programs/struct_array_sort.c"
	.align	2
	.type	by_age, %function
by_age:
.LFB6:
	.file 1 "programs/struct_array_sort.c"
	.loc 1 9 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 10 28
	ldr	x0, [sp, 8]
	str	x0, [sp, 24]
	.loc 1 10 36
	ldr	x0, [sp]
	str	x0, [sp, 16]
	.loc 1 11 18
	ldr	x0, [sp, 24]
	ldrh	w0, [x0, 12]
	.loc 1 11 12
	mov	w1, w0
	.loc 1 11 32
	ldr	x0, [sp, 16]
	ldrh	w0, [x0, 12]
	.loc 1 11 24
	sub	w0, w1, w0
	.loc 1 12 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	by_age, .-by_age
	.align	2
	.type	by_salary_desc, %function
by_salary_desc:
.LFB7:
	.loc 1 15 1
	.cfi_startproc
	sub	sp, sp, #32
	.cfi_def_cfa_offset 32
	str	x0, [sp, 8]
	str	x1, [sp]
	.loc 1 16 28
	ldr	x0, [sp, 8]
	str	x0, [sp, 24]
	.loc 1 16 36
	ldr	x0, [sp]
	str	x0, [sp, 16]
	.loc 1 17 14
	ldr	x0, [sp, 16]
	ldr	w1, [x0, 16]
	.loc 1 17 26
	ldr	x0, [sp, 24]
	ldr	w0, [x0, 16]
	.loc 1 17 23
	cmp	w1, w0
	cset	w0, gt
	and	w0, w0, 255
	mov	w2, w0
	.loc 1 17 40
	ldr	x0, [sp, 16]
	ldr	w1, [x0, 16]
	.loc 1 17 52
	ldr	x0, [sp, 24]
	ldr	w0, [x0, 16]
	.loc 1 17 49
	cmp	w1, w0
	cset	w0, lt
	and	w0, w0, 255
	.loc 1 17 36
	sub	w0, w2, w0
	.loc 1 18 1
	add	sp, sp, 32
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	by_salary_desc, .-by_salary_desc
	.align	2
	.type	by_name, %function
by_name:
.LFB8:
	.loc 1 21 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	.loc 1 22 47
	ldr	x0, [sp, 24]
	.loc 1 22 83
	ldr	x1, [sp, 16]
	.loc 1 22 12
	bl	strcmp
	.loc 1 23 1
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	by_name, .-by_name
	.section	.rodata
	.align	3
.LC1:
	.string	"%s:\n"
	.align	3
.LC2:
	.string	"  %-8s %3u %7d %ld\n"
	.text
	.align	2
	.type	show, %function
show:
.LFB9:
	.loc 1 26 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	x0, [sp, 40]
	str	x1, [sp, 32]
	str	w2, [sp, 28]
	.loc 1 27 5
	ldr	x1, [sp, 40]
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	bl	printf
.LBB2:
	.loc 1 28 14
	str	wzr, [sp, 60]
	.loc 1 28 5
	b	.L8
.L9:
	.loc 1 29 41 discriminator 3
	ldrsw	x0, [sp, 60]
	lsl	x0, x0, 5
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 29 44 discriminator 3
	mov	x5, x0
	.loc 1 29 52 discriminator 3
	ldrsw	x0, [sp, 60]
	lsl	x0, x0, 5
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 29 55 discriminator 3
	ldrh	w0, [x0, 12]
	.loc 1 29 9 discriminator 3
	mov	w6, w0
	.loc 1 29 62 discriminator 3
	ldrsw	x0, [sp, 60]
	lsl	x0, x0, 5
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 29 65 discriminator 3
	ldr	w2, [x0, 16]
	.loc 1 29 75 discriminator 3
	ldrsw	x0, [sp, 60]
	lsl	x0, x0, 5
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 29 78 discriminator 3
	ldr	x0, [x0, 24]
	.loc 1 29 9 discriminator 3
	mov	x4, x0
	mov	w3, w2
	mov	w2, w6
	mov	x1, x5
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
	.loc 1 28 29 discriminator 3
	ldr	w0, [sp, 60]
	add	w0, w0, 1
	str	w0, [sp, 60]
.L8:
	.loc 1 28 23 discriminator 1
	ldr	w1, [sp, 60]
	ldr	w0, [sp, 28]
	cmp	w1, w0
	blt	.L9
.LBE2:
	.loc 1 30 1
	nop
	nop
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE9:
	.size	show, .-show
	.section	.rodata
	.align	3
.LC3:
	.string	"by age"
	.align	3
.LC4:
	.string	"by salary"
	.align	3
.LC5:
	.string	"by name"
	.align	3
.LC6:
	.string	"payroll %ld\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB10:
	.loc 1 33 1
	.cfi_startproc
	stp	x29, x30, [sp, -224]!
	.cfi_def_cfa_offset 224
	.cfi_offset 29, -224
	.cfi_offset 30, -216
	mov	x29, sp
	.loc 1 34 21
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	add	x0, sp, 16
	ldp	q0, q1, [x1]
	stp	q0, q1, [x0]
	ldp	q0, q1, [x1, 32]
	stp	q0, q1, [x0, 32]
	ldp	q0, q1, [x1, 64]
	stp	q0, q1, [x0, 64]
	ldp	q0, q1, [x1, 96]
	stp	q0, q1, [x0, 96]
	ldp	q0, q1, [x1, 128]
	stp	q0, q1, [x0, 128]
	ldp	q0, q1, [x1, 160]
	stp	q0, q1, [x0, 160]
	.loc 1 38 9
	mov	w0, 6
	str	w0, [sp, 208]
	.loc 1 39 5
	ldrsw	x1, [sp, 208]
	add	x4, sp, 16
	adrp	x0, by_age
	add	x3, x0, :lo12:by_age
	mov	x2, 32
	mov	x0, x4
	bl	qsort
	.loc 1 40 5
	add	x0, sp, 16
	ldr	w2, [sp, 208]
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	show
	.loc 1 41 5
	ldrsw	x1, [sp, 208]
	add	x4, sp, 16
	adrp	x0, by_salary_desc
	add	x3, x0, :lo12:by_salary_desc
	mov	x2, 32
	mov	x0, x4
	bl	qsort
	.loc 1 42 5
	add	x0, sp, 16
	ldr	w2, [sp, 208]
	mov	x1, x0
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	show
	.loc 1 43 5
	ldrsw	x1, [sp, 208]
	add	x4, sp, 16
	adrp	x0, by_name
	add	x3, x0, :lo12:by_name
	mov	x2, 32
	mov	x0, x4
	bl	qsort
	.loc 1 44 5
	add	x0, sp, 16
	ldr	w2, [sp, 208]
	mov	x1, x0
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	show
	.loc 1 45 10
	str	xzr, [sp, 216]
.LBB3:
	.loc 1 46 14
	str	wzr, [sp, 212]
	.loc 1 46 5
	b	.L11
.L12:
	.loc 1 47 28 discriminator 3
	ldrsw	x0, [sp, 212]
	lsl	x0, x0, 5
	add	x1, sp, 32
	ldr	w0, [x1, x0]
	sxtw	x0, w0
	.loc 1 47 17 discriminator 3
	ldr	x1, [sp, 216]
	add	x0, x1, x0
	str	x0, [sp, 216]
	.loc 1 46 29 discriminator 3
	ldr	w0, [sp, 212]
	add	w0, w0, 1
	str	w0, [sp, 212]
.L11:
	.loc 1 46 23 discriminator 1
	ldr	w1, [sp, 212]
	ldr	w0, [sp, 208]
	cmp	w1, w0
	blt	.L12
.LBE3:
	.loc 1 48 5
	ldr	x1, [sp, 216]
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	printf
	.loc 1 49 20
	ldrh	w0, [sp, 28]
	.loc 1 50 1
	ldp	x29, x30, [sp], 224
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE10:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.string	"grace"
	.zero	6
	.hword	45
	.zero	2
	.word	91000
	.zero	4
	.xword	1001
	.string	"alan"
	.zero	7
	.hword	41
	.zero	2
	.word	87000
	.zero	4
	.xword	1002
	.string	"ada"
	.zero	8
	.hword	36
	.zero	2
	.word	99000
	.zero	4
	.xword	1003
	.string	"linus"
	.zero	6
	.hword	28
	.zero	2
	.word	65000
	.zero	4
	.xword	1004
	.string	"barbara"
	.zero	4
	.hword	52
	.zero	2
	.word	105000
	.zero	4
	.xword	1005
	.string	"ken"
	.zero	8
	.hword	33
	.zero	2
	.word	72000
	.zero	4
	.xword	1006
	.text
.Letext0:
	.file 2 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 5 "/usr/aarch64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x31f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF25
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xe
	.4byte	.LASF12
	.byte	0x2
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xf
	.byte	0x8
	.uleb128 0x10
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
	.4byte	0x74
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x11
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x33d
	.byte	0xf
	.4byte	0x9b
	.uleb128 0x5
	.4byte	0xa0
	.uleb128 0x12
	.4byte	0x43
	.4byte	0xb4
	.uleb128 0x2
	.4byte	0xb4
	.uleb128 0x2
	.4byte	0xb4
	.byte	0
	.uleb128 0x5
	.4byte	0xb9
	.uleb128 0x13
	.uleb128 0x5
	.4byte	0x7b
	.uleb128 0x14
	.4byte	.LASF26
	.byte	0x20
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xf8
	.uleb128 0x7
	.4byte	.LASF14
	.byte	0x18
	.4byte	0xfd
	.byte	0
	.uleb128 0x8
	.string	"age"
	.byte	0x31
	.4byte	0x51
	.byte	0xc
	.uleb128 0x7
	.4byte	.LASF15
	.byte	0x3a
	.4byte	0x43
	.byte	0x10
	.uleb128 0x8
	.string	"id"
	.byte	0x47
	.4byte	0x6d
	.byte	0x18
	.byte	0
	.uleb128 0x6
	.4byte	0xbf
	.uleb128 0x9
	.4byte	0x74
	.4byte	0x10d
	.uleb128 0xa
	.4byte	0x3a
	.byte	0xb
	.byte	0
	.uleb128 0x15
	.4byte	.LASF27
	.byte	0x3
	.2byte	0x353
	.byte	0xd
	.4byte	0x12f
	.uleb128 0x2
	.4byte	0x41
	.uleb128 0x2
	.4byte	0x2e
	.uleb128 0x2
	.4byte	0x2e
	.uleb128 0x2
	.4byte	0x8e
	.byte	0
	.uleb128 0x16
	.4byte	.LASF16
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x43
	.4byte	0x147
	.uleb128 0x2
	.4byte	0xba
	.uleb128 0x17
	.byte	0
	.uleb128 0x18
	.4byte	.LASF17
	.byte	0x5
	.byte	0x9c
	.byte	0xc
	.4byte	0x43
	.4byte	0x162
	.uleb128 0x2
	.4byte	0xba
	.uleb128 0x2
	.4byte	0xba
	.byte	0
	.uleb128 0x19
	.4byte	.LASF28
	.byte	0x1
	.byte	0x20
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB10
	.8byte	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1cc
	.uleb128 0xb
	.4byte	.LASF18
	.byte	0x22
	.byte	0x15
	.4byte	0x1cc
	.uleb128 0x3
	.byte	0x91
	.sleb128 -208
	.uleb128 0x4
	.string	"n"
	.byte	0x26
	.byte	0x9
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0xb
	.4byte	.LASF19
	.byte	0x2d
	.byte	0xa
	.4byte	0x6d
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0xc
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.uleb128 0x4
	.string	"i"
	.byte	0x2e
	.byte	0xe
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0xbf
	.4byte	0x1dc
	.uleb128 0xa
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF23
	.byte	0x1
	.byte	0x19
	.byte	0xd
	.8byte	.LFB9
	.8byte	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x240
	.uleb128 0x1b
	.4byte	.LASF20
	.byte	0x1
	.byte	0x19
	.byte	0x1e
	.4byte	0xba
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"e"
	.byte	0x19
	.byte	0x3c
	.4byte	0x240
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x3
	.string	"n"
	.byte	0x19
	.byte	0x43
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0xc
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x4
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x43
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0xf8
	.uleb128 0x1c
	.4byte	.LASF21
	.byte	0x1
	.byte	0x14
	.byte	0xc
	.4byte	0x43
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x280
	.uleb128 0x3
	.string	"a"
	.byte	0x14
	.byte	0x20
	.4byte	0xb4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.string	"b"
	.byte	0x14
	.byte	0x2f
	.4byte	0xb4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF22
	.byte	0x1
	.byte	0xe
	.byte	0xc
	.4byte	0x43
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2d3
	.uleb128 0x3
	.string	"a"
	.byte	0xe
	.byte	0x27
	.4byte	0xb4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"b"
	.byte	0xe
	.byte	0x36
	.4byte	0xb4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x4
	.string	"x"
	.byte	0x10
	.byte	0x1c
	.4byte	0x240
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.string	"y"
	.byte	0x10
	.byte	0x24
	.4byte	0x240
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0x1e
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x43
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"a"
	.byte	0x8
	.byte	0x1f
	.4byte	0xb4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"b"
	.byte	0x8
	.byte	0x2e
	.4byte	0xb4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x4
	.string	"x"
	.byte	0xa
	.byte	0x1c
	.4byte	0x240
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x4
	.string	"y"
	.byte	0xa
	.byte	0x24
	.4byte	0x240
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
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
	.uleb128 0x8
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
.LASF25:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fasynchronous-unwind-tables"
.LASF12:
	.string	"size_t"
.LASF27:
	.string	"qsort"
.LASF23:
	.string	"show"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"title"
.LASF22:
	.string	"by_salary_desc"
.LASF4:
	.string	"short unsigned int"
.LASF26:
	.string	"employee"
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"salary"
.LASF21:
	.string	"by_name"
.LASF24:
	.string	"by_age"
.LASF28:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF17:
	.string	"strcmp"
.LASF18:
	.string	"staff"
.LASF10:
	.string	"long long int"
.LASF13:
	.string	"__compar_fn_t"
.LASF14:
	.string	"name"
.LASF16:
	.string	"printf"
.LASF19:
	.string	"payroll"
.LASF8:
	.string	"long int"
.LASF9:
	.string	"char"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/struct_array_sort.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
