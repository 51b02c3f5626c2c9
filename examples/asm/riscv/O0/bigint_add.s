	.file	"bigint_add.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/bigint_add.c"
	.align	1
	.type	big_set, @function
big_set:
.LFB0:
	.file 1 "programs/bigint_add.c"
	.loc 1 11 1
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
	.loc 1 12 16
	ld	a5,-24(s0)
	lw	a4,-28(s0)
	sw	a4,0(a5)
	.loc 1 13 10
	ld	a5,-24(s0)
	li	a4,1
	sw	a4,160(a5)
	.loc 1 14 1
	nop
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	big_set, .-big_set
	.align	1
	.type	big_mul_small, @function
big_mul_small:
.LFB1:
	.loc 1 17 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	s0,56(sp)
	.cfi_offset 8, -8
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	sd	a0,-56(s0)
	mv	a5,a1
	sw	a5,-60(s0)
	.loc 1 18 14
	sd	zero,-24(s0)
.LBB2:
	.loc 1 19 14
	sw	zero,-28(s0)
	.loc 1 19 5
	j	.L3
.L4:
.LBB3:
	.loc 1 20 39 discriminator 3
	ld	a4,-56(s0)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 20 22 discriminator 3
	slli	a4,a5,32
	srli	a4,a4,32
	.loc 1 20 43 discriminator 3
	lwu	a5,-60(s0)
	mul	a5,a4,a5
	.loc 1 20 18 discriminator 3
	ld	a4,-24(s0)
	add	a5,a4,a5
	sd	a5,-40(s0)
	.loc 1 21 35 discriminator 3
	ld	a4,-40(s0)
	li	a5,1000001536
	addi	a5,a5,-1536
	remu	a5,a4,a5
	.loc 1 21 22 discriminator 3
	sext.w	a4,a5
	.loc 1 21 20 discriminator 3
	ld	a3,-56(s0)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	.loc 1 22 15 discriminator 3
	ld	a4,-40(s0)
	li	a5,1000001536
	addi	a5,a5,-1536
	divu	a5,a4,a5
	sd	a5,-24(s0)
.LBE3:
	.loc 1 19 32 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L3:
	.loc 1 19 26 discriminator 1
	ld	a5,-56(s0)
	lw	a4,160(a5)
	.loc 1 19 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a5,a5
	blt	a5,a4,.L4
.LBE2:
	.loc 1 24 11
	j	.L5
