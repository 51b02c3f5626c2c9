	.file	"gcd_lcm.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/gcd_lcm.c"
	.align	1
	.type	gcd, @function
gcd:
.LFB6:
	.file 1 "programs/gcd_lcm.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	.loc 1 7 11
	j	.L2
.L3:
.LBB2:
	.loc 1 8 23
	ld	a4,-40(s0)
	ld	a5,-48(s0)
	remu	a5,a4,a5
	sd	a5,-24(s0)
	.loc 1 9 11
	ld	a5,-48(s0)
	sd	a5,-40(s0)
	.loc 1 10 11
	ld	a5,-24(s0)
	sd	a5,-48(s0)
.L2:
.LBE2:
	.loc 1 7 12
	ld	a5,-48(s0)
	bne	a5,zero,.L3
	.loc 1 12 12
	ld	a5,-40(s0)
	.loc 1 13 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	gcd, .-gcd
	.align	1
	.type	ext_gcd, @function
ext_gcd:
.LFB7:
	.loc 1 16 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	sd	a0,-56(s0)
	sd	a1,-64(s0)
	sd	a2,-72(s0)
	sd	a3,-80(s0)
	.loc 1 17 8
	ld	a5,-64(s0)
	bne	a5,zero,.L6
	.loc 1 18 12
	ld	a5,-72(s0)
	li	a4,1
	sd	a4,0(a5)
	.loc 1 19 12
	ld	a5,-80(s0)
	sd	zero,0(a5)
	.loc 1 20 16
	ld	a5,-56(s0)
	j	.L8
.L6:
	.loc 1 23 14
	ld	a4,-56(s0)
	ld	a5,-64(s0)
	rem	a5,a4,a5
	addi	a3,s0,-40
	addi	a4,s0,-32
	mv	a2,a4
	mv	a1,a5
	ld	a0,-64(s0)
	call	ext_gcd
	sd	a0,-24(s0)
	.loc 1 24 8
	ld	a4,-40(s0)
	ld	a5,-72(s0)
	sd	a4,0(a5)
	.loc 1 25 13
	ld	a4,-32(s0)
	.loc 1 25 18
	ld	a3,-56(s0)
	ld	a5,-64(s0)
	div	a3,a3,a5
	.loc 1 25 23
	ld	a5,-40(s0)
	mul	a5,a3,a5
	.loc 1 25 13
	sub	a4,a4,a5
	.loc 1 25 8
	ld	a5,-80(s0)
	sd	a4,0(a5)
	.loc 1 26 12
	ld	a5,-24(s0)
.L8:
	.loc 1 27 1 discriminator 1
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
.LFE7:
	.size	ext_gcd, .-ext_gcd
	.section	.rodata
	.align	3
.LC1:
	.string	"gcd(%lu,%lu)=%lu lcm=%lu bezout=(%ld,%ld)\n"
	.align	3
.LC2:
	.string	"lcm of firsts %lu, inverse of 65537 mod %lu = %ld\n"
	.align	3
