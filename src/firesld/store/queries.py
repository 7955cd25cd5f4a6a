"""Queries on a remote SPARQL endpoint, with the release's graphs as the dataset."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from firesld.constants import (
    GRAPH_NS,
)
from firesld.errors import EndpointError, FiresldError, QueryError
from firesld.queries import ExampleQuery, QueryResult, QuerySyntaxError
from firesld.store.base import (
    _POSITION,
    RELEASE_PART_GRAPHS,
    Notify,
    _check_iri,
    _check_url,
    _one_line,
    default_graph_iri,
    display_url,
)
from firesld.store.settings import Credentials, RetryPolicy
from firesld.store.transport import _Answer, _sparql_query, _StatusError, _with_retries
from firesld.version import VERSION

#: What a query asks for: SPARQL results (SELECT, ASK), or RDF (CONSTRUCT, DESCRIBE).
_RESULTS_ACCEPT = "application/sparql-results+json, application/json;q=0.9"
_RDF_ACCEPT = "text/turtle, application/turtle;q=0.9"
#: The keyword a SPARQL request starts with, after its prologue (PREFIX and BASE declarations).
_KEYWORD = re.compile(
    r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|CREATE|CLEAR|DROP|LOAD|COPY|MOVE|"
    r"ADD|WITH)(?![\w:])",
    re.IGNORECASE,
)
_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_PROLOGUE = re.compile(r"\b(?:PREFIX\s+[^\s:]*:\s*|BASE\s*)<>", re.IGNORECASE)


def _is_update(example: ExampleQuery) -> bool:
    """Say whether a request is a SPARQL Update rather than a query (its first keyword tells).

    >>> _is_update(ExampleQuery("q", None, "PREFIX drop: <urn:x:> SELECT * { ?s drop:p ?o }"))
    False
    >>> _is_update(ExampleQuery("u", None, "DELETE { ?s ?p ?o } WHERE { SELECT ?s { ?s ?p ?o } }"))
    True
    """
    match = _KEYWORD.search(_PROLOGUE.sub(" ", example.code))
    return match is not None and match.group(1).upper() not in _QUERY_FORMS


def _syntax_error(example: ExampleQuery, body: str) -> QueryError:
    """Turn the endpoint's HTTP 400 into a syntax error with line and column when it names them."""
    message = _one_line(body, 400)
    match = _POSITION.search(message)
    if match is not None:
        line, column, detail = match.groups()
        return QuerySyntaxError(example.source, int(line), int(column), detail)
    return QueryError(f"{example.source}: the endpoint rejected the query (HTTP 400): {message}")


def run_remote_query(
    query: str | ExampleQuery,
    endpoint: str,
    *,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
    what: str = "query",
    max_rows: int | None = None,
    max_bytes: int | None = None,
) -> QueryResult:
    """Run a SPARQL query on a remote endpoint.

    :param query: the query text, or an example
    :param endpoint: the SPARQL query endpoint (Oxigraph ``/query``, Fuseki ``/DATASET/sparql``)
    :param default_graphs: the graphs that make the query's default graph (the protocol's
        ``default-graph-uri``); the endpoint's own default graph when empty
    :param named_graphs: the graphs ``GRAPH`` reaches (the protocol's ``named-graph-uri``)
    :param credentials: for an endpoint that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :param what: what the query is for, in messages
    :param max_rows: rows (triples) the result may hold (FLD-QUERY-SIZE past them)
    :param max_bytes: bytes the answer may hold (FLD-QUERY-SIZE past them; read no further)
    :returns: the result, as :func:`firesld.queries.run_query` returns it
    :raises QuerySyntaxError: when the endpoint rejects the query and names line and column
    :raises QueryError: when the endpoint rejects the query, or it is an update
    :raises EndpointError: when the endpoint is down, unreachable, unauthorised or fails
    """
    import pyoxigraph as ox

    example = query if isinstance(query, ExampleQuery) else ExampleQuery("query", None, query)
    policy = policy or RetryPolicy()
    form = example.form
    _check_url(endpoint)
    for graph in (*default_graphs, *named_graphs):
        _check_iri(graph)
    if _is_update(example):
        raise QueryError(f"{example.source}: this is an update; firesld query only reads")

    def fetch() -> _Answer:
        try:
            return _sparql_query(
                endpoint,
                example.text,
                accept=_RESULTS_ACCEPT if form in ("select", "ask") else _RDF_ACCEPT,
                default_graphs=default_graphs,
                named_graphs=named_graphs,
                credentials=credentials,
                timeout=policy.timeout,
                max_bytes=max_bytes,
            )
        except _StatusError as err:
            if err.status == 400:
                raise _syntax_error(example, err.body) from err
            raise

    answer = _with_retries(fetch, what=what, url=endpoint, policy=policy, notify=notify)
    body, media = answer.body, answer.media
    try:
        if form in ("select", "ask"):
            results_format = ox.QueryResultsFormat.from_media_type(media)
            parsed = ox.parse_query_results(
                body, format=results_format or ox.QueryResultsFormat.JSON
            )
            if isinstance(parsed, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(parsed))
            variables = tuple(v.value for v in parsed.variables)
            rows = tuple(tuple(solution[v] for v in variables) for solution in parsed)
            _check_rows(example, len(rows), max_rows)
            return QueryResult("select", variables, rows)
        rdf_format = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.TURTLE
        triples = sorted(
            ((t.subject, t.predicate, t.object) for t in ox.parse(body, format=rdf_format)),
            key=str,
        )
        _check_rows(example, len(triples), max_rows)
        return QueryResult("graph", ("subject", "predicate", "object"), tuple(triples))
    except (SyntaxError, ValueError) as err:
        raise EndpointError(
            f"{display_url(endpoint)}: unreadable answer ({media or 'no media type'}): "
            f"{_one_line(str(err))}"
        ) from err


