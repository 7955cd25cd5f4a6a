"""The ``firesld`` command line.

Exit codes: 0 success (data conforms), 1 the data does not conform, 2 the tool failed (unreadable
file, missing extra, broken schema).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from firesld.constants import (
    AUTH_SCHEMES,
    FIGURE_FORMATS,
    QUERY_FORMATS,
    QUERY_MAX_MEMORY_MB,
    QUERY_MAX_RESULT_BYTES,
    QUERY_MAX_ROWS,
    SERVE_MAX_QUERIES,
    SERVE_MAX_RESULT_BYTES,
    SHACL_ENGINES,
    SHACL_PROFILES,
    UPLOAD_MODES,
)
from firesld.errors import FiresldError
from firesld.version import RELEASE_DATE, VERSION

__all__ = ["main"]

logger = logging.getLogger("firesld")

ROOT_OPTION = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The firesld checkout to work on (default: the current directory).",
)


NO_REASON_OPTION = click.option(
    "--no-reason", is_flag=True, help="Skip the OWL reasoner step (needs owlready2 and Java)."
)

NO_SNAPSHOT_OPTION = click.option(
    "--no-snapshot",
    is_flag=True,
    help="Do not look ids up in the import snapshot (synthetic or text-mined data).",
)

SHACL_ENGINE_OPTION = click.option(
    "--shacl-engine",
    type=click.Choice(SHACL_ENGINES),
    default="turbo",
    show_default=True,
    help="SHACL engine: pyshacl-turbo (fast) or pySHACL (the reference; same report).",
)

FORMAT_OPTION = click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format: text for people, json for programs.",
)


class CliError(click.ClickException):
    """A firesld error at the command line, exiting with the error's own code."""

    def __init__(self, error: FiresldError) -> None:
        """Wrap a firesld error.

        :param error: the error to report
        """
        super().__init__(str(error))
        self.exit_code = error.exit_code  # type: ignore[misc]

    def show(self, file: Any = None) -> None:
        """Print the message on stderr as ``firesld: error: …``."""
        click.echo(f"firesld: error: {self.format_message()}", err=True)


def _fail(error: FiresldError) -> NoReturn:
    """Raise the click exception for a firesld error."""
    raise CliError(error) from error


def describe_failure(error: BaseException) -> str | None:
    """Say in one line why a command failed on an operating-system or parser limit.

    :param error: the exception that ended the command
    :returns: the line (path, reason, errno name), or None for an error of another kind
    """
    if isinstance(error, OSError):
        import errno as errno_names

        name = errno_names.errorcode.get(error.errno or 0, "")
        reason = error.strerror or str(error) or type(error).__name__
        where = ": ".join(str(f) for f in (error.filename, error.filename2) if f is not None)
        return f"{where + ': ' if where else ''}{reason}" + (f" ({name})" if name else "")
    if isinstance(error, RecursionError):
        return "input nested too deeply for the parser (RecursionError); see `firesld --limit`"
    if isinstance(error, MemoryError):
        return f"out of memory ({error or 'MemoryError'}); an input is too large"
    return None


class FiresldGroup(click.Group):
    """The command group: every failure ends as one line on stderr, never as a traceback.

    A :class:`~firesld.errors.FiresldError` exits with its own code; an operating-system error
    (permission, disk full, file too large, too many links, a symlink loop, a read-only or
    immutable folder), a recursion or memory limit exits with 2 and names the path; anything
    else exits with 2 and points to ``--debug``, which shows the traceback instead.
    """

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, turning every unexpected exception into one line and exit code 2."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except FiresldError as err:
            if ctx.params.get("debug"):
                raise
            raise CliError(err) from err
        except KeyboardInterrupt:
            click.echo("firesld: interrupted", err=True)
            sys.exit(130)
        except Exception as err:  # the last resort: one line, and --debug for the traceback
            if ctx.params.get("debug"):
                raise
            line = describe_failure(err)
            if line is None:
                text = " ".join(str(err).split())[:300]
                line = (
                    f"unexpected {type(err).__name__}: {text} "
                    "(run `firesld --debug …` for the traceback and report it)"
                )
            click.echo(f"firesld: error: {line}", err=True)
            sys.exit(2)


