	.file	"char_classes.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/char_classes.c"
	.align	1
	.type	classify, @function
classify:
.LFB0:
	.file 1 "programs/char_classes.c"
	.loc 1 7 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sw	a5,-20(s0)
	.loc 1 8 5
	lw	a4,-20(s0)
	mv	a3,a4
	li	a5,63
	sgtu	a5,a3,a5
	andi	a5,a5,0xff
	bne	a5,zero,.L2
	li	a5,1
	sll	a5,a5,a4
	li	a4,-973062144
	addi	a4,a4,-1597
	slli	a4,a4,33
	and	a4,a5,a4
	snez	a4,a4
	andi	a4,a4,0xff
	bne	a4,zero,.L3
	li	a4,1023
	slli	a4,a4,48
	and	a4,a5,a4
	snez	a4,a4
	andi	a4,a4,0xff
	bne	a4,zero,.L4
	li	a4,8388608
	addi	a4,a4,19
	slli	a4,a4,9
	and	a5,a5,a4
	snez	a5,a5
	andi	a5,a5,0xff
	beq	a5,zero,.L2
	.loc 1 10 16
	li	a5,0
	j	.L5
.L4:
	.loc 1 13 16
	li	a5,1
	j	.L5
.L3:
	.loc 1 16 16
	li	a5,4
	j	.L5
.L2:
	.loc 1 18 12
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,96
	ble	a4,a5,.L6
	.loc 1 18 22 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,122
	bgt	a4,a5,.L6
	.loc 1 18 42 discriminator 2
	li	a5,2
	j	.L5
.L6:
	.loc 1 19 12
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,64
	ble	a4,a5,.L7
	.loc 1 19 22 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,90
	bgt	a4,a5,.L7
	.loc 1 19 42 discriminator 2
	li	a5,3
	j	.L5
.L7:
	.loc 1 20 16
	li	a5,5
.L5:
	.loc 1 22 1
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	classify, .-classify
	.section	.rodata
	.align	3
.LC0:
	.string	"%-6s %u\n"
	.align	3
.LC1:
	.string	"%u numbers, sum %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB1:
	.loc 1 25 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	.loc 1 27 14
	sd	zero,-80(s0)
	sd	zero,-72(s0)
	sd	zero,-64(s0)
	.loc 1 28 14
	sw	zero,-20(s0)
	.loc 1 29 10
	sd	zero,-32(s0)
	.loc 1 29 26
	sd	zero,-40(s0)
	.loc 1 30 9
	sw	zero,-44(s0)
	.loc 1 31 11
	j	.L9
