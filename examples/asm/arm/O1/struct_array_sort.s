	.arch armv8-a
	.file	"struct_array_sort.c"
	.text
.Ltext0:
	.file 0 "." "programs/struct_array_sort.c"
	.align	2
	.type	by_age, %function
by_age:
.LVL0:
.LFB22:
	.file 1 "programs/struct_array_sort.c"
	.loc 1 9 1 view -0
	.cfi_startproc
	.loc 1 10 5 view .LVU1
	.loc 1 11 5 view .LVU2
	.loc 1 11 12 is_stmt 0 view .LVU3
	ldrh	w2, [x0, 12]
	.loc 1 11 26 view .LVU4
	ldrh	w0, [x1, 12]
.LVL1:
	.loc 1 12 1 view .LVU5
	sub	w0, w2, w0
	ret
	.cfi_endproc
.LFE22:
	.size	by_age, .-by_age
	.align	2
	.type	by_salary_desc, %function
by_salary_desc:
.LVL2:
.LFB23:
	.loc 1 15 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 16 5 view .LVU7
	.loc 1 17 5 view .LVU8
	.loc 1 17 14 is_stmt 0 view .LVU9
	ldr	w1, [x1, 16]
.LVL3:
	.loc 1 17 26 view .LVU10
	ldr	w0, [x0, 16]
.LVL4:
	.loc 1 17 23 view .LVU11
	cmp	w1, w0
	cset	w1, gt
	.loc 1 17 49 view .LVU12
	cset	w0, lt
	.loc 1 18 1 view .LVU13
	sub	w0, w1, w0
	ret
	.cfi_endproc
.LFE23:
	.size	by_salary_desc, .-by_salary_desc
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LVL5:
.LFB25:
	.loc 1 26 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 26 1 is_stmt 0 view .LVU15
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	str	x21, [sp, 32]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	.cfi_offset 21, -16
	mov	x20, x1
	mov	w21, w2
	.loc 1 27 5 is_stmt 1 view .LVU16
	mov	x1, x0
.LVL6:
	.loc 1 27 5 is_stmt 0 view .LVU17
	adrp	x0, .LC1
.LVL7:
	.loc 1 27 5 view .LVU18
	add	x0, x0, :lo12:.LC1
	bl	printf
.LVL8:
	.loc 1 28 5 is_stmt 1 view .LVU19
.LBB2:
	.loc 1 28 10 view .LVU20
	.loc 1 28 23 view .LVU21
	cmp	w21, 0
	ble	.L3
	mov	x19, x20
	sbfiz	x21, x21, 5, 32
.LVL9:
	.loc 1 28 23 is_stmt 0 view .LVU22
	add	x20, x20, x21
.LVL10:
	.loc 1 29 9 view .LVU23
	adrp	x21, .LC2
	add	x21, x21, :lo12:.LC2
.LVL11:
.L5:
	.loc 1 29 9 is_stmt 1 discriminator 3 view .LVU24
	ldr	x4, [x19, 24]
	ldr	w3, [x19, 16]
	ldrh	w2, [x19, 12]
	mov	x1, x19
	mov	x0, x21
	bl	printf
.LVL12:
	.loc 1 28 29 discriminator 3 view .LVU25
	.loc 1 28 23 discriminator 3 view .LVU26
	add	x19, x19, 32
.LVL13:
	.loc 1 28 23 is_stmt 0 discriminator 3 view .LVU27
	cmp	x19, x20
	bne	.L5
.LVL14:
.L3:
	.loc 1 28 23 discriminator 3 view .LVU28
.LBE2:
	.loc 1 30 1 view .LVU29
	ldp	x19, x20, [sp, 16]
	ldr	x21, [sp, 32]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE25:
	.size	show, .-show
	.align	2
	.type	by_name, %function