def _set_limits(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> None:
    """Apply ``--limit NAME=N`` by setting ``FIRESLD_<NAME>`` (read by :mod:`firesld.limits`)."""
    import os

    from firesld.limits import LIMITS

    for value in values:
        name, sep, number = value.partition("=")
        if not sep or name not in LIMITS or not number.isdigit() or int(number) < 1:
            raise click.BadParameter(
                f"{value!r}: expected NAME=N with N a positive integer and NAME one of "
                + ", ".join(LIMITS),
                ctx=ctx,
                param=param,
            )
        os.environ[LIMITS[name].env] = number


@click.group(cls=FiresldGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    VERSION, "-V", "--version", message=f"firesld %(version)s (data release {RELEASE_DATE})"
)
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.option(
    "--debug", is_flag=True, help="Show the traceback of an unexpected error instead of one line."
)
@click.option(
    "--limit",
    "limits",
    multiple=True,
    metavar="NAME=N",
    callback=_set_limits,
    expose_value=False,
    help="Raise (or lower) an input limit, e.g. --limit max-depth=500; repeatable. Limits: "
    "max-file-bytes, max-depth, max-aliases, max-alias-values, max-literal-bytes, max-problems "
    "(README: Limits).",
)
def main(verbose: int, debug: bool) -> None:
    """Publish the IL-1β/IL-1R1-in-FIRES review as linked data."""
    import signal

    level = logging.DEBUG if debug else logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if hasattr(signal, "SIGXFSZ"):  # past `ulimit -f`, a write fails with EFBIG instead of killing
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


@main.command()
@ROOT_OPTION
@click.option("--check", is_flag=True, help="Only compare with the committed files (drift check).")
def generate(root: Path | None, check: bool) -> None:
    """Generate the ontology, shapes, JSON-LD context and model from the schema."""
    from firesld.build import find_checkout
    from firesld.generate import check_generated, generate_artifacts, write_generated

    try:
        layout = find_checkout(root)
        artifacts = generate_artifacts(layout.schema)
        if check:
            problems = check_generated(layout, artifacts)
            for line in problems:
                click.echo(f"drift: {line}", err=True)
            if problems:
                sys.exit(1)
            click.echo(f"{len(artifacts)} generated files match the schema")
            return
        from firesld.release_dir import checkout_lock

        with checkout_lock(layout.root):
            written = write_generated(layout, artifacts)
    except FiresldError as err:
        _fail(err)
    for path in written:
        click.echo(f"wrote {path.relative_to(layout.root)}")
    click.echo(f"{len(artifacts)} generated files, {len(written)} changed")


@main.command()
@ROOT_OPTION
@click.option(
    "--no-generate", is_flag=True, help="Skip regenerating schema artefacts (no build extra)."
)
@click.option("--force", is_flag=True, help="Redo every step, even when nothing changed.")
@NO_REASON_OPTION
@NO_SNAPSHOT_OPTION
@SHACL_ENGINE_OPTION
@click.option(
    "--serial",
    is_flag=True,
    help="Run every step in this process: one core, less memory. By default (Linux) the "
    "schema generation and the graph's checks run in forked children beside the rest.",
)
def build(
    root: Path | None,
    no_generate: bool,
    force: bool,
    no_reason: bool,
    no_snapshot: bool,
    shacl_engine: str,
    serial: bool,
) -> None:
    """Generate, validate the curated data, and write the release into exports/.

    A step whose inputs and outputs have not changed since the last build is skipped.
    """
    from firesld.build import BuildFailedError, find_checkout, run_build
    from firesld.problems import CHECKS

    try:
        layout = find_checkout(root)
        result = run_build(
            layout,
            generate=not no_generate,
            force=force,
            checks=[c for c in CHECKS if not (no_reason and c == "owl")],
            snapshot=not no_snapshot,
            shacl_engine=shacl_engine,
            parallel=not serial,
        )
    except BuildFailedError as err:
        for problem in err.report.problems:
            click.echo(problem.render(), err=True)
        click.echo(
            f"firesld: build failed: {len(err.report.errors)} error(s); exports/ left unchanged",
            err=True,
        )
        sys.exit(err.exit_code)
    except FiresldError as err:
        _fail(err)
    for note in result.notes:
        click.echo(f"firesld: {note}", err=True)
    for path in result.generated:
        click.echo(f"generated {path.relative_to(layout.root)}")
    for path in result.written:
        click.echo(f"wrote {path.relative_to(layout.root)}")
    counts = result.counts
    click.echo(
        f"release {VERSION}: {counts['records']} records, {counts['claims']} claims, "
        f"{counts['triples']} triples; {len(result.written)} export file(s) changed, "
        f"{len(result.unchanged)} unchanged"
        + (" (nothing changed since the last build)" if result.cached else "")
    )
    for problem in result.warnings:
        click.echo(problem.render(), err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--standalone", is_flag=True, help="Resolve references only within the given files.")
@click.option("--strict", is_flag=True, help="Ids missing from the import snapshot are errors.")
@NO_REASON_OPTION
@NO_SNAPSHOT_OPTION
@click.option(
    "--shacl-report",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the SHACL results graph (Turtle) to this file.",
)
@SHACL_ENGINE_OPTION
@click.option(
    "--profile",
    type=click.Choice(SHACL_PROFILES),
    default="curation",
    show_default=True,
    help="Shapes: closed ones for curated records and firesld's own release files, or open ones "
    "for published graphs merged with other sources (shapes/firesld-consumer.shacl.ttl).",
)
@FORMAT_OPTION
def validate(
    paths: tuple[Path, ...],
    standalone: bool,
    strict: bool,
    no_reason: bool,
    no_snapshot: bool,
    shacl_report: Path | None,
    shacl_engine: str,
    profile: str,
    fmt: str,
) -> None:
    """Validate curated YAML (the package's own data by default) or RDF files.

    Exit 0 when the data conforms, 1 when it does not, 2 when the tool failed.
    """
    from firesld.problems import CHECKS
    from firesld.rdfio import write_atomic
    from firesld.validate import validate_paths

    try:
        checks = [c for c in CHECKS if not (no_reason and c == "owl")]
        report, n_records, n_files = validate_paths(
            paths,
            standalone=standalone,
            strict=strict,
            checks=checks,
            snapshot=not no_snapshot,
            shacl_engine=shacl_engine,
            profile=profile,
        )
        if shacl_report is not None and report.shacl_results is not None:
            write_atomic(shacl_report, report.shacl_results.serialize(format="turtle").encode())
    except FiresldError as err:
        _fail(err)
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "conforms": report.conforms,
                    "summary": report.summary(),
                    "problems": [p.as_dict() for p in report.problems],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for problem in report.problems:
            click.echo(problem.render(), err=True)
        for check, counts in report.summary().items():
            click.echo(
                f"{check}: {counts['errors']} error(s), {counts['warnings']} warning(s)", err=True
            )
        verdict = "conforms" if report.conforms else "does not conform"
        click.echo(f"{n_records} records in {n_files} file(s): {verdict}")
    sys.exit(0 if report.conforms else 1)


@main.command()
@FORMAT_OPTION
def info(fmt: str) -> None:
    """Show the release: version, date, counts and checksums."""
    from firesld.info import get_info

    try:
        data = get_info()
    except FiresldError as err:
        _fail(err)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for key, value in data.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for k, v in value.items():
                click.echo(f"  {k}: {v}")
        else:
            click.echo(f"{key}: {value}")


USER_OPTION = click.option(
    "--user",
    default=None,
    metavar="NAME",
    help="User for HTTP authentication; the password is read from $FIRESLD_PASSWORD.",
)
AUTH_OPTION = click.option(
    "--auth",
    type=click.Choice(AUTH_SCHEMES),
    default="basic",
    show_default=True,
    help="HTTP authentication scheme with --user (Virtuoso's -auth endpoints want digest).",
)
TIMEOUT_OPTION = click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds allowed for each request to a store in all (connect and every read); for "
    "`query` without --endpoint, for the embedded query.",
)
RETRIES_OPTION = click.option(
    "--retries",
    type=click.IntRange(0, 10),
    default=3,
    show_default=True,
    help="Retries of a transient failure (HTTP 5xx, 408, 429, connection reset, timeout), with "
    "back-off.",
)


def _notify(message: str) -> None:
    """Report a retry on stderr."""
    click.echo(f"firesld: {message}", err=True)


@main.command()
@click.argument("query_ref", metavar="QUERY")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(QUERY_FORMATS),
    default="table",
    show_default=True,
    help="Output: an aligned table for people, or a SPARQL 1.1 results format (csv, tsv, json).",
)
@click.option(
    "--endpoint",
    metavar="URL",
    default=None,
    help="Run the query on this SPARQL endpoint (Oxigraph …/query, Fuseki …/DATASET/sparql) "
    "instead of the embedded release.",
)
@click.option(
    "--default-graph",
    "default_graphs",
    metavar="IRI",
    multiple=True,
    help="With --endpoint: the named graph the query sees as its default graph "
    "(default-graph-uri); repeat to merge several [default: the release's graphs on the store].",
)
@click.option(
    "--store-default-graph",
    is_flag=True,
    help="With --endpoint: query the store's own default graph instead of the release's graphs.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=QUERY_MAX_ROWS,
    show_default=True,
    help="Rows (or triples) a query's result may hold.",
)
@click.option(
    "--max-result-bytes",
    type=click.IntRange(min=1),
    default=QUERY_MAX_RESULT_BYTES,
    show_default=True,
    help="With --endpoint: bytes of the store's answer read at most (FLD-QUERY-SIZE past them).",
)
@click.option(
    "--max-memory",
    "max_memory_mb",
    type=click.IntRange(min=64),
    default=QUERY_MAX_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="MiB of memory an embedded query may take (FLD-QUERY-SIZE past them).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let an embedded query call other endpoints with SERVICE (refused by default).",
)
@USER_OPTION
@AUTH_OPTION
@TIMEOUT_OPTION
@RETRIES_OPTION
def query(
    query_ref: str,
    fmt: str,
    endpoint: str | None,
    default_graphs: tuple[str, ...],
    store_default_graph: bool,
    max_rows: int,
    max_result_bytes: int,
    max_memory_mb: int,
    allow_service: bool,
    user: str | None,
    auth: str,
    timeout: float,
    retries: int,
) -> None:
    """Run a SPARQL query (a .rq file or an example's name) on the embedded release or an endpoint.

    On an endpoint the query sees the release's graphs there as its default graph, as the
    embedded query sees the release, unless --default-graph or --store-default-graph says
    otherwise. Exit 0 on success, 2 when the query does not parse (its line and column on
    stderr), cannot be found, or fails, or when the endpoint is down, unreachable or unauthorised.
    """
    from firesld.queries import format_result, get_query, run_query

    if endpoint is None and (default_graphs or store_default_graph or user):
        raise click.UsageError(
            "--default-graph, --store-default-graph and --user go with --endpoint"
        )
    if default_graphs and store_default_graph:
        raise click.UsageError("--default-graph and --store-default-graph exclude each other")
    hint = None
    try:
        example = get_query(query_ref)
        if endpoint is None:
            result = run_query(
                example,
                timeout=timeout,
                max_rows=max_rows,
                allow_service=allow_service,
                max_memory_mb=max_memory_mb,
            )
        else:
            from firesld.store import Credentials, RetryPolicy, query_store

            credentials = None if user is None else Credentials.from_environment(user, scheme=auth)
            answer = query_store(
                example,
                endpoint,
                default_graphs=() if store_default_graph else (default_graphs or None),
                credentials=credentials,
                policy=RetryPolicy(timeout=timeout, retries=retries),
                notify=_notify,
                max_rows=max_rows,
                max_bytes=max_result_bytes,
            )
            result, hint = answer.result, answer.hint
    except FiresldError as err:
        _fail(err)
    click.echo(format_result(result, fmt, prefixes=example.prefixes), nl=False)
    if hint is not None:
        click.echo(f"firesld: {hint}", err=True)


