	.file	"primes_sieve.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/primes_sieve.c"
	.local	composite
	.comm	composite,5001,8
	.section	.rodata
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
.LFB6:
	.file 1 "programs/primes_sieve.c"
	.loc 1 11 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-80(s0)
	sw	a5,-68(s0)
	.loc 1 12 42
	lw	a5,-68(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L2
	.loc 1 12 37 discriminator 1
	ld	a5,-80(s0)
	addi	a5,a5,8
	.loc 1 12 28 discriminator 1
	ld	a5,0(a5)
	mv	a0,a5
	call	atoi@plt
	mv	a5,a0
	j	.L3
.L2:
	.loc 1 12 42 discriminator 2
	li	a5,1000
.L3:
	.loc 1 12 9 discriminator 4
	sw	a5,-20(s0)
	.loc 1 13 8 discriminator 4
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,4096
	addi	a5,a5,904
	bgt	a4,a5,.L4
	.loc 1 13 23 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,1
	bgt	a4,a5,.L5
.L4:
	.loc 1 14 15
	li	a5,4096
	addi	a5,a5,904
	sw	a5,-20(s0)
.L5:
	.loc 1 15 5
	li	a5,4096
	addi	a2,a5,905
	li	a1,0
	lla	a0,composite
	call	memset@plt
.LBB2:
	.loc 1 16 14
	li	a5,2
	sw	a5,-24(s0)
	.loc 1 16 5
	j	.L6
.L10:
	.loc 1 17 23
	lla	a4,composite
	lw	a5,-24(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	.loc 1 17 12
	bne	a5,zero,.L7
.LBB3:
	.loc 1 18 22
	lw	a5,-24(s0)
	mulw	a5,a5,a5
	sw	a5,-28(s0)
	.loc 1 18 13
	j	.L8
.L9:
	.loc 1 19 30 discriminator 3
	lla	a4,composite
	lw	a5,-28(s0)
	add	a5,a4,a5
	li	a4,1
	sb	a4,0(a5)
	.loc 1 18 47 discriminator 3
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	addw	a5,a4,a5
	sw	a5,-28(s0)
.L8:
	.loc 1 18 35 discriminator 1
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-20(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L9
.L7:
.LBE3:
	.loc 1 16 38 discriminator 2
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L6:
	.loc 1 16 23 discriminator 1
	lw	a5,-24(s0)
	mulw	a5,a5,a5
	sext.w	a4,a5
	.loc 1 16 27 discriminator 1
	lw	a5,-20(s0)
	sext.w	a5,a5
	bge	a5,a4,.L10
.LBE2:
	.loc 1 20 9
	sw	zero,-32(s0)
	.loc 1 20 20
	sw	zero,-36(s0)
	.loc 1 20 31
	sw	zero,-40(s0)
	.loc 1 20 44
	li	a5,2
	sw	a5,-44(s0)
	.loc 1 21 10
	sd	zero,-56(s0)
.LBB4:
	.loc 1 22 14
	li	a5,2
	sw	a5,-60(s0)
	.loc 1 22 5
	j	.L11
.L16:
	.loc 1 23 22
	lla	a4,composite
	lw	a5,-60(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	.loc 1 23 12
	bne	a5,zero,.L18
	.loc 1 25 14
	lw	a5,-32(s0)
	addiw	a5,a5,1
	sw	a5,-32(s0)
	.loc 1 26 13
	lw	a5,-60(s0)
	ld	a4,-56(s0)
	add	a5,a4,a5
	sd	a5,-56(s0)
	.loc 1 27 15
	lw	a5,-60(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 27 12
	mv	a4,a5
	li	a5,2
	bne	a4,a5,.L14
	.loc 1 28 18
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L14:
	.loc 1 29 15
	lw	a5,-60(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	subw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 29 12
	lw	a5,-40(s0)
	sext.w	a5,a5
	bge	a5,a4,.L15
	.loc 1 30 21
	lw	a5,-60(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	subw	a5,a4,a5
	sw	a5,-40(s0)
.L15:
	.loc 1 31 14
	lw	a5,-60(s0)
	sw	a5,-44(s0)
	.loc 1 32 12
	lw	a5,-32(s0)
	sext.w	a4,a5
	li	a5,25
	bgt	a4,a5,.L13
	.loc 1 33 13
	lw	a5,-60(s0)
	mv	a1,a5
	lla	a0,.LC0
	call	printf@plt
	j	.L13
.L18:
	.loc 1 24 13
	nop
.L13:
	.loc 1 22 34 discriminator 2
	lw	a5,-60(s0)
	addiw	a5,a5,1
	sw	a5,-60(s0)
.L11:
	.loc 1 22 23 discriminator 1
	lw	a5,-60(s0)
	mv	a4,a5
	lw	a5,-20(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L16
.LBE4:
	.loc 1 35 5
	lw	a5,-40(s0)
	lw	a4,-36(s0)
	lw	a2,-32(s0)
	lw	a1,-20(s0)
	ld	a3,-56(s0)
	lla	a0,.LC1
	call	printf@plt
	.loc 1 36 18
	lw	a5,-32(s0)
	mv	a4,a5
	sraiw	a5,a4,31
	srliw	a5,a5,25
	addw	a4,a4,a5
	andi	a4,a4,127
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 37 1
	mv	a0,a5
	ld	ra,72(sp)
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.file 5 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1ff
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xa
	.4byte	.LASF24
	.byte	0x5
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.byte	0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0xc
	.byte	0x8
	.byte	0x5
	.4byte	0x79
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xd
	.4byte	0x79
	.byte	0x5
	.4byte	0x80
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xe
	.4byte	0x41
	.4byte	0xa9
	.byte	0xf
	.4byte	0x3a
	.2byte	0x1388
	.byte	0
	.byte	0x2
	.4byte	.LASF17
	.byte	0x8
	.byte	0x16
	.4byte	0x98
	.byte	0x9
	.byte	0x3
	.8byte	composite
	.byte	0x10
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xd6
	.byte	0x3
	.4byte	0x85
	.byte	0x11
	.byte	0
	.byte	0x6
	.4byte	.LASF13
	.byte	0x3
	.byte	0x3d
	.byte	0xe
	.4byte	0x72
	.4byte	0xf6
	.byte	0x3
	.4byte	0x72
	.byte	0x3
	.4byte	0x64
	.byte	0x3
	.4byte	0x2e
	.byte	0
	.byte	0x6
	.4byte	.LASF14
	.byte	0x4
	.byte	0x69
	.byte	0xc
	.4byte	0x64
	.4byte	0x10c
	.byte	0x3
	.4byte	0x85
	.byte	0
	.byte	0x12
	.4byte	.LASF25
	.byte	0x1
	.byte	0xa
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fd
	.byte	0x7
	.4byte	.LASF15
	.byte	0xe
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7f
	.byte	0x7
	.4byte	.LASF16
	.byte	0x1b
	.4byte	0x1fd
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x2
	.4byte	.LASF18
	.byte	0xc
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.4byte	.LASF19
	.byte	0x14
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x2
	.4byte	.LASF20
	.byte	0x14
	.byte	0x14
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.4byte	.LASF21
	.byte	0x14
	.byte	0x1f
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.4byte	.LASF22
	.byte	0x14
	.byte	0x2c
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x4
	.string	"sum"
	.byte	0x15
	.byte	0xa
	.4byte	0x6b
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x13
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x1de
	.byte	0x4
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x8
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x4
	.string	"j"
	.byte	0x12
	.byte	0x16
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x4
	.string	"i"
	.byte	0x16
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x74
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
	.byte	0x18
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x7
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x5
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
	.byte	0x18
	.byte	0
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
	.byte	0x13
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
.LASF10:
	.string	"long long int"
.LASF24:
	.string	"size_t"
.LASF25:
	.string	"main"
.LASF17:
	.string	"composite"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"limit"
.LASF11:
	.string	"long long unsigned int"
.LASF14:
	.string	"atoi"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF19:
	.string	"count"
.LASF8:
	.string	"long int"
.LASF21:
	.string	"max_gap"
.LASF20:
	.string	"twins"
.LASF15:
	.string	"argc"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF16:
	.string	"argv"
.LASF23:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF13:
	.string	"memset"
.LASF7:
	.string	"short int"
.LASF22:
	.string	"prev"
.LASF5:
	.string	"unsigned int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/primes_sieve.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
