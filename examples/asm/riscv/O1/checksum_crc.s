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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB12:
	.file 1 "programs/checksum_crc.c"
	.loc 1 14 1
	.cfi_startproc
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
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
	.loc 1 15 5
.LVL0:
	.loc 1 16 5
	.loc 1 17 5
	.loc 1 18 5
	.loc 1 19 5
	.loc 1 20 5
	.loc 1 18 19 is_stmt 0
	li	s6,0
	.loc 1 17 22
	li	s3,0
	.loc 1 17 14
	li	s7,0
	.loc 1 16 21
	li	s4,0
	.loc 1 16 14
	li	s2,1
	.loc 1 15 14
	li	s0,-1
.LBB11:
.LBB12:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/stdio.h"
	.loc 2 49 10
	la	s10,stdin
.LBE12:
.LBE11:
	.loc 1 20 28
	li	s9,-1
.LBB14:
.LBB15:
.LBB16:
	.loc 1 7 9
	li	s11,8
.LBB17:
	.loc 1 9 41
	li	s1,-306675712
	addi	s1,s1,800
.LBE17:
.LBE16:
.LBE15:
	.loc 1 23 11
	li	s5,65536
	addiw	s5,s5,-15
	.loc 1 25 37
	li	s8,255
.LBE14:
	.loc 1 20 11
	j	.L2
.LVL1:
.L8:
.LBB24:
.LBB22:
.LBB20:
	.loc 1 10 5 is_stmt 1
.LBE20:
.LBE22:
	.loc 1 23 9
	.loc 1 23 16 is_stmt 0
	addw	a0,s2,a0
.LVL2:
	.loc 1 23 11
	remuw	a0,a0,s5
	sext.w	s2,a0
.LVL3:
	.loc 1 24 9 is_stmt 1
	.loc 1 24 16 is_stmt 0
	addw	a0,s4,a0
.LVL4:
	.loc 1 24 11
	remuw	s4,a0,s5
.LVL5:
	.loc 1 25 9 is_stmt 1
	.loc 1 25 29 is_stmt 0
	addw	a5,s7,a3
	.loc 1 25 37
	remw	a5,a5,s8
	.loc 1 25 12
	andi	s7,a5,0xff
.LVL6:
	.loc 1 26 9 is_stmt 1
	.loc 1 26 29 is_stmt 0
	addw	a5,s3,a5
	.loc 1 26 35
	remw	a5,a5,s8
	.loc 1 26 12
	slli	s3,a5,48
.LVL7:
	srli	s3,s3,48
.LVL8:
	.loc 1 27 9 is_stmt 1
	.loc 1 27 10 is_stmt 0
	addi	s6,s6,1
.LVL9:
.L2:
.LBE24:
	.loc 1 20 28 is_stmt 1
.LBB25:
.LBB13:
	.loc 2 49 3
	.loc 2 49 10 is_stmt 0
	ld	a0,0(s10)
	call	getc@plt
.LVL10:
.LBE13:
.LBE25:
	.loc 1 20 28
	beq	a0,s9,.L7
.LBB26:
	.loc 1 21 9 is_stmt 1
.LVL11:
	.loc 1 22 9
.LBB23:
.LBB21:
	.loc 1 7 5
	andi	a3,a0,0xff
	.loc 1 7 9 is_stmt 0
	mv	a0,a3
.LVL12:
	xor	s0,s0,a3
.LVL13:
	.loc 1 8 5 is_stmt 1
.LBB18:
	.loc 1 8 10
	.loc 1 8 23
.LBE18:
	.loc 1 7 9 is_stmt 0
	mv	a5,s11
.LVL14:
.L3:
.LBB19:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 20 is_stmt 0
	srliw	a4,s0,1
	.loc 1 9 49
	andi	s0,s0,1
.LVL15:
	.loc 1 9 43
	negw	s0,s0
	.loc 1 9 41
	and	s0,s0,s1
	.loc 1 9 13
	xor	s0,s0,a4
	sext.w	s0,s0
.LVL16:
	.loc 1 8 29 is_stmt 1
	.loc 1 8 23
	addiw	a5,a5,-1
.LVL17:
	bne	a5,zero,.L3
	j	.L8
