	.file	"bigint_add.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/bigint_add.c"
	.align	1
	.type	big_mul_small, @function
big_mul_small:
.LFB12:
	.file 1 "programs/bigint_add.c"
	.loc 1 17 1
	.cfi_startproc
.LVL0:
	.loc 1 18 5
	.loc 1 19 5
.LBB8:
	.loc 1 19 10
	.loc 1 19 23
	.loc 1 19 26 is_stmt 0
	lw	a3,160(a0)
	.loc 1 19 23
	ble	a3,zero,.L1
	slli	a7,a3,2
.LBB9:
	.loc 1 21 35
	li	t3,1000001536
	.loc 1 20 43
	slli	a1,a1,32
.LVL1:
	srli	a1,a1,32
	mv	a4,a0
	add	t1,a0,a7
.LBE9:
.LBE8:
	.loc 1 18 14
	li	a2,0
.LBB12:
.LBB10:
	.loc 1 21 35
	addi	a6,t3,-1536
.LVL2:
.L4:
	.loc 1 20 9 is_stmt 1 discriminator 3
	.loc 1 20 22 is_stmt 0 discriminator 3
	lwu	a5,0(a4)
.LBE10:
	.loc 1 19 23 discriminator 3
	addi	a4,a4,4
.LVL3:
.LBB11:
	.loc 1 20 43 discriminator 3
	mul	a5,a5,a1
	.loc 1 20 18 discriminator 3
	add	a5,a5,a2
.LVL4:
	.loc 1 21 9 is_stmt 1 discriminator 3
	.loc 1 21 35 is_stmt 0 discriminator 3
	remu	a2,a5,a6
.LVL5:
	.loc 1 21 22 discriminator 3
	sw	a2,-4(a4)
	.loc 1 22 9 is_stmt 1 discriminator 3
	.loc 1 22 15 is_stmt 0 discriminator 3
	divu	a2,a5,a6
.LVL6:
.LBE11:
	.loc 1 19 32 is_stmt 1 discriminator 3
	.loc 1 19 23 discriminator 3
	bne	t1,a4,.L4
.LBE12:
	.loc 1 24 18
	addi	t3,t3,-1537
	bleu	a5,t3,.L10
	.loc 1 24 18 is_stmt 0 discriminator 1
	li	a5,39
.LVL7:
	bgt	a3,a5,.L1
	.loc 1 25 9 is_stmt 1
	.loc 1 25 21 is_stmt 0
	addiw	a3,a3,1
	sw	a3,160(a0)
	.loc 1 25 25
	add	a0,a0,a7
.LVL8:
	.loc 1 25 27
	sw	a2,0(a0)
	.loc 1 26 9 is_stmt 1
.LVL9:
	.loc 1 24 18
	ret
.LVL10:
.L1:
	.loc 1 28 1 is_stmt 0
	ret
.LVL11:
.L10:
	ret
	.cfi_endproc
.LFE12:
	.size	big_mul_small, .-big_mul_small
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%s = %u"
	.align	3
.LC1:
	.string	"%09u"
	.text
	.align	1
	.type	big_print, @function
big_print:
.LFB14:
	.loc 1 45 1 is_stmt 1
	.cfi_startproc
.LVL12:
	.loc 1 46 5
	.loc 1 46 41 is_stmt 0
	lw	a5,160(a1)
	.loc 1 45 1
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,16(sp)
	.loc 1 46 35
	addiw	a5,a5,-1
	.cfi_offset 8, -16
	.loc 1 45 1
	mv	s0,a1
	.loc 1 46 35
	slli	a5,a5,2
	add	a5,s0,a5
	.loc 1 46 5
	lw	a2,0(a5)
	.loc 1 45 1
	mv	a1,a0
.LVL13:
	.loc 1 46 5
	lla	a0,.LC0
