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
	.string	"error: %c %ld %ld\n"
	.align	3
.LC1:
	.string	" %c %ld %ld"
	.align	3
.LC2:
	.string	"%d lines, %d errors, sum %ld\n"
	.align	3
.LC3:
	.string	"%ld %c %ld = %ld\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB12:
	.file 1 "programs/switch_calc.c"
	.loc 1 31 1
	.cfi_startproc
	addi	sp,sp,-144
	.cfi_def_cfa_offset 144
	sd	ra,136(sp)
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
	sd	s10,48(sp)
	sd	s11,40(sp)
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
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.cfi_offset 27, -104
	.loc 1 32 5
	.loc 1 33 5
	.loc 1 34 5
.LVL0:
	.loc 1 35 5
	.loc 1 36 5
	.loc 1 36 11 is_stmt 0
	li	s0,1
	.loc 1 35 10
	li	s3,0
	.loc 1 34 9
	li	s1,0
	.loc 1 36 12
	addi	s8,sp,8
	addi	s7,sp,16
	addi	s6,sp,31
	lla	s5,.LC1
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
	lla	s10,.LC0
.LBB12:
.LBB8:
	.loc 1 7 5
	lla	s2,.L5
.LBE8:
.LBE12:
.LBE5:
	.loc 1 36 11
	j	.L2
.LVL1:
.L13:
.LBB16:
.LBB13:
.LBB9:
	.loc 1 8 15 is_stmt 1
	.loc 1 8 24 is_stmt 0
	add	s11,a0,a3
.L17:
.LVL2:
.LBE9:
.LBE13:
	.loc 1 39 9 is_stmt 1
	.loc 1 40 9
	.loc 1 41 13
	mv	a4,s11
	mv	a2,a1
	mv	a1,a0
	lla	a0,.LC3
	call	printf@plt
.LVL3:
	.loc 1 42 13
	.loc 1 42 17 is_stmt 0
	add	s3,s3,s11
.LVL4:
	j	.L21
.LVL5:
.L12:
.LBB14:
.LBB10:
	.loc 1 9 15 is_stmt 1
	.loc 1 9 24 is_stmt 0
	sub	s11,a0,a3
	j	.L17
.L14:
	.loc 1 10 15 is_stmt 1
	.loc 1 10 24 is_stmt 0
	mul	s11,a0,a3
	j	.L17
.L11:
	.loc 1 12 9 is_stmt 1
	.loc 1 12 12 is_stmt 0
	beq	a3,zero,.L3
	.loc 1 13 9 is_stmt 1
	.loc 1 13 18 is_stmt 0
	div	s11,a0,a3
	j	.L17
.L16:
	.loc 1 15 9 is_stmt 1
	.loc 1 15 12 is_stmt 0
	beq	a3,zero,.L3
	.loc 1 16 9 is_stmt 1
	.loc 1 16 18 is_stmt 0
	rem	s11,a0,a3
	j	.L17
.L15:
	.loc 1 17 15 is_stmt 1
	.loc 1 17 24 is_stmt 0
	and	s11,a0,a3
	j	.L17
.L4:
	.loc 1 18 15 is_stmt 1
	.loc 1 18 24 is_stmt 0
	or	s11,a0,a3
	j	.L17
.L7:
	.loc 1 19 15 is_stmt 1
	.loc 1 19 24 is_stmt 0
	xor	s11,a0,a3
	j	.L17
.L10:
	.loc 1 20 15 is_stmt 1
	.loc 1 20 24 is_stmt 0
	sll	s11,a0,a3
	j	.L17
.L9:
	.loc 1 21 15 is_stmt 1
	.loc 1 21 24 is_stmt 0
	sra	s11,a0,a3
	j	.L17
.L6:
	.loc 1 22 15 is_stmt 1
	.loc 1 22 32 is_stmt 0
	mv	s11,a0
	ble	a0,a3,.L17
	mv	s11,a3
	j	.L17
.L8:
	.loc 1 23 15 is_stmt 1
	.loc 1 23 32 is_stmt 0
	mv	s11,a0
	bge	a0,a3,.L17
	mv	s11,a3
	j	.L17
.L3:
.LVL6:
.LBE10:
.LBE14:
	.loc 1 44 13 is_stmt 1
	mv	a2,a0
	mv	a0,s10
	call	printf@plt
.LVL7:
	.loc 1 45 13
	.loc 1 45 19 is_stmt 0
	addiw	s1,s1,1
.LVL8:
.L21:
	addiw	s0,s0,1
.LVL9:
.L2:
.LBE16:
	.loc 1 36 46 is_stmt 1
	.loc 1 36 12 is_stmt 0
	mv	a3,s8
	mv	a2,s7
	mv	a1,s6
	mv	a0,s5
	call	__isoc99_scanf@plt
