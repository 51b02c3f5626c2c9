	.file	"string_tokens.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/string_tokens.c"
	.section	.rodata
	.align	3
.LC0:
	.string	"if"
	.align	3
.LC1:
	.string	"else"
	.align	3
.LC2:
	.string	"while"
	.align	3
.LC3:
	.string	"for"
	.align	3
.LC4:
	.string	"return"
	.align	3
.LC5:
	.string	"int"
	.align	3
.LC6:
	.string	"char"
	.section	.data.rel.local,"aw"
	.align	3
	.type	keywords, @object
	.size	keywords, 56
keywords:
	.dword	.LC0
	.dword	.LC1
	.dword	.LC2
	.dword	.LC3
	.dword	.LC4
	.dword	.LC5
	.dword	.LC6
	.text
	.align	1
	.type	is_sep, @function
is_sep:
.LFB0:
	.file 1 "programs/string_tokens.c"
	.loc 1 7 27
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sb	a5,-17(s0)
	.loc 1 7 81
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,32
	beq	a4,a5,.L2
	.loc 1 7 45 discriminator 2
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,44
	beq	a4,a5,.L2
	.loc 1 7 57 discriminator 4
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,59
	beq	a4,a5,.L2
	.loc 1 7 69 discriminator 6
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,40
	beq	a4,a5,.L2
	.loc 1 7 81 discriminator 8
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,41
	bne	a4,a5,.L3
.L2:
	.loc 1 7 81 is_stmt 0 discriminator 9
	li	a5,1
	j	.L4
.L3:
	.loc 1 7 81 discriminator 10
	li	a5,0
.L4:
	.loc 1 7 94 is_stmt 1 discriminator 12
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	is_sep, .-is_sep
	.align	1
	.type	keyword_index, @function
keyword_index:
.LFB1:
	.loc 1 10 1
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
.LBB2:
	.loc 1 11 19
	sw	zero,-20(s0)
	.loc 1 11 5
	j	.L7
