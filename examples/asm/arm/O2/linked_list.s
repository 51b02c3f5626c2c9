	.arch armv8-a
	.file	"linked_list.c"
	.text
.Ltext0:
	.file 0 "." "programs/linked_list.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%s:"
	.align	3
.LC1:
	.string	" %d"
	.text
	.align	2
	.p2align 4,,11
	.type	print, %function
print:
.LVL0:
.LFB14:
	.file 1 "programs/linked_list.c"
	.loc 1 47 1 view -0
	.cfi_startproc
	.loc 1 48 5 view .LVU1
	.loc 1 49 5 view .LVU2
	.loc 1 47 1 is_stmt 0 view .LVU3
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	mov	x19, x1
	.loc 1 49 5 view .LVU4
	mov	x1, x0
.LVL1:
	.loc 1 49 5 view .LVU5
	adrp	x0, .LC0
.LVL2:
	.loc 1 49 5 view .LVU6
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL3:
	.loc 1 50 5 is_stmt 1 view .LVU7
	.loc 1 50 12 view .LVU8
	cbz	x19, .L4
	str	x21, [sp, 32]
	.cfi_offset 21, -16
	adrp	x21, .LC1
	.loc 1 51 9 is_stmt 0 view .LVU9
	add	x21, x21, :lo12:.LC1
	.loc 1 48 9 view .LVU10
	mov	w20, 0
.LVL4:
	.p2align 3,,7
.L3:
	.loc 1 51 9 is_stmt 1 discriminator 2 view .LVU11
	ldr	w1, [x19]
	mov	x0, x21
	.loc 1 50 33 is_stmt 0 discriminator 2 view .LVU12
	add	w20, w20, 1
.LVL5:
	.loc 1 51 9 discriminator 2 view .LVU13
	bl	printf
.LVL6:
	.loc 1 50 26 is_stmt 1 discriminator 2 view .LVU14
	.loc 1 50 17 is_stmt 0 discriminator 2 view .LVU15
	ldr	x19, [x19, 8]
.LVL7:
	.loc 1 50 12 is_stmt 1 discriminator 2 view .LVU16
	cbnz	x19, .L3
	ldr	x21, [sp, 32]
	.cfi_restore 21
.LVL8:
.L2:
	.loc 1 52 5 view .LVU17
	mov	w0, 10
	bl	putchar
.LVL9:
	.loc 1 53 5 view .LVU18
	.loc 1 54 1 is_stmt 0 view .LVU19
	mov	w0, w20
	ldp	x19, x20, [sp, 16]
.LVL10:
	.loc 1 54 1 view .LVU20
	ldp	x29, x30, [sp], 48
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL11:
.L4:
	.cfi_restore_state
	.loc 1 48 9 view .LVU21
	mov	w20, 0
	b	.L2
	.cfi_endproc
.LFE14:
	.size	print, .-print
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"sorted"
	.align	3
.LC3:
	.string	"reversed"
	.align	3
.LC4:
	.string	"no multiples of 3"
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB15:
	.loc 1 57 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 58 5 view .LVU23
.LVL12:
	.loc 1 59 5 view .LVU24
.LBB16:
	.loc 1 59 10 view .LVU25
	.loc 1 59 23 view .LVU26
