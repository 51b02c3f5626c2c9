	.file	"primes_sieve.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/primes_sieve.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%d "
	.align	3
.LC1:
	.string	"\nprimes <= %d: %d, sum %ld, twins %d, largest gap %d\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB22:
	.file 1 "programs/primes_sieve.c"
	.loc 1 11 1
	.cfi_startproc
.LVL0:
	.loc 1 12 5
	.loc 1 11 1 is_stmt 0
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
	.loc 1 12 42
	li	a5,1
	bgt	a0,a5,.L2
.LVL1:
	.loc 1 15 5 is_stmt 1
	li	a2,4096
	addi	a2,a2,905
	li	a1,0
.LVL2:
	lla	a0,composite
.LVL3:
	call	memset@plt
.LVL4:
	.loc 1 16 5
.LBB7:
	.loc 1 16 10
	.loc 1 16 27
.LBE7:
	.loc 1 12 42 is_stmt 0
	li	s1,1000
.LVL5:
.L3:
	lla	a1,composite+2
	.loc 1 14 15
	li	a3,2
.LBB10:
	.loc 1 16 23
	li	a5,4
	lla	a6,composite
.LBB8:
	.loc 1 19 30
	li	a0,1
	j	.L7
.LVL6:
.L8:
.LBE8:
	.loc 1 16 38 is_stmt 1
	addiw	a5,a2,1
.LVL7:
	.loc 1 16 27
	.loc 1 16 23 is_stmt 0
	mulw	a5,a5,a5
.LVL8:
	.loc 1 16 27
	addi	a3,a3,1
	addi	a1,a1,1
	bgt	a5,s1,.L5
.LVL9:
.L7:
	.loc 1 17 12
	lbu	a4,0(a1)
	sext.w	a2,a3
.LVL10:
	.loc 1 17 9 is_stmt 1
	.loc 1 17 12 is_stmt 0
	bne	a4,zero,.L8
.LVL11:
.LBB9:
	.loc 1 18 35 is_stmt 1
	blt	s1,a5,.L8
	add	a4,a5,a6
.LVL12:
.L9:
	.loc 1 19 17 discriminator 3
	.loc 1 19 30 is_stmt 0 discriminator 3
	sb	a0,0(a4)
	.loc 1 18 47 is_stmt 1 discriminator 3
	addw	a5,a5,a2
.LVL13:
	.loc 1 18 35 discriminator 3
	add	a4,a4,a3
	ble	a5,s1,.L9
.LBE9:
	.loc 1 16 38
	addiw	a5,a2,1
.LVL14:
	.loc 1 16 27
	.loc 1 16 23 is_stmt 0
	mulw	a5,a5,a5
.LVL15:
	.loc 1 16 27
	addi	a3,a3,1
	addi	a1,a1,1
	ble	a5,s1,.L7
.LVL16:
.L5:
	lla	s2,composite+2
	.loc 1 16 23
	li	s0,2
.LBE10:
	.loc 1 21 10
	li	s7,0
	.loc 1 20 44
	li	a1,2
	.loc 1 20 31
	li	s8,0
	.loc 1 20 20
	li	s11,0
	.loc 1 20 9
	li	s5,0
.LBB11:
	.loc 1 27 12
	li	s10,2
	.loc 1 32 12
	li	s9,25
.L14:
.LVL17:
	.loc 1 23 9 is_stmt 1
	.loc 1 23 12 is_stmt 0
	lbu	a2,0(s2)
	.loc 1 27 15
	subw	s6,s0,a1
	mv	s3,s6
	.loc 1 23 12
	bne	a2,zero,.L10
	sext.w	s4,s0
	.loc 1 25 9 is_stmt 1
	.loc 1 25 14 is_stmt 0
	addiw	s5,s5,1
.LVL18:
	.loc 1 26 9 is_stmt 1
	.loc 1 27 9
	.loc 1 27 12 is_stmt 0
	beq	s6,s10,.L21
	.loc 1 29 9 is_stmt 1
.LVL19:
	.loc 1 31 9
	.loc 1 32 9
	.loc 1 32 12 is_stmt 0
	ble	s5,s9,.L22
.LVL20:
.L12:
	.loc 1 26 13
	add	s7,s7,s0
.LVL21:
	bge	s6,s8,.L13
	mv	s3,s8
.L13:
	sext.w	s8,s3
	mv	a1,s4
.LVL22:
.L10:
	.loc 1 22 34 is_stmt 1 discriminator 2
	.loc 1 22 23 discriminator 2
	addi	s0,s0,1
.LVL23:
	sext.w	a2,s0
	addi	s2,s2,1
	bge	s1,a2,.L14
.LBE11:
	.loc 1 35 5
	mv	a5,s8
	mv	a4,s11
	mv	a3,s7
	mv	a2,s5
	mv	a1,s1
.LVL24:
	lla	a0,.LC1
	call	printf@plt
