	.arch armv8-a
	.file	"checksum_crc.c"
	.text
.Ltext0:
	.file 0 "." "programs/checksum_crc.c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"bytes %lu\ncrc32 %08x\nadler32 %08x\nfletcher16 %04x\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB12:
	.file 1 "programs/checksum_crc.c"
	.loc 1 14 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -112]!
	.cfi_def_cfa_offset 112
	.cfi_offset 29, -112
	.cfi_offset 30, -104
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	stp	x23, x24, [sp, 48]
	stp	x25, x26, [sp, 64]
	stp	x27, x28, [sp, 80]
	.cfi_offset 19, -96
	.cfi_offset 20, -88
	.cfi_offset 21, -80
	.cfi_offset 22, -72
	.cfi_offset 23, -64
	.cfi_offset 24, -56
	.cfi_offset 25, -48
	.cfi_offset 26, -40
	.cfi_offset 27, -32
	.cfi_offset 28, -24
	.loc 1 15 5 view .LVU1
.LVL0:
	.loc 1 16 5 view .LVU2
	.loc 1 17 5 view .LVU3
	.loc 1 18 5 view .LVU4
	.loc 1 19 5 view .LVU5
	.loc 1 20 5 view .LVU6
	.loc 1 18 19 is_stmt 0 view .LVU7
	mov	x24, 0
	.loc 1 17 22 view .LVU8
	mov	w20, 0
	.loc 1 17 14 view .LVU9
	mov	w25, 0
	.loc 1 16 21 view .LVU10
	mov	w23, 0
	.loc 1 16 14 view .LVU11
	mov	w22, 1
	.loc 1 15 14 view .LVU12
	mov	w19, -1
.LBB11:
.LBB12:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/stdio.h"
	.loc 2 49 10 view .LVU13
	adrp	x0, :got:stdin
	ldr	x0, [x0, :got_lo12:stdin]
	str	x0, [sp, 104]
.LBE12:
.LBE11:
.LBB14:
.LBB15:
.LBB16:
.LBB17:
	.loc 1 9 41 view .LVU14
	mov	w21, 33568
	movk	w21, 0xedb8, lsl 16
.LBE17:
.LBE16:
.LBE15:
	.loc 1 23 11 view .LVU15
	mov	w28, 32881
	movk	w28, 0x8007, lsl 16
	mov	w27, 65521
	.loc 1 25 37 view .LVU16
	mov	w26, 32897
	movk	w26, 0x8080, lsl 16
.LBE14:
	.loc 1 20 11 view .LVU17
	b	.L2
.LVL1:
.L8:
.LBB24:
.LBB22:
.LBB20:
	.loc 1 10 5 is_stmt 1 view .LVU18
	.loc 1 10 5 is_stmt 0 view .LVU19
.LBE20:
.LBE22:
	.loc 1 23 9 is_stmt 1 view .LVU20
	.loc 1 23 16 is_stmt 0 view .LVU21
	add	w0, w22, w2
	.loc 1 23 11 view .LVU22
	umull	x22, w0, w28
.LVL2:
	.loc 1 23 11 view .LVU23
	lsr	x22, x22, 47
	msub	w22, w22, w27, w0
.LVL3:
	.loc 1 24 9 is_stmt 1 view .LVU24
	.loc 1 24 16 is_stmt 0 view .LVU25
	add	w0, w23, w22
	.loc 1 24 11 view .LVU26
	umull	x23, w0, w28
.LVL4:
	.loc 1 24 11 view .LVU27
	lsr	x23, x23, 47
	msub	w23, w23, w27, w0
.LVL5:
	.loc 1 25 9 is_stmt 1 view .LVU28
	.loc 1 25 29 is_stmt 0 view .LVU29
	add	w1, w25, w2
	.loc 1 25 37 view .LVU30
	smull	x0, w1, w26
	lsr	x0, x0, 32
	add	w0, w1, w0
	asr	w0, w0, 7
	lsl	w2, w0, 8
	sub	w0, w2, w0
	sub	w0, w1, w0
	.loc 1 25 12 view .LVU31
	and	w25, w0, 65535
.LVL6:
	.loc 1 26 9 is_stmt 1 view .LVU32
	.loc 1 26 29 is_stmt 0 view .LVU33
	add	w0, w20, w0
	.loc 1 26 35 view .LVU34
	smull	x20, w0, w26
