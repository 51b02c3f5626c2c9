	.file	"caesar_cipher.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/caesar_cipher.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"lemon"
	.align	3
.LC1:
	.string	"caesar:   %s"
	.align	3
.LC2:
	.string	"vigenere: %s"
	.align	3
.LC3:
	.string	"hash %08x\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB23:
	.file 1 "programs/caesar_cipher.c"
	.loc 1 16 1
	.cfi_startproc
.LVL0:
	.loc 1 17 5
	.loc 1 16 1 is_stmt 0
	addi	sp,sp,-896
	.cfi_def_cfa_offset 896
	sd	s1,872(sp)
	sd	s10,800(sp)
	sd	ra,888(sp)
	sd	s0,880(sp)
	sd	s2,864(sp)
	sd	s3,856(sp)
	sd	s4,848(sp)
	sd	s5,840(sp)
	sd	s6,832(sp)
	sd	s7,824(sp)
	sd	s8,816(sp)
	sd	s9,808(sp)
	sd	s11,792(sp)
	.cfi_offset 9, -24
	.cfi_offset 26, -96
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 27, -104
	.loc 1 17 47
	li	a5,1
	li	s10,3
	.loc 1 18 42
	lla	s1,.LC0
	.loc 1 17 47
	bgt	a0,a5,.L25
.LVL1:
.L2:
	.loc 1 19 5 is_stmt 1 discriminator 4
	.loc 1 19 19 is_stmt 0 discriminator 4
	mv	a0,s1
	call	strlen@plt
.LVL2:
	.loc 1 21 14 discriminator 4
	li	s9,-2128830464
	addi	a5,sp,17
.LBB26:
.LBB27:
.LBB28:
	.loc 1 32 18 discriminator 4
	li	s11,16777216
.LBE28:
.LBE27:
.LBE26:
	.loc 1 19 19 discriminator 4
	mv	s0,a0
.LVL3:
	.loc 1 20 5 is_stmt 1 discriminator 4
	.loc 1 21 5 discriminator 4
	.loc 1 22 5 discriminator 4
	.loc 1 21 14 is_stmt 0 discriminator 4
	addi	s9,s9,-571
	addi	s3,sp,16
	la	s5,stdin
	addi	s4,sp,528
	addi	s2,sp,272
	sd	a5,8(sp)
.LBB97:
.LBB80:
.LBB73:
.LBB29:
.LBB30:
.LBB31:
.LBB32:
	.loc 1 11 48 discriminator 4
	li	s8,26
.LBE32:
.LBE31:
.LBE30:
.LBE29:
	.loc 1 32 18 discriminator 4
	addiw	s11,s11,403
.LVL4:
.L3:
.LBE73:
.LBE80:
.LBE97:
	.loc 1 22 12 is_stmt 1
	ld	a2,0(s5)
	li	a1,256
	mv	a0,s3
	call	fgets@plt
.LVL5:
	beq	a0,zero,.L26
.LBB98:
	.loc 1 23 9
	.loc 1 24 9
	.loc 1 24 20 is_stmt 0
	mv	a0,s3
	call	strlen@plt
.LVL6:
	ld	a5,8(sp)
	mv	s6,a0
.LVL7:
	.loc 1 25 9 is_stmt 1
.LBB81:
	.loc 1 25 14
	.loc 1 25 30
	mv	a2,s3
	add	t3,a5,a0
	mv	a6,s4
	mv	s7,s2
.LBE81:
	.loc 1 24 20 is_stmt 0
	mv	a1,s2
	.loc 1 24 34
	li	a0,0
.LVL8:
.LBB82:
.LBB74:
.LBB51:
.LBB41:
	.loc 1 8 8
	li	t1,25
	j	.L8
.LVL9:
.L4:
	.loc 1 10 8
	bleu	t5,t1,.L27
.LBE41:
.LBE51:
	.loc 1 26 20
	sb	a5,0(a1)
	.loc 1 27 13 is_stmt 1
.LVL10:
	.loc 1 28 13
	.loc 1 31 17
