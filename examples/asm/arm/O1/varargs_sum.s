	.arch armv8-a
	.file	"varargs_sum.c"
	.text
.Ltext0:
	.file 0 "." "programs/varargs_sum.c"
	.align	2
	.type	sum, %function
sum:
.LVL0:
.LFB11:
	.file 1 "programs/varargs_sum.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 6 1 is_stmt 0 view .LVU1
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	mov	w8, w0
	str	x1, [sp, 40]
	str	x2, [sp, 48]
	str	x3, [sp, 56]
	str	x4, [sp, 64]
	str	x5, [sp, 72]
	str	x6, [sp, 80]
	str	x7, [sp, 88]
	.loc 1 7 5 is_stmt 1 view .LVU2
	.loc 1 8 5 view .LVU3
.LVL1:
	.loc 1 9 5 view .LVU4
	add	x0, sp, 96
.LVL2:
	.loc 1 9 5 is_stmt 0 view .LVU5
	str	x0, [sp]
	str	x0, [sp, 8]
	add	x0, sp, 32
	str	x0, [sp, 16]
	mov	w0, -56
	str	w0, [sp, 24]
	str	wzr, [sp, 28]
	.loc 1 10 5 is_stmt 1 view .LVU6
.LBB2:
	.loc 1 10 10 view .LVU7
.LVL3:
	.loc 1 10 23 view .LVU8
	cmp	w8, 0
	ble	.L7
	.loc 1 11 14 is_stmt 0 view .LVU9
	ldr	x5, [sp, 8]
	.loc 1 10 14 view .LVU10
	mov	w1, 0
.LBE2:
	.loc 1 8 10 view .LVU11
	mov	x0, 0
	b	.L6
.LVL4:
.L3:
.LBB3:
	.loc 1 11 14 view .LVU12
	add	w4, w3, 8
	str	w4, [sp, 24]
	cmp	w4, 0
	ble	.L5
	add	x3, x2, 11
	and	x3, x3, -8
	str	x3, [sp]
.L4:
	ldrsw	x2, [x2]
	.loc 1 11 11 view .LVU13
	add	x0, x0, x2
.LVL5:
	.loc 1 10 29 is_stmt 1 view .LVU14
	add	w1, w1, 1
.LVL6:
	.loc 1 10 23 view .LVU15
	cmp	w8, w1
	beq	.L1
.LVL7:
.L6:
	.loc 1 11 9 view .LVU16
	.loc 1 11 14 is_stmt 0 view .LVU17
	ldr	w3, [sp, 24]
	ldr	x2, [sp]
	tbnz	w3, #31, .L3
	add	x3, x2, 11
	and	x3, x3, -8
	str	x3, [sp]
	b	.L4
.L5:
	add	x2, x5, w3, sxtw
	b	.L4
.LVL8:
.L7:
	.loc 1 11 14 view .LVU18
.LBE3:
	.loc 1 8 10 view .LVU19
	mov	x0, 0
	.loc 1 12 5 is_stmt 1 view .LVU20
	.loc 1 13 5 view .LVU21
.LVL9:
.L1:
	.loc 1 14 1 is_stmt 0 view .LVU22
	add	sp, sp, 96
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE11:
	.size	sum, .-sum
	.align	2
	.type	maxl, %function
maxl:
.LVL10:
.LFB12:
	.loc 1 17 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 17 1 is_stmt 0 view .LVU24
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	mov	w8, w0
	str	x1, [sp, 40]
	str	x2, [sp, 48]
	str	x3, [sp, 56]
	str	x4, [sp, 64]
	str	x5, [sp, 72]
	str	x6, [sp, 80]
	str	x7, [sp, 88]
	.loc 1 18 5 is_stmt 1 view .LVU25
	.loc 1 19 5 view .LVU26
	add	x0, sp, 96
.LVL11:
	.loc 1 19 5 is_stmt 0 view .LVU27
	str	x0, [sp]
	str	x0, [sp, 8]
	add	x0, sp, 32
	str	x0, [sp, 16]
	str	wzr, [sp, 28]
	.loc 1 20 5 is_stmt 1 view .LVU28
	.loc 1 20 10 is_stmt 0 view .LVU29
	mov	w0, -48
	str	w0, [sp, 24]
	cmp	w0, 0
	ble	.L13
	add	x1, sp, 96
	add	x0, x1, 8
	str	x0, [sp]
