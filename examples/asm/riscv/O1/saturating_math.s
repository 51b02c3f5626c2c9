	.file	"saturating_math.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/saturating_math.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%d + %d -> %d\n"
	.align	3
.LC2:
	.string	"%d * %d -> %d\n"
	.align	3
.LC3:
	.string	"u8: %u %u\n"
	.align	3
.LC4:
	.string	"clamp: %d %d %d\n"
	.align	3
.LC5:
	.string	"cmp: %d %d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.file 1 "programs/saturating_math.c"
	.loc 1 24 1
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
	sd	s8,48(sp)
	sd	s9,40(sp)
	sd	s10,32(sp)
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
	.loc 1 25 5
	.loc 1 25 12 is_stmt 0
	li	a5,-2144165888
	addi	a5,a5,-924
	sw	a5,24(sp)
	li	a5,127
	sh	a5,28(sp)
	li	a5,-1
	sb	a5,30(sp)
	.loc 1 26 5 is_stmt 1
	.loc 1 26 13 is_stmt 0
	li	a5,300
	sh	a5,8(sp)
	li	a5,-300
	sh	a5,10(sp)
	li	a5,200
	sh	a5,12(sp)
	li	a5,-32768
	sh	a5,14(sp)
	xori	a5,a5,-1
	sh	a5,16(sp)
	li	a5,181
	sh	a5,18(sp)
	.loc 1 27 5 is_stmt 1
.LVL0:
	.loc 1 28 5
.LBB20:
	.loc 1 28 10
	.loc 1 28 23
	addi	a5,sp,24
	addi	s7,sp,31
.LBE20:
	.loc 1 26 13 is_stmt 0
	mv	s1,a5
	.loc 1 27 9
	li	s0,0
.LBB31:
.LBB21:
	.loc 1 29 40
	li	s3,3
	subw	s3,s3,a5
	.loc 1 29 45
	li	s6,7
.LBB22:
.LBB23:
	.loc 1 8 12
	li	s2,127
	li	s8,-128
.LBE23:
.LBE22:
	.loc 1 30 34
	li	s5,253
	.loc 1 31 9
	lla	s4,.LC1
	j	.L3
.LVL1:
.L7:
.LBB27:
.LBB24:
	.loc 1 8 12
	li	a3,-128
.L2:
.LVL2:
.LBE24:
.LBE27:
	.loc 1 30 9 is_stmt 1
	.loc 1 30 34 is_stmt 0
	addiw	a5,a3,127
	andi	a5,a5,0xff
	sgtu	a5,a5,s5
	.loc 1 30 17
	addw	s0,a5,s0
.LVL3:
	.loc 1 31 9 is_stmt 1
	mv	a0,s4
	call	printf@plt
.LVL4:
.LBE21:
	.loc 1 28 29
	.loc 1 28 23
	addi	s1,s1,1
.LVL5:
	beq	s1,s7,.L13
.LVL6:
.L3:
.LBB30:
	.loc 1 29 9 discriminator 3
.LBB28:
.LBB25:
	.loc 1 7 5 discriminator 3
	.loc 1 7 15 is_stmt 0 discriminator 3
	lb	a5,0(s1)
	sext.w	a1,a5
.LBE25:
.LBE28:
	.loc 1 29 40 discriminator 3
	addw	a4,s3,s1
	.loc 1 29 20 discriminator 3
	remw	a4,a4,s6
	addi	a4,a4,32
	add	a4,a4,sp
.LBB29:
.LBB26:
	.loc 1 7 15 discriminator 3
	lb	a4,-8(a4)
	sext.w	a2,a4
	.loc 1 7 9 discriminator 3
	addw	a5,a5,a4
.LVL7:
	.loc 1 8 5 is_stmt 1 discriminator 3
	.loc 1 8 12 is_stmt 0 discriminator 3
	mv	a3,s2
	bgt	a5,s2,.L2
	.loc 1 8 12
	blt	a5,s8,.L7
	slliw	a3,a5,24
	sraiw	a3,a3,24
	j	.L2
.LVL8:
.L13:
.LBE26:
.LBE29:
.LBE30:
.LBE31:
.LBB32:
	.loc 1 33 23 is_stmt 1
	addi	s2,sp,8
	.loc 1 33 14 is_stmt 0
	li	s1,0
.LBB33:
	.loc 1 34 47
	li	s9,6
.LBB34:
.LBB35:
	.loc 1 14 8
	li	s5,32768
	.loc 1 14 31
	addi	s8,s5,-1
	.loc 1 15 8
	li	s10,-32768
.LBE35:
.LBE34:
	.loc 1 35 35
	li	s4,32768
	addiw	s4,s4,-1
	li	s3,65536
	addi	s3,s3,-3
	.loc 1 36 9
	lla	s7,.LC2
.LBE33:
	.loc 1 33 23
	li	s6,6
	j	.L5
.LVL9:
.L9:
.LBB42:
.LBB39:
.LBB36:
	.loc 1 15 31
	li	a3,-32768
