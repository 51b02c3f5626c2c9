	.file	"mutual_recursion.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/mutual_recursion.c"
	.align	1
	.type	is_even, @function
is_even:
.LFB0:
	.file 1 "programs/mutual_recursion.c"
	.loc 1 5 32
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sw	a5,-20(s0)
	.loc 1 5 52
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L2
	.loc 1 5 54 discriminator 1
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	mv	a0,a5
	call	is_odd
	mv	a5,a0
	j	.L3
.L2:
	.loc 1 5 52 discriminator 2
	li	a5,1
.L3:
	.loc 1 5 69 discriminator 4
	mv	a0,a5
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	is_even, .-is_even
	.align	1
	.type	is_odd, @function
is_odd:
.LFB1:
	.loc 1 6 31
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sw	a5,-20(s0)
	.loc 1 6 51
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L6
	.loc 1 6 53 discriminator 1
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	mv	a0,a5
	call	is_even
	mv	a5,a0
	j	.L7
.L6:
	.loc 1 6 51 discriminator 2
	li	a5,0
.L7:
	.loc 1 6 69 discriminator 4
	mv	a0,a5
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	is_odd, .-is_odd
	.local	p
	.comm	p,8,8
	.align	1
	.type	factor, @function
factor:
.LFB2:
	.loc 1 13 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 14 11
	j	.L10
.L11:
	.loc 1 15 10
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
.L10:
	.loc 1 14 12
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 14 15
	mv	a4,a5
	li	a5,32
	beq	a4,a5,.L11
	.loc 1 16 9
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 16 8
	mv	a4,a5
	li	a5,40
	bne	a4,a5,.L12
.LBB2:
	.loc 1 17 10
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
	.loc 1 18 18
	call	expr
	sd	a0,-32(s0)
	.loc 1 19 13
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 19 12
	mv	a4,a5
	li	a5,41
	bne	a4,a5,.L13
	.loc 1 20 14
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
.L13:
	.loc 1 21 16
	ld	a5,-32(s0)
	j	.L14
.L12:
.LBE2:
	.loc 1 23 9
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 23 8
	mv	a4,a5
	li	a5,45
	bne	a4,a5,.L15
	.loc 1 24 10
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
	.loc 1 25 17
	call	factor
	mv	a5,a0
	.loc 1 25 16
	neg	a5,a5
	j	.L14
.L15:
	.loc 1 27 10
	sd	zero,-24(s0)
	.loc 1 28 11
	j	.L16
.L18:
	.loc 1 29 15
	ld	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a2,a5
	.loc 1 29 25
	lla	a5,p
	ld	a5,0(a5)
	addi	a3,a5,1
	lla	a4,p
	sd	a3,0(a4)
	.loc 1 29 23
	lbu	a5,0(a5)
	sext.w	a5,a5
	.loc 1 29 28
	addiw	a5,a5,-48
	sext.w	a5,a5
	.loc 1 29 11
	add	a5,a2,a5
	sd	a5,-24(s0)
.L16:
	.loc 1 28 12
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 28 22
	mv	a4,a5
	li	a5,47
	bleu	a4,a5,.L17
	.loc 1 28 25 discriminator 1
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 28 22 discriminator 1
	mv	a4,a5
	li	a5,57
	bleu	a4,a5,.L18
.L17:
	.loc 1 30 12
	ld	a5,-24(s0)
.L14:
	.loc 1 31 1
	mv	a0,a5
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	factor, .-factor
	.align	1
	.type	term, @function
term:
.LFB3:
	.loc 1 34 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 35 14
	call	factor
	sd	a0,-24(s0)
	.loc 1 37 15
	j	.L20
.L21:
	.loc 1 38 14
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
.L20:
	.loc 1 37 16
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 37 19
	mv	a4,a5
	li	a5,32
	beq	a4,a5,.L21
	.loc 1 39 13
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 39 12
	mv	a4,a5
	li	a5,42
	bne	a4,a5,.L22
	.loc 1 39 27 discriminator 1
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
	.loc 1 39 36 discriminator 1
	call	factor
	mv	a4,a0
	.loc 1 39 33 discriminator 1
	ld	a5,-24(s0)
	mul	a5,a5,a4
	sd	a5,-24(s0)
	j	.L20
.L22:
	.loc 1 40 18
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 40 17
	mv	a4,a5
	li	a5,47
	bne	a4,a5,.L24
.LBB3:
	.loc 1 40 32 discriminator 1
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
	.loc 1 40 45 discriminator 1
	call	factor
	sd	a0,-32(s0)
	.loc 1 40 69 discriminator 1
	ld	a5,-32(s0)
	beq	a5,zero,.L25
	.loc 1 40 69 is_stmt 0 discriminator 2
	ld	a4,-24(s0)
	ld	a5,-32(s0)
	div	a5,a4,a5
	j	.L26
.L25:
	.loc 1 40 69 discriminator 3
	li	a5,0
.L26:
	.loc 1 40 57 is_stmt 1 discriminator 5
	sd	a5,-24(s0)
.LBE3:
	j	.L20
.L24:
	.loc 1 41 21
	ld	a5,-24(s0)
	.loc 1 43 1
	mv	a0,a5
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	term, .-term
	.align	1
	.type	expr, @function
expr:
.LFB4:
	.loc 1 46 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 47 14
	call	term
	sd	a0,-24(s0)
	.loc 1 49 15
	j	.L31