.L12:
	ldr	x0, [x1]
	.loc 1 21 5 is_stmt 1 view .LVU30
.LBB4:
	.loc 1 21 10 view .LVU31
.LVL12:
	.loc 1 21 23 view .LVU32
	cmp	w8, 1
	ble	.L10
.LBB5:
	.loc 1 22 14 is_stmt 0 view .LVU33
	ldr	x5, [sp, 8]
.LBE5:
	.loc 1 21 14 view .LVU34
	mov	w1, 1
	b	.L18
.LVL13:
.L13:
	.loc 1 21 14 view .LVU35
.LBE4:
	.loc 1 20 10 view .LVU36
	ldr	x1, [sp, 8]
	sub	x1, x1, #56
	b	.L12
.LVL14:
.L15:
.LBB8:
.LBB6:
	.loc 1 22 14 view .LVU37
	add	w4, w3, 8
	str	w4, [sp, 24]
	cmp	w4, 0
	ble	.L17
	add	x3, x2, 15
	and	x3, x3, -8
	str	x3, [sp]
.L16:
	.loc 1 23 9 is_stmt 1 view .LVU38
	ldr	x2, [x2]
	cmp	x0, x2
	csel	x0, x0, x2, ge
.LVL15:
	.loc 1 23 9 is_stmt 0 view .LVU39
.LBE6:
	.loc 1 21 29 is_stmt 1 view .LVU40
	add	w1, w1, 1
.LVL16:
	.loc 1 21 23 view .LVU41
	cmp	w8, w1
	beq	.L10
.LVL17:
.L18:
.LBB7:
	.loc 1 22 9 view .LVU42
	.loc 1 22 14 is_stmt 0 view .LVU43
	ldr	w3, [sp, 24]
	ldr	x2, [sp]
	tbnz	w3, #31, .L15
	.loc 1 22 14 view .LVU44
	add	x3, x2, 15
	and	x3, x3, -8
	str	x3, [sp]
	b	.L16
.L17:
	add	x2, x5, w3, sxtw
	b	.L16
.LVL18:
.L10:
	.loc 1 22 14 view .LVU45
.LBE7:
.LBE8:
	.loc 1 28 1 view .LVU46
	add	sp, sp, 96
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE12:
	.size	maxl, .-maxl
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%d"
	.align	3
.LC1:
	.string	"%s"
	.text
	.align	2
	.type	format, %function
format:
.LVL19:
.LFB13:
	.loc 1 31 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 31 1 is_stmt 0 view .LVU48
	stp	x29, x30, [sp, -144]!
	.cfi_def_cfa_offset 144
	.cfi_offset 29, -144
	.cfi_offset 30, -136
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	.cfi_offset 19, -128
	.cfi_offset 20, -120
	.cfi_offset 21, -112
	.cfi_offset 22, -104
	mov	x21, x0
	str	x2, [sp, 96]
	str	x3, [sp, 104]
	str	x4, [sp, 112]
	str	x5, [sp, 120]
	str	x6, [sp, 128]
	str	x7, [sp, 136]
	.loc 1 32 5 is_stmt 1 view .LVU49
	.loc 1 33 5 view .LVU50
.LVL20:
	.loc 1 34 5 view .LVU51
	add	x0, sp, 144
.LVL21:
	.loc 1 34 5 is_stmt 0 view .LVU52
	str	x0, [sp, 64]
	str	x0, [sp, 72]
	add	x0, sp, 96
	str	x0, [sp, 80]
	mov	w0, -48
	str	w0, [sp, 88]
	str	wzr, [sp, 92]
	.loc 1 35 5 is_stmt 1 view .LVU53
	.loc 1 35 12 view .LVU54
	ldrb	w2, [x1]
	cbz	w2, .L39
	stp	x23, x24, [sp, 48]
	.cfi_offset 24, -88
	.cfi_offset 23, -96
	.loc 1 33 9 is_stmt 0 view .LVU55
	mov	w19, 0
	.loc 1 41 24 view .LVU56
	adrp	x23, .LC0
	add	x23, x23, :lo12:.LC0
	.loc 1 42 24 view .LVU57
	adrp	x22, .LC1
	add	x22, x22, :lo12:.LC1
	.loc 1 44 27 view .LVU58
	mov	w24, 63
	b	.L38
