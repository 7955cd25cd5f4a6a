"""Triple stores: load, query and serve against a real Oxigraph server, with injected faults.

The server is ``oxigraph serve`` (the ``server`` extra) on 127.0.0.1 and a free port, started as a
subprocess and stopped by its PID by a fixture finalizer, so no process outlives a test. The
faults come from :mod:`tests.faultproxy`, a proxy in the test process in front of that server.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from firesld.cli import main
from firesld.constants import (
    CLAIMS_GRAPH,
    DATA_GRAPH,
    IMPORTS_GRAPH,
    ONTOLOGY_GRAPH,
    package_layout,
)
from firesld.errors import EndpointError, MissingExtraError
from firesld.queries import ExampleQuery, QueryResult, list_queries
from firesld.store import (
    PASSWORD_VARIABLE,
    STAGING_PREFIX,
    Credentials,
    Endpoints,
    RetryPolicy,
    default_graph_iri,
    find_oxigraph,
    release_uploads,
)
from tests.faultproxy import Fault, FaultProxy
from tests.test_queries import answer_of, hand_answer

GRAPH = default_graph_iri()
RELEASE_TRIPLES = release_uploads()[0].triples
RUNNABLE = [q for q in list_queries() if not q.federated]
RELEASE_NT = package_layout().release_nt


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep urllib from sending 127.0.0.1 traffic to a proxy named in the environment."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


# ------------------------------------------------------------------------------------ servers


def free_port() -> int:
    """Return a port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def port_is_open(port: int) -> bool:
    """Return whether something accepts connections on 127.0.0.1:port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """Stop a process by its PID: terminate, wait, kill if it does not exit."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True)
