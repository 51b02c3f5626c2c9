	.file	"float_stats.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/float_stats.c"
	.align	1
	.type	mean, @function
mean:
.LFB0:
	.file 1 "programs/float_stats.c"
	.loc 1 5 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	sw	a5,-44(s0)
	.loc 1 6 12
	sd	zero,-24(s0)
.LBB2:
	.loc 1 7 14
	sw	zero,-28(s0)
	.loc 1 7 5
	j	.L2
.L3:
	.loc 1 8 15 discriminator 3
	lw	a5,-28(s0)
	slli	a5,a5,3
	ld	a4,-40(s0)
	add	a5,a4,a5
	fld	fa5,0(a5)
	.loc 1 8 11 discriminator 3
	fld	fa4,-24(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-24(s0)
	.loc 1 7 29 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	.loc 1 7 23 discriminator 1
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L3
.LBE2:
	.loc 1 9 14
	lw	a5,-44(s0)
	fcvt.d.w	fa5,a5
	fld	fa4,-24(s0)
	fdiv.d	fa5,fa4,fa5
	.loc 1 10 1
	fmv.d	fa0,fa5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	mean, .-mean
	.align	1
	.type	variance, @function
variance:
.LFB1:
	.loc 1 13 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	sd	a0,-56(s0)
	mv	a5,a1
	sw	a5,-60(s0)
	.loc 1 14 16
	lw	a5,-60(s0)
	mv	a1,a5
	ld	a0,-56(s0)
	call	mean
	fsd	fa0,-40(s0)
	.loc 1 14 28
	sd	zero,-24(s0)
.LBB3:
	.loc 1 15 14
	sw	zero,-28(s0)
	.loc 1 15 5
	j	.L6
.L7:
	.loc 1 16 16 discriminator 3
	lw	a5,-28(s0)
	slli	a5,a5,3
	ld	a4,-56(s0)
	add	a5,a4,a5
	fld	fa4,0(a5)
	.loc 1 16 20 discriminator 3
	fld	fa5,-40(s0)
	fsub.d	fa4,fa4,fa5
	.loc 1 16 29 discriminator 3
	lw	a5,-28(s0)
	slli	a5,a5,3
	ld	a4,-56(s0)
	add	a5,a4,a5
	fld	fa3,0(a5)
	.loc 1 16 33 discriminator 3
	fld	fa5,-40(s0)
	fsub.d	fa5,fa3,fa5
	.loc 1 16 25 discriminator 3
	fmul.d	fa5,fa4,fa5
	.loc 1 16 11 discriminator 3
	fld	fa4,-24(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-24(s0)
	.loc 1 15 29 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L6:
	.loc 1 15 23 discriminator 1
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-60(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L7
.LBE3:
	.loc 1 17 19
	lw	a5,-60(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 17 14
	fcvt.d.w	fa5,a5
	fld	fa4,-24(s0)
	fdiv.d	fa5,fa4,fa5
	.loc 1 18 1
	fmv.d	fa0,fa5
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	variance, .-variance
	.section	.rodata
	.align	3
.LC4:
	.string	"mean x %.4f y %.4f\n"
	.align	3
.LC5:
	.string	"var x %.4f y %.4f\n"
	.align	3
.LC6:
	.string	"fit y = %.4f x + %.4f\n"
	.align	3
.LC8:
	.string	"slope*100 rounded %d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 21 1
	.cfi_startproc
	addi	sp,sp,-304
	.cfi_def_cfa_offset 304
	sd	ra,296(sp)
	sd	s0,288(sp)
	sd	s1,280(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,304
	.cfi_def_cfa 8, 0
.LBB4:
	.loc 1 23 14
	sw	zero,-36(s0)
	.loc 1 23 5
	j	.L10
.L11:
	.loc 1 24 18 discriminator 3
	lw	a5,-36(s0)
	fcvt.d.w	fa4,a5
	lla	a5,.LC0
	fld	fa5,0(a5)
	fmul.d	fa5,fa4,fa5
	.loc 1 24 14 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	fsd	fa5,-168(a5)
	.loc 1 25 23 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	fld	fa4,-168(a5)
	.loc 1 25 20 discriminator 3
	lla	a5,.LC1
	fld	fa5,0(a5)
	fmul.d	fa4,fa4,fa5
	.loc 1 25 27 discriminator 3
	lla	a5,.LC2
	fld	fa5,0(a5)
	fsub.d	fa4,fa4,fa5
	.loc 1 25 39 discriminator 3
	lw	a5,-36(s0)
	mv	a4,a5
	li	a5,3
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 25 44 discriminator 3
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 25 49 discriminator 3
	fcvt.d.w	fa3,a5
	lla	a5,.LC3
	fld	fa5,0(a5)
	fmul.d	fa5,fa3,fa5
	.loc 1 25 33 discriminator 3
	fadd.d	fa5,fa4,fa5
	.loc 1 25 14 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	fsd	fa5,-264(a5)
	.loc 1 23 30 discriminator 3
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L10:
	.loc 1 23 23 discriminator 1
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,11
	ble	a4,a5,.L11
.LBE4:
	.loc 1 27 17
	addi	a5,s0,-200
	li	a1,12
	mv	a0,a5
	call	mean
	fsd	fa0,-72(s0)
	.loc 1 27 35
	addi	a5,s0,-296
	li	a1,12
	mv	a0,a5
	call	mean
	fsd	fa0,-80(s0)
	.loc 1 28 12
	sd	zero,-48(s0)
	.loc 1 28 21
	sd	zero,-56(s0)
.LBB5:
	.loc 1 29 14
	sw	zero,-60(s0)
	.loc 1 29 5
	j	.L12
.L13:
	.loc 1 30 18 discriminator 3
	lw	a5,-60(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	fld	fa4,-168(a5)
	.loc 1 30 22 discriminator 3
	fld	fa5,-72(s0)
	fsub.d	fa4,fa4,fa5
	.loc 1 30 32 discriminator 3
	lw	a5,-60(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	fld	fa3,-264(a5)
	.loc 1 30 36 discriminator 3
	fld	fa5,-80(s0)
	fsub.d	fa5,fa3,fa5
	.loc 1 30 28 discriminator 3
	fmul.d	fa5,fa4,fa5
	.loc 1 30 13 discriminator 3
	fld	fa4,-48(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-48(s0)
	.loc 1 31 18 discriminator 3
	lw	a5,-60(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	fld	fa4,-168(a5)
	.loc 1 31 22 discriminator 3
	fld	fa5,-72(s0)
	fsub.d	fa4,fa4,fa5
	.loc 1 31 32 discriminator 3
	lw	a5,-60(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	fld	fa3,-168(a5)
	.loc 1 31 36 discriminator 3
	fld	fa5,-72(s0)
	fsub.d	fa5,fa3,fa5
	.loc 1 31 28 discriminator 3
	fmul.d	fa5,fa4,fa5
	.loc 1 31 13 discriminator 3
	fld	fa4,-56(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-56(s0)
	.loc 1 29 30 discriminator 3
	lw	a5,-60(s0)
	addiw	a5,a5,1
	sw	a5,-60(s0)
.L12:
	.loc 1 29 23 discriminator 1
	lw	a5,-60(s0)
	sext.w	a4,a5
	li	a5,11
	ble	a4,a5,.L13
.LBE5:
	.loc 1 33 12
	fld	fa4,-48(s0)
	fld	fa5,-56(s0)
	fdiv.d	fa5,fa4,fa5
	fsd	fa5,-88(s0)
	.loc 1 33 54
	fld	fa4,-88(s0)
	fld	fa5,-72(s0)
	fmul.d	fa5,fa4,fa5
	.loc 1 33 31
	fld	fa4,-80(s0)
	fsub.d	fa5,fa4,fa5
	fsd	fa5,-96(s0)
	.loc 1 34 5
	ld	a2,-80(s0)
	ld	a1,-72(s0)
	lla	a0,.LC4
	call	printf@plt
	.loc 1 35 5
	addi	a5,s0,-200
	li	a1,12
	mv	a0,a5
	call	variance
	fmv.x.d	s1,fa0
	addi	a5,s0,-296
	li	a1,12
	mv	a0,a5
	call	variance
	fmv.x.d	a5,fa0
	mv	a2,a5
	mv	a1,s1
	lla	a0,.LC5
	call	printf@plt
	.loc 1 36 5
	ld	a2,-96(s0)
	ld	a1,-88(s0)
	lla	a0,.LC6
	call	printf@plt
	.loc 1 37 31
	fld	fa4,-88(s0)
	lla	a5,.LC7
	fld	fa5,0(a5)
	fmul.d	fa4,fa4,fa5
	.loc 1 37 37
	lla	a5,.LC0
	fld	fa5,0(a5)
	fadd.d	fa5,fa4,fa5
	.loc 1 37 9
	fcvt.w.d a5,fa5,rtz
	sw	a5,-100(s0)
	.loc 1 38 5
	lw	a5,-100(s0)
	mv	a1,a5
	lla	a0,.LC8
	call	printf@plt
	.loc 1 39 20
	lw	a5,-100(s0)
	mv	a4,a5
	sraiw	a5,a4,31
	srliw	a5,a5,25
	addw	a4,a4,a5
	andi	a4,a4,127
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 40 1
	mv	a0,a5
	ld	ra,296(sp)
	.cfi_restore 1
	ld	s0,288(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 304
	ld	s1,280(sp)
	.cfi_restore 9
	addi	sp,sp,304
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.word	0
	.word	1071644672
	.align	3
.LC1:
	.word	0
	.word	1074266112
	.align	3
.LC2:
	.word	0
	.word	1073741824
	.align	3
.LC3:
	.word	0
	.word	1070596096
	.align	3
.LC7:
	.word	0
	.word	1079574528
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x261
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x8
	.4byte	.LASF14
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
	.byte	0x9
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x6
	.4byte	0x66
	.byte	0xa
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x8a
	.byte	0xb
	.4byte	0x8a
	.byte	0xc
	.byte	0
	.byte	0x7
	.4byte	0x6d
	.byte	0xd
	.4byte	.LASF16
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x171
	.byte	0x1
	.string	"x"
	.byte	0x16
	.byte	0xc
	.4byte	0x171
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7e
	.byte	0x1
	.string	"y"
	.byte	0x16
	.byte	0x13
	.4byte	0x171
	.byte	0x3
	.byte	0x91
	.byte	0xd8,0x7d
	.byte	0x1
	.string	"mx"
	.byte	0x1b
	.byte	0xc
	.4byte	0x181
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x1
	.string	"my"
	.byte	0x1b
	.byte	0x1e
	.4byte	0x181
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x1
	.string	"sxy"
	.byte	0x1c
	.byte	0xc
	.4byte	0x181
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x1
	.string	"sxx"
	.byte	0x1c
	.byte	0x15
	.4byte	0x181
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x4
	.4byte	.LASF10
	.byte	0x21
	.byte	0xc
	.4byte	0x181
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0x4
	.4byte	.LASF11
	.byte	0x21
	.byte	0x1f
	.4byte	0x181
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7f
	.byte	0x4
	.4byte	.LASF12
	.byte	0x25
	.byte	0x9
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0x9c,0x7f
	.byte	0xe
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.4byte	0x152
	.byte	0x1
	.string	"i"
	.byte	0x17
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0x5
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x181
	.4byte	0x181
	.byte	0x10
	.4byte	0x2e
	.byte	0xb
	.byte	0
	.byte	0x2
	.byte	0x8
	.byte	0x4
	.4byte	.LASF13
	.byte	0x6
	.4byte	0x181
	.byte	0x11
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xf
	.4byte	0x181
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fe
	.byte	0x3
	.string	"v"
	.byte	0xc
	.byte	0x26
	.4byte	0x1fe
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x3
	.string	"n"
	.byte	0xc
	.byte	0x2d
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0x1
	.string	"m"
	.byte	0xe
	.byte	0xc
	.4byte	0x181
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"s"
	.byte	0xe
	.byte	0x1c
	.4byte	0x181
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x188
	.byte	0x12
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x181
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.string	"v"
	.byte	0x4
	.byte	0x22
	.4byte	0x1fe
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"n"
	.byte	0x4
	.byte	0x29
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x1
	.string	"s"
	.byte	0x6
	.byte	0xc
	.4byte	0x181
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
.LASF5:
	.string	"unsigned int"
.LASF18:
	.string	"mean"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF10:
	.string	"slope"
.LASF9:
	.string	"char"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF11:
	.string	"intercept"
.LASF16:
	.string	"main"
.LASF12:
	.string	"rounded"
.LASF17:
	.string	"variance"
.LASF8:
	.string	"long int"
.LASF13:
	.string	"double"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_stats.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