@main.command()
@click.option(
    "--endpoint",
    metavar="URL",
    required=True,
    help="The store's Graph Store Protocol endpoint: Oxigraph http://HOST:7878/store, Fuseki "
    "http://HOST:3030/DATASET/data, GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service, "
    "Virtuoso http://HOST:8890/sparql-graph-crud-auth.",
)
@click.option(
    "--graph",
    metavar="IRI",
    default=None,
    help=f"The named graph to load firesld.nt into [default: https://w3id.org/firesld/graph/{VERSION}].",
)
@click.option(
    "--named-graphs",
    is_flag=True,
    help="Load firesld.nq into the release's own graphs (ontology, imports, data, claims) instead.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Replace graphs that hold triples (staged, counted, then swapped in one SPARQL Update).",
)
@click.option(
    "--upload",
    "upload_mode",
    type=click.Choice(UPLOAD_MODES),
    default="auto",
    show_default=True,
    help="auto: into an empty graph in one request on Oxigraph (which loads a request as one "
    "transaction), staged otherwise; staged: always through a staging graph, counted, then "
    "swapped in; direct: one request into empty graphs on any store (if it loads a request all "
    "or nothing).",
)
@click.option(
    "--query-endpoint",
    metavar="URL",
    default=None,
    help="The store's SPARQL query endpoint [default: derived from --endpoint].",
)
@click.option(
    "--update-endpoint",
    metavar="URL",
    default=None,
    help="The store's SPARQL update endpoint [default: derived from --endpoint].",
)
@USER_OPTION
@AUTH_OPTION
@TIMEOUT_OPTION
@RETRIES_OPTION
def load(
    endpoint: str,
    graph: str | None,
    named_graphs: bool,
    replace: bool,
    upload_mode: str,
    query_endpoint: str | None,
    update_endpoint: str | None,
    user: str | None,
    auth: str,
    timeout: float,
    retries: int,
) -> None:
    """Upload the release into a triple store and check the store's triple count.

    Into an empty graph on Oxigraph, the release goes in one request, which Oxigraph loads as one
    transaction; otherwise it goes into a staging graph, is counted there, and is moved onto the
    target graph with one SPARQL Update. Either way the target never holds part of it, and a
    wrong count leaves the target as it was. Exit 0 when the store holds
    exactly the release's triples; 2 when the store is down, unreachable or unauthorised, the
    graph already holds triples (without --replace), or a count differs.
    """
    from firesld.store import Credentials, Endpoints, RetryPolicy, display_url, load_release

    if graph is not None and named_graphs:
        raise click.UsageError("--graph and --named-graphs exclude each other")
    try:
        endpoints = Endpoints.from_store_url(endpoint, query=query_endpoint, update=update_endpoint)
        credentials = None if user is None else Credentials.from_environment(user, scheme=auth)
        result = load_release(
            endpoints,
            graph=graph,
            named_graphs=named_graphs,
            replace=replace,
            credentials=credentials,
            policy=RetryPolicy(timeout=timeout, retries=retries),
            notify=_notify,
            upload=upload_mode,
        )
    except FiresldError as err:
        _fail(err)
    for loaded in result.graphs:
        was = f" (replaced {loaded.previous})" if loaded.previous else ""
        click.echo(f"<{loaded.graph}>: {loaded.triples} triples on the server = release{was}")
    verb = "replaced" if result.replaced else "loaded"
    click.echo(
        f"{verb} {result.triples} triples in {len(result.graphs)} graph(s) at "
        f"{display_url(endpoints.store)} in {result.seconds:.1f} s ({result.upload})"
    )


