	.file	"queue_ring.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/queue_ring.c"
	.align	1
	.type	push, @function
push:
.LFB11:
	.file 1 "programs/queue_ring.c"
	.loc 1 9 1
	.cfi_startproc
.LVL0:
	.loc 1 10 5
	.loc 1 10 10 is_stmt 0
	lw	a4,40(a0)
	.loc 1 10 8
	li	a5,8
	beq	a4,a5,.L3
	.loc 1 12 5 is_stmt 1
	.loc 1 12 15 is_stmt 0
	lw	a5,36(a0)
	.loc 1 12 23
	slli	a2,a5,32
	srli	a3,a2,30
	add	a3,a0,a3
	sw	a1,0(a3)
	.loc 1 13 5 is_stmt 1
	.loc 1 13 24 is_stmt 0
	addiw	a5,a5,1
	.loc 1 13 29
	andi	a5,a5,7
	.loc 1 13 13
	sw	a5,36(a0)
	.loc 1 14 5 is_stmt 1
	.loc 1 14 12 is_stmt 0
	addiw	a4,a4,1
	sw	a4,40(a0)
	.loc 1 15 5 is_stmt 1
	.loc 1 15 12 is_stmt 0
	li	a0,1
.LVL1:
	ret
.LVL2:
.L3:
	.loc 1 11 16
	li	a0,0
.LVL3:
	.loc 1 16 1
	ret
	.cfi_endproc
.LFE11:
	.size	push, .-push
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"task %d done at t=%d\n"
	.align	3
.LC2:
	.string	"rejected %d, size %u, head %u, tail %u\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.loc 1 29 1 is_stmt 1
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
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.loc 1 30 5
	.loc 1 30 18 is_stmt 0
	sd	zero,32(sp)
	sd	zero,40(sp)
	sd	zero,48(sp)
	sd	zero,56(sp)
	sd	zero,64(sp)
	sw	zero,72(sp)
	.loc 1 31 5 is_stmt 1
	.loc 1 31 9 is_stmt 0
	li	a5,7
	sw	a5,8(sp)
	li	a5,3
	sw	a5,12(sp)
	li	a5,12
	sw	a5,16(sp)
	li	a5,1
	sw	a5,20(sp)
	li	a5,5
	sw	a5,24(sp)
	li	a5,9
	sw	a5,28(sp)
	.loc 1 32 5 is_stmt 1
.LBB7:
	.loc 1 32 10
.LVL4:
	.loc 1 32 23
	.loc 1 32 14 is_stmt 0
	li	s0,0
	.loc 1 33 9
	addi	s2,sp,32
	.loc 1 32 23
	li	s1,6
.LVL5:
.L5:
	.loc 1 33 9 is_stmt 1 discriminator 3
	mv	a1,s0
	mv	a0,s2
	call	push
.LVL6:
	.loc 1 32 29 discriminator 3
	addiw	s0,s0,1
.LVL7:
	.loc 1 32 23 discriminator 3
	bne	s0,s1,.L5
.LBE7:
	.loc 1 34 38 is_stmt 0
	li	s2,0
	.loc 1 34 22
	li	s0,0
.LBB8:
	.loc 1 36 13
	li	s1,4
	li	s4,4
	.loc 1 42 13
	lla	s5,.LC1
	.loc 1 40 13
	addi	s3,sp,32
	j	.L6
.LVL8:
.L17:
	.loc 1 42 13 is_stmt 1
	mv	a2,s0
	mv	a0,s5
	call	printf@plt
.LVL9:
	.loc 1 43 13
	.loc 1 43 21 is_stmt 0
	addiw	s2,s2,1
.LVL10:
	j	.L6
.LVL11:
.L9:
	.loc 1 37 9 is_stmt 1
	.loc 1 37 20 is_stmt 0
	subw	a5,a5,a3
	sext.w	a2,a5
	slli	a4,a1,2
	addi	a4,a4,80
	add	a4,a4,sp
	sw	a5,-72(a4)
	.loc 1 38 9 is_stmt 1
	.loc 1 38 14 is_stmt 0
	addw	s0,a3,s0
.LVL12:
	.loc 1 39 9 is_stmt 1
	.loc 1 39 12 is_stmt 0
	ble	a2,zero,.L17
	.loc 1 40 13 is_stmt 1
	mv	a0,s3
	call	push
