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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/matrix_mul.c"
	.loc 1 28 1
	.cfi_startproc
	addi	sp,sp,-640
	.cfi_def_cfa_offset 640
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
	.loc 1 29 5
	.loc 1 30 5
	.loc 1 31 5
.LBB17:
	.loc 1 31 10
.LVL0:
	.loc 1 31 23
	addi	t1,sp,432
	addi	t4,sp,288
.LBB18:
	.loc 1 32 18 is_stmt 0
	mv	t6,t4
	mv	t5,t1
	li	t3,-5
	li	a0,1
	li	t2,0
	.loc 1 32 27
	li	a7,6
.LBE18:
	.loc 1 31 23
	li	t0,7
	j	.L2
.LVL1:
.L26:
	.loc 1 31 29 is_stmt 1 discriminator 2
	.loc 1 31 23 discriminator 2
	addiw	a0,a0,1
.LVL2:
	addiw	t3,t3,2
	addi	t5,t5,24
	addi	t6,t6,24
	beq	a0,t0,.L17
.LVL3:
.L2:
	addiw	a6,a0,-1
.LVL4:
.LBB19:
	.loc 1 32 27
.LBE19:
.LBE17:
	.loc 1 28 1 is_stmt 0
	mv	a1,t6
	mv	a2,t5
	mv	a3,t3
.LBB21:
.LBB20:
	.loc 1 32 18
	mv	a5,t2
.LVL5:
.L3:
	.loc 1 33 13 is_stmt 1 discriminator 3
	.loc 1 33 21 is_stmt 0 discriminator 3
	sw	a3,0(a2)
	.loc 1 34 13 is_stmt 1 discriminator 3
	.loc 1 34 26 is_stmt 0 discriminator 3
	xor	a4,a6,a5
	.loc 1 34 31 discriminator 3
	addiw	a4,a4,-3
	.loc 1 34 21 discriminator 3
	sw	a4,0(a1)
	.loc 1 32 33 is_stmt 1 discriminator 3
	addiw	a5,a5,1
.LVL6:
	.loc 1 32 27 discriminator 3
	addw	a3,a3,a0
	addi	a2,a2,4
	addi	a1,a1,4
	bne	a5,a7,.L3
	j	.L26
.LVL7:
.L17:
.LBE20:
	mv	a7,t4
.LBE21:
.LBB22:
.LBB23:
	.loc 1 19 14 is_stmt 0
	li	a6,0
.LBB24:
	.loc 1 20 31
	li	t3,5
.LBE24:
	.loc 1 19 23
	li	a0,6
.L4:
.LVL8:
	.loc 1 20 9 is_stmt 1
.LBB26:
	.loc 1 20 14
	.loc 1 20 18 is_stmt 0
	addiw	a6,a6,1
.LVL9:
	.loc 1 20 31 is_stmt 1
	bgt	a6,t3,.L5
	mv	a4,a7
	mv	a5,a7
	.loc 1 20 18 is_stmt 0
	mv	a3,a6
.LVL10:
.L6:
.LBB25:
	.loc 1 21 13 is_stmt 1
	.loc 1 21 17 is_stmt 0
	lw	a2,4(a5)
.LVL11:
	.loc 1 22 13 is_stmt 1
	.loc 1 22 27 is_stmt 0
	lw	a1,24(a4)
	.loc 1 22 21
	sw	a1,4(a5)
.LVL12:
	.loc 1 23 13 is_stmt 1
	.loc 1 23 21 is_stmt 0
	sw	a2,24(a4)
.LBE25:
	.loc 1 20 37 is_stmt 1
	addiw	a3,a3,1
.LVL13:
	.loc 1 20 31
	addi	a5,a5,4
	addi	a4,a4,24
	bne	a3,a0,.L6
.LVL14:
.LBE26:
	.loc 1 19 23
	addi	a7,a7,28
	j	.L4