.LVL18:
.L7:
.LBE19:
.LBE21:
.LBE23:
.LBE26:
	.loc 1 29 5
	.loc 1 29 9 is_stmt 0
	not	s0,s0
.LVL19:
	.loc 1 30 5 is_stmt 1
	.loc 1 30 114 is_stmt 0
	slli	a4,s3,8
	.loc 1 30 81
	slliw	s4,s4,16
.LVL20:
	.loc 1 30 5
	or	a3,s2,s4
	or	a4,a4,s7
	sext.w	a3,a3
	mv	a2,s0
	mv	a1,s6
	lla	a0,.LC0
.LVL21:
	call	printf@plt
.LVL22:
	.loc 1 31 5 is_stmt 1
	.loc 1 32 1 is_stmt 0
	andi	a0,s0,63
	ld	ra,104(sp)
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
.LVL23:
	ld	s1,88(sp)
	.cfi_restore 9
	ld	s2,80(sp)
	.cfi_restore 18
.LVL24:
	ld	s3,72(sp)
	.cfi_restore 19
.LVL25:
	ld	s4,64(sp)
	.cfi_restore 20
	ld	s5,56(sp)
	.cfi_restore 21
	ld	s6,48(sp)
	.cfi_restore 22
.LVL26:
	ld	s7,40(sp)
	.cfi_restore 23
