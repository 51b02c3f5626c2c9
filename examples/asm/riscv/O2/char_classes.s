	.file	"char_classes.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/char_classes.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%-6s %u\n"
	.align	3
.LC1:
	.string	"%u numbers, sum %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB12:
	.file 1 "programs/char_classes.c"
	.loc 1 25 1
	.cfi_startproc
	.loc 1 26 5
	.loc 1 27 5
	.loc 1 25 1 is_stmt 0
	addi	sp,sp,-128
	.cfi_def_cfa_offset 128
	sd	s1,104(sp)
	sd	s3,88(sp)
	.cfi_offset 9, -24
	.cfi_offset 19, -40
.LBB12:
.LBB13:
.LBB14:
	.loc 1 8 5
	li	s1,-973062144
	li	s3,8388608
.LBE14:
.LBE13:
.LBE12:
	.loc 1 25 1
	sd	s6,64(sp)
.LBB29:
.LBB22:
.LBB15:
	.loc 1 8 5
	addi	s1,s1,-1597
	.cfi_offset 22, -64
	li	s6,1023
	addi	s3,s3,19
.LBE15:
.LBE22:
.LBE29:
	.loc 1 25 1
	sd	s0,112(sp)
	sd	s2,96(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	sd	s7,56(sp)
	sd	s8,48(sp)
	sd	s9,40(sp)
	sd	ra,120(sp)
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 1, -8
	.loc 1 27 14
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	.loc 1 28 5 is_stmt 1
.LVL0:
	.loc 1 29 5
	.loc 1 30 5
	.loc 1 31 5
	.loc 1 31 11 is_stmt 0
	li	s7,0
	li	s8,0
	.loc 1 30 9
	li	s9,0
	.loc 1 29 26
	li	s0,0
	.loc 1 29 10
	li	s5,0
	.loc 1 28 14
	li	s4,0
	la	s2,stdin
.LBB30:
.LBB23:
.LBB16:
	.loc 1 8 5
	slli	s1,s1,33
	slli	s6,s6,48
	slli	s3,s3,9
.LVL1:
.L2:
.LBE16:
.LBE23:
.LBE30:
	.loc 1 31 28 is_stmt 1
.LBB31:
.LBB32:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/stdio.h"
	.loc 2 49 3
	.loc 2 49 10 is_stmt 0
	ld	a0,0(s2)
	call	getc@plt
.LVL2:
.LBE32:
.LBE31:
	.loc 1 31 28
	li	a5,-1
	beq	a0,a5,.L26
.L11:
.LBB36:
	.loc 1 32 9 is_stmt 1
.LVL3:
.LBB24:
.LBB17:
	.loc 1 8 5
	sext.w	a4,a0
	li	a5,63
	bgtu	a4,a5,.L3
	li	a5,1
	sll	a5,a5,a4
	and	a4,a5,s1
	bne	a4,zero,.L4
	and	a4,a5,s6
	bne	a4,zero,.L5
	and	a5,a5,s3
	bne	a5,zero,.L27
.L6:
.LVL4:
.LBE17:
.LBE24:
	.loc 1 33 9
	.loc 1 33 18 is_stmt 0
	lw	a5,28(sp)
	addiw	a5,a5,1
	sw	a5,28(sp)
	.loc 1 34 9 is_stmt 1
.LVL5:
.L7:
	.loc 1 37 16
	.loc 1 37 19 is_stmt 0
	beq	s9,zero,.L2
	.loc 1 38 13 is_stmt 1
.LBE36:
.LBB37:
.LBB33:
	.loc 2 49 10 is_stmt 0
	ld	a0,0(s2)
.LVL6:
.LBE33:
.LBE37:
.LBB38:
	.loc 1 38 24
	add	s5,s5,s0
.LVL7:
	.loc 1 39 13 is_stmt 1
	.loc 1 39 20 is_stmt 0
	addiw	s4,s4,1
.LVL8:
	.loc 1 40 13 is_stmt 1
	.loc 1 41 13
.LBE38:
.LBB39:
.LBB34:
	.loc 2 49 10 is_stmt 0
	call	getc@plt
.LVL9:
.LBE34:
.LBE39:
	.loc 1 31 28
	li	a5,-1
.LBB40:
	.loc 1 41 23
	li	s9,0
	.loc 1 40 21
	li	s0,0
.LVL10:
.LBE40:
	.loc 1 31 28 is_stmt 1
.LBB41:
.LBB35:
	.loc 2 49 3
.LBE35:
.LBE41:
	.loc 1 31 28 is_stmt 0
	bne	a0,a5,.L11
.L26:
	.loc 1 44 5 is_stmt 1
	.loc 1 44 8 is_stmt 0
	beq	s9,zero,.L12
	.loc 1 45 9 is_stmt 1
	.loc 1 45 20 is_stmt 0
	add	s5,s5,s0
.LVL11:
	.loc 1 46 9 is_stmt 1
	.loc 1 46 16 is_stmt 0
	addiw	s4,s4,1
.LVL12:
.L12:
	.loc 1 48 5 is_stmt 1
.LBB42:
	.loc 1 48 10
	.loc 1 48 23
	lla	s0,.LANCHOR0
.LVL13:
	addi	s1,sp,8
	lla	s3,.LANCHOR0+48
	.loc 1 49 9 is_stmt 0
	lla	s2,.LC0
.LVL14:
.L13:
	.loc 1 49 9 is_stmt 1 discriminator 3
	lw	a2,0(s1)
	ld	a1,0(s0)
	mv	a0,s2
	.loc 1 48 23 is_stmt 0 discriminator 3
	addi	s0,s0,8
.LVL15:
	.loc 1 49 9 discriminator 3
	call	printf@plt
.LVL16:
	.loc 1 48 33 is_stmt 1 discriminator 3
	.loc 1 48 23 discriminator 3
	addi	s1,s1,4
	bne	s3,s0,.L13
.LBE42:
	.loc 1 50 5
	mv	a2,s5
	mv	a1,s4
	lla	a0,.LC1
	call	printf@plt
.LVL17:
	.loc 1 51 5
	.loc 1 52 1 is_stmt 0
	ld	ra,120(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,112(sp)
	.cfi_restore 8
	ld	s1,104(sp)
	.cfi_restore 9
	ld	s2,96(sp)
	.cfi_restore 18
	ld	s3,88(sp)
	.cfi_restore 19
	ld	s4,80(sp)
	.cfi_restore 20
.LVL18:
	ld	s5,72(sp)
	.cfi_restore 21
.LVL19:
	ld	s6,64(sp)
	.cfi_restore 22
	ld	s8,48(sp)
	.cfi_restore 24
	ld	s9,40(sp)
	.cfi_restore 25
.LVL20:
	andi	a0,s7,127
	ld	s7,56(sp)
	.cfi_restore 23
	addi	sp,sp,128
	.cfi_def_cfa_offset 0
	jr	ra
.LVL21:
.L5:
	.cfi_restore_state
.LBB43:
.LBB25:
.LBB18:
	.loc 1 13 9 is_stmt 1
.LBE18:
.LBE25:
	.loc 1 33 9
	.loc 1 33 18 is_stmt 0
	lw	a4,12(sp)
	.loc 1 35 31
	slli	a5,s0,2
	add	a5,a5,s0
	.loc 1 33 18
	addiw	a4,a4,1
	.loc 1 35 31
	slli	a5,a5,1
	.loc 1 35 41
	addiw	a0,a0,-48
.LVL22:
	.loc 1 33 18
	sw	a4,12(sp)
	.loc 1 34 9 is_stmt 1
	.loc 1 35 13
	.loc 1 35 21 is_stmt 0
	add	s0,a0,a5
.LVL23:
	.loc 1 36 13 is_stmt 1
	.loc 1 36 23 is_stmt 0
	li	s9,1
	j	.L2
.LVL24:
.L27:
	.loc 1 33 9 is_stmt 1
	.loc 1 33 18 is_stmt 0
	addiw	s8,s8,1
	sw	s8,8(sp)
	.loc 1 34 9 is_stmt 1
	j	.L7
.LVL25:
.L4:
.LBB26:
.LBB19:
	.loc 1 16 9
.LBE19:
.LBE26:
	.loc 1 33 9
	.loc 1 33 18 is_stmt 0
	addiw	s7,s7,1
	sw	s7,24(sp)
	.loc 1 34 9 is_stmt 1
	j	.L7
.LVL26:
.L3:
.LBB27:
.LBB20:
	.loc 1 18 9
	.loc 1 18 12 is_stmt 0
	addiw	a5,a4,-97
	li	a3,25
	bgtu	a5,a3,.L28
.LVL27:
.LBE20:
.LBE27:
	.loc 1 33 9 is_stmt 1
	.loc 1 33 18 is_stmt 0
	lw	a5,16(sp)
	addiw	a5,a5,1
	sw	a5,16(sp)
	.loc 1 34 9 is_stmt 1
	j	.L7
.LVL28:
.L28:
.LBB28:
.LBB21:
	.loc 1 19 9
	.loc 1 19 12 is_stmt 0
	addiw	a4,a4,-65
	bgtu	a4,a3,.L6
	.loc 1 19 35 is_stmt 1
.LVL29:
.LBE21:
.LBE28:
	.loc 1 33 9
	.loc 1 33 18 is_stmt 0
	lw	a5,20(sp)
	addiw	a5,a5,1
	sw	a5,20(sp)
	.loc 1 34 9 is_stmt 1
	j	.L7
.LBE43:
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"space"
	.align	3
.LC3:
	.string	"digit"
	.align	3
.LC4:
	.string	"lower"
	.align	3
.LC5:
	.string	"upper"
	.align	3
.LC6:
	.string	"punct"
	.align	3
.LC7:
	.string	"other"
	.section	.data.rel.ro.local,"aw"
	.align	3
	.set	.LANCHOR0,. + 0
	.type	names.0, @object
	.size	names.0, 48
names.0:
	.dword	.LC2
	.dword	.LC3
	.dword	.LC4
	.dword	.LC5
	.dword	.LC6
	.dword	.LC7
	.text
.Letext0:
	.file 3 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x479
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x11
	.4byte	.LASF61
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL11
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x5
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x36
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
	.byte	0x12
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x67
	.byte	0x5
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x67
	.byte	0x13
	.byte	0x8
	.byte	0x3
	.4byte	0x8d
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x14
	.4byte	0x8d
	.byte	0x15
	.4byte	.LASF62
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
	.4byte	0x2a
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
	.byte	0x5
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x99
	.byte	0x16
	.4byte	.LASF63
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.byte	0xa
	.4byte	.LASF43
	.byte	0x3
	.4byte	0x217
	.byte	0x3
	.4byte	0x99
	.byte	0x6
	.4byte	0x8d
	.4byte	0x236
	.byte	0x7
	.4byte	0x36
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x20f
	.byte	0xa
	.4byte	.LASF44
	.byte	0x3
	.4byte	0x23b
	.byte	0xa
	.4byte	.LASF45
	.byte	0x3
	.4byte	0x245
	.byte	0x6
	.4byte	0x8d
	.4byte	0x25f
	.byte	0x7
	.4byte	0x36
	.byte	0x13
	.byte	0
	.byte	0x17
	.4byte	.LASF64
	.byte	0x7
	.byte	0x8f
	.byte	0xe
	.4byte	0x26b
	.byte	0x3
	.4byte	0x203
	.byte	0x18
	.4byte	.LASF65
	.byte	0x7
	.byte	0x4
	.4byte	0x4b
	.byte	0x1
	.byte	0x4
	.byte	0x6
	.4byte	0x2ad
	.byte	0x4
	.4byte	.LASF46
	.byte	0
	.byte	0x4
	.4byte	.LASF47
	.byte	0x1
	.byte	0x4
	.4byte	.LASF48
	.byte	0x2
	.byte	0x4
	.4byte	.LASF49
	.byte	0x3
	.byte	0x4
	.4byte	.LASF50
	.byte	0x4
	.byte	0x4
	.4byte	.LASF51
	.byte	0x5
	.byte	0x4
	.4byte	.LASF52
	.byte	0x6
	.byte	0
	.byte	0xc
	.4byte	.LASF53
	.2byte	0x202
	.4byte	0x60
	.4byte	0x2c2
	.byte	0xd
	.4byte	0x26b
	.byte	0
	.byte	0xc
	.4byte	.LASF54
	.2byte	0x164
	.4byte	0x60
	.4byte	0x2d8
	.byte	0xd
	.4byte	0x2d8
	.byte	0x19
	.byte	0
	.byte	0x3
	.4byte	0x94
	.byte	0x1a
	.4byte	.LASF66
	.byte	0x1
	.byte	0x18
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x433
	.byte	0xe
	.4byte	.LASF55
	.byte	0x1a
	.byte	0x18
	.4byte	0x433
	.byte	0x9
	.byte	0x3
	.8byte	names.0
	.byte	0xe
	.4byte	.LASF56
	.byte	0x1b
	.byte	0xe
	.4byte	0x443
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0x8
	.4byte	.LASF57
	.byte	0x1c
	.byte	0xe
	.4byte	0x4b
	.4byte	.LLST0
	.byte	0x8
	.4byte	.LASF58
	.byte	0x1d
	.byte	0xa
	.4byte	0x67
	.4byte	.LLST1
	.byte	0x8
	.4byte	.LASF59
	.byte	0x1d
	.byte	0x1a
	.4byte	0x67
	.4byte	.LLST2
	.byte	0x8
	.4byte	.LASF60
	.byte	0x1e
	.byte	0x9
	.4byte	0x60
	.4byte	.LLST3
	.byte	0xb
	.string	"c"
	.byte	0x1e
	.byte	0x18
	.4byte	0x60
	.4byte	.LLST4
	.byte	0x1b
	.4byte	.LLRL5
	.4byte	0x3a1
	.byte	0xb
	.string	"k"
	.byte	0x20
	.byte	0x13
	.4byte	0x270
	.4byte	.LLST6
	.byte	0x1c
	.4byte	0x453
	.8byte	.LBB13
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x20
	.byte	0x17
	.byte	0x1d
	.4byte	0x464
	.4byte	.LLST8
	.byte	0
	.byte	0
	.byte	0x1e
	.8byte	.LBB42
	.8byte	.LBE42-.LBB42
	.4byte	0x3d8
	.byte	0xb
	.string	"k"
	.byte	0x30
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST10
	.byte	0xf
	.8byte	.LVL16
	.4byte	0x2c2
	.byte	0x9
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.4byte	0x46f
	.8byte	.LBB31
	.4byte	.LLRL9
	.byte	0x1
	.byte	0x1f
	.byte	0x11
	.4byte	0x40b
	.byte	0x10
	.8byte	.LVL2
	.4byte	0x2ad
	.byte	0x10
	.8byte	.LVL9
	.4byte	0x2ad
	.byte	0
	.byte	0xf
	.8byte	.LVL17
	.4byte	0x2c2
	.byte	0x9
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x9
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0x9
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x2d8
	.4byte	0x443
	.byte	0x7
	.4byte	0x36
	.byte	0x5
	.byte	0
	.byte	0x6
	.4byte	0x4b
	.4byte	0x453
	.byte	0x7
	.4byte	0x36
	.byte	0x5
	.byte	0
	.byte	0x20
	.4byte	.LASF67
	.byte	0x1
	.byte	0x6
	.byte	0x12
	.4byte	0x270
	.byte	0x1
	.4byte	0x46f
	.byte	0x21
	.string	"c"
	.byte	0x1
	.byte	0x6
	.byte	0x1f
	.4byte	0x60
	.byte	0
	.byte	0x22
	.4byte	.LASF68
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x60
	.byte	0x3
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
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x9
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x13
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
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
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
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
	.byte	0x13
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
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
	.byte	0x16
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
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x4
	.byte	0x1
	.byte	0x3
	.byte	0xe
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
	.byte	0x19
	.byte	0x18
	.byte	0
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
	.byte	0x5
	.byte	0
	.byte	0x31
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
	.byte	0x20
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
	.byte	0x21
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
	.byte	0x22
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
	.8byte	.LVL8
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL18
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LFE12
	.byte	0x1
	.byte	0x64
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
	.8byte	.LVL19
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LFE12
	.byte	0x1
	.byte	0x65
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
	.8byte	.LVL8
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL13
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LFE12
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST3:
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
	.byte	0x69
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL20
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LFE12
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LFE12
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL24
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LFE12
	.byte	0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0xf
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	names.0
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0xf
	.byte	0x78
	.byte	0
	.byte	0x3
	.8byte	names.0+8
	.byte	0x1c
	.byte	0x33
	.byte	0x25
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
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
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
.LLRL5:
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LFB12
	.8byte	.LFE12
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF21:
	.string	"_IO_buf_end"
.LASF65:
	.string	"kind"
.LASF29:
	.string	"_old_offset"
.LASF53:
	.string	"getc"
.LASF49:
	.string	"UPPER"
.LASF56:
	.string	"counts"
.LASF24:
	.string	"_IO_save_end"
.LASF7:
	.string	"short int"
.LASF9:
	.string	"size_t"
.LASF34:
	.string	"_offset"
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
.LASF50:
	.string	"PUNCT"
.LASF67:
	.string	"classify"
.LASF60:
	.string	"in_number"
.LASF68:
	.string	"getchar"
.LASF33:
	.string	"_lock"
.LASF8:
	.string	"long int"
.LASF54:
	.string	"printf"
.LASF30:
	.string	"_cur_column"
.LASF47:
	.string	"DIGIT"
.LASF62:
	.string	"_IO_FILE"
.LASF48:
	.string	"LOWER"
.LASF3:
	.string	"unsigned char"
.LASF46:
	.string	"SPACE"
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
.LASF55:
	.string	"names"
.LASF57:
	.string	"numbers"
.LASF17:
	.string	"_IO_write_base"
.LASF41:
	.string	"_unused2"
.LASF14:
	.string	"_IO_read_ptr"
.LASF58:
	.string	"number_sum"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"char"
.LASF66:
	.string	"main"
.LASF36:
	.string	"_wide_data"
.LASF37:
	.string	"_freeres_list"
.LASF39:
	.string	"__pad5"
.LASF52:
	.string	"KINDS"
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
.LASF45:
	.string	"_IO_wide_data"
.LASF61:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF23:
	.string	"_IO_backup_base"
.LASF64:
	.string	"stdin"
.LASF28:
	.string	"_flags2"
.LASF40:
	.string	"_mode"
.LASF16:
	.string	"_IO_read_base"
.LASF31:
	.string	"_vtable_offset"
.LASF59:
	.string	"current"
.LASF22:
	.string	"_IO_save_base"
.LASF27:
	.string	"_fileno"
.LASF42:
	.string	"FILE"
.LASF51:
	.string	"OTHER"
.LASF63:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/char_classes.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
