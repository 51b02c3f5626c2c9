	.file	"switch_calc.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/switch_calc.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%ld %c %ld = %ld\n"
	.align	3
.LC1:
	.string	"error: %c %ld %ld\n"
	.align	3
.LC2:
	.string	" %c %ld %ld"
	.align	3
.LC3:
	.string	"%d lines, %d errors, sum %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB12:
	.file 1 "programs/switch_calc.c"
	.loc 1 31 1
	.cfi_startproc
	.loc 1 32 5
	.loc 1 33 5
	.loc 1 34 5
.LVL0:
	.loc 1 35 5
	.loc 1 36 5
	.loc 1 31 1 is_stmt 0
	addi	sp,sp,-144
	.cfi_def_cfa_offset 144
	sd	s0,128(sp)
	sd	s1,120(sp)
	sd	s2,112(sp)
	sd	s3,104(sp)
	sd	s4,96(sp)
	sd	s5,88(sp)
	sd	s6,80(sp)
	sd	s7,72(sp)
	sd	s8,64(sp)
	sd	s9,56(sp)
	sd	s11,40(sp)
	sd	ra,136(sp)
	sd	s10,48(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 27, -104
	.cfi_offset 1, -8
	.cfi_offset 26, -96
	.loc 1 35 10
	li	s3,0
	.loc 1 34 21
	li	s0,0
	.loc 1 34 9
	li	s1,0
	addi	s8,sp,24
	addi	s7,sp,16
	addi	s6,sp,15
	.loc 1 36 12
	lla	s5,.LC2
	.loc 1 36 46
	li	s4,3
.LBB5:
.LBB6:
.LBB7:
	.loc 1 7 5
	li	s9,87
.LBE7:
.LBE6:
	.loc 1 44 13
	lla	s11,.LC1
.LBB23:
.LBB8:
	.loc 1 7 5
	lla	s2,.L5
.LVL1:
.L2:
.LBE8:
.LBE23:
.LBE5:
	.loc 1 36 46 is_stmt 1
	.loc 1 36 12 is_stmt 0
	mv	a3,s8
	mv	a2,s7
	mv	a1,s6
	mv	a0,s5
	call	__isoc99_scanf@plt
.LVL2:
	.loc 1 36 46
	bne	a0,s4,.L31
.L21:
.LBB38:
	.loc 1 37 9 is_stmt 1
	.loc 1 38 9
	.loc 1 38 18 is_stmt 0
	lbu	a1,15(sp)
	ld	a0,16(sp)
	ld	a3,24(sp)
.LVL3:
.LBB24:
.LBB9:
	.loc 1 6 5 is_stmt 1
	.loc 1 7 5
	addiw	a5,a1,-37
	andi	a5,a5,0xff
.LBE9:
.LBE24:
	.loc 1 39 14 is_stmt 0
	addiw	s0,s0,1
.LVL4:
.LBB25:
.LBB10:
	.loc 1 7 5
	bgtu	a5,s9,.L3
	slli	a5,a5,2
	add	a5,a5,s2
	lw	a5,0(a5)
	add	a5,a5,s2
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L5:
	.word	.L16-.L5
	.word	.L15-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L14-.L5
	.word	.L13-.L5
	.word	.L3-.L5
	.word	.L12-.L5
	.word	.L3-.L5
	.word	.L11-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L10-.L5
	.word	.L3-.L5
	.word	.L9-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L8-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L7-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L6-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L3-.L5
	.word	.L4-.L5
	.section	.text.startup
.L16:
	.loc 1 15 9 is_stmt 1
	.loc 1 15 12 is_stmt 0
	bne	a3,zero,.L32
.L3:
.LVL5:
.LBE10:
.LBE25:
	.loc 1 44 13 is_stmt 1
	mv	a2,a0
	mv	a0,s11
	call	printf@plt
.LVL6:
	.loc 1 45 13
.LBE38:
	.loc 1 36 12 is_stmt 0
	mv	a3,s8
	mv	a2,s7
	mv	a1,s6
	mv	a0,s5
.LBB39:
	.loc 1 45 19
	addiw	s1,s1,1
.LVL7:
.LBE39:
	.loc 1 36 46 is_stmt 1
	.loc 1 36 12 is_stmt 0
	call	__isoc99_scanf@plt
.LVL8:
	.loc 1 36 46
	beq	a0,s4,.L21
.L31:
	.loc 1 48 5 is_stmt 1
	mv	a3,s3
	mv	a2,s1
	mv	a1,s0
	lla	a0,.LC3
	call	printf@plt
.LVL9:
	.loc 1 49 5
	.loc 1 50 1 is_stmt 0
	ld	ra,136(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,128(sp)
	.cfi_restore 8
.LVL10:
	ld	s2,112(sp)
	.cfi_restore 18
	ld	s3,104(sp)
	.cfi_restore 19
.LVL11:
	ld	s4,96(sp)
	.cfi_restore 20
	ld	s5,88(sp)
	.cfi_restore 21
	ld	s6,80(sp)
	.cfi_restore 22
	ld	s7,72(sp)
	.cfi_restore 23
	ld	s8,64(sp)
	.cfi_restore 24
	ld	s9,56(sp)
	.cfi_restore 25
	ld	s10,48(sp)
	.cfi_restore 26
	ld	s11,40(sp)
	.cfi_restore 27
	mv	a0,s1
	ld	s1,120(sp)
	.cfi_restore 9
.LVL12:
	addi	sp,sp,144
	.cfi_def_cfa_offset 0
	jr	ra
.LVL13:
.L4:
	.cfi_restore_state
.LBB40:
.LBB26:
.LBB11:
	.loc 1 18 15 is_stmt 1
	.loc 1 18 24 is_stmt 0
	or	s10,a0,a3
.LVL14:
.LBE11:
.LBE26:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
.L17:
	.loc 1 41 13
	mv	a2,a1
	mv	a4,s10
	mv	a1,a0
	lla	a0,.LC0
	call	printf@plt
.LVL15:
	.loc 1 42 13
	.loc 1 42 17 is_stmt 0
	add	s3,s3,s10
.LVL16:
	j	.L2
.LVL17:
.L6:
.LBB27:
.LBB12:
	.loc 1 22 15 is_stmt 1
	.loc 1 22 32 is_stmt 0
	mv	s10,a0
	ble	a0,a3,.L17
	.loc 1 23 32
	mv	s10,a3
.LVL18:
.LBE12:
.LBE27:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL19:
.L7:
.LBB28:
.LBB13:
	.loc 1 19 15
	.loc 1 19 24 is_stmt 0
	xor	s10,a0,a3
.LVL20:
.LBE13:
.LBE28:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL21:
.L8:
.LBB29:
.LBB14:
	.loc 1 23 15
	.loc 1 23 32 is_stmt 0
	mv	s10,a0
	bge	a0,a3,.L17
	mv	s10,a3
.LVL22:
.LBE14:
.LBE29:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL23:
.L9:
.LBB30:
.LBB15:
	.loc 1 21 15
	.loc 1 21 24 is_stmt 0
	sra	s10,a0,a3
.LVL24:
.LBE15:
.LBE30:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL25:
.L10:
.LBB31:
.LBB16:
	.loc 1 20 15
	.loc 1 20 24 is_stmt 0
	sll	s10,a0,a3
.LVL26:
.LBE16:
.LBE31:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL27:
.L11:
.LBB32:
.LBB17:
	.loc 1 12 9
	.loc 1 12 12 is_stmt 0
	beq	a3,zero,.L3
	.loc 1 13 9 is_stmt 1
	.loc 1 13 18 is_stmt 0
	div	s10,a0,a3
.LVL28:
.LBE17:
.LBE32:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL29:
.L12:
.LBB33:
.LBB18:
	.loc 1 9 15
	.loc 1 9 24 is_stmt 0
	sub	s10,a0,a3
.LVL30:
.LBE18:
.LBE33:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL31:
.L13:
.LBB34:
.LBB19:
	.loc 1 8 15
	.loc 1 8 24 is_stmt 0
	add	s10,a0,a3
.LVL32:
.LBE19:
.LBE34:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL33:
.L14:
.LBB35:
.LBB20:
	.loc 1 10 15
	.loc 1 10 24 is_stmt 0
	mul	s10,a0,a3
.LVL34:
.LBE20:
.LBE35:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL35:
.L15:
.LBB36:
.LBB21:
	.loc 1 17 15
	.loc 1 17 24 is_stmt 0
	and	s10,a0,a3
.LVL36:
.LBE21:
.LBE36:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LVL37:
.L32:
.LBB37:
.LBB22:
	.loc 1 16 9
	.loc 1 16 18 is_stmt 0
	rem	s10,a0,a3
.LVL38:
.LBE22:
.LBE37:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	j	.L17
.LBE40:
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x26f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF12
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL11
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
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xf
	.4byte	0x62
	.byte	0x10
	.4byte	.LASF13
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF14
	.4byte	0x54
	.4byte	0x8a
	.byte	0x8
	.4byte	0x8a
	.byte	0x9
	.byte	0
	.byte	0xa
	.4byte	0x69
	.byte	0x11
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0xa7
	.byte	0x8
	.4byte	0x8a
	.byte	0x9
	.byte	0
	.byte	0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x239
	.byte	0x5
	.string	"op"
	.byte	0x20
	.byte	0xa
	.4byte	0x62
	.byte	0x3
	.byte	0x91
	.byte	0xff,0x7e
	.byte	0x5
	.string	"a"
	.byte	0x21
	.byte	0xa
	.4byte	0x5b
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x5
	.string	"b"
	.byte	0x21
	.byte	0xd
	.4byte	0x5b
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0xb
	.4byte	.LASF10
	.byte	0x9
	.4byte	0x54
	.4byte	.LLST0
	.byte	0xb
	.4byte	.LASF11
	.byte	0x15
	.4byte	0x54
	.4byte	.LLST1
	.byte	0x6
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST2
	.byte	0x13
	.4byte	.LLRL3
	.4byte	0x1b7
	.byte	0x6
	.string	"ok"
	.byte	0x25
	.byte	0xd
	.4byte	0x54
	.4byte	.LLST4
	.byte	0x6
	.string	"r"
	.byte	0x26
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST5
	.byte	0x14
	.4byte	0x239
	.8byte	.LBB6
	.4byte	.LLRL6
	.byte	0x1
	.byte	0x26
	.byte	0x12
	.4byte	0x17d
	.byte	0x3
	.4byte	0x263
	.4byte	.LLST7
	.byte	0x3
	.4byte	0x25b
	.4byte	.LLST8
	.byte	0x3
	.4byte	0x253
	.4byte	.LLST9
	.byte	0x3
	.4byte	0x24a
	.4byte	.LLST10
	.byte	0
	.byte	0x7
	.8byte	.LVL6
	.4byte	0x8f
	.4byte	0x195
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8b
	.byte	0
	.byte	0
	.byte	0xc
	.8byte	.LVL15
	.4byte	0x8f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL2
	.4byte	0x6e
	.4byte	0x1e1
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL8
	.4byte	0x6e
	.4byte	0x20b
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0
	.byte	0xc
	.8byte	.LVL9
	.4byte	0x8f
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
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x15
	.4byte	.LASF17
	.byte	0x1
	.byte	0x4
	.byte	0xd
	.4byte	0x5b
	.byte	0x1
	.4byte	0x26d
	.byte	0x4
	.string	"op"
	.byte	0x18
	.4byte	0x62
	.byte	0x4
	.string	"a"
	.byte	0x21
	.4byte	0x5b
	.byte	0x4
	.string	"b"
	.byte	0x29
	.4byte	0x5b
	.byte	0x4
	.string	"ok"
	.byte	0x31
	.4byte	0x26d
	.byte	0
	.byte	0xa
	.4byte	0x54
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
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x4
	.byte	0x39
	.byte	0xb
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x18
	.byte	0
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
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x22
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0xe
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
	.byte	0xf
	.byte	0x26
	.byte	0
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
	.byte	0x12
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
	.byte	0x13
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x52
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x15
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
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
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL12
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LFE12
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x1
	.byte	0x58
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
	.8byte	.LVL11
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LFE12
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LFE12
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LFE12
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+293
	.byte	0
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5b
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
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
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
	.8byte	.LBB5
	.8byte	.LBE5
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
.LLRL6:
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LFB12
	.8byte	.LFE12
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF13:
	.string	"scanf"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF14:
	.string	"__isoc99_scanf"
.LASF3:
	.string	"unsigned char"
.LASF16:
	.string	"main"
.LASF17:
	.string	"apply"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"printf"
.LASF10:
	.string	"errors"
.LASF12:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF7:
	.string	"short int"
.LASF11:
	.string	"lines"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/switch_calc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
