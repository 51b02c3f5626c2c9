	.file	"caesar_cipher.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/caesar_cipher.c"
	.align	1
	.type	shift_char, @function
shift_char:
.LFB22:
	.file 1 "programs/caesar_cipher.c"
	.loc 1 7 1
	.cfi_startproc
.LVL0:
	.loc 1 8 5
	.loc 1 8 18 is_stmt 0
	addiw	a4,a0,-97
	.loc 1 8 8
	andi	a4,a4,0xff
	li	a3,25
	bleu	a4,a3,.L5
	.loc 1 10 5 is_stmt 1
	.loc 1 10 18 is_stmt 0
	addiw	a4,a0,-65
	.loc 1 10 8
	andi	a4,a4,0xff
	li	a3,25
	bleu	a4,a3,.L6
.LVL1:
.L3:
	.loc 1 13 1
	ret
.LVL2:
.L5:
	.loc 1 9 9 is_stmt 1
	.loc 1 9 38 is_stmt 0
	addw	a0,a0,a1
.LVL3:
	.loc 1 9 42
	addiw	a0,a0,-71
	.loc 1 9 48
	li	a5,26
	remw	a0,a0,a5
	.loc 1 9 16
	addiw	a0,a0,97
	andi	a0,a0,0xff
	ret
.LVL4:
.L6:
	.loc 1 11 9 is_stmt 1
	.loc 1 11 38 is_stmt 0
	addw	a0,a0,a1
.LVL5:
	.loc 1 11 42
	addiw	a0,a0,-39
	.loc 1 11 48
	li	a5,26
	remw	a0,a0,a5
	.loc 1 11 16
	addiw	a0,a0,65
	andi	a0,a0,0xff
	j	.L3
	.cfi_endproc
.LFE22:
	.size	shift_char, .-shift_char
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
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB23:
	.loc 1 16 1 is_stmt 1
	.cfi_startproc
