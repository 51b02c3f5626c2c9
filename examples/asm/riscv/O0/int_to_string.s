	.file	"int_to_string.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/int_to_string.c"
	.align	1
	.type	utoa, @function
utoa:
.LFB0:
	.file 1 "programs/int_to_string.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-144
	.cfi_def_cfa_offset 144
	sd	s0,136(sp)
	.cfi_offset 8, -8
	addi	s0,sp,144
	.cfi_def_cfa 8, 0
	sd	a0,-120(s0)
	mv	a5,a1
	sd	a2,-136(s0)
	sw	a5,-124(s0)
	.loc 1 8 9
	sw	zero,-20(s0)
.L4:
.LBB2:
	.loc 1 10 35
	lwu	a5,-124(s0)
	ld	a4,-120(s0)
	remu	a5,a4,a5
	.loc 1 10 18
	sw	a5,-28(s0)
	.loc 1 11 20
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,9
	bgtu	a4,a5,.L2
	.loc 1 11 40 discriminator 1
	lw	a5,-28(s0)
	andi	a5,a5,0xff
	.loc 1 11 20 discriminator 1
	addiw	a5,a5,48
	andi	a5,a5,0xff
	j	.L3
.L2:
	.loc 1 11 54 discriminator 2
	lw	a5,-28(s0)
	andi	a5,a5,0xff
	.loc 1 11 20 discriminator 2
	addiw	a5,a5,87
	andi	a5,a5,0xff
.L3:
	.loc 1 11 14 discriminator 4
	lw	a4,-20(s0)
	addiw	a3,a4,1
	sw	a3,-20(s0)
	.loc 1 11 18 discriminator 4
	addi	a4,a4,-16
	add	a4,a4,s0
	sb	a5,-88(a4)
	.loc 1 12 11 discriminator 4
	lwu	a5,-124(s0)
	ld	a4,-120(s0)
	divu	a5,a4,a5
	sd	a5,-120(s0)
.LBE2:
	.loc 1 13 14 discriminator 4
	ld	a5,-120(s0)
	bne	a5,zero,.L4
.LBB3:
	.loc 1 14 14
	sw	zero,-24(s0)
	.loc 1 14 5
	j	.L5
