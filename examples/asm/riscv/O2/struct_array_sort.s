	.file	"struct_array_sort.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/struct_array_sort.c"
	.align	1
	.type	by_age, @function
by_age:
.LFB22:
	.file 1 "programs/struct_array_sort.c"
	.loc 1 9 1
	.cfi_startproc
.LVL0:
	.loc 1 10 5
	.loc 1 11 5
	.loc 1 11 12 is_stmt 0
	lhu	a0,12(a0)
.LVL1:
	.loc 1 11 26
	lhu	a5,12(a1)
	.loc 1 12 1
	subw	a0,a0,a5
	ret
	.cfi_endproc
.LFE22:
	.size	by_age, .-by_age
	.align	1
	.type	by_salary_desc, @function
by_salary_desc:
.LFB23:
	.loc 1 15 1 is_stmt 1
	.cfi_startproc
.LVL2:
	.loc 1 16 5
	.loc 1 17 5
	.loc 1 17 14 is_stmt 0
	lw	a5,16(a1)
	.loc 1 17 26
	lw	a4,16(a0)
	.loc 1 17 23
	sgt	a0,a5,a4
.LVL3:
	.loc 1 17 49
	slt	a5,a5,a4
	.loc 1 18 1
	subw	a0,a0,a5
	ret
	.cfi_endproc
.LFE23:
	.size	by_salary_desc, .-by_salary_desc
	.align	1
	.type	by_name, @function
by_name:
.LFB24:
	.loc 1 21 1 is_stmt 1
	.cfi_startproc
.LVL4:
	.loc 1 22 5
	.loc 1 22 12 is_stmt 0
	tail	strcmp@plt
.LVL5:
	.cfi_endproc
.LFE24:
	.size	by_name, .-by_name
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%s:\n"
	.align	3
.LC2:
	.string	"  %-8s %3u %7d %ld\n"
	.text
	.align	1
	.type	show.constprop.0, @function
show.constprop.0:
.LFB27:
	.loc 1 25 13 is_stmt 1
	.cfi_startproc
.LVL6:
	.loc 1 27 5
	.loc 1 25 13 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,16(sp)
	.cfi_offset 8, -16
	mv	s0,a1
	mv	a1,a0
.LVL7:
	.loc 1 27 5
	lla	a0,.LC1
.LVL8:
	.loc 1 25 13
	sd	s1,8(sp)
	sd	s2,0(sp)
	sd	ra,24(sp)
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 1, -8
	addi	s2,s0,192
	.loc 1 27 5
	call	printf@plt
.LVL9:
	.loc 1 28 5 is_stmt 1
.LBB3:
	.loc 1 28 10
	.loc 1 28 23
	.loc 1 29 9 is_stmt 0
	lla	s1,.LC2
.LVL10:
.L6:
	.loc 1 29 9 is_stmt 1
	ld	a4,24(s0)
	lw	a3,16(s0)
	lhu	a2,12(s0)
	mv	a1,s0
	mv	a0,s1
	.loc 1 28 23 is_stmt 0
	addi	s0,s0,32
.LVL11:
	.loc 1 29 9
	call	printf@plt
.LVL12:
	.loc 1 28 29 is_stmt 1
	.loc 1 28 23
	bne	s0,s2,.L6
.LBE3:
	.loc 1 30 1 is_stmt 0
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	ld	s1,8(sp)
	.cfi_restore 9
	ld	s2,0(sp)
	.cfi_restore 18
.LVL13:
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE27:
	.size	show.constprop.0, .-show.constprop.0
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
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB26:
	.loc 1 33 1 is_stmt 1
	.cfi_startproc
	.loc 1 34 5
	.loc 1 33 1 is_stmt 0
	addi	sp,sp,-208
	.cfi_def_cfa_offset 208
	sd	s0,192(sp)
	.cfi_offset 8, -16
	.loc 1 34 21
	mv	s0,sp
	.loc 1 33 1
	sd	ra,200(sp)
	.cfi_offset 1, -8
	.loc 1 34 21
	lla	a5,.LANCHOR0
	mv	a4,s0
	lla	a6,.LANCHOR0+192
