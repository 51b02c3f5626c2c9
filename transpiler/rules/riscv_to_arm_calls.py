"""Where the two calling conventions disagree at calls into the C library
(calls between translated functions keep RISC-V's convention on both ends):

- printf-family variadic doubles: LP64D passes them in the next integer
  register, AAPCS64 in the next d register, and the integer arguments after
  them move up. The format string (a read-only constant) says which is which.
- int results: LP64D sign-extends them to 64 bits, AAPCS64 leaves the upper
  half unspecified, so a used result gets `sxtw x0, w0` first thing in the
  block after the call (a `char` or `short` result of the program's own
  functions, typed by the DWARF, its own extension).
"""

from __future__ import annotations

from guacc.compiler.diagnostics import UnsupportedError

from ..asm.blocks import Function
from ..asm.model import Instruction, Reg, SymRef
from ..guess import GuessContext
from ..verify.dwarf import library_signatures
from ..verify.liveness import function_liveness
from ..verify.trace import SEMANTICS_ERRORS, UnsupportedCode
from .printf_arguments import argument_kinds, c_string
from .riscv_to_arm_operands import Emitter, Unsupported, _arch, tables

_ARGUMENTS = tuple(f"a{i}" for i in range(8))


def callee_name(target: SymRef) -> str:
    return target.name.removesuffix("@plt")


def is_library(name: str, context: GuessContext) -> bool:
    return name not in context.src.functions


def library_int_result(name: str) -> bool | None:
    """Whether C library function `name` returns an int narrower than 64
    bits (LP64D sign-extends it, AAPCS64 leaves the upper half unspecified);
    None when its prototype is not known (verify/data/libc_signatures.toml)."""
    signature = library_signatures().get(name)
    if signature is None:
        return None
    return signature.returns.kind == "int" and signature.returns.bits < 64


# ------------------------------------------------------------ variadic doubles

def _writes(instr: Instruction, arch: str) -> bool:
    ops = instr.operands
    return bool(ops) and isinstance(ops[0], Reg) and _is_reg(ops[0], arch) and instr.opcode not in _NO_DEST


_NO_DEST = frozenset("sb sh sw sd fsw fsd beq bne blt bge bltu bgeu beqz bnez blez bgez bltz bgtz bgt ble "
                     "bgtu bleu j jr call tail ret".split())


def _is_reg(op: Reg, arch: str) -> bool:
    try:
        return _arch(op.name) == arch
    except Unsupported:
        return False


class SymbolAddresses:
    """Which registers hold the address of which symbol (an `lla`, copied by
    `mv`), at each point of a function: a forward dataflow over its blocks
    (a call clobbers the caller-saved registers)."""

    def __init__(self, function: Function) -> None:
        self.function = function
        blocks = function.blocks
        by_label = {b.label: i for i, b in enumerate(blocks)}
        self.entry: list[dict[str, str] | None] = [None] * len(blocks)
        self.entry[0] = {}
        changed = True
        while changed:
            changed = False
            for index, block in enumerate(blocks):
                if self.entry[index] is None:
                    continue
                state = self.after(index, len(block.instructions))
                for successor in block.successors:
                    target = by_label.get(successor)
                    if target is None:
                        continue
                    old = self.entry[target]
                    merged = dict(state) if old is None else {r: s for r, s in old.items() if state.get(r) == s}
                    if merged != old:
                        self.entry[target] = merged
                        changed = True

    def after(self, block_index: int, count: int) -> dict[str, str]:
        """The state after the first `count` instructions of the block."""
        state = dict(self.entry[block_index] or {})
        for instr in self.function.blocks[block_index].instructions[:count]:
            _transfer(state, instr)
        return state


_CALLER_SAVED = frozenset(_arch(r) for r in
                          "ra t0 t1 t2 t3 t4 t5 t6 a0 a1 a2 a3 a4 a5 a6 a7".split())


def _transfer(state: dict[str, str], instr: Instruction) -> None:
    ops = instr.operands
    if instr.opcode in ("call", "jalr", "tail"):
        for reg in _CALLER_SAVED:
            state.pop(reg, None)
        return
    if not ops or not isinstance(ops[0], Reg) or instr.opcode in _NO_DEST:
        return
    try:
        dest = _arch(ops[0].name)
    except Unsupported:
        return
    value = None
    if instr.opcode == "lla" and isinstance(ops[1], SymRef) and not ops[1].addend:
        value = ops[1].name
    elif instr.opcode == "mv" and isinstance(ops[1], Reg):
        value = state.get(_arch(ops[1].name))
    state.pop(dest, None)
    if value is not None:
        state[dest] = value


def _has_float_format(context: GuessContext) -> bool:
    """Whether any string constant of the file reads a double as a format."""
    for sym in context.src.data_symbols.values():
        if sym.section.startswith(".rodata") and b"%" in sym.data:
            try:
                if "double" in argument_kinds(c_string(sym.data)):
                    return True
            except UnsupportedError:
                return True
    return False


