"""The whole pipeline: exports are byte-stable, committed, and untouched by a failing build."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from firesld.build import BuildFailedError, run_build
from firesld.constants import Layout
from firesld.problems import CHECKS
from firesld.rdfio import isomorphic
from tests.constants import LAYOUT
from tests.processes import ancestors, ended


def _digests(layout: Layout) -> dict[str, str]:
    """Return the SHA-256 of every file under exports/."""
    return {
        str(p.relative_to(layout.exports_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(layout.exports_dir.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("parallel", [True, False], ids=["forked-checks", "serial"])
def test_build_reproduces_the_committed_exports(checkout: Layout, parallel: bool) -> None:
    """A build from the committed data writes exactly the committed exports (export drift).

    The same with the graph's checks in a forked child and with every step in one process.
    """
    before = _digests(checkout)
    result = run_build(checkout, generate=False, parallel=parallel)
    assert result.written == []
    assert _digests(checkout) == before
    assert result.counts["claims"] >= 1


def test_second_build_changes_no_byte(checkout: Layout) -> None:
    """Building twice gives identical files."""
    for path in checkout.exports_dir.glob("firesld.*"):
        if path.name != "firesld.context.jsonld":
            path.unlink()
    run_build(checkout, generate=False)
    first = _digests(checkout)
    second_result = run_build(checkout, generate=False)
    assert _digests(checkout) == first
    assert second_result.written == []


def test_failing_build_leaves_exports_identical(checkout: Layout) -> None:
    """Bad data: the build raises, names the problem, and exports/ stays byte-identical."""
    before = _digests(checkout)
    bad = checkout.data_dir / "zz-bad.yaml"
    bad.write_text("genes:\n  - id: HGNC:ABC\n    label: not a gene\n", encoding="utf-8")
    with pytest.raises(BuildFailedError) as info:
        run_build(checkout, generate=False)
    assert info.value.exit_code == 1
    assert "data/zz-bad.yaml:2: HGNC:ABC.id: error FLD-ID-PATTERN" in str(info.value)
    assert _digests(checkout) == before


def test_exports_are_the_same_graph() -> None:
    """The Turtle, N-Triples and JSON-LD exports parse to isomorphic graphs."""
    ttl = Graph().parse(LAYOUT.exports_dir / "firesld.ttl", format="turtle")
    nt = Graph().parse(LAYOUT.exports_dir / "firesld.nt", format="nt")
    jsonld = Graph().parse(LAYOUT.exports_dir / "firesld.jsonld", format="json-ld")
    assert len(ttl) > 1000
    assert isomorphic(ttl, nt)
    assert isomorphic(ttl, jsonld)


def test_ntriples_export_is_sorted() -> None:
    """The N-Triples export is sorted line by line (the canonical form for diffs)."""
    lines = (LAYOUT.exports_dir / "firesld.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert not any(line.startswith("_:") for line in lines[:1])


def test_unchanged_build_is_answered_from_the_cache(checkout: Layout) -> None:
    """Nothing changed: the second build redoes nothing; an edited input or output is redone."""
    first = run_build(checkout, generate=False)
    assert not first.cached
    assert (checkout.root / ".firesld-cache" / "build.json").is_file()
    second = run_build(checkout, generate=False)
    assert second.cached
    assert second.counts == first.counts
    assert second.written == []
    # an output edited by hand is rebuilt (the cache checks outputs, not only inputs)
    nt = checkout.exports_dir / "firesld.nt"
    good = nt.read_bytes()
    nt.write_bytes(good.replace(b"FIRES", b"FIREZ", 1))
    third = run_build(checkout, generate=False)
    assert not third.cached
    assert nt in third.written
    assert nt.read_bytes() == good
    # an input changed (a comment is enough: the cache hashes content) is redone
    data_file = checkout.data_dir / "claims" / "abstract.yaml"
    data_file.write_text(data_file.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert not run_build(checkout, generate=False).cached
    assert run_build(checkout, generate=False).cached
    assert not run_build(checkout, generate=False, force=True).cached


def test_build_options_are_part_of_the_cache_key(checkout: Layout) -> None:
    """A build without the reasoner does not stand in for a build with it."""
    checks = [c for c in CHECKS if c != "owl"]
    run_build(checkout, generate=False, checks=checks)
    assert run_build(checkout, generate=False, checks=checks).cached
    assert not run_build(checkout, generate=False).cached


def test_a_schema_edit_decides_the_build_not_the_committed_artefacts(checkout: Layout) -> None:
    """A release made beside the generation is dropped when the generation changes the files.

    It is made from the generated files on disk; a slot the schema now requires (not yet in
    those files) must fail the two genes without it.

    Hand count from data/entities/genes.yaml: of the 14 HGNC genes, HGNC:10585 (SCN1A) and
    HGNC:10588 (SCN2A) have no ``has_gene_product``.
    """
    pytest.importorskip("linkml")
    before = _digests(checkout)
    shapes = (checkout.shapes_dir / "firesld.shacl.ttl").read_bytes()
    text = checkout.schema.read_text(encoding="utf-8")
    slot = "  has_gene_product:\n    range: GeneProduct\n    multivalued: true\n"
    assert text.count(slot) == 1
    checkout.schema.write_text(text.replace(slot, slot + "    required: true\n"), encoding="utf-8")
    with pytest.raises(BuildFailedError) as caught:
        run_build(checkout, force=True)
    failing = {p.record for p in caught.value.report.errors if (p.slot or "") == "has_gene_product"}
    assert failing == {"HGNC:10585", "HGNC:10588"}
    assert _digests(checkout) == before
    assert (checkout.shapes_dir / "firesld.shacl.ttl").read_bytes() == shapes


def test_stale_shapes_on_disk_do_not_decide_a_build_that_generates(checkout: Layout) -> None:
    """A hand-broken shapes file fails a build without generation, not one that generates.

    The generating build replaces it by the schema's shapes and passes on them.
    """
    pytest.importorskip("linkml")
    path = checkout.shapes_dir / "firesld.shacl.ttl"
    committed = path.read_bytes()
    path.write_bytes(
        committed
        + b"\n<urn:x:impossible> a sh:NodeShape ; sh:targetClass firesld:Gene ;\n"
        + b"    sh:property [ sh:path rdfs:comment ; sh:minCount 1 ] .\n"
    )
    with pytest.raises(BuildFailedError):
        run_build(checkout, generate=False, force=True)
    result = run_build(checkout, force=True)
    assert result.report is not None and result.report.conforms
    assert path.read_bytes() == committed
    assert path in result.generated


def test_a_graph_only_failure_found_beside_the_export_stops_the_release(checkout: Layout) -> None:
    """Records that pass their own checks but not SHACL: the build fails and writes nothing.

    The graph's checks run in a child while the export is made; their problems are the build's,
    the same list :func:`validate_records` gives. Hand-derived from shapes/firesld-extra.shacl.ttl:
    a hedged claim without ``hedge_cue`` and a traceable author statement without
    ``reference_numbers`` each break one sh:not shape.
    """
    from firesld.data import read_records
    from firesld.model import load_model
    from firesld.validate import validate_records

    before = _digests(checkout)
    (checkout.data_dir / "claims" / "zz.yaml").write_text(
        "claims:\n"
        "  - id: firesld.claim:zz-1\n"
        "    subject: HGNC:5992\n"
        "    predicate: gene_associated_with_condition\n"
        "    object: MONDO:0015584\n"
        "    evidence_type: traceable_author_statement\n"
        "    knowledge_level: knowledge_assertion\n"
        "    agent_type: manual_agent\n"
        "    certainty: hedged\n"
        "    supporting_text_zh: IL-1β 可能与 FIRES 有关\n"
        "    supporting_text_en: IL-1β may be related to FIRES\n"
        "    translation_source: curator_translation\n"
        "    section: abstract\n",
        encoding="utf-8",
    )
    checks = [c for c in CHECKS if c not in ("mentions", "owl")]
    with pytest.raises(BuildFailedError) as caught:
        run_build(checkout, generate=False, checks=checks)
    errors = caught.value.report.errors
    assert [(p.check, p.code, p.record, p.line) for p in errors] == [
        ("shacl", "FLD-SHACL-NOT", "firesld.claim:zz-1", 2),
        ("shacl", "FLD-SHACL-NOT", "firesld.claim:zz-1", 2),
    ]
    assert "hedge_cue" in errors[0].message + errors[1].message
    assert "reference_numbers" in errors[0].message + errors[1].message
    assert _digests(checkout) == before
    model = load_model(checkout)
    records, problems = read_records(
        sorted(checkout.data_dir.rglob("*.yaml")), model, display_root=checkout.root
    )
    alone = validate_records(
        records, model, parse_problems=problems, layout=checkout, checks=checks
    )
    assert caught.value.report.problems == alone.problems


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and fork")
def test_a_killed_build_leaves_no_checker_and_no_hermit_behind(checkout: Layout) -> None:
    """A build killed (SIGKILL) while HermiT runs: its graph-check child and the JVM end too."""
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    command = [sys.executable, "-m", "firesld", "build", "--root", str(checkout.root)]
    build = subprocess.Popen(
        [*command, "--no-generate", "--force"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    hermit: int | None = None
    try:
        deadline = time.monotonic() + 120
        while hermit is None and time.monotonic() < deadline and build.poll() is None:
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    cmdline = (entry / "cmdline").read_bytes()
                except OSError:
                    continue
                if b"org.semanticweb.HermiT" in cmdline and build.pid in ancestors(int(entry.name)):
                    hermit = int(entry.name)
                    break
            time.sleep(0.05)
        assert hermit is not None, "HermiT never started under the build"
        checker = ancestors(hermit)[0]  # the JVM's parent: the graph-check child
        assert checker != build.pid and ancestors(checker)[0] == build.pid
        os.kill(
            hermit, signal.SIGSTOP
        )  # it cannot finish on its own meanwhile; SIGKILL still ends it
        build.kill()
        build.wait(timeout=30)
        for pid in (checker, hermit):
            assert ended(pid, within=10.0), f"process {pid} still runs after the build was killed"
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
        if hermit is not None and not ended(hermit, within=0):
            os.kill(hermit, signal.SIGKILL)
