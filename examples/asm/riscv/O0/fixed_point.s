	.file	"fixed_point.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/fixed_point.c"
	.align	1
	.type	fix_mul, @function
fix_mul:
.LFB0:
	.file 1 "programs/fixed_point.c"
	.loc 1 8 34
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sw	a5,-20(s0)
	mv	a5,a4
	sw	a5,-24(s0)
	.loc 1 8 50
	lw	a4,-20(s0)
	.loc 1 8 61
	lw	a5,-24(s0)
	mul	a5,a4,a5
	.loc 1 8 66
	srai	a5,a5,16
	.loc 1 8 43
	sext.w	a5,a5
	.loc 1 8 74
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	fix_mul, .-fix_mul
	.align	1
	.type	fix_div, @function
fix_div:
.LFB1:
	.loc 1 9 34
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sw	a5,-20(s0)
	mv	a5,a4
	sw	a5,-24(s0)
	.loc 1 9 50
	lw	a5,-20(s0)
	.loc 1 9 61
	slli	a4,a5,16
	.loc 1 9 68
	lw	a5,-24(s0)
	div	a5,a4,a5
	.loc 1 9 43
	sext.w	a5,a5
	.loc 1 9 74
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	fix_div, .-fix_div
	.align	1
	.type	fix_sqrt, @function
fix_sqrt:
.LFB2:
	.loc 1 12 1
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
	sw	a5,-36(s0)
	.loc 1 13 8
	lw	a5,-36(s0)
	sext.w	a5,a5
	bgt	a5,zero,.L6
	.loc 1 14 16
	li	a5,0
	j	.L7
.L6:
	.loc 1 15 29
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,65536
	ble	a4,a5,.L8
	.loc 1 15 29 is_stmt 0 discriminator 1
	lw	a5,-36(s0)
	srliw	a4,a5,31
	addw	a5,a4,a5
	sraiw	a5,a5,1
	sext.w	a5,a5
	j	.L9
.L8:
	.loc 1 15 29 discriminator 2
	li	a5,65536
.L9:
	.loc 1 15 9 is_stmt 1 discriminator 4
	sw	a5,-20(s0)
.LBB2:
	.loc 1 16 14 discriminator 4
	sw	zero,-24(s0)
	.loc 1 16 5 discriminator 4
	j	.L10
.L11:
	.loc 1 17 18 discriminator 3
	lw	a4,-20(s0)
	lw	a5,-36(s0)
	mv	a1,a4
	mv	a0,a5
	call	fix_div
	mv	a5,a0
	.loc 1 17 16 discriminator 3
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 17 11 discriminator 3
	srliw	a4,a5,31
	addw	a5,a4,a5
	sraiw	a5,a5,1
	sw	a5,-20(s0)
	.loc 1 16 30 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L10:
	.loc 1 16 23 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,19
	ble	a4,a5,.L11
.LBE2:
	.loc 1 18 12
	lw	a5,-20(s0)
.L7:
	.loc 1 19 1
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
.LFE2:
	.size	fix_sqrt, .-fix_sqrt
	.section	.rodata
	.align	3
.LC0:
	.string	"-"
	.align	3
.LC1:
	.string	""
	.align	3
.LC2:
	.string	"%s = %s%lld.%04lld\n"
	.text
	.align	1
	.type	print_fix, @function
print_fix:
.LFB3:
	.loc 1 22 1
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
	mv	a5,a1
	sw	a5,-44(s0)
	.loc 1 23 23
	lw	a4,-44(s0)
	.loc 1 23 34
	li	a5,8192
	addi	a5,a5,1808
	mul	a5,a4,a5
	.loc 1 23 13
	srai	a3,a5,63
	li	a4,65536
	addi	a4,a4,-1
	and	a4,a3,a4
	add	a5,a4,a5
	srai	a5,a5,16
	sd	a5,-24(s0)
	.loc 1 24 22
	ld	a5,-24(s0)
	srli	a5,a5,63
	andi	a5,a5,0xff
	.loc 1 24 9
	sw	a5,-28(s0)
	.loc 1 25 8
	lw	a5,-28(s0)
	sext.w	a5,a5
	beq	a5,zero,.L13
	.loc 1 26 16
	ld	a5,-24(s0)
	neg	a5,a5
	sd	a5,-24(s0)
.L13:
	.loc 1 27 5
	lw	a5,-28(s0)
	sext.w	a5,a5
	beq	a5,zero,.L14
	.loc 1 27 5 is_stmt 0 discriminator 1
	lla	a5,.LC0
	j	.L15
.L14:
	.loc 1 27 5 discriminator 2
	lla	a5,.LC1
.L15:
	.loc 1 27 77 is_stmt 1 discriminator 4
	ld	a3,-24(s0)
	li	a4,8192
	addi	a4,a4,1808
	div	a2,a3,a4
	.loc 1 27 106 discriminator 4
	ld	a3,-24(s0)
	li	a4,8192
	addi	a4,a4,1808
	rem	a4,a3,a4
	.loc 1 27 5 discriminator 4
	mv	a3,a2
	mv	a2,a5
	ld	a1,-40(s0)
	lla	a0,.LC2
	call	printf@plt
	.loc 1 28 1 discriminator 4
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
.LFE3:
	.size	print_fix, .-print_fix
	.section	.rodata
	.align	3
.LC3:
	.string	"a"
	.align	3
.LC4:
	.string	"b"
	.align	3
.LC5:
	.string	"a*b"
	.align	3
.LC6:
	.string	"a/b"
	.align	3
.LC7:
	.string	"sqrt(a)"
	.align	3
