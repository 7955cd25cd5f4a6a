"""Namespaces, IRIs and the paths of every file firesld reads or writes."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from firesld.version import VERSION

__all__ = [
    "BASE_IRI",
    "CLAIMS_GRAPH",
    "CLAIM_NS",
    "DATASET_IRI",
    "DATASET_VERSION_IRI",
    "DATA_GRAPH",
    "DOWNLOAD_BASE",
    "GRAPH_NS",
    "IMPORTS_GRAPH",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_IRI",
    "ONTOLOGY_VERSION_IRI",
    "REVIEW_IRI",
    "SCHEMA_LICENSE",
    "SOURCE_SHA256",
    "SPARQL_EXAMPLES_NS",
    "VOCAB_NS",
    "Layout",
    "package_layout",
]

BASE_IRI = "https://w3id.org/firesld/"
VOCAB_NS = BASE_IRI + "vocab/"
CLAIM_NS = BASE_IRI + "claim/"
ONTOLOGY_IRI = BASE_IRI + "firesld.owl"
ONTOLOGY_VERSION_IRI = f"{BASE_IRI}releases/{VERSION}/firesld.owl"
REVIEW_IRI = BASE_IRI + "publication/review"
#: The named graphs of ``firesld.trig`` and ``firesld.nq``: every release triple is in exactly one.
GRAPH_NS = BASE_IRI + "graph/"
#: The OWL ontology generated from the schema.
ONTOLOGY_GRAPH = GRAPH_NS + "ontology"
#: The import snapshot: authority labels of the external terms used (droppable).
IMPORTS_GRAPH = GRAPH_NS + "imports"
#: The curated entity records.
DATA_GRAPH = GRAPH_NS + "data"
#: The claim nodes, their quantities, and the direct edges of asserted claims.
CLAIMS_GRAPH = GRAPH_NS + "claims"
#: The dataset described by ``firesld.void.ttl`` (HCLS summary level), and this release of it.
DATASET_IRI = BASE_IRI + "dataset"
DATASET_VERSION_IRI = f"{DATASET_IRI}/{VERSION}"
#: Where the files of this release are published (``<DOWNLOAD_BASE>firesld.ttl`` ...).
DOWNLOAD_BASE = f"{BASE_IRI}releases/{VERSION}/"
#: The namespace of the SPARQL examples in ``firesld.sparql-examples.ttl``.
SPARQL_EXAMPLES_NS = BASE_IRI + "sparql-examples/"
SCHEMA_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
#: SHA-256 of the review text the curation was made from (the PDF extraction, UTF-8).
SOURCE_SHA256 = "954bf28c2c1bd64b0c6d4d50b910c16ea5541469013fc43dddd498485b6de2f9"


#: Relative paths of the artefacts generated from the schema, in the order they are made.
GENERATED_PATHS = (
    "ontology/firesld.owl.ttl",
    "ontology/firesld.owl",
    "shapes/firesld.shacl.ttl",
    "shapes/firesld-consumer.shacl.ttl",
    "exports/firesld.context.jsonld",
    "src/firesld/datamodel/model.json",
    "src/firesld/datamodel/firesld_pydantic.py",
)


@dataclass(frozen=True)
class Layout:
    """Where each part of firesld lives under one root folder.

    The same layout is used for a repository checkout (where ``firesld build`` writes) and for the
    copy shipped inside the installed wheel (which the read-only commands use).
    """

    root: Path

    @property
    def schema(self) -> Path:
        """The LinkML schema (edited by hand)."""
        return self.root / "schema" / "firesld.yaml"

    @property
    def data_dir(self) -> Path:
        """The curated YAML records (edited by hand)."""
        return self.root / "data"

    @property
    def ontology_dir(self) -> Path:
        """The generated OWL ontology and the import snapshot."""
        return self.root / "ontology"

    @property
    def owl_ttl(self) -> Path:
        """The generated ontology in Turtle."""
        return self.ontology_dir / "firesld.owl.ttl"

    @property
    def owl_xml(self) -> Path:
        """The generated ontology in RDF/XML (for owlready2 and Protégé)."""
        return self.ontology_dir / "firesld.owl"

    @property
    def imports_ttl(self) -> Path:
        """The import snapshot: authority labels of every external id used."""
        return self.ontology_dir / "imports" / "firesld-imports.ttl"

    @property
    def imports_tsv(self) -> Path:
        """The import snapshot as a table."""
        return self.ontology_dir / "imports" / "firesld-imports.tsv"

    @property
    def prefixes_tsv(self) -> Path:
        """Identifier patterns of every prefix, snapshotted from bioregistry."""
        return self.ontology_dir / "imports" / "prefixes.tsv"

    @property
    def shapes_dir(self) -> Path:
        """SHACL shapes."""
        return self.root / "shapes"

    @property
    def shacl(self) -> Path:
        """The SHACL shapes generated from the schema."""
        return self.shapes_dir / "firesld.shacl.ttl"

    @property
    def shacl_extra(self) -> Path:
        """The hand-written SHACL shapes."""
        return self.shapes_dir / "firesld-extra.shacl.ttl"

    @property
    def shacl_consumer(self) -> Path:
        """The consumer profile: shapes for published and merged graphs, generated."""
        return self.shapes_dir / "firesld-consumer.shacl.ttl"

    @property
    def shacl_void(self) -> Path:
        """The hand-written SHACL shapes of the dataset description (``firesld.void.ttl``)."""
        return self.shapes_dir / "firesld-void.shacl.ttl"

    @property
    def model_json(self) -> Path:
        """The compact model (classes, induced slots, enums) generated from the schema."""
        return self.root / "src" / "firesld" / "datamodel" / "model.json"

    @property
    def queries_dir(self) -> Path:
        """Example SPARQL queries and QC queries."""
        return self.root / "queries"

    @property
    def exports_dir(self) -> Path:
        """The published release files."""
        return self.root / "exports"

    @property
    def context(self) -> Path:
        """The JSON-LD context generated from the schema."""
        return self.exports_dir / "firesld.context.jsonld"

    @property
    def release_nt(self) -> Path:
        """The release graph in sorted N-Triples."""
        return self.exports_dir / "firesld.nt"

    @property
    def release_trig(self) -> Path:
        """The release as TriG, with one named graph per part (ontology, imports, data, claims)."""
        return self.exports_dir / "firesld.trig"

    @property
    def release_void(self) -> Path:
        """The dataset description (VoID, DCAT, PAV) of the release files."""
        return self.exports_dir / "firesld.void.ttl"


def package_layout() -> Layout:
    """Return the layout of the files shipped with the installed package.

    In a wheel, hatchling force-includes the top-level folders under ``firesld/_resources``. In an
    editable install of a checkout those are absent and the checkout itself is used.

    :returns: the layout to read schema, ontology, shapes, data, queries and exports from
    """
    packaged = Path(str(files("firesld"))) / "_resources"
    if (packaged / "schema" / "firesld.yaml").is_file():
        return _packaged_layout(packaged)
    return Layout(Path(__file__).resolve().parents[2])


def _packaged_layout(packaged: Path) -> Layout:
    """Return the wheel's layout, whose model.json sits inside the package itself."""
    return _WheelLayout(packaged)


