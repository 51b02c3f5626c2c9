	.file	"linked_list.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/linked_list.c"
	.local	pool
	.comm	pool,1024,8
	.local	used
	.comm	used,4,4
	.align	1
	.type	insert_sorted, @function
insert_sorted:
.LFB0:
	.file 1 "programs/linked_list.c"
	.loc 1 11 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	sw	a5,-44(s0)
	.loc 1 12 32
	lla	a5,used
	lw	a5,0(a5)
	addiw	a4,a5,1
	sext.w	a3,a4
	lla	a4,used
	sw	a3,0(a4)
	.loc 1 12 18
	slli	a4,a5,4
	lla	a5,pool
	add	a5,a4,a5
	sd	a5,-32(s0)
	.loc 1 13 14
	ld	a5,-32(s0)
	lw	a4,-44(s0)
	sw	a4,0(a5)
	.loc 1 14 19
	addi	a5,s0,-40
	sd	a5,-24(s0)
	.loc 1 15 11
	j	.L2
.L4:
	.loc 1 16 18
	ld	a5,-24(s0)
	ld	a5,0(a5)
	.loc 1 16 14
	addi	a5,a5,8
	sd	a5,-24(s0)
.L2:
	.loc 1 15 12
	ld	a5,-24(s0)
	ld	a5,0(a5)
	.loc 1 15 18
	beq	a5,zero,.L3
	.loc 1 15 22 discriminator 1
	ld	a5,-24(s0)
	ld	a5,0(a5)
	.loc 1 15 28 discriminator 1
	lw	a4,0(a5)
	.loc 1 15 18 discriminator 1
	lw	a5,-44(s0)
	sext.w	a5,a5
	bgt	a5,a4,.L4
.L3:
	.loc 1 17 15
	ld	a5,-24(s0)
	ld	a4,0(a5)
	.loc 1 17 13
	ld	a5,-32(s0)
	sd	a4,8(a5)
	.loc 1 18 11
	ld	a5,-24(s0)
	ld	a4,-32(s0)
	sd	a4,0(a5)
	.loc 1 19 12
	ld	a5,-40(s0)
	.loc 1 20 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	insert_sorted, .-insert_sorted
	.align	1
	.type	reverse, @function
reverse:
.LFB1:
	.loc 1 23 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	.loc 1 24 18
	sd	zero,-24(s0)
	.loc 1 25 11
	j	.L7
.L8:
.LBB2:
	.loc 1 26 22
	ld	a5,-40(s0)
	ld	a5,8(a5)
	sd	a5,-32(s0)
	.loc 1 27 20
	ld	a5,-40(s0)
	ld	a4,-24(s0)
	sd	a4,8(a5)
	.loc 1 28 14
	ld	a5,-40(s0)
	sd	a5,-24(s0)
	.loc 1 29 14
	ld	a5,-32(s0)
	sd	a5,-40(s0)
.L7:
.LBE2:
	.loc 1 25 12
	ld	a5,-40(s0)
	bne	a5,zero,.L8
	.loc 1 31 12
	ld	a5,-24(s0)
	.loc 1 32 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	reverse, .-reverse
	.align	1
	.type	remove_if_multiple, @function
remove_if_multiple:
.LFB2:
	.loc 1 35 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	mv	a5,a1
	sw	a5,-44(s0)
	.loc 1 36 19
	addi	a5,s0,-40
	sd	a5,-24(s0)
	.loc 1 37 11
	j	.L11
.L13:
	.loc 1 38 14
	ld	a5,-24(s0)
	ld	a5,0(a5)
	.loc 1 38 20
	lw	a5,0(a5)
	.loc 1 38 28
	mv	a4,a5
	lw	a5,-44(s0)
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 38 12
	bne	a5,zero,.L12
	.loc 1 39 22
	ld	a5,-24(s0)
	ld	a5,0(a5)
	.loc 1 39 28
	ld	a4,8(a5)
	.loc 1 39 19
	ld	a5,-24(s0)
	sd	a4,0(a5)
	j	.L11
