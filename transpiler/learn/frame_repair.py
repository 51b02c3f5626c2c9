"""The stack frame of a model's draft, set from the source's frame.

At -O0 every block reads and writes stack slots, and the model has to guess
where the target compiler would have put each one: numbers it can only
infer from the prologue, and the tokens it gets wrong most (a slot with no
partner makes every block that touches it unprovable; a garbled prologue
leaves no frame pointer at all). None of it is the model's to choose,
though: any target layout that keeps the source's slots apart is as good as
gcc's. So the frame is a hole filled once per function, not per token:

- the source's local area (its frame less the save slots at either end) is
  moved whole, by one `shift` (a multiple of 16, so alignment holds), below
  the target's save area (RISC-V: ra, s0, then the callee-saved registers
  the draft writes) or above it (AArch64: x29/x30 at the bottom, as gcc);
- the draft's prologue (its leading frame set-up instructions) and each
  epilogue (the restores before a return) are replaced by the standard ones
  for that frame;
- each fixed frame access and frame address of a candidate, paired with
  the source block's of the same C line, kind and size (then in order), is
  moved to its source slot's place; an array reached through a computed
  address moves with the `add x1, sp, 48` that computed it.

The verifier still checks every block: the repair only spares the model a
guess the solver need not make. Frames too large for one-instruction
prologues are left as the model wrote them.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass

from ..asm.control import FLOW
from ..asm.model import Block, Hole, Imm, Instruction, Mem, Reg
from ..asm.parser import parse_instruction
from ..guess import guessed_values
from ..verify.abi import abi, canonical
from ..verify.correspondence import loose_state, frame_accesses
from ..verify.frame import Frame, analyze_frame, entry_names, has_calls, split_cfa_offset
from ..verify.liveness import Effects, effects
from ..verify.trace import UnsupportedCode, execute_one

# Largest frame whose prologue is the short form (one sp adjustment with an
# immediate: RISC-V addi's 12 bits; AArch64 sub's 12 bits)
MAX_FRAME = {"riscv": 2032, "arm": 4080}
_STP_PRE_INDEX = 504  # AArch64 stp's pre-index reach


@dataclass(frozen=True)
class FramePlan:
    """Target CFA offset of a source slot = its source CFA offset + `shift`."""

    src_frame: Frame
    dst_frame: Frame  # the plan's own
    shift: int
    prologue: tuple[Instruction, ...]
    epilogue: tuple[Instruction, ...]  # before the return instruction
    draft_frame: Frame | None = None  # the frame the draft's own prologue sets up, when readable


@dataclass(frozen=True)
class _Event:
    index: int  # instruction position in the block
    kind: str  # 'load' | 'store' | 'vload' | 'vstore' (indexed: offset is the constant part) | 'address'
    size: int
    offset: int  # from the CFA
    base: str | None  # the register (sp or fp, canonical) the instruction adds its constant to
    line: int | None = None  # the C line of the instruction


def _align16(n: int) -> int:
    return (n + 15) // 16 * 16


def local_area(frame: Frame) -> tuple[int, int]:
    """[low, high) CFA offsets of a frame's locals: the frame less the save
    slots at its bottom and top."""
    low, high = -frame.size, 0
    slots = sorted(frame.save_slots, key=lambda s: s.offset)
    for s in slots:
        if s.offset <= low < s.offset + s.size or s.offset == low:
            low = s.offset + s.size
    for s in reversed(slots):
        if s.offset + s.size >= high > s.offset:
            high = s.offset
    return low, max(low, high)


def _saved_registers(isa: str, candidates: list[list[Instruction]]) -> list[str]:
    """Callee-saved registers (frame pointer aside) some candidate writes,
    in the target's assembler names."""
    conv = abi(isa)
    written = {r for instrs in candidates for i in instrs for r in _effects(isa, i).writes}
    regs = sorted(written & (conv.callee_saved - {conv.fp}), key=lambda r: int(r[1:]))
    return [_name(isa, r) for r in regs]


def _effects(isa: str, instr: Instruction) -> Effects:
    """What `instr` reads and writes; nothing for one the semantics cannot
    execute (a model's malformed operand, `ld a5,4`): the verifier rejects
    that candidate, planning the frame only steps over it."""
    try:
        return effects(isa, instr)
    except UnsupportedCode:
        return Effects(frozenset(), frozenset(), None)


def _name(isa: str, reg: str) -> str:
    """x9 -> s1 on RISC-V (what gcc prints); AArch64 names stay."""
    if isa == "riscv":
        n = int(reg[1:])
        return f"s{n - 8}" if n == 9 else f"s{n - 16}"
    return reg


