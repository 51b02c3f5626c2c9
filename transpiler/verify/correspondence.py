"""The state correspondence between a source function and its translation.

What relates the two machine states at every block boundary (a block's
entry, and the point after each call):
- registers: the ABI pairs (x0-x7 <-> a0-a7, x19.. <-> s1..) where both are
  live, then the remaining live registers of each side paired by the order
  in which the block first uses them (a value carried from one block to the
  next in `w0` on one side and `a5` on the other). A pair compares the low 32
  bits when the AArch64 side treats the value as a `w` register.
- sp, the frame pointer and the link register: each side's own frame
  invariant (see `frame.py`), so the two frames may differ in size.
- memory: equal outside the frames; inside, stack slots paired by the
  `slot map`, inferred once per function from the memory accesses that the
  same C line makes on both sides, and used for all its blocks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import z3

from guacc.transpiler.asm.model import Block

from .abi import abi, role_pairs, semantics
from .abi_values import as_argument, as_return, narrow_integer, register_class
from .dwarf import CType, Signature
from .extension import sign_extended_at, symbol_at
from .frame import CFA, Frame, analyze_frame, entry_names, entry_state, split_cfa_offset
from .liveness import FLAG, BlockLiveness, call_arguments, callee_name, effects, function_liveness
from .pairing import BlockPair
from .trace import SEMANTICS_ERRORS, TracedState, UnsupportedCode, run_segment, segment_bounds


@dataclass(frozen=True)
class SlotPair:
    src: int  # CFA offsets of the slot on each side
    dst: int
    size: int
    holds_frame_address: bool = False  # a pointer into the frame is stored here
    indexed: bool = False  # accessed at a variable index (an array)

    @property
    def delta(self) -> int:
        return self.dst - self.src


@dataclass(frozen=True)
class RegisterPair:
    src: str
    dst: str
    bits: int  # 64, or 32 when only the low half carries the value
    # the C type the ABI gives the value (a parameter at entry, a return
    # value after a call, any floating-point value), else None
    ctype: CType | None = None
    # a 64-bit pair whose RISC-V source register holds a value of this
    # narrow integer type in its ABI form (a sign-extended 32-bit value,
    # extension.py; a parameter not yet written): assumed at the boundary,
    # proven into it
    src_form: CType | None = None
    # a 64-bit pair holding a data symbol's address on every path here
    # (extension.py): assumed at the boundary, proven into it
    symbol: str | None = None
    # a 32-bit pair whose AArch64 register has its upper half zero (every
    # write reaching here was through its `w` name, and the block reads it
    # whole): assumed at the boundary, proven into it
    zero_upper: bool = False


@dataclass
class Side:
    """One ISA's view of the function."""

    isa: str
    blocks: list[Block]
    aliases: dict[str, str]  # any label in the function -> its block's label
    frame: Frame
    liveness: dict[str, BlockLiveness]

    def block(self, label: str) -> Block:
        return self.by_label[self.resolve(label)]

    @property
    def by_label(self) -> dict[str, Block]:
        return {b.label: b for b in self.blocks}

    def resolve(self, label: str) -> str:
        return self.aliases.get(label, label)

    def fall_through(self, label: str) -> str | None:
        order = [b.label for b in self.blocks]
        i = order.index(label)
        return order[i + 1] if i + 1 < len(order) else None

    def segments(self, label: str) -> list[tuple[int, int]]:
        return segment_bounds(self.block(label).instructions, lambda i: effects(self.isa, i).exit_kind == "call")


@dataclass
class FunctionCorrespondence:
    name: str
    src: Side
    dst: Side
    label_map: dict[str, str]  # src block label -> dst block label
    slots: list[SlotPair]
    # (src block label, segment index) -> register pairs live there
    boundaries: dict[tuple[str, int], list[RegisterPair]]
    returns_value: bool
    return_bits: int
    notes: list[str] = field(default_factory=list)
    callee_saved_pairs: list[tuple[str, str]] = field(default_factory=list)
    signature: Signature | None = None  # the function's own C signature, when known
    signatures: dict[str, Signature] = field(default_factory=dict)  # of every function it may call
    register_hints: list[tuple[str, str]] = field(default_factory=list)  # a translator's register map
    # contents of read-only data (string literals, constant pools) each side may read
    src_constants: dict[str, bytes] = field(default_factory=dict)
    dst_constants: dict[str, bytes] = field(default_factory=dict)
    # target literal -> the name the verifier reads it by (see literals.py)
    dst_renames: dict[str, str] = field(default_factory=dict)
    # the function's switch jump tables on each side, by name (jumps.py)
    src_tables: dict = field(default_factory=dict)
    dst_tables: dict = field(default_factory=dict)

    @property
    def entry_label(self) -> str:
        return self.src.blocks[0].label

    @property
    def frame_span(self) -> int:
        """Bytes below the CFA that either frame may use."""
        return max(self.src.frame.size, self.dst.frame.size, 16)

    def pairs_at(self, src_label: str, segment: int = 0) -> list[RegisterPair]:
        return self.boundaries.get((src_label, segment), [])

    def src_slot_at(self, offset: int, size: int) -> SlotPair | None:
        return next((s for s in self.slots if s.src <= offset and offset + size <= s.src + s.size), None)


