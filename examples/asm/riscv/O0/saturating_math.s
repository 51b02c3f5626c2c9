	.file	"saturating_math.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/saturating_math.c"
	.align	1
	.type	sat_add8, @function
sat_add8:
.LFB0:
	.file 1 "programs/saturating_math.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sb	a5,-33(s0)
	mv	a5,a4
	sb	a5,-34(s0)
	.loc 1 7 15
	lb	a5,-33(s0)
	sext.w	a4,a5
	lb	a5,-34(s0)
	sext.w	a5,a5
	.loc 1 7 9
	addw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 8 12
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,127
	bgt	a4,a5,.L2
	.loc 1 8 12 is_stmt 0 discriminator 1
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,-128
	blt	a4,a5,.L3
	.loc 1 8 12 discriminator 3
	lw	a5,-20(s0)
	slliw	a5,a5,24
	sraiw	a5,a5,24
	j	.L5
.L3:
	.loc 1 8 12 discriminator 4
	li	a5,-128
	j	.L5
.L2:
	.loc 1 8 12 discriminator 2
	li	a5,127
.L5:
	.loc 1 9 1 is_stmt 1 discriminator 8
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	sat_add8, .-sat_add8
	.align	1
	.type	sat_mul16, @function
sat_mul16:
.LFB1:
	.loc 1 12 1
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,40(sp)
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sh	a5,-34(s0)
	mv	a5,a4
	sh	a5,-36(s0)
	.loc 1 13 17
	lh	a5,-34(s0)
	sext.w	a4,a5
	.loc 1 13 28
	lh	a5,-36(s0)
	sext.w	a5,a5
	.loc 1 13 13
	mulw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 14 8
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,32768
	blt	a4,a5,.L8
	.loc 1 14 31 discriminator 1
	li	a5,32768
	addi	a5,a5,-1
	j	.L9
.L8:
	.loc 1 15 8
	lw	a5,-20(s0)
	sext.w	a4,a5
	li	a5,-32768
	bge	a4,a5,.L10
	.loc 1 15 31 discriminator 1
	li	a5,-32768
	j	.L9
.L10:
	.loc 1 16 12
	lw	a5,-20(s0)
	slliw	a5,a5,16
	sraiw	a5,a5,16
.L9:
	.loc 1 17 1
	mv	a0,a5
	ld	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	sat_mul16, .-sat_mul16
	.align	1
	.type	sat_sub_u8, @function
sat_sub_u8:
.LFB2:
	.loc 1 19 49
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sb	a5,-17(s0)
	mv	a5,a4
	sb	a5,-18(s0)
	.loc 1 19 83
	lbu	a5,-17(s0)
	mv	a4,a5
	lbu	a5,-18(s0)
	andi	a4,a4,0xff
	andi	a5,a5,0xff
	bleu	a4,a5,.L12
	.loc 1 19 83 is_stmt 0 discriminator 1
	lbu	a5,-17(s0)
	mv	a4,a5
	lbu	a5,-18(s0)
	subw	a5,a4,a5
	andi	a5,a5,0xff
	j	.L13
.L12:
	.loc 1 19 83 discriminator 2
	li	a5,0
.L13:
	.loc 1 19 88 is_stmt 1 discriminator 4
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	sat_sub_u8, .-sat_sub_u8
	.align	1
	.type	clamp16, @function
clamp16:
.LFB3:
	.loc 1 21 59
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a3,a1
	mv	a4,a2
	sw	a5,-20(s0)
	mv	a5,a3
	sh	a5,-22(s0)
	mv	a5,a4
	sh	a5,-24(s0)
	.loc 1 21 80
	lh	a5,-22(s0)
	sext.w	a4,a5
	.loc 1 21 68
	lw	a5,-20(s0)
	sext.w	a5,a5
	blt	a5,a4,.L16
	.loc 1 21 94 discriminator 1
	lh	a5,-24(s0)
	sext.w	a4,a5
	.loc 1 21 68 discriminator 1
	lw	a5,-20(s0)
	sext.w	a5,a5
	bgt	a5,a4,.L17
	.loc 1 21 68 is_stmt 0 discriminator 3
	lw	a5,-20(s0)
	slliw	a5,a5,16
	sraiw	a5,a5,16
	j	.L19
.L17:
	.loc 1 21 68 discriminator 4
	lh	a5,-24(s0)
	j	.L19
.L16:
	.loc 1 21 68 discriminator 2
	lh	a5,-22(s0)
.L19:
	.loc 1 21 110 is_stmt 1 discriminator 8
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	clamp16, .-clamp16
	.section	.rodata
	.align	3
.LC1:
	.string	"%d + %d -> %d\n"
	.align	3
.LC2:
	.string	"%d * %d -> %d\n"
	.align	3