.LVL22:
.L44:
	.loc 1 37 13 is_stmt 1 discriminator 1 view .LVU59
	.loc 1 37 22 is_stmt 0 discriminator 1 view .LVU60
	strb	w2, [x21, w19, sxtw]
	.loc 1 38 13 is_stmt 1 discriminator 1 view .LVU61
	.loc 1 37 18 is_stmt 0 discriminator 1 view .LVU62
	add	w19, w19, 1
.LVL23:
	.loc 1 38 13 discriminator 1 view .LVU63
	mov	x20, x1
.LVL24:
.L24:
	.loc 1 35 21 is_stmt 1 view .LVU64
	add	x1, x20, 1
.LVL25:
	.loc 1 35 12 view .LVU65
	ldrb	w2, [x20, 1]
	cbz	w2, .L43
.LVL26:
.L38:
	.loc 1 36 9 view .LVU66
	.loc 1 36 12 is_stmt 0 view .LVU67
	cmp	w2, 37
	bne	.L44
	.loc 1 40 9 is_stmt 1 view .LVU68
	add	x20, x1, 1
.LVL27:
	.loc 1 40 17 is_stmt 0 view .LVU69
	ldrb	w1, [x1, 1]
	.loc 1 40 9 view .LVU70
	cmp	w1, 100
	beq	.L25
	cmp	w1, 115
	beq	.L26
	cmp	w1, 99
	beq	.L45
	.loc 1 44 18 is_stmt 1 view .LVU71
.LVL28:
	.loc 1 44 27 is_stmt 0 view .LVU72
	strb	w24, [x21, w19, sxtw]
	.loc 1 44 34 is_stmt 1 view .LVU73
	.loc 1 44 23 is_stmt 0 view .LVU74
	add	w19, w19, 1
.LVL29:
	.loc 1 44 34 view .LVU75
	b	.L24
.L25:
	.loc 1 41 19 is_stmt 1 view .LVU76
	.loc 1 41 24 is_stmt 0 view .LVU77
	add	x0, x21, w19, sxtw
	ldr	w2, [sp, 88]
	ldr	x1, [sp, 64]
	tbnz	w2, #31, .L29
	add	x2, x1, 11
	and	x2, x2, -8
	str	x2, [sp, 64]
.L30:
	ldr	w2, [x1]
	mov	x1, x23
	bl	sprintf
.LVL30:
	.loc 1 41 21 view .LVU78
	add	w19, w19, w0
.LVL31:
	.loc 1 41 65 is_stmt 1 view .LVU79
	b	.L24
.L29:
	.loc 1 41 24 is_stmt 0 view .LVU80
	add	w3, w2, 8
	str	w3, [sp, 88]
	cmp	w3, 0
	ble	.L31
	add	x2, x1, 11
	and	x2, x2, -8
	str	x2, [sp, 64]
	b	.L30
.L31:
	ldr	x1, [sp, 72]
	add	x1, x1, w2, sxtw
	b	.L30
.L26:
	.loc 1 42 19 is_stmt 1 view .LVU81
	.loc 1 42 24 is_stmt 0 view .LVU82
	add	x0, x21, w19, sxtw
	ldr	w2, [sp, 88]
	ldr	x1, [sp, 64]
	tbnz	w2, #31, .L32
	add	x2, x1, 15
	and	x2, x2, -8
	str	x2, [sp, 64]
.L33:
	ldr	x2, [x1]
	mov	x1, x22
	bl	sprintf
.LVL32:
	.loc 1 42 21 view .LVU83
	add	w19, w19, w0
.LVL33:
	.loc 1 42 74 is_stmt 1 view .LVU84
	b	.L24
.L32:
	.loc 1 42 24 is_stmt 0 view .LVU85
	add	w3, w2, 8
	str	w3, [sp, 88]
	cmp	w3, 0
	ble	.L34
	add	x2, x1, 15
	and	x2, x2, -8
	str	x2, [sp, 64]
	b	.L33
.L34:
	ldr	x1, [sp, 72]
	add	x1, x1, w2, sxtw
	b	.L33
.L45:
	.loc 1 43 19 is_stmt 1 view .LVU86
	.loc 1 43 36 is_stmt 0 view .LVU87
	ldr	w1, [sp, 88]
	ldr	x0, [sp, 64]
	tbnz	w1, #31, .L35
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 64]
.L36:
.LVL34:
	.loc 1 43 30 view .LVU88
	ldr	w0, [x0]
	strb	w0, [x21, w19, sxtw]
	.loc 1 43 53 is_stmt 1 view .LVU89
	.loc 1 43 24 is_stmt 0 view .LVU90
	add	w19, w19, 1