# ------------------------------------------------------------ dataflow helpers

def reaching_widths(side_isa: str, blocks: list[Block]) -> dict[str, list[dict[str, frozenset]]]:
    """For every instruction, per register, how the writes reaching it wrote
    it: a set of 32/64 (bits of the register name written) and 'call'."""
    order = [b.label for b in blocks]
    preds: dict[str, list[str]] = defaultdict(list)
    for b in blocks:
        for s in b.successors:
            preds[s].append(b.label)
    at_entry: dict[str, dict[str, frozenset]] = {label: {} for label in order}
    result: dict[str, list[dict[str, frozenset]]] = {}
    conv = abi(side_isa)
    for _ in range(len(blocks) + 2):
        changed = False
        for b in blocks:
            state = dict(at_entry[b.label])
            states = []
            for instr in b.instructions:
                states.append(state)
                eff = effects(side_isa, instr)
                state = dict(state)
                if eff.exit_kind == "call":
                    for reg in conv.caller_saved | conv.fp_caller_saved:
                        state[reg] = frozenset({"call"})
                for reg in eff.writes:
                    if not reg.startswith(FLAG) and eff.exit_kind != "call":
                        state[reg] = frozenset({eff.write_width(reg)})
            states.append(state)
            result[b.label] = states
            for s in b.successors:
                if s not in at_entry:
                    continue
                merged = dict(at_entry[s])
                for reg, how in state.items():
                    merged[reg] = merged.get(reg, frozenset()) | how
                if merged != at_entry[s]:
                    at_entry[s] = merged
                    changed = True
        if not changed:
            break
    return result


def first_read_width(isa: str, instrs, start: int, reg: str) -> int | None:
    """The widest read of `reg` from `start` until it is written (a `mov
    w19, w20` before a `cbz x20` reads all of x20); None when it is not read."""
    widest = None
    for instr in instrs[start:]:
        eff = effects(isa, instr)
        if reg in eff.reads:
            widest = max(widest or 0, eff.width(reg))
        if reg in eff.writes:
            break
    return widest


def read_width_ahead(isa: str, blocks: dict[str, Block], label: str, start: int, reg: str,
                     depth: int = 4) -> int | None:
    """The width `reg` is read at before it is written, looking on through
    blocks that pass it along untouched (a `b .L3` after a call hands the
    callee's int result to the block that reads it as `w0`); None when it
    is written first, or not read here and the successors disagree."""
    instrs = blocks[label].instructions
    read = first_read_width(isa, instrs, start, reg)
    if depth == 0 or any(reg in effects(isa, i).writes for i in instrs[start:]):
        return read
    ahead = {read_width_ahead(isa, blocks, s, 0, reg, depth - 1) for s in blocks[label].successors if s in blocks}
    ahead.discard(None)
    if read is not None:  # a `tbnz w20` before a successor that reads all of x20
        return max(ahead | {read})
    return ahead.pop() if len(ahead) == 1 else None


def _ret_points(isa: str, blocks: list[Block]):
    for b in blocks:
        for i, instr in enumerate(b.instructions):
            if effects(isa, instr).exit_kind == "ret":
                yield b.label, i


# ------------------------------------------------------------ slot inference

@dataclass(frozen=True)
class _FrameAccess:
    line: int | None
    kind: str
    offset: int
    size: int
    variable: bool  # the address also has a register part (an array index)
    stores_frame_address: bool
    index: int = -1  # the instruction's position in its block (-1: an argument passed to a call)


def loose_state(side_isa: str, other_isa: str, frame: Frame, entry: bool, prefix: str) -> TracedState:
    """A state good enough to find frame addresses: sp and the frame pointer
    at their invariant values, everything else free."""
    if entry:
        return entry_state(side_isa, frame.names, prefix)
    conv = abi(side_isa)
    state = TracedState.wrap(semantics(side_isa).fresh_state(prefix))
    state.regs[conv.sp] = CFA - frame.size
    if frame.fp[0] == "cfa":
        state.regs[conv.fp] = CFA + frame.fp[1]
    return state


