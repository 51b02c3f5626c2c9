	.file	"bubble_sort.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/bubble_sort.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%d%c"
	.align	3
.LC1:
	.string	"%hd%c"
	.align	3
.LC2:
	.string	"weighted sum %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/bubble_sort.c"
	.loc 1 37 1
	.cfi_startproc
	.loc 1 38 5
	.loc 1 39 5
	.loc 1 40 5
.LVL0:
	.loc 1 41 5
.LBB22:
	.loc 1 41 10
	.loc 1 41 23
.LBE22:
	.loc 1 37 1 is_stmt 0
	addi	sp,sp,-224
	.cfi_def_cfa_offset 224
	.loc 1 40 14
	li	a4,12288
	.loc 1 37 1
	sd	s1,200(sp)
	sd	s3,184(sp)
	.cfi_offset 9, -24
	.cfi_offset 19, -40
	mv	s1,sp
	addi	s3,sp,48
	.loc 1 40 14
	addi	a4,a4,57
.LBB23:
	.loc 1 42 21
	li	a0,1103515648
.LBE23:
	.loc 1 37 1
	sd	s0,208(sp)
	sd	s2,192(sp)
	sd	ra,216(sp)
	sd	s4,176(sp)
	sd	s5,168(sp)
	sd	s6,160(sp)
	sd	s7,152(sp)
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.cfi_offset 1, -8
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	mv	s2,s1
	addi	s0,sp,144
	.loc 1 37 1
	mv	a1,s1
	mv	a3,s3
.LBB24:
	.loc 1 42 21
	addiw	a0,a0,-403
	.loc 1 42 14
	mv	a7,a4
	.loc 1 43 34
	li	a6,1000
.LVL1:
.L2:
	.loc 1 42 9 is_stmt 1 discriminator 3
	.loc 1 42 21 is_stmt 0 discriminator 3
	mulw	a4,a4,a0
.LVL2:
	.loc 1 41 23 discriminator 3
	addi	a3,a3,4
.LVL3:
	addi	a1,a1,2
	.loc 1 42 14 discriminator 3
	addw	a4,a4,a7
	.loc 1 43 27 discriminator 3
	srliw	a5,a4,16
	.loc 1 43 34 discriminator 3
	remw	a5,a5,a6
.LVL4:
	.loc 1 43 9 is_stmt 1 discriminator 3
	.loc 1 43 41 is_stmt 0 discriminator 3
	addiw	a5,a5,-500
	.loc 1 44 16 discriminator 3
	slliw	a2,a5,3
	subw	a2,a2,a5
	.loc 1 43 14 discriminator 3
	sw	a5,-4(a3)
	.loc 1 44 9 is_stmt 1 discriminator 3
	.loc 1 44 14 is_stmt 0 discriminator 3
	sh	a2,-2(a1)
	.loc 1 41 29 is_stmt 1 discriminator 3
.LVL5:
	.loc 1 41 23 discriminator 3
	bne	a3,s0,.L2
	addi	a2,s3,92
.LVL6:
.L3:
.LBE24:
.LBB25:
.LBB26:
.LBB27:
.LBB28:
	.loc 1 10 27
.LBE28:
.LBE27:
.LBE26:
.LBE25:
	.loc 1 40 14 is_stmt 0
	mv	a5,s3
.LBB35:
.LBB34:
.LBB33:
	.loc 1 9 13
	li	a1,0
.LVL7:
.L5:
.LBB32:
	.loc 1 11 13 is_stmt 1
.LBB29:
	.loc 1 12 17
.LBE29:
	.loc 1 11 18 is_stmt 0
	lw	a4,0(a5)
.LVL8:
.LBB30:
	.loc 1 13 17 is_stmt 1
.LBE30:
	.loc 1 11 25 is_stmt 0
	lw	a3,4(a5)
	.loc 1 11 16
	ble	a4,a3,.L4
.LBB31:
	.loc 1 13 22
	sw	a3,0(a5)
	.loc 1 14 17 is_stmt 1
	.loc 1 14 26 is_stmt 0
	sw	a4,4(a5)
	.loc 1 15 17 is_stmt 1
.LVL9:
	.loc 1 15 25 is_stmt 0
	li	a1,1
.LVL10:
.L4:
.LBE31:
	.loc 1 10 41 is_stmt 1
	.loc 1 10 27
	addi	a5,a5,4
.LVL11:
	bne	a5,a2,.L5
.LBE32:
	.loc 1 18 9
	.loc 1 18 12 is_stmt 0
	beq	a1,zero,.L19
