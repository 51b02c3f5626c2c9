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
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/hash_table.c"
	.loc 1 27 1
	.cfi_startproc
	.loc 1 28 5
	.loc 1 29 5
.LVL0:
	.loc 1 30 5
	.loc 1 27 1 is_stmt 0
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sd	s4,64(sp)
	sd	s7,40(sp)
	.cfi_offset 20, -48
	.cfi_offset 23, -72
	addi	s4,sp,8
	.loc 1 30 12
	lla	s7,.LC0
	.loc 1 27 1
	sd	s5,56(sp)
	.loc 1 30 12
	mv	a1,s4
	.cfi_offset 21, -56
.LBB16:
.LBB17:
.LBB18:
.LBB19:
.LBB20:
	.loc 1 12 14
	li	s5,4096
.LBE20:
.LBE19:
.LBE18:
.LBE17:
.LBE16:
	.loc 1 30 12
	mv	a0,s7
	.loc 1 27 1
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s6,48(sp)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s8,32(sp)
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 22, -64
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 24, -80
	.loc 1 30 29
	li	s6,1
	.loc 1 29 23
	li	s2,0
.LVL1:
	.loc 1 29 9
	li	s3,0
.LVL2:
	.loc 1 30 29 is_stmt 1
	lla	s1,table
.LBB35:
.LBB32:
.LBB29:
.LBB25:
.LBB21:
	.loc 1 12 14 is_stmt 0
	addi	s5,s5,1285
.LBE21:
.LBE25:
.LBE29:
.LBE32:
.LBE35:
	.loc 1 30 12
	call	__isoc99_scanf@plt
.LVL3:
	.loc 1 30 29
	bne	a0,s6,.L8
.L25:
.LVL4:
.LBB36:
.LBB33:
.LBB30:
.LBB26:
.LBB22:
	.loc 1 13 12 is_stmt 1
	lbu	a4,8(sp)
	mv	a2,s4
	.loc 1 12 14 is_stmt 0
	mv	a3,s5
	.loc 1 13 12
	beq	a4,zero,.L24
.LVL5:
.L3:
	.loc 1 14 9 is_stmt 1
	.loc 1 14 15 is_stmt 0
	slliw	a5,a3,5
	addw	a5,a5,a3
	.loc 1 14 39
	addi	a2,a2,1
.LVL6:
	.loc 1 14 11
	addw	a5,a4,a5
	.loc 1 13 12
	lbu	a4,0(a2)
	.loc 1 14 11
	sext.w	a3,a5
.LVL7:
	.loc 1 13 12 is_stmt 1
	bne	a4,zero,.L3
	andi	s8,a5,127
	slli	a4,s8,3
	sub	a4,a4,s8
.LBE22:
.LBE26:
	.loc 1 20 14 is_stmt 0
	mv	s0,s8
	slli	a4,a4,2
.LVL8:
.L9:
.LBB27:
.LBB23:
	.loc 1 15 5 is_stmt 1
.LBE23:
.LBE27:
	.loc 1 21 5
	.loc 1 21 27
	.loc 1 21 20 is_stmt 0
	slli	a5,s8,3
	sub	a5,a5,s8
	slli	a5,a5,2
	add	a5,s1,a5
	.loc 1 21 27
	lw	a5,24(a5)
	.loc 1 23 12
	add	a0,a4,s1
	.loc 1 21 27
	bne	a5,zero,.L4
	j	.L5
.LVL9:
.L6:
	.loc 1 21 20
	andi	s8,a5,127
	slli	a0,s8,3
	sub	a0,a0,s8
	slli	a0,a0,2
	add	a0,s1,a0
	.loc 1 21 27
	lw	a4,24(a0)
	.loc 1 22 11
	mv	s0,s8
	.loc 1 21 27 is_stmt 1
	beq	a4,zero,.L5
