"""Network and query limits (issue 18, points 3, 4 and 7): every wait bounded, queries end.

Real processes on 127.0.0.1 only: the command line runs as a subprocess, against a server in
this test process that sends its headers and then one byte a second, or against a real Oxigraph.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from firesld.store import release_uploads
from firesld.version import VERSION

SRC = str(Path(__file__).resolve().parents[1] / "src")


def run_cli(
    *args: str, timeout: float = 60, memory: int | None = None
) -> tuple[int, str, str, float]:
    """Run ``firesld`` in a subprocess (optionally under an address-space cap); return rc, out, err, s."""
    env = {**os.environ, "PYTHONPATH": SRC, "no_proxy": "127.0.0.1", "NO_PROXY": "127.0.0.1"}
    code = "import sys; from firesld.cli import main; sys.exit(main())"
    if memory is not None:
        code = (
            "import resource; resource.setrlimit(resource.RLIMIT_AS, "
            f"({memory}, {memory})); " + code
        )
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr, time.monotonic() - start


class _Trickle(BaseHTTPRequestHandler):
    """Answer every request with headers, then one byte a second for a minute."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", "60")
        self.end_headers()
        try:
            for _ in range(60):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            return

    def do_GET(self) -> None:  # the name http.server calls
        """Trickle."""
        self._answer()

    def do_POST(self) -> None:
        """Trickle."""
        self._answer()

    def do_PUT(self) -> None:
        """Trickle."""
        self._answer()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def trickle() -> Iterator[int]:
    """Run a server on 127.0.0.1 that sends headers, then one byte a second; yield its port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


def assert_one_line_rc2(rc: int, err: str) -> str:
    """Assert exit 2 with one error line on stderr, and return it."""
    lines = err.splitlines()
    assert rc == 2, err
    assert len(lines) == 1 and lines[0].startswith("firesld: error: "), lines
    return lines[0]


# ------------------------------------------------------------------------------------ point 4


@pytest.mark.parametrize("command", ["load", "query"])
def test_a_trickling_server_ends_in_time(trickle: int, command: str) -> None:
    """``--timeout 3 --retries 0`` is a total deadline: a 1 byte/s answer ends well within 20 s."""
    base = f"http://127.0.0.1:{trickle}"
    if command == "load":
        args = ["load", "--endpoint", f"{base}/store?token=s3cret"]
    else:
        args = ["query", "disease-labels-zh", "--endpoint", f"{base}/query?token=s3cret"]
    rc, out, err, seconds = run_cli(*args, "--timeout", "3", "--retries", "0")
    line = assert_one_line_rc2(rc, err)
    assert seconds < 20, f"took {seconds:.1f} s: {line}"
    assert "within 3 s" in line
    assert "s3cret" not in out + err


# ------------------------------------------------------------------------------------ point 3

#: Under this address-space cap the command line runs; a query that materialises too much fails.
MEMORY = 2 * 1024**3


def test_service_is_refused_in_an_embedded_query(tmp_path: Path) -> None:
    """SERVICE to a server on 127.0.0.1 is refused before the query runs; nothing is sent."""
    hits: list[str] = []

    class Record(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # the name http.server calls
            """Record the request and answer nothing useful."""
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_GET = do_POST  # noqa: N815

    server = ThreadingHTTPServer(("127.0.0.1", 0), Record)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        query = tmp_path / "service.rq"
        query.write_text(
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{server.server_address[1]}/sparql> "
            "{ ?s ?p ?o } }\n",
            encoding="utf-8",
        )
        rc, _, err, _ = run_cli("query", str(query), "--timeout", "5")
    finally:
        server.shutdown()
        server.server_close()
    line = assert_one_line_rc2(rc, err)
    assert "FLD-QUERY-SERVICE" in line and "--allow-service" in line
    assert hits == []


@pytest.mark.parametrize("auth", ["digest", "basic"])
def test_a_challenge_of_another_scheme_is_one_line(auth: str) -> None:
    """A store that wants Bearer tokens: exit 2, one line, and the password appears nowhere."""
    seen: list[str] = []

    class Bearer(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # the name http.server calls
            """Ask for a bearer token, whatever was sent."""
            seen.append(self.headers.get("Authorization") or "")
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Bearer realm="store"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_PUT = do_POST  # noqa: N815

        def log_message(self, format: str, *args: object) -> None:
            """Stay quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Bearer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        store = f"http://127.0.0.1:{server.server_address[1]}/store"
        env_password = {"FIRESLD_PASSWORD": "s3cret"}
        os.environ.update(env_password)
        try:
            rc, out, err, _ = run_cli(
                "load", "--endpoint", store, "--user", "alice", "--auth", auth
            )
        finally:
            os.environ.pop("FIRESLD_PASSWORD", None)
    finally:
        server.shutdown()
        server.server_close()
    line = assert_one_line_rc2(rc, err)
    handler = "AbstractDigestAuthHandler" if auth == "digest" else "AbstractBasicAuthHandler"
    assert line.endswith(
        "look for stale staging graphs: HTTP 401: the store asks for an authentication --auth "
        f"cannot give ({handler} does not support the following scheme: 'Bearer')"
    ), line
    assert "unreachable" not in line
    assert "s3cret" not in out + err
    assert len(seen) == 1, seen  # not retried


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "FLD-QUERY-TIMEOUT"),
        ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "FLD-QUERY-SIZE"),
    ],
    ids=["three-way-cross-product", "two-way-select-star"],
)
def test_a_runaway_query_ends_with_one_line(tmp_path: Path, text: str, code: str) -> None:
    """A cross product ends by the time limit, a huge result by the row cap: rc 2, one line."""
    query = tmp_path / "runaway.rq"
    query.write_text(text + "\n", encoding="utf-8")
    rc, _, err, seconds = run_cli("query", str(query), "--timeout", "3", timeout=120, memory=MEMORY)
    line = assert_one_line_rc2(rc, err)
    assert code in line
    assert seconds < 60, f"took {seconds:.1f} s"