.LC0:
	.dword	12
	.dword	18
	.dword	1071
	.dword	462
	.dword	270
	.dword	192
	.dword	17
	.dword	5
	.dword	1048576
	.dword	12288
	.dword	600851475143
	.dword	6857
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 30 1
	.cfi_startproc
	addi	sp,sp,-208
	.cfi_def_cfa_offset 208
	sd	ra,200(sp)
	sd	s0,192(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,208
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-208(s0)
	sw	a5,-196(s0)
	.loc 1 31 58
	lw	a5,-196(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L10
	.loc 1 31 46 discriminator 1
	ld	a5,-208(s0)
	addi	a5,a5,8
	.loc 1 31 34 discriminator 1
	ld	a5,0(a5)
	li	a2,10
	li	a1,0
	mv	a0,a5
	call	strtoul@plt
	mv	a5,a0
	j	.L11
.L10:
	.loc 1 31 58 discriminator 2
	li	a5,1000001536
	addi	a5,a5,-1529
.L11:
	.loc 1 31 19 discriminator 4
	sd	a5,-40(s0)
	.loc 1 32 19 discriminator 4
	lla	a5,.LC0
	ld	t5,0(a5)
	ld	t4,8(a5)
	ld	t3,16(a5)
	ld	t1,24(a5)
	ld	a7,32(a5)
	ld	a6,40(a5)
	ld	a0,48(a5)
	ld	a1,56(a5)
	ld	a2,64(a5)
	ld	a3,72(a5)
	ld	a4,80(a5)
	ld	a5,88(a5)
	sd	t5,-160(s0)
	sd	t4,-152(s0)
	sd	t3,-144(s0)
	sd	t1,-136(s0)
	sd	a7,-128(s0)
	sd	a6,-120(s0)
	sd	a0,-112(s0)
	sd	a1,-104(s0)
	sd	a2,-96(s0)
	sd	a3,-88(s0)
	sd	a4,-80(s0)
	sd	a5,-72(s0)
	.loc 1 33 19 discriminator 4
	li	a5,1
	sd	a5,-24(s0)
.LBB3:
	.loc 1 34 14 discriminator 4
	sw	zero,-28(s0)
	.loc 1 34 5 discriminator 4
	j	.L12
.L14:
.LBB4:
	.loc 1 35 23
	lw	a5,-28(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a5,-144(a5)
	sd	a5,-48(s0)
	.loc 1 35 40
	lw	a5,-28(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a5,-136(a5)
	sd	a5,-56(s0)
	.loc 1 36 27
	ld	a1,-56(s0)
	ld	a0,-48(s0)
	call	gcd
	sd	a0,-64(s0)
	.loc 1 38 9
	ld	a5,-48(s0)
	ld	a4,-56(s0)
	addi	a3,s0,-192
	addi	a2,s0,-184
	mv	a1,a4
	mv	a0,a5
	call	ext_gcd
	.loc 1 39 74
	ld	a4,-48(s0)
	ld	a5,-64(s0)
	divu	a4,a4,a5
	.loc 1 39 9
	ld	a5,-56(s0)
	mul	a4,a4,a5
	ld	a5,-184(s0)
	ld	a3,-192(s0)
	mv	a6,a3
	ld	a3,-64(s0)
	ld	a2,-56(s0)
	ld	a1,-48(s0)
	lla	a0,.LC1
	call	printf@plt
	.loc 1 40 12
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,3
	bgt	a4,a5,.L13
	.loc 1 41 21
	ld	a1,-48(s0)
	ld	a0,-24(s0)
	call	gcd
	mv	a4,a0
	.loc 1 41 19
	ld	a5,-24(s0)
	divu	a5,a5,a4
	.loc 1 41 15
	ld	a4,-48(s0)
	mul	a5,a4,a5
	sd	a5,-24(s0)
.L13:
.LBE4:
	.loc 1 34 29 discriminator 2
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L12:
	.loc 1 34 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L14
.LBE3:
	.loc 1 44 5
	ld	a5,-40(s0)
	addi	a3,s0,-176
	addi	a4,s0,-168
	mv	a2,a4
	mv	a1,a5
	li	a5,65536
	addi	a0,a5,1
	call	ext_gcd
	.loc 1 45 17
	ld	a4,-168(s0)
	.loc 1 45 19
	ld	a5,-40(s0)
	.loc 1 45 17
	rem	a4,a4,a5
	.loc 1 45 30
	ld	a5,-40(s0)
	.loc 1 45 28
	add	a4,a4,a5
	.loc 1 45 41
	ld	a5,-40(s0)
	.loc 1 45 39
	rem	a5,a4,a5
	.loc 1 45 9
	sd	a5,-168(s0)
	.loc 1 46 5
	ld	a5,-168(s0)
	mv	a3,a5
	ld	a2,-40(s0)
	ld	a1,-24(s0)
	lla	a0,.LC2
	call	printf@plt
	.loc 1 47 20
	ld	a4,-24(s0)
	li	a5,97
	remu	a5,a4,a5
	.loc 1 47 12
	sext.w	a5,a5
	.loc 1 48 1
	mv	a0,a5
	ld	ra,200(sp)
	.cfi_restore 1
	ld	s0,192(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 208
	addi	sp,sp,208
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE8:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2ab
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xb
	.4byte	.LASF18
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
	.byte	0xc
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x4
	.4byte	0x6b
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xd
	.4byte	0x6b
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xe
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x9d
	.byte	0x5
	.4byte	0x9d
	.byte	0xf
	.byte	0
	.byte	0x4
	.4byte	0x72
	.byte	0x7
	.4byte	0x9d
	.byte	0x10
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2e
	.4byte	0xc7
	.byte	0x5
	.4byte	0xa2
	.byte	0x5
	.4byte	0xcc
	.byte	0x5
	.4byte	0x58
	.byte	0
	.byte	0x4
	.4byte	0x66
	.byte	0x7
	.4byte	0xc7
	.byte	0x11
	.4byte	.LASF19
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x1c3
	.byte	0x8
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x58
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7e
	.byte	0x8
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc7
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7e
	.byte	0x1
	.string	"m"
	.byte	0x1f
	.byte	0x13
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x9
	.4byte	.LASF16
	.byte	0x20
	.byte	0x13
	.4byte	0x1c3
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0x1
	.string	"l"
	.byte	0x21
	.byte	0x13
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"inv"
	.byte	0x2b
	.byte	0xa
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xd8,0x7e
	.byte	0x9
	.4byte	.LASF17
	.byte	0x2b
	.byte	0xf
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xd0,0x7e
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"a"
	.byte	0x23
	.byte	0x17
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x1
	.string	"b"
	.byte	0x23
	.byte	0x28
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.string	"g"
	.byte	0x24
	.byte	0x17
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x1
	.string	"x"
	.byte	0x25
	.byte	0xe
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7e
	.byte	0x1
	.string	"y"
	.byte	0x25
	.byte	0x11
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	0x2e
	.4byte	0x1d9
	.byte	0xa
	.4byte	0x2e
	.byte	0x5
	.byte	0xa
	.4byte	0x2e
	.byte	0x1
	.byte	0
	.byte	0x13
	.4byte	.LASF20
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x254
	.byte	0x3
	.string	"a"
	.byte	0xf
	.byte	0x1a
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x3
	.string	"b"
	.byte	0xf
	.byte	0x22
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x3
	.string	"x"
	.byte	0xf
	.byte	0x2b
	.4byte	0x254
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x3
	.string	"y"
	.byte	0xf
	.byte	0x34
	.4byte	0x254
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x1
	.string	"x1"
	.byte	0x16
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x1
	.string	"y1"
	.byte	0x16
	.byte	0xe
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"g"
	.byte	0x17
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x4
	.4byte	0x5f
	.byte	0x14
	.string	"gcd"
	.byte	0x1
	.byte	0x5
	.byte	0x16
	.4byte	0x2e
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.string	"a"
	.byte	0x5
	.byte	0x28
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"b"
	.byte	0x5
	.byte	0x39
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"t"
	.byte	0x8
	.byte	0x17
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x68
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x1d
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
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
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"pairs"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"dummy"
.LASF13:
	.string	"strtoul"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF19:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF20:
	.string	"ext_gcd"
.LASF14:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF9:
	.string	"char"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/gcd_lcm.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
