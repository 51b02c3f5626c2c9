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
	.type	variance.constprop.0, @function
variance.constprop.0:
.LFB14:
	.file 1 "programs/float_stats.c"
	.loc 1 12 15
	.cfi_startproc
.LVL0:
.LBB18:
.LBB19:
.LBB20:
	.loc 1 7 23
.LBE20:
	.loc 1 6 12 is_stmt 0
	fmv.d.x	fa5,zero
	addi	a4,a0,96
.LBE19:
.LBE18:
	.loc 1 12 15
	mv	a5,a0
.LVL1:
.L2:
.LBB23:
.LBB22:
.LBB21:
	.loc 1 8 9 is_stmt 1
	.loc 1 8 11 is_stmt 0
	fld	fa4,0(a5)
	.loc 1 7 23
	addi	a5,a5,8
.LVL2:
	.loc 1 8 11
	fadd.d	fa5,fa5,fa4
.LVL3:
	.loc 1 7 29 is_stmt 1
	.loc 1 7 23
	bne	a4,a5,.L2
.LBE21:
	.loc 1 9 5
	.loc 1 9 14 is_stmt 0
	fld	fa4,.LC0,a5
	fdiv.d	fa4,fa5,fa4
.LVL4:
.LBE22:
.LBE23:
	.loc 1 15 5 is_stmt 1
.LBB24:
	.loc 1 15 10
	.loc 1 15 23
.LBE24:
	.loc 1 14 28 is_stmt 0
	fmv.d.x	fa3,zero
.LVL5:
.L3:
.LBB25:
	.loc 1 16 9 is_stmt 1
	.loc 1 16 20 is_stmt 0
	fld	fa5,0(a0)
	.loc 1 15 23
	addi	a0,a0,8
.LVL6:
	.loc 1 16 20
	fsub.d	fa5,fa5,fa4
	.loc 1 16 11
	fmadd.d	fa3,fa5,fa5,fa3
.LVL7:
	.loc 1 15 29 is_stmt 1
	.loc 1 15 23
	bne	a4,a0,.L3
.LBE25:
	.loc 1 17 5
	.loc 1 17 14 is_stmt 0
	fld	fa0,.LC1,a5
	.loc 1 18 1
	fdiv.d	fa0,fa3,fa0
	ret
	.cfi_endproc
.LFE14:
	.size	variance.constprop.0, .-variance.constprop.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC6:
	.string	"mean x %.4f y %.4f\n"
	.align	3
.LC7:
	.string	"var x %.4f y %.4f\n"
	.align	3
.LC8:
	.string	"fit y = %.4f x + %.4f\n"
	.align	3
.LC10:
	.string	"slope*100 rounded %d\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.loc 1 21 1 is_stmt 1
	.cfi_startproc
	.loc 1 22 5
	.loc 1 23 5
.LBB26:
	.loc 1 23 10
.LVL8:
	.loc 1 23 23
