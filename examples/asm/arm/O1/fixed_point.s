	.arch armv8-a
	.file	"fixed_point.c"
	.text
.Ltext0:
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
	.align	2
	.type	print_fix, %function
print_fix:
.LVL0:
.LFB14:
	.file 1 "programs/fixed_point.c"
	.loc 1 22 1 view -0
	.cfi_startproc
	.loc 1 22 1 is_stmt 0 view .LVU1
	stp	x29, x30, [sp, -16]!
	.cfi_def_cfa_offset 16
	.cfi_offset 29, -16
	.cfi_offset 30, -8
	mov	x29, sp
	.loc 1 23 5 is_stmt 1 view .LVU2
	.loc 1 23 23 is_stmt 0 view .LVU3
	sxtw	x2, w1
	.loc 1 23 34 view .LVU4
	mov	x1, 10000
.LVL1:
	.loc 1 23 34 view .LVU5
	mul	x2, x2, x1
.LVL2:
	.loc 1 23 13 view .LVU6
	add	x4, x2, 61440
	add	x4, x4, 4095
	cmp	x2, 0
	csel	x4, x4, x2, lt
	asr	x4, x4, 16
.LVL3:
	.loc 1 24 5 is_stmt 1 view .LVU7
	.loc 1 25 5 view .LVU8
	.loc 1 25 8 is_stmt 0 view .LVU9
	mov	x1, -65535
	cmp	x2, x1
	bge	.L3
	.loc 1 26 9 is_stmt 1 view .LVU10
	.loc 1 26 16 is_stmt 0 view .LVU11
	neg	x4, x4
.LVL4:
	.loc 1 27 5 is_stmt 1 view .LVU12
	adrp	x2, .LC0
.LVL5:
	.loc 1 27 5 is_stmt 0 view .LVU13
	add	x2, x2, :lo12:.LC0
.L2:
.LVL6:
	.loc 1 27 106 discriminator 4 view .LVU14
	mov	x3, 22859
	movk	x3, 0x3886, lsl 16
	movk	x3, 0xc5d6, lsl 32
	movk	x3, 0x346d, lsl 48
	smulh	x3, x4, x3
	asr	x3, x3, 11
	sub	x3, x3, x4, asr 63
	.loc 1 27 5 discriminator 4 view .LVU15
	mov	x1, 10000
.LVL7:
	.loc 1 27 5 discriminator 4 view .LVU16
	msub	x4, x3, x1, x4
	mov	x1, x0
.LVL8:
	.loc 1 27 5 discriminator 4 view .LVU17
	adrp	x0, .LC2
.LVL9:
	.loc 1 27 5 discriminator 4 view .LVU18
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL10:
	.loc 1 28 1 discriminator 4 view .LVU19
	ldp	x29, x30, [sp], 16
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
.LVL11:
.L3:
	.cfi_restore_state
	.loc 1 27 5 view .LVU20
	adrp	x2, .LC1
.LVL12:
	.loc 1 27 5 view .LVU21
	add	x2, x2, :lo12:.LC1
	b	.L2
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
	.align	2
	.global	main
	.type	main, %function
main:
.LFB15:
	.loc 1 31 1 is_stmt 1 view -0
	.cfi_startproc
	stp	x29, x30, [sp, -16]!
	.cfi_def_cfa_offset 16
	.cfi_offset 29, -16
	.cfi_offset 30, -8
	mov	x29, sp
	.loc 1 32 5 view .LVU23
.LVL13:
	.loc 1 33 5 view .LVU24
	.loc 1 34 5 view .LVU25
	mov	w1, 16384
	movk	w1, 0x3, lsl 16
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	print_fix
.LVL14:
	.loc 1 35 5 view .LVU26
	mov	w1, 57344
	movk	w1, 0xfffd, lsl 16
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	print_fix
.LVL15:
	.loc 1 36 5 view .LVU27
	mov	w1, 6144
	movk	w1, 0xfff9, lsl 16
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	print_fix
.LVL16:
	.loc 1 37 5 view .LVU28
	mov	w1, 30841
	movk	w1, 0xfffe, lsl 16
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	print_fix
.LVL17:
	.loc 1 38 5 view .LVU29
.LBB24:
.LBI24:
	.loc 1 11 12 view .LVU30
.LBB25:
	.loc 1 13 5 view .LVU31
	.loc 1 15 5 view .LVU32
.LBB26:
	.loc 1 16 23 view .LVU33
