	.file	"matrix_mul.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/matrix_mul.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%6ld"
	.align	3
.LC1:
	.string	"trace %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/matrix_mul.c"
	.loc 1 28 1
	.cfi_startproc
	.loc 1 29 5
	.loc 1 30 5
	.loc 1 31 5
.LBB17:
	.loc 1 31 10
.LVL0:
	.loc 1 31 23
.LBE17:
	.loc 1 28 1 is_stmt 0
	addi	sp,sp,-640
	.cfi_def_cfa_offset 640
	mv	t1,sp
	addi	t4,sp,144
	sd	ra,632(sp)
	sd	s0,624(sp)
	sd	s1,616(sp)
	sd	s2,608(sp)
	sd	s3,600(sp)
	sd	s4,592(sp)
	sd	s5,584(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
.LBB20:
.LBB18:
	.loc 1 32 18
	mv	t6,t4
	mv	t5,t1
	li	t3,-5
.LBE18:
	.loc 1 31 14
	li	a0,0
.LBB19:
	.loc 1 32 27
	li	a7,6
.LVL1:
.L2:
	.loc 1 32 27 is_stmt 1
	mv	a6,a0
	.loc 1 33 26 is_stmt 0
	mv	a1,t6
	addiw	a0,a0,1
.LVL2:
	mv	a2,t5
	mv	a3,t3
	.loc 1 32 18
	li	a5,0
.LVL3:
.L3:
	.loc 1 33 13 is_stmt 1 discriminator 3
	.loc 1 34 26 is_stmt 0 discriminator 3
	xor	a4,a6,a5
	.loc 1 34 31 discriminator 3
	addiw	a4,a4,-3
	.loc 1 33 21 discriminator 3
	sw	a3,0(a2)
	.loc 1 34 13 is_stmt 1 discriminator 3
	.loc 1 34 21 is_stmt 0 discriminator 3
	sw	a4,0(a1)
	.loc 1 32 33 is_stmt 1 discriminator 3
	addiw	a5,a5,1
.LVL4:
	.loc 1 32 27 discriminator 3
	addw	a3,a3,a0
	addi	a2,a2,4
	addi	a1,a1,4
	bne	a5,a7,.L3
.LBE19:
	.loc 1 31 29 discriminator 2
.LVL5:
	.loc 1 31 23 discriminator 2
	addiw	t3,t3,2
	addi	t5,t5,24
	addi	t6,t6,24
	bne	a0,a5,.L2
.LVL6:
.LBE20:
.LBB21:
.LBB22:
	.loc 1 20 9
.LBB23:
	.loc 1 20 14
	.loc 1 20 31
	addi	a6,sp,148
.LVL7:
	.loc 1 20 18 is_stmt 0
	li	a5,1
	.loc 1 20 31
	li	a0,6
.LVL8:
.L5:
	sext.w	a7,a5
.LVL9:
	addi	a3,a6,20
	.loc 1 20 18
	mv	a4,a6
.LVL10:
.L7:
.LBB24:
	.loc 1 21 13 is_stmt 1
	.loc 1 22 27 is_stmt 0
	lw	a1,0(a3)
	.loc 1 21 17
	lw	a2,0(a4)
.LVL11:
	.loc 1 22 13 is_stmt 1
.LBE24:
	.loc 1 20 37 is_stmt 0
	addiw	a5,a5,1
.LBB25:
	.loc 1 22 21
	sw	a1,0(a4)
.LVL12:
	.loc 1 23 13 is_stmt 1
	.loc 1 23 21 is_stmt 0
	sw	a2,0(a3)
.LBE25:
	.loc 1 20 37 is_stmt 1
	.loc 1 20 31
	addi	a4,a4,4
	addi	a3,a3,24
	mv	a2,a5
.LVL13:
	bne	a5,a0,.L7
.LBE23:
	.loc 1 20 9
.LBB26:
	.loc 1 20 14
	addiw	a5,a7,1
.LVL14:
	.loc 1 20 31
	addi	a6,a6,28
	bne	a5,a2,.L5
	addi	t5,t1,24
	addi	s2,sp,288
	mv	a0,t5
	addi	t0,t1,144
	mv	t6,s2
	addi	t3,t4,24
.LVL15:
.L11:
.LBE26:
.LBE22:
.LBE21:
.LBB29:
.LBB30:
.LBB31:
	.loc 1 9 27
.LBB32:
	.loc 1 10 18 is_stmt 0
	mv	a6,t4
	mv	a7,t6
.LVL16:
.L13:
.LBB33:
	.loc 1 11 31 is_stmt 1
.LBE33:
.LBE32:
.LBE31:
.LBE30:
.LBE29:
.LBB38:
.LBB28:
.LBB27:
	.loc 1 20 18 is_stmt 0
	mv	a3,a6
	mv	a5,t1
.LBE27:
.LBE28:
.LBE38:
.LBB39:
.LBB37:
.LBB36:
.LBB35:
	.loc 1 10 18
	li	a2,0
.LVL17:
.L9:
.LBB34:
	.loc 1 12 17 is_stmt 1
	.loc 1 12 22 is_stmt 0
	lw	a4,0(a5)
	.loc 1 12 42
	lw	a1,0(a3)
	.loc 1 11 31
	addi	a5,a5,4
.LVL18:
	addi	a3,a3,24
	.loc 1 12 36
	mul	a4,a4,a1
	.loc 1 12 19
	add	a2,a2,a4
.LVL19:
	.loc 1 11 37 is_stmt 1
	.loc 1 11 31
	bne	a5,a0,.L9
.LBE34:
	.loc 1 13 13
	.loc 1 13 21 is_stmt 0
	sd	a2,0(a7)
.LBE35:
	.loc 1 9 33 is_stmt 1
.LVL20:
	.loc 1 9 27
	addi	a6,a6,4
	addi	a7,a7,8
.LVL21:
	bne	t3,a6,.L13
.LBE36:
	.loc 1 8 29
.LVL22:
	.loc 1 8 23
	mv	t1,t5
	addi	a0,a5,24
	addi	t6,t6,48
.LVL23:
	beq	t5,t0,.L22
	addi	t5,t5,24
.LVL24:
	j	.L11
.L22:
	addi	s1,s2,48
	addi	s5,s2,336
.LBE37:
.LBE39:
	.loc 1 38 10 is_stmt 0
	li	s4,0
.LBB40:
.LBB41:
	.loc 1 41 13
	lla	s3,.LC0
.LVL25:
.L12:
	.loc 1 40 27 is_stmt 1
	addi	s0,s1,-48
.LVL26:
.L14:
	.loc 1 41 13 discriminator 3
	ld	a1,0(s0)
	mv	a0,s3
	.loc 1 40 27 is_stmt 0 discriminator 3
	addi	s0,s0,8
.LVL27:
	.loc 1 41 13 discriminator 3
	call	printf@plt
.LVL28:
	.loc 1 40 33 is_stmt 1 discriminator 3
	.loc 1 40 27 discriminator 3
	bne	s1,s0,.L14
.LBE41:
	.loc 1 42 9 discriminator 2
	li	a0,10
	call	putchar@plt
.LVL29:
	.loc 1 43 9 discriminator 2
	.loc 1 43 15 is_stmt 0 discriminator 2
	ld	a5,0(s2)
	.loc 1 39 23 discriminator 2
	addi	s1,s1,48
	addi	s2,s2,56
.LVL30:
	.loc 1 43 15 discriminator 2
	add	s4,s4,a5
.LVL31:
	.loc 1 39 29 is_stmt 1 discriminator 2
	.loc 1 39 23 discriminator 2
	bne	s1,s5,.L12
.LBE40:
	.loc 1 45 5
	mv	a1,s4
	lla	a0,.LC1
	call	printf@plt
.LVL32:
	.loc 1 46 5
	.loc 1 47 1 is_stmt 0
	ld	ra,632(sp)
	.cfi_restore 1
	ld	s0,624(sp)
	.cfi_restore 8
	ld	s1,616(sp)
	.cfi_restore 9
	ld	s2,608(sp)
	.cfi_restore 18
	ld	s3,600(sp)
	.cfi_restore 19
	ld	s5,584(sp)
	.cfi_restore 21
	andi	a0,s4,127
	ld	s4,592(sp)
	.cfi_restore 20
.LVL33:
	addi	sp,sp,640
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x343
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x12
	.4byte	.LASF13
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL21
	.8byte	0
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
	.byte	0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x14
	.4byte	0x62
	.byte	0x15
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x86
	.byte	0x16
	.4byte	0x86
	.byte	0x17
	.byte	0
	.byte	0xc
	.4byte	0x69
	.byte	0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x264
	.byte	0xd
	.string	"a"
	.byte	0x1d
	.byte	0x9
	.4byte	0x264
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7b
	.byte	0xd
	.string	"b"
	.byte	0x1d
	.byte	0x12
	.4byte	0x264
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7c
	.byte	0xd
	.string	"c"
	.byte	0x1e
	.byte	0xa
	.4byte	0x278
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7d
	.byte	0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x26
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST0
	.byte	0x1a
	.4byte	.LLRL1
	.4byte	0x10e
	.byte	0x7
	.string	"i"
	.byte	0x1f
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST2
	.byte	0x1b
	.4byte	.LLRL3
	.byte	0x7
	.string	"j"
	.byte	0x20
	.byte	0x12
	.4byte	0x54
	.4byte	.LLST4
	.byte	0
	.byte	0
	.byte	0xf
	.8byte	.LBB40
	.8byte	.LBE40-.LBB40
	.4byte	0x17b
	.byte	0x7
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST19
	.byte	0xf
	.8byte	.LBB41
	.8byte	.LBE41-.LBB41
	.4byte	0x167
	.byte	0x7
	.string	"j"
	.byte	0x28
	.byte	0x12
	.4byte	0x54
	.4byte	.LLST20
	.byte	0xe
	.8byte	.LVL28
	.4byte	0x6e
	.byte	0x8
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.8byte	.LVL29
	.4byte	0x33b
	.byte	0x8
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x28c
	.8byte	.LBB21
	.4byte	.LLRL5
	.byte	0x24
	.4byte	0x1d0
	.byte	0x9
	.4byte	0x296
	.byte	0x2
	.4byte	0x29f
	.4byte	.LLRL5
	.byte	0x3
	.4byte	0x2a0
	.4byte	.LLST6
	.byte	0x2
	.4byte	0x2a9
	.4byte	.LLRL7
	.byte	0x3
	.4byte	0x2aa
	.4byte	.LLST8
	.byte	0x2
	.4byte	0x2b3
	.4byte	.LLRL9
	.byte	0x3
	.4byte	0x2b4
	.4byte	.LLST10
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x2d5
	.8byte	.LBB29
	.4byte	.LLRL11
	.byte	0x25
	.4byte	0x242
	.byte	0x9
	.4byte	0x2f1
	.byte	0x9
	.4byte	0x2e8
	.byte	0x9
	.4byte	0x2df
	.byte	0x2
	.4byte	0x2fa
	.4byte	.LLRL11
	.byte	0x3
	.4byte	0x2fb
	.4byte	.LLST12
	.byte	0x2
	.4byte	0x304
	.4byte	.LLRL13
	.byte	0x3
	.4byte	0x305
	.4byte	.LLST14
	.byte	0x2
	.4byte	0x30e
	.4byte	.LLRL15
	.byte	0x3
	.4byte	0x30f
	.4byte	.LLST16
	.byte	0x2
	.4byte	0x318
	.4byte	.LLRL17
	.byte	0x3
	.4byte	0x319
	.4byte	.LLST18
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.8byte	.LVL32
	.4byte	0x6e
	.byte	0x8
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x8
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x54
	.4byte	0x278
	.byte	0x6
	.4byte	0x2a
	.byte	0x6
	.4byte	0x2a
	.byte	0
	.byte	0xa
	.4byte	0x5b
	.4byte	0x28c
	.byte	0x6
	.4byte	0x2a
	.byte	0x6
	.4byte	0x2a
	.byte	0
	.byte	0x11
	.4byte	.LASF11
	.byte	0x11
	.4byte	0x2c1
	.byte	0xb
	.string	"m"
	.byte	0x11
	.byte	0x1b
	.4byte	0x2d0
	.byte	0x4
	.byte	0x5
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x54
	.byte	0x4
	.byte	0x5
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x54
	.byte	0x4
	.byte	0x5
	.string	"t"
	.byte	0x15
	.byte	0x11
	.4byte	0x54
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x54
	.4byte	0x2d0
	.byte	0x6
	.4byte	0x2a
	.byte	0
	.byte	0xc
	.4byte	0x2c1
	.byte	0x11
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x327
	.byte	0xb
	.string	"a"
	.byte	0x6
	.byte	0x1a
	.4byte	0x2d0
	.byte	0xb
	.string	"b"
	.byte	0x6
	.byte	0x27
	.4byte	0x2d0
	.byte	0xb
	.string	"c"
	.byte	0x6
	.byte	0x35
	.4byte	0x336
	.byte	0x4
	.byte	0x5
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x54
	.byte	0x4
	.byte	0x5
	.string	"j"
	.byte	0x9
	.byte	0x12
	.4byte	0x54
	.byte	0x4
	.byte	0x5
	.string	"s"
	.byte	0xa
	.byte	0x12
	.4byte	0x5b
	.byte	0x4
	.byte	0x5
	.string	"k"
	.byte	0xb
	.byte	0x16
	.4byte	0x54
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x5b
	.4byte	0x336
	.byte	0x6
	.4byte	0x2a
	.byte	0
	.byte	0xc
	.4byte	0x327
	.byte	0x1c
	.4byte	.LASF16
	.4byte	.LASF17
	.byte	0x3
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
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0xb
	.byte	0x1
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
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x21
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
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
	.byte	0x16
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x18
	.byte	0
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
	.byte	0x1a
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
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
.LLST0:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL33
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x3
	.byte	0x80
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL30
	.byte	0x12
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x2
	.byte	0xa8
	.byte	0x2a
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x12
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa8,0x2
	.byte	0xa8
	.byte	0x2a
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x26
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x2
	.byte	0xa8
	.byte	0x2a
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x8
	.byte	0x30
	.byte	0x1e
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x2
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x26
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x2
	.byte	0xa8
	.byte	0x2a
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x8
	.byte	0x30
	.byte	0x1e
	.byte	0x1c
	.byte	0x23
	.byte	0xd8,0x2
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x3
	.byte	0x81
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x3
	.byte	0x81
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x2
	.byte	0x7e
	.byte	0
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL22
	.byte	0x11
	.byte	0x76
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x5
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
	.8byte	.LVL22
	.8byte	.LVL24
	.byte	0x13
	.byte	0x8e
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2a
	.byte	0x48
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x13
	.byte	0x76
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2a
	.byte	0x48
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL20
	.byte	0x8
	.byte	0x81
	.byte	0
	.byte	0x8f
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0xa
	.byte	0x81
	.byte	0
	.byte	0x8f
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0xc
	.byte	0x81
	.byte	0
	.byte	0x8f
	.byte	0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0xc
	.byte	0x81
	.byte	0
	.byte	0x8f
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x28
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0x76
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x76
	.byte	0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
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
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0
.LLRL21:
	.byte	0x6
	.8byte	.LFB13
	.8byte	.LFE13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF10:
	.string	"trace"
.LASF2:
	.string	"long unsigned int"
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
.LASF17:
	.string	"__builtin_putchar"
.LASF16:
	.string	"putchar"
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
