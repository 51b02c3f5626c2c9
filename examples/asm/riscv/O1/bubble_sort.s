	.file	"bubble_sort.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/bubble_sort.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%d%c"
	.align	3
.LC1:
	.string	"%hd%c"
	.align	3
.LC2:
	.string	"weighted sum %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/bubble_sort.c"
	.loc 1 37 1
	.cfi_startproc
	addi	sp,sp,-224
	.cfi_def_cfa_offset 224
	sd	ra,216(sp)
	sd	s0,208(sp)
	sd	s1,200(sp)
	sd	s2,192(sp)
	sd	s3,184(sp)
	sd	s4,176(sp)
	sd	s5,168(sp)
	sd	s6,160(sp)
	sd	s7,152(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.loc 1 38 5
	.loc 1 39 5
	.loc 1 40 5
.LVL0:
	.loc 1 41 5
.LBB16:
	.loc 1 41 10
	.loc 1 41 23
	addi	s0,sp,48
	mv	s1,sp
	addi	t1,sp,144
.LBE16:
	.loc 1 37 1 is_stmt 0
	mv	a1,s1
	mv	a3,s0
	.loc 1 40 14
	li	a4,12288
	addi	a4,a4,57
.LBB17:
	.loc 1 42 21
	li	a6,1103515648
	addiw	a6,a6,-403
	.loc 1 42 14
	li	a0,12288
	addiw	a0,a0,57
	.loc 1 43 34
	li	a7,1000
.LVL1:
.L2:
	.loc 1 42 9 is_stmt 1 discriminator 3
	.loc 1 42 21 is_stmt 0 discriminator 3
	mulw	a4,a4,a6
.LVL2:
	.loc 1 42 14 discriminator 3
	addw	a5,a4,a0
	sext.w	a4,a5
.LVL3:
	.loc 1 43 9 is_stmt 1 discriminator 3
	.loc 1 43 27 is_stmt 0 discriminator 3
	srliw	a5,a5,16
.LVL4:
	.loc 1 43 34 discriminator 3
	remw	a5,a5,a7
	.loc 1 43 41 discriminator 3
	addiw	a5,a5,-500
	.loc 1 43 14 discriminator 3
	sw	a5,0(a3)
	.loc 1 44 9 is_stmt 1 discriminator 3
	.loc 1 44 16 is_stmt 0 discriminator 3
	slliw	a2,a5,3
	subw	a5,a2,a5
	.loc 1 44 14 discriminator 3
	sh	a5,0(a1)
	.loc 1 41 29 is_stmt 1 discriminator 3
.LVL5:
	.loc 1 41 23 discriminator 3
	addi	a3,a3,4
.LVL6:
	addi	a1,a1,2
	bne	a3,t1,.L2
	li	a7,23
.LBE17:
.LBB18:
.LBB19:
.LBB20:
	.loc 1 9 13 is_stmt 0
	li	t1,0
.LBB21:
.LBB22:
	.loc 1 15 25
	li	a6,1
	j	.L3
.LVL7:
.L4:
.LBE22:
	.loc 1 10 41 is_stmt 1
	addiw	a4,a4,1
.LVL8:
	.loc 1 10 27
	addi	a5,a5,4
	bge	a4,a1,.L31
.LVL9:
.L5:
	.loc 1 11 13
	.loc 1 11 18 is_stmt 0
	lw	a3,0(a5)
	.loc 1 11 25
	lw	a2,4(a5)
	.loc 1 11 16
	ble	a3,a2,.L4
.LBB23:
	.loc 1 12 17 is_stmt 1
.LVL10:
	.loc 1 13 17
	.loc 1 13 22 is_stmt 0
	sw	a2,0(a5)
	.loc 1 14 17 is_stmt 1
	.loc 1 14 26 is_stmt 0
	sw	a3,4(a5)
	.loc 1 15 17 is_stmt 1
.LVL11:
	.loc 1 15 25 is_stmt 0
	mv	a0,a6
	j	.L4
.LVL12:
.L31:
.LBE23:
.LBE21:
	.loc 1 18 9 is_stmt 1
	.loc 1 18 12 is_stmt 0
	beq	a0,zero,.L18
.LBE20:
	.loc 1 8 33 is_stmt 1
.LVL13:
	.loc 1 8 23
	addiw	a7,a7,-1
.LVL14:
	beq	a7,zero,.L19
.LVL15:
.L3:
.LBB26:
.LBB24:
	.loc 1 10 27
.LBE24:
.LBE26:
.LBE19:
.LBE18:
	.loc 1 40 14 is_stmt 0
	mv	a5,s0
.LBB29:
.LBB28:
.LBB27:
	.loc 1 9 13
	mv	a0,t1
.LBB25:
	.loc 1 10 18
	mv	a4,t1
	.loc 1 10 27
	sext.w	a1,a7
	j	.L5
.LVL16:
.L18:
.LBE25:
.LBE27:
	mv	a6,s1
	li	a0,0
.LVL17:
	j	.L6
.LVL18:
.L19:
	mv	a6,s1
	li	a0,0
.LVL19:
.L6:
.LBE28:
.LBE29:
.LBB30:
.LBB31:
.LBB32:
	.loc 1 28 23
	li	a1,-1
.LBE32:
	.loc 1 25 23
	li	a7,23
	j	.L10
.LVL20:
.L8:
.LBB33:
	.loc 1 32 9 is_stmt 1
	.loc 1 32 10 is_stmt 0
	addi	a4,a4,1
	.loc 1 32 18
	slli	a4,a4,1
	addi	a5,a4,144
	add	a4,a5,sp
	sh	a2,-144(a4)
.LBE33:
	.loc 1 25 29 is_stmt 1
.LVL21:
	.loc 1 25 23
	addi	a0,a0,1
.LVL22:
	addi	a6,a6,2
	beq	a0,a7,.L32
.LVL23:
.L10:
.LBB34:
	.loc 1 26 9
	.loc 1 26 15 is_stmt 0
	lh	a2,2(a6)
.LVL24:
	.loc 1 27 9 is_stmt 1
	.loc 1 27 13 is_stmt 0
	sext.w	a4,a0
.LVL25:
	.loc 1 28 9 is_stmt 1
	.loc 1 28 23
	mv	a5,a6
	blt	a4,zero,.L8
.LVL26:
.L7:
	.loc 1 28 27 is_stmt 0
	lh	a3,0(a5)
	.loc 1 28 23
	bge	a2,a3,.L8
	.loc 1 29 13 is_stmt 1
	.loc 1 29 22 is_stmt 0
	sh	a3,2(a5)
	.loc 1 30 13 is_stmt 1
	.loc 1 30 14 is_stmt 0
	addiw	a4,a4,-1
.LVL27:
	.loc 1 28 23 is_stmt 1
	addi	a5,a5,-2
	bne	a4,a1,.L7
	j	.L8
.LVL28:
.L32:
.LBE34:
	mv	s4,s0
	li	s3,1
.LBE31:
.LBE30:
	.loc 1 48 10 is_stmt 0
	li	s5,0
.LBB35:
	.loc 1 50 9
	li	s6,24
	lla	s7,.LC0
	j	.L12
.LVL29:
.L33:
	.loc 1 50 9 discriminator 4
	li	a2,32
	mv	a1,s2
	mv	a0,s7
	call	printf@plt
.LVL30:
	.loc 1 51 9 is_stmt 1 discriminator 4
	.loc 1 51 27 is_stmt 0 discriminator 4
	mul	s2,s2,s3
	.loc 1 51 13 discriminator 4
	add	s5,s5,s2
.LVL31:
	.loc 1 49 29 is_stmt 1 discriminator 4
	.loc 1 49 23 discriminator 4
	addi	s3,s3,1
.LVL32:
	addi	s4,s4,4
.LVL33:
.L12:
	.loc 1 50 9
	lw	s2,0(s4)
	bne	s3,s6,.L33
	li	a2,10
	mv	a1,s2
	lla	a0,.LC0
	call	printf@plt
.LVL34:
	.loc 1 51 9
	.loc 1 51 32 is_stmt 0
	sext.w	s3,s3
	.loc 1 51 27
	mul	s3,s3,s2
.LVL35:
	.loc 1 51 13
	add	s3,s3,s5
.LVL36:
	.loc 1 49 29 is_stmt 1
	.loc 1 49 23
.LBE35:
.LBB36:
	.loc 1 53 23
	addi	s4,s1,46
	addi	s6,s1,48
.LBE36:
.LBB37:
	.loc 1 51 13 is_stmt 0
	mv	s2,s1
.LBE37:
.LBB38:
	.loc 1 54 9
	lla	s5,.LC1
	j	.L14
.LVL37:
.L34:
	.loc 1 54 9 discriminator 4
	li	a2,32
	mv	a0,s5
	call	printf@plt
.LVL38:
	.loc 1 53 29 is_stmt 1 discriminator 4
	.loc 1 53 23 discriminator 4
	addi	s2,s2,2
.LVL39:
	beq	s2,s6,.L17
.LVL40:
.L14:
	.loc 1 54 9
	lh	a1,0(s2)
	bne	s2,s4,.L34
	li	a2,10
	lla	a0,.LC1
	call	printf@plt
.LVL41:
	.loc 1 53 29
	.loc 1 53 23
.L17:
.LBE38:
	.loc 1 55 5
	mv	a1,s3
	lla	a0,.LC2
	call	printf@plt
.LVL42:
	.loc 1 56 5
.LBB39:
	.loc 1 56 10
	.loc 1 56 23
	addi	a3,s0,92
.LVL43:
.L16:
	.loc 1 57 9
	.loc 1 57 12 is_stmt 0
	lw	a4,0(s0)
	lw	a5,4(s0)
	bgt	a4,a5,.L21
	.loc 1 57 29 discriminator 1
	lh	a4,0(s1)
	lh	a5,2(s1)
	bgt	a4,a5,.L22
	.loc 1 56 29 is_stmt 1 discriminator 2
.LVL44:
	.loc 1 56 23 discriminator 2
	addi	s0,s0,4
.LVL45:
	addi	s1,s1,2
	bne	s0,a3,.L16
.LBE39:
	.loc 1 59 12 is_stmt 0
	li	a0,0
.LVL46:
.L29:
	.loc 1 60 1
	ld	ra,216(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,208(sp)
	.cfi_restore 8
	ld	s1,200(sp)
	.cfi_restore 9
	ld	s2,192(sp)
	.cfi_restore 18
	ld	s3,184(sp)
	.cfi_restore 19
.LVL47:
	ld	s4,176(sp)
	.cfi_restore 20
	ld	s5,168(sp)
	.cfi_restore 21
	ld	s6,160(sp)
	.cfi_restore 22
	ld	s7,152(sp)
	.cfi_restore 23
	addi	sp,sp,224
	.cfi_def_cfa_offset 0
	jr	ra
.LVL48:
.L21:
	.cfi_restore_state
.LBB40:
	.loc 1 58 20
	li	a0,1
	j	.L29
.L22:
	li	a0,1
	j	.L29
.LBE40:
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x362
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
	.4byte	0x66
	.byte	0x15
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x8a
	.byte	0x16
	.4byte	0x8a
	.byte	0x17
	.byte	0
	.byte	0xb
	.4byte	0x6d
	.byte	0x18
	.4byte	.LASF16
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x2b3
	.byte	0xd
	.string	"a"
	.byte	0x26
	.byte	0x9
	.4byte	0x2b3
	.byte	0x3
	.byte	0x91
	.byte	0xd0,0x7e
	.byte	0xd
	.string	"s"
	.byte	0x27
	.byte	0xb
	.4byte	0x2c2
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x28
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST0
	.byte	0x6
	.string	"sum"
	.byte	0x30
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST1
	.byte	0x8
	.4byte	.LLRL2
	.4byte	0x101
	.byte	0x6
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST3
	.byte	0
	.byte	0x8
	.4byte	.LLRL16
	.4byte	0x15b
	.byte	0x6
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST17
	.byte	0xe
	.8byte	.LVL30
	.4byte	0x72
	.4byte	0x13b
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
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0
	.byte	0xc
	.8byte	.LVL34
	.4byte	0x72
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
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LLRL18
	.4byte	0x1a9
	.byte	0x6
	.string	"i"
	.byte	0x35
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST19
	.byte	0xe
	.8byte	.LVL38
	.4byte	0x72
	.4byte	0x18f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0
	.byte	0xc
	.8byte	.LVL41
	.4byte	0x72
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LLRL20
	.4byte	0x1c0
	.byte	0x6
	.string	"i"
	.byte	0x38
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST21
	.byte	0
	.byte	0x1a
	.4byte	0x314
	.8byte	.LBB18
	.4byte	.LLRL4
	.byte	0x1
	.byte	0x2e
	.byte	0x5
	.4byte	0x22f
	.byte	0x9
	.4byte	0x327
	.byte	0x9
	.4byte	0x31e
	.byte	0x7
	.4byte	0x330
	.4byte	.LLRL4
	.byte	0x3
	.4byte	0x331
	.4byte	.LLST5
	.byte	0x7
	.4byte	0x33a
	.4byte	.LLRL6
	.byte	0x3
	.4byte	0x33b
	.4byte	.LLST7
	.byte	0x7
	.4byte	0x347
	.4byte	.LLRL8
	.byte	0x3
	.4byte	0x348
	.4byte	.LLST9
	.byte	0x7
	.4byte	0x351
	.4byte	.LLRL10
	.byte	0x3
	.4byte	0x352
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1b
	.4byte	0x2d1
	.8byte	.LBB30
	.8byte	.LBE30-.LBB30
	.byte	0x1
	.byte	0x2f
	.byte	0x5
	.4byte	0x291
	.byte	0x9
	.4byte	0x2e4
	.byte	0x9
	.4byte	0x2db
	.byte	0x1c
	.4byte	0x2ed
	.8byte	.LBB31
	.8byte	.LBE31-.LBB31
	.byte	0x3
	.4byte	0x2ee
	.4byte	.LLST12
	.byte	0x7
	.4byte	0x2f7
	.4byte	.LLRL13
	.byte	0x3
	.4byte	0x2f8
	.4byte	.LLST14
	.byte	0x3
	.4byte	0x303
	.4byte	.LLST15
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.8byte	.LVL42
	.4byte	0x72
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
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x58
	.4byte	0x2c2
	.byte	0x10
	.4byte	0x2e
	.byte	0
	.byte	0xf
	.4byte	0x51
	.4byte	0x2d1
	.byte	0x10
	.4byte	0x2e
	.byte	0
	.byte	0x11
	.4byte	.LASF11
	.byte	0x17
	.4byte	0x30f
	.byte	0xa
	.string	"a"
	.byte	0x17
	.byte	0x1e
	.4byte	0x30f
	.byte	0xa
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x58
	.byte	0x4
	.byte	0x5
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x58
	.byte	0x4
	.byte	0x5
	.string	"key"
	.byte	0x1a
	.byte	0xf
	.4byte	0x51
	.byte	0x5
	.string	"j"
	.byte	0x1b
	.byte	0xd
	.4byte	0x58
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x51
	.byte	0x11
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x360
	.byte	0xa
	.string	"a"
	.byte	0x6
	.byte	0x19
	.4byte	0x360
	.byte	0xa
	.string	"n"
	.byte	0x6
	.byte	0x20
	.4byte	0x58
	.byte	0x4
	.byte	0x5
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x58
	.byte	0x4
	.byte	0x1d
	.4byte	.LASF13
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.4byte	0x58
	.byte	0x4
	.byte	0x5
	.string	"j"
	.byte	0xa
	.byte	0x12
	.4byte	0x58
	.byte	0x4
	.byte	0x5
	.string	"t"
	.byte	0xc
	.byte	0x15
	.4byte	0x58
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x58
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
	.byte	0xb
	.byte	0x1
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
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0x21
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
	.byte	0x26
	.byte	0
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
	.byte	0x16
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x52
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x58
	.byte	0xb
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x58
	.byte	0xb
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
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
	.byte	0x4
	.byte	0xa
	.2byte	0x3039
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL36
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL47
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LFE13
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL5
	.byte	0xb
	.byte	0x7d
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0xd
	.byte	0x7d
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0xd
	.byte	0x7d
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xac,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL31
	.byte	0x3
	.byte	0x83
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL35
	.byte	0x3
	.byte	0x83
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0xb
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x1
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0xd
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x1
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0xd
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xde,0x1
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL41
	.byte	0xb
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x1
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL43
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL44
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL45
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xac,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LFE13
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL13
	.byte	0x5
	.byte	0x47
	.byte	0x81
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x5
	.byte	0x48
	.byte	0x81
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x5
	.byte	0x48
	.byte	0x7b
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL18
	.byte	0x5
	.byte	0x47
	.byte	0x81
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x5
	.byte	0x48
	.byte	0x7b
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x3
	.byte	0x7a
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26
	.byte	0x3
	.byte	0x7a
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5e
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
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"bubble"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"insertion"
.LASF10:
	.string	"seed"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF13:
	.string	"swapped"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/bubble_sort.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
