"""Run a program's function on inputs in child processes with a time limit.

One child JIT-compiles (or loads) the program once and runs a batch of
inputs, streaming one result per input.  If it dies or overruns the limit on
input k, k is recorded as discarded and a fresh child continues from k+1, so a
segfault or an endless loop in the kernel neither kills nor hangs the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence, Union

from . import _child, _server
from .errors import HarnessError
from .inputs import Input, Value, validate_inputs
from .irtypes import Scalar
from .programs import Program
from .signature import Layout, Param, Signature, signature_from_ir

DEFAULT_TIMEOUT = 2.0
DEFAULT_START_METHOD = "server"


@dataclass(frozen=True)
class Fixed:
    """A candidate argument that does not come from the input.

    A number for a scalar parameter (e.g. a merged function's selector), a
    list (scratch buffer contents, not compared) or None (null) for a pointer.
    """

    value: Value


ArgSource = Union[int, Fixed]


@dataclass(frozen=True)
class PtrValue:
    """A pointer result made comparable across processes: a region and an offset."""

    region: str | None  # "arg 1", "@g", "?" (outside known memory), None for null
    offset: int = 0

    def __str__(self) -> str:
        return "null" if self.region is None else f"{self.region}+{self.offset}"


@dataclass
class Outputs:
    """What one call produced: return value, buffers (by input slot), globals."""

    ret: Any
    arrays: dict[int, list] = field(default_factory=dict)  # whole buffer incl. slack
    below: dict[int, bytes] = field(default_factory=dict)  # bytes mapped before the buffer (zero unless written)
    globals: dict[str, list] = field(default_factory=dict)


@dataclass(frozen=True)
class Discarded:
    """An input on which the program crashed or ran too long."""

    reason: str  # "crash" | "timeout"
    detail: str = ""


RunResult = Union[Outputs, Discarded]


def run(
    program: Program,
    func: str | None,
    inputs: Sequence[Input],
    signature: Signature,
    *,
    args: Sequence[ArgSource] | None = None,
    call_signature: Signature | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    start_method: str | None = None,
    slack: int | None = None,
    validate: bool = True,
) -> list[RunResult]:
    """Call ``func`` (None: ``signature.func``) of ``program`` on each input.

    ``signature`` describes the inputs.  ``args`` maps the callee's parameters
    to input slots (ints) or :class:`Fixed` values; by default parameter i takes
    input slot i.  ``call_signature`` gives the callee's own parameter types
    (read from the program's IR when omitted).  ``slack`` extra elements per
    buffer (default elems/16 + 16).  ``validate=False`` skips checking inputs
    that :func:`validate_inputs` already normalised.  Returns one :class:`Outputs` or
    :class:`Discarded` per input, in order.
    """
    func = func or signature.func
    program.check_function(func)
    if validate:  # compare() validates once and passes validate=False
        inputs = validate_inputs(inputs, signature)
    if call_signature is None:
        if func == signature.func and args is None:
            call_signature = signature
        elif program.signature_ir is not None:
            call_signature = signature_from_ir(program.signature_ir, func)
        else:
            raise HarnessError(
                f"calling @{func} of {program.label} with mapped arguments needs its signature: "
                "pass call_signature= (llvmlite cannot read this program's IR)"
            )
    sources = list(args) if args is not None else list(range(len(signature.params)))
    plan = _Plan(signature, call_signature, sources, slack)
    calls = [plan.prepare(k, inp) for k, inp in enumerate(inputs)]
    job_base = dict(
        func=func,
        argtypes=[_ctype(p.type) for p in call_signature.params],
        restype=_ctype(call_signature.ret) if call_signature.ret else None,
        globals=[(name, spec.size) for name, spec in sorted(program.globals.items())],
    )
    raw = _server.run_batches(program, calls, job_base, timeout, start_method or DEFAULT_START_METHOD)
    return [Discarded(*r) if isinstance(r, tuple) else plan.decode(r, program, call_signature.ret) for r in raw]


# --- preparing calls -------------------------------------------------------------


def _ctype(t: Scalar) -> str:
    if t.kind == "ptr":
        return "ptr"
    if t.kind == "float":
        return {32: "f32", 64: "f64"}[t.bits]
    if t.bits == 1:
        return "u8"
    return {1: "i8", 2: "i16", 4: "i32", 8: "i64"}[t.size]


class _Plan:
    """Turns inputs into child calls (argument plans, buffer bytes) and back."""

    def __init__(self, sig: Signature, callee: Signature, sources: list[ArgSource], slack: int | None) -> None:
        if len(sources) != len(callee.params):
            raise HarnessError(
                f"@{callee.func} takes {len(callee.params)} arguments but the argument map gives {len(sources)}"
            )
        self.sig, self.callee, self.slack = sig, callee, slack
        # Each buffer: (input slot or None for scratch, its Param, layout, fixed contents).
        self.buffers: list[tuple[int | None, Param, Layout, list | None]] = []
        self.args: list[tuple[str, Any]] = []  # ("slot", i) | ("buf", b) | ("val", v) | ("null", None)
        slot_buffer: dict[int, int] = {}
        for p, src in zip(callee.params, sources):
            if isinstance(src, Fixed):
                if not p.is_pointer:
                    self.args.append(("val", _scalar_value(p.type, src.value)))
                elif src.value is None:
                    self.args.append(("null", None))
                elif isinstance(src.value, list):
                    layout = p.layout or Layout.of_scalar(Scalar("int", 32))
                    self.args.append(("buf", len(self.buffers)))
                    self.buffers.append((None, p, layout, list(src.value)))
                else:
                    raise HarnessError(f"Fixed value for pointer {p.label()} of @{callee.func} must be a list or None")
                continue
            if not isinstance(src, int) or not 0 <= src < len(sig.params):
                raise HarnessError(f"argument map: {p.label()} of @{callee.func} takes input slot {src!r}, "
                                   f"but inputs have {len(sig.params)} slots")
            slot = sig.params[src]
            if p.is_pointer != slot.is_pointer:
                raise HarnessError(f"argument map: {p.label()} of @{callee.func} is {p.type} "
                                   f"but input slot {src} is {slot.type}")
            if not p.is_pointer:
                self.args.append(("slot", src))
                continue
            if slot.layout is None:  # function pointer
                self.args.append(("null", None))
                continue
            if src not in slot_buffer:  # one buffer per slot, even if passed twice
                slot_buffer[src] = len(self.buffers)
                self.buffers.append((src, slot, slot.layout, None))
            self.args.append(("buf", slot_buffer[src]))
        # Buffers the callee does not take still exist, untouched, so that
        # outputs always cover every pointer slot of the inputs.
        for slot in sig.params:
            if slot.is_pointer and slot.layout is not None and slot.index not in slot_buffer:
                self.buffers.append((slot.index, slot, slot.layout, None))

    def prepare(self, index: int, inp: Input) -> _child.Call:
        buffers: list[tuple[bytes, int]] = []
        for slot, p, layout, fixed in self.buffers:
            values = fixed if slot is None else (inp.args[slot] or [])
            count = max(p.elems, -(-len(values) // len(layout.fields)), 1)
            count += self.slack if self.slack is not None else count // 16 + 16
            buffers.append((layout.encode(values, count), count * layout.size))
        plan = [
            ("val", _scalar_value(self.callee.params[j].type, inp.args[v])) if kind == "slot" else (kind, v)
            for j, (kind, v) in enumerate(self.args)
        ]
        return _child.Call(index, plan, buffers)

    def decode(self, raw: dict, program: Program, ret_type: Scalar | None) -> Outputs:
        regions = [(self._region_name(key), start, size) for key, start, size in raw["regions"]]
        out = Outputs(ret=_decode_ret(raw["ret"], ret_type, regions))
        for (slot, _, layout, _), (below, body) in zip(self.buffers, raw["buffers"]):
            if slot is None:
                continue
            out.arrays[slot] = _symbolize(layout, layout.decode(body), regions)
            out.below[slot] = below
        for name, data in raw["globals"].items():
            layout = program.globals[name].layout
            out.globals[name] = _symbolize(layout, layout.decode(data), regions)
        return out

    def _region_name(self, key: tuple[str, Any]) -> str:
        kind, v = key
        if kind == "global":
            return f"@{v}"
        slot = self.buffers[v][0]
        return f"arg {slot}" if slot is not None else f"scratch {v}"


def _scalar_value(t: Scalar, v: Any) -> Any:
    if t.kind == "float":
        return float(v)
    if isinstance(v, float):
        raise HarnessError(f"float value {v} given for a {t} argument")
    return int(v) & 1 if t.bits == 1 else int(v)


def _decode_ret(ret: Any, t: Scalar | None, regions: list) -> Any:
    if t is None:
        return None
    if t.kind == "ptr":
        return _ptr(ret or 0, regions)
    if t.kind == "int" and t.bits == 1:
        return ret & 1
    if t.kind == "int" and t.bits not in (8, 16, 32, 64):
        mask = (1 << t.bits) - 1  # upper bits of an i24 return register are undefined
        v = ret & mask
        return v - (1 << t.bits) if v >> (t.bits - 1) else v
    return ret


def _ptr(addr: int, regions: list) -> PtrValue:
    if not addr:
        return PtrValue(None)
    for name, start, size in regions:
        if start <= addr <= start + size:  # one past the end is a valid pointer too
            return PtrValue(name, addr - start)
    return PtrValue("?")


def _symbolize(layout: Layout, values: list, regions: list) -> list:
    ptr_fields = [k for k, (_, s) in enumerate(layout.fields) if s.kind == "ptr"]
    if ptr_fields:
        n = len(layout.fields)
        for k in ptr_fields:
            for i in range(k, len(values), n):
                values[i] = _ptr(values[i], regions)
    return values
