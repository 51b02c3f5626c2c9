	.file	"hash_table.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/hash_table.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%23s"
	.align	3
.LC1:
	.string	"%-10s %d (hash %u)\n"
	.align	3
.LC2:
	.string	"%d words, %d distinct\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/hash_table.c"
	.loc 1 27 1
	.cfi_startproc
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
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
	.loc 1 28 5
	.loc 1 29 5
.LVL0:
	.loc 1 30 5
	.loc 1 29 23 is_stmt 0
	li	s1,0
	.loc 1 29 9
	li	s2,0
	.loc 1 30 12
	addi	s4,sp,8
	lla	s7,.LC0
	.loc 1 30 29
	li	s6,1
.LBB10:
.LBB11:
.LBB12:
.LBB13:
.LBB14:
	.loc 1 12 14
	li	s5,4096
	addi	s5,s5,1285
.LBE14:
.LBE13:
	.loc 1 21 20
	lla	s3,table
.LBE12:
.LBE11:
.LBE10:
	.loc 1 30 11
	j	.L2
.LVL1:
.L29:
.LBB27:
.LBB23:
.LBB19:
	.loc 1 23 5 is_stmt 1
.LBE19:
.LBE23:
	.loc 1 32 9
	.loc 1 32 12 is_stmt 0
	beq	s8,zero,.L6
.LVL2:
.L8:
	.loc 1 36 9 is_stmt 1
	.loc 1 36 17 is_stmt 0
	slli	a5,s0,3
	sub	a4,a5,s0
	slli	a4,a4,2
	add	a4,s3,a4
	lw	a5,24(a4)
	addiw	a5,a5,1
	sw	a5,24(a4)
	.loc 1 37 9 is_stmt 1
	.loc 1 37 14 is_stmt 0
	addiw	s1,s1,1
.LVL3:
.L2:
.LBE27:
	.loc 1 30 29 is_stmt 1
	.loc 1 30 12 is_stmt 0
	mv	a1,s4
	mv	a0,s7
	call	__isoc99_scanf@plt
.LVL4:
	.loc 1 30 29
	bne	a0,s6,.L9
.LVL5:
.LBB28:
.LBB24:
.LBB20:
.LBB17:
.LBB15:
	.loc 1 13 12 is_stmt 1
	lbu	a4,8(sp)
	addi	a3,sp,8
	.loc 1 12 14 is_stmt 0
	mv	a5,s5
	.loc 1 13 12
	beq	a4,zero,.L27
.LVL6:
.L3:
	.loc 1 14 9 is_stmt 1
	.loc 1 14 15 is_stmt 0
	slliw	a2,a5,5
	addw	a5,a2,a5
.LVL7:
	.loc 1 14 39
	addi	a3,a3,1
.LVL8:
	.loc 1 14 11
	addw	a5,a5,a4
	.loc 1 13 12 is_stmt 1
	lbu	a4,0(a3)
	bne	a4,zero,.L3
.LVL9:
.L10:
	.loc 1 15 5
.LBE15:
.LBE17:
	.loc 1 20 14 is_stmt 0
	andi	s0,a5,127
.LVL10:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 27
	.loc 1 21 20 is_stmt 0
	slli	a4,s0,3
	sub	a5,a4,s0
	slli	a5,a5,2
	add	a5,s3,a5
	lw	s8,24(a5)
	.loc 1 21 27
	beq	s8,zero,.L28
.L4:
	.loc 1 21 45
	slli	a0,s0,3
	sub	a0,a0,s0
	slli	a0,a0,2
	.loc 1 21 30
	mv	a1,s4
	add	a0,s3,a0
	call	strcmp@plt
.LVL11:
	.loc 1 21 27
	beq	a0,zero,.L29
	.loc 1 22 9 is_stmt 1
	.loc 1 22 16 is_stmt 0
	addiw	a4,s0,1
	.loc 1 22 11
	andi	s0,a4,127
.LVL12:
	.loc 1 21 27 is_stmt 1
	.loc 1 21 20 is_stmt 0
	slli	a5,s0,3
	sub	a5,a5,s0
	slli	a5,a5,2
	add	a5,s3,a5
	lw	s8,24(a5)
	.loc 1 21 27
	bne	s8,zero,.L4
.LVL13:
.L6:
	.loc 1 23 12
	slli	a0,s0,3
	sub	a0,a0,s0
	slli	a0,a0,2
	add	a0,a0,s3
.LVL14:
.L15:
.LBE20:
.LBE24:
	.loc 1 33 13 is_stmt 1
	mv	a1,s4
	call	strcpy@plt
.LVL15:
	.loc 1 34 13
	.loc 1 34 21 is_stmt 0
	addiw	s2,s2,1
.LVL16:
	j	.L8
