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
.LC2:
	.string	"%d + %d -> %d\n"
	.align	3
.LC3:
	.string	"%d * %d -> %d\n"
	.align	3
.LC4:
	.string	"u8: %u %u\n"
	.align	3
.LC5:
	.string	"clamp: %d %d %d\n"
	.align	3
.LC6:
	.string	"cmp: %d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.file 1 "programs/saturating_math.c"
	.loc 1 24 1
	.cfi_startproc
	.loc 1 25 5
	.loc 1 25 12 is_stmt 0
	li	a5,-2144165888
	.loc 1 24 1
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	.loc 1 25 12
	addi	a5,a5,-924
	sw	a5,8(sp)
	li	a5,127
	sh	a5,12(sp)
	li	a5,-1
	sb	a5,14(sp)
	.loc 1 26 5 is_stmt 1
	.loc 1 26 13 is_stmt 0
	ld	a5,.LC1
	sd	a5,16(sp)
	li	a5,11894784
	.loc 1 24 1
	sd	s1,88(sp)
	sd	s8,32(sp)
	.loc 1 26 13
	addi	a5,a5,-1
	.cfi_offset 9, -24
	.cfi_offset 24, -80
	addi	s8,sp,8
.LBB20:
.LBB21:
	.loc 1 29 40
	li	s1,3
