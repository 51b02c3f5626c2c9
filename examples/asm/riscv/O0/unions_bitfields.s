	.file	"unions_bitfields.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/unions_bitfields.c"
	.section	.rodata
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
.LFB0:
	.file 1 "programs/unions_bitfields.c"
	.loc 1 21 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	.loc 1 22 19
	sw	zero,-32(s0)
	.loc 1 23 14
	sw	zero,-20(s0)
.LBB2:
	.loc 1 24 14
	sw	zero,-24(s0)
	.loc 1 24 5
	j	.L2
.L3:
.LBB3:
	.loc 1 25 34 discriminator 3
	lw	a5,-24(s0)
	andi	a5,a5,0xff
	addiw	a5,a5,5
	andi	a5,a5,0xff
	.loc 1 25 21 discriminator 3
	andi	a5,a5,7
	andi	a5,a5,0xff
	.loc 1 25 19 discriminator 3
	andi	a5,a5,7
	lw	a4,-32(s0)
	andi	a4,a4,-8
	or	a5,a4,a5
	sw	a5,-32(s0)
	.loc 1 26 19 discriminator 3
	lw	a5,-24(s0)
	andi	a5,a5,31
	andi	a5,a5,0xff
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,3
	subw	a5,a5,a4
	andi	a5,a5,31
	andi	a5,a5,0xff
	.loc 1 26 17 discriminator 3
	andi	a5,a5,31
	slliw	a5,a5,3
	lw	a4,-32(s0)
	andi	a4,a4,-249
	or	a5,a4,a5
	sw	a5,-32(s0)
	.loc 1 27 40 discriminator 3
	lw	a5,-24(s0)
	slli	a4,a5,48
	srli	a4,a4,48
	li	a5,1000
	mulw	a5,a4,a5
	slli	a5,a5,48
	srli	a5,a5,48
	addiw	a5,a5,17
	slli	a5,a5,48
	srli	a5,a5,48
	.loc 1 27 20 discriminator 3
	mv	a4,a5
	li	a5,4096
	addi	a5,a5,-1
	and	a5,a4,a5
	slli	a4,a5,48
	srli	a4,a4,48
	.loc 1 27 18 discriminator 3
	li	a5,4096
	addi	a5,a5,-1
	and	a5,a4,a5
	slliw	a5,a5,8
	lw	a4,-32(s0)
	mv	a3,a4
	li	a4,-1048576
	addi	a4,a4,255
	and	a4,a3,a4
	or	a5,a4,a5
	sw	a5,-32(s0)
	.loc 1 28 31 discriminator 3
	lw	a5,-24(s0)
	slli	a4,a5,48
	srli	a4,a4,48
	li	a5,-500
	mulw	a5,a4,a5
	slli	a5,a5,48
	srli	a5,a5,48
	addiw	a5,a5,300
	slli	a5,a5,48
	srli	a5,a5,48
	slliw	a5,a5,4
	slliw	a5,a5,16
	sraiw	a5,a5,16
	sraiw	a5,a5,4
	slliw	a5,a5,16
	sraiw	a5,a5,16
	.loc 1 28 18 discriminator 3
	slliw	a5,a5,16
	srliw	a5,a5,16
	slliw	a5,a5,20
	lw	a4,-32(s0)
	mv	a3,a4
	li	a4,1048576
	addi	a4,a4,-1
	and	a4,a3,a4
	or	a5,a4,a5
	sw	a5,-32(s0)
	.loc 1 30 9 discriminator 3
	lw	a5,-32(s0)
	sw	a5,-44(s0)
	.loc 1 31 55 discriminator 3
	ld	a5,-32(s0)
	andi	a5,a5,7
	andi	a5,a5,0xff
	.loc 1 31 9 discriminator 3
	sext.w	a1,a5
	.loc 1 31 66 discriminator 3
	ld	a5,-32(s0)
	srli	a5,a5,3
	andi	a5,a5,31
	andi	a5,a5,0xff
	.loc 1 31 9 discriminator 3
	sext.w	a2,a5
	.loc 1 31 75 discriminator 3
	ld	a5,-32(s0)
	srli	a5,a5,8
	mv	a4,a5
	li	a5,4096
	addi	a5,a5,-1
	and	a5,a4,a5
	slli	a5,a5,48
	srli	a5,a5,48
	.loc 1 31 9 discriminator 3
	sext.w	a3,a5
	.loc 1 31 85 discriminator 3
	ld	a5,-32(s0)
	sraiw	a5,a5,20
	slliw	a5,a5,16
	sraiw	a5,a5,16
	.loc 1 31 9 discriminator 3
	mv	a4,a5
	lw	a5,-44(s0)
	lla	a0,.LC0
	call	printf@plt
	.loc 1 32 15 discriminator 3
	lw	a5,-44(s0)
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-20(s0)
.LBE3:
	.loc 1 24 29 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L2:
	.loc 1 24 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L3