.LVL17:
.L27:
.LBB25:
.LBB21:
.LBB18:
.LBB16:
	.loc 1 12 14
	li	a5,4096
	addi	a5,a5,1285
	j	.L10
.LVL18:
.L9:
	lla	s0,table
	lla	s4,table+3584
.LBE16:
.LBE18:
.LBE21:
.LBE25:
.LBE28:
.LBB29:
	.loc 1 40 12
	li	s3,1
	.loc 1 41 13
	lla	s6,.LC1
.LBB30:
.LBB31:
	.loc 1 12 14
	li	s5,4096
	addi	s5,s5,1285
	j	.L14
.LVL19:
.L17:
	mv	a3,s5
.LVL20:
.L12:
	.loc 1 15 5 is_stmt 1
.LBE31:
.LBE30:
	.loc 1 41 13 is_stmt 0
	mv	a0,s6
	call	printf@plt
.LVL21:
.L11:
	.loc 1 39 33 is_stmt 1 discriminator 2
	.loc 1 39 23 discriminator 2
	addi	s0,s0,28
.LVL22:
	beq	s0,s4,.L30
.LVL23:
.L14:
	.loc 1 40 9
	mv	a1,s0
	.loc 1 40 21 is_stmt 0
	lw	a2,24(s0)
	.loc 1 40 12
	ble	a2,s3,.L11
	.loc 1 41 13 is_stmt 1
.LVL24:
.LBB33:
.LBB32:
	.loc 1 12 5
	.loc 1 13 5
	.loc 1 13 12
	lbu	a5,0(s0)
	beq	a5,zero,.L17
	mv	a4,s0
	.loc 1 12 14 is_stmt 0
	mv	a3,s5
.LVL25:
.L13:
	.loc 1 14 9 is_stmt 1
	.loc 1 14 15 is_stmt 0
	slliw	a0,a3,5
	addw	a3,a0,a3
.LVL26:
	.loc 1 14 39
	addi	a4,a4,1
.LVL27:
	.loc 1 14 11
	addw	a3,a3,a5
	.loc 1 13 12 is_stmt 1
	lbu	a5,0(a4)
	bne	a5,zero,.L13
	j	.L12
.LVL28:
.L28:
.LBE32:
.LBE33:
.LBE29:
.LBB34:
.LBB26:
.LBB22:
	.loc 1 23 5
	.loc 1 23 12 is_stmt 0
	li	a0,28
	mul	a0,s0,a0
	lla	a5,table
	add	a0,a0,a5
.LVL29:
.LBE22:
.LBE26:
	.loc 1 32 9 is_stmt 1
	j	.L15
.LVL30:
.L30:
.LBE34:
	.loc 1 42 5
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC2
	call	printf@plt
.LVL31:
	.loc 1 43 5
	.loc 1 44 1 is_stmt 0
	mv	a0,s2
	ld	ra,104(sp)
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
.LVL32:
	ld	s1,88(sp)
	.cfi_restore 9
.LVL33:
	ld	s2,80(sp)
	.cfi_restore 18
.LVL34:
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
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.bss
	.align	3
	.type	table, @object
	.size	table, 3584
