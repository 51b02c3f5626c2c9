	.file	"struct_points.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/struct_points.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%s: (%d,%d)-(%d,%d) area %ld\n"
	.align	3
.LC2:
	.string	"%s overlaps %s\n"
	.align	3
.LC3:
	.string	"total (%d,%d) areas %ld pairs %d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.file 1 "programs/struct_points.c"
	.loc 1 29 1
	.cfi_startproc
	addi	sp,sp,-192
	.cfi_def_cfa_offset 192
	sd	ra,184(sp)
	sd	s0,176(sp)
	sd	s1,168(sp)
	sd	s2,160(sp)
	sd	s3,152(sp)
	sd	s4,144(sp)
	sd	s5,136(sp)
	sd	s6,128(sp)
	sd	s7,120(sp)
	sd	s8,112(sp)
	sd	s9,104(sp)
	sd	s10,96(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.loc 1 30 5
	.loc 1 30 17 is_stmt 0
	lla	a5,.LANCHOR0
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
	sd	t5,0(sp)
	sd	t4,8(sp)
	sd	t3,16(sp)
	sd	t1,24(sp)
	sd	a7,32(sp)
	sd	a6,40(sp)
	sd	a0,48(sp)
	sd	a1,56(sp)
	sd	a2,64(sp)
	sd	a3,72(sp)
	sd	a4,80(sp)
	sd	a5,88(sp)
	.loc 1 36 5 is_stmt 1
.LVL0:
	.loc 1 37 5
	.loc 1 38 5
.LBB13:
	.loc 1 38 10
	.loc 1 38 23
	addi	s3,sp,16
.LBE13:
	.loc 1 30 17 is_stmt 0
	mv	s0,s3
	.loc 1 36 18
	li	s4,0
	li	s5,0
.LBB20:
	.loc 1 38 14
	li	s1,0
.LBE20:
	.loc 1 37 10
	li	s6,0
.LBB21:
	.loc 1 42 9
	lla	s7,.LC1
	.loc 1 38 23
	li	s2,4
.LVL1:
.L2:
	.loc 1 39 9 is_stmt 1 discriminator 3
.LBB14:
.LBB15:
	.loc 1 17 5 discriminator 3
	.loc 1 17 13 is_stmt 0 discriminator 3
	lw	a2,-16(s0)
	subw	a2,a2,s1
	sw	a2,-16(s0)
	.loc 1 18 5 is_stmt 1 discriminator 3
	.loc 1 18 13 is_stmt 0 discriminator 3
	lw	a3,-12(s0)
	subw	a3,a3,s1
	sw	a3,-12(s0)
	.loc 1 19 5 is_stmt 1 discriminator 3
	.loc 1 19 13 is_stmt 0 discriminator 3
	lw	a4,-8(s0)
	addw	a4,a4,s1
	sw	a4,-8(s0)
	.loc 1 20 5 is_stmt 1 discriminator 3
	.loc 1 20 13 is_stmt 0 discriminator 3
	lw	a5,-4(s0)
	addw	a5,a5,s1
	sw	a5,-4(s0)
.LVL2:
.LBE15:
.LBE14:
	.loc 1 40 9 is_stmt 1 discriminator 3
.LBB16:
.LBB17:
	.loc 1 9 5 discriminator 3
	.loc 1 9 28 is_stmt 0 discriminator 3
	addw	s4,a4,s4
.LVL3:
	.loc 1 9 39 discriminator 3
	addw	s5,a5,s5
.LVL4:
	.loc 1 10 5 is_stmt 1 discriminator 3
.LBE17:
.LBE16:
	.loc 1 41 9 discriminator 3
.LBB18:
.LBB19:
	.loc 1 13 42 discriminator 3
	.loc 1 13 49 is_stmt 0 discriminator 3
	subw	a6,a4,a2
	.loc 1 13 86 discriminator 3
	subw	a1,a5,a3
	.loc 1 13 75 discriminator 3
	mul	a6,a6,a1
.LVL5:
.LBE19:
.LBE18:
	.loc 1 41 15 discriminator 3
	add	s6,s6,a6
.LVL6:
	.loc 1 42 9 is_stmt 1 discriminator 3
	sext.w	a5,a5
	sext.w	a4,a4
	sext.w	a3,a3
	sext.w	a2,a2
	mv	a1,s0
	mv	a0,s7
	call	printf@plt
.LVL7:
	.loc 1 38 29 discriminator 3
	addiw	s1,s1,1
.LVL8:
	.loc 1 38 23 discriminator 3
	addi	s0,s0,24
	bne	s1,s2,.L2
.LBE21:
.LBB22:
	.loc 1 45 14 is_stmt 0
	li	s8,0
.LBE22:
	.loc 1 44 9
	li	s9,0
.LBB27:
.LBB23:
	.loc 1 46 31
	li	s7,4
	.loc 1 48 17
	lla	s10,.LC2
.L7:
.LVL9:
.LBE23:
	.loc 1 46 9 is_stmt 1
.LBB26:
	.loc 1 46 14
	.loc 1 46 18 is_stmt 0
	addiw	s8,s8,1
.LVL10:
	.loc 1 46 31 is_stmt 1
	beq	s8,s7,.L3
	.loc 1 48 49 is_stmt 0
	mv	s1,s3
	addi	s3,s3,24
	mv	s0,s3
	.loc 1 46 18
	mv	s2,s8
	j	.L6
.LVL11:
.L11:
	.loc 1 47 16
	ble	a6,a0,.L5
	.loc 1 48 17 is_stmt 1
	mv	a1,s1
	mv	a0,s10
	call	printf@plt
.LVL12:
	.loc 1 49 17
	.loc 1 49 22 is_stmt 0
	addiw	s9,s9,1
.LVL13:
.L5:
	.loc 1 46 37 is_stmt 1 discriminator 2
	addiw	s2,s2,1
.LVL14:
	.loc 1 46 31 discriminator 2
	addi	s0,s0,24
	beq	s2,s7,.L7
.LVL15:
.L6:
	.loc 1 47 13
	lw	t1,-12(s1)
.LVL16:
	lw	a3,-8(s1)
.LVL17:
	lw	a6,-4(s1)
.LVL18:
	mv	a2,s0
	lw	a1,-16(s0)
.LVL19:
	lw	a0,-12(s0)
.LVL20:
	lw	a7,-4(s0)
.LVL21:
.LBB24:
.LBB25:
	.loc 1 25 5
	.loc 1 25 66 is_stmt 0
	lw	a4,-16(s1)
	lw	a5,-8(s0)
	bge	a4,a5,.L5
	.loc 1 25 28
	bge	a1,a3,.L5
	.loc 1 25 47
	bge	t1,a7,.L5
	j	.L11
.LVL22:
.L3:
.LBE25:
.LBE24:
.LBE26:
.LBE27:
	.loc 1 51 5 is_stmt 1
	mv	a4,s9
	mv	a3,s6
	mv	a2,s5
	mv	a1,s4
	lla	a0,.LC3
	call	printf@plt
.LVL23:
	.loc 1 52 5
	.loc 1 53 1 is_stmt 0
	mv	a0,s9
	ld	ra,184(sp)
	.cfi_restore 1
	ld	s0,176(sp)
	.cfi_restore 8
	ld	s1,168(sp)
	.cfi_restore 9
	ld	s2,160(sp)
	.cfi_restore 18
	ld	s3,152(sp)
	.cfi_restore 19
	ld	s4,144(sp)
	.cfi_restore 20
	ld	s5,136(sp)
	.cfi_restore 21
	ld	s6,128(sp)
	.cfi_restore 22
.LVL24:
	ld	s7,120(sp)
	.cfi_restore 23
	ld	s8,112(sp)
	.cfi_restore 24
	ld	s9,104(sp)
	.cfi_restore 25
.LVL25:
	ld	s10,96(sp)
	.cfi_restore 26
	addi	sp,sp,192
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
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
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x346
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x11
	.4byte	.LASF19
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
	.byte	0x12
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
	.byte	0xb
	.4byte	0x66
	.byte	0xc
	.4byte	.LASF10
	.byte	0x8
	.byte	0x4
	.4byte	0x92
	.byte	0x5
	.string	"x"
	.byte	0x4
	.byte	0x14
	.4byte	0x58
	.byte	0
	.byte	0x5
	.string	"y"
	.byte	0x4
	.byte	0x17
	.4byte	0x58
	.byte	0x4
	.byte	0
	.byte	0xc
	.4byte	.LASF11
	.byte	0x18
	.byte	0x5
	.4byte	0xc1
	.byte	0x5
	.string	"lo"
	.byte	0x5
	.byte	0x1c
	.4byte	0x72
	.byte	0
	.byte	0x5
	.string	"hi"
	.byte	0x5
	.byte	0x20
	.4byte	0x72
	.byte	0x8
	.byte	0x13
	.4byte	.LASF12
	.byte	0x1
	.byte	0x5
	.byte	0x29
	.4byte	0xc6
	.byte	0x10
	.byte	0
	.byte	0xb
	.4byte	0x92
	.byte	0xd
	.4byte	0x66
	.4byte	0xd6
	.byte	0xe
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0x14
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xee
	.byte	0x15
	.4byte	0xee
	.byte	0x16
	.byte	0
	.byte	0x7
	.4byte	0x6d
	.byte	0x17
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x2aa
	.byte	0x18
	.string	"rs"
	.byte	0x1
	.byte	0x1e
	.byte	0x11
	.4byte	0x2aa
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x8
	.4byte	.LASF13
	.byte	0x24
	.byte	0x12
	.4byte	0x72
	.4byte	.LLST0
	.byte	0x8
	.4byte	.LASF14
	.byte	0x25
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST1
	.byte	0x8
	.4byte	.LASF15
	.byte	0x2c
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST2
	.byte	0xf
	.4byte	.LLRL3
	.4byte	0x204
	.byte	0x9
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST4
	.byte	0x6
	.4byte	0x2dc
	.8byte	.LBB14
	.8byte	.LBE14-.LBB14
	.byte	0x27
	.byte	0x9
	.4byte	0x195
	.byte	0x4
	.4byte	0x2f2
	.4byte	.LLST5
	.byte	0x4
	.4byte	0x2e9
	.4byte	.LLST6
	.byte	0
	.byte	0x6
	.4byte	0x31f
	.8byte	.LBB16
	.8byte	.LBE16-.LBB16
	.byte	0x28
	.byte	0x11
	.4byte	0x1c4
	.byte	0x4
	.4byte	0x335
	.4byte	.LLST7
	.byte	0x19
	.4byte	0x32c
	.byte	0x1a
	.4byte	0x33e
	.byte	0
	.byte	0x6
	.4byte	0x301
	.8byte	.LBB18
	.8byte	.LBE18-.LBB18
	.byte	0x29
	.byte	0x12
	.4byte	0x1e9
	.byte	0x4
	.4byte	0x310
	.4byte	.LLST8
	.byte	0
	.byte	0xa
	.8byte	.LVL7
	.4byte	0xd6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LLRL9
	.4byte	0x276
	.byte	0x9
	.string	"i"
	.byte	0x2d
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST10
	.byte	0x1b
	.4byte	.LLRL11
	.byte	0x9
	.string	"j"
	.byte	0x2e
	.byte	0x12
	.4byte	0x58
	.4byte	.LLST12
	.byte	0x6
	.4byte	0x2ba
	.8byte	.LBB24
	.8byte	.LBE24-.LBB24
	.byte	0x2f
	.byte	0x11
	.4byte	0x25a
	.byte	0x4
	.4byte	0x2d2
	.4byte	.LLST13
	.byte	0x4
	.4byte	0x2c9
	.4byte	.LLST14
	.byte	0
	.byte	0xa
	.8byte	.LVL12
	.4byte	0xd6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL23
	.4byte	0xd6
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
	.byte	0x84
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.4byte	0x92
	.4byte	0x2ba
	.byte	0xe
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.byte	0x10
	.4byte	.LASF16
	.byte	0x17
	.byte	0xc
	.4byte	0x58
	.4byte	0x2dc
	.byte	0x3
	.string	"a"
	.byte	0x17
	.byte	0x21
	.4byte	0x92
	.byte	0x3
	.string	"b"
	.byte	0x17
	.byte	0x30
	.4byte	0x92
	.byte	0
	.byte	0x1c
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x2fc
	.byte	0x3
	.string	"r"
	.byte	0xf
	.byte	0x1f
	.4byte	0x2fc
	.byte	0x3
	.string	"d"
	.byte	0xf
	.byte	0x26
	.4byte	0x58
	.byte	0
	.byte	0x7
	.4byte	0x92
	.byte	0x10
	.4byte	.LASF17
	.byte	0xd
	.byte	0xd
	.4byte	0x5f
	.4byte	0x31a
	.byte	0x3
	.string	"r"
	.byte	0xd
	.byte	0x25
	.4byte	0x31a
	.byte	0
	.byte	0x7
	.4byte	0xc1
	.byte	0x1d
	.string	"add"
	.byte	0x1
	.byte	0x7
	.byte	0x15
	.4byte	0x72
	.byte	0x1
	.byte	0x3
	.string	"a"
	.byte	0x7
	.byte	0x26
	.4byte	0x72
	.byte	0x3
	.string	"b"
	.byte	0x7
	.byte	0x36
	.4byte	0x72
	.byte	0x1e
	.string	"r"
	.byte	0x1
	.byte	0x9
	.byte	0x12
	.4byte	0x72
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
	.byte	0x4
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x6
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x9
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
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
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x19
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x20
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1e
	.byte	0x34
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
	.byte	0x8
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x6
	.byte	0x64
	.byte	0x93
	.byte	0x4
	.byte	0x65
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x5
	.byte	0x93
	.byte	0x4
	.byte	0x65
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL24
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL25
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL8
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0xf
	.byte	0x79
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x48
	.byte	0x1e
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x22
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x5
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0xf
	.byte	0x79
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x48
	.byte	0x1e
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x22
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LFE15
	.byte	0x2
	.byte	0x34
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL14
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL22
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x5
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x14
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0xc
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x78
	.byte	0x78
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0xc
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0xf
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x78
	.byte	0x78
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x8
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x6
	.byte	0x79
	.byte	0x70
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x14
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x9
	.byte	0x79
	.byte	0x70
	.byte	0x93
	.byte	0x4
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x10
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0xc
	.byte	0x79
	.byte	0x70
	.byte	0x93
	.byte	0x4
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0xc
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL22
	.byte	0xf
	.byte	0x79
	.byte	0x70
	.byte	0x93
	.byte	0x4
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x60
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x8
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
.LLRL3:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0
.Ldebug_ranges3:
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
