"""The whole pipeline: generate → load data → validate → export, all or nothing.

Both steps are cached by content hash (:mod:`firesld.cache`): a build whose inputs and outputs
are unchanged since the last one does nothing, and is answered before anything heavy is imported.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from firesld.cache import inputs_digest, outputs_unchanged, read_stamp, write_stamp
from firesld.constants import GENERATED_PATHS, Layout
from firesld.errors import BuildFailedError, DataError, ResourceError
from firesld.forked import Forked
from firesld.problems import CHECKS, Problem

if TYPE_CHECKING:
    from firesld.validate import GraphChecks, ValidationReport

__all__ = ["BuildFailedError", "BuildResult", "find_checkout", "run_build"]

logger = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """What a build did (``cached`` when nothing had changed and nothing was redone)."""

    report: ValidationReport | None
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    generated: list[Path] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    cached: bool = False
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def find_checkout(root: Path | None = None) -> Layout:
    """Find the repository checkout a build works on.

    :param root: an explicit root; the current directory by default
    :returns: the layout of the checkout
    :raises ResourceError: when the folder is not a firesld checkout
    """
    root = Path(root) if root is not None else Path.cwd()
    layout = Layout(root)
    if not layout.schema.is_file():
        raise ResourceError(
            f"{root}: not a firesld checkout (no schema/firesld.yaml); run in the repository "
            "or pass --root"
        )
    return layout


def _files(*roots: Path) -> list[Path]:
    """Return every path under folders (or the files themselves), sorted.

    Not only regular files: folders, symlinks (not followed) and special files are listed too,
    so that the cache key changes when any of them appears (a folder named ``x.yaml`` in
    ``data/`` makes the build fail, and must not be answered from the cache).
    """
    out: list[Path] = []
    for root in roots:
        if root.is_symlink() or not root.is_dir():
            if root.exists() or root.is_symlink():
                out.append(root)
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            base = Path(folder)
            out.extend(base / d for d in dirs)
            out.extend(base / f for f in files if not f.endswith(".pyc"))
    return sorted(out)


def _release_inputs(layout: Layout) -> list[Path]:
    """Return every file the release depends on (beyond the code)."""
    return _files(
        layout.schema.parent,
        layout.data_dir,
        layout.shapes_dir,
        layout.ontology_dir,
        layout.queries_dir,
        layout.context,
        layout.model_json.parent,
    )


def run_build(
    layout: Layout,
    *,
    generate: bool = True,
    force: bool = False,
    checks: Collection[str] = CHECKS,
    snapshot: bool = True,
    shacl_engine: str = "turbo",
    parallel: bool = True,
) -> BuildResult:
    """Generate the schema artefacts, validate the curated data and write the release.

    Validation runs before anything under ``exports/`` is written; the exports (the generated
    JSON-LD context included) are written into a sibling folder that replaces ``exports/`` in one
    switch only when every step passed (:mod:`firesld.release_dir`), so a failing or killed build
    leaves the previous release byte-identical and readers never see a mix. The ontology,
    shapes and model it generated are then put back as they were too (a failure while writing
    them is rolled back the same way: :func:`firesld.rdfio.replace_tree_atomic`). One build at a
    time holds the checkout's lock. Every file written has mode ``0644``. A step whose inputs and
    outputs are unchanged since the last build is skipped (``force`` redoes everything).

    On Linux (``parallel``) two steps run in forked children (:class:`firesld.forked.Forked`):
    the generation, while this process validates and exports the data with the generated files
    already on disk (that release stands only when the generation changes none of them;
    otherwise it is dropped and made again from the new files); and the graph's checks (SHACL,
    OWL, QC), while this process exports (the release is published only if they pass).

    :param layout: the checkout
    :param generate: regenerate ontology, shapes, context and model first (needs the build extra)
    :param force: ignore the cache
    :param checks: the validation checks to run (all by default)
    :param snapshot: look ids up in the import snapshot (off for synthetic or text-mined data)
    :param shacl_engine: the SHACL engine (``turbo`` or ``pyshacl``)
    :param parallel: run the generation and the graph's checks in forked children (Linux); off,
        every step runs in this process (one core; less memory: the children's copies of the
        graph, 1.2 GB at a million triples)
    :returns: what was done
    :raises DataError: when the curated data does not conform (nothing is exported)
    """
    from firesld.release_dir import checkout_lock, recover

    with checkout_lock(layout.root):
        notes = recover(layout.root)
        result = _run_build_locked(
            layout,
            generate=generate,
            force=force,
            checks=checks,
            snapshot=snapshot,
            shacl_engine=shacl_engine,
            parallel=parallel,
        )
    result.notes = notes + result.notes
    return result


def _run_build_locked(
    layout: Layout,
    *,
    generate: bool,
    force: bool,
    checks: Collection[str],
    snapshot: bool,
    shacl_engine: str,
    parallel: bool,
) -> BuildResult:
    """Run the build with the checkout's lock held."""
    root = layout.root
    stamp = {} if force else read_stamp(root)
    generated: list[Path] = []
    previous: dict[str, bytes | None] = {}
    # generated files under exports/ (the JSON-LD context) are held back and switched in with
    # the release, so that exports/ never holds a new context beside an old release
    held: dict[str, bytes] = {}
    gen_stamp: tuple[str, list[Path]] | None = None
    job: Forked[dict[str, bytes]] | None = None
    if generate:
        # the hand-written shapes are an input too: the consumer profile is made from them
        sources = _files(layout.schema.parent, layout.shacl_extra)
        gen_inputs = inputs_digest(root, sources, step="generate")
        gen_outputs = [root / rel for rel in GENERATED_PATHS]
        if not outputs_unchanged(root, stamp.get("generate"), gen_inputs):
            from firesld.generate import generate_artifacts

            start = Forked if parallel else Forked.here
            job = start("generating the schema artefacts", generate_artifacts, layout.schema)
            gen_stamp = (gen_inputs, gen_outputs)
    options: dict[str, Any] = {
        "checks": sorted(checks),
        "snapshot": snapshot,
        "shacl_engine": shacl_engine,
    }
    try:
        release: Callable[[dict[str, bytes]], _Release] = partial(
            _build_release,
            layout,
            checks=checks,
            snapshot=snapshot,
            shacl_engine=shacl_engine,
            parallel=parallel,
        )
        speculative: _Speculation | None = None
        if job is not None and job.pid is not None:
            spec_inputs = inputs_digest(
                root, _release_inputs(layout), None, step="release", **options
            )
            if not outputs_unchanged(root, stamp.get("release"), spec_inputs):
                # the release would be rebuilt anyway: build it now from the generated files on
                # disk while the child generates them again; kept only if it changed nothing
                speculative = _Speculation.run(release)
        if job is not None:
            from firesld.generate import write_generated
            from firesld.rdfio import changed_files

            artifacts = job.result()
            held = {
                rel: content
                for rel, content in artifacts.items()
                if rel.startswith("exports/") and _read(root / rel) != content
            }
            rest = {rel: c for rel, c in artifacts.items() if not rel.startswith("exports/")}
            if speculative is not None and not held and not changed_files(root, rest):
                logger.debug("generation changed nothing: the release built beside it stands")
            else:
                speculative = None
                previous = {rel: _read(root / rel) for rel in rest}
                generated = write_generated(layout, rest)
    finally:
        if job is not None:
            job.cancel()
    rel_inputs = inputs_digest(
        root, _release_inputs(layout), contents=held, step="release", **options
    )
    last = stamp.get("release")
    if speculative is None and not held and outputs_unchanged(root, last, rel_inputs):
        assert last is not None
        if gen_stamp is not None:
            write_stamp(root, "generate", *gen_stamp)
        exports = [root / rel for rel in last["outputs"]]
        return BuildResult(
            report=None,
            unchanged=exports,
            generated=generated,
            counts=dict(last.get("counts", {})),
            cached=True,
            warnings=[Problem(**p) for p in last.get("warnings", [])],
        )
    from firesld.release_dir import publish_release

    try:
        result, changed = speculative.outcome() if speculative is not None else release(held)
        if changed:
            publish_release(layout.exports_dir, changed)
    except BaseException:
        # the release was not written: put back what this build generated, so the ontology,
        # shapes and model still match the release on disk
        _restore(layout, {rel: old for rel, old in previous.items() if root / rel in generated})
        raise
    result.generated = generated + [root / rel for rel in held]
    result.written = [p for p in result.written if p.relative_to(root).as_posix() not in held]
    if gen_stamp is not None:
        write_stamp(root, "generate", *gen_stamp)
    write_stamp(
        root,
        "release",
        rel_inputs,
        result.written + result.unchanged,
        counts=result.counts,
        warnings=[p.as_dict() for p in result.warnings],
    )
    return result


