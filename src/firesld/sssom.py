"""The release's term and identifier mappings as an SSSOM/TSV mapping set.

`SSSOM <https://mapping-commons.github.io/sssom/>`_ (Simple Standard for Sharing Ontological
Mappings) is a table of mappings, one a line, under a YAML metadata block whose lines begin with
``#``. firesld writes one mapping set, ``exports/firesld.sssom.tsv`` (:data:`SSSOM_FILE`), made from
the entity records of the release graph (:mod:`firesld.records`), with three kinds of rows:

- **term rows** (literal mappings): each term of an entity, its Chinese label (the review's own
  term, ``rdfs:label@zh``) and its English label (``rdfs:label@en``: the authority's label, or
  firesld's own for a firesld id), mapped with ``skos:exactMatch`` to the entity's id. A term has no
  identifier of its own, so, as the SSSOM specification has it for a literal, ``subject_type`` is
  ``rdfs literal``, ``subject_label`` holds the term and ``subject_id`` is empty; a Chinese term's
  ``subject_source`` is the review (``firesld.pub:review``);
- **cross-reference rows**: each curated cross-reference of an entity (``exact_matches``,
  ``close_matches``, ``related_matches``, ``broad_matches``, ``narrow_matches``), mapped with the
  slot's SKOS property (``skos:exactMatch`` …) from the entity's id to the other authority's id.
  For a firesld-minted id (``firesld.entity:``) these are the authority terms nearest to it;
- **no-term rows**: each firesld-minted id mapped with ``skos:exactMatch`` to ``sssom:NoTermFound``,
  SSSOM's way of saying that no authority has the entity; the comment gives the record's
  ``no_authority_reason``.

Publications (``firesld.pub:``) and studies (``firesld.study:``) are records of the review, not
terms, and get no rows (:data:`EXCLUDED_CLASSES`). Every row's ``mapping_justification`` is
``semapv:ManualMappingCuration``: a curator read each id with its label in the authority's file
and chose each cross-reference and its SKOS property. No row has a confidence: the data records
none. Identifiers are CURIEs with the schema's prefixes; the ``curie_map`` declares each prefix the
rows use, except SSSOM's built-in ones (:data:`SSSOM_BUILT_IN_PREFIXES`).

The file follows the canonical SSSOM/TSV rules: metadata slots and columns in the order of the SSSOM
schema, prefixes sorted, plain YAML scalars where YAML allows them, values quoted only when they
hold a double quote, a tab or a line break, rows sorted on all their columns. It is byte-stable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING

from firesld.constants import BASE_IRI, DATASET_VERSION_IRI, DOWNLOAD_BASE, SCHEMA_LICENSE
from firesld.model import Model
from firesld.records import ReleaseRecords, compact
from firesld.tsv import format_tsv, sssom_cell
from firesld.version import RELEASE_DATE, VERSION

if TYPE_CHECKING:
    from firesld.datamodel.firesld_pydantic import NamedThing

__all__ = [
    "COLUMNS",
    "CREATOR_LABEL",
    "EXCLUDED_CLASSES",
    "JUSTIFICATION",
    "MAPPING_SET_ID",
    "MATCH_SLOTS",
    "MINTED_PREFIX",
    "NO_TERM_FOUND",
    "REVIEW",
    "SSSOM_BUILT_IN_PREFIXES",
    "SSSOM_FILE",
    "SSSOM_VERSION",
    "SssomRow",
    "format_sssom",
    "get_sssom_metadata",
    "get_sssom_rows",
    "serialize_sssom",
]

#: The file under ``exports/``.
SSSOM_FILE = "firesld.sssom.tsv"

#: The mapping set's id: where the release publishes the file (as the dataset description says).
MAPPING_SET_ID = DOWNLOAD_BASE + SSSOM_FILE

#: The version of the SSSOM specification the file follows (1.1: a literal has no ``subject_id``).
SSSOM_VERSION = "1.1"

#: Who made the mappings and the set (the publisher named in ``firesld.void.ttl``).
CREATOR_LABEL = "firesld developers"

#: The justification of every row.
JUSTIFICATION = "semapv:ManualMappingCuration"

#: The object of a no-term row.
NO_TERM_FOUND = "sssom:NoTermFound"

#: The source of the review's Chinese terms.
REVIEW = "firesld.pub:review"

#: The prefix of firesld-minted entity ids (entities no authority has).
MINTED_PREFIX = "firesld.entity"

#: SSSOM's built-in prefixes: predefined by the specification, so left out of the ``curie_map``.
SSSOM_BUILT_IN_PREFIXES = frozenset({"owl", "rdf", "rdfs", "semapv", "skos", "sssom"})

#: Entity classes whose records are not terms of a vocabulary and get no row.
EXCLUDED_CLASSES = frozenset({"Publication", "Study"})

#: The cross-reference slots of an entity, in the order their rows are made.
MATCH_SLOTS = (
    "exact_matches",
    "close_matches",
    "related_matches",
    "broad_matches",
    "narrow_matches",
)

#: The columns of the mappings block, in the order of the SSSOM schema's ``Mapping`` class.
COLUMNS = (
    "subject_id",
    "subject_label",
    "predicate_id",
    "object_id",
    "object_label",
    "mapping_justification",
    "author_label",
    "subject_type",
    "subject_source",
    "comment",
)

_LITERAL = "rdfs literal"
_EXACT = "skos:exactMatch"
_COMMENT_ZH = "the review's Chinese term for the entity (rdfs:label@zh)"
_COMMENT_EN = "the entity's English label (rdfs:label@en), the authority's own"
_COMMENT_EN_MINTED = (
    "the entity's English label (rdfs:label@en), firesld's own: no authority has it"
)
_COMMENT_NEAREST = "firesld-minted id (no authority has the entity): an authority term near it"
_COMMENT_NO_TERM = "no authority identifies the entity"
_TITLE = "firesld mappings of the review's terms and firesld's ids to authority identifiers"
_DESCRIPTION = (
    "The terms of the review IL-1β/IL-1R1 轴在发热感染相关性癫痫综合征中作用的研究进展 (儿科药物临床研究)"
    " mapped to the identifiers firesld gives the entities they name, and the curated cross-references"
    " of these entities to other authorities: the Chinese term and the English label of each entity"
    " (literal mappings, skos:exactMatch to the entity's id), each cross-reference with its SKOS"
    " mapping property, and sssom:NoTermFound for each entity no authority identifies. Publications"
    " and studies are left out."
)
_SET_COMMENT = (
    "Made by firesld build from the release graph. The English labels of authority ids (subject_label"
    " and object_label) are the authorities' own, under their terms; see LICENSE-DATA."
)
_YAML_SPECIAL = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})
_PLAIN_TEXT = re.compile(r"[A-Za-z\u00a0-\uffff][^\t\n\r\"#]*")
_PLAIN_DATE_OR_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}|\d+\.\d+\.\d+")


@dataclass(frozen=True, order=True)
class SssomRow:
    """One mapping: the values of :data:`COLUMNS`, in that order (``""`` for an empty cell).

    The order of the fields is that of the columns, so sorting rows sorts them on all their columns.
    """

    subject_id: str
    subject_label: str
    predicate_id: str
    object_id: str
    object_label: str
    mapping_justification: str
    author_label: str
    subject_type: str
    subject_source: str
    comment: str

    def cells(self) -> tuple[str, ...]:
        """Return the values in column order.

        :returns: one string per column of :data:`COLUMNS`
        """
        return tuple(str(value) for value in astuple(self))


def _row(
    *,
    subject_id: str = "",
    subject_label: str = "",
    predicate_id: str,
    object_id: str,
    object_label: str = "",
    subject_type: str = "",
    subject_source: str = "",
    comment: str = "",
) -> SssomRow:
    """Make a row with the justification and author every row has."""
    return SssomRow(
        subject_id=subject_id,
        subject_label=subject_label,
        predicate_id=predicate_id,
        object_id=object_id,
        object_label=object_label,
        mapping_justification=JUSTIFICATION,
        author_label=CREATOR_LABEL,
        subject_type=subject_type,
        subject_source=subject_source,
        comment=comment,
    )


def _prefix(curie: str) -> str:
    """Return the prefix of a CURIE."""
    return curie.split(":", 1)[0]


def _first(values: Sequence[str] | None) -> str:
    """Return the first value of a list slot, or ``""``."""
    return str(values[0]) if values else ""


def _entity_rows(release: ReleaseRecords, model: Model, curie: str) -> list[SssomRow]:
    """Make the term, cross-reference and no-term rows of one entity."""
    record: NamedThing = release.entities[curie]
    minted = _prefix(curie) == MINTED_PREFIX
    label_en = _first(record.label)
    label_zh = _first(record.label_zh)
    rows = [
        _row(
            subject_label=label_en,
            subject_type=_LITERAL,
            predicate_id=_EXACT,
            object_id=curie,
            object_label=label_en,
            comment=_COMMENT_EN_MINTED if minted else _COMMENT_EN,
        )
    ]
    if label_zh:
        rows.append(
            _row(
                subject_label=label_zh,
                subject_type=_LITERAL,
                subject_source=REVIEW,
                predicate_id=_EXACT,
                object_id=curie,
                object_label=label_en,
                comment=_COMMENT_ZH,
            )
        )
    slots = model.classes[type(record).__name__]["slots"]
    for slot in MATCH_SLOTS:
        predicate = compact(model, slots[slot]["slot_uri"])
        for other in getattr(record, slot) or []:
            rows.append(
                _row(
                    subject_id=curie,
                    subject_label=label_en,
                    predicate_id=predicate,
                    object_id=str(other),
                    object_label=release.label(str(other)) or "",
                    comment=_COMMENT_NEAREST if minted else "",
                )
            )
    if minted:
        reason = " ".join(str(record.no_authority_reason or "").split())
        rows.append(
            _row(
                subject_id=curie,
                subject_label=label_en,
                predicate_id=_EXACT,
                object_id=NO_TERM_FOUND,
                comment=f"{_COMMENT_NO_TERM}: {reason}" if reason else _COMMENT_NO_TERM,
            )
        )
    return rows


def get_sssom_rows(release: ReleaseRecords, model: Model) -> list[SssomRow]:
    """Make the mappings of the release, sorted on all their columns (the canonical order).

    :param release: the records of the release
    :param model: the compact model (the SKOS property of each cross-reference slot)
    :returns: the rows
    """
    rows: list[SssomRow] = []
    for curie, record in release.entities.items():
        if type(record).__name__ not in EXCLUDED_CLASSES:
            rows += _entity_rows(release, model, curie)
    return sorted(rows)


def _curies(rows: Iterable[SssomRow]) -> set[str]:
    """Return the CURIEs of the rows' identifier columns."""
    found: set[str] = set()
    for row in rows:
        found |= {row.subject_id, row.predicate_id, row.object_id, row.mapping_justification}
        found.add(row.subject_source)
    return {curie for curie in found if curie}


