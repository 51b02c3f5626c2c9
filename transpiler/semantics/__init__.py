"""ISA semantics in Z3: AArch64 and RV64IM over one symbolic machine state."""
