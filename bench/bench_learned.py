"""The learned guesser on the held-out programs (bench/heldout, never
training data): for each direction and -O level, compile each program with
gcc -S -g, translate it (a) with the model alone (its top beam as written:
labels and branch, call and data targets mapped back to the source's names,
no holes, no frame repair, no verification) and (b) with verification and
repair (beam candidates, holes for unsure immediates and registers, frame
repair, the sketch solver), run source and translation under qemu with the
program's inputs, and print the share of programs that run the same, the
share of blocks verified and the time per program.

    python bench/bench_learned.py [--direction arm-riscv riscv-arm] [--levels O0 O1] [--jobs N]
                                  [--beams 4] [--threshold 0.9] [--limit N] [--json out.json] [program ...]

`--jobs N` translates N programs at a time, one torch thread each; the
seconds per program are then per worker.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError
from guacc.transpiler.asm.parser import parse_asm
from guacc.transpiler.guess import GuessContext
from guacc.transpiler.learn.heldout import compile_to_asm, heldout_inputs, heldout_programs
from guacc.transpiler.learn.lm_guesser import ModelGuesser
from guacc.transpiler.learn.pairs import code_only
from guacc.transpiler.learn.sources import HELDOUT
from guacc.transpiler.qemu import compare_programs
from guacc.transpiler.translate import BlockChoice, render, translate_file


def model_alone(src, dst_isa: str, guesser: ModelGuesser) -> str:
    """The text of the top beam of every block, unverified (a block without
    any parsable candidate stays empty, as translate_file would leave it)."""
    context = GuessContext(src, dst_isa)
    choices = {}
    for name, function in src.functions.items():
        guess = guesser.guess_function(function, context)
        choices[name] = [BlockChoice(c[0] if c else None, "failed") for c in guess.candidates]
    return render(src, dst_isa, choices)


def runs_same(src_path: Path, src_isa: str, text: str, dst_isa: str, spec: dict, tmp: Path) -> tuple[bool, str]:
    out = tmp / f"out.{dst_isa}.s"
    out.write_text(text)
    try:
        cmp = compare_programs(src_path, src_isa, out, dst_isa, spec.get("args", []), spec.get("stdin", ""))
    except GuaccError as err:
        return False, f"does not build: {str(err).splitlines()[0][:100]}"
    return cmp.same, cmp.describe()[:100]


def run_one(name: str, src_isa: str, dst_isa: str, opt: str, alone: ModelGuesser, repair: ModelGuesser,
            timeout_s: float) -> dict:
    row = {"program": name, "direction": f"{src_isa}-{dst_isa}", "opt": opt}
    spec = heldout_inputs().get(name, {})
    with tempfile.TemporaryDirectory(prefix="guacc-bench-learned-") as tmp:
        tmp = Path(tmp)
        src_path = tmp / f"{name}.{src_isa}.s"
        compile_to_asm(HELDOUT / f"{name}.c", src_isa, opt, src_path)
        try:
            src = parse_asm(code_only(src_path.read_text()), src_isa, src_path.name)
            started = time.perf_counter()
            row["alone_same"], row["alone_detail"] = runs_same(src_path, src_isa, model_alone(src, dst_isa, alone),
                                                               dst_isa, spec, tmp)
            row["alone_seconds"] = time.perf_counter() - started
            started = time.perf_counter()
            outcome = translate_file(src, dst_isa, repair, timeout_s=timeout_s)
            row["repair_seconds"] = time.perf_counter() - started
        except GuaccError as err:
            row.update(alone_same=row.get("alone_same", False), repair_same=False, error=str(err)[:200])
            return row
        summary = outcome.report["summary"]
        row.update(blocks=summary["blocks"], blocks_verified=summary["verified"] + summary["repaired"],
                   repaired=summary["repaired"])
        row["repair_same"], row["repair_detail"] = runs_same(src_path, src_isa, outcome.text, dst_isa, spec, tmp)
    return row


def summarise(rows: list[dict]) -> dict:
    n = len(rows)
    blocks = sum(r.get("blocks", 0) for r in rows)
    return {"programs": n,
            "model_alone": sum(r["alone_same"] for r in rows) / n,
            "with_repair": sum(r["repair_same"] for r in rows) / n,
            "blocks": blocks, "blocks_verified_count": sum(r.get("blocks_verified", 0) for r in rows),
            "blocks_verified": sum(r.get("blocks_verified", 0) for r in rows) / max(blocks, 1),
            "seconds_per_program": sum(r.get("alone_seconds", 0) + r.get("repair_seconds", 0) for r in rows) / n}


_GUESSERS: dict[tuple[str, str], tuple[ModelGuesser, ModelGuesser]] = {}
_SETTINGS: dict = {}


def _start_worker(settings: dict, threads: int) -> None:
    import torch

    torch.set_num_threads(threads)
    _SETTINGS.update(settings)


def _guessers(src_isa: str, dst_isa: str) -> tuple[ModelGuesser, ModelGuesser]:
    """(model alone, with repair) for one direction, loaded once per process."""
    key = (src_isa, dst_isa)
    if key not in _GUESSERS:
        _GUESSERS[key] = (ModelGuesser(src_isa, dst_isa, beams=1, holes=False, frame=False),
                          ModelGuesser(src_isa, dst_isa, beams=_SETTINGS["beams"], threshold=_SETTINGS["threshold"]))
    return _GUESSERS[key]


def _run_job(job: tuple[str, str, str, str]) -> dict:
    name, src_isa, dst_isa, opt = job
    alone, repair = _guessers(src_isa, dst_isa)
    return run_one(name, src_isa, dst_isa, opt, alone, repair, _SETTINGS["timeout"])


def _printed(row: dict) -> None:
    print(json.dumps({k: (round(v, 2) if isinstance(v, float) else v) for k, v in row.items()}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*", help="held-out program names (default: all)")
    parser.add_argument("--direction", nargs="+", default=["arm-riscv", "riscv-arm"])
    parser.add_argument("--levels", nargs="+", default=["O0", "O1"])
    parser.add_argument("--beams", type=int, default=4)
    parser.add_argument("--threshold", type=float, default=0.9, help="token confidence below which immediates are holes")
    parser.add_argument("--timeout", type=float, default=10.0, help="Z3 seconds per block query")
    parser.add_argument("--limit", type=int, default=0, help="only the first N programs")
    parser.add_argument("--jobs", type=int, default=1, help="programs translated at a time (one torch thread each)")
    parser.add_argument("--json", type=Path, help="write every row and the summaries here")
    args = parser.parse_args()
    names = args.programs or heldout_programs()
    if args.limit:
        names = names[:args.limit]
    settings = {"beams": args.beams, "threshold": args.threshold, "timeout": args.timeout}
    jobs = max(1, args.jobs)
    results = {}
    pool = ProcessPoolExecutor(jobs, initargs=(settings, 1), initializer=_start_worker) if jobs > 1 else None
    if pool is None:
        _start_worker(settings, 2)
    try:
        for direction in args.direction:
            src_isa, dst_isa = direction.split("-")
            for opt in args.levels:
                work = [(name, src_isa, dst_isa, opt) for name in names]
                if pool is None:
                    rows = []
                    for job in work:
                        rows.append(_run_job(job))
                        _printed(rows[-1])
                else:
                    futures = [pool.submit(_run_job, job) for job in work]
                    rows = []
                    for future in futures:  # in program order; each printed when its turn comes
                        rows.append(future.result())
                        _printed(rows[-1])
                summary = summarise(rows)
                results[f"{direction} {opt}"] = {"summary": summary, "rows": rows}
                print(f"== {direction} -{opt}: {summary['programs']} programs; runs the same: model alone "
                      f"{summary['model_alone']:.1%}, with repair {summary['with_repair']:.1%}; blocks verified "
                      f"{summary['blocks_verified']:.1%} ({summary['blocks_verified_count']} of {summary['blocks']}); {summary['seconds_per_program']:.1f} s per program",
                      flush=True)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
