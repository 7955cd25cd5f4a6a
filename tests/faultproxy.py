"""A fault-injecting HTTP proxy on 127.0.0.1, run in the test process in front of a real server.

It forwards each request to the server and records it, except the requests a :class:`Fault`
matches, which it answers with an error status, stalls (forwarded, but the answer is held back
past the client's timeout), cuts (half the body forwarded, then both connections closed), or
forwards with lines of the body dropped (a store that loses triples and says it stored them).
"""

from __future__ import annotations

import http.client
import socket
import struct
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

__all__ = ["Fault", "FaultProxy"]

#: Request headers not passed on: the proxy speaks HTTP/1.0 and sends whole bodies.
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"}


@dataclass
class Fault:
    """What to do to matching requests.

    ``kind`` is ``status`` (answer ``status`` without forwarding), ``stall`` (forward, then hold
    the answer back for ``stall`` seconds or until the proxy stops, and close without answering)
    or ``cut`` (forward half the body, then close both connections with a reset), or ``drop``
    (forward the body without every ``every``-th line, and pass the server's answer back).
    ``times`` is how many requests to hit (None: all of them); only requests whose method is in
    ``methods`` and whose path starts with ``path`` are hit.
    """

    kind: str
    methods: frozenset[str] = frozenset({"PUT"})
    times: int | None = 1
    status: int = 500
    stall: float = 30.0
    every: int = 100
    path: str = "/"
    hits: int = field(default=0, init=False)

    def take(self, method: str, path: str = "/") -> bool:
        """Whether this request is hit (and count it).

        :param method: the request's HTTP method
        :param path: the request's path (with its query string)
        :returns: True when the fault applies to it
        """
        if method not in self.methods or not path.startswith(self.path):
            return False
        if self.times is not None and self.hits >= self.times:
            return False
        self.hits += 1
        return True


class _Server(ThreadingHTTPServer):
    """The proxy's listening socket, knowing its proxy."""

    daemon_threads = True
    proxy: FaultProxy


class _Handler(BaseHTTPRequestHandler):
    """Forward one request, or inject the fault."""

    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:
        """Handle a GET."""
        self._handle()

    def do_POST(self) -> None:
        """Handle a POST."""
        self._handle()

    def do_PUT(self) -> None:
        """Handle a PUT."""
        self._handle()

    def do_DELETE(self) -> None:
        """Handle a DELETE."""
        self._handle()

    _upstream_server = ""

    def version_string(self) -> str:
        """Name the server behind the proxy in the ``Server`` header, once it has answered."""
        return self._upstream_server or super().version_string()

    def _headers(self) -> dict[str, str]:
        """Return the request headers to pass on."""
        return {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}

    def _handle(self) -> None:
        """Record the request, then forward it or inject the fault."""
        proxy = self.server.proxy
        self._upstream_server = ""
        length = int(self.headers.get("Content-Length") or 0)
        with proxy.lock:
            proxy.requests.append((self.command, self.path))
            fault = (
                proxy.fault if proxy.fault and proxy.fault.take(self.command, self.path) else None
            )
        if fault is not None and fault.kind == "cut":
            self._cut(length)
            return
        body = self.rfile.read(length)
        if fault is not None and fault.kind == "drop":
            lines = body.splitlines(keepends=True)
            body = b"".join(line for i, line in enumerate(lines, 1) if i % fault.every)
        if fault is not None and fault.kind == "status":
            message = f"injected fault: HTTP {fault.status}\n".encode()
            self.send_response(fault.status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(message)))
            self.end_headers()
            self.wfile.write(message)
            return
        status, reason, headers, answer = self._forward(body)
        # pass the server's name on, as a transparent proxy does (send_response sends it)
        self._upstream_server = next((v for k, v in headers if k.lower() == "server"), "")
        if fault is not None and fault.kind == "stall":
            proxy.stopping.wait(fault.stall)
            self.close_connection = True
            return
        self.send_response(status, reason)
        for key, value in headers:
            if key.lower() not in _HOP_BY_HOP | {"content-length", "date", "server"}:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def _forward(self, body: bytes) -> tuple[int, str, list[tuple[str, str]], bytes]:
        """Send the request to the server and read its whole answer."""
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.proxy.upstream, timeout=60)
        try:
            headers = {k: v for k, v in self._headers().items() if k.lower() != "content-length"}
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            return response.status, response.reason, response.getheaders(), response.read()
        finally:
            upstream.close()

    def _cut(self, length: int) -> None:
        """Forward the head and half the body, then reset both connections."""
        half = self.rfile.read(length // 2)
        head = f"{self.command} {self.path} HTTP/1.1\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in self._headers().items()) + "\r\n"
        with socket.create_connection(("127.0.0.1", self.server.proxy.upstream)) as upstream:
            upstream.sendall(head.encode("latin-1") + half)
            upstream.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True


class FaultProxy:
    """A threaded HTTP proxy on 127.0.0.1 and a free port, in front of ``127.0.0.1:upstream``."""

    def __init__(self, upstream: int, fault: Fault | None = None) -> None:
        """Listen on a free port; nothing is served until :meth:`start`.

        :param upstream: the port of the real server on 127.0.0.1
        :param fault: what to inject (None: a recording pass-through)
        """
        self.upstream = upstream
        self.fault = fault
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        """The port the proxy listens on."""
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        """Return the proxy's URL for a path of the server (``/store``, ``/query``).

        :param path: the path
        :returns: the URL
        """
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> FaultProxy:
        """Serve in a background thread.

        :returns: the proxy
        """
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release stalled requests, stop serving and close the socket."""
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        """Start the proxy."""
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the proxy."""
        self.stop()