def frame_accesses(side_isa: str, other_isa: str, frame: Frame, block: Block, entry: bool) -> list[_FrameAccess]:
    """Frame accesses of the block in order, with a pseudo-access of kind
    'arg<i>' for each argument register that passes a frame address to a
    call (how a local array or struct only the callee touches shows up)."""
    state = loose_state(side_isa, other_isa, frame, entry, f"slots.{side_isa}!")
    instrs = block.instructions
    out: list[_FrameAccess] = []
    start = 0
    while start < len(instrs):
        run = run_segment(side_isa, state, instrs, start, store_values=True)
        if run.exit.kind == "call":
            for i, reg in enumerate(abi(side_isa).args):
                where = split_cfa_offset(state.regs[reg])
                if where is not None and not where[1] and reg in call_arguments(side_isa, instrs, run.end - 1):
                    out.append(_FrameAccess(-1 - run.end, f"arg{i}", where[0], 1, True, False))
        for acc in run.accesses:
            where = split_cfa_offset(acc.address)
            if where is None:
                continue
            offset, variable = where
            if not variable and any(s.offset <= offset < s.offset + s.size for s in frame.save_slots):
                continue
            holds = (acc.kind == "store" and acc.size == 8 and acc.value is not None
                     and split_cfa_offset(acc.value) is not None)
            loc = instrs[acc.index].loc
            out.append(_FrameAccess(loc[1] if loc else None, acc.kind, offset, acc.size, variable, holds, acc.index))
        start = run.end
    return out


def _runs(accesses: list[_FrameAccess]) -> list[_FrameAccess]:
    """Merge consecutive contiguous fixed accesses of the same kind."""
    runs: list[_FrameAccess] = []
    for a in accesses:
        last = runs[-1] if runs else None
        if (last is not None and not a.variable and not last.variable and last.kind == a.kind
                and last.offset + last.size == a.offset):
            runs[-1] = _FrameAccess(last.line, last.kind, last.offset, last.size + a.size, False,
                                    last.stores_frame_address or a.stores_frame_address)
        else:
            runs.append(a)
    return runs


def _shape(accesses: list[_FrameAccess]) -> list[tuple]:
    return [(a.kind, a.size, a.variable) for a in accesses]


def _match_line(src: list[_FrameAccess], dst: list[_FrameAccess]) -> list[tuple[_FrameAccess, _FrameAccess]]:
    for select in (lambda xs: xs, _runs, lambda xs: [x for x in xs if x.kind == "store"],
                   lambda xs: [x for x in xs if x.kind == "load"]):
        a, b = select(src), select(dst)
        if a and _shape(a) == _shape(b):
            return list(zip(a, b))
    return []


def _by_line(accesses: list[_FrameAccess]) -> dict[int | None, list[_FrameAccess]]:
    groups: dict[int | None, list[_FrameAccess]] = defaultdict(list)
    for a in accesses:
        groups[a.line].append(a)
    return groups


def infer_slots(src: Side, dst: Side, pairs: list[BlockPair]) -> tuple[list[SlotPair], list[str]]:
    """The slot map: votes from the accesses the same C line makes on both
    sides, the best consistent set kept, array slots (accessed with an
    index) widened to the room they have on both sides."""
    votes: Counter = Counter()
    pointer_src: set[int] = set()
    notes: list[str] = []
    src_accesses: list[_FrameAccess] = []  # every fixed or indexed access the source makes
    entry = (src.blocks[0].label, dst.blocks[0].label)
    for pair in pairs:
        try:
            a = frame_accesses(src.isa, dst.isa, src.frame, src.block(pair.src), pair.src == entry[0])
            b = frame_accesses(dst.isa, src.isa, dst.frame, dst.block(pair.dst), pair.dst == entry[1])
        except UnsupportedCode as err:
            notes.append(f"{pair.src}: {err}")
            continue
        src_accesses += [x for x in a if not x.kind.startswith("arg")]
        # frame addresses passed to a call, paired by argument position
        args_b = {x.kind: x for x in b if x.kind.startswith("arg")}
        for x in a:
            if x.kind.startswith("arg") and x.kind in args_b:
                votes[(x.offset, args_b[x.kind].offset, 1, True)] += 1
        a = [x for x in a if not x.kind.startswith("arg")]
        b = [x for x in b if not x.kind.startswith("arg")]
        pointer_src |= {x.offset for x in a if x.stores_frame_address}
        groups_a, groups_b = _by_line(a), _by_line(b)
        for line, accs in groups_a.items():
            for x, y in _match_line(accs, groups_b.get(line, [])):
                votes[(x.offset, y.offset, x.size, x.variable)] += 1
    accepted: list[tuple[int, int, int, bool]] = []
    for (s_off, d_off, size, variable), _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        if all(_compatible((s_off, d_off, size), other) for other in accepted):
            accepted.append((s_off, d_off, size, variable))
    accepted += _by_common_delta(votes, accepted, src_accesses, dst.frame)
    slots = _merge(accepted)
    slots = _widen_arrays(slots, src.frame, dst.frame)
    slots = [SlotPair(s.src, s.dst, s.size, s.src in pointer_src and s.size == 8, s.indexed) for s in slots]
    return sorted(slots, key=lambda s: s.src), notes


