"""The one table from firesld IRI paths to the site's pages and RDF files, and what it makes.

Every IRI firesld mints is ``https://w3id.org/firesld/<path>``. :data:`ROUTES` maps each kind of
``<path>`` to the HTML page and the RDF files that describe it in the built site (the site mirrors
the IRI layout: ``entity/X`` is described by ``entity/X.html``, ``entity/X.ttl`` …). The same table
drives :func:`negotiate` (used by ``firesld serve``) and :func:`htaccess` (the rewrite rules the
w3id.org registry expects), so the two answer the same ``Accept`` the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "FORMATS",
    "ROUTES",
    "Route",
    "htaccess",
    "negotiate",
    "parse_accept",
    "resolve",
]

#: File extension → media type of every RDF serialisation the site writes.
FORMATS: dict[str, str] = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "trig": "application/trig",
    "nq": "application/n-quads",
}
_TRIPLES = ("ttl", "nt", "jsonld")
_QUADS = ("trig", "nq")


@dataclass(frozen=True)
class Route:
    """One kind of firesld IRI path and where the site describes it.

    ``page`` and ``rdf`` are ``str.format`` templates over the groups of ``pattern``; ``rdf`` plus
    ``.<ext>`` for each of ``formats`` names the RDF files. ``example`` is one real path of the
    kind (tests use it).
    """

    kind: str
    pattern: str
    page: str
    rdf: str
    formats: tuple[str, ...]
    example: str

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern, anchored at both ends."""
        return re.compile(f"^{self.pattern}$")


#: In order: the first route whose pattern matches a path wins.
ROUTES: tuple[Route, ...] = (
    Route("dataset", "", "index.html", "dataset", _TRIPLES, ""),
    Route("dataset", "dataset(?:/[^/]+)*", "index.html", "dataset", _TRIPLES, "dataset/0.1.0"),
    Route("ontology", "firesld\\.owl", "ontology.html", "ontology", _TRIPLES, "firesld.owl"),
    Route(
        "ontology",
        "releases/[^/]+/firesld\\.owl",
        "ontology.html",
        "ontology",
        _TRIPLES,
        "releases/0.1.0/firesld.owl",
    ),
    Route("ontology", "firesld", "ontology.html", "ontology", _TRIPLES, "firesld"),
    Route(
        "graph",
        "imports/firesld-imports\\.owl",
        "graph/imports.html",
        "graph/imports",
        _TRIPLES,
        "imports/firesld-imports.owl",
    ),
    Route("term", "vocab/([^/]+)", "vocab/{0}.html", "vocab/{0}", _TRIPLES, "vocab/Claim"),
    Route(
        "entity",
        "entity/([^/]+)",
        "entity/{0}.html",
        "entity/{0}",
        _TRIPLES,
        "entity/il1-receptor-trimer",
    ),
    Route(
        "claim",
        "claim/([^/]+)(?:/[^/]+){0,2}",
        "claim/{0}.html",
        "claim/{0}",
        _TRIPLES,
        "claim/s1.3-01",
    ),
    Route(
        "publication",
        "publication/([^/]+)",
        "publication/{0}.html",
        "publication/{0}",
        _TRIPLES,
        "publication/review",
    ),
    Route(
        "study",
        "study/([^/]+)",
        "study/{0}.html",
        "study/{0}",
        _TRIPLES,
        "study/clarkson-il1rn-study",
    ),
    Route("graph", "graph/([^/]+)", "graph/{0}.html", "graph/{0}", _TRIPLES, "graph/claims"),
    Route(
        "nanopub",
        "np/([^/]+)/([^/]+)",
        "claim/{1}.html",
        "np/{0}/{1}",
        _QUADS,
        "np/0.1.0/s1.3-01",
    ),
    Route(
        "queries",
        "sparql-examples/",
        "sparql-examples/index.html",
        "sparql-examples/index",
        _TRIPLES,
        "sparql-examples/",
    ),
    Route(
        "query",
        "sparql-examples/([^/]+)",
        "sparql-examples/{0}.html",
        "sparql-examples/{0}",
        _TRIPLES,
        "sparql-examples/hedged-vs-asserted",
    ),
)


