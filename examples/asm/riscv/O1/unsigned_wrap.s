	.file	"unsigned_wrap.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/unsigned_wrap.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%3u %5u %10u %20llu\n"
	.align	3
.LC1:
	.string	"mul %u %u %u\n"
	.align	3
.LC2:
	.string	"sub %u %u %u\n"
	.align	3
.LC3:
	.string	"div %u %u %u %u\n"
	.align	3
.LC5:
	.string	"div64 %llu %llu\n"
	.align	3
.LC6:
	.string	"cmp %u\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB11:
	.file 1 "programs/unsigned_wrap.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.loc 1 7 5
.LVL0:
	.loc 1 8 5
	.loc 1 9 5
	.loc 1 10 5
	.loc 1 11 5
.LBB2:
	.loc 1 11 10
	.loc 1 11 23
.LBE2:
	.loc 1 6 1 is_stmt 0
	li	s0,-3
.LBB3:
	.loc 1 16 9
	lla	s2,.LC0
	.loc 1 11 23
	li	s1,27
.LVL1:
.L2:
	.loc 1 12 9 is_stmt 1 discriminator 3
	.loc 1 13 9 discriminator 3
	.loc 1 14 9 discriminator 3
	.loc 1 15 9 discriminator 3
	.loc 1 16 9 discriminator 3
	mv	a4,s0
	sext.w	a3,s0
	slli	a2,s0,48
	srli	a2,a2,48
	andi	a1,s0,0xff
	mv	a0,s2
	call	printf@plt
.LVL2:
	.loc 1 11 30 discriminator 3
	.loc 1 11 23 discriminator 3
	addi	s0,s0,3
.LVL3:
	bne	s0,s1,.L2
.LBE3:
	.loc 1 18 5
.LVL4:
	.loc 1 19 5
	.loc 1 20 5
	.loc 1 21 5
	li	a3,410066944
	addi	a3,a3,-1536
	li	a2,49152
	addi	a2,a2,-224
	li	a1,88
	lla	a0,.LC1
	call	printf@plt
.LVL5:
	.loc 1 22 5
	li	a3,-76
	li	a2,65536
	addi	a2,a2,-76
	li	a1,180
	lla	a0,.LC2
	call	printf@plt
.LVL6:
	.loc 1 23 5
	.loc 1 24 5
	li	a4,559
	li	a3,57344
	addi	a3,a3,-339
	li	a2,6
	li	a1,533704704
	addi	a1,a1,-625
	lla	a0,.LC3
	call	printf@plt
.LVL7:
	.loc 1 25 5
	.loc 1 26 5
	li	a2,712704
	addi	a2,a2,870
	ld	a1,.LC4
	lla	a0,.LC5
	call	printf@plt
.LVL8:
	.loc 1 27 5
	.loc 1 28 5
.LBB4:
	.loc 1 28 10
	.loc 1 28 38
	.loc 1 28 19 is_stmt 0
	li	a5,-16
.LBE4:
	.loc 1 27 14
	li	a1,0
.LBB5:
	.loc 1 28 38
	li	a3,5
.LVL9:
.L3:
	.loc 1 29 9 is_stmt 1 discriminator 3
	.loc 1 29 18 is_stmt 0 discriminator 3
	srliw	a4,a5,31
	.loc 1 29 13 discriminator 3
	addw	a1,a4,a1
.LVL10:
	.loc 1 28 45 is_stmt 1 discriminator 3
	addiw	a5,a5,1
.LVL11:
	.loc 1 28 38 discriminator 3
	bne	a5,a3,.L3
.LBE5:
	.loc 1 30 5
	lla	a0,.LC6
	call	printf@plt
