	.file	"function_pointers.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/function_pointers.c"
	.align	1
	.type	add, @function
add:
.LFB11:
	.file 1 "programs/function_pointers.c"
	.loc 1 6 33
	.cfi_startproc
.LVL0:
	.loc 1 6 35
	.loc 1 6 49 is_stmt 0
	add	a0,a0,a1
.LVL1:
	ret
	.cfi_endproc
.LFE11:
	.size	add, .-add
	.align	1
	.type	sub, @function
sub:
.LFB12:
	.loc 1 7 33 is_stmt 1
	.cfi_startproc
.LVL2:
	.loc 1 7 35
	.loc 1 7 49 is_stmt 0
	sub	a0,a0,a1
.LVL3:
	ret
	.cfi_endproc
.LFE12:
	.size	sub, .-sub
	.align	1
	.type	mul, @function
mul:
.LFB13:
	.loc 1 8 33 is_stmt 1
	.cfi_startproc
.LVL4:
	.loc 1 8 35
	.loc 1 8 49 is_stmt 0
	mul	a0,a0,a1
.LVL5:
	ret
	.cfi_endproc
.LFE13:
	.size	mul, .-mul
	.align	1
	.type	maxi, @function
maxi:
.LFB14:
	.loc 1 9 34 is_stmt 1
	.cfi_startproc
.LVL6:
	.loc 1 9 36
	.loc 1 9 34 is_stmt 0
	mv	a5,a0
	mv	a0,a1
.LVL7:
	.loc 1 9 53
	bge	a1,a5,.L6
	mv	a0,a5
.L6:
	.loc 1 9 58
	ret
	.cfi_endproc
.LFE14:
	.size	maxi, .-maxi
	.align	1
	.type	xor_, @function
xor_:
.LFB15:
	.loc 1 10 34 is_stmt 1
	.cfi_startproc
.LVL8:
	.loc 1 10 36
	.loc 1 10 50 is_stmt 0
	xor	a0,a0,a1
.LVL9:
	ret
	.cfi_endproc
.LFE15:
	.size	xor_, .-xor_
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%-8s %ld\n"
	.align	3
