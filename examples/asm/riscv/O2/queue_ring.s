	.file	"queue_ring.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/queue_ring.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"task %d done at t=%d\n"
	.align	3
.LC2:
	.string	"rejected %d, size %u, head %u, tail %u\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/queue_ring.c"
	.loc 1 29 1
	.cfi_startproc
	.loc 1 30 5
	.loc 1 31 9 is_stmt 0
	li	a3,3
	li	a4,1
	li	a5,9
	slli	a3,a3,32
	slli	a4,a4,32
	slli	a5,a5,32
	.loc 1 29 1
	addi	sp,sp,-144
	.cfi_def_cfa_offset 144
	.loc 1 31 9
	addi	a5,a5,5
	addi	a3,a3,7
	addi	a4,a4,12
	.loc 1 29 1
	sd	s0,128(sp)
	sd	s1,120(sp)
	.loc 1 31 9
	sd	a5,24(sp)
	.loc 1 29 1
	sd	ra,136(sp)
	sd	s2,112(sp)
	sd	s3,104(sp)
	sd	s4,96(sp)
	sd	s5,88(sp)
	sd	s6,80(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 1, -8
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.loc 1 30 18
	sd	zero,32(sp)
	sd	zero,40(sp)
	sd	zero,48(sp)
	sd	zero,56(sp)
	sd	zero,64(sp)
	sw	zero,72(sp)
	.loc 1 31 5 is_stmt 1
	.loc 1 32 5
.LBB13:
	.loc 1 32 10
.LVL0:
	.loc 1 32 23
.LBE13:
	.loc 1 31 9 is_stmt 0
	sd	a3,8(sp)
	sd	a4,16(sp)
	.loc 1 30 18
	li	s0,0
.LBB18:
	.loc 1 32 14
	li	a5,0
.LBE18:
	.loc 1 30 18
	li	s1,0
.LBB19:
.LBB14:
.LBB15:
	.loc 1 10 8
	li	a1,8
.LBE15:
.LBE14:
	.loc 1 32 23
	li	a2,6
.LVL1:
.L3:
	.loc 1 33 9 is_stmt 1
.LBB17:
.LBB16:
	.loc 1 10 5
	.loc 1 12 5
	.loc 1 12 23 is_stmt 0
	slli	a4,s0,2
	addi	a4,a4,80
	add	a4,a4,sp
	.loc 1 13 24
	addiw	a3,s0,1
	.loc 1 10 8
	beq	s1,a1,.L2
	.loc 1 12 23
	sw	a5,-48(a4)
	.loc 1 13 5 is_stmt 1
	.loc 1 13 29 is_stmt 0
	andi	s0,a3,7
	.loc 1 14 5 is_stmt 1
	.loc 1 14 12 is_stmt 0
	addiw	s1,s1,1
	.loc 1 15 5 is_stmt 1
.L2:
.LVL2:
.LBE16:
.LBE17:
	.loc 1 32 29
	addiw	a5,a5,1
.LVL3:
	.loc 1 32 23
	bne	a5,a2,.L3
.LVL4:
.LBE19:
	.loc 1 35 12
.LBB20:
.LBB21:
	.loc 1 20 5
.LBE21:
.LBE20:
	.loc 1 34 38 is_stmt 0
	li	s3,0
.LBB30:
.LBB22:
	.loc 1 20 8
	beq	s1,zero,.L4
	mv	a2,s1
.LBE22:
.LBE30:
	.loc 1 34 22
	li	s2,0
	.loc 1 30 18
	li	s1,0
	addiw	a2,a2,-1
.LBB31:
	.loc 1 36 13
	li	s5,4
.LBB32:
.LBB33:
	.loc 1 10 8
	li	s6,8
.LVL5:
.L5:
.LBE33:
.LBE32:
	.loc 1 40 13 is_stmt 1
.LBB40:
.LBB34:
	.loc 1 12 5
.LBE34:
.LBE40:
.LBE31:
.LBB46:
.LBB23:
	.loc 1 22 5
	.loc 1 22 18 is_stmt 0
	slli	a4,s1,32
	srli	a5,a4,30
	addi	a5,a5,80
	add	a5,a5,sp
	lw	a1,-48(a5)
.LVL6:
.LBE23:
.LBE46:
.LBB47:
.LBB41:
.LBB35:
	.loc 1 10 5 is_stmt 1
.LBE35:
.LBE41:
.LBE47:
.LBB48:
.LBB24:
	.loc 1 23 5
.LBE24:
.LBE48:
.LBB49:
.LBB42:
.LBB36:
	.loc 1 12 23 is_stmt 0
	slli	a4,s0,2
.LBE36:
.LBE42:
.LBE49:
.LBB50:
.LBB25:
	.loc 1 23 24
	addiw	s1,s1,1
.LBE25:
.LBE50:
.LBB51:
	.loc 1 36 23
	slli	a3,a1,2
	addi	a5,a3,80
	add	a5,a5,sp
	lw	a5,-72(a5)
	.loc 1 37 20
	addi	a3,a3,80
.LBB43:
.LBB37:
	.loc 1 12 23
	addi	a4,a4,80
.LBE37:
.LBE43:
	.loc 1 37 20
	add	a3,a3,sp
.LBB44:
.LBB38:
	.loc 1 12 23
	add	a4,a4,sp
	.loc 1 13 24
	addiw	a6,s0,1
.LBE38:
.LBE44:
	.loc 1 36 13
	mv	a0,a5
.LBE51:
.LBB52:
.LBB26:
	.loc 1 24 12
	sext.w	s4,a2
	.loc 1 23 29
	andi	s1,s1,7
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
.LVL7:
.LBE26:
.LBE52:
.LBB53:
	.loc 1 36 9
	.loc 1 36 13 is_stmt 0
	ble	a5,s5,.L8
	li	a0,4
.L8:
.LVL8:
	.loc 1 37 9 is_stmt 1
	.loc 1 37 20 is_stmt 0
	subw	a5,a5,a0
	sw	a5,-72(a3)
	.loc 1 38 9 is_stmt 1
	.loc 1 38 14 is_stmt 0
	addw	s2,a0,s2
.LVL9:
	.loc 1 39 9 is_stmt 1
	.loc 1 39 12 is_stmt 0
	ble	a5,zero,.L24
.LBB45:
.LBB39:
	.loc 1 10 8
	beq	s4,s6,.L14
	.loc 1 12 23
	sw	a1,-48(a4)
	.loc 1 13 5 is_stmt 1
	.loc 1 13 29 is_stmt 0
	andi	s0,a6,7
	.loc 1 14 5 is_stmt 1
	.loc 1 15 5
.LVL10:
.LBE39:
.LBE45:
.LBE53:
	.loc 1 35 12
.LBB54:
.LBB27:
	.loc 1 20 5
	j	.L5
.LVL11:
.L24:
.LBE27:
.LBE54:
.LBB55:
	.loc 1 42 13
	mv	a2,s2
	lla	a0,.LC1
.LVL12:
	call	printf@plt
.LVL13:
	.loc 1 43 13
	.loc 1 43 21 is_stmt 0
	addiw	s3,s3,1
.LVL14:
.LBE55:
	.loc 1 35 12 is_stmt 1
.LBB56:
.LBB28:
	.loc 1 20 5
	.loc 1 20 8 is_stmt 0
	bne	s4,zero,.L25
.LVL15:
.L4:
.LBE28:
.LBE56:
.LBB57:
	.loc 1 47 23 is_stmt 1
.LBE57:
	.loc 1 30 18 is_stmt 0
	li	a5,11
	.loc 1 46 9
	li	s2,0
	li	a2,0
.LBB64:
.LBB58:
.LBB59:
	.loc 1 10 8
	li	a3,8
	j	.L7
.LVL16:
.L27:
.LBE59:
.LBE58:
	.loc 1 47 23
	addiw	a5,a5,-1
.LBB62:
.LBB60:
	.loc 1 13 29
	andi	s0,a4,7
	.loc 1 14 5 is_stmt 1
	.loc 1 14 12 is_stmt 0
	addiw	a2,a2,1
	.loc 1 15 5 is_stmt 1
.LVL17:
.LBE60:
.LBE62:
	.loc 1 47 30
	.loc 1 47 23
	beq	a5,zero,.L26
.LVL18:
.L7:
	.loc 1 48 9
.LBB63:
.LBB61:
	.loc 1 10 5
	.loc 1 12 5
	.loc 1 13 5
	.loc 1 13 24 is_stmt 0
	addiw	a4,s0,1
	.loc 1 10 8
	bne	a2,a3,.L27
.LBE61:
.LBE63:
	.loc 1 47 23
	addiw	a5,a5,-1
	.loc 1 48 18
	addiw	s2,s2,1
.LVL19:
	.loc 1 47 30 is_stmt 1
	.loc 1 47 23
	bne	a5,zero,.L7
.L26:
.LBE64:
	.loc 1 49 5
	mv	a4,s0
	mv	a3,s1
	mv	a1,s2
	lla	a0,.LC2
	call	printf@plt
.LVL20:
	.loc 1 50 5
	.loc 1 51 1 is_stmt 0
	ld	ra,136(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,128(sp)
	.cfi_restore 8
	addw	a0,s2,s3
	ld	s1,120(sp)
	.cfi_restore 9
	ld	s2,112(sp)
	.cfi_restore 18
	ld	s3,104(sp)
	.cfi_restore 19
	ld	s4,96(sp)
	.cfi_restore 20
	ld	s5,88(sp)
	.cfi_restore 21
	ld	s6,80(sp)
	.cfi_restore 22
	addi	sp,sp,144
	.cfi_def_cfa_offset 0
	jr	ra
.LVL21:
.L14:
	.cfi_restore_state
	li	a2,7
.LVL22:
	j	.L5
.LVL23:
.L25:
	addiw	a2,s4,-1
.LBB65:
.LBB29:
	j	.L5
.LBE29:
.LBE65:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2e6
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL20
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
	.byte	0x11
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
	.byte	0x12
	.4byte	0x62
	.byte	0x13
	.4byte	.LASF20
	.byte	0x2c
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xa8
	.byte	0x4
	.4byte	.LASF10
	.byte	0x14
	.4byte	0xa8
	.byte	0
	.byte	0x4
	.4byte	.LASF11
	.byte	0x29
	.4byte	0x3f
	.byte	0x20
	.byte	0x4
	.4byte	.LASF12
	.byte	0x2f
	.4byte	0x3f
	.byte	0x24
	.byte	0x4
	.4byte	.LASF13
	.byte	0x35
	.4byte	0x3f
	.byte	0x28
	.byte	0
	.byte	0xa
	.4byte	0x54
	.4byte	0xb8
	.byte	0xb
	.4byte	0x2a
	.byte	0x7
	.byte	0
	.byte	0x14
	.4byte	.LASF21
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0xd0
	.byte	0x15
	.4byte	0xd0
	.byte	0x16
	.byte	0
	.byte	0x7
	.4byte	0x69
	.byte	0x17
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x28b
	.byte	0x18
	.string	"q"
	.byte	0x1
	.byte	0x1e
	.byte	0x12
	.4byte	0x6e
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x19
	.4byte	.LASF14
	.byte	0x1
	.byte	0x1f
	.byte	0x9
	.4byte	0x28b
	.byte	0x3
	.byte	0x91
	.byte	0xf8,0x7e
	.byte	0x1a
	.4byte	.LASF23
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x54
	.byte	0x5
	.4byte	.LASF15
	.byte	0x22
	.byte	0x16
	.4byte	0x54
	.4byte	.LLST0
	.byte	0x5
	.4byte	.LASF16
	.byte	0x22
	.byte	0x20
	.4byte	0x54
	.4byte	.LLST1
	.byte	0x5
	.4byte	.LASF17
	.byte	0x22
	.byte	0x26
	.4byte	0x54
	.4byte	.LLST2
	.byte	0x5
	.4byte	.LASF18
	.byte	0x2e
	.byte	0x9
	.4byte	0x54
	.4byte	.LLST3
	.byte	0x8
	.4byte	.LLRL4
	.4byte	0x19a
	.byte	0x9
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST5
	.byte	0xc
	.4byte	0x2c9
	.8byte	.LBB14
	.4byte	.LLRL6
	.byte	0x21
	.byte	0x9
	.byte	0x2
	.4byte	0x2df
	.4byte	.LLST7
	.byte	0x2
	.4byte	0x2d6
	.4byte	.LLST8
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LLRL12
	.4byte	0x1fa
	.byte	0x9
	.string	"run"
	.byte	0x24
	.byte	0xd
	.4byte	0x54
	.4byte	.LLST13
	.byte	0xd
	.4byte	0x2c9
	.8byte	.LBB32
	.4byte	.LLRL14
	.byte	0x28
	.byte	0xd
	.4byte	0x1d8
	.byte	0x2
	.4byte	0x2df
	.4byte	.LLST1
	.byte	0xe
	.4byte	0x2d6
	.byte	0
	.byte	0xf
	.8byte	.LVL13
	.4byte	0xb8
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LLRL16
	.4byte	0x233
	.byte	0x9
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST17
	.byte	0xc
	.4byte	0x2c9
	.8byte	.LBB58
	.4byte	.LLRL18
	.byte	0x30
	.byte	0x16
	.byte	0xe
	.4byte	0x2df
	.byte	0x2
	.4byte	0x2d6
	.4byte	.LLST19
	.byte	0
	.byte	0
	.byte	0xd
	.4byte	0x29b
	.8byte	.LBB20
	.4byte	.LLRL9
	.byte	0x23
	.byte	0xc
	.4byte	0x25d
	.byte	0x2
	.4byte	0x2b5
	.4byte	.LLST10
	.byte	0x2
	.4byte	0x2ac
	.4byte	.LLST11
	.byte	0
	.byte	0xf
	.8byte	.LVL20
	.4byte	0xb8
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x54
	.4byte	0x29b
	.byte	0xb
	.4byte	0x2a
	.byte	0x5
	.byte	0
	.byte	0x1b
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x54
	.byte	0x1
	.4byte	0x2bf
	.byte	0x6
	.string	"q"
	.byte	0x12
	.byte	0x1e
	.4byte	0x2bf
	.byte	0x6
	.string	"v"
	.byte	0x12
	.byte	0x26
	.4byte	0x2c4
	.byte	0
	.byte	0x7
	.4byte	0x6e
	.byte	0x7
	.4byte	0x54
	.byte	0x1c
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x54
	.byte	0x1
	.byte	0x6
	.string	"q"
	.byte	0x8
	.byte	0x1f
	.4byte	0x2bf
	.byte	0x6
	.string	"v"
	.byte	0x8
	.byte	0x26
	.4byte	0x54
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x6
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
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
	.byte	0x2
	.byte	0x17
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
	.byte	0x5
	.byte	0
	.byte	0x31
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
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
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
	.byte	0x14
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
	.byte	0x15
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x18
	.byte	0
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x1b
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
	.byte	0x1c
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
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL9
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL14
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+304
	.byte	0
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+304
	.byte	0
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+304
	.byte	0
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE13
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+304
	.byte	0
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL7
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE13
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
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
.LLRL4:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0
.LLRL6:
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB48
	.8byte	.LBE48
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0x6
	.8byte	.LBB52
	.8byte	.LBE52
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0x6
	.8byte	.LBB56
	.8byte	.LBE56
	.byte	0x6
	.8byte	.LBB65
	.8byte	.LBE65
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0x6
	.8byte	.LBB49
	.8byte	.LBE49
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0x6
	.8byte	.LBB55
	.8byte	.LBE55
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB64
	.8byte	.LBE64
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0x6
	.8byte	.LBB63
	.8byte	.LBE63
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LFB13
	.8byte	.LFE13
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF5:
	.string	"unsigned int"
.LASF14:
	.string	"work"
.LASF10:
	.string	"items"
.LASF11:
	.string	"head"
.LASF18:
	.string	"rejected"
.LASF2:
	.string	"long unsigned int"
.LASF16:
	.string	"task"
.LASF12:
	.string	"tail"
.LASF20:
	.string	"queue"
.LASF9:
	.string	"char"
.LASF15:
	.string	"tick"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"main"
.LASF23:
	.string	"quantum"
.LASF8:
	.string	"long int"
.LASF4:
	.string	"short unsigned int"
.LASF21:
	.string	"printf"
.LASF13:
	.string	"size"
.LASF24:
	.string	"push"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF7:
	.string	"short int"
.LASF17:
	.string	"finished"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/queue_ring.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
