"""The rule-based AArch64 -> RISC-V (RV64GC, LP64D) guesser.

Each block is translated instruction by instruction (`BlockEmitter` holds
the block's RISC-V code, scratch registers, flags and register forms); the
rules live in arm_riscv_{alu,memory,conditions,float,calls}.py, their
tables in data/arm_to_riscv.toml. A block's guess is straight-line code
ending the way the source block ends (same branch targets, call, return),
so the driver can pair blocks one to one. An instruction no rule covers
makes the whole function unsupported, with the instruction and its line.

Across blocks: arm_riscv_dataflow says which registers arrive as 32-bit
values and which symbol addresses arrive in registers; arm_riscv_registers
plans the register map per file (gcc -O2 keeps caller-saved registers
across calls of functions it knows). Flags never cross a block on RISC-V:
a block that reads flags a predecessor set (gcc branches twice on one
cmp) compares again, from the same compare whose registers still hold the
same values; where no such compare exists the function is unsupported.
"""

from __future__ import annotations

from guacc.transpiler.asm.asmfile import AsmFile
from guacc.transpiler.asm.blocks import Function
from guacc.transpiler.asm.model import Block, Instruction, Reg, SymRef
from guacc.transpiler.asm.printer import format_instruction
from guacc.transpiler.guess import BlockGuess, FunctionGuess, GuessContext

from guacc.transpiler.asm.jump_tables import jump_tables

from . import arm_riscv_alu, arm_riscv_conditions, arm_riscv_float, arm_riscv_jumps, arm_riscv_memory
from .arm_riscv_calls import CallContext, make_rules
from .arm_riscv_dataflow import FunctionFlow, effects
from .arm_riscv_emit import BlockEmitter
from .arm_riscv_flags import drop
from .arm_riscv_registers import SPILL_RESERVES, FilePlan, RegisterMap, RuleError, arm_reg

_FLAG_WRITERS = frozenset("cmp cmn tst subs adds ands bics negs ccmp ccmn fcmp fcmpe fccmp fccmpe".split())
# flag setters with no other effect: a successor block can set the same flags again
_PURE_COMPARES = frozenset("cmp cmn tst fcmp fcmpe".split())
_FLAG_READERS = frozenset(
    "csel csinc csinv csneg cset csetm cinc cinv cneg ccmp ccmn fcsel fccmp fccmpe adc sbc".split())
_TERMINATORS = frozenset("b bl blr br ret cbz cbnz tbz tbnz".split())
_NOP = frozenset({"nop", "hint", "bti"})


def translate_function(function: Function, context: GuessContext) -> FunctionGuess:
    # A function with more of x9-x18 live than RISC-V has temporaries keeps
    # some in FP registers; each use of one takes a scratch register, and an
    # instruction with several (clang -O1's csinc of three) may need more
    # than the two kept back: then keep back more (and spill more).
    first_error = None
    for reserve in SPILL_RESERVES:
        regs = None
        try:
            regs = RegisterMap(function, _file_plan(context.src), reserve)
            flow = FunctionFlow(function)
            rules = _rules(function, context)
            tables = jump_tables(context.src)
            candidates = [[BlockGuess(_translate_block(block, regs, flow, rules, tables), origin="rules")]
                          for block in function.blocks]
        except RuleError as err:
            first_error = first_error or err
            if regs is not None and regs.spilled and "out of scratch" in str(err):
                continue
            break
        return FunctionGuess(candidates, register_pairs=_register_pairs(regs))
    return FunctionGuess(error=f"unsupported: {first_error}")


def _register_pairs(regs: RegisterMap) -> list[tuple[str, str]]:
    """The map as architectural pairs ('x9', 'x6'); spilled registers, which
    live in FP registers, are left out."""
    from guacc.transpiler.semantics.riscv_operands import canonical_register as riscv_register

    frame = {"x29", "x30", "sp", "xzr"}
    pairs = [(arm, riscv_register(rv)[0]) for arm, rv in regs.int_map.items() if arm not in frame]
    return pairs + [(arm, riscv_register(rv)[0]) for arm, rv in regs.fp_map.items()]


_PLANS: dict[int, tuple[AsmFile, FilePlan]] = {}


def _file_plan(src: AsmFile) -> FilePlan:
    """The file-wide register plan (computed once per file)."""
    cached = _PLANS.get(id(src))
    if cached is not None and cached[0] is src:
        return cached[1]
    functions = list(src.functions.values())
    kept: set[str] = set()
    wide_results: set[str] = set()
    for function in functions:
        flow = FunctionFlow(function)
        kept |= flow.kept_across_calls()
        wide_results |= flow.callees_read_wide()
    plan = FilePlan.build(functions, kept, wide_results)
    _PLANS.clear()
    _PLANS[id(src)] = (src, plan)
    return plan


def _rules(function: Function, context: GuessContext) -> dict:
    writes_fp_arguments = any(
        instr.operands and isinstance(instr.operands[0], Reg) and _is_fp_argument(instr.operands[0])
        for instr in function.instructions)
    rules: dict = {}
    for module in (arm_riscv_alu, arm_riscv_memory, arm_riscv_conditions, arm_riscv_float):
        rules |= module.RULES
    wide_result = function.name in _file_plan(context.src).wide_results
    rules |= make_rules(CallContext(context.src, writes_fp_arguments, wide_result, context.signatures,
                                    context.signatures.get(function.name)))
    rules |= arm_riscv_jumps.RULES
    rules["add"] = _add
    rules["mov"] = _mov
    rules |= {name: lambda em, i: None for name in _NOP}
    return rules


