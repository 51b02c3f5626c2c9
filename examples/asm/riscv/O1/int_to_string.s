	.file	"int_to_string.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/int_to_string.c"
	.align	1
	.type	utoa, @function
utoa:
.LFB11:
	.file 1 "programs/int_to_string.c"
	.loc 1 6 1
	.cfi_startproc
.LVL0:
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	mv	a4,a0
	mv	a0,a2
.LVL1:
	.loc 1 7 5
	.loc 1 8 5
	addi	a3,sp,8
	.loc 1 8 9 is_stmt 0
	li	a6,0
.LBB2:
	.loc 1 10 35
	slli	a1,a1,32
.LVL2:
	srli	a1,a1,32
	.loc 1 11 20
	li	a2,9
.LVL3:
	j	.L4
.LVL4:
.L11:
	.loc 1 11 20 discriminator 1
	addiw	a5,a5,48
.LVL5:
	andi	a5,a5,0xff
.LVL6:
.L3:
	.loc 1 11 14 discriminator 4
	addiw	a7,a6,1
.LVL7:
	.loc 1 11 18 discriminator 4
	sb	a5,0(a3)
	.loc 1 12 9 is_stmt 1 discriminator 4
	.loc 1 12 11 is_stmt 0 discriminator 4
	divu	a5,a4,a1
.LVL8:
.LBE2:
	.loc 1 13 14 is_stmt 1 discriminator 4
	addi	a3,a3,1
	bgtu	a1,a4,.L10
.LBB3:
	.loc 1 11 14 is_stmt 0
	mv	a6,a7
.LVL9:
	.loc 1 12 11
	mv	a4,a5
.LVL10:
.L4:
.LBE3:
	.loc 1 9 5 is_stmt 1
.LBB4:
	.loc 1 10 9
	.loc 1 10 35 is_stmt 0
	remu	a5,a4,a1
.LVL11:
	.loc 1 11 9 is_stmt 1
	.loc 1 11 20 is_stmt 0
	sext.w	a7,a5
	bleu	a7,a2,.L11
	.loc 1 11 20 discriminator 2
	addiw	a5,a5,87
.LVL12:
	andi	a5,a5,0xff
.LVL13:
	j	.L3
.LVL14:
.L10:
.LBE4:
.LBB5:
	.loc 1 14 23 is_stmt 1
	ble	a7,zero,.L5
	addi	a3,sp,8
	add	a3,a3,a6
	mv	a5,a0
.LVL15:
.L6:
	.loc 1 15 9 discriminator 3
	.loc 1 15 16 is_stmt 0 discriminator 3
	lbu	a4,0(a3)
	sb	a4,0(a5)
	.loc 1 14 29 is_stmt 1 discriminator 3
.LVL16:
	.loc 1 14 23 discriminator 3
	addi	a3,a3,-1
	addi	a5,a5,1
.LVL17:
	subw	a4,a5,a0
	addiw	a4,a4,-1
	blt	a4,a6,.L6
.LVL18:
.L5:
.LBE5:
	.loc 1 16 5
	.loc 1 16 12 is_stmt 0
	add	a7,a0,a7
	sb	zero,0(a7)
	.loc 1 17 5 is_stmt 1
	.loc 1 18 1 is_stmt 0
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE11:
	.size	utoa, .-utoa
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC2:
	.string	"%s "
	.align	3
.LC3:
	.string	"%lld"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.loc 1 32 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-352
	.cfi_def_cfa_offset 352
	sd	ra,344(sp)
	sd	s0,336(sp)
	sd	s1,328(sp)
	sd	s2,320(sp)
	sd	s3,312(sp)
	sd	s4,304(sp)
	sd	s5,296(sp)
	sd	s6,288(sp)
	sd	s7,280(sp)
	sd	s8,272(sp)
	sd	s9,264(sp)
	sd	s10,256(sp)
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
	.loc 1 33 5
	.loc 1 33 15 is_stmt 0
	lla	a5,.LANCHOR0
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a0,16(a5)
	ld	a1,24(a5)
	ld	a2,32(a5)
	ld	a3,40(a5)
	ld	a4,48(a5)
	ld	a5,56(a5)
	sd	a7,192(sp)
	sd	a6,200(sp)
	sd	a0,208(sp)
	sd	a1,216(sp)
	sd	a2,224(sp)
	sd	a3,232(sp)
	sd	a4,240(sp)
	sd	a5,248(sp)
	.loc 1 34 5 is_stmt 1
	.loc 1 34 14 is_stmt 0
	li	a5,2
	sw	a5,168(sp)
	li	a5,8
	sw	a5,172(sp)
	li	a5,10
	sw	a5,176(sp)
	li	a5,16
	sw	a5,180(sp)
	li	a5,36
	sw	a5,184(sp)
	.loc 1 35 5 is_stmt 1
	.loc 1 36 5
