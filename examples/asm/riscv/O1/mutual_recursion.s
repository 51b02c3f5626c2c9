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
.LFB11:
	.file 1 "programs/mutual_recursion.c"
	.loc 1 5 32
	.cfi_startproc
.LVL0:
	.loc 1 5 34
	.loc 1 5 52 is_stmt 0
	bne	a0,zero,.L9
	li	a0,1
.LVL1:
	ret
.LVL2:
.L9:
	mv	a5,a0
.LVL3:
.LBB4:
.LBB5:
	.loc 1 6 33 is_stmt 1 discriminator 1
	.loc 1 6 51 is_stmt 0 discriminator 1
	li	a4,1
	li	a0,0
.LVL4:
	bne	a5,a4,.L10
.LVL5:
.LBE5:
.LBE4:
	.loc 1 5 69
	ret
.LVL6:
.L10:
	.loc 1 5 32
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sd	ra,8(sp)
	.cfi_offset 1, -8
.LBB7:
.LBB6:
	.loc 1 6 53
	addiw	a0,a5,-2
	call	is_even
.LVL7:
.LBE6:
.LBE7:
	.loc 1 5 69
	ld	ra,8(sp)
	.cfi_restore 1
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE11:
	.size	is_even, .-is_even
	.align	1
	.type	expr, @function
expr:
.LFB15:
	.loc 1 46 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	s4,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.loc 1 47 5
	.loc 1 47 14 is_stmt 0
	call	term
.LVL8:
	mv	s1,a0
.LVL9:
	.loc 1 49 16
	lla	s0,.LANCHOR0
	.loc 1 49 19
	li	s2,32
	.loc 1 51 12
	li	s3,43
	.loc 1 52 17
	li	s4,45
	j	.L12
.L13:
	.loc 1 50 13 is_stmt 1
	.loc 1 50 14 is_stmt 0
	addi	a5,a5,1
	sd	a5,0(s0)
.L12:
	.loc 1 49 19 is_stmt 1
	.loc 1 49 16 is_stmt 0
	ld	a5,0(s0)
	lbu	a4,0(a5)
	.loc 1 49 19
	beq	a4,s2,.L13
	.loc 1 51 9 is_stmt 1
	.loc 1 51 12 is_stmt 0
	beq	a4,s3,.L18
	.loc 1 52 14 is_stmt 1
	.loc 1 52 17 is_stmt 0
	bne	a4,s4,.L11
	.loc 1 52 31 is_stmt 1 discriminator 1
	.loc 1 52 32 is_stmt 0 discriminator 1
	addi	a5,a5,1
	sd	a5,0(s0)
	.loc 1 52 36 is_stmt 1 discriminator 1
	.loc 1 52 41 is_stmt 0 discriminator 1
	call	term
.LVL10:
	.loc 1 52 38 discriminator 1
	sub	s1,s1,a0
.LVL11:
	j	.L12
.L18:
	.loc 1 51 26 is_stmt 1 discriminator 1
	.loc 1 51 27 is_stmt 0 discriminator 1
	addi	a5,a5,1
	sd	a5,0(s0)
	.loc 1 51 31 is_stmt 1 discriminator 1
	.loc 1 51 36 is_stmt 0 discriminator 1
	call	term
.LVL12:
	.loc 1 51 33 discriminator 1
	add	s1,s1,a0
.LVL13:
	j	.L12
.L11:
	.loc 1 55 1
	mv	a0,s1
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	ld	s1,24(sp)
	.cfi_restore 9
.LVL14:
	ld	s2,16(sp)
	.cfi_restore 18
	ld	s3,8(sp)
	.cfi_restore 19
	ld	s4,0(sp)
	.cfi_restore 20
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	expr, .-expr
	.align	1
	.type	factor, @function
factor:
.LFB13:
	.loc 1 13 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sd	ra,8(sp)
	sd	s0,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.loc 1 14 5
	.loc 1 14 15
	.loc 1 14 12 is_stmt 0
	ld	a5,.LANCHOR0
	lbu	a4,0(a5)
	.loc 1 14 15
	li	a3,32
	bne	a4,a3,.L20
	addi	a5,a5,1
	li	a2,32
.L21:
	.loc 1 15 9 is_stmt 1
	.loc 1 14 15
	mv	a3,a5
	addi	a5,a5,1
	.loc 1 14 12 is_stmt 0
	lbu	a4,-1(a5)
	.loc 1 14 15
	beq	a4,a2,.L21
	.loc 1 15 10
	mv	a5,a3
	sd	a3,.LANCHOR0,a2