.L10:
	ld	a0,0(a5)
	ld	a1,8(a5)
	ld	a2,16(a5)
	ld	a3,24(a5)
	sd	a0,0(a4)
	sd	a1,8(a4)
	sd	a2,16(a4)
	sd	a3,24(a4)
	addi	a5,a5,32
	addi	a4,a4,32
	bne	a5,a6,.L10
	.loc 1 38 5 is_stmt 1
.LVL14:
	.loc 1 39 5
	lla	a3,by_age
	li	a2,32
	mv	a0,s0
	li	a1,6
	call	qsort@plt
.LVL15:
	.loc 1 40 5
	mv	a1,s0
	lla	a0,.LC3
	call	show.constprop.0
.LVL16:
	.loc 1 41 5
	lla	a3,by_salary_desc
	li	a2,32
	mv	a0,s0
	li	a1,6
	call	qsort@plt
.LVL17:
	.loc 1 42 5
	mv	a1,s0
	lla	a0,.LC4
	call	show.constprop.0
.LVL18:
	.loc 1 43 5
	lla	a3,by_name
	li	a2,32
	mv	a0,s0
	li	a1,6
	call	qsort@plt
.LVL19:
	.loc 1 44 5
	mv	a1,s0
	lla	a0,.LC5
	call	show.constprop.0
.LVL20:
	.loc 1 45 5
	.loc 1 46 5
.LBB4:
	.loc 1 46 10
	.loc 1 46 23
	mv	a0,s0
	addi	a4,sp,192
.LBE4:
	.loc 1 45 10 is_stmt 0
	li	a1,0
.LVL21:
.L11:
.LBB5:
	.loc 1 47 9 is_stmt 1 discriminator 3
	.loc 1 47 28 is_stmt 0 discriminator 3
	lw	a5,16(a0)
	.loc 1 46 23 discriminator 3
	addi	a0,a0,32
.LVL22:
	.loc 1 47 17 discriminator 3
	add	a1,a1,a5
.LVL23:
	.loc 1 46 29 is_stmt 1 discriminator 3
	.loc 1 46 23 discriminator 3
	bne	a0,a4,.L11
.LBE5:
	.loc 1 48 5
	lla	a0,.LC6
	call	printf@plt
.LVL24:
	.loc 1 49 5
	.loc 1 50 1 is_stmt 0
	ld	ra,200(sp)
	.cfi_restore 1
	ld	s0,192(sp)
	.cfi_restore 8
	lhu	a0,12(sp)
	addi	sp,sp,208
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE26:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.string	"grace"
	.zero	6
	.half	45
	.zero	2
	.word	91000
	.zero	4
	.dword	1001
	.string	"alan"
	.zero	7
	.half	41
	.zero	2
	.word	87000
	.zero	4
	.dword	1002
	.string	"ada"
	.zero	8
	.half	36
	.zero	2
	.word	99000
	.zero	4
	.dword	1003
	.string	"linus"
	.zero	6
	.half	28
	.zero	2
	.word	65000
	.zero	4
	.dword	1004
	.string	"barbara"
	.zero	4
	.half	52
	.zero	2
	.word	105000
	.zero	4
	.dword	1005
	.string	"ken"
	.zero	8
	.half	33
	.zero	2
	.word	72000
	.zero	4
	.dword	1006
	.text
