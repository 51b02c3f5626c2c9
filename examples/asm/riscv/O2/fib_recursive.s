	.file	"fib_recursive.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "programs/fib_recursive.c"
	.align	1
	.type	fib, @function
fib:
.LFB22:
	.file 1 "programs/fib_recursive.c"
	.loc 1 7 24
	.cfi_startproc
.LVL0:
	.loc 1 7 26
	.loc 1 7 24 is_stmt 0
	addi	sp,sp,-256
	.cfi_def_cfa_offset 256
	sd	s0,240(sp)
	sd	s8,176(sp)
	sd	ra,248(sp)
	sd	s1,232(sp)
	sd	s2,224(sp)
	sd	s3,216(sp)
	sd	s4,208(sp)
	sd	s5,200(sp)
	sd	s6,192(sp)
	sd	s7,184(sp)
	sd	s9,168(sp)
	sd	s10,160(sp)
	sd	s11,152(sp)
	.cfi_offset 8, -16
	.cfi_offset 24, -80
	.cfi_offset 1, -8
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 25, -88
	.cfi_offset 26, -96
	.cfi_offset 27, -104
	.loc 1 7 43
	li	a5,1
	.loc 1 7 24
	mv	s8,a0
	.loc 1 7 43
	li	s0,0
	ble	a0,a5,.L4
	addiw	a4,a0,-1
	andi	a4,a4,-2
	sext.w	a5,a0
	subw	s3,a0,a4
	li	s0,0
.LBB23:
.LBB24:
.LBB25:
.LBB26:
.LBB27:
.LBB28:
.LBB29:
.LBB30:
.LBB31:
.LBB32:
.LBB33:
.LBB34:
.LBB35:
.LBB36:
	li	a1,1
	addiw	s5,a5,-1
.LVL1:
.LBE36:
.LBE35:
.LBE34:
.LBE33:
.LBE32:
.LBE31:
.LBE30:
.LBE29:
.LBE28:
.LBE27:
.LBE26:
.LBE25:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s8,s3,.L34
.LVL2:
.L3:
	addiw	a5,a5,-2
	andi	a5,a5,-2
	subw	s2,s5,a5
	li	s1,0
	addiw	s7,s5,-1
	sext.w	a5,s5
.LVL3:
.LBB61:
.LBB59:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s2,s5,.L35
.LVL4:
.L6:
	addiw	a5,a5,-2
	andi	a5,a5,-2
	mv	s4,s0
	subw	s10,s7,a5
	li	s11,0
	mv	s9,s2
	mv	s0,s1
.LVL5:
.L11:
	addiw	s6,s7,-1
	sext.w	a5,s7
.LVL6:
.LBB57:
.LBB55:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s10,s7,.L36
	addiw	a5,a5,-2
	andi	a5,a5,-2
	subw	a4,s6,a5
	mv	a2,s9
	li	s2,0
	mv	s9,a4
	mv	a3,s5
	mv	a4,s4
	mv	s4,s7
.LVL7:
.L14:
	addiw	s1,s6,-1
	sext.w	a5,s6
.LVL8:
.LBB53:
.LBB51:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s9,s6,.L37
	addiw	a5,a5,-2
	andi	a5,a5,-2
	li	s5,0
	subw	s7,s1,a5
	mv	t1,a2
	mv	a7,a4
	mv	a6,a3
	mv	a4,s0
	mv	a3,s8
	mv	a2,s4
	mv	s8,s6
	mv	a5,s3
	mv	s6,s5
.LVL9:
.L17:
	addiw	s0,s1,-1
	sext.w	a0,s1
.LVL10:
.LBB49:
.LBB47:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s1,s7,.L38
	addiw	a0,a0,-2
	andi	a0,a0,-2
	subw	s5,s0,a0
	li	s3,0
	mv	t4,t1
	mv	t3,s5
.LVL11:
.L20:
	addiw	s4,s0,-1
	sext.w	a0,s0
.LVL12:
.LBB45:
.LBB43:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s0,t3,.L39
	addiw	t1,a0,-2
	andi	t1,t1,-2
	subw	t1,s4,t1
	addiw	t0,a0,-3
	addiw	a0,a0,-5
	sd	t1,32(sp)
	mv	t5,a0
	li	t1,0
	mv	t2,a5
.LVL13:
.L23:
.LBB41:
.LBB39:
	ld	a5,32(sp)
	addiw	s5,s4,-1
.LVL14:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s4,a5,.L40
	andi	a0,t0,-2
	subw	a5,s5,a0
	sd	a5,0(sp)
	sd	t4,8(sp)
	sd	a7,16(sp)
	sd	a6,24(sp)
	mv	a7,s9
	mv	a6,s4
	mv	s9,s3
	mv	t4,s7
	mv	a5,t5
	li	t6,0
	mv	s4,s1
	mv	s3,s2
	mv	s7,s0
.LVL15:
.L26:
.LBB37:
.LBB38:
	ld	a0,0(sp)
	sext.w	s0,s5
.LVL16:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	beq	s5,a0,.L41
	addiw	s1,s0,-4
	andi	a0,a5,-2
	addiw	s0,s0,-2
.LVL17:
	subw	s1,s1,a0
.LVL18:
	li	s2,0
.L28:
	.loc 1 7 45
	mv	a0,s0
	sd	a3,136(sp)
	sd	t2,128(sp)
	sd	a5,120(sp)
	sd	t0,112(sp)
	sd	t5,104(sp)
	sd	t3,96(sp)
	sd	t4,88(sp)
	sd	a7,80(sp)
	sd	t6,72(sp)
	sd	t1,64(sp)
	sd	a6,56(sp)
	sd	a2,48(sp)
	sd	a4,40(sp)
	.loc 1 7 43
	addiw	s0,s0,-2
	.loc 1 7 45
	call	fib
.LVL19:
	.loc 1 7 43
	ld	a4,40(sp)
	ld	a2,48(sp)
	ld	a6,56(sp)
	ld	t1,64(sp)
	ld	t6,72(sp)
	ld	a7,80(sp)
	ld	t4,88(sp)
	ld	t3,96(sp)
	ld	t5,104(sp)
	ld	t0,112(sp)
	ld	a5,120(sp)
	ld	t2,128(sp)
	ld	a3,136(sp)
	add	s2,s2,a0
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	li	a1,1
	bne	s1,s0,.L28
.LVL20:
	andi	a0,a5,1
	add	a0,a0,s2
.LBE38:
.LBE37:
	.loc 1 7 58
	addiw	s5,s5,-2
	add	t6,t6,a0
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	addiw	a5,a5,-2
	bgt	s5,a1,.L26
	mv	s2,s3
	mv	s1,s4
	mv	s0,s7
	mv	s3,s9
	mv	s4,a6
	mv	s9,a7
	mv	s7,t4
	ld	a6,24(sp)
	ld	a7,16(sp)
	ld	t4,8(sp)
.L25:
.LVL21:
	add	s5,s5,t6
.LBE39:
.LBE41:
	.loc 1 7 58
	addiw	s4,s4,-2
	add	t1,t1,s5
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	addiw	t0,t0,-2
	addiw	t5,t5,-2
	bgt	s4,a1,.L23
	mv	a5,t2
.L22:
.LVL22:
	add	s4,s4,t1
.LBE43:
.LBE45:
	.loc 1 7 58
	addiw	s0,s0,-2
	add	s3,s3,s4
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	bgt	s0,a1,.L20
	mv	t1,t4
.L19:
.LVL23:
	add	s0,s0,s3
.LBE47:
.LBE49:
	.loc 1 7 58
	addiw	s1,s1,-2
	add	s6,s6,s0
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	bgt	s1,a1,.L17
	mv	s0,a4
	mv	s4,a2
	mv	s5,s6
	mv	a4,a7
	mv	s6,s8
	mv	a2,t1
	mv	s8,a3
	mv	s3,a5
	mv	a3,a6
.L16:
.LVL24:
	add	s1,s1,s5
.LBE51:
.LBE53:
	.loc 1 7 58
	addiw	s6,s6,-2
	add	s2,s2,s1
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	bgt	s6,a1,.L14
	mv	s7,s4
	mv	s9,a2
	mv	s5,a3
	mv	s4,a4
.L13:
.LVL25:
	add	s6,s6,s2
.LBE55:
.LBE57:
	.loc 1 7 58
	addiw	s7,s7,-2
	add	s11,s11,s6
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	bgt	s7,a1,.L11
	mv	s1,s0
	mv	s2,s9
	mv	s0,s4
	j	.L10
.LVL26:
.L39:
.LBB58:
.LBB56:
.LBB54:
.LBB52:
.LBB50:
.LBB48:
	.loc 1 7 58
	mv	t1,t4
	addiw	s0,s0,-2
	addi	s3,s3,1
	.loc 1 7 26 is_stmt 1
	j	.L19
.LVL27:
.L40:
.LBB46:
.LBB44:
	.loc 1 7 58 is_stmt 0
	mv	a5,t2
	addiw	s4,s4,-2
	addi	t1,t1,1
	.loc 1 7 26 is_stmt 1
	j	.L22
.LVL28:
.L41:
.LBB42:
.LBB40:
	.loc 1 7 58 is_stmt 0
	mv	s2,s3
	mv	s1,s4
	mv	s0,s7
	mv	s3,s9
	mv	s4,a6
	mv	s9,a7
	mv	s7,t4
	ld	a6,24(sp)
	ld	a7,16(sp)
	ld	t4,8(sp)
	addiw	s5,s5,-2
	addi	t6,t6,1
	.loc 1 7 26 is_stmt 1
	j	.L25
.LVL29:
.L38:
.LBE40:
.LBE42:
.LBE44:
.LBE46:
.LBE48:
.LBE50:
	.loc 1 7 58 is_stmt 0
	mv	s5,s6
	mv	s0,a4
	mv	s4,a2
	mv	s6,s8
	mv	a4,a7
	mv	s8,a3
	mv	a2,t1
	mv	s3,a5
	mv	a3,a6
	addiw	s1,s1,-2
	addi	s5,s5,1
	.loc 1 7 26 is_stmt 1
	j	.L16
.LVL30:
.L37:
.LBE52:
.LBE54:
	.loc 1 7 58 is_stmt 0
	mv	s7,s4
	mv	s9,a2
	mv	s5,a3
	mv	s4,a4
	addiw	s6,s6,-2
	addi	s2,s2,1
	.loc 1 7 26 is_stmt 1
	j	.L13
.LVL31:
.L36:
.LBE56:
.LBE58:
	.loc 1 7 58 is_stmt 0
	mv	s1,s0
	mv	s2,s9
	mv	s0,s4
	addiw	s7,s7,-2
	addi	s11,s11,1
	.loc 1 7 26 is_stmt 1
.L10:
.LVL32:
	add	s7,s7,s11
.LBE59:
.LBE61:
	.loc 1 7 58 is_stmt 0
	addiw	s5,s5,-2
	add	s1,s1,s7
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	ble	s5,a1,.L7
	addiw	s7,s5,-1
	sext.w	a5,s5
.LVL33:
.LBB62:
.LBB60:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	bne	s2,s5,.L6
.L35:
.LVL34:
.LBE60:
.LBE62:
	.loc 1 7 58
	addiw	s5,s5,-2
	addi	s1,s1,1
	.loc 1 7 26 is_stmt 1