.LBE26:
	.loc 1 21 1 is_stmt 0
	addi	sp,sp,-256
	.cfi_def_cfa_offset 256
	sd	s0,240(sp)
	sd	s1,232(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,96
	mv	s1,sp
	fsd	fs2,200(sp)
	sd	ra,248(sp)
	fsd	fs0,216(sp)
	fsd	fs1,208(sp)
	fsd	fs3,192(sp)
	.cfi_offset 50, -56
	.cfi_offset 1, -8
	.cfi_offset 40, -40
	.cfi_offset 41, -48
	.cfi_offset 51, -64
	mv	a4,s1
	mv	a2,s0
	.loc 1 21 1
	mv	a0,s0
	mv	a1,s1
.LBB27:
	.loc 1 23 14
	li	a5,0
	fld	fs2,.LC2,a3
	fld	fa1,.LC3,a3
	fld	fa2,.LC4,a3
	fld	fa3,.LC5,a3
	.loc 1 25 39
	li	a7,3
	.loc 1 23 23
	li	a6,12
.LVL9:
.L8:
	.loc 1 24 9 is_stmt 1 discriminator 3
	.loc 1 25 39 is_stmt 0 discriminator 3
	remw	a3,a5,a7
	.loc 1 24 18 discriminator 3
	fcvt.d.w	fa5,a5
	.loc 1 23 23 discriminator 3
	addi	a1,a1,8
	addi	a0,a0,8
	.loc 1 24 18 discriminator 3
	fmul.d	fa5,fa5,fs2
	.loc 1 23 30 discriminator 3
	addiw	a5,a5,1
.LVL10:
	.loc 1 25 27 discriminator 3
	fmadd.d	fa4,fa5,fa1,fa2
	.loc 1 24 14 discriminator 3
	fsd	fa5,-8(a1)
	.loc 1 25 9 is_stmt 1 discriminator 3
	.loc 1 25 44 is_stmt 0 discriminator 3
	addiw	a3,a3,-1
	.loc 1 25 49 discriminator 3
	fcvt.d.w	fa5,a3
	.loc 1 25 33 discriminator 3
	fmadd.d	fa5,fa5,fa3,fa4
	.loc 1 25 14 discriminator 3
	fsd	fa5,-8(a0)
	.loc 1 23 30 is_stmt 1 discriminator 3
	.loc 1 23 23 discriminator 3
	bne	a5,a6,.L8
.LBE27:
.LBB28:
.LBB29:
	.loc 1 6 12 is_stmt 0
	fmv.d.x	fa5,zero
	addi	a3,s1,96
.LBE29:
.LBE28:
.LBB33:
	.loc 1 23 23
	mv	a5,s1
.L9:
.LVL11:
.LBE33:
.LBB34:
.LBB31:
.LBB30:
	.loc 1 8 9 is_stmt 1
	.loc 1 8 11 is_stmt 0
	fld	fa4,0(a5)
	.loc 1 7 23
	addi	a5,a5,8
.LVL12:
	.loc 1 8 11
	fadd.d	fa5,fa5,fa4
.LVL13:
	.loc 1 7 29 is_stmt 1
	.loc 1 7 23
	bne	a3,a5,.L9
.LBE30:
	.loc 1 9 5
	.loc 1 9 14 is_stmt 0
	fld	fa2,.LC0,a5
	fdiv.d	fa3,fa5,fa2
.LVL14:
.LBE31:
.LBE34:
.LBB35:
.LBB36:
.LBB37:
	.loc 1 7 23 is_stmt 1
.LBE37:
	.loc 1 6 12 is_stmt 0
	fmv.d.x	fa5,zero
	addi	a1,s0,96
.LBE36:
.LBE35:
.LBB41:
.LBB32:
	.loc 1 9 14
	mv	a5,s0
.LVL15:
.L10:
.LBE32:
.LBE41:
.LBB42:
.LBB39:
.LBB38:
	.loc 1 8 9 is_stmt 1
	.loc 1 8 11 is_stmt 0
	fld	fa4,0(a5)
	.loc 1 7 23
	addi	a5,a5,8
.LVL16:
	.loc 1 8 11
	fadd.d	fa5,fa5,fa4
.LVL17:
	.loc 1 7 29 is_stmt 1
	.loc 1 7 23
	bne	a1,a5,.L10
.LBE38:
	.loc 1 9 5
.LBE39:
.LBE42:
	.loc 1 28 21 is_stmt 0
	fmv.d.x	fa0,zero
	.loc 1 28 12
	fmv.d	fa1,fa0
.LBB43:
.LBB40:
	.loc 1 9 14
	fdiv.d	fa2,fa5,fa2
.LVL18:
.LBE40:
.LBE43:
	.loc 1 28 5 is_stmt 1
	.loc 1 29 5
.LBB44:
	.loc 1 29 10
	.loc 1 29 23
.L11:
	.loc 1 30 9 discriminator 3
	.loc 1 30 22 is_stmt 0 discriminator 3
	fld	fa5,0(a4)
	.loc 1 30 36 discriminator 3
	fld	fa4,0(a2)
	.loc 1 29 23 discriminator 3
	addi	a4,a4,8
.LVL19:
	.loc 1 30 22 discriminator 3
	fsub.d	fa5,fa5,fa3
	.loc 1 30 36 discriminator 3
	fsub.d	fa4,fa4,fa2
	.loc 1 29 23 discriminator 3
	addi	a2,a2,8
	.loc 1 31 13 discriminator 3
	fmadd.d	fa0,fa5,fa5,fa0
.LVL20:
	.loc 1 30 13 discriminator 3
	fmadd.d	fa1,fa5,fa4,fa1
.LVL21:
	.loc 1 31 9 is_stmt 1 discriminator 3
	.loc 1 29 30 discriminator 3
	.loc 1 29 23 discriminator 3
	bne	a3,a4,.L11
.LBE44:
	.loc 1 33 5
	.loc 1 33 12 is_stmt 0
	fdiv.d	fs1,fa1,fa0
.LVL22:
	.loc 1 34 5
	fmv.x.d	a2,fa2
	fmv.x.d	a1,fa3
	lla	a0,.LC6
	.loc 1 33 31
	fnmsub.d	fs0,fs1,fa3,fa2
	.loc 1 34 5 is_stmt 1
	call	printf@plt
.LVL23:
	.loc 1 35 5
	mv	a0,s1
	call	variance.constprop.0
.LVL24:
	fmv.d	fs3,fa0
	mv	a0,s0
	call	variance.constprop.0
.LVL25:
	fmv.x.d	a2,fa0
	fmv.x.d	a1,fs3
	lla	a0,.LC7
	call	printf@plt
.LVL26:
	.loc 1 36 5
	fmv.x.d	a2,fs0
	fmv.x.d	a1,fs1
	lla	a0,.LC8
	call	printf@plt
.LVL27:
	.loc 1 37 5
	.loc 1 37 37 is_stmt 0
	fld	fa5,.LC9,a5
	fmadd.d	fa1,fs1,fa5,fs2
	.loc 1 38 5
	lla	a0,.LC10
	.loc 1 37 9
	fcvt.w.d s0,fa1,rtz
.LVL28:
	.loc 1 38 5 is_stmt 1
	sext.w	a1,s0
	call	printf@plt
.LVL29:
	.loc 1 39 5
	.loc 1 39 20 is_stmt 0
	sraiw	a0,s0,31
	srliw	a0,a0,25
	addw	s0,s0,a0
.LVL30:
	andi	s0,s0,127
	.loc 1 40 1
	ld	ra,248(sp)
	.cfi_restore 1
	subw	a0,s0,a0
	ld	s0,240(sp)
	.cfi_restore 8
	ld	s1,232(sp)
	.cfi_restore 9
	fld	fs0,216(sp)
	.cfi_restore 40
	fld	fs1,208(sp)
	.cfi_restore 41
.LVL31:
	fld	fs2,200(sp)
	.cfi_restore 50
	fld	fs3,192(sp)
	.cfi_restore 51
	addi	sp,sp,256
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	0
	.word	1076363264
	.align	3
.LC1:
	.word	0
	.word	1076232192
	.align	3
.LC2:
	.word	0
	.word	1071644672
	.align	3
.LC3:
	.word	0
	.word	1074266112
	.align	3
.LC4:
	.word	0
	.word	-1073741824
	.align	3
.LC5:
	.word	0
	.word	1070596096
	.align	3
.LC9:
	.word	0
	.word	1079574528
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3f4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x14
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL26
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x2
	.byte	0x8
	.byte	0x4
	.4byte	.LASF2
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF3
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF4
	.byte	0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF5
	.byte	0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF6
	.byte	0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF7
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF8
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF9
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF10
	.byte	0xd
	.4byte	0x69
	.byte	0x16
	.4byte	.LASF17
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x5b
	.4byte	0x8d
	.byte	0x17
	.4byte	0x8d
	.byte	0x18
	.byte	0
	.byte	0xe
	.4byte	0x70
	.byte	0x19
	.4byte	.LASF18
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x5b
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x2db
	.byte	0xf
	.string	"x"
	.byte	0xc
	.4byte	0x2db
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7e
	.byte	0xf
	.string	"y"
	.byte	0x13
	.4byte	0x2db
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0x4
	.string	"mx"
	.byte	0x1b
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST8
	.byte	0x4
	.string	"my"
	.byte	0x1b
	.byte	0x1e
	.4byte	0x2a
	.4byte	.LLST9
	.byte	0x4
	.string	"sxy"
	.byte	0x1c
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST10
	.byte	0x4
	.string	"sxx"
	.byte	0x1c
	.byte	0x15
	.4byte	0x2a
	.4byte	.LLST11
	.byte	0x10
	.4byte	.LASF11
	.byte	0x21
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST12
	.byte	0x1a
	.4byte	.LASF12
	.byte	0x1
	.byte	0x21
	.byte	0x1f
	.4byte	0x2a
	.byte	0x2
	.byte	0x90
	.byte	0x28
	.byte	0x10
	.4byte	.LASF13
	.byte	0x25
	.byte	0x9
	.4byte	0x5b
	.4byte	.LLST13
	.byte	0x1b
	.4byte	.LLRL14
	.4byte	0x14a
	.byte	0x4
	.string	"i"
	.byte	0x17
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST15
	.byte	0
	.byte	0x1c
	.8byte	.LBB44
	.8byte	.LBE44-.LBB44
	.4byte	0x16d
	.byte	0x4
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST25
	.byte	0
	.byte	0x9
	.4byte	0x333
	.8byte	.LBB28
	.4byte	.LLRL16
	.byte	0x1b
	.byte	0x11
	.4byte	0x1bd
	.byte	0x7
	.4byte	0x34a
	.byte	0x7
	.4byte	0x341
	.byte	0xa
	.4byte	.LLRL16
	.byte	0x3
	.4byte	0x353
	.4byte	.LLST17
	.byte	0x1d
	.4byte	0x35c
	.8byte	.LBB30
	.8byte	.LBE30-.LBB30
	.byte	0x3
	.4byte	0x35d
	.4byte	.LLST18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x333
	.8byte	.LBB35
	.4byte	.LLRL19
	.byte	0x1b
	.byte	0x23
	.4byte	0x209
	.byte	0xb
	.4byte	0x34a
	.4byte	.LLST20
	.byte	0xb
	.4byte	0x341
	.4byte	.LLST21
	.byte	0xa
	.4byte	.LLRL19
	.byte	0x3
	.4byte	0x353
	.4byte	.LLST22
	.byte	0xc
	.4byte	0x35c
	.4byte	.LLRL23
	.byte	0x3
	.4byte	0x35d
	.4byte	.LLST24
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL23
	.4byte	0x75
	.4byte	0x228
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0
	.byte	0x5
	.8byte	.LVL24
	.4byte	0x368
	.4byte	0x247
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x11
	.4byte	0x307
	.byte	0x1
	.byte	0x3c
	.byte	0
	.byte	0x5
	.8byte	.LVL25
	.4byte	0x368
	.4byte	0x266
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x11
	.4byte	0x307
	.byte	0x1
	.byte	0x3c
	.byte	0
	.byte	0x5
	.8byte	.LVL26
	.4byte	0x75
	.4byte	0x28c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa5
	.byte	0x33
	.byte	0x2a
	.byte	0
	.byte	0x5
	.8byte	.LVL27
	.4byte	0x75
	.4byte	0x2b9
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa5
	.byte	0x29
	.byte	0x2a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa5
	.byte	0x28
	.byte	0x2a
	.byte	0
	.byte	0x1e
	.8byte	.LVL29
	.4byte	0x75
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC10
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.4byte	0x2a
	.4byte	0x2eb
	.byte	0x20
	.4byte	0x31
	.byte	0xb
	.byte	0
	.byte	0xd
	.4byte	0x2a
	.byte	0x12
	.4byte	.LASF14
	.byte	0xc
	.4byte	0x2a
	.4byte	0x32e
	.byte	0x8
	.string	"v"
	.byte	0xc
	.byte	0x26
	.4byte	0x32e
	.byte	0x8
	.string	"n"
	.byte	0xc
	.byte	0x2d
	.4byte	0x5b
	.byte	0x6
	.string	"m"
	.byte	0xe
	.byte	0xc
	.4byte	0x2a
	.byte	0x6
	.string	"s"
	.byte	0xe
	.byte	0x1c
	.4byte	0x2a
	.byte	0x13
	.byte	0x6
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x5b
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0x2eb
	.byte	0x12
	.4byte	.LASF15
	.byte	0x4
	.4byte	0x2a
	.4byte	0x368
	.byte	0x8
	.string	"v"
	.byte	0x4
	.byte	0x22
	.4byte	0x32e
	.byte	0x8
	.string	"n"
	.byte	0x4
	.byte	0x29
	.4byte	0x5b
	.byte	0x6
	.string	"s"
	.byte	0x6
	.byte	0xc
	.4byte	0x2a
	.byte	0x13
	.byte	0x6
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x5b
	.byte	0
	.byte	0
	.byte	0x21
	.4byte	0x2f0
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.byte	0xb
	.4byte	0x2fe
	.4byte	.LLST0
	.byte	0x22
	.4byte	0x310
	.byte	0x2
	.byte	0x90
	.byte	0x2e
	.byte	0x3
	.4byte	0x319
	.4byte	.LLST1
	.byte	0x23
	.4byte	0x307
	.byte	0xc
	.byte	0x9
	.4byte	0x333
	.8byte	.LBB18
	.4byte	.LLRL2
	.byte	0xe
	.byte	0x10
	.4byte	0x3e3
	.byte	0x7
	.4byte	0x34a
	.byte	0x7
	.4byte	0x341
	.byte	0xa
	.4byte	.LLRL2
	.byte	0x3
	.4byte	0x353
	.4byte	.LLST3
	.byte	0xc
	.4byte	0x35c
	.4byte	.LLRL4
	.byte	0x3
	.4byte	0x35d
	.4byte	.LLST5
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	0x322
	.4byte	.LLRL6
	.byte	0x3
	.4byte	0x323
	.4byte	.LLST7
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x6
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
	.byte	0x7
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x52
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x16
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x49
	.byte	0
	.byte	0x80,0x1
	.byte	0x13
	.byte	0x7e
	.byte	0x18
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
	.byte	0x21
	.byte	0xf
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
	.byte	0xb
	.byte	0x1
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x18
	.byte	0
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x1b
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
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
	.byte	0x1e
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x20
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x21
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
	.byte	0x22
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x23
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x1c
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
.LLST8:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL23-1
	.byte	0x2
	.byte	0x90
	.byte	0x2d
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL23-1
	.byte	0x2
	.byte	0x90
	.byte	0x2c
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL23-1
	.byte	0x2
	.byte	0x90
	.byte	0x2b
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL20
	.byte	0x2
	.byte	0x90
	.byte	0x2a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23-1
	.byte	0x2
	.byte	0x90
	.byte	0x2a
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL31
	.byte	0x2
	.byte	0x90
	.byte	0x29
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL30
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0xb
	.byte	0x7e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x2
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL21
	.byte	0xb
	.byte	0x7e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf8,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL14
	.byte	0x2
	.byte	0x90
	.byte	0x2f
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x2
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf8,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL18
	.byte	0x2
	.byte	0x3c
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL18
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL18
	.byte	0x2
	.byte	0x90
	.byte	0x2f
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LFE14
	.byte	0x4
	.byte	0x7e
	.byte	0xa0,0x7f
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LFE14
	.byte	0x2
	.byte	0x90
	.byte	0x2d
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x2
	.byte	0x90
	.byte	0x2f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0xa
	.byte	0x7a
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x60
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0xa
	.byte	0x7a
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x58
	.byte	0x33
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
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
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
.LLRL2:
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0
.LLRL19:
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0
.LLRL23:
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0
.LLRL26:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB13
	.8byte	.LFE13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"unsigned int"
.LASF15:
	.string	"mean"
.LASF4:
	.string	"unsigned char"
.LASF3:
	.string	"long unsigned int"
.LASF11:
	.string	"slope"
.LASF10:
	.string	"char"
.LASF12:
	.string	"intercept"
.LASF18:
	.string	"main"
.LASF13:
	.string	"rounded"
.LASF14:
	.string	"variance"
.LASF9:
	.string	"long int"
.LASF2:
	.string	"double"
.LASF5:
	.string	"short unsigned int"
.LASF17:
	.string	"printf"
.LASF16:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF8:
	.string	"short int"
.LASF7:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_stats.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
