r"""Write a synthetic firesld checkout of any size, in exactly the format of ``data/``.

The checkout holds the repository's schema, ontology, shapes and queries, and curated YAML data.

    python benchmarks/synth.py --claims 5000 --out benchmarks/work/synth-5k
    python benchmarks/synth.py --triples 1000000 --out benchmarks/work/synth-1m --violations 0.01

The records are synthetic but valid: entity ids follow their authority's id pattern (HGNC:\\d{1,5},
MONDO:\\d{7}, CHEBI:\\d+ …) in ranges chosen so as not to collide with the import snapshot, every
reference resolves, and the claims have the mix of the real data (hedged with a hedge cue, negated,
quantity, value and boolean claims; evidence, knowledge level, sections, figure panels, Table 1
rows, reference numbers 1–39). The review and its 39 references (``publications.yaml``) and the two
taxa (``taxa.yaml``) are copied from the repository, so citations resolve as in the real data.

Synthetic ids are not in the import snapshot: validate with ``--no-snapshot`` (or
``firesld validate --standalone``, which reports them as warnings), or pass ``--in-snapshot`` to
append them to the copy's ``ontology/imports/firesld-imports.tsv`` (the release's imports graph,
made from ``firesld-imports.ttl``, is unchanged).

With ``--violations RATE`` that share of the claims gets one seeded violation each, of the kinds
in :data:`VIOLATIONS` (one per check: schema, identifiers, references, SHACL), listed with the
error code the validator must report in ``DIR/seeded_violations.json``.

Same arguments, same bytes: the output depends only on the arguments and the repository's files.
Only the standard library is needed (rdflib, when importable, gives an exact count of the
ontology and import triples for the estimate).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

#: What a checkout needs for ``firesld build --root DIR`` (see firesld.constants.Layout).
COPY_DIRS = ("schema", "ontology", "shapes", "queries")
COPY_FILES = (
    "src/firesld/datamodel/model.json",
    "src/firesld/datamodel/firesld_pydantic.py",
    "exports/firesld.context.jsonld",
    "data/entities/publications.yaml",
    "data/entities/taxa.yaml",
)
MARKER = "synth.json"
SEEDED = "seeded_violations.json"

# Triples of the ontology and import graphs of the release when rdflib is not importable
# (measured on the repository: 1520 + 552).
FALLBACK_BASE_TRIPLES = 2072

# ---------------------------------------------------------------------------- YAML text

_PLAIN_START = re.compile(r"[A-Za-z\u3400-\u9fff]")
_BAD_PLAIN = re.compile(r": |:$| #|[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_BAD_FLOW = re.compile(r"[,\[\]{}]")
_NOT_PRINTABLE = re.compile(r"[\x7f-\x84\x86-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
# YAML 1.1 words PyYAML reads as booleans or null.
_RESERVED = frozenset("y n yes no on off true false null".split())


def _quoted(text: str) -> str:
    """Return a YAML double-quoted scalar (JSON's string syntax is a subset of YAML's)."""
    out = json.dumps(text, ensure_ascii=False)
    if _NOT_PRINTABLE.search(out):
        out = _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return out


def scalar(text: str, *, flow: bool = False) -> str:
    """Return a string as a YAML scalar: plain when that reads back as the same string, else quoted.

    :param text: the string
    :param flow: inside a flow sequence ``[a, b]``, where commas and brackets end the item
    :returns: YAML text
    """
    if (
        text
        and _PLAIN_START.match(text)
        and text[-1] != " "
        and not _BAD_PLAIN.search(text)
        and not (flow and _BAD_FLOW.search(text))
        and text.lower() not in _RESERVED
    ):
        return text
    return _quoted(text)


def value_text(value: Any, *, flow: bool = False) -> str:
    """Return a scalar value (str, bool, int, float) as YAML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return scalar(str(value), flow=flow)


def emit_record(record: list[tuple[str, Any]], indent: str, out: list[str]) -> None:
    """Append the lines of one record, ``- id: …`` first, to ``out``.

    :param record: the slots in the order they are written
    :param indent: the indentation of the ``-``
    :param out: the lines written so far
    """
    inner = indent + "  "
    first = True
    for key, value in record:
        lead = f"{indent}- " if first else inner
        first = False
        if isinstance(value, dict):
            out.append(f"{lead}{key}:")
            for k, v in value.items():
                out.append(f"{inner}  {k}: {value_text(v)}")
        elif isinstance(value, list):
            items = ", ".join(value_text(v, flow=True) for v in value)
            out.append(f"{lead}{key}: [{items}]")
        else:
            out.append(f"{lead}{key}: {value_text(value)}")


# ---------------------------------------------------------------------------- the data


@dataclass
class Entity:
    """One synthetic entity record."""

    key: str  # the container slot (genes, drugs …)
    cls: str  # the class name
    id: str
    label: str
    label_zh: str
    slots: list[tuple[str, Any]] = field(default_factory=list)

    def record(self) -> list[tuple[str, Any]]:
        """Return the record's slots in the curated order."""
        slots = sorted(self.slots, key=lambda kv: ENTITY_ORDER.index(kv[0]))
        return [("id", self.id), ("label", self.label), ("label_zh", self.label_zh), *slots]


#: The order of the slots in the curated entity files.
ENTITY_ORDER = [
    "symbol", "synonyms", "synonyms_zh", "hidden_labels", "description", "drug_modality",
    "study_design", "sample_size", "species", "study_population", "reported_in", "in_taxon",
    "has_gene_product", "gene_product_of", "has_subunit", "variant_of", "variant_count",
    "exact_matches", "close_matches", "related_matches", "identifier_evidence",
    "no_authority_reason",
]  # fmt: skip