.LVL7:
	.loc 1 26 35 view .LVU35
	lsr	x20, x20, 32
	add	w20, w0, w20
	asr	w20, w20, 7
	sub	w20, w20, w0, asr 31
	lsl	w1, w20, 8
	sub	w20, w1, w20
	sub	w20, w0, w20
	.loc 1 26 12 view .LVU36
	and	w20, w20, 65535
.LVL8:
	.loc 1 27 9 is_stmt 1 view .LVU37
	.loc 1 27 10 is_stmt 0 view .LVU38
	add	x24, x24, 1
.LVL9:
.L2:
	.loc 1 27 10 view .LVU39
.LBE24:
	.loc 1 20 28 is_stmt 1 view .LVU40
.LBB25:
.LBI11:
	.loc 2 47 1 view .LVU41
.LBB13:
	.loc 2 49 3 view .LVU42
	.loc 2 49 10 is_stmt 0 view .LVU43
	ldr	x0, [sp, 104]
	ldr	x0, [x0]
	bl	getc
.LVL10:
	.loc 2 49 10 view .LVU44
.LBE13:
.LBE25:
	.loc 1 20 28 view .LVU45
	cmn	w0, #1
	beq	.L7
.LBB26:
	.loc 1 21 9 is_stmt 1 view .LVU46
.LVL11:
	.loc 1 22 9 view .LVU47
.LBB23:
.LBI15:
	.loc 1 5 17 view .LVU48
.LBB21:
	.loc 1 7 5 view .LVU49
	and	w2, w0, 255
	.loc 1 7 9 is_stmt 0 view .LVU50
	eor	w19, w19, w2
.LVL12:
	.loc 1 8 5 is_stmt 1 view .LVU51
.LBB18:
	.loc 1 8 10 view .LVU52
	.loc 1 8 23 view .LVU53
.LBE18:
	.loc 1 7 9 is_stmt 0 view .LVU54
	mov	w1, 8
.LVL13:
.L3:
.LBB19:
	.loc 1 9 9 is_stmt 1 view .LVU55
	.loc 1 9 43 is_stmt 0 view .LVU56
	sbfx	x0, x19, 0, 1
	.loc 1 9 41 view .LVU57
	and	w0, w0, w21
	.loc 1 9 13 view .LVU58
	eor	w19, w0, w19, lsr 1
.LVL14:
	.loc 1 8 29 is_stmt 1 view .LVU59
	.loc 1 8 23 view .LVU60
	subs	w1, w1, #1
.LVL15:
	.loc 1 8 23 is_stmt 0 view .LVU61
	bne	.L3
	b	.L8
.LVL16:
.L7:
	.loc 1 8 23 view .LVU62
.LBE19:
.LBE21:
.LBE23:
.LBE26:
	.loc 1 29 5 is_stmt 1 view .LVU63
	.loc 1 29 9 is_stmt 0 view .LVU64
	mvn	w19, w19
.LVL17:
	.loc 1 30 5 is_stmt 1 view .LVU65
	orr	w4, w25, w20, lsl 8
	orr	w3, w22, w23, lsl 16
	mov	w2, w19
	mov	x1, x24
	adrp	x0, .LC0
.LVL18:
	.loc 1 30 5 is_stmt 0 view .LVU66
	add	x0, x0, :lo12:.LC0
	bl	printf
.LVL19:
	.loc 1 31 5 is_stmt 1 view .LVU67
	.loc 1 32 1 is_stmt 0 view .LVU68
	and	w0, w19, 63
	ldp	x19, x20, [sp, 16]
.LVL20:
	.loc 1 32 1 view .LVU69
	ldp	x21, x22, [sp, 32]
.LVL21:
	.loc 1 32 1 view .LVU70
	ldp	x23, x24, [sp, 48]
.LVL22:
	.loc 1 32 1 view .LVU71
	ldp	x25, x26, [sp, 64]
.LVL23:
	.loc 1 32 1 view .LVU72
	ldp	x27, x28, [sp, 80]
	ldp	x29, x30, [sp], 112
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_restore 28
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE12:
	.size	main, .-main
