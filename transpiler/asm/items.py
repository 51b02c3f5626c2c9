"""The non-instruction statements of an assembly file, in source order.

An `AsmFile` is a list of `Label`, `Directive` and `model.Instruction`.
Directives keep their argument text so that printing is faithful; the
directives later stages read also carry parsed `values`.
"""

from __future__ import annotations

from dataclasses import dataclass

# A data expression: an integer, a symbol name ('.' is the location
# counter), or (operator, operand...) with operator in + - * / % << >> | & ^ neg ~.
Expr = int | str | tuple


@dataclass(frozen=True)
class Label:
    name: str
    line: int = 0


@dataclass(frozen=True)
class Directive:
    """`name` with its dot (`.word`); `args` as printed after it.

    `values` by directive: data (.byte .word .quad .zero .align ...): one
    `Expr` or None per comma-separated argument; strings (.string .ascii
    .asciz): the decoded bytes of each string; .loc: (file, line); .set/.equ:
    (symbol, Expr)."""

    name: str
    args: str = ""
    line: int = 0
    values: tuple = ()


def format_expr(expr: Expr | None) -> str:
    if expr is None:
        return ""
    if isinstance(expr, int):
        return str(expr)
    if isinstance(expr, str):
        return expr
    op, *operands = expr
    if op == "neg":
        return f"-({format_expr(operands[0])})"
    if op == "~":
        return f"~({format_expr(operands[0])})"
    left, right = operands
    return f"({format_expr(left)} {op} {format_expr(right)})"


def eval_expr(expr: Expr, symbols: dict[str, int] | None = None) -> int | None:
    """The value of `expr`, or None if it needs a symbol not in `symbols`."""
    if isinstance(expr, int):
        return expr
    if isinstance(expr, str):
        return (symbols or {}).get(expr)
    op, *operands = expr
    values = [eval_expr(e, symbols) for e in operands]
    if any(v is None for v in values):
        return None
    if op == "neg":
        return -values[0]
    if op == "~":
        return ~values[0]
    a, b = values
    if op in ("/", "%"):
        if not b:
            return None
        quotient = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)  # gas truncates toward zero
        return quotient if op == "/" else a - quotient * b
    return {"+": a + b, "-": a - b, "*": a * b, "<<": a << b, ">>": a >> b, "|": a | b, "&": a & b, "^": a ^ b}[op]


def parse_int(text: str) -> int:
    """A GNU as integer literal: 0x.. hex, 0b.. binary, 0.. octal, decimal."""
    lower = text.lower()
    if lower.startswith("0x"):
        return int(lower, 16)
    if lower.startswith("0b"):
        return int(lower[2:], 2)
    if len(lower) > 1 and lower.startswith("0"):
        return int(lower, 8)
    return int(lower)


_ESCAPES = {"n": 10, "t": 9, "r": 13, "b": 8, "f": 12, "v": 11, "a": 7, "\\": 92, '"': 34, "'": 39, "e": 27}


def decode_string(token: str) -> bytes:
    """The bytes of a GNU as string literal (with its quotes)."""
    body = token[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out += ch.encode("utf-8", "surrogateescape")
            i += 1
            continue
        i += 1
        esc = body[i] if i < len(body) else "\\"
        if esc in "01234567":
            j = i
            while j < len(body) and j < i + 3 and body[j] in "01234567":
                j += 1
            out.append(int(body[i:j], 8) & 0xFF)
            i = j
        elif esc in "xX":
            j = i + 1
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(body[i + 1 : j] or "0", 16) & 0xFF)
            i = j
        else:
            out.append(_ESCAPES.get(esc, ord(esc)))
            i += 1
    return bytes(out)