.LBE26:
.LBE25:
.LBE24:
	.loc 1 37 5 is_stmt 0 view .LVU34
	mov	w2, 20
	mov	w1, 40960
	movk	w1, 0x1, lsl 16
.LVL18:
.LBB33:
.LBB32:
.LBB31:
.LBB27:
.LBB28:
	.loc 1 9 68 view .LVU35
	mov	x3, 1073741824
	movk	x3, 0x3, lsl 32
.LVL19:
.L6:
	.loc 1 9 68 view .LVU36
.LBE28:
.LBE27:
	.loc 1 17 9 is_stmt 1 view .LVU37
.LBB30:
.LBI27:
	.loc 1 9 12 view .LVU38
.LBB29:
	.loc 1 9 36 view .LVU39
	.loc 1 9 68 is_stmt 0 view .LVU40
	sxtw	x0, w1
	sdiv	x0, x3, x0
.LBE29:
.LBE30:
	.loc 1 17 16 view .LVU41
	add	w1, w1, w0
.LVL20:
	.loc 1 17 11 view .LVU42
	add	w1, w1, w1, lsr 31
	asr	w1, w1, 1
.LVL21:
	.loc 1 16 30 is_stmt 1 view .LVU43
	.loc 1 16 23 view .LVU44
	subs	w2, w2, #1
.LVL22:
	.loc 1 16 23 is_stmt 0 view .LVU45
	bne	.L6
.LVL23:
	.loc 1 16 23 view .LVU46
.LBE31:
.LBE32:
.LBE33:
	.loc 1 38 5 view .LVU47
	adrp	x0, .LC7
	add	x0, x0, :lo12:.LC7
	bl	print_fix
.LVL24:
	.loc 1 39 5 is_stmt 1 view .LVU48
.LBB34:
.LBI34:
	.loc 1 11 12 view .LVU49
.LBB35:
	.loc 1 13 5 view .LVU50
	.loc 1 15 5 view .LVU51
.LBB36:
	.loc 1 16 23 view .LVU52
.LBE36:
.LBE35:
.LBE34:
	.loc 1 38 5 is_stmt 0 view .LVU53
	mov	w2, 20
	mov	w1, 65536
.LBB43:
.LBB42:
.LBB41:
.LBB37:
.LBB38:
	.loc 1 9 68 view .LVU54
	mov	x3, 8589934592
.LVL25:
.L7:
	.loc 1 9 68 view .LVU55
.LBE38:
.LBE37:
	.loc 1 17 9 is_stmt 1 view .LVU56
.LBB40:
.LBI37:
	.loc 1 9 12 view .LVU57
.LBB39:
	.loc 1 9 36 view .LVU58
	.loc 1 9 68 is_stmt 0 view .LVU59
	sxtw	x0, w1
	sdiv	x0, x3, x0
.LBE39:
.LBE40:
	.loc 1 17 16 view .LVU60
	add	w1, w1, w0
.LVL26:
	.loc 1 17 11 view .LVU61
	add	w1, w1, w1, lsr 31
	asr	w1, w1, 1
.LVL27:
	.loc 1 16 30 is_stmt 1 view .LVU62
	.loc 1 16 23 view .LVU63
	subs	w2, w2, #1
.LVL28:
	.loc 1 16 23 is_stmt 0 view .LVU64
	bne	.L7
.LVL29:
	.loc 1 16 23 view .LVU65
.LBE41:
.LBE42:
.LBE43:
	.loc 1 39 5 view .LVU66
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
	bl	print_fix
.LVL30:
	.loc 1 40 5 is_stmt 1 view .LVU67
	.loc 1 41 5 view .LVU68
.LBB44:
	.loc 1 41 10 view .LVU69
	.loc 1 41 23 view .LVU70
.LBE44:
	.loc 1 39 5 is_stmt 0 view .LVU71
	mov	w2, 10
	.loc 1 40 18 view .LVU72
	mov	w1, 0
	.loc 1 40 9 view .LVU73
	mov	w0, 65536
.LVL31:
.L8:
.LBB47:
	.loc 1 42 9 is_stmt 1 discriminator 3 view .LVU74
	.loc 1 42 13 is_stmt 0 discriminator 3 view .LVU75
	add	w1, w1, w0
.LVL32:
	.loc 1 43 9 is_stmt 1 discriminator 3 view .LVU76
.LBB45:
.LBI45:
	.loc 1 8 12 discriminator 3 view .LVU77
