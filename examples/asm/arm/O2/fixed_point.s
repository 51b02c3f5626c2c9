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
	.p2align 4,,11
	.type	print_fix, %function
print_fix:
.LVL0:
.LFB14:
	.file 1 "programs/fixed_point.c"
	.loc 1 22 1 view -0
	.cfi_startproc
	.loc 1 23 5 view .LVU1
	.loc 1 22 1 is_stmt 0 view .LVU2
	mov	w2, w1
	.loc 1 23 34 view .LVU3
	mov	w4, 10000
	.loc 1 22 1 view .LVU4
	mov	x1, x0
.LVL1:
	.loc 1 23 13 view .LVU5
	mov	x0, 65535
.LVL2:
	.loc 1 25 8 view .LVU6
	mov	x3, -65535
	.loc 1 23 34 view .LVU7
	smull	x2, w2, w4
.LVL3:
	.loc 1 23 13 view .LVU8
	cmp	x2, 0
	add	x5, x2, x0
	csel	x5, x5, x2, lt
	asr	x5, x5, 16
.LVL4:
	.loc 1 24 5 is_stmt 1 view .LVU9
	.loc 1 25 5 view .LVU10
	.loc 1 25 8 is_stmt 0 view .LVU11
	cmp	x2, x3
	bge	.L3
	.loc 1 26 9 is_stmt 1 view .LVU12
	.loc 1 27 5 is_stmt 0 view .LVU13
	adrp	x2, .LC0
.LVL5:
	.loc 1 26 16 view .LVU14
	neg	x5, x5
.LVL6:
	.loc 1 27 5 is_stmt 1 view .LVU15
	add	x2, x2, :lo12:.LC0
.L2:
.LVL7:
	.loc 1 27 106 is_stmt 0 discriminator 4 view .LVU16
	mov	x3, 22859
	mov	x4, 10000
.LVL8:
	.loc 1 27 106 discriminator 4 view .LVU17
	movk	x3, 0x3886, lsl 16
	.loc 1 27 5 discriminator 4 view .LVU18
	adrp	x0, .LC2
	.loc 1 27 106 discriminator 4 view .LVU19
	movk	x3, 0xc5d6, lsl 32
	.loc 1 27 5 discriminator 4 view .LVU20
	add	x0, x0, :lo12:.LC2
	.loc 1 27 106 discriminator 4 view .LVU21
	movk	x3, 0x346d, lsl 48
	umulh	x3, x5, x3
	lsr	x3, x3, 11
	.loc 1 27 5 discriminator 4 view .LVU22
	msub	x4, x3, x4, x5
	b	printf
.LVL9:
.L3:
	.loc 1 27 5 view .LVU23
	adrp	x2, .LC1
.LVL10:
	.loc 1 27 5 view .LVU24
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.p2align 4,,11
	.global	main
	.type	main, %function
main:
.LFB15:
	.loc 1 31 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 32 5 view .LVU26
.LVL11:
	.loc 1 33 5 view .LVU27
	.loc 1 34 5 view .LVU28
	.loc 1 31 1 is_stmt 0 view .LVU29
	stp	x29, x30, [sp, -16]!
	.cfi_def_cfa_offset 16
	.cfi_offset 29, -16
	.cfi_offset 30, -8
	.loc 1 34 5 view .LVU30
	mov	w1, 16384
	movk	w1, 0x3, lsl 16
	.loc 1 31 1 view .LVU31
	mov	x29, sp
	.loc 1 34 5 view .LVU32
	adrp	x0, .LC3
	.loc 1 31 1 view .LVU33
	.loc 1 34 5 view .LVU34
	add	x0, x0, :lo12:.LC3
	bl	print_fix
.LVL12:
	.loc 1 35 5 is_stmt 1 view .LVU35
	mov	w1, 57344
	adrp	x0, .LC4
	movk	w1, 0xfffd, lsl 16
	add	x0, x0, :lo12:.LC4
	bl	print_fix
.LVL13:
	.loc 1 36 5 view .LVU36
	mov	w1, 6144
	adrp	x0, .LC5
	movk	w1, 0xfff9, lsl 16
	add	x0, x0, :lo12:.LC5
	bl	print_fix