.L6:
	.loc 1 15 24 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 15 28 discriminator 3
	lw	a4,-24(s0)
	subw	a5,a5,a4
	sext.w	a4,a5
	.loc 1 15 12 discriminator 3
	lw	a5,-24(s0)
	ld	a3,-136(s0)
	add	a5,a3,a5
	.loc 1 15 21 discriminator 3
	addi	a4,a4,-16
	add	a4,a4,s0
	lbu	a4,-88(a4)
	.loc 1 15 16 discriminator 3
	sb	a4,0(a5)
	.loc 1 14 29 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L5:
	.loc 1 14 23 discriminator 1
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-20(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L6
.LBE3:
	.loc 1 16 8
	lw	a5,-20(s0)
	ld	a4,-136(s0)
	add	a5,a4,a5
	.loc 1 16 12
	sb	zero,0(a5)
	.loc 1 17 12
	ld	a5,-136(s0)
	.loc 1 18 1
	mv	a0,a5
	ld	s0,136(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 144
	addi	sp,sp,144
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	utoa, .-utoa
	.align	1
	.type	itoa, @function
itoa:
.LFB1:
	.loc 1 21 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	mv	a5,a1
	sd	a2,-40(s0)
	sw	a5,-28(s0)
	.loc 1 22 8
	ld	a5,-24(s0)
	bge	a5,zero,.L9
	.loc 1 23 16
	ld	a5,-40(s0)
	li	a4,45
	sb	a4,0(a5)
	.loc 1 24 21
	ld	a5,-24(s0)
	.loc 1 24 9
	neg	a4,a5
	ld	a5,-40(s0)
	addi	a3,a5,1
	lw	a5,-28(s0)
	mv	a2,a3
	mv	a1,a5
	mv	a0,a4
	call	utoa
	j	.L10
.L9:
	.loc 1 26 9
	ld	a5,-24(s0)
	lw	a4,-28(s0)
	ld	a2,-40(s0)
	mv	a1,a4
	mv	a0,a5
	call	utoa
.L10:
	.loc 1 28 12
	ld	a5,-40(s0)
	.loc 1 29 1
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
	.size	itoa, .-itoa
	.section	.rodata
	.align	3
.LC2:
	.string	"%s "
	.align	3
.LC3:
	.string	"%lld"
	.align	3
.LC0:
	.dword	0
	.dword	1
	.dword	-1
	.dword	255
	.dword	-256
	.dword	1234567890123
	.dword	-9223372036854775808
	.dword	9223372036854775807
	.align	3
.LC1:
	.word	2
	.word	8
	.word	10
	.word	16
	.word	36
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 32 1
	.cfi_startproc
	addi	sp,sp,-288
	.cfi_def_cfa_offset 288
	sd	ra,280(sp)
	sd	s0,272(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,288
	.cfi_def_cfa 8, 0
	.loc 1 33 15
	lla	a5,.LC0
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a0,16(a5)
	ld	a1,24(a5)
	ld	a2,32(a5)
	ld	a3,40(a5)
	ld	a4,48(a5)
	ld	a5,56(a5)
	sd	a7,-96(s0)
	sd	a6,-88(s0)
	sd	a0,-80(s0)
	sd	a1,-72(s0)
	sd	a2,-64(s0)
	sd	a3,-56(s0)
	sd	a4,-48(s0)
	sd	a5,-40(s0)
	.loc 1 34 14
	lla	a5,.LC1
	ld	a4,0(a5)
	sd	a4,-120(s0)
	ld	a4,8(a5)
	sd	a4,-112(s0)
	lw	a5,16(a5)
	sw	a5,-104(s0)
	.loc 1 36 9
	sw	zero,-20(s0)
.LBB4:
	.loc 1 37 19
	sw	zero,-24(s0)
	.loc 1 37 5
	j	.L13
.L16:
.LBB5:
	.loc 1 38 23
	sw	zero,-28(s0)
	.loc 1 38 9
	j	.L14
.L15:
	.loc 1 39 13 discriminator 3
	lwu	a5,-24(s0)
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a4,-80(a5)
	lwu	a5,-28(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-104(a5)
	addi	a3,s0,-200
	mv	a2,a3
	mv	a1,a5
	mv	a0,a4
	call	itoa
	mv	a5,a0
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 38 67 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L14:
	.loc 1 38 32 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,4
	bleu	a4,a5,.L15
.LBE5:
	.loc 1 40 9 discriminator 2
	li	a0,10
	call	putchar@plt
	.loc 1 41 9 discriminator 2
	lwu	a5,-24(s0)
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a4,-80(a5)
	addi	a5,s0,-280
	mv	a3,a4
	lla	a2,.LC3
	li	a1,80
	mv	a0,a5
	call	snprintf@plt
	.loc 1 42 35 discriminator 2
	lwu	a5,-24(s0)
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a5,-80(a5)
	addi	a4,s0,-200
	mv	a2,a4
	li	a1,10
	mv	a0,a5
	call	itoa
	mv	a4,a0
	.loc 1 42 23 discriminator 2
	addi	a5,s0,-280
	mv	a1,a4
	mv	a0,a5
	call	strcmp@plt
	mv	a5,a0
	.loc 1 42 61 discriminator 2
	snez	a5,a5
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 42 20 discriminator 2
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 37 65 discriminator 2
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L13:
	.loc 1 37 28 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,7
	bleu	a4,a5,.L16
.LBE4:
	.loc 1 44 12
	lw	a5,-20(s0)
	.loc 1 45 1
	mv	a0,a5
	ld	ra,280(sp)
	.cfi_restore 1
	ld	s0,272(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 288
	addi	sp,sp,288
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/string.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2bd
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xe
	.4byte	.LASF22
	.byte	0x4
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
	.byte	0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x9
	.4byte	0x77
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x10
	.4byte	0x77
	.byte	0x9
	.4byte	0x7e
	.byte	0x11
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9c
	.byte	0xc
	.4byte	0x64
	.4byte	0xa3
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x83
	.byte	0
	.byte	0xa
	.4byte	.LASF11
	.2byte	0x17a
	.4byte	0x64
	.4byte	0xc3
	.byte	0x3
	.4byte	0x72
	.byte	0x3
	.4byte	0x2e
	.byte	0x3
	.4byte	0x83
	.byte	0xb
	.byte	0
	.byte	0xa
	.4byte	.LASF12
	.2byte	0x164
	.4byte	0x64
	.4byte	0xd9
	.byte	0x3
	.4byte	0x83
	.byte	0xb
	.byte	0
	.byte	0x12
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x182
	.byte	0x6
	.4byte	.LASF13
	.byte	0x21
	.byte	0xf
	.4byte	0x182
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7f
	.byte	0x6
	.4byte	.LASF14
	.byte	0x22
	.byte	0xe
	.4byte	0x199
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x2
	.string	"buf"
	.byte	0x23
	.byte	0xa
	.4byte	0x1a9
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7e
	.byte	0x2
	.string	"ref"
	.byte	0x23
	.byte	0x13
	.4byte	0x1a9
	.byte	0x3
	.byte	0x91
	.byte	0xe8,0x7d
	.byte	0x6
	.4byte	.LASF15
	.byte	0x24
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x7
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x2
	.string	"i"
	.byte	0x25
	.byte	0x13
	.4byte	0x4f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x7
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x2
	.string	"j"
	.byte	0x26
	.byte	0x17
	.4byte	0x4f
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	0x192
	.4byte	0x192
	.byte	0x4
	.4byte	0x3a
	.byte	0x7
	.byte	0
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF16
	.byte	0x8
	.4byte	0x4f
	.4byte	0x1a9
	.byte	0x4
	.4byte	0x3a
	.byte	0x4
	.byte	0
	.byte	0x8
	.4byte	0x77
	.4byte	0x1b9
	.byte	0x4
	.4byte	0x3a
	.byte	0x4f
	.byte	0
	.byte	0x13
	.4byte	.LASF18
	.byte	0x1
	.byte	0x14
	.byte	0xe
	.4byte	0x72
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x204
	.byte	0x5
	.string	"v"
	.byte	0x14
	.byte	0x1d
	.4byte	0x192
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0xc
	.4byte	.LASF17
	.byte	0x14
	.byte	0x29
	.4byte	0x4f
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x5
	.string	"buf"
	.byte	0x14
	.byte	0x35
	.4byte	0x72
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0x14
	.4byte	.LASF19
	.byte	0x1
	.byte	0x5
	.byte	0xe
	.4byte	0x72
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x2ad
	.byte	0x5
	.string	"v"
	.byte	0x5
	.byte	0x26
	.4byte	0x2ad
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0xc
	.4byte	.LASF17
	.byte	0x5
	.byte	0x32
	.4byte	0x4f
	.byte	0x3
	.byte	0x91
	.byte	0x84,0x7f
	.byte	0x5
	.string	"buf"
	.byte	0x5
	.byte	0x3e
	.4byte	0x72
	.byte	0x3
	.byte	0x91
	.byte	0xf8,0x7e
	.byte	0x2
	.string	"tmp"
	.byte	0x7
	.byte	0xa
	.4byte	0x2b4
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x2
	.string	"n"
	.byte	0x8
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x15
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x28e
	.byte	0x2
	.string	"d"
	.byte	0xa
	.byte	0x12
	.4byte	0x4f
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0x7
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"i"
	.byte	0xe
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF20
	.byte	0x16
	.4byte	0x77
	.byte	0x4
	.4byte	0x3a
	.byte	0x47
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x5
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0x3
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x5
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
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0x1
	.byte	0x1
	.byte	0x49
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
.LASF11:
	.string	"snprintf"
.LASF18:
	.string	"itoa"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"size_t"
.LASF14:
	.string	"bases"
.LASF15:
	.string	"mismatches"
.LASF23:
	.string	"main"
.LASF21:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF17:
	.string	"base"
.LASF5:
	.string	"unsigned int"
.LASF20:
	.string	"long long unsigned int"
.LASF10:
	.string	"strcmp"
.LASF19:
	.string	"utoa"
.LASF16:
	.string	"long long int"
.LASF9:
	.string	"char"
.LASF13:
	.string	"values"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/int_to_string.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
