"""A local read-only Oxigraph server of the release (``firesld serve``)."""

from __future__ import annotations

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
from collections.abc import Callable
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from firesld.constants import (
    Layout,
    package_layout,
)
from firesld.errors import EndpointError, MissingExtraError, ResourceError
from firesld.forked import dies_with_parent
from firesld.store.queries import run_remote_query
from firesld.store.settings import RetryPolicy


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


#: Crashes of ``oxigraph serve-read-only`` within a minute that ``serve`` restarts it after.
MAX_RESTARTS = 5


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
        self._binary: Path | None = None
        self._log_start = 0

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

    def _log_lines(self) -> list[str]:
        """Return the non-empty lines the server wrote since it was last started."""
        if self.log is None:
            return []
        try:
            with self.log.open("rb") as log:
                log.seek(self._log_start)
                text = log.read().decode(errors="replace")
        except OSError:
            return []
        return [line.strip() for line in text.split("\n") if line.strip()]

    def log_tail(self) -> str:
        """Return the last line the server wrote since it was last started, or ``""``."""
        lines = self._log_lines()
        return lines[-1] if lines else ""

    def crash_line(self) -> str:
        """Say why the server stopped, from its log: a panic's message, else its last line."""
        lines = self._log_lines()
        for i in range(len(lines) - 1, -1, -1):
            if "panicked at" in lines[i]:
                return f"panic: {lines[i + 1]}" if i + 1 < len(lines) else lines[i]
        return lines[-1] if lines else ""

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
                preexec_fn=dies_with_parent(),  # only prctl, no locks
            )
            if loaded.returncode:
                last = (loaded.stderr.strip().splitlines() or ["no message"])[-1]
                raise EndpointError(f"oxigraph load failed (exit {loaded.returncode}): {last}")
            self._binary = binary
            self.launch()
            self.triples = self._count()
            started = True
        finally:
            if not started:
                self.stop()

    def launch(self) -> None:
        """Run ``oxigraph serve-read-only`` on the loaded store; return once it answers.

        :meth:`start` calls it once the store is loaded; :func:`serve_release` again after the
        server stopped by itself (a crash), on the same store and port.

        :raises EndpointError: when it exits or does not answer in time
        """
        assert self.directory is not None
        with (self.directory / "oxigraph.log").open("ab") as log:
            self._log_start = log.tell()  # what this run writes: its crash is told from it
            self.process = subprocess.Popen(
                [
                    str(self._binary),
                    "serve-read-only",
                    "--location",
                    str(self.directory / "store"),
                    "--bind",
                    self.address,
                    "--union-default-graph",
                    "--timeout-s",
                    str(max(1, round(self.query_timeout))),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=dies_with_parent(),  # only prctl, no locks
            )
        self._wait_until_ready()

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
    on_restart: Callable[[str], None] | None = None,
) -> int:
    """Serve the release read-only until SIGINT, SIGTERM or SIGHUP, then stop and clean up.

    The signal is passed on to the server (then SIGTERM, then SIGKILL if it does not exit), and
    the temporary store is removed.

    :param bind: the address to listen on
    :param port: the port to listen on
    :param layout: where ``exports/`` is; the installed package's by default
    :param on_ready: called once the server answers (to print its URLs)
    :param query_timeout: seconds a query may run on the server
    :param on_restart: told (one line) when the server stopped by itself, before it is started
        again on the same store (a query that crashes Oxigraph does not end the endpoint; more than
        :data:`MAX_RESTARTS` crashes within a minute do)
    :returns: the signal that stopped it
    :raises MissingExtraError: when the ``oxigraph`` command is not installed
    :raises EndpointError: when the server cannot start, or keeps stopping by itself
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
        crashes: list[float] = []
        while True:
            code = server.wait(until=lambda: bool(received))
            if received:
                break
            # A query can crash Oxigraph (a panic, or memory): serve the store again, unless it
            # keeps crashing.
            now = time.monotonic()
            crashes = [t for t in crashes if now - t < 60] + [now]
            why = f"oxigraph serve-read-only stopped by itself (code {code}): " + (
                server.crash_line() or "no message"
            )
            if len(crashes) > MAX_RESTARTS:
                raise EndpointError(f"{why}; {len(crashes)} times within a minute, so gave up")
            if on_restart is not None:
                on_restart(f"{why}; restarting")
            try:
                server.launch()
            except EndpointError:
                if received:  # stopped while it was starting again: a normal stop
                    break
                raise
        server.stop(received[0])
        return received[0]
    finally:
        server.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