.L7:
	.loc 1 29 24 is_stmt 0 discriminator 2
	sb	a5,0(a6)
.LVL11:
	.loc 1 32 13 is_stmt 1 discriminator 2
.LBE74:
	.loc 1 25 30 is_stmt 0 discriminator 2
	addi	a2,a2,1
.LVL12:
.LBB75:
	.loc 1 32 26 discriminator 2
	xor	a5,a5,s9
	.loc 1 32 18 discriminator 2
	mulw	s9,s11,a5
.LVL13:
.LBE75:
	.loc 1 25 37 is_stmt 1 discriminator 2
	.loc 1 25 30 discriminator 2
	addi	a6,a6,1
	addi	a1,a1,1
	beq	t3,a2,.L28
.LVL14:
.L8:
.LBB76:
	.loc 1 26 13
.LBB52:
.LBB42:
	.loc 1 10 5
.LBE42:
.LBE52:
	.loc 1 26 22 is_stmt 0
	lbu	a5,0(a2)
.LVL15:
.LBB53:
.LBB43:
	.loc 1 8 5 is_stmt 1
	.loc 1 8 18 is_stmt 0
	addiw	a3,a5,-97
	.loc 1 10 18
	addiw	a4,a5,-65
	.loc 1 8 8
	andi	t4,a3,0xff
	.loc 1 10 8
	andi	t5,a4,0xff
	.loc 1 8 8
	bgtu	t4,t1,.L4
	.loc 1 9 9 is_stmt 1
.LVL16:
.LBE43:
.LBE53:
	.loc 1 29 49 is_stmt 0
	remu	a4,a0,s0
.LBB54:
.LBB44:
	.loc 1 9 38
	addw	a5,s10,a3
	.loc 1 9 42
	addiw	a5,a5,26
.LBE44:
.LBE54:
.LBE76:
	.loc 1 25 30
	addi	a2,a2,1
.LVL17:
.LBB77:
	.loc 1 29 43
	addi	a0,a0,1
.LVL18:
.LBE77:
	.loc 1 25 30
	addi	a6,a6,1
	addi	a1,a1,1
.LBB78:
.LBB55:
.LBB45:
	.loc 1 9 48
	remw	a5,a5,s8
.LBE45:
.LBE55:
	.loc 1 29 43
	add	a4,s1,a4
.LBB56:
.LBB46:
	.loc 1 9 16
	addiw	a5,a5,97
.LBE46:
.LBE56:
	.loc 1 26 20
	sb	a5,-1(a1)
	.loc 1 27 13 is_stmt 1
.LVL19:
	.loc 1 28 13
	.loc 1 29 17
.LBB57:
.LBB58:
	.loc 1 8 5
	.loc 1 9 9
.LBE58:
.LBE57:
	.loc 1 29 43 is_stmt 0
	lbu	a5,0(a4)
.LBB66:
.LBB63:
	.loc 1 9 38
	addw	a3,a3,a5
	.loc 1 9 42
	addiw	a3,a3,-71
	.loc 1 9 48
	remw	a3,a3,s8
	.loc 1 9 16
	addiw	a3,a3,97
.LVL20:
	andi	a5,a3,0xff
.LVL21:
.LBE63:
.LBE66:
	.loc 1 29 24
	sb	a5,-1(a6)
.LVL22:
	.loc 1 32 13 is_stmt 1
	.loc 1 32 26 is_stmt 0
	xor	a5,a5,s9
.LVL23:
	.loc 1 32 18
	mulw	s9,s11,a5
.LVL24:
.LBE78:
	.loc 1 25 37 is_stmt 1
	.loc 1 25 30
	bne	t3,a2,.L8
.LVL25:
.L28:
.LBE82:
	.loc 1 34 9
	mv	a1,s2
	lla	a0,.LC1
.LVL26:
	call	printf@plt
.LVL27:
	.loc 1 35 9
	mv	a1,s4
	lla	a0,.LC2
	call	printf@plt
.LVL28:
	.loc 1 36 9
