"""`guacc nas`: latency-constrained quantized NAS that emits an HLS design.

torch, Optuna and scikit-learn are imported only when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .diagnostics import GuaccError


def add_nas_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "nas",
        help="search quantized networks for the best accuracy under a latency bound; emit bit-exact HLS C",
        description="Search MLPs and tiny transformer encoders (bit widths, widths, depth, multipliers per "
                    "layer) with Optuna for the best validation accuracy and energy under an upper bound on "
                    "latency. Each trial is trained with quantization-aware training, exported to an "
                    "integer-only network, emitted as C and estimated by the cost models; the best design "
                    "that meets the bound is trained longer and written as an HLS project whose testbench "
                    "checks every test sample bit for bit against the integer reference.",
    )
    p.add_argument("--dataset", default="digits", help="digits (default), iris, wine or breast_cancer")
    p.add_argument("--latency-max", type=float, required=True, metavar="CYCLES",
                   help="upper bound on latency per inference, in clock cycles")
    p.add_argument("--clock", type=float, default=5.0, metavar="NS", help="clock period in ns (default: 5)")
    p.add_argument("--tech", default="asic40", help="technology library: asic40 (default) or fpga")
    p.add_argument("--trials", type=int, default=50, help="trials in the study (default: 50)")
    p.add_argument("--family", default="both", help="mlp, transformer or both (default: both)")
    p.add_argument("--bits", default="4,6,8", help="weight/activation bit widths to search (default: 4,6,8)")
    p.add_argument("--storage", metavar="URL",
                   help="Optuna storage URL, e.g. sqlite:///nas.db or a shared database so several machines "
                        "work on one search (default: sqlite file next to the output folder; 'none': memory)")
    p.add_argument("--study", metavar="NAME", help="study name (default: derived from the options)")
    p.add_argument("--seed", type=int, default=0, help="seed of splits, training and sampler (default: 0)")
    p.add_argument("--trial-epochs", type=int, default=15, help="training epochs per trial (default: 15)")
    p.add_argument("--final-epochs", type=int, default=60, help="training epochs of the chosen design (default: 60)")
    p.add_argument("--top", help="name of the top function (default: nas_<dataset>)")
    p.add_argument("-o", "--output", metavar="DIR", help="design folder (default: hls_out/nas_<dataset>)")
    p.add_argument("--json", action="store_true", help="print the report as JSON instead of tables")
    p.set_defaults(run=run_nas)


def _storage(args: argparse.Namespace, out_dir: Path) -> str | None:
    if args.storage and args.storage.lower() == "none":
        return None
    if args.storage:
        return args.storage
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{out_dir.parent / (out_dir.name + '.optuna.db')}"


def run_nas(args: argparse.Namespace) -> int:
    try:
        return _run_nas(args)
    except GuaccError as err:
        raise (err if err.file else err.with_file("guacc nas")) from None


def _run_nas(args: argparse.Namespace) -> int:
    from guacc.passes.nas.datasets import DATASETS
    from guacc.passes.nas.space import parse_bits

    # Everything the user typed is checked before anything is trained or written.
    if args.dataset not in DATASETS:
        raise GuaccError(f"unknown data set '{args.dataset}' (choose from {', '.join(DATASETS)})")
    bits = parse_bits(args.bits)
    if args.trial_epochs < 1 or args.final_epochs < 1:
        raise GuaccError("--trial-epochs and --final-epochs must be at least 1")
    from guacc.passes.cost.library import load_library

    load_library(args.tech, args.clock)  # unknown technology or clock out of range
    from guacc.passes.nas.search import SearchConfig, fastest

    top = args.top or f"nas_{args.dataset}"
    if not top.isidentifier():
        raise GuaccError(f"--top must be a C identifier, not '{top}'")
    out_dir = Path(args.output) if args.output else Path("hls_out") / top
    config = SearchConfig(dataset=args.dataset, latency_max=args.latency_max, clock_ns=args.clock, tech=args.tech,
                          trials=args.trials, family=args.family, bits=bits, study_name=args.study, seed=args.seed,
                          trial_epochs=args.trial_epochs, final_epochs=args.final_epochs)
    from guacc.passes.nas.datasets import load_dataset

    quickest = fastest(load_dataset(config.dataset, config.seed), config)
    if quickest.cycles > config.latency_max:
        raise GuaccError(f"no design in the search space meets {config.latency_max:g} cycles: the fastest "
                         f"({config.family}) needs about {quickest.cycles:g} cycles at {config.clock_ns:g} ns")
    config.storage = _storage(args, out_dir)
    result = _search_with_progress(config, top, quiet=args.json)
    from guacc.passes.nas.output import report_of, write_result

    path = write_result(result, out_dir, top)
    if args.json:
        print(json.dumps({"design": str(path), **report_of(result)}, indent=2))
    else:
        _print_summary(result, path)
    return 0


def _search_with_progress(config, top: str, quiet: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from guacc.passes.nas.search import run_search

    console = Console(stderr=True)
    best = {"acc": None}
    with Progress(TextColumn("[bold]nas[/bold] {task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, disable=quiet or not console.is_terminal) as bar:
        task = bar.add_task("searching", total=config.trials)

        def progress(done: int, total: int, record) -> None:
            if record is not None and record.feasible and (best["acc"] is None or record.val_accuracy > best["acc"]):
                best["acc"] = record.val_accuracy
            note = f"best {best['acc']:.3f}" if best["acc"] is not None else "no design within the bound yet"
            bar.update(task, completed=min(done, total), description=note)
            if not console.is_terminal and not quiet:
                print(f"nas: trial {done}/{total}: {record.arch.describe() if record else '-'}; {note}",
                      file=sys.stderr, flush=True)

        return run_search(config, top=top, progress=progress)


def _print_summary(result, path: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    cfg, chosen, sched = result.config, result.chosen, result.schedule
    table = Table(title=f"guacc nas: {cfg.dataset}, latency <= {cfg.latency_max:g} cycles at {cfg.clock_ns:g} ns "
                        f"({cfg.tech})")
    table.add_column("design")
    table.add_column("test acc", justify="right")
    table.add_column("val acc", justify="right")
    table.add_column("cycles (schedule)", justify="right")
    table.add_column("cycles (analytic)", justify="right")
    table.add_column("energy nJ", justify="right")
    table.add_column("area", justify="right")
    table.add_row(chosen.arch.describe(), f"{result.test_accuracy:.4f}", f"{result.val_accuracy:.4f}",
                  f"{sched.cycles:g}", f"{chosen.analytic.cycles:g}", f"{sched.energy_nj:.2f}", f"{sched.area:.0f}")
    console = Console()
    console.print(table)
    errors = result.estimate_errors()
    if "cycles" in errors:
        console.print(f"analytic vs schedule-based estimate over {errors['trials']} trials: cycles "
                      f"{errors['cycles']['mean_abs_pct']:.1f}% mean |error| (max {errors['cycles']['max_abs_pct']:.1f}%), "
                      f"energy {errors['energy_nj']['mean_abs_pct']:.1f}%")
    feasible = sum(r.feasible for r in result.records)
    console.print(f"{len(result.records)} trials trained ({feasible} within the bound; {result.screened} more "
                  f"ruled out by the analytic model before training) in {result.seconds:.0f} s; "
                  f"study '{result.study_name}'" + (f" in {cfg.storage}" if cfg.storage else ""))
    console.print(f"wrote {path}/ (C, testbench over {len(result.data.y_test)} test samples, run_hls.tcl, bambu.sh, "
                  f"report.json, pareto.png); check it with: guacc csim {path}")