.LC3:
	.string	"u8: %u %u\n"
	.align	3
.LC4:
	.string	"clamp: %d %d %d\n"
	.align	3
.LC5:
	.string	"cmp: %d %d\n"
	.align	3
.LC0:
	.half	300
	.half	-300
	.half	200
	.half	-32768
	.half	32767
	.half	181
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 24 1
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	.loc 1 25 12
	li	a5,-2144165888
	addi	a5,a5,-924
	sw	a5,-56(s0)
	li	a5,127
	sh	a5,-52(s0)
	li	a5,-1
	sb	a5,-50(s0)
	.loc 1 26 13
	lla	a5,.LC0
	ld	a4,0(a5)
	sd	a4,-72(s0)
	lw	a5,8(a5)
	sw	a5,-64(s0)
	.loc 1 27 9
	sw	zero,-36(s0)
.LBB2:
	.loc 1 28 14
	sw	zero,-40(s0)
	.loc 1 28 5
	j	.L22
.L26:
.LBB3:
	.loc 1 29 20
	lw	a5,-40(s0)
	addi	a5,a5,-32
	add	a5,a5,s0
	lb	a4,-24(a5)
	.loc 1 29 40
	lw	a5,-40(s0)
	addiw	a5,a5,3
	sext.w	a5,a5
	.loc 1 29 45
	mv	a3,a5
	li	a5,7
	remw	a5,a3,a5
	sext.w	a5,a5
	.loc 1 29 20
	addi	a5,a5,-32
	add	a5,a5,s0
	lb	a5,-24(a5)
	mv	a1,a5
	mv	a0,a4
	call	sat_add8
	mv	a5,a0
	sb	a5,-49(s0)
	.loc 1 30 34
	lbu	a5,-49(s0)
	andi	a4,a5,0xff
	li	a5,127
	beq	a4,a5,.L23
	.loc 1 30 34 is_stmt 0 discriminator 2
	lbu	a5,-49(s0)
	andi	a4,a5,0xff
	li	a5,128
	bne	a4,a5,.L24
.L23:
	.loc 1 30 34 discriminator 3
	li	a5,1
	j	.L25
.L24:
	.loc 1 30 34 discriminator 4
	li	a5,0
.L25:
	.loc 1 30 17 is_stmt 1 discriminator 6
	lw	a4,-36(s0)
	addw	a5,a4,a5
	sw	a5,-36(s0)
	.loc 1 31 36 discriminator 6
	lw	a5,-40(s0)
	addi	a5,a5,-32
	add	a5,a5,s0
	lb	a5,-24(a5)
	.loc 1 31 9 discriminator 6
	mv	a1,a5
	.loc 1 31 46 discriminator 6
	lw	a5,-40(s0)
	addiw	a5,a5,3
	sext.w	a5,a5
	.loc 1 31 51 discriminator 6
	mv	a4,a5
	li	a5,7
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 31 42 discriminator 6
	addi	a5,a5,-32
	add	a5,a5,s0
	lb	a5,-24(a5)
	.loc 1 31 9 discriminator 6
	mv	a4,a5
	lb	a5,-49(s0)
	sext.w	a5,a5
	mv	a3,a5
	mv	a2,a4
	lla	a0,.LC1
	call	printf@plt
.LBE3:
	.loc 1 28 29 discriminator 6
	lw	a5,-40(s0)
	addiw	a5,a5,1
	sw	a5,-40(s0)
.L22:
	.loc 1 28 23 discriminator 2
	lw	a5,-40(s0)
	sext.w	a4,a5
	li	a5,6
	ble	a4,a5,.L26
.LBE2:
.LBB4:
	.loc 1 33 14
	sw	zero,-44(s0)
	.loc 1 33 5
	j	.L27
.L31:
.LBB5:
	.loc 1 34 21
	lw	a5,-44(s0)
	slli	a5,a5,1
	addi	a5,a5,-32
	add	a5,a5,s0
	lh	a4,-40(a5)
	.loc 1 34 42
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sext.w	a5,a5
	.loc 1 34 47
	mv	a3,a5
	li	a5,6
	remw	a5,a3,a5
	sext.w	a5,a5
	.loc 1 34 21
	slli	a5,a5,1
	addi	a5,a5,-32
	add	a5,a5,s0
	lh	a5,-40(a5)
	mv	a1,a5
	mv	a0,a4
	call	sat_mul16
	mv	a5,a0
	sh	a5,-48(s0)
	.loc 1 35 35
	lh	a5,-48(s0)
	sext.w	a4,a5
	li	a5,32768
	addi	a5,a5,-1
	beq	a4,a5,.L28
	.loc 1 35 35 is_stmt 0 discriminator 2
	lh	a5,-48(s0)
	sext.w	a4,a5
	li	a5,-32768
	bne	a4,a5,.L29