def test_an_embedded_query_takes_at_most_max_memory(tmp_path: Path) -> None:
    """The same sorted cross product under ``--max-memory 128``: it ends at about 128 MiB more.

    The command runs under the 2 GiB address-space cap of the test above (so that the machine is
    safe should the limit not hold); the peak resident memory of the command and its query child
    (``wait4``) stays far below that cap: the query's own limit stopped it.
    """
    query = tmp_path / "sorted.rq"
    query.write_text("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": SRC}
    code = (
        f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({MEMORY}, {MEMORY})); "
        "import sys; from firesld.cli import main; sys.exit(main())"
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            code,
            "query",
            str(query),
            "--timeout",
            "100",
            "--max-memory",
            "128",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stderr is not None
    err = process.stderr.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    line = assert_one_line_rc2(process.returncode, err)
    assert "FLD-QUERY-SIZE" in line and "memory" in line
    peak_mib = usage.ru_maxrss / 1024  # KiB on Linux
    assert peak_mib < 1024, f"peak {peak_mib:.0f} MiB"


def test_a_query_that_exhausts_memory_ends_with_one_line(tmp_path: Path) -> None:
    """An ORDER BY over a cross product fails an allocation (SIGABRT): one line, rc 2, no abort.

    It sorts 4·10⁸ rows before the first comes out, so the row cap cannot stop it; under the
    address-space cap the allocation fails well within the time limit.
    """
    query = tmp_path / "sorted.rq"
    query.write_text("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f\n", encoding="utf-8")
    rc, _, err, _ = run_cli("query", str(query), "--timeout", "100", timeout=150, memory=MEMORY)
    line = assert_one_line_rc2(rc, err)
    assert "FLD-QUERY-SIZE" in line and "memory" in line


