	.file	"binary_search.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/binary_search.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"search %d -> %d\n"
	.align	3
.LC3:
	.string	"rec %d %d\n"
	.align	3
.LC4:
	.string	"lower_bound %u %u %u\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB14:
	.file 1 "programs/binary_search.c"
	.loc 1 43 1
	.cfi_startproc
	.loc 1 44 5
	.loc 1 45 5
	.loc 1 46 5
	.loc 1 47 5
.LBB34:
	.loc 1 47 10
.LVL0:
	.loc 1 47 23
.LBE34:
	.loc 1 43 1 is_stmt 0
	addi	sp,sp,-608
	.cfi_def_cfa_offset 608
.LBB35:
	.loc 1 47 23
	li	a7,1000001536
.LBE35:
	.loc 1 43 1
	sd	ra,600(sp)
	sd	s0,592(sp)
	sd	s1,584(sp)
	sd	s2,576(sp)
	sd	s3,568(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	addi	a6,sp,80
	addi	a0,sp,240
	mv	a1,sp
	.loc 1 43 1
	li	a4,0
	li	a2,0
.LBB36:
	.loc 1 47 14
	li	a5,0
	.loc 1 47 23
	addi	a7,a7,-1529
	li	t1,40
.LVL1:
.L2:
	.loc 1 48 9 is_stmt 1 discriminator 3
	.loc 1 48 18 is_stmt 0 discriminator 3
	mulw	a3,a5,a5
	.loc 1 50 14 discriminator 3
	sh	a4,0(a1)
	.loc 1 47 23 discriminator 3
	addi	a6,a6,4
	addiw	a4,a4,1500
	.loc 1 49 14 discriminator 3
	sd	a2,0(a0)
	.loc 1 47 23 discriminator 3
	slli	a4,a4,48
	.loc 1 47 30 discriminator 3
	addiw	a5,a5,1
.LVL2:
	.loc 1 47 23 discriminator 3
	add	a2,a2,a7
	addi	a0,a0,8
	srli	a4,a4,48
	.loc 1 48 22 discriminator 3
	addiw	a3,a3,-200
	.loc 1 48 14 discriminator 3
	sw	a3,-4(a6)
	.loc 1 49 9 is_stmt 1 discriminator 3
	.loc 1 50 9 discriminator 3
	.loc 1 47 30 discriminator 3
	.loc 1 47 23 discriminator 3
	addi	a1,a1,2
	bne	a5,t1,.L2
.LBE36:
.LBB37:
	.loc 1 53 14 is_stmt 0
	li	s0,-210
.LBE37:
	.loc 1 52 9
	li	s1,0
.LBB48:
.LBB38:
	.loc 1 56 9
	lla	s3,.LC0
.LBE38:
	.loc 1 53 26
	li	s2,1439
.L3:
.LVL3:
.LBB45:
.LBB39:
.LBB40:
	.loc 1 7 15 is_stmt 1
	.loc 1 6 9 is_stmt 0
	li	a3,0
	.loc 1 6 17
	li	a1,39
.LVL4:
.L8:
.LBB41:
	.loc 1 8 9 is_stmt 1
	.loc 1 11 9
	.loc 1 12 13
	.loc 1 14 13
	.loc 1 8 28 is_stmt 0
	subw	a5,a1,a3
	.loc 1 8 34
	sraiw	a5,a5,1
	.loc 1 8 13
	addw	a2,a5,a3
.LVL5:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 14 is_stmt 0
	slli	a4,a2,2
	addi	a4,a4,560
	add	a4,a4,sp
	lw	a4,-480(a4)
	.loc 1 9 12
	beq	a4,s0,.L32
	.loc 1 11 12
	bge	a4,s0,.L6
	.loc 1 12 16
	addiw	a3,a2,1
.LVL6:
.LBE41:
	.loc 1 7 15 is_stmt 1
	ble	a3,a1,.L8
.L35:
	.loc 1 16 12 is_stmt 0
	li	a2,-1
.LVL7:
.L5:
.LBE40:
.LBE39:
	.loc 1 55 9 is_stmt 1
	.loc 1 56 9
	mv	a1,s0
	mv	a0,s3
.LBE45:
	.loc 1 53 36 is_stmt 0
	addiw	s0,s0,97
.LVL8:
.LBB46:
	.loc 1 56 9
	call	printf@plt
.LVL9:
.LBE46:
	.loc 1 53 36 is_stmt 1
	.loc 1 53 26
	bne	s0,s2,.L3
	li	a2,39
	li	a3,0
	ld	a0,.LC1
.LBE48:
.LBB49:
.LBB50:
	.loc 1 26 59 is_stmt 0
	ld	a6,.LC2
.L9:
	.loc 1 23 5 is_stmt 1
	.loc 1 26 5
	.loc 1 23 19 is_stmt 0
	addw	a5,a2,a3
	.loc 1 23 9
	sraiw	a1,a5,1
.LVL10:
	.loc 1 24 5 is_stmt 1
	.loc 1 24 10 is_stmt 0
	slli	a4,a1,3
	addi	a4,a4,560
	add	a4,a4,sp
	ld	a4,-320(a4)
	.loc 1 24 8
	beq	a4,a0,.L10
	.loc 1 26 59
	bgt	a4,a6,.L11
	.loc 1 26 27
	addiw	a3,a1,1
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	ble	a3,a2,.L9
.L36:
	.loc 1 22 16
	li	a1,-1
.LVL11:
.L10:
.LBE50:
.LBE49:
.LBB53:
.LBB54:
	.loc 1 21 5 is_stmt 1
.LBE54:
.LBE53:
.LBB57:
.LBB51:
	.loc 1 22 16 is_stmt 0
	li	a0,39
	li	a3,0
.LBE51:
.LBE57:
.LBB58:
.LBB55:
	.loc 1 24 8
	li	a6,5
	.loc 1 26 59
	li	a7,4
.L13:
	.loc 1 23 5 is_stmt 1
	.loc 1 26 5
	.loc 1 23 19 is_stmt 0
	addw	a5,a3,a0
	.loc 1 23 9
	sraiw	a2,a5,1
.LVL12:
	.loc 1 24 5 is_stmt 1
	.loc 1 24 10 is_stmt 0
	slli	a4,a2,3
	addi	a4,a4,560
	add	a4,a4,sp
	ld	a4,-320(a4)
	.loc 1 24 8
	beq	a4,a6,.L14
	.loc 1 26 59
	bgt	a4,a7,.L15
	.loc 1 26 27
	addiw	a3,a2,1
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	ble	a3,a0,.L13
.L25:
	.loc 1 22 16
	li	a2,-1
.LVL13:
.L14:
.LBE55:
.LBE58:
	.loc 1 58 5
	lla	a0,.LC3
	call	printf@plt
.LVL14:
	.loc 1 59 5 is_stmt 1
.LBB59:
.LBB60:
.LBB61:
	.loc 1 34 12 is_stmt 0
	li	a1,4096
.LBE61:
	.loc 1 31 22
	li	a3,40
	.loc 1 31 14
	li	a2,0
.LBB62:
	.loc 1 34 12
	addi	a1,a1,-1096
	j	.L18
.LVL15:
.L19:
	lhu	a5,-560(a5)
	.loc 1 33 18
	srliw	a0,a4,1
	srliw	a4,a4,1
.LVL16:
	.loc 1 34 9 is_stmt 1
	.loc 1 34 12 is_stmt 0
	bleu	a5,a1,.L33
	.loc 1 33 18
	mv	a3,a4
.LVL17:
.L18:
	.loc 1 33 9 is_stmt 1
.LBE62:
	.loc 1 32 15
.LBB63:
	.loc 1 33 28 is_stmt 0
	addw	a4,a3,a2
	.loc 1 34 14
	srliw	a5,a4,1
	slli	a5,a5,1
	addi	a5,a5,560
	add	a5,a5,sp
.LBE63:
	.loc 1 32 15
	bgtu	a3,a2,.L19
.LBE60:
.LBE59:
.LBB66:
.LBB67:
.LBB68:
	.loc 1 34 12
	li	a0,65536
.LBE68:
	.loc 1 31 22
	li	a1,40
	.loc 1 31 14
	li	a3,0
.LVL18:
.LBB69:
	.loc 1 34 12
	addi	a0,a0,-1
	j	.L21
.LVL19:
.L22:
	lhu	a5,-560(a5)
	.loc 1 33 18
	srliw	a6,a4,1
	srliw	a4,a4,1
.LVL20:
	.loc 1 34 9 is_stmt 1
	.loc 1 34 12 is_stmt 0
	bne	a5,a0,.L34
	.loc 1 33 18
	mv	a1,a4
.LVL21:
.L21:
	.loc 1 33 9 is_stmt 1
.LBE69:
	.loc 1 32 15
.LBB70:
	.loc 1 33 28 is_stmt 0
	addw	a4,a1,a3
	.loc 1 34 14
	srliw	a5,a4,1
	slli	a5,a5,1
	addi	a5,a5,560
	add	a5,a5,sp
.LBE70:
	.loc 1 32 15
	bgtu	a1,a3,.L22
	.loc 1 39 5 is_stmt 1
.LVL22:
.LBE67:
.LBE66:
	.loc 1 59 5 is_stmt 0
	li	a1,0
	lla	a0,.LC4
	call	printf@plt
.LVL23:
	.loc 1 60 5 is_stmt 1
	.loc 1 61 1 is_stmt 0
	ld	ra,600(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,592(sp)
	.cfi_restore 8
	ld	s2,576(sp)
	.cfi_restore 18
	ld	s3,568(sp)
	.cfi_restore 19
	mv	a0,s1
	ld	s1,584(sp)
	.cfi_restore 9
	addi	sp,sp,608
	.cfi_def_cfa_offset 0
	jr	ra
.LVL24:
.L6:
	.cfi_restore_state
.LBB73:
.LBB47:
.LBB44:
.LBB43:
.LBB42:
	.loc 1 14 16
	addiw	a1,a2,-1
.LVL25:
.LBE42:
	.loc 1 7 15 is_stmt 1
	ble	a3,a1,.L8
	j	.L35
.L32:
.LBE43:
.LBE44:
	.loc 1 55 15 is_stmt 0
	addiw	s1,s1,1
.LVL26:
	j	.L5
.LVL27:
.L11:
.LBE47:
.LBE73:
.LBB74:
.LBB52:
	.loc 1 26 61
	addiw	a2,a1,-1
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	ble	a3,a2,.L9
	j	.L36
.LVL28:
.L15:
.LBE52:
.LBE74:
.LBB75:
.LBB56:
	.loc 1 26 61
	addiw	a0,a2,-1
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	ble	a3,a0,.L13
	j	.L25
.LVL29:
.L33:
.LBE56:
.LBE75:
.LBB76:
.LBB65:
.LBB64:
	.loc 1 35 13 is_stmt 1
	.loc 1 35 16 is_stmt 0
	addiw	a2,a0,1
.LVL30:
	j	.L18
.LVL31:
.L34:
.LBE64:
.LBE65:
.LBE76:
.LBB77:
.LBB72:
.LBB71:
	.loc 1 35 13 is_stmt 1
	.loc 1 35 16 is_stmt 0
	addiw	a3,a6,1
.LVL32:
	j	.L21
.LBE71:
.LBE72:
.LBE77:
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC1:
	.dword	17000000119
	.align	3
.LC2:
	.dword	17000000118
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x41c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x16
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL28
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
	.byte	0x8
	.4byte	0x38
	.byte	0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x17
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x8
	.4byte	0x59
	.byte	0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x8
	.4byte	0x65
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x8
	.4byte	0x71
	.byte	0x18
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x59
	.4byte	0x95
	.byte	0x19
	.4byte	0x95
	.byte	0x1a
	.byte	0
	.byte	0x9
	.4byte	0x78
	.byte	0x1b
	.4byte	.LASF16
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x59
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x304
	.byte	0xc
	.string	"a"
	.byte	0x2c
	.byte	0x9
	.4byte	0x304
	.byte	0x3
	.byte	0x91
	.byte	0xf0,0x7b
	.byte	0xc
	.string	"b"
	.byte	0x2d
	.byte	0xa
	.4byte	0x313
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0xc
	.string	"c"
	.byte	0x2e
	.byte	0x14
	.4byte	0x322
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7b
	.byte	0x1c
	.4byte	.LASF10
	.byte	0x1
	.byte	0x34
	.byte	0x9
	.4byte	0x59
	.4byte	.LLST0
	.byte	0x12
	.4byte	.LLRL1
	.4byte	0x10a
	.byte	0xd
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x59
	.4byte	.LLST2
	.byte	0
	.byte	0x12
	.4byte	.LLRL3
	.4byte	0x19a
	.byte	0xd
	.string	"k"
	.byte	0x35
	.byte	0xe
	.4byte	0x59
	.4byte	.LLST4
	.byte	0x6
	.4byte	.LLRL5
	.byte	0xd
	.string	"r"
	.byte	0x36
	.byte	0xd
	.4byte	0x59
	.4byte	.LLST6
	.byte	0x7
	.4byte	0x3cc
	.8byte	.LBB39
	.4byte	.LLRL7
	.byte	0x36
	.byte	0x11
	.4byte	0x184
	.byte	0x1
	.4byte	0x3e4
	.byte	0x1
	.4byte	0x3ed
	.byte	0x1
	.4byte	0x3db
	.byte	0x6
	.4byte	.LLRL7
	.byte	0x2
	.4byte	0x3f8
	.4byte	.LLST8
	.byte	0x2
	.4byte	0x402
	.4byte	.LLST9
	.byte	0xe
	.4byte	0x40c
	.4byte	.LLRL10
	.byte	0x2
	.4byte	0x40d
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0
	.byte	0x13
	.8byte	.LVL9
	.4byte	0x7d
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x384
	.8byte	.LBB49
	.4byte	.LLRL12
	.byte	0x3a
	.byte	0x5
	.4byte	0x1d9
	.byte	0xb
	.4byte	0x39c
	.byte	0x1
	.byte	0x5d
	.byte	0xb
	.4byte	0x3a6
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.4byte	0x3b0
	.byte	0x1
	.4byte	0x393
	.byte	0x6
	.4byte	.LLRL12
	.byte	0x2
	.4byte	0x3bb
	.4byte	.LLST13
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x384
	.8byte	.LBB53
	.4byte	.LLRL14
	.byte	0x3a
	.byte	0x5
	.4byte	0x220
	.byte	0xb
	.4byte	0x39c
	.byte	0x1
	.byte	0x5d
	.byte	0xb
	.4byte	0x3a6
	.byte	0x1
	.byte	0x5a
	.byte	0x14
	.4byte	0x3b0
	.4byte	.LLST15
	.byte	0x14
	.4byte	0x393
	.4byte	.LLST16
	.byte	0x6
	.4byte	.LLRL14
	.byte	0x2
	.4byte	0x3bb
	.4byte	.LLST17
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x331
	.8byte	.LBB59
	.4byte	.LLRL18
	.byte	0x3b
	.byte	0x5
	.4byte	0x272
	.byte	0x1
	.4byte	0x352
	.byte	0x1
	.4byte	0x349
	.byte	0x1
	.4byte	0x340
	.byte	0x6
	.4byte	.LLRL18
	.byte	0x2
	.4byte	0x35d
	.4byte	.LLST19
	.byte	0x2
	.4byte	0x367
	.4byte	.LLST20
	.byte	0xe
	.4byte	0x371
	.4byte	.LLRL21
	.byte	0x2
	.4byte	0x372
	.4byte	.LLST22
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x331
	.8byte	.LBB66
	.4byte	.LLRL23
	.byte	0x3b
	.byte	0x5
	.4byte	0x2c4
	.byte	0x1
	.4byte	0x352
	.byte	0x1
	.4byte	0x349
	.byte	0x1
	.4byte	0x340
	.byte	0x6
	.4byte	.LLRL23
	.byte	0x2
	.4byte	0x35d
	.4byte	.LLST24
	.byte	0x2
	.4byte	0x367
	.4byte	.LLST25
	.byte	0xe
	.4byte	0x371
	.4byte	.LLRL26
	.byte	0x2
	.4byte	0x372
	.4byte	.LLST27
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1d
	.8byte	.LVL14
	.4byte	0x7d
	.4byte	0x2e3
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0
	.byte	0x13
	.8byte	.LVL23
	.4byte	0x7d
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0xa
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x59
	.4byte	0x313
	.byte	0x10
	.4byte	0x2a
	.byte	0
	.byte	0xf
	.4byte	0x65
	.4byte	0x322
	.byte	0x10
	.4byte	0x2a
	.byte	0
	.byte	0xf
	.4byte	0x38
	.4byte	0x331
	.byte	0x10
	.4byte	0x2a
	.byte	0
	.byte	0x11
	.4byte	.LASF11
	.byte	0x1d
	.byte	0x11
	.4byte	0x44
	.4byte	0x37f
	.byte	0x3
	.string	"a"
	.byte	0x1d
	.byte	0x33
	.4byte	0x37f
	.byte	0x3
	.string	"n"
	.byte	0x1d
	.byte	0x3f
	.4byte	0x44
	.byte	0x3
	.string	"key"
	.byte	0x1d
	.byte	0x51
	.4byte	0x38
	.byte	0x5
	.string	"lo"
	.byte	0x1f
	.byte	0xe
	.4byte	0x44
	.byte	0x5
	.string	"hi"
	.byte	0x1f
	.byte	0x16
	.4byte	0x44
	.byte	0x15
	.byte	0x5
	.string	"mid"
	.byte	0x21
	.byte	0x12
	.4byte	0x44
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x3f
	.byte	0x11
	.4byte	.LASF12
	.byte	0x13
	.byte	0xc
	.4byte	0x59
	.4byte	0x3c7
	.byte	0x3
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0x3c7
	.byte	0x3
	.string	"lo"
	.byte	0x13
	.byte	0x2a
	.4byte	0x59
	.byte	0x3
	.string	"hi"
	.byte	0x13
	.byte	0x32
	.4byte	0x59
	.byte	0x3
	.string	"key"
	.byte	0x13
	.byte	0x3b
	.4byte	0x65
	.byte	0x5
	.string	"mid"
	.byte	0x17
	.byte	0x9
	.4byte	0x59
	.byte	0
	.byte	0x9
	.4byte	0x6c
	.byte	0x11
	.4byte	.LASF13
	.byte	0x4
	.byte	0xc
	.4byte	0x59
	.4byte	0x41a
	.byte	0x3
	.string	"a"
	.byte	0x4
	.byte	0x1e
	.4byte	0x41a
	.byte	0x3
	.string	"n"
	.byte	0x4
	.byte	0x25
	.4byte	0x59
	.byte	0x3
	.string	"key"
	.byte	0x4
	.byte	0x2c
	.4byte	0x59
	.byte	0x5
	.string	"lo"
	.byte	0x6
	.byte	0x9
	.4byte	0x59
	.byte	0x5
	.string	"hi"
	.byte	0x6
	.byte	0x11
	.4byte	0x59
	.byte	0x15
	.byte	0x5
	.string	"mid"
	.byte	0x8
	.byte	0xd
	.4byte	0x59
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x60
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0xe
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
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
	.byte	0x27
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
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x18
	.byte	0
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
	.byte	0x1d
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
	.8byte	.LVL3
	.8byte	.LVL7
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9-1
	.byte	0xe
	.byte	0x7c
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x2a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x79
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x1
	.byte	0x59
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
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL8
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9-1
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x3
	.byte	0x8
	.byte	0x27
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x2
	.byte	0x35
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL19
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL31
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST27:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LFE14
	.byte	0x1
	.byte	0x60
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
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
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
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB48
	.8byte	.LBE48
	.byte	0x6
	.8byte	.LBB73
	.8byte	.LBE73
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB49
	.8byte	.LBE49
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB74
	.8byte	.LBE74
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0x6
	.8byte	.LBB75
	.8byte	.LBE75
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB59
	.8byte	.LBE59
	.byte	0x6
	.8byte	.LBB76
	.8byte	.LBE76
	.byte	0
.LLRL21:
	.byte	0x6
	.8byte	.LBB61
	.8byte	.LBE61
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0x6
	.8byte	.LBB63
	.8byte	.LBE63
	.byte	0x6
	.8byte	.LBB64
	.8byte	.LBE64
	.byte	0
.LLRL23:
	.byte	0x6
	.8byte	.LBB66
	.8byte	.LBE66
	.byte	0x6
	.8byte	.LBB77
	.8byte	.LBE77
	.byte	0
.LLRL26:
	.byte	0x6
	.8byte	.LBB68
	.8byte	.LBE68
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
.LLRL28:
	.byte	0x6
	.8byte	.LFB14
	.8byte	.LFE14
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"found"
.LASF5:
	.string	"unsigned int"
.LASF12:
	.string	"search_rec"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"search"
.LASF4:
	.string	"short unsigned int"
.LASF11:
	.string	"lower_bound"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"printf"
.LASF9:
	.string	"char"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/binary_search.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
