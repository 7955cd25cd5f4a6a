"""Benchmarks of issue #10: firesld against the stock LinkML chain, cold start, scale, store load.

    python benchmarks/run.py                   # everything, medians of 5 runs (`make bench`)
    python benchmarks/run.py --quick           # smoke test: 1 run, the 10k-triple size only
    python benchmarks/run.py --only build,start --runs 7
    python benchmarks/run.py --only scale --sizes 10k,100k

Prints a Markdown table and writes ``benchmarks/results.json``. Every command is a subprocess;
wall time is ``time.perf_counter`` around it, peak memory the larger of the ``ru_maxrss`` that
``os.wait4`` returns for that one child (its own and its waited-for descendants' maximum, not a
maximum over every child run so far, which ``getrusage(RUSAGE_CHILDREN)`` would give) and the
peak sum of the PSS of its processes together (sampled; see ``_TreeMemory``). Everything runs on
copies under ``benchmarks/work/`` (``--work``); the repository's ``exports/`` is never written.
Standard library only; the tools are taken from the venv of the Python running this script.
See ``benchmarks/README.md`` for what each figure means.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"
SYNTH = BENCH / "synth.py"
BIN = Path(sys.executable).parent
GRAPH = "https://w3id.org/firesld/graph/benchmark"
DEFAULT_QUERY = "fires-variant-genes"

#: What ``firesld build --root DIR`` needs of the repository (see firesld.constants.Layout).
CHECKOUT_DIRS = ("schema", "ontology", "shapes", "queries", "data")
CHECKOUT_FILES = (
    "src/firesld/datamodel/model.json",
    "src/firesld/datamodel/firesld_pydantic.py",
    "exports/firesld.context.jsonld",
)

#: The targets of issues #10 and #17.
TARGETS = {
    "build_ratio": 0.35,  # firesld build ≤ 0.35 × the stock chain (#17)
    "scale_100k_over_oxigraph": 15.0,  # 100k load+validate+export ≤ 15 × pyoxigraph parse+write
    "second_build_s": 1.0,
    "help_s": 0.3,
    "query_s": 1.0,
    "scale_1m_s": 60.0,
    "scale_1m_mb": 3000.0,
    "scale_100k_to_1m": 10.0,
    "load_ratio": 1.2,  # firesld load ≤ 1.2 × a plain POST
}


def log(message: str) -> None:
    """Report progress on stderr."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)  # noqa: T201


def synthetic_env() -> dict[str, str]:
    """Return the environment of a build of synthetic data: without ``FIRESLD_REVIEW_TEXT``.

    Synthetic claims are anchored in a synthetic text (``benchmarks/synth.py``), not in the
    review, so the review's text must not be checked against them.
    """
    return {k: v for k, v in os.environ.items() if k != "FIRESLD_REVIEW_TEXT"}


def tool(name: str) -> str:
    """Return the executable of a tool: the one of this venv, else the one on PATH."""
    candidate = BIN / name
    if candidate.is_file():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"bench: {name} not found (install it in the venv)")
    return found


# ---------------------------------------------------------------------------- measuring


@dataclass
class Run:
    """One measured command."""

    cmd: list[str]
    seconds: float
    max_rss_mb: float
    returncode: int
    timed_out: bool = False
    tree_pss_mb: float = 0.0
    stdout: str = ""
    stderr: str = ""

    @property
    def ok(self) -> bool:
        """Whether the command exited 0 within its time."""
        return self.returncode == 0 and not self.timed_out

    def summary(self) -> dict[str, Any]:
        """Return what results.json keeps of the run (no full output)."""
        return {
            "seconds": round(self.seconds, 4),
            "max_rss_mb": round(self.max_rss_mb, 1),
            "tree_pss_mb": round(self.tree_pss_mb, 1),
            "returncode": self.returncode,
            "timed_out": self.timed_out,
        }


def measure(
    cmd: Sequence[str],
    *,
    cwd: Path | None = None,
    timeout: float | None = None,
    stdout_file: Path | None = None,
    keep_output: bool = True,
    env: Mapping[str, str] | None = None,
) -> Run:
    """Run one command and measure its wall time and peak resident memory.

    The child runs in its own session; ``os.wait4`` reaps exactly that child and returns its
    resource usage, whose ``ru_maxrss`` is the peak of the child and of the descendants it waited
    for. On timeout the child's process group (which this function created) is killed.

    :param cmd: the command
    :param cwd: where to run it
    :param timeout: seconds before the command is killed
    :param stdout_file: write stdout there (kept as a file, not read back)
    :param keep_output: read stdout and stderr back into the result
    :param env: the child's environment (this process's by default)
    :returns: the measurement
    """
    work = Path(os.environ.get("BENCH_TMP") or tempfile.gettempdir())
    err_path = work / f"bench-stderr-{os.getpid()}.txt"
    out_path = stdout_file or work / f"bench-stdout-{os.getpid()}.txt"
    timed_out = threading.Event()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd),
            cwd=cwd,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env=None if env is None else dict(env),
        )

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill) if timeout else None
        if timer is not None:
            timer.start()
        tree = _TreeMemory(proc.pid)
        tree.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        tree.stop()
        if timer is not None:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    run = Run(
        list(cmd),
        seconds,
        usage.ru_maxrss / 1024,  # KiB on Linux
        proc.returncode,
        timed_out.is_set(),
        tree.peak_mb,
    )
    if keep_output:
        run.stderr = err_path.read_text(encoding="utf-8", errors="replace")
        if stdout_file is None:
            run.stdout = out_path.read_text(encoding="utf-8", errors="replace")
    err_path.unlink(missing_ok=True)
    if stdout_file is None:
        out_path.unlink(missing_ok=True)
    return run


class _TreeMemory(threading.Thread):
    """Sample the memory of a session's processes: the peak of the sum of their PSS.

    ``ru_maxrss`` is the peak of one process; a command whose forked children share its pages
    (the build checks the graph in a child while it exports) uses more than its largest process
    and less than the sum of their RSS. The proportional set size (PSS, pages shared by n
    processes counted 1/n in each) adds up to what the processes use together. Sampled every
    0.25 s, so a shorter peak can be missed: the figures report the larger of the two.
    """

    def __init__(self, session: int) -> None:
        super().__init__(daemon=True)
        self.session = session
        self.peak_mb = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.25):
            self.peak_mb = max(self.peak_mb, self._sample())

    def stop(self) -> None:
        self._done.set()
        self.join()

    def _sample(self) -> float:
        total = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
                if int(stat.rsplit(")", 1)[1].split()[3]) != self.session:  # field 6: session
                    continue
                for line in (entry / "smaps_rollup").read_text(encoding="ascii").splitlines():
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])  # KiB
                        break
            except (OSError, ValueError, IndexError):
                continue  # ended meanwhile, or not ours to read
        return total / 1024