.LVL27:
	ld	s8,32(sp)
	.cfi_restore 24
	ld	s9,24(sp)
	.cfi_restore 25
	ld	s10,16(sp)
	.cfi_restore 26
	ld	s11,8(sp)
	.cfi_restore 27
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	main, .-main
.Letext0:
	.file 3 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 8 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x463
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF55
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x2
	.4byte	.LASF7
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.4byte	0x41
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.byte	0x2
	.4byte	.LASF10
	.byte	0x4
	.byte	0x28
	.byte	0x1c
	.4byte	0x48
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.4byte	.LASF11
	.byte	0x4
	.byte	0x2a
	.byte	0x16
	.4byte	0x4f
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0x2
	.4byte	.LASF13
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x8f
	.byte	0x2
	.4byte	.LASF14
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x8f
	.byte	0xf
	.byte	0x8
	.byte	0x4
	.4byte	0xb5
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.byte	0x10
	.4byte	0xb5
	.byte	0x11
	.4byte	.LASF56
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x22b
	.byte	0x1
	.4byte	.LASF16
	.byte	0x33
	.byte	0x7
	.4byte	0x7c
	.byte	0
	.byte	0x1
	.4byte	.LASF17
	.byte	0x36
	.byte	0x9
	.4byte	0xb0
	.byte	0x8
	.byte	0x1
	.4byte	.LASF18
	.byte	0x37
	.byte	0x9
	.4byte	0xb0
	.byte	0x10
	.byte	0x1
	.4byte	.LASF19
	.byte	0x38
	.byte	0x9
	.4byte	0xb0
	.byte	0x18
	.byte	0x1
	.4byte	.LASF20
	.byte	0x39
	.byte	0x9
	.4byte	0xb0
	.byte	0x20
	.byte	0x1
	.4byte	.LASF21
	.byte	0x3a
	.byte	0x9
	.4byte	0xb0
	.byte	0x28
	.byte	0x1
	.4byte	.LASF22
	.byte	0x3b
	.byte	0x9
	.4byte	0xb0
	.byte	0x30
	.byte	0x1
	.4byte	.LASF23
	.byte	0x3c
	.byte	0x9
	.4byte	0xb0
	.byte	0x38
	.byte	0x1
	.4byte	.LASF24
	.byte	0x3d
	.byte	0x9
	.4byte	0xb0
	.byte	0x40
	.byte	0x1
	.4byte	.LASF25
	.byte	0x40
	.byte	0x9
	.4byte	0xb0
	.byte	0x48
	.byte	0x1
	.4byte	.LASF26
	.byte	0x41
	.byte	0x9
	.4byte	0xb0
	.byte	0x50
	.byte	0x1
	.4byte	.LASF27
	.byte	0x42
	.byte	0x9
	.4byte	0xb0
	.byte	0x58
	.byte	0x1
	.4byte	.LASF28
	.byte	0x44
	.byte	0x16
	.4byte	0x244
	.byte	0x60
	.byte	0x1
	.4byte	.LASF29
	.byte	0x46
	.byte	0x14
	.4byte	0x249
	.byte	0x68
	.byte	0x1
	.4byte	.LASF30
	.byte	0x48
	.byte	0x7
	.4byte	0x7c
	.byte	0x70
	.byte	0x1
	.4byte	.LASF31
	.byte	0x49
	.byte	0x7
	.4byte	0x7c
	.byte	0x74
	.byte	0x1
	.4byte	.LASF32
	.byte	0x4a
	.byte	0xb
	.4byte	0x96
	.byte	0x78
	.byte	0x1
	.4byte	.LASF33
	.byte	0x4d
	.byte	0x12
	.4byte	0x48
	.byte	0x80
	.byte	0x1
	.4byte	.LASF34
	.byte	0x4e
	.byte	0xf
	.4byte	0x56
	.byte	0x82
	.byte	0x1
	.4byte	.LASF35
	.byte	0x4f
	.byte	0x8
	.4byte	0x24e
	.byte	0x83
	.byte	0x1
	.4byte	.LASF36
	.byte	0x51
	.byte	0xf
	.4byte	0x25e
	.byte	0x88
	.byte	0x1
	.4byte	.LASF37
	.byte	0x59
	.byte	0xd
	.4byte	0xa2
	.byte	0x90
	.byte	0x1
	.4byte	.LASF38
	.byte	0x5b
	.byte	0x17
	.4byte	0x268
	.byte	0x98
	.byte	0x1
	.4byte	.LASF39
	.byte	0x5c
	.byte	0x19
	.4byte	0x272
	.byte	0xa0
	.byte	0x1
	.4byte	.LASF40
	.byte	0x5d
	.byte	0x14
	.4byte	0x249
	.byte	0xa8
	.byte	0x1
	.4byte	.LASF41
	.byte	0x5e
	.byte	0x9
	.4byte	0xae
	.byte	0xb0
	.byte	0x1
	.4byte	.LASF42
	.byte	0x5f
	.byte	0xa
	.4byte	0x2e
	.byte	0xb8
	.byte	0x1
	.4byte	.LASF43
	.byte	0x60
	.byte	0x7
	.4byte	0x7c
	.byte	0xc0
	.byte	0x1
	.4byte	.LASF44
	.byte	0x62
	.byte	0x8
	.4byte	0x277
	.byte	0xc4
	.byte	0
	.byte	0x2
	.4byte	.LASF45
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0xc1
	.byte	0x12
	.4byte	.LASF57
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.byte	0x7
	.4byte	.LASF46
	.byte	0x4
	.4byte	0x23f
	.byte	0x4
	.4byte	0xc1
	.byte	0x8
	.4byte	0xb5
	.4byte	0x25e
	.byte	0x9
	.4byte	0x3a
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x237
	.byte	0x7
	.4byte	.LASF47
	.byte	0x4
	.4byte	0x263
	.byte	0x7
	.4byte	.LASF48
	.byte	0x4
	.4byte	0x26d
	.byte	0x8
	.4byte	0xb5
	.4byte	0x287
	.byte	0x9
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.byte	0x13
	.4byte	.LASF58
	.byte	0x8
	.byte	0x8f
	.byte	0xe
	.4byte	0x293
	.byte	0x4
	.4byte	0x22b
	.byte	0x2
	.4byte	.LASF49
	.byte	0x7
	.byte	0x18
	.byte	0x13
	.4byte	0x5d
	.byte	0x2
	.4byte	.LASF50
	.byte	0x7
	.byte	0x19
	.byte	0x14
	.4byte	0x70
	.byte	0x2
	.4byte	.LASF51
	.byte	0x7
	.byte	0x1a
	.byte	0x14
	.4byte	0x83
	.byte	0xa
	.4byte	.LASF52
	.2byte	0x202
	.4byte	0x7c
	.4byte	0x2d1
	.byte	0xb
	.4byte	0x293
	.byte	0
	.byte	0xa
	.4byte	.LASF53
	.2byte	0x164
	.4byte	0x7c
	.4byte	0x2e7
	.byte	0xb
	.4byte	0x2e7
	.byte	0x14
	.byte	0
	.byte	0x4
	.4byte	0xbc
	.byte	0x15
	.4byte	.LASF59
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x7c
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x423
	.byte	0x5
	.string	"crc"
	.byte	0xf
	.byte	0xe
	.4byte	0x2b0
	.4byte	.LLST0
	.byte	0x5
	.string	"a"
	.byte	0x10
	.byte	0xe
	.4byte	0x2b0
	.4byte	.LLST1
	.byte	0x5
	.string	"b"
	.byte	0x10
	.byte	0x15
	.4byte	0x2b0
	.4byte	.LLST2
	.byte	0x5
	.string	"f1"
	.byte	0x11
	.byte	0xe
	.4byte	0x2a4
	.4byte	.LLST3
	.byte	0x5
	.string	"f2"
	.byte	0x11
	.byte	0x16
	.4byte	0x2a4
	.4byte	.LLST4
	.byte	0x5
	.string	"n"
	.byte	0x12
	.byte	0x13
	.4byte	0x3a
	.4byte	.LLST5
	.byte	0x5
	.string	"c"
	.byte	0x13
	.byte	0x9
	.4byte	0x7c
	.4byte	.LLST6
	.byte	0x16
	.4byte	.LLRL8
	.4byte	0x3c1
	.byte	0x17
	.4byte	.LASF54
	.byte	0x1
	.byte	0x15
	.byte	0x11
	.4byte	0x298
	.4byte	.LLST9
	.byte	0x18
	.4byte	0x423
	.8byte	.LBB15
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x16
	.byte	0xf
	.byte	0xc
	.4byte	0x440
	.4byte	.LLST11
	.byte	0xc
	.4byte	0x434
	.4byte	.LLST12
	.byte	0x19
	.4byte	0x44c
	.4byte	.LLRL13
	.byte	0x1a
	.4byte	0x44d
	.4byte	.LLST14
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1b
	.4byte	0x459
	.8byte	.LBB11
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x14
	.byte	0x11
	.4byte	0x3e7
	.byte	0x1c
	.8byte	.LVL10
	.4byte	0x2bc
	.byte	0
	.byte	0x1d
	.8byte	.LVL22
	.4byte	0x2d1
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
	.byte	0x86
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
	.byte	0x82
	.byte	0
	.byte	0x84
	.byte	0
	.byte	0x21
	.byte	0x6
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.byte	0x83
	.byte	0
	.byte	0x38
	.byte	0x24
	.byte	0x87
	.byte	0
	.byte	0x21
	.byte	0
	.byte	0
	.byte	0x1e
	.4byte	.LASF60
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x2b0
	.byte	0x1
	.4byte	0x459
	.byte	0x1f
	.string	"crc"
	.byte	0x1
	.byte	0x5
	.byte	0x27
	.4byte	0x2b0
	.byte	0x20
	.4byte	.LASF54
	.byte	0x1
	.byte	0x5
	.byte	0x34
	.4byte	0x298
	.byte	0x21
	.byte	0x22
	.string	"k"
	.byte	0x1
	.byte	0x8
	.byte	0xe
	.4byte	0x7c
	.byte	0
	.byte	0
	.byte	0x23
	.4byte	.LASF61
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x7c
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
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
	.byte	0x12
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
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x18
	.byte	0
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x19
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1c
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.8byte	.LVL1
	.byte	0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL13
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL23
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL24
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
	.8byte	.LVL5
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL9
	.byte	0x6
	.byte	0x7a
	.byte	0
	.byte	0x85
	.byte	0
	.byte	0x1d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL20
	.byte	0x1
	.byte	0x64
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
	.8byte	.LVL27
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST4:
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
	.byte	0x63
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL25
	.byte	0x1
	.byte	0x63
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
	.8byte	.LVL26
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL15
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x5
	.byte	0x38
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x5
	.byte	0x39
	.byte	0x7f
	.byte	0
	.byte	0x1c
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
.LLRL7:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
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
.LASF54:
	.string	"byte"
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
.LASF55:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