.LVL15:
.L5:
	.loc 1 19 23
	bne	a6,a0,.L27
	addi	a0,t1,24
	mv	s2,sp
	addi	t6,t1,144
	mv	t5,s2
	addi	t3,t4,24
.LVL16:
.L11:
.LBE23:
.LBE22:
.LBB30:
.LBB31:
.LBB32:
	.loc 1 9 27
.LBB33:
	.loc 1 10 18 is_stmt 0
	mv	a6,t4
	mv	a7,t5
.LVL17:
.L13:
.LBB34:
	.loc 1 11 31 is_stmt 1
.LBE34:
.LBE33:
.LBE32:
.LBE31:
.LBE30:
.LBB39:
.LBB28:
.LBB27:
	.loc 1 20 18 is_stmt 0
	mv	a3,a6
	mv	a5,t1
.LBE27:
.LBE28:
.LBE39:
.LBB40:
.LBB38:
.LBB37:
.LBB36:
	.loc 1 10 18
	li	a2,0
.LVL18:
.L9:
.LBB35:
	.loc 1 12 17 is_stmt 1
	.loc 1 12 22 is_stmt 0
	lw	a4,0(a5)
	.loc 1 12 42
	lw	a1,0(a3)
	.loc 1 12 36
	mul	a4,a4,a1
	.loc 1 12 19
	add	a2,a2,a4
.LVL19:
	.loc 1 11 37 is_stmt 1
	.loc 1 11 31
	addi	a5,a5,4
.LVL20:
	addi	a3,a3,24
	bne	a5,a0,.L9
.LBE35:
	.loc 1 13 13
	.loc 1 13 21 is_stmt 0
	sd	a2,0(a7)
.LBE36:
	.loc 1 9 33 is_stmt 1
.LVL21:
	.loc 1 9 27
	addi	a7,a7,8
.LVL22:
	addi	a6,a6,4
	bne	a6,t3,.L13
.LBE37:
	.loc 1 8 29
.LVL23:
	.loc 1 8 23
	addi	t1,t1,24
.LVL24:
	addi	a0,a0,24
	addi	t5,t5,48
.LVL25:
	bne	t1,t6,.L11
	addi	s1,s2,48
	addi	s5,s2,336
.LBE38:
.LBE40:
	.loc 1 38 10 is_stmt 0
	li	s4,0
.LBB41:
.LBB42:
	.loc 1 41 13
	lla	s3,.LC0
	j	.L12
.LVL26:
.L27:
.LBE42:
.LBE41:
.LBB44:
.LBB29:
	.loc 1 19 23
	addi	a7,a7,28
	j	.L4
.LVL27:
.L28:
.LBE29:
.LBE44:
.LBB45:
	.loc 1 42 9 is_stmt 1 discriminator 2
	li	a0,10
	call	putchar@plt
.LVL28:
	.loc 1 43 9 discriminator 2
	.loc 1 43 15 is_stmt 0 discriminator 2
	ld	a5,0(s2)
	add	s4,s4,a5
.LVL29:
	.loc 1 39 29 is_stmt 1 discriminator 2
	.loc 1 39 23 discriminator 2
	addi	s2,s2,56
.LVL30:
	addi	s1,s1,48
	beq	s1,s5,.L15
.LVL31:
.L12:
.LBB43:
	.loc 1 40 27
	addi	s0,s1,-48
.LVL32:
.L14:
	.loc 1 41 13 discriminator 3
	ld	a1,0(s0)
	mv	a0,s3
	call	printf@plt
.LVL33:
	.loc 1 40 33 discriminator 3
	.loc 1 40 27 discriminator 3
	addi	s0,s0,8
.LVL34:
	bne	s0,s1,.L14
	j	.L28
.LVL35:
.L15:
.LBE43:
.LBE45:
	.loc 1 45 5
	mv	a1,s4
	lla	a0,.LC1
	call	printf@plt
.LVL36:
	.loc 1 46 5
	.loc 1 47 1 is_stmt 0
	andi	a0,s4,127
	ld	ra,632(sp)
	.cfi_restore 1
	ld	s0,624(sp)
	.cfi_restore 8