.LVL35:
	.loc 1 43 53 view .LVU91
	b	.L24
.L35:
	.loc 1 43 36 view .LVU92
	add	w2, w1, 8
	str	w2, [sp, 88]
	cmp	w2, 0
	ble	.L37
	add	x1, x0, 11
	and	x1, x1, -8
	str	x1, [sp, 64]
	b	.L36
.L37:
	ldr	x0, [sp, 72]
	add	x0, x0, w1, sxtw
	b	.L36
.LVL36:
.L43:
	.loc 1 43 36 view .LVU93
	ldp	x23, x24, [sp, 48]
	.cfi_restore 24
	.cfi_restore 23
.LVL37:
.L22:
	.loc 1 47 5 is_stmt 1 view .LVU94
	.loc 1 48 5 view .LVU95
	.loc 1 48 12 is_stmt 0 view .LVU96
	strb	wzr, [x21, w19, sxtw]
	.loc 1 49 5 is_stmt 1 view .LVU97
	.loc 1 50 1 is_stmt 0 view .LVU98
	mov	w0, w19
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.LVL38:
	.loc 1 50 1 view .LVU99
	ldp	x29, x30, [sp], 144
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
.LVL39:
.L39:
	.cfi_restore_state
	.loc 1 33 9 view .LVU100
	mov	w19, 0
	b	.L22
	.cfi_endproc
.LFE13:
	.size	format, .-format
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"sum %ld %ld %ld\n"
	.align	3
.LC3:
	.string	"max %ld\n"
	.align	3
.LC4:
	.string	"cart"
	.align	3
.LC5:
	.string	"%s has %d items%c %x"
	.align	3
.LC6:
	.string	"%s (%d chars)\n"
	.text
	.align	2
	.global	main
	.type	main, %function
main:
.LFB14:
	.loc 1 53 1 is_stmt 1 view -0
	.cfi_startproc
	sub	sp, sp, #176
	.cfi_def_cfa_offset 176
	stp	x29, x30, [sp, 16]
	.cfi_offset 29, -160
	.cfi_offset 30, -152
	add	x29, sp, 16
	stp	x19, x20, [sp, 32]
	.cfi_offset 19, -144
	.cfi_offset 20, -136
	.loc 1 54 5 view .LVU102
	.loc 1 55 5 view .LVU103
	mov	w3, 3
	mov	w2, 2
	mov	w1, 1
	mov	w0, w3
	bl	sum
.LVL40:
	mov	x19, x0
	mov	w0, 0
	bl	sum
.LVL41:
	mov	x20, x0
	mov	w0, 1
	str	w0, [sp, 8]
	mov	w0, 2
	str	w0, [sp]
	mov	w7, 3
	mov	w6, 4
	mov	w5, 5
	mov	w4, 6
	mov	w3, 7
	mov	w2, 8
	mov	w1, 9
	mov	w0, w1
	bl	sum
.LVL42:
	mov	x3, x0
	mov	x2, x20
	mov	x1, x19
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
	bl	printf
.LVL43:
	.loc 1 56 5 view .LVU104
	mov	x5, 0
	mov	x4, 59391
	movk	x4, 0x4876, lsl 16
	movk	x4, 0x17, lsl 32
	mov	x3, 4
	mov	x2, 17
	mov	x1, -3
	mov	w0, 5
	bl	maxl
.LVL44:
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
.LVL45:
	.loc 1 57 5 view .LVU105
	.loc 1 57 13 is_stmt 0 view .LVU106
	add	x20, sp, 48
	mov	w4, 33
	mov	w3, 42
	adrp	x2, .LC4
	add	x2, x2, :lo12:.LC4
	adrp	x1, .LC5
	add	x1, x1, :lo12:.LC5
	mov	x0, x20
	bl	format
.LVL46:
	mov	w19, w0
.LVL47:
	.loc 1 58 5 is_stmt 1 view .LVU107
	mov	w2, w0
	mov	x1, x20
	adrp	x0, .LC6
.LVL48:
	.loc 1 58 5 is_stmt 0 view .LVU108
	add	x0, x0, :lo12:.LC6
	bl	printf
.LVL49:
	.loc 1 59 5 is_stmt 1 view .LVU109
	.loc 1 60 1 is_stmt 0 view .LVU110
	mov	w0, w19
	ldp	x19, x20, [sp, 32]
