	.file	"rpn_calc.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/rpn_calc.c"
	.local	stack
	.comm	stack,512,8
	.local	depth
	.comm	depth,4,4
	.align	1
	.type	push, @function
push:
.LFB6:
	.file 1 "programs/rpn_calc.c"
	.loc 1 11 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	.loc 1 12 15
	lla	a5,depth
	lw	a5,0(a5)
	.loc 1 12 8
	mv	a4,a5
	li	a5,64
	bne	a4,a5,.L2
	.loc 1 13 16
	li	a5,0
	j	.L3
.L2:
	.loc 1 14 16
	lla	a5,depth
	lw	a5,0(a5)
	addiw	a4,a5,1
	sext.w	a3,a4
	lla	a4,depth
	sw	a3,0(a4)
	.loc 1 14 20
	lla	a4,stack
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a4,-24(s0)
	sd	a4,0(a5)
	.loc 1 15 12
	li	a5,1
.L3:
	.loc 1 16 1
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	push, .-push
	.align	1
	.type	pop, @function
pop:
.LFB7:
	.loc 1 19 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sd	a0,-24(s0)
	.loc 1 20 15
	lla	a5,depth
	lw	a5,0(a5)
	.loc 1 20 8
	bne	a5,zero,.L5
	.loc 1 21 16
	li	a5,0
	j	.L6
.L5:
	.loc 1 22 16
	lla	a5,depth
	lw	a5,0(a5)
	addiw	a5,a5,-1
	sext.w	a4,a5
	.loc 1 22 8
	lla	a5,depth
	sw	a4,0(a5)
	.loc 1 22 16
	lla	a5,depth
	lw	a5,0(a5)
	.loc 1 22 15
	lla	a4,stack
	slli	a5,a5,3
	add	a5,a4,a5
	ld	a4,0(a5)
	.loc 1 22 8
	ld	a5,-24(s0)
	sd	a4,0(a5)
	.loc 1 23 12
	li	a5,1
.L6:
	.loc 1 24 1
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	pop, .-pop
	.section	.rodata
	.align	3
.LC0:
	.string	"="
	.align	3
.LC1:
	.string	"result %ld\n"
	.align	3
.LC2:
	.string	"stack underflow at '%s'\n"
	.align	3
.LC3:
	.string	"unknown '%s'\n"
	.align	3
