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
.LFB6:
	.file 1 "programs/struct_array_sort.c"
	.loc 1 9 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 10 28
	ld	a5,-40(s0)
	sd	a5,-24(s0)
	.loc 1 10 36
	ld	a5,-48(s0)
	sd	a5,-32(s0)
	.loc 1 11 18
	ld	a5,-24(s0)
	lhu	a5,12(a5)
	.loc 1 11 12
	sext.w	a4,a5
	.loc 1 11 32
	ld	a5,-32(s0)
	lhu	a5,12(a5)
	.loc 1 11 26
	sext.w	a5,a5
	.loc 1 11 24
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 12 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	by_age, .-by_age
	.align	1
	.type	by_salary_desc, @function
by_salary_desc:
.LFB7:
	.loc 1 15 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 16 28
	ld	a5,-40(s0)
	sd	a5,-24(s0)
	.loc 1 16 36
	ld	a5,-48(s0)
	sd	a5,-32(s0)
	.loc 1 17 14
	ld	a5,-32(s0)
	lw	a4,16(a5)
	.loc 1 17 26
	ld	a5,-24(s0)
	lw	a5,16(a5)
	.loc 1 17 23
	sgt	a5,a4,a5
	andi	a5,a5,0xff
	sext.w	a4,a5
	.loc 1 17 40
	ld	a5,-32(s0)
	lw	a3,16(a5)
	.loc 1 17 52
	ld	a5,-24(s0)
	lw	a5,16(a5)
	.loc 1 17 49
	slt	a5,a3,a5
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 17 36
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 18 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	by_salary_desc, .-by_salary_desc
	.align	1
	.type	by_name, @function
by_name:
.LFB8:
	.loc 1 21 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	sd	a1,-32(s0)
	.loc 1 22 47
	ld	a5,-24(s0)
	.loc 1 22 83
	ld	a4,-32(s0)
	.loc 1 22 12
	mv	a1,a4
	mv	a0,a5
	call	strcmp@plt
	mv	a5,a0
	.loc 1 23 1
	mv	a0,a5
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
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
	.align	1
	.type	show, @function
show:
.LFB9:
	.loc 1 26 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	mv	a5,a2
	sw	a5,-52(s0)
	.loc 1 27 5
	ld	a1,-40(s0)
	lla	a0,.LC1
	call	printf@plt
.LBB2:
	.loc 1 28 14
	sw	zero,-20(s0)
	.loc 1 28 5
	j	.L8