.LBE33:
	.loc 1 8 33 is_stmt 1
	.loc 1 8 23
	addi	a2,a5,-4
	bne	a2,s3,.L3
.L19:
	mv	a6,s1
	li	a0,0
.LBE34:
.LBE35:
.LBB36:
.LBB37:
.LBB38:
	.loc 1 28 23 is_stmt 0
	li	a1,-1
.LVL12:
.LBE38:
	.loc 1 25 23
	li	a7,23
.LVL13:
.L10:
.LBB39:
	.loc 1 26 9 is_stmt 1
	.loc 1 26 15 is_stmt 0
	lh	a2,2(a6)
.LVL14:
	.loc 1 27 9 is_stmt 1
	.loc 1 27 13 is_stmt 0
	sext.w	a4,a0
.LVL15:
	.loc 1 28 9 is_stmt 1
	.loc 1 28 23
	.loc 1 27 13 is_stmt 0
	mv	a5,a6
	j	.L7
.L9:
	.loc 1 29 22
	sh	a3,2(a5)
	.loc 1 30 13 is_stmt 1
	.loc 1 30 14 is_stmt 0
	addiw	a4,a4,-1
.LVL16:
	.loc 1 28 23 is_stmt 1
	addi	a5,a5,-2
	beq	a4,a1,.L20
.LVL17:
.L7:
	.loc 1 29 13
	.loc 1 28 27 is_stmt 0
	lh	a3,0(a5)
	.loc 1 28 23
	blt	a2,a3,.L9
	.loc 1 32 10
	addiw	a5,a4,1
	slli	a5,a5,1
	add	a5,s1,a5
.LVL18:
.L8:
	.loc 1 32 9 is_stmt 1
	.loc 1 32 18 is_stmt 0
	sh	a2,0(a5)
.LBE39:
	.loc 1 25 29 is_stmt 1
.LVL19:
	.loc 1 25 23
	addi	a0,a0,1
.LVL20:
	addi	a6,a6,2
	bne	a0,a7,.L10
.LBE37:
.LBE36:
.LBB43:
	.loc 1 50 9 is_stmt 0
	lw	a1,0(s3)
.LBE43:
.LBB44:
.LBB41:
	li	s4,1
.LBE41:
.LBE44:
	.loc 1 48 10
	li	s5,0
.LBB45:
	.loc 1 51 27
	mul	a5,a1,s4
	.loc 1 50 9
	lla	s6,.LC0
.LVL21:
	.loc 1 50 9 is_stmt 1
	li	s7,24
	li	a2,32
	mv	a0,s6
	.loc 1 49 23 is_stmt 0
	addi	s3,s3,4
	.loc 1 51 13
	add	s5,s5,a5
.LVL22:
	.loc 1 50 9
	beq	s4,s7,.L11
.LVL23:
.L31:
	call	printf@plt
.LVL24:
	.loc 1 51 9 is_stmt 1
	.loc 1 49 29
	.loc 1 49 23
	.loc 1 50 9 is_stmt 0
	lw	a1,0(s3)
	.loc 1 49 23
	addi	s4,s4,1
.LVL25:
	.loc 1 50 9 is_stmt 1
	li	a2,32
	.loc 1 51 27 is_stmt 0
	mul	a5,a1,s4
	.loc 1 50 9
	mv	a0,s6
	.loc 1 49 23
	addi	s3,s3,4
	.loc 1 51 13
	add	s5,s5,a5
.LVL26:
	.loc 1 50 9
	bne	s4,s7,.L31
.LVL27:
.L11:
	li	a2,10
	lla	a0,.LC0
	addi	s4,s1,46
	call	printf@plt
.LVL28:
	.loc 1 51 9 is_stmt 1
	.loc 1 49 29
	.loc 1 49 23
.LBE45:
.LBB46:
	.loc 1 53 23
	addi	s1,s1,48
	.loc 1 54 9 is_stmt 0
	lla	s3,.LC1
.LVL29:
.L15:
	.loc 1 54 9 is_stmt 1
	lh	a1,0(s2)
	li	a2,32
	mv	a0,s3
	beq	s4,s2,.L32
	.loc 1 53 23 is_stmt 0 discriminator 4
	addi	s2,s2,2
.LVL30:
	.loc 1 54 9 discriminator 4
	call	printf@plt
.LVL31:
	.loc 1 53 29 is_stmt 1 discriminator 4
	.loc 1 53 23 discriminator 4
	bne	s1,s2,.L15
.LVL32:
.L14:
.LBE46:
	.loc 1 55 5
	mv	a1,s5
	lla	a0,.LC2
	call	printf@plt
