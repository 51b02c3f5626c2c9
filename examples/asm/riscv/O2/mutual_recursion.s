	.file	"mutual_recursion.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/mutual_recursion.c"
	.align	1
	.type	expr, @function
expr:
.LFB15:
	.file 1 "programs/mutual_recursion.c"
	.loc 1 46 1
	.cfi_startproc
	.loc 1 47 5
	.loc 1 46 1 is_stmt 0
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	s4,0(sp)
	sd	ra,40(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 1, -8
	.loc 1 47 14
	call	term
.LVL0:
	mv	s1,a0
.LVL1:
	lla	s0,.LANCHOR0
	.loc 1 49 19
	li	s2,32
	.loc 1 51 12
	li	s3,43
	.loc 1 52 17
	li	s4,45
.L2:
	.loc 1 49 19 is_stmt 1
	.loc 1 51 9
	.loc 1 52 14
	.loc 1 52 31
	.loc 1 49 16 is_stmt 0
	ld	a5,0(s0)
	lbu	a4,0(a5)
	.loc 1 52 32
	addi	a3,a5,1
	.loc 1 49 19
	beq	a4,s2,.L3
.L10:
	.loc 1 51 12
	beq	a4,s3,.L9
	.loc 1 52 17
	bne	a4,s4,.L1
	.loc 1 52 32 discriminator 1
	sd	a3,0(s0)
	.loc 1 52 36 is_stmt 1 discriminator 1
	.loc 1 52 41 is_stmt 0 discriminator 1
	call	term
.LVL2:
	.loc 1 49 16 discriminator 1
	ld	a5,0(s0)
	.loc 1 52 38 discriminator 1
	sub	s1,s1,a0
.LVL3:
	.loc 1 49 19 is_stmt 1 discriminator 1
	.loc 1 51 9 discriminator 1
	.loc 1 52 14 discriminator 1
	.loc 1 52 31 discriminator 1
	.loc 1 49 16 is_stmt 0 discriminator 1
	lbu	a4,0(a5)
	.loc 1 52 32 discriminator 1
	addi	a3,a5,1
	.loc 1 49 19 discriminator 1
	bne	a4,s2,.L10
.L3:
	.loc 1 50 13 is_stmt 1
	.loc 1 50 14 is_stmt 0
	addi	a5,a5,1
	sd	a5,0(s0)
	j	.L2
.L9:
	.loc 1 51 26 is_stmt 1 discriminator 1
	.loc 1 51 27 is_stmt 0 discriminator 1
	sd	a3,0(s0)
	.loc 1 51 31 is_stmt 1 discriminator 1
	.loc 1 51 36 is_stmt 0 discriminator 1
	call	term
.LVL4:
	.loc 1 51 33 discriminator 1
	add	s1,s1,a0
.LVL5:
	j	.L2
.L1:
	.loc 1 55 1
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	ld	s2,16(sp)
	.cfi_restore 18
	ld	s3,8(sp)
	.cfi_restore 19
	ld	s4,0(sp)
	.cfi_restore 20
	mv	a0,s1
	ld	s1,24(sp)
	.cfi_restore 9
.LVL6:
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	expr, .-expr
	.align	1
	.type	factor, @function
factor:
.LFB13:
	.loc 1 13 1 is_stmt 1
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sd	s1,8(sp)
	.cfi_offset 9, -24
	lla	s1,.LANCHOR0
	ld	a6,0(s1)
	sd	s0,16(sp)
	sd	ra,24(sp)
	.cfi_offset 8, -16
	.cfi_offset 1, -8
	.loc 1 13 1 is_stmt 0
	li	a5,0
	li	s0,1
	mv	a3,a6
	.loc 1 14 15
	li	a2,32
	.loc 1 16 8
	li	a1,40
	.loc 1 23 8
	li	a0,45
.L20:
	.loc 1 14 5 is_stmt 1
	.loc 1 14 15
	.loc 1 14 12 is_stmt 0
	lbu	a4,0(a3)
	.loc 1 14 15
	bne	a4,a2,.L12
	addi	a5,a3,1
.L13:
	.loc 1 15 9 is_stmt 1
	.loc 1 14 15
	.loc 1 14 12 is_stmt 0
	lbu	a4,0(a5)
	mv	a3,a5
	.loc 1 14 15
	addi	a5,a5,1
	beq	a4,a2,.L13
	.loc 1 15 10
	li	a5,1
.L12:
	.loc 1 16 5 is_stmt 1
	.loc 1 16 8 is_stmt 0
	beq	a4,a1,.L27
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a4,a0,.L28
	.loc 1 24 9 is_stmt 1
	.loc 1 24 10 is_stmt 0
	addi	a3,a3,1
	.loc 1 25 9 is_stmt 1
	neg	s0,s0
	.loc 1 25 16 is_stmt 0
	li	a5,1
	j	.L20
.L27:
.LBB13:
	.loc 1 17 9 is_stmt 1
	.loc 1 17 10 is_stmt 0
	addi	a3,a3,1
	sd	a3,0(s1)
	.loc 1 18 9 is_stmt 1
	.loc 1 18 18 is_stmt 0
	call	expr
.LVL7:
	.loc 1 19 13
	ld	a5,0(s1)
	.loc 1 19 12
	li	a4,41
.LVL8:
	.loc 1 19 9 is_stmt 1
	.loc 1 19 12 is_stmt 0
	lbu	a3,0(a5)
	beq	a3,a4,.L15
	mul	a0,s0,a0
.LVL9:
.L11:
.LBE13:
	.loc 1 31 1
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	ld	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.L28:
	.cfi_restore_state
	beq	a5,zero,.L22
	sd	a3,0(s1)
.L18:
.LVL10:
	.loc 1 28 22 is_stmt 1
	.loc 1 28 12 is_stmt 0
	lbu	a1,0(a3)
	.loc 1 28 22
	li	a5,9
	addi	a3,a3,1
	addiw	a2,a1,-48
	andi	a1,a2,0xff
	.loc 1 27 10
	li	a4,0
	.loc 1 28 22
	li	a0,9
	bgtu	a1,a5,.L29
.LVL11:
.L21:
	.loc 1 29 9 is_stmt 1
	.loc 1 28 12 is_stmt 0
	lbu	a1,0(a3)
	.loc 1 29 15
	slli	a5,a4,2
	add	a5,a5,a4
	.loc 1 29 28
	sext.w	a4,a2
.LVL12:
	.loc 1 28 22
	addiw	a2,a1,-48
	.loc 1 29 15
	slli	a5,a5,1
	.loc 1 28 22
	andi	a1,a2,0xff
	.loc 1 29 25
	mv	a6,a3
	.loc 1 29 11
	add	a4,a4,a5
.LVL13:
	.loc 1 28 22 is_stmt 1
	addi	a3,a3,1
	bleu	a1,a0,.L21
	mul	a0,s0,a4
	.loc 1 31 1 is_stmt 0
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
	sd	a6,0(s1)
	ld	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL14:
.L15:
	.cfi_restore_state
.LBB14:
	.loc 1 20 13 is_stmt 1
	mul	a0,s0,a0
.LVL15:
.LBE14:
	.loc 1 31 1 is_stmt 0
	ld	ra,24(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,16(sp)
	.cfi_restore 8
.LBB15:
	.loc 1 20 14
	addi	a5,a5,1
	sd	a5,0(s1)
.LBE15:
	.loc 1 31 1
	ld	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL16:
.L22:
	.cfi_restore_state
	.loc 1 23 8
	mv	a3,a6
	j	.L18
.LVL17:
.L29:
	.loc 1 28 22
	li	a0,0
	j	.L11
	.cfi_endproc
.LFE13:
	.size	factor, .-factor
	.align	1
	.type	term, @function
term:
.LFB14:
	.loc 1 34 1 is_stmt 1
	.cfi_startproc
	.loc 1 35 5
	.loc 1 34 1 is_stmt 0
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	s4,0(sp)
	sd	ra,40(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 1, -8
	.loc 1 35 14
	call	factor
.LVL18:
	mv	s1,a0
.LVL19:
	lla	s0,.LANCHOR0
	.loc 1 37 19
	li	s2,32
	.loc 1 39 12
	li	s3,42
	.loc 1 40 17
	li	s4,47
.LVL20:
.L31:
	.loc 1 37 19 is_stmt 1
	.loc 1 39 9
	.loc 1 40 14
.LBB16:
	.loc 1 40 31
.LBE16:
	.loc 1 37 16 is_stmt 0
	ld	a5,0(s0)
	lbu	a4,0(a5)
.LBB17:
	.loc 1 40 32
	addi	a3,a5,1
.LBE17:
	.loc 1 37 19
	beq	a4,s2,.L32
.L39:
	.loc 1 39 12
	beq	a4,s3,.L38
	.loc 1 40 17
	bne	a4,s4,.L30
.LBB18:
	.loc 1 40 32 discriminator 1
	sd	a3,0(s0)
	.loc 1 40 36 is_stmt 1 discriminator 1
	.loc 1 40 45 is_stmt 0 discriminator 1
	call	factor
.LVL21:
	.loc 1 40 55 is_stmt 1 discriminator 1
	.loc 1 40 69 is_stmt 0 discriminator 1
	beq	a0,zero,.L36
.LBE18:
	.loc 1 37 16 discriminator 2
	ld	a5,0(s0)
.LBB19:
	.loc 1 40 69 discriminator 2
	div	s1,s1,a0
.LVL22:
.LBE19:
	.loc 1 37 19 is_stmt 1 discriminator 2
	.loc 1 39 9 discriminator 2
	.loc 1 40 14 discriminator 2
.LBB20:
	.loc 1 40 31 discriminator 2
.LBE20:
	.loc 1 37 16 is_stmt 0 discriminator 2
	lbu	a4,0(a5)
.LBB21:
	.loc 1 40 32 discriminator 2
	addi	a3,a5,1
.LBE21:
	.loc 1 37 19 discriminator 2
	bne	a4,s2,.L39
.LVL23:
.L32:
	.loc 1 38 13 is_stmt 1
	.loc 1 38 14 is_stmt 0
	addi	a5,a5,1
	sd	a5,0(s0)
	j	.L31
.LVL24:
.L36:
.LBB22:
	.loc 1 40 69
	li	s1,0
.LVL25:
	j	.L31
.LVL26:
.L38:
.LBE22:
	.loc 1 39 26 is_stmt 1 discriminator 1
	.loc 1 39 27 is_stmt 0 discriminator 1
	sd	a3,0(s0)
	.loc 1 39 31 is_stmt 1 discriminator 1
	.loc 1 39 36 is_stmt 0 discriminator 1
	call	factor
.LVL27:
	.loc 1 39 33 discriminator 1
	mul	s1,s1,a0
.LVL28:
	j	.L31
.L30:
	.loc 1 43 1
	ld	ra,40(sp)
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	ld	s2,16(sp)
	.cfi_restore 18
	ld	s3,8(sp)
	.cfi_restore 19
	ld	s4,0(sp)
	.cfi_restore 20
	mv	a0,s1
	ld	s1,24(sp)
	.cfi_restore 9
.LVL29:
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	term, .-term
	.align	1
	.type	is_odd.part.0, @function
is_odd.part.0:
.LFB17:
	.loc 1 6 12 is_stmt 1
	.cfi_startproc
.LVL30:
.LBB37:
.LBB38:
	.loc 1 5 52 is_stmt 0
	li	a5,1
.LVL31:
.L42:
	.loc 1 5 34 is_stmt 1
.LBB39:
.LBB40:
.LBB41:
	.loc 1 6 33
	.loc 1 6 51 is_stmt 0
	li	a4,2
.LBE41:
.LBE40:
.LBE39:
	.loc 1 5 52
	beq	a0,a5,.L45
.LBB53:
.LBB51:
.LBB49:
	.loc 1 6 51
	bne	a0,a4,.L47
	li	a0,0
.LVL32:
	ret
.LVL33:
.L45:
.LBE49:
.LBE51:
.LBE53:
	.loc 1 5 52
	li	a0,1
.LVL34:
.LBE38:
.LBE37:
	.loc 1 6 69
	ret
.LVL35:
.L47:
.LBB56:
.LBB55:
.LBB54:
.LBB52:
.LBB50:
.LBB42:
.LBB43:
.LBB44:
	.loc 1 5 34 is_stmt 1
	.loc 1 5 52 is_stmt 0
	li	a4,3
	beq	a0,a4,.L45
.LBB45:
.LBB46:
	.loc 1 5 54
	addiw	a0,a0,-4
.LVL36:
.LBB47:
.LBB48:
	.loc 1 6 33 is_stmt 1
	.loc 1 6 51 is_stmt 0
	bne	a0,zero,.L42
	ret
.LBE48:
.LBE47:
.LBE46:
.LBE45:
.LBE44:
.LBE43:
.LBE42:
.LBE50:
.LBE52:
.LBE54:
.LBE55:
.LBE56:
	.cfi_endproc
.LFE17:
	.size	is_odd.part.0, .-is_odd.part.0
	.align	1
	.type	is_even.part.0, @function
is_even.part.0:
.LFB18:
	.loc 1 5 12 is_stmt 1
	.cfi_startproc
.LVL37:
.LBB93:
.LBB94:
	.loc 1 6 51 is_stmt 0
	li	a4,1
.LBE94:
.LBE93:
	.loc 1 5 12
	mv	a5,a0
.LVL38:
.LBB127:
.LBB126:
	.loc 1 6 33 is_stmt 1
	.loc 1 6 51 is_stmt 0
	bne	a0,a4,.L60
	li	a0,0
.LVL39:
	ret
.LVL40:
.L60:
.LBB95:
.LBB96:
.LBB97:
	.loc 1 5 34 is_stmt 1
	.loc 1 5 52 is_stmt 0
	li	a4,2
	beq	a0,a4,.L57
.LVL41:
.LBB98:
.LBB99:
.LBB100:
	.loc 1 6 33 is_stmt 1
	.loc 1 6 51 is_stmt 0
	li	a4,3
.LBE100:
.LBE99:
.LBE98:
.LBE97:
.LBE96:
.LBE95:
	li	a0,0
.LVL42:
.LBB125:
.LBB124:
.LBB123:
.LBB122:
.LBB121:
.LBB120:
	beq	a5,a4,.L49
.LVL43:
.LBB101:
.LBB102:
.LBB103:
	.loc 1 5 34 is_stmt 1
	.loc 1 5 52 is_stmt 0
	li	a4,4
	beq	a5,a4,.L57
.LVL44:
.LBB104:
.LBB105:
.LBB106:
	.loc 1 6 33 is_stmt 1
	.loc 1 6 51 is_stmt 0
	li	a4,5
	beq	a5,a4,.L49
.LVL45:
.LBB107:
.LBB108:
.LBB109:
	.loc 1 5 34 is_stmt 1
	.loc 1 5 52 is_stmt 0
	li	a4,6
	beq	a5,a4,.L57
.LVL46:
.LBB110:
.LBB111:
.LBB112:
	.loc 1 6 33 is_stmt 1
	.loc 1 6 51 is_stmt 0
	li	a4,7
	beq	a5,a4,.L49
.LVL47:
.LBB113:
.LBB114:
.LBB115:
	.loc 1 5 34 is_stmt 1
	.loc 1 5 52 is_stmt 0
	li	a4,8
	beq	a5,a4,.L57
.LVL48:
.LBB116:
.LBB117:
	.loc 1 5 54
	addiw	a5,a5,-9
.LVL49:
.LBB118:
.LBB119:
	.loc 1 6 33 is_stmt 1
	.loc 1 6 51 is_stmt 0
	beq	a5,zero,.L49
	mv	a0,a5
	tail	is_odd.part.0
.LVL50:
.L57:
.LBE119:
.LBE118:
.LBE117:
.LBE116:
.LBE115:
.LBE114:
.LBE113:
.LBE112:
.LBE111:
.LBE110:
.LBE109:
.LBE108:
.LBE107:
.LBE106:
.LBE105:
.LBE104:
.LBE103:
.LBE102:
.LBE101:
.LBE120:
.LBE121:
.LBE122:
	.loc 1 5 52
	li	a0,1
.L49:
.LVL51:
.LBE123:
.LBE124:
.LBE125:
.LBE126:
.LBE127:
	.loc 1 5 69
	ret
	.cfi_endproc
.LFE18:
	.size	is_even.part.0, .-is_even.part.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"even(10)=%d odd(7)=%d even(333)=%d\n"
	.align	3
.LC1:
	.string	"%s = %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB16:
	.loc 1 58 1 is_stmt 1
	.cfi_startproc
.LVL52:
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sd	s2,16(sp)
	.cfi_offset 18, -32
	mv	s2,a0
.LBB159:
.LBB160:
.LBB161:
.LBB162:
.LBB163:
.LBB164:
	li	a0,8
.LVL53:
.LBE164:
.LBE163:
.LBE162:
.LBE161:
.LBE160:
.LBE159:
	.loc 1 59 5
.LBB175:
	.loc 1 5 34
.LBB173:
.LBB171:
	.loc 1 6 33
.LBB169:
.LBB167:
.LBB165:
	.loc 1 5 34
.LBE165:
.LBE167:
.LBE169:
.LBE171:
.LBE173:
.LBE175:
	.loc 1 58 1 is_stmt 0
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	mv	s0,a1
	sd	s3,8(sp)
	sd	s4,0(sp)
	.cfi_offset 19, -40
	.cfi_offset 20, -48
.LBB176:
.LBB174:
.LBB172:
.LBB170:
.LBB168:
.LBB166:
	call	is_even.part.0
.LVL54:
	mv	s1,a0
.LBE166:
.LBE168:
.LBE170:
.LBE172:
.LBE174:
.LBE176:
.LBB177:
.LBB178:
.LBB179:
.LBB180:
.LBB181:
.LBB182:
	li	a0,5
.LVL55:
.LBE182:
.LBE181:
.LBE180:
.LBE179:
.LBE178:
	.loc 1 6 33 is_stmt 1
.LBB187:
.LBB186:
	.loc 1 5 34
.LBB185:
.LBB184:
.LBB183:
	.loc 1 6 33
	call	is_odd.part.0
.LVL56:
	mv	s3,a0
.LVL57:
.LBE183:
.LBE184:
.LBE185:
.LBE186:
.LBE187:
.LBE177:
.LBB188:
	.loc 1 5 34
.LBB189:
.LBB190:
	.loc 1 6 33
.LBB191:
.LBB192:
.LBB193:
	.loc 1 5 34
	li	a0,331
	call	is_even.part.0
.LVL58:
	mv	a3,a0
.LBE193:
.LBE192:
.LBE191:
.LBE190:
.LBE189:
.LBE188:
	.loc 1 59 5 is_stmt 0
	mv	a2,s3
	mv	a1,s1
	lla	a0,.LC0
	call	printf@plt
.LVL59:
	.loc 1 60 5 is_stmt 1
	.loc 1 61 5
.LBB194:
	.loc 1 61 10
	.loc 1 61 23
	li	a5,1
	ble	s2,a5,.L64
	addiw	s2,s2,-2
	slli	a5,s2,32
	srli	s2,a5,29
	addi	a5,s0,16
	add	s2,s2,a5
	addi	s0,s0,8
.LVL60:
	lla	s4,.LANCHOR0
	.loc 1 64 9 is_stmt 0
	lla	s3,.LC1
.LVL61:
.L63:
	.loc 1 62 9 is_stmt 1 discriminator 3
	.loc 1 62 11 is_stmt 0 discriminator 3
	ld	a5,0(s0)
	.loc 1 61 23 discriminator 3
	addi	s0,s0,8
.LVL62:
	.loc 1 62 11 discriminator 3
	sd	a5,0(s4)
	.loc 1 63 9 is_stmt 1 discriminator 3
	.loc 1 63 16 is_stmt 0 discriminator 3
	call	expr
.LVL63:
	.loc 1 64 9 discriminator 3
	ld	a1,-8(s0)
	.loc 1 63 16 discriminator 3
	mv	s1,a0
.LVL64:
	.loc 1 64 9 is_stmt 1 discriminator 3
	mv	a2,a0
	mv	a0,s3
	call	printf@plt
.LVL65:
	.loc 1 61 32 discriminator 3
	.loc 1 61 23 discriminator 3
	bne	s0,s2,.L63
.LVL66:
.L62:
.LBE194:
	.loc 1 66 5
	.loc 1 67 1 is_stmt 0
	ld	ra,40(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,32(sp)
	.cfi_restore 8
	ld	s2,16(sp)
	.cfi_restore 18
	ld	s3,8(sp)
	.cfi_restore 19
	ld	s4,0(sp)
	.cfi_restore 20
	andi	a0,s1,127
	ld	s1,24(sp)
	.cfi_restore 9
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
.LVL67:
.L64:
	.cfi_restore_state
	.loc 1 60 10
	li	s1,0
	j	.L62
	.cfi_endproc
.LFE16:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	p, @object
	.size	p, 8
p:
	.zero	8
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x7f7
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF18
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL57
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x4
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x4
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x4
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x4
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x4
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0x9
	.4byte	0x67
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x12
	.4byte	0x67
	.byte	0x13
	.string	"p"
	.byte	0x1
	.byte	0x8
	.byte	0x14
	.4byte	0x87
	.byte	0x9
	.byte	0x3
	.8byte	p
	.byte	0x9
	.4byte	0x6e
	.byte	0x14
	.4byte	.LASF19
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0xa4
	.byte	0x15
	.4byte	0x87
	.byte	0x16
	.byte	0
	.byte	0x17
	.4byte	.LASF20
	.byte	0x1
	.byte	0x39
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
	.byte	0x1
	.byte	0x9c
	.4byte	0x373
	.byte	0xb
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST36
	.byte	0xb
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x373
	.4byte	.LLST37
	.byte	0x18
	.4byte	.LASF12
	.byte	0x1
	.byte	0x3c
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST38
	.byte	0x19
	.8byte	.LBB194
	.8byte	.LBE194-.LBB194
	.4byte	0x13c
	.byte	0x7
	.string	"i"
	.byte	0x3d
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST56
	.byte	0x5
	.8byte	.LVL63
	.4byte	0x378
	.byte	0x8
	.8byte	.LVL65
	.4byte	0x8c
	.byte	0x6
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x6
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1a
	.4byte	0x49f
	.8byte	.LBB159
	.4byte	.LLRL39
	.byte	0x1
	.byte	0x3b
	.byte	0x5
	.4byte	0x1e5
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST40
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB160
	.4byte	.LLRL39
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST40
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB161
	.4byte	.LLRL39
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST42
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB162
	.4byte	.LLRL39
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST42
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB163
	.4byte	.LLRL39
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST44
	.byte	0x8
	.8byte	.LVL54
	.4byte	0x5b3
	.byte	0x6
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x38
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	0x487
	.8byte	.LBB177
	.8byte	.LBE177-.LBB177
	.4byte	0x28f
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST45
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB178
	.4byte	.LLRL46
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST45
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB179
	.4byte	.LLRL46
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST48
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB180
	.4byte	.LLRL46
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST48
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB181
	.4byte	.LLRL46
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST50
	.byte	0x8
	.8byte	.LVL56
	.4byte	0x4b7
	.byte	0x6
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x35
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	0x49f
	.8byte	.LBB188
	.8byte	.LBE188-.LBB188
	.4byte	0x34b
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST51
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB189
	.8byte	.LBE189-.LBB189
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST51
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB190
	.8byte	.LBE190-.LBB190
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST53
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB191
	.8byte	.LBE191-.LBB191
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST53
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB192
	.8byte	.LBE192-.LBB192
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST55
	.byte	0x8
	.8byte	.LVL58
	.4byte	0x5b3
	.byte	0x6
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0xa
	.2byte	0x14b
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.8byte	.LVL59
	.4byte	0x8c
	.byte	0x6
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x6
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x6
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x62
	.byte	0xa
	.4byte	.LASF13
	.byte	0x2d
	.4byte	0x5b
	.8byte	.LFB15
	.8byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x3cd
	.byte	0x7
	.string	"v"
	.byte	0x2f
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST0
	.byte	0x5
	.8byte	.LVL0
	.4byte	0x3cd
	.byte	0x5
	.8byte	.LVL2
	.4byte	0x3cd
	.byte	0x5
	.8byte	.LVL4
	.4byte	0x3cd
	.byte	0
	.byte	0xa
	.4byte	.LASF14
	.byte	0x21
	.4byte	0x5b
	.8byte	.LFB14
	.8byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x439
	.byte	0x7
	.string	"v"
	.byte	0x23
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST4
	.byte	0x1b
	.4byte	.LLRL5
	.4byte	0x41e
	.byte	0x7
	.string	"d"
	.byte	0x28
	.byte	0x29
	.4byte	0x5b
	.4byte	.LLST6
	.byte	0x5
	.8byte	.LVL21
	.4byte	0x439
	.byte	0
	.byte	0x5
	.8byte	.LVL18
	.4byte	0x439
	.byte	0x5
	.8byte	.LVL27
	.4byte	0x439
	.byte	0
	.byte	0xa
	.4byte	.LASF15
	.byte	0xc
	.4byte	0x5b
	.8byte	.LFB13
	.8byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x487
	.byte	0x7
	.string	"v"
	.byte	0x1b
	.byte	0xa
	.4byte	0x5b
	.4byte	.LLST1
	.byte	0x1c
	.4byte	.LLRL2
	.byte	0x7
	.string	"v"
	.byte	0x12
	.byte	0xe
	.4byte	0x5b
	.4byte	.LLST3
	.byte	0x5
	.8byte	.LVL7
	.4byte	0x378
	.byte	0
	.byte	0
	.byte	0xd
	.4byte	.LASF16
	.byte	0x6
	.4byte	0x54
	.4byte	0x49f
	.byte	0xe
	.string	"n"
	.byte	0x6
	.byte	0x1c
	.4byte	0x3f
	.byte	0
	.byte	0xd
	.4byte	.LASF17
	.byte	0x5
	.4byte	0x54
	.4byte	0x4b7
	.byte	0xe
	.string	"n"
	.byte	0x5
	.byte	0x1d
	.4byte	0x3f
	.byte	0
	.byte	0x1d
	.4byte	0x487
	.8byte	.LFB17
	.8byte	.LFE17-.LFB17
	.byte	0x1
	.byte	0x9c
	.4byte	0x5b3
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST7
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB37
	.4byte	.LLRL8
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST9
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB39
	.4byte	.LLRL10
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST9
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB40
	.4byte	.LLRL10
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST12
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB42
	.8byte	.LBE42-.LBB42
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST13
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB43
	.8byte	.LBE43-.LBB43
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST14
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB45
	.8byte	.LBE45-.LBB45
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST14
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB47
	.8byte	.LBE47-.LBB47
	.byte	0x5
	.byte	0x36
	.byte	0xf
	.4byte	0x495
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1e
	.4byte	0x49f
	.8byte	.LFB18
	.8byte	.LFE18-.LFB18
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST16
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB93
	.4byte	.LLRL17
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST18
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB95
	.4byte	.LLRL19
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST20
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB96
	.4byte	.LLRL19
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST21
	.byte	0x3
	.4byte	0x49f
	.8byte	.LBB98
	.4byte	.LLRL22
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST23
	.byte	0x3
	.4byte	0x487
	.8byte	.LBB99
	.4byte	.LLRL22
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST24
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB101
	.8byte	.LBE101-.LBB101
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST25
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB102
	.8byte	.LBE102-.LBB102
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST26
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB104
	.8byte	.LBE104-.LBB104
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST27
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB105
	.8byte	.LBE105-.LBB105
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST28
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB107
	.8byte	.LBE107-.LBB107
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST29
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB108
	.8byte	.LBE108-.LBB108
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST30
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB110
	.8byte	.LBE110-.LBB110
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST31
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB111
	.8byte	.LBE111-.LBB111
	.byte	0x5
	.byte	0x36
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST32
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB113
	.8byte	.LBE113-.LBB113
	.byte	0x6
	.byte	0xc
	.byte	0x1
	.4byte	0x495
	.4byte	.LLST33
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB114
	.8byte	.LBE114-.LBB114
	.byte	0x6
	.byte	0x35
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST34
	.byte	0x2
	.4byte	0x49f
	.8byte	.LBB116
	.8byte	.LBE116-.LBB116
	.byte	0x5
	.byte	0xc
	.byte	0x1
	.4byte	0x4ad
	.4byte	.LLST35
	.byte	0x2
	.4byte	0x487
	.8byte	.LBB118
	.8byte	.LBE118-.LBB118
	.byte	0x5
	.byte	0x36
	.byte	0xf
	.4byte	0x495
	.byte	0x1f
	.8byte	.LVL50
	.4byte	0x4b7
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x4
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
	.byte	0x5
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xd
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
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x39
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0x21
	.byte	0x3b
	.byte	0x57
	.byte	0x21
	.byte	0x5
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0xf
	.byte	0x5
	.byte	0
	.byte	0x31
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
	.byte	0x2
	.byte	0x18
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
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.byte	0x1e
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.byte	0x1f
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x82,0x1
	.byte	0x19
	.byte	0x7f
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
.LLST36:
	.byte	0x7
	.8byte	.LVL52
	.8byte	.LVL53
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL53
	.8byte	.LFE16
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST37:
	.byte	0x7
	.8byte	.LVL52
	.8byte	.LVL54-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL54-1
	.8byte	.LVL60
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL60
	.8byte	.LVL61
	.byte	0x3
	.byte	0x78
	.byte	0x78
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL61
	.8byte	.LVL67
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LFE16
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST38:
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL64
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL64
	.8byte	.LVL66
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LFE16
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST56:
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL61
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL61
	.8byte	.LVL62
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x38
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL62
	.8byte	.LVL65
	.byte	0xd
	.byte	0x78
	.byte	0
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x1c
	.byte	0x40
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LFE16
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST40:
	.byte	0x7
	.8byte	.LVL53
	.8byte	.LVL55
	.byte	0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LLST42:
	.byte	0x7
	.8byte	.LVL53
	.8byte	.LVL55
	.byte	0x2
	.byte	0x39
	.byte	0x9f
	.byte	0
.LLST44:
	.byte	0x7
	.8byte	.LVL53
	.8byte	.LVL55
	.byte	0x2
	.byte	0x38
	.byte	0x9f
	.byte	0
.LLST45:
	.byte	0x7
	.8byte	.LVL55
	.8byte	.LVL57
	.byte	0x2
	.byte	0x37
	.byte	0x9f
	.byte	0
.LLST48:
	.byte	0x7
	.8byte	.LVL55
	.8byte	.LVL57
	.byte	0x2
	.byte	0x36
	.byte	0x9f
	.byte	0
.LLST50:
	.byte	0x7
	.8byte	.LVL55
	.8byte	.LVL57
	.byte	0x2
	.byte	0x35
	.byte	0x9f
	.byte	0
.LLST51:
	.byte	0x7
	.8byte	.LVL57
	.8byte	.LVL58
	.byte	0x4
	.byte	0xa
	.2byte	0x14d
	.byte	0x9f
	.byte	0
.LLST53:
	.byte	0x7
	.8byte	.LVL57
	.8byte	.LVL58
	.byte	0x4
	.byte	0xa
	.2byte	0x14c
	.byte	0x9f
	.byte	0
.LLST55:
	.byte	0x7
	.8byte	.LVL57
	.8byte	.LVL58
	.byte	0x4
	.byte	0xa
	.2byte	0x14b
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL6
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE15
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL19
	.8byte	.LVL25
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LVL29
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LFE14
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LFE13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LFE17
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL32
	.byte	0x3
	.byte	0x7a
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x3
	.byte	0x7a
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x3
	.byte	0x7a
	.byte	0x7e
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x3
	.byte	0x7a
	.byte	0x7e
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x3
	.byte	0x7a
	.byte	0x7d
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL39
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LFE18
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL40
	.byte	0x6
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL51
	.byte	0x6
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL51
	.byte	0x6
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL42
	.byte	0x3
	.byte	0x7a
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL51
	.byte	0x6
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x32
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x3
	.byte	0x7a
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL50
	.byte	0x6
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x32
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7d
	.byte	0x9f
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7d
	.byte	0x9f
	.byte	0
.LLST26:
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7c
	.byte	0x9f
	.byte	0
.LLST27:
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7c
	.byte	0x9f
	.byte	0
.LLST28:
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7b
	.byte	0x9f
	.byte	0
.LLST29:
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7b
	.byte	0x9f
	.byte	0
.LLST30:
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7a
	.byte	0x9f
	.byte	0
.LLST31:
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x7a
	.byte	0x9f
	.byte	0
.LLST32:
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x79
	.byte	0x9f
	.byte	0
.LLST33:
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x79
	.byte	0x9f
	.byte	0
.LLST34:
	.byte	0x7
	.8byte	.LVL47
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x78
	.byte	0x9f
	.byte	0
.LLST35:
	.byte	0x7
	.8byte	.LVL48
	.8byte	.LVL49
	.byte	0x3
	.byte	0x7f
	.byte	0x78
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
	.8byte	.LFB16
	.8byte	.LFE16-.LFB16
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
	.byte	0x6
	.8byte	.LBB13
	.8byte	.LBE13
	.byte	0x6
	.8byte	.LBB14
	.8byte	.LBE14
	.byte	0x6
	.8byte	.LBB15
	.8byte	.LBE15
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB16
	.8byte	.LBE16
	.byte	0x6
	.8byte	.LBB17
	.8byte	.LBE17
	.byte	0x6
	.8byte	.LBB18
	.8byte	.LBE18
	.byte	0x6
	.8byte	.LBB19
	.8byte	.LBE19
	.byte	0x6
	.8byte	.LBB20
	.8byte	.LBE20
	.byte	0x6
	.8byte	.LBB21
	.8byte	.LBE21
	.byte	0x6
	.8byte	.LBB22
	.8byte	.LBE22
	.byte	0
.LLRL8:
	.byte	0x6
	.8byte	.LBB37
	.8byte	.LBE37
	.byte	0x6
	.8byte	.LBB56
	.8byte	.LBE56
	.byte	0
.LLRL10:
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0
.LLRL17:
	.byte	0x6
	.8byte	.LBB93
	.8byte	.LBE93
	.byte	0x6
	.8byte	.LBB127
	.8byte	.LBE127
	.byte	0
.LLRL19:
	.byte	0x6
	.8byte	.LBB95
	.8byte	.LBE95
	.byte	0x6
	.8byte	.LBB125
	.8byte	.LBE125
	.byte	0
.LLRL22:
	.byte	0x6
	.8byte	.LBB98
	.8byte	.LBE98
	.byte	0x6
	.8byte	.LBB122
	.8byte	.LBE122
	.byte	0
.LLRL39:
	.byte	0x6
	.8byte	.LBB159
	.8byte	.LBE159
	.byte	0x6
	.8byte	.LBB175
	.8byte	.LBE175
	.byte	0x6
	.8byte	.LBB176
	.8byte	.LBE176
	.byte	0
.LLRL46:
	.byte	0x6
	.8byte	.LBB178
	.8byte	.LBE178
	.byte	0x6
	.8byte	.LBB187
	.8byte	.LBE187
	.byte	0
.LLRL57:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB16
	.8byte	.LFE16
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"is_odd"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"char"
.LASF3:
	.string	"unsigned char"
.LASF12:
	.string	"last"
.LASF20:
	.string	"main"
.LASF8:
	.string	"long int"
.LASF14:
	.string	"term"
.LASF15:
	.string	"factor"
.LASF10:
	.string	"argc"
.LASF13:
	.string	"expr"
.LASF19:
	.string	"printf"
.LASF11:
	.string	"argv"
.LASF18:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
.LASF17:
	.string	"is_even"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/mutual_recursion.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
