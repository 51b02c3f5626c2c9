"""Backends: LLVM IR text (`llvm_ir`); HLS C comes with its own issue."""
