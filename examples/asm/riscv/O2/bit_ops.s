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
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB17:
	.file 1 "programs/bit_ops.c"
	.loc 1 46 1
	.cfi_startproc
	.loc 1 47 5
.LVL0:
	.loc 1 48 5
	.loc 1 49 5
.LBB46:
	.loc 1 49 10
	.loc 1 49 23
.LBE46:
	.loc 1 46 1 is_stmt 0
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s7,40(sp)
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.cfi_offset 27, -104
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 23, -72
	.loc 1 46 1
	li	s9,0
	li	s8,0
	li	s10,0
	.loc 1 48 14
	li	s11,0
	.loc 1 47 14
	ld	s2,.LC0
	ld	s4,.LC2
	ld	s3,.LC3
.LBB98:
.LBB47:
.LBB48:
.LBB49:
.LBB50:
	.loc 1 21 23
	li	s6,8
.LBE50:
.LBE49:
.LBE48:
.LBB54:
.LBB55:
.LBB56:
	.loc 1 29 23
	li	s5,64
.LBE56:
.LBE55:
.LBE54:
.LBE47:
	.loc 1 49 23
	li	s1,30
.LVL1:
.L11:
.LBB94:
	.loc 1 50 9 is_stmt 1 discriminator 3
	.loc 1 50 18 is_stmt 0 discriminator 3
	sext.w	s7,s2
	.loc 1 52 33 discriminator 3
	srli	a7,s2,40
	.loc 1 50 18 discriminator 3
	mv	s0,s7
.LVL2:
	.loc 1 51 9 is_stmt 1 discriminator 3
	.loc 1 51 18 is_stmt 0 discriminator 3
	srliw	a6,s2,16
.LVL3:
	.loc 1 52 9 is_stmt 1 discriminator 3
	.loc 1 52 17 is_stmt 0 discriminator 3
	andi	a7,a7,0xff
.LVL4:
	.loc 1 53 9 is_stmt 1 discriminator 3
.LBB61:
.LBB62:
	.loc 1 7 5 discriminator 3
	.loc 1 8 5 discriminator 3
	.loc 1 8 12 discriminator 3
	beq	s2,zero,.L12
	.loc 1 8 12 is_stmt 0
	mv	a5,s2
	.loc 1 7 9
	li	a2,0
.LVL5:
.L3:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 16 is_stmt 0
	addi	a4,a5,-1
	.loc 1 9 11
	and	a5,a5,a4
.LVL6:
	.loc 1 10 9 is_stmt 1
	.loc 1 10 10 is_stmt 0
	addiw	a2,a2,1
.LVL7:
	.loc 1 8 12 is_stmt 1
	bne	a5,zero,.L3
.LVL8:
.L2:
	.loc 1 12 5
.LBE62:
.LBE61:
.LBB64:
.LBB65:
	.loc 1 15 50
.LBE65:
.LBE64:
	.loc 1 53 9 is_stmt 0
	negw	a0,s9
	andi	a0,a0,15
	srlw	a4,a6,s9
.LBB69:
.LBB66:
	.loc 1 15 73
	negw	a5,s8
.LBE66:
.LBE69:
	.loc 1 53 9
	sllw	a6,a6,a0
.LVL9:
	or	a4,a4,a6
.LBB70:
.LBB67:
	.loc 1 15 73
	sllw	a3,s7,s8
	srlw	a5,s7,a5
	or	a3,a3,a5
.LBE67:
.LBE70:
	.loc 1 53 9
	slli	a4,a4,48
.LBB71:
.LBB68:
	.loc 1 15 73
	sext.w	a3,a3
.LVL10:
.LBE68:
.LBE71:
	.loc 1 53 9
	srli	a4,a4,48
.LVL11:
.LBB72:
.LBB53:
.LBB51:
	.loc 1 21 23 is_stmt 1
	.loc 1 22 38 is_stmt 0
	sext.w	a7,a7
.LVL12:
	.loc 1 21 14
	li	a6,0
.LBE51:
	.loc 1 20 13
	li	a0,0