.LVL33:
	.loc 1 56 5
.LBB47:
	.loc 1 56 10
	.loc 1 56 23
	lh	a1,0(sp)
	lw	a4,48(sp)
	addi	a5,sp,52
	addi	a3,sp,2
	j	.L17
.LVL34:
.L23:
	mv	a1,a2
.LVL35:
.L17:
	.loc 1 57 9
	.loc 1 56 29
	.loc 1 56 23
	mv	a2,a4
	.loc 1 57 25 is_stmt 0
	lw	a4,0(a5)
	.loc 1 56 23
	addi	a5,a5,4
.LVL36:
	.loc 1 57 12
	blt	a4,a2,.L22
	.loc 1 57 44 discriminator 1
	lh	a2,0(a3)
	.loc 1 56 23 discriminator 1
	addi	a3,a3,2
	.loc 1 57 29 discriminator 1
	blt	a2,a1,.L22
	.loc 1 56 23 discriminator 2
	bne	a5,s0,.L23
.LBE47:
	.loc 1 59 12
	li	a0,0
.LBB48:
	j	.L28
.LVL37:
.L32:
.LBE48:
.LBB49:
	.loc 1 54 9
	li	a2,10
	lla	a0,.LC1
	call	printf@plt
.LVL38:
	.loc 1 53 29 is_stmt 1
	.loc 1 53 23
	j	.L14
.LVL39:
.L20:
.LBE49:
.LBB50:
.LBB42:
.LBB40:
	mv	a5,s1
	j	.L8
.LVL40:
.L22:
.LBE40:
.LBE42:
.LBE50:
.LBB51:
	.loc 1 58 20 is_stmt 0
	li	a0,1
.L28:
.LBE51:
	.loc 1 60 1
	ld	ra,216(sp)
	.cfi_restore 1
	ld	s0,208(sp)
	.cfi_restore 8
	ld	s1,200(sp)
	.cfi_restore 9
	ld	s2,192(sp)
	.cfi_restore 18
	ld	s3,184(sp)
	.cfi_restore 19
	ld	s4,176(sp)
	.cfi_restore 20
	ld	s5,168(sp)
	.cfi_restore 21
.LVL41:
	ld	s6,160(sp)
	.cfi_restore 22
	ld	s7,152(sp)
	.cfi_restore 23
	addi	sp,sp,224
	.cfi_def_cfa_offset 0
