	.file	"function_pointers.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/function_pointers.c"
	.align	1
	.type	add, @function
add:
.LFB0:
	.file 1 "programs/function_pointers.c"
	.loc 1 6 33
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	sd	a1,-32(s0)
	.loc 1 6 44
	ld	a4,-24(s0)
	ld	a5,-32(s0)
	add	a5,a4,a5
	.loc 1 6 49
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	add, .-add
	.align	1
	.type	sub, @function
sub:
.LFB1:
	.loc 1 7 33
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	sd	a1,-32(s0)
	.loc 1 7 44
	ld	a4,-24(s0)
	ld	a5,-32(s0)
	sub	a5,a4,a5
	.loc 1 7 49
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	sub, .-sub
	.align	1
	.type	mul, @function
mul:
.LFB2:
	.loc 1 8 33
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	sd	a1,-32(s0)
	.loc 1 8 44
	ld	a4,-24(s0)
	ld	a5,-32(s0)
	mul	a5,a4,a5
	.loc 1 8 49
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	mul, .-mul
	.align	1
	.type	maxi, @function
maxi:
.LFB3:
	.loc 1 9 34
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	sd	a1,-32(s0)
	.loc 1 9 53
	ld	a4,-24(s0)
	ld	a5,-32(s0)
	bge	a5,a4,.L9
	mv	a5,a4
.L9:
	.loc 1 9 58 discriminator 1
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	maxi, .-maxi
	.align	1
	.type	xor_, @function
xor_:
.LFB4:
	.loc 1 10 34
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	sd	a1,-32(s0)
	.loc 1 10 45
	ld	a4,-24(s0)
	ld	a5,-32(s0)
	xor	a5,a4,a5
	.loc 1 10 50
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	xor_, .-xor_
	.section	.rodata
	.align	3
.LC1:
	.string	"sum"
	.align	3
.LC2:
	.string	"diff"
	.align	3
.LC3:
	.string	"product"
	.align	3
.LC4:
	.string	"max"
	.align	3
.LC5:
	.string	"xor"
	.section	.data.rel.ro.local,"aw"
	.align	3
	.type	ops, @object
	.size	ops, 120
ops:
	.dword	.LC1
	.dword	add
	.dword	0
	.dword	.LC2
	.dword	sub
	.dword	0
	.dword	.LC3
	.dword	mul
	.dword	1
	.dword	.LC4
	.dword	maxi
	.dword	-1000000
	.dword	.LC5
	.dword	xor_
	.dword	0
	.text
	.align	1
	.type	fold, @function
fold:
.LFB5:
	.loc 1 17 1
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
	mv	a5,a1
	sd	a2,-56(s0)
	sd	a3,-64(s0)
	sw	a5,-44(s0)
.LBB2:
	.loc 1 18 14
	sw	zero,-20(s0)
	.loc 1 18 5
	j	.L13
.L14:
	.loc 1 19 25 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,3
	ld	a4,-40(s0)
	add	a5,a4,a5
	.loc 1 19 16 discriminator 3
	ld	a4,0(a5)
	ld	a5,-56(s0)
	mv	a1,a4
	ld	a0,-64(s0)
	jalr	a5
.LVL0:
	sd	a0,-64(s0)
	.loc 1 18 29 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L13:
	.loc 1 18 23 discriminator 1
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L14
.LBE2:
	.loc 1 20 12
	ld	a5,-64(s0)
	.loc 1 21 1
	mv	a0,a5
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE5:
	.size	fold, .-fold
	.align	1
	.type	apply_each, @function
apply_each:
.LFB6:
	.loc 1 24 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	sd	a0,-56(s0)
	mv	a5,a1
	sd	a2,-72(s0)
	sw	a5,-60(s0)
.LBB3:
	.loc 1 25 14
	sw	zero,-36(s0)
	.loc 1 25 5
	j	.L17
.L18:
	.loc 1 26 19 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,3
	ld	a4,-56(s0)
	add	a5,a4,a5
	.loc 1 26 16 discriminator 3
	ld	a3,0(a5)
	.loc 1 26 10 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,3
	ld	a4,-56(s0)
	add	s1,a4,a5
	.loc 1 26 16 discriminator 3
	ld	a5,-72(s0)
	mv	a0,a3
	jalr	a5
