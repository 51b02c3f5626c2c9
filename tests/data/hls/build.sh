#!/bin/sh
# Regenerate the LLVM IR of the HLS backend's test kernels (needs clang 16).
set -e
cd "$(dirname "$0")"
for opt in 0 1 2; do
    clang-16 -S -emit-llvm -O$opt -fno-vectorize -fno-slp-vectorize -fno-unroll-loops \
        -Xclang -disable-O0-optnone -fno-discard-value-names -std=c2x features.c -o features-O$opt.ll
done
clang-16 -S -emit-llvm -O0 -Xclang -disable-O0-optnone -fno-discard-value-names unsupported.c -o unsupported.ll
