	.file	"collatz.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/collatz.c"
	.align	1
	.type	steps, @function
steps:
.LFB6:
	.file 1 "programs/collatz.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 7 9
	sw	zero,-20(s0)
	.loc 1 8 11
	ld	a5,-48(s0)
	ld	a4,-40(s0)
	sd	a4,0(a5)
	.loc 1 9 11
	j	.L2
.L6:
	.loc 1 10 16
	ld	a5,-40(s0)
	andi	a5,a5,1
	.loc 1 10 33
	beq	a5,zero,.L3
	.loc 1 10 25 discriminator 1
	ld	a4,-40(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	.loc 1 10 33 discriminator 1
	addi	a5,a5,1
	j	.L4
.L3:
	.loc 1 10 33 is_stmt 0 discriminator 2
	ld	a5,-40(s0)
	srli	a5,a5,1
.L4:
	.loc 1 10 11 is_stmt 1 discriminator 4
	sd	a5,-40(s0)
	.loc 1 11 17 discriminator 4
	ld	a5,-48(s0)
	ld	a5,0(a5)
	.loc 1 11 12 discriminator 4
	ld	a4,-40(s0)
	bleu	a4,a5,.L5
	.loc 1 12 19
	ld	a5,-48(s0)
	ld	a4,-40(s0)
	sd	a4,0(a5)
.L5:
	.loc 1 13 10
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 9 14
	ld	a4,-40(s0)
	li	a5,1
	bne	a4,a5,.L6
	.loc 1 15 12
	lw	a5,-20(s0)
	.loc 1 16 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	steps, .-steps
	.section	.rodata
	.align	3
.LC0:
	.string	"longest in [%lu,%lu]: %lu with %d steps, peak %lu\n"
	.align	3
.LC1:
	.string	"27 -> %d steps, 837799 -> %d steps\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB7:
	.loc 1 19 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	addi	s0,sp,128
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-128(s0)
	sw	a5,-116(s0)
	.loc 1 20 59
	lw	a5,-116(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L9
	.loc 1 20 47 discriminator 1
	ld	a5,-128(s0)
	addi	a5,a5,8
	.loc 1 20 35 discriminator 1
	ld	a5,0(a5)
	li	a2,10
	li	a1,0
	mv	a0,a5
	call	strtoul@plt
	mv	a5,a0
	j	.L10
.L9:
	.loc 1 20 59 discriminator 2
	li	a5,1
.L10:
	.loc 1 20 19 discriminator 4
	sd	a5,-72(s0)
	.loc 1 21 59 discriminator 4
	lw	a5,-116(s0)
	sext.w	a4,a5
	li	a5,2
	ble	a4,a5,.L11
	.loc 1 21 47 discriminator 1
	ld	a5,-128(s0)
	addi	a5,a5,16
	.loc 1 21 35 discriminator 1
	ld	a5,0(a5)
	li	a2,10
	li	a1,0
	mv	a0,a5
	call	strtoul@plt
	mv	a5,a0
	j	.L12
.L11:
	.loc 1 21 59 discriminator 2
	li	a5,30
.L12:
	.loc 1 21 19 discriminator 4
	sd	a5,-80(s0)
	.loc 1 22 9 discriminator 4
	sw	zero,-36(s0)
	.loc 1 23 19 discriminator 4
	ld	a5,-72(s0)
	sd	a5,-48(s0)
	.loc 1 23 32 discriminator 4
	sd	zero,-56(s0)
.LBB2:
	.loc 1 24 24 discriminator 4
	ld	a5,-72(s0)
	sd	a5,-64(s0)
	.loc 1 24 5 discriminator 4
	j	.L13
.L15:
.LBB3:
	.loc 1 26 17
	addi	a5,s0,-104
	mv	a1,a5
	ld	a0,-64(s0)
	call	steps
	mv	a5,a0
	sw	a5,-84(s0)
	.loc 1 27 12
	lw	a5,-84(s0)
	mv	a4,a5
	lw	a5,-36(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L14
	.loc 1 28 18
	lw	a5,-84(s0)
	sw	a5,-36(s0)
	.loc 1 29 20
	ld	a5,-64(s0)
	sd	a5,-48(s0)
	.loc 1 30 23
	ld	a5,-104(s0)
	sd	a5,-56(s0)
.L14:
.LBE3:
	.loc 1 24 42 discriminator 2
	ld	a5,-64(s0)
	addi	a5,a5,1
	sd	a5,-64(s0)
.L13:
	.loc 1 24 34 discriminator 1
	ld	a4,-64(s0)
	ld	a5,-80(s0)
	bleu	a4,a5,.L15
.LBE2:
	.loc 1 33 5
	lw	a4,-36(s0)
	ld	a5,-56(s0)
	ld	a3,-48(s0)
	ld	a2,-80(s0)
	ld	a1,-72(s0)
	lla	a0,.LC0
	call	printf@plt
	.loc 1 35 5
	addi	a5,s0,-96
	mv	a1,a5
	li	a0,27
	call	steps
	mv	a5,a0
	mv	s1,a5
	addi	a5,s0,-96
	mv	a1,a5
	li	a5,839680
	addi	a0,a5,-1881
	call	steps
	mv	a5,a0
	mv	a2,a5
	mv	a1,s1
	lla	a0,.LC1
	call	printf@plt
	.loc 1 36 17
	lw	a5,-36(s0)
	andi	a5,a5,127
	sext.w	a5,a5
	.loc 1 37 1
	mv	a0,a5
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 128
	ld	s1,104(sp)
	.cfi_restore 9
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1fd
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF20
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
	.byte	0x3
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
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x9d
	.byte	0x4
	.4byte	0x9d
	.byte	0xd
	.byte	0
	.byte	0x3
	.4byte	0x72
	.byte	0x7
	.4byte	0x9d
	.byte	0xe
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.byte	0x4
	.4byte	0xa2
	.byte	0x4
	.4byte	0xcc
	.byte	0x4
	.4byte	0x58
	.byte	0
	.byte	0x3
	.4byte	0x66
	.byte	0x7
	.4byte	0xc7
	.byte	0xf
	.4byte	.LASF21
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x1b1
	.byte	0x6
	.4byte	.LASF14
	.byte	0x12
	.byte	0xe
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0x8c,0x7f
	.byte	0x6
	.4byte	.LASF15
	.byte	0x12
	.byte	0x1b
	.4byte	0xc7
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x2
	.string	"lo"
	.byte	0x14
	.byte	0x13
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x2
	.string	"hi"
	.byte	0x15
	.byte	0x13
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x5
	.4byte	.LASF16
	.byte	0x16
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x5
	.4byte	.LASF17
	.byte	0x17
	.byte	0x13
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x5
	.4byte	.LASF18
	.byte	0x17
	.byte	0x20
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x2
	.string	"p"
	.byte	0x22
	.byte	0x13
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7f
	.byte	0x8
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"n"
	.byte	0x18
	.byte	0x18
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x8
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x5
	.4byte	.LASF19
	.byte	0x19
	.byte	0x17
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x2
	.string	"s"
	.byte	0x1a
	.byte	0xd
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0xac,0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fb
	.byte	0x11
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x20
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x6
	.4byte	.LASF19
	.byte	0x5
	.byte	0x32
	.4byte	0x1fb
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x3
	.4byte	0x2e
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0x5
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
	.byte	0x7
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
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
	.byte	0x11
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
	.byte	0x18
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
.LASF18:
	.string	"best_peak"
.LASF5:
	.string	"unsigned int"
.LASF21:
	.string	"main"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"steps"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF17:
	.string	"best_n"
.LASF19:
	.string	"peak"
.LASF14:
	.string	"argc"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF20:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF13:
	.string	"strtoul"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF16:
	.string	"best"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/collatz.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
