"""Assembly frontends: GNU `as` syntax for AArch64 and RV64 into `asm.model`."""
