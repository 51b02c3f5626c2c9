"""Mutation testing of the block verifier over the -O0 fixtures: every block
pair it proves has its target block mutated (opcode, register, immediate,
operand order); unicorn runs each mutant against the original target block
from the same random states, the verifier checks it against the source
block. Prints the kill rate (rejected among the mutants unicorn tells apart,
and among all), per mutation kind, and every mutant the verifier accepts
although unicorn shows it to behave differently: 'observable' ones are
wrong verdicts; 'abi upper half' ones differ only in the upper half of a
32-bit argument or return value of a RISC-V target, which the verifier does
not compare but the psABI wants sign-extended; 'unpaired register' ones only
in a register live into the successor that the correspondence pairs with
nothing (the successor is then unprovable).

    python bench/bench_mutation.py [--direction arm-riscv|riscv-arm] [--max-mutants N]
        [--states N] [--timeout S] [--max-block N] [--programs P ...]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from guacc.transpiler.asm.parser import parse_asm_file
from guacc.transpiler.verify.mutation import Tally, examine_pair, proven_pairs
from guacc.transpiler.verify.trace import UnsupportedCode

ASM = Path(__file__).resolve().parent.parent / "examples" / "asm"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", nargs="*", default=[])
    parser.add_argument("--direction", choices=("arm-riscv", "riscv-arm"), default="arm-riscv")
    parser.add_argument("--max-mutants", type=int, default=8, help="mutants per block pair")
    parser.add_argument("--states", type=int, default=12, help="unicorn start states per mutant")
    parser.add_argument("--timeout", type=float, default=2.0, help="verifier limit per block check (s)")
    parser.add_argument("--max-block", type=int, default=16, help="skip target blocks longer than this (0: none)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    src_isa, dst_isa = args.direction.split("-")
    names = args.programs or sorted(p.stem for p in (ASM / "arm" / "O0").glob("*.s"))
    tally, statuses, pairs = Tally(), Counter(), 0
    started = time.perf_counter()
    for name in names:
        src = parse_asm_file(ASM / src_isa / "O0" / f"{name}.s", src_isa)
        dst = parse_asm_file(ASM / dst_isa / "O0" / f"{name}.s", dst_isa)
        keep = (lambda i, s, d: len(d.instructions) <= args.max_block) if args.max_block else (lambda i, s, d: True)
        program = Tally()
        for function, src_block, dst_block, corr in proven_pairs(src, src_isa, dst, dst_isa, args.timeout, keep):
            try:
                report = examine_pair(src_block, src_isa, dst_block, dst_isa, corr, args.max_mutants,
                                      args.states, args.seed, args.timeout)
            except UnsupportedCode as err:
                print(f"  {name}:{function}:{dst_block.label}: skipped ({err})")
                continue
            pairs += 1
            for r in report.reports:
                where = f"{name}:{function}:{dst_block.label}"
                program.add(where, r)
                tally.add(where, r)
                statuses[r.verdict.status] += 1
        row = program.total()
        print(f"{name:20s} mutants {row['mutants']:4d} differ {row['differ']:4d} rejected {row['rejected']:4d} "
              f"accepted yet differ {len(program.escapes)}", flush=True)
    print(f"\n{pairs} proven block pairs ({args.direction}), {args.states} states per mutant, "
          f"verifier {dict(statuses)} ({time.perf_counter() - started:.0f} s)")
    print("\n".join(tally.lines()))
    for category, found in tally.accepted_differing.items():
        print(f"\nmutants the verifier accepts although unicorn tells them apart ({category}): {len(found)}")
        for where, r in found:
            print(f"  {where}: {r.mutant.describe(dst_isa)}: {r.difference} (state {r.state})")


if __name__ == "__main__":
    main()