.LBB46:
	.loc 1 8 36 discriminator 3 view .LVU78
	.loc 1 8 61 is_stmt 0 discriminator 3 view .LVU79
	sbfiz	x3, x0, 1, 32
	add	x0, x3, w0, sxtw
.LVL33:
	.loc 1 8 43 discriminator 3 view .LVU80
	ubfx	x0, x0, 2, 32
.LVL34:
	.loc 1 8 43 discriminator 3 view .LVU81
.LBE46:
.LBE45:
	.loc 1 41 30 is_stmt 1 discriminator 3 view .LVU82
	.loc 1 41 23 discriminator 3 view .LVU83
	subs	w2, w2, #1
.LVL35:
	.loc 1 41 23 is_stmt 0 discriminator 3 view .LVU84
	bne	.L8
.LBE47:
	.loc 1 45 5 is_stmt 1 view .LVU85
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	bl	print_fix
.LVL36:
	.loc 1 46 5 view .LVU86
.LBB48:
.LBI48:
	.loc 1 11 12 view .LVU87
.LBB49:
	.loc 1 13 5 view .LVU88
	.loc 1 15 5 view .LVU89
.LBB50:
	.loc 1 16 23 view .LVU90
.LBE50:
.LBE49:
.LBE48:
	.loc 1 45 5 is_stmt 0 view .LVU91
	mov	w2, 20
	mov	w0, 524288
.LBB57:
.LBB56:
.LBB55:
.LBB51:
.LBB52:
	.loc 1 9 68 view .LVU92
	mov	x3, 68719476736
.LVL37:
.L9:
	.loc 1 9 68 view .LVU93
.LBE52:
.LBE51:
	.loc 1 17 9 is_stmt 1 view .LVU94
.LBB54:
.LBI51:
	.loc 1 9 12 view .LVU95
.LBB53:
	.loc 1 9 36 view .LVU96
	.loc 1 9 68 is_stmt 0 view .LVU97
	sxtw	x1, w0
	sdiv	x1, x3, x1
.LBE53:
.LBE54:
	.loc 1 17 16 view .LVU98
	add	w0, w0, w1
.LVL38:
	.loc 1 17 11 view .LVU99
	add	w0, w0, w0, lsr 31
	asr	w0, w0, 1
.LVL39:
	.loc 1 16 30 is_stmt 1 view .LVU100
	.loc 1 16 23 view .LVU101
	subs	w2, w2, #1
.LVL40:
	.loc 1 16 23 is_stmt 0 view .LVU102
	bne	.L9
.LVL41:
	.loc 1 16 23 view .LVU103