class Oxigraph:
    """A running ``oxigraph serve`` on 127.0.0.1."""

    process: subprocess.Popen[bytes]
    port: int

    def url(self, path: str) -> str:
        """Return the server's URL for a path (``/store``, ``/query``, ``/update``)."""
        return f"http://127.0.0.1:{self.port}{path}"

    def _number(self, query: str) -> int:
        """Run a one-number SELECT on the server with a plain HTTP request and return the number."""
        request = urllib.request.Request(
            self.url("/query"),
            data=urllib.parse.urlencode({"query": query}).encode(),
            headers={"Accept": "text/csv"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.read().decode().split()[-1])

    def count(self, graph: str | None = None) -> int:
        """Count the triples of a graph, or of every named graph."""
        where = f"GRAPH <{graph}>" if graph else "GRAPH ?g"
        return self._number(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} {{ ?s ?p ?o }} }}")

    def count_outside(self, graph: str, prefix: str) -> int:
        """Count the triples of the named graphs that are neither ``graph`` nor named ``prefix…``."""
        return self._number(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(?g != <{graph}> && !STRSTARTS(STR(?g), "{prefix}")) }}'
        )

    def count_default(self) -> int:
        """Count the triples of the store's own default graph."""
        return self._number("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")

    def update(self, text: str) -> None:
        """Run a SPARQL Update on the server directly."""
        request = urllib.request.Request(
            self.url("/update"),
            data=text.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            answer.read()


def wait_until_answers(process: subprocess.Popen[bytes], url: str, timeout: float = 20) -> None:
    """Poll a server until it answers HTTP; fail if it exits or takes too long."""
    deadline = time.monotonic() + timeout
    while True:
        assert process.poll() is None, f"the server exited with code {process.returncode}"
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                answer.read()
            return
        except OSError:
            assert time.monotonic() < deadline, f"{url} did not answer within {timeout} s"
            time.sleep(0.05)


def start_oxigraph(location: Path, request: pytest.FixtureRequest) -> Oxigraph:
    """Start ``oxigraph serve`` on a free port; a finalizer stops it even if the test fails."""
    port = free_port()
    log = (location.parent / f"oxigraph-{port}.log").open("wb")
    process = subprocess.Popen(
        [str(find_oxigraph()), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def finish() -> None:
        stop_process(process)
        log.close()
        assert not port_is_open(port), f"port {port} still open after the server stopped"

    request.addfinalizer(finish)
    wait_until_answers(process, f"http://127.0.0.1:{port}/")
    return Oxigraph(process, port)


@pytest.fixture
def oxigraph(tmp_path: Path, request: pytest.FixtureRequest) -> Oxigraph:
    """Start an empty Oxigraph server of its own."""
    return start_oxigraph(tmp_path / "store", request)


@pytest.fixture(scope="module")
def loaded(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[Oxigraph, Result]:
    """One Oxigraph server for the module, with the release loaded by ``firesld load``."""
    server = start_oxigraph(tmp_path_factory.mktemp("loaded") / "store", request)
    result = invoke(["load", "--endpoint", server.url("/store")])
    return server, result


def invoke(args: list[str], **env: str) -> Result:
    """Run the firesld command line in-process."""
    return CliRunner().invoke(main, args, env=env or None)


def load_args(store: str, *more: str, timeout: float = 10) -> list[str]:
    """Return ``firesld load`` arguments with one retry and a timeout for tests.

    10 s lets a real upload finish on a busy machine; the tests of a stalled upload pass 1 s.
    """
    return ["load", "--endpoint", store, "--timeout", f"{timeout:g}", "--retries", "1", *more]


def one_error_line(result: Result) -> str:
    """Assert the command failed with exit 2 and one line on stderr, and return that line."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("firesld: error: "), lines
    return lines[0]


# ------------------------------------------------------------------------------------ no server


@pytest.mark.parametrize(
    ("store", "query", "update", "parameter"),
    [
        (
            "http://127.0.0.1:7878/store",
            "http://127.0.0.1:7878/query",
            "http://127.0.0.1:7878/update",
            "graph",
        ),
        (
            "http://127.0.0.1:3030/firesld/data",
            "http://127.0.0.1:3030/firesld/sparql",
            "http://127.0.0.1:3030/firesld/update",
            "graph",
        ),
        (
            "http://127.0.0.1:7200/repositories/firesld/rdf-graphs/service",
            "http://127.0.0.1:7200/repositories/firesld",
            "http://127.0.0.1:7200/repositories/firesld/statements",
            "graph",
        ),
        (
            "http://127.0.0.1:8890/sparql-graph-crud-auth",
            "http://127.0.0.1:8890/sparql",
            "http://127.0.0.1:8890/sparql-auth",
            "graph-uri",
        ),
    ],
    ids=["oxigraph", "fuseki", "graphdb", "virtuoso"],
)
def test_endpoints_are_derived_from_the_graph_store_url(
    store: str, query: str, update: str, parameter: str
) -> None:
    """Each store's GSP URL gives its query and update endpoints and its graph parameter."""
    endpoints = Endpoints.from_store_url(store)
    assert (endpoints.query, endpoints.update, endpoints.graph_parameter) == (
        query,
        update,
        parameter,
    )
    assert endpoints.graph_url(GRAPH).startswith(f"{store}?{parameter}=https%3A%2F%2Fw3id.org")


def test_unknown_store_url_needs_the_query_endpoint() -> None:
    """A GSP URL of no known shape is an error naming --query-endpoint, unless both are given."""
    with pytest.raises(EndpointError, match="--query-endpoint"):
        Endpoints.from_store_url("http://127.0.0.1:9999/gsp")
    endpoints = Endpoints.from_store_url(
        "http://127.0.0.1:9999/gsp",
        query="http://127.0.0.1:9999/q",
        update="http://127.0.0.1:9999/u",
    )
    assert endpoints.query.endswith("/q") and endpoints.update.endswith("/u")


def test_password_comes_from_the_environment_and_is_never_shown() -> None:
    """The password is read from $FIRESLD_PASSWORD, and the credentials' repr hides it."""
    credentials = Credentials.from_environment("alice", environ={PASSWORD_VARIABLE: "s3cret"})
    assert credentials.password == "s3cret"
    assert "s3cret" not in repr(credentials)
    with pytest.raises(EndpointError, match=PASSWORD_VARIABLE):
        Credentials.from_environment("alice", environ={})


def test_retries_are_bounded() -> None:
    """The waits before retries double from the back-off and never exceed the cap."""
    assert RetryPolicy(retries=0).delays() == []
    assert RetryPolicy(retries=3, backoff=0.5).delays() == [0.5, 1.0, 2.0]
    assert max(RetryPolicy(retries=10).delays()) == RetryPolicy().max_backoff


def test_named_graph_uploads_partition_the_release() -> None:
    """The four named graphs hold every release triple once, as firesld.trig has them."""
    uploads = release_uploads(named_graphs=True)
    assert [u.graph for u in uploads] == sorted(
        [CLAIMS_GRAPH, DATA_GRAPH, IMPORTS_GRAPH, ONTOLOGY_GRAPH]
    )
    assert sum(u.triples for u in uploads) == RELEASE_TRIPLES
    assert len({u.staging for u in uploads}) == 4
    assert all(u.staging.startswith(STAGING_PREFIX) for u in uploads)


def test_find_oxigraph_missing_names_the_extra(tmp_path: Path) -> None:
    """Without the oxigraph command beside Python or on the PATH, the error says what to install."""
    with pytest.raises(MissingExtraError, match=re.escape("pip install 'firesld[server]'")):
        find_oxigraph(executable=tmp_path / "python", path=str(tmp_path))


def test_serve_without_oxigraph_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``firesld serve`` without the server extra: exit 2 and the install hint, on one line."""
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    line = one_error_line(invoke(["serve", "--port", str(free_port())]))
    assert "pip install 'firesld[server]'" in line


def test_down_server_exits_2_with_one_line() -> None:
    """Nothing listening: load and query fail at once (no retry) with exit 2 and one line."""
    port = free_port()
    start = time.monotonic()
    line = one_error_line(invoke(load_args(f"http://127.0.0.1:{port}/store")))
    assert "connection refused" in line
    line = one_error_line(
        invoke(["query", "studies", "--endpoint", f"http://127.0.0.1:{port}/query"])
    )
    assert "connection refused" in line
    assert time.monotonic() - start < 5


def test_a_user_name_in_the_url_is_refused_with_a_hint() -> None:
    """``http://user:pw@host/…``: one line naming --user, the password shown nowhere, no request."""
    for args in (
        load_args("http://alice:s3cret@127.0.0.1:9/store"),
        ["query", "studies", "--endpoint", "http://alice:s3cret@127.0.0.1:9/query"],
    ):
        result = invoke(args)
        line = one_error_line(result)
        assert line.endswith(
            "http://127.0.0.1:9/"
            + ("store" if args[0] == "load" else "query")
            + ": a user name in the URL is not used; pass --user NAME, with the password in "
            "$FIRESLD_PASSWORD"
        ), line
        assert "s3cret" not in result.output and "alice" not in result.output


def test_load_rejects_a_graph_that_is_not_an_iri() -> None:
    """``--graph`` must be an absolute IRI; checked before any request."""
    line = one_error_line(invoke(load_args("http://127.0.0.1:9/store", "--graph", "not an iri")))
    assert "'not an iri' is not an absolute IRI" in line


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--default-graph", GRAPH], "go with --endpoint"),
        (["--store-default-graph"], "go with --endpoint"),
        (
            [
                "--endpoint",
                "http://127.0.0.1:9/query",
                "--store-default-graph",
                "--default-graph",
                GRAPH,
            ],
            "--default-graph and --store-default-graph exclude each other",
        ),
    ],
    ids=["default-graph", "store-default-graph", "both"],
)
def test_query_graph_options_are_checked(options: list[str], message: str) -> None:
    """The graph options need ``--endpoint`` and exclude each other: usage errors (exit 2)."""
    result = invoke(["query", "studies", *options])
    assert result.exit_code == 2
    assert message in result.stderr


# ------------------------------------------------------------------------------------ load, query


@pytest.mark.slow
def test_load_puts_the_release_into_its_graph(loaded: tuple[Oxigraph, Result]) -> None:
    """``firesld load`` fills the versioned graph, and the server's count is the release's."""
    server, result = loaded
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        f"<{GRAPH}>: {RELEASE_TRIPLES} triples on the server = release"
    )
    assert server.count(GRAPH) == server.count() == RELEASE_TRIPLES


def remote_result(stdout: str) -> QueryResult:
    """Read ``firesld query --format json`` output back into a result."""
    parsed = ox.parse_query_results(stdout, format=ox.QueryResultsFormat.JSON)
    if isinstance(parsed, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(parsed))
    variables = tuple(v.value for v in parsed.variables)
    return QueryResult("select", variables, tuple(tuple(s[v] for v in variables) for s in parsed))


def assert_expected_answer(example: ExampleQuery, actual: QueryResult) -> None:
    """Assert a result is the example's hand-written answer (the one place the stores compare it)."""
    assert answer_of(actual) == hand_answer(example)


def query_with_defaults(example: ExampleQuery, endpoint: str, *more: str) -> QueryResult:
    """Run ``firesld query NAME --endpoint URL`` with no other option; assert exit 0, no stderr."""
    result = invoke(["query", example.name, "--endpoint", endpoint, *more, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return remote_result(result.stdout)


#: How the release gets into an Oxigraph store: every way the README shows.
LOAD_METHODS = [
    "firesld-load",
    "firesld-load-named-graphs",
    "post-nq",
    "oxigraph-load-nq",
    "oxigraph-load-nt",
]


@pytest.fixture(scope="module", params=LOAD_METHODS)
def loaded_by(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[str, Oxigraph]:
    """Start an Oxigraph server holding the release, loaded by one of the README's methods."""
    method = str(request.param)
    location = tmp_path_factory.mktemp(method) / "store"
    if method.startswith("oxigraph-load"):  # the bulk loader, the server not yet started
        path = RELEASE_NT.with_suffix("." + method.rsplit("-", 1)[1])
        loaded = subprocess.run(
            [str(find_oxigraph()), "load", "--location", str(location), "--file", str(path)],
            capture_output=True,
            check=False,
        )
        assert loaded.returncode == 0, loaded.stderr
    server = start_oxigraph(location, request)
    if method.startswith("firesld-load"):
        named = ["--named-graphs"] if method.endswith("named-graphs") else []
        result = invoke(["load", "--endpoint", server.url("/store"), *named])
        assert result.exit_code == 0, result.output
    elif method == "post-nq":  # curl -X POST -H 'Content-Type: application/n-quads' --data-binary
        posted = subprocess.run(
            [
                "curl",
                "-sSf",
                "-X",
                "POST",
                "-H",
                "Content-Type: application/n-quads",
                "--data-binary",
                f"@{RELEASE_NT.with_suffix('.nq')}",
                server.url("/store"),
            ],
            capture_output=True,
            check=False,
            env={**os.environ, "no_proxy": "127.0.0.1"},
        )
        assert posted.returncode == 0, posted.stderr
    if method == "oxigraph-load-nt":  # into the store's default graph, no named graph
        assert (server.count(), server.count_default()) == (0, RELEASE_TRIPLES)
    else:
        assert server.count() == RELEASE_TRIPLES
    return method, server


@pytest.mark.slow
@pytest.mark.parametrize("example", RUNNABLE, ids=lambda q: q.name)
def test_every_example_gives_its_answer_after_every_load_method(
    example: ExampleQuery, loaded_by: tuple[str, Oxigraph]
) -> None:
    """Each example on the store, with no option, gives its expected answer however it was loaded.

    Oxigraph's default graph is not the union of its named graphs: the answer comes only because
    ``firesld query`` finds the release's graphs on the store and sends them as the dataset.
    """
    _, server = loaded_by
    assert_expected_answer(example, query_with_defaults(example, server.url("/query")))


#: A query that names graphs: with the release's graphs as named graphs too, GRAPH reaches them.
GRAPH_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


@pytest.mark.slow
def test_graph_queries_see_the_release_graphs(
    tmp_path: Path, loaded_by: tuple[str, Oxigraph]
) -> None:
    """``GRAPH ?g`` sees the release's graphs on the store: the four parts as embedded, or the one."""
    method, server = loaded_by
    path = tmp_path / "graphs.rq"
    path.write_text(GRAPH_QUERY + "\n", encoding="utf-8")
    remote = invoke(["query", str(path), "--endpoint", server.url("/query"), "--format", "csv"])
    assert remote.exit_code == 0, remote.output
    if method in ("firesld-load-named-graphs", "post-nq", "oxigraph-load-nq"):
        assert remote.stdout == invoke(["query", str(path), "--format", "csv"]).stdout
    elif method == "firesld-load":
        assert remote.stdout.splitlines()[1:] == [f"{GRAPH},{RELEASE_TRIPLES}"]
    else:  # everything in the store's default graph: no named graph
        assert remote.stdout.splitlines()[1:] == []


@pytest.mark.slow
def test_store_default_graph_gives_nothing_and_says_how_to_fix_it(
    loaded: tuple[Oxigraph, Result],
) -> None:
    """On Oxigraph's own default graph the release is not there: 0 rows, exit 0, and a hint."""
    server, _ = loaded
    endpoint = server.url("/query")
    for option in (["--store-default-graph"], ["--default-graph", "urn:x:not-loaded"]):
        result = invoke(["query", "studies", "--endpoint", endpoint, *option])
        assert result.exit_code == 0, result.output
        assert result.stdout.endswith("(0 rows)\n")
        hint = result.stderr.splitlines()
        assert len(hint) == 1 and hint[0].startswith("firesld: no result, but the store holds"), (
            hint
        )
        assert hint[0].endswith(f"run it on the release with --default-graph {GRAPH}")
    fixed = invoke(["query", "studies", "--endpoint", endpoint, "--default-graph", GRAPH])
    assert fixed.exit_code == 0 and fixed.stderr == ""
    assert fixed.stdout == invoke(["query", "studies"]).stdout


@pytest.mark.slow
def test_no_hint_without_firesld_graphs(oxigraph: Oxigraph) -> None:
    """An empty store: 0 rows, and nothing to advise."""
    result = invoke(["query", "studies", "--endpoint", oxigraph.url("/query")])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("(0 rows)\n") and result.stderr == ""


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_remote_output_is_the_embedded_output(fmt: str, loaded: tuple[Oxigraph, Result]) -> None:
    """The same formatter writes remote and embedded results: the same bytes."""
    server, _ = loaded
    args = ["query", "il1b-to-nfkb-chain", "--format", fmt]
    remote = invoke([*args, "--endpoint", server.url("/query")])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout_bytes == invoke(args).stdout_bytes


@pytest.mark.slow
def test_remote_results_are_bounded_like_embedded_ones(loaded: tuple[Oxigraph, Result]) -> None:
    """``--max-rows`` holds on an endpoint too, and an answer past ``--max-result-bytes`` is cut.

    fires-variant-genes has 5 rows (queries/expected): 2 allowed is too few, 5 is enough.
    """
    server, _ = loaded
    base = ["query", "fires-variant-genes", "--endpoint", server.url("/query")]
    line = one_error_line(invoke([*base, "--max-rows", "2"]))
    assert line.endswith(
        "FLD-QUERY-SIZE: the result holds more than 2 rows; stopped (narrow the query, or add "
        "LIMIT)"
    )
    assert invoke([*base, "--max-rows", "5"]).exit_code == 0
    line = one_error_line(invoke([*base, "--max-result-bytes", "100"]))
    assert line.endswith(
        "FLD-QUERY-SIZE: the answer passes 100 bytes; stopped (narrow the query or add LIMIT; "
        "raise it with --max-result-bytes)"
    )


@pytest.mark.slow
def test_remote_syntax_error_exits_2(tmp_path: Path, loaded: tuple[Oxigraph, Result]) -> None:
    """A query the server cannot parse: exit 2, one line with the server's line and column."""
    server, _ = loaded
    path = tmp_path / "broken.rq"
    path.write_text("SELECT ?x WHERE {\n  ?x ?y ?z\n  OPTINAL { ?x ?a ?b }\n}\n", encoding="utf-8")
    line = one_error_line(invoke(["query", str(path), "--endpoint", server.url("/query")]))
    assert line.startswith(f"firesld: error: {path}:3:")
    assert "SPARQL syntax error" in line


@pytest.mark.slow
def test_load_refuses_an_occupied_graph_without_replace(loaded: tuple[Oxigraph, Result]) -> None:
    """A second load into the same graph needs --replace; the graph is left alone."""
    server, _ = loaded
    line = one_error_line(invoke(load_args(server.url("/store"))))
    assert f"already holds {RELEASE_TRIPLES} triples; pass --replace" in line
    assert server.count() == RELEASE_TRIPLES


@pytest.mark.slow
def test_load_named_graphs(oxigraph: Oxigraph) -> None:
    """``--named-graphs`` loads the release's four graphs, each with its own count."""
    result = invoke(["load", "--endpoint", oxigraph.url("/store"), "--named-graphs"])
    assert result.exit_code == 0, result.output
    for upload in release_uploads(named_graphs=True):
        assert oxigraph.count(upload.graph) == upload.triples
    assert oxigraph.count() == RELEASE_TRIPLES


@pytest.mark.slow
def test_replace_stages_then_swaps_in_one_update(oxigraph: Oxigraph) -> None:
    """--replace PUTs only into the staging graph; one SPARQL Update moves it onto the target."""
    assert invoke(["load", "--endpoint", oxigraph.url("/store")]).exit_code == 0
    oxigraph.update(f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <urn:x:s> <urn:x:p> "old" }} }}')
    with FaultProxy(oxigraph.port) as proxy:
        # the MOVE of the whole release may take long on a busy machine
        result = invoke(load_args(proxy.url("/store"), "--replace", timeout=20))
    assert result.exit_code == 0, result.output
    assert f"(replaced {RELEASE_TRIPLES + 1})" in result.stdout
    puts = [path for method, path in proxy.requests if method == "PUT"]
    assert len(puts) == 1
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(puts[0]).query)["graph"] == [
        release_uploads()[0].staging
    ]
    assert [path for _, path in proxy.requests if path == "/update"] == ["/update"]
    assert oxigraph.count(GRAPH) == oxigraph.count() == RELEASE_TRIPLES


