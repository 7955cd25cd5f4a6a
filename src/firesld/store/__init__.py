"""Load the release into a triple store, query a remote SPARQL endpoint, serve a local one.

* :func:`load_release` uploads ``exports/firesld.nt`` into one named graph (or ``firesld.nq`` into
  the release's four named graphs) through the SPARQL 1.1 Graph Store HTTP Protocol. Each graph
  goes first into a staging graph, whose triple count is checked against the release; then one
  SPARQL Update request swaps it in (``DROP SILENT GRAPH <target> ; MOVE GRAPH <staging> TO GRAPH
  <target>``), and the target's count is checked again. A failed or cut upload only ever touches
  the staging graph, and on a store whose update requests are transactions (Oxigraph, Fuseki with
  TDB2, GraphDB) the target holds either the old or the new graph, never part of one.
* :func:`run_remote_query` runs a query on a SPARQL endpoint through SPARQLWrapper and returns
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

import ast
import base64
import hashlib
import http.client
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, TypeVar, cast

from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
)

from firesld.constants import (
    CLAIMS_GRAPH,
    DATA_GRAPH,
    GRAPH_NS,
    IMPORTS_GRAPH,
    ONTOLOGY_GRAPH,
    Layout,
    package_layout,
)
from firesld.errors import EndpointError, FiresldError, MissingExtraError, QueryError, ResourceError
from firesld.queries import ExampleQuery, QueryResult, QuerySyntaxError
from firesld.version import VERSION

__all__ = [
    "AUTH_SCHEMES",
    "PASSWORD_VARIABLE",
    "RELEASE_PART_GRAPHS",
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
    "empty_result_hint",
    "find_oxigraph",
    "load_graphs",
    "load_release",
    "query_store",
    "release_graphs_on",
    "release_uploads",
    "run_remote_query",
    "serve_release",
    "value_equal_literals",
]

logger = logging.getLogger(__name__)

#: The environment variable the password of ``--user`` is read from (never from the command line).
PASSWORD_VARIABLE = "FIRESLD_PASSWORD"  # noqa: S105 (a variable name, not a password)
#: The HTTP authentication schemes: ``basic`` (Fuseki, GraphDB), ``digest`` (Virtuoso).
AUTH_SCHEMES = ("basic", "digest")
#: Staging graphs are named ``<STAGING_PREFIX><16 hex digits of the target's SHA-256>``.
STAGING_PREFIX = "urn:firesld:staging:"
#: The release's own named graphs (``firesld.nq``, ``firesld.trig``, ``firesld load --named-graphs``).
RELEASE_PART_GRAPHS = (ONTOLOGY_GRAPH, IMPORTS_GRAPH, DATA_GRAPH, CLAIMS_GRAPH)

_USER_AGENT = f"firesld/{VERSION}"
#: The media type of the uploads: N-Triples is a subset of Turtle, and every store reads Turtle.
_UPLOAD_TYPE = "text/turtle"
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\s]*")
_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)
_RESPONSE = re.compile(r"Response:\n(b(['\"]).*\2)\s*$", re.DOTALL)

#: GSP path ending → (query path ending, update path ending, graph parameter), per store.
_STORE_PATHS: tuple[tuple[str, str, str, str], ...] = (
    ("/sparql-graph-crud-auth", "/sparql", "/sparql-auth", "graph-uri"),  # Virtuoso
    ("/sparql-graph-crud", "/sparql", "/sparql", "graph-uri"),  # Virtuoso, no authentication
    ("/rdf-graphs/service", "", "/statements", "graph"),  # GraphDB, RDF4J
    ("/store", "/query", "/update", "graph"),  # Oxigraph
    ("/data", "/sparql", "/update", "graph"),  # Fuseki (/DATASET/data)
)

_T = TypeVar("_T")
Notify = Callable[[str], None]


def default_graph_iri(version: str = VERSION) -> str:
    """Return the named graph ``firesld load`` uploads into by default.

    :param version: the release version
    :returns: ``https://w3id.org/firesld/graph/<version>``

    >>> default_graph_iri("0.1.0")
    'https://w3id.org/firesld/graph/0.1.0'
    """
    return f"{GRAPH_NS}{version}"


def _check_iri(iri: str) -> str:
    """Return an absolute IRI unchanged, or raise when it cannot be written as ``<iri>``."""
    if not _IRI.fullmatch(iri):
        raise EndpointError(f"{iri!r} is not an absolute IRI")
    return iri


def _check_url(url: str) -> str:
    """Return an http(s) URL unchanged, or raise when it is not one."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{display_url(url)}: not an http:// or https:// URL")
    return url


