"""A second real store: Virtuoso Open Source 7.2, started on 127.0.0.1 in its own folder.

``make virtuoso`` installs it (Debian ``virtuoso-opensource-7-bin``: ``virtuoso-t`` and
``isql-vt``); without it these tests are skipped with that reason. One server serves the module:
a generated ``virtuoso.ini`` in a temporary folder, free ports, a bounded wait for it to answer,
and a finalizer that stops it by its PID (SIGTERM, then SIGKILL) and checks both ports are closed,
whatever happens. The commands are the README's Virtuoso section, run as written there
(:data:`STEPS`); a test checks the section against them.

What Virtuoso does to data (found here, asserted in :func:`test_what_virtuoso_changes`): it
stores a typed literal of a number, boolean or date/time type by its value, so two literals with
the same value and different lexical forms (``"1.0"`` and ``"1"^^xsd:decimal``, ``"07"`` and
``"7"^^xsd:integer``, ``"true"`` and ``"1"^^xsd:boolean``) become one triple; and it writes them
back in its own lexical form (``"24.0"^^xsd:decimal`` comes back ``"24"``). It keeps ``"x"`` and
``"x"^^xsd:string`` apart, which RDF 1.1 makes one term; and it gives a node that a ``*``
property path reaches once per path, not once. The value merging is why bulk loads of data with
such literals held fewer triples than their files; the release has no such pair, so it loads
losslessly, and only the lexical form of its whole-number decimals changes.
"""

from __future__ import annotations

import os
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from firesld.constants import package_layout
from firesld.errors import EndpointError
from firesld.forked import dies_with_parent
from firesld.queries import ExampleQuery
from firesld.store import (
    PASSWORD_VARIABLE,
    RELEASE_PART_GRAPHS,
    Credentials,
    Endpoints,
    GraphUpload,
    _put_graph,
    default_graph_iri,
    load_graphs,
    release_uploads,
    value_equal_literals,
)
from tests.faultproxy import Fault, FaultProxy
from tests.test_store import (
    RUNNABLE,
    assert_expected_answer,
    free_port,
    invoke,
    port_is_open,
    query_with_defaults,
)

README = Path(__file__).resolve().parents[1] / "README.md"
EXPORTS = package_layout().release_nt.parent
GRAPH = default_graph_iri()
RELEASE_TRIPLES = release_uploads()[0].triples
XSD = "http://www.w3.org/2001/XMLSchema#"

#: What the README shows in place of the test's folder, exports folder and ports.
README_PLACES = {
    "folder": "/path/to/virtuoso",
    "exports": "/path/to/exports",
    "sql": 1111,
    "http": 8890,
}


def virtuoso_ini(folder: str, exports: str, sql: int, http: int) -> str:
    """Return the ``virtuoso.ini`` of a private server on 127.0.0.1 (the README shows it)."""
    return f"""\
[Database]
DatabaseFile       = {folder}/virtuoso.db
ErrorLogFile       = {folder}/virtuoso.log
LockFile           = {folder}/virtuoso.lck
TransactionFile    = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping           = 0

[TempDatabase]
DatabaseFile       = {folder}/virtuoso-temp.db
TransactionFile    = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql}
DirsAllowed        = ., {folder}, {exports}
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
CheckpointInterval = 0

[HTTPServer]
ServerPort         = 127.0.0.1:{http}
ServerRoot         = {folder}
ServerThreads      = 4
EnabledDavVSP      = 0

[SPARQL]
ResultSetMaxRows       = 100000
MaxQueryExecutionTime  = 60
"""