def _by_common_delta(votes: Counter, accepted: list[tuple[int, int, int, bool]],
                     src_accesses: list[_FrameAccess], dst_frame: Frame) -> list[tuple[int, int, int, bool]]:
    """Slots for source accesses no vote placed (the target never touches
    them on the same C line), at the delta most votes agree on, where that
    place is free in the target's frame: a translator that moves the whole
    local area by one offset (the model guesser's frame repair) places them
    there. Any slot map is sound (every block is checked against the same
    one); this one only lets blocks that do touch such a slot be proven."""
    deltas: Counter = Counter()
    for (s_off, d_off, _, _), n in votes.items():
        deltas[d_off - s_off] += n
    if not deltas:
        return []
    delta = deltas.most_common(1)[0][0]
    saved = [(s.offset, s.size) for s in dst_frame.save_slots]
    added: list[tuple[int, int, int, bool]] = []
    for acc in src_accesses:
        start, size = acc.offset + delta, acc.size
        if any(s <= acc.offset < s + n for s, _, n, _ in accepted + added) or \
                not (-dst_frame.size <= start and start + size <= 0) or \
                any(o < start + size and start < o + n for o, n in saved):
            continue
        new = (acc.offset, start, size, acc.variable)
        if all(_compatible(new[:3], other) for other in accepted + added):
            added.append(new)
    return added


def _compatible(a: tuple[int, int, int], b: tuple) -> bool:
    s1, d1, n1 = a
    s2, d2, n2 = b[:3]
    same_delta = d1 - s1 == d2 - s2
    overlap_src = s1 < s2 + n2 and s2 < s1 + n1
    overlap_dst = d1 < d2 + n2 and d2 < d1 + n1
    return same_delta or not (overlap_src or overlap_dst)


def _merge(accepted: list[tuple[int, int, int, bool]]) -> list[SlotPair]:
    """Union slots with the same delta that overlap (fields of one array)."""
    items = sorted(accepted)
    merged: list[list] = []
    for s, d, n, variable in items:
        # same delta and overlapping or adjacent: one region laid out alike on both sides
        if merged and merged[-1][1] - merged[-1][0] == d - s and s <= merged[-1][0] + merged[-1][2]:
            last = merged[-1]
            last[2] = max(last[0] + last[2], s + n) - last[0]
            last[3] = last[3] or variable
        else:
            merged.append([s, d, n, variable])
    return [SlotPair(s, d, n, False) if not v else ArraySlot(s, d, n) for s, d, n, v in merged]


class ArraySlot(SlotPair):
    """A slot accessed with an index: its extent is widened later."""


def _widen_arrays(slots: list[SlotPair], src_frame: Frame, dst_frame: Frame) -> list[SlotPair]:
    def room(start: int, starts: list[int]) -> int:
        above = [x for x in starts if x > start] + [0]
        return min(above) - start

    src_starts = [s.src for s in slots] + [s.offset for s in src_frame.save_slots]
    dst_starts = [s.dst for s in slots] + [s.offset for s in dst_frame.save_slots]
    out = []
    for s in slots:
        if isinstance(s, ArraySlot):
            size = max(s.size, min(room(s.src, src_starts), room(s.dst, dst_starts)))
            out.append(SlotPair(s.src, s.dst, size, indexed=True))
        else:
            out.append(SlotPair(s.src, s.dst, s.size))
    return out


# ------------------------------------------------------------ register pairs

_INTEGER = re.compile(r"x\d+$")  # architectural names of integer registers on both ISAs


def _first_use(isa: str, instrs, start: int, reg: str) -> tuple[int, int]:
    """(instruction, operand position) where the segment first reads `reg`:
    `add w0, w1, w0` reads x1 before x0, as `addw a5, a4, a5` reads a4 first."""
    canonical = semantics(isa).canonical_register
    for i in range(start, len(instrs)):
        if reg in effects(isa, instrs[i]).reads:
            for k, op in enumerate(instrs[i].operands[1:], start=1):
                try:
                    if getattr(op, "name", None) and canonical(op.name)[0] == reg:
                        return i, k
                except SEMANTICS_ERRORS:
                    continue
            return i, len(instrs[i].operands)
    return len(instrs), 0


_FLOAT = re.compile(r"[vf]\d+$")  # AArch64 v0..v31, RISC-V f0..f31
INT32 = CType("int", 32, True)


