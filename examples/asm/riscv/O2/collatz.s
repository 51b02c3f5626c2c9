	.file	"collatz.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/collatz.c"
	.align	1
	.type	steps, @function
steps:
.LFB22:
	.file 1 "programs/collatz.c"
	.loc 1 6 1
	.cfi_startproc
.LVL0:
	.loc 1 7 5
	.loc 1 8 5
	.loc 1 8 11 is_stmt 0
	sd	a0,0(a1)
	.loc 1 9 5 is_stmt 1
	.loc 1 9 14
	li	a4,1
	.loc 1 6 1 is_stmt 0
	mv	a5,a0
	.loc 1 9 14
	beq	a0,a4,.L7
	mv	a2,a0
	li	a6,1
	.loc 1 7 9
	li	a0,0
.LVL1:
.L6:
	.loc 1 10 9 is_stmt 1
	.loc 1 10 25 is_stmt 0
	slli	a4,a5,1
	.loc 1 10 16
	andi	a3,a5,1
	.loc 1 10 25
	add	a4,a4,a5
	.loc 1 10 33
	srli	a5,a5,1
.LVL2:
	beq	a3,zero,.L4
	.loc 1 10 33 discriminator 1
	addi	a5,a4,1
.L4:
.LVL3:
	.loc 1 11 9 is_stmt 1 discriminator 4
	.loc 1 12 13 discriminator 4
	.loc 1 13 9 discriminator 4
	.loc 1 11 12 is_stmt 0 discriminator 4
	bgeu	a2,a5,.L5
	.loc 1 12 19
	sd	a5,0(a1)
.L5:
	.loc 1 13 10
	addiw	a0,a0,1
.LVL4:
	.loc 1 9 14 is_stmt 1
	beq	a5,a6,.L2
	.loc 1 11 17 is_stmt 0
	ld	a2,0(a1)
	j	.L6
.LVL5:
.L7:
	.loc 1 7 9
	li	a0,0
.LVL6:
.L2:
	.loc 1 15 5 is_stmt 1
	.loc 1 16 1 is_stmt 0
	ret
	.cfi_endproc
.LFE22:
	.size	steps, .-steps
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"longest in [%lu,%lu]: %lu with %d steps, peak %lu\n"
	.align	3
.LC1:
	.string	"27 -> %d steps, 837799 -> %d steps\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB23:
	.loc 1 19 1 is_stmt 1
	.cfi_startproc
.LVL7:
	.loc 1 20 5
	.loc 1 19 1 is_stmt 0
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	s1,40(sp)
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s2,32(sp)
	.cfi_offset 9, -24
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.loc 1 20 59
	li	a5,1
	.loc 1 21 59
	li	s1,30
	.loc 1 20 59
	bgt	a0,a5,.L27
	li	a1,1
.LVL8:
.L10:
.LBB6:
.LBB7:
.LBB8:
.LBB9:
	.loc 1 13 10
	mv	t5,a1
	mv	a3,a1
.LBE9:
.LBE8:
.LBE7:
.LBE6:
	.loc 1 23 32
	li	a5,0
	.loc 1 22 9
	li	s0,0
.LBB15:
.LBB14:
.LBB12:
.LBB10:
	.loc 1 9 14
	li	t4,1
.L13:
.LVL9:
	.loc 1 9 14 is_stmt 1
	mv	t3,t5
	mv	a2,t5
	.loc 1 7 9 is_stmt 0
	li	t1,0
	.loc 1 9 14
	beq	t5,t4,.L18
.LVL10:
.L17:
	.loc 1 10 9 is_stmt 1
	.loc 1 10 25 is_stmt 0
	slli	a6,a2,1
	.loc 1 10 16
	andi	a7,a2,1
	.loc 1 10 25
	add	a6,a6,a2
	.loc 1 10 33
	srli	a2,a2,1
.LVL11:
	beq	a7,zero,.L15
	addi	a2,a6,1
.L15:
.LVL12:
	.loc 1 11 9 is_stmt 1
	bgeu	t3,a2,.L16
	mv	t3,a2
