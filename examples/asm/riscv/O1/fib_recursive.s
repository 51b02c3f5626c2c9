	.file	"fib_recursive.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/fib_recursive.c"
	.align	1
	.type	fib, @function
fib:
.LFB22:
	.file 1 "programs/fib_recursive.c"
	.loc 1 7 24
	.cfi_startproc
.LVL0:
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	mv	s0,a0
	.loc 1 7 26
	.loc 1 7 43 is_stmt 0
	li	a5,1
	bgt	a0,a5,.L2
.LVL1:
.L1:
	.loc 1 7 70
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	ld	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL2:
.L2:
	.cfi_restore_state
	.loc 1 7 45 discriminator 2
	addiw	a0,a0,-1
.LVL3:
	call	fib
.LVL4:
	mv	s1,a0
	.loc 1 7 58 discriminator 2
	addiw	a0,s0,-2
	call	fib
.LVL5:
	.loc 1 7 43 discriminator 2
	add	a0,s1,a0
	j	.L1
	.cfi_endproc
.LFE22:
	.size	fib, .-fib
	.align	1
	.type	fib_memo, @function
fib_memo:
.LFB23:
	.loc 1 10 1 is_stmt 1
	.cfi_startproc
.LVL6:
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	mv	s0,a0
	.loc 1 11 5
	.loc 1 11 8 is_stmt 0
	li	a5,1
	ble	a0,a5,.L5
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	slli	a4,a0,3
	lla	a5,.LANCHOR0
	add	a5,a5,a4
	ld	a0,0(a5)
.LVL7:
	.loc 1 13 8
	beq	a0,zero,.L9
.L5:
	.loc 1 17 1
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	ld	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.L9:
	.cfi_restore_state
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	addiw	a0,s0,-1
	call	fib_memo
.LVL8:
	mv	s1,a0
	.loc 1 15 33
	addiw	a0,s0,-2
	call	fib_memo
.LVL9:
	.loc 1 15 31
	add	a0,s1,a0
	.loc 1 15 13
	slli	s0,s0,3
	lla	a5,.LANCHOR0
	add	a5,a5,s0
	sd	a0,0(a5)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 16 is_stmt 0
	j	.L5
	.cfi_endproc
.LFE23:
	.size	fib_memo, .-fib_memo
	.align	1
	.type	ackermann, @function
ackermann:
.LFB24:
	.loc 1 20 1 is_stmt 1
	.cfi_startproc
.LVL10:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	a0,zero,.L17
	.loc 1 20 1
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sd	ra,8(sp)
	sd	s0,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	mv	s0,a0
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	beq	a1,zero,.L18
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL11:
	call	ackermann
.LVL12:
	sext.w	a1,a0
	addiw	a0,s0,-1
	call	ackermann
.LVL13:
	sext.w	a0,a0
.L12:
	.loc 1 26 1
	ld	ra,8(sp)
	.cfi_restore 1
	ld	s0,0(sp)
	.cfi_restore 8
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
.LVL14:
.L17:
	.loc 1 22 9 is_stmt 1
	.loc 1 22 18 is_stmt 0
	addiw	a0,a1,1
.LVL15:
	.loc 1 26 1
	ret
.LVL16:
.L18:
	.cfi_def_cfa_offset 16
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.loc 1 24 9 is_stmt 1
	.loc 1 24 16 is_stmt 0
	li	a1,1
.LVL17:
	addiw	a0,a0,-1
.LVL18:
	call	ackermann
.LVL19:
	sext.w	a0,a0
	j	.L12
	.cfi_endproc
.LFE24:
	.size	ackermann, .-ackermann
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"fib(%d) = %ld\n"
	.align	3
.LC1:
	.string	"fib_memo(%d) = %ld\n"
	.align	3
.LC2:
	.string	"A(%u,%u) = %u\n"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB25:
	.loc 1 29 1 is_stmt 1
	.cfi_startproc
.LVL20:
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.loc 1 30 5
	.loc 1 30 38 is_stmt 0
	li	a4,1
	li	s0,20
	bgt	a0,a4,.L29
.LVL21:
.L20:
	.loc 1 31 5 is_stmt 1 discriminator 4
	mv	a0,s0
	call	fib
.LVL22:
	mv	s4,a0
	mv	a2,a0
	mv	a1,s0
	lla	a0,.LC0
	call	printf@plt
.LVL23:
	.loc 1 32 5 discriminator 4
