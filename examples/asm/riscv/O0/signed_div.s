	.file	"signed_div.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/signed_div.c"
	.align	1
	.type	floor_div, @function
floor_div:
.LFB0:
	.file 1 "programs/signed_div.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sw	a5,-36(s0)
	mv	a5,a4
	sw	a5,-40(s0)
	.loc 1 7 9
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-40(s0)
	divw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 8 12
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-40(s0)
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 8 8
	beq	a5,zero,.L2
	.loc 1 8 34 discriminator 1
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-40(s0)
	xor	a5,a4,a5
	sext.w	a5,a5
	.loc 1 8 22 discriminator 1
	bge	a5,zero,.L2
	.loc 1 9 10
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sw	a5,-20(s0)
.L2:
	.loc 1 10 12
	lw	a5,-20(s0)
	.loc 1 11 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	floor_div, .-floor_div
	.section	.rodata
	.align	3
.LC2:
	.string	"%d/%d=%d %%=%d floor=%d\n"
	.align	3
.LC4:
	.string	"%lld %lld %lld\n"
	.align	3
.LC5:
	.string	"%d %d %d %d\n"
	.align	3
.LC6:
	.string	"%d %d\n"
	.align	3
.LC7:
	.string	"checksum %ld\n"
	.align	3
.LC0:
	.word	17
	.word	-17
	.word	100
	.word	-100
	.word	7
	.word	-7
	.word	2147483647
	.word	-2147483647
	.align	3
