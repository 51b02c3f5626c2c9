	.file	"unions_bitfields.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/unions_bitfields.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"v=%u f=%u len=%u off=%d raw=%08x\n"
	.align	3
.LC1:
	.string	"u=%u i=%d half=%04x,%04x bytes=%02x %02x %02x %02x\n"
	.align	3
.LC2:
	.string	"after byte write i=%d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB11:
	.file 1 "programs/unions_bitfields.c"
	.loc 1 21 1
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
	sd	s8,48(sp)
	sd	s9,40(sp)
	sd	s10,32(sp)
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
	.loc 1 22 5
	.loc 1 22 19 is_stmt 0
	sh	zero,16(sp)
	sb	zero,18(sp)
	ld	s10,16(sp)
	slli	s10,s10,40
	srli	s10,s10,40
.LVL0:
	.loc 1 23 5 is_stmt 1
	.loc 1 24 5
.LBB2:
	.loc 1 24 10
	.loc 1 24 23
.LBE2:
	.loc 1 22 19 is_stmt 0
	li	s3,300
	li	s1,17
.LBB5:
	.loc 1 24 14
	li	s2,0
.LBE5:
	.loc 1 23 14
	li	s5,0
	li	s4,4096
	addi	s4,s4,-1
.LBB6:
.LBB3:
	.loc 1 27 18
	li	s7,-1048576
	addi	s7,s7,255
	.loc 1 28 18
	li	s6,1048576
	addi	s6,s6,-1
	.loc 1 31 9
	lla	s9,.LC0
.LBE3:
	.loc 1 24 23
	li	s8,6
.LVL1:
.L2:
.LBB4:
	.loc 1 25 9 is_stmt 1 discriminator 3
	addi	a1,s2,5
	.loc 1 25 19 is_stmt 0 discriminator 3
	andi	a4,a1,7
.LVL2:
	andi	s0,s10,-256
	.loc 1 26 9 is_stmt 1 discriminator 3
	andi	a5,s2,31
	slliw	a2,a5,3
	subw	a2,a2,a5
	.loc 1 26 17 is_stmt 0 discriminator 3
	andi	a5,a2,31
	slliw	a5,a5,3
	or	s0,s0,a4
	or	s0,s0,a5
	.loc 1 27 9 is_stmt 1 discriminator 3
	.loc 1 27 18 is_stmt 0 discriminator 3
	and	a5,s1,s4
	slliw	a5,a5,8
	and	s0,s0,s7
	or	s0,s0,a5
	.loc 1 28 9 is_stmt 1 discriminator 3
	.loc 1 28 31 is_stmt 0 discriminator 3
	slliw	a4,s3,4
	slliw	a4,a4,16
	sraiw	a4,a4,16
	sraiw	a4,a4,4
	.loc 1 28 18 discriminator 3
	slliw	a5,a4,20
	and	s0,s0,s6
	or	s0,s0,a5
	mv	s10,s0
.LVL3:
	.loc 1 29 9 is_stmt 1 discriminator 3
	.loc 1 30 9 discriminator 3
	sext.w	s0,s0
.LVL4:
	.loc 1 31 9 discriminator 3
	mv	a5,s0
	slliw	a4,a4,16
	sraiw	a4,a4,16
	and	a3,s1,s4
	andi	a2,a2,31
	andi	a1,a1,7
	mv	a0,s9
	call	printf@plt
.LVL5:
	.loc 1 32 9 discriminator 3
	.loc 1 32 15 is_stmt 0 discriminator 3
	addw	s0,s0,s5
.LVL6:
	sext.w	s5,s0
.LVL7:
.LBE4:
	.loc 1 24 29 is_stmt 1 discriminator 3
	addiw	s2,s2,1
.LVL8:
	.loc 1 24 23 discriminator 3
	addiw	s1,s1,1000
	slli	s1,s1,48
	srli	s1,s1,48
	addiw	s3,s3,-500
	slli	s3,s3,48
	srli	s3,s3,48
	bne	s2,s8,.L2
.LBE6:
	.loc 1 34 5
	.loc 1 35 5
	.loc 1 36 5
	li	a5,128
	sd	a5,0(sp)
	li	a7,64
	li	a6,32
	li	a5,16
	li	a4,32768
	addi	a4,a4,64
	li	a3,8192
	addi	a3,a3,16
	li	a2,-2143281152
	addi	a2,a2,16
	mv	a1,a2
	lla	a0,.LC1
	call	printf@plt
.LVL9:
	.loc 1 38 5
	.loc 1 39 5
	li	a1,2134908928
	addi	a1,a1,16
	lla	a0,.LC2
	call	printf@plt
