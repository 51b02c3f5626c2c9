"""Inputs for a function: generated (seeded) or read from a JSON file.

An :class:`Input` holds one value per parameter: a number for a scalar
parameter, the flat initial contents of the buffer for a pointer parameter
(element-major; struct elements list their fields in order; entries past the
end are zero).  Defaults keep data small because real kernels index memory
with data (bfs, spmv, sort) and take sizes as arguments.
"""

from __future__ import annotations

import json
import math
import random
import struct
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

from .errors import InputFileError
from .irtypes import Scalar
from .signature import Param, Signature

Number = Union[int, float]
Value = Union[Number, list, None]  # None for a pointer: all-zero buffer (null for a function pointer)


@dataclass(frozen=True)
class InputConfig:
    """Value ranges for generated inputs (inclusive; overridden per argument by hints)."""

    int_range: tuple[int, int] = (-4, 24)  # scalar int args: sizes, indices, flags
    array_int_range: tuple[int, int] = (0, 15)  # array contents: stay valid as indices
    float_range: tuple[float, float] = (-4.0, 4.0)
    # Every `wide_every`-th input (0: never) fills arrays whose contents never
    # reach an address (Param.data_only) from `data_int_range` (clipped to the
    # type), so fixed-point and character-class code sees more than tiny values.
    data_int_range: tuple[int, int] = (-1000, 1000)
    wide_every: int = 2


@dataclass(frozen=True)
class Input:
    """One call's arguments; ``source`` says where it came from, for messages."""

    args: tuple[Value, ...]
    source: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"args": {str(i): v for i, v in enumerate(self.args)}}


def generate_inputs(
    signature: Signature,
    n: int = 100,
    seed: int = 0,
    config: InputConfig | None = None,
) -> list[Input]:
    """``n`` reproducible inputs; input ``i`` depends only on ``seed`` and ``i``."""
    config = config or InputConfig()
    out = []
    for i in range(n):
        rng = random.Random(f"guacc-equivalence:{seed}:{i}")  # str seeds are stable across runs
        wide = config.wide_every > 0 and i % config.wide_every == config.wide_every - 1
        args = tuple(_generate_arg(rng, p, config, wide) for p in signature.params)
        out.append(Input(args, f"generated[seed={seed}, {i}]"))
    return out


def _generate_arg(rng: random.Random, p: Param, config: InputConfig, wide: bool) -> Value:
    if not p.is_pointer:
        return _values(rng, p.type, 1, p.value_range or _default_range(p.type, config, False))[0]
    if p.layout is None:
        return None
    nfields = len(p.layout.fields)
    flat: list = [0] * (p.elems * nfields)
    for k, (_, leaf) in enumerate(p.layout.fields):
        if p.value_range:
            rng_range = p.value_range
        elif wide and p.data_only and leaf.kind == "int":
            rng_range = config.data_int_range
        else:
            rng_range = _default_range(leaf, config, True)
        flat[k::nfields] = _values(rng, leaf, p.elems, rng_range)
    return flat


def _default_range(t: Scalar, config: InputConfig, in_array: bool) -> tuple[float, float]:
    if t.kind == "float":
        return config.float_range
    return config.array_int_range if in_array else config.int_range


def _values(rng: random.Random, t: Scalar, count: int, value_range: tuple[float, float]) -> list:
    if t.kind == "ptr":
        return [0] * count  # pointers inside buffers: null, the harness cannot invent targets
    low, high = value_range
    if t.kind == "float":
        vals = [rng.uniform(low, high) for _ in range(count)]
        if t.bits == 32:
            vals = array("f", vals).tolist()  # exactly representable in the argument type
        elif t.bits == 16:
            vals = [_round_half(v) for v in vals]
        return vals
    tmin, tmax = int_bounds(t)
    lo, hi = max(tmin, math.ceil(low)), min(tmax, math.floor(high))
    if lo > hi:
        lo, hi = tmin, tmax
    return rng.choices(range(lo, hi + 1), k=count)


def _round_half(v: float) -> float:
    return struct.unpack("<e", struct.pack("<e", v))[0]


def int_bounds(t: Scalar) -> tuple[int, int]:
    """Values an int type accepts: signed, except i1 which holds 0 or 1."""
    if t.bits == 1:
        return 0, 1
    bits = t.size * 8
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


# --- explicit inputs -----------------------------------------------------------


