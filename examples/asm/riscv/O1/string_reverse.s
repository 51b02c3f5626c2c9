	.file	"string_reverse.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/string_reverse.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"yes"
	.align	3
.LC1:
	.string	"no"
	.align	3
.LC2:
	.string	"aeiouAEIOU"
	.align	3
.LC3:
	.string	"%-12s -> %-12s vowels=%d palindrome=%s\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB14:
	.file 1 "programs/string_reverse.c"
	.loc 1 35 1
	.cfi_startproc
.LVL0:
	addi	sp,sp,-240
	.cfi_def_cfa_offset 240
	sd	ra,232(sp)
	sd	s0,224(sp)
	sd	s1,216(sp)
	sd	s2,208(sp)
	sd	s3,200(sp)
	sd	s4,192(sp)
	sd	s5,184(sp)
	sd	s6,176(sp)
	sd	s7,168(sp)
	sd	s8,160(sp)
	sd	s9,152(sp)
	sd	s10,144(sp)
	sd	s11,136(sp)
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
	.loc 1 36 5
	.loc 1 37 5
.LVL1:
	.loc 1 38 5
.LBB13:
	.loc 1 38 10
	.loc 1 38 23
	li	a5,1
	ble	a0,a5,.L16
	addi	s6,a1,8
	addiw	s9,a0,-2
	slli	a5,s9,32
	srli	s9,a5,29
	addi	a1,a1,16
.LVL2:
	add	s9,s9,a1
.LBE13:
	.loc 1 37 9 is_stmt 0
	li	s8,0
.LBB32:
.LBB14:
	.loc 1 39 9
	mv	s4,sp
.LBB15:
.LBB16:
	.loc 1 22 12
	li	s10,1
.LBE16:
.LBE15:
.LBB19:
	.loc 1 45 16
	li	s3,25
.LBE19:
.LBB20:
.LBB21:
	.loc 1 29 13
	lla	s2,.LC2
.LBE21:
.LBE20:
	.loc 1 47 9
	lla	s11,.LC3
	j	.L15
.LVL3:
.L25:
.LBB23:
.LBB17:
	.loc 1 22 12
	mv	s7,s10
.L4:
.LVL4:
.LBE17:
.LBE23:
	.loc 1 42 9 is_stmt 1
	.loc 1 42 21 is_stmt 0
	addw	s8,s7,s8
.LVL5:
	.loc 1 43 9 is_stmt 1
.LBB24:
.LBB25:
	.loc 1 7 5
	.loc 1 8 5
.LBB26:
	.loc 1 8 10
	.loc 1 8 26
	.loc 1 8 30 is_stmt 0
	srli	a1,a0,1
	.loc 1 8 26
	bleu	a0,s10,.L6
	mv	a4,s4
	add	a0,s4,a0
.LVL6:
.L7:
.LBB27:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 14 is_stmt 0
	lbu	a3,0(a4)
.LVL7:
	.loc 1 10 9 is_stmt 1
	.loc 1 10 17 is_stmt 0
	lbu	a2,-1(a5)
	.loc 1 10 14
	sb	a2,0(a4)
.LVL8:
	.loc 1 11 9 is_stmt 1
	.loc 1 11 22 is_stmt 0
	sb	a3,-1(a5)
.LBE27:
	.loc 1 8 36 is_stmt 1
.LVL9:
	.loc 1 8 26
	addi	a4,a4,1
.LVL10:
	addi	a5,a5,-1
	sub	a3,a0,a5
.LVL11:
	bltu	a3,a1,.L7
.LVL12:
.L6:
.LBE26:
.LBE25:
.LBE24:
.LBB28:
	.loc 1 44 29
	lbu	a5,0(sp)
	beq	a5,zero,.L8
	.loc 1 44 20 is_stmt 0
	mv	a3,sp
	j	.L10
.LVL13:
.L9:
	.loc 1 44 34 is_stmt 1 discriminator 2
	addi	a3,a3,1
.LVL14:
	.loc 1 44 29 discriminator 2
	lbu	a5,0(a3)
	beq	a5,zero,.L8
.L10:
	.loc 1 45 13
	.loc 1 45 27 is_stmt 0
	addiw	a4,a5,-97
	.loc 1 45 16
	andi	a4,a4,0xff
	bgtu	a4,s3,.L9
	.loc 1 46 17 is_stmt 1
	.loc 1 46 22 is_stmt 0
	addiw	a5,a5,-32
	.loc 1 46 20
	sb	a5,0(a3)
	j	.L9
.LVL15:
.L8:
.LBE28:
.LBB29:
.LBB22:
	.loc 1 28 12 is_stmt 1
	lbu	a1,0(s5)
	beq	a1,zero,.L18
	mv	s0,s5
	.loc 1 27 9 is_stmt 0
	li	s1,0
	j	.L13
.LVL16:
.L12:
	.loc 1 28 17 is_stmt 1
	addi	s0,s0,1
.LVL17:
	.loc 1 28 12
	lbu	a1,0(s0)
	beq	a1,zero,.L11