.LVL37:
	ld	s1,616(sp)
	.cfi_restore 9
	ld	s2,608(sp)
	.cfi_restore 18
.LVL38:
	ld	s3,600(sp)
	.cfi_restore 19
	ld	s4,592(sp)
	.cfi_restore 20
.LVL39:
	ld	s5,584(sp)
	.cfi_restore 21
	addi	sp,sp,640
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x33b
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x12
	.4byte	.LASF13
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
	.4byte	0x66
	.byte	0x15
	.4byte	.LASF14
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0x8a
	.byte	0x16
	.4byte	0x8a
	.byte	0x17
	.byte	0
	.byte	0xc
	.4byte	0x6d
	.byte	0x18
	.4byte	.LASF15
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x25c
	.byte	0xd
	.string	"a"
	.byte	0x1d
	.byte	0x9
	.4byte	0x25c
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7e
	.byte	0xd
	.string	"b"
	.byte	0x1d
	.byte	0x12
	.4byte	0x25c
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7d
	.byte	0xd
	.string	"c"
	.byte	0x1e
	.byte	0xa
	.4byte	0x270
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7b
	.byte	0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x26
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST0
	.byte	0xe
	.4byte	.LLRL1
	.4byte	0x112
	.byte	0x7
	.string	"i"
	.byte	0x1f
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST2
	.byte	0x1a
	.4byte	.LLRL3
	.byte	0x7
	.string	"j"
	.byte	0x20
	.byte	0x12
	.4byte	0x58
	.4byte	.LLST4
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	.LLRL18
	.4byte	0x167
	.byte	0x7
	.string	"i"
	.byte	0x27
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST19
	.byte	0xe
	.4byte	.LLRL20
	.4byte	0x153
	.byte	0x7
	.string	"j"
	.byte	0x28
	.byte	0x12
	.4byte	0x58
	.4byte	.LLST21
	.byte	0xf
	.8byte	.LVL33
	.4byte	0x72
	.byte	0x8
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.8byte	.LVL28
	.4byte	0x333
	.byte	0x8
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x284
	.8byte	.LBB22
	.4byte	.LLRL5
	.byte	0x24
	.4byte	0x1c8
	.byte	0x9
	.4byte	0x28e
	.byte	0x5
	.4byte	0x297
	.4byte	.LLRL5
	.byte	0x2
	.4byte	0x298
	.4byte	.LLST6
	.byte	0x5
	.4byte	0x2a1
	.4byte	.LLRL7
	.byte	0x2
	.4byte	0x2a2
	.4byte	.LLST8
	.byte	0x1b
	.4byte	0x2ab
	.8byte	.LBB25
	.8byte	.LBE25-.LBB25
	.byte	0x2
	.4byte	0x2ac
	.4byte	.LLST9
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x2cd
	.8byte	.LBB30
	.4byte	.LLRL10
	.byte	0x25
	.4byte	0x23a
	.byte	0x9
	.4byte	0x2e9
	.byte	0x9
	.4byte	0x2e0
	.byte	0x9
	.4byte	0x2d7
	.byte	0x5
	.4byte	0x2f2
	.4byte	.LLRL10
	.byte	0x2
	.4byte	0x2f3
	.4byte	.LLST11
	.byte	0x5
	.4byte	0x2fc
	.4byte	.LLRL12
	.byte	0x2
	.4byte	0x2fd
	.4byte	.LLST13
	.byte	0x5
	.4byte	0x306
	.4byte	.LLRL14
	.byte	0x2
	.4byte	0x307
	.4byte	.LLST15
	.byte	0x5
	.4byte	0x310
	.4byte	.LLRL16
	.byte	0x2
	.4byte	0x311
	.4byte	.LLST17
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.8byte	.LVL36
	.4byte	0x72
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
	.4byte	0x58
	.4byte	0x270
	.byte	0x6
	.4byte	0x2e
	.byte	0x6
	.4byte	0x2e
	.byte	0
	.byte	0xa
	.4byte	0x5f
	.4byte	0x284
	.byte	0x6
	.4byte	0x2e
	.byte	0x6
	.4byte	0x2e
	.byte	0
	.byte	0x11
	.4byte	.LASF11
	.byte	0x11
	.4byte	0x2b9
	.byte	0xb
	.string	"m"
	.byte	0x11
	.byte	0x1b
	.4byte	0x2c8
	.byte	0x3
	.byte	0x4
	.string	"i"
	.byte	0x13
	.byte	0xe
	.4byte	0x58
	.byte	0x3
	.byte	0x4
	.string	"j"
	.byte	0x14
	.byte	0x12
	.4byte	0x58
	.byte	0x3
	.byte	0x4
	.string	"t"
	.byte	0x15
	.byte	0x11
	.4byte	0x58
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x58
	.4byte	0x2c8
	.byte	0x6
	.4byte	0x2e
	.byte	0
	.byte	0xc
	.4byte	0x2b9
	.byte	0x11
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x31f
	.byte	0xb
	.string	"a"
	.byte	0x6
	.byte	0x1a
	.4byte	0x2c8
	.byte	0xb
	.string	"b"
	.byte	0x6
	.byte	0x27
	.4byte	0x2c8
	.byte	0xb
	.string	"c"
	.byte	0x6
	.byte	0x35
	.4byte	0x32e
	.byte	0x3
	.byte	0x4
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x58
	.byte	0x3
	.byte	0x4
	.string	"j"
	.byte	0x9
	.byte	0x12
	.4byte	0x58
	.byte	0x3
	.byte	0x4
	.string	"s"
	.byte	0xa
	.byte	0x12
	.4byte	0x5f
	.byte	0x3
	.byte	0x4
	.string	"k"
	.byte	0xb
	.byte	0x16
	.4byte	0x58
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x5f
	.4byte	0x32e
	.byte	0x6
	.4byte	0x2e
	.byte	0
	.byte	0xc
	.4byte	0x31f
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0xb
	.byte	0x1
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
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0
	.byte	0
	.byte	0x1b
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
	.8byte	.LVL27
	.8byte	.LVL39
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
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL29
	.byte	0x12
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x14
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x14
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xc8,0x4
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL35
	.byte	0x12
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL38
	.byte	0x14
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xc8,0x4
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL30
	.byte	0x28
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
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
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
	.byte	0xf8,0x4
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x28
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
	.byte	0xc8,0x4
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
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
	.byte	0xf8,0x4
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
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
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
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
	.byte	0x80,0x5
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x28
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
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
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
	.byte	0x80,0x5
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x28
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
	.byte	0x80,0x5
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
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
	.byte	0xf8,0x4
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x28
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
	.byte	0xc8,0x4
	.byte	0xa8
	.byte	0x2e
	.byte	0x8
	.byte	0x38
	.byte	0xa8
	.byte	0x2e
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
	.byte	0xf8,0x4
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x2
	.byte	0x7f
	.byte	0x4
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL23
	.byte	0x11
	.byte	0x76
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x1
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
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x13
	.byte	0x76
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x1
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
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x13
	.byte	0x76
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb8,0x1
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
.LLST13:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL21
	.byte	0x8
	.byte	0x81
	.byte	0
	.byte	0x8e
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0xa
	.byte	0x81
	.byte	0
	.byte	0x8e
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL25
	.byte	0xc
	.byte	0x81
	.byte	0
	.byte	0x8e
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
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0xc
	.byte	0x81
	.byte	0
	.byte	0x8e
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
.LLST15:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
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
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x76
	.byte	0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL24
	.byte	0xc
	.byte	0x7f
	.byte	0
	.byte	0x76
	.byte	0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0xc
	.byte	0x7f
	.byte	0
	.byte	0x76
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x14
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