.LVL14:
	.loc 1 37 5 view .LVU37
	mov	w1, 30841
	adrp	x0, .LC6
	movk	w1, 0xfffe, lsl 16
	add	x0, x0, :lo12:.LC6
	bl	print_fix
.LVL15:
	.loc 1 38 5 view .LVU38
.LBB43:
.LBI43:
	.loc 1 11 12 view .LVU39
.LBB44:
	.loc 1 13 5 view .LVU40
	.loc 1 15 5 view .LVU41
.LBB45:
	.loc 1 16 23 view .LVU42
.LBE45:
.LBE44:
.LBE43:
	.loc 1 37 5 is_stmt 0 view .LVU43
	mov	w1, 40960
.LBB58:
.LBB56:
.LBB54:
.LBB46:
.LBB47:
	.loc 1 9 68 view .LVU44
	mov	x3, 1073741824
.LBE47:
.LBE46:
.LBE54:
.LBE56:
.LBE58:
	.loc 1 37 5 view .LVU45
	mov	w2, 20
	movk	w1, 0x1, lsl 16
.LVL16:
.LBB59:
.LBB57:
.LBB55:
.LBB51:
.LBB48:
	.loc 1 9 68 view .LVU46
	movk	x3, 0x3, lsl 32
.LVL17:
	.p2align 3,,7
.L6:
	.loc 1 9 68 view .LVU47
.LBE48:
.LBE51:
	.loc 1 17 9 is_stmt 1 view .LVU48
.LBB52:
.LBI46:
	.loc 1 9 12 view .LVU49
.LBB49:
	.loc 1 9 36 view .LVU50
	.loc 1 9 68 is_stmt 0 view .LVU51
	sxtw	x0, w1
.LBE49:
.LBE52:
	.loc 1 16 23 view .LVU52
	subs	w2, w2, #1
.LBB53:
.LBB50:
	.loc 1 9 68 view .LVU53
	sdiv	x0, x3, x0
.LBE50:
.LBE53:
	.loc 1 17 16 view .LVU54
	add	w1, w1, w0
.LVL18:
	.loc 1 17 11 view .LVU55
	add	w1, w1, w1, lsr 31
	asr	w1, w1, 1
.LVL19:
	.loc 1 16 30 is_stmt 1 view .LVU56
	.loc 1 16 23 view .LVU57
	bne	.L6
.LVL20:
	.loc 1 16 23 is_stmt 0 view .LVU58
.LBE55:
.LBE57:
.LBE59:
	.loc 1 38 5 view .LVU59
	adrp	x0, .LC7
	add	x0, x0, :lo12:.LC7
	bl	print_fix
.LVL21:
	.loc 1 39 5 is_stmt 1 view .LVU60
.LBB60:
.LBI60:
	.loc 1 11 12 view .LVU61
.LBB61:
	.loc 1 13 5 view .LVU62
	.loc 1 15 5 view .LVU63
.LBB62:
	.loc 1 16 23 view .LVU64
.LBE62:
.LBE61:
.LBE60:
	.loc 1 38 5 is_stmt 0 view .LVU65
	mov	w2, 20
	mov	w1, 65536
.LBB71:
.LBB70:
.LBB69:
.LBB63:
.LBB64:
	.loc 1 9 68 view .LVU66
	mov	x3, 8589934592
.LVL22:
	.p2align 3,,7
.L7:
	.loc 1 9 68 view .LVU67
.LBE64:
.LBE63:
	.loc 1 17 9 is_stmt 1 view .LVU68
.LBB67:
.LBI63:
	.loc 1 9 12 view .LVU69
.LBB65:
	.loc 1 9 36 view .LVU70
	.loc 1 9 68 is_stmt 0 view .LVU71
	sxtw	x0, w1
.LBE65:
.LBE67:
	.loc 1 16 23 view .LVU72
	subs	w2, w2, #1
.LBB68:
.LBB66:
	.loc 1 9 68 view .LVU73
	sdiv	x0, x3, x0
.LBE66:
.LBE68:
	.loc 1 17 16 view .LVU74
	add	w1, w1, w0
.LVL23:
	.loc 1 17 11 view .LVU75
	add	w1, w1, w1, lsr 31
	asr	w1, w1, 1
.LVL24:
	.loc 1 16 30 is_stmt 1 view .LVU76
	.loc 1 16 23 view .LVU77
	bne	.L7