def load_inputs_json(path: str | Path, signature: Signature | None = None) -> list[Input]:
    """Read explicit inputs from a JSON file.

    The file holds a list (or ``{"inputs": [...]}``) of entries, each either
    ``{"args": {"0": 5, "1": [1, 2, 3]}}`` (keys are argument indices or
    names), ``{"args": [5, [1, 2, 3]]}`` or a bare list with one value per
    argument.  A list for a pointer argument gives the first elements of its
    buffer (nested lists are flattened); the rest is zero.  With a
    ``signature`` the values are checked against it here; otherwise when run.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text())
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read inputs file: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise InputFileError(f"{path}: not valid JSON: {exc}") from exc
    if isinstance(data, dict) and "inputs" in data:
        data = data["inputs"]
    if not isinstance(data, list):
        raise InputFileError(f"{path}: expected a list of inputs at the top level, got {type(data).__name__}")
    if not data:
        raise InputFileError(f"{path}: the inputs list is empty")
    inputs = [_entry(path, k, e, signature) for k, e in enumerate(data)]
    if signature is not None:
        inputs = validate_inputs(inputs, signature)
    return inputs


def save_inputs_json(inputs: Iterable[Input], path: str | Path) -> None:
    """Write inputs in the format :func:`load_inputs_json` reads."""
    Path(path).write_text(json.dumps([i.to_json() for i in inputs], indent=1))


def _entry(path: Path, k: int, entry: Any, sig: Signature | None) -> Input:
    where = f"{path}: input {k}"
    if isinstance(entry, dict):
        if "args" not in entry:
            raise InputFileError(f"{where}: an object entry needs an \"args\" key")
        entry = entry["args"]
    if isinstance(entry, list):
        return Input(tuple(entry), where)
    if not isinstance(entry, dict):
        raise InputFileError(f"{where}: expected an object or a list, got {type(entry).__name__}")
    values: dict[int, Any] = {}
    for key, v in entry.items():
        idx = _arg_index(where, key, sig)
        if idx in values:
            raise InputFileError(f"{where}: argument {idx} given twice")
        values[idx] = v
    if not values:
        return Input((), where)
    count = len(sig.params) if sig else max(values) + 1
    missing = [i for i in range(count) if i not in values]
    if missing:
        raise InputFileError(f"{where}: missing value for argument(s) {missing}")
    return Input(tuple(values[i] for i in range(count)), where)


def _arg_index(where: str, key: str, sig: Signature | None) -> int:
    if key.isdigit():
        return int(key)
    if sig is not None:
        for p in sig.params:
            if p.name and p.name == key.lstrip("%"):
                return p.index
    raise InputFileError(f"{where}: unknown argument key {key!r} (use the argument index)")


def validate_inputs(inputs: Sequence[Input], sig: Signature) -> list[Input]:
    """Check inputs against a signature and normalise them (flatten, parse 'nan')."""
    out = []
    for k, inp in enumerate(inputs):
        where = inp.source or f"input {k}"
        if len(inp.args) != len(sig.params):
            raise InputFileError(
                f"{where}: @{sig.func} takes {len(sig.params)} arguments, the input gives {len(inp.args)}"
            )
        args = tuple(_check(f"{where}, {p.label()}", p, v) for p, v in zip(sig.params, inp.args))
        out.append(Input(args, inp.source))
    return out


def _check(where: str, p: Param, v: Any) -> Value:
    if p.is_pointer:
        if p.layout is None:
            if v not in (None, [], 0):
                raise InputFileError(f"{where}: a function pointer argument is always null; give null")
            return None
        if v is None:
            return []
        if not isinstance(v, list):
            raise InputFileError(f"{where}: a pointer argument takes a list (array contents), got {v!r}")
        flat = list(_flatten(v))
        if _fast_ok(flat, p.layout.fields):
            return flat
        return [_number(f"{where}, element {i}", p.layout.leaf(i), x) for i, x in enumerate(flat)]
    if isinstance(v, list):
        raise InputFileError(f"{where}: a {p.type} argument takes a number, got a list")
    return _number(where, p.type, v)


def _fast_ok(flat: list, fields: tuple) -> bool:
    """Whole-list check for the common case (generated data); the slow path explains errors."""
    n = len(fields)
    for k, (_, t) in enumerate(fields):
        column = flat[k::n]
        if not column:
            continue
        if t.kind == "float":
            if not all(type(x) is float for x in column):
                return False
        elif t.kind == "int":
            lo, hi = int_bounds(t)
            if not (all(type(x) is int for x in column) and lo <= min(column) and max(column) <= hi):
                return False
        elif any(x != 0 for x in column):
            return False
    return True


def _flatten(v: list) -> Iterable[Any]:
    for x in v:
        if isinstance(x, list):
            yield from _flatten(x)
        else:
            yield x


_SPECIAL = {"nan": math.nan, "inf": math.inf, "+inf": math.inf, "-inf": -math.inf}


def _number(where: str, t: Scalar, v: Any) -> Number:
    if t.kind == "float":
        if isinstance(v, str) and v.lower() in _SPECIAL:
            return _SPECIAL[v.lower()]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise InputFileError(f"{where}: expected a number for {t}, got {v!r}")
        return float(v)
    if isinstance(v, bool):
        v = int(v)
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if not isinstance(v, int):
        raise InputFileError(f"{where}: expected an integer for {t}, got {v!r}")
    if t.kind == "ptr":
        if v != 0:
            raise InputFileError(f"{where}: pointer fields can only be 0 (null), got {v!r}")
        return 0
    lo, hi = int_bounds(t)
    if t.bits > 1 and hi < v <= 2 * hi + 1:
        v -= 2 * hi + 2  # accept unsigned spellings: 255 for an i8 means -1
    if not lo <= v <= hi:
        raise InputFileError(f"{where}: {v} does not fit in {t}")
    return v
