	.file	"bit_ops.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/bit_ops.c"
	.align	1
	.type	popcount64, @function
popcount64:
.LFB0:
	.file 1 "programs/bit_ops.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	.loc 1 7 9
	sw	zero,-20(s0)
	.loc 1 8 11
	j	.L2
.L3:
	.loc 1 9 16
	ld	a5,-40(s0)
	addi	a5,a5,-1
	.loc 1 9 11
	ld	a4,-40(s0)
	and	a5,a4,a5
	sd	a5,-40(s0)
	.loc 1 10 10
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 8 12
	ld	a5,-40(s0)
	bne	a5,zero,.L3
	.loc 1 12 12
	lw	a5,-20(s0)
	.loc 1 13 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	popcount64, .-popcount64
	.align	1
	.type	rotl32, @function
rotl32:
.LFB1:
	.loc 1 15 48
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sw	a5,-20(s0)
	mv	a5,a4
	sw	a5,-24(s0)
	.loc 1 15 66
	lw	a5,-24(s0)
	andi	a5,a5,31
	sext.w	a5,a5
	.loc 1 15 60
	lw	a4,-20(s0)
	sllw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 15 91
	lw	a5,-24(s0)
	negw	a5,a5
	sext.w	a5,a5
	andi	a5,a5,31
	sext.w	a5,a5
	.loc 1 15 78
	lw	a3,-20(s0)
	srlw	a5,a3,a5
	sext.w	a5,a5
	.loc 1 15 73
	or	a5,a4,a5
	sext.w	a5,a5
	.loc 1 15 99
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	rotl32, .-rotl32
	.align	1
	.type	rotr16, @function
rotr16:
.LFB2:
	.loc 1 16 48
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sh	a5,-18(s0)
	mv	a5,a4
	sw	a5,-24(s0)
	.loc 1 16 71
	lhu	a5,-18(s0)
	sext.w	a4,a5
	.loc 1 16 77
	lw	a5,-24(s0)
	andi	a5,a5,15
	sext.w	a5,a5
	.loc 1 16 71
	sraw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 16 84
	slliw	a4,a5,16
	sraiw	a4,a4,16
	.loc 1 16 89
	lhu	a5,-18(s0)
	sext.w	a3,a5
	.loc 1 16 102
	lw	a5,-24(s0)
	negw	a5,a5
	sext.w	a5,a5
	andi	a5,a5,15
	sext.w	a5,a5
	.loc 1 16 89
	sllw	a5,a3,a5
	sext.w	a5,a5
	.loc 1 16 84
	slliw	a5,a5,16
	sraiw	a5,a5,16
	or	a5,a4,a5
	slliw	a5,a5,16
	sraiw	a5,a5,16
	.loc 1 16 57
	slli	a5,a5,48
	srli	a5,a5,48
	.loc 1 16 111
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	rotr16, .-rotr16
	.align	1
	.type	reverse8, @function
reverse8:
.LFB3:
	.loc 1 19 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sb	a5,-33(s0)
	.loc 1 20 13
	sb	zero,-17(s0)
.LBB2:
	.loc 1 21 14
	sw	zero,-24(s0)
	.loc 1 21 5
	j	.L10
.L11:
	.loc 1 22 26 discriminator 3
	lbu	a5,-17(s0)
	sext.w	a5,a5
	slliw	a5,a5,1
	sext.w	a5,a5
	.loc 1 22 32 discriminator 3
	slliw	a4,a5,24
	sraiw	a4,a4,24
	.loc 1 22 38 discriminator 3
	lbu	a5,-33(s0)
	sext.w	a5,a5
	lw	a3,-24(s0)
	sraw	a5,a5,a3
	sext.w	a5,a5
	.loc 1 22 44 discriminator 3
	slliw	a5,a5,24
	sraiw	a5,a5,24
	andi	a5,a5,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	.loc 1 22 32 discriminator 3
	or	a5,a4,a5
	slliw	a5,a5,24
	sraiw	a5,a5,24
	.loc 1 22 11 discriminator 3
	sb	a5,-17(s0)
	.loc 1 21 29 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L10:
	.loc 1 21 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,7
	ble	a4,a5,.L11
.LBE2:
	.loc 1 23 12
	lbu	a5,-17(s0)
	.loc 1 24 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	reverse8, .-reverse8
	.align	1
	.type	bswap64, @function
bswap64:
.LFB4:
	.loc 1 27 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	.loc 1 28 14
	sd	zero,-24(s0)
.LBB3:
	.loc 1 29 14
	sw	zero,-28(s0)
	.loc 1 29 5
	j	.L14