.LVL13:
.L4:
.LBB52:
	.loc 1 22 9 is_stmt 1
	.loc 1 22 38 is_stmt 0
	sraw	a5,a7,a6
	.loc 1 22 26
	slliw	a0,a0,1
.LVL14:
	.loc 1 22 44
	andi	a5,a5,1
	.loc 1 22 32
	or	a5,a5,a0
	.loc 1 21 29
	addiw	a6,a6,1
.LVL15:
	.loc 1 22 11
	andi	a0,a5,0xff
.LVL16:
	.loc 1 21 29 is_stmt 1
	.loc 1 21 23
	bne	a6,s6,.L4
.LBE52:
	.loc 1 23 5
.LVL17:
.LBE53:
.LBE72:
	.loc 1 53 9 is_stmt 0
	sext.w	a5,a0
.LVL18:
.LBB73:
.LBB59:
.LBB57:
	.loc 1 29 23 is_stmt 1
.LBE57:
	.loc 1 28 14 is_stmt 0
	li	a6,0
.LBE59:
.LBE73:
	.loc 1 53 9
	li	a0,0
.LVL19:
.L5:
.LBB74:
.LBB60:
.LBB58:
	.loc 1 30 9 is_stmt 1
	.loc 1 30 28 is_stmt 0
	srl	a7,s2,a0
	.loc 1 30 16
	slli	a6,a6,8
.LVL20:
	.loc 1 30 40
	andi	a7,a7,255
	.loc 1 29 23
	addiw	a0,a0,8
	.loc 1 30 11
	or	a6,a7,a6
.LVL21:
	.loc 1 29 29 is_stmt 1
	.loc 1 29 23
	bne	a0,s5,.L5
.LBE58:
	.loc 1 31 5
.LVL22:
.LBE60:
.LBE74:
	.loc 1 53 9 is_stmt 0
	srlw	a0,s7,s10
.LVL23:
.LBB75:
.LBB76:
	.loc 1 36 5 is_stmt 1
	.loc 1 37 5
	.loc 1 37 20 is_stmt 0
	li	a7,32
	.loc 1 37 8
	beq	a0,zero,.L6
.LVL24:
.LBB77:
.LBB78:
	.loc 1 38 12 is_stmt 1
	.loc 1 36 9 is_stmt 0
	li	a7,0
	.loc 1 38 12
	blt	a0,zero,.L6
.LVL25:
.L7:
	.loc 1 39 9 is_stmt 1
	.loc 1 39 11 is_stmt 0
	slliw	a0,a0,1
.LVL26:
	.loc 1 40 9 is_stmt 1
	.loc 1 40 10 is_stmt 0
	addiw	a7,a7,1
.LVL27:
	.loc 1 38 12 is_stmt 1
	bge	a0,zero,.L7
.LVL28:
.L6:
.LBE78:
.LBE77:
.LBE76:
.LBE75:
	.loc 1 53 9 is_stmt 0
	mv	a1,s2
	lla	a0,.LC1
	call	printf@plt
.LVL29:
	.loc 1 56 9 is_stmt 1
.LBB79:
.LBB80:
	.loc 1 8 12
	beq	s2,zero,.L15
	mv	a5,s2
	.loc 1 7 9 is_stmt 0
	li	a4,0
.LVL30:
.L9:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 16 is_stmt 0
	addi	a3,a5,-1
	.loc 1 9 11
	and	a5,a5,a3
.LVL31:
	.loc 1 10 9 is_stmt 1
	.loc 1 10 10 is_stmt 0
	addiw	a4,a4,1
.LVL32:
	.loc 1 8 12 is_stmt 1
	bne	a5,zero,.L9
	.loc 1 12 5
.LVL33:
.LBE80:
.LBE79:
.LBB82:
.LBB83:
	.loc 1 36 5
	.loc 1 37 5
	.loc 1 37 8 is_stmt 0
	beq	s7,zero,.L16
.LVL34:
.LBB84:
.LBB85:
	.loc 1 38 12 is_stmt 1
	blt	s7,zero,.L17
