	.file	"word_count.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/word_count.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%ld lines %ld words %ld chars, longest word %d\n"
	.align	3
.LC1:
	.string	"%c:%u "
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/word_count.c"
	.loc 1 6 1
	.cfi_startproc
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
	.loc 1 7 5
.LVL0:
	.loc 1 8 5
	.loc 1 9 5
	.loc 1 9 14 is_stmt 0
	sd	zero,24(sp)
	sd	zero,32(sp)
	sd	zero,40(sp)
	sd	zero,48(sp)
	sd	zero,56(sp)
	sd	zero,64(sp)
	sd	zero,72(sp)
	sd	zero,80(sp)
	sd	zero,88(sp)
	sd	zero,96(sp)
	sd	zero,104(sp)
	sd	zero,112(sp)
	sd	zero,120(sp)
	.loc 1 10 5 is_stmt 1
	.loc 1 11 5
	.loc 1 8 35 is_stmt 0
	li	s4,0
	.loc 1 8 22
	li	s8,0
	.loc 1 8 9
	li	s2,0
	.loc 1 7 32
	li	s3,0
	.loc 1 7 21
	li	s5,0
	.loc 1 7 10
	li	s11,0
.LBB9:
.LBB10:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/stdio.h"
	.loc 2 49 10
	la	s7,stdin
.LBE10:
.LBE9:
	.loc 1 11 28
	li	s6,-1
	.loc 1 13 12
	li	s10,10
	.loc 1 17 12
	li	s9,8192
	.loc 1 11 11
	j	.L2
.LVL1:
.L20:
	.loc 1 14 13 is_stmt 1
	.loc 1 14 18 is_stmt 0
	addi	s11,s11,1
.LVL2:
	.loc 1 15 9 is_stmt 1
	.loc 1 15 13 is_stmt 0
	call	__ctype_b_loc@plt
.LVL3:
	sd	s0,8(sp)
	ld	a5,0(a0)
	slli	s0,s0,1
.LVL4:
	add	a5,a5,s0
	lhu	s1,0(a5)
	.loc 1 15 12
	andi	a5,s1,1024
	beq	a5,zero,.L5
.L4:
.LVL5:
.LBB12:
.LBB13:
.LBB14:
	.file 3 "/usr/riscv64-linux-gnu/include/ctype.h"
	.loc 3 209 39
	call	__ctype_tolower_loc@plt
.LVL6:
	.loc 3 209 68
	ld	a4,0(a0)
	ld	a5,8(sp)
	slli	a5,a5,2
	add	a5,a4,a5
.LVL7:
	lw	s0,0(a5)
.LVL8:
	j	.L6
.LVL9:
.L7:
.LBE14:
.LBE13:
.LBE12:
	.loc 1 23 13 is_stmt 1
	.loc 1 24 22 is_stmt 0
	seqz	s2,s2
.LVL10:
	add	s5,s5,s2
.LVL11:
	.loc 1 25 13 is_stmt 1
	.loc 1 26 13
	.loc 1 26 20 is_stmt 0
	addiw	s4,s4,1
.LVL12:
	.loc 1 25 21
	li	s2,1
.LVL13:
.L2:
	.loc 1 11 28 is_stmt 1
.LBB17:
.LBB11:
	.loc 2 49 3
	.loc 2 49 10 is_stmt 0
	ld	a0,0(s7)
	call	getc@plt
.LVL14:
	mv	s0,a0
.LVL15:
.LBE11:
.LBE17:
	.loc 1 11 28
	beq	a0,s6,.L19
	.loc 1 12 9 is_stmt 1
	.loc 1 12 14 is_stmt 0
	addi	s3,s3,1
.LVL16:
	.loc 1 13 9 is_stmt 1
	.loc 1 13 12 is_stmt 0
	beq	s0,s10,.L20
	.loc 1 15 9 is_stmt 1
	.loc 1 15 13 is_stmt 0
	call	__ctype_b_loc@plt
.LVL17:
	sd	s0,8(sp)
	ld	a5,0(a0)
	slli	a4,s0,1
	add	a5,a5,a4
	lhu	s1,0(a5)
	.loc 1 15 12
	andi	a5,s1,1024
	beq	a5,zero,.L5
	.loc 1 16 13 is_stmt 1 discriminator 1
