	.file	"checksum_crc.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/checksum_crc.c"
	.align	1
	.type	crc32_update, @function
crc32_update:
.LFB0:
	.file 1 "programs/checksum_crc.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sw	a5,-36(s0)
	mv	a5,a4
	sb	a5,-37(s0)
	.loc 1 7 9
	lbu	a5,-37(s0)
	sext.w	a5,a5
	lw	a4,-36(s0)
	xor	a5,a4,a5
	sw	a5,-36(s0)
.LBB2:
	.loc 1 8 14
	sw	zero,-20(s0)
	.loc 1 8 5
	j	.L2
.L3:
	.loc 1 9 20 discriminator 3
	lw	a5,-36(s0)
	srliw	a5,a5,1
	sext.w	a4,a5
	.loc 1 9 49 discriminator 3
	lw	a5,-36(s0)
	andi	a5,a5,1
	sext.w	a5,a5
	.loc 1 9 43 discriminator 3
	negw	a5,a5
	sext.w	a5,a5
	.loc 1 9 41 discriminator 3
	mv	a3,a5
	li	a5,-306675712
	addi	a5,a5,800
	and	a5,a3,a5
	sext.w	a5,a5
	.loc 1 9 13 discriminator 3
	xor	a5,a4,a5
	sw	a5,-36(s0)
	.loc 1 8 29 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 8 23 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,7
	ble	a4,a5,.L3
.LBE2:
	.loc 1 10 12
	lw	a5,-36(s0)
	.loc 1 11 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	crc32_update, .-crc32_update
	.section	.rodata
	.align	3
.LC0:
	.string	"bytes %lu\ncrc32 %08x\nadler32 %08x\nfletcher16 %04x\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB1:
	.loc 1 14 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	.loc 1 15 14
	li	a5,-1
	sw	a5,-20(s0)
	.loc 1 16 14
	li	a5,1
	sw	a5,-24(s0)
	.loc 1 16 21
	sw	zero,-28(s0)
	.loc 1 17 14
	sh	zero,-30(s0)
	.loc 1 17 22
	sh	zero,-32(s0)
	.loc 1 18 19
	sd	zero,-40(s0)
	.loc 1 20 11
	j	.L6
.L7:
.LBB3:
	.loc 1 21 17
	lw	a5,-44(s0)
	sb	a5,-45(s0)
	.loc 1 22 15
	lbu	a4,-45(s0)
	lw	a5,-20(s0)
	mv	a1,a4
	mv	a0,a5
	call	crc32_update
	mv	a5,a0
	sw	a5,-20(s0)
	.loc 1 23 16
	lbu	a5,-45(s0)
	sext.w	a5,a5
	lw	a4,-24(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 23 11
	mv	a4,a5
	li	a5,65536
	addiw	a5,a5,-15
	remuw	a5,a4,a5
	sw	a5,-24(s0)
	.loc 1 24 16
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 24 11
	mv	a4,a5
	li	a5,65536
	addiw	a5,a5,-15
	remuw	a5,a4,a5
	sw	a5,-28(s0)
	.loc 1 25 29
	lhu	a5,-30(s0)
	sext.w	a4,a5
	lbu	a5,-45(s0)
	sext.w	a5,a5
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 25 37
	mv	a4,a5
	li	a5,255
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 25 12
	sh	a5,-30(s0)
	.loc 1 26 29
	lhu	a5,-32(s0)
	sext.w	a4,a5
	lhu	a5,-30(s0)
	sext.w	a5,a5
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 26 35
	mv	a4,a5
	li	a5,255
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 26 12
	sh	a5,-32(s0)
	.loc 1 27 10
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
.L6:
.LBE3:
	.loc 1 20 17
	call	getchar@plt
	mv	a5,a0
	sw	a5,-44(s0)
	.loc 1 20 28
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,-1
	bne	a4,a5,.L7
	.loc 1 29 9
	lw	a5,-20(s0)
	not	a5,a5
	sw	a5,-20(s0)
	.loc 1 30 81
	lw	a5,-28(s0)
	slliw	a5,a5,16
	sext.w	a5,a5
	.loc 1 30 5
	lw	a4,-24(s0)
	or	a5,a4,a5
	sext.w	a3,a5
	.loc 1 30 108
	lhu	a5,-32(s0)
	sext.w	a5,a5
	slliw	a5,a5,8
	sext.w	a4,a5
	.loc 1 30 114
	lhu	a5,-30(s0)
	sext.w	a5,a5
	or	a5,a4,a5
	sext.w	a5,a5
	.loc 1 30 5
	sext.w	a4,a5
	lw	a5,-20(s0)
	mv	a2,a5
	ld	a1,-40(s0)
	lla	a0,.LC0
	call	printf@plt
	.loc 1 31 22
	lw	a5,-20(s0)
	.loc 1 31 12
	andi	a5,a5,63
	sext.w	a5,a5
	.loc 1 32 1
	mv	a0,a5
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1d9
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x5
	.4byte	.LASF17
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
	.byte	0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x35
	.byte	0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x3
	.4byte	.LASF9
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x3c
	.byte	0x6
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x7
	.4byte	0x8a
	.byte	0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x13
	.4byte	0x51
	.byte	0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x14
	.4byte	0x64
	.byte	0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x77
	.byte	0x8
	.4byte	.LASF18
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x70
	.4byte	0xd2
	.byte	0x9
	.4byte	0xd2
	.byte	0xa
	.byte	0
	.byte	0xb
	.byte	0x8
	.4byte	0x91
	.byte	0xc
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x208
	.byte	0xc
	.4byte	0x70
	.byte	0xd
	.4byte	.LASF20
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x70
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x181
	.byte	0x2
	.string	"crc"
	.byte	0xf
	.byte	0xe
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.string	"a"
	.byte	0x10
	.byte	0xe
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"b"
	.byte	0x10
	.byte	0x15
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x2
	.string	"f1"
	.byte	0x11
	.byte	0xe
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x62
	.byte	0x2
	.string	"f2"
	.byte	0x11
	.byte	0x16
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x2
	.string	"n"
	.byte	0x12
	.byte	0x13
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"c"
	.byte	0x13
	.byte	0x9
	.4byte	0x70
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x4
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0xe
	.4byte	.LASF16
	.byte	0x1
	.byte	0x15
	.byte	0x11
	.4byte	0x96
	.byte	0x2
	.byte	0x91
	.byte	0x53
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF21
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0xae
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x10
	.string	"crc"
	.byte	0x1
	.byte	0x5
	.byte	0x27
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x11
	.4byte	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0x34
	.4byte	0x96
	.byte	0x2
	.byte	0x91
	.byte	0x5b
	.byte	0x4
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"k"
	.byte	0x8
	.byte	0xe
	.4byte	0x70
	.byte	0x2
	.byte	0x91
	.byte	0x6c
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x6
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
	.byte	0x7
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x2e
	.byte	0
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x11
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
.LASF4:
	.string	"short unsigned int"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF10:
	.string	"__uint32_t"
.LASF16:
	.string	"byte"
.LASF2:
	.string	"long unsigned int"
.LASF8:
	.string	"__uint8_t"
.LASF14:
	.string	"uint16_t"
.LASF12:
	.string	"char"
.LASF9:
	.string	"__uint16_t"
.LASF13:
	.string	"uint8_t"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"main"
.LASF15:
	.string	"uint32_t"
.LASF11:
	.string	"long int"
.LASF18:
	.string	"printf"
.LASF21:
	.string	"crc32_update"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF19:
	.string	"getchar"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/checksum_crc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
