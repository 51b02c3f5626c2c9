	.file	"queue_ring.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/queue_ring.c"
	.align	1
	.type	push, @function
push:
.LFB0:
	.file 1 "programs/queue_ring.c"
	.loc 1 9 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	mv	a5,a1
	sw	a5,-28(s0)
	.loc 1 10 10
	ld	a5,-24(s0)
	lw	a5,40(a5)
	.loc 1 10 8
	mv	a4,a5
	li	a5,8
	bne	a4,a5,.L2
	.loc 1 11 16
	li	a5,0
	j	.L3
.L2:
	.loc 1 12 15
	ld	a5,-24(s0)
	lw	a5,36(a5)
	.loc 1 12 23
	ld	a4,-24(s0)
	slli	a5,a5,32
	srli	a5,a5,32
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-28(s0)
	sw	a4,0(a5)
	.loc 1 13 17
	ld	a5,-24(s0)
	lw	a5,36(a5)
	.loc 1 13 24
	addiw	a5,a5,1
	sext.w	a5,a5
	.loc 1 13 29
	andi	a5,a5,7
	sext.w	a4,a5
	.loc 1 13 13
	ld	a5,-24(s0)
	sw	a4,36(a5)
	.loc 1 14 6
	ld	a5,-24(s0)
	lw	a5,40(a5)
	.loc 1 14 12
	addiw	a5,a5,1
	sext.w	a4,a5
	ld	a5,-24(s0)
	sw	a4,40(a5)
	.loc 1 15 12
	li	a5,1
.L3:
	.loc 1 16 1
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	push, .-push
	.align	1
	.type	pop, @function
pop:
.LFB1:
	.loc 1 19 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	sd	a1,-32(s0)
	.loc 1 20 10
	ld	a5,-24(s0)
	lw	a5,40(a5)
	.loc 1 20 8
	bne	a5,zero,.L5
	.loc 1 21 16
	li	a5,0
	j	.L6
.L5:
	.loc 1 22 20
	ld	a5,-24(s0)
	lw	a5,32(a5)
	.loc 1 22 18
	ld	a4,-24(s0)
	slli	a5,a5,32
	srli	a5,a5,32
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 22 8
	ld	a5,-32(s0)
	sw	a4,0(a5)
	.loc 1 23 17
	ld	a5,-24(s0)
	lw	a5,32(a5)
	.loc 1 23 24
	addiw	a5,a5,1
	sext.w	a5,a5
	.loc 1 23 29
	andi	a5,a5,7
	sext.w	a4,a5
	.loc 1 23 13
	ld	a5,-24(s0)
	sw	a4,32(a5)
	.loc 1 24 6
	ld	a5,-24(s0)
	lw	a5,40(a5)
	.loc 1 24 12
	addiw	a5,a5,-1
	sext.w	a4,a5
	ld	a5,-24(s0)
	sw	a4,40(a5)
	.loc 1 25 12
	li	a5,1
.L6:
	.loc 1 26 1
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	pop, .-pop
	.section	.rodata
	.align	3
.LC1:
	.string	"task %d done at t=%d\n"
	.align	3
.LC2:
	.string	"rejected %d, size %u, head %u, tail %u\n"
	.align	3