.L20:
	.loc 1 16 5 is_stmt 1
	.loc 1 16 8 is_stmt 0
	li	a3,40
	beq	a4,a3,.L31
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	li	a3,45
	beq	a4,a3,.L24
.LVL15:
	.loc 1 28 22 is_stmt 1
	.loc 1 28 12 is_stmt 0
	ld	a3,.LANCHOR0
	lbu	a4,0(a3)
	.loc 1 28 22
	addiw	a5,a4,-48
	andi	a5,a5,0xff
	li	a1,9
	addi	a3,a3,1
	.loc 1 27 10
	li	a0,0
	.loc 1 28 22
	li	a2,9
	bgtu	a5,a1,.L19
.LVL16:
.L26:
	.loc 1 29 9 is_stmt 1
	.loc 1 29 15 is_stmt 0
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	.loc 1 29 25
	mv	a1,a3
	.loc 1 29 28
	addiw	a4,a4,-48
	.loc 1 29 11
	add	a0,a4,a5
.LVL17:
	.loc 1 28 22 is_stmt 1
	.loc 1 28 12 is_stmt 0
	lbu	a4,0(a3)
	.loc 1 28 22
	addi	a3,a3,1
	addiw	a5,a4,-48
	andi	a5,a5,0xff
	bleu	a5,a2,.L26
	sd	a1,.LANCHOR0,a5
