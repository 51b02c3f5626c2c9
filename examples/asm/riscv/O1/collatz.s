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
	mv	a5,a0
	.loc 1 7 5
.LVL1:
	.loc 1 8 5
	.loc 1 8 11 is_stmt 0
	sd	a0,0(a1)
	.loc 1 9 5 is_stmt 1
	.loc 1 9 14
	li	a4,1
	beq	a0,a4,.L7
	.loc 1 7 9 is_stmt 0
	li	a0,0
.LVL2:
	.loc 1 9 14
	li	a3,1
	j	.L6
.LVL3:
.L3:
	.loc 1 10 33 discriminator 2
	srli	a5,a5,1
.LVL4:
	j	.L4
.LVL5:
.L5:
	.loc 1 13 9 is_stmt 1
	.loc 1 13 10 is_stmt 0
	addiw	a0,a0,1
.LVL6:
	.loc 1 9 14 is_stmt 1
	beq	a5,a3,.L9
.LVL7:
.L6:
	.loc 1 10 9
	.loc 1 10 16 is_stmt 0
	andi	a4,a5,1
	.loc 1 10 33
	beq	a4,zero,.L3
	.loc 1 10 25 discriminator 1
	slli	a4,a5,1
	add	a5,a4,a5
.LVL8:
	.loc 1 10 33 discriminator 1
	addi	a5,a5,1
.L4:
.LVL9:
	.loc 1 11 9 is_stmt 1 discriminator 4
	.loc 1 11 12 is_stmt 0 discriminator 4
	ld	a4,0(a1)
	bgeu	a4,a5,.L5
	.loc 1 12 13 is_stmt 1
	.loc 1 12 19 is_stmt 0
	sd	a5,0(a1)
	j	.L5
.LVL10:
.L9:
	ret
.LVL11:
.L7:
	.loc 1 7 9
	li	a0,0
.LVL12:
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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB23:
	.loc 1 19 1 is_stmt 1
	.cfi_startproc
.LVL13:
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.loc 1 20 5
	.loc 1 20 59 is_stmt 0
	li	a5,1
	bgt	a0,a5,.L21
	.loc 1 21 59
	li	s2,30
	.loc 1 20 59
	li	s6,1
	li	s0,1
	li	s4,1
.LVL14:
.L11:
.LBB2:
	.loc 1 24 34
	li	s5,0
	li	s1,0
.LBB3:
	.loc 1 26 17
	mv	s3,sp
	j	.L15
.LVL15:
.L21:
	mv	s0,a0
	mv	s1,a1
.LBE3:
.LBE2:
	.loc 1 20 35 discriminator 1
	li	a2,10
	li	a1,0
.LVL16:
	ld	a0,8(s1)
.LVL17:
	call	strtoul@plt
.LVL18:
	mv	s4,a0
.LVL19:
	.loc 1 21 5 is_stmt 1 discriminator 1
	.loc 1 21 59 is_stmt 0 discriminator 1
	li	a5,2
	li	s2,30
	bgt	s0,a5,.L22
.LVL20:
.L12:
	.loc 1 22 5 is_stmt 1 discriminator 4
	.loc 1 23 5 discriminator 4
	.loc 1 24 5 discriminator 4
.LBB5:
	.loc 1 24 10 discriminator 4
	.loc 1 24 34 discriminator 4
	bltu	s2,s4,.L18
	.loc 1 24 34 is_stmt 0
	mv	s6,s4
	mv	s0,s4
	j	.L11
.LVL21:
.L22:
.LBE5:
	.loc 1 21 35 discriminator 1
	li	a2,10
	li	a1,0
	ld	a0,16(s1)
.LVL22:
	call	strtoul@plt
.LVL23:
	mv	s2,a0
	j	.L12
.LVL24:
.L14:
.LBB6:
	.loc 1 24 42 is_stmt 1 discriminator 2
	addi	s0,s0,1
.LVL25:
	.loc 1 24 34 discriminator 2
	bgtu	s0,s2,.L13
.LVL26:
.L15:
.LBB4:
	.loc 1 25 9
	.loc 1 26 9
	.loc 1 26 17 is_stmt 0
	mv	a1,s3
	mv	a0,s0
	call	steps
.LVL27:
	.loc 1 27 9 is_stmt 1
	.loc 1 27 12 is_stmt 0
	ble	a0,s1,.L14
	.loc 1 28 13 is_stmt 1
.LVL28:
	.loc 1 29 13
	.loc 1 30 13
	.loc 1 30 23 is_stmt 0
	ld	s5,0(sp)
.LVL29:
	mv	s4,s0
	.loc 1 28 18
	mv	s1,a0
	j	.L14
