	.file	"varargs_sum.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/varargs_sum.c"
	.align	1
	.type	sum, @function
sum:
.LFB0:
	.file 1 "programs/varargs_sum.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	s0,56(sp)
	.cfi_offset 8, -72
	addi	s0,sp,64
	.cfi_def_cfa 8, 64
	sd	a1,8(s0)
	sd	a2,16(s0)
	sd	a3,24(s0)
	sd	a4,32(s0)
	sd	a5,40(s0)
	sd	a6,48(s0)
	sd	a7,56(s0)
	mv	a5,a0
	sw	a5,-52(s0)
	.loc 1 8 10
	sd	zero,-24(s0)
	.loc 1 9 5
	addi	a5,s0,64
	sd	a5,-64(s0)
	ld	a5,-64(s0)
	addi	a5,a5,-56
	sd	a5,-40(s0)
.LBB2:
	.loc 1 10 14
	sw	zero,-28(s0)
	.loc 1 10 5
	j	.L2
.L3:
	.loc 1 11 14
	ld	a5,-40(s0)
	addi	a4,a5,8
	sd	a4,-40(s0)
	lw	a5,0(a5)
	mv	a4,a5
	.loc 1 11 11
	ld	a5,-24(s0)
	add	a5,a5,a4
	sd	a5,-24(s0)
	.loc 1 10 29
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	.loc 1 10 23 discriminator 1
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L3
.LBE2:
	.loc 1 13 12
	ld	a5,-24(s0)
	.loc 1 14 1
	mv	a0,a5
	ld	s0,56(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 128
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	sum, .-sum
	.align	1
	.type	maxl, @function
maxl:
.LFB1:
	.loc 1 17 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	s0,56(sp)
	.cfi_offset 8, -72
	addi	s0,sp,64
	.cfi_def_cfa 8, 64
	sd	a1,8(s0)
	sd	a2,16(s0)
	sd	a3,24(s0)
	sd	a4,32(s0)
	sd	a5,40(s0)
	sd	a6,48(s0)
	sd	a7,56(s0)
	mv	a5,a0
	sw	a5,-52(s0)
	.loc 1 19 5
	addi	a5,s0,64
	sd	a5,-64(s0)
	ld	a5,-64(s0)
	addi	a5,a5,-56
	sd	a5,-48(s0)
	.loc 1 20 10
	ld	a5,-48(s0)
	addi	a4,a5,8
	sd	a4,-48(s0)
	ld	a5,0(a5)
	sd	a5,-24(s0)
.LBB3:
	.loc 1 21 14
	li	a5,1
	sw	a5,-28(s0)
	.loc 1 21 5
	j	.L6
.L8:
.LBB4:
	.loc 1 22 14
	ld	a5,-48(s0)
	addi	a4,a5,8
	sd	a4,-48(s0)
	ld	a5,0(a5)
	sd	a5,-40(s0)
	.loc 1 23 12
	ld	a4,-40(s0)
	ld	a5,-24(s0)
	ble	a4,a5,.L7
	.loc 1 24 15
	ld	a5,-40(s0)
	sd	a5,-24(s0)
.L7:
.LBE4:
	.loc 1 21 29 discriminator 2
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L6:
	.loc 1 21 23 discriminator 1
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L8
.LBE3:
	.loc 1 27 12
	ld	a5,-24(s0)
	.loc 1 28 1
	mv	a0,a5
	ld	s0,56(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 128
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
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
	.align	1
	.type	format, @function
format:
.LFB2:
	.loc 1 31 1
	.cfi_startproc
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -56
	.cfi_offset 8, -64
	addi	s0,sp,64
	.cfi_def_cfa 8, 48
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	sd	a2,0(s0)
	sd	a3,8(s0)
	sd	a4,16(s0)
	sd	a5,24(s0)
	sd	a6,32(s0)
	sd	a7,40(s0)
	.loc 1 33 9
	sw	zero,-20(s0)
	.loc 1 34 5
	addi	a5,s0,48
	sd	a5,-56(s0)
	ld	a5,-56(s0)
	addi	a5,a5,-48
	sd	a5,-32(s0)
	.loc 1 35 5
	j	.L11
.L17:
	.loc 1 36 13
	ld	a5,-48(s0)
	lbu	a5,0(a5)
	.loc 1 36 12
	mv	a4,a5
	li	a5,37
	beq	a4,a5,.L12
	.loc 1 37 18 discriminator 1
	lw	a5,-20(s0)
	addiw	a4,a5,1
	sw	a4,-20(s0)
	mv	a4,a5
	.loc 1 37 16 discriminator 1
	ld	a5,-40(s0)
	add	a5,a5,a4
	.loc 1 37 24 discriminator 1
	ld	a4,-48(s0)
	lbu	a4,0(a4)
	.loc 1 37 22 discriminator 1
	sb	a4,0(a5)
	.loc 1 38 13 discriminator 1
	j	.L13
.L12:
	.loc 1 40 9
	ld	a5,-48(s0)
	addi	a5,a5,1
	sd	a5,-48(s0)
	.loc 1 40 17
	ld	a5,-48(s0)
	lbu	a5,0(a5)
	sext.w	a5,a5
	.loc 1 40 9
	mv	a3,a5
	li	a4,115
	beq	a3,a4,.L14
	mv	a3,a5
	li	a4,115
	bgt	a3,a4,.L15
	mv	a3,a5
	li	a4,99
	beq	a3,a4,.L16
	mv	a4,a5
	li	a5,100
	bne	a4,a5,.L15
	.loc 1 41 24
	lw	a5,-20(s0)
	ld	a4,-40(s0)
	add	a3,a4,a5
	ld	a5,-32(s0)
	addi	a4,a5,8
	sd	a4,-32(s0)
	lw	a5,0(a5)
	mv	a2,a5
	lla	a1,.LC0
	mv	a0,a3
	call	sprintf@plt
	mv	a5,a0
	.loc 1 41 21
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 41 65
	j	.L13
.L14:
	.loc 1 42 24
	lw	a5,-20(s0)
	ld	a4,-40(s0)
	add	a3,a4,a5
	ld	a5,-32(s0)
	addi	a4,a5,8
	sd	a4,-32(s0)
	ld	a5,0(a5)
	mv	a2,a5
	lla	a1,.LC1
	mv	a0,a3
	call	sprintf@plt
	mv	a5,a0
	.loc 1 42 21
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 42 74
	j	.L13
.L16:
	.loc 1 43 36
	ld	a5,-32(s0)
	addi	a4,a5,8
	sd	a4,-32(s0)
	lw	a3,0(a5)
	.loc 1 43 24
	lw	a5,-20(s0)
	addiw	a4,a5,1
	sw	a4,-20(s0)
	mv	a4,a5
	.loc 1 43 22
	ld	a5,-40(s0)
	add	a5,a5,a4
	.loc 1 43 30
	andi	a4,a3,0xff
	.loc 1 43 28
	sb	a4,0(a5)
	.loc 1 43 53
	j	.L13
.L15:
	.loc 1 44 23
	lw	a5,-20(s0)
	addiw	a4,a5,1
	sw	a4,-20(s0)
	mv	a4,a5
	.loc 1 44 21
	ld	a5,-40(s0)
	add	a5,a5,a4
	.loc 1 44 27
	li	a4,63
	sb	a4,0(a5)
	.loc 1 44 34
	nop
.L13:
	.loc 1 35 21
	ld	a5,-48(s0)
	addi	a5,a5,1
	sd	a5,-48(s0)
.L11:
	.loc 1 35 12 discriminator 1
	ld	a5,-48(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L17
	.loc 1 48 8
	lw	a5,-20(s0)
	ld	a4,-40(s0)
	add	a5,a4,a5
	.loc 1 48 12
	sb	zero,0(a5)
	.loc 1 49 12
	lw	a5,-20(s0)
	.loc 1 50 1
	mv	a0,a5
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 112
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	format, .-format
	.section	.rodata
	.align	3
.LC2:
	.string	"sum %ld %ld %ld\n"
	.align	3
.LC4:
	.string	"max %ld\n"
	.align	3
.LC5:
	.string	"cart"
	.align	3
.LC6:
	.string	"%s has %d items%c %x"
	.align	3
.LC7:
	.string	"%s (%d chars)\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 53 1
	.cfi_startproc
	addi	sp,sp,-192
	.cfi_def_cfa_offset 192
	sd	ra,184(sp)
	sd	s0,176(sp)
	sd	s1,168(sp)
	sd	s2,160(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	addi	s0,sp,192
	.cfi_def_cfa 8, 0
	.loc 1 55 5
	li	a3,3
	li	a2,2
	li	a1,1
	li	a0,3
	call	sum
	mv	s1,a0
	li	a0,0
	call	sum
	mv	s2,a0
	li	a5,1
	sd	a5,8(sp)
	li	a5,2
	sd	a5,0(sp)
	li	a7,3
	li	a6,4
	li	a5,5
	li	a4,6
	li	a3,7
	li	a2,8
	li	a1,9
	li	a0,9
	call	sum
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC2
	call	printf@plt
	.loc 1 56 5
	lla	a5,.LC3
	ld	a4,0(a5)
	li	a5,0
	li	a3,4
	li	a2,17
	li	a1,-3
	li	a0,5
	call	maxl
	mv	a5,a0
	mv	a1,a5
	lla	a0,.LC4
	call	printf@plt
	.loc 1 57 13
	addi	a5,s0,-168
	li	a4,33
	li	a3,42
	lla	a2,.LC5
	lla	a1,.LC6
	mv	a0,a5
	call	format
	mv	a5,a0
	sw	a5,-36(s0)
	.loc 1 58 5
	lw	a4,-36(s0)
	addi	a5,s0,-168
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC7
	call	printf@plt
	.loc 1 59 12
	lw	a5,-36(s0)
	.loc 1 60 1
	mv	a0,a5
	ld	ra,184(sp)
	.cfi_restore 1
	ld	s0,176(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 192
	ld	s1,168(sp)
	.cfi_restore 9
	ld	s2,160(sp)
	.cfi_restore 18
	addi	sp,sp,192
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC3:
	.dword	99999999999
	.text
.Letext0:
	.file 2 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stdarg.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x264
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x7
	.4byte	.LASF10
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x41
	.byte	0xb
	.byte	0x8
	.4byte	.LASF17
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
	.byte	0xc
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x8
	.4byte	0x7d
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xd
	.4byte	0x7d
	.byte	0x7
	.4byte	.LASF11
	.byte	0x3
	.byte	0x34
	.byte	0x18
	.4byte	0x35
	.byte	0x9
	.4byte	.LASF12
	.2byte	0x164
	.4byte	0x6a
	.4byte	0xab
	.byte	0x5
	.4byte	0xab
	.byte	0x3
	.byte	0
	.byte	0x8
	.4byte	0x84
	.byte	0x9
	.4byte	.LASF13
	.2byte	0x166
	.4byte	0x6a
	.4byte	0xcb
	.byte	0x5
	.4byte	0x78
	.byte	0x5
	.4byte	0xab
	.byte	0x3
	.byte	0
	.byte	0xe
	.4byte	.LASF18
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x6a
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x109
	.byte	0x1
	.string	"buf"
	.byte	0x36
	.byte	0xa
	.4byte	0x109
	.byte	0x3
	.byte	0x91
	.byte	0xd8,0x7e
	.byte	0x1
	.string	"n"
	.byte	0x39
	.byte	0x9
	.4byte	0x6a
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0xf
	.4byte	0x7d
	.4byte	0x119
	.byte	0x10
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.byte	0x11
	.4byte	.LASF14
	.byte	0x1
	.byte	0x1e
	.byte	0xc
	.4byte	0x6a
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x176
	.byte	0x4
	.string	"out"
	.byte	0x1e
	.byte	0x19
	.4byte	0x78
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0x4
	.string	"fmt"
	.byte	0x1e
	.byte	0x2a
	.4byte	0xab
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7f
	.byte	0x3
	.byte	0x1
	.string	"ap"
	.byte	0x20
	.byte	0xd
	.4byte	0x89
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x1
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x6a
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7f
	.byte	0
	.byte	0x12
	.4byte	.LASF15
	.byte	0x1
	.byte	0x10
	.byte	0xd
	.4byte	0x71
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x200
	.byte	0x4
	.string	"n"
	.byte	0x10
	.byte	0x16
	.4byte	0x6a
	.byte	0x3
	.byte	0x91
	.byte	0x8c,0x7f
	.byte	0x3
	.byte	0x1
	.string	"ap"
	.byte	0x12
	.byte	0xd
	.4byte	0x89
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x1
	.string	"m"
	.byte	0x14
	.byte	0xa
	.4byte	0x71
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x6a
	.byte	0x3
	.byte	0x91
	.byte	0xa4,0x7f
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"v"
	.byte	0x16
	.byte	0xe
	.4byte	0x71
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0x13
	.string	"sum"
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x71
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x4
	.string	"n"
	.byte	0x5
	.byte	0x15
	.4byte	0x6a
	.byte	0x3
	.byte	0x91
	.byte	0x8c,0x7f
	.byte	0x3
	.byte	0x1
	.string	"ap"
	.byte	0x7
	.byte	0xd
	.4byte	0x89
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1
	.string	"s"
	.byte	0x8
	.byte	0xa
	.4byte	0x71
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"i"
	.byte	0xa
	.byte	0xe
	.4byte	0x6a
	.byte	0x3
	.byte	0x91
	.byte	0xa4,0x7f
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0x5
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x3
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0x21
	.byte	0xc
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
	.byte	0xa
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
	.byte	0xb
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3
	.byte	0xe
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
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
	.byte	0x13
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
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
.LASF10:
	.string	"__gnuc_va_list"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF13:
	.string	"sprintf"
.LASF17:
	.string	"__builtin_va_list"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF18:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"va_list"
.LASF14:
	.string	"format"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"maxl"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/varargs_sum.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