.LVL13:
.L16:
	.loc 1 13 9
	.loc 1 13 10 is_stmt 0
	addiw	t1,t1,1
.LVL14:
	.loc 1 9 14 is_stmt 1
	bne	a2,t4,.L17
	.loc 1 15 5
.LVL15:
.LBE10:
.LBE12:
	.loc 1 27 9
	.loc 1 27 12 is_stmt 0
	bge	s0,t1,.L18
	mv	a5,t3
.LVL16:
	mv	a3,t5
.LVL17:
.LBB13:
.LBB11:
	.loc 1 13 10
	mv	s0,t1
.LVL18:
.L18:
.LBE11:
.LBE13:
.LBE14:
	.loc 1 24 42 is_stmt 1 discriminator 2
	addi	t5,t5,1
.LVL19:
	.loc 1 24 34 discriminator 2
	bleu	t5,s1,.L13
.LVL20:
.L12:
.LBE15:
	.loc 1 33 5
	mv	a4,s0
	mv	a2,s1
	lla	a0,.LC0
	call	printf@plt
.LVL21:
	.loc 1 34 5
	.loc 1 35 5
	addi	s2,sp,24
	mv	a1,s2
	li	a0,27
	call	steps
.LVL22:
	mv	s1,a0
	li	a0,839680
	mv	a1,s2
	addi	a0,a0,-1881
	call	steps
.LVL23:
	mv	a2,a0
	mv	a1,s1
	lla	a0,.LC1
	call	printf@plt
.LVL24:
	.loc 1 36 5
	.loc 1 37 1 is_stmt 0
	ld	ra,56(sp)
	.cfi_remember_state
	.cfi_restore 1
	andi	a0,s0,127
	ld	s0,48(sp)
	.cfi_restore 8
	ld	s1,40(sp)
	.cfi_restore 9
	ld	s2,32(sp)
	.cfi_restore 18
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL25:
.L27:
	.cfi_restore_state
	mv	s0,a0
	.loc 1 20 35 discriminator 1
	ld	a0,8(a1)
.LVL26:
	mv	s2,a1
	li	a2,10
	li	a1,0
.LVL27:
	call	strtoul@plt
.LVL28:
	.loc 1 21 59 discriminator 1
	li	a5,2
	.loc 1 20 35 discriminator 1
	mv	a3,a0
.LVL29:
	.loc 1 21 5 is_stmt 1 discriminator 1
	.loc 1 21 59 is_stmt 0 discriminator 1
	beq	s0,a5,.L11
	sd	a0,8(sp)
	.loc 1 21 35 discriminator 1
	ld	a0,16(s2)
.LVL30:
	li	a2,10
	li	a1,0
	call	strtoul@plt
.LVL31:
	ld	a3,8(sp)
	mv	s1,a0
.LVL32:
.L11:
	.loc 1 22 5 is_stmt 1 discriminator 4
	.loc 1 23 5 discriminator 4
	.loc 1 24 5 discriminator 4
.LBB16:
	.loc 1 24 10 discriminator 4
	.loc 1 24 34 discriminator 4
	mv	a1,a3
	bgeu	s1,a3,.L10
.LBE16:
	.loc 1 23 32 is_stmt 0
	li	a5,0
	.loc 1 22 9
	li	s0,0
	j	.L12
	.cfi_endproc
