	.file	"signed_div.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/signed_div.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC3:
	.string	"%d/%d=%d %%=%d floor=%d\n"
	.align	3
.LC6:
	.string	"%lld %lld %lld\n"
	.align	3
.LC7:
	.string	"%d %d %d %d\n"
	.align	3
.LC8:
	.string	"%d %d\n"
	.align	3
.LC9:
	.string	"checksum %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB12:
	.file 1 "programs/signed_div.c"
	.loc 1 14 1
	.cfi_startproc
	.loc 1 15 5
	.loc 1 15 9 is_stmt 0
	li	a3,-7
	li	a1,-17
	li	a2,-25
	.loc 1 16 9
	li	a4,-5
	li	a5,-3
	.loc 1 15 9
	slli	a3,a3,32
	.loc 1 14 1
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	.loc 1 15 9
	addi	a3,a3,7
	slli	a1,a1,32
	slli	a2,a2,34
	.loc 1 16 9
	slli	a4,a4,32
	slli	a5,a5,32
	.loc 1 14 1
	sd	s4,80(sp)
	.loc 1 15 9
	addi	a1,a1,17
	.cfi_offset 20, -48
	addi	s4,sp,16
	addi	a2,a2,100
	sd	a3,32(sp)
	.loc 1 16 9
	addi	a4,a4,5
	.loc 1 15 9
	ld	a3,.LC2
	.loc 1 16 9
	addi	a5,a5,3
	.loc 1 14 1
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s5,72(sp)
	sd	s6,64(sp)
	sd	s7,56(sp)
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	s8,48(sp)
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 24, -80
	.loc 1 15 9
	sd	a1,16(sp)
	sd	a2,24(sp)
	sd	a3,40(sp)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 9 is_stmt 0
	sd	a4,0(sp)
	sd	a5,8(sp)
	.loc 1 17 5 is_stmt 1
.LVL0:
	.loc 1 18 5
.LBB7:
	.loc 1 18 10
	.loc 1 18 28
	mv	s3,s4
	addi	s7,sp,48
.LBE7:
	.loc 1 17 10 is_stmt 0
	li	s2,0
	mv	s6,sp
.LBB18:
.LBB8:
.LBB9:
	.loc 1 21 13
	lla	s5,.LC3
.LVL1:
.L2:
.LBE9:
	.loc 1 19 32 is_stmt 1
	mv	s8,s6
.LVL2:
.L4:
.LBB16:
	.loc 1 20 13 discriminator 3
	.loc 1 20 30 is_stmt 0 discriminator 3
	lw	a2,0(s8)
	.loc 1 20 17 discriminator 3
	lw	a1,0(s3)
.LVL3:
	.loc 1 21 13 is_stmt 1 discriminator 3
	mv	a0,s5
.LBE16:
	.loc 1 19 32 is_stmt 0 discriminator 3
	addi	s8,s8,4
.LVL4:
.LBB17:
	.loc 1 21 13 discriminator 3
	divw	a3,a1,a2
.LBB10:
.LBB11:
	.loc 1 8 22 discriminator 3
	xor	a6,a1,a2
.LBE11:
.LBE10:
	.loc 1 21 13 discriminator 3
	remw	a4,a1,a2
	mv	s1,a3
.LVL5:
.LBB14:
.LBB12:
	.loc 1 7 9 discriminator 3
	mv	a5,a3
	.loc 1 7 5 is_stmt 1 discriminator 3
	.loc 1 8 5 discriminator 3
.LBE12:
.LBE14:
	.loc 1 21 13 is_stmt 0 discriminator 3
	mv	s0,a4
.LBB15:
.LBB13:
	.loc 1 8 8 discriminator 3
	beq	a4,zero,.L3
	.loc 1 9 9 is_stmt 1
	.loc 1 8 22 is_stmt 0
	bge	a6,zero,.L3
	.loc 1 9 10
	addiw	a5,a3,-1
.LVL6:
.L3:
	.loc 1 10 5 is_stmt 1
.LBE13:
.LBE15:
	.loc 1 22 31 is_stmt 0
	addw	s1,s1,s0
	.loc 1 21 13
	call	printf@plt
.LVL7:
	.loc 1 22 13 is_stmt 1
	.loc 1 22 22 is_stmt 0
	add	s2,s2,s1
.LVL8:
.LBE17:
	.loc 1 19 65 is_stmt 1
	.loc 1 19 32
	bne	s4,s8,.L4
.LBE8:
	.loc 1 18 61 discriminator 2
.LVL9:
	.loc 1 18 28 discriminator 2
	addi	s3,s3,4
.LVL10:
	bne	s7,s3,.L2
.LBE18:
	.loc 1 25 5
.LVL11:
	.loc 1 26 5
	ld	a3,.LC4
	li	a2,-2
	ld	a1,.LC5
	lla	a0,.LC6
	call	printf@plt
.LVL12:
	.loc 1 27 5
	.loc 1 28 5
	.loc 1 29 5
	li	a4,-64
	li	a3,-42
	li	a2,-5
	li	a1,-1234
	lla	a0,.LC7
	call	printf@plt
.LVL13:
	.loc 1 30 5
	li	a2,-9
	li	a1,-10
	lla	a0,.LC8
	call	printf@plt
.LVL14:
	.loc 1 31 5
	mv	a1,s2
	lla	a0,.LC9
	call	printf@plt
.LVL15:
	.loc 1 32 5
	.loc 1 33 1 is_stmt 0
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	ld	s1,104(sp)
	.cfi_restore 9
	ld	s3,88(sp)
	.cfi_restore 19
.LVL16:
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
	andi	a0,s2,0xff
	ld	s2,96(sp)
	.cfi_restore 18
