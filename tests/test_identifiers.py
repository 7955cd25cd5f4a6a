"""Any identifier form: CURIEs in any case and the IRIs users meet, through the Bioregistry's forms.

The expected records are the review's: HGNC:5992 is IL1B (interleukin 1 beta, IL-1β), the review's
section 1.3 says SCN1A (HGNC:10585) and SCN2A (HGNC:10588) mutations were found in Dravet syndrome
(MONDO:0100135), and anakinra is CHEBI:231683.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import firesld
from firesld.api import NotFoundError
from firesld.cli import main
from firesld.data import Record
from firesld.datamodel.firesld_pydantic import Gene
from firesld.identifiers import IdentifierForms
from firesld.model import Model
from firesld.validate import check_curie

IL1B_FORMS = [
    "HGNC:5992",
    "hgnc:5992",
    "Hgnc:5992",
    "http://identifiers.org/hgnc/5992",  # firesld's own IRI, identifiers.org's old form
    "https://identifiers.org/hgnc/5992",
    "https://identifiers.org/HGNC:5992",  # identifiers.org's new form
    "https://identifiers.org/hgnc:5992",
    "http://bio2rdf.org/hgnc:5992",
    "https://n2t.net/hgnc:5992",
    "https://bioregistry.io/hgnc:5992",
]


@pytest.mark.parametrize("key", IL1B_FORMS)
def test_get_accepts_every_form_of_il1b(key: str) -> None:
    """Every form of HGNC:5992 gives the IL1B gene record."""
    gene = firesld.get(key)
    assert isinstance(gene, Gene)
    assert (gene.id, gene.symbol, gene.label) == ("HGNC:5992", "IL1B", ["interleukin 1 beta"])


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("http://purl.obolibrary.org/obo/MONDO_0100135", "MONDO:0100135"),  # OBO PURL
        ("https://purl.obolibrary.org/obo/MONDO_0100135", "MONDO:0100135"),
        ("mondo:0100135", "MONDO:0100135"),
        ("https://identifiers.org/MONDO:0100135", "MONDO:0100135"),
        ("http://purl.uniprot.org/uniprot/P01584", "UniProtKB:P01584"),  # purl.uniprot.org
        ("https://purl.uniprot.org/uniprot/P01584", "UniProtKB:P01584"),
        ("uniprot:P01584", "UniProtKB:P01584"),  # the Bioregistry's prefix as a synonym
        ("http://bio2rdf.org/uniprot:P01584", "UniProtKB:P01584"),
        ("https://identifiers.org/CHEBI:231683", "CHEBI:231683"),
        ("http://identifiers.org/chebi/CHEBI:231683", "CHEBI:231683"),
        ("chebi:231683", "CHEBI:231683"),
    ],
)
def test_get_accepts_other_prefixes_forms(key: str, expected: str) -> None:
    """OBO PURLs, purl.uniprot.org, identifiers.org and Bioregistry synonyms of other prefixes."""
    assert firesld.get(key).id == expected


def test_claims_filter_takes_any_form() -> None:
    """claims(object=…) with an OBO PURL or a lower-case CURIE: Dravet's two gene claims."""
    expected = [
        ("firesld.claim:s1.3-02", "HGNC:10585"),
        ("firesld.claim:s1.3-03", "HGNC:10588"),
    ]
    for key in ("http://purl.obolibrary.org/obo/MONDO_0100135", "mondo:0100135"):
        found = firesld.claims(object=key)
        assert [(c.id, c.subject) for c in found] == expected
    hedged = firesld.claims(subject="https://identifiers.org/CHEBI:231683", certainty="hedged")
    assert [c.id for c in hedged] == [
        c.id for c in firesld.claims(subject="CHEBI:231683", certainty="hedged")
    ]
    assert hedged


def test_unknown_form_lists_the_accepted_forms_for_its_prefix() -> None:
    """An IRI of no known form, with 'hgnc' in its path: the message lists HGNC's forms."""
    with pytest.raises(NotFoundError) as info:
        firesld.get("http://example.org/hgnc/5992")
    message = str(info.value)
    assert message.startswith(
        "http://example.org/hgnc/5992: not an identifier form firesld knows for HGNC; accepted "
        "forms (prefix and resolver in any case, http or https): HGNC:5992; "
        "http://identifiers.org/hgnc/5992; "
    )
    for form in (
        "https://identifiers.org/hgnc:5992",
        "https://bio2rdf.org/hgnc:5992",
        "https://n2t.net/hgnc:5992",
        "https://bioregistry.io/hgnc:5992",
    ):
        assert form in message


def test_unknown_prefix_lists_firesld_prefixes() -> None:
    """A CURIE whose prefix firesld does not know: the message names the prefixes it knows."""
    with pytest.raises(NotFoundError) as info:
        firesld.get("wikidata:Q18032040")
    message = str(info.value)
    assert "not an identifier form firesld knows; use a CURIE with one of its prefixes" in message
    assert "HGNC, HP" in message
    assert "rdfs" not in message


