"""The `guacc equiv` and `guacc roundtrip` commands (tables with rich)."""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from .diagnostics import GuaccError


@contextmanager
def harness_errors(where: str):
    from .equivalence import HarnessError

    try:
        yield
    except HarnessError as err:
        message = str(err).splitlines()[0].removeprefix(f"{where}: ")
        raise GuaccError(message, file=where) from None


def run_equiv(args: argparse.Namespace) -> int:
    from guacc.passes.graphs import find_function

    from .diagnostics import GuaccError
    from .equivalence import compare, load_inputs_json
    from .frontend import parse_ll_file

    # Both files go through the frontend first: malformed IR is reported with
    # its file, line and column, and the function must exist in both.
    func = args.func
    for path in (args.reference, args.candidate):
        try:
            func = find_function(parse_ll_file(path), func).sym_name.data
        except GuaccError as err:
            raise err.with_file(path) from None
    inputs = None
    if args.inputs is not None:
        with harness_errors(args.inputs):
            inputs = load_inputs_json(args.inputs)
    with harness_errors(args.reference):
        report = compare(
            args.reference, args.candidate, func, n=args.inputs_count, seed=args.seed,
            inputs=inputs, timeout=args.timeout,
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
            with harness_errors(path):
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