.LVL18:
.L13:
	.loc 1 29 9
	.loc 1 29 13 is_stmt 0
	mv	a0,s2
	call	strchr@plt
.LVL19:
	.loc 1 29 12
	beq	a0,zero,.L12
	.loc 1 30 13 is_stmt 1
	.loc 1 30 18 is_stmt 0
	addiw	s1,s1,1
.LVL20:
	j	.L12
.LVL21:
.L18:
	.loc 1 27 9
	li	s1,0
.LVL22:
.L11:
	.loc 1 31 5 is_stmt 1
.LBE22:
.LBE29:
	.loc 1 47 9 is_stmt 0
	lla	a4,.LC1
	beq	s7,zero,.L14
	lla	a4,.LC0
.L14:
	.loc 1 47 9 discriminator 4
	mv	a3,s1
	mv	a2,s4
	mv	a1,s5
	mv	a0,s11
	call	printf@plt
.LVL23:
.LBE14:
	.loc 1 38 32 is_stmt 1 discriminator 4
	.loc 1 38 23 discriminator 4
	addi	s6,s6,8
.LVL24:
	beq	s6,s9,.L2
.LVL25:
.L15:
.LBB31:
	.loc 1 39 9
	ld	s5,0(s6)
	li	a2,127
	mv	a1,s5
	mv	a0,s4
	call	strncpy@plt
.LVL26:
	.loc 1 40 9
	.loc 1 40 29 is_stmt 0
	sb	zero,127(sp)
	.loc 1 41 9 is_stmt 1
.LVL27:
.LBB30:
.LBB18:
	.loc 1 17 5
	.loc 1 17 25 is_stmt 0
	mv	a0,s4
	call	strlen@plt
.LVL28:
	.loc 1 17 17
	add	a5,s4,a0
.LVL29:
	.loc 1 18 5 is_stmt 1
	.loc 1 17 17 is_stmt 0
	mv	a3,a5
	.loc 1 18 11
	mv	a4,s4
.LVL30:
.L3:
	.loc 1 18 14 is_stmt 1
	bgeu	a4,a3,.L25
	.loc 1 19 9
	.loc 1 19 15 is_stmt 0
	addi	a4,a4,1
.LVL31:
	.loc 1 19 12
	addi	a3,a3,-1
.LVL32:
	lbu	a1,-1(a4)
	lbu	a2,0(a3)
	beq	a1,a2,.L3
	.loc 1 20 20
	li	s7,0
	j	.L4
.LVL33:
.L16:
.LBE18:
.LBE30:
.LBE31:
.LBE32:
	.loc 1 37 9
	li	s8,0