.LVL10:
	.loc 1 40 5
	.loc 1 41 1 is_stmt 0
	andi	a0,s0,127
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
.LVL11:
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
.LVL12:
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
.LVL13:
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE11:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x29f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xb
	.4byte	.LASF25
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
	.byte	0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x35
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x3
	.4byte	.LASF9
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x3c
	.byte	0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x7c
	.byte	0xc
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.4byte	.LASF11
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.byte	0xd
	.4byte	0x96
	.byte	0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x70
	.byte	0x3
	.4byte	.LASF15
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x51
	.byte	0x3
	.4byte	.LASF16
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x64
	.byte	0x3
	.4byte	.LASF17
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x83
	.byte	0xe
	.byte	0x8
	.4byte	0x9d
	.byte	0xf
	.4byte	.LASF26
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0x11a
	.byte	0x4
	.4byte	.LASF18
	.byte	0x7
	.byte	0xe
	.4byte	0x43
	.byte	0x3
	.byte	0
	.byte	0x4
	.4byte	.LASF19
	.byte	0x8
	.byte	0xe
	.4byte	0x43
	.byte	0x5
	.byte	0x3
	.byte	0x4
	.4byte	.LASF20
	.byte	0x9
	.byte	0xe
	.4byte	0x43
	.byte	0xc
	.byte	0x8
	.byte	0x4
	.4byte	.LASF21
	.byte	0xa
	.byte	0xc
	.4byte	0x7c
	.byte	0xc
	.byte	0x14
	.byte	0
	.byte	0x10
	.4byte	.LASF27
	.byte	0x4
	.byte	0x1
	.byte	0xd
	.byte	0x7
	.4byte	0x150
	.byte	0x6
	.string	"u"
	.byte	0xe
	.byte	0xe
	.4byte	0xc6
	.byte	0x6
	.string	"i"
	.byte	0xf
	.byte	0xd
	.4byte	0xa2
	.byte	0x7
	.4byte	.LASF22
	.byte	0x10
	.byte	0xe
	.4byte	0x150
	.byte	0x7
	.4byte	.LASF23
	.byte	0x11
	.byte	0xd
	.4byte	0x160
	.byte	0
	.byte	0x8
	.4byte	0xba
	.4byte	0x160
	.byte	0x9
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.byte	0x8
	.4byte	0xae
	.4byte	0x170
	.byte	0x9
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.byte	0x11
	.4byte	.LASF28
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x7c
	.4byte	0x188
	.byte	0x12
	.4byte	0xd2
	.byte	0x13
	.byte	0
	.byte	0x14
	.4byte	.LASF29
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x7c
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x5
	.string	"h"
	.byte	0x16
	.byte	0x13
	.4byte	0xd8
	.4byte	.LLST0
	.byte	0x15
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST1
	.byte	0x16
	.string	"w"
	.byte	0x1
	.byte	0x22
	.byte	0x10
	.4byte	0x11a
	.byte	0x17
	.4byte	.LLRL2
	.4byte	0x224
	.byte	0x5
	.string	"i"
	.byte	0x18
	.byte	0xe
	.4byte	0x7c
	.4byte	.LLST3
	.byte	0x18
	.4byte	.LLRL4
	.byte	0x5
	.string	"raw"
	.byte	0x1d
	.byte	0x12
	.4byte	0xc6
	.4byte	.LLST5
	.byte	0xa
	.8byte	.LVL5
	.4byte	0x170
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x4
	.byte	0x82
	.byte	0x5
	.byte	0x37
	.byte	0x1a
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x5
	.byte	0x79
	.byte	0
	.byte	0x84
	.byte	0
	.byte	0x1a
	.byte	0x1
	.byte	0x1
	.byte	0x5f
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x19
	.8byte	.LVL9
	.4byte	0x170
	.4byte	0x27d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x6
	.byte	0x11
	.byte	0x90,0xc0,0x80,0x82,0x78
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x6
	.byte	0x11
	.byte	0x90,0xc0,0x80,0x82,0x78
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0xa
	.2byte	0x2010
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x3
	.byte	0xa
	.2byte	0x8040
	.byte	0x1
	.byte	0x1
	.byte	0x5f
	.byte	0x1
	.byte	0x40
	.byte	0x1
	.byte	0x1
	.byte	0x60
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0x1
	.byte	0x1
	.byte	0x61
	.byte	0x2
	.byte	0x8
	.byte	0x40
	.byte	0x1
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x2
	.byte	0x8
	.byte	0x80
	.byte	0
	.byte	0xa
	.8byte	.LVL10
	.4byte	0x170
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0xc
	.4byte	0x7f402010
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
	.byte	0xd
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
	.byte	0xd
	.byte	0xb
	.byte	0x6b
	.byte	0xb
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
	.byte	0xd
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
	.byte	0xd
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x17
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x1
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x19
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
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x2
	.byte	0x6a
	.byte	0xf0
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
	.byte	0x65
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL11
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL8
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL13
	.byte	0x1
	.byte	0x6a
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
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF27:
	.string	"word"
.LASF26:
	.string	"header"
.LASF18:
	.string	"version"
.LASF7:
	.string	"short int"
.LASF29:
	.string	"main"
.LASF11:
	.string	"__uint32_t"
.LASF9:
	.string	"__uint16_t"
.LASF15:
	.string	"uint8_t"
.LASF12:
	.string	"long int"
.LASF21:
	.string	"offset"
.LASF8:
	.string	"__uint8_t"
.LASF23:
	.string	"byte"
.LASF20:
	.string	"length"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF19:
	.string	"flags"
.LASF17:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"uint16_t"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"half"
.LASF13:
	.string	"char"
.LASF28:
	.string	"printf"
.LASF14:
	.string	"int32_t"
.LASF2:
	.string	"long unsigned int"
.LASF25:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF10:
	.string	"__int32_t"
.LASF24:
	.string	"check"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/unions_bitfields.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