.LBE2:
	.loc 1 35 9
	li	a5,-2143281152
	addi	a5,a5,16
	sw	a5,-40(s0)
	.loc 1 36 5
	lw	a1,-40(s0)
	lw	a2,-40(s0)
	.loc 1 36 84
	lhu	a5,-40(s0)
	.loc 1 36 5
	sext.w	a3,a5
	.loc 1 36 95
	lhu	a5,-38(s0)
	.loc 1 36 5
	sext.w	a4,a5
	.loc 1 37 18
	lbu	a5,-40(s0)
	.loc 1 36 5
	sext.w	a0,a5
	.loc 1 37 29
	lbu	a5,-39(s0)
	.loc 1 36 5
	sext.w	a6,a5
	.loc 1 37 40
	lbu	a5,-38(s0)
	.loc 1 36 5
	sext.w	a7,a5
	.loc 1 37 51
	lbu	a5,-37(s0)
	.loc 1 36 5
	sext.w	a5,a5
	sd	a5,0(sp)
	mv	a5,a0
	lla	a0,.LC1
	call	printf@plt
	.loc 1 38 15
	li	a5,127
	sb	a5,-37(s0)
	.loc 1 39 5
	lw	a5,-40(s0)
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 40 24
	lw	a5,-20(s0)
	.loc 1 40 12
	andi	a5,a5,127
	sext.w	a5,a5
	.loc 1 41 1
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
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x209
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF25
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x2
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x35
	.byte	0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x2
	.4byte	.LASF9
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x3c
	.byte	0x2
	.4byte	.LASF10
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x7c
	.byte	0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.4byte	.LASF11
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.byte	0xc
	.4byte	0x96
	.byte	0x2
	.4byte	.LASF14
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x70
	.byte	0x2
	.4byte	.LASF15
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x51
	.byte	0x2
	.4byte	.LASF16
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x64
	.byte	0x2
	.4byte	.LASF17
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x83
	.byte	0xd
	.byte	0x8
	.4byte	0x9d
	.byte	0xe
	.4byte	.LASF26
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0x11a
	.byte	0x3
	.4byte	.LASF18
	.byte	0x7
	.byte	0xe
	.4byte	0x43
	.byte	0x3
	.byte	0
	.byte	0x3
	.4byte	.LASF19
	.byte	0x8
	.byte	0xe
	.4byte	0x43
	.byte	0x5
	.byte	0x3
	.byte	0x3
	.4byte	.LASF20
	.byte	0x9
	.byte	0xe
	.4byte	0x43
	.byte	0xc
	.byte	0x8
	.byte	0x3
	.4byte	.LASF21
	.byte	0xa
	.byte	0xc
	.4byte	0x7c
	.byte	0xc
	.byte	0x14
	.byte	0
	.byte	0xf
	.4byte	.LASF27
	.byte	0x4
	.byte	0x1
	.byte	0xd
	.byte	0x7
	.4byte	0x150
	.byte	0x5
	.string	"u"
	.byte	0xe
	.byte	0xe
	.4byte	0xc6
	.byte	0x5
	.string	"i"
	.byte	0xf
	.byte	0xd
	.4byte	0xa2
	.byte	0x6
	.4byte	.LASF22
	.byte	0x10
	.byte	0xe
	.4byte	0x150
	.byte	0x6
	.4byte	.LASF23
	.byte	0x11
	.byte	0xd
	.4byte	0x160
	.byte	0
	.byte	0x7
	.4byte	0xba
	.4byte	0x160
	.byte	0x8
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.byte	0x7
	.4byte	0xae
	.4byte	0x170
	.byte	0x8
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.byte	0x10
	.4byte	.LASF28
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x7c
	.4byte	0x188
	.byte	0x11
	.4byte	0xd2
	.byte	0x12
	.byte	0
	.byte	0x13
	.4byte	.LASF29
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x7c
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x4
	.string	"h"
	.byte	0x16
	.byte	0x13
	.4byte	0xd8
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x14
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0xe
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x4
	.string	"w"
	.byte	0x22
	.byte	0x10
	.4byte	0x11a
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x9
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x4
	.string	"i"
	.byte	0x18
	.byte	0xe
	.4byte	0x7c
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x9
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x4
	.string	"raw"
	.byte	0x1d
	.byte	0x12
	.4byte	0xc6
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x2
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
	.byte	0x3
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
	.byte	0x6
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
	.byte	0x7
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xc
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x14
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
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