.LBB18:
	.loc 1 16 18 discriminator 1
	.loc 1 16 18 discriminator 1
	.loc 1 16 18 discriminator 1
	.loc 1 16 18 discriminator 1
.LVL18:
.LBB16:
.LBB15:
	.loc 3 209 3 discriminator 1
	.loc 3 209 68 is_stmt 0 discriminator 1
	addiw	a5,s0,128
	li	a4,383
	bleu	a5,a4,.L4
.LVL19:
.L6:
.LBE15:
.LBE16:
	.loc 1 16 18 is_stmt 1 discriminator 9
.LBE18:
	.loc 1 16 29 is_stmt 0 discriminator 9
	addiw	s0,s0,-97
	.loc 1 16 35 discriminator 9
	slli	s0,s0,2
	addi	a5,s0,112
	addi	a4,sp,16
	add	s0,a5,a4
	lw	a5,-104(s0)
	addiw	a5,a5,1
	sw	a5,-104(s0)
.LVL20:
.L5:
	.loc 1 17 9 is_stmt 1
	.loc 1 17 12 is_stmt 0
	and	s1,s1,s9
	beq	s1,zero,.L7
	.loc 1 18 13 is_stmt 1
	.loc 1 18 16 is_stmt 0
	beq	s2,zero,.L16
	mv	a5,s8
	bge	s8,s4,.L9
.LVL21:
	mv	a5,s4
.LVL22:
.L9:
	sext.w	s8,a5
.LVL23:
	.loc 1 21 21 discriminator 1
	li	s4,0
.LVL24:
	.loc 1 20 21 discriminator 1
	li	s2,0
.LVL25:
	j	.L2
.LVL26:
.L16:
	.loc 1 21 21
	mv	s4,s2
.LVL27:
	j	.L2
.LVL28:
.L19:
	.loc 1 29 5 is_stmt 1
	.loc 1 29 8 is_stmt 0
	beq	s2,zero,.L12
	mv	a5,s8
	bge	s8,s4,.L13
.LVL29:
	mv	a5,s4
.LVL30:
.L13:
	sext.w	s8,a5
.LVL31:
.L12:
	.loc 1 31 5 is_stmt 1
	mv	a4,s8
	mv	a3,s3
	mv	a2,s5
	mv	a1,s11
	lla	a0,.LC0
	call	printf@plt
.LVL32:
	.loc 1 32 5
.LBB19:
	.loc 1 32 10
	.loc 1 32 23
	addi	s0,sp,24
.LVL33:
	addi	s2,sp,128
.LVL34:
.LBE19:
	.loc 1 31 5 is_stmt 0
	li	s1,97
.LBB20:
	.loc 1 34 13
	lla	s3,.LC1
.LVL35:
	j	.L15
.LVL36:
.L14:
	.loc 1 32 30 is_stmt 1 discriminator 2
	.loc 1 32 23 discriminator 2
	addi	s0,s0,4
	addiw	s1,s1,1
.LVL37:
	beq	s0,s2,.L21
.LVL38:
.L15:
	.loc 1 33 9
	.loc 1 33 17 is_stmt 0
	lw	a2,0(s0)
	.loc 1 33 12
	beq	a2,zero,.L14
	.loc 1 34 13 is_stmt 1
	mv	a1,s1
	mv	a0,s3
	call	printf@plt
.LVL39:
	j	.L14
.LVL40:
.L21:
.LBE20:
	.loc 1 35 5
	li	a0,10
	call	putchar@plt
.LVL41:
	.loc 1 36 5
	.loc 1 36 24 is_stmt 0
	srai	a0,s5,63
	srli	a0,a0,56
	add	s5,s5,a0
.LVL42:
	andi	s5,s5,255
	.loc 1 37 1
	sub	a0,s5,a0
	ld	ra,232(sp)
	.cfi_restore 1
	ld	s0,224(sp)
	.cfi_restore 8
	ld	s1,216(sp)
	.cfi_restore 9
	ld	s2,208(sp)
	.cfi_restore 18
	ld	s3,200(sp)
	.cfi_restore 19
	ld	s4,192(sp)
	.cfi_restore 20
.LVL43:
	ld	s5,184(sp)
	.cfi_restore 21
	ld	s6,176(sp)
	.cfi_restore 22
	ld	s7,168(sp)
	.cfi_restore 23
	ld	s8,160(sp)
	.cfi_restore 24
