	.file	"varargs_sum.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/varargs_sum.c"
	.align	1
	.type	sum, @function
sum:
.LFB11:
	.file 1 "programs/varargs_sum.c"
	.loc 1 6 1
	.cfi_startproc
.LVL0:
	.loc 1 7 5
	.loc 1 8 5
	.loc 1 9 5
	.loc 1 6 1 is_stmt 0
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	.loc 1 9 5
	addi	t1,sp,24
	.loc 1 6 1
	sd	a1,24(sp)
	sd	a2,32(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	.loc 1 9 5
	sd	t1,8(sp)
	.loc 1 10 5 is_stmt 1
.LBB2:
	.loc 1 10 10
.LVL1:
	.loc 1 10 23
	beq	a0,zero,.L4
	slli	a0,a0,3
.LVL2:
	add	a3,t1,a0
	mv	a5,t1
.LBE2:
	.loc 1 8 10 is_stmt 0
	li	a0,0
.LVL3:
.L3:
.LBB3:
	.loc 1 11 9 is_stmt 1
	.loc 1 11 14 is_stmt 0
	lw	a4,0(a5)
	.loc 1 10 23
	addi	a5,a5,8
.LVL4:
	.loc 1 11 11
	add	a0,a0,a4
.LVL5:
	.loc 1 10 29 is_stmt 1
	.loc 1 10 23
	bne	a3,a5,.L3
.LVL6:
.L1:
.LBE3:
	.loc 1 14 1 is_stmt 0
	addi	sp,sp,80
	.cfi_remember_state
	.cfi_def_cfa_offset 0
	jr	ra
.LVL7:
.L4:
	.cfi_restore_state
	.loc 1 8 10
	li	a0,0
.LVL8:
	.loc 1 12 5 is_stmt 1
	.loc 1 13 5
	.loc 1 13 12 is_stmt 0
	j	.L1
	.cfi_endproc
.LFE11:
	.size	sum, .-sum
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%s has %d items%c %x"
	.align	3
.LC1:
	.string	"%d"
	.align	3
.LC2:
	.string	"%s"
	.text
	.align	1
	.type	format.constprop.0, @function
format.constprop.0:
.LFB15:
	.loc 1 30 12 is_stmt 1
	.cfi_startproc
.LVL9:
	.loc 1 32 5
	.loc 1 33 5
	.loc 1 34 5
	.loc 1 30 12 is_stmt 0
	addi	sp,sp,-160
	.cfi_def_cfa_offset 160
	sd	a5,136(sp)
	.loc 1 34 5
	addi	a5,sp,112
	.loc 1 30 12
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	a4,128(sp)
	.loc 1 34 5
	sd	a5,8(sp)
	.loc 1 35 5 is_stmt 1
	.loc 1 35 12
	.loc 1 30 12 is_stmt 0
	sd	ra,104(sp)
	sd	s0,96(sp)
	.cfi_offset 9, -72
	.cfi_offset 18, -80
	.cfi_offset 19, -88
	.cfi_offset 20, -96
	.cfi_offset 21, -104
	.cfi_offset 22, -112
	.cfi_offset 23, -120
	.cfi_offset 24, -128
	.cfi_offset 25, -136
	.cfi_offset 26, -144
	.cfi_offset 1, -56
	.cfi_offset 8, -64
	.loc 1 30 12
	mv	s3,a0
	sd	a2,112(sp)
	sd	a3,120(sp)
	sd	a6,144(sp)
	sd	a7,152(sp)
	.loc 1 34 5
	li	a4,115
	lla	s2,.LC0
	.loc 1 33 9
	li	s1,0
	.loc 1 35 12
	li	a5,37
	.loc 1 36 12
	li	s4,37
	.loc 1 40 9
	li	s10,100
	.loc 1 41 24
	lla	s8,.LC1
	.loc 1 40 9
	li	s9,115
	.loc 1 42 24
	lla	s7,.LC2
	.loc 1 40 9
	li	s5,99
	.loc 1 44 27
	li	s6,63
	j	.L16
.LVL10:
.L19:
	.loc 1 37 13 is_stmt 1
	.loc 1 37 22 is_stmt 0
	sb	a5,0(a0)
	.loc 1 37 18
	addiw	s1,s1,1
.LVL11:
	.loc 1 38 13 is_stmt 1
	mv	a5,a4
	mv	s0,s2
.LVL12:
.L10:
	.loc 1 35 21
	addi	s2,s0,1
.LVL13:
	.loc 1 35 12
	beq	a5,zero,.L15
.L21:
	.loc 1 40 17 is_stmt 0
	lbu	a4,2(s0)
.LVL14:
.L16:
	.loc 1 36 9 is_stmt 1
	.loc 1 40 9 is_stmt 0
	addi	s0,s2,1
	.loc 1 37 16
	add	a0,s3,s1
	.loc 1 36 12
	bne	a5,s4,.L19
	.loc 1 40 9 is_stmt 1
.LVL15:
	beq	a4,s10,.L11
	beq	a4,s9,.L12
	beq	a4,s5,.L20
	.loc 1 44 18
	.loc 1 35 12 is_stmt 0
	lbu	a5,2(s2)
	.loc 1 44 27
	sb	s6,0(a0)
	.loc 1 44 23
	addiw	s1,s1,1
.LVL16:
	.loc 1 44 34 is_stmt 1
	.loc 1 35 21
	addi	s2,s0,1
.LVL17:
	.loc 1 35 12
	bne	a5,zero,.L21
.L15:
	.loc 1 47 5
	.loc 1 48 5
	.loc 1 48 12 is_stmt 0
	add	s3,s3,s1
.LVL18:
	sb	zero,0(s3)
	.loc 1 49 5 is_stmt 1
	.loc 1 50 1 is_stmt 0
	ld	ra,104(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
	ld	s2,80(sp)
	.cfi_restore 18
.LVL19:
	ld	s3,72(sp)
	.cfi_restore 19
	ld	s4,64(sp)
	.cfi_restore 20
	ld	s5,56(sp)
	.cfi_restore 21
	ld	s6,48(sp)
	.cfi_restore 22
	ld	s7,40(sp)
	.cfi_restore 23
	ld	s8,32(sp)
	.cfi_restore 24
	ld	s9,24(sp)
	.cfi_restore 25
	ld	s10,16(sp)
	.cfi_restore 26
	mv	a0,s1
	ld	s1,88(sp)
	.cfi_restore 9
.LVL20:
	addi	sp,sp,160
	.cfi_def_cfa_offset 0
	jr	ra
.LVL21:
.L11:
	.cfi_restore_state
	.loc 1 41 19 is_stmt 1
	.loc 1 41 24 is_stmt 0
	ld	a5,8(sp)
	mv	a1,s8
	lw	a2,0(a5)
	addi	a5,a5,8
	sd	a5,8(sp)
	call	sprintf@plt
.LVL22:
	.loc 1 35 12
	lbu	a5,2(s2)
	.loc 1 41 21
	addw	s1,a0,s1
.LVL23:
	.loc 1 41 65 is_stmt 1
	j	.L10
.LVL24:
.L20:
	.loc 1 43 19
	.loc 1 43 36 is_stmt 0
	ld	a4,8(sp)
	.loc 1 35 12
	lbu	a5,2(s2)
	.loc 1 43 24
	addiw	s1,s1,1
.LVL25:
	.loc 1 43 30
	lw	a3,0(a4)
	.loc 1 43 36
	addi	a4,a4,8
	sd	a4,8(sp)
	.loc 1 43 30
	sb	a3,0(a0)
	.loc 1 43 53 is_stmt 1
	j	.L10
.LVL26:
.L12:
	.loc 1 42 19
	.loc 1 42 24 is_stmt 0
	ld	a5,8(sp)
	mv	a1,s7
	ld	a2,0(a5)
	addi	a5,a5,8
	sd	a5,8(sp)
	call	sprintf@plt
.LVL27:
	.loc 1 35 12
	lbu	a5,2(s2)
	.loc 1 42 21
	addw	s1,a0,s1
.LVL28:
	.loc 1 42 74 is_stmt 1
	j	.L10
	.cfi_endproc
.LFE15:
	.size	format.constprop.0, .-format.constprop.0
	.align	1
	.type	maxl.constprop.0, @function
maxl.constprop.0:
.LFB16:
	.loc 1 16 13
	.cfi_startproc
.LVL29:
	.loc 1 18 5
	.loc 1 19 5
	.loc 1 16 13 is_stmt 0
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	.loc 1 19 5
	addi	t1,sp,24
	.loc 1 16 13
	sd	a1,24(sp)
	sd	a2,32(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	.loc 1 19 5
	sd	t1,8(sp)
	.loc 1 20 5 is_stmt 1
	.loc 1 21 5
.LBB6:
	.loc 1 21 10
.LVL30:
	.loc 1 21 23
.LBB7:
	.loc 1 22 9
	.loc 1 23 9
.LBE7:
	.loc 1 21 29
	.loc 1 21 23
.LBB8:
	.loc 1 22 9
	.loc 1 23 9
.LBE8:
	.loc 1 21 29
	.loc 1 21 23
.LBB9:
	.loc 1 22 9
	.loc 1 23 9
.LBE9:
	.loc 1 21 29
	.loc 1 21 23
.LBB10:
	.loc 1 22 9
	.loc 1 23 9
	mv	a0,a2
.LVL31:
	blt	a1,a2,.L23
	mv	a0,a1
.L23:
	ld	a5,16(t1)
	bge	a0,a5,.L24
	mv	a0,a5
.L24:
	ld	a5,24(t1)
	bge	a0,a5,.L25
	mv	a0,a5
.L25:
	ld	a5,32(t1)
	bge	a0,a5,.L22
	mv	a0,a5
.LVL32:
.LBE10:
	.loc 1 21 29
	.loc 1 21 23
.LBE6:
	.loc 1 26 5
	.loc 1 27 5
.L22:
	.loc 1 28 1 is_stmt 0
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE16:
	.size	maxl.constprop.0, .-maxl.constprop.0
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"sum %ld %ld %ld\n"
	.align	3
.LC5:
	.string	"max %ld\n"
	.align	3
.LC6:
	.string	"cart"
	.align	3
.LC7:
	.string	"%s (%d chars)\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB14:
	.loc 1 53 1 is_stmt 1
	.cfi_startproc
	.loc 1 54 5
	.loc 1 55 5
	.loc 1 53 1 is_stmt 0
	addi	sp,sp,-176
	.cfi_def_cfa_offset 176
	.loc 1 55 5
	li	a3,3
	li	a2,2
	li	a1,1
	li	a0,3
	.loc 1 53 1
	sd	ra,168(sp)
	sd	s0,160(sp)
	sd	s1,152(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.loc 1 55 5
	call	sum
.LVL33:
	mv	s0,a0
	li	a0,0
	call	sum
.LVL34:
	li	a3,1
	sd	a3,8(sp)
	li	a3,2
	li	a7,3
	li	a6,4
	li	a5,5
	li	a4,6
	mv	s1,a0
	sd	a3,0(sp)
	li	a2,8
	li	a3,7
	li	a1,9
	li	a0,9
	call	sum
.LVL35:
	mv	a3,a0
	mv	a2,s1
	mv	a1,s0
	lla	a0,.LC3
	call	printf@plt
.LVL36:
	.loc 1 56 5 is_stmt 1
	li	a5,0
	ld	a4,.LC4
	li	a3,4
	li	a2,17
	li	a1,-3
	li	a0,5
	call	maxl.constprop.0
.LVL37:
	mv	a1,a0
	lla	a0,.LC5
	call	printf@plt
.LVL38:
	.loc 1 57 5
	.loc 1 57 13 is_stmt 0
	addi	s1,sp,16
	li	a4,33
	li	a3,42
	lla	a2,.LC6
	lla	a1,.LC0
	mv	a0,s1
	call	format.constprop.0
.LVL39:
	mv	s0,a0
.LVL40:
	.loc 1 58 5 is_stmt 1
	mv	a2,a0
	mv	a1,s1
	lla	a0,.LC7
.LVL41:
	call	printf@plt
.LVL42:
	.loc 1 59 5
	.loc 1 60 1 is_stmt 0
	ld	ra,168(sp)
	.cfi_restore 1
	mv	a0,s0
	ld	s0,160(sp)
	.cfi_restore 8
	ld	s1,152(sp)
	.cfi_restore 9
	addi	sp,sp,176
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC4:
	.dword	99999999999
	.text
.Letext0:
	.file 2 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stdarg.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x437
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL13
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0xb
	.4byte	.LASF10
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x3d
	.byte	0x14
	.byte	0x8
	.4byte	.LASF17
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
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0xc
	.4byte	0x79
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x16
	.4byte	0x79
	.byte	0xb
	.4byte	.LASF11
	.byte	0x3
	.byte	0x34
	.byte	0x18
	.4byte	0x31
	.byte	0xd
	.4byte	.LASF12
	.2byte	0x166
	.4byte	0x66
	.4byte	0xac
	.byte	0x7
	.4byte	0x74
	.byte	0x7
	.4byte	0xac
	.byte	0x4
	.byte	0
	.byte	0xc
	.4byte	0x80
	.byte	0xd
	.4byte	.LASF13
	.2byte	0x164
	.4byte	0x66
	.4byte	0xc7
	.byte	0x7
	.4byte	0xac
	.byte	0x4
	.byte	0
	.byte	0x17
	.4byte	.LASF18
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x66
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x26f
	.byte	0xe
	.string	"buf"
	.byte	0x36
	.byte	0xa
	.4byte	0x26f
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0x8
	.string	"n"
	.byte	0x39
	.byte	0x9
	.4byte	0x66
	.4byte	.LLST12
	.byte	0x3
	.8byte	.LVL33
	.4byte	0x2fc
	.4byte	0x12b
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x33
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x32
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x33
	.byte	0
	.byte	0x3
	.8byte	.LVL34
	.4byte	0x2fc
	.4byte	0x142
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0x3
	.8byte	.LVL35
	.4byte	0x2fc
	.4byte	0x188
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x38
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x37
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x1
	.byte	0x36
	.byte	0x1
	.byte	0x1
	.byte	0x5f
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.byte	0x1
	.byte	0x60
	.byte	0x1
	.byte	0x34
	.byte	0x1
	.byte	0x1
	.byte	0x61
	.byte	0x1
	.byte	0x33
	.byte	0x1
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x32
	.byte	0x1
	.byte	0x2
	.byte	0x72
	.byte	0x8
	.byte	0x1
	.byte	0x31
	.byte	0
	.byte	0x3
	.8byte	.LVL36
	.4byte	0xb1
	.4byte	0x1b3
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
	.byte	0
	.byte	0x3
	.8byte	.LVL37
	.4byte	0x3d2
	.4byte	0x1ea
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x9
	.byte	0xfd
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x41
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x34
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.byte	0x10
	.byte	0xff,0xcf,0xdb,0xc3,0xf4,0x2
	.byte	0x1
	.byte	0x1
	.byte	0x5f
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0x3
	.8byte	.LVL38
	.4byte	0xb1
	.4byte	0x209
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0
	.byte	0x3
	.8byte	.LVL39
	.4byte	0x35c
	.4byte	0x247
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x8
	.byte	0x2a
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x8
	.byte	0x21
	.byte	0
	.byte	0xf
	.8byte	.LVL42
	.4byte	0xb1
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.4byte	0x79
	.4byte	0x27f
	.byte	0x19
	.4byte	0x2a
	.byte	0x7f
	.byte	0
	.byte	0x10
	.4byte	.LASF14
	.byte	0x1e
	.byte	0xc
	.4byte	0x66
	.4byte	0x2b9
	.byte	0x9
	.string	"out"
	.byte	0x1e
	.byte	0x19
	.4byte	0x74
	.byte	0x9
	.string	"fmt"
	.byte	0x1e
	.byte	0x2a
	.4byte	0xac
	.byte	0x4
	.byte	0x5
	.string	"ap"
	.byte	0x20
	.byte	0xd
	.4byte	0x85
	.byte	0x5
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x66
	.byte	0
	.byte	0x10
	.4byte	.LASF15
	.byte	0x10
	.byte	0xd
	.4byte	0x6d
	.4byte	0x2fc
	.byte	0x9
	.string	"n"
	.byte	0x10
	.byte	0x16
	.4byte	0x66
	.byte	0x4
	.byte	0x5
	.string	"ap"
	.byte	0x12
	.byte	0xd
	.4byte	0x85
	.byte	0x5
	.string	"m"
	.byte	0x14
	.byte	0xa
	.4byte	0x6d
	.byte	0x11
	.byte	0x5
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x66
	.byte	0x11
	.byte	0x5
	.string	"v"
	.byte	0x16
	.byte	0xe
	.4byte	0x6d
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1a
	.string	"sum"
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x6d
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.4byte	0x35c
	.byte	0x1b
	.string	"n"
	.byte	0x1
	.byte	0x5
	.byte	0x15
	.4byte	0x66
	.4byte	.LLST0
	.byte	0x4
	.byte	0xe
	.string	"ap"
	.byte	0x7
	.byte	0xd
	.4byte	0x85
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x8
	.string	"s"
	.byte	0x8
	.byte	0xa
	.4byte	0x6d
	.4byte	.LLST1
	.byte	0x1c
	.4byte	.LLRL2
	.byte	0x8
	.string	"i"
	.byte	0xa
	.byte	0xe
	.4byte	0x66
	.4byte	.LLST3
	.byte	0
	.byte	0
	.byte	0x1d
	.4byte	0x27f
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x3d2
	.byte	0x6
	.4byte	0x28e
	.4byte	.LLST4
	.byte	0x6
	.4byte	0x299
	.4byte	.LLST5
	.byte	0x4
	.byte	0x12
	.4byte	0x2a5
	.byte	0x3
	.byte	0x91
	.byte	0xe8,0x7e
	.byte	0xa
	.4byte	0x2af
	.4byte	.LLST6
	.byte	0x6
	.4byte	0x299
	.4byte	.LLST7
	.byte	0x3
	.8byte	.LVL22
	.4byte	0x91
	.4byte	0x3bd
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0
	.byte	0xf
	.8byte	.LVL27
	.4byte	0x91
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1e
	.4byte	0x2b9
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.byte	0x1
	.byte	0x9c
	.byte	0x6
	.4byte	0x2c8
	.4byte	.LLST8
	.byte	0x4
	.byte	0x12
	.4byte	0x2d2
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0xa
	.4byte	0x2dc
	.4byte	.LLST9
	.byte	0x1f
	.4byte	0x2c8
	.byte	0x5
	.byte	0x20
	.4byte	0x2e5
	.8byte	.LBB6
	.8byte	.LBE6-.LBB6
	.byte	0xa
	.4byte	0x2e6
	.4byte	.LLST10
	.byte	0x21
	.4byte	0x2ef
	.4byte	.LLRL11
	.byte	0x22
	.4byte	0x2f0
	.byte	0
	.byte	0
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
	.byte	0x4
	.byte	0x18
	.byte	0
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
	.byte	0x5
	.byte	0
	.byte	0x31
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x3
	.byte	0x3b
	.byte	0x5
	.byte	0x39
	.byte	0x21
	.byte	0xc
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
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3
	.byte	0xe
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
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0x18
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x1b
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.byte	0x1e
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.byte	0x1f
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x21
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x22
	.byte	0x34
	.byte	0
	.byte	0x31
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
.LLST12:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL41
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL7
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0x76
	.byte	0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x76
	.byte	0
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL18
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL21
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LFE15
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LFE15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL20
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0xa
	.byte	0x3
	.8byte	.LC0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL17
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL19
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL26
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LFE15
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL31
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LFE16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0x27
	.byte	0x7b
	.byte	0
	.byte	0x12
	.byte	0x76
	.byte	0x8
	.byte	0x6
	.byte	0x16
	.byte	0x14
	.byte	0x2b
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x12
	.byte	0x76
	.byte	0x10
	.byte	0x6
	.byte	0x16
	.byte	0x14
	.byte	0x2b
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x12
	.byte	0x76
	.byte	0x18
	.byte	0x6
	.byte	0x16
	.byte	0x14
	.byte	0x2b
	.byte	0x28
	.2byte	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0x2
	.byte	0x34
	.byte	0x9f
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
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
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
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB7
	.8byte	.LBE7
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB14
	.8byte	.LFE14
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"__gnuc_va_list"
.LASF5:
	.string	"unsigned int"
.LASF12:
	.string	"sprintf"
.LASF17:
	.string	"__builtin_va_list"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF18:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF11:
	.string	"va_list"
.LASF14:
	.string	"format"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF16:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"maxl"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/varargs_sum.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