# ------------------------------------------------------------------------------------ faults


@pytest.mark.slow
def test_unauthorised_exits_2_at_once_and_hides_the_password(oxigraph: Oxigraph) -> None:
    """HTTP 401: exit 2 after one request, one line, and the password appears nowhere."""
    fault = Fault("status", methods=frozenset({"GET", "POST", "PUT"}), times=None, status=401)
    with FaultProxy(oxigraph.port, fault) as proxy:
        result = invoke(
            load_args(proxy.url("/store"), "--user", "alice"), **{PASSWORD_VARIABLE: "s3cret"}
        )
    line = one_error_line(result)
    assert "HTTP 401 unauthorised" in line
    assert "s3cret" not in result.output
    assert len(proxy.requests) == 1


@pytest.mark.slow
@pytest.mark.parametrize("upload", ["staged", "auto"])
def test_http_500_once_is_retried(upload: str, oxigraph: Oxigraph) -> None:
    """A 500 on the upload (the staging PUT, or the one POST) is retried, and the load succeeds."""
    method = "PUT" if upload == "staged" else "POST"
    fault = Fault("status", methods=frozenset({method}), path="/store", status=500)
    with FaultProxy(oxigraph.port, fault) as proxy:
        result = invoke(load_args(proxy.url("/store"), "--upload", upload))
    assert result.exit_code == 0, result.output
    assert proxy.fault is not None and proxy.fault.hits == 1
    assert "HTTP 500" in result.stderr and "retry 1 of 1" in result.stderr
    assert [m for m, p in proxy.requests if p.startswith("/store")].count(method) == 2
    assert result.stdout.rstrip().endswith(f"({'staged' if upload == 'staged' else 'direct'})")
    assert oxigraph.count(GRAPH) == oxigraph.count() == RELEASE_TRIPLES


