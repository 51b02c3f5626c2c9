"""Build the ARM/RISC-V pair corpus: programs from the fixtures, csmith and
the template kernels, compiled at -O0 and -O1 with -g for both ISAs, paired
per function and per block, split by program (seeded), de-duplicated.

    python -m guacc.transpiler.learn.corpus --seed 0 --programs 200 --out build/corpus

writes DIR/{train,validation,test}.jsonl (records as `pairs.py` describes),
DIR/manifest.json (arguments, every program with its source, split and
outcome, the counts) and keeps compiled assembly in DIR/cache (or --cache),
so a second run only parses. The same seed and arguments give the same files.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from guacc.compiler.diagnostics import GuaccError

from .pairs import OPT_LEVELS, SPLITS, deduplicate, program_records, split_of
from .sources import (Program, check_not_heldout, csmith_available, csmith_programs, fixture_programs,
                      heldout_digests, template_programs)

SOURCES = ("fixture", "csmith", "template")


@dataclass
class CorpusSummary:
    records: dict[str, list[dict]]  # split -> records
    programs: Counter = field(default_factory=Counter)  # (source, split) -> programs with pairs
    failed: dict[str, str] = field(default_factory=dict)  # program -> why it gave no pairs
    duplicates: int = 0
    seconds: float = 0.0

    def counts(self) -> Counter:
        """(source, opt, level, split) -> records."""
        return Counter((r["source"], r["opt"], r["level"], split) for split, rs in self.records.items() for r in rs)


def gather_programs(seed: int, csmith: int, templates: int, fixtures: bool = True) -> list[Program]:
    programs = fixture_programs() if fixtures else []
    if csmith:
        programs += csmith_programs(seed, csmith)
    programs += template_programs(seed, templates)
    heldout = heldout_digests()
    for program in programs:
        check_not_heldout(program, heldout)
    names = [p.name for p in programs]
    assert len(names) == len(set(names)), "program names must be unique: they decide the split"
    return programs


def build_corpus(programs: Iterable[Program], out: Path, seed: int, opts=OPT_LEVELS, cache_dir: Path | None = None,
                 fractions=(0.9, 0.05, 0.05), console: Console | None = None) -> CorpusSummary:
    started = time.perf_counter()
    programs = list(programs)
    cache_dir = cache_dir or out / "cache"
    records: list[dict] = []
    summary = CorpusSummary({})
    manifest = []
    with Progress(console=console or Console(stderr=True), transient=True, disable=console is None) as progress:
        task = progress.add_task("compiling and pairing", total=len(programs))
        for program in programs:
            split = split_of(program.name, seed, fractions)
            entry = {"program": program.name, "source": program.source, "split": split}
            try:
                found = program_records(program, cache_dir, opts)
            except GuaccError as err:
                found = []
                entry["error"] = str(err).splitlines()[0][:300]
                summary.failed[program.name] = entry["error"]
            if found:
                summary.programs[program.source, split] += 1
            for record in found:
                record["split"] = split
            records += found
            entry["records"] = len(found)
            manifest.append(entry)
            progress.advance(task)
    kept, summary.duplicates = deduplicate(records)
    summary.records = {split: [r for r in kept if r["split"] == split] for split in SPLITS}
    summary.seconds = time.perf_counter() - started
    out.mkdir(parents=True, exist_ok=True)
    for split, rows in summary.records.items():
        with open(out / f"{split}.jsonl", "w") as f:
            for row in rows:
                f.write(json.dumps(row) + "\n")
    counts = [{"source": s, "opt": o, "level": lv, "split": sp, "records": n}
              for (s, o, lv, sp), n in sorted(summary.counts().items())]
    (out / "manifest.json").write_text(json.dumps(
        {"seed": seed, "opts": list(opts), "fractions": list(fractions), "duplicates_dropped": summary.duplicates,
         "seconds": round(summary.seconds, 1), "counts": counts, "programs": manifest}, indent=1) + "\n")
    return summary


def counts_table(summary: CorpusSummary) -> Table:
    table = Table(title=f"pairs per source / -O level / unit and split ({summary.duplicates} duplicates dropped)")
    for column in ("source", "opt", "level", *SPLITS, "total"):
        table.add_column(column, justify="left" if column in ("source", "opt", "level") else "right")
    counts = summary.counts()
    keys = sorted({k[:3] for k in counts}, key=lambda k: (SOURCES.index(k[0]), k[1], k[2]))
    for key in keys:
        row = [counts[(*key, split)] for split in SPLITS]
        table.add_row(*key, *map(str, row), str(sum(row)))
    for source in SOURCES:
        row = [summary.programs[source, split] for split in SPLITS]
        if sum(row):
            table.add_row(source, "", "programs", *map(str, row), str(sum(row)))
    return table


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m guacc.transpiler.learn.corpus",
        description="Build the ARM/RISC-V pair corpus for the transpiler's learned guesser: the fixtures, "
        "csmith programs and template kernels compiled with aarch64- and riscv64-linux-gnu-gcc -g, paired per "
        "function and per basic block through .loc lines, split by program, de-duplicated.")
    parser.add_argument("--seed", type=int, default=0, help="seed for csmith, the templates and the split (default 0)")
    parser.add_argument("--programs", type=int, default=200, metavar="N",
                        help="programs from each generator (csmith, templates) (default 200)")
    parser.add_argument("--csmith", type=int, metavar="N", help="csmith programs (default: --programs)")
    parser.add_argument("--templates", type=int, metavar="N", help="template programs (default: --programs)")
    parser.add_argument("--no-fixtures", action="store_true", help="leave out examples/programs")
    parser.add_argument("--opt", nargs="+", default=list(OPT_LEVELS), choices=["O0", "O1", "O2"],
                        help="gcc optimisation levels (default O0 O1)")
    parser.add_argument("--split", nargs=3, type=float, default=[0.9, 0.05, 0.05], metavar=("TRAIN", "VAL", "TEST"),
                        help="fractions of programs per split (default 0.9 0.05 0.05)")
    parser.add_argument("--out", type=Path, default=Path("build/corpus"),
                        help="output directory (default build/corpus, which git ignores)")
    parser.add_argument("--cache", type=Path, help="compiled assembly cache (default OUT/cache)")
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    console = Console(stderr=True)
    csmith = args.programs if args.csmith is None else args.csmith
    if csmith and not csmith_available():
        console.print("[yellow]csmith or /usr/include/csmith/csmith.h missing (Debian packages csmith, "
                      "libcsmith-dev): no csmith programs[/]")
        csmith = 0
    try:
        programs = gather_programs(args.seed, csmith, args.programs if args.templates is None else args.templates,
                                   not args.no_fixtures)
        summary = build_corpus(programs, args.out, args.seed, tuple(args.opt), args.cache, tuple(args.split), console)
    except GuaccError as err:
        console.print(f"[red]{err}[/]")
        return 2
    Console().print(counts_table(summary))
    print(f"{len(programs)} programs, {len(summary.failed)} without pairs, {summary.seconds:.0f} s; "
          f"wrote {args.out}/{{{','.join(SPLITS)}}}.jsonl and manifest.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