def resolve(path: str) -> tuple[Route, str, dict[str, str]] | None:
    """Find what describes an IRI path (the part after ``https://w3id.org/firesld/``).

    :param path: the IRI path, without a leading slash
    :returns: the route, the page's site path, and extension → RDF file site path; None when no
        route matches

    >>> route, page, rdf = resolve("claim/s1.3-01")
    >>> page, rdf["ttl"]
    ('claim/s1.3-01.html', 'claim/s1.3-01.ttl')
    >>> resolve("nothing/here") is None
    True
    """
    for route in ROUTES:
        match = route.regex.match(path)
        if match:
            groups = match.groups()
            base = route.rdf.format(*groups)
            return (
                route,
                route.page.format(*groups),
                {ext: f"{base}.{ext}" for ext in route.formats},
            )
    return None


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Parse an ``Accept`` header into (media range, quality), best first, stable for ties.

    >>> parse_accept("text/html;q=0.8, text/turtle")
    [('text/turtle', 1.0), ('text/html', 0.8)]
    """
    ranges: list[tuple[str, float, int]] = []
    for index, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(m, q) for m, q, _ in ranges if q > 0]


def negotiate(accept: str | None, formats: tuple[str, ...]) -> str:
    """Choose ``"html"`` or one of ``formats`` (extensions) for an ``Accept`` header.

    An RDF type is chosen only when asked for by name and ranked above HTML; anything else, a
    browser's ``*/*`` included, gets HTML (as the w3id rules do: HTML is their fallback).

    >>> negotiate("text/turtle", ("ttl", "jsonld"))
    'ttl'
    >>> negotiate("text/html,application/xhtml+xml,*/*;q=0.8", ("ttl",))
    'html'
    >>> negotiate("application/ld+json;q=0.5, text/html;q=0.9", ("ttl", "jsonld"))
    'html'
    """
    by_type = {FORMATS[ext]: ext for ext in formats}
    for media, _quality in parse_accept(accept):
        if media in ("text/html", "application/xhtml+xml"):
            return "html"
        if media in by_type:
            return by_type[media]
    return "html"


def _apache_pattern(route: Route) -> str:
    """Return the route's pattern for a ``RewriteRule`` (groups become ``$1``, ``$2`` …)."""
    return f"^{route.pattern}$"


def _apache_target(template: str) -> str:
    """Turn ``{0}`` into ``$1``, ``{1}`` into ``$2`` and so on."""
    return re.sub(r"\{(\d+)\}", lambda m: f"${int(m.group(1)) + 1}", template)


def htaccess(target: str, *, comment: str = "") -> str:
    """Write Apache ``mod_rewrite`` rules that redirect every firesld IRI path (303 See Other).

    The rules are what the w3id.org registry expects in ``w3id.org/firesld/.htaccess``: for each
    route, one rule per RDF type chosen by ``Accept`` (Turtle, N-Triples, JSON-LD, TriG, N-Quads),
    then the HTML page as the fallback.

    :param target: the URL (ending in ``/``) where the built site is published
    :param comment: a first comment line
    :returns: the ``.htaccess`` text

    >>> print(htaccess("https://example.org/").splitlines()[4])
    RewriteEngine on
    """
    if not target.endswith("/"):
        raise ValueError(f"the target URL must end with '/': {target}")
    lines = [
        f"# {comment or 'firesld: content negotiation for https://w3id.org/firesld/'}",
        "# Generated by `firesld site` from the route table in firesld/site/routes.py; do not edit.",
        "# Each IRI answers 303 See Other: RDF when Accept names an RDF type, else the HTML page.",
        "Options +FollowSymLinks",
        "RewriteEngine on",
        "",
    ]
    for route in ROUTES:
        pattern = _apache_pattern(route)
        rdf = _apache_target(route.rdf)
        lines.append(f"# {route.kind}: e.g. https://w3id.org/firesld/{route.example}")
        for ext in route.formats:
            media = re.escape(FORMATS[ext]).replace("/", "\\/")
            lines += [
                f"RewriteCond %{{HTTP_ACCEPT}} {media}",
                f"RewriteRule {pattern} {target}{rdf}.{ext} [R=303,L]",
            ]
        lines += [f"RewriteRule {pattern} {target}{_apache_target(route.page)} [R=303,L]", ""]
    lines += [
        "# release files are published as they are",
        f"RewriteRule ^releases/([^/]+)/(.+)$ {target}releases/$1/$2 [R=302,L]",
        "",
        "# anything else: the site answers (with its 404 page, which says what firesld IRIs are)",
        f"RewriteRule ^(.+)$ {target}$1 [R=302,L]",
        "",
    ]
    return "\n".join(lines)