def _call_before(side: Side, label: str, k: int) -> str | None:
    """The callee whose return starts segment `k` of block `label` (None when
    the segment is entered some other way, or the call is indirect)."""
    instrs = side.block(label).instructions
    if k > 0:
        return callee_name(effects(side.isa, instrs[side.segments(label)[k - 1][1] - 1]).target)
    preds = [b for b in side.blocks if label in b.successors]
    if len(preds) != 1 or not preds[0].instructions or side.fall_through(preds[0].label) != label:
        return None
    eff = effects(side.isa, preds[0].instructions[-1])
    return callee_name(eff.target) if eff.exit_kind == "call" else None


def _typed_registers(corr: FunctionCorrespondence, src_label: str, dst_label: str, k: int) -> dict[str, CType]:
    """Source register -> C type of the values the ABI defines at this
    boundary: the parameters at function entry, the return value after a
    call to a function whose signature is known."""
    s_conv = abi(corr.src.isa)
    if src_label == corr.entry_label and k == 0:
        return _parameter_types(corr)
    out: dict[str, CType] = {}
    callee = _call_before(corr.src, src_label, k)
    if callee is None or callee != _call_before(corr.dst, dst_label, k) or callee not in corr.signatures:
        return out
    returns = as_return(corr.signatures[callee].returns)
    if returns is None:
        return out
    if register_class(returns) == "int":
        out[s_conv.returns[0]] = returns
    elif register_class(returns) == "fp":
        out[s_conv.fp_returns[0]] = returns
    return out


def _parameter_types(corr: FunctionCorrespondence) -> dict[str, CType]:
    """Source register -> C type of the parameter it carries at entry
    (none for a variadic function or one with a parameter passed otherwise)."""
    s_conv = abi(corr.src.isa)
    if corr.signature is None or corr.signature.variadic:
        return {}
    params = [as_argument(t) for t in corr.signature.params]
    if None in params:
        return {}  # registers not mapped
    out = dict(zip(s_conv.args, [t for t in params if register_class(t) == "int"]))
    out.update(zip(s_conv.fp_args, [t for t in params if register_class(t) == "fp"]))
    return out


def _intact_parameters(corr: FunctionCorrespondence, src_label: str, k: int) -> dict[str, CType]:
    """Narrow integer parameters of a RISC-V source that no path from the
    entry has written before this boundary: still in their ABI form there."""
    if corr.src.isa != "riscv":
        return {}
    params = {r: t for r, t in _parameter_types(corr).items() if narrow_integer(t)}
    if not params:
        return {}
    written = _written_before(corr.src, src_label, corr.src.segments(src_label)[k][0])
    return {r: t for r, t in params.items() if r not in written}


def _written_before(side: Side, label: str, start: int) -> set[str]:
    """Registers some path from the function's entry writes before
    instruction `start` of block `label`."""
    block = side.block(label)
    out = set(side.frame.written_in.get(block.label, frozenset()))
    for instr in block.instructions[:start]:
        out |= effects(side.isa, instr).writes
    return out


def _returned_unchanged(side: Side, label: str, start: int, reg: str, returns: str, bits: int = 64,
                        depth: int = 3) -> bool:
    """Whether the segment from `start` returns with `reg`'s value, as it
    was at `start`, in the low `bits` of the return register `returns` (a
    pass-through block; extending the value to the ABI's form on the way is
    fine), also through blocks that only pass it on (a `nop` after a call
    that falls into the epilogue)."""
    fresh = semantics(side.isa).fresh_state("pass!")
    state = TracedState.wrap(fresh.copy())
    block = side.block(label)
    try:
        run = run_segment(side.isa, state, block.instructions, start)
    except UnsupportedCode:
        return False
    low = lambda value: z3.simplify(z3.Extract(bits - 1, 0, value))  # noqa: E731
    if run.exit.kind == "ret":
        return low(state.regs[returns]).eq(low(fresh.regs[reg]))
    following = run.exit.target if run.exit.kind == "branch" else \
        block.successors[0] if run.exit.kind == "fall" and len(block.successors) == 1 else None
    return (depth > 0 and following is not None and state.regs[reg].eq(fresh.regs[reg])
            and any(b.label == following for b in side.blocks)
            and _returned_unchanged(side, following, 0, reg, returns, bits, depth - 1))