.Letext0:
	.file 2 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.file 4 "/usr/riscv64-linux-gnu/include/string.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4c0
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x14
	.4byte	.LASF24
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL12
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x15
	.4byte	.LASF12
	.byte	0x2
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x16
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x17
	.byte	0x8
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xb
	.4byte	0x70
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x18
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x33d
	.byte	0xf
	.4byte	0x97
	.byte	0x5
	.4byte	0x9c
	.byte	0x19
	.4byte	0x60
	.4byte	0xb0
	.byte	0x3
	.4byte	0xb0
	.byte	0x3
	.4byte	0xb0
	.byte	0
	.byte	0x5
	.4byte	0xb5
	.byte	0x1a
	.byte	0x5
	.4byte	0x77
	.byte	0x1b
	.4byte	.LASF25
	.byte	0x20
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xf4
	.byte	0xc
	.4byte	.LASF14
	.byte	0x18
	.4byte	0xf9
	.byte	0
	.byte	0xd
	.string	"age"
	.byte	0x31
	.4byte	0x44
	.byte	0xc
	.byte	0xc
	.4byte	.LASF15
	.byte	0x3a
	.4byte	0x60
	.byte	0x10
	.byte	0xd
	.string	"id"
	.byte	0x47
	.4byte	0x67
	.byte	0x18
	.byte	0
	.byte	0xb
	.4byte	0xbb
	.byte	0xe
	.4byte	0x70
	.4byte	0x109
	.byte	0xf
	.4byte	0x36
	.byte	0xb
	.byte	0
	.byte	0x1c
	.4byte	.LASF16
	.byte	0x4
	.byte	0x9c
	.byte	0xc
	.4byte	0x60
	.4byte	0x124
	.byte	0x3
	.4byte	0xb6
	.byte	0x3
	.4byte	0xb6
	.byte	0
	.byte	0x1d
	.4byte	.LASF17
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x60
	.4byte	0x13c
	.byte	0x3
	.4byte	0xb6
	.byte	0x1e
	.byte	0
	.byte	0x1f
	.4byte	.LASF26
	.byte	0x3
	.2byte	0x353
	.byte	0xd
	.4byte	0x15e
	.byte	0x3
	.4byte	0x6e
	.byte	0x3
	.4byte	0x2a
	.byte	0x3
	.4byte	0x2a
	.byte	0x3
	.4byte	0x8a
	.byte	0
	.byte	0x20
	.4byte	.LASF27
	.byte	0x1
	.byte	0x20
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.byte	0x1
	.byte	0x9c
	.4byte	0x2f2
	.byte	0x21
	.4byte	.LASF18
	.byte	0x1
	.byte	0x22
	.byte	0x15
	.4byte	0x2f2
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7e
	.byte	0x22
	.string	"n"
	.byte	0x1
	.byte	0x26
	.byte	0x9
	.4byte	0x60
	.byte	0x6
	.byte	0x23
	.4byte	.LASF19
	.byte	0x1
	.byte	0x2d
	.byte	0xa
	.4byte	0x67
	.4byte	.LLST9
	.byte	0x24
	.4byte	.LLRL10
	.4byte	0x1c2
	.byte	0x7
	.string	"i"
	.byte	0x2e
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST11
	.byte	0
	.byte	0x4
	.8byte	.LVL15
	.4byte	0x13c
	.4byte	0x1f2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x36
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x9
	.byte	0x3
	.8byte	by_age
	.byte	0
	.byte	0x4
	.8byte	.LVL16
	.4byte	0x434
	.4byte	0x21e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x8
	.4byte	0x323
	.byte	0x1
	.byte	0x36
	.byte	0
	.byte	0x4
	.8byte	.LVL17
	.4byte	0x13c
	.4byte	0x24e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x36
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x9
	.byte	0x3
	.8byte	by_salary_desc
	.byte	0
	.byte	0x4
	.8byte	.LVL18
	.4byte	0x434
	.4byte	0x27a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x8
	.4byte	0x323
	.byte	0x1
	.byte	0x36
	.byte	0
	.byte	0x4
	.8byte	.LVL19
	.4byte	0x13c
	.4byte	0x2aa
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x36
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x9
	.byte	0x3
	.8byte	by_name
	.byte	0
	.byte	0x4
	.8byte	.LVL20
	.4byte	0x434
	.4byte	0x2d6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x8
	.4byte	0x323
	.byte	0x1
	.byte	0x36
	.byte	0
	.byte	0x9
	.8byte	.LVL24
	.4byte	0x124
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0xbb
	.4byte	0x302
	.byte	0xf
	.4byte	0x36
	.byte	0x5
	.byte	0
	.byte	0x25
	.4byte	.LASF28
	.byte	0x1
	.byte	0x19
	.byte	0xd
	.byte	0x1
	.4byte	0x338
	.byte	0x26
	.4byte	.LASF20
	.byte	0x1
	.byte	0x19
	.byte	0x1e
	.4byte	0xb6
	.byte	0x10
	.string	"e"
	.byte	0x3c
	.4byte	0x338
	.byte	0x10
	.string	"n"
	.byte	0x43
	.4byte	0x60
	.byte	0x27
	.byte	0x28
	.string	"i"
	.byte	0x1
	.byte	0x1c
	.byte	0xe
	.4byte	0x60
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0xf4
	.byte	0xa
	.4byte	.LASF21
	.byte	0x14
	.4byte	0x60
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.4byte	0x394
	.byte	0x6
	.string	"a"
	.byte	0x14
	.byte	0x20
	.4byte	0xb0
	.4byte	.LLST4
	.byte	0x6
	.string	"b"
	.byte	0x14
	.byte	0x2f
	.4byte	0xb0
	.4byte	.LLST5
	.byte	0x29
	.8byte	.LVL5
	.4byte	0x109
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	.LASF22
	.byte	0xe
	.4byte	0x60
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x3e4
	.byte	0x6
	.string	"a"
	.byte	0xe
	.byte	0x27
	.4byte	0xb0
	.4byte	.LLST2
	.byte	0x11
	.string	"b"
	.byte	0xe
	.byte	0x36
	.4byte	0xb0
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.string	"x"
	.byte	0x10
	.byte	0x1c
	.4byte	0x338
	.4byte	.LLST3
	.byte	0x12
	.string	"y"
	.byte	0x10
	.4byte	0x338
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0xa
	.4byte	.LASF23
	.byte	0x8
	.4byte	0x60
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.4byte	0x434
	.byte	0x6
	.string	"a"
	.byte	0x8
	.byte	0x1f
	.4byte	0xb0
	.4byte	.LLST0
	.byte	0x11
	.string	"b"
	.byte	0x8
	.byte	0x2e
	.4byte	0xb0
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.string	"x"
	.byte	0xa
	.byte	0x1c
	.4byte	0x338
	.4byte	.LLST1
	.byte	0x12
	.string	"y"
	.byte	0xa
	.4byte	0x338
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x2a
	.4byte	0x302
	.8byte	.LFB27
	.8byte	.LFE27-.LFB27
	.byte	0x1
	.byte	0x9c
	.byte	0x13
	.4byte	0x30f
	.4byte	.LLST6
	.byte	0x13
	.4byte	0x31b
	.4byte	.LLST7
	.byte	0x2b
	.4byte	0x323
	.byte	0x6
	.byte	0x2c
	.4byte	0x32b
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.4byte	0x4a0
	.byte	0x2d
	.4byte	0x32c
	.4byte	.LLST8
	.byte	0x9
	.8byte	.LVL12
	.4byte	0x124
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL9
	.4byte	0x124
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x24
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3e
	.byte	0xb
	.byte	0x3
	.byte	0xe
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x49
	.byte	0
	.byte	0x80,0x1
	.byte	0x13
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0xc
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x40
	.byte	0x18
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x6
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x6
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x19
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0x24
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x11
	.byte	0x1
	.byte	0x25
	.byte	0xe
	.byte	0x13
	.byte	0xb
	.byte	0x3
	.byte	0x1f
	.byte	0x1b
	.byte	0x1f
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
	.byte	0x10
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x16
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x24
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3e
	.byte	0xb
	.byte	0x3
	.byte	0x8
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x16
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
	.byte	0x15
	.byte	0x1
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x26
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x20
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x40
	.byte	0x18
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x21
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x22
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x23
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x24
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x25
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x26
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x27
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x28
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x29
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x82,0x1
	.byte	0x19
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2a
	.byte	0x2e
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x40
	.byte	0x18
	.byte	0x7a
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x2b
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x2c
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2d
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
.LLST9:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL24-1
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0xb
	.byte	0x7a
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x1
	.byte	0x35
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0xb
	.byte	0x7a
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x35
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5-1
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL5-1
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE22
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE22
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL9-1
	.8byte	.LFE27
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL13
	.byte	0x4
	.byte	0x82
	.byte	0xc0,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LFE27
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0xb
	.byte	0x78
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xc0,0x1
	.byte	0x35
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12-1
	.byte	0xb
	.byte	0x7b
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xc0,0x1
	.byte	0x35
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12-1
	.8byte	.LVL12
	.byte	0xb
	.byte	0x78
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x35
	.byte	0x25
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x3c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
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
.LLRL10:
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB26
	.8byte	.LFE26
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF12:
	.string	"size_t"
.LASF13:
	.string	"__compar_fn_t"
.LASF26:
	.string	"qsort"
.LASF28:
	.string	"show"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"title"
.LASF22:
	.string	"by_salary_desc"
.LASF4:
	.string	"short unsigned int"
.LASF25:
	.string	"employee"
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"salary"
.LASF21:
	.string	"by_name"
.LASF23:
	.string	"by_age"
.LASF27:
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
.LASF24:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
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
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
