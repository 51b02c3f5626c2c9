	.file	"game_of_life.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/game_of_life.c"
	.local	grid
	.comm	grid,120,8
	.local	next
	.comm	next,120,8
	.align	1
	.type	neighbours, @function
neighbours:
.LFB0:
	.file 1 "programs/game_of_life.c"
	.loc 1 11 1
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
	.loc 1 12 9
	sw	zero,-20(s0)
.LBB2:
	.loc 1 13 14
	li	a5,-1
	sw	a5,-24(s0)
	.loc 1 13 5
	j	.L2
.L7:
.LBB3:
	.loc 1 14 18
	li	a5,-1
	sw	a5,-28(s0)
	.loc 1 14 9
	j	.L3
.L6:
	.loc 1 15 16
	lw	a5,-24(s0)
	sext.w	a5,a5
	bne	a5,zero,.L4
	.loc 1 15 20 discriminator 1
	lw	a5,-28(s0)
	sext.w	a5,a5
	beq	a5,zero,.L5
.L4:
	.loc 1 16 30
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 16 35
	addiw	a5,a5,10
	sext.w	a5,a5
	.loc 1 16 40
	mv	a4,a5
	li	a5,10
	remw	a5,a4,a5
	sext.w	a4,a5
	.loc 1 16 48
	lw	a5,-40(s0)
	mv	a3,a5
	lw	a5,-28(s0)
	addw	a5,a3,a5
	sext.w	a5,a5
	.loc 1 16 53
	addiw	a5,a5,12
	sext.w	a5,a5
	.loc 1 16 58
	mv	a3,a5
	li	a5,12
	remw	a5,a3,a5
	sext.w	a3,a5
	.loc 1 16 44
	lla	a2,grid
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a2,a5
	add	a5,a5,a3
	lbu	a5,0(a5)
	sext.w	a5,a5
	.loc 1 16 19
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-20(s0)
.L5:
	.loc 1 14 38 discriminator 2
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L3:
	.loc 1 14 30 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L6
.LBE3:
	.loc 1 13 34 discriminator 2
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L2:
	.loc 1 13 26 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L7
.LBE2:
	.loc 1 17 12
	lw	a5,-20(s0)
	.loc 1 18 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	neighbours, .-neighbours
	.align	1
	.type	step, @function
step:
.LFB1:
	.loc 1 21 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 22 9
	sw	zero,-20(s0)
.LBB4:
	.loc 1 23 14
	sw	zero,-24(s0)
	.loc 1 23 5
	j	.L10
.L16:
.LBB5:
	.loc 1 24 18
	sw	zero,-28(s0)
	.loc 1 24 9
	j	.L11
.L15:
.LBB6:
	.loc 1 25 21
	lw	a4,-28(s0)
	lw	a5,-24(s0)
	mv	a1,a4
	mv	a0,a5
	call	neighbours
	mv	a5,a0
	sw	a5,-32(s0)
	.loc 1 26 33
	lw	a5,-32(s0)
	sext.w	a4,a5
	li	a5,3
	beq	a4,a5,.L12
	.loc 1 26 33 is_stmt 0 discriminator 2
	lw	a5,-32(s0)
	sext.w	a4,a5
	li	a5,2
	bne	a4,a5,.L13
	.loc 1 26 54 is_stmt 1 discriminator 3
	lla	a2,grid
	lw	a3,-28(s0)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a2,a5
	add	a5,a5,a3
	lbu	a5,0(a5)
	.loc 1 26 44 discriminator 3
	beq	a5,zero,.L13
.L12:
	.loc 1 26 33 discriminator 5
	li	a5,1
	j	.L14
.L13:
	.loc 1 26 33 is_stmt 0 discriminator 6
	li	a5,0
.L14:
	.loc 1 26 24 is_stmt 1 discriminator 8
	andi	a3,a5,0xff
	lla	a1,next
	lw	a2,-28(s0)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a1,a5
	add	a5,a5,a2
	sb	a3,0(a5)
	.loc 1 27 29 discriminator 8
	lla	a2,next
	lw	a3,-28(s0)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a2,a5
	add	a5,a5,a3
	lbu	a5,0(a5)
	sext.w	a5,a5
	.loc 1 27 19 discriminator 8
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-20(s0)
.LBE6:
	.loc 1 24 33 discriminator 8
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L11:
	.loc 1 24 27 discriminator 2
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,11
	ble	a4,a5,.L15
.LBE5:
	.loc 1 23 29 discriminator 2
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L10:
	.loc 1 23 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,9
	ble	a4,a5,.L16
.LBE4:
	.loc 1 29 5
	lla	a4,grid
	lla	a5,next
	mv	a3,a5
	li	a5,120
	mv	a2,a5
	mv	a1,a3
	mv	a0,a4
	call	memcpy@plt
	.loc 1 30 12
	lw	a5,-20(s0)
	.loc 1 31 1
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
.LFE1:
	.size	step, .-step
	.section	.rodata
	.align	3