@main.command()
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=7878,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--bind",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (a non-loopback one, such as 0.0.0.0, needs --allow-remote).",
)
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow a --bind address other machines can reach (the endpoint is then public).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=30.0,
    show_default=True,
    help="Seconds a query may run on the endpoint.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let queries on the endpoint call other endpoints with SERVICE (refused by default: "
    "the server would send requests wherever a query says).",
)
@click.option(
    "--max-result-bytes",
    type=click.IntRange(min=1),
    default=SERVE_MAX_RESULT_BYTES,
    show_default=True,
    help="Bytes an answer of the endpoint may hold; past them the query is stopped and the "
    "client gets HTTP 400 (FLD-QUERY-SIZE).",
)
@click.option(
    "--max-queries",
    type=click.IntRange(min=1),
    default=SERVE_MAX_QUERIES,
    show_default=True,
    help="Queries the endpoint runs at once; more get HTTP 503 (FLD-QUERY-BUSY), so the "
    "answers in memory stay under this times --max-result-bytes.",
)
def serve(
    port: int,
    bind: str,
    allow_remote: bool,
    timeout: float,
    allow_service: bool,
    max_result_bytes: int,
    max_queries: int,
) -> None:
    """Serve the release as a local read-only SPARQL endpoint, and its IRIs, until Ctrl-C.

    Loads the release into a temporary Oxigraph store with `oxigraph load` and runs `oxigraph
    serve-read-only` (the server extra); the default graph is the union of the named graphs.
    Every firesld IRI path (/entity/…, /claim/…, /vocab/…, /firesld.owl …) answers with its page,
    or its Turtle, N-Triples or JSON-LD by Accept (the site of `firesld site`).
    Exit 0 when stopped by Ctrl-C or SIGTERM, 2 when the server cannot start.
    """
    import signal

    from firesld.errors import EndpointError
    from firesld.site.server import FrontServer, serve_with_site
    from firesld.store import is_loopback

    if not is_loopback(bind):
        if not allow_remote:
            _fail(
                EndpointError(
                    f"FLD-SERVE-REMOTE: --bind {bind} opens the endpoint to other machines; "
                    "pass --allow-remote to do so, or bind 127.0.0.1"
                )
            )
        click.echo(
            f"firesld: warning: --bind {bind}: the endpoint is reachable from other machines",
            err=True,
        )

    def ready(server: FrontServer) -> None:
        for folder in server.stale_removed:
            click.echo(f"firesld: removed {folder}, left by a serve that died", err=True)
        click.echo(f"SPARQL endpoint: {server.query_url}")
        click.echo(f"YASGUI: {server.url}")
        click.echo(f"Pages: {server.url}index.html")
        click.echo(
            f"serving {server.triples} triples read-only from {server.directory}; Ctrl-C to stop",
            err=True,
        )

    try:
        signum = serve_with_site(
            bind=bind,
            port=port,
            on_ready=ready,
            query_timeout=timeout,
            allow_service=allow_service,
            max_result_bytes=max_result_bytes,
            max_queries=max_queries,
            on_restart=lambda line: click.echo(f"firesld: warning: {line}", err=True),
        )
    except FiresldError as err:
        _fail(err)
    click.echo(f"stopped ({signal.Signals(signum).name}); temporary store removed", err=True)