def _return_typed(corr: FunctionCorrespondence, src_label: str, dst_label: str, k: int,
                  pairs: list[tuple[str, str]], fp: bool) -> dict[str, CType]:
    """Pairs whose values the block returns unchanged get the return type:
    the ABI's form of the return value is then an invariant of the pair (a
    `char` a RISC-V predecessor must leave zero-extended)."""
    if corr.signature is None or corr.signature.returns.kind == "void":
        return {}
    returns = as_return(corr.signature.returns)
    if returns is None or (register_class(returns) == "fp") != fp:
        return {}
    s_ret = (abi(corr.src.isa).fp_returns if fp else abi(corr.src.isa).returns)[0]
    d_ret = (abi(corr.dst.isa).fp_returns if fp else abi(corr.dst.isa).returns)[0]
    s_start, d_start = corr.src.segments(src_label)[k][0], corr.dst.segments(dst_label)[k][0]
    return {s: returns for s, d in pairs
            if _returned_unchanged(corr.src, src_label, s_start, s, s_ret, returns.bits)
            and _returned_unchanged(corr.dst, dst_label, d_start, d, d_ret, returns.bits)}


def _reformed(corr: FunctionCorrespondence, src_label: str, dst_label: str, k: int, s: str, d: str,
              ctype: CType) -> bool:
    """Whether the RISC-V side gives a narrow integer returned from here its
    ABI form itself (`andi a0,a0,255` before `ret`): then the pair need
    only agree on the type's bits, not arrive in that form."""
    if not narrow_integer(ctype):
        return False
    for side, label, reg in ((corr.src, src_label, s), (corr.dst, dst_label, d)):
        if side.isa == "riscv":
            start = side.segments(label)[k][0]
            ret = abi(side.isa).returns[0]
            return not _returned_unchanged(side, label, start, reg, ret, 64)
    return False


def _pair_up(corr, src_label, k, live_s, live_d, roles, first_use_s, first_use_d,
             keep: tuple[frozenset, frozenset] = (frozenset(), frozenset())) -> list[tuple[str, str]]:
    """ABI role pairs where both are live, then the rest (less `keep`: the
    registers only roles may pair) in order of first use."""
    pairs = [(s, d) for s, d in roles if s in live_s and d in live_d]
    for s, d in corr.register_hints:  # (a callee-saved register the translator moved pairs so too)
        if s in live_s and d in live_d and not (s in keep[0] and d in keep[1]) \
                and all(s != p[0] and d != p[1] for p in pairs):
            pairs.append((s, d))
    rest_s = sorted(live_s - {p[0] for p in pairs} - keep[0], key=first_use_s)
    rest_d = sorted(live_d - {p[1] for p in pairs} - keep[1], key=first_use_d)
    inferred = list(zip(rest_s, rest_d))
    if len(rest_s) != len(rest_d):
        corr.notes.append(f"{src_label}#{k}: live registers without a partner: "
                          f"{sorted(set(rest_s) - {p[0] for p in inferred})} / "
                          f"{sorted(set(rest_d) - {p[1] for p in inferred})}")
    return pairs + inferred


