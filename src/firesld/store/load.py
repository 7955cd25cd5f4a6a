"""Loading the release: staging upload, count check, one-request swap, count check again."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from firesld.constants import (
    UPLOAD_MODES,
    Layout,
    package_layout,
)
from firesld.errors import EndpointError, FiresldError, ResourceError
from firesld.store.base import (
    _IRI,
    STAGING_PREFIX,
    Notify,
    _check_iri,
    default_graph_iri,
    display_url,
    logger,
)
from firesld.store.queries import count_triples, run_remote_query
from firesld.store.settings import Credentials, Endpoints, RetryPolicy
from firesld.store.transport import (
    _NETWORK_ERRORS,
    _put_graph,
    _server_software,
    _settle,
    _sparql_update,
    _tell,
    _with_retries,
    _within,
)

#: ``Server`` headers of stores that load one Graph Store Protocol request as one transaction, all
#: or nothing: Oxigraph's server loads a PUT or POST body with ``Store::load_from_reader``, which
#: its documentation calls atomic (a body that fails to parse half-way leaves nothing).
TRANSACTIONAL_SERVERS = ("Oxigraph/",)


@dataclass(frozen=True)
class GraphUpload:
    """One graph to upload: its IRI, its content as N-Triples, and how many triples it holds."""

    graph: str
    data: bytes = field(repr=False)
    triples: int

    @property
    def staging(self) -> str:
        """The staging graph the upload goes to before the swap.

        >>> GraphUpload("https://w3id.org/firesld/graph/data", b"", 0).staging
        'urn:firesld:staging:4784684cf93b1289'
        """
        return STAGING_PREFIX + hashlib.sha256(self.graph.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class LoadedGraph:
    """One graph after a load: its IRI, the triples it held before, and the triples it holds."""

    graph: str
    previous: int
    triples: int


@dataclass(frozen=True)
class LoadResult:
    """What :func:`load_graphs` did."""

    store: str
    graphs: tuple[LoadedGraph, ...]
    seconds: float
    #: how the graphs went in: ``direct`` (one request each into the empty target) or ``staged``
    upload: str = "staged"

    @property
    def triples(self) -> int:
        """The triples now in the loaded graphs."""
        return sum(g.triples for g in self.graphs)

    @property
    def replaced(self) -> bool:
        """Whether a loaded graph held triples before."""
        return any(g.previous for g in self.graphs)


def release_uploads(
    layout: Layout | None = None, *, graph: str | None = None, named_graphs: bool = False
) -> list[GraphUpload]:
    """Read the release as the graphs to upload.

    :param layout: where ``exports/`` is; the installed package's by default
    :param graph: the one graph to load ``firesld.nt`` into; :func:`default_graph_iri` by default
    :param named_graphs: load ``firesld.nq`` into its own named graphs instead (ontology,
        imports, data, claims)
    :returns: the uploads, sorted by graph
    :raises ResourceError: when the release files are missing
    """
    import pyoxigraph as ox

    layout = layout or package_layout()
    path = layout.release_nt.with_suffix(".nq") if named_graphs else layout.release_nt
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ResourceError(f"{path}: release not found (run `firesld build`): {err}") from err
    if not named_graphs:
        triples = set(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        return [GraphUpload(_check_iri(graph or default_graph_iri()), data, len(triples))]
    parts: dict[str, set[Any]] = {}
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        parts.setdefault(quad.graph_name.value, set()).add(quad.triple)
    uploads = []
    for name, triples in sorted(parts.items()):
        text = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b""
        uploads.append(GraphUpload(name, text, len(triples)))
    return uploads


_XSD = "http://www.w3.org/2001/XMLSchema#"
#: Datatypes whose literals stores such as Virtuoso keep by value, not by lexical form.
_BY_VALUE = {
    _XSD + name
    for name in (
        "decimal integer double float long int short byte nonNegativeInteger positiveInteger "
        "negativeInteger nonPositiveInteger unsignedLong unsignedInt unsignedShort unsignedByte "
        "boolean dateTime date"
    ).split()
}


def _literal_value(datatype: str, lexical: str) -> object:
    """Return the value of a literal of a :data:`_BY_VALUE` datatype (its lexical form if odd)."""
    import datetime
    import decimal

    try:
        if datatype == _XSD + "boolean":
            return lexical.strip() in ("true", "1")
        if datatype in (_XSD + "dateTime", _XSD + "date"):
            return datetime.datetime.fromisoformat(lexical.strip())
        return decimal.Decimal(lexical.strip())
    except (ValueError, decimal.InvalidOperation):
        return lexical


def value_equal_literals(data: bytes) -> list[tuple[str, str]]:
    r"""Find triples that differ from another only in the lexical form of a typed literal.

    A store that keeps numbers, booleans and dates by value (Virtuoso) stores each such group as
    one triple, so it holds fewer triples than the file (``"2.0"`` and ``"2"^^xsd:decimal`` on the
    same subject and predicate are one there).

    :param data: N-Triples
    :returns: the lexical forms merged with another, as (form kept apart, form it equals) pairs

    >>> d = "<http://www.w3.org/2001/XMLSchema#decimal>"
    >>> data = f'<urn:x:s> <urn:x:p> "2.0"^^{d} .\n<urn:x:s> <urn:x:p> "2"^^{d} .\n'.encode()
    >>> [(a.split("^^")[0], b.split("^^")[0]) for a, b in value_equal_literals(data)]
    [('"2.0"', '"2"')]
    """
    import pyoxigraph as ox

    seen: dict[tuple[str, str, str, object], str] = {}
    merged = []
    for quad in sorted(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), key=str):
        value = quad.object
        if not isinstance(value, ox.Literal) or value.datatype.value not in _BY_VALUE:
            continue
        key = (str(quad.subject), str(quad.predicate), value.datatype.value)
        full = (*key, _literal_value(value.datatype.value, value.value))
        if full in seen and seen[full] != str(value):
            merged.append((str(value), seen[full]))
        seen.setdefault(full, str(value))
    return merged


def _why_fewer(upload: GraphUpload, staged: int) -> str:
    """Explain a staging count below the upload's when literals merged by value explain it."""
    merged = value_equal_literals(upload.data) if staged < upload.triples else []
    if not merged:
        return ""
    kept, equal = merged[0]
    return (
        f" ({len(merged)} triple(s) differ from another only in a literal's lexical form, "
        f"such as {kept} and {equal}: the store keeps such literals by value)"
    )


