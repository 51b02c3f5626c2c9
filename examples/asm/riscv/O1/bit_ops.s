	.file	"bit_ops.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/bit_ops.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%016llx pop=%d rotl=%08x rotr16=%04x rev8=%02x bswap=%016llx clz=%d\n"
	.align	3
.LC4:
	.string	"sign extend %d %d %d %d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB17:
	.file 1 "programs/bit_ops.c"
	.loc 1 46 1
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
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
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
	.cfi_offset 27, -104
	.loc 1 47 5
.LVL0:
	.loc 1 48 5
	.loc 1 49 5
.LBB20:
	.loc 1 49 10
	.loc 1 49 23
.LBE20:
	.loc 1 46 1 is_stmt 0
	li	s8,0
	li	s6,0
	li	s7,0
	.loc 1 48 14
	li	s9,0
	.loc 1 47 14
	ld	s1,.LC0
.LBB55:
.LBB21:
.LBB22:
.LBB23:
	.loc 1 7 9
	li	s5,0
.LBE23:
.LBE22:
.LBB26:
.LBB27:
.LBB28:
	.loc 1 21 23
	li	s4,8
.LBE28:
.LBE27:
.LBE26:
.LBB32:
.LBB33:
.LBB34:
	.loc 1 29 23
	li	s3,64
.LBE34:
.LBE33:
.LBE32:
	.loc 1 57 15
	lla	s11,.LC2
	.loc 1 57 11
	lla	s10,.LC3
	j	.L10
.LVL1:
.L11:
.LBB39:
.LBB24:
	.loc 1 7 9
	li	s0,0
	j	.L2
.LVL2:
.L13:
.LBE24:
.LBE39:
.LBB40:
.LBB41:
	.loc 1 36 9
	li	a7,0
	j	.L6
.LVL3:
.L9:
.LBE41:
.LBE40:
.LBB43:
.LBB44:
	.loc 1 39 9 is_stmt 1
	.loc 1 39 11 is_stmt 0
	slliw	a5,s2,1
	sext.w	s2,a5
.LVL4:
	.loc 1 40 9 is_stmt 1
	.loc 1 40 10 is_stmt 0
	addiw	a4,a4,1
.LVL5:
	.loc 1 38 12 is_stmt 1
	bge	s2,zero,.L9
.LVL6:
.L8:
.LBE44:
.LBE43:
	.loc 1 56 32 is_stmt 0
	addw	s0,a4,s0
	.loc 1 56 15
	addw	s0,s0,s9
	sext.w	s9,s0
.LVL7:
	.loc 1 57 9 is_stmt 1
	.loc 1 57 15 is_stmt 0
	ld	a5,0(s11)
	mul	a5,s1,a5
	.loc 1 57 11
	ld	s1,0(s10)
.LVL8:
	add	s1,a5,s1
.LVL9:
.LBE21:
	.loc 1 49 29 is_stmt 1
	.loc 1 49 23
	addiw	s7,s7,4
	addiw	s6,s6,5
	addiw	s8,s8,3
	li	a5,30
	beq	s6,a5,.L23
.LVL10:
.L10:
.LBB54:
	.loc 1 50 9 discriminator 3
	.loc 1 50 18 is_stmt 0 discriminator 3
	sext.w	s2,s1
.LVL11:
	.loc 1 51 9 is_stmt 1 discriminator 3
	.loc 1 51 18 is_stmt 0 discriminator 3
	srliw	a2,s1,16
.LVL12:
	.loc 1 52 9 is_stmt 1 discriminator 3
	.loc 1 52 33 is_stmt 0 discriminator 3
	srli	a0,s1,40
	.loc 1 52 17 discriminator 3
	andi	a0,a0,0xff
.LVL13:
	.loc 1 53 9 is_stmt 1 discriminator 3
.LBB46:
.LBB25:
	.loc 1 7 5 discriminator 3
	.loc 1 8 5 discriminator 3
	.loc 1 8 12 discriminator 3
	beq	s1,zero,.L11
	.loc 1 8 12 is_stmt 0
	mv	a5,s1
	.loc 1 7 9
	mv	s0,s5
