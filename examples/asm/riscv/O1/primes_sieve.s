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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB22:
	.file 1 "programs/primes_sieve.c"
	.loc 1 11 1
	.cfi_startproc
.LVL0:
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	sd	s10,0(sp)
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
	.loc 1 12 5
	.loc 1 12 42 is_stmt 0
	li	a4,1
	li	s1,1000
	bgt	a0,a4,.L23
.LVL1:
.L2:
	.loc 1 15 5 is_stmt 1
	li	a2,4096
	addi	a2,a2,905
	li	a1,0
	lla	a0,composite
	call	memset@plt
.LVL2:
	.loc 1 16 5
.LBB7:
	.loc 1 16 10
	.loc 1 16 27
.L13:
	lla	a2,composite+2
.LBE7:
	.loc 1 11 1 is_stmt 0
	li	a3,2
.LBB10:
	.loc 1 16 23
	li	a5,4
	lla	a7,composite
.LBB8:
	.loc 1 19 30
	li	a0,1
	j	.L6
.LVL3:
.L23:
	mv	a5,a1
.LVL4:
.LBE8:
.LBE10:
.LBB11:
.LBB12:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 is_stmt 1 discriminator 1
	.loc 2 364 16 is_stmt 0 discriminator 1
	li	a2,10
	li	a1,0
.LVL5:
	ld	a0,8(a5)
.LVL6:
	call	strtol@plt
.LVL7:
.LBE12:
.LBE11:
	.loc 1 13 5 is_stmt 1 discriminator 1
	.loc 1 13 8 is_stmt 0 discriminator 1
	addiw	a4,a0,-2
	li	a5,4096
	addi	a5,a5,902
	.loc 1 14 15 discriminator 1
	li	s1,4096
	addi	s1,s1,904
	.loc 1 13 8 discriminator 1
	bgtu	a4,a5,.L2
.LBB14:
.LBB13:
	.loc 2 364 10
	sext.w	s1,a0
.LVL8:
.LBE13:
.LBE14:
	.loc 1 15 5 is_stmt 1
	li	a2,4096
	addi	a2,a2,905
	li	a1,0
	lla	a0,composite
	call	memset@plt
.LVL9:
	.loc 1 16 5
.LBB15:
	.loc 1 16 10
	.loc 1 16 27
	li	a5,3
	bgt	s1,a5,.L13
.LVL10:
.LBE15:
.LBB16:
	.loc 1 22 23
	li	a5,1
	bgt	s1,a5,.L7
.LBE16:
	.loc 1 21 10 is_stmt 0
	li	s6,0
	.loc 1 20 31
	li	s4,0
	.loc 1 20 20
	li	s9,0
	.loc 1 20 9
	li	s2,0
.LVL11:
.L8:
	.loc 1 35 5 is_stmt 1
	mv	a5,s4
	mv	a4,s9
	mv	a3,s6
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC1
	call	printf@plt
