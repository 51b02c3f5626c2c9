	.file	"tower_hanoi.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/tower_hanoi.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"illegal move"
	.align	3
.LC1:
	.string	"disk %d: %c -> %c\n"
	.text
	.align	1
	.type	hanoi, @function
hanoi:
.LFB23:
	.file 1 "programs/tower_hanoi.c"
	.loc 1 21 1
	.cfi_startproc
.LVL0:
	.loc 1 22 5
	.loc 1 22 8 is_stmt 0
	beq	a0,zero,.L17
	.loc 1 21 1
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sd	s0,80(sp)
	sd	s8,16(sp)
	.cfi_offset 8, -16
	.cfi_offset 24, -80
	lla	s0,.LANCHOR0
	slli	s8,a2,2
	sd	s1,72(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s9,8(sp)
	sd	s10,0(sp)
	sd	ra,88(sp)
	sd	s2,64(sp)
	.cfi_offset 9, -24
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.cfi_offset 1, -8
	.cfi_offset 18, -32
	mv	s6,a0
	mv	s5,a1
	mv	s1,a2
	mv	s7,a3
	mv	s10,a4
	slli	s9,a2,4
.LBB7:
.LBB8:
	.loc 1 12 15
	add	s8,s0,s8
.LBE8:
.LBE7:
	.loc 1 27 9
	addiw	s4,a2,65
	lla	s3,.LC1
.LVL1:
.L3:
	.loc 1 24 5 is_stmt 1
	mv	s2,s6
	addiw	s6,s6,-1
	mv	a4,s10
	mv	a3,s1
	mv	a2,s7
	mv	a1,s5
	mv	a0,s6
	call	hanoi
.LVL2:
	.loc 1 25 5
.LBB11:
.LBB9:
	.loc 1 11 5
	.loc 1 11 32 is_stmt 0
	slli	a4,s5,2
	add	a4,s0,a4
	.loc 1 11 24
	lw	a3,0(a4)
	.loc 1 11 9
	slli	a5,s5,4
	.loc 1 11 24
	addiw	a2,a3,-1
	.loc 1 11 9
	sw	a2,0(a4)
	add	a5,a5,a2
	.loc 1 12 15
	lw	a6,0(s8)
	.loc 1 11 9
	slli	a5,a5,2
	add	a5,s0,a5
	lw	a4,16(a5)
.LVL3:
	.loc 1 12 5 is_stmt 1
	.loc 1 12 8 is_stmt 0
	bne	a6,zero,.L21
.L4:
	.loc 1 16 5 is_stmt 1
	.loc 1 17 10 is_stmt 0
	ld	a7,208(s0)
	.loc 1 16 28
	add	a5,s9,a6
	slli	a5,a5,2
	.loc 1 16 24
	addiw	a6,a6,1
	.loc 1 16 28
	add	a5,s0,a5
	.loc 1 17 10
	addi	a7,a7,1
	.loc 1 16 24
	sw	a6,0(s8)
	.loc 1 16 28
	sw	a4,16(a5)
	.loc 1 17 5 is_stmt 1
	.loc 1 17 10 is_stmt 0
	sd	a7,208(s0)
.LVL4:
.LBE9:
.LBE11:
	.loc 1 26 5 is_stmt 1
	.loc 1 26 8 is_stmt 0
	bne	s10,zero,.L22
	.loc 1 22 5 is_stmt 1
	mv	a5,s7
	mv	s7,s5
	.loc 1 22 8 is_stmt 0
	beq	s6,zero,.L1
.L23:
	mv	s5,a5
	j	.L3
.LVL5:
.L21:
.LBB12:
.LBB10:
	.loc 1 12 31
	addiw	a5,a6,-1
	add	a5,s9,a5
	slli	a5,a5,2
	add	a5,s0,a5
	.loc 1 12 20
	lw	a5,16(a5)
	bge	a5,a4,.L4
	.loc 1 13 9 is_stmt 1
	lla	a0,.LC0
	call	puts@plt
.LVL6:
	.loc 1 14 9
	li	a0,3
	call	exit@plt
.LVL7:
.L22:
.LBE10:
.LBE12:
	.loc 1 27 9
	mv	a3,s4
	addiw	a2,s5,65
	mv	a1,s2
	mv	a0,s3
	call	printf@plt
.LVL8:
	.loc 1 22 5
	mv	a5,s7
	mv	s7,s5
	.loc 1 22 8 is_stmt 0
	bne	s6,zero,.L23
.L1:
	.loc 1 29 1
	ld	ra,88(sp)
	.cfi_restore 1
	ld	s0,80(sp)
	.cfi_restore 8
	ld	s1,72(sp)
	.cfi_restore 9
	ld	s2,64(sp)
	.cfi_restore 18
	ld	s3,56(sp)
	.cfi_restore 19
	ld	s4,48(sp)
	.cfi_restore 20
	ld	s5,40(sp)
	.cfi_restore 21
	ld	s6,32(sp)
	.cfi_restore 22
	ld	s7,24(sp)
	.cfi_restore 23
	ld	s8,16(sp)
	.cfi_restore 24
	ld	s9,8(sp)
	.cfi_restore 25
	ld	s10,0(sp)
	.cfi_restore 26
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
.LVL9:
.L17:
	ret
	.cfi_endproc
.LFE23:
	.size	hanoi, .-hanoi
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"%d disks: %ld moves, peg C holds %d\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB24:
	.loc 1 32 1 is_stmt 1
	.cfi_startproc
.LVL10:
	.loc 1 33 5
	.loc 1 32 1 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.loc 1 33 38
	li	a5,1
	bgt	a0,a5,.L25
.LVL11:
.L27:
	.loc 1 36 5 is_stmt 1
.LBB13:
	.loc 1 36 10
	.loc 1 36 23
.LBE13:
	.loc 1 33 38 is_stmt 0
	li	s0,4
.LVL12:
.L26:
	sext.w	a5,s0
	lla	a4,.LANCHOR0+16
.LVL13:
.L28:
.LBB14:
	.loc 1 37 9 is_stmt 1 discriminator 3
	.loc 1 37 20 is_stmt 0 discriminator 3
	sw	a5,0(a4)
	.loc 1 36 29 is_stmt 1 discriminator 3
.LVL14:
	.loc 1 36 23 discriminator 3
	addiw	a5,a5,-1
.LVL15:
	addi	a4,a4,4
.LVL16:
	bne	a5,zero,.L28
.LBE14:
	.loc 1 38 5
	.loc 1 38 15 is_stmt 0
	lla	s1,.LANCHOR0
	.loc 1 39 5
	slti	a4,s0,5
.LVL17:
	mv	a0,s0
	li	a3,1
	li	a2,2
	li	a1,0
	.loc 1 38 15
	sw	s0,0(s1)
	.loc 1 39 5 is_stmt 1
	call	hanoi
.LVL18:
	.loc 1 40 5
	lw	a3,8(s1)
	ld	a2,208(s1)
	mv	a1,s0
	lla	a0,.LC2
	call	printf@plt
.LVL19:
	.loc 1 41 5
	.loc 1 41 31 is_stmt 0
	lw	a0,8(s1)
	.loc 1 42 1
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s1,8(sp)
	.cfi_restore 9
	.loc 1 41 31
	sub	a0,a0,s0
	.loc 1 42 1
	ld	s0,16(sp)
	.cfi_restore 8
	snez	a0,a0
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL20:
.L25:
	.cfi_restore_state
.LBB15:
.LBB16:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 is_stmt 1 discriminator 1
	.loc 2 364 16 is_stmt 0 discriminator 1
	ld	a0,8(a1)
.LVL21:
	li	a2,10
	li	a1,0
.LVL22:
	call	strtol@plt
.LVL23:
.LBE16:
.LBE15:
	.loc 1 34 5 is_stmt 1 discriminator 1
	.loc 1 34 8 is_stmt 0 discriminator 1
	addiw	a4,a0,-1
	li	a5,15
	bgtu	a4,a5,.L27
.LBB18:
.LBB17:
	.loc 2 364 10
	sext.w	s0,a0
.LBE17:
.LBE18:
	.loc 1 36 5 is_stmt 1
.LBB19:
	.loc 1 36 10
.LVL24:
	.loc 1 36 23
	j	.L26
.LBE19:
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	height, @object
	.size	height, 12
height:
	.zero	12
	.zero	4
	.type	pegs, @object
	.size	pegs, 192
pegs:
	.zero	192
	.type	moves, @object
	.size	moves, 8
moves:
	.zero	8
	.text
.Letext0:
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3b0
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF24
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL16
	.8byte	0
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
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x6
	.4byte	0x67
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x12
	.4byte	0x67
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xc
	.4byte	0x54
	.4byte	0x97
	.byte	0x7
	.4byte	0x2a
	.byte	0x2
	.byte	0x7
	.4byte	0x2a
	.byte	0xf
	.byte	0
	.byte	0x8
	.4byte	.LASF12
	.byte	0x5
	.byte	0xc
	.4byte	0x81
	.byte	0x9
	.byte	0x3
	.8byte	pegs
	.byte	0xc
	.4byte	0x54
	.4byte	0xbc
	.byte	0x7
	.4byte	0x2a
	.byte	0x2
	.byte	0
	.byte	0x8
	.4byte	.LASF13
	.byte	0x6
	.byte	0xc
	.4byte	0xac
	.byte	0x9
	.byte	0x3
	.8byte	height
	.byte	0x8
	.4byte	.LASF14
	.byte	0x7
	.byte	0xd
	.4byte	0x5b
	.byte	0x9
	.byte	0x3
	.8byte	moves
	.byte	0x13
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x27d
	.byte	0xd
	.4byte	0xf9
	.byte	0x3
	.4byte	0x54
	.byte	0
	.byte	0x14
	.4byte	.LASF16
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5b
	.4byte	0x119
	.byte	0x3
	.4byte	0x11e
	.byte	0x3
	.4byte	0x128
	.byte	0x3
	.4byte	0x54
	.byte	0
	.byte	0x6
	.4byte	0x6e
	.byte	0xd
	.4byte	0x119
	.byte	0x6
	.4byte	0x62
	.byte	0xd
	.4byte	0x123
	.byte	0x15
	.4byte	.LASF17
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x145
	.byte	0x3
	.4byte	0x119
	.byte	0x16
	.byte	0
	.byte	0x17
	.4byte	.LASF25
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.4byte	0x233
	.byte	0x4
	.4byte	.LASF18
	.byte	0x1f
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST9
	.byte	0x4
	.4byte	.LASF19
	.byte	0x1f
	.byte	0x1b
	.4byte	0x123
	.4byte	.LLST10
	.byte	0xe
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x54
	.4byte	.LLST11
	.byte	0x18
	.4byte	.LLRL12
	.4byte	0x1a9
	.byte	0xe
	.string	"i"
	.byte	0x24
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST13
	.byte	0
	.byte	0xf
	.4byte	0x388
	.8byte	.LBB15
	.4byte	.LLRL14
	.byte	0x21
	.byte	0x18
	.4byte	0x1e2
	.byte	0x9
	.4byte	0x39a
	.4byte	.LLST15
	.byte	0x5
	.8byte	.LVL23
	.4byte	0xf9
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL18
	.4byte	0x233
	.4byte	0x211
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x32
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x4
	.byte	0x78
	.byte	0
	.byte	0x34
	.byte	0x2c
	.byte	0
	.byte	0x5
	.8byte	.LVL19
	.4byte	0x12d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x19
	.4byte	.LASF26
	.byte	0x1
	.byte	0x14
	.byte	0xd
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x359
	.byte	0xb
	.string	"n"
	.byte	0x17
	.4byte	0x54
	.4byte	.LLST0
	.byte	0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1e
	.4byte	0x54
	.4byte	.LLST1
	.byte	0xb
	.string	"to"
	.byte	0x28
	.4byte	0x54
	.4byte	.LLST2
	.byte	0xb
	.string	"via"
	.byte	0x30
	.4byte	0x54
	.4byte	.LLST3
	.byte	0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x39
	.4byte	0x54
	.4byte	.LLST4
	.byte	0xf
	.4byte	0x359
	.8byte	.LBB7
	.4byte	.LLRL5
	.byte	0x19
	.byte	0x5
	.4byte	0x301
	.byte	0x9
	.4byte	0x372
	.4byte	.LLST6
	.byte	0x9
	.4byte	0x366
	.4byte	.LLST7
	.byte	0x1a
	.4byte	.LLRL5
	.byte	0x1b
	.4byte	0x37d
	.4byte	.LLST8
	.byte	0xa
	.8byte	.LVL6
	.4byte	0x3a8
	.4byte	0x2ec
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.byte	0x5
	.8byte	.LVL7
	.4byte	0xe6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x33
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL2
	.4byte	0x233
	.4byte	0x331
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL8
	.4byte	0x12d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0x85
	.byte	0xc1,0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1c
	.4byte	.LASF27
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.byte	0x1
	.4byte	0x388
	.byte	0x1d
	.4byte	.LASF20
	.byte	0x1
	.byte	0x9
	.byte	0x1b
	.4byte	0x54
	.byte	0x1e
	.string	"to"
	.byte	0x1
	.byte	0x9
	.byte	0x25
	.4byte	0x54
	.byte	0x1f
	.string	"d"
	.byte	0x1
	.byte	0xb
	.byte	0x9
	.4byte	0x54
	.byte	0
	.byte	0x20
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x54
	.byte	0x3
	.4byte	0x3a8
	.byte	0x21
	.4byte	.LASF23
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x119
	.byte	0
	.byte	0x22
	.4byte	.LASF28
	.4byte	.LASF29
	.byte	0x4
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x21
	.byte	0x14
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x52
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
	.byte	0x10
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x5
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
	.byte	0x1e
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
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0x34
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
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x21
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x22
	.byte	0x2e
	.byte	0
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0x6e
	.byte	0xe
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LLST9:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL20
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL20
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE24
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x6
	.byte	0x78
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x8
	.byte	0x78
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x7e
	.byte	0x7c
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LFE24
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL22
	.byte	0x2
	.byte	0x7b
	.byte	0x8
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23-1
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE23
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE23
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE23
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE23
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE23
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6-1
	.byte	0x1
	.byte	0x5e
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x3c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
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
.LLRL5:
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB24
	.8byte	.LFE24
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF20:
	.string	"from"
.LASF14:
	.string	"moves"
.LASF4:
	.string	"short unsigned int"
.LASF29:
	.string	"__builtin_puts"
.LASF15:
	.string	"exit"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF26:
	.string	"hanoi"
.LASF13:
	.string	"height"
.LASF25:
	.string	"main"
.LASF12:
	.string	"pegs"
.LASF5:
	.string	"unsigned int"
.LASF23:
	.string	"__nptr"
.LASF11:
	.string	"long long unsigned int"
.LASF27:
	.string	"move_disk"
.LASF22:
	.string	"atoi"
.LASF18:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF24:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF9:
	.string	"char"
.LASF17:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF19:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF28:
	.string	"puts"
.LASF6:
	.string	"signed char"
.LASF21:
	.string	"verbose"
.LASF16:
	.string	"strtol"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/tower_hanoi.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
