	.file	"int_to_string.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/int_to_string.c"
	.align	1
	.type	utoa.isra.0, @function
utoa.isra.0:
.LFB15:
	.file 1 "programs/int_to_string.c"
	.loc 1 5 14
	.cfi_startproc
.LVL0:
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	addi	a4,sp,8
.LBB4:
	.loc 1 10 35 is_stmt 0
	slli	a1,a1,32
.LVL1:
	srli	a1,a1,32
	mv	a3,a4
.LBE4:
	.loc 1 8 9
	li	a7,0
.LBB5:
	.loc 1 11 20
	li	t3,9
	j	.L4
.LVL2:
.L6:
	.loc 1 11 14
	mv	a7,a6
.LVL3:
	.loc 1 12 11
	mv	a0,a5
.LVL4:
.L4:
.LBE5:
	.loc 1 9 5 is_stmt 1
.LBB6:
	.loc 1 10 9
	.loc 1 10 35 is_stmt 0
	remu	a6,a0,a1
.LVL5:
	.loc 1 11 9 is_stmt 1
	.loc 1 11 40 is_stmt 0
	andi	a5,a6,0xff
	.loc 1 11 20
	addiw	t1,a5,48
	addiw	a5,a5,87
	andi	a5,a5,0xff
	bgtu	a6,t3,.L3
	andi	a5,t1,0xff
.L3:
	.loc 1 11 18
	sb	a5,0(a3)
	.loc 1 11 14
	addiw	a6,a7,1
.LVL6:
	.loc 1 12 9 is_stmt 1
	.loc 1 12 11 is_stmt 0
	divu	a5,a0,a1
.LVL7:
.LBE6:
	.loc 1 13 14 is_stmt 1
	addi	a3,a3,1
	bgeu	a0,a1,.L6
	addi	a1,a2,1
.LVL8:
	add	a4,a4,a7
	mv	a5,a2
.LVL9:
	add	a1,a1,a7
.L5:
.LVL10:
.LBB7:
	.loc 1 15 9
	.loc 1 15 16 is_stmt 0
	lbu	a3,0(a4)
	.loc 1 14 23
	addi	a5,a5,1
.LVL11:
	addi	a4,a4,-1
	.loc 1 15 16
	sb	a3,-1(a5)
	.loc 1 14 29 is_stmt 1
.LVL12:
	.loc 1 14 23
	bne	a5,a1,.L5
.LBE7:
	.loc 1 16 5
	.loc 1 16 12 is_stmt 0
	add	a2,a2,a6
.LVL13:
	sb	zero,0(a2)
	.loc 1 17 5 is_stmt 1
	.loc 1 18 1 is_stmt 0
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	utoa.isra.0, .-utoa.isra.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC2:
	.string	"%s "
	.align	3
.LC3:
	.string	"%lld"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.loc 1 32 1 is_stmt 1
	.cfi_startproc
	.loc 1 33 5
	.loc 1 33 15 is_stmt 0
	lla	a5,.LANCHOR0
	.loc 1 34 14
	li	a4,1
	.loc 1 33 15
	ld	t3,0(a5)
	ld	t1,8(a5)
	ld	a7,16(a5)
	ld	a6,24(a5)
	ld	a0,32(a5)
	ld	a1,40(a5)
	ld	a2,48(a5)
	ld	a3,56(a5)
	.loc 1 34 14
	slli	a5,a4,35
	.loc 1 32 1
	addi	sp,sp,-368
	.cfi_def_cfa_offset 368
	.loc 1 34 14
	addi	a5,a5,2
	slli	a4,a4,36
	addi	a4,a4,10
	sd	a5,8(sp)
	li	a5,36
	.loc 1 32 1
	sd	s1,344(sp)
	sd	s2,336(sp)
	sd	s3,328(sp)
	sd	s4,320(sp)
	sd	s6,304(sp)
	sd	s7,296(sp)
	sd	s8,288(sp)
	sd	s9,280(sp)
	sd	s11,264(sp)
	sd	ra,360(sp)
	sd	s0,352(sp)
	sd	s5,312(sp)
	sd	s10,272(sp)
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 27, -104
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 21, -56
	.cfi_offset 26, -96
	.loc 1 33 15
	sd	t3,32(sp)
	sd	t1,40(sp)
	sd	a7,48(sp)
	sd	a6,56(sp)
	sd	a0,64(sp)
	sd	a1,72(sp)
	sd	a2,80(sp)
	sd	a3,88(sp)
	.loc 1 34 5 is_stmt 1
	.loc 1 34 14 is_stmt 0
	sd	a4,16(sp)
	sw	a5,24(sp)
	.loc 1 35 5 is_stmt 1
	.loc 1 36 5