.L11:
.LBB2:
	.loc 1 32 23
	lw	a5,-52(s0)
	mv	a0,a5
	call	classify
	mv	a5,a0
	sw	a5,-56(s0)
	.loc 1 33 15
	lwu	a5,-56(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-64(a5)
	.loc 1 33 18
	addiw	a5,a5,1
	sext.w	a4,a5
	lwu	a5,-56(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-64(a5)
	.loc 1 34 12
	lw	a5,-56(s0)
	sext.w	a4,a5
	li	a5,1
	bne	a4,a5,.L10
	.loc 1 35 31
	ld	a4,-40(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a4,a5
	.loc 1 35 41
	lw	a5,-52(s0)
	addiw	a5,a5,-48
	sext.w	a5,a5
	.loc 1 35 21
	add	a5,a4,a5
	sd	a5,-40(s0)
	.loc 1 36 23
	li	a5,1
	sw	a5,-44(s0)
	j	.L9
.L10:
	.loc 1 37 19
	lw	a5,-44(s0)
	sext.w	a5,a5
	beq	a5,zero,.L9
	.loc 1 38 24
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	sd	a5,-32(s0)
	.loc 1 39 20
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
	.loc 1 40 21
	sd	zero,-40(s0)
	.loc 1 41 23
	sw	zero,-44(s0)
.L9:
.LBE2:
	.loc 1 31 17
	call	getchar@plt
	mv	a5,a0
	sw	a5,-52(s0)
	.loc 1 31 28
	lw	a5,-52(s0)
	sext.w	a4,a5
	li	a5,-1
	bne	a4,a5,.L11
	.loc 1 44 8
	lw	a5,-44(s0)
	sext.w	a5,a5
	beq	a5,zero,.L12
	.loc 1 45 20
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	sd	a5,-32(s0)
	.loc 1 46 16
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L12:
.LBB3:
	.loc 1 48 14
	sw	zero,-48(s0)
	.loc 1 48 5
	j	.L13
.L14:
	.loc 1 49 9 discriminator 3
	lla	a4,names.0
	lw	a5,-48(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a4,0(a5)
	lw	a5,-48(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-64(a5)
	mv	a2,a5
	mv	a1,a4
	lla	a0,.LC0
	call	printf@plt
	.loc 1 48 33 discriminator 3
	lw	a5,-48(s0)
	addiw	a5,a5,1
	sw	a5,-48(s0)
.L13:
	.loc 1 48 23 discriminator 1
	lw	a5,-48(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L14
.LBE3:
	.loc 1 50 5
	lw	a5,-20(s0)
	ld	a2,-32(s0)
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 51 24
	lw	a5,-64(s0)
	.loc 1 51 32
	sext.w	a5,a5
	.loc 1 51 12
	andi	a5,a5,127
	sext.w	a5,a5
	.loc 1 52 1
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
	.section	.rodata
	.align	3
.LC2:
	.string	"space"
	.align	3
.LC3:
	.string	"digit"
	.align	3
.LC4:
	.string	"lower"
	.align	3
.LC5:
	.string	"upper"
	.align	3
.LC6:
	.string	"punct"
	.align	3
.LC7:
	.string	"other"
	.section	.data.rel.local,"aw"
	.align	3
	.type	names.0, @object
	.size	names.0, 48
names.0:
	.dword	.LC2
	.dword	.LC3
	.dword	.LC4
	.dword	.LC5
	.dword	.LC6
	.dword	.LC7
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1ec
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x7
	.4byte	.LASF23
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
	.byte	0x8
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
	.byte	0x9
	.4byte	0x66
	.byte	0xa
	.4byte	.LASF24
	.byte	0x7
	.byte	0x4
	.4byte	0x43
	.byte	0x1
	.byte	0x4
	.byte	0x6
	.4byte	0xaf
	.byte	0x2
	.4byte	.LASF10
	.byte	0
	.byte	0x2
	.4byte	.LASF11
	.byte	0x1
	.byte	0x2
	.4byte	.LASF12
	.byte	0x2
	.byte	0x2
	.4byte	.LASF13
	.byte	0x3
	.byte	0x2
	.4byte	.LASF14
	.byte	0x4
	.byte	0x2
	.4byte	.LASF15
	.byte	0x5
	.byte	0x2
	.4byte	.LASF16
	.byte	0x6
	.byte	0
	.byte	0xb
	.4byte	.LASF25
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xc7
	.byte	0xc
	.4byte	0xc7
	.byte	0xd
	.byte	0
	.byte	0xe
	.byte	0x8
	.4byte	0x6d
	.byte	0xf
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x208
	.byte	0xc
	.4byte	0x58
	.byte	0x10
	.4byte	.LASF27
	.byte	0x1
	.byte	0x18
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1a5
	.byte	0x3
	.4byte	.LASF17
	.byte	0x1a
	.byte	0x18
	.4byte	0x1a5
	.byte	0x9
	.byte	0x3
	.8byte	names.0
	.byte	0x3
	.4byte	.LASF18
	.byte	0x1b
	.byte	0xe
	.4byte	0x1b4
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x3
	.4byte	.LASF19
	.byte	0x1c
	.byte	0xe
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.4byte	.LASF20
	.byte	0x1d
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x3
	.4byte	.LASF21
	.byte	0x1d
	.byte	0x1a
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.4byte	.LASF22
	.byte	0x1e
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x4
	.string	"c"
	.byte	0x1e
	.byte	0x18
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x11
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x186
	.byte	0x4
	.string	"k"
	.byte	0x20
	.byte	0x13
	.4byte	0x72
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0
	.byte	0x12
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x4
	.string	"k"
	.byte	0x30
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0xc7
	.4byte	0x1b4
	.byte	0x6
	.4byte	0x2e
	.byte	0
	.byte	0x5
	.4byte	0x43
	.4byte	0x1c3
	.byte	0x6
	.4byte	0x2e
	.byte	0
	.byte	0x13
	.4byte	.LASF28
	.byte	0x1
	.byte	0x6
	.byte	0x12
	.4byte	0x72
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x14
	.string	"c"
	.byte	0x1
	.byte	0x6
	.byte	0x1f
	.4byte	0x58
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
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x21
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
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
	.byte	0x9
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x4
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0x3e
	.byte	0xb
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x2e
	.byte	0
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
.LASF14:
	.string	"PUNCT"
.LASF11:
	.string	"DIGIT"
.LASF5:
	.string	"unsigned int"
.LASF3:
	.string	"unsigned char"
.LASF10:
	.string	"SPACE"
.LASF21:
	.string	"current"
.LASF19:
	.string	"numbers"
.LASF18:
	.string	"counts"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"KINDS"
.LASF9:
	.string	"char"
.LASF22:
	.string	"in_number"
.LASF24:
	.string	"kind"
.LASF27:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF12:
	.string	"LOWER"
.LASF17:
	.string	"names"
.LASF25:
	.string	"printf"
.LASF28:
	.string	"classify"
.LASF23:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF15:
	.string	"OTHER"
.LASF7:
	.string	"short int"
.LASF13:
	.string	"UPPER"
.LASF20:
	.string	"number_sum"
.LASF6:
	.string	"signed char"
.LASF26:
	.string	"getchar"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/char_classes.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
