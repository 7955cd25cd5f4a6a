"""The SPARQL examples: each runs on the embedded release and gives its hand-written answer."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner

from firesld.cli import main
from firesld.errors import QueryError
from firesld.queries import (
    FORMATS,
    ExampleQuery,
    QueryResult,
    QuerySyntaxError,
    format_result,
    get_query,
    list_queries,
    load_release_store,
    run_query,
)
from tests.constants import LAYOUT, REPO

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {
    XSD + name
    for name in (
        "integer decimal double float long int short byte nonNegativeInteger positiveInteger "
        "negativeInteger nonPositiveInteger unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
}

EXAMPLES = list_queries(LAYOUT)
RUNNABLE = [q for q in EXAMPLES if not q.federated]


@pytest.fixture(scope="module")
def store() -> Any:
    """Load the committed release once for the module."""
    return load_release_store(LAYOUT)


#: The hand-written answers: ``queries/expected/<name>.txt`` (not the code's output format).
EXPECTED_DIR = LAYOUT.queries_dir / "expected"
#: CURIE prefixes of the schema, longest namespace first, to write IRIs as the answers do.
PREFIXES = sorted(
    yaml.safe_load((REPO / "schema" / "firesld.yaml").read_text(encoding="utf-8"))[
        "prefixes"
    ].items(),
    key=lambda item: -len(item[1]),
)


def hand_answer(example: ExampleQuery) -> tuple[list[str], list[str]]:
    """Read an example's hand-written answer: its variables and its rows, sorted.

    The file has ``#`` comment lines, one line of variables (``?a ?b``), then one row per line, the
    cells joined by `` | ``: a CURIE for an IRI, ``text@lang`` for a language-tagged string, a
    number by value, ``true``/``false``, ``_`` when unbound. An ASK answer is one line, ``true`` or
    ``false``, with no variables line.
    """
    path = example.expected_path
    assert path is not None and path.is_file(), f"{example.name}: write {path} by hand"
    lines = [
        line.rstrip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    if lines[0].startswith("?"):
        return lines[0].split(), sorted(lines[1:])
    return [], lines


def cell(term: Any) -> str:
    """Write one result term as the hand-written answers do."""
    if term is None:
        return "_"
    if isinstance(term, ox.NamedNode):
        for name, namespace in PREFIXES:
            if term.value.startswith(namespace):
                return f"{name}:{term.value.removeprefix(namespace)}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return "_:b"
    if term.language:
        return f"{term.value}@{term.language.lower()}"
    if term.datatype.value in NUMERIC:
        return f"{Decimal(term.value).normalize():f}"
    if term.datatype.value == XSD + "boolean":
        return str(term.value in ("true", "1")).lower()
    return str(term.value)


def answer_of(result: QueryResult) -> tuple[list[str], list[str]]:
    """Write a query's result as its variables and its rows, sorted, in the hand-written form."""
    if result.form == "ask":
        return [], [str(result.boolean).lower()]
    rows = [" | ".join(cell(term) for term in row) for row in result.rows]
    return [f"?{name}" for name in result.variables], sorted(rows)


def test_there_are_at_least_15_runnable_examples() -> None:
    """The issue asks for at least 15 examples with hand-written answers."""
    assert len(RUNNABLE) >= 15, [q.name for q in RUNNABLE]


@pytest.mark.parametrize("example", RUNNABLE, ids=lambda q: q.name)
def test_example_gives_its_hand_written_answer(example: ExampleQuery, store: Any) -> None:
    """The query's result, as a set of rows, is the answer written by hand from the review."""
    assert answer_of(run_query(example, store)) == hand_answer(example)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda q: q.name)
def test_example_follows_the_conventions(example: ExampleQuery) -> None:
    """Each example states its question, declares its prefixes, and orders a SELECT."""
    assert example.question.endswith("?"), f"{example.name}: the header's first line is a question"
    assert example.prefixes, f"{example.name}: declare its own PREFIXes"
    if example.form == "select":
        assert example.ordered, f"{example.name}: a SELECT ends with ORDER BY"
        assert example.body.rstrip().splitlines()[-1].upper().startswith("ORDER BY")


def test_federated_example_is_published_but_not_run() -> None:
    """The Wikidata join is an example with its endpoint, skipped by the answer test."""
    example = get_query("wikidata-federated", LAYOUT)
    assert example.federated
    assert example.services == ("https://query.wikidata.org/sparql",)
    assert example not in RUNNABLE
    assert example.expected_path is not None and not example.expected_path.exists()


def test_every_expected_answer_has_its_query() -> None:
    """No stray answer without a query, and no answer in the code's own SPARQL JSON form."""
    names = {q.name for q in EXAMPLES}
    for path in EXPECTED_DIR.glob("*"):
        assert path.suffix == ".txt" and path.stem in names, path.name
    assert list(LAYOUT.queries_dir.glob("*.srj")) == []


def test_rows_compare_as_a_set_of_written_rows() -> None:
    """Row order does not matter; IRIs become CURIEs, numbers compare by value, tags lower-cased."""
    integer = ox.NamedNode(XSD + "integer")
    one = ox.Literal("1", datatype=integer)
    mondo = ox.NamedNode("http://purl.obolibrary.org/obo/MONDO_0015584")
    a = QueryResult("select", ("x", "y"), ((one, mondo), (None, ox.Literal("x", language="EN"))))
    b = QueryResult(
        "select",
        ("x", "y"),
        ((None, ox.Literal("x", language="en")), (ox.Literal("1.0", datatype=integer), mondo)),
    )
    assert answer_of(a) == answer_of(b) == (["?x", "?y"], ["1 | MONDO:0015584", "_ | x@en"])
    assert cell(ox.Literal("624.0", datatype=ox.NamedNode(XSD + "decimal"))) == "624"
    assert cell(ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))) == "true"


