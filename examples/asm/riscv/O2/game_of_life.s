	.file	"game_of_life.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/game_of_life.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"generation %d: %d alive\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/game_of_life.c"
	.loc 1 34 1
	.cfi_startproc
	.loc 1 36 5
	.loc 1 34 1 is_stmt 0
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sd	s0,48(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s5,8(sp)
	sd	ra,56(sp)
	sd	s1,40(sp)
	sd	s4,16(sp)
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 21, -56
	.cfi_offset 1, -8
	.cfi_offset 9, -24
	.cfi_offset 20, -48
	.loc 1 36 68
	lla	s0,.LANCHOR0
	li	a5,1
	.loc 1 36 42
	li	a4,257
	.loc 1 36 68
	sb	a5,26(s0)
	.loc 1 36 42
	sh	a4,24(s0)
	.loc 1 36 29
	sb	a5,14(s0)
	.loc 1 36 16
	sb	a5,1(s0)
	.loc 1 37 5 is_stmt 1
	.loc 1 37 16 is_stmt 0
	sb	a5,79(s0)
	.loc 1 37 29
	sh	a4,80(s0)
	.loc 1 38 5 is_stmt 1
.LVL0:
	.loc 1 39 5
.LBB25:
	.loc 1 39 10
	.loc 1 39 23
	.loc 1 39 14 is_stmt 0
	li	s5,1
	lla	s3,.LANCHOR0+240
.LBB26:
.LBB27:
.LBB28:
.LBB29:
.LBB30:
	.loc 1 26 33
	li	s2,3
.LVL1:
.L2:
.LBE30:
.LBE29:
	.loc 1 23 23 is_stmt 1
	lla	t0,.LANCHOR0+120
.LBB44:
.LBB40:
	.loc 1 27 19 is_stmt 0
	li	ra,0
.LBE40:
.LBE44:
.LBE28:
	.loc 1 22 9
	li	s1,0
.LBB48:
.LBB45:
.LBB41:
.LBB31:
.LBB32:
.LBB33:
.LBB34:
	.loc 1 16 40
	li	t6,10
	.loc 1 16 58
	li	t4,12
	.loc 1 14 30
	li	a7,2
.LBE34:
.LBE33:
.LBE32:
.LBE31:
.LBE41:
	.loc 1 24 27
	li	a2,12
.LBE45:
	.loc 1 23 23
	li	s4,10
.LVL2:
.L14:
.LBB46:
	.loc 1 24 27 is_stmt 1
	slli	t2,ra,1
	add	t2,t2,ra
	slli	t2,t2,2
	add	t2,s0,t2
.LBB42:
	.loc 1 27 19 is_stmt 0
	li	t3,0
	addiw	t5,ra,10
.LVL3:
.L11:
.LBB39:
.LBB38:
.LBB36:
	.loc 1 13 26 is_stmt 1
.LBE36:
	.loc 1 12 9 is_stmt 0
	li	a6,0
.LBB37:
	.loc 1 13 14
	li	a0,-1
	addiw	t1,t3,12
.LVL4:
.L9:
.LBB35:
	.loc 1 14 30 is_stmt 1
	.loc 1 16 40 is_stmt 0
	addw	a4,t5,a0
	remw	a4,a4,t6
	.loc 1 14 18
	li	a5,-1
	slli	a3,a4,1
	.loc 1 16 44
	add	a3,a3,a4
	slli	a3,a3,2
	add	a3,s0,a3
.LVL5:
.L4:
	.loc 1 15 13 is_stmt 1
	.loc 1 15 16 is_stmt 0
	or	a4,a0,a5
	bne	a4,zero,.L3
	.loc 1 14 38
	li	a5,1
.LVL6:
.L3:
	.loc 1 16 17 is_stmt 1
	.loc 1 16 53 is_stmt 0
	addw	a4,t1,a5
	.loc 1 16 44
	remw	a4,a4,t4
	.loc 1 14 38
	addiw	a5,a5,1
.LVL7:
	.loc 1 16 44
	add	a4,a3,a4
	lbu	a4,0(a4)
	.loc 1 16 19
	addw	a6,a4,a6
.LVL8:
	.loc 1 14 38 is_stmt 1
	.loc 1 14 30
	bne	a5,a7,.L4
.LBE35:
	.loc 1 13 34
	addiw	a0,a0,1
.LVL9:
	.loc 1 13 26
	bne	a0,a7,.L9
.LBE37:
	.loc 1 17 5
.LVL10:
.LBE38:
.LBE39:
	.loc 1 26 13
	.loc 1 26 33 is_stmt 0
	beq	a6,s2,.L27
	li	a5,0
	bne	a6,a7,.L7
	.loc 1 26 54
	add	a5,t2,t3
	.loc 1 26 44
	lbu	a5,0(a5)
	snez	a5,a5
	.loc 1 27 19
	addw	s1,a5,s1
.LVL11:
.L7:
	.loc 1 26 24
	add	a4,t0,t3
	sb	a5,0(a4)
	.loc 1 27 13 is_stmt 1
.LBE42:
	.loc 1 24 33
.LVL12:
	.loc 1 24 27
	addi	t3,t3,1
.LVL13:
	bne	t3,a2,.L11
.LBE46:
	.loc 1 23 29
.LVL14:
	.loc 1 23 23
	addi	ra,ra,1
.LVL15:
	addi	t0,t0,12
	bne	ra,s4,.L14
.LBE48:
	.loc 1 29 5
	lla	a5,.LANCHOR0+120
	lla	a4,.LANCHOR0
.L12:
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a0,16(a5)
	ld	a2,24(a5)
	ld	a3,32(a5)
	sd	a7,0(a4)
	sd	a6,8(a4)
	sd	a0,16(a4)
	sd	a2,24(a4)
	sd	a3,32(a4)
	addi	a5,a5,40
	addi	a4,a4,40
	bne	a5,s3,.L12
	.loc 1 30 5
.LVL16:
.LBE27:
.LBE26:
	.loc 1 41 9
	mv	a1,s5
	mv	a2,s1
	lla	a0,.LC0
	call	printf@plt
.LVL17:
	.loc 1 39 30
	addiw	s5,s5,1
.LVL18:
	.loc 1 39 23
	li	a5,9
	bne	s5,a5,.L2
	lla	s2,.LANCHOR0+12
	lla	s4,.LANCHOR0+132
	la	s3,stdout
.L13:
.LVL19:
.LBE25:
.LBB52:
.LBB53:
	.loc 1 44 27
	addi	s0,s2,-12
.LVL20:
.L16:
	.loc 1 45 13
	lbu	a5,0(s0)
.LBB54:
.LBB55:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/stdio.h"
	.loc 2 84 10 is_stmt 0
	ld	a1,0(s3)
.LBE55:
.LBE54:
	.loc 1 44 27
	addi	s0,s0,1
.LVL21:
	.loc 1 45 13
	li	a0,46
	beq	a5,zero,.L15
	li	a0,35
.L15:
.LVL22:
.LBB57:
.LBB56:
	.loc 2 84 3 is_stmt 1 discriminator 4
	.loc 2 84 10 is_stmt 0 discriminator 4
	call	putc@plt
.LVL23:
.LBE56:
.LBE57:
	.loc 1 44 33 is_stmt 1 discriminator 4
	.loc 1 44 27 discriminator 4
	bne	s2,s0,.L16
.LBE53:
	.loc 1 46 9
.LVL24:
.LBB58:
.LBB59:
	.loc 2 84 3
	.loc 2 84 10 is_stmt 0
	ld	a1,0(s3)
.LBE59:
.LBE58:
	.loc 1 43 23
	addi	s2,s2,12
.LVL25:
.LBB61:
.LBB60:
	.loc 2 84 10
	li	a0,10
	call	putc@plt
.LVL26:
.LBE60:
.LBE61:
	.loc 1 43 29 is_stmt 1
	.loc 1 43 23
	bne	s4,s2,.L13
.LBE52:
	.loc 1 48 5
	.loc 1 49 1 is_stmt 0
	ld	ra,56(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	ld	s2,32(sp)
	.cfi_restore 18
	ld	s3,24(sp)
	.cfi_restore 19
	ld	s4,16(sp)
	.cfi_restore 20
	ld	s5,8(sp)
	.cfi_restore 21
	mv	a0,s1
	ld	s1,40(sp)
	.cfi_restore 9
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL27:
.L27:
	.cfi_restore_state
.LBB62:
.LBB51:
.LBB50:
.LBB49:
.LBB47:
.LBB43:
	.loc 1 27 19
	addiw	s1,s1,1
.LVL28:
	li	a5,1
	j	.L7
.LBE43:
.LBE47:
.LBE49:
.LBE50:
.LBE51:
.LBE62:
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	grid, @object
	.size	grid, 120
grid:
	.zero	120
	.type	next, @object
	.size	next, 120
next:
	.zero	120
	.text
.Letext0:
	.file 3 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x537
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x18
	.4byte	.LASF53
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL22
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x8
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x2a
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
	.byte	0x19
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x8
	.4byte	.LASF10
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x67
	.byte	0x8
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x67
	.byte	0x1a
	.byte	0x8
	.byte	0x3
	.4byte	0x8d
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x1b
	.4byte	0x8d
	.byte	0x1c
	.4byte	.LASF54
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x203
	.byte	0x1
	.4byte	.LASF13
	.byte	0x33
	.byte	0x7
	.4byte	0x60
	.byte	0
	.byte	0x1
	.4byte	.LASF14
	.byte	0x36
	.byte	0x9
	.4byte	0x88
	.byte	0x8
	.byte	0x1
	.4byte	.LASF15
	.byte	0x37
	.byte	0x9
	.4byte	0x88
	.byte	0x10
	.byte	0x1
	.4byte	.LASF16
	.byte	0x38
	.byte	0x9
	.4byte	0x88
	.byte	0x18
	.byte	0x1
	.4byte	.LASF17
	.byte	0x39
	.byte	0x9
	.4byte	0x88
	.byte	0x20
	.byte	0x1
	.4byte	.LASF18
	.byte	0x3a
	.byte	0x9
	.4byte	0x88
	.byte	0x28
	.byte	0x1
	.4byte	.LASF19
	.byte	0x3b
	.byte	0x9
	.4byte	0x88
	.byte	0x30
	.byte	0x1
	.4byte	.LASF20
	.byte	0x3c
	.byte	0x9
	.4byte	0x88
	.byte	0x38
	.byte	0x1
	.4byte	.LASF21
	.byte	0x3d
	.byte	0x9
	.4byte	0x88
	.byte	0x40
	.byte	0x1
	.4byte	.LASF22
	.byte	0x40
	.byte	0x9
	.4byte	0x88
	.byte	0x48
	.byte	0x1
	.4byte	.LASF23
	.byte	0x41
	.byte	0x9
	.4byte	0x88
	.byte	0x50
	.byte	0x1
	.4byte	.LASF24
	.byte	0x42
	.byte	0x9
	.4byte	0x88
	.byte	0x58
	.byte	0x1
	.4byte	.LASF25
	.byte	0x44
	.byte	0x16
	.4byte	0x21c
	.byte	0x60
	.byte	0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x221
	.byte	0x68
	.byte	0x1
	.4byte	.LASF27
	.byte	0x48
	.byte	0x7
	.4byte	0x60
	.byte	0x70
	.byte	0x1
	.4byte	.LASF28
	.byte	0x49
	.byte	0x7
	.4byte	0x60
	.byte	0x74
	.byte	0x1
	.4byte	.LASF29
	.byte	0x4a
	.byte	0xb
	.4byte	0x6e
	.byte	0x78
	.byte	0x1
	.4byte	.LASF30
	.byte	0x4d
	.byte	0x12
	.4byte	0x44
	.byte	0x80
	.byte	0x1
	.4byte	.LASF31
	.byte	0x4e
	.byte	0xf
	.4byte	0x52
	.byte	0x82
	.byte	0x1
	.4byte	.LASF32
	.byte	0x4f
	.byte	0x8
	.4byte	0x226
	.byte	0x83
	.byte	0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x236
	.byte	0x88
	.byte	0x1
	.4byte	.LASF34
	.byte	0x59
	.byte	0xd
	.4byte	0x7a
	.byte	0x90
	.byte	0x1
	.4byte	.LASF35
	.byte	0x5b
	.byte	0x17
	.4byte	0x240
	.byte	0x98
	.byte	0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24a
	.byte	0xa0
	.byte	0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x221
	.byte	0xa8
	.byte	0x1
	.4byte	.LASF38
	.byte	0x5e
	.byte	0x9
	.4byte	0x86
	.byte	0xb0
	.byte	0x1
	.4byte	.LASF39
	.byte	0x5f
	.byte	0xa
	.4byte	0x31
	.byte	0xb8
	.byte	0x1
	.4byte	.LASF40
	.byte	0x60
	.byte	0x7
	.4byte	0x60
	.byte	0xc0
	.byte	0x1
	.4byte	.LASF41
	.byte	0x62
	.byte	0x8
	.4byte	0x24f
	.byte	0xc4
	.byte	0
	.byte	0x8
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x99
	.byte	0x1d
	.4byte	.LASF55
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.byte	0xb
	.4byte	.LASF43
	.byte	0x3
	.4byte	0x217
	.byte	0x3
	.4byte	0x99
	.byte	0xc
	.4byte	0x8d
	.4byte	0x236
	.byte	0x9
	.4byte	0x2a
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x20f
	.byte	0xb
	.4byte	.LASF44
	.byte	0x3
	.4byte	0x23b
	.byte	0xb
	.4byte	.LASF45
	.byte	0x3
	.4byte	0x245
	.byte	0xc
	.4byte	0x8d
	.4byte	0x25f
	.byte	0x9
	.4byte	0x2a
	.byte	0x13
	.byte	0
	.byte	0x3
	.4byte	0x203
	.byte	0x1e
	.4byte	.LASF56
	.byte	0x7
	.byte	0x90
	.byte	0xe
	.4byte	0x25f
	.byte	0x3
	.4byte	0x94
	.byte	0xc
	.4byte	0x3d
	.4byte	0x28b
	.byte	0x9
	.4byte	0x2a
	.byte	0x9
	.byte	0x9
	.4byte	0x2a
	.byte	0xb
	.byte	0
	.byte	0x11
	.4byte	.LASF46
	.byte	0x16
	.4byte	0x275
	.byte	0x9
	.byte	0x3
	.8byte	grid
	.byte	0x11
	.4byte	.LASF47
	.byte	0x22
	.4byte	0x275
	.byte	0x9
	.byte	0x3
	.8byte	next
	.byte	0x12
	.4byte	.LASF48
	.2byte	0x226
	.4byte	0x60
	.4byte	0x2cd
	.byte	0xd
	.4byte	0x60
	.byte	0xd
	.4byte	0x25f
	.byte	0
	.byte	0x12
	.4byte	.LASF49
	.2byte	0x164
	.4byte	0x60
	.4byte	0x2e3
	.byte	0xd
	.4byte	0x270
	.byte	0x1f
	.byte	0
	.byte	0x20
	.4byte	.LASF57
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x4a0
	.byte	0x21
	.4byte	.LASF50
	.byte	0x1
	.byte	0x26
	.byte	0x9
	.4byte	0x60
	.4byte	.LLST0
	.byte	0x22
	.4byte	.LLRL1
	.4byte	0x403
	.byte	0xe
	.string	"g"
	.byte	0x27
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST2
	.byte	0x23
	.4byte	0x4a0
	.8byte	.LBB26
	.4byte	.LLRL3
	.byte	0x1
	.byte	0x28
	.byte	0x11
	.4byte	0x3db
	.byte	0x13
	.4byte	.LLRL3
	.byte	0x4
	.4byte	0x4ae
	.4byte	.LLST4
	.byte	0x6
	.4byte	0x4ba
	.4byte	.LLRL5
	.byte	0x4
	.4byte	0x4bb
	.4byte	.LLST6
	.byte	0x6
	.4byte	0x4c4
	.4byte	.LLRL7
	.byte	0x4
	.4byte	0x4c5
	.4byte	.LLST8
	.byte	0x6
	.4byte	0x4ce
	.4byte	.LLRL9
	.byte	0x24
	.4byte	0x4cf
	.byte	0xf
	.4byte	0x4dc
	.8byte	.LBB31
	.4byte	.LLRL10
	.byte	0x19
	.byte	0x15
	.byte	0x14
	.4byte	0x4f4
	.byte	0x14
	.4byte	0x4ea
	.byte	0x13
	.4byte	.LLRL10
	.byte	0x4
	.4byte	0x4fe
	.4byte	.LLST11
	.byte	0x6
	.4byte	0x507
	.4byte	.LLRL12
	.byte	0x4
	.4byte	0x508
	.4byte	.LLST13
	.byte	0x6
	.4byte	0x512
	.4byte	.LLRL14
	.byte	0x4
	.4byte	0x513
	.4byte	.LLST15
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x15
	.8byte	.LVL17
	.4byte	0x2cd
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0xa
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0xa
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0x25
	.8byte	.LBB52
	.8byte	.LBE52-.LBB52
	.byte	0xe
	.string	"y"
	.byte	0x2b
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST16
	.byte	0x26
	.8byte	.LBB53
	.8byte	.LBE53-.LBB53
	.4byte	0x46e
	.byte	0xe
	.string	"x"
	.byte	0x2c
	.byte	0x12
	.4byte	0x60
	.4byte	.LLST17
	.byte	0xf
	.4byte	0x520
	.8byte	.LBB54
	.4byte	.LLRL18
	.byte	0x2d
	.byte	0xd
	.byte	0x16
	.4byte	0x52d
	.4byte	.LLST19
	.byte	0x27
	.8byte	.LVL23
	.4byte	0x2b3
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	0x520
	.8byte	.LBB58
	.4byte	.LLRL20
	.byte	0x2e
	.byte	0x9
	.byte	0x16
	.4byte	0x52d
	.4byte	.LLST21
	.byte	0x15
	.8byte	.LVL26
	.4byte	0x2b3
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
	.4byte	.LASF51
	.byte	0x14
	.4byte	0x60
	.4byte	0x4dc
	.byte	0x28
	.4byte	.LASF50
	.byte	0x1
	.byte	0x16
	.byte	0x9
	.4byte	0x60
	.byte	0x7
	.byte	0x5
	.string	"y"
	.byte	0x17
	.byte	0xe
	.4byte	0x60
	.byte	0x7
	.byte	0x5
	.string	"x"
	.byte	0x18
	.byte	0x12
	.4byte	0x60
	.byte	0x7
	.byte	0x5
	.string	"n"
	.byte	0x19
	.byte	0x11
	.4byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
	.4byte	.LASF52
	.byte	0xa
	.4byte	0x60
	.4byte	0x520
	.byte	0x10
	.string	"y"
	.byte	0x1
	.byte	0xa
	.byte	0x1b
	.4byte	0x60
	.byte	0x10
	.string	"x"
	.byte	0x1
	.byte	0xa
	.byte	0x22
	.4byte	0x60
	.byte	0x5
	.string	"n"
	.byte	0xc
	.byte	0x9
	.4byte	0x60
	.byte	0x7
	.byte	0x5
	.string	"dy"
	.byte	0xd
	.byte	0xe
	.4byte	0x60
	.byte	0x7
	.byte	0x5
	.string	"dx"
	.byte	0xe
	.byte	0x12
	.4byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0x29
	.4byte	.LASF58
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.4byte	0x60
	.byte	0x3
	.byte	0x10
	.string	"__c"
	.byte	0x2
	.byte	0x52
	.byte	0xe
	.4byte	0x60
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x5
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
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
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x13
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x5
	.byte	0
	.byte	0x49
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
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
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x8
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0x21
	.byte	0x7
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
	.byte	0x13
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0xc
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
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
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
	.byte	0
	.byte	0
	.byte	0x1e
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
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x1f
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x21
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
	.byte	0x22
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x23
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
	.byte	0x24
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x25
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x26
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
	.byte	0x27
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x28
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
	.byte	0x29
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
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LFE13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL18
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LFE13
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL11
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL14
	.byte	0x1
	.byte	0x51
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x3
	.byte	0x71
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x3
	.byte	0x8e
	.byte	0x77
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LFE13
	.byte	0x1
	.byte	0x51
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL12
	.byte	0x1
	.byte	0x6c
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x3
	.byte	0x8c
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL16
	.byte	0x3
	.byte	0x76
	.byte	0x75
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LFE13
	.byte	0x1
	.byte	0x6c
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL8
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL25
	.byte	0x15
	.byte	0x82
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x3c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x15
	.byte	0x82
	.byte	0
	.byte	0x3
	.8byte	grid+24
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x3c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x2a
	.byte	0x78
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2a
	.byte	0x3c
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x3c
	.byte	0x1e
	.byte	0x3
	.8byte	grid
	.byte	0x22
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23-1
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x2
	.byte	0x3a
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB48
	.8byte	.LBE48
	.byte	0x6
	.8byte	.LBB49
	.8byte	.LBE49
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
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
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0x6
	.8byte	.LBB61
	.8byte	.LBE61
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
.LASF21:
	.string	"_IO_buf_end"
.LASF29:
	.string	"_old_offset"
.LASF24:
	.string	"_IO_save_end"
.LASF7:
	.string	"short int"
.LASF9:
	.string	"size_t"
.LASF34:
	.string	"_offset"
.LASF58:
	.string	"putchar"
.LASF18:
	.string	"_IO_write_ptr"
.LASF13:
	.string	"_flags"
.LASF20:
	.string	"_IO_buf_base"
.LASF25:
	.string	"_markers"
.LASF15:
	.string	"_IO_read_end"
.LASF38:
	.string	"_freeres_buf"
.LASF52:
	.string	"neighbours"
.LASF33:
	.string	"_lock"
.LASF8:
	.string	"long int"
.LASF49:
	.string	"printf"
.LASF30:
	.string	"_cur_column"
.LASF54:
	.string	"_IO_FILE"
.LASF3:
	.string	"unsigned char"
.LASF48:
	.string	"putc"
.LASF6:
	.string	"signed char"
.LASF35:
	.string	"_codecvt"
.LASF5:
	.string	"unsigned int"
.LASF43:
	.string	"_IO_marker"
.LASF32:
	.string	"_shortbuf"
.LASF17:
	.string	"_IO_write_base"
.LASF41:
	.string	"_unused2"
.LASF14:
	.string	"_IO_read_ptr"
.LASF46:
	.string	"grid"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"char"
.LASF57:
	.string	"main"
.LASF36:
	.string	"_wide_data"
.LASF37:
	.string	"_freeres_list"
.LASF39:
	.string	"__pad5"
.LASF44:
	.string	"_IO_codecvt"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"_IO_write_end"
.LASF11:
	.string	"__off64_t"
.LASF10:
	.string	"__off_t"
.LASF26:
	.string	"_chain"
.LASF50:
	.string	"alive"
.LASF45:
	.string	"_IO_wide_data"
.LASF53:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF23:
	.string	"_IO_backup_base"
.LASF28:
	.string	"_flags2"
.LASF40:
	.string	"_mode"
.LASF16:
	.string	"_IO_read_base"
.LASF31:
	.string	"_vtable_offset"
.LASF22:
	.string	"_IO_save_base"
.LASF27:
	.string	"_fileno"
.LASF42:
	.string	"FILE"
.LASF51:
	.string	"step"
.LASF56:
	.string	"stdout"
.LASF47:
	.string	"next"
.LASF55:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/game_of_life.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