.L9:
	.loc 1 29 41 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,5
	ld	a4,-48(s0)
	add	a5,a4,a5
	.loc 1 29 44 discriminator 3
	mv	a1,a5
	.loc 1 29 52 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,5
	ld	a4,-48(s0)
	add	a5,a4,a5
	.loc 1 29 55 discriminator 3
	lhu	a5,12(a5)
	.loc 1 29 9 discriminator 3
	sext.w	a2,a5
	.loc 1 29 62 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,5
	ld	a4,-48(s0)
	add	a5,a4,a5
	.loc 1 29 65 discriminator 3
	lw	a3,16(a5)
	.loc 1 29 75 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,5
	ld	a4,-48(s0)
	add	a5,a4,a5
	.loc 1 29 78 discriminator 3
	ld	a5,24(a5)
	.loc 1 29 9 discriminator 3
	mv	a4,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 28 29 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L8:
	.loc 1 28 23 discriminator 1
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L9
.LBE2:
	.loc 1 30 1
	nop
	nop
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
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
	.align	3
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
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB10:
	.loc 1 33 1
	.cfi_startproc
	addi	sp,sp,-224
	.cfi_def_cfa_offset 224
	sd	ra,216(sp)
	sd	s0,208(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,224
	.cfi_def_cfa 8, 0
	.loc 1 34 21
	lla	a4,.LC0
	addi	a5,s0,-224
	mv	a3,a4
	li	a4,192
	mv	a2,a4
	mv	a1,a3
	mv	a0,a5
	call	memcpy@plt
	.loc 1 38 9
	li	a5,6
	sw	a5,-32(s0)
	.loc 1 39 5
	lw	a4,-32(s0)
	addi	a5,s0,-224
	lla	a3,by_age
	li	a2,32
	mv	a1,a4
	mv	a0,a5
	call	qsort@plt
	.loc 1 40 5
	lw	a4,-32(s0)
	addi	a5,s0,-224
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC3
	call	show
	.loc 1 41 5
	lw	a4,-32(s0)
	addi	a5,s0,-224
	lla	a3,by_salary_desc
	li	a2,32
	mv	a1,a4
	mv	a0,a5
	call	qsort@plt
	.loc 1 42 5
	lw	a4,-32(s0)
	addi	a5,s0,-224
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC4
	call	show
	.loc 1 43 5
	lw	a4,-32(s0)
	addi	a5,s0,-224
	lla	a3,by_name
	li	a2,32
	mv	a1,a4
	mv	a0,a5
	call	qsort@plt
	.loc 1 44 5
	lw	a4,-32(s0)
	addi	a5,s0,-224
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC5
	call	show
	.loc 1 45 10
	sd	zero,-24(s0)
.LBB3:
	.loc 1 46 14
	sw	zero,-28(s0)
	.loc 1 46 5
	j	.L11
.L12:
	.loc 1 47 28 discriminator 3
	lw	a5,-28(s0)
	slli	a5,a5,5
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-192(a5)
	mv	a4,a5
	.loc 1 47 17 discriminator 3
	ld	a5,-24(s0)
	add	a5,a5,a4
	sd	a5,-24(s0)
	.loc 1 46 29 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L11:
	.loc 1 46 23 discriminator 1
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-32(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L12
.LBE3:
	.loc 1 48 5
	ld	a1,-24(s0)
	lla	a0,.LC6
	call	printf@plt
	.loc 1 49 20
	lhu	a5,-212(s0)
	sext.w	a5,a5
	.loc 1 50 1
	mv	a0,a5
	ld	ra,216(sp)
	.cfi_restore 1
	ld	s0,208(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 224
	addi	sp,sp,224
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE10:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 5 "/usr/riscv64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x31f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF25
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xe
	.4byte	.LASF12
	.byte	0x2
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x10
	.byte	0x8
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x6
	.4byte	0x74
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x11
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x33d
	.byte	0xf
	.4byte	0x9b
	.byte	0x5
	.4byte	0xa0
	.byte	0x12
	.4byte	0x64
	.4byte	0xb4
	.byte	0x2
	.4byte	0xb4
	.byte	0x2
	.4byte	0xb4
	.byte	0
	.byte	0x5
	.4byte	0xb9
	.byte	0x13
	.byte	0x5
	.4byte	0x7b
	.byte	0x14
	.4byte	.LASF26
	.byte	0x20
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xf8
	.byte	0x7
	.4byte	.LASF14
	.byte	0x18
	.4byte	0xfd
	.byte	0
	.byte	0x8
	.string	"age"
	.byte	0x31
	.4byte	0x48
	.byte	0xc
	.byte	0x7
	.4byte	.LASF15
	.byte	0x3a
	.4byte	0x64
	.byte	0x10
	.byte	0x8
	.string	"id"
	.byte	0x47
	.4byte	0x6b
	.byte	0x18
	.byte	0
	.byte	0x6
	.4byte	0xbf
	.byte	0x9
	.4byte	0x74
	.4byte	0x10d
	.byte	0xa
	.4byte	0x3a
	.byte	0xb
	.byte	0
	.byte	0x15
	.4byte	.LASF27
	.byte	0x3
	.2byte	0x353
	.byte	0xd
	.4byte	0x12f
	.byte	0x2
	.4byte	0x72
	.byte	0x2
	.4byte	0x2e
	.byte	0x2
	.4byte	0x2e
	.byte	0x2
	.4byte	0x8e
	.byte	0
	.byte	0x16
	.4byte	.LASF16
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0x147
	.byte	0x2
	.4byte	0xba
	.byte	0x17
	.byte	0
	.byte	0x18
	.4byte	.LASF17
	.byte	0x5
	.byte	0x9c
	.byte	0xc
	.4byte	0x64
	.4byte	0x162
	.byte	0x2
	.4byte	0xba
	.byte	0x2
	.4byte	0xba
	.byte	0
	.byte	0x19
	.4byte	.LASF28
	.byte	0x1
	.byte	0x20
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB10
	.8byte	.LFE10-.LFB10
	.byte	0x1
	.byte	0x9c
	.4byte	0x1cc
	.byte	0xb
	.4byte	.LASF18
	.byte	0x22
	.byte	0x15
	.4byte	0x1cc
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x4
	.string	"n"
	.byte	0x26
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0xb
	.4byte	.LASF19
	.byte	0x2d
	.byte	0xa
	.4byte	0x6b
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0xc
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x4
	.string	"i"
	.byte	0x2e
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0xbf
	.4byte	0x1dc
	.byte	0xa
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.byte	0x1a
	.4byte	.LASF23
	.byte	0x1
	.byte	0x19
	.byte	0xd
	.8byte	.LFB9
	.8byte	.LFE9-.LFB9
	.byte	0x1
	.byte	0x9c
	.4byte	0x240
	.byte	0x1b
	.4byte	.LASF20
	.byte	0x1
	.byte	0x19
	.byte	0x1e
	.4byte	0xba
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"e"
	.byte	0x19
	.byte	0x3c
	.4byte	0x240
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x3
	.string	"n"
	.byte	0x19
	.byte	0x43
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0xc
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x4
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0xf8
	.byte	0x1c
	.4byte	.LASF21
	.byte	0x1
	.byte	0x14
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x280
	.byte	0x3
	.string	"a"
	.byte	0x14
	.byte	0x20
	.4byte	0xb4
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.string	"b"
	.byte	0x14
	.byte	0x2f
	.4byte	0xb4
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x1d
	.4byte	.LASF22
	.byte	0x1
	.byte	0xe
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x2d3
	.byte	0x3
	.string	"a"
	.byte	0xe
	.byte	0x27
	.4byte	0xb4
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"b"
	.byte	0xe
	.byte	0x36
	.4byte	0xb4
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x4
	.string	"x"
	.byte	0x10
	.byte	0x1c
	.4byte	0x240
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x4
	.string	"y"
	.byte	0x10
	.byte	0x24
	.4byte	0x240
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x1e
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.string	"a"
	.byte	0x8
	.byte	0x1f
	.4byte	0xb4
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"b"
	.byte	0x8
	.byte	0x2e
	.4byte	0xb4
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x4
	.string	"x"
	.byte	0xa
	.byte	0x1c
	.4byte	0x240
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x4
	.string	"y"
	.byte	0xa
	.byte	0x24
	.4byte	0x240
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x2
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x4
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
	.byte	0x18
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
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
	.byte	0x9
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0xe
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
	.byte	0xc
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x10
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x10
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
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
	.byte	0x13
	.byte	0x26
	.byte	0
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
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
	.byte	0x17
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x40
	.byte	0x18
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x49
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x40
	.byte	0x18
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
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
.LASF25:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
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
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