def display_url(url: str) -> str:
    """Return a URL without its user information, query string and fragment, for messages.

    >>> display_url("http://user:pw@127.0.0.1:7878/store?token=s3cret#x")
    'http://127.0.0.1:7878/store'
    """
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _one_line(text: str, limit: int = 200) -> str:
    """Squeeze a server's message into one short line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------------------------ settings


@dataclass(frozen=True)
class Credentials:
    """A user name and password for HTTP authentication; the password is never shown."""

    user: str
    password: str = field(repr=False)
    scheme: str = "basic"

    @classmethod
    def from_environment(
        cls,
        user: str,
        *,
        scheme: str = "basic",
        environ: Mapping[str, str] | None = None,
    ) -> Credentials:
        """Take the password of a user from ``$FIRESLD_PASSWORD``.

        :param user: the user name
        :param scheme: ``basic`` or ``digest`` (see :data:`AUTH_SCHEMES`)
        :param environ: the environment; ``os.environ`` by default
        :returns: the credentials
        :raises EndpointError: when the variable is not set or the scheme is unknown

        >>> Credentials.from_environment("dba", environ={"FIRESLD_PASSWORD": "secret"})
        Credentials(user='dba', scheme='basic')
        """
        if scheme not in AUTH_SCHEMES:
            raise EndpointError(
                f"unknown authentication {scheme!r}; use {' or '.join(AUTH_SCHEMES)}"
            )
        password = (os.environ if environ is None else environ).get(PASSWORD_VARIABLE)
        if password is None:
            raise EndpointError(
                f"--user {user}: set the password in the environment variable {PASSWORD_VARIABLE}"
            )
        return cls(user, password, scheme)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait for each answer, and how often to retry a transient failure."""

    #: Seconds to wait for a connection and for each read of the answer.
    timeout: float = 60.0
    #: Retries after the first attempt (0: no retry).
    retries: int = 3
    #: The first wait before a retry, in seconds; doubled for each further retry.
    backoff: float = 0.5
    #: The longest wait before a retry, in seconds.
    max_backoff: float = 8.0

    def delays(self) -> list[float]:
        """Return the waits before each retry.

        :returns: one wait per retry, doubling from :attr:`backoff` up to :attr:`max_backoff`

        >>> RetryPolicy(retries=6).delays()
        [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
        """
        return [min(self.backoff * 2**i, self.max_backoff) for i in range(self.retries)]


@dataclass(frozen=True)
class Endpoints:
    """The three URLs of a store: Graph Store Protocol, SPARQL query and SPARQL update."""

    store: str
    query: str
    update: str
    #: The name of the graph parameter of the GSP endpoint (``graph``; Virtuoso: ``graph-uri``).
    graph_parameter: str = "graph"

    @classmethod
    def from_store_url(
        cls, url: str, *, query: str | None = None, update: str | None = None
    ) -> Endpoints:
        """Derive the query and update endpoints from the Graph Store Protocol URL.

        :param url: the GSP endpoint (Oxigraph ``/store``, Fuseki ``/DATASET/data``, GraphDB
            ``/repositories/REPO/rdf-graphs/service``, Virtuoso ``/sparql-graph-crud-auth``)
        :param query: the SPARQL query endpoint, when it cannot be derived
        :param update: the SPARQL update endpoint, when it cannot be derived
        :returns: the endpoints
        :raises EndpointError: when a URL is not http(s), or an endpoint cannot be derived

        >>> e = Endpoints.from_store_url("http://127.0.0.1:3030/firesld/data")
        >>> e.query, e.update
        ('http://127.0.0.1:3030/firesld/sparql', 'http://127.0.0.1:3030/firesld/update')
        >>> Endpoints.from_store_url("http://127.0.0.1:7878/store").graph_url("urn:x:g")
        'http://127.0.0.1:7878/store?graph=urn%3Ax%3Ag'
        """
        parts = urllib.parse.urlsplit(_check_url(url))
        path = parts.path.rstrip("/")
        parameter = "graph-uri" if "/sparql-graph-crud" in path else "graph"
        for ending, query_ending, update_ending, graph_parameter in _STORE_PATHS:
            if path.endswith(ending):
                base = path[: -len(ending)]
                parameter = graph_parameter
                query = query or urllib.parse.urlunsplit(parts._replace(path=base + query_ending))
                update = update or urllib.parse.urlunsplit(
                    parts._replace(path=base + update_ending)
                )
                break
        if query is None or update is None:
            raise EndpointError(
                f"{display_url(url)}: cannot tell the store's SPARQL endpoints from this URL; "
                "give --query-endpoint and --update-endpoint"
            )
        return cls(url, _check_url(query), _check_url(update), parameter)

    def graph_url(self, graph: str) -> str:
        """Return the GSP URL of one named graph.

        :param graph: the graph IRI
        :returns: the store URL with the graph parameter added
        """
        separator = "&" if urllib.parse.urlsplit(self.store).query else "?"
        return f"{self.store}{separator}{urllib.parse.urlencode({self.graph_parameter: graph})}"


