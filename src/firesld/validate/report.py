"""The validation report: every problem of every check, and what the CLI prints of it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph

from firesld.limits import get_limit
from firesld.problems import CHECKS, Problem

_CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9_.]*):(\S+)$")


@dataclass
class ValidationReport:
    """What validation found, and the graph of the records that passed the record-level checks."""

    problems: list[Problem] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)
    graph: Graph | None = None
    shacl_results: Graph | None = None

    @property
    def errors(self) -> list[Problem]:
        """The problems of severity ``error``."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def conforms(self) -> bool:
        """True when no check found an error (warnings allowed)."""
        return not self.errors

    def add(self, check: str, problems: Iterable[Problem]) -> None:
        """Record that a check ran and what it found (at most ``max-problems`` problems)."""
        if check not in self.checks_run:
            self.checks_run.append(check)
        self.problems.extend(problems)
        self._bound()

    def _bound(self) -> None:
        """Keep at most ``max-problems`` problems, and say how many were left out."""
        limit = get_limit("max-problems")
        if len(self.problems) <= limit:
            return
        kept = [p for p in self.problems if p.code != "FLD-LIMIT-PROBLEMS"]
        if len(kept) <= limit:
            return
        dropped = kept[limit:]
        self.problems = kept[:limit]
        self.problems.append(
            Problem(
                dropped[0].file,
                None,
                None,
                None,
                "FLD-LIMIT-PROBLEMS",
                dropped[0].check,
                f"{len(dropped)} more problem(s) not shown (limit {limit}; raise it with "
                "--limit max-problems=N or FIRESLD_MAX_PROBLEMS=N)",
                "error" if any(p.severity == "error" for p in dropped) else "warning",
            )
        )

    def merge(self, other: ValidationReport) -> None:
        """Add another report's checks and problems to this one (for several input files)."""
        for check in other.checks_run:
            if check not in self.checks_run:
                self.checks_run.append(check)
        self.problems.extend(other.problems)
        self._bound()
        if other.shacl_results is not None:
            self.shacl_results = (self.shacl_results or Graph()) + other.shacl_results
        self.sort()

    def sort(self) -> None:
        """Order the problems by check, then file, line and code."""
        self.problems.sort(key=lambda p: (CHECKS.index(p.check), p.file, p.line or 0, p.code))

    def summary(self) -> dict[str, dict[str, int]]:
        """Count errors and warnings per check, for every check that ran."""
        out = {c: {"errors": 0, "warnings": 0} for c in self.checks_run}
        for p in self.problems:
            bucket = out.setdefault(p.check, {"errors": 0, "warnings": 0})
            bucket["errors" if p.severity == "error" else "warnings"] += 1
        return out
