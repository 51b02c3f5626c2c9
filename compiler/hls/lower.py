"""Structured tree -> C statements, with every branch as C can say it.

A `Jump` always ends the code of its innermost region or loop (the tree is
built that way), so it is one of:

- *fall through*: no region or loop lies between it and its target;
- `continue`: the target is a loop and no C loop lies in between;
- `break`: the innermost C construct in between is a `do { } while (0)` for
  the target region, or a loop whose exit falls through to the target;
- otherwise a multi-level exit: the function's `jump_to` variable is set to
  the target's number and the innermost construct is left with `break`; just
  after that construct the variable is tested and the jump goes on from there
  (the code following a left region is skipped by an `else`).

Regions become `do { } while (0)` only where some branch needs to `break` out
of them; deciding this for inner regions first makes the choice final before
any branch that crosses them is planned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from xdsl.ir import Block, Operation, SSAValue

from . import cstmt as C
from .cexpr import Expr
from .structure import Code, Copies, Exit, If, Jump, Loop, Node, Region, Switch


class StatementSource(Protocol):
    """What lowering needs from the op-level emitter."""

    def code(self, block: Block) -> list: ...
    def copies(self, source: Block, index: int, target: Block) -> list: ...
    def condition(self, value: SSAValue) -> Expr: ...
    def switch_value(self, value: SSAValue) -> tuple[Expr, list, str]: ...
    def case_label(self, value: int, ctype: str) -> str: ...
    def exit(self, op: Operation) -> list: ...
    def jump_variable(self) -> str: ...


@dataclass(eq=False)
class _Info:
    """Lowering facts about one Region or Loop."""

    breakable: bool = False  # a Region printed as do { } while (0)
    number: int = 0  # its value of jump_to
    pending: list = field(default_factory=list)  # targets of multi-level exits passing through


class Lowering:
    def __init__(self, source: StatementSource, pipeline: bool):
        self.src = source
        self.pipeline = pipeline
        self.info: dict[int, _Info] = {}
        self.flag: str | None = None

    def _i(self, node: Region | Loop) -> _Info:
        key = id(node)
        if key not in self.info:
            self.info[key] = _Info(number=len(self.info) + 1)
        return self.info[key]

    def _is_construct(self, node: Region | Loop) -> bool:
        return isinstance(node, Loop) or self._i(node).breakable

    # ------------------------------------------------------------- planning
    def plan(self, frames: list, target: Region | Loop, decide: bool = False) -> tuple[list, str]:
        """Route from the tail of the innermost of `frames` (innermost first; all
        inside `target`) to `target`: constructs to leave by flag, then the last step."""
        steps: list = []
        while True:
            if not frames:
                return steps, "fall"
            constructs = [f for f in frames if self._is_construct(f)]
            if not constructs:
                if isinstance(target, Loop):
                    return steps, "continue"
                if decide:
                    self._i(target).breakable = True
                assert self._i(target).breakable, "break out of a region that is not a do-while"
                return steps, "break"
            first = constructs[0]
            rest = frames[frames.index(first) + 1:]
            if isinstance(first, Loop) and not rest:
                return steps, "break"  # the loop is the last thing in the target's body
            steps.append(first)
            frames = rest

    def _decide(self, tree: list) -> None:
        jumps: dict[int, list[list]] = {}
        regions: list[Region] = []

        def walk(nodes: list, stack: list) -> None:
            for n in nodes:
                match n:
                    case Jump():
                        jumps.setdefault(id(n.target), []).append(stack[stack.index(n.target) + 1:][::-1])
                    case If():
                        walk(n.then, stack)
                        walk(n.else_, stack)
                    case Switch():
                        for _, arm in n.arms:
                            walk(arm, stack)
                        walk(n.default, stack)
                    case Loop():
                        walk(n.body, stack + [n])
                    case Region():
                        walk(n.body, stack + [n])
                        regions.append(n)  # post-order: inner regions first
                        walk(n.after, stack)

        walk(tree, [])
        for region in regions:
            for frames in jumps.get(id(region), []):
                self.plan(frames, region, decide=True)

    # ------------------------------------------------------------- emission
    def lower(self, tree: list) -> list:
        self._decide(tree)
        return C.tidy(self._seq(tree, []))

    def _seq(self, nodes: list, stack: list) -> list:
        out: list = []
        for n in nodes:
            out.extend(self._node(n, stack))
        return out

    def _node(self, n: Node, stack: list) -> list:
        match n:
            case Code():
                return self.src.code(n.block)
            case Copies():
                return self.src.copies(n.source, n.index, n.target)
            case Exit():
                return self.src.exit(n.op)
            case If():
                return [C.IfStmt(self.src.condition(n.cond), self._seq(n.then, stack), self._seq(n.else_, stack))]
            case Switch():
                return self._switch(n, stack)
            case Jump():
                frames = stack[stack.index(n.target) + 1:][::-1]
                return self._jump(frames, n.target, flagged=False)
            case Loop():
                body = self._seq(n.body, stack + [n])
                pragmas = ["#pragma HLS PIPELINE II=1"] if self.pipeline and not _has_loop(n.body) else []
                loop = C.ForEver(body, pragmas)
                return [loop, *self._dispatch(n, stack, [])]
            case Region():
                body = self._seq(n.body, stack + [n])
                after = self._seq(n.after, stack)
                if not self._i(n).breakable:
                    return [*body, *after]  # only C constructs are left by flag, so nothing is pending
                return [C.DoOnce(body), *self._dispatch(n, stack, after)]
        raise AssertionError(n)

    def _jump(self, frames: list, target: Region | Loop, flagged: bool) -> list:
        steps, last = self.plan(frames, target)
        out: list = []
        if steps:
            self._i(steps[0]).pending.append(target)
            if not flagged:
                out.append(C.Line(f"{self._flag()} = {self._i(target).number};"))
            out.append(C.Break())
            return out
        if flagged:
            out.append(C.Line(f"{self._flag()} = 0;"))
        if last == "continue":
            out.append(C.Continue())
        elif last == "break":
            out.append(C.Break())
        return out

    def _dispatch(self, construct: Region | Loop, stack: list, after: list) -> list:
        """After leaving `construct`: go on with the multi-level exits that passed through."""
        pending = []
        for t in self._i(construct).pending:
            if t not in pending:
                pending.append(t)
        if not pending:
            return after
        chain: list = after
        for target in reversed(pending):
            frames = stack[stack.index(target) + 1:][::-1]
            test = Expr(f"{self._flag()} == {self._i(target).number}", 6, "int")
            chain = [C.IfStmt(test, self._jump(frames, target, flagged=True), chain)]
        return chain

    def _flag(self) -> str:
        if self.flag is None:
            self.flag = self.src.jump_variable()
        return self.flag

    def _switch(self, n: Switch, stack: list) -> list:
        value, pre, ctype = self.src.switch_value(n.value)
        arms = [([self.src.case_label(v, ctype) for v in values], self._seq(code, stack)) for values, code in n.arms]
        default = self._seq(n.default, stack)
        bodies = [b for _, b in arms] + [default]
        if not any(C.has_naked(C.tidy(b), C.Break) for b in bodies):
            return [*pre, C.SwitchStmt(value, arms, default)]
        # A `break` inside must leave an enclosing construct: test the cases with `if` instead.
        chain = default
        for labels, body in reversed(arms):
            tests = [Expr(f"{value.text} == {label}", 6, "int") for label in labels]
            test = tests[0] if len(tests) == 1 else Expr(" || ".join(f"({t.text})" for t in tests), 11, "int")
            chain = [C.IfStmt(test, body, chain)]
        return [*pre, *chain]


def _has_loop(nodes: list) -> bool:
    for n in nodes:
        match n:
            case Loop():
                return True
            case If():
                if _has_loop(n.then) or _has_loop(n.else_):
                    return True
            case Switch():
                if any(_has_loop(a) for _, a in n.arms) or _has_loop(n.default):
                    return True
            case Region():
                if _has_loop(n.body) or _has_loop(n.after):
                    return True
    return False


def lower(tree: list, source: StatementSource, pipeline: bool = False) -> list:
    return Lowering(source, pipeline).lower(tree)