def _check_rows(example: ExampleQuery, rows: int, max_rows: int | None) -> None:
    """Refuse a result of more than ``max_rows`` rows, as the embedded query does."""
    if max_rows is not None and rows > max_rows:
        raise QueryError(
            f"{example.source}: FLD-QUERY-SIZE: the result holds more than {max_rows} rows; "
            "stopped (narrow the query, or add LIMIT)"
        )


def _version_key(graph: str) -> tuple[int, ...]:
    """Order versioned graph IRIs by version number (``…/0.10.0`` after ``…/0.9.0``)."""
    return tuple(int(n) for n in re.findall(r"\d+", graph.removeprefix(GRAPH_NS)))


def choose_default_graphs(held: Iterable[str], version: str = VERSION) -> tuple[str, ...]:
    """Choose, among the firesld graphs a store holds, those a query should see as its default graph.

    The graph ``firesld load`` fills (:func:`default_graph_iri`) holds the whole release; else the
    release's four named graphs hold it in parts; else the newest other version's graph.

    :param held: the firesld graphs the store holds
    :param version: the release version
    :returns: the graphs, or ``()`` when none of them is a release graph

    >>> from firesld.constants import CLAIMS_GRAPH, DATA_GRAPH, GRAPH_NS
    >>> from firesld.store.base import default_graph_iri
    >>> choose_default_graphs([DATA_GRAPH, CLAIMS_GRAPH], "0.1.0")
    ('https://w3id.org/firesld/graph/data', 'https://w3id.org/firesld/graph/claims')
    >>> choose_default_graphs([DATA_GRAPH, default_graph_iri("0.1.0")], "0.1.0")
    ('https://w3id.org/firesld/graph/0.1.0',)
    >>> choose_default_graphs([GRAPH_NS + "0.9.0", GRAPH_NS + "0.10.0"], "0.11.0")
    ('https://w3id.org/firesld/graph/0.10.0',)
    """
    held = set(held)
    versioned = default_graph_iri(version)
    if versioned in held:
        return (versioned,)
    parts = tuple(g for g in RELEASE_PART_GRAPHS if g in held)
    if parts:
        return parts
    others = [g for g in held if g.startswith(GRAPH_NS) and _version_key(g)]
    return (max(others, key=_version_key),) if others else ()


def release_graphs_on(
    endpoint: str,
    *,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
) -> tuple[str, ...]:
    """Find the graphs of this release on a store (the versioned graph, or the four parts).

    One query asks which of the five candidate graphs hold a triple; it reads no more than one
    triple per graph, so it is cheap on a large store.

    :param endpoint: the SPARQL query endpoint
    :param credentials: for an endpoint that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :returns: what :func:`choose_default_graphs` makes of them; ``()`` when the store holds none
    :raises EndpointError: when the endpoint fails
    """
    candidates = (default_graph_iri(), *RELEASE_PART_GRAPHS)
    values = " ".join(f"<{g}>" for g in candidates)
    text = f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
    result = run_remote_query(
        text,
        endpoint,
        credentials=credentials,
        policy=policy,
        notify=notify,
        what="find the firesld graphs",
    )
    return choose_default_graphs(str(row[0].value) for row in result.rows if row[0] is not None)