# Into an empty graph on Oxigraph, `firesld load` sends the release in one POST: Oxigraph's server
# loads a request body in one transaction (Store::load_from_reader), so the graph holds all of it
# or nothing; the count afterwards catches a store that lost triples on the way, and then the
# graph is dropped again, empty as it was.


@pytest.mark.slow
def test_an_empty_graph_on_oxigraph_is_loaded_in_one_post(oxigraph: Oxigraph) -> None:
    """Auto mode on Oxigraph: one POST into the target, no staging graph, no SPARQL Update."""
    with FaultProxy(oxigraph.port) as proxy:
        result = invoke(load_args(proxy.url("/store")))
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("(direct)")
    uploads = [(m, p) for m, p in proxy.requests if p.startswith("/store")]
    assert [m for m, _ in uploads] == ["POST"]
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(uploads[0][1]).query)["graph"] == [GRAPH]
    assert not [p for _, p in proxy.requests if p.startswith("/update")]
    assert oxigraph.count(GRAPH) == oxigraph.count() == RELEASE_TRIPLES


@pytest.mark.slow
def test_staged_mode_stages_even_an_empty_graph(oxigraph: Oxigraph) -> None:
    """--upload staged: PUT into the staging graph, then one SPARQL Update, as for --replace."""
    with FaultProxy(oxigraph.port) as proxy:
        # the PUT and the MOVE may take long on a busy machine
        result = invoke(load_args(proxy.url("/store"), "--upload", "staged", timeout=20))
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("(staged)")
    assert [m for m, p in proxy.requests if p.startswith("/store")] == ["PUT"]
    assert [p for _, p in proxy.requests if p.startswith("/update")] == ["/update"]
    assert oxigraph.count(GRAPH) == oxigraph.count() == RELEASE_TRIPLES


