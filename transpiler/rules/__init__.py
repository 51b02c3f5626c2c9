"""The rule-based guesser: each source instruction becomes target
instructions by hand-written rules (register maps by the ABIs, flags turned
into compares at their consumers, immediates re-materialised where the target
cannot encode them). Deterministic and exact where it applies; what it cannot
translate it reports, and the driver marks those blocks failed."""

from __future__ import annotations

from ..asm.blocks import Function
from ..guess import FunctionGuess, GuessContext


class RuleGuesser:
    name = "rules"

    def __init__(self, src_isa: str, dst_isa: str) -> None:
        self.src_isa, self.dst_isa = src_isa, dst_isa

    def guess_function(self, function: Function, context: GuessContext) -> FunctionGuess:
        if (self.src_isa, self.dst_isa) == ("arm", "riscv"):
            from .arm_to_riscv import translate_function
        elif (self.src_isa, self.dst_isa) == ("riscv", "arm"):
            from .riscv_to_arm import translate_function
        else:
            return FunctionGuess(error=f"no rules from {self.src_isa} to {self.dst_isa}")
        return translate_function(function, context)