.LBB7:
	.loc 1 32 10 discriminator 4
	.loc 1 32 24 discriminator 4
	.loc 1 32 14 is_stmt 0 discriminator 4
	li	s0,60
.LVL24:
	.loc 1 33 9 discriminator 4
	lla	s2,.LC1
	.loc 1 32 24 discriminator 4
	li	s1,100
.LVL25:
.L21:
	.loc 1 33 9 is_stmt 1 discriminator 3
	mv	a0,s0
	call	fib_memo
.LVL26:
	mv	a2,a0
	mv	a1,s0
	mv	a0,s2
	call	printf@plt
.LVL27:
	.loc 1 32 33 discriminator 3
	addiw	s0,s0,10
.LVL28:
	.loc 1 32 24 discriminator 3
	bne	s0,s1,.L21
.LBE7:
.LBB8:
	.loc 1 34 19 is_stmt 0
	li	s1,0
.LBB9:
	.loc 1 35 23
	li	s6,0
	.loc 1 36 13
	lla	s3,.LC2
	.loc 1 35 32
	li	s2,4
.LBE9:
	.loc 1 34 28
	li	s5,3
.L22:
.LVL29:
.LBB10:
	.loc 1 35 32 is_stmt 1
	.loc 1 35 23 is_stmt 0
	mv	s0,s6
.LVL30:
.L23:
	.loc 1 36 13 is_stmt 1 discriminator 3
	mv	a1,s0
	mv	a0,s1
	call	ackermann
.LVL31:
	sext.w	a3,a0
	mv	a2,s0
	mv	a1,s1
	mv	a0,s3
	call	printf@plt
.LVL32:
	.loc 1 35 38 discriminator 3
	addiw	s0,s0,1
.LVL33:
	.loc 1 35 32 discriminator 3
	bne	s0,s2,.L23
.LBE10:
	.loc 1 34 34 discriminator 2
	addiw	s1,s1,1
.LVL34:
	.loc 1 34 28 discriminator 2
	bne	s1,s5,.L22