.L4:
.LVL10:
.LBE36:
.LBE39:
	.loc 1 35 9 is_stmt 1
	.loc 1 35 35 is_stmt 0
	addw	a5,s4,a3
	slli	a5,a5,48
	srli	a5,a5,48
	sgtu	a5,a5,s3
	.loc 1 35 17
	addw	s0,a5,s0
.LVL11:
	.loc 1 36 9 is_stmt 1
	mv	a0,s7
	call	printf@plt
.LVL12:
.LBE42:
	.loc 1 33 29
	.loc 1 33 23
	addi	s2,s2,2
	beq	s1,s6,.L14
.LVL13:
.L5:
.LBB43:
	.loc 1 34 9 discriminator 3
	.loc 1 34 42 is_stmt 0 discriminator 3
	addiw	a5,s1,1
	sext.w	s1,a5
.LVL14:
.LBB40:
.LBB37:
	.loc 1 13 5 is_stmt 1 discriminator 3
	.loc 1 13 17 is_stmt 0 discriminator 3
	lh	a4,0(s2)
	sext.w	a1,a4
.LBE37:
.LBE40:
	.loc 1 34 21 discriminator 3
	remw	a5,a5,s9
.LVL15:
	slli	a5,a5,1
	addi	a5,a5,32
	add	a5,a5,sp
.LBB41:
.LBB38:
	.loc 1 13 28 discriminator 3
	lh	a5,-24(a5)
	sext.w	a2,a5
	.loc 1 13 13 discriminator 3
	mulw	a5,a4,a5
.LVL16:
	.loc 1 14 5 is_stmt 1 discriminator 3
	.loc 1 14 31 is_stmt 0 discriminator 3
	mv	a3,s8
	.loc 1 14 8 discriminator 3
	bge	a5,s5,.L4
	.loc 1 15 5 is_stmt 1
	.loc 1 15 8 is_stmt 0
	blt	a5,s10,.L9
	.loc 1 16 5 is_stmt 1
	.loc 1 16 12 is_stmt 0
	slliw	a3,a5,16
	sraiw	a3,a3,16
	j	.L4
.LVL17:
.L14:
.LBE38:
.LBE41:
.LBE43:
.LBE32:
	.loc 1 38 5 is_stmt 1
	li	a2,190
	li	a1,0
	lla	a0,.LC3
	call	printf@plt
.LVL18:
	.loc 1 39 5
	li	a3,5
	li	a2,-1000
	li	a1,1000
	lla	a0,.LC4
	call	printf@plt
.LVL19:
	.loc 1 40 5
	.loc 1 41 5
	.loc 1 42 5
	li	a2,1
	li	a1,1
	lla	a0,.LC5
	call	printf@plt
.LVL20:
	.loc 1 43 5
	.loc 1 44 1 is_stmt 0
	mv	a0,s0
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	ld	s1,104(sp)
	.cfi_restore 9
