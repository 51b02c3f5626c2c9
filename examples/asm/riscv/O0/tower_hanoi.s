	.file	"tower_hanoi.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/tower_hanoi.c"
	.local	pegs
	.comm	pegs,192,8
	.local	height
	.comm	height,12,8
	.local	moves
	.comm	moves,8,8
	.section	.rodata
	.align	3
.LC0:
	.string	"illegal move"
	.text
	.align	1
	.type	move_disk, @function
move_disk:
.LFB6:
	.file 1 "programs/tower_hanoi.c"
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
	mv	a5,a0
	mv	a4,a1
	sw	a5,-36(s0)
	mv	a5,a4
	sw	a5,-40(s0)
	.loc 1 11 32
	lla	a4,height
	lw	a5,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 11 24
	addiw	a5,a5,-1
	sext.w	a4,a5
	.loc 1 11 9
	lla	a3,height
	lw	a5,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	.loc 1 11 32
	lla	a4,height
	lw	a5,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 11 9
	lla	a4,pegs
	lw	a3,-36(s0)
	slli	a3,a3,4
	add	a5,a3,a5
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-20(s0)
	.loc 1 12 15
	lla	a4,height
	lw	a5,-40(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 12 8
	beq	a5,zero,.L2
	.loc 1 12 38 discriminator 1
	lla	a4,height
	lw	a5,-40(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 12 43 discriminator 1
	addiw	a5,a5,-1
	sext.w	a5,a5
	.loc 1 12 31 discriminator 1
	lla	a4,pegs
	lw	a3,-40(s0)
	slli	a3,a3,4
	add	a5,a3,a5
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 12 20 discriminator 1
	lw	a5,-20(s0)
	sext.w	a5,a5
	ble	a5,a4,.L2
	.loc 1 13 9
	lla	a0,.LC0
	call	puts@plt
	.loc 1 14 9
	li	a0,3
	call	exit@plt
.L2:
	.loc 1 16 20
	lla	a4,height
	lw	a5,-40(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 16 24
	addiw	a4,a5,1
	sext.w	a3,a4
	lla	a2,height
	lw	a4,-40(s0)
	slli	a4,a4,2
	add	a4,a2,a4
	sw	a3,0(a4)
	.loc 1 16 28
	lla	a4,pegs
	lw	a3,-40(s0)
	slli	a3,a3,4
	add	a5,a3,a5
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-20(s0)
	sw	a4,0(a5)
	.loc 1 17 10
	lla	a5,moves
	ld	a5,0(a5)
	addi	a4,a5,1
	lla	a5,moves
	sd	a4,0(a5)
	.loc 1 18 1
	nop
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	move_disk, .-move_disk
	.section	.rodata
	.align	3
.LC1:
	.string	"disk %d: %c -> %c\n"
	.text
	.align	1
	.type	hanoi, @function
hanoi:
.LFB7:
	.loc 1 21 1
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
	sw	a5,-20(s0)
	mv	a5,a1
	sw	a5,-24(s0)
	mv	a5,a2
	sw	a5,-28(s0)
	mv	a5,a3
	sw	a5,-32(s0)
	mv	a5,a4
	sw	a5,-36(s0)
	.loc 1 22 8
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L7
	.loc 1 24 5
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	lw	a4,-36(s0)
	lw	a3,-28(s0)
	lw	a2,-32(s0)
	lw	a1,-24(s0)
	mv	a0,a5
	call	hanoi
	.loc 1 25 5
	lw	a4,-28(s0)
	lw	a5,-24(s0)
	mv	a1,a4
	mv	a0,a5
	call	move_disk
	.loc 1 26 8
	lw	a5,-36(s0)
	sext.w	a5,a5
	beq	a5,zero,.L6
	.loc 1 27 9
	lw	a5,-24(s0)
	addiw	a5,a5,65
	sext.w	a4,a5
	lw	a5,-28(s0)
	addiw	a5,a5,65
	sext.w	a3,a5
	lw	a5,-20(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
.L6:
	.loc 1 28 5
	lw	a5,-20(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	lw	a4,-36(s0)
	lw	a3,-24(s0)
	lw	a2,-28(s0)
	lw	a1,-32(s0)
	mv	a0,a5
	call	hanoi
	j	.L3
.L7:
	.loc 1 23 9
	nop
.L3:
	.loc 1 29 1
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	hanoi, .-hanoi
	.section	.rodata
	.align	3
.LC2:
	.string	"%d disks: %ld moves, peg C holds %d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 32 1
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
	.loc 1 33 38
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L9
	.loc 1 33 33 discriminator 1
	ld	a5,-48(s0)
	addi	a5,a5,8
	.loc 1 33 24 discriminator 1
	ld	a5,0(a5)
	mv	a0,a5
	call	atoi@plt
	mv	a5,a0
	j	.L10
.L9:
	.loc 1 33 38 discriminator 2
	li	a5,4
.L10:
	.loc 1 33 9 discriminator 4
	sw	a5,-20(s0)
	.loc 1 34 8 discriminator 4
	lw	a5,-20(s0)
	sext.w	a5,a5
	ble	a5,zero,.L11
	.loc 1 34 15 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,16
	ble	a4,a5,.L12
.L11:
	.loc 1 35 11
	li	a5,4
	sw	a5,-20(s0)
.L12:
.LBB2:
	.loc 1 36 14
	sw	zero,-24(s0)
	.loc 1 36 5
	j	.L13
.L14:
	.loc 1 37 24 discriminator 3
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	subw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 37 20 discriminator 3
	lla	a3,pegs
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	.loc 1 36 29 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L13:
	.loc 1 36 23 discriminator 1
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-20(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L14
.LBE2:
	.loc 1 38 15
	lla	a5,height
	lw	a4,-20(s0)
	sw	a4,0(a5)
	.loc 1 39 5
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,4
	sgt	a5,a4,a5
	xori	a5,a5,1
	andi	a5,a5,0xff
	sext.w	a4,a5
	lw	a5,-20(s0)
	li	a3,1
	li	a2,2
	li	a1,0
	mv	a0,a5
	call	hanoi
	.loc 1 40 5
	lla	a5,moves
	ld	a4,0(a5)
	lla	a5,height
	lw	a3,8(a5)
	lw	a5,-20(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 41 18
	lla	a5,height
	lw	a4,8(a5)
	.loc 1 41 31
	lw	a5,-20(s0)
	sext.w	a5,a5
	sub	a5,a5,a4
	snez	a5,a5
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 42 1
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
.LFE8:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x23f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF22
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
	.byte	0xb
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
	.byte	0xc
	.4byte	0x6b
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x9
	.4byte	0x58
	.4byte	0x9b
	.byte	0x5
	.4byte	0x2e
	.byte	0x2
	.byte	0x5
	.4byte	0x2e
	.byte	0xf
	.byte	0
	.byte	0x6
	.4byte	.LASF12
	.byte	0x5
	.byte	0xc
	.4byte	0x85
	.byte	0x9
	.byte	0x3
	.8byte	pegs
	.byte	0x9
	.4byte	0x58
	.4byte	0xc0
	.byte	0x5
	.4byte	0x2e
	.byte	0x2
	.byte	0
	.byte	0x6
	.4byte	.LASF13
	.byte	0x6
	.byte	0xc
	.4byte	0xb0
	.byte	0x9
	.byte	0x3
	.8byte	height
	.byte	0x6
	.4byte	.LASF14
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.byte	0x9
	.byte	0x3
	.8byte	moves
	.byte	0xd
	.4byte	.LASF15
	.byte	0x2
	.byte	0x69
	.byte	0xc
	.4byte	0x58
	.4byte	0x100
	.byte	0x7
	.4byte	0x100
	.byte	0
	.byte	0x4
	.4byte	0x72
	.byte	0xe
	.4byte	.LASF16
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x11d
	.byte	0x7
	.4byte	0x100
	.byte	0xf
	.byte	0
	.byte	0x10
	.4byte	.LASF17
	.byte	0x2
	.2byte	0x27d
	.byte	0xd
	.4byte	0x130
	.byte	0x7
	.4byte	0x58
	.byte	0
	.byte	0x11
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x199
	.byte	0x2
	.4byte	.LASF18
	.byte	0x1f
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.4byte	.LASF19
	.byte	0x1f
	.byte	0x1b
	.4byte	0x199
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x8
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x12
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x8
	.string	"i"
	.byte	0x24
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x66
	.byte	0x13
	.4byte	.LASF24
	.byte	0x1
	.byte	0x14
	.byte	0xd
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x200
	.byte	0x3
	.string	"n"
	.byte	0x14
	.byte	0x17
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1e
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.string	"to"
	.byte	0x14
	.byte	0x28
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x3
	.string	"via"
	.byte	0x14
	.byte	0x30
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x2
	.4byte	.LASF21
	.byte	0x14
	.byte	0x39
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0x14
	.4byte	.LASF25
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.4byte	.LASF20
	.byte	0x9
	.byte	0x1b
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x3
	.string	"to"
	.byte	0x9
	.byte	0x25
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x8
	.string	"d"
	.byte	0xb
	.byte	0x9
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x7
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
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
	.byte	0xc
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
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
	.byte	0xf
	.byte	0x18
	.byte	0
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
	.byte	0x87,0x1
	.byte	0x19
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
.LASF21:
	.string	"verbose"
.LASF23:
	.string	"main"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF20:
	.string	"from"
.LASF12:
	.string	"pegs"
.LASF25:
	.string	"move_disk"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF13:
	.string	"height"
.LASF8:
	.string	"long int"
.LASF15:
	.string	"atoi"
.LASF19:
	.string	"argv"
.LASF18:
	.string	"argc"
.LASF14:
	.string	"moves"
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"printf"
.LASF22:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF17:
	.string	"exit"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF24:
	.string	"hanoi"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/tower_hanoi.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