.Letext0:
	.file 3 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 6 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 7 "/usr/aarch64-linux-gnu/include/bits/stdint-uintn.h"
	.file 8 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x493
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xd
	.4byte	.LASF56
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.4byte	.LASF7
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x3a
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0xe
	.byte	0x8
	.uleb128 0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x2
	.4byte	.LASF8
	.byte	0x4
	.byte	0x26
	.byte	0x17
	.4byte	0x4a
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF9
	.uleb128 0x2
	.4byte	.LASF10
	.byte	0x4
	.byte	0x28
	.byte	0x1c
	.4byte	0x51
	.uleb128 0x2
	.4byte	.LASF11
	.byte	0x4
	.byte	0x2a
	.byte	0x16
	.4byte	0x58
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x2
	.4byte	.LASF13
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.4byte	0x91
	.uleb128 0x2
	.4byte	.LASF14
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.4byte	0x91
	.uleb128 0x4
	.4byte	0xb5
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF15
	.uleb128 0x10
	.4byte	0xb5
	.uleb128 0x11
	.4byte	.LASF57
	.byte	0xd8
	.byte	0x5
	.byte	0x31
	.byte	0x8
	.4byte	0x22b
	.uleb128 0x1
	.4byte	.LASF16
	.byte	0x33
	.byte	0x7
	.4byte	0x43
	.byte	0
	.uleb128 0x1
	.4byte	.LASF17
	.byte	0x36
	.byte	0x9
	.4byte	0xb0
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF18
	.byte	0x37
	.byte	0x9
	.4byte	0xb0
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF19
	.byte	0x38
	.byte	0x9
	.4byte	0xb0
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF20
	.byte	0x39
	.byte	0x9
	.4byte	0xb0
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF21
	.byte	0x3a
	.byte	0x9
	.4byte	0xb0
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF22
	.byte	0x3b
	.byte	0x9
	.4byte	0xb0
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF23
	.byte	0x3c
	.byte	0x9
	.4byte	0xb0
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF24
	.byte	0x3d
	.byte	0x9
	.4byte	0xb0
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF25
	.byte	0x40
	.byte	0x9
	.4byte	0xb0
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x41
	.byte	0x9
	.4byte	0xb0
	.byte	0x50
	.uleb128 0x1
	.4byte	.LASF27
	.byte	0x42
	.byte	0x9
	.4byte	0xb0
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF28
	.byte	0x44
	.byte	0x16
	.4byte	0x244
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF29
	.byte	0x46
	.byte	0x14
	.4byte	0x249
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF30
	.byte	0x48
	.byte	0x7
	.4byte	0x43
	.byte	0x70
	.uleb128 0x1
	.4byte	.LASF31
	.byte	0x49
	.byte	0x7
	.4byte	0x43
	.byte	0x74
	.uleb128 0x1
	.4byte	.LASF32
	.byte	0x4a
	.byte	0xb
	.4byte	0x98
	.byte	0x78
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x4d
	.byte	0x12
	.4byte	0x51
	.byte	0x80
	.uleb128 0x1
	.4byte	.LASF34
	.byte	0x4e
	.byte	0xf
	.4byte	0x5f
	.byte	0x82
	.uleb128 0x1
	.4byte	.LASF35
	.byte	0x4f
	.byte	0x8
	.4byte	0x24e
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x51
	.byte	0xf
	.4byte	0x25e
	.byte	0x88
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x59
	.byte	0xd
	.4byte	0xa4
	.byte	0x90
	.uleb128 0x1
	.4byte	.LASF38
	.byte	0x5b
	.byte	0x17
	.4byte	0x268
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF39
	.byte	0x5c
	.byte	0x19
	.4byte	0x272
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF40
	.byte	0x5d
	.byte	0x14
	.4byte	0x249
	.byte	0xa8
	.uleb128 0x1
	.4byte	.LASF41
	.byte	0x5e
	.byte	0x9
	.4byte	0x41
	.byte	0xb0
	.uleb128 0x1
	.4byte	.LASF42
	.byte	0x5f
	.byte	0xa
	.4byte	0x2e
	.byte	0xb8
	.uleb128 0x1
	.4byte	.LASF43
	.byte	0x60
	.byte	0x7
	.4byte	0x43
	.byte	0xc0
	.uleb128 0x1
	.4byte	.LASF44
	.byte	0x62
	.byte	0x8
	.4byte	0x277
	.byte	0xc4
	.byte	0
	.uleb128 0x2
	.4byte	.LASF45
	.byte	0x6
	.byte	0x7
	.byte	0x19
	.4byte	0xc1
	.uleb128 0x12
	.4byte	.LASF58
	.byte	0x5
	.byte	0x2b
	.byte	0xe
	.uleb128 0x7
	.4byte	.LASF46
	.uleb128 0x4
	.4byte	0x23f
	.uleb128 0x4
	.4byte	0xc1
	.uleb128 0x8
	.4byte	0xb5
	.4byte	0x25e
	.uleb128 0x9
	.4byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x237
	.uleb128 0x7
	.4byte	.LASF47
	.uleb128 0x4
	.4byte	0x263
	.uleb128 0x7
	.4byte	.LASF48
	.uleb128 0x4
	.4byte	0x26d
	.uleb128 0x8
	.4byte	0xb5
	.4byte	0x287
	.uleb128 0x9
	.4byte	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x13
	.4byte	.LASF54
	.byte	0x8
	.byte	0x8f
	.byte	0xe
	.4byte	0x293
	.uleb128 0x4
	.4byte	0x22b
	.uleb128 0x2
	.4byte	.LASF49
	.byte	0x7
	.byte	0x18
	.byte	0x13
	.4byte	0x66
	.uleb128 0x2
	.4byte	.LASF50
	.byte	0x7
	.byte	0x19
	.byte	0x14
	.4byte	0x79
	.uleb128 0x2
	.4byte	.LASF51
	.byte	0x7
	.byte	0x1a
	.byte	0x14
	.4byte	0x85
	.uleb128 0xa
	.4byte	.LASF52
	.2byte	0x202
	.4byte	0x43
	.4byte	0x2d1
	.uleb128 0xb
	.4byte	0x293
	.byte	0
	.uleb128 0xa
	.4byte	.LASF53
	.2byte	0x164
	.4byte	0x43
	.4byte	0x2e7
	.uleb128 0xb
	.4byte	0x2e7
	.uleb128 0x14
	.byte	0
	.uleb128 0x4
	.4byte	0xbc
	.uleb128 0x15
	.4byte	.LASF59
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x43
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x453
	.uleb128 0x5
	.string	"crc"
	.byte	0xf
	.byte	0xe
	.4byte	0x2b0
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"a"
	.byte	0x10
	.byte	0xe
	.4byte	0x2b0
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.string	"b"
	.byte	0x10
	.byte	0x15
	.4byte	0x2b0
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x5
	.string	"f1"
	.byte	0x11
	.byte	0xe
	.4byte	0x2a4
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x5
	.string	"f2"
	.byte	0x11
	.byte	0x16
	.4byte	0x2a4
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x5
	.string	"n"
	.byte	0x12
	.byte	0x13
	.4byte	0x3a
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x5
	.string	"c"
	.byte	0x13
	.byte	0x9
	.4byte	0x43
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x16
	.4byte	.LLRL8
	.4byte	0x3ee
	.uleb128 0x17
	.4byte	.LASF55
	.byte	0x1
	.byte	0x15
	.byte	0x11
	.4byte	0x298
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x18
	.4byte	0x453
	.8byte	.LBI15
	.byte	.LVU48
	.4byte	.LLRL10
	.byte	0x1
	.byte	0x16
	.byte	0xf
	.uleb128 0xc
	.4byte	0x470
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0xc
	.4byte	0x464
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x19
	.4byte	0x47c
	.4byte	.LLRL13
	.uleb128 0x1a
	.4byte	0x47d
	.4byte	.LLST14
	.4byte	.LVUS14
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1b
	.4byte	0x489
	.8byte	.LBI11
	.byte	.LVU41
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x14
	.byte	0x11
	.4byte	0x415
	.uleb128 0x1c
	.8byte	.LVL10
	.4byte	0x2bc
	.byte	0
	.uleb128 0x1d
	.8byte	.LVL19
	.4byte	0x2d1
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC0
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x88
	.sleb128 0
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x7
	.byte	0x87
	.sleb128 0
	.byte	0x40
	.byte	0x24
	.byte	0x86
	.sleb128 0
	.byte	0x21
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x7
	.byte	0x84
	.sleb128 0
	.byte	0x38
	.byte	0x24
	.byte	0x89
	.sleb128 0
	.byte	0x21
	.byte	0
	.byte	0
	.uleb128 0x1e
	.4byte	.LASF60
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x2b0
	.byte	0x1
	.4byte	0x489
	.uleb128 0x1f
	.string	"crc"
	.byte	0x1
	.byte	0x5
	.byte	0x27
	.4byte	0x2b0
	.uleb128 0x20
	.4byte	.LASF55
	.byte	0x1
	.byte	0x5
	.byte	0x34
	.4byte	0x298
	.uleb128 0x21
	.uleb128 0x22
	.string	"k"
	.byte	0x1
	.byte	0x8
	.byte	0xe
	.4byte	0x43
	.byte	0
	.byte	0
	.uleb128 0x23
	.4byte	.LASF61
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.4byte	0x43
	.byte	0x3
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x3
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
	.uleb128 0x4
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x34
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 12
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
	.uleb128 0xb
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x18
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
	.uleb128 0x19
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x5
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
	.uleb128 0x20
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x21
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x23
	.uleb128 0x2e
	.byte	0
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
	.uleb128 0x20
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
.LVUS0:
	.uleb128 .LVU2
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU51
	.uleb128 .LVU62
	.uleb128 .LVU69
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU70
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS2:
	.uleb128 .LVU3
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU27
	.uleb128 .LVU28
	.uleb128 .LVU71
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU72
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS4:
	.uleb128 .LVU4
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU35
	.uleb128 .LVU37
	.uleb128 .LVU69
