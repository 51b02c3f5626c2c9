"""A module's top function, and what it calls, as one synthesizable C99 file.

`emit_c(module, top)` returns the design: `<top>.c` (globals, static helper
functions callees-first, the top with `#pragma HLS INTERFACE` lines),
`<top>.h` (struct types, writable globals, the top's prototype) and what a
testbench needs to know about the top's arguments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from xdsl.dialects import llvm
from xdsl.dialects.builtin import ArrayAttr, BytesAttr, FloatAttr, IntegerAttr, IntegerType, ModuleOp
from xdsl.ir import Attribute

from ..diagnostics import GuaccError, UnsupportedError
from ..dialects import guacc
from . import cexpr as E
from .check import call_order
from .ctype import C_KEYWORDS, TypeNames, float_ctype, is_float, is_ptr, scalar_value_ctype, signed_ctype, size_align
from .function import FunctionEmitter
from .names import RESERVED, Namer
from .options import HlsOptions
from .pointers import PointerTypes, forwarded_slots

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class TopParam:
    """One argument of the top function, as the testbench passes it."""

    index: int
    name: str
    is_array: bool
    decl: str  # C declaration with `{}` for the name (e.g. `int32_t {}[64][16]`)
    ctype: str  # scalar arguments: C type; arrays: element type of the declaration
    nbytes: int  # arrays: bytes of the declared object


@dataclass(frozen=True)
class TopGlobal:
    """A writable global the design keeps state in (reset and checked by the testbench)."""

    ir_name: str
    c_name: str
    nbytes: int


@dataclass
class CDesign:
    top: str
    source: str
    header: str
    params: list[TopParam]
    ret_ctype: str | None
    globals: list[TopGlobal] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)

    @property
    def uses_math(self) -> bool:
        return "#include <math.h>" in self.source


class ModuleEmitter:
    def __init__(self, module: ModuleOp, top: str, options: HlsOptions,
                 array_bytes: Mapping[int, int] | None = None):
        self.module = module
        self.top = top
        self.options = options
        self.array_bytes = dict(array_bytes or {})
        self.functions = {op.sym_name.data: op for op in module.ops if isinstance(op, llvm.FuncOp)}
        self.globals_ir = {op.sym_name.data: op for op in module.ops if isinstance(op, llvm.GlobalOp)}
        if top not in self.functions or not self.functions[top].body.blocks:
            raise GuaccError(f"no function '{top}' is defined")
        self.order = call_order(module, top)  # callees first; GuaccError on recursion
        funcs = [self.functions[n] for n in self.order]
        self.aliases: dict = {}
        self.dead: set = set()
        for f in funcs:
            a, d = forwarded_slots(f)
            self.aliases.update(a)
            self.dead |= d
        self.ptypes = PointerTypes(funcs, self.aliases, self.functions, self.globals_ir)
        self.types = TypeNames()
        self.needs_math = False
        self.helpers: dict[str, str] = {}
        self._name_symbols(funcs)

    # ------------------------------------------------------------- names
    def _name_symbols(self, funcs: list[llvm.FuncOp]) -> None:
        if not _IDENT.fullmatch(self.top) or self.top in C_KEYWORDS or self.top in RESERVED:
            raise GuaccError(f"the top function's name '{self.top}' is not usable as a C function name")
        namer = Namer({self.top})
        self.func_names = {self.top: self.top}
        for f in funcs:
            name = f.sym_name.data
            if name != self.top:
                self.func_names[name] = namer.fresh(name, "fn")
        used: set[str] = set()
        for f in funcs:
            for op in f.walk():
                if isinstance(op, llvm.AddressOfOp):
                    used.add(op.global_name.root_reference.data)
        self.used_globals = [g for g in self.globals_ir if g in used]
        self.global_c = {}
        for g in self.used_globals:
            if g in self.functions:
                raise GuaccError("function pointers are not synthesizable (address of a function taken)")
            self.global_c[g] = namer.fresh(g, "g")
        self.global_names = frozenset(namer.used)

    def global_c_name(self, name: str) -> str:
        return self.global_c[name]

    def is_constant_global(self, name: str) -> bool:
        return self.globals_ir[name].constant is not None

    def global_type(self, name: str) -> Attribute:
        return self.globals_ir[name].global_type

    def helper(self, key: str, text: str) -> str:
        """Register a static helper function; returns its name (`guacc_<key>`)."""
        self.helpers.setdefault(key, text)
        return f"guacc_{key}"

    def array_count(self, index: int, elem: Attribute) -> int:
        """Elements of `elem` in the top's array argument `index`."""
        unit = elem
        while isinstance(unit, llvm.LLVMArrayType):
            unit = unit.type
        nbytes = self.array_bytes.get(index, self.options.elems * size_align(unit)[0])
        return max(1, -(-nbytes // size_align(elem)[0]))

    # ------------------------------------------------------------- emission
    def emit(self) -> CDesign:
        bodies: list[list[str]] = []
        top_fe: FunctionEmitter | None = None
        for name in self.order:
            fe = FunctionEmitter(self.functions[name], self)
            bodies.append(fe.emit())
            if name == self.top:
                top_fe = fe
        assert top_fe is not None
        globals_text, top_globals = self._globals()
        header = self._header(top_fe, top_globals)
        parts = [
            f"/* {self.top}.c: HLS C generated by guacc from function @{self.top}.",
            " * For Vitis HLS (run_hls.tcl) and Bambu (bambu.sh); checked by tb_" + f"{self.top}.c. */",
            '#pragma GCC diagnostic ignored "-Wunknown-pragmas" /* #pragma HLS is for the HLS tools */',
            f'#include "{self.top}.h"',
        ]
        body_text = "\n\n".join("\n".join(b) for b in bodies)
        helpers = "\n".join(self.helpers.values())
        if self.needs_math or E.needs_math_macros(body_text + globals_text + helpers):
            parts.append("#include <math.h>")
        parts.append("")
        if helpers:
            parts.append(helpers)
        if globals_text:
            parts.append(globals_text)
        parts.append(body_text)
        source = "\n".join(parts).rstrip() + "\n"
        return CDesign(self.top, source, header, self._top_params(top_fe), self._ret_ctype(), top_globals,
                       list(self.order))

    def _ret_ctype(self) -> str | None:
        ret = self.functions[self.top].function_type.output
        return None if isinstance(ret, llvm.LLVMVoidType) else scalar_value_ctype(ret)

    def _top_params(self, fe: FunctionEmitter) -> list[TopParam]:
        out = []
        for arg, name in fe.params():
            if is_ptr(arg.type):
                elem = self.ptypes.elem(arg)
                t = llvm.LLVMArrayType(self.array_count(arg.index, elem), elem)
                unit = elem
                while isinstance(unit, llvm.LLVMArrayType):
                    unit = unit.type
                out.append(TopParam(arg.index, name, True, self.types.declare(t, "{}"), self.types.base(unit),
                                    size_align(t)[0]))
            else:
                out.append(TopParam(arg.index, name, False, f"{scalar_value_ctype(arg.type)} {{}}",
                                    scalar_value_ctype(arg.type), size_align(arg.type)[0]))
        return out

    def interface_pragmas(self, fe: FunctionEmitter) -> list[str]:
        o = self.options
        lines = []
        for arg, name in fe.params():
            if is_ptr(arg.type):
                if o.interface == "m_axi":
                    depth = self.array_count(arg.index, self.ptypes.elem(arg))
                    lines.append(f"#pragma HLS INTERFACE mode=m_axi port={name} offset=slave bundle=gmem depth={depth}")
                else:
                    lines.append(f"#pragma HLS INTERFACE mode=ap_memory port={name}")
            else:
                lines.append(f"#pragma HLS INTERFACE mode={o.scalar_interface} port={name}")
        lines.append("#pragma HLS INTERFACE mode=s_axilite port=return")
        return ["    " + line for line in lines]

    def _header(self, top_fe: FunctionEmitter, top_globals: list[TopGlobal]) -> str:
        guard = f"GUACC_{re.sub(r'[^A-Za-z0-9]', '_', self.top).upper()}_H"
        lines = [f"/* {self.top}.h: interface of the HLS design {self.top} (generated by guacc). */",
                 f"#ifndef {guard}", f"#define {guard}", "", "#include <stdbool.h>", "#include <stdint.h>", ""]
        defs = self.types.definitions()
        if defs:
            lines += defs + [""]
        for g in top_globals:
            t = self.global_type(g.ir_name)
            lines.append(f"extern {self.types.declare(t, g.c_name)};")
        if top_globals:
            lines.append("")
        lines += [top_fe.signature() + ";", "", f"#endif /* {guard} */"]
        return "\n".join(lines) + "\n"

    # ------------------------------------------------------------- globals
    def _globals(self) -> tuple[str, list[TopGlobal]]:
        lines: list[str] = []
        writable: list[TopGlobal] = []
        for name in self.used_globals:
            g = self.globals_ir[name]
            c = self.global_c[name]
            t = g.global_type
            try:
                decl = self.types.declare(t, c)
                init = self._init(g.value, t) if g.value is not None else None
            except UnsupportedError as err:
                raise GuaccError(f"global '@{name}': {err.message}") from None
            if g.constant is not None:
                lines.append(f"static const {decl} = {init if init is not None else _zero(t)};")
            else:
                writable.append(TopGlobal(name, c, size_align(t)[0]))
                lines.append(f"{decl}{'' if init is None or _is_zero_init(g.value) else ' = ' + init};")
        return "\n".join(lines) + ("\n" if lines else ""), writable

    def _init(self, v: Attribute, t: Attribute) -> str:
        match v:
            case guacc.ZeroInitAttr() | guacc.UndefInitAttr():
                return _zero(t)
            case IntegerAttr():
                assert isinstance(t, IntegerType)
                n = t.width.data
                value = v.value.data
                if n == 1:
                    return str(value & 1)
                return E.int_literal(value, signed_ctype(n) if n >= 32 else "int32_t").text
            case FloatAttr():
                return E.float_text(v.value.data, float_ctype(t))
            case BytesAttr():
                assert isinstance(t, llvm.LLVMArrayType)
                return _brace([str(b - 256 if b > 127 else b) for b in v.data])
            case ArrayAttr():
                if isinstance(t, llvm.LLVMArrayType):
                    return _brace([self._init(x, t.type) for x in v.data])
                if isinstance(t, llvm.LLVMStructType):
                    return _brace([self._init(x, f) for x, f in zip(v.data, t.types.data)])
        raise UnsupportedError(f"initializer {v} for a global of type {t}")


def _zero(t: Attribute) -> str:
    if isinstance(t, llvm.LLVMArrayType | llvm.LLVMStructType):
        return "{0}"
    if is_float(t):
        return "0.0"
    return "0"


def _is_zero_init(v: Attribute | None) -> bool:
    return isinstance(v, guacc.ZeroInitAttr | guacc.UndefInitAttr)


def _brace(items: list[str]) -> str:
    if sum(len(i) + 2 for i in items) < 90:
        return "{" + ", ".join(items) + "}"
    rows, row = [], []
    for item in items:
        row.append(item)
        if sum(len(i) + 2 for i in row) > 90:
            rows.append(", ".join(row))
            row = []
    if row:
        rows.append(", ".join(row))
    return "{\n    " + ",\n    ".join(rows) + "\n}"


def emit_c(module: ModuleOp, top: str, options: HlsOptions | None = None,
           array_bytes: Mapping[int, int] | None = None) -> CDesign:
    """The C design for function `top` of `module` (GuaccError if it cannot be expressed).

    `array_bytes` gives the size in bytes of the top's array arguments by
    argument position (default: `options.elems` elements).
    """
    from .check import check_synthesizable

    options = options or HlsOptions()
    check_synthesizable(module, top, options.split_irreducible)
    return ModuleEmitter(module, top, options, array_bytes).emit()
