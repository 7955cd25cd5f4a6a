"""The SSSOM export: the review's terms and firesld's ids mapped to authority ids, valid for sssom-py.

The expected rows are derived here from the curated YAML of ``data/entities/`` (read with PyYAML,
not through firesld), and the counts were counted by hand in those files.

sssom-py pins its own LinkML and SSSOM schema versions, so it lives in a venv of its own, made once
and reused (``$FIRESLD_SSSOM_VENV``, by default ``~/.cache/firesld-sssom-venv``), and runs
``tests/sssom_validate.py`` as a subprocess. Creating the venv installs sssom from PyPI (about a
minute or two on a clean machine); later runs only start it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Graph

from firesld.model import Model
from firesld.records import ReleaseRecords, get_release_records
from firesld.sssom import COLUMNS, SSSOM_FILE, get_sssom_rows, serialize_sssom
from firesld.version import RELEASE_DATE, VERSION
from tests.constants import LAYOUT, TESTS
from tests.venvs import tool_venv

EXPORTS = LAYOUT.exports_dir
SSSOM_PATH = EXPORTS / SSSOM_FILE

#: What the sssom venv installs: pinned, so the validator's verdict does not drift with new releases.
SSSOM_REQUIREMENTS = (
    "sssom==0.4.21",
    "sssom-schema==1.1.0a5",
    "linkml==1.12.1",
    "linkml-runtime==1.12.1",
    "curies==0.15.7",
    "pandas==3.1.1",
    "jsonschema==4.26.0",
)

#: SSSOM's built-in prefixes (the specification's table of IRI prefixes) and their expansions.
BUILT_IN = {
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "semapv": "https://w3id.org/semapv/vocab/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "sssom": "https://w3id.org/sssom/",
}

#: The SKOS property of each cross-reference slot (schema/firesld.yaml, the slots' slot_uri).
SLOT_PREDICATES = {
    "exact_matches": "skos:exactMatch",
    "close_matches": "skos:closeMatch",
    "related_matches": "skos:relatedMatch",
    "broad_matches": "skos:broadMatch",
    "narrow_matches": "skos:narrowMatch",
}

#: The data's licence (LICENSE-DATA: CC BY 4.0).
CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/"

#: Top-level keys of the entity files whose records are not terms (no SSSOM rows).
NOT_TERMS = {"publications", "studies"}

# Counted by hand in data/entities/*.yaml (publications.yaml and studies.yaml left out):
#
# entities: genes.yaml 14; gene_products.yaml 12 + groups.yaml 1 (interleukin-1); complexes.yaml 4
#   + groups.yaml 1 (anti-GABA-A receptor antibody); chemicals.yaml 7 chemical entities + 4 drugs
#   + 2 treatments (ketogenic diet; anakinra with the ketogenic diet), groups.yaml 4 chemical entities; diseases.yaml 17; phenotypes.yaml 9 + groups.yaml
#   3; cells_anatomy.yaml 9 cell types + 7 anatomical entities; processes.yaml 6 processes + 2
#   molecular functions, groups.yaml 1 process (GO:0002250); taxa.yaml 2; variants.yaml 6 (one record for the IL-1β and IL1RN
#   polymorphisms, issue 15). 14 + 13 + 5 + 17 + 17 + 12 + 16 + 9 + 2 + 6 = 111 entities, so 111
#   English-label rows;
# Chinese labels: every one of them has a label_zh (the subunit genes without one were removed as
#   background knowledge, issue 15), so 111 Chinese-term rows;
# cross-references: genes.yaml 14 NCBIGene exact + 2 UniProtKB related (SCN1A, SCN2A) = 16;
#   gene_products.yaml 1 (IL1RA_HUMAN close MeSH); complexes.yaml 1 (trimer close GO:0045323);
#   groups.yaml 8 (interleukin-1 narrow 2, IL-1Ra recombinant protein 1, anti-IL-1β antibody 1,
#   fusion protein 1, inflammatory molecules 1, anti-GABA-A receptor antibody 1, neurological
#   complications 1); chemicals.yaml 16 (anticonvulsant 1, anaesthetic 1, IL-1 axis antagonist 3,
#   IL-1R antagonist drug 3, anakinra 3, canakinumab 2, rilonacept 1, cannabidiol 1, ketogenic
#   diet 1); diseases.yaml 24 (FIRES 1, epilepsy 1, chronic epilepsy 1, Dravet 3, MS 2, RA 2,
#   CINCA 3, DIRA 2, AOSD 2, CAPS 2, periodic fever 1, pericarditis 2, sJIA 1, autoinflammatory
#   syndrome 1); phenotypes.yaml 5 (status epilepticus 1, epileptic encephalopathy 1, febrile
#   seizure 2, high fever 1); processes.yaml 5 (MyD88 signalling 3, GO:0005152 1, GO:0004908 1):
#   16 + 1 + 1 + 8 + 16 + 24 + 5 + 5 = 76 rows;
# firesld.entity ids: groups.yaml 7, chemicals.yaml 3, complexes.yaml 1, processes.yaml 1,
#   diseases.yaml 1, phenotypes.yaml 1, variants.yaml 6 = 20 sssom:NoTermFound rows.
ENGLISH_ROWS = 111
CHINESE_ROWS = 111
XREF_ROWS = 76
NO_TERM_ROWS = 20
ROW_COUNT = ENGLISH_ROWS + CHINESE_ROWS + XREF_ROWS + NO_TERM_ROWS  # 318

#: The prefixes the rows use, apart from SSSOM's built-in ones (skos, semapv, sssom).
USED_PREFIXES = {
    "CHEBI",
    "CHEMBL.COMPOUND",
    "CL",
    "DOID",
    "DRUGBANK",
    "GO",
    "HGNC",
    "HP",
    "MAXO",
    "MESH",
    "MONDO",
    "NCBIGene",
    "NCBITaxon",
    "OMIM",
    "UBERON",
    "UniProtKB",
    "firesld.entity",
    "firesld.pub",
    "orphanet",
}


# ------------------------------------------------------------------------ reading the files


def _read_sssom(path: Path) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Read an SSSOM/TSV file: the YAML of the ``#`` block, and the rows (quoted values unquoted)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    block = [line[1:] for line in lines if line.startswith("#")]
    assert lines[: len(block)] == ["#" + line for line in block], "the # block comes first"
    metadata: dict[str, Any] = yaml.safe_load("".join(block))
    reader = csv.DictReader(lines[len(block) :], delimiter="\t")
    return metadata, list(reader)


@pytest.fixture(scope="module")
def committed() -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Read the committed SSSOM file."""
    return _read_sssom(SSSOM_PATH)


