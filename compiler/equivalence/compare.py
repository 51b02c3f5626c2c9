"""Compare a candidate program against a reference on the same inputs."""

from __future__ import annotations

import math
import os
import struct
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from .errors import HarnessError, NoValidInputError
from .inputs import Input, InputConfig, Value, generate_inputs, load_inputs_json, validate_inputs
from .programs import Program, as_program
from .runner import DEFAULT_TIMEOUT, ArgSource, Discarded, Fixed, Outputs, run
from .signature import DEFAULT_ELEMS, HintSpec, Signature, signature_from_ir


@dataclass(frozen=True)
class Tolerance:
    """Float tolerance: equal if |a-b| <= max(abs, rel*max(|a|,|b|)); NaN equals NaN.

    ``Tolerance(0, 0)`` compares floats bit for bit (so -0.0 differs from 0.0).
    """

    rel: float = 1e-6
    abs: float = 1e-9

    def close(self, a: float, b: float) -> bool:
        if self.rel == 0 and self.abs == 0:
            return struct.pack("<d", a) == struct.pack("<d", b)
        if a == b or (math.isnan(a) and math.isnan(b)):
            return True
        if math.isnan(a) or math.isnan(b) or math.isinf(a) or math.isinf(b):
            return False
        return abs(a - b) <= max(self.abs, self.rel * max(abs(a), abs(b)))


EXACT = Tolerance(0.0, 0.0)


@dataclass
class Mismatch:
    """One output that differed on one input (the first differing element)."""

    index: int
    input: Input
    output: str  # "return value", "arg 1", "arg 1 (memory before the buffer)", "global @g", "crash"
    position: int | None
    expected: Any  # reference
    actual: Any  # candidate
    differing: int = 1  # how many elements of this output differ

    def __str__(self) -> str:
        where = self.output if self.position is None else f"{self.output}[{self.position}]"
        more = f" ({self.differing} elements differ)" if self.differing > 1 else ""
        return f"input {self.index}: {where}: reference {self.expected!r}, candidate {self.actual!r}{more}"


@dataclass
class EquivalenceReport:
    """Outcome of :func:`compare`."""

    func: str
    cand_func: str
    total: int  # inputs tried
    compared: int  # inputs both programs ran to completion
    discarded: int  # inputs the reference (or, if allowed, the candidate) crashed or timed out on
    discard_reasons: dict[str, int] = field(default_factory=dict)  # "crash (SIGSEGV)": 3, ...
    discards: list[tuple[int, str, Discarded]] = field(default_factory=list)  # (input, "reference"/"candidate", why)
    mismatched_inputs: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)  # the first few
    # Inputs the reference ran but the candidate crashed or timed out on.
    candidate_failures: list[tuple[int, Discarded]] = field(default_factory=list)
    unmatched_globals: list[str] = field(default_factory=list)  # writable globals only one program has

    @property
    def ok(self) -> bool:
        return self.compared > 0 and self.mismatched_inputs == 0 and not self.candidate_failures

    def summary(self) -> str:
        head = (
            f"@{self.func} vs @{self.cand_func}: {'equivalent' if self.ok else 'NOT equivalent'} on "
            f"{self.compared}/{self.total} inputs"
        )
        lines = [head]
        if self.discarded:
            why = ", ".join(f"{k}: {v}" for k, v in sorted(self.discard_reasons.items()))
            lines.append(f"  discarded {self.discarded} ({why})")
        if self.candidate_failures:
            kinds = Counter(_reason(d) for _, d in self.candidate_failures)
            why = ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items()))
            first = ", ".join(str(k) for k, _ in self.candidate_failures[:5])
            lines.append(f"  the candidate failed on {len(self.candidate_failures)} inputs the reference ran "
                         f"({why}; inputs {first}{', ...' if len(self.candidate_failures) > 5 else ''})")
        if self.mismatched_inputs:
            lines.append(f"  {self.mismatched_inputs} inputs differ; first:")
            lines += [f"    {m}" for m in self.mismatches]
        if self.unmatched_globals:
            lines.append(f"  globals in only one program (not compared): {', '.join(self.unmatched_globals)}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def compare_outputs(ref: Outputs, cand: Outputs, tolerance: Tolerance = Tolerance(),
                    globals_: Sequence[str] | None = None) -> list[tuple[str, int | None, Any, Any, int]]:
    """Differences as (output, first position, reference value, candidate value, count)."""
    diffs: list[tuple[str, int | None, Any, Any, int]] = []
    if ref.ret is not None and not _equal(ref.ret, cand.ret, tolerance):  # None: void reference
        diffs.append(("return value", None, ref.ret, cand.ret, 1))
    for slot, values in ref.arrays.items():
        d = _diff_lists(values, cand.arrays.get(slot, []), tolerance)
        if d:
            diffs.append((f"arg {slot}", *d))
        below_r, below_c = ref.below.get(slot, b""), cand.below.get(slot, b"")
        if below_r != below_c:
            d = _diff_lists(list(below_r), list(below_c), EXACT)
            diffs.append((f"arg {slot} (memory before the buffer)", *d))  # type: ignore[arg-type]
    names = ref.globals.keys() & cand.globals.keys() if globals_ is None else globals_
    for name in sorted(names):
        d = _diff_lists(ref.globals[name], cand.globals[name], tolerance)
        if d:
            diffs.append((f"global @{name}", *d))
    return diffs


