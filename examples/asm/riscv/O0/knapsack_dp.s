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
	.type	knapsack, @function
knapsack:
.LFB0:
	.file 1 "programs/knapsack_dp.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-464
	.cfi_def_cfa_offset 464
	sd	ra,456(sp)
	sd	s0,448(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,464
	.cfi_def_cfa 8, 0
	sd	a0,-440(s0)
	sd	a1,-448(s0)
	mv	a5,a2
	mv	a4,a3
	sw	a5,-452(s0)
	mv	a5,a4
	sw	a5,-456(s0)
	.loc 1 7 9
	addi	a5,s0,-432
	li	a4,404
	mv	a2,a4
	li	a1,0
	mv	a0,a5
	call	memset@plt
.LBB2:
	.loc 1 8 14
	sw	zero,-20(s0)
	.loc 1 8 5
	j	.L2
.L6:
.LBB3:
	.loc 1 9 18
	lw	a5,-456(s0)
	sw	a5,-24(s0)
	.loc 1 9 9
	j	.L3
.L5:
	.loc 1 10 27
	lw	a5,-20(s0)
	slli	a5,a5,2
	ld	a4,-440(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 10 24
	lw	a4,-24(s0)
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 10 21
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-416(a5)
	.loc 1 10 35
	lw	a5,-20(s0)
	slli	a5,a5,2
	ld	a3,-448(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	.loc 1 10 32
	addw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 10 45
	lw	a5,-24(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-416(a5)
	.loc 1 10 16
	ble	a4,a5,.L4
	.loc 1 11 37
	lw	a5,-20(s0)
	slli	a5,a5,2
	ld	a4,-440(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 11 34
	lw	a4,-24(s0)
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 11 31
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-416(a5)
	.loc 1 11 45
	lw	a5,-20(s0)
	slli	a5,a5,2
	ld	a3,-448(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	.loc 1 11 42
	addw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 11 25
	lw	a5,-24(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-416(a5)
.L4:
	.loc 1 9 39 discriminator 2
	lw	a5,-24(s0)
	addiw	a5,a5,-1
	sw	a5,-24(s0)
.L3:
	.loc 1 9 33 discriminator 1
	lw	a5,-20(s0)
	slli	a5,a5,2
	ld	a4,-440(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 9 29 discriminator 1
	lw	a5,-24(s0)
	sext.w	a5,a5
	bge	a5,a4,.L5
.LBE3:
	.loc 1 8 29 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 8 23 discriminator 1
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-452(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L6
.LBE2:
	.loc 1 12 16
	lw	a5,-456(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-416(a5)
	.loc 1 13 1
	mv	a0,a5
	ld	ra,456(sp)
	.cfi_restore 1
	ld	s0,448(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 464
	addi	sp,sp,464
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	knapsack, .-knapsack
	.align	1
	.type	lcs, @function
lcs:
.LFB1:
	.loc 1 16 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 18 18
	ld	a0,-40(s0)
	call	strlen@plt
	mv	a5,a0
	.loc 1 18 9
	sw	a5,-28(s0)
	.loc 1 18 38
	ld	a0,-48(s0)
	call	strlen@plt
	mv	a5,a0
	.loc 1 18 29
	sw	a5,-32(s0)
.LBB4:
	.loc 1 19 14
	sw	zero,-20(s0)
	.loc 1 19 5
	j	.L9
.L17:
.LBB5:
	.loc 1 20 18
	sw	zero,-24(s0)
	.loc 1 20 9
	j	.L10
.L16:
	.loc 1 21 23
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L11
	.loc 1 21 38 discriminator 1
	lw	a5,-24(s0)
	sext.w	a5,a5
	beq	a5,zero,.L11
	.loc 1 22 26 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,-1
	ld	a4,-40(s0)
	add	a5,a4,a5
	lbu	a3,0(a5)
	.loc 1 22 38 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,-1
	ld	a4,-48(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	.loc 1 21 23 discriminator 3
	mv	a4,a3
	bne	a4,a5,.L12
	.loc 1 22 52 discriminator 5
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a4,a5
	.loc 1 22 59 discriminator 5
	lw	a5,-24(s0)
	addiw	a5,a5,-1
	sext.w	a2,a5
	.loc 1 22 56 discriminator 5
	lla	a3,t.0
	mv	a5,a4
	slli	a5,a5,5
	add	a5,a5,a4
	add	a5,a5,a2
	slli	a5,a5,1
	add	a5,a3,a5
	lh	a5,0(a5)
	slli	a5,a5,48
	srli	a5,a5,48
	.loc 1 22 64 discriminator 5
	addiw	a5,a5,1
	slli	a5,a5,48
	srli	a5,a5,48
	.loc 1 21 23 discriminator 5
	slliw	a4,a5,16
	sraiw	a4,a4,16
	j	.L15
.L12:
	.loc 1 23 46 discriminator 6
	lw	a5,-24(s0)
	addiw	a5,a5,-1
	sext.w	a2,a5
	.loc 1 23 43 discriminator 6
	lla	a3,t.0
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,5
	add	a5,a5,a4
	add	a5,a5,a2
	slli	a5,a5,1
	add	a5,a3,a5
	lh	a1,0(a5)
	.loc 1 23 29 discriminator 6
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a4,a5
	.loc 1 23 33 discriminator 6
	lla	a3,t.0
	lw	a2,-24(s0)
	mv	a5,a4
	slli	a5,a5,5
	add	a5,a5,a4
	add	a5,a5,a2
	slli	a5,a5,1
	add	a5,a3,a5
	lh	a5,0(a5)
	.loc 1 21 23 discriminator 6
	mv	a2,a5
	mv	a3,a1
	slliw	a4,a3,16
	sraiw	a4,a4,16
	slliw	a5,a2,16
	sraiw	a5,a5,16
	sext.w	a4,a4
	sext.w	a5,a5
	bge	a4,a5,.L14
	mv	a3,a2
.L14:
	slliw	a4,a3,16
	sraiw	a4,a4,16
	j	.L15
.L11:
	.loc 1 21 23 is_stmt 0 discriminator 4
	li	a4,0
.L15:
	.loc 1 21 21 is_stmt 1 discriminator 10
	lla	a2,t.0
	lw	a1,-24(s0)
	lw	a3,-20(s0)
	mv	a5,a3
	slli	a5,a5,5
	add	a5,a5,a3
	add	a5,a5,a1
	slli	a5,a5,1
	add	a5,a2,a5
	sh	a4,0(a5)
	.loc 1 20 34 discriminator 10
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L10:
	.loc 1 20 27 discriminator 2
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-32(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L16
.LBE5:
	.loc 1 19 30 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L9:
	.loc 1 19 23 discriminator 1
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-28(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L17
.LBE4:
	.loc 1 24 16
	lla	a3,t.0
	lw	a2,-32(s0)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,5
	add	a5,a5,a4
	add	a5,a5,a2
	slli	a5,a5,1
	add	a5,a3,a5
	lh	a5,0(a5)
	.loc 1 25 1
	mv	a0,a5
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	lcs, .-lcs
	.align	1
	.type	coin_ways, @function
coin_ways:
.LFB2:
	.loc 1 28 1
	.cfi_startproc
	addi	sp,sp,-1648
	.cfi_def_cfa_offset 1648
	sd	ra,1640(sp)
	sd	s0,1632(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,1648
	.cfi_def_cfa 8, 0
	sd	a0,-1640(s0)
	mv	a5,a1
	mv	a4,a2
	sw	a5,-1644(s0)
	mv	a5,a4
	sw	a5,-1648(s0)
	.loc 1 29 10
	addi	a5,s0,-1632
	li	a4,1608
	mv	a2,a4
	li	a1,0
	mv	a0,a5
	call	memset@plt
	li	a5,1
	sd	a5,-1632(s0)
.LBB6:
	.loc 1 30 14
	sw	zero,-20(s0)
	.loc 1 30 5
	j	.L20
.L23:
.LBB7:
	.loc 1 31 27
	lw	a5,-20(s0)
	slli	a5,a5,2
	ld	a4,-1640(s0)
	add	a5,a4,a5
	.loc 1 31 18
	lw	a5,0(a5)
	sw	a5,-24(s0)
	.loc 1 31 9
	j	.L21
.L22:
	.loc 1 32 17 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a4,-1616(a5)
	.loc 1 32 38 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,2
	ld	a3,-1640(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	.loc 1 32 31 discriminator 3
	lw	a3,-24(s0)
	subw	a5,a3,a5
	sext.w	a5,a5
	.loc 1 32 28 discriminator 3
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a5,-1616(a5)
	.loc 1 32 21 discriminator 3
	add	a4,a4,a5
	lw	a5,-24(s0)
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	sd	a4,-1616(a5)
	.loc 1 31 46 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L21:
	.loc 1 31 34 discriminator 1
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-1648(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L22
.LBE7:
	.loc 1 30 29 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L20:
	.loc 1 30 23 discriminator 1
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-1644(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L23
.LBE6:
	.loc 1 33 16
	lw	a5,-1648(s0)
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a5,-1616(a5)
	.loc 1 34 1
	mv	a0,a5
	ld	ra,1640(sp)
	.cfi_restore 1
	ld	s0,1632(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 1648
	addi	sp,sp,1648
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	coin_ways, .-coin_ways
	.section	.rodata
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
	.align	3
.LC0:
	.word	12
	.word	7
	.word	11
	.word	8
	.word	9
	.word	5
	.word	14
	.word	3
	.align	3
.LC1:
	.word	24
	.word	13
	.word	23
	.word	15
	.word	16
	.word	8
	.word	30
	.word	4
	.align	3
.LC2:
	.word	1
	.word	2
	.word	5
	.word	10
	.word	20
	.word	50
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 37 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,128
	.cfi_def_cfa 8, 0
	.loc 1 38 9
	lla	a5,.LC0
	ld	a2,0(a5)
	ld	a3,8(a5)
	ld	a4,16(a5)
	ld	a5,24(a5)
	sd	a2,-72(s0)
	sd	a3,-64(s0)
	sd	a4,-56(s0)
	sd	a5,-48(s0)
	.loc 1 39 9
	lla	a5,.LC1
	ld	a2,0(a5)
	ld	a3,8(a5)
	ld	a4,16(a5)
	ld	a5,24(a5)
	sd	a2,-104(s0)
	sd	a3,-96(s0)
	sd	a4,-88(s0)
	sd	a5,-80(s0)
	.loc 1 40 9
	lla	a5,.LC2
	ld	a4,0(a5)
	sd	a4,-128(s0)
	ld	a4,8(a5)
	sd	a4,-120(s0)
	ld	a5,16(a5)
	sd	a5,-112(s0)
	.loc 1 41 16
	addi	a4,s0,-104
	addi	a5,s0,-72
	li	a3,26
	li	a2,8
	mv	a1,a4
	mv	a0,a5
	call	knapsack
	mv	a5,a0
	sw	a5,-36(s0)
	.loc 1 42 5
	addi	a4,s0,-104
	addi	a5,s0,-72
	li	a3,40
	li	a2,8
	mv	a1,a4
	mv	a0,a5
	call	knapsack
	mv	a5,a0
	mv	a4,a5
	lw	a5,-36(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC3
	call	printf@plt
	.loc 1 43 5
	lla	a1,.LC4
	lla	a0,.LC5
	call	lcs
	mv	a5,a0
	mv	s1,a5
	lla	a1,.LC6
	lla	a0,.LC7
	call	lcs
	mv	a5,a0
	mv	a2,a5
	mv	a1,s1
	lla	a0,.LC8
	call	printf@plt
	.loc 1 44 5
	addi	a5,s0,-128
	li	a2,100
	li	a1,6
	mv	a0,a5
	call	coin_ways
	mv	s1,a0
	addi	a5,s0,-128
	li	a2,200
	li	a1,6
	mv	a0,a5
	call	coin_ways
	mv	a5,a0
	mv	a2,a5
	mv	a1,s1
	lla	a0,.LC9
	call	printf@plt
	.loc 1 45 12
	lw	a5,-36(s0)
	.loc 1 46 1
	mv	a0,a5
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 128
	ld	s1,104(sp)
	.cfi_restore 9
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.local	t.0
	.comm	t.0,2178,8
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x340
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xe
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xf
	.4byte	.LASF19
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.byte	0x10
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x8
	.4byte	0x64
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x8
	.4byte	0x77
	.byte	0x9
	.4byte	0x6b
	.byte	0x9
	.4byte	0x7e
	.byte	0xa
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xa5
	.byte	0xb
	.4byte	0x88
	.byte	0x11
	.byte	0
	.byte	0xa
	.4byte	.LASF11
	.byte	0x3
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xbc
	.byte	0xb
	.4byte	0x88
	.byte	0
	.byte	0x12
	.4byte	.LASF20
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x116
	.byte	0x1
	.string	"w"
	.byte	0x26
	.byte	0x9
	.4byte	0x116
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x1
	.string	"v"
	.byte	0x27
	.byte	0x9
	.4byte	0x116
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x6
	.4byte	.LASF12
	.byte	0x28
	.byte	0x9
	.4byte	0x126
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x6
	.4byte	.LASF13
	.byte	0x29
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0x7
	.4byte	0x64
	.4byte	0x126
	.byte	0x4
	.4byte	0x3a
	.byte	0x7
	.byte	0
	.byte	0x7
	.4byte	0x64
	.4byte	0x136
	.byte	0x4
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.byte	0xc
	.4byte	.LASF16
	.byte	0x1b
	.byte	0xd
	.4byte	0x70
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1cc
	.byte	0xd
	.4byte	.LASF12
	.byte	0x22
	.4byte	0x83
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x73
	.byte	0x3
	.string	"k"
	.byte	0x1b
	.byte	0x2d
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0x94,0x73
	.byte	0xd
	.4byte	.LASF14
	.byte	0x34
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x73
	.byte	0x6
	.4byte	.LASF15
	.byte	0x1d
	.byte	0xa
	.4byte	0x1cc
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x73
	.byte	0x5
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0x1
	.string	"i"
	.byte	0x1e
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x5
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.byte	0x1
	.string	"a"
	.byte	0x1f
	.byte	0x12
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x70
	.4byte	0x1dc
	.byte	0x4
	.4byte	0x3a
	.byte	0xc8
	.byte	0
	.byte	0x13
	.string	"lcs"
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x27e
	.byte	0x3
	.string	"a"
	.byte	0xf
	.byte	0x1c
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"b"
	.byte	0xf
	.byte	0x2b
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x1
	.string	"t"
	.byte	0x11
	.byte	0x12
	.4byte	0x27e
	.byte	0x9
	.byte	0x3
	.8byte	t.0
	.byte	0x1
	.string	"n"
	.byte	0x12
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x1
	.string	"m"
	.byte	0x12
	.byte	0x1d
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x5
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x5d
	.4byte	0x294
	.byte	0x4
	.4byte	0x3a
	.byte	0x20
	.byte	0x4
	.4byte	0x3a
	.byte	0x20
	.byte	0
	.byte	0xc
	.4byte	.LASF17
	.byte	0x5
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x337
	.byte	0x3
	.string	"w"
	.byte	0x5
	.byte	0x20
	.4byte	0x83
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7c
	.byte	0x3
	.string	"v"
	.byte	0x5
	.byte	0x2e
	.4byte	0x83
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7c
	.byte	0x3
	.string	"n"
	.byte	0x5
	.byte	0x35
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7c
	.byte	0x3
	.string	"cap"
	.byte	0x5
	.byte	0x3c
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7c
	.byte	0x6
	.4byte	.LASF13
	.byte	0x7
	.byte	0x9
	.4byte	0x337
	.byte	0x3
	.byte	0x91
	.byte	0xd0,0x7c
	.byte	0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"c"
	.byte	0x9
	.byte	0x12
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0
	.byte	0x14
	.4byte	0x64
	.byte	0x4
	.4byte	0x3a
	.byte	0x64
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x7
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x11
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
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
.LASF7:
	.string	"short int"
.LASF19:
	.string	"size_t"
.LASF20:
	.string	"main"
.LASF12:
	.string	"coins"
.LASF16:
	.string	"coin_ways"
.LASF8:
	.string	"long int"
.LASF10:
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
.LASF11:
	.string	"strlen"
.LASF17:
	.string	"knapsack"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF14:
	.string	"amount"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/knapsack_dp.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
