	.file	"rpn_calc.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/rpn_calc.c"
	.align	1
	.type	push, @function
push:
.LFB24:
	.file 1 "programs/rpn_calc.c"
	.loc 1 11 1
	.cfi_startproc
.LVL0:
	.loc 1 12 5
	.loc 1 12 15 is_stmt 0
	lw	a5,.LANCHOR0
	.loc 1 12 8
	li	a4,64
	beq	a5,a4,.L3
	.loc 1 14 5 is_stmt 1
	.loc 1 14 16 is_stmt 0
	lla	a4,.LANCHOR0
	addiw	a3,a5,1
	sw	a3,0(a4)
	.loc 1 14 20
	slli	a5,a5,3
	add	a4,a4,a5
	sd	a0,8(a4)
	.loc 1 15 5 is_stmt 1
	.loc 1 15 12 is_stmt 0
	li	a0,1
.LVL1:
	ret
.LVL2:
.L3:
	.loc 1 13 16
	li	a0,0
.LVL3:
	.loc 1 16 1
	ret
	.cfi_endproc
.LFE24:
	.size	push, .-push
	.align	1
	.type	pop, @function
pop:
.LFB25:
	.loc 1 19 1 is_stmt 1
	.cfi_startproc
.LVL4:
	mv	a4,a0
	.loc 1 20 5
	.loc 1 20 15 is_stmt 0
	lw	a0,.LANCHOR0
.LVL5:
	.loc 1 20 8
	beq	a0,zero,.L5
	.loc 1 22 5 is_stmt 1
	.loc 1 22 16 is_stmt 0
	addiw	a5,a0,-1
	sext.w	a2,a5
	.loc 1 22 8
	lla	a3,.LANCHOR0
	sw	a5,0(a3)
	.loc 1 22 15
	slli	a5,a2,3
	add	a3,a3,a5
	.loc 1 22 8
	ld	a5,8(a3)
	sd	a5,0(a4)
	.loc 1 23 5 is_stmt 1
	.loc 1 23 12 is_stmt 0
	li	a0,1
.L5:
	.loc 1 24 1
	ret
	.cfi_endproc