.LBB83:
	.loc 1 36 14
	.loc 1 36 30
	add	a6,s2,s6
.LBB84:
.LBB85:
	.loc 1 8 8 is_stmt 0
	li	a1,25
.LBE85:
.LBE84:
	.loc 1 36 30
	bne	s6,zero,.L14
	j	.L15
.LVL29:
.L12:
.LBB92:
.LBB88:
	.loc 1 10 8
	bgtu	a0,a1,.L13
.LVL30:
.LBB86:
.LBB87:
	.loc 1 11 9 is_stmt 1
	.loc 1 11 42 is_stmt 0
	subw	a5,a3,s10
	addiw	a5,a5,26
	.loc 1 11 48
	remw	a5,a5,s8
	.loc 1 11 16
	addiw	a5,a5,65
.LVL31:
	andi	a4,a5,0xff
.LVL32:
.L13:
.LBE87:
.LBE86:
.LBE88:
.LBE92:
	.loc 1 37 20
	sb	a4,0(s7)
	.loc 1 36 36 is_stmt 1
.LVL33:
	.loc 1 36 30
	addi	s7,s7,1
.LVL34:
	beq	s7,a6,.L15
.LVL35:
.L14:
	.loc 1 37 13
.LBB93:
.LBB89:
	.loc 1 10 5
.LBE89:
.LBE93:
	.loc 1 37 22 is_stmt 0
	lbu	a4,0(s7)
.LVL36:
.LBB94:
.LBB90:
	.loc 1 8 5 is_stmt 1
	.loc 1 8 18 is_stmt 0
	addiw	a5,a4,-97
	.loc 1 10 18
	addiw	a3,a4,-65
	.loc 1 8 8
	andi	a2,a5,0xff
	.loc 1 10 8
	andi	a0,a3,0xff
	.loc 1 8 8
	bgtu	a2,a1,.L12
	.loc 1 9 9 is_stmt 1
	.loc 1 9 42 is_stmt 0
	subw	a5,a5,s10
	addiw	a5,a5,26
	.loc 1 9 48
	remw	a5,a5,s8
.LBE90:
.LBE94:
	.loc 1 36 30
	addi	s7,s7,1
.LVL37:
.LBB95:
.LBB91:
	.loc 1 9 16
	addiw	a5,a5,97
.LVL38:
	andi	a4,a5,0xff
.LVL39:
.LBE91:
.LBE95:
	.loc 1 37 20
	sb	a4,-1(s7)
	.loc 1 36 36 is_stmt 1
.LVL40:
	.loc 1 36 30
	bne	s7,a6,.L14
.L15:
.LBE83:
	.loc 1 38 9
	.loc 1 38 13 is_stmt 0
	mv	a1,s3
	mv	a0,s2
	call	strcmp@plt
.LVL41:
	.loc 1 38 12
	beq	a0,zero,.L3
	.loc 1 39 13 is_stmt 1
	.loc 1 39 20 is_stmt 0
	li	a0,1
	j	.L16
.LVL42:
.L27:
.LBB96:
.LBB79:
.LBB67:
.LBB47:
.LBB37:
.LBB33:
	.loc 1 11 9 is_stmt 1
.LBE33:
.LBE37:
.LBE47:
.LBE67:
	.loc 1 29 49 is_stmt 0
	remu	a3,a0,s0
.LBB68:
.LBB48:
.LBB38:
.LBB34:
	.loc 1 11 38
	addw	a5,s10,a4
	.loc 1 11 42
	addiw	a5,a5,26
.LBE34:
.LBE38:
.LBE48:
.LBE68:
	.loc 1 29 43
	addi	a0,a0,1
.LVL43:
.LBB69:
.LBB49:
.LBB39:
.LBB35:
	.loc 1 11 48
	remw	a5,a5,s8
.LBE35:
.LBE39:
.LBE49:
.LBE69:
	.loc 1 29 43
	add	a3,s1,a3
.LBB70:
.LBB50:
.LBB40:
.LBB36:
	.loc 1 11 16
	addiw	a5,a5,65
