"""Exceptions raised by the equivalence harness."""

from __future__ import annotations


class HarnessError(Exception):
    """Something stops the harness from running or comparing a program."""


class UnsupportedSignatureError(HarnessError):
    """The function takes or returns something the harness cannot marshal."""


class InputFileError(HarnessError):
    """An explicit inputs file is malformed."""


class NoValidInputError(HarnessError):
    """Every input was discarded (crash or timeout), so nothing was compared."""
