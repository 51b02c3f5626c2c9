"""Errors that reach the user as one line: `file:line:col: error: message`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


class GuaccError(Exception):
    """A user-facing error about an input; the CLI prints it and exits with 2."""

    def __init__(self, message: str, *, file: str | None = None, loc: Location | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.loc = loc

    def with_file(self, file: str) -> GuaccError:
        if self.file is None:
            self.file = file
        return self

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.loc is not None:
            where += f":{self.loc.line}:{self.loc.column}"
        return f"{where}: error: {self.message}"


class UnsupportedError(GuaccError):
    """Valid input that guacc does not handle (yet): never a wrong result instead."""

    def __init__(self, construct: str, *, file: str | None = None, loc: Location | None = None):
        super().__init__(f"unsupported: {construct}", file=file, loc=loc)
        self.construct = construct
