"""Read curated YAML records (with their file and line) and build the data graph from them.

The graph is built straight from the records, guided by the compact model (slot IRIs, ranges,
languages, enum meanings), not through LinkML's object dumpers: language tags, enum IRIs and
types survive, and no blank node is made.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from firesld.constants import REVIEW_IRI, VOCAB_NS, Layout, gives_direct_edge, package_layout
from firesld.limits import check_yaml_events, file_size_ok, get_limit, short_repr
from firesld.model import Model
from firesld.problems import Problem

if TYPE_CHECKING:
    from firesld.rdfio import TripleIndex

__all__ = [
    "Record",
    "build_graph",
    "data_files",
    "read_records",
    "read_regular_file",
]


class _LineDict(dict[str, Any]):
    """A mapping that remembers the line of itself and of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class _DuplicateKeyError(yaml.YAMLError):
    """A mapping repeats a key (PyYAML would keep the last value silently)."""

    def __init__(self, key: str, line: int) -> None:
        super().__init__(f"duplicate key {short_repr(key)}")
        self.key = key
        self.line = line


#: libyaml's parser when PyYAML was built with it (several times faster), else the pure-Python one.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """PyYAML's safe loader, recording line numbers and refusing duplicate keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = _LineDict()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key: Any = self.construct_object(key_node, deep=True)
            if isinstance(key, list | dict | set | tuple):
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a plain value", key_node.start_mark
                )
            if key in mapping:
                raise _DuplicateKeyError(str(key), key_node.start_mark.line + 1)
            mapping[key] = self.construct_object(value_node, deep=True)
            mapping.key_lines[str(key)] = key_node.start_mark.line + 1
        return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _LineLoader.construct_mapping,
)


@dataclass
class Record:
    """One curated record: its class, its values, and where it was written."""

    class_name: str
    values: dict[str, Any]
    file: str
    line: int
    slot_lines: dict[str, int] = field(default_factory=dict)

    @property
    def id(self) -> str | None:
        """The record's identifier, if it has a string one."""
        value = self.values.get("id")
        return value if isinstance(value, str) else None

    @property
    def ref(self) -> str:
        """The record's id, or where it is when it has no usable id (for messages)."""
        return self.id or f"<{self.class_name} at line {self.line}>"

    def line_of(self, slot: str | None) -> int:
        """Return the line of a slot, or of the record."""
        if slot is None:
            return self.line
        return self.slot_lines.get(slot, self.line)


def data_files(layout: Layout | None = None) -> list[Path]:
    """List the curated YAML files, sorted.

    :param layout: the root to look under; the installed package's data by default
    :returns: every ``*.yaml`` file under ``data/``
    """
    layout = layout or package_layout()
    return sorted(layout.data_dir.rglob("*.yaml"))