.LVL10:
.L4:
	.loc 1 21 45 is_stmt 0
	slli	a0,s8,3
	sub	a0,a0,s8
	slli	a0,a0,2
	.loc 1 21 30
	mv	a1,s4
	add	a0,s1,a0
	call	strcmp@plt
.LVL11:
	.loc 1 22 9 is_stmt 1
	.loc 1 22 16 is_stmt 0
	addiw	a5,s0,1
.LVL12:
	.loc 1 21 27
	bne	a0,zero,.L6
.LVL13:
.LBE30:
.LBE33:
	.loc 1 36 9 is_stmt 1
	.loc 1 36 17 is_stmt 0
	slli	a5,s8,3
	sub	a5,a5,s8
	slli	a5,a5,2
	add	a5,s1,a5
	lw	a4,24(a5)
	.loc 1 37 14
	addiw	s2,s2,1
.LVL14:
	.loc 1 36 17
	addiw	a4,a4,1
	sw	a4,24(a5)
	.loc 1 37 9 is_stmt 1
.L27:
.LVL15:
.LBE36:
	.loc 1 30 29
	.loc 1 30 12 is_stmt 0
	mv	a1,s4
	mv	a0,s7
	call	__isoc99_scanf@plt
.LVL16:
	.loc 1 30 29
	beq	a0,s6,.L25
.L8:
.LBB37:
.LBB38:
.LBB39:
	.loc 1 12 14
	li	s4,4096
	lla	s0,table
	lla	s6,table+3584
.LBE39:
.LBE38:
	.loc 1 40 12
	li	s1,1
	.loc 1 41 13
	lla	s5,.LC1
.LBB43:
.LBB40:
	.loc 1 12 14
	addi	s4,s4,1285
	j	.L13
.LVL17:
.L10:
.LBE40:
.LBE43:
	.loc 1 39 33 is_stmt 1 discriminator 2
	.loc 1 39 23 discriminator 2
	addi	s0,s0,28
.LVL18:
	beq	s6,s0,.L26
.LVL19:
.L13:
	.loc 1 40 9
	.loc 1 40 21 is_stmt 0
	lw	a2,24(s0)
	.loc 1 40 12
	ble	a2,s1,.L10
	.loc 1 41 13 is_stmt 1
.LVL20:
.LBB44:
.LBB41:
	.loc 1 12 5
	.loc 1 13 5
	.loc 1 13 12
	lbu	a5,0(s0)
	beq	a5,zero,.L15
	mv	a4,s0
	.loc 1 12 14 is_stmt 0
	mv	a3,s4
.LVL21:
.L12:
	.loc 1 14 9 is_stmt 1
	.loc 1 14 15 is_stmt 0
	slliw	a0,a3,5
	addw	a3,a0,a3
.LVL22:
	.loc 1 14 39
	addi	a4,a4,1
.LVL23:
	.loc 1 14 11
	addw	a3,a3,a5
	.loc 1 13 12 is_stmt 1
	lbu	a5,0(a4)
	bne	a5,zero,.L12
	.loc 1 15 5
.LVL24:
.LBE41:
.LBE44:
	.loc 1 41 13 is_stmt 0
	mv	a1,s0
	mv	a0,s5
	call	printf@plt
.LVL25:
.L28:
	.loc 1 39 33 is_stmt 1
	.loc 1 39 23
	addi	s0,s0,28
.LVL26:
	bne	s6,s0,.L13
.LVL27:
.L26:
.LBE37:
	.loc 1 42 5
	mv	a2,s3
	mv	a1,s2
	lla	a0,.LC2
	call	printf@plt