.LVL14:
	.loc 1 37 5
.LBB18:
	.loc 1 37 10
	.loc 1 37 28
	addi	s4,sp,32
	addi	s1,sp,96
.LBE18:
	.loc 1 36 9 is_stmt 0
	li	s8,0
	addi	s9,sp,176
	addi	s11,sp,8
	addi	s3,sp,28
.LBB42:
.LBB19:
.LBB20:
.LBB21:
.LBB22:
.LBB23:
	.loc 1 23 16
	li	s7,45
	.loc 1 24 9
	addi	s6,sp,97
.LBE23:
.LBE22:
.LBE21:
.LBE20:
	.loc 1 39 13
	lla	s2,.LC2
.LVL15:
.L11:
	.loc 1 38 32 is_stmt 1
	.loc 1 39 13 is_stmt 0
	ld	s0,0(s4)
	mv	s10,s11
.LBB33:
.LBB30:
.LBB27:
.LBB24:
	.loc 1 24 9
	neg	s5,s0
	j	.L14
.LVL16:
.L12:
.LBE24:
.LBE27:
	.loc 1 26 9
	call	utoa.isra.0
.LVL17:
	.loc 1 28 5 is_stmt 1
.LBE30:
.LBE33:
	.loc 1 38 32 is_stmt 0
	addi	s10,s10,4
.LVL18:
	.loc 1 39 13
	mv	a1,s1
	mv	a0,s2
	call	printf@plt
.LVL19:
	.loc 1 38 67 is_stmt 1
	.loc 1 38 32
	beq	s3,s10,.L20
.LVL20:
.L14:
	.loc 1 39 13 discriminator 3
.LBB34:
.LBB31:
	.loc 1 26 9 discriminator 3
.LBE31:
.LBE34:
	.loc 1 39 13 is_stmt 0 discriminator 3
	lw	a1,0(s10)
.LVL21:
.LBB35:
.LBB32:
	.loc 1 22 5 is_stmt 1 discriminator 3
.LBB28:
.LBB25:
	.loc 1 23 9 discriminator 3
.LBE25:
.LBE28:
	.loc 1 26 9 is_stmt 0 discriminator 3
	mv	a2,s1
	mv	a0,s0
	.loc 1 22 8 discriminator 3
	bge	s0,zero,.L12
.LBB29:
.LBB26:
	.loc 1 24 9
	mv	a0,s5
	mv	a2,s6
	.loc 1 23 16
	sb	s7,96(sp)
	.loc 1 24 9 is_stmt 1
	call	utoa.isra.0
.LVL22:
.LBE26:
.LBE29:
	.loc 1 28 5
.LBE32:
.LBE35:
	.loc 1 38 32 is_stmt 0
	addi	s10,s10,4
.LVL23:
	.loc 1 39 13
	mv	a1,s1
	mv	a0,s2
	call	printf@plt
.LVL24:
	.loc 1 38 67 is_stmt 1
	.loc 1 38 32
	bne	s3,s10,.L14
.LVL25:
.L20:
.LBE19:
	.loc 1 40 9 discriminator 2
	li	a0,10
	call	putchar@plt
.LVL26:
	.loc 1 41 9 discriminator 2
	mv	a3,s0
	lla	a2,.LC3
	li	a1,80
	mv	a0,s9
	call	snprintf@plt
.LVL27:
	.loc 1 42 9 discriminator 2
.LBB36:
.LBB37:
	.loc 1 22 5 discriminator 2
	.loc 1 22 8 is_stmt 0 discriminator 2
	blt	s0,zero,.L21
	.loc 1 26 9 is_stmt 1
	mv	a2,s1
	li	a1,10
	mv	a0,s0
	call	utoa.isra.0
.LVL28:
.L16:
	.loc 1 28 5
.LBE37:
.LBE36:
	.loc 1 42 23 is_stmt 0
	mv	a1,s1
	mv	a0,s9
	call	strcmp@plt
.LVL29:
	.loc 1 42 61
	snez	a0,a0
	.loc 1 37 28
	addi	s4,s4,8
.LVL30:
	.loc 1 42 20
	addw	s8,a0,s8