.LVL25:
	.loc 1 36 5
	.loc 1 37 1 is_stmt 0
	ld	ra,104(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
	ld	s1,88(sp)
	.cfi_restore 9
	ld	s2,80(sp)
	.cfi_restore 18
	ld	s3,72(sp)
	.cfi_restore 19
	ld	s4,64(sp)
	.cfi_restore 20
	ld	s6,48(sp)
	.cfi_restore 22
	ld	s7,40(sp)
	.cfi_restore 23
.LVL26:
	ld	s8,32(sp)
	.cfi_restore 24
.LVL27:
	ld	s9,24(sp)
	.cfi_restore 25
	ld	s10,16(sp)
	.cfi_restore 26
	ld	s11,8(sp)
	.cfi_restore 27
.LVL28:
	andi	a0,s5,127
	ld	s5,56(sp)
	.cfi_restore 21
.LVL29:
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
.LVL30:
.L21:
	.cfi_restore_state
.LBB12:
	.loc 1 28 13 is_stmt 1
	.loc 1 28 18 is_stmt 0
	addiw	s11,s11,1
.LVL31:
	.loc 1 29 9 is_stmt 1
	.loc 1 31 9
	.loc 1 32 9
	.loc 1 32 12 is_stmt 0
	bgt	s5,s9,.L12
.LVL32:
.L22:
	.loc 1 33 13 is_stmt 1
	mv	a1,s4
	lla	a0,.LC0
	call	printf@plt
.LVL33:
	j	.L12
.LVL34:
.L2:
.LBE12:
.LBB13:
.LBB14:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 discriminator 1
	.loc 2 364 16 is_stmt 0 discriminator 1
	ld	a0,8(a1)
.LVL35:
	li	a2,10
	li	a1,0
.LVL36:
	call	strtol@plt
.LVL37:
.LBE14:
.LBE13:
	.loc 1 13 8 discriminator 1
	li	s1,4096
	addiw	a3,a0,-2
	addi	a4,s1,902
.LBB17:
.LBB15:
	.loc 2 364 16 discriminator 1
	mv	a5,a0
.LVL38:
.LBE15:
.LBE17:
	.loc 1 13 5 is_stmt 1 discriminator 1
	.loc 1 15 5 is_stmt 0 discriminator 1
	addi	a2,s1,905
	li	a1,0
	lla	a0,composite
.LVL39:
	.loc 1 13 8 discriminator 1
	bleu	a3,a4,.L4
.LVL40:
	.loc 1 15 5 is_stmt 1
	call	memset@plt
.LVL41:
	.loc 1 16 5
.LBB18:
	.loc 1 16 10
	.loc 1 16 27
.LBE18:
	.loc 1 14 15 is_stmt 0
	addi	s1,s1,904
	j	.L3
.LVL42:
.L4:
.LBB19:
.LBB16:
	.loc 2 364 10
	sext.w	s1,a5
.LBE16:
.LBE19:
	.loc 1 15 5 is_stmt 1
	call	memset@plt
.LVL43:
	.loc 1 16 5
.LBB20:
	.loc 1 16 10
	.loc 1 16 27
	li	a5,3
	bgt	s1,a5,.L3
	j	.L5
.LBE20:
	.cfi_endproc
.LFE22:
	.size	main, .-main
	.bss
	.align	3
	.type	composite, @object
	.size	composite, 5001
composite:
	.zero	5001
	.text
.Letext0:
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "/usr/riscv64-linux-gnu/include/string.h"
	.file 5 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 6 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x31f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF24
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL16
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0xe
	.4byte	.LASF25
	.byte	0x5
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
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
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x10
	.byte	0x8
	.byte	0x6
	.4byte	0x75
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x11
	.4byte	0x75
	.byte	0x6
	.4byte	0x7c
	.byte	0x8
	.4byte	0x81
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x12
	.4byte	0x3d
	.4byte	0xaa
	.byte	0x13
	.4byte	0x36
	.2byte	0x1388
	.byte	0
	.byte	0x14
	.4byte	.LASF17
	.byte	0x1
	.byte	0x8
	.byte	0x16
	.4byte	0x99
	.byte	0x9
	.byte	0x3
	.8byte	composite
	.byte	0x9
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x67
	.4byte	0xe0
	.byte	0x3
	.4byte	0x86
	.byte	0x3
	.4byte	0xe5
	.byte	0x3
	.4byte	0x60
	.byte	0
	.byte	0x6
	.4byte	0x70
	.byte	0x8
	.4byte	0xe0
	.byte	0x15
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x60
	.4byte	0x102
	.byte	0x3
	.4byte	0x81
	.byte	0x16
	.byte	0
	.byte	0x9
	.4byte	.LASF14
	.byte	0x4
	.byte	0x3d
	.byte	0xe
	.4byte	0x6e
	.4byte	0x122
	.byte	0x3
	.4byte	0x6e
	.byte	0x3
	.4byte	0x60
	.byte	0x3
	.4byte	0x2a
	.byte	0
	.byte	0x17
	.4byte	.LASF26
	.byte	0x1
	.byte	0xa
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.4byte	0x2f7
	.byte	0xa
	.4byte	.LASF15
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST0
	.byte	0xa
	.4byte	.LASF16
	.byte	0x1b
	.4byte	0xe0
	.4byte	.LLST1
	.byte	0x4
	.4byte	.LASF18
	.byte	0xc
	.byte	0x9
	.4byte	0x60
	.4byte	.LLST2
	.byte	0x4
	.4byte	.LASF19
	.byte	0x14
	.byte	0x9
	.4byte	0x60
	.4byte	.LLST3
	.byte	0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x14
	.4byte	0x60
	.4byte	.LLST4
	.byte	0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x1f
	.4byte	0x60
	.4byte	.LLST5
	.byte	0x4
	.4byte	.LASF22
	.byte	0x14
	.byte	0x2c
	.4byte	0x60
	.4byte	.LLST6
	.byte	0x5
	.string	"sum"
	.byte	0x15
	.byte	0xa
	.4byte	0x67
	.4byte	.LLST7
	.byte	0xb
	.4byte	.LLRL8
	.4byte	0x1e4
	.byte	0x5
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST9
	.byte	0x18
	.4byte	.LLRL10
	.byte	0x5
	.string	"j"
	.byte	0x12
	.byte	0x16
	.4byte	0x60
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LLRL12
	.4byte	0x21c
	.byte	0x5
	.string	"i"
	.byte	0x16
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST13
	.byte	0xc
	.8byte	.LVL33
	.4byte	0xea
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0x19
	.4byte	0x2f7
	.8byte	.LBB13
	.4byte	.LLRL14
	.byte	0x1
	.byte	0xc
	.byte	0x1c
	.4byte	0x256
	.byte	0x1a
	.4byte	0x309
	.4byte	.LLST15
	.byte	0xc
	.8byte	.LVL37
	.4byte	0xc0
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
	.byte	0x7
	.8byte	.LVL4
	.4byte	0x317
	.4byte	0x281
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	composite
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0xa
	.2byte	0x1389
	.byte	0
	.byte	0x7
	.8byte	.LVL25
	.4byte	0xea
	.4byte	0x2be
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
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x8b
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5f
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL41
	.4byte	0x317
	.4byte	0x2e9
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	composite
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0x79
	.byte	0x89,0x7
	.byte	0
	.byte	0x1b
	.8byte	.LVL43
	.4byte	0x317
	.byte	0
	.byte	0x1c
	.4byte	.LASF23
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x60
	.byte	0x3
	.4byte	0x317
	.byte	0x1d
	.4byte	.LASF27
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x81
	.byte	0
	.byte	0x1e
	.4byte	.LASF14
	.4byte	.LASF28
	.byte	0x6
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xa
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
	.byte	0x10
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x5
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
	.byte	0x16
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
	.byte	0xb
	.byte	0x1
	.byte	0x55
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x5
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
	.byte	0x1d
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1e
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
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL34
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LFE22
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL34
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LFE22
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL5
	.byte	0x4
	.byte	0xa
	.2byte	0x3e8
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0x4
	.byte	0xa
	.2byte	0x1388
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL29
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL28
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL34
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL19
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x14
	.byte	0x83
	.byte	0
	.byte	0x12
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x88
	.byte	0
	.byte	0x16
	.byte	0x14
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x2b
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL27
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x14
	.byte	0x83
	.byte	0
	.byte	0x12
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x88
	.byte	0
	.byte	0x16
	.byte	0x14
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x2b
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL19
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL22
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL24
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL34
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL21
	.byte	0x6
	.byte	0x78
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL26
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL34
	.byte	0x6
	.byte	0x78
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x3
	.byte	0x7c
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x3
	.byte	0x7c
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LFE22
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL22
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x3
	.byte	0x78
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL34
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL36
	.byte	0x2
	.byte	0x7b
	.byte	0x8
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37-1
	.byte	0x1
	.byte	0x5a
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
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
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
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LFB22
	.8byte	.LFE22
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF25:
	.string	"size_t"
.LASF19:
	.string	"count"
.LASF3:
	.string	"unsigned char"
.LASF28:
	.string	"__builtin_memset"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF14:
	.string	"memset"
.LASF26:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF27:
	.string	"__nptr"
.LASF11:
	.string	"long long unsigned int"
.LASF18:
	.string	"limit"
.LASF23:
	.string	"atoi"
.LASF20:
	.string	"twins"
.LASF21:
	.string	"max_gap"
.LASF15:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF24:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF9:
	.string	"char"
.LASF13:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF16:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF12:
	.string	"strtol"
.LASF22:
	.string	"prev"
.LASF17:
	.string	"composite"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/primes_sieve.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
