	.file	"struct_points.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/struct_points.c"
	.align	1
	.type	add, @function
add:
.LFB0:
	.file 1 "programs/struct_points.c"
	.loc 1 8 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 9 25
	lw	a4,-40(s0)
	.loc 1 9 31
	lw	a5,-48(s0)
	.loc 1 9 28
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 9 18
	sw	a5,-32(s0)
	.loc 1 9 36
	lw	a4,-36(s0)
	.loc 1 9 42
	lw	a5,-44(s0)
	.loc 1 9 39
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 9 18
	sw	a5,-28(s0)
	.loc 1 10 12
	ld	a5,-32(s0)
	sd	a5,-24(s0)
	li	a5,0
	lwu	a3,-24(s0)
	li	a4,-1
	srli	a4,a4,32
	and	a4,a3,a4
	li	a3,-1
	slli	a3,a3,32
	and	a5,a5,a3
	or	a5,a5,a4
	lwu	a4,-20(s0)
	slli	a4,a4,32
	li	a3,-1
	srli	a3,a3,32
	and	a5,a5,a3
	or	a5,a5,a4
	.loc 1 11 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	add, .-add
	.align	1
	.type	area, @function
area:
.LFB1:
	.loc 1 13 40
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	.loc 1 13 61
	ld	a5,-24(s0)
	lw	a4,8(a5)
	.loc 1 13 71
	ld	a5,-24(s0)
	lw	a5,0(a5)
	.loc 1 13 64
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 13 49
	mv	a3,a5
	.loc 1 13 83
	ld	a5,-24(s0)
	lw	a4,12(a5)
	.loc 1 13 93
	ld	a5,-24(s0)
	lw	a5,4(a5)
	.loc 1 13 86
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 13 75
	mul	a5,a3,a5
	.loc 1 13 98
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	area, .-area
	.align	1
	.type	grow, @function
grow:
.LFB2:
	.loc 1 16 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	mv	a5,a1
	sw	a5,-28(s0)
	.loc 1 17 10
	ld	a5,-24(s0)
	lw	a5,0(a5)
	.loc 1 17 13
	lw	a4,-28(s0)
	subw	a5,a5,a4
	sext.w	a4,a5
	ld	a5,-24(s0)
	sw	a4,0(a5)
	.loc 1 18 10
	ld	a5,-24(s0)
	lw	a5,4(a5)
	.loc 1 18 13
	lw	a4,-28(s0)
	subw	a5,a5,a4
	sext.w	a4,a5
	ld	a5,-24(s0)
	sw	a4,4(a5)
	.loc 1 19 10
	ld	a5,-24(s0)
	lw	a5,8(a5)
	.loc 1 19 13
	lw	a4,-28(s0)
	addw	a5,a4,a5
	sext.w	a4,a5
	ld	a5,-24(s0)
	sw	a4,8(a5)
	.loc 1 20 10
	ld	a5,-24(s0)
	lw	a5,12(a5)
	.loc 1 20 13
	lw	a4,-28(s0)
	addw	a5,a4,a5
	sext.w	a4,a5
	ld	a5,-24(s0)
	sw	a4,12(a5)
	.loc 1 21 1
	nop
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	grow, .-grow
	.align	1
	.type	overlaps, @function
overlaps:
.LFB3:
	.loc 1 24 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	sd	s1,16(sp)
	sd	s2,8(sp)
	.cfi_offset 8, -8
	.cfi_offset 9, -16
	.cfi_offset 18, -24
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	s1,a0
	mv	s2,a1
	.loc 1 25 16
	lw	a4,0(s1)
	.loc 1 25 25
	lw	a5,8(s2)
	.loc 1 25 66
	bge	a4,a5,.L7
	.loc 1 25 35 discriminator 1
	lw	a4,0(s2)
	.loc 1 25 44 discriminator 1
	lw	a5,8(s1)
	.loc 1 25 28 discriminator 1
	bge	a4,a5,.L7
	.loc 1 25 54 discriminator 3
	lw	a4,4(s1)
	.loc 1 25 63 discriminator 3
	lw	a5,12(s2)
	.loc 1 25 47 discriminator 3
	bge	a4,a5,.L7
	.loc 1 25 73 discriminator 5
	lw	a4,4(s2)
	.loc 1 25 82 discriminator 5
	lw	a5,12(s1)
	.loc 1 25 66 discriminator 5
	bge	a4,a5,.L7
	.loc 1 25 66 is_stmt 0 discriminator 7
	li	a5,1
	j	.L8
