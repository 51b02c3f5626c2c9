"""Whole-program translation over the fixtures: for each direction and -O
level, translate every fixture program with a guesser, verify every block
with Z3, build and run source and translation under qemu with the program's
inputs, and print the share of programs fully verified, the share that run
the same, the share of blocks verified and the time per program.

    python bench/bench_translate.py [--direction arm-riscv riscv-arm] [--levels O0 O1 O2]
                                    [--guesser rules] [--timeout S] [--compiler gcc|clang] [program ...]

The sources are the checked-in gcc assembly (examples/asm), or with
`--compiler clang` the fixtures compiled here by clang (`-g`, `--target`
aarch64-linux-gnu or riscv64-linux-gnu).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.asm.asmfile import for_gnu_as, print_asm
from guacc.transpiler.asm.parser import parse_asm_file
from guacc.transpiler.guess import GUESSERS, load_guesser
from guacc.transpiler.qemu import compare_programs
from guacc.transpiler.translate import translate_file

ROOT = Path(__file__).resolve().parent.parent
ASM = ROOT / "examples" / "asm"
PROGRAMS = ROOT / "examples" / "programs"
INPUTS = json.loads((PROGRAMS / "inputs.json").read_text())
TRIPLES = {"arm": "aarch64-linux-gnu", "riscv": "riscv64-linux-gnu"}


def clang_sources(isa: str, level: str, out: Path) -> list[Path]:
    """The fixtures compiled by clang for `isa` at `level`, into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for c in sorted(PROGRAMS.glob("*.c")):
        path = out / f"{c.stem}.s"
        subprocess.run(["clang", f"--target={TRIPLES[isa]}", f"-{level}", "-g", "-S", str(c), "-o", str(path)],
                       check=True, capture_output=True)
        paths.append(path)
    return paths


def run_one(path: Path, src_isa: str, dst_isa: str, guesser, timeout_s: float) -> dict:
    started = time.perf_counter()
    row = {"program": path.stem, "verified": False, "same": False, "blocks": 0, "blocks_verified": 0}
    try:
        src = parse_asm_file(path, src_isa)
        outcome = translate_file(src, dst_isa, guesser, timeout_s=timeout_s)
    except GuaccError as err:
        row["error"] = str(err)
        row["seconds"] = time.perf_counter() - started
        return row
    summary = outcome.report["summary"]
    row.update(blocks=summary["blocks"], blocks_verified=summary["verified"] + summary["repaired"],
               verified=outcome.report["all_verified"])
    row["why"] = Counter(b.get("reason", "")[:60] for b in outcome.report["blocks"]
                         if b["status"] not in ("verified", "repaired")).most_common(1)
    row["seconds"] = time.perf_counter() - started  # translation and proof, not the qemu runs
    spec = INPUTS.get(path.stem, {})
    with tempfile.TemporaryDirectory(prefix="guacc-bench-") as tmp:
        out, gnu_src = Path(tmp) / "out.s", Path(tmp) / "src.s"
        out.write_text(outcome.text)
        gnu_src.write_text(print_asm(for_gnu_as(src)))  # clang's sources: what GNU as cannot build, dropped
        try:
            cmp = compare_programs(gnu_src, src_isa, out, dst_isa, spec.get("args", []), spec.get("stdin", ""))
            row["same"], row["detail"] = cmp.same, cmp.describe()
        except GuaccError as err:
            row["detail"] = f"does not build: {str(err).splitlines()[0][:100]}"
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*")
    parser.add_argument("--direction", nargs="+", default=["arm-riscv", "riscv-arm"],
                        choices=["arm-riscv", "riscv-arm"])
    parser.add_argument("--levels", nargs="+", default=["O0"], choices=["O0", "O1", "O2"])
    parser.add_argument("--guesser", default="rules", choices=GUESSERS)
    parser.add_argument("--timeout", type=float, default=10.0, help="solver limit per block check (s)")
    parser.add_argument("--quiet", action="store_true", help="only the summary table")
    parser.add_argument("--compiler", default="gcc", choices=["gcc", "clang"],
                        help="gcc: the checked-in assembly; clang: compile the fixtures with clang here")
    args = parser.parse_args()
    if args.compiler == "clang" and shutil.which("clang") is None:
        sys.exit("bench_translate: clang not found (apt package clang)")
    scratch = tempfile.TemporaryDirectory(prefix="guacc-bench-clang-")
    summary = []
    for direction in args.direction:
        src_isa, dst_isa = direction.split("-")
        guesser = load_guesser(args.guesser, src_isa, dst_isa)
        for level in args.levels:
            if args.compiler == "clang":
                paths = clang_sources(src_isa, level, Path(scratch.name) / src_isa / level)
            else:
                paths = sorted((ASM / src_isa / level).glob("*.s"))
            if args.programs:
                paths = [p for p in paths if p.stem in args.programs]
            rows = []
            for path in paths:
                row = run_one(path, src_isa, dst_isa, guesser, args.timeout)
                rows.append(row)
                if not args.quiet:
                    flag = ("verified" if row["verified"] else "unproven") + (", same" if row["same"] else ", DIFFERS")
                    why = f"  [{row['why'][0][0]}]" if row.get("why") else ""
                    print(f"{direction} {level} {row['program']:20s} {flag:20s} {row['blocks_verified']:3d}/"
                          f"{row['blocks']:3d} blocks  {row['seconds']:6.1f} s{why}"
                          + (f"  {row.get('error') or ''}" if row.get("error") else ""), flush=True)
            n = len(rows)
            blocks = sum(r["blocks"] for r in rows)
            summary.append((direction, level, n, sum(r["verified"] for r in rows), sum(r["same"] for r in rows),
                            sum(r["blocks_verified"] for r in rows) / max(blocks, 1),
                            statistics.median(r["seconds"] for r in rows) if rows else 0.0))
    print(f"\nguesser: {args.guesser}, sources: {args.compiler}, solver limit {args.timeout:g} s per block")
    print(f"{'direction':10s} {'level':5s} {'programs':>8s} {'all blocks proven':>18s} {'same under qemu':>16s} "
          f"{'blocks proven':>14s} {'median s/program':>17s}")
    for direction, level, n, verified, same, block_rate, median in summary:
        print(f"{direction:10s} {level:5s} {n:8d} {verified:9d} ({verified / max(n, 1):5.1%}) "
              f"{same:7d} ({same / max(n, 1):5.1%}) {block_rate:13.1%} {median:17.1f}")


if __name__ == "__main__":
    main()
