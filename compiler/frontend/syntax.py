"""LLVM IR text -> a small syntax tree, with the lark LALR grammar `llvm_ir.lark`.

The tree keeps what the IR builder needs (types, values, instructions with
their source locations) and drops metadata and attribute details that do not
change behaviour. Syntax errors become one-line `GuaccError`s.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import lark
from lark import Token, Transformer, v_args

from ..diagnostics import GuaccError, Location

# ----------------------------------------------------------------- types
# Types are plain tuples so they hash and compare structurally:
#   ("int", width) ("float", kind) ("ptr",) ("void",) ("label",) ("metadata",)
#   ("array", n, elem) ("vector", n, elem) ("struct", (fields...), packed)
#   ("named", "%struct.S") ("fn", ret, (params...), is_vararg)
SynType = tuple


@dataclass(frozen=True)
class Ref:
    """A use of a named value: `%x` (local) or `@g` (global)."""

    scope: str  # "local" | "global"
    name: str
    loc: Location


@dataclass(frozen=True)
class Const:
    """A constant: kind in int, float, true, false, null, undef, poison, zero,
    array, vector, struct, cstring, gep, cast; `data` depends on the kind."""

    kind: str
    data: Any
    loc: Location


@dataclass(frozen=True)
class Typed:
    type: SynType
    value: Ref | Const


@dataclass(frozen=True)
class Align:
    value: int


@dataclass(frozen=True)
class MetadataItem:
    """A metadata attachment (`!dbg !12`) or metadata call argument, dropped later."""

    name: str


@dataclass
class Inst:
    opcode: str
    loc: Location
    words: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)
    result: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class BlockSyntax:
    label: str | None
    loc: Location
    insts: list[Inst]


@dataclass
class Param:
    type: SynType
    name: str | None
    attrs: list[str]


@dataclass
class FunctionSyntax:
    name: str
    loc: Location
    ret_type: SynType
    params: list[Param]
    is_vararg: bool
    prefix_attrs: list[str]
    fn_attrs: list[str]
    blocks: list[BlockSyntax] | None  # None for a declaration


@dataclass
class GlobalSyntax:
    name: str
    loc: Location
    words: list[str]
    is_constant: bool
    type: SynType
    init: Ref | Const | None
    align: int | None
    section: str | None


@dataclass
class ModuleSyntax:
    source_filename: str | None = None
    target: dict[str, str] = field(default_factory=dict)
    named_types: dict[str, tuple[SynType | None, Location]] = field(default_factory=dict)
    globals: list[GlobalSyntax] = field(default_factory=list)
    functions: list[FunctionSyntax] = field(default_factory=list)
    unsupported: list[tuple[str, Location]] = field(default_factory=list)


# ----------------------------------------------------------------- helpers
def _loc(obj: Token | Any) -> Location:
    if isinstance(obj, Token):
        return Location(obj.line or 0, obj.column or 0)
    meta = getattr(obj, "meta", obj)
    return Location(getattr(meta, "line", 0), getattr(meta, "column", 0))


def _unquote_name(text: str) -> str:
    """`%foo` / `%"foo bar"` / `foo:` -> the bare name."""
    text = text.rstrip(":")
    if text[:1] in "%@":
        text = text[1:]
    if text.startswith('"') and text.endswith('"'):
        text = _decode_llvm_string(text[1:-1]).decode("latin-1")
    return text


def _decode_llvm_string(body: str) -> bytes:
    """LLVM strings escape bytes as `\\XX` (two hex digits) and `\\\\`."""
    out = bytearray()
    i = 0
    raw = body
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and i + 1 < len(raw) and raw[i + 1] == "\\":
            out.append(0x5C)
            i += 2
        elif ch == "\\" and i + 2 < len(raw) and re.fullmatch(r"[0-9A-Fa-f]{2}", raw[i + 1 : i + 3]):
            out.append(int(raw[i + 1 : i + 3], 16))
            i += 3
        else:
            out.extend(ch.encode("utf-8"))
            i += 1
    return bytes(out)


def _words(children: list[Any]) -> list[str]:
    return [str(c) for c in children if isinstance(c, Token) and c.type == "WORD"]


def _not_words(children: list[Any]) -> list[Any]:
    return [c for c in children if not (isinstance(c, Token) and c.type == "WORD")]


class _ToSyntax(Transformer):
    """Bottom-up conversion of the lark parse tree into the dataclasses above."""

    # ------------------------------------------------------------- types
    def int_type(self, c):
        return ("int", int(str(c[0])[1:]))

    def float_type(self, c):
        return ("float", str(c[0]))

    def void_type(self, c):
        return ("void",)

    def ptr_type(self, c):
        return ("ptr",)

    def label_type(self, c):
        return ("label",)

    def array_type(self, c):
        return ("array", int(c[0]), c[1])

    def vector_type(self, c):
        return ("vector", int(c[0]), c[1])

    def struct_type(self, c):
        return ("struct", tuple(t for t in c if t is not None), False)

    def packed_struct_type(self, c):
        return ("struct", tuple(t for t in c if t is not None), True)

    def named_type(self, c):
        return ("named", str(c[0]))

    def typed_ptr_type(self, c):
        return ("ptr",)

    def function_type(self, c):
        params = c[1] if len(c) > 1 and c[1] is not None else []
        vararg = any(isinstance(p, Token) and p.type == "ELLIPSIS" for p in params)
        return ("fn", c[0], tuple(p for p in params if not isinstance(p, Token)), vararg)

    def fn_type_params(self, c):
        return list(c)

    # ------------------------------------------------------------- values
    def typed_value(self, c):
        return Typed(c[0], c[1])

    def local_ref(self, c):
        return Ref("local", _unquote_name(str(c[0])), _loc(c[0]))

    def global_ref(self, c):
        return Ref("global", _unquote_name(str(c[0])), _loc(c[0]))

    @v_args(meta=True)
    def int_const(self, meta, c):
        return Const("int", int(str(c[0])), _loc(c[0]))

    @v_args(meta=True)
    def float_const(self, meta, c):
        return Const("float", str(c[0]), _loc(c[0]))

    def _simple(kind):  # noqa: N805 - a factory used in the class body
        @v_args(meta=True)
        def make(self, meta, c):
            return Const(kind, None, _loc(meta))

        return make

    true_const = _simple("true")
    false_const = _simple("false")
    null_const = _simple("null")
    undef_const = _simple("undef")
    poison_const = _simple("poison")
    zero_const = _simple("zero")

    @v_args(meta=True)
    def array_const(self, meta, c):
        return Const("array", [t for t in c if t is not None], _loc(meta))

    @v_args(meta=True)
    def vector_const(self, meta, c):
        return Const("vector", [t for t in c if t is not None], _loc(meta))

    @v_args(meta=True)
    def struct_const(self, meta, c):
        return Const("struct", [t for t in c if t is not None], _loc(meta))

    @v_args(meta=True)
    def cstring_const(self, meta, c):
        return Const("cstring", _decode_llvm_string(str(c[0])[2:-1]), _loc(c[0]))

    @v_args(meta=True)
    def gep_const(self, meta, c):
        rest = _not_words(c)
        return Const("gep", (_words(c), rest[0], rest[1:]), _loc(meta))

    @v_args(meta=True)
    def cast_const(self, meta, c):
        return Const("cast", (str(c[0]), c[1], c[2]), _loc(c[0]))

    @v_args(meta=True)
    def unsupported_const(self, meta, c):
        word = str(c[0]).split()[0].split("(")[0]
        return Const("unsupported", f"constant expression '{word}'", _loc(c[0]))

    # ------------------------------------------------------------- metadata
    def md_attach(self, c):
        return MetadataItem(str(c[0]))

    def md_arg(self, c):
        return MetadataItem("metadata")

    # ------------------------------------------------------------- items
    def align_item(self, c):
        return Align(int(c[0]))

    def operand_item(self, c):
        return c[0]

    def index_item(self, c):
        return int(c[0]) if isinstance(c[0], Token) else c[0]

    def phi_incoming(self, c):
        return (c[0], c[1])

    def phi_item(self, c):
        return c[0]

    def switch_case(self, c):
        return (c[0], c[1])

    def call_args(self, c):
        return list(c)

    def call_arg(self, c):
        return Typed(c[0], c[-1])

    # ------------------------------------------------------------- attributes
    def attr_word(self, c):
        return str(c[0])

    def attr_call(self, c):
        return f"{c[0]}(...)"

    def attr_align(self, c):
        return f"align {c[0]}"

    def fn_attr(self, c):
        return str(c[0])

    def fn_personality(self, c):
        return "personality"

    def fn_section(self, c):
        return "section"

    def fn_comdat(self, c):
        return "comdat"

    def fn_string_attr(self, c):
        return str(c[0])

    # ------------------------------------------------------------- instructions
    def _inst(opcode):  # noqa: N805
        @v_args(meta=True)
        def make(self, meta, c):
            first = c[0] if c and isinstance(c[0], Token) and c[0].type in ("BINOP", "CASTOP", "TAIL_KIND") else None
            op = str(first) if first is not None and first.type != "TAIL_KIND" else opcode
            rest = c[1:] if first is not None else c
            inst = Inst(op, _loc(meta), _words(rest), _not_words(rest))
            if first is not None and first.type == "TAIL_KIND":
                inst.extra["tail"] = str(first)
            return inst

        return make

    binop = _inst("binop")
    fneg = _inst("fneg")
    icmp = _inst("icmp")
    fcmp = _inst("fcmp")
    select = _inst("select")
    cast = _inst("cast")
    freeze = _inst("freeze")
    alloca = _inst("alloca")
    load = _inst("load")
    store = _inst("store")
    gep = _inst("getelementptr")
    extractvalue = _inst("extractvalue")
    insertvalue = _inst("insertvalue")
    extractelement = _inst("extractelement")
    insertelement = _inst("insertelement")
    shufflevector = _inst("shufflevector")
    phi = _inst("phi")
    br = _inst("br")
    switch = _inst("switch")
    ret = _inst("ret")
    unreachable = _inst("unreachable")

    @v_args(meta=True)
    def call(self, meta, c):
        tail = None
        if c and isinstance(c[0], Token) and c[0].type == "TAIL_KIND":
            tail, c = str(c[0]), c[1:]
        elif c and c[0] is None:
            c = c[1:]
        # attr* type callee [args] fn_attr*: attributes are strings, the rest objects
        attrs = [x for x in c if isinstance(x, str) and not isinstance(x, Token)]
        objs = [x for x in c if x is not None and not isinstance(x, str)]
        ret_type, callee = objs[0], objs[1]
        args = objs[2] if len(objs) > 2 and isinstance(objs[2], list) else []
        return Inst("call", _loc(meta), attrs, [ret_type, callee, args], extra={"tail": tail})

    @v_args(meta=True)
    def inline_asm(self, meta, c):
        return Inst("unsupported", _loc(meta), args=["inline assembly"])

    @v_args(meta=True)
    def unsupported_inst(self, meta, c):
        word = str(c[0]).split()[0]
        return Inst("unsupported", _loc(c[0]), args=[f"instruction '{word}'"])

    @v_args(meta=True)
    def assign(self, meta, c):
        inst: Inst = c[1]
        inst.result = _unquote_name(str(c[0]))
        inst.loc = _loc(c[0])
        return inst

    def effect(self, c):
        return c[0]

    def terminator(self, c):
        return c[0]

    @v_args(meta=True)
    def unsupported_term(self, meta, c):
        tok = c[-1]
        word = str(tok).split()[0]
        return Inst("unsupported", _loc(c[0] if c[0] is not None else tok), args=[f"instruction '{word}'"])

    @v_args(meta=True)
    def block(self, meta, c):
        label = None
        if c and isinstance(c[0], Token) and c[0].type == "LABEL":
            label = _unquote_name(str(c[0]))
            c = c[1:]
        elif c and c[0] is None:
            c = c[1:]
        return BlockSyntax(label, _loc(meta), list(c))

    # ------------------------------------------------------------- functions
    def params(self, c):
        return list(c)

    def param(self, c):
        ty = c[0] if not isinstance(c[0], Token) else ("metadata",)
        name = None
        if c and isinstance(c[-1], Token) and c[-1].type == "LOCAL_ID":
            name = _unquote_name(str(c[-1]))
        return Param(ty, name, [a for a in c[1:] if isinstance(a, str) and not isinstance(a, Token)])

    def vararg(self, c):
        return "..."

    @v_args(meta=True)
    def fn_header(self, meta, c):
        i = 0
        prefix: list[str] = []
        while isinstance(c[i], str) and not isinstance(c[i], Token):
            prefix.append(c[i])
            i += 1
        ret_type, name_tok = c[i], c[i + 1]
        params = c[i + 2] if c[i + 2] is not None and isinstance(c[i + 2], list) else []
        fn_attrs = [str(a) for a in c[i + 3 :] if a is not None]
        return FunctionSyntax(
            name=_unquote_name(str(name_tok)),
            loc=_loc(name_tok),
            ret_type=ret_type,
            params=[p for p in params if isinstance(p, Param)],
            is_vararg="..." in params,
            prefix_attrs=prefix,
            fn_attrs=fn_attrs,
            blocks=None,
        )

    def function_decl(self, c):
        return next(x for x in c if isinstance(x, FunctionSyntax))

    def function_def(self, c):
        fn: FunctionSyntax = c[0]
        fn.blocks = [b for b in c[1:] if isinstance(b, BlockSyntax)]
        return fn

    # ------------------------------------------------------------- module items
    def global_word(self, c):
        return str(c[0])

    def section_item(self, c):
        return ("section", str(c[0])[1:-1])

    def comdat_item(self, c):
        return ("comdat", None)

    def global_def(self, c):
        name_tok = c[0]
        name_tok = Token("GLOBAL_ID", str(name_tok).rstrip("= \t\n"), line=name_tok.line, column=name_tok.column)
        words = [w for w in c[1:] if isinstance(w, str) and not isinstance(w, Token)]
        kind_idx = next(i for i, x in enumerate(c) if isinstance(x, Token) and x.type == "GLOBAL_KIND")
        ty = c[kind_idx + 1]
        init = c[kind_idx + 2] if len(c) > kind_idx + 2 and isinstance(c[kind_idx + 2], (Ref, Const)) else None
        align = next((x.value for x in c if isinstance(x, Align)), None)
        section = next((x[1] for x in c if isinstance(x, tuple) and x[:1] == ("section",)), None)
        return GlobalSyntax(
            _unquote_name(str(name_tok)), _loc(name_tok), words,
            str(c[kind_idx]) == "constant", ty, init, align, section,
        )

    def global_init(self, c):
        return c[0]

    def source_filename(self, c):
        return ("source_filename", str(c[0])[1:-1])

    def target_def(self, c):
        return ("target", str(c[0]), str(c[1])[1:-1])

    def type_def(self, c):
        body = None if isinstance(c[1], Token) else c[1]
        return ("type_def", str(c[0]).rstrip("= \t\n"), body, _loc(c[0]))

    def start(self, c):
        module = ModuleSyntax()
        for item in c:
            if isinstance(item, FunctionSyntax):
                module.functions.append(item)
            elif isinstance(item, GlobalSyntax):
                module.globals.append(item)
            elif isinstance(item, Token) and item.type == "UNSUPPORTED_TOP":
                text = str(item)
                what = "module asm" if text.startswith("module") else (
                    "uselistorder" if text.startswith("uselistorder") else
                    ("alias" if re.search(r"\balias\b", text) else "ifunc"))
                module.unsupported.append((what, _loc(item)))
            elif isinstance(item, tuple) and item[0] == "source_filename":
                module.source_filename = item[1]
            elif isinstance(item, tuple) and item[0] == "target":
                module.target[item[1]] = item[2]
            elif isinstance(item, tuple) and item[0] == "type_def":
                module.named_types[item[1]] = (item[2], item[3])
        return module


# ----------------------------------------------------------------- parsing
_TOKEN_NAMES = {
    "LOCAL_ID": "a local value (%name)",
    "GLOBAL_ID": "a global (@name)",
    "INT": "an integer",
    "FLOAT": "a floating-point constant",
    "INT_TYPE": "an integer type",
    "LABEL": "a block label",
    "COMMA": "','",
    "EQUAL": "'='",
    "LPAR": "'('",
    "RPAR": "')'",
    "LBRACE": "'{'",
    "RBRACE": "'}'",
    "LSQB": "'['",
    "RSQB": "']'",
    "WORD": "a keyword",
    "$END": "end of file",
}

_INSTRUCTION_TERMINALS = {"BINOP", "CASTOP", "LOAD", "STORE", "ALLOCA", "ICMP", "RET", "BR"}


@functools.cache
def _parser() -> lark.Lark:
    grammar = resources.files(__package__).joinpath("llvm_ir.lark").read_text()
    return lark.Lark(grammar, parser="lalr", lexer="contextual", propagate_positions=True, maybe_placeholders=True)


def _describe(token_type: str) -> str:
    if token_type in _TOKEN_NAMES:
        return _TOKEN_NAMES[token_type]
    return token_type.lower()


def _syntax_error(err: lark.exceptions.LarkError, text: str) -> GuaccError:
    if isinstance(err, lark.exceptions.UnexpectedEOF) or (
        isinstance(err, lark.exceptions.UnexpectedToken) and err.token.type == "$END"
    ):
        lines = text.splitlines() or [""]
        loc = Location(len(lines), len(lines[-1]) + 1)
        return GuaccError("unexpected end of file (is the file truncated?)", loc=loc)
    if isinstance(err, lark.exceptions.UnexpectedToken):
        tok = err.token
        loc = Location(tok.line or 0, tok.column or 0)
        expected = set(err.expected)
        if expected & _INSTRUCTION_TERMINALS and tok.type in ("WORD", "LOCAL_ID", "INT") and re.fullmatch(r"[a-z_][\w.]*", str(tok)):
            return GuaccError(f"unknown instruction '{tok}'", loc=loc)
        wanted = sorted(_describe(e) for e in expected if not e.startswith("__"))
        hint = f"; expected {', '.join(wanted[:6])}" if wanted and len(wanted) <= 6 else ""
        return GuaccError(f"unexpected '{tok}'{hint}", loc=loc)
    if isinstance(err, lark.exceptions.UnexpectedCharacters):
        loc = Location(err.line, err.column)
        word = re.match(r"[A-Za-z_][\w.]*", text.splitlines()[err.line - 1][err.column - 1 :] if err.line >= 1 else "")
        if word and err.allowed & _INSTRUCTION_TERMINALS:
            return GuaccError(f"unknown instruction '{word.group(0)}'", loc=loc)
        found = word.group(0) if word else text.splitlines()[err.line - 1][err.column - 1 : err.column + 9]
        printable = repr(found.encode("utf-8", "surrogateescape"))[2:-1]
        return GuaccError(f"unexpected '{printable}'", loc=loc)
    return GuaccError(str(err).splitlines()[0])


def parse_syntax(text: str) -> ModuleSyntax:
    """Parse LLVM IR text into a `ModuleSyntax`; raises `GuaccError` on bad input."""
    try:
        tree = _parser().parse(text)
    except lark.exceptions.UnexpectedInput as err:
        raise _syntax_error(err, text) from None
    try:
        return _ToSyntax().transform(tree)
    except lark.exceptions.VisitError as err:
        if isinstance(err.orig_exc, GuaccError):
            raise err.orig_exc from None
        raise