.LBE16:
	.loc 1 57 1 is_stmt 0 view .LVU27
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	adrp	x8, .LANCHOR0
	add	x3, x8, :lo12:.LANCHOR0
	mov	x29, sp
	ldr	w7, [x8, #:lo12:.LANCHOR0]
	add	x3, x3, 8
.LBB27:
	.loc 1 60 16 view .LVU28
	mov	w6, 34079
.LBE27:
	.loc 1 57 1 view .LVU29
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -32
	.cfi_offset 20, -24
	add	x20, sp, 40
	add	x3, x3, w7, sxtw 4
	.loc 1 57 1 view .LVU30
	mov	w4, 11
	.loc 1 58 18 view .LVU31
	mov	x19, 0
.LBB28:
	.loc 1 60 16 view .LVU32
	movk	w6, 0x51eb, lsl 16
	mov	w5, 50
.LVL13:
	.p2align 3,,7
.L12:
	.loc 1 60 9 is_stmt 1 discriminator 3 view .LVU33
	.loc 1 60 16 is_stmt 0 discriminator 3 view .LVU34
	umull	x1, w4, w6
	str	x19, [sp, 40]
.LVL14:
.LBB17:
.LBB18:
	.loc 1 14 19 discriminator 3 view .LVU35
	mov	x2, x20
.LBE18:
.LBE17:
	.loc 1 60 16 discriminator 3 view .LVU36
	lsr	x1, x1, 36
	msub	w1, w1, w5, w4
.LVL15:
.LBB23:
.LBI17:
	.loc 1 10 21 is_stmt 1 discriminator 3 view .LVU37
.LBB19:
	.loc 1 12 5 discriminator 3 view .LVU38
	.loc 1 13 5 discriminator 3 view .LVU39
	.loc 1 14 5 discriminator 3 view .LVU40
	.loc 1 15 5 discriminator 3 view .LVU41
	.loc 1 15 18 discriminator 3 view .LVU42
	.loc 1 13 14 is_stmt 0 discriminator 3 view .LVU43
	str	w1, [x3]
	.loc 1 15 18 discriminator 3 view .LVU44
	cbnz	x19, .L9
.LVL16:
	.loc 1 15 18 discriminator 3 view .LVU45
	b	.L10
.LVL17:
	.p2align 2,,3
.L11:
	.loc 1 16 14 view .LVU46
	add	x2, x19, 8
.LVL18:
	.loc 1 16 14 view .LVU47
	ldr	x19, [x19, 8]
	.loc 1 15 18 is_stmt 1 view .LVU48
	cbz	x19, .L10
.L9:
	.loc 1 16 9 view .LVU49
	.loc 1 15 18 is_stmt 0 view .LVU50
	ldr	w0, [x19]
	cmp	w1, w0
	bgt	.L11
.L10:
	.loc 1 17 5 is_stmt 1 view .LVU51
	.loc 1 17 13 is_stmt 0 view .LVU52
	str	x19, [x3, 8]
	.loc 1 18 5 is_stmt 1 view .LVU53
.LBE19:
.LBE23:
	.loc 1 59 23 is_stmt 0 view .LVU54
	add	w4, w4, 37
.LBB24:
.LBB20:
	.loc 1 18 11 view .LVU55
	str	x3, [x2]
.LVL19:
	.loc 1 19 5 is_stmt 1 view .LVU56
.LBE20:
.LBE24:
	.loc 1 59 23 is_stmt 0 view .LVU57
	add	x3, x3, 16
.LVL20:
.LBB25:
.LBB21:
	.loc 1 19 12 view .LVU58
	ldr	x19, [sp, 40]
.LVL21:
	.loc 1 19 12 view .LVU59
.LBE21:
.LBE25:
	.loc 1 59 30 is_stmt 1 view .LVU60
	.loc 1 59 23 view .LVU61
	cmp	w4, 751
	bne	.L12
.LBB26:
.LBB22:
	.loc 1 12 32 is_stmt 0 view .LVU62
	add	w7, w7, 20
.LBE22:
.LBE26:
.LBE28:
	.loc 1 61 5 view .LVU63
	adrp	x0, .LC2
	mov	x1, x19
	add	x0, x0, :lo12:.LC2
	str	w7, [x8, #:lo12:.LANCHOR0]
	.loc 1 61 5 is_stmt 1 view .LVU64
	bl	print
.LVL22:
	.loc 1 62 5 view .LVU65
.LBB29:
.LBI29:
	.loc 1 22 21 view .LVU66
.LBB30:
	.loc 1 24 5 view .LVU67
	.loc 1 25 5 view .LVU68
	.loc 1 25 12 view .LVU69
	cbz	x19, .L13
	.loc 1 24 18 is_stmt 0 view .LVU70
	mov	x1, 0
	b	.L14
.LVL23:
	.p2align 2,,3
.L20:
.LBB31:
	.loc 1 29 14 view .LVU71
	mov	x19, x0
.LVL24:
.L14:
	.loc 1 26 9 is_stmt 1 view .LVU72
	.loc 1 26 22 is_stmt 0 view .LVU73
	ldr	x0, [x19, 8]
.LVL25:
	.loc 1 27 9 is_stmt 1 view .LVU74
	.loc 1 27 20 is_stmt 0 view .LVU75
	str	x1, [x19, 8]
	.loc 1 28 9 is_stmt 1 view .LVU76
.LVL26:
	.loc 1 29 9 view .LVU77
	.loc 1 29 9 is_stmt 0 view .LVU78
.LBE31:
	.loc 1 25 12 is_stmt 1 view .LVU79
	mov	x1, x19
	cbnz	x0, .L20
.LVL27:
	.loc 1 31 5 view .LVU80
	.loc 1 31 5 is_stmt 0 view .LVU81
.LBE30:
.LBE29:
	.loc 1 63 5 is_stmt 1 view .LVU82
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	print
.LVL28:
	.loc 1 64 5 view .LVU83
	str	x19, [sp, 40]
.LVL29:
.LBB33:
.LBI33:
	.loc 1 34 21 view .LVU84
.LBB34:
	.loc 1 37 12 view .LVU85
	.loc 1 38 28 is_stmt 0 view .LVU86
	mov	w3, 21846
	movk	w3, 0x5555, lsl 16
.LVL30:
	.p2align 3,,7
.L17:
	.loc 1 38 9 is_stmt 1 view .LVU87
	.loc 1 39 13 view .LVU88
	.loc 1 41 13 view .LVU89
	.loc 1 38 28 is_stmt 0 view .LVU90
	ldr	w1, [x19]
	mov	x2, x19
	.loc 1 39 28 view .LVU91
	ldr	x19, [x19, 8]
	.loc 1 38 28 view .LVU92
	smull	x0, w1, w3
	lsr	x0, x0, 32
	sub	w0, w0, w1, asr 31
	add	w0, w0, w0, lsl 1
	.loc 1 38 12 view .LVU93
	cmp	w1, w0
	bne	.L15
	.loc 1 37 12 is_stmt 1 view .LVU94
	.loc 1 39 19 is_stmt 0 view .LVU95
	str	x19, [x20]
	.loc 1 37 12 view .LVU96
	cbnz	x19, .L17
.LVL31:
.L18:
	.loc 1 43 5 is_stmt 1 view .LVU97
	.loc 1 43 5 is_stmt 0 view .LVU98
.LBE34:
.LBE33:
	.loc 1 65 5 is_stmt 1 view .LVU99
	.loc 1 66 1 is_stmt 0 view .LVU100
	ldp	x19, x20, [sp, 16]
	.loc 1 65 12 view .LVU101
	adrp	x0, .LC4
	ldr	x1, [sp, 40]
	.loc 1 66 1 view .LVU102
	.loc 1 65 12 view .LVU103
	add	x0, x0, :lo12:.LC4
	.loc 1 66 1 view .LVU104
	ldp	x29, x30, [sp], 48
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
.LVL32:
	.loc 1 65 12 view .LVU105
	b	print
.LVL33:
	.p2align 2,,3
.L15:
	.cfi_restore_state
.LBB37:
.LBB35:
	.loc 1 41 18 view .LVU106
	add	x20, x2, 8
.LVL34:
	.loc 1 37 12 is_stmt 1 view .LVU107
	cbnz	x19, .L17
	b	.L18
.LVL35:
.L13:
	.loc 1 37 12 is_stmt 0 view .LVU108
.LBE35:
.LBE37:
.LBB38:
.LBB32:
	.loc 1 31 5 is_stmt 1 view .LVU109
	.loc 1 31 5 is_stmt 0 view .LVU110
.LBE32:
.LBE38:
	.loc 1 63 5 is_stmt 1 view .LVU111
	adrp	x0, .LC3
	mov	x1, 0
	add	x0, x0, :lo12:.LC3
	bl	print
.LVL36:
	.loc 1 64 5 view .LVU112
	str	xzr, [sp, 40]
.LVL37:
.LBB39:
	.loc 1 34 21 view .LVU113
.LBB36:
	.loc 1 37 12 view .LVU114
	b	.L18
.LBE36:
.LBE39:
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	used, %object
	.size	used, 4
used:
	.zero	4
	.zero	4
	.type	pool, %object
	.size	pool, 1024
pool:
	.zero	1024
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 3 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x41f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL19
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xb
	.4byte	0x62
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x10
	.byte	0x4
	.4byte	.LASF11
	.uleb128 0x15
	.4byte	.LASF24
	.byte	0x10
	.byte	0x1
	.byte	0x5
	.byte	0x8
	.4byte	0xa0
	.uleb128 0xc
	.4byte	.LASF12
	.byte	0x13
	.4byte	0x31
	.byte	0
	.uleb128 0xc
	.4byte	.LASF13
	.byte	0x27
	.4byte	0xa5
	.byte	0x8
	.byte	0
	.uleb128 0xb
	.4byte	0x7c
	.uleb128 0x5
	.4byte	0x7c
	.uleb128 0x16
	.4byte	0x7c
	.4byte	0xba
	.uleb128 0x17
	.4byte	0x2a
	.byte	0x3f
	.byte	0
	.uleb128 0xd
	.4byte	.LASF14
	.byte	0x7
	.byte	0x14
	.4byte	0xaa
	.uleb128 0x9
	.byte	0x3
	.8byte	pool
	.uleb128 0xd
	.4byte	.LASF15
	.byte	0x8
	.byte	0xc
	.4byte	0x31
	.uleb128 0x9
	.byte	0x3
	.8byte	used
	.uleb128 0x18
	.4byte	.LASF25
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xfc
	.uleb128 0x19
	.4byte	0xfc
	.uleb128 0x1a
	.byte	0
	.uleb128 0x5
	.4byte	0x69
	.uleb128 0x1b
	.4byte	.LASF26
	.byte	0x1
	.byte	0x38
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2cc
	.uleb128 0xe
	.4byte	.LASF16
	.byte	0x3a
	.byte	0x12
	.4byte	0xa5
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x1c
	.4byte	.LLRL4
	.4byte	0x1a2
	.uleb128 0x1d
	.string	"i"
	.byte	0x1
	.byte	0x3b
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x1e
	.4byte	0x3df
	.8byte	.LBI17
	.byte	.LVU37
	.4byte	.LLRL6
	.byte	0x1
	.byte	0x3c
	.byte	0x10
	.uleb128 0x3
	.4byte	0x3f8
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x3
	.4byte	0x3ed
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x8
	.4byte	.LLRL6
	.uleb128 0x4
	.4byte	0x401
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x4
	.4byte	0x40b
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x3ad
	.8byte	.LBI29
	.byte	.LVU66
	.4byte	.LLRL11
	.byte	0x3e
	.4byte	0x1fd
	.uleb128 0x3
	.4byte	0x3bb
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x8
	.4byte	.LLRL11
	.uleb128 0x4
	.4byte	0x3c6
	.4byte	.LLST13
	.4byte	.LVUS13
	.uleb128 0x1f
	.4byte	0x3d1
	.8byte	.LBB31
	.8byte	.LBE31-.LBB31
	.uleb128 0x4
	.4byte	0x3d2
	.4byte	.LLST14
	.4byte	.LVUS14
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	0x37a
	.8byte	.LBI33
	.byte	.LVU84
	.4byte	.LLRL15
	.byte	0x40
	.4byte	0x242
	.uleb128 0x3
	.4byte	0x393
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x3
	.4byte	0x388
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x8
	.4byte	.LLRL15
	.uleb128 0x4
	.4byte	0x39c
	.4byte	.LLST18
	.4byte	.LVUS18
	.byte	0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL22
	.4byte	0x2cc
	.4byte	0x267
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x6
	.8byte	.LVL28
	.4byte	0x2cc
	.4byte	0x28c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.uleb128 0x20
	.8byte	.LVL33
	.4byte	0x2cc
	.4byte	0x2ab
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.uleb128 0x10
	.8byte	.LVL36
	.4byte	0x2cc
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0x21
	.4byte	.LASF27
	.byte	0x1
	.byte	0x2e
	.byte	0xc
	.4byte	0x31
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x375
	.uleb128 0x11
	.string	"tag"
	.byte	0x1e
	.4byte	0xfc
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x11
	.string	"n"
	.byte	0x36
	.4byte	0x375
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xe
	.4byte	.LASF17
	.byte	0x30
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x6
	.8byte	.LVL3
	.4byte	0xe4
	.4byte	0x349
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0
	.uleb128 0x6
	.8byte	.LVL6
	.4byte	0xe4
	.4byte	0x361
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x85
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.8byte	.LVL9
	.4byte	0x417
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0xa0
	.uleb128 0x9
	.4byte	.LASF18
	.byte	0x22
	.4byte	0xa5
	.4byte	0x3a8
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0x22
	.byte	0x35
	.4byte	0xa5
	.uleb128 0x12
	.string	"k"
	.byte	0x22
	.byte	0x3f
	.4byte	0x31
	.uleb128 0x7
	.4byte	.LASF20
	.byte	0x24
	.byte	0x13
	.4byte	0x3a8
	.byte	0
	.uleb128 0x5
	.4byte	0xa5
	.uleb128 0x9
	.4byte	.LASF19
	.byte	0x16
	.4byte	0xa5
	.4byte	0x3df
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0x16
	.byte	0x2a
	.4byte	0xa5
	.uleb128 0x7
	.4byte	.LASF21
	.byte	0x18
	.byte	0x12
	.4byte	0xa5
	.uleb128 0x22
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x1a
	.byte	0x16
	.4byte	0xa5
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	.LASF22
	.byte	0xa
	.4byte	0xa5
	.4byte	0x417
	.uleb128 0xa
	.4byte	.LASF16
	.byte	0xa
	.byte	0x30
	.4byte	0xa5
	.uleb128 0x12
	.string	"v"
	.byte	0xa
	.byte	0x3a
	.4byte	0x31
	.uleb128 0x23
	.string	"n"
	.byte	0x1
	.byte	0xc
	.byte	0x12
	.4byte	0xa5
	.uleb128 0x7
	.4byte	.LASF20
	.byte	0xe
	.byte	0x13
	.4byte	0x3a8
	.byte	0
	.uleb128 0x24
	.4byte	.LASF28
	.4byte	.LASF29
	.byte	0x3
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 21
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 12
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 46
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x22
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x23
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x24
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x6e
	.uleb128 0xe
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
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
.LVUS3:
	.uleb128 .LVU24
	.uleb128 .LVU33
	.uleb128 .LVU33
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU56
	.uleb128 .LVU59
	.uleb128 .LVU71
	.uleb128 .LVU81
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU87
	.uleb128 .LVU98
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU106
	.uleb128 .LVU108
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.LVL12
	.uleb128 .LVL17-.LVL12
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL17-.LVL12
	.uleb128 .LVL19-.LVL12
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL21-.LVL12
	.uleb128 .LVL23-.LVL12
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.LVL12
	.uleb128 .LVL28-1-.LVL12
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL28-1-.LVL12
	.uleb128 .LVL30-.LVL12
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL31-.LVL12
	.uleb128 .LVL32-.LVL12
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL32-.LVL12
	.uleb128 .LVL33-1-.LVL12
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL35-.LVL12
	.uleb128 .LVL35-.LVL12
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL35-.LVL12
	.uleb128 .LFE15-.LVL12
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU26
	.uleb128 .LVU33
	.uleb128 .LVU33
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU61
.LLST5:
	.byte	0x6
	.8byte	.LVL12
	.byte	0x4
	.uleb128 .LVL12-.LVL12
	.uleb128 .LVL13-.LVL12
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.LVL12
	.uleb128 .LVL20-.LVL12
	.uleb128 0x1a
	.byte	0x73
	.sleb128 0
	.byte	0x77
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x34
	.byte	0x24
	.byte	0x1c
	.byte	0x3
	.8byte	pool
	.byte	0x1c
	.byte	0x34
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL20-.LVL12
	.uleb128 .LVL21-.LVL12
	.uleb128 0x1b
	.byte	0x72
	.sleb128 0
	.byte	0x6
	.byte	0x77
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x34
	.byte	0x24
	.byte	0x1c
	.byte	0x3
	.8byte	pool
	.byte	0x1c
	.byte	0x34
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU37
	.uleb128 .LVU59
.LLST7:
	.byte	0x8
	.8byte	.LVL15
	.uleb128 .LVL21-.LVL15
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS8:
	.uleb128 .LVU35
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU56
.LLST8:
	.byte	0x6
	.8byte	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL17-.LVL14
	.uleb128 .LVL19-.LVL14
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
.LVUS9:
	.uleb128 .LVU39
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU59
.LLST9:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL20-.LVL15
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL20-.LVL15
	.uleb128 .LVL21-.LVL15
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0
.LVUS10:
	.uleb128 .LVU41
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU59
.LLST10:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL16-.LVL15
	.uleb128 .LVL21-.LVL15
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS12:
	.uleb128 .LVU66
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 .LVU81
	.uleb128 .LVU108
	.uleb128 .LVU110
.LLST12:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL23-.LVL22
	.uleb128 .LVL24-.LVL22
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.LVL22
	.uleb128 .LVL26-.LVL22
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL26-.LVL22
	.uleb128 .LVL27-.LVL22
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL35-.LVL22
	.uleb128 .LVL35-.LVL22
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS13:
	.uleb128 .LVU68
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU81
	.uleb128 .LVU108
	.uleb128 .LVU110
.LLST13:
	.byte	0x6
	.8byte	.LVL22
	.byte	0x4
	.uleb128 .LVL22-.LVL22
	.uleb128 .LVL23-.LVL22
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL22
	.uleb128 .LVL26-.LVL22
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL26-.LVL22
	.uleb128 .LVL27-.LVL22
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL27-.LVL22
	.uleb128 .LVL27-.LVL22
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL35-.LVL22
	.uleb128 .LVL35-.LVL22
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU71
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU81
.LLST14:
	.byte	0x6
	.8byte	.LVL23
	.byte	0x4
	.uleb128 .LVL23-.LVL23
	.uleb128 .LVL24-.LVL23
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL25-.LVL23
	.uleb128 .LVL27-.LVL23
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS16:
	.uleb128 .LVU84
	.uleb128 .LVU98
	.uleb128 .LVU106
	.uleb128 .LVU108
	.uleb128 .LVU113
	.uleb128 0
.LLST16:
	.byte	0x6
	.8byte	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL31-.LVL29
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.LVL29
	.uleb128 .LVL35-.LVL29
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.LVL29
	.uleb128 .LFE15-.LVL29
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU84
	.uleb128 .LVU87
	.uleb128 .LVU113
	.uleb128 0
.LLST17:
	.byte	0x6
	.8byte	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL37-.LVL29
	.uleb128 .LFE15-.LVL29
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
.LVUS18:
	.uleb128 .LVU85
	.uleb128 .LVU98
	.uleb128 .LVU106
	.uleb128 .LVU108
	.uleb128 .LVU114
	.uleb128 0
.LLST18:
	.byte	0x6
	.8byte	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL31-.LVL29
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL33-.LVL29
	.uleb128 .LVL35-.LVL29
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL37-.LVL29
	.uleb128 .LFE15-.LVL29
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST0:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-1-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU20
	.uleb128 .LVU21
	.uleb128 0
.LLST1:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL10-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL11-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS2:
	.uleb128 .LVU2
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU17
	.uleb128 .LVU21
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL5-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL5-.LVL0
	.uleb128 .LVL7-.LVL0
	.uleb128 0x3
	.byte	0x84
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL0
	.uleb128 .LVL8-.LVL0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL11-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x2
	.byte	0x30
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
.LLRL4:
	.byte	0x5
	.8byte	.LBB16
	.byte	0x4
	.uleb128 .LBB16-.LBB16
	.uleb128 .LBE16-.LBB16
	.byte	0x4
	.uleb128 .LBB27-.LBB16
	.uleb128 .LBE27-.LBB16
	.byte	0x4
	.uleb128 .LBB28-.LBB16
	.uleb128 .LBE28-.LBB16
	.byte	0
.LLRL6:
	.byte	0x5
	.8byte	.LBB17
	.byte	0x4
	.uleb128 .LBB17-.LBB17
	.uleb128 .LBE17-.LBB17
	.byte	0x4
	.uleb128 .LBB23-.LBB17
	.uleb128 .LBE23-.LBB17
	.byte	0x4
	.uleb128 .LBB24-.LBB17
	.uleb128 .LBE24-.LBB17
	.byte	0x4
	.uleb128 .LBB25-.LBB17
	.uleb128 .LBE25-.LBB17
	.byte	0x4
	.uleb128 .LBB26-.LBB17
	.uleb128 .LBE26-.LBB17
	.byte	0
.LLRL11:
	.byte	0x5
	.8byte	.LBB29
	.byte	0x4
	.uleb128 .LBB29-.LBB29
	.uleb128 .LBE29-.LBB29
	.byte	0x4
	.uleb128 .LBB38-.LBB29
	.uleb128 .LBE38-.LBB29
	.byte	0
.LLRL15:
	.byte	0x5
	.8byte	.LBB33
	.byte	0x4
	.uleb128 .LBB33-.LBB33
	.uleb128 .LBE33-.LBB33
	.byte	0x4
	.uleb128 .LBB37-.LBB33
	.uleb128 .LBE37-.LBB33
	.byte	0x4
	.uleb128 .LBB39-.LBB33
	.uleb128 .LBE39-.LBB33
	.byte	0
.LLRL19:
	.byte	0x7
	.8byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.8byte	.LFB15
	.uleb128 .LFE15-.LFB15
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF7:
	.string	"short int"
.LASF28:
	.string	"putchar"
.LASF26:
	.string	"main"
.LASF12:
	.string	"value"
.LASF16:
	.string	"head"
.LASF18:
	.string	"remove_if_multiple"
.LASF20:
	.string	"link"
.LASF10:
	.string	"long long int"
.LASF8:
	.string	"long int"
.LASF25:
	.string	"printf"
.LASF24:
	.string	"node"
.LASF11:
	.string	"long double"
.LASF3:
	.string	"unsigned char"
.LASF22:
	.string	"insert_sorted"
.LASF6:
	.string	"signed char"
.LASF27:
	.string	"print"
.LASF5:
	.string	"unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"char"
.LASF29:
	.string	"__builtin_putchar"
.LASF2:
	.string	"long unsigned int"
.LASF19:
	.string	"reverse"
.LASF17:
	.string	"count"
.LASF15:
	.string	"used"
.LASF14:
	.string	"pool"
.LASF21:
	.string	"prev"
.LASF13:
	.string	"next"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/linked_list.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
