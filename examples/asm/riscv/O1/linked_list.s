	.file	"linked_list.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/linked_list.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LFB14:
	.file 1 "programs/linked_list.c"
	.loc 1 47 1
	.cfi_startproc
.LVL0:
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	mv	s0,a1
	.loc 1 48 5
.LVL1:
	.loc 1 49 5
	mv	a1,a0
.LVL2:
	lla	a0,.LC0
.LVL3:
	call	printf@plt
.LVL4:
	.loc 1 50 5
	.loc 1 50 12
	beq	s0,zero,.L4
	.loc 1 48 9 is_stmt 0
	li	s1,0
	.loc 1 51 9
	lla	s2,.LC1
.LVL5:
.L3:
	.loc 1 51 9 is_stmt 1 discriminator 2
	lw	a1,0(s0)
	mv	a0,s2
	call	printf@plt
.LVL6:
	.loc 1 50 26 discriminator 2
	.loc 1 50 17 is_stmt 0 discriminator 2
	ld	s0,8(s0)
.LVL7:
	.loc 1 50 33 discriminator 2
	addiw	s1,s1,1
.LVL8:
	.loc 1 50 12 is_stmt 1 discriminator 2
	bne	s0,zero,.L3
.LVL9:
.L2:
	.loc 1 52 5
	li	a0,10
	call	putchar@plt
.LVL10:
	.loc 1 53 5
	.loc 1 54 1 is_stmt 0
	mv	a0,s1
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
.LVL11:
	ld	s1,8(sp)
	.cfi_restore 9
	ld	s2,0(sp)
	.cfi_restore 18
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL12:
.L4:
	.cfi_restore_state
	.loc 1 48 9
	li	s1,0
	j	.L2
	.cfi_endproc
.LFE14:
	.size	print, .-print
	.section	.rodata.str1.8
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
.LFB15:
	.loc 1 57 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.loc 1 58 5
.LVL13:
	.loc 1 59 5
.LBB10:
	.loc 1 59 10
	.loc 1 59 23
	lw	a5,.LANCHOR0
	addiw	a6,a5,1
	slli	a5,a5,4
	lla	a2,.LANCHOR0+8
	add	a2,a2,a5
	li	a1,11
.LBE10:
	.loc 1 58 18 is_stmt 0
	li	s0,0
.LBB17:
	.loc 1 60 16
	li	t3,50
.LBB11:
.LBB12:
	.loc 1 14 19
	addi	a7,sp,8
.LBE12:
.LBE11:
	.loc 1 59 23
	li	t1,751
	j	.L11
.LVL14:
.L9:
.LBB15:
.LBB13:
	.loc 1 17 5 is_stmt 1
	.loc 1 17 13 is_stmt 0
	sd	s0,8(a0)
	.loc 1 18 5 is_stmt 1
	.loc 1 18 11 is_stmt 0
	sd	a0,0(a4)
.LVL15:
	.loc 1 19 5 is_stmt 1
	.loc 1 19 12 is_stmt 0
	ld	s0,8(sp)
.LVL16:
.LBE13:
.LBE15:
	.loc 1 59 30 is_stmt 1
	.loc 1 59 23
	addi	a5,a6,1
	addiw	a1,a1,37
	addi	a2,a2,16
	beq	a1,t1,.L25
	mv	a6,a5
.LVL17:
.L11:
	.loc 1 60 9 discriminator 3
	.loc 1 60 16 is_stmt 0 discriminator 3
	remw	a5,a1,t3
	sext.w	a3,a5
	sd	s0,8(sp)
.LVL18:
.LBB16:
.LBB14:
	.loc 1 12 5 is_stmt 1 discriminator 3
	.loc 1 12 18 is_stmt 0 discriminator 3
	mv	a0,a2
.LVL19:
	.loc 1 13 5 is_stmt 1 discriminator 3
	.loc 1 13 14 is_stmt 0 discriminator 3
	sw	a5,0(a2)
	.loc 1 14 5 is_stmt 1 discriminator 3