def read_regular_file(path: Path, name: str) -> bytes:
    """Read a regular file whose size is within ``max-file-bytes``.

    A directory, FIFO, socket or device is refused before it is opened (reading a FIFO would
    wait for ever), and so is a symlink loop.

    :param path: the file
    :param name: the file as it should appear in messages
    :returns: its bytes
    :raises OSError: when it is not a regular file or cannot be read (``strerror`` says why)
    :raises LimitError: when it is larger than ``max-file-bytes``
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise OSError(errno.EISDIR, "a directory, not a file to read")
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file, not a file to read")
    file_size_ok(info.st_size, name)
    with open(path, "rb") as handle:
        raw = handle.read(get_limit("max-file-bytes") + 1)
    file_size_ok(len(raw), name)  # it grew since stat()
    return raw


def read_records(
    paths: Iterable[Path], model: Model, *, display_root: Path | None = None
) -> tuple[list[Record], list[Problem]]:
    """Parse curated YAML files into records.

    A file that cannot be parsed, a top-level key that names no class, or a list item that is not
    a mapping becomes a :class:`Problem` of the ``parse`` step; the other files and records are
    still read, so one run reports everything. A file that cannot be read at all (a symlink
    loop or a broken one, a permission, a directory or FIFO named like a data file) is an
    operating-system failure, not bad data: it raises.

    :param paths: the YAML files
    :param model: the compact model
    :param display_root: paths are reported relative to this folder when they are under it
    :returns: the records and the problems found while reading
    :raises OSError: when a file cannot be read (its ``filename`` is the path as shown)
    """
    records: list[Record] = []
    problems: list[Problem] = []
    for path in paths:
        name = _display(path, display_root)
        recs, probs = _read_file(Path(path), name, model)
        records.extend(recs)
        problems.extend(probs)
    return records, problems


def _display(path: Path, root: Path | None) -> str:
    """Return the path as it should appear in messages."""
    if root is not None:
        try:  # the folder resolved, not the file: a symlink is named, not its target
            return str((Path(path).parent.resolve() / Path(path).name).relative_to(root.resolve()))
        except (RuntimeError, OSError):  # a symlink loop: name the link itself
            absolute, base = os.path.abspath(path), os.path.abspath(root)
            if absolute.startswith(base + os.sep):
                return os.path.relpath(absolute, base)
        except ValueError:  # not below root
            pass
    return str(path)


def _parse_problem(name: str, line: int | None, code: str, message: str) -> Problem:
    """Make a problem of the parse step."""
    return Problem(name, line, None, None, code, "parse", message)


def _read_file(path: Path, name: str, model: Model) -> tuple[list[Record], list[Problem]]:
    """Read one YAML file (within the bounds of :mod:`firesld.limits`)."""
    try:
        raw = read_regular_file(path, name)
    except OSError as err:  # the tool cannot read its input: exit code 2, one line naming it
        raise OSError(err.errno, err.strerror or str(err), name) from None
    if b"\x00" in raw:
        return [], [_parse_problem(name, None, "FLD-PARSE-BINARY", "binary file, not YAML text")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return [], [
            _parse_problem(name, None, "FLD-PARSE-ENCODING", f"not UTF-8 text: {err.reason}")
        ]
    try:
        check_yaml_events(text, name, _SafeLoader)
        doc = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKeyError as err:
        return [], [_parse_problem(name, err.line, "FLD-PARSE-DUPKEY", str(err))]
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        what = getattr(err, "problem", None) or str(err)
        return [], [_parse_problem(name, line, "FLD-PARSE-YAML", f"malformed YAML: {what}")]
    if doc is None:
        return [], [_parse_problem(name, None, "FLD-PARSE-EMPTY", "empty file: no records")]
    if not isinstance(doc, _LineDict):
        return [], [
            _parse_problem(
                name,
                1,
                "FLD-PARSE-TOP",
                "the file must be a mapping of lists (genes:, claims: ...)",
            )
        ]
    return _records_of(doc, name, model)


def _records_of(doc: _LineDict, name: str, model: Model) -> tuple[list[Record], list[Problem]]:
    """Turn a parsed file into records."""
    records: list[Record] = []
    problems: list[Problem] = []
    known = model.container_slots
    for key, items in doc.items():
        line = doc.key_lines.get(str(key), doc.line)
        if key not in known:
            problems.append(
                _parse_problem(
                    name,
                    line,
                    "FLD-PARSE-KEY",
                    f"unknown top-level key {short_repr(key)}; expected one of: {', '.join(sorted(known))}",
                )
            )
            continue
        if not isinstance(items, list):
            problems.append(
                _parse_problem(
                    name, line, "FLD-PARSE-LIST", f"{short_repr(key)} must be a list of records"
                )
            )
            continue
        for item in items:
            if not isinstance(item, _LineDict):
                problems.append(
                    _parse_problem(
                        name,
                        line,
                        "FLD-PARSE-RECORD",
                        f"an item of {short_repr(key)} is not a mapping",
                    )
                )
                continue
            records.append(Record(known[key], dict(item), name, item.line, dict(item.key_lines)))
    return records, problems


# ---------------------------------------------------------------------------- graph building


def _as_list(value: Any) -> list[Any]:
    """Return a slot value as a list (a scalar of a multivalued slot counts as one value)."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def iter_triples(record: Record, model: Model) -> Iterator[tuple[URIRef, URIRef, Any]]:
    """Yield the triples of one record that passed the schema check.

    :param record: the record
    :param model: the compact model
    :yields: (subject, predicate, object) triples
    """
    conv = model.converter
    cls = model.classes[record.class_name]
    node = URIRef(conv.expand_strict(str(record.id)))
    yield node, RDF.type, URIRef(cls["class_uri"])
    for mapping in cls["mappings"]:
        yield node, RDF.type, URIRef(mapping)
    for slot_name, value in record.values.items():
        slot = cls["slots"].get(slot_name)
        if slot is None or slot["identifier"]:
            continue
        pred = URIRef(slot["slot_uri"])
        for i, item in enumerate(_as_list(value)):
            if slot["kind"] == "class" and slot["inlined"]:
                sub = URIRef(f"{node}/{slot_name}" + (f"/{i + 1}" if slot["multivalued"] else ""))
                yield node, pred, sub
                yield from _inlined_triples(sub, slot["range"], item, model)
            else:
                yield node, pred, _term(slot, item, model)
    if record.class_name == "Claim":
        yield from _claim_triples(node, record, model)


def _inlined_triples(
    node: URIRef, class_name: str, values: dict[str, Any], model: Model
) -> Iterator[tuple[URIRef, URIRef, Any]]:
    """Yield the triples of an inlined object (a Quantity) given a stable IRI under its owner."""
    cls = model.classes[class_name]
    yield node, RDF.type, URIRef(cls["class_uri"])
    for slot_name, value in values.items():
        slot = cls["slots"][slot_name]
        for item in _as_list(value):
            yield node, URIRef(slot["slot_uri"]), _term(slot, item, model)