# Container slot, class, share of the entities (the real data's mix), English and Chinese noun.
ENTITY_KINDS: list[tuple[str, str, int, str, str]] = [
    ("genes", "Gene", 22, "gene", "基因"),
    ("gene_products", "GeneProduct", 13, "protein", "蛋白"),
    ("diseases", "Disease", 15, "disease", "疾病"),
    ("phenotypic_features", "PhenotypicFeature", 11, "phenotype", "表型"),
    ("chemical_entities", "ChemicalEntity", 10, "chemical", "化学物质"),
    ("drugs", "Drug", 4, "drug", "药物"),
    ("cell_types", "CellType", 9, "cell type", "细胞"),
    ("anatomical_entities", "AnatomicalEntity", 7, "anatomical structure", "解剖结构"),
    ("biological_processes", "BiologicalProcess", 7, "process", "生物过程"),
    ("molecular_functions", "MolecularFunction", 2, "molecular function", "分子功能"),
    ("macromolecular_complexes", "MacromolecularComplex", 5, "complex", "复合物"),
    ("sequence_variants", "SequenceVariant", 4, "variant", "变异"),
    ("studies", "Study", 9, "study", "研究"),
    ("treatments", "Treatment", 1, "treatment", "治疗"),
]

# The entity files, as in data/entities/ (publications.yaml and taxa.yaml are copied).
ENTITY_FILES: dict[str, tuple[str, ...]] = {
    "genes.yaml": ("genes",),
    "gene_products.yaml": ("gene_products",),
    "complexes.yaml": ("macromolecular_complexes",),
    "chemicals.yaml": ("chemical_entities", "drugs", "treatments"),
    "diseases.yaml": ("diseases",),
    "phenotypes.yaml": ("phenotypic_features",),
    "cells_anatomy.yaml": ("cell_types", "anatomical_entities"),
    "processes.yaml": ("biological_processes", "molecular_functions"),
    "variants.yaml": ("sequence_variants",),
    "studies.yaml": ("studies",),
}

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _uniprot(i: int) -> str:
    r"""Return the i-th synthetic UniProtKB accession ([OPQ]\\d[A-Z0-9]{3}\\d)."""
    a, i = i % 10, i // 10
    chars = ""
    for _ in range(3):
        chars += _B36[i % 36]
        i //= 36
    return f"Q{a}{chars}{i % 10}"


# Local ids by class: the i-th candidate (ranges far from the real ids; collisions with the
# import snapshot are skipped).
ID_MAKERS: dict[str, Callable[[int], str]] = {
    "Gene": lambda i: f"HGNC:{10000 + i}",
    "GeneProduct": lambda i: f"UniProtKB:{_uniprot(i)}",
    "Disease": lambda i: f"MONDO:{9000000 + i:07d}",
    "PhenotypicFeature": lambda i: f"HP:{9000000 + i:07d}",
    "ChemicalEntity": lambda i: f"CHEBI:{900000000 + i}",
    "Drug": lambda i: f"DRUGBANK:DB{10000 + i:05d}",
    "CellType": lambda i: f"CL:{9000000 + i:07d}",
    "AnatomicalEntity": lambda i: f"UBERON:{9000000 + i}",
    "BiologicalProcess": lambda i: f"GO:{9000000 + i:07d}",
    "MolecularFunction": lambda i: f"GO:{9400000 + i:07d}",
    "MacromolecularComplex": lambda i: f"GO:{9700000 + i:07d}",
    "SequenceVariant": lambda i: f"firesld.entity:synthetic-variant-{i}",
    "Study": lambda i: f"firesld.study:synthetic-study-{i}",
    "Treatment": lambda i: f"MAXO:{9000000 + i:07d}",
}
ID_LIMITS = {"Gene": 89999, "Drug": 89999, "MolecularFunction": 300000}

# Text that YAML must quote, used in synonyms and curator notes so the round trip is exercised.
AWKWARD = [
    'IL-1β: the "trap" form',
    "it's #1 [bracketed], {braced}",
    "yes",
    "1.2",
    "- leading dash",
    "50% of cases",
    "*starred & anchored",
    "@handle `tick` | pipe > gt",
    "a: b",
    "ends with colon:",
    "null",
    "'single' quotes",
    "tab\tinside",
    "back\\slash",
    "阿那白滞素：可能",
]

HEDGE_CUES = [
    ["可能"],
    ["可能"],
    ["可能"],
    ["有可能"],
    ["可能", "潜在"],
    ["提示", "可能"],
    ["推断", "有可能"],
    ["也可能"],
]
SECTIONS = [  # section, weight (as in the real claims)
    ("abstract", 14),
    ("introduction", 15),
    ("1.1", 33),
    ("1.2", 49),
    ("1.3", 26),
    ("2", 14),
    ("2.1", 10),
    ("2.2.1", 27),
    ("2.2.2", 12),
    ("3", 21),
    ("table-1", 27),
    ("figure-1", 11),
]
TABLE_ROWS = [
    "获批适应证",
    "阻断 IL-1β 的机制",
    "给药频率",
    "给药途径",
    "半衰期",
    "分子量",
    "FIRES 相关研究",
]
EVIDENCE = [  # evidence type, weight, knowledge level when asserted
    ("traceable_author_statement", 45, "knowledge_assertion"),
    ("non_traceable_author_statement", 143, "knowledge_assertion"),
    ("clinical_study", 54, "observation"),
    ("natural_variation", 13, "observation"),
    ("animal_model", 10, "observation"),
    ("in_vitro_assay", 1, "observation"),
]