.LVL17:
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC2:
	.dword	-9223372030412324865
	.align	3
.LC4:
	.dword	-1098632812500000
	.align	3
.LC5:
	.dword	-1285714285714285714
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f5
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL11
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
	.byte	0x3
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x52
	.byte	0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x65
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x7f
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0xf
	.4byte	0x86
	.byte	0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x46
	.byte	0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x59
	.byte	0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x73
	.byte	0x10
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x6c
	.4byte	0xce
	.byte	0x11
	.4byte	0xce
	.byte	0x12
	.byte	0
	.byte	0x13
	.byte	0x8
	.4byte	0x8d
	.byte	0x14
	.4byte	.LASF21
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x6c
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x2b0
	.byte	0x7
	.4byte	.LASF16
	.byte	0xf
	.4byte	0x2b0
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x7
	.4byte	.LASF17
	.byte	0x10
	.4byte	0x2c0
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x15
	.4byte	.LASF18
	.byte	0x1
	.byte	0x11
	.byte	0xa
	.4byte	0x7f
	.4byte	.LLST0
	.byte	0x5
	.string	"big"
	.byte	0x19
	.byte	0xd
	.4byte	0xaa
	.byte	0x80,0x80,0xf0,0xeb,0xf1,0xf5,0xe4,0x8c,0x83,0x7f
	.byte	0x5
	.string	"h"
	.byte	0x1b
	.byte	0xd
	.4byte	0x9e
	.byte	0xc7,0x9f,0x7f
	.byte	0x5
	.string	"c"
	.byte	0x1c
	.byte	0xc
	.4byte	0x92
	.byte	0x80,0x7f
	.byte	0x16
	.4byte	.LLRL1
	.4byte	0x1eb
	.byte	0x4
	.string	"i"
	.byte	0x12
	.byte	0x13
	.4byte	0x3f
	.4byte	.LLST2
	.byte	0x17
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.byte	0x4
	.string	"j"
	.byte	0x13
	.byte	0x17
	.4byte	0x3f
	.4byte	.LLST3
	.byte	0x8
	.4byte	.LLRL4
	.byte	0x4
	.string	"a"
	.byte	0x14
	.byte	0x11
	.4byte	0x6c
	.4byte	.LLST5
	.byte	0x4
	.string	"b"
	.byte	0x14
	.byte	0x1e
	.4byte	0x6c
	.4byte	.LLST6
	.byte	0x18
	.4byte	0x2d0
	.8byte	.LBB10
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.4byte	0x1db
	.byte	0x9
	.4byte	0x2e5
	.4byte	.LLST8
	.byte	0x9
	.4byte	0x2dd
	.4byte	.LLST9
	.byte	0x8
	.4byte	.LLRL7
	.byte	0x19
	.4byte	0x2ed
	.4byte	.LLST10
	.byte	0
	.byte	0
	.byte	0x1a
	.8byte	.LVL7
	.4byte	0xb6
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL12
	.4byte	0xb6
	.4byte	0x22b
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0xa
	.byte	0x11
	.byte	0xee,0xb6,0xeb,0xea,0xb4,0xb5,0x8e,0x94,0x6e
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x9
	.byte	0xfe
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x9
	.byte	0x11
	.byte	0xe0,0xd7,0xe3,0xeb,0xc9,0x99,0x86,0x7e
	.byte	0
	.byte	0x6
	.8byte	.LVL13
	.4byte	0xb6
	.4byte	0x263
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xb
	.2byte	0xfb2e
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x9
	.byte	0xfb
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x9
	.byte	0xd6
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x9
	.byte	0xc0
	.byte	0
	.byte	0x6
	.8byte	.LVL14
	.4byte	0xb6
	.4byte	0x28e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x9
	.byte	0xf6
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x9
	.byte	0xf7
	.byte	0
	.byte	0x1b
	.8byte	.LVL15
	.4byte	0xb6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC9
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x6c
	.4byte	0x2c0
	.byte	0xb
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.byte	0xa
	.4byte	0x6c
	.4byte	0x2d0
	.byte	0xb
	.4byte	0x2a
	.byte	0x3
	.byte	0
	.byte	0x1c
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x6c
	.byte	0x1
	.byte	0xc
	.string	"a"
	.byte	0x1a
	.4byte	0x6c
	.byte	0xc
	.string	"b"
	.byte	0x21
	.4byte	0x6c
	.byte	0x1d
	.string	"q"
	.byte	0x1
	.byte	0x7
	.byte	0x9
	.4byte	0x6c
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
	.byte	0x21
	.byte	0x9
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
	.byte	0x10
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x15
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
	.byte	0x16
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x1d
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
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL17
	.byte	0x1
	.byte	0x62
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
	.8byte	.LVL9
	.byte	0xa
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x70
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0xc
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x70
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL16
	.byte	0xc
	.byte	0x83
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x6c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0xb
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL8
	.byte	0xa
	.byte	0x88
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x7c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL7-1
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL7-1
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
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
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
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
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LFB12
	.8byte	.LFE12
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"int16_t"
.LASF16:
	.string	"vals"
.LASF8:
	.string	"__int16_t"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"char"
.LASF22:
	.string	"floor_div"
.LASF3:
	.string	"unsigned char"
.LASF21:
	.string	"main"
.LASF13:
	.string	"int8_t"
.LASF11:
	.string	"long int"
.LASF10:
	.string	"__int64_t"
.LASF18:
	.string	"checksum"
.LASF15:
	.string	"int64_t"
.LASF20:
	.string	"printf"
.LASF17:
	.string	"divs"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF9:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/signed_div.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