.LC8:
	.string	"sqrt(2)"
	.align	3
.LC9:
	.string	"geometric sum"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 31 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	ra,40(sp)
	sd	s0,32(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	.loc 1 32 9
	li	a5,212992
	sw	a5,-32(s0)
	.loc 1 33 9
	li	a5,-139264
	sw	a5,-36(s0)
	.loc 1 34 5
	lw	a5,-32(s0)
	mv	a1,a5
	lla	a0,.LC3
	call	print_fix
	.loc 1 35 5
	lw	a5,-36(s0)
	mv	a1,a5
	lla	a0,.LC4
	call	print_fix
	.loc 1 36 5
	lw	a4,-36(s0)
	lw	a5,-32(s0)
	mv	a1,a4
	mv	a0,a5
	call	fix_mul
	mv	a5,a0
	mv	a1,a5
	lla	a0,.LC5
	call	print_fix
	.loc 1 37 5
	lw	a4,-36(s0)
	lw	a5,-32(s0)
	mv	a1,a4
	mv	a0,a5
	call	fix_div
	mv	a5,a0
	mv	a1,a5
	lla	a0,.LC6
	call	print_fix
	.loc 1 38 5
	lw	a5,-32(s0)
	mv	a0,a5
	call	fix_sqrt
	mv	a5,a0
	mv	a1,a5
	lla	a0,.LC7
	call	print_fix
	.loc 1 39 5
	li	a0,131072
	call	fix_sqrt
	mv	a5,a0
	mv	a1,a5
	lla	a0,.LC8
	call	print_fix
	.loc 1 40 9
	li	a5,65536
	sw	a5,-20(s0)
	.loc 1 40 18
	sw	zero,-24(s0)
.LBB3:
	.loc 1 41 14
	sw	zero,-28(s0)
	.loc 1 41 5
	j	.L17
.L18:
	.loc 1 42 13 discriminator 3
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-20(s0)
	addw	a5,a4,a5
	sw	a5,-24(s0)
	.loc 1 43 13 discriminator 3
	lw	a5,-20(s0)
	li	a1,49152
	mv	a0,a5
	call	fix_mul
	mv	a5,a0
	sw	a5,-20(s0)
	.loc 1 41 30 discriminator 3
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L17:
	.loc 1 41 23 discriminator 1
	lw	a5,-28(s0)
	sext.w	a4,a5
	li	a5,9
	ble	a4,a5,.L18
.LBE3:
	.loc 1 45 5
	lw	a5,-24(s0)
	mv	a1,a5
	lla	a0,.LC9
	call	print_fix
	.loc 1 46 13
	li	a0,1048576
	call	fix_sqrt
	mv	a5,a0
	.loc 1 46 32
	sraiw	a5,a5,16
	sext.w	a5,a5
	.loc 1 46 39
	andi	a5,a5,255
	sext.w	a5,a5
	.loc 1 47 1
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
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x25e
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x6
	.4byte	.LASF20
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
	.byte	0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x64
	.byte	0x7
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x77
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.byte	0x8
	.4byte	0x7e
	.byte	0x4
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x58
	.byte	0x4
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x6b
	.byte	0x9
	.string	"fix"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x8a
	.byte	0xa
	.4byte	.LASF21
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xc6
	.byte	0xb
	.4byte	0xc6
	.byte	0xc
	.byte	0
	.byte	0xd
	.byte	0x8
	.4byte	0x85
	.byte	0xe
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x13f
	.byte	0x2
	.string	"a"
	.byte	0x20
	.byte	0x9
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x2
	.string	"b"
	.byte	0x21
	.byte	0x9
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"x"
	.byte	0x28
	.byte	0x9
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.string	"sum"
	.byte	0x28
	.byte	0x12
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x2
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF18
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x196
	.byte	0x10
	.4byte	.LASF14
	.byte	0x1
	.byte	0x15
	.byte	0x23
	.4byte	0xc6
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.string	"v"
	.byte	0x15
	.byte	0x2d
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x11
	.4byte	.LASF15
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.4byte	0x96
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"neg"
	.byte	0x18
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0xb
	.byte	0xc
	.4byte	0xa2
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1ef
	.byte	0x3
	.string	"x"
	.byte	0xb
	.byte	0x19
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"r"
	.byte	0xf
	.byte	0x9
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x5
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x2
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x13
	.4byte	.LASF17
	.byte	0x1
	.byte	0x9
	.byte	0xc
	.4byte	0xa2
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x22a
	.byte	0x3
	.string	"a"
	.byte	0x9
	.byte	0x18
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x14
	.4byte	.LASF19
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0xa2
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.string	"a"
	.byte	0x8
	.byte	0x18
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.string	"b"
	.byte	0x8
	.byte	0x1f
	.4byte	0xa2
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
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x7
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
	.byte	0x8
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x16
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
	.byte	0xa
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
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
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
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x34
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
	.byte	0x18
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
	.byte	0x7c
	.byte	0x19
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
	.byte	0x7a
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
.LASF13:
	.string	"int64_t"
.LASF8:
	.string	"__int32_t"
.LASF19:
	.string	"fix_mul"
.LASF16:
	.string	"fix_sqrt"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"__int64_t"
.LASF7:
	.string	"short int"
.LASF22:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"char"
.LASF12:
	.string	"int32_t"
.LASF20:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF15:
	.string	"scaled"
.LASF14:
	.string	"name"
.LASF21:
	.string	"printf"
.LASF18:
	.string	"print_fix"
.LASF17:
	.string	"fix_div"
.LASF10:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/fixed_point.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