.L7:
	.loc 1 25 44
	ld	a4,-24(s0)
	li	a5,1000001536
	addi	a5,a5,-1536
	remu	a2,a4,a5
	.loc 1 25 18
	ld	a5,-56(s0)
	lw	a5,160(a5)
	.loc 1 25 21
	addiw	a4,a5,1
	sext.w	a3,a4
	ld	a4,-56(s0)
	sw	a3,160(a4)
	.loc 1 25 27
	sext.w	a4,a2
	.loc 1 25 25
	ld	a3,-56(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	.loc 1 26 15
	ld	a4,-24(s0)
	li	a5,1000001536
	addi	a5,a5,-1536
	divu	a5,a4,a5
	sd	a5,-24(s0)
.L5:
	.loc 1 24 18
	ld	a5,-24(s0)
	beq	a5,zero,.L8
	.loc 1 24 22 discriminator 1
	ld	a5,-56(s0)
	lw	a5,160(a5)
	.loc 1 24 18 discriminator 1
	mv	a4,a5
	li	a5,39
	ble	a4,a5,.L7
.L8:
	.loc 1 28 1
	nop
	ld	s0,56(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	big_mul_small, .-big_mul_small
	.align	1
	.type	big_add, @function
big_add:
.LFB2:
	.loc 1 31 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 32 14
	sw	zero,-20(s0)
	.loc 1 33 21
	ld	a5,-48(s0)
	lw	a4,160(a5)
	.loc 1 33 14
	ld	a5,-40(s0)
	lw	a5,160(a5)
	.loc 1 33 9
	mv	a2,a5
	mv	a5,a4
	sext.w	a3,a5
	sext.w	a4,a2
	bge	a3,a4,.L10
	mv	a5,a2
.L10:
	sw	a5,-28(s0)
.LBB4:
	.loc 1 34 14
	sw	zero,-24(s0)
	.loc 1 34 5
	j	.L11
.L18:
.LBB5:
	.loc 1 35 28
	ld	a5,-40(s0)
	lw	a4,160(a5)
	.loc 1 35 45
	lw	a5,-24(s0)
	sext.w	a5,a5
	bge	a5,a4,.L12
	.loc 1 35 45 is_stmt 0 discriminator 1
	ld	a4,-40(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	j	.L13
.L12:
	.loc 1 35 45 discriminator 2
	li	a4,0
.L13:
	.loc 1 35 58 is_stmt 1 discriminator 4
	ld	a5,-48(s0)
	lw	a3,160(a5)
	.loc 1 35 75 discriminator 4
	lw	a5,-24(s0)
	sext.w	a5,a5
	bge	a5,a3,.L14
	.loc 1 35 75 is_stmt 0 discriminator 5
	ld	a3,-48(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	j	.L15
.L14:
	.loc 1 35 75 discriminator 6
	li	a5,0
.L15:
	.loc 1 35 50 is_stmt 1 discriminator 8
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 35 18 discriminator 8
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-32(s0)
	.loc 1 36 19 discriminator 8
	lw	a5,-32(s0)
	sext.w	a4,a5
	li	a5,1000001536
	addi	a5,a5,-1537
	sgtu	a5,a4,a5
	andi	a5,a5,0xff
	.loc 1 36 15 discriminator 8
	sw	a5,-20(s0)
	.loc 1 37 40 discriminator 8
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L16
	.loc 1 37 40 is_stmt 0 discriminator 1
	li	a5,1000001536
	addi	a5,a5,-1536
	j	.L17
.L16:
	.loc 1 37 40 discriminator 2
	li	a5,0
.L17:
	.loc 1 37 24 is_stmt 1 discriminator 4
	lw	a4,-32(s0)
	subw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 37 20 discriminator 4
	ld	a3,-40(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
.LBE5:
	.loc 1 34 29 discriminator 4
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L11:
	.loc 1 34 23 discriminator 2
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-28(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L18
.LBE4:
	.loc 1 39 10
	ld	a5,-40(s0)
	lw	a4,-28(s0)
	sw	a4,160(a5)
	.loc 1 40 8
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L20
	.loc 1 40 15 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,39
	bgt	a4,a5,.L20
	.loc 1 41 18
	ld	a5,-40(s0)
	lw	a5,160(a5)
	.loc 1 41 21
	addiw	a4,a5,1
	sext.w	a3,a4
	ld	a4,-40(s0)
	sw	a3,160(a4)
	.loc 1 41 25
	ld	a4,-40(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,1
	sw	a4,0(a5)
.L20:
	.loc 1 42 1
	nop
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	big_add, .-big_add
	.section	.rodata
	.align	3
.LC0:
	.string	"%s = %u"
	.align	3
.LC1:
	.string	"%09u"
	.text
	.align	1
	.type	big_print, @function
big_print:
.LFB3:
	.loc 1 45 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 46 37
	ld	a5,-48(s0)
	lw	a5,160(a5)
	.loc 1 46 41
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 46 35
	ld	a4,-48(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 46 5
	mv	a2,a5
	ld	a1,-40(s0)
	lla	a0,.LC0
	call	printf@plt
.LBB6:
	.loc 1 47 19
	ld	a5,-48(s0)
	lw	a5,160(a5)
	.loc 1 47 14
	addiw	a5,a5,-2
	sw	a5,-20(s0)
	.loc 1 47 5
	j	.L22
.L23:
	.loc 1 48 31 discriminator 3
	ld	a4,-48(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 48 9 discriminator 3
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 47 37 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sw	a5,-20(s0)
.L22:
	.loc 1 47 30 discriminator 1
	lw	a5,-20(s0)
	sext.w	a5,a5
	bge	a5,zero,.L23
.LBE6:
	.loc 1 49 5
	li	a0,10
	call	putchar@plt
	.loc 1 50 1
	nop
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	big_print, .-big_print
	.section	.rodata
	.align	3
.LC2:
	.string	"50!"
	.align	3
.LC3:
	.string	"2^200"
	.align	3
.LC4:
	.string	"sum"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 53 1
	.cfi_startproc
	addi	sp,sp,-528
	.cfi_def_cfa_offset 528
	sd	ra,520(sp)
	sd	s0,512(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,528
	.cfi_def_cfa 8, 0
	.loc 1 55 5
	addi	a5,s0,-192
	li	a1,1
	mv	a0,a5
	call	big_set
.LBB7:
	.loc 1 56 19
	li	a5,2
	sw	a5,-20(s0)
	.loc 1 56 5
	j	.L25
.L26:
	.loc 1 57 9 discriminator 3
	lw	a4,-20(s0)
	addi	a5,s0,-192
	mv	a1,a4
	mv	a0,a5
	call	big_mul_small
	.loc 1 56 36 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L25:
	.loc 1 56 28 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,50
	bleu	a4,a5,.L26
.LBE7:
	.loc 1 58 5
	addi	a5,s0,-192
	mv	a1,a5
	lla	a0,.LC2
	call	big_print
	.loc 1 59 5
	addi	a5,s0,-360
	li	a1,1
	mv	a0,a5
	call	big_set
.LBB8:
	.loc 1 60 14
	sw	zero,-24(s0)
	.loc 1 60 5
	j	.L27
.L28:
	.loc 1 61 9 discriminator 3
	addi	a5,s0,-360
	li	a1,2
	mv	a0,a5
	call	big_mul_small
	.loc 1 60 31 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L27:
	.loc 1 60 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,199
	ble	a4,a5,.L28
.LBE8:
	.loc 1 62 5
	addi	a5,s0,-360
	mv	a1,a5
	lla	a0,.LC3
	call	big_print
	.loc 1 63 7
	addi	a5,s0,-528
	addi	a4,s0,-192
	li	a3,164
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	memcpy@plt
	.loc 1 64 5
	addi	a4,s0,-360
	addi	a5,s0,-528
	mv	a1,a4
	mv	a0,a5
	call	big_add
	.loc 1 65 5
	addi	a5,s0,-528
	mv	a1,a5
	lla	a0,.LC4
	call	big_print
	.loc 1 66 13
	lw	a5,-368(s0)
	.loc 1 67 1
	mv	a0,a5
	ld	ra,520(sp)
	.cfi_restore 1
	ld	s0,512(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 528
	addi	sp,sp,528
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x31d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF19
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
	.byte	0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x5
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.byte	0x7
	.4byte	0x7e
	.byte	0x5
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x5f
	.byte	0x5
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x72
	.byte	0xc
	.string	"big"
	.byte	0xa4
	.byte	0x1
	.byte	0x8
	.byte	0x8
	.4byte	0xc8
	.byte	0xd
	.4byte	.LASF14
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0xcd
	.byte	0
	.byte	0xe
	.string	"n"
	.byte	0x1
	.byte	0x8
	.byte	0x28
	.4byte	0x58
	.byte	0xa0
	.byte	0
	.byte	0x7
	.4byte	0xa2
	.byte	0xf
	.4byte	0x8a
	.4byte	0xdd
	.byte	0x10
	.4byte	0x2e
	.byte	0x27
	.byte	0
	.byte	0x11
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xf5
	.byte	0x12
	.4byte	0xf5
	.byte	0x13
	.byte	0
	.byte	0x6
	.4byte	0x85
	.byte	0x14
	.4byte	.LASF21
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x184
	.byte	0x1
	.string	"f"
	.byte	0x36
	.byte	0x10
	.4byte	0xa2
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x1
	.string	"p"
	.byte	0x36
	.byte	0x13
	.4byte	0xa2
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7d
	.byte	0x1
	.string	"s"
	.byte	0x36
	.byte	0x16
	.4byte	0xa2
	.byte	0x3
	.byte	0x91
	.byte	0xf0,0x7b
	.byte	0x15
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x165
	.byte	0x1
	.string	"i"
	.byte	0x38
	.byte	0x13
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x4
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.byte	0x1
	.string	"i"
	.byte	0x3c
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x16
	.4byte	.LASF15
	.byte	0x1
	.byte	0x2c
	.byte	0xd
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x1db
	.byte	0x3
	.string	"tag"
	.byte	0x2c
	.byte	0x23
	.4byte	0xf5
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"b"
	.byte	0x2c
	.byte	0x3a
	.4byte	0x1db
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x4
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0x1
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0xc8
	.byte	0x8
	.4byte	.LASF16
	.byte	0x1e
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x26a
	.byte	0x3
	.string	"a"
	.byte	0x1e
	.byte	0x21
	.4byte	0x26a
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"b"
	.byte	0x1e
	.byte	0x36
	.4byte	0x1db
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x9
	.4byte	.LASF17
	.byte	0x20
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x4
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x4
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"x"
	.byte	0x23
	.byte	0x12
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0xa2
	.byte	0x8
	.4byte	.LASF18
	.byte	0x10
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x2ed
	.byte	0x3
	.string	"b"
	.byte	0x10
	.byte	0x27
	.4byte	0x26a
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x3
	.string	"m"
	.byte	0x10
	.byte	0x33
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0x9
	.4byte	.LASF17
	.byte	0x12
	.4byte	0x96
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x4
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x4
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"t"
	.byte	0x14
	.byte	0x12
	.4byte	0x96
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
	.4byte	.LASF22
	.byte	0x1
	.byte	0xa
	.byte	0xd
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.string	"b"
	.byte	0xa
	.byte	0x21
	.4byte	0x26a
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.string	"v"
	.byte	0xa
	.byte	0x2d
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x64
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
	.byte	0x4
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
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
	.byte	0x21
	.byte	0xe
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0x8
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
	.byte	0xd
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0x12
	.byte	0x5
	.byte	0
	.byte	0x49
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
	.byte	0x17
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
	.string	"big_add"
.LASF13:
	.string	"uint64_t"
.LASF7:
	.string	"short int"
.LASF21:
	.string	"main"
.LASF9:
	.string	"__uint32_t"
.LASF22:
	.string	"big_set"
.LASF8:
	.string	"long int"
.LASF20:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF12:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF15:
	.string	"big_print"
.LASF4:
	.string	"short unsigned int"
.LASF17:
	.string	"carry"
.LASF11:
	.string	"char"
.LASF10:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"big_mul_small"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF14:
	.string	"limb"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bigint_add.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
