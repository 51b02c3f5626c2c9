	.file	"float_newton.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/float_newton.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LFB13:
	.file 1 "programs/float_newton.c"
	.loc 1 21 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	sd	s6,64(sp)
	sd	s7,56(sp)
	fsd	fs0,40(sp)
	fsd	fs1,32(sp)
	fsd	fs2,24(sp)
	fsd	fs3,16(sp)
	fsd	fs4,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 40, -88
	.cfi_offset 41, -96
	.cfi_offset 50, -104
	.cfi_offset 51, -112
	.cfi_offset 52, -120
	.loc 1 22 5
.LVL0:
	.loc 1 23 5
.LBB10:
	.loc 1 23 10
	.loc 1 23 23
.LBE10:
	.loc 1 21 1 is_stmt 0
	li	s1,7
.LBB30:
	.loc 1 23 14
	li	s0,1
.LBE30:
	.loc 1 22 12
	fmv.d.x	fs2,zero
.LBB31:
.LBB11:
	.loc 1 24 20
	fld	fs4,.LC2,a5
.LBB12:
.LBB13:
	.loc 1 6 26
	lla	s7,.LC0
	fld	fs3,0(s7)
	li	s6,40
.LBB14:
	.loc 1 8 11
	fld	fs1,.LC3,a5
.LBE14:
.LBE13:
.LBE12:
	.loc 1 25 19
	lla	s5,.LC4
.LBB19:
.LBB20:
	.loc 1 14 35
	lla	s3,.LC1
	lla	s2,.LC5
	li	s4,60
	j	.L8
.LVL1:
.L19:
.LBE20:
.LBE19:
.LBB25:
.LBB17:
	.loc 1 6 26
	fld	fs0,0(s7)
.LVL2:
	j	.L2
.LVL3:
.L16:
.LBE17:
.LBE25:
.LBB26:
.LBB23:
	.loc 1 14 35
	flw	fa4,0(s3)
.L5:
.LVL4:
.LBB21:
	.loc 1 15 23 is_stmt 1
.LBE21:
	.loc 1 14 35 is_stmt 0
	mv	a5,s4
.LBB22:
	.loc 1 16 41
	flw	fa1,0(s2)
.LVL5:
.L7:
	.loc 1 16 9 is_stmt 1
	.loc 1 16 20 is_stmt 0
	fmul.s	fa5,fa4,fa4
	.loc 1 16 24
	fmul.s	fa5,fa5,fa4
	.loc 1 16 28
	fsub.s	fa5,fa5,fa2
	.loc 1 16 41
	fmul.s	fa3,fa4,fa1
	.loc 1 16 45
	fmul.s	fa3,fa3,fa4
	.loc 1 16 33
	fdiv.s	fa5,fa5,fa3
	.loc 1 16 11
	fsub.s	fa4,fa4,fa5
.LVL6:
	.loc 1 15 30 is_stmt 1
	.loc 1 15 23
	addiw	a5,a5,-1
.LVL7:
	bne	a5,zero,.L7
.LBE22:
	.loc 1 17 5
.LVL8:
.LBE23:
.LBE26:
	.loc 1 26 9
	fcvt.d.s	fa5,fa4
	fmv.x.d	a4,fa5
	fmv.x.d	a2,fs0
	mv	a1,s1
	lla	a0,.LC6
	call	printf@plt
.LVL9:
	.loc 1 27 9
	.loc 1 27 15 is_stmt 0
	fadd.d	fs2,fs2,fs0
.LVL10:
.LBE11:
	.loc 1 23 31 is_stmt 1
	addiw	s0,s0,1
.LVL11:
	.loc 1 23 23
	addiw	s1,s1,7
	li	a5,11
	beq	s0,a5,.L18
.LVL12:
.L8:
.LBB29:
	.loc 1 24 9 discriminator 3
	.loc 1 24 20 is_stmt 0 discriminator 3
	fcvt.d.w	fa4,s0
	fmul.d	fa4,fa4,fs4
.LVL13:
.LBB27:
.LBB18:
	.loc 1 6 5 is_stmt 1 discriminator 3
	.loc 1 6 26 is_stmt 0 discriminator 3
	fgt.d	a5,fa4,fs3
	fmv.d	fs0,fa4
	beq	a5,zero,.L19
.L2:
.LVL14:
.LBB15:
	.loc 1 7 23 is_stmt 1
.LBE15:
	.loc 1 6 26 is_stmt 0
	mv	a5,s6
