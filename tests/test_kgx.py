"""The KGX export: Biolink nodes and edges that kgx's own validator accepts and reads back.

kgx and firesld's build extra pin different versions of their dependencies, so kgx lives in a venv
of its own, made once and reused (``$FIRESLD_KGX_VENV``, by default ``~/.cache/firesld-kgx-venv``),
and runs ``tests/kgx_validate.py`` as a subprocess. Creating the venv installs kgx from PyPI (about
two minutes on a clean machine); later runs only start it.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Graph

import firesld
from firesld.kgx import (
    BIOLINK_PREFIXES,
    EDGE_COLUMNS,
    INFORES,
    INFORES_NOTE,
    KGX_FILES,
    NODE_COLUMNS,
    get_kgx,
    serialize_kgx,
)
from firesld.model import Model
from firesld.records import get_release_records
from tests.constants import LAYOUT, REPO, TESTS
from tests.venvs import tool_venv

EXPORTS = LAYOUT.exports_dir

#: What the kgx venv installs: pinned, so the validator's verdict does not drift with new releases.
KGX_REQUIREMENTS = ("kgx==2.6.0", "bmt==1.5.0", "biolink-model==4.4.6")

#: Properties kgx adds while reading (its own provenance defaults), not in the files.
KGX_ADDED = {"knowledge_source"}


def _jsonl(name: str) -> list[dict[str, Any]]:
    """Read a committed JSON Lines file."""
    text = (EXPORTS / KGX_FILES[name]).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def _tsv(name: str) -> list[dict[str, Any]]:
    """Read a committed KGX TSV file the KGX way: lists split on ``|``, empty cells absent."""
    lines = (EXPORTS / KGX_FILES[name]).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    list_columns = {"category", "synonym", "xref", "provided_by", "publications"}
    list_columns |= {"has_evidence", "supporting_text"}
    records = []
    for line in lines[1:]:
        record: dict[str, Any] = {}
        for column, cell in zip(header, line.split("\t"), strict=True):
            if column == "negated":  # the one boolean: empty is false
                assert cell in ("true", ""), cell
                record[column] = cell == "true"
            elif cell == "":
                continue
            elif column in list_columns:
                record[column] = cell.split("|")
            else:
                record[column] = cell
        records.append(record)
    return records


def test_every_edge_end_is_a_node() -> None:
    """Each edge's subject and object are nodes of the nodes file (TSV and JSON Lines)."""
    for nodes_name, edges_name in (("nodes-tsv", "edges-tsv"), ("nodes-jsonl", "edges-jsonl")):
        nodes = _tsv(nodes_name) if nodes_name.endswith("tsv") else _jsonl(nodes_name)
        edges = _tsv(edges_name) if edges_name.endswith("tsv") else _jsonl(edges_name)
        ids = {node["id"] for node in nodes}
        assert len(ids) == len(nodes)
        assert edges
        for edge in edges:
            assert edge["subject"] in ids, edge["id"]
            assert edge["object"] in ids, edge["id"]


def test_tsv_and_jsonl_hold_the_same_records() -> None:
    """The TSV pair and the JSON Lines pair are the same nodes and edges."""
    assert _tsv("nodes-tsv") == _jsonl("nodes-jsonl")
    assert _tsv("edges-tsv") == _jsonl("edges-jsonl")


def test_headers_and_order() -> None:
    """The TSV headers are the documented columns; records are sorted by id."""
    for name, columns in (("nodes-tsv", NODE_COLUMNS), ("edges-tsv", EDGE_COLUMNS)):
        text = (EXPORTS / KGX_FILES[name]).read_text(encoding="utf-8")
        assert text.splitlines()[0].split("\t") == list(columns)
        ids = [line.split("\t", 1)[0] for line in text.splitlines()[1:]]
        assert ids == sorted(ids)
    for name in ("nodes-jsonl", "edges-jsonl"):
        for record in _jsonl(name):
            columns = NODE_COLUMNS if name.startswith("nodes") else EDGE_COLUMNS
            assert list(record) == [c for c in columns if c in record]


def test_committed_files_are_what_the_release_graph_gives(model: Model) -> None:
    """The committed KGX files are the serialisation of the committed release graph."""
    graph = Graph().parse(LAYOUT.release_nt, format="nt")
    for path, content in serialize_kgx(get_release_records(graph, model)).items():
        assert (EXPORTS / path).read_bytes() == content, path


