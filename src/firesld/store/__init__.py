"""Load the release into a triple store, query a remote SPARQL endpoint, serve a local one.

* :func:`load_release` uploads ``exports/firesld.nt`` into one named graph (or ``firesld.nq`` into
  the release's four named graphs) through the SPARQL 1.1 Graph Store HTTP Protocol. Into an
  empty graph on Oxigraph (which loads one request as one transaction) each graph goes in one
  POST and is counted; a wrong count drops it again. Otherwise each graph goes first into a
  staging graph, whose triple count is checked against the release; then one SPARQL Update
  request swaps it in (``DROP SILENT GRAPH <target> ; MOVE GRAPH <staging> TO GRAPH <target>``),
  and the target's count is checked again. A failed or cut upload only ever touches the staging
  graph, and on a store whose update requests are transactions (Oxigraph, Fuseki with TDB2,
  GraphDB) the target holds either the old or the new graph, never part of one.
* :func:`run_remote_query` runs a query on a SPARQL endpoint (SPARQL 1.1 Protocol) and returns
  the same :class:`~firesld.queries.QueryResult` as the embedded
  :func:`~firesld.queries.run_query`, so both are formatted alike. :func:`query_store` first
  finds the release's graphs on the store (:func:`release_graphs_on`) and makes them the query's
  dataset, so a query sees what the embedded one sees whatever the store's default graph is, and
  says how to fix a query that found nothing while the store holds firesld graphs.
* :class:`LocalServer` and :func:`serve_release` bulk-load the release into a temporary Oxigraph
  store with the ``oxigraph`` command (the ``server`` extra) and serve it read-only.

Transient failures (HTTP 5xx, 408 and 429, a connection reset, no answer in time) are retried with
a bounded exponential back-off (:class:`RetryPolicy`); a store that is down, unreachable or
refuses the credentials raises :class:`~firesld.errors.EndpointError` at once (exit code 2).
"""

from __future__ import annotations

from firesld.constants import AUTH_SCHEMES
from firesld.store.base import (
    PASSWORD_VARIABLE,
    RELEASE_PART_GRAPHS,
    STAGING_PREFIX,
    default_graph_iri,
    display_url,
)
from firesld.store.load import (
    GraphUpload,
    LoadedGraph,
    LoadResult,
    load_graphs,
    load_release,
    release_uploads,
    value_equal_literals,
)
from firesld.store.queries import (
    RemoteAnswer,
    choose_default_graphs,
    count_triples,
    empty_result_hint,
    query_store,
    release_graphs_on,
    run_remote_query,
)
from firesld.store.serve import (
    SERVE_PREFIX,
    LocalServer,
    find_oxigraph,
    is_loopback,
    serve_release,
)
from firesld.store.settings import (
    Credentials,
    Endpoints,
    RetryPolicy,
)
from firesld.store.transport import (
    _put_graph as _put_graph,
)

__all__ = [
    "AUTH_SCHEMES",
    "PASSWORD_VARIABLE",
    "RELEASE_PART_GRAPHS",
    "SERVE_PREFIX",
    "STAGING_PREFIX",
    "Credentials",
    "Endpoints",
    "GraphUpload",
    "LoadResult",
    "LoadedGraph",
    "LocalServer",
    "RemoteAnswer",
    "RetryPolicy",
    "choose_default_graphs",
    "count_triples",
    "default_graph_iri",
    "display_url",
    "empty_result_hint",
    "find_oxigraph",
    "is_loopback",
    "load_graphs",
    "load_release",
    "query_store",
    "release_graphs_on",
    "release_uploads",
    "run_remote_query",
    "serve_release",
    "value_equal_literals",
]