.LVL44:
	ld	s9,152(sp)
	.cfi_restore 25
	ld	s10,144(sp)
	.cfi_restore 26
	ld	s11,136(sp)
	.cfi_restore 27
.LVL45:
	addi	sp,sp,240
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 6 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 7 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 8 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 9 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x52f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x14
	.4byte	.LASF73
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x7
	.4byte	.LASF8
	.byte	0x4
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
	.byte	0xa
	.4byte	0x48
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x7
	.4byte	.LASF9
	.byte	0x5
	.byte	0x29
	.byte	0x14
	.4byte	0x7a
	.byte	0xa
	.4byte	0x69
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x7
	.4byte	.LASF11
	.byte	0x5
	.byte	0x98
	.byte	0x19
	.4byte	0x81
	.byte	0x7
	.4byte	.LASF12
	.byte	0x5
	.byte	0x99
	.byte	0x1b
	.4byte	0x81
	.byte	0x16
	.byte	0x8
	.byte	0x2
	.4byte	0xa7
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.byte	0xa
	.4byte	0xa7
	.byte	0x17
	.4byte	.LASF74
	.byte	0xd8
	.byte	0x6
	.byte	0x31
	.byte	0x8
	.4byte	0x21d
	.byte	0x1
	.4byte	.LASF14
	.byte	0x33
	.byte	0x7
	.4byte	0x7a
	.byte	0
	.byte	0x1
	.4byte	.LASF15
	.byte	0x36
	.byte	0x9
	.4byte	0xa2
	.byte	0x8
	.byte	0x1
	.4byte	.LASF16
	.byte	0x37
	.byte	0x9
	.4byte	0xa2
	.byte	0x10
	.byte	0x1
	.4byte	.LASF17
	.byte	0x38
	.byte	0x9
	.4byte	0xa2
	.byte	0x18
	.byte	0x1
	.4byte	.LASF18
	.byte	0x39
	.byte	0x9
	.4byte	0xa2
	.byte	0x20
	.byte	0x1
	.4byte	.LASF19
	.byte	0x3a
	.byte	0x9
	.4byte	0xa2
	.byte	0x28
	.byte	0x1
	.4byte	.LASF20
	.byte	0x3b
	.byte	0x9
	.4byte	0xa2
	.byte	0x30
	.byte	0x1
	.4byte	.LASF21
	.byte	0x3c
	.byte	0x9
	.4byte	0xa2
	.byte	0x38
	.byte	0x1
	.4byte	.LASF22
	.byte	0x3d
	.byte	0x9
	.4byte	0xa2
	.byte	0x40
	.byte	0x1
	.4byte	.LASF23
	.byte	0x40
	.byte	0x9
	.4byte	0xa2
	.byte	0x48
	.byte	0x1
	.4byte	.LASF24
	.byte	0x41
	.byte	0x9
	.4byte	0xa2
	.byte	0x50
	.byte	0x1
	.4byte	.LASF25
	.byte	0x42
	.byte	0x9
	.4byte	0xa2
	.byte	0x58
	.byte	0x1
	.4byte	.LASF26
	.byte	0x44
	.byte	0x16
	.4byte	0x236
	.byte	0x60
	.byte	0x1
	.4byte	.LASF27
	.byte	0x46
	.byte	0x14
	.4byte	0x23b
	.byte	0x68
	.byte	0x1
	.4byte	.LASF28
	.byte	0x48
	.byte	0x7
	.4byte	0x7a
	.byte	0x70
	.byte	0x1
	.4byte	.LASF29
	.byte	0x49
	.byte	0x7
	.4byte	0x7a
	.byte	0x74
	.byte	0x1
	.4byte	.LASF30
	.byte	0x4a
	.byte	0xb
	.4byte	0x88
	.byte	0x78
	.byte	0x1
	.4byte	.LASF31
	.byte	0x4d
	.byte	0x12
	.4byte	0x48
	.byte	0x80
	.byte	0x1
	.4byte	.LASF32
	.byte	0x4e
	.byte	0xf
	.4byte	0x5b
	.byte	0x82
	.byte	0x1
	.4byte	.LASF33
	.byte	0x4f
	.byte	0x8
	.4byte	0x240
	.byte	0x83
	.byte	0x1
	.4byte	.LASF34
	.byte	0x51
	.byte	0xf
	.4byte	0x250
	.byte	0x88
	.byte	0x1
	.4byte	.LASF35
	.byte	0x59
	.byte	0xd
	.4byte	0x94
	.byte	0x90
	.byte	0x1
	.4byte	.LASF36
	.byte	0x5b
	.byte	0x17
	.4byte	0x25a
	.byte	0x98
	.byte	0x1
	.4byte	.LASF37
	.byte	0x5c
	.byte	0x19
	.4byte	0x264
	.byte	0xa0
	.byte	0x1
	.4byte	.LASF38
	.byte	0x5d
	.byte	0x14
	.4byte	0x23b
	.byte	0xa8
	.byte	0x1
	.4byte	.LASF39
	.byte	0x5e
	.byte	0x9
	.4byte	0xa0
	.byte	0xb0
	.byte	0x1
	.4byte	.LASF40
	.byte	0x5f
	.byte	0xa
	.4byte	0x2e
	.byte	0xb8
	.byte	0x1
	.4byte	.LASF41
	.byte	0x60
	.byte	0x7
	.4byte	0x7a
	.byte	0xc0
	.byte	0x1
	.4byte	.LASF42
	.byte	0x62
	.byte	0x8
	.4byte	0x269
	.byte	0xc4
	.byte	0
	.byte	0x7
	.4byte	.LASF43
	.byte	0x7
	.byte	0x7
	.byte	0x19
	.4byte	0xb3
	.byte	0x18
	.4byte	.LASF75
	.byte	0x6
	.byte	0x2b
	.byte	0xe
	.byte	0xb
	.4byte	.LASF44
	.byte	0x2
	.4byte	0x231
	.byte	0x2
	.4byte	0xb3
	.byte	0xc
	.4byte	0xa7
	.4byte	0x250
	.byte	0xd
	.4byte	0x3a
	.byte	0
	.byte	0
	.byte	0x2
	.4byte	0x229
	.byte	0xb
	.4byte	.LASF45
	.byte	0x2
	.4byte	0x255
	.byte	0xb
	.4byte	.LASF46
	.byte	0x2
	.4byte	0x25f
	.byte	0xc
	.4byte	0xa7
	.4byte	0x279
	.byte	0xd
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.byte	0x19
	.4byte	.LASF76
	.byte	0x8
	.byte	0x8f
	.byte	0xe
	.4byte	0x285
	.byte	0x2
	.4byte	0x21d
	.byte	0x1a
	.byte	0x7
	.byte	0x4
	.4byte	0x54
	.byte	0x3
	.byte	0x2f
	.byte	0x1
	.4byte	0x2e9
	.byte	0x4
	.4byte	.LASF47
	.2byte	0x100
	.byte	0x4
	.4byte	.LASF48
	.2byte	0x200
	.byte	0x4
	.4byte	.LASF49
	.2byte	0x400
	.byte	0x4
	.4byte	.LASF50
	.2byte	0x800
	.byte	0x4
	.4byte	.LASF51
	.2byte	0x1000
	.byte	0x4
	.4byte	.LASF52
	.2byte	0x2000
	.byte	0x4
	.4byte	.LASF53
	.2byte	0x4000
	.byte	0x4
	.4byte	.LASF54
	.2byte	0x8000
	.byte	0x8
	.4byte	.LASF55
	.byte	0x1
	.byte	0x8
	.4byte	.LASF56
	.byte	0x2
	.byte	0x8
	.4byte	.LASF57
	.byte	0x4
	.byte	0x8
	.4byte	.LASF58
	.byte	0x8
	.byte	0
	.byte	0x2
	.4byte	0x4f
	.byte	0x2
	.4byte	0xae
	.byte	0xe
	.4byte	.LASF59
	.2byte	0x202
	.4byte	0x7a
	.4byte	0x308
	.byte	0xf
	.4byte	0x285
	.byte	0
	.byte	0xe
	.4byte	.LASF60
	.2byte	0x164
	.4byte	0x7a
	.4byte	0x31e
	.byte	0xf
	.4byte	0x2ee
	.byte	0x1b
	.byte	0
	.byte	0x10
	.4byte	.LASF61
	.byte	0x51
	.byte	0x1a
	.4byte	0x329
	.byte	0x2
	.4byte	0x32e
	.byte	0x2
	.4byte	0x75
	.byte	0x10
	.4byte	.LASF62
	.byte	0x4f
	.byte	0x23
	.4byte	0x33e
	.byte	0x2
	.4byte	0x2e9
	.byte	0x1c
	.4byte	.LASF77
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x7a
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x4ec
	.byte	0x6
	.4byte	.LASF63
	.byte	0x7
	.byte	0xa
	.4byte	0x81
	.4byte	.LLST0
	.byte	0x6
	.4byte	.LASF64
	.byte	0x7
	.byte	0x15
	.4byte	0x81
	.4byte	.LLST1
	.byte	0x6
	.4byte	.LASF65
	.byte	0x7
	.byte	0x20
	.4byte	0x81
	.4byte	.LLST2
	.byte	0x6
	.4byte	.LASF66
	.byte	0x8
	.byte	0x9
	.4byte	0x7a
	.4byte	.LLST3
	.byte	0x6
	.4byte	.LASF67
	.byte	0x8
	.byte	0x16
	.4byte	0x7a
	.4byte	.LLST4
	.byte	0x6
	.4byte	.LASF68
	.byte	0x8
	.byte	0x23
	.4byte	0x7a
	.4byte	.LLST5
	.byte	0x1d
	.4byte	.LASF69
	.byte	0x1
	.byte	0x9
	.byte	0xe
	.4byte	0x4ec
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x11
	.string	"c"
	.byte	0xa
	.byte	0x9
	.4byte	0x7a
	.4byte	.LLST6
	.byte	0x12
	.4byte	.LLRL8
	.4byte	0x42f
	.byte	0x1e
	.4byte	.LASF70
	.byte	0x1
	.byte	0x10
	.byte	0x12
	.4byte	0x7a
	.byte	0x1f
	.4byte	0x403
	.byte	0x20
	.string	"__c"
	.byte	0x1
	.byte	0x10
	.byte	0x12
	.4byte	0x7a
	.byte	0
	.byte	0x21
	.4byte	0x4fc
	.8byte	.LBB13
	.4byte	.LLRL8
	.byte	0x1
	.byte	0x10
	.byte	0x12
	.byte	0x22
	.4byte	0x50d
	.4byte	.LLST9
	.byte	0x9
	.8byte	.LVL6
	.4byte	0x31e
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	.LLRL10
	.4byte	0x460
	.byte	0x11
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x7a
	.4byte	.LLST11
	.byte	0x13
	.8byte	.LVL39
	.4byte	0x308
	.byte	0x5
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0x23
	.4byte	0x51a
	.8byte	.LBB9
	.4byte	.LLRL7
	.byte	0x1
	.byte	0xb
	.byte	0x11
	.4byte	0x486
	.byte	0x9
	.8byte	.LVL14
	.4byte	0x2f3
	.byte	0
	.byte	0x9
	.8byte	.LVL3
	.4byte	0x333
	.byte	0x9
	.8byte	.LVL17
	.4byte	0x333
	.byte	0x24
	.8byte	.LVL32
	.4byte	0x308
	.4byte	0x4d7
	.byte	0x5
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x5
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x8b
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0
	.byte	0x13
	.8byte	.LVL41
	.4byte	0x527
	.byte	0x5
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	0x54
	.4byte	0x4fc
	.byte	0xd
	.4byte	0x3a
	.byte	0x19
	.byte	0
	.byte	0x25
	.4byte	.LASF71
	.byte	0x3
	.byte	0xcf
	.byte	0x1
	.4byte	0x7a
	.byte	0x3
	.4byte	0x51a
	.byte	0x26
	.string	"__c"
	.byte	0x3
	.byte	0xcf
	.byte	0x1
	.4byte	0x7a
	.byte	0
	.byte	0x27
	.4byte	.LASF72
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x7a
	.byte	0x3
	.byte	0x28
	.4byte	.LASF78
	.4byte	.LASF79
	.byte	0x9
	.byte	0
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
	.byte	0x6
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
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
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x13
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x2e
	.byte	0
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x3
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
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
	.byte	0x4
	.byte	0x1
	.byte	0x3e
	.byte	0xb
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x1b
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
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
	.byte	0x1e
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
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0xb
	.byte	0x1
	.byte	0x1
	.byte	0x13
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
	.byte	0x21
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
	.byte	0x22
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x23
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
	.byte	0x24
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
	.byte	0x25
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x26
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
	.byte	0x27
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
	.byte	0x28
	.byte	0x2e
	.byte	0
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0x6e
	.byte	0xe
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
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
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL45
	.byte	0x1
	.byte	0x6b
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
	.8byte	.LVL42
	.byte	0x1
	.byte	0x65
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
	.8byte	.LVL35
	.byte	0x1
	.byte	0x63
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
	.8byte	.LVL10
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL25
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL34
	.byte	0x1
	.byte	0x62
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
	.8byte	.LVL21
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL29
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL44
	.byte	0x1
	.byte	0x68
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
	.8byte	.LVL12
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL24
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL43
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7e
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x2
	.byte	0x7f
	.byte	0
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL19
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL33
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7e
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x2
	.byte	0x7f
	.byte	0
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL36
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x4
	.byte	0x79
	.byte	0xa0,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL40
	.byte	0x4
	.byte	0x79
	.byte	0x9f,0x7f
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
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF22:
	.string	"_IO_buf_end"
