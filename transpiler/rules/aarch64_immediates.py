"""Which immediates AArch64 instructions can encode, and how to build any
64-bit constant in a register (mov / movz / movn / movk).

- add/sub: 12 bits, optionally shifted left by 12;
- logical (and/orr/eor, and `mov` of a bitmask): a rotated run of ones
  replicated in 2, 4, ..., 64-bit elements (never 0 or all ones);
- loads/stores: an unsigned offset scaled by the access size (12 bits), or
  an unscaled signed 9-bit one (ldur/stur).
"""

from __future__ import annotations

from dataclasses import dataclass


def _mask(bits: int) -> int:
    return (1 << bits) - 1


def to_signed(value: int, bits: int = 64) -> int:
    value &= _mask(bits)
    return value - (1 << bits) if value >> (bits - 1) else value


def is_add_immediate(value: int) -> bool:
    """`add/sub/cmp` take 0..4095, or that shifted left by 12."""
    return 0 <= value < 4096 or (value & 0xFFF == 0 and 0 <= value >> 12 < 4096)


def split_add_immediate(value: int) -> tuple[int, int] | None:
    """(imm12, shift) for an encodable add immediate."""
    if 0 <= value < 4096:
        return value, 0
    if value & 0xFFF == 0 and 0 <= value >> 12 < 4096:
        return value >> 12, 12
    return None


def is_bitmask_immediate(value: int, width: int = 64) -> bool:
    """Whether a logical instruction of `width` bits can encode `value`."""
    value &= _mask(width)
    if value in (0, _mask(width)):
        return False
    size = 2
    while size <= width:
        element = value & _mask(size)
        if _replicate(element, size, width) == value and _is_rotated_run(element, size):
            return True
        size *= 2
    return False


def _replicate(element: int, size: int, width: int) -> int:
    out = 0
    for shift in range(0, width, size):
        out |= element << shift
    return out


def _is_rotated_run(element: int, size: int) -> bool:
    """A run of ones, possibly wrapping around: exactly two bit changes going
    round the element."""
    changes = sum(((element >> i) & 1) != ((element >> ((i + 1) % size)) & 1) for i in range(size))
    return changes == 2


def is_scaled_offset(offset: int, size: int) -> bool:
    return offset >= 0 and offset % size == 0 and offset // size < 4096


def is_unscaled_offset(offset: int) -> bool:
    return -256 <= offset <= 255


@dataclass(frozen=True)
class MoveStep:
    """One instruction of a constant's materialisation: `mov rd, value`
    (value as the assembler takes it) or `movz/movn/movk rd, chunk, lsl shift`."""

    opcode: str
    value: int
    shift: int = 0


def move_sequence(value: int, width: int = 64) -> list[MoveStep]:
    """The shortest plain sequence that leaves `value` in a register."""
    value &= _mask(width)
    chunks = [(value >> shift) & 0xFFFF for shift in range(0, width, 16)]
    zeros, ones = chunks.count(0), chunks.count(0xFFFF)
    count = len(chunks)
    if zeros >= count - 1 or ones >= count - 1 or is_bitmask_immediate(value, width):
        return [MoveStep("mov", to_signed(value, width))]  # movz, movn or orr: one instruction
    inverted = ones > zeros
    filler = 0xFFFF if inverted else 0
    steps: list[MoveStep] = []
    for index, chunk in enumerate(chunks):
        if chunk == filler:
            continue
        if not steps:
            steps.append(MoveStep("movn", chunk ^ 0xFFFF, 16 * index) if inverted
                         else MoveStep("movz", chunk, 16 * index))
        else:
            steps.append(MoveStep("movk", chunk, 16 * index))
    return steps