.LVL18:
.L19:
	.loc 1 31 1
	ld	ra,8(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,0(sp)
	.cfi_restore 8
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
.L31:
	.cfi_restore_state
.LBB8:
	.loc 1 17 9 is_stmt 1
	.loc 1 17 10 is_stmt 0
	lla	s0,.LANCHOR0
	addi	a5,a5,1
	sd	a5,0(s0)
	.loc 1 18 9 is_stmt 1
	.loc 1 18 18 is_stmt 0
	call	expr
.LVL19:
	.loc 1 19 9 is_stmt 1
	.loc 1 19 13 is_stmt 0
	ld	a5,0(s0)
	.loc 1 19 12
	lbu	a3,0(a5)
	li	a4,41
	bne	a3,a4,.L19
	.loc 1 20 13 is_stmt 1
	.loc 1 20 14 is_stmt 0
	addi	a5,a5,1
	sd	a5,.LANCHOR0,a4
	j	.L19
.LVL20:
.L24:
.LBE8:
	.loc 1 24 9 is_stmt 1
	.loc 1 24 10 is_stmt 0
	addi	a5,a5,1
	sd	a5,.LANCHOR0,a4
	.loc 1 25 9 is_stmt 1
	.loc 1 25 17 is_stmt 0
	call	factor
.LVL21:
	.loc 1 25 16
	neg	a0,a0
	j	.L19
	.cfi_endproc
.LFE13:
	.size	factor, .-factor
	.align	1
	.type	term, @function
term:
.LFB14:
	.loc 1 34 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	s4,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.loc 1 35 5
	.loc 1 35 14 is_stmt 0
	call	factor
.LVL22:
	mv	s1,a0
.LVL23:
	.loc 1 37 16
	lla	s0,.LANCHOR0
	.loc 1 37 19
	li	s2,32
	.loc 1 39 12
	li	s3,42
	.loc 1 40 17
	li	s4,47
	j	.L33
.L34:
	.loc 1 38 13 is_stmt 1
	.loc 1 38 14 is_stmt 0
	addi	a5,a5,1
	sd	a5,0(s0)
.LVL24:
.L33:
	.loc 1 37 19 is_stmt 1
	.loc 1 37 16 is_stmt 0
	ld	a5,0(s0)
	lbu	a4,0(a5)
	.loc 1 37 19
	beq	a4,s2,.L34
	.loc 1 39 9 is_stmt 1
	.loc 1 39 12 is_stmt 0
	beq	a4,s3,.L40
	.loc 1 40 14 is_stmt 1
	.loc 1 40 17 is_stmt 0
	bne	a4,s4,.L32
.LBB9:
	.loc 1 40 31 is_stmt 1 discriminator 1
	.loc 1 40 32 is_stmt 0 discriminator 1
	addi	a5,a5,1
	sd	a5,0(s0)
	.loc 1 40 36 is_stmt 1 discriminator 1
	.loc 1 40 45 is_stmt 0 discriminator 1
	call	factor
.LVL25:
	.loc 1 40 55 is_stmt 1 discriminator 1
	.loc 1 40 69 is_stmt 0 discriminator 1
	beq	a0,zero,.L38
	.loc 1 40 69 discriminator 2
	div	s1,s1,a0
.LVL26:
	j	.L33
.LVL27:
.L38:
	.loc 1 40 69
	mv	s1,a0
.LVL28:
	j	.L33
.LVL29:
.L40:
.LBE9:
	.loc 1 39 26 is_stmt 1 discriminator 1
	.loc 1 39 27 is_stmt 0 discriminator 1
	addi	a5,a5,1
	sd	a5,0(s0)
	.loc 1 39 31 is_stmt 1 discriminator 1
	.loc 1 39 36 is_stmt 0 discriminator 1
	call	factor
.LVL30:
	.loc 1 39 33 discriminator 1
	mul	s1,s1,a0
.LVL31:
	j	.L33
.L32:
	.loc 1 43 1
	mv	a0,s1
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	ld	s1,24(sp)
	.cfi_restore 9
.LVL32:
	ld	s2,16(sp)
	.cfi_restore 18
	ld	s3,8(sp)
	.cfi_restore 19
	ld	s4,0(sp)
	.cfi_restore 20
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	term, .-term
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LFB16:
	.loc 1 58 1 is_stmt 1
	.cfi_startproc
.LVL33:
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	s4,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	mv	s2,a0
	mv	s1,a1
	.loc 1 59 5
	li	a0,10
.LVL34:
	call	is_even
.LVL35:
	mv	s0,a0
.LVL36:
.LBB13:
.LBB14:
	.loc 1 6 33
	.loc 1 6 53 is_stmt 0
	li	a0,6
	call	is_even
.LVL37:
	mv	s3,a0
.LVL38:
.LBE14:
.LBE13:
	.loc 1 59 5
	li	a0,333
	call	is_even
.LVL39:
	mv	a3,a0
	mv	a2,s3
	mv	a1,s0
	lla	a0,.LC0
	call	printf@plt
.LVL40:
	.loc 1 60 5 is_stmt 1
	.loc 1 61 5
.LBB15:
	.loc 1 61 10
	.loc 1 61 23
	li	a5,1
	ble	s2,a5,.L44
	addi	s0,s1,8
	addiw	s2,s2,-2
	slli	a5,s2,32
	srli	s2,a5,29
	addi	s1,s1,16
.LVL41:
	add	s2,s2,s1
	.loc 1 62 11 is_stmt 0
	lla	s4,.LANCHOR0
	.loc 1 64 9
	lla	s3,.LC1
.LVL42:
.L43:
	.loc 1 62 9 is_stmt 1 discriminator 3
	.loc 1 62 11 is_stmt 0 discriminator 3
	ld	a5,0(s0)
	sd	a5,0(s4)
	.loc 1 63 9 is_stmt 1 discriminator 3
	.loc 1 63 16 is_stmt 0 discriminator 3
	call	expr
.LVL43:
	mv	s1,a0
.LVL44:
	.loc 1 64 9 is_stmt 1 discriminator 3
	mv	a2,a0
	ld	a1,0(s0)
	mv	a0,s3
	call	printf@plt
.LVL45:
	.loc 1 61 32 discriminator 3
	.loc 1 61 23 discriminator 3
	addi	s0,s0,8
.LVL46:
	bne	s0,s2,.L43
.LVL47:
.L42:
.LBE15:
	.loc 1 66 5
	.loc 1 67 1 is_stmt 0
	andi	a0,s1,127
	ld	ra,40(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	ld	s1,24(sp)
	.cfi_restore 9
	ld	s2,16(sp)
	.cfi_restore 18
	ld	s3,8(sp)
	.cfi_restore 19
	ld	s4,0(sp)
	.cfi_restore 20
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
.LVL48:
.L44:
	.cfi_restore_state
	.loc 1 60 10
	li	s1,0
.LVL49:
	j	.L42
	.cfi_endproc
.LFE16:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	p, @object
	.size	p, 8
p:
	.zero	8
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x37f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF16
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
	.byte	0x5
	.4byte	0x6b
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xe
	.4byte	0x6b
	.byte	0xf
	.string	"p"
	.byte	0x1
	.byte	0x8
	.byte	0x14
	.4byte	0x8b
	.byte	0x9
	.byte	0x3
	.8byte	p
	.byte	0x5
	.4byte	0x72
	.byte	0x10
	.4byte	.LASF17
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xa8
	.byte	0x11
	.4byte	0x8b
	.byte	0x12
	.byte	0
	.byte	0x13
	.4byte	.LASF18
	.byte	0x1
	.byte	0x39
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.byte	0x1
	.byte	0x9c
	.4byte	0x1d1
	.byte	0x9
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST8
	.byte	0x9
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x1d1
	.4byte	.LLST9
	.byte	0x14
	.4byte	.LASF12
	.byte	0x1
	.byte	0x3c
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST10
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15-.LBB15
	.4byte	0x140
	.byte	0x4
	.string	"i"
	.byte	0x3d
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST12
	.byte	0x1
	.8byte	.LVL43
	.4byte	0x1d6
	.byte	0x7
	.8byte	.LVL45
	.4byte	0x90
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0x15
	.4byte	0x30e
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.byte	0x1
	.byte	0x3b
	.byte	0x5
	.4byte	0x179
	.byte	0xa
	.4byte	0x31f
	.4byte	.LLST11
	.byte	0x7
	.8byte	.LVL37
	.4byte	0x32a
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x36
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL35
	.4byte	0x32a
	.4byte	0x190
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0xb
	.8byte	.LVL39
	.4byte	0x32a
	.4byte	0x1a9
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0xa
	.2byte	0x14d
	.byte	0
	.byte	0x7
	.8byte	.LVL40
	.4byte	0x90
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x66
	.byte	0x8
	.4byte	.LASF13
	.byte	0x2d
	.4byte	0x5f
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x22b
	.byte	0x4
	.string	"v"
	.byte	0x2f
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST3
	.byte	0x1
	.8byte	.LVL8
	.4byte	0x22b
	.byte	0x1
	.8byte	.LVL10
	.4byte	0x22b
	.byte	0x1
	.8byte	.LVL12
	.4byte	0x22b
	.byte	0
	.byte	0x8
	.4byte	.LASF14
	.byte	0x21
	.4byte	0x5f
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x2a3
	.byte	0x4
	.string	"v"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST6
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.4byte	0x288
	.byte	0x4
	.string	"d"
	.byte	0x28
	.byte	0x29
	.4byte	0x5f
	.4byte	.LLST7
	.byte	0x1
	.8byte	.LVL25
	.4byte	0x2a3
	.byte	0
	.byte	0x1
	.8byte	.LVL22
	.4byte	0x2a3
	.byte	0x1
	.8byte	.LVL30
	.4byte	0x2a3
	.byte	0
	.byte	0x8
	.4byte	.LASF15
	.byte	0xc
	.4byte	0x5f
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x30e
	.byte	0x4
	.string	"v"
	.byte	0x1b
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST4
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.4byte	0x300
	.byte	0x4
	.string	"v"
	.byte	0x12
	.byte	0xe
	.4byte	0x5f
	.4byte	.LLST5
	.byte	0x1
	.8byte	.LVL19
	.4byte	0x1d6
	.byte	0
	.byte	0x1
	.8byte	.LVL21
	.4byte	0x2a3
	.byte	0
	.byte	0x16
	.4byte	.LASF19
	.byte	0x1
	.byte	0x6
	.byte	0xc
	.4byte	0x58
	.byte	0x1
	.4byte	0x32a
	.byte	0x17
	.string	"n"
	.byte	0x1
	.byte	0x6
	.byte	0x1c
	.4byte	0x43
	.byte	0
	.byte	0x18
	.4byte	.LASF20
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x19
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x1d
	.4byte	0x43
	.4byte	.LLST0
	.byte	0x1a
	.4byte	0x30e
	.8byte	.LBB4
	.4byte	.LLRL1
	.byte	0x1
	.byte	0x5
	.byte	0x36
	.byte	0xa
	.4byte	0x31f
	.4byte	.LLST2
	.byte	0x1
	.8byte	.LVL7
	.4byte	0x32a
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0x17
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x39
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x20
	.byte	0xb
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
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
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
.LLST8:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LFE16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL35-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL35-1
	.8byte	.LVL41
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x3
	.byte	0x79
	.byte	0x70
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL48
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LVL49
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LFE16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL44
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL47
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LFE16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL45
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LVL47
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x40
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LFE16
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL38
	.byte	0x2
	.byte	0x37
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL14
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LFE15
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL32
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE14
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL29
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x3
	.byte	0x7f
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7-1
	.byte	0x3
	.byte	0x7f
	.byte	0x7f
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF19:
	.string	"is_odd"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF12:
	.string	"last"
.LASF18:
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
.LASF17:
	.string	"printf"
.LASF11:
	.string	"argv"
.LASF16:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