.LVL30:
.L18:
.LBE4:
	.loc 1 24 34
	mv	s6,s4
.LBE6:
	.loc 1 23 32
	li	s5,0
	.loc 1 22 9
	li	s1,0
.LVL31:
.L13:
	.loc 1 33 5 is_stmt 1
	mv	a5,s5
	mv	a4,s1
	mv	a3,s4
	mv	a2,s2
	mv	a1,s6
	lla	a0,.LC0
	call	printf@plt
.LVL32:
	.loc 1 34 5
	.loc 1 35 5
	addi	s2,sp,8
	mv	a1,s2
	li	a0,27
	call	steps
.LVL33:
	mv	s0,a0
	mv	a1,s2
	li	a0,839680
	addi	a0,a0,-1881
	call	steps
.LVL34:
	mv	a2,a0
	mv	a1,s0
	lla	a0,.LC1
	call	printf@plt
.LVL35:
	.loc 1 36 5
	.loc 1 37 1 is_stmt 0
	andi	a0,s1,127
	ld	ra,72(sp)
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	ld	s1,56(sp)
	.cfi_restore 9
	ld	s2,48(sp)
	.cfi_restore 18
	ld	s3,40(sp)
	.cfi_restore 19
	ld	s4,32(sp)
	.cfi_restore 20
.LVL36:
	ld	s5,24(sp)
	.cfi_restore 21
	ld	s6,16(sp)
	.cfi_restore 22
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE23:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2dd
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xb
	.4byte	.LASF20
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
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0xc
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	0x6b
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xd
	.4byte	0x6b
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xe
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x9d
	.byte	0x6
	.4byte	0x9d
	.byte	0xf
	.byte	0
	.byte	0x5
	.4byte	0x72
	.byte	0x8
	.4byte	0x9d
	.byte	0x10
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.byte	0x6
	.4byte	0xa2
	.byte	0x6
	.4byte	0xcc
	.byte	0x6
	.4byte	0x58
	.byte	0
	.byte	0x5
	.4byte	0x66
	.byte	0x8
	.4byte	0xc7
	.byte	0x11
	.4byte	.LASF21
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x28f
	.byte	0x9
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST2
	.byte	0x9
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc7
	.4byte	.LLST3
	.byte	0x3
	.string	"lo"
	.byte	0x14
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST4
	.byte	0x3
	.string	"hi"
	.byte	0x15
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST5
	.byte	0x7
	.4byte	.LASF16
	.byte	0x16
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST6
	.byte	0x7
	.4byte	.LASF17
	.byte	0x17
	.byte	0x13
	.4byte	0x2e
	.4byte	.LLST7
	.byte	0x7
	.4byte	.LASF18
	.byte	0x17
	.byte	0x20
	.4byte	0x2e
	.4byte	.LLST8
	.byte	0x12
	.string	"p"
	.byte	0x1
	.byte	0x22
	.byte	0x13
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x13
	.4byte	.LLRL9
	.4byte	0x1ba
	.byte	0x3
	.string	"n"
	.byte	0x18
	.byte	0x18
	.4byte	0x2e
	.4byte	.LLST10
	.byte	0x14
	.4byte	.LLRL11
	.byte	0x15
	.4byte	.LASF19
	.byte	0x1
	.byte	0x19
	.byte	0x17
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x3
	.string	"s"
	.byte	0x1a
	.byte	0xd
	.4byte	0x58
	.4byte	.LLST12
	.byte	0xa
	.8byte	.LVL27
	.4byte	0x28f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL18
	.4byte	0xa7
	.4byte	0x1d6
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
	.byte	0x4
	.8byte	.LVL23
	.4byte	0xa7
	.4byte	0x1f2
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
	.byte	0x4
	.8byte	.LVL32
	.4byte	0x85
	.4byte	0x22f
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
	.byte	0x86
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
	.byte	0x84
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5f
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL33
	.4byte	0x28f
	.4byte	0x24c
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
	.byte	0x4
	.8byte	.LVL34
	.4byte	0x28f
	.4byte	0x26d
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
	.byte	0xa
	.8byte	.LVL35
	.4byte	0x85
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
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x16
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.4byte	0x2db
	.byte	0x17
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x20
	.4byte	0x2e
	.4byte	.LLST0
	.byte	0x18
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x2db
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST1
	.byte	0
	.byte	0x5
	.4byte	0x2e
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
	.byte	0x4
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0xf
	.byte	0x18
	.byte	0
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
	.byte	0x11
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
	.byte	0x12
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x15
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
	.byte	0x16
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x18
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
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL24
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL24
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL28
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL28
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL30
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL36
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LFE22
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LFE22
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
.LLRL9:
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
