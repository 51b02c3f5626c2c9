	.file	"binary_search.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/binary_search.c"
	.align	1
	.type	search, @function
search:
.LFB0:
	.file 1 "programs/binary_search.c"
	.loc 1 5 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	mv	a4,a2
	sw	a5,-44(s0)
	mv	a5,a4
	sw	a5,-48(s0)
	.loc 1 6 9
	sw	zero,-20(s0)
	.loc 1 6 17
	lw	a5,-44(s0)
	addiw	a5,a5,-1
	sw	a5,-24(s0)
	.loc 1 7 11
	j	.L2
.L6:
.LBB2:
	.loc 1 8 28
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-20(s0)
	subw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 8 34
	srliw	a4,a5,31
	addw	a5,a4,a5
	sraiw	a5,a5,1
	sext.w	a5,a5
	.loc 1 8 13
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-28(s0)
	.loc 1 9 14
	lw	a5,-28(s0)
	slli	a5,a5,2
	ld	a4,-40(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 9 12
	lw	a5,-48(s0)
	sext.w	a5,a5
	bne	a5,a4,.L3
	.loc 1 10 20
	lw	a5,-28(s0)
	j	.L4
.L3:
	.loc 1 11 14
	lw	a5,-28(s0)
	slli	a5,a5,2
	ld	a4,-40(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 11 12
	lw	a5,-48(s0)
	sext.w	a5,a5
	ble	a5,a4,.L5
	.loc 1 12 16
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
	j	.L2
.L5:
	.loc 1 14 16
	lw	a5,-28(s0)
	addiw	a5,a5,-1
	sw	a5,-24(s0)
.L2:
.LBE2:
	.loc 1 7 15
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L6
	.loc 1 16 12
	li	a5,-1
.L4:
	.loc 1 17 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	search, .-search
	.align	1
	.type	search_rec, @function
search_rec:
.LFB1:
	.loc 1 20 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	mv	a4,a2
	sd	a3,-56(s0)
	sw	a5,-44(s0)
	mv	a5,a4
	sw	a5,-48(s0)
	.loc 1 21 8
	lw	a5,-44(s0)
	mv	a4,a5
	lw	a5,-48(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L8
	.loc 1 22 16
	li	a5,-1
	j	.L9
.L8:
	.loc 1 23 19
	lw	a5,-44(s0)
	mv	a4,a5
	lw	a5,-48(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 23 9
	sraiw	a5,a5,1
	sw	a5,-20(s0)
	.loc 1 24 10
	lw	a5,-20(s0)
	slli	a5,a5,3
	ld	a4,-40(s0)
	add	a5,a4,a5
	ld	a5,0(a5)
	.loc 1 24 8
	ld	a4,-56(s0)
	bne	a4,a5,.L10
	.loc 1 25 16
	lw	a5,-20(s0)
	j	.L9
.L10:
	.loc 1 26 13
	lw	a5,-20(s0)
	slli	a5,a5,3
	ld	a4,-40(s0)
	add	a5,a4,a5
	ld	a5,0(a5)
	.loc 1 26 59
	ld	a4,-56(s0)
	ble	a4,a5,.L11
	.loc 1 26 27 discriminator 1
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sext.w	a5,a5
	lw	a4,-48(s0)
	ld	a3,-56(s0)
	mv	a2,a4
	mv	a1,a5
	ld	a0,-40(s0)
	call	search_rec
	mv	a5,a0
	.loc 1 26 59 discriminator 1
	j	.L13
.L11:
	.loc 1 26 61 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a4,a5
	lw	a5,-44(s0)
	ld	a3,-56(s0)
	mv	a2,a4
	mv	a1,a5
	ld	a0,-40(s0)
	call	search_rec
	mv	a5,a0
.L13:
	.loc 1 26 59
	nop
.L9:
	.loc 1 27 1
	mv	a0,a5
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	search_rec, .-search_rec
	.align	1
	.type	lower_bound, @function
lower_bound:
.LFB2:
	.loc 1 30 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	mv	a4,a2
	sw	a5,-44(s0)
	mv	a5,a4
	sh	a5,-46(s0)
	.loc 1 31 14
	sw	zero,-20(s0)
	.loc 1 31 22
	lw	a5,-44(s0)
	sw	a5,-24(s0)
	.loc 1 32 11
	j	.L15
.L17:
.LBB3:
	.loc 1 33 28
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 33 18
	srliw	a5,a5,1
	sw	a5,-28(s0)
	.loc 1 34 14
	lwu	a5,-28(s0)
	slli	a5,a5,1
	ld	a4,-40(s0)
	add	a5,a4,a5
	lhu	a5,0(a5)
	.loc 1 34 12
	lhu	a4,-46(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	bleu	a4,a5,.L16
	.loc 1 35 16
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
	j	.L15
.L16:
	.loc 1 37 16
	lw	a5,-28(s0)
	sw	a5,-24(s0)
.L15:
.LBE3:
	.loc 1 32 15
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	bltu	a4,a5,.L17
	.loc 1 39 12
	lw	a5,-20(s0)
	.loc 1 40 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	lower_bound, .-lower_bound
	.section	.rodata
	.align	3
.LC0:
	.string	"search %d -> %d\n"
	.align	3
.LC2:
	.string	"rec %d %d\n"
	.align	3
.LC3:
	.string	"lower_bound %u %u %u\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 43 1
	.cfi_startproc
	addi	sp,sp,-608
	.cfi_def_cfa_offset 608
	sd	ra,600(sp)
	sd	s0,592(sp)
	sd	s1,584(sp)
	sd	s2,576(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	addi	s0,sp,608
	.cfi_def_cfa 8, 0
.LBB4:
	.loc 1 47 14
	sw	zero,-36(s0)
	.loc 1 47 5
	j	.L20
.L21:
	.loc 1 48 18 discriminator 3
	lw	a5,-36(s0)
	mulw	a5,a5,a5
	sext.w	a5,a5
	.loc 1 48 22 discriminator 3
	addiw	a5,a5,-200
	sext.w	a4,a5
	.loc 1 48 14 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,2
	addi	a5,a5,-32
	add	a5,a5,s0
	sw	a4,-176(a5)
	.loc 1 49 16 discriminator 3
	lw	a4,-36(s0)
	.loc 1 49 24 discriminator 3
	li	a5,1000001536
	addi	a5,a5,-1529
	mul	a4,a4,a5
	.loc 1 49 14 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,3
	addi	a5,a5,-32
	add	a5,a5,s0
	sd	a4,-496(a5)
	.loc 1 50 16 discriminator 3
	lw	a5,-36(s0)
	slli	a4,a5,48
	srli	a4,a4,48
	li	a5,1500
	mulw	a5,a4,a5
	slli	a4,a5,48
	srli	a4,a4,48
	.loc 1 50 14 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,1
	addi	a5,a5,-32
	add	a5,a5,s0
	sh	a4,-576(a5)
	.loc 1 47 30 discriminator 3
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L20:
	.loc 1 47 23 discriminator 1
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,39
	ble	a4,a5,.L21
.LBE4:
	.loc 1 52 9
	sw	zero,-40(s0)
.LBB5:
	.loc 1 53 14
	li	a5,-210
	sw	a5,-44(s0)
	.loc 1 53 5
	j	.L22
.L23:
.LBB6:
	.loc 1 54 17 discriminator 3
	lw	a4,-44(s0)
	addi	a5,s0,-208
	mv	a2,a4
	li	a1,40
	mv	a0,a5
	call	search
	mv	a5,a0
	sw	a5,-48(s0)
	.loc 1 55 20 discriminator 3
	lw	a5,-48(s0)
	not	a5,a5
	srliw	a5,a5,31
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 55 15 discriminator 3
	lw	a4,-40(s0)
	addw	a5,a4,a5
	sw	a5,-40(s0)
	.loc 1 56 9 discriminator 3
	lw	a4,-48(s0)
	lw	a5,-44(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC0
	call	printf@plt
.LBE6:
	.loc 1 53 36 discriminator 3
	lw	a5,-44(s0)
	addiw	a5,a5,97
	sw	a5,-44(s0)
.L22:
	.loc 1 53 26 discriminator 1
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,1399
	ble	a4,a5,.L23
.LBE5:
	.loc 1 58 5
	lla	a5,.LC1
	ld	a4,0(a5)
	addi	a5,s0,-528
	mv	a3,a4
	li	a2,39
	li	a1,0
	mv	a0,a5
	call	search_rec
	mv	a5,a0
	mv	s1,a5
	addi	a5,s0,-528
	li	a3,5
	li	a2,39
	li	a1,0
	mv	a0,a5
	call	search_rec
	mv	a5,a0
	mv	a2,a5
	mv	a1,s1
	lla	a0,.LC2
	call	printf@plt
	.loc 1 59 5
	addi	a5,s0,-608
	li	a2,0
	li	a1,40
	mv	a0,a5
	call	lower_bound
	mv	a5,a0
	sext.w	s1,a5
	addi	a4,s0,-608
	li	a5,4096
	addi	a2,a5,-1095
	li	a1,40
	mv	a0,a4
	call	lower_bound
	mv	a5,a0
	sext.w	s2,a5
	addi	a4,s0,-608
	li	a5,65536
	addi	a2,a5,-1
	li	a1,40
	mv	a0,a4
	call	lower_bound
	mv	a5,a0
	sext.w	a5,a5
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC3
	call	printf@plt
	.loc 1 60 12
	lw	a5,-40(s0)
	.loc 1 61 1
	mv	a0,a5
	ld	ra,600(sp)
	.cfi_restore 1
	ld	s0,592(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 608
	ld	s1,584(sp)
	.cfi_restore 9
	ld	s2,576(sp)
	.cfi_restore 18
	addi	sp,sp,608
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC1:
	.dword	17000000119
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF14
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
	.byte	0x4
	.4byte	0x3c
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
	.byte	0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x4
	.4byte	0x5d
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x4
	.4byte	0x69
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x4
	.4byte	0x75
	.byte	0xc
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x5d
	.4byte	0x99
	.byte	0xd
	.4byte	0x99
	.byte	0xe
	.byte	0
	.byte	0x5
	.4byte	0x7c
	.byte	0xf
	.4byte	.LASF16
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x5d
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x155
	.byte	0x1
	.string	"a"
	.byte	0x2c
	.byte	0x9
	.4byte	0x155
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7e
	.byte	0x1
	.string	"b"
	.byte	0x2d
	.byte	0xa
	.4byte	0x164
	.byte	0x3
	.byte	0x91
	.byte	0xf0,0x7b
	.byte	0x1
	.string	"c"
	.byte	0x2e
	.byte	0x14
	.4byte	0x173
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7b
	.byte	0x10
	.4byte	.LASF10
	.byte	0x1
	.byte	0x34
	.byte	0x9
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x11
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.4byte	0x118
	.byte	0x1
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"k"
	.byte	0x35
	.byte	0xe
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0x1
	.string	"r"
	.byte	0x36
	.byte	0xd
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x5d
	.4byte	0x164
	.byte	0x8
	.4byte	0x2e
	.byte	0
	.byte	0x7
	.4byte	0x69
	.4byte	0x173
	.byte	0x8
	.4byte	0x2e
	.byte	0
	.byte	0x7
	.4byte	0x3c
	.4byte	0x182
	.byte	0x8
	.4byte	0x2e
	.byte	0
	.byte	0x9
	.4byte	.LASF11
	.byte	0x1d
	.byte	0x11
	.4byte	0x48
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x204
	.byte	0x2
	.string	"a"
	.byte	0x1d
	.byte	0x33
	.4byte	0x204
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"n"
	.byte	0x1d
	.byte	0x3f
	.4byte	0x48
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"key"
	.byte	0x1d
	.byte	0x51
	.4byte	0x3c
	.byte	0x2
	.byte	0x91
	.byte	0x52
	.byte	0x1
	.string	"lo"
	.byte	0x1f
	.byte	0xe
	.4byte	0x48
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"hi"
	.byte	0x1f
	.byte	0x16
	.4byte	0x48
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"mid"
	.byte	0x21
	.byte	0x12
	.4byte	0x48
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x43
	.byte	0x12
	.4byte	.LASF12
	.byte	0x1
	.byte	0x13
	.byte	0xc
	.4byte	0x5d
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x26e
	.byte	0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0x26e
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"lo"
	.byte	0x13
	.byte	0x2a
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"hi"
	.byte	0x13
	.byte	0x32
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"key"
	.byte	0x13
	.byte	0x3b
	.4byte	0x69
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.string	"mid"
	.byte	0x17
	.byte	0x9
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x5
	.4byte	0x70
	.byte	0x9
	.4byte	.LASF13
	.byte	0x4
	.byte	0xc
	.4byte	0x5d
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x2f5
	.byte	0x2
	.string	"a"
	.byte	0x4
	.byte	0x1e
	.4byte	0x2f5
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"n"
	.byte	0x4
	.byte	0x25
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"key"
	.byte	0x4
	.byte	0x2c
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x1
	.string	"lo"
	.byte	0x6
	.byte	0x9
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"hi"
	.byte	0x6
	.byte	0x11
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"mid"
	.byte	0x8
	.byte	0xd
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x64
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
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x21
	.byte	0x27
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xd
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x18
	.byte	0
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
	.byte	0x10
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
	.byte	0x11
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
	.byte	0x12
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
	.string	"found"
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF2:
	.string	"long unsigned int"
.LASF13:
	.string	"search"
.LASF4:
	.string	"short unsigned int"
.LASF11:
	.string	"lower_bound"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF12:
	.string	"search_rec"
.LASF15:
	.string	"printf"
.LASF9:
	.string	"char"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/binary_search.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
