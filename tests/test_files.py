"""Files firesld writes: mode 0644, and all or nothing when writing fails half-way."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import firesld.rdfio
from firesld.build import run_build
from firesld.cli import main
from firesld.constants import Layout

#: The folders a build or a generation may change.
TREES = ("exports", "ontology", "shapes", "src/firesld/datamodel")


@pytest.fixture
def private_umask() -> Iterator[None]:
    """Run with umask 077, so a file that takes its mode from the umask comes out 0600."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _digests(layout: Layout) -> dict[str, str]:
    """Return the SHA-256 of every file under the trees, hidden ones included."""
    return {
        str(p.relative_to(layout.root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for tree in TREES
        for p in sorted((layout.root / tree).rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_build_writes_mode_0644(checkout: Layout, private_umask: None) -> None:
    """Files the build writes (exports and its cache stamp) are 0644 whatever the umask."""
    for path in checkout.root.rglob("*"):
        if path.is_file():
            path.chmod(0o600)
    (checkout.exports_dir / "firesld.nt").unlink()
    (checkout.exports_dir / "kgx" / "firesld_edges.tsv").unlink()
    (checkout.exports_dir / "firesld.ttl").write_text("# stale\n", encoding="utf-8")
    result = run_build(checkout, generate=False, force=True)
    written = {str(p.relative_to(checkout.exports_dir)) for p in result.written}
    assert written == {"firesld.nt", "kgx/firesld_edges.tsv", "firesld.ttl"}
    for path in result.written:
        assert _mode(path) == 0o644, path
    stamps = [p for p in (checkout.root / ".firesld-cache").rglob("*") if p.is_file()]
    assert stamps
    for path in stamps:
        assert _mode(path) == 0o644, path
    # files the build did not rewrite keep their mode
    assert _mode(checkout.exports_dir / "firesld.nq") == 0o600


def test_generate_writes_mode_0644(checkout: Layout, private_umask: None) -> None:
    """``firesld generate`` writes the ontology (the file that came out 0600) with mode 0644."""
    pytest.importorskip("linkml")
    owl_ttl = checkout.root / "ontology" / "firesld.owl.ttl"
    shacl = checkout.root / "shapes" / "firesld.shacl.ttl"
    owl_ttl.unlink()
    shacl.write_text("# stale\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", "--root", str(checkout.root)])
    assert result.exit_code == 0, result.output
    assert "wrote ontology/firesld.owl.ttl" in result.output
    assert "wrote shapes/firesld.shacl.ttl" in result.output
    assert _mode(owl_ttl) == 0o644
    assert _mode(shacl) == 0o644


def test_write_atomic_gives_0644(tmp_path: Path, private_umask: None) -> None:
    """write_atomic's file does not keep its temporary file's private mode."""
    path = tmp_path / "a" / "file.txt"
    firesld.rdfio.write_atomic(path, b"x\n")
    assert _mode(path) == 0o644
    assert path.read_bytes() == b"x\n"
    assert [p.name for p in path.parent.iterdir()] == ["file.txt"]


def _fail_at(monkeypatch: pytest.MonkeyPatch, call: int) -> list[Path]:
    """Make the ``call``-th file move of firesld's writer raise; return the files moved."""
    moved: list[Path] = []
    install = firesld.rdfio._install

    def failing(staged: Path, final: Path) -> None:
        if len(moved) + 1 == call:
            moved.append(final)
            raise OSError(28, "No space left on device (injected)")
        install(staged, final)
        moved.append(final)

    monkeypatch.setattr(firesld.rdfio, "_install", failing)
    return moved


def _stale_checkout(layout: Layout) -> None:
    """Make the generated files and some exports differ from what a build writes.

    The ontology and shapes are the same graphs in N-Triples (a build rewrites them as Turtle);
    two exports are edited and one is removed.
    """
    from rdflib import Graph

    for rel in ("ontology/firesld.owl.ttl", "shapes/firesld.shacl.ttl"):
        path = layout.root / rel
        path.write_bytes(Graph().parse(path, format="turtle").serialize(format="nt").encode())
    (layout.exports_dir / "firesld.ttl").write_text("# stale\n", encoding="utf-8")
    with (layout.exports_dir / "firesld_claims.tsv").open("a", encoding="utf-8") as handle:
        handle.write("stale\n")
    (layout.exports_dir / "firesld.void.ttl").unlink()


@pytest.mark.parametrize(
    ("fail_at", "where"),
    [(2, "while writing the ontology and shapes"), (3, "while switching in the exports")],
)
def test_failure_while_writing_leaves_every_tree_identical(
    checkout: Layout, monkeypatch: pytest.MonkeyPatch, fail_at: int, where: str
) -> None:
    """A write that fails half-way through a build is rolled back, every byte of every tree kept.

    exports/, ontology/ and shapes/ keep their bytes, no file appears, no temporary file is left.

    The build first rewrites the two generated files (moves 1 and 2), then switches the new
    exports/ in as one folder (move 3, :mod:`firesld.release_dir`): failing at move 2 stops the
    generation after one file, failing at move 3 stops the release when the ontology and shapes
    are already new.
    """
    pytest.importorskip("linkml")
    import firesld.release_dir

    _stale_checkout(checkout)
    before = _digests(checkout)
    moved = _fail_at(monkeypatch, fail_at)

    def switch(staging: Path, exports: Path) -> None:
        moved.append(exports)
        if len(moved) == fail_at:
            raise OSError(28, "No space left on device (injected)")
        raise AssertionError("the release is switched once, after the generated files")

    monkeypatch.setattr(firesld.release_dir, "_switch", switch)
    with pytest.raises(OSError, match="injected"):
        run_build(checkout, force=True)
    assert len(moved) >= fail_at, where
    assert _digests(checkout) == before, where
    assert not (checkout.exports_dir / "firesld.void.ttl").exists()


def test_failure_while_serialising_restores_the_generated_files(
    checkout: Layout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export that raises after the generation: the ontology and shapes are put back."""
    pytest.importorskip("linkml")
    import firesld.export

    _stale_checkout(checkout)
    before = _digests(checkout)

    def broken(*args: object, **kwargs: object) -> dict[str, bytes]:
        raise RuntimeError("KGX writer failed (injected)")

    monkeypatch.setattr(firesld.export, "serialize_kgx", broken)
    with pytest.raises(RuntimeError, match="injected"):
        run_build(checkout, force=True)
    assert _digests(checkout) == before
