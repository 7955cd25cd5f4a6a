"""Flat tables of the release: one row per entity and one row per claim, for users without RDF.

The rows are made from the records of the release graph (:mod:`firesld.records`), so the tables
say exactly what the graph says. :func:`get_tables` returns them as lists of dicts (what
``pandas.DataFrame`` takes as it is); :func:`serialize_tables` writes them as the TSV files
``firesld_entities.tsv`` and ``firesld_claims.tsv`` of ``exports/``. Their columns are
:data:`ENTITY_COLUMNS` and :data:`CLAIM_COLUMNS`, in that order, documented in
``exports/README.md``; rows are sorted by id.

(The module is not named ``tables``: importing ``firesld.tables`` would replace the API function
:func:`firesld.tables` with the module.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from firesld.records import ReleaseRecords, compact
from firesld.tsv import format_tsv as write_tsv
from firesld.tsv import table_cell

if TYPE_CHECKING:
    from firesld.datamodel.firesld_pydantic import Claim, NamedThing, Quantity

__all__ = [
    "CLAIM_COLUMNS",
    "ENTITY_COLUMNS",
    "TABLE_FILES",
    "Column",
    "Row",
    "format_tsv",
    "get_claim_rows",
    "get_entity_rows",
    "get_tables",
    "serialize_tables",
]

#: A table row: column name to value (``None`` when empty; lists for multivalued columns).
Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, what it holds, and whether it holds a list."""

    name: str
    description: str
    multivalued: bool = False


#: The columns of ``firesld_entities.tsv``, in order.
ENTITY_COLUMNS: tuple[Column, ...] = (
    Column("id", "the entity's CURIE (`HGNC:6000`, `firesld.entity:il1-receptor-trimer`)"),
    Column("iri", "the full IRI of the entity"),
    Column("class", "the firesld class (`Gene`, `GeneProduct`, `Drug`, `Disease` …)"),
    Column("category", "the Biolink class (`biolink:Gene`, `biolink:Protein`, `biolink:Drug` …)"),
    Column("label_en", "the authority's English label (a firesld label where there is none)"),
    Column("label_zh", "the review's Chinese term"),
    Column("synonyms_en", "other English names, as the review writes them", multivalued=True),
    Column("synonyms_zh", "other Chinese names the review uses", multivalued=True),
    Column("symbol", "the HGNC symbol or UniProt entry name"),
    Column("description", "a short English description by the curator"),
    Column("in_taxon", "the organism of a gene or gene product (`NCBITaxon:9606`)"),
    Column("exact_matches", "ids of the same thing in other authorities", multivalued=True),
    Column("close_matches", "ids of a closely related, not identical thing", multivalued=True),
    Column("related_matches", "ids of a related thing", multivalued=True),
    Column("broad_matches", "ids of a broader thing", multivalued=True),
    Column("narrow_matches", "ids of a narrower thing", multivalued=True),
    Column("no_authority_reason", "why the entity has a firesld id instead of an authority's"),
)

