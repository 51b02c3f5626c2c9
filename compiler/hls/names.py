"""C identifiers from the IR's name hints (clang keeps `%i`, `%acc`, `%a.addr`)."""

from __future__ import annotations

import re

from .ctype import C_KEYWORDS

# Names the emitted C uses from its headers, or for itself.
RESERVED = C_KEYWORDS | frozenset(
    "int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t INT8_MIN INT16_MIN INT32_MIN "
    "INT64_MIN INT8_MAX INT16_MAX INT32_MAX INT64_MAX UINT8_MAX UINT16_MAX UINT32_MAX UINT64_MAX "
    "sqrt sqrtf exp expf sin sinf cos cosf NAN INFINITY isnan memcpy memset printf stdin stdout stderr "
    "NULL size_t EOF and and_eq bitand bitor compl not not_eq or or_eq xor xor_eq".split()
)


def sanitize(hint: str | None, fallback: str) -> str:
    """A C identifier from an IR name: `indvars.iv.next` -> `indvars_iv_next`."""
    if not hint:
        return fallback
    name = re.sub(r"[^A-Za-z0-9_]", "_", hint)
    name = re.sub(r"_+", "_", name).strip("_") or fallback
    if name[0].isdigit():
        name = f"{fallback[0]}{name}"
    if name.startswith(("guacc_", "tb_", "__")):
        name = "v_" + name.lstrip("_")
    return name


class Namer:
    """Unique identifiers within one C scope (plus the names it must not shadow)."""

    def __init__(self, taken: set[str] | frozenset[str] = frozenset()) -> None:
        self.used: set[str] = set(RESERVED) | set(taken)

    def fresh(self, hint: str | None, fallback: str = "v") -> str:
        base = sanitize(hint, fallback)
        name = base
        k = 1
        while name in self.used:
            name = f"{base}_{k}"
            k += 1
        self.used.add(name)
        return name
