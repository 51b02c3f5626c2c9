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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB13:
	.file 1 "programs/game_of_life.c"
	.loc 1 34 1
	.cfi_startproc
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
	.loc 1 36 5
	.loc 1 36 68 is_stmt 0
	lla	a5,.LANCHOR0
	li	a4,1
	sb	a4,26(a5)
	.loc 1 36 55
	sb	a4,25(a5)
	.loc 1 36 42
	sb	a4,24(a5)
	.loc 1 36 29
	sb	a4,14(a5)
	.loc 1 36 16
	sb	a4,1(a5)
	.loc 1 37 5 is_stmt 1
	.loc 1 37 42 is_stmt 0
	sb	a4,81(a5)
	.loc 1 37 29
	sb	a4,80(a5)
	.loc 1 37 16
	sb	a4,79(a5)
	.loc 1 38 5 is_stmt 1
.LVL0:
	.loc 1 39 5
.LBB25:
	.loc 1 39 10
	.loc 1 39 23
	.loc 1 39 14 is_stmt 0
	li	s5,1
.LBB26:
.LBB27:
	.loc 1 22 9
	li	s3,0
	mv	s1,a5
.LBB28:
.LBB29:
.LBB30:
.LBB31:
.LBB32:
.LBB33:
	.loc 1 13 14
	li	s0,-1
.LBE33:
.LBE32:
.LBE31:
	.loc 1 26 33
	li	s4,3
	j	.L2
.LVL1:
.L5:
.LBB49:
.LBB44:
	.loc 1 17 5 is_stmt 1
.LBE44:
.LBE49:
	.loc 1 26 13
	.loc 1 26 33 is_stmt 0
	mv	a5,t0
	beq	a1,s4,.L7
	mv	a5,s3
	beq	a1,a0,.L26
.L7:
	.loc 1 26 24
	add	a4,t5,a7
	sb	a5,0(a4)
	.loc 1 27 13 is_stmt 1
	.loc 1 27 19 is_stmt 0
	addw	s2,a5,s2
.LVL2:
.LBE30:
	.loc 1 24 33 is_stmt 1
	.loc 1 24 27
	addi	a7,a7,1
.LVL3:
	beq	a7,t6,.L8
.LVL4:
.L11:
.LBB54:
.LBB50:
.LBB45:
.LBB39:
	.loc 1 13 26
.LBE39:
	.loc 1 12 9 is_stmt 0
	mv	a1,s3
.LBB40:
	.loc 1 13 14
	mv	a2,s0
.LBB34:
	.loc 1 16 53
	addiw	a6,a7,12
	j	.L9
.LVL5:
.L26:
.LBE34:
.LBE40:
.LBE45:
.LBE50:
	.loc 1 26 54
	add	a5,t2,a7
	.loc 1 26 44
	lbu	a5,0(a5)
	snez	a5,a5
	j	.L7
.LVL6:
.L8:
.LBE54:
.LBE29:
	.loc 1 23 29 is_stmt 1
	.loc 1 23 23
	addi	ra,ra,1
.LVL7:
	addi	t5,t5,12
	beq	ra,s6,.L10
.LVL8:
.L14:
.LBB59:
	.loc 1 24 27
	slli	t2,ra,1
	add	t2,t2,ra
	slli	t2,t2,2
	add	t2,t2,s1
.LBB55:
	.loc 1 26 33 is_stmt 0
	li	a7,0
.LBB51:
.LBB46:
.LBB41:
.LBB35:
	.loc 1 16 40
	addiw	t3,ra,10
	j	.L11
.LVL9:
.L10:
.LBE35:
.LBE41:
.LBE46:
.LBE51:
.LBE55:
.LBE59:
.LBE28:
	.loc 1 29 5 is_stmt 1
	lla	a5,.LANCHOR0+120
	mv	a4,s1
	lla	a7,.LANCHOR0+240
.LVL10:
.L12:
	ld	a6,0(a5)
	ld	a0,8(a5)
	ld	a1,16(a5)
	ld	a2,24(a5)
	ld	a3,32(a5)
	sd	a6,0(a4)
	sd	a0,8(a4)
	sd	a1,16(a4)
	sd	a2,24(a4)
	sd	a3,32(a4)
	addi	a5,a5,40
	addi	a4,a4,40
	bne	a5,a7,.L12
	.loc 1 30 5
.LVL11:
.LBE27:
.LBE26:
	.loc 1 41 9
	mv	a2,s2
	mv	a1,s5
	lla	a0,.LC0
	call	printf@plt
