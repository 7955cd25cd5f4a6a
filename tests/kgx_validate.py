"""Validate a KGX nodes/edges pair with the kgx package's own validator, offline, and read it back.

Run by ``tests/test_kgx.py`` with the Python of a separate venv that has ``kgx`` (kgx and firesld's
build extra need different dependency pins, so they cannot share one venv):

    python tests/kgx_validate.py tsv exports/kgx/firesld_nodes.tsv exports/kgx/firesld_edges.tsv

It prints one JSON document: the Biolink model version, the validator's messages by level (``ERROR``,
``WARNING``, ``INFO``) and those of the reader, and the nodes and edges as kgx read them.

kgx and bmt fetch the Biolink model, its JSON-LD context and two prefix contexts from GitHub when
first imported. The script points them instead at the same files installed with them: the
``biolink-model`` package that bmt depends on (its schema and its prefix map, for the model version
being validated against) and prefixcommons' registry copies of the Monarch and OBO contexts. Nothing
is downloaded.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from typing import Any


def _point_at_installed_files() -> str:
    """Make bmt and kgx read the Biolink model and contexts installed in this venv.

    :returns: the Biolink model version the validator uses
    """
    import bmt.toolkit  # type: ignore[import-not-found]

    biolink = files("biolink_model")
    schema = str(biolink / "schema" / "biolink_model.yaml")
    prefix_map = json.loads((biolink / "prefixmaps" / "biolink-model-prefix-map.json").read_text())
    original_init = bmt.toolkit.Toolkit.__init__

    def init(self: Any, schema: Any = schema, predicate_map: Any = None, **kwargs: Any) -> None:
        original_init(self, schema, predicate_map or {"predicate mappings": []}, **kwargs)

    bmt.toolkit.Toolkit.__init__ = init
    import kgx.config  # type: ignore[import-not-found]

    registry = files("prefixcommons") / "registry"
    kgx.config.jsonld_context_map.update(
        {
            "biolink": prefix_map,
            "monarch_context": json.loads((registry / "monarch_context.jsonld").read_text())[
                "@context"
            ],
            "obo_context": json.loads((registry / "obo_context.jsonld").read_text())["@context"],
        }
    )
    return str(bmt.toolkit.Toolkit().get_model_version())


def _plain(value: Any) -> Any:
    """Turn what kgx read into JSON values (sets and tuples become sorted lists)."""
    if isinstance(value, set | tuple):
        return sorted(_plain(v) for v in value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def main(argv: list[str]) -> int:
    """Validate the files named on the command line and print the report as JSON.

    :param argv: the input format (``tsv`` or ``jsonl``), then the nodes file and the edges file
    :returns: the exit code (0; the caller reads the report)
    """
    input_format, *paths = argv
    version = _point_at_installed_files()
    from kgx.transformer import Transformer  # type: ignore[import-not-found]
    from kgx.utils.kgx_utils import GraphEntityType  # type: ignore[import-not-found]
    from kgx.validator import Validator  # type: ignore[import-not-found]

    validator = Validator()
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []

    def inspect(entity_type: Any, record: list[Any]) -> None:
        """Validate each record as it streams by, and keep it as kgx read it."""
        validator(entity_type, record)
        if entity_type == GraphEntityType.NODE:
            node_id, data = record
            nodes.append({**_plain(data), "id": node_id})
        else:
            edges.append(_plain(record[-1]))

    # streaming, as `kgx validate` does: an in-memory graph would merge the edges (the claims) that
    # share subject, predicate and object, while each is one record of the file
    transformer = Transformer(stream=True)
    transformer.transform(
        input_args={"filename": paths, "format": input_format},
        output_args={"format": "null"},
        inspector=inspect,
    )
    report = {
        "biolink_version": version,
        "kgx_version": _kgx_version(),
        "validator": _plain(validator.get_errors()),
        "reader": _plain(transformer.get_errors()),
        "nodes": nodes,
        "edges": edges,
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    return 0


def _kgx_version() -> str:
    """Return the installed kgx version."""
    from importlib.metadata import version

    return version("kgx")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