.LBE36:
.LBE40:
.LBE50:
.LBE70:
	.loc 1 26 20
	sb	a5,0(a1)
	.loc 1 27 13 is_stmt 1
.LVL44:
	.loc 1 28 13
	.loc 1 29 17
.LBB71:
.LBB64:
	.loc 1 8 5
	.loc 1 10 5
.LBB59:
.LBB60:
	.loc 1 11 9
.LBE60:
.LBE59:
.LBE64:
.LBE71:
	.loc 1 29 43 is_stmt 0
	lbu	a5,0(a3)
.LBB72:
.LBB65:
.LBB62:
.LBB61:
	.loc 1 11 38
	addw	a4,a4,a5
	.loc 1 11 42
	addiw	a4,a4,-71
	.loc 1 11 48
	remw	a4,a4,s8
	.loc 1 11 16
	addiw	a4,a4,65
.LVL45:
	andi	a5,a4,0xff
.LVL46:
	j	.L7
.LVL47:
.L26:
.LBE61:
.LBE62:
.LBE65:
.LBE72:
.LBE79:
.LBE96:
.LBE98:
	.loc 1 41 5 is_stmt 1
	mv	a1,s9
	lla	a0,.LC3
	call	printf@plt
.LVL48:
	.loc 1 42 5
	.loc 1 42 12 is_stmt 0
	li	a0,0