@pytest.mark.slow
def test_a_store_unknown_to_be_transactional_is_staged(oxigraph: Oxigraph) -> None:
    """A server that does not name itself Oxigraph (here the proxy's answer to the probe) is staged."""
    fault = Fault("status", methods=frozenset({"GET"}), times=None, status=404)
    with FaultProxy(oxigraph.port, fault) as proxy:
        result = invoke(load_args(proxy.url("/store"), timeout=20))
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("(staged)")
    assert proxy.fault is not None and proxy.fault.hits == 1  # the one probe
    assert oxigraph.count(GRAPH) == oxigraph.count() == RELEASE_TRIPLES


@pytest.mark.slow
def test_a_lossy_direct_upload_fails_the_count_and_empties_the_graph_again(
    oxigraph: Oxigraph,
) -> None:
    """The store answers 201 but got 1 line in 100 less: exit 2, and the target is empty again."""
    fault = Fault("drop", methods=frozenset({"POST"}), path="/store", times=None, every=100)
    with FaultProxy(oxigraph.port, fault) as proxy:
        result = invoke(load_args(proxy.url("/store")))
    line = one_error_line(result)
    kept = RELEASE_TRIPLES - RELEASE_TRIPLES // 100
    assert line.endswith(
        f"graph <{GRAPH}> holds {kept} triples after the upload, the release {RELEASE_TRIPLES}; "
        "dropped again, empty as it was"
    )
    assert oxigraph.count() == 0