.LVL12:
	.loc 1 39 30
	addiw	s5,s5,1
.LVL13:
	.loc 1 39 23
	li	a5,9
	beq	s5,a5,.L13
.LVL14:
.L2:
.LBB68:
.LBB66:
.LBB63:
	.loc 1 23 23
	lla	t5,.LANCHOR0+120
.LBB60:
.LBB56:
	.loc 1 26 33 is_stmt 0
	li	ra,0
.LBE56:
.LBE60:
.LBE63:
	.loc 1 22 9
	mv	s2,s3
.LBB64:
.LBB61:
.LBB57:
.LBB52:
.LBB47:
.LBB42:
.LBB36:
	.loc 1 16 40
	li	t4,10
	.loc 1 16 58
	li	t1,12
	.loc 1 14 30
	li	a0,2
.LBE36:
.LBE42:
.LBE47:
.LBE52:
	.loc 1 26 33
	li	t0,1
.LBE57:
	.loc 1 24 27
	li	t6,12
.LBE61:
	.loc 1 23 23
	li	s6,10
	j	.L14
.LVL15:
.L13:
.LBE64:
.LBE66:
.LBE68:
.LBE25:
.LBB70:
	.loc 1 43 23 is_stmt 1
	lla	s1,.LANCHOR0+12
	lla	s6,.LANCHOR0+132
.LBB71:
	.loc 1 45 13 is_stmt 0
	li	s4,46
	li	s5,35
.LBB72:
.LBB73:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/stdio.h"
	.loc 2 84 10
	la	s3,stdout
	j	.L15
.LVL16:
.L16:
	.loc 2 84 3 is_stmt 1 discriminator 4
	.loc 2 84 10 is_stmt 0 discriminator 4
	ld	a1,0(s3)
	call	putc@plt
.LVL17:
.LBE73:
.LBE72:
	.loc 1 44 33 is_stmt 1 discriminator 4
	.loc 1 44 27 discriminator 4
	addi	s0,s0,1
.LVL18:
	beq	s0,s1,.L27
.LVL19:
.L17:
	.loc 1 45 13
	lbu	a5,0(s0)
	mv	a0,s4
	beq	a5,zero,.L16
	mv	a0,s5
	j	.L16
.LVL20:
.L27:
.LBE71:
	.loc 1 46 9
.LBB74:
.LBB75:
	.loc 2 84 3
	.loc 2 84 10 is_stmt 0
	ld	a1,0(s3)
	li	a0,10
	call	putc@plt
.LVL21:
.LBE75:
.LBE74:
	.loc 1 43 29 is_stmt 1
	.loc 1 43 23
	addi	s1,s1,12
.LVL22:
	beq	s6,s1,.L22
.LVL23:
.L15:
.LBB76:
	.loc 1 44 27
	addi	s0,s1,-12
	j	.L17
.LVL24:
.L3:
.LBE76:
.LBE70:
.LBB77:
.LBB69:
.LBB67:
.LBB65:
.LBB62:
.LBB58:
.LBB53:
.LBB48:
.LBB43:
.LBB37:
	.loc 1 14 38
	addiw	a5,a5,1
.LVL25:
	.loc 1 14 30
.L6:
	.loc 1 15 13
	.loc 1 15 16 is_stmt 0
	or	a4,a2,a5
	beq	a4,zero,.L3
	.loc 1 16 17 is_stmt 1
	.loc 1 16 53 is_stmt 0
	addw	a4,a6,a5
	.loc 1 16 44
	remw	a4,a4,t1
	add	a4,a3,a4
	lbu	a4,0(a4)
	.loc 1 16 19
	addw	a1,a4,a1
.LVL26:
	.loc 1 14 38 is_stmt 1
	addiw	a5,a5,1
.LVL27:
	.loc 1 14 30
	bne	a5,a0,.L6
.LBE37:
	.loc 1 13 34
	addiw	a2,a2,1
.LVL28:
	.loc 1 13 26
	beq	a2,a0,.L5
.LVL29:
.L9:
.LBB38:
	.loc 1 14 30
	.loc 1 16 40 is_stmt 0
	addw	a4,t3,a2
	remw	a4,a4,t4
	.loc 1 14 18
	mv	a5,s0
	.loc 1 16 44
	slli	a3,a4,1
	add	a3,a3,a4
	slli	a3,a3,2
	add	a3,s1,a3
	j	.L6