.LVL35:
.L10:
	.loc 1 39 9
	.loc 1 39 11 is_stmt 0
	slliw	s0,s0,1
.LVL36:
	.loc 1 40 9 is_stmt 1
	.loc 1 40 10 is_stmt 0
	addiw	a5,a5,1
.LVL37:
	.loc 1 38 12 is_stmt 1
	bge	s0,zero,.L10
.LVL38:
.L8:
.LBE85:
.LBE84:
.LBE83:
.LBE82:
	.loc 1 57 15 is_stmt 0
	mul	a1,s2,s4
	.loc 1 56 32
	addw	a4,a4,a5
	.loc 1 56 15
	addw	s0,a4,s11
.LBE94:
	.loc 1 49 23
	addiw	s8,s8,5
.LBB95:
	.loc 1 56 15
	sext.w	s11,s0
.LVL39:
	.loc 1 57 9 is_stmt 1
.LBE95:
	.loc 1 49 23 is_stmt 0
	addiw	s10,s10,4
	addiw	s9,s9,3
.LBB96:
	.loc 1 57 11
	add	s2,a1,s3
.LVL40:
.LBE96:
	.loc 1 49 29 is_stmt 1
	.loc 1 49 23
	bne	s8,s1,.L11
.LBE98:
	.loc 1 59 5
.LVL41:
	.loc 1 60 5
	.loc 1 61 5
	li	a4,4096
	li	a2,-4096
	addi	a4,a4,346
	li	a3,39
	addi	a2,a2,346
	li	a1,-25
	lla	a0,.LC4
	call	printf@plt
.LVL42:
	.loc 1 62 5
	.loc 1 63 1 is_stmt 0
	ld	ra,104(sp)
	.cfi_remember_state
	.cfi_restore 1
	andi	a0,s0,127
	ld	s0,96(sp)
	.cfi_restore 8
.LVL43:
	ld	s1,88(sp)
	.cfi_restore 9
	ld	s2,80(sp)
	.cfi_restore 18
.LVL44:
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
.LVL45:
	ld	s8,32(sp)
	.cfi_restore 24
	ld	s9,24(sp)
	.cfi_restore 25
	ld	s10,16(sp)
	.cfi_restore 26
	ld	s11,8(sp)
	.cfi_restore 27
.LVL46:
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
.LVL47:
.L15:
	.cfi_restore_state
.LBB99:
.LBB97:
.LBB90:
.LBB81:
	.loc 1 7 9
	li	a4,0
.LBE81:
.LBE90:
.LBB91:
.LBB88:
	.loc 1 37 20
	li	a5,32
	j	.L8
.LVL48:
.L12:
.LBE88:
.LBE91:
.LBB92:
.LBB63:
	.loc 1 7 9
	li	a2,0
	j	.L2
.LVL49:
.L16:
.LBE63:
.LBE92:
.LBB93:
.LBB89:
	.loc 1 37 20
	li	a5,32
	j	.L8
.LVL50:
.L17:
.LBB87:
.LBB86:
	.loc 1 36 9
	li	a5,0
	j	.L8
