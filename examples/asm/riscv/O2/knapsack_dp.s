	.file	"knapsack_dp.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/knapsack_dp.c"
	.align	1
	.type	lcs, @function
lcs:
.LFB12:
	.file 1 "programs/knapsack_dp.c"
	.loc 1 16 1
	.cfi_startproc
.LVL0:
	.loc 1 17 5
	.loc 1 18 5
	.loc 1 16 1 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	mv	s0,a1
	sd	s2,0(sp)
	.cfi_offset 18, -32
	.loc 1 16 1
	mv	s1,a0
	.loc 1 18 18
	call	strlen@plt
.LVL1:
	mv	s2,a0
	.loc 1 18 38
	mv	a0,s0
	call	strlen@plt
.LVL2:
	.loc 1 18 9
	sext.w	t0,s2
.LVL3:
	.loc 1 18 29
	sext.w	a7,a0
.LVL4:
	.loc 1 19 5 is_stmt 1
.LBB2:
	.loc 1 19 10
	.loc 1 19 23
	lla	t6,t.0
	blt	t0,zero,.L2
	mv	t4,t6
	addi	t3,s1,-1
	addiw	t5,s2,1
	.loc 1 19 14 is_stmt 0
	li	a6,0
.LVL5:
.L3:
.LBB3:
	.loc 1 20 27 is_stmt 1
	addi	a2,t4,-66
	mv	a3,t4
	li	a5,0
	bge	a7,zero,.L7
	j	.L9
.LVL6:
.L5:
	.loc 1 21 23 is_stmt 0 discriminator 6
	lhu	a1,0(a2)
	lhu	a4,-2(a3)
	slliw	a0,a1,16
	slliw	t1,a4,16
	sraiw	a0,a0,16
	sraiw	t1,t1,16
	bge	t1,a0,.L6
	mv	a4,a1
.L6:
	slliw	a4,a4,16
	sraiw	a4,a4,16
.L4:
	.loc 1 20 27 discriminator 10
	addi	a5,a5,1
.LVL7:
	.loc 1 21 21 discriminator 10
	sh	a4,0(a3)
	.loc 1 20 34 is_stmt 1 discriminator 10
.LVL8:
	.loc 1 20 27 discriminator 10
	sext.w	a4,a5
	addi	a3,a3,2
	addi	a2,a2,2
	blt	a7,a4,.L9
.L7:
.LVL9:
	.loc 1 21 13
	.loc 1 22 38 is_stmt 0
	add	a0,s0,a5
	.loc 1 21 23
	li	a4,0
	beq	a6,zero,.L4
	.loc 1 21 38 discriminator 1
	beq	a5,zero,.L4
	.loc 1 21 23 discriminator 3
	lbu	a1,0(t3)
	lbu	a4,-1(a0)
	bne	a1,a4,.L5
	.loc 1 22 64 discriminator 5
	lhu	a4,-2(a2)
	.loc 1 20 27 discriminator 5
	addi	a5,a5,1
.LVL10:
	addi	a3,a3,2
	.loc 1 22 64 discriminator 5
	addiw	a4,a4,1
	.loc 1 21 23 discriminator 5
	slliw	a4,a4,16
	sraiw	a4,a4,16
	.loc 1 21 21 discriminator 5
	sh	a4,-2(a3)
	.loc 1 20 34 is_stmt 1 discriminator 5
.LVL11:
	.loc 1 20 27 discriminator 5
	sext.w	a4,a5
	addi	a2,a2,2
	bge	a7,a4,.L7
.L9:
.LBE3:
	.loc 1 19 30
	addiw	a6,a6,1
.LVL12:
	.loc 1 19 23
	addi	t4,t4,66
	addi	t3,t3,1
	bne	a6,t5,.L3
.LVL13:
.L2:
.LBE2:
	.loc 1 24 5
	.loc 1 24 16 is_stmt 0
	slli	a5,t0,5
	add	a5,a5,t0
	.loc 1 25 1
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
.LVL14:
	.loc 1 24 16
	add	a5,a5,a7
	slli	a5,a5,1
	add	t6,t6,a5
	.loc 1 25 1
	lh	a0,0(t6)
	ld	s1,8(sp)
	.cfi_restore 9