def _is_fp_argument(reg: Reg) -> bool:
    try:
        r = arm_reg(reg)
    except RuleError:
        return False
    return r.is_fp and int(r.arch[1:]) < 8


def _add(em: BlockEmitter, instr: Instruction) -> None:
    if len(instr.operands) > 2 and isinstance(instr.operands[2], SymRef):
        arm_riscv_memory.add_lo12(em, instr)
    elif not arm_riscv_jumps.add_entry(em, instr):
        arm_riscv_alu.add(em, instr)


def _mov(em: BlockEmitter, instr: Instruction) -> None:
    dst = instr.operands[0]
    if isinstance(dst, Reg) and arm_reg(dst).is_fp:
        arm_riscv_float.vector_move(em, instr)
    else:
        arm_riscv_alu.mov(em, instr)


def _flags_needed_after(instrs: list[Instruction]) -> list[bool]:
    """For each instruction: are the flags it leaves read later in the block?"""
    needed = [False] * len(instrs)
    later = False
    for i in range(len(instrs) - 1, -1, -1):
        needed[i] = later
        op = instrs[i].opcode
        if op in _FLAG_WRITERS and op not in _FLAG_READERS:
            later = False
        if op in _FLAG_READERS or op.startswith("b."):
            later = True
    return needed


def _reads_flags_first(instrs: list[Instruction]) -> bool:
    for instr in instrs:
        if instr.opcode in _FLAG_READERS or instr.opcode.startswith("b."):
            return True
        if instr.opcode in _FLAG_WRITERS:
            return False
    return False


def flag_origin(flow: FunctionFlow, label: str, seen: frozenset = frozenset()) -> Instruction | None:
    """The compare whose flags reach the end of block `label` on every path,
    with its registers unchanged since (None if there is no such compare)."""
    if label in seen:
        return None
    block = flow.blocks[label]
    written: set[str] = set()
    for instr, eff in zip(reversed(block.instructions), reversed(flow.effects[label])):
        if instr.opcode in _FLAG_WRITERS:
            if instr.opcode not in _PURE_COMPARES or eff.reads & written:
                return None
            return instr
        written |= {r for r, _ in eff.writes}
    preds = [b for b, blk in flow.blocks.items() if label in blk.successors]
    origins = [flag_origin(flow, p, seen | {label}) for p in preds]
    if not origins or any(o is None for o in origins):
        return None
    first = origins[0]
    if any((o.opcode, o.operands) != (first.opcode, first.operands) for o in origins):
        return None
    return first if not (effects(first).reads & written) else None


def _translate_block(block: Block, regs: RegisterMap, flow: FunctionFlow, rules: dict,
                     tables: dict) -> list[Instruction]:
    em = BlockEmitter(regs, flow.entry_forms(block.label), jump_tables=tables)
    em.symbols.update(flow.entry_symbols(block.label))
    instrs = block.instructions
    needed = _flags_needed_after(instrs)
    if _reads_flags_first(instrs):
        _replay_flags(em, block, flow, rules)
    last = len(instrs) - 1
    terminated = False
    for i, instr in enumerate(instrs):
        em.loc, em.line = instr.loc, instr.line
        rule = rules.get(instr.opcode)
        if rule is None:
            raise em.error(format_instruction(instr, "arm"))
        if i == last and (instr.opcode in _TERMINATORS or instr.opcode.startswith("b.")):
            em.flags_needed = True  # by the terminator
            _leave_block(em, block, flow)
            terminated = True
        # the last reader of the flags may overwrite what they compare
        em.flags_needed = needed[i]
        try:
            rule(em, instr)
        except RuleError as err:  # name the instruction when the rule did not
            raise err if instr.opcode in str(err) else RuleError(f"{format_instruction(instr, 'arm')}: {err}")
        except (ValueError, AttributeError, IndexError, KeyError) as err:
            raise em.error(f"{format_instruction(instr, 'arm')}: {err}") from None
        if not needed[i]:
            drop(em)
        em.end_instruction()
    if not terminated:
        em.flags_needed = True
        _leave_block(em, block, flow)
    if not em.out:
        em.emit("nop")
    return em.out


def _replay_flags(em: BlockEmitter, block: Block, flow: FunctionFlow, rules: dict) -> None:
    """The block reads flags a predecessor set (gcc branches twice on one
    cmp): set them again from the same compare, whose registers still hold
    the values it compared."""
    preds = [label for label, blk in flow.blocks.items() if block.label in blk.successors]
    origins = [flag_origin(flow, p) for p in preds]
    if not origins or any(o is None for o in origins) or \
            any((o.opcode, o.operands) != (origins[0].opcode, origins[0].operands) for o in origins):
        raise RuleError(f"flags set in another block and not recomputable, line {block.instructions[0].line}")
    em.loc, em.line = block.instructions[0].loc, block.instructions[0].line
    rules[origins[0].opcode](em, origins[0])
    em.end_instruction()


def _leave_block(em: BlockEmitter, block: Block, flow: FunctionFlow) -> None:
    """Before the terminator: compute folded page addresses a successor
    reads, and give registers a successor takes as exact their full value."""
    live = set(flow.live_out(block.label))
    arm_riscv_jumps.check_dead(em, live)
    em.materialize_pages(live)
    exact = flow.needs_exact_exit(block.label) & live
    for arch in sorted(exact):
        if arch in em.forms:
            em.normalize(Reg(arch))
    em.keep_words_extended({r for r in live - exact if r.startswith("x")})
    em.end_instruction()
