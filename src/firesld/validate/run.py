"""The whole run: read files, run every check in order, and validate RDF files as firesld graphs."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from firesld.constants import VOCAB_NS, Layout, package_layout
from firesld.data import Record, build_graph, data_files, read_records
from firesld.errors import ResourceError
from firesld.limits import LimitError, check_json_depth, get_limit, literal_line, short_repr
from firesld.mentions import anchor_graph, check_anchors, check_mentions
from firesld.model import Model, load_model
from firesld.problems import CHECKS, Problem
from firesld.rdfio import RDF_SUFFIXES, to_oxigraph_triples
from firesld.records import NOT_ENTITY_CLASSES
from firesld.validate.identifiers import check_identifiers, read_snapshot, symbol_index
from firesld.validate.references import check_references
from firesld.validate.report import ValidationReport
from firesld.validate.schema import check_schema
from firesld.validate.shacl import check_shacl, load_shapes

#: Turns a graph into pyoxigraph triples (see :func:`_graph_checks`).
Converter = Callable[[Graph], Sequence[Any]]


def _type_triples(records: Sequence[Record], model: Model, *, exclude: set[str | None]) -> Graph:
    """Return the rdf:type triples of context records.

    SHACL's sh:class then sees what references point to, without validating those records.
    """
    graph = Graph()
    for record in records:
        if not record.id or record.id in exclude:
            continue
        iri = model.converter.expand(record.id)
        if iri is None:
            continue
        cls = model.classes[record.class_name]
        for uri in [cls["class_uri"], *cls["mappings"]]:
            graph.add((URIRef(iri), RDF.type, URIRef(uri)))
    return graph


def validate_paths(
    paths: Sequence[Path] = (),
    *,
    standalone: bool = False,
    strict: bool = False,
    checks: Collection[str] = CHECKS,
    layout: Layout | None = None,
    snapshot: bool = True,
    shacl_engine: str = "turbo",
    profile: str = "curation",
) -> tuple[ValidationReport, int, int]:
    """Validate curated YAML and RDF files (the package's own data when no path is given).

    YAML files are validated together, against the package's data: their references may point
    to the package's records (unless ``standalone``), and an id missing from the import snapshot
    is a warning for them (an error with ``strict``, and always for the package's own data).
    Each RDF file (Turtle, N-Triples, JSON-LD, TriG, N-Quads) is validated as a graph.

    :param paths: files, or folders of YAML files
    :param standalone: resolve references only within ``paths``
    :param strict: treat snapshot problems of foreign data as errors
    :param checks: the checks to run (all of :data:`CHECKS` by default)
    :param layout: where the package's data, shapes and ontology are (installed package by default)
    :param snapshot: look ids up in the import snapshot (off for synthetic or text-mined data)
    :param shacl_engine: the SHACL engine (:data:`SHACL_ENGINES`)
    :param profile: the shapes profile (:data:`PROFILES`); ``consumer`` also lets foreign
        triples of a merged graph through the reference and OWL 2 DL checks (as warnings)
    :returns: the report, the number of records (or graph nodes) and the number of files read
    :raises ResourceError: when a path does not exist
    """
    layout = layout or package_layout()
    model = load_model(layout)
    own = data_files(layout)
    for path in paths:
        if not Path(path).exists():
            why = (
                "a broken symlink or a symlink loop" if Path(path).is_symlink() else "no such file"
            )
            raise ResourceError(f"{path}: {why}")
    files = _expand(paths) if paths else own
    rdf_files = [f for f in files if f.suffix.lower() in RDF_SUFFIXES]
    yaml_files = [f for f in files if f not in rdf_files]
    records, parse_problems = read_records(yaml_files, model, display_root=Path.cwd())
    context: list[Record] = []
    if paths and not standalone:
        chosen = {_resolved(f) for f in files}
        context, _ = read_records([p for p in own if _resolved(p) not in chosen], model)
    severity = "error" if (strict or not paths) else "warning"
    if not snapshot:
        severity = "off"
    report = ValidationReport()
    count = len(records)
    if yaml_files:
        report = validate_records(
            records,
            model,
            parse_problems=parse_problems,
            layout=layout,
            context=context,
            snapshot_severity=severity,
            checks=checks,
            shacl_engine=shacl_engine,
            profile=profile,
        )
    for path in rdf_files:
        sub = validate_rdf_file(
            path,
            model,
            layout=layout,
            snapshot_severity=severity,
            checks=checks,
            shacl_engine=shacl_engine,
            profile=profile,
        )
        report.merge(sub)
        count += len(set(sub.graph.subjects(RDF.type, None))) if sub.graph is not None else 0
    return report, count, len(files)


def _expand(paths: Sequence[Path]) -> list[Path]:
    """Expand folders into their YAML and RDF files."""
    out: list[Path] = []
    suffixes = {".yaml", ".yml", *RDF_SUFFIXES}
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes)
            if not found:
                raise ResourceError(
                    f"{path}: a directory with no YAML or RDF file in it (nothing to validate)"
                )
            out.extend(found)
        else:
            out.append(path)
    return out


#: The graph-level checks of a validation (SHACL, OWL, QC), run on the report they are given.
GraphChecks = Callable[[ValidationReport], None]


def validate_records(records: Sequence[Record], model: Model, **options: Any) -> ValidationReport:
    """Run every check on curated records and return the report.

    Record-level checks (schema, identifiers, references) run on every record; the graph is built
    from the records without schema or identifier errors, and SHACL, the OWL reasoner and the QC
    queries run on it.

    :param records: the records to validate
    :param model: the compact model
    :param options: those of :func:`prepare_validation` (``layout``, ``checks``, ``context`` …)
    :returns: the validation report
    """
    report, graph_checks = prepare_validation(records, model, **options)
    graph_checks(report)
    report.sort()
    return report


def prepare_validation(
    records: Sequence[Record],
    model: Model,
    *,
    parse_problems: Sequence[Problem] = (),
    layout: Layout | None = None,
    context: Sequence[Record] = (),
    snapshot_severity: str = "error",
    checks: Collection[str] = CHECKS,
    shacl_engine: str = "turbo",
    profile: str = "curation",
) -> tuple[ValidationReport, GraphChecks]:
    """Run the record-level checks, build the graph, and return the graph's checks to run.

    Record-level checks (schema, identifiers, references, mentions) run on every record; the
    graph is built from the records without schema or identifier errors. The graph's checks
    (SHACL, the OWL reasoner, the QC queries) are returned, not run, so that a caller can run
    them where it likes: :func:`validate_records` runs them at once, the build in a forked child
    while it exports (:mod:`firesld.build`).

    :param records: the records to validate
    :param model: the compact model
    :param parse_problems: problems found while reading the files
    :param layout: where shapes, ontology and snapshot are (the installed package by default)
    :param context: other records references may resolve to
    :param snapshot_severity: how to report ids missing from the import snapshot
    :param checks: the checks to run (``parse`` always runs)
    :param shacl_engine: the SHACL engine (:data:`SHACL_ENGINES`)
    :param profile: the shapes profile (:data:`PROFILES`)
    :returns: the report of the record-level checks (with the graph), and the graph's checks:
        a function that adds their problems to the report it is given
    """
    layout = layout or package_layout()
    report = ValidationReport(problems=list(parse_problems), checks_run=["parse"])
    schema_problems: list[Problem] = []
    id_problems: list[Problem] = []
    if "schema" in checks:
        schema_problems = check_schema(records, model)
        report.add("schema", schema_problems)
    if "identifiers" in checks:
        id_problems = check_identifiers(
            records,
            model,
            read_snapshot(layout.imports_tsv),
            snapshot_severity=snapshot_severity,
            symbols=symbol_index([*context, *records]),
        )
        report.add("identifiers", id_problems)
    if "references" in checks:
        report.add("references", check_references(records, model, context=context))
    if "mentions" in checks:
        report.add("mentions", _mention_problems(records, context, layout, snapshot_severity))
    broken = {(p.file, p.record) for p in schema_problems + id_problems if p.severity == "error"}
    good = [r for r in records if (r.file, r.ref) not in broken]
    graph = build_graph(good, model)
    anchor_graph(good, model, layout, graph=graph)  # into the data graph: no copy
    report.graph = graph
    context_types, context_graph = Graph(), Graph()
    if context:
        referenced = {str(o) for o in graph.objects() if isinstance(o, URIRef)}
        context_types = _type_triples(
            [r for r in context if model.converter.expand(r.id or "") in referenced],
            model,
            exclude={r.id for r in good},
        )
        own_ids = {r.id for r in good}
        context_graph = build_graph([r for r in context if r.id not in own_ids], model)

    shacl = _shacl_step(
        graph,
        model,
        layout,
        good,
        engine=shacl_engine,
        profile=profile,
        extra=[context_types],
        records_only=True,
    )
    union = graph + context_graph if len(context_graph) else graph

    def graph_checks(target: ValidationReport) -> None:
        _graph_checks(
            target,
            union,
            model,
            layout,
            checks,
            shacl if "shacl" in checks else None,
            profile=profile,
        )

    return report, graph_checks


def _shacl_step(
    graph: Graph,
    model: Model,
    layout: Layout,
    records: Sequence[Record],
    *,
    engine: str,
    profile: str,
    extra: Sequence[Graph] = (),
    records_only: bool = False,
) -> Callable[[ValidationReport, Converter], None]:
    """Return the SHACL step of a validation: check ``graph``, locate each result on its record.

    The step adds its problems (and the engine's results) to the report it is called with.

    :param extra: graphs of type triples SHACL needs besides ``graph`` (referenced context records)
    :param records_only: report only results located on one of ``records`` (curated YAML: the
        context records' nodes are checked where they are curated, not here)
    """

    def shacl(report: ValidationReport, convert: Converter) -> None:
        locate = {model.converter.expand(r.id) or r.id: r for r in records if r.id}
        problems, results = check_shacl(
            graph,
            model,
            layout,
            locate=locate,
            engine=engine,
            extra=list(extra),
            shapes=load_shapes(layout, profile),
            convert=convert,
        )
        report.add("shacl", [p for p in problems if p.file != "<graph>" or not records_only])
        report.shacl_results = results

    return shacl


def _mention_problems(
    records: Sequence[Record], context: Sequence[Record], layout: Layout, snapshot_severity: str
) -> list[Problem]:
    """Run the mention checks (:mod:`firesld.mentions`): strict for the package's own data."""
    missing = "error" if snapshot_severity == "error" else "warning"
    return check_mentions(records, context=context, missing=missing) + check_anchors(
        records, layout
    )


def _graph_checks(
    report: ValidationReport,
    graph: Graph,
    model: Model,
    layout: Layout,
    checks: Collection[str],
    shacl: Callable[[ValidationReport, Converter], None] | None = None,
    *,
    name: str = "<graph>",
    profile: str = "curation",
) -> None:
    """Run SHACL and the release-level checks: OWL 2 DL and consistency, then the QC queries.

    The OWL step (the OWL 2 DL profile of ontology + import snapshot + data, then HermiT, a Java
    process) runs in a thread while SHACL runs in this one, so the two use both cores; the report
    lists SHACL's problems before the OWL step's either way.
    """
    converted: dict[int, tuple[Graph, Sequence[Any]]] = {}
    converting = threading.Lock()

    def convert(part: Graph) -> Sequence[Any]:
        """Turn a graph into pyoxigraph triples once for every check (the graph kept alive).

        The OWL thread and this one may ask together: the second waits for the first's list.
        """
        with converting:
            if id(part) not in converted:
                converted[id(part)] = (part, to_oxigraph_triples(part))
            return converted[id(part)][1]

    owl: Future[list[Problem]] | None = None
    pool = ThreadPoolExecutor(max_workers=1) if "owl" in checks else None
    if pool is not None:
        from firesld.owldl import check_owl_dl
        from firesld.reason import check_owl

        def owl_step() -> list[Problem]:
            found = check_owl_dl(
                graph,
                model,
                [p for p in (layout.owl_ttl, layout.imports_ttl) if p.is_file()],
                name=name,
                foreign_severity="warning" if profile == "consumer" else "error",
                convert=convert,
            )
            return found + check_owl(graph, model, layout, convert=convert)

        owl = pool.submit(owl_step)
    try:
        if shacl is not None:
            shacl(report, convert)
        if owl is not None:
            report.add("owl", owl.result())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if "qc" in checks:
        from firesld.qc import run_qc

        report.add("qc", run_qc(graph, model, layout, with_release_files=True, convert=convert))


def validate_rdf_file(
    path: Path,
    model: Model,
    *,
    layout: Layout | None = None,
    snapshot_severity: str = "warning",
    checks: Collection[str] = CHECKS,
    shacl_engine: str = "turbo",
    profile: str = "curation",
) -> ValidationReport:
    """Validate an RDF file (Turtle, N-Triples, JSON-LD, TriG, N-Quads) as a firesld graph.

    JSON-LD must carry its context inline: a remote ``@context`` is refused, never fetched.
    The identifiers of typed nodes are checked like curated ids; references must point to typed
    nodes; then SHACL, the OWL reasoner and the QC queries run.

    :param path: the file
    :param model: the compact model
    :param layout: where shapes, ontology and snapshot are
    :param snapshot_severity: how to report ids missing from the import snapshot
    :param checks: the checks to run
    :param shacl_engine: the SHACL engine (:data:`SHACL_ENGINES`)
    :param profile: the shapes profile (:data:`PROFILES`): ``consumer`` for a graph merged with
        other sources (their references to nodes firesld does not type are not dangling)
    :returns: the report
    """
    layout = layout or package_layout()
    name = _display_name(path)
    report = ValidationReport(checks_run=["parse"])
    graph, problem = parse_rdf(path, name)
    if problem is not None:
        report.problems.append(problem)
        return report
    assert graph is not None
    report.graph = graph
    nodes = _graph_records(graph, model, name)
    if "identifiers" in checks:
        report.add(
            "identifiers",
            check_identifiers(
                nodes,
                model,
                read_snapshot(layout.imports_tsv),
                snapshot_severity=snapshot_severity,
            ),
        )
    if "references" in checks:
        report.add(
            "references",
            _graph_references(graph, nodes, model, name, layout, own_only=profile == "consumer"),
        )

    if "schema" in checks:  # the quantities' units, kinds and signs, as for curated YAML
        from firesld.quantities import check_graph_quantities

        report.add("schema", check_graph_quantities(graph, model, name))

    shacl = _shacl_step(graph, model, layout, nodes, engine=shacl_engine, profile=profile)
    _graph_checks(
        report,
        graph,
        model,
        layout,
        checks,
        shacl if "shacl" in checks else None,
        name=name,
        profile=profile,
    )
    report.sort()
    return report


def _resolved(path: Path) -> Path:
    """Resolve a path; a symlink loop (which ``resolve`` refuses) stays as it is, made absolute."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


def _display_name(path: Path) -> str:
    """Return a path relative to the current directory when it is below it (links not followed)."""
    try:
        return str((_resolved(Path(path).parent) / Path(path).name).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def parse_rdf(path: Path, name: str) -> tuple[Graph | None, Problem | None]:
    """Parse an RDF file with pyoxigraph, refusing remote JSON-LD contexts.

    :param path: the file
    :param name: how to name the file in problems
    :returns: the graph, or the parse problem (with its line)
    :raises OSError: when the file cannot be read (its ``filename`` is ``name``)
    """
    import json

    import pyoxigraph as ox

    def fail(code: str, message: str, line: int | None = None) -> tuple[None, Problem]:
        return None, Problem(name, line, None, None, code, "parse", message)

    from firesld.data import read_regular_file

    try:
        raw = read_regular_file(Path(path), name)
    except OSError as err:  # the tool cannot read its input: exit code 2, one line naming it
        raise OSError(err.errno, err.strerror or str(err), name) from None
    if not raw.strip():
        return fail("FLD-PARSE-EMPTY", "empty file: no triples")
    if b"\x00" in raw:
        return fail("FLD-PARSE-BINARY", "binary file, not RDF text")
    fmt = RDF_SUFFIXES[Path(path).suffix.lower()]
    if fmt == "JSON_LD":
        check_json_depth(raw, name)
        try:
            doc = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            line = getattr(err, "lineno", None)
            return fail("FLD-PARSE-JSON", f"malformed JSON: {err}", line)
        remote = _remote_contexts(doc)
        if remote:
            return fail(
                "FLD-PARSE-REMOTE-CONTEXT",
                f"remote JSON-LD context {short_repr(remote[0])} (@context or @import) refused "
                "(firesld never fetches one): "
                "inline the context, e.g. the package's exports/firesld.context.jsonld",
            )
    max_literal = get_limit("max-literal-bytes")
    try:
        quads = list(ox.parse(raw, format=getattr(ox.RdfFormat, fmt)))
    except MemoryError as err:  # pyoxigraph's 16 MiB buffer: a literal or token past it
        line = literal_line(raw, 16 * 1024 * 1024) or literal_line(raw, max_literal)
        raise LimitError(
            "max-literal-bytes", name, line, f"a literal longer than the parser can hold ({err})"
        ) from None
    except SyntaxError as err:
        return fail("FLD-PARSE-RDF", f"malformed {fmt.replace('_', '-')}: {err}", err.lineno)
    except ValueError as err:
        return fail("FLD-PARSE-RDF", f"malformed {fmt.replace('_', '-')}: {err}")
    if not quads:
        return fail("FLD-PARSE-EMPTY", "no triples")
    for quad in quads:
        term = quad.object
        if isinstance(term, ox.Literal) and len(term.value) > max_literal:
            raise LimitError(
                "max-literal-bytes",
                name,
                literal_line(raw, max_literal),
                f"a literal of {len(term.value)} characters",
            )
    from firesld.rdfio import from_oxigraph

    graph = Graph()
    for quad in quads:
        graph.add(
            (from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object))
        )
    return graph, None


def _remote_contexts(doc: Any) -> list[str]:
    """Find every @context given by reference (a string) anywhere in a JSON-LD document."""
    found: list[str] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "@context":
                items = value if isinstance(value, list) else [value]
                found += [v for v in items if isinstance(v, str)]
                found += [r for v in items if isinstance(v, dict) for r in _remote_contexts(v)]
            elif key == "@import" and isinstance(value, str):  # JSON-LD 1.1: a context by IRI
                found.append(value)
            else:
                found += _remote_contexts(value)
    elif isinstance(doc, list):
        for item in doc:
            found += _remote_contexts(item)
    return found


def _graph_records(graph: Graph, model: Model, name: str) -> list[Record]:
    """Make one pseudo-record per node typed with a firesld class (for the identifier checks)."""
    by_uri = {cls["class_uri"]: cls_name for cls_name, cls in model.classes.items()}
    out = []
    for node, cls in sorted(graph.subject_objects(RDF.type), key=lambda t: (str(t[0]), str(t[1]))):
        class_name = by_uri.get(str(cls))
        if class_name is None or (class_name != "Claim" and class_name in NOT_ENTITY_CLASSES):
            # a claim's inlined parts (quantities, text anchors) are named after the claim
            continue
        curie = model.converter.compress(str(node)) or str(node)
        label = [
            str(o) for o in graph.objects(node, RDFS.label) if getattr(o, "language", None) == "en"
        ]
        values: dict[str, Any] = {"id": curie}
        if label:
            values["label"] = label
        out.append(Record(class_name, values, name, 0))
    return out


def _graph_references(
    graph: Graph,
    nodes: Sequence[Record],
    model: Model,
    name: str,
    layout: Layout,
    *,
    own_only: bool = False,
) -> list[Problem]:
    """Find references to untyped nodes and nodes typed with two disjoint classes.

    With ``own_only`` (a merged graph), only firesld's own properties must point to typed nodes:
    a Biolink edge another source adds may point anywhere.
    """
    from firesld.reason import disjoint_pairs

    problems = []
    typed = {model.converter.expand(r.id) or r.id for r in nodes if r.id}
    class_iris = {URIRef(c["class_uri"]) for c in model.classes.values()}
    for cls in model.classes.values():
        for slot_name, slot in cls["slots"].items():
            if slot["kind"] != "class" or slot["inlined"] or slot["identifier"]:
                continue
            if own_only and not str(slot["slot_uri"]).startswith(VOCAB_NS):
                continue
            for s, o in graph.subject_objects(URIRef(slot["slot_uri"])):
                if isinstance(o, URIRef) and str(o) not in typed:
                    curie = model.converter.compress(str(o)) or str(o)
                    problems.append(
                        Problem(
                            name,
                            None,
                            model.converter.compress(str(s)) or str(s),
                            slot_name,
                            "FLD-REF-DANGLING",
                            "references",
                            f"{curie} is not a typed node of the graph",
                        )
                    )
    pairs = disjoint_pairs(Graph().parse(layout.owl_ttl, format="turtle"))
    for node in set(graph.subjects(RDF.type, None)):
        types = sorted({t for t in graph.objects(node, RDF.type) if t in class_iris}, key=str)
        for i, a in enumerate(types):
            for b in types[i + 1 :]:
                if frozenset((a, b)) in pairs:
                    curie = model.converter.compress(str(node)) or str(node)
                    problems.append(
                        Problem(
                            name,
                            None,
                            curie,
                            "id",
                            "FLD-REF-DISJOINT",
                            "references",
                            f"{curie} is typed {str(a).rsplit('/', 1)[-1]} and "
                            f"{str(b).rsplit('/', 1)[-1]}, which are disjoint",
                        )
                    )
    return sorted(set(problems), key=lambda p: (p.record or "", p.slot or "", p.message))