.LBE86:
.LBE87:
.LBE89:
.LBE93:
.LBE97:
.LBE99:
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
	.4byte	0x4b8
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xf
	.4byte	.LASF28
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL39
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x4
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x1
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x52
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x1
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x31
	.byte	0x1
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x71
	.byte	0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.4byte	.LASF11
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x38
	.byte	0x10
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x3f
	.byte	0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.byte	0x1
	.4byte	.LASF14
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2a
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.byte	0x11
	.4byte	0xaa
	.byte	0x1
	.4byte	.LASF16
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x46
	.byte	0x1
	.4byte	.LASF17
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x65
	.byte	0x1
	.4byte	.LASF18
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x59
	.byte	0x1
	.4byte	.LASF19
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x78
	.byte	0x1
	.4byte	.LASF20
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x8b
	.byte	0x1
	.4byte	.LASF21
	.byte	0x4
	.byte	0x1b
	.byte	0x14
	.4byte	0x9e
	.byte	0x12
	.4byte	.LASF29
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x84
	.4byte	0x116
	.byte	0x13
	.4byte	0x116
	.byte	0x14
	.byte	0
	.byte	0x15
	.byte	0x8
	.4byte	0xb1
	.byte	0x16
	.4byte	.LASF30
	.byte	0x1
	.byte	0x2d
	.byte	0x5
	.4byte	0x84
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
	.byte	0x1
	.byte	0x9c
	.4byte	0x3db
	.byte	0x6
	.string	"v"
	.byte	0x2f
	.byte	0xe
	.4byte	0xf2
	.4byte	.LLST0
	.byte	0x17
	.4byte	.LASF22
	.byte	0x1
	.byte	0x30
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST1
	.byte	0x6
	.string	"s8"
	.byte	0x3b
	.byte	0xc
	.4byte	0xb6
	.4byte	.LLST2
	.byte	0x6
	.string	"s16"
	.byte	0x3c
	.byte	0xd
	.4byte	0xc2
	.4byte	.LLST3
	.byte	0x18
	.4byte	.LLRL4
	.4byte	0x3a5
	.byte	0x6
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x84
	.4byte	.LLST5
	.byte	0x7
	.4byte	.LLRL6
	.byte	0x6
	.string	"lo"
	.byte	0x32
	.byte	0x12
	.4byte	0xe6
	.4byte	.LLST7
	.byte	0x6
	.string	"h"
	.byte	0x33
	.byte	0x12
	.4byte	0xda
	.4byte	.LLST8
	.byte	0x6
	.string	"b"
	.byte	0x34
	.byte	0x11
	.4byte	0xce
	.4byte	.LLST9
	.byte	0x9
	.4byte	0x42a
	.8byte	.LBB48
	.4byte	.LLRL10
	.byte	0x37
	.byte	0x10
	.4byte	0x1fe
	.byte	0x2
	.4byte	0x439
	.4byte	.LLST11
	.byte	0x7
	.4byte	.LLRL10
	.byte	0x3
	.4byte	0x442
	.4byte	.LLST12
	.byte	0xc
	.4byte	0x44b
	.4byte	.LLRL13
	.byte	0x3
	.4byte	0x44c
	.4byte	.LLST14
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x3fd
	.8byte	.LBB54
	.4byte	.LLRL15
	.byte	0x37
	.byte	0x31
	.4byte	0x241
	.byte	0x2
	.4byte	0x40c
	.4byte	.LLST16
	.byte	0x7
	.4byte	.LLRL15
	.byte	0x3
	.4byte	0x415
	.4byte	.LLST17
	.byte	0xc
	.4byte	0x41e
	.4byte	.LLRL18
	.byte	0x3
	.4byte	0x41f
	.4byte	.LLST19
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x49b
	.8byte	.LBB61
	.4byte	.LLRL20
	.byte	0x35
	.byte	0x9
	.4byte	0x271
	.byte	0x2
	.4byte	0x4a8
	.4byte	.LLST21
	.byte	0x7
	.4byte	.LLRL20
	.byte	0x3
	.4byte	0x4b1
	.4byte	.LLST22
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x479
	.8byte	.LBB64
	.4byte	.LLRL23
	.byte	0x35
	.byte	0x9
	.4byte	0x29b
	.byte	0x2
	.4byte	0x491
	.4byte	.LLST24
	.byte	0x2
	.4byte	0x488
	.4byte	.LLST25
	.byte	0
	.byte	0x19
	.4byte	0x3db
	.8byte	.LBB75
	.8byte	.LBE75-.LBB75
	.byte	0x1
	.byte	0x35
	.byte	0x9
	.4byte	0x2f5
	.byte	0x2
	.4byte	0x3ea
	.4byte	.LLST26
	.byte	0x3
	.4byte	0x3f3
	.4byte	.LLST27
	.byte	0x1a
	.4byte	0x3db
	.8byte	.LBB77
	.8byte	.LBE77-.LBB77
	.byte	0x1
	.byte	0x22
	.byte	0xc
	.byte	0x2
	.4byte	0x3ea
	.4byte	.LLST28
	.byte	0x3
	.4byte	0x3f3
	.4byte	.LLST29
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x49b
	.8byte	.LBB79
	.4byte	.LLRL30
	.byte	0x38
	.byte	0x12
	.4byte	0x325
	.byte	0x2
	.4byte	0x4a8
	.4byte	.LLST31
	.byte	0x7
	.4byte	.LLRL30
	.byte	0x3
	.4byte	0x4b1
	.4byte	.LLST32
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x3db
	.8byte	.LBB82
	.4byte	.LLRL33
	.byte	0x38
	.byte	0x22
	.4byte	0x382
	.byte	0x2
	.4byte	0x3ea
	.4byte	.LLST34
	.byte	0x7
	.4byte	.LLRL33
	.byte	0x3
	.4byte	0x3f3
	.4byte	.LLST35
	.byte	0x1b
	.4byte	0x3db
	.8byte	.LBB84
	.4byte	.LLRL36
	.byte	0x1
	.byte	0x22
	.byte	0xc
	.byte	0x2
	.4byte	0x3ea
	.4byte	.LLST37
	.byte	0x7
	.4byte	.LLRL36
	.byte	0x3
	.4byte	0x3f3
	.4byte	.LLST38
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.8byte	.LVL29
	.4byte	0xfe
	.byte	0x8
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x8
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.8byte	.LVL42
	.4byte	0xfe
	.byte	0x8
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0x8
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x9
	.byte	0xe7
	.byte	0x8
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xb
	.2byte	0xf15a
	.byte	0x8
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x8
	.byte	0x27
	.byte	0x8
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
	.4byte	0x84
	.4byte	0x3fd
	.byte	0x5
	.string	"x"
	.byte	0x22
	.byte	0x1b
	.4byte	0xe6
	.byte	0xa
	.string	"n"
	.byte	0x24
	.byte	0x9
	.4byte	0x84
	.byte	0
	.byte	0xb
	.4byte	.LASF24
	.byte	0x1a
	.byte	0x11
	.4byte	0xf2
	.4byte	0x42a
	.byte	0x5
	.string	"x"
	.byte	0x1a
	.byte	0x22
	.4byte	0xf2
	.byte	0xa
	.string	"r"
	.byte	0x1c
	.byte	0xe
	.4byte	0xf2
	.byte	0xe
	.byte	0xa
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x84
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LASF25
	.byte	0x12
	.byte	0x10
	.4byte	0xce
	.4byte	0x457
	.byte	0x5
	.string	"b"
	.byte	0x12
	.byte	0x21
	.4byte	0xce
	.byte	0xa
	.string	"r"
	.byte	0x14
	.byte	0xd
	.4byte	0xce
	.byte	0xe
	.byte	0xa
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x84
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LASF26
	.byte	0x10
	.byte	0x11
	.4byte	0xda
	.4byte	0x479
	.byte	0x5
	.string	"x"
	.byte	0x10
	.byte	0x21
	.4byte	0xda
	.byte	0x5
	.string	"r"
	.byte	0x10
	.byte	0x2d
	.4byte	0x3f
	.byte	0
	.byte	0xb
	.4byte	.LASF27
	.byte	0xf
	.byte	0x11
	.4byte	0xe6
	.4byte	0x49b
	.byte	0x5
	.string	"x"
	.byte	0xf
	.byte	0x21
	.4byte	0xe6
	.byte	0x5
	.string	"r"
	.byte	0xf
	.byte	0x2d
	.4byte	0x3f
	.byte	0
	.byte	0x1c
	.4byte	.LASF31
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x84
	.byte	0x1
	.byte	0x5
	.string	"x"
	.byte	0x5
	.byte	0x20
	.4byte	0xf2
	.byte	0xa
	.string	"n"
	.byte	0x7
	.byte	0x9
	.4byte	0x84
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x5
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
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x11
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
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
	.byte	0
	.byte	0
	.byte	0x1b
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
	.8byte	.LVL44
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LFE17
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
	.8byte	.LVL39
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL43
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL46
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LFE17
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL47
	.byte	0x3
	.byte	0x9
	.byte	0x9c
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL47
	.byte	0x4
	.byte	0xb
	.2byte	0x8ad0
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL45
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LFE17
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL9
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL40
	.byte	0x9
	.byte	0x82
	.byte	0
	.byte	0x9
	.byte	0xe8
	.byte	0x24
	.byte	0x9
	.byte	0xf8
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL48
	.byte	0x9
	.byte	0x82
	.byte	0
	.byte	0x9
	.byte	0xe8
	.byte	0x24
	.byte	0x9
	.byte	0xf8
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LVL49
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LFE17
	.byte	0x9
	.byte	0x82
	.byte	0
	.byte	0x9
	.byte	0xe8
	.byte	0x24
	.byte	0x9
	.byte	0xf8
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL12
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL40
	.byte	0x6
	.byte	0x82
	.byte	0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL48
	.byte	0x6
	.byte	0x82
	.byte	0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LVL49
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LFE17
	.byte	0x6
	.byte	0x82
	.byte	0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x6
	.byte	0x82
	.byte	0
	.byte	0x8
	.byte	0x28
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL22
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LVL49
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LVL49
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x68
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST26:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL28
	.byte	0x9
	.byte	0x87
	.byte	0
	.byte	0x8a
	.byte	0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST27:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL28
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST28:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x9
	.byte	0x87
	.byte	0
	.byte	0x8a
	.byte	0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST29:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x61
	.byte	0
