	.file	"string_tokens.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/string_tokens.c"
	.align	1
	.type	is_sep, @function
is_sep:
.LFB11:
	.file 1 "programs/string_tokens.c"
	.loc 1 7 27
	.cfi_startproc
.LVL0:
	.loc 1 7 29
	li	a5,59
	bgtu	a0,a5,.L3
	li	a5,134221824
	addi	a5,a5,769
	slli	a5,a5,32
	srl	a0,a5,a0
.LVL1:
	andi	a0,a0,1
	ret
.LVL2:
.L3:
	.loc 1 7 81 is_stmt 0
	li	a0,0
.LVL3:
	.loc 1 7 94
	ret
	.cfi_endproc
.LFE11:
	.size	is_sep, .-is_sep
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	" (keyword)"
	.align	3
.LC1:
	.string	""
	.align	3
.LC2:
	.string	"token %2d: %.*s%s\n"
	.align	3
.LC3:
	.string	"%d tokens, %d keywords\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.loc 1 18 1 is_stmt 1
	.cfi_startproc
.LVL4:
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
	sd	s11,24(sp)
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
	.loc 1 19 5
.LVL5:
	.loc 1 20 5
.LBB8:
	.loc 1 20 10
	.loc 1 20 23
	li	a3,1
	ble	a0,a3,.L19
	addi	s11,a1,8
	addiw	a5,a0,-2
	slli	a3,a5,32
	srli	a5,a3,29
	addi	a4,a1,16
	add	a5,a5,a4
	sd	a5,8(sp)
.LBE8:
	.loc 1 19 21 is_stmt 0
	li	s9,0
	.loc 1 19 9
	li	s8,0
.LBB26:
.LBB9:
.LBB10:
.LBB11:
.LBB12:
.LBB13:
	.loc 1 11 28
	li	s7,7
.LBE13:
.LBE12:
.LBE11:
	.loc 1 32 13
	lla	s10,.LC2
	j	.L18
.LVL6:
.L31:
	.loc 1 25 13 is_stmt 1
	.loc 1 25 16 is_stmt 0
	beq	s1,zero,.L7
	.loc 1 28 23 is_stmt 1
	.loc 1 28 20 is_stmt 0
	lbu	a0,0(s0)
	.loc 1 28 23
	mv	s1,s0
	beq	a0,zero,.L10
.LVL7:
.L9:
	.loc 1 28 27 discriminator 1
	call	is_sep
.LVL8:
	.loc 1 28 23 discriminator 1
	bne	a0,zero,.L10
	.loc 1 29 17 is_stmt 1
	.loc 1 29 18 is_stmt 0
	addi	s1,s1,1
.LVL9:
	.loc 1 28 23 is_stmt 1
	.loc 1 28 20 is_stmt 0
	lbu	a0,0(s1)
	.loc 1 28 23
	bne	a0,zero,.L9
.L10:
	.loc 1 30 13 is_stmt 1
	.loc 1 30 35 is_stmt 0
	sub	s6,s1,s0
	.loc 1 30 20
	mv	s5,s6
.LVL10:
	.loc 1 31 13 is_stmt 1
.LBB19:
.LBB16:
	.loc 1 11 5
.LBB14:
	.loc 1 11 10
	.loc 1 11 28
	lla	s3,.LANCHOR0
	.loc 1 11 19 is_stmt 0
	li	s2,0
	j	.L15
.LVL11:
.L30:
.LBE14:
.LBE16:
.LBE19:
	.loc 1 32 13
	lla	a4,.LC1
	j	.L14
.LVL12:
.L12:
.LBB20:
.LBB17:
.LBB15:
	.loc 1 11 69 is_stmt 1
	addiw	s2,s2,1
.LVL13:
	.loc 1 11 28
	addi	s3,s3,8
	beq	s2,s7,.L29
.LVL14:
.L15:
	.loc 1 12 9
	.loc 1 12 13 is_stmt 0
	ld	s4,0(s3)
	mv	a0,s4
	call	strlen@plt
.LVL15:
	.loc 1 12 12
	bne	s5,a0,.L12
	.loc 1 12 41
	mv	a2,s6
	mv	a1,s0
	mv	a0,s4
	call	strncmp@plt
.LVL16:
	.loc 1 12 38
	bne	a0,zero,.L12
	.loc 1 13 13 is_stmt 1
	.loc 1 13 20 is_stmt 0
	sext.w	s3,s2
.LVL17:
.LBE15:
.LBE17:
.LBE20:
	.loc 1 32 13 is_stmt 1
	sext.w	a2,s6
	lla	a4,.LC0
	blt	s2,zero,.L30