def _read(path: Path) -> bytes | None:
    """Return a file's bytes, or None when it does not exist."""
    return path.read_bytes() if path.is_file() else None


def _restore(layout: Layout, previous: dict[str, bytes | None]) -> None:
    """Put generated files back as they were before a build that failed after generating them.

    :param layout: the checkout
    :param previous: path relative to the root to its old bytes (None: it did not exist)
    """
    from firesld.rdfio import replace_tree_atomic

    if not previous:
        return
    replace_tree_atomic(
        layout.root, {rel: content for rel, content in previous.items() if content is not None}
    )
    for rel, content in previous.items():
        if content is None:
            (layout.root / rel).unlink(missing_ok=True)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the export.

    The export makes millions of small objects (terms, triples, index entries) that live until it
    ends and hold no reference cycles worth collecting; each collection of the oldest generation
    walks all of them and everything validation left, about a quarter of the export's time at
    100k triples. Reference counting still frees what the export drops.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _graph_problems(graph_checks: GraphChecks) -> list[tuple[str, list[Problem]]]:
    """Run the graph's checks on an empty report; return each check with its problems, in order."""
    from firesld.validate import ValidationReport

    partial = ValidationReport()
    graph_checks(partial)
    return [
        (check, [p for p in partial.problems if p.check == check]) for check in partial.checks_run
    ]


