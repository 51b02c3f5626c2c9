	.file	"fixed_point.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/fixed_point.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"-"
	.align	3
.LC1:
	.string	""
	.align	3
.LC2:
	.string	"%s = %s%lld.%04lld\n"
	.text
	.align	1
	.type	print_fix, @function
print_fix:
.LFB14:
	.file 1 "programs/fixed_point.c"
	.loc 1 22 1
	.cfi_startproc
.LVL0:
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sd	ra,8(sp)
	.cfi_offset 1, -8
	.loc 1 23 5
	.loc 1 23 34 is_stmt 0
	li	a5,8192
	addi	a5,a5,1808
	mul	a4,a1,a5
	.loc 1 23 13
	srai	a5,a4,63
	slli	a5,a5,48
	srli	a5,a5,48
	add	a5,a5,a4
	srai	a5,a5,16
.LVL1:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 25 8 is_stmt 0
	li	a3,-65536
	.loc 1 27 5
	lla	a2,.LC1
	.loc 1 25 8
	bgt	a4,a3,.L2
	.loc 1 26 9 is_stmt 1
	.loc 1 26 16 is_stmt 0
	neg	a5,a5
.LVL2:
	.loc 1 27 5 is_stmt 1
	lla	a2,.LC0
.L2:
.LVL3:
	.loc 1 27 106 is_stmt 0 discriminator 4
	li	a3,8192
	addi	a3,a3,1808
	.loc 1 27 5 discriminator 4
	rem	a4,a5,a3
.LVL4:
	div	a3,a5,a3
.LVL5:
	mv	a1,a0
.LVL6:
	lla	a0,.LC2
.LVL7:
	call	printf@plt
.LVL8:
	.loc 1 28 1 discriminator 4
	ld	ra,8(sp)
	.cfi_restore 1
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	print_fix, .-print_fix
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"a"
	.align	3
.LC4:
	.string	"b"
	.align	3
.LC5:
	.string	"a*b"
	.align	3
.LC6:
	.string	"a/b"
	.align	3
.LC7:
	.string	"sqrt(a)"
	.align	3
.LC8:
	.string	"sqrt(2)"
	.align	3
.LC9:
	.string	"geometric sum"
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.loc 1 31 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sd	ra,8(sp)
	.cfi_offset 1, -8
	.loc 1 32 5
.LVL9:
	.loc 1 33 5
	.loc 1 34 5
	li	a1,212992
	lla	a0,.LC3
	call	print_fix
.LVL10:
	.loc 1 35 5
	li	a1,-139264
	lla	a0,.LC4
	call	print_fix
.LVL11:
	.loc 1 36 5
	li	a1,-450560
	addi	a1,a1,-2048
	lla	a0,.LC5
	call	print_fix
.LVL12:
	.loc 1 37 5
	li	a1,-98304
	addi	a1,a1,-1927
	lla	a0,.LC6
	call	print_fix
.LVL13:
	.loc 1 38 5
.LBB24:
.LBB25:
	.loc 1 13 5
	.loc 1 15 5
.LBB26:
	.loc 1 16 23
.LBE26:
.LBE25:
.LBE24:
	.loc 1 37 5 is_stmt 0
	li	a4,20
	li	a1,106496
.LBB33:
.LBB32:
.LBB31:
.LBB27:
.LBB28:
	.loc 1 9 68
	li	a3,13
	slli	a3,a3,30
.LVL14:
.L6:
.LBE28:
.LBE27:
	.loc 1 17 9 is_stmt 1
.LBB30:
.LBB29:
	.loc 1 9 36
	.loc 1 9 68 is_stmt 0
	div	a5,a3,a1
.LBE29:
.LBE30:
	.loc 1 17 16
	addw	a5,a5,a1
	.loc 1 17 11
	srliw	a1,a5,31
.LVL15:
	addw	a1,a1,a5
	sraiw	a1,a1,1
.LVL16:
	.loc 1 16 30 is_stmt 1
	.loc 1 16 23
	addiw	a4,a4,-1
.LVL17:
	bne	a4,zero,.L6
.LVL18:
.LBE31:
.LBE32:
.LBE33:
	.loc 1 38 5 is_stmt 0
	lla	a0,.LC7
	call	print_fix
.LVL19:
	.loc 1 39 5 is_stmt 1
.LBB34:
.LBB35:
	.loc 1 13 5
	.loc 1 15 5
.LBB36:
	.loc 1 16 23
