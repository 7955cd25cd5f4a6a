"""Figure 1: drawn from the claims with a figure panel; the committed picture and README block."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from firesld.cli import main
from firesld.data import build_graph, read_records
from firesld.errors import DataError, ResourceError
from firesld.figure import (
    DOCS_SVG,
    README_END,
    README_START,
    Figure,
    build_figure,
    load_graph_files,
    read_readme_block,
    readme_block,
    render_mermaid,
    render_svg,
    replace_readme_block,
)
from firesld.model import Model
from firesld.queries import load_release_store
from firesld.rdfio import to_oxigraph_triples
from tests.constants import LAYOUT, REPO

SVG = "{http://www.w3.org/2000/svg}"

EdgeKey = tuple[str, str, str, str, str, bool]

#: The arrows of Figure 1, derived by hand from data/claims/fig1.yaml (the legend) and the claims
#: of s1.1.yaml and s2.2.yaml that carry a figure_panel: (panel, subject, predicate, object,
#: certainty, negated) → the claims behind the arrow.
EXPECTED: dict[EdgeKey, set[str]] = {
    # A: IL-1β binds IL-1R1; IL-1RAcP joins the trimer, which starts the downstream pathway
    ("1A", "IL-1β", "directly_physically_interacts_with", "IL-1R1", "asserted", False): {
        "fig1-a1",
        "s1.1-18",
    },
    ("1A", "IL-1RAcP", "part_of", "trimer", "asserted", False): {"fig1-a2", "s1.1-19"},
    (
        "1A",
        "trimer",
        "actively_involved_in",
        "interleukin-1-mediated signaling pathway",
        "asserted",
        False,
    ): {"fig1-a3"},
    ("1A", "trimer", "physically_interacts_with", "cytoplasmic TIR receptor", "asserted", False): {
        "s1.1-20"
    },
    (
        "1A",
        "trimer",
        "participates_in",
        "MyD88-dependent signalling downstream of IL-1R1",
        "asserted",
        False,
    ): {"s1.1-21"},
    (
        "1A",
        "MyD88-dependent signalling downstream of IL-1R1",
        "regulates",
        "canonical NF-kappaB signal transduction",
        "asserted",
        False,
    ): {"s1.1-22"},
    (
        "1A",
        "canonical NF-kappaB signal transduction",
        "regulates",
        "gene transcription, causing expression of pro-inflammatory genes",
        "asserted",
        False,
    ): {"s1.1-23"},
    # B: IL-1Ra and anakinra compete with IL-1β for IL-1R1; no trimer forms
    ("1B", "IL-1Ra", "competes_with", "IL-1β", "asserted", False): {"fig1-b1"},
    ("1B", "IL-1Ra", "directly_physically_interacts_with", "IL-1R1", "asserted", False): {
        "fig1-b2"
    },
    ("1B", "IL-1Ra", "prevents_complex_formation", "trimer", "asserted", False): {"fig1-b3"},
    ("1B", "Anakinra", "competes_with", "IL-1β", "asserted", False): {"fig1-b4", "s2.2.1-12"},
    ("1B", "Anakinra", "directly_physically_interacts_with", "IL-1R1", "asserted", False): {
        "fig1-b5",
        "s2.2.1-11",
    },
    ("1B", "Anakinra", "prevents_complex_formation", "trimer", "asserted", False): {
        "fig1-b6",
        "s2.2.1-13",
    },
    ("1B", "Anakinra", "has_binding_affinity_comparable_to", "IL-1β", "asserted", False): {
        "s2.2.1-10"
    },
    (
        "1B",
        "Anakinra",
        "disrupts",
        "interleukin-1-mediated signaling pathway",
        "asserted",
        False,
    ): {"s2.2.1-14"},
    # C: canakinumab binds IL-1β, so the receptor complex cannot form
    ("1C", "Canakinumab", "directly_physically_interacts_with", "IL-1β", "asserted", False): {
        "fig1-c1",
        "s2.2.2-04",
    },
    ("1C", "Canakinumab", "prevents_complex_formation", "trimer", "asserted", False): {
        "fig1-c2",
        "s2.2.2-06",
    },
    ("1C", "Canakinumab", "disrupts", "interleukin-1 receptor activity", "asserted", False): {
        "s2.2.2-05"
    },
}

#: A hedged claim of panel 1A that the data do not have (the review's §3 says IL-1β "may" bind
#: IL-1RAcP, without a panel), and a negated one of panel 1C, both as a curator would write them.
NEW_CLAIMS = """\
claims:
  - id: firesld.claim:test-hedged
    subject: UniProtKB:P01584
    predicate: physically_interacts_with
    object: UniProtKB:Q9NPH3
    evidence_type: traceable_author_statement
    knowledge_level: prediction
    agent_type: manual_agent
    certainty: hedged
    hedge_cue: [可能]
    supporting_text_zh: IL-1β 可能与 IL-1RAcP 结合。
    supporting_text_en: IL-1β may bind IL-1RAcP.
    translation_source: curator_translation
    section: '1.1'
    figure_panel: 1A
  - id: firesld.claim:test-negated
    subject: DRUGBANK:DB06168
    predicate: directly_physically_interacts_with
    object: UniProtKB:P14778
    evidence_type: traceable_author_statement
    knowledge_level: knowledge_assertion
    agent_type: manual_agent
    certainty: asserted
    negated: true
    supporting_text_zh: 卡那单抗不与 IL-1R1 结合。
    supporting_text_en: Canakinumab does not bind IL-1R1.
    translation_source: curator_translation
    section: 2.2.2
    figure_panel: 1C
