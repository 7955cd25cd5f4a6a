"""Constants and helpers every part of the figure package shares (queries, kinds, inks)."""

from __future__ import annotations

import re
from pathlib import Path

FIRESLD = "https://w3id.org/firesld/vocab/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

#: The figure's title, as the review prints it under Figure 1.
FIGURE_TITLE = "Figure 1. Mechanism of action of IL-1β and related specific antagonists"

#: Where ``firesld figure --write`` puts the SVG, relative to the checkout.
DOCS_SVG = Path("docs") / "figure1.svg"

#: The markers around the generated Mermaid block of README.md.
README_START = "<!-- figure1:start -->"
README_END = "<!-- figure1:end -->"

#: The claims of Figure 1: those with a figure panel, with an object or a value in words.
CLAIMS_QUERY = """\
PREFIX firesld: <https://w3id.org/firesld/vocab/>
SELECT ?claim ?panel ?section ?subject ?predicate ?object ?value ?certainty ?negated ?text
WHERE {
  ?claim a firesld:Claim ;
    firesld:figure_panel ?panel ;
    firesld:subject ?subject ;
    firesld:predicate ?predicate ;
    firesld:certainty ?certainty .
  FILTER(REGEX(STR(?panel), "^1[A-Z]$"))
  OPTIONAL { ?claim firesld:object ?object }
  OPTIONAL { ?claim firesld:value_text ?value }
  OPTIONAL { ?claim firesld:negated ?negated }
  OPTIONAL { ?claim firesld:section ?section }
  OPTIONAL { ?claim firesld:supporting_text ?text FILTER(LANGMATCHES(LANG(?text), "en")) }
  FILTER(BOUND(?object) || BOUND(?value))
}
ORDER BY ?panel ?claim
"""

#: The names, symbols and firesld classes of the nodes (``%s``: the VALUES list of node IRIs).
NAMES_QUERY = """\
PREFIX firesld: <https://w3id.org/firesld/vocab/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?node ?kind ?value
WHERE {
  VALUES ?node { %s }
  {
    ?node rdfs:label ?value BIND("label" AS ?kind)
    FILTER(LANGMATCHES(LANG(?value), "en"))
  } UNION {
    ?node skos:altLabel ?value BIND("alt" AS ?kind)
    FILTER(LANGMATCHES(LANG(?value), "en"))
  } UNION {
    ?node firesld:symbol ?value BIND("symbol" AS ?kind)
  } UNION {
    ?node a ?value BIND("type" AS ?kind)
    FILTER(STRSTARTS(STR(?value), STR(firesld:)))
  }
}
ORDER BY ?node ?kind ?value
"""

#: Node kinds by firesld class, in order of precedence; anything else is ``other``.
KIND_OF_CLASS = {
    "Drug": "drug",
    "ChemicalEntity": "drug",
    "Treatment": "drug",
    "MacromolecularComplex": "complex",
    "GeneProduct": "protein",
    "Gene": "protein",
    "SequenceVariant": "protein",
    "BiologicalProcess": "process",
    "MolecularFunction": "process",
}

#: Kind → (legend text, fill, stroke), in legend order.
KINDS = {
    "protein": ("gene or protein", "#dbe9f6", "#2b6cb0"),
    "drug": ("drug", "#fde2c8", "#c05621"),
    "complex": ("complex", "#e3f1df", "#2f855a"),
    "process": ("process or activity", "#ece4f5", "#6b46c1"),
    "other": ("other entity", "#eeeeee", "#555555"),
    "text": ("value in words (no identifier)", "#ffffff", "#888888"),
}

INK = "#333333"
NEGATED_INK = "#c0392b"

_WIDE_PAREN_RE = re.compile(r"\s*\([^()]*[\u3000-\u9fff\uff00-\uffef][^()]*\)\s*$")
_LEGEND_PREFIX_RE = re.compile(r"^([A-Z])\s*[−–-]\s*")


def _local_name(iri: str) -> str:
    """Return the last segment of an IRI.

    :param iri: the IRI
    :returns: what follows its last ``/`` or ``#``

    >>> _local_name("https://w3id.org/biolink/vocab/directly_physically_interacts_with")
    'directly_physically_interacts_with'
    """
    return re.split(r"[/#]", iri)[-1]
