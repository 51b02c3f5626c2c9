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
	.loc 1 23 5
	.loc 1 23 34 is_stmt 0
	li	a5,8192
	addi	a5,a5,1808
	mul	a4,a1,a5
	.loc 1 25 8
	li	a3,-65536
	.loc 1 22 1
	mv	a1,a0
.LVL1:
	.loc 1 27 5
	lla	a2,.LC1
	.loc 1 23 13
	srai	a5,a4,63
	slli	a5,a5,48
	srli	a5,a5,48
	add	a5,a5,a4
	srai	a5,a5,16
.LVL2:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 25 8 is_stmt 0
	bgt	a4,a3,.L2
	.loc 1 26 9 is_stmt 1
	.loc 1 26 16 is_stmt 0
	neg	a5,a5
.LVL3:
	.loc 1 27 5 is_stmt 1
	lla	a2,.LC0
.L2:
.LVL4:
	.loc 1 27 106 is_stmt 0 discriminator 4
	li	a3,8192
	addi	a3,a3,1808
	.loc 1 27 5 discriminator 4
	rem	a4,a5,a3
.LVL5:
	lla	a0,.LC2
.LVL6:
	div	a3,a5,a3
	tail	printf@plt
.LVL7:
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
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB15:
	.loc 1 31 1 is_stmt 1
	.cfi_startproc
	.loc 1 32 5
.LVL8:
	.loc 1 33 5
	.loc 1 34 5
	.loc 1 31 1 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	.loc 1 34 5
	li	a1,212992
	lla	a0,.LC3
	.loc 1 31 1
	sd	ra,8(sp)
	.cfi_offset 1, -8
	.loc 1 34 5
	call	print_fix
.LVL9:
	.loc 1 35 5 is_stmt 1
	li	a1,-139264
	lla	a0,.LC4
	call	print_fix
.LVL10:
	.loc 1 36 5
	li	a1,-450560
	addi	a1,a1,-2048
	lla	a0,.LC5
	call	print_fix
.LVL11:
	.loc 1 37 5
	li	a1,-98304
	addi	a1,a1,-1927
	lla	a0,.LC6
	call	print_fix
.LVL12:
	.loc 1 38 5
.LBB43:
.LBB44:
	.loc 1 13 5
	.loc 1 15 5
.LBB45:
	.loc 1 16 23
.LBB46:
.LBB47:
	.loc 1 9 68 is_stmt 0
	li	a3,13
.LBE47:
.LBE46:
.LBE45:
.LBE44:
.LBE43:
	.loc 1 37 5
	li	a4,20
	li	a1,106496
.LBB54:
.LBB53:
.LBB52:
.LBB50:
.LBB48:
	.loc 1 9 68
	slli	a3,a3,30
.LVL13:
.L6:
.LBE48:
.LBE50:
	.loc 1 17 9 is_stmt 1
.LBB51:
.LBB49:
	.loc 1 9 36
	.loc 1 9 68 is_stmt 0
	div	a5,a3,a1
.LBE49:
.LBE51:
	.loc 1 16 23
	addiw	a4,a4,-1
	.loc 1 17 16
	addw	a5,a5,a1
	.loc 1 17 11
	srliw	a1,a5,31
.LVL14:
	addw	a1,a1,a5
	sraiw	a1,a1,1
.LVL15:
	.loc 1 16 30 is_stmt 1
	.loc 1 16 23
	bne	a4,zero,.L6
.LVL16:
.LBE52:
.LBE53:
.LBE54:
	.loc 1 38 5 is_stmt 0
	lla	a0,.LC7
	call	print_fix
.LVL17:
	.loc 1 39 5 is_stmt 1
.LBB55:
.LBB56:
	.loc 1 13 5
	.loc 1 15 5
.LBB57:
	.loc 1 16 23
.LBB58:
.LBB59:
	.loc 1 9 68 is_stmt 0
	li	a3,1
.LBE59:
.LBE58:
.LBE57:
.LBE56:
.LBE55:
	.loc 1 38 5
	li	a4,20
	li	a1,65536
