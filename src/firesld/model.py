"""The compact model generated from the schema: classes, their slots, enums and prefixes.

Reading it needs no LinkML, so users who only validate or query do not install the build extra.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import curies

from firesld.constants import Layout, package_layout
from firesld.errors import ResourceError

__all__ = ["Model", "load_model"]

#: Local-part pattern of firesld's own prefixes (slugs: lower case, digits, dots and hyphens).
FIRESLD_LOCAL_PATTERN = r"^[a-z0-9][a-z0-9.\-]*$"

#: Prefix synonyms accepted on input, mapped to the canonical prefix.
PREFIX_SYNONYMS = {"ORPHA": "orphanet", "ORDO": "orphanet", "Orphanet": "orphanet"}


@dataclass(frozen=True)
class Model:
    """The schema in the form the runtime uses."""

    raw: dict[str, Any]
    patterns: dict[str, str]

    @property
    def classes(self) -> dict[str, dict[str, Any]]:
        """Classes by name, each with its induced slots."""
        return dict(self.raw["classes"])

    @property
    def enums(self) -> dict[str, dict[str, Any]]:
        """Enums by name, each with ``values``: permissible value to meaning IRI."""
        return dict(self.raw["enums"])

    @property
    def prefixes(self) -> dict[str, str]:
        """The schema's prefix map."""
        return dict(self.raw["prefixes"])

    @cached_property
    def container_slots(self) -> dict[str, str]:
        """Map a top-level key of a curated file (``genes``) to its class (``Gene``)."""
        return {
            cls["container_slot"]: name
            for name, cls in self.classes.items()
            if cls["container_slot"]
        }

    @cached_property
    def converter(self) -> curies.Converter:
        """The CURIE converter built from the schema's prefixes (with input synonyms)."""
        records = []
        for prefix, uri in sorted(self.prefixes.items()):
            synonyms = sorted(k for k, v in PREFIX_SYNONYMS.items() if v == prefix)
            records.append(curies.Record(prefix=prefix, uri_prefix=uri, prefix_synonyms=synonyms))
        return curies.Converter(records)

    @cached_property
    def _curies(self) -> dict[str, str]:
        """IRIs :meth:`compress` has written, to their CURIEs."""
        return {}

    @cached_property
    def _iris(self) -> dict[str, str]:
        """CURIEs :meth:`expand` has read, to their IRIs."""
        return {}

    def compress(self, iri: str) -> str:
        """Write an IRI as a CURIE with the schema's prefixes (the IRI itself when none fits).

        The converter looks each IRI up once; the release names the same nodes many times.

        :param iri: the IRI
        :returns: the CURIE
        """
        curie = self._curies.get(iri)
        if curie is None:
            curie = self._curies[iri] = self.converter.compress(iri) or iri
        return curie

    def expand(self, curie: str) -> str:
        """Expand a CURIE with the schema's prefixes (the CURIE itself when none fits).

        :param curie: the CURIE
        :returns: the IRI
        """
        iri = self._iris.get(curie)
        if iri is None:
            iri = self._iris[curie] = self.converter.expand(curie) or curie
        return iri

    @cached_property
    def compiled_patterns(self) -> dict[str, re.Pattern[str]]:
        """Compiled local-id patterns by prefix."""
        out = {p: re.compile(v) for p, v in self.patterns.items()}
        for prefix in self.prefixes:
            if prefix.startswith("firesld."):
                out[prefix] = re.compile(FIRESLD_LOCAL_PATTERN)
        return out

    def ancestors(self, class_name: str) -> list[str]:
        """Return the class and its ancestors."""
        return list(self.classes[class_name]["ancestors"])


def load_model(layout: Layout | None = None) -> Model:
    """Load the compact model and the prefix patterns.

    :param layout: where to read them; the installed package's files by default
    :returns: the model
    :raises ResourceError: when model.json is missing or unreadable
    """
    layout = layout or package_layout()
    path = layout.model_json
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ResourceError(
            f"{path}: cannot read the model (run `firesld generate`): {err}"
        ) from err
    return Model(raw=raw, patterns=read_patterns(layout.prefixes_tsv))


def read_patterns(path: Path) -> dict[str, str]:
    """Read the local-id patterns of prefixes.tsv (prefix → regex); empty when the file is absent.

    :param path: the prefixes.tsv snapshot
    :returns: patterns by prefix
    """
    if not Path(path).is_file():
        return {}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["prefix"]: row["pattern"] for row in rows if row.get("pattern")}