.L28:
	.loc 1 35 35 discriminator 3
	li	a5,1
	j	.L30
.L29:
	.loc 1 35 35 discriminator 4
	li	a5,0
.L30:
	.loc 1 35 17 is_stmt 1 discriminator 6
	lw	a4,-36(s0)
	addw	a5,a4,a5
	sw	a5,-36(s0)
	.loc 1 36 36 discriminator 6
	lw	a5,-44(s0)
	slli	a5,a5,1
	addi	a5,a5,-32
	add	a5,a5,s0
	lh	a5,-40(a5)
	.loc 1 36 9 discriminator 6
	mv	a1,a5
	.loc 1 36 46 discriminator 6
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sext.w	a5,a5
	.loc 1 36 51 discriminator 6
	mv	a4,a5
	li	a5,6
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 36 42 discriminator 6
	slli	a5,a5,1
	addi	a5,a5,-32
	add	a5,a5,s0
	lh	a5,-40(a5)
	.loc 1 36 9 discriminator 6
	mv	a4,a5
	lh	a5,-48(s0)
	sext.w	a5,a5
	mv	a3,a5
	mv	a2,a4
	lla	a0,.LC2
	call	printf@plt
.LBE5:
	.loc 1 33 29 discriminator 6
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L27:
	.loc 1 33 23 discriminator 2
	lw	a5,-44(s0)
	sext.w	a4,a5
	li	a5,5
	ble	a4,a5,.L31
