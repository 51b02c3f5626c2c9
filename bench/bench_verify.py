"""Block verification over the -O0 fixtures: ARM vs RISC-V compiles of the
same C, blocks paired through .loc; prints the share proven, why the rest
are not, and the median / p95 time per block check (target: median < 1 s).

    python bench/bench_verify.py [--timeout S] [program ...]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from pathlib import Path

from guacc.transpiler.asm.parser import parse_asm_file
from guacc.transpiler.verify.program import verify_program

ASM = Path(__file__).resolve().parent.parent / "examples" / "asm"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    names = args.programs or sorted(p.stem for p in (ASM / "arm" / "O0").glob("*.s"))
    counts: Counter = Counter()
    reasons: Counter = Counter()
    times: list[float] = []
    started = time.perf_counter()
    for name in names:
        src = parse_asm_file(ASM / "arm" / "O0" / f"{name}.s", "arm")
        dst = parse_asm_file(ASM / "riscv" / "O0" / f"{name}.s", "riscv")
        result = verify_program(src, dst, timeout_s=args.timeout)
        program = result.counts()
        counts.update(program)
        times += [v.seconds for v in result.verdicts]
        for v in result.verdicts:
            if not v.verified:
                reasons[(v.status, v.reason.split(";")[0][:70])] += 1
        print(f"{name:20s} " + " ".join(f"{k} {n}" for k, n in program.items()), flush=True)
    total = sum(counts.values())
    times.sort()
    print(f"\n{total} block pairs: {counts['verified']} proven ({counts['verified'] / max(total, 1):.1%}), "
          f"{counts['failed']} failed, {counts['timeout']} timed out, {counts['unsupported']} unsupported "
          f"({time.perf_counter() - started:.0f} s)")
    print(f"block check time: median {statistics.median(times):.3f} s, "
          f"p95 {times[int(0.95 * (len(times) - 1))]:.3f} s")
    print("\nwhy the rest are not proven:")
    for (status, reason), n in reasons.most_common(15):
        print(f"  {n:4d}  {status}: {reason}")


if __name__ == "__main__":
    main()