"""

HEDGED: EdgeKey = ("1A", "IL-1β", "physically_interacts_with", "IL-1RAcP", "hedged", False)
NEGATED: EdgeKey = (
    "1C",
    "Canakinumab",
    "directly_physically_interacts_with",
    "IL-1R1",
    "asserted",
    True,
)


# ------------------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def release_figure() -> Figure:
    """Return the figure the committed release draws."""
    return build_figure(load_release_store(LAYOUT))


def _keys(figure: Figure) -> dict[EdgeKey, set[str]]:
    """Return the figure's arrows with their claims (local ids)."""
    return {e.key: {c.split(":", 1)[1] for c in e.claims} for e in figure.edges}


def _svg_edges(svg: str) -> dict[EdgeKey, ET.Element]:
    """Parse the SVG and return its arrow groups by (panel, subject, predicate, object …)."""
    root = ET.fromstring(svg)
    edges: dict[EdgeKey, ET.Element] = {}
    for group in root.iter(f"{SVG}g"):
        if "edge" not in group.get("class", "").split():
            continue
        key = (
            group.get("data-panel", ""),
            group.get("data-subject", ""),
            re.split(r"[/#]", group.get("data-predicate", ""))[-1],
            group.get("data-object", ""),
            group.get("data-certainty", ""),
            group.get("data-negated") == "true",
        )
        assert key not in edges, f"arrow drawn twice: {key}"
        edges[key] = group
    return edges


def _mermaid_edges(text: str) -> dict[EdgeKey, str]:
    """Parse the Mermaid flowchart: arrows by (panel, subject, predicate …) → ``-->``/``-.->``."""
    names = dict(re.findall(r'^\s+([A-Z]\d+)[\[\(>{]+"([^"]*)"', text, re.MULTILINE))
    red = {
        int(i)
        for m in re.findall(r"^\s+linkStyle ([\d,]+) stroke:#c0392b", text, re.MULTILINE)
        for i in m.split(",")
    }
    edges: dict[EdgeKey, str] = {}
    links = re.findall(r"^\s+([A-Z]\d+) (-->|-\.->)\|([^|]*)\| ([A-Z]\d+)$", text, re.MULTILINE)
    for n, (s, arrow, label, o) in enumerate(links):
        negated = label.startswith("✗ not ")
        assert negated == (n in red), f"link {n} ({label}) red iff negated"
        predicate = label.removeprefix("✗ not ").replace(" ", "_")
        certainty = "hedged" if arrow == "-.->" else "asserted"
        edges[("1" + s[0], names[s], predicate, names[o], certainty, negated)] = arrow
    return edges


def _store_with_new_claims(model: Model, tmp_path: Path) -> Any:
    """Return the release store plus :data:`NEW_CLAIMS`, made into RDF as the build makes it."""
    import pyoxigraph as ox

    path = tmp_path / "new-claims.yaml"
    path.write_text(NEW_CLAIMS, encoding="utf-8")
    records, problems = read_records([path], model)
    assert not problems
    store = load_release_store(LAYOUT)
    graph = build_graph(records, model)
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in to_oxigraph_triples(graph))
    return store


def _checkout(tmp_path: Path, *, docs: bool = True) -> Path:
    """Copy what ``firesld figure --write`` needs into a temporary checkout."""
    root = tmp_path / "checkout"
    (root / "schema").mkdir(parents=True)
    (root / "exports").mkdir()
    shutil.copy2(REPO / "schema" / "firesld.yaml", root / "schema" / "firesld.yaml")
    shutil.copy2(REPO / "exports" / "firesld.trig", root / "exports" / "firesld.trig")
    shutil.copy2(REPO / "README.md", root / "README.md")
    if docs:
        (root / "docs").mkdir()
        shutil.copy2(REPO / DOCS_SVG, root / DOCS_SVG)
    return root