.LVL15:
	ld	s2,0(sp)
	.cfi_restore 18
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	lcs, .-lcs
	.align	1
	.type	coin_ways.constprop.0, @function
coin_ways.constprop.0:
.LFB15:
	.loc 1 27 13 is_stmt 1
	.cfi_startproc
.LVL16:
	.loc 1 29 5
	.loc 1 27 13 is_stmt 0
	addi	sp,sp,-1648
	.cfi_def_cfa_offset 1648
	.loc 1 29 10
	addi	a7,sp,8
	.loc 1 27 13
	sd	s0,1632(sp)
	sd	s1,1624(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	mv	s0,a0
	mv	s1,a1
	.loc 1 29 10
	mv	a0,a7
.LVL17:
	li	a1,0
.LVL18:
	li	a2,1608
	.loc 1 27 13
	sd	ra,1640(sp)
	.cfi_offset 1, -8
	.loc 1 29 10
	call	memset@plt
.LVL19:
	li	a5,1
	mv	a7,a0
	sd	a5,8(sp)
	.loc 1 30 5 is_stmt 1
.LBB6:
	.loc 1 30 10
.LVL20:
	.loc 1 30 23
	mv	a0,s0
	addi	a1,s0,24
	addi	t1,sp,16
.LVL21:
.L23:
	.loc 1 31 9
.LBB7:
	.loc 1 31 14
	.loc 1 31 18 is_stmt 0
	lw	a5,0(a0)
.LVL22:
	.loc 1 31 34 is_stmt 1
	bgt	a5,s1,.L21
	subw	a6,s1,a5
	slli	a4,a6,32
	srli	a6,a4,29
	slli	a5,a5,3
.LVL23:
	add	a5,a7,a5
	mv	a4,a7
	add	a6,a6,t1
.LVL24:
.L22:
	.loc 1 32 13
	.loc 1 32 21 is_stmt 0
	ld	a3,0(a5)
	ld	a2,0(a4)
	.loc 1 31 34
	addi	a5,a5,8
.LVL25:
	addi	a4,a4,8
	.loc 1 32 21
	add	a3,a3,a2
	sd	a3,-8(a5)
	.loc 1 31 46 is_stmt 1
.LVL26:
	.loc 1 31 34
	bne	a4,a6,.L22
.LVL27:
.L21:
.LBE7:
	.loc 1 30 29
	.loc 1 30 23
	addi	a0,a0,4
.LVL28:
	bne	a0,a1,.L23
.LBE6:
	.loc 1 33 5
	.loc 1 34 1 is_stmt 0
	ld	ra,1640(sp)
	.cfi_restore 1
	ld	s0,1632(sp)
	.cfi_restore 8
.LVL29:
	.loc 1 33 16
	slli	a5,s1,3
	addi	a5,a5,1616
	add	a5,a5,sp
	.loc 1 34 1
	ld	a0,-1608(a5)
.LVL30:
	ld	s1,1624(sp)
	.cfi_restore 9
	addi	sp,sp,1648
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	coin_ways.constprop.0, .-coin_ways.constprop.0
	.align	1
	.type	knapsack.constprop.0, @function
knapsack.constprop.0:
.LFB16:
	.loc 1 5 12 is_stmt 1
	.cfi_startproc
.LVL31:
	.loc 1 7 5
	.loc 1 5 12 is_stmt 0
	addi	sp,sp,-448
	.cfi_def_cfa_offset 448
	.loc 1 7 9
	addi	a5,sp,8
	.loc 1 5 12
	sd	s0,432(sp)
	sd	s1,424(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	mv	s0,a0
	sd	s2,416(sp)
	mv	s1,a1
	.cfi_offset 18, -32
	mv	s2,a2
	.loc 1 7 9
	li	a1,0
.LVL32:
	li	a2,404
.LVL33:
	mv	a0,a5
.LVL34:
	.loc 1 5 12
	sd	ra,440(sp)
	.cfi_offset 1, -8
	.loc 1 7 9
	call	memset@plt
.LVL35:
	mv	a5,a0
	.loc 1 8 5 is_stmt 1
.LBB10:
	.loc 1 8 10
.LVL36:
	.loc 1 8 23
	slli	t4,s2,2
	add	a2,a5,t4
	mv	a0,s0
	mv	a1,s1
	addi	t5,s0,32
	addi	t6,a2,-4
.LVL37:
.L28:
.LBB11:
	.loc 1 9 29
	.loc 1 9 33 is_stmt 0
	lw	a6,0(a0)
	.loc 1 9 29
	blt	s2,a6,.L33
	subw	a6,s2,a6
	slli	a5,a6,32
	.loc 1 10 35
	lw	t3,0(a1)
	srli	t1,a5,30
	sub	t1,t6,t1
	slli	a6,a6,2
	mv	a5,a2
.LVL38:
.L30:
	.loc 1 10 13 is_stmt 1
	.loc 1 10 21 is_stmt 0
	sub	a4,a5,t4
	add	a4,a4,a6
	.loc 1 10 32
	lw	a4,0(a4)
	lw	a3,0(a5)
	addw	a7,a4,t3
	mv	a4,a7
	bge	a7,a3,.L29
	mv	a4,a3
.L29:
	sw	a4,0(a5)
	.loc 1 9 39 is_stmt 1
.LVL39:
	.loc 1 9 29
	addi	a5,a5,-4
.LVL40:
	bne	a5,t1,.L30
.LVL41:
.L33:
.LBE11:
	.loc 1 8 29
	.loc 1 8 23
	addi	a0,a0,4
.LVL42:
	addi	a1,a1,4
	bne	a0,t5,.L28
.LBE10:
	.loc 1 12 5
	.loc 1 13 1 is_stmt 0
	ld	ra,440(sp)
	.cfi_restore 1
	ld	s0,432(sp)
	.cfi_restore 8
.LVL43:
	.loc 1 12 16
	addi	a5,t4,416
	add	t4,a5,sp
	.loc 1 13 1
	lw	a0,-408(t4)
.LVL44:
	ld	s1,424(sp)
	.cfi_restore 9
.LVL45:
	ld	s2,416(sp)
	.cfi_restore 18
	addi	sp,sp,448
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE16:
	.size	knapsack.constprop.0, .-knapsack.constprop.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC3:
	.string	"knapsack(26) = %d, knapsack(40) = %d\n"
	.align	3
.LC4:
	.string	"GTCGTTCGGAATGCCGTTGCTCTGTAAA"
	.align	3
.LC5:
	.string	"ACCGGTCGAGTGCGCGGAAGCCGGCCGAA"
	.align	3
.LC6:
	.string	"xyz"
	.align	3
.LC7:
	.string	"abc"
	.align	3
.LC8:
	.string	"lcs = %d %d\n"
	.align	3
.LC9:
	.string	"coin ways(100) = %ld, (200) = %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB14:
	.loc 1 37 1 is_stmt 1
	.cfi_startproc
	.loc 1 38 5
	.loc 1 38 9 is_stmt 0
	lla	a5,.LANCHOR0
	.loc 1 37 1
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	.loc 1 38 9
	ld	t0,0(a5)
	ld	t6,8(a5)
	ld	t5,16(a5)
	ld	t4,24(a5)
	.loc 1 39 9
	ld	t3,32(a5)
	ld	t1,40(a5)
	ld	a7,48(a5)
	ld	a6,56(a5)
	.loc 1 40 9
	ld	a3,64(a5)
	ld	a4,72(a5)
	ld	a5,80(a5)
	.loc 1 37 1
	sd	s1,104(sp)
	sd	s2,96(sp)
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.loc 1 41 16
	addi	s1,sp,32
	addi	s2,sp,64
	mv	a1,s2
	li	a2,26
	mv	a0,s1
	.loc 1 37 1
	sd	ra,120(sp)
	.loc 1 38 9
	sd	t0,32(sp)
	sd	t6,40(sp)
	sd	t5,48(sp)
	sd	t4,56(sp)
	.loc 1 39 5 is_stmt 1
	.loc 1 39 9 is_stmt 0
	sd	t3,64(sp)
	sd	t1,72(sp)
	sd	a7,80(sp)
	sd	a6,88(sp)
	.loc 1 40 5 is_stmt 1
	.loc 1 40 9 is_stmt 0
	sd	a3,8(sp)
	sd	a4,16(sp)
	sd	a5,24(sp)
	.loc 1 41 5 is_stmt 1
	.loc 1 37 1 is_stmt 0
	sd	s0,112(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.loc 1 41 16
	call	knapsack.constprop.0
.LVL46:
	mv	s0,a0
.LVL47:
	.loc 1 42 5 is_stmt 1
	mv	a1,s2
	li	a2,40
	mv	a0,s1
	call	knapsack.constprop.0
.LVL48:
	mv	a2,a0
	mv	a1,s0
	lla	a0,.LC3
	call	printf@plt
.LVL49:
	.loc 1 43 5
	lla	a1,.LC4
	lla	a0,.LC5
	call	lcs
.LVL50:
	mv	s1,a0
	lla	a1,.LC6
	lla	a0,.LC7
	call	lcs
.LVL51:
	mv	a2,a0
	mv	a1,s1
	lla	a0,.LC8
	call	printf@plt
.LVL52:
	.loc 1 44 5
	addi	s1,sp,8
	li	a1,100
	mv	a0,s1
	call	coin_ways.constprop.0
.LVL53:
	mv	s2,a0
	li	a1,200
	mv	a0,s1
	call	coin_ways.constprop.0
.LVL54:
	mv	a2,a0
	mv	a1,s2
	lla	a0,.LC9
	call	printf@plt
.LVL55:
	.loc 1 45 5
	.loc 1 46 1 is_stmt 0
	ld	ra,120(sp)
	.cfi_restore 1
	mv	a0,s0
	ld	s0,112(sp)
	.cfi_restore 8
.LVL56:
	ld	s1,104(sp)
	.cfi_restore 9
	ld	s2,96(sp)
	.cfi_restore 18
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.word	12
	.word	7
	.word	11
	.word	8
	.word	9
	.word	5
	.word	14
	.word	3
.LC1:
	.word	24
	.word	13
	.word	23
	.word	15
	.word	16
	.word	8
	.word	30
	.word	4
.LC2:
	.word	1
	.word	2
	.word	5
	.word	10
	.word	20
	.word	50
	.bss
	.align	3
	.type	t.0, @object
	.size	t.0, 2178
t.0:
	.zero	2178
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/string.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x594
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x1c
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL14
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x1d
	.4byte	.LASF19
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x1e
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xe
	.4byte	0x60
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xe
	.4byte	0x73
	.byte	0xf
	.4byte	0x67
	.byte	0xf
	.4byte	0x7a
	.byte	0x10
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2a
	.4byte	0xa0
	.byte	0x11
	.4byte	0x84
	.byte	0
	.byte	0x10
	.4byte	.LASF11
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x60
	.4byte	0xb8
	.byte	0x11
	.4byte	0x84
	.byte	0x1f
	.byte	0
	.byte	0x20
	.4byte	.LASF20
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x276
	.byte	0x5
	.string	"w"
	.byte	0x26
	.byte	0x9
	.4byte	0x276
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7f
	.byte	0x5
	.string	"v"
	.byte	0x27
	.byte	0x9
	.4byte	0x276
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x21
	.4byte	.LASF12
	.byte	0x1
	.byte	0x28
	.byte	0x9
	.4byte	0x286
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x22
	.4byte	.LASF13
	.byte	0x1
	.byte	0x29
	.byte	0x9
	.4byte	0x60
	.4byte	.LLST13
	.byte	0x2
	.8byte	.LVL46
	.4byte	0x4e3
	.4byte	0x13d
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
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x4a
	.byte	0x9
	.4byte	0x3fd
	.byte	0x1
	.byte	0x38
	.byte	0
	.byte	0x2
	.8byte	.LVL48
	.4byte	0x4e3
	.4byte	0x168
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
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x28
	.byte	0x9
	.4byte	0x3fd
	.byte	0x1
	.byte	0x38
	.byte	0
	.byte	0x2
	.8byte	.LVL49
	.4byte	0xa0
	.4byte	0x18d
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
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x2
	.8byte	.LVL50
	.4byte	0x2f4
	.4byte	0x1b9
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.byte	0x2
	.8byte	.LVL51
	.4byte	0x2f4
	.4byte	0x1e5
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0
	.byte	0x2
	.8byte	.LVL52
	.4byte	0xa0
	.4byte	0x20a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0x2
	.8byte	.LVL53
	.4byte	0x443
	.4byte	0x22f
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
	.byte	0x8
	.byte	0x64
	.byte	0x9
	.4byte	0x2af
	.byte	0x1
	.byte	0x36
	.byte	0
	.byte	0x2
	.8byte	.LVL54
	.4byte	0x443
	.4byte	0x254
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
	.byte	0x8
	.byte	0xc8
	.byte	0x9
	.4byte	0x2af
	.byte	0x1
	.byte	0x36
	.byte	0
	.byte	0xa
	.8byte	.LVL55
	.4byte	0xa0
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC9
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x60
	.4byte	0x286
	.byte	0x4
	.4byte	0x36
	.byte	0x7
	.byte	0
	.byte	0x6
	.4byte	0x60
	.4byte	0x296
	.byte	0x4
	.4byte	0x36
	.byte	0x5
	.byte	0
	.byte	0x12
	.4byte	.LASF16
	.byte	0x1b
	.byte	0xd
	.4byte	0x6c
	.4byte	0x2e4
	.byte	0x13
	.4byte	.LASF12
	.byte	0x22
	.4byte	0x7f
	.byte	0x7
	.string	"k"
	.byte	0x1b
	.byte	0x2d
	.4byte	0x60
	.byte	0x13
	.4byte	.LASF14
	.byte	0x34
	.4byte	0x60
	.byte	0x14
	.4byte	.LASF15
	.byte	0x1d
	.byte	0xa
	.4byte	0x2e4
	.byte	0xb
	.byte	0xc
	.string	"i"
	.byte	0x1e
	.byte	0xe
	.4byte	0x60
	.byte	0xb
	.byte	0xc
	.string	"a"
	.byte	0x1f
	.byte	0x12
	.4byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x6c
	.4byte	0x2f4
	.byte	0x4
	.4byte	0x36
	.byte	0xc8
	.byte	0
	.byte	0x23
	.string	"lcs"
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x60
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x3c6
	.byte	0x15
	.string	"a"
	.byte	0x1c
	.4byte	0x84
	.4byte	.LLST0
	.byte	0x15
	.string	"b"
	.byte	0x2b
	.4byte	0x84
	.4byte	.LLST1
	.byte	0x5
	.string	"t"
	.byte	0x11
	.byte	0x12
	.4byte	0x3c6
	.byte	0x9
	.byte	0x3
	.8byte	t.0
	.byte	0x5
	.string	"n"
	.byte	0x12
	.byte	0x9
	.4byte	0x60
	.byte	0x1
	.byte	0x55
	.byte	0x5
	.string	"m"
	.byte	0x12
	.byte	0x1d
	.4byte	0x60
	.byte	0x1
	.byte	0x61
	.byte	0x24
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x399
	.byte	0x16
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST2
	.byte	0x25
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x16
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x60
	.4byte	.LLST3
	.byte	0
	.byte	0
	.byte	0x2
	.8byte	.LVL1
	.4byte	0x89
	.4byte	0x3b1
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL2
	.4byte	0x89
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x59
	.4byte	0x3dc
	.byte	0x4
	.4byte	0x36
	.byte	0x20
	.byte	0x4
	.4byte	0x36
	.byte	0x20
	.byte	0
	.byte	0x12
	.4byte	.LASF17
	.byte	0x5
	.byte	0xc
	.4byte	0x60
	.4byte	0x433
	.byte	0x7
	.string	"w"
	.byte	0x5
	.byte	0x20
	.4byte	0x7f
	.byte	0x7
	.string	"v"
	.byte	0x5
	.byte	0x2e
	.4byte	0x7f
	.byte	0x7
	.string	"n"
	.byte	0x5
	.byte	0x35
	.4byte	0x60
	.byte	0x7
	.string	"cap"
	.byte	0x5
	.byte	0x3c
	.4byte	0x60
	.byte	0x14
	.4byte	.LASF13
	.byte	0x7
	.byte	0x9
	.4byte	0x433
	.byte	0xb
	.byte	0xc
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x60
	.byte	0xb
	.byte	0xc
	.string	"c"
	.byte	0x9
	.byte	0x12
	.4byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x60
	.4byte	0x443
	.byte	0x4
	.4byte	0x36
	.byte	0x64
	.byte	0
	.byte	0x17
	.4byte	0x296
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x4e3
	.byte	0x8
	.4byte	0x2a5
	.4byte	.LLST4
	.byte	0x8
	.4byte	0x2b8
	.4byte	.LLST5
	.byte	0x18
	.4byte	0x2c2
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x73
	.byte	0x19
	.4byte	0x2af
	.byte	0x6
	.byte	0x1a
	.4byte	0x2cd
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.4byte	0x4c1
	.byte	0xd
	.4byte	0x2ce
	.4byte	.LLST6
	.byte	0x1b
	.4byte	0x2d7
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.byte	0xd
	.4byte	0x2d8
	.4byte	.LLST7
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL19
	.4byte	0x58c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x73
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa
	.2byte	0x648
	.byte	0
	.byte	0
	.byte	0x17
	.4byte	0x3dc
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.byte	0x1
	.byte	0x9c
	.4byte	0x58c
	.byte	0x8
	.4byte	0x3eb
	.4byte	.LLST8
	.byte	0x8
	.4byte	0x3f4
	.4byte	.LLST9
	.byte	0x8
	.4byte	0x406
	.4byte	.LLST10
	.byte	0x18
	.4byte	0x411
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7c
	.byte	0x19
	.4byte	0x3fd
	.byte	0x8
	.byte	0x1a
	.4byte	0x41c
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.4byte	0x56a
	.byte	0xd
	.4byte	0x41d
	.4byte	.LLST11
	.byte	0x1b
	.4byte	0x426
	.8byte	.LBB11
	.8byte	.LBE11-.LBB11
	.byte	0xd
	.4byte	0x427
	.4byte	.LLST12
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL35
	.4byte	0x58c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7c
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa
	.2byte	0x194
	.byte	0
	.byte	0
	.byte	0x26
	.4byte	.LASF21
	.4byte	.LASF22
	.byte	0x5
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
	.byte	0x3
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
	.byte	0x4
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x6
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x49
	.byte	0
	.byte	0x80,0x1
	.byte	0x13
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x1b
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xf
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x19
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x1b
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
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
	.byte	0x1e
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
	.byte	0x1f
	.byte	0x18
	.byte	0
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
	.byte	0x23
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x24
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x25
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x26
	.byte	0x2e
	.byte	0
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0x6e
	.byte	0xe
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
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
.LLST13:
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL56
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1-1
	.8byte	.LVL15
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE12
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL1-1
	.8byte	.LVL14
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LFE12
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL12
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL29
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LFE15
	.byte	0x3
	.byte	0x7b
	.byte	0x68
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LFE15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL27
	.byte	0x8
	.byte	0x7a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0xa
	.byte	0x7a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0xc
	.byte	0x7a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0xc
	.byte	0x7a
	.byte	0
	.byte	0x7b
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x14
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x2
	.byte	0x7a
	.byte	0
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x1d
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x7a
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.byte	0xe8,0xc
	.byte	0x33
	.byte	0x25
	.byte	0x7a
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1d
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x7a
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0xc
	.byte	0x33
	.byte	0x25
	.byte	0x7a
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL43
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LFE16
	.byte	0x3
	.byte	0x8e
	.byte	0x60
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL45
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LFE16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL33
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LFE16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL41
	.byte	0x8
	.byte	0x7a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0xa
	.byte	0x7a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL43
	.byte	0xc
	.byte	0x7a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL44
	.byte	0xc
	.byte	0x7a
	.byte	0
	.byte	0x8e
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x19
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x82
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.byte	0xb8,0x3
	.byte	0x32
	.byte	0x25
	.byte	0x82
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x1b
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x82
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.byte	0xb8,0x3
	.byte	0x32
	.byte	0x25
	.byte	0x82
	.byte	0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL41
	.byte	0x1b
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x82
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x23
	.byte	0xbc,0x3
	.byte	0x32
	.byte	0x25
	.byte	0x82
	.byte	0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
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
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
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
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB14
	.8byte	.LFE14
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF7:
	.string	"short int"
.LASF19:
	.string	"size_t"
.LASF20:
	.string	"main"
.LASF12:
	.string	"coins"
.LASF22:
	.string	"__builtin_memset"
.LASF16:
	.string	"coin_ways"
.LASF21:
	.string	"memset"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF13:
	.string	"best"
.LASF15:
	.string	"ways"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF10:
	.string	"strlen"
.LASF17:
	.string	"knapsack"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF14:
	.string	"amount"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/knapsack_dp.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