@dataclass
class Stat:
    """Median and range of repeated runs."""

    name: str
    runs: list[Run] = field(default_factory=list)
    note: str = ""

    @property
    def ok_runs(self) -> list[Run]:
        """The runs that succeeded."""
        return [r for r in self.runs if r.ok]

    @property
    def median(self) -> float | None:
        """Median wall time of the successful runs."""
        ok = self.ok_runs
        return statistics.median(r.seconds for r in ok) if ok else None

    @property
    def peak_mb(self) -> float | None:
        """Highest peak memory of the successful runs.

        Of the largest process (peak RSS) or of the process tree together (peak summed PSS,
        sampled), whichever is larger.
        """
        ok = self.ok_runs
        return max(max(r.max_rss_mb, r.tree_pss_mb) for r in ok) if ok else None

    def as_dict(self) -> dict[str, Any]:
        """Return the figures for results.json."""
        ok = self.ok_runs
        return {
            "name": self.name,
            "median_s": _round(self.median),
            "min_s": _round(min((r.seconds for r in ok), default=None)),
            "max_s": _round(max((r.seconds for r in ok), default=None)),
            "peak_rss_mb": _round(self.peak_mb, 1),
            "runs": len(self.runs),
            "ok_runs": len(ok),
            "samples": [r.summary() for r in self.runs],
            "command": " ".join(self.runs[0].cmd) if self.runs else None,
            "note": self.note,
        }


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def fmt_s(value: float | None) -> str:
    """Format seconds for the table."""
    if value is None:
        return "—"
    if value < 10:
        return f"{value:.2f} s"
    return f"{value:.1f} s"


def fmt_mb(value: float | None) -> str:
    """Format megabytes for the table."""
    return "—" if value is None else f"{value:,.0f} MB"


def fmt_range(stat: Stat) -> str:
    """Format the min–max of a stat."""
    ok = stat.ok_runs
    if len(ok) < 2:
        return ""
    return f"{fmt_s(min(r.seconds for r in ok))} – {fmt_s(max(r.seconds for r in ok))}"


def tail(text: str, lines: int = 3) -> str:
    """Return the last lines of an output, on one line."""
    kept = [line.strip() for line in text.strip().splitlines() if line.strip()][-lines:]
    return " | ".join(kept)[:400]


# ---------------------------------------------------------------------------- helpers


def copy_checkout(dst: Path, src: Path = REPO) -> None:
    """Copy what a build needs (schema, ontology, shapes, queries, data, model, context)."""
    if dst.exists():
        shutil.rmtree(dst)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in CHECKOUT_DIRS:
        shutil.copytree(src / name, dst / name, ignore=ignore)
    for rel in CHECKOUT_FILES:
        (dst / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, dst / rel)


def reset_build(root: Path) -> None:
    """Make the next build of a checkout cold: no cache stamp, no exports but the context."""
    shutil.rmtree(root / ".firesld-cache", ignore_errors=True)
    exports = root / "exports"
    for path in sorted(exports.rglob("*"), reverse=True):
        if path.name == "firesld.context.jsonld":
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()


_RELEASE = re.compile(r"(\d+) records, (\d+) claims, (\d+) triples")


def release_counts(stdout: str) -> dict[str, int]:
    """Read records, claims and triples from `firesld build`'s last line."""
    match = _RELEASE.search(stdout)
    if not match:
        return {}
    return dict(zip(("records", "claims", "triples"), map(int, match.groups()), strict=True))


def help_text(*args: str) -> str:
    """Return the --help text of a firesld command (to see which options it has)."""
    done = subprocess.run(
        [tool("firesld"), *args, "--help"], capture_output=True, text=True, check=False
    )
    return done.stdout


def yaml_files(root: Path) -> list[Path]:
    """Return the curated YAML files of a checkout, as firesld reads them."""
    return sorted((root / "data").rglob("*.yaml"))


def merge_yaml(out: Path, files: Sequence[Path]) -> None:
    """Concatenate curated files into one ``Dataset`` document (the stock chain's input).

    Text-level, so it costs next to nothing: each file is a mapping of lists, and the items of a
    key are appended under that key, re-indented by two spaces. (What a stock user does with a
    few lines of shell or Python; linkml-convert reads one document of the container class.)
    """
    blocks: dict[str, list[str]] = {}
    top = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*):\s*(\[\])?\s*$")
    for path in files:
        key: str | None = None
        indent: int | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            match = top.match(line)
            if match:
                key, indent = match.group(1), None
                blocks.setdefault(key, [])
                continue
            if key is None or line.startswith("#"):
                continue
            if not line.strip():
                blocks[key].append("")
                continue
            if indent is None:
                indent = len(line) - len(line.lstrip(" "))
            if len(line) - len(line.lstrip(" ")) < indent:
                raise SystemExit(f"bench: {path}: cannot merge a line indented less than its list")
            blocks[key].append("  " + line[indent:])
    with out.open("w", encoding="utf-8") as handle:
        for key, lines in blocks.items():
            if any(line.strip() for line in lines):
                handle.write(f"{key}:\n")
                handle.write("\n".join(lines).rstrip("\n") + "\n")