@pytest.mark.slow
@pytest.mark.parametrize(("times", "exit_code"), [(1, 0), (None, 2)], ids=["once", "always"])
def test_a_cut_direct_upload_leaves_the_graph_empty_or_whole(
    times: int | None, exit_code: int, oxigraph: Oxigraph
) -> None:
    """A connection cut mid-POST: Oxigraph keeps nothing of it; the retry loads it whole."""
    fault = Fault("cut", methods=frozenset({"POST"}), path="/store", times=times)
    with FaultProxy(oxigraph.port, fault) as proxy:
        result = invoke(load_args(proxy.url("/store")))
    assert result.exit_code == exit_code, result.output
    assert "connection cut" in result.stderr
    assert proxy.fault is not None and proxy.fault.hits == (1 if times else 2)
    assert oxigraph.count() == (RELEASE_TRIPLES if exit_code == 0 else 0)


@pytest.mark.slow
def test_a_direct_upload_whose_answer_is_lost_is_not_sent_twice_once_it_landed(
    oxigraph: Oxigraph,
) -> None:
    """The POST lands but its answer never comes: the count says it landed; never a part."""
    fault = Fault("stall", methods=frozenset({"POST"}), path="/store", times=None)
    with FaultProxy(oxigraph.port, fault) as proxy:
        result = invoke(load_args(proxy.url("/store"), timeout=1))
        posts = [p for m, p in proxy.requests if m == "POST" and p.startswith("/store")]
    time.sleep(1)  # an upload still on its way lands (or not) whole
    count = oxigraph.count()
    if result.exit_code == 0:
        # landed within the second the retry waits: not sent again, and the graph is whole
        assert posts == posts[:1] and count == RELEASE_TRIPLES
    else:
        # not landed in time on a busy machine: sent again, then given up and dropped; whatever
        # lands late lands whole (0, the release, or the release twice over its blank nodes)
        assert result.exit_code == 2, result.output
        assert count == 0 or count >= RELEASE_TRIPLES