.LVL14:
.L3:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 16 is_stmt 0
	addi	a4,a5,-1
	.loc 1 9 11
	and	a5,a5,a4
.LVL15:
	.loc 1 10 9 is_stmt 1
	.loc 1 10 10 is_stmt 0
	addiw	s0,s0,1
.LVL16:
	.loc 1 8 12 is_stmt 1
	bne	a5,zero,.L3
.LVL17:
.L2:
	.loc 1 12 5
.LBE25:
.LBE46:
.LBB47:
.LBB48:
	.loc 1 15 50
	.loc 1 15 73 is_stmt 0
	sllw	a3,s2,s6
	negw	a5,s6
	srlw	a5,s2,a5
	or	a3,a3,a5
	sext.w	a3,a3
.LVL18:
.LBE48:
.LBE47:
	.loc 1 53 9
	andi	a5,s8,15
	srlw	a4,a2,a5
	negw	a5,a5
	andi	a5,a5,15
	sllw	a2,a2,a5
.LVL19:
	or	a4,a4,a2
	slli	a4,a4,48
	srli	a4,a4,48
.LVL20:
.LBB49:
.LBB31:
.LBB29:
	.loc 1 21 23 is_stmt 1
	.loc 1 21 14 is_stmt 0
	mv	a1,s5
.LBE29:
	.loc 1 20 13
	mv	a2,s5
.LVL21:
.L4:
.LBB30:
	.loc 1 22 9 is_stmt 1
	.loc 1 22 38 is_stmt 0
	sraw	a5,a0,a1
	.loc 1 22 44
	andi	a5,a5,1
	.loc 1 22 26
	slliw	a2,a2,1
.LVL22:
	.loc 1 22 32
	or	a5,a5,a2
	.loc 1 22 11
	andi	a2,a5,0xff
.LVL23:
	.loc 1 21 29 is_stmt 1
	addiw	a1,a1,1
.LVL24:
	.loc 1 21 23
	bne	a1,s4,.L4
.LBE30:
	.loc 1 23 5
.LVL25:
.LBE31:
.LBE49:
	.loc 1 53 9 is_stmt 0
	sext.w	a5,a2
.LVL26:
.LBB50:
.LBB37:
.LBB35:
	.loc 1 29 23 is_stmt 1
.LBE35:
.LBE37:
.LBE50:
	.loc 1 53 9 is_stmt 0
	mv	a2,s5
.LBB51:
.LBB38:
	.loc 1 28 14
	mv	a6,s5
.LVL27:
.L5:
.LBB36:
	.loc 1 30 9 is_stmt 1
	.loc 1 30 16 is_stmt 0
	slli	a6,a6,8
.LVL28:
	.loc 1 30 28
	srl	a1,s1,a2
	.loc 1 30 40
	andi	a1,a1,255
	.loc 1 30 11
	or	a6,a1,a6
.LVL29:
	.loc 1 29 29 is_stmt 1
	.loc 1 29 23
	addiw	a2,a2,8
	bne	a2,s3,.L5
.LBE36:
	.loc 1 31 5
.LVL30:
.LBE38:
.LBE51:
	.loc 1 53 9 is_stmt 0
	srlw	a2,s2,s7
	sext.w	a1,a2
.LVL31:
.LBB52:
.LBB42:
	.loc 1 36 5 is_stmt 1
	.loc 1 37 5
	.loc 1 37 20 is_stmt 0
	li	a7,32
	.loc 1 37 8
	beq	a1,zero,.L6
.LVL32:
	.loc 1 38 12 is_stmt 1
	blt	a1,zero,.L13
	.loc 1 36 9 is_stmt 0
	mv	a7,s5
.LVL33:
.L7:
	.loc 1 39 9 is_stmt 1
	.loc 1 39 11 is_stmt 0
	slliw	a2,a1,1
	sext.w	a1,a2
