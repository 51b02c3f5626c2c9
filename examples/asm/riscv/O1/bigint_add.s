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
.LBB2:
	.loc 1 19 10
	.loc 1 19 23
	.loc 1 19 26 is_stmt 0
	lw	a6,160(a0)
	.loc 1 19 23
	ble	a6,zero,.L1
	mv	a3,a0
	slli	a6,a6,2
	add	a6,a6,a0
.LBE2:
	.loc 1 18 14
	li	a4,0
.LBB4:
.LBB3:
	.loc 1 20 43
	slli	a1,a1,32
.LVL1:
	srli	a1,a1,32
	.loc 1 21 35
	li	a2,1000001536
	addi	a2,a2,-1536
.LVL2:
.L3:
	.loc 1 20 9 is_stmt 1 discriminator 3
	.loc 1 20 22 is_stmt 0 discriminator 3
	lwu	a5,0(a3)
	.loc 1 20 43 discriminator 3
	mul	a5,a5,a1
	.loc 1 20 18 discriminator 3
	add	a5,a5,a4
.LVL3:
	.loc 1 21 9 is_stmt 1 discriminator 3
	.loc 1 21 35 is_stmt 0 discriminator 3
	remu	a4,a5,a2
.LVL4:
	.loc 1 21 22 discriminator 3
	sw	a4,0(a3)
	.loc 1 22 9 is_stmt 1 discriminator 3
	.loc 1 22 15 is_stmt 0 discriminator 3
	divu	a4,a5,a2
.LVL5:
.LBE3:
	.loc 1 19 32 is_stmt 1 discriminator 3
	.loc 1 19 23 discriminator 3
	addi	a3,a3,4
.LVL6:
	bne	a3,a6,.L3
.LBE4:
	.loc 1 24 18
	li	a3,1000001536
.LVL7:
	addi	a3,a3,-1537
	bleu	a5,a3,.L1
	li	a6,39
	.loc 1 25 44 is_stmt 0
	li	a1,1000001536
	addi	a3,a1,-1536
	.loc 1 24 18
	addi	a1,a1,-1537
.LVL8:
.L4:
	.loc 1 24 22 discriminator 1
	lw	a5,160(a0)
	.loc 1 24 18 discriminator 1
	bgt	a5,a6,.L1
	.loc 1 25 9 is_stmt 1
	.loc 1 25 21 is_stmt 0
	addiw	a2,a5,1
	sw	a2,160(a0)
	.loc 1 25 25
	slli	a5,a5,2
	add	a5,a0,a5
	.loc 1 25 44
	remu	a2,a4,a3
	.loc 1 25 27
	sw	a2,0(a5)
	.loc 1 26 9 is_stmt 1
	.loc 1 26 15 is_stmt 0
	divu	a5,a4,a3
.LVL9:
	.loc 1 24 18 is_stmt 1
	bleu	a4,a1,.L1
	.loc 1 26 15 is_stmt 0
	mv	a4,a5
	j	.L4
.LVL10:
.L1:
	.loc 1 28 1
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
.LVL11:
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
	mv	s1,a1
	.loc 1 46 5
	.loc 1 46 41 is_stmt 0
	lw	a5,160(a1)
	.loc 1 46 35
	addiw	a5,a5,-1
	slli	a5,a5,2
	add	a5,a1,a5
	.loc 1 46 5
	lw	a2,0(a5)
	mv	a1,a0
.LVL12:
	lla	a0,.LC0
.LVL13:
	call	printf@plt
.LVL14:
	.loc 1 47 5 is_stmt 1
.LBB5:
	.loc 1 47 10
	.loc 1 47 19 is_stmt 0
	lw	a5,160(s1)
.LVL15:
	.loc 1 47 30 is_stmt 1
	li	a4,1
	ble	a5,a4,.L9
	slli	a4,a5,2
	add	s0,s1,a4
	addi	s1,s1,-4
.LVL16:
	add	s1,s1,a4
.LVL17:
	addiw	a5,a5,-2
.LVL18:
	slli	a4,a5,32
	srli	a5,a4,30
	sub	s1,s1,a5
	.loc 1 48 9 is_stmt 0
	lla	s2,.LC1