.LVL15:
.L4:
.LBB16:
	.loc 1 8 9 is_stmt 1
	.loc 1 8 26 is_stmt 0
	fdiv.d	fa5,fa4,fs0
	.loc 1 8 22
	fadd.d	fa5,fa5,fs0
	.loc 1 8 11
	fmul.d	fs0,fa5,fs1
.LVL16:
	.loc 1 7 30 is_stmt 1
	.loc 1 7 23
	addiw	a5,a5,-1
.LVL17:
	bne	a5,zero,.L4
.LBE16:
	.loc 1 9 5
.LVL18:
.LBE18:
.LBE27:
	.loc 1 25 9
	.loc 1 25 41 is_stmt 0
	mulw	a5,s0,s0
	.loc 1 25 45
	mulw	a5,a5,s0
	sext.w	a3,a5
	.loc 1 25 31
	fcvt.s.w	fa2,a5
	.loc 1 25 19
	flw	fa5,0(s5)
	fadd.s	fa2,fa2,fa5
.LVL19:
.LBB28:
.LBB24:
	.loc 1 14 5 is_stmt 1
	.loc 1 14 35 is_stmt 0
	flw	fa5,0(s3)
	fgt.s	a5,fa2,fa5
	beq	a5,zero,.L16
	flw	fa4,0(s2)
	fdiv.s	fa4,fa2,fa4
	j	.L5
.LVL20:
.L18:
.LBE24:
.LBE28:
.LBE29:
.LBE31:
	.loc 1 29 5 is_stmt 1
	.loc 1 29 32 is_stmt 0
	fld	fa5,.LC7,a5
	fmul.d	fa5,fs2,fa5
	.loc 1 29 10
	fcvt.l.d s0,fa5,rtz
.LVL21:
	.loc 1 30 5 is_stmt 1
	mv	a2,s0
	fmv.x.d	a1,fs2
	lla	a0,.LC8
	call	printf@plt
.LVL22:
	.loc 1 31 5
	.loc 1 32 1 is_stmt 0
	li	a0,100
	rem	a0,s0,a0
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
.LVL23:
	ld	s1,104(sp)
	.cfi_restore 9
	ld	s2,96(sp)
	.cfi_restore 18
	ld	s3,88(sp)
	.cfi_restore 19
	ld	s4,80(sp)
	.cfi_restore 20
	ld	s5,72(sp)
	.cfi_restore 21
	ld	s6,64(sp)
	.cfi_restore 22
	ld	s7,56(sp)
	.cfi_restore 23
	fld	fs0,40(sp)
	.cfi_restore 40
.LVL24:
	fld	fs1,32(sp)
	.cfi_restore 41
	fld	fs2,24(sp)
	.cfi_restore 50
.LVL25:
	fld	fs3,16(sp)
	.cfi_restore 51
	fld	fs4,8(sp)
	.cfi_restore 52
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	0
	.word	1072693248
	.section	.rodata.cst4,"aM",@progbits,4
	.align	2
.LC1:
	.word	1065353216
	.section	.rodata.cst8
	.align	3
.LC2:
	.word	0
	.word	1075576832
	.align	3
.LC3:
	.word	0
	.word	1071644672
	.section	.rodata.cst4
	.align	2
.LC4:
	.word	1056964608
	.align	2
.LC5:
	.word	1077936128
	.section	.rodata.cst8
	.align	3