# ------------------------------------------------------------------------------------ transport


def _http_status(code: int, body: str) -> tuple[bool, str]:
    """Say whether an HTTP error status is transient, and describe it."""
    if code in (401, 403):
        what = "unauthorised" if code == 401 else "forbidden"
        return False, f"HTTP {code} {what} (check --user and ${PASSWORD_VARIABLE})"
    detail = f": {body}" if body else ""
    return code in (408, 429) or code >= 500, f"HTTP {code}{detail}"


def _error_body(err: urllib.error.HTTPError) -> str:
    """Read the body of an HTTP error answer, as one short line."""
    try:
        return _one_line(err.read().decode("utf-8", "replace"))
    except (OSError, http.client.HTTPException):
        return ""


def _server_message(err: SPARQLWrapperException) -> str:
    """Return the server's answer that SPARQLWrapper folded into its exception message."""
    text = str(err)
    match = _RESPONSE.search(text)
    if match is not None:
        try:
            value = ast.literal_eval(match.group(1))
        except (ValueError, SyntaxError):
            return text
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
    return text


def _describe(err: BaseException, timeout: float) -> tuple[bool, str]:
    """Say whether a failure is transient (worth a retry), and what happened in a few words."""
    if isinstance(err, urllib.error.HTTPError):
        return _http_status(err.code, _error_body(err))
    if isinstance(err, EndPointInternalError):
        return True, f"HTTP 500: {_one_line(_server_message(err))}"
    if isinstance(err, Unauthorized):
        return _http_status(401, "")
    if isinstance(err, EndPointNotFound):
        return False, "HTTP 404 not found (is it the right URL?)"
    if isinstance(err, SPARQLWrapperException):
        return False, _one_line(_server_message(err))
    if isinstance(err, urllib.error.URLError):
        if isinstance(err.reason, BaseException):
            return _describe(err.reason, timeout)
        return False, _one_line(str(err.reason))
    if isinstance(err, DeadlineExceededError):
        return True, f"no answer within {timeout:g} s"  # in all: connect and every read
    if isinstance(err, TimeoutError):
        return True, f"no answer within {timeout:g} s"
    if isinstance(err, ConnectionRefusedError):
        return False, "connection refused (is the store running?)"
    if isinstance(err, ConnectionError):
        return True, f"connection cut ({type(err).__name__})"
    if isinstance(err, http.client.HTTPException):
        return True, f"broken HTTP answer ({type(err).__name__})"
    if isinstance(err, socket.gaierror):
        return False, f"unknown host ({err.strerror})"
    if isinstance(err, OSError):
        return False, f"unreachable ({err.strerror or err})"
    return False, _one_line(str(err))


#: What a network call may raise: socket and HTTP errors, and SPARQLWrapper's HTTP status errors.
_NETWORK_ERRORS = (OSError, http.client.HTTPException, SPARQLWrapperException)


class DeadlineExceededError(OSError):
    """A request that did not complete (connect and every read) within its total deadline."""


#: Requests past their deadline whose threads may still be sending: see :func:`_settle`.
_abandoned: list[threading.Thread] = []


def _settle(seconds: float) -> None:
    """Give requests abandoned at their deadline up to ``seconds`` in all to end.

    Called before a retry or a clean-up, so that a late upload cannot land after the staging
    graph it wrote to was dropped (a stalled request ends at its socket timeout; only a server
    that keeps trickling holds one longer, and then this wait is bounded).
    """
    deadline = time.monotonic() + seconds
    for worker in list(_abandoned):
        worker.join(max(0.0, deadline - time.monotonic()))
        if not worker.is_alive():
            _abandoned.remove(worker)