.LVL18:
.L14:
	.loc 1 32 13 is_stmt 0 discriminator 4
	mv	a3,s0
	mv	a1,s8
	mv	a0,s10
	call	printf@plt
.LVL19:
	.loc 1 33 13 is_stmt 1 discriminator 4
	.loc 1 33 19 is_stmt 0 discriminator 4
	addiw	s8,s8,1
.LVL20:
	.loc 1 34 13 is_stmt 1 discriminator 4
	.loc 1 34 22 is_stmt 0 discriminator 4
	not	s3,s3
	srliw	s3,s3,31
	.loc 1 34 17 discriminator 4
	addw	s9,s3,s9
.LVL21:
.LBE10:
	.loc 1 22 16 is_stmt 1 discriminator 4
	lbu	a5,0(s1)
	beq	a5,zero,.L7
	mv	s0,s1
.LVL22:
.L6:
.LBB22:
	.loc 1 23 23
	.loc 1 23 20 is_stmt 0
	lbu	s1,0(s0)
	.loc 1 23 23
	beq	s1,zero,.L7
.L17:
	.loc 1 23 26 discriminator 1
	mv	a0,s1
	call	is_sep
.LVL23:
	.loc 1 23 23 discriminator 1
	beq	a0,zero,.L31
	.loc 1 24 17 is_stmt 1
	.loc 1 24 18 is_stmt 0
	addi	s0,s0,1
.LVL24:
	.loc 1 23 23 is_stmt 1
	.loc 1 23 20 is_stmt 0
	lbu	s1,0(s0)
	.loc 1 23 23
	bne	s1,zero,.L17
.LVL25:
.L7:
.LBE22:
.LBE9:
	.loc 1 20 32 is_stmt 1 discriminator 2
	.loc 1 20 23 discriminator 2
	addi	s11,s11,8
.LVL26:
	ld	a5,8(sp)
	beq	s11,a5,.L5
.LVL27:
.L18:
.LBB24:
	.loc 1 21 9
	.loc 1 21 21 is_stmt 0
	ld	s0,0(s11)
.LVL28:
	.loc 1 22 9 is_stmt 1
	.loc 1 22 16
	lbu	a5,0(s0)
	bne	a5,zero,.L6
	j	.L7
.LVL29:
.L19:
.LBE24:
.LBE26:
	.loc 1 19 21 is_stmt 0
	li	s9,0
	.loc 1 19 9
	li	s8,0
.LVL30:
.L5:
	.loc 1 37 5 is_stmt 1
	mv	a2,s9
	mv	a1,s8
	lla	a0,.LC3
	call	printf@plt
