"""Errors with stable codes and a next step (habit taken from spaCy's ``errors.py``).

Readers never raise out of a batch: a bad input becomes a :class:`ReadProblem` that names the
file, says what is wrong and what to do, and the batch goes on. The single-text API
(:func:`blocwatch.readers.read_text`) raises :class:`BlocwatchError` instead, because a caller
that hands over one text wants to know at once.

Codes are stable: tests, the CLI and users' scripts may match on them. Add new codes at the end;
never renumber.
"""

from __future__ import annotations

from dataclasses import dataclass

#: code -> short name. Kept here so docs and tests can check the table is complete.
#: Ranges: E001-E019 readers, E020-E029 workspace/store, E030-E039 extraction.
ERROR_CODES: dict[str, str] = {
    "E001": "Path not found",
    "E002": "Nothing readable in directory",
    "E003": "Not an article (binary or mostly non-text)",
    "E004": "Empty article",
    "E005": "Article too large",
    "E006": "Not English (skipped)",
    "E007": "Bad JSON Lines line",
    "E008": "Decoded as cp1252 (warning)",
    "E009": "Cannot read file (permissions or I/O)",
    "E010": "Not a feed / no text extracted",
    "E011": "Record has no text field",
    "E012": "Unexpected reader failure",
    "E020": "No workspace at path",
    "E021": "Not a blocwatch workspace",
    "E030": "Extraction failed for an article",
}

#: The codes readers emit (documented in docs/readers.md).
READER_CODES = tuple(code for code in ERROR_CODES if code < "E020")


class BlocwatchError(Exception):
    """An error the user can act on: a stable ``code``, what happened, and a ``hint``.

    ``str(err)`` is one line: ``"E003 <message> <hint>"``.
    """

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        self.code = code
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        return " ".join(part for part in (self.code, self.message, self.hint) if part)


@dataclass
class ReadProblem:
    """One input that could not be read (``fatal``) or was skipped on purpose (not ``fatal``).

    ``message`` is a full sentence naming the file and the next step, so ``str(problem)`` can be
    printed as is. Non-fatal problems (a non-English article skipped) are reported but should
    not make a batch fail.
    """

    path: str
    code: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.code} {self.message}"

    @classmethod
    def from_error(cls, path: str, err: BlocwatchError, *, fatal: bool = True) -> ReadProblem:
        text = " ".join(part for part in (err.message, err.hint) if part)
        return cls(path=path, code=err.code, message=text, fatal=fatal)

    def to_error(self) -> BlocwatchError:
        return BlocwatchError(self.code, self.message)