.LVL28:
	.loc 1 43 5
	.loc 1 44 1 is_stmt 0
	ld	ra,104(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
	ld	s1,88(sp)
	.cfi_restore 9
	ld	s2,80(sp)
	.cfi_restore 18
.LVL29:
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
	mv	a0,s3
	ld	s3,72(sp)
	.cfi_restore 19
.LVL30:
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
.LVL31:
.L5:
	.cfi_restore_state
.LBB46:
	.loc 1 33 13 is_stmt 1
	mv	a1,s4
	call	strcpy@plt
.LVL32:
	.loc 1 34 13
	.loc 1 36 17 is_stmt 0
	slli	a5,s8,3
	sub	a5,a5,s8
	slli	a5,a5,2
	add	a5,s1,a5
	lw	a4,24(a5)
	.loc 1 34 21
	addiw	s3,s3,1
.LVL33:
	.loc 1 36 9 is_stmt 1
	.loc 1 37 14 is_stmt 0
	addiw	s2,s2,1
.LVL34:
	.loc 1 36 17
	addiw	a4,a4,1
	sw	a4,24(a5)
	.loc 1 37 9 is_stmt 1
	j	.L27
.LVL35:
.L15:
.LBE46:
.LBB47:
.LBB45:
.LBB42:
	.loc 1 12 14 is_stmt 0
	mv	a3,s4
	.loc 1 15 5 is_stmt 1
.LVL36:
.LBE42:
.LBE45:
	.loc 1 41 13 is_stmt 0
	mv	a1,s0
	mv	a0,s5
	call	printf@plt
.LVL37:
	j	.L28
.LVL38:
.L24:
.LBE47:
.LBB48:
.LBB34:
.LBB31:
.LBB28:
.LBB24:
	.loc 1 13 12
	li	a4,140
	li	s0,5
	li	s8,5
	j	.L9
.LBE24:
.LBE28:
.LBE31:
.LBE34:
.LBE48:
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
	.4byte	0x35d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x14
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL13
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
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	0x67
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x16
	.4byte	0x67
	.byte	0x5
	.4byte	0x6e
	.byte	0x17
	.4byte	.LASF19
	.byte	0x1c
	.byte	0x1
	.byte	0x7
	.byte	0x8
	.4byte	0x9c
	.byte	0xb
	.4byte	.LASF10
	.byte	0x15
	.4byte	0x9c
	.byte	0
	.byte	0xb
	.4byte	.LASF11
	.byte	0x23
	.4byte	0x54
	.byte	0x18
	.byte	0
	.byte	0xc
	.4byte	0x67
	.4byte	0xac
	.byte	0xd
	.4byte	0x2a
	.byte	0x17
	.byte	0
	.byte	0xc
	.4byte	0x78
	.4byte	0xbc
	.byte	0xd
	.4byte	0x2a
	.byte	0x7f
	.byte	0
	.byte	0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x8
	.byte	0x15
	.4byte	0xac
	.byte	0x9
	.byte	0x3
	.8byte	table
	.byte	0xe
	.4byte	.LASF12
	.byte	0x9c
	.byte	0xc
	.4byte	0x54
	.4byte	0xec
	.byte	0x3
	.4byte	0x73
	.byte	0x3
	.4byte	0x73
	.byte	0
	.byte	0x19
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x104
	.byte	0x3
	.4byte	0x73
	.byte	0xf
	.byte	0
	.byte	0x1a
	.4byte	.LASF20
	.byte	0x3
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF21
	.4byte	0x54
	.4byte	0x120
	.byte	0x3
	.4byte	0x73
	.byte	0xf
	.byte	0
	.byte	0xe
	.4byte	.LASF14
	.byte	0x8d
	.byte	0xe
	.4byte	0x62
	.4byte	0x13a
	.byte	0x3
	.4byte	0x62
	.byte	0x3
	.4byte	0x73
	.byte	0
	.byte	0x1b
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x317
	.byte	0x1c
	.string	"w"
	.byte	0x1
	.byte	0x1c
	.byte	0xa
	.4byte	0x9c
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x10
	.4byte	.LASF16
	.byte	0x9
	.4byte	0x54
	.4byte	.LLST0
	.byte	0x10
	.4byte	.LASF17
	.byte	0x17
	.4byte	0x54
	.4byte	.LLST1
	.byte	0x11
	.4byte	.LLRL2
	.4byte	0x22d
	.byte	0x6
	.string	"e"
	.byte	0x1f
	.byte	0x17
	.4byte	0x317
	.byte	0x7
	.4byte	0x31c
	.8byte	.LBB17
	.4byte	.LLRL3
	.byte	0x1f
	.byte	0x1b
	.4byte	0x218
	.byte	0x1d
	.4byte	0x32d
	.byte	0x8
	.4byte	.LLRL3
	.byte	0x9
	.4byte	0x336
	.4byte	.LLST4
	.byte	0x7
	.4byte	0x340
	.8byte	.LBB19
	.4byte	.LLRL5
	.byte	0x14
	.byte	0x12
	.4byte	0x1f2
	.byte	0x12
	.4byte	0x34d
	.4byte	.LLST6
	.byte	0x8
	.4byte	.LLRL5
	.byte	0x9
	.4byte	0x356
	.4byte	.LLST7
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL11
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0xc
	.byte	0x88
	.byte	0
	.byte	0x33
	.byte	0x24
	.byte	0x88
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x24
	.byte	0x79
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
	.8byte	.LVL32
	.4byte	0x120
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0x11
	.4byte	.LLRL8
	.4byte	0x2b3
	.byte	0x1e
	.string	"i"
	.byte	0x1
	.byte	0x27
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST9
	.byte	0x7
	.4byte	0x340
	.8byte	.LBB38
	.4byte	.LLRL10
	.byte	0x29
	.byte	0xd
	.4byte	0x274
	.byte	0x12
	.4byte	0x34d
	.4byte	.LLST11
	.byte	0x8
	.4byte	.LLRL10
	.byte	0x9
	.4byte	0x356
	.4byte	.LLST12
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL25
	.4byte	0xec
	.4byte	0x292
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL37
	.4byte	0xec
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL3
	.4byte	0x104
	.4byte	0x2d1
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
	.byte	0xa
	.8byte	.LVL16
	.4byte	0x104
	.4byte	0x2ef
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
	.8byte	.LVL28
	.4byte	0xec
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
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x78
	.byte	0x1f
	.4byte	.LASF23
	.byte	0x1
	.byte	0x12
	.byte	0x16
	.4byte	0x317
	.byte	0x1
	.4byte	0x340
	.byte	0x13
	.string	"w"
	.byte	0x12
	.byte	0x29
	.4byte	0x73
	.byte	0x6
	.string	"i"
	.byte	0x14
	.byte	0xe
	.4byte	0x3f
	.byte	0
	.byte	0x20
	.4byte	.LASF24
	.byte	0x1
	.byte	0xa
	.byte	0x11
	.4byte	0x3f
	.byte	0x1
	.byte	0x13
	.string	"s"
	.byte	0xa
	.byte	0x22
	.4byte	0x73
	.byte	0x6
	.string	"h"
	.byte	0xc
	.byte	0xe
	.4byte	0x3f
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
	.byte	0x8
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x34
	.byte	0
	.byte	0x31
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0xf
	.byte	0x18
	.byte	0
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
	.byte	0x11
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x1b
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
	.byte	0x1c
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
	.byte	0x1d
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
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
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1f
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
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL30
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LFE13
	.byte	0x1
	.byte	0x63
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
	.8byte	.LVL14
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL29
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL34
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LFE13
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x6
	.byte	0x7f
	.byte	0
	.byte	0x8
	.byte	0x7f
	.byte	0x1a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x6
	.byte	0x7f
	.byte	0
	.byte	0x8
	.byte	0x7f
	.byte	0x1a
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LFE13
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x4c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x4c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL25
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x4c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x4c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table+28
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x4c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL38
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	table
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x4c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL24
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x4
	.byte	0xa
	.2byte	0x1505
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
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB48
	.8byte	.LBE48
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
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
.LLRL5:
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LFB13
	.8byte	.LFE13
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
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
