	.file	"string_reverse.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/string_reverse.c"
	.align	1
	.type	reverse, @function
reverse:
.LFB0:
	.file 1 "programs/string_reverse.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	sd	a0,-56(s0)
	.loc 1 7 16
	ld	a0,-56(s0)
	call	strlen@plt
	sd	a0,-32(s0)
.LBB2:
	.loc 1 8 17
	sd	zero,-24(s0)
	.loc 1 8 5
	j	.L2
.L3:
.LBB3:
	.loc 1 9 19 discriminator 3
	ld	a4,-56(s0)
	ld	a5,-24(s0)
	add	a5,a4,a5
	.loc 1 9 14 discriminator 3
	lbu	a5,0(a5)
	sb	a5,-33(s0)
	.loc 1 10 24 discriminator 3
	ld	a4,-32(s0)
	ld	a5,-24(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	.loc 1 10 17 discriminator 3
	ld	a4,-56(s0)
	add	a4,a4,a5
	.loc 1 10 10 discriminator 3
	ld	a3,-56(s0)
	ld	a5,-24(s0)
	add	a5,a3,a5
	.loc 1 10 17 discriminator 3
	lbu	a4,0(a4)
	.loc 1 10 14 discriminator 3
	sb	a4,0(a5)
	.loc 1 11 17 discriminator 3
	ld	a4,-32(s0)
	ld	a5,-24(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	.loc 1 11 10 discriminator 3
	ld	a4,-56(s0)
	add	a5,a4,a5
	.loc 1 11 22 discriminator 3
	lbu	a4,-33(s0)
	sb	a4,0(a5)
.LBE3:
	.loc 1 8 36 discriminator 3
	ld	a5,-24(s0)
	addi	a5,a5,1
	sd	a5,-24(s0)
.L2:
	.loc 1 8 30 discriminator 1
	ld	a5,-32(s0)
	srli	a5,a5,1
	.loc 1 8 26 discriminator 1
	ld	a4,-24(s0)
	bltu	a4,a5,.L3
.LBE2:
	.loc 1 13 1
	nop
	nop
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	reverse, .-reverse
	.align	1
	.type	is_palindrome, @function
is_palindrome:
.LFB1:
	.loc 1 16 1
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
	.loc 1 17 25
	ld	a0,-40(s0)
	call	strlen@plt
	mv	a4,a0
	.loc 1 17 17
	ld	a5,-40(s0)
	add	a5,a5,a4
	sd	a5,-24(s0)
	.loc 1 18 11
	j	.L5
.L7:
	.loc 1 19 15
	ld	a5,-40(s0)
	addi	a4,a5,1
	sd	a4,-40(s0)
	.loc 1 19 13
	lbu	a4,0(a5)
	.loc 1 19 12
	ld	a5,-24(s0)
	addi	a5,a5,-1
	sd	a5,-24(s0)
	.loc 1 19 21
	ld	a5,-24(s0)
	lbu	a5,0(a5)
	.loc 1 19 12
	beq	a4,a5,.L5
	.loc 1 20 20
	li	a5,0
	j	.L6
.L5:
	.loc 1 18 14
	ld	a4,-40(s0)
	ld	a5,-24(s0)
	bltu	a4,a5,.L7
	.loc 1 22 12
	li	a5,1
.L6:
	.loc 1 23 1
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
	.size	is_palindrome, .-is_palindrome
	.section	.rodata
	.align	3
.LC0:
	.string	"aeiouAEIOU"
	.text
	.align	1
	.type	vowels, @function
vowels:
.LFB2:
	.loc 1 26 1
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
	.loc 1 27 9
	sw	zero,-20(s0)
	.loc 1 28 5
	j	.L9
.L11:
	.loc 1 29 34
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	.loc 1 29 13
	sext.w	a5,a5
	mv	a1,a5
	lla	a0,.LC0
	call	strchr@plt
	mv	a5,a0
	.loc 1 29 12
	beq	a5,zero,.L10
	.loc 1 30 18
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L10:
	.loc 1 28 17
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
.L9:
	.loc 1 28 12 discriminator 1
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L11
	.loc 1 31 12
	lw	a5,-20(s0)
	.loc 1 32 1
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
.LFE2:
	.size	vowels, .-vowels
	.section	.rodata
	.align	3
.LC1:
	.string	"yes"
	.align	3
.LC2:
	.string	"no"
	.align	3
.LC3:
	.string	"%-12s -> %-12s vowels=%d palindrome=%s\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 35 1
	.cfi_startproc
	addi	sp,sp,-208
	.cfi_def_cfa_offset 208
	sd	ra,200(sp)
	sd	s0,192(sp)
	sd	s1,184(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,208
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-208(s0)
	sw	a5,-196(s0)
	.loc 1 37 9
	sw	zero,-36(s0)
.LBB4:
	.loc 1 38 14
	li	a5,1
	sw	a5,-40(s0)
	.loc 1 38 5
	j	.L14
.L20:
.LBB5:
	.loc 1 39 26
	lw	a5,-40(s0)
	slli	a5,a5,3
	ld	a4,-208(s0)
	add	a5,a4,a5
	.loc 1 39 9
	ld	a4,0(a5)
	addi	a5,s0,-184
	li	a2,127
	mv	a1,a4
	mv	a0,a5
	call	strncpy@plt
	.loc 1 40 29
	sb	zero,-57(s0)
	.loc 1 41 19
	addi	a5,s0,-184
	mv	a0,a5
	call	is_palindrome
	mv	a5,a0
	sw	a5,-52(s0)
	.loc 1 42 21
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	addw	a5,a4,a5
	sw	a5,-36(s0)
	.loc 1 43 9
	addi	a5,s0,-184
	mv	a0,a5
	call	reverse
.LBB6:
	.loc 1 44 20
	addi	a5,s0,-184
	sd	a5,-48(s0)
	.loc 1 44 9
	j	.L15
.L17:
	.loc 1 45 17
	ld	a5,-48(s0)
	lbu	a5,0(a5)
	.loc 1 45 16
	mv	a4,a5
	li	a5,96
	bleu	a4,a5,.L16
	.loc 1 45 30 discriminator 1
	ld	a5,-48(s0)
	lbu	a5,0(a5)
	.loc 1 45 27 discriminator 1
	mv	a4,a5
	li	a5,122
	bgtu	a4,a5,.L16
	.loc 1 46 29
	ld	a5,-48(s0)
	lbu	a5,0(a5)
	.loc 1 46 22
	addiw	a5,a5,-32
	andi	a4,a5,0xff
	.loc 1 46 20
	ld	a5,-48(s0)
	sb	a4,0(a5)
.L16:
	.loc 1 44 34 discriminator 2
	ld	a5,-48(s0)
	addi	a5,a5,1
	sd	a5,-48(s0)
.L15:
	.loc 1 44 29 discriminator 1
	ld	a5,-48(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L17
.LBE6:
	.loc 1 47 64
	lw	a5,-40(s0)
	slli	a5,a5,3
	ld	a4,-208(s0)
	add	a5,a4,a5
	.loc 1 47 9
	ld	s1,0(a5)
	.loc 1 47 85
	lw	a5,-40(s0)
	slli	a5,a5,3
	ld	a4,-208(s0)
	add	a5,a4,a5
	.loc 1 47 9
	ld	a5,0(a5)
	mv	a0,a5
	call	vowels
	mv	a5,a0
	mv	a3,a5
	lw	a5,-52(s0)
	sext.w	a5,a5
	beq	a5,zero,.L18
	.loc 1 47 9 is_stmt 0 discriminator 1
	lla	a5,.LC1
	j	.L19
.L18:
	.loc 1 47 9 discriminator 2
	lla	a5,.LC2
.L19:
	.loc 1 47 9 discriminator 4
	addi	a2,s0,-184
	mv	a4,a5
	mv	a1,s1
	lla	a0,.LC3
	call	printf@plt
.LBE5:
	.loc 1 38 32 is_stmt 1 discriminator 4
	lw	a5,-40(s0)
	addiw	a5,a5,1
	sw	a5,-40(s0)
.L14:
	.loc 1 38 23 discriminator 2
	lw	a5,-40(s0)
	mv	a4,a5
	lw	a5,-196(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L20
.LBE4:
	.loc 1 49 12
	lw	a5,-36(s0)
	.loc 1 50 1
	mv	a0,a5
	ld	ra,200(sp)
	.cfi_restore 1
	ld	s0,192(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 208
	ld	s1,184(sp)
	.cfi_restore 9
	addi	sp,sp,208
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x299
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xd
	.4byte	.LASF21
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
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	0x77
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xf
	.4byte	0x77
	.byte	0x5
	.4byte	0x7e
	.byte	0x7
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xa0
	.byte	0x3
	.4byte	0x83
	.byte	0x10
	.byte	0
	.byte	0x8
	.4byte	.LASF11
	.byte	0x90
	.4byte	0x72
	.4byte	0xbe
	.byte	0x3
	.4byte	0x72
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x2e
	.byte	0
	.byte	0x8
	.4byte	.LASF12
	.byte	0xf6
	.4byte	0x72
	.4byte	0xd7
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x64
	.byte	0
	.byte	0x7
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xee
	.byte	0x3
	.4byte	0x83
	.byte	0
	.byte	0x11
	.4byte	.LASF22
	.byte	0x1
	.byte	0x22
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x1a5
	.byte	0x9
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7e
	.byte	0x9
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0x1a5
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7e
	.byte	0x2
	.string	"buf"
	.byte	0x24
	.byte	0xa
	.4byte	0x1aa
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7e
	.byte	0xa
	.4byte	.LASF16
	.byte	0x25
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x4
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x2
	.string	"i"
	.byte	0x26
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x4
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x2
	.string	"pal"
	.byte	0x29
	.byte	0xd
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x4
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0x2
	.string	"p"
	.byte	0x2c
	.byte	0x14
	.4byte	0x72
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x72
	.byte	0x12
	.4byte	0x77
	.4byte	0x1ba
	.byte	0x13
	.4byte	0x3a
	.byte	0x7f
	.byte	0
	.byte	0xb
	.4byte	.LASF18
	.byte	0x19
	.4byte	0x64
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1f4
	.byte	0x6
	.string	"s"
	.byte	0x19
	.byte	0x1f
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0xa
	.4byte	.LASF17
	.byte	0x1b
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0xb
	.4byte	.LASF19
	.byte	0xf
	.4byte	0x64
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x22d
	.byte	0x6
	.string	"s"
	.byte	0xf
	.byte	0x26
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"e"
	.byte	0x11
	.byte	0x11
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x14
	.4byte	.LASF23
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x6
	.string	"s"
	.byte	0x5
	.byte	0x1b
	.4byte	0x72
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x2
	.string	"n"
	.byte	0x7
	.byte	0xc
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x4
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"i"
	.byte	0x8
	.byte	0x11
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x4
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"t"
	.byte	0x9
	.byte	0xe
	.4byte	0x77
	.byte	0x2
	.byte	0x91
	.byte	0x5f
	.byte	0
	.byte	0
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x7
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
	.byte	0x8
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
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0xe
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
	.byte	0x22
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0x9
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xe
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
	.byte	0xf
	.byte	0x26
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
.LASF21:
	.string	"size_t"
.LASF17:
	.string	"count"
.LASF12:
	.string	"strchr"
.LASF13:
	.string	"strlen"
.LASF3:
	.string	"unsigned char"
.LASF23:
	.string	"reverse"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF19:
	.string	"is_palindrome"
.LASF11:
	.string	"strncpy"
.LASF22:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF9:
	.string	"char"
.LASF18:
	.string	"vowels"
.LASF14:
	.string	"argc"
.LASF20:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF10:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"palindromes"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/string_reverse.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