def _frame_text(isa: str, size: int, saved: list[str], calls: bool) -> tuple[list[str], list[str]]:
    """Prologue and epilogue text (epilogue without the return) of the
    target frame of `size` bytes saving `saved`."""
    if isa == "riscv":
        offsets = [(r, size - 24 - 8 * k) for k, r in enumerate(saved)]
        pro = [f"addi\tsp,sp,-{size}"] + ([f"sd\tra,{size - 8}(sp)"] if calls else []) + [f"sd\ts0,{size - 16}(sp)"]
        pro += [f"sd\t{r},{o}(sp)" for r, o in offsets] + [f"addi\ts0,sp,{size}"]
        epi = ([f"ld\tra,{size - 8}(sp)"] if calls else []) + [f"ld\ts0,{size - 16}(sp)"]
        epi += [f"ld\t{r},{o}(sp)" for r, o in offsets] + [f"addi\tsp,sp,{size}"]
        return pro, epi
    offsets = [(r, 16 + 8 * k) for k, r in enumerate(saved)]
    if size <= _STP_PRE_INDEX:
        pro, last = [f"stp\tx29, x30, [sp, -{size}]!"], [f"ldp\tx29, x30, [sp], {size}"]
    else:
        pro, last = [f"sub\tsp, sp, #{size}", "stp\tx29, x30, [sp]"], ["ldp\tx29, x30, [sp]", f"add\tsp, sp, #{size}"]
    pro += ["mov\tx29, sp"] + [f"str\t{r}, [sp, {o}]" for r, o in offsets]
    return pro, [f"ldr\t{r}, [sp, {o}]" for r, o in offsets] + last


def plan_frame(src_isa: str, src_blocks: list[Block], dst_isa: str,
               candidates: list[list[list[Instruction]]]) -> FramePlan | None:
    """The plan for one function from its source blocks and every block's
    candidates (entry first); None when the source frame cannot be read or
    the target frame would be too large for the standard prologue."""
    try:
        src_frame = analyze_frame(src_isa, entry_names(src_isa, [], 0), src_blocks)
    except Exception:  # noqa: BLE001 - an unreadable frame: no plan, the draft stands
        return None
    low, high = local_area(src_frame)
    saved = _saved_registers(dst_isa, [c for cands in candidates for c in cands])
    calls = has_calls(src_isa, src_blocks)
    if dst_isa == "riscv":
        top = _align16(16 + 8 * len(saved))  # ra, s0, saved registers below the CFA
        shift = (-top - high) // 16 * 16
        size = _align16(-(low + shift))
    else:
        shift = (-high) // 16 * 16
        size = _align16(-(low + shift) + 16 + 8 * len(saved))
    if size > MAX_FRAME[dst_isa]:
        return None
    pro, epi = _frame_text(dst_isa, size, saved, calls)
    prologue = tuple(parse_instruction(t, dst_isa) for t in pro)
    epilogue = tuple(parse_instruction(t, dst_isa) for t in epi)
    names = entry_names(dst_isa, [], 1)
    dst_frame = analyze_frame(dst_isa, names, [Block("entry", list(prologue))])
    return FramePlan(src_frame, dst_frame, shift, prologue, epilogue, _draft_frame(dst_isa, names, candidates))


def _draft_frame(isa: str, names: dict, candidates: list[list[list[Instruction]]]) -> Frame | None:
    """The frame of the top candidates, when readable and it sets up the frame
    pointer their bodies use (else their accesses are read in the plan's)."""
    try:
        frame = analyze_frame(isa, names, [Block(f"b{i}", guessed_values(c[0] if c else []))
                                           for i, c in enumerate(candidates)])
    except Exception:  # noqa: BLE001 - a garbled prologue
        return None
    fp = abi(isa).fp
    if frame.fp[0] != "cfa" and any(fp in _effects(isa, i).reads for c in candidates if c for i in c[0]):
        return None  # the body addresses through a frame pointer the prologue never set
    return frame


def repair_frames(src_isa: str, function, dst_isa: str, candidates: list[list]) -> list[list]:
    """Every candidate (`BlockGuess`) of every block of `function` with the
    frame planned from all of them; unchanged when there is no plan."""
    plan = plan_frame(src_isa, function.blocks, dst_isa, [[c.instructions for c in cands] for cands in candidates])
    if plan is None:
        return candidates
    return [[dataclasses.replace(c, instructions=apply_plan(plan, src_isa, block, dst_isa, c.instructions, i == 0))
             for c in cands] for i, (block, cands) in enumerate(zip(function.blocks, candidates))]


# -- one candidate -------------------------------------------------------------