def free_port() -> int:
    """Return a TCP port free on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
    """Make one HTTP request and return the body."""
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError(f"not the local benchmark server: {url}")
    request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=600) as response:  # noqa: S310
        return bytes(response.read())


def sparql_count(base: str, graph: str) -> int:
    """Count the triples of a graph on the Oxigraph server."""
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    body = http(
        f"{base}/query?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def sparql_update(base: str, update: str) -> None:
    """Run a SPARQL update on the Oxigraph server."""
    http(
        f"{base}/update",
        data=update.encode(),
        headers={"Content-Type": "application/sparql-update"},
    )


# ---------------------------------------------------------------------------- 1. build


@dataclass
class StockChain:
    """The stock LinkML chain, step by step, as repeated runs."""

    steps: dict[str, Stat] = field(default_factory=dict)
    totals: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def stock_chain(
    root: Path,
    work: Path,
    chain: StockChain,
    *,
    steps: Sequence[str],
    shapes: Path | None = None,
    timeout: float | None = None,
) -> bool:
    """Run the stock tools once on a checkout, adding each step's run to ``chain``.

    :param root: the checkout (schema and data)
    :param work: a scratch folder for the outputs
    :param chain: where the runs go
    :param steps: which steps (gen-owl, gen-shacl, gen-jsonld-context, merge, convert-ttl,
        convert-jsonld, pyshacl)
    :param shapes: the SHACL shapes for pyshacl when gen-shacl is not one of the steps
    :param timeout: seconds the whole chain may take
    :returns: whether every step finished (pyshacl's exit 1, "does not conform", counts as done)
    """
    work.mkdir(parents=True, exist_ok=True)
    schema = root / "schema" / "firesld.yaml"
    dataset = work / "dataset.yaml"
    shapes = shapes or work / "shapes.ttl"
    commands: dict[str, tuple[list[str], Path | None]] = {
        "gen-owl": ([tool("gen-owl"), str(schema)], work / "owl.ttl"),
        "gen-shacl": ([tool("gen-shacl"), str(schema)], work / "shapes.ttl"),
        "gen-jsonld-context": ([tool("gen-jsonld-context"), str(schema)], work / "context.jsonld"),
        "merge": (
            [sys.executable, str(Path(__file__).resolve()), "--merge-yaml", str(dataset)]
            + [str(p) for p in yaml_files(root)],
            None,
        ),
        "convert-ttl": (
            [
                tool("linkml-convert"),
                "-s",
                str(schema),
                "-C",
                "Dataset",
                "-t",
                "ttl",
                "-o",
                str(work / "data.ttl"),
                str(dataset),
            ],
            None,
        ),
        "convert-jsonld": (
            [
                tool("linkml-convert"),
                "-s",
                str(schema),
                "-C",
                "Dataset",
                "-t",
                "json-ld",
                "-o",
                str(work / "data.jsonld"),
                str(dataset),
            ],
            None,
        ),
        "pyshacl": (
            [tool("pyshacl"), "-s", str(shapes), "-df", "turtle", str(work / "data.ttl")],
            work / "pyshacl-report.txt",
        ),
    }
    total = 0.0
    peak = 0.0
    for name in steps:
        cmd, out = commands[name]
        left = None if timeout is None else max(1.0, timeout - total)
        run = measure(cmd, cwd=work, timeout=left, stdout_file=out)
        stat = chain.steps.setdefault(name, Stat(f"stock: {name}"))
        done = run.returncode == 0 or (name == "pyshacl" and run.returncode == 1)
        if done:
            run.returncode = 0  # counted as a finished run (pyshacl 1 = the data does not conform)
        stat.runs.append(run)
        total += run.seconds
        peak = max(peak, run.max_rss_mb)
        if name == "pyshacl" and done and out is not None:
            report = out.read_text(encoding="utf-8", errors="replace")
            match = re.search(r"Conforms: (\w+)", report)
            results = re.search(r"Results \((\d+)\)", report)
            note = f"pyshacl: Conforms: {match.group(1) if match else '?'}"
            if results:
                note += f", {results.group(1)} results"
            if note not in chain.notes:
                chain.notes.append(note)
        if not done:
            why = "timed out" if run.timed_out else f"exit {run.returncode}: {tail(run.stderr)}"
            chain.errors.append(f"{name} {why} after {total:.1f} s")
            chain.totals.append(total)
            chain.peaks.append(peak)
            return False
    chain.totals.append(total)
    chain.peaks.append(peak)
    return True


def bench_build(args: argparse.Namespace, work: Path, results: dict[str, Any]) -> list[str]:
    """Benchmark 1: `firesld build` on the curated data vs the stock chain; second build."""
    first = Stat("firesld build (cold, curated data)")
    second = Stat("firesld build again, nothing changed")
    chain = StockChain()
    counts: dict[str, int] = {}
    second_cached: list[bool] = []
    for k in range(args.runs):
        log(f"build: run {k + 1}/{args.runs}: firesld build")
        root = work / "build" / f"run-{k + 1}"
        copy_checkout(root)
        run = measure([tool("firesld"), "build", "--root", str(root)], timeout=args.timeout)
        first.runs.append(run)
        if not run.ok:
            first.note = f"exit {run.returncode}: {tail(run.stderr)}"
        counts = release_counts(run.stdout) or counts
        run2 = measure([tool("firesld"), "build", "--root", str(root)], timeout=args.timeout)
        second.runs.append(run2)
        second_cached.append("nothing changed since the last build" in run2.stdout)
        log(f"build: run {k + 1}/{args.runs}: stock chain")
        stock_chain(
            root,
            work / "stock" / f"run-{k + 1}",
            chain,
            steps=(
                "gen-owl",
                "gen-shacl",
                "gen-jsonld-context",
                "merge",
                "convert-ttl",
                "convert-jsonld",
                "pyshacl",
            ),
            timeout=args.stock_timeout,
        )
        shutil.rmtree(work / "build" / f"run-{k + 1}", ignore_errors=True)
    stock_median = statistics.median(chain.totals) if chain.totals else None
    ratio = first.median / stock_median if first.median and stock_median else None
    if second_cached:
        cached = sum(second_cached)
        second.note = f"answered from the cache in {cached}/{len(second_cached)} runs"
    triples = counts.get("triples")
    results["build"] = {
        "release": counts,
        "firesld_build": first.as_dict(),
        "second_build": second.as_dict(),
        "stock_chain": {
            "median_s": _round(stock_median),
            "totals_s": [round(t, 4) for t in chain.totals],
            "peak_rss_mb": _round(max(chain.peaks, default=None), 1),
            "steps": {name: stat.as_dict() for name, stat in chain.steps.items()},
            "errors": chain.errors,
            "notes": chain.notes,
        },
        "ratio_firesld_over_stock": _round(ratio),
    }
    stock_note = "; ".join(chain.notes + chain.errors)
    lines = [
        f"### 1. Build: curated data ({triples or '?'} triples in the release)",
        "",
        "| what | median | min – max | peak RSS | runs | note |",
        "|---|---|---|---|---|---|",
        _row(first),
        _row(second),
        f"| stock chain, total | {fmt_s(stock_median)} | "
        f"{_range(chain.totals)} | {fmt_mb(max(chain.peaks, default=None))} | "
        f"{len(chain.totals)} | {stock_note} |",
    ]
    for stat in chain.steps.values():
        lines.append(_row(stat, indent="  ↳ "))
    lines.append(
        f"| **ratio firesld / stock** | **{_ratio(ratio)}** | | | | target ≤ "
        f"{TARGETS['build_ratio']}× |"
    )
    return lines


def _row(stat: Stat, indent: str = "") -> str:
    return (
        f"| {indent}{stat.name} | {fmt_s(stat.median)} | {fmt_range(stat)} | "
        f"{fmt_mb(stat.peak_mb)} | {len(stat.ok_runs)}/{len(stat.runs)} | {stat.note} |"
    )


def _range(values: Sequence[float]) -> str:
    if len(values) < 2:
        return ""
    return f"{fmt_s(min(values))} – {fmt_s(max(values))}"


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


# ---------------------------------------------------------------------------- 2. start


def bench_start(args: argparse.Namespace, work: Path, results: dict[str, Any]) -> list[str]:
    """Benchmark 2: cold start of --help and of a query on the embedded release."""
    work.mkdir(parents=True, exist_ok=True)
    stats = {
        "help": Stat("firesld --help"),
        "query": Stat(f"firesld query {args.query}"),
        "rdflib": Stat('python -c "import rdflib" (floor)'),
    }
    commands = {
        "help": [tool("firesld"), "--help"],
        "query": [tool("firesld"), "query", args.query],
        "rdflib": [sys.executable, "-c", "import rdflib"],
    }
    for k in range(args.runs):
        log(f"start: run {k + 1}/{args.runs}")
        for key, cmd in commands.items():
            run = measure(cmd, cwd=work, timeout=args.timeout)
            stats[key].runs.append(run)
            if not run.ok:
                stats[key].note = f"exit {run.returncode}: {tail(run.stderr)}"
    if stats["query"].ok_runs:
        rows = stats["query"].ok_runs[-1].stdout.strip().splitlines()
        stats["query"].note = stats["query"].note or (rows[-1] if rows else "")
    results["start"] = {key: stat.as_dict() for key, stat in stats.items()}
    lines = [
        "### 2. Cold start (a new process each run)",
        "",
        "| what | median | min – max | peak RSS | runs | note |",
        "|---|---|---|---|---|---|",
    ]
    lines += [_row(stat) for stat in stats.values()]
    return lines


# ---------------------------------------------------------------------------- 3. scale


def parse_size(text: str) -> int:
    """Read 10k, 100k, 1m, 2.5m or 50000 as a number of triples."""
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if scale != 1 else text
    return int(float(number) * scale)


def size_name(triples: int) -> str:
    """Write 1000000 as 1m, 100000 as 100k."""
    if triples % 1_000_000 == 0:
        return f"{triples // 1_000_000}m"
    if triples % 1_000 == 0:
        return f"{triples // 1_000}k"
    return str(triples)


_PROBLEM = re.compile(r" (error|warning) (FLD-[A-Z0-9-]+) ")
# `file:line: record.slot: error CODE [check] message` (or `record:` without a slot)
_WHERE = re.compile(r"^.*?:(?:\d+:)? (\S+?):? (?:error|warning) FLD-")


def reported_problems(stderr: str) -> set[tuple[str, str]]:
    """Return (``record.slot`` or ``record``, code) of every error line `firesld build` printed."""
    found = set()
    for line in stderr.splitlines():
        match = _PROBLEM.search(line)
        where = _WHERE.match(line)
        if match and where and match.group(1) == "error":
            found.add((where.group(1).rstrip(":"), match.group(2)))
    return found


def is_reported(seeded: dict[str, Any], found: set[tuple[str, str]]) -> bool:
    """Whether a seeded violation's record got an error of the expected code."""
    record, code = seeded["record"], seeded["code"]
    return any(
        c == code and (where == record or where.startswith(record + ".")) for where, c in found
    )


def build_flags() -> tuple[list[str], bool]:
    """Return the `firesld build` options for synthetic data, and whether ids need the snapshot.

    ``--no-snapshot`` and ``--no-reason`` are used when this firesld has them; without
    ``--no-snapshot`` the synthetic ids are appended to the copy's snapshot table instead.
    """
    text = help_text("build")
    flags = ["--no-generate"]
    for flag in ("--no-snapshot", "--no-reason", "--force"):
        if flag in text:
            flags.append(flag)
    return flags, "--no-snapshot" not in flags


def synthesize(out: Path, triples: int, *, violations: float, in_snapshot: bool) -> Run:
    """Write a synthetic checkout (measured, so its time can be reported)."""
    cmd = [sys.executable, str(SYNTH), "--triples", str(triples), "--out", str(out), "-q"]
    if violations:
        cmd += ["--violations", str(violations)]
    if in_snapshot:
        cmd.append("--in-snapshot")
    run = measure(cmd)
    if not run.ok:
        raise SystemExit(f"bench: synth.py failed: {tail(run.stderr)}")
    return run


def runs_for(args: argparse.Namespace, name: str) -> int:
    """Return the runs at a size: ``--large-runs`` from 1m triples on, else ``--runs``."""
    if args.large_runs and parse_size(name) >= 1_000_000:
        return int(args.large_runs)
    return int(args.runs)


def _scale_firesld(
    args: argparse.Namespace, clean: Path, flags: list[str], name: str, row: dict[str, Any]
) -> Stat:
    """Time `firesld build` (cold) on a clean synthetic checkout, ``--runs`` times."""
    cmd = [tool("firesld"), "build", "--root", str(clean), *flags]
    stat = Stat(f"firesld build {name}")
    runs = runs_for(args, name)
    for k in range(runs):
        log(f"scale {name}: firesld build run {k + 1}/{runs}")
        reset_build(clean)
        run = measure(cmd, timeout=args.timeout, env=synthetic_env())
        stat.runs.append(run)
        if not run.ok:
            stat.note = (
                f"timed out after {args.timeout:.0f} s"
                if run.timed_out
                else f"exit {run.returncode}: {tail(run.stderr)}"
            )
            break
        row["triples"] = release_counts(run.stdout).get("triples")
    row["firesld"] = stat.as_dict()
    if stat.median and row.get("triples"):
        row["firesld_triples_per_s"] = round(row["triples"] / stat.median)
    return stat


#: The floor of the scale check: pyoxigraph parses the release's N-Triples and writes them again.
OXIGRAPH_FLOOR = (
    "import sys, pyoxigraph as ox\n"
    "triples = list(ox.parse(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES))\n"
    "ox.serialize(triples, output=sys.argv[2], format=ox.RdfFormat.N_TRIPLES)\n"
)


def _scale_floor(args: argparse.Namespace, clean: Path, name: str, row: dict[str, Any]) -> None:
    """Time pyoxigraph's parse + write of the release firesld just built (``--runs`` times)."""
    nt = clean / "exports" / "firesld.nt"
    if not nt.is_file():
        return
    stat = Stat(f"pyoxigraph parse + write {name}")
    out = clean / "floor.nt"
    for k in range(runs_for(args, name)):
        log(f"scale {name}: pyoxigraph parse + write, run {k + 1}")
        stat.runs.append(
            measure([sys.executable, "-c", OXIGRAPH_FLOOR, str(nt), str(out)], timeout=args.timeout)
        )
    out.unlink(missing_ok=True)
    row["oxigraph_floor"] = stat.as_dict()
    firesld = row.get("firesld", {}).get("median_s")
    if firesld and stat.median:
        row["ratio_over_oxigraph"] = round(firesld / stat.median, 2)


def _scale_violations(
    args: argparse.Namespace, bad: Path, flags: list[str], name: str
) -> dict[str, Any]:
    """Build the copy with seeded violations once; check every one was reported."""
    seeded = json.loads((bad / "seeded_violations.json").read_text(encoding="utf-8"))
    log(f"scale {name}: firesld build with {len(seeded)} seeded violations")
    reset_build(bad)
    run = measure(
        [tool("firesld"), "build", "--root", str(bad), *flags],
        timeout=args.timeout,
        env=synthetic_env(),
    )
    found = reported_problems(run.stderr)
    missed = [s for s in seeded if not is_reported(s, found)]
    errors = sum(
        1
        for line in run.stderr.splitlines()
        if (m := _PROBLEM.search(line)) and m.group(1) == "error"
    )
    return {
        "seeded": len(seeded),
        "reported": len(seeded) - len(missed),
        "missed": missed[:20],
        "errors_reported": errors,
        "exit": run.returncode,
        "timed_out": run.timed_out,
        "seconds": round(run.seconds, 3),
        "max_rss_mb": round(run.max_rss_mb, 1),
        "kinds": sorted({s["kind"] for s in seeded}),
    }


def _scale_stock(
    args: argparse.Namespace, clean: Path, work: Path, shapes: Path, name: str
) -> tuple[dict[str, Any], bool]:
    """Run merge + linkml-convert + pyshacl while the runs fit in the budget.

    :returns: the figures, and whether the chain finished
    """
    chain = StockChain()
    budget = args.stock_budget
    spent = 0.0
    finished = True
    for k in range(args.runs):
        log(f"scale {name}: stock linkml-convert + pyshacl run {k + 1}")
        finished = stock_chain(
            clean,
            work / f"stock-{name}",
            chain,
            steps=("merge", "convert-ttl", "pyshacl"),
            shapes=shapes,
            timeout=budget,
        )
        spent += chain.totals[-1]
        if not finished or spent + chain.totals[-1] > budget:
            break  # another run would not fit in the budget
    shutil.rmtree(work / f"stock-{name}", ignore_errors=True)
    completed = chain.totals if finished else chain.totals[:-1]
    median = statistics.median(completed) if completed else None
    out: dict[str, Any] = {
        "median_s": _round(median),
        "runs": len(completed),
        "peak_rss_mb": _round(max(chain.peaks, default=None), 1),
        "steps": {n: s.as_dict() for n, s in chain.steps.items()},
        "errors": chain.errors,
        "notes": chain.notes,
    }
    if not finished:
        out["note"] = "did not finish: " + "; ".join(chain.errors)
    return out, finished


def bench_scale(args: argparse.Namespace, work: Path, results: dict[str, Any]) -> list[str]:
    """Benchmark 3: load → validate → export of synthetic data of growing size.

    Beside it, the stock linkml-convert + pyshacl, at the sizes they finish within the budget.
    """
    flags, in_snapshot = build_flags()
    rows: list[dict[str, Any]] = []
    stock_stopped: str | None = None  # why bigger sizes are skipped
    prev_stock: tuple[int, float] | None = None  # (size, median s)
    firesld_stopped: str | None = None
    shapes = work / "stock-shapes.ttl"
    work.mkdir(parents=True, exist_ok=True)
    if not args.no_stock:
        gen = measure(
            [tool("gen-shacl"), str(REPO / "schema" / "firesld.yaml")], stdout_file=shapes
        )
        if not gen.ok:
            raise SystemExit(f"bench: gen-shacl failed: {tail(gen.stderr)}")
    for triples in args.sizes:
        name = size_name(triples)
        row: dict[str, Any] = {"size": name, "target_triples": triples}
        rows.append(row)
        clean, bad = work / name, work / f"{name}-violations"
        log(f"scale {name}: writing synthetic data")
        gen_run = synthesize(clean, triples, violations=0.0, in_snapshot=in_snapshot)
        meta = json.loads((clean / "synth.json").read_text(encoding="utf-8"))
        row.update(
            claims=meta["claims"],
            records=meta["records"],
            estimated_triples=meta["estimated_triples"],
            synth_s=round(gen_run.seconds, 3),
            data_mb=round(sum(p.stat().st_size for p in yaml_files(clean)) / 1e6, 1),
        )
        if firesld_stopped is None:
            stat = _scale_firesld(args, clean, flags, name, row)
            if stat.ok_runs:
                _scale_floor(args, clean, name, row)
                synthesize(bad, triples, violations=args.violation_rate, in_snapshot=in_snapshot)
                row["violations"] = _scale_violations(args, bad, flags, name)
                if not args.keep:
                    shutil.rmtree(bad, ignore_errors=True)
            else:
                firesld_stopped = name
        else:
            row["firesld"] = {"note": f"skipped: {firesld_stopped} did not finish"}
        if args.no_stock:
            row["stock"] = {"note": "not run (--no-stock)"}
        elif stock_stopped is not None:
            row["stock"] = {"note": f"skipped: {stock_stopped}"}
        elif prev_stock and prev_stock[1] * triples / prev_stock[0] > 2 * args.stock_budget:
            predicted = prev_stock[1] * triples / prev_stock[0]
            stock_stopped = (
                f"{size_name(prev_stock[0])} took {prev_stock[1]:.0f} s, so {name} needs "
                f"≥ ~{predicted:.0f} s (linear) > 2 × {args.stock_budget:.0f} s budget"
            )
            row["stock"] = {"note": f"skipped: {stock_stopped}"}
        else:
            row["stock"], finished = _scale_stock(args, clean, work, shapes, name)
            median = row["stock"]["median_s"]
            if median and row.get("triples"):
                row["stock"]["triples_per_s"] = round(row["triples"] / median)
            if median:
                prev_stock = (triples, median)
            if not finished:
                stock_stopped = f"{name} did not finish in {args.stock_budget:.0f} s"
    results["scale"] = {"build_flags": flags, "in_snapshot": in_snapshot, "sizes": rows}
    return _scale_table(rows, flags, results)


def _scale_table(
    rows: list[dict[str, Any]], flags: list[str], results: dict[str, Any]
) -> list[str]:
    """Return the Markdown of the scale section (and the 100k → 1m growth)."""
    lines = [
        "### 3. Scale: load → validate → export of synthetic data "
        f"(`firesld build {' '.join(flags)}`)",
        "",
        "| size | triples | claims | firesld | triples/s | peak RSS | seeded violations "
        "reported | stock convert + pyshacl | triples/s | peak RSS |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    notes: list[str] = []
    for row in rows:
        f = row.get("firesld", {})
        v = row.get("violations")
        s = row.get("stock", {})
        seeded_text = f"{v['reported']}/{v['seeded']} ({v['errors_reported']} errors)" if v else "—"
        stock_text = fmt_s(s.get("median_s")) if s.get("median_s") else (s.get("note") or "—")
        if s.get("median_s") and s.get("runs"):
            stock_text += f" ({s['runs']} run{'s' if s['runs'] > 1 else ''})"
        notes += [f"{row['size']}: {n}" for n in s.get("notes", [])]
        lines.append(
            f"| {row['size']} | {row.get('triples') or row.get('estimated_triples')} | "
            f"{row.get('claims')} | {fmt_s(f.get('median_s'))} {f.get('note') or ''} | "
            f"{row.get('firesld_triples_per_s', '—')} | {fmt_mb(f.get('peak_rss_mb'))} | "
            f"{seeded_text} | {stock_text} | {s.get('triples_per_s', '—')} | "
            f"{fmt_mb(s.get('peak_rss_mb'))} |"
        )
    by_size = {r["target_triples"]: r for r in rows}
    small = by_size.get(100_000, {}).get("firesld", {}).get("median_s")
    big = by_size.get(1_000_000, {}).get("firesld", {}).get("median_s")
    if small and big:
        growth = big / small
        results["scale"]["growth_100k_to_1m"] = round(growth, 3)
        lines += ["", f"100k → 1m: time × {growth:.2f} (target ≤ {TARGETS['scale_100k_to_1m']}×)"]
    for row in rows:
        floor = row.get("oxigraph_floor", {}).get("median_s")
        if floor and row.get("ratio_over_oxigraph"):
            lines += [
                "",
                f"{row['size']}: pyoxigraph parse + write of the same N-Triples {fmt_s(floor)}; "
                f"firesld / pyoxigraph = {row['ratio_over_oxigraph']}×"
                + (
                    f" (target at 100k ≤ {TARGETS['scale_100k_over_oxigraph']}×)"
                    if row["target_triples"] == 100_000
                    else ""
                ),
            ]
    if notes:
        lines += ["", "Stock: " + "; ".join(notes)]
    return lines


# ---------------------------------------------------------------------------- 4. load


class OxigraphServer:
    """A local `oxigraph serve` started (and stopped, by its PID) by the benchmark."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = location.parent / "oxigraph-serve.log"

    def __enter__(self) -> OxigraphServer:
        self.location.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as log_file:
            self.proc = subprocess.Popen(
                [
                    tool("oxigraph"),
                    "serve",
                    "--location",
                    str(self.location),
                    "--bind",
                    f"127.0.0.1:{self.port}",
                ],
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"bench: oxigraph serve exited: {self.log.read_text()[-400:]}")
            try:
                sparql_count(self.base, GRAPH)
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        self.stop()
        raise SystemExit("bench: oxigraph serve did not answer within 60 s")

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop the server by its PID (SIGTERM, then SIGKILL after 10 s)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def load_command(root: Path, store: str, *, replace: bool = False) -> tuple[list[str], str]:
    """Return the command that runs `firesld load` of the release under ``root``.

    `firesld load` uploads the installed package's release; when it has no ``--root`` option
    the same code (:func:`firesld.store.load_release`) is called with the checkout's layout.
    With ``replace`` the graph already holds the release and is replaced (staged and swapped).
    """
    if "--root" in help_text("load"):
        cmd = [tool("firesld"), "load", "--root", str(root), "--endpoint", store, "--graph", GRAPH]
        return cmd + (["--replace"] if replace else []), "firesld load --root"
    code = (
        "import sys; from pathlib import Path; "
        "from firesld.constants import Layout; "
        "from firesld.store import Endpoints, load_release; "
        "r = load_release(Endpoints.from_store_url(sys.argv[2]), layout=Layout(Path(sys.argv[1])), "
        "graph=sys.argv[3], replace=sys.argv[4] == 'replace'); "
        "print(r.triples, 'triples loaded', getattr(r, 'upload', 'staged'))"
    )
    return [sys.executable, "-c", code, str(root), store, GRAPH, "replace" if replace else "-"], (
        "firesld.store.load_release (the code of `firesld load`, which has no --root yet)"
    )


def post_command(nt: Path, store: str) -> list[str]:
    """Return a plain Graph Store Protocol POST of the N-Triples file (curl, else urllib)."""
    url = f"{store}?{urllib.parse.urlencode({'graph': GRAPH})}"
    curl = shutil.which("curl")
    if curl:
        return [
            curl,
            "-sS",
            "-f",
            "-X",
            "POST",
            "-H",
            "Content-Type: application/n-triples",
            "--data-binary",
            f"@{nt}",
            url,
        ]
    code = (
        "import sys, urllib.request; "
        "data = open(sys.argv[1], 'rb').read(); "
        "req = urllib.request.Request(sys.argv[2], data=data, "
        "headers={'Content-Type': 'application/n-triples'}); "
        "urllib.request.urlopen(req).read()"
    )
    return [sys.executable, "-c", code, str(nt), url]


def ensure_release(args: argparse.Namespace, root: Path) -> None:
    """Make sure a synthetic release of the load size is built under ``root``."""
    if (root / "exports" / "firesld.nt").is_file():
        return
    flags, in_snapshot = build_flags()
    log(f"load: building the {size_name(args.load_size)} release (not timed)")
    synthesize(root, args.load_size, violations=0.0, in_snapshot=in_snapshot)
    run = measure(
        [tool("firesld"), "build", "--root", str(root), *flags],
        timeout=args.timeout,
        env=synthetic_env(),
    )
    if not run.ok:
        raise SystemExit(
            f"bench: could not build the release for the load benchmark: {tail(run.stderr)}"
        )


def bench_load(args: argparse.Namespace, work: Path, results: dict[str, Any]) -> list[str]:
    """Benchmark 4: `firesld load` vs a plain POST into a local Oxigraph, and `oxigraph load`."""
    name = size_name(args.load_size)
    root = work.parent / "scale" / name
    ensure_release(args, root)
    nt = root / "exports" / "firesld.nt"
    with nt.open("rb") as handle:
        expected = sum(1 for _ in handle)
    stats = {
        "firesld": Stat("firesld load into the empty graph (counted; one POST on Oxigraph)"),
        "post": Stat("plain HTTP POST of firesld.nt (GSP)"),
        "replace": Stat("firesld load --replace of the loaded graph (staged, counted, swapped)"),
        "offline": Stat("oxigraph load, offline (floor)"),
    }
    how = load_command(root, "")[1]
    stats["firesld"].note = how
    stats["post"].note = "curl" if shutil.which("curl") else "urllib"
    work.mkdir(parents=True, exist_ok=True)
    stats["replace"].note = how
    counts: dict[str, list[int]] = {"firesld": [], "post": [], "replace": []}
    with OxigraphServer(work / "store") as server:
        store = f"{server.base}/store"
        commands = {
            "firesld": load_command(root, store)[0],
            "post": post_command(nt, store),
            "replace": load_command(root, store, replace=True)[0],
        }
        runs = runs_for(args, name)
        for k in range(runs):
            order = ("firesld", "post") if k % 2 == 0 else ("post", "firesld")
            for which in (*order, "replace"):  # --replace replaces what the last one loaded
                if which != "replace":
                    sparql_update(server.base, f"DROP SILENT GRAPH <{GRAPH}>")
                log(f"load {name}: run {k + 1}/{runs}: {which}")
                run = measure(commands[which], timeout=args.timeout)
                stats[which].runs.append(run)
                if not run.ok:
                    stats[which].note += f"; exit {run.returncode}: {tail(run.stderr)}"
                counts[which].append(sparql_count(server.base, GRAPH))
        sparql_update(server.base, f"DROP SILENT GRAPH <{GRAPH}>")
    for k in range(runs_for(args, name)):
        location = work / f"offline-{k + 1}"
        shutil.rmtree(location, ignore_errors=True)
        log(f"load {name}: run {k + 1}/{runs_for(args, name)}: oxigraph load")
        run = measure(
            [
                tool("oxigraph"),
                "load",
                "--location",
                str(location),
                "--file",
                str(nt),
                "--graph",
                GRAPH,
            ],
            timeout=args.timeout,
        )
        stats["offline"].runs.append(run)
        if not run.ok:
            stats["offline"].note = f"exit {run.returncode}: {tail(run.stderr)}"
        shutil.rmtree(location, ignore_errors=True)
    shutil.rmtree(work / "store", ignore_errors=True)
    for which, seen in counts.items():
        if any(c != expected for c in seen):
            stats[which].note += f"; counts on the server {sorted(set(seen))} ≠ {expected}"
    f, p = stats["firesld"].median, stats["post"].median
    ratio = f / p if f and p else None
    results["load"] = {
        "size": name,
        "triples": expected,
        **{key: stat.as_dict() for key, stat in stats.items()},
        "ratio_firesld_over_post": _round(ratio),
        "ratio_replace_over_post": _round(
            stats["replace"].median / p if stats["replace"].median and p else None
        ),
    }
    lines = [
        f"### 4. Load the {name} release ({expected} triples) into a local Oxigraph",
        "",
        "| what | median | min – max | peak RSS (client) | runs | note |",
        "|---|---|---|---|---|---|",
    ]
    lines += [_row(stat) for stat in stats.values()]
    lines.append(
        f"| **ratio firesld load / POST** | **{_ratio(ratio)}** | | | | target ≤ "
        f"{TARGETS['load_ratio']}× |"
    )
    return lines


# ---------------------------------------------------------------------------- targets, machine


def targets(results: dict[str, Any]) -> list[str]:
    """Return the table of the issue's targets, met or not."""
    rows: list[tuple[str, str, bool | None]] = []

    def add(what: str, value: float | None, limit: float, unit: str) -> None:
        shown = "—" if value is None else (f"{value:.2f}{unit}")
        rows.append((f"{what} ≤ {limit}{unit}", shown, None if value is None else value <= limit))

    build = results.get("build", {})
    add("build / stock chain", build.get("ratio_firesld_over_stock"), TARGETS["build_ratio"], "×")
    add(
        "second build",
        build.get("second_build", {}).get("median_s"),
        TARGETS["second_build_s"],
        " s",
    )
    start = results.get("start", {})
    add("firesld --help", start.get("help", {}).get("median_s"), TARGETS["help_s"], " s")
    add("firesld query (cold)", start.get("query", {}).get("median_s"), TARGETS["query_s"], " s")
    sizes = {r["target_triples"]: r for r in results.get("scale", {}).get("sizes", [])}
    add(
        "100k load+validate+export / pyoxigraph parse+write",
        sizes.get(100_000, {}).get("ratio_over_oxigraph"),
        TARGETS["scale_100k_over_oxigraph"],
        "×",
    )
    big = sizes.get(1_000_000, {}).get("firesld", {})
    add("1m triples load+validate+export", big.get("median_s"), TARGETS["scale_1m_s"], " s")
    add("1m triples peak memory", big.get("peak_rss_mb"), TARGETS["scale_1m_mb"], " MB")
    add(
        "100k → 1m time",
        results.get("scale", {}).get("growth_100k_to_1m"),
        TARGETS["scale_100k_to_1m"],
        "×",
    )
    add(
        "firesld load / plain POST",
        results.get("load", {}).get("ratio_firesld_over_post"),
        TARGETS["load_ratio"],
        "×",
    )
    results["targets"] = [
        {"target": what, "measured": shown, "met": met} for what, shown, met in rows
    ]
    lines = [
        "### Targets of issues #10 and #17",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    for what, shown, met in rows:
        mark = "not measured" if met is None else ("yes" if met else "**no**")
        lines.append(f"| {what} | {shown} | {mark} |")
    return lines


def machine() -> dict[str, Any]:
    """Describe the machine and the software measured."""
    from importlib import metadata

    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    versions = {}
    for dist in (
        "firesld",
        "linkml",
        "linkml-runtime",
        "pyshacl",
        "pyshacl-turbo",
        "rdflib",
        "pyoxigraph",
        "oxigraph",
        "owlready2",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    ox = subprocess.run(
        [tool("oxigraph"), "--version"], capture_output=True, text=True, check=False
    )
    git = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
        capture_output=True,
        text=True,
        check=False,
    )
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "host": platform.node(),
        "platform": platform.platform(),
        "cores": os.cpu_count(),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "versions": versions,
        "oxigraph_cli": ox.stdout.strip(),
        "git_commit": git.stdout.strip(),
        "src_modified": bool(dirty.stdout.strip()),
        "load_average_start": os.getloadavg(),
        "environment": {
            k: os.environ[k]
            for k in ("PYTHONDONTWRITEBYTECODE", "PYTHONOPTIMIZE", "JAVA_HOME")
            if k in os.environ
        },
    }


# ---------------------------------------------------------------------------- main


SECTIONS: dict[str, Callable[[argparse.Namespace, Path, dict[str, Any]], list[str]]] = {
    "build": bench_build,
    "start": bench_start,
    "scale": bench_scale,
    "load": bench_load,
}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--merge-yaml"]:  # the stock chain's merge step, run as a subprocess
        merge_yaml(Path(argv[1]), [Path(p) for p in argv[2:]])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement (default 5)")
    parser.add_argument(
        "--large-runs",
        type=int,
        default=None,
        help="runs at sizes of 1m triples and more, scale and load (default: --runs)",
    )
    parser.add_argument(
        "--sizes", default=None, help="scale sizes in triples (default 10k,100k,1m)"
    )
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help="sections: build,start,scale,load (all)"
    )
    parser.add_argument("--quick", action="store_true", help="smoke test: 1 run, the 10k size only")
    parser.add_argument("--query", default=DEFAULT_QUERY, help="the example query of `start`")
    parser.add_argument(
        "--load-size", default=None, help="release size of `load` (default: the largest size)"
    )
    parser.add_argument(
        "--violations",
        dest="violation_rate",
        type=float,
        default=0.01,
        help="share of claims with a seeded violation in the scale check (default 0.01)",
    )
    parser.add_argument(
        "--timeout", type=float, default=3600, help="seconds a firesld command may take"
    )
    parser.add_argument(
        "--stock-timeout", type=float, default=1800, help="seconds the stock chain may take (build)"
    )
    parser.add_argument(
        "--stock-budget",
        type=float,
        default=600,
        help="seconds the stock tools get per scale size; bigger sizes are skipped (default 600)",
    )
    parser.add_argument("--no-stock", action="store_true", help="skip the stock tools at scale")
    parser.add_argument("--keep", action="store_true", help="keep the scratch data afterwards")
    parser.add_argument(
        "--work", type=Path, default=BENCH / "work", help="scratch folder (default benchmarks/work)"
    )
    parser.add_argument("--output", type=Path, default=BENCH / "results.json", help="results file")
    args = parser.parse_args(argv)
    args.runs = args.runs or (1 if args.quick else 5)
    args.sizes = [
        parse_size(s) for s in (args.sizes or ("10k" if args.quick else "10k,100k,1m")).split(",")
    ]
    args.load_size = parse_size(args.load_size) if args.load_size else max(args.sizes)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in only if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    os.environ["BENCH_TMP"] = str(work)
    started = time.perf_counter()
    results: dict[str, Any] = {
        "machine": machine(),
        "options": {
            "runs": args.runs,
            "sizes": [size_name(s) for s in args.sizes],
            "only": only,
            "quick": args.quick,
            "query": args.query,
            "load_size": size_name(args.load_size),
            "violation_rate": args.violation_rate,
            "stock_budget_s": args.stock_budget,
        },
    }
    out_lines: list[str] = []
    for name in only:
        log(f"section {name}")
        t0 = time.perf_counter()
        out_lines += SECTIONS[name](args, work / name, results)
        out_lines.append("")
        results.setdefault("section_seconds", {})[name] = round(time.perf_counter() - t0, 1)
    m = results["machine"]
    m["load_average_end"] = os.getloadavg()
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    head = [
        f"## firesld benchmarks — {m['date']}",
        "",
        f"{m['cores']} cores, {m['ram_gb']} GB RAM, Python {m['python']}, firesld "
        f"{m['versions'].get('firesld', '?')} ({m['git_commit']}"
        f"{', src modified' if m['src_modified'] else ''}); medians of {args.runs} run(s); "
        f"load average {m['load_average_start'][0]:.1f} → {m['load_average_end'][0]:.1f}; "
        f"{results['total_seconds']:.0f} s in all",
        "",
    ]
    table = "\n".join(head + out_lines + targets(results)) + "\n"
    results["table_markdown"] = table
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(table)  # noqa: T201 - the table is the output
    log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
