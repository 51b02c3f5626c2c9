"""The `guacc merge` and `guacc explore` commands (rich tables, report.json)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path

from .diagnostics import GuaccError


def _add_cost_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tech", default="asic40", help="technology library: asic40 or fpga (default: asic40)")
    p.add_argument("--clock", type=float, default=5.0, metavar="NS", help="clock period in ns (default: 5)")
    p.add_argument("--objective", choices=["area", "energy", "edp"], default="energy",
                   help="what a merge must save to pay (default: energy)")
    p.add_argument("--max-slowdown", type=float, metavar="X",
                   help="refuse merges whose latency exceeds X times the separate accelerators'")
    p.add_argument("--profile-input", type=int, default=10, metavar="N",
                   help="profile block frequencies on N generated inputs (default: 10; 0: static)")
    p.add_argument("--no-ssa", action="store_true",
                   help="demote registers to memory before merging (the FMSA/AccelMerger baseline)")
    p.add_argument("--seed", type=int, default=0, help="seed for generated inputs (default: 0)")


def add_merge_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge", help="merge similar functions into one accelerator with a selector (SSA), emit LLVM IR and HLS C",
        description="Merge the root function of each file (or the --func ones) into one function whose first "
                    "argument selects which original runs; weigh it against separate accelerators with the cost "
                    "models; write the merged .ll, an HLS C design and report.json when the merge pays.",
    )
    p.add_argument("inputs", nargs="+", help="LLVM IR files (.ll)")
    p.add_argument("--func", action="append", metavar="NAME",
                   help="merge the functions of this name in the files (repeatable; default: each file's root)")
    p.add_argument("-o", "--output", metavar="DIR", help="output folder (default: hls_out/<merged name>)")
    p.add_argument("--name", help="merged function name (default: merged_<names>)")
    _add_cost_options(p)
    p.add_argument("--block-alignment", action="store_true", help="align block by block (HyFM) instead of whole functions")
    p.add_argument("--force", action="store_true", help="emit the merge even when it does not pay")
    p.add_argument("--verify", type=int, default=0, metavar="N",
                   help="check each original against the merged function on N random inputs first")
    p.add_argument("--vectors", type=int, default=20, help="test vectors in the HLS testbench (default: 20)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run_merge)

    p = sub.add_parser(
        "explore", help="rank which functions are worth merging (fingerprints, then full merges of the best pairs)",
        description="Fingerprint the root function of every file (opcode vectors and MinHash), rank all pairs, "
                    "then merge and estimate the top K pairs in parallel.",
    )
    p.add_argument("inputs", nargs="+", help="LLVM IR files or folders (every .ll below them)")
    p.add_argument("--top", type=int, default=5, metavar="K", help="pairs to merge and estimate fully (default: 5)")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="parallel workers (default: all cores)")
    _add_cost_options(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=run_explore)


def _flow_options(args: argparse.Namespace):
    from guacc.passes.cost import load_library
    from guacc.passes.merging import MergeFlowOptions

    try:
        load_library(args.tech, args.clock)
        if args.profile_input < 0:
            raise GuaccError(f"--profile-input must be 0 or more, not {args.profile_input}")
        if args.max_slowdown is not None and not args.max_slowdown > 0:
            raise GuaccError(f"--max-slowdown must be positive, not {args.max_slowdown}")
    except GuaccError as err:
        raise err.with_file(f"guacc {args.command}") from None
    return MergeFlowOptions(
        tech=args.tech, clock_ns=args.clock, objective=args.objective, max_slowdown=args.max_slowdown,
        no_ssa=args.no_ssa, block_alignment=getattr(args, "block_alignment", False), name=getattr(args, "name", None),
        profile_inputs=args.profile_input, seed=args.seed,
    )


def run_merge(args: argparse.Namespace) -> int:
    try:
        return _merge(args)
    except GuaccError as err:
        raise err.with_file("guacc merge") from None


def _merge(args: argparse.Namespace) -> int:
    from rich.console import Console

    from guacc.passes.merging import load_inputs, merge_flow, pick_functions, verify_outcome

    from .equivalence_cli import harness_errors

    options = _flow_options(args)
    if args.verify < 0 or args.vectors < 1:
        raise GuaccError("--verify must be 0 or more and --vectors at least 1", file="guacc merge")
    console = Console(stderr=args.json)  # with --json, stdout carries only the JSON
    with console.status("parsing"):
        picked = pick_functions(load_inputs(args.inputs), args.func)
    with console.status(f"merging {len(picked)} functions and estimating"), harness_errors(args.inputs[0]):
        outcome = merge_flow(picked, options)
    if args.verify:
        with console.status(f"verifying on {args.verify} inputs per selector value"), harness_errors(args.inputs[0]):
            reports = verify_outcome(outcome, args.verify, seed=args.seed)
        for r in reports:
            console.print(("[green]" if r.ok else "[red]") + r.summary() + "[/]", highlight=False)
        if not all(r.ok for r in reports):
            console.print("[red]the merged function differs from an original: nothing written[/]")
            return 1
    emit = outcome.decision.pays or args.force
    target = Path(args.output) if args.output else Path("hls_out") / outcome.result.name
    report = outcome.to_dict()
    report["emitted"] = str(target) if emit else None
    if emit:
        with console.status("writing the HLS design"):
            _write(outcome, target, args, report)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_merge(console, outcome, target if emit else None)
    return 0


def _write(outcome, target: Path, args: argparse.Namespace, report: dict) -> None:
    """The design folder, written next to the target and renamed into place."""
    from .hls.options import HlsOptions
    from .hls.project import write_design

    text = outcome.result.ll()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    try:
        design = write_design(text, outcome.result.name, staging / "design",
                              HlsOptions(clock_ns=args.clock, vectors=args.vectors, seed=args.seed,
                                         split_irreducible=True,  # merged CFGs are often irreducible
                                         selector_values=len(outcome.picked)),  # every original in the testbench
                              module=outcome.result.module)
        (design.path / f"{outcome.result.name}.ll").write_text(text)
        hls_report = json.loads((design.path / "report.json").read_text())
        hls_report["design"] = target.name
        hls_report["merge"] = report
        (design.path / "report.json").write_text(json.dumps(hls_report, indent=2) + "\n")
        if target.exists():
            shutil.rmtree(target)
        os.rename(design.path, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.4g}"


def _print_merge(console, outcome, target: Path | None) -> None:
    from rich.table import Table

    profit, stats = outcome.profit, outcome.result.stats
    table = Table(title=f"{outcome.result.name}: merged accelerator vs separate ones", title_justify="left")
    for col in ("design", "area", "leakage (mW)", "dynamic (nJ)", "latency (ns)", "energy (nJ)"):
        table.add_column(col, justify="left" if col == "design" else "right")
    for p, est in zip(outcome.picked, profit.originals):
        table.add_row(p.name, _fmt(est.stage.area_scalar), _fmt(est.stage.leakage_mw),
                      _fmt(est.stage.dynamic_pj / 1000), _fmt(est.latency_ns), _fmt(est.energy_nj))
    for label, d in (("separate (sum)", profit.separate), ("merged", profit.combined)):
        table.add_row(label, _fmt(d.area_scalar), _fmt(d.leakage_mw), _fmt(d.dynamic_pj / 1000),
                      _fmt(d.latency_ns), _fmt(d.energy_nj), style="bold")
    s = profit.savings()
    table.add_row("saved", *(f"{_fmt(s[k]['saved'])} ({s[k]['percent']:+.1f}%)"
                             for k in ("area", "leakage_mw", "dynamic_energy_nj")),
                  f"x{profit.slowdown:.2f}", f"{_fmt(s['energy_nj']['saved'])} ({s['energy_nj']['percent']:+.1f}%)")
    console.print(table)
    console.print("  one call of each function; merged latency and energy are summed over the selector values")
    console.print(f"  {stats.matched_ops} ops shared, {stats.unmatched_ops} unshared, {stats.selects} selects added, "
                  f"alignment: {stats.alignment_mode}; {'SSA' if not outcome.result.no_ssa else 'non-SSA (demoted)'}",
                  highlight=False)
    for f in outcome.result.functions:
        console.print(f"  selector {f.selector}: {f.name} ({f.label})", highlight=False)
    verdict = "[green]pays[/]" if outcome.decision.pays else "[yellow]does not pay[/]"
    console.print(f"  {verdict}: {outcome.decision.reason}", highlight=False)
    console.print(f"  written to {target}/" if target else "  not emitted (use --force to emit anyway)",
                  highlight=False)


def _who(fp, other) -> str:
    """A function's name, with its file when the other side has the same name."""
    if fp.name != other.name:
        return fp.name
    return f"{fp.name} ({Path(fp.label).parent.name}/{Path(fp.label).name})"