.LVL1:
	mv	a5,a0
	.loc 1 26 14 discriminator 3
	sd	a5,0(s1)
	.loc 1 25 29 discriminator 3
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L17:
	.loc 1 25 23 discriminator 1
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-60(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L18
.LBE3:
	.loc 1 27 1
	nop
	nop
	ld	ra,72(sp)
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	ld	s1,56(sp)
	.cfi_restore 9
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	apply_each, .-apply_each
	.align	1
	.type	square_minus_3, @function
square_minus_3:
.LFB7:
	.loc 1 29 36
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	.loc 1 29 47
	ld	a5,-24(s0)
	mul	a5,a5,a5
	.loc 1 29 51
	addi	a5,a5,-3
	.loc 1 29 56
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	square_minus_3, .-square_minus_3
	.section	.rodata
	.align	3
.LC6:
	.string	"%-8s %ld\n"
	.align	3
.LC7:
	.string	"after map: sum %ld max %ld\n"
	.align	3
.LC0:
	.dword	3
	.dword	-1
	.dword	4
	.dword	1
	.dword	-5
	.dword	9
	.dword	2
	.dword	6
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 32 1
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
	.loc 1 33 10
	lla	a5,.LC0
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a0,16(a5)
	ld	a1,24(a5)
	ld	a2,32(a5)
	ld	a3,40(a5)
	ld	a4,48(a5)
	ld	a5,56(a5)
	sd	a7,-120(s0)
	sd	a6,-112(s0)
	sd	a0,-104(s0)
	sd	a1,-96(s0)
	sd	a2,-88(s0)
	sd	a3,-80(s0)
	sd	a4,-72(s0)
	sd	a5,-64(s0)
	.loc 1 34 9
	li	a5,8
	sw	a5,-48(s0)
	.loc 1 35 10
	sd	zero,-40(s0)
.LBB4:
	.loc 1 36 19
	sw	zero,-44(s0)
	.loc 1 36 5
	j	.L22
.L23:
.LBB5:
	.loc 1 37 35 discriminator 3
	lla	a3,ops
	lwu	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	ld	a2,8(a5)
	.loc 1 37 46 discriminator 3
	lla	a3,ops
	lwu	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	ld	a3,16(a5)
	.loc 1 37 18 discriminator 3
	lw	a4,-48(s0)
	addi	a5,s0,-120
	mv	a1,a4
	mv	a0,a5
	call	fold
	sd	a0,-56(s0)
	.loc 1 38 36 discriminator 3
	lla	a3,ops
	lwu	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	ld	a5,0(a5)
	.loc 1 38 9 discriminator 3
	ld	a2,-56(s0)
	mv	a1,a5
	lla	a0,.LC6
	call	printf@plt
	.loc 1 39 13 discriminator 3
	ld	a4,-40(s0)
	ld	a5,-56(s0)
	add	a5,a4,a5
	sd	a5,-40(s0)
.LBE5:
	.loc 1 36 59 discriminator 3
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L22:
	.loc 1 36 28 discriminator 1
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,4
	bleu	a4,a5,.L23
.LBE4:
	.loc 1 41 5
	lw	a4,-48(s0)
	addi	a5,s0,-120
	lla	a2,square_minus_3
	mv	a1,a4
	mv	a0,a5
	call	apply_each
	.loc 1 42 5
	lw	a4,-48(s0)
	addi	a5,s0,-120
	li	a3,0
	lla	a2,add
	mv	a1,a4
	mv	a0,a5
	call	fold
	mv	s1,a0
	lw	a4,-48(s0)
	addi	a5,s0,-120
	li	a3,-1000
	lla	a2,maxi
	mv	a1,a4
	mv	a0,a5
	call	fold
	mv	a5,a0
	mv	a2,a5
	mv	a1,s1
	lla	a0,.LC7
	call	printf@plt
	.loc 1 43 12
	ld	a5,-40(s0)
	sext.w	a5,a5
	andi	a5,a5,127
	sext.w	a5,a5
	.loc 1 44 1
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
.LFE8:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3e3
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xe
	.4byte	.LASF17
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
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	0x5f
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x5
	.4byte	0x6b
	.byte	0x10
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0x10
	.4byte	0x83
	.byte	0x4
	.4byte	0x88
	.byte	0x9
	.4byte	0x5f
	.4byte	0x9c
	.byte	0x6
	.4byte	0x5f
	.byte	0x6
	.4byte	0x5f
	.byte	0
	.byte	0x11
	.byte	0x18
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0xc8
	.byte	0xa
	.4byte	.LASF10
	.byte	0x23
	.4byte	0xcd
	.byte	0
	.byte	0x12
	.string	"fn"
	.byte	0x1
	.byte	0xc
	.byte	0x2f
	.4byte	0x77
	.byte	0x8
	.byte	0xa
	.4byte	.LASF11
	.byte	0x38
	.4byte	0x5f
	.byte	0x10
	.byte	0
	.byte	0x5
	.4byte	0x9c
	.byte	0x4
	.4byte	0x72
	.byte	0xb
	.4byte	0xc8
	.4byte	0xe2
	.byte	0xc
	.4byte	0x2e
	.byte	0x4
	.byte	0
	.byte	0x5
	.4byte	0xd2
	.byte	0x3
	.string	"ops"
	.byte	0xc
	.byte	0x40
	.4byte	0xe2
	.byte	0x9
	.byte	0x3
	.8byte	ops
	.byte	0x13
	.4byte	.LASF19
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x114
	.byte	0x6
	.4byte	0xcd
	.byte	0x14
	.byte	0
	.byte	0x15
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x19a
	.byte	0x3
	.string	"v"
	.byte	0x21
	.byte	0xa
	.4byte	0x19a
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x3
	.string	"n"
	.byte	0x22
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x3
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x7
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x3
	.string	"i"
	.byte	0x24
	.byte	0x13
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x7
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x3
	.string	"r"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x5f
	.4byte	0x1aa
	.byte	0xc
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0x8
	.4byte	.LASF12
	.byte	0x1d
	.4byte	0x5f
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x1d7
	.byte	0x1
	.string	"x"
	.byte	0x1d
	.byte	0x21
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x16
	.4byte	.LASF16
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.4byte	0x239
	.byte	0x1
	.string	"v"
	.byte	0x17
	.byte	0x1e
	.4byte	0x239
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0x1
	.string	"f"
	.byte	0x17
	.byte	0x2f
	.4byte	0x24d
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x7
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x3
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x5f
	.byte	0x9
	.4byte	0x5f
	.4byte	0x24d
	.byte	0x6
	.4byte	0x5f
	.byte	0
	.byte	0x4
	.4byte	0x23e
	.byte	0x17
	.4byte	.LASF13
	.byte	0x1
	.byte	0x10
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB5
	.8byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.4byte	0x2c6
	.byte	0x1
	.string	"v"
	.byte	0x10
	.byte	0x1e
	.4byte	0x2c6
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0x10
	.byte	0x25
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x1
	.string	"f"
	.byte	0x10
	.byte	0x2e
	.4byte	0x77
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x18
	.4byte	.LASF11
	.byte	0x1
	.byte	0x10
	.byte	0x36
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x7
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x3
	.string	"i"
	.byte	0x12
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x66
	.byte	0x8
	.4byte	.LASF14
	.byte	0xa
	.4byte	0x5f
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x304
	.byte	0x1
	.string	"a"
	.byte	0xa
	.byte	0x17
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"b"
	.byte	0xa
	.byte	0x1f
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x8
	.4byte	.LASF15
	.byte	0x9
	.4byte	0x5f
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x33d
	.byte	0x1
	.string	"a"
	.byte	0x9
	.byte	0x17
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0xd
	.string	"mul"
	.byte	0x8
	.4byte	0x5f
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x376
	.byte	0x1
	.string	"a"
	.byte	0x8
	.byte	0x16
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"b"
	.byte	0x8
	.byte	0x1e
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0xd
	.string	"sub"
	.byte	0x7
	.4byte	0x5f
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x3af
	.byte	0x1
	.string	"a"
	.byte	0x7
	.byte	0x16
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"b"
	.byte	0x7
	.byte	0x1e
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x19
	.string	"add"
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.string	"a"
	.byte	0x6
	.byte	0x16
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"b"
	.byte	0x6
	.byte	0x1e
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x4
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0xd
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
	.byte	0x9
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
	.byte	0xa
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xc
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0xd
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
	.byte	0x11
	.byte	0x13
	.byte	0x1
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
	.byte	0x12
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
	.byte	0x18
	.byte	0
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
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x19
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
.LASF7:
	.string	"short int"
.LASF15:
	.string	"maxi"
.LASF20:
	.string	"main"
.LASF14:
	.string	"xor_"
.LASF8:
	.string	"long int"
.LASF19:
	.string	"printf"
.LASF10:
	.string	"name"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"apply_each"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF11:
	.string	"init"
.LASF12:
	.string	"square_minus_3"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF13:
	.string	"fold"
.LASF18:
	.string	"binop"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/function_pointers.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