.LBE36:
.LBE35:
.LBE34:
	.loc 1 38 5 is_stmt 0
	li	a4,20
	li	a1,65536
.LBB43:
.LBB42:
.LBB41:
.LBB37:
.LBB38:
	.loc 1 9 68
	li	a3,1
	slli	a3,a3,33
.LVL20:
.L7:
.LBE38:
.LBE37:
	.loc 1 17 9 is_stmt 1
.LBB40:
.LBB39:
	.loc 1 9 36
	.loc 1 9 68 is_stmt 0
	div	a5,a3,a1
.LBE39:
.LBE40:
	.loc 1 17 16
	addw	a5,a5,a1
	.loc 1 17 11
	srliw	a1,a5,31
.LVL21:
	addw	a1,a1,a5
	sraiw	a1,a1,1
.LVL22:
	.loc 1 16 30 is_stmt 1
	.loc 1 16 23
	addiw	a4,a4,-1
.LVL23:
	bne	a4,zero,.L7
.LVL24:
.LBE41:
.LBE42:
.LBE43:
	.loc 1 39 5 is_stmt 0
	lla	a0,.LC8
	call	print_fix
.LVL25:
	.loc 1 40 5 is_stmt 1
	.loc 1 41 5
.LBB44:
	.loc 1 41 10
	.loc 1 41 23
.LBE44:
	.loc 1 39 5 is_stmt 0
	li	a4,10
	.loc 1 40 18
	li	a1,0
	.loc 1 40 9
	li	a5,65536
.LVL26:
.L8:
.LBB47:
	.loc 1 42 9 is_stmt 1 discriminator 3
	.loc 1 42 13 is_stmt 0 discriminator 3
	addw	a1,a5,a1
.LVL27:
	.loc 1 43 9 is_stmt 1 discriminator 3
.LBB45:
.LBB46:
	.loc 1 8 36 discriminator 3
	.loc 1 8 61 is_stmt 0 discriminator 3
	slli	a3,a5,1
	add	a5,a3,a5
.LVL28:
	.loc 1 8 43 discriminator 3
	srai	a5,a5,2
.LVL29:
.LBE46:
.LBE45:
	.loc 1 41 30 is_stmt 1 discriminator 3
	.loc 1 41 23 discriminator 3
	addiw	a4,a4,-1
.LVL30:
	bne	a4,zero,.L8
.LBE47:
	.loc 1 45 5
	lla	a0,.LC9
	call	print_fix
.LVL31:
	.loc 1 46 5
.LBB48:
.LBB49:
	.loc 1 13 5
	.loc 1 15 5
.LBB50:
	.loc 1 16 23
.LBE50:
.LBE49:
.LBE48:
	.loc 1 45 5 is_stmt 0
	li	a3,20
	li	a4,524288
.LBB57:
.LBB56:
.LBB55:
.LBB51:
.LBB52:
	.loc 1 9 68
	li	a2,1
	slli	a2,a2,36
.LVL32:
.L9:
.LBE52:
.LBE51:
	.loc 1 17 9 is_stmt 1
.LBB54:
.LBB53:
	.loc 1 9 36
	.loc 1 9 68 is_stmt 0
	div	a5,a2,a4
.LBE53:
.LBE54:
	.loc 1 17 16
	addw	a5,a5,a4
	.loc 1 17 11
	srliw	a0,a5,31
	addw	a0,a0,a5
	sraiw	a0,a0,1
	sext.w	a4,a0
.LVL33:
	.loc 1 16 30 is_stmt 1
	.loc 1 16 23
	addiw	a3,a3,-1
.LVL34:
	bne	a3,zero,.L9
