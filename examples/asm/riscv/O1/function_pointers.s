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
	mv	a5,a0
	mv	a0,a1
.LVL7:
	.loc 1 9 36
	.loc 1 9 53 is_stmt 0
	bge	a1,a5,.L5
	mv	a0,a5
.L5:
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
	.align	1
	.type	fold, @function
fold:
.LFB16:
	.loc 1 17 1 is_stmt 1
	.cfi_startproc
.LVL10:
	.loc 1 18 5
.LBB2:
	.loc 1 18 10
	.loc 1 18 23
	ble	a1,zero,.L10
.LBE2:
	.loc 1 17 1 is_stmt 0
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
	mv	s2,a2
	mv	s0,a0
	slli	a1,a1,3
.LVL11:
	add	s1,a0,a1
.LBB3:
	.loc 1 18 23
	mv	a0,a3
.LVL12:
.L9:
	.loc 1 19 9 is_stmt 1 discriminator 3
	.loc 1 19 16 is_stmt 0 discriminator 3
	ld	a1,0(s0)
	jalr	s2
.LVL13:
	.loc 1 18 29 is_stmt 1 discriminator 3
	.loc 1 18 23 discriminator 3
	addi	s0,s0,8
.LVL14:
	bne	s0,s1,.L9
.LBE3:
	.loc 1 21 1 is_stmt 0
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
.LVL15:
	ld	s1,8(sp)
	.cfi_restore 9
	ld	s2,0(sp)
	.cfi_restore 18
.LVL16:
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL17:
.L10:
.LBB4:
	.loc 1 18 23
	mv	a0,a3
.LVL18:
.LBE4:
	.loc 1 20 5 is_stmt 1
	.loc 1 21 1 is_stmt 0
	ret
	.cfi_endproc
.LFE16:
	.size	fold, .-fold
	.align	1
	.type	square_minus_3, @function
square_minus_3:
.LFB18:
	.loc 1 29 36 is_stmt 1
	.cfi_startproc
.LVL19:
	.loc 1 29 38
	.loc 1 29 47 is_stmt 0
	mul	a0,a0,a0
.LVL20:
	.loc 1 29 56
	addi	a0,a0,-3
	ret
	.cfi_endproc
.LFE18:
	.size	square_minus_3, .-square_minus_3
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"%-8s %ld\n"
	.align	3