.LVL34:
.L2:
	.loc 1 49 5 is_stmt 1
	.loc 1 50 1 is_stmt 0
	mv	a0,s8
	ld	ra,232(sp)
	.cfi_restore 1
	ld	s0,224(sp)
	.cfi_restore 8
	ld	s1,216(sp)
	.cfi_restore 9
	ld	s2,208(sp)
	.cfi_restore 18
	ld	s3,200(sp)
	.cfi_restore 19
	ld	s4,192(sp)
	.cfi_restore 20
	ld	s5,184(sp)
	.cfi_restore 21
	ld	s6,176(sp)
	.cfi_restore 22
	ld	s7,168(sp)
	.cfi_restore 23
	ld	s8,160(sp)
	.cfi_restore 24
	ld	s9,152(sp)
	.cfi_restore 25
	ld	s10,144(sp)
	.cfi_restore 26
	ld	s11,136(sp)
	.cfi_restore 27
	addi	sp,sp,240
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/string.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x354
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x14
	.4byte	.LASF21
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
	.byte	0x7
	.4byte	0x77
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x16
	.4byte	0x77
	.byte	0x7
	.4byte	0x7e
	.byte	0xc
	.4byte	.LASF10
	.byte	0xf6
	.4byte	0x72
	.4byte	0xa1
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x64
	.byte	0
	.byte	0xd
	.4byte	.LASF11
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xb8
	.byte	0x3
	.4byte	0x83
	.byte	0
	.byte	0xd
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xd0
	.byte	0x3
	.4byte	0x83
	.byte	0x17
	.byte	0
	.byte	0xc
	.4byte	.LASF13
	.byte	0x90
	.4byte	0x72
	.4byte	0xee
	.byte	0x3
	.4byte	0x72
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x2e
	.byte	0
	.byte	0x18
	.4byte	.LASF22
	.byte	0x1
	.byte	0x22
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x2cb
	.byte	0xe
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST0
	.byte	0xe
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0x2cb
	.4byte	.LLST1
	.byte	0x19
	.string	"buf"
	.byte	0x1
	.byte	0x24
	.byte	0xa
	.4byte	0x2d0
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7e
	.byte	0x1a
	.4byte	.LASF16
	.byte	0x1
	.byte	0x25
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST2
	.byte	0x5
	.4byte	.LLRL3
	.byte	0x8
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST4
	.byte	0x5
	.4byte	.LLRL5
	.byte	0x8
	.string	"pal"
	.byte	0x29
	.byte	0xd
	.4byte	0x64
	.4byte	.LLST6
	.byte	0x1b
	.4byte	.LLRL10
	.4byte	0x189
	.byte	0x8
	.string	"p"
	.byte	0x2c
	.byte	0x14
	.4byte	0x72
	.4byte	.LLST11
	.byte	0
	.byte	0xf
	.4byte	0x304
	.8byte	.LBB15
	.4byte	.LLRL7
	.byte	0x29
	.byte	0x13
	.4byte	0x1cd
	.byte	0x9
	.4byte	0x312
	.4byte	.LLST8
	.byte	0x5
	.4byte	.LLRL7
	.byte	0x4
	.4byte	0x31b
	.4byte	.LLST9
	.byte	0xa
	.8byte	.LVL28
	.4byte	0xa1
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x2e0
	.8byte	.LBB20
	.4byte	.LLRL12
	.byte	0x2f
	.byte	0x9
	.4byte	0x211
	.byte	0x9
	.4byte	0x2ee
	.4byte	.LLST13
	.byte	0x5
	.4byte	.LLRL12
	.byte	0x4
	.4byte	0x2f7
	.4byte	.LLST14
	.byte	0xa
	.8byte	.LVL19
	.4byte	0x88
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1c
	.4byte	0x325
	.8byte	.LBB24
	.8byte	.LBE24-.LBB24
	.byte	0x1
	.byte	0x2b
	.byte	0x9
	.4byte	0x27e
	.byte	0x9
	.4byte	0x32e
	.4byte	.LLST15
	.byte	0x4
	.4byte	0x337
	.4byte	.LLST16
	.byte	0x10
	.4byte	0x340
	.8byte	.LBB26
	.8byte	.LBE26-.LBB26
	.byte	0x4
	.4byte	0x341
	.4byte	.LLST17
	.byte	0x10
	.4byte	0x34a
	.8byte	.LBB27
	.8byte	.LBE27-.LBB27
	.byte	0x4
	.4byte	0x34b
	.4byte	.LLST18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1d
	.8byte	.LVL23
	.4byte	0xb8
	.4byte	0x2a8
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8b
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
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL26
	.4byte	0xd0
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
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x72
	.byte	0x1e
	.4byte	0x77
	.4byte	0x2e0
	.byte	0x1f
	.4byte	0x3a
	.byte	0x7f
	.byte	0
	.byte	0x11
	.4byte	.LASF17
	.byte	0x19
	.4byte	0x64
	.4byte	0x304
	.byte	0xb
	.string	"s"
	.byte	0x19
	.byte	0x1f
	.4byte	0x83
	.byte	0x20
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x64
	.byte	0
	.byte	0x11
	.4byte	.LASF18
	.byte	0xf
	.4byte	0x64
	.4byte	0x325
	.byte	0xb
	.string	"s"
	.byte	0xf
	.byte	0x26
	.4byte	0x83
	.byte	0x6
	.string	"e"
	.byte	0x11
	.byte	0x11
	.4byte	0x83
	.byte	0
	.byte	0x21
	.4byte	.LASF23
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.byte	0x1
	.byte	0xb
	.string	"s"
	.byte	0x5
	.byte	0x1b
	.4byte	0x72
	.byte	0x6
	.string	"n"
	.byte	0x7
	.byte	0xc
	.4byte	0x2e
	.byte	0x12
	.byte	0x6
	.string	"i"
	.byte	0x8
	.byte	0x11
	.4byte	0x2e
	.byte	0x12
	.byte	0x6
	.string	"t"
	.byte	0x9
	.byte	0xe
	.4byte	0x77
	.byte	0
	.byte	0
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x5
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
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0x21
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
	.byte	0xd
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
	.byte	0xe
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x22
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
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
	.byte	0xc
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
	.byte	0x1e
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x20
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
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL33
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x3
	.byte	0x7b
	.byte	0x70
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL33
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL33
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL23
	.byte	0xd
	.byte	0x86
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0xd
	.byte	0x86
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0xd
	.byte	0x86
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x40
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL33
	.byte	0xd
	.byte	0x86
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL25
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x52
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL30
	.byte	0x1
	.byte	0x52
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL33
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL33
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL21
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL20
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL12
	.byte	0x1
	.byte	0x52
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL9
	.byte	0x9
	.byte	0x7e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x9
	.byte	0x7e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf1,0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x9
	.byte	0x7e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x1
	.byte	0x9f
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x2
	.byte	0x7e
	.byte	0
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL11
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
.LLRL3:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF21:
	.string	"size_t"
.LASF19:
	.string	"count"
.LASF10:
	.string	"strchr"
.LASF11:
	.string	"strlen"
.LASF3:
	.string	"unsigned char"
.LASF23:
	.string	"reverse"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF18:
	.string	"is_palindrome"
.LASF13:
	.string	"strncpy"
.LASF22:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF9:
	.string	"char"
.LASF17:
	.string	"vowels"
.LASF14:
	.string	"argc"
.LASF20:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"palindromes"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/string_reverse.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