.LASF64:
	.string	"words"
.LASF30:
	.string	"_old_offset"
.LASF56:
	.string	"_IScntrl"
.LASF59:
	.string	"getc"
.LASF25:
	.string	"_IO_save_end"
.LASF67:
	.string	"longest"
.LASF7:
	.string	"short int"
.LASF8:
	.string	"size_t"
.LASF54:
	.string	"_ISgraph"
.LASF57:
	.string	"_ISpunct"
.LASF35:
	.string	"_offset"
.LASF78:
	.string	"putchar"
.LASF19:
	.string	"_IO_write_ptr"
.LASF14:
	.string	"_flags"
.LASF21:
	.string	"_IO_buf_base"
.LASF26:
	.string	"_markers"
.LASF16:
	.string	"_IO_read_end"
.LASF50:
	.string	"_ISdigit"
.LASF70:
	.string	"__res"
.LASF39:
	.string	"_freeres_buf"
.LASF55:
	.string	"_ISblank"
.LASF58:
	.string	"_ISalnum"
.LASF52:
	.string	"_ISspace"
.LASF69:
	.string	"freq"
.LASF72:
	.string	"getchar"
.LASF34:
	.string	"_lock"
.LASF10:
	.string	"long int"
.LASF65:
	.string	"chars"
.LASF60:
	.string	"printf"
