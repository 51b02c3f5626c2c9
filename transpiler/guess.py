"""The guesser interface: what proposes target code for each source block.

A guesser sees one source function at a time and returns, for every block of
it (in `Function.blocks` order), candidate target blocks best first. The
driver (`translate.py`) keeps the block structure: target block i gets the
label of source block i and must leave to the successors source block i
leaves to (the same labels), so blocks pair one to one. A candidate may
leave operands as `model.Hole` (an immediate the guesser is unsure of); the
sketch solver fills those. Candidate instructions should carry the `loc` of
the source instruction they come from so the output keeps line information.

Implementations: `rules` (hand-written instruction rules, in
`guacc.transpiler.rules`) and the learned model (issue 7) plug in through
`load_guesser`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from guacc.compiler.diagnostics import UnsupportedError

from .asm.asmfile import AsmFile
from .asm.blocks import Function
from .asm.model import Hole, Imm, Instruction, Reg, map_operands


@dataclass
class BlockGuess:
    instructions: list[Instruction]  # in the target ISA; may hold Hole operands
    score: float = 0.0  # higher is better (a log-probability for a model; 0 for rules)
    origin: str = ""  # 'rules', 'beam 0', ...

    @property
    def has_holes(self) -> bool:
        return any(_is_hole(op) for i in self.instructions for op in i.operands)


def _is_hole(op) -> bool:
    return isinstance(op, Hole) or isinstance(getattr(op, "offset", None), Hole) or isinstance(getattr(op, "base", None), Hole)


def guessed_values(instrs: list[Instruction]) -> list[Instruction]:
    """`instrs` with every hole set to the guesser's own value (or the
    first choice, or 0): text to print or trace before the solver fills them."""
    def value(hole: Hole):
        if hole.kind == "reg":
            return Reg(hole.guess if isinstance(hole.guess, str) else hole.choices[0])
        return Imm(hole.guess if isinstance(hole.guess, int) else 0)

    return [map_operands(i, Hole, value) for i in instrs]


@dataclass
class FunctionGuess:
    # candidates[i]: the guesses for the function's block i, best first (may be
    # empty when the guesser has nothing for that block)
    candidates: list[list[BlockGuess]] = field(default_factory=list)
    error: str = ""  # set when the guesser cannot handle the function at all
    # (source, target) architectural registers ('x9', 'x6') the guesser keeps
    # one value in throughout the function: the verifier pairs live registers
    # by these before guessing from the order of first use (a hint; every
    # block is still proven against the pairing it leads to)
    register_pairs: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class GuessContext:
    src: AsmFile  # the whole source file: data symbols, other functions
    dst_isa: str

    @property
    def src_isa(self) -> str:
        return self.src.isa

    @cached_property
    def signatures(self) -> dict:
        """C signatures of the source's functions, read from its DWARF
        (empty without -g): the target ABI's argument and result forms."""
        from .verify.dwarf import signatures

        return signatures(self.src)


class Guesser(Protocol):
    name: str

    def guess_function(self, function: Function, context: GuessContext) -> FunctionGuess: ...


GUESSERS = ("rules", "model")


def load_guesser(name: str, src_isa: str, dst_isa: str) -> Guesser:
    """The guesser called `name` for this direction (errors name what is missing)."""
    if name == "rules":
        from .rules import RuleGuesser

        return RuleGuesser(src_isa, dst_isa)
    if name == "model":  # torch and transformers load only here
        from .learn.lm_guesser import ModelGuesser

        return ModelGuesser(src_isa, dst_isa)
    raise UnsupportedError(f"unknown guesser {name!r} (known: {', '.join(GUESSERS)})")