GP, DIS, PHE, GENE = "GeneProduct", "Disease", "PhenotypicFeature", "Gene"
CHEM, DRUG, TRT, BP = "ChemicalEntity", "Drug", "Treatment", "BiologicalProcess"
# predicate, subject classes, object (classes | "text" | "quantity" | "boolean"), weight (as in
# the real claims), English verb (base form), Chinese sentence pattern.
PREDICATES: list[tuple[str, tuple[str, ...], Any, int, str, str]] = [
    ("associated_with", (GP, DIS, GENE), (DIS, BP, PHE), 31, "be associated with", "与{o}相关"),
    ("treats", (DRUG, CHEM, TRT), (DIS, PHE), 24, "treat", "治疗{o}"),
    ("applied_to_treat", (DRUG, TRT), (DIS,), 15, "be used to treat", "用于治疗{o}"),
    ("causes", (GP, DIS, BP), (DIS, PHE, BP), 14, "cause", "导致{o}"),
    ("affects", (GP, DRUG), (BP, GP), 13, "affect", "影响{o}"),
    ("directly_physically_interacts_with", (GP,), (GP,), 12, "bind", "与{o}结合"),
    ("expressed_in", (GP,), ("CellType", "AnatomicalEntity"), 11, "be expressed in", "在{o}中表达"),
    ("contributes_to", (GP, BP), (DIS,), 11, "contribute to", "参与{o}"),
    ("subclass_of", (DIS,), (DIS,), 10, "be a kind of", "属于{o}"),
    (
        "gene_associated_with_condition",
        (GENE, "SequenceVariant"),
        (DIS,),
        10,
        "be linked to",
        "与{o}有关",
    ),
    ("has_approved_indication", (DRUG,), (DIS,), 9, "be approved for", "获批用于{o}"),
    ("disrupts", (DRUG,), (BP,), 8, "block", "阻断{o}"),
    ("has_phenotype", (DIS,), (PHE,), 6, "show", "表现为{o}"),
    (
        "prevents_complex_formation",
        (DRUG,),
        ("MacromolecularComplex",),
        5,
        "prevent",
        "阻止{o}形成",
    ),
    ("competes_with", (DRUG, GP), (GP,), 5, "compete with", "与{o}竞争"),
    ("regulates", (GP,), (BP,), 4, "regulate", "调控{o}"),
    ("enables", (GP,), ("MolecularFunction",), 3, "have the activity", "具有{o}"),
    ("precedes", (BP,), (DIS,), 2, "precede", "先于{o}"),
    ("participates_in", (GP,), (BP,), 2, "take part in", "参与{o}"),
    ("part_of", (GP,), ("MacromolecularComplex",), 2, "be part of", "构成{o}"),
    ("biomarker_for", (GP,), (DIS,), 2, "be a biomarker of", "是{o}的标志物"),
    ("actively_involved_in", ("CellType",), (BP,), 2, "act in", "参与{o}"),
    ("model_of", ("Study",), (DIS,), 1, "model", "模拟{o}"),
    ("correlated_with", (GP,), (GP,), 1, "vary with", "与{o}相关"),
    ("related_to", (DIS, GP, BP), "text", 20, "be related to", "与{o}相关"),
    ("has_route_of_administration", (DRUG,), "text", 3, "be given by", "的给药途径为{o}"),
    ("has_mechanism_of_action", (DRUG,), "text", 3, "act by", "的作用机制为{o}"),
    ("has_molecular_mass", (DRUG,), "quantity", 5, "have a molecular mass of", "的分子量为{o}"),
    ("has_half_life", (DRUG,), "quantity", 4, "have a half-life of", "的半衰期为{o}"),
    ("has_dosing_interval", (DRUG,), "quantity", 3, "be given", "的给药频率为{o}"),
    ("has_mortality_rate", (DIS,), "quantity", 2, "have a mortality of", "的病死率为{o}"),
    ("has_time_to_outcome", (DRUG, TRT), "quantity", 2, "take", "的起效时间为{o}"),
    ("has_sample_size", ("Study",), "quantity", 2, "include", "纳入{o}"),
    ("has_onset_interval", (DIS,), "quantity", 1, "start after", "的起病间隔为{o}"),
    ("has_fires_studies", (DRUG,), "boolean", 4, "have FIRES studies:", "FIRES 相关研究：{o}"),
    (
        "crosses_blood_brain_barrier",
        (DRUG,),
        "boolean",
        1,
        "cross the blood-brain barrier:",
        "透过血脑屏障：{o}",
    ),
]


def _third_person(verb: str) -> str:
    """Return "is associated with" for "be associated with", "binds" for "bind"."""
    first, _, rest = verb.partition(" ")
    if first == "be":
        first = "is"
    elif first == "have":
        first = "has"
    elif first.endswith(("s", "sh", "ch")):
        first += "es"
    else:
        first += "s"
    return f"{first} {rest}".rstrip()


def _quantity(predicate: str, rng: random.Random) -> dict[str, Any]:
    """Return a quantity of the kind the predicate states, as the curated files write it."""
    if predicate == "has_molecular_mass":
        v = rng.randint(100, 2000) / 10
        return {"numeric_value": v, "unit": "kDa", "quantity_text": f"{v} kDa"}
    if predicate == "has_half_life":
        lo = rng.randint(1, 12)
        hi = lo + rng.randint(1, 12)
        return {
            "minimum_value": lo,
            "maximum_value": hi,
            "unit": "h",
            "quantity_text": f"{lo}~{hi} h",
        }
    if predicate == "has_dosing_interval":
        n = rng.randint(1, 4)
        return {"numeric_value": n, "unit": "d", "quantity_text": f"每 {n} 天 1 次"}
    if predicate == "has_mortality_rate":
        lo = rng.randint(1, 20)
        hi = lo + rng.randint(1, 20)
        return {
            "minimum_value": lo,
            "maximum_value": hi,
            "unit": "%",
            "quantity_text": f"{lo}%~{hi}%",
        }
    if predicate == "has_onset_interval":
        return {
            "minimum_value": 24,
            "maximum_value": 2,
            "unit": "h",
            "maximum_unit": "wk",
            "quantity_text": "24 h~2 周",
        }
    if predicate == "has_sample_size":
        n = rng.randint(1, 500)
        return {"numeric_value": n, "unit": "{patient}", "quantity_text": f"{n} 例"}
    n = rng.randint(1, 60)
    return {"numeric_value": n, "approximate": True, "unit": "d", "quantity_text": f"约 {n} d"}


# ---------------------------------------------------------------------------- violations


@dataclass(frozen=True)
class Violation:
    """A kind of seeded violation: what it breaks and the code the validator must report."""

    kind: str
    check: str
    slot: str | None
    code: str
    description: str


