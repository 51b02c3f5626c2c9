	.file	"float_newton.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/float_newton.c"
	.align	1
	.type	sqrt_newton, @function
sqrt_newton:
.LFB0:
	.file 1 "programs/float_newton.c"
	.loc 1 5 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	fsd	fa0,-40(s0)
	.loc 1 6 26
	fld	fa4,-40(s0)
	lla	a5,.LC0
	fld	fa5,0(a5)
	fgt.d	a5,fa4,fa5
	beq	a5,zero,.L9
	.loc 1 6 26 is_stmt 0 discriminator 1
	fld	fa5,-40(s0)
	j	.L4
.L9:
	.loc 1 6 26 discriminator 2
	lla	a5,.LC0
	fld	fa5,0(a5)
.L4:
	.loc 1 6 12 is_stmt 1 discriminator 4
	fsd	fa5,-24(s0)
.LBB2:
	.loc 1 7 14 discriminator 4
	sw	zero,-28(s0)
	.loc 1 7 5 discriminator 4
	j	.L5
.L6:
	.loc 1 8 26 discriminator 3
	fld	fa4,-40(s0)
	fld	fa5,-24(s0)
	fdiv.d	fa4,fa4,fa5
	.loc 1 8 22 discriminator 3
	fld	fa5,-24(s0)
	fadd.d	fa4,fa4,fa5
	.loc 1 8 11 discriminator 3
	lla	a5,.LC1
	fld	fa5,0(a5)
	fmul.d	fa5,fa4,fa5
	fsd	fa5,-24(s0)
	.loc 1 7 30 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L5:
	.loc 1 7 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,39
	ble	a4,a5,.L6
.LBE2:
	.loc 1 9 12
	fld	fa5,-24(s0)
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
	.size	sqrt_newton, .-sqrt_newton
	.align	1
	.type	cbrt_newton, @function
cbrt_newton:
.LFB1:
	.loc 1 13 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	fsw	fa0,-36(s0)
	.loc 1 14 35
	flw	fa4,-36(s0)
	lla	a5,.LC2
	flw	fa5,0(a5)
	fgt.s	a5,fa4,fa5
	beq	a5,zero,.L18
	.loc 1 14 35 is_stmt 0 discriminator 1
	flw	fa4,-36(s0)
	lla	a5,.LC3
	flw	fa5,0(a5)
	fdiv.s	fa5,fa4,fa5
	j	.L13
.L18:
	.loc 1 14 35 discriminator 2
	lla	a5,.LC2
	flw	fa5,0(a5)
.L13:
	.loc 1 14 11 is_stmt 1 discriminator 4
	fsw	fa5,-20(s0)
.LBB3:
	.loc 1 15 14 discriminator 4
	sw	zero,-24(s0)
	.loc 1 15 5 discriminator 4
	j	.L14
.L15:
	.loc 1 16 20 discriminator 3
	flw	fa5,-20(s0)
	fmul.s	fa4,fa5,fa5
	.loc 1 16 24 discriminator 3
	flw	fa5,-20(s0)
	fmul.s	fa4,fa4,fa5
	.loc 1 16 28 discriminator 3
	flw	fa5,-36(s0)
	fsub.s	fa4,fa4,fa5
	.loc 1 16 41 discriminator 3
	flw	fa3,-20(s0)
	lla	a5,.LC3
	flw	fa5,0(a5)
	fmul.s	fa3,fa3,fa5
	.loc 1 16 45 discriminator 3
	flw	fa5,-20(s0)
	fmul.s	fa5,fa3,fa5
	.loc 1 16 33 discriminator 3
	fdiv.s	fa5,fa4,fa5
	.loc 1 16 11 discriminator 3
	flw	fa4,-20(s0)
	fsub.s	fa5,fa4,fa5
	fsw	fa5,-20(s0)
	.loc 1 15 30 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L14:
	.loc 1 15 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,59
	ble	a4,a5,.L15
.LBE3:
	.loc 1 17 12
	flw	fa5,-20(s0)
	.loc 1 18 1
	fmv.s	fa0,fa5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	cbrt_newton, .-cbrt_newton
	.section	.rodata
	.align	3
.LC6:
	.string	"sqrt(%d) = %.9f  cbrt(%d.5) = %.5f\n"
	.align	3
.LC8:
	.string	"total %.6f as int %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 21 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	.loc 1 22 12
	sd	zero,-24(s0)
.LBB4:
	.loc 1 23 14
	li	a5,1
	sw	a5,-28(s0)
	.loc 1 23 5
	j	.L20