.LVL25:
	.loc 1 16 23 is_stmt 0 view .LVU78
.LBE69:
.LBE70:
.LBE71:
	.loc 1 39 5 view .LVU79
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
	bl	print_fix
.LVL26:
	.loc 1 40 5 is_stmt 1 view .LVU80
	.loc 1 41 5 view .LVU81
.LBB72:
	.loc 1 41 10 view .LVU82
	.loc 1 41 23 view .LVU83
.LBE72:
	.loc 1 39 5 is_stmt 0 view .LVU84
	mov	w2, 10
	.loc 1 40 18 view .LVU85
	mov	w1, 0
	.loc 1 40 9 view .LVU86
	mov	w0, 65536
.LBB81:
.LBB73:
.LBB74:
	.loc 1 8 61 view .LVU87
	mov	w4, 49152
.LVL27:
	.p2align 3,,7
.L8:
	.loc 1 8 61 view .LVU88
.LBE74:
.LBE73:
	.loc 1 42 9 is_stmt 1 discriminator 3 view .LVU89
.LBB78:
.LBB75:
	.loc 1 8 61 is_stmt 0 discriminator 3 view .LVU90
	smull	x3, w0, w4
.LBE75:
.LBE78:
	.loc 1 42 13 discriminator 3 view .LVU91
	add	w1, w1, w0
.LVL28:
	.loc 1 43 9 is_stmt 1 discriminator 3 view .LVU92
.LBB79:
.LBI73:
	.loc 1 8 12 discriminator 3 view .LVU93
.LBB76:
	.loc 1 8 36 discriminator 3 view .LVU94
.LBE76:
.LBE79:
	.loc 1 41 23 is_stmt 0 discriminator 3 view .LVU95
	subs	w2, w2, #1
.LBB80:
.LBB77:
	.loc 1 8 43 discriminator 3 view .LVU96
	ubfx	x0, x3, 16, 32
.LVL29:
	.loc 1 8 43 discriminator 3 view .LVU97
.LBE77:
.LBE80:
	.loc 1 41 30 is_stmt 1 discriminator 3 view .LVU98
	.loc 1 41 23 discriminator 3 view .LVU99
	bne	.L8
.LBE81:
	.loc 1 45 5 view .LVU100
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	bl	print_fix
.LVL30:
	.loc 1 46 5 view .LVU101
.LBB82:
.LBI82:
	.loc 1 11 12 view .LVU102
.LBB83:
	.loc 1 13 5 view .LVU103
	.loc 1 15 5 view .LVU104
.LBB84:
	.loc 1 16 23 view .LVU105
.LBE84:
.LBE83:
.LBE82:
	.loc 1 45 5 is_stmt 0 view .LVU106
	mov	w2, 20
	mov	w1, 524288
.LBB93:
.LBB92:
.LBB91:
.LBB85:
.LBB86:
	.loc 1 9 68 view .LVU107
	mov	x3, 68719476736
.LVL31:
	.p2align 3,,7
.L9:
	.loc 1 9 68 view .LVU108
.LBE86:
.LBE85:
	.loc 1 17 9 is_stmt 1 view .LVU109
.LBB89:
.LBI85:
	.loc 1 9 12 view .LVU110
.LBB87:
	.loc 1 9 36 view .LVU111
	.loc 1 9 68 is_stmt 0 view .LVU112
	sxtw	x0, w1
.LBE87:
.LBE89:
	.loc 1 16 23 view .LVU113
	subs	w2, w2, #1
.LBB90:
.LBB88:
	.loc 1 9 68 view .LVU114
	sdiv	x0, x3, x0
.LBE88:
.LBE90:
	.loc 1 17 16 view .LVU115
	add	w0, w1, w0
	.loc 1 17 11 view .LVU116
	add	w0, w0, w0, lsr 31
	asr	w1, w0, 1
.LVL32:
	.loc 1 16 30 is_stmt 1 view .LVU117
	.loc 1 16 23 view .LVU118
	bne	.L9
.LVL33:
	.loc 1 16 23 is_stmt 0 view .LVU119
