	.file	"switch_calc.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/switch_calc.c"
	.align	1
	.type	apply, @function
apply:
.LFB0:
	.file 1 "programs/switch_calc.c"
	.loc 1 5 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-32(s0)
	sd	a2,-40(s0)
	sd	a3,-48(s0)
	sb	a5,-17(s0)
	.loc 1 6 9
	ld	a5,-48(s0)
	li	a4,1
	sw	a4,0(a5)
	.loc 1 7 5
	lbu	a5,-17(s0)
	sext.w	a5,a5
	addiw	a3,a5,-37
	sext.w	a4,a3
	li	a5,87
	bgtu	a4,a5,.L22
	slli	a5,a3,32
	srli	a5,a5,32
	slli	a4,a5,2
	lla	a5,.L4
	add	a5,a4,a5
	lw	a5,0(a5)
	sext.w	a4,a5
	lla	a5,.L4
	add	a5,a4,a5
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L4:
	.word	.L15-.L4
	.word	.L14-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L13-.L4
	.word	.L12-.L4
	.word	.L22-.L4
	.word	.L11-.L4
	.word	.L22-.L4
	.word	.L10-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L9-.L4
	.word	.L22-.L4
	.word	.L8-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L7-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L6-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L5-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L22-.L4
	.word	.L3-.L4
	.text
.L12:
	.loc 1 8 24
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	j	.L16
.L11:
	.loc 1 9 24
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	sub	a5,a4,a5
	j	.L16
.L13:
	.loc 1 10 24
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	mul	a5,a4,a5
	j	.L16
.L10:
	.loc 1 12 12
	ld	a5,-40(s0)
	beq	a5,zero,.L23
	.loc 1 13 18
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	div	a5,a4,a5
	j	.L16
.L15:
	.loc 1 15 12
	ld	a5,-40(s0)
	beq	a5,zero,.L24
	.loc 1 16 18
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	rem	a5,a4,a5
	j	.L16
.L14:
	.loc 1 17 24
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	and	a5,a4,a5
	j	.L16
.L3:
	.loc 1 18 24
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	or	a5,a4,a5
	j	.L16
.L6:
	.loc 1 19 24
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	xor	a5,a4,a5
	j	.L16
.L9:
	.loc 1 20 30
	ld	a5,-40(s0)
	sext.w	a5,a5
	andi	a5,a5,63
	sext.w	a5,a5
	.loc 1 20 24
	ld	a4,-32(s0)
	sll	a5,a4,a5
	j	.L16
.L8:
	.loc 1 21 30
	ld	a5,-40(s0)
	sext.w	a5,a5
	andi	a5,a5,63
	sext.w	a5,a5
	.loc 1 21 24
	ld	a4,-32(s0)
	sra	a5,a4,a5
	j	.L16
.L5:
	.loc 1 22 32
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	ble	a5,a4,.L16
	mv	a5,a4
	j	.L16
.L7:
	.loc 1 23 32
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	bge	a5,a4,.L16
	mv	a5,a4
	j	.L16
.L22:
	.loc 1 24 14
	nop
	j	.L18
.L23:
	.loc 1 12 21
	nop
	j	.L18
.L24:
	.loc 1 15 21
	nop
.L18:
	.loc 1 26 9
	ld	a5,-48(s0)
	sw	zero,0(a5)
	.loc 1 27 12
	li	a5,0
.L16:
	.loc 1 28 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	apply, .-apply
	.section	.rodata
	.align	3
.LC0:
	.string	"%ld %c %ld = %ld\n"
	.align	3
.LC1:
	.string	"error: %c %ld %ld\n"
	.align	3
.LC2:
	.string	" %c %ld %ld"
	.align	3
.LC3:
	.string	"%d lines, %d errors, sum %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB1:
	.loc 1 31 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	.loc 1 34 9
	sw	zero,-20(s0)
	.loc 1 34 21
	sw	zero,-24(s0)
	.loc 1 35 10
	sd	zero,-32(s0)
	.loc 1 36 11
	j	.L26
.L29:
.LBB2:
	.loc 1 38 18
	lbu	a5,-41(s0)
	ld	a4,-56(s0)
	ld	a2,-64(s0)
	addi	a3,s0,-68
	mv	a1,a4
	mv	a0,a5
	call	apply
	sd	a0,-40(s0)
	.loc 1 39 14
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
	.loc 1 40 13
	lw	a5,-68(s0)
	.loc 1 40 12
	beq	a5,zero,.L27
	.loc 1 41 13
	ld	a5,-56(s0)
	lbu	a4,-41(s0)
	sext.w	a2,a4
	ld	a3,-64(s0)
	ld	a4,-40(s0)
	mv	a1,a5
	lla	a0,.LC0
	call	printf@plt
	.loc 1 42 17
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	sd	a5,-32(s0)
	j	.L26
.L27:
	.loc 1 44 13
	lbu	a5,-41(s0)
	sext.w	a5,a5
	ld	a4,-56(s0)
	ld	a3,-64(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 45 19
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L26:
.LBE2:
	.loc 1 36 12
	addi	a3,s0,-64
	addi	a4,s0,-56
	addi	a5,s0,-41
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC2
	call	__isoc99_scanf@plt
	mv	a5,a0
	.loc 1 36 46
	mv	a4,a5
	li	a5,3
	beq	a4,a5,.L29
	.loc 1 48 5
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ld	a3,-32(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC3
	call	printf@plt
	.loc 1 49 12
	lw	a5,-20(s0)
	.loc 1 50 1
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
.LFE1:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x19a
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x8
	.4byte	.LASF12
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
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xa
	.4byte	0x66
	.byte	0xb
	.4byte	.LASF13
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF14
	.4byte	0x58
	.4byte	0x8e
	.byte	0x4
	.4byte	0x8e
	.byte	0x5
	.byte	0
	.byte	0x6
	.4byte	0x6d
	.byte	0xc
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xab
	.byte	0x4
	.4byte	0x8e
	.byte	0x5
	.byte	0
	.byte	0xd
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x147
	.byte	0x2
	.string	"op"
	.byte	0x20
	.byte	0xa
	.4byte	0x66
	.byte	0x2
	.byte	0x91
	.byte	0x57
	.byte	0x2
	.string	"a"
	.byte	0x21
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x2
	.string	"b"
	.byte	0x21
	.byte	0xd
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x7
	.4byte	.LASF10
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x7
	.4byte	.LASF11
	.byte	0x15
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0xe
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"ok"
	.byte	0x25
	.byte	0xd
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7f
	.byte	0x2
	.string	"r"
	.byte	0x26
	.byte	0xe
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x198
	.byte	0x3
	.string	"op"
	.byte	0x18
	.4byte	0x66
	.byte	0x2
	.byte	0x91
	.byte	0x6f
	.byte	0x3
	.string	"a"
	.byte	0x21
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x3
	.string	"b"
	.byte	0x29
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"ok"
	.byte	0x31
	.4byte	0x198
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0
	.byte	0x6
	.4byte	0x58
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
	.byte	0x21
	.byte	0x4
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x18
	.byte	0
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
	.byte	0x34
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
	.byte	0x6e
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
	.byte	0xe
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0xf
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
.LASF13:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF14:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF17:
	.string	"apply"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF10:
	.string	"errors"
.LASF12:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF7:
	.string	"short int"
.LASF11:
	.string	"lines"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/switch_calc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