.LVL31:
	.loc 1 38 5
	.loc 1 39 1 is_stmt 0
	mv	a0,s9
	ld	ra,120(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	ld	s1,104(sp)
	.cfi_restore 9
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
	ld	s11,24(sp)
	.cfi_restore 27
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
.LVL32:
.L29:
	.cfi_restore_state
.LBB27:
.LBB25:
.LBB23:
	.loc 1 32 13 is_stmt 1
	sext.w	a2,s6
.LBB21:
.LBB18:
	.loc 1 14 12 is_stmt 0
	li	s3,-1
.LBE18:
.LBE21:
	.loc 1 32 13
	lla	a4,.LC1
	j	.L14
.LBE23:
.LBE25:
.LBE27:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC4:
	.string	"if"
	.align	3
.LC5:
	.string	"else"
	.align	3
.LC6:
	.string	"while"
	.align	3
.LC7:
	.string	"for"
	.align	3
.LC8:
	.string	"return"
	.align	3
.LC9:
	.string	"int"
	.align	3
.LC10:
	.string	"char"
	.section	.data.rel.ro.local,"aw"
	.align	3
	.set	.LANCHOR0,. + 0
	.type	keywords, @object
	.size	keywords, 56
keywords:
	.dword	.LC4
	.dword	.LC5
	.dword	.LC6
	.dword	.LC7
	.dword	.LC8
	.dword	.LC9
	.dword	.LC10
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/string.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f0
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xe
	.4byte	.LASF19
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
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	0x77
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x10
	.4byte	0x77
	.byte	0x5
	.4byte	0x7e
	.byte	0x11
	.4byte	0x83
	.4byte	0x98
	.byte	0x12
	.4byte	0x3a
	.byte	0x6
	.byte	0
	.byte	0x13
	.4byte	.LASF15
	.byte	0x1
	.byte	0x5
	.byte	0x14
	.4byte	0x88
	.byte	0x9
	.byte	0x3
	.8byte	keywords
	.byte	0x14
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9f
	.byte	0xc
	.4byte	0x64
	.4byte	0xce
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x2e
	.byte	0
	.byte	0x7
	.4byte	.LASF11
	.byte	0x2
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xe5
	.byte	0x3
	.4byte	0x83
	.byte	0
	.byte	0x7
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xfd
	.byte	0x3
	.4byte	0x83
	.byte	0x15
	.byte	0
	.byte	0x16
	.4byte	.LASF20
	.byte	0x1
	.byte	0x11
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x293
	.byte	0x8
	.4byte	.LASF13
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST1
	.byte	0x8
	.4byte	.LASF14
	.byte	0x1b
	.4byte	0x293
	.4byte	.LLST2
	.byte	0x17
	.4byte	.LASF16
	.byte	0x1
	.byte	0x13
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST3
	.byte	0x4
	.string	"kws"
	.byte	0x13
	.byte	0x15
	.4byte	0x64
	.4byte	.LLST4
	.byte	0x18
	.4byte	.LLRL5
	.4byte	0x26b
	.byte	0x4
	.string	"a"
	.byte	0x14
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST6
	.byte	0x9
	.4byte	.LLRL7
	.byte	0x4
	.string	"s"
	.byte	0x15
	.byte	0x15
	.4byte	0x83
	.4byte	.LLST8
	.byte	0x9
	.4byte	.LLRL9
	.byte	0x19
	.4byte	.LASF17
	.byte	0x1
	.byte	0x1b
	.byte	0x19
	.4byte	0x83
	.byte	0x4
	.string	"n"
	.byte	0x1e
	.byte	0x14
	.4byte	0x2e
	.4byte	.LLST10
	.byte	0x4
	.string	"k"
	.byte	0x1f
	.byte	0x11
	.4byte	0x64
	.4byte	.LLST11
	.byte	0x1a
	.4byte	0x298
	.8byte	.LBB11
	.4byte	.LLRL12
	.byte	0x1
	.byte	0x1f
	.byte	0x15
	.4byte	0x223
	.byte	0xa
	.4byte	0x2b1
	.4byte	.LLST13
	.byte	0xa
	.4byte	0x2a9
	.4byte	.LLST14
	.byte	0x1b
	.4byte	0x2b9
	.4byte	.LLRL15
	.byte	0x1c
	.4byte	0x2ba
	.4byte	.LLST16
	.byte	0xb
	.8byte	.LVL15
	.4byte	0xce
	.4byte	0x201
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL16
	.4byte	0xae
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
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1d
	.8byte	.LVL8
	.4byte	0x2c6
	.byte	0xb
	.8byte	.LVL19
	.4byte	0xe5
	.4byte	0x254
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL23
	.4byte	0x2c6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL31
	.4byte	0xe5
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
	.byte	0x88
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x72
	.byte	0x1e
	.4byte	.LASF21
	.byte	0x1
	.byte	0x9
	.byte	0xc
	.4byte	0x64
	.byte	0x1
	.4byte	0x2c6
	.byte	0xc
	.string	"w"
	.byte	0x26
	.4byte	0x83
	.byte	0xc
	.string	"n"
	.byte	0x30
	.4byte	0x2e
	.byte	0x1f
	.byte	0x20
	.string	"i"
	.byte	0x1
	.byte	0xb
	.byte	0x13
	.4byte	0x4f
	.byte	0
	.byte	0
	.byte	0x21
	.4byte	.LASF22
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x22
	.string	"c"
	.byte	0x1
	.byte	0x7
	.byte	0x18
	.4byte	0x77
	.4byte	.LLST0
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x11
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x5
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x9
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x10
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
	.byte	0x18
	.byte	0
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x40
	.byte	0x18
	.byte	0x7a
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x17
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
.LLST1:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL29
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL29
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL20
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL29
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x1
	.byte	0x68
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL21
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL29
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL25
	.byte	0xd
	.byte	0x8b
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
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0xd
	.byte	0x8b
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
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0xd
	.byte	0x8b
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
	.8byte	.LVL27
	.8byte	.LVL29
	.byte	0xd
	.byte	0x8b
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
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0xd
	.byte	0x8b
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
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL22
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL25
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL22
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL17
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
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
.LLRL5:
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF19:
	.string	"size_t"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"strlen"
.LASF21:
	.string	"keyword_index"
.LASF16:
	.string	"tokens"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"keywords"
.LASF13:
	.string	"argc"
.LASF12:
	.string	"printf"
.LASF22:
	.string	"is_sep"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"start"
.LASF7:
	.string	"short int"
.LASF10:
	.string	"strncmp"
.LASF6:
	.string	"signed char"
.LASF14:
	.string	"argv"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/string_tokens.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