.LLST31:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL33
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL48
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST32:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL48
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST34:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL38
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LFE17
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST35:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL38
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LFE17
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST37:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL38
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL50
	.8byte	.LFE17
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST38:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL50
	.8byte	.LFE17
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
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
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
.LLRL4:
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB98
	.8byte	.LBE98
	.byte	0x6
	.8byte	.LBB99
	.8byte	.LBE99
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0x6
	.8byte	.LBB94
	.8byte	.LBE94
	.byte	0x6
	.8byte	.LBB95
	.8byte	.LBE95
	.byte	0x6
	.8byte	.LBB96
	.8byte	.LBE96
	.byte	0x6
	.8byte	.LBB97
	.8byte	.LBE97
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB48
	.8byte	.LBE48
	.byte	0x6
	.8byte	.LBB72
	.8byte	.LBE72
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0x6
	.8byte	.LBB52
	.8byte	.LBE52
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0x6
	.8byte	.LBB73
	.8byte	.LBE73
	.byte	0x6
	.8byte	.LBB74
	.8byte	.LBE74
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB56
	.8byte	.LBE56
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB61
	.8byte	.LBE61
	.byte	0x6
	.8byte	.LBB92
	.8byte	.LBE92
	.byte	0
.LLRL23:
	.byte	0x6
	.8byte	.LBB64
	.8byte	.LBE64
	.byte	0x6
	.8byte	.LBB69
	.8byte	.LBE69
	.byte	0x6
	.8byte	.LBB70
	.8byte	.LBE70
	.byte	0x6
	.8byte	.LBB71
	.8byte	.LBE71
	.byte	0
.LLRL30:
	.byte	0x6
	.8byte	.LBB79
	.8byte	.LBE79
	.byte	0x6
	.8byte	.LBB90
	.8byte	.LBE90
	.byte	0
.LLRL33:
	.byte	0x6
	.8byte	.LBB82
	.8byte	.LBE82
	.byte	0x6
	.8byte	.LBB91
	.8byte	.LBE91
	.byte	0x6
	.8byte	.LBB93
	.8byte	.LBE93
	.byte	0
.LLRL36:
	.byte	0x6
	.8byte	.LBB84
	.8byte	.LBE84
	.byte	0x6
	.8byte	.LBB87
	.8byte	.LBE87
	.byte	0
.LLRL39:
	.byte	0x6
	.8byte	.LFB17
	.8byte	.LFE17
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
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
