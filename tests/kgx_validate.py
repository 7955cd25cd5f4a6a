"""Validate a KGX nodes/edges pair with the kgx package, offline, and read it back.

Run by ``tests/test_kgx.py`` with the Python of a separate venv that has ``kgx`` (kgx and firesld's
build extra need different dependency pins, so they cannot share one venv), in one of two modes:

    python tests/kgx_validate.py cli tsv NODES EDGES    # `kgx validate -i tsv NODES EDGES`
    python tests/kgx_validate.py read tsv NODES EDGES   # kgx's Validator in-process, as JSON

``cli`` runs kgx's own command line (``kgx validate``) and exits with its code (0: no error and no
warning, 1: problems, 2: kgx failed); its report is on stderr. ``read`` prints one JSON document: the
Biolink model version, the validator's messages by level (``ERROR``, ``WARNING``, ``INFO``) and those
of the reader, the nodes and edges as kgx read them, and the permissible values of the Biolink
enums the edges use (``KnowledgeLevelEnum``, ``AgentTypeEnum``).

kgx and bmt fetch the Biolink model, its JSON-LD context and two prefix contexts from GitHub when
first imported. Both modes configure them first with the same files installed with them: bmt's
default schema becomes the ``biolink_model.yaml`` of the installed ``biolink-model`` package (and its
predicate map an empty one: the package ships none, and firesld's edges use Biolink predicates
only), kgx's contexts the package's prefix map and prefixcommons' registry copies of the Monarch
and OBO contexts. Every socket connection other than to the loopback is refused, so a download
that was missed fails the run instead of passing quietly.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from typing import Any


def _forbid_network() -> None:
    """Refuse every socket connection that is not to the loopback."""
    import socket

    connect = socket.socket.connect

    def local_only(self: socket.socket, address: Any) -> None:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family == socket.AF_UNIX or host in ("127.0.0.1", "::1", "localhost"):
            connect(self, address)
            return
        raise OSError(f"kgx_validate.py: network use refused ({address!r})")

    socket.socket.connect = local_only  # type: ignore[method-assign,assignment]


def _point_at_installed_files() -> str:
    """Configure bmt and kgx with the Biolink model and contexts installed in this venv.

    :returns: the Biolink model version the validator uses
    """
    import bmt.toolkit  # type: ignore[import-not-found]

    biolink = files("biolink_model")
    schema = str(biolink / "schema" / "biolink_model.yaml")
    prefix_map = json.loads((biolink / "prefixmaps" / "biolink-model-prefix-map.json").read_text())
    # Toolkit(schema=REMOTE_PATH, predicate_map=PREDICATE_MAP): kgx calls Toolkit() with no
    # argument, so the defaults are what it reads
    bmt.toolkit.Toolkit.__init__.__defaults__ = (schema, {"predicate mappings": []})
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
    """Validate the files named on the command line (see the module's docstring).

    :param argv: the mode (``cli`` or ``read``), the input format (``tsv`` or ``jsonl``), then the
        nodes file and the edges file
    :returns: the exit code (``read``: 0, the caller reads the report; ``cli``: kgx's)
    """
    mode, input_format, *paths = argv
    _forbid_network()
    version = _point_at_installed_files()
    if mode == "cli":
        from kgx.cli import cli  # type: ignore[import-not-found]

        try:
            cli.main(args=["validate", "--input-format", input_format, *paths], prog_name="kgx")
        except SystemExit as done:
            return int(done.code or 0)
        return 0
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
        "enums": _enums(("KnowledgeLevelEnum", "AgentTypeEnum")),
        "kgx_version": _kgx_version(),
        "validator": _plain(validator.get_errors()),
        "reader": _plain(transformer.get_errors()),
        "nodes": nodes,
        "edges": edges,
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    return 0


def _enums(names: tuple[str, ...]) -> dict[str, list[str]]:
    """Return the permissible values of Biolink enums, from the model the validator uses."""
    from bmt.toolkit import Toolkit

    view = Toolkit().view
    return {name: sorted(view.get_enum(name).permissible_values) for name in names}


def _kgx_version() -> str:
    """Return the installed kgx version."""
    from importlib.metadata import version

    return version("kgx")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
