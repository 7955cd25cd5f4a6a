"""Exceptions raised by firesld, each carrying the exit code the CLI maps it to."""

from __future__ import annotations

__all__ = [
    "DataError",
    "EndpointError",
    "FiresldError",
    "GenerationError",
    "MissingExtraError",
    "QueryError",
    "ResourceError",
    "SchemaError",
]


class FiresldError(Exception):
    """Base class of firesld's errors.

    ``exit_code`` is what the command line exits with: 1 when the input does not conform,
    2 when the tool itself failed (unreadable file, missing extra, unreachable endpoint).
    """

    exit_code = 2


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