.LC0:
	.string	"generation %d: %d alive\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 34 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 36 68
	lla	a5,grid
	li	a4,1
	sb	a4,26(a5)
	.loc 1 36 64
	lla	a5,grid
	lbu	a4,26(a5)
	.loc 1 36 55
	lla	a5,grid
	sb	a4,25(a5)
	.loc 1 36 51
	lla	a5,grid
	lbu	a4,25(a5)
	.loc 1 36 42
	lla	a5,grid
	sb	a4,24(a5)
	.loc 1 36 38
	lla	a5,grid
	lbu	a4,24(a5)
	.loc 1 36 29
	lla	a5,grid
	sb	a4,14(a5)
	.loc 1 36 25
	lla	a5,grid
	lbu	a4,14(a5)
	.loc 1 36 16
	lla	a5,grid
	sb	a4,1(a5)
	.loc 1 37 42
	lla	a5,grid
	li	a4,1
	sb	a4,81(a5)
	.loc 1 37 38
	lla	a5,grid
	lbu	a4,81(a5)
	.loc 1 37 29
	lla	a5,grid
	sb	a4,80(a5)
	.loc 1 37 25
	lla	a5,grid
	lbu	a4,80(a5)
	.loc 1 37 16
	lla	a5,grid
	sb	a4,79(a5)
	.loc 1 38 9
	sw	zero,-20(s0)
.LBB7:
	.loc 1 39 14
	li	a5,1
	sw	a5,-24(s0)
	.loc 1 39 5
	j	.L19
.L20:
	.loc 1 40 17 discriminator 3
	call	step
	mv	a5,a0
	sw	a5,-20(s0)
	.loc 1 41 9 discriminator 3
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC0
	call	printf@plt
	.loc 1 39 30 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L19:
	.loc 1 39 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,8
	ble	a4,a5,.L20
.LBE7:
.LBB8:
	.loc 1 43 14
	sw	zero,-28(s0)
	.loc 1 43 5
	j	.L21
.L26:
.LBB9:
	.loc 1 44 18
	sw	zero,-32(s0)
	.loc 1 44 9
	j	.L22
.L25:
	.loc 1 45 28
	lla	a2,grid
	lw	a3,-32(s0)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a2,a5
	add	a5,a5,a3
	lbu	a5,0(a5)
	.loc 1 45 13
	beq	a5,zero,.L23
	.loc 1 45 13 is_stmt 0 discriminator 1
	li	a5,35
	j	.L24
.L23:
	.loc 1 45 13 discriminator 2
	li	a5,46
.L24:
	.loc 1 45 13 discriminator 4
	mv	a0,a5
	call	putchar@plt
	.loc 1 44 33 is_stmt 1 discriminator 4
	lw	a5,-32(s0)
	addiw	a5,a5,1
	sw	a5,-32(s0)
.L22:
	.loc 1 44 27 discriminator 2
	lw	a5,-32(s0)
	sext.w	a4,a5
	li	a5,11
	ble	a4,a5,.L25
.LBE9:
	.loc 1 46 9 discriminator 2
	li	a0,10
	call	putchar@plt
	.loc 1 43 29 discriminator 2
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L21:
	.loc 1 43 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,9
	ble	a4,a5,.L26
.LBE8:
	.loc 1 48 12
	lw	a5,-20(s0)
	.loc 1 49 1
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
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x279
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF15
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xb
	.4byte	0x66
	.byte	0xc
	.byte	0x8
	.4byte	0x6d
	.byte	0xd
	.4byte	0x35
	.4byte	0x8e
	.byte	0x5
	.4byte	0x2e
	.byte	0x9
	.byte	0x5
	.4byte	0x2e
	.byte	0xb
	.byte	0
	.byte	0x4
	.4byte	.LASF10
	.byte	0x8
	.byte	0x16
	.4byte	0x78
	.byte	0x9
	.byte	0x3
	.8byte	grid
	.byte	0x4
	.4byte	.LASF11
	.byte	0x8
	.byte	0x22
	.4byte	0x78
	.byte	0x9
	.byte	0x3
	.8byte	next
	.byte	0x6
	.4byte	.LASF12
	.2byte	0x22c
	.4byte	0x58
	.4byte	0xcd
	.byte	0x7
	.4byte	0x58
	.byte	0
	.byte	0x6
	.4byte	.LASF13
	.2byte	0x164
	.4byte	0x58
	.4byte	0xe3
	.byte	0x7
	.4byte	0x72
	.byte	0xe
	.byte	0
	.byte	0xf
	.4byte	.LASF16
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x172
	.byte	0x4
	.4byte	.LASF14
	.byte	0x26
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x10
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x135
	.byte	0x1
	.string	"g"
	.byte	0x27
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x3
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.byte	0x1
	.string	"y"
	.byte	0x2b
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x3
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.byte	0x1
	.string	"x"
	.byte	0x2c
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0x11
	.4byte	.LASF17
	.byte	0x1
	.byte	0x14
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fd
	.byte	0x4
	.4byte	.LASF14
	.byte	0x16
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"y"
	.byte	0x17
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"x"
	.byte	0x18
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x3
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0x1
	.string	"n"
	.byte	0x19
	.byte	0x11
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	.LASF18
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x8
	.string	"y"
	.byte	0x1b
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x8
	.string	"x"
	.byte	0x22
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0xc
	.byte	0x9
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"dy"
	.byte	0xd
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"dx"
	.byte	0xe
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x2
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
	.byte	0x3
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x2
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0x21
	.byte	0xc
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
	.byte	0x7
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0xa
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x18
	.byte	0
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
.LASF12:
	.string	"putchar"
.LASF5:
	.string	"unsigned int"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF14:
	.string	"alive"
.LASF9:
	.string	"char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"next"
.LASF17:
	.string	"step"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF15:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF7:
	.string	"short int"
.LASF18:
	.string	"neighbours"
.LASF6:
	.string	"signed char"
.LASF10:
	.string	"grid"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/game_of_life.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