.LVL42:
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x329
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x12
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL22
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
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x86
	.byte	0x16
	.4byte	0x86
	.byte	0x17
	.byte	0
	.byte	0xb
	.4byte	0x69
	.byte	0x18
	.4byte	.LASF16
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x27a
	.byte	0xd
	.string	"a"
	.byte	0x26
	.byte	0x9
	.4byte	0x27a
	.byte	0x3
	.byte	0x91
	.byte	0xd0,0x7e
	.byte	0xd
	.string	"s"
	.byte	0x27
	.byte	0xb
	.4byte	0x289
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x19
	.4byte	.LASF10
	.byte	0x1
	.byte	0x28
	.byte	0xe
	.4byte	0x3f
	.4byte	.LLST0
	.byte	0x7
	.string	"sum"
	.byte	0x30
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST1
	.byte	0x8
	.4byte	.LLRL2
	.4byte	0xfd
	.byte	0x7
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST3
	.byte	0
	.byte	0x8
	.4byte	.LLRL16
	.4byte	0x13a
	.byte	0x7
	.string	"i"
	.byte	0x31
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST17
	.byte	0x1a
	.8byte	.LVL24
	.4byte	0x6e
	.byte	0xc
	.8byte	.LVL28
	.4byte	0x6e
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LLRL18
	.4byte	0x188
	.byte	0x7
	.string	"i"
	.byte	0x35
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST19
	.byte	0x1b
	.8byte	.LVL31
	.4byte	0x6e
	.4byte	0x16e
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0
	.byte	0xc
	.8byte	.LVL38
	.4byte	0x6e
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LLRL20
	.4byte	0x19f
	.byte	0x7
	.string	"i"
	.byte	0x38
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST21
	.byte	0
	.byte	0xe
	.4byte	0x2db
	.8byte	.LBB25
	.4byte	.LLRL4
	.byte	0x2e
	.4byte	0x208
	.byte	0x9
	.4byte	0x2ee
	.byte	0x9
	.4byte	0x2e5
	.byte	0x3
	.4byte	0x2f7
	.4byte	.LLRL4
	.byte	0x1c
	.4byte	0x2f8
	.byte	0x3
	.4byte	0x301
	.4byte	.LLRL5
	.byte	0x4
	.4byte	0x302
	.4byte	.LLST6
	.byte	0x3
	.4byte	0x30e
	.4byte	.LLRL7
	.byte	0x4
	.4byte	0x30f
	.4byte	.LLST8
	.byte	0x3
	.4byte	0x318
	.4byte	.LLRL9
	.byte	0x4
	.4byte	0x319
	.4byte	.LLST10
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0x298
	.8byte	.LBB36
	.4byte	.LLRL11
	.byte	0x2f
	.4byte	0x258
	.byte	0x9
	.4byte	0x2ab
	.byte	0x9
	.4byte	0x2a2
	.byte	0x3
	.4byte	0x2b4
	.4byte	.LLRL11
	.byte	0x4
	.4byte	0x2b5
	.4byte	.LLST12
	.byte	0x3
	.4byte	0x2be
	.4byte	.LLRL13
	.byte	0x4
	.4byte	0x2bf
	.4byte	.LLST14
	.byte	0x4
	.4byte	0x2ca
	.4byte	.LLST15
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.8byte	.LVL33
	.4byte	0x6e
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x54
	.4byte	0x289
	.byte	0x10
	.4byte	0x2a
	.byte	0
	.byte	0xf
	.4byte	0x4d
	.4byte	0x298
	.byte	0x10
	.4byte	0x2a
	.byte	0
	.byte	0x11
	.4byte	.LASF11
	.byte	0x17
	.4byte	0x2d6
	.byte	0xa
	.string	"a"
	.byte	0x17
	.byte	0x1e
	.4byte	0x2d6
	.byte	0xa
	.string	"n"
	.byte	0x17
	.byte	0x25
	.4byte	0x54
	.byte	0x5
	.byte	0x6
	.string	"i"
	.byte	0x19
	.byte	0xe
	.4byte	0x54
	.byte	0x5
	.byte	0x6
	.string	"key"
	.byte	0x1a
	.byte	0xf
	.4byte	0x4d
	.byte	0x6
	.string	"j"
	.byte	0x1b
	.byte	0xd
	.4byte	0x54
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x4d
	.byte	0x11
	.4byte	.LASF12
	.byte	0x6
	.4byte	0x327
	.byte	0xa
	.string	"a"
	.byte	0x6
	.byte	0x19
	.4byte	0x327
	.byte	0xa
	.string	"n"
	.byte	0x6
	.byte	0x20
	.4byte	0x54
	.byte	0x5
	.byte	0x6
	.string	"i"
	.byte	0x8
	.byte	0xe
	.4byte	0x54
	.byte	0x5
	.byte	0x1d
	.4byte	.LASF13
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.4byte	0x54
	.byte	0x5
	.byte	0x6
	.string	"j"
	.byte	0xa
	.byte	0x12
	.4byte	0x54
	.byte	0x5
	.byte	0x6
	.string	"t"
	.byte	0xc
	.byte	0x15
	.4byte	0x54
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x54
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
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
	.byte	0xb
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0xf
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x21
	.byte	0x17
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
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1c
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x4
	.byte	0xa
	.2byte	0x3039
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL24
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL39
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL41
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0xb
	.byte	0x7d
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0xb
	.byte	0x7d
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xac,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x3
	.byte	0x84
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x3
	.byte	0x84
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL39
	.byte	0x2
	.byte	0x48
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LFE13
	.byte	0x2
	.byte	0x48
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0xb
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x1
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0xb
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xde,0x1
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0xb
	.byte	0x82
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe0,0x1
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x2
	.byte	0x48
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa8,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xac,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa8,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa8,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LFE13
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0x72
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xa8,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x2
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0xb
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xb0,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13
	.byte	0xd
	.byte	0x7f
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xac,0x1
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL19
	.byte	0x3
	.byte	0x7a
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x3
	.byte	0x7a
	.byte	0x2
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x3
	.byte	0x7a
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5e
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
.LLRL2:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0
.LLRL13:
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
.LLRL16:
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB49
	.8byte	.LBE49
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0x6
	.8byte	.LBB48
	.8byte	.LBE48
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0
.LLRL22:
	.byte	0x6
	.8byte	.LFB13
	.8byte	.LFE13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"long unsigned int"
.LASF12:
	.string	"bubble"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"insertion"
.LASF10:
	.string	"seed"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF7:
	.string	"short int"
.LASF5:
	.string	"unsigned int"
.LASF13:
	.string	"swapped"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/bubble_sort.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
