	.file	"gcd_lcm.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/gcd_lcm.c"
	.align	1
	.type	ext_gcd.part.0.isra.0, @function
ext_gcd.part.0.isra.0:
.LFB26:
	.file 1 "programs/gcd_lcm.c"
	.loc 1 15 13
	.cfi_startproc
.LVL0:
	.loc 1 22 5
	.loc 1 23 5
	.loc 1 15 13 is_stmt 0
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	s1,56(sp)
	.cfi_offset 9, -24
	.loc 1 23 14
	rem	s1,a0,a1
.LVL1:
.LBB24:
.LBB25:
	.loc 1 17 5 is_stmt 1
.LBE25:
.LBE24:
	.loc 1 15 13 is_stmt 0
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s6,16(sp)
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 22, -64
	.loc 1 15 13
	mv	s5,a2
	mv	s4,a3
	li	a5,1
.LBB57:
.LBB54:
	.loc 1 17 8
	bne	s1,zero,.L14
.LVL2:
.L2:
.LBE54:
.LBE57:
	.loc 1 24 5 is_stmt 1
	.loc 1 27 1 is_stmt 0
	ld	ra,72(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	.loc 1 24 8
	sd	s1,0(s5)
	.loc 1 25 5 is_stmt 1
	.loc 1 25 8 is_stmt 0
	sd	a5,0(s4)
	.loc 1 26 5 is_stmt 1
.LVL3:
	.loc 1 27 1 is_stmt 0
	ld	s1,56(sp)
	.cfi_restore 9
	ld	s2,48(sp)
	.cfi_restore 18
	ld	s3,40(sp)
	.cfi_restore 19
	ld	s4,32(sp)
	.cfi_restore 20
.LVL4:
	ld	s5,24(sp)
	.cfi_restore 21
.LVL5:
	ld	s6,16(sp)
	.cfi_restore 22
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
.LVL6:
.L14:
	.cfi_restore_state
.LBB58:
.LBB55:
.LBB26:
.LBB27:
	.loc 1 23 14
	rem	s2,a1,s1
	mv	s0,a0
	mv	s3,a1
.LVL7:
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
.LBB28:
.LBB29:
	.loc 1 17 5
	.loc 1 17 8 is_stmt 0
	beq	s2,zero,.L7
.LVL8:
.LBB30:
.LBB31:
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	rem	s6,s1,s2
.LVL9:
.LBB32:
.LBB33:
	.loc 1 17 5 is_stmt 1
	.loc 1 17 8 is_stmt 0
	bne	s6,zero,.L15
	li	s2,1
.LVL10:
.L4:
.LBE33:
.LBE32:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 26 5
.LBE31:
.LBE30:
.LBE29:
.LBE28:
	.loc 1 25 18 is_stmt 0
	div	s1,s3,s1
.LVL11:
	.loc 1 25 23
	mul	s1,s1,s2
	.loc 1 25 13
	sub	s1,s6,s1
	j	.L3
.LVL12:
.L7:
.LBB50:
.LBB48:
	li	s1,1
.LVL13:
.L3:
.LBE48:
.LBE50:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 26 5
.LBE27:
.LBE26:
.LBE55:
.LBE58:
	.loc 1 25 18 is_stmt 0
	div	s0,s0,s3
.LVL14:
	.loc 1 25 23
	mul	s0,s0,s1
	.loc 1 25 13
	sub	a5,s2,s0
	j	.L2
.LVL15:
.L15:
.LBB59:
.LBB56:
.LBB53:
.LBB52:
.LBB51:
.LBB49:
.LBB47:
.LBB46:
.LBB44:
.LBB42:
.LBB34:
.LBB35:
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	rem	a1,s2,s6
.LVL16:
.LBB36:
.LBB37:
	.loc 1 17 5 is_stmt 1
	.loc 1 17 8 is_stmt 0
	beq	a1,zero,.L9
	mv	a0,s6
	addi	a3,sp,8
.LVL17:
	mv	a2,sp
.LVL18:
	call	ext_gcd.part.0.isra.0
.LVL19:
.LBE37:
.LBE36:
	.loc 1 25 18
	div	s6,s2,s6
.LVL20:
	.loc 1 24 8
	ld	a1,8(sp)
	.loc 1 25 13
	ld	a5,0(sp)
	.loc 1 25 23
	mul	s6,s6,a1
	.loc 1 25 13
	sub	s6,a5,s6
.L5:
.LVL21:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 26 5
.LBE35:
.LBE34:
.LBE42:
.LBE44:
	.loc 1 25 18 is_stmt 0
	div	a5,s1,s2
	.loc 1 25 23
	mul	a5,a5,s6
	.loc 1 25 13
	sub	s2,a1,a5
.LVL22:
	j	.L4
.LVL23:
.L9:
.LBB45:
.LBB43:
.LBB41:
.LBB40:
.LBB39:
.LBB38:
	li	s6,1
.LVL24:
	j	.L5
.LBE38:
.LBE39:
.LBE40:
.LBE41:
.LBE43:
.LBE45:
.LBE46:
.LBE47:
.LBE49:
.LBE51:
.LBE52:
.LBE53:
.LBE56:
.LBE59:
	.cfi_endproc
.LFE26:
	.size	ext_gcd.part.0.isra.0, .-ext_gcd.part.0.isra.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"gcd(%lu,%lu)=%lu lcm=%lu bezout=(%ld,%ld)\n"
	.align	3
.LC2:
	.string	"lcm of firsts %lu, inverse of 65537 mod %lu = %ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB24:
	.loc 1 30 1 is_stmt 1
	.cfi_startproc
.LVL25:
	.loc 1 31 5
	.loc 1 30 1 is_stmt 0
	addi	sp,sp,-240
	.cfi_def_cfa_offset 240
	sd	s2,208(sp)
	sd	ra,232(sp)
	.cfi_offset 18, -32
	.cfi_offset 1, -8
	li	s2,1000001536
	sd	s0,224(sp)
	sd	s1,216(sp)
	sd	s3,200(sp)
	sd	s4,192(sp)
	sd	s5,184(sp)
	sd	s6,176(sp)
	sd	s7,168(sp)
	sd	s8,160(sp)
	sd	s9,152(sp)
	sd	s10,144(sp)
	sd	s11,136(sp)
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.cfi_offset 27, -104
	.loc 1 31 58
	li	a5,1
	addi	s2,s2,-1529
	ble	a0,a5,.L17
	.loc 1 31 34 discriminator 1
	ld	a0,8(a1)
.LVL26:
	li	a2,10
	li	a1,0
.LVL27:
	call	strtoul@plt
.LVL28:
	mv	s2,a0
.L17:
.LVL29:
	.loc 1 32 5 is_stmt 1 discriminator 4
	.loc 1 32 19 is_stmt 0 discriminator 4
	lla	a5,.LANCHOR0
	ld	t5,0(a5)
	ld	t4,8(a5)
	ld	t3,16(a5)
	ld	t1,24(a5)
	ld	a7,32(a5)
	ld	a6,40(a5)
	ld	a0,48(a5)
	ld	a1,56(a5)
	ld	a2,64(a5)
	ld	a3,72(a5)
	ld	a4,80(a5)
	ld	a5,88(a5)
	sd	t5,32(sp)
	sd	t4,40(sp)
	sd	t3,48(sp)
	sd	t1,56(sp)
	sd	a7,64(sp)
	sd	a6,72(sp)
	sd	a0,80(sp)
	sd	a1,88(sp)
	sd	a2,96(sp)
	sd	a3,104(sp)
	sd	a4,112(sp)
	sd	a5,120(sp)
	.loc 1 33 5 is_stmt 1 discriminator 4
.LVL30:
	.loc 1 34 5 discriminator 4
.LBB92:
	.loc 1 34 10 discriminator 4
	.loc 1 34 23 discriminator 4
	addi	s8,sp,32
	.loc 1 34 14 is_stmt 0 discriminator 4
	li	s9,0
.LBE92:
	.loc 1 33 19 discriminator 4
	li	s6,1
.LBB172:
.LBB93:
	.loc 1 39 9 discriminator 4
	lla	s4,.LC1
	.loc 1 40 12 discriminator 4
	li	s3,3
.LBE93:
	.loc 1 34 23 discriminator 4
	li	s5,5
.LVL31:
.L30:
.LBB166:
	.loc 1 35 9 is_stmt 1
	.loc 1 35 40 is_stmt 0
	ld	s7,8(s8)
	.loc 1 35 23
	ld	s1,0(s8)
.LVL32:
	.loc 1 36 9 is_stmt 1
.LBB94:
.LBB95:
	.loc 1 7 5
	.loc 1 7 12
	beq	s7,zero,.L34
.L50:
	mv	a3,s1
	mv	s0,s7
	j	.L19
.LVL33:
.L35:
.LBB96:
	.loc 1 10 11 is_stmt 0
	mv	s0,a5
.LVL34:
.L19:
	.loc 1 8 9 is_stmt 1
	.loc 1 8 23 is_stmt 0
	remu	a5,a3,s0
.LVL35:
	.loc 1 9 9 is_stmt 1
	.loc 1 10 9
.LBE96:
	.loc 1 7 12
	mv	a3,s0
	bne	a5,zero,.L35
	.loc 1 12 5
.LVL36:
.LBE95:
.LBE94:
	.loc 1 37 9
	.loc 1 38 9
.LBB98:
.LBB99:
	.loc 1 17 5
.LBB100:
.LBB101:
	.loc 1 22 5
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	rem	a5,s1,s7
.LVL37:
.LBB102:
.LBB103:
	.loc 1 17 5 is_stmt 1
	li	a6,1
	.loc 1 17 8 is_stmt 0
	beq	a5,zero,.L18
.LVL38:
.LBB104:
.LBB105:
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	rem	s10,s7,a5
.LVL39:
.LBB106:
.LBB107:
	.loc 1 17 5 is_stmt 1
	.loc 1 17 8 is_stmt 0
	beq	s10,zero,.L37
.LVL40:
.LBB108:
.LBB109:
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	rem	s11,a5,s10
.LVL41:
.LBB110:
.LBB111:
	.loc 1 17 5 is_stmt 1
	.loc 1 18 12 is_stmt 0
	li	a0,1
	.loc 1 17 8
	bne	s11,zero,.L48
.LVL42:
.L22:
.LBE111:
.LBE110:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 25 18 is_stmt 0
	div	s10,a5,s10
.LVL43:
.LBE109:
.LBE108:
.LBE107:
.LBE106:
	div	a5,s7,a5
.LBB139:
.LBB136:
.LBB133:
.LBB130:
	.loc 1 25 23
	mul	s10,s10,s11
	.loc 1 25 13
	sub	s10,a0,s10
.LVL44:
	.loc 1 26 5 is_stmt 1
.LBE130:
.LBE133:
.LBE136:
.LBE139:
	.loc 1 25 23 is_stmt 0
	mul	a5,a5,s10
.LVL45:
	.loc 1 25 13
	sub	a5,s11,a5
.LVL46:
.L21:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 26 5
.LBE105:
.LBE104:
.LBE103:
.LBE102:
	.loc 1 25 18 is_stmt 0
	div	a6,s1,s7
	.loc 1 25 23
	mul	a6,a6,a5
	.loc 1 25 13
	sub	a6,s10,a6
.LVL47:
.L18:
.LBE101:
.LBE100:
.LBE99:
.LBE98:
	.loc 1 39 9 is_stmt 1
	.loc 1 39 74 is_stmt 0
	divu	a4,s1,s0
	.loc 1 39 9
	mv	a3,s0
	mv	a2,s7
	mv	a1,s1
	mv	a0,s4
	mul	a4,a4,s7
	call	printf@plt
.LVL48:
	.loc 1 40 9 is_stmt 1
	.loc 1 40 12 is_stmt 0
	bgt	s9,s3,.L26
.LVL49:
.LBB157:
.LBB158:
	.loc 1 7 12 is_stmt 1
	mv	a5,s1
	mv	a4,s6
	beq	s1,zero,.L49
.LVL50:
.L27:
.LBB159:
	.loc 1 8 9
	mv	a3,a5
	.loc 1 8 23 is_stmt 0
	remu	a5,a4,a5
.LVL51:
	.loc 1 9 9 is_stmt 1
	.loc 1 10 9
.LBE159:
	.loc 1 7 12
	mv	a4,a3
	bne	a5,zero,.L27
	.loc 1 12 5
.LVL52:
.LBE158:
.LBE157:
	.loc 1 41 19 is_stmt 0
	divu	a4,s6,a3
	.loc 1 35 40
	ld	s7,24(s8)
.LVL53:
.LBE166:
	.loc 1 34 23
	addi	s8,s8,16
	.loc 1 34 29
	addiw	s9,s9,1
.LVL54:
.LBB167:
	.loc 1 41 15
	mul	s6,a4,s1
.LVL55:
.LBE167:
	.loc 1 34 29 is_stmt 1
	.loc 1 34 23
.LBB168:
	.loc 1 35 9
	.loc 1 35 23 is_stmt 0
	ld	s1,0(s8)
.LVL56:
	.loc 1 36 9 is_stmt 1
.LBB161:
.LBB97:
	.loc 1 7 5
	.loc 1 7 12
	bne	s7,zero,.L50
.L34:
	mv	s0,s1
.LBE97:
.LBE161:
.LBB162:
.LBB154:
	.loc 1 19 12 is_stmt 0
	li	a6,0
	.loc 1 18 12
	li	a5,1
	j	.L18
.LVL57:
.L26:
.LBE154:
.LBE162:
.LBE168:
	.loc 1 34 29 is_stmt 1 discriminator 2
	.loc 1 34 23 discriminator 2
	beq	s9,s5,.L29
	.loc 1 34 23 is_stmt 0
	addi	s8,s8,16
	.loc 1 34 29
	li	s9,5
.LVL58:
	j	.L30
.LVL59:
.L29:
.LBE172:
	.loc 1 43 5 is_stmt 1
	.loc 1 44 5
.LBB173:
.LBB174:
	.loc 1 17 5
	.loc 1 17 8 is_stmt 0
	bne	s2,zero,.L31
	.loc 1 18 9 is_stmt 1
	.loc 1 18 12 is_stmt 0
	li	a5,1
	sd	a5,16(sp)
	.loc 1 19 9 is_stmt 1
	.loc 1 20 9
.L32:
.LVL60:
.LBE174:
.LBE173:
	.loc 1 45 5
	.loc 1 46 5
	.loc 1 45 17 is_stmt 0
	ld	a3,16(sp)
	.loc 1 46 5
	mv	a2,s2
	mv	a1,s6
	.loc 1 45 17
	rem	a3,a3,s2
	.loc 1 46 5
	lla	a0,.LC2
	.loc 1 45 28
	add	a3,a3,s2
	.loc 1 46 5
	rem	a3,a3,s2
	call	printf@plt
.LVL61:
	.loc 1 47 5 is_stmt 1
	.loc 1 48 1 is_stmt 0
	ld	ra,232(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,224(sp)
	.cfi_restore 8
	.loc 1 47 20
	li	a0,97
	.loc 1 48 1
	remu	a0,s6,a0
	ld	s1,216(sp)
	.cfi_restore 9
.LVL62:
	ld	s2,208(sp)
	.cfi_restore 18
.LVL63:
	ld	s3,200(sp)
	.cfi_restore 19
	ld	s4,192(sp)
	.cfi_restore 20
	ld	s5,184(sp)
	.cfi_restore 21
	ld	s6,176(sp)
	.cfi_restore 22
.LVL64:
	ld	s7,168(sp)
	.cfi_restore 23
.LVL65:
	ld	s8,160(sp)
	.cfi_restore 24
	ld	s9,152(sp)
	.cfi_restore 25
.LVL66:
	ld	s10,144(sp)
	.cfi_restore 26
	ld	s11,136(sp)
	.cfi_restore 27
	addi	sp,sp,240
	.cfi_def_cfa_offset 0
	jr	ra
.LVL67:
.L37:
	.cfi_restore_state
.LBB176:
.LBB169:
.LBB163:
.LBB155:
.LBB152:
.LBB150:
.LBB148:
.LBB146:
.LBB144:
.LBB142:
.LBB140:
.LBB137:
	li	a5,1
	j	.L21
.LVL68:
.L48:
.LBB134:
.LBB131:
.LBB128:
.LBB126:
.LBB112:
.LBB113:
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	rem	a0,s10,s11
.LVL69:
.LBB114:
.LBB115:
	.loc 1 17 5 is_stmt 1
	.loc 1 18 12 is_stmt 0
	li	a4,1
	.loc 1 17 8
	bne	a0,zero,.L51
.LVL70:
.L23:
.LBE115:
.LBE114:
	.loc 1 24 5 is_stmt 1
	.loc 1 25 5
	.loc 1 25 18 is_stmt 0
	div	s11,s10,s11
.LVL71:
	.loc 1 25 23
	mul	s11,s11,a0
	.loc 1 25 13
	sub	s11,a4,s11
.LVL72:
	.loc 1 26 5 is_stmt 1
	j	.L22
.LVL73:
.L31:
.LBE113:
.LBE112:
.LBE126:
.LBE128:
.LBE131:
.LBE134:
.LBE137:
.LBE140:
.LBE142:
.LBE144:
.LBE146:
.LBE148:
.LBE150:
.LBE152:
.LBE155:
.LBE163:
.LBE169:
.LBE176:
.LBB177:
.LBB175:
	li	a0,65536
	addi	a3,sp,24
.LVL74:
	addi	a2,sp,16
.LVL75:
	mv	a1,s2
	addi	a0,a0,1
	call	ext_gcd.part.0.isra.0
.LVL76:
	j	.L32
.LVL77:
.L49:
.LBE175:
.LBE177:
.LBB178:
.LBB170:
.LBB164:
.LBB160:
	.loc 1 12 5
.LBE160:
.LBE164:
.LBE170:
	.loc 1 34 29
	addiw	s9,s9,1
.LVL78:
	.loc 1 34 23
	addi	s8,s8,16
.LBB171:
	.loc 1 41 15 is_stmt 0
	li	s6,0
	j	.L30
.LVL79:
.L51:
.LBB165:
.LBB156:
.LBB153:
.LBB151:
.LBB149:
.LBB147:
.LBB145:
.LBB143:
.LBB141:
.LBB138:
.LBB135:
.LBB132:
.LBB129:
.LBB127:
.LBB125:
.LBB124:
.LBB123:
.LBB122:
.LBB116:
.LBB117:
	.loc 1 22 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 14 is_stmt 0
	rem	a1,s11,a0
.LVL80:
.LBB118:
.LBB119:
	.loc 1 17 5 is_stmt 1
	.loc 1 17 8 is_stmt 0
	bne	a1,zero,.L24
	.loc 1 18 9 is_stmt 1
	.loc 1 18 12 is_stmt 0
	sd	a6,16(sp)
	.loc 1 19 9 is_stmt 1
	.loc 1 19 12 is_stmt 0
	sd	zero,24(sp)
	.loc 1 20 9 is_stmt 1
.LVL81:
.L25:
.LBE119:
.LBE118:
	.loc 1 24 5
	.loc 1 25 18 is_stmt 0
	div	a0,s11,a0
	.loc 1 24 8
	ld	a4,24(sp)
.LVL82:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 13 is_stmt 0
	ld	a3,16(sp)
	.loc 1 25 23
	mul	a0,a0,a4
	.loc 1 25 13
	sub	a0,a3,a0
.LVL83:
	.loc 1 26 5 is_stmt 1
	j	.L23
.LVL84:
.L24:
.LBB121:
.LBB120:
	addi	a3,sp,24
.LVL85:
	addi	a2,sp,16
.LVL86:
	sd	a5,8(sp)
	sd	a0,0(sp)
	call	ext_gcd.part.0.isra.0
.LVL87:
	ld	a5,8(sp)
	ld	a0,0(sp)
	j	.L25
.LBE120:
.LBE121:
.LBE117:
.LBE116:
.LBE122:
.LBE123:
.LBE124:
.LBE125:
.LBE127:
.LBE129:
.LBE132:
.LBE135:
.LBE138:
.LBE141:
.LBE143:
.LBE145:
.LBE147:
.LBE149:
.LBE151:
.LBE153:
.LBE156:
.LBE165:
.LBE171:
.LBE178:
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.dword	12
	.dword	18
	.dword	1071
	.dword	462
	.dword	270
	.dword	192
	.dword	17
	.dword	5
	.dword	1048576
	.dword	12288
	.dword	600851475143
	.dword	6857
	.text
.Letext0:
	.file 2 "/usr/riscv64-linux-gnu/include/stdio.h"
	.file 3 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0xa28
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x16
	.4byte	.LASF19
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL121
	.8byte	0
	.4byte	.Ldebug_line0
	.byte	0x7
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x7
	.byte	0x2
	.byte	0x7
	.4byte	.LASF4
	.byte	0x7
	.byte	0x4
	.byte	0x7
	.4byte	.LASF5
	.byte	0x7
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.byte	0x7
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.byte	0x17
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x7
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0xe
	.4byte	0x67
	.byte	0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x18
	.4byte	0x67
	.byte	0x7
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x7
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x19
	.4byte	.LASF12
	.byte	0x2
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x99
	.byte	0xf
	.4byte	0x99
	.byte	0x1a
	.byte	0
	.byte	0xe
	.4byte	0x6e
	.byte	0x11
	.4byte	0x99
	.byte	0x1b
	.4byte	.LASF13
	.byte	0x3
	.byte	0xb5
	.byte	0x1a
	.4byte	0x2a
	.4byte	0xc3
	.byte	0xf
	.4byte	0x9e
	.byte	0xf
	.4byte	0xc8
	.byte	0xf
	.4byte	0x54
	.byte	0
	.byte	0xe
	.4byte	0x62
	.byte	0x11
	.4byte	0xc3
	.byte	0x1c
	.4byte	.LASF20
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.4byte	0x6d2
	.byte	0x12
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST40
	.byte	0x12
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xc3
	.4byte	.LLST41
	.byte	0x9
	.string	"m"
	.byte	0x1f
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST42
	.byte	0x13
	.4byte	.LASF16
	.byte	0x20
	.byte	0x13
	.4byte	0x6d2
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7e
	.byte	0x9
	.string	"l"
	.byte	0x21
	.byte	0x13
	.4byte	0x2a
	.4byte	.LLST43
	.byte	0x1d
	.string	"inv"
	.byte	0x1
	.byte	0x2b
	.byte	0xa
	.4byte	0x5b
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x13
	.4byte	.LASF17
	.byte	0x2b
	.byte	0xf
	.4byte	0x5b
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x1e
	.4byte	.LLRL44
	.4byte	0x612
	.byte	0x9
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST45
	.byte	0x4
	.4byte	.LLRL46
	.byte	0x9
	.string	"a"
	.byte	0x23
	.byte	0x17
	.4byte	0x2a
	.4byte	.LLST47
	.byte	0x9
	.string	"b"
	.byte	0x23
	.byte	0x28
	.4byte	0x2a
	.4byte	.LLST48
	.byte	0x9
	.string	"g"
	.byte	0x24
	.byte	0x17
	.4byte	0x2a
	.4byte	.LLST49
	.byte	0xa
	.string	"x"
	.byte	0x25
	.byte	0xe
	.4byte	0x5b
	.byte	0xa
	.string	"y"
	.byte	0x25
	.byte	0x11
	.4byte	0x5b
	.byte	0x10
	.4byte	0x740
	.8byte	.LBB94
	.4byte	.LLRL50
	.byte	0x24
	.byte	0x1b
	.4byte	0x1f0
	.byte	0x1
	.4byte	0x75a
	.4byte	.LLST51
	.byte	0x1
	.4byte	0x751
	.4byte	.LLST52
	.byte	0x14
	.4byte	0x763
	.8byte	.LBB96
	.8byte	.LBE96-.LBB96
	.byte	0x6
	.4byte	0x764
	.4byte	.LLST53
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x6e8
	.8byte	.LBB98
	.4byte	.LLRL54
	.byte	0x26
	.byte	0x9
	.4byte	0x58f
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST55
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST56
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST57
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST58
	.byte	0x4
	.4byte	.LLRL54
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB100
	.4byte	.LLRL59
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST55
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST56
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST57
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST58
	.byte	0x4
	.4byte	.LLRL59
	.byte	0x6
	.4byte	0x71d
	.4byte	.LLST64
	.byte	0xc
	.4byte	0x727
	.byte	0x1
	.byte	0x5f
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB102
	.4byte	.LLRL65
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST66
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST67
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST68
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST69
	.byte	0x4
	.4byte	.LLRL65
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB104
	.4byte	.LLRL70
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST71
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST72
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST73
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST74
	.byte	0x4
	.4byte	.LLRL70
	.byte	0x6
	.4byte	0x71d
	.4byte	.LLST75
	.byte	0x6
	.4byte	0x727
	.4byte	.LLST76
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB106
	.4byte	.LLRL77
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST78
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST79
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST80
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST81
	.byte	0x4
	.4byte	.LLRL77
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB108
	.4byte	.LLRL82
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST83
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST84
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST85
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST86
	.byte	0x4
	.4byte	.LLRL82
	.byte	0x6
	.4byte	0x71d
	.4byte	.LLST87
	.byte	0x6
	.4byte	0x727
	.4byte	.LLST88
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB110
	.4byte	.LLRL89
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST90
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST91
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST92
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST93
	.byte	0x4
	.4byte	.LLRL89
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB112
	.4byte	.LLRL94
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST95
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST96
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST97
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST98
	.byte	0x4
	.4byte	.LLRL94
	.byte	0x6
	.4byte	0x71d
	.4byte	.LLST99
	.byte	0x6
	.4byte	0x727
	.4byte	.LLST100
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB114
	.4byte	.LLRL101
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST102
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST103
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST104
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST105
	.byte	0x4
	.4byte	.LLRL101
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x1f
	.4byte	0x6e8
	.8byte	.LBB116
	.8byte	.LBE116-.LBB116
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.byte	0x8
	.4byte	0x714
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1116
	.byte	0
	.byte	0x8
	.4byte	0x70b
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1107
	.byte	0
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST106
	.byte	0x8
	.4byte	0x6f9
	.byte	0x1
	.byte	0x6b
	.byte	0xc
	.4byte	0x71d
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0xc
	.4byte	0x727
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB118
	.4byte	.LLRL107
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST108
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST109
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST110
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST111
	.byte	0x4
	.4byte	.LLRL107
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0xd
	.8byte	.LVL87
	.4byte	0x76f
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.byte	0x72
	.byte	0
	.byte	0x6
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x3
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7e
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
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x740
	.8byte	.LBB157
	.4byte	.LLRL112
	.byte	0x29
	.byte	0x15
	.4byte	0x5d8
	.byte	0x1
	.4byte	0x75a
	.4byte	.LLST113
	.byte	0x1
	.4byte	0x751
	.4byte	.LLST114
	.byte	0x14
	.4byte	0x763
	.8byte	.LBB159
	.8byte	.LBE159-.LBB159
	.byte	0x6
	.4byte	0x764
	.4byte	.LLST115
	.byte	0
	.byte	0
	.byte	0xd
	.8byte	.LVL48
	.4byte	0x81
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5e
	.byte	0xe
	.byte	0x79
	.byte	0
	.byte	0xa8
	.byte	0x2a
	.byte	0x78
	.byte	0
	.byte	0xa8
	.byte	0x2a
	.byte	0x1b
	.byte	0xa8
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x1e
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	0x6e8
	.8byte	.LBB173
	.4byte	.LLRL116
	.byte	0x2c
	.byte	0x5
	.4byte	0x68e
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST117
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST118
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST119
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST120
	.byte	0x4
	.4byte	.LLRL116
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0xd
	.8byte	.LVL76
	.4byte	0x76f
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0xc
	.4byte	0x10001
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x3
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x3
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0
	.byte	0
	.byte	0
	.byte	0x20
	.8byte	.LVL28
	.4byte	0xa3
	.4byte	0x6aa
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0xd
	.8byte	.LVL61
	.4byte	0x81
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC2
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x21
	.4byte	0x2a
	.4byte	0x6e8
	.byte	0x15
	.4byte	0x2a
	.byte	0x5
	.byte	0x15
	.4byte	0x2a
	.byte	0x1
	.byte	0
	.byte	0x22
	.4byte	.LASF18
	.byte	0x1
	.byte	0xf
	.byte	0xd
	.4byte	0x5b
	.byte	0x1
	.4byte	0x73b
	.byte	0xb
	.string	"a"
	.byte	0xf
	.byte	0x1a
	.4byte	0x5b
	.byte	0xb
	.string	"b"
	.byte	0xf
	.byte	0x22
	.4byte	0x5b
	.byte	0xb
	.string	"x"
	.byte	0xf
	.byte	0x2b
	.4byte	0x73b
	.byte	0xb
	.string	"y"
	.byte	0xf
	.byte	0x34
	.4byte	0x73b
	.byte	0xa
	.string	"x1"
	.byte	0x16
	.byte	0xa
	.4byte	0x5b
	.byte	0xa
	.string	"y1"
	.byte	0x16
	.byte	0xe
	.4byte	0x5b
	.byte	0xa
	.string	"g"
	.byte	0x17
	.byte	0xa
	.4byte	0x5b
	.byte	0
	.byte	0xe
	.4byte	0x5b
	.byte	0x23
	.string	"gcd"
	.byte	0x1
	.byte	0x5
	.byte	0x16
	.4byte	0x2a
	.byte	0x1
	.4byte	0x76f
	.byte	0xb
	.string	"a"
	.byte	0x5
	.byte	0x28
	.4byte	0x2a
	.byte	0xb
	.string	"b"
	.byte	0x5
	.byte	0x39
	.4byte	0x2a
	.byte	0x24
	.byte	0xa
	.string	"t"
	.byte	0x8
	.byte	0x17
	.4byte	0x2a
	.byte	0
	.byte	0
	.byte	0x25
	.4byte	0x6e8
	.8byte	.LFB26
	.8byte	.LFE26-.LFB26
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST0
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST1
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST2
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST3
	.byte	0x6
	.4byte	0x71d
	.4byte	.LLST4
	.byte	0x6
	.4byte	0x727
	.4byte	.LLST5
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB24
	.4byte	.LLRL6
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST7
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST8
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST9
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST10
	.byte	0x4
	.4byte	.LLRL6
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB26
	.4byte	.LLRL11
	.byte	0xf
	.byte	0xd
	.byte	0x8
	.4byte	0x714
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1971
	.byte	0
	.byte	0x8
	.4byte	0x70b
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1962
	.byte	0
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST12
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST13
	.byte	0x4
	.4byte	.LLRL11
	.byte	0x6
	.4byte	0x71d
	.4byte	.LLST14
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB28
	.4byte	.LLRL15
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST16
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST17
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST18
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST19
	.byte	0x4
	.4byte	.LLRL15
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB30
	.4byte	.LLRL20
	.byte	0xf
	.byte	0xd
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST21
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST22
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST23
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST24
	.byte	0x4
	.4byte	.LLRL20
	.byte	0x6
	.4byte	0x71d
	.4byte	.LLST25
	.byte	0x6
	.4byte	0x727
	.4byte	.LLST26
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB32
	.4byte	.LLRL27
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST28
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST29
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST30
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST31
	.byte	0x4
	.4byte	.LLRL27
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB34
	.4byte	.LLRL32
	.byte	0xf
	.byte	0xd
	.byte	0x8
	.4byte	0x714
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2289
	.byte	0
	.byte	0x8
	.4byte	0x70b
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2280
	.byte	0
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST33
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST34
	.byte	0x4
	.4byte	.LLRL32
	.byte	0xc
	.4byte	0x71d
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0xc
	.4byte	0x727
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x2
	.4byte	0x731
	.byte	0x5
	.4byte	0x6e8
	.8byte	.LBB36
	.4byte	.LLRL35
	.byte	0x17
	.byte	0xe
	.byte	0x1
	.4byte	0x714
	.4byte	.LLST36
	.byte	0x1
	.4byte	0x70b
	.4byte	.LLST37
	.byte	0x1
	.4byte	0x702
	.4byte	.LLST38
	.byte	0x1
	.4byte	0x6f9
	.4byte	.LLST39
	.byte	0x4
	.4byte	.LLRL35
	.byte	0x2
	.4byte	0x71d
	.byte	0x2
	.4byte	0x727
	.byte	0x2
	.4byte	0x731
	.byte	0xd
	.8byte	.LVL19
	.4byte	0x76f
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x9
	.byte	0x82
	.byte	0
	.byte	0x86
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x3
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x5d
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x6
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
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
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0xc
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x37
	.byte	0
	.byte	0x49
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
	.byte	0x1d
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
	.byte	0x14
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x7
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x17
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
	.byte	0x18
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x1a
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x1e
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
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
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x23
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
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
	.byte	0x24
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x25
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LLST40:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL26
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL26
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST41:
	.byte	0x7
	.8byte	.LVL25
	.8byte	.LVL27
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL27
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST42:
	.byte	0x7
	.8byte	.LVL29
	.8byte	.LVL63
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LFE24
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST43:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL64
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL77
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL77
	.8byte	.LVL79
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST45:
	.byte	0x7
	.8byte	.LVL30
	.8byte	.LVL31
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL31
	.8byte	.LVL54
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL55
	.8byte	.LVL57
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL57
	.8byte	.LVL58
	.byte	0x3
	.byte	0x89
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL66
	.byte	0x3
	.byte	0x89
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL73
	.8byte	.LVL77
	.byte	0x3
	.byte	0x89
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL77
	.8byte	.LVL78
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST47:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL62
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LFE24
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST48:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL53
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL56
	.8byte	.LVL65
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LFE24
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST49:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL47
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST51:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL56
	.8byte	.LVL57
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST52:
	.byte	0x7
	.8byte	.LVL32
	.8byte	.LVL33
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL34
	.8byte	.LVL35
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL56
	.8byte	.LVL57
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST53:
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.8byte	.LVL35
	.8byte	.LVL36
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST55:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL47
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+414
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+414
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+414
	.byte	0
	.byte	0
.LLST56:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL47
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+405
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+405
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+405
	.byte	0
	.byte	0
.LLST57:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL47
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST58:
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL47
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST64:
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LVL47
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST66:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL47
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+644
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+644
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+644
	.byte	0
	.byte	0
.LLST67:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL47
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+635
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+635
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+635
	.byte	0
	.byte	0
.LLST68:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL45
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x6
	.byte	0x8b
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL68
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST69:
	.byte	0x7
	.8byte	.LVL37
	.8byte	.LVL47
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST71:
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL47
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+644
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+644
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+644
	.byte	0
	.byte	0
.LLST72:
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL47
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+635
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+635
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+635
	.byte	0
	.byte	0
.LLST73:
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL45
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x6
	.byte	0x8b
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL68
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST74:
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL47
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST75:
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL46
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST76:
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL46
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST78:
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL46
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+800
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+800
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+800
	.byte	0
	.byte	0
.LLST79:
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL46
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+791
	.byte	0
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+791
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+791
	.byte	0
	.byte	0
.LLST80:
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL43
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL46
	.byte	0x11
	.byte	0x87
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL73
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST81:
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL45
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x6
	.byte	0x8b
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL68
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST83:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL46
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+800
	.byte	0
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+800
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+800
	.byte	0
	.byte	0
.LLST84:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL46
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+791
	.byte	0
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+791
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+791
	.byte	0
	.byte	0
.LLST85:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL43
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL43
	.8byte	.LVL46
	.byte	0x11
	.byte	0x87
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST86:
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL45
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL45
	.8byte	.LVL46
	.byte	0x6
	.byte	0x8b
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST87:
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL44
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL70
	.8byte	.LVL73
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST88:
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL44
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL72
	.8byte	.LVL73
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST90:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+958
	.byte	0
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+958
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+958
	.byte	0
	.byte	0
.LLST91:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+949
	.byte	0
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+949
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+949
	.byte	0
	.byte	0
.LLST92:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL71
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL71
	.8byte	.LVL73
	.byte	0x11
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8a
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST93:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL42
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST95:
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+958
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+958
	.byte	0
	.byte	0
.LLST96:
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+949
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+949
	.byte	0
	.byte	0
.LLST97:
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL71
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL71
	.8byte	.LVL73
	.byte	0x11
	.byte	0x79
	.byte	0
	.byte	0x87
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x8a
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST98:
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL73
	.byte	0x1
	.byte	0x6a
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x6a
	.byte	0
.LLST99:
	.byte	0x7
	.8byte	.LVL70
	.8byte	.LVL72
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL82
	.8byte	.LVL84
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST100:
	.byte	0x7
	.8byte	.LVL70
	.8byte	.LVL72
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL83
	.8byte	.LVL84
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST102:
	.byte	0x7
	.8byte	.LVL69
	.8byte	.LVL70
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1116
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1116
	.byte	0
	.byte	0
.LLST103:
	.byte	0x7
	.8byte	.LVL69
	.8byte	.LVL70
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1107
	.byte	0
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1107
	.byte	0
	.byte	0
.LLST104:
	.byte	0x7
	.8byte	.LVL69
	.8byte	.LVL70
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LVL81
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL81
	.8byte	.LVL84
	.byte	0xa
	.byte	0x8a
	.byte	0
	.byte	0x8b
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL84
	.8byte	.LVL87-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL87-1
	.8byte	.LFE24
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0
.LLST105:
	.byte	0x7
	.8byte	.LVL69
	.8byte	.LVL70
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LFE24
	.byte	0x1
	.byte	0x6b
	.byte	0
.LLST106:
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LVL81
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL81
	.8byte	.LVL84
	.byte	0xa
	.byte	0x8a
	.byte	0
	.byte	0x8b
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL84
	.8byte	.LVL87-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL87-1
	.8byte	.LFE24
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0
.LLST108:
	.byte	0x7
	.8byte	.LVL80
	.8byte	.LVL81
	.byte	0x4
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL84
	.8byte	.LVL85
	.byte	0x4
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL85
	.8byte	.LVL87-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL87-1
	.8byte	.LFE24
	.byte	0x4
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x9f
	.byte	0
.LLST109:
	.byte	0x7
	.8byte	.LVL80
	.8byte	.LVL81
	.byte	0x4
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL84
	.8byte	.LVL86
	.byte	0x4
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL86
	.8byte	.LVL87-1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL87-1
	.8byte	.LFE24
	.byte	0x4
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x9f
	.byte	0
.LLST110:
	.byte	0x7
	.8byte	.LVL80
	.8byte	.LVL81
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL84
	.8byte	.LVL87-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL87-1
	.8byte	.LFE24
	.byte	0xb
	.byte	0x8b
	.byte	0
	.byte	0x72
	.byte	0
	.byte	0x6
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST111:
	.byte	0x7
	.8byte	.LVL80
	.8byte	.LVL81
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL84
	.8byte	.LVL87-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL87-1
	.8byte	.LFE24
	.byte	0x2
	.byte	0x72
	.byte	0
	.byte	0
.LLST113:
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LVL50
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL50
	.8byte	.LVL52
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST114:
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LVL50
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL50
	.8byte	.LVL51
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.8byte	.LVL51
	.8byte	.LVL52
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST115:
	.byte	0x7
	.8byte	.LVL51
	.8byte	.LVL52
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST117:
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL60
	.byte	0x4
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL73
	.8byte	.LVL74
	.byte	0x4
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL74
	.8byte	.LVL76-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL76-1
	.8byte	.LVL77
	.byte	0x4
	.byte	0x91
	.byte	0xa8,0x7e
	.byte	0x9f
	.byte	0
.LLST118:
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL60
	.byte	0x4
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL73
	.8byte	.LVL75
	.byte	0x4
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL75
	.8byte	.LVL76-1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL76-1
	.8byte	.LVL77
	.byte	0x4
	.byte	0x91
	.byte	0xa0,0x7e
	.byte	0x9f
	.byte	0
.LLST119:
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL60
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL73
	.8byte	.LVL77
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST120:
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL60
	.byte	0x6
	.byte	0xc
	.4byte	0x10001
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL73
	.8byte	.LVL77
	.byte	0x6
	.byte	0xc
	.4byte	0x10001
	.byte	0x9f
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL14
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST1:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LFE26
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL5
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL5
	.8byte	.LVL6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL18
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL23
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST3:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL4
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL4
	.8byte	.LVL6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL17
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL23
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST5:
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LVL3
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST7:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1971
	.byte	0
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1971
	.byte	0
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1962
	.byte	0
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1962
	.byte	0
	.byte	0
.LLST9:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL11
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0xb
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LFE26
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL11
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL14
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0xb
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST13:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL8
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL13
	.8byte	.LVL15
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL16
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LFE26
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL12
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL13
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2135
	.byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2135
	.byte	0
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL13
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2126
	.byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2126
	.byte	0
	.byte	0
.LLST18:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL10
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0xa
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x11
	.byte	0x83
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL22
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0xa
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL7
	.8byte	.LVL11
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL12
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2135
	.byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2135
	.byte	0
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL12
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2126
	.byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2126
	.byte	0
	.byte	0
.LLST23:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL10
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0xa
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0x11
	.byte	0x83
	.byte	0
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL22
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0xa
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL11
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.8byte	.LVL11
	.8byte	.LVL12
	.byte	0xa
	.byte	0x78
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL23
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0
.LLST26:
	.byte	0x7
	.8byte	.LVL21
	.8byte	.LVL22
	.byte	0xf
	.byte	0x72
	.byte	0
	.byte	0x6
	.byte	0x82
	.byte	0
	.byte	0x86
	.byte	0
	.byte	0x1b
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x6
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x16
	.byte	0x72
	.byte	0
	.byte	0x6
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x86
	.byte	0
	.byte	0x1b
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x6
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST28:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2289
	.byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2289
	.byte	0
	.byte	0
.LLST29:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2280
	.byte	0
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LFE26
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+2280
	.byte	0
	.byte	0
.LLST30:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL20
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL22
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x11
	.byte	0x79
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LFE26
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST31:
	.byte	0x7
	.8byte	.LVL9
	.8byte	.LVL10
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL22
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0xa
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST33:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL20
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL22
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0x11
	.byte	0x79
	.byte	0
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LFE26
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST34:
	.byte	0x7
	.8byte	.LVL15
	.8byte	.LVL22
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL22
	.8byte	.LVL23
	.byte	0xa
	.byte	0x83
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST36:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x4
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL19-1
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.8byte	.LVL19-1
	.8byte	.LVL21
	.byte	0x4
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x4
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x9f
	.byte	0
.LLST37:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL21
	.byte	0x1
	.byte	0x52
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x52
	.byte	0
.LLST38:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL19-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL19-1
	.8byte	.LVL20
	.byte	0xa
	.byte	0x82
	.byte	0
	.byte	0x86
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0x11
	.byte	0x82
	.byte	0
	.byte	0x79
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LFE26
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST39:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL20
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL20
	.8byte	.LVL21
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL23
	.8byte	.LVL24
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.8byte	.LVL24
	.8byte	.LFE26
	.byte	0xa
	.byte	0x79
	.byte	0
	.byte	0x82
	.byte	0
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
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
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
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
	.byte	0x6
	.8byte	.LBB24
	.8byte	.LBE24
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
.LLRL11:
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0x6
	.8byte	.LBB59
	.8byte	.LBE59
	.byte	0
.LLRL15:
	.byte	0x6
	.8byte	.LBB28
	.8byte	.LBE28
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0x6
	.8byte	.LBB51
	.8byte	.LBE51
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB30
	.8byte	.LBE30
	.byte	0x6
	.8byte	.LBB47
	.8byte	.LBE47
	.byte	0
.LLRL27:
	.byte	0x6
	.8byte	.LBB32
	.8byte	.LBE32
.LLRL32:
	.byte	0x6
	.8byte	.LBB44
	.8byte	.LBE44
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0
.LLRL35:
	.byte	0x6
	.8byte	.LBB36
	.8byte	.LBE36
	.byte	0x6
	.8byte	.LBB39
	.8byte	.LBE39
	.byte	0
.LLRL44:
	.byte	0x6
	.8byte	.LBB92
	.8byte	.LBE92
	.byte	0x6
	.8byte	.LBB172
	.8byte	.LBE172
	.byte	0x6
	.8byte	.LBB176
	.8byte	.LBE176
	.byte	0x6
	.8byte	.LBB178
	.8byte	.LBE178
	.byte	0
.LLRL46:
	.byte	0x6
	.8byte	.LBB93
	.8byte	.LBE93
	.byte	0x6
	.8byte	.LBB166
	.8byte	.LBE166
	.byte	0x6
	.8byte	.LBB167
	.8byte	.LBE167
	.byte	0x6
	.8byte	.LBB168
	.8byte	.LBE168
	.byte	0x6
	.8byte	.LBB169
	.8byte	.LBE169
	.byte	0x6
	.8byte	.LBB170
	.8byte	.LBE170
	.byte	0x6
	.8byte	.LBB171
	.8byte	.LBE171
	.byte	0
.LLRL50:
	.byte	0x6
	.8byte	.LBB94
	.8byte	.LBE94
	.byte	0x6
	.8byte	.LBB161
	.8byte	.LBE161
	.byte	0
.LLRL54:
	.byte	0x6
	.8byte	.LBB98
	.8byte	.LBE98
	.byte	0x6
	.8byte	.LBB162
	.8byte	.LBE162
	.byte	0x6
	.8byte	.LBB163
	.8byte	.LBE163
	.byte	0x6
	.8byte	.LBB165
	.8byte	.LBE165
	.byte	0
.LLRL59:
	.byte	0x6
	.8byte	.LBB100
	.8byte	.LBE100
	.byte	0x6
	.8byte	.LBB152
	.8byte	.LBE152
	.byte	0x6
	.8byte	.LBB153
	.8byte	.LBE153
	.byte	0
.LLRL65:
	.byte	0x6
	.8byte	.LBB102
	.8byte	.LBE102
	.byte	0x6
	.8byte	.LBB148
	.8byte	.LBE148
	.byte	0x6
	.8byte	.LBB149
	.8byte	.LBE149
	.byte	0
.LLRL70:
	.byte	0x6
	.8byte	.LBB104
	.8byte	.LBE104
	.byte	0x6
	.8byte	.LBB144
	.8byte	.LBE144
	.byte	0x6
	.8byte	.LBB145
	.8byte	.LBE145
	.byte	0
.LLRL77:
	.byte	0x6
	.8byte	.LBB106
	.8byte	.LBE106
	.byte	0x6
	.8byte	.LBB139
	.8byte	.LBE139
	.byte	0x6
	.8byte	.LBB140
	.8byte	.LBE140
	.byte	0x6
	.8byte	.LBB141
	.8byte	.LBE141
	.byte	0
.LLRL82:
	.byte	0x6
	.8byte	.LBB108
	.8byte	.LBE108
	.byte	0x6
	.8byte	.LBB133
	.8byte	.LBE133
	.byte	0x6
	.8byte	.LBB134
	.8byte	.LBE134
	.byte	0x6
	.8byte	.LBB135
	.8byte	.LBE135
	.byte	0
.LLRL89:
	.byte	0x6
	.8byte	.LBB110
	.8byte	.LBE110
.LLRL94:
	.byte	0x6
	.8byte	.LBB128
	.8byte	.LBE128
	.byte	0x6
	.8byte	.LBB129
	.8byte	.LBE129
	.byte	0
.LLRL101:
	.byte	0x6
	.8byte	.LBB114
	.8byte	.LBE114
	.byte	0x6
	.8byte	.LBB123
	.8byte	.LBE123
	.byte	0
.LLRL107:
	.byte	0x6
	.8byte	.LBB118
	.8byte	.LBE118
	.byte	0x6
	.8byte	.LBB121
	.8byte	.LBE121
	.byte	0
.LLRL112:
	.byte	0x6
	.8byte	.LBB157
	.8byte	.LBE157
	.byte	0x6
	.8byte	.LBB164
	.8byte	.LBE164
	.byte	0
.LLRL116:
	.byte	0x6
	.8byte	.LBB173
	.8byte	.LBE173
	.byte	0x6
	.8byte	.LBB177
	.8byte	.LBE177
	.byte	0
.LLRL121:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB24
	.8byte	.LFE24
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF4:
	.string	"short unsigned int"
.LASF16:
	.string	"pairs"
.LASF3:
	.string	"unsigned char"
.LASF2:
	.string	"long unsigned int"
.LASF17:
	.string	"dummy"
.LASF13:
	.string	"strtoul"
.LASF20:
	.string	"main"
.LASF5:
	.string	"unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF18:
	.string	"ext_gcd"
.LASF14:
	.string	"argc"
.LASF10:
	.string	"long long int"
.LASF19:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF9:
	.string	"char"
.LASF12:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF15:
	.string	"argv"
.LASF8:
	.string	"long int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"programs/gcd_lcm.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
