"""The `guacc equiv` and `guacc roundtrip` commands (tables with rich)."""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from .diagnostics import GuaccError


@contextmanager
def _harness_errors(where: str):
    from .equivalence import HarnessError

    try:
        yield
    except HarnessError as err:
        raise GuaccError(str(err).splitlines()[0], file=where) from None


def run_equiv(args: argparse.Namespace) -> int:
    from .equivalence import compare
    from .frontend import parse_ll_file
    from guacc.passes.graphs import find_function

    func = args.func
    if func is None:  # the only defined function of the reference
        func = find_function(parse_ll_file(args.reference), None).sym_name.data
    with _harness_errors(args.reference):
        report = compare(
            args.reference, args.candidate, func, n=args.inputs_count, seed=args.seed,
            inputs=args.inputs, timeout=args.timeout,
        )
    print(report.summary())
    return 0 if report.ok else 1


def run_roundtrip(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from .roundtrip import roundtrip

    console = Console()
    table = Table(title="guacc round trip: .ll -> xDSL IR -> .ll, JIT-compared")
    for col in ("file", "function", "compared", "discarded", "result"):
        table.add_column(col, justify="right" if col in ("compared", "discarded") else "left")
    failures = 0
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("round trip", total=len(args.inputs))
        for path in args.inputs:
            progress.update(task, description=path)
            with _harness_errors(path):
                result = roundtrip(path, n=args.inputs_count, seed=args.seed, timeout=args.timeout)
            for name, report in result.reports.items():
                verdict = "[green]equivalent[/]" if report.ok else "[red]DIFFERENT[/]"
                failures += not report.ok
                table.add_row(path, name, str(report.compared), str(report.discarded), verdict)
                if not report.ok:
                    console.print(report.summary())
            progress.advance(task)
    console.print(table)
    console.print(f"{len(args.inputs)} files, {len(table.rows)} functions, {failures} different")
    return 1 if failures else 0
