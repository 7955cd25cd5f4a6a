"""Mentions grounded in the quote, and the quotes anchored in the review's text (W3C selectors)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from firesld.constants import REVIEW_IRI, SOURCE_SHA256, Layout
from firesld.data import Record, read_records
from firesld.mentions import ANCHORS_FILE, check_anchors, check_mentions, entity_names, is_name
from firesld.model import Model
from tests.constants import LAYOUT, REPO
from tests.review import review_path, review_text

OA = Namespace("http://www.w3.org/ns/oa#")
FIRESLD = Namespace("https://w3id.org/firesld/vocab/")
CLAIM = "https://w3id.org/firesld/claim/"


@pytest.fixture(scope="module")
def records(model: Model) -> list[Record]:
    """Read every curated record."""
    recs, problems = read_records(sorted(LAYOUT.data_dir.rglob("*.yaml")), model)
    assert problems == []
    return recs


@pytest.fixture(scope="module")
def release() -> Graph:
    """Parse the committed release (sorted N-Triples)."""
    return Graph().parse(REPO / "exports" / "firesld.nt", format="nt")


@pytest.fixture
def no_review_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run without the review's text."""
    monkeypatch.delenv("FIRESLD_REVIEW_TEXT", raising=False)


def test_curated_data_passes_the_mention_checks(
    records: list[Record], no_review_text: None
) -> None:
    """Every claim's mentions, hedge cues and citation are in its quote; the anchors are current."""
    assert check_mentions(records) == []
    assert check_anchors(records, LAYOUT) == []


def test_every_claim_with_an_entity_names_it_or_says_why(records: list[Record]) -> None:
    """A subject (object) has a mention or a reason; a mention without a reason is a name."""
    names = entity_names(records)
    claims = [r for r in records if r.class_name == "Claim"]
    assert len(claims) >= 250
    for claim in claims:
        for end in ("subject", "object"):
            entity = claim.values.get(end)
            mention = claim.values.get(f"{end}_mention")
            reason = claim.values.get(f"{end}_mention_reason")
            if entity is None:
                assert mention is None and reason is None, claim.id
                continue
            assert mention or reason, (claim.id, end)
            if mention and not reason:
                assert is_name(mention, names[entity]), (claim.id, end, mention)


def test_a_swapped_subject_or_object_fails_for_every_grounded_claim(
    records: list[Record], no_review_text: None
) -> None:
    """Swap each grounded subject (object) for another entity: a coded error names file, claim, slot.

    The other entity is FIRES (MONDO:0015584), or IL-1β's gene (HGNC:5992) where the end was FIRES.
    """
    names = entity_names(records)
    swapped = 0
    for claim in [r for r in records if r.class_name == "Claim"]:
        for end in ("subject", "object"):
            entity = claim.values.get(end)
            mention = claim.values.get(f"{end}_mention")
            if not mention or claim.values.get(f"{end}_mention_reason"):
                continue
            other = "MONDO:0015584" if entity != "MONDO:0015584" else "HGNC:5992"
            if is_name(mention, names[other]):
                continue  # the two entities share the name (none do; asserted below)
            changed = Record(
                claim.class_name,
                {**claim.values, end: other},
                claim.file,
                claim.line,
                claim.slot_lines,
            )
            found = [
                (p.code, p.file, p.record, p.slot, p.severity)
                for p in check_mentions([changed], context=records)
            ]
            assert found == [
                ("FLD-MENTION-NOT-A-NAME", claim.file, claim.id, f"{end}_mention", "error")
            ]
            swapped += 1
    assert swapped >= 350