.LC2:
	.string	"after map: sum %ld max %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB19:
	.loc 1 32 1 is_stmt 1
	.cfi_startproc
	.loc 1 33 5
	.loc 1 33 10 is_stmt 0
	lla	a5,.LANCHOR0
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a0,16(a5)
	ld	a1,24(a5)
	ld	a2,32(a5)
	ld	a3,40(a5)
	ld	a4,48(a5)
	ld	a5,56(a5)
	.loc 1 32 1
	addi	sp,sp,-160
	.cfi_def_cfa_offset 160
	sd	s2,128(sp)
	sd	s3,120(sp)
	sd	s6,96(sp)
	sd	s7,88(sp)
	sd	s8,80(sp)
	sd	s9,72(sp)
	sd	ra,152(sp)
	sd	s0,144(sp)
	sd	s1,136(sp)
	sd	s4,112(sp)
	sd	s5,104(sp)
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.loc 1 33 10
	sd	a7,0(sp)
	sd	a6,8(sp)
	sd	a0,16(sp)
	sd	a1,24(sp)
	sd	a2,32(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	.loc 1 34 5 is_stmt 1
.LVL10:
	.loc 1 35 5
	.loc 1 36 5
.LBB31:
	.loc 1 36 10
	.loc 1 36 28
	lla	s7,.LANCHOR1
	lla	s9,.LANCHOR1+120
.LBE31:
	.loc 1 35 10 is_stmt 0
	li	s6,0
	mv	s3,sp
	addi	s2,sp,64
.LBB38:
.LBB32:
	.loc 1 38 9
	lla	s8,.LC1
.LVL11:
.L10:
	.loc 1 37 9 is_stmt 1 discriminator 3
	.loc 1 37 35 is_stmt 0 discriminator 3
	ld	s4,8(s7)
	.loc 1 37 46 discriminator 3
	ld	s0,16(s7)
.LVL12:
.LBB33:
	.loc 1 18 5 is_stmt 1 discriminator 3
.LBB34:
	.loc 1 18 10 discriminator 3
	.loc 1 18 23 discriminator 3
	mv	s5,s3
.LBE34:
.LBE33:
	.loc 1 37 46 is_stmt 0 discriminator 3
	mv	s1,s3
.LVL13:
.L9:
.LBB36:
.LBB35:
	.loc 1 19 9 is_stmt 1
	.loc 1 19 16 is_stmt 0
	ld	a1,0(s1)
	mv	a0,s0
	.loc 1 18 23
	addi	s1,s1,8
.LVL14:
	.loc 1 19 16
	jalr	s4
.LVL15:
	mv	s0,a0
.LVL16:
	.loc 1 18 29 is_stmt 1
	.loc 1 18 23
	bne	s1,s2,.L9
.LBE35:
	.loc 1 20 5
.LVL17:
.LBE36:
	.loc 1 38 9
	ld	a1,0(s7)
	mv	a2,a0
.LBE32:
	.loc 1 36 28 is_stmt 0
	addi	s7,s7,24
.LVL18:
.LBB37:
	.loc 1 38 9
	mv	a0,s8
	call	printf@plt
.LVL19:
	.loc 1 39 9 is_stmt 1
	.loc 1 39 13 is_stmt 0
	add	s6,s6,s0
.LVL20:
.LBE37:
	.loc 1 36 59 is_stmt 1
	.loc 1 36 28
	bne	s7,s9,.L10
	mv	a4,s3
.L11:
.LVL21:
.LBE38:
.LBB39:
.LBB40:
	.loc 1 26 9
	.loc 1 26 16 is_stmt 0
	ld	a5,0(a4)
.LVL22:
.LBB41:
.LBB42:
	.loc 1 29 38 is_stmt 1
.LBE42:
.LBE41:
	.loc 1 25 23 is_stmt 0
	addi	a4,a4,8
.LVL23:
.LBB44:
.LBB43:
	.loc 1 29 47
	mul	a5,a5,a5
	.loc 1 29 51
	addi	a5,a5,-3
.LBE43:
.LBE44:
	.loc 1 26 14
	sd	a5,-8(a4)
	.loc 1 25 29 is_stmt 1
.LVL24:
	.loc 1 25 23
	bne	a4,s2,.L11
	mv	a5,s3
	li	a1,0
.LVL25:
.L12:
.LBE40:
.LBE39:
.LBB45:
.LBB46:
	.loc 1 19 9
.LBB47:
.LBB48:
	.loc 1 6 35
	.loc 1 6 44 is_stmt 0
	ld	a4,0(a5)
.LBE48:
.LBE47:
	.loc 1 18 23
	addi	a5,a5,8
.LVL26:
.LBB50:
.LBB49:
	.loc 1 6 44
	add	a1,a1,a4
.LVL27:
.LBE49:
.LBE50:
	.loc 1 18 29 is_stmt 1
	.loc 1 18 23
	bne	a5,s2,.L12
	li	a2,-1000
.LVL28:
.L14:
.LBE46:
.LBE45:
.LBB51:
.LBB52:
	.loc 1 19 9
.LBB53:
.LBB54:
	.loc 1 9 36
	.loc 1 9 53 is_stmt 0
	ld	a5,0(s5)
.LBE54:
.LBE53:
	.loc 1 18 23
	addi	s5,s5,8
.LVL29:
.LBB56:
.LBB55:
	.loc 1 9 53
	bge	a2,a5,.L13
	mv	a2,a5
.LVL30:
.L13:
.LBE55:
.LBE56:
	.loc 1 18 29 is_stmt 1
	.loc 1 18 23
	bne	s5,s2,.L14
.LBE52:
	.loc 1 20 5
.LVL31:
.LBE51:
	.loc 1 42 5 is_stmt 0
	lla	a0,.LC2
	call	printf@plt
.LVL32:
	.loc 1 43 5 is_stmt 1
	.loc 1 44 1 is_stmt 0
	ld	ra,152(sp)
	.cfi_restore 1
	ld	s0,144(sp)
	.cfi_restore 8
.LVL33:
	ld	s1,136(sp)
	.cfi_restore 9
	ld	s2,128(sp)
	.cfi_restore 18
	ld	s3,120(sp)
	.cfi_restore 19
	ld	s4,112(sp)
	.cfi_restore 20
	ld	s5,104(sp)
	.cfi_restore 21
	ld	s7,88(sp)
	.cfi_restore 23
	ld	s8,80(sp)
	.cfi_restore 24
	ld	s9,72(sp)
	.cfi_restore 25
	andi	a0,s6,127
	ld	s6,96(sp)
	.cfi_restore 22
.LVL34:
	addi	sp,sp,160
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE19:
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"sum"
	.align	3
.LC4:
	.string	"diff"
	.align	3
.LC5:
	.string	"product"
	.align	3
.LC6:
	.string	"max"
	.align	3
.LC7:
	.string	"xor"
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.dword	3
	.dword	-1
	.dword	4
	.dword	1
	.dword	-5
	.dword	9
	.dword	2
	.dword	6
	.section	.data.rel.ro.local,"aw"
	.align	3
	.set	.LANCHOR1,. + 0
	.type	ops, @object
	.size	ops, 120
ops:
	.dword	.LC3
	.dword	add
	.dword	0
	.dword	.LC4
	.dword	sub
	.dword	0
	.dword	.LC5
	.dword	mul
	.dword	1
	.dword	.LC6
	.dword	maxi
	.dword	-1000000
	.dword	.LC7
	.dword	xor_
	.dword	0
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x55c
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x1b
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL26
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x4
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x1c
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x6
	.4byte	0x5b
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x6
	.4byte	0x67
	.byte	0x1d
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0x10
	.4byte	0x7f
	.byte	0x5
	.4byte	0x84
	.byte	0x11
	.4byte	0x5b
	.4byte	0x98
	.byte	0x7
	.4byte	0x5b
	.byte	0x7
	.4byte	0x5b
	.byte	0
	.byte	0x1e
	.byte	0x18
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0xc4
	.byte	0x12
	.4byte	.LASF10
	.byte	0x23
	.4byte	0xc9
	.byte	0
	.byte	0x1f
	.string	"fn"
	.byte	0x1
	.byte	0xc
	.byte	0x2f
	.4byte	0x73
	.byte	0x8
	.byte	0x12
	.4byte	.LASF11
	.byte	0x38
	.4byte	0x5b
	.byte	0x10
	.byte	0
	.byte	0x6
	.4byte	0x98
	.byte	0x5
	.4byte	0x6e
	.byte	0x13
	.4byte	0xc4
	.4byte	0xde
	.byte	0x14
	.4byte	0x2a
	.byte	0x4
	.byte	0
	.byte	0x6
	.4byte	0xce
	.byte	0x15
	.string	"ops"
	.byte	0xc
	.byte	0x40
	.4byte	0xde
	.byte	0x9
	.byte	0x3
	.8byte	ops
	.byte	0x20
	.4byte	.LASF18
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x110
	.byte	0x7
	.4byte	0xc9
	.byte	0x21
	.byte	0
	.byte	0x22
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB19
	.8byte	.LFE19-.LFB19
	.byte	0x1
	.byte	0x9c
	.4byte	0x360
	.byte	0x15
	.string	"v"
	.byte	0x21
	.byte	0xa
	.4byte	0x360
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0x23
	.string	"n"
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x54
	.byte	0x8
	.byte	0xa
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST5
	.byte	0x24
	.4byte	.LLRL6
	.4byte	0x1fd
	.byte	0xa
	.string	"i"
	.byte	0x24
	.byte	0x13
	.4byte	0x3f
	.4byte	.LLST7
	.byte	0x25
	.4byte	.LLRL8
	.byte	0xa
	.string	"r"
	.byte	0x25
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST9
	.byte	0x26
	.4byte	0x3d4
	.8byte	.LBB33
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x25
	.byte	0x12
	.4byte	0x1e1
	.byte	0x3
	.4byte	0x3fd
	.4byte	.LLST11
	.byte	0x3
	.4byte	0x3f4
	.4byte	.LLST12
	.byte	0x3
	.4byte	0x3eb
	.4byte	.LLST13
	.byte	0x3
	.4byte	0x3e2
	.4byte	.LLST14
	.byte	0x27
	.4byte	0x409
	.4byte	.LLRL10
	.byte	0x8
	.4byte	0x40a
	.4byte	.LLST15
	.byte	0x28
	.8byte	.LVL15
	.byte	0x9
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x16
	.8byte	.LVL19
	.4byte	0xf8
	.byte	0x9
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0x9
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x388
	.8byte	.LBB39
	.8byte	.LBE39-.LBB39
	.byte	0x29
	.4byte	0x25e
	.byte	0x1
	.4byte	0x39e
	.byte	0x1
	.4byte	0x3a7
	.byte	0x1
	.4byte	0x395
	.byte	0xc
	.4byte	0x3b0
	.8byte	.LBB40
	.8byte	.LBE40-.LBB40
	.byte	0x8
	.4byte	0x3b1
	.4byte	.LLST16
	.byte	0xd
	.4byte	0x370
	.8byte	.LBB41
	.4byte	.LLRL17
	.byte	0x1a
	.byte	0x1
	.4byte	0x37e
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x3d4
	.8byte	.LBB45
	.8byte	.LBE45-.LBB45
	.byte	0x2a
	.4byte	0x2d5
	.byte	0x3
	.4byte	0x3fd
	.4byte	.LLST18
	.byte	0x1
	.4byte	0x3f4
	.byte	0x1
	.4byte	0x3eb
	.byte	0x1
	.4byte	0x3e2
	.byte	0xc
	.4byte	0x409
	.8byte	.LBB46
	.8byte	.LBE46-.LBB46
	.byte	0x8
	.4byte	0x40a
	.4byte	.LLST19
	.byte	0xd
	.4byte	0x4e7
	.8byte	.LBB47
	.4byte	.LLRL20
	.byte	0x13
	.byte	0x3
	.4byte	0x501
	.4byte	.LLST21
	.byte	0x3
	.4byte	0x4f8
	.4byte	.LLST22
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x3d4
	.8byte	.LBB51
	.8byte	.LBE51-.LBB51
	.byte	0x2a
	.4byte	0x344
	.byte	0x3
	.4byte	0x3fd
	.4byte	.LLST23
	.byte	0x1
	.4byte	0x3f4
	.byte	0x1
	.4byte	0x3eb
	.byte	0x1
	.4byte	0x3e2
	.byte	0xc
	.4byte	0x409
	.8byte	.LBB52
	.8byte	.LBE52-.LBB52
	.byte	0x8
	.4byte	0x40a
	.4byte	.LLST24
	.byte	0xd
	.4byte	0x454
	.8byte	.LBB53
	.4byte	.LLRL25
	.byte	0x13
	.byte	0x1
	.4byte	0x46b
	.byte	0x1
	.4byte	0x462
	.byte	0
	.byte	0
	.byte	0
	.byte	0x16
	.8byte	.LVL32
	.4byte	0xf8
	.byte	0x9
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0
	.byte	0
	.byte	0x13
	.4byte	0x5b
	.4byte	0x370
	.byte	0x14
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.byte	0xe
	.4byte	.LASF12
	.byte	0x1d
	.4byte	0x5b
	.4byte	0x388
	.byte	0x2
	.string	"x"
	.byte	0x1d
	.byte	0x21
	.4byte	0x5b
	.byte	0
	.byte	0x29
	.4byte	.LASF20
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.byte	0x1
	.4byte	0x3bb
	.byte	0x2
	.string	"v"
	.byte	0x17
	.byte	0x1e
	.4byte	0x3bb
	.byte	0x2
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x54
	.byte	0x2
	.string	"f"
	.byte	0x17
	.byte	0x2f
	.4byte	0x3cf
	.byte	0x17
	.byte	0x18
	.string	"i"
	.byte	0x19
	.4byte	0x54
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x5b
	.byte	0x11
	.4byte	0x5b
	.4byte	0x3cf
	.byte	0x7
	.4byte	0x5b
	.byte	0
	.byte	0x5
	.4byte	0x3c0
	.byte	0xe
	.4byte	.LASF13
	.byte	0x10
	.4byte	0x5b
	.4byte	0x414
	.byte	0x2
	.string	"v"
	.byte	0x10
	.byte	0x1e
	.4byte	0x414
	.byte	0x2
	.string	"n"
	.byte	0x10
	.byte	0x25
	.4byte	0x54
	.byte	0x2
	.string	"f"
	.byte	0x10
	.byte	0x2e
	.4byte	0x73
	.byte	0x2a
	.4byte	.LASF11
	.byte	0x1
	.byte	0x10
	.byte	0x36
	.4byte	0x5b
	.byte	0x17
	.byte	0x18
	.string	"i"
	.byte	0x12
	.4byte	0x54
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x62
	.byte	0x2b
	.4byte	.LASF15
	.byte	0x1
	.byte	0xa
	.byte	0xd
	.4byte	0x5b
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x454
	.byte	0xf
	.string	"a"
	.byte	0xa
	.byte	0x17
	.4byte	0x5b
	.4byte	.LLST4
	.byte	0x10
	.string	"b"
	.byte	0xa
	.byte	0x1f
	.4byte	0x5b
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0xe
	.4byte	.LASF14
	.byte	0x9
	.4byte	0x5b
	.4byte	0x475
	.byte	0x2
	.string	"a"
	.byte	0x9
	.byte	0x17
	.4byte	0x5b
	.byte	0x2
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x5b
	.byte	0
	.byte	0x19
	.string	"mul"
	.byte	0x8
	.4byte	0x5b
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x4ae
	.byte	0xf
	.string	"a"
	.byte	0x8
	.byte	0x16
	.4byte	0x5b
	.4byte	.LLST2
	.byte	0x10
	.string	"b"
	.byte	0x8
	.byte	0x1e
	.4byte	0x5b
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x19
	.string	"sub"
	.byte	0x7
	.4byte	0x5b
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x4e7
	.byte	0xf
	.string	"a"
	.byte	0x7
	.byte	0x16
	.4byte	0x5b
	.4byte	.LLST1
	.byte	0x10
	.string	"b"
	.byte	0x7
	.byte	0x1e
	.4byte	0x5b
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x2c
	.string	"add"
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x5b
	.byte	0x1
	.4byte	0x50b
	.byte	0x2
	.string	"a"
	.byte	0x6
	.byte	0x16
	.4byte	0x5b
	.byte	0x2
	.string	"b"
	.byte	0x6
	.byte	0x1e
	.4byte	0x5b
	.byte	0
	.byte	0x2d
	.4byte	0x4e7
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.4byte	0x537
	.byte	0x3
	.4byte	0x4f8
	.4byte	.LLST0
	.byte	0x1a
	.4byte	0x501
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x2e
	.4byte	0x454
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.4byte	0x462
	.4byte	.LLST3
	.byte	0x1a
	.4byte	0x46b
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2
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
	.byte	0x5
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0x21
	.byte	0x5
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
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
	.byte	0x10
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xd
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
	.byte	0xf
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x15
	.byte	0x1
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xc
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x15
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
	.byte	0x16
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x21
	.byte	0xe
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0xd
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
	.byte	0x1a
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1c
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
	.byte	0x1d
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
	.byte	0x1e
	.byte	0x13
	.byte	0x1
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
	.byte	0x1f
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x21
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x23
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
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x24
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x25
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x26
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x27
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x28
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x29
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
	.byte	0x2a
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
	.byte	0x2b
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
	.byte	0x2c
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2d
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.byte	0x2e
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LLST5:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL34
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL18
	.byte	0x15
	.byte	0x87
	.byte	0
	.byte	0x3
	.8byte	ops
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x48
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL20
	.byte	0x15
	.byte	0x87
	.byte	0
	.byte	0x3
	.8byte	ops+24
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x48
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL33
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x2
	.byte	0x38
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x1
	.byte	0x52
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0xb
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0xb
	.byte	0x79
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0xb
	.byte	0x7e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0xb
	.byte	0x7e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x2
	.byte	0x7f
	.byte	0
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL31
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0xb
	.byte	0x85
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0xb
	.byte	0x85
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x98,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LFE15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE12
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE14
	.byte	0x1
	.byte	0x5f
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
	.8byte	.LFB19
	.8byte	.LFE19-.LFB19
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
.LLRL6:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0
.LLRL25:
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0x6
	.8byte	.LBB56
	.8byte	.LBE56
	.byte	0
.LLRL26:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB19
	.8byte	.LFE19
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF7:
	.string	"short int"
.LASF14:
	.string	"maxi"
.LASF19:
	.string	"main"
.LASF15:
	.string	"xor_"
.LASF8:
	.string	"long int"
.LASF18:
	.string	"printf"
.LASF10:
	.string	"name"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF20:
	.string	"apply_each"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF11:
	.string	"init"
.LASF12:
	.string	"square_minus_3"
.LASF2:
	.string	"long unsigned int"
.LASF16:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF13:
	.string	"fold"
.LASF17:
	.string	"binop"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/function_pointers.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