.LVL21:
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
	ld	s8,48(sp)
	.cfi_restore 24
	ld	s9,40(sp)
	.cfi_restore 25
	ld	s10,32(sp)
	.cfi_restore 26
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x387
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x12
	.4byte	.LASF22
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x4
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x56
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x35
	.byte	0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x75
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.byte	0x4
	.4byte	.LASF11
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x88
	.byte	0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.byte	0x14
	.4byte	0x96
	.byte	0x4
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4a
	.byte	0x4
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x69
	.byte	0x4
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x7c
	.byte	0x4
	.4byte	.LASF17
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x5d
	.byte	0x15
	.4byte	.LASF23
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x88
	.4byte	0xea
	.byte	0x16
	.4byte	0xea
	.byte	0x17
	.byte	0
	.byte	0x18
	.byte	0x8
	.4byte	0x9d
	.byte	0x19
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0x5
	.4byte	0x88
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x2ca
	.byte	0xa
	.string	"a"
	.byte	0x19
	.byte	0xc
	.4byte	0x2ca
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0xa
	.string	"h"
	.byte	0x1a
	.byte	0xd
	.4byte	0x2da
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x1a
	.4byte	.LASF18
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x88
	.4byte	.LLST0
	.byte	0xb
	.string	"sc"
	.byte	0x28
	.byte	0x11
	.4byte	0x56
	.byte	0x7b
	.byte	0xb
	.string	"uc"
	.byte	0x29
	.byte	0x13
	.4byte	0x35
	.byte	0x7a
	.byte	0x1b
	.4byte	.LLRL1
	.4byte	0x1c5
	.byte	0x5
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x88
	.4byte	.LLST2
	.byte	0x6
	.4byte	.LLRL3
	.byte	0x5
	.string	"s"
	.byte	0x1d
	.byte	0x10
	.4byte	0xa2
	.4byte	.LLST4
	.byte	0xc
	.4byte	0x361
	.8byte	.LBB22
	.4byte	.LLRL5
	.byte	0x1d
	.byte	0x14
	.4byte	0x1af
	.byte	0x1c
	.4byte	0x377
	.byte	0x7
	.4byte	0x36e
	.4byte	.LLST6
	.byte	0x6
	.4byte	.LLRL5
	.byte	0xd
	.4byte	0x380
	.4byte	.LLST7
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL4
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1d
	.8byte	.LBB32
	.8byte	.LBE32-.LBB32
	.4byte	0x248
	.byte	0x5
	.string	"i"
	.byte	0x21
	.byte	0xe
	.4byte	0x88
	.4byte	.LLST8
	.byte	0x6
	.4byte	.LLRL9
	.byte	0x5
	.string	"m"
	.byte	0x22
	.byte	0x11
	.4byte	0xae
	.4byte	.LLST10
	.byte	0xc
	.4byte	0x337
	.8byte	.LBB34
	.4byte	.LLRL11
	.byte	0x22
	.byte	0x15
	.4byte	0x232
	.byte	0x7
	.4byte	0x34e
	.4byte	.LLST12
	.byte	0x7
	.4byte	0x345
	.4byte	.LLST13
	.byte	0x6
	.4byte	.LLRL11
	.byte	0xd
	.4byte	0x357
	.4byte	.LLST14
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL12
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.8byte	.LVL18
	.4byte	0xd2
	.4byte	0x272
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0xbe
	.byte	0
	.byte	0xe
	.8byte	.LVL19
	.4byte	0xd2
	.4byte	0x2a4
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
	.byte	0xa
	.2byte	0x3e8
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xb
	.2byte	0xfc18
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x35
	.byte	0
	.byte	0x8
	.8byte	.LVL20
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0xa2
	.4byte	0x2da
	.byte	0x10
	.4byte	0x2e
	.byte	0x6
	.byte	0
	.byte	0xf
	.4byte	0xae
	.4byte	0x2ea
	.byte	0x10
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.byte	0x9
	.4byte	.LASF19
	.byte	0x15
	.4byte	0xae
	.4byte	0x316
	.byte	0x2
	.string	"v"
	.byte	0x15
	.byte	0x20
	.4byte	0xba
	.byte	0x2
	.string	"lo"
	.byte	0x15
	.byte	0x2b
	.4byte	0xae
	.byte	0x2
	.string	"hi"
	.byte	0x15
	.byte	0x37
	.4byte	0xae
	.byte	0
	.byte	0x9
	.4byte	.LASF20
	.byte	0x13
	.4byte	0xc6
	.4byte	0x337
	.byte	0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0xc6
	.byte	0x2
	.string	"b"
	.byte	0x13
	.byte	0x2e
	.4byte	0xc6
	.byte	0
	.byte	0x9
	.4byte	.LASF21
	.byte	0xb
	.4byte	0xae
	.4byte	0x361
	.byte	0x2
	.string	"a"
	.byte	0xb
	.byte	0x22
	.4byte	0xae
	.byte	0x2
	.string	"b"
	.byte	0xb
	.byte	0x2d
	.4byte	0xae
	.byte	0x11
	.string	"p"
	.byte	0xd
	.byte	0xd
	.4byte	0xba
	.byte	0
	.byte	0x1e
	.4byte	.LASF25
	.byte	0x1
	.byte	0x5
	.byte	0xf
	.4byte	0xa2
	.byte	0x1
	.byte	0x2
	.string	"a"
	.byte	0x5
	.byte	0x1f
	.4byte	0xa2
	.byte	0x2
	.string	"b"
	.byte	0x5
	.byte	0x29
	.4byte	0xa2
	.byte	0x11
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x88
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0x10
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
	.byte	0xa
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
	.byte	0xb
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
	.byte	0x1c
	.byte	0xd
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x17
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
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
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL11
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL17
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x7
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x9
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x7
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4-1
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x6
	.byte	0x7b
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x6
	.byte	0x7b
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL12
	.byte	0x3
	.byte	0x79
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL14
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x3
	.byte	0x7f
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL17
	.byte	0x3
	.byte	0x79
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL21
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12-1
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x16
	.byte	0x79
	.byte	0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0x78
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x16
	.byte	0x7f
	.byte	0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0x78
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL17
	.byte	0x16
	.byte	0x79
	.byte	0
	.byte	0x36
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x31
	.byte	0x24
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0x78
	.byte	0x1c
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL17
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x6
	.byte	0x7e
	.byte	0
	.byte	0x7c
	.byte	0
	.byte	0x1e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x6
	.byte	0x7e
	.byte	0
	.byte	0x7c
	.byte	0
	.byte	0x1e
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF14:
	.string	"int8_t"
.LASF10:
	.string	"short int"
.LASF24:
	.string	"main"
.LASF21:
	.string	"sat_mul16"
.LASF18:
	.string	"clipped"
.LASF17:
	.string	"uint8_t"
.LASF12:
	.string	"long int"
.LASF23:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF20:
	.string	"sat_sub_u8"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"clamp16"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF13:
	.string	"char"
.LASF16:
	.string	"int32_t"
.LASF15:
	.string	"int16_t"
.LASF2:
	.string	"long unsigned int"
.LASF22:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF11:
	.string	"__int32_t"
.LASF25:
	.string	"sat_add8"
.LASF9:
	.string	"__int16_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/saturating_math.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
