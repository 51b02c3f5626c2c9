	.file	"word_count.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/word_count.c"
	.section	.rodata
	.align	3
.LC0:
	.string	"%ld lines %ld words %ld chars, longest word %d\n"
	.align	3
.LC1:
	.string	"%c:%u "
	.text
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB0:
	.file 1 "programs/word_count.c"
	.loc 1 6 1
	.cfi_startproc
	addi	sp,sp,-176
	.cfi_def_cfa_offset 176
	sd	ra,168(sp)
	sd	s0,160(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	addi	s0,sp,176
	.cfi_def_cfa 8, 0
	.loc 1 7 10
	sd	zero,-24(s0)
	.loc 1 7 21
	sd	zero,-32(s0)
	.loc 1 7 32
	sd	zero,-40(s0)
	.loc 1 8 9
	sw	zero,-44(s0)
	.loc 1 8 22
	sw	zero,-48(s0)
	.loc 1 8 35
	sw	zero,-52(s0)
	.loc 1 9 14
	sd	zero,-168(s0)
	sd	zero,-160(s0)
	sd	zero,-152(s0)
	sd	zero,-144(s0)
	sd	zero,-136(s0)
	sd	zero,-128(s0)
	sd	zero,-120(s0)
	sd	zero,-112(s0)
	sd	zero,-104(s0)
	sd	zero,-96(s0)
	sd	zero,-88(s0)
	sd	zero,-80(s0)
	sd	zero,-72(s0)
	.loc 1 11 11
	j	.L2
.L8:
	.loc 1 12 14
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
	.loc 1 13 12
	lw	a5,-60(s0)
	sext.w	a4,a5
	li	a5,10
	bne	a4,a5,.L3
	.loc 1 14 18
	ld	a5,-24(s0)
	addi	a5,a5,1
	sd	a5,-24(s0)
.L3:
	.loc 1 15 13
	call	__ctype_b_loc@plt
	mv	a5,a0
	ld	a4,0(a5)
	lw	a5,-60(s0)
	slli	a5,a5,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	sext.w	a5,a5
	andi	a5,a5,1024
	sext.w	a5,a5
	.loc 1 15 12
	beq	a5,zero,.L4
	.loc 1 16 18
	lw	a5,-60(s0)
	mv	a0,a5
	call	tolower@plt
	mv	a5,a0
	.loc 1 16 29
	addiw	a5,a5,-97
	sext.w	a4,a5
	.loc 1 16 17
	slli	a5,a4,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-152(a5)
	.loc 1 16 35
	addiw	a5,a5,1
	sext.w	a3,a5
	slli	a5,a4,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a3,-152(a5)
.L4:
	.loc 1 17 13
	call	__ctype_b_loc@plt
	mv	a5,a0
	ld	a4,0(a5)
	lw	a5,-60(s0)
	slli	a5,a5,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	sext.w	a4,a5
	li	a5,8192
	and	a5,a4,a5
	sext.w	a5,a5
	.loc 1 17 12
	beq	a5,zero,.L5
	.loc 1 18 16
	lw	a5,-44(s0)
	sext.w	a5,a5
	beq	a5,zero,.L6
	.loc 1 18 25 discriminator 1
	lw	a5,-52(s0)
	mv	a4,a5
	lw	a5,-48(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L6
	.loc 1 19 25
	lw	a5,-52(s0)
	sw	a5,-48(s0)
.L6:
	.loc 1 20 21
	sw	zero,-44(s0)
	.loc 1 21 21
	sw	zero,-52(s0)
	j	.L2
.L5:
	.loc 1 23 16
	lw	a5,-44(s0)
	sext.w	a5,a5
	bne	a5,zero,.L7
	.loc 1 24 22
	ld	a5,-32(s0)
	addi	a5,a5,1
	sd	a5,-32(s0)
.L7:
	.loc 1 25 21
	li	a5,1
	sw	a5,-44(s0)
	.loc 1 26 20
	lw	a5,-52(s0)
	addiw	a5,a5,1
	sw	a5,-52(s0)
.L2:
	.loc 1 11 17
	call	getchar@plt
	mv	a5,a0
	sw	a5,-60(s0)
	.loc 1 11 28
	lw	a5,-60(s0)
	sext.w	a4,a5
	li	a5,-1
	bne	a4,a5,.L8
	.loc 1 29 8
	lw	a5,-44(s0)
	sext.w	a5,a5
	beq	a5,zero,.L9
	.loc 1 29 17 discriminator 1
	lw	a5,-52(s0)
	mv	a4,a5
	lw	a5,-48(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L9
	.loc 1 30 17
	lw	a5,-52(s0)
	sw	a5,-48(s0)
.L9:
	.loc 1 31 5
	lw	a5,-48(s0)
	mv	a4,a5
	ld	a3,-40(s0)
	ld	a2,-32(s0)
	ld	a1,-24(s0)
	lla	a0,.LC0
	call	printf@plt
.LBB2:
	.loc 1 32 14
	sw	zero,-56(s0)
	.loc 1 32 5
	j	.L10
.L12:
	.loc 1 33 17
	lw	a5,-56(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-152(a5)
	.loc 1 33 12
	beq	a5,zero,.L11
	.loc 1 34 13
	lw	a5,-56(s0)
	addiw	a5,a5,97
	sext.w	a4,a5
	lw	a5,-56(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-152(a5)
	mv	a2,a5
	mv	a1,a4
	lla	a0,.LC1
	call	printf@plt
.L11:
	.loc 1 32 30 discriminator 2
	lw	a5,-56(s0)
	addiw	a5,a5,1
	sw	a5,-56(s0)
.L10:
	.loc 1 32 23 discriminator 1
	lw	a5,-56(s0)
	sext.w	a4,a5
	li	a5,25
	ble	a4,a5,.L12
.LBE2:
	.loc 1 35 5
	li	a0,10
	call	putchar@plt
	.loc 1 36 24
	ld	a4,-32(s0)
	srai	a5,a4,63
	srli	a5,a5,56
	add	a4,a4,a5
	andi	a4,a4,255
	sub	a5,a4,a5
	.loc 1 36 12
	sext.w	a5,a5
	.loc 1 37 1
	mv	a0,a5
	ld	ra,168(sp)
	.cfi_restore 1
	ld	s0,160(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 176
	addi	sp,sp,176
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/ctype.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1e5
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF33
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x6
	.4byte	0x3c
	.byte	0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x6
	.4byte	0x6b
	.byte	0xb
	.byte	0x7
	.byte	0x4
	.4byte	0x48
	.byte	0x3
	.byte	0x2f
	.byte	0x1
	.4byte	0xd6
	.byte	0x2
	.4byte	.LASF10
	.2byte	0x100
	.byte	0x2
	.4byte	.LASF11
	.2byte	0x200
	.byte	0x2
	.4byte	.LASF12
	.2byte	0x400
	.byte	0x2
	.4byte	.LASF13
	.2byte	0x800
	.byte	0x2
	.4byte	.LASF14
	.2byte	0x1000
	.byte	0x2
	.4byte	.LASF15
	.2byte	0x2000
	.byte	0x2
	.4byte	.LASF16
	.2byte	0x4000
	.byte	0x2
	.4byte	.LASF17
	.2byte	0x8000
	.byte	0x4
	.4byte	.LASF18
	.byte	0x1
	.byte	0x4
	.4byte	.LASF19
	.byte	0x2
	.byte	0x4
	.4byte	.LASF20
	.byte	0x4
	.byte	0x4
	.4byte	.LASF21
	.byte	0x8
	.byte	0
	.byte	0x5
	.4byte	0x43
	.byte	0x5
	.4byte	0x72
	.byte	0xc
	.4byte	.LASF22
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x5d
	.4byte	0xf8
	.byte	0x7
	.4byte	0xdb
	.byte	0xd
	.byte	0
	.byte	0xe
	.4byte	.LASF24
	.byte	0x2
	.2byte	0x208
	.byte	0xc
	.4byte	0x5d
	.byte	0xf
	.4byte	.LASF23
	.byte	0x3
	.byte	0x7a
	.byte	0xc
	.4byte	0x5d
	.4byte	0x11b
	.byte	0x7
	.4byte	0x5d
	.byte	0
	.byte	0x10
	.4byte	.LASF25
	.byte	0x3
	.byte	0x4f
	.byte	0x23
	.4byte	0x127
	.byte	0x5
	.4byte	0xd6
	.byte	0x11
	.4byte	.LASF34
	.byte	0x1
	.byte	0x5
	.byte	0x5
	.4byte	0x5d
	.8byte	.LFB0
	.8byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x1dc
	.byte	0x3
	.4byte	.LASF26
	.byte	0x7
	.byte	0xa
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.4byte	.LASF27
	.byte	0x7
	.byte	0x15
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x3
	.4byte	.LASF28
	.byte	0x7
	.byte	0x20
	.4byte	0x64
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x3
	.4byte	.LASF29
	.byte	0x8
	.byte	0x9
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x3
	.4byte	.LASF30
	.byte	0x8
	.byte	0x16
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x3
	.4byte	.LASF31
	.byte	0x8
	.byte	0x23
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x3
	.4byte	.LASF32
	.byte	0x9
	.byte	0xe
	.4byte	0x1dc
	.byte	0x3
	.byte	0x91
	.byte	0xd8,0x7e
	.byte	0x8
	.string	"c"
	.byte	0xa
	.byte	0x9
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0x12
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.byte	0x8
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x5d
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0
	.byte	0
	.byte	0x13
	.4byte	0x48
	.byte	0x14
	.4byte	0x2e
	.byte	0x19
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x2
	.byte	0x28
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x1c
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
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
	.byte	0xa
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
	.byte	0xb
	.byte	0x4
	.byte	0x1
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
	.byte	0xc
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
	.byte	0xd
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x3c
	.byte	0x19
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
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
.LASF27:
	.string	"words"
.LASF19:
	.string	"_IScntrl"
.LASF30:
	.string	"longest"
.LASF7:
	.string	"short int"
.LASF17:
	.string	"_ISgraph"
.LASF20:
	.string	"_ISpunct"
.LASF34:
	.string	"main"
.LASF13:
	.string	"_ISdigit"
.LASF18:
	.string	"_ISblank"
.LASF21:
	.string	"_ISalnum"
.LASF15:
	.string	"_ISspace"
.LASF32:
	.string	"freq"
.LASF24:
	.string	"getchar"
.LASF8:
	.string	"long int"
.LASF28:
	.string	"chars"
.LASF22:
	.string	"printf"
.LASF3:
	.string	"unsigned char"
.LASF6:
	.string	"signed char"
.LASF5:
	.string	"unsigned int"
.LASF12:
	.string	"_ISalpha"
.LASF31:
	.string	"current"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF11:
	.string	"_ISlower"
.LASF14:
	.string	"_ISxdigit"
.LASF2:
	.string	"long unsigned int"
.LASF25:
	.string	"__ctype_b_loc"
.LASF33:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O0"
.LASF26:
	.string	"lines"
.LASF16:
	.string	"_ISprint"
.LASF29:
	.string	"in_word"
.LASF10:
	.string	"_ISupper"
.LASF23:
	.string	"tolower"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/word_count.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