.L15:
	.loc 1 30 16 discriminator 3
	ld	a5,-24(s0)
	slli	a4,a5,8
	.loc 1 30 34 discriminator 3
	lw	a5,-28(s0)
	slliw	a5,a5,3
	sext.w	a5,a5
	.loc 1 30 28 discriminator 3
	mv	a3,a5
	ld	a5,-40(s0)
	srl	a5,a5,a3
	.loc 1 30 40 discriminator 3
	andi	a5,a5,255
	.loc 1 30 11 discriminator 3
	or	a5,a4,a5
	sd	a5,-24(s0)
	.loc 1 29 29 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L14:
	.loc 1 29 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,7
	ble	a4,a5,.L15
.LBE3:
	.loc 1 31 12
	ld	a5,-24(s0)
	.loc 1 32 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	bswap64, .-bswap64
	.align	1
	.type	clz32, @function
clz32:
.LFB5:
	.loc 1 35 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sw	a5,-36(s0)
	.loc 1 36 9
	sw	zero,-20(s0)
	.loc 1 37 8
	lw	a5,-36(s0)
	sext.w	a5,a5
	bne	a5,zero,.L20
	.loc 1 37 20 discriminator 1
	li	a5,32
	j	.L19
.L21:
	.loc 1 39 11
	lw	a5,-36(s0)
	slliw	a5,a5,1
	sw	a5,-36(s0)
	.loc 1 40 10
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L20:
	.loc 1 38 12
	lw	a5,-36(s0)
	bge	a5,zero,.L21
	.loc 1 42 12
	lw	a5,-20(s0)
.L19:
	.loc 1 43 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE5:
	.size	clz32, .-clz32
	.section	.rodata
	.align	3
.LC1:
	.string	"%016llx pop=%d rotl=%08x rotr16=%04x rev8=%02x bswap=%016llx clz=%d\n"
	.align	3
.LC4:
	.string	"sign extend %d %d %d %d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB6:
	.loc 1 46 1
	.cfi_startproc
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	addi	s0,sp,96
	.cfi_def_cfa 8, 0
	.loc 1 47 14
	lla	a5,.LC0
	ld	a5,0(a5)
	sd	a5,-72(s0)
	.loc 1 48 14
	sw	zero,-76(s0)
.LBB4:
	.loc 1 49 14
	sw	zero,-80(s0)
	.loc 1 49 5
	j	.L23
.L24:
.LBB5:
	.loc 1 50 18 discriminator 3
	ld	a5,-72(s0)
	sw	a5,-88(s0)
	.loc 1 51 35 discriminator 3
	ld	a5,-72(s0)
	srli	a5,a5,16
	.loc 1 51 18 discriminator 3
	sh	a5,-90(s0)
	.loc 1 52 33 discriminator 3
	ld	a5,-72(s0)
	srli	a5,a5,40
	.loc 1 52 17 discriminator 3
	sb	a5,-91(s0)
	.loc 1 53 9 discriminator 3
	ld	a0,-72(s0)
	call	popcount64
	mv	a5,a0
	mv	s5,a5
	.loc 1 54 67 discriminator 3
	lw	a5,-80(s0)
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,2
	addw	a5,a5,a4
	sext.w	a5,a5
	.loc 1 53 9 discriminator 3
	sext.w	a4,a5
	lw	a5,-88(s0)
	mv	a1,a4
	mv	a0,a5
	call	rotl32
	mv	a5,a0
	sext.w	s1,a5
	.loc 1 54 85 discriminator 3
	lw	a5,-80(s0)
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,1
	addw	a5,a5,a4
	sext.w	a5,a5
	.loc 1 54 73 discriminator 3
	sext.w	a4,a5
	lhu	a5,-90(s0)
	mv	a1,a4
	mv	a0,a5
	call	rotr16
	mv	a5,a0
	.loc 1 53 9 discriminator 3
	sext.w	s2,a5
	.loc 1 55 16 discriminator 3
	lbu	a5,-91(s0)
	mv	a0,a5
	call	reverse8
	mv	a5,a0
	.loc 1 53 9 discriminator 3
	sext.w	s3,a5
	.loc 1 55 49 discriminator 3
	ld	a0,-72(s0)
	call	bswap64
	mv	s4,a0
	.loc 1 55 75 discriminator 3
	lw	a5,-80(s0)
	slliw	a5,a5,2
	sext.w	a5,a5
	.loc 1 53 9 discriminator 3
	lw	a4,-88(s0)
	srlw	a5,a4,a5
	sext.w	a5,a5
	mv	a0,a5
	call	clz32
	mv	a5,a0
	mv	a7,a5
	mv	a6,s4
	mv	a5,s3
	mv	a4,s2
	mv	a3,s1
	mv	a2,s5
	ld	a1,-72(s0)
	lla	a0,.LC1
	call	printf@plt
	.loc 1 56 18 discriminator 3
	ld	a0,-72(s0)
	call	popcount64
	mv	a5,a0
	mv	s1,a5
	.loc 1 56 34 discriminator 3
	lw	a5,-88(s0)
	mv	a0,a5
	call	clz32
	mv	a5,a0
	.loc 1 56 32 discriminator 3
	addw	a5,s1,a5
	sext.w	a5,a5
	sext.w	a5,a5
	.loc 1 56 15 discriminator 3
	lw	a4,-76(s0)
	addw	a5,a4,a5
	sw	a5,-76(s0)
	.loc 1 57 15 discriminator 3
	ld	a4,-72(s0)
	lla	a5,.LC2
	ld	a5,0(a5)
	mul	a4,a4,a5
	.loc 1 57 11 discriminator 3
	lla	a5,.LC3
	ld	a5,0(a5)
	add	a5,a4,a5
	sd	a5,-72(s0)
