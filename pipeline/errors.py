"""The refusals: every error gwr raises on purpose, one family, so each caller catches exactly what
it means and nothing else.

Why one base: a refusal is an answer (this file is not a report, this path is not gwr's, the data
has no such region), with a message a person can act on; any other exception is a bug and must
surface as one. The CLI has one handler for the family (`cli.refusals`): it prints the message and
exits with the class's `exit_code` (2 bad usage, 1 the data or a file could not be used). All are
`ValueError`s, as they were before they had a family.
"""

from __future__ import annotations

from pathlib import Path


class GwrError(ValueError):
    """Something gwr refuses to do as asked; the message says why."""

    exit_code = 1  # what the CLI exits with when this refusal ends a command


class InputRefused(GwrError):
    """An input file's content cannot be read as a report (raised by the format readers and the
    checks of decoded text); `reason` is the message without the file's name."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class IngestError(InputRefused):
    """A file that cannot be turned into a document; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(reason)
        self.args = (f"{path}: {reason}",)
        self.path = str(path)


class OutPathError(GwrError):
    """An output path gwr will not write to; the message names it and says why."""

    exit_code = 2


class OutputError(GwrError):
    """A request for output that cannot be honoured as asked (a usage error: exit 2)."""

    exit_code = 2


class DataError(GwrError):
    """A question the data cannot answer as asked (no tables there, unknown region); the message says why."""


class CorrectionError(GwrError):
    """A correction that cannot be made (unknown field, a value of the wrong kind)."""

    exit_code = 2