.LBE4:
	.loc 1 38 27
	li	a1,200
	li	a0,10
	call	sat_sub_u8
	mv	a5,a0
	.loc 1 38 5
	sext.w	s1,a5
	.loc 1 38 48
	li	a1,10
	li	a0,200
	call	sat_sub_u8
	mv	a5,a0
	.loc 1 38 5
	sext.w	a5,a5
	mv	a2,a5
	mv	a1,s1
	lla	a0,.LC3
	call	printf@plt
	.loc 1 39 33
	li	a2,1000
	li	a1,-1000
	li	a5,69632
	addi	a0,a5,368
	call	clamp16
	mv	a5,a0
	.loc 1 39 5
	mv	s1,a5
	.loc 1 39 62
	li	a2,1000
	li	a1,-1000
	li	a5,-69632
	addi	a0,a5,-368
	call	clamp16
	mv	a5,a0
	.loc 1 39 5
	mv	s2,a5
	.loc 1 39 92
	li	a2,1000
	li	a1,-1000
	li	a0,5
	call	clamp16
	mv	a5,a0
	.loc 1 39 5
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lla	a0,.LC4
	call	printf@plt
	.loc 1 40 17
	li	a5,-5
	sb	a5,-45(s0)
	.loc 1 41 19
	li	a5,-6
	sb	a5,-46(s0)
	.loc 1 42 5
	lbu	a5,-45(s0)
	srliw	a5,a5,7
	andi	a5,a5,0xff
	sext.w	a5,a5
	lbu	a4,-46(s0)
	sext.w	a3,a4
	lb	a4,-45(s0)
	sext.w	a4,a4
	sgt	a4,a3,a4
	andi	a4,a4,0xff
	sext.w	a4,a4
	mv	a2,a4
	mv	a1,a5
	lla	a0,.LC5
	call	printf@plt
	.loc 1 43 12
	lw	a5,-36(s0)
	.loc 1 44 1
	mv	a0,a5
	ld	ra,72(sp)
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	ld	s1,56(sp)
	.cfi_restore 9
	ld	s2,48(sp)
	.cfi_restore 18
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 5 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f6
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF22
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
	.byte	0x4
	.4byte	.LASF7
	.byte	0x2
	.byte	0x25
	.byte	0x15
	.4byte	0x56
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x4
	.4byte	.LASF8
	.byte	0x2
	.byte	0x26
	.byte	0x17
	.4byte	0x35
	.byte	0x4
	.4byte	.LASF9
	.byte	0x2
	.byte	0x27
	.byte	0x1a
	.4byte	0x75
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF10
	.byte	0x4
	.4byte	.LASF11
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x88
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF13
	.byte	0xb
	.4byte	0x96
	.byte	0x4
	.4byte	.LASF14
	.byte	0x3
	.byte	0x18
	.byte	0x12
	.4byte	0x4a
	.byte	0x4
	.4byte	.LASF15
	.byte	0x3
	.byte	0x19
	.byte	0x13
	.4byte	0x69
	.byte	0x4
	.4byte	.LASF16
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x7c
	.byte	0x4
	.4byte	.LASF17
	.byte	0x4
	.byte	0x18
	.byte	0x13
	.4byte	0x5d
	.byte	0xc
	.4byte	.LASF23
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x88
	.4byte	0xea
	.byte	0xd
	.4byte	0xea
	.byte	0xe
	.byte	0
	.byte	0xf
	.byte	0x8
	.4byte	0x9d
	.byte	0x10
	.4byte	.LASF24
	.byte	0x1
	.byte	0x17
	.byte	0x5
	.4byte	0x88
	.8byte	.LFB4
	.8byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x1d1
	.byte	0x1
	.string	"a"
	.byte	0x19
	.byte	0xc
	.4byte	0x1d1
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.string	"h"
	.byte	0x1a
	.byte	0xd
	.4byte	0x1e1
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x11
	.4byte	.LASF18
	.byte	0x1
	.byte	0x1b
	.byte	0x9
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"sc"
	.byte	0x28
	.byte	0x11
	.4byte	0x56
	.byte	0x2
	.byte	0x91
	.byte	0x53
	.byte	0x1
	.string	"uc"
	.byte	0x29
	.byte	0x13
	.4byte	0x35
	.byte	0x2
	.byte	0x91
	.byte	0x52
	.byte	0x12
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.4byte	0x194
	.byte	0x1
	.string	"i"
	.byte	0x1c
	.byte	0xe
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x5
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x1
	.string	"s"
	.byte	0x1d
	.byte	0x10
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x4f
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x1
	.string	"i"
	.byte	0x21
	.byte	0xe
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x5
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x1
	.string	"m"
	.byte	0x22
	.byte	0x11
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0xa2
	.4byte	0x1e1
	.byte	0x8
	.4byte	0x2e
	.byte	0x6
	.byte	0
	.byte	0x7
	.4byte	0xae
	.4byte	0x1f1
	.byte	0x8
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.byte	0x6
	.4byte	.LASF19
	.byte	0x15
	.4byte	0xae
	.8byte	.LFB3
	.8byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x238
	.byte	0x2
	.string	"v"
	.byte	0x15
	.byte	0x20
	.4byte	0xba
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.string	"lo"
	.byte	0x15
	.byte	0x2b
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x6a
	.byte	0x2
	.string	"hi"
	.byte	0x15
	.byte	0x37
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x6
	.4byte	.LASF20
	.byte	0x13
	.4byte	0xc6
	.8byte	.LFB2
	.8byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x271
	.byte	0x2
	.string	"a"
	.byte	0x13
	.byte	0x23
	.4byte	0xc6
	.byte	0x2
	.byte	0x91
	.byte	0x6f
	.byte	0x2
	.string	"b"
	.byte	0x13
	.byte	0x2e
	.4byte	0xc6
	.byte	0x2
	.byte	0x91
	.byte	0x6e
	.byte	0
	.byte	0x6
	.4byte	.LASF21
	.byte	0xb
	.4byte	0xae
	.8byte	.LFB1
	.8byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x2b6
	.byte	0x2
	.string	"a"
	.byte	0xb
	.byte	0x22
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x5e
	.byte	0x2
	.string	"b"
	.byte	0xb
	.byte	0x2d
	.4byte	0xae
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"p"
	.byte	0xd
	.byte	0xd
	.4byte	0xba
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x13
	.4byte	.LASF25
	.byte	0x1
	.byte	0x5
	.byte	0xf
	.4byte	0xa2
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.string	"a"
	.byte	0x5
	.byte	0x1f
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x5f
	.byte	0x2
	.string	"b"
	.byte	0x5
	.byte	0x29
	.4byte	0xa2
	.byte	0x2
	.byte	0x91
	.byte	0x5e
	.byte	0x1
	.string	"s"
	.byte	0x7
	.byte	0x9
	.4byte	0x88
	.byte	0x2
	.byte	0x91
	.byte	0x6c
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
	.byte	0x10
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
	.byte	0x7
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
.LASF14:
	.string	"int8_t"
.LASF10:
	.string	"short int"
.LASF24:
	.string	"main"
.LASF21:
	.string	"sat_mul16"
.LASF18:
	.string	"clipped"
.LASF17:
	.string	"uint8_t"
.LASF12:
	.string	"long int"
.LASF23:
	.string	"printf"
.LASF8:
	.string	"__uint8_t"
.LASF20:
	.string	"sat_sub_u8"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF19:
	.string	"clamp16"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"__int8_t"
.LASF13:
	.string	"char"
.LASF16:
	.string	"int32_t"
.LASF15:
	.string	"int16_t"
.LASF2:
	.string	"long unsigned int"
.LASF22:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF11:
	.string	"__int32_t"
.LASF25:
	.string	"sat_add8"
.LASF9:
	.string	"__int16_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/saturating_math.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