def _anchor(release: Graph, claim: str, slot: str) -> dict[str, object]:
    """Read one text anchor of a claim from the release."""
    node = URIRef(f"{CLAIM}{claim}/{slot}")
    assert (URIRef(CLAIM + claim), FIRESLD[slot], node) in release
    assert (node, RDF.type, OA.SpecificResource) in release
    assert (node, OA.hasSource, URIRef(REVIEW_IRI)) in release
    selectors = set(release.objects(node, OA.hasSelector))
    quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in release)
    position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in release)
    assert len(selectors) == 2
    return {
        "exact": str(release.value(quote, OA.exact)),
        "prefix": str(release.value(quote, OA.prefix)),
        "suffix": str(release.value(quote, OA.suffix)),
        "start": int(release.value(position, OA.start).toPython()),  # type: ignore[union-attr]
        "end": int(release.value(position, OA.end).toPython()),  # type: ignore[union-attr]
    }


def test_the_release_publishes_web_annotation_selectors(release: Graph) -> None:
    """Worked out from the review: where its abstract names anakinra, and two Table 1 cells.

    The abstract reads "…白介素 1 受体 1(interleukin-1 receptor 1，IL-1R1)的" at the end of a
    line, then "拮抗剂阿那白滞素可能有助于控制 FIRES 患者的癫痫发作。"; Table 1's route row reads
    "给药途径 皮下注射 皮下注射 皮下注射" (anakinra, canakinumab, rilonacept) and its last row
    "FIRES 相关研究 有 无 无".
    """
    anakinra = _anchor(release, "abstract-13", "subject_mention_anchor")
    assert anakinra["exact"] == "阿那白滞素"
    assert str(anakinra["prefix"]).endswith("IL-1R1)的\n拮抗剂")
    assert str(anakinra["suffix"]).startswith("可能有助于控制 FIRES 患者的癫痫发作。")
    assert int(anakinra["end"]) - int(anakinra["start"]) == 5  # type: ignore[call-overload]
    quote = _anchor(release, "abstract-13", "quote_anchor")
    assert int(quote["start"]) <= int(anakinra["start"])  # type: ignore[call-overload]
    assert int(anakinra["end"]) <= int(quote["end"])  # type: ignore[call-overload]
    rilonacept_route = _anchor(release, "t1-rilonacept-03", "quote_anchor")
    assert rilonacept_route["exact"] == "皮下注射"
    assert str(rilonacept_route["prefix"]).endswith("给药途径 皮下注射 皮下注射 ")
    canakinumab_studies = _anchor(release, "t1-canakinumab-09", "quote_anchor")
    assert canakinumab_studies["exact"] == "无"
    assert str(canakinumab_studies["prefix"]).endswith("有 ")
    assert str(canakinumab_studies["suffix"]).startswith(" 无")
    sha = release.value(URIRef(REVIEW_IRI), FIRESLD.text_sha256)
    assert sha == Literal("954bf28c2c1bd64b0c6d4d50b910c16ea5541469013fc43dddd498485b6de2f9")


def test_every_claim_has_its_quote_anchored_in_the_release(release: Graph) -> None:
    """Each claim node has a quote anchor; the claims graph, not the data graph, holds them."""
    claims = set(release.subjects(RDF.type, FIRESLD.Claim))
    anchored = {s for s, _ in release.subject_objects(FIRESLD.quote_anchor)}
    assert claims and anchored == claims
    nquads = (REPO / "exports" / "firesld.nq").read_text(encoding="utf-8")
    line = next(
        x
        for x in nquads.splitlines()
        if "/abstract-13/quote_anchor> <http://www.w3.org/ns/oa#hasSource>" in x
    )
    assert line.endswith("<https://w3id.org/firesld/graph/claims> .")


def test_selectors_resolve_in_the_review(release: Graph, records: list[Record]) -> None:
    """With the review's text: each selector selects its exact text, as position and as quote."""
    text = review_text()
    anakinra = _anchor(release, "abstract-13", "subject_mention_anchor")
    start = text.index("拮抗剂阿那白滞素可能有助于控制") + len("拮抗剂")
    assert (anakinra["start"], anakinra["end"]) == (start, start + 5)
    count = 0
    for quote in release.subjects(RDF.type, OA.TextQuoteSelector):
        anchor = next(release.subjects(OA.hasSelector, quote))
        position = next(
            s
            for s in release.objects(anchor, OA.hasSelector)
            if (s, RDF.type, OA.TextPositionSelector) in release
        )
        begin = int(release.value(position, OA.start).toPython())  # type: ignore[union-attr]
        end = int(release.value(position, OA.end).toPython())  # type: ignore[union-attr]
        exact = str(release.value(quote, OA.exact))
        assert text[begin:end] == exact
        assert text[:begin].endswith(str(release.value(quote, OA.prefix) or ""))
        assert text[end:].startswith(str(release.value(quote, OA.suffix) or ""))
        count += 1
    assert count >= 259 + 350
    assert check_anchors(records, LAYOUT, review_text=review_path()) == []