def _is_frame_setup(isa: str, instr: Instruction) -> bool:
    """sp or fp written, or a callee-saved / link register stored to or
    loaded from the stack pointer's frame: prologue and epilogue work."""
    conv = abi(isa)
    instr = guessed_values([instr])[0]  # a restore whose offset or register is a hole is one too
    eff = _effects(isa, instr)
    if conv.sp in eff.writes or conv.fp in eff.writes:
        return True
    mems = [op for op in instr.operands if isinstance(op, Mem)]
    regs = [canonical(isa, op.name) for op in instr.operands if isinstance(op, Reg)]
    saved = conv.callee_saved | {conv.fp, conv.lr}
    return bool(mems and canonical(isa, mems[0].base.name) == conv.sp and regs and set(regs) <= saved)


def with_frame(plan: FramePlan, isa: str, instrs: list[Instruction], entry: bool) -> list[Instruction]:
    """The candidate with the plan's prologue (entry block) and epilogue
    (before a return) in place of its own."""
    body = list(instrs)
    head: list[Instruction] = []
    if entry:
        start = 0
        while start < len(body) and _is_frame_setup(isa, body[start]):
            start += 1
        loc = next((i.loc for i in body if i.loc), None)
        head = [dataclasses.replace(i, loc=loc) for i in plan.prologue]
        body = body[start:]
    if body and FLOW[isa](body[-1]).kind == "ret":
        end = len(body) - 1
        while end > 0 and _is_frame_setup(isa, body[end - 1]):
            end -= 1
        loc = body[-1].loc
        body = body[:end] + [dataclasses.replace(i, loc=loc) for i in plan.epilogue] + [body[-1]]
    return head + body


def _events(isa: str, other: str, frame: Frame, instrs: list[Instruction], entry: bool) -> list[_Event] | None:
    """Fixed frame accesses and frame addresses taken (`addi a5,s0,-32`,
    `add x0, sp, 32`) in instruction order; None when the tracer cannot follow."""
    plain = guessed_values(instrs)
    conv = abi(isa)
    try:
        accesses = frame_accesses(isa, other, frame, Block("b", plain), entry)
        # an indexed access (array element) is kept as 'vload'/'vstore' with
        # its constant part: where the array starts
        out = [_Event(a.index, ("v" if a.variable else "") + a.kind, a.size, a.offset,
                      _mem_base(isa, plain[a.index])) for a in accesses if a.index >= 0]
        state = loose_state(isa, other, frame, entry, f"repair.{isa}!")
        for index, instr in enumerate(plain):
            eff = effects(isa, instr)
            if eff.exit_kind is not None:
                break
            execute_one(isa, state, instr)
            base = eff.reads & {conv.sp, conv.fp}
            if len(base) != 1 or any(isinstance(op, Mem) for op in instr.operands):
                continue
            for reg in eff.writes - {conv.sp, conv.fp}:
                where = split_cfa_offset(state.regs[reg]) if reg in state.regs else None
                if where is not None and not where[1]:
                    out.append(_Event(index, "address", 0, where[0], next(iter(base))))
    except Exception:  # noqa: BLE001 - a draft the tracer cannot follow is left as it is
        return None
    return sorted((dataclasses.replace(e, line=instrs[e.index].loc[1] if instrs[e.index].loc else None)
                   for e in out), key=lambda e: e.index)


def _mem_base(isa: str, instr: Instruction) -> str | None:
    conv = abi(isa)
    for op in instr.operands:
        if isinstance(op, Mem):
            base = canonical(isa, op.base.name)
            return base if base in (conv.sp, conv.fp) else None
    return None


def _base_offsets(isa: str, frame: Frame) -> dict[str, int]:
    """CFA offsets of sp and the frame pointer in a block's body."""
    conv = abi(isa)
    out = {conv.sp: -frame.size}
    if frame.fp[0] == "cfa":
        out[conv.fp] = frame.fp[1]
    return out


def _pairs(src: list[_Event], dst: list[_Event]) -> list[tuple[_Event, _Event]]:
    """Source and target events paired: first those of the same C line,
    kind and size, in order (the two compilers order a line's accesses
    differently: RISC-V spills `a1` before `a0`'s narrow copy); the rest in
    order of the block where kind and size agree."""
    pairs = []
    waiting: dict[tuple, list[_Event]] = {}
    for e in src:
        if e.line is not None:
            waiting.setdefault((e.line, e.kind, e.size), []).append(e)
    for e in dst:
        match = waiting.get((e.line, e.kind, e.size))
        if e.line is not None and match:
            pairs.append((match.pop(0), e))
    done_src, done_dst = {id(x) for x, _ in pairs}, {id(y) for _, y in pairs}
    rest_src = [e for e in src if id(e) not in done_src]
    rest_dst = [e for e in dst if id(e) not in done_dst]
    matcher = difflib.SequenceMatcher(None, [(e.kind, e.size) for e in rest_src], [(e.kind, e.size) for e in rest_dst],
                                      autojunk=False)
    return pairs + [(rest_src[m.a + k], rest_dst[m.b + k]) for m in matcher.get_matching_blocks()
                    for k in range(m.size)]