.LBE55:
.LBE56:
.LBE57:
	.loc 1 47 1 view .LVU104
	ubfx	x0, x0, 16, 8
	ldp	x29, x30, [sp], 16
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE15:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4c9
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x11
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
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x7
	.4byte	.LASF8
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x35
	.uleb128 0x7
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x77
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0x12
	.4byte	0x7e
	.uleb128 0x7
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x5f
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x6b
	.uleb128 0x13
	.string	"fix"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x8a
	.uleb128 0x14
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x35
	.4byte	0xc6
	.uleb128 0x15
	.4byte	0xc6
	.uleb128 0x16
	.byte	0
	.uleb128 0x17
	.byte	0x8
	.4byte	0x85
	.uleb128 0x18
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x35
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3d1
	.uleb128 0x19
	.string	"a"
	.byte	0x1
	.byte	0x20
	.byte	0x9
	.4byte	0xa2
	.4byte	0x34000
	.uleb128 0x1a
	.string	"b"
	.byte	0x1
	.byte	0x21
	.byte	0x9
	.4byte	0xa2
	.sleb128 -139264
	.uleb128 0x8
	.string	"x"
	.byte	0x28
	.byte	0x9
	.4byte	0xa2
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x8
	.string	"sum"
	.byte	0x28
	.byte	0x12
	.4byte	0xa2
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x1b
	.4byte	.LLRL20
	.4byte	0x184
	.uleb128 0x8
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x35
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x1c
	.4byte	0x4ac
	.8byte	.LBI45
	.byte	.LVU77
	.8byte	.LBB45
	.8byte	.LBE45-.LBB45
	.byte	0x1
	.byte	0x2b
	.byte	0xd
	.uleb128 0x1
	.4byte	0x4c2
	.4byte	.LLST22
	.4byte	.LVUS22
	.uleb128 0x1
	.4byte	0x4b9
	.4byte	.LLST23
	.4byte	.LVUS23
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x45f
	.8byte	.LBI24
	.byte	.LVU30
	.4byte	.LLRL6
	.byte	0x26
	.byte	0x5
	.4byte	0x201
	.uleb128 0x1
	.4byte	0x46d
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xa
	.4byte	.LLRL6
	.uleb128 0x4
	.4byte	0x476
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0xb
	.4byte	0x47f
	.4byte	.LLRL6
	.uleb128 0x4
	.4byte	0x480
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0xc
	.4byte	0x48b
	.8byte	.LBI27
	.byte	.LVU38
	.4byte	.LLRL10
	.uleb128 0x1
	.4byte	0x4a2
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x1
	.4byte	0x499
	.4byte	.LLST12
	.4byte	.LVUS12
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x45f
	.8byte	.LBI34
	.byte	.LVU49
	.4byte	.LLRL13
	.byte	0x27
	.byte	0x5
	.4byte	0x27e
	.uleb128 0x1
	.4byte	0x46d
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0xa
	.4byte	.LLRL13
	.uleb128 0x4
	.4byte	0x476
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xb
	.4byte	0x47f
	.4byte	.LLRL13
	.uleb128 0x4
	.4byte	0x480
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0xc
	.4byte	0x48b
	.8byte	.LBI37
	.byte	.LVU57
	.4byte	.LLRL17
	.uleb128 0x1
	.4byte	0x4a2
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x1
	.4byte	0x499
	.4byte	.LLST19
	.4byte	.LVUS19
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.4byte	0x45f
	.8byte	.LBI48
	.byte	.LVU87
	.4byte	.LLRL24
	.byte	0x2e
	.byte	0xd
	.4byte	0x2fb
	.uleb128 0x1
	.4byte	0x46d
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0xa
	.4byte	.LLRL24
	.uleb128 0x4
	.4byte	0x476
	.4byte	.LLST26
	.4byte	.LVUS26
	.uleb128 0xb
	.4byte	0x47f
	.4byte	.LLRL24
	.uleb128 0x4
	.4byte	0x480
	.4byte	.LLST27
	.4byte	.LVUS27
	.uleb128 0xc
	.4byte	0x48b
	.8byte	.LBI51
	.byte	.LVU95
	.4byte	.LLRL28
	.uleb128 0x1
	.4byte	0x4a2
	.4byte	.LLST29
	.4byte	.LVUS29
	.uleb128 0x1
	.4byte	0x499
	.4byte	.LLST30
	.4byte	.LVUS30
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL14
	.4byte	0x3d1
	.4byte	0x31a
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0
	.uleb128 0x5
	.8byte	.LVL15
	.4byte	0x3d1
	.4byte	0x339
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.uleb128 0x5
	.8byte	.LVL16
	.4byte	0x3d1
	.4byte	0x358
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0
	.uleb128 0x5
	.8byte	.LVL17
	.4byte	0x3d1
	.4byte	0x377
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0
	.uleb128 0x5
	.8byte	.LVL24
	.4byte	0x3d1
	.4byte	0x396
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0
	.uleb128 0x5
	.8byte	.LVL30
	.4byte	0x3d1
	.4byte	0x3b5
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0
	.uleb128 0xd
	.8byte	.LVL36
	.4byte	0x3d1
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC9
	.byte	0
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF21
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x45f
	.uleb128 0x1e
	.4byte	.LASF14
	.byte	0x1
	.byte	0x15
	.byte	0x23
	.4byte	0xc6
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1f
	.string	"v"
	.byte	0x1
	.byte	0x15
	.byte	0x2d
	.4byte	0xa2
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x20
	.4byte	.LASF15
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.4byte	0x96
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x8
	.string	"neg"
	.byte	0x18
	.byte	0x9
	.4byte	0x35
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0xd
	.8byte	.LVL10
	.4byte	0xae
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0
	.byte	0
	.uleb128 0xe
	.4byte	.LASF16
	.byte	0xb
	.4byte	0xa2
	.4byte	0x48b
	.uleb128 0x6
	.string	"x"
	.byte	0xb
	.byte	0x19
	.4byte	0xa2
	.uleb128 0xf
	.string	"r"
	.byte	0xf
	.byte	0x9
	.4byte	0xa2
	.uleb128 0x21
	.uleb128 0xf
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x35
	.byte	0
	.byte	0
	.uleb128 0xe
	.4byte	.LASF17
	.byte	0x9
	.4byte	0xa2
	.4byte	0x4ac
	.uleb128 0x6
	.string	"a"
	.byte	0x9
	.byte	0x18
	.4byte	0xa2
	.uleb128 0x6
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0xa2
	.byte	0
	.uleb128 0x22
	.4byte	.LASF22
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0xa2
	.byte	0x1
	.uleb128 0x6
	.string	"a"
	.byte	0x8
	.byte	0x18
	.4byte	0xa2
	.uleb128 0x6
	.string	"b"
	.byte	0x8
	.byte	0x1f
	.4byte	0xa2
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0x21
	.sleb128 17
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 18
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.sleb128 12
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
	.uleb128 0xf
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
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x16
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x19
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
	.uleb128 0x1c
	.uleb128 0x6
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1c
	.uleb128 0xd
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x21
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x22
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
.LVUS4:
	.uleb128 .LVU68
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU80
.LLST4:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS5:
	.uleb128 .LVU68
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU86
.LLST5:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL36-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS21:
	.uleb128 .LVU70
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU86
.LLST21:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x5
	.byte	0x3a
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x5
	.byte	0x3b
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-1-.Ltext0
	.uleb128 0x5
	.byte	0x3a
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU77
	.uleb128 .LVU81
