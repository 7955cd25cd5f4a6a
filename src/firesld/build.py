"""The whole pipeline: generate → load data → validate → export, all or nothing."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from firesld.constants import Layout
from firesld.data import build_graph, data_files, read_records
from firesld.errors import DataError, ResourceError
from firesld.export import get_release_graphs, serialize_release
from firesld.model import load_model
from firesld.queries import list_queries
from firesld.rdfio import replace_tree_atomic
from firesld.validate import ValidationReport, validate_records

__all__ = ["BuildResult", "find_checkout", "run_build"]

logger = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """What a build did."""

    report: ValidationReport
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    generated: list[Path] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


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


def run_build(layout: Layout, *, generate: bool = True) -> BuildResult:
    """Generate the schema artefacts, validate the curated data and write the release.

    Validation runs before anything under ``exports/`` is written; the exports are written into a
    temporary folder and moved into place only when every step passed, so a failing build leaves
    the previous release byte-identical.

    :param layout: the checkout
    :param generate: regenerate ontology, shapes, context and model first (needs the build extra)
    :returns: what was done
    :raises DataError: when the curated data does not conform (nothing is exported)
    """
    generated: list[Path] = []
    if generate:
        from firesld.generate import generate_artifacts, write_generated

        generated = write_generated(layout, generate_artifacts(layout.schema))
    model = load_model(layout)
    files = data_files(layout)
    if not files:
        raise DataError(f"{layout.data_dir}: no curated data files (*.yaml)")
    records, parse_problems = read_records(files, model, display_root=layout.root)
    report = validate_records(records, model, parse_problems=parse_problems, layout=layout)
    if not report.conforms or report.graph is None:
        raise BuildFailedError(report)
    context = json.loads(layout.context.read_text(encoding="utf-8"))
    entities = build_graph([r for r in records if r.class_name != "Claim"], model)
    graphs = get_release_graphs(layout, report.graph, entities=entities)
    outputs = serialize_release(graphs, model, context, examples=list_queries(layout))
    result = BuildResult(report=report, generated=generated)
    changed = {}
    for name, content in outputs.items():
        path = layout.exports_dir / name
        if path.is_file() and path.read_bytes() == content:
            result.unchanged.append(path)
        else:
            changed[name] = content
            result.written.append(path)
    if changed:
        replace_tree_atomic(layout.exports_dir, changed)
    result.counts = {
        "triples": sum(len(g) for g in graphs.values()),
        "records": len(records),
        "claims": sum(1 for r in records if r.class_name == "Claim"),
    }
    return result


class BuildFailedError(DataError):
    """The curated data did not validate; the build wrote nothing."""

    def __init__(self, report: ValidationReport) -> None:
        """Keep the report so the CLI can print every problem.

        :param report: the failing validation report
        """
        self.report = report
        errors = report.errors
        super().__init__(
            f"validation found {len(errors)} error(s); nothing was exported\n"
            + "\n".join(p.render() for p in errors[:50])
        )
