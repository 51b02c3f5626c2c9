	.file	"matrix_mul.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/matrix_mul.c"
	.align	1
	.type	multiply, @function
multiply:
.LFB0:
	.file 1 "programs/matrix_mul.c"
	.loc 1 7 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	s0,72(sp)
	.cfi_offset 8, -8
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	sd	a0,-56(s0)
	sd	a1,-64(s0)
	sd	a2,-72(s0)
.LBB2:
	.loc 1 8 14
	sw	zero,-20(s0)
	.loc 1 8 5
	j	.L2
.L7:
.LBB3:
	.loc 1 9 18
	sw	zero,-24(s0)
	.loc 1 9 9
	j	.L3
.L6:
.LBB4:
	.loc 1 10 18
	sd	zero,-32(s0)
.LBB5:
	.loc 1 11 22
	sw	zero,-36(s0)
	.loc 1 11 13
	j	.L4
.L5:
	.loc 1 12 29 discriminator 3
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	ld	a5,-56(s0)
	add	a4,a5,a4
	.loc 1 12 32 discriminator 3
	lw	a5,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 12 22 discriminator 3
	mv	a3,a5
	.loc 1 12 39 discriminator 3
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	ld	a5,-64(s0)
	add	a4,a5,a4
	.loc 1 12 42 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 12 36 discriminator 3
	mul	a5,a3,a5
	.loc 1 12 19 discriminator 3
	ld	a4,-32(s0)
	add	a5,a4,a5
	sd	a5,-32(s0)
	.loc 1 11 37 discriminator 3
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L4:
	.loc 1 11 31 discriminator 1
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L5
.LBE5:
	.loc 1 13 14 discriminator 2
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,4
	mv	a4,a5
	ld	a5,-72(s0)
	add	a4,a5,a4
	.loc 1 13 21 discriminator 2
	lw	a5,-24(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a4,-32(s0)
	sd	a4,0(a5)
.LBE4:
	.loc 1 9 33 discriminator 2
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L3:
	.loc 1 9 27 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L6
.LBE3:
	.loc 1 8 29 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 8 23 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L7
.LBE2:
	.loc 1 15 1
	nop
	nop
	ld	s0,72(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	multiply, .-multiply
	.align	1
	.type	transpose, @function
transpose:
.LFB1:
	.loc 1 18 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sd	a0,-40(s0)
.LBB6:
	.loc 1 19 14
	sw	zero,-20(s0)
	.loc 1 19 5
	j	.L9
.L12:
.LBB7:
	.loc 1 20 18
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
	.loc 1 20 9
	j	.L10
.L11:
.LBB8:
	.loc 1 21 22 discriminator 3
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	ld	a5,-40(s0)
	add	a4,a5,a4
	.loc 1 21 17 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	.loc 1 22 24 discriminator 3
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	ld	a5,-40(s0)
	add	a2,a5,a4
	.loc 1 22 14 discriminator 3
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	ld	a5,-40(s0)
	add	a3,a5,a4
	.loc 1 22 27 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a2,a5
	lw	a4,0(a5)
	.loc 1 22 21 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	.loc 1 23 14 discriminator 3
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	ld	a5,-40(s0)
	add	a4,a5,a4
	.loc 1 23 21 discriminator 3
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-28(s0)
	sw	a4,0(a5)
.LBE8:
	.loc 1 20 37 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L10:
	.loc 1 20 31 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L11
.LBE7:
	.loc 1 19 29 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L9:
	.loc 1 19 23 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L12
.LBE6:
	.loc 1 25 1
	nop
	nop
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	transpose, .-transpose
	.section	.rodata
	.align	3
.LC0:
	.string	"%6ld"
	.align	3
.LC1:
	.string	"trace %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 28 1
	.cfi_startproc
	addi	sp,sp,-624
	.cfi_def_cfa_offset 624
	sd	ra,616(sp)
	sd	s0,608(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,624
	.cfi_def_cfa 8, 0
.LBB9:
	.loc 1 31 14
	sw	zero,-20(s0)
	.loc 1 31 5
	j	.L14
.L17:
.LBB10:
	.loc 1 32 18
	sw	zero,-24(s0)
	.loc 1 32 9
	j	.L15
.L16:
	.loc 1 33 26 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sext.w	a4,a5
	.loc 1 33 36 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,2
	sext.w	a5,a5
	.loc 1 33 31 discriminator 3
	mulw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 33 41 discriminator 3
	addiw	a5,a5,-7
	sext.w	a3,a5
	.loc 1 33 21 discriminator 3
	lw	a2,-24(s0)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,1
	add	a5,a5,a2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a3,-168(a5)
	.loc 1 34 26 discriminator 3
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	xor	a5,a4,a5
	sext.w	a5,a5
	.loc 1 34 31 discriminator 3
	addiw	a5,a5,-3
	sext.w	a3,a5
	.loc 1 34 21 discriminator 3
	lw	a2,-24(s0)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,1
	add	a5,a5,a2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a3,-312(a5)
	.loc 1 32 33 discriminator 3
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L15:
	.loc 1 32 27 discriminator 1
	lw	a5,-24(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L16
.LBE10:
	.loc 1 31 29 discriminator 2
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L14:
	.loc 1 31 23 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L17
.LBE9:
	.loc 1 36 5
	addi	a5,s0,-328
	mv	a0,a5
	call	transpose
	.loc 1 37 5
	addi	a3,s0,-616
	addi	a4,s0,-328
	addi	a5,s0,-184
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	multiply
	.loc 1 38 10
	sd	zero,-32(s0)
.LBB11:
	.loc 1 39 14
	sw	zero,-36(s0)
	.loc 1 39 5
	j	.L18
.L21:
.LBB12:
	.loc 1 40 18
	sw	zero,-40(s0)
	.loc 1 40 9
	j	.L19
.L20:
	.loc 1 41 13 discriminator 3
	lw	a3,-40(s0)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,1
	add	a5,a5,a3
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a5,-600(a5)
	mv	a1,a5
	lla	a0,.LC0
	call	printf@plt
	.loc 1 40 33 discriminator 3
	lw	a5,-40(s0)
	addiw	a5,a5,1
	sw	a5,-40(s0)
.L19:
	.loc 1 40 27 discriminator 1
	lw	a5,-40(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L20
.LBE12:
	.loc 1 42 9 discriminator 2
	li	a0,10
	call	putchar@plt
	.loc 1 43 22 discriminator 2
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,3
	sub	a5,a5,a4
	slli	a5,a5,3
	addi	a5,a5,-16
	add	a5,a5,s0
	ld	a5,-600(a5)
	.loc 1 43 15 discriminator 2
	ld	a4,-32(s0)
	add	a5,a4,a5
	sd	a5,-32(s0)
	.loc 1 39 29 discriminator 2
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L18:
	.loc 1 39 23 discriminator 1
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L21
.LBE11:
	.loc 1 45 5
	ld	a1,-32(s0)
	lla	a0,.LC1
	call	printf@plt
	.loc 1 46 12
	ld	a5,-32(s0)
	sext.w	a5,a5
	andi	a5,a5,127
	sext.w	a5,a5
	.loc 1 47 1
	mv	a0,a5
	ld	ra,616(sp)
	.cfi_restore 1
	ld	s0,608(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 624
	addi	sp,sp,624
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2ee
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF13
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
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xb
	.4byte	0x66
	.byte	0xc
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x8a
	.byte	0xd
	.4byte	0x8a
	.byte	0xe
	.byte	0
	.byte	0x7
	.4byte	0x6d
	.byte	0xf
	.4byte	.LASF15
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x164
	.byte	0x1
	.string	"a"
	.byte	0x1d
	.byte	0x9
	.4byte	0x164
	.byte	0x3
	.byte	0x91
	.byte	0xc8,0x7e
	.byte	0x1
	.string	"b"
	.byte	0x1d
	.byte	0x12
	.4byte	0x164
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7d
	.byte	0x1
	.string	"c"
	.byte	0x1e
	.byte	0xa
	.4byte	0x178
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7b
	.byte	0x10
	.4byte	.LASF10
	.byte	0x1
	.byte	0x26
	.byte	0xa
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x11
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.4byte	0x127
	.byte	0x1
	.string	"i"
	.byte	0x1f
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.8byte	.LBB10
	.8byte	.LBE10-.LBB10
	.byte	0x1
	.string	"j"
	.byte	0x20
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x2
	.8byte	.LBB11
	.8byte	.LBE11-.LBB11
	.byte	0x1
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.8byte	.LBB12
	.8byte	.LBE12-.LBB12
	.byte	0x1
	.string	"j"
	.byte	0x28
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x58
	.4byte	0x178
	.byte	0x4
	.4byte	0x2e
	.byte	0x4
	.4byte	0x2e
	.byte	0
	.byte	0x5
	.4byte	0x5f
	.4byte	0x18c
	.byte	0x4
	.4byte	0x2e
	.byte	0x4
	.4byte	0x2e
	.byte	0
	.byte	0x8
	.4byte	.LASF11
	.byte	0x11
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x20f
	.byte	0x6
	.string	"m"
	.byte	0x11
	.byte	0x1b
	.4byte	0x21e
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0x1
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.byte	0x1
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.byte	0x1
	.string	"t"
	.byte	0x15
	.byte	0x11
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x58
	.4byte	0x21e
	.byte	0x4
	.4byte	0x2e
	.byte	0
	.byte	0x7
	.4byte	0x20f
	.byte	0x8
	.4byte	.LASF12
	.byte	0x6
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x2dd
	.byte	0x6
	.string	"a"
	.byte	0x6
	.byte	0x1a
	.4byte	0x21e
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x6
	.string	"b"
	.byte	0x6
	.byte	0x27
	.4byte	0x21e
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x6
	.string	"c"
	.byte	0x6
	.byte	0x35
	.4byte	0x2ec
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x2
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x1
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"j"
	.byte	0x9
	.byte	0x12
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"s"
	.byte	0xa
	.byte	0x12
	.4byte	0x5f
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x2
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"k"
	.byte	0xb
	.byte	0x16
	.4byte	0x58
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x5f
	.4byte	0x2ec
	.byte	0x4
	.4byte	0x2e
	.byte	0
	.byte	0x7
	.4byte	0x2dd
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x21
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0xd
	.byte	0x5
	.byte	0
	.byte	0x49
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
	.byte	0x11
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
.LASF13:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF10:
	.string	"trace"
.LASF12:
	.string	"multiply"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF11:
	.string	"transpose"
.LASF15:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF2:
	.string	"long unsigned int"
.LASF14:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/matrix_mul.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