.L7:
	.loc 1 25 66 discriminator 8
	li	a5,0
.L8:
	.loc 1 26 1 is_stmt 1 discriminator 10
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	ld	s1,16(sp)
	.cfi_restore 9
	ld	s2,8(sp)
	.cfi_restore 18
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	overlaps, .-overlaps
	.section	.rodata
	.align	3
.LC1:
	.string	"%s: (%d,%d)-(%d,%d) area %ld\n"
	.align	3
.LC2:
	.string	"%s overlaps %s\n"
	.align	3
.LC3:
	.string	"total (%d,%d) areas %ld pairs %d\n"
	.align	3
.LC0:
	.word	0
	.word	0
	.word	4
	.word	3
	.string	"alpha"
	.zero	2
	.word	2
	.word	1
	.word	9
	.word	8
	.string	"beta"
	.zero	3
	.word	-5
	.word	-5
	.word	-1
	.word	-2
	.string	"gamma"
	.zero	2
	.word	10
	.word	10
	.word	12
	.word	15
	.string	"delta"
	.zero	2
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 29 1
	.cfi_startproc
	addi	sp,sp,-256
	.cfi_def_cfa_offset 256
	sd	ra,248(sp)
	sd	s0,240(sp)
	sd	s1,232(sp)
	sd	s2,224(sp)
	sd	s3,216(sp)
	sd	s4,208(sp)
	sd	s5,200(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	addi	s0,sp,256
	.cfi_def_cfa 8, 0
	.loc 1 30 17
	lla	a5,.LC0
	ld	t5,0(a5)
	ld	t4,8(a5)
	ld	t3,16(a5)
	ld	t1,24(a5)
	ld	a7,32(a5)
	ld	a6,40(a5)
	ld	a0,48(a5)
	ld	a1,56(a5)
	ld	a2,64(a5)
	ld	a3,72(a5)
	ld	a4,80(a5)
	ld	a5,88(a5)
	sd	t5,-184(s0)
	sd	t4,-176(s0)
	sd	t3,-168(s0)
	sd	t1,-160(s0)
	sd	a7,-152(s0)
	sd	a6,-144(s0)
	sd	a0,-136(s0)
	sd	a1,-128(s0)
	sd	a2,-120(s0)
	sd	a3,-112(s0)
	sd	a4,-104(s0)
	sd	a5,-96(s0)
	.loc 1 36 18
	sw	zero,-192(s0)
	sw	zero,-188(s0)
	.loc 1 37 10
	sd	zero,-72(s0)
.LBB2:
	.loc 1 38 14
	sw	zero,-76(s0)
	.loc 1 38 5
	j	.L11
.L12:
	.loc 1 39 9 discriminator 3
	addi	a3,s0,-184
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	lw	a4,-76(s0)
	mv	a1,a4
	mv	a0,a5
	call	grow
	.loc 1 40 17 discriminator 3
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-64
	add	a5,a5,s0
	ld	a1,-112(a5)
	ld	a0,-192(s0)
	call	add
	mv	a5,a0
	sd	a5,-192(s0)
	.loc 1 41 23 discriminator 3
	addi	a3,s0,-184
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	.loc 1 41 18 discriminator 3
	mv	a0,a5
	call	area
	mv	a4,a0
	.loc 1 41 15 discriminator 3
	ld	a5,-72(s0)
	add	a5,a5,a4
	sd	a5,-72(s0)
	.loc 1 42 55 discriminator 3
	addi	a3,s0,-184
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,16
	add	s1,a3,a5
	.loc 1 42 9 discriminator 3
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-64
	add	a5,a5,s0
	lw	s2,-120(a5)
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-64
	add	a5,a5,s0
	lw	s3,-116(a5)
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-64
	add	a5,a5,s0
	lw	s4,-112(a5)
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-64
	add	a5,a5,s0
	lw	s5,-108(a5)
	.loc 1 42 115 discriminator 3
	addi	a3,s0,-184
	lw	a4,-76(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	.loc 1 42 9 discriminator 3
	mv	a0,a5
	call	area
	mv	a5,a0
	mv	a6,a5
	mv	a5,s5
	mv	a4,s4
	mv	a3,s3
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC1
	call	printf@plt
	.loc 1 38 29 discriminator 3
	lw	a5,-76(s0)
	addiw	a5,a5,1
	sw	a5,-76(s0)
.L11:
	.loc 1 38 23 discriminator 1
	lw	a5,-76(s0)
	sext.w	a4,a5
	li	a5,3
	ble	a4,a5,.L12
.LBE2:
	.loc 1 44 9
	sw	zero,-80(s0)
.LBB3:
	.loc 1 45 14
	sw	zero,-84(s0)
	.loc 1 45 5
	j	.L13
.L17:
.LBB4:
	.loc 1 46 18
	lw	a5,-84(s0)
	addiw	a5,a5,1
	sw	a5,-88(s0)
	.loc 1 46 9
	j	.L14
.L16:
	.loc 1 47 17
	lw	a4,-84(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-64
	add	a5,a5,s0
	ld	a4,-120(a5)
	sd	a4,-224(s0)
	ld	a4,-112(a5)
	sd	a4,-216(s0)
	ld	a5,-104(a5)
	sd	a5,-208(s0)
	lw	a4,-88(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-64
	add	a5,a5,s0
	ld	a4,-120(a5)
	sd	a4,-256(s0)
	ld	a4,-112(a5)
	sd	a4,-248(s0)
	ld	a5,-104(a5)
	sd	a5,-240(s0)
	addi	a4,s0,-256
	addi	a5,s0,-224
	mv	a1,a4
	mv	a0,a5
	call	overlaps
	mv	a5,a0
	.loc 1 47 16
	beq	a5,zero,.L15
	.loc 1 48 49
	addi	a3,s0,-184
	lw	a4,-84(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,16
	add	a1,a3,a5
	.loc 1 48 61
	addi	a3,s0,-184
	lw	a4,-88(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,16
	add	a5,a3,a5
	.loc 1 48 17
	mv	a2,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 49 22
	lw	a5,-80(s0)
	addiw	a5,a5,1
	sw	a5,-80(s0)
.L15:
	.loc 1 46 37 discriminator 2
	lw	a5,-88(s0)
	addiw	a5,a5,1
	sw	a5,-88(s0)
.L14:
	.loc 1 46 31 discriminator 1
	lw	a5,-88(s0)
	sext.w	a4,a5
	li	a5,3
	ble	a4,a5,.L16
.LBE4:
	.loc 1 45 29 discriminator 2
	lw	a5,-84(s0)
	addiw	a5,a5,1
	sw	a5,-84(s0)
.L13:
	.loc 1 45 23 discriminator 1
	lw	a5,-84(s0)
	sext.w	a4,a5
	li	a5,3
	ble	a4,a5,.L17
.LBE3:
	.loc 1 51 5
	lw	a5,-192(s0)
	lw	a2,-188(s0)
	lw	a4,-80(s0)
	ld	a3,-72(s0)
	mv	a1,a5
	lla	a0,.LC3
	call	printf@plt
	.loc 1 52 12
	lw	a5,-80(s0)
	.loc 1 53 1
	mv	a0,a5
	ld	ra,248(sp)
	.cfi_restore 1
	ld	s0,240(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 256
	ld	s1,232(sp)
	.cfi_restore 9
	ld	s2,224(sp)
	.cfi_restore 18
	ld	s3,216(sp)
	.cfi_restore 19
	ld	s4,208(sp)
	.cfi_restore 20
	ld	s5,200(sp)
	.cfi_restore 21
	addi	sp,sp,256
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2ab
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
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
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x7
	.4byte	0x66
	.byte	0x8
	.4byte	.LASF10
	.byte	0x8
	.byte	0x4
	.4byte	0x92
	.byte	0x4
	.string	"x"
	.byte	0x4
	.byte	0x14
	.4byte	0x58
	.byte	0
	.byte	0x4
	.string	"y"
	.byte	0x4
	.byte	0x17
	.4byte	0x58
	.byte	0x4
	.byte	0
	.byte	0x8
	.4byte	.LASF11
	.byte	0x18
	.byte	0x5
	.4byte	0xc1
	.byte	0x4
	.string	"lo"
	.byte	0x5
	.byte	0x1c
	.4byte	0x72
	.byte	0
	.byte	0x4
	.string	"hi"
	.byte	0x5
	.byte	0x20
	.4byte	0x72
	.byte	0x8
	.byte	0xf
	.4byte	.LASF12
	.byte	0x1
	.byte	0x5
	.byte	0x29
	.4byte	0xc6
	.byte	0x10
	.byte	0
	.byte	0x7
	.4byte	0x92
	.byte	0x9
	.4byte	0x66
	.4byte	0xd6
	.byte	0xa
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0x10
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xee
	.byte	0x11
	.4byte	0xee
	.byte	0x12
	.byte	0
	.byte	0x5
	.4byte	0x6d
	.byte	0x13
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x1b2
	.byte	0x3
	.string	"rs"
	.byte	0x1e
	.byte	0x11
	.4byte	0x1b2
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7e
	.byte	0x6
	.4byte	.LASF13
	.byte	0x24
	.byte	0x12
	.4byte	0x72
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x6
	.4byte	.LASF14
	.byte	0x25
	.byte	0xa
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x6
	.4byte	.LASF15
	.byte	0x2c
	.byte	0x9
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x14
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x173
	.byte	0x3
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0xb4,0x7f
	.byte	0
	.byte	0xb
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x3
	.string	"i"
	.byte	0x2d
	.byte	0xe
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0xac,0x7f
	.byte	0xb
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x3
	.string	"j"
	.byte	0x2e
	.byte	0x12
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x92
	.4byte	0x1c2
	.byte	0xa
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.byte	0xc
	.4byte	.LASF16
	.byte	0x17
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fc
	.byte	0x2
	.string	"a"
	.byte	0x17
	.byte	0x21
	.4byte	0x92
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x2
	.string	"b"
	.byte	0x17
	.byte	0x30
	.4byte	0x92
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x15
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x233
	.byte	0x2
	.string	"r"
	.byte	0xf
	.byte	0x1f
	.4byte	0x233
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"d"
	.byte	0xf
	.byte	0x26
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0x5
	.4byte	0x92
	.byte	0xc
	.4byte	.LASF17
	.byte	0xd
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x266
	.byte	0x2
	.string	"r"
	.byte	0xd
	.byte	0x25
	.4byte	0x266
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x5
	.4byte	0xc1
	.byte	0x16
	.string	"add"
	.byte	0x1
	.byte	0x7
	.byte	0x15
	.4byte	0x72
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.string	"a"
	.byte	0x7
	.byte	0x26
	.4byte	0x72
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"b"
	.byte	0x7
	.byte	0x36
	.4byte	0x72
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x3
	.string	"r"
	.byte	0x9
	.byte	0x12
	.4byte	0x72
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
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0x8
	.byte	0x1
	.byte	0x13
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
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
	.byte	0xf
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
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
	.byte	0x18
	.byte	0
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
	.byte	0x15
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
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
.LASF21:
	.string	"main"
.LASF15:
	.string	"pairs"
.LASF14:
	.string	"areas"
.LASF8:
	.string	"long int"
.LASF20:
	.string	"printf"
.LASF12:
	.string	"name"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF18:
	.string	"grow"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF16:
	.string	"overlaps"
.LASF2:
	.string	"long unsigned int"
.LASF10:
	.string	"point"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF13:
	.string	"total"
.LASF11:
	.string	"rect"
.LASF17:
	.string	"area"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/struct_points.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