# --------------------------------------------------------------------------------- drift check


def test_committed_svg_is_what_the_release_draws(release_figure: Figure) -> None:
    """docs/figure1.svg is byte for byte what the code draws from the committed release."""
    committed = (REPO / DOCS_SVG).read_text(encoding="utf-8")
    assert committed == render_svg(release_figure), "run `firesld figure --write`"


def test_readme_block_is_what_the_release_draws(release_figure: Figure) -> None:
    """README.md's Figure 1 block is the Mermaid flowchart of the committed release."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert read_readme_block(readme) == readme_block(release_figure), "run `firesld figure --write`"
    assert "docs/figure1.svg" in readme


def test_drawing_is_deterministic(release_figure: Figure) -> None:
    """The same graph draws the same bytes, whatever the store or the order it was loaded in."""
    import firesld

    from_rdflib = build_figure(firesld.load_graph())
    assert render_svg(from_rdflib) == render_svg(release_figure)
    assert render_mermaid(from_rdflib) == render_mermaid(release_figure)


# ------------------------------------------------------------------------------------ content


def test_figure_has_the_hand_derived_arrows(release_figure: Figure) -> None:
    """The model's arrows, and the claims behind each, are those derived by hand from the data."""
    assert _keys(release_figure) == EXPECTED
    assert [p.name for p in release_figure.panels] == ["1A", "1B", "1C"]
    assert release_figure.n_claims == len(set().union(*EXPECTED.values()))


def test_selection_is_every_yaml_claim_with_a_figure_panel(release_figure: Figure) -> None:
    """The arrows cover exactly the curated claims with a figure panel and another end."""
    wanted: dict[str, str] = {}
    for path in sorted((REPO / "data" / "claims").glob("*.yaml")):
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
            if claim.get("figure_panel") and (claim.get("object") or claim.get("value_text")):
                wanted[claim["id"]] = claim["figure_panel"]
    drawn = {c: e.panel for e in release_figure.edges for c in e.claims}
    assert drawn == wanted


def test_nodes_are_named_and_classified(release_figure: Figure) -> None:
    """Nodes carry the review's names, their identifiers and their kinds."""
    nodes = {n.label: n for p in release_figure.panels for n in p.nodes}
    assert nodes["IL-1β"].key == "http://purl.uniprot.org/uniprot/P01584"
    assert nodes["IL-1β"].curie == "UniProtKB:P01584"
    assert nodes["IL-1R1"].curie == "UniProtKB:P14778"
    assert nodes["IL-1RAcP"].curie == "UniProtKB:Q9NPH3"
    assert nodes["trimer"].curie == "firesld.entity:il1-receptor-trimer"
    kinds = {label: n.kind for label, n in nodes.items()}
    assert kinds["IL-1Ra"] == "protein"
    assert kinds["Anakinra"] == kinds["Canakinumab"] == "drug"
    assert kinds["trimer"] == "complex"
    assert kinds["canonical NF-kappaB signal transduction"] == "process"
    assert kinds["cytoplasmic TIR receptor"] == "text"
    assert nodes["cytoplasmic TIR receptor"].curie == ""
    assert "Rilonacept" not in nodes  # no claim of the data puts it in the figure


def test_svg_draws_every_arrow_with_its_style(release_figure: Figure) -> None:
    """The SVG parses, has one titled group per arrow, and solid lines for asserted claims."""
    svg = render_svg(release_figure)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.findtext(f"{SVG}title") == (
        "Figure 1. Mechanism of action of IL-1β and related specific antagonists"
    )
    edges = _svg_edges(svg)
    assert set(edges) == set(EXPECTED)
    for key, group in edges.items():
        title = group.findtext(f"{SVG}title") or ""
        assert title.startswith(f"{key[1]} {key[2].replace('_', ' ')} {key[3]} (asserted;")
        path = group.find(f"{SVG}path")
        assert path is not None
        assert path.get("stroke-dasharray") is None
        assert path.get("stroke") == "#333333"
        label = " ".join(t.text or "" for t in group.iter(f"{SVG}text"))
        assert label == key[2].replace("_", " ")
        assert set(group.get("data-claims", "").split()) == {
            f"firesld.claim:{c}" for c in EXPECTED[key]
        }
    panels = [g for g in root.iter(f"{SVG}g") if g.get("class") == "panel"]
    assert [g.get("data-panel") for g in panels] == ["1A", "1B", "1C"]
    assert all(g.findtext(f"{SVG}title") for g in panels)
    nodes = [g for g in root.iter(f"{SVG}g") if "node" in g.get("class", "").split()]
    assert all(g.findtext(f"{SVG}title") for g in nodes)
    legend = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    for words in ("asserted", "hedged", "negated"):
        assert words in legend