#: The columns of ``firesld_claims.tsv``, in order.
CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("id", "the claim's CURIE (`firesld.claim:s2.1-01`)"),
    Column("subject", "the subject's CURIE"),
    Column("subject_label", "the subject's English label"),
    Column("predicate", "the predicate's CURIE (`biolink:treats`, `firesld:has_half_life`)"),
    Column("object", "the object's CURIE (empty for a quantity or value claim)"),
    Column("object_label", "the object's English label"),
    Column("quantity_text", "the quantity as printed in the review (`9%~18%`)"),
    Column("quantity_value", "the quantity's single value (a number)"),
    Column("quantity_minimum", "the lower bound of the quantity's range"),
    Column("quantity_maximum", "the upper bound of the quantity's range"),
    Column("quantity_unit", "the UCUM unit (of the upper bound too, unless the next column)"),
    Column("quantity_maximum_unit", "the UCUM unit of the upper bound, where it differs"),
    Column("value_text", "a value stated in words (a route of administration), in English"),
    Column("value_boolean", "a yes/no value (`true`, `false`)"),
    Column("frequency_text", "how often the relation holds among patients, as printed (`> 90%`)"),
    Column("negated", "`true` when the review states that the relation does not hold"),
    Column("certainty", "`asserted` (stated plainly) or `hedged` (可能, may, 推断, 提示 …)"),
    Column("hedge_cue", "the words of the review that hedge the claim", multivalued=True),
    Column("direction", "the direction of a reported change (`increased`, `decreased` …)"),
    Column("anatomical_context", "where the claim holds (UBERON CURIEs)", multivalued=True),
    Column("cell_type_context", "the cell types in which it holds (CL CURIEs)", multivalued=True),
    Column("species_context", "the organism in which it was observed (NCBITaxon CURIE)"),
    Column("age_group", "the age group it is about (`child`, `adult`, `immature_animal` …)"),
    Column("study", "the study it reports (`firesld.study:…`)"),
    Column("evidence", "the evidence type, an ECO CURIE"),
    Column("evidence_label", "the ECO term's label"),
    Column("knowledge_level", "the Biolink knowledge level (`knowledge_assertion`, `prediction`)"),
    Column("agent_type", "the Biolink agent type (`manual_agent`)"),
    Column("section", "the section of the review (`abstract`, `introduction`, `2.1` …)"),
    Column("figure_panel", "the panel of Figure 1 that shows it (`1A`, `1B`, `1C`)"),
    Column("table_row", "the row of Table 1 it comes from (its Chinese heading)"),
    Column("reference_numbers", "the reference numbers the sentence cites", multivalued=True),
    Column("reference_string", "the citation as printed (`[15-16]`)"),
    Column("supporting_text_zh", "the review's Chinese sentence, verbatim"),
    Column("supporting_text_en", "its English rendering"),
    Column("translation_source", "whose English: `authors_abstract` or `curator_translation`"),
    Column("in_tension_with", "claims this claim is in tension with", multivalued=True),
    Column("curator_note", "the curator's remark on how the claim was read"),
)

#: The file names of the tables under ``exports/``, by table name.
TABLE_FILES = {"entities": "firesld_entities.tsv", "claims": "firesld_claims.tsv"}


def _clean(value: Any) -> Any:
    """Replace tabs and line breaks in text by spaces (a TSV cell holds one line)."""
    if isinstance(value, str):
        return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _value(value: Any) -> Any:
    """Return an enum member's value (the records keep plain values, but be sure)."""
    return value.value if isinstance(value, Enum) else value


def _first(values: Sequence[str] | None) -> str | None:
    """Return the first value of a multivalued slot, if any."""
    return str(values[0]) if values else None