.LVL12:
	.loc 1 36 5
	.loc 1 36 18 is_stmt 0
	sraiw	a5,s2,31
	srliw	a5,a5,25
	addw	a0,a5,s2
	andi	a0,a0,127
	.loc 1 37 1
	subw	a0,a0,a5
	ld	ra,88(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,80(sp)
	.cfi_restore 8
	ld	s1,72(sp)
	.cfi_restore 9
.LVL13:
	ld	s2,64(sp)
	.cfi_restore 18
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
	ld	s8,16(sp)
	.cfi_restore 24
	ld	s9,8(sp)
	.cfi_restore 25
	ld	s10,0(sp)
	.cfi_restore 26
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
.LVL14:
.L4:
	.cfi_restore_state
.LBB17:
	.loc 1 16 38 is_stmt 1 discriminator 2
	addiw	a5,a6,1
.LVL15:
	.loc 1 16 27 discriminator 2
	.loc 1 16 23 is_stmt 0 discriminator 2
	mulw	a5,a5,a5
.LVL16:
	.loc 1 16 27 discriminator 2
	addi	a3,a3,1
	addi	a2,a2,1
	bgt	a5,s1,.L7
.LVL17:
.L6:
	sext.w	a6,a3
.LVL18:
	.loc 1 17 9 is_stmt 1
	.loc 1 17 12 is_stmt 0
	lbu	a4,0(a2)
	bne	a4,zero,.L4
.LVL19:
.LBB9:
	.loc 1 18 35 is_stmt 1
	blt	s1,a5,.L4
	mv	a1,a6
	add	a4,a5,a7
.LVL20:
.L5:
	.loc 1 19 17 discriminator 3
	.loc 1 19 30 is_stmt 0 discriminator 3
	sb	a0,0(a4)
	.loc 1 18 47 is_stmt 1 discriminator 3
	addw	a5,a1,a5
.LVL21:
	.loc 1 18 35 discriminator 3
	add	a4,a4,a3
	bge	s1,a5,.L5
	j	.L4
.LVL22:
.L7:
	lla	s3,composite+2
.LBE9:
	.loc 1 16 23 is_stmt 0
	li	s0,2
.LBE17:
	.loc 1 21 10
	li	s6,0
	.loc 1 20 44
	li	a5,2
	.loc 1 20 31
	li	s4,0
	.loc 1 20 20
	li	s9,0
	.loc 1 20 9
	li	s2,0
.LBB18:
	.loc 1 27 12
	li	s8,2
	.loc 1 32 12
	li	s7,25
	.loc 1 33 13
	lla	s10,.LC0
	j	.L12
.LVL23:
.L25:
	.loc 1 28 13 is_stmt 1
	.loc 1 28 18 is_stmt 0
	addiw	s9,s9,1
.LVL24:
	j	.L10
.LVL25:
.L11:
	sext.w	s4,a4
.LVL26:
	.loc 1 31 9 is_stmt 1
	.loc 1 32 9
	mv	a5,s5
	.loc 1 32 12 is_stmt 0
	ble	s2,s7,.L24
.LVL27:
.L9:
	.loc 1 22 34 is_stmt 1 discriminator 2
	.loc 1 22 23 discriminator 2
	addi	s0,s0,1
.LVL28:
	addi	s3,s3,1
	sext.w	a4,s0
	bgt	a4,s1,.L8
.LVL29:
.L12:
	.loc 1 23 9
	.loc 1 23 12 is_stmt 0
	lbu	a4,0(s3)
	bne	a4,zero,.L9
	sext.w	s5,s0
	.loc 1 25 9 is_stmt 1
	.loc 1 25 14 is_stmt 0
	addiw	s2,s2,1
.LVL30:
	.loc 1 26 9 is_stmt 1
	.loc 1 26 13 is_stmt 0
	add	s6,s6,s0
.LVL31:
	.loc 1 27 9 is_stmt 1
	.loc 1 27 15 is_stmt 0
	subw	a5,s0,a5
.LVL32:
	sext.w	a4,a5
	.loc 1 27 12
	beq	a4,s8,.L25
.LVL33:
.L10:
	.loc 1 29 9 is_stmt 1
	mv	a4,a5
	sext.w	a5,a5
	bge	a5,s4,.L11
	mv	a4,s4
	j	.L11
.LVL34:
.L24:
	.loc 1 33 13
	mv	a1,s5
	mv	a0,s10
	call	printf@plt
.LVL35:
	mv	a5,s5
	j	.L9
.LBE18:
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
	.4byte	0x30b
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF24
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xe
	.4byte	.LASF25
	.byte	0x5
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.4byte	0x79
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x11
	.4byte	0x79
	.byte	0x6
	.4byte	0x80
	.byte	0x8
	.4byte	0x85
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x12
	.4byte	0x41
	.4byte	0xae
	.byte	0x13
	.4byte	0x3a
	.2byte	0x1388
	.byte	0
	.byte	0x14
	.4byte	.LASF17
	.byte	0x1
	.byte	0x8
	.byte	0x16
	.4byte	0x9d
	.byte	0x9
	.byte	0x3
	.8byte	composite
	.byte	0x9
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x6b
	.4byte	0xe4
	.byte	0x3
	.4byte	0x8a
	.byte	0x3
	.4byte	0xe9
	.byte	0x3
	.4byte	0x64
	.byte	0
	.byte	0x6
	.4byte	0x74
	.byte	0x8
	.4byte	0xe4
	.byte	0x15
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0x106
	.byte	0x3
	.4byte	0x85
	.byte	0x16
	.byte	0
	.byte	0x9
	.4byte	.LASF14
	.byte	0x4
	.byte	0x3d
	.byte	0xe
	.4byte	0x72
	.4byte	0x126
	.byte	0x3
	.4byte	0x72
	.byte	0x3
	.4byte	0x64
	.byte	0x3
	.4byte	0x2e
	.byte	0
	.byte	0x17
	.4byte	.LASF26
	.byte	0x1
	.byte	0xa
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.4byte	0x2e3
	.byte	0xa
	.4byte	.LASF15
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST0
	.byte	0xa
	.4byte	.LASF16
	.byte	0x1b
	.4byte	0xe4
	.4byte	.LLST1
	.byte	0x4
	.4byte	.LASF18
	.byte	0xc
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST2
	.byte	0x4
	.4byte	.LASF19
	.byte	0x14
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST3
	.byte	0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x14
	.4byte	0x64
	.4byte	.LLST4
	.byte	0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x1f
	.4byte	0x64
	.4byte	.LLST5
	.byte	0x4
	.4byte	.LASF22
	.byte	0x14
	.byte	0x2c
	.4byte	0x64
	.4byte	.LLST6
	.byte	0x5
	.string	"sum"
	.byte	0x15
	.byte	0xa
	.4byte	0x6b
	.4byte	.LLST7
	.byte	0xb
	.4byte	.LLRL8
	.4byte	0x1e8
	.byte	0x5
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST9
	.byte	0x18
	.4byte	.LLRL10
	.byte	0x5
	.string	"j"
	.byte	0x12
	.byte	0x16
	.4byte	0x64
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LLRL14
	.4byte	0x219
	.byte	0x5
	.string	"i"
	.byte	0x16
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST15
	.byte	0x7
	.8byte	.LVL35
	.4byte	0xee
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0
	.byte	0x19
	.4byte	0x2e3
	.8byte	.LBB11
	.4byte	.LLRL12
	.byte	0x1
	.byte	0xc
	.byte	0x1c
	.4byte	0x253
	.byte	0x1a
	.4byte	0x2f5
	.4byte	.LLST13
	.byte	0x7
	.8byte	.LVL7
	.4byte	0xc4
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
	.byte	0xc
	.8byte	.LVL2
	.4byte	0x303
	.4byte	0x27e
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
	.byte	0xc
	.8byte	.LVL9
	.4byte	0x303
	.4byte	0x2a9
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
	.8byte	.LVL12
	.4byte	0xee
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
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5f
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1b
	.4byte	.LASF23
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x64
	.byte	0x3
	.4byte	0x303
	.byte	0x1c
	.4byte	.LASF27
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x85
	.byte	0
	.byte	0x1d
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
	.byte	0x1
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x1c
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
	.byte	0x1d
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
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL6
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
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL7-1
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
	.8byte	.LVL3
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL13
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LFE22
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL30
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LFE22
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL34
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35-1
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL35-1
	.8byte	.LFE22
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LFE22
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE22
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL11
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x3
	.byte	0x80
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL27
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x3
	.byte	0x78
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LFE22
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7-1
	.byte	0x2
	.byte	0x7f
	.byte	0x8
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
.LLRL8:
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
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
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