.L7:
.LVL35:
	add	s5,s5,s1
.LBE24:
.LBE23:
	.loc 1 7 58 is_stmt 0
	addiw	s8,s8,-2
	add	s0,s0,s5
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	ble	s8,a1,.L4
	sext.w	a5,s8
	addiw	s5,a5,-1
.LVL36:
.LBB64:
.LBB63:
	.loc 1 7 26 is_stmt 1
	.loc 1 7 43 is_stmt 0
	bne	s8,s3,.L3
.L34:
.LVL37:
.LBE63:
.LBE64:
	.loc 1 7 58
	addiw	s8,s8,-2
	addi	s0,s0,1
	.loc 1 7 26 is_stmt 1
.L4:
	.loc 1 7 43 is_stmt 0 discriminator 1
	add	a0,s8,s0
	.loc 1 7 70 discriminator 1
	ld	ra,248(sp)
	.cfi_restore 1
	ld	s0,240(sp)
	.cfi_restore 8
	ld	s1,232(sp)
	.cfi_restore 9
	ld	s2,224(sp)
	.cfi_restore 18
	ld	s3,216(sp)
	.cfi_restore 19
	ld	s4,208(sp)
	.cfi_restore 20
	ld	s5,200(sp)
	.cfi_restore 21
	ld	s6,192(sp)
	.cfi_restore 22
	ld	s7,184(sp)
	.cfi_restore 23
	ld	s8,176(sp)
	.cfi_restore 24
	ld	s9,168(sp)
	.cfi_restore 25
	ld	s10,160(sp)
	.cfi_restore 26
	ld	s11,152(sp)
	.cfi_restore 27
	addi	sp,sp,256
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE22:
	.size	fib, .-fib
	.align	1
	.type	ackermann, @function
ackermann:
.LFB24:
	.loc 1 20 1 is_stmt 1
	.cfi_startproc
.LVL38:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	a0,zero,.L214
	.loc 1 20 1
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sd	s2,64(sp)
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	.cfi_offset 18, -32
	.cfi_offset 1, -8
	.cfi_offset 8, -16
	.cfi_offset 9, -24
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.cfi_offset 25, -88
	mv	s2,a0
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L213
	addiw	s5,s2,-1
	.loc 1 21 5 is_stmt 1
	.loc 1 24 16 is_stmt 0
	li	a1,1
.LVL39:
	.loc 1 21 8
	beq	s5,zero,.L43
.LVL40:
.L223:
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L99
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s2,s2,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	beq	s2,zero,.L43
.L213:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL41:
.LBB81:
.LBB82:
	.loc 1 21 5 is_stmt 1
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L215
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s5,s2,-1
	sext.w	s0,s5
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	beq	s0,zero,.L48
.L49:
	.loc 1 25 5 is_stmt 1
.LVL42:
.LBB83:
.LBB84:
	.loc 1 21 5
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	addiw	a5,a1,-1
	mv	s7,s0
	bne	a5,zero,.L216
.LVL43:
.L51:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L55
.L56:
	.loc 1 25 5 is_stmt 1
.LVL44:
.LBB85:
.LBB86:
	.loc 1 21 5
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	addiw	a5,a1,-1
	mv	s8,s0
	bne	a5,zero,.L217
.LVL45:
.L58:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L62
.L63:
	.loc 1 25 5 is_stmt 1
.LVL46:
.LBB87:
.LBB88:
	.loc 1 21 5
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	addiw	a5,a1,-1
	mv	s9,s0
	bne	a5,zero,.L218
.LVL47:
.L65:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s0,-1
.LVL48:
	li	a1,1
	beq	s0,zero,.L69
.LVL49:
.L70:
	.loc 1 25 5 is_stmt 1
.LBB89:
.LBB90:
	.loc 1 21 5
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	addiw	a5,a1,-1
	mv	s6,s0
	bne	a5,zero,.L219
.LVL50:
.L72:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s0,-1
.LVL51:
	li	a1,1
	beq	s0,zero,.L76
.LVL52:
.L77:
	.loc 1 25 5 is_stmt 1
.LBB91:
.LBB92:
	.loc 1 21 5
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	addiw	a5,a1,-1
	mv	s4,s0
	bne	a5,zero,.L220
.LVL53:
.L79:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s0,-1
.LVL54:
	li	a1,1
	beq	s0,zero,.L83
.LVL55:
.L117:
.LBB93:
.LBB94:
	mv	s3,s0
.L86:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L90
.L209:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL56:
.LBB95:
.LBB96:
	.loc 1 21 5 is_stmt 1
.L93:
.LBE96:
.LBE95:
	.loc 1 25 12 is_stmt 0
	mv	s1,s0
.L95:
.LBB103:
.LBB97:
	.loc 1 23 5 is_stmt 1
	sext.w	a0,s1
	.loc 1 24 16 is_stmt 0
	addiw	s1,s1,-1
	.loc 1 23 8
	bne	a1,zero,.L221
	.loc 1 24 16
	li	a1,1
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	bne	s1,zero,.L95
.L224:
.LBE97:
.LBE103:
	addiw	a5,s0,-1
.LBB104:
.LBB98:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LVL57:
.LBE98:
.LBE104:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	a5,zero,.L90
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L222
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s0,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	bne	s0,zero,.L209
.L90:
.LBE94:
.LBE93:
	addiw	s0,s3,-1
.LBB115:
.LBB109:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LBE109:
.LBE115:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L83
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L84
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s3,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	beq	s0,zero,.L83
.L84:
	.loc 1 25 5 is_stmt 1
.LVL58:
.LBB116:
.LBB110:
	.loc 1 21 5
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	addiw	a5,a1,-1
	beq	a5,zero,.L117
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-2
.LVL59:
.LBB105:
.LBB99:
	.loc 1 21 5 is_stmt 1
.LBE99:
.LBE105:
	.loc 1 25 12 is_stmt 0
	mv	s3,s0
	j	.L93
.LVL60:
.L83:
.LBE110:
.LBE116:
.LBE92:
.LBE91:
	.loc 1 21 8
	addiw	s0,s4,-1
.LBB126:
.LBB121:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LBE121:
.LBE126:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L76
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L77
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s4,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	bne	s0,zero,.L77
.L76:
.LBE90:
.LBE89:
	addiw	s0,s6,-1
.LBB136:
.LBB131:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LBE131:
.LBE136:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L69
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L70
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s6,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	bne	s0,zero,.L70
.L69:
.LBE88:
.LBE87:
	addiw	s0,s9,-1
.LBB146:
.LBB141:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LBE141:
.LBE146:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L62
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L63
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s9,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	bne	s0,zero,.L63
.L62:
.LBE86:
.LBE85:
	addiw	s0,s8,-1
.LBB156:
.LBB151:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LBE151:
.LBE156:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L55
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L56
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s8,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	bne	s0,zero,.L56
.L55:
.LBE84:
.LBE83:
	addiw	s0,s7,-1
.LBB165:
.LBB161:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LBE161:
.LBE165:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L48
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a1,zero,.L49
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	addiw	s0,s7,-2
	.loc 1 24 16
	li	a1,1
	.loc 1 21 8
	bne	s0,zero,.L49
.L48:
	.loc 1 22 18
	addiw	a1,a1,1
	.loc 1 22 9 is_stmt 1