def get_sssom_metadata(rows: Sequence[SssomRow], model: Model) -> dict[str, object]:
    """Make the metadata block: the mapping set's slots, in the order of the SSSOM schema.

    :param rows: the mappings (the ``curie_map`` declares the prefixes they use)
    :param model: the compact model (the prefix expansions)
    :returns: slot to value (a string, a list of strings, or the ``curie_map`` dict)
    :raises ValueError: when a row uses a prefix the schema does not declare
    """
    prefixes = model.prefixes
    used = {_prefix(curie) for curie in _curies(rows)} - SSSOM_BUILT_IN_PREFIXES
    unknown = sorted(used - set(prefixes))
    if unknown:
        raise ValueError(f"prefixes not in the schema's prefix map: {', '.join(unknown)}")
    return {
        "sssom_version": SSSOM_VERSION,
        "curie_map": {prefix: prefixes[prefix] for prefix in sorted(used)},
        "mapping_set_id": MAPPING_SET_ID,
        "mapping_set_version": VERSION,
        "mapping_set_title": _TITLE,
        "mapping_set_description": _DESCRIPTION,
        "creator_label": [CREATOR_LABEL],
        "license": SCHEMA_LICENSE,
        "mapping_provider": BASE_IRI,
        "mapping_date": RELEASE_DATE,
        "publication_date": RELEASE_DATE,
        "see_also": [DATASET_VERSION_IRI],
        "comment": _SET_COMMENT,
    }