.LBE91:
.LBE92:
.LBE93:
	.loc 1 47 1 view .LVU120
	ubfx	x0, x0, 17, 8
	ldp	x29, x30, [sp], 16
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/aarch64-linux-gnu/include/bits/stdint-intn.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x4b7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xf
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL32
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.uleb128 0x10
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
	.uleb128 0x7
	.4byte	.LASF8
	.byte	0x2
	.byte	0x29
	.byte	0x14
	.4byte	0x31
	.uleb128 0x7
	.4byte	.LASF9
	.byte	0x2
	.byte	0x2c
	.byte	0x19
	.4byte	0x73
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0x11
	.4byte	0x7a
	.uleb128 0x7
	.4byte	.LASF12
	.byte	0x3
	.byte	0x1a
	.byte	0x13
	.4byte	0x5b
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0x3
	.byte	0x1b
	.byte	0x13
	.4byte	0x67
	.uleb128 0x12
	.string	"fix"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x86
	.uleb128 0x13
	.4byte	.LASF19
	.byte	0x4
	.2byte	0x164
	.byte	0xc
	.4byte	0x31
	.4byte	0xc2
	.uleb128 0x14
	.4byte	0xc2
	.uleb128 0x15
	.byte	0
	.uleb128 0x16
	.byte	0x8
	.4byte	0x81
	.uleb128 0x17
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1e
	.byte	0x5
	.4byte	0x31
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3c6
	.uleb128 0x18
	.string	"a"
	.byte	0x1
	.byte	0x20
	.byte	0x9
	.4byte	0x9e
	.4byte	0x34000
	.uleb128 0x19
	.string	"b"
	.byte	0x1
	.byte	0x21
	.byte	0x9
	.4byte	0x9e
	.sleb128 -139264
	.uleb128 0x8
	.string	"x"
	.byte	0x28
	.byte	0x9
	.4byte	0x9e
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x8
	.string	"sum"
	.byte	0x28
	.byte	0x12
	.4byte	0x9e
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x1a
	.4byte	.LLRL20
	.4byte	0x173
	.uleb128 0x8
	.string	"i"
	.byte	0x29
	.byte	0xe
	.4byte	0x31
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x9
	.4byte	0x49a
	.8byte	.LBI73
	.byte	.LVU93
	.4byte	.LLRL22
	.byte	0x2b
	.byte	0xd
	.uleb128 0x1
	.4byte	0x4b0
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x1
	.4byte	0x4a7
	.4byte	.LLST24
	.4byte	.LVUS24
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x44d
	.8byte	.LBI43
	.byte	.LVU39
	.4byte	.LLRL6
	.byte	0x26
	.byte	0x5
	.4byte	0x1f2
	.uleb128 0x1
	.4byte	0x45b
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xb
	.4byte	.LLRL6
	.uleb128 0x4
	.4byte	0x464
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0xc
	.4byte	0x46d
	.4byte	.LLRL6
	.uleb128 0x4
	.4byte	0x46e
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x9
	.4byte	0x479
	.8byte	.LBI46
	.byte	.LVU49
	.4byte	.LLRL10
	.byte	0x11
	.byte	0x12
	.uleb128 0x1
	.4byte	0x490
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x1
	.4byte	0x487
	.4byte	.LLST12
	.4byte	.LVUS12
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x44d
	.8byte	.LBI60
	.byte	.LVU61
	.4byte	.LLRL13
	.byte	0x27
	.byte	0x5
	.4byte	0x271
	.uleb128 0x1
	.4byte	0x45b
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0xb
	.4byte	.LLRL13
	.uleb128 0x4
	.4byte	0x464
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0xc
	.4byte	0x46d
	.4byte	.LLRL13
	.uleb128 0x4
	.4byte	0x46e
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0x9
	.4byte	0x479
	.8byte	.LBI63
	.byte	.LVU69
	.4byte	.LLRL17
	.byte	0x11
	.byte	0x12
	.uleb128 0x1
	.4byte	0x490
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x1
	.4byte	0x487
	.4byte	.LLST19
	.4byte	.LVUS19
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x44d
	.8byte	.LBI82
	.byte	.LVU102
	.4byte	.LLRL25
	.byte	0x2e
	.byte	0xd
	.4byte	0x2f0
	.uleb128 0x1
	.4byte	0x45b
	.4byte	.LLST26
	.4byte	.LVUS26
	.uleb128 0xb
	.4byte	.LLRL25
	.uleb128 0x4
	.4byte	0x464
	.4byte	.LLST27
	.4byte	.LVUS27
	.uleb128 0xc
	.4byte	0x46d
	.4byte	.LLRL25
	.uleb128 0x4
	.4byte	0x46e
	.4byte	.LLST28
	.4byte	.LVUS28
	.uleb128 0x9
	.4byte	0x479
	.8byte	.LBI85
	.byte	.LVU110
	.4byte	.LLRL29
	.byte	0x11
	.byte	0x12
	.uleb128 0x1
	.4byte	0x490
	.4byte	.LLST30
	.4byte	.LVUS30
	.uleb128 0x1
	.4byte	0x487
	.4byte	.LLST31
	.4byte	.LVUS31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.8byte	.LVL12
	.4byte	0x3c6
	.4byte	0x30f
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0
	.uleb128 0x5
	.8byte	.LVL13
	.4byte	0x3c6
	.4byte	0x32e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.byte	0
	.uleb128 0x5
	.8byte	.LVL14
	.4byte	0x3c6
	.4byte	0x34d
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.byte	0
	.uleb128 0x5
	.8byte	.LVL15
	.4byte	0x3c6
	.4byte	0x36c
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.byte	0
	.uleb128 0x5
	.8byte	.LVL21
	.4byte	0x3c6
	.4byte	0x38b
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC7
	.byte	0
	.uleb128 0x5
	.8byte	.LVL26
	.4byte	0x3c6
	.4byte	0x3aa
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC8
	.byte	0
	.uleb128 0x1b
	.8byte	.LVL30
	.4byte	0x3c6
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC9
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	.LASF21
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x44d
	.uleb128 0x1d
	.4byte	.LASF14
	.byte	0x1
	.byte	0x15
	.byte	0x23
	.4byte	0xc2
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x1e
	.string	"v"
	.byte	0x1
	.byte	0x15
	.byte	0x2d
	.4byte	0x9e
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x1f
	.4byte	.LASF15
	.byte	0x1
	.byte	0x17
	.byte	0xd
	.4byte	0x92
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x8
	.string	"neg"
	.byte	0x18
	.byte	0x9
	.4byte	0x31
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x20
	.8byte	.LVL9
	.4byte	0xaa
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	.LASF16
	.byte	0xb
	.4byte	0x9e
	.4byte	0x479
	.uleb128 0x6
	.string	"x"
	.byte	0xb
	.byte	0x19
	.4byte	0x9e
	.uleb128 0xe
	.string	"r"
	.byte	0xf
	.byte	0x9
	.4byte	0x9e
	.uleb128 0x21
	.uleb128 0xe
	.string	"i"
	.byte	0x10
	.byte	0xe
	.4byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.4byte	.LASF17
	.byte	0x9
	.4byte	0x9e
	.4byte	0x49a
	.uleb128 0x6
	.string	"a"
	.byte	0x9
	.byte	0x18
	.4byte	0x9e
	.uleb128 0x6
	.string	"b"
	.byte	0x9
	.byte	0x1f
	.4byte	0x9e
	.byte	0
	.uleb128 0x22
	.4byte	.LASF22
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x9e
	.byte	0x1
	.uleb128 0x6
	.string	"a"
	.byte	0x8
	.byte	0x18
	.4byte	0x9e
	.uleb128 0x6
	.string	"b"
	.byte	0x8
	.byte	0x1f
	.4byte	0x9e
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0xd
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0x20
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
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
	.uleb128 .LVU81
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU97
	.uleb128 .LVU97
	.uleb128 .LVU101