.LLST4:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0
.LVUS5:
	.uleb128 .LVU5
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU71
.LLST5:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x68
	.byte	0
.LVUS6:
	.uleb128 .LVU44
	.uleb128 .LVU55
	.uleb128 .LVU62
	.uleb128 .LVU66
.LLST6:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS9:
	.uleb128 .LVU47
	.uleb128 .LVU55
.LLST9:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS11:
	.uleb128 .LVU48
	.uleb128 .LVU55
.LLST11:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS12:
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU48
	.uleb128 .LVU62
.LLST12:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0
.LVUS14:
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU53
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU62
.LLST14:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x5
	.byte	0x38
	.byte	0x71
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x5
	.byte	0x38
	.byte	0x71
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x5
	.byte	0x39
	.byte	0x71
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x5
	.byte	0x38
	.byte	0x71
	.sleb128 0
	.byte	0x1c
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
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF24:
	.string	"_IO_buf_end"
.LASF32:
	.string	"_old_offset"
.LASF52:
	.string	"getc"
.LASF27:
	.string	"_IO_save_end"
.LASF56:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF9:
	.string	"short int"
.LASF7:
	.string	"size_t"
.LASF37:
	.string	"_offset"
.LASF21:
	.string	"_IO_write_ptr"
.LASF16:
	.string	"_flags"