.LBB66:
.LBB65:
.LBB64:
.LBB62:
.LBB60:
	.loc 1 9 68
	slli	a3,a3,33
.LVL18:
.L7:
.LBE60:
.LBE62:
	.loc 1 17 9 is_stmt 1
.LBB63:
.LBB61:
	.loc 1 9 36
	.loc 1 9 68 is_stmt 0
	div	a5,a3,a1
.LBE61:
.LBE63:
	.loc 1 16 23
	addiw	a4,a4,-1
	.loc 1 17 16
	addw	a5,a5,a1
	.loc 1 17 11
	srliw	a1,a5,31
.LVL19:
	addw	a1,a1,a5
	sraiw	a1,a1,1
.LVL20:
	.loc 1 16 30 is_stmt 1
	.loc 1 16 23
	bne	a4,zero,.L7
.LVL21:
.LBE64:
.LBE65:
.LBE66:
	.loc 1 39 5 is_stmt 0
	lla	a0,.LC8
	call	print_fix
.LVL22:
	.loc 1 40 5 is_stmt 1
	.loc 1 41 5
.LBB67:
	.loc 1 41 10
	.loc 1 41 23
.LBE67:
	.loc 1 39 5 is_stmt 0
	li	a3,10
	.loc 1 40 18
	li	a1,0
	.loc 1 40 9
	li	a5,65536
.LVL23:
.L8:
.LBB72:
	.loc 1 42 9 is_stmt 1 discriminator 3
.LBB68:
.LBB69:
	.loc 1 8 61 is_stmt 0 discriminator 3
	slli	a4,a5,1
	add	a4,a4,a5
.LBE69:
.LBE68:
	.loc 1 41 23 discriminator 3
	addiw	a3,a3,-1
	.loc 1 42 13 discriminator 3
	addw	a1,a5,a1
.LVL24:
	.loc 1 43 9 is_stmt 1 discriminator 3
.LBB71:
.LBB70:
	.loc 1 8 36 discriminator 3
	.loc 1 8 43 is_stmt 0 discriminator 3
	srai	a5,a4,2
.LVL25:
.LBE70:
.LBE71:
	.loc 1 41 30 is_stmt 1 discriminator 3
	.loc 1 41 23 discriminator 3
	bne	a3,zero,.L8
.LBE72:
	.loc 1 45 5
	lla	a0,.LC9
	call	print_fix
.LVL26:
	.loc 1 46 5
.LBB73:
.LBB74:
	.loc 1 13 5
	.loc 1 15 5
.LBB75:
	.loc 1 16 23
.LBB76:
.LBB77:
	.loc 1 9 68 is_stmt 0
	li	a2,1
.LBE77:
.LBE76:
.LBE75:
.LBE74:
.LBE73:
	.loc 1 45 5
	li	a3,20
	li	a4,524288
.LBB84:
.LBB83:
.LBB82:
.LBB80:
.LBB78:
	.loc 1 9 68
	slli	a2,a2,36
.LVL27:
.L9:
.LBE78:
.LBE80:
	.loc 1 17 9 is_stmt 1
.LBB81:
.LBB79:
	.loc 1 9 36
	.loc 1 9 68 is_stmt 0
	div	a5,a2,a4
.LBE79:
.LBE81:
	.loc 1 16 23
	addiw	a3,a3,-1
	.loc 1 17 16
	addw	a5,a5,a4
	.loc 1 17 11
	srliw	a0,a5,31
	addw	a0,a0,a5
	sraiw	a4,a0,1
.LVL28:
	.loc 1 16 30 is_stmt 1
	.loc 1 16 23
	bne	a3,zero,.L9
