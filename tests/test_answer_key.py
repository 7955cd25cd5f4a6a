"""The curated claims agree with the answer key written by hand from the review.

``tests/answer_key/claims.md`` holds one Markdown row per claim, worked out by reading the review (not
the data): subject, predicate, object or value with its unit, certainty, negation, qualifiers,
section and reference numbers. The test reads the curated YAML of ``data/claims/`` directly (PyYAML,
not the package's reader) and compares field by field. The mutation tests change one claim in a copy
of the data and check that the comparison then fails for that claim.

Set ``FIRESLD_ANSWER_KEY_DATA`` to another ``data/`` folder to compare that one instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from click.testing import CliRunner

from firesld.cli import main
from tests.constants import REPO

KEY = REPO / "tests" / "answer_key" / "claims.md"
DATA = Path(os.environ.get("FIRESLD_ANSWER_KEY_DATA") or REPO / "data")
DIRECTIONS = {"increased", "decreased", "unchanged_or_decreased"}


class Row(NamedTuple):
    """What one claim says, in a form both the key and the YAML reduce to."""

    section: str
    subject: str
    predicate: str
    value: Any  # a CURIE, "TEXT", a bool, or a quantity as a sorted tuple of (field, value)
    certainty: str
    negated: bool
    qualifiers: frozenset[str]
    refs: tuple[int, ...]


# ------------------------------------------------------------------------------ the answer key


def parse_quantity(text: str) -> tuple[tuple[str, Any], ...]:
    """Read a key quantity: ``17.3 kDa``, ``4..6 h``, ``24 h..2 wk``, ``>90 %``, ``~82 %``."""
    number = r"(\d+(?:\.\d+)?)"
    if m := re.fullmatch(number + r" (\S+)\.\." + number + r" (\S+)", text):
        fields = {"minimum_value": m[1], "unit": m[2], "maximum_value": m[3], "maximum_unit": m[4]}
    elif m := re.fullmatch(number + r"\.\." + number + r" (\S+)", text):
        fields = {"minimum_value": m[1], "maximum_value": m[2], "unit": m[3]}
    elif m := re.fullmatch(">" + number + r" (\S+)", text):
        fields = {"minimum_value": m[1], "minimum_inclusive": False, "unit": m[2]}
    elif m := re.fullmatch("(~?)" + number + r" (\S+)", text):
        fields = {"numeric_value": m[2], "unit": m[3]} | ({"approximate": True} if m[1] else {})
    else:
        raise ValueError(f"not a quantity: {text!r}")
    return normal_quantity(fields)


def parse_value(cell: str) -> Any:
    """Read the key's object-or-value cell."""
    if cell.startswith('"') and cell.endswith('"'):
        return "TEXT"
    if cell in ("true", "false"):
        return cell == "true"
    if re.fullmatch(r"[\w.]+:[\w.-]+", cell) and not re.match(r"\d", cell):
        return cell
    return parse_quantity(cell)


def parse_qualifiers(cell: str) -> frozenset[str]:
    """Read the key's qualifiers (see the header of claims.md); quantities in normal form."""
    out = set()
    for item in filter(None, (part.strip() for part in cell.split(";"))):
        if item.startswith(("frequency ", "relative ")):
            kind, quantity = item.split(" ", 1)
            out.add(f"{kind} {parse_quantity(quantity)}")
        else:
            assert item in DIRECTIONS or re.fullmatch(
                r"(in|how often:|limitation:|degree:) \S+", item
            ), item
            out.add(item)
    return frozenset(out)


def read_key(path: Path = KEY) -> dict[str, Row]:
    """Parse the answer key: one ``## section`` heading, then a table, per section."""
    rows: dict[str, Row] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        if not line.startswith("| ") or line.startswith(("| claim ", "|---")):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        claim, subject, predicate, value, certainty, negated, qualifiers, refs = cells
        assert claim not in rows, f"{claim} twice in the answer key"
        assert negated in ("yes", "no"), line
        rows[claim] = Row(
            section,
            subject,
            predicate,
            parse_value(value),
            certainty.split()[0],
            negated == "yes",
            parse_qualifiers(qualifiers),
            tuple(int(r) for r in refs.split(",") if r),
        )
    return rows


# ------------------------------------------------------------------------------ the curated data