#: Every kind of seeded violation, applied round-robin to the chosen claims.
VIOLATIONS: list[Violation] = [
    Violation(
        "id-pattern",
        "identifiers",
        "subject",
        "FLD-ID-PATTERN",
        "subject HGNC id with six digits (HGNC:\\d{1,5})",
    ),
    Violation(
        "unknown-prefix",
        "identifiers",
        "subject",
        "FLD-ID-PREFIX",
        "subject with a prefix the schema does not know",
    ),
    Violation(
        "dangling-reference",
        "references",
        "subject",
        "FLD-REF-DANGLING",
        "subject MONDO id of the right pattern that no record defines",
    ),
    Violation(
        "wrong-class-reference",
        "references",
        "species_context",
        "FLD-REF-CLASS",
        "species_context pointing to a Disease, not an OrganismTaxon",
    ),
    Violation(
        "missing-required",
        "schema",
        "evidence_type",
        "FLD-SCHEMA-REQUIRED",
        "required slot evidence_type removed",
    ),
    Violation(
        "bad-enum",
        "schema",
        "knowledge_level",
        "FLD-SCHEMA-ENUM",
        "knowledge_level not in KnowledgeLevelEnum",
    ),
    Violation(
        "reference-out-of-range",
        "schema",
        "reference_numbers",
        "FLD-SCHEMA-RANGE",
        "reference number above 39",
    ),
    Violation(
        "section-pattern",
        "schema",
        "section",
        "FLD-SCHEMA-PATTERN",
        "section that is not a section of the review",
    ),
    Violation(
        "unknown-slot",
        "schema",
        "evidence",
        "FLD-SCHEMA-SLOT",
        "a slot the Claim class does not have",
    ),
    Violation(
        "derived-slot",
        "schema",
        "cites",
        "FLD-SCHEMA-DERIVED",
        "cites written by hand (the build sets it)",
    ),
    Violation(
        "asserted-with-hedge-cue",
        "shacl",
        None,
        "FLD-SHACL-NOT",
        "an asserted claim with a hedge_cue (a hedge cue means hedged)",
    ),
    Violation(
        "object-and-value",
        "shacl",
        None,
        "FLD-SHACL-XONE",
        "both object and value_text (exactly one value is allowed)",
    ),
    Violation(
        "quantity-min-above-max",
        "schema",  # the quantity check sees it first; SHACL's sparql rule is the second line
        None,
        "FLD-QUANTITY-RANGE",
        "quantity whose minimum_value is above its maximum_value",
    ),
]


def _apply_violation(v: Violation, claim: dict[str, Any], i: int, disease: str) -> None:
    """Break one claim (a dict of slots, in order) as the violation says."""
    if v.kind == "id-pattern":
        claim["subject"] = f"HGNC:{100000 + i}"
    elif v.kind == "unknown-prefix":
        claim["subject"] = f"NOSUCHDB:{i}"
    elif v.kind == "dangling-reference":
        claim["subject"] = f"MONDO:{8000000 + i:07d}"
    elif v.kind == "wrong-class-reference":
        claim["species_context"] = disease
    elif v.kind == "missing-required":
        del claim["evidence_type"]
    elif v.kind == "bad-enum":
        claim["knowledge_level"] = "hearsay"
    elif v.kind == "reference-out-of-range":
        claim["reference_numbers"] = [40 + i % 50]
        claim["reference_string"] = f"[{40 + i % 50}]"
    elif v.kind == "section-pattern":
        claim["section"] = "9.9.9.9"
    elif v.kind == "unknown-slot":
        claim["evidence"] = "ECO:0000033"
    elif v.kind == "derived-slot":
        claim["cites"] = ["firesld.pub:ref-1"]
    elif v.kind == "asserted-with-hedge-cue":
        claim["certainty"] = "asserted"
        claim.pop("negated", None)
        claim["knowledge_level"] = "knowledge_assertion"
        claim["hedge_cue"] = ["可能"]
    elif v.kind == "object-and-value":
        for k in ("quantity", "value_boolean", "frequency"):
            claim.pop(k, None)
        claim.setdefault("object", disease)
        claim["value_text"] = "a value stated in words as well as an object"
    elif v.kind == "quantity-min-above-max":
        for k in ("object", "value_text", "value_boolean", "frequency", "direction"):
            claim.pop(k, None)
        claim["predicate"] = "has_half_life"
        claim["quantity"] = {"minimum_value": 12, "maximum_value": 4, "unit": "h"}
    else:  # pragma: no cover
        raise ValueError(v.kind)


CLAIM_ORDER = [
    "id", "subject", "predicate", "object", "quantity", "frequency", "value_text",
    "value_boolean", "negated", "anatomical_context", "cell_type_context", "species_context",
    "age_group", "direction", "study", "evidence_type", "knowledge_level", "agent_type",
    "certainty", "hedge_cue", "supporting_text_zh", "subject_mention", "object_mention",
    "supporting_text_en", "translation_source",
    "section", "figure_panel", "table_row", "reference_numbers", "reference_string",
    "in_tension_with", "curator_note", "evidence", "cites",
]  # fmt: skip


# ---------------------------------------------------------------------------- generator