def test_edges_are_the_claims_with_biolink_ends() -> None:
    """Every claim with an object and Biolink-named ends is an edge; the others are accounted for."""
    claims = {c.id: c for c in firesld.claims()}
    edges = {edge["id"]: edge for edge in _jsonl("edges-jsonl")}
    nodes = {node["id"] for node in _jsonl("nodes-jsonl")}
    for claim_id, claim in claims.items():
        expected = claim.object is not None and {claim.subject, claim.object} <= nodes
        assert (claim_id in edges) == expected, claim_id
    assert set(edges) <= set(claims)
    assert {n.split(":")[0] for n in nodes} <= BIOLINK_PREFIXES


def test_edges_keep_provenance_and_certainty() -> None:
    """Knowledge level, agent, source, publications, evidence, text and certainty are all there."""
    claims = {c.id: c for c in firesld.claims()}
    for edge in _jsonl("edges-jsonl"):
        claim = claims[edge["id"]]
        assert edge["primary_knowledge_source"] == INFORES
        assert edge["knowledge_source_note"] == INFORES_NOTE
        assert edge["category"] == ["biolink:Association"]
        assert edge["knowledge_level"] == claim.knowledge_level
        assert edge["agent_type"] == "manual_agent"
        assert edge["certainty"] == claim.certainty
        assert edge["publications"][0] == "firesld.pub:review"
        cited = [f"firesld.pub:ref-{n}" for n in claim.reference_numbers or []]
        assert edge["publications"][1:] == cited
        assert edge["has_evidence"][0].startswith("ECO:")
        assert edge["supporting_text"] == claim.supporting_text_zh + claim.supporting_text_en
        assert edge["negated"] is bool(claim.negated)
        if claim.certainty == "hedged":
            assert edge["knowledge_level"] == "prediction"
        assert edge["predicate"].startswith("biolink:")
        if "original_predicate" in edge:
            assert edge["predicate"] == "biolink:related_to"
            assert edge["original_predicate"].startswith("firesld:")
    hedged = [e for e in _jsonl("edges-jsonl") if e["certainty"] == "hedged"]
    assert hedged


def _yaml_claims() -> dict[str, dict[str, Any]]:
    """Read the curated claims straight from data/claims/*.yaml (not through firesld)."""
    claims: dict[str, dict[str, Any]] = {}
    for path in sorted((REPO / "data" / "claims").glob("*.yaml")):
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
            claims[claim["id"]] = claim
    return claims


def _predicate_meanings() -> dict[str, str]:
    """Read the schema's PredicateEnum: name to meaning CURIE (``treats`` → ``biolink:treats``)."""
    schema = yaml.safe_load((REPO / "schema" / "firesld.yaml").read_text(encoding="utf-8"))
    values = schema["enums"]["PredicateEnum"]["permissible_values"]
    return {name: value["meaning"] for name, value in values.items()}


@pytest.mark.parametrize("pair", ["tsv", "jsonl"])
def test_every_edge_is_its_curated_claim(pair: str) -> None:
    """Each edge's subject, predicate, object, negation and knowledge level are its claim's YAML.

    The claims and the predicate meanings are read from data/ and schema/ with PyYAML alone; an
    edge of a predicate that is not Biolink's is ``biolink:related_to`` with the firesld predicate
    in ``original_predicate``. Every curated claim with an object whose two ends are nodes is an
    edge.
    """
    claims = _yaml_claims()
    meanings = _predicate_meanings()
    edges = _tsv("edges-tsv") if pair == "tsv" else _jsonl("edges-jsonl")
    nodes = {n["id"] for n in (_tsv("nodes-tsv") if pair == "tsv" else _jsonl("nodes-jsonl"))}
    assert len(edges) == len({e["id"] for e in edges})
    for edge in edges:
        claim = claims[edge["id"]]
        assert (edge["subject"], edge["object"]) == (claim["subject"], claim["object"]), edge["id"]
        meaning = meanings[claim["predicate"]]
        if meaning.startswith("biolink:"):
            assert edge["predicate"] == meaning, edge["id"]
            assert "original_predicate" not in edge, edge["id"]
        else:
            assert edge["predicate"] == "biolink:related_to", edge["id"]
            assert edge["original_predicate"] == meaning, edge["id"]
        assert edge["negated"] is claim.get("negated", False), edge["id"]
        assert edge["certainty"] == claim["certainty"], edge["id"]
        assert edge["knowledge_level"] == claim["knowledge_level"], edge["id"]
        assert edge["agent_type"] == claim["agent_type"], edge["id"]
        if claim["certainty"] == "hedged":
            assert edge["knowledge_level"] == "prediction", edge["id"]
    expected = {
        cid
        for cid, claim in claims.items()
        if claim.get("object") is not None and {claim["subject"], claim["object"]} <= nodes
    }
    assert {e["id"] for e in edges} == expected
    negated = [e["id"] for e in edges if e["negated"]]
    assert negated and len(negated) < len(edges)