@main.command()
@ROOT_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("site"),
    show_default=True,
    help="The folder to write the site into (replaced as a whole).",
)
@click.option(
    "--w3id-target",
    default=None,
    metavar="URL",
    help="The URL the site is published at (ending in /): writes w3id.htaccess, the redirect "
    "rules for the w3id.org registry, pointing there.",
)
@click.option(
    "--base-path",
    default="/",
    show_default=True,
    help="The URL path the site is served under (for the 404 page in .htaccess).",
)
@click.option(
    "--yasgui",
    default="http://127.0.0.1:7878/",
    show_default=True,
    help="The `firesld serve` URL the query pages open their query in.",
)
def site(
    root: Path | None, output: Path, w3id_target: str | None, base_path: str, yasgui: str
) -> None:
    """Write the static website of the release: a page per entity, claim, term and query.

    Made from the release graph (exports/firesld.trig); byte-reproducible; works from file://.
    """
    from firesld.build import find_checkout
    from firesld.constants import package_layout
    from firesld.site.build import build_site, write_site

    for name, value in (("--w3id-target", w3id_target), ("--base-path", base_path)):
        if value is not None and not value.endswith("/"):
            raise click.BadParameter(f"must end with '/': {value}", param_hint=name)
    try:
        layout = find_checkout(root) if root is not None or Path("schema").is_dir() else None
        files = build_site(
            layout or package_layout(), yasgui=yasgui, base_path=base_path, w3id_target=w3id_target
        )
        write_site(files, output)
    except FiresldError as err:
        _fail(err)
    pages = sum(1 for name in files if name.endswith(".html"))
    click.echo(f"wrote {len(files)} files ({pages} pages) into {output}")


