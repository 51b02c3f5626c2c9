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
.LC2:
	.string	"%d/%d=%d %%=%d floor=%d\n"
	.align	3
.LC5:
	.string	"%lld %lld %lld\n"
	.align	3
.LC6:
	.string	"%d %d %d %d\n"
	.align	3
.LC7:
	.string	"%d %d\n"
	.align	3
.LC8:
	.string	"checksum %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB12:
	.file 1 "programs/signed_div.c"
	.loc 1 14 1
	.cfi_startproc
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
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.loc 1 15 5
	.loc 1 15 9 is_stmt 0
	li	a5,17
	sw	a5,16(sp)
	li	a5,-17
	sw	a5,20(sp)
	li	a5,100
	sw	a5,24(sp)
	li	a5,-100
	sw	a5,28(sp)
	li	a5,7
	sw	a5,32(sp)
	li	a5,-7
	sw	a5,36(sp)
	li	a5,-2147483648
	xori	a4,a5,-1
	sw	a4,40(sp)
	addi	a5,a5,1
	sw	a5,44(sp)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 9 is_stmt 0
	li	a5,5
	sw	a5,0(sp)
	li	a5,-5
	sw	a5,4(sp)
	li	a5,3
	sw	a5,8(sp)
	li	a5,-3
	sw	a5,12(sp)
	.loc 1 17 5 is_stmt 1
.LVL0:
	.loc 1 18 5
.LBB7:
	.loc 1 18 10
	.loc 1 18 28
	addi	s4,sp,16
	addi	s7,sp,48
.LBE7:
	.loc 1 17 10 is_stmt 0
	li	s3,0
	mv	s6,s4
.LBB16:
.LBB8:
.LBB9:
	.loc 1 21 13
	lla	s5,.LC2
	j	.L2
.LVL1:
.L3:
.LBB10:
.LBB11:
	.loc 1 10 5 is_stmt 1
.LBE11:
.LBE10:
	.loc 1 21 13 is_stmt 0
	mv	a0,s5
	call	printf@plt
.LVL2:
	.loc 1 22 13 is_stmt 1
	.loc 1 22 31 is_stmt 0
	addw	s0,s0,s2
	.loc 1 22 22
	add	s3,s3,s0
.LVL3:
.LBE9:
	.loc 1 19 65 is_stmt 1
	.loc 1 19 32
	addi	s1,s1,4
.LVL4:
	beq	s6,s1,.L10
.LVL5:
.L4:
.LBB14:
	.loc 1 20 13 discriminator 3
	.loc 1 20 17 is_stmt 0 discriminator 3
	lw	a1,0(s4)
.LVL6:
	.loc 1 20 30 discriminator 3
	lw	a2,0(s1)
.LVL7:
	.loc 1 21 13 is_stmt 1 discriminator 3
	divw	s0,a1,a2
	sext.w	a3,s0
	remw	s2,a1,a2
	sext.w	a4,s2
.LVL8:
.LBB13:
.LBB12:
	.loc 1 7 5 discriminator 3
	.loc 1 8 5 discriminator 3
	.loc 1 7 9 is_stmt 0 discriminator 3
	mv	a5,a3
	.loc 1 8 8 discriminator 3
	beq	a4,zero,.L3
	.loc 1 8 22
	xor	a0,a1,a2
	bge	a0,zero,.L3
	.loc 1 9 9 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addiw	a5,s0,-1
.LVL9:
	j	.L3
.LVL10:
.L10:
.LBE12:
.LBE13:
.LBE14:
.LBE8:
	.loc 1 18 61 is_stmt 1 discriminator 2
	.loc 1 18 28 discriminator 2
	addi	s4,s4,4
.LVL11:
	beq	s4,s7,.L5
.LVL12:
.L2:
.LBB15:
	.loc 1 19 32
	mv	s1,sp
	j	.L4
.LVL13:
.L5:
.LBE15:
.LBE16:
	.loc 1 25 5
	.loc 1 26 5
	ld	a3,.LC3
	li	a2,-2
	ld	a1,.LC4
	lla	a0,.LC5
	call	printf@plt
.LVL14:
	.loc 1 27 5
	.loc 1 28 5
	.loc 1 29 5
	li	a4,-64
	li	a3,-42
	li	a2,-5
	li	a1,-1234
	lla	a0,.LC6
	call	printf@plt
.LVL15:
	.loc 1 30 5
	li	a2,-9
	li	a1,-10
	lla	a0,.LC7
	call	printf@plt
.LVL16:
	.loc 1 31 5
	mv	a1,s3
	lla	a0,.LC8
	call	printf@plt
.LVL17:
	.loc 1 32 5
	.loc 1 33 1 is_stmt 0
	andi	a0,s3,0xff
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	ld	s1,104(sp)
	.cfi_restore 9