.LC7:
	.word	0
	.word	1083129856
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x243
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xe
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x1
	.byte	0x8
	.byte	0x4
	.4byte	.LASF2
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF3
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF4
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF5
	.byte	0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF6
	.byte	0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF7
	.byte	0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF8
	.byte	0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF10
	.byte	0x10
	.4byte	0x6d
	.byte	0x11
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x66
	.4byte	0x91
	.byte	0x12
	.4byte	0x91
	.byte	0x13
	.byte	0
	.byte	0x14
	.byte	0x8
	.4byte	0x74
	.byte	0x15
	.4byte	.LASF16
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x66
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x1e5
	.byte	0x7
	.4byte	.LASF11
	.byte	0x16
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST0
	.byte	0x7
	.4byte	.LASF12
	.byte	0x1d
	.byte	0xa
	.4byte	0x35
	.4byte	.LLST1
	.byte	0x16
	.4byte	.LLRL2
	.4byte	0x1bc
	.byte	0x5
	.string	"k"
	.byte	0x17
	.byte	0xe
	.4byte	0x66
	.4byte	.LLST3
	.byte	0x6
	.4byte	.LLRL4
	.byte	0x5
	.string	"s"
	.byte	0x18
	.byte	0x10
	.4byte	0x2e
	.4byte	.LLST5
	.byte	0x5
	.string	"c"
	.byte	0x19
	.byte	0xf
	.4byte	0x1e5
	.4byte	.LLST6
	.byte	0x8
	.4byte	0x21b
	.8byte	.LBB12
	.4byte	.LLRL7
	.byte	0x18
	.byte	0x14
	.4byte	0x14f
	.byte	0x9
	.4byte	0x228
	.4byte	.LLST8
	.byte	0x6
	.4byte	.LLRL7
	.byte	0x3
	.4byte	0x231
	.4byte	.LLST9
	.byte	0xa
	.4byte	0x23a
	.4byte	.LLRL10
	.byte	0x3
	.4byte	0x23b
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	0x1ec
	.8byte	.LBB19
	.4byte	.LLRL12
	.byte	0x19
	.byte	0x13
	.4byte	0x192
	.byte	0x9
	.4byte	0x1fd
	.4byte	.LLST13
	.byte	0x6
	.4byte	.LLRL12
	.byte	0x3
	.4byte	0x206
	.4byte	.LLST14
	.byte	0xa
	.4byte	0x20f
	.4byte	.LLRL15
	.byte	0x3
	.4byte	0x210
	.4byte	.LLST16
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL9
	.4byte	0x79
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa5
	.byte	0x28
	.byte	0x2e
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL22
	.4byte	0x79
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa5
	.byte	0x32
	.byte	0x2e
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1
	.byte	0x4
	.byte	0x4
	.4byte	.LASF13
	.byte	0x17
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0x1e5
	.byte	0x1
	.4byte	0x21b
	.byte	0xc
	.string	"a"
	.byte	0xc
	.byte	0x20
	.4byte	0x1e5
	.byte	0x4
	.string	"x"
	.byte	0xe
	.byte	0xb
	.4byte	0x1e5
	.byte	0xd
	.byte	0x4
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x66
	.byte	0
	.byte	0
	.byte	0x18
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x2e
	.byte	0x1
	.byte	0xc
	.string	"a"
	.byte	0x4
	.byte	0x22
	.4byte	0x2e
	.byte	0x4
	.string	"x"
	.byte	0x6
	.byte	0xc
	.4byte	0x2e
	.byte	0xd
	.byte	0x4
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x66
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
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
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
	.byte	0xb
	.byte	0x1
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
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
	.byte	0x16
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x20
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
.LLST0:
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
	.8byte	.LVL25
	.byte	0x2
	.byte	0x90
	.byte	0x32
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0x14
	.byte	0xa5
	.byte	0x32
	.byte	0x2e
	.byte	0xa4
	.byte	0x2e
	.byte	0x8
	.4byte	0
	.4byte	0x408f4000
	.byte	0x1e
	.byte	0xa8
	.byte	0x35
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL11
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL20
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL12
	.byte	0x2
	.byte	0x90
	.byte	0x28
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL24
	.byte	0x2
	.byte	0x90
	.byte	0x28
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9-1
	.byte	0x2
	.byte	0x90
	.byte	0x2e
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x90
	.byte	0x28
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x2
	.byte	0x90
	.byte	0x2e
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL18
	.byte	0x2
	.byte	0x90
	.byte	0x2e
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL18
	.byte	0x2
	.byte	0x90
	.byte	0x28
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x6
	.byte	0x8
	.byte	0x28
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x6
	.byte	0x8
	.byte	0x29
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL8
	.byte	0x2
	.byte	0x90
	.byte	0x2c
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2
	.byte	0x90
	.byte	0x2c
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL8
	.byte	0x2
	.byte	0x90
	.byte	0x2e
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x6
	.byte	0x8
	.byte	0x3c
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x6
	.byte	0x8
	.byte	0x3d
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
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
.LLRL2:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"short unsigned int"
.LASF7:
	.string	"unsigned int"
.LASF16:
	.string	"main"
.LASF4:
	.string	"long unsigned int"
.LASF10:
	.string	"char"
.LASF5:
	.string	"unsigned char"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF17:
	.string	"cbrt_newton"
.LASF3:
	.string	"long int"
.LASF18:
	.string	"sqrt_newton"
.LASF2:
	.string	"double"
.LASF15:
	.string	"printf"
.LASF11:
	.string	"total"
.LASF12:
	.string	"as_int"
.LASF13:
	.string	"float"
.LASF9:
	.string	"short int"
.LASF8:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/float_newton.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