def _equal(a: Any, b: Any, tol: Tolerance) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return tol.close(a, b)
    return a == b and type(a) is type(b)


def _diff_lists(a: list, b: list, tol: Tolerance) -> tuple[int | None, Any, Any, int] | None:
    if len(a) != len(b):
        return None, f"{len(a)} values", f"{len(b)} values", 1
    if a == b and (tol.rel or tol.abs):  # fast path; bit-exact mode must see -0.0 vs 0.0
        return None
    first, count = None, 0
    for i, (x, y) in enumerate(zip(a, b)):
        if _equal(x, y, tol):
            continue
        count += 1
        if first is None:
            first = i
    if first is None:
        return None
    return first, a[first], b[first], count


def extra_args(n_inputs: int, extra: Mapping[int, Value]) -> list[ArgSource]:
    """Argument map for a callee that takes the inputs in order plus fixed extras.

    ``extra_args(2, {0: 0})`` -> ``[Fixed(0), 0, 1]``: ``merged(sel=0, a, b)``.
    """
    total = n_inputs + len(extra)
    slots = iter(range(n_inputs))
    out: list[ArgSource] = []
    for j in range(total):
        out.append(Fixed(extra[j]) if j in extra else next(slots))
    if set(extra) - set(range(total)):
        raise HarnessError(f"extra argument positions {sorted(extra)} do not fit {total} parameters")
    return out


