"""Describe the release: version, date, source checksum, counts and file checksums."""

from __future__ import annotations

import hashlib
from typing import Any

from firesld.constants import SOURCE_SHA256, package_layout
from firesld.errors import ResourceError
from firesld.version import RELEASE_DATE, VERSION

__all__ = ["COUNTS_QUERY", "count_release", "get_info"]

#: Counts of the release. An entity is a node typed with a firesld class other than those of a
#: claim and its parts (records.NOT_ENTITY_CLASSES: Claim, Quantity and the text anchors and
#: selectors), a curated entity record; the ontology's own classes and enum values are not.
COUNTS_QUERY = """
PREFIX firesld: <https://w3id.org/firesld/vocab/>
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a firesld:Claim . BIND("claims" AS ?what) }
  UNION { ?x a firesld:Claim ; firesld:certainty firesld:asserted . BIND("asserted claims" AS ?what) }
  UNION { ?x a firesld:Claim ; firesld:certainty firesld:hedged . BIND("hedged claims" AS ?what) }
  UNION { ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(firesld:)))
          FILTER(?c NOT IN (firesld:Claim, firesld:Quantity, firesld:TextAnchor, firesld:TextSelector,
                            firesld:TextQuoteSelector, firesld:TextPositionSelector))
          FILTER(!STRSTARTS(STR(?x), STR(firesld:)))
          BIND("entities" AS ?what) }
} GROUP BY ?what ORDER BY ?what
"""


def count_release(store: Any) -> dict[str, int]:
    """Count the triples, entities and (asserted, hedged) claims of a release loaded in a store.

    :param store: a ``pyoxigraph.Store`` holding the release in its default graph
    :returns: ``triples``, ``entities``, ``claims``, ``asserted claims`` and ``hedged claims``
    """
    counts: dict[str, int] = {"triples": len(store)}
    for row in store.query(COUNTS_QUERY):
        counts[str(row["what"].value)] = int(row["n"].value)
    return counts


def get_info() -> dict[str, Any]:
    """Return facts about the installed release.

    :returns: version, release date, the review's SHA-256, triple/entity/claim counts and the
        SHA-256 of each export file
    :raises ResourceError: when the release files are missing
    """
    import pyoxigraph

    layout = package_layout()
    nt = layout.release_nt
    if not nt.is_file():
        raise ResourceError(f"{nt}: release not found (run `firesld build`)")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    counts = count_release(store)
    files = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(layout.exports_dir.glob("firesld*"))
        if path.is_file()
    }
    return {
        "version": VERSION,
        "release_date": RELEASE_DATE,
        "source": "IL-1β/IL-1R1 轴在发热感染相关性癫痫综合征中作用的研究进展 (review text)",
        "source_sha256": SOURCE_SHA256,
        "counts": counts,
        "sha256": files,
    }
