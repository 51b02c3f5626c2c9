"""The correspondence as Z3 formulas: related input states for a boundary,
and the obligations an exit must meet.

Inputs: one symbolic CFA shared by both sides; each side's sp/fp/lr at its
frame invariant; paired registers share one variable (32-bit pairs only
their low half); the target's memory is the source's outside the frames,
the source's slot contents inside mapped target slots, and free elsewhere
in its frame. Save slots hold the shared entry values.

Obligations (what must hold at an exit): paired registers of the next
boundary, each side's frame invariant, every byte either side wrote (through
the slot map inside the frames), and, for calls and returns, the ABI's
registers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import z3

from .abi import abi, semantics
from .abi_values import agree, as_return, placed, register_class, riscv_integer, well_formed
from .correspondence import FunctionCorrespondence, RegisterPair, SlotPair
from .extension import extended_slots_at
from .frame import CFA, Frame, cfa_offset, entry_state, entry_value, holding, poke, split_cfa_offset
from .literals import rename_constants
from .memory import MemoryModel
from .trace import Access, TracedState, UnsupportedCode
from guacc.transpiler.semantics.symbols import symbol_address

BYTE = z3.BitVecSort(8)
ADDR = z3.BitVecSort(64)


@dataclass
class Obligation:
    what: str
    holds: z3.BoolRef
    side: str = "both"  # 'src' | 'dst': a frame invariant of one side only
    values: tuple | None = None  # (src value, dst value) for counterexamples


@dataclass
class Inputs:
    src: TracedState
    dst: TracedState
    precondition: list[z3.BoolRef]
    named: dict[str, z3.ExprRef] = field(default_factory=dict)  # for counterexamples
    src_memory: z3.ArrayRef | None = None


def in_frame(corr: FunctionCorrespondence, address: z3.BitVecRef) -> z3.BoolRef:
    span = corr.frame_span
    return z3.ULT(address - (CFA - span), span)


def _in_range(address: z3.BitVecRef, start: int, size: int, inclusive: bool = False) -> z3.BoolRef:
    return (z3.ULE if inclusive else z3.ULT)(address - (CFA + start), size)


def map_address(corr: FunctionCorrespondence, value: z3.BitVecRef) -> z3.BitVecRef:
    """The target's address for a source frame address (one past a slot's
    end included, as C allows); other values map to themselves."""
    where = split_cfa_offset(value)
    if where is not None and not where[1]:
        offset = where[0]
        for slot in corr.slots:
            if slot.src <= offset <= slot.src + slot.size:
                return CFA + (offset + slot.delta)
        return value
    result = value
    for slot in reversed(corr.slots):
        result = z3.If(_in_range(value, slot.src, slot.size, inclusive=True), value + slot.delta, result)
    return result


def map_value(corr: FunctionCorrespondence, value: z3.BitVecRef) -> z3.BitVecRef:
    """What the target must hold for a source value: frame addresses go
    through the slot map, anything else is itself."""
    return map_address(corr, value) if split_cfa_offset(value) is not None else value


def _load8(mem: z3.ArrayRef, address: z3.BitVecRef) -> z3.BitVecRef:
    return z3.Concat(*[z3.Select(mem, address + i) for i in reversed(range(8))])


def related_memory(corr: FunctionCorrespondence, src_mem: z3.ArrayRef, free: z3.ArrayRef,
                   at_entry: bool) -> z3.ArrayRef:
    """The target memory related to `src_mem`: identical outside the frames;
    inside, mapped slots carry the source slot's bytes (pointer slots the
    mapped pointer), the rest is `free`."""
    a = z3.BitVec("addr!", 64)
    inner = z3.Select(free, a)
    if not at_entry:
        for slot in reversed(corr.slots):
            base = CFA + slot.dst
            if slot.holds_frame_address:
                pointer = map_address(corr, _load8(src_mem, CFA + slot.src))
                byte = z3.Extract(63, 56, pointer)  # (a mux, not a variable shift: cheaper to solve)
                for k in range(6, -1, -1):
                    byte = z3.If(a == base + k, z3.Extract(8 * k + 7, 8 * k, pointer), byte)
            else:
                byte = z3.Select(src_mem, a - slot.delta)
            inner = z3.If(z3.ULT(a - base, slot.size), byte, inner)
    outside = z3.Select(src_mem, a)
    for name, size in sorted(target_only_data(corr).items()):
        outside = z3.If(z3.ULT(a - symbol_address(name), size), z3.Select(TARGET_TABLES, a), outside)
    return z3.Lambda([a], z3.If(in_frame(corr, a), inner, outside))


# The target's jump tables lie where the source's do (a register holding a
# table's address is the same on both sides) but hold other bytes: their
# own code offsets (verify/jumps.py).
TARGET_TABLES = z3.Array("t!tables", ADDR, BYTE)


def target_only_data(corr: FunctionCorrespondence) -> dict[str, int]:
    """Symbol -> bytes from it that the target reads from `TARGET_TABLES`."""
    return {t.name: len(t.targets) * t.entry_size for t in corr.dst_tables.values()}


def _set_frame_registers(state: TracedState, isa: str, frame: Frame, block, start: int) -> None:
    conv = abi(isa)
    state.regs[conv.sp] = CFA - frame.size
    if frame.fp[0] == "cfa":
        state.regs[conv.fp] = CFA + frame.fp[1]
    elif frame.fp[0] == "entry":
        state.regs[conv.fp] = entry_value("fp")
    if frame.lr[0] == "entry":
        state.regs[conv.lr] = entry_value("lr")
    for reg in frame.fresh_at(block, start):
        state.regs[reg] = holding(state.regs[reg], entry_value(frame.names.get(reg, f"{isa}.{reg}")))


def _fill_save_slots(mem: z3.ArrayRef, frame: Frame, block, start: int) -> z3.ArrayRef:
    for slot in frame.slots_at(block, start):
        mem = poke(mem, CFA + slot.offset, entry_value(slot.role), slot.size)
    return mem


def _boundary(corr: FunctionCorrespondence, src_label: str, segment: int):
    """(source block, its start, target block, its start) of a boundary."""
    s_block = corr.src.block(src_label)
    d_block = corr.dst.block(corr.label_map.get(src_label, src_label))
    return (s_block, corr.src.segments(s_block.label)[segment][0],
            d_block, corr.dst.segments(d_block.label)[segment][0])


def make_inputs(corr: FunctionCorrespondence, src_label: str, segment: int) -> Inputs:
    """Related input states at the boundary (`src_label`, `segment`)."""
    src_isa, dst_isa = corr.src.isa, corr.dst.isa
    at_entry = src_label == corr.entry_label and segment == 0
    if at_entry:
        src = entry_state(src_isa, corr.src.frame.names, "s!")
        dst = entry_state(dst_isa, corr.dst.frame.names, "t!")
    else:
        src = TracedState.wrap(semantics(src_isa).fresh_state("s!"))
        dst = TracedState.wrap(semantics(dst_isa).fresh_state("t!"))
        s_block, s_start, d_block, d_start = _boundary(corr, src_label, segment)
        _set_frame_registers(src, src_isa, corr.src.frame, s_block, s_start)
        _set_frame_registers(dst, dst_isa, corr.dst.frame, d_block, d_start)
    precondition = [CFA & 15 == 0, z3.UGE(CFA, 1 << 32), z3.ULE(CFA, 1 << 47)]
    named: dict[str, z3.ExprRef] = {"cfa": CFA}
    for pair in corr.pairs_at(src_label, segment):
        value = z3.BitVec(f"in!{pair.src}={pair.dst}", 64)
        if pair.ctype is not None:  # as the ABI leaves the value: only the type's bits shared
            src.regs[pair.src] = placed(src_isa, src.regs[pair.src], value, pair.ctype)
            dst.regs[pair.dst] = placed(dst_isa, dst.regs[pair.dst], value, pair.ctype)
        elif pair.bits == 64:
            if pair.src_form is not None:
                value = riscv_integer(z3.Extract(pair.src_form.bits - 1, 0, value), pair.src_form)
            if pair.symbol is not None:
                value = symbol_address(pair.symbol)
            src.regs[pair.src] = dst.regs[pair.dst] = value
        else:  # only the low bits shared
            src.regs[pair.src] = value
            dst.regs[pair.dst] = z3.Concat(z3.Extract(63, pair.bits, dst.regs[pair.dst]),
                                           z3.Extract(pair.bits - 1, 0, value))
        if pair.zero_upper:
            regs, reg = (src.regs, pair.src) if src_isa == "arm" else (dst.regs, pair.dst)
            regs[reg] = z3.ZeroExt(32, z3.Extract(31, 0, regs[reg]))
        named[f"{pair.src}~{pair.dst}"] = value
        integer = pair.ctype is None or register_class(pair.ctype) == "int"
        if at_entry and pair.bits == 64 and integer:  # arguments never point into the frame being built
            precondition.append(z3.Not(in_frame(corr, value)))
    if not at_entry:  # a paired callee-saved register no path has written yet still holds its entry value
        for state, frame, block, start in ((src, corr.src.frame, s_block, s_start),
                                           (dst, corr.dst.frame, d_block, d_start)):
            for reg in sorted(frame.fresh_at(block, start)):
                expected = entry_value(frame.names.get(reg, f"{frame.isa}.{reg}"))
                if not _low(state.regs[reg], 64).eq(expected):
                    precondition.append(_low(state.regs[reg], 64) == expected)
    src_mem = z3.Array("s!mem", ADDR, BYTE)
    dst_mem = related_memory(corr, src_mem, z3.Array("t!free", ADDR, BYTE), at_entry)
    model = MemoryModel()
    model.overlays[dst_mem.get_id()] = (src_mem, dst_mem)
    model.constants = rename_constants(corr.dst_constants, corr.dst_renames) | corr.src_constants
    model.target_only = {symbol_address(name) for name in target_only_data(corr)}
    escapes = any(s.holds_frame_address for s in corr.slots)
    for state in (src, dst):
        state.memory = model
    src.assume_outside = lambda address: not escapes and split_cfa_offset(address) is None
    if not at_entry:
        src_mem = _fill_save_slots(src_mem, corr.src.frame, s_block, s_start)
        dst_mem = _fill_save_slots(dst_mem, corr.dst.frame, d_block, d_start)
        for offset in _extended_slots(corr, s_block.label, s_start):
            value = _load8(src_mem, CFA + offset)
            precondition.append(value == z3.SignExt(32, z3.Extract(31, 0, value)))
    src.mem, dst.mem = src_mem, dst_mem
    return Inputs(src, dst, precondition, named, src_mem)


# ------------------------------------------------------------ source assumptions

def _src_slot_ranges(corr: FunctionCorrespondence) -> list[tuple[int, int]]:
    return [(s.src, s.size) for s in corr.slots] + [(s.offset, s.size) for s in corr.src.frame.save_slots]


def symbol_preconditions(names: set[str]) -> list[z3.BoolRef]:
    """Globals, string literals and code lie far below the stack."""
    return [z3.ULT(symbol_address(name), CFA - (1 << 24)) for name in sorted(names)]


def constant_preconditions(inputs: Inputs, names: set[str], constants: dict[str, bytes]) -> list[z3.BoolRef]:
    """Read-only data holds what the file says (outside the frames both
    sides' memories agree, so the source's memory is enough). Read through
    the memory model: the save slots' stores lie in the frame, far from any
    symbol, and a plain select would leave the solver to find that out for
    every byte."""
    out = []
    for name in sorted(names & set(constants)):
        base = symbol_address(name)
        out += [inputs.src.select_in(inputs.src_memory, base + i) == byte for i, byte in enumerate(constants[name])]
    return out


def source_assumptions(corr: FunctionCorrespondence, accesses: list[Access]) -> list[z3.BoolRef]:
    """C has no out-of-bounds accesses: a source access that lands in the
    frame lands inside a known slot, and a pointer not computed from sp or
    the frame pointer does not point into this frame (unless the function
    stores frame addresses in memory), while one computed from them plus an
    index stays inside its object, so inside a slot (not above the CFA in
    the caller's frame either); a pointer that does point into the frame
    points into a data slot, never at a saved register. Fixed frame
    addresses outside every slot cannot be assumed away: they make the
    block unsupported."""
    ranges = _src_slot_ranges(corr)
    escapes = any(s.holds_frame_address for s in corr.slots)
    out = []
    span = corr.frame_span
    for acc in accesses:
        # no byte of [address, address + size) in [cfa - span, cfa)
        outside = z3.Not(z3.ULT(acc.address + (acc.size - 1) - (CFA - span), span + acc.size - 1))
        if not escapes and split_cfa_offset(acc.address) is None:
            out.append(outside)
            continue
        offset = cfa_offset(acc.address)
        if offset is not None:
            if -corr.frame_span <= offset < 0 and not any(
                    start <= offset and offset + acc.size <= start + size for start, size in ranges):
                raise UnsupportedCode(f"stack slot cfa{offset:+d} ({acc.size} bytes) has no partner "
                                      f"in the other frame")
            continue
        # a C object, so a data slot (no pointer of the program points at a saved register)
        inside = [z3.ULE(acc.address - (CFA + s.src), s.size - acc.size) for s in corr.slots
                  if s.size >= acc.size]
        if split_cfa_offset(acc.address) is not None:  # an index into a local object
            out.append(z3.Or(*inside) if inside else z3.BoolVal(False))
        else:
            out.append(z3.Or(outside, *inside))  # all of it outside: an object never straddles the frame
    return out


# ------------------------------------------------------------ obligations

def describe_address(address: z3.BitVecRef) -> str:
    """A short name for an address in reasons: `cfa-840+…` for an index
    into the frame, else the start of its S-expression."""
    where = split_cfa_offset(address)
    if where is not None:
        return f"cfa{where[0]:+d}" + ("+…" if where[1] else "")
    return _brief(address, 3)


def _brief(e: z3.ExprRef, depth: int) -> str:
    """`e` printed down to `depth` levels (a full print of a term with
    memory reads in it can take seconds)."""
    if z3.is_bv_value(e):
        return hex(e.as_long())
    if not z3.is_app(e) or e.num_args() == 0:
        return str(e)
    if depth == 0:
        return "…"
    return f"({e.decl().name()} {' '.join(_brief(c, depth - 1) for c in e.children()[:3])}" + \
        (" …)" if e.num_args() > 3 else ")")


def _low(value: z3.BitVecRef, bits: int) -> z3.BitVecRef:
    return value if value.size() == bits else z3.Extract(bits - 1, 0, value)


def register_obligation(corr: FunctionCorrespondence, what: str, src_value, dst_value, bits: int) -> Obligation:
    """The target register holds the source's value (a frame address
    mapped through the slot map). A source pointer indexed into a local
    object need only be matched while it points into the object or just
    past it: C gives pointer arithmetic beyond that no meaning."""
    expected = map_value(corr, src_value) if bits == 64 else src_value
    holds = _low(expected, bits) == _low(dst_value, bits)
    where = split_cfa_offset(src_value) if bits == 64 else None
    if where is not None and where[1]:
        valid = [_in_range(src_value, s.src, s.size, inclusive=True) for s in corr.slots]
        holds = z3.Implies(z3.Or(*valid), holds) if valid else holds
    return Obligation(what, holds, "both", (src_value, dst_value))


def typed_obligations(corr: FunctionCorrespondence, what: str, src_value, dst_value, ctype) -> list[Obligation]:
    """The two registers carry the same value of C type `ctype` as their
    ABIs want it (a RISC-V target extends it; a RISC-V source's own
    extension is an invariant the source must keep, checked on its side)."""
    if register_class(ctype) == "int" and ctype.bits == 64:
        holds = register_obligation(corr, what, src_value, dst_value, 64).holds
    else:
        holds = agree(src_value, dst_value, ctype)
    out = [Obligation(what, z3.And(holds, well_formed(corr.dst.isa, dst_value, ctype)), "both",
                      (src_value, dst_value))]
    src_form = well_formed(corr.src.isa, src_value, ctype)
    if not z3.is_true(src_form):
        out.append(Obligation(f"{what} (source extension)", src_form, "src"))
    return out


def pair_obligations(corr, pairs: list[RegisterPair], src: TracedState, dst: TracedState) -> list[Obligation]:
    out = []
    for p in pairs:
        if p.ctype is not None:
            out += typed_obligations(corr, f"{p.src}~{p.dst}", src.regs[p.src], dst.regs[p.dst], p.ctype)
        else:
            out.append(register_obligation(corr, f"{p.src}~{p.dst}", src.regs[p.src], dst.regs[p.dst], p.bits))
        if p.src_form is not None:
            out.append(Obligation(f"{p.src}~{p.dst} (source extension)",
                                  well_formed("riscv", src.regs[p.src], p.src_form), "src"))
        if p.symbol is not None:
            out.append(Obligation(f"{p.src}~{p.dst} (address of {p.symbol})",
                                  src.regs[p.src] == symbol_address(p.symbol), "src"))
        if p.zero_upper:
            side, value = ("src", src.regs[p.src]) if corr.src.isa == "arm" else ("dst", dst.regs[p.dst])
            out.append(Obligation(f"{p.src}~{p.dst} (upper half zero)", z3.Extract(63, 32, value) == 0, side))
    return out


def frame_obligations(corr: FunctionCorrespondence, src: TracedState, dst: TracedState,
                      wrote_src: bool, wrote_dst: bool) -> list[Obligation]:
    """Each side's sp, frame pointer, link register, save slots and the
    callee-saved registers the function never writes at their invariant
    values (the next block's inputs assume them)."""
    out = []
    for side, state, frame, wrote in (("src", src, corr.src.frame, wrote_src), ("dst", dst, corr.dst.frame, wrote_dst)):
        conv = abi(frame.isa)
        out.append(Obligation(f"{side} sp", state.regs[conv.sp] == CFA - frame.size, side))
        for reg in sorted(frame.untouched):
            value = _low(state.regs[reg], 64)
            expected = entry_value(frame.names.get(reg, f"{frame.isa}.{reg}"))
            if not value.eq(expected):  # (most blocks leave them alone: nothing to prove)
                out.append(Obligation(f"{side} untouched callee-saved {reg}", value == expected, side))
        if frame.fp[0] == "cfa":
            out.append(Obligation(f"{side} frame pointer", state.regs[conv.fp] == CFA + frame.fp[1], side))
        elif frame.fp[0] == "entry":
            out.append(Obligation(f"{side} frame pointer", state.regs[conv.fp] == entry_value("fp"), side))
        if frame.lr[0] == "entry":
            out.append(Obligation(f"{side} link register", state.regs[conv.lr] == entry_value("lr"), side))
        if wrote:
            for slot in frame.save_slots:
                if slot.at is None:
                    out.append(_slot_obligation(side, state, slot))
    return out


def _slot_obligation(side: str, state: TracedState, slot) -> Obligation:
    return Obligation(f"{side} save slot cfa{slot.offset:+d}",
                      state.load(CFA + slot.offset, slot.size) == entry_value(slot.role), side)


def _extended_slots(corr: FunctionCorrespondence, label: str, start: int) -> list[int]:
    """The source's slots that hold sign-extended values here
    (`extension.extended_slots_at`), in a function whose frame has no
    indexed object: a store into an array at an unknown index could, as
    far as the solver knows, land in any slot."""
    if any(s.indexed or s.holds_frame_address for s in corr.slots):
        return []
    return sorted(extended_slots_at(corr.src, label, start))


def boundary_obligations(corr: FunctionCorrespondence, src: TracedState, dst: TracedState,
                         src_label: str, segment: int) -> list[Obligation]:
    """What the boundary (`src_label`, `segment`) assumes beyond the frame
    invariants: each side's callee-saved registers no path has written yet
    at their entry values, and the saves made after the prologue on every
    path to it holding them."""
    if src_label == corr.entry_label and segment == 0:
        return []
    s_block, s_start, d_block, d_start = _boundary(corr, src_label, segment)
    out = []
    for side, state, frame, block, start in (("src", src, corr.src.frame, s_block, s_start),
                                             ("dst", dst, corr.dst.frame, d_block, d_start)):
        for reg in sorted(frame.fresh_at(block, start) - frame.untouched):  # (those: frame_obligations)
            value = _low(state.regs[reg], 64)
            expected = entry_value(frame.names.get(reg, f"{frame.isa}.{reg}"))
            if not value.eq(expected):
                out.append(Obligation(f"{side} callee-saved {reg} unwritten", value == expected, side))
        out += [_slot_obligation(side, state, slot) for slot in frame.slots_at(block, start) if slot.at is not None]
    for offset in _extended_slots(corr, s_block.label, s_start):
        value = src.load(CFA + offset, 8)
        out.append(Obligation(f"src slot cfa{offset:+d} (source extension)",
                              value == z3.SignExt(32, z3.Extract(31, 0, value)), "src"))
    return out


def _slot_of(slots: list[SlotPair], offset: int, side: str) -> SlotPair | None:
    for slot in slots:
        start = slot.src if side == "src" else slot.dst
        if start <= offset < start + slot.size:
            return slot
    return None


def memory_obligations(corr: FunctionCorrespondence, src: TracedState, dst: TracedState,
                       frame_live: bool) -> list[Obligation]:
    """Every byte either side wrote agrees with its partner: the same address
    outside the frames, the mapped slot inside them (bytes of unmapped frame
    space are nobody's business). `frame_live` False after a return."""
    out: list[Obligation] = []
    done: set = set()
    pointer_slots: set[SlotPair] = set()

    def same(what, a_src, a_dst):
        s, d = src.select(a_src), dst.select(a_dst)
        return Obligation(what, s == d, "both", (s, d))

    for side, state in (("src", src), ("dst", dst)):
        for write in state.writes:
            for i in range(write.size):
                byte = write.address + i
                offset = cfa_offset(byte)
                if offset is not None:
                    if (side, offset) in done:
                        continue
                    done.add((side, offset))
                    if -corr.frame_span <= offset < 0:
                        slot = _slot_of(corr.slots, offset, side)
                        if not frame_live or slot is None:
                            continue
                        if slot.holds_frame_address:
                            pointer_slots.add(slot)
                            continue
                        pair = (offset, offset + slot.delta) if side == "src" else (offset - slot.delta, offset)
                        if ("pair", pair) in done:
                            continue
                        done.add(("pair", pair))
                        out.append(same(f"stack cfa{pair[0]:+d}~cfa{pair[1]:+d}", CFA + pair[0], CFA + pair[1]))
                    else:
                        if ("abs", offset) in done:
                            continue
                        done.add(("abs", offset))
                        out.append(same(f"memory cfa{offset:+d}", byte, byte))
                    continue
                byte = z3.simplify(byte)
                outside = src.select(byte) == dst.select(byte)
                inside = z3.BoolVal(True)
                if frame_live:
                    for slot in reversed(corr.slots):
                        start = slot.src if side == "src" else slot.dst
                        other = byte + slot.delta if side == "src" else byte - slot.delta
                        pair_eq = (src.select(byte) == dst.select(other) if side == "src"
                                   else src.select(other) == dst.select(byte))
                        inside = z3.If(z3.ULT(byte - (CFA + start), slot.size), pair_eq, inside)
                out.append(Obligation(f"{side} store byte {i} at {describe_address(write.address)}",
                                      z3.If(in_frame(corr, byte), inside, outside), "both",
                                      (src.select(byte), dst.select(byte))))
    for slot in pointer_slots:
        s_val, d_val = src.memory.load(src.mem, CFA + slot.src, 8), dst.memory.load(dst.mem, CFA + slot.dst, 8)
        out.append(Obligation(f"pointer slot cfa{slot.src:+d}~cfa{slot.dst:+d}",
                              d_val == map_address(corr, s_val), "both", (s_val, d_val)))
    return out


def return_obligations(corr: FunctionCorrespondence, src: TracedState, dst: TracedState) -> list[Obligation]:
    """At a return: the caller's sp, frame pointer, link register and
    callee-saved registers back, and the return value."""
    s_abi, d_abi = abi(corr.src.isa), abi(corr.dst.isa)
    out = [Obligation("src sp restored", src.regs[s_abi.sp] == CFA, "src"),
           Obligation("dst sp restored", dst.regs[d_abi.sp] == CFA, "dst"),
           Obligation("frame pointer restored", src.regs[s_abi.fp] == dst.regs[d_abi.fp], "both",
                      (src.regs[s_abi.fp], dst.regs[d_abi.fp])),
           Obligation("link register", src.regs[s_abi.lr] == dst.regs[d_abi.lr], "both",
                      (src.regs[s_abi.lr], dst.regs[d_abi.lr]))]
    # each side restores its own callee-saved registers
    for side, state, conv, frame in (("src", src, s_abi, corr.src.frame), ("dst", dst, d_abi, corr.dst.frame)):
        for reg in sorted(conv.callee_saved | conv.fp_callee_saved):
            name = frame.names.get(reg, f"{frame.isa}.{reg}")
            value = _low(state.regs[reg], 64)  # of a V register only the low half is callee-saved
            out.append(Obligation(f"{side} callee-saved {reg} restored", value == entry_value(name),
                                  "both", (value, entry_value(name))))
    signature = corr.signature
    if signature is not None:
        if signature.returns.kind == "void":
            return out
        returns = as_return(signature.returns)
        if returns is None:
            raise UnsupportedCode(f"returns a {signature.returns.bits // 8}-byte struct "
                                  f"(the two conventions return it differently)")
        fp = register_class(returns) == "fp"
        s = (s_abi.fp_returns if fp else s_abi.returns)[0]
        d = (d_abi.fp_returns if fp else d_abi.returns)[0]
        return out + typed_obligations(corr, f"return value {s}~{d}", src.regs[s], dst.regs[d], returns)
    if corr.returns_value:
        s, d = s_abi.returns[0], d_abi.returns[0]
        out.append(register_obligation(corr, f"return value {s}~{d}", src.regs[s], dst.regs[d], corr.return_bits))
    return out