.LVL19:
.L10:
	.loc 1 48 9 is_stmt 1 discriminator 3
	lw	a1,-8(s0)
	mv	a0,s2
	call	printf@plt
.LVL20:
	.loc 1 47 37 discriminator 3
	.loc 1 47 30 discriminator 3
	addi	s0,s0,-4
	bne	s0,s1,.L10
.LVL21:
.L9:
.LBE5:
	.loc 1 49 5
	li	a0,10
	call	putchar@plt
.LVL22:
	.loc 1 50 1 is_stmt 0
	ld	ra,24(sp)
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	ld	s1,8(sp)
	.cfi_restore 9
	ld	s2,0(sp)
	.cfi_restore 18
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.loc 1 53 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-544
	.cfi_def_cfa_offset 544
	sd	ra,536(sp)
	sd	s0,528(sp)
	sd	s1,520(sp)
	sd	s2,512(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.loc 1 54 5
	.loc 1 55 5
.LVL23:
.LBB16:
.LBB17:
	.loc 1 12 5
	.loc 1 12 16 is_stmt 0
	li	a5,1
	sw	a5,344(sp)
	.loc 1 13 5 is_stmt 1
	.loc 1 13 10 is_stmt 0
	sw	a5,504(sp)
.LVL24:
.LBE17:
.LBE16:
.LBB18:
	.loc 1 56 28 is_stmt 1
	.loc 1 56 19 is_stmt 0
	li	s0,2
	.loc 1 57 9
	addi	s2,sp,344
	.loc 1 56 28
	li	s1,51
.LVL25:
.L14:
	.loc 1 57 9 is_stmt 1 discriminator 3
	mv	a1,s0
	mv	a0,s2
	call	big_mul_small
.LVL26:
	.loc 1 56 36 discriminator 3
	addiw	s0,s0,1
.LVL27:
	.loc 1 56 28 discriminator 3
	bne	s0,s1,.L14
.LBE18:
	.loc 1 58 5
	addi	a1,sp,344
	lla	a0,.LC2
	call	big_print
.LVL28:
	.loc 1 59 5
.LBB19:
.LBB20:
	.loc 1 12 5
	.loc 1 12 16 is_stmt 0
	li	a5,1
	sw	a5,176(sp)
	.loc 1 13 5 is_stmt 1
	.loc 1 13 10 is_stmt 0
	sw	a5,336(sp)
.LVL29:
.LBE20:
.LBE19:
.LBB22:
	.loc 1 60 23 is_stmt 1
.LBE22:
.LBB23:
.LBB21:
	.loc 1 13 10 is_stmt 0
	li	s0,200
.LBE21:
.LBE23:
.LBB24:
	.loc 1 61 9
	addi	s1,sp,176
.LVL30:
.L15:
	.loc 1 61 9 is_stmt 1 discriminator 3
	li	a1,2
	mv	a0,s1
	call	big_mul_small
.LVL31:
	.loc 1 60 31 discriminator 3
	.loc 1 60 23 discriminator 3
	addiw	s0,s0,-1
.LVL32:
	bne	s0,zero,.L15
.LBE24:
	.loc 1 62 5
	addi	a1,sp,176
	lla	a0,.LC3
	call	big_print
.LVL33:
	.loc 1 63 5
	.loc 1 63 7 is_stmt 0
	addi	a5,sp,344
	addi	a4,sp,8
	addi	a6,sp,504
.L16:
	ld	a0,0(a5)
	ld	a1,8(a5)
	ld	a2,16(a5)
	ld	a3,24(a5)
	sd	a0,0(a4)
	sd	a1,8(a4)
	sd	a2,16(a4)
	sd	a3,24(a4)
	addi	a5,a5,32
	addi	a4,a4,32
	bne	a5,a6,.L16
	lw	a5,0(a5)
	sw	a5,0(a4)
	.loc 1 64 5 is_stmt 1
.LVL34:
.LBB25:
.LBB26:
	.loc 1 32 5
	.loc 1 33 5
	.loc 1 33 21 is_stmt 0
	lw	t3,336(sp)
	.loc 1 33 14
	lw	t4,168(sp)
	.loc 1 33 9
	mv	a5,t3
	bge	t3,t4,.L17
	mv	a5,t4
.L17:
	sext.w	t1,a5
.LVL35:
	.loc 1 34 5 is_stmt 1
.LBB27:
	.loc 1 34 10
	.loc 1 34 23
	ble	t1,zero,.L18
	addi	a3,sp,8
.LVL36:
	addi	a1,sp,176
.LBE27:
	.loc 1 32 14 is_stmt 0
	mv	a7,s0
.LBB30:
	.loc 1 34 14
	li	a4,0
.LBB28:
	.loc 1 36 19
	li	t5,1000001536
	addi	a6,t5,-1537
	.loc 1 37 40
	addi	t5,t5,-1536
	j	.L22
.LVL37:
.L21:
	.loc 1 37 24
	subw	a5,a5,a0
.LVL38:
	.loc 1 37 20
	sw	a5,0(a3)
.LBE28:
	.loc 1 34 29 is_stmt 1
	addiw	a4,a4,1
.LVL39:
	.loc 1 34 23
	addi	a3,a3,4
	addi	a1,a1,4
	beq	t1,a4,.L33
.LVL40:
.L22:
.LBB29:
	.loc 1 35 9
	.loc 1 35 45 is_stmt 0
	mv	a5,s0
	ble	t4,a4,.L19
	lw	a5,0(a3)
.L19:
	.loc 1 35 75
	mv	a2,s0
	ble	t3,a4,.L20
	lw	a2,0(a1)
.L20:
	.loc 1 35 18
	addw	a5,a5,a2
	addw	a5,a5,a7
	sext.w	a2,a5
.LVL41:
	.loc 1 36 9 is_stmt 1
	.loc 1 36 15 is_stmt 0
	sgtu	a7,a2,a6
.LVL42:
	.loc 1 37 9 is_stmt 1
	.loc 1 37 40 is_stmt 0
	mv	a0,s0
	bleu	a2,a6,.L21
	mv	a0,t5
	j	.L21
.LVL43:
.L33:
.LBE29:
.LBE30:
	.loc 1 39 5 is_stmt 1
	.loc 1 39 10 is_stmt 0
	sw	t1,168(sp)
	.loc 1 40 5 is_stmt 1
	.loc 1 40 8 is_stmt 0
	li	a5,1000001536
	addi	a5,a5,-1537
	bleu	a2,a5,.L23
	.loc 1 40 15
	li	a5,39
	bgt	t1,a5,.L23
	.loc 1 41 9 is_stmt 1
	.loc 1 41 21 is_stmt 0
	addiw	a5,t1,1
	sw	a5,168(sp)
	.loc 1 41 25
	slli	a5,t1,2
	addi	a5,a5,512
	add	a5,a5,sp
	li	a4,1
	sw	a4,-504(a5)
.LVL44:
.L23:
.LBE26:
.LBE25:
	.loc 1 65 5 is_stmt 1
	addi	a1,sp,8
	lla	a0,.LC4
	call	big_print
.LVL45:
	.loc 1 66 5
	.loc 1 66 13 is_stmt 0
	lw	a0,168(sp)
	.loc 1 67 1
	ld	ra,536(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,528(sp)
	.cfi_restore 8
	ld	s1,520(sp)
	.cfi_restore 9
	ld	s2,512(sp)
	.cfi_restore 18
	addi	sp,sp,544
	.cfi_def_cfa_offset 0
	jr	ra
.LVL46:
.L18:
	.cfi_restore_state
.LBB32:
.LBB31:
	.loc 1 39 5 is_stmt 1
	.loc 1 39 10 is_stmt 0
	sw	a5,168(sp)
	.loc 1 40 5 is_stmt 1
	j	.L23
.LBE31:
.LBE32:
	.cfi_endproc
.LFE15:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-uintn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x471
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x16
	.4byte	.LASF20
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
	.byte	0x17
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x6
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2a
	.byte	0x16
	.4byte	0x43
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x6
	.4byte	.LASF10
	.byte	0x2
	.byte	0x2d
	.byte	0x1b
	.4byte	0x2e
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.byte	0xe
	.4byte	0x7e
	.byte	0x6
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x14
	.4byte	0x5f
	.byte	0x6
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x14
	.4byte	0x72
	.byte	0x18
	.string	"big"
	.byte	0xa4
	.byte	0x1
	.byte	0x8
	.byte	0x8
	.4byte	0xc8
	.byte	0x19
	.4byte	.LASF14
	.byte	0x1
	.byte	0x8
	.byte	0x17
	.4byte	0xcd
	.byte	0
	.byte	0x1a
	.string	"n"
	.byte	0x1
	.byte	0x8
	.byte	0x28
	.4byte	0x58
	.byte	0xa0
	.byte	0
	.byte	0xe
	.4byte	0xa2
	.byte	0x1b
	.4byte	0x8a
	.4byte	0xdd
	.byte	0x1c
	.4byte	0x2e
	.byte	0x27
	.byte	0
	.byte	0x1d
	.4byte	.LASF21
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xf5
	.byte	0x1e
	.4byte	0xf5
	.byte	0x1f
	.byte	0
	.byte	0x9
	.4byte	0x85
	.byte	0x20
	.4byte	.LASF22
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x2d9
	.byte	0xa
	.string	"f"
	.byte	0x10
	.4byte	0xa2
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7e
	.byte	0xa
	.string	"p"
	.byte	0x13
	.4byte	0xa2
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0xa
	.string	"s"
	.byte	0x16
	.4byte	0xa2
	.byte	0x3
	.byte	0x91
	.byte	0xe8,0x7b
	.byte	0xf
	.8byte	.LBB18
	.8byte	.LBE18-.LBB18
	.4byte	0x17d
	.byte	0x4
	.string	"i"
	.byte	0x38
	.byte	0x13
	.4byte	0x8a
	.4byte	.LLST10
	.byte	0x5
	.8byte	.LVL26
	.4byte	0x3d4
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x21
	.4byte	.LLRL14
	.4byte	0x1ad
	.byte	0x4
	.string	"i"
	.byte	0x3c
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST15
	.byte	0x5
	.8byte	.LVL31
	.4byte	0x3d4
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
	.byte	0x22
	.4byte	0x44c
	.8byte	.LBB16
	.8byte	.LBE16-.LBB16
	.byte	0x1
	.byte	0x37
	.byte	0x5
	.4byte	0x1dc
	.byte	0x3
	.4byte	0x45f
	.4byte	.LLST8
	.byte	0x3
	.4byte	0x456
	.4byte	.LLST9
	.byte	0
	.byte	0x10
	.4byte	0x44c
	.8byte	.LBB19
	.4byte	.LLRL11
	.byte	0x3b
	.4byte	0x205
	.byte	0x3
	.4byte	0x45f
	.4byte	.LLST12
	.byte	0x3
	.4byte	0x456
	.4byte	.LLST13
	.byte	0
	.byte	0x10
	.4byte	0x387
	.8byte	.LBB25
	.4byte	.LLRL16
	.byte	0x40
	.4byte	0x26c
	.byte	0x3
	.4byte	0x39a
	.4byte	.LLST17
	.byte	0x3
	.4byte	0x391
	.4byte	.LLST18
	.byte	0x11
	.4byte	.LLRL16
	.byte	0x7
	.4byte	0x3a3
	.4byte	.LLST19
	.byte	0x7
	.4byte	0x3af
	.4byte	.LLST20
	.byte	0x12
	.4byte	0x3b8
	.4byte	.LLRL21
	.byte	0x7
	.4byte	0x3b9
	.4byte	.LLST22
	.byte	0x12
	.4byte	0x3c2
	.4byte	.LLRL23
	.byte	0x7
	.4byte	0x3c3
	.4byte	.LLST24
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL28
	.4byte	0x2d9
	.4byte	0x291
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
	.byte	0xb
	.8byte	.LVL33
	.4byte	0x2d9
	.4byte	0x2b6
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
	.byte	0x5
	.8byte	.LVL45
	.4byte	0x2d9
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0x91
	.byte	0xe8,0x7b
	.byte	0
	.byte	0
	.byte	0x13
	.4byte	.LASF16
	.byte	0x2c
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x382
	.byte	0xc
	.string	"tag"
	.byte	0x2c
	.byte	0x23
	.4byte	0xf5
	.4byte	.LLST5
	.byte	0xc
	.string	"b"
	.byte	0x2c
	.byte	0x3a
	.4byte	0x382
	.4byte	.LLST6
	.byte	0xf
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.4byte	0x348
	.byte	0x4
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST7
	.byte	0x5
	.8byte	.LVL20
	.4byte	0xdd
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL14
	.4byte	0xdd
	.4byte	0x36e
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
	.8byte	.LVL22
	.4byte	0x469
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0xc8
	.byte	0x14
	.4byte	.LASF18
	.byte	0x1e
	.4byte	0x3cf
	.byte	0x8
	.string	"a"
	.byte	0x1e
	.byte	0x21
	.4byte	0x3cf
	.byte	0x8
	.string	"b"
	.byte	0x1e
	.byte	0x36
	.4byte	0x382
	.byte	0x23
	.4byte	.LASF15
	.byte	0x1
	.byte	0x20
	.byte	0xe
	.4byte	0x8a
	.byte	0xd
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x58
	.byte	0x15
	.byte	0xd
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x58
	.byte	0x15
	.byte	0xd
	.string	"x"
	.byte	0x23
	.byte	0x12
	.4byte	0x8a
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0xa2
	.byte	0x13
	.4byte	.LASF17
	.byte	0x10
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x44c
	.byte	0x24
	.string	"b"
	.byte	0x1
	.byte	0x10
	.byte	0x27
	.4byte	0x3cf
	.byte	0x1
	.byte	0x5a
	.byte	0xc
	.string	"m"
	.byte	0x10
	.byte	0x33
	.4byte	0x8a
	.4byte	.LLST0
	.byte	0x25
	.4byte	.LASF15
	.byte	0x1
	.byte	0x12
	.byte	0xe
	.4byte	0x96
	.4byte	.LLST1
	.byte	0x11
	.4byte	.LLRL2
	.byte	0x4
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST3
	.byte	0x26
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.byte	0x4
	.string	"t"
	.byte	0x14
	.byte	0x12
	.4byte	0x96
	.4byte	.LLST4
	.byte	0
	.byte	0
	.byte	0
	.byte	0x14
	.4byte	.LASF19
	.byte	0xa
	.4byte	0x469
	.byte	0x8
	.string	"b"
	.byte	0xa
	.byte	0x21
	.4byte	0x3cf
	.byte	0x8
	.string	"v"
	.byte	0xa
	.byte	0x2d
	.4byte	0x8a
	.byte	0
	.byte	0x27
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
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
	.byte	0xe
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x11
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x5
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x25
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
	.byte	0x26
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x27
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
.LLST10:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x6
	.byte	0x8
	.byte	0xc8
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x6
	.byte	0x8
	.byte	0xc9
	.byte	0x78
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x4
	.byte	0x91
	.byte	0xb8,0x7e
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL44
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL36
	.byte	0x4
	.byte	0x91
	.byte	0xe8,0x7b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL44
	.byte	0x4
	.byte	0x91
	.byte	0xe8,0x7b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x4
	.byte	0x91
	.byte	0xe8,0x7b
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL37
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL40
	.byte	0x1c
	.byte	0x7c
	.byte	0
	.byte	0x23
	.byte	0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x1
	.byte	0x80
	.byte	0
	.byte	0x23
	.byte	0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x1
	.byte	0x2b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL44
	.byte	0x1c
	.byte	0x7c
	.byte	0
	.byte	0x23
	.byte	0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x1
	.byte	0x80
	.byte	0
	.byte	0x23
	.byte	0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x80,0x1
	.byte	0x2b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL44
	.byte	0x1
	.byte	0x56
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL39
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL43
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LFE15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL40
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL43
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL44
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL14-1
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL16
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x3
	.byte	0x79
	.byte	0x4
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL18
	.byte	0x3
	.byte	0x7f
	.byte	0x7e
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
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL5
	.byte	0x8
	.byte	0x7d
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0xa
	.byte	0x7d
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0xc
	.byte	0x7d
	.byte	0
	.byte	0x7a
	.byte	0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5f
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
.LLRL2:
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0
.LLRL21:
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0
.LLRL23:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF14:
	.string	"limb"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/bigint_add.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
