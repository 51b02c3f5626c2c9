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
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.file 1 "programs/struct_points.c"
	.loc 1 29 1
	.cfi_startproc
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
	ld	a4,80(a5)
	ld	a3,72(a5)
	ld	a5,88(a5)
	.loc 1 29 1
	addi	sp,sp,-192
	.cfi_def_cfa_offset 192
	sd	s0,176(sp)
	sd	s1,168(sp)
	sd	s2,160(sp)
	sd	s3,152(sp)
	sd	s4,144(sp)
	sd	s5,136(sp)
	sd	s6,128(sp)
	sd	s7,120(sp)
	sd	ra,184(sp)
	sd	s8,112(sp)
	sd	s9,104(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 1, -8
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	addi	s3,sp,16
	.loc 1 30 17
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
	mv	s0,s3
	sd	a4,80(sp)
	sd	a5,88(sp)
	.loc 1 36 5 is_stmt 1
.LVL0:
	.loc 1 37 5
	.loc 1 38 5
.LBB15:
	.loc 1 38 10
	.loc 1 38 23
.LBE15:
	.loc 1 36 18 is_stmt 0
	li	s6,0
	li	s7,0
.LBB28:
	.loc 1 38 14
	li	s1,0
.LBE28:
	.loc 1 37 10
	li	s5,0
.LBB29:
	.loc 1 42 9
	lla	s4,.LC1
	.loc 1 38 23
	li	s2,4
.LVL1:
.L2:
	.loc 1 39 9 is_stmt 1 discriminator 3
.LBB16:
.LBB17:
	.loc 1 17 5 discriminator 3
	.loc 1 17 13 is_stmt 0 discriminator 3
	lw	t4,-16(s0)
	.loc 1 18 13 discriminator 3
	lw	t3,-12(s0)
	.loc 1 19 13 discriminator 3
	lw	t1,-8(s0)
	.loc 1 20 13 discriminator 3
	lw	a7,-4(s0)
	.loc 1 17 13 discriminator 3
	subw	a2,t4,s1
	.loc 1 19 13 discriminator 3
	addw	a4,t1,s1
	.loc 1 20 13 discriminator 3
	addw	a7,a7,s1
	.loc 1 18 13 discriminator 3
	subw	a3,t3,s1
.LBE17:
.LBE16:
.LBB19:
.LBB20:
	.loc 1 13 86 discriminator 3
	subw	a5,a7,a3
	.loc 1 13 49 discriminator 3
	subw	a6,a4,a2
	.loc 1 13 75 discriminator 3
	mul	a6,a6,a5
.LBE20:
.LBE19:
	.loc 1 42 9 discriminator 3
	mv	a1,s0
	.loc 1 38 29 discriminator 3
	addiw	s1,s1,1
.LVL2:
.LBB22:
.LBB18:
	.loc 1 17 13 discriminator 3
	sw	a2,-16(s0)
	.loc 1 18 5 is_stmt 1 discriminator 3
	.loc 1 18 13 is_stmt 0 discriminator 3
	sw	a3,-12(s0)
	.loc 1 19 5 is_stmt 1 discriminator 3
	.loc 1 19 13 is_stmt 0 discriminator 3
	sw	a4,-8(s0)
	.loc 1 20 5 is_stmt 1 discriminator 3
	.loc 1 20 13 is_stmt 0 discriminator 3
	sw	a7,-4(s0)
.LVL3:
.LBE18:
.LBE22:
	.loc 1 40 9 is_stmt 1 discriminator 3
.LBB23:
.LBB24:
	.loc 1 9 5 discriminator 3
.LBE24:
.LBE23:
	.loc 1 42 9 is_stmt 0 discriminator 3
	sext.w	a5,a7
	mv	a0,s4
.LBB26:
.LBB25:
	.loc 1 9 28 discriminator 3
	addw	s6,a4,s6
.LVL4:
	.loc 1 9 39 discriminator 3
	addw	s7,a7,s7
.LVL5:
	.loc 1 10 5 is_stmt 1 discriminator 3
.LBE25:
.LBE26:
	.loc 1 41 9 discriminator 3
.LBB27:
.LBB21:
	.loc 1 13 42 discriminator 3
.LBE21:
.LBE27:
	.loc 1 41 15 is_stmt 0 discriminator 3
	add	s5,s5,a6
.LVL6:
	.loc 1 42 9 is_stmt 1 discriminator 3
	.loc 1 38 23 is_stmt 0 discriminator 3
	addi	s0,s0,24
	.loc 1 42 9 discriminator 3
	call	printf@plt
.LVL7:
	.loc 1 38 29 is_stmt 1 discriminator 3
	.loc 1 38 23 discriminator 3
	bne	s1,s2,.L2
.LBE29:
	.loc 1 44 9 is_stmt 0
	li	s9,0
.LBB30:
.LBB31:
	.loc 1 46 18
	li	s8,1
	.loc 1 46 31
	li	s4,4
.L6:
.LVL8:
	mv	s2,s3
	addi	s3,s3,24
	.loc 1 46 18
	mv	s0,s3
	mv	s1,s8
.LVL9:
.L4:
	.loc 1 47 13 is_stmt 1
.LBB32:
.LBB33:
	.loc 1 25 5
	.loc 1 25 66 is_stmt 0
	lw	a5,-8(s0)
	lw	a3,-16(s2)
.LBE33:
.LBE32:
	.loc 1 46 37
	addiw	s1,s1,1
.LVL10:
.LBB37:
.LBB34:
	.loc 1 25 66
	bge	a3,a5,.L3
	.loc 1 25 28
	lw	a3,-16(s0)
	lw	a5,-8(s2)
	bge	a3,a5,.L3
	.loc 1 25 47
	lw	a5,-4(s0)
	lw	a3,-12(s2)
	bge	a3,a5,.L3
.LVL11:
.LBE34:
.LBE37:
	.loc 1 48 17 is_stmt 1
.LBB38:
.LBB35:
	.loc 1 25 66 is_stmt 0
	lw	a5,-12(s0)
	lw	a4,-4(s2)
.LBE35:
.LBE38:
	.loc 1 48 17
	mv	a2,s0
	mv	a1,s2
	lla	a0,.LC2
.LBB39:
.LBB36:
	.loc 1 25 66
	ble	a4,a5,.L3
.LBE36:
.LBE39:
	.loc 1 48 17
	call	printf@plt
.LVL12:
	.loc 1 49 17 is_stmt 1
	.loc 1 49 22 is_stmt 0
	addiw	s9,s9,1
.LVL13:
.L3:
	.loc 1 46 37 is_stmt 1 discriminator 2
	.loc 1 46 31 discriminator 2
	addi	s0,s0,24
	bne	s1,s4,.L4
.LVL14:
.LBE31:
	.loc 1 45 23
	.loc 1 46 9
.LBB40:
	.loc 1 46 14
	.loc 1 46 18 is_stmt 0
	addiw	s8,s8,1
.LVL15:
	.loc 1 46 31 is_stmt 1
	bne	s8,s1,.L6
.LVL16:
.LBE40:
	.loc 1 45 23
.LBE30:
	.loc 1 51 5
	mv	a4,s9
	mv	a3,s5
	mv	a2,s7
	mv	a1,s6
	lla	a0,.LC3
	call	printf@plt
.LVL17:
	.loc 1 52 5
	.loc 1 53 1 is_stmt 0
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
.LVL18:
	ld	s6,128(sp)
	.cfi_restore 22
	ld	s7,120(sp)
	.cfi_restore 23
	ld	s8,112(sp)
	.cfi_restore 24
	mv	a0,s9
	ld	s9,104(sp)
	.cfi_restore 25
.LVL19:
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
	.4byte	0x351
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x11
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL18
	.8byte	0
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
	.4byte	0x62
	.byte	0xc
	.4byte	.LASF10
	.byte	0x8
	.byte	0x4
	.4byte	0x8e
	.byte	0x5
	.string	"x"
	.byte	0x4
	.byte	0x14
	.4byte	0x54
	.byte	0
	.byte	0x5
	.string	"y"
	.byte	0x4
	.byte	0x17
	.4byte	0x54
	.byte	0x4
	.byte	0
	.byte	0xc
	.4byte	.LASF11
	.byte	0x18
	.byte	0x5
	.4byte	0xbd
	.byte	0x5
	.string	"lo"
	.byte	0x5
	.byte	0x1c
	.4byte	0x6e
	.byte	0
	.byte	0x5
	.string	"hi"
	.byte	0x5
	.byte	0x20
	.4byte	0x6e
	.byte	0x8
	.byte	0x13
	.4byte	.LASF12
	.byte	0x1
	.byte	0x5
	.byte	0x29
	.4byte	0xc2
	.byte	0x10
	.byte	0
	.byte	0xb
	.4byte	0x8e
	.byte	0xd
	.4byte	0x62
	.4byte	0xd2
	.byte	0xe
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.byte	0x14
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0xea
	.byte	0x15
	.4byte	0xea
	.byte	0x16
	.byte	0
	.byte	0x7
	.4byte	0x69
	.byte	0x17
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x2b5
	.byte	0x18
	.string	"rs"
	.byte	0x1
	.byte	0x1e
	.byte	0x11
	.4byte	0x2b5
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x8
	.4byte	.LASF13
	.byte	0x24
	.byte	0x12
	.4byte	0x6e
	.4byte	.LLST0
	.byte	0x8
	.4byte	.LASF14
	.byte	0x25
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST1
	.byte	0x8
	.4byte	.LASF15
	.byte	0x2c
	.byte	0x9
	.4byte	0x54
	.4byte	.LLST2
	.byte	0x19
	.4byte	.LLRL3
	.4byte	0x1fa
	.byte	0x9
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST4
	.byte	0x6
	.4byte	0x2e7
	.8byte	.LBB16
	.4byte	.LLRL5
	.byte	0x27
	.byte	0x9
	.4byte	0x18d
	.byte	0x4
	.4byte	0x2fd
	.4byte	.LLST6
	.byte	0x4
	.4byte	0x2f4
	.4byte	.LLST7
	.byte	0
	.byte	0x6
	.4byte	0x30c
	.8byte	.LBB19
	.4byte	.LLRL8
	.byte	0x29
	.byte	0x12
	.4byte	0x1aa
	.byte	0x1a
	.4byte	0x31b
	.byte	0
	.byte	0x6
	.4byte	0x32a
	.8byte	.LBB23
	.4byte	.LLRL9
	.byte	0x28
	.byte	0x11
	.4byte	0x1df
	.byte	0x4
	.4byte	0x340
	.4byte	.LLST10
	.byte	0x4
	.4byte	0x337
	.4byte	.LLST11
	.byte	0xf
	.4byte	.LLRL9
	.byte	0x1b
	.4byte	0x349
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL7
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x1c
	.8byte	.LBB30
	.8byte	.LBE30-.LBB30
	.4byte	0x281
	.byte	0x9
	.string	"i"
	.byte	0x2d
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST12
	.byte	0xf
	.4byte	.LLRL13
	.byte	0x9
	.string	"j"
	.byte	0x2e
	.byte	0x12
	.4byte	0x54
	.4byte	.LLST14
	.byte	0x6
	.4byte	0x2c5
	.8byte	.LBB32
	.4byte	.LLRL15
	.byte	0x2f
	.byte	0x11
	.4byte	0x258
	.byte	0x4
	.4byte	0x2dd
	.4byte	.LLST16
	.byte	0x4
	.4byte	0x2d4
	.4byte	.LLST17
	.byte	0
	.byte	0xa
	.8byte	.LVL12
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL17
	.4byte	0xd2
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
	.byte	0x86
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x85
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
	.4byte	0x8e
	.4byte	0x2c5
	.byte	0xe
	.4byte	0x2a
	.byte	0x3
	.byte	0
	.byte	0x10
	.4byte	.LASF16
	.byte	0x17
	.byte	0xc
	.4byte	0x54
	.4byte	0x2e7
	.byte	0x3
	.string	"a"
	.byte	0x17
	.byte	0x21
	.4byte	0x8e
	.byte	0x3
	.string	"b"
	.byte	0x17
	.byte	0x30
	.4byte	0x8e
	.byte	0
	.byte	0x1d
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x307
	.byte	0x3
	.string	"r"
	.byte	0xf
	.byte	0x1f
	.4byte	0x307
	.byte	0x3
	.string	"d"
	.byte	0xf
	.byte	0x26
	.4byte	0x54
	.byte	0
	.byte	0x7
	.4byte	0x8e
	.byte	0x10
	.4byte	.LASF17
	.byte	0xd
	.byte	0xd
	.4byte	0x5b
	.4byte	0x325
	.byte	0x3
	.string	"r"
	.byte	0xd
	.byte	0x25
	.4byte	0x325
	.byte	0
	.byte	0x7
	.4byte	0xbd
	.byte	0x1e
	.string	"add"
	.byte	0x1
	.byte	0x7
	.byte	0x15
	.4byte	0x6e
	.byte	0x1
	.byte	0x3
	.string	"a"
	.byte	0x7
	.byte	0x26
	.4byte	0x6e
	.byte	0x3
	.string	"b"
	.byte	0x7
	.byte	0x36
	.4byte	0x6e
	.byte	0x1f
	.string	"r"
	.byte	0x1
	.byte	0x9
	.byte	0x12
	.4byte	0x6e
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x34
	.byte	0
	.byte	0x31
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
	.byte	0x1e
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
	.byte	0x1f
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
	.8byte	.LVL4
	.byte	0x6
	.byte	0x66
	.byte	0x93
	.byte	0x4
	.byte	0x67
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x5
	.byte	0x93
	.byte	0x4
	.byte	0x67
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
	.8byte	.LVL18
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL19
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
	.8byte	.LVL2
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST7:
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
.LLST10:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x6
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x6
	.byte	0x66
	.byte	0x93
	.byte	0x4
	.byte	0x67
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x5
	.byte	0x93
	.byte	0x4
	.byte	0x67
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL14
	.byte	0x3
	.byte	0x88
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LFE15
	.byte	0x2
	.byte	0x34
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x3a
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
	.byte	0x93
	.byte	0x4
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
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0xbc
	.byte	0x1c
	.byte	0x93
	.byte	0x4
	.byte	0x78
	.byte	0x78
	.byte	0x93
	.byte	0x4
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
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0xb4
	.byte	0x1c
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x8
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x8
	.byte	0x93
	.byte	0x8
	.byte	0x78
	.byte	0x78
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0xc
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL11
	.byte	0x3c
	.byte	0x82
	.byte	0x70
	.byte	0x93
	.byte	0x4
	.byte	0x88
	.byte	0x7f
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x48
	.byte	0x1e
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0xbc
	.byte	0x1c
	.byte	0x93
	.byte	0x4
	.byte	0x88
	.byte	0x7f
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x48
	.byte	0x1e
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0xb8
	.byte	0x1c
	.byte	0x93
	.byte	0x4
	.byte	0x88
	.byte	0x7f
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x48
	.byte	0x1e
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0xb4
	.byte	0x1c
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
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
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
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LFB15
	.8byte	.LFE15
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
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
