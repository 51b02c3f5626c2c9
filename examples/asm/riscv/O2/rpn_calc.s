	.file	"rpn_calc.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/rpn_calc.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"="
	.align	3
.LC1:
	.string	"result %ld\n"
	.align	3
.LC2:
	.string	"stack underflow at '%s'\n"
	.align	3
.LC3:
	.string	"unknown '%s'\n"
	.align	3
.LC4:
	.string	"%31s"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB26:
	.file 1 "programs/rpn_calc.c"
	.loc 1 27 1
	.cfi_startproc
	.loc 1 28 5
	.loc 1 29 5
.LVL0:
	.loc 1 30 5
	.loc 1 27 1 is_stmt 0
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sd	s2,80(sp)
	.cfi_offset 18, -32
.LBB23:
	.loc 1 31 12
	li	s2,4096
.LBE23:
	.loc 1 27 1
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	ra,104(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 1, -8
	.loc 1 29 9
	li	s6,0
	mv	s1,sp
	.loc 1 30 12
	lla	s5,.LC4
	.loc 1 30 31
	li	s4,1
.LBB65:
	.loc 1 31 12
	addi	s2,s2,-2048
.LBB24:
.LBB25:
	.loc 1 12 15
	lla	s0,.LANCHOR0
	.loc 1 12 8
	li	s7,64
.LBE25:
.LBE24:
	.loc 1 31 44
	li	s3,45
.LVL1:
.L2:
.LBE65:
	.loc 1 30 31 is_stmt 1
	.loc 1 30 12 is_stmt 0
	mv	a1,s1
	mv	a0,s5
	call	__isoc99_scanf@plt
.LVL2:
	.loc 1 30 31
	bne	a0,s4,.L45
.L23:
.LBB66:
	.loc 1 31 9 is_stmt 1
	.loc 1 31 13 is_stmt 0
	call	__ctype_b_loc@plt
.LVL3:
	lbu	a5,0(sp)
	ld	a3,0(a0)
	slli	a4,a5,1
	add	a4,a3,a4
	.loc 1 31 12
	lhu	a4,0(a4)
	and	a4,a4,s2
	bne	a4,zero,.L3
	.loc 1 31 44 discriminator 2
	beq	a5,s3,.L46
.L4:
	.loc 1 35 9 is_stmt 1
	.loc 1 35 13 is_stmt 0
	lhu	a3,0(s1)
.LBB27:
.LBB28:
.LBB29:
	.loc 1 20 15
	lw	a4,0(s0)
.LBE29:
.LBE28:
.LBE27:
	.loc 1 35 13
	addi	a3,a3,-61
	.loc 1 35 12
	beq	a3,zero,.L47
	.loc 1 42 9 is_stmt 1
	.loc 1 43 9
.LVL4:
.LBB34:
.LBB35:
	.loc 1 20 5
	.loc 1 20 8 is_stmt 0
	beq	a4,zero,.L12
	.loc 1 22 5 is_stmt 1
	.loc 1 22 16 is_stmt 0
	addiw	a1,a4,-1
	.loc 1 22 15
	slli	a3,a1,3
	add	a3,s0,a3
	.loc 1 22 8
	sw	a1,0(s0)
	.loc 1 22 15
	ld	a3,8(a3)
.LVL5:
	.loc 1 23 5 is_stmt 1
.LBE35:
.LBE34:
.LBB37:
.LBB38:
	.loc 1 20 5
.LBE38:
.LBE37:
.LBB40:
.LBB36:
	.loc 1 22 16 is_stmt 0
	mv	a2,a1
.LBE36:
.LBE40:
.LBB41:
.LBB39:
	.loc 1 20 8
	beq	a1,zero,.L12
	.loc 1 22 5 is_stmt 1
	.loc 1 22 16 is_stmt 0
	addiw	a0,a4,-2
	.loc 1 22 15
	slli	a6,a0,3
	add	a1,s0,a6
	.loc 1 22 8
	sw	a0,0(s0)
	.loc 1 22 15
	ld	a4,8(a1)
.LVL6:
	.loc 1 23 5 is_stmt 1
.LBE39:
.LBE41:
	.loc 1 48 9
	beq	a5,s3,.L13
	bgtu	a5,s3,.L14
	li	a6,42
	beq	a5,a6,.L15
	li	a6,43
	bne	a5,a6,.L17
	.loc 1 49 19
.LBB42:
.LBB43:
	.loc 1 12 8 is_stmt 0
	li	a5,64
.LBE43:
.LBE42:
	.loc 1 49 19
	add	a4,a3,a4
.LVL7:
.LBB45:
.LBB44:
	.loc 1 12 5 is_stmt 1
	.loc 1 12 8 is_stmt 0
	beq	a0,a5,.L2
.LVL8:
.L43:
.LBE44:
.LBE45:
.LBB46:
.LBB47:
	.loc 1 14 5 is_stmt 1
	.loc 1 14 20 is_stmt 0
	sd	a4,8(a1)
.LVL9:
	.loc 1 15 5 is_stmt 1
.LBE47:
.LBE46:
.LBE66:
	.loc 1 30 31
	.loc 1 30 12 is_stmt 0
	mv	a0,s5
	mv	a1,s1
.LBB67:
.LBB51:
.LBB48:
	.loc 1 14 16
	sw	a2,0(s0)
.LBE48:
.LBE51:
.LBE67:
	.loc 1 30 12
	call	__isoc99_scanf@plt
.LVL10:
	.loc 1 30 31
	beq	a0,s4,.L23
.L45:
	.loc 1 57 5 is_stmt 1
	.loc 1 58 1 is_stmt 0
	ld	ra,104(sp)
	.cfi_remember_state
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
	ld	s7,40(sp)
	.cfi_restore 23
	mv	a0,s6
	ld	s6,48(sp)
	.cfi_restore 22
.LVL11:
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
.LVL12:
.L46:
	.cfi_restore_state
.LBB68:
	.loc 1 31 65 discriminator 3
	lbu	a4,1(sp)
	slli	a4,a4,1
	add	a3,a3,a4
	.loc 1 31 62 discriminator 3
	lhu	a4,0(a3)
	and	a4,a4,s2
	beq	a4,zero,.L4
.L3:
	.loc 1 32 13 is_stmt 1 discriminator 4
	li	a2,10
	li	a1,0
	mv	a0,s1
	call	strtol@plt
.LVL13:
.LBB52:
.LBB26:
	.loc 1 12 15 is_stmt 0 discriminator 4
	lw	a5,0(s0)
.LVL14:
	.loc 1 12 5 is_stmt 1 discriminator 4
	.loc 1 12 8 is_stmt 0 discriminator 4
	beq	a5,s7,.L2
	.loc 1 14 5 is_stmt 1
	.loc 1 14 20 is_stmt 0
	slli	a4,a5,3
	add	a4,s0,a4
	.loc 1 14 16
	addiw	a5,a5,1
	sw	a5,0(s0)
	.loc 1 14 20
	sd	a0,8(a4)
	.loc 1 15 5 is_stmt 1
	.loc 1 15 12 is_stmt 0
	j	.L2
.LVL15:
.L12:
.LBE26:
.LBE52:
	.loc 1 44 13 is_stmt 1
	mv	a1,s1
	lla	a0,.LC2
	call	printf@plt
.LVL16:
	.loc 1 45 13
	.loc 1 45 19 is_stmt 0
	addiw	s6,s6,1
.LVL17:
	.loc 1 46 13 is_stmt 1
	j	.L2
.LVL18:
.L47:
.LBB53:
	.loc 1 36 13
	.loc 1 37 13
.LBB32:
.LBB30:
	.loc 1 20 5
	.loc 1 20 8 is_stmt 0
	beq	a4,zero,.L11
	.loc 1 22 5 is_stmt 1
	.loc 1 22 16 is_stmt 0
	addiw	a5,a4,-1
	mv	a4,a5
	.loc 1 22 15
	slli	a5,a5,3
	add	a5,s0,a5
.LBE30:
.LBE32:
	.loc 1 38 17
	ld	a1,8(a5)
	lla	a0,.LC1
.LBB33:
.LBB31:
	.loc 1 22 8
	sw	a4,0(s0)
.LVL19:
	.loc 1 23 5 is_stmt 1
.LBE31:
.LBE33:
	.loc 1 38 17
	call	printf@plt
.LVL20:
.L11:
	.loc 1 39 13
	.loc 1 39 19 is_stmt 0
	sw	zero,.LANCHOR0,a5
	.loc 1 40 13 is_stmt 1
	j	.L2
.LVL21:
.L14:
.LBE53:
	.loc 1 48 9 is_stmt 0
	li	a1,47
	beq	a5,a1,.L18
	li	a1,94
	bne	a5,a1,.L17
.LVL22:
.LBB54:
	.loc 1 53 44 is_stmt 1
	.loc 1 53 41 is_stmt 0
	addi	a5,a3,-1
.LVL23:
	.loc 1 53 26
	li	a1,1
	.loc 1 53 44
	li	a7,-1
	ble	a3,zero,.L20
.LVL24:
.L19:
	.loc 1 53 49 is_stmt 1 discriminator 3
	.loc 1 53 41 is_stmt 0 discriminator 3
	addi	a5,a5,-1
.LVL25:
	.loc 1 53 51 discriminator 3
	mul	a1,a1,a4
.LVL26:
	.loc 1 53 44 is_stmt 1 discriminator 3
	bne	a5,a7,.L19
.LVL27:
.L20:
	.loc 1 53 57
.LBB55:
.LBB56:
	.loc 1 12 5
	.loc 1 12 8 is_stmt 0
	li	a5,64
.LVL28:
	beq	a0,a5,.L2
	.loc 1 14 5 is_stmt 1
	.loc 1 14 20 is_stmt 0
	add	a6,s0,a6
	.loc 1 14 16
	sw	a2,0(s0)
	.loc 1 14 20
	sd	a1,8(a6)
	.loc 1 15 5 is_stmt 1
	.loc 1 15 12 is_stmt 0
	j	.L2
.LVL29:
.L17:
.LBE56:
.LBE55:
.LBE54:
	.loc 1 54 18 is_stmt 1
	mv	a1,s1
	lla	a0,.LC3
	call	printf@plt
.LVL30:
	.loc 1 54 49
	.loc 1 54 55 is_stmt 0
	addiw	s6,s6,1
.LVL31:
	.loc 1 54 59 is_stmt 1
	j	.L2
.LVL32:
.L13:
	.loc 1 50 19
.LBB57:
.LBB58:
	.loc 1 12 8 is_stmt 0
	li	a5,64
.LBE58:
.LBE57:
	.loc 1 50 19
	sub	a4,a4,a3
.LVL33:
.LBB60:
.LBB59:
	.loc 1 12 5 is_stmt 1
	.loc 1 12 8 is_stmt 0
	bne	a0,a5,.L43
	j	.L2
.LVL34:
.L15:
.LBE59:
.LBE60:
	.loc 1 51 19 is_stmt 1
.LBB61:
.LBB49:
	.loc 1 12 8 is_stmt 0
	li	a5,64
.LBE49:
.LBE61:
	.loc 1 51 19
	mul	a4,a3,a4
.LVL35:
.LBB62:
.LBB50:
	.loc 1 12 5 is_stmt 1
	.loc 1 12 8 is_stmt 0
	bne	a0,a5,.L43
	j	.L2
.LVL36:
.L18:
.LBE50:
.LBE62:
	.loc 1 52 19 is_stmt 1
	li	a5,0
	bne	a3,zero,.L48
.L21:
.LVL37:
.LBB63:
.LBB64:
	.loc 1 12 5 discriminator 4
	.loc 1 12 8 is_stmt 0 discriminator 4
	li	a4,64
.LVL38:
	beq	a0,a4,.L22
	.loc 1 14 5 is_stmt 1
	.loc 1 14 20 is_stmt 0
	add	a6,s0,a6
.LVL39:
	.loc 1 14 16
	sw	a2,0(s0)
	.loc 1 14 20
	sd	a5,8(a6)
.LVL40:
	.loc 1 15 5 is_stmt 1
.L22:
.LBE64:
.LBE63:
	.loc 1 52 40
	.loc 1 52 50 is_stmt 0
	seqz	a3,a3
.LVL41:
	.loc 1 52 47
	addw	s6,a3,s6
.LVL42:
	.loc 1 52 54 is_stmt 1
	j	.L2
.LVL43:
.L48:
	.loc 1 52 19 is_stmt 0 discriminator 1
	div	a5,a4,a3
	j	.L21
.LBE68:
	.cfi_endproc
.LFE26:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	depth, @object
	.size	depth, 4
depth:
	.zero	4
	.zero	4
	.type	stack, @object
	.size	stack, 512
stack:
	.zero	512
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/string.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.file 5 "/usr/riscv64-linux-gnu/include/ctype.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x492
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x15
	.4byte	.LASF30
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL23
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
	.byte	0xc
	.4byte	0x38
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
	.byte	0x16
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x7
	.4byte	0x6c
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xc
	.4byte	0x6c
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0xd
	.4byte	0x6c
	.4byte	0x96
	.byte	0xe
	.4byte	0x2a
	.byte	0x1f
	.byte	0
	.byte	0x7
	.4byte	0x3f
	.byte	0x7
	.4byte	0x73
	.byte	0xf
	.4byte	0x9b
	.byte	0x17
	.byte	0x7
	.byte	0x4
	.4byte	0x44
	.byte	0x5
	.byte	0x2f
	.byte	0x1
	.4byte	0x104
	.byte	0x4
	.4byte	.LASF12
	.2byte	0x100
	.byte	0x4
	.4byte	.LASF13
	.2byte	0x200
	.byte	0x4
	.4byte	.LASF14
	.2byte	0x400
	.byte	0x4
	.4byte	.LASF15
	.2byte	0x800
	.byte	0x4
	.4byte	.LASF16
	.2byte	0x1000
	.byte	0x4
	.4byte	.LASF17
	.2byte	0x2000
	.byte	0x4
	.4byte	.LASF18
	.2byte	0x4000
	.byte	0x4
	.4byte	.LASF19
	.2byte	0x8000
	.byte	0x8
	.4byte	.LASF20
	.byte	0x1
	.byte	0x8
	.4byte	.LASF21
	.byte	0x2
	.byte	0x8
	.4byte	.LASF22
	.byte	0x4
	.byte	0x8
	.4byte	.LASF23
	.byte	0x8
	.byte	0
	.byte	0xd
	.4byte	0x60
	.4byte	0x114
	.byte	0xe
	.4byte	0x2a
	.byte	0x3f
	.byte	0
	.byte	0x10
	.4byte	.LASF24
	.byte	0x7
	.byte	0xd
	.4byte	0x104
	.byte	0x9
	.byte	0x3
	.8byte	stack
	.byte	0x10
	.4byte	.LASF25
	.byte	0x8
	.byte	0xc
	.4byte	0x59
	.byte	0x9
	.byte	0x3
	.8byte	depth
	.byte	0x18
	.4byte	.LASF31
	.byte	0x2
	.2byte	0x1b5
	.byte	0xc
	.4byte	.LASF32
	.4byte	0x59
	.4byte	0x15a
	.byte	0x5
	.4byte	0x9b
	.byte	0x11
	.byte	0
	.byte	0x19
	.4byte	.LASF26
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x59
	.4byte	0x172
	.byte	0x5
	.4byte	0x9b
	.byte	0x11
	.byte	0
	.byte	0x12
	.4byte	.LASF27
	.byte	0x3
	.byte	0x9c
	.byte	0xc
	.4byte	0x59
	.4byte	0x18d
	.byte	0x5
	.4byte	0x9b
	.byte	0x5
	.4byte	0x9b
	.byte	0
	.byte	0x12
	.4byte	.LASF28
	.byte	0x4
	.byte	0xb1
	.byte	0x11
	.4byte	0x60
	.4byte	0x1ad
	.byte	0x5
	.4byte	0xa0
	.byte	0x5
	.4byte	0x1b2
	.byte	0x5
	.4byte	0x59
	.byte	0
	.byte	0x7
	.4byte	0x67
	.byte	0xf
	.4byte	0x1ad
	.byte	0x1a
	.4byte	.LASF33
	.byte	0x5
	.byte	0x4f
	.byte	0x23
	.4byte	0x1c3
	.byte	0x7
	.4byte	0x96
	.byte	0x1b
	.4byte	.LASF34
	.byte	0x1
	.byte	0x1a
	.byte	0x5
	.4byte	0x59
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.byte	0x1
	.byte	0x9c
	.4byte	0x460
	.byte	0x1c
	.string	"tok"
	.byte	0x1
	.byte	0x1c
	.byte	0xa
	.4byte	0x86
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x1d
	.4byte	.LASF29
	.byte	0x1
	.byte	0x1d
	.byte	0x9
	.4byte	0x59
	.4byte	.LLST0
	.byte	0x13
	.4byte	.LLRL1
	.4byte	0x427
	.byte	0x9
	.string	"b"
	.byte	0x2a
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST2
	.byte	0x9
	.string	"a"
	.byte	0x2a
	.byte	0x11
	.4byte	0x60
	.4byte	.LLST3
	.byte	0x13
	.4byte	.LLRL6
	.4byte	0x280
	.byte	0x9
	.string	"v"
	.byte	0x24
	.byte	0x12
	.4byte	0x60
	.4byte	.LLST7
	.byte	0x6
	.4byte	0x460
	.8byte	.LBB28
	.4byte	.LLRL8
	.byte	0x25
	.byte	0x11
	.4byte	0x264
	.byte	0x3
	.4byte	0x471
	.4byte	.LLST9
	.byte	0
	.byte	0xa
	.8byte	.LVL20
	.4byte	0x15a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0
	.byte	0
	.byte	0x1e
	.8byte	.LBB54
	.8byte	.LBE54-.LBB54
	.4byte	0x2c5
	.byte	0x9
	.string	"r"
	.byte	0x35
	.byte	0x1a
	.4byte	0x60
	.4byte	.LLST18
	.byte	0x1f
	.4byte	0x47f
	.8byte	.LBB55
	.8byte	.LBE55-.LBB55
	.byte	0x1
	.byte	0x35
	.byte	0x39
	.byte	0x3
	.4byte	0x48c
	.4byte	.LLST19
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x47f
	.8byte	.LBB24
	.4byte	.LLRL4
	.byte	0x20
	.byte	0xd
	.4byte	0x2e6
	.byte	0x3
	.4byte	0x48c
	.4byte	.LLST5
	.byte	0
	.byte	0x6
	.4byte	0x460
	.8byte	.LBB34
	.4byte	.LLRL10
	.byte	0x2b
	.byte	0xe
	.4byte	0x307
	.byte	0x3
	.4byte	0x471
	.4byte	.LLST11
	.byte	0
	.byte	0x6
	.4byte	0x460
	.8byte	.LBB37
	.4byte	.LLRL12
	.byte	0x2b
	.byte	0x1a
	.4byte	0x328
	.byte	0x3
	.4byte	0x471
	.4byte	.LLST13
	.byte	0
	.byte	0x6
	.4byte	0x47f
	.8byte	.LBB42
	.4byte	.LLRL14
	.byte	0x31
	.byte	0x13
	.4byte	0x349
	.byte	0x3
	.4byte	0x48c
	.4byte	.LLST15
	.byte	0
	.byte	0x6
	.4byte	0x47f
	.8byte	.LBB46
	.4byte	.LLRL16
	.byte	0x33
	.byte	0x13
	.4byte	0x36a
	.byte	0x3
	.4byte	0x48c
	.4byte	.LLST17
	.byte	0
	.byte	0x6
	.4byte	0x47f
	.8byte	.LBB57
	.4byte	.LLRL20
	.byte	0x32
	.byte	0x13
	.4byte	0x38b
	.byte	0x3
	.4byte	0x48c
	.4byte	.LLST21
	.byte	0
	.byte	0x20
	.4byte	0x47f
	.8byte	.LBB63
	.8byte	.LBE63-.LBB63
	.byte	0x1
	.byte	0x34
	.byte	0x13
	.4byte	0x3b1
	.byte	0x3
	.4byte	0x48c
	.4byte	.LLST22
	.byte	0
	.byte	0x21
	.8byte	.LVL3
	.4byte	0x1b7
	.byte	0xb
	.8byte	.LVL13
	.4byte	0x18d
	.4byte	0x3e0
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0xb
	.8byte	.LVL16
	.4byte	0x15a
	.4byte	0x405
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
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL30
	.4byte	0x15a
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
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.8byte	.LVL2
	.4byte	0x13e
	.4byte	0x445
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
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0xa
	.8byte	.LVL10
	.4byte	0x13e
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
	.byte	0x72
	.byte	0
	.byte	0
	.byte	0
	.byte	0x22
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x59
	.byte	0x1
	.4byte	0x47a
	.byte	0x14
	.string	"v"
	.byte	0x12
	.4byte	0x47a
	.byte	0
	.byte	0x7
	.4byte	0x60
	.byte	0x23
	.4byte	.LASF35
	.byte	0x1
	.byte	0xa
	.byte	0xc
	.4byte	0x59
	.byte	0x1
	.byte	0x14
	.string	"v"
	.byte	0xa
	.4byte	0x60
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
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x7
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0xb
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
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x18
	.byte	0
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
	.byte	0x3c
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
	.byte	0x21
	.byte	0x16
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
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
	.byte	0x16
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
	.byte	0x17
	.byte	0x4
	.byte	0x1
	.byte	0x3e
	.byte	0xb
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x19
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
	.byte	0x1a
	.byte	0x2e
	.byte	0
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
	.byte	0x2
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
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x23
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
	.8byte	.LVL11
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL17
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL31
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL42
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LFE26
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL41
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LFE26
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9
	.byte	0x2
	.byte	0x7b
	.byte	0x8
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL30-1
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x2
	.byte	0x7b
	.byte	0x8
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x2
	.byte	0x7b
	.byte	0x8
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x7
	.byte	0x78
	.byte	0
	.byte	0x80
	.byte	0
	.byte	0x22
	.byte	0x23
	.byte	0x8
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x9
	.byte	0x7a
	.byte	0
	.byte	0x33
	.byte	0x24
	.byte	0x78
	.byte	0
	.byte	0x22
	.byte	0x23
	.byte	0x8
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LFE26
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20-1
	.byte	0x14
	.byte	0x7e
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x33
	.byte	0x24
	.byte	0x3
	.8byte	stack
	.byte	0x22
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+566
	.byte	0
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL24
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL29
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+531
	.byte	0
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+544
	.byte	0
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL40
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
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
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
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB65
	.8byte	.LBE65
	.byte	0x6
	.8byte	.LBB66
	.8byte	.LBE66
	.byte	0x6
	.8byte	.LBB67
	.8byte	.LBE67
	.byte	0x6
	.8byte	.LBB68
	.8byte	.LBE68
	.byte	0
.LLRL4:
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB52
	.8byte	.LBE52
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0x6
	.8byte	.LBB61
	.8byte	.LBE61
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB60
	.8byte	.LBE60
	.byte	0
.LLRL23:
	.byte	0x6
	.8byte	.LFB26
	.8byte	.LFE26
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF15:
	.string	"_ISdigit"
.LASF21:
	.string	"_IScntrl"
.LASF24:
	.string	"stack"
.LASF19:
	.string	"_ISgraph"
.LASF18:
	.string	"_ISprint"
.LASF32:
	.string	"__isoc99_scanf"
.LASF35:
	.string	"push"
.LASF31:
	.string	"scanf"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF14:
	.string	"_ISalpha"
.LASF7:
	.string	"short int"
.LASF34:
	.string	"main"
.LASF29:
	.string	"errors"
.LASF5:
	.string	"unsigned int"
.LASF33:
	.string	"__ctype_b_loc"
.LASF11:
	.string	"long long unsigned int"
.LASF23:
	.string	"_ISalnum"
.LASF27:
	.string	"strcmp"
.LASF12:
	.string	"_ISupper"
.LASF20:
	.string	"_ISblank"
.LASF13:
	.string	"_ISlower"
.LASF10:
	.string	"long long int"
.LASF16:
	.string	"_ISxdigit"
.LASF30:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF9:
	.string	"char"
.LASF26:
	.string	"printf"
.LASF22:
	.string	"_ISpunct"
.LASF17:
	.string	"_ISspace"
.LASF8:
	.string	"long int"
.LASF25:
	.string	"depth"
.LASF6:
	.string	"signed char"
.LASF28:
	.string	"strtol"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/rpn_calc.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