.LVL34:
	.loc 1 40 9 is_stmt 1
	.loc 1 40 10 is_stmt 0
	addiw	a7,a7,1
.LVL35:
	.loc 1 38 12 is_stmt 1
	bge	a1,zero,.L7
.LVL36:
.L6:
.LBE42:
.LBE52:
	.loc 1 53 9 is_stmt 0
	mv	a2,s0
	mv	a1,s1
	lla	a0,.LC1
.LVL37:
	call	printf@plt
.LVL38:
	.loc 1 56 9 is_stmt 1
.LBB53:
.LBB45:
	.loc 1 36 5
	.loc 1 37 5
	.loc 1 37 20 is_stmt 0
	li	a4,32
	.loc 1 37 8
	beq	s2,zero,.L8
	.loc 1 38 12 is_stmt 1
	sext.w	a5,s1
	blt	a5,zero,.L15
	.loc 1 36 9 is_stmt 0
	mv	a4,s5
	j	.L9
.L15:
	li	a4,0
	j	.L8
.LVL39:
.L23:
.LBE45:
.LBE53:
.LBE54:
.LBE55:
	.loc 1 59 5 is_stmt 1
	.loc 1 60 5
	.loc 1 61 5
	li	a4,4096
	addi	a4,a4,346
	li	a3,39
	li	a2,-4096
	addi	a2,a2,346
	li	a1,-25
	lla	a0,.LC4
	call	printf@plt
.LVL40:
	.loc 1 62 5
	.loc 1 63 1 is_stmt 0
	andi	a0,s0,127
	ld	ra,104(sp)
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
.LVL41:
	ld	s1,88(sp)
	.cfi_restore 9
.LVL42:
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
	ld	s9,24(sp)
	.cfi_restore 25
.LVL43:
	ld	s10,16(sp)
	.cfi_restore 26
	ld	s11,8(sp)
	.cfi_restore 27
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE17:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.dword	81985529216486895
	.align	3
.LC2:
	.dword	6364136223846793005
	.align	3