def _number(value: Decimal | None) -> int | float | None:
    """Return a quantity bound as an int when it is integral, else a float."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _entity_row(release: ReleaseRecords, curie: str, record: NamedThing) -> Row:
    """Make the table row of one entity."""
    class_name = type(record).__name__
    mappings = release.model.classes[class_name]["mappings"]
    row: Row = {
        "id": curie,
        "iri": release.iri(curie),
        "class": class_name,
        "category": compact(release.model, mappings[0]) if mappings else None,
        "label_en": _first(record.label),
        "label_zh": _first(record.label_zh),
        "synonyms_en": list(record.synonyms or []),
        "synonyms_zh": list(record.synonyms_zh or []),
        "symbol": getattr(record, "symbol", None),
        "description": record.description,
        "in_taxon": getattr(record, "in_taxon", None),
        "exact_matches": list(record.exact_matches or []),
        "close_matches": list(record.close_matches or []),
        "related_matches": list(record.related_matches or []),
        "broad_matches": list(record.broad_matches or []),
        "narrow_matches": list(record.narrow_matches or []),
        "no_authority_reason": record.no_authority_reason,
    }
    return {column.name: _clean(row[column.name]) for column in ENTITY_COLUMNS}


def _claim_row(release: ReleaseRecords, claim: Claim) -> Row:
    """Make the table row of one claim."""
    model = release.model
    predicate = compact(model, model.enums["PredicateEnum"]["values"][_value(claim.predicate)])
    evidence = compact(model, model.enums["EvidenceEnum"]["values"][_value(claim.evidence_type)])
    quantity: Quantity | None = claim.quantity
    row: Row = {
        "id": claim.id,
        "subject": claim.subject,
        "subject_label": release.label(claim.subject),
        "predicate": predicate,
        "object": claim.object,
        "object_label": release.label(claim.object) if claim.object else None,
        "quantity_text": quantity.quantity_text if quantity else None,
        "quantity_value": _number(quantity.numeric_value) if quantity else None,
        "quantity_minimum": _number(quantity.minimum_value) if quantity else None,
        "quantity_maximum": _number(quantity.maximum_value) if quantity else None,
        "quantity_unit": quantity.unit if quantity else None,
        "quantity_maximum_unit": quantity.maximum_unit if quantity else None,
        "value_text": claim.value_text,
        "value_boolean": claim.value_boolean,
        "frequency_text": claim.frequency.quantity_text if claim.frequency else None,
        "negated": bool(claim.negated),
        "certainty": _value(claim.certainty),
        "hedge_cue": list(claim.hedge_cue or []),
        "direction": _value(claim.direction),
        "anatomical_context": list(claim.anatomical_context or []),
        "cell_type_context": list(claim.cell_type_context or []),
        "species_context": claim.species_context,
        "age_group": _value(claim.age_group),
        "study": claim.study,
        "evidence": evidence,
        "evidence_label": release.label(evidence),
        "knowledge_level": _value(claim.knowledge_level),
        "agent_type": _value(claim.agent_type),
        "section": claim.section,
        "figure_panel": claim.figure_panel,
        "table_row": claim.table_row,
        "reference_numbers": list(claim.reference_numbers or []),
        "reference_string": claim.reference_string,
        "supporting_text_zh": _first(claim.supporting_text_zh),
        "supporting_text_en": _first(claim.supporting_text_en),
        "translation_source": _value(claim.translation_source),
        "in_tension_with": list(claim.in_tension_with or []),
        "curator_note": claim.curator_note,
    }
    return {column.name: _clean(row[column.name]) for column in CLAIM_COLUMNS}


def get_entity_rows(release: ReleaseRecords) -> list[Row]:
    """Return one row per entity, sorted by id.

    :param release: the records of the release
    :returns: rows with the columns of :data:`ENTITY_COLUMNS`
    """
    return [_entity_row(release, curie, record) for curie, record in release.entities.items()]


def get_claim_rows(release: ReleaseRecords) -> list[Row]:
    """Return one row per claim, sorted by id.

    :param release: the records of the release
    :returns: rows with the columns of :data:`CLAIM_COLUMNS`
    """
    return [_claim_row(release, claim) for claim in release.claims]


def get_tables(release: ReleaseRecords) -> dict[str, list[Row]]:
    """Return the entity table and the claim table.

    :param release: the records of the release
    :returns: ``{"entities": [...], "claims": [...]}``, lists of dicts
    """
    return {"entities": get_entity_rows(release), "claims": get_claim_rows(release)}


def format_tsv(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column]) -> str:
    """Write rows as TSV: a header of column names, then one line per row, no quoting.

    :param rows: the rows
    :param columns: the columns, in order
    :returns: the text

    >>> columns = (Column("id", "id"), Column("hedge_cue", "cues", multivalued=True),
    ...            Column("negated", "negated"))
    >>> text = format_tsv([{"id": "firesld.claim:x", "hedge_cue": ["可能", "提示"], "negated": False}],
    ...                   columns)
    >>> print(text.replace(chr(9), " ; "), end="")
    id ; hedge_cue ; negated
    firesld.claim:x ; 可能|提示 ; false
    """
    return write_tsv(
        [column.name for column in columns],
        ([row.get(column.name) for column in columns] for row in rows),
        table_cell,
    )


def serialize_tables(release: ReleaseRecords) -> dict[str, bytes]:
    """Write the entity and claim tables as TSV.

    :param release: the records of the release
    :returns: file name (``firesld_entities.tsv``, ``firesld_claims.tsv``) to bytes
    """
    tables = get_tables(release)
    columns = {"entities": ENTITY_COLUMNS, "claims": CLAIM_COLUMNS}
    return {
        TABLE_FILES[name]: format_tsv(tables[name], columns[name]).encode()
        for name in ("entities", "claims")
    }
