	.file	"binary_search.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/binary_search.c"
	.align	1
	.type	search_rec, @function
search_rec:
.LFB12:
	.file 1 "programs/binary_search.c"
	.loc 1 20 1
	.cfi_startproc
.LVL0:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	bgt	a1,a2,.L4
	mv	a5,a0
	.loc 1 23 5 is_stmt 1
	.loc 1 23 19 is_stmt 0
	addw	a4,a1,a2
	.loc 1 23 9
	sraiw	a4,a4,1
	sext.w	a0,a4
.LVL1:
	.loc 1 24 5 is_stmt 1
	.loc 1 24 10 is_stmt 0
	slli	a6,a0,3
	add	a6,a5,a6
	ld	a6,0(a6)
	.loc 1 24 8
	beq	a6,a3,.L6
	.loc 1 20 1
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sd	ra,8(sp)
	.cfi_offset 1, -8
	.loc 1 26 5 is_stmt 1
	.loc 1 26 59 is_stmt 0
	bge	a6,a3,.L3
	.loc 1 26 27 discriminator 1
	addiw	a1,a4,1
.LVL2:
	mv	a0,a5
	call	search_rec
.LVL3:
.L2:
	.loc 1 27 1
	ld	ra,8(sp)
	.cfi_remember_state
	.cfi_restore 1
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
.LVL4:
.L3:
	.cfi_restore_state
	.loc 1 26 61 discriminator 2
	addiw	a2,a4,-1
.LVL5:
	mv	a0,a5
	call	search_rec
.LVL6:
	j	.L2
.LVL7:
.L4:
	.cfi_def_cfa_offset 0
	.cfi_restore 1
	.loc 1 22 16
	li	a0,-1
.LVL8:
	ret
.LVL9:
.L6:
	.loc 1 27 1
	ret
	.cfi_endproc
.LFE12:
	.size	search_rec, .-search_rec
	.align	1
	.type	lower_bound, @function
lower_bound:
.LFB13:
	.loc 1 30 1 is_stmt 1
	.cfi_startproc
.LVL10:
	mv	a3,a0
	.loc 1 31 5
.LVL11:
	.loc 1 32 5
	.loc 1 31 14 is_stmt 0
	li	a0,0
.LVL12:
.L11:
	.loc 1 32 15 is_stmt 1
	bleu	a1,a0,.L14
.LBB2:
	.loc 1 33 9
	.loc 1 33 28 is_stmt 0
	addw	a5,a1,a0
	.loc 1 33 18
	srliw	a6,a5,1
	srliw	a4,a5,1
.LVL13:
	.loc 1 34 9 is_stmt 1
	.loc 1 34 14 is_stmt 0
	slli	a5,a4,1
	add	a5,a3,a5
	.loc 1 34 12
	lhu	a5,0(a5)
	bltu	a5,a2,.L15
	.loc 1 33 18
	mv	a1,a4
.LVL14:
	j	.L11
.LVL15:
.L15:
	.loc 1 35 13 is_stmt 1
	.loc 1 35 16 is_stmt 0
	addiw	a0,a6,1
.LVL16:
	j	.L11
.LVL17:
.L14:
.LBE2:
	.loc 1 39 5 is_stmt 1
	.loc 1 40 1 is_stmt 0
	ret
	.cfi_endproc
.LFE13:
	.size	lower_bound, .-lower_bound
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"search %d -> %d\n"
	.align	3
.LC2:
	.string	"rec %d %d\n"
	.align	3
