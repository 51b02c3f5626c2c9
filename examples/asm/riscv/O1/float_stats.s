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
.LFB11:
	.file 1 "programs/float_stats.c"
	.loc 1 5 1
	.cfi_startproc
.LVL0:
	.loc 1 6 5
	.loc 1 7 5
.LBB2:
	.loc 1 7 10
	.loc 1 7 23
	ble	a1,zero,.L4
	mv	a5,a0
	slli	a4,a1,3
	add	a0,a0,a4
.LVL1:
.LBE2:
	.loc 1 6 12 is_stmt 0
	fmv.d.x	fa5,zero
.LVL2:
.L3:
.LBB3:
	.loc 1 8 9 is_stmt 1 discriminator 3
	.loc 1 8 11 is_stmt 0 discriminator 3
	fld	fa4,0(a5)
	fadd.d	fa5,fa5,fa4
.LVL3:
	.loc 1 7 29 is_stmt 1 discriminator 3
	.loc 1 7 23 discriminator 3
	addi	a5,a5,8
.LVL4:
	bne	a5,a0,.L3
.LVL5:
.L2:
.LBE3:
	.loc 1 9 5
	.loc 1 9 14 is_stmt 0
	fcvt.d.w	fa0,a1
	.loc 1 10 1
	fdiv.d	fa0,fa5,fa0
	ret
.LVL6:
.L4:
	.loc 1 6 12
	fmv.d.x	fa5,zero
	j	.L2
	.cfi_endproc
.LFE11:
	.size	mean, .-mean
	.align	1
	.type	variance, @function
variance:
.LFB12:
	.loc 1 13 1 is_stmt 1
	.cfi_startproc
.LVL7:
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	mv	s0,a0
	mv	s1,a1
	.loc 1 14 5
	.loc 1 14 16 is_stmt 0
	call	mean
.LVL8:
	.loc 1 15 5 is_stmt 1
.LBB4:
	.loc 1 15 10
	.loc 1 15 23
	ble	s1,zero,.L9
	mv	a5,s0
	slli	a4,s1,3
	add	a0,s0,a4
.LBE4:
	.loc 1 14 28 is_stmt 0
	fmv.d.x	fa4,zero
.LVL9:
.L8:
.LBB5:
	.loc 1 16 9 is_stmt 1 discriminator 3
	.loc 1 16 20 is_stmt 0 discriminator 3
	fld	fa5,0(a5)
	fsub.d	fa5,fa5,fa0
	.loc 1 16 25 discriminator 3
	fmul.d	fa5,fa5,fa5
	.loc 1 16 11 discriminator 3
	fadd.d	fa4,fa4,fa5
.LVL10:
	.loc 1 15 29 is_stmt 1 discriminator 3
	.loc 1 15 23 discriminator 3
	addi	a5,a5,8
.LVL11:
	bne	a5,a0,.L8
.LVL12:
.L7:
.LBE5:
	.loc 1 17 5
	.loc 1 17 19 is_stmt 0
	addiw	s1,s1,-1
	.loc 1 17 14
	fcvt.d.w	fa0,s1
.LVL13:
	.loc 1 18 1
	fdiv.d	fa0,fa4,fa0
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
.LVL14:
	ld	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL15:
.L9:
	.cfi_restore_state
	.loc 1 14 28
	fmv.d.x	fa4,zero
	j	.L7
	.cfi_endproc