def variadic_moves(callee: str, formats: SymbolAddresses, block_index: int, position: int,
                   context: GuessContext, out: Emitter) -> None:
    """Before a call to a printf-family function: move the variadic doubles
    from integer to d registers and close up the integer arguments."""
    fixed = tables()["variadic_printf"].get(callee)
    if fixed is None:
        return
    symbol = formats.after(block_index, position).get(_arch(_ARGUMENTS[fixed - 1]))
    data = context.src.data_symbols.get(symbol) if symbol else None
    if data is None:
        if not _has_float_format(context):
            return  # no format in the file reads a double, so none is passed
        raise Unsupported(f"call to {callee} with a format that is not a known constant")
    try:
        kinds = argument_kinds(c_string(data.data))
    except UnsupportedError as err:
        raise Unsupported(f"{callee} format {symbol}: {err.construct}") from None
    if "double" not in kinds:
        return
    if fixed + len(kinds) > len(_ARGUMENTS):
        raise Unsupported(f"{callee} with variadic doubles passed on the stack")
    doubles = 0
    moves = []
    next_int = fixed
    for position, kind in enumerate(kinds, start=fixed):
        if kind == "double":
            out.emit("fmov", Reg(f"d{doubles}"), Reg(f"x{position}"))
            doubles += 1
        else:
            if next_int != position:
                moves.append((next_int, position))
            next_int += 1
    for dest, source in moves:  # ascending: each source lies at or above its destination
        out.emit("mov", Reg(f"x{dest}"), Reg(f"x{source}"))


def live_across_library_calls(function: Function, context: GuessContext) -> set[str]:
    """RISC-V registers (architectural names) live after some call into the
    C library; all of them when liveness cannot be computed."""
    try:
        liveness = function_liveness("riscv", function.blocks)
    except (UnsupportedCode, *SEMANTICS_ERRORS):
        return {f"x{i}" for i in range(32)}
    live: set[str] = set()
    for block in function.blocks:
        last = block.instructions[-1] if block.instructions else None
        if last is not None and last.opcode in ("call", "tail") and isinstance(last.operands[-1], SymRef):
            if is_library(callee_name(last.operands[-1]), context):
                live |= liveness[block.label].live_out
        elif last is not None and last.opcode == "jalr":
            live |= liveness[block.label].live_out  # through a pointer: may be a library function
    return live


# ------------------------------------------------------------ int results

def _result_extension(name: str, context: GuessContext) -> str | None:
    """The AArch64 instruction that gives a used result of the program's own
    function `name` its LP64D form (AAPCS64 leaves the bits above the C
    type unspecified), from its DWARF signature; None when it needs none."""
    from ..verify.abi_values import as_return, narrow_integer

    signature = context.signatures.get(name)
    returns = as_return(signature.returns) if signature is not None else None
    if not narrow_integer(returns):
        return None
    if returns.bits == 32:
        return "sxtw"
    return ("sxt" if returns.signed else "uxt") + ("b" if returns.bits == 8 else "h")


def int_result_fixes(function: Function, context: GuessContext) -> dict[int, tuple[tuple, str]]:
    """Block index -> (the loc of the call before it, the extension to
    emit), for blocks entered after a call returning an int narrower than
    64 bits whose result is used: library functions of the table, and the
    program's own where its DWARF gives the type. Raises Unsupported for a
    library function of unknown result type whose result is used, or when
    such a block has other predecessors."""
    fixes: dict[int, tuple[tuple, str]] = {}
    blocks = function.blocks
    for instr in function.instructions:  # its calls through a pointer would get no sxtw
        target = instr.operands[-1] if instr.opcode in ("lla", "la") else None
        if isinstance(target, SymRef) and is_library(target.name, context) and library_int_result(target.name):
            raise Unsupported(f"the address of {target.name}, an int-result library function, is taken")
    for index, block in enumerate(blocks[:-1]):
        last = block.instructions[-1] if block.instructions else None
        if last is None or last.opcode != "call" or not isinstance(last.operands[-1], SymRef):
            continue
        name = callee_name(last.operands[-1])
        library = is_library(name, context)
        extension = "sxtw" if library else _result_extension(name, context)
        if (library and library_int_result(name) is False) or extension is None:
            continue  # 64-bit, pointer, floating-point or no result: nothing to fix
        following = blocks[index + 1]
        if not _result_used(blocks, index + 1):
            continue
        if library and library_int_result(name) is None:
            raise Unsupported(f"call to {name}: its result type is unknown (add its prototype to "
                              f"transpiler/verify/data/libc_signatures.toml)")
        if any(following.label in b.successors for i, b in enumerate(blocks) if i != index):
            if not is_library(name, context):
                continue  # the callee is translated too: its result arrives in RISC-V's form anyway
            raise Unsupported(f"the int result of {name} flows into a block with other predecessors")
        fixes[index + 1] = (last.loc, extension)
    return fixes