.LC3:
	.string	"lower_bound %u %u %u\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB14:
	.loc 1 43 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-624
	.cfi_def_cfa_offset 624
	sd	ra,616(sp)
	sd	s0,608(sp)
	sd	s1,600(sp)
	sd	s2,592(sp)
	sd	s3,584(sp)
	sd	s4,576(sp)
	sd	s5,568(sp)
	sd	s6,560(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.loc 1 44 5
	.loc 1 45 5
	.loc 1 46 5
	.loc 1 47 5
.LBB9:
	.loc 1 47 10
.LVL18:
	.loc 1 47 23
	addi	a6,sp,400
	addi	a0,sp,80
	mv	a1,sp
.LBE9:
	.loc 1 43 1 is_stmt 0
	li	a4,0
	li	a2,0
.LBB10:
	.loc 1 47 14
	li	a5,0
	.loc 1 47 23
	li	a7,1000001536
	addi	a7,a7,-1529
	li	t1,40
.LVL19:
.L17:
	.loc 1 48 9 is_stmt 1 discriminator 3
	.loc 1 48 18 is_stmt 0 discriminator 3
	mulw	a3,a5,a5
	.loc 1 48 22 discriminator 3
	addiw	a3,a3,-200
	.loc 1 48 14 discriminator 3
	sw	a3,0(a6)
	.loc 1 49 9 is_stmt 1 discriminator 3
	.loc 1 49 14 is_stmt 0 discriminator 3
	sd	a2,0(a0)
	.loc 1 50 9 is_stmt 1 discriminator 3
	.loc 1 50 14 is_stmt 0 discriminator 3
	sh	a4,0(a1)
	.loc 1 47 30 is_stmt 1 discriminator 3
	addiw	a5,a5,1
.LVL20:
	.loc 1 47 23 discriminator 3
	addi	a6,a6,4
	add	a2,a2,a7
	addi	a0,a0,8
	addiw	a4,a4,1500
	slli	a4,a4,48
	srli	a4,a4,48
	addi	a1,a1,2
	bne	a5,t1,.L17
.LBE10:
.LBB11:
	.loc 1 53 14 is_stmt 0
	li	s0,-210
.LBE11:
	.loc 1 52 9
	li	s1,0
.LBB23:
.LBB12:
.LBB13:
.LBB14:
	.loc 1 6 9
	li	s5,0
	.loc 1 6 17
	li	s4,39
	.loc 1 16 12
	li	s6,-1
.LBE14:
.LBE13:
	.loc 1 56 9
	lla	s3,.LC0
.LBE12:
	.loc 1 53 26
	li	s2,1439
	j	.L18
.LVL21:
.L20:
.LBB21:
.LBB19:
.LBB17:
.LBB15:
	.loc 1 14 13 is_stmt 1
	.loc 1 14 16 is_stmt 0
	addiw	a1,a5,-1
.LVL22:
.L21:
.LBE15:
	.loc 1 7 15 is_stmt 1
	bgt	a3,a1,.L27
.LVL23:
.L22:
.LBB16:
	.loc 1 8 9
	.loc 1 8 28 is_stmt 0
	subw	a4,a1,a3
	.loc 1 8 34
	srliw	a5,a4,31
	addw	a5,a5,a4
	sraiw	a5,a5,1
	.loc 1 8 13
	addw	a5,a5,a3
	sext.w	a2,a5
.LVL24:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 14 is_stmt 0
	slli	a4,a2,2
	addi	a4,a4,560
	add	a4,a4,sp
	lw	a4,-160(a4)
	.loc 1 9 12
	beq	a4,s0,.L19
	.loc 1 11 9 is_stmt 1
	.loc 1 11 12 is_stmt 0
	bge	a4,s0,.L20
	.loc 1 12 13 is_stmt 1
	.loc 1 12 16 is_stmt 0
	addiw	a3,a5,1
.LVL25:
	j	.L21
.LVL26:
.L27:
.LBE16:
	.loc 1 16 12
	mv	a2,s6
.L19:
.LVL27:
.LBE17:
.LBE19:
	.loc 1 55 9 is_stmt 1
	.loc 1 55 20 is_stmt 0
	not	a5,a2
	srliw	a5,a5,31
	.loc 1 55 15
	addw	s1,a5,s1
.LVL28:
	.loc 1 56 9 is_stmt 1
	mv	a1,s0
	mv	a0,s3
	call	printf@plt
.LVL29:
.LBE21:
	.loc 1 53 36
	addiw	s0,s0,97
.LVL30:
	.loc 1 53 26
	beq	s0,s2,.L23
.LVL31:
.L18:
.LBB22:
.LBB20:
.LBB18:
	.loc 1 7 15
	.loc 1 6 9 is_stmt 0
	mv	a3,s5
	.loc 1 6 17
	mv	a1,s4
	j	.L22
.LVL32:
.L23:
.LBE18:
.LBE20:
.LBE22:
.LBE23:
	.loc 1 58 5 is_stmt 1
	ld	a3,.LC1
	li	a2,39
	li	a1,0
	addi	s0,sp,80
	mv	a0,s0
	call	search_rec
.LVL33:
	mv	s2,a0
	li	a3,5
	li	a2,39
	li	a1,0
	mv	a0,s0
	call	search_rec
.LVL34:
	mv	a2,a0
	mv	a1,s2
	lla	a0,.LC2
	call	printf@plt
.LVL35:
	.loc 1 59 5
	li	a2,0
	li	a1,40
	mv	s0,sp
	mv	a0,s0
	call	lower_bound
.LVL36:
	sext.w	s2,a0
	li	a2,4096
	addi	a2,a2,-1095
	li	a1,40
	mv	a0,s0
	call	lower_bound
.LVL37:
	sext.w	s3,a0
	li	a2,65536
	addi	a2,a2,-1
	li	a1,40
	mv	a0,s0
	call	lower_bound
.LVL38:
	sext.w	a3,a0
	mv	a2,s3
	mv	a1,s2
	lla	a0,.LC3
	call	printf@plt
.LVL39:
	.loc 1 60 5
	.loc 1 61 1 is_stmt 0
	mv	a0,s1
	ld	ra,616(sp)
	.cfi_restore 1
	ld	s0,608(sp)
	.cfi_restore 8
	ld	s1,600(sp)
	.cfi_restore 9
	ld	s2,592(sp)
	.cfi_restore 18
	ld	s3,584(sp)
	.cfi_restore 19
	ld	s4,576(sp)
	.cfi_restore 20
	ld	s5,568(sp)
	.cfi_restore 21
	ld	s6,560(sp)
	.cfi_restore 22
	addi	sp,sp,624
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC1:
	.dword	17000000119
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x47f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF13
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
	.byte	0x6
	.4byte	0x3c
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
	.byte	0x6
	.4byte	0x5d
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x6
	.4byte	0x69
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x6
	.4byte	0x75
	.byte	0x15
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x5d
	.4byte	0x99
	.byte	0x16
	.4byte	0x99
	.byte	0x17
	.byte	0
	.byte	0x7
	.4byte	0x7c
	.byte	0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x5d
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x2b6
	.byte	0x8
	.string	"a"
	.byte	0x2c
	.byte	0x9
	.4byte	0x2b6
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x8
	.string	"b"
	.byte	0x2d
	.byte	0xa
	.4byte	0x2c5
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7b
	.byte	0x8
	.string	"c"
	.byte	0x2e
	.byte	0x14
	.4byte	0x2d4
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7b
	.byte	0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x34
	.byte	0x9
	.4byte	0x5d
	.4byte	.LLST10
	.byte	0x10
	.4byte	.LLRL11
	.4byte	0x10e
	.byte	0x3
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x5d
	.4byte	.LLST12
	.byte	0
	.byte	0x10
	.4byte	.LLRL13
	.4byte	0x1a5
	.byte	0x3
	.string	"k"
	.byte	0x35
	.byte	0xe
	.4byte	0x5d
	.4byte	.LLST14
	.byte	0x11
	.4byte	.LLRL15
	.byte	0x3
	.string	"r"
	.byte	0x36
	.byte	0xd
	.4byte	0x5d
	.4byte	.LLST16
	.byte	0x1a
	.4byte	0x430
	.8byte	.LBB13
	.4byte	.LLRL17
	.byte	0x1
	.byte	0x36
	.byte	0x11
	.4byte	0x189
	.byte	0x9
	.4byte	0x451
	.byte	0x9
	.4byte	0x449
	.byte	0x9
	.4byte	0x441
	.byte	0x11
	.4byte	.LLRL17
	.byte	0xa
	.4byte	0x45b
	.4byte	.LLST18
	.byte	0xa
	.4byte	0x465
	.4byte	.LLST19
	.byte	0x1b
	.4byte	0x46f
	.4byte	.LLRL20
	.byte	0xa
	.4byte	0x470
	.4byte	.LLST21
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL29
	.4byte	0x81
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL33
	.4byte	0x36f
	.4byte	0x1d3
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x6
	.byte	0x10
	.byte	0xf7,0xd4,0x9d,0xaa,0x3f
	.byte	0
	.byte	0x4
	.8byte	.LVL34
	.4byte	0x36f
	.4byte	0x1fc
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x35
	.byte	0
	.byte	0x4
	.8byte	.LVL35
	.4byte	0x81
	.4byte	0x221
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
	.byte	0
	.byte	0x4
	.8byte	.LVL36
	.4byte	0x2e3
	.4byte	0x245
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x8
	.byte	0x28
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL37
	.4byte	0x2e3
	.4byte	0x26a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x8
	.byte	0x28
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa
	.2byte	0xbb9
	.byte	0
	.byte	0x4
	.8byte	.LVL38
	.4byte	0x2e3
	.4byte	0x28e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x8
	.byte	0x28
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x9
	.byte	0xff
	.byte	0
	.byte	0xb
	.8byte	.LVL39
	.4byte	0x81
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
	.byte	0xc
	.4byte	0x5d
	.4byte	0x2c5
	.byte	0xd
	.4byte	0x2e
	.byte	0
	.byte	0xc
	.4byte	0x69
	.4byte	0x2d4
	.byte	0xd
	.4byte	0x2e
	.byte	0
	.byte	0xc
	.4byte	0x3c
	.4byte	0x2e3
	.byte	0xd
	.4byte	0x2e
	.byte	0
	.byte	0x12
	.4byte	.LASF11
	.byte	0x1d
	.byte	0x11
	.4byte	0x48
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x36a
	.byte	0x5
	.string	"a"
	.byte	0x1d
	.byte	0x33
	.4byte	0x36a
	.4byte	.LLST5
	.byte	0x5
	.string	"n"
	.byte	0x1d
	.byte	0x3f
	.4byte	0x48
	.4byte	.LLST6
	.byte	0x1c
	.string	"key"
	.byte	0x1
	.byte	0x1d
	.byte	0x51
	.4byte	0x3c
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.string	"lo"
	.byte	0x1f
	.byte	0xe
	.4byte	0x48
	.4byte	.LLST7
	.byte	0x3
	.string	"hi"
	.byte	0x1f
	.byte	0x16
	.4byte	0x48
	.4byte	.LLST8
	.byte	0x1d
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x3
	.string	"mid"
	.byte	0x21
	.byte	0x12
	.4byte	0x48
	.4byte	.LLST9
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x43
	.byte	0x12
	.4byte	.LASF12
	.byte	0x13
	.byte	0xc
	.4byte	0x5d
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x42b
	.byte	0x5
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0x42b
	.4byte	.LLST0
	.byte	0x5
	.string	"lo"
	.byte	0x13
	.byte	0x2a
	.4byte	0x5d
	.4byte	.LLST1
	.byte	0x5
	.string	"hi"
	.byte	0x13
	.byte	0x32
	.4byte	0x5d
	.4byte	.LLST2
	.byte	0x5
	.string	"key"
	.byte	0x13
	.byte	0x3b
	.4byte	0x69
	.4byte	.LLST3
	.byte	0x3
	.string	"mid"
	.byte	0x17
	.byte	0x9
	.4byte	0x5d
	.4byte	.LLST4
	.byte	0x4
	.8byte	.LVL3
	.4byte	0x36f
	.4byte	0x406
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0xb
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x23
	.byte	0x1
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0
	.byte	0xb
	.8byte	.LVL6
	.4byte	0x36f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0xb
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x31
	.byte	0x1c
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x70
	.byte	0x1e
	.4byte	.LASF16
	.byte	0x1
	.byte	0x4
	.byte	0xc
	.4byte	0x5d
	.byte	0x1
	.4byte	0x47d
	.byte	0xe
	.string	"a"
	.byte	0x1e
	.4byte	0x47d
	.byte	0xe
	.string	"n"
	.byte	0x25
	.4byte	0x5d
	.byte	0xe
	.string	"key"
	.byte	0x2c
	.4byte	0x5d
	.byte	0xf
	.string	"lo"
	.byte	0x6
	.byte	0x9
	.4byte	0x5d
	.byte	0xf
	.string	"hi"
	.byte	0x6
	.byte	0x11
	.4byte	0x5d
	.byte	0x1f
	.byte	0xf
	.string	"mid"
	.byte	0x8
	.byte	0xd
	.4byte	0x5d
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x64
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
	.byte	0x4
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
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x21
	.byte	0x27
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x4
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x5
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0xb
	.byte	0x1
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
.LLST10:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL28
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST12:
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
	.byte	0x5f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL30
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL29-1
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x3
	.byte	0x8
	.byte	0x27
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LFE13
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x3
	.byte	0x80
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE13
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE13
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL17
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL3-1
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL6-1
	.8byte	.LVL7
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL6-1
	.8byte	.LVL7
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3-1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL3-1
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL3-1
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL6-1
	.8byte	.LVL7
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3-1
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL3-1
	.8byte	.LVL4
	.byte	0xa
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6-1
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL6-1
	.8byte	.LVL7
	.byte	0xa
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE12
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
.LLRL11:
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
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
.LASF2:
	.string	"long unsigned int"
.LASF16:
	.string	"search"
.LASF4:
	.string	"short unsigned int"
.LASF11:
	.string	"lower_bound"
.LASF3:
	.string	"unsigned char"
.LASF15:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF14:
	.string	"printf"
.LASF9:
	.string	"char"
.LASF13:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