def test_syntax_error_names_line_and_column(store: Any) -> None:
    """A query that does not parse raises QuerySyntaxError with its line and column."""
    with pytest.raises(QuerySyntaxError) as info:
        run_query("SELECT ?x WHERE {\n  ?x ?y\n}", store)
    assert isinstance(info.value, QueryError)
    assert info.value.exit_code == 2
    assert (info.value.line, info.value.column) == (3, 2)
    assert "<query>:3:2: SPARQL syntax error" in str(info.value)


def test_unknown_query_name_lists_the_examples() -> None:
    """A name that is neither a file nor an example is a tool failure naming the examples."""
    with pytest.raises(QueryError, match="approved-indications"):
        get_query("no-such-example", LAYOUT)


def test_format_json_is_sparql_results(store: Any) -> None:
    """The json format is SPARQL 1.1 JSON results that parse back to the same rows."""
    result = run_query(get_query("approved-indications", LAYOUT), store)
    text = format_result(result, "json")
    parsed = ox.parse_query_results(text, format=ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    assert len(list(parsed)) == len(result.rows) == 9


def test_format_unknown_raises() -> None:
    """An unknown format is a QueryError."""
    with pytest.raises(QueryError, match="unknown format"):
        format_result(QueryResult("ask", boolean=True), "xml")


def test_ask_and_construct_are_supported(store: Any) -> None:
    """ASK gives a boolean; CONSTRUCT gives subject, predicate, object rows."""
    ask = run_query("ASK { <http://purl.obolibrary.org/obo/MONDO_0015584> ?p ?o }", store)
    assert ask.form == "ask" and ask.boolean is True
    assert format_result(ask, "table") == "true\n"
    graph = run_query(
        "CONSTRUCT { ?d <http://example.org/treats> ?x } WHERE "
        "{ ?d <https://w3id.org/biolink/vocab/treats> ?x . FILTER(isIRI(?d)) } ",
        store,
    )
    assert graph.form == "graph" and graph.variables == ("subject", "predicate", "object")
    assert graph.rows


# ------------------------------------------------------------------------------------ CLI


def test_cli_query_by_name_prints_a_table() -> None:
    """``firesld query NAME`` runs the example and prints a table with prefixed names."""
    result = CliRunner().invoke(main, ["query", "approved-indications"])
    assert result.exit_code == 0, result.output
    assert "CHEBI:231683" in result.stdout
    assert "IL-1Ra 缺乏疾病@zh" in result.stdout
    assert result.stdout.rstrip().endswith("(9 rows)")


def test_cli_query_by_path(tmp_path: Path) -> None:
    """``firesld query PATH`` runs a .rq file (here as SPARQL CSV, CRLF line ends)."""
    path = tmp_path / "fires.rq"
    path.write_text(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?label WHERE {\n"
        "  <http://purl.obolibrary.org/obo/MONDO_0015584> rdfs:label ?label .\n"
        '  FILTER(LANG(?label) = "zh")\n'
        "} ORDER BY ?label\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["query", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == "label\r\n发热感染相关性癫痫综合征\r\n".encode()


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("table", "?certainty"),
        ("csv", "certainty,negated,claims\nhttps://w3id.org/firesld/vocab/asserted,false,"),
        ("tsv", "?certainty\t?negated\t?claims\n<https://w3id.org/firesld/vocab/asserted>\t"),
        ("json", '{\n  "head": {\n    "vars": [\n      "certainty",'),
    ],
)
def test_cli_query_each_format(fmt: str, start: str) -> None:
    """Each ``--format`` writes its form on stdout (CliRunner shows CRLF line ends as LF)."""
    result = CliRunner().invoke(main, ["query", "hedged-vs-asserted", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(start)
    if fmt == "json":
        first = json.loads(result.stdout)["results"]["bindings"][0]
        assert first["certainty"] == {
            "type": "uri",
            "value": "https://w3id.org/firesld/vocab/asserted",
        }
        assert int(first["claims"]["value"]) > 0


def test_cli_query_syntax_error_exits_2_with_line_and_column(tmp_path: Path) -> None:
    """A query that does not parse: exit 2, one line on stderr with file, line and column."""
    path = tmp_path / "broken.rq"
    path.write_text(
        "# a typo on line 4\nSELECT ?x WHERE {\n  ?x ?y ?z\n  OPTINAL { ?x ?a ?b }\n}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["query", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"firesld: error: {path}:4:11: SPARQL syntax error: ")
    assert len(result.stderr.splitlines()) == 1


def test_cli_query_unknown_name_exits_2() -> None:
    """An unknown example name is a tool failure."""
    result = CliRunner().invoke(main, ["query", "no-such-example"])
    assert result.exit_code == 2
    assert "no such query file or example" in result.stderr


def test_cli_query_formats_are_the_registry() -> None:
    """``--format`` offers exactly the formats of ``firesld.queries.FORMATS``."""
    command = main.get_command(click.Context(main), "query")
    assert command is not None
    option = next(p for p in command.params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == list(FORMATS)
