	.file	"bubble_sort.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/bubble_sort.c"
	.align	1
	.type	bubble, @function
bubble:
.LFB0:
	.file 1 "programs/bubble_sort.c"
	.loc 1 7 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	sw	a5,-44(s0)
.LBB2:
	.loc 1 8 14
	sw	zero,-20(s0)
	.loc 1 8 5
	j	.L2
.L8:
.LBB3:
	.loc 1 9 13
	sw	zero,-24(s0)
.LBB4:
	.loc 1 10 18
	sw	zero,-28(s0)
	.loc 1 10 9
	j	.L3
.L5:
	.loc 1 11 18
	lw	a5,-28(s0)
	slli	a5,a5,2
	ld	a4,-40(s0)
	add	a5,a4,a5
	lw	a3,0(a5)
	.loc 1 11 25
	lw	a5,-28(s0)
	addi	a5,a5,1
	slli	a5,a5,2
	ld	a4,-40(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 11 16
	mv	a4,a3
	ble	a4,a5,.L4
.LBB5:
	.loc 1 12 26
	lw	a5,-28(s0)
	slli	a5,a5,2
	ld	a4,-40(s0)
	add	a5,a4,a5
	.loc 1 12 21
	lw	a5,0(a5)
	sw	a5,-32(s0)
	.loc 1 13 25
	lw	a5,-28(s0)
	addi	a5,a5,1
	slli	a5,a5,2
	ld	a4,-40(s0)
	add	a4,a4,a5
	.loc 1 13 18
	lw	a5,-28(s0)
	slli	a5,a5,2
	ld	a3,-40(s0)
	add	a5,a3,a5
	.loc 1 13 25
	lw	a4,0(a4)
	.loc 1 13 22
	sw	a4,0(a5)
	.loc 1 14 18
	lw	a5,-28(s0)
	addi	a5,a5,1
	slli	a5,a5,2
	ld	a4,-40(s0)
	add	a5,a4,a5
	.loc 1 14 26
	lw	a4,-32(s0)
	sw	a4,0(a5)
	.loc 1 15 25
	li	a5,1
	sw	a5,-24(s0)
.L4:
.LBE5:
	.loc 1 10 41 discriminator 2
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L3:
	.loc 1 10 31 discriminator 1
	lw	a5,-44(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 10 35 discriminator 1
	lw	a4,-20(s0)
	subw	a5,a5,a4
	sext.w	a4,a5
	.loc 1 10 27 discriminator 1
	lw	a5,-28(s0)
	sext.w	a5,a5
	blt	a5,a4,.L5
.LBE4:
	.loc 1 18 12
	lw	a5,-24(s0)
	sext.w	a5,a5
	beq	a5,zero,.L9
.LBE3:
	.loc 1 8 33 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 8 27 discriminator 1
	lw	a5,-44(s0)
	addiw	a5,a5,-1
	sext.w	a4,a5
	.loc 1 8 23 discriminator 1
	lw	a5,-20(s0)
	sext.w	a5,a5
	blt	a5,a4,.L8
.LBE2:
	.loc 1 21 1
	j	.L10
.L9:
.LBB7:
.LBB6:
	.loc 1 19 13
	nop
.L10:
.LBE6:
.LBE7:
	.loc 1 21 1
	nop
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	bubble, .-bubble
	.align	1
	.type	insertion, @function
insertion:
.LFB1:
	.loc 1 24 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	sw	a5,-44(s0)
.LBB8:
	.loc 1 25 14
	li	a5,1
	sw	a5,-20(s0)
	.loc 1 25 5
	j	.L12
.L16:
.LBB9:
	.loc 1 26 22
	lw	a5,-20(s0)
	slli	a5,a5,1
	ld	a4,-40(s0)
	add	a5,a4,a5
	.loc 1 26 15
	lhu	a5,0(a5)
	sh	a5,-26(s0)
	.loc 1 27 13
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sw	a5,-24(s0)
	.loc 1 28 15
	j	.L13
.L15:
	.loc 1 29 25
	lw	a5,-24(s0)
	slli	a5,a5,1
	ld	a4,-40(s0)
	add	a4,a4,a5
	.loc 1 29 14
	lw	a5,-24(s0)
	addi	a5,a5,1
	slli	a5,a5,1
	ld	a3,-40(s0)
	add	a5,a3,a5
	.loc 1 29 25
	lh	a4,0(a4)
	.loc 1 29 22
	sh	a4,0(a5)
	.loc 1 30 14
	lw	a5,-24(s0)
	addiw	a5,a5,-1
	sw	a5,-24(s0)
.L13:
	.loc 1 28 23
	lw	a5,-24(s0)
	sext.w	a5,a5
	blt	a5,zero,.L14
	.loc 1 28 27 discriminator 1
	lw	a5,-24(s0)
	slli	a5,a5,1
	ld	a4,-40(s0)
	add	a5,a4,a5
	lh	a4,0(a5)
	.loc 1 28 23 discriminator 1
	lh	a5,-26(s0)
	sext.w	a5,a5
	blt	a5,a4,.L15
.L14:
	.loc 1 32 10 discriminator 2
	lw	a5,-24(s0)
	addi	a5,a5,1
	slli	a5,a5,1
	ld	a4,-40(s0)
	add	a5,a4,a5
	.loc 1 32 18 discriminator 2
	lhu	a4,-26(s0)
	sh	a4,0(a5)
.LBE9:
	.loc 1 25 29 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L12:
	.loc 1 25 23 discriminator 1
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L16
.LBE8:
	.loc 1 34 1
	nop
	nop
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	insertion, .-insertion
	.section	.rodata
	.align	3
.LC0:
	.string	"%d%c"
	.align	3
.LC1:
	.string	"%hd%c"
	.align	3
.LC2:
	.string	"weighted sum %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 37 1
	.cfi_startproc
	addi	sp,sp,-192
	.cfi_def_cfa_offset 192
	sd	ra,184(sp)
	sd	s0,176(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,192
	.cfi_def_cfa 8, 0
	.loc 1 40 14
	li	a5,12288
	addi	a5,a5,57
	sw	a5,-20(s0)
.LBB10:
	.loc 1 41 14
	sw	zero,-24(s0)
	.loc 1 41 5
	j	.L18
.L19:
	.loc 1 42 21 discriminator 3
	lw	a5,-20(s0)
	mv	a4,a5
	li	a5,1103515648
	addiw	a5,a5,-403
	mulw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 42 14 discriminator 3
	li	a5,12288
	addiw	a5,a5,57
	addw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 43 27 discriminator 3
	lw	a5,-20(s0)
	srliw	a5,a5,16
	sext.w	a5,a5
	.loc 1 43 16 discriminator 3
	sext.w	a5,a5
	.loc 1 43 34 discriminator 3
	mv	a4,a5
	li	a5,1000
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 43 41 discriminator 3
	addiw	a5,a5,-500
	sext.w	a4,a5
	.loc 1 43 14 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-128(a5)
	.loc 1 44 25 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-128(a5)
	.loc 1 44 16 discriminator 3
	slli	a5,a5,48
	srli	a5,a5,48
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,3
	subw	a5,a5,a4
	slli	a5,a5,48
	srli	a5,a5,48
	slliw	a4,a5,16
	sraiw	a4,a4,16
	.loc 1 44 14 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,1
	addi	a5,a5,-16
	add	a5,a5,s0
	sh	a4,-176(a5)
	.loc 1 41 29 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L18:
	.loc 1 41 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,23
	ble	a4,a5,.L19
.LBE10:
	.loc 1 46 5
	addi	a5,s0,-144
	li	a1,24
	mv	a0,a5
	call	bubble
	.loc 1 47 5
	addi	a5,s0,-192
	li	a1,24
	mv	a0,a5
	call	insertion
	.loc 1 48 10
	sd	zero,-32(s0)
.LBB11:
	.loc 1 49 14
	sw	zero,-36(s0)
	.loc 1 49 5
	j	.L20
.L23:
	.loc 1 50 9
	lw	a5,-36(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-128(a5)
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,23
	bne	a4,a5,.L21
	.loc 1 50 9 is_stmt 0 discriminator 1
	li	a5,10
	j	.L22
.L21:
	.loc 1 50 9 discriminator 2
	li	a5,32
.L22:
	.loc 1 50 9 discriminator 4
	mv	a2,a5
	mv	a1,a3
	lla	a0,.LC0
	call	printf@plt
	.loc 1 51 23 is_stmt 1 discriminator 4
	lw	a5,-36(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-128(a5)
	.loc 1 51 16 discriminator 4
	mv	a4,a5
	.loc 1 51 32 discriminator 4
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sext.w	a5,a5
	.loc 1 51 27 discriminator 4
	mul	a5,a4,a5
	.loc 1 51 13 discriminator 4
	ld	a4,-32(s0)
	add	a5,a4,a5
	sd	a5,-32(s0)
	.loc 1 49 29 discriminator 4
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L20:
	.loc 1 49 23 discriminator 2
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,23
	ble	a4,a5,.L23
.LBE11:
.LBB12:
	.loc 1 53 14
	sw	zero,-40(s0)
	.loc 1 53 5
	j	.L24
.L27:
	.loc 1 54 26
	lw	a5,-40(s0)
	slli	a5,a5,1
	addi	a5,a5,-16
	add	a5,a5,s0
	lh	a5,-176(a5)
	.loc 1 54 9
	mv	a3,a5
	lw	a5,-40(s0)
	sext.w	a4,a5
	li	a5,23
	bne	a4,a5,.L25
	.loc 1 54 9 is_stmt 0 discriminator 1
	li	a5,10
	j	.L26
.L25:
	.loc 1 54 9 discriminator 2
	li	a5,32
.L26:
	.loc 1 54 9 discriminator 4
	mv	a2,a5
	mv	a1,a3
	lla	a0,.LC1
	call	printf@plt
	.loc 1 53 29 is_stmt 1 discriminator 4
	lw	a5,-40(s0)
	addiw	a5,a5,1
	sw	a5,-40(s0)
.L24:
	.loc 1 53 23 discriminator 2
	lw	a5,-40(s0)
	sext.w	a4,a5
	li	a5,23
	ble	a4,a5,.L27
.LBE12:
	.loc 1 55 5
	ld	a1,-32(s0)
	lla	a0,.LC2
	call	printf@plt
.LBB13:
	.loc 1 56 14
	li	a5,1
	sw	a5,-44(s0)
	.loc 1 56 5
	j	.L28
.L32:
	.loc 1 57 17
	lw	a5,-44(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 57 14
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-128(a5)
	.loc 1 57 25
	lw	a5,-44(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-128(a5)
	.loc 1 57 12
	bgt	a4,a5,.L29
	.loc 1 57 36 discriminator 1
	lw	a5,-44(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 57 33 discriminator 1
	slli	a5,a5,1
	addi	a5,a5,-16
	add	a5,a5,s0
	lh	a4,-176(a5)
	.loc 1 57 44 discriminator 1
	lw	a5,-44(s0)
	slli	a5,a5,1
	addi	a5,a5,-16
	add	a5,a5,s0
	lh	a5,-176(a5)
	.loc 1 57 29 discriminator 1
	ble	a4,a5,.L30
.L29:
	.loc 1 58 20
	li	a5,1
	j	.L33
.L30:
	.loc 1 56 29 discriminator 2
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L28:
	.loc 1 56 23 discriminator 1
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,23
	ble	a4,a5,.L32
.LBE13:
	.loc 1 59 12
	li	a5,0
.L33:
	.loc 1 60 1 discriminator 1
	mv	a0,a5
	ld	ra,184(sp)
	.cfi_restore 1
	ld	s0,176(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 192
	addi	sp,sp,192
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2a7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF14
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
	.byte	0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xe
	.4byte	0x66
	.byte	0xf
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x8a
	.byte	0x10
	.4byte	0x8a
	.byte	0x11
	.byte	0
	.byte	0x5
	.4byte	0x6d
	.byte	0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x16c
	.byte	0x1
	.string	"a"
	.byte	0x26
	.byte	0x9
	.4byte	0x16c
	.byte	0x3
	.byte	0x91
	.byte	0xf0,0x7e
	.byte	0x1
	.string	"s"
	.byte	0x27
	.byte	0xb
	.4byte	0x17b
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x7
	.4byte	.LASF10
	.byte	0x28
	.byte	0xe
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"sum"
	.byte	0x30
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.4byte	0x109
	.byte	0x1
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11-.LBB11
	.4byte	0x12b
	.byte	0x1
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12-.LBB12
	.4byte	0x14d
	.byte	0x1
	.string	"i"
	.byte	0x35
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0x3
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.byte	0x1
	.string	"i"
	.byte	0x38
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	0x58
	.4byte	0x17b
	.byte	0x9
	.4byte	0x2e
	.byte	0
	.byte	0x8
	.4byte	0x51
	.4byte	0x18a
	.byte	0x9
	.4byte	0x2e
	.byte	0
	.byte	0xa
	.4byte	.LASF11
	.byte	0x17
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x209
	.byte	0x4
	.string	"a"
	.byte	0x17
	.byte	0x1e
	.4byte	0x209
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x4
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x3
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.byte	0x1
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.byte	0x1
	.string	"key"
	.byte	0x1a
	.byte	0xf
	.4byte	0x51
	.byte	0x2
	.byte	0x91
	.byte	0x66
	.byte	0x1
	.string	"j"
	.byte	0x1b
	.byte	0xd
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x51
	.byte	0xa
	.4byte	.LASF12
	.byte	0x6
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x2a5
	.byte	0x4
	.string	"a"
	.byte	0x6
	.byte	0x19
	.4byte	0x2a5
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x4
	.string	"n"
	.byte	0x6
	.byte	0x20
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0xb
	.4byte	.LLRL0
	.byte	0x1
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0xb
	.4byte	.LLRL1
	.byte	0x7
	.4byte	.LASF13
	.byte	0x9
	.byte	0xd
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"j"
	.byte	0xa
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x3
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"t"
	.byte	0xc
	.byte	0x15
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x58
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x18
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
	.byte	0x21
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0x21
	.byte	0xd
	.byte	0x27
	.byte	0x19
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
	.byte	0xb
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
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
	.byte	0xe
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
	.byte	0x5
	.byte	0
	.byte	0x49
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.4byte	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.LLRL0:
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0
.LLRL1:
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"bubble"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"insertion"
.LASF10:
	.string	"seed"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF13:
	.string	"swapped"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/bubble_sort.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