.LVL49:
.L16:
	.loc 1 43 1
	ld	ra,888(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,880(sp)
	.cfi_restore 8
.LVL50:
	ld	s1,872(sp)
	.cfi_restore 9
.LVL51:
	ld	s2,864(sp)
	.cfi_restore 18
	ld	s3,856(sp)
	.cfi_restore 19
	ld	s4,848(sp)
	.cfi_restore 20
	ld	s5,840(sp)
	.cfi_restore 21
	ld	s6,832(sp)
	.cfi_restore 22
	ld	s7,824(sp)
	.cfi_restore 23
	ld	s8,816(sp)
	.cfi_restore 24
	ld	s9,808(sp)
	.cfi_restore 25
	ld	s10,800(sp)
	.cfi_restore 26
	ld	s11,792(sp)
	.cfi_restore 27
	addi	sp,sp,896
	.cfi_def_cfa_offset 0
	jr	ra
.LVL52:
.L25:
	.cfi_restore_state
.LBB99:
.LBB100:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 is_stmt 1 discriminator 1
	mv	s0,a0
	.loc 2 364 16 is_stmt 0 discriminator 1
	ld	a0,8(a1)
.LVL53:
	mv	s2,a1
	li	a2,10
	li	a1,0
.LVL54:
	call	strtol@plt
.LVL55:
.LBE100:
.LBE99:
	.loc 1 17 47 discriminator 1
	li	a4,26
	.loc 1 18 42 discriminator 1
	li	a5,2
	.loc 1 17 47 discriminator 1
	remw	s10,a0,a4
.LVL56:
	.loc 1 18 5 is_stmt 1 discriminator 1
	.loc 1 18 42 is_stmt 0 discriminator 1
	beq	s0,a5,.L2
	ld	s1,16(s2)
	j	.L2
	.cfi_endproc
.LFE23:
	.size	main, .-main
	.text
.Letext0:
	.file 3 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 8 "/usr/riscv64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x680
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x19
	.4byte	.LASF60
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL27
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x9
	.4byte	.LASF9
	.byte	0x3
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
	.byte	0x1a
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x9
	.4byte	.LASF10
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x67
	.byte	0x9
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x67
	.byte	0x1b
	.byte	0x8
	.byte	0x5
	.4byte	0x92
	.byte	0xa
	.4byte	0x88
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x1c
	.4byte	0x92
	.byte	0x1d
	.4byte	.LASF61
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x208
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
	.4byte	0x221
	.byte	0x60
	.byte	0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x226
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
	.4byte	0x22b
	.byte	0x83
	.byte	0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x23b
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
	.4byte	0x245
	.byte	0x98
	.byte	0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x24f
	.byte	0xa0
	.byte	0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x226
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
	.4byte	0x254
	.byte	0xc4
	.byte	0
	.byte	0x9
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0x9e
	.byte	0x1e
	.4byte	.LASF62
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.byte	0xd
	.4byte	.LASF43
	.byte	0x5
	.4byte	0x21c
	.byte	0x5
	.4byte	0x9e
	.byte	0xe
	.4byte	0x92
	.4byte	0x23b
	.byte	0xf
	.4byte	0x36
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x214
	.byte	0xd
	.4byte	.LASF44
	.byte	0x5
	.4byte	0x240
	.byte	0xd
	.4byte	.LASF45
	.byte	0x5
	.4byte	0x24a
	.byte	0xe
	.4byte	0x92
	.4byte	0x264
	.byte	0xf
	.4byte	0x36
	.byte	0x13
	.byte	0
	.byte	0x1f
	.4byte	.LASF63
	.byte	0x7
	.byte	0x8f
	.byte	0xe
	.4byte	0x270
	.byte	0x5
	.4byte	0x208
	.byte	0xa
	.4byte	0x270
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF46
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF47
	.byte	0x5
	.4byte	0x99
	.byte	0xa
	.4byte	0x288
	.byte	0x12
	.4byte	.LASF48
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x67
	.4byte	0x2b2
	.byte	0x4
	.4byte	0x28d
	.byte	0x4
	.4byte	0x2b7
	.byte	0x4
	.4byte	0x60
	.byte	0
	.byte	0x5
	.4byte	0x88
	.byte	0xa
	.4byte	0x2b2
	.byte	0x10
	.4byte	.LASF49
	.byte	0x7
	.2byte	0x250
	.byte	0xe
	.4byte	0x88
	.4byte	0x2dd
	.byte	0x4
	.4byte	0x8d
	.byte	0x4
	.4byte	0x60
	.byte	0x4
	.4byte	0x275
	.byte	0
	.byte	0x12
	.4byte	.LASF50
	.byte	0x8
	.byte	0x9c
	.byte	0xc
	.4byte	0x60
	.4byte	0x2f8
	.byte	0x4
	.4byte	0x288
	.byte	0x4
	.4byte	0x288
	.byte	0
	.byte	0x10
	.4byte	.LASF51
	.byte	0x7
	.2byte	0x164
	.byte	0xc
	.4byte	0x60
	.4byte	0x310
	.byte	0x4
	.4byte	0x288
	.byte	0x20
	.byte	0
	.byte	0x10
	.4byte	.LASF52
	.byte	0x8
	.2byte	0x197
	.byte	0xf
	.4byte	0x2a
	.4byte	0x327
	.byte	0x4
	.4byte	0x288
	.byte	0
	.byte	0x21
	.4byte	.LASF64
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x60
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x635
	.byte	0x13
	.4byte	.LASF53
	.byte	0xe
	.4byte	0x60
	.4byte	.LLST0
	.byte	0x13
	.4byte	.LASF54
	.byte	0x1b
	.4byte	0x2b2
	.4byte	.LLST1
	.byte	0x14
	.4byte	.LASF55
	.byte	0x11
	.byte	0x9
	.4byte	0x60
	.byte	0x9
	.byte	0x7a
	.byte	0
	.byte	0x4a
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.string	"key"
	.byte	0x12
	.byte	0x11
	.4byte	0x288
	.4byte	.LLST2
	.byte	0x15
	.4byte	.LASF56
	.byte	0x13
	.byte	0xc
	.4byte	0x2a
	.4byte	.LLST3
	.byte	0x14
	.4byte	.LASF57
	.byte	0x14
	.byte	0xa
	.4byte	0x635
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x79
	.byte	0x15
	.4byte	.LASF58
	.byte	0x15
	.byte	0xe
	.4byte	0x4b
	.4byte	.LLST4
	.byte	0x16
	.4byte	.LLRL5
	.4byte	0x59e
	.byte	0x17
	.string	"enc"
	.byte	0xe
	.4byte	0x635
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7b
	.byte	0x17
	.string	"vig"
	.byte	0x18
	.4byte	0x635
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0x7
	.string	"n"
	.byte	0x18
	.byte	0x10
	.4byte	0x2a
	.4byte	.LLST6
	.byte	0x7
	.string	"ki"
	.byte	0x18
	.byte	0x22
	.4byte	0x2a
	.4byte	.LLST7
	.byte	0x16
	.4byte	.LLRL8
	.4byte	0x4ad
	.byte	0x7
	.string	"i"
	.byte	0x19
	.byte	0x15
	.4byte	0x2a
	.4byte	.LLST9
	.byte	0x22
	.4byte	.LLRL10
	.byte	0x7
	.string	"c"
	.byte	0x1b
	.byte	0x12
	.4byte	0x92
	.4byte	.LLST11
	.byte	0x23
	.4byte	0x645
	.8byte	.LBB29
	.4byte	.LLRL12
	.byte	0x1
	.byte	0x1a
	.byte	0x16
	.4byte	0x467
	.byte	0x6
	.4byte	0x65e
	.4byte	.LLST13
	.byte	0x6
	.4byte	0x656
	.4byte	.LLST14
	.byte	0xb
	.4byte	0x645
	.8byte	.LBB31
	.4byte	.LLRL15
	.byte	0x6
	.byte	0xd
	.byte	0xc
	.4byte	0x65e
	.byte	0xc
	.4byte	0x656
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x645
	.8byte	.LBB57
	.4byte	.LLRL16
	.byte	0x1d
	.byte	0x1a
	.byte	0xc
	.4byte	0x65e
	.byte	0x6
	.4byte	0x656
	.4byte	.LLST11
	.byte	0xb
	.4byte	0x645
	.8byte	.LBB59
	.4byte	.LLRL18
	.byte	0x6
	.byte	0xd
	.byte	0xc
	.4byte	0x65e
	.byte	0x6
	.4byte	0x656
	.4byte	.LLST19
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x24
	.8byte	.LBB83
	.8byte	.LBE83-.LBB83
	.4byte	0x521
	.byte	0x7
	.string	"i"
	.byte	0x24
	.byte	0x15
	.4byte	0x2a
	.4byte	.LLST20
	.byte	0xb
	.4byte	0x645
	.8byte	.LBB84
	.4byte	.LLRL21
	.byte	0x25
	.byte	0x16
	.byte	0x6
	.4byte	0x65e
	.4byte	.LLST22
	.byte	0x6
	.4byte	0x656
	.4byte	.LLST23
	.byte	0x25
	.4byte	0x645
	.8byte	.LBB86
	.8byte	.LBE86-.LBB86
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.byte	0x6
	.4byte	0x65e
	.4byte	.LLST24
	.byte	0x6
	.4byte	0x656
	.4byte	.LLST25
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL6
	.4byte	0x310
	.4byte	0x539
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL27
	.4byte	0x2f8
	.4byte	0x55e
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC1
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL28
	.4byte	0x2f8
	.4byte	0x583
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0x11
	.8byte	.LVL41
	.4byte	0x2dd
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x26
	.4byte	0x667
	.8byte	.LBB99
	.8byte	.LBE99-.LBB99
	.byte	0x1
	.byte	0x11
	.byte	0x1c
	.4byte	0x5dc
	.byte	0x6
	.4byte	0x675
	.4byte	.LLST26
	.byte	0x11
	.8byte	.LVL55
	.4byte	0x292
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL2
	.4byte	0x310
	.4byte	0x5f4
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL5
	.4byte	0x2bc
	.4byte	0x613
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa
	.2byte	0x100
	.byte	0
	.byte	0x11
	.8byte	.LVL48
	.4byte	0x2f8
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0x92
	.4byte	0x645
	.byte	0xf
	.4byte	0x36
	.byte	0xff
	.byte	0
	.byte	0x27
	.4byte	.LASF65
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x92
	.byte	0x1
	.4byte	0x667
	.byte	0x18
	.string	"c"
	.byte	0x1d
	.4byte	0x92
	.byte	0x18
	.string	"k"
	.byte	0x24
	.4byte	0x60
	.byte	0
	.byte	0x28
	.4byte	.LASF66
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x60
	.byte	0x3
	.byte	0x29
	.4byte	.LASF59
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x288
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
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
	.byte	0x9
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
	.byte	0xa
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x13
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xf
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x17
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
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
	.byte	0x25
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
	.byte	0x26
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
	.byte	0x27
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
	.byte	0x28
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
	.byte	0x29
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
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL52
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL52
	.8byte	.LVL53
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL53
	.8byte	.LFE23
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
	.8byte	.LVL52
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL52
	.8byte	.LVL54
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL54
	.8byte	.LFE23
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL51
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL50
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL4
	.byte	0x6
	.byte	0x9e
	.byte	0x4
	.4byte	0x811c9dc5
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL13
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x6
	.byte	0x8b
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL24
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL25
	.byte	0x6
	.byte	0x8b
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL49
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL47
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL19
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL43
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL44
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL9
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL12
	.byte	0x9
	.byte	0x7c
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x9
	.byte	0x7c
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xef,0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL17
	.byte	0x9
	.byte	0x7c
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL24
	.byte	0x9
	.byte	0x7c
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xef,0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL47
	.byte	0x9
	.byte	0x7c
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x6
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL20
	.byte	0x2
	.byte	0x7c
	.byte	0x7f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL25
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL45
	.byte	0x2
	.byte	0x7c
	.byte	0
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LVL47
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL45
	.byte	0x2
	.byte	0x7c
	.byte	0
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL29
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL33
	.byte	0x9
	.byte	0x87
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x4
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x9
	.byte	0x87
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf1,0x4
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL37
	.byte	0x9
	.byte	0x87
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x4
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL40
	.byte	0x9
	.byte	0x87
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xef,0x4
	.byte	0x9f
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL32
	.byte	0x4
	.byte	0x8a
	.byte	0
	.byte	0x1f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL39
	.byte	0x4
	.byte	0x8a
	.byte	0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL31
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL38
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0x4
	.byte	0x8a
	.byte	0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST26:
	.byte	0x7
	.8byte	.LVL52
	.8byte	.LVL54
	.byte	0x2
	.byte	0x7b
	.byte	0x8
	.byte	0x7
	.8byte	.LVL54
	.8byte	.LVL55-1
	.byte	0x1
	.byte	0x5a
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
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
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
	.8byte	.LBB26
	.8byte	.LBE26
	.byte	0x6
	.8byte	.LBB97
	.8byte	.LBE97
	.byte	0x6
	.8byte	.LBB98
	.8byte	.LBE98
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB80
	.8byte	.LBE80
	.byte	0x6
	.8byte	.LBB81
	.8byte	.LBE81
	.byte	0x6
	.8byte	.LBB82
	.8byte	.LBE82
	.byte	0x6
	.8byte	.LBB96
	.8byte	.LBE96
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB73
	.8byte	.LBE73
	.byte	0x6
	.8byte	.LBB74
	.8byte	.LBE74
	.byte	0x6
	.8byte	.LBB75
	.8byte	.LBE75
	.byte	0x6
	.8byte	.LBB76
	.8byte	.LBE76
	.byte	0x6
	.8byte	.LBB77
	.8byte	.LBE77
	.byte	0x6
	.8byte	.LBB78
	.8byte	.LBE78
	.byte	0x6
	.8byte	.LBB79
	.8byte	.LBE79
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0x6
	.8byte	.LBB52
	.8byte	.LBE52
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
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
	.8byte	.LBB67
	.8byte	.LBE67
	.byte	0x6
	.8byte	.LBB68
	.8byte	.LBE68
	.byte	0x6
	.8byte	.LBB69
	.8byte	.LBE69
	.byte	0x6
	.8byte	.LBB70
	.8byte	.LBE70
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB38
	.8byte	.LBE38
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB40
	.8byte	.LBE40
	.byte	0
.LLRL16:
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB66
	.8byte	.LBE66
	.byte	0x6
	.8byte	.LBB71
	.8byte	.LBE71
	.byte	0x6
	.8byte	.LBB72
	.8byte	.LBE72
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB59
	.8byte	.LBE59
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0
.LLRL21:
	.byte	0x6
	.8byte	.LBB84
	.8byte	.LBE84
	.byte	0x6
	.8byte	.LBB92
	.8byte	.LBE92
	.byte	0x6
	.8byte	.LBB93
	.8byte	.LBE93
	.byte	0x6
	.8byte	.LBB94
	.8byte	.LBE94
	.byte	0x6
	.8byte	.LBB95
	.8byte	.LBE95
	.byte	0
.LLRL27:
	.byte	0x6
	.8byte	.LFB23
	.8byte	.LFE23
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF51:
	.string	"printf"
.LASF10:
	.string	"__off_t"
.LASF14:
	.string	"_IO_read_ptr"
.LASF26:
	.string	"_chain"
.LASF50:
	.string	"strcmp"
.LASF9:
	.string	"size_t"
.LASF32:
	.string	"_shortbuf"
.LASF20:
	.string	"_IO_buf_base"
.LASF47:
	.string	"long long unsigned int"
.LASF35:
	.string	"_codecvt"
.LASF46:
	.string	"long long int"
.LASF6:
	.string	"signed char"
.LASF27:
	.string	"_fileno"
.LASF60:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF15:
	.string	"_IO_read_end"
.LASF8:
	.string	"long int"
.LASF48:
	.string	"strtol"
.LASF13:
	.string	"_flags"
.LASF21:
	.string	"_IO_buf_end"
.LASF30:
	.string	"_cur_column"
.LASF44:
	.string	"_IO_codecvt"
.LASF65:
	.string	"shift_char"
.LASF29:
	.string	"_old_offset"
.LASF34:
	.string	"_offset"
.LASF55:
	.string	"shift"
.LASF57:
	.string	"line"
.LASF43:
	.string	"_IO_marker"
.LASF63:
	.string	"stdin"
.LASF5:
	.string	"unsigned int"
.LASF38:
	.string	"_freeres_buf"
.LASF52:
	.string	"strlen"
.LASF2:
	.string	"long unsigned int"
.LASF18:
	.string	"_IO_write_ptr"
.LASF4:
	.string	"short unsigned int"
.LASF22:
	.string	"_IO_save_base"
.LASF33:
	.string	"_lock"
.LASF28:
	.string	"_flags2"
.LASF40:
	.string	"_mode"
.LASF49:
	.string	"fgets"
.LASF19:
	.string	"_IO_write_end"
.LASF62:
	.string	"_IO_lock_t"
.LASF61:
	.string	"_IO_FILE"
.LASF59:
	.string	"__nptr"
.LASF25:
	.string	"_markers"
.LASF66:
	.string	"atoi"
.LASF3:
	.string	"unsigned char"
.LASF7:
	.string	"short int"
.LASF45:
	.string	"_IO_wide_data"
.LASF56:
	.string	"klen"
.LASF31:
	.string	"_vtable_offset"
.LASF42:
	.string	"FILE"
.LASF12:
	.string	"char"
.LASF11:
	.string	"__off64_t"
.LASF16:
	.string	"_IO_read_base"
.LASF24:
	.string	"_IO_save_end"
.LASF58:
	.string	"hash"
.LASF39:
	.string	"__pad5"
.LASF41:
	.string	"_unused2"
.LASF54:
	.string	"argv"
.LASF23:
	.string	"_IO_backup_base"
.LASF53:
	.string	"argc"
.LASF37:
	.string	"_freeres_list"
.LASF36:
	.string	"_wide_data"
.LASF64:
	.string	"main"
.LASF17:
	.string	"_IO_write_base"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/caesar_cipher.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