.L12:
	.loc 1 41 22
	ld	a5,-24(s0)
	ld	a5,0(a5)
	.loc 1 41 18
	addi	a5,a5,8
	sd	a5,-24(s0)
.L11:
	.loc 1 37 12
	ld	a5,-24(s0)
	ld	a5,0(a5)
	bne	a5,zero,.L13
	.loc 1 43 12
	ld	a5,-40(s0)
	.loc 1 44 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	remove_if_multiple, .-remove_if_multiple
	.section	.rodata
	.align	3
.LC0:
	.string	"%s:"
	.align	3
.LC1:
	.string	" %d"
	.text
	.align	1
	.type	print, @function
print:
.LFB3:
	.loc 1 47 1
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
	.loc 1 48 9
	sw	zero,-20(s0)
	.loc 1 49 5
	ld	a1,-40(s0)
	lla	a0,.LC0
	call	printf@plt
	.loc 1 50 5
	j	.L16
.L17:
	.loc 1 51 24 discriminator 2
	ld	a5,-48(s0)
	lw	a5,0(a5)
	.loc 1 51 9 discriminator 2
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 50 17 discriminator 2
	ld	a5,-48(s0)
	ld	a5,8(a5)
	sd	a5,-48(s0)
	.loc 1 50 33 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L16:
	.loc 1 50 12 discriminator 1
	ld	a5,-48(s0)
	bne	a5,zero,.L17
	.loc 1 52 5
	li	a0,10
	call	putchar@plt
	.loc 1 53 12
	lw	a5,-20(s0)
	.loc 1 54 1
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
.LFE3:
	.size	print, .-print
	.section	.rodata
	.align	3
.LC2:
	.string	"sorted"
	.align	3
.LC3:
	.string	"reversed"
	.align	3
.LC4:
	.string	"no multiples of 3"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 57 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 58 18
	sd	zero,-24(s0)
.LBB3:
	.loc 1 59 14
	sw	zero,-28(s0)
	.loc 1 59 5
	j	.L20
.L21:
	.loc 1 60 39 discriminator 3
	lw	a5,-28(s0)
	mv	a4,a5
	mv	a5,a4
	slliw	a5,a5,3
	addw	a5,a5,a4
	slliw	a5,a5,2
	addw	a5,a5,a4
	sext.w	a5,a5
	.loc 1 60 44 discriminator 3
	addiw	a5,a5,11
	sext.w	a5,a5
	.loc 1 60 16 discriminator 3
	mv	a4,a5
	li	a5,50
	remw	a5,a4,a5
	sext.w	a5,a5
	mv	a1,a5
	ld	a0,-24(s0)
	call	insert_sorted
	sd	a0,-24(s0)
	.loc 1 59 30 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L20:
	.loc 1 59 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,19
	ble	a4,a5,.L21
