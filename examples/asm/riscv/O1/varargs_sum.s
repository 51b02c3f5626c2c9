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
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	a1,24(sp)
	sd	a2,32(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	.loc 1 7 5
	.loc 1 8 5
.LVL1:
	.loc 1 9 5
	addi	a5,sp,24
	sd	a5,8(sp)
	.loc 1 10 5
.LBB2:
	.loc 1 10 10
.LVL2:
	.loc 1 10 23
	ble	a0,zero,.L4
	mv	t1,a0
	.loc 1 10 14 is_stmt 0
	li	a5,0
.LBE2:
	.loc 1 8 10
	li	a0,0
.LVL3:
.L3:
.LBB3:
	.loc 1 11 9 is_stmt 1 discriminator 3
	.loc 1 11 14 is_stmt 0 discriminator 3
	ld	a4,8(sp)
	addi	a3,a4,8
	sd	a3,8(sp)
	lw	a4,0(a4)
	.loc 1 11 11 discriminator 3
	add	a0,a0,a4
.LVL4:
	.loc 1 10 29 is_stmt 1 discriminator 3
	addiw	a5,a5,1
.LVL5:
	.loc 1 10 23 discriminator 3
	bne	t1,a5,.L3
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
	.align	1
	.type	maxl, @function
maxl:
.LFB12:
	.loc 1 17 1 is_stmt 1
	.cfi_startproc
.LVL9:
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	mv	t1,a0
	sd	a1,24(sp)
	sd	a2,32(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	.loc 1 18 5
	.loc 1 19 5
	.loc 1 20 5
	.loc 1 20 10 is_stmt 0
	addi	a5,sp,32
	sd	a5,8(sp)
	mv	a0,a1
.LVL10:
	.loc 1 21 5 is_stmt 1
.LBB4:
	.loc 1 21 10
	.loc 1 21 23
	li	a5,1
	bgt	t1,a5,.L10
.LVL11:
.L7:
.LBE4:
	.loc 1 28 1 is_stmt 0
	addi	sp,sp,80
	.cfi_remember_state
	.cfi_def_cfa_offset 0
	jr	ra
.LVL12:
.L9:
	.cfi_restore_state
.LBB6:
	.loc 1 21 29 is_stmt 1
	addiw	a5,a5,1
.LVL13:
	.loc 1 21 23
	beq	t1,a5,.L7
.LVL14:
.L10:
.LBB5:
	.loc 1 22 9
	.loc 1 22 14 is_stmt 0
	ld	a4,8(sp)
	addi	a3,a4,8
	sd	a3,8(sp)
	.loc 1 23 9 is_stmt 1
	ld	a4,0(a4)
	bge	a0,a4,.L9
	mv	a0,a4
.LVL15:
	j	.L9
.LBE5:
.LBE6:
	.cfi_endproc
.LFE12:
	.size	maxl, .-maxl
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%d"
	.align	3
.LC1:
	.string	"%s"
	.text
	.align	1
	.type	format, @function
format:
.LFB13:
	.loc 1 31 1
	.cfi_startproc
.LVL16:
	addi	sp,sp,-160
	.cfi_def_cfa_offset 160
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	.cfi_offset 1, -56
	.cfi_offset 8, -64
	.cfi_offset 9, -72
	.cfi_offset 18, -80
	.cfi_offset 19, -88
	.cfi_offset 20, -96
	.cfi_offset 21, -104
	.cfi_offset 22, -112
	.cfi_offset 23, -120
	.cfi_offset 24, -128
	.cfi_offset 25, -136
	mv	s2,a0
	sd	a2,112(sp)
	sd	a3,120(sp)
	sd	a4,128(sp)
	sd	a5,136(sp)
	sd	a6,144(sp)
	sd	a7,152(sp)
	.loc 1 32 5
	.loc 1 33 5
.LVL17:
	.loc 1 34 5
	addi	a5,sp,112
	sd	a5,8(sp)
	.loc 1 35 5
	.loc 1 35 12
	lbu	a5,0(a1)
	beq	a5,zero,.L22
	.loc 1 33 9 is_stmt 0
	li	s0,0
	.loc 1 36 12
	li	s3,37
	.loc 1 40 9
	li	s6,100
	.loc 1 41 24
	lla	s9,.LC0
	.loc 1 40 9
	li	s5,115
	.loc 1 42 24
	lla	s8,.LC1
	.loc 1 40 9
	li	s4,99
	.loc 1 44 27
	li	s7,63
	j	.L21
.LVL18:
.L26:
	.loc 1 37 13 is_stmt 1 discriminator 1
	.loc 1 37 22 is_stmt 0 discriminator 1
	add	a4,s2,s0
	sb	a5,0(a4)
	.loc 1 38 13 is_stmt 1 discriminator 1
	.loc 1 37 18 is_stmt 0 discriminator 1
	addiw	s0,s0,1
.LVL19:
	.loc 1 38 13 discriminator 1
	mv	s1,a1
.LVL20:
.L16:
	.loc 1 35 21 is_stmt 1
	addi	a1,s1,1
.LVL21:
	.loc 1 35 12
	lbu	a5,1(s1)
	beq	a5,zero,.L14
.LVL22:
.L21:
	.loc 1 36 9
	.loc 1 36 12 is_stmt 0
	bne	a5,s3,.L26
	.loc 1 40 9 is_stmt 1
	addi	s1,a1,1
.LVL23:
	.loc 1 40 17 is_stmt 0
	lbu	a5,1(a1)
	.loc 1 40 9
	beq	a5,s6,.L17
	beq	a5,s5,.L18
	beq	a5,s4,.L27
	.loc 1 44 18 is_stmt 1
.LVL24:
	.loc 1 44 27 is_stmt 0
	add	a5,s2,s0
	sb	s7,0(a5)
	.loc 1 44 34 is_stmt 1
	.loc 1 44 23 is_stmt 0
	addiw	s0,s0,1
.LVL25:
	.loc 1 44 34
	j	.L16
.LVL26:
.L17:
	.loc 1 41 19 is_stmt 1
	.loc 1 41 24 is_stmt 0
	ld	a5,8(sp)
	addi	a4,a5,8
	sd	a4,8(sp)
	lw	a2,0(a5)
	mv	a1,s9
	add	a0,s2,s0
	call	sprintf@plt
.LVL27:
	.loc 1 41 21
	addw	s0,a0,s0
.LVL28:
	.loc 1 41 65 is_stmt 1
	j	.L16
.LVL29:
.L18:
	.loc 1 42 19
	.loc 1 42 24 is_stmt 0
	ld	a5,8(sp)
	addi	a4,a5,8
	sd	a4,8(sp)
	ld	a2,0(a5)
	mv	a1,s8
	add	a0,s2,s0
	call	sprintf@plt
.LVL30:
	.loc 1 42 21
	addw	s0,a0,s0
.LVL31:
	.loc 1 42 74 is_stmt 1
	j	.L16
.LVL32:
.L27:
	.loc 1 43 19
	.loc 1 43 36 is_stmt 0
	ld	a5,8(sp)
	addi	a4,a5,8
	sd	a4,8(sp)
.LVL33:
	.loc 1 43 28
	add	a4,s2,s0
	.loc 1 43 30
	lw	a5,0(a5)
	sb	a5,0(a4)
	.loc 1 43 53 is_stmt 1
	.loc 1 43 24 is_stmt 0
	addiw	s0,s0,1
.LVL34:
	.loc 1 43 53
	j	.L16
.LVL35:
.L22:
	.loc 1 33 9
	li	s0,0
.LVL36:
.L14:
	.loc 1 47 5 is_stmt 1
	.loc 1 48 5
	.loc 1 48 12 is_stmt 0
	add	s2,s2,s0
.LVL37:
	sb	zero,0(s2)
	.loc 1 49 5 is_stmt 1
	.loc 1 50 1 is_stmt 0
	mv	a0,s0
	ld	ra,104(sp)
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
	ld	s1,88(sp)
	.cfi_restore 9
	ld	s2,80(sp)
	.cfi_restore 18
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
	addi	sp,sp,160
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	format, .-format
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"sum %ld %ld %ld\n"
	.align	3
.LC4:
	.string	"max %ld\n"
	.align	3
.LC5:
	.string	"cart"
	.align	3
.LC6:
	.string	"%s has %d items%c %x"
	.align	3
.LC7:
	.string	"%s (%d chars)\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB14:
	.loc 1 53 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-176
	.cfi_def_cfa_offset 176
	sd	ra,168(sp)
	sd	s0,160(sp)
	sd	s1,152(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.loc 1 54 5
	.loc 1 55 5
	li	a3,3
	li	a2,2
	li	a1,1
	li	a0,3
	call	sum
.LVL38:
	mv	s0,a0
	li	a0,0
	call	sum
.LVL39:
	mv	s1,a0
	li	a5,1
	sd	a5,8(sp)
	li	a5,2
	sd	a5,0(sp)
	li	a7,3
	li	a6,4
	li	a5,5
	li	a4,6
	li	a3,7
	li	a2,8
	li	a1,9
	li	a0,9
	call	sum
.LVL40:
	mv	a3,a0
	mv	a2,s1
	mv	a1,s0
	lla	a0,.LC2
	call	printf@plt
.LVL41:
	.loc 1 56 5
	li	a5,0
	ld	a4,.LC3
	li	a3,4
	li	a2,17
	li	a1,-3
	li	a0,5
	call	maxl
.LVL42:
	mv	a1,a0
	lla	a0,.LC4
	call	printf@plt
.LVL43:
	.loc 1 57 5
	.loc 1 57 13 is_stmt 0
	li	a4,33
	li	a3,42
	lla	a2,.LC5
	lla	a1,.LC6
	addi	s1,sp,16
	mv	a0,s1
	call	format
.LVL44:
	mv	s0,a0
.LVL45:
	.loc 1 58 5 is_stmt 1
	mv	a2,a0
	mv	a1,s1
	lla	a0,.LC7
.LVL46:
	call	printf@plt
.LVL47:
	.loc 1 59 5
	.loc 1 60 1 is_stmt 0
	mv	a0,s0
	ld	ra,168(sp)
	.cfi_restore 1
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
.LC3:
	.dword	99999999999
	.text
.Letext0:
	.file 2 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stdarg.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3ef
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xf
	.4byte	.LASF16
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
	.byte	0x9
	.4byte	.LASF10
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x41
	.byte	0x10
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
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0xa
	.4byte	0x7d
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x12
	.4byte	0x7d
	.byte	0x9
	.4byte	.LASF11
	.byte	0x3
	.byte	0x34
	.byte	0x18
	.4byte	0x35
	.byte	0xb
	.4byte	.LASF12
	.2byte	0x166
	.4byte	0x6a
	.4byte	0xb0
	.byte	0x8
	.4byte	0x78
	.byte	0x8
	.4byte	0xb0
	.byte	0x5
	.byte	0
	.byte	0xa
	.4byte	0x84
	.byte	0xb
	.4byte	.LASF13
	.2byte	0x164
	.4byte	0x6a
	.4byte	0xcb
	.byte	0x8
	.4byte	0xb0
	.byte	0x5
	.byte	0
	.byte	0x13
	.4byte	.LASF18
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x6a
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x273
	.byte	0x6
	.string	"buf"
	.byte	0x36
	.byte	0xa
	.4byte	0x273
	.byte	0x3
	.byte	0x91
	.byte	0xe0,0x7e
	.byte	0x4
	.string	"n"
	.byte	0x39
	.byte	0x9
	.4byte	0x6a
	.4byte	.LLST11
	.byte	0x3
	.8byte	.LVL38
	.4byte	0x397
	.4byte	0x12f
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
	.8byte	.LVL39
	.4byte	0x397
	.4byte	0x146
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0x3
	.8byte	.LVL40
	.4byte	0x397
	.4byte	0x18c
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
	.8byte	.LVL41
	.4byte	0xb5
	.4byte	0x1b7
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
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0x3
	.8byte	.LVL42
	.4byte	0x31d
	.4byte	0x1ee
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
	.8byte	.LVL43
	.4byte	0xb5
	.4byte	0x20d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.byte	0x3
	.8byte	.LVL44
	.4byte	0x283
	.4byte	0x24b
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
	.8byte	.LC6
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
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
	.byte	0xc
	.8byte	.LVL47
	.4byte	0xb5
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
	.byte	0x14
	.4byte	0x7d
	.4byte	0x283
	.byte	0x15
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.byte	0xd
	.4byte	.LASF14
	.byte	0x1e
	.byte	0xc
	.4byte	0x6a
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x31d
	.byte	0x7
	.string	"out"
	.byte	0x1e
	.byte	0x19
	.4byte	0x78
	.4byte	.LLST8
	.byte	0x7
	.string	"fmt"
	.byte	0x1e
	.byte	0x2a
	.4byte	0xb0
	.4byte	.LLST9
	.byte	0x5
	.byte	0x6
	.string	"ap"
	.byte	0x20
	.byte	0xd
	.4byte	0x89
	.byte	0x3
	.byte	0x91
	.byte	0xe8,0x7e
	.byte	0x4
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x6a
	.4byte	.LLST10
	.byte	0x3
	.8byte	.LVL27
	.4byte	0x95
	.4byte	0x2ff
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x82
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x22
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0
	.byte	0xc
	.8byte	.LVL30
	.4byte	0x95
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x82
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x22
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x88
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.4byte	.LASF15
	.byte	0x10
	.byte	0xd
	.4byte	0x71
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x397
	.byte	0x7
	.string	"n"
	.byte	0x10
	.byte	0x16
	.4byte	0x6a
	.4byte	.LLST4
	.byte	0x5
	.byte	0x6
	.string	"ap"
	.byte	0x12
	.byte	0xd
	.4byte	0x89
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x4
	.string	"m"
	.byte	0x14
	.byte	0xa
	.4byte	0x71
	.4byte	.LLST5
	.byte	0xe
	.4byte	.LLRL6
	.byte	0x4
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x6a
	.4byte	.LLST7
	.byte	0x16
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x17
	.string	"v"
	.byte	0x1
	.byte	0x16
	.byte	0xe
	.4byte	0x71
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.string	"sum"
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x71
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x7
	.string	"n"
	.byte	0x5
	.byte	0x15
	.4byte	0x6a
	.4byte	.LLST0
	.byte	0x5
	.byte	0x6
	.string	"ap"
	.byte	0x7
	.byte	0xd
	.4byte	0x89
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x4
	.string	"s"
	.byte	0x8
	.byte	0xa
	.4byte	0x71
	.4byte	.LLST1
	.byte	0xe
	.4byte	.LLRL2
	.byte	0x4
	.string	"i"
	.byte	0xa
	.byte	0xe
	.4byte	0x6a
	.4byte	.LLST3
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
	.byte	0x18
	.byte	0
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xe
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3
	.byte	0xe
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
	.byte	0x26
	.byte	0
	.byte	0x49
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
	.byte	0x14
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x17
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
.LLST11:
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL35
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LFE13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL20
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL35
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LFE13
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x3
	.byte	0x78
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL24
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x3
	.byte	0x78
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL31
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x3
	.byte	0x78
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
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
	.8byte	.LFE12
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
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
	.8byte	.LVL1
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
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE11
	.byte	0x2
	.byte	0x30
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
.LLRL2:
	.byte	0x6
	.8byte	.LBB2
	.8byte	.LBE2
	.byte	0x6
	.8byte	.LBB3
	.8byte	.LBE3
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