.LVL29:
.LBE82:
.LBE83:
.LBE84:
	.loc 1 47 1 is_stmt 0
	ld	ra,8(sp)
	.cfi_restore 1
	.loc 1 46 32
	sraiw	a0,a0,17
	.loc 1 47 1
	andi	a0,a0,0xff
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x457
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL26
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
	.4byte	0x60
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x8
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x73
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.byte	0x12
	.4byte	0x7a
	.byte	0x8
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x54
	.byte	0x8
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x67
	.byte	0x13
	.string	"fix"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x86
	.byte	0x14
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x60
	.4byte	0xc2
	.byte	0x15
	.4byte	0xc2
	.byte	0x16
	.byte	0
	.byte	0x17
	.byte	0x8
	.4byte	0x81
	.byte	0x18
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x376
	.byte	0x19
	.string	"a"
	.byte	0x1
	.byte	0x20
	.byte	0x9
	.4byte	0x9e
	.4byte	0x34000
	.byte	0x1a
	.string	"b"
	.byte	0x1
	.byte	0x21
	.byte	0x9
	.4byte	0x9e
	.byte	0x80,0xc0,0x77
	.byte	0x9
	.string	"x"
	.byte	0x28
	.byte	0x9
	.4byte	0x9e
	.4byte	.LLST4
	.byte	0x9
	.string	"sum"
	.byte	0x28
	.byte	0x12
	.4byte	0x9e
	.4byte	.LLST5
	.byte	0x1b
	.4byte	.LLRL16
	.4byte	0x15e
	.byte	0x9
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST17
	.byte	0xa
	.4byte	0x43a
	.8byte	.LBB68
	.4byte	.LLRL18
	.byte	0x2b
	.byte	0xd
	.byte	0x6
	.4byte	0x450
	.4byte	.LLST19
	.byte	0x6
	.4byte	0x447
	.4byte	.LLST20
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x3ed
	.8byte	.LBB43
	.4byte	.LLRL6
	.byte	0x26
	.byte	0x5
	.4byte	0x1bf
	.byte	0x6
	.4byte	0x3fb
	.4byte	.LLST7
	.byte	0xc
	.4byte	.LLRL6
	.byte	0x3
	.4byte	0x404
	.4byte	.LLST8
	.byte	0xd
	.4byte	0x40d
	.4byte	.LLRL6
	.byte	0x3
	.4byte	0x40e
	.4byte	.LLST9
	.byte	0xa
	.4byte	0x419
	.8byte	.LBB46
	.4byte	.LLRL10
	.byte	0x11
	.byte	0x12
	.byte	0x4
	.4byte	0x430
	.byte	0x4
	.4byte	0x427
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x3ed
	.8byte	.LBB55
	.4byte	.LLRL11
	.byte	0x27
	.byte	0x5
	.4byte	0x220
	.byte	0x6
	.4byte	0x3fb
	.4byte	.LLST12
	.byte	0xc
	.4byte	.LLRL11
	.byte	0x3
	.4byte	0x404
	.4byte	.LLST13
	.byte	0xd
	.4byte	0x40d
	.4byte	.LLRL11
	.byte	0x3
	.4byte	0x40e
	.4byte	.LLST14
	.byte	0xa
	.4byte	0x419
	.8byte	.LBB58
	.4byte	.LLRL15
	.byte	0x11
	.byte	0x12
	.byte	0x4
	.4byte	0x430
	.byte	0x4
	.4byte	0x427
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x3ed
	.8byte	.LBB73
	.4byte	.LLRL21
	.byte	0x2e
	.byte	0xd
	.4byte	0x281
	.byte	0x6
	.4byte	0x3fb
	.4byte	.LLST22
	.byte	0xc
	.4byte	.LLRL21
	.byte	0x3
	.4byte	0x404
	.4byte	.LLST23
	.byte	0xd
	.4byte	0x40d
	.4byte	.LLRL21
	.byte	0x3
	.4byte	0x40e
	.4byte	.LLST24
	.byte	0xa
	.4byte	0x419
	.8byte	.LBB76
	.4byte	.LLRL25
	.byte	0x11
	.byte	0x12
	.byte	0x4
	.4byte	0x430
	.byte	0x4
	.4byte	0x427
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL9
	.4byte	0x376
	.4byte	0x2a7
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
	.8byte	.LVL10
	.4byte	0x376
	.4byte	0x2ce
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
	.8byte	.LVL11
	.4byte	0x376
	.4byte	0x2f5
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
	.8byte	.LVL12
	.4byte	0x376
	.4byte	0x31c
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
	.8byte	.LVL17
	.4byte	0x376
	.4byte	0x33b
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0
	.byte	0x5
	.8byte	.LVL22
	.4byte	0x376
	.4byte	0x35a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0
	.byte	0x1c
	.8byte	.LVL26
	.4byte	0x376
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC9
	.byte	0
	.byte	0
	.byte	0x1d
	.4byte	.LASF21
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x3ed
	.byte	0x1e
	.4byte	.LASF14
	.byte	0x1
	.byte	0x15
	.byte	0x23
	.4byte	0xc2
	.4byte	.LLST0
	.byte	0x1f
	.string	"v"
	.byte	0x1
	.byte	0x15
	.byte	0x2d
	.4byte	0x9e
	.4byte	.LLST1
	.byte	0x20
	.4byte	.LASF15
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.4byte	0x92
	.4byte	.LLST2
	.byte	0x9
	.string	"neg"
	.byte	0x18
	.byte	0x9
	.4byte	0x60
	.4byte	.LLST3
	.byte	0x21
	.8byte	.LVL7
	.4byte	0xaa
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	.LASF16
	.byte	0xb
	.4byte	0x9e
	.4byte	0x419
	.byte	0x7
	.string	"x"
	.byte	0xb
	.byte	0x19
	.4byte	0x9e
	.byte	0xf
	.string	"r"
	.byte	0xf
	.byte	0x9
	.4byte	0x9e
	.byte	0x22
	.byte	0xf
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x60
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	.LASF17
	.byte	0x9
	.4byte	0x9e
	.4byte	0x43a
	.byte	0x7
	.string	"a"
	.byte	0x9
	.byte	0x18
	.4byte	0x9e
	.byte	0x7
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x9e
	.byte	0
	.byte	0x23
	.4byte	.LASF22
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x9e
	.byte	0x1
	.byte	0x7
	.string	"a"
	.byte	0x8
	.byte	0x18
	.4byte	0x9e
	.byte	0x7
	.string	"b"
	.byte	0x8
	.byte	0x1f
	.4byte	0x9e
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
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
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
	.byte	0x19
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
	.byte	0xd
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
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
	.byte	0x1f
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
	.byte	0x20
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
	.byte	0x21
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x82,0x1
	.byte	0x19
	.byte	0x7f
	.byte	0x13
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
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26-1
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x4
	.byte	0xa
	.2byte	0xc000
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL16
	.byte	0x4
	.byte	0x4a
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x4
	.byte	0x4a
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
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
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL21
	.byte	0x4
	.byte	0x40
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
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
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL29
	.byte	0x4
	.byte	0x40
	.byte	0x40
	.byte	0x24
	.byte	0x9f
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x4
	.byte	0x40
	.byte	0x3f
	.byte	0x24
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LVL28
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x5
	.byte	0x7a
	.byte	0
	.byte	0x31
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL7-1
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
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LFE14
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL5
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
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
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
	.8byte	.LBB43
	.8byte	.LBE43
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB55
	.8byte	.LBE55
	.byte	0x6
	.8byte	.LBB66
	.8byte	.LBE66
	.byte	0
.LLRL15:
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
.LLRL16:
	.byte	0x6
	.8byte	.LBB67
	.8byte	.LBE67
	.byte	0x6
	.8byte	.LBB72
	.8byte	.LBE72
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB68
	.8byte	.LBE68
	.byte	0x6
	.8byte	.LBB71
	.8byte	.LBE71
	.byte	0
.LLRL21:
	.byte	0x6
	.8byte	.LBB73
	.8byte	.LBE73
	.byte	0x6
	.8byte	.LBB84
	.8byte	.LBE84
	.byte	0
.LLRL25:
	.byte	0x6
	.8byte	.LBB76
	.8byte	.LBE76
	.byte	0x6
	.8byte	.LBB80
	.8byte	.LBE80
	.byte	0x6
	.8byte	.LBB81
	.8byte	.LBE81
	.byte	0
.LLRL26:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB15
	.8byte	.LFE15
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
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
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