def _boundary_pairs(corr: FunctionCorrespondence, src_label: str, dst_label: str, k: int,
                    arm_widths) -> list[RegisterPair]:
    src, dst = corr.src, corr.dst
    s_start = src.segments(src_label)[k][0]
    d_start = dst.segments(dst_label)[k][0]
    s_conv, d_conv = abi(src.isa), abi(dst.isa)
    # the frame pointer is an invariant of the frame unless the function
    # keeps data in it (then it pairs like a callee-saved register)
    frame_regs = lambda side: (set(abi(side.isa).frame_registers) | {abi(side.isa).zero}) - (  # noqa: E731
        {abi(side.isa).fp} if side.frame.fp[0] == "free" else set())
    live_s = {r for r in src.liveness[src_label].before[s_start]
              if r not in frame_regs(src) and r not in src.frame.untouched}
    live_d = {r for r in dst.liveness[dst_label].before[d_start]
              if r not in frame_regs(dst) and r not in dst.frame.untouched}
    at_function_entry = src_label == corr.entry_label and k == 0
    if at_function_entry:  # callee-saved registers hold the shared entry values already
        live_s -= s_conv.callee_saved | s_conv.fp_callee_saved | {s_conv.fp}
        live_d -= d_conv.callee_saved | d_conv.fp_callee_saved | {d_conv.fp}
    use_s = lambda r: (_first_use(src.isa, src.block(src_label).instructions, s_start, r), r)  # noqa: E731
    use_d = lambda r: (_first_use(dst.isa, dst.block(dst_label).instructions, d_start, r), r)  # noqa: E731
    int_roles = [p for p in role_pairs(src.isa, dst.isa) if p[0] in s_conv.args] + corr.callee_saved_pairs
    if src.frame.fp[0] == dst.frame.fp[0] == "free":
        int_roles.append((s_conv.fp, d_conv.fp))
    ints = _pair_up(corr, src_label, k, {r for r in live_s if _INTEGER.match(r)},
                    {r for r in live_d if _INTEGER.match(r)}, int_roles, use_s, use_d,
                    (s_conv.callee_saved, d_conv.callee_saved))
    floats = _pair_up(corr, src_label, k, {r for r in live_s if _FLOAT.match(r)},
                      {r for r in live_d if _FLOAT.match(r)}, list(zip(s_conv.fp_args, d_conv.fp_args)), use_s, use_d)
    typed = _typed_registers(corr, src_label, dst_label, k)
    returned = _return_typed(corr, src_label, dst_label, k, ints, False)
    typed = returned | _return_typed(corr, src_label, dst_label, k, floats, True) | typed
    out = []
    intact = _intact_parameters(corr, src_label, k)
    for s, d in ints:
        ctype = typed.get(s)
        if ctype is not None and s in returned and _reformed(corr, src_label, dst_label, k, s, d, ctype):
            out.append(RegisterPair(s, d, ctype.bits, None))
            continue
        bits = ctype.bits if ctype else arm_widths(src_label, dst_label, s_start, d_start, s, d)
        zero_upper = bits == 32 and (ctype is None or ctype.bits == 32) and \
            arm_widths.zero_upper(src_label, dst_label, s_start, d_start, s, d)
        if ctype is None and bits == 32 and (src.isa == "riscv" or (dst.isa == "riscv" and zero_upper)):
            # a 32-bit value in a RISC-V register is kept sign-extended (what
            # its *w instructions, loads and callers leave, and a target
            # where only `w` writes reach): an invariant of the pair, assumed
            # here and checked where a block leaves for here. (An AArch64
            # register also written whole shares only its low half.)
            ctype = INT32
        plain = ctype is None and bits == 64
        symbol = symbol_at(src, src_label, s) if plain and k == 0 else None
        form = intact.get(s) if plain else None
        if form is None and plain and k == 0 and symbol is None and sign_extended_at(src, src_label, s):
            form = INT32
        out.append(RegisterPair(s, d, bits, ctype, form, symbol, zero_upper))
    for s, d in floats:
        ctype = typed.get(s) or CType("float", arm_widths(src_label, dst_label, s_start, d_start, s, d))
        out.append(RegisterPair(s, d, ctype.bits, ctype))
    return out


class ArmWidths:
    """Called as (src_label, dst_label, s_start, d_start, src_reg, dst_reg):
    the bits a register pair shares. 32 when the AArch64 side reads the
    value through a `w` name (or, when the block does not read it, wrote it
    through one); also 32 when it reads it whole but every write reaching
    here was through a `w` name. Where every write reaching here was, the
    upper half is zero (`zero_upper`), which the other side need not share
    (RISC-V sign-extends)."""

    def __init__(self, src: Side, dst: Side):
        self.arm_is_src = src.isa == "arm"
        self.side = src if self.arm_is_src else dst if dst.isa == "arm" else None
        if self.side is not None:
            self.reaching = reaching_widths(self.side.isa, self.side.blocks)
            self.by_label = {b.label: b for b in self.side.blocks}

    def _where(self, src_label, dst_label, s_start, d_start, s_reg, d_reg):
        return (src_label, s_start, s_reg) if self.arm_is_src else (dst_label, d_start, d_reg)

    def __call__(self, *where) -> int:
        if self.side is None:
            return 64
        label, start, reg = self._where(*where)
        read = read_width_ahead(self.side.isa, self.by_label, label, start, reg)
        if read is not None:  # what the block reads decides
            return 32 if read == 32 or self.zero_upper(*where) else 64
        written = self.reaching[label][start].get(reg, frozenset())
        return 32 if 32 in written else 64

    def zero_upper(self, *where) -> bool:
        """Every write of the AArch64 register reaching here was 32-bit."""
        if self.side is None:
            return False
        label, start, reg = self._where(*where)
        return self.reaching[label][start].get(reg, frozenset()) == {32}


# ------------------------------------------------------------ the whole thing