def _within(action: Callable[[], _T], seconds: float) -> _T:
    """Run a network action with a total deadline, however slowly the server trickles.

    The socket timeout bounds each wait; this bounds their sum: the action runs in a daemon
    thread, and past the deadline the caller goes on with :class:`DeadlineExceededError` (the
    thread, blocked on a socket that has its own timeout, ends by itself or with the process).
    """
    box: list[tuple[bool, Any]] = []

    def run() -> None:
        try:
            box.append((True, action()))
        except BaseException as err:  # noqa: BLE001  # handed to the caller as is
            box.append((False, err))

    worker = threading.Thread(target=run, name="firesld-request", daemon=True)
    worker.start()
    worker.join(seconds)
    if not box:
        _abandoned.append(worker)
        raise DeadlineExceededError(f"no complete answer within {seconds:g} s")
    done, value = box[0]
    if not done:
        raise value
    return cast("_T", value)


def _with_retries(
    action: Callable[[], _T],
    *,
    what: str,
    url: str,
    policy: RetryPolicy,
    notify: Notify | None,
) -> _T:
    """Run a network action, retrying transient failures after the policy's waits.

    :param action: the call
    :param what: what the call does, for messages
    :param url: the endpoint, for messages
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :returns: what the call returned
    :raises EndpointError: on a failure that is not transient, or after the last retry
    """
    delays = policy.delays()
    attempt = 0
    while True:
        try:
            return _within(action, policy.timeout)
        except _NETWORK_ERRORS as err:
            transient, reason = _describe(err, policy.timeout)
            if not transient or attempt == len(delays):
                tries = f" (after {attempt + 1} attempts)" if attempt else ""
                raise EndpointError(f"{display_url(url)}: {what}: {reason}{tries}") from err
            _tell(
                notify,
                f"{display_url(url)}: {what}: {reason}; retry {attempt + 1} of {len(delays)} "
                f"in {delays[attempt]:g} s",
            )
            time.sleep(delays[attempt])
            _settle(policy.timeout)
            attempt += 1


def _tell(notify: Notify | None, message: str) -> None:
    """Log a message and pass it to the caller's callback."""
    logger.info(message)
    if notify is not None:
        notify(message)


