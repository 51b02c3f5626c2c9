"""Cost-model speed: `estimate_function` time for every corpus kernel (clang 14
and 16, -O0/-O1/-O2; block frequencies measured under the JIT on 10 inputs)
and for synthetic 1,000-instruction functions. Target: under 1 s for a
1,000-instruction function.

    python bench/bench_estimate.py
"""

from __future__ import annotations

import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from guacc.compiler.frontend import parse_ll, parse_ll_file
from guacc.passes import graphs
from guacc.passes.cost import EstimateOptions, estimate_function

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_frontend import synthetic_function  # noqa: E402

LEVELS = [f"clang{c}-O{o}" for c in (14, 16) for o in (0, 1, 2)]


def instructions(func) -> int:
    return sum(1 for b in func.body.blocks for op in b.ops if not isinstance(op, graphs.CONSTANT_OPS))


def timed(module, name: str, options: EstimateOptions) -> float:
    start = time.perf_counter()
    estimate_function(module, name, options)
    return time.perf_counter() - start


def one_block_function(n: int, seed: int = 0) -> str:
    """One block of n int/float ops over 16 loaded values: wide parallelism for the scheduler."""
    rng = random.Random(seed)
    lines = ["define i32 @wide(ptr noalias %a, ptr noalias %x) {", "entry:"]
    ints = [f"%i{k}" for k in range(16)]
    floats = [f"%f{k}" for k in range(16)]
    for k in range(16):
        lines += [f"  %pa{k} = getelementptr inbounds i32, ptr %a, i64 {k}", f"  %i{k} = load i32, ptr %pa{k}",
                  f"  %px{k} = getelementptr inbounds float, ptr %x, i64 {k}", f"  %f{k} = load float, ptr %px{k}"]
    for k in range(n - len(lines) + 2):
        a, b = rng.choice(ints[-24:]), rng.choice(ints[-24:])
        fa, fb = rng.choice(floats[-24:]), rng.choice(floats[-24:])
        match rng.randrange(4):
            case 0:
                lines.append(f"  %v{k} = add i32 {a}, {b}")
                ints.append(f"%v{k}")
            case 1:
                lines.append(f"  %v{k} = mul i32 {a}, {b}")
                ints.append(f"%v{k}")
            case 2:
                lines.append(f"  %v{k} = fadd float {fa}, {fb}")
                floats.append(f"%v{k}")
            case 3:
                lines.append(f"  %v{k} = fmul float {fa}, {fb}")
                floats.append(f"%v{k}")
    lines += [f"  %r = fptosi float {floats[-1]} to i32", f"  %s = add i32 %r, {ints[-1]}", "  ret i32 %s", "}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    console = Console(width=150)
    options = EstimateOptions(profile_inputs=10)
    table = Table(title="estimate time per corpus kernel (s, measured profile; max instructions of its functions)")
    table.add_column("kernel")
    for level in LEVELS:
        table.add_column(level, justify="right")
    times: dict[str, dict[str, str]] = defaultdict(dict)
    all_times: list[float] = []
    for level in LEVELS:
        for path in sorted((ROOT / "examples" / "ll" / level).glob("*.ll")):
            module = parse_ll_file(path)
            funcs = graphs.defined_functions(module)
            t = sum(timed(module, f.sym_name.data, options) for f in funcs)
            all_times.append(t)
            times[path.stem][level] = f"{t:.2f} ({max(instructions(f) for f in funcs)})"
    for kernel in sorted(times):
        table.add_row(kernel, *(times[kernel].get(level, "-") for level in LEVELS))
    console.print(table)
    console.print(f"{len(all_times)} files: total {sum(all_times):.1f} s, "
                  f"mean {sum(all_times) / len(all_times):.3f} s, max {max(all_times):.2f} s")

    synth = Table(title="synthetic 1,000-instruction functions (s, best of 3)")
    for col in ("function", "instructions", "blocks", "measured profile", "static profile"):
        synth.add_column(col, justify="left" if col == "function" else "right")
    for label, text in (("block chain", synthetic_function(1250)), ("one wide block", one_block_function(1000))):
        module = parse_ll(text, label)
        func = graphs.defined_functions(module)[0]
        name = func.sym_name.data
        measured = min(timed(module, name, options) for _ in range(3))
        static = min(timed(module, name, EstimateOptions(profile=False)) for _ in range(3))
        synth.add_row(label, str(instructions(func)), str(len(func.body.blocks)), f"{measured:.2f}", f"{static:.2f}")
    console.print(synth)


if __name__ == "__main__":
    main()