class Generator:
    """Generate the records of one synthetic data set (deterministic for a seed)."""

    def __init__(
        self,
        n_claims: int,
        seed: int,
        violation_rate: float,
        taken: set[str],
        model: dict[str, Any],
    ) -> None:
        self.n_claims = n_claims
        self.seed = seed
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self.taken = taken
        self.model = model
        self.entities: dict[str, list[Entity]] = {}
        self.seeded: list[dict[str, Any]] = []
        n_bad = round(n_claims * violation_rate) if violation_rate > 0 else 0
        if violation_rate > 0:
            n_bad = max(1, min(n_claims, n_bad))
        # Chosen with a random stream of their own, so the data set with violations is the clean
        # one with some claims broken (same seed, same other records).
        picker = random.Random(seed + 1_000_003)  # noqa: S311
        self.bad = dict.fromkeys(sorted(picker.sample(range(n_claims), n_bad)), 0)
        for k, index in enumerate(self.bad):
            self.bad[index] = k % len(VIOLATIONS)

    # ------------------------------------------------------------------ entities

    def _ids(self, cls: str, n: int) -> list[str]:
        out: list[str] = []
        i = 0
        limit = ID_LIMITS.get(cls)
        while len(out) < n:
            if limit is not None and i > limit:
                raise SystemExit(f"synth: too many {cls} records for the id range ({n})")
            curie = ID_MAKERS[cls](i)
            if curie not in self.taken:
                out.append(curie)
            i += 1
        return out

    def make_entities(self) -> None:
        """Make the entity records: about 0.47 per claim, in the real data's class mix."""
        rng = self.rng
        total_weight = sum(k[2] for k in ENTITY_KINDS)
        n_total = max(60, round(self.n_claims * 0.47))
        counts = {
            cls: max(2, round(n_total * w / total_weight)) for _, cls, w, _, _ in ENTITY_KINDS
        }
        ids = {cls: self._ids(cls, counts[cls]) for cls in counts}
        note = f"synthetic record written by benchmarks/synth.py (seed {self.seed}); not an authority id"
        for key, cls, _, noun, noun_zh in ENTITY_KINDS:
            records = []
            for i, curie in enumerate(ids[cls]):
                label = f"synthetic {noun} {i + 1}"
                label_zh = f"合成{noun_zh} {i + 1}"
                e = Entity(key, cls, curie, label, label_zh)
                slots = e.slots
                if rng.random() < 0.6:
                    syn = [f"S{cls[:2].upper()}-{i + 1}"]
                    if rng.random() < 0.2:
                        syn.append(rng.choice(AWKWARD))
                    slots.append(("synonyms", syn))
                if rng.random() < 0.25:
                    slots.append(("synonyms_zh", [f"合成{noun_zh}别名 {i + 1}"]))
                if cls == "Gene":
                    slots.append(("symbol", f"SYN{i + 1}"))
                    slots.append(("in_taxon", "NCBITaxon:9606"))
                    if i < len(ids[GP]):
                        slots.append(("has_gene_product", [ids[GP][i]]))
                    slots.append(("exact_matches", [f"NCBIGene:{900000 + i}"]))
                elif cls == GP:
                    slots.append(("symbol", f"SYN{i + 1}_HUMAN"))
                    slots.append(
                        ("description", f"Synthetic protein {i + 1}, β-chain: {noun} of test.")
                    )
                    slots.append(("in_taxon", "NCBITaxon:9606"))
                    if i < len(ids[GENE]):
                        slots.append(("gene_product_of", ids[GENE][i]))
                elif cls == DIS:
                    slots.append(("description", f"A synthetic disease, number {i + 1}."))
                    if rng.random() < 0.4:
                        slots.append(("exact_matches", [f"DOID:{900000 + i}"]))
                elif cls == DRUG:
                    modality = [
                        "recombinant_protein",
                        "monoclonal_antibody",
                        "fusion_protein",
                        "small_molecule",
                    ]
                    slots.append(("drug_modality", rng.choice(modality)))
                elif cls == "MacromolecularComplex":
                    products = ids[GP]  # the schema's has_subunit range: GeneProduct
                    slots.append(
                        ("has_subunit", sorted({rng.choice(products), rng.choice(products)}))
                    )
                elif cls == "SequenceVariant":
                    slots.append(("variant_of", rng.choice(ids[GENE])))
                    if rng.random() < 0.5:
                        slots.append(("variant_count", rng.randint(1, 9)))
                elif cls == "Study":
                    design = rng.choice(
                        [
                            "case_report",
                            "retrospective_cohort",
                            "genetic_association_study",
                            "animal_model",
                            "in_vitro_study",
                            "clinical_study",
                        ]
                    )
                    slots.append(("study_design", design))
                    slots.append(("sample_size", rng.randint(1, 400)))
                    animal = design == "animal_model"
                    slots.append(("species", "NCBITaxon:10116" if animal else "NCBITaxon:9606"))
                    slots.append(("study_population", f"{rng.randint(1, 400)} synthetic patients"))
                    slots.append(("reported_in", [f"firesld.pub:ref-{rng.randint(1, 39)}"]))
                if cls in ("SequenceVariant",):
                    slots.append(("no_authority_reason", "Synthetic variant: no identifier."))
                elif cls != "Study":
                    slots.append(("identifier_evidence", note))
                records.append(e)
            self.entities[cls] = records

    # ------------------------------------------------------------------ claims

    def _pick(self, classes: tuple[str, ...]) -> Entity:
        rng = self.rng
        pool = self.entities[classes[int(rng.random() * len(classes))]]
        return pool[int(rng.random() * len(pool))]

    def _value(self, c: dict[str, Any], obj_spec: Any, i: int) -> tuple[Entity | None, str, str]:
        """Set the claim's object, quantity, value_text or value_boolean; return how to say it."""
        rng = self.rng
        if obj_spec == "text":
            c["value_text"] = f"a synthetic value {i + 1} in words"
            return None, c["value_text"], f"文字值 {i + 1}"
        if obj_spec == "quantity":
            c["quantity"] = _quantity(c["predicate"], rng)
            return None, c["quantity"]["quantity_text"], c["quantity"]["quantity_text"]
        if obj_spec == "boolean":
            c["value_boolean"] = rng.random() < 0.4
            return (
                None,
                ("yes" if c["value_boolean"] else "no"),
                ("有" if c["value_boolean"] else "无"),
            )
        obj = self._pick(obj_spec)
        c["object"] = obj.id
        if rng.random() < 0.01:
            c["frequency"] = {
                "minimum_value": 90,
                "minimum_inclusive": False,
                "unit": "%",
                "quantity_text": "> 90%",
            }
        return obj, obj.label, obj.label_zh

    def _context(self, c: dict[str, Any], evidence: str) -> None:
        """Set the claim's qualifiers: anatomy, cell type, species, age group, direction, study."""
        rng = self.rng
        anatomy = self.entities["AnatomicalEntity"]
        if rng.random() < 0.09:
            c["anatomical_context"] = sorted({e.id for e in rng.sample(anatomy, 2)})
        if rng.random() < 0.01:
            c["cell_type_context"] = [rng.choice(self.entities["CellType"]).id]
        animal = evidence == "animal_model"
        if rng.random() < 0.16:
            c["species_context"] = "NCBITaxon:10116" if animal else "NCBITaxon:9606"
        if rng.random() < 0.15:
            ages = ["child", "child", "child", "school_age_child", "adult"]
            c["age_group"] = "immature_animal" if animal else rng.choice(ages)
        if c["predicate"] == "associated_with" and rng.random() < 0.8:
            c["direction"] = rng.choice(
                ["increased", "increased", "decreased", "unchanged_or_decreased"]
            )
        if rng.random() < 0.16:
            c["study"] = rng.choice(self.entities["Study"]).id

    def _citation(self, section: str) -> tuple[list[int], str]:
        """Return the reference numbers a claim cites (43% of the claims) and their printed form."""
        rng = self.rng
        if section == "table-1" or rng.random() >= 0.43:
            return [], ""
        a = rng.randint(1, 38)
        shape = rng.random()
        if shape < 0.6:
            return [a], f"[{a}]"
        if shape < 0.85:
            return [a, a + 1], f"[{a}-{a + 1}]"
        b = rng.randint(a + 1, 39)
        return [a, b], f"[{a},{b}]"

    def claims(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Yield (index, claim slots) for every claim, in order."""
        rng = self.rng
        pred_weights = [p[3] for p in PREDICATES]
        sections = [s for s, _ in SECTIONS]
        section_weights = [w for _, w in SECTIONS]
        evidence_weights = [e[1] for e in EVIDENCE]
        diseases = self.entities[DIS]
        for i in range(self.n_claims):
            pred, subj_cls, obj_spec, _, en_verb, zh_verb = rng.choices(PREDICATES, pred_weights)[0]
            subj = self._pick(subj_cls)
            c: dict[str, Any] = {"id": f"firesld.claim:syn-{i + 1:07d}", "subject": subj.id}
            c["predicate"] = pred
            obj, what_en, what_zh = self._value(c, obj_spec, i)
            r = rng.random()
            hedged = r < 0.10
            negated = not hedged and obj is not None and r < 0.17
            if negated:
                c["negated"] = True
            evidence, _, level = rng.choices(EVIDENCE, evidence_weights)[0]
            if hedged:
                evidence, level = "traceable_author_statement", "prediction"
            elif evidence == "clinical_study" and rng.random() < 0.05:
                level = "statistical_association"
            self._context(c, evidence)
            c["evidence_type"] = evidence
            c["knowledge_level"] = level
            c["agent_type"] = "manual_agent"
            c["certainty"] = "hedged" if hedged else "asserted"
            if hedged:
                c["hedge_cue"] = list(rng.choice(HEDGE_CUES))
            section = rng.choices(sections, section_weights)[0]
            refs, cite = self._citation(section)
            if hedged:  # the quote names every hedge cue (the mention check looks for them)
                zh_mod, en_verb = "".join(c["hedge_cue"]), "may " + en_verb
            elif negated:
                zh_mod, en_verb = "不", "does not " + en_verb
            else:
                zh_mod, en_verb = "", _third_person(en_verb)
            rest = zh_mod + zh_verb.format(o=what_zh) + cite + f"。（第 {i + 1} 条）"
            # the mention check wants the subject as a whole word: "合成药物 55FIRES" is not
            gap = " " if _word_char(subj.label_zh[-1:]) and _word_char(rest[:1]) else ""
            c["supporting_text_zh"] = subj.label_zh + gap + rest
            # where the quote names the subject and the object (the mention check wants both)
            c["subject_mention"] = subj.label_zh
            if obj is not None:
                c["object_mention"] = obj.label_zh
            c["supporting_text_en"] = (
                f"{subj.label[0].upper()}{subj.label[1:]} {en_verb} {what_en}"
                + (f" {cite}" if cite else "")
                + f" (statement {i + 1})."
            )
            c["translation_source"] = (
                "authors_abstract" if section == "abstract" else "curator_translation"
            )
            c["section"] = section
            if section == "figure-1":
                c["figure_panel"] = rng.choice(["1A", "1B", "1C"])
            if section == "table-1":
                c["table_row"] = rng.choice(TABLE_ROWS)
            if refs:
                c["reference_numbers"] = refs
                c["reference_string"] = cite
            if evidence.endswith("traceable_author_statement"):  # as the shapes require:
                # an author statement is traceable when its sentence cites a reference
                c["evidence_type"] = (
                    "traceable_author_statement" if refs else "non_traceable_author_statement"
                )
            if i and rng.random() < 0.015:
                other = int(rng.random() * i)
                if other not in self.bad:  # never point to a broken claim
                    c["in_tension_with"] = [f"firesld.claim:syn-{other + 1:07d}"]
            if rng.random() < 0.9:
                c["curator_note"] = (
                    rng.choice(AWKWARD) + f" — synthetic note {i + 1}"
                    if rng.random() < 0.1
                    else f"Synthetic claim {i + 1}; 合成数据, not from the review."
                )
            if i in self.bad:
                v = VIOLATIONS[self.bad[i]]
                _apply_violation(v, c, i, diseases[i % len(diseases)].id)
                self.seeded.append(
                    {
                        "record": c["id"],
                        "kind": v.kind,
                        "check": v.check,
                        "slot": v.slot,
                        "code": v.code,
                        "description": v.description,
                    }
                )
            yield i, {k: c[k] for k in CLAIM_ORDER if k in c}


# ---------------------------------------------------------------------------- triple estimate


def _word_char(char: str) -> bool:
    """Tell whether a character is a Latin letter or a digit (a mention must not continue one)."""
    return char.isascii() and char.isalnum()


#: The slots a claim's anchors select, as in firesld.mentions (quote first).
ANCHORED = ("supporting_text_zh", "subject_mention", "object_mention")


def anchor_triples(model: dict[str, Any]) -> int:
    """Return the triples ``firesld.mentions.anchor_graph`` makes of one anchor (no prefix/suffix)."""
    classes = model["classes"]

    def types(name: str) -> int:
        return len({classes[name]["class_uri"], *classes[name]["mappings"]})

    # claim -> anchor, its types, has_source, two has_selector, the selectors' types, exact,
    # start, end
    return (
        1 + types("TextAnchor") + 1 + 2 + types("TextQuoteSelector") + 1
        + types("TextPositionSelector") + 2
    )  # fmt: skip


class TripleCounter:
    """Count the triples ``firesld build`` makes of records (firesld.data.iter_triples, by count)."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.classes = model["classes"]
        self.edges: set[tuple[str, str, str]] = set()

    def record(self, cls: str, values: dict[str, Any]) -> int:
        """Return the triples of one valid record (direct edges are counted once overall)."""
        c = self.classes[cls]
        n = 1 + len(c["mappings"])
        slots = c["slots"]
        for name, value in values.items():
            slot = slots.get(name)
            if slot is None or slot["identifier"]:
                continue
            items = value if isinstance(value, list) else [value]
            if slot["kind"] == "class" and slot["inlined"]:
                for item in items:
                    n += 2 + len(item)
            else:
                n += len(items)
        if cls == "Claim":
            n += len(values.get("reference_numbers", [])) + 1
            if (
                values.get("certainty") == "asserted"
                and not values.get("negated")
                and "object" in values
            ):
                edge = (values["subject"], values["predicate"], values["object"])
                if edge not in self.edges:
                    self.edges.add(edge)
                    n += 1
        return n


def base_triples(root: Path) -> int:
    """Return the triples of the release's ontology and imports graphs (the fixed part)."""
    try:
        from rdflib import Graph
    except ImportError:
        return FALLBACK_BASE_TRIPLES
    owl = root / "ontology" / "firesld.owl.ttl"
    imports = root / "ontology" / "imports" / "firesld-imports.ttl"
    return len(Graph().parse(owl, format="turtle")) + len(Graph().parse(imports, format="turtle"))


# ---------------------------------------------------------------------------- writing


HEADER = (
    "# synthetic firesld {what} written by benchmarks/synth.py (seed {seed}); not curated data.\n"
)


def _read_simple_yaml_counts(path: Path, counter: TripleCounter, model: dict[str, Any]) -> int:
    """Count the triples of a copied curated file (publications, taxa)."""
    import yaml  # firesld's own dependency; only the two small copied files are parsed

    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    container = {
        c["container_slot"]: name for name, c in model["classes"].items() if c.get("container_slot")
    }
    return sum(counter.record(container[k], rec) for k in doc for rec in doc[k] or [])


def snapshot_ids(root: Path) -> set[str]:
    """Return the CURIEs of the import snapshot (synthetic ids avoid them)."""
    path = root / "ontology" / "imports" / "firesld-imports.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["curie"] for row in csv.DictReader(handle, delimiter="\t")}


@dataclass
class Output:
    """What one generation made."""

    files: dict[str, str]
    seeded: list[dict[str, Any]]
    records: int
    claims: int
    entities: int
    triples: int
    snapshot_rows: list[str]


def generate(
    n_claims: int,
    seed: int,
    violation_rate: float,
    *,
    repo: Path = REPO,
    claims_per_file: int = 1000,
    base: int | None = None,
) -> Output:
    """Generate the data files (relative path → text) and the seeded violations.

    :param n_claims: how many claims
    :param seed: the random seed
    :param violation_rate: the share of claims with one seeded violation
    :param repo: the repository the schema, snapshot and copied files come from
    :param claims_per_file: claims per ``data/claims/*.yaml`` file
    :param base: triples of the ontology and imports graphs (computed when None)
    :returns: the files and counts
    """
    model = json.loads((repo / "src/firesld/datamodel/model.json").read_text(encoding="utf-8"))
    gen = Generator(n_claims, seed, violation_rate, snapshot_ids(repo), model)
    gen.make_entities()
    counter = TripleCounter(model)
    files: dict[str, str] = {}
    triples = (base_triples(repo) if base is None else base) + sum(
        _read_simple_yaml_counts(repo / "data/entities" / name, counter, model)
        for name in ("publications.yaml", "taxa.yaml")
    )
    n_entities = 0
    snapshot_rows: list[str] = []
    for name, keys in ENTITY_FILES.items():
        lines = [HEADER.format(what=name.removesuffix(".yaml"), seed=seed).rstrip("\n")]
        for key in keys:
            cls = next(k[1] for k in ENTITY_KINDS if k[0] == key)
            lines.append(f"{key}:")
            for e in gen.entities[cls]:
                lines.append("")
                rec = e.record()
                emit_record(rec, "", lines)
                triples += counter.record(cls, dict(rec))
                n_entities += 1
                if not e.id.startswith("firesld."):
                    snapshot_rows.append(e.id + "\t" + e.label)
        files[f"data/entities/{name}"] = "\n".join(lines) + "\n"
    lines: list[str] = []
    file_no = 0
    line_of: dict[str, tuple[str, int]] = {}

    def flush() -> None:
        if lines:
            files[f"data/claims/synthetic-{file_no:04d}.yaml"] = "\n".join(lines) + "\n"

    # where each claim's quote and mentions are in a synthetic "review": the quotes one per line
    anchors: dict[str, dict[str, dict[str, Any]]] = {}
    review: list[str] = []
    position = 0
    per_anchor = anchor_triples(model)
    for i, claim in gen.claims():
        quote = claim.get("supporting_text_zh")
        if isinstance(quote, str):
            found: dict[str, dict[str, Any]] = {}
            for slot in ANCHORED:
                text = claim.get(slot)
                offset = quote.find(text) if isinstance(text, str) else -1
                if offset >= 0:
                    start = position + offset
                    found[slot] = {"start": start, "end": start + len(text), "exact": text,
                                   "prefix": "", "suffix": ""}  # fmt: skip
            anchors[str(claim["id"])] = found
            review.append(quote)
            position += len(quote) + 1
            if i not in gen.bad:
                triples += per_anchor * len(found)
        if i % claims_per_file == 0:
            flush()
            file_no = i // claims_per_file + 1
            lines = [HEADER.format(what="claims", seed=seed).rstrip("\n"), "claims:"]
        else:
            lines.append("")
        line_of[claim["id"]] = (f"data/claims/synthetic-{file_no:04d}.yaml", len(lines) + 1)
        emit_record(list(claim.items()), "  ", lines)
        if i not in gen.bad:
            triples += counter.record("Claim", claim)
    flush()
    text = "\n".join(review) + "\n"
    files["data/review_anchors.json"] = (
        json.dumps(
            {
                "about": "Synthetic anchors (benchmarks/synth.py): each claim's quote is one line "
                f"of a synthetic text (SHA-256 {hashlib.sha256(text.encode()).hexdigest()}); "
                "review_sha256 is the review's, as the build requires, so validate without "
                "FIRESLD_REVIEW_TEXT (the offsets are not in the review).",
                "anchors": anchors,
                "review_sha256": json.loads(
                    (repo / "data/review_anchors.json").read_text(encoding="utf-8")
                )["review_sha256"],
            },
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )
        + "\n"
    )
    triples += 1  # the review's text_sha256
    for s in gen.seeded:
        s["file"], s["line"] = line_of[s["record"]]
    seeded = [
        {
            k: s[k]
            for k in ("file", "line", "record", "slot", "code", "check", "kind", "description")
        }
        for s in gen.seeded
    ]
    n_pub_taxa = 40 + 2
    return Output(
        files=files,
        seeded=seeded,
        records=n_entities + n_pub_taxa + n_claims,
        claims=n_claims,
        entities=n_entities + n_pub_taxa,
        triples=triples,
        snapshot_rows=snapshot_rows,
    )


def claims_for_triples(target: int, seed: int, *, repo: Path = REPO) -> int:
    """Return the number of claims whose release has about ``target`` triples."""
    base = base_triples(repo)
    probe = 4000
    out = generate(probe, seed, 0.0, repo=repo, base=base)
    per_claim = (out.triples - base) / probe
    return max(1, round((target - base) / per_claim))


def write_checkout(
    out_dir: Path, output: Output, meta: dict[str, Any], *, in_snapshot: bool
) -> None:
    """Write the checkout: copied repository files, generated data, marker and violations."""
    if out_dir.exists() and any(out_dir.iterdir()):
        if not (out_dir / MARKER).is_file():
            raise SystemExit(f"synth: {out_dir} exists and was not written by synth.py; refusing")
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in COPY_DIRS:
        shutil.copytree(REPO / name, out_dir / name, ignore=ignore)
    for rel in COPY_FILES:
        (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / rel, out_dir / rel)
    for rel, text in output.files.items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if in_snapshot:
        tsv = out_dir / "ontology" / "imports" / "firesld-imports.tsv"
        with tsv.open("a", encoding="utf-8", newline="") as handle:
            for row in output.snapshot_rows:
                curie, label = row.split("\t")
                handle.write(
                    f"{curie}\t\t{label}\tfalse\t\tsynthetic\tbenchmarks/synth.py\t\tsynthetic\n"
                )
    (out_dir / SEEDED).write_text(
        json.dumps(output.seeded, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out_dir / MARKER).write_text(
        json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def verify(out_dir: Path, output: Output) -> int:
    """Parse every written file back with PyYAML and compare with the generated records.

    :returns: the number of records compared
    """
    import yaml

    n = 0
    for rel in output.files:
        doc = yaml.safe_load((out_dir / rel).read_text(encoding="utf-8"))
        for items in doc.values():
            for rec in items:
                n += 1
                for key, value in rec.items():
                    if isinstance(value, str) and value != value.strip():
                        raise SystemExit(f"synth: {rel}: {rec['id']}.{key}: whitespace lost")
    # exact values: re-emit what was read and compare the text
    for rel, text in output.files.items():
        doc = yaml.safe_load(text)
        lines: list[str] = []
        header, _, _ = text.partition("\n")
        lines.append(header)
        indent = "  " if rel.startswith("data/claims/") else ""
        for key, items in doc.items():
            lines.append(f"{key}:")
            for j, rec in enumerate(items):
                if indent == "" or j > 0:
                    lines.append("")
                emit_record(list(rec.items()), indent, lines)
        if "\n".join(lines) + "\n" != text:
            raise SystemExit(f"synth: {rel}: the YAML does not read back as written")
    return n


def _size(text: str) -> int:
    """Read 10k, 1m, 2.5m, 1e6 or 100000 as a number."""
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    try:
        return int(float(text[:-1] if scale != 1 else text) * scale)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}") from err


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        description="Write a synthetic firesld checkout (schema, ontology, shapes, queries, data).",
    )
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--claims", type=int, help="number of claims")
    size.add_argument(
        "--triples",
        type=_size,
        help="target release size in triples, picks --claims (10k, 1m, 2.5m or 100000)",
    )
    parser.add_argument("--out", type=Path, required=True, help="the folder to write (replaced)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument(
        "--violations",
        type=float,
        default=0.0,
        help="share of claims with one seeded violation each, e.g. 0.01 (default 0)",
    )
    parser.add_argument("--claims-per-file", type=int, default=1000, help="claims per YAML file")
    parser.add_argument(
        "--in-snapshot",
        action="store_true",
        help="append the synthetic ids to the copy's import snapshot table, so they pass the "
        "snapshot check (the release's imports graph is unchanged)",
    )
    parser.add_argument(
        "--verify", action="store_true", help="read every file back with PyYAML and compare"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing")
    args = parser.parse_args(argv)
    if not 0 <= args.violations <= 1:
        parser.error("--violations is a share between 0 and 1")
    start = time.perf_counter()
    n_claims = args.claims
    if n_claims is None:
        n_claims = claims_for_triples(args.triples, args.seed)
    if n_claims < 1:
        parser.error("--claims must be at least 1")
    output = generate(n_claims, args.seed, args.violations, claims_per_file=args.claims_per_file)
    meta = {
        "generator": "benchmarks/synth.py",
        "seed": args.seed,
        "claims": n_claims,
        "violation_rate": args.violations,
        "seeded_violations": len(output.seeded),
        "records": output.records,
        "entities": output.entities,
        "estimated_triples": output.triples,
        "in_snapshot": args.in_snapshot,
        "claims_per_file": args.claims_per_file,
    }
    write_checkout(args.out, output, meta, in_snapshot=args.in_snapshot)
    if args.verify:
        verify(args.out, output)
    seconds = time.perf_counter() - start
    if not args.quiet:
        size_mb = sum(len(t.encode()) for t in output.files.values()) / 1e6
        print(  # noqa: T201 - the command's report
            f"{args.out}: {output.records} records ({output.entities} entities, {n_claims} claims) "
            f"in {len(output.files) + 2} data files, {size_mb:.1f} MB; "
            f"{len(output.seeded)} seeded violation(s); "
            f"about {output.triples} triples in the release; {seconds:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