def _term(slot: dict[str, Any], value: Any, model: Model) -> Any:
    """Convert one YAML value to an RDF term according to its slot."""
    if slot["kind"] == "enum":
        return URIRef(model.enums[slot["range"]]["values"][value])
    if slot["kind"] == "class":
        return URIRef(model.converter.expand_strict(str(value)))
    datatype = slot["datatype"]
    if slot["language"]:
        return Literal(
            " ".join(str(value).split()) if "\n" in str(value) else str(value),
            lang=slot["language"],
        )
    if datatype == str(XSD.anyURI):
        text = str(value)
        expanded = model.converter.expand(text)
        return URIRef(expanded if expanded else text)
    if datatype == str(XSD.boolean):
        return Literal(bool(value))
    if datatype == str(XSD.integer):
        return Literal(int(value))
    if datatype == str(XSD.decimal):
        text = str(_decimal(value))
        if "." not in text and "E" not in text.upper():
            text += ".0"  # the canonical xsd:decimal form, as Turtle writers print it
        return Literal(text, datatype=XSD.decimal)
    return Literal(str(value))


def _decimal(value: Any) -> Decimal:
    """Return a YAML number as a Decimal that keeps the number as written (17.3, not 17.30000001)."""
    try:
        return Decimal(str(value))
    except InvalidOperation as err:  # pragma: no cover - the schema check runs first
        raise ValueError(f"not a number: {short_repr(value)}") from err


def _claim_triples(
    node: URIRef, record: Record, model: Model
) -> Iterator[tuple[URIRef, URIRef, Any]]:
    """Yield the triples a claim gets beyond its slots.

    - ``cites``: one link per cited reference number, to that reference's publication node;
    - ``stated_in``: the review;
    - the direct ``subject predicate object`` edge, for an asserted, non-negated claim with an
      object (a hedged claim never gets one: a "may" must not become a bare fact), unless its
      frequency or degree is weak (``WEAK_FREQUENCIES``, ``WEAK_DEGREES``: "not necessarily" or
      "works poorly" must not become a bare fact either).
    """
    slots = model.classes["Claim"]["slots"]
    values = record.values
    for number in _as_list(values.get("reference_numbers")):
        yield (
            node,
            URIRef(slots["cites"]["slot_uri"]),
            URIRef(f"{_publication_ns(model)}ref-{number}"),
        )
    yield node, URIRef(slots["stated_in"]["slot_uri"]), URIRef(REVIEW_IRI)
    if values.get("object") is not None and gives_direct_edge(
        values.get("certainty"),
        values.get("negated", False) is True,
        values.get("qualitative_frequency"),
        values.get("degree"),
    ):
        pred = URIRef(model.enums["PredicateEnum"]["values"][values["predicate"]])
        subject = URIRef(model.converter.expand_strict(str(values["subject"])))
        obj = URIRef(model.converter.expand_strict(str(values["object"])))
        yield subject, pred, obj


def _publication_ns(model: Model) -> str:
    """Return the namespace of firesld's publication IRIs."""
    return model.prefixes["firesld.pub"]


def build_graph(records: Iterable[Record], model: Model) -> Graph:
    """Build the data graph of records that passed the schema and identifier checks.

    :param records: the records
    :param model: the compact model
    :returns: an rdflib graph (no blank nodes)
    """
    graph = Graph()
    for record in records:
        for triple in iter_triples(record, model):
            graph.add(triple)
    return graph


#: The claim slots :func:`direct_edge` reads, name to IRI.
_CLAIM_SLOTS = {
    name: URIRef(VOCAB_NS + name)
    for name in (
        "certainty",
        "negated",
        "qualitative_frequency",
        "degree",
        "subject",
        "predicate",
        "object",
    )
}


def direct_edge(graph: Graph | TripleIndex, claim: URIRef) -> tuple[URIRef, URIRef, URIRef] | None:
    """Return the direct edge a claim node of a graph gets (:func:`gives_direct_edge`), or None.

    :param graph: a graph holding the claim's triples
    :param claim: the claim's IRI
    :returns: (subject, predicate, object), or None when the claim gets no edge
    :raises ValueError: when a single-valued slot has several values, or an end is not an IRI
    """
    vocab = VOCAB_NS

    def single(name: str) -> Any:
        values = list(graph.objects(claim, _CLAIM_SLOTS[name]))
        if len(values) > 1:
            raise ValueError(f"{claim}: {len(values)} values of {vocab + name}, expected one")
        return values[0] if values else None

    def local(name: str) -> str | None:
        value = single(name)
        return str(value).removeprefix(vocab) if value is not None else None

    negated = any(
        isinstance(o, Literal) and o.toPython() is True
        for o in graph.objects(claim, _CLAIM_SLOTS["negated"])
    )
    if not gives_direct_edge(
        local("certainty"), negated, local("qualitative_frequency"), local("degree")
    ):
        return None
    ends = [single(name) for name in ("subject", "predicate", "object")]
    if any(end is None for end in ends):
        return None
    if not all(isinstance(end, URIRef) for end in ends):
        raise ValueError(f"{claim}: subject, predicate and object must be IRIs: {ends}")
    return ends[0], ends[1], ends[2]
