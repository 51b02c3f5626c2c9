	.file	"unsigned_wrap.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/unsigned_wrap.c"
	.section	.rodata
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
.LFB0:
	.file 1 "programs/unsigned_wrap.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	.loc 1 7 13
	li	a5,-6
	sb	a5,-17(s0)
	.loc 1 8 14
	li	a5,-6
	sh	a5,-20(s0)
	.loc 1 9 14
	li	a5,-6
	sw	a5,-24(s0)
	.loc 1 10 14
	li	a5,-6
	sd	a5,-32(s0)
.LBB2:
	.loc 1 11 14
	sw	zero,-36(s0)
	.loc 1 11 5
	j	.L2
.L3:
	.loc 1 12 12 discriminator 3
	lbu	a5,-17(s0)
	addiw	a5,a5,3
	sb	a5,-17(s0)
	.loc 1 13 13 discriminator 3
	lhu	a5,-20(s0)
	addiw	a5,a5,3
	sh	a5,-20(s0)
	.loc 1 14 13 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,3
	sw	a5,-24(s0)
	.loc 1 15 13 discriminator 3
	ld	a5,-32(s0)
	addi	a5,a5,3
	sd	a5,-32(s0)
	.loc 1 16 9 discriminator 3
	lbu	a5,-17(s0)
	sext.w	a5,a5
	lhu	a4,-20(s0)
	sext.w	a2,a4
	lw	a3,-24(s0)
	ld	a4,-32(s0)
	mv	a1,a5
	lla	a0,.LC0
	call	printf@plt
	.loc 1 11 30 discriminator 3
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L2:
	.loc 1 11 23 discriminator 1
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,9
	ble	a4,a5,.L3
.LBE2:
	.loc 1 18 13
	li	a5,-56
	sb	a5,-45(s0)
	.loc 1 19 14
	li	a5,-4096
	addi	a5,a5,-1440
	sh	a5,-48(s0)
	.loc 1 20 14
	li	a5,-1294966784
	addi	a5,a5,-512
	sw	a5,-52(s0)
	.loc 1 21 30
	lbu	a5,-45(s0)
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,1
	addw	a5,a5,a4
	andi	a5,a5,0xff
	.loc 1 21 5
	sext.w	a4,a5
	.loc 1 21 49
	lhu	a5,-48(s0)
	mv	a3,a5
	mv	a5,a3
	slliw	a5,a5,1
	addw	a5,a5,a3
	slli	a5,a5,48
	srli	a5,a5,48
	.loc 1 21 5
	sext.w	a2,a5
	lw	a5,-52(s0)
	mv	a3,a5
	mv	a5,a3
	slliw	a5,a5,1
	addw	a5,a5,a3
	sext.w	a5,a5
	mv	a3,a5
	mv	a1,a4
	lla	a0,.LC1
	call	printf@plt
	.loc 1 22 30
	lbu	a5,-17(s0)
	addiw	a5,a5,-100
	andi	a5,a5,0xff
	.loc 1 22 5
	sext.w	a5,a5
	.loc 1 22 51
	lhu	a4,-20(s0)
	addiw	a4,a4,-100
	slli	a4,a4,48
	srli	a4,a4,48
	.loc 1 22 5
	sext.w	a4,a4
	lw	a3,-24(s0)
	addiw	a3,a3,-100
	sext.w	a3,a3
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 23 14
	li	a5,-559038464
	addi	a5,a5,-273
	sw	a5,-56(s0)
	.loc 1 24 5
	lw	a5,-56(s0)
	mv	a4,a5
	li	a5,7
	divuw	a5,a4,a5
	sext.w	a1,a5
	lw	a5,-56(s0)
	mv	a4,a5
	li	a5,7
	remuw	a5,a4,a5
	sext.w	a2,a5
	lw	a5,-56(s0)
	srliw	a5,a5,16
	sext.w	a3,a5
	lw	a5,-56(s0)
	mv	a4,a5
	li	a5,1000
	remuw	a5,a4,a5
	sext.w	a5,a5
	mv	a4,a5
	lla	a0,.LC3
	call	printf@plt
	.loc 1 25 14
	lla	a5,.LC4
	ld	a5,0(a5)
	sd	a5,-64(s0)
	.loc 1 26 5
	ld	a4,-64(s0)
	li	a5,999424
	addi	a5,a5,579
	divu	a3,a4,a5
	ld	a4,-64(s0)
	li	a5,999424
	addi	a5,a5,579
	remu	a5,a4,a5
	mv	a2,a5
	mv	a1,a3
	lla	a0,.LC5
	call	printf@plt
	.loc 1 27 14
	sw	zero,-40(s0)
.LBB3:
	.loc 1 28 19
	li	a5,-16
	sw	a5,-44(s0)
	.loc 1 28 5
	j	.L4
.L5:
	.loc 1 29 18 discriminator 3
	lw	a5,-44(s0)
	srliw	a5,a5,31
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 29 13 discriminator 3
	lw	a4,-40(s0)
	addw	a5,a4,a5
	sw	a5,-40(s0)
	.loc 1 28 45 discriminator 3
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L4:
	.loc 1 28 38 discriminator 1
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,5
	bne	a4,a5,.L5
.LBE3:
	.loc 1 30 5
	lw	a5,-40(s0)
	mv	a1,a5
	lla	a0,.LC6
	call	printf@plt
	.loc 1 31 23
	lhu	a5,-20(s0)
	andi	a5,a5,0xff
	.loc 1 31 12
	lbu	a4,-17(s0)
	xor	a5,a5,a4
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 32 1
	mv	a0,a5
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC4:
	.dword	-81985529216486896
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1d4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x4
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
	.byte	0x5
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
	.byte	0x6
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
	.byte	0x7
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x70
	.4byte	0xea
	.byte	0x8
	.4byte	0xea
	.byte	0x9
	.byte	0
	.byte	0xa
	.byte	0x8
	.4byte	0x9d
	.byte	0xb
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x70
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.string	"a8"
	.byte	0x7
	.byte	0xd
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x6f
	.byte	0x1
	.string	"a16"
	.byte	0x8
	.byte	0xe
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"a32"
	.byte	0x9
	.byte	0xe
	.4byte	0xba
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"a64"
	.byte	0xa
	.byte	0xe
	.4byte	0xc6
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x1
	.string	"m8"
	.byte	0x12
	.byte	0xd
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x53
	.byte	0x1
	.string	"m16"
	.byte	0x13
	.byte	0xe
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x1
	.string	"m32"
	.byte	0x14
	.byte	0xe
	.4byte	0xba
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x1
	.string	"d"
	.byte	0x17
	.byte	0xe
	.4byte	0xba
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.string	"big"
	.byte	0x19
	.byte	0xe
	.4byte	0xc6
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x1
	.string	"cmp"
	.byte	0x1b
	.byte	0xe
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0xc
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x1b8
	.byte	0x1
	.string	"i"
	.byte	0xb
	.byte	0xe
	.4byte	0x70
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0xd
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"x"
	.byte	0x1c
	.byte	0x13
	.4byte	0xba
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x5
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
	.byte	0x6
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0x7c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/unsigned_wrap.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
