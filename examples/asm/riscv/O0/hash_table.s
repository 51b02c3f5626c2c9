	.file	"hash_table.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/hash_table.c"
	.local	table
	.comm	table,3584,8
	.align	1
	.type	djb2, @function
djb2:
.LFB0:
	.file 1 "programs/hash_table.c"
	.loc 1 11 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	.loc 1 12 14
	li	a5,4096
	addi	a5,a5,1285
	sw	a5,-20(s0)
	.loc 1 13 11
	j	.L2
.L3:
	.loc 1 14 15
	lw	a5,-20(s0)
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,5
	addw	a5,a5,a4
	sext.w	a4,a5
	.loc 1 14 39
	ld	a5,-40(s0)
	addi	a3,a5,1
	sd	a3,-40(s0)
	.loc 1 14 37
	lbu	a5,0(a5)
	.loc 1 14 22
	sext.w	a5,a5
	.loc 1 14 11
	addw	a5,a4,a5
	sw	a5,-20(s0)
.L2:
	.loc 1 13 12
	ld	a5,-40(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L3
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
.LFE0:
	.size	djb2, .-djb2
	.align	1
	.type	lookup, @function
lookup:
.LFB1:
	.loc 1 19 1
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
	.loc 1 20 18
	ld	a0,-40(s0)
	call	djb2
	mv	a5,a0
	sext.w	a5,a5
	.loc 1 20 14
	andi	a5,a5,127
	sw	a5,-20(s0)
	.loc 1 21 11
	j	.L6
.L8:
	.loc 1 22 16
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sext.w	a5,a5
	.loc 1 22 11
	andi	a5,a5,127
	sw	a5,-20(s0)
.L6:
	.loc 1 21 20
	lla	a3,table
	lwu	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,24(a5)
	.loc 1 21 27
	beq	a5,zero,.L7
	.loc 1 21 45 discriminator 1
	lwu	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,2
	lla	a4,table
	add	a5,a5,a4
	.loc 1 21 30 discriminator 1
	ld	a1,-40(s0)
	mv	a0,a5
	call	strcmp@plt
	mv	a5,a0
	.loc 1 21 27 discriminator 1
	bne	a5,zero,.L8
.L7:
	.loc 1 23 12
	lwu	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,2
	lla	a4,table
	add	a5,a5,a4
	.loc 1 24 1
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
	.size	lookup, .-lookup
	.section	.rodata
	.align	3
.LC0:
	.string	"%23s"
	.align	3
.LC1:
	.string	"%-10s %d (hash %u)\n"
	.align	3
.LC2:
	.string	"%d words, %d distinct\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 27 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	.loc 1 29 9
	sw	zero,-36(s0)
	.loc 1 29 23
	sw	zero,-40(s0)
	.loc 1 30 11
	j	.L11
.L13:
.LBB2:
	.loc 1 31 27
	addi	a5,s0,-80
	mv	a0,a5
	call	lookup
	sd	a0,-56(s0)
	.loc 1 32 15
	ld	a5,-56(s0)
	lw	a5,24(a5)
	.loc 1 32 12
	bne	a5,zero,.L12
	.loc 1 33 21
	ld	a5,-56(s0)
	.loc 1 33 13
	addi	a4,s0,-80
	mv	a1,a4
	mv	a0,a5
	call	strcpy@plt
	.loc 1 34 21
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L12:
	.loc 1 36 10
	ld	a5,-56(s0)
	lw	a5,24(a5)
	.loc 1 36 17
	addiw	a5,a5,1
	sext.w	a4,a5
	ld	a5,-56(s0)
	sw	a4,24(a5)
	.loc 1 37 14
	lw	a5,-40(s0)
	addiw	a5,a5,1
	sw	a5,-40(s0)
.L11:
.LBE2:
	.loc 1 30 12
	addi	a5,s0,-80
	mv	a1,a5
	lla	a0,.LC0
	call	__isoc99_scanf@plt
	mv	a5,a0
	.loc 1 30 29
	mv	a4,a5
	li	a5,1
	beq	a4,a5,.L13
.LBB3:
	.loc 1 39 14
	sw	zero,-44(s0)
	.loc 1 39 5
	j	.L14
.L16:
	.loc 1 40 21
	lla	a3,table
	lw	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,24(a5)
	.loc 1 40 12
	mv	a4,a5
	li	a5,1
	ble	a4,a5,.L15
	.loc 1 41 52
	lw	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,2
	lla	a4,table
	add	s1,a5,a4
	.loc 1 41 13
	lla	a3,table
	lw	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	s2,24(a5)
	.loc 1 41 88
	lw	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,2
	lla	a4,table
	add	a5,a5,a4
	.loc 1 41 13
	mv	a0,a5
	call	djb2
	mv	a5,a0
	sext.w	a5,a5
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC1
	call	printf@plt
.L15:
	.loc 1 39 33 discriminator 2
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L14:
	.loc 1 39 23 discriminator 1
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,127
	ble	a4,a5,.L16
.LBE3:
	.loc 1 42 5
	lw	a4,-36(s0)
	lw	a5,-40(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 43 12
	lw	a5,-36(s0)
	.loc 1 44 1
	mv	a0,a5
	ld	ra,72(sp)
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	ld	s1,56(sp)
	.cfi_restore 9
	ld	s2,48(sp)
	.cfi_restore 18
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x23d
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF18
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
	.byte	0xd
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
	.byte	0xe
	.4byte	0x6b
	.byte	0x4
	.4byte	0x72
	.byte	0xf
	.4byte	.LASF19
	.byte	0x1c
	.byte	0x1
	.byte	0x7
	.byte	0x8
	.4byte	0xa0
	.byte	0x6
	.4byte	.LASF10
	.byte	0x15
	.4byte	0xa0
	.byte	0
	.byte	0x6
	.4byte	.LASF11
	.byte	0x23
	.4byte	0x58
	.byte	0x18
	.byte	0
	.byte	0x7
	.4byte	0x6b
	.4byte	0xb0
	.byte	0x8
	.4byte	0x2e
	.byte	0x17
	.byte	0
	.byte	0x7
	.4byte	0x7c
	.4byte	0xc0
	.byte	0x8
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.byte	0x5
	.4byte	.LASF15
	.byte	0x8
	.byte	0x15
	.4byte	0xb0
	.byte	0x9
	.byte	0x3
	.8byte	table
	.byte	0x10
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xed
	.byte	0x2
	.4byte	0x77
	.byte	0x9
	.byte	0
	.byte	0x11
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF21
	.4byte	0x58
	.4byte	0x109
	.byte	0x2
	.4byte	0x77
	.byte	0x9
	.byte	0
	.byte	0xa
	.4byte	.LASF13
	.byte	0x8d
	.byte	0xe
	.4byte	0x66
	.4byte	0x123
	.byte	0x2
	.4byte	0x66
	.byte	0x2
	.4byte	0x77
	.byte	0
	.byte	0xa
	.4byte	.LASF14
	.byte	0x9c
	.byte	0xc
	.4byte	0x58
	.4byte	0x13d
	.byte	0x2
	.4byte	0x77
	.byte	0x2
	.4byte	0x77
	.byte	0
	.byte	0x12
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1c9
	.byte	0x3
	.string	"w"
	.byte	0x1c
	.byte	0xa
	.4byte	0xa0
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x5
	.4byte	.LASF16
	.byte	0x1d
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x5
	.4byte	.LASF17
	.byte	0x1d
	.byte	0x17
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x13
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x1aa
	.byte	0x3
	.string	"e"
	.byte	0x1f
	.byte	0x17
	.4byte	0x1c9
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0
	.byte	0x14
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x3
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x7c
	.byte	0x15
	.4byte	.LASF23
	.byte	0x1
	.byte	0x12
	.byte	0x16
	.4byte	0x1c9
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x209
	.byte	0xb
	.string	"w"
	.byte	0x12
	.byte	0x29
	.4byte	0x77
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"i"
	.byte	0x14
	.byte	0xe
	.4byte	0x43
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x16
	.4byte	.LASF24
	.byte	0x1
	.byte	0xa
	.byte	0x11
	.4byte	0x43
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0xb
	.string	"s"
	.byte	0xa
	.byte	0x22
	.4byte	0x77
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"h"
	.byte	0xc
	.byte	0xe
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x7
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
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
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x7c
	.byte	0x19
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
.LASF20:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF13:
	.string	"strcpy"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF6:
	.string	"signed char"
.LASF24:
	.string	"djb2"
.LASF19:
	.string	"entry"
.LASF9:
	.string	"char"
.LASF21:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF11:
	.string	"count"
.LASF15:
	.string	"table"
.LASF14:
	.string	"strcmp"
.LASF2:
	.string	"long unsigned int"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF23:
	.string	"lookup"
.LASF17:
	.string	"total"
.LASF7:
	.string	"short int"
.LASF10:
	.string	"word"
.LASF16:
	.string	"distinct"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/hash_table.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
