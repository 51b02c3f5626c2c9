"""The `guacc` dialect: what LLVM IR has and xDSL's `llvm` dialect lacks.

Ops are defined with xDSL's IRDL decorators, in the style of xDSL's own
dialects; everything xDSL already has (arithmetic, memory, calls through
`llvm.call_intrinsic`, branches) stays in the `llvm` dialect.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from xdsl.dialects.builtin import (
    DenseArrayBase,
    IntegerAttr,
    IntegerType,
    VectorType,
    i32,
    i64,
)
from xdsl.dialects.llvm import GenericCastOp, ICmpPredicateFlag, LLVMPointerType
from xdsl.ir import Attribute, Block, Dialect, ParametrizedAttribute, SSAValue
from xdsl.irdl import (
    AnyAttr,
    VarConstraint,
    AttrSizedOperandSegments,
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    successor_def,
    traits_def,
    var_operand_def,
    var_successor_def,
)
from xdsl.traits import IsTerminator, NoMemoryEffect, Pure
from xdsl.utils.exceptions import VerifyException


@irdl_op_definition
class SwitchOp(IRDLOperation):
    """Multi-way branch on an integer, LLVM's `switch`.

    Successor block arguments are passed per edge, as for `llvm.cond_br`:
    `default_operands` go to the default block, `case_operands` are the
    concatenation of each case's operands, split by `case_operand_segments`.
    """

    name = "guacc.switch"

    value = operand_def(IntegerType)
    default_operands = var_operand_def()
    case_operands = var_operand_def()

    case_values = prop_def(DenseArrayBase.constr(i64))
    case_operand_segments = prop_def(DenseArrayBase.constr(i32))

    default_destination = successor_def()
    case_destinations = var_successor_def()

    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    traits = traits_def(IsTerminator())

    def __init__(
        self,
        value: SSAValue,
        default_destination: Block,
        default_operands: Sequence[SSAValue],
        cases: Sequence[tuple[int, Block, Sequence[SSAValue]]],
    ):
        super().__init__(
            operands=[
                value,
                list(default_operands),
                [v for _, _, ops in cases for v in ops],
            ],
            successors=[default_destination, [dest for _, dest, _ in cases]],
            properties={
                "case_values": DenseArrayBase.from_list(i64, [c for c, _, _ in cases]),
                "case_operand_segments": DenseArrayBase.from_list(
                    i32, [len(ops) for _, _, ops in cases]
                ),
            },
        )

    def case_operands_of(self, index: int) -> tuple[SSAValue, ...]:
        sizes = self.case_operand_segments.get_values()
        start = sum(sizes[:index])
        return tuple(self.case_operands[start : start + sizes[index]])

    def cases(self) -> list[tuple[int, Block, tuple[SSAValue, ...]]]:
        return [
            (value, dest, self.case_operands_of(i))
            for i, (value, dest) in enumerate(
                zip(self.case_values.get_values(), self.case_destinations)
            )
        ]

    def verify_(self) -> None:
        if len(self.case_values) != len(self.case_destinations):
            raise VerifyException("guacc.switch needs one destination per case value")
        if len(self.case_operand_segments) != len(self.case_destinations):
            raise VerifyException("guacc.switch needs one operand segment per case")
        if sum(self.case_operand_segments.get_values()) != len(self.case_operands):
            raise VerifyException("guacc.switch case operand segments do not add up")


@irdl_op_definition
class FreezeOp(IRDLOperation):
    """LLVM's `freeze`: stops undef/poison from propagating."""

    name = "guacc.freeze"

    T: ClassVar = VarConstraint("T", AnyAttr())
    arg = operand_def(T)
    res = result_def(T)

    traits = traits_def(Pure())
    assembly_format = "$arg attr-dict `:` type($arg)"

    def __init__(self, arg: SSAValue):
        super().__init__(operands=[arg], result_types=[arg.type])


@irdl_op_definition
class PoisonOp(IRDLOperation):
    """LLVM's `poison` constant (xDSL's llvm dialect only has undef)."""

    name = "guacc.poison"

    res = result_def()

    traits = traits_def(Pure())
    assembly_format = "attr-dict `:` type($res)"

    def __init__(self, result_type: Attribute):
        super().__init__(result_types=[result_type])


@irdl_op_definition
class FPToSIOp(GenericCastOp):
    name = "guacc.fptosi"


@irdl_op_definition
class FPToUIOp(GenericCastOp):
    name = "guacc.fptoui"


@irdl_op_definition
class UIToFPOp(GenericCastOp):
    name = "guacc.uitofp"


@irdl_op_definition
class ExtractElementOp(IRDLOperation):
    """LLVM's `extractelement` (xDSL has insertelement only)."""

    name = "guacc.extractelement"

    vector = operand_def(VectorType)
    index = operand_def(IntegerType)
    res = result_def()

    traits = traits_def(NoMemoryEffect())
    assembly_format = (
        "$vector `[` $index `:` type($index) `]` attr-dict `:` type($vector) `->` type($res)"
    )

    def __init__(self, vector: SSAValue, index: SSAValue):
        assert isinstance(vector.type, VectorType)
        super().__init__(
            operands=[vector, index], result_types=[vector.type.element_type]
        )


@irdl_op_definition
class PtrICmpOp(IRDLOperation):
    """`icmp` on pointers (xDSL's `llvm.icmp` takes integers only)."""

    name = "guacc.ptr_icmp"

    lhs = operand_def(LLVMPointerType)
    rhs = operand_def(LLVMPointerType)
    res = result_def(IntegerType(1))
    predicate = prop_def(IntegerAttr[IntegerType])

    traits = traits_def(NoMemoryEffect())

    def __init__(self, lhs: SSAValue, rhs: SSAValue, predicate: str):
        super().__init__(
            operands=[lhs, rhs],
            result_types=[IntegerType(1)],
            properties={"predicate": IntegerAttr(ICmpPredicateFlag(predicate).to_int(), i64)},
        )

    @property
    def predicate_name(self) -> str:
        return ICmpPredicateFlag.from_int(self.predicate.value.data).value


@irdl_attr_definition
class ZeroInitAttr(ParametrizedAttribute):
    """`zeroinitializer` as the initial value of a global of any type."""

    name = "guacc.zeroinit"


@irdl_attr_definition
class UndefInitAttr(ParametrizedAttribute):
    """`undef` (or `poison`) as the initial value of a global."""

    name = "guacc.undefinit"


def int_attr(value: int, width: int) -> IntegerAttr:
    """An IntegerAttr of `width` bits from any LLVM-printed value (signed or not)."""
    if width == 1:
        return IntegerAttr(value & 1, IntegerType(1))
    value &= (1 << width) - 1
    if value >= 1 << (width - 1):
        value -= 1 << width
    return IntegerAttr(value, IntegerType(width))


Guacc = Dialect(
    "guacc",
    [SwitchOp, FreezeOp, PoisonOp, FPToSIOp, FPToUIOp, UIToFPOp, ExtractElementOp, PtrICmpOp],
    [ZeroInitAttr, UndefInitAttr],
)
