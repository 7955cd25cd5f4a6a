"""Exceptions raised by firesld, each carrying the exit code the CLI maps it to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from firesld.validate import ValidationReport

__all__ = [
    "BuildFailedError",
    "BuildLockedError",
    "DataError",
    "DeadlineExceededError",
    "EndpointError",
    "FiresldError",
    "GenerationError",
    "LimitError",
    "MissingExtraError",
    "NotFoundError",
    "QueryError",
    "QuerySyntaxError",
    "ResourceError",
    "SchemaError",
]


class FiresldError(Exception):
    """Base class of firesld's errors.

    ``exit_code`` is what the command line exits with: 1 when the input does not conform,
    2 when the tool itself failed (unreadable file, missing extra, unreachable endpoint).
    """

    exit_code = 2

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as the same class, arguments and attributes, whatever ``__init__`` takes.

        A build runs some steps in a forked child (:mod:`firesld.forked`) whose exception comes
        back pickled; the default would call ``__init__`` with the message alone.
        """
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[FiresldError], args: tuple[object, ...], state: dict[str, object]) -> object:
    """Make an error of ``cls`` with these ``args`` and attributes, without calling ``__init__``."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class DataError(FiresldError, ValueError):
    """Curated data or an input graph does not conform (exit code 1)."""

    exit_code = 1


class SchemaError(FiresldError, ValueError):
    """The LinkML schema is malformed or cannot be read (exit code 2)."""


class GenerationError(FiresldError, RuntimeError):
    """Generating an artefact from the schema failed (exit code 2)."""


class ResourceError(FiresldError, OSError):
    """A file firesld needs is missing or unreadable (exit code 2)."""


class QueryError(FiresldError, ValueError):
    """A SPARQL query is malformed or cannot be run (exit code 2)."""


class MissingExtraError(FiresldError, ImportError):
    """A command needs an optional dependency that is not installed (exit code 2)."""

    def __init__(self, module: str, extra: str) -> None:
        """Name the missing module and the extra that provides it.

        :param module: the module that failed to import
        :param extra: the name of the firesld extra that installs it
        """
        self.module = module
        self.extra = extra
        super().__init__(
            f"this command needs {module!r}, which is not installed: "
            f"install firesld again with `pip install 'firesld[{extra}]'`"
        )


class EndpointError(FiresldError, OSError):
    """A triple store or SPARQL endpoint failed (exit code 2).

    It is down, unreachable or unauthorised, refused the request, did not answer in time, or holds
    another triple count than the one sent.
    """


class BuildFailedError(DataError):
    """The curated data did not validate; the build wrote nothing."""

    def __init__(self, report: ValidationReport) -> None:
        """Keep the report so the CLI can print every problem.

        :param report: the failing validation report
        """
        self.report = report
        errors = report.errors
        super().__init__(
            f"validation found {len(errors)} error(s); nothing was exported\n"
            + "\n".join(p.render() for p in errors[:50])
        )


class BuildLockedError(ResourceError):
    """Another build holds the checkout's lock (exit code 2)."""


class LimitError(FiresldError):
    """An input file is past one of firesld's limits (exit code 2)."""

    def __init__(self, limit: str, where: str, line: int | None, detail: str) -> None:
        """Name the file, the line, the limit and how to raise it.

        :param limit: the limit's name (a key of :data:`LIMITS`)
        :param where: the file as it should appear in messages
        :param line: the 1-based line, when known
        :param detail: what was found
        """
        from firesld.limits import LIMITS, get_limit  # limits imports this module

        spec = LIMITS[limit]
        self.code = spec.code
        self.file = where
        self.line = line
        place = f"{where}:{line}" if line else where
        super().__init__(
            f"{place}: {spec.code}: {detail} (limit {get_limit(limit)} {spec.what}; "
            f"raise it with --limit {limit}=N or {spec.env}=N)"
        )


class QuerySyntaxError(QueryError):
    """A SPARQL query does not parse; carries the line and column of the error (exit code 2)."""

    def __init__(self, source: str, line: int, column: int, message: str) -> None:
        """Name where the query is wrong.

        :param source: the query's file, or ``<query>`` for a string
        :param line: the 1-based line of the error
        :param column: the column of the error, as the parser counts it
        :param message: what the parser expected
        """
        self.source = source
        self.line = line
        self.column = column
        self.message = " ".join(message.split())
        super().__init__(f"{source}:{line}:{column}: SPARQL syntax error: {self.message}")


class NotFoundError(FiresldError, LookupError):
    """An identifier or a filter value names nothing in the release (exit code 1).

    ``key`` is what was looked up; ``suggestions`` are the release's closest identifiers.
    """

    exit_code = 1

    def __init__(self, key: str, message: str, suggestions: list[str] | None = None) -> None:
        """Name what was not found and what comes closest.

        :param key: the identifier or value looked up
        :param message: what is wrong
        :param suggestions: close identifiers or values that exist
        """
        self.key = key
        self.suggestions = suggestions or []
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"{key}: {message}{hint}")

    def __str__(self) -> str:
        """Render the message (not the key alone, as ``KeyError`` would)."""
        return str(self.args[0])


class DeadlineExceededError(OSError):
    """A request that did not complete (connect and every read) within its total deadline."""