.LVL61:
.LBE82:
.LBE81:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	bne	s5,zero,.L223
.L43:
	.loc 1 22 9 is_stmt 1
	.loc 1 26 1 is_stmt 0
	ld	ra,88(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,80(sp)
	.cfi_restore 8
	ld	s1,72(sp)
	.cfi_restore 9
	ld	s2,64(sp)
	.cfi_restore 18
	ld	s3,56(sp)
	.cfi_restore 19
	ld	s4,48(sp)
	.cfi_restore 20
	ld	s5,40(sp)
	.cfi_restore 21
	ld	s6,32(sp)
	.cfi_restore 22
	ld	s7,24(sp)
	.cfi_restore 23
	ld	s8,16(sp)
	.cfi_restore 24
	ld	s9,8(sp)
	.cfi_restore 25
	addiw	a0,a1,1
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
.LVL62:
.L221:
	.cfi_restore_state
.LBB171:
.LBB169:
.LBB166:
.LBB162:
.LBB157:
.LBB152:
.LBB147:
.LBB142:
.LBB137:
.LBB132:
.LBB127:
.LBB122:
.LBB117:
.LBB111:
.LBB106:
.LBB100:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
	call	ackermann
.LVL63:
	sext.w	a1,a0
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	bne	s1,zero,.L95
	j	.L224
.LVL64:
.L220:
.LBE100:
.LBE106:
.LBE111:
.LBE117:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-2
.LVL65:
.LBB118:
.LBB112:
	.loc 1 21 5 is_stmt 1
.L89:
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	mv	s3,s0
	beq	a1,zero,.L86
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL66:
.LBB107:
.LBB101:
	.loc 1 21 5 is_stmt 1
	j	.L93
.LVL67:
.L219:
.LBE101:
.LBE107:
.LBE112:
.LBE118:
.LBE122:
.LBE127:
	.loc 1 25 5
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-2
.LVL68:
.LBB128:
.LBB123:
	.loc 1 21 5 is_stmt 1
.L82:
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	mv	s4,s0
	beq	a1,zero,.L79
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL69:
.LBB119:
.LBB113:
	.loc 1 21 5 is_stmt 1
	j	.L89
.LVL70:
.L218:
.LBE113:
.LBE119:
.LBE123:
.LBE128:
.LBE132:
.LBE137:
	.loc 1 25 5
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-2
.LVL71:
.LBB138:
.LBB133:
	.loc 1 21 5 is_stmt 1
.L75:
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	mv	s6,s0
	beq	a1,zero,.L72
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL72:
.LBB129:
.LBB124:
	.loc 1 21 5 is_stmt 1
	j	.L82
.LVL73:
.L217:
.LBE124:
.LBE129:
.LBE133:
.LBE138:
.LBE142:
.LBE147:
	.loc 1 25 5
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-2
.LVL74:
.LBB148:
.LBB143:
	.loc 1 21 5 is_stmt 1
.L68:
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	mv	s9,s0
	beq	a1,zero,.L65
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL75:
.LBB139:
.LBB134:
	.loc 1 21 5 is_stmt 1
	j	.L75
.LVL76:
.L215:
.LBE134:
.LBE139:
.LBE143:
.LBE148:
.LBE152:
.LBE157:
.LBE162:
.LBE166:
	.loc 1 25 5
.LBB167:
.LBB163:
	.loc 1 21 5
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	addiw	a5,a1,-1
	bne	a5,zero,.L225
	mv	s7,s2
	mv	s0,s2
	addiw	s5,s2,-1
	j	.L51
.LVL77:
.L216:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-2
.LVL78:
.LBB158:
.LBB153:
	.loc 1 21 5 is_stmt 1
.L61:
	.loc 1 23 5
	.loc 1 23 8 is_stmt 0
	mv	s8,s0
	beq	a1,zero,.L58
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL79:
.LBB149:
.LBB144:
	.loc 1 21 5 is_stmt 1
	j	.L68
.LVL80:
.L214:
	.cfi_def_cfa_offset 0
	.cfi_restore 1
	.cfi_restore 8
	.cfi_restore 9
	.cfi_restore 18
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 25
.LBE144:
.LBE149:
.LBE153:
.LBE158:
.LBE163:
.LBE167:
.LBE169:
.LBE171:
	.loc 1 22 9
	.loc 1 26 1 is_stmt 0
	addiw	a0,a1,1
.LVL81:
	ret
.LVL82:
.L99:
	.cfi_def_cfa_offset 96
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
	.loc 1 21 8
	mv	s2,s5
	j	.L213
.LVL83:
.L222:
.LBB172:
.LBB170:
.LBB168:
.LBB164:
.LBB159:
.LBB154:
.LBB150:
.LBB145:
.LBB140:
.LBB135:
.LBB130:
.LBB125:
.LBB120:
.LBB114:
	mv	s0,a5
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
.LVL84:
.LBB108:
.LBB102:
	.loc 1 21 5 is_stmt 1
	j	.L93
.LVL85:
.L225:
.LBE102:
.LBE108:
.LBE114:
.LBE120:
.LBE125:
.LBE130:
.LBE135:
.LBE140:
.LBE145:
.LBE150:
.LBE154:
.LBE159:
	.loc 1 25 5
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-2
.LVL86:
.LBB160:
.LBB155:
	.loc 1 21 5 is_stmt 1
.LBE155:
.LBE160:
	.loc 1 25 12 is_stmt 0
	mv	s7,s2
	mv	s0,s2
	addiw	s5,s2,-1
	j	.L61
.LBE164:
.LBE168:
.LBE170:
.LBE172:
	.cfi_endproc
.LFE24:
	.size	ackermann, .-ackermann
	.align	1
	.type	fib_memo, @function
fib_memo:
.LFB23:
	.loc 1 10 1 is_stmt 1
	.cfi_startproc
.LVL87:
	.loc 1 11 5
	.loc 1 10 1 is_stmt 0
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sd	s0,64(sp)
	sd	ra,72(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	sd	s8,0(sp)
	.cfi_offset 8, -16
	.cfi_offset 1, -8
	.cfi_offset 9, -24
	.cfi_offset 18, -32
	.cfi_offset 19, -40
	.cfi_offset 20, -48
	.cfi_offset 21, -56
	.cfi_offset 22, -64
	.cfi_offset 23, -72
	.cfi_offset 24, -80
	.loc 1 11 8
	li	a5,1
	.loc 1 10 1
	mv	s0,a0
	.loc 1 11 8
	ble	a0,a5,.L226
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	slli	s7,a0,3
	lla	s2,.LANCHOR0
	add	a4,s2,s7
	ld	a0,0(a4)
.LVL88:
	.loc 1 13 8
	beq	a0,zero,.L253
.L226:
	.loc 1 17 1
	ld	ra,72(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,64(sp)
	.cfi_restore 8
	ld	s1,56(sp)
	.cfi_restore 9
	ld	s2,48(sp)
	.cfi_restore 18
	ld	s3,40(sp)
	.cfi_restore 19
	ld	s4,32(sp)
	.cfi_restore 20
	ld	s5,24(sp)
	.cfi_restore 21
	ld	s6,16(sp)
	.cfi_restore 22
	ld	s7,8(sp)
	.cfi_restore 23
	ld	s8,0(sp)
	.cfi_restore 24
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
.L253:
	.cfi_restore_state
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	addiw	a4,s0,-1
.LVL89:
.LBB185:
.LBB186:
	.loc 1 11 5 is_stmt 1
	li	a0,1
	.loc 1 11 8 is_stmt 0
	beq	a4,a0,.L239
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	slli	s1,a4,3
	add	a4,s2,s1
	ld	s4,0(a4)
	.loc 1 15 15
	addiw	s3,s0,-2
	.loc 1 13 8
	beq	s4,zero,.L254
.LVL90:
.LBE186:
.LBE185:
.LBB210:
.LBB211:
	.loc 1 11 5 is_stmt 1
	.loc 1 11 8 is_stmt 0
	beq	s3,a0,.L255
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	slli	s3,s3,3
	add	a4,s2,s3
	ld	a0,0(a4)
	.loc 1 13 8
	bne	a0,zero,.L252
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	addiw	s5,s0,-3
.LVL91:
.LBB212:
.LBB213:
	.loc 1 11 5 is_stmt 1
	li	a0,1
	.loc 1 11 8 is_stmt 0
	beq	s5,a5,.L243
	slli	s5,s5,3
.LVL92:
.L245:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	add	s5,s2,s5
	ld	s1,0(s5)
.LBE213:
.LBE212:
.LBE211:
.LBE210:
.LBB235:
.LBB203:
.LBB187:
.LBB188:
	.loc 1 15 33
	addiw	s6,s0,-4
.LBE188:
.LBE187:
.LBE203:
.LBE235:
.LBB236:
.LBB228:
.LBB216:
.LBB214:
	.loc 1 13 8
	beq	s1,zero,.L256
.L241:
.LVL93:
.LBE214:
.LBE216:
.LBB217:
.LBB218:
	.loc 1 11 5 is_stmt 1
	.loc 1 11 8 is_stmt 0
	li	a5,1
.LBE218:
.LBE217:
	.loc 1 15 31
	add	a0,s6,s1
.LBB223:
.LBB219:
	.loc 1 11 8
	ble	s6,a5,.L243
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	slli	s6,s6,3
	add	s6,s2,s6
	ld	a5,0(s6)
.LBE219:
.LBE223:
	.loc 1 15 31
	add	a0,a5,s1
.LBB224:
.LBB220:
	.loc 1 13 8
	beq	a5,zero,.L257
.LVL94:
.L243:
.LBE220:
.LBE224:
	.loc 1 15 13
	add	s3,s2,s3
	sd	a0,0(s3)
.L252:
	.loc 1 16 5 is_stmt 1
.LBE228:
.LBE236:
	.loc 1 15 31 is_stmt 0
	add	a0,a0,s4
.L239:
	.loc 1 15 13
	add	s2,s2,s7
	sd	a0,0(s2)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 16 is_stmt 0
	j	.L226
.LVL95:
.L254:
.LBB237:
.LBB204:
	.loc 1 15 5 is_stmt 1
.LBB191:
.LBB189:
	.loc 1 11 5
	.loc 1 11 8 is_stmt 0
	li	a5,3
	beq	s0,a5,.L258
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	slli	s3,s3,3
	add	s4,s2,s3
	ld	s6,0(s4)
	.loc 1 15 15
	addiw	s5,s0,-3
	.loc 1 13 8
	beq	s6,zero,.L259
.L232:
.LVL96:
.LBE189:
.LBE191:
.LBB192:
.LBB193:
	.loc 1 11 5 is_stmt 1
	.loc 1 11 8 is_stmt 0
	li	a5,1
	beq	s5,a5,.L260
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	slli	s5,s5,3
	add	s8,s2,s5
	ld	a5,0(s8)
.LBE193:
.LBE192:
	.loc 1 15 31
	add	s4,a5,s6
.LBB198:
.LBB194:
	.loc 1 13 8
	beq	a5,zero,.L261
.LVL97:
.L237:
.LBE194:
.LBE198:
	.loc 1 15 13
	add	a4,s2,s1
	sd	s4,0(a4)
.LBE204:
.LBE237:
.LBB238:
.LBB229:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	add	a5,s2,s3
	ld	a0,0(a5)
	.loc 1 13 8
	beq	a0,zero,.L245
	.loc 1 16 5 is_stmt 1
.LBE229:
.LBE238:
	.loc 1 15 31 is_stmt 0
	add	a0,a0,s4
	j	.L239
.LVL98:
.L257:
.LBB239:
.LBB230:
.LBB225:
.LBB221:
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	addiw	a0,s0,-5
	call	fib_memo
.LVL99:
	mv	a5,a0
	.loc 1 15 33
	addiw	a0,s0,-6
	.loc 1 15 15
	mv	s0,a5
.LVL100:
	.loc 1 15 33
	call	fib_memo
.LVL101:
	.loc 1 15 31
	add	a0,s0,a0
	.loc 1 15 13
	sd	a0,0(s6)
	.loc 1 16 5 is_stmt 1
.LBE221:
.LBE225:
	.loc 1 15 31 is_stmt 0
	add	a0,a0,s1
.LBB226:
.LBB222:
	.loc 1 16 16
	j	.L243
.LVL102:
.L256:
.LBE222:
.LBE226:
.LBB227:
.LBB215:
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s6
	call	fib_memo
.LVL103:
	mv	s1,a0
	.loc 1 15 33
	addiw	a0,s0,-5
	call	fib_memo
.LVL104:
	.loc 1 15 31
	add	s1,s1,a0
	.loc 1 15 13
	sd	s1,0(s5)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 16 is_stmt 0
	j	.L241
.LVL105:
.L261:
.LBE215:
.LBE227:
.LBE230:
.LBE239:
.LBB240:
.LBB205:
.LBB199:
.LBB195:
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	addiw	a0,s0,-4
	call	fib_memo
.LVL106:
	mv	s4,a0
	.loc 1 15 33
	addiw	a0,s0,-5
	call	fib_memo
.LVL107:
	.loc 1 15 31
	add	s4,s4,a0
	.loc 1 15 13
	sd	s4,0(s8)
	.loc 1 16 5 is_stmt 1
.LVL108:
.LBE195:
.LBE199:
	.loc 1 15 31 is_stmt 0
	add	s4,s4,s6
	.loc 1 16 5 is_stmt 1
.LVL109:
.LBE205:
.LBE240:
.LBB241:
.LBB231:
	.loc 1 11 5
	j	.L237
.LVL110:
.L259:
.LBE231:
.LBE241:
.LBB242:
.LBB206:
.LBB200:
.LBB190:
	.loc 1 15 5
	.loc 1 15 15 is_stmt 0
	mv	a0,s5
	call	fib_memo
.LVL111:
	mv	s6,a0
	.loc 1 15 33
	addiw	a0,s0,-4
	call	fib_memo
.LVL112:
	.loc 1 15 31
	add	s6,s6,a0
	.loc 1 15 13
	sd	s6,0(s4)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 16 is_stmt 0
	j	.L232
.L258:
	.loc 1 12 9 is_stmt 1
.LVL113:
.LBE190:
.LBE200:
.LBB201:
.LBB196:
	.loc 1 11 5
	.loc 1 12 9
.LBE196:
.LBE201:
	.loc 1 15 13 is_stmt 0
	sd	a0,16(s2)
	.loc 1 16 5 is_stmt 1
.LVL114:
.LBE206:
.LBE242:
.LBB243:
.LBB232:
	.loc 1 11 5
.LBE232:
.LBE243:
.LBB244:
.LBB207:
	.loc 1 15 13 is_stmt 0
	li	a0,2
	j	.L239
.LVL115:
.L255:
.LBE207:
.LBE244:
	.loc 1 15 31
	addi	a0,s4,1
	j	.L239
.LVL116:
.L260:
.LBB245:
.LBB208:
.LBB202:
.LBB197:
	.loc 1 12 9 is_stmt 1
.LBE197:
.LBE202:
.LBE208:
.LBE245:
.LBB246:
.LBB233:
	.loc 1 13 13 is_stmt 0
	ld	a0,16(s2)
.LBE233:
.LBE246:
.LBB247:
.LBB209:
	.loc 1 15 31
	addi	s4,s6,1
	.loc 1 15 13
	sd	s4,24(s2)
	.loc 1 16 5 is_stmt 1
.LVL117:
.LBE209:
.LBE247:
.LBB248:
.LBB234:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 8 is_stmt 0
	bne	a0,zero,.L252
	li	a0,1
	j	.L243
.LBE234:
.LBE248:
	.cfi_endproc
.LFE23:
	.size	fib_memo, .-fib_memo
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"fib(%d) = %ld\n"
	.align	3
.LC1:
	.string	"fib_memo(%d) = %ld\n"
	.align	3
.LC2:
	.string	"A(%u,%u) = %u\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
.LFB25:
	.loc 1 29 1 is_stmt 1
	.cfi_startproc
.LVL118:
	.loc 1 30 5
	.loc 1 29 1 is_stmt 0
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sd	s0,96(sp)
	sd	ra,104(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	.cfi_offset 8, -16
	.cfi_offset 1, -8
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
	.loc 1 30 38
	li	a5,1
	li	s0,20
	ble	a0,a5,.L263
.LVL119:
.LBB286:
.LBB287:
	.file 2 "/usr/riscv64-linux-gnu/include/stdlib.h"
	.loc 2 364 3 is_stmt 1 discriminator 1
	.loc 2 364 16 is_stmt 0 discriminator 1
	ld	a0,8(a1)
.LVL120:
	li	a2,10
	li	a1,0
.LVL121:
	call	strtol@plt
.LVL122:
	.loc 2 364 10 discriminator 1
	sext.w	s0,a0
.LVL123:
.L263:
.LBE287:
.LBE286:
	.loc 1 31 5 is_stmt 1 discriminator 4
	mv	a0,s0
	call	fib
.LVL124:
	mv	a2,a0
	mv	a1,s0
	mv	s4,a0
	lla	a0,.LC0
	call	printf@plt
.LVL125:
	.loc 1 32 5 discriminator 4
.LBB288:
	.loc 1 32 10 discriminator 4
	.loc 1 32 24 discriminator 4
	lla	s0,.LANCHOR0
.LVL126:
.LBE288:
	.loc 1 31 5 is_stmt 0 discriminator 4
	li	s3,53
	li	s2,54
	li	s7,55
.LBB365:
	.loc 1 33 9 discriminator 4
	lla	s6,.LC1
	.loc 1 32 24 discriminator 4
	li	s5,94
.LVL127:
.L279:
.LBB289:
.LBB290:
	.loc 1 13 13
	ld	a2,480(s0)
	addiw	a1,s2,6
.LVL128:
.LBE290:
.LBE289:
	.loc 1 33 9 is_stmt 1
.LBB363:
.LBB361:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 8 is_stmt 0
	bne	a2,zero,.L264
	.loc 1 15 5 is_stmt 1
.LVL129:
.LBB291:
.LBB292:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 13 is_stmt 0
	ld	s8,472(s0)
	.loc 1 13 8
	bne	s8,zero,.L265
.LBB293:
.LBB294:
	.loc 1 13 13
	ld	s1,464(s0)
.LBE294:
.LBE293:
	.loc 1 15 5 is_stmt 1
.LVL130:
.LBB307:
.LBB305:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 8 is_stmt 0
	beq	s1,zero,.L305
.LVL131:
.L266:
.LBE305:
.LBE307:
.LBB308:
.LBB309:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	ld	s8,456(s0)
	.loc 1 13 8
	beq	s8,zero,.L306
.L269:
.LBE309:
.LBE308:
	.loc 1 15 31
	add	s8,s8,s1
	.loc 1 15 13
	sd	s8,472(s0)
	.loc 1 16 5 is_stmt 1
.LVL132:
.LBE292:
.LBE291:
.LBB325:
.LBB326:
	.loc 1 11 5
.L265:
	.loc 1 13 5
	.loc 1 13 13 is_stmt 0
	ld	a2,464(s0)
	.loc 1 13 8
	bne	a2,zero,.L272
	.loc 1 15 5 is_stmt 1
.LVL133:
.LBB327:
.LBB328:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 13 is_stmt 0
	ld	s9,456(s0)
	.loc 1 13 8
	beq	s9,zero,.L307
.LVL134:
.L273:
.LBE328:
.LBE327:
.LBB340:
.LBB341:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	ld	a2,448(s0)
	.loc 1 13 8
	beq	a2,zero,.L308
.L276:
.LBE341:
.LBE340:
	.loc 1 15 31
	add	a2,a2,s9
	.loc 1 15 13
	sd	a2,464(s0)
	.loc 1 16 5 is_stmt 1
.L272:
.LBE326:
.LBE325:
	.loc 1 15 31 is_stmt 0
	add	a2,a2,s8
	.loc 1 15 13
	sd	a2,480(s0)
	.loc 1 16 5 is_stmt 1
.L264:
.LVL135:
.LBE361:
.LBE363:
	.loc 1 33 9 is_stmt 0
	mv	a0,s6
	.loc 1 32 24
	addiw	s2,s2,10
.LVL136:
	.loc 1 33 9
	call	printf@plt
.LVL137:
	.loc 1 32 33 is_stmt 1
	.loc 1 32 24
	addi	s0,s0,80
	addiw	s7,s7,10
	addiw	s3,s3,10
	bne	s2,s5,.L279
.LBE365:
.LBB366:
	.loc 1 34 19 is_stmt 0
	li	s0,0
.LBB367:
	.loc 1 36 13
	lla	s6,.LC2
	.loc 1 35 32
	li	s5,4
.LBE367:
	.loc 1 34 28
	li	s7,3
.L280:
.LVL138:
.LBB380:
	.loc 1 35 32 is_stmt 1
.LBB368:
.LBB369:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L294
	.loc 1 24 16
	addiw	s3,s0,-1
	.loc 1 23 5 is_stmt 1
	.loc 1 21 5
.LBE369:
.LBE368:
	.loc 1 35 23 is_stmt 0
	li	s2,0
.LBB375:
.LBB370:
	.loc 1 24 16
	mv	a1,s3
	li	s1,0
	.loc 1 21 8
	beq	s3,zero,.L309
.LVL139:
.L287:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a1,-1
	mv	a0,s3
	call	ackermann
.LVL140:
	sext.w	a0,a0
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	beq	s1,zero,.L310
.L300:
	.loc 1 23 5 is_stmt 1
	.loc 1 23 8 is_stmt 0
	bne	a0,zero,.L311
.L286:
	.loc 1 22 9 is_stmt 1
.LBE370:
.LBE375:
	.loc 1 36 13 is_stmt 0
	mv	a1,s0
	addiw	a3,s1,1
	mv	a2,s2
	mv	a0,s6
	call	printf@plt
.LVL141:
	.loc 1 35 38 is_stmt 1
	addiw	a1,s2,1
.LVL142:
	.loc 1 35 32
	beq	a1,s5,.L312
.LVL143:
.L282:
.LBB376:
.LBB371:
	.loc 1 21 5
	.loc 1 21 8 is_stmt 0
	beq	s0,zero,.L293
	.loc 1 23 5 is_stmt 1
	.loc 1 24 16 is_stmt 0
	mv	s3,s0
	.loc 1 25 5 is_stmt 1
.LBE371:
.LBE376:
	.loc 1 35 38 is_stmt 0
	mv	s2,a1
.LBB377:
.LBB372:
	.loc 1 25 12
	mv	a0,s3
	addiw	a1,a1,-1
	call	ackermann
.LVL144:
	.loc 1 24 16
	addiw	s1,s0,-1
	.loc 1 25 12
	sext.w	a0,a0
	.loc 1 21 5 is_stmt 1
	.loc 1 21 8 is_stmt 0
	bne	s1,zero,.L300
.LVL145:
.L310:
	.loc 1 25 12
	mv	s1,a0
	j	.L286
.L311:
	.loc 1 25 5 is_stmt 1
	.loc 1 25 12 is_stmt 0
	addiw	a1,a0,-1
	li	a0,1
	call	ackermann
.LVL146:
	sext.w	s1,a0
	.loc 1 21 5 is_stmt 1
	.loc 1 22 9
.LBE372:
.LBE377:
	.loc 1 36 13 is_stmt 0
	mv	a1,s0
	addiw	a3,s1,1
	mv	a2,s2
	mv	a0,s6
	call	printf@plt
.LVL147:
	.loc 1 35 38 is_stmt 1
	addiw	a1,s2,1
.LVL148:
	.loc 1 35 32
	bne	a1,s5,.L282
.LVL149:
.L312:
.LBE380:
	.loc 1 34 34 discriminator 2
	addiw	s0,s0,1
.LVL150:
	.loc 1 34 28 discriminator 2
	bne	s0,s7,.L280
.LBE366:
	.loc 1 37 5
	.loc 1 38 1 is_stmt 0
	ld	ra,104(sp)
	.cfi_remember_state
	.cfi_restore 1
	ld	s0,96(sp)
	.cfi_restore 8
	.loc 1 37 25
	li	a5,100
	.loc 1 38 1
	rem	a0,s4,a5
	ld	s1,88(sp)
	.cfi_restore 9
	ld	s2,80(sp)
	.cfi_restore 18
	ld	s3,72(sp)
	.cfi_restore 19
	ld	s4,64(sp)
	.cfi_restore 20
	ld	s5,56(sp)
	.cfi_restore 21
	ld	s6,48(sp)
	.cfi_restore 22
	ld	s7,40(sp)
	.cfi_restore 23
	ld	s8,32(sp)
	.cfi_restore 24
	ld	s9,24(sp)
	.cfi_restore 25
	ld	s10,16(sp)
	.cfi_restore 26
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
.LVL151:
.L293:
	.cfi_restore_state
.LBB382:
.LBB381:
	.loc 1 35 38
	mv	s2,a1
	mv	s1,a1
	j	.L286
.LVL152:
.L294:
	.loc 1 35 23
	li	s2,0
	li	s1,0
	j	.L286
.L309:
.LBB378:
.LBB373:
	.loc 1 22 9 is_stmt 1
.LBE373:
.LBE378:
	.loc 1 36 13 is_stmt 0
	mv	a1,s0
	li	a3,2
	li	a2,0
	lla	a0,.LC2
	.loc 1 35 38
	li	s2,1
	.loc 1 36 13
	call	printf@plt
.LVL153:
	.loc 1 35 38 is_stmt 1
	.loc 1 35 32
.LBB379:
.LBB374:
	.loc 1 21 5
	.loc 1 24 16 is_stmt 0
	mv	s1,s3
	mv	a1,s2
	mv	s3,s0
	j	.L287
.LVL154:
.L305:
.LBE374:
.LBE379:
.LBE381:
.LBE382:
.LBB383:
.LBB364:
.LBB362:
.LBB357:
.LBB323:
.LBB320:
.LBB306:
.LBB295:
.LBB296:
	.loc 1 13 13
	ld	s8,456(s0)
.LBE296:
.LBE295:
	.loc 1 15 5 is_stmt 1
.LVL155:
.LBB299:
.LBB297:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 8 is_stmt 0
	bne	s8,zero,.L267
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	addiw	a0,s2,2
	sd	a1,8(sp)
	call	fib_memo
.LVL156:
	mv	s8,a0
	.loc 1 15 33
	mv	a0,s7
	call	fib_memo
.LVL157:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
.LVL158:
.LBE297:
.LBE299:
.LBB300:
.LBB301:
	.loc 1 11 5
.LBE301:
.LBE300:
.LBB303:
.LBB298:
	.loc 1 15 31 is_stmt 0
	add	s8,s8,a0
	.loc 1 15 13
	sd	s8,456(s0)
.LVL159:
.L267:
.LBE298:
.LBE303:
.LBB304:
.LBB302:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	ld	s1,448(s0)
	.loc 1 13 8
	bne	s1,zero,.L268
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s7
	sd	a1,8(sp)
	call	fib_memo
.LVL160:
	mv	s1,a0
	.loc 1 15 33
	mv	a0,s2
	call	fib_memo
.LVL161:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
	.loc 1 15 31 is_stmt 0
	add	s1,s1,a0
	.loc 1 15 13
	sd	s1,448(s0)
.L268:
.LBE302:
.LBE304:
	.loc 1 15 31
	add	s1,s1,s8
	.loc 1 15 13
	sd	s1,464(s0)
	.loc 1 16 5 is_stmt 1
.LVL162:
.LBE306:
.LBE320:
.LBB321:
.LBB318:
	.loc 1 11 5
	j	.L266
.LVL163:
.L307:
.LBE318:
.LBE321:
.LBE323:
.LBE357:
.LBB358:
.LBB355:
.LBB352:
.LBB339:
.LBB329:
.LBB330:
	.loc 1 13 13 is_stmt 0
	ld	s1,448(s0)
.LBE330:
.LBE329:
	.loc 1 15 5 is_stmt 1
.LVL164:
.LBB333:
.LBB331:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 8 is_stmt 0
	bne	s1,zero,.L274
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s7
	sd	a1,8(sp)
	call	fib_memo
.LVL165:
	mv	s1,a0
	.loc 1 15 33
	mv	a0,s2
	call	fib_memo
.LVL166:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
.LVL167:
.LBE331:
.LBE333:
.LBB334:
.LBB335:
	.loc 1 11 5
.LBE335:
.LBE334:
.LBB337:
.LBB332:
	.loc 1 15 31 is_stmt 0
	add	s1,s1,a0
	.loc 1 15 13
	sd	s1,448(s0)
.LVL168:
.L274:
.LBE332:
.LBE337:
.LBB338:
.LBB336:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	ld	s9,440(s0)
	.loc 1 13 8
	bne	s9,zero,.L275
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s2
	sd	a1,8(sp)
	call	fib_memo
.LVL169:
	mv	s9,a0
	.loc 1 15 33
	mv	a0,s3
	call	fib_memo
.LVL170:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
	.loc 1 15 31 is_stmt 0
	add	s9,s9,a0
	.loc 1 15 13
	sd	s9,440(s0)
.L275:
.LBE336:
.LBE338:
	.loc 1 15 31
	add	s9,s9,s1
	.loc 1 15 13
	sd	s9,456(s0)
	.loc 1 16 5 is_stmt 1
.LVL171:
.LBE339:
.LBE352:
.LBB353:
.LBB350:
	.loc 1 11 5
	j	.L273
.LVL172:
.L306:
.LBE350:
.LBE353:
.LBE355:
.LBE358:
.LBB359:
.LBB324:
.LBB322:
.LBB319:
	.loc 1 15 5
.LBB310:
.LBB311:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 13 is_stmt 0
	ld	s9,448(s0)
	.loc 1 13 8
	bne	s9,zero,.L270
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s7
	sd	a1,8(sp)
	call	fib_memo
.LVL173:
	mv	s9,a0
	.loc 1 15 33
	mv	a0,s2
	call	fib_memo
.LVL174:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
.LVL175:
.LBE311:
.LBE310:
.LBB313:
.LBB314:
	.loc 1 11 5
.LBE314:
.LBE313:
.LBB316:
.LBB312:
	.loc 1 15 31 is_stmt 0
	add	s9,s9,a0
	.loc 1 15 13
	sd	s9,448(s0)
.LVL176:
.L270:
.LBE312:
.LBE316:
.LBB317:
.LBB315:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	ld	s8,440(s0)
	.loc 1 13 8
	bne	s8,zero,.L271
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s2
	sd	a1,8(sp)
	call	fib_memo
.LVL177:
	mv	s8,a0
	.loc 1 15 33
	mv	a0,s3
	call	fib_memo
.LVL178:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
	.loc 1 15 31 is_stmt 0
	add	s8,s8,a0
	.loc 1 15 13
	sd	s8,440(s0)
.L271:
.LBE315:
.LBE317:
	.loc 1 15 31
	add	s8,s8,s9
	.loc 1 15 13
	sd	s8,456(s0)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 16 is_stmt 0
	j	.L269
.LVL179:
.L308:
.LBE319:
.LBE322:
.LBE324:
.LBE359:
.LBB360:
.LBB356:
.LBB354:
.LBB351:
	.loc 1 15 5 is_stmt 1
.LBB342:
.LBB343:
	.loc 1 11 5
	.loc 1 13 5
	.loc 1 13 13 is_stmt 0
	ld	s10,440(s0)
	.loc 1 13 8
	bne	s10,zero,.L277
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s2
	sd	a1,8(sp)
	call	fib_memo
.LVL180:
	mv	s10,a0
	.loc 1 15 33
	mv	a0,s3
	call	fib_memo
.LVL181:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
.LVL182:
.LBE343:
.LBE342:
.LBB345:
.LBB346:
	.loc 1 11 5
.LBE346:
.LBE345:
.LBB348:
.LBB344:
	.loc 1 15 31 is_stmt 0
	add	s10,s10,a0
	.loc 1 15 13
	sd	s10,440(s0)
.LVL183:
.L277:
.LBE344:
.LBE348:
.LBB349:
.LBB347:
	.loc 1 13 5 is_stmt 1
	.loc 1 13 13 is_stmt 0
	ld	a2,432(s0)
	.loc 1 13 8
	bne	a2,zero,.L278
	.loc 1 15 5 is_stmt 1
	.loc 1 15 15 is_stmt 0
	mv	a0,s3
	sd	a1,8(sp)
	call	fib_memo
.LVL184:
	mv	s1,a0
	.loc 1 15 33
	addiw	a0,s2,-2
	call	fib_memo
.LVL185:
	.loc 1 15 13
	ld	a1,8(sp)
	.loc 1 16 5 is_stmt 1
	.loc 1 15 31 is_stmt 0
	add	a2,s1,a0
	.loc 1 15 13
	sd	a2,432(s0)
.L278:
.LBE347:
.LBE349:
	.loc 1 15 31
	add	a2,a2,s10
	.loc 1 15 13
	sd	a2,448(s0)
	.loc 1 16 5 is_stmt 1
	.loc 1 16 16 is_stmt 0
	j	.L276
.LBE351:
.LBE354:
.LBE356:
.LBE360:
.LBE362:
.LBE364:
.LBE383:
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	memo, @object
	.size	memo, 728
memo:
	.zero	728
	.text
.Letext0:
	.file 3 "/usr/riscv64-linux-gnu/include/stdio.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0xa99
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF21
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL93
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
	.byte	0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x7
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.byte	0xc
	.4byte	0x67
	.byte	0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x15
	.4byte	0x67
	.byte	0x7
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.byte	0x7
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.byte	0x16
	.4byte	0x5b
	.4byte	0x91
	.byte	0x17
	.4byte	0x2a
	.byte	0x5a
	.byte	0
	.byte	0x18
	.4byte	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x81
	.byte	0x9
	.byte	0x3
	.8byte	memo
	.byte	0x19
	.4byte	.LASF12
	.byte	0x2
	.byte	0xb1
	.byte	0x11
	.4byte	0x5b
	.4byte	0xc7
	.byte	0x8
	.4byte	0xcc
	.byte	0x8
	.4byte	0xd6
	.byte	0x8
	.4byte	0x54
	.byte	0
	.byte	0xc
	.4byte	0x6e
	.byte	0xe
	.4byte	0xc7
	.byte	0xc
	.4byte	0x62
	.byte	0xe
	.4byte	0xd1
	.byte	0x1a
	.4byte	.LASF13
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0xf3
	.byte	0x8
	.4byte	0xc7
	.byte	0x1b
	.byte	0
	.byte	0x1c
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1c
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
	.byte	0x1
	.byte	0x9c
	.4byte	0x620
	.byte	0xf
	.4byte	.LASF14
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST53
	.byte	0xf
	.4byte	.LASF15
	.byte	0x1b
	.4byte	0xd1
	.4byte	.LLST54
	.byte	0x9
	.string	"n"
	.byte	0x1e
	.byte	0x9
	.4byte	0x54
	.4byte	.LLST55
	.byte	0x10
	.4byte	.LLRL57
	.4byte	0x498
	.byte	0x9
	.string	"i"
	.byte	0x20
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST58
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB289
	.4byte	.LLRL59
	.byte	0x21
	.byte	0x9
	.4byte	0x483
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST60
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB291
	.4byte	.LLRL61
	.byte	0xf
	.byte	0xf
	.4byte	0x2ff
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST62
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB293
	.4byte	.LLRL63
	.byte	0xf
	.byte	0xf
	.4byte	0x24b
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST64
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB295
	.4byte	.LLRL65
	.byte	0xf
	.byte	0xf
	.4byte	0x201
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST66
	.byte	0x4
	.8byte	.LVL156
	.4byte	0x642
	.4byte	0x1ec
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0x2
	.byte	0
	.byte	0x5
	.8byte	.LVL157
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB300
	.4byte	.LLRL67
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST68
	.byte	0x4
	.8byte	.LVL160
	.4byte	0x642
	.4byte	0x235
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL161
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB308
	.4byte	.LLRL69
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST70
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB310
	.4byte	.LLRL71
	.byte	0xf
	.byte	0xf
	.4byte	0x2b4
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST72
	.byte	0x4
	.8byte	.LVL173
	.4byte	0x642
	.4byte	0x29f
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL174
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB313
	.4byte	.LLRL73
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST74
	.byte	0x4
	.8byte	.LVL177
	.4byte	0x642
	.4byte	0x2e8
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL178
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB325
	.4byte	.LLRL75
	.byte	0xf
	.byte	0x21
	.byte	0xa
	.4byte	0x651
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB327
	.4byte	.LLRL76
	.byte	0xf
	.byte	0xf
	.4byte	0x3ce
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST77
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB329
	.4byte	.LLRL78
	.byte	0xf
	.byte	0xf
	.4byte	0x384
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST79
	.byte	0x4
	.8byte	.LVL165
	.4byte	0x642
	.4byte	0x36f
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x87
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL166
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB334
	.4byte	.LLRL80
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST81
	.byte	0x4
	.8byte	.LVL169
	.4byte	0x642
	.4byte	0x3b8
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL170
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB340
	.4byte	.LLRL82
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST83
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB342
	.4byte	.LLRL84
	.byte	0xf
	.byte	0xf
	.4byte	0x437
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST85
	.byte	0x4
	.8byte	.LVL180
	.4byte	0x642
	.4byte	0x422
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL181
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB345
	.4byte	.LLRL86
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST87
	.byte	0x4
	.8byte	.LVL184
	.4byte	0x642
	.4byte	0x46b
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL185
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0x7e
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL137
	.4byte	0xdb
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	.LLRL88
	.4byte	0x5a2
	.byte	0x9
	.string	"m"
	.byte	0x22
	.byte	0x13
	.4byte	0x3f
	.4byte	.LLST89
	.byte	0x1d
	.4byte	.LLRL90
	.byte	0x9
	.string	"k"
	.byte	0x23
	.byte	0x17
	.4byte	0x3f
	.4byte	.LLST91
	.byte	0x6
	.4byte	0x620
	.8byte	.LBB368
	.4byte	.LLRL92
	.byte	0x24
	.byte	0xd
	.4byte	0x527
	.byte	0xa
	.4byte	0x638
	.byte	0x1e
	.4byte	0x62f
	.byte	0x1
	.byte	0x63
	.byte	0x4
	.8byte	.LVL140
	.4byte	0x620
	.4byte	0x4fb
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL144
	.4byte	0x620
	.4byte	0x513
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL146
	.4byte	0x620
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0x4
	.8byte	.LVL141
	.4byte	0xdb
	.4byte	0x551
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x79
	.byte	0x1
	.byte	0
	.byte	0x4
	.8byte	.LVL147
	.4byte	0xdb
	.4byte	0x57b
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x79
	.byte	0x1
	.byte	0
	.byte	0x5
	.8byte	.LVL153
	.4byte	0xdb
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.byte	0x32
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.4byte	0x676
	.8byte	.LBB286
	.8byte	.LBE286-.LBB286
	.byte	0x1
	.byte	0x1e
	.byte	0x18
	.4byte	0x5e0
	.byte	0x1
	.4byte	0x688
	.4byte	.LLST56
	.byte	0x5
	.8byte	.LVL122
	.4byte	0xa7
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
	.byte	0x4
	.8byte	.LVL124
	.4byte	0x65b
	.4byte	0x5f8
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL125
	.4byte	0xdb
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x9
	.byte	0x3
	.8byte	.LC0
	.byte	0x2
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x2
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0x11
	.4byte	.LASF17
	.byte	0x13
	.byte	0x11
	.4byte	0x3f
	.4byte	0x642
	.byte	0xb
	.string	"m"
	.byte	0x13
	.byte	0x24
	.4byte	0x3f
	.byte	0xb
	.string	"n"
	.byte	0x13
	.byte	0x30
	.4byte	0x3f
	.byte	0
	.byte	0x11
	.4byte	.LASF18
	.byte	0x9
	.byte	0xd
	.4byte	0x5b
	.4byte	0x65b
	.byte	0xb
	.string	"n"
	.byte	0x9
	.byte	0x1a
	.4byte	0x54
	.byte	0
	.byte	0x20
	.string	"fib"
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	0x5b
	.byte	0x1
	.4byte	0x676
	.byte	0xb
	.string	"n"
	.byte	0x7
	.byte	0x15
	.4byte	0x54
	.byte	0
	.byte	0x21
	.4byte	.LASF19
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0x54
	.byte	0x3
	.4byte	0x696
	.byte	0x22
	.4byte	.LASF20
	.byte	0x2
	.2byte	0x16a
	.byte	0x1
	.4byte	0xc7
	.byte	0
	.byte	0x12
	.4byte	0x65b
	.8byte	.LFB22
	.8byte	.LFE22-.LFB22
	.byte	0x1
	.byte	0x9c
	.4byte	0x7b5
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST0
	.byte	0x3
	.4byte	0x65b
	.8byte	.LBB23
	.4byte	.LLRL1
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST2
	.byte	0x3
	.4byte	0x65b
	.8byte	.LBB25
	.4byte	.LLRL3
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST4
	.byte	0x3
	.4byte	0x65b
	.8byte	.LBB27
	.4byte	.LLRL5
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST6
	.byte	0x3
	.4byte	0x65b
	.8byte	.LBB29
	.4byte	.LLRL7
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST8
	.byte	0x3
	.4byte	0x65b
	.8byte	.LBB31
	.4byte	.LLRL9
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST10
	.byte	0x3
	.4byte	0x65b
	.8byte	.LBB33
	.4byte	.LLRL11
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST12
	.byte	0x3
	.4byte	0x65b
	.8byte	.LBB35
	.4byte	.LLRL13
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST14
	.byte	0x23
	.4byte	0x65b
	.8byte	.LBB37
	.8byte	.LBE37-.LBB37
	.byte	0x1
	.byte	0x7
	.byte	0x2d
	.byte	0x1
	.4byte	0x66c
	.4byte	.LLST15
	.byte	0xd
	.8byte	.LVL19
	.4byte	0x65b
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	0x620
	.8byte	.LFB24
	.8byte	.LFE24-.LFB24
	.byte	0x1
	.byte	0x9c
	.4byte	0x918
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST16
	.byte	0x1
	.4byte	0x638
	.4byte	.LLST17
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB81
	.4byte	.LLRL18
	.byte	0x19
	.byte	0xc
	.byte	0xa
	.4byte	0x638
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST19
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB83
	.4byte	.LLRL20
	.byte	0x19
	.byte	0xc
	.byte	0x1
	.4byte	0x638
	.4byte	.LLST21
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST22
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB85
	.4byte	.LLRL23
	.byte	0x19
	.byte	0xc
	.byte	0x1
	.4byte	0x638
	.4byte	.LLST24
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST25
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB87
	.4byte	.LLRL26
	.byte	0x19
	.byte	0xc
	.byte	0x1
	.4byte	0x638
	.4byte	.LLST27
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST28
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB89
	.4byte	.LLRL29
	.byte	0x19
	.byte	0xc
	.byte	0x1
	.4byte	0x638
	.4byte	.LLST30
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST31
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB91
	.4byte	.LLRL32
	.byte	0x19
	.byte	0xc
	.byte	0x1
	.4byte	0x638
	.4byte	.LLST33
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST34
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB93
	.4byte	.LLRL35
	.byte	0x19
	.byte	0xc
	.byte	0x1
	.4byte	0x638
	.4byte	.LLST36
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST37
	.byte	0x3
	.4byte	0x620
	.8byte	.LBB95
	.4byte	.LLRL38
	.byte	0x19
	.byte	0xc
	.byte	0xa
	.4byte	0x638
	.byte	0x1
	.4byte	0x62f
	.4byte	.LLST39
	.byte	0xd
	.8byte	.LVL63
	.4byte	0x620
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x24
	.4byte	0x642
	.8byte	.LFB23
	.8byte	.LFE23-.LFB23
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST40
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB185
	.4byte	.LLRL41
	.byte	0xf
	.byte	0xf
	.4byte	0x9ef
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST42
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB187
	.4byte	.LLRL43
	.byte	0xf
	.byte	0xf
	.4byte	0x9a5
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST44
	.byte	0x4
	.8byte	.LVL111
	.4byte	0x642
	.4byte	0x990
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL112
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7c
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB192
	.4byte	.LLRL45
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST46
	.byte	0x4
	.8byte	.LVL106
	.4byte	0x642
	.4byte	0x9d9
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7c
	.byte	0
	.byte	0x5
	.8byte	.LVL107
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7b
	.byte	0
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB210
	.4byte	.LLRL47
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST48
	.byte	0x6
	.4byte	0x642
	.8byte	.LBB212
	.4byte	.LLRL49
	.byte	0xf
	.byte	0xf
	.4byte	0xa58
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST50
	.byte	0x4
	.8byte	.LVL103
	.4byte	0x642
	.4byte	0xa43
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x86
	.byte	0
	.byte	0
	.byte	0x5
	.8byte	.LVL104
	.4byte	0x642
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7b
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	0x642
	.8byte	.LBB217
	.4byte	.LLRL51
	.byte	0xf
	.byte	0x21
	.byte	0x1
	.4byte	0x651
	.4byte	.LLST52
	.byte	0x4
	.8byte	.LVL99
	.4byte	0x642
	.4byte	0xa8c
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0x7b
	.byte	0
	.byte	0xd
	.8byte	.LVL101
	.4byte	0x642
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0x5
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x49
	.byte	0x13
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
	.byte	0x5
	.byte	0
	.byte	0x31
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x8
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x37
	.byte	0
	.byte	0x49
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
	.byte	0x1c
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
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
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
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0x18
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1e
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
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
	.byte	0x21
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x23
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
	.byte	0x24
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
.LLST53:
	.byte	0x7
	.8byte	.LVL118
	.8byte	.LVL120
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL120
	.8byte	.LFE25
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST54:
	.byte	0x7
	.8byte	.LVL118
	.8byte	.LVL121
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL121
	.8byte	.LFE25
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST55:
	.byte	0x7
	.8byte	.LVL123
	.8byte	.LVL126
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST58:
	.byte	0x7
	.8byte	.LVL125
	.8byte	.LVL127
	.byte	0x3
	.byte	0x8
	.byte	0x3c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL128
	.8byte	.LVL136
	.byte	0x3
	.byte	0x82
	.byte	0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL154
	.8byte	.LFE25
	.byte	0x3
	.byte	0x82
	.byte	0x6
	.byte	0x9f
	.byte	0
.LLST60:
	.byte	0x7
	.8byte	.LVL128
	.8byte	.LVL135
	.byte	0x3
	.byte	0x82
	.byte	0x6
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL154
	.8byte	.LFE25
	.byte	0x3
	.byte	0x82
	.byte	0x6
	.byte	0x9f
	.byte	0
.LLST62:
	.byte	0x7
	.8byte	.LVL129
	.8byte	.LVL132
	.byte	0x3
	.byte	0x82
	.byte	0x5
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL154
	.8byte	.LVL163
	.byte	0x3
	.byte	0x82
	.byte	0x5
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL172
	.8byte	.LVL179
	.byte	0x3
	.byte	0x82
	.byte	0x5
	.byte	0x9f
	.byte	0
.LLST64:
	.byte	0x7
	.8byte	.LVL130
	.8byte	.LVL131
	.byte	0x3
	.byte	0x82
	.byte	0x4
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL154
	.8byte	.LVL162
	.byte	0x3
	.byte	0x82
	.byte	0x4
	.byte	0x9f
	.byte	0
.LLST66:
	.byte	0x7
	.8byte	.LVL155
	.8byte	.LVL158
	.byte	0x3
	.byte	0x82
	.byte	0x3
	.byte	0x9f
	.byte	0
.LLST68:
	.byte	0x7
	.8byte	.LVL158
	.8byte	.LVL159
	.byte	0x3
	.byte	0x82
	.byte	0x2
	.byte	0x9f
	.byte	0
.LLST70:
	.byte	0x7
	.8byte	.LVL162
	.8byte	.LVL163
	.byte	0x3
	.byte	0x82
	.byte	0x3
	.byte	0x9f
	.byte	0
.LLST72:
	.byte	0x7
	.8byte	.LVL172
	.8byte	.LVL175
	.byte	0x3
	.byte	0x82
	.byte	0x2
	.byte	0x9f
	.byte	0
.LLST74:
	.byte	0x7
	.8byte	.LVL175
	.8byte	.LVL176
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST77:
	.byte	0x7
	.8byte	.LVL133
	.8byte	.LVL134
	.byte	0x3
	.byte	0x82
	.byte	0x3
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL163
	.8byte	.LVL171
	.byte	0x3
	.byte	0x82
	.byte	0x3
	.byte	0x9f
	.byte	0
.LLST79:
	.byte	0x7
	.8byte	.LVL164
	.8byte	.LVL167
	.byte	0x3
	.byte	0x82
	.byte	0x2
	.byte	0x9f
	.byte	0
.LLST81:
	.byte	0x7
	.8byte	.LVL167
	.8byte	.LVL168
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST83:
	.byte	0x7
	.8byte	.LVL171
	.8byte	.LVL172
	.byte	0x3
	.byte	0x82
	.byte	0x2
	.byte	0x9f
	.byte	0
.LLST85:
	.byte	0x7
	.8byte	.LVL179
	.8byte	.LVL182
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST87:
	.byte	0x7
	.8byte	.LVL182
	.8byte	.LVL183
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST89:
	.byte	0x7
	.8byte	.LVL138
	.8byte	.LVL150
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL151
	.8byte	.LVL154
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST91:
	.byte	0x7
	.8byte	.LVL138
	.8byte	.LVL139
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL142
	.8byte	.LVL143
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL148
	.8byte	.LVL149
	.byte	0x3
	.byte	0x82
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL152
	.8byte	.LVL153
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL153
	.8byte	.LVL154
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST56:
	.byte	0x7
	.8byte	.LVL119
	.8byte	.LVL121
	.byte	0x2
	.byte	0x7b
	.byte	0x8
	.byte	0x7
	.8byte	.LVL121
	.8byte	.LVL122-1
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST0:
	.byte	0x7
	.8byte	.LVL0
	.8byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL2
	.8byte	.LFE22
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.8byte	.LVL1
	.8byte	.LVL4
	.byte	0x1
	.byte	0x65
	.byte	0x7
	.8byte	.LVL36
	.8byte	.LVL37
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST4:
	.byte	0x7
	.8byte	.LVL3
	.8byte	.LVL5
	.byte	0x1
	.byte	0x67
	.byte	0x7
	.8byte	.LVL33
	.8byte	.LVL34
	.byte	0x1
	.byte	0x67
	.byte	0
.LLST6:
	.byte	0x7
	.8byte	.LVL6
	.8byte	.LVL7
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST8:
	.byte	0x7
	.8byte	.LVL8
	.8byte	.LVL9
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST10:
	.byte	0x7
	.8byte	.LVL10
	.8byte	.LVL11
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST12:
	.byte	0x7
	.8byte	.LVL12
	.8byte	.LVL13
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST14:
	.byte	0x7
	.8byte	.LVL14
	.8byte	.LVL15
	.byte	0x1
	.byte	0x65
	.byte	0
.LLST15:
	.byte	0x7
	.8byte	.LVL16
	.8byte	.LVL17
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL17
	.8byte	.LVL18
	.byte	0x3
	.byte	0x79
	.byte	0x3
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL18
	.8byte	.LVL20
	.byte	0x3
	.byte	0x85
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL40
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL40
	.8byte	.LVL80
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL80
	.8byte	.LVL81
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL81
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.8byte	.LVL38
	.8byte	.LVL39
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL39
	.8byte	.LVL80
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL80
	.8byte	.LVL82
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.8byte	.LVL82
	.8byte	.LFE24
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.8byte	.LVL41
	.8byte	.LVL61
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL62
	.8byte	.LVL80
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL83
	.8byte	.LFE24
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST21:
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL43
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL76
	.8byte	.LVL78
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL85
	.8byte	.LVL86
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST22:
	.byte	0x7
	.8byte	.LVL42
	.8byte	.LVL43
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL76
	.8byte	.LVL77
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.8byte	.LVL77
	.8byte	.LVL78
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL85
	.8byte	.LFE24
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST24:
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL45
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL73
	.8byte	.LVL74
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST25:
	.byte	0x7
	.8byte	.LVL44
	.8byte	.LVL45
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL73
	.8byte	.LVL74
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL86
	.8byte	.LFE24
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST27:
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LVL47
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL70
	.8byte	.LVL71
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST28:
	.byte	0x7
	.8byte	.LVL46
	.8byte	.LVL48
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL70
	.8byte	.LVL73
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL74
	.8byte	.LVL76
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL79
	.8byte	.LVL80
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST30:
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LVL50
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL68
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST31:
	.byte	0x7
	.8byte	.LVL49
	.8byte	.LVL51
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL67
	.8byte	.LVL70
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL71
	.8byte	.LVL73
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL75
	.8byte	.LVL76
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST33:
	.byte	0x7
	.8byte	.LVL52
	.8byte	.LVL53
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL64
	.8byte	.LVL65
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST34:
	.byte	0x7
	.8byte	.LVL52
	.8byte	.LVL54
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL64
	.8byte	.LVL67
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL68
	.8byte	.LVL70
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL72
	.8byte	.LVL73
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST36:
	.byte	0x7
	.8byte	.LVL58
	.8byte	.LVL59
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST37:
	.byte	0x7
	.8byte	.LVL58
	.8byte	.LVL60
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL65
	.8byte	.LVL67
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL69
	.8byte	.LVL70
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST39:
	.byte	0x7
	.8byte	.LVL56
	.8byte	.LVL57
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL59
	.8byte	.LVL60
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL62
	.8byte	.LVL64
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL66
	.8byte	.LVL67
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.8byte	.LVL84
	.8byte	.LVL85
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST40:
	.byte	0x7
	.8byte	.LVL87
	.8byte	.LVL88
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.8byte	.LVL88
	.8byte	.LFE23
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST42:
	.byte	0x7
	.8byte	.LVL89
	.8byte	.LVL90
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL95
	.8byte	.LVL97
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL105
	.8byte	.LVL109
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL110
	.8byte	.LVL114
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL116
	.8byte	.LVL117
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST44:
	.byte	0x7
	.8byte	.LVL95
	.8byte	.LVL96
	.byte	0x3
	.byte	0x78
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL110
	.8byte	.LVL113
	.byte	0x3
	.byte	0x78
	.byte	0x7e
	.byte	0x9f
	.byte	0
.LLST46:
	.byte	0x7
	.8byte	.LVL96
	.8byte	.LVL97
	.byte	0x3
	.byte	0x78
	.byte	0x7d
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL105
	.8byte	.LVL108
	.byte	0x3
	.byte	0x78
	.byte	0x7d
	.byte	0x9f
	.byte	0
.LLST48:
	.byte	0x7
	.8byte	.LVL90
	.8byte	.LVL92
	.byte	0x3
	.byte	0x78
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL109
	.8byte	.LVL110
	.byte	0x3
	.byte	0x78
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL114
	.8byte	.LVL115
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL115
	.8byte	.LVL116
	.byte	0x3
	.byte	0x78
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL117
	.8byte	.LFE23
	.byte	0x3
	.byte	0x78
	.byte	0x7e
	.byte	0x9f
	.byte	0
.LLST50:
	.byte	0x7
	.8byte	.LVL91
	.8byte	.LVL92
	.byte	0x3
	.byte	0x78
	.byte	0x7d
	.byte	0x9f
	.byte	0
.LLST52:
	.byte	0x7
	.8byte	.LVL93
	.8byte	.LVL94
	.byte	0x3
	.byte	0x78
	.byte	0x7c
	.byte	0x9f
	.byte	0x7
	.8byte	.LVL98
	.8byte	.LVL100
	.byte	0x3
	.byte	0x78
	.byte	0x7c
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
	.8byte	.LFB25
	.8byte	.LFE25-.LFB25
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
.LLRL1:
	.byte	0x6
	.8byte	.LBB23
	.8byte	.LBE23
	.byte	0x6
	.8byte	.LBB64
	.8byte	.LBE64
	.byte	0
.LLRL3:
	.byte	0x6
	.8byte	.LBB25
	.8byte	.LBE25
	.byte	0x6
	.8byte	.LBB61
	.8byte	.LBE61
	.byte	0x6
	.8byte	.LBB62
	.8byte	.LBE62
	.byte	0
.LLRL5:
	.byte	0x6
	.8byte	.LBB27
	.8byte	.LBE27
	.byte	0x6
	.8byte	.LBB57
	.8byte	.LBE57
	.byte	0x6
	.8byte	.LBB58
	.8byte	.LBE58
	.byte	0
.LLRL7:
	.byte	0x6
	.8byte	.LBB29
	.8byte	.LBE29
	.byte	0x6
	.8byte	.LBB53
	.8byte	.LBE53
	.byte	0x6
	.8byte	.LBB54
	.8byte	.LBE54
	.byte	0
.LLRL9:
	.byte	0x6
	.8byte	.LBB31
	.8byte	.LBE31
	.byte	0x6
	.8byte	.LBB49
	.8byte	.LBE49
	.byte	0x6
	.8byte	.LBB50
	.8byte	.LBE50
	.byte	0
.LLRL11:
	.byte	0x6
	.8byte	.LBB33
	.8byte	.LBE33
	.byte	0x6
	.8byte	.LBB45
	.8byte	.LBE45
	.byte	0x6
	.8byte	.LBB46
	.8byte	.LBE46
	.byte	0
.LLRL13:
	.byte	0x6
	.8byte	.LBB35
	.8byte	.LBE35
	.byte	0x6
	.8byte	.LBB41
	.8byte	.LBE41
	.byte	0x6
	.8byte	.LBB42
	.8byte	.LBE42
	.byte	0
.LLRL18:
	.byte	0x6
	.8byte	.LBB81
	.8byte	.LBE81
	.byte	0x6
	.8byte	.LBB171
	.8byte	.LBE171
	.byte	0x6
	.8byte	.LBB172
	.8byte	.LBE172
	.byte	0
.LLRL20:
	.byte	0x6
	.8byte	.LBB83
	.8byte	.LBE83
	.byte	0x6
	.8byte	.LBB165
	.8byte	.LBE165
	.byte	0x6
	.8byte	.LBB166
	.8byte	.LBE166
	.byte	0x6
	.8byte	.LBB167
	.8byte	.LBE167
	.byte	0x6
	.8byte	.LBB168
	.8byte	.LBE168
	.byte	0
.LLRL23:
	.byte	0x6
	.8byte	.LBB85
	.8byte	.LBE85
	.byte	0x6
	.8byte	.LBB156
	.8byte	.LBE156
	.byte	0x6
	.8byte	.LBB157
	.8byte	.LBE157
	.byte	0x6
	.8byte	.LBB158
	.8byte	.LBE158
	.byte	0x6
	.8byte	.LBB159
	.8byte	.LBE159
	.byte	0x6
	.8byte	.LBB160
	.8byte	.LBE160
	.byte	0
.LLRL26:
	.byte	0x6
	.8byte	.LBB87
	.8byte	.LBE87
	.byte	0x6
	.8byte	.LBB146
	.8byte	.LBE146
	.byte	0x6
	.8byte	.LBB147
	.8byte	.LBE147
	.byte	0x6
	.8byte	.LBB148
	.8byte	.LBE148
	.byte	0x6
	.8byte	.LBB149
	.8byte	.LBE149
	.byte	0x6
	.8byte	.LBB150
	.8byte	.LBE150
	.byte	0
.LLRL29:
	.byte	0x6
	.8byte	.LBB89
	.8byte	.LBE89
	.byte	0x6
	.8byte	.LBB136
	.8byte	.LBE136
	.byte	0x6
	.8byte	.LBB137
	.8byte	.LBE137
	.byte	0x6
	.8byte	.LBB138
	.8byte	.LBE138
	.byte	0x6
	.8byte	.LBB139
	.8byte	.LBE139
	.byte	0x6
	.8byte	.LBB140
	.8byte	.LBE140
	.byte	0
.LLRL32:
	.byte	0x6
	.8byte	.LBB91
	.8byte	.LBE91
	.byte	0x6
	.8byte	.LBB126
	.8byte	.LBE126
	.byte	0x6
	.8byte	.LBB127
	.8byte	.LBE127
	.byte	0x6
	.8byte	.LBB128
	.8byte	.LBE128
	.byte	0x6
	.8byte	.LBB129
	.8byte	.LBE129
	.byte	0x6
	.8byte	.LBB130
	.8byte	.LBE130
	.byte	0
.LLRL35:
	.byte	0x6
	.8byte	.LBB93
	.8byte	.LBE93
	.byte	0x6
	.8byte	.LBB115
	.8byte	.LBE115
	.byte	0x6
	.8byte	.LBB116
	.8byte	.LBE116
	.byte	0x6
	.8byte	.LBB117
	.8byte	.LBE117
	.byte	0x6
	.8byte	.LBB118
	.8byte	.LBE118
	.byte	0x6
	.8byte	.LBB119
	.8byte	.LBE119
	.byte	0x6
	.8byte	.LBB120
	.8byte	.LBE120
	.byte	0
.LLRL38:
	.byte	0x6
	.8byte	.LBB95
	.8byte	.LBE95
	.byte	0x6
	.8byte	.LBB103
	.8byte	.LBE103
	.byte	0x6
	.8byte	.LBB104
	.8byte	.LBE104
	.byte	0x6
	.8byte	.LBB105
	.8byte	.LBE105
	.byte	0x6
	.8byte	.LBB106
	.8byte	.LBE106
	.byte	0x6
	.8byte	.LBB107
	.8byte	.LBE107
	.byte	0x6
	.8byte	.LBB108
	.8byte	.LBE108
	.byte	0
.LLRL41:
	.byte	0x6
	.8byte	.LBB185
	.8byte	.LBE185
	.byte	0x6
	.8byte	.LBB235
	.8byte	.LBE235
	.byte	0x6
	.8byte	.LBB237
	.8byte	.LBE237
	.byte	0x6
	.8byte	.LBB240
	.8byte	.LBE240
	.byte	0x6
	.8byte	.LBB242
	.8byte	.LBE242
	.byte	0x6
	.8byte	.LBB244
	.8byte	.LBE244
	.byte	0x6
	.8byte	.LBB245
	.8byte	.LBE245
	.byte	0x6
	.8byte	.LBB247
	.8byte	.LBE247
	.byte	0
.LLRL43:
	.byte	0x6
	.8byte	.LBB187
	.8byte	.LBE187
	.byte	0x6
	.8byte	.LBB191
	.8byte	.LBE191
	.byte	0x6
	.8byte	.LBB200
	.8byte	.LBE200
	.byte	0
.LLRL45:
	.byte	0x6
	.8byte	.LBB192
	.8byte	.LBE192
	.byte	0x6
	.8byte	.LBB198
	.8byte	.LBE198
	.byte	0x6
	.8byte	.LBB199
	.8byte	.LBE199
	.byte	0x6
	.8byte	.LBB201
	.8byte	.LBE201
	.byte	0x6
	.8byte	.LBB202
	.8byte	.LBE202
	.byte	0
.LLRL47:
	.byte	0x6
	.8byte	.LBB210
	.8byte	.LBE210
	.byte	0x6
	.8byte	.LBB236
	.8byte	.LBE236
	.byte	0x6
	.8byte	.LBB238
	.8byte	.LBE238
	.byte	0x6
	.8byte	.LBB239
	.8byte	.LBE239
	.byte	0x6
	.8byte	.LBB241
	.8byte	.LBE241
	.byte	0x6
	.8byte	.LBB243
	.8byte	.LBE243
	.byte	0x6
	.8byte	.LBB246
	.8byte	.LBE246
	.byte	0x6
	.8byte	.LBB248
	.8byte	.LBE248
	.byte	0
.LLRL49:
	.byte	0x6
	.8byte	.LBB212
	.8byte	.LBE212
	.byte	0x6
	.8byte	.LBB216
	.8byte	.LBE216
	.byte	0x6
	.8byte	.LBB227
	.8byte	.LBE227
	.byte	0
.LLRL51:
	.byte	0x6
	.8byte	.LBB217
	.8byte	.LBE217
	.byte	0x6
	.8byte	.LBB223
	.8byte	.LBE223
	.byte	0x6
	.8byte	.LBB224
	.8byte	.LBE224
	.byte	0x6
	.8byte	.LBB225
	.8byte	.LBE225
	.byte	0x6
	.8byte	.LBB226
	.8byte	.LBE226
	.byte	0
.LLRL57:
	.byte	0x6
	.8byte	.LBB288
	.8byte	.LBE288
	.byte	0x6
	.8byte	.LBB365
	.8byte	.LBE365
	.byte	0x6
	.8byte	.LBB383
	.8byte	.LBE383
	.byte	0
.LLRL59:
	.byte	0x6
	.8byte	.LBB289
	.8byte	.LBE289
	.byte	0x6
	.8byte	.LBB363
	.8byte	.LBE363
	.byte	0x6
	.8byte	.LBB364
	.8byte	.LBE364
	.byte	0
.LLRL61:
	.byte	0x6
	.8byte	.LBB291
	.8byte	.LBE291
	.byte	0x6
	.8byte	.LBB357
	.8byte	.LBE357
	.byte	0x6
	.8byte	.LBB359
	.8byte	.LBE359
	.byte	0
.LLRL63:
	.byte	0x6
	.8byte	.LBB293
	.8byte	.LBE293
	.byte	0x6
	.8byte	.LBB307
	.8byte	.LBE307
	.byte	0x6
	.8byte	.LBB320
	.8byte	.LBE320
	.byte	0
.LLRL65:
	.byte	0x6
	.8byte	.LBB295
	.8byte	.LBE295
	.byte	0x6
	.8byte	.LBB299
	.8byte	.LBE299
	.byte	0x6
	.8byte	.LBB303
	.8byte	.LBE303
	.byte	0
.LLRL67:
	.byte	0x6
	.8byte	.LBB300
	.8byte	.LBE300
	.byte	0x6
	.8byte	.LBB304
	.8byte	.LBE304
	.byte	0
.LLRL69:
	.byte	0x6
	.8byte	.LBB308
	.8byte	.LBE308
	.byte	0x6
	.8byte	.LBB321
	.8byte	.LBE321
	.byte	0x6
	.8byte	.LBB322
	.8byte	.LBE322
	.byte	0
.LLRL71:
	.byte	0x6
	.8byte	.LBB310
	.8byte	.LBE310
	.byte	0x6
	.8byte	.LBB316
	.8byte	.LBE316
	.byte	0
.LLRL73:
	.byte	0x6
	.8byte	.LBB313
	.8byte	.LBE313
	.byte	0x6
	.8byte	.LBB317
	.8byte	.LBE317
	.byte	0
.LLRL75:
	.byte	0x6
	.8byte	.LBB325
	.8byte	.LBE325
	.byte	0x6
	.8byte	.LBB358
	.8byte	.LBE358
	.byte	0x6
	.8byte	.LBB360
	.8byte	.LBE360
	.byte	0
.LLRL76:
	.byte	0x6
	.8byte	.LBB327
	.8byte	.LBE327
	.byte	0x6
	.8byte	.LBB352
	.8byte	.LBE352
	.byte	0
.LLRL78:
	.byte	0x6
	.8byte	.LBB329
	.8byte	.LBE329
	.byte	0x6
	.8byte	.LBB333
	.8byte	.LBE333
	.byte	0x6
	.8byte	.LBB337
	.8byte	.LBE337
	.byte	0
.LLRL80:
	.byte	0x6
	.8byte	.LBB334
	.8byte	.LBE334
	.byte	0x6
	.8byte	.LBB338
	.8byte	.LBE338
	.byte	0
.LLRL82:
	.byte	0x6
	.8byte	.LBB340
	.8byte	.LBE340
	.byte	0x6
	.8byte	.LBB353
	.8byte	.LBE353
	.byte	0x6
	.8byte	.LBB354
	.8byte	.LBE354
	.byte	0
.LLRL84:
	.byte	0x6
	.8byte	.LBB342
	.8byte	.LBE342
	.byte	0x6
	.8byte	.LBB348
	.8byte	.LBE348
	.byte	0
.LLRL86:
	.byte	0x6
	.8byte	.LBB345
	.8byte	.LBE345
	.byte	0x6
	.8byte	.LBB349
	.8byte	.LBE349
	.byte	0
.LLRL88:
	.byte	0x6
	.8byte	.LBB366
	.8byte	.LBE366
	.byte	0x6
	.8byte	.LBB382
	.8byte	.LBE382
	.byte	0
.LLRL90:
	.byte	0x6
	.8byte	.LBB367
	.8byte	.LBE367
	.byte	0x6
	.8byte	.LBB380
	.8byte	.LBE380
	.byte	0x6
	.8byte	.LBB381
	.8byte	.LBE381
	.byte	0
.LLRL92:
	.byte	0x6
	.8byte	.LBB368
	.8byte	.LBE368
	.byte	0x6
	.8byte	.LBB375
	.8byte	.LBE375
	.byte	0x6
	.8byte	.LBB376
	.8byte	.LBE376
	.byte	0x6
	.8byte	.LBB377
	.8byte	.LBE377
	.byte	0x6
	.8byte	.LBB378
	.8byte	.LBE378
	.byte	0x6
	.8byte	.LBB379
	.8byte	.LBE379
	.byte	0
.LLRL93:
	.byte	0x6
	.8byte	.Ltext0
	.8byte	.Letext0
	.byte	0x6
	.8byte	.LFB25
	.8byte	.LFE25
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF10:
	.string	"long long int"
.LASF5:
	.string	"unsigned int"
.LASF17:
	.string	"ackermann"
.LASF22:
	.string	"main"
.LASF14:
	.string	"argc"
.LASF2:
	.string	"long unsigned int"
.LASF11:
	.string	"long long unsigned int"
.LASF12:
	.string	"strtol"
.LASF18:
	.string	"fib_memo"
.LASF3:
	.string	"unsigned char"
.LASF9:
	.string	"char"
.LASF8:
	.string	"long int"
.LASF20:
	.string	"__nptr"
.LASF19:
	.string	"atoi"
.LASF4:
	.string	"short unsigned int"
.LASF13:
	.string	"printf"
.LASF15:
	.string	"argv"
.LASF16:
	.string	"memo"
.LASF21:
	.string	"GNU C17 12.2.0 -mabi=lp64d -misa-spec=20191213 -march=rv64imafdc_zicsr_zifencei -g -O2"
.LASF7:
	.string	"short int"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"programs/fib_recursive.c"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
