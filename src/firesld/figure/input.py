"""Reading the release's RDF files the figure is drawn from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from firesld.errors import ResourceError


def load_graph_files(paths: Sequence[Path]) -> Any:
    """Load RDF files into one new in-memory pyoxigraph store (named graphs kept).

    :param paths: Turtle, N-Triples, JSON-LD, TriG or N-Quads files, by suffix
    :returns: the ``pyoxigraph.Store``
    :raises ResourceError: when a file is missing, has an unknown suffix, or does not parse (the
        message gives the file and, when the parser knows it, the line and column)
    """
    import pyoxigraph as ox

    from firesld.rdfio import RDF_SUFFIXES

    store = ox.Store()
    for path in paths:
        path = Path(path)
        fmt = RDF_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise ResourceError(
                f"{path}: not an RDF file name; use one of {', '.join(sorted(RDF_SUFFIXES))}"
            )
        if not path.is_file():
            raise ResourceError(f"{path}: no such file")
        _check_bounds(path, fmt)
        try:
            store.load(path=str(path), format=getattr(ox.RdfFormat, fmt))
        except MemoryError as err:  # pyoxigraph's 16 MiB buffer: a literal or token past it
            from firesld.limits import LimitError

            raise LimitError(
                "max-literal-bytes",
                str(path),
                None,
                f"a literal longer than the parser can hold ({err})",
            ) from None
        except SyntaxError as err:
            where = f"{path}:{err.lineno}:{err.offset}" if err.lineno else str(path)
            raise ResourceError(f"{where}: malformed {fmt.replace('_', '-')}: {err}") from err
        except (OSError, ValueError) as err:
            raise ResourceError(f"{path}: cannot read {fmt.replace('_', '-')}: {err}") from err
    return store


def _check_bounds(path: Path, fmt: str) -> None:
    """Refuse a file past ``max-file-bytes``, and JSON-LD too deep or with a remote context.

    :raises LimitError: past a limit of :mod:`firesld.limits`
    :raises ResourceError: for a remote JSON-LD context (``FLD-PARSE-REMOTE-CONTEXT``)
    """
    import json

    from firesld.limits import check_json_depth, file_size_ok, short_repr

    file_size_ok(path.stat().st_size, str(path))
    if fmt != "JSON_LD":
        return
    from firesld.validate import _remote_contexts

    raw = path.read_bytes()
    check_json_depth(raw, str(path))
    try:
        remote = _remote_contexts(json.loads(raw))
    except ValueError as err:
        raise ResourceError(f"{path}: malformed JSON: {err}") from err
    if remote:
        raise ResourceError(
            f"{path}: FLD-PARSE-REMOTE-CONTEXT: remote JSON-LD context {short_repr(remote[0])} "
            "(@context or @import) refused (firesld never fetches one)"
        )