def test_mermaid_draws_every_arrow(release_figure: Figure) -> None:
    """The flowchart has one link per arrow, all solid, in one subgraph per panel."""
    text = render_mermaid(release_figure)
    assert text.startswith("flowchart LR\n")
    assert _mermaid_edges(text) == dict.fromkeys(EXPECTED, "-->")
    assert re.findall(r'subgraph (fig1[A-C])\["Figure 1[A-C]"\]', text) == [
        "fig1A",
        "fig1B",
        "fig1C",
    ]
    assert text.count("\n  end\n") == 3


# ------------------------------------------------------------------------ the graph decides


def test_a_hedged_claim_adds_a_dashed_arrow(model: Model, tmp_path: Path) -> None:
    """A new hedged claim in panel 1A appears as a dashed arrow in the SVG and in Mermaid."""
    figure = build_figure(_store_with_new_claims(model, tmp_path))
    keys = _keys(figure)
    assert keys == {**EXPECTED, HEDGED: {"test-hedged"}, NEGATED: {"test-negated"}}
    edges = _svg_edges(render_svg(figure))
    path = edges[HEDGED].find(f"{SVG}path")
    assert path is not None
    assert path.get("stroke-dasharray") == "6 4"
    assert "hedged" in (edges[HEDGED].get("class") or "").split()
    mermaid = _mermaid_edges(render_mermaid(figure))
    assert mermaid[HEDGED] == "-.->"
    assert all(mermaid[k] == "-->" for k in EXPECTED)


def test_a_negated_claim_is_red_and_marked(model: Model, tmp_path: Path) -> None:
    """A negated claim is drawn red, labelled ✗ not …, in the SVG and in Mermaid."""
    figure = build_figure(_store_with_new_claims(model, tmp_path))
    group = _svg_edges(render_svg(figure))[NEGATED]
    path = group.find(f"{SVG}path")
    assert path is not None
    assert path.get("stroke") == "#c0392b"
    assert path.get("stroke-dasharray") is None
    label = " ".join(t.text or "" for t in group.iter(f"{SVG}text"))
    assert label.startswith("✗ not directly")
    text = render_mermaid(figure)
    assert NEGATED in _mermaid_edges(text)
    assert "|✗ not directly physically interacts with|" in text


def test_a_graph_without_figure_claims_is_refused() -> None:
    """A graph with no claim to draw is a DataError (exit code 1), not an empty picture."""
    import pyoxigraph as ox

    with pytest.raises(DataError, match="no claim with a figure panel"):
        build_figure(ox.Store())


def test_readme_markers_are_required() -> None:
    """A README without the two markers, in order, is refused."""
    with pytest.raises(ResourceError, match="figure1:start"):
        replace_readme_block("no markers here", "x")
    with pytest.raises(ResourceError):
        replace_readme_block(f"{README_END} then {README_START}", "x")
    text = f"a\n{README_START}\nold\n{README_END}\nb\n"
    assert replace_readme_block(text, "\nnew\n") == f"a\n{README_START}\nnew\n{README_END}\nb\n"


def test_malformed_file_names_file_line_and_column(tmp_path: Path) -> None:
    """A file that does not parse is reported with its line and column."""
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"bad\.ttl:2:\d+: malformed TURTLE"):
        load_graph_files([bad])


# ------------------------------------------------------------------------------------ the CLI


def test_cli_prints_svg_and_mermaid(release_figure: Figure) -> None:
    """``firesld figure`` prints the SVG, ``--format mermaid`` the flowchart, both of the release."""
    result = CliRunner().invoke(main, ["figure"])
    assert result.exit_code == 0, result.output
    assert result.stdout == render_svg(release_figure)
    assert "figure 1: 3 panel(s), 18 arrow(s) from 25 claim(s)" in result.stderr
    result = CliRunner().invoke(main, ["figure", "--format", "mermaid"])
    assert result.exit_code == 0, result.output
    assert result.stdout == render_mermaid(release_figure)