.LVL6:
	addi	sp,sp,-912
	.cfi_def_cfa_offset 912
	sd	ra,904(sp)
	sd	s0,896(sp)
	sd	s1,888(sp)
	sd	s2,880(sp)
	sd	s3,872(sp)
	sd	s4,864(sp)
	sd	s5,856(sp)
	sd	s6,848(sp)
	sd	s7,840(sp)
	sd	s8,832(sp)
	sd	s9,824(sp)
	sd	s10,816(sp)
	sd	s11,808(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.cfi_offset 27, -104
	.loc 1 17 5
	.loc 1 17 47 is_stmt 0
	li	a5,1
	li	a4,3
	sd	a4,0(sp)
	.loc 1 18 42
	lla	s11,.LC0
	.loc 1 17 47
	bgt	a0,a5,.L22
.LVL7:
.L8:
	.loc 1 19 5 is_stmt 1 discriminator 4
	.loc 1 19 19 is_stmt 0 discriminator 4
	mv	a0,s11
	call	strlen@plt
.LVL8:
	sd	a0,16(sp)
.LVL9:
	.loc 1 20 5 is_stmt 1 discriminator 4
	.loc 1 21 5 discriminator 4
	.loc 1 22 5 discriminator 4
	.loc 1 21 14 is_stmt 0 discriminator 4
	li	s5,-2128830464
	addi	s5,s5,-571
	.loc 1 22 12 discriminator 4
	addi	a5,sp,544
	sd	a5,24(sp)
.LBB8:
.LBB9:
.LBB10:
	.loc 1 26 20 discriminator 4
	addi	s7,sp,32
	addi	s8,sp,288
	.loc 1 32 18 discriminator 4
	li	s10,16777216
	addiw	s10,s10,403
.LBE10:
.LBE9:
.LBB14:
	.loc 1 37 22 discriminator 4
	ld	a5,0(sp)
	negw	a5,a5
	sd	a5,8(sp)
.LBE14:
.LBE8:
	.loc 1 22 11 discriminator 4
	j	.L9
.LVL10:
.L22:
	mv	s0,a0
	mv	s1,a1
.LVL11:
.LBB19:
.LBB20:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 is_stmt 1 discriminator 1
	.loc 2 364 16 is_stmt 0 discriminator 1
	li	a2,10
	li	a1,0
.LVL12:
	ld	a0,8(s1)
.LVL13:
	call	strtol@plt
.LVL14:
.LBE20:
.LBE19:
	.loc 1 17 47 discriminator 1
	li	a5,26
	remw	a5,a0,a5
	sd	a5,0(sp)
.LVL15:
	.loc 1 18 5 is_stmt 1 discriminator 1
	.loc 1 18 42 is_stmt 0 discriminator 1
	li	a5,2
	ble	s0,a5,.L8
	ld	s11,16(s1)
	j	.L8
.LVL16:
.L24:
.LBB21:
.LBB15:
.LBB11:
	.loc 1 29 17 is_stmt 1
	.loc 1 29 46 is_stmt 0
	addi	s6,s1,1
.LVL17:
	.loc 1 29 49
	ld	a5,16(sp)
	remu	s1,s1,a5
	.loc 1 29 43
	add	s1,s11,s1
	lbu	a1,0(s1)
	.loc 1 29 26
	addiw	a1,a1,-97
	mv	a0,s0
	call	shift_char
.LVL18:
	mv	s0,a0
.LVL19:
	.loc 1 29 46
	mv	s1,s6
.LVL20:
.L10:
	add	a5,s8,s2
	sb	s0,0(a5)
	.loc 1 32 13 is_stmt 1 discriminator 2
	.loc 1 32 26 is_stmt 0 discriminator 2
	xor	s0,s0,s5
	.loc 1 32 18 discriminator 2
	mulw	s5,s10,s0
.LVL21:
.LBE11:
	.loc 1 25 37 is_stmt 1 discriminator 2
	addi	a5,s2,1
.LVL22:
	.loc 1 25 30 discriminator 2
	addi	s3,s3,1
	beq	s4,s2,.L23
	.loc 1 25 37 is_stmt 0
	mv	s2,a5
.LVL23:
.L11:
.LBB12:
	.loc 1 26 13 is_stmt 1
	.loc 1 26 22 is_stmt 0
	lbu	s0,0(s3)
	ld	a1,0(sp)
	mv	a0,s0
	call	shift_char
.LVL24:
	.loc 1 26 20
	add	a5,s7,s2
	sb	a0,0(a5)
	.loc 1 27 13 is_stmt 1
.LVL25:
	.loc 1 28 13
	.loc 1 28 16 is_stmt 0
	andi	a5,s0,-33
	addiw	a5,a5,-65
	andi	a5,a5,0xff
	bgtu	a5,s9,.L10
	j	.L24
.LVL26:
.L23:
.LBE12:
.LBE15:
	.loc 1 34 9 is_stmt 1
	mv	a1,s7
	lla	a0,.LC1
	call	printf@plt
.LVL27:
	.loc 1 35 9
	mv	a1,s8
	lla	a0,.LC2
	call	printf@plt
.LVL28:
	.loc 1 36 9
.LBB16:
	.loc 1 36 14
	.loc 1 36 30
	beq	s4,zero,.L12
	addi	s0,sp,32
.LVL29:
	add	s4,s0,s4
.LVL30:
.L13:
	.loc 1 37 13 discriminator 3
	.loc 1 37 22 is_stmt 0 discriminator 3
	ld	a1,8(sp)
	lbu	a0,0(s0)
	call	shift_char
.LVL31:
	.loc 1 37 20 discriminator 3
	sb	a0,0(s0)
	.loc 1 36 36 is_stmt 1 discriminator 3
.LVL32:
	.loc 1 36 30 discriminator 3
	addi	s0,s0,1
.LVL33:
	bne	s4,s0,.L13
.LVL34:
.L12:
.LBE16:
	.loc 1 38 9
	.loc 1 38 13 is_stmt 0
	ld	a1,24(sp)
	mv	a0,s7
	call	strcmp@plt
.LVL35:
	.loc 1 38 12
	bne	a0,zero,.L25
.LVL36:
.L9:
.LBE21:
	.loc 1 22 12 is_stmt 1
	la	a5,stdin
	ld	a2,0(a5)
	li	a1,256
	ld	a0,24(sp)
	call	fgets@plt
.LVL37:
	beq	a0,zero,.L26
.LBB22:
	.loc 1 23 9
	.loc 1 24 9
	.loc 1 24 20 is_stmt 0
	ld	s3,24(sp)
	mv	a0,s3
	call	strlen@plt
.LVL38:
	mv	s4,a0
.LVL39:
	.loc 1 25 9 is_stmt 1
.LBB17:
	.loc 1 25 14
	.loc 1 25 30
	.loc 1 25 21 is_stmt 0
	li	s2,0
.LBE17:
	.loc 1 24 34
	li	s1,0
.LBB18:
.LBB13:
	.loc 1 28 16
	li	s9,25
	j	.L11
.LVL40:
.L25:
.LBE13:
.LBE18:
	.loc 1 39 13 is_stmt 1
	.loc 1 39 20 is_stmt 0
	li	a0,1
	j	.L15
.LVL41:
.L26:
.LBE22:
	.loc 1 41 5 is_stmt 1
	mv	a1,s5
	lla	a0,.LC3
	call	printf@plt
.LVL42:
	.loc 1 42 5
	.loc 1 42 12 is_stmt 0
	li	a0,0
.LVL43:
.L15:
	.loc 1 43 1
	ld	ra,904(sp)
	.cfi_restore 1
	ld	s0,896(sp)
	.cfi_restore 8
	ld	s1,888(sp)
	.cfi_restore 9
	ld	s2,880(sp)
	.cfi_restore 18
	ld	s3,872(sp)
	.cfi_restore 19
	ld	s4,864(sp)
	.cfi_restore 20
	ld	s5,856(sp)
	.cfi_restore 21
	ld	s6,848(sp)
	.cfi_restore 22
	ld	s7,840(sp)
	.cfi_restore 23
	ld	s8,832(sp)
	.cfi_restore 24
	ld	s9,824(sp)
	.cfi_restore 25
	ld	s10,816(sp)
	.cfi_restore 26
	ld	s11,808(sp)
	.cfi_restore 27
.LVL44:
	addi	sp,sp,912
	.cfi_def_cfa_offset 0
.LVL45:
	jr	ra
	.cfi_endproc
.LFE23:
	.size	main, .-main
.Letext0:
	.file 3 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 8 "/usr/riscv64-linux-gnu/include/string.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x5ff
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x14
	.4byte	.LASF59
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x9
	.4byte	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.byte	0x15
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
	.4byte	0x6b
	.byte	0x9
	.4byte	.LASF11
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x6b
	.byte	0x16
	.byte	0x8
	.byte	0x5
	.4byte	0x96
	.byte	0xa
	.4byte	0x8c
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x17
	.4byte	0x96
	.byte	0x18
	.4byte	.LASF60
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x20c
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
	.4byte	0x225
	.byte	0x60
	.byte	0x1
	.4byte	.LASF26
	.byte	0x46
	.byte	0x14
	.4byte	0x22a
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
	.4byte	0x22f
	.byte	0x83
	.byte	0x1
	.4byte	.LASF33
	.byte	0x51
	.byte	0xf
	.4byte	0x23f
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
	.4byte	0x249
	.byte	0x98
	.byte	0x1
	.4byte	.LASF36
	.byte	0x5c
	.byte	0x19
	.4byte	0x253
	.byte	0xa0
	.byte	0x1
	.4byte	.LASF37
	.byte	0x5d
	.byte	0x14
	.4byte	0x22a
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
	.4byte	0x2e
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
	.4byte	0x258
	.byte	0xc4
	.byte	0
	.byte	0x9
	.4byte	.LASF42
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0xa2
	.byte	0x19
	.4byte	.LASF61
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.byte	0xb
	.4byte	.LASF43
	.byte	0x5
	.4byte	0x220
	.byte	0x5
	.4byte	0xa2
	.byte	0xc
	.4byte	0x96
	.4byte	0x23f
	.byte	0xd
	.4byte	0x3a
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x218
	.byte	0xb
	.4byte	.LASF44
	.byte	0x5
	.4byte	0x244
	.byte	0xb
	.4byte	.LASF45
	.byte	0x5
	.4byte	0x24e
	.byte	0xc
	.4byte	0x96
	.4byte	0x268
	.byte	0xd
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.byte	0x1a
	.4byte	.LASF62
	.byte	0x7
	.byte	0x8f
	.byte	0xe
	.4byte	0x274
	.byte	0x5
	.4byte	0x20c
	.byte	0xa
	.4byte	0x274
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF46
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF47
	.byte	0x5
	.4byte	0x9d
	.byte	0xa
	.4byte	0x28c
	.byte	0x11
	.4byte	.LASF48
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x6b
	.4byte	0x2b6
	.byte	0x4
	.4byte	0x291
	.byte	0x4
	.4byte	0x2bb
	.byte	0x4
	.4byte	0x64
	.byte	0
	.byte	0x5
	.4byte	0x8c
	.byte	0xa
	.4byte	0x2b6
	.byte	0xe
	.4byte	.LASF49
	.byte	0x7
	.2byte	0x250
	.byte	0xe
	.4byte	0x8c
	.4byte	0x2e1
	.byte	0x4
	.4byte	0x91
	.byte	0x4
	.4byte	0x64
	.byte	0x4
	.4byte	0x279
	.byte	0
	.byte	0x11
	.4byte	.LASF50
	.byte	0x8
	.byte	0x9c
	.byte	0xc
	.4byte	0x64
	.4byte	0x2fc
	.byte	0x4
	.4byte	0x28c
	.byte	0x4
	.4byte	0x28c
	.byte	0
	.byte	0xe
	.4byte	.LASF51
	.byte	0x7
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0x314
	.byte	0x4
	.4byte	0x28c
	.byte	0x1b
	.byte	0
	.byte	0xe
	.4byte	.LASF52
	.byte	0x8
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0x32b
	.byte	0x4
	.4byte	0x28c
	.byte	0
	.byte	0x1c
	.4byte	.LASF63
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.4byte	0x599
	.byte	0x12
	.4byte	.LASF53
	.byte	0xe
	.4byte	0x64
	.4byte	.LLST1
	.byte	0x12
	.4byte	.LASF54
	.byte	0x1b
	.4byte	0x2b6
	.4byte	.LLST2
	.byte	0xf
	.4byte	.LASF55
	.byte	0x11
	.byte	0x9
	.4byte	0x64
	.4byte	.LLST3
	.byte	0x6
	.string	"key"
	.byte	0x12
	.byte	0x11
	.4byte	0x28c
	.4byte	.LLST4
	.byte	0xf
	.4byte	.LASF56
	.byte	0x13
	.byte	0xc
	.4byte	0x2e
	.4byte	.LLST5
	.byte	0x1d
	.4byte	.LASF57
	.byte	0x1
	.byte	0x14
	.byte	0xa
	.4byte	0x599
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7d
	.byte	0xf
	.4byte	.LASF58
	.byte	0x15
	.byte	0xe
	.4byte	0x4f
	.4byte	.LLST6
	.byte	0x10
	.4byte	.LLRL7
	.4byte	0x500
	.byte	0x13
	.string	"enc"
	.byte	0xe
	.4byte	0x599
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x79
	.byte	0x13
	.string	"vig"
	.byte	0x18
	.4byte	0x599
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x7b
	.byte	0x6
	.string	"n"
	.byte	0x18
	.byte	0x10
	.4byte	0x2e
	.4byte	.LLST8
	.byte	0x6
	.string	"ki"
	.byte	0x18
	.byte	0x22
	.4byte	0x2e
	.4byte	.LLST9
	.byte	0x10
	.4byte	.LLRL10
	.4byte	0x453
	.byte	0x6
	.string	"i"
	.byte	0x19
	.byte	0x15
	.4byte	0x2e
	.4byte	.LLST11
	.byte	0x1e
	.4byte	.LLRL12
	.byte	0x6
	.string	"c"
	.byte	0x1b
	.byte	0x12
	.4byte	0x96
	.4byte	.LLST13
	.byte	0x7
	.8byte	.LVL18
	.4byte	0x5a9
	.4byte	0x435
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL24
	.4byte	0x5a9
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x4
	.byte	0x72
	.byte	0
	.byte	0x94
	.byte	0x4
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	.LLRL14
	.4byte	0x481
	.byte	0x6
	.string	"i"
	.byte	0x24
	.byte	0x15
	.4byte	0x2e
	.4byte	.LLST15
	.byte	0x8
	.8byte	.LVL31
	.4byte	0x5a9
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0x91
	.byte	0xf8,0x78
	.byte	0x94
	.byte	0x4
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL27
	.4byte	0x2fc
	.4byte	0x4a6
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
	.byte	0x87
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL28
	.4byte	0x2fc
	.4byte	0x4cb
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
	.byte	0x88
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL35
	.4byte	0x2e1
	.4byte	0x4eb
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x4
	.byte	0x91
	.byte	0x88,0x79
	.byte	0x6
	.byte	0
	.byte	0x8
	.8byte	.LVL38
	.4byte	0x314
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.4byte	0x5e6
	.8byte	.LBB19
	.8byte	.LBE19-.LBB19
	.byte	0x1
	.byte	0x11
	.byte	0x1c
	.4byte	0x53e
	.byte	0x20
	.4byte	0x5f4
	.4byte	.LLST16
	.byte	0x8
	.8byte	.LVL14
	.4byte	0x296
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
	.byte	0x7
	.8byte	.LVL8
	.4byte	0x314
	.4byte	0x556
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8b
	.byte	0
	.byte	0
	.byte	0x7
	.8byte	.LVL37
	.4byte	0x2c0
	.4byte	0x577
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x4
	.byte	0x91
	.byte	0x88,0x79
	.byte	0x6
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa
	.2byte	0x100
	.byte	0
	.byte	0x8
	.8byte	.LVL42
	.4byte	0x2fc
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
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	0x96
	.4byte	0x5a9
	.byte	0xd
	.4byte	0x3a
	.byte	0xff
	.byte	0
	.byte	0x21
	.4byte	.LASF64
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x96
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.4byte	0x5e6
	.byte	0x22
	.string	"c"
	.byte	0x1
	.byte	0x6
	.byte	0x1d
	.4byte	0x96
	.4byte	.LLST0
	.byte	0x23
	.string	"k"
	.byte	0x1
	.byte	0x6
	.byte	0x24
	.4byte	0x64
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x24
	.4byte	.LASF65
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x64
	.byte	0x3
	.byte	0x25
	.4byte	.LASF66
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x28c
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
	.byte	0x8
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x10
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x1e
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x20
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x21
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x23
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
	.byte	0x24
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
	.byte	0x25
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
.LLST1:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL16
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
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
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL44
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL45
	.byte	0x3
	.byte	0x91
	.byte	0x80,0x79
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LFE23
	.byte	0x3
	.byte	0x72
	.byte	0x80,0x79
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x6
	.byte	0x9e
	.byte	0x4
	.4byte	0x811c9dc5
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL21
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x6
	.byte	0x8a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL29
	.byte	0x6
	.byte	0x8a
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x1e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL40
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL43
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL30
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL20
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL36
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL41
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST11:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL22
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL26
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL27-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL27-1
	.8byte	.LVL36
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL41
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL19
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL28
	.8byte	.LVL30
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL32
	.byte	0x9
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x9
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf1,0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x9
	.byte	0x78
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0xf0,0x6
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL14-1
	.byte	0x2
	.byte	0x79
	.byte	0x8
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
	.8byte	.LVL4
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL5
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL5
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
.LLRL7:
	.byte	0x6
	.8byte	.LBB8
	.8byte	.LBE8
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB9
	.8byte	.LBE9
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0
.LLRL12:
	.byte	0x6
	.8byte	.LBB10
	.8byte	.LBE10
	.byte	0x6
	.8byte	.LBB11
	.8byte	.LBE11
	.byte	0x6
	.8byte	.LBB12
	.8byte	.LBE12
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0
.LLRL14:
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
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
.LASF59:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O1"
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
.LASF64:
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
.LASF62:
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
.LASF61:
	.string	"_IO_lock_t"
.LASF60:
	.string	"_IO_FILE"
.LASF66:
	.string	"__nptr"
.LASF25:
	.string	"_markers"
.LASF65:
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
.LASF63:
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