.LC0:
	.word	7
	.word	3
	.word	12
	.word	1
	.word	5
	.word	9
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 29 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	ra,120(sp)
	sd	s0,112(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,128
	.cfi_def_cfa 8, 0
	.loc 1 30 18
	sd	zero,-88(s0)
	sd	zero,-80(s0)
	sd	zero,-72(s0)
	sd	zero,-64(s0)
	sd	zero,-56(s0)
	sw	zero,-48(s0)
	.loc 1 31 9
	lla	a5,.LC0
	ld	a4,0(a5)
	sd	a4,-112(s0)
	ld	a4,8(a5)
	sd	a4,-104(s0)
	ld	a5,16(a5)
	sd	a5,-96(s0)
.LBB2:
	.loc 1 32 14
	sw	zero,-20(s0)
	.loc 1 32 5
	j	.L8
.L9:
	.loc 1 33 9 discriminator 3
	lw	a4,-20(s0)
	addi	a5,s0,-88
	mv	a1,a4
	mv	a0,a5
	call	push
	.loc 1 32 29 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L8:
	.loc 1 32 23 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L9
.LBE2:
	.loc 1 34 9
	li	a5,4
	sw	a5,-40(s0)
	.loc 1 34 22
	sw	zero,-24(s0)
	.loc 1 34 38
	sw	zero,-28(s0)
	.loc 1 35 11
	j	.L10
.L13:
.LBB3:
	.loc 1 36 23
	lw	a5,-116(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-96(a5)
	.loc 1 36 13
	mv	a2,a5
	lw	a5,-40(s0)
	sext.w	a3,a5
	sext.w	a4,a2
	ble	a3,a4,.L11
	mv	a5,a2
.L11:
	sw	a5,-44(s0)
	.loc 1 37 13
	lw	a5,-116(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-96(a5)
	lw	a5,-116(s0)
	.loc 1 37 20
	lw	a3,-44(s0)
	subw	a4,a4,a3
	sext.w	a4,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-96(a5)
	.loc 1 38 14
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	addw	a5,a4,a5
	sw	a5,-24(s0)
	.loc 1 39 17
	lw	a5,-116(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-96(a5)
	.loc 1 39 12
	ble	a5,zero,.L12
	.loc 1 40 13
	lw	a4,-116(s0)
	addi	a5,s0,-88
	mv	a1,a4
	mv	a0,a5
	call	push
	j	.L10
.L12:
	.loc 1 42 13
	lw	a5,-116(s0)
	lw	a4,-24(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 43 21
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L10:
.LBE3:
	.loc 1 35 12
	addi	a4,s0,-116
	addi	a5,s0,-88
	mv	a1,a4
	mv	a0,a5
	call	pop
	mv	a5,a0
	bne	a5,zero,.L13
	.loc 1 46 9
	sw	zero,-32(s0)
.LBB4:
	.loc 1 47 14
	sw	zero,-36(s0)
	.loc 1 47 5
	j	.L14
.L15:
	.loc 1 48 22 discriminator 3
	lw	a5,-36(s0)
	mulw	a5,a5,a5
	sext.w	a4,a5
	addi	a5,s0,-88
	mv	a1,a4
	mv	a0,a5
	call	push
	mv	a5,a0
	.loc 1 48 21 discriminator 3
	seqz	a5,a5
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 48 18 discriminator 3
	lw	a4,-32(s0)
	addw	a5,a4,a5
	sw	a5,-32(s0)
	.loc 1 47 30 discriminator 3
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L14:
	.loc 1 47 23 discriminator 1
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,10
	ble	a4,a5,.L15
.LBE4:
	.loc 1 49 5
	lw	a2,-48(s0)
	lw	a3,-56(s0)
	lw	a4,-52(s0)
	lw	a5,-32(s0)
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 50 21
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-32(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 51 1
	mv	a0,a5
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 128
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x24c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF20
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
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xc
	.4byte	0x66
	.byte	0xd
	.4byte	.LASF21
	.byte	0x2c
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xac
	.byte	0x3
	.4byte	.LASF10
	.byte	0x14
	.4byte	0xac
	.byte	0
	.byte	0x3
	.4byte	.LASF11
	.byte	0x29
	.4byte	0x43
	.byte	0x20
	.byte	0x3
	.4byte	.LASF12
	.byte	0x2f
	.4byte	0x43
	.byte	0x24
	.byte	0x3
	.4byte	.LASF13
	.byte	0x35
	.4byte	0x43
	.byte	0x28
	.byte	0
	.byte	0x7
	.4byte	0x58
	.4byte	0xbc
	.byte	0x8
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0xe
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xd4
	.byte	0xf
	.4byte	0xd4
	.byte	0x10
	.byte	0
	.byte	0x6
	.4byte	0x6d
	.byte	0x11
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1c3
	.byte	0x4
	.string	"q"
	.byte	0x1e
	.byte	0x12
	.4byte	0x72
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0x2
	.4byte	.LASF14
	.byte	0x1f
	.byte	0x9
	.4byte	0x1c3
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x2
	.4byte	.LASF15
	.byte	0x22
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.4byte	.LASF16
	.byte	0x22
	.byte	0x16
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.4byte	.LASF17
	.byte	0x22
	.byte	0x20
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0x8c,0x7f
	.byte	0x2
	.4byte	.LASF18
	.byte	0x22
	.byte	0x26
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x2
	.4byte	.LASF19
	.byte	0x2e
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x9
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x180
	.byte	0x4
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x9
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.4byte	0x1a4
	.byte	0x4
	.string	"run"
	.byte	0x24
	.byte	0xd
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0
	.byte	0x12
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x4
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x58
	.4byte	0x1d3
	.byte	0x8
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.byte	0x13
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x20e
	.byte	0x5
	.string	"q"
	.byte	0x12
	.byte	0x1e
	.4byte	0x20e
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.string	"v"
	.byte	0x12
	.byte	0x26
	.4byte	0x213
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x6
	.4byte	0x72
	.byte	0x6
	.4byte	0x58
	.byte	0x14
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x5
	.string	"q"
	.byte	0x8
	.byte	0x1f
	.4byte	0x20e
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.string	"v"
	.byte	0x8
	.byte	0x26
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
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
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x6
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x18
	.byte	0
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
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
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"work"
.LASF20:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF10:
	.string	"items"
.LASF11:
	.string	"head"
.LASF19:
	.string	"rejected"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"task"
.LASF12:
	.string	"tail"
.LASF21:
	.string	"queue"
.LASF9:
	.string	"char"
.LASF16:
	.string	"tick"
.LASF3:
	.string	"unsigned char"
.LASF23:
	.string	"main"
.LASF15:
	.string	"quantum"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"printf"
.LASF13:
	.string	"size"
.LASF24:
	.string	"push"
.LASF7:
	.string	"short int"
.LASF18:
	.string	"finished"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/queue_ring.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
