"""Content-hash caching of the build: a step whose inputs and outputs are unchanged is skipped.

``firesld build`` has two cached steps. *generate* depends on the schema; *release* depends on
the schema, the curated data, the hand-written shapes, the import snapshot, the queries and the
generated artefacts. Each step records, in ``.firesld-cache/build.json`` under the checkout, the
SHA-256 of its inputs (file contents, the firesld code, the versions of the tools it runs and the
build options) and of every file it wrote. A step is skipped only when the digest of its inputs
is the recorded one *and* every output file still has its recorded digest, so an edited or
deleted output is rebuilt. ``firesld build --force`` ignores the cache.

This module imports nothing heavy: a build with nothing to do answers from here in a fraction
of a second.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "STAMP_PATH",
    "code_digest",
    "file_digests",
    "inputs_digest",
    "outputs_unchanged",
    "read_stamp",
    "write_stamp",
]

#: Where the stamp is kept, relative to the checkout (git-ignored).
STAMP_PATH = Path(".firesld-cache") / "build.json"

#: The distributions whose versions change what a build makes.
TOOLS = (
    "linkml",
    "rdflib",
    "pyoxigraph",
    "pyshacl-turbo",
    "pyshacl",
    "owlready2",
    "pyyaml",
    "ucumvert",
)


def _sha256(path: Path) -> str | None:
    """Return what a path is: a regular file's SHA-256, or its kind for anything else.

    A folder is ``dir``, a symlink ``link:<target>`` (not followed), a FIFO, socket or device
    ``special:<mode>`` (never opened: reading a FIFO would wait for ever), an unreadable file
    ``unreadable:<errno>``; None when the path does not exist.
    """
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as err:
        return f"unreadable:{err.errno}"
    if stat.S_ISLNK(info.st_mode):
        try:
            return f"link:{os.readlink(path)}"
        except OSError as err:
            return f"unreadable:{err.errno}"
    if stat.S_ISDIR(info.st_mode):
        return "dir"
    if not stat.S_ISREG(info.st_mode):
        return f"special:{stat.S_IFMT(info.st_mode):o}"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as err:
        return f"unreadable:{err.errno}"


def file_digests(
    root: Path, paths: Iterable[Path], contents: Mapping[str, bytes] | None = None
) -> dict[str, str | None]:
    """Return the SHA-256 of each file, keyed by its path relative to ``root``.

    :param root: the checkout
    :param paths: the files (missing ones get ``None``)
    :param contents: relative path to the bytes a file is about to have (used instead of disk)
    :returns: path → digest, sorted by path
    """
    out: dict[str, str | None] = {
        rel: hashlib.sha256(content).hexdigest() for rel, content in (contents or {}).items()
    }
    base = os.path.abspath(root)
    for path in paths:
        absolute = os.path.abspath(path)  # not resolve(): a symlink is keyed by its own name
        if absolute.startswith(base + os.sep):
            key = Path(os.path.relpath(absolute, base)).as_posix()
        else:
            key = path.as_posix()
        if key not in out:
            out[key] = _sha256(path)
    return dict(sorted(out.items()))


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Return one digest of the firesld code and of the tools' versions.

    The generated model under ``datamodel/`` is an output of the build, not code: it is left out.
    Computed once per process (both cached steps of a build use it).

    :returns: a SHA-256 hex digest
    """
    from importlib import metadata

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        if "datamodel" in path.relative_to(package).parts:
            continue
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for tool in TOOLS:
        try:
            version = metadata.version(tool)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{tool}={version}\n".encode())
    return digest.hexdigest()


def inputs_digest(
    root: Path, files: Iterable[Path], contents: Mapping[str, bytes] | None = None, **options: Any
) -> str:
    """Return the digest of a step's inputs: file contents, the code and the options.

    :param root: the checkout
    :param files: the input files
    :param contents: files about to be written, relative path to bytes (read instead of disk)
    :param options: build options that change the outputs (JSON-serialisable)
    :returns: a SHA-256 hex digest
    """
    document = {
        "files": file_digests(root, files, contents),
        "code": code_digest(),
        "options": options,
    }
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def read_stamp(root: Path) -> dict[str, Any]:
    """Read the stamp of the last build (empty when there is none or it is unreadable).

    :param root: the checkout
    :returns: step name → recorded inputs, outputs and extras
    """
    try:
        stamp = json.loads((root / STAMP_PATH).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


def outputs_unchanged(root: Path, step: Mapping[str, Any] | None, inputs: str) -> bool:
    """Tell whether a step can be skipped: same inputs, and every output as it was written.

    :param root: the checkout
    :param step: the step's entry of the stamp
    :param inputs: the digest of the step's current inputs
    :returns: True when nothing needs redoing
    """
    if not step or step.get("inputs") != inputs:
        return False
    recorded = step.get("outputs")
    if not isinstance(recorded, dict) or not recorded:
        return False
    return all(_sha256(root / rel) == digest for rel, digest in recorded.items())


def write_stamp(root: Path, name: str, inputs: str, outputs: Iterable[Path], **extra: Any) -> None:
    """Record a step's inputs and outputs (atomically: a crash leaves the old stamp or none).

    :param root: the checkout
    :param name: the step
    :param inputs: the digest of its inputs
    :param outputs: the files it is responsible for
    :param extra: anything else to remember (JSON-serialisable), such as counts
    """
    stamp = read_stamp(root)
    stamp[name] = {"inputs": inputs, "outputs": file_digests(root, outputs), **extra}
    path = root / STAMP_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.chmod(0o644)
    os.replace(tmp, path)
