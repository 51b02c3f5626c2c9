"""Whole-program translation over the fixtures: for each direction and -O
level, translate every fixture program with a guesser, verify every block
with Z3, build and run source and translation under qemu with the program's
inputs, and print the share of programs fully verified, the share that run
the same, the share of blocks verified and the time per program.

    python bench/bench_translate.py [--direction arm-riscv riscv-arm] [--levels O0 O1 O2]
                                    [--guesser rules] [--timeout S] [program ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.asm.parser import parse_asm_file
from guacc.transpiler.guess import GUESSERS, load_guesser
from guacc.transpiler.qemu import compare_programs
from guacc.transpiler.translate import translate_file

ROOT = Path(__file__).resolve().parent.parent
ASM = ROOT / "examples" / "asm"
INPUTS = json.loads((ROOT / "examples" / "programs" / "inputs.json").read_text())


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
        out = Path(tmp) / "out.s"
        out.write_text(outcome.text)
        try:
            cmp = compare_programs(path, src_isa, out, dst_isa, spec.get("args", []), spec.get("stdin", ""))
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
    args = parser.parse_args()
    summary = []
    for direction in args.direction:
        src_isa, dst_isa = direction.split("-")
        guesser = load_guesser(args.guesser, src_isa, dst_isa)
        for level in args.levels:
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
    print(f"\nguesser: {args.guesser}, solver limit {args.timeout:g} s per block")
    print(f"{'direction':10s} {'level':5s} {'programs':>8s} {'all blocks proven':>18s} {'same under qemu':>16s} "
          f"{'blocks proven':>14s} {'median s/program':>17s}")
    for direction, level, n, verified, same, block_rate, median in summary:
        print(f"{direction:10s} {level:5s} {n:8d} {verified:9d} ({verified / max(n, 1):5.1%}) "
              f"{same:7d} ({same / max(n, 1):5.1%}) {block_rate:13.1%} {median:17.1f}")


if __name__ == "__main__":
    main()