.LVL30:
.L22:
.LBE38:
.LBE43:
.LBE48:
.LBE53:
.LBE58:
.LBE62:
.LBE65:
.LBE67:
.LBE69:
.LBE77:
	.loc 1 49 1
	mv	a0,s2
	ld	ra,56(sp)
	.cfi_restore 1
	ld	s0,48(sp)
	.cfi_restore 8
	ld	s1,40(sp)
	.cfi_restore 9
.LVL31:
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
	.4byte	0x538
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x19
	.4byte	.LASF53
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
	.byte	0x8
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x2e
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
	.byte	0x1a
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
	.4byte	0x6b
	.byte	0x8
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x6b
	.byte	0x1b
	.byte	0x8
	.byte	0x3
	.4byte	0x91
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x1c
	.4byte	0x91
	.byte	0x1d
	.4byte	.LASF54
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x207
	.byte	0x1
	.4byte	.LASF13
	.byte	0x33
	.byte	0x7
	.4byte	0x64
	.byte	0
	.byte	0x1
	.4byte	.LASF14
	.byte	0x36
	.byte	0x9
	.4byte	0x8c
	.byte	0x8
	.byte	0x1
	.4byte	.LASF15
	.byte	0x37
	.byte	0x9
	.4byte	0x8c
	.byte	0x10
	.byte	0x1
	.4byte	.LASF16
	.byte	0x38
	.byte	0x9
	.4byte	0x8c
	.byte	0x18
	.byte	0x1
	.4byte	.LASF17
	.byte	0x39
	.byte	0x9
	.4byte	0x8c
	.byte	0x20
	.byte	0x1
	.4byte	.LASF18
	.byte	0x3a
	.byte	0x9
	.4byte	0x8c
	.byte	0x28
	.byte	0x1
	.4byte	.LASF19
	.byte	0x3b
	.byte	0x9
	.4byte	0x8c
	.byte	0x30
	.byte	0x1
	.4byte	.LASF20
	.byte	0x3c
	.byte	0x9
	.4byte	0x8c
	.byte	0x38
	.byte	0x1
	.4byte	.LASF21
	.byte	0x3d
	.byte	0x9
	.4byte	0x8c
	.byte	0x40
	.byte	0x1
	.4byte	.LASF22
	.byte	0x40
	.byte	0x9
	.4byte	0x8c
	.byte	0x48
	.byte	0x1
	.4byte	.LASF23
	.byte	0x41
	.byte	0x9
	.4byte	0x8c
	.byte	0x50
	.byte	0x1
	.4byte	.LASF24
	.byte	0x42
	.byte	0x9
	.4byte	0x8c
	.byte	0x58
	.byte	0x1
	.4byte	.LASF25
	.byte	0x44
	.byte	0x16
	.4byte	0x220
	.byte	0x60
	.byte	0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x225
	.byte	0x68
	.byte	0x1
	.4byte	.LASF27
	.byte	0x48
	.byte	0x7
	.4byte	0x64
	.byte	0x70
	.byte	0x1
	.4byte	.LASF28
	.byte	0x49
	.byte	0x7
	.4byte	0x64
	.byte	0x74
	.byte	0x1
	.4byte	.LASF29
	.byte	0x4a
	.byte	0xb
	.4byte	0x72
	.byte	0x78
	.byte	0x1
	.4byte	.LASF30
	.byte	0x4d
	.byte	0x12
	.4byte	0x48
	.byte	0x80
	.byte	0x1
	.4byte	.LASF31
	.byte	0x4e
	.byte	0xf
	.4byte	0x56
	.byte	0x82
	.byte	0x1
	.4byte	.LASF32
	.byte	0x4f
	.byte	0x8
	.4byte	0x22a
	.byte	0x83
	.byte	0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x23a
	.byte	0x88
	.byte	0x1
	.4byte	.LASF34
	.byte	0x59
	.byte	0xd
	.4byte	0x7e
	.byte	0x90
	.byte	0x1
	.4byte	.LASF35
	.byte	0x5b
	.byte	0x17
	.4byte	0x244
	.byte	0x98
	.byte	0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24e
	.byte	0xa0
	.byte	0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x225
	.byte	0xa8
	.byte	0x1
	.4byte	.LASF38
	.byte	0x5e
	.byte	0x9
	.4byte	0x8a
	.byte	0xb0
	.byte	0x1
	.4byte	.LASF39
	.byte	0x5f
	.byte	0xa
	.4byte	0x35
	.byte	0xb8
	.byte	0x1
	.4byte	.LASF40
	.byte	0x60
	.byte	0x7
	.4byte	0x64
	.byte	0xc0
	.byte	0x1
	.4byte	.LASF41
	.byte	0x62
	.byte	0x8
	.4byte	0x253
	.byte	0xc4
	.byte	0
	.byte	0x8
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x9d
	.byte	0x1e
	.4byte	.LASF55
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.byte	0xb
	.4byte	.LASF43
	.byte	0x3
	.4byte	0x21b
	.byte	0x3
	.4byte	0x9d
	.byte	0xc
	.4byte	0x91
	.4byte	0x23a
	.byte	0x9
	.4byte	0x2e
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x213
	.byte	0xb
	.4byte	.LASF44
	.byte	0x3
	.4byte	0x23f
	.byte	0xb
	.4byte	.LASF45
	.byte	0x3
	.4byte	0x249
	.byte	0xc
	.4byte	0x91
	.4byte	0x263
	.byte	0x9
	.4byte	0x2e
	.byte	0x13
	.byte	0
	.byte	0x3
	.4byte	0x207
	.byte	0x1f
	.4byte	.LASF56
	.byte	0x7
	.byte	0x90
	.byte	0xe
	.4byte	0x263
	.byte	0x3
	.4byte	0x98
	.byte	0xc
	.4byte	0x41
	.4byte	0x28f
	.byte	0x9
	.4byte	0x2e
	.byte	0x9
	.byte	0x9
	.4byte	0x2e
	.byte	0xb
	.byte	0
	.byte	0x10
	.4byte	.LASF46
	.byte	0x16
	.4byte	0x279
	.byte	0x9
	.byte	0x3
	.8byte	grid
	.byte	0x10
	.4byte	.LASF47
	.byte	0x22
	.4byte	0x279
	.byte	0x9
	.byte	0x3
	.8byte	next
	.byte	0x11
	.4byte	.LASF48
	.2byte	0x226
	.4byte	0x64
	.4byte	0x2d1
	.byte	0xd
	.4byte	0x64
	.byte	0xd
	.4byte	0x263
	.byte	0
	.byte	0x11
	.4byte	.LASF49
	.2byte	0x164
	.4byte	0x64
	.4byte	0x2e7
	.byte	0xd
	.4byte	0x274
	.byte	0x20
	.byte	0
	.byte	0x21
	.4byte	.LASF57
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x4a1
	.byte	0x22
	.4byte	.LASF50
	.byte	0x1
	.byte	0x26
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST0
	.byte	0x12
	.4byte	.LLRL1
	.4byte	0x408
	.byte	0xe
	.string	"g"
	.byte	0x27
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST2
	.byte	0x23
	.4byte	0x4a1
	.8byte	.LBB26
	.4byte	.LLRL3
	.byte	0x1
	.byte	0x28
	.byte	0x11
	.4byte	0x3e0
	.byte	0x13
	.4byte	.LLRL3
	.byte	0x4
	.4byte	0x4af
	.4byte	.LLST4
	.byte	0x6
	.4byte	0x4bb
	.4byte	.LLRL5
	.byte	0x4
	.4byte	0x4bc
	.4byte	.LLST6
	.byte	0x6
	.4byte	0x4c5
	.4byte	.LLRL7
	.byte	0x4
	.4byte	0x4c6
	.4byte	.LLST8
	.byte	0x6
	.4byte	0x4cf
	.4byte	.LLRL9
	.byte	0x24
	.4byte	0x4d0
	.byte	0x25
	.4byte	0x4dd
	.8byte	.LBB31
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x19
	.byte	0x15
	.byte	0x14
	.4byte	0x4f5
	.byte	0x14
	.4byte	0x4eb
	.byte	0x13
	.4byte	.LLRL10
	.byte	0x4
	.4byte	0x4ff
	.4byte	.LLST11
	.byte	0x6
	.4byte	0x508
	.4byte	.LLRL12
	.byte	0x4
	.4byte	0x509
	.4byte	.LLST13
	.byte	0x6
	.4byte	0x513
	.4byte	.LLRL14
	.byte	0x4
	.4byte	0x514
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
	.8byte	.LVL12
	.4byte	0x2d1
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
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x26
	.8byte	.LBB70
	.8byte	.LBE70-.LBB70
	.byte	0xe
	.string	"y"
	.byte	0x2b
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST16
	.byte	0x12
	.4byte	.LLRL17
	.4byte	0x46b
	.byte	0xe
	.string	"x"
	.byte	0x2c
	.byte	0x12
	.4byte	0x64
	.4byte	.LLST18
	.byte	0x16
	.4byte	0x521
	.8byte	.LBB72
	.8byte	.LBE72-.LBB72
	.byte	0x2d
	.byte	0xd
	.byte	0x17
	.4byte	0x52e
	.4byte	.LLST19
	.byte	0x27
	.8byte	.LVL17
	.4byte	0x2b7
	.byte	0
	.byte	0
	.byte	0x16
	.4byte	0x521
	.8byte	.LBB74
	.8byte	.LBE74-.LBB74
	.byte	0x2e
	.byte	0x9
	.byte	0x17
	.4byte	0x52e
	.4byte	.LLST20
	.byte	0x15
	.8byte	.LVL21
	.4byte	0x2b7
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.4byte	.LASF51
	.byte	0x14
	.4byte	0x64
	.4byte	0x4dd
	.byte	0x28
	.4byte	.LASF50
	.byte	0x1
	.byte	0x16
	.byte	0x9
	.4byte	0x64
	.byte	0x7
	.byte	0x5
	.string	"y"
	.byte	0x17
	.byte	0xe
	.4byte	0x64
	.byte	0x7
	.byte	0x5
	.string	"x"
	.byte	0x18
	.byte	0x12
	.4byte	0x64
	.byte	0x7
	.byte	0x5
	.string	"n"
	.byte	0x19
	.byte	0x11
	.4byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.4byte	.LASF52
	.byte	0xa
	.4byte	0x64
	.4byte	0x521
	.byte	0xf
	.string	"y"
	.byte	0x1
	.byte	0xa
	.byte	0x1b
	.4byte	0x64
	.byte	0xf
	.string	"x"
	.byte	0x1
	.byte	0xa
	.byte	0x22
	.4byte	0x64
	.byte	0x5
	.string	"n"
	.byte	0xc
	.byte	0x9
	.4byte	0x64
	.byte	0x7
	.byte	0x5
	.string	"dy"
	.byte	0xd
	.byte	0xe
	.4byte	0x64
	.byte	0x7
	.byte	0x5
	.string	"dx"
	.byte	0xe
	.byte	0x12
	.4byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0x29
	.4byte	.LASF58
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.4byte	0x64
	.byte	0x3
	.byte	0xf
	.string	"__c"
	.byte	0x2
	.byte	0x52
	.byte	0xe
	.4byte	0x64
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
	.byte	0x10
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
	.byte	0x11
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
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
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
	.byte	0x1b
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
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
	.byte	0x1f
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
	.byte	0x20
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x21
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
	.byte	0x22
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
	.byte	0
	.byte	0
	.byte	0x26
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
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
	.8byte	.LVL13
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL6
	.byte	0x1
	.byte	0x51
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x3
	.byte	0x71
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x3
	.byte	0x8c
	.byte	0x77
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x51
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL11
	.byte	0x3
	.byte	0x8c
	.byte	0x77
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x1
	.byte	0x51
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x3
	.byte	0x81
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x3
	.byte	0x80
	.byte	0x75
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x3
	.byte	0x80
	.byte	0x75
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x3
	.byte	0x80
	.byte	0x75
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL30
	.byte	0x1
	.byte	0x61
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL21
	.byte	0x15
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x17
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x17
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+24
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x15
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x17
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+24
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x2a
	.byte	0x78
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
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
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x2c
	.byte	0x78
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
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
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2a
	.byte	0x78
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x3
	.8byte	grid+12
	.byte	0x1c
	.byte	0xa8
	.byte	0x2e
	.byte	0x3c
	.byte	0xa8
	.byte	0x2e
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
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17-1
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB77
	.8byte	.LBE77
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB68
	.8byte	.LBE68
	.byte	0x6
	.8byte	.LBB69
	.8byte	.LBE69
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB63
	.8byte	.LBE63
	.byte	0x6
	.8byte	.LBB64
	.8byte	.LBE64
	.byte	0x6
	.8byte	.LBB65
	.8byte	.LBE65
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB59
	.8byte	.LBE59
	.byte	0x6
	.8byte	.LBB60
	.8byte	.LBE60
	.byte	0x6
	.8byte	.LBB61
	.8byte	.LBE61
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0x6
	.8byte	.LBB55
	.8byte	.LBE55
	.byte	0x6
	.8byte	.LBB56
	.8byte	.LBE56
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB49
	.8byte	.LBE49
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0x6
	.8byte	.LBB52
	.8byte	.LBE52
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
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
.LLRL14:
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
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LBB71
	.8byte	.LBE71
	.byte	0x6
	.8byte	.LBB76
	.8byte	.LBE76
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
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