def normal_quantity(fields: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Return a quantity as sorted (field, value) pairs, numbers by value, defaults and text dropped."""
    out = []
    for name, value in fields.items():
        if name == "quantity_text" or (name.endswith("_inclusive") and value is True):
            continue
        if name == "approximate" and value is False:
            continue
        out.append((name, Decimal(str(value)).normalize() if name.endswith("value") else value))
    return tuple(sorted(out))


def row_of(claim: dict[str, Any]) -> Row:
    """Reduce one curated claim record to a Row."""
    if "object" in claim:
        value: Any = claim["object"]
    elif "value_text" in claim:
        value = "TEXT"
    elif "value_boolean" in claim:
        value = bool(claim["value_boolean"])
    else:
        value = normal_quantity(claim["quantity"])
    qualifiers = {f"in {place}" for place in claim.get("anatomical_context") or []}
    if claim.get("direction"):
        qualifiers.add(claim["direction"])
    if claim.get("frequency"):
        qualifiers.add(f"frequency {normal_quantity(claim['frequency'])}")
    if claim.get("relative_quantity"):
        qualifiers.add(f"relative {normal_quantity(claim['relative_quantity'])}")
    if claim.get("qualitative_frequency"):
        qualifiers.add(f"how often: {claim['qualitative_frequency']}")
    qualifiers |= {f"limitation: {word}" for word in claim.get("evidence_limitation") or []}
    if claim.get("degree"):
        qualifiers.add(f"degree: {claim['degree']}")
    return Row(
        str(claim["section"]),
        claim["subject"],
        claim["predicate"],
        value,
        claim["certainty"],
        bool(claim.get("negated")),
        frozenset(qualifiers),
        tuple(sorted(claim.get("reference_numbers") or [])),
    )


def read_data(data: Path = DATA) -> dict[str, Row]:
    """Read every claim of ``data/claims/*.yaml`` with PyYAML."""
    rows: dict[str, Row] = {}
    for path in sorted((data / "claims").glob("*.yaml")):
        for claim in yaml.safe_load(path.read_text(encoding="utf-8")).get("claims") or []:
            rows[claim["id"].removeprefix("firesld.claim:")] = row_of(claim)
    return rows


def disagreements(key: dict[str, Row], data: dict[str, Row]) -> dict[str, str]:
    """Each claim id where the key and the data differ, with what differs."""
    out = {}
    for claim in sorted(key.keys() | data.keys()):
        if claim not in data:
            out[claim] = "in the answer key, not in the data"
        elif claim not in key:
            out[claim] = "in the data, not in the answer key"
        elif key[claim] != data[claim]:
            fields = [
                f"{name}: key {k!r} data {d!r}"
                for name, k, d in zip(Row._fields, key[claim], data[claim], strict=True)
                if k != d
            ]
            out[claim] = "; ".join(fields)
    return out


# ------------------------------------------------------------------------------ tests


def test_the_curated_claims_are_the_answer_key() -> None:
    """Every claim of the data is a row of the key and says the same; no row lacks its claim."""
    found = disagreements(read_key(), read_data())
    assert not found, f"{len(found)} claims differ from the key:\n" + "\n".join(
        f"{claim}: {what}" for claim, what in found.items()
    )


def test_the_key_counts_what_the_review_says() -> None:
    """The key's own totals, counted by hand row by row in claims.md (a check on the parser)."""
    key = read_key()
    sections: dict[str, int] = {}
    for row in key.values():
        sections[row.section] = sections.get(row.section, 0) + 1
    assert sections == HAND_COUNTS_PER_SECTION
    assert sum(row.certainty == "hedged" for row in key.values()) == HAND_HEDGED
    assert sum(row.negated for row in key.values()) == HAND_NEGATED


#: Rows of claims.md per section, counted by hand on the review's sentences (see claims.md).
#: Hedged, counted by hand: abstract 10, 11, 12, 14 (4); introduction 13-15 (3); 1.2 02, 15, 16, 17,
#: 22, 23, 30, 31, 43, 49 (10); 1.3 18, 24, 25 (3); 2.1 08, 11 (2); 3 03-08, 13, 23 (8): 30.
#: Negated: 1.2 04-06 (3); 1.3 08, 23 (2); 2 09 (1); 2.2.1 17-19 (3); 2.2.2 08 (1): 10.
HAND_COUNTS_PER_SECTION = {
    "abstract": 16,
    "introduction": 16,
    "1.1": 33,
    "1.2": 50,
    "1.3": 24,
    "2": 14,
    "2.1": 11,
    "table-1": 27,
    "2.2.1": 28,
    "2.2.2": 12,
    "figure-1": 11,
    "3": 23,
}
HAND_HEDGED = 30
HAND_NEGATED = 10  # s1.2-04/05/06, s1.3-08, s1.3-23, s2-09, s2.2.1-17/18/19, s2.2.2-08


# ---------------------------------------------------------------- mutations must be caught


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """Copy the data folder, to mutate it."""
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path / "data"


def mutate(data: Path, claim_id: str, change: Any) -> None:
    """Apply ``change`` to the record of ``claim_id`` in the copied YAML."""
    for path in (data / "claims").glob("*.yaml"):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in content.get("claims") or []:
            if claim["id"] == f"firesld.claim:{claim_id}":
                change(claim)
                path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
                return
    raise AssertionError(f"{claim_id} is not in the data")


def swap_subject_and_object(claim: dict[str, Any]) -> None:
    """Swap subject and object (IL-6 raised in FIRES becomes FIRES raised in IL-6)."""
    claim["subject"], claim["object"] = claim["object"], claim["subject"]


def drop_hedge(claim: dict[str, Any]) -> None:
    """Make the hedged claim a bare fact."""
    claim["certainty"] = "asserted"
    claim.pop("hedge_cue", None)


def add_hedge(claim: dict[str, Any]) -> None:
    """Hedge the asserted claim."""
    claim["certainty"] = "hedged"
    claim["hedge_cue"] = ["可能"]


def change_reference(claim: dict[str, Any]) -> None:
    """Cite [9] instead of [8]."""
    claim["reference_numbers"] = [9]
    claim["reference_string"] = "[9]"


def change_unit(claim: dict[str, Any]) -> None:
    """Change the unit (17.3 kDa becomes 17.3 Da)."""
    claim["quantity"]["unit"] = "Da"


def change_value(claim: dict[str, Any]) -> None:
    """Change a bound (4~6 h becomes 4~8 h)."""
    claim["quantity"]["maximum_value"] = 8


def negate(claim: dict[str, Any]) -> None:
    """Turn the claim into its negation."""
    claim["negated"] = True


def change_direction(claim: dict[str, Any]) -> None:
    """Turn raised into lowered."""
    claim["direction"] = "decreased"


MUTATIONS = [
    ("s1.2-08", [swap_subject_and_object]),
    ("abstract-14", [drop_hedge]),
    ("s1.1-13", [change_reference]),
    ("t1-anakinra-01", [change_unit]),
    ("t1-anakinra-02", [change_value]),
    ("s1.2-09", [negate]),
    ("s1.2-10", [change_direction]),
]


@pytest.mark.parametrize(("claim_id", "changes"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_a_changed_claim_no_longer_matches(
    claim_id: str, changes: list[Any], data_copy: Path
) -> None:
    """Each mutation of a claim the key and the data agree on makes that claim disagree."""
    key = read_key()
    assert claim_id not in disagreements(key, read_data(data_copy))
    for change in changes:
        mutate(data_copy, claim_id, change)
    assert claim_id in disagreements(key, read_data(data_copy))


def test_moving_a_hedge_from_one_claim_to_another_is_caught(data_copy: Path) -> None:
    """abstract-14 (anakinra may help control seizures) loses its hedge and abstract-13 gets it."""
    key = read_key()
    assert {"abstract-13", "abstract-14"}.isdisjoint(disagreements(key, read_data(data_copy)))
    mutate(data_copy, "abstract-14", drop_hedge)
    mutate(data_copy, "abstract-13", add_hedge)
    found = disagreements(key, read_data(data_copy))
    assert {"abstract-13", "abstract-14"} <= found.keys()
    assert "certainty" in found["abstract-13"] and "certainty" in found["abstract-14"]


def test_a_claim_missing_from_the_data_is_caught(data_copy: Path) -> None:
    """Deleting a claim record leaves its key row unmatched."""
    mutate(data_copy, "intro-07", lambda claim: claim.update(id="firesld.claim:intro-99"))
    found = disagreements(read_key(), read_data(data_copy))
    assert found["intro-07"] == "in the answer key, not in the data"
    assert found["intro-99"] == "in the data, not in the answer key"


def test_the_key_parses_each_kind_of_value() -> None:
    """Quantities, booleans, text and CURIEs are read as the key's header describes them."""
    assert parse_value("17.3 kDa") == (("numeric_value", Decimal("17.3")), ("unit", "kDa"))
    assert parse_value("24 h..2 wk") == normal_quantity(
        {"minimum_value": 24, "unit": "h", "maximum_value": 2, "maximum_unit": "wk"}
    )
    assert parse_value(">90 %") == normal_quantity(
        {"minimum_value": 90, "minimum_inclusive": False, "unit": "%"}
    )
    assert parse_value("~82 %") == normal_quantity(
        {"numeric_value": 82, "approximate": True, "unit": "%"}
    )
    assert parse_value('"high"') == "TEXT"
    assert parse_value("false") is False
    assert parse_value("firesld.entity:il1-receptor-trimer") == "firesld.entity:il1-receptor-trimer"
    assert parse_value("UniProtKB:P01584") == "UniProtKB:P01584"


# ---------------------------------------------------------------- firesld info, counted by hand

#: The entities the review names, counted by hand per kind (each is one record of data/entities/):
HAND_ENTITIES = {
    # the review itself and its references [1]-[39]
    "publications": 40,
    # §1.2 animal experiments [20-21], immature-animal SE model [24], LPS rat model [25-26]; §1.3 Japanese
    # study [32], Clarkson et al. [23]; §2.2.1 girl of 11 [27], single cases [37-38], cohort of 25 [22];
    # §2.2.2 autoinflammation case [39]
    "studies": 9,
    # FIRES, epilepsy, epilepsy syndrome (§3), chronic epilepsy (abstract), drug-resistant epilepsy,
    # Dravet, multiple sclerosis, infection, systemic autoinflammation, and Table 1's eight indications
    # (IL-1Ra deficiency named twice, counted once)
    "diseases": 17,
    # IL1B, IL1A (§1.1 gene duplication), IL1RN, SCN1A, SCN2A (§1.3), and the genes of the named proteins
    # IL1R1, IL1RAP, CASP1, MYD88, IL6, CXCL8, CXCL10, IL2, CXCL12; not NFKB1/RELA/JUN/FOS/GABR*/IGHG1
    "genes": 14,
    # IL-1, IL-1α, IL-1β, IL-1R1, IL-1Ra, IL-1RAcP, caspase-1, MyD88, IL-6, IL-8, CXCL10, IL-2, CXCL12
    "gene_products": 13,
    # status epilepticus, refractory SE, epileptic encephalopathy, febrile seizures, fever, seizure,
    # high fever (intro), cognitive impairment, neuroinflammation, neurological complications,
    # autoantibody positivity, CSF pleocytosis
    "phenotypic_features": 12,
    # LPS, glucocorticoids, anti-seizure drugs, anaesthetics, immunosuppressants, inflammatory molecules,
    # IL-1R antagonist drugs (§1.2 rat model), the IL-1β/IL-1R1 antagonist class and its three kinds (§2.1)
    "chemical_entities": 11,
    # anakinra, canakinumab, rilonacept, cannabidiol
    "drugs": 4,
    # the ketogenic diet; anakinra with the ketogenic diet (§2.2.1, the girl of 11, given together)
    "treatments": 2,
    # microglia, astrocytes, oligodendrocytes, neurons, glia, endothelial cells, BBB endothelial cells,
    # monocytes, T cells
    "cell_types": 9,
    # brain, CNS, hippocampus, dentate gyrus, CSF, serum, blood-brain barrier
    "anatomical_entities": 7,
    # IL-1 signalling, inflammation, neuroinflammation, NF-κB signalling, proteolysis (caspase-1),
    # MyD88 signalling, specific (adaptive) immune response
    "biological_processes": 7,
    # IL-1 receptor antagonist activity, IL-1 receptor activity
    "molecular_functions": 2,
    # NF-κB, AP-1, GABA-A receptor, the IL-1β/IL-1R1/IL-1RAcP trimer, anti-GABAAR antibodies
    "macromolecular_complexes": 5,
    # RN2 allele, non-coding polymorphisms, silent exonic variant, splice variants, the IL1RN variants as a
    # whole (Clarkson; "IL1RN 基因突变" of §3) (§1.3); IL-1β and IL1RN polymorphisms [30-31], named jointly
    "sequence_variants": 6,
    # human, rat
    "organism_taxa": 2,
}


def test_firesld_info_counts_what_was_counted_by_hand() -> None:
    """``firesld info`` reports the claims and entities counted by hand from the review."""
    result = CliRunner().invoke(main, ["info", "--format", "json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)["counts"]
    claims = sum(HAND_COUNTS_PER_SECTION.values())
    assert (counts["claims"], counts["hedged claims"], counts["asserted claims"]) == (
        claims,
        HAND_HEDGED,
        claims - HAND_HEDGED,
    )
    assert counts["entities"] == sum(HAND_ENTITIES.values())