def empty_result_hint(
    endpoint: str,
    seen: Sequence[str],
    *,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
) -> str | None:
    """Say how to fix a query that found nothing although the store holds firesld graphs.

    :param endpoint: the SPARQL query endpoint
    :param seen: the graphs the query saw as its default graph (``()``: the store's own)
    :param credentials: for an endpoint that needs authentication
    :param policy: timeout (no retry: the hint is not worth a wait)
    :returns: one line, or None when the store holds no firesld graph or the query saw them
    """
    text = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{GRAPH_NS}")) }} ORDER BY ?g LIMIT 100'
    )
    timeout = (policy or RetryPolicy()).timeout
    try:
        result = run_remote_query(
            text,
            endpoint,
            credentials=credentials,
            policy=RetryPolicy(timeout=min(timeout, 30.0), retries=0),
            what="list the firesld graphs",
        )
    except FiresldError:
        return None
    held = sorted(str(row[0].value) for row in result.rows if row[0] is not None)
    if not held or (seen and set(seen) <= set(held)):
        return None
    suggestion = choose_default_graphs(held) or tuple(held)
    saw = ", ".join(f"<{g}>" for g in seen) if seen else "the store's own default graph"
    return (
        f"no result, but the store holds the firesld graph(s) {', '.join(f'<{g}>' for g in held)} "
        f"and the query saw {saw}; run it on the release with "
        + " ".join(f"--default-graph {g}" for g in suggestion)
    )


@dataclass(frozen=True)
class RemoteAnswer:
    """What :func:`query_store` found: the result, the graphs the query saw, and a hint."""

    result: QueryResult
    #: The query's default graph (``()``: the store's own).
    default_graphs: tuple[str, ...]
    #: How to fix a query that found nothing while the store holds firesld graphs.
    hint: str | None = None


def query_store(
    query: str | ExampleQuery,
    endpoint: str,
    *,
    default_graphs: Sequence[str] | None = None,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
    max_rows: int | None = None,
    max_bytes: int | None = None,
) -> RemoteAnswer:
    """Run a query on a store so that it sees the release as the embedded query does.

    Stores differ in their default graph: Oxigraph's and Fuseki's hold only what was loaded into
    no graph, Virtuoso's and GraphDB's are the union of every graph (other data sets too). Unless
    ``default_graphs`` is given, the release's graphs on the store (:func:`release_graphs_on`)
    become the query's default graph and its named graphs (``default-graph-uri`` and
    ``named-graph-uri``); when the store holds none, the store's own default graph is used
    (``oxigraph load`` of ``firesld.nt`` without ``--graph``). A query that finds nothing gets
    :func:`empty_result_hint`.

    :param query: the query text, or an example
    :param endpoint: the SPARQL query endpoint
    :param default_graphs: the query's default graph; ``()``: the store's own; None: find it
    :param credentials: for an endpoint that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :param max_rows: rows (triples) the result may hold
    :param max_bytes: bytes the store's answer may hold
    :returns: the result, the graphs it saw and the hint
    :raises QuerySyntaxError: when the endpoint rejects the query and names line and column
    :raises QueryError: when the endpoint rejects the query, or it is an update
    :raises EndpointError: when the endpoint is down, unreachable, unauthorised or fails
    """
    ask = partial(
        run_remote_query,
        credentials=credentials,
        policy=policy,
        notify=notify,
        max_rows=max_rows,
        max_bytes=max_bytes,
    )
    if default_graphs is None:
        graphs = release_graphs_on(endpoint, credentials=credentials, policy=policy, notify=notify)
        result = ask(query, endpoint, default_graphs=graphs, named_graphs=graphs)
    else:
        graphs = tuple(default_graphs)
        result = ask(query, endpoint, default_graphs=graphs)
    hint = None
    if result.form != "ask" and not result.rows:
        hint = empty_result_hint(endpoint, graphs, credentials=credentials, policy=policy)
    return RemoteAnswer(result, graphs, hint)


def count_triples(
    endpoint: str,
    graph: str,
    *,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
) -> int:
    """Count the triples of one named graph on a SPARQL endpoint (0 when it does not exist).

    :param endpoint: the SPARQL query endpoint
    :param graph: the graph IRI
    :param credentials: for an endpoint that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :returns: the number of triples
    :raises EndpointError: when the endpoint fails or answers something else than a count
    """
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{_check_iri(graph)}> {{ ?s ?p ?o }} }}"
    result = run_remote_query(
        text,
        endpoint,
        credentials=credentials,
        policy=policy,
        notify=notify,
        what=f"count the triples of <{graph}>",
    )
    try:
        return int(result.rows[0][0].value)
    except (IndexError, AttributeError, ValueError) as err:
        raise EndpointError(f"{display_url(endpoint)}: the triple count is not a number") from err