def compare(
    reference: Program | str | os.PathLike,
    candidate: Program | str | os.PathLike,
    func: str,
    *,
    cand_func: str | None = None,
    cand_args: Sequence[ArgSource] | None = None,
    cand_extra_args: Mapping[int, Value] | None = None,
    inputs: Sequence[Input] | str | os.PathLike | None = None,
    n: int = 100,
    seed: int = 0,
    config: InputConfig | None = None,
    hints: Mapping[int | str, HintSpec] | None = None,
    elems: int = DEFAULT_ELEMS,
    signature: Signature | None = None,
    signature_ir: str | os.PathLike | None = None,
    cand_signature: Signature | None = None,
    tolerance: Tolerance = Tolerance(),
    timeout: float = DEFAULT_TIMEOUT,
    allow_candidate_failures: bool = False,
    compare_globals: bool = True,
    max_mismatches: int = 5,
    start_method: str | None = None,
) -> EquivalenceReport:
    """Run ``func`` of the reference and ``cand_func`` (default: the same) of the candidate
    on the same inputs and compare return values, every buffer, and writable globals.

    Programs may be :class:`Program` objects, ``.ll`` paths or IR text
    (typed-pointer IR runs through clang).  The signature comes from
    ``signature``, else ``signature_ir`` (IR text or path), else the IR of
    the reference or candidate that llvmlite reads, opaque-pointer IR first.  Inputs: a list, a JSON file, or
    ``n`` generated with ``seed``.  The candidate's parameters can be mapped
    with ``cand_args`` (input slots and :class:`Fixed` values) or
    ``cand_extra_args`` ({position: fixed value}).

    An input the reference crashes or times out on is discarded (counted,
    never a mismatch); if all are, :class:`NoValidInputError` is raised.  An
    input only the candidate fails on is a ``candidate_failure``: not a
    mismatch either, but the report is not ok, because a transform that makes
    valid inputs crash changed behaviour.  ``allow_candidate_failures=True``
    discards those inputs instead (e.g. when the candidate may be much slower).
    """
    ref = as_program(reference)
    cand = as_program(candidate)
    cand_func = cand_func or func
    ref.check_function(func)
    cand.check_function(cand_func)
    sig = signature or signature_from_ir(_signature_source(signature_ir, ref, cand, func), func,
                                         hints=hints, elems=elems)
    if cand_args is not None and cand_extra_args is not None:
        raise HarnessError("give cand_args or cand_extra_args, not both")
    if cand_extra_args is not None:
        cand_args = extra_args(len(sig.params), cand_extra_args)
    inputs = _inputs(inputs, sig, n, seed, config)

    ref_results = run(ref, func, inputs, sig, timeout=timeout, start_method=start_method, validate=False)
    report = EquivalenceReport(func, cand_func, len(inputs), 0, 0)
    valid = [k for k, r in enumerate(ref_results) if isinstance(r, Outputs)]
    for k, r in enumerate(ref_results):
        if isinstance(r, Discarded):
            _discard(report, k, "reference", r)
    if not valid:
        raise NoValidInputError(
            f"every one of {len(inputs)} inputs was discarded running @{func} of {ref.label} "
            f"({_reasons(report)}); narrow the values with hints=ArgHint(range=...), enlarge buffers "
            "(elems=, hints=ArgHint(elems=...)), raise timeout=, or give inputs explicitly"
        )
    cand_results = run(cand, cand_func, [inputs[k] for k in valid], sig, args=cand_args,
                       call_signature=cand_signature, timeout=timeout, start_method=start_method,
                       validate=False)

    shared = sorted(ref.globals.keys() & cand.globals.keys()) if compare_globals else []
    if compare_globals:
        report.unmatched_globals = sorted(ref.globals.keys() ^ cand.globals.keys())
    for k, c in zip(valid, cand_results):
        r = ref_results[k]
        assert isinstance(r, Outputs)
        if isinstance(c, Discarded):
            if allow_candidate_failures:
                _discard(report, k, "candidate", c)
            else:
                report.candidate_failures.append((k, c))
            continue
        report.compared += 1
        diffs = compare_outputs(r, c, tolerance, shared)
        if diffs:
            _mismatch(report, max_mismatches, [Mismatch(k, inputs[k], *d) for d in diffs])
    if report.compared == 0 and not report.candidate_failures:
        raise NoValidInputError(
            f"@{cand_func} of {cand.label} was discarded on every input @{func} of {ref.label} ran "
            f"({_reasons(report)}); nothing was compared"
        )
    return report


def _signature_source(signature_ir: str | os.PathLike | None, ref: Program, cand: Program, func: str) -> str:
    if signature_ir is not None:
        if isinstance(signature_ir, os.PathLike) or (
            "\n" not in signature_ir and str(signature_ir).endswith(".ll")
        ):
            return Path(signature_ir).read_text()
        return signature_ir
    # Prefer opaque-pointer text (read as written) over upgraded typed-pointer text.
    for p in sorted((ref, cand), key=lambda p: p.typed_pointers):
        if func in p.functions and p.signature_ir is not None:
            return p.signature_ir
    raise HarnessError(
        f"llvmlite cannot read a module that defines @{func} to infer its signature from: pass "
        "signature_ir= (e.g. the same code compiled by clang 15 or newer) or signature="
    )


def _inputs(inputs: Sequence[Input] | str | os.PathLike | None, sig: Signature, n: int, seed: int,
            config: InputConfig | None) -> list[Input]:
    if inputs is None:
        return generate_inputs(sig, n, seed, config)
    if isinstance(inputs, (str, os.PathLike)):
        return load_inputs_json(inputs, sig)
    return validate_inputs(list(inputs), sig)


def _reason(d: Discarded) -> str:
    return f"{d.reason} ({d.detail})" if d.reason == "crash" else d.reason


def _discard(report: EquivalenceReport, k: int, who: str, d: Discarded) -> None:
    report.discarded += 1
    key = _reason(d)
    if who == "candidate":
        key = f"candidate only: {key}"
    report.discard_reasons[key] = report.discard_reasons.get(key, 0) + 1
    report.discards.append((k, who, d))


def _reasons(report: EquivalenceReport) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(report.discard_reasons.items()))


def _mismatch(report: EquivalenceReport, limit: int, found: list[Mismatch]) -> None:
    report.mismatched_inputs += 1
    room = limit - len(report.mismatches)
    if room > 0:
        report.mismatches.extend(found[:room])
