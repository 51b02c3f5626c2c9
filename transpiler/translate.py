"""Whole-file translation: a guesser proposes each block, Z3 proves it, the
sketch solver fills the holes the guesser left, qemu runs the result.

The output keeps the source's block structure (block i of a target function
has the label and successors of source block i), its data sections (with the
directive spellings of the target assembler) and its `.loc` line
information. Debug sections and CFI are dropped: the assembler rebuilds the
line table from `.loc`, and the frames differ anyway.

What the report says about a block always comes from checking the exact text
written: the chosen blocks are printed, parsed back and verified again.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from guacc.compiler.diagnostics import GuaccError, UnsupportedError

from .asm.asmfile import LLVM_ONLY, AsmFile, _SectionTracker, for_gnu_as, print_asm
from .asm.blocks import Function
from .asm.control import FLOW
from .asm.data import DATA_SIZES
from .asm.items import Directive, Label
from .asm.jump_tables import jump_tables, retargeted_tables, table_items, target_tables
from .asm.model import Block, Imm, Instruction, Reg
from .asm.parser import parse_asm
from .guess import BlockGuess, FunctionGuess, Guesser, GuessContext, guessed_values, load_guesser
from .verify.equivalence import DEFAULT_TIMEOUT_S, BlockVerdict, check_blocks
from .verify.pairing import BlockPair
from .verify.program import FunctionResult, ProgramResult, correspond_function, readonly_constants
from .verify.sketch import solve_sketch

# Directive spellings that differ between the two assemblers (everything else
# in gcc's data sections reads the same to both).
_DATA_SPELLING = {("arm", "riscv"): {".xword": ".dword", ".hword": ".half"},
                  ("riscv", "arm"): {".dword": ".xword", ".half": ".hword"}}
# Dropped: ISA headers, unwind tables, and what the new line table replaces.
_DROPPED = (".cfi_", ".arch", ".attribute", ".option", ".variant_pcs", ".loc") + LLVM_ONLY


@dataclass
class BlockChoice:
    guess: BlockGuess | None  # None: the guesser had nothing, the block is a placeholder
    how: str = "guessed"  # 'guessed' | 'repaired' | 'failed'
    verdict: BlockVerdict | None = None


@dataclass
class TranslationOutcome:
    src: AsmFile
    dst: AsmFile
    text: str
    report: dict
    result: ProgramResult
    how: dict[tuple[str, str], str] = field(default_factory=dict)

    def run_test(self, args=(), stdin_path: str | None = None) -> dict:
        """Build source and translation, run both under qemu with `args` and
        the bytes of `stdin_path`, and say whether stdout and exit status agree."""
        from .qemu import compare_programs

        stdin = Path(stdin_path).read_bytes() if stdin_path else b""
        with tempfile.TemporaryDirectory(prefix="guacc-transpile-") as tmp:
            src_path, dst_path = Path(tmp) / "src.s", Path(tmp) / "dst.s"
            src_path.write_text(print_asm(for_gnu_as(self.src)))
            dst_path.write_text(self.text)
            try:
                cmp = compare_programs(src_path, self.src.isa, dst_path, self.dst.isa, list(args), stdin)
            except GuaccError as err:  # one line, naming the input, not the scratch copy
                first = next((line for line in err.message.splitlines() if "Error" in line or "error" in line),
                             err.message.splitlines()[0])
                first = first.replace(str(src_path), "source").replace(str(dst_path), "translation")
                raise GuaccError(f"cannot build and run under qemu: {first.strip()}",
                                 file=self.src.filename) from None
        return {"args": list(args), "same": cmp.same, "detail": cmp.describe(),
                "src_exit": cmp.src.returncode, "dst_exit": cmp.dst.returncode}


def translate_file(src: AsmFile, dst_isa: str, guesser: Guesser | str = "rules",
                   timeout_s: float = DEFAULT_TIMEOUT_S,
                   progress: Callable[[str], None] | None = None) -> TranslationOutcome:
    """Translate every function of `src` to `dst_isa` and verify each block."""
    if isinstance(guesser, str):
        guesser = load_guesser(guesser, src.isa, dst_isa)
    context = GuessContext(src, dst_isa)
    # the data sections are copied, so both sides read the same constants
    consts = readonly_constants(src)
    # C signatures from the source's DWARF (the output carries none of its
    # own): parameters and results compared on their type's bits
    signatures = context.signatures
    chosen: dict[str, _Choices] = {}
    errors: dict[str, str] = {}
    for name, function in src.functions.items():
        guess = guesser.guess_function(function, context)
        if guess.error:
            errors[name] = guess.error
        chosen[name] = _choose_blocks(function, guess, src, dst_isa, consts, signatures, timeout_s, progress)
    text = render(src, dst_isa, {name: c.blocks for name, c in chosen.items()})
    dst = parse_asm(text, dst_isa, filename="<translation>")
    result = _verify(src, dst, chosen, errors, consts, signatures, timeout_s)
    how = {(name, src.functions[name].blocks[i].label): c.how
           for name, cs in chosen.items() for i, c in enumerate(cs.blocks)}
    from .report import program_report

    report = program_report(src.isa, dst_isa, src.filename, "<output>", result, how)
    report["guesser"] = guesser.name
    return TranslationOutcome(src, dst, text, report, result, how)


# -- choosing a candidate per block ------------------------------------------

def _first_printable(candidates: list[BlockGuess]) -> BlockGuess | None:
    """The best candidate, its holes set to the guesser's own values (or 0):
    the text to infer the function's correspondence from before the solver
    fills them (the guesser's best text, not a worse candidate that happens
    to be sure of every token)."""
    if not candidates:
        return None
    best = candidates[0]
    return BlockGuess(guessed_values(best.instructions), best.score, best.origin) if best.has_holes else best


@dataclass
class _Choices:
    blocks: list[BlockChoice]
    draft: FunctionResult | None = None  # the last draft's check, reusable when nothing changed since
    changed: bool = False  # some block's text is not the last draft's
    register_pairs: list[tuple[str, str]] = field(default_factory=list)  # the guesser's hint


# The correspondence (slot map, register pairs) is read from a draft of the
# whole function, so a block filled by the solver can change it: the chosen
# text becomes the next draft, at most this many times.
ROUNDS = 3


def _choose_blocks(function: Function, guess: FunctionGuess, src: AsmFile, dst_isa: str,
                   consts: dict, signatures: dict, timeout_s: float, progress) -> _Choices:
    """Per block, the first candidate Z3 proves (as is, or with its holes
    filled by the sketch solver); the best one when none is. Each round
    drafts the function from the current choices and proves every block
    against that draft's correspondence; a later round re-checks the proven
    blocks as chosen and gives the others all their candidates again."""
    candidates = list(guess.candidates) + [[]] * (len(function.blocks) - len(guess.candidates))
    candidates = [[c for c in cands if _keeps_shape(c.instructions, function, i, dst_isa)]
                  for i, cands in enumerate(candidates)]
    out = _Choices([BlockChoice(_first_printable(c), "failed") for c in candidates],
                   register_pairs=list(guess.register_pairs))
    if guess.error or out.blocks[0].guess is None:
        _tick(progress, function.blocks)
        return out
    ticked, seen = False, None
    for round_ in range(ROUNDS):
        draft = _parse_function(src, function.name, dst_isa, out.blocks)
        if len(draft.blocks) != len(function.blocks):
            break
        result = correspond_function(function.name, src.isa, function, dst_isa, draft, consts, consts,
                                     _index_pairs(function, draft), signatures=signatures,
                                     register_hints=out.register_pairs, src_tables=jump_tables(src),
                                     dst_tables=target_tables(src, dst_isa))
        out.draft, out.changed = result, False
        if result.error:
            break
        # a failed block's candidates were all tried against this same map already
        same_map, seen = _map_key(result.correspondence) == seen, _map_key(result.correspondence)
        for i, block in enumerate(function.blocks):
            current = out.blocks[i]
            if current.guess is None:  # nothing to prove: the placeholder stays
                result.verdicts.append(BlockVerdict("failed", block.label, draft.blocks[i].label,
                                                    "the guesser has no candidate for this block"))
                if not ticked:
                    _tick(progress, [block])
                continue
            if same_map and current.how == "failed":
                result.verdicts.append(current.verdict)
                continue
            pool = [current.guess] if round_ and current.how != "failed" else candidates[i]
            choice = _prove_one(block, src.isa, draft.blocks[i], dst_isa, pool, current, result, timeout_s)
            if pool is not candidates[i]:
                if choice.how == "failed":
                    choice = _prove_one(block, src.isa, draft.blocks[i], dst_isa, candidates[i], current, result,
                                        timeout_s)
                elif choice.guess.instructions == current.guess.instructions:
                    choice.how = current.how  # proven again as chosen: still repaired if the solver filled it
            out.changed |= choice.guess.instructions != current.guess.instructions
            out.blocks[i] = choice
            result.verdicts.append(choice.verdict)
            if not ticked:
                _tick(progress, [block])
        ticked = True
        if not out.changed:
            break
    if not ticked:
        _tick(progress, function.blocks)
    return out


def _map_key(corr) -> tuple:
    """What a block's proof depends on in a correspondence: slots, register
    pairs at the boundaries, the target frame."""
    return corr.slots, corr.boundaries, corr.dst.frame, corr.callee_saved_pairs


def _keeps_shape(instrs: list[Instruction], function: Function, index: int, isa: str) -> bool:
    """A candidate fits its place in the function's block structure: it
    ends no block before its last instruction, and ends one where the next
    block has no label of its own (after a call) to start it."""
    if not instrs:
        return False
    flow = FLOW[isa]
    if any(flow(i).ends_block for i in instrs[:-1]):
        return False
    following = function.blocks[index + 1].label if index + 1 < len(function.blocks) else None
    return following not in function.synthetic or flow(instrs[-1]).ends_block


def _tick(progress, blocks) -> None:
    if progress is not None:
        for b in blocks:
            progress(b.label)


def _prove_one(src_block: Block, src_isa: str, draft_block: Block, dst_isa: str,
               candidates: list[BlockGuess], first: BlockChoice, result: FunctionResult,
               timeout_s: float) -> BlockChoice:
    failure = None
    for cand in candidates:
        block = dataclasses.replace(draft_block, instructions=list(cand.instructions))
        if cand.has_holes:
            # the guesser's own values first: a sure check is cheaper than a search
            guessed = dataclasses.replace(block, instructions=guessed_values(cand.instructions))
            verdict = check_blocks(src_block, src_isa, guessed, dst_isa, result.correspondence, timeout_s=timeout_s)
            if verdict.verified:
                return BlockChoice(BlockGuess(guessed.instructions, cand.score, cand.origin), "guessed", verdict)
            sketch = solve_sketch(src_block, src_isa, block, dst_isa, result.correspondence, timeout_s=timeout_s)
            if sketch.status == "solved":
                return BlockChoice(BlockGuess(sketch.block.instructions, cand.score, cand.origin), "repaired",
                                   sketch.verdict)
            verdict = sketch.verdict or BlockVerdict(
                "timeout" if sketch.status == "timeout" else "failed", src_block.label, draft_block.label,
                f"sketch {sketch.status}: {sketch.reason}")
        else:
            verdict = check_blocks(src_block, src_isa, block, dst_isa, result.correspondence, timeout_s=timeout_s)
            if verdict.verified:
                return BlockChoice(cand, "guessed", verdict) if cand is not first.guess else \
                    BlockChoice(first.guess, "guessed", verdict)
        failure = failure or verdict
    return BlockChoice(first.guess, "failed", failure)


def _index_pairs(src_fn: Function, dst_fn: Function) -> list[BlockPair]:
    return [BlockPair(s.label, d.label, "entry" if i == 0 else "label")
            for i, (s, d) in enumerate(zip(src_fn.blocks, dst_fn.blocks))]


def _parse_function(src: AsmFile, name: str, dst_isa: str, choices: list[BlockChoice]) -> Function:
    """One translated function as the target parser splits it (with its
    jump tables, which say where its indirect jumps go)."""
    items = [Directive(".text"), Directive(".type", f"{name}, {_type_marker(dst_isa)}function"), Label(name)]
    items += _body(src.functions[name], choices, dst_isa)
    tables = [t for t in target_tables(src, dst_isa).values() if t.function == name]
    if tables:
        items.append(Directive(".section", ".rodata"))
        items += [item for t in tables for item in table_items(t, Label(t.name))]
        items.append(Directive(".text"))
    return parse_asm(print_asm(AsmFile(dst_isa, "<draft>", items)), dst_isa).functions[name]


# -- verification of the final text -------------------------------------------

def _verify(src: AsmFile, dst: AsmFile, chosen: dict[str, _Choices], errors: dict[str, str],
            consts: dict, signatures: dict, timeout_s: float) -> ProgramResult:
    """Check the blocks as written (unless the text of a function is the
    draft already checked)."""
    out = ProgramResult([])
    src_tables, dst_tables = jump_tables(src), jump_tables(dst)
    # a draft was checked against the tables the translation was to have
    same_tables = dst_tables == target_tables(src, dst.isa)
    for name, function in src.functions.items():
        dst_fn = dst.functions.get(name)
        if dst_fn is None and not errors.get(name):
            out.missing_functions.append(name)
            continue
        choices = chosen[name]
        if errors.get(name):
            result = FunctionResult(name, [BlockPair(b.label, b.label, "label") for b in function.blocks])
            result.verdicts = [BlockVerdict("unsupported", b.label, b.label, errors[name]) for b in function.blocks]
            out.functions.append(result)
            continue
        if choices.draft is not None and not choices.changed and not choices.draft.error and same_tables:
            out.functions.append(choices.draft)
            continue
        same_shape = len(dst_fn.blocks) == len(function.blocks)
        pairs = _index_pairs(function, dst_fn) if same_shape else None
        result = correspond_function(name, src.isa, function, dst.isa, dst_fn, consts, consts, pairs,
                                     signatures=signatures, register_hints=choices.register_pairs,
                                     src_tables=src_tables, dst_tables=dst_tables)
        out.functions.append(result)
        reason = result.error or ("" if same_shape else "the translation changed the function's block structure")
        for pair in result.pairs:
            if reason:
                status = "unsupported" if result.error else "failed"
                result.verdicts.append(BlockVerdict(status, pair.src, pair.dst, reason))
            else:
                result.verdicts.append(check_blocks(function.block(pair.src), src.isa, dst_fn.block(pair.dst),
                                                    dst.isa, result.correspondence, timeout_s=timeout_s))
    return out


# -- printing ------------------------------------------------------------------

def _type_marker(isa: str) -> str:
    return "%" if isa == "arm" else "@"


def render(src: AsmFile, dst_isa: str, choices: dict[str, list[BlockChoice]]) -> str:
    """The target file: the source's statements in order, each function's
    body replaced by the chosen blocks."""
    items: list = []
    tracker = _SectionTracker()
    in_function: tuple[str, str] | None = None  # name, section
    in_debug = False
    tables = retargeted_tables(src, dst_isa)
    in_table = False  # the entries of a rewritten table are skipped: written at its label
    # `.file N` may sit inside a function body (gcc puts it after the first
    # label); all of them go where the first one is, ahead of any `.loc`
    files = [d for d in src.items if isinstance(d, Directive) and d.name == ".file"]
    for item in src.items:
        if isinstance(item, Directive) and item.name == ".file":
            items += files
            files = []
            continue
        if isinstance(item, Directive) and tracker.update(item):
            in_debug = tracker.current.startswith(".debug")
            in_table = False
            if not in_debug:
                items.append(_directive(item, src.isa, dst_isa))
            continue
        if in_debug:
            continue
        inside = in_function is not None and tracker.current == in_function[1]
        if isinstance(item, Label) and item.name in choices:
            in_function = (item.name, tracker.current)
            items.append(item)
            items += _body(src.functions[item.name], choices[item.name], dst_isa)
        elif isinstance(item, Label) and item.name in tables and not inside:
            items += table_items(tables[item.name], item)
            in_table = True
        elif in_table and isinstance(item, Directive) and item.name in DATA_SIZES:
            continue
        elif isinstance(item, Directive):
            if inside and item.name == ".size" and item.args.split(",")[0].strip() == in_function[0]:
                in_function = None
                items.append(item)
            elif not inside and not item.name.startswith(_DROPPED):
                items.append(_directive(item, src.isa, dst_isa))
        elif isinstance(item, Label):
            in_table = False
            if not inside:
                items.append(item)
        elif not inside:
            raise UnsupportedError(f"an instruction outside any function (line {item.line})", file=src.filename)
    return print_asm(AsmFile(dst_isa, "<output>", items))


def _directive(d: Directive, src_isa: str, dst_isa: str) -> Directive:
    name = _DATA_SPELLING.get((src_isa, dst_isa), {}).get(d.name, d.name)
    args = d.args
    if d.name in (".type", ".section", ".pushsection"):
        args = args.replace(_type_marker(src_isa), _type_marker(dst_isa))
    return Directive(name, args, d.line, d.values)


# What a block the guesser had nothing for holds: it keeps the function's
# block structure (so the other blocks' proofs stand) and, if run, jumps to
# address 0 (a fault, never a silent fall into the next block).
_TRAP = {"riscv": [Instruction("jr", (Reg("zero"),))],
         "arm": [Instruction("mov", (Reg("x16"), Imm(0))), Instruction("br", (Reg("x16"),))]}


def _body(function: Function, choices: list[BlockChoice], dst_isa: str) -> list:
    """Labels, `.loc` lines and instructions of the chosen blocks."""
    aliases: dict[str, list[str]] = {}
    for label, block in function.labels.items():
        if label not in (function.name, block) and label not in function.debug and label not in function.synthetic:
            aliases.setdefault(block, []).append(label)
    items: list = []
    loc = None
    for block, choice in zip(function.blocks, choices):
        if block.label != function.name and block.label not in function.synthetic:
            items.append(Label(block.label))
        items += [Label(a) for a in aliases.get(block.label, [])]
        instructions = choice.guess.instructions if choice.guess is not None else _TRAP[dst_isa]
        for instr in instructions:
            if instr.loc is not None and instr.loc != loc:
                loc = instr.loc
                items.append(Directive(".loc", f"{loc[0]} {loc[1]} 0", values=loc))
            items.append(dataclasses.replace(instr, line=0))
    # labels after the last instruction (clang's `.Lfunc_end0`, which its
    # `.size` names) mark no block but must still be defined
    blocks = {block.label for block in function.blocks}
    items += [Label(label) for label, block in function.labels.items()
              if block not in blocks and label not in function.debug]
    return items