def _sparql_client(
    endpoint: str,
    *,
    update: str | None = None,
    credentials: Credentials | None,
    timeout: float,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> Any:
    """Return a SPARQLWrapper client for an endpoint (POST, content negotiation only)."""
    from SPARQLWrapper import BASIC, DIGEST, POST, SPARQLWrapper

    client = SPARQLWrapper(_check_url(endpoint), updateEndpoint=update, agent=_USER_AGENT)
    client.setMethod(POST)
    client.setOnlyConneg(True)
    client.setTimeout(timeout)  # type: ignore[arg-type]  # urlopen takes float seconds
    for graph in default_graphs:
        client.addDefaultGraph(_check_iri(graph))
    for graph in named_graphs:
        client.addNamedGraph(_check_iri(graph))
    if credentials is not None:
        client.setHTTPAuth(DIGEST if credentials.scheme == "digest" else BASIC)
        client.setCredentials(credentials.user, credentials.password)
    return client


def _read(client: Any) -> tuple[bytes, str]:
    """Send a SPARQLWrapper request and read the whole answer and its media type."""
    response = client.query().response
    try:
        body: bytes = response.read()
        media = str(response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    finally:
        response.close()
    return body, media


def _put_graph(
    endpoints: Endpoints, graph: str, data: bytes, credentials: Credentials | None, timeout: float
) -> None:
    """Replace one graph of the store by a Graph Store Protocol PUT.

    With digest authentication the challenge is fetched first by a request without a body, so
    the upload is sent once, already authorised: sent unauthorised, Virtuoso answers 401 and
    closes the connection while the body is still on its way, which the client sees as a
    broken pipe rather than as the refusal.
    """
    headers = {"Content-Type": _UPLOAD_TYPE, "User-Agent": _USER_AGENT}
    url = endpoints.graph_url(graph)
    # The URL's scheme is checked to be http(s) when the endpoints are made.
    request = urllib.request.Request(url, data=data, method="PUT", headers=headers)  # noqa: S310
    if credentials is not None and credentials.scheme == "digest":
        authorization = _digest_authorization(url, request, credentials, timeout)
        if authorization is not None:
            request.add_header("Authorization", authorization)
    elif credentials is not None:
        token = base64.b64encode(f"{credentials.user}:{credentials.password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        response.read()


def _digest_authorization(
    url: str, request: urllib.request.Request, credentials: Credentials, timeout: float
) -> str | None:
    """Return the ``Authorization`` header of a request, from the challenge of a bodiless GET.

    :returns: the header value, or None when the GET needs no authentication
    :raises urllib.error.HTTPError: when the GET fails otherwise than with a digest challenge
    """
    probe = urllib.request.Request(url, method="GET", headers={"User-Agent": _USER_AGENT})  # noqa: S310
    try:
        with urllib.request.urlopen(probe, timeout=timeout) as response:  # noqa: S310
            response.read()
        return None
    except urllib.error.HTTPError as err:
        challenge = str(err.headers.get("WWW-Authenticate") or "")
        if err.code != 401 or not challenge.lower().startswith("digest "):
            if err.code == 404:  # the graph does not exist, and nobody asked who we are
                return None
            raise
    fields = urllib.request.parse_http_list(challenge[len("digest ") :])
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, credentials.user, credentials.password)
    handler = urllib.request.HTTPDigestAuthHandler(manager)
    answer = handler.get_authorization(request, urllib.request.parse_keqv_list(fields))
    return None if answer is None else f"Digest {answer}"


# ------------------------------------------------------------------------------------ queries


def _syntax_error(example: ExampleQuery, err: QueryBadFormed) -> QueryError:
    """Turn the endpoint's HTTP 400 into a syntax error with line and column when it names them."""
    message = _one_line(_server_message(err), 400)
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
) -> QueryResult:
    """Run a SPARQL query on a remote endpoint, through SPARQLWrapper.

    :param query: the query text, or an example
    :param endpoint: the SPARQL query endpoint (Oxigraph ``/query``, Fuseki ``/DATASET/sparql``)
    :param default_graphs: the graphs that make the query's default graph (the protocol's
        ``default-graph-uri``); the endpoint's own default graph when empty
    :param named_graphs: the graphs ``GRAPH`` reaches (the protocol's ``named-graph-uri``)
    :param credentials: for an endpoint that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :param what: what the query is for, in messages
    :returns: the result, as :func:`firesld.queries.run_query` returns it
    :raises QuerySyntaxError: when the endpoint rejects the query and names line and column
    :raises QueryError: when the endpoint rejects the query, or it is an update
    :raises EndpointError: when the endpoint is down, unreachable, unauthorised or fails
    """
    import pyoxigraph as ox
    from SPARQLWrapper import JSON, TURTLE

    example = query if isinstance(query, ExampleQuery) else ExampleQuery("query", None, query)
    policy = policy or RetryPolicy()
    form = example.form
    client = _sparql_client(
        endpoint,
        credentials=credentials,
        timeout=policy.timeout,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
    )
    client.setQuery(example.text)
    if client.isSparqlUpdateRequest():
        raise QueryError(f"{example.source}: this is an update; firesld query only reads")
    client.setReturnFormat(JSON if form in ("select", "ask") else TURTLE)

    def fetch() -> tuple[bytes, str]:
        try:
            return _read(client)
        except QueryBadFormed as err:
            raise _syntax_error(example, err) from err

    body, media = _with_retries(fetch, what=what, url=endpoint, policy=policy, notify=notify)
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
            return QueryResult("select", variables, rows)
        rdf_format = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.TURTLE
        triples = sorted(
            ((t.subject, t.predicate, t.object) for t in ox.parse(body, format=rdf_format)),
            key=str,
        )
        return QueryResult("graph", ("subject", "predicate", "object"), tuple(triples))
    except (SyntaxError, ValueError) as err:
        raise EndpointError(
            f"{display_url(endpoint)}: unreadable answer ({media or 'no media type'}): "
            f"{_one_line(str(err))}"
        ) from err


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
    :returns: the result, the graphs it saw and the hint
    :raises QuerySyntaxError: when the endpoint rejects the query and names line and column
    :raises QueryError: when the endpoint rejects the query, or it is an update
    :raises EndpointError: when the endpoint is down, unreachable, unauthorised or fails
    """
    ask = partial(run_remote_query, credentials=credentials, policy=policy, notify=notify)
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


# ------------------------------------------------------------------------------------ load


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
    client = _sparql_client(
        endpoints.query, update=endpoints.update, credentials=credentials, timeout=policy.timeout
    )
    client.setQuery(text)
    delays = policy.delays()
    attempt = 0
    while True:
        try:
            _within(partial(_read, client), policy.timeout)
            return
        except _NETWORK_ERRORS as err:
            transient, reason = _describe(err, policy.timeout)
            where = f"{display_url(endpoints.update)}: swap (MOVE)"
            if not transient:
                raise EndpointError(f"{where}: {reason}") from err
            _settle(policy.timeout)  # a late swap must land before the staging graphs are read
            staged = [count(u.staging) for u in uploads]
            if not any(staged):
                return  # the request was applied before its answer was lost
            if staged != [u.triples for u in uploads] or attempt == len(delays):
                raise EndpointError(f"{where}: {reason} (after {attempt + 1} attempts)") from err
            _tell(notify, f"{where}: {reason}; retry {attempt + 1} of {len(delays)}")
            time.sleep(delays[attempt])
            attempt += 1


def _drop_quietly(
    endpoints: Endpoints, graphs: Sequence[str], credentials: Credentials | None, timeout: float
) -> None:
    """Try once to drop the staging graphs after a failed load; a failure is only logged."""
    client = _sparql_client(
        endpoints.query,
        update=endpoints.update,
        credentials=credentials,
        timeout=min(timeout, 10.0),
    )
    client.setQuery(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
    _settle(min(timeout, 10.0))
    try:
        _within(partial(_read, client), min(timeout, 10.0))
    except _NETWORK_ERRORS as err:
        logger.warning("could not drop the staging graphs %s: %s", ", ".join(graphs), err)


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
    client = _sparql_client(
        endpoints.query, update=endpoints.update, credentials=credentials, timeout=policy.timeout
    )
    client.setQuery(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in stale))
    _with_retries(
        partial(_read, client),
        what="drop stale staging graphs",
        url=endpoints.update,
        policy=policy,
        notify=notify,
    )
    for graph in stale:
        _tell(notify, f"dropped stale staging graph <{graph}>, left by an interrupted load")
    return stale


def load_graphs(
    endpoints: Endpoints,
    uploads: Sequence[GraphUpload],
    *,
    replace: bool = False,
    credentials: Credentials | None = None,
    policy: RetryPolicy | None = None,
    notify: Notify | None = None,
) -> LoadResult:
    """Upload graphs into a store: stage, count, swap, count again.

    Each graph is PUT into its staging graph (:attr:`GraphUpload.staging`) and counted there;
    then one SPARQL Update moves every staging graph onto its target, and the targets are
    counted. A failure before the swap leaves the targets as they were.

    :param endpoints: the store's GSP, query and update endpoints
    :param uploads: the graphs
    :param replace: replace a target graph that holds triples (otherwise that is an error)
    :param credentials: for a store that needs authentication
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :returns: what was loaded
    :raises EndpointError: when the store fails, a target holds triples and ``replace`` is not
        set, or a count differs from the upload's
    """
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
    try:
        for upload in uploads:
            _with_retries(
                partial(
                    _put_graph, endpoints, upload.staging, upload.data, credentials, policy.timeout
                ),
                what=f"upload into staging graph <{upload.staging}>",
                url=endpoints.store,
                policy=policy,
                notify=notify,
            )
            staged = count(upload.staging)
            if staged != upload.triples:
                raise EndpointError(
                    f"{display_url(endpoints.store)}: staging graph <{upload.staging}> holds "
                    f"{staged} triples, the release {upload.triples}; <{upload.graph}> left as it was"
                    + _why_fewer(upload, staged)
                )
        _swap(
            endpoints, uploads, credentials=credentials, policy=policy, notify=notify, count=count
        )
    except FiresldError:
        _drop_quietly(endpoints, [u.staging for u in uploads], credentials, policy.timeout)
        raise
    loaded = []
    for upload in uploads:
        n = count(upload.graph)
        if n != upload.triples:
            raise EndpointError(
                f"{display_url(endpoints.store)}: graph <{upload.graph}> holds {n} triples after the "
                f"swap, the release {upload.triples}"
            )
        loaded.append(LoadedGraph(upload.graph, previous[upload.graph], n))
    return LoadResult(endpoints.store, tuple(loaded), time.monotonic() - start)


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
    )


# ------------------------------------------------------------------------------------ serve


def find_oxigraph(*, executable: str | Path | None = None, path: str | None = None) -> Path:
    """Find the ``oxigraph`` command: beside the Python interpreter first, then on the PATH.

    :param executable: the Python interpreter whose folder is searched; ``sys.executable``
    :param path: the search path; ``$PATH`` by default
    :returns: the command
    :raises MissingExtraError: when it is in neither (``pip install 'firesld[server]'``)
    """
    folder = Path(sys.executable if executable is None else executable).parent
    candidate = folder / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return candidate
    found = shutil.which("oxigraph", path=path)
    if found is None:
        raise MissingExtraError("oxigraph", "server")
    return Path(found)


#: The temporary folders of ``firesld serve``: ``firesld-serve-<PID>-<random>`` in the temp dir.
SERVE_PREFIX = "firesld-serve-"
_SERVE_DIR_RE = re.compile(rf"{SERVE_PREFIX}(\d+)-")
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In a child before exec: ask the kernel to SIGKILL it when its parent dies (Linux)."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the process group and stop() remain
        pass


def _pid_alive(pid: int) -> bool:
    """Say whether a process with this PID exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_serve_folders(parent: str | Path | None = None) -> list[Path]:
    """Remove the temporary folders that ``firesld serve`` processes now dead left behind.

    :param parent: where to look; the temporary directory by default
    :returns: the folders removed
    """
    removed = []
    for folder in sorted(Path(parent or tempfile.gettempdir()).glob(f"{SERVE_PREFIX}*")):
        match = _SERVE_DIR_RE.match(folder.name)
        if match is None or not folder.is_dir() or folder.is_symlink():
            continue
        if int(match.group(1)) != os.getpid() and not _pid_alive(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def is_loopback(host: str) -> bool:
    """Say whether an address to listen on is a loopback one (reachable from this machine only).

    >>> [is_loopback(h) for h in ("127.0.0.1", "::1", "localhost", "0.0.0.0", "192.168.1.2")]
    [True, True, True, False, False]
    """
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class LocalServer:
    """A read-only Oxigraph SPARQL endpoint over the release, in a temporary store.

    ``start`` bulk-loads ``exports/firesld.trig`` (its four named graphs) with ``oxigraph load``
    and runs ``oxigraph serve-read-only --union-default-graph``, so queries see the union of the
    graphs as the embedded ``firesld query`` does; ``stop`` ends the server and removes the store.
    """

    def __init__(
        self,
        *,
        bind: str = "127.0.0.1",
        port: int = 7878,
        layout: Layout | None = None,
        oxigraph: Path | None = None,
        startup_timeout: float = 30.0,
        grace: float = 3.0,
        query_timeout: float = 30.0,
    ) -> None:
        """Describe the server; nothing starts yet.

        :param bind: the address to listen on (loopback by default)
        :param port: the port to listen on
        :param layout: where ``exports/`` is; the installed package's by default
        :param oxigraph: the ``oxigraph`` command; :func:`find_oxigraph` by default
        :param startup_timeout: seconds to wait for the server to answer
        :param grace: seconds to wait after a signal before SIGTERM, then SIGKILL
        :param query_timeout: seconds a query may run on the server (``--timeout-s``)
        """
        self.query_timeout = query_timeout
        self.bind = bind
        self.port = port
        self.layout = layout or package_layout()
        self.oxigraph = oxigraph
        self.startup_timeout = startup_timeout
        self.grace = grace
        self.directory: Path | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.triples = 0
        self.stale_removed: list[Path] = []

    @property
    def url(self) -> str:
        """The server's base URL (its YASGUI page)."""
        return f"http://{self.address}/"

    @property
    def address(self) -> str:
        """The ``host:port`` the server listens on."""
        host = f"[{self.bind}]" if ":" in self.bind else self.bind
        return f"{host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return self.url + "query"

    @property
    def log(self) -> Path | None:
        """The server's output (inside the temporary folder)."""
        return None if self.directory is None else self.directory / "oxigraph.log"

    def log_tail(self) -> str:
        """Return the last line the server wrote, or ``""``."""
        try:
            lines = self.log.read_text(errors="replace").split("\n") if self.log else []
        except OSError:
            return ""
        return next((line.strip() for line in reversed(lines) if line.strip()), "")

    def start(self) -> None:
        """Load the release into a new temporary store and serve it; return once it answers.

        :raises MissingExtraError: when the ``oxigraph`` command is not installed
        :raises ResourceError: when the release is missing
        :raises EndpointError: when the port is taken, or loading or serving fails
        """
        binary = self.oxigraph or find_oxigraph()
        release = self.layout.release_trig
        if not release.is_file():
            raise ResourceError(f"{release}: release not found (run `firesld build`)")
        self._check_port_free()
        self.stale_removed = remove_stale_serve_folders()
        self.directory = Path(tempfile.mkdtemp(prefix=f"{SERVE_PREFIX}{os.getpid()}-"))
        started = False
        try:
            location = str(self.directory / "store")
            loaded = subprocess.run(
                [str(binary), "load", "--location", location, "--file", str(release)],
                capture_output=True,
                text=True,
                check=False,
                preexec_fn=_die_with_parent,  # only prctl, no locks
            )
            if loaded.returncode:
                last = (loaded.stderr.strip().splitlines() or ["no message"])[-1]
                raise EndpointError(f"oxigraph load failed (exit {loaded.returncode}): {last}")
            with (self.directory / "oxigraph.log").open("wb") as log:
                self.process = subprocess.Popen(
                    [
                        str(binary),
                        "serve-read-only",
                        "--location",
                        location,
                        "--bind",
                        self.address,
                        "--union-default-graph",
                        "--timeout-s",
                        str(max(1, round(self.query_timeout))),
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    preexec_fn=_die_with_parent,  # only prctl, no locks
                )
            self._wait_until_ready()
            self.triples = self._count()
            started = True
        finally:
            if not started:
                self.stop()

    def _count(self) -> int:
        """Count the triples the server serves."""
        result = run_remote_query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            self.query_url,
            policy=RetryPolicy(timeout=10.0, retries=1),
        )
        return int(result.rows[0][0].value)

    def _check_port_free(self) -> None:
        """Raise when something already listens on the port."""
        family = socket.AF_INET6 if ":" in self.bind else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((self.bind, self.port))
            except OSError as err:
                raise EndpointError(
                    f"cannot listen on {self.address}: {err.strerror or err} "
                    "(choose another --port)"
                ) from err

    def _wait_until_ready(self) -> None:
        """Poll the server until it answers, or raise when it exits or takes too long."""
        deadline = time.monotonic() + self.startup_timeout
        while True:
            if self.process is not None and self.process.poll() is not None:
                raise EndpointError(
                    f"oxigraph serve-read-only exited (code {self.process.returncode}): "
                    f"{self.log_tail() or 'no message'}"
                )
            try:
                with urllib.request.urlopen(self.url, timeout=1.0) as answer:  # noqa: S310
                    answer.read()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise EndpointError(
                        f"oxigraph serve-read-only did not answer at {self.url} within "
                        f"{self.startup_timeout:g} s"
                    ) from None
                time.sleep(0.1)

    def wait(self, poll: float = 0.2, until: Callable[[], bool] | None = None) -> int | None:
        """Wait until the server exits, or until ``until()`` is true.

        :param poll: seconds between checks
        :param until: a condition that ends the wait (a signal received, say)
        :returns: the server's exit code, or None when it still runs
        """
        if self.process is None:
            return None
        while (until is None or not until()) and self.process.poll() is None:
            try:
                self.process.wait(timeout=poll)
            except subprocess.TimeoutExpired:
                continue
        return self.process.poll()

    def stop(self, signum: int = signal.SIGTERM) -> None:
        """Stop the server (the signal, then SIGTERM, then SIGKILL) and remove the store.

        :param signum: the signal to send first
        """
        process = self.process
        if process is not None and process.poll() is None:
            process.send_signal(signum)
            try:
                process.wait(timeout=self.grace)
            except subprocess.TimeoutExpired:
                process.terminate()
                try:
                    process.wait(timeout=self.grace)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> LocalServer:
        """Start the server."""
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the server and remove the store."""
        self.stop()


def serve_release(
    *,
    bind: str = "127.0.0.1",
    port: int = 7878,
    layout: Layout | None = None,
    on_ready: Callable[[LocalServer], None] | None = None,
    query_timeout: float = 30.0,
) -> int:
    """Serve the release read-only until SIGINT, SIGTERM or SIGHUP, then stop and clean up.

    The signal is passed on to the server (then SIGTERM, then SIGKILL if it does not exit), and
    the temporary store is removed.

    :param bind: the address to listen on
    :param port: the port to listen on
    :param layout: where ``exports/`` is; the installed package's by default
    :param on_ready: called once the server answers (to print its URLs)
    :param query_timeout: seconds a query may run on the server
    :returns: the signal that stopped it
    :raises MissingExtraError: when the ``oxigraph`` command is not installed
    :raises EndpointError: when the server cannot start, or stops by itself
    """
    server = LocalServer(bind=bind, port=port, layout=layout, query_timeout=query_timeout)
    received: list[int] = []

    def remember(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    handled = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        previous = {s: signal.signal(s, remember) for s in handled}
    try:
        server.start()
        if on_ready is not None and not received:
            on_ready(server)
        code = server.wait(until=lambda: bool(received))
        if not received:
            raise EndpointError(
                f"oxigraph serve-read-only stopped by itself (code {code}): "
                f"{server.log_tail() or 'no message'}"
            )
        server.stop(received[0])
        return received[0]
    finally:
        server.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