def _drop_text(graphs: Sequence[str]) -> str:
    """Return the SPARQL Update that drops these graphs (silently when one does not exist)."""
    return " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs)


def _update(
    endpoints: Endpoints, text: str, credentials: Credentials | None, timeout: float
) -> Callable[[], None]:
    """Return the call that sends a SPARQL Update to the store (for the retry and deadline)."""
    return partial(_sparql_update, endpoints.update, text, credentials=credentials, timeout=timeout)


def _swap(
    endpoints: Endpoints,
    uploads: Sequence[GraphUpload],
    *,
    credentials: Credentials | None,
    policy: RetryPolicy,
    notify: Notify | None,
    count: Callable[[str], int],
) -> None:
    """Move every staging graph onto its target in one SPARQL Update request.

    A request that fails on the way may or may not have been applied: the staging graphs tell
    (``MOVE`` empties them), and the swap is sent again only while they are still full.
    """
    text = " ;\n".join(
        f"DROP SILENT GRAPH <{u.graph}> ;\nMOVE GRAPH <{u.staging}> TO GRAPH <{u.graph}>"
        for u in uploads
    )

    def landed() -> bool | None:
        staged = [count(u.staging) for u in uploads]
        if not any(staged):
            return True  # the request was applied before its answer was lost
        return False if staged == [u.triples for u in uploads] else None

    _with_retries(
        _update(endpoints, text, credentials, policy.timeout),
        what="swap (MOVE)",
        url=endpoints.update,
        policy=policy,
        notify=notify,
        landed=landed,
    )