# What reads only the low 32 bits of a register it does not write: an int
# argument used only by these needs no extension at entry.
_LOW32_READERS = frozenset("sw addw addiw subw mulw divw divuw remw remuw sllw srlw sraw slliw srliw sraiw "
                           "sext.w".split())


def parameter_extensions(function: Function, context: GuessContext) -> list[tuple[str, int]]:
    """(extension, argument index) for the function's own integer
    parameters narrower than 64 bits that its code reads whole: AAPCS64
    leaves their upper bits unspecified where the RISC-V code relies on
    LP64D's extension (a 64-bit `bgt a0,a5` on `int argc`). From the
    function's DWARF signature; none without one."""
    from ..verify.abi_values import as_argument, narrow_integer, register_class

    signature = context.signatures.get(function.name)
    if signature is None:
        return []
    ints = [as_argument(p) for p in signature.params]
    ints = [p for p in ints if p is not None and register_class(p) == "int"]
    out = []
    for index, ctype in enumerate(ints[:8]):
        if not narrow_integer(ctype):
            continue
        safe = _LOW32_READERS if ctype.bits == 32 else frozenset({"sb", "sh"} if ctype.bits == 16 else {"sb"})
        if _read_whole(function.blocks, _arch(f"a{index}"), safe):
            width = {8: "b", 16: "h", 32: "w"}[ctype.bits]
            out.append((("sxt" if ctype.signed or ctype.bits == 32 else "uxt") + width, index))
    return out


def _read_whole(blocks, arch: str, safe: frozenset[str]) -> bool:
    """Whether some path from the entry reads register `arch`, or a copy of
    it (`mv a5,a0` at -O0), with an instruction not in `safe` before it is
    overwritten (conservative: calls and returns read it)."""
    seen: set[tuple[str, frozenset[str]]] = set()
    pending = [(blocks[0], frozenset({arch}))]
    by_label = {b.label: b for b in blocks}
    while pending:
        block, holders = pending.pop()
        if (block.label, holders) in seen:
            continue
        seen.add((block.label, holders))
        for instr in block.instructions:
            if instr.opcode in _PASSES_A0:
                return True
            copied = instr.opcode == "mv" and any(_is_reg(instr.operands[1], r) for r in holders)
            if not copied and instr.opcode not in safe and any(_reads(instr, r) for r in holders):
                return True
            written = {r for r in holders if _writes(instr, r)}
            holders = holders - written
            if copied:
                holders |= {_arch(instr.operands[0].name)}
            if not holders:
                break
        else:
            pending += [(by_label[s], holders) for s in block.successors if s in by_label]
    return False


def result_ignored(name: str, context: GuessContext) -> bool:
    """Whether nothing reads the a0 that function `name` returns: no direct
    call's result is used, it is not itself tail-called, and if its address
    is taken, no translated code calls through a pointer (then only the C
    library calls it, and AAPCS64 code reads an int result as w0)."""
    address_taken = indirect_calls = False
    for function in context.src.functions.values():
        blocks = function.blocks
        for index, block in enumerate(blocks):
            for instr in block.instructions:
                target = instr.operands[-1] if instr.operands else None
                names_it = isinstance(target, SymRef) and callee_name(target) == name
                if instr.opcode == "jalr":
                    indirect_calls = True
                elif instr.opcode in ("lla", "la") and names_it:
                    address_taken = True
                elif instr.opcode == "tail" and names_it:
                    return False
                elif instr.opcode == "call" and names_it and index + 1 < len(blocks) \
                        and _result_used(blocks, index + 1):
                    return False
    for sym in context.src.data_symbols.values():
        if any(name in str(r.value) for r in sym.relocations):
            address_taken = True
    return not (address_taken and indirect_calls)


def _result_used(blocks, start: int) -> bool:
    """Whether a0 may be read before it is written from block `start` on
    (following successors; conservative: unknown instructions read it)."""
    seen: set[str] = set()
    pending = [blocks[start]]
    by_label = {b.label: b for b in blocks}
    a0 = _arch("a0")
    while pending:
        block = pending.pop()
        if block.label in seen:
            continue
        seen.add(block.label)
        overwritten = False
        for instr in block.instructions:
            if _reads(instr, a0) or instr.opcode in _PASSES_A0:
                return True
            if _writes(instr, a0):
                overwritten = True
                break
        if not overwritten:
            pending += [by_label[s] for s in block.successors if s in by_label]
    return False


# calls may take a0 as an argument, returns give it back
_PASSES_A0 = frozenset({"call", "jal", "jalr", "ret", "jr", "tail"})


def _reads(instr: Instruction, arch: str) -> bool:
    ops = instr.operands
    sources = ops if instr.opcode in _NO_DEST else ops[1:]
    for op in sources:
        base = getattr(op, "base", None)
        if isinstance(op, Reg) and _is_reg(op, arch) or isinstance(base, Reg) and _is_reg(base, arch):
            return True
    return False