.LVL13:
.L6:
.LBE8:
	.loc 1 35 12
.LBB9:
.LBB10:
	.loc 1 20 5
	.loc 1 20 10 is_stmt 0
	lw	a4,72(sp)
	.loc 1 20 8
	beq	a4,zero,.L12
	.loc 1 22 5 is_stmt 1
	.loc 1 22 20 is_stmt 0
	lw	a5,64(sp)
	.loc 1 22 18
	slli	a2,a5,32
	srli	a3,a2,30
	addi	a3,a3,80
	add	a3,a3,sp
	lw	a1,-48(a3)
.LVL14:
	.loc 1 23 5 is_stmt 1
	.loc 1 23 24 is_stmt 0
	addiw	a5,a5,1
	.loc 1 23 29
	andi	a5,a5,7
	.loc 1 23 13
	sw	a5,64(sp)
	.loc 1 24 5 is_stmt 1
	.loc 1 24 12 is_stmt 0
	addiw	a4,a4,-1
	sw	a4,72(sp)
	.loc 1 25 5 is_stmt 1
.LVL15:
.LBE10:
.LBE9:
.LBB11:
	.loc 1 36 9
	.loc 1 36 23 is_stmt 0
	slli	a5,a1,2
	addi	a5,a5,80
	add	a5,a5,sp
	lw	a5,-72(a5)
	.loc 1 36 13
	mv	a3,a5
	ble	a5,s1,.L9
	mv	a3,s4
	j	.L9
.LVL16:
.L12:
.LBE11:
.LBB12:
	.loc 1 47 14
	li	s1,0
.LBE12:
	.loc 1 46 9
	li	s3,0
.LVL17:
.LBB13:
	.loc 1 48 22
	addi	s5,sp,32
	.loc 1 47 23
	li	s4,11
.LVL18:
.L8:
	.loc 1 48 9 is_stmt 1 discriminator 3
	.loc 1 48 22 is_stmt 0 discriminator 3
	mulw	a1,s1,s1
	mv	a0,s5
	call	push
.LVL19:
	.loc 1 48 21 discriminator 3
	seqz	s0,a0
	.loc 1 48 18 discriminator 3
	addw	s0,s0,s3
	sext.w	s3,s0
.LVL20:
	.loc 1 47 30 is_stmt 1 discriminator 3
	addiw	s1,s1,1
.LVL21:
	.loc 1 47 23 discriminator 3
	bne	s1,s4,.L8
.LBE13:
	.loc 1 49 5
	lw	a4,68(sp)
	lw	a3,64(sp)
	lw	a2,72(sp)
	mv	a1,s3
	lla	a0,.LC2
	call	printf@plt
.LVL22:
	.loc 1 50 5
	.loc 1 51 1 is_stmt 0
	addw	a0,s0,s2
	ld	ra,136(sp)
	.cfi_restore 1
	ld	s0,128(sp)
	.cfi_restore 8
.LVL23:
	ld	s1,120(sp)
	.cfi_restore 9
	ld	s2,112(sp)
	.cfi_restore 18
.LVL24:
	ld	s3,104(sp)
	.cfi_restore 19