by_name:
.LVL15:
.LFB24:
	.loc 1 21 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 21 1 is_stmt 0 view .LVU31
	stp	x29, x30, [sp, -16]!
	.cfi_def_cfa_offset 16
	.cfi_offset 29, -16
	.cfi_offset 30, -8
	mov	x29, sp
	.loc 1 22 5 is_stmt 1 view .LVU32
	.loc 1 22 12 is_stmt 0 view .LVU33
	bl	strcmp
.LVL16:
	.loc 1 23 1 view .LVU34
	ldp	x29, x30, [sp], 16
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE24:
	.size	by_name, .-by_name
	.section	.rodata.str1.8
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
.LFB26:
	.loc 1 33 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -224]!
	.cfi_def_cfa_offset 224
	.cfi_offset 29, -224
	.cfi_offset 30, -216
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -208
	.loc 1 34 5 view .LVU36
	.loc 1 34 21 is_stmt 0 view .LVU37
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	add	x19, sp, 32
	ldp	q0, q1, [x0]
	stp	q0, q1, [x19]
	ldp	q0, q1, [x0, 32]
	stp	q0, q1, [x19, 32]
	ldp	q0, q1, [x0, 64]
	stp	q0, q1, [x19, 64]
	ldp	q0, q1, [x0, 96]
	stp	q0, q1, [x19, 96]
	ldp	q0, q1, [x0, 128]
	stp	q0, q1, [x19, 128]
	ldp	q0, q1, [x0, 160]
	stp	q0, q1, [x19, 160]
	.loc 1 38 5 is_stmt 1 view .LVU38
.LVL17:
	.loc 1 39 5 view .LVU39
	adrp	x3, by_age
	add	x3, x3, :lo12:by_age
	mov	x2, 32
	mov	x1, 6
	mov	x0, x19
	bl	qsort
.LVL18:
	.loc 1 40 5 view .LVU40
	mov	w2, 6
	mov	x1, x19
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	show
.LVL19:
	.loc 1 41 5 view .LVU41
	adrp	x3, by_salary_desc
	add	x3, x3, :lo12:by_salary_desc
	mov	x2, 32
	mov	x1, 6
	mov	x0, x19
	bl	qsort
.LVL20:
	.loc 1 42 5 view .LVU42
	mov	w2, 6
	mov	x1, x19
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	show
.LVL21:
	.loc 1 43 5 view .LVU43
	adrp	x3, by_name
	add	x3, x3, :lo12:by_name
	mov	x2, 32
	mov	x1, 6
	mov	x0, x19
	bl	qsort
.LVL22:
	.loc 1 44 5 view .LVU44
	mov	w2, 6
	mov	x1, x19
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	show
.LVL23:
	.loc 1 45 5 view .LVU45
	.loc 1 46 5 view .LVU46
.LBB3:
	.loc 1 46 10 view .LVU47
	.loc 1 46 23 view .LVU48
.LBE3:
	.loc 1 44 5 is_stmt 0 view .LVU49
	mov	x0, 0
	.loc 1 45 10 view .LVU50
	mov	x1, 0
.LBB4:
	.loc 1 47 28 view .LVU51
	mov	x3, x19
.LVL24:
.L11:
	.loc 1 47 9 is_stmt 1 discriminator 3 view .LVU52
	.loc 1 47 28 is_stmt 0 discriminator 3 view .LVU53
	add	x2, x0, x3
	ldrsw	x2, [x2, 16]
	.loc 1 47 17 discriminator 3 view .LVU54
	add	x1, x1, x2
.LVL25:
	.loc 1 46 29 is_stmt 1 discriminator 3 view .LVU55
	.loc 1 46 23 discriminator 3 view .LVU56
	add	x0, x0, 32
.LVL26:
	.loc 1 46 23 is_stmt 0 discriminator 3 view .LVU57
	cmp	x0, 192
	bne	.L11
.LBE4:
	.loc 1 48 5 is_stmt 1 view .LVU58
	adrp	x0, .LC6
.LVL27:
	.loc 1 48 5 is_stmt 0 view .LVU59
	add	x0, x0, :lo12:.LC6
	bl	printf
