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
.LFB6:
	.file 1 "programs/caesar_cipher.c"
	.loc 1 7 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s0,24(sp)
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	mv	a4,a1
	sb	a5,-17(s0)
	mv	a5,a4
	sw	a5,-24(s0)
	.loc 1 8 8
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,96
	bleu	a4,a5,.L2
	.loc 1 8 18 discriminator 1
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,122
	bgtu	a4,a5,.L2
	.loc 1 9 32
	lbu	a5,-17(s0)
	sext.w	a5,a5
	addiw	a5,a5,-97
	sext.w	a5,a5
	.loc 1 9 38
	lw	a4,-24(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 9 42
	addiw	a5,a5,26
	sext.w	a5,a5
	.loc 1 9 48
	mv	a4,a5
	li	a5,26
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 9 16
	andi	a5,a5,0xff
	addiw	a5,a5,97
	andi	a5,a5,0xff
	j	.L3
.L2:
	.loc 1 10 8
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,64
	bleu	a4,a5,.L4
	.loc 1 10 18 discriminator 1
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,90
	bgtu	a4,a5,.L4
	.loc 1 11 32
	lbu	a5,-17(s0)
	sext.w	a5,a5
	addiw	a5,a5,-65
	sext.w	a5,a5
	.loc 1 11 38
	lw	a4,-24(s0)
	addw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 11 42
	addiw	a5,a5,26
	sext.w	a5,a5
	.loc 1 11 48
	mv	a4,a5
	li	a5,26
	remw	a5,a4,a5
	sext.w	a5,a5
	.loc 1 11 16
	andi	a5,a5,0xff
	addiw	a5,a5,65
	andi	a5,a5,0xff
	j	.L3
.L4:
	.loc 1 12 12
	lbu	a5,-17(s0)
.L3:
	.loc 1 13 1
	mv	a0,a5
	ld	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	shift_char, .-shift_char
	.section	.rodata
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
.LFB7:
	.loc 1 16 1
	.cfi_startproc
	addi	sp,sp,-880
	.cfi_def_cfa_offset 880
	sd	ra,872(sp)
	sd	s0,864(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,880
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sd	a1,-880(s0)
	sw	a5,-868(s0)
	.loc 1 17 47
	lw	a5,-868(s0)
	sext.w	a4,a5
	li	a5,1
	ble	a4,a5,.L6
	.loc 1 17 37 discriminator 1
	ld	a5,-880(s0)
	addi	a5,a5,8
	.loc 1 17 28 discriminator 1
	ld	a5,0(a5)
	mv	a0,a5
	call	atoi@plt
	mv	a5,a0
	.loc 1 17 47 discriminator 1
	mv	a4,a5
	li	a5,26
	remw	a5,a4,a5
	sext.w	a5,a5
	j	.L7
.L6:
	.loc 1 17 47 is_stmt 0 discriminator 2
	li	a5,3
.L7:
	.loc 1 17 9 is_stmt 1 discriminator 4
	sw	a5,-52(s0)
	.loc 1 18 42 discriminator 4
	lw	a5,-868(s0)
	sext.w	a4,a5
	li	a5,2
	ble	a4,a5,.L8
	.loc 1 18 42 is_stmt 0 discriminator 1
	ld	a5,-880(s0)
	ld	a5,16(a5)
	j	.L9
.L8:
	.loc 1 18 42 discriminator 2
	lla	a5,.LC0
.L9:
	.loc 1 18 17 is_stmt 1 discriminator 4
	sd	a5,-64(s0)
	.loc 1 19 19 discriminator 4
	ld	a0,-64(s0)
	call	strlen@plt
	sd	a0,-72(s0)
	.loc 1 21 14 discriminator 4
	li	a5,-2128830464
	addi	a5,a5,-571
	sw	a5,-20(s0)
	.loc 1 22 11 discriminator 4
	j	.L10
.L21:
.LBB2:
	.loc 1 24 20
	addi	a5,s0,-344
	mv	a0,a5
	call	strlen@plt
	sd	a0,-80(s0)
	.loc 1 24 34
	sd	zero,-32(s0)
.LBB3:
	.loc 1 25 21
	sd	zero,-40(s0)
	.loc 1 25 9
	j	.L11
.L16:
.LBB4:
	.loc 1 26 22
	ld	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	lbu	a5,-328(a5)
	lw	a4,-52(s0)
	mv	a1,a4
	mv	a0,a5
	call	shift_char
	mv	a5,a0
	mv	a4,a5
	.loc 1 26 20
	ld	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-840(a5)
	.loc 1 27 18
	ld	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	lbu	a5,-328(a5)
	sb	a5,-81(s0)
	.loc 1 28 16
	lbu	a5,-81(s0)
	andi	a4,a5,0xff
	li	a5,96
	bleu	a4,a5,.L12
	.loc 1 28 27 discriminator 1
	lbu	a5,-81(s0)
	andi	a4,a5,0xff
	li	a5,122
	bleu	a4,a5,.L13
.L12:
	.loc 1 28 40 discriminator 3
	lbu	a5,-81(s0)
	andi	a4,a5,0xff
	li	a5,64
	bleu	a4,a5,.L14
	.loc 1 28 53 discriminator 4
	lbu	a5,-81(s0)
	andi	a4,a5,0xff
	li	a5,90
	bgtu	a4,a5,.L14
.L13:
	.loc 1 29 46
	ld	a5,-32(s0)
	addi	a4,a5,1
	sd	a4,-32(s0)
	.loc 1 29 49
	ld	a4,-72(s0)
	remu	a5,a5,a4
	.loc 1 29 43
	ld	a4,-64(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sext.w	a5,a5
	.loc 1 29 26
	addiw	a5,a5,-97
	sext.w	a4,a5
	lbu	a5,-81(s0)
	mv	a1,a4
	mv	a0,a5
	call	shift_char
	mv	a5,a0
	mv	a4,a5
	.loc 1 29 24
	ld	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-584(a5)
	j	.L15
.L14:
	.loc 1 31 24
	ld	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	lbu	a4,-81(s0)
	sb	a4,-584(a5)
.L15:
	.loc 1 32 46 discriminator 2
	ld	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	lbu	a5,-584(a5)
	.loc 1 32 28 discriminator 2
	sext.w	a5,a5
	.loc 1 32 26 discriminator 2
	lw	a4,-20(s0)
	xor	a5,a4,a5
	sext.w	a4,a5
	.loc 1 32 18 discriminator 2
	li	a5,16777216
	addiw	a5,a5,403
	mulw	a5,a4,a5
	sw	a5,-20(s0)
.LBE4:
	.loc 1 25 37 discriminator 2
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
.L11:
	.loc 1 25 30 discriminator 1
	ld	a4,-40(s0)
	ld	a5,-80(s0)
	bleu	a4,a5,.L16
.LBE3:
	.loc 1 34 9
	addi	a5,s0,-856
	mv	a1,a5
	lla	a0,.LC1
	call	printf@plt
	.loc 1 35 9
	addi	a5,s0,-600
	mv	a1,a5
	lla	a0,.LC2
	call	printf@plt
.LBB5:
	.loc 1 36 21
	sd	zero,-48(s0)
	.loc 1 36 9
	j	.L17
.L18:
	.loc 1 37 22 discriminator 3
	ld	a5,-48(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	lbu	a5,-840(a5)
	lw	a4,-52(s0)
	negw	a4,a4
	sext.w	a4,a4
	mv	a1,a4
	mv	a0,a5
	call	shift_char
	mv	a5,a0
	mv	a4,a5
	.loc 1 37 20 discriminator 3
	ld	a5,-48(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-840(a5)
	.loc 1 36 36 discriminator 3
	ld	a5,-48(s0)
	addi	a5,a5,1
	sd	a5,-48(s0)
.L17:
	.loc 1 36 30 discriminator 1
	ld	a4,-48(s0)
	ld	a5,-80(s0)
	bltu	a4,a5,.L18
.LBE5:
	.loc 1 38 13
	addi	a4,s0,-344
	addi	a5,s0,-856
	mv	a1,a4
	mv	a0,a5
	call	strcmp@plt
	mv	a5,a0
	.loc 1 38 12
	beq	a5,zero,.L10
	.loc 1 39 20
	li	a5,1
	j	.L22
.L10:
.LBE2:
	.loc 1 22 12
	la	a5,stdin
	ld	a4,0(a5)
	addi	a5,s0,-344
	mv	a2,a4
	li	a1,256
	mv	a0,a5
	call	fgets@plt
	mv	a5,a0
	bne	a5,zero,.L21
	.loc 1 41 5
	lw	a5,-20(s0)
	mv	a1,a5
	lla	a0,.LC3
	call	printf@plt
	.loc 1 42 12
	li	a5,0
.L22:
	.loc 1 43 1 discriminator 1
	mv	a0,a5
	ld	ra,872(sp)
	.cfi_restore 1
	ld	s0,864(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 880
	addi	sp,sp,880
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/lib/gcc-cross/riscv64-linux-gnu/12/include/stddef.h"
	.file 3 "/usr/riscv64-linux-gnu/include/bits/types.h"
	.file 4 "/usr/riscv64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 5 "/usr/riscv64-linux-gnu/include/bits/types/FILE.h"
	.file 6 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 7 "/usr/riscv64-linux-gnu/include/string.h"
	.file 8 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x487
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x11
	.4byte	.LASF59
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x6
	.4byte	.LASF9
	.byte	0x2
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
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
	.byte	0x6
	.4byte	.LASF10
	.byte	0x3
	.byte	0x98
	.byte	0x19
	.4byte	0x6b
	.byte	0x6
	.4byte	.LASF11
	.byte	0x3
	.byte	0x99
	.byte	0x1b
	.4byte	0x6b
	.byte	0x13
	.byte	0x8
	.byte	0x3
	.4byte	0x96
	.byte	0xd
	.4byte	0x8c
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.byte	0x14
	.4byte	0x96
	.byte	0x15
	.4byte	.LASF60
	.byte	0xd8
	.byte	0x4
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
	.byte	0x6
	.4byte	.LASF42
	.byte	0x5
	.byte	0x7
	.byte	0x19
	.4byte	0xa2
	.byte	0x16
	.4byte	.LASF61
	.byte	0x4
	.byte	0x2b
	.byte	0xe
	.byte	0x8
	.4byte	.LASF43
	.byte	0x3
	.4byte	0x220
	.byte	0x3
	.4byte	0xa2
	.byte	0x9
	.4byte	0x96
	.4byte	0x23f
	.byte	0xa
	.4byte	0x3a
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x218
	.byte	0x8
	.4byte	.LASF44
	.byte	0x3
	.4byte	0x244
	.byte	0x8
	.4byte	.LASF45
	.byte	0x3
	.4byte	0x24e
	.byte	0x9
	.4byte	0x96
	.4byte	0x268
	.byte	0xa
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.byte	0x17
	.4byte	.LASF62
	.byte	0x6
	.byte	0x8f
	.byte	0xe
	.4byte	0x274
	.byte	0x3
	.4byte	0x20c
	.byte	0xd
	.4byte	0x274
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF46
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF47
	.byte	0x3
	.4byte	0x9d
	.byte	0xb
	.4byte	.LASF48
	.byte	0x6
	.2byte	0x250
	.byte	0xe
	.4byte	0x8c
	.4byte	0x2b2
	.byte	0x4
	.4byte	0x91
	.byte	0x4
	.4byte	0x64
	.byte	0x4
	.4byte	0x279
	.byte	0
	.byte	0xe
	.4byte	.LASF49
	.byte	0x7
	.byte	0x9c
	.4byte	0x64
	.4byte	0x2cc
	.byte	0x4
	.4byte	0x28c
	.byte	0x4
	.4byte	0x28c
	.byte	0
	.byte	0xb
	.4byte	.LASF50
	.byte	0x6
	.2byte	0x164
	.byte	0xc
	.4byte	0x64
	.4byte	0x2e4
	.byte	0x4
	.4byte	0x28c
	.byte	0x18
	.byte	0
	.byte	0xb
	.4byte	.LASF51
	.byte	0x7
	.2byte	0x197
	.byte	0xf
	.4byte	0x2e
	.4byte	0x2fb
	.byte	0x4
	.4byte	0x28c
	.byte	0
	.byte	0xe
	.4byte	.LASF52
	.byte	0x8
	.byte	0x69
	.4byte	0x64
	.4byte	0x310
	.byte	0x4
	.4byte	0x28c
	.byte	0
	.byte	0x19
	.4byte	.LASF63
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x64
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x440
	.byte	0xf
	.4byte	.LASF53
	.byte	0xe
	.4byte	0x64
	.byte	0x3
	.byte	0x91
	.byte	0x9c,0x79
	.byte	0xf
	.4byte	.LASF54
	.byte	0x1b
	.4byte	0x440
	.byte	0x3
	.byte	0x91
	.byte	0x90,0x79
	.byte	0x7
	.4byte	.LASF55
	.byte	0x11
	.byte	0x9
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x5
	.string	"key"
	.byte	0x12
	.byte	0x11
	.4byte	0x28c
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x7
	.4byte	.LASF56
	.byte	0x13
	.byte	0xc
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x7
	.4byte	.LASF57
	.byte	0x14
	.byte	0xa
	.4byte	0x445
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7d
	.byte	0x7
	.4byte	.LASF58
	.byte	0x15
	.byte	0xe
	.4byte	0x4f
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0xc
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x5
	.string	"enc"
	.byte	0x17
	.byte	0xe
	.4byte	0x445
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x79
	.byte	0x5
	.string	"vig"
	.byte	0x17
	.byte	0x18
	.4byte	0x445
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7b
	.byte	0x5
	.string	"n"
	.byte	0x18
	.byte	0x10
	.4byte	0x2e
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x5
	.string	"ki"
	.byte	0x18
	.byte	0x22
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x1a
	.8byte	.LBB3
	.8byte	.LBE3-.LBB3
	.4byte	0x420
	.byte	0x5
	.string	"i"
	.byte	0x19
	.byte	0x15
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0xc
	.8byte	.LBB4
	.8byte	.LBE4-.LBB4
	.byte	0x5
	.string	"c"
	.byte	0x1b
	.byte	0x12
	.4byte	0x96
	.byte	0x3
	.byte	0x91
	.byte	0xaf,0x7f
	.byte	0
	.byte	0
	.byte	0xc
	.8byte	.LBB5
	.8byte	.LBE5-.LBB5
	.byte	0x5
	.string	"i"
	.byte	0x24
	.byte	0x15
	.4byte	0x2e
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x8c
	.byte	0x9
	.4byte	0x96
	.4byte	0x455
	.byte	0xa
	.4byte	0x3a
	.byte	0xff
	.byte	0
	.byte	0x1b
	.4byte	.LASF64
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x96
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.byte	0x10
	.string	"c"
	.byte	0x1d
	.4byte	0x96
	.byte	0x2
	.byte	0x91
	.byte	0x6f
	.byte	0x10
	.string	"k"
	.byte	0x24
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
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
	.byte	0x4
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
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x7
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
	.byte	0x8
	.byte	0x13
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x37
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0xb
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
	.byte	0xf
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x2
	.byte	0x18
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
	.byte	0x18
	.byte	0
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0x1b
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
	.byte	0
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF50:
	.string	"printf"
.LASF10:
	.string	"__off_t"
.LASF14:
	.string	"_IO_read_ptr"
.LASF26:
	.string	"_chain"
.LASF49:
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
.LASF59:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF15:
	.string	"_IO_read_end"
.LASF27:
	.string	"_fileno"
.LASF8:
	.string	"long int"
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
.LASF51:
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
.LASF48:
	.string	"fgets"
.LASF19:
	.string	"_IO_write_end"
.LASF61:
	.string	"_IO_lock_t"
.LASF60:
	.string	"_IO_FILE"
.LASF25:
	.string	"_markers"
.LASF52:
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
