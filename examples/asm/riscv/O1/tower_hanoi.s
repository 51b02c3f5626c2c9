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
	bne	a0,zero,.L9
	ret
.L9:
	.loc 1 21 1
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	mv	s2,a0
	mv	s1,a1
	mv	s0,a2
	mv	s4,a3
	mv	s3,a4
	.loc 1 24 5 is_stmt 1
	addiw	s5,a0,-1
	mv	a3,a2
.LVL1:
	mv	a2,s4
.LVL2:
	mv	a0,s5
.LVL3:
	call	hanoi
.LVL4:
	.loc 1 25 5
.LBB7:
.LBB8:
	.loc 1 11 5
	.loc 1 11 32 is_stmt 0
	lla	a4,.LANCHOR0
	slli	a5,s1,2
	add	a5,a4,a5
	.loc 1 11 24
	lw	a3,0(a5)
	addiw	a3,a3,-1
	sext.w	a2,a3
	.loc 1 11 9
	sw	a3,0(a5)
	slli	a5,s1,4
	add	a5,a5,a2
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a2,16(a5)
.LVL5:
	.loc 1 12 5 is_stmt 1
	.loc 1 12 15 is_stmt 0
	slli	a5,s0,2
	add	a4,a4,a5
	lw	a3,0(a4)
	.loc 1 12 8
	beq	a3,zero,.L3
	.loc 1 12 31
	addiw	a4,a3,-1
	slli	a5,s0,4
	add	a5,a5,a4
	slli	a5,a5,2
	lla	a4,.LANCHOR0
	add	a5,a4,a5
	.loc 1 12 20
	lw	a5,16(a5)
	blt	a5,a2,.L10
.L3:
	.loc 1 16 5 is_stmt 1
	.loc 1 16 24 is_stmt 0
	lla	a4,.LANCHOR0
	slli	a5,s0,2
	add	a5,a4,a5
	addiw	a1,a3,1
	sw	a1,0(a5)
	.loc 1 16 28
	slli	a5,s0,4
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,a4,a5
	sw	a2,16(a5)
	.loc 1 17 5 is_stmt 1
	.loc 1 17 10 is_stmt 0
	ld	a5,208(a4)
	addi	a5,a5,1
	sd	a5,208(a4)
.LVL6:
.LBE8:
.LBE7:
	.loc 1 26 5 is_stmt 1
	.loc 1 26 8 is_stmt 0
	bne	s3,zero,.L11
.L4:
	.loc 1 28 5 is_stmt 1
	mv	a4,s3
	mv	a3,s1
	mv	a2,s0
	mv	a1,s4
	mv	a0,s5
	call	hanoi