.LBE8:
	.loc 1 37 5
	.loc 1 38 1 is_stmt 0
	li	a0,100
	rem	a0,s4,a0
	ld	ra,56(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	ld	s1,40(sp)
	.cfi_restore 9
	ld	s2,32(sp)
	.cfi_restore 18
	ld	s3,24(sp)
	.cfi_restore 19
	ld	s4,16(sp)
	.cfi_restore 20
	ld	s5,8(sp)
	.cfi_restore 21
	ld	s6,0(sp)
	.cfi_restore 22
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL35:
.L29:
	.cfi_restore_state
	mv	a5,a1
.LVL36:
.LBB11:
.LBB12:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 is_stmt 1 discriminator 1
	.loc 2 364 16 is_stmt 0 discriminator 1
	li	a2,10
	li	a1,0
.LVL37:
	ld	a0,8(a5)
.LVL38:
	call	strtol@plt
.LVL39:
	.loc 2 364 10 discriminator 1
	sext.w	s0,a0
.LVL40:
.LBE12:
.LBE11:
	j	.L20
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	memo, @object
	.size	memo, 728
memo:
	.zero	728
	.text
.Letext0:
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3ed
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
	.byte	0x8
	.4byte	0x6b
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0xf
	.4byte	0x6b
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x10
	.4byte	0x5f
	.4byte	0x95
	.byte	0x11
	.4byte	0x2e
	.byte	0x5a
	.byte	0
	.byte	0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x85
	.byte	0x9
	.byte	0x3
	.8byte	memo
	.byte	0x13
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5f
	.4byte	0xcb
	.byte	0x5
	.4byte	0xd0
	.byte	0x5
	.4byte	0xda
	.byte	0x5
	.4byte	0x58
	.byte	0
	.byte	0x8
	.4byte	0x72
	.byte	0x9
	.4byte	0xcb
	.byte	0x8
	.4byte	0x66
	.byte	0x9
	.4byte	0xd5
	.byte	0x14
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x58
	.4byte	0xf7
	.byte	0x5
	.4byte	0xcb
	.byte	0x15
	.byte	0
	.byte	0x16
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x58
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
	.byte	0x1
	.byte	0x9c
	.4byte	0x289
	.byte	0xa
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST4
	.byte	0xa
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xd5
	.4byte	.LLST5
	.byte	0x6
	.string	"n"
	.byte	0x1e
	.byte	0x9
	.4byte	0x58
	.4byte	.LLST6
	.byte	0xb
	.8byte	.LBB7
	.8byte	.LBE7-.LBB7
	.4byte	0x197
	.byte	0x6
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x58
	.4byte	.LLST7
	.byte	0x3
	.8byte	.LVL26
	.4byte	0x31a
	.4byte	0x17c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL27
	.4byte	0xdf
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
	.byte	0xb
	.8byte	.LBB8
	.8byte	.LBE8-.LBB8
	.4byte	0x20b
	.byte	0x6
	.string	"m"
	.byte	0x22
	.byte	0x13
	.4byte	0x43
	.4byte	.LLST8
	.byte	0x17
	.4byte	.LLRL9
	.byte	0x6
	.string	"k"
	.byte	0x23
	.byte	0x17
	.4byte	0x43
	.4byte	.LLST10
	.byte	0x3
	.8byte	.LVL31
	.4byte	0x289
	.4byte	0x1e9
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL32
	.4byte	0xdf
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
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
	.byte	0
	.byte	0x18
	.4byte	0x3d4
	.8byte	.LBB11
	.8byte	.LBE11-.LBB11
	.byte	0x1
	.byte	0x1e
	.byte	0x18
	.4byte	0x249
	.byte	0x19
	.4byte	0x3e2
	.4byte	.LLST11
	.byte	0x4
	.8byte	.LVL39
	.4byte	0xab
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
	.byte	0
	.byte	0x3
	.8byte	.LVL22
	.4byte	0x375
	.4byte	0x261
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL23
	.4byte	0xdf
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
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
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	.LASF17
	.byte	0x13
	.byte	0x11
	.4byte	0x43
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.4byte	0x31a
	.byte	0x7
	.string	"m"
	.byte	0x13
	.byte	0x24
	.4byte	0x43
	.4byte	.LLST2
	.byte	0x7
	.string	"n"
	.byte	0x13
	.byte	0x30
	.4byte	0x43
	.4byte	.LLST3
	.byte	0x3
	.8byte	.LVL12
	.4byte	0x289
	.4byte	0x2e5
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x31
	.byte	0x1c
	.byte	0
	.byte	0x3
	.8byte	.LVL13
	.4byte	0x289
	.4byte	0x2fd
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7f
	.byte	0
	.byte	0x4
	.8byte	.LVL19
	.4byte	0x289
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x31
	.byte	0x1c
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	.LASF18
	.byte	0x9
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x375
	.byte	0x7
	.string	"n"
	.byte	0x9
	.byte	0x1a
	.4byte	0x58
	.4byte	.LLST1
	.byte	0x3
	.8byte	.LVL8
	.4byte	0x31a
	.4byte	0x360
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7f
	.byte	0
	.byte	0x4
	.8byte	.LVL9
	.4byte	0x31a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7e
	.byte	0
	.byte	0
	.byte	0x1a
	.string	"fib"
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	0x5f
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.4byte	0x3d4
	.byte	0x7
	.string	"n"
	.byte	0x7
	.byte	0x15
	.4byte	0x58
	.4byte	.LLST0
	.byte	0x3
	.8byte	.LVL4
	.4byte	0x375
	.4byte	0x3bf
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x31
	.byte	0x1c
	.byte	0
	.byte	0x4
	.8byte	.LVL5
	.4byte	0x375
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7e
	.byte	0
	.byte	0
	.byte	0x1b
	.4byte	.LASF21
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x58
	.byte	0x3
	.byte	0x1c
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0xcb
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x1c
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x3c
	.byte	0x19
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x17
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x20
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0x5
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
.LLST4:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL35
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LFE25
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL35
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL37
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL39-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL39-1
	.8byte	.LFE25
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL24
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0x3
	.byte	0x8
	.byte	0x3c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL28
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL34
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL33
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL39-1
	.byte	0x2
	.byte	0x7f
	.byte	0x8
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL12-1
	.8byte	.LVL14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
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
	.8byte	.LFE22
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
.LLRL9:
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"long long int"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"ackermann"
.LASF20:
	.string	"main"
.LASF14:
	.string	"argc"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF12:
	.string	"strtol"
.LASF16:
	.string	"memo"
.LASF18:
	.string	"fib_memo"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF22:
	.string	"__nptr"
.LASF21:
	.string	"atoi"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/fib_recursive.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