.LC1:
	.word	5
	.word	-5
	.word	3
	.word	-3
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB1:
	.loc 1 14 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	s2,96(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	addi	s0,sp,128
	.cfi_def_cfa 8, 0
	.loc 1 15 9
	lla	a5,.LC0
	ld	a2,0(a5)
	ld	a3,8(a5)
	ld	a4,16(a5)
	ld	a5,24(a5)
	sd	a2,-104(s0)
	sd	a3,-96(s0)
	sd	a4,-88(s0)
	sd	a5,-80(s0)
	.loc 1 16 9
	lla	a5,.LC1
	ld	a4,0(a5)
	sd	a4,-120(s0)
	ld	a5,8(a5)
	sd	a5,-112(s0)
	.loc 1 17 10
	sd	zero,-40(s0)
.LBB2:
	.loc 1 18 19
	sw	zero,-44(s0)
	.loc 1 18 5
	j	.L5
.L8:
.LBB3:
	.loc 1 19 23
	sw	zero,-48(s0)
	.loc 1 19 9
	j	.L6
.L7:
.LBB4:
	.loc 1 20 17 discriminator 3
	lwu	a5,-44(s0)
	slli	a5,a5,2
	addi	a5,a5,-32
	add	a5,a5,s0
	lw	a5,-72(a5)
	sw	a5,-64(s0)
	.loc 1 20 30 discriminator 3
	lwu	a5,-48(s0)
	slli	a5,a5,2
	addi	a5,a5,-32
	add	a5,a5,s0
	lw	a5,-88(a5)
	sw	a5,-68(s0)
	.loc 1 21 13 discriminator 3
	lw	a5,-64(s0)
	mv	a4,a5
	lw	a5,-68(s0)
	divw	a5,a4,a5
	sext.w	s1,a5
	lw	a5,-64(s0)
	mv	a4,a5
	lw	a5,-68(s0)
	remw	a5,a4,a5
	sext.w	s2,a5
	lw	a4,-68(s0)
	lw	a5,-64(s0)
	mv	a1,a4
	mv	a0,a5
	call	floor_div
	mv	a5,a0
	lw	a2,-68(s0)
	lw	a1,-64(s0)
	mv	a4,s2
	mv	a3,s1
	lla	a0,.LC2
	call	printf@plt
	.loc 1 22 27 discriminator 3
	lw	a5,-64(s0)
	mv	a4,a5
	lw	a5,-68(s0)
	divw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 22 35 discriminator 3
	lw	a5,-64(s0)
	mv	a3,a5
	lw	a5,-68(s0)
	remw	a5,a3,a5
	sext.w	a5,a5
	.loc 1 22 31 discriminator 3
	addw	a5,a4,a5
	sext.w	a5,a5
	mv	a4,a5
	.loc 1 22 22 discriminator 3
	ld	a5,-40(s0)
	add	a5,a5,a4
	sd	a5,-40(s0)
.LBE4:
	.loc 1 19 65 discriminator 3
	lw	a5,-48(s0)
	addiw	a5,a5,1
	sw	a5,-48(s0)
.L6:
	.loc 1 19 32 discriminator 1
	lw	a5,-48(s0)
	sext.w	a4,a5
	li	a5,3
	bleu	a4,a5,.L7
.LBE3:
	.loc 1 18 61 discriminator 2
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L5:
	.loc 1 18 28 discriminator 1
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,7
	bleu	a4,a5,.L8
.LBE2:
	.loc 1 25 13
	lla	a5,.LC3
	ld	a5,0(a5)
	sd	a5,-56(s0)
	.loc 1 26 48
	ld	a4,-56(s0)
	li	a5,7
	div	a1,a4,a5
	.loc 1 26 70
	ld	a4,-56(s0)
	li	a5,7
	rem	a4,a4,a5
	.loc 1 26 92
	ld	a5,-56(s0)
	srai	a5,a5,13
	.loc 1 26 5
	mv	a3,a5
	mv	a2,a4
	lla	a0,.LC4
	call	printf@plt
	.loc 1 27 13
	li	a5,-12288
	addi	a5,a5,-57
	sh	a5,-58(s0)
	.loc 1 28 12
	li	a5,-128
	sb	a5,-59(s0)
	.loc 1 29 5
	lh	a4,-58(s0)
	li	a5,10
	divw	a5,a4,a5
	slliw	a5,a5,16
	sraiw	a5,a5,16
	mv	a1,a5
	lh	a4,-58(s0)
	li	a5,10
	remw	a5,a4,a5
	slliw	a5,a5,16
	sraiw	a5,a5,16
	mv	a2,a5
	lb	a4,-59(s0)
	li	a5,3
	divw	a5,a4,a5
	slliw	a5,a5,24
	sraiw	a5,a5,24
	mv	a3,a5
	lb	a5,-59(s0)
	sraiw	a5,a5,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	mv	a4,a5
	lla	a0,.LC5
	call	printf@plt
	.loc 1 30 5
	li	a2,-9
	li	a1,-10
	lla	a0,.LC6
	call	printf@plt
	.loc 1 31 5
	ld	a1,-40(s0)
	lla	a0,.LC7
	call	printf@plt
	.loc 1 32 12
	ld	a5,-40(s0)
	sext.w	a5,a5
	andi	a5,a5,255
	sext.w	a5,a5
	.loc 1 33 1
	mv	a0,a5
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 128
	ld	s1,104(sp)
	.cfi_restore 9
	ld	s2,96(sp)
	.cfi_restore 18
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC3:
	.dword	-9000000000000000000
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x212
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
	.byte	0x3
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x56
	.byte	0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x3
	.4byte	.LASF8
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x69
	.byte	0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x83
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF11
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0xb
	.4byte	0x8a
	.byte	0x3
	.4byte	.LASF13
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4a
	.byte	0x3
	.4byte	.LASF14
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x5d
	.byte	0x3
	.4byte	.LASF15
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x77
	.byte	0xc
	.4byte	.LASF20
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x70
	.4byte	0xd2
	.byte	0xd
	.4byte	0xd2
	.byte	0xe
	.byte	0
	.byte	0xf
	.byte	0x8
	.4byte	0x91
	.byte	0x10
	.4byte	.LASF21
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x70
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1b4
	.byte	0x4
	.4byte	.LASF16
	.byte	0xf
	.byte	0x9
	.4byte	0x1b4
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0x4
	.4byte	.LASF17
	.byte	0x10
	.byte	0x9
	.4byte	0x1c4
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x4
	.4byte	.LASF18
	.byte	0x11
	.byte	0xa
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"big"
	.byte	0x19
	.byte	0xd
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x2
	.string	"h"
	.byte	0x1b
	.byte	0xd
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x46
	.byte	0x2
	.string	"c"
	.byte	0x1c
	.byte	0xc
	.4byte	0x96
	.byte	0x2
	.byte	0x91
	.byte	0x45
	.byte	0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"i"
	.byte	0x12
	.byte	0x13
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"j"
	.byte	0x13
	.byte	0x17
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x2
	.string	"a"
	.byte	0x14
	.byte	0x11
	.4byte	0x70
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x2
	.string	"b"
	.byte	0x14
	.byte	0x1e
	.4byte	0x70
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x70
	.4byte	0x1c4
	.byte	0x7
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0x6
	.4byte	0x70
	.4byte	0x1d4
	.byte	0x7
	.4byte	0x2e
	.byte	0x3
	.byte	0
	.byte	0x11
	.4byte	.LASF22
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x70
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x8
	.string	"a"
	.byte	0x1a
	.4byte	0x70
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x8
	.string	"b"
	.byte	0x21
	.4byte	0x70
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"q"
	.byte	0x7
	.byte	0x9
	.4byte	0x70
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
	.byte	0x4
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x11
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF14:
	.string	"int16_t"
.LASF16:
	.string	"vals"
.LASF8:
	.string	"__int16_t"
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"char"
.LASF22:
	.string	"floor_div"
.LASF3:
	.string	"unsigned char"
.LASF21:
	.string	"main"
.LASF13:
	.string	"int8_t"
.LASF11:
	.string	"long int"
.LASF10:
	.string	"__int64_t"
.LASF18:
	.string	"checksum"
.LASF15:
	.string	"int64_t"
.LASF20:
	.string	"printf"
.LASF17:
	.string	"divs"
.LASF9:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/signed_div.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