.LC4:
	.string	"%31s"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 27 1
	.cfi_startproc
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sd	ra,88(sp)
	sd	s0,80(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,96
	.cfi_def_cfa 8, 0
	.loc 1 29 9
	sw	zero,-20(s0)
	.loc 1 30 11
	j	.L8
.L26:
.LBB2:
	.loc 1 31 13
	call	__ctype_b_loc@plt
	mv	a5,a0
	ld	a4,0(a5)
	lbu	a5,-64(s0)
	slli	a5,a5,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	sext.w	a4,a5
	li	a5,4096
	addi	a5,a5,-2048
	and	a5,a4,a5
	sext.w	a5,a5
	.loc 1 31 12
	bne	a5,zero,.L9
	.loc 1 31 51 discriminator 2
	lbu	a5,-64(s0)
	.loc 1 31 44 discriminator 2
	mv	a4,a5
	li	a5,45
	bne	a4,a5,.L10
	.loc 1 31 65 discriminator 3
	call	__ctype_b_loc@plt
	mv	a5,a0
	ld	a4,0(a5)
	lbu	a5,-63(s0)
	slli	a5,a5,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	sext.w	a4,a5
	li	a5,4096
	addi	a5,a5,-2048
	and	a5,a4,a5
	sext.w	a5,a5
	.loc 1 31 62 discriminator 3
	beq	a5,zero,.L10
.L9:
	.loc 1 32 13 discriminator 4
	addi	a5,s0,-64
	li	a2,10
	li	a1,0
	mv	a0,a5
	call	strtol@plt
	mv	a5,a0
	mv	a0,a5
	call	push
	.loc 1 33 13 discriminator 4
	j	.L8
.L10:
	.loc 1 35 13
	addi	a5,s0,-64
	lla	a1,.LC0
	mv	a0,a5
	call	strcmp@plt
	mv	a5,a0
	.loc 1 35 12
	bne	a5,zero,.L12
.LBB3:
	.loc 1 37 17
	addi	a5,s0,-88
	mv	a0,a5
	call	pop
	mv	a5,a0
	.loc 1 37 16
	beq	a5,zero,.L13
	.loc 1 38 17
	ld	a5,-88(s0)
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
.L13:
	.loc 1 39 19
	lla	a5,depth
	sw	zero,0(a5)
	.loc 1 40 13
	j	.L8
.L12:
.LBE3:
	.loc 1 43 14
	addi	a5,s0,-72
	mv	a0,a5
	call	pop
	mv	a5,a0
	.loc 1 43 12
	beq	a5,zero,.L14
	.loc 1 43 26 discriminator 2
	addi	a5,s0,-80
	mv	a0,a5
	call	pop
	mv	a5,a0
	.loc 1 43 22 discriminator 2
	bne	a5,zero,.L15
.L14:
	.loc 1 44 13 discriminator 3
	addi	a5,s0,-64
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
	.loc 1 45 19 discriminator 3
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
	.loc 1 46 13 discriminator 3
	j	.L8
.L15:
	.loc 1 48 20
	lbu	a5,-64(s0)
	sext.w	a5,a5
	.loc 1 48 9
	mv	a3,a5
	li	a4,94
	beq	a3,a4,.L16
	mv	a3,a5
	li	a4,94
	bgt	a3,a4,.L17
	mv	a3,a5
	li	a4,47
	beq	a3,a4,.L18
	mv	a3,a5
	li	a4,47
	bgt	a3,a4,.L17
	mv	a3,a5
	li	a4,45
	beq	a3,a4,.L19
	mv	a3,a5
	li	a4,45
	bgt	a3,a4,.L17
	mv	a3,a5
	li	a4,42
	beq	a3,a4,.L20
	mv	a4,a5
	li	a5,43
	bne	a4,a5,.L17
	.loc 1 49 19
	ld	a4,-80(s0)
	ld	a5,-72(s0)
	add	a5,a4,a5
	mv	a0,a5
	call	push
	.loc 1 49 32
	j	.L8
.L19:
	.loc 1 50 19
	ld	a4,-80(s0)
	ld	a5,-72(s0)
	sub	a5,a4,a5
	mv	a0,a5
	call	push
	.loc 1 50 32
	j	.L8
.L20:
	.loc 1 51 19
	ld	a4,-80(s0)
	ld	a5,-72(s0)
	mul	a5,a4,a5
	mv	a0,a5
	call	push
	.loc 1 51 32
	j	.L8
.L18:
	.loc 1 52 26
	ld	a5,-72(s0)
	.loc 1 52 19
	beq	a5,zero,.L22
	.loc 1 52 30 discriminator 1
	ld	a4,-80(s0)
	ld	a5,-72(s0)
	.loc 1 52 19 discriminator 1
	div	a5,a4,a5
	j	.L23
.L22:
	.loc 1 52 19 is_stmt 0 discriminator 2
	li	a5,0
.L23:
	.loc 1 52 19 discriminator 4
	mv	a0,a5
	call	push
	.loc 1 52 50 is_stmt 1 discriminator 4
	ld	a5,-72(s0)
	seqz	a5,a5
	andi	a5,a5,0xff
	sext.w	a5,a5
	.loc 1 52 47 discriminator 4
	lw	a4,-20(s0)
	addw	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 52 54 discriminator 4
	j	.L8
.L16:
.LBB4:
	.loc 1 53 26
	li	a5,1
	sd	a5,-32(s0)
	.loc 1 53 39
	j	.L24
.L25:
	.loc 1 53 51 discriminator 3
	ld	a5,-80(s0)
	ld	a4,-32(s0)
	mul	a5,a4,a5
	sd	a5,-32(s0)
.L24:
	.loc 1 53 41 discriminator 1
	ld	a5,-72(s0)
	addi	a4,a5,-1
	sd	a4,-72(s0)
	.loc 1 53 44 discriminator 1
	bgt	a5,zero,.L25
	.loc 1 53 57 discriminator 4
	ld	a0,-32(s0)
	call	push
.LBE4:
	.loc 1 53 68 discriminator 4
	j	.L8
.L17:
	.loc 1 54 18
	addi	a5,s0,-64
	mv	a1,a5
	lla	a0,.LC3
	call	printf@plt
	.loc 1 54 55
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
	.loc 1 54 59
	nop
.L8:
.LBE2:
	.loc 1 30 12
	addi	a5,s0,-64
	mv	a1,a5
	lla	a0,.LC4
	call	__isoc99_scanf@plt
	mv	a5,a0
	.loc 1 30 31
	mv	a4,a5
	li	a5,1
	beq	a4,a5,.L26
	.loc 1 57 12
	lw	a5,-20(s0)
	.loc 1 58 1
	mv	a0,a5
	ld	ra,88(sp)
	.cfi_restore 1
	ld	s0,80(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 96
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE8:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.file 5 "/usr/riscv64-linux-gnu/include/ctype.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2d2
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF30
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
	.byte	0x8
	.4byte	0x3c
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
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x4
	.4byte	0x70
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x8
	.4byte	0x70
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x9
	.4byte	0x70
	.4byte	0x9a
	.byte	0xa
	.4byte	0x2e
	.byte	0x1f
	.byte	0
	.byte	0x4
	.4byte	0x43
	.byte	0x4
	.4byte	0x77
	.byte	0xb
	.4byte	0x9f
	.byte	0x12
	.byte	0x7
	.byte	0x4
	.4byte	0x48
	.byte	0x5
	.byte	0x2f
	.byte	0x1
	.4byte	0x108
	.byte	0x2
	.4byte	.LASF12
	.2byte	0x100
	.byte	0x2
	.4byte	.LASF13
	.2byte	0x200
	.byte	0x2
	.4byte	.LASF14
	.2byte	0x400
	.byte	0x2
	.4byte	.LASF15
	.2byte	0x800
	.byte	0x2
	.4byte	.LASF16
	.2byte	0x1000
	.byte	0x2
	.4byte	.LASF17
	.2byte	0x2000
	.byte	0x2
	.4byte	.LASF18
	.2byte	0x4000
	.byte	0x2
	.4byte	.LASF19
	.2byte	0x8000
	.byte	0x6
	.4byte	.LASF20
	.byte	0x1
	.byte	0x6
	.4byte	.LASF21
	.byte	0x2
	.byte	0x6
	.4byte	.LASF22
	.byte	0x4
	.byte	0x6
	.4byte	.LASF23
	.byte	0x8
	.byte	0
	.byte	0x9
	.4byte	0x64
	.4byte	0x118
	.byte	0xa
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.byte	0x7
	.4byte	.LASF24
	.byte	0x7
	.byte	0xd
	.4byte	0x108
	.byte	0x9
	.byte	0x3
	.8byte	stack
	.byte	0x7
	.4byte	.LASF25
	.byte	0x8
	.byte	0xc
	.4byte	0x5d
	.byte	0x9
	.byte	0x3
	.8byte	depth
	.byte	0x13
	.4byte	.LASF31
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF32
	.4byte	0x5d
	.4byte	0x15e
	.byte	0x3
	.4byte	0x9f
	.byte	0xc
	.byte	0
	.byte	0x14
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x5d
	.4byte	0x176
	.byte	0x3
	.4byte	0x9f
	.byte	0xc
	.byte	0
	.byte	0xd
	.4byte	.LASF27
	.byte	0x3
	.byte	0x9c
	.byte	0xc
	.4byte	0x5d
	.4byte	0x191
	.byte	0x3
	.4byte	0x9f
	.byte	0x3
	.4byte	0x9f
	.byte	0
	.byte	0xd
	.4byte	.LASF28
	.byte	0x4
	.byte	0xb1
	.byte	0x11
	.4byte	0x64
	.4byte	0x1b1
	.byte	0x3
	.4byte	0xa4
	.byte	0x3
	.4byte	0x1b6
	.byte	0x3
	.4byte	0x5d
	.byte	0
	.byte	0x4
	.4byte	0x6b
	.byte	0xb
	.4byte	0x1b1
	.byte	0x15
	.4byte	.LASF33
	.byte	0x5
	.byte	0x4f
	.byte	0x23
	.4byte	0x1c7
	.byte	0x4
	.4byte	0x9a
	.byte	0x16
	.4byte	.LASF34
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x5d
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x278
	.byte	0x5
	.string	"tok"
	.byte	0x1c
	.byte	0xa
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x7
	.4byte	.LASF29
	.byte	0x1d
	.byte	0x9
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0xe
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x5
	.string	"b"
	.byte	0x2a
	.byte	0xe
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x5
	.string	"a"
	.byte	0x2a
	.byte	0x11
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x17
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.4byte	0x258
	.byte	0x5
	.string	"v"
	.byte	0x24
	.byte	0x12
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0
	.byte	0xe
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x5
	.string	"r"
	.byte	0x35
	.byte	0x1a
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x5d
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x2a6
	.byte	0xf
	.string	"v"
	.byte	0x12
	.4byte	0x2a6
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x4
	.4byte	0x64
	.byte	0x19
	.4byte	.LASF35
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x5d
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.byte	0xf
	.string	"v"
	.byte	0xa
	.4byte	0x64
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
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0x5
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
	.byte	0x6
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0xb
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
	.byte	0x2
	.byte	0x18
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
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
	.byte	0x37
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
	.byte	0xe
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x21
	.byte	0x16
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0x4
	.byte	0x1
	.byte	0x3e
	.byte	0xb
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x6e
	.byte	0xe
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
	.byte	0x15
	.byte	0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x18
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
.LASF15:
	.string	"_ISdigit"
.LASF21:
	.string	"_IScntrl"
.LASF24:
	.string	"stack"
.LASF19:
	.string	"_ISgraph"
.LASF18:
	.string	"_ISprint"
.LASF32:
	.string	"__isoc99_scanf"
.LASF35:
	.string	"push"
.LASF31:
	.string	"scanf"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF14:
	.string	"_ISalpha"
.LASF7:
	.string	"short int"
.LASF30:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF34:
	.string	"main"
.LASF29:
	.string	"errors"
.LASF5:
	.string	"unsigned int"
.LASF33:
	.string	"__ctype_b_loc"
.LASF11:
	.string	"long long unsigned int"
.LASF23:
	.string	"_ISalnum"
.LASF27:
	.string	"strcmp"
.LASF12:
	.string	"_ISupper"
.LASF20:
	.string	"_ISblank"
.LASF13:
	.string	"_ISlower"
.LASF10:
	.string	"long long int"
.LASF16:
	.string	"_ISxdigit"
.LASF25:
	.string	"depth"
.LASF9:
	.string	"char"
.LASF26:
	.string	"printf"
.LASF22:
	.string	"_ISpunct"
.LASF17:
	.string	"_ISspace"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
.LASF28:
	.string	"strtol"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/rpn_calc.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
