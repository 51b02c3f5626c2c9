"""C statements: a small tree, tidied (`if` arms that always leave are hoisted,
`for (;;) { if (!c) break; ... }` becomes `while (c)`) and printed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cexpr import Expr, logical_not


@dataclass(eq=False)
class Line:
    """One simple statement or preprocessor line, printed as is."""

    text: str


@dataclass(eq=False)
class Break:
    pass


@dataclass(eq=False)
class Continue:
    pass


@dataclass(eq=False)
class Return:
    value: str | None = None


@dataclass(eq=False)
class IfStmt:
    cond: Expr
    then: list
    else_: list = field(default_factory=list)


@dataclass(eq=False)
class ForEver:
    """`for (;;)`, or `while (cond)` once tidied."""

    body: list
    pragmas: list[str] = field(default_factory=list)
    cond: Expr | None = None


@dataclass(eq=False)
class DoOnce:
    """`do { ... } while (0)`: a region `break` can leave."""

    body: list


@dataclass(eq=False)
class SwitchStmt:
    value: Expr
    arms: list[tuple[list[str], list]]  # (case labels, body)
    default: list


@dataclass(eq=False)
class ForRange:
    """`for (int32_t var = 0; var < count; var++)`: the loops of memset/memcpy."""

    var: str
    count: int
    body: list


@dataclass(eq=False)
class Scope:
    """`{ ... }` for block-local temporaries."""

    body: list


Stmt = Line | Break | Continue | Return | IfStmt | ForEver | ForRange | DoOnce | SwitchStmt | Scope


def always_leaves(stmts: list) -> bool:
    """Whether control never runs off the end of `stmts`."""
    if not stmts:
        return False
    last = stmts[-1]
    if isinstance(last, Break | Continue | Return):
        return True
    if isinstance(last, IfStmt):
        return always_leaves(last.then) and always_leaves(last.else_)
    if isinstance(last, Scope):
        return always_leaves(last.body)
    return False


def has_naked(stmts: list, kind: type) -> bool:
    """Whether a `break` (or `continue`) in `stmts` binds to the statement around them."""
    for s in stmts:
        if isinstance(s, kind):
            return True
        if isinstance(s, IfStmt) and (has_naked(s.then, kind) or has_naked(s.else_, kind)):
            return True
        if isinstance(s, Scope) and has_naked(s.body, kind):
            return True
        if isinstance(s, SwitchStmt) and kind is Continue:
            if any(has_naked(b, kind) for _, b in s.arms) or has_naked(s.default, kind):
                return True
    return False


# ----------------------------------------------------------------- unused variables
_ASSIGN = re.compile(r"^([A-Za-z_]\w*) = (.*);$")
_WORD = re.compile(r"[A-Za-z_]\w*")
_CALL = re.compile(r"[A-Za-z_]\w*\s*\(")


def _texts(stmts: list, out: list[str]) -> None:
    """Every expression text the statements read (assignment targets excluded)."""
    for s in stmts:
        match s:
            case Line():
                m = _ASSIGN.match(s.text)
                out.append(m.group(2) if m else s.text)
            case Return() if s.value is not None:
                out.append(s.value)
            case IfStmt():
                out.append(s.cond.text)
                _texts(s.then, out)
                _texts(s.else_, out)
            case ForEver():
                if s.cond is not None:
                    out.append(s.cond.text)
                _texts(s.body, out)
            case ForRange() | DoOnce() | Scope():
                _texts(s.body, out)
            case SwitchStmt():
                out.append(s.value.text)
                for _, b in s.arms:
                    _texts(b, out)
                _texts(s.default, out)


def _drop(stmts: list, dead: set[str]) -> list:
    out = []
    for s in stmts:
        if isinstance(s, Line) and (m := _ASSIGN.match(s.text)) and m.group(1) in dead:
            if _CALL.search(m.group(2)):
                out.append(Line(f"{m.group(2)};"))  # a call still runs
            continue
        for attr in ("then", "else_", "body", "default"):
            if hasattr(s, attr):
                setattr(s, attr, _drop(getattr(s, attr), dead))
        if isinstance(s, SwitchStmt):
            s.arms = [(labels, _drop(b, dead)) for labels, b in s.arms]
        out.append(s)
    return out


def prune_unused(stmts: list, candidates: set[str]) -> tuple[list, set[str]]:
    """Drop assignments to the `candidates` no expression reads (an expression
    that folded a value in may bypass its variable): gcc's -Wunused-but-set."""
    removed: set[str] = set()
    while True:
        texts: list[str] = []
        _texts(stmts, texts)
        read = {w for t in texts for w in _WORD.findall(t)}
        dead = candidates - removed - read
        if not dead:
            return stmts, removed
        stmts = _drop(stmts, dead)
        removed |= dead