def run_explore(args: argparse.Namespace) -> int:
    try:
        return _explore(args)
    except GuaccError as err:
        raise err.with_file("guacc explore") from None


def _explore(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from guacc.passes.merging import collect_ll_files, explore

    options = _flow_options(args)
    if args.top < 0 or (args.jobs is not None and args.jobs < 1):
        raise GuaccError("--top must be 0 or more and --jobs at least 1", file="guacc explore")
    files = collect_ll_files(args.inputs)
    console = Console(stderr=args.json)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("merging the top pairs", total=args.top)
        pairs = explore(files, top=args.top, jobs=args.jobs, options=options,
                        progress=lambda: progress.advance(task))
    if args.json:
        print(json.dumps([
            {"a": {"file": p.rank.a.label, "function": p.rank.a.name},
             "b": {"file": p.rank.b.label, "function": p.rank.b.name},
             "opcode_similarity": p.rank.opcode_similarity, "jaccard": p.rank.jaccard,
             "shareable_area": p.rank.shareable_area, "merge": p.outcome, "skipped": p.skipped}
            for p in pairs], indent=2))
        return 0
    table = Table(title=f"merge candidates: {len(pairs)} pairs, top {args.top} merged ({args.tech}, {args.objective})",
                  title_justify="left")
    for col in ("#", "pair", "similarity", "minhash", "area saved", "energy saved", "slowdown", "verdict"):
        table.add_column(col, justify="left" if col in ("pair", "verdict") else "right")
    for i, p in enumerate(pairs[: max(args.top, 10)], 1):
        pair = f"{_who(p.rank.a, p.rank.b)} + {_who(p.rank.b, p.rank.a)}"
        cells = ["", "", "", "not merged"]
        if p.outcome:
            o = p.outcome
            cells = [f"{o['area_percent']:+.1f}%", f"{o['energy_percent']:+.1f}%", f"x{o['slowdown']:.2f}",
                     "[green]pays[/]" if o["pays"] else "does not pay"]
        elif p.skipped:
            cells[3] = f"skipped: {p.skipped}"
        table.add_row(str(i), pair, f"{p.rank.opcode_similarity:.2f}", f"{p.rank.jaccard:.2f}", *cells)
    console.print(table)
    return 0
