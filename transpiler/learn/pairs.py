"""ARM/RISC-V pairs from one C program: compile for both ISAs with `-g`
(cached), parse, pair functions by name and blocks through `.loc` lines, and
render each pair as normalised text; then split by program and de-duplicate.

A record holds one pair, both directions readable from it:

    {"program", "source", "function", "level": "block" | "function", "opt": "O0" | "O1",
     "src_isa": "arm", "dst_isa": "riscv", "src", "dst", "src_lines", "dst_lines",
     "how", "src_block", "dst_block"}

`src`/`dst` hold one instruction a line as `format_instruction` prints it
(function-level text also has `label:` lines); `*_lines` give the C line of
each text line (null for labels). Normalisation beyond the printer: gcc
numbers local labels per file, differently on each target, so labels are
renamed per function: source block i is `.L<i>`, the target block paired
with it gets the same name, unpaired target blocks `.LU<n>`, and local data
labels (`.LC7`, jump tables, `.LANCHOR0`) are renumbered by first use
(`.LC0`, `.LT0`, `.LANCHOR0`). `canonical_labels` is public so that a
guesser renames a source function at inference exactly as training did.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError

from ..asm.blocks import Function
from ..asm.model import Block, Instruction, Mem, SymRef, map_operands
from ..asm.parser import parse_asm
from ..asm.printer import format_instruction
from ..toolchain import toolchain
from ..verify.pairing import BlockPair, pair_blocks, pair_functions
from .sources import Program

SRC_ISA, DST_ISA = "arm", "riscv"
OPT_LEVELS = ("O0", "O1")
SPLITS = ("train", "validation", "test")
COMPILE_TIMEOUT_S = 120


@cache
def compiler_version(isa: str) -> str:
    gcc = toolchain(isa).tool("gcc")
    return subprocess.run([gcc, "-dumpfullversion"], capture_output=True, text=True).stdout.strip()


def compile_asm(program: Program, isa: str, opt: str, cache_dir: Path) -> str:
    """`gcc -S -g -<opt>` of the program for `isa`; the result is cached under
    `cache_dir` by a hash of the source, flags and compiler version. A
    program that does not compile raises GuaccError."""
    key = hashlib.sha256("\0".join([program.text, *program.flags, isa, opt, compiler_version(isa)]).encode())
    path = cache_dir / key.hexdigest()[:2] / f"{key.hexdigest()[:24]}.{isa}.{opt}.s"
    if path.exists():
        return path.read_text()
    gcc = toolchain(isa).tool("gcc")
    with tempfile.TemporaryDirectory(prefix="guacc-corpus-") as tmp:
        c_file = Path(tmp) / f"{program.name}.c"
        c_file.write_text(program.text)
        # -w: csmith and the templates are compile-only data; relative paths
        # and the prefix map keep the temporary directory out of the output
        argv = [gcc, "-S", "-g", f"-{opt}", "-w", *program.flags, f"-fdebug-prefix-map={tmp}=.",
                c_file.name, "-o", "out.s"]
        try:
            done = subprocess.run(argv, cwd=tmp, capture_output=True, text=True, timeout=COMPILE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise GuaccError(f"{program.name}: {isa} gcc -{opt} timed out") from None
        if done.returncode != 0:
            raise GuaccError(f"{program.name}: {isa} gcc -{opt} failed: {done.stderr.strip()[:300]}")
        text = (Path(tmp) / "out.s").read_text()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return text


_SECTION = re.compile(r"^\s*\.(section|text|data|bss|pushsection|popsection|previous)\b\s*([^\s,]*)")
# lines that never change a block or its instructions: call-frame info,
# alignment, and the labels only DWARF refers to
_NOISE = re.compile(r"\s*(\.cfi_\w+|\.p2align|\.balign|\.align)\b|\.L(VL|VU|VUS|BB|BE|BI|FB|FE)\d+:\s*$")


def code_only(text: str, skip_functions: frozenset[str] = frozenset()) -> str:
    """The assembly without DWARF sections and other lines that never change
    a block, and without the bodies of `skip_functions` (from `.type
    f,%function` to `.size f`): the parser's time goes to what becomes
    data (lark parses some 3,000 lines a second). `.loc` lines stay."""
    out = []
    in_debug = False
    skipping = None
    for line in text.splitlines():
        section = _SECTION.match(line)
        if section:
            in_debug = section.group(1) == "section" and section.group(2).startswith(".debug")
        if in_debug or _NOISE.match(line):
            continue
        if skipping is None and skip_functions:
            typed = re.match(r"\s*\.type\s+(\w+),\s*[%@]function", line)
            if typed and typed.group(1) in skip_functions:
                skipping = typed.group(1)
        if skipping is not None:
            if re.match(rf"\s*\.size\s+{re.escape(skipping)},", line):
                skipping = None
            continue
        out.append(line)
    return "\n".join(out) + "\n"


_LOCAL = re.compile(r"^\.L([A-Za-z_]*?)(\d+)$")


def canonical_labels(function: Function, paired: dict[str, str] | None = None) -> dict[str, str]:
    """New names for the local symbols `function` refers to.

    A source function (`paired` None) names block i `.L<i>`, so a guesser
    can rename a function it has never seen exactly as training did. A
    target function takes the names in `paired` (its block label -> the
    source block's name) and calls its other blocks `.LU<n>`. Local data
    labels are renumbered per kind in order of first use (`.LC7` -> `.LC0`,
    a jump table `.L4` -> `.LT0`)."""
    names: dict[str, str] = {}
    unpaired = 0
    for index, block in enumerate(function.blocks[1:], start=1):
        if paired is None:
            names[block.label] = f".L{index}"
        elif block.label in paired:
            names[block.label] = paired[block.label]
        elif block.label not in function.synthetic:  # made-up labels are never referred to
            names[block.label] = f".LU{unpaired}"
            unpaired += 1
    for alias, block_label in function.labels.items():
        if block_label in names:
            names.setdefault(alias, names[block_label])
    counts: dict[str, int] = {}
    for instr in function.instructions:
        for sym in _symbols(instr):
            if sym.name in names or sym.name in function.labels:
                continue
            match = _LOCAL.match(sym.name)
            if match:
                kind = match.group(1) or "T"
                names[sym.name] = f".L{kind}{counts.get(kind, 0)}"
                counts[kind] = counts.get(kind, 0) + 1
    return names


def _symbols(instr: Instruction):
    for op in instr.operands:
        if isinstance(op, SymRef):
            yield op
        elif isinstance(op, Mem) and isinstance(op.offset, SymRef):
            yield op.offset


def rename(instr: Instruction, names: dict[str, str]) -> Instruction:
    return map_operands(instr, SymRef, lambda s: dataclasses.replace(s, name=names[s.name]) if s.name in names else s)


def block_text(block: Block, isa: str, names: dict[str, str]) -> tuple[list[str], list[int | None]]:
    lines = [format_instruction(rename(i, names), isa) for i in block.instructions]
    return lines, [i.loc[1] if i.loc else None for i in block.instructions]


def function_text(function: Function, isa: str, names: dict[str, str]) -> tuple[list[str], list[int | None]]:
    """The function's blocks in order; a block with a real label is preceded
    by `label:` (the entry and blocks made up after calls are not)."""
    text: list[str] = []
    lines: list[int | None] = []
    for block in function.blocks:
        if block is not function.blocks[0] and block.label not in function.synthetic:
            text.append(f"{names.get(block.label, block.label)}:")
            lines.append(None)
        body, body_lines = block_text(block, isa, names)
        text += body
        lines += body_lines
    return text, lines


def _trustworthy(pair: BlockPair, src_lines: list, dst_lines: list) -> bool:
    """Entry blocks and blocks with the same C lines pair for sure; a pair by
    position in a mismatched run must share at least one C line."""
    return pair.how in ("entry", "loc") or bool({n for n in src_lines if n} & {n for n in dst_lines if n})


def function_records(program: Program, opt: str, name: str, src: Function, dst: Function) -> list[dict]:
    pairs = pair_blocks(src.blocks, dst.blocks)
    src_index = {b.label: i for i, b in enumerate(src.blocks)}
    pairs.sort(key=lambda p: src_index[p.src])
    src_names = canonical_labels(src)
    dst_names = canonical_labels(dst, {p.dst: src_names[p.src] for p in pairs if p.how != "entry"})
    base = {"program": program.name, "source": program.source, "function": name, "opt": opt,
            "src_isa": SRC_ISA, "dst_isa": DST_ISA}
    src_text, src_lines = function_text(src, SRC_ISA, src_names)
    dst_text, dst_lines = function_text(dst, DST_ISA, dst_names)
    records = [dict(base, level="function", src="\n".join(src_text), dst="\n".join(dst_text), src_lines=src_lines,
                    dst_lines=dst_lines, how="name", src_block=name, dst_block=name)]
    for pair in pairs:
        s_block, d_block = src.block(pair.src), dst.block(pair.dst)
        if not s_block.instructions or not d_block.instructions:
            continue
        s_text, s_lines = block_text(s_block, SRC_ISA, src_names)
        d_text, d_lines = block_text(d_block, DST_ISA, dst_names)
        if not _trustworthy(pair, s_lines, d_lines):
            continue
        records.append(dict(base, level="block", src="\n".join(s_text), dst="\n".join(d_text), src_lines=s_lines,
                            dst_lines=d_lines, how=pair.how, src_block=pair.src, dst_block=pair.dst))
    return records


def program_records(program: Program, cache_dir: Path, opts=OPT_LEVELS) -> list[dict]:
    """Every function- and block-level pair of one program at each -O level.
    Raises GuaccError when the program does not compile or parse."""
    records = []
    for opt in opts:
        files = {}
        for isa in (SRC_ISA, DST_ISA):
            text = code_only(compile_asm(program, isa, opt, cache_dir), program.skip_functions)
            files[isa] = parse_asm(text, isa, f"{program.name}.{isa}.{opt}.s")
        src, dst = files[SRC_ISA], files[DST_ISA]
        for name, _ in pair_functions(list(src.functions), list(dst.functions)):
            if name not in program.skip_functions:
                records += function_records(program, opt, name, src.functions[name], dst.functions[name])
    return records


def split_of(program: str, seed: int, fractions: tuple[float, float, float] = (0.9, 0.05, 0.05)) -> str:
    """The split of a whole program, from a seeded hash of its name: stable
    whatever else is in the corpus."""
    digest = hashlib.sha256(f"{seed}:{program}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    bound = 0.0
    for split, fraction in zip(SPLITS, fractions):
        bound += fraction
        if point < bound:
            return split
    return SPLITS[-1]


def dedup_key(record: dict) -> tuple[str, str, str]:
    return record["level"], record["src"], record["dst"]


def deduplicate(records: list[dict]) -> tuple[list[dict], int]:
    """Keep the first record of each (level, src, dst) text, visiting train
    before validation before test, so that no evaluation pair repeats a
    training pair. Returns the kept records and how many were dropped."""
    order = {split: i for i, split in enumerate(SPLITS)}
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for record in sorted(records, key=lambda r: order[r["split"]]):  # stable: program order within a split
        key = dedup_key(record)
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept, len(records) - len(kept)