def test_cli_write_makes_the_committed_files(tmp_path: Path) -> None:
    """``--write --root`` writes docs/figure1.svg and the README block; a rerun changes nothing."""
    root = _checkout(tmp_path, docs=False)
    readme = (root / "README.md").read_text(encoding="utf-8")
    (root / "README.md").write_text(
        replace_readme_block(readme, "\nstale\n"), encoding="utf-8", newline="\n"
    )
    result = CliRunner().invoke(main, ["figure", "--write", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert "wrote docs/figure1.svg" in result.stdout
    assert "wrote README.md" in result.stdout
    assert (root / DOCS_SVG).read_bytes() == (REPO / DOCS_SVG).read_bytes()
    assert (root / "README.md").read_bytes() == (REPO / "README.md").read_bytes()
    assert (root / DOCS_SVG).stat().st_mode & 0o777 == 0o644
    result = CliRunner().invoke(main, ["figure", "--write", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert "docs/figure1.svg unchanged" in result.stdout
    assert "README.md unchanged" in result.stdout


def test_cli_draws_from_data_files(model: Model, tmp_path: Path) -> None:
    """``--data`` draws from the given RDF instead: the release plus a new hedged claim."""
    path = tmp_path / "new-claims.yaml"
    path.write_text(NEW_CLAIMS, encoding="utf-8")
    records, _ = read_records([path], model)
    extra = tmp_path / "new-claims.ttl"
    build_graph(records, model).serialize(extra, format="turtle")
    out = tmp_path / "figure.mmd"
    release = str(REPO / "exports" / "firesld.trig")
    args = ["figure", "-f", "mermaid", "--data", release, "--data", str(extra), "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    edges = _mermaid_edges(out.read_text(encoding="utf-8"))
    assert edges[HEDGED] == "-.->"
    assert NEGATED in edges


def test_cli_malformed_data_fails_and_writes_nothing(tmp_path: Path) -> None:
    """A malformed --data file: exit 2, one clear line, docs/figure1.svg and README untouched."""
    root = _checkout(tmp_path)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://example.org/a> <http://example.org/b> .\n", encoding="utf-8")
    svg, readme = root / DOCS_SVG, root / "README.md"
    before = (svg.read_bytes(), svg.stat().st_mtime_ns, readme.read_bytes())
    result = CliRunner().invoke(
        main, ["figure", "--data", str(bad), "--write", "--root", str(root)]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("firesld: error: ")
    assert f"{bad}:1:" in result.stderr
    assert "malformed TURTLE" in result.stderr
    assert result.stdout == ""
    assert (svg.read_bytes(), svg.stat().st_mtime_ns, readme.read_bytes()) == before
    assert sorted(p.name for p in svg.parent.iterdir()) == ["figure1.svg"]


@pytest.mark.parametrize(
    ("name", "content", "code", "message"),
    [
        ("missing.ttl", None, 2, "no such file"),
        ("graph.xyz", "x", 2, "not an RDF file name"),
        ("empty.ttl", "<http://example.org/a> <http://example.org/b> 1 .\n", 1, "nothing to draw"),
    ],
)
def test_cli_bad_data_exit_codes(
    tmp_path: Path, name: str, content: str | None, code: int, message: str
) -> None:
    """A missing or unknown file exits 2, a graph with nothing to draw exits 1; nothing written."""
    root = _checkout(tmp_path)
    data = tmp_path / name
    if content is not None:
        data.write_text(content, encoding="utf-8")
    before = (root / DOCS_SVG).read_bytes()
    result = CliRunner().invoke(
        main, ["figure", "--data", str(data), "--write", "--root", str(root)]
    )
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert (root / DOCS_SVG).read_bytes() == before


def test_cli_readme_without_markers_writes_nothing(tmp_path: Path) -> None:
    """A README without the markers fails before docs/figure1.svg is written."""
    root = _checkout(tmp_path, docs=False)
    (root / "README.md").write_text("# firesld\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["figure", "--write", "--root", str(root)])
    assert result.exit_code == 2
    assert "figure1:start" in result.stderr
    assert not (root / DOCS_SVG).exists()


def test_cli_root_needs_write(tmp_path: Path) -> None:
    """``--root`` without ``--write`` is a usage error."""
    result = CliRunner().invoke(main, ["figure", "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert "--root goes with --write" in result.stderr


def test_cli_help_does_not_import_the_figure_module() -> None:
    """``firesld --help`` stays fast: the command imports its module only when it runs."""
    code = "import sys, firesld.cli; print('firesld.figure' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "False"
    result = CliRunner().invoke(main, ["figure", "--help"])
    assert result.exit_code == 0
    assert "--write" in result.stdout