def callee_saved_pairs(src_isa: str, src_blocks: list[Block], dst_isa: str,
                       dst_blocks: list[Block], hints: list[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """Callee-saved registers that hold the same temporaries: the
    translator's map where it names them (`hints`; a callee-saved register
    it moved to a caller-saved one pairs with none); else gcc allocates
    them in different orders on the two sides, so they pair by the order in
    which the function body first writes them (never-written ones by ABI role)."""
    def first_writes(isa, blocks):
        saved, order = abi(isa).callee_saved, []
        for b in blocks:
            for instr in b.instructions:
                if effects(isa, instr).exit_kind == "ret":
                    return order
                for reg in sorted(effects(isa, instr).writes & saved):
                    if reg not in order:
                        order.append(reg)
        return order

    saved_s, saved_d = abi(src_isa).callee_saved, abi(dst_isa).callee_saved
    hinted = [(s, d) for s, d in hints if s in saved_s and d in saved_d]
    moved = {s for s, d in hints if s in saved_s and d not in saved_d} | {d for s, d in hints if d in saved_d}
    written_s = [r for r in first_writes(src_isa, src_blocks) if r not in moved and r not in dict(hinted)]
    written_d = [r for r in first_writes(dst_isa, dst_blocks) if r not in moved]
    pairs = hinted + list(zip(written_s, written_d))
    used_s, used_d = {p[0] for p in pairs}, {p[1] for p in pairs}
    pairs += [(s, d) for s, d in role_pairs(src_isa, dst_isa)
              if s in saved_s and d in saved_d and s not in used_s and d not in used_d]
    return pairs


def _side(isa: str, names: dict[str, str], blocks: list[Block], aliases: dict[str, str] | None,
          returns_value, signatures=None) -> Side:
    frame = analyze_frame(isa, names, blocks)
    names = {b.label: b.label for b in blocks} | dict(aliases or {})
    return Side(isa, blocks, names, frame, function_liveness(isa, blocks, returns_value, signatures))


def _returns_value(isa: str, blocks: list[Block]) -> bool:
    """A value is returned when the return register is written by an
    instruction (not only by a call) on some path to a return. Asked of the
    RISC-V side, where gcc uses a0 for nothing else."""
    reaching = reaching_widths(isa, blocks)
    ret_reg = abi(isa).returns[0]
    return any(reaching[label][i].get(ret_reg, frozenset()) - {"call"} for label, i in _ret_points(isa, blocks))


def _return_bits(isa: str, blocks: list[Block]) -> int:
    if isa != "arm":
        return 64
    reaching = reaching_widths(isa, blocks)
    ret_reg = abi(isa).returns[0]
    return 32 if any(32 in reaching[label][i].get(ret_reg, frozenset())
                     for label, i in _ret_points(isa, blocks)) else 64


def _return_registers(isa: str, signature: Signature | None, returns_value: bool):
    """What a return reads as the value: by the C type when known (a float
    in the FP register), else the integer register when `returns_value`."""
    if signature is None:
        return returns_value
    returns = as_return(signature.returns) if signature.returns.kind != "void" else None
    if returns is None:
        return signature.returns.kind != "void"  # void: nothing; a large struct: unsupported later
    return abi(isa).fp_returns if register_class(returns) == "fp" else abi(isa).returns


def infer_correspondence(name: str, src_isa: str, src_blocks: list[Block], dst_isa: str,
                         dst_blocks: list[Block], pairs: list[BlockPair],
                         src_aliases: dict[str, str] | None = None,
                         dst_aliases: dict[str, str] | None = None,
                         signatures: dict[str, Signature] | None = None,
                         register_hints: list[tuple[str, str]] = ()) -> FunctionCorrespondence:
    """The correspondence of one function (raises UnsupportedCode when the
    frames cannot be read). `signatures`: C signatures by function name
    (from the debug information), for the ABI's view of parameters and
    return values. `register_hints`: (source, target) registers the
    translator keeps one value in; live ones pair so before the rest pair by
    first use. Any pairing is sound (each block is proven to keep it); the
    hint only makes the right one the first tried."""
    signatures = dict(signatures or {})
    signature = signatures.get(name)
    rv = (src_isa, src_blocks) if src_isa == "riscv" else (dst_isa, dst_blocks)
    returns_value = _returns_value(*rv) if signature is None else signature.returns.kind != "void"
    arm = (src_isa, src_blocks) if src_isa == "arm" else (dst_isa, dst_blocks)
    return_bits = _return_bits(*arm)
    saved_pairs = callee_saved_pairs(src_isa, src_blocks, dst_isa, dst_blocks, list(register_hints))
    src = _side(src_isa, entry_names(src_isa, saved_pairs, 0), src_blocks, src_aliases,
                _return_registers(src_isa, signature, returns_value), signatures)
    dst = _side(dst_isa, entry_names(dst_isa, saved_pairs, 1), dst_blocks, dst_aliases,
                _return_registers(dst_isa, signature, returns_value), signatures)
    slots, notes = infer_slots(src, dst, pairs)
    corr = FunctionCorrespondence(name, src, dst, {p.src: p.dst for p in pairs}, slots, {},
                                  returns_value, return_bits, notes, saved_pairs,
                                  signature=signature, signatures=signatures, register_hints=list(register_hints))
    widths = ArmWidths(src, dst)
    for pair in pairs:
        n = min(len(src.segments(pair.src)), len(dst.segments(pair.dst)))
        for k in range(n):
            corr.boundaries[(pair.src, k)] = _boundary_pairs(corr, pair.src, pair.dst, k, widths)
    return corr