_AFTER_TIMEOUT = """
import os, sys, time
from firesld.errors import QueryError
from firesld.queries import run_query
try:
    run_query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=1)
except QueryError as err:
    print(err, file=sys.stderr)
else:
    sys.exit("no timeout")
cpu = time.process_time()
time.sleep(3)
children = os.listdir(f"/proc/{os.getpid()}/task")
print(time.process_time() - cpu, len(children))
"""


def test_an_embedded_query_past_its_time_stops_working() -> None:
    """After FLD-QUERY-TIMEOUT, a long-lived process no longer spends CPU on the query.

    The query's work itself ends (pyoxigraph cannot cancel a query, so it runs in a child process
    that is killed), rather than going on in a thread the caller can no longer stop.
    """
    env = {**os.environ, "PYTHONPATH": SRC}
    done = subprocess.run(
        [sys.executable, "-c", _AFTER_TIMEOUT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "FLD-QUERY-TIMEOUT" in done.stderr
    cpu, threads = done.stdout.split()
    assert float(cpu) < 0.5, f"{cpu} s of CPU in the 3 s after the timeout"
    assert int(threads) == 1


# ------------------------------------------------------------------------------------ point 7


def free_port() -> int:
    """Return a free port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answers(port: int) -> bool:
    """Say whether something accepts connections on 127.0.0.1:port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def serving(port: int) -> bool:
    """Say whether serve answers a SPARQL query on 127.0.0.1:port.

    Its front server binds the port before Oxigraph is up, so an open port alone does not mean it
    serves.
    """
    url = f"http://127.0.0.1:{port}/query?query=ASK%7B%7D"
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def children(pid: int) -> list[int]:
    """Return the PIDs of a process's children (Linux /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii")
    except OSError:
        return []
    return [int(p) for p in text.split()]


def alive(pid: int) -> bool:
    """Say whether a process exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Poll a condition until it holds or the time is up."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., tuple[subprocess.Popen[str], int]]]:
    """Start ``firesld serve`` in a session of its own, its temp dir in tmp_path; kill all after."""
    started: list[subprocess.Popen[str]] = []
    pids: list[int] = []

    def start(*more: str) -> tuple[subprocess.Popen[str], int]:
        port = free_port()
        env = {**os.environ, "PYTHONPATH": SRC, "TMPDIR": str(tmp_path)}
        code = "import sys; from firesld.cli import main; sys.exit(main())"
        process = subprocess.Popen(
            [sys.executable, "-c", code, "serve", "--port", str(port), *more],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,
        )
        started.append(process)
        return process, port

    def track(process: subprocess.Popen[str]) -> None:
        pids.extend(children(process.pid))

    start.track = track  # type: ignore[attr-defined]
    yield start
    for process in started:
        pids.extend(children(process.pid))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        process.communicate()
    for pid in pids:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_serve_refuses_a_remote_bind_without_allow_remote(serve: Callable[..., Any]) -> None:
    """``--bind 0.0.0.0`` ends at once with rc 2 and one line naming --allow-remote."""
    process, port = serve("--bind", "0.0.0.0")
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("serve --bind 0.0.0.0 started serving")
    _, err = process.communicate()
    line = assert_one_line_rc2(process.returncode, err)
    assert "FLD-SERVE-REMOTE" in line and "--allow-remote" in line
    assert not answers(port)


@pytest.mark.parametrize(
    "signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["SIGTERM", "SIGINT", "SIGHUP"]
)
def test_serve_cleans_up_on_a_signal(
    serve: Callable[..., Any], tmp_path: Path, signum: signal.Signals
) -> None:
    """On SIGTERM, SIGINT and SIGHUP, serve stops Oxigraph and removes its temporary folder."""
    process, port = serve()
    assert wait_for(lambda: serving(port), 60), "serve did not start"
    serve.track(process)  # type: ignore[attr-defined]
    servers = children(process.pid)
    assert servers
    assert list(tmp_path.glob("firesld-serve-*"))
    process.send_signal(signum)
    process.wait(timeout=30)
    assert process.returncode == 0
    assert wait_for(lambda: not any(alive(p) for p in servers), 10), "oxigraph still runs"
    assert not answers(port)
    assert list(tmp_path.glob("firesld-*")) == []


def test_serve_killed_takes_oxigraph_with_it(serve: Callable[..., Any], tmp_path: Path) -> None:
    """SIGKILL of serve: Oxigraph dies with it; the next serve removes the folders left and says so."""
    process, port = serve()
    assert wait_for(lambda: serving(port), 60), "serve did not start"
    serve.track(process)  # type: ignore[attr-defined]
    servers = children(process.pid)
    assert servers
    process.kill()
    process.wait(timeout=10)
    assert wait_for(lambda: not any(alive(p) for p in servers), 10), "oxigraph outlived serve"
    assert wait_for(lambda: not answers(port), 10)
    left = list(tmp_path.glob("firesld-*"))  # Oxigraph's store, and the site
    assert len(left) == 2, left
    again, port2 = serve()
    assert wait_for(lambda: serving(port2), 60), "serve did not start again"
    assert [p for p in left if p.exists()] == []
    again.send_signal(signal.SIGTERM)
    again.wait(timeout=30)
    _, err = again.communicate()
    for folder in left:
        assert f"removed {folder}, left by a serve that died" in err


def test_serve_restarts_oxigraph_when_it_crashes(serve: Callable[..., Any]) -> None:
    """Oxigraph dying under serve (as a query that panics it does) is started again, with a line.

    The crash is a SIGKILL of the Oxigraph process by its PID; the endpoint answers again on the
    same port with the whole release, and serve says what happened in one line on stderr.
    """
    process, port = serve()
    assert wait_for(lambda: serving(port), 60), "serve did not start"
    serve.track(process)  # type: ignore[attr-defined]
    (oxigraph,) = children(process.pid)
    os.kill(oxigraph, signal.SIGKILL)
    assert wait_for(lambda: children(process.pid) not in ([], [oxigraph]), 30), "not restarted"
    assert wait_for(lambda: serving(port), 30), "the endpoint did not come back"
    serve.track(process)  # type: ignore[attr-defined]
    status, body = ask(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "get")
    triples = release_uploads()[0].triples  # the lines of exports/firesld.nt
    assert status == 200 and body.splitlines()[1] == str(triples), body
    assert process.poll() is None
    os.killpg(process.pid, signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    restarted = [line for line in err.splitlines() if "restarting" in line]
    assert len(restarted) == 1, err
    assert restarted[0].startswith(
        "firesld: warning: oxigraph serve-read-only stopped by itself (code -9): "
    )
    assert restarted[0].endswith("; restarting")


def test_load_drops_a_stale_staging_graph_and_says_so(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A staging graph an interrupted load left in a real Oxigraph is dropped by the next load."""
    from tests.test_store import invoke, start_oxigraph

    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server = start_oxigraph(tmp_path / "store", request)
    stale = "urn:firesld:staging:0123456789abcdef"
    server.update(f"INSERT DATA {{ GRAPH <{stale}> {{ <urn:x:s> <urn:x:p> <urn:x:o> }} }}")
    assert server.count(stale) == 1
    result = invoke(["load", "--endpoint", server.url("/store"), "--timeout", "10"])
    assert result.exit_code == 0, result.output
    assert f"dropped stale staging graph <{stale}>" in result.stderr
    assert server.count(stale) == 0
    assert (
        f"<{stale}>" not in invoke(["load", "--endpoint", server.url("/store"), "--replace"]).stderr
    )


def test_endpoint_token_is_never_printed_on_success(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``?token=`` in ``--endpoint`` stays out of the output of a load and a query that work."""
    from tests.test_store import invoke, start_oxigraph

    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server = start_oxigraph(tmp_path / "store", request)
    loaded = invoke(["load", "--endpoint", server.url("/store?token=s3cret")])
    assert loaded.exit_code == 0, loaded.output
    queried = invoke(
        ["query", "disease-labels-zh", "--endpoint", server.url("/query?token=s3cret")]
    )
    assert queried.exit_code == 0, queried.output
    for result in (loaded, queried):
        assert "s3cret" not in result.stdout + result.stderr


def test_a_served_runaway_query_ends(serve: Callable[..., Any]) -> None:
    """A three-way cross product on ``firesld serve --timeout 2`` is cancelled, not left running.

    Oxigraph checks its ``--timeout-s`` between steps, so the bound asserted is generous; it
    answers HTTP 200 with a body saying the operation was cancelled (or an error status).
    """
    process, port = serve("--timeout", "2")
    assert wait_for(lambda: serving(port), 60), "serve did not start"
    serve.track(process)  # type: ignore[attr-defined]
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/query",
        data=urllib.parse.urlencode({"query": text}).encode(),
        headers={"Accept": "text/csv"},
    )
    start = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            body = answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        body = f"HTTP {err.code}"
    assert time.monotonic() - start < 100
    assert "cancelled" in body or body.startswith("HTTP "), body


class _Listener:
    """A TCP listener on 127.0.0.1 that records every connection and closes it at once."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = int(self.socket.getsockname()[1])
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()


def ask(port: int, text: str, how: str) -> tuple[int, str]:
    """Send a SPARQL query to serve's /query as GET, a form POST or a sparql-query POST."""
    url = f"http://127.0.0.1:{port}/query"
    headers = {"Accept": "text/csv"}
    data = None
    if how == "get":
        url += "?" + urllib.parse.urlencode({"query": text})
    elif how == "form":
        data = urllib.parse.urlencode({"query": text}).encode()
    else:
        data = text.encode()
        headers["Content-Type"] = "application/sparql-query"
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return int(answer.status), answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


@pytest.fixture
def listener() -> Iterator[_Listener]:
    """Run a local listener a SERVICE query would reach."""
    server = _Listener()
    yield server
    server.close()


def test_served_endpoint_refuses_service_and_caps_results(
    serve: Callable[..., Any], listener: _Listener
) -> None:
    """Serve refuses SERVICE (HTTP 400, nothing sent) and a result past its byte limit.

    SERVICE, in any of the three ways a query reaches the endpoint, gets FLD-QUERY-SERVICE; a
    result past ``--max-result-bytes`` gets FLD-QUERY-SIZE; a small query still answers.
    """
    process, port = serve("--max-result-bytes", "200000")
    assert wait_for(lambda: serving(port) or process.poll() is not None, 60)
    assert serving(port), "serve did not start"
    serve.track(process)  # type: ignore[attr-defined]
    target = f"http://127.0.0.1:{listener.port}/sparql"
    for text in (
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ ?x ?y ?z . service silent <{target}> {{ ?s ?p ?o }} }} LIMIT 1",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
    ):
        for how in ("get", "form", "body"):
            status, body = ask(port, text, how)
            assert status == 400, (how, text, status, body)
            assert "FLD-QUERY-SERVICE" in body and "--allow-service" in body
    time.sleep(1)
    assert listener.connections == 0
    status, body = ask(port, "SELECT * WHERE { ?s ?p ?o }", "form")
    assert status == 400 and "FLD-QUERY-SIZE" in body and "--max-result-bytes" in body, body
    status, body = ask(port, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", "get")
    assert status == 200 and len(body.splitlines()) == 4, body


def test_served_endpoint_runs_at_most_max_queries_at_once(serve: Callable[..., Any]) -> None:
    """Past ``--max-queries`` running queries the endpoint answers 503 FLD-QUERY-BUSY at once.

    A query that counts every pair of triples (19,640² rows) runs until ``--timeout``; while it
    runs a second query is refused, and once it has stopped the slot is free again. The site's
    pages are not queries and stay served.
    """
    process, port = serve("--max-queries", "1", "--timeout", "5")
    assert wait_for(lambda: serving(port) or process.poll() is not None, 60)
    assert serving(port), "serve did not start"
    serve.track(process)  # type: ignore[attr-defined]
    slow: list[tuple[int, str]] = []
    worker = threading.Thread(
        target=lambda: slow.append(
            ask(port, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }", "form")
        )
    )
    worker.start()
    time.sleep(1.5)  # the slow query is running (it runs until the 5 s timeout)
    assert worker.is_alive()
    quick = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode(
        {"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"}
    )
    with pytest.raises(urllib.error.HTTPError) as busy:
        urllib.request.urlopen(quick, timeout=30)
    body = busy.value.read().decode()
    assert busy.value.code == 503 and "FLD-QUERY-BUSY" in body and "--max-queries" in body, body
    assert "at most 1 query at once" in body and busy.value.headers["Retry-After"] == "1"
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=30) as page:
        assert page.status == 200
    worker.join(60)
    # stopped by the timeout: Oxigraph, having sent 200 and the header row, ends with the message
    assert slow and (slow[0][0] != 200 or "cancelled" in slow[0][1]), slow
    assert "n\r\n" not in slow[0][1] or not slow[0][1].split("\r\n")[1].isdigit(), slow
    status, body = ask(port, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "get")
    assert status == 200 and len(body.splitlines()) == 2, body
    with urllib.request.urlopen(quick, timeout=30) as answer:  # one Server header, serve's own
        assert answer.headers.get_all("Server") == [f"firesld/{VERSION}"]
    # a client that hangs up before its answer comes (a cancelled query): serve says nothing
    hang_up = urllib.request.Request(
        f"http://127.0.0.1:{port}/query",
        data=urllib.parse.urlencode(
            {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"}
        ).encode(),
    )
    with pytest.raises((TimeoutError, urllib.error.URLError)):
        urllib.request.urlopen(hang_up, timeout=1)
    time.sleep(6)  # its query ends at the 5 s timeout, and its answer meets a closed socket
    os.killpg(process.pid, signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_front_server_drops_a_client_that_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection that sends half a request and then nothing is closed after the timeout."""
    from firesld.site import server as front_server

    monkeypatch.setattr(front_server._Handler, "timeout", 1.0)
    (tmp_path / "index.html").write_text("<p>hi</p>")
    front = front_server.FrontServer(tmp_path, port=0)
    front.start()
    try:
        with socket.create_connection(("127.0.0.1", front.port), timeout=10) as client:
            client.sendall(b"GET /index.html HTTP/1.1\r\nHost: x\r\n")  # no blank line: unfinished
            start = time.monotonic()
            assert client.recv(1024) == b""  # the server closed the connection
            assert time.monotonic() - start < 5
        with urllib.request.urlopen(f"http://127.0.0.1:{front.port}/index.html") as page:
            assert page.read() == b"<p>hi</p>"  # and still serves others
    finally:
        front.stop()


def test_served_endpoint_with_allow_service_does_reach_out(
    serve: Callable[..., Any], listener: _Listener
) -> None:
    """With ``--allow-service`` SERVICE does reach the listener (so the check above can fail).

    The default result limit lets the whole release through.
    """
    process, port = serve("--allow-service")
    assert wait_for(lambda: serving(port) or process.poll() is not None, 60)
    assert serving(port), "serve did not start"
    serve.track(process)  # type: ignore[attr-defined]
    target = f"http://127.0.0.1:{listener.port}/sparql"
    ask(port, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}", "form")
    assert wait_for(lambda: listener.connections > 0, 10)
    status, body = ask(port, "SELECT * WHERE { ?s ?p ?o }", "form")
    assert status == 200 and len(body.splitlines()) > 10_000