@dataclass(frozen=True)
class _WheelLayout(Layout):
    """The layout inside an installed wheel: the model lives in the package, not under src/."""

    @property
    def model_json(self) -> Path:
        """The compact model shipped in the package."""
        return Path(str(files("firesld"))) / "datamodel" / "model.json"


#: Frequencies in whose claims the relation does not hold in general (不一定 "not necessarily",
#: 仅少数 "only in a few"): such a claim, even asserted, gets no direct ``subject predicate object``
#: edge, so the qualifier cannot be lost by a consumer who reads only the edges.
WEAK_FREQUENCIES = ("not_necessarily", "in_few")

#: Degrees in whose claims the relation is not a plain fact either (效果较差 "works poorly", 关系较小
#: "weakly", 没有明确的相关性 "not clearly"): an asserted claim with one gets no direct edge.
WEAK_DEGREES = ("poorly", "weakly", "not_clearly")


def gives_direct_edge(
    certainty: str | None, negated: bool, frequency: str | None, degree: str | None
) -> bool:
    """Tell whether a claim with an object gets a direct ``subject predicate object`` edge.

    The one home of the rule the build (:mod:`firesld.data`), the release split
    (:mod:`firesld.export`) and the nanopublications (:mod:`firesld.nanopub`) follow: only an
    asserted claim (a hedged "may" must not become a bare fact), not negated, whose frequency is
    not in :data:`WEAK_FREQUENCIES` and whose degree is not in :data:`WEAK_DEGREES`.

    :param certainty: the claim's certainty (``asserted``, ``hedged`` …)
    :param negated: whether the claim is negated
    :param frequency: its qualitative frequency (an enum value's name), if any
    :param degree: its degree (an enum value's name), if any
    :returns: True when the claim's edge is part of the release
    """
    return (
        certainty == "asserted"
        and not negated
        and frequency not in WEAK_FREQUENCIES
        and degree not in WEAK_DEGREES
    )


# ---- the registries the command line offers as choices (here, so ``--help`` imports no RDF library)

#: The SHACL engines (:func:`firesld.validate.check_shacl`): pyshacl-turbo (a Rust engine with
#: pySHACL's API, the default) and pySHACL itself (the reference; the tests check both give the
#: same report on every fixture).
SHACL_ENGINES = ("turbo", "pyshacl")

#: The SHACL profiles: ``curation`` (closed shapes, one label per language: the curated records
#: and firesld's own release files) and ``consumer`` (open shapes for published and merged graphs,
#: ``shapes/firesld-consumer.shacl.ttl``; see :func:`firesld.generate.consumer_shapes`).
SHACL_PROFILES = ("curation", "consumer")

#: The HTTP authentication schemes a store accepts (:class:`firesld.store.Credentials`).
AUTH_SCHEMES = ("basic", "digest")
#: How ``firesld load`` uploads: ``auto`` (one request straight into empty targets on a store known
#: to load one request as one transaction, Oxigraph; staged otherwise), ``staged`` (always through
#: a staging graph, counted, then swapped in), ``direct`` (one request into empty targets on any
#: store: the caller vouches that the store loads a request all or nothing).
UPLOAD_MODES = ("auto", "staged", "direct")

#: Default limits of an embedded ``firesld query``: seconds, rows (or triples) of its result, MiB
#: of memory its child process may take beyond the parent's; and bytes of a store's answer
#: ``firesld query --endpoint`` reads (:mod:`firesld.queries`, :mod:`firesld.store`).
QUERY_TIMEOUT = 30.0
QUERY_MAX_ROWS = 100_000
QUERY_MAX_MEMORY_MB = 2048
QUERY_MAX_RESULT_BYTES = 256 * 1024 * 1024

#: Default limits of ``firesld serve``'s endpoint: bytes of one answer, and queries at once
#: (:mod:`firesld.site.server`).
SERVE_MAX_RESULT_BYTES = 64 * 1024 * 1024
SERVE_MAX_QUERIES = 4

#: The output formats of ``firesld query`` (:data:`firesld.queries.FORMATS`).
QUERY_FORMATS = ("table", "csv", "tsv", "json")

#: The formats of ``firesld figure``.
FIGURE_FORMATS = ("svg", "mermaid")