.LASF11:
	.string	"__uint32_t"
.LASF10:
	.string	"__uint16_t"
.LASF28:
	.string	"_markers"
.LASF18:
	.string	"_IO_read_end"
.LASF41:
	.string	"_freeres_buf"
.LASF49:
	.string	"uint8_t"
.LASF61:
	.string	"getchar"
.LASF36:
	.string	"_lock"
.LASF12:
	.string	"long int"
.LASF53:
	.string	"printf"
.LASF33:
	.string	"_cur_column"
.LASF8:
	.string	"__uint8_t"
.LASF57:
	.string	"_IO_FILE"
.LASF3:
	.string	"unsigned char"
.LASF60:
	.string	"crc32_update"
.LASF6:
	.string	"signed char"
.LASF38:
	.string	"_codecvt"
.LASF51:
	.string	"uint32_t"
.LASF5:
	.string	"unsigned int"
.LASF46:
	.string	"_IO_marker"
.LASF35:
	.string	"_shortbuf"
.LASF20:
	.string	"_IO_write_base"
.LASF44:
	.string	"_unused2"
.LASF17:
	.string	"_IO_read_ptr"
.LASF4:
	.string	"short unsigned int"
.LASF15:
	.string	"char"
.LASF50:
	.string	"uint16_t"
.LASF59:
	.string	"main"
.LASF39:
	.string	"_wide_data"
.LASF40:
	.string	"_freeres_list"
.LASF42:
	.string	"__pad5"
.LASF47:
	.string	"_IO_codecvt"
.LASF2:
	.string	"long unsigned int"
.LASF22:
	.string	"_IO_write_end"
.LASF14:
	.string	"__off64_t"
.LASF13:
	.string	"__off_t"
.LASF29:
	.string	"_chain"
.LASF48:
	.string	"_IO_wide_data"
.LASF55:
	.string	"byte"
.LASF26:
	.string	"_IO_backup_base"
.LASF54:
	.string	"stdin"
.LASF23:
	.string	"_IO_buf_base"
.LASF31:
	.string	"_flags2"
.LASF43:
	.string	"_mode"
.LASF19:
	.string	"_IO_read_base"
.LASF34:
	.string	"_vtable_offset"
.LASF25:
	.string	"_IO_save_base"
.LASF30:
	.string	"_fileno"
.LASF45:
	.string	"FILE"
.LASF58:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/checksum_crc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
