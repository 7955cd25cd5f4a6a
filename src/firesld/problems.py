"""The problems validation reports: where, what, and how to fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["CHECKS", "Problem"]

#: The validation steps, in the order they run.
CHECKS = ("parse", "schema", "identifiers", "references", "mentions", "shacl", "owl", "qc")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input.

    ``code`` is a stable error code (``FLD-…``) documented in CONTRIBUTING.md; ``check`` is the step
    that found it (one of :data:`CHECKS`); ``severity`` is ``error`` or ``warning``.
    """

    file: str
    line: int | None
    record: str | None
    slot: str | None
    code: str
    check: str
    message: str
    severity: str = "error"
    fix: str | None = field(default=None, compare=False)

    def render(self) -> str:
        """Render the problem as one line: ``file:line: record.slot: severity CODE [check] message``.

        >>> Problem("data/genes.yaml", 3, "HGNC:ABC", "id", "FLD-ID-PATTERN", "identifiers",
        ...         "local id 'ABC' does not match HGNC's pattern").render()
        "data/genes.yaml:3: HGNC:ABC.id: error FLD-ID-PATTERN [identifiers] local id 'ABC' does not match HGNC's pattern"
        """
        where = f"{self.file}:{self.line}" if self.line else self.file
        what = ".".join(x for x in (self.record, self.slot) if x) or "-"
        text = f"{where}: {what}: {self.severity} {self.code} [{self.check}] {self.message}"
        if self.fix:
            text += f" ({self.fix})"
        return text

    def as_dict(self) -> dict[str, Any]:
        """Return the problem as a JSON-serialisable dict."""
        return asdict(self)
