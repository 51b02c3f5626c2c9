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
.LFB11:
	.file 1 "programs/knapsack_dp.c"
	.loc 1 6 1
	.cfi_startproc
.LVL0:
	addi	sp,sp,-464
	.cfi_def_cfa_offset 464
	sd	ra,456(sp)
	sd	s0,448(sp)
	sd	s1,440(sp)
	sd	s2,432(sp)
	sd	s3,424(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	mv	s1,a0
	mv	s3,a1
	mv	s2,a2
	mv	s0,a3
	.loc 1 7 5
	.loc 1 7 9 is_stmt 0
	li	a2,404
.LVL1:
	li	a1,0
.LVL2:
	addi	a0,sp,8
.LVL3:
	call	memset@plt
.LVL4:
	.loc 1 8 5 is_stmt 1
.LBB2:
	.loc 1 8 10
	.loc 1 8 23
	ble	s2,zero,.L2
	mv	t1,s1
	mv	t3,s3
	slli	s2,s2,2
	add	t4,s1,s2
	slli	a5,s0,2
	addi	t5,sp,8
	add	t5,t5,a5
	neg	a7,s0
	slli	a7,a7,2
	addi	t6,t5,-4
	j	.L3
.LVL5:
.L4:
	sw	a4,0(a1)
.LBB3:
	.loc 1 9 39 discriminator 2
.LVL6:
	.loc 1 9 29 discriminator 2
	addi	a5,a5,-4
	beq	a5,a3,.L7
.LVL7:
.L5:
	.loc 1 10 13
	.loc 1 10 21 is_stmt 0
	add	a4,a7,a5
	add	a4,a4,a2
	.loc 1 10 32
	lw	a4,0(a4)
	addw	a4,a4,a6
	mv	a1,a5
	.loc 1 10 16
	lw	a0,0(a5)
	blt	a0,a4,.L4
	.loc 1 11 25
	mv	a4,a0
	j	.L4
.LVL8:
.L7:
.LBE3:
	.loc 1 8 29 is_stmt 1 discriminator 2
	.loc 1 8 23 discriminator 2
	addi	t1,t1,4
.LVL9:
	addi	t3,t3,4
	beq	t1,t4,.L2
.LVL10:
.L3:
.LBB4:
	.loc 1 9 29
	.loc 1 9 33 is_stmt 0
	lw	a2,0(t1)
	.loc 1 9 29
	blt	s0,a2,.L7
	.loc 1 10 35
	lw	a6,0(t3)
	subw	a2,s0,a2
	slli	a5,a2,32
	srli	a3,a5,30
	sub	a3,t6,a3
	sext.w	a2,a2
	slli	a2,a2,2
	mv	a5,t5
	j	.L5
.LVL11:
.L2:
.LBE4:
.LBE2:
	.loc 1 12 5 is_stmt 1
	.loc 1 12 16 is_stmt 0
	slli	a5,s0,2
	addi	a5,a5,416
	add	a5,a5,sp
	.loc 1 13 1
	lw	a0,-408(a5)
	ld	ra,456(sp)
	.cfi_restore 1
	ld	s0,448(sp)
	.cfi_restore 8
	ld	s1,440(sp)
	.cfi_restore 9
.LVL12:
	ld	s2,432(sp)
	.cfi_restore 18
	ld	s3,424(sp)
	.cfi_restore 19
.LVL13:
	addi	sp,sp,464
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE11:
	.size	knapsack, .-knapsack
	.align	1
	.type	coin_ways, @function
coin_ways:
.LFB13:
	.loc 1 28 1 is_stmt 1
	.cfi_startproc
.LVL14:
	addi	sp,sp,-1648
	.cfi_def_cfa_offset 1648
	sd	ra,1640(sp)
	sd	s0,1632(sp)
	sd	s1,1624(sp)
	sd	s2,1616(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	mv	s1,a0
	mv	s2,a1
	mv	s0,a2
	.loc 1 29 5
	.loc 1 29 10 is_stmt 0
	li	a2,1608
.LVL15:
	li	a1,0
.LVL16:
	addi	a0,sp,8
.LVL17:
	call	memset@plt
.LVL18:
	li	a5,1
	sd	a5,8(sp)
	.loc 1 30 5 is_stmt 1
.LBB5:
	.loc 1 30 10
.LVL19:
	.loc 1 30 23
	ble	s2,zero,.L11
	mv	a6,s1
	slli	s2,s2,2
	add	a7,s1,s2
	addi	a2,sp,8
	addi	t1,sp,16
.LVL20:
.L14:
	.loc 1 31 9
.LBB6:
	.loc 1 31 14
	.loc 1 31 18 is_stmt 0
	lw	a1,0(a6)
.LVL21:
	.loc 1 31 34 is_stmt 1
	blt	s0,a1,.L12
	slli	a5,a1,3
	add	a5,a2,a5
	mv	a4,a2
	subw	a1,s0,a1
.LVL22:
	slli	a3,a1,32
	srli	a1,a3,29
	add	a1,a1,t1
.LVL23:
.L13:
	.loc 1 32 13 discriminator 3
	.loc 1 32 21 is_stmt 0 discriminator 3
	ld	a3,0(a5)
	ld	a0,0(a4)
	add	a3,a3,a0
	sd	a3,0(a5)
	.loc 1 31 46 is_stmt 1 discriminator 3
.LVL24:
	.loc 1 31 34 discriminator 3
	addi	a5,a5,8
.LVL25:
	addi	a4,a4,8
	bne	a4,a1,.L13
.LVL26:
.L12:
.LBE6:
	.loc 1 30 29 discriminator 2
	.loc 1 30 23 discriminator 2
	addi	a6,a6,4
.LVL27:
	bne	a6,a7,.L14
.LVL28:
.L11:
.LBE5:
	.loc 1 33 5
	.loc 1 33 16 is_stmt 0
	slli	a5,s0,3
	addi	a5,a5,1616
	add	a5,a5,sp
	.loc 1 34 1
	ld	a0,-1608(a5)
	ld	ra,1640(sp)
	.cfi_restore 1
	ld	s0,1632(sp)
	.cfi_restore 8
	ld	s1,1624(sp)
	.cfi_restore 9
.LVL29:
	ld	s2,1616(sp)
	.cfi_restore 18
	addi	sp,sp,1648
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	coin_ways, .-coin_ways
	.align	1
	.type	lcs, @function
lcs:
.LFB12:
	.loc 1 16 1 is_stmt 1
	.cfi_startproc
.LVL30:
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	mv	s2,a0
	mv	s0,a1
	.loc 1 17 5
	.loc 1 18 5
	.loc 1 18 18 is_stmt 0
	call	strlen@plt
.LVL31:
	mv	s3,a0
	.loc 1 18 9
	sext.w	s1,a0
.LVL32:
	.loc 1 18 38
	mv	a0,s0
	call	strlen@plt
.LVL33:
	.loc 1 18 29
	sext.w	a7,a0
.LVL34:
	.loc 1 19 5 is_stmt 1
.LBB7:
	.loc 1 19 10
	.loc 1 19 23
	blt	s1,zero,.L19
	addi	t1,s2,-1
	lla	t5,t.0
	addiw	t6,s3,1
	.loc 1 19 14 is_stmt 0
	li	a6,0
.LBB8:
	.loc 1 21 23
	li	a1,0
	j	.L20
.LVL35:
.L32:
	.loc 1 22 64 discriminator 5
	lhu	a5,-2(a0)
	addiw	a5,a5,1
	.loc 1 21 23 discriminator 5
	slliw	a5,a5,16
	sraiw	a5,a5,16
	j	.L21
.L23:
	.loc 1 21 23 discriminator 6
	slliw	a5,a5,16
	sraiw	a5,a5,16
.L21:
	.loc 1 21 21 discriminator 10
	sh	a5,0(a3)
	.loc 1 20 34 is_stmt 1 discriminator 10
.LVL36:
	.loc 1 20 27 discriminator 10
	addi	a4,a4,1
.LVL37:
	addi	a3,a3,2
	addi	a0,a0,2
	sext.w	a5,a4
	blt	a7,a5,.L26
.LVL38:
.L24:
	.loc 1 21 13
	.loc 1 21 23 is_stmt 0
	mv	a5,a1
	beq	a6,zero,.L21
	.loc 1 21 38 discriminator 1
	sext.w	a2,a4
	beq	a2,zero,.L21
	.loc 1 22 38 discriminator 3
	add	a5,s0,a4
	.loc 1 21 23 discriminator 3
	lbu	a2,0(t1)
	lbu	a5,-1(a5)
	beq	a2,a5,.L32
	.loc 1 21 23 discriminator 6
	lhu	t3,0(a0)
	lhu	a2,-2(a3)
	mv	a5,a2
	slliw	a2,a2,16
	sraiw	a2,a2,16
	slliw	t4,t3,16
	sraiw	t4,t4,16
	bge	a2,t4,.L23
	mv	a5,t3
	j	.L23
.LVL39:
.L26:
.LBE8:
	.loc 1 19 30 is_stmt 1 discriminator 2
	addiw	a6,a6,1
.LVL40:
	.loc 1 19 23 discriminator 2
	addi	t1,t1,1
	addi	t5,t5,66
	beq	a6,t6,.L19
.LVL41:
.L20:
.LBB9:
	.loc 1 20 27
	addi	a0,t5,-66
	mv	a3,t5
	li	a4,0
	bge	a7,zero,.L24
	j	.L26
.LVL42:
.L19:
.LBE9:
.LBE7:
	.loc 1 24 5
	.loc 1 24 16 is_stmt 0
	slli	a5,s1,5
	add	a5,a5,s1
	add	a5,a5,a7
	slli	a5,a5,1
	lla	a4,t.0
	add	a5,a4,a5
	.loc 1 25 1
	lh	a0,0(a5)
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
.LVL43:
	ld	s1,24(sp)
	.cfi_restore 9
.LVL44:
	ld	s2,16(sp)
	.cfi_restore 18
.LVL45:
	ld	s3,8(sp)
	.cfi_restore 19
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	lcs, .-lcs
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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB14:
	.loc 1 37 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	s2,96(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.loc 1 38 5
	.loc 1 38 9 is_stmt 0
	lla	a5,.LANCHOR0
	ld	a1,0(a5)
	ld	a2,8(a5)
	ld	a3,16(a5)
	ld	a4,24(a5)
	sd	a1,64(sp)
	sd	a2,72(sp)
	sd	a3,80(sp)
	sd	a4,88(sp)
	.loc 1 39 5 is_stmt 1
	.loc 1 39 9 is_stmt 0
	ld	a1,32(a5)
	ld	a2,40(a5)
	ld	a3,48(a5)
	ld	a4,56(a5)
	sd	a1,32(sp)
	sd	a2,40(sp)
	sd	a3,48(sp)
	sd	a4,56(sp)
	.loc 1 40 5 is_stmt 1
	.loc 1 40 9 is_stmt 0
	ld	a4,64(a5)
	sd	a4,8(sp)
	ld	a4,72(a5)
	sd	a4,16(sp)
	ld	a5,80(a5)
	sd	a5,24(sp)
	.loc 1 41 5 is_stmt 1
	.loc 1 41 16 is_stmt 0
	li	a3,26
	li	a2,8
	addi	s2,sp,32
	mv	a1,s2
	addi	s1,sp,64
	mv	a0,s1
	call	knapsack
.LVL46:
	mv	s0,a0
.LVL47:
	.loc 1 42 5 is_stmt 1
	li	a3,40
	li	a2,8
	mv	a1,s2
	mv	a0,s1
	call	knapsack
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
	li	a2,100
	li	a1,6
	addi	s1,sp,8
	mv	a0,s1
	call	coin_ways
.LVL53:
	mv	s2,a0
	li	a2,200
	li	a1,6
	mv	a0,s1
	call	coin_ways
.LVL54:
	mv	a2,a0
	mv	a1,s2
	lla	a0,.LC9
	call	printf@plt
.LVL55:
	.loc 1 45 5
	.loc 1 46 1 is_stmt 0
	mv	a0,s0
	ld	ra,120(sp)
	.cfi_restore 1
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
	.4byte	0x514
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x14
	.4byte	.LASF19
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xc
	.4byte	0x64
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xc
	.4byte	0x77
	.byte	0xd
	.4byte	0x6b
	.byte	0xd
	.4byte	0x7e
	.byte	0xe
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xa4
	.byte	0xf
	.4byte	0x88
	.byte	0
	.byte	0xe
	.4byte	.LASF11
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xbc
	.byte	0xf
	.4byte	0x88
	.byte	0x16
	.byte	0
	.byte	0x17
	.4byte	.LASF20
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x271
	.byte	0x8
	.string	"w"
	.byte	0x26
	.byte	0x9
	.4byte	0x271
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x8
	.string	"v"
	.byte	0x27
	.byte	0x9
	.4byte	0x271
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7f
	.byte	0xa
	.4byte	.LASF12
	.byte	0x28
	.byte	0x9
	.4byte	0x281
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x18
	.4byte	.LASF13
	.byte	0x1
	.byte	0x29
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST18
	.byte	0x2
	.8byte	.LVL46
	.4byte	0x43e
	.4byte	0x13e
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
	.byte	0x38
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x4a
	.byte	0
	.byte	0x2
	.8byte	.LVL48
	.4byte	0x43e
	.4byte	0x167
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
	.byte	0x38
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x8
	.byte	0x28
	.byte	0
	.byte	0x2
	.8byte	.LVL49
	.4byte	0xa4
	.4byte	0x18c
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
	.4byte	0x35e
	.4byte	0x1b8
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
	.4byte	0x35e
	.4byte	0x1e4
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
	.4byte	0xa4
	.4byte	0x209
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
	.4byte	0x291
	.4byte	0x22c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
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
	.byte	0x64
	.byte	0
	.byte	0x2
	.8byte	.LVL54
	.4byte	0x291
	.4byte	0x24f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
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
	.byte	0xc8
	.byte	0
	.byte	0x9
	.8byte	.LVL55
	.4byte	0xa4
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
	.byte	0x7
	.4byte	0x64
	.4byte	0x281
	.byte	0x6
	.4byte	0x3a
	.byte	0x7
	.byte	0
	.byte	0x7
	.4byte	0x64
	.4byte	0x291
	.byte	0x6
	.4byte	0x3a
	.byte	0x5
	.byte	0
	.byte	0x10
	.4byte	.LASF16
	.byte	0x1b
	.byte	0xd
	.4byte	0x70
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x34e
	.byte	0x11
	.4byte	.LASF12
	.byte	0x22
	.4byte	0x83
	.4byte	.LLST7
	.byte	0x4
	.string	"k"
	.byte	0x1b
	.byte	0x2d
	.4byte	0x64
	.4byte	.LLST8
	.byte	0x11
	.4byte	.LASF14
	.byte	0x34
	.4byte	0x64
	.4byte	.LLST9
	.byte	0xa
	.4byte	.LASF15
	.byte	0x1d
	.byte	0xa
	.4byte	0x34e
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x73
	.byte	0xb
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.4byte	0x32c
	.byte	0x5
	.string	"i"
	.byte	0x1e
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST10
	.byte	0x19
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0x5
	.string	"a"
	.byte	0x1f
	.byte	0x12
	.4byte	0x64
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL18
	.4byte	0x50c
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
	.byte	0x7
	.4byte	0x70
	.4byte	0x35e
	.byte	0x6
	.4byte	0x3a
	.byte	0xc8
	.byte	0
	.byte	0x1a
	.string	"lcs"
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x428
	.byte	0x4
	.string	"a"
	.byte	0xf
	.byte	0x1c
	.4byte	0x88
	.4byte	.LLST12
	.byte	0x4
	.string	"b"
	.byte	0xf
	.byte	0x2b
	.4byte	0x88
	.4byte	.LLST13
	.byte	0x8
	.string	"t"
	.byte	0x11
	.byte	0x12
	.4byte	0x428
	.byte	0x9
	.byte	0x3
	.8byte	t.0
	.byte	0x5
	.string	"n"
	.byte	0x12
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST14
	.byte	0x8
	.string	"m"
	.byte	0x12
	.byte	0x1d
	.4byte	0x64
	.byte	0x1
	.byte	0x61
	.byte	0xb
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x3fb
	.byte	0x5
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST15
	.byte	0x12
	.4byte	.LLRL16
	.byte	0x5
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x64
	.4byte	.LLST17
	.byte	0
	.byte	0
	.byte	0x2
	.8byte	.LVL31
	.4byte	0x8d
	.4byte	0x413
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL33
	.4byte	0x8d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x5d
	.4byte	0x43e
	.byte	0x6
	.4byte	0x3a
	.byte	0x20
	.byte	0x6
	.4byte	0x3a
	.byte	0x20
	.byte	0
	.byte	0x10
	.4byte	.LASF17
	.byte	0x5
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.4byte	0x4fc
	.byte	0x4
	.string	"w"
	.byte	0x5
	.byte	0x20
	.4byte	0x83
	.4byte	.LLST0
	.byte	0x4
	.string	"v"
	.byte	0x5
	.byte	0x2e
	.4byte	0x83
	.4byte	.LLST1
	.byte	0x4
	.string	"n"
	.byte	0x5
	.byte	0x35
	.4byte	0x64
	.4byte	.LLST2
	.byte	0x4
	.string	"cap"
	.byte	0x5
	.byte	0x3c
	.4byte	0x64
	.4byte	.LLST3
	.byte	0xa
	.4byte	.LASF13
	.byte	0x7
	.byte	0x9
	.4byte	0x4fc
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7c
	.byte	0xb
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x4da
	.byte	0x5
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST4
	.byte	0x12
	.4byte	.LLRL5
	.byte	0x5
	.string	"c"
	.byte	0x9
	.byte	0x12
	.4byte	0x64
	.4byte	.LLST6
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL4
	.4byte	0x50c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7c
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
	.byte	0x7
	.4byte	0x64
	.4byte	0x50c
	.byte	0x6
	.4byte	0x3a
	.byte	0x64
	.byte	0
	.byte	0x1b
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0xb
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
	.byte	0xc
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
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
	.byte	0xf
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x19
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x1b
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
.LLST18:
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL56
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL29
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL26
	.byte	0x8
	.byte	0x80
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0xa
	.byte	0x80
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0xc
	.byte	0x80
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x80
	.byte	0
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1d
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x80
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
	.byte	0x80
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x1f
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x80
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
	.byte	0x80
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1f
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x80
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
	.byte	0x80
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x22
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL31-1
	.8byte	.LVL45
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LFE12
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL31-1
	.8byte	.LVL43
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LFE12
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL44
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL40
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x3
	.byte	0x7e
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL12
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL13
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL4-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL4-1
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL8
	.byte	0x8
	.byte	0x76
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0xa
	.byte	0x76
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0xc
	.byte	0x76
	.byte	0
	.byte	0x79
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
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x8
	.byte	0x76
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x19
	.byte	0x7b
	.byte	0
	.byte	0x78
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
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xc8,0x3
	.byte	0x32
	.byte	0x25
	.byte	0x78
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1b
	.byte	0x7b
	.byte	0
	.byte	0x78
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
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xc8,0x3
	.byte	0x32
	.byte	0x25
	.byte	0x78
	.byte	0
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x19
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x78
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
	.byte	0xc8,0x3
	.byte	0x32
	.byte	0x25
	.byte	0x78
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x58
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
.LLRL5:
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF14:
	.string	"amount"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/knapsack_dp.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
