"""Frontend/backend speed: parse+build and printing time for the largest corpus
file and a synthetic 5,000-line function. Target: under 2 s per 1,500 IR lines.

    python bench/bench_frontend.py
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from guacc.compiler.backend.llvm_ir import print_ll
from guacc.compiler.frontend import parse_ll
from guacc.compiler.frontend.syntax import _parser

ROOT = Path(__file__).resolve().parent.parent


def synthetic_function(lines: int, seed: int = 0) -> str:
    """A loop-free chain of blocks with int/float arithmetic, memory and phis."""
    rng = random.Random(seed)
    out = ["define i32 @big(ptr %a, ptr %b, i32 %n, float %f) {", "entry:", "  br label %b0"]
    prev_i, prev_f, block = "%n", "%f", 0
    while len(out) < lines - 8:
        out.append(f"b{block}:")
        if block:
            out.append(f"  %pi{block} = phi i32 [ {prev_i}, %b{block - 1} ]")
            out.append(f"  %pf{block} = phi float [ {prev_f}, %b{block - 1} ]")
            prev_i, prev_f = f"%pi{block}", f"%pf{block}"
        for k in range(8):
            v = f"%v{block}_{k}"
            match rng.randrange(5):
                case 0:
                    out.append(f"  {v} = add nsw i32 {prev_i}, {rng.randrange(100)}")
                    prev_i = v
                case 1:
                    out.append(f"  {v} = mul i32 {prev_i}, {prev_i}")
                    prev_i = v
                case 2:
                    out.append(f"  {v}.p = getelementptr inbounds i32, ptr %a, i32 {rng.randrange(64)}")
                    out.append(f"  {v} = load i32, ptr {v}.p, align 4")
                    out.append(f"  store i32 {prev_i}, ptr {v}.p, align 4")
                    prev_i = v
                case 3:
                    out.append(f"  {v} = fmul float {prev_f}, 1.500000e+00")
                    prev_f = v
                case 4:
                    out.append(f"  {v}.c = icmp slt i32 {prev_i}, 7")
                    out.append(f"  {v} = select i1 {v}.c, i32 {prev_i}, i32 3")
                    prev_i = v
        out.append(f"  br label %b{block + 1}")
        block += 1
    out += [f"b{block}:", f"  %r = fptosi float {prev_f} to i32", f"  %s = add i32 %r, {prev_i}", "  ret i32 %s", "}"]
    return "\n".join(out) + "\n"


def measure(name: str, text: str, repeat: int = 5) -> None:
    lines = text.count("\n")
    parse_times, print_times = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        module = parse_ll(text, name)
        t1 = time.perf_counter()
        print_ll(module)
        t2 = time.perf_counter()
        parse_times.append(t1 - t0)
        print_times.append(t2 - t1)
    parse_s, print_s = statistics.median(parse_times), statistics.median(print_times)
    per_1500 = (parse_s + print_s) / lines * 1500
    verdict = "meets" if per_1500 < 2.0 else "MISSES"
    print(f"{name:<34} {lines:>6} lines  parse+build {parse_s * 1000:8.1f} ms  print+verify {print_s * 1000:8.1f} ms"
          f"  -> {per_1500:5.2f} s per 1,500 lines ({verdict} the 2 s target)")


def main() -> None:
    _parser()  # grammar construction is a one-time cost, not per file
    corpus = sorted((ROOT / "examples" / "ll").glob("*/*.ll"), key=lambda p: p.stat().st_size)
    largest = corpus[-1]
    print("median of 5 runs; grammar built once beforehand")
    measure(f"{largest.parent.name}/{largest.name}", largest.read_text())
    measure("synthetic 5,000-line function", synthetic_function(5000))
    t0 = time.perf_counter()
    _parser.cache_clear()
    _parser()
    print(f"grammar construction (once per process): {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