.LBE21:
.LBE20:
	.loc 1 24 1
	sd	s0,96(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	ra,104(sp)
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 1, -8
	.loc 1 26 13
	sw	a5,24(sp)
	.loc 1 27 5 is_stmt 1
.LVL0:
	.loc 1 28 5
.LBB43:
	.loc 1 28 10
	.loc 1 28 23
	addi	s4,sp,15
.LBE43:
	.loc 1 26 13 is_stmt 0
	li	a2,-128
	.loc 1 27 9
	li	s0,0
.LBB44:
.LBB36:
.LBB22:
.LBB23:
	.loc 1 8 12
	li	s3,127
	li	s6,-128
.LBE23:
.LBE22:
	.loc 1 30 34
	li	s7,253
	.loc 1 31 9
	lla	s2,.LC2
	.loc 1 29 40
	subw	s1,s1,s8
	.loc 1 29 45
	li	s5,7
	j	.L5
.LVL1:
.L15:
.LBB30:
.LBB24:
	.loc 1 8 12
	blt	a3,s6,.L9
.LBE24:
.LBE30:
	.loc 1 30 34
	sgtu	a5,a5,s7
.LVL2:
.L2:
	.loc 1 30 9 is_stmt 1
	.loc 1 31 9 is_stmt 0
	mv	a0,s2
	.loc 1 30 17
	addw	s0,s0,a5
.LVL3:
	.loc 1 31 9 is_stmt 1
.LBE36:
	.loc 1 28 23 is_stmt 0
	addi	s8,s8,1
.LVL4:
.LBB37:
	.loc 1 31 9
	call	printf@plt
.LVL5:
.LBE37:
	.loc 1 28 29 is_stmt 1
	.loc 1 28 23
.LBB38:
	.loc 1 29 40 is_stmt 0
	addw	a5,s1,s8
.LBE38:
	.loc 1 28 23
	beq	s4,s8,.L14
.L3:
.LBB39:
	.loc 1 29 20
	remw	a5,a5,s5
	addi	a5,a5,32
	add	a5,a5,sp
	lb	a2,-24(a5)
.LVL6:
.L5:
	.loc 1 29 9 is_stmt 1 discriminator 3
.LBB31:
.LBB25:
	.loc 1 7 5 discriminator 3
	.loc 1 7 15 is_stmt 0 discriminator 3
	lb	a1,0(s8)
	.loc 1 7 9 discriminator 3
	addw	a3,a2,a1
.LVL7:
.LBE25:
.LBE31:
	.loc 1 30 34 discriminator 3
	addiw	a5,a3,127
.LBB32:
.LBB26:
	.loc 1 8 5 is_stmt 1 discriminator 3
.LBE26:
.LBE32:
	.loc 1 30 34 is_stmt 0 discriminator 3
	andi	a5,a5,0xff
.LBB33:
.LBB27:
	.loc 1 8 12 discriminator 3
	ble	a3,s3,.L15
	li	a5,1
.LVL8:
.LBE27:
.LBE33:
	.loc 1 30 9 is_stmt 1
.LBB34:
.LBB28:
	li	a3,127
.LBE28:
.LBE34:
	.loc 1 31 9 is_stmt 0
	mv	a0,s2
	.loc 1 30 17
	addw	s0,s0,a5
.LVL9:
	.loc 1 31 9 is_stmt 1
.LBE39:
	.loc 1 28 23 is_stmt 0
	addi	s8,s8,1
.LVL10:
.LBB40:
	.loc 1 31 9
	call	printf@plt
.LVL11:
.LBE40:
	.loc 1 28 29 is_stmt 1
	.loc 1 28 23
.LBB41:
	.loc 1 29 40 is_stmt 0
	addw	a5,s1,s8
.LBE41:
	.loc 1 28 23
	bne	s4,s8,.L3
.L14:
.LBE44:
.LBB45:
.LBB46:
.LBB47:
.LBB48:
	.loc 1 14 8
	li	s1,32768
	addi	s5,s1,-1
.LBE48:
.LBE47:
	.loc 1 35 35
	li	s2,65536
	addi	s7,sp,16
.LBE46:
.LBE45:
.LBB66:
	.loc 1 28 23
	li	s6,1
	li	a2,-300
.LBE66:
.LBB67:
.LBB63:
.LBB56:
.LBB49:
	.loc 1 15 8
	li	s4,-32768
.LBE49:
.LBE56:
	.loc 1 35 35
	mv	s3,s5
	addi	s2,s2,-3
	j	.L4
.LVL12:
.L16:
.LBB57:
.LBB50:
	.loc 1 15 8
	blt	a3,s4,.L11
.LBE50:
.LBE57:
	.loc 1 35 35
	sgtu	a5,a5,s2
.LVL13:
.L6:
	.loc 1 35 9 is_stmt 1
	.loc 1 36 9 is_stmt 0
	lla	a0,.LC3
	.loc 1 35 17
	addw	s0,s0,a5
.LVL14:
	.loc 1 36 9 is_stmt 1
	call	printf@plt
.LVL15:
.LBE63:
	.loc 1 33 29
	.loc 1 33 23
	addi	s6,s6,1
.LVL16:
	li	a5,7
	addi	s7,s7,2
	beq	s6,a5,.L7
.L17:
.LBB64:
	.loc 1 34 21 is_stmt 0
	li	a5,6
	remw	a5,s6,a5
	slli	a5,a5,1
	addi	a5,a5,32
	add	a5,a5,sp
	lh	a2,-16(a5)
.LVL17:
.L4:
	.loc 1 34 9 is_stmt 1 discriminator 3
.LBB58:
.LBB51:
	.loc 1 13 5 discriminator 3
	.loc 1 15 5 discriminator 3
	.loc 1 16 5 discriminator 3
	.loc 1 13 17 is_stmt 0 discriminator 3
	lh	a1,0(s7)
	.loc 1 13 13 discriminator 3
	mulw	a3,a1,a2
.LBE51:
.LBE58:
	.loc 1 35 35 discriminator 3
	addw	a5,s3,a3
.LVL18:
.LBB59:
.LBB52:
	.loc 1 14 5 is_stmt 1 discriminator 3
.LBE52:
.LBE59:
	.loc 1 35 35 is_stmt 0 discriminator 3
	slli	a5,a5,48
	srli	a5,a5,48
.LBB60:
.LBB53:
	.loc 1 14 8 discriminator 3
	blt	a3,s1,.L16
	li	a5,1
.LVL19:
.LBE53:
.LBE60:
	.loc 1 35 9 is_stmt 1
.LBB61:
.LBB54:
	mv	a3,s5
.LBE54:
.LBE61:
	.loc 1 36 9 is_stmt 0
	lla	a0,.LC3
	.loc 1 35 17
	addw	s0,s0,a5
.LVL20:
	.loc 1 36 9 is_stmt 1
	call	printf@plt
.LVL21:
.LBE64:
	.loc 1 33 29
	.loc 1 33 23
	addi	s6,s6,1
.LVL22:
	li	a5,7
	addi	s7,s7,2
	bne	s6,a5,.L17
.L7:
.LBE67:
	.loc 1 38 5
	li	a2,190
	li	a1,0
	lla	a0,.LC4
	call	printf@plt
.LVL23:
	.loc 1 39 5
	li	a3,5
	li	a2,-1000
	li	a1,1000
	lla	a0,.LC5
	call	printf@plt
.LVL24:
	.loc 1 40 5
	.loc 1 41 5
	.loc 1 42 5
	li	a2,1
	li	a1,1
	lla	a0,.LC6
	call	printf@plt
.LVL25:
	.loc 1 43 5
	.loc 1 44 1 is_stmt 0
	ld	ra,104(sp)
	.cfi_remember_state
	.cfi_restore 1
	mv	a0,s0
	ld	s0,96(sp)
	.cfi_restore 8
	ld	s1,88(sp)
	.cfi_restore 9
	ld	s2,80(sp)
	.cfi_restore 18
	ld	s3,72(sp)
	.cfi_restore 19
	ld	s4,64(sp)
	.cfi_restore 20
	ld	s5,56(sp)
	.cfi_restore 21
	ld	s6,48(sp)
	.cfi_restore 22
	ld	s7,40(sp)
	.cfi_restore 23
	ld	s8,32(sp)
	.cfi_restore 24
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
.LVL26:
.L9:
	.cfi_restore_state
.LBB68:
.LBB42:
.LBB35:
.LBB29:
	li	a3,-128
.LVL27:
	li	a5,1
	j	.L2
.LVL28:
.L11:
.LBE29:
.LBE35:
.LBE42:
.LBE68:
.LBB69:
.LBB65:
.LBB62:
.LBB55:
	li	a3,-32768
.LVL29:
	li	a5,1
	j	.L6
.LBE55:
.LBE62:
.LBE65:
.LBE69:
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC1:
	.dword	-9223371173586009812
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3c3
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x12
	.4byte	.LASF22
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL17
	.8byte	0
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
	.4byte	0x52
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x31
	.byte	0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x71
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.byte	0x4
	.4byte	.LASF11
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x84
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
	.4byte	0x92
	.byte	0x4
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x46
	.byte	0x4
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x65
	.byte	0x4
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x78
	.byte	0x4
	.4byte	.LASF17
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x59
	.byte	0x15
	.4byte	.LASF23
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x84
	.4byte	0xe6
	.byte	0x16
	.4byte	0xe6
	.byte	0x17
	.byte	0
	.byte	0x18
	.byte	0x8
	.4byte	0x99
	.byte	0x19
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0x5
	.4byte	0x84
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x306
	.byte	0xc
	.string	"a"
	.byte	0x19
	.byte	0xc
	.4byte	0x306
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0xc
	.string	"h"
	.byte	0x1a
	.byte	0xd
	.4byte	0x316
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7f
	.byte	0x1a
	.4byte	.LASF18
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x84
	.4byte	.LLST0
	.byte	0x5
	.string	"sc"
	.byte	0x28
	.byte	0x11
	.4byte	0x52
	.4byte	.LLST1
	.byte	0x5
	.string	"uc"
	.byte	0x29
	.byte	0x13
	.4byte	0x31
	.4byte	.LLST2
	.byte	0xd
	.4byte	.LLRL3
	.4byte	0x1e5
	.byte	0x5
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x84
	.4byte	.LLST4
	.byte	0x6
	.4byte	.LLRL5
	.byte	0x7
	.string	"s"
	.byte	0x1d
	.byte	0x10
	.4byte	0x9e
	.byte	0xe
	.4byte	0x39d
	.8byte	.LBB22
	.4byte	.LLRL6
	.byte	0x1d
	.byte	0x14
	.4byte	0x1b1
	.byte	0x8
	.4byte	0x3b3
	.4byte	.LLST7
	.byte	0x8
	.4byte	0x3aa
	.4byte	.LLST8
	.byte	0x6
	.4byte	.LLRL6
	.byte	0xf
	.4byte	0x3bc
	.4byte	.LLST9
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL5
	.4byte	0xce
	.4byte	0x1c9
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL11
	.4byte	0xce
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.4byte	.LLRL10
	.4byte	0x284
	.byte	0x5
	.string	"i"
	.byte	0x21
	.byte	0xe
	.4byte	0x84
	.4byte	.LLST11
	.byte	0x6
	.4byte	.LLRL12
	.byte	0x7
	.string	"m"
	.byte	0x22
	.byte	0x11
	.4byte	0xaa
	.byte	0xe
	.4byte	0x373
	.8byte	.LBB47
	.4byte	.LLRL13
	.byte	0x22
	.byte	0x15
	.4byte	0x242
	.byte	0x8
	.4byte	0x38a
	.4byte	.LLST14
	.byte	0x8
	.4byte	0x381
	.4byte	.LLST15
	.byte	0x6
	.4byte	.LLRL13
	.byte	0xf
	.4byte	0x393
	.4byte	.LLST16
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL15
	.4byte	0xce
	.4byte	0x261
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0
	.byte	0xa
	.8byte	.LVL21
	.4byte	0xce
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL23
	.4byte	0xce
	.4byte	0x2ae
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
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
	.byte	0x9
	.8byte	.LVL24
	.4byte	0xce
	.4byte	0x2e0
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
	.byte	0xa
	.8byte	.LVL25
	.4byte	0xce
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
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
	.byte	0x10
	.4byte	0x9e
	.4byte	0x316
	.byte	0x11
	.4byte	0x2a
	.byte	0x6
	.byte	0
	.byte	0x10
	.4byte	0xaa
	.4byte	0x326
	.byte	0x11
	.4byte	0x2a
	.byte	0x5
	.byte	0
	.byte	0xb
	.4byte	.LASF19
	.byte	0x15
	.4byte	0xaa
	.4byte	0x352
	.byte	0x2
	.string	"v"
	.byte	0x15
	.byte	0x20
	.4byte	0xb6
	.byte	0x2
	.string	"lo"
	.byte	0x15
	.byte	0x2b
	.4byte	0xaa
	.byte	0x2
	.string	"hi"
	.byte	0x15
	.byte	0x37
	.4byte	0xaa
	.byte	0
	.byte	0xb
	.4byte	.LASF20
	.byte	0x13
	.4byte	0xc2
	.4byte	0x373
	.byte	0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0xc2
	.byte	0x2
	.string	"b"
	.byte	0x13
	.byte	0x2e
	.4byte	0xc2
	.byte	0
	.byte	0xb
	.4byte	.LASF21
	.byte	0xb
	.4byte	0xaa
	.4byte	0x39d
	.byte	0x2
	.string	"a"
	.byte	0xb
	.byte	0x22
	.4byte	0xaa
	.byte	0x2
	.string	"b"
	.byte	0xb
	.byte	0x2d
	.4byte	0xaa
	.byte	0x7
	.string	"p"
	.byte	0xd
	.byte	0xd
	.4byte	0xb6
	.byte	0
	.byte	0x1b
	.4byte	.LASF25
	.byte	0x1
	.byte	0x5
	.byte	0xf
	.4byte	0x9e
	.byte	0x1
	.byte	0x2
	.string	"a"
	.byte	0x5
	.byte	0x1f
	.4byte	0x9e
	.byte	0x2
	.string	"b"
	.byte	0x5
	.byte	0x29
	.4byte	0x9e
	.byte	0x7
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x84
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
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xc
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
	.byte	0xd
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
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
	.8byte	.LVL9
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL14
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL20
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LFE15
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x3
	.byte	0x9
	.byte	0xfb
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
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
	.8byte	.LVL4
	.byte	0x7
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x7
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x7
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1a
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x23
	.byte	0x3
	.byte	0x37
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
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0x68
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x1a
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x23
	.byte	0x3
	.byte	0x37
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
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0x68
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x1a
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x1c
	.byte	0x23
	.byte	0x3
	.byte	0x37
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
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0x8
	.byte	0x68
	.byte	0x1c
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x6
	.byte	0x7c
	.byte	0
	.byte	0x7b
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL15
	.byte	0x3
	.byte	0x86
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL21
	.byte	0x3
	.byte	0x86
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LFE15
	.byte	0x3
	.byte	0x86
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x16
	.byte	0x86
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
	.byte	0x60
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL19
	.byte	0x16
	.byte	0x86
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
	.byte	0x60
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LFE15
	.byte	0x16
	.byte	0x86
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
	.byte	0x60
	.byte	0x1c
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL19
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LFE15
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LFE15
	.byte	0x6
	.byte	0x7b
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
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0x6
	.8byte	.LBB66
	.8byte	.LBE66
	.byte	0x6
	.8byte	.LBB68
	.8byte	.LBE68
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0x6
	.8byte	.LBB67
	.8byte	.LBE67
	.byte	0x6
	.8byte	.LBB69
	.8byte	.LBE69
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB63
	.8byte	.LBE63
	.byte	0x6
	.8byte	.LBB64
	.8byte	.LBE64
	.byte	0x6
	.8byte	.LBB65
	.8byte	.LBE65
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0x6
	.8byte	.LBB56
	.8byte	.LBE56
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0x6
	.8byte	.LBB59
	.8byte	.LBE59
	.byte	0x6
	.8byte	.LBB60
	.8byte	.LBE60
	.byte	0x6
	.8byte	.LBB61
	.8byte	.LBE61
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LFB15
	.8byte	.LFE15
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
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