.LLST4:
	.byte	0x6
	.8byte	.LVL26
	.byte	0x4
	.uleb128 .LVL26-.LVL26
	.uleb128 .LVL27-.LVL26
	.uleb128 0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL26
	.uleb128 .LVL29-.LVL26
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL29-.LVL26
	.uleb128 .LVL30-1-.LVL26
	.uleb128 0x5
	.byte	0x73
	.sleb128 0
	.byte	0x40
	.byte	0x26
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU81
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU101
.LLST5:
	.byte	0x6
	.8byte	.LVL26
	.byte	0x4
	.uleb128 .LVL26-.LVL26
	.uleb128 .LVL27-.LVL26
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL26
	.uleb128 .LVL30-1-.LVL26
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS21:
	.uleb128 .LVU83
	.uleb128 .LVU88
.LLST21:
	.byte	0x8
	.8byte	.LVL26
	.uleb128 .LVL27-.LVL26
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU93
	.uleb128 .LVU97
.LLST23:
	.byte	0x8
	.8byte	.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x4
	.byte	0xa
	.2byte	0xc000
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU93
	.uleb128 .LVU97
.LLST24:
	.byte	0x8
	.8byte	.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU40
	.uleb128 .LVU58
.LLST7:
	.byte	0x8
	.8byte	.LVL15
	.uleb128 .LVL20-.LVL15
	.uleb128 0x4
	.byte	0x4a
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU42
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU58
.LLST8:
	.byte	0x6
	.8byte	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x4
	.byte	0x4a
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.LVL15
	.uleb128 .LVL18-.LVL15
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL19-.LVL15
	.uleb128 .LVL20-.LVL15
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS9:
	.uleb128 .LVU42
	.uleb128 .LVU47