table:
	.zero	3584
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/string.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x326
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF18
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
	.byte	0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	0x6b
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x15
	.4byte	0x6b
	.byte	0x5
	.4byte	0x72
	.byte	0x16
	.4byte	.LASF19
	.byte	0x1c
	.byte	0x1
	.byte	0x7
	.byte	0x8
	.4byte	0xa0
	.byte	0x9
	.4byte	.LASF10
	.byte	0x15
	.4byte	0xa0
	.byte	0
	.byte	0x9
	.4byte	.LASF11
	.byte	0x23
	.4byte	0x58
	.byte	0x18
	.byte	0
	.byte	0xa
	.4byte	0x6b
	.4byte	0xb0
	.byte	0xb
	.4byte	0x2e
	.byte	0x17
	.byte	0
	.byte	0xa
	.4byte	0x7c
	.4byte	0xc0
	.byte	0xb
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.byte	0x17
	.4byte	.LASF15
	.byte	0x1
	.byte	0x8
	.byte	0x15
	.4byte	0xb0
	.byte	0x9
	.byte	0x3
	.8byte	table
	.byte	0xc
	.4byte	.LASF12
	.byte	0x9c
	.byte	0xc
	.4byte	0x58
	.4byte	0xf0
	.byte	0x3
	.4byte	0x77
	.byte	0x3
	.4byte	0x77
	.byte	0
	.byte	0x18
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x108
	.byte	0x3
	.4byte	0x77
	.byte	0xd
	.byte	0
	.byte	0x19
	.4byte	.LASF20
	.byte	0x3
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF21
	.4byte	0x58
	.4byte	0x124
	.byte	0x3
	.4byte	0x77
	.byte	0xd
	.byte	0
	.byte	0xc
	.4byte	.LASF14
	.byte	0x8d
	.byte	0xe
	.4byte	0x66
	.4byte	0x13e
	.byte	0x3
	.4byte	0x66
	.byte	0x3
	.4byte	0x77
	.byte	0
	.byte	0x1a
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x2e2
	.byte	0x1b
	.string	"w"
	.byte	0x1
	.byte	0x1c
	.byte	0xa
	.4byte	0xa0
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0xe
	.4byte	.LASF16
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST0
	.byte	0xe
	.4byte	.LASF17
	.byte	0x17
	.4byte	0x58
	.4byte	.LLST1
	.byte	0x1c
	.4byte	.LLRL2
	.4byte	0x235
	.byte	0xf
	.string	"e"
	.byte	0x1f
	.byte	0x17
	.4byte	0x2e2
	.4byte	.LLST3
	.byte	0x6
	.4byte	0x2e7
	.8byte	.LBB11
	.4byte	.LLRL4
	.byte	0x1f
	.byte	0x1b
	.4byte	0x220
	.byte	0x1d
	.4byte	0x2f8
	.byte	0x7
	.4byte	.LLRL4
	.byte	0x8
	.4byte	0x301
	.4byte	.LLST5
	.byte	0x6
	.4byte	0x30a
	.8byte	.LBB13
	.4byte	.LLRL6
	.byte	0x14
	.byte	0x12
	.4byte	0x1fa
	.byte	0x10
	.4byte	0x317
	.4byte	.LLST7
	.byte	0x7
	.4byte	.LLRL6
	.byte	0x8
	.4byte	0x320
	.4byte	.LLST8
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL11
	.4byte	0xd6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0xc
	.byte	0x78
	.byte	0
	.byte	0x33
	.byte	0x24
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x24
	.byte	0x83
	.byte	0
	.byte	0x22
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL15
	.4byte	0x124
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1e
	.8byte	.LBB29
	.8byte	.LBE29-.LBB29
	.4byte	0x29c
	.byte	0xf
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST9
	.byte	0x6
	.4byte	0x30a
	.8byte	.LBB30
	.4byte	.LLRL10
	.byte	0x29
	.byte	0xd
	.4byte	0x287
	.byte	0x10
	.4byte	0x317
	.4byte	.LLST11
	.byte	0x7
	.4byte	.LLRL10
	.byte	0x8
	.4byte	0x320
	.4byte	.LLST12
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL21
	.4byte	0xf0
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.8byte	.LVL4
	.4byte	0x108
	.4byte	0x2ba
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
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL31
	.4byte	0xf0
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
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x7c
	.byte	0x20
	.4byte	.LASF23
	.byte	0x1
	.byte	0x12
	.byte	0x16
	.4byte	0x2e2
	.byte	0x1
	.4byte	0x30a
	.byte	0x11
	.string	"w"
	.byte	0x12
	.byte	0x29
	.4byte	0x77
	.byte	0x12
	.string	"i"
	.byte	0x14
	.4byte	0x43
	.byte	0
	.byte	0x21
	.4byte	.LASF24
	.byte	0x1
	.byte	0xa
	.byte	0x11
	.4byte	0x43
	.byte	0x1
	.byte	0x11
	.string	"s"
	.byte	0xa
	.byte	0x22
	.4byte	0x77
	.byte	0x12
	.string	"h"
	.byte	0xc
	.4byte	0x43
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
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x7
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x2
	.byte	0x3b
	.byte	0xb
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
	.byte	0xd
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x1d
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
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
	.byte	0x21
	.byte	0xe
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x6e
	.byte	0xe
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
	.byte	0x1a
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
	.byte	0x1b
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
	.byte	0x1c
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1e
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
	.byte	0x1f
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
	.byte	0x20
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
	.byte	0x21
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
	.8byte	.LVL16
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL34
	.byte	0x1
	.byte	0x62
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
	.8byte	.LVL33
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x4c
	.byte	0x1e
	.byte	0x3
	.8byte	table
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x4c
	.byte	0x1e
	.byte	0x3
	.8byte	table
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL13
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL21
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x4c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x4c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x4c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL28
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x4c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x4c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5d
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
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF20:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"strcpy"
.LASF6:
	.string	"signed char"
.LASF24:
	.string	"djb2"
.LASF19:
	.string	"entry"
.LASF9:
	.string	"char"
.LASF21:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF11:
	.string	"count"
.LASF15:
	.string	"table"
.LASF12:
	.string	"strcmp"
.LASF2:
	.string	"long unsigned int"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF23:
	.string	"lookup"
.LASF17:
	.string	"total"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF7:
	.string	"short int"
.LASF10:
	.string	"word"
.LASF16:
	.string	"distinct"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/hash_table.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