@pytest.mark.slow
@pytest.mark.parametrize("named", [False, True], ids=["one-graph", "named-graphs"])
def test_a_store_that_drops_triples_fails_the_count_and_keeps_the_old_graph(
    named: bool, oxigraph: Oxigraph
) -> None:
    """The store answers 201 but keeps 1 line in 100 less: exit 2, and the targets are untouched."""
    more = ["--named-graphs"] if named else []
    assert invoke(["load", "--endpoint", oxigraph.url("/store"), *more]).exit_code == 0
    target = release_uploads(named_graphs=named)[-1]
    oxigraph.update(f'INSERT DATA {{ GRAPH <{target.graph}> {{ <urn:x:s> <urn:x:p> "old" }} }}')
    before = {u.graph: oxigraph.count(u.graph) for u in release_uploads(named_graphs=named)}
    with FaultProxy(oxigraph.port, Fault("drop", times=None, every=100)) as proxy:
        result = invoke(load_args(proxy.url("/store"), "--replace", *more))
    line = one_error_line(result)
    first = release_uploads(named_graphs=named)[0]
    kept = first.triples - first.triples // 100
    assert line.endswith(
        f"staging graph <{first.staging}> holds {kept} triples, the release {first.triples}; "
        f"<{first.graph}> left as it was"
    )
    assert {g: oxigraph.count(g) for g in before} == before
    assert oxigraph.count() == sum(before.values())  # no staging graph left behind


@pytest.mark.slow
def test_stall_times_out_and_leaves_the_graph_unchanged(oxigraph: Oxigraph) -> None:
    """An upload whose answer never comes: exit 2 after the retries; the old graph stays whole."""
    assert invoke(["load", "--endpoint", oxigraph.url("/store")]).exit_code == 0
    oxigraph.update(f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <urn:x:s> <urn:x:p> "old" }} }}')
    old = RELEASE_TRIPLES + 1
    with FaultProxy(oxigraph.port, Fault("stall", times=None)) as proxy:
        start = time.monotonic()
        result = invoke(load_args(proxy.url("/store"), "--replace", timeout=1))
        elapsed = time.monotonic() - start
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1].endswith("no answer within 1 s (after 2 attempts)")
    assert elapsed < 10
    assert oxigraph.count(GRAPH) == old  # the target is untouched
    # The proxy forwarded each upload and only held its answer back, so the server may still be
    # writing an abandoned upload into its staging graph after the load's clean-up (a real server
    # finishes what it was sent): whatever lies outside the target is in a staging graph
    # (urn:firesld:staging:…), which the next load drops (test_netlimits.py::test_load_drops_a_stale_staging_graph_and_says_so).
    time.sleep(1)
    assert oxigraph.count(GRAPH) == old
    assert oxigraph.count_outside(GRAPH, STAGING_PREFIX) == 0