.LVL19:
	.loc 1 37 5
.LBB12:
	.loc 1 37 10
	.loc 1 37 28
	addi	s3,sp,192
	addi	s10,sp,256
.LBE12:
	.loc 1 36 9 is_stmt 0
	li	s8,0
	addi	s5,sp,188
.LBB26:
.LBB13:
.LBB14:
.LBB15:
	.loc 1 26 9
	addi	s2,sp,88
	.loc 1 23 16
	li	s7,45
	.loc 1 24 9
	addi	s6,sp,89
.LBE15:
.LBE14:
	.loc 1 39 13
	lla	s4,.LC2
.LBE13:
	.loc 1 41 9
	addi	s9,sp,8
	j	.L13
.LVL20:
.L23:
.LBB20:
.LBB18:
.LBB16:
	.loc 1 23 9 is_stmt 1
	.loc 1 23 16 is_stmt 0
	sb	s7,88(sp)
	.loc 1 24 9 is_stmt 1
	mv	a2,s6
	neg	a0,s1
	call	utoa
.LVL21:
.L15:
	.loc 1 28 5
.LBE16:
.LBE18:
	.loc 1 39 13 is_stmt 0
	mv	a1,s2
	mv	a0,s4
	call	printf@plt
.LVL22:
	.loc 1 38 67 is_stmt 1
	.loc 1 38 32
	addi	s0,s0,4
.LVL23:
	beq	s0,s5,.L22
.LVL24:
.L16:
	.loc 1 39 13 discriminator 3
	ld	s1,0(s3)
	lw	a1,0(s0)
.LVL25:
.LBB19:
.LBB17:
	.loc 1 22 5 discriminator 3
	.loc 1 22 8 is_stmt 0 discriminator 3
	blt	s1,zero,.L23
	.loc 1 26 9 is_stmt 1
	mv	a2,s2
	mv	a0,s1
	call	utoa
.LVL26:
	j	.L15
.LVL27:
.L22:
.LBE17:
.LBE19:
.LBE20:
	.loc 1 40 9 discriminator 2
	li	a0,10
	call	putchar@plt
.LVL28:
	.loc 1 41 9 discriminator 2
	mv	a3,s1
	lla	a2,.LC3
	li	a1,80
	mv	a0,s9
	call	snprintf@plt
.LVL29:
	.loc 1 42 9 discriminator 2
.LBB21:
.LBB22:
	.loc 1 22 5 discriminator 2
	.loc 1 22 8 is_stmt 0 discriminator 2
	blt	s1,zero,.L24
	.loc 1 26 9 is_stmt 1
	mv	a2,s2
	li	a1,10
	mv	a0,s1
	call	utoa
.LVL30:
.L18:
	.loc 1 28 5
.LBE22:
.LBE21:
	.loc 1 42 23 is_stmt 0
	mv	a1,s2
	mv	a0,s9
	call	strcmp@plt
.LVL31:
	.loc 1 42 61
	snez	a0,a0
	.loc 1 42 20
	addw	s8,a0,s8
.LVL32:
	.loc 1 37 65 is_stmt 1
	.loc 1 37 28
	addi	s3,s3,8
.LVL33:
	beq	s3,s10,.L19
.LVL34:
.L13:
.LBB24:
	.loc 1 38 32
	addi	s0,sp,168
	j	.L16
.LVL35:
.L24:
.LBE24:
.LBB25:
.LBB23:
	.loc 1 23 9
	.loc 1 23 16 is_stmt 0
	sb	s7,88(sp)
	.loc 1 24 9 is_stmt 1
	mv	a2,s6
	li	a1,10
	neg	a0,s1
	call	utoa
.LVL36:
	j	.L18
.LVL37:
.L19:
.LBE23:
.LBE25:
.LBE26:
	.loc 1 44 5
	.loc 1 45 1 is_stmt 0
	mv	a0,s8
	ld	ra,344(sp)
	.cfi_restore 1
	ld	s0,336(sp)
	.cfi_restore 8
