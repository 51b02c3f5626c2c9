// Never returns: for the qemu timeout test.
	.text
	.align	2
	.globl	main
	.type	main, %function
main:
	b	main
	.size	main, .-main
