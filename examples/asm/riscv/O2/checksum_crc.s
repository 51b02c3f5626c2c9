	.file	"checksum_crc.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/checksum_crc.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"bytes %lu\ncrc32 %08x\nadler32 %08x\nfletcher16 %04x\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB12:
	.file 1 "programs/checksum_crc.c"
	.loc 1 14 1
	.cfi_startproc
	.loc 1 15 5
.LVL0:
	.loc 1 16 5
	.loc 1 17 5
	.loc 1 18 5
	.loc 1 19 5
	.loc 1 20 5
	.loc 1 14 1 is_stmt 0
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sd	s5,40(sp)
	.cfi_offset 21, -56
	la	s5,stdin
.LBB11:
.LBB12:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/stdio.h"
	.loc 2 49 10
	ld	a0,0(s5)
.LBE12:
.LBE11:
	.loc 1 14 1
	sd	s1,72(sp)
	sd	s6,32(sp)
	.cfi_offset 9, -24
	.cfi_offset 22, -64
.LBB17:
	.loc 1 23 11
	li	s1,65536
.LBB18:
.LBB19:
.LBB20:
	.loc 1 9 41
	li	s6,-306675712
.LBE20:
.LBE19:
.LBE18:
.LBE17:
	.loc 1 14 1
	sd	s0,80(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	sd	s10,0(sp)
	sd	ra,88(sp)
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.cfi_offset 1, -8
	.loc 1 20 28
	li	s4,-1
	.loc 1 18 19
	li	s2,0
.LVL1:
	.loc 1 17 22
	li	s7,0
.LVL2:
	.loc 1 17 14
	li	s10,0
.LVL3:
	.loc 1 16 21
	li	s8,0
.LVL4:
	.loc 1 16 14
	li	s9,1
.LVL5:
	.loc 1 15 14
	li	s0,-1
.LVL6:
	.loc 1 20 28 is_stmt 1
.LBB28:
.LBB13:
	.loc 2 49 3
.LBE13:
.LBE28:
.LBB29:
.LBB26:
.LBB24:
.LBB21:
	.loc 1 9 41 is_stmt 0
	addi	s6,s6,800
.LBE21:
.LBE24:
.LBE26:
	.loc 1 23 11
	addiw	s1,s1,-15
	.loc 1 25 37
	li	s3,255
.LBE29:
.LBB30:
.LBB14:
	.loc 2 49 10
	call	getc@plt
.LVL7:
.LBE14:
.LBE30:
	.loc 1 20 28
	beq	a0,s4,.L8
.L4:
.LBB31:
	.loc 1 21 9 is_stmt 1
.LVL8:
	.loc 1 22 9
.LBB27:
.LBB25:
	.loc 1 7 5
	.loc 1 7 9 is_stmt 0
	andi	a2,a0,0xff
	mv	a0,a2
.LVL9:
	xor	s0,s0,a2
.LVL10:
	.loc 1 8 5 is_stmt 1
.LBB22:
	.loc 1 8 10
	.loc 1 8 23
.LBE22:
	.loc 1 7 9 is_stmt 0
	li	a3,8
.LVL11:
.L3:
.LBB23:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 49 is_stmt 0
	andi	a5,s0,1
	.loc 1 9 43
	negw	a5,a5
	.loc 1 9 20
	srliw	s0,s0,1
.LVL12:
	.loc 1 9 41
	and	a5,a5,s6
	.loc 1 9 13
	xor	a5,a5,s0
	.loc 1 8 23
	addiw	a3,a3,-1
	.loc 1 9 13
	sext.w	s0,a5
.LVL13:
	.loc 1 8 29 is_stmt 1
	.loc 1 8 23
	bne	a3,zero,.L3
.LBE23:
	.loc 1 10 5
.LVL14:
.LBE25:
.LBE27:
	.loc 1 23 9
	.loc 1 25 29 is_stmt 0
	addw	a0,s10,a0
.LVL15:
	.loc 1 25 37
	remw	a0,a0,s3
	.loc 1 23 16
	addw	a5,s9,a2
	.loc 1 27 10
	addi	s2,s2,1
.LVL16:
	.loc 1 26 29
	addw	s7,s7,a0
.LVL17:
	.loc 1 23 11
	remuw	s9,a5,s1
.LVL18:
	.loc 1 25 12
	andi	s10,a0,0xff
.LVL19:
.LBE31:
.LBB32:
.LBB15:
	.loc 2 49 10
	ld	a0,0(s5)
.LBE15:
.LBE32:
.LBB33:
	.loc 1 26 35
	remw	s7,s7,s3
	.loc 1 24 16
	addw	s8,s8,s9
.LVL20:
	.loc 1 24 9 is_stmt 1
	.loc 1 26 12 is_stmt 0
	slli	s7,s7,48
	.loc 1 24 11
	remuw	s8,s8,s1
	.loc 1 25 9 is_stmt 1
.LVL21:
	.loc 1 26 9
	.loc 1 26 12 is_stmt 0
	srli	s7,s7,48
.LVL22:
	.loc 1 27 9 is_stmt 1
.LBE33:
	.loc 1 20 28
.LBB34:
.LBB16:
	.loc 2 49 3
	.loc 2 49 10 is_stmt 0
	call	getc@plt
.LVL23:
.LBE16:
.LBE34:
	.loc 1 20 28
	bne	a0,s4,.L4
.LVL24:
.L8:
	.loc 1 29 5 is_stmt 1
	.loc 1 30 81 is_stmt 0
	slliw	s8,s8,16
.LVL25:
	.loc 1 29 9
	not	s0,s0
.LVL26:
	.loc 1 30 5 is_stmt 1
	or	a3,s9,s8
	.loc 1 30 114 is_stmt 0
	slli	a4,s7,8
	.loc 1 30 5
	or	a4,a4,s10
	mv	a2,s0
	mv	a1,s2
	sext.w	a3,a3
	lla	a0,.LC0
.LVL27:
	call	printf@plt
.LVL28:
	.loc 1 31 5 is_stmt 1
	.loc 1 32 1 is_stmt 0
	ld	ra,88(sp)
	.cfi_restore 1
	andi	a0,s0,63
	ld	s0,80(sp)
	.cfi_restore 8
.LVL29:
	ld	s1,72(sp)
	.cfi_restore 9
	ld	s2,64(sp)
	.cfi_restore 18
.LVL30:
	ld	s3,56(sp)
	.cfi_restore 19
	ld	s4,48(sp)
	.cfi_restore 20
	ld	s5,40(sp)
	.cfi_restore 21
	ld	s6,32(sp)
	.cfi_restore 22
	ld	s7,24(sp)
	.cfi_restore 23
.LVL31:
	ld	s8,16(sp)
	.cfi_restore 24
	ld	s9,8(sp)
	.cfi_restore 25
.LVL32:
	ld	s10,0(sp)
	.cfi_restore 26
.LVL33:
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.text
.Letext0:
	.file 3 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 8 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x46c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xe
	.4byte	.LASF55
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL15
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x2
	.4byte	.LASF7
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x2
	.4byte	.LASF8
	.byte	0x4
	.byte	0x26
	.byte	0x17
	.4byte	0x3d
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.byte	0x2
	.4byte	.LASF10
	.byte	0x4
	.byte	0x28
	.byte	0x1c
	.4byte	0x44
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.4byte	.LASF11
	.byte	0x4
	.byte	0x2a
	.byte	0x16
	.4byte	0x4b
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0x2
	.4byte	.LASF13
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x8b
	.byte	0x2
	.4byte	.LASF14
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x8b
	.byte	0x10
	.byte	0x8
	.byte	0x4
	.4byte	0xb1
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.byte	0x11
	.4byte	0xb1
	.byte	0x12
	.4byte	.LASF56
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x227
	.byte	0x1
	.4byte	.LASF16
	.byte	0x33
	.byte	0x7
	.4byte	0x78
	.byte	0
	.byte	0x1
	.4byte	.LASF17
	.byte	0x36
	.byte	0x9
	.4byte	0xac
	.byte	0x8
	.byte	0x1
	.4byte	.LASF18
	.byte	0x37
	.byte	0x9
	.4byte	0xac
	.byte	0x10
	.byte	0x1
	.4byte	.LASF19
	.byte	0x38
	.byte	0x9
	.4byte	0xac
	.byte	0x18
	.byte	0x1
	.4byte	.LASF20
	.byte	0x39
	.byte	0x9
	.4byte	0xac
	.byte	0x20
	.byte	0x1
	.4byte	.LASF21
	.byte	0x3a
	.byte	0x9
	.4byte	0xac
	.byte	0x28
	.byte	0x1
	.4byte	.LASF22
	.byte	0x3b
	.byte	0x9
	.4byte	0xac
	.byte	0x30
	.byte	0x1
	.4byte	.LASF23
	.byte	0x3c
	.byte	0x9
	.4byte	0xac
	.byte	0x38
	.byte	0x1
	.4byte	.LASF24
	.byte	0x3d
	.byte	0x9
	.4byte	0xac
	.byte	0x40
	.byte	0x1
	.4byte	.LASF25
	.byte	0x40
	.byte	0x9
	.4byte	0xac
	.byte	0x48
	.byte	0x1
	.4byte	.LASF26
	.byte	0x41
	.byte	0x9
	.4byte	0xac
	.byte	0x50
	.byte	0x1
	.4byte	.LASF27
	.byte	0x42
	.byte	0x9
	.4byte	0xac
	.byte	0x58
	.byte	0x1
	.4byte	.LASF28
	.byte	0x44
	.byte	0x16
	.4byte	0x240
	.byte	0x60
	.byte	0x1
	.4byte	.LASF29
	.byte	0x46
	.byte	0x14
	.4byte	0x245
	.byte	0x68
	.byte	0x1
	.4byte	.LASF30
	.byte	0x48
	.byte	0x7
	.4byte	0x78
	.byte	0x70
	.byte	0x1
	.4byte	.LASF31
	.byte	0x49
	.byte	0x7
	.4byte	0x78
	.byte	0x74
	.byte	0x1
	.4byte	.LASF32
	.byte	0x4a
	.byte	0xb
	.4byte	0x92
	.byte	0x78
	.byte	0x1
	.4byte	.LASF33
	.byte	0x4d
	.byte	0x12
	.4byte	0x44
	.byte	0x80
	.byte	0x1
	.4byte	.LASF34
	.byte	0x4e
	.byte	0xf
	.4byte	0x52
	.byte	0x82
	.byte	0x1
	.4byte	.LASF35
	.byte	0x4f
	.byte	0x8
	.4byte	0x24a
	.byte	0x83
	.byte	0x1
	.4byte	.LASF36
	.byte	0x51
	.byte	0xf
	.4byte	0x25a
	.byte	0x88
	.byte	0x1
	.4byte	.LASF37
	.byte	0x59
	.byte	0xd
	.4byte	0x9e
	.byte	0x90
	.byte	0x1
	.4byte	.LASF38
	.byte	0x5b
	.byte	0x17
	.4byte	0x264
	.byte	0x98
	.byte	0x1
	.4byte	.LASF39
	.byte	0x5c
	.byte	0x19
	.4byte	0x26e
	.byte	0xa0
	.byte	0x1
	.4byte	.LASF40
	.byte	0x5d
	.byte	0x14
	.4byte	0x245
	.byte	0xa8
	.byte	0x1
	.4byte	.LASF41
	.byte	0x5e
	.byte	0x9
	.4byte	0xaa
	.byte	0xb0
	.byte	0x1
	.4byte	.LASF42
	.byte	0x5f
	.byte	0xa
	.4byte	0x2a
	.byte	0xb8
	.byte	0x1
	.4byte	.LASF43
	.byte	0x60
	.byte	0x7
	.4byte	0x78
	.byte	0xc0
	.byte	0x1
	.4byte	.LASF44
	.byte	0x62
	.byte	0x8
	.4byte	0x273
	.byte	0xc4
	.byte	0
	.byte	0x2
	.4byte	.LASF45
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0xbd
	.byte	0x13
	.4byte	.LASF57
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.byte	0x7
	.4byte	.LASF46
	.byte	0x4
	.4byte	0x23b
	.byte	0x4
	.4byte	0xbd
	.byte	0x8
	.4byte	0xb1
	.4byte	0x25a
	.byte	0x9
	.4byte	0x36
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x233
	.byte	0x7
	.4byte	.LASF47
	.byte	0x4
	.4byte	0x25f
	.byte	0x7
	.4byte	.LASF48
	.byte	0x4
	.4byte	0x269
	.byte	0x8
	.4byte	0xb1
	.4byte	0x283
	.byte	0x9
	.4byte	0x36
	.byte	0x13
	.byte	0
	.byte	0x14
	.4byte	.LASF58
	.byte	0x8
	.byte	0x8f
	.byte	0xe
	.4byte	0x28f
	.byte	0x4
	.4byte	0x227
	.byte	0x2
	.4byte	.LASF49
	.byte	0x7
	.byte	0x18
	.byte	0x13
	.4byte	0x59
	.byte	0x2
	.4byte	.LASF50
	.byte	0x7
	.byte	0x19
	.byte	0x14
	.4byte	0x6c
	.byte	0x2
	.4byte	.LASF51
	.byte	0x7
	.byte	0x1a
	.byte	0x14
	.4byte	0x7f
	.byte	0xa
	.4byte	.LASF52
	.2byte	0x202
	.4byte	0x78
	.4byte	0x2cd
	.byte	0xb
	.4byte	0x28f
	.byte	0
	.byte	0xa
	.4byte	.LASF53
	.2byte	0x164
	.4byte	0x78
	.4byte	0x2e3
	.byte	0xb
	.4byte	0x2e3
	.byte	0x15
	.byte	0
	.byte	0x4
	.4byte	0xb8
	.byte	0x16
	.4byte	.LASF59
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x78
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x42c
	.byte	0x5
	.string	"crc"
	.byte	0xf
	.byte	0xe
	.4byte	0x2ac
	.4byte	.LLST0
	.byte	0x5
	.string	"a"
	.byte	0x10
	.byte	0xe
	.4byte	0x2ac
	.4byte	.LLST1
	.byte	0x5
	.string	"b"
	.byte	0x10
	.byte	0x15
	.4byte	0x2ac
	.4byte	.LLST2
	.byte	0x5
	.string	"f1"
	.byte	0x11
	.byte	0xe
	.4byte	0x2a0
	.4byte	.LLST3
	.byte	0x5
	.string	"f2"
	.byte	0x11
	.byte	0x16
	.4byte	0x2a0
	.4byte	.LLST4
	.byte	0x5
	.string	"n"
	.byte	0x12
	.byte	0x13
	.4byte	0x36
	.4byte	.LLST5
	.byte	0x5
	.string	"c"
	.byte	0x13
	.byte	0x9
	.4byte	0x78
	.4byte	.LLST6
	.byte	0x17
	.4byte	.LLRL8
	.4byte	0x3bd
	.byte	0x18
	.4byte	.LASF54
	.byte	0x1
	.byte	0x15
	.byte	0x11
	.4byte	0x294
	.4byte	.LLST9
	.byte	0x19
	.4byte	0x42c
	.8byte	.LBB18
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x16
	.byte	0xf
	.byte	0xc
	.4byte	0x449
	.4byte	.LLST11
	.byte	0xc
	.4byte	0x43d
	.4byte	.LLST12
	.byte	0x1a
	.4byte	0x455
	.4byte	.LLRL13
	.byte	0x1b
	.4byte	0x456
	.4byte	.LLST14
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1c
	.4byte	0x462
	.8byte	.LBB11
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x14
	.byte	0x11
	.4byte	0x3f0
	.byte	0xd
	.8byte	.LVL7
	.4byte	0x2b8
	.byte	0xd
	.8byte	.LVL23
	.4byte	0x2b8
	.byte	0
	.byte	0x1d
	.8byte	.LVL28
	.4byte	0x2cd
	.byte	0x6
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x6
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x6
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x6
	.byte	0x1
	.byte	0x5d
	.byte	0x5
	.byte	0x89
	.byte	0
	.byte	0x88
	.byte	0
	.byte	0x21
	.byte	0x6
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.byte	0x87
	.byte	0
	.byte	0x38
	.byte	0x24
	.byte	0x8a
	.byte	0
	.byte	0x21
	.byte	0
	.byte	0
	.byte	0x1e
	.4byte	.LASF60
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x2ac
	.byte	0x1
	.4byte	0x462
	.byte	0x1f
	.string	"crc"
	.byte	0x1
	.byte	0x5
	.byte	0x27
	.4byte	0x2ac
	.byte	0x20
	.4byte	.LASF54
	.byte	0x1
	.byte	0x5
	.byte	0x34
	.4byte	0x294
	.byte	0x21
	.byte	0x22
	.string	"k"
	.byte	0x1
	.byte	0x8
	.byte	0xe
	.4byte	0x78
	.byte	0
	.byte	0
	.byte	0x23
	.4byte	.LASF61
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x78
	.byte	0x3
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x5
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
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
	.byte	0x4
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x13
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3c
	.byte	0x19
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
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x8
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0x21
	.byte	0xc
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
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
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
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
	.byte	0x48
	.byte	0x1
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
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0
	.byte	0
	.byte	0x21
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x23
	.byte	0x2e
	.byte	0
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
	.8byte	.LVL6
	.byte	0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL29
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL5
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL18
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL32
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL4
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL20
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL25
	.byte	0x1
	.byte	0x68
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL19
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL33
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL17
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL31
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL16
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL22
	.byte	0x3
	.byte	0x82
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL30
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL23-1
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL12
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
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
.LLRL7:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LFB12
	.8byte	.LFE12
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF24:
	.string	"_IO_buf_end"
.LASF32:
	.string	"_old_offset"
.LASF52:
	.string	"getc"
.LASF27:
	.string	"_IO_save_end"
.LASF9:
	.string	"short int"
.LASF7:
	.string	"size_t"
.LASF37:
	.string	"_offset"
.LASF21:
	.string	"_IO_write_ptr"
.LASF16:
	.string	"_flags"
.LASF11:
	.string	"__uint32_t"
.LASF10:
	.string	"__uint16_t"
.LASF28:
	.string	"_markers"
.LASF18:
	.string	"_IO_read_end"
.LASF41:
	.string	"_freeres_buf"
.LASF49:
	.string	"uint8_t"
.LASF61:
	.string	"getchar"
.LASF36:
	.string	"_lock"
.LASF12:
	.string	"long int"
.LASF53:
	.string	"printf"
.LASF33:
	.string	"_cur_column"
.LASF8:
	.string	"__uint8_t"
.LASF56:
	.string	"_IO_FILE"
.LASF3:
	.string	"unsigned char"
.LASF60:
	.string	"crc32_update"
.LASF6:
	.string	"signed char"
.LASF38:
	.string	"_codecvt"
.LASF51:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF46:
	.string	"_IO_marker"
.LASF35:
	.string	"_shortbuf"
.LASF20:
	.string	"_IO_write_base"
.LASF44:
	.string	"_unused2"
.LASF17:
	.string	"_IO_read_ptr"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"char"
.LASF50:
	.string	"uint16_t"
.LASF59:
	.string	"main"
.LASF39:
	.string	"_wide_data"
.LASF40:
	.string	"_freeres_list"
.LASF42:
	.string	"__pad5"
.LASF47:
	.string	"_IO_codecvt"
.LASF2:
	.string	"long unsigned int"
.LASF22:
	.string	"_IO_write_end"
.LASF14:
	.string	"__off64_t"
.LASF13:
	.string	"__off_t"
.LASF29:
	.string	"_chain"
.LASF48:
	.string	"_IO_wide_data"
.LASF54:
	.string	"byte"
.LASF55:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF26:
	.string	"_IO_backup_base"
.LASF58:
	.string	"stdin"
.LASF23:
	.string	"_IO_buf_base"
.LASF31:
	.string	"_flags2"
.LASF43:
	.string	"_mode"
.LASF19:
	.string	"_IO_read_base"
.LASF34:
	.string	"_vtable_offset"
.LASF25:
	.string	"_IO_save_base"
.LASF30:
	.string	"_fileno"
.LASF45:
	.string	"FILE"
.LASF57:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/checksum_crc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