.L10:
	.loc 1 12 13
	lla	a4,keywords
	lwu	a5,-20(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a5,0(a5)
	mv	a0,a5
	call	strlen@plt
	mv	a4,a0
	.loc 1 12 12
	ld	a5,-48(s0)
	bne	a5,a4,.L8
	.loc 1 12 41 discriminator 1
	lla	a4,keywords
	lwu	a5,-20(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a5,0(a5)
	ld	a2,-48(s0)
	ld	a1,-40(s0)
	mv	a0,a5
	call	strncmp@plt
	mv	a5,a0
	.loc 1 12 38 discriminator 1
	bne	a5,zero,.L8
	.loc 1 13 20
	lw	a5,-20(s0)
	j	.L9
.L8:
	.loc 1 11 69 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L7:
	.loc 1 11 28 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,6
	bleu	a4,a5,.L10
.LBE2:
	.loc 1 14 12
	li	a5,-1
.L9:
	.loc 1 15 1
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
	.size	keyword_index, .-keyword_index
	.section	.rodata
	.align	3
.LC7:
	.string	" (keyword)"
	.align	3
.LC8:
	.string	""
	.align	3
.LC9:
	.string	"token %2d: %.*s%s\n"
	.align	3
.LC10:
	.string	"%d tokens, %d keywords\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 18 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-80(s0)
	sw	a5,-68(s0)
	.loc 1 19 9
	sw	zero,-20(s0)
	.loc 1 19 21
	sw	zero,-24(s0)
.LBB3:
	.loc 1 20 14
	li	a5,1
	sw	a5,-28(s0)
	.loc 1 20 5
	j	.L12
.L25:
.LBB4:
	.loc 1 21 29
	lw	a5,-28(s0)
	slli	a5,a5,3
	ld	a4,-80(s0)
	add	a5,a4,a5
	.loc 1 21 21
	ld	a5,0(a5)
	sd	a5,-40(s0)
	.loc 1 22 15
	j	.L13
.L16:
.LBB5:
	.loc 1 24 18
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
.L14:
	.loc 1 23 20
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	.loc 1 23 23
	beq	a5,zero,.L15
	.loc 1 23 26 discriminator 1
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	is_sep
	mv	a5,a0
	.loc 1 23 23 discriminator 1
	bne	a5,zero,.L16
.L15:
	.loc 1 25 18
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	.loc 1 25 16
	beq	a5,zero,.L27
	.loc 1 27 25
	ld	a5,-40(s0)
	sd	a5,-48(s0)
	.loc 1 28 19
	j	.L19
.L21:
	.loc 1 29 18
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
.L19:
	.loc 1 28 20
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	.loc 1 28 23
	beq	a5,zero,.L20
	.loc 1 28 27 discriminator 1
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	is_sep
	mv	a5,a0
	.loc 1 28 23 discriminator 1
	beq	a5,zero,.L21
.L20:
	.loc 1 30 35
	ld	a4,-40(s0)
	ld	a5,-48(s0)
	sub	a5,a4,a5
	.loc 1 30 20
	sd	a5,-56(s0)
	.loc 1 31 21
	ld	a1,-56(s0)
	ld	a0,-48(s0)
	call	keyword_index
	mv	a5,a0
	sw	a5,-60(s0)
	.loc 1 32 13
	ld	a5,-56(s0)
	sext.w	a2,a5
	lw	a5,-60(s0)
	sext.w	a5,a5
	blt	a5,zero,.L22
	.loc 1 32 13 is_stmt 0 discriminator 1
	lla	a5,.LC7
	j	.L23
.L22:
	.loc 1 32 13 discriminator 2
	lla	a5,.LC8
.L23:
	.loc 1 32 13 discriminator 4
	lw	a1,-20(s0)
	mv	a4,a5
	ld	a3,-48(s0)
	lla	a0,.LC9
	call	printf@plt
	.loc 1 33 19 is_stmt 1 discriminator 4
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
	.loc 1 34 22 discriminator 4
	lw	a5,-60(s0)
	not	a5,a5
	srliw	a5,a5,31
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 34 17 discriminator 4
	lw	a4,-24(s0)
	addw	a5,a4,a5
	sw	a5,-24(s0)
.L13:
.LBE5:
	.loc 1 22 16
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L14
	j	.L18
.L27:
.LBB6:
	.loc 1 26 17
	nop
.L18:
.LBE6:
.LBE4:
	.loc 1 20 32 discriminator 2
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L12:
	.loc 1 20 23 discriminator 1
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-68(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L25
.LBE3:
	.loc 1 37 5
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC10
	call	printf@plt
	.loc 1 38 12
	lw	a5,-24(s0)
	.loc 1 39 1
	mv	a0,a5
	ld	ra,72(sp)
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x245
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xb
	.4byte	.LASF19
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
	.byte	0xc
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x4
	.4byte	0x77
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xd
	.4byte	0x77
	.byte	0x4
	.4byte	0x7e
	.byte	0xe
	.4byte	0x83
	.4byte	0x98
	.byte	0xf
	.4byte	0x3a
	.byte	0x6
	.byte	0
	.byte	0x5
	.4byte	.LASF15
	.byte	0x5
	.byte	0x14
	.4byte	0x88
	.byte	0x9
	.byte	0x3
	.8byte	keywords
	.byte	0x8
	.4byte	.LASF10
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xc5
	.byte	0x3
	.4byte	0x83
	.byte	0x10
	.byte	0
	.byte	0x11
	.4byte	.LASF11
	.byte	0x3
	.byte	0x9f
	.byte	0xc
	.4byte	0x64
	.4byte	0xe5
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x83
	.byte	0x3
	.4byte	0x2e
	.byte	0
	.byte	0x8
	.4byte	.LASF12
	.byte	0x3
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0xfc
	.byte	0x3
	.4byte	0x83
	.byte	0
	.byte	0x12
	.4byte	.LASF20
	.byte	0x1
	.byte	0x11
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1bf
	.byte	0x9
	.4byte	.LASF13
	.byte	0xe
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7f
	.byte	0x9
	.4byte	.LASF14
	.byte	0x1b
	.4byte	0x1bf
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x5
	.4byte	.LASF16
	.byte	0x13
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.string	"kws"
	.byte	0x13
	.byte	0x15
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"a"
	.byte	0x14
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x2
	.string	"s"
	.byte	0x15
	.byte	0x15
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x13
	.4byte	.LLRL0
	.byte	0x5
	.4byte	.LASF17
	.byte	0x1b
	.byte	0x19
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"n"
	.byte	0x1e
	.byte	0x14
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x2
	.string	"k"
	.byte	0x1f
	.byte	0x11
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x72
	.byte	0x14
	.4byte	.LASF21
	.byte	0x1
	.byte	0x9
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x21d
	.byte	0x7
	.string	"w"
	.byte	0x9
	.byte	0x26
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x7
	.string	"n"
	.byte	0x9
	.byte	0x30
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"i"
	.byte	0xb
	.byte	0x13
	.4byte	0x4f
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.byte	0x15
	.4byte	.LASF22
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.4byte	0x64
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x7
	.string	"c"
	.byte	0x7
	.byte	0x18
	.4byte	0x77
	.byte	0x2
	.byte	0x91
	.byte	0x6f
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
	.byte	0x11
	.byte	0x39
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0x55
	.byte	0x17
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
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
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF19:
	.string	"size_t"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"strlen"
.LASF21:
	.string	"keyword_index"
.LASF16:
	.string	"tokens"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF20:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"keywords"
.LASF13:
	.string	"argc"
.LASF10:
	.string	"printf"
.LASF22:
	.string	"is_sep"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"start"
.LASF7:
	.string	"short int"
.LASF11:
	.string	"strncmp"
.LASF6:
	.string	"signed char"
.LASF14:
	.string	"argv"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/string_tokens.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