.LVL28:
	.loc 1 49 5 is_stmt 1 view .LVU60
	.loc 1 50 1 is_stmt 0 view .LVU61
	ldrh	w0, [sp, 44]
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 224
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE26:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
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
	.file 4 "/usr/aarch64-linux-gnu/include/string.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4e4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xf
	.4byte	.LASF25
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x10
	.4byte	.LASF12
	.byte	0x2
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x11
	.byte	0x8
	.uleb128 0x12
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
	.uleb128 0x9
	.4byte	0x74
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x13
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x33d
	.byte	0xf
	.4byte	0x9b
	.uleb128 0x7
	.4byte	0xa0
	.uleb128 0x14
	.4byte	0x43
	.4byte	0xb4
	.uleb128 0x3
	.4byte	0xb4
	.uleb128 0x3
	.4byte	0xb4
	.byte	0
	.uleb128 0x7
	.4byte	0xb9
	.uleb128 0x15
	.uleb128 0x7
	.4byte	0x7b
	.uleb128 0x16
	.4byte	.LASF26
	.byte	0x20
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xf8
	.uleb128 0xa
	.4byte	.LASF14
	.byte	0x18
	.4byte	0xfd
	.byte	0
	.uleb128 0xb
	.string	"age"
	.byte	0x31
	.4byte	0x51
	.byte	0xc
	.uleb128 0xa
	.4byte	.LASF15
	.byte	0x3a
	.4byte	0x43
	.byte	0x10
	.uleb128 0xb
	.string	"id"
	.byte	0x47
	.4byte	0x6d
	.byte	0x18
	.byte	0
	.uleb128 0x9
	.4byte	0xbf
	.uleb128 0xc
	.4byte	0x74
	.4byte	0x10d
	.uleb128 0xd
	.4byte	0x3a
	.byte	0xb
	.byte	0
	.uleb128 0x17
	.4byte	.LASF16
	.byte	0x4
	.byte	0x9c
	.byte	0xc
	.4byte	0x43
	.4byte	0x128
	.uleb128 0x3
	.4byte	0xba
	.uleb128 0x3
	.4byte	0xba
	.byte	0
	.uleb128 0x18
	.4byte	.LASF17
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x43
	.4byte	0x140
	.uleb128 0x3
	.4byte	0xba
	.uleb128 0x19
	.byte	0
	.uleb128 0x1a
	.4byte	.LASF27
	.byte	0x3
	.2byte	0x353
	.byte	0xd
	.4byte	0x162
	.uleb128 0x3
	.4byte	0x41
	.uleb128 0x3
	.4byte	0x2e
	.uleb128 0x3
	.4byte	0x2e
	.uleb128 0x3
	.4byte	0x8e
	.byte	0
	.uleb128 0x1b
	.4byte	.LASF28
	.byte	0x1
	.byte	0x20
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2f8
	.uleb128 0x1c
	.4byte	.LASF18
	.byte	0x1
	.byte	0x22
	.byte	0x15
	.4byte	0x2f8
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.uleb128 0x1d
	.string	"n"
	.byte	0x1
	.byte	0x26
	.byte	0x9
	.4byte	0x43
	.byte	0x6
	.uleb128 0x1e
	.4byte	.LASF19
	.byte	0x1
	.byte	0x2d
	.byte	0xa
	.4byte	0x6d
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x1f
	.4byte	.LLRL14
	.4byte	0x1ce
	.uleb128 0x5
	.string	"i"
	.byte	0x2e
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST15
	.4byte	.LVUS15
	.byte	0
	.uleb128 0x6
	.8byte	.LVL18
	.4byte	0x140
	.4byte	0x1fe
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x9
	.byte	0x3
	.8byte	by_age
	.byte	0
	.uleb128 0x6
	.8byte	.LVL19
	.4byte	0x308
	.4byte	0x228
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0x6
	.8byte	.LVL20
	.4byte	0x140
	.4byte	0x258
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x9
	.byte	0x3
	.8byte	by_salary_desc
	.byte	0
	.uleb128 0x6
	.8byte	.LVL21
	.4byte	0x308
	.4byte	0x282
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0x6
	.8byte	.LVL22
	.4byte	0x140
	.4byte	0x2b2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x9
	.byte	0x3
	.8byte	by_name
	.byte	0
	.uleb128 0x6
	.8byte	.LVL23
	.4byte	0x308
	.4byte	0x2dc
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0x8
	.8byte	.LVL28
	.4byte	0x128
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0
	.byte	0
	.uleb128 0xc
	.4byte	0xbf
	.4byte	0x308
	.uleb128 0xd
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.uleb128 0x20
	.4byte	.LASF23
	.byte	0x1
	.byte	0x19
	.byte	0xd
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3c0
	.uleb128 0x21
	.4byte	.LASF20
	.byte	0x1
	.byte	0x19
	.byte	0x1e
	.4byte	0xba
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x4
	.string	"e"
	.byte	0x19
	.byte	0x3c
	.4byte	0x3c0
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x4
	.string	"n"
	.byte	0x19
	.byte	0x43
	.4byte	0x43
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x22
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x39d
	.uleb128 0x5
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x8
	.8byte	.LVL12
	.4byte	0x128
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x8
	.8byte	.LVL8
	.4byte	0x128
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0xf8
	.uleb128 0xe
	.4byte	.LASF21
	.byte	0x14
	.4byte	0x43
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x424
	.uleb128 0x4
	.string	"a"
	.byte	0x14
	.byte	0x20
	.4byte	0xb4
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x4
	.string	"b"
	.byte	0x14
	.byte	0x2f
	.4byte	0xb4
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x8
	.8byte	.LVL16
	.4byte	0x10d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.byte	0
	.uleb128 0xe
	.4byte	.LASF22
	.byte	0xe
	.4byte	0x43
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x489
	.uleb128 0x4
	.string	"a"
	.byte	0xe
	.byte	0x27
	.4byte	0xb4
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x4
	.string	"b"
	.byte	0xe
	.byte	0x36
	.4byte	0xb4
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x5
	.string	"x"
	.byte	0x10
	.byte	0x1c
	.4byte	0x3c0
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x5
	.string	"y"
	.byte	0x10
	.byte	0x24
	.4byte	0x3c0
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.uleb128 0x23
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x43
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.string	"a"
	.byte	0x8
	.byte	0x1f
	.4byte	0xb4
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x24
	.string	"b"
	.byte	0x1
	.byte	0x8
	.byte	0x2e
	.4byte	0xb4
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.string	"x"
	.byte	0xa
	.byte	0x1c
	.4byte	0x3c0
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.string	"y"
	.byte	0xa
	.byte	0x24
	.4byte	0x3c0
	.4byte	.LLST2
	.4byte	.LVUS2
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
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
	.uleb128 0x5
	.byte	0
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.sleb128 12
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x19
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x34
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
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
	.uleb128 0x5
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS13:
	.uleb128 .LVU46
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU60
.LLST13:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL28-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS15:
	.uleb128 .LVU48
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU59
.LLST15:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x5
	.byte	0x70
	.sleb128 0
	.byte	0x35
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x7
	.byte	0x70
	.sleb128 0
	.byte	0x35
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x7
	.byte	0x70
	.sleb128 -32
	.byte	0x35
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 0
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL8-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU21
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU28
.LLST10:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x9
	.byte	0x83
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x35
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0xb
	.byte	0x83
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x35
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0xe
	.byte	0x83
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0x35
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 0
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 0
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU8
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU8
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 .LVU2
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU2
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LFE22-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.Ldebug_loc3:
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.4byte	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
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
.LASF16:
	.string	"strcmp"
.LASF18:
	.string	"staff"
.LASF10:
	.string	"long long int"
.LASF25:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF13:
	.string	"__compar_fn_t"
.LASF14:
	.string	"name"
.LASF17:
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