.LVL50:
	.loc 1 60 1 view .LVU111
	ldp	x29, x30, [sp, 16]
	add	sp, sp, 176
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
.Letext0:
	.file 2 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stdarg.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x429
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.8byte	.Ltext0
	.8byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF7
	.uleb128 0xb
	.4byte	.LASF15
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x41
	.uleb128 0x11
	.4byte	.LASF22
	.byte	0x20
	.byte	0x4
	.byte	0
	.4byte	0x80
	.uleb128 0x5
	.4byte	.LASF2
	.4byte	0x80
	.byte	0
	.uleb128 0x5
	.4byte	.LASF3
	.4byte	0x80
	.byte	0x8
	.uleb128 0x5
	.4byte	.LASF4
	.4byte	0x80
	.byte	0x10
	.uleb128 0x5
	.4byte	.LASF5
	.4byte	0x82
	.byte	0x18
	.uleb128 0x5
	.4byte	.LASF6
	.4byte	0x82
	.byte	0x1c
	.byte	0
	.uleb128 0x12
	.byte	0x8
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF8
	.uleb128 0x2
	.byte	0x2
	.byte	0x7
	.4byte	.LASF9
	.uleb128 0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF10
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.4byte	.LASF11
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF12
	.uleb128 0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.uleb128 0xc
	.4byte	0xb8
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF14
	.uleb128 0x14
	.4byte	0xb8
	.uleb128 0xb
	.4byte	.LASF16
	.byte	0x3
	.byte	0x34
	.byte	0x18
	.4byte	0x35
	.uleb128 0xd
	.4byte	.LASF17
	.2byte	0x166
	.4byte	0x82
	.4byte	0xeb
	.uleb128 0x9
	.4byte	0xb3
	.uleb128 0x9
	.4byte	0xeb
	.uleb128 0x6
	.byte	0
	.uleb128 0xc
	.4byte	0xbf
	.uleb128 0xd
	.4byte	.LASF18
	.2byte	0x164
	.4byte	0x82
	.4byte	0x106
	.uleb128 0x9
	.4byte	0xeb
	.uleb128 0x6
	.byte	0
	.uleb128 0x15
	.4byte	.LASF23
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.4byte	0x82
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a7
	.uleb128 0x7
	.string	"buf"
	.byte	0x36
	.byte	0xa
	.4byte	0x2a7
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.uleb128 0x4
	.string	"n"
	.byte	0x39
	.byte	0x9
	.4byte	0x82
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x3
	.8byte	.LVL40
	.4byte	0x3c5
	.4byte	0x16e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x33
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.uleb128 0x3
	.8byte	.LVL41
	.4byte	0x3c5
	.4byte	0x185
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.8byte	.LVL42
	.4byte	0x3c5
	.4byte	0x1cb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x39
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x39
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x38
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x36
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x35
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x56
	.uleb128 0x1
	.byte	0x34
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x57
	.uleb128 0x1
	.byte	0x33
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x8f
	.sleb128 0
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x2
	.byte	0x8f
	.sleb128 8
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.uleb128 0x3
	.8byte	.LVL43
	.4byte	0xf0
	.4byte	0x1f6
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
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.8byte	.LVL44
	.4byte	0x34b
	.4byte	0x222
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x1
	.byte	0x35
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x9
	.byte	0xfd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x41
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x34
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.8byte	.LVL45
	.4byte	0xf0
	.4byte	0x241
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC3
	.byte	0
	.uleb128 0x3
	.8byte	.LVL46
	.4byte	0x2b7
	.4byte	0x27f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8
	.byte	0x2a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x21
	.byte	0
	.uleb128 0xe
	.8byte	.LVL49
	.4byte	0xf0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x50
	.uleb128 0x9
	.byte	0x3
	.8byte	.LC6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x84
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x83
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x16
	.4byte	0xb8
	.4byte	0x2b7
	.uleb128 0x17
	.4byte	0x2e
	.byte	0x7f
	.byte	0
	.uleb128 0xf
	.4byte	.LASF19
	.byte	0x1e
	.byte	0xc
	.4byte	0x82
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x34b
	.uleb128 0x8
	.string	"out"
	.byte	0x1e
	.byte	0x19
	.4byte	0xb3
	.4byte	.LLST9
	.4byte	.LVUS9
	.uleb128 0x8
	.string	"fmt"
	.byte	0x1e
	.byte	0x2a
	.4byte	0xeb
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x6
	.uleb128 0x7
	.string	"ap"
	.byte	0x20
	.byte	0xd
	.4byte	0xc4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.uleb128 0x4
	.string	"n"
	.byte	0x21
	.byte	0x9
	.4byte	0x82
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x3
	.8byte	.LVL30
	.4byte	0xd0
	.4byte	0x336
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x87
	.sleb128 0
	.byte	0
	.uleb128 0xe
	.8byte	.LVL32
	.4byte	0xd0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x86
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xf
	.4byte	.LASF20
	.byte	0x10
	.byte	0xd
	.4byte	0xac
	.8byte	.LFB12
	.8byte	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3c5
	.uleb128 0x8
	.string	"n"
	.byte	0x10
	.byte	0x16
	.4byte	0x82
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x6
	.uleb128 0x7
	.string	"ap"
	.byte	0x12
	.byte	0xd
	.4byte	0xc4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x4
	.string	"m"
	.byte	0x14
	.byte	0xa
	.4byte	0xac
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0xa
	.4byte	.LLRL6
	.uleb128 0x4
	.string	"i"
	.byte	0x15
	.byte	0xe
	.4byte	0x82
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0xa
	.4byte	.LLRL8
	.uleb128 0x18
	.string	"v"
	.byte	0x1
	.byte	0x16
	.byte	0xe
	.4byte	0xac
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x19
	.string	"sum"
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0xac
	.8byte	.LFB11
	.8byte	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x8
	.string	"n"
	.byte	0x5
	.byte	0x15
	.4byte	0x82
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x6
	.uleb128 0x7
	.string	"ap"
	.byte	0x7
	.byte	0xd
	.4byte	0xc4
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.uleb128 0x4
	.string	"s"
	.byte	0x8
	.byte	0xa
	.4byte	0xac
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xa
	.4byte	.LLRL2
	.uleb128 0x4
	.string	"i"
	.byte	0xa
	.byte	0xe
	.4byte	0x82
	.4byte	.LLST3
	.4byte	.LVUS3
	.byte	0
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
	.uleb128 0x4
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
	.uleb128 0x5
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.uleb128 0x34
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
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
	.uleb128 0xc
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 3
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
	.uleb128 0xe
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x19
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
.LVUS12:
	.uleb128 .LVU107
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 .LVU109
	.uleb128 .LVU109
	.uleb128 .LVU111
	.uleb128 .LVU111
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL49-1-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS9:
	.uleb128 0
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU99
	.uleb128 .LVU99
	.uleb128 .LVU100
	.uleb128 .LVU100
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x50
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x65
	.byte	0