.LVL25:
	ld	s4,96(sp)
	.cfi_restore 20
	ld	s5,88(sp)
	.cfi_restore 21
	addi	sp,sp,144
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2e0
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF19
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
	.4byte	.LASF20
	.byte	0x2c
	.byte	0x1
	.byte	0x6
	.byte	0x8
	.4byte	0xac
	.byte	0x3
	.4byte	.LASF10
	.byte	0x14
	.4byte	0xac
	.byte	0
	.byte	0x3
	.4byte	.LASF11
	.byte	0x29
	.4byte	0x43
	.byte	0x20
	.byte	0x3
	.4byte	.LASF12
	.byte	0x2f
	.4byte	0x43
	.byte	0x24
	.byte	0x3
	.4byte	.LASF13
	.byte	0x35
	.4byte	0x43
	.byte	0x28
	.byte	0
	.byte	0x8
	.4byte	0x58
	.4byte	0xbc
	.byte	0x9
	.4byte	0x2e
	.byte	0x7
	.byte	0
	.byte	0x11
	.4byte	.LASF21
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xd4
	.byte	0x12
	.4byte	0xd4
	.byte	0x13
	.byte	0
	.byte	0x6
	.4byte	0x6d
	.byte	0x14
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x26e
	.byte	0x15
	.string	"q"
	.byte	0x1
	.byte	0x1e
	.byte	0x12
	.4byte	0x72
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x16
	.4byte	.LASF14
	.byte	0x1
	.byte	0x1f
	.byte	0x9
	.4byte	0x26e
	.byte	0x3
	.byte	0x91
	.byte	0xf8,0x7e
	.byte	0x17
	.4byte	.LASF23
	.byte	0x1
	.byte	0x22
	.byte	0x9
	.4byte	0x58
	.byte	0x4
	.4byte	.LASF15
	.byte	0x22
	.byte	0x16
	.4byte	0x58
	.4byte	.LLST1
	.byte	0x4
	.4byte	.LASF16
	.byte	0x22
	.byte	0x20
	.4byte	0x58
	.4byte	.LLST2
	.byte	0x4
	.4byte	.LASF17
	.byte	0x22
	.byte	0x26
	.4byte	0x58
	.4byte	.LLST3
	.byte	0x4
	.4byte	.LASF18
	.byte	0x2e
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST4
	.byte	0x18
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x19e
	.byte	0x7
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST5
	.byte	0x5
	.8byte	.LVL6
	.4byte	0x2aa
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
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	.LLRL6
	.4byte	0x1e9
	.byte	0x7
	.string	"run"
	.byte	0x24
	.byte	0xd
	.4byte	0x58
	.4byte	.LLST7
	.byte	0x19
	.8byte	.LVL9
	.4byte	0xbc
	.4byte	0x1d4
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
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL13
	.4byte	0x2aa
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	.LLRL10
	.4byte	0x21d
	.byte	0x7
	.string	"i"
	.byte	0x2f
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST11
	.byte	0x5
	.8byte	.LVL19
	.4byte	0x2aa
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x4
	.byte	0x79
	.byte	0
	.byte	0x12
	.byte	0x1e
	.byte	0
	.byte	0
	.byte	0x1a
	.4byte	0x27e
	.8byte	.LBB9
	.8byte	.LBE9-.LBB9
	.byte	0x1
	.byte	0x23
	.byte	0xc
	.4byte	0x24c
	.byte	0xb
	.4byte	0x297
	.4byte	.LLST8
	.byte	0xb
	.4byte	0x28f
	.4byte	.LLST9
	.byte	0
	.byte	0x5
	.8byte	.LVL22
	.4byte	0xbc
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
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	0x58
	.4byte	0x27e
	.byte	0x9
	.4byte	0x2e
	.byte	0x5
	.byte	0
	.byte	0x1b
	.string	"pop"
	.byte	0x1
	.byte	0x12
	.byte	0xc
	.4byte	0x58
	.byte	0x1
	.4byte	0x2a0
	.byte	0xc
	.string	"q"
	.byte	0x1e
	.4byte	0x2a0
	.byte	0xc
	.string	"v"
	.byte	0x26
	.4byte	0x2a5
	.byte	0
	.byte	0x6
	.4byte	0x72
	.byte	0x6
	.4byte	0x58
	.byte	0x1c
	.4byte	.LASF24
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x58
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.byte	0x1d
	.string	"q"
	.byte	0x1
	.byte	0x8
	.byte	0x1f
	.4byte	0x2a0
	.4byte	.LLST0
	.byte	0x1e
	.string	"v"
	.byte	0x1
	.byte	0x8
	.byte	0x26
	.4byte	0x58
	.byte	0x1
	.byte	0x5b
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
	.byte	0x4
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x12
	.byte	0x39
	.byte	0xb
	.byte	0x49
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x18
	.byte	0
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
	.byte	0x15
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
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
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
	.byte	0x1d
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
	.byte	0x1e
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
	.byte	0x18
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
.LLST1:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL18
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL24
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL20
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL23
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL13-1
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL21
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+308
	.byte	0
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+308
	.byte	0
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x4
	.byte	0x91
	.byte	0x90,0x7f
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LFE11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
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
.LLRL6:
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