.LVL7:
	.loc 1 29 1 is_stmt 0
	ld	ra,56(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	ld	s1,40(sp)
	.cfi_restore 9
	ld	s2,32(sp)
	.cfi_restore 18
	ld	s3,24(sp)
	.cfi_restore 19
	ld	s4,16(sp)
	.cfi_restore 20
	ld	s5,8(sp)
	.cfi_restore 21
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL8:
.L10:
	.cfi_restore_state
.LBB10:
.LBB9:
	.loc 1 13 9 is_stmt 1
	lla	a0,.LC0
	call	puts@plt
.LVL9:
	.loc 1 14 9
	li	a0,3
	call	exit@plt
.LVL10:
.L11:
.LBE9:
.LBE10:
	.loc 1 27 9
	addiw	a3,s0,65
	addiw	a2,s1,65
	mv	a1,s2
	lla	a0,.LC1
	call	printf@plt
.LVL11:
	j	.L4
	.cfi_endproc
.LFE23:
	.size	hanoi, .-hanoi
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"%d disks: %ld moves, peg C holds %d\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB24:
	.loc 1 32 1
	.cfi_startproc
.LVL12:
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.loc 1 33 5
	.loc 1 33 38 is_stmt 0
	li	a4,1
	bgt	a0,a4,.L20
.LVL13:
.L13:
	.loc 1 36 5 is_stmt 1
.LBB11:
	.loc 1 36 10
	.loc 1 36 23
.LBE11:
	.loc 1 32 1 is_stmt 0
	li	s0,4
.LVL14:
.L16:
	sext.w	a5,s0
	lla	a4,.LANCHOR0+16
.LVL15:
.L15:
.LBB12:
	.loc 1 37 9 is_stmt 1 discriminator 3
	.loc 1 37 20 is_stmt 0 discriminator 3
	sw	a5,0(a4)
	.loc 1 36 29 is_stmt 1 discriminator 3
.LVL16:
	.loc 1 36 23 discriminator 3
	addiw	a5,a5,-1
.LVL17:
	addi	a4,a4,4
.LVL18:
	bne	a5,zero,.L15
.LVL19:
.L14:
.LBE12:
	.loc 1 38 5
	.loc 1 38 15 is_stmt 0
	lla	s1,.LANCHOR0
	sw	s0,0(s1)
	.loc 1 39 5 is_stmt 1
	slti	a4,s0,5
	li	a3,1
	li	a2,2
	li	a1,0
	mv	a0,s0
	call	hanoi
.LVL20:
	.loc 1 40 5
	lw	a3,8(s1)
	ld	a2,208(s1)
	mv	a1,s0
	lla	a0,.LC2
	call	printf@plt
.LVL21:
	.loc 1 41 5
	.loc 1 41 31 is_stmt 0
	lw	a0,8(s1)
	sub	a0,a0,s0
	.loc 1 42 1
	snez	a0,a0
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
.LVL22:
	ld	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL23:
.L20:
	.cfi_restore_state
	mv	a5,a1
.LVL24:
.LBB13:
.LBB14:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 is_stmt 1 discriminator 1
	.loc 2 364 16 is_stmt 0 discriminator 1
	li	a2,10
	li	a1,0
.LVL25:
	ld	a0,8(a5)
.LVL26:
	call	strtol@plt
.LVL27:
.LBE14:
.LBE13:
	.loc 1 34 5 is_stmt 1 discriminator 1
	.loc 1 34 8 is_stmt 0 discriminator 1
	addiw	a4,a0,-1
	li	a5,15
	bgtu	a4,a5,.L13
.LBB16:
.LBB15:
	.loc 2 364 10
	sext.w	s0,a0
.LVL28:
.LBE15:
.LBE16:
	.loc 1 36 5 is_stmt 1
.LBB17:
	.loc 1 36 10
	.loc 1 36 23
	ble	s0,zero,.L14
	j	.L16
.LBE17:
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
	.4byte	0x3ec
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF24
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
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x7
	.4byte	0x6b
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x12
	.4byte	0x6b
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xc
	.4byte	0x58
	.4byte	0x9b
	.byte	0x8
	.4byte	0x2e
	.byte	0x2
	.byte	0x8
	.4byte	0x2e
	.byte	0xf
	.byte	0
	.byte	0x9
	.4byte	.LASF12
	.byte	0x5
	.byte	0xc
	.4byte	0x85
	.byte	0x9
	.byte	0x3
	.8byte	pegs
	.byte	0xc
	.4byte	0x58
	.4byte	0xc0
	.byte	0x8
	.4byte	0x2e
	.byte	0x2
	.byte	0
	.byte	0x9
	.4byte	.LASF13
	.byte	0x6
	.byte	0xc
	.4byte	0xb0
	.byte	0x9
	.byte	0x3
	.8byte	height
	.byte	0x9
	.4byte	.LASF14
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.byte	0x9
	.byte	0x3
	.8byte	moves
	.byte	0x13
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x27d
	.byte	0xd
	.4byte	0xfd
	.byte	0x3
	.4byte	0x58
	.byte	0
	.byte	0x14
	.4byte	.LASF16
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5f
	.4byte	0x11d
	.byte	0x3
	.4byte	0x122
	.byte	0x3
	.4byte	0x12c
	.byte	0x3
	.4byte	0x58
	.byte	0
	.byte	0x7
	.4byte	0x72
	.byte	0xd
	.4byte	0x11d
	.byte	0x7
	.4byte	0x66
	.byte	0xd
	.4byte	0x127
	.byte	0x15
	.4byte	.LASF17
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x149
	.byte	0x3
	.4byte	0x11d
	.byte	0x16
	.byte	0
	.byte	0x17
	.4byte	.LASF25
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.4byte	0x237
	.byte	0x4
	.4byte	.LASF18
	.byte	0x1f
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST9
	.byte	0x4
	.4byte	.LASF19
	.byte	0x1f
	.byte	0x1b
	.4byte	0x127
	.4byte	.LLST10
	.byte	0xe
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST11
	.byte	0x18
	.4byte	.LLRL12
	.4byte	0x1ad
	.byte	0xe
	.string	"i"
	.byte	0x24
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST13
	.byte	0
	.byte	0xf
	.4byte	0x3c4
	.8byte	.LBB13
	.4byte	.LLRL14
	.byte	0x21
	.byte	0x18
	.4byte	0x1e6
	.byte	0xa
	.4byte	0x3d6
	.4byte	.LLST15
	.byte	0x5
	.8byte	.LVL27
	.4byte	0xfd
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
	.byte	0x6
	.8byte	.LVL20
	.4byte	0x237
	.4byte	0x215
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
	.8byte	.LVL21
	.4byte	0x131
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
	.4byte	0x395
	.byte	0xb
	.string	"n"
	.byte	0x17
	.4byte	0x58
	.4byte	.LLST0
	.byte	0x4
	.4byte	.LASF20
	.byte	0x14
	.byte	0x1e
	.4byte	0x58
	.4byte	.LLST1
	.byte	0xb
	.string	"to"
	.byte	0x28
	.4byte	0x58
	.4byte	.LLST2
	.byte	0xb
	.string	"via"
	.byte	0x30
	.4byte	0x58
	.4byte	.LLST3
	.byte	0x4
	.4byte	.LASF21
	.byte	0x14
	.byte	0x39
	.4byte	0x58
	.4byte	.LLST4
	.byte	0xf
	.4byte	0x395
	.8byte	.LBB7
	.4byte	.LLRL5
	.byte	0x19
	.byte	0x5
	.4byte	0x305
	.byte	0xa
	.4byte	0x3ae
	.4byte	.LLST6
	.byte	0xa
	.4byte	0x3a2
	.4byte	.LLST7
	.byte	0x1a
	.4byte	.LLRL5
	.byte	0x1b
	.4byte	0x3b9
	.4byte	.LLST8
	.byte	0x6
	.8byte	.LVL9
	.4byte	0x3e4
	.4byte	0x2f0
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.byte	0x5
	.8byte	.LVL10
	.4byte	0xea
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x33
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL4
	.4byte	0x237
	.4byte	0x335
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL7
	.4byte	0x237
	.4byte	0x365
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
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
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL11
	.4byte	0x131
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
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
	.byte	0x79
	.byte	0xc1,0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0x78
	.byte	0xc1,0
	.byte	0
	.byte	0
	.byte	0x1c
	.4byte	.LASF27
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.byte	0x1
	.4byte	0x3c4
	.byte	0x1d
	.4byte	.LASF20
	.byte	0x1
	.byte	0x9
	.byte	0x1b
	.4byte	0x58
	.byte	0x1e
	.string	"to"
	.byte	0x1
	.byte	0x9
	.byte	0x25
	.4byte	0x58
	.byte	0x1f
	.string	"d"
	.byte	0x1
	.byte	0xb
	.byte	0x9
	.4byte	0x58
	.byte	0
	.byte	0x20
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x58
	.byte	0x3
	.4byte	0x3e4
	.byte	0x21
	.4byte	.LASF23
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x11d
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
	.byte	0x7
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
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
	.byte	0xa
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL27-1
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL22
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LFE24
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x6
	.byte	0x78
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
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
	.8byte	.LVL17
	.8byte	.LVL18
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
	.8byte	.LVL18
	.8byte	.LVL19
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
	.8byte	.LVL28
	.8byte	.LFE24
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27-1
	.byte	0x2
	.byte	0x7f
	.byte	0x8
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL4-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL4-1
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL4-1
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL4-1
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5e
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9-1
	.byte	0x1
	.byte	0x5c
	.byte	0
.Ldebug_loc3:
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
.LLRL5:
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