.LVL12:
	.loc 1 31 5
	.loc 1 32 1 is_stmt 0
	li	a0,0
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
.LVL13:
	ld	s1,8(sp)
	.cfi_restore 9
	ld	s2,0(sp)
	.cfi_restore 18
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC4:
	.dword	18364703450382
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
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
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.byte	0x3
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.byte	0xb
	.4byte	0x96
	.byte	0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x13
	.4byte	0x51
	.byte	0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x14
	.4byte	0x64
	.byte	0x3
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x77
	.byte	0x3
	.4byte	.LASF17
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x8a
	.byte	0xc
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x70
	.4byte	0xea
	.byte	0xd
	.4byte	0xea
	.byte	0xe
	.byte	0
	.byte	0xf
	.byte	0x8
	.4byte	0x9d
	.byte	0x10
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x70
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x4
	.string	"a8"
	.byte	0x7
	.byte	0xd
	.4byte	0xa2
	.4byte	.LLST0
	.byte	0x4
	.string	"a16"
	.byte	0x8
	.byte	0xe
	.4byte	0xae
	.4byte	.LLST0
	.byte	0x4
	.string	"a32"
	.byte	0x9
	.byte	0xe
	.4byte	0xba
	.4byte	.LLST0
	.byte	0x4
	.string	"a64"
	.byte	0xa
	.byte	0xe
	.4byte	0xc6
	.4byte	.LLST3
	.byte	0x5
	.string	"m8"
	.byte	0x12
	.byte	0xd
	.4byte	0xa2
	.byte	0x48
	.byte	0x5
	.string	"m16"
	.byte	0x13
	.byte	0xe
	.4byte	0xae
	.byte	0xe0,0x54
	.byte	0x5
	.string	"m32"
	.byte	0x14
	.byte	0xe
	.4byte	0xba
	.byte	0x80,0xbc,0xc1,0x96,0x7b
	.byte	0x5
	.string	"d"
	.byte	0x17
	.byte	0xe
	.4byte	0xba
	.byte	0xef,0xfd,0xb6,0xf5,0x7d
	.byte	0x5
	.string	"big"
	.byte	0x19
	.byte	0xe
	.4byte	0xc6
	.byte	0x90,0xe4,0xd0,0xb2,0x87,0xd3,0xae,0xee,0x7e
	.byte	0x4
	.string	"cmp"
	.byte	0x1b
	.byte	0xe
	.4byte	0x43
	.4byte	.LLST4
	.byte	0x7
	.4byte	.LLRL5
	.4byte	0x1ee
	.byte	0x4
	.string	"i"
	.byte	0xb
	.byte	0xe
	.4byte	0x70
	.4byte	.LLST6
	.byte	0x8
	.8byte	.LVL2
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0x78
	.byte	0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x8
	.byte	0x78
	.byte	0
	.byte	0x8
	.byte	0x30
	.byte	0x24
	.byte	0x8
	.byte	0x30
	.byte	0x25
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LLRL7
	.4byte	0x205
	.byte	0x4
	.string	"x"
	.byte	0x1c
	.byte	0x13
	.4byte	0xba
	.4byte	.LLST8
	.byte	0
	.byte	0x6
	.8byte	.LVL5
	.4byte	0xd2
	.4byte	0x23a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x8
	.byte	0x58
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa
	.2byte	0xbf20
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x5
	.byte	0xc
	.4byte	0x18711a00
	.byte	0
	.byte	0x6
	.8byte	.LVL6
	.4byte	0xd2
	.4byte	0x26c
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
	.byte	0x8
	.byte	0xb4
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa
	.2byte	0xffb4
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x9
	.byte	0xb4
	.byte	0
	.byte	0x6
	.8byte	.LVL7
	.4byte	0xd2
	.4byte	0x2a7
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0xc
	.4byte	0x1fcfad8f
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x36
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0xa
	.2byte	0xdead
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x3
	.byte	0xa
	.2byte	0x22f
	.byte	0
	.byte	0x6
	.8byte	.LVL8
	.4byte	0xd2
	.4byte	0x2db
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x8
	.byte	0x10
	.byte	0x8e,0xca,0x80,0xed,0xbd,0x96,0x4
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x5
	.byte	0xc
	.4byte	0xae366
	.byte	0
	.byte	0x8
	.8byte	.LVL12
	.4byte	0xd2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
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
	.byte	0xb
	.byte	0x26
	.byte	0
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
	.byte	0xd
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
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
	.byte	0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x3
	.byte	0x9
	.byte	0xfa
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL13
	.byte	0x3
	.byte	0x78
	.byte	0x7d
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0xb
	.byte	0x78
	.byte	0x3
	.byte	0xa8
	.byte	0x2e
	.byte	0x33
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0xd
	.byte	0x78
	.byte	0x3
	.byte	0xa8
	.byte	0x2e
	.byte	0x33
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL13
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0xa8
	.byte	0x2e
	.byte	0x33
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x3
	.byte	0x9
	.byte	0xf0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5f
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
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF17:
	.string	"uint64_t"
.LASF7:
	.string	"short int"
.LASF20:
	.string	"main"
.LASF10:
	.string	"__uint32_t"
.LASF9:
	.string	"__uint16_t"
.LASF14:
	.string	"uint8_t"
.LASF11:
	.string	"long int"
.LASF19:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF15:
	.string	"uint16_t"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"char"
.LASF12:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/unsigned_wrap.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
