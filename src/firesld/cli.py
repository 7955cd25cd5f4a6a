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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    VERSION, "-V", "--version", message=f"firesld %(version)s (data release {RELEASE_DATE})"
)
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Publish the IL-1β/IL-1R1-in-FIRES review as linked data."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


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
def build(root: Path | None, no_generate: bool) -> None:
    """Generate, validate the curated data, and write the release into exports/."""
    from firesld.build import BuildFailedError, find_checkout, run_build

    try:
        layout = find_checkout(root)
        result = run_build(layout, generate=not no_generate)
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
    for path in result.generated:
        click.echo(f"generated {path.relative_to(layout.root)}")
    for path in result.written:
        click.echo(f"wrote {path.relative_to(layout.root)}")
    counts = result.counts
    click.echo(
        f"release {VERSION}: {counts['records']} records, {counts['claims']} claims, "
        f"{counts['triples']} triples; {len(result.written)} export file(s) changed, "
        f"{len(result.unchanged)} unchanged"
    )
    for problem in result.report.problems:
        click.echo(problem.render(), err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--standalone", is_flag=True, help="Resolve references only within the given files.")
@click.option("--strict", is_flag=True, help="Ids missing from the import snapshot are errors.")
@click.option(
    "--no-reason", is_flag=True, help="Skip the OWL reasoner step (needs owlready2 and Java)."
)
@click.option(
    "--shacl-report",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write pySHACL's results graph (Turtle) to this file.",
)
@FORMAT_OPTION
def validate(
    paths: tuple[Path, ...],
    standalone: bool,
    strict: bool,
    no_reason: bool,
    shacl_report: Path | None,
    fmt: str,
) -> None:
    """Validate curated YAML (the package's own data by default).

    Exit 0 when the data conforms, 1 when it does not, 2 when the tool failed.
    """
    from firesld.problems import CHECKS
    from firesld.rdfio import write_atomic
    from firesld.validate import validate_paths

    try:
        checks = [c for c in CHECKS if not (no_reason and c == "owl")]
        report, n_records, n_files = validate_paths(
            paths, standalone=standalone, strict=strict, checks=checks
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


@main.command()
@click.argument("query_ref", metavar="QUERY")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output: an aligned table for people, or a SPARQL 1.1 results format (csv, tsv, json).",
)
def query(query_ref: str, fmt: str) -> None:
    """Run a SPARQL query (a .rq file or an example's name) on the embedded release.

    Exit 0 on success, 2 when the query does not parse (its line and column on stderr), cannot be
    found, or fails.
    """
    from firesld.queries import format_result, get_query, run_query

    try:
        example = get_query(query_ref)
        result = run_query(example)
    except FiresldError as err:
        _fail(err)
    click.echo(format_result(result, fmt, prefixes=example.prefixes), nl=False)
