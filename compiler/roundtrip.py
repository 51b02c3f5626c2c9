"""Frontend + backend check: parse a .ll, print it back, and show with the
equivalence harness that every defined function still behaves the same."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .backend.llvm_ir import print_ll
from .equivalence import EquivalenceReport, compare
from .frontend import parse_ll_file


@dataclass
class RoundTripResult:
    path: Path
    printed: str
    reports: dict[str, EquivalenceReport]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.reports.values())


def roundtrip(path: str | Path, *, n: int = 100, seed: int = 0, timeout: float = 2.0) -> RoundTripResult:
    """Parse `path` into the IR, print it back as LLVM IR (verified by LLVM),
    and compare each defined function of the original and the printed module."""
    from guacc.passes.graphs import defined_functions

    path = Path(path)
    module = parse_ll_file(path)
    printed = print_ll(module)
    reports = {}
    for func in defined_functions(module):
        name = func.sym_name.data
        if func.linkage.linkage.data in ("internal", "private"):
            continue  # not callable from outside; checked through its callers
        reports[name] = compare(path, printed, name, n=n, seed=seed, timeout=timeout)
    return RoundTripResult(path, printed, reports)
