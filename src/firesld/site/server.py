"""The front server of ``firesld serve``: firesld IRIs by content negotiation, the site, and SPARQL.

``firesld serve`` listens on one port. This server answers there: a firesld IRI path
(``/entity/…``, ``/claim/…``, ``/vocab/…``, ``/graph/…``, ``/firesld.owl`` …, see
:data:`firesld.site.routes.ROUTES`) gets ``303 See Other`` to its HTML page or, when ``Accept``
names one, its Turtle, N-Triples or JSON-LD file, exactly as the w3id rules do; the built site's
files are served as they are; ``/``, ``/query``, ``/update`` and ``/store`` go on to the Oxigraph
server behind (so the SPARQL endpoint and YASGUI stay where they were); anything else gets a 404
page that says what firesld IRIs look like.

What goes on to Oxigraph is checked first, as a public endpoint should: a query or update that
calls ``SERVICE`` (which would make the server send requests elsewhere) is refused with HTTP 400
and FLD-QUERY-SERVICE unless ``serve --allow-service``; a request body past
:data:`MAX_REQUEST_BYTES` gets 413; at most ``max_queries`` requests go on to Oxigraph at once
(more get HTTP 503, FLD-QUERY-BUSY, so the answers held in memory stay bounded); and an answer is
read up to ``max_result_bytes``, past which Oxigraph's connection is closed (ending the query)
and the client gets HTTP 400 and FLD-QUERY-SIZE instead of a result. A client that sends nothing
for :data:`CLIENT_TIMEOUT` seconds is disconnected.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import sys
import tempfile
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from firesld.constants import SERVE_MAX_QUERIES, SERVE_MAX_RESULT_BYTES, Layout, package_layout
from firesld.errors import EndpointError
from firesld.site.routes import FORMATS, negotiate, resolve
from firesld.version import VERSION

__all__ = [
    "CLIENT_TIMEOUT",
    "MAX_QUERIES",
    "MAX_REQUEST_BYTES",
    "MAX_RESULT_BYTES",
    "FrontServer",
    "serve_with_site",
]

#: Default bytes of one answer of the SPARQL endpoint (``serve --max-result-bytes``): the whole
#: release in any results format fits several times over.
MAX_RESULT_BYTES = SERVE_MAX_RESULT_BYTES
#: Bytes of one request body passed on to Oxigraph (a query, not a data upload: the store is
#: read-only).
MAX_REQUEST_BYTES = 1024 * 1024
#: Requests the endpoint passes on to Oxigraph at once: each may hold an answer of up to
#: ``max_result_bytes`` in memory, so this bounds the memory they take together.
MAX_QUERIES = SERVE_MAX_QUERIES
#: Seconds a connection may wait for the client to send (a request, or the rest of its body).
CLIENT_TIMEOUT = 30.0

_TYPES = {
    "html": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "svg": "image/svg+xml",
    "owl": "application/rdf+xml",
    "htaccess": "text/plain; charset=utf-8",
    **{ext: f"{media}; charset=utf-8" for ext, media in FORMATS.items()},
}
#: Paths always passed to the Oxigraph server behind (its YASGUI page and the SPARQL protocols);
#: any other path that is neither a site file nor a firesld IRI is tried there too.
_UPSTREAM = ("/", "/query", "/update", "/store")
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailers",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
    "server",  # the answer names this server once (send_response); Oxigraph's is not passed on
    "date",
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    front: FrontServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Say nothing of a client that hung up (a cancelled query); print anything else."""
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = CLIENT_TIMEOUT  # an idle or trickling client does not hold its thread for ever

    def version_string(self) -> str:
        """Name this server in the ``Server`` header (Oxigraph's own is not passed on)."""
        return f"firesld/{VERSION}"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet (``firesld serve`` prints its own lines)."""

    def do_GET(self) -> None:
        """Answer a GET."""
        self._answer(head=False)

    def do_HEAD(self) -> None:
        """Answer a HEAD."""
        self._answer(head=True)

    def do_POST(self) -> None:
        """Pass a POST to Oxigraph (queries and, refused there, updates)."""
        self._proxy()

    def do_PUT(self) -> None:
        """Pass a PUT to Oxigraph (refused there: the store is read-only)."""
        self._proxy()

    def do_DELETE(self) -> None:
        """Pass a DELETE to Oxigraph (refused there)."""
        self._proxy()

    def _answer(self, *, head: bool) -> None:
        front = self.server.front
        path = unquote(urlsplit(self.path).path)
        if path in _UPSTREAM or path.startswith("/store"):
            self._proxy()
            return
        file = front.file(path)
        if file is not None:
            self._send_file(file, head=head)
            return
        found = resolve(path.lstrip("/")) if path != "/" else None
        if found is not None:
            _route, page, rdf = found
            choice = negotiate(self.headers.get("Accept"), tuple(rdf))
            target = page if choice == "html" else rdf[choice]
            if front.file("/" + target) is not None:
                self.send_response(303)
                self.send_header("Location", "/" + target)
                self.send_header("Vary", "Accept")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._not_found(head=head)
            return
        self._proxy(not_found=True)  # Oxigraph's own files (YASGUI's script, /sparql …)

    def _send_file(self, file: Path, *, head: bool, status: int = 200) -> None:
        body = file.read_bytes()
        ext = file.name.rsplit(".", 1)[-1]
        self.send_response(status)
        self.send_header("Content-Type", _TYPES.get(ext, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _not_found(self, *, head: bool) -> None:
        page = self.server.front.file("/404.html")
        if page is None:
            self.send_error(404)
            return
        self._send_file(page, head=head, status=404)

    def _refuse(self, status: int, message: str, *, retry_after: int | None = None) -> None:
        """Answer with a status and one line of text (what SPARQL clients show)."""
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        if retry_after is not None:
            self.send_header("Retry-After", str(retry_after))
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            self.wfile.write(body)

    def _sparql_texts(self, body: bytes | None) -> list[str]:
        """Return every text Oxigraph could read as a query or an update in this request."""
        texts: list[str] = []
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        for key in ("query", "update"):
            texts += params.get(key, [])
        if body:
            decoded = body.decode("utf-8", "replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media == "application/x-www-form-urlencoded":
                form = parse_qs(decoded, keep_blank_values=True)
                texts += [v for key in ("query", "update") for v in form.get(key, [])]
            else:  # application/sparql-query, -update, or anything else: read as a query
                texts.append(decoded)
        return texts

    def _proxy(self, *, not_found: bool = False) -> None:
        """Pass the request to Oxigraph; with ``not_found``, its 404 becomes firesld's 404 page.

        A request that calls ``SERVICE`` (unless allowed), that is too large, or whose answer
        passes the result limit gets an error instead (see the module's description).
        """
        from firesld.queries import uses_service

        front = self.server.front
        upstream = front.upstream
        if upstream is None:
            self.send_error(503, "the SPARQL server is not running")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._refuse(400, "bad Content-Length")
            return
        if length < 0 or length > MAX_REQUEST_BYTES:
            self._refuse(
                413, f"FLD-QUERY-REQUEST-SIZE: a request body of at most {MAX_REQUEST_BYTES} bytes"
            )
            return
        if (self.headers.get("Content-Encoding") or "identity").strip().lower() != "identity":
            self._refuse(415, "a request body must not be compressed (Content-Encoding)")
            return
        body = self.rfile.read(length) if length else None
        if not front.allow_service and any(uses_service(t) for t in self._sparql_texts(body)):
            self._refuse(
                400,
                "FLD-QUERY-SERVICE: the query calls SERVICE, which would make this server send "
                "requests elsewhere; refused (the server's owner can allow it with "
                "`firesld serve --allow-service`)",
            )
            return
        parts = urlsplit(self.path)
        sparql = (
            self.command not in ("GET", "HEAD")
            or bool(parts.query)
            or parts.path in ("/query", "/update", "/sparql")
            or parts.path.startswith("/store")
        )
        if not sparql:  # Oxigraph's own small files (YASGUI's page and script)
            self._relay(body, not_found=not_found)
            return
        if not front.slots.acquire(blocking=False):
            self._refuse(
                503,
                f"FLD-QUERY-BUSY: this server runs at most {front.max_queries} "
                f"quer{'y' if front.max_queries == 1 else 'ies'} at once, and that many are "
                "running; try again shortly (the server's owner can raise it with "
                "`firesld serve --max-queries N`)",
                retry_after=1,
            )
            return
        try:
            self._relay(body, not_found=not_found)
        finally:
            front.slots.release()

    def _relay(self, body: bytes | None, *, not_found: bool) -> None:
        """Send the checked request to Oxigraph, and its answer (up to the cap) to the client."""
        front = self.server.front
        upstream = front.upstream
        assert upstream is not None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        host, _, port = upstream.rpartition(":")
        connection = http.client.HTTPConnection(host.strip("[]"), int(port), timeout=300)
        cap = front.max_result_bytes
        try:
            connection.request(self.command, self.path, body=body, headers=headers)
            answer = connection.getresponse()
            data = answer.read(cap + 1)
        except (OSError, http.client.HTTPException) as err:
            self.send_error(502, f"the SPARQL server did not answer: {err}")
            return
        finally:
            connection.close()  # past the cap, this ends the query on Oxigraph's side
        if len(data) > cap:
            self._refuse(
                400,
                f"FLD-QUERY-SIZE: the result passes {cap} bytes; stopped (narrow the query or "
                "add LIMIT; the server's owner can raise it with "
                "`firesld serve --max-result-bytes N`)",
            )
            return
        if not_found and answer.status == 404:
            self._not_found(head=self.command == "HEAD")
            return
        self.send_response(answer.status, answer.reason)
        for key, value in answer.getheaders():
            if key.lower() not in _HOP_BY_HOP:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


class FrontServer:
    """The HTTP server ``firesld serve`` listens with, in a thread, before Oxigraph."""

    def __init__(
        self,
        site: Path,
        *,
        bind: str = "127.0.0.1",
        port: int = 7878,
        allow_service: bool = False,
        max_result_bytes: int = MAX_RESULT_BYTES,
        max_queries: int = MAX_QUERIES,
    ) -> None:
        """Listen now (so a taken port fails at once); nothing is answered until :meth:`start`.

        :param site: the built site's folder
        :param bind: the address to listen on
        :param port: the port to listen on
        :param allow_service: pass queries that call ``SERVICE`` on to Oxigraph
        :param max_result_bytes: bytes an answer of the SPARQL endpoint may hold
        :param max_queries: requests passed on to Oxigraph at once; more get HTTP 503
        :raises EndpointError: when the port is taken
        """
        self.site = site.resolve()
        self.bind = bind
        self.allow_service = allow_service
        self.max_result_bytes = max_result_bytes
        self.max_queries = max_queries
        self.slots = threading.BoundedSemaphore(max_queries)
        self.upstream: str | None = None
        self.triples = 0
        self.directory: Path | None = None
        self.stale_removed: list[Path] = []
        _Server.address_family = socket.AF_INET6 if ":" in bind else socket.AF_INET
        try:
            self._server = _Server((bind, port), _Handler)
        except OSError as err:
            host = f"[{bind}]" if ":" in bind else bind
            raise EndpointError(
                f"cannot listen on {host}:{port}: {err.strerror or err} (choose another --port)"
            ) from err
        self._server.front = self
        self.port = int(self._server.server_address[1])
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL (YASGUI; the site's pages are under it)."""
        host = f"[{self.bind}]" if ":" in self.bind else self.bind
        return f"http://{host}:{self.port}/"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return self.url + "query"

    def file(self, path: str) -> Path | None:
        """Return the site file a URL path names, or None (never outside the site)."""
        candidate = (self.site / path.lstrip("/")).resolve()
        if candidate.is_file() and candidate.is_relative_to(self.site):
            return candidate
        return None

    def start(self, upstream: str | None = None) -> None:
        """Start answering, proxying SPARQL to ``upstream`` (``host:port``)."""
        self.upstream = upstream
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop answering and close the port."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()


def _free_port(bind: str) -> int:
    family = socket.AF_INET6 if ":" in bind else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((bind, 0))
        return int(probe.getsockname()[1])


def serve_with_site(
    *,
    bind: str = "127.0.0.1",
    port: int = 7878,
    layout: Layout | None = None,
    on_ready: Callable[[FrontServer], None] | None = None,
    query_timeout: float = 30.0,
    allow_service: bool = False,
    max_result_bytes: int = MAX_RESULT_BYTES,
    max_queries: int = MAX_QUERIES,
    on_restart: Callable[[str], None] | None = None,
) -> int:
    """Serve the release (SPARQL, YASGUI) and its site until SIGINT or SIGTERM; clean up.

    The site is built into a temporary folder, ``firesld-serve-<PID>-site-…`` (so the next serve
    removes it if this one is killed, as it does Oxigraph's store); Oxigraph (:func:`firesld.store.serve_release`)
    listens on a free loopback port behind the front server, which owns ``port``.

    :param bind: the address to listen on
    :param port: the port to listen on
    :param layout: where ``exports/`` is; the installed package's by default
    :param on_ready: called once everything answers (to print the URLs)
    :param query_timeout: seconds a query may run on the endpoint
    :param allow_service: let queries on the endpoint call ``SERVICE`` (refused by default)
    :param max_result_bytes: bytes an answer of the endpoint may hold
    :param max_queries: requests the endpoint passes on to Oxigraph at once (more get HTTP 503)
    :param on_restart: told (one line) when Oxigraph crashed, before it is started again
    :returns: the signal that stopped it
    :raises MissingExtraError: when the ``oxigraph`` command is not installed
    :raises EndpointError: when a server cannot start, or stops by itself
    """
    from firesld.site.build import build_site
    from firesld.store import SERVE_PREFIX, LocalServer, find_oxigraph, serve_release

    layout = layout or package_layout()
    find_oxigraph()  # the missing-extra error before anything else
    site = Path(tempfile.mkdtemp(prefix=f"{SERVE_PREFIX}{os.getpid()}-site-"))
    front: FrontServer | None = None
    try:
        front = FrontServer(
            site,
            bind=bind,
            port=port,
            allow_service=allow_service,
            max_result_bytes=max_result_bytes,
            max_queries=max_queries,
        )
        for rel, content in build_site(layout, yasgui=front.url).items():
            dest = site / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(content)

        def ready(server: LocalServer) -> None:
            assert front is not None
            front.triples = server.triples
            front.directory = server.directory
            front.stale_removed = server.stale_removed
            front.start(server.address)
            if on_ready is not None:
                on_ready(front)

        return serve_release(
            bind=bind,
            port=_free_port(bind),
            layout=layout,
            on_ready=ready,
            query_timeout=query_timeout,
            on_restart=on_restart,
        )
    finally:
        if front is not None:
            front.stop()
        shutil.rmtree(site, ignore_errors=True)