#: The README's Virtuoso commands, in order; ``start`` runs in the background.
STEPS = {
    "start": "virtuoso-t +foreground +configfile {folder}/virtuoso.ini &",
    "password": "isql-vt 127.0.0.1:{sql} dba dba "
    "exec=\"USER_SET_PASSWORD('dba', '$FIRESLD_PASSWORD');\"",
    "load": "firesld load --user dba --auth digest "
    "--endpoint http://127.0.0.1:{http}/sparql-graph-crud-auth",
    "load-named-graphs": "firesld load --user dba --auth digest "
    "--endpoint http://127.0.0.1:{http}/sparql-graph-crud-auth --named-graphs",
    "bulk-load": 'isql-vt 127.0.0.1:{sql} dba "$FIRESLD_PASSWORD" '
    "exec=\"ld_dir('{exports}', 'firesld.nq', '" + GRAPH + "'); rdf_loader_run(); checkpoint;\"",
    "bulk-check": 'isql-vt 127.0.0.1:{sql} dba "$FIRESLD_PASSWORD" '
    'exec="SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list;"',
    "query": "firesld query studies --endpoint http://127.0.0.1:{http}/sparql",
    "stop": "kill $VIRTUOSO_PID",
}


@dataclass(frozen=True)
class Virtuoso:
    """A running ``virtuoso-t`` on 127.0.0.1."""

    process: subprocess.Popen[bytes]
    folder: Path
    sql: int
    http: int
    password: str

    def url(self, path: str) -> str:
        """Return the server's URL for a path (``/sparql``, ``/sparql-graph-crud-auth``)."""
        return f"http://127.0.0.1:{self.http}{path}"

    @property
    def endpoints(self) -> Endpoints:
        """The GSP, query and update endpoints ``firesld load`` derives."""
        return Endpoints.from_store_url(self.url("/sparql-graph-crud-auth"))

    @property
    def credentials(self) -> Credentials:
        """The dba's credentials, for digest authentication."""
        return Credentials("dba", self.password, "digest")

    def run(self, step: str) -> subprocess.CompletedProcess[str]:
        """Run one of the README's commands as written there, with this server's ports."""
        command = STEPS[step].format(
            folder=self.folder, exports=EXPORTS, sql=self.sql, http=self.http
        )
        env = {
            **os.environ,
            PASSWORD_VARIABLE: self.password,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "no_proxy": "127.0.0.1",
        }
        done = subprocess.run(
            ["bash", "-c", command],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        assert "*** Error" not in done.stdout + done.stderr, done.stdout + done.stderr
        return done

    def sql_exec(self, statement: str) -> str:
        """Run one SQL statement with isql-vt as dba."""
        done = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql}", "dba", self.password, f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0 and "*** Error" not in done.stdout, done.stdout + done.stderr
        return done.stdout

    def count(self, graph: str) -> int:
        """Count the triples of one graph with a plain HTTP request."""
        text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        return int(self.select(text)[0][0])

    def select(self, text: str) -> list[list[str]]:
        """Run a SELECT on ``/sparql`` and return its rows as CSV cells."""
        request = urllib.request.Request(
            self.url("/sparql"),
            data=urllib.parse.urlencode({"query": text}).encode(),
            headers={"Accept": "text/csv"},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            lines = answer.read().decode().strip().splitlines()
        return [[cell.strip('"') for cell in line.split(",")] for line in lines[1:]]

    def dump(self, graph: str) -> set[ox.Triple]:
        """Return the triples of a graph as Virtuoso gives them back (CONSTRUCT as N-Triples)."""
        text = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        request = urllib.request.Request(
            self.url("/sparql"),
            data=urllib.parse.urlencode({"query": text}).encode(),
            headers={"Accept": "application/n-triples"},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            body = answer.read()
        return {q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)}

    def drop(self, *graphs: str) -> None:
        """Drop graphs (and forget earlier bulk loads, so the same file can be loaded again)."""
        for graph in graphs:
            self.sql_exec(f"SPARQL DROP SILENT GRAPH <{graph}>")
        self.sql_exec("DELETE FROM DB.DBA.load_list")


def stop_by_pid(process: subprocess.Popen[bytes], grace: float = 20.0) -> None:
    """Stop a server by its PID: SIGTERM (Virtuoso shuts down cleanly), then SIGKILL."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def virtuoso(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Virtuoso]:
    """Start Virtuoso for the module as the README says; stop it by PID on every way out.

    The finalizer is registered before anything can fail; should pytest itself be killed, the
    kernel sends the server SIGTERM (``PR_SET_PDEATHSIG``).
    """
    missing = [c for c in ("virtuoso-t", "isql-vt") if shutil.which(c) is None]
    if missing:
        pytest.skip(
            f"{' and '.join(missing)} not installed: `make virtuoso` installs the Debian "
            "package virtuoso-opensource-7-bin"
        )
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(virtuoso_ini(str(folder), str(EXPORTS), sql, http))
    start = STEPS["start"].format(folder=folder, exports=EXPORTS, sql=sql, http=http)
    log = (folder / "virtuoso.out").open("wb")
    process = subprocess.Popen(
        shlex.split(start.removesuffix("&")),
        cwd=folder,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=dies_with_parent(signal.SIGTERM),  # pytest killed: Virtuoso shuts down
    )

    def finish() -> None:
        stop_by_pid(process)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)  # the database files (tens of MB)
        assert not port_is_open(sql) and not port_is_open(http), "Virtuoso's ports still open"

    request.addfinalizer(finish)
    deadline = time.monotonic() + 90
    server = Virtuoso(process, folder, sql, http, secrets.token_hex(8))
    while True:
        assert process.poll() is None, (folder / "virtuoso.out").read_text(errors="replace")
        try:
            with urllib.request.urlopen(server.url("/sparql?query=ASK%7B%7D"), timeout=2) as ok:
                ok.read()
            break
        except OSError:
            assert time.monotonic() < deadline, "Virtuoso did not answer within 90 s"
            time.sleep(0.2)
    server.run("password")
    yield server


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep urllib from sending 127.0.0.1 traffic to a proxy named in the environment."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


#: The README's ways into Virtuoso: firesld load (both modes) and the bulk loader.
LOAD_STEPS = ["load", "load-named-graphs", "bulk-load"]


@pytest.fixture(scope="module", params=LOAD_STEPS)
def loaded_by(virtuoso: Virtuoso, request: pytest.FixtureRequest) -> tuple[str, Virtuoso]:
    """Empty the firesld graphs, then load the release by one of the README's commands."""
    step = str(request.param)
    virtuoso.drop(GRAPH, *RELEASE_PART_GRAPHS)
    done = virtuoso.run(step)
    if step == "bulk-load":
        checked = virtuoso.run("bulk-check").stdout
        assert re.search(r"firesld\.nq\s+2\s+NULL", checked), checked  # state 2, no error
    else:
        assert "triples on the server = release" in done.stdout
    for upload in release_uploads(named_graphs=step != "load"):
        assert virtuoso.count(upload.graph) == upload.triples, upload.graph
    return step, virtuoso


@pytest.mark.slow
@pytest.mark.parametrize("example", RUNNABLE, ids=lambda q: q.name)
def test_every_example_gives_its_answer_on_virtuoso(
    example: ExampleQuery, loaded_by: tuple[str, Virtuoso]
) -> None:
    """Each example on Virtuoso's /sparql, with no option, gives its expected answer."""
    _, server = loaded_by
    assert_expected_answer(example, query_with_defaults(example, server.url("/sparql")))


@pytest.mark.slow
def test_readme_query_command_runs(loaded_by: tuple[str, Virtuoso]) -> None:
    """The README's query line prints the studies as the embedded query does."""
    _, server = loaded_by
    done = server.run("query")
    embedded = subprocess.run(
        [sys.executable, "-m", "firesld", "query", "studies"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout == embedded.stdout and done.stderr == ""


@pytest.mark.slow
def test_a_query_on_graphs_virtuoso_lacks_says_how_to_fix_it(
    loaded_by: tuple[str, Virtuoso],
) -> None:
    """A default graph the store does not hold: 0 rows, exit 0, and the options that fix it."""
    step, server = loaded_by
    endpoint = server.url("/sparql")
    result = invoke(["query", "studies", "--endpoint", endpoint, "--default-graph", "urn:x:none"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("(0 rows)\n")
    parts = release_uploads(named_graphs=step != "load")
    fix = " ".join(
        f"--default-graph {u.graph}" for u in sorted(parts, key=lambda u: order(u.graph))
    )
    assert result.stderr.splitlines() == [
        "firesld: no result, but the store holds the firesld graph(s) "
        + ", ".join(f"<{u.graph}>" for u in parts)
        + f" and the query saw <urn:x:none>; run it on the release with {fix}"
    ]


def order(graph: str) -> int:
    """Return where the hint puts a graph among its --default-graph options."""
    return (GRAPH, *RELEASE_PART_GRAPHS).index(graph)


def virtuoso_form(term: Any) -> Any:
    """Return a release term as Virtuoso gives it back: whole decimals lose their ``.0``."""
    if isinstance(term, ox.Literal) and term.datatype.value == XSD + "decimal":
        value = Decimal(term.value)
        if value == value.to_integral_value():
            return ox.Literal(str(value.to_integral_value()), datatype=term.datatype)
    return term


def without_blank_nodes(triples: set[ox.Triple]) -> set[ox.Triple]:
    """Keep the triples that name no blank node (those are compared by count)."""
    return {
        t
        for t in triples
        if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)
    }


@pytest.mark.slow
def test_the_release_loads_losslessly_and_only_whole_decimals_change(virtuoso: Virtuoso) -> None:
    """Virtuoso holds every release triple; only ``"N.0"^^xsd:decimal`` comes back ``"N"``."""
    graph = "urn:firesld:test:lossless"
    upload = GraphUpload(graph, release_uploads()[0].data, RELEASE_TRIPLES)
    load_graphs(virtuoso.endpoints, [upload], credentials=virtuoso.credentials)
    stored = virtuoso.dump(graph)
    release = {q.triple for q in ox.parse(upload.data, format=ox.RdfFormat.N_TRIPLES)}
    expected = {ox.Triple(t.subject, t.predicate, virtuoso_form(t.object)) for t in release}
    assert len(stored) == len(release) == RELEASE_TRIPLES
    assert without_blank_nodes(stored) == without_blank_nodes(expected)
    changed = release - expected
    assert {t.object.value for t in changed} <= {f"{n}.0" for n in range(1000)}
    assert len(changed) == sum(
        1
        for t in release
        if isinstance(t.object, ox.Literal)
        and t.object.datatype.value == XSD + "decimal"
        and t.object.value.endswith(".0")
    )
    virtuoso.drop(graph)


#: Pairs of literals that are one value; each pair goes on one subject and predicate.
PAIRS = {
    "decimal": ('"1.0"^^<{x}decimal>', '"1"^^<{x}decimal>'),
    "integer": ('"07"^^<{x}integer>', '"7"^^<{x}integer>'),
    "double": ('"1.5E0"^^<{x}double>', '"1.50E0"^^<{x}double>'),
    "boolean": ('"true"^^<{x}boolean>', '"1"^^<{x}boolean>'),
    "dateTime": (
        '"2020-01-01T00:00:00Z"^^<{x}dateTime>',
        '"2020-01-01T00:00:00+00:00"^^<{x}dateTime>',
    ),
    "string": ('"v"', '"v"^^<{x}string>'),
    "language": ('"w"@en', '"w"@EN'),
    "long": ('"' + "L" * 3000 + 'a"', '"' + "L" * 3000 + 'b"'),
    "astral": ('"\U00020000"', '"\U0001f600"'),
}
#: How many triples Virtuoso keeps of each pair (Oxigraph, like RDF 1.1: 2, except string and
#: language, which are one term there).
VIRTUOSO_KEEPS = {
    "decimal": 1,
    "integer": 1,
    "double": 1,
    "boolean": 1,
    "dateTime": 1,
    "string": 2,
    "language": 1,
    "long": 2,
    "astral": 2,
}


@pytest.mark.slow
@pytest.mark.parametrize("way", ["graph-store-protocol", "bulk-loader"])
def test_what_virtuoso_changes(way: str, virtuoso: Virtuoso) -> None:
    """Value-equal typed literals merge; a plain and an xsd:string literal stay two; the rest kept.

    The same through the Graph Store Protocol (as ``firesld load`` uploads) and the bulk loader.
    """
    lines = [
        f"<urn:x:{name}> <urn:x:p> {literal.format(x=XSD)} ."
        for name, pair in PAIRS.items()
        for literal in pair
    ]
    lines += [f"_:b{i} <urn:x:bnode> <urn:x:o{i % 3}> ." for i in range(50)]
    data = "\n".join(lines).encode() + b"\n"
    graph = f"urn:firesld:test:literals:{way}"
    if way == "bulk-loader":
        (virtuoso.folder / "literals.nt").write_bytes(data)
        virtuoso.sql_exec(f"ld_dir('{virtuoso.folder}', 'literals.nt', '{graph}')")
        virtuoso.sql_exec("rdf_loader_run()")
    else:
        _put_graph(virtuoso.endpoints, graph, data, virtuoso.credentials, 30.0)
    rows = virtuoso.select(
        f"SELECT ?s (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} GROUP BY ?s"
    )
    kept = {s.removeprefix("urn:x:"): int(n) for s, n in rows if s.startswith("urn:x:")}
    assert kept == VIRTUOSO_KEEPS
    assert virtuoso.count(graph) == sum(VIRTUOSO_KEEPS.values()) + 50  # 50 blank nodes kept apart
    pairs = "\n".join(lines[: 2 * len(PAIRS)])
    oxigraph_keeps = len(set(ox.parse(pairs, format=ox.RdfFormat.N_TRIPLES)))
    assert oxigraph_keeps == 2 * len(PAIRS) - 2  # string and language: one term in RDF 1.1
    virtuoso.drop(graph)


@pytest.mark.slow
def test_virtuoso_gives_a_star_path_node_once_per_path(virtuoso: Virtuoso) -> None:
    """``(p|q)*`` from a over a→b twice and b→c: a, b, b, c, c (SPARQL 1.1: a, b, c).

    Hence ``SELECT DISTINCT`` in the example with such a path (``il1b-to-nfkb-chain``).
    """
    graph = "urn:firesld:test:paths"
    virtuoso.sql_exec(
        f"SPARQL INSERT DATA {{ GRAPH <{graph}> {{ <urn:x:a> <urn:x:p> <urn:x:b> . "
        "<urn:x:a> <urn:x:q> <urn:x:b> . <urn:x:b> <urn:x:p> <urn:x:c> } }"
    )
    path = f"SELECT ?x WHERE {{ GRAPH <{graph}> {{ <urn:x:a> (<urn:x:p>|<urn:x:q>)* ?x }} }}"
    assert sorted(row[0] for row in virtuoso.select(path)) == [
        "urn:x:a",
        "urn:x:b",
        "urn:x:b",
        "urn:x:c",
        "urn:x:c",
    ]
    distinct = path.replace("SELECT ?x", "SELECT DISTINCT ?x")
    assert sorted(row[0] for row in virtuoso.select(distinct)) == ["urn:x:a", "urn:x:b", "urn:x:c"]
    virtuoso.drop(graph)


@pytest.mark.slow
def test_a_load_virtuoso_makes_lossy_fails_and_leaves_the_target(virtuoso: Virtuoso) -> None:
    """A release with a value-equal pair loses a triple in Virtuoso: the count check stops the load.

    The target graph keeps what it held (the release as loaded before), and no staging graph is
    left behind.
    """
    graph = "urn:firesld:test:lossy"
    release = release_uploads()[0]
    first = GraphUpload(graph, release.data, release.triples)
    load_graphs(virtuoso.endpoints, [first], credentials=virtuoso.credentials)
    pair = (
        f'<urn:x:s> <urn:x:p> "2.0"^^<{XSD}decimal> .\n<urn:x:s> <urn:x:p> "2"^^<{XSD}decimal> .\n'
    )
    lossy = GraphUpload(graph, release.data + pair.encode(), release.triples + 2)
    with pytest.raises(EndpointError) as failed:
        load_graphs(virtuoso.endpoints, [lossy], replace=True, credentials=virtuoso.credentials)
    assert str(failed.value).endswith(
        f"staging graph <{lossy.staging}> holds {release.triples + 1} triples, the release "
        f"{release.triples + 2}; <{graph}> left as it was (1 triple(s) differ from another only "
        f'in a literal\'s lexical form, such as "2.0"^^<{XSD}decimal> and "2"^^<{XSD}decimal>: '
        "the store keeps such literals by value)"
    )
    assert virtuoso.count(graph) == release.triples
    assert virtuoso.count(lossy.staging) == 0
    virtuoso.drop(graph)


@pytest.mark.slow
@pytest.mark.parametrize(("times", "exit_code"), [(1, 0), (None, 2)], ids=["once", "always"])
def test_a_cut_upload_to_virtuoso_leaves_the_old_graph_or_the_new(
    times: int | None, exit_code: int, virtuoso: Virtuoso
) -> None:
    """An upload cut halfway (which Virtuoso may commit in part) touches only the staging graph."""
    graph = "urn:firesld:test:cut"
    old = GraphUpload(graph, b"<urn:x:s> <urn:x:p> <urn:x:o> .\n", 1)
    load_graphs(virtuoso.endpoints, [old], credentials=virtuoso.credentials)
    with FaultProxy(virtuoso.http, Fault("cut", times=times)) as proxy:
        args = ["load", "--endpoint", proxy.url("/sparql-graph-crud-auth"), "--graph", graph]
        more = ["--replace", "--user", "dba", "--auth", "digest", "--timeout", "10"]
        result = invoke([*args, *more, "--retries", "1"], **{PASSWORD_VARIABLE: virtuoso.password})
    assert result.exit_code == exit_code, result.output
    assert "connection cut" in result.stderr
    assert virtuoso.count(graph) == (RELEASE_TRIPLES if exit_code == 0 else 1)
    assert virtuoso.count(GraphUpload(graph, b"", 0).staging) == 0
    virtuoso.drop(graph)


@pytest.mark.slow
@pytest.mark.parametrize("auth", ["digest", "basic"])
def test_refused_credentials_end_at_once_in_one_line(auth: str, virtuoso: Virtuoso) -> None:
    """A wrong password (or basic where Virtuoso wants digest): HTTP 401 before any upload body.

    The credentials are tried on a bodiless request first, so the refusal is the store's 401,
    not a connection cut while the body is on its way (which would be retried).
    """
    graph = "urn:firesld:test:refused"
    wrong = "wrong-" + virtuoso.password if auth == "digest" else virtuoso.password
    with FaultProxy(virtuoso.http) as proxy:
        args = ["load", "--endpoint", proxy.url("/sparql-graph-crud-auth"), "--graph", graph]
        more = ["--user", "dba", "--auth", auth, "--timeout", "10", "--retries", "1"]
        result = invoke([*args, *more], **{PASSWORD_VARIABLE: wrong})
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].endswith(
        "HTTP 401 unauthorised (check --user and $FIRESLD_PASSWORD)"
    ), lines
    assert wrong not in result.output
    assert [method for method, _ in proxy.requests].count("PUT") == 0
    assert virtuoso.count(GraphUpload(graph, b"", 0).staging) == 0


@pytest.mark.parametrize("named", [False, True], ids=["one-graph", "named-graphs"])
def test_the_release_has_no_literals_a_store_merges_by_value(named: bool) -> None:
    """No two release triples differ only in the lexical form of a number, boolean or date."""
    for upload in release_uploads(named_graphs=named):
        assert value_equal_literals(upload.data) == [], upload.graph


def readme_section() -> str:
    """Return the README's Virtuoso section."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n### Virtuoso\n")
    return text[start : text.index("\n### ", start + 1)]


def test_readme_virtuoso_section_is_what_the_tests_run() -> None:
    """The README shows the test's virtuoso.ini and commands (placeholders for folders, ports)."""
    section = readme_section()
    ini = virtuoso_ini(str(README_PLACES["folder"]), str(README_PLACES["exports"]), 1111, 8890)
    assert f"```ini\n{ini}```" in section
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line and not line.startswith("#")]
    commands = [re.sub(r"\s+#.*$", "", line) for line in commands]
    shown = [
        c for c in commands if not c.startswith(("make ", "mkdir ", "export ", "VIRTUOSO_PID="))
    ]
    assert shown == [step.format(**README_PLACES) for step in STEPS.values()]