.L21:
.LBB5:
	.loc 1 24 20 discriminator 3
	lw	a5,-28(s0)
	fcvt.d.w	fa4,a5
	lla	a5,.LC4
	fld	fa5,0(a5)
	fmul.d	fa5,fa4,fa5
	fmv.d	fa0,fa5
	call	sqrt_newton
	fsd	fa0,-48(s0)
	.loc 1 25 41 discriminator 3
	lw	a5,-28(s0)
	mulw	a5,a5,a5
	sext.w	a5,a5
	.loc 1 25 45 discriminator 3
	lw	a4,-28(s0)
	mulw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 25 31 discriminator 3
	fcvt.s.w	fa4,a5
	.loc 1 25 19 discriminator 3
	lla	a5,.LC5
	flw	fa5,0(a5)
	fadd.s	fa5,fa4,fa5
	fmv.s	fa0,fa5
	call	cbrt_newton
	fsw	fa0,-52(s0)
	.loc 1 26 9 discriminator 3
	lw	a5,-28(s0)
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,3
	subw	a5,a5,a4
	sext.w	a1,a5
	.loc 1 26 68 discriminator 3
	lw	a5,-28(s0)
	mulw	a5,a5,a5
	sext.w	a5,a5
	.loc 1 26 9 discriminator 3
	lw	a4,-28(s0)
	mulw	a5,a4,a5
	sext.w	a5,a5
	flw	fa5,-52(s0)
	fcvt.d.s	fa5,fa5
	fmv.x.d	a4,fa5
	mv	a3,a5
	ld	a2,-48(s0)
	lla	a0,.LC6
	call	printf@plt
	.loc 1 27 15 discriminator 3
	fld	fa4,-24(s0)
	fld	fa5,-48(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-24(s0)
.LBE5:
	.loc 1 23 31 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L20:
	.loc 1 23 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,10
	ble	a4,a5,.L21
.LBE4:
	.loc 1 29 32
	fld	fa4,-24(s0)
	lla	a5,.LC7
	fld	fa5,0(a5)
	fmul.d	fa5,fa4,fa5
	.loc 1 29 10
	fcvt.l.d a5,fa5,rtz
	sd	a5,-40(s0)
	.loc 1 30 5
	ld	a2,-40(s0)
	ld	a1,-24(s0)
	lla	a0,.LC8
	call	printf@plt
	.loc 1 31 25
	ld	a4,-40(s0)
	li	a5,100
	rem	a5,a4,a5
	.loc 1 31 12
	sext.w	a5,a5
	.loc 1 32 1
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
.LFE2:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.word	0
	.word	1072693248
	.align	3
.LC1:
	.word	0
	.word	1071644672
	.align	2
.LC2:
	.word	1065353216
	.align	2
.LC3:
	.word	1077936128
	.align	3
.LC4:
	.word	0
	.word	1075576832
	.align	2
.LC5:
	.word	1056964608
	.align	3
.LC7:
	.word	0
	.word	1083129856
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1d0
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x6
	.4byte	.LASF14
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
	.byte	0x7
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
	.byte	0x8
	.4byte	0x66
	.byte	0x9
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x8a
	.byte	0xa
	.4byte	0x8a
	.byte	0xb
	.byte	0
	.byte	0xc
	.byte	0x8
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
	.4byte	0x117
	.byte	0x4
	.4byte	.LASF10
	.byte	0x16
	.byte	0xc
	.4byte	0x117
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x4
	.4byte	.LASF11
	.byte	0x1d
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x2
	.string	"k"
	.byte	0x17
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x3
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x2
	.string	"s"
	.byte	0x18
	.byte	0x10
	.4byte	0x117
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"c"
	.byte	0x19
	.byte	0xf
	.4byte	0x11e
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1
	.byte	0x8
	.byte	0x4
	.4byte	.LASF12
	.byte	0x1
	.byte	0x4
	.byte	0x4
	.4byte	.LASF13
	.byte	0xe
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0x11e
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x17e
	.byte	0x5
	.string	"a"
	.byte	0xc
	.byte	0x20
	.4byte	0x11e
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"x"
	.byte	0xe
	.byte	0xb
	.4byte	0x11e
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x117
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x5
	.string	"a"
	.byte	0x4
	.byte	0x22
	.4byte	0x117
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"x"
	.byte	0x6
	.byte	0xc
	.4byte	0x117
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
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
	.byte	0x3
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x6
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
	.byte	0x7
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
	.byte	0x8
	.byte	0x26
	.byte	0
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
	.byte	0xa
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0xf
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
.LASF4:
	.string	"short unsigned int"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"main"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF3:
	.string	"unsigned char"
.LASF17:
	.string	"cbrt_newton"
.LASF8:
	.string	"long int"
.LASF18:
	.string	"sqrt_newton"
.LASF12:
	.string	"double"
.LASF15:
	.string	"printf"
.LASF10:
	.string	"total"
.LASF11:
	.string	"as_int"
.LASF13:
	.string	"float"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_newton.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