.LVL20:
	.loc 1 15 5 discriminator 3
	.loc 1 15 18 discriminator 3
	.loc 1 14 19 is_stmt 0 discriminator 3
	mv	a4,a7
	.loc 1 15 18 discriminator 3
	beq	s0,zero,.L9
.LVL21:
.L8:
	.loc 1 15 18
	lw	a5,0(s0)
	bge	a5,a3,.L9
	.loc 1 16 9 is_stmt 1
	.loc 1 16 14 is_stmt 0
	addi	a4,s0,8
.LVL22:
	ld	s0,8(s0)
	.loc 1 15 18 is_stmt 1
	bne	s0,zero,.L8
	j	.L9
.LVL23:
.L25:
	.loc 1 12 32 is_stmt 0
	sw	a6,.LANCHOR0,a5
.LVL24:
.LBE14:
.LBE16:
.LBE17:
	.loc 1 61 5 is_stmt 1
	mv	a1,s0
	lla	a0,.LC2
	call	print
.LVL25:
	.loc 1 62 5
.LBB18:
.LBB19:
	.loc 1 24 5
	.loc 1 25 5
	.loc 1 25 12
	beq	s0,zero,.L12
	.loc 1 24 18 is_stmt 0
	li	a4,0
	j	.L13
.LVL26:
.L20:
.LBB20:
	.loc 1 29 14
	mv	s0,a5
.LVL27:
.L13:
	.loc 1 26 9 is_stmt 1
	.loc 1 26 22 is_stmt 0
	ld	a5,8(s0)
.LVL28:
	.loc 1 27 9 is_stmt 1
	.loc 1 27 20 is_stmt 0
	sd	a4,8(s0)
	.loc 1 28 9 is_stmt 1
.LVL29:
	.loc 1 29 9
.LBE20:
	.loc 1 25 12
	mv	a4,s0
	bne	a5,zero,.L20
	.loc 1 31 5
.LVL30:
.LBE19:
.LBE18:
	.loc 1 63 5
	mv	a1,s0
	lla	a0,.LC3
	call	print
.LVL31:
	.loc 1 64 5
	sd	s0,8(sp)
.LVL32:
.LBB22:
.LBB23:
	.loc 1 37 12
	.loc 1 36 19 is_stmt 0
	addi	a4,sp,8
	.loc 1 38 28
	li	a3,3
	j	.L16
.LVL33:
.L14:
	.loc 1 41 13 is_stmt 1
	.loc 1 41 18 is_stmt 0
	addi	a4,s0,8
.LVL34:
.L15:
	.loc 1 37 12 is_stmt 1
	ld	s0,0(a4)
	beq	s0,zero,.L17
.L16:
	.loc 1 38 9
	.loc 1 38 28 is_stmt 0
	lw	a5,0(s0)
	.loc 1 38 12
	remw	a5,a5,a3
	bne	a5,zero,.L14
	.loc 1 39 13 is_stmt 1
	.loc 1 39 28 is_stmt 0
	ld	a5,8(s0)
	.loc 1 39 19
	sd	a5,0(a4)
	j	.L15
.LVL35:
.L12:
.LBE23:
.LBE22:
.LBB25:
.LBB21:
	.loc 1 31 5 is_stmt 1
.LBE21:
.LBE25:
	.loc 1 63 5
	li	a1,0
	lla	a0,.LC3
	call	print
.LVL36:
	.loc 1 64 5
	sd	zero,8(sp)
.LVL37:
.LBB26:
.LBB24:
	.loc 1 37 12
.L17:
	.loc 1 43 5
.LBE24:
.LBE26:
	.loc 1 65 5
	.loc 1 65 12 is_stmt 0
	ld	a1,8(sp)
	lla	a0,.LC4
	call	print
.LVL38:
	.loc 1 66 1
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	used, @object
	.size	used, 4
used:
	.zero	4
	.zero	4
	.type	pool, @object
	.size	pool, 1024
