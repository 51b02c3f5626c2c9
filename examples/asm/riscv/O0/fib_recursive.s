	.file	"fib_recursive.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/fib_recursive.c"
	.local	memo
	.comm	memo,728,8
	.align	1
	.type	fib, @function
fib:
.LFB6:
	.file 1 "programs/fib_recursive.c"
	.loc 1 7 24
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sw	a5,-36(s0)
	.loc 1 7 43
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,1
	bgt	a4,a5,.L2
	.loc 1 7 43 is_stmt 0 discriminator 1
	lw	a5,-36(s0)
	j	.L4
.L2:
	.loc 1 7 45 is_stmt 1 discriminator 2
	lw	a5,-36(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	mv	a0,a5
	call	fib
	mv	s1,a0
	.loc 1 7 58 discriminator 2
	lw	a5,-36(s0)
	addiw	a5,a5,-2
	sext.w	a5,a5
	mv	a0,a5
	call	fib
	mv	a5,a0
	.loc 1 7 43 discriminator 2
	add	a5,s1,a5
.L4:
	.loc 1 7 70 discriminator 5
	mv	a0,a5
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	ld	s1,24(sp)
	.cfi_restore 9
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	fib, .-fib
	.align	1
	.type	fib_memo, @function
fib_memo:
.LFB7:
	.loc 1 10 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sw	a5,-36(s0)
	.loc 1 11 8
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,1
	bgt	a4,a5,.L6
	.loc 1 12 16
	lw	a5,-36(s0)
	j	.L7
.L6:
	.loc 1 13 13
	lla	a4,memo
	lw	a5,-36(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a5,0(a5)
	.loc 1 13 8
	beq	a5,zero,.L8
	.loc 1 14 20
	lla	a4,memo
	lw	a5,-36(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a5,0(a5)
	j	.L7
.L8:
	.loc 1 15 15
	lw	a5,-36(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	mv	a0,a5
	call	fib_memo
	mv	s1,a0
	.loc 1 15 33
	lw	a5,-36(s0)
	addiw	a5,a5,-2
	sext.w	a5,a5
	mv	a0,a5
	call	fib_memo
	mv	a5,a0
	.loc 1 15 31
	add	a4,s1,a5
	.loc 1 15 13
	lla	a3,memo
	lw	a5,-36(s0)
	slli	a5,a5,3
	add	a5,a3,a5
	sd	a4,0(a5)
	.loc 1 16 16
	lla	a4,memo
	lw	a5,-36(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a5,0(a5)
.L7:
	.loc 1 17 1
	mv	a0,a5
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	ld	s1,24(sp)
	.cfi_restore 9
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	fib_memo, .-fib_memo
	.align	1
	.type	ackermann, @function
ackermann:
.LFB8:
	.loc 1 20 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sw	a5,-36(s0)
	mv	a5,a4
	sw	a5,-40(s0)
	.loc 1 21 8
	lw	a5,-36(s0)
	sext.w	a5,a5
	bne	a5,zero,.L10
	.loc 1 22 18
	lw	a5,-40(s0)
	addiw	a5,a5,1
	sext.w	a5,a5
	j	.L11
.L10:
	.loc 1 23 8
	lw	a5,-40(s0)
	sext.w	a5,a5
	bne	a5,zero,.L12
	.loc 1 24 16
	lw	a5,-36(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	li	a1,1
	mv	a0,a5
	call	ackermann
	mv	a5,a0
	sext.w	a5,a5
	j	.L11
.L12:
	.loc 1 25 12
	lw	a5,-36(s0)
	addiw	a5,a5,-1
	sext.w	s1,a5
	lw	a5,-40(s0)
	addiw	a5,a5,-1
	sext.w	a4,a5
	lw	a5,-36(s0)
	mv	a1,a4
	mv	a0,a5
	call	ackermann
	mv	a5,a0
	sext.w	a5,a5
	mv	a1,a5
	mv	a0,s1
	call	ackermann
	mv	a5,a0
	sext.w	a5,a5
.L11:
	.loc 1 26 1
	mv	a0,a5
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	ld	s1,24(sp)
	.cfi_restore 9
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE8:
	.size	ackermann, .-ackermann
	.section	.rodata
	.align	3
.LC0:
	.string	"fib(%d) = %ld\n"
	.align	3
.LC1:
	.string	"fib_memo(%d) = %ld\n"
	.align	3
.LC2:
	.string	"A(%u,%u) = %u\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB9:
	.loc 1 29 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-48(s0)
	sw	a5,-36(s0)
	.loc 1 30 38
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L14
	.loc 1 30 33 discriminator 1
	ld	a5,-48(s0)
	addi	a5,a5,8
	.loc 1 30 24 discriminator 1
	ld	a5,0(a5)
	mv	a0,a5
	call	atoi@plt
	mv	a5,a0
	j	.L15
.L14:
	.loc 1 30 38 discriminator 2
	li	a5,20
.L15:
	.loc 1 30 9 discriminator 4
	sw	a5,-32(s0)
	.loc 1 31 5 discriminator 4
	lw	a5,-32(s0)
	mv	a0,a5
	call	fib
	mv	a4,a0
	lw	a5,-32(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC0
	call	printf@plt
.LBB2:
	.loc 1 32 14 discriminator 4
	li	a5,60
	sw	a5,-20(s0)
	.loc 1 32 5 discriminator 4
	j	.L16
.L17:
	.loc 1 33 9 discriminator 3
	lw	a5,-20(s0)
	mv	a0,a5
	call	fib_memo
	mv	a4,a0
	lw	a5,-20(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 32 33 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,10
	sw	a5,-20(s0)
.L16:
	.loc 1 32 24 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,90
	ble	a4,a5,.L17
.LBE2:
.LBB3:
	.loc 1 34 19
	sw	zero,-24(s0)
	.loc 1 34 5
	j	.L18
.L21:
.LBB4:
	.loc 1 35 23
	sw	zero,-28(s0)
	.loc 1 35 9
	j	.L19
.L20:
	.loc 1 36 13 discriminator 3
	lw	a4,-28(s0)
	lw	a5,-24(s0)
	mv	a1,a4
	mv	a0,a5
	call	ackermann
	mv	a5,a0
	sext.w	a3,a5
	lw	a4,-28(s0)
	lw	a5,-24(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 35 38 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L19:
	.loc 1 35 32 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,3
	bleu	a4,a5,.L20
.LBE4:
	.loc 1 34 34 discriminator 2
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L18:
	.loc 1 34 28 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,2
	bleu	a4,a5,.L21
.LBE3:
	.loc 1 37 18
	lw	a5,-32(s0)
	mv	a0,a5
	call	fib
	mv	a4,a0
	.loc 1 37 25
	li	a5,100
	rem	a5,a4,a5
	.loc 1 37 12
	sext.w	a5,a5
	.loc 1 38 1
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
.LFE9:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x21a
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF19
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
	.byte	0xa
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
	.byte	0xb
	.4byte	0x6b
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xc
	.4byte	0x5f
	.4byte	0x95
	.byte	0xd
	.4byte	0x2e
	.byte	0x5a
	.byte	0
	.byte	0xe
	.4byte	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x85
	.byte	0x9
	.byte	0x3
	.8byte	memo
	.byte	0xf
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xc3
	.byte	0x5
	.4byte	0xc3
	.byte	0x10
	.byte	0
	.byte	0x4
	.4byte	0x72
	.byte	0x11
	.4byte	.LASF13
	.byte	0x3
	.byte	0x69
	.byte	0xc
	.4byte	0x58
	.4byte	0xde
	.byte	0x5
	.4byte	0xc3
	.byte	0
	.byte	0x12
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB9
	.8byte	.LFE9-.LFB9
	.byte	0x1
	.byte	0x9c
	.4byte	0x185
	.byte	0x6
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x6
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0x185
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"n"
	.byte	0x1e
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x13
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x148
	.byte	0x2
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x7
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"m"
	.byte	0x22
	.byte	0x13
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x7
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x2
	.string	"k"
	.byte	0x23
	.byte	0x17
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x66
	.byte	0x8
	.4byte	.LASF17
	.byte	0x13
	.byte	0x11
	.4byte	0x43
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x1c4
	.byte	0x3
	.string	"m"
	.byte	0x13
	.byte	0x24
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x3
	.string	"n"
	.byte	0x13
	.byte	0x30
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0x8
	.4byte	.LASF18
	.byte	0x9
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x1f2
	.byte	0x3
	.string	"n"
	.byte	0x9
	.byte	0x1a
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0x14
	.string	"fib"
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.string	"n"
	.byte	0x7
	.byte	0x15
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x1c
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
	.byte	0xb
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0x14
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
.LASF10:
	.string	"long long int"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"ackermann"
.LASF20:
	.string	"main"
.LASF14:
	.string	"argc"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF18:
	.string	"fib_memo"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF13:
	.string	"atoi"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF16:
	.string	"memo"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/fib_recursive.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