@pytest.mark.slow
@pytest.mark.parametrize(("times", "exit_code"), [(1, 0), (None, 2)], ids=["once", "always"])
def test_cut_upload_leaves_the_old_graph_or_the_new(
    times: int | None, exit_code: int, oxigraph: Oxigraph
) -> None:
    """A connection cut mid-upload: the target holds the old graph or the new, never a part."""
    assert invoke(["load", "--endpoint", oxigraph.url("/store")]).exit_code == 0
    oxigraph.update(f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <urn:x:s> <urn:x:p> "old" }} }}')
    old, new = RELEASE_TRIPLES + 1, RELEASE_TRIPLES
    with FaultProxy(oxigraph.port, Fault("cut", times=times)) as proxy:
        result = invoke(load_args(proxy.url("/store"), "--replace"))
    assert result.exit_code == exit_code, result.output
    assert proxy.fault is not None and proxy.fault.hits == (1 if times else 2)
    assert "connection cut" in result.stderr
    count = oxigraph.count(GRAPH)
    assert count in (old, new)
    assert count == (new if exit_code == 0 else old)
    assert oxigraph.count() == count  # and no staging graph is left behind


# ------------------------------------------------------------------------------------ serve


@pytest.fixture
def served(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[subprocess.Popen[bytes], Path]:
    """``firesld serve`` as a subprocess on a free port, with its stdout and stderr in files."""
    port = free_port()
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "firesld", "serve", "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            env={**os.environ, "no_proxy": "127.0.0.1"},
            start_new_session=True,  # its own process group: firesld and the oxigraph it starts
        )

    def finish() -> None:
        stop_process(process)
        try:  # whatever is left of the group, should firesld have left its server behind
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        assert not port_is_open(port), f"port {port} still open after firesld serve stopped"

    request.addfinalizer(finish)
    deadline = time.monotonic() + 30
    while "YASGUI: " not in out.read_text():
        assert process.poll() is None, err.read_text()
        assert time.monotonic() < deadline, "firesld serve did not print its endpoint"
        time.sleep(0.05)
    return process, tmp_path


@pytest.mark.slow
def test_serve_answers_queries_refuses_updates_and_stops_on_sigint(
    served: tuple[subprocess.Popen[bytes], Path],
) -> None:
    """A read-only endpoint: queries answer as embedded, UPDATE and PUT get 403; Ctrl-C cleans up."""
    process, folder = served
    lines = (folder / "stdout").read_text().splitlines()
    endpoint = lines[0].removeprefix("SPARQL endpoint: ")
    yasgui = lines[1].removeprefix("YASGUI: ")
    assert endpoint == yasgui + "query" and yasgui.startswith("http://127.0.0.1:")
    port = int(urllib.parse.urlsplit(endpoint).port or 0)

    args = ["query", "approved-indications"]
    remote = invoke([*args, "--endpoint", endpoint])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == invoke(args).stdout  # the union default graph, as embedded

    for url, data, media in [
        (yasgui + "update", b"INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }", "sparql-update"),
        (yasgui + "store?graph=urn:x:g", b"<urn:x:s> <urn:x:p> <urn:x:o> .\n", "n-triples"),
    ]:
        request = urllib.request.Request(
            url,
            data=data,
            method="PUT" if "store" in url else "POST",
            headers={"Content-Type": f"application/{media}"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 403

    stderr = (folder / "stderr").read_text()
    directory = Path(re.findall(r"read-only from (\S+);", stderr)[0])
    assert directory.is_dir()
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=15) == 0
    assert not port_is_open(port)
    assert not directory.exists()
    assert "stopped (SIGINT); temporary store removed" in (folder / "stderr").read_text()


@pytest.mark.slow
def test_serve_on_a_taken_port_exits_2() -> None:
    """A port something already listens on: exit 2, one line, before anything is loaded."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        line = one_error_line(invoke(["serve", "--port", str(taken.getsockname()[1])]))
    assert "cannot listen on 127.0.0.1:" in line