.LVUS10:
	.uleb128 0
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS11:
	.uleb128 .LVU51
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU91
	.uleb128 .LVU91
	.uleb128 .LVU94
	.uleb128 .LVU100
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x63
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS5:
	.uleb128 .LVU32
	.uleb128 .LVU35
	.uleb128 .LVU37
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU32
	.uleb128 .LVU35
	.uleb128 .LVU37
	.uleb128 .LVU45
.LLST7:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LFE11-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS1:
	.uleb128 .LVU4
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU22
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU8
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU22
.LLST3:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
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
.LLRL2:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0
.LLRL6:
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0
.LLRL8:
	.byte	0x4
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF21:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O1 -fasynchronous-unwind-tables"
.LASF12:
	.string	"short int"
.LASF20:
	.string	"maxl"
.LASF23:
	.string	"main"
.LASF16:
	.string	"va_list"
.LASF5:
	.string	"__gr_offs"
.LASF4:
	.string	"__vr_top"
.LASF19:
	.string	"format"
.LASF22:
	.string	"__va_list"
.LASF13:
	.string	"long int"
.LASF18:
	.string	"printf"
.LASF3:
	.string	"__gr_top"
.LASF2:
	.string	"__stack"
.LASF17:
	.string	"sprintf"
.LASF8:
	.string	"unsigned char"
.LASF11:
	.string	"signed char"
.LASF10:
	.string	"unsigned int"
.LASF9:
	.string	"short unsigned int"
.LASF14:
	.string	"char"
.LASF7:
	.string	"long unsigned int"
.LASF15:
	.string	"__gnuc_va_list"
.LASF6:
	.string	"__vr_offs"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/varargs_sum.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