.LLST22:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0xc000
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU77
	.uleb128 .LVU80
.LLST23:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU30
	.uleb128 .LVU46
.LLST7:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x4
	.byte	0x4a
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU33
	.uleb128 .LVU35
	.uleb128 .LVU36
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU46
.LLST8:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x4
	.byte	0x4a
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS9:
	.uleb128 .LVU33
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU46
.LLST9:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x5
	.byte	0x44
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x5
	.byte	0x45
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x5
	.byte	0x44
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU38
	.uleb128 .LVU40
.LLST11:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS12:
	.uleb128 .LVU38
	.uleb128 .LVU40
.LLST12:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x4
	.byte	0x4a
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU49
	.uleb128 .LVU65
.LLST14:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x4
	.byte	0x40
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU52
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU65
.LLST15:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS16:
	.uleb128 .LVU52
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU65
.LLST16:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x5
	.byte	0x44
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x5
	.byte	0x45
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x5
	.byte	0x44
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 .LVU57
	.uleb128 .LVU59
.LLST18:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS19:
	.uleb128 .LVU57
	.uleb128 .LVU59
.LLST19:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x4
	.byte	0x40
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS25:
	.uleb128 .LVU87
	.uleb128 .LVU103
.LLST25:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x4
	.byte	0x40
	.byte	0x40
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS26:
	.uleb128 .LVU90
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 .LVU99
	.uleb128 .LVU100
	.uleb128 .LVU103
.LLST26:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x4
	.byte	0x40
	.byte	0x3f
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS27:
	.uleb128 .LVU90
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 .LVU102
	.uleb128 .LVU102
	.uleb128 .LVU103
.LLST27:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x5
	.byte	0x44
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x5
	.byte	0x45
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x5
	.byte	0x44
	.byte	0x72
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS29:
	.uleb128 .LVU95
	.uleb128 .LVU97
.LLST29:
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS30:
	.uleb128 .LVU95
	.uleb128 .LVU97
.LLST30:
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x4
	.byte	0x40
	.byte	0x40
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-1-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU7
	.uleb128 .LVU14
	.uleb128 .LVU20
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS3:
	.uleb128 .LVU8
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0xb
	.byte	0x72
	.sleb128 0
	.byte	0x11
	.sleb128 -65535
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x16
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0xa
	.2byte	0x2710
	.byte	0x1e
	.byte	0x11
	.sleb128 -65535
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x15
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x71
	.sleb128 0
	.byte	0x1e
	.byte	0x11
	.sleb128 -65535
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x16
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0xa
	.2byte	0x2710
	.byte	0x1e
	.byte	0x11
	.sleb128 -65535
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0xb
	.byte	0x72
	.sleb128 0
	.byte	0x11
	.sleb128 -65535
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x16
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0xa
	.2byte	0x2710
	.byte	0x1e
	.byte	0x11
	.sleb128 -65535
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
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0
.LLRL20:
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0
.LLRL24:
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0x4
	.uleb128 .LBB57-.Ltext0
	.uleb128 .LBE57-.Ltext0
	.byte	0
.LLRL28:
	.byte	0x4
	.uleb128 .LBB51-.Ltext0
	.uleb128 .LBE51-.Ltext0
	.byte	0x4
	.uleb128 .LBB54-.Ltext0
	.uleb128 .LBE54-.Ltext0
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
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
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
.LASF14:
	.string	"name"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/fixed_point.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