@pytest.fixture(scope="module")
def curated() -> list[tuple[str, dict[str, Any]]]:
    """Read the entity records of data/entities/*.yaml with PyYAML: (top-level key, record)."""
    records = []
    for path in sorted((LAYOUT.data_dir / "entities").glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key, items in document.items():
            records += [(key, item) for item in items or []]
    return records


def _one(value: Any) -> str:
    """Return a YAML value that may be written as a one-item list as a string."""
    return str(value[0]) if isinstance(value, list) else str(value)


# ------------------------------------------------------------------------ the committed file


def test_committed_file_is_what_the_release_graph_gives(model: Model) -> None:
    """The committed file is the serialisation of the committed release graph, byte for byte."""
    graph = Graph().parse(LAYOUT.release_nt, format="nt")
    files = serialize_sssom(get_release_records(graph, model), model)
    assert list(files) == [SSSOM_FILE] == ["firesld.sssom.tsv"]
    assert SSSOM_PATH.read_bytes() == files[SSSOM_FILE]


def test_output_is_deterministic_and_independent_of_record_order(model: Model) -> None:
    """Two runs give the same bytes, and so does a release whose entities come in reverse order."""
    graph = Graph().parse(LAYOUT.release_nt, format="nt")
    release = get_release_records(graph, model)
    first = serialize_sssom(release, model)
    reversed_entities = dict(reversed(list(release.entities.items())))
    shuffled = dataclasses.replace(release, entities=reversed_entities)
    assert isinstance(shuffled, ReleaseRecords)
    assert serialize_sssom(release, model) == first == serialize_sssom(shuffled, model)
    assert get_sssom_rows(shuffled, model) == get_sssom_rows(release, model)


def test_layout_follows_the_canonical_sssom_tsv_rules(
    committed: tuple[dict[str, Any], list[dict[str, str]]],
) -> None:
    """UTF-8 without BOM, LF line ends, no blank line, header = columns, rows sorted on all columns."""
    raw = SSSOM_PATH.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw
    assert raw.endswith(b"\n")
    text = raw.decode("utf-8")
    assert "\n\n" not in text
    lines = text.splitlines()
    header = next(line for line in lines if not line.startswith("#"))
    assert header.split("\t") == list(COLUMNS)
    _, rows = committed
    keys = [tuple(row[c] for c in COLUMNS) for row in rows]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    for row in rows:
        assert None not in row, "a row with more cells than the header"
        assert all(value is not None for value in row.values()), "a row with fewer cells"


def test_row_count_and_kinds_are_the_hand_counts(
    committed: tuple[dict[str, Any], list[dict[str, str]]],
) -> None:
    """112 English labels, 105 Chinese terms, 80 cross-references, 14 no-term rows (see above)."""
    _, rows = committed
    assert len(rows) == ROW_COUNT == 318
    literal = [r for r in rows if r["subject_type"] == "rdfs literal"]
    assert all(r["subject_id"] == "" for r in literal)
    assert sum(r["subject_source"] == "firesld.pub:review" for r in literal) == CHINESE_ROWS
    assert sum(r["subject_source"] == "" for r in literal) == ENGLISH_ROWS
    entity_rows = [r for r in rows if r["subject_type"] == ""]
    assert all(r["subject_id"] for r in entity_rows)
    assert sum(r["object_id"] == "sssom:NoTermFound" for r in entity_rows) == NO_TERM_ROWS
    assert sum(r["object_id"] != "sssom:NoTermFound" for r in entity_rows) == XREF_ROWS
    assert {r["mapping_justification"] for r in rows} == {"semapv:ManualMappingCuration"}
    assert {r["author_label"] for r in rows} == {"firesld developers"}


def test_the_chinese_term_of_il1b(committed: tuple[dict[str, Any], list[dict[str, str]]]) -> None:
    """白介素-1β (genes.yaml and gene_products.yaml) maps to the IL1B gene and to its protein."""
    _, rows = committed
    found = [r for r in rows if r["subject_label"] == "白介素-1β"]
    assert {r["object_id"]: r["object_label"] for r in found} == {
        "HGNC:5992": "interleukin 1 beta",
        "UniProtKB:P01584": "IL1B_HUMAN",
    }
    for row in found:
        assert row["subject_id"] == ""
        assert row["subject_type"] == "rdfs literal"
        assert row["subject_source"] == "firesld.pub:review"
        assert row["predicate_id"] == "skos:exactMatch"
        assert row["mapping_justification"] == "semapv:ManualMappingCuration"
        assert "rdfs:label@zh" in row["comment"]
    english = [
        r for r in rows if r["subject_label"] == "interleukin 1 beta" and not r["subject_id"]
    ]
    assert [(r["object_id"], r["subject_source"]) for r in english] == [("HGNC:5992", "")]


def test_canakinumab_and_anakinra(committed: tuple[dict[str, Any], list[dict[str, str]]]) -> None:
    """Canakinumab's terms map to DRUGBANK:DB06168 (chemicals.yaml), with its two exact matches."""
    _, rows = committed
    terms = {
        (r["subject_label"], r["predicate_id"])
        for r in rows
        if r["object_id"] == "DRUGBANK:DB06168" and r["subject_type"] == "rdfs literal"
    }
    assert terms == {("卡那单抗", "skos:exactMatch"), ("Canakinumab", "skos:exactMatch")}
    xrefs = {
        (r["predicate_id"], r["object_id"], r["object_label"])
        for r in rows
        if r["subject_id"] == "DRUGBANK:DB06168"
    }
    assert xrefs == {
        ("skos:exactMatch", "CHEMBL.COMPOUND:CHEMBL1201834", "CANAKINUMAB"),
        ("skos:exactMatch", "MESH:C541220", "canakinumab"),
    }
    anakinra = {
        (r["predicate_id"], r["object_id"]) for r in rows if r["subject_id"] == "CHEBI:231683"
    }
    assert anakinra == {
        ("skos:exactMatch", "DRUGBANK:DB00026"),
        ("skos:closeMatch", "UniProtKB:P18510"),
        ("skos:relatedMatch", "MESH:D053590"),
    }
    # the ChEMBL ids DrugBank gives for anakinra and rilonacept are only probable (ChEMBL's own
    # label never seen, identifiers.tsv): no mapping to them is published (issue 15)
    assert not any(r["object_id"] == "CHEMBL.COMPOUND:CHEMBL1201830" for r in rows)
    assert not any(r["object_id"] == "CHEMBL.COMPOUND:CHEMBL1201570" for r in rows)


def test_a_firesld_minted_entity(committed: tuple[dict[str, Any], list[dict[str, str]]]) -> None:
    """The IL-1 receptor trimer (complexes.yaml): its terms, its close match, and no exact match."""
    _, rows = committed
    trimer = "firesld.entity:il1-receptor-trimer"
    terms = {r["subject_label"] for r in rows if r["object_id"] == trimer}
    assert terms == {"三聚体", "IL-1β/IL-1R1/IL-1RAcP trimer"}
    own = {(r["predicate_id"], r["object_id"]): r for r in rows if r["subject_id"] == trimer}
    assert set(own) == {
        ("skos:closeMatch", "GO:0045323"),
        ("skos:exactMatch", "sssom:NoTermFound"),
    }
    close = own["skos:closeMatch", "GO:0045323"]
    assert close["subject_label"] == "IL-1β/IL-1R1/IL-1RAcP trimer"
    assert close["object_label"] == "interleukin-1 receptor complex"
    assert "firesld-minted" in close["comment"]
    no_term = own["skos:exactMatch", "sssom:NoTermFound"]
    assert no_term["comment"].startswith("no authority identifies the entity: No authority id for")
    assert no_term["object_label"] == ""
    antibody = {
        (r["predicate_id"], r["object_id"])
        for r in rows
        if r["subject_id"] == "firesld.entity:anti-gabaar-antibody"
    }
    # an antibody is not a kind of the receptor it binds: a related match, not a broad one
    assert ("skos:relatedMatch", "GO:1902711") in antibody
    assert ("skos:broadMatch", "GO:1902711") not in antibody


def test_rows_are_the_curated_terms_and_cross_references(
    committed: tuple[dict[str, Any], list[dict[str, str]]],
    curated: list[tuple[str, dict[str, Any]]],
) -> None:
    """Every row comes from a record of data/entities, and every term and match has its row."""
    _, rows = committed
    expected_terms, expected_xrefs, minted = set(), set(), set()
    for key, record in curated:
        if key in NOT_TERMS:
            continue
        curie = record["id"]
        expected_terms.add((_one(record["label"]), "", curie))
        if record.get("label_zh"):
            expected_terms.add((_one(record["label_zh"]), "firesld.pub:review", curie))
        for slot, predicate in SLOT_PREDICATES.items():
            expected_xrefs |= {(curie, predicate, str(o)) for o in record.get(slot) or []}
        if curie.startswith("firesld.entity:"):
            minted.add(curie)
    terms = {
        (r["subject_label"], r["subject_source"], r["object_id"])
        for r in rows
        if r["subject_type"] == "rdfs literal"
    }
    xrefs = {
        (r["subject_id"], r["predicate_id"], r["object_id"])
        for r in rows
        if r["subject_id"] and r["object_id"] != "sssom:NoTermFound"
    }
    no_term = {r["subject_id"] for r in rows if r["object_id"] == "sssom:NoTermFound"}
    assert terms == expected_terms
    assert xrefs == expected_xrefs
    assert no_term == minted
    assert (len(expected_terms), len(expected_xrefs), len(minted)) == (222, 76, 20)
    ids = {record["id"] for _, record in curated}
    for row in rows:
        assert not row["subject_id"].startswith(("firesld.pub:", "firesld.study:"))
        assert not row["object_id"].startswith(("firesld.pub:", "firesld.study:"))
        assert row["subject_id"] in ids | {""}


def test_curie_map_declares_every_prefix_with_the_context_expansion(
    committed: tuple[dict[str, Any], list[dict[str, str]]],
) -> None:
    """Each prefix the rows use is declared (or built in), as in firesld.context.jsonld."""
    metadata, rows = committed
    curie_map = metadata["curie_map"]
    assert set(curie_map) == USED_PREFIXES
    assert list(curie_map) == sorted(curie_map)
    context = json.loads(LAYOUT.context.read_text(encoding="utf-8"))["@context"]
    for prefix, expansion in curie_map.items():
        assert context[prefix] == {"@id": expansion, "@prefix": True}, prefix
    assert context["skos"]["@id"] == BUILT_IN["skos"]
    used: set[str] = set()
    for row in rows:
        for column in ("subject_id", "predicate_id", "object_id", "mapping_justification"):
            if row[column]:
                used.add(row[column].split(":", 1)[0])
        if row["subject_source"]:
            used.add(row["subject_source"].split(":", 1)[0])
    assert set(used) <= set(curie_map) | set(BUILT_IN)
    assert set(used) - set(BUILT_IN) == USED_PREFIXES
    for row in rows:
        assert row["predicate_id"] in SLOT_PREDICATES.values()


def test_mapping_set_metadata(committed: tuple[dict[str, Any], list[dict[str, str]]]) -> None:
    """Set id, version, dates, licence, creator and title, in the SSSOM schema's slot order."""
    metadata, _ = committed
    release_date = datetime.date.fromisoformat(RELEASE_DATE)
    assert metadata["sssom_version"] == "1.1"
    assert metadata["mapping_set_id"] == (
        f"https://w3id.org/firesld/releases/{VERSION}/firesld.sssom.tsv"
    )
    assert metadata["mapping_set_version"] == VERSION == "0.1.0"
    assert metadata["license"] == CC_BY_4
    assert metadata["mapping_date"] == metadata["publication_date"] == release_date
    assert metadata["creator_label"] == ["firesld developers"]
    assert metadata["mapping_provider"] == "https://w3id.org/firesld/"
    assert metadata["see_also"] == [f"https://w3id.org/firesld/dataset/{VERSION}"]
    assert "IL-1β/IL-1R1" in metadata["mapping_set_description"]
    assert metadata["mapping_set_title"]
    assert "LICENSE-DATA" in metadata["comment"]
    assert list(metadata) == [
        "sssom_version",
        "curie_map",
        "mapping_set_id",
        "mapping_set_version",
        "mapping_set_title",
        "mapping_set_description",
        "creator_label",
        "license",
        "mapping_provider",
        "mapping_date",
        "publication_date",
        "see_also",
        "comment",
    ]


# ------------------------------------------------------------------------ sssom-py's validator


@pytest.fixture(scope="session")
def sssom_python() -> Path:
    """Return the Python of a venv with sssom, creating the venv the first time."""
    return tool_venv("sssom", "FIRESLD_SSSOM_VENV", SSSOM_REQUIREMENTS)


def _validate(python: Path, path: Path) -> dict[str, Any]:
    """Run sssom-py on a file and return its report (see sssom_validate.py)."""
    result = subprocess.run(
        [str(python), str(TESTS / "sssom_validate.py"), str(path)],
        capture_output=True,
        text=True,
        cwd=path.parent,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout)
    return report


@pytest.mark.slow
def test_sssom_py_validates_the_file_and_reads_every_row(
    sssom_python: Path, committed: tuple[dict[str, Any], list[dict[str, str]]]
) -> None:
    """sssom-py parses the file without a warning, its validators find nothing, it reads 311 rows."""
    report = _validate(sssom_python, SSSOM_PATH)
    assert report["sssom_version"] == "0.4.21"
    assert report["parse_messages"] == [], "\n".join(report["parse_messages"])[:3000]
    assert report["validation"] == {
        "JsonSchema": [],
        "PrefixMapCompleteness": [],
        "StrictCurieFormat": [],
    }, json.dumps(report["validation"], indent=1)[:3000]
    assert report["row_count"] == ROW_COUNT
    assert report["literal_rows"] == ENGLISH_ROWS + CHINESE_ROWS
    assert report["literal_rows_with_id"] == 0
    assert report["subject_types"] == ["rdfs literal"]
    assert report["predicates"] == [
        "skos:broadMatch",
        "skos:closeMatch",
        "skos:exactMatch",
        "skos:narrowMatch",
        "skos:relatedMatch",
    ]
    assert report["justifications"] == ["semapv:ManualMappingCuration"]
    assert report["license"] == CC_BY_4
    metadata, rows = committed
    expected_map = dict(metadata["curie_map"]) | BUILT_IN
    assert report["prefix_map"] == dict(sorted(expected_map.items()))
    assert report["metadata"]["mapping_set_id"] == metadata["mapping_set_id"]
    assert report["metadata"]["sssom_version"] == "1.1"
    # sssom-py propagates the set's mapping_date and mapping_provider to every row
    propagated = {"mapping_date": RELEASE_DATE, "mapping_provider": "https://w3id.org/firesld/"}
    expected_rows = [{k: v for k, v in r.items() if v} | propagated for r in rows]
    assert report["rows"] == expected_rows


@pytest.mark.slow
def test_sssom_cli_validates_the_file(sssom_python: Path) -> None:
    """``sssom validate`` (JSON Schema, prefixes, CURIE format) exits 0 and reports no error."""
    result = subprocess.run(
        [str(sssom_python.parent / "sssom"), "validate", str(SSSOM_PATH)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "ERROR" not in result.stderr, result.stderr[-3000:]


@pytest.mark.slow
def test_sssom_py_reports_a_bad_file(sssom_python: Path, tmp_path: Path) -> None:
    """The meta-test: sssom-py does flag the faults a clean report rules out."""
    bad = tmp_path / "bad.sssom.tsv"
    bad.write_text(
        "#curie_map:\n"
        "#  HGNC: http://identifiers.org/hgnc/\n"
        "#  skos: http://example.org/not-skos#\n"
        "#mapping_set_id: https://example.org/bad.sssom.tsv\n"
        "#license: https://creativecommons.org/licenses/by/4.0/\n"
        "#made_up_slot: x\n"
        "subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification\tsubject_type\n"
        "\t\tskos:exactMatch\tHGNC:5992\tsemapv:ManualMappingCuration\trdfs literal\n"
        "\tIL1B\tskos:exactMatch\tHGNC:5992\tsemapv:ManualMappingCuration\t\n"
        "NCBIGene:3553\tIL1B\tskos:exactMatch\tHGNC:5992\tsemapv:GuessWork\t\n",
        encoding="utf-8",
    )
    report = _validate(sssom_python, bad)
    messages = "\n".join(report["parse_messages"])
    assert "built-in prefix (skos)" in messages
    assert "made_up_slot" in messages
    assert "Missing subject_label" in messages  # a literal without its label is dropped
    assert "Missing subject_id" in messages  # so is a non-literal without a subject_id
    assert report["row_count"] == 1
    assert any("semapv:GuessWork" in m for m in report["validation"]["JsonSchema"])
    assert any("NCBIGene" in m for m in report["validation"]["PrefixMapCompleteness"])