.LVL31:
	.loc 1 37 65 is_stmt 1
	.loc 1 37 28
	bne	s1,s4,.L11
.LBE42:
	.loc 1 44 5
	.loc 1 45 1 is_stmt 0
	ld	ra,360(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,352(sp)
	.cfi_restore 8
	ld	s1,344(sp)
	.cfi_restore 9
	ld	s2,336(sp)
	.cfi_restore 18
	ld	s3,328(sp)
	.cfi_restore 19
	ld	s4,320(sp)
	.cfi_restore 20
	ld	s5,312(sp)
	.cfi_restore 21
	ld	s6,304(sp)
	.cfi_restore 22
	ld	s7,296(sp)
	.cfi_restore 23
	ld	s9,280(sp)
	.cfi_restore 25
	ld	s10,272(sp)
	.cfi_restore 26
	ld	s11,264(sp)
	.cfi_restore 27
	mv	a0,s8
	ld	s8,288(sp)
	.cfi_restore 24
	addi	sp,sp,368
	.cfi_def_cfa_offset 0
	jr	ra
.LVL32:
.L21:
	.cfi_restore_state
.LBB43:
.LBB41:
.LBB40:
.LBB38:
.LBB39:
	.loc 1 23 9 is_stmt 1
	.loc 1 24 9 is_stmt 0
	mv	a2,s6
	li	a1,10
	neg	a0,s0
	.loc 1 23 16
	sb	s7,96(sp)
	.loc 1 24 9 is_stmt 1
	call	utoa.isra.0
.LVL33:
	j	.L16
.LBE39:
.LBE38:
.LBE40:
.LBE41:
.LBE43:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.dword	0
	.dword	1
	.dword	-1
	.dword	255
	.dword	-256
	.dword	1234567890123
	.dword	-9223372036854775808
	.dword	9223372036854775807
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/string.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 4 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 5 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x49b
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x16
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL22
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x17
	.4byte	.LASF22
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x18
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0xd
	.4byte	0x73
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x19
	.4byte	0x73
	.byte	0xd
	.4byte	0x7a
	.byte	0x1a
	.4byte	.LASF10
	.byte	0x2
	.byte	0x9c
	.byte	0xc
	.4byte	0x60
	.4byte	0x9f
	.byte	0x4
	.4byte	0x7f
	.byte	0x4
	.4byte	0x7f
	.byte	0
	.byte	0xe
	.4byte	.LASF11
	.2byte	0x17a
	.4byte	0x60
	.4byte	0xbf
	.byte	0x4
	.4byte	0x6e
	.byte	0x4
	.4byte	0x2a
	.byte	0x4
	.4byte	0x7f
	.byte	0xf
	.byte	0
	.byte	0xe
	.4byte	.LASF12
	.2byte	0x164
	.4byte	0x60
	.4byte	0xd5
	.byte	0x4
	.4byte	0x7f
	.byte	0xf
	.byte	0
	.byte	0x1b
	.4byte	.LASF23
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x33c
	.byte	0x10
	.4byte	.LASF13
	.byte	0x21
	.byte	0xf
	.4byte	0x33c
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7d
	.byte	0x10
	.4byte	.LASF14
	.byte	0x22
	.byte	0xe
	.4byte	0x353
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7d
	.byte	0x11
	.string	"buf"
	.byte	0xa
	.4byte	0x363
	.byte	0x3
	.byte	0x91
	.byte	0xf0,0x7d
	.byte	0x11
	.string	"ref"
	.byte	0x13
	.4byte	0x363
	.byte	0x3
	.byte	0x91
	.byte	0xc0,0x7e
	.byte	0x1c
	.4byte	.LASF15
	.byte	0x1
	.byte	0x24
	.byte	0x9
	.4byte	0x60
	.4byte	.LLST7
	.byte	0x1d
	.4byte	.LLRL8
	.byte	0x12
	.string	"i"
	.byte	0x25
	.byte	0x13
	.4byte	0x4b
	.4byte	.LLST9
	.byte	0x1e
	.8byte	.LBB19
	.8byte	.LBE19-.LBB19
	.4byte	0x23b
	.byte	0x12
	.string	"j"
	.byte	0x26
	.byte	0x17
	.4byte	0x4b
	.4byte	.LLST10
	.byte	0xa
	.4byte	0x373
	.8byte	.LBB20
	.4byte	.LLRL11
	.byte	0x27
	.byte	0xd
	.4byte	0x202
	.byte	0x2
	.4byte	0x395
	.4byte	.LLST12
	.byte	0x2
	.4byte	0x38a
	.4byte	.LLST13
	.byte	0x2
	.4byte	0x381
	.4byte	.LLST14
	.byte	0xa
	.4byte	0x373
	.8byte	.LBB22
	.4byte	.LLRL15
	.byte	0x14
	.byte	0xe
	.4byte	0x1f4
	.byte	0x2
	.4byte	0x395
	.4byte	.LLST12
	.byte	0x2
	.4byte	0x38a
	.4byte	.LLST13
	.byte	0x2
	.4byte	0x381
	.4byte	.LLST18
	.byte	0x5
	.8byte	.LVL22
	.4byte	0x414
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.8byte	.LVL17
	.4byte	0x414
	.byte	0
	.byte	0xb
	.8byte	.LVL19
	.4byte	0xbf
	.4byte	0x220
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
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL24
	.4byte	0xbf
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
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x373
	.8byte	.LBB36
	.4byte	.LLRL19
	.byte	0x2a
	.byte	0x23
	.4byte	0x2d8
	.byte	0x2
	.4byte	0x395
	.4byte	.LLST20
	.byte	0x2
	.4byte	0x38a
	.4byte	.LLST21
	.byte	0x13
	.4byte	0x381
	.byte	0x20
	.4byte	0x373
	.8byte	.LBB38
	.8byte	.LBE38-.LBB38
	.byte	0x1
	.byte	0x14
	.byte	0xe
	.4byte	0x2b8
	.byte	0x21
	.4byte	0x395
	.byte	0x1
	.byte	0x59
	.byte	0x22
	.4byte	0x38a
	.byte	0xa
	.byte	0x13
	.4byte	0x381
	.byte	0x5
	.8byte	.LVL33
	.4byte	0x414
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x78
	.byte	0
	.byte	0x1f
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL28
	.4byte	0x414
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
	.byte	0x3a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL26
	.4byte	0x493
	.4byte	0x2ef
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0xb
	.8byte	.LVL27
	.4byte	0x9f
	.4byte	0x320
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x8
	.byte	0x50
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL29
	.4byte	0x84
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x34c
	.4byte	0x34c
	.byte	0x7
	.4byte	0x36
	.byte	0x7
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF16
	.byte	0x6
	.4byte	0x4b
	.4byte	0x363
	.byte	0x7
	.4byte	0x36
	.byte	0x4
	.byte	0
	.byte	0x6
	.4byte	0x73
	.4byte	0x373
	.byte	0x7
	.4byte	0x36
	.byte	0x4f
	.byte	0
	.byte	0x14
	.4byte	.LASF18
	.byte	0x14
	.4byte	0x6e
	.4byte	0x3a1
	.byte	0x8
	.string	"v"
	.byte	0x14
	.byte	0x1d
	.4byte	0x34c
	.byte	0x15
	.4byte	.LASF17
	.byte	0x14
	.byte	0x29
	.4byte	0x4b
	.byte	0x8
	.string	"buf"
	.byte	0x14
	.byte	0x35
	.4byte	0x6e
	.byte	0
	.byte	0x14
	.4byte	.LASF19
	.byte	0x5
	.4byte	0x6e
	.4byte	0x3fd
	.byte	0x8
	.string	"v"
	.byte	0x5
	.byte	0x26
	.4byte	0x3fd
	.byte	0x15
	.4byte	.LASF17
	.byte	0x5
	.byte	0x32
	.4byte	0x4b
	.byte	0x8
	.string	"buf"
	.byte	0x5
	.byte	0x3e
	.4byte	0x6e
	.byte	0x9
	.string	"tmp"
	.byte	0x7
	.byte	0xa
	.4byte	0x404
	.byte	0x9
	.string	"n"
	.byte	0x8
	.byte	0x9
	.4byte	0x60
	.byte	0x23
	.4byte	0x3f1
	.byte	0x9
	.string	"d"
	.byte	0xa
	.byte	0x12
	.4byte	0x4b
	.byte	0
	.byte	0x24
	.byte	0x9
	.string	"i"
	.byte	0xe
	.byte	0xe
	.4byte	0x60
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF20
	.byte	0x6
	.4byte	0x73
	.4byte	0x414
	.byte	0x7
	.4byte	0x36
	.byte	0x47
	.byte	0
	.byte	0x25
	.4byte	0x3a1
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x493
	.byte	0x2
	.4byte	0x3af
	.4byte	.LLST0
	.byte	0x2
	.4byte	0x3b8
	.4byte	.LLST1
	.byte	0x2
	.4byte	0x3c3
	.4byte	.LLST2
	.byte	0x26
	.4byte	0x3ce
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0xc
	.4byte	0x3d9
	.4byte	.LLST3
	.byte	0x27
	.4byte	0x3e2
	.4byte	.LLRL4
	.4byte	0x473
	.byte	0xc
	.4byte	0x3e7
	.4byte	.LLST5
	.byte	0
	.byte	0x28
	.4byte	0x3f1
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.byte	0xc
	.4byte	0x3f2
	.4byte	.LLST6
	.byte	0
	.byte	0
	.byte	0x29
	.4byte	.LASF24
	.4byte	.LASF25
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x4
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0xa
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
	.byte	0xb
	.byte	0x1
	.byte	0x13
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x23
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
	.byte	0x5
	.byte	0
	.byte	0x31
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
	.byte	0xe
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
	.byte	0x15
	.byte	0x5
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
	.byte	0x18
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
	.byte	0x19
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1c
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
	.byte	0x1d
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1e
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
	.byte	0x1f
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x21
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x22
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x23
	.byte	0xb
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x24
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x25
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
	.byte	0x26
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x27
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x28
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
	.byte	0x29
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
.LLST7:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL31
	.byte	0x1
	.byte	0x68
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x1
	.byte	0x68
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL30
	.byte	0xb
	.byte	0x84
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x2
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0xb
	.byte	0x84
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xc8,0x2
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0xb
	.byte	0x84
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x2
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0xb
	.byte	0x8a
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe8,0x2
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0xb
	.byte	0x8a
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe4,0x2
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL23
	.byte	0xb
	.byte	0x8a
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe8,0x2
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0xb
	.byte	0x8a
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xe4,0x2
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22-1
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17-1
	.byte	0x19
	.byte	0x84
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x2
	.byte	0x33
	.byte	0x25
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0xa
	.2byte	0x150
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22-1
	.byte	0x19
	.byte	0x84
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x2
	.byte	0x33
	.byte	0x25
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0xa
	.2byte	0x150
	.byte	0x1c
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17-1
	.byte	0x19
	.byte	0x84
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x2
	.byte	0x33
	.byte	0x25
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0xa
	.2byte	0x150
	.byte	0x1c
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL22-1
	.byte	0x19
	.byte	0x84
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xd0,0x2
	.byte	0x33
	.byte	0x25
	.byte	0xc
	.4byte	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.byte	0
	.byte	0x22
	.byte	0xa
	.2byte	0x150
	.byte	0x1c
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LFE13
	.byte	0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LFE15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x3
	.byte	0x81
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE15
	.byte	0x3
	.byte	0x81
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x6
	.byte	0x7a
	.byte	0
	.byte	0x7b
	.byte	0
	.byte	0x1d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x6
	.byte	0x7a
	.byte	0
	.byte	0x7b
	.byte	0
	.byte	0x1d
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x6
	.byte	0x7f
	.byte	0
	.byte	0x7c
	.byte	0
	.byte	0x1c
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
.LLRL4:
	.byte	0x6
	.8byte	.LBB4
	.8byte	.LBE4
	.byte	0x6
	.8byte	.LBB5
	.8byte	.LBE5
	.byte	0x6
	.8byte	.LBB6
	.8byte	.LBE6
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0
.LLRL19:
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0
.LLRL22:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB13
	.8byte	.LFE13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF19:
	.string	"utoa"
.LASF7:
	.string	"short int"
.LASF22:
	.string	"size_t"
.LASF24:
	.string	"putchar"
.LASF23:
	.string	"main"
.LASF16:
	.string	"long long int"
.LASF8:
	.string	"long int"
.LASF12:
	.string	"printf"
.LASF13:
	.string	"values"
.LASF11:
	.string	"snprintf"
.LASF18:
	.string	"itoa"
.LASF3:
	.string	"unsigned char"
.LASF15:
	.string	"mismatches"
.LASF6:
	.string	"signed char"
.LASF20:
	.string	"long long unsigned int"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF14:
	.string	"bases"
.LASF25:
	.string	"__builtin_putchar"
.LASF2:
	.string	"long unsigned int"
.LASF21:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF10:
	.string	"strcmp"
.LASF17:
	.string	"base"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/int_to_string.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