.LFE23:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2ea
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xf
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL15
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
	.byte	0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x10
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x4
	.4byte	0x67
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x11
	.4byte	0x67
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x12
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x99
	.byte	0x5
	.4byte	0x99
	.byte	0x13
	.byte	0
	.byte	0x4
	.4byte	0x6e
	.byte	0x7
	.4byte	0x99
	.byte	0x14
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2a
	.4byte	0xc3
	.byte	0x5
	.4byte	0x9e
	.byte	0x5
	.4byte	0xc8
	.byte	0x5
	.4byte	0x54
	.byte	0
	.byte	0x4
	.4byte	0x62
	.byte	0x7
	.4byte	0xc3
	.byte	0x15
	.4byte	.LASF21
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x286
	.byte	0x8
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST2
	.byte	0x8
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc3
	.4byte	.LLST3
	.byte	0x9
	.string	"lo"
	.byte	0x14
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST4
	.byte	0xa
	.string	"hi"
	.byte	0x15
	.4byte	0x2a
	.byte	0x1
	.byte	0x59
	.byte	0x6
	.4byte	.LASF16
	.byte	0x16
	.byte	0x9
	.4byte	0x54
	.4byte	.LLST5
	.byte	0x6
	.4byte	.LASF17
	.byte	0x17
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST6
	.byte	0x6
	.4byte	.LASF18
	.byte	0x17
	.byte	0x20
	.4byte	0x2a
	.4byte	.LLST7
	.byte	0xa
	.string	"p"
	.byte	0x22
	.4byte	0x2a
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x16
	.4byte	.LLRL8
	.4byte	0x1c3
	.byte	0x9
	.string	"n"
	.byte	0x18
	.byte	0x18
	.4byte	0x2a
	.4byte	.LLST9
	.byte	0xb
	.4byte	.LLRL10
	.byte	0x6
	.4byte	.LASF19
	.byte	0x19
	.byte	0x17
	.4byte	0x2a
	.4byte	.LLST11
	.byte	0xc
	.string	"s"
	.byte	0x1a
	.byte	0xd
	.4byte	0x54
	.byte	0x17
	.4byte	0x286
	.8byte	.LBB8
	.4byte	.LLRL12
	.byte	0x1
	.byte	0x1a
	.byte	0x11
	.byte	0x18
	.4byte	0x2a1
	.byte	0xd
	.4byte	0x297
	.4byte	.LLST13
	.byte	0xb
	.4byte	.LLRL12
	.byte	0xe
	.4byte	0x2ad
	.4byte	.LLST14
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.8byte	.LVL21
	.4byte	0x81
	.4byte	0x1ee
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x3
	.8byte	.LVL22
	.4byte	0x286
	.4byte	0x20b
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x4b
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x3
	.8byte	.LVL23
	.4byte	0x286
	.4byte	0x22c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0xc
	.4byte	0xcc8a7
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x3
	.8byte	.LVL24
	.4byte	0x81
	.4byte	0x251
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
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0x3
	.8byte	.LVL28
	.4byte	0xa3
	.4byte	0x26d
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0x19
	.8byte	.LVL31
	.4byte	0xa3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x1a
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x54
	.byte	0x1
	.4byte	0x2b7
	.byte	0x1b
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x20
	.4byte	0x2a
	.byte	0x1c
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x2b7
	.byte	0xc
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x54
	.byte	0
	.byte	0x4
	.4byte	0x2a
	.byte	0x1d
	.4byte	0x286
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.byte	0xd
	.4byte	0x297
	.4byte	.LLST0
	.byte	0x1e
	.4byte	0x2a1
	.byte	0x1
	.byte	0x5b
	.byte	0xe
	.4byte	0x2ad
	.4byte	.LLST1
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x12
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
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
	.byte	0x21
	.byte	0x13
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x11
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1c
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
	.byte	0x1d
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.byte	0x1e
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
.LLST2:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL25
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL25
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LFE23
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL31-1
	.8byte	.LVL32
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL20
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL21-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE23
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL18
	.byte	0x1
	.byte	0x6e
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x6e
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE23
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x6e
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL18
	.byte	0x1
	.byte	0x6c
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x6e
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL14
	.byte	0x1
	.byte	0x56
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE22
	.byte	0x1
	.byte	0x5f
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
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x3c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
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
.LLRL8:
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB23
	.8byte	.LFE23
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"long long int"
.LASF18:
	.string	"best_peak"
.LASF5:
	.string	"unsigned int"
.LASF21:
	.string	"main"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"steps"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF17:
	.string	"best_n"
.LASF19:
	.string	"peak"
.LASF14:
	.string	"argc"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF20:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF13:
	.string	"strtoul"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"best"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/collatz.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
