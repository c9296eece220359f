"""The error a user can fix: the CLI prints its message (no traceback) and exits non-zero."""

from __future__ import annotations


class UserError(Exception):
    """A mistake in the user's input or setup, with a message that names file and line."""

    exit_code = 2


class InputError(UserError):
    """Bad input at a known place: `file:line: reason`."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.line = line
        self.reason = reason