def _yaml_scalar(value: str) -> str:
    """Write a string as a YAML scalar: plain where that reads back as the same text, else quoted.

    ISO dates and dotted versions stay plain (a YAML reader takes the date as a date).

    >>> _yaml_scalar("https://w3id.org/firesld/"), _yaml_scalar("1.1"), _yaml_scalar("0.1.0")
    ('https://w3id.org/firesld/', '"1.1"', '0.1.0')
    >>> _yaml_scalar("the review's terms"), _yaml_scalar("a: b"), _yaml_scalar("yes")
    ("the review's terms", '"a: b"', '"yes"')
    """
    plain = (
        _PLAIN_TEXT.fullmatch(value) is not None
        and ": " not in value
        and not value.endswith((":", " "))
        and value.lower() not in _YAML_SPECIAL
    )
    if plain or _PLAIN_DATE_OR_VERSION.fullmatch(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _metadata_lines(metadata: Mapping[str, object]) -> list[str]:
    """Write the metadata block as YAML lines (block mappings and sequences)."""
    lines = []
    for key, value in metadata.items():
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {k}: {_yaml_scalar(str(v))}" for k, v in value.items()]
        elif isinstance(value, list):
            lines.append(f"{key}:")
            lines += [f"  - {_yaml_scalar(str(v))}" for v in value]
        else:
            lines.append(f"{key}: {_yaml_scalar(str(value))}")
    return lines


def format_sssom(metadata: Mapping[str, object], rows: Sequence[SssomRow]) -> str:
    """Write a mapping set as SSSOM/TSV: the ``#`` metadata block, the header, one line per row.

    :param metadata: the mapping set's slots (:func:`get_sssom_metadata`)
    :param rows: the mappings, in the order to write them
    :returns: the text, each line ending with a line feed
    """
    preamble = ["#" + line for line in _metadata_lines(metadata)]
    return format_tsv(COLUMNS, (row.cells() for row in rows), sssom_cell, preamble=preamble)


def serialize_sssom(release: ReleaseRecords, model: Model) -> dict[str, bytes]:
    """Write the release's mappings as SSSOM/TSV.

    :param release: the records of the release
    :param model: the compact model (prefixes and the SKOS property of each cross-reference slot)
    :returns: ``{SSSOM_FILE: bytes}``, the file under ``exports/``
    """
    rows = get_sssom_rows(release, model)
    return {SSSOM_FILE: format_sssom(get_sssom_metadata(rows, model), rows).encode("utf-8")}
