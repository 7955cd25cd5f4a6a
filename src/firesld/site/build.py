"""``firesld site``: a static website made from the release graph.

Every page is written from ``exports/firesld.trig`` loaded into pyoxigraph, as a store would hold
it (not from the curated YAML). The site is byte-reproducible (everything sorted, no date but the
release's), needs no network when viewed (one local stylesheet and script, no CDN) and uses only
relative links, so it works from ``file://`` and from any static host. Its layout mirrors the IRI
paths under ``https://w3id.org/firesld/`` (see :mod:`firesld.site.routes`).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox

from firesld.constants import (
    BASE_IRI,
    CLAIMS_GRAPH,
    DATA_GRAPH,
    DATASET_VERSION_IRI,
    GRAPH_NS,
    IMPORTS_GRAPH,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    ONTOLOGY_VERSION_IRI,
    REVIEW_IRI,
    VOCAB_NS,
    Layout,
)
from firesld.errors import ResourceError
from firesld.site import assets
from firesld.site.graph import (
    ENTITY_NS,
    PUB_NS,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS,
    STUDY_NS,
    Release,
    authority_url,
    serialize,
)
from firesld.site.routes import htaccess
from firesld.version import RELEASE_DATE, VERSION

__all__ = ["DEFAULT_YASGUI", "build_site", "write_site"]

V = VOCAB_NS
OWL = "http://www.w3.org/2002/07/owl#"
#: Where `firesld serve` answers by default; query pages link to its YASGUI.
DEFAULT_YASGUI = "http://127.0.0.1:7878/"
NP_NS = f"{BASE_IRI}np/{VERSION}/"
_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_MEDIA = {"ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}
_GRAPHS = {
    "ontology": "The OWL ontology generated from the LinkML schema.",
    "imports": "The import snapshot: the authorities' own labels of every external id used.",
    "data": "The curated records: every entity the review names, with labels and mappings.",
    "claims": "The claims, their quantities, and the direct edges of asserted claims.",
}
_DCT = "http://purl.org/dc/terms/"
_VOID = "http://rdfs.org/ns/void#"
_SD = "http://www.w3.org/ns/sparql-service-description#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: Prefixes of the vocabularies the site's own descriptions add (VoID, SHACL, service description).
_MORE_PREFIXES = {"void": _VOID, "sd": _SD, "sh": "http://www.w3.org/ns/shacl#"}
_MATCHES = ("exactMatch", "closeMatch", "relatedMatch", "broadMatch", "narrowMatch")
_SHOWN_ELSEWHERE = {
    RDF_TYPE,
    RDFS_LABEL,
    SKOS + "altLabel",
    SKOS + "hiddenLabel",
    SKOS + "definition",
    V + "identifier_evidence",
    *(SKOS + m for m in _MATCHES),
}
_RELEASE_FILES = (
    "firesld.ttl",
    "firesld.nt",
    "firesld.jsonld",
    "firesld.trig",
    "firesld.nq",
    "firesld.void.ttl",
    "firesld.context.jsonld",
    "firesld.nanopubs.trig",
    "firesld.sparql-examples.ttl",
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass
class _Page:
    path: str
    title: str
    body: str
    alternates: tuple[str, ...] = ()
    jsonld: str = ""
    description: str = ""
    stem: str = ""
    root: str = ""


class SiteBuilder:
    """Make every file of the site in memory (relative path → bytes)."""

    def __init__(self, layout: Layout, *, yasgui: str = DEFAULT_YASGUI) -> None:
        """Load the release of a layout.

        :param layout: where ``exports/``, ``queries/`` and ``docs/`` are
        :param yasgui: the base URL of `firesld serve` that query pages link to
        :raises ResourceError: when the release is missing
        """
        if not layout.release_trig.is_file():
            raise ResourceError(f"{layout.release_trig}: release not found (run `firesld build`)")
        self.layout = layout
        self.yasgui = yasgui
        self.release = Release.load(str(layout.release_trig))
        self.files: dict[str, bytes] = {}
        self.base_path = "/"
        self.pages: dict[str, str] = {}
        self.claim_ids = {iri: iri[len(BASE_IRI + "claim/") :] for iri in self.release.claims()}
        self.entities = self.release.entities()
        for iri in self.entities:
            self.pages[iri] = self._entity_path(iri)
        for iri, cid in self.claim_ids.items():
            self.pages[iri] = f"claim/{cid}.html"
        self.terms = self.release.vocabulary()
        for iri in self.terms:
            self.pages.setdefault(iri, f"vocab/{iri[len(V) :]}.html")
        for name in _GRAPHS:
            self.pages[GRAPH_NS + name] = f"graph/{name}.html"
        for iri in (ONTOLOGY_IRI, ONTOLOGY_VERSION_IRI, BASE_IRI + "firesld"):
            self.pages[iri] = "ontology.html"

    # ----------------------------------------------------------------- paths and links
    def _entity_path(self, iri: str) -> str:
        for ns, folder in ((ENTITY_NS, "entity"), (PUB_NS, "publication"), (STUDY_NS, "study")):
            if iri.startswith(ns):
                return f"{folder}/{iri[len(ns) :]}.html"
        curie = self.release.curie(iri)
        return "entity/" + re.sub(r"[^A-Za-z0-9._-]", "_", curie) + ".html"

    @staticmethod
    def rel(page: str, target: str) -> str:
        """Return the relative link from one site path to another."""
        depth = page.count("/")
        return "../" * depth + quote(target, safe="/#.-_~")

    def link(self, page: str, term: Any, *, lang_label: str = "en") -> str:
        """HTML for a term: a link to its page (or its authority), its label and CURIE."""
        if isinstance(term, ox.Literal):
            lang = term.language
            text = _e(term.value)
            return f'<span lang="{lang}">{text}</span>' if lang else text
        if isinstance(term, ox.BlankNode):
            return self.anonymous(page, term)
        iri = str(term.value) if not isinstance(term, str) else term
        curie = self.release.curie(iri)
        label = self.release.label(iri, lang_label)
        shown = f'{_e(label)} <span class="curie">{_e(curie)}</span>' if label else _e(curie)
        if iri in self.pages:
            return f'<a href="{self.rel(page, self.pages[iri])}">{shown}</a>'
        url = authority_url(curie, iri)
        if url:
            return f'<a href="{_e(url)}">{shown}</a>'
        return shown

    def anonymous(self, page: str, node: Any, depth: int = 0) -> str:
        """Render an anonymous OWL class or datatype (a restriction, union …) in Manchester style."""
        props: dict[str, list[Any]] = defaultdict(list)
        for q in self.release.store.quads_for_pattern(node, None, None, None):
            props[q.predicate.value].append(q.object)
        if depth > 5:
            return "…"

        def show(term: Any) -> str:
            if isinstance(term, ox.BlankNode):
                return "(" + self.anonymous(page, term, depth + 1) + ")"
            return self.link(page, term)

        if OWL + "onProperty" in props:
            prop = self.link(page, props[OWL + "onProperty"][0])
            for key, word in (
                ("someValuesFrom", "some"),
                ("allValuesFrom", "only"),
                ("hasValue", "value"),
            ):
                if OWL + key in props:
                    return f"{prop} <em>{word}</em> {show(props[OWL + key][0])}"
            for key, word in (
                ("cardinality", "exactly"),
                ("qualifiedCardinality", "exactly"),
                ("minCardinality", "min"),
                ("minQualifiedCardinality", "min"),
                ("maxCardinality", "max"),
                ("maxQualifiedCardinality", "max"),
            ):
                if OWL + key in props:
                    target = props.get(OWL + "onClass") or props.get(OWL + "onDataRange") or []
                    extra = f" {show(target[0])}" if target else ""
                    return f"{prop} <em>{word}</em> {_e(props[OWL + key][0].value)}{extra}"
        for key, word in (("intersectionOf", "and"), ("unionOf", "or"), ("oneOf", ",")):
            if OWL + key in props:
                items = self.rdf_list(props[OWL + key][0])
                return f" <em>{word}</em> ".join(show(i) for i in items)
        if OWL + "onDatatype" in props:
            facets = []
            for restriction in self.rdf_list(props.get(OWL + "withRestrictions", [None])[0]):
                for q in self.release.store.quads_for_pattern(restriction, None, None, None):
                    facets.append(
                        f"{_e(self.release.curie(q.predicate.value))} {_e(q.object.value)}"
                    )
            return f"{show(props[OWL + 'onDatatype'][0])}[{', '.join(sorted(facets))}]"
        if OWL + "complementOf" in props:
            return f"<em>not</em> {show(props[OWL + 'complementOf'][0])}"
        return "(an anonymous class)"

    def rdf_list(self, head: Any) -> list[Any]:
        """Return the members of an RDF list."""
        rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        store, items = self.release.store, []
        while isinstance(head, ox.BlankNode | ox.NamedNode) and head.value != rdf + "nil":
            items += [
                q.object
                for q in store.quads_for_pattern(head, ox.NamedNode(rdf + "first"), None, None)
            ]
            rest = [
                q.object
                for q in store.quads_for_pattern(head, ox.NamedNode(rdf + "rest"), None, None)
            ]
            head = rest[0] if rest and len(items) < 500 else None
        return items

    # ----------------------------------------------------------------- page frame
    def frame(self, p: _Page) -> str:
        """Return the full HTML of a page."""
        root = p.root or "../" * p.path.count("/")
        stem = p.stem or p.path[: -len(".html")]

        def where(target: str) -> str:
            # a page served at any path (the 404 page) links its alternates from the site's root
            if root.startswith("/"):
                return root + quote(target, safe="/#.-_~")
            return self.rel(p.path, target)

        alternates = "".join(
            f'\n<link rel="alternate" type="{_MEDIA.get(ext, "application/trig")}" '
            f'href="{_e(where(stem + "." + ext))}">'
            for ext in p.alternates
        )
        jsonld = f'\n<script type="application/ld+json">{p.jsonld}</script>' if p.jsonld else ""
        description = (
            f'\n<meta name="description" content="{_e(p.description)}">' if p.description else ""
        )
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(p.title)} · firesld {VERSION}</title>{description}
<link rel="stylesheet" href="{root}style.css">{alternates}{jsonld}
</head>
<body>
<header class="site"><nav aria-label="site">
<a href="{root}index.html">firesld</a><a href="{root}ontology.html">Ontology</a><a href="{root}sparql-examples/index.html">Queries</a><a href="{root}graph/index.html">Graphs</a><a href="{root}index.html#search-section">Search</a>
</nav></header>
<main>
{p.body}
</main>
<footer class="site"><p>firesld {VERSION}, released {RELEASE_DATE}. Data: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; code: MIT. Made by <code>firesld site</code> from the release graph.</p></footer>
</body>
</html>
"""

    def add_page(self, p: _Page) -> None:
        """Add a page (and nothing else)."""
        self.files[p.path] = self.frame(p).encode("utf-8")

    def add_rdf(self, stem: str, triples: list[Any], exts: Iterable[str] = _FORMATS) -> None:
        """Write the RDF files describing one page's resource."""
        for ext in exts:
            self.files[f"{stem}.{ext}"] = serialize(
                triples, _FORMATS[ext], {**_MORE_PREFIXES, **self.release.prefixes}
            )

    # ----------------------------------------------------------------- pieces
    def certainty(self, claim: str) -> tuple[str, str]:
        """Return the certainty class and its visible text (asserted, hedged with its cue, negated)."""
        r = self.release
        value = r.value(claim, V + "certainty").rsplit("/", 1)[-1] or "asserted"
        negated = r.value(claim, V + "negated") == "true"
        cues = [t.value for t in r.objects(claim, V + "hedge_cue")]
        text = value + (f" ({', '.join(cues)})" if cues else "")
        if negated:
            return "negated", f"negated · {text}"
        return value, text

    def quantity(self, node: str) -> str:
        """Return a Table 1 value with its unit: ``4–6 h``, ``≤ 10 mg/kg``, ``17.3 kDa``."""
        r = self.release
        unit = r.value(node, V + "unit")
        value = r.value(node, V + "numeric_value")
        low, high = r.value(node, V + "minimum_value"), r.value(node, V + "maximum_value")
        high_unit = r.value(node, V + "maximum_unit")
        text = r.value(node, V + "quantity_text")
        if value:
            shown = f"{_num(value)} {unit}".strip()
        elif low and high:
            shown = f"{_num(low)}–{_num(high)} {high_unit or unit}".strip()
        elif low:
            inclusive = r.value(node, V + "minimum_inclusive") != "false"
            shown = f"{'≥' if inclusive else '>'} {_num(low)} {unit}".strip()
        elif high:
            shown = f"≤ {_num(high)} {high_unit or unit}".strip()
        else:
            shown = unit
        if r.value(node, V + "approximate") == "true":
            shown = "≈ " + shown
        return _e(shown) + (f' <span class="muted" lang="zh">({_e(text)})</span>' if text else "")

    def location(self, claim: str) -> str:
        """Section, figure panel and table row of a claim."""
        r = self.release
        parts = [f"section {_e(r.value(claim, V + 'section'))}"]
        for pred, name in (("figure_panel", "figure panel"), ("table_row", "Table 1 row")):
            for t in r.objects(claim, V + pred):
                parts.append(f'{name} <span lang="zh">{_e(t.value)}</span>')
        return "; ".join(parts)

    def references(self, page: str, claim: str) -> str:
        """Return the cited reference numbers, linked to the reference pages."""
        r = self.release
        cited = r.objects(claim, V + "cites")
        numbered = sorted(
            ((int(r.value(c.value, V + "reference_number") or 0), c) for c in cited),
            key=lambda nc: nc[0],
        )
        links = [
            f'<a href="{self.rel(page, self.pages[c.value])}">[{n}]</a>'
            if c.value in self.pages
            else f"[{n}]"
            for n, c in numbered
        ]
        raw = r.value(claim, V + "reference_string")
        if not links:
            return "none cited"
        return " ".join(links) + (
            f' <span class="muted">(as printed: {_e(raw)})</span>' if raw else ""
        )

    def quotes(self, claim: str) -> str:
        """Return the verbatim Chinese sentence and its English rendering."""
        out = []
        for t in self.release.objects(claim, V + "supporting_text"):
            lang = t.language or ""
            tag = {"zh": "中文 (verbatim)", "en": "English"}.get(lang, lang)
            out.append(
                f'<blockquote lang="{lang}"><span class="muted">{tag}:</span> {_e(t.value)}</blockquote>'
            )
        out.sort(key=lambda s: 0 if 'lang="zh"' in s else 1)
        return "".join(out)

    def statement(self, page: str, claim: str) -> str:
        """``subject — predicate → object`` with value or quantity."""
        r = self.release
        subject = r.one(claim, V + "subject")
        predicate = r.one(claim, V + "predicate")
        obj = r.one(claim, V + "object")
        parts = [
            self.link(page, subject) if subject is not None else "?",
            f"<strong>{self.link(page, predicate)}</strong>" if predicate is not None else "?",
        ]
        if obj is not None:
            parts.append(self.link(page, obj))
        for t in r.objects(claim, V + "value_text"):
            parts.append(f"“{self.link(page, t)}”")
        for t in r.objects(claim, V + "value_boolean"):
            parts.append(_e(t.value))
        for q in r.objects(claim, V + "quantity"):
            parts.append(self.quantity(q.value))
        for q in r.objects(claim, V + "frequency"):
            parts.append("frequency " + self.quantity(q.value))
        return " → ".join(parts)

    def claim_card(self, page: str, claim: str) -> str:
        """Return a claim as shown on entity pages."""
        cls, text = self.certainty(claim)
        cid = self.claim_ids[claim]
        return (
            f'<div class="claim" id="{_e(cid)}"><p><span class="certainty {cls}">{_e(text)}</span> '
            f'<a href="{self.rel(page, self.pages[claim])}">claim {_e(cid)}</a></p>'
            f"<p>{self.statement(page, claim)}</p>{self.quotes(claim)}"
            f'<p class="muted">{self.location(claim)} · references: {self.references(page, claim)}</p></div>'
        )

    def props(self, page: str, iri: str, graphs: Iterable[str], skip: set[str]) -> str:
        """Every other property of a resource, as a definition list."""
        rows: dict[str, list[str]] = defaultdict(list)
        for g in graphs:
            for q in self.release.store.quads_for_pattern(
                ox.NamedNode(iri), None, None, ox.NamedNode(g)
            ):
                if q.predicate.value in skip:
                    continue
                rows[q.predicate.value].append(self.link(page, q.object))
        return "".join(
            f"<dt>{self.link(page, ox.NamedNode(p))}</dt><dd>{'<br>'.join(sorted(set(v)))}</dd>"
            for p, v in sorted(rows.items())
        )

    # ----------------------------------------------------------------- entity pages
    def entity_page(self, iri: str) -> None:
        """Return the page of one curated record, with every claim it is in."""
        r = self.release
        page = self.pages[iri]
        curie = r.curie(iri)
        en, zh = r.labels.get(iri, {}).get("en", []), r.labels.get(iri, {}).get("zh", [])
        title = (en or zh or [curie])[0]
        synonyms = sorted(
            {
                f"{t.value}@{t.language}"
                for p in ("altLabel", "hiddenLabel")
                for t in r.objects(iri, SKOS + p)
            }
        )
        types = [self.link(page, t) for t in r.objects(iri, RDF_TYPE, DATA_GRAPH)]
        authority = authority_url(curie, iri)
        rows = [
            f"<dt>Identifier</dt><dd><code>{_e(curie)}</code></dd>",
            f"<dt>IRI</dt><dd><code>{_e(iri)}</code></dd>",
        ]
        if authority:
            rows.append(
                f'<dt>Authority page</dt><dd><a href="{_e(authority)}">{_e(curie)} at its authority</a></dd>'
            )
        imported = r.imports_label(iri)
        if imported:
            rows.append(f"<dt>Authority's label</dt><dd>{_e(imported)}</dd>")
        rows.append(f"<dt>English label</dt><dd>{_e(' · '.join(en)) or '—'}</dd>")
        rows.append(f'<dt>Chinese label</dt><dd lang="zh">{_e(" · ".join(zh)) or "—"}</dd>')
        if synonyms:
            shown = "<br>".join(
                f'<span lang="{s.rsplit("@", 1)[1]}">{_e(s.rsplit("@", 1)[0])}</span>'
                for s in synonyms
            )
            rows.append(f"<dt>Synonyms</dt><dd>{shown}</dd>")
        rows.append(f"<dt>Types</dt><dd>{', '.join(types)}</dd>")
        for t in r.objects(iri, SKOS + "definition"):
            rows.append(f"<dt>Definition</dt><dd>{self.link(page, t)}</dd>")
        xrefs = [f"{m}: {self.link(page, t)}" for m in _MATCHES for t in r.objects(iri, SKOS + m)]
        if xrefs:
            rows.append(f"<dt>Cross-references</dt><dd>{'<br>'.join(xrefs)}</dd>")
        rows.append(self.props(page, iri, (DATA_GRAPH,), _SHOWN_ELSEWHERE))
        for t in r.objects(iri, V + "identifier_evidence"):
            rows.append(f'<dt>Identifier evidence</dt><dd class="muted">{_e(t.value)}</dd>')
        body = [
            f"<h1>{_e(title)}"
            + (f' <span lang="zh">{_e(zh[0])}</span>' if zh and en else "")
            + "</h1>"
        ]
        body.append(f'<p class="curie">{_e(curie)}</p><dl class="props">{"".join(rows)}</dl>')
        claims = r.claims_about(iri)
        mentions = self.mentions(iri)
        triples = r.description(iri, (DATA_GRAPH, IMPORTS_GRAPH))
        if claims:
            body.append(f"<h2>Claims ({len(claims)})</h2>")
            grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for role, claim in claims:
                grouped[r.value(claim, V + "predicate")].append((role, claim))
            for pred in sorted(grouped, key=lambda p: (r.curie(p), p)):
                items = grouped[pred]
                body.append(f"<h3>{self.link(page, ox.NamedNode(pred))} ({len(items)})</h3>")
                for role, claim in items:
                    body.append(f'<p class="muted">as {role}</p>' if role == "object" else "")
                    body.append(self.claim_card(page, claim))
                    triples += r.description(claim, (CLAIMS_GRAPH,))
        if mentions and iri != REVIEW_IRI:
            body.append(f"<h2>Claims citing it ({len(mentions)})</h2><ul>")
            body += [
                f"<li>{self.link(page, ox.NamedNode(c))}: {self.statement(page, c)}</li>"
                for c in mentions
            ]
            body.append("</ul>")
        elif iri == REVIEW_IRI:
            body.append(self.review_record())
        stem = page[: -len(".html")]
        self.add_rdf(stem, _unique(triples))
        self.add_page(
            _Page(
                page,
                f"{title} ({curie})",
                "\n".join(body),
                tuple(_FORMATS),
                description=f"{title}: {curie} in firesld",
            )
        )

    def mentions(self, iri: str) -> list[str]:
        """Claims that cite a reference or rest on a study."""
        found = set()
        for pred in ("cites", "study"):
            for q in self.release.store.quads_for_pattern(
                None, ox.NamedNode(V + pred), ox.NamedNode(iri), ox.NamedNode(CLAIMS_GRAPH)
            ):
                found.add(q.subject.value)
        return sorted(found)

    def review_record(self) -> str:
        """Return what the review's text gives of its bibliographic record, and what it does not."""
        r = self.release
        return (
            '<h2>Bibliographic record</h2><dl class="props">'
            f'<dt>Title (zh)</dt><dd lang="zh">{_e(r.label(REVIEW_IRI, "zh"))}</dd>'
            f"<dt>Title (en)</dt><dd>{_e(r.label(REVIEW_IRI, 'en'))}</dd>"
            f'<dt>Journal column</dt><dd lang="zh">{_e(r.value(REVIEW_IRI, V + "journal_column"))}</dd>'
            "<dt>Not given</dt><dd>The text firesld was curated from does not give the authors, "
            "the journal, the year, the volume, the pages or a DOI, so firesld states none of them.</dd>"
            f"</dl><p>Every one of the {len(self.claim_ids)} claims is stated in this review.</p>"
        )

    # ----------------------------------------------------------------- claim pages
    def claim_page(self, claim: str) -> None:
        """Return the page of one claim."""
        r = self.release
        cid = self.claim_ids[claim]
        page = self.pages[claim]
        cls, text = self.certainty(claim)
        evidence = r.one(claim, V + "evidence_type")
        eco = self.link(page, evidence) if evidence is not None else "—"
        np_iri = NP_NS + cid
        rows = [
            f"<dt>Subject</dt><dd>{self.link(page, r.one(claim, V + 'subject'))}</dd>",
            f"<dt>Predicate</dt><dd>{self.link(page, r.one(claim, V + 'predicate'))}</dd>",
            "<dt>Object</dt><dd>"
            + (
                self.link(page, r.one(claim, V + "object"))
                if r.one(claim, V + "object") is not None
                else "— (a value, below)"
            )
            + "</dd>",
            f'<dt>Certainty</dt><dd><span class="certainty {cls}">{_e(text)}</span></dd>',
            f"<dt>Evidence</dt><dd>{eco}</dd>",
            f"<dt>Location in the review</dt><dd>{self.location(claim)}</dd>",
            f"<dt>References</dt><dd>{self.references(page, claim)}</dd>",
            f'<dt>Nanopublication</dt><dd><code>{_e(np_iri)}</code> (<a href="{self.rel(page, f"np/{VERSION}/{cid}.trig")}">TriG</a>)</dd>',
            f"<dt>IRI</dt><dd><code>{_e(claim)}</code></dd>",
        ]
        shown = {
            V + p
            for p in (
                "subject",
                "predicate",
                "object",
                "certainty",
                "evidence_type",
                "section",
                "figure_panel",
                "table_row",
                "cites",
                "reference_numbers",
                "reference_string",
                "supporting_text",
                "negated",
                "hedge_cue",
                "quantity",
                "frequency",
            )
        }
        rows.append(self.props(page, claim, (CLAIMS_GRAPH,), shown | {RDF_TYPE}))
        body = (
            f"<h1>Claim {_e(cid)}</h1><p>{self.statement(page, claim)}</p>"
            f'<dl class="props">{"".join(rows)}</dl><h2>What the review says</h2>{self.quotes(claim)}'
        )
        self.add_rdf(
            page[: -len(".html")], r.description(claim, (CLAIMS_GRAPH,)) + self._quantities(claim)
        )
        self.add_page(
            _Page(page, f"Claim {cid}", body, tuple(_FORMATS), description=f"firesld claim {cid}")
        )

    def _quantities(self, claim: str) -> list[Any]:
        out = []
        for pred in ("quantity", "frequency"):
            for q in self.release.objects(claim, V + pred):
                out += self.release.description(q.value, (CLAIMS_GRAPH,))
        return out

    def nanopubs(self) -> None:
        """One TriG and one N-Quads file per nanopublication."""
        path = self.layout.exports_dir / "firesld.nanopubs.trig"
        if not path.is_file():
            return
        store = ox.Store()
        store.load(path.read_bytes(), format=ox.RdfFormat.TRIG)
        by_np: dict[str, list[Any]] = defaultdict(list)
        for q in store.quads_for_pattern(None, None, None, None):
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            if name.startswith(NP_NS):
                by_np[name[len(NP_NS) :].split("#")[0]].append(q)
        for cid, quads in sorted(by_np.items()):
            self.files[f"np/{VERSION}/{cid}.trig"] = serialize(
                quads, ox.RdfFormat.TRIG, self.release.prefixes
            )
            self.files[f"np/{VERSION}/{cid}.nq"] = serialize(quads, ox.RdfFormat.N_QUADS, {})

    # ----------------------------------------------------------------- vocabulary
    def term_page(self, iri: str) -> None:
        """Return the page of one vocabulary term (class, slot, enum, enum value)."""
        r = self.release
        page = self.pages[iri]
        name = iri[len(V) :]
        kind = r.ontology_kind(iri)
        rows = [f"<dt>IRI</dt><dd><code>{_e(iri)}</code></dd>", f"<dt>Kind</dt><dd>{kind}</dd>"]
        for t in r.objects(iri, SKOS + "definition"):
            rows.append(f"<dt>Definition</dt><dd>{self.link(page, t)}</dd>")
        rows.append(
            self.props(
                page,
                iri,
                (ONTOLOGY_GRAPH,),
                {SKOS + "definition", RDFS_LABEL, "https://w3id.org/linkml/permissible_values"},
            )
        )
        body = [
            f'<h1>{_e(name)}</h1><p class="curie">firesld:{_e(name)}</p><dl class="props">{"".join(rows)}</dl>'
        ]
        values = r.objects(iri, "https://w3id.org/linkml/permissible_values")
        if values:
            body.append(
                "<h2>Permissible values</h2><table><tr><th>value</th><th>definition</th></tr>"
            )
            body += [
                f"<tr><td>{self.link(page, v)}</td><td>{_e(r.value(v.value, SKOS + 'definition'))}</td></tr>"
                for v in values
            ]
            body.append("</table>")
        uses = sum(
            1
            for _ in r.store.quads_for_pattern(
                None, ox.NamedNode(iri), None, ox.NamedNode(CLAIMS_GRAPH)
            )
        )
        uses += sum(
            1
            for _ in r.store.quads_for_pattern(
                None, None, ox.NamedNode(iri), ox.NamedNode(CLAIMS_GRAPH)
            )
        )
        body.append(
            f'<p>Used in {uses} triple(s) of the claims graph. <a href="{self.rel(page, "ontology.html")}">The whole ontology</a>.</p>'
        )
        triples = r.description(iri, (ONTOLOGY_GRAPH,))
        if not triples:  # not declared (an annotation the generator adds): show its uses
            node, graph = ox.NamedNode(iri), ox.NamedNode(ONTOLOGY_GRAPH)
            triples = sorted(
                (
                    ox.Triple(q.subject, q.predicate, q.object)
                    for q in r.store.quads_for_pattern(None, node, None, graph)
                    if isinstance(q.subject, ox.NamedNode)
                ),
                key=str,
            )
        self.add_rdf(page[: -len(".html")], triples)
        self.add_page(_Page(page, f"firesld:{name}", "\n".join(body), tuple(_FORMATS)))

    def ontology_page(self) -> None:
        """Every class, slot and enum with its definition and mappings."""
        r = self.release
        page = "ontology.html"
        sections: dict[str, list[str]] = {"class": [], "slot": [], "enum": []}
        for iri in self.terms:
            kind = r.ontology_kind(iri)
            if kind not in sections:
                continue
            maps = [self.link(page, t) for m in _MATCHES for t in r.objects(iri, SKOS + m)]
            extra = ""
            if kind == "enum":
                extra = '<br><span class="muted">values:</span> ' + ", ".join(
                    self.link(page, v)
                    for v in r.objects(iri, "https://w3id.org/linkml/permissible_values")
                )
            sections[kind].append(
                f'<tr><td id="{_e(iri[len(V) :])}">{self.link(page, ox.NamedNode(iri))}</td>'
                f"<td>{_e(r.value(iri, SKOS + 'definition'))}{extra}</td><td>{'<br>'.join(maps) or '—'}</td></tr>"
            )
        head = [
            "<h1>The firesld ontology</h1>",
            f"<p>{_e(r.value(ONTOLOGY_IRI, 'http://purl.org/dc/terms/description'))}</p>",
            '<dl class="props">',
            f"<dt>Ontology IRI</dt><dd><code>{_e(ONTOLOGY_IRI)}</code></dd>",
            f"<dt>Version IRI</dt><dd><code>{_e(ONTOLOGY_VERSION_IRI)}</code></dd>",
            f"<dt>Version</dt><dd>{_e(r.value(ONTOLOGY_IRI, 'http://www.w3.org/2002/07/owl#versionInfo'))}</dd>",
            f"<dt>Licence</dt><dd>{self.link(page, r.one(ONTOLOGY_IRI, 'http://purl.org/dc/terms/license'))}</dd>",
            '<dt>Download</dt><dd><a href="ontology.ttl">Turtle</a> · <a href="ontology.jsonld">JSON-LD</a> · <a href="ontology.nt">N-Triples</a></dd>',
            "</dl>",
        ]
        titles = {"class": "Classes", "slot": "Slots (properties)", "enum": "Enumerations"}
        for kind, rows in sections.items():
            head.append(
                f"<h2>{titles[kind]} ({len(rows)})</h2><table><tr><th>term</th><th>definition</th><th>mappings</th></tr>{''.join(rows)}</table>"
            )
        triples = r.graph_triples(ONTOLOGY_GRAPH)
        self.add_rdf("ontology", triples)
        self.add_page(
            _Page(
                page,
                "Ontology",
                "\n".join(head),
                tuple(_FORMATS),
                description="The firesld ontology: classes, slots and enumerations",
            )
        )

    # ----------------------------------------------------------------- graphs
    @staticmethod
    def graph_void(name: str, text: str, size: int) -> list[Any]:
        """Return the VoID description of one named graph: a subset of the release, its size."""
        graph, dct, void = ox.NamedNode(GRAPH_NS + name), _DCT, _VOID
        return [
            ox.Triple(ox.NamedNode(DATASET_VERSION_IRI), ox.NamedNode(void + "subset"), graph),
            ox.Triple(graph, ox.NamedNode(RDF_TYPE), ox.NamedNode(void + "Dataset")),
            ox.Triple(graph, ox.NamedNode(RDF_TYPE), ox.NamedNode(_SD + "Graph")),
            ox.Triple(graph, ox.NamedNode(dct + "title"), ox.Literal(name)),
            ox.Triple(graph, ox.NamedNode(dct + "description"), ox.Literal(text, language="en")),
            ox.Triple(
                graph,
                ox.NamedNode(void + "triples"),
                ox.Literal(str(size), datatype=ox.NamedNode(_XSD + "integer")),
            ),
        ]

    def graph_pages(self) -> None:
        """Return a page per named graph, and an index (both with the graphs' VoID description)."""
        items = []
        listed: list[Any] = []
        for name, text in _GRAPHS.items():
            iri = GRAPH_NS + name
            triples = self.release.graph_triples(iri)
            page = f"graph/{name}.html"
            void = self.graph_void(name, text, len(triples))
            listed += void
            self.add_rdf(f"graph/{name}", _unique(triples + void))
            body = (
                f'<h1>Named graph {_e(name)}</h1><p>{_e(text)}</p><dl class="props">'
                f"<dt>IRI</dt><dd><code>{_e(iri)}</code></dd><dt>Triples</dt><dd>{len(triples)}</dd>"
                f'<dt>Download</dt><dd><a href="{name}.ttl">Turtle</a> · <a href="{name}.jsonld">JSON-LD</a> · <a href="{name}.nt">N-Triples</a></dd></dl>'
            )
            self.add_page(_Page(page, f"Graph {name}", body, tuple(_FORMATS)))
            items.append(
                f'<li><a href="{name}.html">{_e(name)}</a>: {_e(text)} ({len(triples)} triples)</li>'
            )
        self.add_rdf("graph/index", _unique(listed))
        self.add_page(
            _Page(
                "graph/index.html",
                "Named graphs",
                f"<h1>Named graphs</h1><p>The release's named graphs, subsets of "
                f"<code>{_e(DATASET_VERSION_IRI)}</code>:</p><ul>{''.join(items)}</ul>",
                tuple(_FORMATS),
                description="The named graphs of the firesld release",
            )
        )

    # ----------------------------------------------------------------- queries
    def query_pages(self) -> None:
        """Return a page per example query: question, SPARQL, expected answer, YASGUI link."""
        path = self.layout.exports_dir / "firesld.sparql-examples.ttl"
        store_ = ox.Store()
        store_.load(path.read_bytes(), format=ox.RdfFormat.TURTLE)
        store: Any = store_
        sh = "http://www.w3.org/ns/shacl#"
        ns = BASE_IRI + "sparql-examples/"
        items = []
        listed: list[Any] = []
        for q in sorted(
            store.quads_for_pattern(None, ox.NamedNode(RDFS_LABEL), None, None), key=str
        ):
            iri = q.subject.value
            if not iri.startswith(ns) or iri == ns:  # ns itself: the collection (the index)
                continue
            name = iri[len(ns) :]
            comment = next(
                (
                    t.object.value
                    for t in store.quads_for_pattern(
                        q.subject,
                        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
                        None,
                        None,
                    )
                ),
                "",
            )
            sparql = next(
                (
                    t.object.value
                    for p in ("select", "construct", "ask", "describe")
                    for t in store.quads_for_pattern(q.subject, ox.NamedNode(sh + p), None, None)
                ),
                "",
            )
            question, _, rest = comment.partition("\n\n")
            page = f"sparql-examples/{name}.html"
            link = (
                f"{self.yasgui}#query={quote(sparql, safe='')}"
                f"&endpoint={quote(self.yasgui + 'query', safe='')}"
            )
            body = [
                f'<h1>{_e(question)}</h1><p class="curie">query {_e(name)}</p>',
                "".join(f"<p>{_e(par)}</p>" for par in rest.split("\n\n") if par.strip()),
                f'<p><a href="{_e(link)}">Open it in the YASGUI of <code>firesld serve</code></a> '
                f"(start <code>firesld serve</code> first; it answers at {_e(self.yasgui)}), or run "
                f"<code>firesld query {_e(name)}</code>.</p>",
                f"<h2>SPARQL</h2><pre><code>{_e(sparql)}</code></pre>",
                self.expected(page, name),
            ]
            triples = [
                ox.Triple(t.subject, t.predicate, t.object)
                for t in store.quads_for_pattern(q.subject, None, None, None)
            ]
            listed += triples
            self.add_rdf(page[: -len(".html")], triples)
            self.add_page(_Page(page, f"Query {name}", "\n".join(body), tuple(_FORMATS)))
            items.append(
                f'<li><a href="{name}.html">{_e(question)}</a> <span class="curie">{_e(name)}</span></li>'
            )
        collection = Release(store_, {}).description(ns)
        label = next(
            (t.object.value for t in collection if t.predicate.value == RDFS_LABEL),
            "Example queries",
        )
        self.add_rdf("sparql-examples/index", _unique(collection + listed))
        self.add_page(
            _Page(
                "sparql-examples/index.html",
                "Example queries",
                f"<h1>Example queries</h1><p>{_e(label)} (<code>{_e(ns)}</code>): "
                f"{len(items)} questions, each a SHACL SPARQL executable.</p><ul>{''.join(items)}</ul>",
                tuple(_FORMATS),
                description="The example SPARQL queries of firesld (SHACL SPARQL executables)",
            )
        )

    def expected(self, page: str, name: str) -> str:
        """Return the hand-written expected answer of a query (``queries/expected/NAME.txt``)."""
        path = self.layout.queries_dir / "expected" / f"{name}.txt"
        if not path.is_file():
            return "<h2>Expected answer</h2><p>No expected answer is kept for this query (it calls a remote service).</p>"
        lines = path.read_text(encoding="utf-8").splitlines()
        notes = [line.lstrip("# ").rstrip() for line in lines if line.startswith("#")]
        body = [line.rstrip() for line in lines if line.strip() and not line.startswith("#")]
        note = f"<p>{_e(' '.join(notes))}</p>" if notes else ""
        if body and not body[0].startswith("?"):  # an ASK answer: true or false
            return f"<h2>Expected answer</h2>{note}<p>{_e(body[0])}</p>"
        names = body[0].split() if body else []
        rows = [row.split(" | ") for row in body[1:]]
        out = [
            f"<h2>Expected answer ({len(rows)} row{'s' if len(rows) != 1 else ''})</h2>{note}<table><tr>"
        ]
        out += [f"<th>{_e(v)}</th>" for v in names]
        out.append("</tr>")
        for row in rows:
            out.append("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>")
        out.append("</table>")
        return "".join(out)

    # ----------------------------------------------------------------- landing
    def void(self) -> Any:
        """Return the dataset description, loaded."""
        store = ox.Store()
        store.load(self.layout.release_void.read_bytes(), format=ox.RdfFormat.TURTLE)
        return store

    def landing(self) -> None:
        """Return the landing page: what, counts, downloads, citing, licence, figure, search."""
        void = self.void()
        dcat, dct, spdx = (
            "http://www.w3.org/ns/dcat#",
            "http://purl.org/dc/terms/",
            "http://www.w3.org/ns/spdx#",
        )
        spdx = "http://spdx.org/rdf/terms#"

        def one(s: Any, p: str) -> str:
            for q in void.quads_for_pattern(s, ox.NamedNode(p), None, None):
                return str(q.object.value)
            return ""

        dataset = ox.NamedNode(DATASET_VERSION_IRI)
        downloads = []
        schema_dist = []
        for q in sorted(
            void.quads_for_pattern(dataset, ox.NamedNode(dcat + "distribution"), None, None),
            key=str,
        ):
            dist = q.object
            url = one(dist, dcat + "downloadURL")
            file_name = url.rsplit("/", 1)[-1]
            checksum = next(
                iter(void.quads_for_pattern(dist, ox.NamedNode(spdx + "checksum"), None, None)),
                None,
            )
            sha = one(checksum.object, spdx + "checksumValue") if checksum else ""
            size = int(one(dist, dcat + "byteSize") or 0)
            media = one(dist, dcat + "mediaType").rsplit("/", 2)
            media_type = "/".join(media[-2:])
            downloads.append(
                f'<tr><td><a href="releases/{VERSION}/{_e(file_name)}">{_e(file_name)}</a></td>'
                f"<td>{_e(one(dist, dct + 'title'))}</td><td>{size:,} bytes</td><td><code>{_e(sha)}</code></td></tr>"
            )
            schema_dist.append(
                {
                    "@type": "DataDownload",
                    "contentUrl": url,
                    "encodingFormat": media_type,
                    "contentSize": f"{size} B",
                    "sha256": sha,
                }
            )
        r = self.release
        claims = list(self.claim_ids)
        counts: dict[str, int] = defaultdict(int)
        for c in claims:
            counts[self.certainty(c)[0]] += 1
        title = one(dataset, dct + "title")
        description = one(dataset, dct + "description")
        triples = one(dataset, "http://rdfs.org/ns/void#triples")
        schema = {
            "@context": "https://schema.org/",
            "@type": "Dataset",
            "@id": DATASET_VERSION_IRI,
            "name": title,
            "description": description,
            "url": BASE_IRI,
            "version": VERSION,
            "datePublished": RELEASE_DATE,
            "license": "https://creativecommons.org/licenses/by/4.0/",
            "inLanguage": ["zh", "en"],
            "keywords": [
                "FIRES",
                "febrile infection-related epilepsy syndrome",
                "IL-1β",
                "IL-1R1",
                "anakinra",
                "knowledge graph",
                "linked data",
            ],
            "creator": {"@type": "Organization", "name": "firesld developers", "url": BASE_IRI},
            "isBasedOn": {
                "@type": "ScholarlyArticle",
                "@id": REVIEW_IRI,
                "name": [
                    {"@language": "zh", "@value": r.label(REVIEW_IRI, "zh")},
                    {"@language": "en", "@value": r.label(REVIEW_IRI, "en")},
                ],
                "inLanguage": "zh",
            },
            "distribution": schema_dist,
        }
        figure = (
            '<h2>Figure 1</h2>\n<figure><img src="figure1.svg" alt="Figure 1 of the review redrawn '
            "from the release graph: IL-1β binds IL-1R1 and IL-1RAcP, signalling through MyD88 to "
            'NF-κB and AP-1; anakinra, canakinumab and rilonacept block the axis." width="1530" '
            'height="797"><figcaption>Figure 1, drawn from the release graph by <code>firesld '
            "figure</code>.</figcaption></figure>\n"
            if (self.layout.root / "docs" / "figure1.svg").is_file()
            else ""
        )
        jsonld = json.dumps(schema, ensure_ascii=False, sort_keys=True, indent=1).replace(
            "</", "<\\/"
        )
        body = f"""<h1>firesld: the IL-1β/IL-1R1 axis in FIRES as linked data</h1>
<p>{_e(description)}</p>
<p>Release <strong>{VERSION}</strong> of {RELEASE_DATE}: {len(self.entities)} curated records, {len(claims)} claims ({counts["asserted"]} asserted, {counts["hedged"]} hedged, {counts["negated"]} negated), {_e(triples)} triples, {len(self.terms)} vocabulary terms.</p>
<section id="search-section"><h2>Search</h2>
<label for="search">Find an entity or term by CURIE, English or Chinese label or synonym (e.g. <span lang="zh">阿那白滞素</span>, anakinra, HGNC:5992):</label>
<input id="search" type="search" autocomplete="off">
<p id="search-status" class="muted" aria-live="polite"></p>
<ul id="results"></ul></section>
{figure}<h2>Download</h2>
<p>The release files, as the dataset description (<a href="releases/{VERSION}/firesld.void.ttl">VoID</a>) lists them, with their sizes and SHA-256 checksums:</p>
<table><tr><th>file</th><th>what</th><th>size</th><th>SHA-256</th></tr>{"".join(downloads)}</table>
<p>Also: <a href="releases/{VERSION}/firesld.nanopubs.trig">nanopublications</a>, <a href="releases/{VERSION}/firesld.sparql-examples.ttl">SPARQL examples</a>, <a href="releases/{VERSION}/firesld.context.jsonld">JSON-LD context</a>, <a href="ontology.html">the ontology</a>, <a href="graph/index.html">the named graphs</a>, <a href="sparql-examples/index.html">example queries</a>.</p>
<h2>How to cite</h2>
<p>Cite the review the knowledge comes from, and firesld (see <code>CITATION.cff</code> in the repository): firesld developers, <em>firesld: the IL-1β/IL-1R1 axis in FIRES as linked data</em>, release {VERSION} ({RELEASE_DATE}), <code>{_e(DATASET_VERSION_IRI)}</code>.</p>
<p>The review: <span lang="zh">{_e(r.label(REVIEW_IRI, "zh"))}</span> ({_e(r.label(REVIEW_IRI, "en"))}), journal column <span lang="zh">{_e(r.value(REVIEW_IRI, V + "journal_column"))}</span>. The text firesld was curated from gives no authors, journal name, year, volume, pages or DOI; firesld does not invent them. <a href="publication/review.html">The review's page</a>.</p>
<h2>Licence</h2>
<p>The data (the release graph and this site's content) are licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; the firesld code is MIT-licensed.</p>
<h2>Resolving firesld IRIs</h2>
<p>Every IRI under <code>{BASE_IRI}</code> has a page here, with Turtle, N-Triples and JSON-LD beside it (<code>entity/X</code> → <code>entity/X.html</code>, <code>entity/X.ttl</code> …). <code>firesld serve</code> answers them by <code>Accept</code>; <a href="w3id.htaccess">w3id.htaccess</a> holds the redirect rules for the w3id.org registry.</p>
<script src="search-index.js"></script>
<script src="search.js"></script>"""
        self.add_rdf("dataset", self._void_triples(void))
        self.add_page(
            _Page(
                "index.html",
                "firesld",
                body,
                tuple(_FORMATS),
                jsonld=jsonld,
                description=title,
                stem="dataset",
            )
        )

    @staticmethod
    def _void_triples(void: ox.Store) -> list[Any]:
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in void.quads_for_pattern(None, None, None, None)
        ]

    def search_index(self) -> None:
        """Return the search index as a script (a JSON file cannot be fetched from ``file://``)."""
        r = self.release
        entries = []
        for iri in self.entities:
            labels = [
                label for lang in ("en", "zh", "") for label in r.labels.get(iri, {}).get(lang, [])
            ]
            synonyms = sorted(
                {t.value for p in ("altLabel", "hiddenLabel") for t in r.objects(iri, SKOS + p)}
                | {t.value for t in r.objects(iri, V + "symbol")}
            )
            kind = r.objects(iri, RDF_TYPE, DATA_GRAPH) or [ox.NamedNode(V + "Thing")]
            kinds = sorted(t.value[len(V) :] for t in kind if t.value.startswith(V))
            entries.append(
                {
                    "curie": r.curie(iri),
                    "labels": labels,
                    "synonyms": synonyms,
                    "page": self.pages[iri],
                    "kind": ", ".join(kinds),
                }
            )
        for iri in self.terms:
            entries.append(
                {
                    "curie": r.curie(iri),
                    "labels": [iri[len(V) :]],
                    "synonyms": [],
                    "page": self.pages[iri],
                    "kind": "vocabulary " + r.ontology_kind(iri),
                }
            )
        entries.sort(key=lambda e: (e["curie"], e["page"]))
        text = json.dumps(entries, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        self.files["search-index.js"] = f"window.FIRESLD_INDEX = {text};\n".encode()

    def not_found(self) -> None:
        """Return the page a server shows for an unknown path."""
        body = (
            "<h1>No firesld page here</h1><p>This path is not an IRI firesld mints, or it names "
            "nothing in this release.</p><p>firesld IRIs look like <code>entity/…</code>, "
            "<code>claim/…</code>, <code>vocab/…</code>, <code>graph/…</code>, <code>publication/…</code>, "
            "<code>study/…</code>, <code>np/…</code>, <code>sparql-examples/…</code>, <code>firesld.owl</code>. "
            f'Try the <a href="{self.base_path}index.html#search-section">search</a> or the '
            f'<a href="{self.base_path}ontology.html">ontology</a>.</p>'
        )
        # no resource of its own: its alternates describe the dataset (what the site holds)
        self.add_page(
            _Page(
                "404.html", "Not found", body, tuple(_FORMATS), stem="dataset", root=self.base_path
            )
        )

    # ----------------------------------------------------------------- all
    def build(
        self, *, base_path: str = "/", w3id_target: str | None = None
    ) -> dict[str, str | bytes]:
        """Make every file; return relative path → content."""
        self.base_path = base_path
        self.landing()
        self.search_index()
        for iri in self.entities:
            self.entity_page(iri)
        for iri in self.claim_ids:
            self.claim_page(iri)
        self.nanopubs()
        for iri in self.terms:
            self.term_page(iri)
        self.ontology_page()
        self.graph_pages()
        self.query_pages()
        self.not_found()
        self.files["style.css"] = assets.STYLE.encode()
        self.files["search.js"] = assets.SCRIPT.encode()
        figure = self.layout.root / "docs" / "figure1.svg"
        if figure.is_file():
            self.files["figure1.svg"] = figure.read_bytes()
        for name in _RELEASE_FILES:
            source = self.layout.exports_dir / name
            if source.is_file():
                self.files[f"releases/{VERSION}/{name}"] = source.read_bytes()
        self.files[".htaccess"] = _static_htaccess(base_path).encode()
        self.files["w3id.htaccess"] = (
            htaccess(w3id_target) if w3id_target else _W3ID_NOTE
        ).encode()
        return dict(sorted(self.files.items()))


_W3ID_NOTE = """# The w3id.org rules are made by `firesld site --w3id-target URL`, where URL is the address
# the built site is published at (its folder, ending in /). Without it no host is assumed.
"""


def _static_htaccess(base_path: str) -> str:
    """Media types and the 404 page for an Apache host serving the built site."""
    return (
        "# Generated by `firesld site`: media types of the RDF files and the 404 page.\n"
        "AddType text/turtle .ttl\nAddType application/n-triples .nt\n"
        "AddType application/ld+json .jsonld\nAddType application/trig .trig\n"
        "AddType application/n-quads .nq\nAddType image/svg+xml .svg\n"
        "AddDefaultCharset utf-8\nAddCharset utf-8 .ttl .nt .jsonld .trig .nq .html .js .css\n"
        f"ErrorDocument 404 {base_path}404.html\n"
    )


def _num(value: str) -> str:
    """``1.0`` → ``1``; ``17.3`` stays."""
    try:
        number = float(value)
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() else value


def _unique(triples: list[Any]) -> list[Any]:
    seen = {str(t): t for t in triples}
    return [seen[k] for k in sorted(seen)]


def build_site(
    layout: Layout,
    *,
    yasgui: str = DEFAULT_YASGUI,
    base_path: str = "/",
    w3id_target: str | None = None,
) -> dict[str, bytes]:
    """Make the whole site in memory.

    :param layout: the checkout (or installed package) whose release to show
    :param yasgui: the `firesld serve` URL query pages link to
    :param base_path: the URL path the site is served under (for the 404 page of ``.htaccess``)
    :param w3id_target: the URL the site is published at; writes the w3id rules for it
    :returns: relative path → bytes, sorted
    """
    files = SiteBuilder(layout, yasgui=yasgui).build(base_path=base_path, w3id_target=w3id_target)
    return {k: v if isinstance(v, bytes) else v.encode() for k, v in files.items()}


def write_site(files: dict[str, bytes], output: Path) -> None:
    """Write the site into a folder, replacing what a previous build left there.

    The files are written into a temporary folder beside ``output`` which then replaces it, so a
    failed build leaves the previous site as it was. A folder that holds something other than a
    site is never replaced.

    :raises ResourceError: when ``output`` holds files and is not a firesld site
    """
    output = output.resolve()
    if output.exists() and any(output.iterdir()) and not (output / "search-index.js").is_file():
        raise ResourceError(
            f"{output}: not empty and not a firesld site; refusing to replace it (choose -o)"
        )
    staging = output.with_name(f".{output.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    for rel, content in files.items():
        dest = staging / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(content)
    old = output.with_name(f".{output.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if output.exists():
        output.rename(old)
    staging.rename(output)
    shutil.rmtree(old, ignore_errors=True)


def digest(files: dict[str, bytes]) -> str:
    """One SHA-256 over every path and content (to compare two builds)."""
    h = hashlib.sha256()
    for rel, content in sorted(files.items()):
        h.update(rel.encode() + b"\0" + hashlib.sha256(content).digest())
    return h.hexdigest()