def test_a_text_that_is_not_the_review_is_refused(records: list[Record], tmp_path: Path) -> None:
    """FIRESLD_REVIEW_TEXT naming another text: one error with both checksums."""
    other = tmp_path / "other.txt"
    other.write_text("不是这篇综述\n", encoding="utf-8")
    found = check_anchors(records, LAYOUT, review_text=other)
    assert [p.code for p in found] == ["FLD-MENTION-ANCHOR-SOURCE"]
    assert SOURCE_SHA256 in found[0].message


def _checkout_records(checkout: Layout, model: Model) -> list[Record]:
    """Read the records of a temporary checkout, named as in the repository."""
    recs, problems = read_records(
        sorted(checkout.data_dir.rglob("*.yaml")), model, display_root=checkout.root
    )
    assert problems == []
    return recs


def test_an_edited_quote_makes_its_anchor_stale(
    checkout: Layout, model: Model, no_review_text: None
) -> None:
    """A quote changed after the anchors were made: the claim is named, with the script to rerun."""
    path = checkout.data_dir / "claims" / "s2.2.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("即使在高剂量下，也有较好的耐受性。", "即使在高剂量下也耐受。"))
    found = check_anchors(_checkout_records(checkout, model), checkout)
    assert [(p.code, p.file, p.record, p.slot) for p in found] == [
        (
            "FLD-MENTION-ANCHOR-STALE",
            "data/claims/s2.2.yaml",
            "firesld.claim:s2.2.1-09",
            "supporting_text_zh",
        )
    ]
    assert "scripts/anchor_review.py" in (found[0].fix or "")


def test_claims_without_anchors_are_reported(
    checkout: Layout, model: Model, no_review_text: None
) -> None:
    """No anchors file: every claim of the package's data is reported, none of other files."""
    (checkout.data_dir / ANCHORS_FILE).unlink()
    recs = _checkout_records(checkout, model)
    found = check_anchors(recs, checkout)
    assert {p.code for p in found} == {"FLD-MENTION-ANCHOR-MISSING"}
    assert len(found) == sum(1 for r in recs if r.class_name == "Claim")


def test_a_moved_selector_does_not_resolve(checkout: Layout, model: Model) -> None:
    """With the review's text: an anchor one character off is reported with its claim and slot."""
    path = review_path()
    anchors_path = checkout.data_dir / ANCHORS_FILE
    doc = json.loads(anchors_path.read_text(encoding="utf-8"))
    doc["anchors"]["firesld.claim:abstract-13"]["subject_mention"]["start"] += 1
    anchors_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    found = check_anchors(_checkout_records(checkout, model), checkout, review_text=path)
    assert [(p.code, p.record, p.slot) for p in found] == [
        ("FLD-MENTION-ANCHOR-TEXT", "firesld.claim:abstract-13", "subject_mention")
    ]


# ---------------------------------------------------------------------------- the filler script

