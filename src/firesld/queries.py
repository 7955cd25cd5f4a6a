"""Discover the example SPARQL queries, run a query on the embedded release, and format the results.

An example is a file ``queries/<name>.rq`` that opens with a comment header: its first paragraph is
the competency question it answers, the rest explains it. It declares its own ``PREFIX``es, and a
SELECT ends with ``ORDER BY``. Its expected answer, written by hand from the review, is
``queries/expected/<name>.txt`` (one row per line, compared as a set). An example whose header has a line ``# federated: <endpoint>`` calls
that endpoint with ``SERVICE``; it is documented and published, but not run by the tests.

The release is loaded from ``exports/firesld.trig`` into an in-memory pyoxigraph store, one named
graph per part; queries see the union of the graphs as their default graph, and ``GRAPH`` reaches
each part.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from firesld.constants import (
    QUERY_FORMATS,
    QUERY_MAX_MEMORY_MB,
    QUERY_MAX_ROWS,
    QUERY_TIMEOUT,
    Layout,
    package_layout,
)
from firesld.errors import FiresldError, QueryError, QuerySyntaxError, ResourceError
from firesld.forked import ChildEndedError, Forked

__all__ = [
    "FORMATS",
    "ExampleQuery",
    "QueryResult",
    "QuerySyntaxError",
    "format_result",
    "get_query",
    "list_queries",
    "load_release_store",
    "read_query",
    "run_query",
    "uses_service",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_PREFIX_RE = re.compile(
    r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE
)
_SERVICE_RE = re.compile(r"\bSERVICE\s+(?:SILENT\s+)?<([^>]+)>", re.IGNORECASE)
_FORM_RE = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_ORDER_RE = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_FEDERATED_RE = re.compile(r"^federated:\s*(\S+)\s*$", re.IGNORECASE)
_POSITION_RE = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.DOTALL)
_STRING_RE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'',
    re.DOTALL,
)
_IRI_RE = re.compile(r"<[^<>\"{}|^`\\\s]*>")
#: What can hide the word SERVICE without being the keyword: strings, IRIs, comments.
_OPAQUE_RE = re.compile(rf"{_STRING_RE.pattern}|{_IRI_RE.pattern}|#[^\n]*", re.DOTALL)
_CODEPOINT_RE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE_KEYWORD_RE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)


@dataclass(frozen=True)
class ExampleQuery:
    """One SPARQL query file: its name, text, header comment and what it asks."""

    name: str
    path: Path | None
    text: str

    @property
    def header(self) -> list[str]:
        """The lines of the leading comment block, without ``#`` (blank comment lines kept)."""
        lines = []
        for line in self.text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                break
            lines.append(stripped[1:].strip())
        return lines

    @property
    def comment(self) -> str:
        """The header without its tag lines (``federated:``): the question and its explanation."""
        paragraphs: list[list[str]] = [[]]
        for line in self.header:
            if _FEDERATED_RE.match(line):
                continue
            if line:
                paragraphs[-1].append(line)
            elif paragraphs[-1]:
                paragraphs.append([])
        return "\n\n".join(" ".join(p) for p in paragraphs if p)

    @property
    def question(self) -> str:
        """The competency question: the first paragraph of the header."""
        return self.comment.split("\n\n", 1)[0]

    @property
    def body(self) -> str:
        """The query without its leading comment header."""
        lines = self.text.splitlines()
        n = len(self.header)
        return "\n".join(lines[n:]).strip() + "\n"

    @property
    def code(self) -> str:
        """The query text with comments, strings and IRIs blanked out (for keyword tests)."""
        text = _STRING_RE.sub('""', self.text)
        text = _IRI_RE.sub("<>", text)
        return "\n".join(line.split("#", 1)[0] for line in text.splitlines())

    @property
    def form(self) -> str:
        """The query form: ``select``, ``ask``, ``construct`` or ``describe``."""
        match = _FORM_RE.search(self.code)
        if match is None:
            raise QueryError(f"{self.source}: no SELECT, ASK, CONSTRUCT or DESCRIBE")
        return match.group(1).lower()

    @property
    def ordered(self) -> bool:
        """Whether the query orders its results (``ORDER BY``)."""
        return _ORDER_RE.search(self.code) is not None

    @property
    def prefixes(self) -> dict[str, str]:
        """The ``PREFIX`` declarations of the query, name to namespace."""
        return {m.group(1) or "": m.group(2) for m in _PREFIX_RE.finditer(self.text)}

    @property
    def services(self) -> tuple[str, ...]:
        """The endpoints the query federates with: its ``federated:`` tags and ``SERVICE`` IRIs."""
        found = [m.group(1) for line in self.header if (m := _FEDERATED_RE.match(line))]
        found += _SERVICE_RE.findall(self.text)
        return tuple(dict.fromkeys(found))

    @property
    def federated(self) -> bool:
        """Whether the query calls another endpoint (and so is not run by the tests)."""
        return bool(self.services)

    @property
    def expected_path(self) -> Path | None:
        """The hand-written expected answer, ``expected/<name>.txt`` beside the query."""
        return None if self.path is None else self.path.parent / "expected" / f"{self.name}.txt"

    @property
    def source(self) -> str:
        """The file the query was read from, or ``<query>``."""
        return str(self.path) if self.path is not None else "<query>"


