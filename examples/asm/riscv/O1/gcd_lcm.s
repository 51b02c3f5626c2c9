	.file	"gcd_lcm.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/gcd_lcm.c"
	.align	1
	.type	ext_gcd, @function
ext_gcd:
.LFB23:
	.file 1 "programs/gcd_lcm.c"
	.loc 1 16 1
	.cfi_startproc
.LVL0:
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	mv	s1,a0
	mv	s0,a1
	mv	s3,a2
	mv	s2,a3
	.loc 1 17 5
	.loc 1 17 8 is_stmt 0
	bne	a1,zero,.L2
	.loc 1 18 9 is_stmt 1
	.loc 1 18 12 is_stmt 0
	li	a5,1
	sd	a5,0(a2)
	.loc 1 19 9 is_stmt 1
	.loc 1 20 9
.LVL1:
.L3:
	.loc 1 19 12 is_stmt 0
	sd	s0,0(s2)
	.loc 1 27 1
	ld	ra,56(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	ld	s1,40(sp)
	.cfi_restore 9
	ld	s2,32(sp)
	.cfi_restore 18
.LVL2:
	ld	s3,24(sp)
	.cfi_restore 19
.LVL3:
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL4:
.L2:
	.cfi_restore_state
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	mv	a3,sp
.LVL5:
	addi	a2,sp,8
.LVL6:
	rem	a1,a0,a1
	mv	a0,s0
	call	ext_gcd
.LVL7:
	.loc 1 24 5 is_stmt 1
	.loc 1 24 8 is_stmt 0
	ld	a5,0(sp)
	sd	a5,0(s3)
	.loc 1 25 5 is_stmt 1
	.loc 1 25 18 is_stmt 0
	div	s1,s1,s0
.LVL8:
	.loc 1 25 23
	mul	s1,s1,a5
	.loc 1 25 13
	ld	s0,8(sp)
.LVL9:
	sub	s0,s0,s1
	.loc 1 26 5 is_stmt 1
	.loc 1 26 12 is_stmt 0
	j	.L3
	.cfi_endproc
.LFE23:
	.size	ext_gcd, .-ext_gcd
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"gcd(%lu,%lu)=%lu lcm=%lu bezout=(%ld,%ld)\n"
	.align	3
.LC2:
	.string	"lcm of firsts %lu, inverse of 65537 mod %lu = %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB24:
	.loc 1 30 1 is_stmt 1
	.cfi_startproc
.LVL10:
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
	.loc 1 31 5
	.loc 1 31 58 is_stmt 0
	li	a4,1
	li	s6,1000001536
	addi	s6,s6,-1529
	bgt	a0,a4,.L21
.LVL11:
.L6:
	.loc 1 32 5 is_stmt 1 discriminator 4
	.loc 1 32 19 is_stmt 0 discriminator 4
	lla	a5,.LANCHOR0
	ld	t5,0(a5)
	ld	t4,8(a5)
	ld	t3,16(a5)
	ld	t1,24(a5)
	ld	a7,32(a5)
	ld	a6,40(a5)
	ld	a0,48(a5)
	ld	a1,56(a5)
	ld	a2,64(a5)
	ld	a3,72(a5)
	ld	a4,80(a5)
	ld	a5,88(a5)
	sd	t5,32(sp)
	sd	t4,40(sp)
	sd	t3,48(sp)
	sd	t1,56(sp)
	sd	a7,64(sp)
	sd	a6,72(sp)
	sd	a0,80(sp)
	sd	a1,88(sp)
	sd	a2,96(sp)
	sd	a3,104(sp)
	sd	a4,112(sp)
	sd	a5,120(sp)
	.loc 1 33 5 is_stmt 1 discriminator 4
.LVL12:
	.loc 1 34 5 discriminator 4
.LBB10:
	.loc 1 34 10 discriminator 4
	.loc 1 34 23 discriminator 4
	addi	s3,sp,32
	.loc 1 34 14 is_stmt 0 discriminator 4
	li	s4,0
.LBE10:
	.loc 1 33 19 discriminator 4
	li	s5,1
.LBB24:
.LBB11:
	.loc 1 38 9 discriminator 4
	addi	s10,sp,8
	mv	s9,sp
	.loc 1 39 9 discriminator 4
	lla	s8,.LC1
	.loc 1 40 12 discriminator 4
	li	s7,3
.LBE11:
	.loc 1 34 23 discriminator 4
	li	s11,6
	j	.L14
.LVL13:
.L21:
	mv	a5,a1
.LBE24:
	.loc 1 31 34 discriminator 1
	li	a2,10
	li	a1,0
.LVL14:
	ld	a0,8(a5)
.LVL15:
	call	strtoul@plt
.LVL16:
	mv	s6,a0
	j	.L6
.LVL17:
.L16:
.LBB25:
.LBB22:
.LBB12:
.LBB13:
	.loc 1 7 12
	mv	s0,s1
	j	.L7
.LVL18:
.L11:
.LBE13:
.LBE12:
.LBB16:
.LBB17:
.LBB18:
	.loc 1 8 9 is_stmt 1
	mv	a4,a5
	.loc 1 8 23 is_stmt 0
	remu	a5,a3,a5
.LVL19:
	.loc 1 9 9 is_stmt 1
	.loc 1 10 9
.LBE18:
	.loc 1 7 12
	mv	a3,a4
	bne	a5,zero,.L11
.LVL20:
.L10:
	.loc 1 12 5
.LBE17:
.LBE16:
	.loc 1 41 19 is_stmt 0
	divu	a4,s5,a4
	.loc 1 41 15
	mul	s5,a4,s1
.LVL21:
.LBE22:
	.loc 1 34 29 is_stmt 1
	addiw	s4,s4,1
.LVL22:
	.loc 1 34 23
	addi	s3,s3,16
.LVL23:
.L14:
.LBB23:
	.loc 1 35 9
	.loc 1 35 23 is_stmt 0
	ld	s1,0(s3)
.LVL24:
	.loc 1 35 40
	ld	s2,8(s3)
.LVL25:
	.loc 1 36 9 is_stmt 1
.LBB20:
.LBB15:
	.loc 1 7 5
	.loc 1 7 12
	beq	s2,zero,.L16
	mv	a5,s2
	mv	a4,s1
.LVL26:
.L8:
.LBB14:
	.loc 1 8 9
	mv	s0,a5
	.loc 1 8 23 is_stmt 0
	remu	a5,a4,a5
.LVL27:
	.loc 1 9 9 is_stmt 1
	.loc 1 10 9
.LBE14:
	.loc 1 7 12
	mv	a4,s0
	bne	a5,zero,.L8
.LVL28:
.L7:
	.loc 1 12 5
.LBE15:
.LBE20:
	.loc 1 37 9
	.loc 1 38 9
	mv	a3,s10
	mv	a2,s9
	mv	a1,s2
	mv	a0,s1
	call	ext_gcd
.LVL29:
	.loc 1 39 9
	.loc 1 39 74 is_stmt 0
	divu	a4,s1,s0
	.loc 1 39 9
	ld	a6,8(sp)
	ld	a5,0(sp)
	mul	a4,a4,s2
	mv	a3,s0
	mv	a2,s2
	mv	a1,s1
	mv	a0,s8
	call	printf@plt
.LVL30:
	.loc 1 40 9 is_stmt 1
	.loc 1 40 12 is_stmt 0
	bgt	s4,s7,.L9
.LVL31:
.LBB21:
.LBB19:
	.loc 1 7 12 is_stmt 1
	beq	s1,zero,.L17
	mv	a5,s1
	mv	a3,s5
	j	.L11
.L17:
	mv	a4,s5
	j	.L10
.LVL32:
.L9:
.LBE19:
.LBE21:
.LBE23:
	.loc 1 34 29 discriminator 2
	addiw	s4,s4,1
.LVL33:
	.loc 1 34 23 discriminator 2
	beq	s4,s11,.L13
	.loc 1 34 23 is_stmt 0
	addi	s3,s3,16
.LVL34:
	j	.L14
.LVL35:
.L13:
.LBE25:
	.loc 1 43 5 is_stmt 1
	.loc 1 44 5
	addi	a3,sp,16
	addi	a2,sp,24
	mv	a1,s6
	li	a0,65536
	addi	a0,a0,1
	call	ext_gcd
.LVL36:
	.loc 1 45 5
	.loc 1 46 5
	.loc 1 45 17 is_stmt 0
	ld	a3,24(sp)
	rem	a3,a3,s6
	.loc 1 45 28
	add	a3,a3,s6
	.loc 1 46 5
	rem	a3,a3,s6
	mv	a2,s6
	mv	a1,s5
	lla	a0,.LC2
	call	printf@plt
.LVL37:
	.loc 1 47 5 is_stmt 1
	.loc 1 48 1 is_stmt 0
	li	a0,97
	remu	a0,s5,a0
	ld	ra,232(sp)
	.cfi_restore 1
	ld	s0,224(sp)
	.cfi_restore 8
.LVL38:
	ld	s1,216(sp)
	.cfi_restore 9
.LVL39:
	ld	s2,208(sp)
	.cfi_restore 18
.LVL40:
	ld	s3,200(sp)
	.cfi_restore 19
	ld	s4,192(sp)
	.cfi_restore 20
	ld	s5,184(sp)
	.cfi_restore 21
.LVL41:
	ld	s6,176(sp)
	.cfi_restore 22
.LVL42:
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
.LFE24:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.dword	12
	.dword	18
	.dword	1071
	.dword	462
	.dword	270
	.dword	192
	.dword	17
	.dword	5
	.dword	1048576
	.dword	12288
	.dword	600851475143
	.dword	6857
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x402
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
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x16
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x9d
	.byte	0x6
	.4byte	0x9d
	.byte	0x17
	.byte	0
	.byte	0x5
	.4byte	0x72
	.byte	0xb
	.4byte	0x9d
	.byte	0x18
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.byte	0x6
	.4byte	0xa2
	.byte	0x6
	.4byte	0xcc
	.byte	0x6
	.4byte	0x58
	.byte	0
	.byte	0x5
	.4byte	0x66
	.byte	0xb
	.4byte	0xc7
	.byte	0x19
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.4byte	0x31b
	.byte	0xc
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST4
	.byte	0xc
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc7
	.4byte	.LLST5
	.byte	0x3
	.string	"m"
	.byte	0x1f
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST6
	.byte	0xd
	.4byte	.LASF16
	.byte	0x20
	.byte	0x13
	.4byte	0x31b
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7e
	.byte	0x3
	.string	"l"
	.byte	0x21
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST7
	.byte	0x4
	.string	"inv"
	.byte	0x2b
	.byte	0xa
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0xd
	.4byte	.LASF17
	.byte	0x2b
	.byte	0xf
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x1a
	.4byte	.LLRL8
	.4byte	0x2a8
	.byte	0x3
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST9
	.byte	0x1b
	.4byte	.LLRL10
	.byte	0x3
	.string	"a"
	.byte	0x23
	.byte	0x17
	.4byte	0x2e
	.4byte	.LLST11
	.byte	0x3
	.string	"b"
	.byte	0x23
	.byte	0x28
	.4byte	0x2e
	.4byte	.LLST12
	.byte	0x3
	.string	"g"
	.byte	0x24
	.byte	0x17
	.4byte	0x2e
	.4byte	.LLST13
	.byte	0x4
	.string	"x"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7e
	.byte	0x4
	.string	"y"
	.byte	0x25
	.byte	0x11
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7e
	.byte	0xe
	.4byte	0x3db
	.8byte	.LBB12
	.4byte	.LLRL14
	.byte	0x24
	.byte	0x1b
	.4byte	0x1fb
	.byte	0x7
	.4byte	0x3f0
	.4byte	.LLST15
	.byte	0x7
	.4byte	0x3e8
	.4byte	.LLST16
	.byte	0xf
	.4byte	0x3f8
	.8byte	.LBB14
	.8byte	.LBE14-.LBB14
	.byte	0x10
	.4byte	0x3f9
	.4byte	.LLST17
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0x3db
	.8byte	.LBB16
	.4byte	.LLRL18
	.byte	0x29
	.byte	0x15
	.4byte	0x244
	.byte	0x7
	.4byte	0x3f0
	.4byte	.LLST19
	.byte	0x7
	.4byte	0x3e8
	.4byte	.LLST20
	.byte	0xf
	.4byte	0x3f8
	.8byte	.LBB18
	.8byte	.LBE18-.LBB18
	.byte	0x10
	.4byte	0x3f9
	.4byte	.LLST21
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL29
	.4byte	0x331
	.4byte	0x26e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
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
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL30
	.4byte	0x85
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x88
	.byte	0
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
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0xe
	.byte	0x79
	.byte	0
	.byte	0xa8
	.byte	0x2e
	.byte	0x78
	.byte	0
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x1e
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL16
	.4byte	0xa7
	.4byte	0x2c4
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0x9
	.8byte	.LVL36
	.4byte	0x331
	.4byte	0x2f3
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0xc
	.4byte	0x10001
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0
	.byte	0xa
	.8byte	.LVL37
	.4byte	0x85
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
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1c
	.4byte	0x2e
	.4byte	0x331
	.byte	0x11
	.4byte	0x2e
	.byte	0x5
	.byte	0x11
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.byte	0x1d
	.4byte	.LASF20
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x3d6
	.byte	0x8
	.string	"a"
	.byte	0x1a
	.4byte	0x5f
	.4byte	.LLST0
	.byte	0x8
	.string	"b"
	.byte	0x22
	.4byte	0x5f
	.4byte	.LLST1
	.byte	0x8
	.string	"x"
	.byte	0x2b
	.4byte	0x3d6
	.4byte	.LLST2
	.byte	0x8
	.string	"y"
	.byte	0x34
	.4byte	0x3d6
	.4byte	.LLST3
	.byte	0x4
	.string	"x1"
	.byte	0x16
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x4
	.string	"y1"
	.byte	0x16
	.byte	0xe
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x4
	.string	"g"
	.byte	0x17
	.byte	0xa
	.4byte	0x5f
	.byte	0x1
	.byte	0x5a
	.byte	0xa
	.8byte	.LVL7
	.4byte	0x331
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x9
	.byte	0x79
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x5f
	.byte	0x1e
	.string	"gcd"
	.byte	0x1
	.byte	0x5
	.byte	0x16
	.4byte	0x2e
	.byte	0x1
	.byte	0x12
	.string	"a"
	.byte	0x28
	.4byte	0x2e
	.byte	0x12
	.string	"b"
	.byte	0x39
	.4byte	0x2e
	.byte	0x1f
	.byte	0x20
	.string	"t"
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0x2e
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xf
	.byte	0x39
	.byte	0xb
	.byte	0x49
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
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x5
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
	.byte	0xd
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
	.byte	0x10
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
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
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LLST4:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL16-1
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL42
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL41
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL22
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL33
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL23
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL39
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL23
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL40
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL23
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL38
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL8
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL9
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE23
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LFE23
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
.LLRL8:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"pairs"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"dummy"
.LASF13:
	.string	"strtoul"
.LASF19:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF20:
	.string	"ext_gcd"
.LASF14:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF9:
	.string	"char"
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
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/gcd_lcm.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