# ----------------------------------------------------------------- tidying
def tidy(stmts: list) -> list:
    out: list = []
    for s in stmts:
        out.extend(_tidy_one(s))
    return out


def _tidy_one(s) -> list:
    if isinstance(s, IfStmt):
        then, else_ = tidy(s.then), tidy(s.else_)
        cond = s.cond
        if not then and not else_:
            return []
        if not then:
            cond, then, else_ = logical_not(cond), else_, []
        if else_ and always_leaves(then):
            return [IfStmt(cond, then, []), *else_]
        if else_ and always_leaves(else_):
            return [IfStmt(logical_not(cond), else_, []), *then]
        if len(else_) == 1 and isinstance(else_[0], IfStmt):
            return [IfStmt(cond, then, else_)]  # printed as `else if`
        return [IfStmt(cond, then, else_)]
    if isinstance(s, ForEver):
        body = tidy(s.body)
        if s.cond is None and body and isinstance(body[0], IfStmt) and not body[0].else_:
            first, rest = body[0], body[1:]
            if len(first.then) == 1 and isinstance(first.then[0], Break):
                return [ForEver(rest, s.pragmas, logical_not(first.cond))]
            # `for (;;) { if (c) return; ... }` with no other way out: `while (!c) { ... } return;`
            if always_leaves(first.then) and not has_naked(first.then, Break) \
                    and not has_naked(first.then, Continue) and not has_naked(rest, Break):
                return [ForEver(rest, s.pragmas, logical_not(first.cond)), *first.then]
        return [ForEver(body, s.pragmas, s.cond)]
    if isinstance(s, DoOnce):
        return [DoOnce(tidy(s.body))]
    if isinstance(s, SwitchStmt):
        return [SwitchStmt(s.value, [(labels, tidy(b)) for labels, b in s.arms], tidy(s.default))]
    if isinstance(s, Scope):
        body = tidy(s.body)
        return [Scope(body)] if body else []
    return [s]


# ----------------------------------------------------------------- printing
def render(stmts: list, indent: int = 1) -> list[str]:
    lines: list[str] = []
    for s in stmts:
        _render(s, indent, lines)
    return lines


def _pad(n: int) -> str:
    return "    " * n


def _cond(e: Expr) -> str:
    return e.text


def _render(s, n: int, out: list[str]) -> None:
    p = _pad(n)
    match s:
        case Line():
            out.append(p + s.text)
        case Break():
            out.append(p + "break;")
        case Continue():
            out.append(p + "continue;")
        case Return():
            out.append(p + ("return;" if s.value is None else f"return {s.value};"))
        case IfStmt():
            out.append(f"{p}if ({_cond(s.cond)}) {{")
            out.extend(render(s.then, n + 1))
            else_ = s.else_
            while len(else_) == 1 and isinstance(else_[0], IfStmt):
                inner = else_[0]
                out.append(f"{p}}} else if ({_cond(inner.cond)}) {{")
                out.extend(render(inner.then, n + 1))
                else_ = inner.else_
            if else_:
                out.append(f"{p}}} else {{")
                out.extend(render(else_, n + 1))
            out.append(p + "}")
        case ForEver():
            head = "for (;;)" if s.cond is None else f"while ({_cond(s.cond)})"
            out.append(f"{p}{head} {{")
            out.extend(_pad(n + 1) + pragma for pragma in s.pragmas)
            out.extend(render(s.body, n + 1))
            out.append(p + "}")
        case ForRange():
            out.append(f"{p}for (int32_t {s.var} = 0; {s.var} < {s.count}; {s.var}++) {{")
            out.extend(render(s.body, n + 1))
            out.append(p + "}")
        case DoOnce():
            out.append(p + "do {")
            out.extend(render(s.body, n + 1))
            out.append(p + "} while (0);")
        case SwitchStmt():
            out.append(f"{p}switch ({s.value.text}) {{")
            for labels, body in s.arms:
                for label in labels:
                    out.append(f"{p}case {label}:")
                _arm(body, n + 1, out)
            if s.default:
                out.append(f"{p}default:")
                _arm(s.default, n + 1, out)
            out.append(p + "}")
        case Scope():
            out.append(p + "{")
            out.extend(render(s.body, n + 1))
            out.append(p + "}")
        case _:
            raise AssertionError(s)


def _arm(body: list, n: int, out: list[str]) -> None:
    out.extend(render(body, n))
    if not always_leaves(body):
        out.append(_pad(n) + "break;")