.LBE5:
	.loc 1 49 29 discriminator 3
	lw	a5,-80(s0)
	addiw	a5,a5,1
	sw	a5,-80(s0)
.L23:
	.loc 1 49 23 discriminator 1
	lw	a5,-80(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L24
.LBE4:
	.loc 1 59 12
	li	a5,-100
	sb	a5,-81(s0)
	.loc 1 60 13
	li	a5,-28672
	addi	a5,a5,-1328
	sh	a5,-84(s0)
	.loc 1 61 5
	lb	a5,-81(s0)
	sraiw	a5,a5,2
	slliw	a5,a5,24
	sraiw	a5,a5,24
	mv	a1,a5
	lh	a5,-84(s0)
	sraiw	a5,a5,3
	slliw	a5,a5,16
	sraiw	a5,a5,16
	mv	a2,a5
	.loc 1 61 60
	lbu	a5,-81(s0)
	.loc 1 61 5
	srliw	a5,a5,2
	andi	a5,a5,0xff
	sext.w	a3,a5
	.loc 1 61 78
	lhu	a5,-84(s0)
	.loc 1 61 5
	srliw	a5,a5,3
	slli	a5,a5,48
	srli	a5,a5,48
	sext.w	a5,a5
	mv	a4,a5
	lla	a0,.LC4
	call	printf@plt
	.loc 1 62 24
	lw	a5,-76(s0)
	.loc 1 62 12
	andi	a5,a5,127
	sext.w	a5,a5
	.loc 1 63 1
	mv	a0,a5
	ld	ra,88(sp)
	.cfi_restore 1
	ld	s0,80(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 96
	ld	s1,72(sp)
	.cfi_restore 9
	ld	s2,64(sp)
	.cfi_restore 18
	ld	s3,56(sp)
	.cfi_restore 19
	ld	s4,48(sp)
	.cfi_restore 20
	ld	s5,40(sp)
	.cfi_restore 21
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.dword	81985529216486895
	.align	3
.LC2:
	.dword	6364136223846793005
	.align	3
.LC3:
	.dword	1442695040888963407
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x368
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x7
	.4byte	.LASF28
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
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
	.byte	0x2
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x56
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x2
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x35
	.byte	0x2
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x75
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.4byte	.LASF11
	.byte	0x2
	.byte	0x28
	.byte	0x1c
	.4byte	0x3c
	.byte	0x8
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.byte	0x2
	.4byte	.LASF14
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.byte	0x9
	.4byte	0xae
	.byte	0x2
	.4byte	.LASF16
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4a
	.byte	0x2
	.4byte	.LASF17
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x69
	.byte	0x2
	.4byte	.LASF18
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x5d
	.byte	0x2
	.4byte	.LASF19
	.byte	0x4
	.byte	0x19
	.byte	0x14
	.4byte	0x7c
	.byte	0x2
	.4byte	.LASF20
	.byte	0x4
	.byte	0x1a
	.byte	0x14
	.4byte	0x8f
	.byte	0x2
	.4byte	.LASF21
	.byte	0x4
	.byte	0x1b
	.byte	0x14
	.4byte	0xa2
	.byte	0xa
	.4byte	.LASF29
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x88
	.4byte	0x11a
	.byte	0xb
	.4byte	0x11a
	.byte	0xc
	.byte	0
	.byte	0xd
	.byte	0x8
	.4byte	0xb5
	.byte	0xe
	.4byte	.LASF30
	.byte	0x1
	.byte	0x2d
	.byte	0x5
	.4byte	0x88
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.4byte	0x1d6
	.byte	0x1
	.string	"v"
	.byte	0x2f
	.byte	0xe
	.4byte	0xf6
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0xf
	.4byte	.LASF22
	.byte	0x1
	.byte	0x30
	.byte	0xe
	.4byte	0x43
	.byte	0x3
	.byte	0x91
	.byte	0xb4,0x7f
	.byte	0x1
	.string	"s8"
	.byte	0x3b
	.byte	0xc
	.4byte	0xba
	.byte	0x3
	.byte	0x91
	.byte	0xaf,0x7f
	.byte	0x1
	.string	"s16"
	.byte	0x3c
	.byte	0xd
	.4byte	0xc6
	.byte	0x3
	.byte	0x91
	.byte	0xac,0x7f
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x88
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"lo"
	.byte	0x32
	.byte	0x12
	.4byte	0xea
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0x1
	.string	"h"
	.byte	0x33
	.byte	0x12
	.4byte	0xde
	.byte	0x3
	.byte	0x91
	.byte	0xa6,0x7f
	.byte	0x1
	.string	"b"
	.byte	0x34
	.byte	0x11
	.4byte	0xd2
	.byte	0x3
	.byte	0x91
	.byte	0xa5,0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	.LASF23
	.byte	0x22
	.byte	0xc
	.4byte	0x88
	.8byte	.LFB5
	.8byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.4byte	0x210
	.byte	0x4
	.string	"x"
	.byte	0x22
	.byte	0x1b
	.4byte	0xea
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"n"
	.byte	0x24
	.byte	0x9
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x5
	.4byte	.LASF24
	.byte	0x1a
	.byte	0x11
	.4byte	0xf6
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x268
	.byte	0x4
	.string	"x"
	.byte	0x1a
	.byte	0x22
	.4byte	0xf6
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"r"
	.byte	0x1c
	.byte	0xe
	.4byte	0xf6
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"i"
	.byte	0x1d
	.byte	0xe
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	.LASF25
	.byte	0x12
	.byte	0x10
	.4byte	0xd2
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x2c0
	.byte	0x4
	.string	"b"
	.byte	0x12
	.byte	0x21
	.4byte	0xd2
	.byte	0x2
	.byte	0x91
	.byte	0x5f
	.byte	0x1
	.string	"r"
	.byte	0x14
	.byte	0xd
	.4byte	0xd2
	.byte	0x2
	.byte	0x91
	.byte	0x6f
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	.LASF26
	.byte	0x10
	.byte	0x11
	.4byte	0xde
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x2fa
	.byte	0x4
	.string	"x"
	.byte	0x10
	.byte	0x21
	.4byte	0xde
	.byte	0x2
	.byte	0x91
	.byte	0x6e
	.byte	0x4
	.string	"r"
	.byte	0x10
	.byte	0x2d
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x5
	.4byte	.LASF27
	.byte	0xf
	.byte	0x11
	.4byte	0xea
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x334
	.byte	0x4
	.string	"x"
	.byte	0xf
	.byte	0x21
	.4byte	0xea
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x4
	.string	"r"
	.byte	0xf
	.byte	0x2d
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x10
	.4byte	.LASF31
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x88
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x4
	.string	"x"
	.byte	0x5
	.byte	0x20
	.4byte	0xf6
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0x7
	.byte	0x9
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x5
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
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
	.byte	0x6
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
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
	.byte	0x9
	.byte	0x26
	.byte	0
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
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
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
	.byte	0xf
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
	.byte	0x10
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
.LASF16:
	.string	"int8_t"
.LASF21:
	.string	"uint64_t"
.LASF10:
	.string	"short int"
.LASF26:
	.string	"rotr16"
.LASF30:
	.string	"main"
.LASF12:
	.string	"__uint32_t"
.LASF11:
	.string	"__uint16_t"
.LASF18:
	.string	"uint8_t"
.LASF27:
	.string	"rotl32"
.LASF13:
	.string	"long int"
.LASF29:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF24:
	.string	"bswap64"
.LASF23:
	.string	"clz32"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"uint16_t"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF15:
	.string	"char"
.LASF17:
	.string	"int16_t"
.LASF25:
	.string	"reverse8"
.LASF14:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF28:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF9:
	.string	"__int16_t"
.LASF31:
	.string	"popcount64"
.LASF22:
	.string	"total"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bit_ops.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