def test_nodes_have_biolink_categories_and_say_the_source_is_unregistered() -> None:
    """Every node has a Biolink category, a name, and the infores note."""
    for node in _jsonl("nodes-jsonl"):
        assert node["category"][0].startswith("biolink:")
        assert node["name"]
        assert node["provided_by"] == [INFORES]
        assert "not registered" in node["knowledge_source_note"]


def test_readme_counts_are_the_release_counts(model: Model) -> None:
    """exports/README.md states how many entities and claims KGX keeps; the numbers are current."""
    graph = Graph().parse(LAYOUT.release_nt, format="nt")
    release = get_release_records(graph, model)
    kgx = get_kgx(release)
    readme = (EXPORTS / "README.md").read_text(encoding="utf-8")
    stated = (
        f"{len(kgx.nodes)} of {len(release.entities)} entities are nodes, "
        f"{len(kgx.edges)} of {len(release.claims)} claims\n  are edges "
        f"({len(kgx.claims_without_object)} claims have no object, "
        f"{len(kgx.claims_with_local_end)} have an end with a firesld id)"
    )
    assert " ".join(stated.split()) in " ".join(readme.split())


# ------------------------------------------------------------------------ kgx's own validator


@pytest.fixture(scope="session")
def kgx_python() -> Path:
    """Return the Python of a venv with kgx, creating the venv the first time."""
    return tool_venv("kgx", "FIRESLD_KGX_VENV", KGX_REQUIREMENTS)


def _validate(python: Path, fmt: str, nodes: Path, edges: Path) -> dict[str, Any]:
    """Run kgx's validator on a nodes/edges pair and return its report (see kgx_validate.py)."""
    result = subprocess.run(
        [str(python), str(TESTS / "kgx_validate.py"), "read", fmt, str(nodes), str(edges)],
        capture_output=True,
        text=True,
        cwd=nodes.parent,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def _as_read(record: dict[str, Any]) -> dict[str, Any]:
    """Normalise a record as kgx holds it: without its added properties, lists sorted."""
    return {
        k: sorted(v) if isinstance(v, list) else v for k, v in record.items() if k not in KGX_ADDED
    }


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["tsv", "jsonl"])
def test_kgx_validator_accepts_the_files_and_reads_them_back(kgx_python: Path, fmt: str) -> None:
    """The kgx validator finds no error and no warning in the files, and reads every record."""
    report = _validate(
        kgx_python,
        fmt,
        EXPORTS / KGX_FILES[f"nodes-{fmt}"],
        EXPORTS / KGX_FILES[f"edges-{fmt}"],
    )
    assert re.fullmatch(r"4\.\d+\.\d+", report["biolink_version"])
    assert report["validator"] == {}, json.dumps(report["validator"], indent=1)[:3000]
    assert report["reader"] == {}, json.dumps(report["reader"], indent=1)[:3000]
    nodes = {n["id"]: _as_read(n) for n in _jsonl("nodes-jsonl")}
    edges = {e["id"]: _as_read(e) for e in _jsonl("edges-jsonl")}
    read_nodes = {n["id"]: _as_read(n) for n in report["nodes"]}
    # kgx, as Biolink, reads an absent `negated` as false (the TSV leaves a false one empty)
    read_edges = {e["id"]: _as_read({"negated": False, **e}) for e in report["edges"]}
    assert len(report["nodes"]) == len(nodes)
    assert len(report["edges"]) == len(edges)
    assert read_nodes == nodes
    assert read_edges == edges
    # the knowledge level and agent type are values of the installed Biolink model's enums
    levels = set(report["enums"]["KnowledgeLevelEnum"])
    agents = set(report["enums"]["AgentTypeEnum"])
    assert {"prediction", "knowledge_assertion", "observation"} <= levels
    assert "manual_agent" in agents
    for edge in read_edges.values():
        assert edge["knowledge_level"] in levels, edge["id"]
        assert edge["agent_type"] in agents, edge["id"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["tsv", "jsonl"])