def _drop_quietly(
    endpoints: Endpoints, graphs: Sequence[str], credentials: Credentials | None, timeout: float
) -> None:
    """Try once to drop what a failed load wrote; a failure is only logged.

    That is its staging graphs, or the targets of a direct upload (which were empty).
    """
    limit = min(timeout, 10.0)
    _settle(limit)
    try:
        _within(_update(endpoints, _drop_text(graphs), credentials, limit), limit)
    except _NETWORK_ERRORS as err:
        logger.warning("could not drop the graphs %s: %s", ", ".join(graphs), err)


def drop_stale_staging(
    endpoints: Endpoints,
    *,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
) -> tuple[str, ...]:
    """Drop the staging graphs (``urn:firesld:staging:…``) an interrupted load left on a store.

    :param endpoints: the store's query and update endpoints
    :param credentials: for a store that needs authentication
    :param policy: timeout and retries
    :param notify: told of each graph dropped (one line), and of each retry
    :returns: the graphs dropped
    :raises EndpointError: when the store fails
    """
    policy = policy or RetryPolicy()
    text = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { } "
        f'FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}'
    )
    result = run_remote_query(
        text,
        endpoints.query,
        credentials=credentials,
        policy=policy,
        notify=notify,
        what="look for stale staging graphs",
    )
    stale = tuple(sorted(str(row[0].value) for row in result.rows if row[0] is not None))
    stale = tuple(g for g in stale if _IRI.fullmatch(g))
    if not stale:
        return ()
    _with_retries(
        _update(endpoints, _drop_text(stale), credentials, policy.timeout),
        what="drop stale staging graphs",
        url=endpoints.update,
        policy=policy,
        notify=notify,
    )
    for graph in stale:
        _tell(notify, f"dropped stale staging graph <{graph}>, left by an interrupted load")
    return stale


def _one_request(endpoints: Endpoints, mode: str, previous: dict[str, int], timeout: float) -> bool:
    """Say whether the uploads go straight into their targets, one request each.

    Only into empty targets (a graph that holds triples is replaced through a staging graph, so
    that the new one is counted before the old one goes), and only on a store that loads a
    request all or nothing: one whose ``Server`` header is in :data:`TRANSACTIONAL_SERVERS`
    (``auto``), or any store when the caller says so (``direct``).
    """
    if mode == "staged" or any(previous.values()):
        return False
    return mode == "direct" or _server_software(endpoints.query, min(timeout, 10.0)).startswith(
        TRANSACTIONAL_SERVERS
    )


def _landed(count: Callable[[str], int], upload: GraphUpload) -> bool | None:
    """Say whether a failed direct upload into an empty target landed whole, not at all, or part."""
    n = count(upload.graph)
    return True if n == upload.triples else False if n == 0 else None