.L32:
	.loc 1 50 14
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
.L31:
	.loc 1 49 16
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 49 19
	mv	a4,a5
	li	a5,32
	beq	a4,a5,.L32
	.loc 1 51 13
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 51 12
	mv	a4,a5
	li	a5,43
	bne	a4,a5,.L33
	.loc 1 51 27 discriminator 1
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
	.loc 1 51 36 discriminator 1
	call	term
	mv	a4,a0
	.loc 1 51 33 discriminator 1
	ld	a5,-24(s0)
	add	a5,a5,a4
	sd	a5,-24(s0)
	j	.L31
.L33:
	.loc 1 52 18
	lla	a5,p
	ld	a5,0(a5)
	lbu	a5,0(a5)
	.loc 1 52 17
	mv	a4,a5
	li	a5,45
	bne	a4,a5,.L35
	.loc 1 52 32 discriminator 1
	lla	a5,p
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,p
	sd	a4,0(a5)
	.loc 1 52 41 discriminator 1
	call	term
	mv	a4,a0
	.loc 1 52 38 discriminator 1
	ld	a5,-24(s0)
	sub	a5,a5,a4
	sd	a5,-24(s0)
	j	.L31
.L35:
	.loc 1 53 21
	ld	a5,-24(s0)
	.loc 1 55 1
	mv	a0,a5
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	expr, .-expr
	.section	.rodata
	.align	3
.LC0:
	.string	"even(10)=%d odd(7)=%d even(333)=%d\n"
	.align	3
.LC1:
	.string	"%s = %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB5:
	.loc 1 58 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-64(s0)
	sw	a5,-52(s0)
	.loc 1 59 5
	li	a0,10
	call	is_even
	mv	a5,a0
	mv	s1,a5
	li	a0,7
	call	is_odd
	mv	a5,a0
	mv	s2,a5
	li	a0,333
	call	is_even
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC0
	call	printf@plt
	.loc 1 60 10
	sd	zero,-40(s0)
.LBB4:
	.loc 1 61 14
	li	a5,1
	sw	a5,-44(s0)
	.loc 1 61 5
	j	.L40
.L41:
	.loc 1 62 17 discriminator 3
	lw	a5,-44(s0)
	slli	a5,a5,3
	ld	a4,-64(s0)
	add	a5,a4,a5
	ld	a4,0(a5)
	.loc 1 62 11 discriminator 3
	lla	a5,p
	sd	a4,0(a5)
	.loc 1 63 16 discriminator 3
	call	expr
	sd	a0,-40(s0)
	.loc 1 64 34 discriminator 3
	lw	a5,-44(s0)
	slli	a5,a5,3
	ld	a4,-64(s0)
	add	a5,a4,a5
	.loc 1 64 9 discriminator 3
	ld	a5,0(a5)
	ld	a2,-40(s0)
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 61 32 discriminator 3
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L40:
	.loc 1 61 23 discriminator 1
	lw	a5,-44(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L41
.LBE4:
	.loc 1 66 12
	ld	a5,-40(s0)
	sext.w	a5,a5
	andi	a5,a5,127
	sext.w	a5,a5
	.loc 1 67 1
	mv	a0,a5
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	ld	s1,40(sp)
	.cfi_restore 9
	ld	s2,32(sp)
	.cfi_restore 18
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE5:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x232
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x8
	.4byte	.LASF17
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
	.byte	0x9
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x4
	.4byte	0x6b
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xa
	.4byte	0x6b
	.byte	0x2
	.string	"p"
	.byte	0x8
	.byte	0x14
	.4byte	0x8a
	.byte	0x9
	.byte	0x3
	.8byte	p
	.byte	0x4
	.4byte	0x72
	.byte	0xb
	.4byte	.LASF18
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xa7
	.byte	0xc
	.4byte	0x8a
	.byte	0xd
	.byte	0
	.byte	0xe
	.4byte	.LASF19
	.byte	0x1
	.byte	0x39
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB5
	.8byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.4byte	0x111
	.byte	0x6
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x6
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x111
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0xf
	.4byte	.LASF12
	.byte	0x1
	.byte	0x3c
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x2
	.string	"i"
	.byte	0x3d
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x66
	.byte	0x3
	.4byte	.LASF13
	.byte	0x2d
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x144
	.byte	0x2
	.string	"v"
	.byte	0x2f
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x3
	.4byte	.LASF14
	.byte	0x21
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x190
	.byte	0x2
	.string	"v"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"d"
	.byte	0x28
	.byte	0x29
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	.LASF15
	.byte	0xc
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1dc
	.byte	0x2
	.string	"v"
	.byte	0x1b
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"v"
	.byte	0x12
	.byte	0xe
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	.LASF16
	.byte	0x6
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x20a
	.byte	0x7
	.string	"n"
	.byte	0x6
	.byte	0x1c
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x10
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x7
	.string	"n"
	.byte	0x5
	.byte	0x1d
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x6c
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x39
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
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
	.byte	0x9
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
	.byte	0xa
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x18
	.byte	0
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
	.byte	0x7c
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
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"is_odd"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF12:
	.string	"last"
.LASF19:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF14:
	.string	"term"
.LASF15:
	.string	"factor"
.LASF10:
	.string	"argc"
.LASF13:
	.string	"expr"
.LASF18:
	.string	"printf"
.LASF11:
	.string	"argv"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"is_even"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/mutual_recursion.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