def test_known_form_of_a_missing_entity_is_not_found() -> None:
    """A well-formed id the release lacks: 'no entity', with close ids, not a form error."""
    with pytest.raises(NotFoundError, match=r"^HGNC:59920: no entity with this id in the release"):
        firesld.get("https://identifiers.org/HGNC:59920")


def test_a_form_claimed_by_two_prefixes_is_dropped() -> None:
    """A synonym or URI prefix that would name two of a map's prefixes names neither."""
    forms = IdentifierForms(
        {"HGNC": "http://identifiers.org/hgnc/", "GENE": "http://bio2rdf.org/hgnc:"},
    )
    assert forms.normalize("http://bio2rdf.org/hgnc:5992") == "GENE:5992"  # GENE's own namespace
    assert forms.normalize("https://identifiers.org/hgnc:5992") == "HGNC:5992"
    assert forms.normalize("hgnc:5992") == "HGNC:5992"


def test_cli_get_and_claims_take_any_form() -> None:
    """`firesld get` and `firesld claims` take the same forms; an unknown form exits 1."""
    runner = CliRunner()
    result = runner.invoke(main, ["get", "http://bio2rdf.org/hgnc:5992"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["symbol"] == "IL1B"
    result = runner.invoke(main, ["claims", "--object", "https://identifiers.org/mondo:0100135"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "firesld.claim:s1.3-02\tHGNC:10585\tgene_associated_with_condition\tMONDO:0100135\tasserted",
        "firesld.claim:s1.3-03\tHGNC:10588\tgene_associated_with_condition\tMONDO:0100135\tasserted",
    ]
    result = runner.invoke(main, ["get", "http://example.org/hgnc/5992"])
    assert result.exit_code == 1
    assert "accepted forms" in result.output
    assert "https://bio2rdf.org/hgnc:5992" in result.output


def test_forms_come_from_the_installed_bioregistry_offline() -> None:
    """The Bioregistry's forms are read from its package: with sockets refused, they still work."""
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network use')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "import firesld\n"
        "print(firesld.get('http://bio2rdf.org/hgnc:5992').id)\n"
        "print(firesld.get('https://n2t.net/hgnc:5992').id)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["HGNC:5992", "HGNC:5992"]


def test_validation_suggests_the_firesld_curie(tmp_path: Path) -> None:
    """A gene named by its Bio2RDF or new identifiers.org IRI: the errors say which CURIE to write."""
    path = tmp_path / "genes.ttl"
    path.write_text(
        "@prefix biolink: <https://w3id.org/biolink/vocab/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix firesld: <https://w3id.org/firesld/vocab/> .\n"
        "<http://bio2rdf.org/hgnc:5992> a biolink:Gene, firesld:Gene ;\n"
        "  rdfs:label 'interleukin 1 beta'@en ; biolink:symbol 'IL1B' .\n"
        "<https://identifiers.org/HGNC:5993> a biolink:Gene, firesld:Gene ;\n"
        "  rdfs:label 'interleukin 1 receptor type 1'@en ; biolink:symbol 'IL1R1' .\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["validate", "--no-reason", str(path)])
    assert result.exit_code == 1
    hint = "write {0}, firesld's CURIE for this IRI; firesld's IRI for it is {1}"
    for iri, curie, own in (
        ("http://bio2rdf.org/hgnc:5992", "HGNC:5992", "http://identifiers.org/hgnc/5992"),
        ("https://identifiers.org/HGNC:5993", "HGNC:5993", "http://identifiers.org/hgnc/5993"),
    ):
        lines = [line for line in result.output.splitlines() if line.startswith(f"{path}: {iri}")]
        assert lines, result.output
        assert any(hint.format(curie, own) in line for line in lines), lines


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (
            "http://bio2rdf.org/hgnc:5992",
            "write HGNC:5992, firesld's CURIE for this IRI; "
            "firesld's IRI for it is http://identifiers.org/hgnc/5992",
        ),
        (
            "https://identifiers.org/MONDO:0015584",
            "write MONDO:0015584, firesld's CURIE for this IRI; "
            "firesld's IRI for it is http://purl.obolibrary.org/obo/MONDO_0015584",
        ),
        ("http://example.org/hgnc/5992", None),  # no known form: no hint
    ],
)
def test_curated_yaml_naming_an_iri_gets_the_curie_to_write(
    model: Model, value: str, hint: str | None
) -> None:
    """A curated claim whose subject is written as a resolver's IRI: FLD-ID-PREFIX says the CURIE."""
    record = Record("Claim", {"id": "firesld.claim:x-01", "subject": value}, "claims/x.yaml", 3)
    [problem] = check_curie(model, value, record=record, slot="subject")
    assert problem.code == "FLD-ID-PREFIX"
    assert problem.fix == hint