.LC3:
	.dword	1442695040888963407
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x43d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF28
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
	.byte	0x1
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x56
	.byte	0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x1
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x35
	.byte	0x1
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x75
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.4byte	.LASF11
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x3c
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.byte	0x1
	.4byte	.LASF14
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.byte	0x12
	.4byte	0xae
	.byte	0x1
	.4byte	.LASF16
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4a
	.byte	0x1
	.4byte	.LASF17
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x69
	.byte	0x1
	.4byte	.LASF18
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x5d
	.byte	0x1
	.4byte	.LASF19
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x7c
	.byte	0x1
	.4byte	.LASF20
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x8f
	.byte	0x1
	.4byte	.LASF21
	.byte	0x4
	.byte	0x1b
	.byte	0x14
	.4byte	0xa2
	.byte	0x13
	.4byte	.LASF29
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x88
	.4byte	0x11a
	.byte	0x14
	.4byte	0x11a
	.byte	0x15
	.byte	0
	.byte	0x16
	.byte	0x8
	.4byte	0xb5
	.byte	0x17
	.4byte	.LASF30
	.byte	0x1
	.byte	0x2d
	.byte	0x5
	.4byte	0x88
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
	.byte	0x1
	.byte	0x9c
	.4byte	0x360
	.byte	0x9
	.string	"v"
	.byte	0x2f
	.byte	0xe
	.4byte	0xf6
	.4byte	.LLST0
	.byte	0x18
	.4byte	.LASF22
	.byte	0x1
	.byte	0x30
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST1
	.byte	0xc
	.string	"s8"
	.byte	0x3b
	.byte	0xc
	.4byte	0xba
	.byte	0x9c,0x7f
	.byte	0xc
	.string	"s16"
	.byte	0x3c
	.byte	0xd
	.4byte	0xc6
	.byte	0xd0,0x95,0x7e
	.byte	0x19
	.4byte	.LLRL2
	.4byte	0x32a
	.byte	0x9
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x88
	.4byte	.LLST3
	.byte	0x7
	.4byte	.LLRL4
	.byte	0x9
	.string	"lo"
	.byte	0x32
	.byte	0x12
	.4byte	0xea
	.4byte	.LLST5
	.byte	0x9
	.string	"h"
	.byte	0x33
	.byte	0x12
	.4byte	0xde
	.4byte	.LLST6
	.byte	0x9
	.string	"b"
	.byte	0x34
	.byte	0x11
	.4byte	0xd2
	.4byte	.LLST7
	.byte	0xa
	.4byte	0x420
	.8byte	.LBB22
	.4byte	.LLRL8
	.byte	0x35
	.byte	0x9
	.4byte	0x1ec
	.byte	0x5
	.4byte	0x42d
	.4byte	.LLST9
	.byte	0x7
	.4byte	.LLRL8
	.byte	0x6
	.4byte	0x436
	.4byte	.LLST10
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x3af
	.8byte	.LBB26
	.4byte	.LLRL11
	.byte	0x37
	.byte	0x10
	.4byte	0x22f
	.byte	0x5
	.4byte	0x3be
	.4byte	.LLST12
	.byte	0x7
	.4byte	.LLRL11
	.byte	0x6
	.4byte	0x3c7
	.4byte	.LLST13
	.byte	0xd
	.4byte	0x3d0
	.4byte	.LLRL14
	.byte	0x6
	.4byte	0x3d1
	.4byte	.LLST15
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x382
	.8byte	.LBB32
	.4byte	.LLRL16
	.byte	0x37
	.byte	0x31
	.4byte	0x272
	.byte	0x5
	.4byte	0x391
	.4byte	.LLST17
	.byte	0x7
	.4byte	.LLRL16
	.byte	0x6
	.4byte	0x39a
	.4byte	.LLST18
	.byte	0xd
	.4byte	0x3a3
	.4byte	.LLRL19
	.byte	0x6
	.4byte	0x3a4
	.4byte	.LLST20
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x360
	.8byte	.LBB40
	.4byte	.LLRL21
	.byte	0x35
	.byte	0x9
	.4byte	0x2a2
	.byte	0x5
	.4byte	0x36f
	.4byte	.LLST22
	.byte	0x7
	.4byte	.LLRL21
	.byte	0x6
	.4byte	0x378
	.4byte	.LLST23
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x360
	.8byte	.LBB43
	.4byte	.LLRL24
	.byte	0x38
	.byte	0x22
	.4byte	0x2d2
	.byte	0x5
	.4byte	0x36f
	.4byte	.LLST25
	.byte	0x7
	.4byte	.LLRL24
	.byte	0x6
	.4byte	0x378
	.4byte	.LLST26
	.byte	0
	.byte	0
	.byte	0x1a
	.4byte	0x3fe
	.8byte	.LBB47
	.8byte	.LBE47-.LBB47
	.byte	0x1
	.byte	0x35
	.byte	0x9
	.4byte	0x301
	.byte	0x5
	.4byte	0x416
	.4byte	.LLST27
	.byte	0x5
	.4byte	0x40d
	.4byte	.LLST28
	.byte	0
	.byte	0xe
	.8byte	.LVL38
	.4byte	0x102
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.8byte	.LVL40
	.4byte	0x102
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x9
	.byte	0xe7
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xb
	.2byte	0xf15a
	.byte	0x3
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x8
	.byte	0x27
	.byte	0x3
	.byte	0x1
	.byte	0x5e
	.byte	0x3
	.byte	0xa
	.2byte	0x115a
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LASF23
	.byte	0x22
	.byte	0xc
	.4byte	0x88
	.4byte	0x382
	.byte	0x4
	.string	"x"
	.byte	0x22
	.byte	0x1b
	.4byte	0xea
	.byte	0x8
	.string	"n"
	.byte	0x24
	.byte	0x9
	.4byte	0x88
	.byte	0
	.byte	0xb
	.4byte	.LASF24
	.byte	0x1a
	.byte	0x11
	.4byte	0xf6
	.4byte	0x3af
	.byte	0x4
	.string	"x"
	.byte	0x1a
	.byte	0x22
	.4byte	0xf6
	.byte	0x8
	.string	"r"
	.byte	0x1c
	.byte	0xe
	.4byte	0xf6
	.byte	0xf
	.byte	0x8
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x88
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LASF25
	.byte	0x12
	.byte	0x10
	.4byte	0xd2
	.4byte	0x3dc
	.byte	0x4
	.string	"b"
	.byte	0x12
	.byte	0x21
	.4byte	0xd2
	.byte	0x8
	.string	"r"
	.byte	0x14
	.byte	0xd
	.4byte	0xd2
	.byte	0xf
	.byte	0x8
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x88
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LASF26
	.byte	0x10
	.byte	0x11
	.4byte	0xde
	.4byte	0x3fe
	.byte	0x4
	.string	"x"
	.byte	0x10
	.byte	0x21
	.4byte	0xde
	.byte	0x4
	.string	"r"
	.byte	0x10
	.byte	0x2d
	.4byte	0x43
	.byte	0
	.byte	0xb
	.4byte	.LASF27
	.byte	0xf
	.byte	0x11
	.4byte	0xea
	.4byte	0x420
	.byte	0x4
	.string	"x"
	.byte	0xf
	.byte	0x21
	.4byte	0xea
	.byte	0x4
	.string	"r"
	.byte	0xf
	.byte	0x2d
	.4byte	0x43
	.byte	0
	.byte	0x1b
	.4byte	.LASF31
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x88
	.byte	0x1
	.byte	0x4
	.string	"x"
	.byte	0x5
	.byte	0x20
	.4byte	0xf6
	.byte	0x8
	.string	"n"
	.byte	0x7
	.byte	0x9
	.4byte	0x88
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0x5
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x1c
	.byte	0xd
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
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
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
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
	.byte	0x12
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x123456789abcdef
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL8
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL42
	.byte	0x1
	.byte	0x59
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
	.8byte	.LVL7
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL39
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL41
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL43
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL8
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL39
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL8
	.byte	0x9
	.byte	0x79
	.byte	0
	.byte	0x9
	.byte	0xe8
	.byte	0x24
	.byte	0x9
	.byte	0xf8
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL19
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL39
	.byte	0x9
	.byte	0x79
	.byte	0
	.byte	0x9
	.byte	0xe8
	.byte	0x24
	.byte	0x9
	.byte	0xf8
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL8
	.byte	0x6
	.byte	0x79
	.byte	0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL37
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL39
	.byte	0x6
	.byte	0x79
	.byte	0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL24
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL30
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL33
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL35
	.byte	0x1
	.byte	0x61
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST26:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST27:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST28:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x62
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
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB55
	.8byte	.LBE55
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB49
	.8byte	.LBE49
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0
.LLRL19:
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0
.LLRL21:
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0x6
	.8byte	.LBB52
	.8byte	.LBE52
	.byte	0
.LLRL24:
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF16:
	.string	"int8_t"
.LASF21:
	.string	"uint64_t"
.LASF10:
	.string	"short int"
.LASF26:
	.string	"rotr16"
.LASF30:
	.string	"main"
.LASF12:
	.string	"__uint32_t"
.LASF11:
	.string	"__uint16_t"
.LASF18:
	.string	"uint8_t"
.LASF27:
	.string	"rotl32"
.LASF13:
	.string	"long int"
.LASF29:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF24:
	.string	"bswap64"
.LASF23:
	.string	"clz32"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"uint16_t"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF15:
	.string	"char"
.LASF17:
	.string	"int16_t"
.LASF25:
	.string	"reverse8"
.LASF14:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF28:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF9:
	.string	"__int16_t"
.LASF31:
	.string	"popcount64"
.LASF22:
	.string	"total"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bit_ops.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