.LFE12:
	.size	variance, .-variance
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LFB13:
	.loc 1 21 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-256
	.cfi_def_cfa_offset 256
	sd	ra,248(sp)
	sd	s0,240(sp)
	sd	s1,232(sp)
	fsd	fs0,216(sp)
	fsd	fs1,208(sp)
	fsd	fs2,200(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 40, -40
	.cfi_offset 41, -48
	.cfi_offset 50, -56
	.loc 1 22 5
	.loc 1 23 5
.LBB6:
	.loc 1 23 10
.LVL16:
	.loc 1 23 23
	addi	s0,sp,96
	mv	s1,sp
.LBE6:
	.loc 1 21 1 is_stmt 0
	mv	a2,s1
	mv	a3,s0
.LBB7:
	.loc 1 23 14
	li	a5,0
	.loc 1 24 18
	fld	fa0,.LC0,a4
	.loc 1 25 39
	li	a0,3
	.loc 1 25 49
	fld	fa1,.LC1,a4
	.loc 1 25 20
	fld	fa2,.LC2,a4
	.loc 1 25 27
	fld	fa3,.LC3,a4
	.loc 1 23 23
	li	a1,12
.LVL17:
.L13:
	.loc 1 24 9 is_stmt 1 discriminator 3
	.loc 1 24 18 is_stmt 0 discriminator 3
	fcvt.d.w	fa5,a5
	fmul.d	fa5,fa5,fa0
	.loc 1 24 14 discriminator 3
	fsd	fa5,0(a3)
	.loc 1 25 9 is_stmt 1 discriminator 3
	.loc 1 25 39 is_stmt 0 discriminator 3
	remw	a4,a5,a0
	.loc 1 25 44 discriminator 3
	addiw	a4,a4,-1
	.loc 1 25 49 discriminator 3
	fcvt.d.w	fa4,a4
	fmul.d	fa4,fa4,fa1
	.loc 1 25 20 discriminator 3
	fmul.d	fa5,fa5,fa2
	.loc 1 25 27 discriminator 3
	fsub.d	fa5,fa5,fa3
	.loc 1 25 33 discriminator 3
	fadd.d	fa5,fa4,fa5
	.loc 1 25 14 discriminator 3
	fsd	fa5,0(a2)
	.loc 1 23 30 is_stmt 1 discriminator 3
	addiw	a5,a5,1
.LVL18:
	.loc 1 23 23 discriminator 3
	addi	a3,a3,8
	addi	a2,a2,8
	bne	a5,a1,.L13
.LBE7:
	.loc 1 27 5
	.loc 1 27 17 is_stmt 0
	li	a1,12
	addi	a0,sp,96
	call	mean
.LVL19:
	fmv.d	fs1,fa0
.LVL20:
	.loc 1 27 35
	li	a1,12
	mv	a0,sp
	call	mean
.LVL21:
	.loc 1 28 5 is_stmt 1
	.loc 1 29 5
.LBB8:
	.loc 1 29 10
	.loc 1 29 23
	addi	a5,s0,96
.LBE8:
	.loc 1 28 21 is_stmt 0
	fmv.d.x	fa2,zero
	.loc 1 28 12
	fmv.d	fa3,fa2
.LVL22:
.L14:
.LBB9:
	.loc 1 30 9 is_stmt 1 discriminator 3
	.loc 1 30 22 is_stmt 0 discriminator 3
	fld	fa5,0(s0)
	fsub.d	fa5,fa5,fs1
	.loc 1 30 36 discriminator 3
	fld	fa4,0(s1)
	fsub.d	fa4,fa4,fa0
	.loc 1 30 28 discriminator 3
	fmul.d	fa4,fa4,fa5
	.loc 1 30 13 discriminator 3
	fadd.d	fa3,fa3,fa4
.LVL23:
	.loc 1 31 9 is_stmt 1 discriminator 3
	.loc 1 31 28 is_stmt 0 discriminator 3
	fmul.d	fa5,fa5,fa5
	.loc 1 31 13 discriminator 3
	fadd.d	fa2,fa2,fa5
.LVL24:
	.loc 1 29 30 is_stmt 1 discriminator 3
	.loc 1 29 23 discriminator 3
	addi	s0,s0,8
.LVL25:
	addi	s1,s1,8
	bne	s0,a5,.L14
.LBE9:
	.loc 1 33 5
	.loc 1 33 12 is_stmt 0
	fdiv.d	fs0,fa3,fa2
.LVL26:
	.loc 1 33 54
	fmul.d	fa5,fs1,fs0
	.loc 1 33 31
	fsub.d	fs2,fa0,fa5
.LVL27:
	.loc 1 34 5 is_stmt 1
	fmv.x.d	a2,fa0
	fmv.x.d	a1,fs1
	lla	a0,.LC4
	call	printf@plt
.LVL28:
	.loc 1 35 5
	li	a1,12
	addi	a0,sp,96
	call	variance
.LVL29:
	fmv.d	fs1,fa0
.LVL30:
	li	a1,12
	mv	a0,sp
	call	variance
.LVL31:
	fmv.x.d	a2,fa0
	fmv.x.d	a1,fs1
	lla	a0,.LC5
	call	printf@plt
.LVL32:
	.loc 1 36 5
	fmv.x.d	a2,fs2
	fmv.x.d	a1,fs0
	lla	a0,.LC6
	call	printf@plt
.LVL33:
	.loc 1 37 5
	.loc 1 37 31 is_stmt 0
	fld	fa5,.LC7,a5
	fmul.d	fa3,fs0,fa5
	.loc 1 37 37
	fld	fa5,.LC0,a5
	fadd.d	fa3,fa3,fa5
	.loc 1 37 9
	fcvt.w.d s0,fa3,rtz
.LVL34:
	.loc 1 38 5 is_stmt 1
	sext.w	a1,s0
	lla	a0,.LC8
	call	printf@plt
.LVL35:
	.loc 1 39 5
	.loc 1 39 20 is_stmt 0
	sraiw	a0,s0,31
	srliw	a0,a0,25
	addw	s0,s0,a0
.LVL36:
	andi	s0,s0,127
	.loc 1 40 1
	subw	a0,s0,a0
	ld	ra,248(sp)
	.cfi_restore 1
	ld	s0,240(sp)
	.cfi_restore 8
	ld	s1,232(sp)
	.cfi_restore 9
	fld	fs0,216(sp)
	.cfi_restore 40
.LVL37:
	fld	fs1,208(sp)
	.cfi_restore 41
	fld	fs2,200(sp)
	.cfi_restore 50
.LVL38:
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
	.word	1071644672
	.align	3
.LC1:
	.word	0
	.word	1070596096
	.align	3
.LC2:
	.word	0
	.word	1074266112
	.align	3
.LC3:
	.word	0
	.word	1073741824
	.align	3
.LC7:
	.word	0
	.word	1079574528
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x36c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x3
	.byte	0x8
	.byte	0x4
	.4byte	.LASF2
	.byte	0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF3
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF4
	.byte	0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF5
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF6
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF7
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF8
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF9
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF10
	.byte	0x8
	.4byte	0x6d
	.byte	0xe
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0x91
	.byte	0xf
	.4byte	0x91
	.byte	0x10
	.byte	0
	.byte	0x9
	.4byte	0x74
	.byte	0x11
	.4byte	.LASF16
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x275
	.byte	0xa
	.string	"x"
	.byte	0xc
	.4byte	0x275
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0xa
	.string	"y"
	.byte	0x13
	.4byte	0x275
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7e
	.byte	0x2
	.string	"mx"
	.byte	0x1b
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST10
	.byte	0x2
	.string	"my"
	.byte	0x1b
	.byte	0x1e
	.4byte	0x2e
	.4byte	.LLST11
	.byte	0x2
	.string	"sxy"
	.byte	0x1c
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST12
	.byte	0x2
	.string	"sxx"
	.byte	0x1c
	.byte	0x15
	.4byte	0x2e
	.4byte	.LLST13
	.byte	0x5
	.4byte	.LASF11
	.byte	0x21
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST14
	.byte	0x5
	.4byte	.LASF12
	.byte	0x21
	.byte	0x1f
	.4byte	0x2e
	.4byte	.LLST15
	.byte	0x5
	.4byte	.LASF13
	.byte	0x25
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST16
	.byte	0x6
	.4byte	.LLRL17
	.4byte	0x14e
	.byte	0x2
	.string	"i"
	.byte	0x17
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST18
	.byte	0
	.byte	0x6
	.4byte	.LLRL19
	.4byte	0x165
	.byte	0x2
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST20
	.byte	0
	.byte	0x4
	.8byte	.LVL19
	.4byte	0x317
	.4byte	0x182
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3c
	.byte	0
	.byte	0x4
	.8byte	.LVL21
	.4byte	0x317
	.4byte	0x19f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3c
	.byte	0
	.byte	0x4
	.8byte	.LVL28
	.4byte	0x79
	.4byte	0x1c5
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa5
	.byte	0x29
	.byte	0x2e
	.byte	0
	.byte	0x4
	.8byte	.LVL29
	.4byte	0x28a
	.4byte	0x1e3
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3c
	.byte	0
	.byte	0x4
	.8byte	.LVL31
	.4byte	0x28a
	.4byte	0x200
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3c
	.byte	0
	.byte	0x4
	.8byte	.LVL32
	.4byte	0x79
	.4byte	0x226
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa5
	.byte	0x29
	.byte	0x2e
	.byte	0
	.byte	0x4
	.8byte	.LVL33
	.4byte	0x79
	.4byte	0x253
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa5
	.byte	0x28
	.byte	0x2e
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa5
	.byte	0x32
	.byte	0x2e
	.byte	0
	.byte	0xb
	.8byte	.LVL35
	.4byte	0x79
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
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	0x2e
	.4byte	0x285
	.byte	0x13
	.4byte	0x3c
	.byte	0xb
	.byte	0
	.byte	0x8
	.4byte	0x2e
	.byte	0x14
	.4byte	.LASF17
	.byte	0x1
	.byte	0xc
	.byte	0xf
	.4byte	0x2e
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x312
	.byte	0x7
	.string	"v"
	.byte	0xc
	.byte	0x26
	.4byte	0x312
	.4byte	.LLST4
	.byte	0x7
	.string	"n"
	.byte	0xc
	.byte	0x2d
	.4byte	0x35
	.4byte	.LLST5
	.byte	0x2
	.string	"m"
	.byte	0xe
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST6
	.byte	0x2
	.string	"s"
	.byte	0xe
	.byte	0x1c
	.4byte	0x2e
	.4byte	.LLST7
	.byte	0x6
	.4byte	.LLRL8
	.4byte	0x2f7
	.byte	0x2
	.string	"i"
	.byte	0xf
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST9
	.byte	0
	.byte	0xb
	.8byte	.LVL8
	.4byte	0x317
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x285
	.byte	0x15
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.byte	0xf
	.4byte	0x2e
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x7
	.string	"v"
	.byte	0x4
	.byte	0x22
	.4byte	0x312
	.4byte	.LLST0
	.byte	0x16
	.string	"n"
	.byte	0x1
	.byte	0x4
	.byte	0x29
	.4byte	0x35
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.string	"s"
	.byte	0x6
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST1
	.byte	0x17
	.4byte	.LLRL2
	.byte	0x2
	.string	"i"
	.byte	0x7
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST3
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
	.byte	0x5
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
	.byte	0x6
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x2
	.byte	0x17
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
	.byte	0xd
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
	.byte	0x18
	.byte	0
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
	.byte	0x12
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0x16
	.byte	0x5
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
.LLST10:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL30
	.byte	0x2
	.byte	0x90
	.byte	0x29
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL28-1
	.byte	0x2
	.byte	0x90
	.byte	0x2a
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL28-1
	.byte	0x2
	.byte	0x90
	.byte	0x2d
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL28-1
	.byte	0x2
	.byte	0x90
	.byte	0x2c
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL37
	.byte	0x2
	.byte	0x90
	.byte	0x28
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL38
	.byte	0x2
	.byte	0x90
	.byte	0x32
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL36
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x20
	.byte	0xa5
	.byte	0x28
	.byte	0x2e
	.byte	0xa4
	.byte	0x2e
	.byte	0x8
	.4byte	0
	.4byte	0x40590000
	.byte	0x1e
	.byte	0xa4
	.byte	0x2e
	.byte	0x8
	.4byte	0
	.4byte	0x3fe00000
	.byte	0x22
	.byte	0xa8
	.byte	0x35
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL24
	.byte	0xb
	.byte	0x78
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
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL34
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8-1
	.8byte	.LVL14
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE12
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL8-1
	.8byte	.LFE12
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL13
	.byte	0x2
	.byte	0x90
	.byte	0x2a
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE12
	.byte	0x2
	.byte	0x90
	.byte	0x2a
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL12
	.byte	0x2
	.byte	0x90
	.byte	0x2e
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE12
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0xc
	.byte	0x7f
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE12
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE11
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL5
	.byte	0x2
	.byte	0x90
	.byte	0x2f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE11
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.4byte	0
	.4byte	0
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x9
	.byte	0x7f
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE11
	.byte	0x2
	.byte	0x30
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
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0
.LLRL19:
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
.LASF6:
	.string	"unsigned int"
.LASF18:
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
.LASF16:
	.string	"main"
.LASF13:
	.string	"rounded"
.LASF17:
	.string	"variance"
.LASF9:
	.string	"long int"
.LASF2:
	.string	"double"
.LASF5:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