.LC2:
	.string	"after map: sum %ld max %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB19:
	.loc 1 32 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
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
	sd	a7,0(sp)
	sd	a6,8(sp)
	sd	a0,16(sp)
	sd	a1,24(sp)
	sd	a2,32(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	.loc 1 34 5 is_stmt 1
.LVL21:
	.loc 1 35 5
	.loc 1 36 5
.LBB10:
	.loc 1 36 10
	.loc 1 36 28
	lla	s0,.LANCHOR1
	lla	s5,.LANCHOR1+120
.LBE10:
	.loc 1 35 10 is_stmt 0
	li	s2,0
.LBB12:
.LBB11:
	.loc 1 37 18
	mv	s4,sp
	.loc 1 38 9
	lla	s3,.LC1
.LVL22:
.L18:
	.loc 1 37 9 is_stmt 1 discriminator 3
	.loc 1 37 18 is_stmt 0 discriminator 3
	ld	a3,16(s0)
	ld	a2,8(s0)
	li	a1,8
	mv	a0,s4
	call	fold
.LVL23:
	mv	s1,a0
.LVL24:
	.loc 1 38 9 is_stmt 1 discriminator 3
	mv	a2,a0
	ld	a1,0(s0)
	mv	a0,s3
	call	printf@plt
.LVL25:
	.loc 1 39 9 discriminator 3
	.loc 1 39 13 is_stmt 0 discriminator 3
	add	s2,s2,s1
.LVL26:
.LBE11:
	.loc 1 36 59 is_stmt 1 discriminator 3
	.loc 1 36 28 discriminator 3
	addi	s0,s0,24
.LVL27:
	bne	s0,s5,.L18
.LVL28:
.LBE12:
.LBB13:
.LBB14:
	.loc 1 25 23
	mv	s0,sp
.LVL29:
	addi	s1,sp,64
.LVL30:
.L19:
	.loc 1 26 9
	.loc 1 26 16 is_stmt 0
	ld	a0,0(s0)
	call	square_minus_3
.LVL31:
	.loc 1 26 14
	sd	a0,0(s0)
	.loc 1 25 29 is_stmt 1
.LVL32:
	.loc 1 25 23
	addi	s0,s0,8
.LVL33:
	bne	s0,s1,.L19
.LVL34:
.LBE14:
.LBE13:
	.loc 1 42 5
	li	a3,0
	lla	a2,add
	li	a1,8
	mv	s0,sp
	mv	a0,s0
	call	fold
.LVL35:
	mv	s1,a0
	li	a3,-1000
	lla	a2,maxi
	li	a1,8
	mv	a0,s0
	call	fold
.LVL36:
	mv	a2,a0
	mv	a1,s1
	lla	a0,.LC2
	call	printf@plt
.LVL37:
	.loc 1 43 5
	.loc 1 44 1 is_stmt 0
	andi	a0,s2,127
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	ld	s1,104(sp)
	.cfi_restore 9
	ld	s2,96(sp)
	.cfi_restore 18
.LVL38:
	ld	s3,88(sp)
	.cfi_restore 19
	ld	s4,80(sp)
	.cfi_restore 20
	ld	s5,72(sp)
	.cfi_restore 21
	addi	sp,sp,128
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
	.4byte	0x4b7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x14
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x6
	.4byte	0x5f
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x6
	.4byte	0x6b
	.byte	0x16
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0x10
	.4byte	0x83
	.byte	0x4
	.4byte	0x88
	.byte	0xd
	.4byte	0x5f
	.4byte	0x9c
	.byte	0x7
	.4byte	0x5f
	.byte	0x7
	.4byte	0x5f
	.byte	0
	.byte	0x17
	.byte	0x18
	.byte	0x1
	.byte	0xc
	.byte	0xe
	.4byte	0xc8
	.byte	0xe
	.4byte	.LASF10
	.byte	0x23
	.4byte	0xcd
	.byte	0
	.byte	0x18
	.string	"fn"
	.byte	0x1
	.byte	0xc
	.byte	0x2f
	.4byte	0x77
	.byte	0x8
	.byte	0xe
	.4byte	.LASF11
	.byte	0x38
	.4byte	0x5f
	.byte	0x10
	.byte	0
	.byte	0x6
	.4byte	0x9c
	.byte	0x4
	.4byte	0x72
	.byte	0xf
	.4byte	0xc8
	.4byte	0xe2
	.byte	0x10
	.4byte	0x2e
	.byte	0x4
	.byte	0
	.byte	0x6
	.4byte	0xd2
	.byte	0x11
	.string	"ops"
	.byte	0xc
	.byte	0x40
	.4byte	0xe2
	.byte	0x9
	.byte	0x3
	.8byte	ops
	.byte	0x19
	.4byte	.LASF18
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x114
	.byte	0x7
	.4byte	0xcd
	.byte	0x1a
	.byte	0
	.byte	0x1b
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB19
	.8byte	.LFE19-.LFB19
	.byte	0x1
	.byte	0x9c
	.4byte	0x2a4
	.byte	0x11
	.string	"v"
	.byte	0x21
	.byte	0xa
	.4byte	0x2a4
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x1c
	.string	"n"
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x58
	.byte	0x8
	.byte	0x8
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST12
	.byte	0x1d
	.4byte	.LLRL13
	.4byte	0x1ca
	.byte	0x8
	.string	"i"
	.byte	0x24
	.byte	0x13
	.4byte	0x43
	.4byte	.LLST14
	.byte	0x1e
	.8byte	.LBB11
	.8byte	.LBE11-.LBB11
	.byte	0x8
	.string	"r"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.4byte	.LLST15
	.byte	0x9
	.8byte	.LVL23
	.4byte	0x32d
	.4byte	0x1ae
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x38
	.byte	0
	.byte	0x12
	.8byte	.LVL25
	.4byte	0xfc
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.4byte	0x2e2
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.byte	0x1
	.byte	0x29
	.byte	0x5
	.4byte	0x222
	.byte	0xa
	.4byte	0x2ff
	.byte	0xa
	.4byte	0x2f7
	.byte	0xa
	.4byte	0x2ef
	.byte	0x20
	.4byte	0x307
	.8byte	.LBB14
	.8byte	.LBE14-.LBB14
	.byte	0x21
	.4byte	0x308
	.4byte	.LLST16
	.byte	0x22
	.8byte	.LVL31
	.4byte	0x2b4
	.byte	0
	.byte	0
	.byte	0x9
	.8byte	.LVL35
	.4byte	0x32d
	.4byte	0x251
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x38
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x9
	.byte	0x3
	.8byte	add
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0x9
	.8byte	.LVL36
	.4byte	0x32d
	.4byte	0x282
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x38
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x9
	.byte	0x3
	.8byte	maxi
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0xb
	.2byte	0xfc18
	.byte	0
	.byte	0x12
	.8byte	.LVL37
	.4byte	0xfc
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
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x5f
	.4byte	0x2b4
	.byte	0x10
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0xb
	.4byte	.LASF12
	.byte	0x1d
	.4byte	0x5f
	.8byte	.LFB18
	.8byte	.LFE18-.LFB18
	.byte	0x1
	.byte	0x9c
	.4byte	0x2e2
	.byte	0x2
	.string	"x"
	.byte	0x1d
	.byte	0x21
	.4byte	0x5f
	.4byte	.LLST11
	.byte	0
	.byte	0x23
	.4byte	.LASF20
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.byte	0x1
	.4byte	0x314
	.byte	0xc
	.string	"v"
	.byte	0x1e
	.4byte	0x314
	.byte	0xc
	.string	"n"
	.byte	0x25
	.4byte	0x58
	.byte	0xc
	.string	"f"
	.byte	0x2f
	.4byte	0x328
	.byte	0x24
	.byte	0x25
	.string	"i"
	.byte	0x1
	.byte	0x19
	.byte	0xe
	.4byte	0x58
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x5f
	.byte	0xd
	.4byte	0x5f
	.4byte	0x328
	.byte	0x7
	.4byte	0x5f
	.byte	0
	.byte	0x4
	.4byte	0x319
	.byte	0x26
	.4byte	.LASF13
	.byte	0x1
	.byte	0x10
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.byte	0x1
	.byte	0x9c
	.4byte	0x39a
	.byte	0x2
	.string	"v"
	.byte	0x10
	.byte	0x1e
	.4byte	0x39a
	.4byte	.LLST5
	.byte	0x2
	.string	"n"
	.byte	0x10
	.byte	0x25
	.4byte	0x58
	.4byte	.LLST6
	.byte	0x2
	.string	"f"
	.byte	0x10
	.byte	0x2e
	.4byte	0x77
	.4byte	.LLST7
	.byte	0x27
	.4byte	.LASF11
	.byte	0x1
	.byte	0x10
	.byte	0x36
	.4byte	0x5f
	.4byte	.LLST8
	.byte	0x28
	.4byte	.LLRL9
	.byte	0x8
	.string	"i"
	.byte	0x12
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST10
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x66
	.byte	0xb
	.4byte	.LASF14
	.byte	0xa
	.4byte	0x5f
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x3d8
	.byte	0x2
	.string	"a"
	.byte	0xa
	.byte	0x17
	.4byte	0x5f
	.4byte	.LLST4
	.byte	0x5
	.string	"b"
	.byte	0xa
	.byte	0x1f
	.4byte	0x5f
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0xb
	.4byte	.LASF15
	.byte	0x9
	.4byte	0x5f
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x411
	.byte	0x2
	.string	"a"
	.byte	0x9
	.byte	0x17
	.4byte	0x5f
	.4byte	.LLST3
	.byte	0x5
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x5f
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x13
	.string	"mul"
	.byte	0x8
	.4byte	0x5f
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x44a
	.byte	0x2
	.string	"a"
	.byte	0x8
	.byte	0x16
	.4byte	0x5f
	.4byte	.LLST2
	.byte	0x5
	.string	"b"
	.byte	0x8
	.byte	0x1e
	.4byte	0x5f
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x13
	.string	"sub"
	.byte	0x7
	.4byte	0x5f
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x483
	.byte	0x2
	.string	"a"
	.byte	0x7
	.byte	0x16
	.4byte	0x5f
	.4byte	.LLST1
	.byte	0x5
	.string	"b"
	.byte	0x7
	.byte	0x1e
	.4byte	0x5f
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x29
	.string	"add"
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.string	"a"
	.byte	0x6
	.byte	0x16
	.4byte	0x5f
	.4byte	.LLST0
	.byte	0x5
	.string	"b"
	.byte	0x6
	.byte	0x1e
	.4byte	0x5f
	.byte	0x1
	.byte	0x5b
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
	.byte	0x3
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
	.byte	0x9
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
	.byte	0xa
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x17
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0xf
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1d
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1e
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x20
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
	.byte	0x21
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x22
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x23
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
	.byte	0x24
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x25
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
	.byte	0x26
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
	.byte	0x27
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
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x28
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x29
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
.LLST12:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL38
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL26
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	ops
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x48
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	ops
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x48
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL29
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	ops+24
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x48
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0xb
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x1
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0xc
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x78
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LFE18
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LFE16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL17
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE16
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL16
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE16
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE16
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x9
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0xb
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE16
	.byte	0x2
	.byte	0x30
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
.LLRL9:
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF7:
	.string	"short int"
.LASF15:
	.string	"maxi"
.LASF19:
	.string	"main"
.LASF14:
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