@main.command()
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FIGURE_FORMATS),
    default="svg",
    show_default=True,
    help="Output: an SVG picture, or a Mermaid flowchart.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the figure to this file (atomically) instead of stdout.",
)
@click.option(
    "--data",
    "data",
    type=click.Path(dir_okay=False, path_type=Path),
    multiple=True,
    metavar="FILE",
    help="Draw from this RDF file (Turtle, N-Triples, JSON-LD, TriG, N-Quads) instead of the "
    "release; repeat for several (e.g. the release and new claims).",
)
@click.option(
    "--write",
    is_flag=True,
    help="Write docs/figure1.svg and the Mermaid block of README.md in the checkout (--root), "
    "drawn from the checkout's exports/ (or --data).",
)
@ROOT_OPTION
def figure(
    fmt: str, output: Path | None, data: tuple[Path, ...], write: bool, root: Path | None
) -> None:
    """Draw the review's Figure 1 from the claims that name one of its panels (1A, 1B, 1C).

    Each claim is an arrow from its subject to its object, labelled with its predicate: solid when
    asserted, dashed when hedged, red and marked ✗ when negated. Exit 0 on success, 1 when the
    graph has no claim to draw, 2 when a file cannot be read or parsed (nothing is written then).
    """
    from firesld.figure import (
        build_figure,
        load_graph_files,
        render_mermaid,
        render_svg,
        write_figure,
        write_file,
    )

    if root is not None and not write:
        raise click.UsageError("--root goes with --write")
    try:
        layout = None
        if write:
            from firesld.build import find_checkout

            layout = find_checkout(root)
        if data:
            store = load_graph_files(data)
        elif layout is not None:
            from firesld.queries import load_release_store

            store = load_release_store(layout)
        else:
            store = None
        drawing = build_figure(store)
        text = render_svg(drawing) if fmt == "svg" else render_mermaid(drawing)
        written: list[Path] = []
        unchanged: list[Path] = []
        if layout is not None:
            written, unchanged = write_figure(layout, drawing)
        if output is not None:
            write_file(output, text.encode())
    except FiresldError as err:
        _fail(err)
    if layout is not None:
        for path in written:
            click.echo(f"wrote {path.relative_to(layout.root)}")
        for path in unchanged:
            click.echo(f"{path.relative_to(layout.root)} unchanged")
    if output is not None:
        click.echo(f"wrote {output}", err=True)
    elif layout is None:
        click.echo(text, nl=False)
    click.echo(drawing.summary, err=True)