.LASF31:
	.string	"_cur_column"
.LASF74:
	.string	"_IO_FILE"
.LASF3:
	.string	"unsigned char"
.LASF61:
	.string	"__ctype_tolower_loc"
.LASF6:
	.string	"signed char"
.LASF36:
	.string	"_codecvt"
.LASF5:
	.string	"unsigned int"
.LASF44:
	.string	"_IO_marker"
.LASF33:
	.string	"_shortbuf"
.LASF18:
	.string	"_IO_write_base"
.LASF42:
	.string	"_unused2"
.LASF15:
	.string	"_IO_read_ptr"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"char"
.LASF48:
	.string	"_ISlower"
.LASF77:
	.string	"main"
.LASF37:
	.string	"_wide_data"
.LASF38:
	.string	"_freeres_list"
.LASF51:
	.string	"_ISxdigit"
.LASF40:
	.string	"__pad5"
.LASF79:
	.string	"__builtin_putchar"
.LASF45:
	.string	"_IO_codecvt"
.LASF2:
	.string	"long unsigned int"
.LASF20:
	.string	"_IO_write_end"
.LASF12:
	.string	"__off64_t"
.LASF11:
	.string	"__off_t"
.LASF27:
	.string	"_chain"
.LASF46:
	.string	"_IO_wide_data"
.LASF73:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF63:
	.string	"lines"
.LASF9:
	.string	"__int32_t"
.LASF24:
	.string	"_IO_backup_base"
.LASF76:
	.string	"stdin"
.LASF29:
	.string	"_flags2"
.LASF53:
	.string	"_ISprint"
.LASF41:
	.string	"_mode"
.LASF17:
	.string	"_IO_read_base"
.LASF66:
	.string	"in_word"
.LASF47:
	.string	"_ISupper"
.LASF32:
	.string	"_vtable_offset"
.LASF68:
	.string	"current"
.LASF23:
	.string	"_IO_save_base"
.LASF28:
	.string	"_fileno"
.LASF43:
	.string	"FILE"
.LASF62:
	.string	"__ctype_b_loc"
.LASF49:
	.string	"_ISalpha"
.LASF71:
	.string	"tolower"
.LASF75:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/word_count.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