_UNGROUNDED = """\
# a curator's draft: comments and spacing must survive
claims:
  - id: firesld.claim:x-90
    subject: CHEBI:231683   # anakinra
    predicate: directly_physically_interacts_with
    object: UniProtKB:P14778
    evidence_type: traceable_author_statement
    knowledge_level: knowledge_assertion
    agent_type: manual_agent
    certainty: asserted
    supporting_text_zh: 阿那白滞素与IL-1R1的亲和性与IL-1β相当。
    supporting_text_en: Anakinra's affinity for IL-1R1 equals IL-1β's.
    translation_source: curator_translation
    section: "2.2.1"

  - id: firesld.claim:x-91
    subject: CHEBI:231683
    subject_mention_reason: the sentence leaves anakinra implicit
    predicate: related_to
    object: MONDO:0015584
    evidence_type: traceable_author_statement
    knowledge_level: knowledge_assertion
    agent_type: manual_agent
    certainty: asserted
    supporting_text_zh: 即使在高剂量下，也有较好的耐受性。
    supporting_text_en: Well tolerated even at high doses.
    translation_source: curator_translation
    section: "2.2.1"
"""

#: What the script must make of it, written by hand: anakinra and IL-1R1 grounded in x-90; x-91's
#: subject already has a reason, and its object (FIRES) is not in the quote, so it is listed.
_GROUNDED = _UNGROUNDED.replace(
    "    subject: CHEBI:231683   # anakinra\n",
    "    subject: CHEBI:231683   # anakinra\n    subject_mention: 阿那白滞素\n",
).replace(
    "    object: UniProtKB:P14778\n",
    "    object: UniProtKB:P14778\n    object_mention: IL-1R1\n",
)


def _fill(*args: str) -> subprocess.CompletedProcess[str]:
    """Run scripts/ground_mentions.py."""
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / "ground_mentions.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_filler_adds_mentions_and_keeps_every_other_byte(tmp_path: Path) -> None:
    """Mentions inserted below subject/object; rerunning changes nothing; leftovers listed."""
    path = tmp_path / "draft.yaml"
    path.write_text(_UNGROUNDED, encoding="utf-8")
    first = _fill(str(path), "--data", str(LAYOUT.data_dir))
    assert first.returncode == 1, first.stderr
    assert path.read_text(encoding="utf-8") == _GROUNDED
    assert "firesld.claim:x-91 object_mention: no name of MONDO:0015584" in first.stdout
    assert "x-90" not in first.stdout.split("mention(s) added or redone")[1]
    second = _fill(str(path), "--data", str(LAYOUT.data_dir))
    assert path.read_text(encoding="utf-8") == _GROUNDED
    assert "0 mention(s) added or redone" in second.stdout


def test_the_filler_has_nothing_left_to_do_on_the_curated_data(tmp_path: Path) -> None:
    """Every curated claim is grounded or says why (``--check`` writes nothing and exits 0)."""
    data = tmp_path / "data"
    shutil.copytree(LAYOUT.data_dir, data)
    result = _fill("--check", "--data", str(data))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "would " not in result.stdout


_STALE = """\
claims:
  - id: firesld.claim:x-92
    subject: DRUGBANK:DB06168
    subject_mention: 阿那白滞素
    predicate: related_to
    value_text: a follow-on substitute
    object_mention: FIRES
    evidence_type: traceable_author_statement
    knowledge_level: knowledge_assertion
    agent_type: manual_agent
    certainty: asserted
    supporting_text_zh: 目前，研究发现对于FIRES有较好治疗作用是阿那白滞素，卡那单抗可作为阿那白滞素的后续替代治疗
    supporting_text_en: Canakinumab can serve as a follow-on substitute for anakinra.
    translation_source: curator_translation
    section: "2.1"
"""


def test_the_filler_refreshes_mentions_left_stale_by_an_edit(tmp_path: Path) -> None:
    """The subject became canakinumab and the object went: --refresh redoes both, only then."""
    path = tmp_path / "stale.yaml"
    path.write_text(_STALE, encoding="utf-8")
    plain = _fill(str(path), "--data", str(LAYOUT.data_dir))
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert path.read_text(encoding="utf-8") == _STALE
    refreshed = _fill(str(path), "--data", str(LAYOUT.data_dir), "--refresh")
    assert refreshed.returncode == 0, refreshed.stdout + refreshed.stderr
    assert path.read_text(encoding="utf-8") == _STALE.replace(
        "subject_mention: 阿那白滞素", "subject_mention: 卡那单抗"
    ).replace("    object_mention: FIRES\n", "")
