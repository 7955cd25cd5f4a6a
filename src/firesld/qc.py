"""Ontology and data QC in the manner of ``robot report``: SPARQL files that must return no rows.

``queries/qc/<check>-error.rq`` rows are errors, ``<check>-warn.rq`` rows warnings. Each query's
first comment line says what a row means.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rdflib import Graph

from firesld.constants import Layout
from firesld.errors import QueryError
from firesld.model import Model
from firesld.problems import Problem
from firesld.rdfio import to_oxigraph_triples

__all__ = ["qc_queries", "run_qc"]


def qc_queries(layout: Layout) -> list[Path]:
    """List the QC queries, sorted.

    :param layout: where ``queries/qc`` is
    :returns: the ``*-error.rq`` and ``*-warn.rq`` files
    """
    folder = layout.queries_dir / "qc"
    return sorted(p for p in folder.glob("*.rq") if p.stem.endswith(("-error", "-warn")))


def run_qc(
    graph: Graph,
    model: Model,
    layout: Layout,
    *,
    with_release_files: bool = False,
    convert: Callable[[Graph], Sequence[Any]] = to_oxigraph_triples,
) -> list[Problem]:
    """Run every QC query on a graph (ontology, imports and data together).

    :param graph: the graph to check
    :param model: the compact model (to write IRIs as CURIEs)
    :param layout: where the QC queries are
    :param with_release_files: add the ontology and the import snapshot of ``layout`` (read
        straight into the store), so ``graph`` need only hold the data
    :param convert: turns the graph into pyoxigraph triples (a memo shared with another check)
    :returns: one problem per returned row
    :raises QueryError: when a QC query is malformed
    """
    import pyoxigraph as ox

    store = ox.Store()
    if with_release_files:
        for path in (layout.owl_ttl, layout.imports_ttl):
            if path.is_file():
                store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in convert(graph)])
    problems = []
    for path in qc_queries(layout):
        text = path.read_text(encoding="utf-8")
        what = next(
            (line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")),
            path.stem,
        )
        severity = "error" if path.stem.endswith("-error") else "warning"
        check = path.stem.rsplit("-", 1)[0]
        try:
            rows = store.query(text)
        except SyntaxError as err:
            raise QueryError(f"{path}: {err}") from err
        assert isinstance(rows, ox.QuerySolutions)
        variables = [v.value for v in rows.variables]
        for row in rows:
            values = [_show(row[v], model) for v in variables]
            problems.append(
                Problem(
                    "<graph>",
                    None,
                    values[0] if values else None,
                    None,
                    f"FLD-QC-{check.upper()}",
                    "qc",
                    f"{what} ({', '.join(f'{v}={x}' for v, x in zip(variables, values, strict=True))})",
                    severity=severity,
                )
            )
    return problems


def _show(term: object, model: Model) -> str:
    """Write a result term briefly: a CURIE for an IRI, the text of a literal."""
    if term is None:
        return "-"
    value = str(getattr(term, "value", term))
    return model.converter.compress(value) or value
