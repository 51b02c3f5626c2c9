"""The learned guesser: the shipped BART model translates each block.

Per source block: the block's text with canonical labels and its function's
prologue as context (`block_inputs`); beam search gives `beams` candidates;
a teacher-forced pass over each gives the probability of every token
(confidence) and the cross-attention of the measured alignment head
(`align`), which assigns each target instruction the `.loc` of a source
instruction (the verifier infers the stack slot map from C lines). An
immediate any of whose tokens falls below `threshold` becomes a
`Hole(kind='imm')` holding the model's value as its guess, and so does a
caller-saved integer register (`Hole(kind='reg')`, a choice among the
block's registers and the argument registers); the sketch solver fills
them. Branch and call targets, and the data symbols a block names, are
copied from the source block (in order, when both have as many): the
structure is known, and a model that writes `call printf` where the source
calls `to_gray` is wrong on a token it never needed to guess. Candidates
that do not parse, or refer to labels the source function does not have,
are dropped. After the beams comes the block translated one C line's run of
instructions at a time and joined: at -O0 a statement's code stands alone,
short inputs are what the small model translates best, and a block too
long for the model as a whole still gets a candidate.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from ..asm.control import FLOW
from ..asm.model import Hole, Imm, Instruction, Mem, Reg, SymRef, map_operands
from ..asm.parser import parse_instruction
from ..guess import BlockGuess, FunctionGuess, GuessContext
from ..verify.abi import abi, semantics
from .align import align_lines, cross_attentions, token_lines
from .block_inputs import SEPARATOR, function_inputs
from .frame_repair import repair_frames
from .model import SHIPPED, load_model
from .pairs import rename
from .tokenizer import EOS, PAD, decode, encode_source

MAX_SOURCE = 500  # tokens; longer blocks get no candidate
NUMBER = re.compile(r"(?<![\w.$+])-?\d+")  # an immediate's text, not part of a register or label


class KnownSymbols(frozenset):
    """Every symbol a source file defines or refers to (without `@plt`);
    `defined`: those it defines."""

    defined: frozenset[str] = frozenset()


class ModelGuesser:
    name = "model"

    def __init__(self, src_isa: str, dst_isa: str, directory: str | Path = SHIPPED, beams: int = 4,
                 threshold: float = 0.9, holes: bool = True, frame: bool = True):
        import torch

        self.src_isa, self.dst_isa = src_isa, dst_isa
        self.loaded = load_model(directory)
        self.beams, self.threshold, self.holes, self.frame = beams, threshold, holes, frame
        align = self.loaded.meta.get("alignment", {})
        self.head = (align.get("layer", self.loaded.spec.decoder_layers - 1), align.get("head", 0),
                     align.get("shift", 1))
        self._torch = torch

    def guess_function(self, function, context: GuessContext) -> FunctionGuess:
        texts, names = function_inputs(function, self.src_isa)
        back = canonical_back(names)
        known = _known_symbols(context.src)
        guess = FunctionGuess()
        for block, text in zip(function.blocks, texts):
            guess.candidates.append(self.block_candidates(text, block, back, len(function.blocks), known))
        if self.frame:
            guess.candidates = repair_frames(self.src_isa, function, self.dst_isa, guess.candidates)
        guess.candidates = [_distinct(cands) for cands in guess.candidates]
        return guess

    # -- one block ---------------------------------------------------------

    def block_candidates(self, text: str, block, back: dict[str, str], n_blocks: int,
                         known: KnownSymbols = KnownSymbols()) -> list[BlockGuess]:
        src = encode_source(self.loaded.tokenizer, text, self.src_isa, self.dst_isa)
        candidates = []
        unsure_condition = None  # the top beam, when it was unsure of its final branch's condition
        for rank, (ids, score) in enumerate(self._beams(src, text) if len(src) <= MAX_SOURCE else []):
            read = self._instructions(src, ids, block, back, n_blocks, known)
            if read is not None:
                candidates.append(BlockGuess(read[0], score, f"beam {rank}"))
                if not rank and read[1]:
                    unsure_condition = candidates[-1]
        if unsure_condition is not None:
            candidates += _other_conditions(unsure_condition, self.dst_isa, candidates)
        by_lines = self._by_lines(text, block, back, n_blocks, known)
        return candidates + ([by_lines] if by_lines is not None else [])  # repeats go in `_distinct`

    def _beams(self, src: list[int], text: str) -> list[tuple[list[int], float]]:
        """The distinct beams for one source, best first: (ids, score)."""
        tok, torch = self.loaded.tokenizer, self._torch
        with torch.no_grad():
            out = self.loaded.model.generate(
                input_ids=torch.tensor([src]), num_beams=self.beams, num_return_sequences=self.beams,
                do_sample=False, max_new_tokens=_target_budget(text, tok), output_scores=True,
                return_dict_in_generate=True)
        scores = out.sequences_scores.tolist() if self.beams > 1 else [0.0]
        rows, seen = [], set()
        for row, score in zip(out.sequences.tolist(), scores):
            ids = _trim(row, tok)
            if tuple(ids) not in seen:
                seen.add(tuple(ids))
                rows.append((ids, score))
        return rows

    def _by_lines(self, text: str, block, back, n_blocks, known: KnownSymbols) -> BlockGuess | None:
        """The block translated one C line's run of instructions at a time
        (the function's context leading each), the runs' first usable beams
        joined: a short input is one the small model gets right more often,
        and a block too long for it as a whole still gets a candidate. None
        for a block of one run, or when a run has no usable beam."""
        runs = _line_runs(block)
        context, body = text.split(SEPARATOR, 1)
        lines = body.split("\n")
        if len(runs) < 2 or len(lines) != len(block.instructions):
            return None
        instrs, score, flow = [], 0.0, FLOW[self.dst_isa]
        for start, end in runs:
            part = dataclasses.replace(block, instructions=block.instructions[start:end])
            part_text = context + SEPARATOR + "\n".join(lines[start:end])
            src = encode_source(self.loaded.tokenizer, part_text, self.src_isa, self.dst_isa)
            if len(src) > MAX_SOURCE:
                return None
            last = end == len(block.instructions)
            for ids, beam_score in self._beams(src, part_text):
                read = self._instructions(src, ids, part, back, n_blocks, known, first_line=len(instrs))
                # only the block's last run may end it
                if read is not None and (last or not any(flow(i).ends_block for i in read[0])):
                    instrs += read[0]
                    score += beam_score
                    break
            else:
                return None
        return BlockGuess(instrs, score, "by C line")

    def _instructions(self, src: list[int], ids: list[int], block, back, n_blocks,
                      known: KnownSymbols = KnownSymbols(),
                      first_line: int = 0) -> tuple[list[Instruction], bool] | None:
        """The instructions of one decoded candidate, holes and locs set, and
        whether it ends with a conditional branch whose opcode was unsure;
        None when it does not parse, names a label we cannot map back, or a
        global the source never mentions (a name remembered from training).
        Holes are named from `first_line` on (a part of a block's text)."""
        tok = self.loaded.tokenizer
        lines = decode(tok, ids[1:]).split("\n")
        attn, logits = cross_attentions(self.loaded.model, src, ids)
        probs = logits.float().softmax(-1)
        confidence = [1.0] + [probs[p - 1, ids[p]].item() for p in range(1, len(ids))]
        layer, head, shift = self.head
        aligned = align_lines(attn[layer, head].float(), token_lines(tok, ids, False), token_lines(tok, src, True),
                              shift)
        spans = _token_spans(tok, ids)
        registers = _register_tokens(tok, ids, confidence, self.dst_isa)
        parsed = []
        for line in lines:
            if not line.strip():
                return None
            try:
                parsed.append(parse_instruction(line, self.dst_isa))
            except Exception:  # noqa: BLE001 - any parse failure drops the candidate
                return None
        canonical = {real: canon for canon, real in back.items()}
        source = [rename(i, canonical) for i in block.instructions]
        parsed = _with_targets(parsed, _transfer_targets(source, self.src_isa), self.dst_isa, known)
        parsed = _with_data_symbols(parsed, _data_symbols(source, self.src_isa), self.dst_isa)
        choices = _register_choices(parsed, self.dst_isa)
        instrs = []
        for j, (line, instr) in enumerate(zip(lines, parsed)):
            if any(_unmapped(name, back) or _foreign(name, back, known) for name in _symbol_names(instr)):
                return None
            instr = rename(instr, back)
            if self.holes:
                low = [min((confidence[p] for p in spans.get((j, s), [])), default=1.0) < self.threshold
                       for s, _ in _numbers(line)]
                name = f"m{first_line + j}_"
                instr = _with_holes(instr, low, self.dst_isa, name)
                instr = _with_register_holes(instr, [c < self.threshold for c in registers.get(j, [])],
                                             self.dst_isa, f"{name}r", choices)
            src_index = aligned.get(j)
            loc = block.instructions[src_index].loc if src_index is not None and src_index < len(
                block.instructions) else None
            instrs.append(dataclasses.replace(instr, loc=loc or _nearest_loc(block)))
        last = len(lines) - 1
        unsure = FLOW[self.dst_isa](instrs[-1]).kind == "cond" and min(
            (confidence[p] for c in range(len(instrs[-1].opcode)) for p in spans.get((last, c), [])),
            default=1.0) < self.threshold
        return instrs, unsure


def _transfer_targets(instrs: list[Instruction], isa: str) -> dict[str, list[str]]:
    """The targets of a block's control transfers in order: 'jump' (branches,
    tail calls) and 'call'."""
    out: dict[str, list[str]] = {"jump": [], "call": []}
    for instr in instrs:
        flow = FLOW[isa](instr)
        if flow.target is not None and flow.kind in ("branch", "cond", "tail", "call"):
            out["call" if flow.kind == "call" else "jump"].append(flow.target.removesuffix("@plt"))
    return out


def _with_targets(instrs: list[Instruction], targets: dict[str, list[str]], isa: str,
                  known: KnownSymbols) -> list[Instruction]:
    """`instrs` with the targets of their jumps and calls replaced by the
    source block's, kind by kind, where the counts agree. A call keeps the
    candidate's `@plt` spelling for a function the file does not define."""
    ours = _transfer_targets(instrs, isa)
    queues = {k: list(v) for k, v in targets.items() if len(ours[k]) == len(v)}
    out = []
    for instr in instrs:
        flow = FLOW[isa](instr)
        kind = "call" if flow.kind == "call" else "jump"
        if flow.target is None or flow.kind not in ("branch", "cond", "tail", "call") or kind not in queues:
            out.append(instr)
            continue
        name = queues[kind].pop(0)
        if flow.target.endswith("@plt") and name not in known.defined:
            name += "@plt"
        out.append(_retarget(instr, name))
    return out


def _data_symbols(instrs: list[Instruction], isa: str) -> list[str]:
    """The symbols a block's non-transfer instructions name (globals,
    string literals, tables), distinct, in order of first use."""
    out: list[str] = []
    for instr in instrs:
        if FLOW[isa](instr).target is None:
            out += [name for name in _symbol_names(instr) if name not in out]
    return out


def _with_data_symbols(instrs: list[Instruction], names: list[str], isa: str) -> list[Instruction]:
    """`instrs` with the data symbols they name replaced by the source
    block's, in order, when both name as many: which string or global a
    line uses is known from the source (the model writes `.LC1` for the
    block's first string, or a jump table's name for a global)."""
    ours = _data_symbols(instrs, isa)
    if len(ours) != len(names) or ours == names:
        return instrs
    mapping = dict(zip(ours, names))
    return [instr if FLOW[isa](instr).target is not None else rename(instr, mapping) for instr in instrs]


# Conditional branches that take the same operands: an unsure condition is
# tried as each of the others (the solver fills operands, not opcodes).
_CONDITIONS = {
    "riscv": ("beq bne blt bge bltu bgeu bgt ble bgtu bleu".split(), "beqz bnez blez bgez bltz bgtz".split()),
    "arm": ([f"b.{c}" for c in "eq ne hs lo mi pl hi ls ge lt gt le".split()], ["cbz", "cbnz"], ["tbz", "tbnz"]),
}


def _other_conditions(guess: BlockGuess, isa: str, have: list[BlockGuess]) -> list[BlockGuess]:
    """`guess` with its final conditional branch's opcode replaced by each
    other condition of its family, after the beams (a candidate already
    among `have` is not repeated)."""
    *body, branch = guess.instructions
    family = next((f for f in _CONDITIONS[isa] if branch.opcode in f), [])
    known = {tuple(g.instructions) for g in have}
    out = []
    for opcode in family:
        instrs = [*body, dataclasses.replace(branch, opcode=opcode)]
        if opcode != branch.opcode and tuple(instrs) not in known:
            out.append(BlockGuess(instrs, guess.score, f"{guess.origin}, {opcode}"))
    return out


def _retarget(instr: Instruction, name: str) -> Instruction:
    """`instr` with its (last) plain symbol operand renamed: the target."""
    operands = list(instr.operands)
    for k in range(len(operands) - 1, -1, -1):
        if isinstance(operands[k], SymRef) and operands[k].reloc is None:
            operands[k] = dataclasses.replace(operands[k], name=name)
            break
    return dataclasses.replace(instr, operands=tuple(operands))


def _target_budget(text: str, tok) -> int:
    """Decoding steps allowed: a target block is rarely much longer than its
    source block: -O0 RISC-V runs about twice ARM (the context does not count); an untrained or confused
    model that never ends stops here instead of at MAX_SOURCE."""
    block = text.split(SEPARATOR, 1)[-1]
    return min(MAX_SOURCE, int(2.5 * len(tok.encode(block).ids)) + 24)


def _trim(row: list[int], tok) -> list[int]:
    """`<s> ... </s>` of one generated row (padding and anything after the
    end dropped)."""
    eos, pad = tok.token_to_id(EOS), tok.token_to_id(PAD)
    out = []
    for i in row:
        if i == pad and out:
            break
        out.append(i)
        if i == eos:
            break
    return out


def _token_spans(tok, ids: list[int]) -> dict[tuple[int, int], list[int]]:
    """(line, character) -> the positions of the tokens covering it."""
    special = {tok.token_to_id(t) for t in ("<s>", "</s>", "<pad>")}
    spans: dict[tuple[int, int], list[int]] = {}
    line, col = 0, 0
    for p, i in enumerate(ids):
        if i in special:
            continue
        text = tok.id_to_token(i)
        for ch in text:
            if ch == "\n":
                line, col = line + 1, 0
                continue
            spans.setdefault((line, col), []).append(p)
            col += 1
    return spans


def _numbers(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in NUMBER.finditer(line)]


def _imm_slots(instr: Instruction) -> list[tuple[int, bool]]:
    """(operand index, inside a Mem) of each immediate, in text order."""
    slots = []
    for k, op in enumerate(instr.operands):
        if isinstance(op, Imm):
            slots.append((k, False))
        elif isinstance(op, Mem) and isinstance(op.offset, Imm):
            slots.append((k, True))
    return slots


def _width(opcode: str, isa: str) -> int:
    """Bits of a signed field wide enough for the operand (the solver's range)."""
    if isa == "riscv":
        return {"li": 32, "lui": 21}.get(opcode, 12)
    return 17 if opcode.startswith("mov") else 16


def _with_holes(instr: Instruction, low: list[bool], isa: str, prefix: str) -> Instruction:
    """Immediates whose text had an unsure token become holes, only when the
    line's numbers and the instruction's immediates pair one to one."""
    slots = _imm_slots(instr)
    if len(slots) != len(low) or not any(low):
        return instr
    operands = list(instr.operands)
    for n, ((k, in_mem), unsure) in enumerate(zip(slots, low)):
        if not unsure:
            continue
        op = operands[k]
        value = op.offset.value if in_mem else op.value
        hole = Hole(f"{prefix}{n}", "imm", _width(instr.opcode, isa), (), value)
        operands[k] = dataclasses.replace(op, offset=hole) if in_mem else hole
    return dataclasses.replace(instr, operands=tuple(operands))


def _register_tokens(tok, ids: list[int], confidence: list[float], isa: str) -> dict[int, list[float]]:
    """Line -> the confidence of each register token on it, in order (the
    tokenizer keeps register names whole); the opcode is not a register."""
    canonical = semantics(isa).canonical_register
    out: dict[int, list[float]] = {}
    line, operands = 0, False
    for p, i in enumerate(ids):
        text = tok.id_to_token(i)
        if "\n" in text:
            line, operands = line + text.count("\n"), False
            continue
        if text.startswith("\t"):
            operands = True
            continue
        if operands and re.fullmatch(r"[a-z]+\d*", text):
            try:
                canonical(text)
            except Exception:  # noqa: BLE001 - not a register (a shift, a condition, a symbol)
                continue
            out.setdefault(line, []).append(confidence[p])
    return out


def _register_slots(instr: Instruction) -> list[int | None]:
    """Each register of `instr` in text order: its operand index when it is
    a plain register operand, None inside an address (left alone: the
    frame repair and the base's value depend on it)."""
    slots: list[int | None] = []
    for k, op in enumerate(instr.operands):
        if isinstance(op, Reg):
            slots.append(k)
        elif isinstance(op, Mem):
            slots.append(None)
            if isinstance(op.offset, Reg):
                slots.append(None)
    return slots


def _general(isa: str, name: str) -> tuple[str, int] | None:
    """(architectural name, bits) of a caller-saved integer register (what
    a block computes with); None for sp, the frame and link registers, zero,
    the callee-saved registers (the frame repair saves what a block writes)
    and FP registers."""
    try:
        arch, bits = semantics(isa).canonical_register(name)
    except Exception:  # noqa: BLE001 - not a register name
        return None
    conv = abi(isa)
    if not re.fullmatch(r"x\d+", arch) or arch not in conv.caller_saved or arch in (*conv.frame_registers, conv.zero):
        return None
    return arch, bits


def _register_choices(instrs: list[Instruction], isa: str) -> dict[int, tuple[str, ...]]:
    """Bits -> the registers a register hole of that width may become: the
    integer registers the candidate uses, and the argument registers."""
    names = [op.name for i in instrs for op in i.operands if isinstance(op, Reg)]
    names += [_spelled(isa, a, 64) for a in abi(isa).args]
    if isa == "arm":
        names += [_spelled(isa, a, 32) for a in abi(isa).args]
    out: dict[int, list[str]] = {}
    for name in names:
        general = _general(isa, name)
        if general is not None and name not in out.setdefault(general[1], []):
            out[general[1]].append(name)
    return {bits: tuple(regs) for bits, regs in out.items()}


def _spelled(isa: str, arch: str, bits: int) -> str:
    """x10 -> a0 on RISC-V; x3 at 32 bits -> w3 on AArch64."""
    if isa == "riscv":
        return f"a{int(arch[1:]) - 10}"  # only argument registers are spelled here
    return f"w{arch[1:]}" if bits == 32 else arch


def _with_register_holes(instr: Instruction, low: list[bool], isa: str, prefix: str,
                         choices: dict[int, tuple[str, ...]]) -> Instruction:
    """Plain integer register operands whose token was unsure become
    register holes over `choices` of their width, only when the line's
    register tokens and the instruction's registers pair one to one."""
    slots = _register_slots(instr)
    if len(slots) != len(low) or not any(low):
        return instr
    operands = list(instr.operands)
    for n, (k, unsure) in enumerate(zip(slots, low)):
        if not unsure or k is None:
            continue
        general = _general(isa, operands[k].name)
        if general is None or len(choices.get(general[1], ())) < 2:
            continue
        operands[k] = Hole(f"{prefix}{n}", "reg", 8, choices[general[1]], operands[k].name)
    return dataclasses.replace(instr, operands=tuple(operands))


def _symbol_names(instr: Instruction):
    for op in instr.operands:
        for x in (op, getattr(op, "offset", None)):
            name = getattr(x, "name", None)
            if name is not None and type(x).__name__ == "SymRef":
                yield name


def _unmapped(name: str, back: dict[str, str]) -> bool:
    """A canonical local label (block or data) the source function has no
    counterpart for."""
    return bool(re.fullmatch(r"\.L[A-Z]*\d+", name)) and name not in back


def canonical_back(names: dict[str, str]) -> dict[str, str]:
    """Canonical name -> the real label it stands for. Block labels come
    first in `names`; an alias of a block (gcc's `.LBB4` lexical-block
    label) shares its canonical name but is not where the output's block is."""
    back: dict[str, str] = {}
    for real, canon in names.items():
        back.setdefault(canon, real)
    return back


def _foreign(name: str, back: dict[str, str], known: frozenset[str]) -> bool:
    """A global symbol the source file neither defines nor refers to."""
    name = name.removesuffix("@plt")
    return bool(known) and name not in back and name not in known and not name.startswith(".L")


def _known_symbols(src) -> KnownSymbols:
    """Every symbol the source file defines or refers to (its functions,
    data, and the library functions it calls)."""
    defined = set(src.functions) | set(src.data_symbols)
    names = set(defined)
    for function in src.functions.values():
        for instr in function.instructions:
            names.update(_symbol_names(instr))
    known = KnownSymbols(n.removesuffix("@plt") for n in names)
    known.defined = frozenset(defined)
    return known


def _distinct(candidates: list[BlockGuess]) -> list[BlockGuess]:
    """The first of each set of candidates that are one code: beams that
    differed only in frame offsets are one after frame repair, and holes'
    names and the instructions' lines change no proof."""
    seen, out = set(), []
    for cand in candidates:
        key = tuple(dataclasses.replace(map_operands(i, Hole, lambda h: dataclasses.replace(h, name="")), loc=None,
                                          line=0)
                    for i in cand.instructions)
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out


def _line_runs(block) -> list[tuple[int, int]]:
    """[start, end) of each run of instructions on the same C line."""
    runs: list[tuple[int, int]] = []
    line = object()
    for k, instr in enumerate(block.instructions):
        here = instr.loc[1] if instr.loc else None
        if runs and here == line:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
            line = here
    return runs


def _nearest_loc(block):
    return next((i.loc for i in block.instructions if i.loc), None)