def test_kgx_validate_command_passes_offline(kgx_python: Path, fmt: str) -> None:
    """`kgx validate` itself (kgx's command line), against the installed Biolink model, exits 0.

    kgx_validate.py only configures bmt and kgx with the installed model and contexts and refuses
    any connection off the machine, then hands the arguments to kgx's command line.
    """
    result = _kgx_cli(
        kgx_python, fmt, EXPORTS / KGX_FILES[f"nodes-{fmt}"], EXPORTS / KGX_FILES[f"edges-{fmt}"]
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "network use refused" not in result.stderr
    assert result.stderr.rstrip().endswith("{}")  # the report: no message at any level


def _kgx_cli(python: Path, fmt: str, nodes: Path, edges: Path) -> subprocess.CompletedProcess[str]:
    """Run `kgx validate -i FMT NODES EDGES` through kgx_validate.py's offline configuration."""
    return subprocess.run(
        [str(python), str(TESTS / "kgx_validate.py"), "cli", fmt, str(nodes), str(edges)],
        capture_output=True,
        text=True,
        cwd=nodes.parent,
    )


@pytest.mark.slow
def test_kgx_validator_reports_a_bad_file(kgx_python: Path, tmp_path: Path) -> None:
    """The meta-test: an unknown category and predicate are errors, so a clean report means it."""
    nodes = tmp_path / "bad_nodes.tsv"
    edges = tmp_path / "bad_edges.tsv"
    nodes.write_text(
        "id\tcategory\tname\nHGNC:6000\tbiolink:Gen\tIL1RN\nMONDO:0015584\tbiolink:Disease\tFIRES\n",
        encoding="utf-8",
    )
    edges.write_text(
        "id\tsubject\tpredicate\tobject\tknowledge_level\tagent_type\n"
        "x:1\tHGNC:6000\tbiolink:cures\tMONDO:0015584\tknowledge_assertion\tmanual_agent\n",
        encoding="utf-8",
    )
    report = _validate(kgx_python, "tsv", nodes, edges)
    errors = report["validator"]["ERROR"]
    assert "INVALID_CATEGORY" in errors
    assert "INVALID_EDGE_PREDICATE" in errors
    result = _kgx_cli(kgx_python, "tsv", nodes, edges)
    assert result.returncode == 1
    assert "INVALID_CATEGORY" in result.stderr
    assert "INVALID_EDGE_PREDICATE" in result.stderr


@pytest.mark.slow
def test_kgx_reads_a_tsv_false_as_true(kgx_python: Path, tmp_path: Path) -> None:
    """Why the TSV leaves a false `negated` empty: kgx 2.6.0 reads the text `false` as true.

    Three edges, `negated` written `true`, `false` and empty; kgx reads true, TRUE, and nothing.
    """
    nodes = tmp_path / "nodes.tsv"
    edges = tmp_path / "edges.tsv"
    nodes.write_text(
        "id\tcategory\tname\nHGNC:5992\tbiolink:Gene\tIL1B\n"
        "MONDO:0015584\tbiolink:Disease\tFIRES\n",
        encoding="utf-8",
    )
    rows = [
        f"x:{n}\tHGNC:5992\tbiolink:gene_associated_with_condition\tMONDO:0015584\t"
        f"knowledge_assertion\tmanual_agent\t{negated}"
        for n, negated in enumerate(("true", "false", ""))
    ]
    edges.write_text(
        "id\tsubject\tpredicate\tobject\tknowledge_level\tagent_type\tnegated\n"
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    report = _validate(kgx_python, "tsv", nodes, edges)
    read = {e["id"]: e.get("negated") for e in report["edges"]}
    assert read == {"x:0": True, "x:1": True, "x:2": None}
