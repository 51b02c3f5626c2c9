#!/bin/sh
# Compile every fixture program under examples/programs to assembly for both
# ISAs at -O0, -O1 and -O2, with -g so that `.loc` lines align the blocks of
# the two compiles: examples/asm/{arm,riscv}/O{0,1,2}/<name>.s.
#
# Flags are the cross compilers' defaults (riscv64: -march=rv64gc, lp64d;
# aarch64: armv8-a); gcc vectorises at -O2, so those files have some SIMD.
set -eu
cd "$(dirname "$0")"
for isa in arm riscv; do
    case $isa in
        arm) cc=aarch64-linux-gnu-gcc ;;
        riscv) cc=riscv64-linux-gnu-gcc ;;
    esac
    command -v "$cc" >/dev/null || { echo "missing $cc (apt package gcc-${cc%-gcc})" >&2; exit 1; }
    for level in 0 1 2; do
        out="asm/$isa/O$level"
        mkdir -p "$out"
        for src in programs/*.c; do
            name=$(basename "$src" .c)
            # -fdebug-prefix-map keeps the build directory out of the output
            "$cc" -S -g -O"$level" \
                -fdebug-prefix-map="$PWD"=. -o "$out/$name.s" "$src"
        done
    done
done
