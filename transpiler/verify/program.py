"""Check a whole translation: pair functions by name and blocks through
`.loc` (or labels), infer each function's correspondence, verify every block
pair. What `transpile verify` and the oracle tests run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from guacc.transpiler.asm.jump_tables import jump_tables

from .correspondence import FunctionCorrespondence, infer_correspondence
from .dwarf import Signature, signatures
from .equivalence import DEFAULT_TIMEOUT_S, BlockVerdict, check_blocks
from .literals import pair_literals
from .pairing import BlockPair, pair_blocks, pair_functions
from .trace import UnsupportedCode


@dataclass
class FunctionResult:
    name: str
    pairs: list[BlockPair]
    verdicts: list[BlockVerdict] = field(default_factory=list)
    unpaired_src: list[str] = field(default_factory=list)
    unpaired_dst: list[str] = field(default_factory=list)
    correspondence: FunctionCorrespondence | None = None
    error: str = ""  # why no block of the function could be checked

    @property
    def verified(self) -> bool:
        return (not self.error and not self.unpaired_src and not self.unpaired_dst
                and all(v.verified for v in self.verdicts))


@dataclass
class ProgramResult:
    functions: list[FunctionResult]
    missing_functions: list[str] = field(default_factory=list)  # in the source, not in the target

    @property
    def verdicts(self) -> list[BlockVerdict]:
        return [v for f in self.functions for v in f.verdicts]

    @property
    def verified(self) -> bool:
        return not self.missing_functions and all(f.verified for f in self.functions)

    def counts(self) -> dict[str, int]:
        out = {"verified": 0, "failed": 0, "timeout": 0, "unsupported": 0}
        for v in self.verdicts:
            out[v.status] += 1
        return out


READONLY_SECTIONS = (".rodata", ".srodata")
MAX_CONSTANT_BYTES = 256


def readonly_constants(asm) -> dict[str, bytes]:
    """Bytes of the read-only data objects without relocations (string
    literals, constant pools): loads from them have known results."""
    out = {}
    for name, sym in getattr(asm, "data_symbols", {}).items():
        if sym.section.startswith(READONLY_SECTIONS) and not sym.relocations and len(sym.data) <= MAX_CONSTANT_BYTES:
            out[name] = bytes(sym.data)
    return out


def correspond_function(name, src_isa, src_fn, dst_isa, dst_fn, src_constants=None, dst_constants=None,
                        pairs: list[BlockPair] | None = None,
                        signatures: dict[str, Signature] | None = None,
                        register_hints: list[tuple[str, str]] = (),
                        src_tables: dict | None = None, dst_tables: dict | None = None) -> FunctionResult:
    """Pair the blocks of one function (unless `pairs` are given: a
    translator knows them) and infer its correspondence. `signatures`: the
    C signatures of the functions (`program_signatures`); without them
    narrow parameters and return values are judged by register widths.
    `register_hints`: (source, target) registers a translator keeps one
    value in (see `infer_correspondence`)."""
    pairs = pair_blocks(src_fn.blocks, dst_fn.blocks) if pairs is None else pairs
    result = FunctionResult(name, pairs)
    paired_src, paired_dst = {p.src for p in pairs}, {p.dst for p in pairs}
    result.unpaired_src = [b.label for b in src_fn.blocks if b.label not in paired_src]
    result.unpaired_dst = [b.label for b in dst_fn.blocks if b.label not in paired_dst]
    try:
        result.correspondence = infer_correspondence(
            name, src_isa, src_fn.blocks, dst_isa, dst_fn.blocks, pairs,
            getattr(src_fn, "labels", None), getattr(dst_fn, "labels", None), signatures, register_hints)
    except UnsupportedCode as err:
        result.error = str(err)
        return result
    result.correspondence.src_constants = dict(src_constants or {})
    result.correspondence.dst_constants = dict(dst_constants or {})
    result.correspondence.dst_renames = pair_literals(result.correspondence.src_constants,
                                                      result.correspondence.dst_constants)
    result.correspondence.src_tables = {n: t for n, t in (src_tables or {}).items() if t.function == getattr(src_fn, 'name', name)}
    result.correspondence.dst_tables = {n: t for n, t in (dst_tables or {}).items() if t.function == getattr(dst_fn, 'name', name)}
    return result


def program_signatures(src_asm, dst_asm) -> dict[str, Signature]:
    """C signatures from the debug information of either file (the
    source's where both describe a function)."""
    return signatures(dst_asm) | signatures(src_asm)


def verify_program(src_asm, dst_asm, timeout_s: float = DEFAULT_TIMEOUT_S,
                   progress: Callable[[str], None] | None = None) -> ProgramResult:
    """Verify every paired block of `dst_asm` (an AsmFile) against `src_asm`."""
    names = pair_functions(list(src_asm.functions), list(dst_asm.functions))
    out = ProgramResult([], [n for n in src_asm.functions if n not in dst_asm.functions])
    src_constants, dst_constants = readonly_constants(src_asm), readonly_constants(dst_asm)
    src_tables, dst_tables = jump_tables(src_asm), jump_tables(dst_asm)
    sigs = program_signatures(src_asm, dst_asm)
    for name, dst_name in names:
        src_fn, dst_fn = src_asm.functions[name], dst_asm.functions[dst_name]
        result = correspond_function(name, src_asm.isa, src_fn, dst_asm.isa, dst_fn, src_constants, dst_constants,
                                     signatures=sigs, src_tables=src_tables, dst_tables=dst_tables)
        out.functions.append(result)
        if result.error:
            result.verdicts = [BlockVerdict("unsupported", p.src, p.dst, result.error) for p in result.pairs]
            continue
        for pair in result.pairs:
            verdict = check_blocks(src_fn.block(pair.src), src_asm.isa, dst_fn.block(pair.dst), dst_asm.isa,
                                   result.correspondence, timeout_s=timeout_s)
            result.verdicts.append(verdict)
            if progress is not None:
                progress(f"{name}:{pair.src}")
    return out