@main.command("get")
@click.argument("identifier")
def get_command(identifier: str) -> None:
    """Print the record of an entity or a claim as JSON.

    IDENTIFIER is a CURIE in any case (HGNC:5992, hgnc:5992) or an IRI: firesld's, an OBO PURL,
    identifiers.org (old or new form), Bio2RDF, purl.uniprot.org, n2t.net or bioregistry.io.
    Exit 1 when the release has no such entity or claim, or the form is not one firesld knows
    (the message lists the accepted forms).
    """
    from firesld.api import NotFoundError, get, get_claim

    try:
        try:
            record: Any = get(identifier)
        except NotFoundError as not_entity:
            try:
                record = get_claim(identifier)
            except NotFoundError:
                raise not_entity from None
    except FiresldError as err:
        _fail(err)
    click.echo(json.dumps(record.model_dump(mode="json", exclude_none=True), ensure_ascii=False))


@main.command("claims")
@click.option("--subject", metavar="ID", help="The subject entity (any form `firesld get` takes).")
@click.option("--object", "object_", metavar="ID", help="The object entity (any form).")
@click.option("--predicate", metavar="NAME", help="treats, biolink:treats, an IRI ….")
@click.option("--certainty", metavar="NAME", help="asserted or hedged.")
@click.option("--evidence", metavar="NAME", help="An ECO CURIE or the schema's name.")
def claims_command(
    subject: str | None,
    object_: str | None,
    predicate: str | None,
    certainty: str | None,
    evidence: str | None,
) -> None:
    """List the claims matching every filter: id, subject, predicate, object, certainty (TSV).

    Exit 1 when a filter names nothing in the release or an identifier form firesld does not know.
    """
    from firesld.api import claims

    try:
        found = claims(
            subject=subject,
            object=object_,
            predicate=predicate,
            certainty=certainty,
            evidence=evidence,
        )
    except FiresldError as err:
        _fail(err)
    for claim in found:
        cells = (claim.id, claim.subject, claim.predicate, claim.object, claim.certainty)
        click.echo("\t".join("" if c is None else str(getattr(c, "value", c)) for c in cells))