def apply_plan(plan: FramePlan, src_isa: str, src_block: Block, dst_isa: str, instrs: list[Instruction],
               entry: bool) -> list[Instruction]:
    """One candidate for `src_block` with the plan's frame: each frame
    access or address the candidate makes (read in the draft's own frame
    when it has one) is re-based onto the plan's frame, and moved to where
    the plan puts the source slot it pairs with; then the prologue and
    epilogue are replaced. Instructions whose offset is a hole, or whose
    events disagree, keep their constant."""
    frame = plan.draft_frame
    if frame is None:
        instrs, frame = with_frame(plan, dst_isa, instrs, entry), plan.dst_frame
    a = _events(src_isa, dst_isa, plan.src_frame, src_block.instructions, entry)
    b = _events(dst_isa, src_isa, frame, instrs, entry)
    if not b and frame is plan.draft_frame:
        # its own prologue is not the draft's (one that never sets the frame
        # pointer its body uses): read it in the plan's frame instead
        instrs, frame = with_frame(plan, dst_isa, instrs, entry), plan.dst_frame
        b = _events(dst_isa, src_isa, frame, instrs, entry)
    if a is None or not b:
        return with_frame(plan, dst_isa, instrs, entry)
    pairs = _pairs(a, b)
    paired: dict[int, set[int]] = {}
    taken = {y.index for _, y in pairs if y.kind == "address"}
    for x, y in pairs:
        index = y.index
        if y.kind.startswith("v"):
            # `str w2, [x1, x0]`: the array's place is the constant of the
            # address computed before it (`add x1, sp, 48`), if nothing else
            # set it. An indexed access with its own constant is left alone:
            # the constant part of `cfa + 4*i - 16 - 48` is not reliably one term
            if _has_constant_offset(instrs[index]):
                continue
            before = [e.index for e in b if e.kind == "address" and e.index < index and e.index not in taken]
            if not before:
                continue
            index = before[-1]
        paired.setdefault(index, set()).add(x.offset + plan.shift - y.offset)
    moves = {e.index: paired.get(e.index, {0}) for e in b}  # unpaired: re-based only
    old, new = _base_offsets(dst_isa, frame), _base_offsets(dst_isa, plan.dst_frame)
    bases = {e.index: e.base for e in b}
    out = list(instrs)
    for index, deltas in moves.items():
        base = bases[index]
        if len(deltas) != 1 or base not in old or base not in new:
            continue
        delta = deltas.pop() + old[base] - new[base]
        if delta or index in paired:
            out[index] = _moved(out[index], delta, dst_isa, settled=index in paired)
    return with_frame(plan, dst_isa, out, entry)


def _has_constant_offset(instr: Instruction) -> bool:
    return any(isinstance(op, Mem) and op.mode == "offset" and (isinstance(op.offset, Imm | None) or _imm_hole(op.offset))
               for op in instr.operands)


def _imm_hole(op) -> bool:
    return isinstance(op, Hole) and op.kind == "imm" and isinstance(op.guess, int)


def _moved(instr: Instruction, delta: int, isa: str, settled: bool = False) -> Instruction:
    """`instr` with its memory operand's constant offset, or else its last
    immediate (an address computed from sp or fp), moved by `delta`. An
    offset that is a hole moves its guess, and becomes a constant once
    `settled` (paired with a source slot: the plan says where it is)."""
    operands = list(instr.operands)
    for k, op in enumerate(operands):
        if isinstance(op, Mem):
            if not _has_constant_offset(instr):
                return instr
            operands[k] = dataclasses.replace(op, offset=_shifted(op.offset, delta, settled))
            return dataclasses.replace(instr, operands=tuple(operands))
    for k in range(len(operands) - 1, -1, -1):
        if isinstance(operands[k], Imm) or _imm_hole(operands[k]):
            if _imm_hole(operands[k]) and not settled:
                operands[k] = _shifted(operands[k], -delta if instr.opcode == "sub" else delta, False)
                return dataclasses.replace(instr, operands=tuple(operands))
            value = _value(operands[k]) + (-delta if instr.opcode == "sub" else delta)
            opcode = instr.opcode
            if isa == "arm" and value < 0 and opcode in ("add", "sub"):
                opcode, value = ("sub" if opcode == "add" else "add"), -value
            operands[k] = Imm(value)
            return dataclasses.replace(instr, opcode=opcode, operands=tuple(operands))
    return instr


def _value(op) -> int:
    """An offset's number (a hole's guess)."""
    return 0 if op is None else op.guess if isinstance(op, Hole) else op.value


def _shifted(op, delta: int, settled: bool):
    """An offset moved by `delta`: a constant, or a hole with its guess moved
    while nothing has settled it."""
    if isinstance(op, Hole) and not settled:
        return dataclasses.replace(op, guess=op.guess + delta)
    return Imm(_value(op) + delta)