.LLST9:
	.byte	0x8
	.8byte	.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU49
	.uleb128 .LVU51
.LLST11:
	.byte	0x8
	.8byte	.LVL17
	.uleb128 .LVL17-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS12:
	.uleb128 .LVU49
	.uleb128 .LVU51
.LLST12:
	.byte	0x8
	.8byte	.LVL17
	.uleb128 .LVL17-.LVL17
	.uleb128 0x4
	.byte	0x4a
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU61
	.uleb128 .LVU78
.LLST14:
	.byte	0x8
	.8byte	.LVL21
	.uleb128 .LVL25-.LVL21
	.uleb128 0x4
	.byte	0x40
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU64
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU75
	.uleb128 .LVU76
	.uleb128 .LVU78
.LLST15:
	.byte	0x6
	.8byte	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL22-.LVL21
	.uleb128 0x4
	.byte	0x40
	.byte	0x3c
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.LVL21
	.uleb128 .LVL23-.LVL21
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.LVL21
	.uleb128 .LVL25-.LVL21
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS16:
	.uleb128 .LVU64
	.uleb128 .LVU67
.LLST16:
	.byte	0x8
	.8byte	.LVL21
	.uleb128 .LVL22-.LVL21
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 .LVU69
	.uleb128 .LVU71
.LLST18:
	.byte	0x8
	.8byte	.LVL22
	.uleb128 .LVL22-.LVL22
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS19:
	.uleb128 .LVU69
	.uleb128 .LVU71
.LLST19:
	.byte	0x8
	.8byte	.LVL22
	.uleb128 .LVL22-.LVL22
	.uleb128 0x4
	.byte	0x40
	.byte	0x3d
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS26:
	.uleb128 .LVU102
	.uleb128 .LVU119
.LLST26:
	.byte	0x8
	.8byte	.LVL30
	.uleb128 .LVL33-.LVL30
	.uleb128 0x4
	.byte	0x40
	.byte	0x40
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU105
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 .LVU119
.LLST27:
	.byte	0x6
	.8byte	.LVL30
	.byte	0x4
	.uleb128 .LVL30-.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x4
	.byte	0x40
	.byte	0x3f
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.LVL30
	.uleb128 .LVL33-.LVL30
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS28:
	.uleb128 .LVU105
	.uleb128 .LVU108
.LLST28:
	.byte	0x8
	.8byte	.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS30:
	.uleb128 .LVU110
	.uleb128 .LVU112
.LLST30:
	.byte	0x8
	.8byte	.LVL31
	.uleb128 .LVL31-.LVL31
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS31:
	.uleb128 .LVU110
	.uleb128 .LVU112
.LLST31:
	.byte	0x8
	.8byte	.LVL31
	.uleb128 .LVL31-.LVL31
	.uleb128 0x4
	.byte	0x40
	.byte	0x40
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU23
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
	.uleb128 .LVL9-1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL9-1-.LVL0
	.uleb128 .LVL9-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU8
	.uleb128 .LVU8
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
	.uleb128 .LVL3-.LVL0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LFE14-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU9
	.uleb128 .LVU16
	.uleb128 .LVU23
	.uleb128 0
