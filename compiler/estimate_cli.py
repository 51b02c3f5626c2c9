"""The `guacc estimate` command: cost-model figures per function, as rich tables or JSON."""

from __future__ import annotations

import argparse
import io
import json
import sys

from .diagnostics import GuaccError


def add_estimate_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "estimate",
        help="area, power, latency and energy of each function as an accelerator (cost models)",
        description="Schedule each block's dataflow graph against a technology library and estimate the "
                    "accelerator's latency, area, power and energy. Block frequencies are measured by running "
                    "the function under the llvmlite JIT when possible, else estimated from loop depth.",
    )
    p.add_argument("input", help="LLVM IR file (.ll)")
    p.add_argument("--func", action="append", metavar="NAME",
                   help="function to estimate (repeatable; default: every defined function)")
    p.add_argument("--tech", default="asic40", help="technology library: asic40 (40 nm ASIC) or fpga (default: asic40)")
    p.add_argument("--clock", type=float, default=5.0, metavar="NS",
                   help="clock period in ns (default: 5; asic40 1-10, fpga 2-20)")
    p.add_argument("--profile-input", type=int, default=10, metavar="N",
                   help="measure block frequencies on N generated inputs (default: 10; 0: static estimate)")
    p.add_argument("--inputs", metavar="JSON", help="profile on the inputs of this JSON file instead")
    p.add_argument("--ports", type=int, default=2, help="memory ports per array (default: 2)")
    p.add_argument("--limit", action="append", default=[], metavar="CLASS=N",
                   help="at most N units of a class, e.g. fp_mul=1 (repeatable; default: no limit)")
    p.add_argument("--no-if-convert", dest="if_convert", action="store_false",
                   help="schedule every basic block on its own (default: small diamonds and triangles are "
                        "if-converted into one schedule, as HLS tools do)")
    p.add_argument("--seed", type=int, default=0, help="seed for generated profiling inputs (default: 0)")
    p.add_argument("--timeout", type=float, default=2.0, help="seconds per profiling input (default: 2)")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.add_argument("-o", "--output", help="write to this file (default: stdout)")
    p.set_defaults(run=run_estimate)


def _limits(specs: list[str], classes: tuple[str, ...]) -> dict[str, int]:
    limits: dict[str, int] = {}
    for spec in specs:
        cls, sep, n = spec.partition("=")
        if not sep or not n.strip().isdigit():
            raise GuaccError(f"--limit expects CLASS=N, not '{spec}'")
        if cls not in classes:
            raise GuaccError(f"--limit: unknown unit class '{cls}' (classes: {', '.join(classes)})")
        limits[cls] = int(n)
    return limits


def options_from_args(args: argparse.Namespace):
    from guacc.passes.cost import EstimateOptions, ScheduleConfig, load_library

    lib = load_library(args.tech, args.clock)  # checks tech and clock first
    if args.profile_input < 0:
        raise GuaccError(f"--profile-input must be 0 or more, not {args.profile_input}")
    config = ScheduleConfig(_limits(args.limit, lib.classes), args.ports)
    return EstimateOptions(
        tech=args.tech, clock_ns=args.clock, config=config, profile=args.profile_input > 0 or bool(args.inputs),
        inputs=args.inputs, profile_inputs=max(args.profile_input, 1), seed=args.seed, timeout=args.timeout,
        if_convert=getattr(args, "if_convert", True),
    )


def run_estimate(args: argparse.Namespace) -> int:
    from guacc.passes.cost import estimate_module

    from .cli import write_output
    from .equivalence_cli import harness_errors
    from .frontend import parse_ll_file

    try:
        options = options_from_args(args)
    except GuaccError as err:
        raise err.with_file("guacc estimate") from None
    module = parse_ll_file(args.input)
    try:
        with harness_errors(args.inputs or args.input):
            estimates = estimate_module(module, args.func, options)
    except GuaccError as err:
        raise err.with_file(args.input) from None
    if args.json:
        write_output(args.output, json.dumps([e.to_dict() for e in estimates], indent=2) + "\n")
    elif args.output in (None, "-"):
        _print_tables(estimates, sys.stdout, color=None)
    else:
        buf = io.StringIO()
        _print_tables(estimates, buf, color=False)
        write_output(args.output, buf.getvalue())
    return 0


def _fmt(x: float) -> str:
    if x == 0:
        return "0"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.4g}"


def _area(area: dict[str, float]) -> str:
    if set(area) == {"um2"}:
        return f"{_fmt(area['um2'])} um^2"
    order = {"lut": 0, "ff": 1, "dsp": 2}
    return " ".join(f"{_fmt(v)} {k.upper()}" for k, v in sorted(area.items(), key=lambda kv: order.get(kv[0], 3)))


def _print_tables(estimates, out, color: bool | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, no_color=color is False, force_terminal=color, width=110 if color is False else None)
    for e in estimates:
        s1, s2, gap = e.fingerprint, e.stage, e.gap()
        table = Table(title=f"@{e.function}: {e.tech} at {e.clock_ns:g} ns", title_justify="left")
        for col in ("figure", "schedule-based", "first stage (op counts)", "gap"):
            table.add_column(col, justify="left" if col == "figure" else "right")
        table.add_row("latency (cycles)", _fmt(s2.cycles), _fmt(s1.cycles), f"{gap['cycles']:.0%}")
        table.add_row("latency (ns)", _fmt(s2.latency_ns), _fmt(s1.latency_ns), "")
        table.add_row("area", _area(s2.area.as_dict()), _area(s1.area.as_dict()), f"{gap['area']:.0%}")
        table.add_row("leakage power (mW)", _fmt(s2.leakage_mw), _fmt(s1.leakage_mw), "")
        table.add_row("dynamic power (mW)", _fmt(s2.dynamic_power_mw), _fmt(s1.dynamic_power_mw), "")
        table.add_row("energy (nJ)", _fmt(s2.energy_nj), _fmt(s1.energy_nj), f"{gap['energy']:.0%}")
        console.print(table)
        units = ", ".join(f"{k} x{n}" for k, n in e.units.items()) or "none"
        console.print(f"  units: {units}; registers {e.register_bits} bits; muxes {e.mux_bits} bits")
        parts = {k: _area(v.as_dict()) for k, v in e.area_breakdown.items() if any(x for _, x in v.values)}
        console.print("  area: " + ", ".join(f"{k} {v}" for k, v in parts.items()))
        top = e.top_contributors()
        console.print("  top energy: " + (", ".join(f"{k} {v:.0%}" for k, v in top["energy"]) or "none"))
        console.print("  top latency: " + (", ".join(f"{k} {v:.0%}" for k, v in top["latency"]) or "none"))
        regions = [[b.name for b in e.blocks if b.region == head.name] for head in e.blocks if head.region == head.name]
        merged = ["+".join(r) for r in regions if len(r) > 1]
        console.print("  if-converted regions: " + (", ".join(merged) if merged else "none"), highlight=False)
        console.print(f"  block frequencies: {e.frequency_source} ({e.frequency_detail})", highlight=False)
        if e.unmodelled:
            console.print(f"  [yellow]not in the cost tables (costed as a guess): {', '.join(e.unmodelled)}[/]")
        console.print()
