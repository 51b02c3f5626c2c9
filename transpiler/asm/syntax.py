"""Lark grammars of GNU as syntax and the transformer from parse trees to
`model.Instruction`, `items.Label` and `items.Directive`.

One LALR parser per ISA: common.lark (file structure, directives) followed by
the ISA's operand grammar. The transformer runs inside the parser (no tree is
built), and classifies bare words (register, symbol, condition, shift) with
the tables of `isa_tables`, since the grammar cannot tell them apart.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import lark
from lark import Token, Transformer

from guacc.compiler.diagnostics import GuaccError, Location

from . import isa_tables
from .isa_tables import ISAS
from .items import Directive, Label, decode_string, format_expr, parse_int
from .model import Cond, FImm, Hole, Imm, Instruction, Mem, Reg, RegList, Shift, SymRef


class _Name(str):
    """A bare word whose meaning depends on the opcode (resolved in `instruction`)."""

    token: Token


def _name(token: Token) -> _Name:
    name = _Name(token)
    name.token = token
    return name


def _error(message: str, token: Token) -> GuaccError:
    return GuaccError(message, loc=Location(token.line or 0, token.column or 0))


# AArch64 opcodes that may name a symbol (branch target, literal, page).
_ARM_SYMBOL_OPCODES = frozenset(
    "b bl cbz cbnz tbz tbnz adr adrp ldr ldrsw prfm".split()
) | frozenset(f"b.{c}" for c in isa_tables.ARM_CONDITIONS)
_RISCV_SYMBOL_OPCODES = frozenset(
    "j jal call tail la lla lga li beq bne blt bge bltu bgeu beqz bnez blez bgez bltz bgtz bgt ble bgtu bleu "
    "lui auipc lb lh lw ld lbu lhu lwu flw fld sb sh sw sd fsw fsd".split()
)


class _ToItems(Transformer):
    """Parse-tree callbacks: operands to model objects, lines to item lists."""

    def __init__(self, isa: str):
        super().__init__()
        self.isa = isa
        self.tables = ISAS[isa]

    # ---- file structure ----------------------------------------------------
    def start(self, children):
        return [item for line in children for item in line]

    def line(self, children):
        return children

    def label(self, children):
        (tok,) = children
        return Label(str(tok)[:-1], tok.line)

    # ---- directives --------------------------------------------------------
    def _check_directive(self, tok: Token) -> str:
        name = str(tok).lower()
        if not isa_tables.is_known_directive(name):
            raise _error(f"unknown directive '{tok}'", tok)
        return name

    def generic_directive(self, children):
        tok, args = children
        return Directive(self._check_directive(tok), str(args).strip() if args else "", tok.line)

    def data_directive(self, children):
        tok, *values = children
        args = ", ".join(format_expr(v) for v in values)
        return Directive(self._check_directive(tok), args, tok.line, tuple(values))

    def string_directive(self, children):
        tok, *strings = children
        values = tuple(decode_string(str(s)) for s in strings)
        return Directive(self._check_directive(tok), ", ".join(strings), tok.line, values)

    def loc_directive(self, children):
        tok, file_no, line_no, rest = children
        args = f"{file_no} {line_no}" + (f" {str(rest).strip()}" if rest else "")
        return Directive(".loc", args, tok.line, (parse_int(file_no), parse_int(line_no)))

    def set_directive(self, children):
        tok, name, value = children
        return Directive(str(tok).lower(), f"{name}, {format_expr(value)}", tok.line, (str(name), value))

    # ---- expressions -------------------------------------------------------
    def number(self, children):
        return parse_int(children[0])

    def symbol(self, children):
        return str(children[0])

    def add(self, c):
        return ("+", c[0], c[1])

    def sub(self, c):
        return ("-", c[0], c[1])

    def mul(self, c):
        return ("*", c[0], c[1])

    def div(self, c):
        return ("/", c[0], c[1])

    def mod(self, c):
        return ("%", c[0], c[1])

    def or_(self, c):
        return ("|", c[0], c[1])

    def and_(self, c):
        return ("&", c[0], c[1])

    def xor(self, c):
        return ("^", c[0], c[1])

    def char(self, c):
        text = str(c[0])
        body = text[1:-1] if len(text) > 2 and text.endswith("'") else text[1:]
        return decode_string('"' + body + '"')[0]

    def shl(self, c):
        return ("<<", c[0], c[1])

    def shr(self, c):
        return (">>", c[0], c[1])

    def neg(self, c):
        return -c[0] if isinstance(c[0], int) else ("neg", c[0])

    def invert(self, c):
        return ("~", c[0])

    # ---- operands (both ISAs) ----------------------------------------------
    def imm_pos(self, c):
        return Imm(parse_int(c[-1]))

    def imm_neg(self, c):
        return Imm(-parse_int(c[-1]))

    def fimm_pos(self, c):
        return FImm(float(c[-1]))

    def fimm_neg(self, c):
        return FImm(-float(c[-1]))

    def name_operand(self, c):
        return _name(c[0])

    def sym_plus(self, c):
        return SymRef(str(c[0]), parse_int(c[1]))

    def sym_minus(self, c):
        return SymRef(str(c[0]), -parse_int(c[1]))

    def _reloc_name(self, tok: Token) -> str:
        return str(tok).strip(":%")

    def reloc(self, c):
        return SymRef(str(c[-1]), 0, self._reloc_name(c[-2]))

    def reloc_plus(self, c):
        return SymRef(str(c[-2]), parse_int(c[-1]), self._reloc_name(c[-3]))

    def reloc_minus(self, c):
        return SymRef(str(c[-2]), -parse_int(c[-1]), self._reloc_name(c[-3]))

    def hole(self, c):
        return Hole(str(c[0])[1:])

    def shifted(self, c):
        kind, amount = c[0], c[-1]
        if str(kind).lower() not in isa_tables.ARM_SHIFTS:
            raise _error(f"bad operand: '{kind}' is not a shift or extend", kind)
        return Shift(str(kind).lower(), parse_int(amount))

    def mem_shift(self, c):
        kind, amount = c[0], c[-1]
        if str(kind).lower() not in isa_tables.ARM_SHIFTS:
            raise _error(f"bad operand: '{kind}' is not a shift or extend", kind)
        return Shift(str(kind).lower(), parse_int(amount) if amount is not None else None)

    def _register(self, name: _Name | str, token: Token | None = None) -> Reg:
        lower = str(name).lower()
        if lower not in self.tables.registers:
            tok = token if token is not None else getattr(name, "token", None)
            raise _error(f"bad operand: '{name}' is not a register", tok) if tok is not None else GuaccError(
                f"bad operand: '{name}' is not a register"
            )
        return Reg(lower)

    def mem(self, c):
        if self.isa == "arm":
            base, offset, shift, writeback = c
            if isinstance(offset, _Name):
                offset = self._register(offset)
            return Mem(self._register(base, base), offset, shift, "pre" if writeback else "offset")
        offset, base = c
        return Mem(self._register(base, base), offset)

    def reglist(self, c):
        *names, index = c
        regs = [self._register(n, n) for n in names]
        # `{v0.16b - v3.16b}` names a range: spell out every register in it
        first, last = (int(re.match(r"v(\d+)", r.name).group(1)) for r in (regs[0], regs[-1]))
        if len(regs) == 2 and last - first > 1:
            suffix = regs[0].name.partition(".")[2]
            regs = [Reg(f"v{i % 32}.{suffix}" if suffix else f"v{i % 32}") for i in range(first, last + 1)]
        return RegList(tuple(regs), parse_int(index) if index is not None else None)

    def element(self, c):
        reg = self._register(c[0], c[0])
        return Reg(f"{reg.name}[{parse_int(c[1])}]")

    def operands(self, c):
        return list(c)

    # ---- instructions ------------------------------------------------------
    def instruction(self, c):
        tok, operands = c
        opcode = str(tok).lower()
        if self.isa == "arm" and opcode[:1] == "b" and opcode[1:] in isa_tables.ARM_CONDITIONS:
            opcode = f"b.{opcode[1:]}"  # gcc prints `bne`; the model spells it `b.ne`
        if opcode not in self.tables.mnemonics:
            raise _error(f"unknown mnemonic '{tok}'", tok)
        resolved = [self._resolve(opcode, op, i) for i, op in enumerate(operands or [])]
        if self.isa == "arm":
            resolved = _join_post_index(resolved)
        low, high = self.tables.arity.get(opcode, (0, 99))
        if not low <= len(resolved) <= high:
            expects = str(low) if low == high else f"{low} to {high}"
            raise _error(f"wrong number of operands for '{opcode}': {len(resolved)} (expects {expects})", tok)
        return Instruction(opcode, tuple(resolved), tok.line)

    def _resolve(self, opcode: str, operand, position: int):
        if not isinstance(operand, _Name):
            return operand
        lower = operand.lower()
        if lower in self.tables.registers:
            return Reg(lower)
        if self.isa == "arm":
            if opcode in isa_tables.ARM_COND_OPCODES and lower in isa_tables.ARM_CONDITIONS:
                return Cond(lower)
            if lower in isa_tables.ARM_SHIFTS and position > 0:
                return Shift(lower)
            if opcode in isa_tables.ARM_OPTION_OPCODES:
                return Cond(lower)
            if opcode in isa_tables.ARM_SYSREG_OPCODES:
                return Reg(lower)
            if opcode in _ARM_SYMBOL_OPCODES:
                return SymRef(str(operand))
        else:
            if opcode.startswith("f") and lower in isa_tables.RISCV_ROUNDING_MODES:
                return Cond(lower)
            if opcode == "fence" and isa_tables.RISCV_FENCE_SET.fullmatch(lower):
                return Cond(lower)
            if opcode in isa_tables.RISCV_CSR_OPCODES:
                return Reg(lower)
            if opcode in _RISCV_SYMBOL_OPCODES:
                return SymRef(str(operand))
        raise _error(f"bad operand '{operand}' for '{opcode}'", operand.token)


def _join_post_index(operands: list) -> list:
    """`[x0], 8` is one post-indexed memory operand in the model."""
    if len(operands) >= 2:
        mem, step = operands[-2], operands[-1]
        if isinstance(mem, Mem) and mem.offset is None and mem.mode == "offset" and isinstance(step, Imm | Reg | Hole):
            return operands[:-2] + [Mem(mem.base, step, None, "post")]
    return operands


@functools.cache
def _parser(isa: str) -> lark.Lark:
    folder = resources.files(__package__)
    grammar = folder.joinpath("common.lark").read_text() + "\n" + folder.joinpath(ISAS[isa].grammar_file).read_text()
    return lark.Lark(
        grammar,
        parser="lalr",
        lexer="contextual",
        start=["start", "instruction"],
        transformer=_ToItems(isa),
        maybe_placeholders=True,
    )


def _check_isa(isa: str) -> None:
    if isa not in ISAS:
        raise GuaccError(f"unknown ISA '{isa}' (expected one of: {', '.join(ISAS)})")


def parse_items(text: str, isa: str, start: str = "start"):
    """Parse `text`; a list of items for 'start', one Instruction for 'instruction'."""
    _check_isa(isa)
    try:
        return _parser(isa).parse(text, start=start)
    except lark.exceptions.VisitError as err:
        if isinstance(err.orig_exc, GuaccError):
            raise err.orig_exc from None
        raise
    except GuaccError:
        raise
    except lark.exceptions.UnexpectedInput as err:
        raise _syntax_error(err, text) from None


def _syntax_error(err: lark.exceptions.UnexpectedInput, text: str) -> GuaccError:
    lines = text.splitlines() or [""]
    if isinstance(err, lark.exceptions.UnexpectedEOF) or (
        isinstance(err, lark.exceptions.UnexpectedToken) and err.token.type == "$END"
    ):
        return GuaccError("unexpected end of input", loc=Location(len(lines), len(lines[-1]) + 1))
    if isinstance(err, lark.exceptions.UnexpectedToken):
        tok = err.token
        if tok.type == "_NL":
            return GuaccError("unexpected end of line", loc=Location(tok.line, tok.column))
        return GuaccError(f"unexpected '{tok}'", loc=Location(tok.line, tok.column))
    line_text = lines[err.line - 1] if 1 <= err.line <= len(lines) else ""
    found = line_text[err.column - 1 : err.column + 9]
    return GuaccError(f"unexpected '{found}'", loc=Location(err.line, err.column))
