"""The variadic arguments a printf format string consumes, by the register
class they travel in: 'int' (integers, pointers, chars, `*` widths) or
'double' (%f %e %g %a, floats promoted). Calling conventions differ on the
second kind (RISC-V LP64D: integer registers; AAPCS64: FP registers)."""

from __future__ import annotations

import re

from guacc.compiler.diagnostics import UnsupportedError

# %[flags][width][.precision][length]conversion; `*` takes an int argument
_SPEC = re.compile(rb"%([-+ #0']*)(\*|\d+)?(?:\.(\*|\d*))?(hh|h|ll|l|L|j|z|t|q)?([a-zA-Z%])")
_INTEGER = set(b"diouxXcpn")
_DOUBLE = set(b"fFeEgGaA")


def argument_kinds(fmt: bytes) -> list[str]:
    """'int' / 'double' for each variadic argument `fmt` reads, in order."""
    kinds: list[str] = []
    for match in _SPEC.finditer(fmt):
        _, width, precision, length, conversion = match.groups()
        conv = conversion[0]
        if conv == ord("%"):
            continue
        kinds += ["int"] * ((width == b"*") + (precision == b"*"))
        if conv in _DOUBLE:
            if length == b"L":
                raise UnsupportedError(f"long double conversion %{match.group(0).decode(errors='replace')}")
            kinds.append("double")
        elif conv in _INTEGER or conv == ord("s"):
            kinds.append("int")
        else:
            raise UnsupportedError(f"printf conversion {match.group(0).decode(errors='replace')!r}")
    return kinds


def c_string(data: bytes) -> bytes:
    """The bytes of a data object up to its terminating NUL."""
    end = data.find(b"\0")
    return data if end < 0 else data[:end]