.LVL38:
	ld	s1,328(sp)
	.cfi_restore 9
	ld	s2,320(sp)
	.cfi_restore 18
	ld	s3,312(sp)
	.cfi_restore 19
.LVL39:
	ld	s4,304(sp)
	.cfi_restore 20
	ld	s5,296(sp)
	.cfi_restore 21
	ld	s6,288(sp)
	.cfi_restore 22
	ld	s7,280(sp)
	.cfi_restore 23
	ld	s8,272(sp)
	.cfi_restore 24
	ld	s9,264(sp)
	.cfi_restore 25
	ld	s10,256(sp)
	.cfi_restore 26
	addi	sp,sp,352
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.dword	0
	.dword	1
	.dword	-1
	.dword	255
	.dword	-256
	.dword	1234567890123
	.dword	-9223372036854775808
	.dword	9223372036854775807
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/string.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3f5
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x14
	.4byte	.LASF20
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.byte	0xb
	.4byte	0x77
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x16
	.4byte	0x77
	.byte	0xb
	.4byte	0x7e
	.byte	0x17
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9c
	.byte	0xc
	.4byte	0x64
	.4byte	0xa3
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x83
	.byte	0
	.byte	0xc
	.4byte	.LASF11
	.2byte	0x17a
	.4byte	0x64
	.4byte	0xc3
	.byte	0x3
	.4byte	0x72
	.byte	0x3
	.4byte	0x2e
	.byte	0x3
	.4byte	0x83
	.byte	0xd
	.byte	0
	.byte	0xc
	.4byte	.LASF12
	.2byte	0x164
	.4byte	0x64
	.4byte	0xd9
	.byte	0x3
	.4byte	0x83
	.byte	0xd
	.byte	0
	.byte	0x18
	.4byte	.LASF21
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x2d0
	.byte	0xe
	.4byte	.LASF13
	.byte	0x21
	.byte	0xf
	.4byte	0x2d0
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0xe
	.4byte	.LASF14
	.byte	0x22
	.byte	0xe
	.4byte	0x2e7
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7e
	.byte	0xa
	.string	"buf"
	.byte	0x23
	.byte	0xa
	.4byte	0x2f7
	.byte	0x3
	.byte	0x91
	.byte	0xf8,0x7d
	.byte	0xa
	.string	"ref"
	.byte	0x23
	.byte	0x13
	.4byte	0x2f7
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7d
	.byte	0x19
	.4byte	.LASF15
	.byte	0x1
	.byte	0x24
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST7
	.byte	0x1a
	.4byte	.LLRL8
	.byte	0x5
	.string	"i"
	.byte	0x25
	.byte	0x13
	.4byte	0x4f
	.4byte	.LLST9
	.byte	0xf
	.4byte	.LLRL10
	.4byte	0x1f6
	.byte	0x5
	.string	"j"
	.byte	0x26
	.byte	0x17
	.4byte	0x4f
	.4byte	.LLST11
	.byte	0x10
	.4byte	0x307
	.8byte	.LBB14
	.4byte	.LLRL12
	.byte	0x27
	.byte	0xd
	.4byte	0x1db
	.byte	0x4
	.4byte	0x32c
	.4byte	.LLST13
	.byte	0x4
	.4byte	0x320
	.4byte	.LLST14
	.byte	0x4
	.4byte	0x318
	.4byte	.LLST15
	.byte	0x6
	.8byte	.LVL21
	.4byte	0x337
	.4byte	0x1c0
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x79
	.byte	0
	.byte	0x1f
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL26
	.4byte	0x337
	.byte	0x1
	.byte	0x1
	.byte	0x5a
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
	.byte	0x7
	.8byte	.LVL22
	.4byte	0xc3
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
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x307
	.8byte	.LBB21
	.4byte	.LLRL16
	.byte	0x2a
	.byte	0x23
	.4byte	0x26c
	.byte	0x4
	.4byte	0x32c
	.4byte	.LLST17
	.byte	0x4
	.4byte	0x320
	.4byte	.LLST18
	.byte	0x4
	.4byte	0x318
	.4byte	.LLST19
	.byte	0x6
	.8byte	.LVL30
	.4byte	0x337
	.4byte	0x24b
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL36
	.4byte	0x337
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x79
	.byte	0
	.byte	0x1f
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL28
	.4byte	0x3ed
	.4byte	0x283
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0x6
	.8byte	.LVL29
	.4byte	0xa3
	.4byte	0x2b4
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x8
	.byte	0x50
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL31
	.4byte	0x88
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	0x2e0
	.4byte	0x2e0
	.byte	0x9
	.4byte	0x3a
	.byte	0x7
	.byte	0
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF16
	.byte	0x8
	.4byte	0x4f
	.4byte	0x2f7
	.byte	0x9
	.4byte	0x3a
	.byte	0x4
	.byte	0
	.byte	0x8
	.4byte	0x77
	.4byte	0x307
	.byte	0x9
	.4byte	0x3a
	.byte	0x4f
	.byte	0
	.byte	0x1b
	.4byte	.LASF22
	.byte	0x1
	.byte	0x14
	.byte	0xe
	.4byte	0x72
	.byte	0x1
	.4byte	0x337
	.byte	0x11
	.string	"v"
	.byte	0x1d
	.4byte	0x2e0
	.byte	0x1c
	.4byte	.LASF17
	.byte	0x1
	.byte	0x14
	.byte	0x29
	.4byte	0x4f
	.byte	0x11
	.string	"buf"
	.byte	0x35
	.4byte	0x72
	.byte	0
	.byte	0x1d
	.4byte	.LASF23
	.byte	0x1
	.byte	0x5
	.byte	0xe
	.4byte	0x72
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.4byte	0x3d6
	.byte	0x12
	.string	"v"
	.byte	0x26
	.4byte	0x3d6
	.4byte	.LLST0
	.byte	0x1e
	.4byte	.LASF17
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x4f
	.4byte	.LLST1
	.byte	0x12
	.string	"buf"
	.byte	0x3e
	.4byte	0x72
	.4byte	.LLST2
	.byte	0xa
	.string	"tmp"
	.byte	0x7
	.byte	0xa
	.4byte	0x3dd
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x5
	.string	"n"
	.byte	0x8
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST3
	.byte	0xf
	.4byte	.LLRL4
	.4byte	0x3b6
	.byte	0x5
	.string	"d"
	.byte	0xa
	.byte	0x12
	.4byte	0x4f
	.4byte	.LLST5
	.byte	0
	.byte	0x1f
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x5
	.string	"i"
	.byte	0xe
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST6
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF18
	.byte	0x8
	.4byte	0x77
	.4byte	0x3ed
	.byte	0x9
	.4byte	0x3a
	.byte	0x47
	.byte	0
	.byte	0x20
	.4byte	.LASF24
	.4byte	.LASF25
	.byte	0x5
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x7
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x3
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0x21
	.byte	0xc
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
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x14
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x5
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
	.byte	0x1e
	.byte	0x5
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
	.byte	0x1f
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x20
	.byte	0x2e
	.byte	0
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0x6e
	.byte	0xe
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
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
.LLST7:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL32
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL37
	.byte	0x1
	.byte	0x68
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL32
	.byte	0xb
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0xd
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0xd
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL37
	.byte	0xb
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL39
	.byte	0xd
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL22
	.byte	0xb
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb8,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb8,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb4,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0xb
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb8,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL34
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb4,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL38
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb4,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26-1
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
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
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE11
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9
	.byte	0x3
	.byte	0x80
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL14
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LFE11
	.byte	0x3
	.byte	0x80
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x3
	.byte	0x7f
	.byte	0x50
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x6
	.byte	0x7e
	.byte	0
	.byte	0x7b
	.byte	0
	.byte	0x1d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x4
	.byte	0x7f
	.byte	0xa9,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x6
	.byte	0x7e
	.byte	0
	.byte	0x7b
	.byte	0
	.byte	0x1d
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x6
	.byte	0x7f
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x1
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
.LLRL4:
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF23:
	.string	"utoa"
.LASF7:
	.string	"short int"
.LASF20:
	.string	"size_t"
.LASF24:
	.string	"putchar"
.LASF21:
	.string	"main"
.LASF16:
	.string	"long long int"
.LASF8:
	.string	"long int"
.LASF12:
	.string	"printf"
.LASF13:
	.string	"values"
.LASF11:
	.string	"snprintf"
.LASF22:
	.string	"itoa"
.LASF3:
	.string	"unsigned char"
.LASF15:
	.string	"mismatches"
.LASF6:
	.string	"signed char"
.LASF18:
	.string	"long long unsigned int"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF14:
	.string	"bases"
.LASF25:
	.string	"__builtin_putchar"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF10:
	.string	"strcmp"
.LASF17:
	.string	"base"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/int_to_string.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