@dataclass(frozen=True)
class QueryResult:
    """What a query returned.

    ``form`` is ``select`` (``variables`` and ``rows`` of pyoxigraph terms, ``None`` when unbound),
    ``ask`` (``boolean``), or ``graph`` for CONSTRUCT and DESCRIBE (``rows`` of subject, predicate,
    object, sorted).
    """

    form: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    boolean: bool | None = None


def read_query(path: str | Path) -> ExampleQuery:
    """Read a ``.rq`` file.

    :param path: the file
    :returns: the query, named after the file
    :raises ResourceError: when the file cannot be read
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ResourceError(f"{path}: cannot read the query: {err}") from err
    return ExampleQuery(path.name.removesuffix(".rq"), path, text)


def list_queries(layout: Layout | None = None) -> list[ExampleQuery]:
    """List the example queries, sorted by name (the ``qc/`` checks are not examples).

    :param layout: where ``queries/`` is; the installed package's by default
    :returns: the examples

    >>> names = [q.name for q in list_queries()]
    >>> "approved-indications" in names
    True
    """
    layout = layout or package_layout()
    return [read_query(p) for p in sorted(layout.queries_dir.glob("*.rq"))]


def get_query(query: str | Path, layout: Layout | None = None) -> ExampleQuery:
    """Return a query given as a ``.rq`` path or as the name of an example.

    :param query: a path to a query file, or an example's name (with or without ``.rq``)
    :param layout: where the examples are; the installed package's by default
    :returns: the query
    :raises QueryError: when it is neither an existing file nor an example's name
    """
    path = Path(query)
    if path.is_file():
        return read_query(path)
    examples = {q.name: q for q in list_queries(layout)}
    name = str(query).removesuffix(".rq")
    if name in examples:
        return examples[name]
    raise QueryError(
        f"{query}: no such query file or example; examples: {', '.join(sorted(examples))}"
    )


def load_release_store(layout: Layout | None = None) -> Any:
    """Load the release into a new in-memory pyoxigraph store, one named graph per part.

    :param layout: where ``exports/`` is; the installed package's by default
    :returns: a ``pyoxigraph.Store``
    :raises ResourceError: when the release is missing
    """
    import pyoxigraph as ox

    layout = layout or package_layout()
    path = layout.release_trig
    if not path.is_file():
        raise ResourceError(f"{path}: release not found (run `firesld build`)")
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


@lru_cache(maxsize=1)
def _release_store() -> Any:
    """Return the installed release, loaded once per process (treat it as read-only)."""
    return load_release_store()


def uses_service(text: str) -> bool:
    r"""Say whether a query calls ``SERVICE`` (the keyword, not the word in a string or comment).

    >>> uses_service("SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
    False
    >>> uses_service(r"SELECT * { \u0053ERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    True

    SPARQL lets a query spell any character as ``\uXXXX`` before it is parsed; the text is
    checked as written and with those escapes replaced (a parser that honours them would see
    the keyword).
    """
    unescaped = _CODEPOINT_RE.sub(lambda m: _codepoint(m.group(1) or m.group(2)), text)
    return any(_SERVICE_KEYWORD_RE.search(_OPAQUE_RE.sub(" ", t)) for t in {text, unescaped})


def _codepoint(hex_digits: str) -> str:
    r"""Return the character of a ``\u`` escape (U+FFFD for one that names none)."""
    number = int(hex_digits, 16)
    return chr(number) if number <= 0x10FFFF else "\ufffd"


def run_query(
    query: str | ExampleQuery,
    store: Any = None,
    *,
    timeout: float = QUERY_TIMEOUT,
    max_rows: int = QUERY_MAX_ROWS,
    allow_service: bool = False,
    max_memory_mb: int = QUERY_MAX_MEMORY_MB,
) -> QueryResult:
    """Run a SPARQL query on the release; the default graph is the union of its named graphs.

    The query stays on the machine and ends: ``SERVICE`` is refused unless ``allow_service``,
    and a query that runs past ``timeout`` seconds or whose result passes ``max_rows`` rows
    (triples for CONSTRUCT and DESCRIBE) is stopped with an error. Where the system can fork,
    the query runs in a child process (sharing the loaded store) that is killed at the time
    limit, so its work ends then; its address space may grow by ``max_memory_mb`` MiB at most,
    and a query that runs out of that memory ends only that child (FLD-QUERY-SIZE), not the
    machine's memory.

    :param query: the query text, or an example
    :param store: a pyoxigraph store; the installed release by default
    :param timeout: seconds the query may run, reading its result included
    :param max_rows: rows (or triples) the result may hold
    :param allow_service: let ``SERVICE`` reach other endpoints (within the same timeout)
    :param max_memory_mb: MiB of memory the query may take (where it runs in a child process)
    :returns: the result, fully read
    :raises QuerySyntaxError: when the query does not parse (with line and column)
    :raises QueryError: when the query fails while running, calls ``SERVICE`` unallowed
        (FLD-QUERY-SERVICE), runs too long (FLD-QUERY-TIMEOUT) or returns too much
        (FLD-QUERY-SIZE)

    >>> result = run_query(
    ...     "SELECT ?label WHERE { <http://purl.obolibrary.org/obo/MONDO_0015584> "
    ...     "<http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = 'zh') }"
    ... )
    >>> result.variables, result.rows[0][0].value
    (('label',), '发热感染相关性癫痫综合征')
    """
    example = query if isinstance(query, ExampleQuery) else ExampleQuery("query", None, query)
    if not allow_service and uses_service(example.text):
        raise QueryError(
            f"{example.source}: FLD-QUERY-SERVICE: the query calls SERVICE, which would reach "
            "the network; refused (pass --allow-service to allow it)"
        )
    store = _release_store() if store is None else store
    job = Forked.anyway(
        f"the query {example.source}", _evaluate_capped, example, store, max_rows, max_memory_mb
    )
    if job.pid is None:  # no fork on this system
        return _run_in_thread(example, store, timeout, max_rows)
    try:
        return job.result(timeout=timeout)
    except TimeoutError:
        raise QueryError(
            f"{example.source}: FLD-QUERY-TIMEOUT: the query ran past {timeout:g} s and "
            "was stopped (raise it with --timeout)"
        ) from None
    except ChildEndedError as err:
        raise QueryError(
            f"{example.source}: FLD-QUERY-SIZE: the query ended without a result ({err.why}); it "
            "likely ran out of memory (narrow the query, or add LIMIT)"
        ) from None
    finally:
        job.cancel()


def _evaluate_capped(
    example: ExampleQuery, store: Any, max_rows: int, max_memory_mb: int
) -> QueryResult:
    """In the query's child: run it with the memory cap; every failure is a QueryError.

    pyoxigraph cannot cancel a query; a child process can be ended, so a query past its time
    stops using CPU and memory then. The child's address space may grow by ``max_memory_mb``
    MiB (``RLIMIT_AS``), so a query that would take the machine's memory fails in the child;
    its stderr goes nowhere (a failed allocation's panic text: the parent says it in one line).
    """
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)
    _cap_memory(max_memory_mb)
    try:
        return _evaluate(example, store, max_rows, threading.Event())
    except QueryError:
        raise
    except BaseException as err:  # noqa: BLE001  # reported by the parent, in one line
        raise QueryError(f"{example.source}: the query failed: {type(err).__name__}") from None


def _cap_memory(megabytes: int) -> None:
    """Let this process's address space grow by ``megabytes`` MiB at most (Linux; else no cap)."""
    import resource

    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = size + megabytes * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError):
        pass  # no /proc (not Linux): the timeout still ends the query


def _run_in_thread(example: ExampleQuery, store: Any, timeout: float, max_rows: int) -> QueryResult:
    """Run the query in a thread (where there is no fork); past the deadline it is abandoned."""
    box: list[QueryResult | BaseException] = []
    stop = threading.Event()

    def run() -> None:
        try:
            box.append(_evaluate(example, store, max_rows, stop))
        except BaseException as err:  # noqa: BLE001  # handed to the caller
            # Its frames hold pyoxigraph's result, which must be dropped on this thread.
            chained: BaseException | None = err
            while chained is not None:
                chained.__traceback__ = None
                chained = chained.__cause__ or chained.__context__
            box.append(err)

    worker = threading.Thread(target=run, name="firesld-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if not box:
        stop.set()  # the worker stops at its next row; a blocked one ends with the process
        raise QueryError(
            f"{example.source}: FLD-QUERY-TIMEOUT: the query ran past {timeout:g} s and was "
            "stopped (raise it with --timeout)"
        )
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _evaluate(
    example: ExampleQuery, store: Any, max_rows: int, stop: threading.Event
) -> QueryResult:
    """Run a query and read its result, at most ``max_rows`` rows, until ``stop`` is set."""
    import pyoxigraph as ox

    def capped(items: Iterable[Any]) -> Iterator[Any]:
        for n, item in enumerate(items):
            if stop.is_set():
                raise QueryError(f"{example.source}: stopped")
            if n >= max_rows:
                raise QueryError(
                    f"{example.source}: FLD-QUERY-SIZE: the result holds more than {max_rows} "
                    "rows; stopped (narrow the query, or add LIMIT)"
                )
            yield item

    try:
        answer = store.query(example.text, use_default_graph_as_union=True)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            rows = sorted(((t.subject, t.predicate, t.object) for t in capped(answer)), key=str)
            return QueryResult("graph", ("subject", "predicate", "object"), tuple(rows))
        variables = tuple(v.value for v in answer.variables)
        rows = [tuple(solution[v] for v in variables) for solution in capped(answer)]
    except SyntaxError as err:
        match = _POSITION_RE.match(str(err))
        if match is None:
            raise QueryError(f"{example.source}: SPARQL syntax error: {err}") from err
        line, column, message = match.groups()
        raise QuerySyntaxError(example.source, int(line), int(column), message) from err
    except QueryError:
        raise
    except MemoryError as err:
        raise QueryError(
            f"{example.source}: FLD-QUERY-SIZE: the result does not fit in memory"
        ) from err
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(f"{example.source}: the query failed: {err}") from err
    return QueryResult("select", variables, tuple(rows))


# ------------------------------------------------------------------------------------ formats


def _term_json(term: Any) -> dict[str, str]:
    """Write one term as a SPARQL 1.1 JSON results binding."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _as_json(result: QueryResult, prefixes: dict[str, str]) -> str:
    """Format a result as SPARQL 1.1 JSON results."""
    if result.form == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2) + "\n"
    doc = {
        "head": {"vars": list(result.variables)},
        "results": {
            "bindings": [
                {
                    v: _term_json(t)
                    for v, t in zip(result.variables, row, strict=True)
                    if t is not None
                }
                for row in result.rows
            ]
        },
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _csv_value(term: Any) -> str:
    """Write one term as SPARQL 1.1 CSV does: the IRI, the lexical form, ``_:label``."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def _as_csv(result: QueryResult, prefixes: dict[str, str]) -> str:
    """Format a result as SPARQL 1.1 CSV (values only, CRLF line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.form == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return out.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(t) for t in row])
    return out.getvalue()


def _as_tsv(result: QueryResult, prefixes: dict[str, str]) -> str:
    """Format a result as SPARQL 1.1 TSV (terms in N-Triples syntax)."""
    if result.form == "ask":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _cell(term: Any, prefixes: dict[str, str]) -> str:
    """Write one term for people: a prefixed name, the text with its language, or the number."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for name, namespace in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{name}:{term.value[len(namespace) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    text = " ".join(term.value.split())
    return f"{text}@{term.language}" if term.language else text


def _width(text: str) -> int:
    """Return how many terminal columns a text takes (East Asian wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@lru_cache(maxsize=1)
def _release_prefixes() -> dict[str, str]:
    """Return the release's prefixes (the schema's, as in ``firesld.ttl``), or none if unreadable."""
    from firesld.model import load_model

    try:
        prefixes = dict(load_model(package_layout()).prefixes)
    except (FiresldError, OSError, ValueError):
        return {}
    prefixes.pop("linkml", None)
    return prefixes


def _as_table(result: QueryResult, prefixes: dict[str, str]) -> str:
    """Format a result as an aligned table, IRIs abbreviated (release's and query's prefixes)."""
    if result.form == "ask":
        return ("true" if result.boolean else "false") + "\n"
    prefixes = {**_release_prefixes(), **prefixes}
    header = [f"?{v}" for v in result.variables]
    cells = [[_cell(t, prefixes) for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: Sequence[str]) -> str:
        return " | ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))

    out = [line(header), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(s.rstrip() for s in out) + "\n"


#: The output formats of ``firesld query``, by name.
FORMATS: dict[str, Callable[[QueryResult, dict[str, str]], str]] = dict(
    zip(QUERY_FORMATS, (_as_table, _as_csv, _as_tsv, _as_json), strict=True)
)


def format_result(
    result: QueryResult, fmt: str = "table", *, prefixes: dict[str, str] | None = None
) -> str:
    """Format a query result.

    :param result: the result of :func:`run_query`
    :param fmt: one of :data:`FORMATS`: ``table`` (for people), ``csv``, ``tsv`` or ``json``
        (SPARQL 1.1 result formats)
    :param prefixes: prefixes to abbreviate IRIs with in the table, besides the release's (the
        query's own, typically)
    :returns: the text
    :raises QueryError: when the format is unknown

    >>> result = run_query('SELECT ?x WHERE { VALUES ?x { "FIRES"@en } }')
    >>> format_result(result, "csv").splitlines()  # SPARQL CSV lines end in CRLF
    ['x', 'FIRES']
    """
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise QueryError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}") from None
    return writer(result, prefixes or {})