pool:
	.zero	1024
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3e4
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF23
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
	.byte	0x14
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
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x10
	.byte	0x4
	.4byte	.LASF11
	.byte	0x15
	.4byte	.LASF24
	.byte	0x10
	.byte	0x1
	.byte	0x5
	.byte	0x8
	.4byte	0xa4
	.byte	0xc
	.4byte	.LASF12
	.byte	0x13
	.4byte	0x58
	.byte	0
	.byte	0xc
	.4byte	.LASF13
	.byte	0x27
	.4byte	0xa9
	.byte	0x8
	.byte	0
	.byte	0xb
	.4byte	0x80
	.byte	0x6
	.4byte	0x80
	.byte	0x16
	.4byte	0x80
	.4byte	0xbe
	.byte	0x17
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.byte	0xd
	.4byte	.LASF14
	.byte	0x7
	.byte	0x14
	.4byte	0xae
	.byte	0x9
	.byte	0x3
	.8byte	pool
	.byte	0xd
	.4byte	.LASF15
	.byte	0x8
	.byte	0xc
	.4byte	0x58
	.byte	0x9
	.byte	0x3
	.8byte	used
	.byte	0x18
	.4byte	.LASF25
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x100
	.byte	0x19
	.4byte	0x100
	.byte	0x1a
	.byte	0
	.byte	0x6
	.4byte	0x6d
	.byte	0x1b
	.4byte	.LASF26
	.byte	0x1
	.byte	0x38
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x29d
	.byte	0xe
	.4byte	.LASF16
	.byte	0x3a
	.byte	0x12
	.4byte	0xa9
	.4byte	.LLST3
	.byte	0x1c
	.4byte	.LLRL4
	.4byte	0x18d
	.byte	0x1d
	.string	"i"
	.byte	0x1
	.byte	0x3b
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST5
	.byte	0x1e
	.4byte	0x3a4
	.8byte	.LBB11
	.4byte	.LLRL6
	.byte	0x1
	.byte	0x3c
	.byte	0x10
	.byte	0x3
	.4byte	0x3bd
	.4byte	.LLST7
	.byte	0x3
	.4byte	0x3b2
	.4byte	.LLST8
	.byte	0x8
	.4byte	.LLRL6
	.byte	0x4
	.4byte	0x3c6
	.4byte	.LLST9
	.byte	0x4
	.4byte	0x3d0
	.4byte	.LLST10
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x372
	.8byte	.LBB18
	.4byte	.LLRL11
	.byte	0x3e
	.4byte	0x1db
	.byte	0x3
	.4byte	0x380
	.4byte	.LLST12
	.byte	0x8
	.4byte	.LLRL11
	.byte	0x4
	.4byte	0x38b
	.4byte	.LLST13
	.byte	0x1f
	.4byte	0x396
	.8byte	.LBB20
	.8byte	.LBE20-.LBB20
	.byte	0x4
	.4byte	0x397
	.4byte	.LLST14
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x33f
	.8byte	.LBB22
	.4byte	.LLRL15
	.byte	0x40
	.4byte	0x213
	.byte	0x3
	.4byte	0x358
	.4byte	.LLST16
	.byte	0x3
	.4byte	0x34d
	.4byte	.LLST17
	.byte	0x8
	.4byte	.LLRL15
	.byte	0x4
	.4byte	0x361
	.4byte	.LLST18
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL25
	.4byte	0x29d
	.4byte	0x238
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
	.byte	0x5
	.8byte	.LVL31
	.4byte	0x29d
	.4byte	0x25d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL36
	.4byte	0x29d
	.4byte	0x281
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0x10
	.8byte	.LVL38
	.4byte	0x29d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.byte	0
	.byte	0x20
	.4byte	.LASF27
	.byte	0x1
	.byte	0x2e
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x33a
	.byte	0x11
	.string	"tag"
	.byte	0x1e
	.4byte	0x100
	.4byte	.LLST0
	.byte	0x11
	.string	"n"
	.byte	0x36
	.4byte	0x33a
	.4byte	.LLST1
	.byte	0xe
	.4byte	.LASF17
	.byte	0x30
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST2
	.byte	0x5
	.8byte	.LVL4
	.4byte	0xe8
	.4byte	0x30e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0
	.byte	0x5
	.8byte	.LVL6
	.4byte	0xe8
	.4byte	0x326
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x10
	.8byte	.LVL10
	.4byte	0x3dc
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0xa4
	.byte	0x9
	.4byte	.LASF18
	.byte	0x22
	.4byte	0xa9
	.4byte	0x36d
	.byte	0xa
	.4byte	.LASF16
	.byte	0x22
	.byte	0x35
	.4byte	0xa9
	.byte	0x12
	.string	"k"
	.byte	0x22
	.byte	0x3f
	.4byte	0x58
	.byte	0x7
	.4byte	.LASF20
	.byte	0x24
	.byte	0x13
	.4byte	0x36d
	.byte	0
	.byte	0x6
	.4byte	0xa9
	.byte	0x9
	.4byte	.LASF19
	.byte	0x16
	.4byte	0xa9
	.4byte	0x3a4
	.byte	0xa
	.4byte	.LASF16
	.byte	0x16
	.byte	0x2a
	.4byte	0xa9
	.byte	0x7
	.4byte	.LASF21
	.byte	0x18
	.byte	0x12
	.4byte	0xa9
	.byte	0x21
	.byte	0x7
	.4byte	.LASF13
	.byte	0x1a
	.byte	0x16
	.4byte	0xa9
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	.LASF22
	.byte	0xa
	.4byte	0xa9
	.4byte	0x3dc
	.byte	0xa
	.4byte	.LASF16
	.byte	0xa
	.byte	0x30
	.4byte	0xa9
	.byte	0x12
	.string	"v"
	.byte	0xa
	.byte	0x3a
	.4byte	0x58
	.byte	0x22
	.string	"n"
	.byte	0x1
	.byte	0xc
	.byte	0x12
	.4byte	0xa9
	.byte	0x7
	.4byte	.LASF20
	.byte	0xe
	.byte	0x13
	.4byte	0x36d
	.byte	0
	.byte	0x23
	.4byte	.LASF28
	.4byte	.LASF29
	.byte	0x3
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
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x34
	.byte	0
	.byte	0x31
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
	.byte	0x1
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
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xd
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
	.byte	0xe
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
	.byte	0x21
	.byte	0xc
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x2e
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1c
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1e
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x52
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x58
	.byte	0xb
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x21
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x23
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
.LLST3:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x81
	.byte	0
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL21
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x2
	.byte	0x81
	.byte	0
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL33
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38-1
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x10
	.byte	0x3
	.8byte	used
	.byte	0x94
	.byte	0x4
	.byte	0x20
	.byte	0x80
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0xf
	.byte	0x80
	.byte	0
	.byte	0x3
	.8byte	used
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL23
	.byte	0x10
	.byte	0x3
	.8byte	used
	.byte	0x94
	.byte	0x4
	.byte	0x20
	.byte	0x80
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0xf
	.byte	0x80
	.byte	0
	.byte	0x3
	.8byte	used
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x7a
	.byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x2
	.byte	0x7a
	.byte	0
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x81
	.byte	0
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL21
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x2
	.byte	0x81
	.byte	0
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL29
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL29
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL35
	.byte	0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x3
	.byte	0x91
	.byte	0x68
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL35
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL4-1
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL11
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LFE14
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL8
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LFE14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
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
.LLRL4:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF7:
	.string	"short int"
.LASF28:
	.string	"putchar"
.LASF26:
	.string	"main"
.LASF12:
	.string	"value"
.LASF16:
	.string	"head"
.LASF18:
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
.LASF22:
	.string	"insert_sorted"
.LASF6:
	.string	"signed char"
.LASF27:
	.string	"print"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF29:
	.string	"__builtin_putchar"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"reverse"
.LASF23:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF17:
	.string	"count"
.LASF15:
	.string	"used"
.LASF14:
	.string	"pool"
.LASF21:
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