.LLST2:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL7-.LVL4
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL9-.LVL4
	.uleb128 .LFE14-.LVL4
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS3:
	.uleb128 .LVU10
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 0
.LLST3:
	.byte	0x6
	.8byte	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
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
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL8-.LVL4
	.uleb128 0x1b
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x1e
	.byte	0x11
	.sleb128 -65535
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL4
	.uleb128 .LVL9-.LVL4
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
	.uleb128 .LVL9-.LVL4
	.uleb128 .LVL10-.LVL4
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
	.uleb128 .LVL10-.LVL4
	.uleb128 .LFE14-.LVL4
	.uleb128 0x1b
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
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
	.byte	0x5
	.8byte	.LBB43
	.byte	0x4
	.uleb128 .LBB43-.LBB43
	.uleb128 .LBE43-.LBB43
	.byte	0x4
	.uleb128 .LBB58-.LBB43
	.uleb128 .LBE58-.LBB43
	.byte	0x4
	.uleb128 .LBB59-.LBB43
	.uleb128 .LBE59-.LBB43
	.byte	0
.LLRL10:
	.byte	0x5
	.8byte	.LBB46
	.byte	0x4
	.uleb128 .LBB46-.LBB46
	.uleb128 .LBE46-.LBB46
	.byte	0x4
	.uleb128 .LBB51-.LBB46
	.uleb128 .LBE51-.LBB46
	.byte	0x4
	.uleb128 .LBB52-.LBB46
	.uleb128 .LBE52-.LBB46
	.byte	0x4
	.uleb128 .LBB53-.LBB46
	.uleb128 .LBE53-.LBB46
	.byte	0
.LLRL13:
	.byte	0x5
	.8byte	.LBB60
	.byte	0x4
	.uleb128 .LBB60-.LBB60
	.uleb128 .LBE60-.LBB60
	.byte	0x4
	.uleb128 .LBB71-.LBB60
	.uleb128 .LBE71-.LBB60
	.byte	0
.LLRL17:
	.byte	0x5
	.8byte	.LBB63
	.byte	0x4
	.uleb128 .LBB63-.LBB63
	.uleb128 .LBE63-.LBB63
	.byte	0x4
	.uleb128 .LBB67-.LBB63
	.uleb128 .LBE67-.LBB63
	.byte	0x4
	.uleb128 .LBB68-.LBB63
	.uleb128 .LBE68-.LBB63
	.byte	0
.LLRL20:
	.byte	0x5
	.8byte	.LBB72
	.byte	0x4
	.uleb128 .LBB72-.LBB72
	.uleb128 .LBE72-.LBB72
	.byte	0x4
	.uleb128 .LBB81-.LBB72
	.uleb128 .LBE81-.LBB72
	.byte	0
.LLRL22:
	.byte	0x5
	.8byte	.LBB73
	.byte	0x4
	.uleb128 .LBB73-.LBB73
	.uleb128 .LBE73-.LBB73
	.byte	0x4
	.uleb128 .LBB78-.LBB73
	.uleb128 .LBE78-.LBB73
	.byte	0x4
	.uleb128 .LBB79-.LBB73
	.uleb128 .LBE79-.LBB73
	.byte	0x4
	.uleb128 .LBB80-.LBB73
	.uleb128 .LBE80-.LBB73
	.byte	0
.LLRL25:
	.byte	0x5
	.8byte	.LBB82
	.byte	0x4
	.uleb128 .LBB82-.LBB82
	.uleb128 .LBE82-.LBB82
	.byte	0x4
	.uleb128 .LBB93-.LBB82
	.uleb128 .LBE93-.LBB82
	.byte	0
.LLRL29:
	.byte	0x5
	.8byte	.LBB85
	.byte	0x4
	.uleb128 .LBB85-.LBB85
	.uleb128 .LBE85-.LBB85
	.byte	0x4
	.uleb128 .LBB89-.LBB85
	.uleb128 .LBE89-.LBB85
	.byte	0x4
	.uleb128 .LBB90-.LBB85
	.uleb128 .LBE90-.LBB85
	.byte	0
.LLRL32:
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
.LASF18:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O2 -fasynchronous-unwind-tables"
.LASF4:
	.string	"short unsigned int"
.LASF9:
	.string	"__int64_t"
.LASF2:
	.string	"long unsigned int"
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
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