.LFE25:
	.size	pop, .-pop
	.section	.rodata.str1.8,"aMS",@progbits,1
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
.LFB26:
	.loc 1 27 1 is_stmt 1
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
	sd	s6,64(sp)
	sd	s7,56(sp)
	sd	s8,48(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.loc 1 28 5
	.loc 1 29 5
.LVL6:
	.loc 1 30 5
	.loc 1 29 9 is_stmt 0
	li	s4,0
	.loc 1 30 12
	addi	s0,sp,16
	lla	s3,.LC4
	.loc 1 30 31
	li	s2,1
.LBB2:
	.loc 1 31 12
	li	s1,4096
	addi	s1,s1,-2048
	.loc 1 43 14
	mv	s6,sp
	.loc 1 43 26
	addi	s5,sp,8
.LBB3:
	.loc 1 39 19
	lla	s7,.LANCHOR0
.LBE3:
.LBE2:
	.loc 1 30 11
	j	.L7
.LVL7:
.L32:
.LBB6:
	.loc 1 31 65 discriminator 3
	lbu	a5,17(sp)
	slli	a5,a5,1
	add	a4,a4,a5
	.loc 1 31 62 discriminator 3
	lhu	a5,0(a4)
	and	a5,a5,s1
	beq	a5,zero,.L9
.L8:
	.loc 1 32 13 is_stmt 1 discriminator 4
	li	a2,10
	li	a1,0
	mv	a0,s0
	call	strtol@plt
.LVL8:
	call	push
.LVL9:
	.loc 1 33 13 discriminator 4
.L7:
.LBE6:
	.loc 1 30 31
	.loc 1 30 12 is_stmt 0
	mv	a1,s0
	mv	a0,s3
	call	__isoc99_scanf@plt
.LVL10:
	.loc 1 30 31
	bne	a0,s2,.L31
.LBB7:
	.loc 1 31 9 is_stmt 1
	.loc 1 31 13 is_stmt 0
	call	__ctype_b_loc@plt
.LVL11:
	ld	a4,0(a0)
	lbu	a3,16(sp)
	slli	a5,a3,1
	add	a5,a4,a5
	.loc 1 31 12
	lhu	a5,0(a5)
	and	a5,a5,s1
	bne	a5,zero,.L8
	.loc 1 31 44 discriminator 2
	li	a5,45
	beq	a3,a5,.L32
.L9:
	.loc 1 35 9 is_stmt 1
	.loc 1 35 13 is_stmt 0
	lla	a1,.LC0
	mv	a0,s0
	call	strcmp@plt
.LVL12:
	.loc 1 35 12
	beq	a0,zero,.L33
	.loc 1 42 9 is_stmt 1
	.loc 1 43 9
	.loc 1 43 14 is_stmt 0
	mv	a0,s6
	call	pop
.LVL13:
	.loc 1 43 12
	beq	a0,zero,.L13
	.loc 1 43 26 discriminator 2
	mv	a0,s5
	call	pop
.LVL14:
	.loc 1 43 22 discriminator 2
	beq	a0,zero,.L13
	.loc 1 48 9 is_stmt 1
	.loc 1 48 20 is_stmt 0
	lbu	a5,16(sp)
	.loc 1 48 9
	li	a4,45
	beq	a5,a4,.L15
	bleu	a5,a4,.L34
	li	a4,47
	beq	a5,a4,.L20
	li	a4,94
	bne	a5,a4,.L19
.LVL15:
.LBB4:
	.loc 1 53 44 is_stmt 1
	.loc 1 53 41 is_stmt 0
	ld	a4,0(sp)
	addi	a5,a4,-1
	.loc 1 53 26
	li	a0,1
	.loc 1 53 44
	ble	a4,zero,.L22
	.loc 1 53 51
	ld	a3,8(sp)
	.loc 1 53 26
	li	a0,1
.LVL16:
.L25:
	.loc 1 53 49 is_stmt 1 discriminator 3
	.loc 1 53 51 is_stmt 0 discriminator 3
	mul	a0,a0,a3
.LVL17:
	.loc 1 53 44 is_stmt 1 discriminator 3
	mv	a4,a5
	.loc 1 53 41 is_stmt 0 discriminator 3
	addi	a5,a5,-1
	.loc 1 53 44 discriminator 3
	bgt	a4,zero,.L25
.LVL18:
.L22:
	.loc 1 53 57 is_stmt 1 discriminator 4
	call	push
.LVL19:
.LBE4:
	.loc 1 53 68 discriminator 4
	j	.L7
.L33:
.LBB5:
	.loc 1 36 13
	.loc 1 37 13
	.loc 1 37 17 is_stmt 0
	mv	a0,s5
	call	pop
.LVL20:
	.loc 1 37 16
	bne	a0,zero,.L35
.L12:
	.loc 1 39 13 is_stmt 1
	.loc 1 39 19 is_stmt 0
	sw	zero,0(s7)
	.loc 1 40 13 is_stmt 1
	j	.L7
.L35:
	.loc 1 38 17
	ld	a1,8(sp)
	lla	a0,.LC1
	call	printf@plt
.LVL21:
	j	.L12
.L13:
.LBE5:
	.loc 1 44 13 discriminator 3
	mv	a1,s0
	lla	a0,.LC2
	call	printf@plt
.LVL22:
	.loc 1 45 13 discriminator 3
	.loc 1 45 19 is_stmt 0 discriminator 3
	addiw	s4,s4,1
.LVL23:
	.loc 1 46 13 is_stmt 1 discriminator 3
	j	.L7
.LVL24:
.L34:
	.loc 1 48 9 is_stmt 0
	li	a4,42
	beq	a5,a4,.L17
	li	a4,43
	bne	a5,a4,.L19
	.loc 1 49 19 is_stmt 1
	ld	a0,8(sp)
	ld	a5,0(sp)
	add	a0,a0,a5
	call	push
.LVL25:
	.loc 1 49 32
	j	.L7
.L15:
	.loc 1 50 19
	ld	a0,8(sp)
	ld	a5,0(sp)
	sub	a0,a0,a5
	call	push
.LVL26:
	.loc 1 50 32
	j	.L7
.L17:
	.loc 1 51 19
	ld	a0,8(sp)
	ld	a5,0(sp)
	mul	a0,a0,a5
	call	push
.LVL27:
	.loc 1 51 32
	j	.L7
.L20:
	.loc 1 52 19
	.loc 1 52 26 is_stmt 0
	ld	s8,0(sp)
	.loc 1 52 19
	mv	a0,s8
	beq	s8,zero,.L24
	.loc 1 52 19 discriminator 1
	ld	a0,8(sp)
	div	a0,a0,s8
.L24:
	.loc 1 52 19 discriminator 4
	call	push
.LVL28:
	.loc 1 52 40 is_stmt 1 discriminator 4
	.loc 1 52 50 is_stmt 0 discriminator 4
	seqz	s8,s8
	.loc 1 52 47 discriminator 4
	addw	s4,s8,s4
.LVL29:
	.loc 1 52 54 is_stmt 1 discriminator 4
	j	.L7
.LVL30:
.L19:
	.loc 1 54 18
	addi	a1,sp,16
	lla	a0,.LC3
	call	printf@plt
.LVL31:
	.loc 1 54 49
	.loc 1 54 55 is_stmt 0
	addiw	s4,s4,1
.LVL32:
	.loc 1 54 59 is_stmt 1
	j	.L7
.LVL33:
.L31:
.LBE7:
	.loc 1 57 5
	.loc 1 58 1 is_stmt 0
	mv	a0,s4
	ld	ra,120(sp)
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	ld	s1,104(sp)
	.cfi_restore 9
	ld	s2,96(sp)
	.cfi_restore 18
	ld	s3,88(sp)
	.cfi_restore 19
	ld	s4,80(sp)
	.cfi_restore 20
.LVL34:
	ld	s5,72(sp)
	.cfi_restore 21
	ld	s6,64(sp)
	.cfi_restore 22
	ld	s7,56(sp)
	.cfi_restore 23
	ld	s8,48(sp)
	.cfi_restore 24
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE26:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	depth, @object
	.size	depth, 4
depth:
	.zero	4
	.zero	4
	.type	stack, @object
	.size	stack, 512
stack:
	.zero	512
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.file 5 "/usr/riscv64-linux-gnu/include/ctype.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x42e
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x14
	.4byte	.LASF30
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
	.byte	0xb
	.4byte	0x3c
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
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x6
	.4byte	0x70
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xb
	.4byte	0x70
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xc
	.4byte	0x70
	.4byte	0x9a
	.byte	0xd
	.4byte	0x2e
	.byte	0x1f
	.byte	0
	.byte	0x6
	.4byte	0x43
	.byte	0x6
	.4byte	0x77
	.byte	0xe
	.4byte	0x9f
	.byte	0x16
	.byte	0x7
	.byte	0x4
	.4byte	0x48
	.byte	0x5
	.byte	0x2f
	.byte	0x1
	.4byte	0x108
	.byte	0x3
	.4byte	.LASF12
	.2byte	0x100
	.byte	0x3
	.4byte	.LASF13
	.2byte	0x200
	.byte	0x3
	.4byte	.LASF14
	.2byte	0x400
	.byte	0x3
	.4byte	.LASF15
	.2byte	0x800
	.byte	0x3
	.4byte	.LASF16
	.2byte	0x1000
	.byte	0x3
	.4byte	.LASF17
	.2byte	0x2000
	.byte	0x3
	.4byte	.LASF18
	.2byte	0x4000
	.byte	0x3
	.4byte	.LASF19
	.2byte	0x8000
	.byte	0x8
	.4byte	.LASF20
	.byte	0x1
	.byte	0x8
	.4byte	.LASF21
	.byte	0x2
	.byte	0x8
	.4byte	.LASF22
	.byte	0x4
	.byte	0x8
	.4byte	.LASF23
	.byte	0x8
	.byte	0
	.byte	0xc
	.4byte	0x64
	.4byte	0x118
	.byte	0xd
	.4byte	0x2e
	.byte	0x3f
	.byte	0
	.byte	0xf
	.4byte	.LASF24
	.byte	0x7
	.byte	0xd
	.4byte	0x108
	.byte	0x9
	.byte	0x3
	.8byte	stack
	.byte	0xf
	.4byte	.LASF25
	.byte	0x8
	.byte	0xc
	.4byte	0x5d
	.byte	0x9
	.byte	0x3
	.8byte	depth
	.byte	0x17
	.4byte	.LASF31
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF32
	.4byte	0x5d
	.4byte	0x15e
	.byte	0x4
	.4byte	0x9f
	.byte	0x10
	.byte	0
	.byte	0x18
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x5d
	.4byte	0x176
	.byte	0x4
	.4byte	0x9f
	.byte	0x10
	.byte	0
	.byte	0x11
	.4byte	.LASF27
	.byte	0x3
	.byte	0x9c
	.byte	0xc
	.4byte	0x5d
	.4byte	0x191
	.byte	0x4
	.4byte	0x9f
	.byte	0x4
	.4byte	0x9f
	.byte	0
	.byte	0x11
	.4byte	.LASF28
	.byte	0x4
	.byte	0xb1
	.byte	0x11
	.4byte	0x64
	.4byte	0x1b1
	.byte	0x4
	.4byte	0xa4
	.byte	0x4
	.4byte	0x1b6
	.byte	0x4
	.4byte	0x5d
	.byte	0
	.byte	0x6
	.4byte	0x6b
	.byte	0xe
	.4byte	0x1b1
	.byte	0x19
	.4byte	.LASF33
	.byte	0x5
	.byte	0x4f
	.byte	0x23
	.4byte	0x1c7
	.byte	0x6
	.4byte	0x9a
	.byte	0x1a
	.4byte	.LASF34
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x5d
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.byte	0x1
	.byte	0x9c
	.4byte	0x3d2
	.byte	0x9
	.string	"tok"
	.byte	0x1c
	.byte	0xa
	.4byte	0x8a
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x1b
	.4byte	.LASF29
	.byte	0x1
	.byte	0x1d
	.byte	0x9
	.4byte	0x5d
	.4byte	.LLST2
	.byte	0x12
	.4byte	.LLRL3
	.4byte	0x3b7
	.byte	0x9
	.string	"b"
	.byte	0x2a
	.byte	0xe
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x9
	.string	"a"
	.byte	0x2a
	.byte	0x11
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x12
	.4byte	.LLRL4
	.4byte	0x27a
	.byte	0x9
	.string	"v"
	.byte	0x24
	.byte	0x12
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x7
	.8byte	.LVL20
	.4byte	0x3d2
	.4byte	0x25e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL21
	.4byte	0x15e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0
	.byte	0
	.byte	0x1c
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.4byte	0x2ab
	.byte	0x1d
	.string	"r"
	.byte	0x1
	.byte	0x35
	.byte	0x1a
	.4byte	0x64
	.4byte	.LLST5
	.byte	0x5
	.8byte	.LVL19
	.4byte	0x406
	.byte	0
	.byte	0x7
	.8byte	.LVL8
	.4byte	0x191
	.4byte	0x2cd
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
	.byte	0x3a
	.byte	0
	.byte	0x5
	.8byte	.LVL9
	.4byte	0x406
	.byte	0x5
	.8byte	.LVL11
	.4byte	0x1bb
	.byte	0x7
	.8byte	.LVL12
	.4byte	0x176
	.4byte	0x30c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0
	.byte	0x7
	.8byte	.LVL13
	.4byte	0x3d2
	.4byte	0x324
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL14
	.4byte	0x3d2
	.4byte	0x33c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL22
	.4byte	0x15e
	.4byte	0x361
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
	.8byte	.LVL25
	.4byte	0x406
	.byte	0x5
	.8byte	.LVL26
	.4byte	0x406
	.byte	0x5
	.8byte	.LVL27
	.4byte	0x406
	.byte	0x5
	.8byte	.LVL28
	.4byte	0x406
	.byte	0xa
	.8byte	.LVL31
	.4byte	0x15e
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
	.byte	0
	.byte	0xa
	.8byte	.LVL10
	.4byte	0x142
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
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1e
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x5d
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
	.byte	0x1
	.byte	0x9c
	.4byte	0x401
	.byte	0x13
	.string	"v"
	.byte	0x12
	.4byte	0x401
	.4byte	.LLST1
	.byte	0
	.byte	0x6
	.4byte	0x64
	.byte	0x1f
	.4byte	.LASF35
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x5d
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.byte	0x13
	.string	"v"
	.byte	0xa
	.4byte	0x64
	.4byte	.LLST0
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
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x48
	.byte	0
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
	.byte	0x8
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
	.byte	0x18
	.byte	0
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x17
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
	.byte	0x1a
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
	.byte	0x1b
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1f
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
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LLST2:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL23
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL29
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LFE25
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x7e
	.byte	0x8
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE24
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
.LLRL3:
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF16:
	.string	"_ISxdigit"
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
.LASF30:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