.LVL10:
	.loc 1 36 46
	bne	a0,s4,.L25
.LBB17:
	.loc 1 37 9 is_stmt 1
	.loc 1 38 9
	.loc 1 38 18 is_stmt 0
	lbu	a1,31(sp)
	ld	a0,16(sp)
	ld	a3,8(sp)
.LVL11:
.LBB15:
.LBB11:
	.loc 1 6 5 is_stmt 1
	.loc 1 7 5
	addiw	a5,a1,-37
	andi	a4,a5,0xff
	bgtu	a4,s9,.L3
	slli	a5,a4,2
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
	.text
.LVL12:
.L25:
.LBE11:
.LBE15:
.LBE17:
	.loc 1 48 5
	mv	a3,s3
	mv	a2,s1
	addiw	a1,s0,-1
	lla	a0,.LC2
	call	printf@plt
.LVL13:
	.loc 1 49 5
	.loc 1 50 1 is_stmt 0
	mv	a0,s1
	ld	ra,136(sp)
	.cfi_restore 1
	ld	s0,128(sp)
	.cfi_restore 8
.LVL14:
	ld	s1,120(sp)
	.cfi_restore 9
.LVL15:
	ld	s2,112(sp)
	.cfi_restore 18
	ld	s3,104(sp)
	.cfi_restore 19
.LVL16:
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
	addi	sp,sp,144
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x249
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF12
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
	.4byte	0x66
	.byte	0x10
	.4byte	.LASF13
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF14
	.4byte	0x58
	.4byte	0x8e
	.byte	0x7
	.4byte	0x8e
	.byte	0x8
	.byte	0
	.byte	0x9
	.4byte	0x6d
	.byte	0x11
	.4byte	.LASF15
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xab
	.byte	0x7
	.4byte	0x8e
	.byte	0x8
	.byte	0
	.byte	0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x213
	.byte	0x5
	.string	"op"
	.byte	0x20
	.byte	0xa
	.4byte	0x66
	.byte	0x3
	.byte	0x91
	.byte	0x8f,0x7f
	.byte	0x5
	.string	"a"
	.byte	0x21
	.byte	0xa
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x7f
	.byte	0x5
	.string	"b"
	.byte	0x21
	.byte	0xd
	.4byte	0x5f
	.byte	0x3
	.byte	0x91
	.byte	0xf8,0x7e
	.byte	0xa
	.4byte	.LASF10
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST0
	.byte	0xa
	.4byte	.LASF11
	.byte	0x15
	.4byte	0x58
	.4byte	.LLST1
	.byte	0x6
	.string	"acc"
	.byte	0x23
	.byte	0xa
	.4byte	0x5f
	.4byte	.LLST2
	.byte	0x13
	.4byte	.LLRL3
	.4byte	0x1bb
	.byte	0x6
	.string	"ok"
	.byte	0x25
	.byte	0xd
	.4byte	0x58
	.4byte	.LLST4
	.byte	0x6
	.string	"r"
	.byte	0x26
	.byte	0xe
	.4byte	0x5f
	.4byte	.LLST5
	.byte	0x14
	.4byte	0x213
	.8byte	.LBB6
	.4byte	.LLRL6
	.byte	0x1
	.byte	0x26
	.byte	0x12
	.4byte	0x181
	.byte	0x3
	.4byte	0x23d
	.4byte	.LLST7
	.byte	0x3
	.4byte	0x235
	.4byte	.LLST8
	.byte	0x3
	.4byte	0x22d
	.4byte	.LLST9
	.byte	0x3
	.4byte	0x224
	.4byte	.LLST10
	.byte	0
	.byte	0xb
	.8byte	.LVL3
	.4byte	0x93
	.4byte	0x1a6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x8b
	.byte	0
	.byte	0
	.byte	0xc
	.8byte	.LVL7
	.4byte	0x93
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8a
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL10
	.4byte	0x72
	.4byte	0x1e5
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
	.8byte	.LVL13
	.4byte	0x93
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
	.byte	0x7f
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
	.4byte	0x5f
	.byte	0x1
	.4byte	0x247
	.byte	0x4
	.string	"op"
	.byte	0x18
	.4byte	0x66
	.byte	0x4
	.string	"a"
	.byte	0x21
	.4byte	0x5f
	.byte	0x4
	.string	"b"
	.byte	0x29
	.4byte	0x5f
	.byte	0x4
	.string	"ok"
	.byte	0x31
	.4byte	0x247
	.byte	0
	.byte	0x9
	.4byte	0x58
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x18
	.byte	0
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.8byte	.LVL8
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL15
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
	.8byte	.LVL2
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL5
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL14
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
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
	.8byte	.LVL16
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL6
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL5
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+297
	.byte	0
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+297
	.byte	0
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+297
	.byte	0
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
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
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