#: A release made but not yet published: what it did, and the files of ``exports/`` to switch in.
_Release = tuple[BuildResult, dict[str, bytes]]


class _Speculation:
    """A release built before generation ended, from the generated files already on disk.

    Its outcome — the release, or the exception it raised — is the build's when generation
    changes nothing; otherwise it is dropped and the release is built again.
    """

    def __init__(self, release: _Release | None, error: Exception | None) -> None:
        self._release, self._error = release, error

    @classmethod
    def run(cls, release: Callable[[dict[str, bytes]], _Release]) -> _Speculation:
        try:
            return cls(release({}), None)
        except Exception as err:  # noqa: BLE001  # raised again if it stands
            return cls(None, err)

    def outcome(self) -> _Release:
        if self._error is not None:
            raise self._error
        assert self._release is not None
        return self._release


def _build_release(
    layout: Layout,
    held: dict[str, bytes],
    *,
    checks: Collection[str],
    snapshot: bool,
    shacl_engine: str,
    parallel: bool = True,
) -> _Release:
    """Validate the curated data and make the release (no cache); nothing is written.

    ``held`` are generated files under ``exports/`` not yet written (relative to the checkout):
    the release uses them, and switches them in with itself.

    :returns: what was done, and the files of ``exports/`` whose bytes change (to publish)
    """
    import json

    from firesld.data import data_files, iter_triples, read_records
    from firesld.export import get_release_graphs, serialize_release
    from firesld.model import load_model
    from firesld.queries import list_queries
    from firesld.rdfio import changed_files
    from firesld.validate import prepare_validation

    model = load_model(layout)
    files = data_files(layout)
    if not files:
        raise DataError(f"{layout.data_dir}: no curated data files (*.yaml)")
    records, parse_problems = read_records(files, model, display_root=layout.root)
    report, graph_checks = prepare_validation(
        records,
        model,
        parse_problems=parse_problems,
        layout=layout,
        checks=checks,
        snapshot_severity="error" if snapshot else "off",
        shacl_engine=shacl_engine,
    )
    job: Forked[list[tuple[str, list[Problem]]]] | None = None
    if parallel and report.conforms and report.graph is not None:
        # the records pass: check the graph (SHACL, OWL, QC) in a child while this process
        # exports; the release is published only if the child finds nothing either
        gc.freeze()  # the child's collector then leaves the shared objects (and their pages) be
        job = Forked("checking the graph (SHACL, OWL, QC)", _graph_problems, graph_checks)
    else:
        graph_checks(report)
    try:
        if report.graph is None or not report.conforms:
            report.sort()
            raise BuildFailedError(report)
        context_rel = layout.context.relative_to(layout.root).as_posix()
        context: dict[str, Any] = json.loads(
            held[context_rel].decode("utf-8")
            if context_rel in held
            else layout.context.read_text(encoding="utf-8")
        )
        # the entity records' own triples (a set: the graph itself was built once, in validation)
        entities = {t for r in records if r.class_name != "Claim" for t in iter_triples(r, model)}
        with _gc_paused():
            graphs = get_release_graphs(layout, report.graph, entities=entities)
            outputs = serialize_release(graphs, model, context, examples=list_queries(layout))
        if job is not None:
            for check, problems in job.result():
                report.add(check, problems)
    finally:
        if job is not None:
            job.cancel()
            gc.unfreeze()
    report.sort()
    if not report.conforms:
        raise BuildFailedError(report)
    outputs = {**{rel.removeprefix("exports/"): c for rel, c in held.items()}, **outputs}
    result = BuildResult(report=report, warnings=list(report.problems))
    changed = changed_files(layout.exports_dir, outputs)
    for name in outputs:
        (result.written if name in changed else result.unchanged).append(layout.exports_dir / name)
    result.counts = {
        "triples": sum(len(g) for g in graphs.values()),
        "records": len(records),
        "claims": sum(1 for r in records if r.class_name == "Claim"),
    }
    return result, changed