.LVL14:
	.loc 1 45 1
	sd	ra,24(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.loc 1 46 5
	call	printf@plt
.LVL15:
	.loc 1 47 5 is_stmt 1
.LBB13:
	.loc 1 47 10
	.loc 1 47 19 is_stmt 0
	lw	a5,160(s0)
.LVL16:
	.loc 1 47 30 is_stmt 1
	li	a4,1
	ble	a5,a4,.L12
	slli	a4,a5,2
	addiw	a5,a5,-2
.LVL17:
	addi	s1,s0,-4
	slli	a3,a5,32
	add	s1,s1,a4
	srli	a5,a3,30
	add	s0,s0,a4
.LVL18:
	sub	s1,s1,a5
	.loc 1 48 9 is_stmt 0
	lla	s2,.LC1
.LVL19:
.L13:
	.loc 1 48 9 is_stmt 1 discriminator 3
	lw	a1,-8(s0)
	mv	a0,s2
	.loc 1 47 30 is_stmt 0 discriminator 3
	addi	s0,s0,-4
	.loc 1 48 9 discriminator 3
	call	printf@plt
.LVL20:
	.loc 1 47 37 is_stmt 1 discriminator 3
	.loc 1 47 30 discriminator 3
	bne	s0,s1,.L13
.LVL21:
.L12:
.LBE13:
	.loc 1 49 5
	.loc 1 50 1 is_stmt 0
	ld	s0,16(sp)
	.cfi_restore 8
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s1,8(sp)
	.cfi_restore 9
	ld	s2,0(sp)
	.cfi_restore 18
	.loc 1 49 5
	li	a0,10
	.loc 1 50 1
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	.loc 1 49 5
	tail	putchar@plt
.LVL22:
	.cfi_endproc
.LFE14:
	.size	big_print, .-big_print
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"50!"
	.align	3
.LC3:
	.string	"2^200"
	.align	3
.LC4:
	.string	"sum"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.loc 1 53 1 is_stmt 1
	.cfi_startproc
	.loc 1 54 5
	.loc 1 55 5
	.loc 1 53 1 is_stmt 0
	addi	sp,sp,-544
	.cfi_def_cfa_offset 544
.LVL23:
.LBB24:
.LBB25:
	.loc 1 12 5 is_stmt 1
	.loc 1 12 16 is_stmt 0
	li	a5,1
.LBE25:
.LBE24:
	.loc 1 53 1
	sd	s0,528(sp)
	sd	s1,520(sp)
	sd	s2,512(sp)
	sd	ra,536(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 1, -8
.LBB27:
.LBB26:
	.loc 1 12 16
	sw	a5,8(sp)
	.loc 1 13 5 is_stmt 1
	.loc 1 13 10 is_stmt 0
	sw	a5,168(sp)
.LVL24:
.LBE26:
.LBE27:
	.loc 1 56 5 is_stmt 1
.LBB28:
	.loc 1 56 10
	.loc 1 56 28
	.loc 1 56 19 is_stmt 0
	li	s0,2
	addi	s2,sp,8
	.loc 1 56 28
	li	s1,51
.LVL25:
.L17:
	.loc 1 57 9 is_stmt 1 discriminator 3
	mv	a1,s0
	mv	a0,s2
	.loc 1 56 36 is_stmt 0 discriminator 3
	addiw	s0,s0,1
.LVL26:
	.loc 1 57 9 discriminator 3
	call	big_mul_small
.LVL27:
	.loc 1 56 36 is_stmt 1 discriminator 3
	.loc 1 56 28 discriminator 3
	bne	s0,s1,.L17
.LBE28:
	.loc 1 58 5
	mv	a1,s2
	lla	a0,.LC2
	call	big_print
.LVL28:
	.loc 1 59 5
.LBB29:
.LBB30:
	.loc 1 12 5
	.loc 1 12 16 is_stmt 0
	li	a5,1
	sw	a5,176(sp)
	.loc 1 13 5 is_stmt 1
	.loc 1 13 10 is_stmt 0
	sw	a5,336(sp)
.LVL29:
.LBE30:
.LBE29:
	.loc 1 60 5 is_stmt 1
.LBB32:
	.loc 1 60 10
	.loc 1 60 23
.LBE32:
.LBB33:
.LBB31:
	.loc 1 13 10 is_stmt 0
	li	s0,200
	addi	s1,sp,176
.LVL30:
.L18:
.LBE31:
.LBE33:
.LBB34:
	.loc 1 61 9 is_stmt 1 discriminator 3
	.loc 1 60 23 is_stmt 0 discriminator 3
	addiw	s0,s0,-1
	.loc 1 61 9 discriminator 3
	li	a1,2
	mv	a0,s1
	call	big_mul_small
.LVL31:
	.loc 1 60 31 is_stmt 1 discriminator 3
	.loc 1 60 23 discriminator 3
	bne	s0,zero,.L18
.LBE34:
	.loc 1 62 5
	mv	a1,s1
	lla	a0,.LC3
	call	big_print
.LVL32:
	.loc 1 63 5
	.loc 1 63 7 is_stmt 0
	addi	a1,sp,344
	mv	a5,a1
	addi	a6,sp,168
.L19:
	ld	a0,0(s2)
	ld	a2,8(s2)
	ld	a3,16(s2)
	ld	a4,24(s2)
	sd	a0,0(a5)
	sd	a2,8(a5)
	sd	a3,16(a5)
	sd	a4,24(a5)
	addi	s2,s2,32
	addi	a5,a5,32
	bne	s2,a6,.L19
	lw	a4,0(s2)
	sw	a4,0(a5)
	.loc 1 64 5 is_stmt 1
.LVL33:
.LBB35:
.LBB36:
	.loc 1 32 5
	.loc 1 33 5
	.loc 1 33 21 is_stmt 0
	lw	a7,336(sp)
	.loc 1 33 14
	lw	t1,504(sp)
	.loc 1 33 9
	mv	a5,a7
	bge	a7,t1,.L20
	mv	a5,t1
.L20:
	sext.w	a6,a5
.LVL34:
	.loc 1 34 5 is_stmt 1
.LBB37:
	.loc 1 34 10
	.loc 1 34 23
	ble	a6,zero,.L21
.LBB38:
	.loc 1 37 40 is_stmt 0
	li	t3,1000001536
	li	t4,-1000001536
	mv	a3,a1
.LBE38:
.LBE37:
	.loc 1 32 14
	li	a0,0
.LBB41:
	.loc 1 34 14
	li	a5,0
.LVL35:
.LBB39:
	.loc 1 37 40
	addi	t3,t3,-1537
	addiw	t4,t4,1536
.LVL36:
.L26:
	.loc 1 35 9 is_stmt 1
	.loc 1 35 45 is_stmt 0
	bgt	t1,a5,.L22
	.loc 1 35 75
	bgt	a7,a5,.L29
	mv	a2,a0
	.loc 1 36 15
	li	a0,0
.LVL37:
.L24:
	.loc 1 37 20
	sw	a2,0(a3)
.LBE39:
	.loc 1 34 29 is_stmt 1
	addiw	a5,a5,1
.LVL38:
	.loc 1 34 23
	addi	a3,a3,4
	addi	s1,s1,4
	bne	a6,a5,.L26
.LBE41:
	.loc 1 39 5
	.loc 1 39 10 is_stmt 0
	sw	a6,504(sp)
	.loc 1 40 5 is_stmt 1
	.loc 1 40 8 is_stmt 0
	beq	a0,zero,.L28
	.loc 1 40 15
	li	a5,40
	beq	a6,a5,.L28
	.loc 1 41 9 is_stmt 1
	.loc 1 41 25 is_stmt 0
	slli	a5,a6,2
	addi	a5,a5,512
	.loc 1 41 21
	addiw	a6,a6,1
.LVL39:
	.loc 1 41 25
	add	a5,a5,sp
	li	a4,1
	.loc 1 41 21
	sw	a6,504(sp)
	.loc 1 41 25
	sw	a4,-168(a5)
.LVL40:
.L28:
.LBE36:
.LBE35:
	.loc 1 65 5 is_stmt 1
	lla	a0,.LC4
	call	big_print
.LVL41:
	.loc 1 66 5
	.loc 1 67 1 is_stmt 0
	ld	ra,536(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,528(sp)
	.cfi_restore 8
	lw	a0,504(sp)
	ld	s1,520(sp)
	.cfi_restore 9
	ld	s2,512(sp)
	.cfi_restore 18
	addi	sp,sp,544
	.cfi_def_cfa_offset 0
	jr	ra
.LVL42:
.L22:
	.cfi_restore_state
.LBB44:
.LBB43:
.LBB42:
.LBB40:
	.loc 1 35 45
	lw	a4,0(a3)
	.loc 1 35 75
	ble	a7,a5,.L25
.L23:
	.loc 1 35 50
	lw	a2,0(s1)
	addw	a4,a2,a4
.L25:
	.loc 1 35 18
	addw	a2,a0,a4
.LVL43:
	.loc 1 36 9 is_stmt 1
	.loc 1 37 9
	.loc 1 36 15 is_stmt 0
	li	a0,0
	.loc 1 37 40
	bleu	a2,t3,.L24
	addw	a2,a2,t4
.LVL44:
	.loc 1 36 15
	li	a0,1
	j	.L24
.LVL45:
.L29:
	.loc 1 35 45
	li	a4,0
	j	.L23
.LVL46:
.L21:
.LBE40:
.LBE42:
	.loc 1 39 5 is_stmt 1
	.loc 1 39 10 is_stmt 0
	sw	a5,504(sp)
	.loc 1 40 5 is_stmt 1
	j	.L28
.LBE43:
.LBE44:
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x44f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x16
	.4byte	.LASF20
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL28
	.8byte	0
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
	.byte	0x17
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x5
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x3f
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2a
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.byte	0x10
	.4byte	0x7a
	.byte	0x5
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x5b
	.byte	0x5
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x6e
	.byte	0x18
	.string	"big"
	.byte	0xa4
	.byte	0x1
	.byte	0x8
	.byte	0x8
	.4byte	0xc4
	.byte	0x19
	.4byte	.LASF14
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0xc9
	.byte	0
	.byte	0x1a
	.string	"n"
	.byte	0x1
	.byte	0x8
	.byte	0x28
	.4byte	0x54
	.byte	0xa0
	.byte	0
	.byte	0x10
	.4byte	0x9e
	.byte	0x1b
	.4byte	0x86
	.4byte	0xd9
	.byte	0x1c
	.4byte	0x2a
	.byte	0x27
	.byte	0
	.byte	0x1d
	.4byte	.LASF21
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0xf1
	.byte	0x1e
	.4byte	0xf1
	.byte	0x1f
	.byte	0
	.byte	0xa
	.4byte	0x81
	.byte	0x20
	.4byte	.LASF22
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x2c2
	.byte	0xb
	.string	"f"
	.byte	0x10
	.4byte	0x9e
	.byte	0x3
	.byte	0x91
	.byte	0xe8,0x7b
	.byte	0xb
	.string	"p"
	.byte	0x13
	.4byte	0x9e
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0xb
	.string	"s"
	.byte	0x16
	.4byte	0x9e
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7e
	.byte	0x11
	.8byte	.LBB28
	.8byte	.LBE28-.LBB28
	.4byte	0x173
	.byte	0x4
	.string	"i"
	.byte	0x38
	.byte	0x13
	.4byte	0x86
	.4byte	.LLST13
	.byte	0x6
	.8byte	.LVL27
	.4byte	0x3bd
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x21
	.4byte	.LLRL17
	.4byte	0x1a3
	.byte	0x4
	.string	"i"
	.byte	0x3c
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST18
	.byte	0x6
	.8byte	.LVL31
	.4byte	0x3bd
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x32
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	0x42a
	.8byte	.LBB24
	.4byte	.LLRL10
	.byte	0x37
	.4byte	0x1cc
	.byte	0x3
	.4byte	0x43d
	.4byte	.LLST11
	.byte	0x3
	.4byte	0x434
	.4byte	.LLST12
	.byte	0
	.byte	0xc
	.4byte	0x42a
	.8byte	.LBB29
	.4byte	.LLRL14
	.byte	0x3b
	.4byte	0x1f5
	.byte	0x3
	.4byte	0x43d
	.4byte	.LLST15
	.byte	0x3
	.4byte	0x434
	.4byte	.LLST16
	.byte	0
	.byte	0xc
	.4byte	0x370
	.8byte	.LBB35
	.4byte	.LLRL19
	.byte	0x40
	.4byte	0x25c
	.byte	0x3
	.4byte	0x383
	.4byte	.LLST20
	.byte	0x3
	.4byte	0x37a
	.4byte	.LLST21
	.byte	0xd
	.4byte	.LLRL19
	.byte	0x7
	.4byte	0x38c
	.4byte	.LLST22
	.byte	0x7
	.4byte	0x398
	.4byte	.LLST23
	.byte	0x12
	.4byte	0x3a1
	.4byte	.LLRL24
	.byte	0x7
	.4byte	0x3a2
	.4byte	.LLST25
	.byte	0x12
	.4byte	0x3ab
	.4byte	.LLRL26
	.byte	0x7
	.4byte	0x3ac
	.4byte	.LLST27
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.8byte	.LVL28
	.4byte	0x2c2
	.4byte	0x281
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
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0xe
	.8byte	.LVL32
	.4byte	0x2c2
	.4byte	0x2a6
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
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0x6
	.8byte	.LVL41
	.4byte	0x2c2
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.byte	0
	.byte	0x13
	.4byte	.LASF16
	.byte	0x2c
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x36b
	.byte	0x8
	.string	"tag"
	.byte	0x2c
	.byte	0x23
	.4byte	0xf1
	.4byte	.LLST7
	.byte	0x8
	.string	"b"
	.byte	0x2c
	.byte	0x3a
	.4byte	0x36b
	.4byte	.LLST8
	.byte	0x11
	.8byte	.LBB13
	.8byte	.LBE13-.LBB13
	.4byte	0x331
	.byte	0x4
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST9
	.byte	0x6
	.8byte	.LVL20
	.4byte	0xd9
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.8byte	.LVL15
	.4byte	0xd9
	.4byte	0x357
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
	.byte	0x22
	.8byte	.LVL22
	.4byte	0x447
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0xc4
	.byte	0x14
	.4byte	.LASF18
	.byte	0x1e
	.4byte	0x3b8
	.byte	0x9
	.string	"a"
	.byte	0x1e
	.byte	0x21
	.4byte	0x3b8
	.byte	0x9
	.string	"b"
	.byte	0x1e
	.byte	0x36
	.4byte	0x36b
	.byte	0x23
	.4byte	.LASF15
	.byte	0x1
	.byte	0x20
	.byte	0xe
	.4byte	0x86
	.byte	0xf
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x54
	.byte	0x15
	.byte	0xf
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x54
	.byte	0x15
	.byte	0xf
	.string	"x"
	.byte	0x23
	.byte	0x12
	.4byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x9e
	.byte	0x13
	.4byte	.LASF17
	.byte	0x10
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x42a
	.byte	0x8
	.string	"b"
	.byte	0x10
	.byte	0x27
	.4byte	0x3b8
	.4byte	.LLST0
	.byte	0x8
	.string	"m"
	.byte	0x10
	.byte	0x33
	.4byte	0x86
	.4byte	.LLST1
	.byte	0x24
	.4byte	.LASF15
	.byte	0x1
	.byte	0x12
	.byte	0xe
	.4byte	0x92
	.4byte	.LLST2
	.byte	0xd
	.4byte	.LLRL3
	.byte	0x4
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST4
	.byte	0xd
	.4byte	.LLRL5
	.byte	0x4
	.string	"t"
	.byte	0x14
	.byte	0x12
	.4byte	0x92
	.4byte	.LLST6
	.byte	0
	.byte	0
	.byte	0
	.byte	0x14
	.4byte	.LASF19
	.byte	0xa
	.4byte	0x447
	.byte	0x9
	.string	"b"
	.byte	0xa
	.byte	0x21
	.4byte	0x3b8
	.byte	0x9
	.string	"v"
	.byte	0xa
	.byte	0x2d
	.4byte	0x86
	.byte	0
	.byte	0x25
	.4byte	.LASF23
	.4byte	.LASF24
	.byte	0x5
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
	.byte	0x5
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
	.byte	0x6
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
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
	.byte	0xa
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x36
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0x5
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
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
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x18
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0x8
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
	.byte	0x19
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x1b
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0x18
	.byte	0
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
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x22
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x82,0x1
	.byte	0x19
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x23
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
	.byte	0
	.byte	0
	.byte	0x24
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
	.byte	0x25
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
.LLST13:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x4
	.byte	0x91
	.byte	0xe8,0x7b
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL36
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL40
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL46
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL40
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LFE15
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL36
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL40
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL43
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL44
	.byte	0x12
	.byte	0x7c
	.byte	0
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0xc
	.4byte	0x3b9ac9ff
	.byte	0x2b
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL39
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL46
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL36
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL46
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST27:
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL44
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL15-1
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL18
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x3
	.byte	0x7f
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x8
	.byte	0x78
	.byte	0xa0,0x1
	.byte	0x94
	.byte	0x4
	.byte	0x32
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0xb
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x23
	.byte	0xa0,0x1
	.byte	0x94
	.byte	0x4
	.byte	0x32
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE12
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
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x8
	.byte	0x7e
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL6
	.byte	0xa
	.byte	0x7e
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LFE12
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
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
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
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0
.LLRL19:
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0
.LLRL24:
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0
.LLRL26:
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0
.LLRL28:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB15
	.8byte	.LFE15
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF18:
	.string	"big_add"
.LASF13:
	.string	"uint64_t"
.LASF7:
	.string	"short int"
.LASF23:
	.string	"putchar"
.LASF22:
	.string	"main"
.LASF9:
	.string	"__uint32_t"
.LASF19:
	.string	"big_set"
.LASF8:
	.string	"long int"
.LASF21:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF12:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF16:
	.string	"big_print"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"carry"
.LASF11:
	.string	"char"
.LASF24:
	.string	"__builtin_putchar"
.LASF10:
	.string	"__uint64_t"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"big_mul_small"
.LASF20:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF14:
	.string	"limb"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bigint_add.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