def load_graphs(
    endpoints: Endpoints,
    uploads: Sequence[GraphUpload],
    *,
    replace: bool = False,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
    upload: str = "auto",
) -> LoadResult:
    """Upload graphs into a store and count them there, never leaving a target half-loaded.

    Into empty targets on a store that loads one request as one transaction (Oxigraph; see
    ``upload``), each graph is POSTed straight into its target and counted; a target whose count
    is wrong is dropped again, empty as it was. Otherwise each graph is PUT into its staging
    graph (:attr:`GraphUpload.staging`) and counted there; then one SPARQL Update moves every
    staging graph onto its target, and the targets are counted. A failure before the swap
    leaves the targets as they were.

    :param endpoints: the store's GSP, query and update endpoints
    :param uploads: the graphs
    :param replace: replace a target graph that holds triples (otherwise that is an error)
    :param credentials: for a store that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :param upload: one of :data:`~firesld.constants.UPLOAD_MODES`: ``auto`` (direct into empty
        targets when the store's ``Server`` header is in :data:`TRANSACTIONAL_SERVERS`, else
        staged), ``staged`` or ``direct`` (into empty targets on any store)
    :returns: what was loaded
    :raises EndpointError: when the store fails, a target holds triples and ``replace`` is not
        set, or a count differs from the upload's
    :raises ValueError: when ``upload`` is not one of the modes
    """
    if upload not in UPLOAD_MODES:  # before any request
        raise ValueError(f"unknown upload mode {upload!r}; use one of: {', '.join(UPLOAD_MODES)}")
    policy = policy or RetryPolicy()
    start = time.monotonic()
    count = partial(
        count_triples, endpoints.query, credentials=credentials, policy=policy, notify=notify
    )
    drop_stale_staging(endpoints, credentials=credentials, policy=policy, notify=notify)
    previous = {u.graph: count(_check_iri(u.graph)) for u in uploads}
    for graph, n in previous.items():
        if n and not replace:
            raise EndpointError(
                f"{display_url(endpoints.store)}: graph <{graph}> already holds {n} triples; "
                "pass --replace to replace it"
            )
    direct = _one_request(endpoints, upload, previous, policy.timeout)
    where = display_url(endpoints.store)
    try:
        for item in uploads:
            _with_retries(
                partial(
                    _put_graph,
                    endpoints,
                    item.graph if direct else item.staging,
                    item.data,
                    credentials,
                    policy.timeout,
                    method="POST" if direct else "PUT",
                ),
                what=f"upload into <{item.graph}>"
                if direct
                else f"upload into staging graph <{item.staging}>",
                url=endpoints.store,
                policy=policy,
                notify=notify,
                landed=partial(_landed, count, item) if direct else None,
            )
            if direct:
                continue
            staged = count(item.staging)
            if staged != item.triples:
                raise EndpointError(
                    f"{where}: staging graph <{item.staging}> holds {staged} triples, the release "
                    f"{item.triples}; <{item.graph}> left as it was" + _why_fewer(item, staged)
                )
        if not direct:
            _swap(
                endpoints,
                uploads,
                credentials=credentials,
                policy=policy,
                notify=notify,
                count=count,
            )
        loaded = []
        for item in uploads:
            n = count(item.graph)
            if n != item.triples:
                after = "upload" if direct else "swap"
                undone = "; dropped again, empty as it was" + _why_fewer(item, n) if direct else ""
                raise EndpointError(
                    f"{where}: graph <{item.graph}> holds {n} triples after the {after}, the "
                    f"release {item.triples}{undone}"
                )
            loaded.append(LoadedGraph(item.graph, previous[item.graph], n))
    except FiresldError:
        dropped = [u.graph for u in uploads] if direct else [u.staging for u in uploads]
        _drop_quietly(endpoints, dropped, credentials, policy.timeout)
        raise
    seconds = time.monotonic() - start
    return LoadResult(endpoints.store, tuple(loaded), seconds, "direct" if direct else "staged")


def load_release(
    endpoints: Endpoints,
    *,
    layout: Layout | None = None,
    graph: str | None = None,
    named_graphs: bool = False,
    replace: bool = False,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
    upload: str = "auto",
) -> LoadResult:
    """Upload the release into a store and check the store's triple count.

    :param endpoints: the store's GSP, query and update endpoints
    :param layout: where ``exports/`` is; the installed package's by default
    :param graph: the graph to load ``firesld.nt`` into; :func:`default_graph_iri` by default
    :param named_graphs: load ``firesld.nq`` into the release's four named graphs instead
    :param replace: replace graphs that hold triples (staged, counted, then swapped)
    :param credentials: for a store that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :param upload: how: ``auto``, ``staged`` or ``direct`` (see :func:`load_graphs`)
    :returns: what was loaded
    :raises ResourceError: when the release files are missing
    :raises EndpointError: see :func:`load_graphs`
    """
    uploads = release_uploads(layout, graph=graph, named_graphs=named_graphs)
    return load_graphs(
        endpoints,
        uploads,
        replace=replace,
        credentials=credentials,
        policy=policy,
        notify=notify,
        upload=upload,
    )
