"""``firesld site``: the static website made from the release graph.

Expected values are read off the review and the committed release by hand: anakinra is CHEBI:231683
with the Chinese label 阿那白滞素; the abstract's "阿那白滞素可能有助于控制 FIRES 患者的癫痫发作" is
claim abstract-14, hedged by 可能; Table 1 gives anakinra a half-life of 4~6 h (claim t1-anakinra-02).
"""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from firesld.cli import main
from firesld.constants import BASE_IRI, Layout
from firesld.site.build import build_site, digest
from firesld.site.routes import ROUTES, htaccess, resolve
from tests.constants import LAYOUT, REPO
from tests.sitekit import built_site

_RDF = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


class _Links(HTMLParser):
    """Collect links, scripts, alternates, headings and images of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.sources: list[str] = []
        self.alternates: list[tuple[str, str]] = []
        self.headings: list[int] = []
        self.images: list[dict[str, str | None]] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(str(a["href"]))
        if tag in ("script", "img") and a.get("src"):
            self.sources.append(str(a["src"]))
        if tag == "link" and a.get("rel") == "stylesheet":
            self.sources.append(str(a["href"]))
        if tag == "link" and a.get("rel") == "alternate":
            self.alternates.append((str(a["type"]), str(a["href"])))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "img":
            self.images.append(a)
        self._in_jsonld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_jsonld = False


def parse_page(path: Path) -> _Links:
    """Parse one HTML page of the site."""
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site() -> Path:
    """Return the site built once for the module."""
    return built_site()


def test_site_is_byte_reproducible(tmp_path: Path) -> None:
    """Two builds by the command line, in two processes' worth of state, write the same bytes."""
    runner = CliRunner()
    for name in ("one", "two"):
        result = runner.invoke(main, ["site", "--root", str(REPO), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert re.fullmatch(r"wrote \d+ files \(\d+ pages\) into .*\n", result.output)
    first = {
        p.relative_to(tmp_path / "one"): p.read_bytes()
        for p in (tmp_path / "one").rglob("*")
        if p.is_file()
    }
    second = {
        p.relative_to(tmp_path / "two"): p.read_bytes()
        for p in (tmp_path / "two").rglob("*")
        if p.is_file()
    }
    assert first.keys() == second.keys() and len(first) > 1000
    assert [k for k in first if first[k] != second[k]] == []
    assert digest(build_site(LAYOUT)) == digest(build_site(LAYOUT))


def test_no_date_but_those_of_the_release(site: Path) -> None:
    """No build timestamp: every date in the site is one the release itself states."""
    release = LAYOUT.release_trig.read_text() + LAYOUT.release_void.read_text()
    allowed = set(re.findall(r"\b20\d\d-\d\d-\d\d\b", release))
    for page in site.rglob("*.html"):
        dates = set(re.findall(r"\b20\d\d-\d\d-\d\d\b", page.read_text()))
        assert dates <= allowed, (page, dates - allowed)


def test_every_internal_link_and_asset_resolves_offline(site: Path) -> None:
    """Every relative href/src names a file of the site; scripts and styles are never remote."""
    pages = sorted(p for p in site.rglob("*.html") if p.name != "404.html")  # served at any path
    assert len(pages) > 500
    broken = []
    for page in pages:
        links = parse_page(page)
        for src in links.sources:
            assert not re.match(r"^(https?:)?//", src), f"{page}: remote asset {src}"
        for href in [*links.hrefs, *links.sources, *(h for _, h in links.alternates)]:
            if re.match(r"^[a-z]+:", href) or href.startswith("#"):
                continue
            target = href.split("#")[0]
            if target.startswith("/"):
                broken.append((page, href))  # absolute paths break under file:// and subfolders
                continue
            if not (page.parent / target).resolve().is_file():
                broken.append((page, href))
    assert broken == [], broken[:10]


def test_every_page_has_one_h1_ordered_headings_and_alt_text(site: Path) -> None:
    """Accessibility basics in the HTML itself: one h1 first, no skipped heading level, alt text."""
    for page in site.rglob("*.html"):
        links = parse_page(page)
        assert links.headings.count(1) == 1 and links.headings[0] == 1, page
        for before, after in zip(links.headings, links.headings[1:], strict=False):
            assert after <= before + 1, (page, links.headings)
        for image in links.images:
            assert (image.get("alt") or "").strip(), (page, image)


#: The release's named graphs, as the TriG names them.
GRAPHS = [f"{BASE_IRI}graph/{name}" for name in ("claims", "data", "imports", "ontology")]
_VOID_TRIPLES = "http://rdfs.org/ns/void#triples"
_SPARQL_EXECUTABLE = "http://www.w3.org/ns/shacl#SPARQLExecutable"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def page_resources(site: Path, page: Path) -> set[str]:
    """Return the IRIs a page is about, from its path (for an entity: the IRI it shows).

    A page with no resource of its own is about what it lists: the landing page and the 404 page
    the dataset release, the graph index the named graphs, the query index the examples'
    collection and each example it links.
    """
    rel = page.relative_to(site).as_posix()
    folder, _, stem = rel.removesuffix(".html").rpartition("/")
    if rel in ("index.html", "404.html"):
        return {f"{BASE_IRI}dataset/0.1.0"}
    if rel == "ontology.html":
        return {f"{BASE_IRI}firesld.owl"}
    if rel == "graph/index.html":
        return set(GRAPHS)
    if rel == "sparql-examples/index.html":
        linked = {h.removesuffix(".html") for h in parse_page(page).hrefs if "/" not in h}
        return {f"{BASE_IRI}sparql-examples/"} | {f"{BASE_IRI}sparql-examples/{n}" for n in linked}
    if folder == "entity" and "_" in stem:  # named by its authority's CURIE: the IRI it shows
        shown = re.search(r"<dt>IRI</dt><dd><code>([^<]+)</code>", page.read_text())
        identifier = re.search(r"<dt>Identifier</dt><dd><code>([^<]+)</code>", page.read_text())
        assert shown and identifier and identifier[1].replace(":", "_") == stem, page
        return {shown[1]}
    return {f"{BASE_IRI}{folder}/{stem}"}


def test_every_page_has_rdf_alternates_describing_its_resource(site: Path) -> None:
    """Every page, index and 404 included, links RDF describing its resource.

    The Turtle, N-Triples and JSON-LD files exist, parse, and have the page's resource as a subject
    (a vocabulary term the ontology only uses as an annotation: as a predicate).
    """
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 600
    for page in pages:
        alternates = dict(parse_page(page).alternates)
        assert set(alternates) == {"text/turtle", "application/n-triples", "application/ld+json"}, (
            page
        )
        about = page_resources(site, page)
        for media, href in alternates.items():
            ext = href.rsplit(".", 1)[1]
            # the 404 page is served at any path, so it links from the site's root
            file = site / href[1:] if href.startswith("/") else (page.parent / href).resolve()
            assert file.is_file() and file.is_relative_to(site), (page, href)
            triples = list(ox.parse(file.read_bytes(), format=_RDF[ext]))
            subjects = {t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)}
            if page.parent.name == "vocab":
                subjects |= {t.predicate.value for t in triples}
            assert about <= subjects, (page, media, sorted(about - subjects)[:5])


def test_index_alternates_describe_what_the_index_lists(site: Path) -> None:
    """The index pages' RDF describes what they list.

    The graph index gives each named graph its size (counted here in firesld.nq); the query
    index holds every example query (one per queries/*.rq) as a SHACL executable.
    """
    nquads = LAYOUT.exports_dir.joinpath("firesld.nq").read_text(encoding="utf-8").splitlines()
    store = ox.Store()
    store.load((site / "graph" / "index.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    for graph in GRAPHS:
        size = sum(1 for line in nquads if line.endswith(f"<{graph}> ."))
        found = [
            q.object.value
            for q in store.quads_for_pattern(
                ox.NamedNode(graph), ox.NamedNode(_VOID_TRIPLES), None, None
            )
            if isinstance(q.object, ox.Literal)
        ]
        assert found == [str(size)] and size > 100, (graph, found, size)
        assert f"({size} triples)" in (site / "graph" / "index.html").read_text()
    store = ox.Store()
    store.load(
        (site / "sparql-examples" / "index.jsonld").read_bytes(), format=ox.RdfFormat.JSON_LD
    )
    executables = {
        str(q.subject).strip("<>").rsplit("/", 1)[1]
        for q in store.quads_for_pattern(
            None, ox.NamedNode(RDF_TYPE), ox.NamedNode(_SPARQL_EXECUTABLE), None
        )
    }
    assert executables == {p.stem for p in (REPO / "queries").glob("*.rq")}
    assert len(executables) == 19


def test_every_firesld_iri_of_the_release_has_a_page_and_rdf(site: Path) -> None:
    """The route table covers every IRI the release mints under https://w3id.org/firesld/."""
    text = (
        "".join(
            (LAYOUT.exports_dir / name).read_text()
            for name in ("firesld.nq", "firesld.nanopubs.trig", "firesld.void.ttl")
        )
        + LAYOUT.owl_ttl.read_text()
    )
    prefixes = dict(
        re.findall(
            r"@prefix ([\w.-]*): <([^>]+)> \.",
            (LAYOUT.exports_dir / "firesld.nanopubs.trig").read_text(),
        )
    )
    iris = set(re.findall(r"<(https://w3id\.org/firesld/[^>]*)>", text))
    for prefix, local in re.findall(r"\b(firesld\.np):([\w.-]+)", text):
        iris.add(prefixes[prefix] + local)
    assert len(iris) > 600
    missing = []
    for iri in sorted(iris):
        path = iri[len(BASE_IRI) :].split("#")[0]
        if path.endswith("/") and path:  # namespaces (…/claim/, …/np/0.1.0/) name no resource
            continue
        if path.startswith("releases/") and not path.endswith(".owl"):
            if not (site / path).is_file():
                missing.append(iri)
            continue
        found = resolve(path)
        if found is None:
            missing.append(iri)
            continue
        _route, page, rdf = found
        if not (site / page).is_file() or not all((site / f).is_file() for f in rdf.values()):
            missing.append(iri)
    assert missing == []


def test_landing_page_counts_downloads_and_dataset_jsonld(site: Path) -> None:
    """The download table's sizes and SHA-256 are the VoID's, and the files served are those."""
    html = (site / "index.html").read_text()
    assert "265 claims (225 asserted, 30 hedged, 10 negated)" in html
    void = ox.Store()
    void.load(LAYOUT.release_void.read_bytes(), format=ox.RdfFormat.TURTLE)
    rows = re.findall(
        r'<tr><td><a href="(releases/[^"]+)">[^<]+</a></td><td>[^<]*</td><td>([\d,]+) bytes</td><td><code>([0-9a-f]{64})</code>',
        html,
    )
    assert len(rows) == 5
    for href, size, sha in rows:
        data = (site / href).read_bytes()
        assert len(data) == int(size.replace(",", ""))
        assert hashlib.sha256(data).hexdigest() == sha
        assert sha in LAYOUT.release_void.read_text()
    schema = json.loads(parse_page(site / "index.html").jsonld[0])
    assert schema["@type"] == "Dataset" and schema["version"] == "0.1.0"
    assert schema["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert {d["sha256"] for d in schema["distribution"]} == {sha for _, _, sha in rows}
    assert "儿科药物临床研究" in html and "gives no authors" in html
    assert '<img src="figure1.svg" alt="Figure 1' in html


def test_search_index_has_curies_and_zh_en_labels_and_synonyms(site: Path) -> None:
    """The landing page's index finds anakinra by CURIE, Chinese label, English label, synonym."""
    text = (site / "search-index.js").read_text()
    entries = json.loads(text.removeprefix("window.FIRESLD_INDEX = ").rstrip().removesuffix(";"))
    anakinra = next(e for e in entries if e["curie"] == "CHEBI:231683")
    assert {"Anakinra", "阿那白滞素"} <= set(anakinra["labels"])
    assert "IL-1Ra 重组蛋白" in anakinra["synonyms"]
    assert anakinra["page"] == "entity/CHEBI_231683.html"


def test_entity_page_shows_labels_authority_and_claims_by_certainty(site: Path) -> None:
    """Anakinra: both labels, its ChEBI page, the hedged abstract claim with its quotes."""
    html = (site / "entity" / "CHEBI_231683.html").read_text()
    assert '<h1>Anakinra <span lang="zh">阿那白滞素</span></h1>' in html
    assert "https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:231683" in html
    card = html[html.index('<div class="claim" id="abstract-14">') :]
    card = card[: card.index("</div>")]
    assert '<span class="certainty hedged">hedged (可能)</span>' in card
    assert "阿那白滞素可能有助于控制 FIRES 患者的癫痫发作" in card
    assert "section abstract" in card
    # Table 1: half-life 4~6 h keeps its unit
    half_life = html[html.index('id="t1-anakinra-02"') :]
    assert "4–6 h" in half_life[: half_life.index("</div>")]
    assert 'Table 1 row <span lang="zh">半衰期</span>' in half_life[: half_life.index("</div>")]


def test_claim_page_shows_evidence_location_references_and_nanopub(site: Path) -> None:
    """A claim page: certainty, ECO label, quotes, references and its nanopublication IRI."""
    html = (site / "claim" / "abstract-14.html").read_text()
    assert '<span class="certainty hedged">hedged (可能)</span>' in html
    # the abstract cites nothing: ECO:0000303's label
    assert "author statement without traceable support used in manual assertion" in html
    assert "https://w3id.org/firesld/np/0.1.0/abstract-14" in html
    assert (site / "np" / "0.1.0" / "abstract-14.trig").is_file()
    negated = [
        p for p in (site / "claim").glob("*.html") if 'class="certainty negated"' in p.read_text()
    ]
    assert len(negated) == 10


def test_ontology_page_lists_classes_slots_enums_with_mappings(site: Path) -> None:
    """Every class, slot and enum, with definitions and Biolink mappings."""
    html = (site / "ontology.html").read_text()
    counts = dict(
        re.findall(r"<h2>(Classes|Slots \(properties\)|Enumerations) \((\d+)\)</h2>", html)
    )
    assert int(counts["Classes"]) >= 15 and int(counts["Slots (properties)"]) >= 70
    assert int(counts["Enumerations"]) >= 5
    assert "biolink:Association" in html or "biolink:" in html
    assert "How firmly the review states a claim." in html  # CertaintyEnum's definition


def test_query_page_has_question_sparql_expected_answer_and_yasgui_link(site: Path) -> None:
    """hedged-vs-asserted: its question, SPARQL, the hand-written answer, a YASGUI link."""
    html = (site / "sparql-examples" / "hedged-vs-asserted.html").read_text()
    assert "<h1>How many of the review" in html
    assert "SELECT" in html and "http://127.0.0.1:7878/#query=" in html
    assert "<td>225</td>" in html  # asserted, not negated (queries/expected/hedged-vs-asserted.txt)


def test_routes_and_htaccess_come_from_one_table() -> None:
    """Every route's example resolves to itself, and the rules name every route's pattern."""
    rules = htaccess("https://example.org/firesld/")
    for route in ROUTES:
        found = resolve(route.example)
        assert found is not None and found[0] == route, route
        assert f"RewriteRule ^{route.pattern}$ https://example.org/firesld/" in rules
    with pytest.raises(ValueError, match="must end with '/'"):
        htaccess("https://example.org/firesld")


def test_site_without_a_release_fails_clearly(tmp_path: Path) -> None:
    """A checkout without exports/firesld.trig: exit 2, one line naming the file, nothing written."""
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "firesld.yaml").write_text("id: x\n")
    result = CliRunner().invoke(
        main, ["site", "--root", str(tmp_path), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 2
    assert "firesld.trig: release not found" in result.stderr
    assert not (tmp_path / "out").exists()
    assert Layout(tmp_path).release_trig.name == "firesld.trig"


def test_bad_w3id_target_is_refused() -> None:
    """The w3id target must be a folder URL."""
    result = CliRunner().invoke(
        main, ["site", "--w3id-target", "https://example.org/x", "-o", "/nonexistent/x"]
    )
    assert result.exit_code == 2 and "must end with '/'" in result.output


def test_citation_and_project_urls_state_only_what_is_known() -> None:
    """CITATION.cff names this release and the review (titles, column) and says what is missing."""
    import tomllib

    import yaml

    from firesld.version import RELEASE_DATE, VERSION

    cff = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["version"] == VERSION
    assert cff["date-released"] == RELEASE_DATE
    review = cff["references"][0]
    assert review["title"] == "IL-1β/IL-1R1 轴在发热感染相关性癫痫综合征中作用的研究进展"
    assert review["section"] == "儿科药物临床研究"
    assert not {"doi", "year", "volume", "journal", "pages", "issue"} & set(review)
    assert "no DOI" in review["notes"] and "no year" in review["notes"]
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["urls"]["Homepage"] == BASE_IRI


def test_site_never_replaces_a_folder_that_is_not_a_site(tmp_path: Path) -> None:
    """``-o`` naming a folder with other files in it: exit 2, the folder untouched."""
    (tmp_path / "keep.txt").write_text("mine")
    result = CliRunner().invoke(main, ["site", "--root", str(REPO), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "not a firesld site" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