.LVL35:
.LBE55:
.LBE56:
.LBE57:
	.loc 1 46 32 is_stmt 0
	sraiw	a0,a0,16
	.loc 1 47 1
	andi	a0,a0,0xff
	ld	ra,8(sp)
	.cfi_restore 1
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x461
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x11
	.4byte	.LASF18
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
	.byte	0x8
	.4byte	.LASF8
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x64
	.byte	0x12
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x8
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x77
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.byte	0x13
	.4byte	0x7e
	.byte	0x8
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x58
	.byte	0x8
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x6b
	.byte	0x14
	.string	"fix"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x8a
	.byte	0x15
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0xc6
	.byte	0x16
	.4byte	0xc6
	.byte	0x17
	.byte	0
	.byte	0x18
	.byte	0x8
	.4byte	0x85
	.byte	0x19
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x379
	.byte	0x1a
	.string	"a"
	.byte	0x1
	.byte	0x20
	.byte	0x9
	.4byte	0xa2
	.4byte	0x34000
	.byte	0x1b
	.string	"b"
	.byte	0x1
	.byte	0x21
	.byte	0x9
	.4byte	0xa2
	.byte	0x80,0xc0,0x77
	.byte	0x9
	.string	"x"
	.byte	0x28
	.byte	0x9
	.4byte	0xa2
	.4byte	.LLST4
	.byte	0x9
	.string	"sum"
	.byte	0x28
	.byte	0x12
	.4byte	0xa2
	.4byte	.LLST5
	.byte	0x1c
	.4byte	.LLRL16
	.4byte	0x167
	.byte	0x9
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST17
	.byte	0x1d
	.4byte	0x444
	.8byte	.LBB45
	.8byte	.LBE45-.LBB45
	.byte	0x1
	.byte	0x2b
	.byte	0xd
	.byte	0x6
	.4byte	0x45a
	.4byte	.LLST18
	.byte	0x6
	.4byte	0x451
	.4byte	.LLST19
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x3f7
	.8byte	.LBB24
	.4byte	.LLRL6
	.byte	0x26
	.byte	0x5
	.4byte	0x1c6
	.byte	0x6
	.4byte	0x405
	.4byte	.LLST7
	.byte	0xb
	.4byte	.LLRL6
	.byte	0x3
	.4byte	0x40e
	.4byte	.LLST8
	.byte	0xc
	.4byte	0x417
	.4byte	.LLRL6
	.byte	0x3
	.4byte	0x418
	.4byte	.LLST9
	.byte	0xd
	.4byte	0x423
	.8byte	.LBB27
	.4byte	.LLRL10
	.byte	0x4
	.4byte	0x43a
	.byte	0x4
	.4byte	0x431
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x3f7
	.8byte	.LBB34
	.4byte	.LLRL11
	.byte	0x27
	.byte	0x5
	.4byte	0x225
	.byte	0x6
	.4byte	0x405
	.4byte	.LLST12
	.byte	0xb
	.4byte	.LLRL11
	.byte	0x3
	.4byte	0x40e
	.4byte	.LLST13
	.byte	0xc
	.4byte	0x417
	.4byte	.LLRL11
	.byte	0x3
	.4byte	0x418
	.4byte	.LLST14
	.byte	0xd
	.4byte	0x423
	.8byte	.LBB37
	.4byte	.LLRL15
	.byte	0x4
	.4byte	0x43a
	.byte	0x4
	.4byte	0x431
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x3f7
	.8byte	.LBB48
	.4byte	.LLRL20
	.byte	0x2e
	.byte	0xd
	.4byte	0x284
	.byte	0x6
	.4byte	0x405
	.4byte	.LLST21
	.byte	0xb
	.4byte	.LLRL20
	.byte	0x3
	.4byte	0x40e
	.4byte	.LLST22
	.byte	0xc
	.4byte	0x417
	.4byte	.LLRL20
	.byte	0x3
	.4byte	0x418
	.4byte	.LLST23
	.byte	0xd
	.4byte	0x423
	.8byte	.LBB51
	.4byte	.LLRL24
	.byte	0x4
	.4byte	0x43a
	.byte	0x4
	.4byte	0x431
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL10
	.4byte	0x379
	.4byte	0x2aa
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0x4a
	.byte	0x3d
	.byte	0x24
	.byte	0
	.byte	0x5
	.8byte	.LVL11
	.4byte	0x379
	.4byte	0x2d1
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x4
	.byte	0x11
	.byte	0x80,0xc0,0x77
	.byte	0
	.byte	0x5
	.8byte	.LVL12
	.4byte	0x379
	.4byte	0x2f8
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x4
	.byte	0x11
	.byte	0x80,0xb0,0x64
	.byte	0
	.byte	0x5
	.8byte	.LVL13
	.4byte	0x379
	.4byte	0x31f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x4
	.byte	0x11
	.byte	0xf9,0xf0,0x79
	.byte	0
	.byte	0x5
	.8byte	.LVL19
	.4byte	0x379
	.4byte	0x33e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0
	.byte	0x5
	.8byte	.LVL25
	.4byte	0x379
	.4byte	0x35d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0
	.byte	0xe
	.8byte	.LVL31
	.4byte	0x379
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC9
	.byte	0
	.byte	0
	.byte	0x1e
	.4byte	.LASF21
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x3f7
	.byte	0x1f
	.4byte	.LASF14
	.byte	0x1
	.byte	0x15
	.byte	0x23
	.4byte	0xc6
	.4byte	.LLST0
	.byte	0x20
	.string	"v"
	.byte	0x1
	.byte	0x15
	.byte	0x2d
	.4byte	0xa2
	.4byte	.LLST1
	.byte	0x21
	.4byte	.LASF15
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.4byte	0x96
	.4byte	.LLST2
	.byte	0x9
	.string	"neg"
	.byte	0x18
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST3
	.byte	0xe
	.8byte	.LVL8
	.4byte	0xae
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF16
	.byte	0xb
	.4byte	0xa2
	.4byte	0x423
	.byte	0x7
	.string	"x"
	.byte	0xb
	.byte	0x19
	.4byte	0xa2
	.byte	0x10
	.string	"r"
	.byte	0xf
	.byte	0x9
	.4byte	0xa2
	.byte	0x22
	.byte	0x10
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x64
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF17
	.byte	0x9
	.4byte	0xa2
	.4byte	0x444
	.byte	0x7
	.string	"a"
	.byte	0x9
	.byte	0x18
	.4byte	0xa2
	.byte	0x7
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0xa2
	.byte	0
	.byte	0x23
	.4byte	.LASF22
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0xa2
	.byte	0x1
	.byte	0x7
	.string	"a"
	.byte	0x8
	.byte	0x18
	.4byte	0xa2
	.byte	0x7
	.string	"b"
	.byte	0x8
	.byte	0x1f
	.4byte	0xa2
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x5
	.byte	0
	.byte	0x31
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
	.byte	0x1
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
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
	.byte	0x21
	.byte	0x11
	.byte	0x57
	.byte	0x21
	.byte	0x12
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x16
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
	.byte	0x15
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
	.byte	0x16
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
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
	.byte	0x1a
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
	.byte	0x1c
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1c
	.byte	0xd
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
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
	.byte	0x1f
	.byte	0x5
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
	.byte	0x20
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
.LLST4:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL31-1
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL29
	.byte	0x5
	.byte	0x3a
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL30
	.byte	0x5
	.byte	0x3b
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL29
	.byte	0x4
	.byte	0xa
	.2byte	0xc000
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL18
	.byte	0x4
	.byte	0x4a
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x4
	.byte	0x4a
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL18
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x4f
	.byte	0x25
	.byte	0x7f
	.byte	0
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL16
	.byte	0x5
	.byte	0x44
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x5
	.byte	0x45
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL24
	.byte	0x4
	.byte	0x40
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL24
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x4f
	.byte	0x25
	.byte	0x7f
	.byte	0
	.byte	0x22
	.byte	0x31
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL22
	.byte	0x5
	.byte	0x44
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x5
	.byte	0x45
	.byte	0x7e
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL35
	.byte	0x4
	.byte	0x40
	.byte	0x40
	.byte	0x24
	.byte	0x9f
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x4
	.byte	0x40
	.byte	0x3f
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL35
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x5
	.byte	0x44
	.byte	0x7d
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x5
	.byte	0x45
	.byte	0x7d
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL8-1
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL3
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0xb
	.byte	0x7e
	.byte	0
	.byte	0x11
	.byte	0x81,0x80,0x7c
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0xe
	.byte	0x7b
	.byte	0
	.byte	0x7d
	.byte	0
	.byte	0x1e
	.byte	0x11
	.byte	0x81,0x80,0x7c
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0xf
	.byte	0x7b
	.byte	0
	.byte	0xa
	.2byte	0x2710
	.byte	0x1e
	.byte	0x11
	.byte	0x81,0x80,0x7c
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
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
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB34
	.8byte	.LBE34
	.byte	0x6
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB48
	.8byte	.LBE48
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0
.LLRL24:
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF13:
	.string	"int64_t"
.LASF8:
	.string	"__int32_t"
.LASF22:
	.string	"fix_mul"
.LASF16:
	.string	"fix_sqrt"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"__int64_t"
.LASF7:
	.string	"short int"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
.LASF20:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"char"
.LASF12:
	.string	"int32_t"
.LASF15:
	.string	"scaled"
.LASF14:
	.string	"name"
.LASF19:
	.string	"printf"
.LASF21:
	.string	"print_fix"
.LASF17:
	.string	"fix_div"
.LASF10:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/fixed_point.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