.LBE3:
	.loc 1 61 5
	ld	a1,-24(s0)
	lla	a0,.LC2
	call	print
	.loc 1 62 12
	ld	a0,-24(s0)
	call	reverse
	sd	a0,-24(s0)
	.loc 1 63 5
	ld	a1,-24(s0)
	lla	a0,.LC3
	call	print
	.loc 1 64 12
	li	a1,3
	ld	a0,-24(s0)
	call	remove_if_multiple
	sd	a0,-24(s0)
	.loc 1 65 12
	ld	a1,-24(s0)
	lla	a0,.LC4
	call	print
	mv	a5,a0
	.loc 1 66 1
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
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x29f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xb
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
	.byte	0xc
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
	.byte	0x6
	.4byte	0x66
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.byte	0x10
	.byte	0x4
	.4byte	.LASF11
	.byte	0xd
	.4byte	.LASF24
	.byte	0x10
	.byte	0x1
	.byte	0x5
	.byte	0x8
	.4byte	0xa4
	.byte	0x7
	.4byte	.LASF12
	.byte	0x13
	.4byte	0x58
	.byte	0
	.byte	0x7
	.4byte	.LASF13
	.byte	0x27
	.4byte	0xa9
	.byte	0x8
	.byte	0
	.byte	0x6
	.4byte	0x80
	.byte	0x3
	.4byte	0x80
	.byte	0xe
	.4byte	0x80
	.4byte	0xbe
	.byte	0xf
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.byte	0x2
	.4byte	.LASF14
	.byte	0x7
	.byte	0x14
	.4byte	0xae
	.byte	0x9
	.byte	0x3
	.8byte	pool
	.byte	0x2
	.4byte	.LASF15
	.byte	0x8
	.byte	0xc
	.4byte	0x58
	.byte	0x9
	.byte	0x3
	.8byte	used
	.byte	0x10
	.4byte	.LASF25
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x100
	.byte	0x11
	.4byte	0x100
	.byte	0x12
	.byte	0
	.byte	0x3
	.4byte	0x6d
	.byte	0x13
	.4byte	.LASF26
	.byte	0x1
	.byte	0x38
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x154
	.byte	0x2
	.4byte	.LASF16
	.byte	0x3a
	.byte	0x12
	.4byte	0xa9
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x8
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x9
	.string	"i"
	.byte	0x3b
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x14
	.4byte	.LASF18
	.byte	0x1
	.byte	0x2e
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x19f
	.byte	0x4
	.string	"tag"
	.byte	0x2e
	.byte	0x1e
	.4byte	0x100
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x4
	.string	"n"
	.byte	0x2e
	.byte	0x36
	.4byte	0x19f
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.4byte	.LASF17
	.byte	0x30
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x3
	.4byte	0xa4
	.byte	0xa
	.4byte	.LASF19
	.byte	0x22
	.4byte	0xa9
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1ed
	.byte	0x5
	.4byte	.LASF16
	.byte	0x22
	.byte	0x35
	.4byte	0xa9
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x4
	.string	"k"
	.byte	0x22
	.byte	0x3f
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.4byte	.LASF20
	.byte	0x24
	.byte	0x13
	.4byte	0x1ed
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x3
	.4byte	0xa9
	.byte	0xa
	.4byte	.LASF21
	.byte	0x16
	.4byte	0xa9
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x24f
	.byte	0x5
	.4byte	.LASF16
	.byte	0x16
	.byte	0x2a
	.4byte	0xa9
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.4byte	.LASF22
	.byte	0x18
	.byte	0x12
	.4byte	0xa9
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x8
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.4byte	.LASF13
	.byte	0x1a
	.byte	0x16
	.4byte	0xa9
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0x15
	.4byte	.LASF27
	.byte	0x1
	.byte	0xa
	.byte	0x15
	.4byte	0xa9
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x5
	.4byte	.LASF16
	.byte	0xa
	.byte	0x30
	.4byte	0xa9
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x4
	.string	"v"
	.byte	0xa
	.byte	0x3a
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x9
	.string	"n"
	.byte	0xc
	.byte	0x12
	.4byte	0xa9
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x2
	.4byte	.LASF20
	.byte	0xe
	.byte	0x13
	.4byte	0x1ed
	.byte	0x2
	.byte	0x91
	.byte	0x68
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
	.byte	0x6
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
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
	.byte	0x38
	.byte	0xb
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
	.byte	0xa
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
	.byte	0x15
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
	.byte	0xb
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF7:
	.string	"short int"
.LASF26:
	.string	"main"
.LASF12:
	.string	"value"
.LASF16:
	.string	"head"
.LASF19:
	.string	"remove_if_multiple"
.LASF20:
	.string	"link"
.LASF10:
	.string	"long long int"
.LASF8:
	.string	"long int"
.LASF25:
	.string	"printf"
.LASF24:
	.string	"node"
.LASF11:
	.string	"long double"
.LASF3:
	.string	"unsigned char"
.LASF27:
	.string	"insert_sorted"
.LASF6:
	.string	"signed char"
.LASF18:
	.string	"print"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF2:
	.string	"long unsigned int"
.LASF21:
	.string	"reverse"
.LASF23:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF17:
	.string	"count"
.LASF15:
	.string	"used"
.LASF14:
	.string	"pool"
.LASF22:
	.string	"prev"
.LASF13:
	.string	"next"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/linked_list.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