.LVL18:
	ld	s2,96(sp)
	.cfi_restore 18
	ld	s3,88(sp)
	.cfi_restore 19
.LVL19:
	ld	s4,80(sp)
	.cfi_restore 20
.LVL20:
	ld	s5,72(sp)
	.cfi_restore 21
	ld	s6,64(sp)
	.cfi_restore 22
	ld	s7,56(sp)
	.cfi_restore 23
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC3:
	.dword	-1098632812500000
	.align	3
.LC4:
	.dword	-1285714285714285714
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xe
	.4byte	.LASF19
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
	.byte	0x3
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x56
	.byte	0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x69
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x83
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x10
	.4byte	0x8a
	.byte	0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4a
	.byte	0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x5d
	.byte	0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x77
	.byte	0x11
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x70
	.4byte	0xd2
	.byte	0x12
	.4byte	0xd2
	.byte	0x13
	.byte	0
	.byte	0x14
	.byte	0x8
	.4byte	0x91
	.byte	0x15
	.4byte	.LASF21
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x70
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x2af
	.byte	0x8
	.4byte	.LASF16
	.byte	0xf
	.4byte	0x2af
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x8
	.4byte	.LASF17
	.byte	0x10
	.4byte	0x2bf
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x16
	.4byte	.LASF18
	.byte	0x1
	.byte	0x11
	.byte	0xa
	.4byte	0x83
	.4byte	.LLST0
	.byte	0x5
	.string	"big"
	.byte	0x19
	.byte	0xd
	.4byte	0xae
	.byte	0x80,0x80,0xf0,0xeb,0xf1,0xf5,0xe4,0x8c,0x83,0x7f
	.byte	0x5
	.string	"h"
	.byte	0x1b
	.byte	0xd
	.4byte	0xa2
	.byte	0xc7,0x9f,0x7f
	.byte	0x5
	.string	"c"
	.byte	0x1c
	.byte	0xc
	.4byte	0x96
	.byte	0x80,0x7f
	.byte	0x17
	.4byte	.LLRL1
	.4byte	0x1ea
	.byte	0x4
	.string	"i"
	.byte	0x12
	.byte	0x13
	.4byte	0x43
	.4byte	.LLST2
	.byte	0x6
	.4byte	.LLRL3
	.byte	0x4
	.string	"j"
	.byte	0x13
	.byte	0x17
	.4byte	0x43
	.4byte	.LLST4
	.byte	0x6
	.4byte	.LLRL5
	.byte	0x4
	.string	"a"
	.byte	0x14
	.byte	0x11
	.4byte	0x70
	.4byte	.LLST6
	.byte	0x4
	.string	"b"
	.byte	0x14
	.byte	0x1e
	.4byte	0x70
	.4byte	.LLST7
	.byte	0x18
	.4byte	0x2cf
	.8byte	.LBB10
	.4byte	.LLRL8
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.4byte	0x1d3
	.byte	0x9
	.4byte	0x2e4
	.4byte	.LLST9
	.byte	0x9
	.4byte	0x2dc
	.4byte	.LLST10
	.byte	0x6
	.4byte	.LLRL8
	.byte	0x19
	.4byte	0x2ec
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL2
	.4byte	0xba
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL14
	.4byte	0xba
	.4byte	0x22a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
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
	.byte	0x7
	.8byte	.LVL15
	.4byte	0xba
	.4byte	0x262
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
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
	.byte	0x7
	.8byte	.LVL16
	.4byte	0xba
	.4byte	0x28d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC7
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
	.byte	0xa
	.8byte	.LVL17
	.4byte	0xba
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
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x70
	.4byte	0x2bf
	.byte	0xc
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0xb
	.4byte	0x70
	.4byte	0x2cf
	.byte	0xc
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.byte	0x1a
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x70
	.byte	0x1
	.byte	0xd
	.string	"a"
	.byte	0x1a
	.4byte	0x70
	.byte	0xd
	.string	"b"
	.byte	0x21
	.4byte	0x70
	.byte	0x1b
	.string	"q"
	.byte	0x1
	.byte	0x7
	.byte	0x9
	.4byte	0x70
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0x12
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x16
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
	.byte	0x17
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
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
	.byte	0x1b
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
	.8byte	.LVL19
	.byte	0x1
	.byte	0x63
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
	.8byte	.LVL10
	.byte	0xa
	.byte	0x84
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
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0xc
	.byte	0x84
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
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0xc
	.byte	0x84
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
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0xa
	.byte	0x84
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
	.8byte	.LVL13
	.8byte	.LVL20
	.byte	0xc
	.byte	0x84
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
.LLST4:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0xb
	.byte	0x79
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
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0xd
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0xc
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x7c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL10
	.byte	0xb
	.byte	0x79
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
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0xc
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x7c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL18
	.byte	0xc
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x7c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2-1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x3
	.byte	0x78
	.byte	0x7f
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
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
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
