"""Bounds on what firesld reads, so that no input file can exhaust memory or time.

Every limit has a default a user can raise: the environment variable ``FIRESLD_<NAME>`` (for
example ``FIRESLD_MAX_DEPTH=500``) or the global option ``firesld --limit max-depth=500 …``,
which sets that variable. A file past a limit ends the command with :class:`LimitError`: one
line naming the file, the line when it is known, the limit's code, and how to raise it (exit
code 2: the tool refused the input, it did not judge it).

The checks run *before* the parsers build anything big: the YAML event stream is scanned
without building objects (aliases are counted and their expanded size summed, so a one-kilobyte
"billion laughs" is caught from its sizes alone), and JSON nesting is measured by a scan of
the bytes, so that no parser recurses past Python's stack.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from firesld.errors import FiresldError, LimitError

__all__ = [
    "LIMITS",
    "LimitError",
    "check_json_depth",
    "check_yaml_events",
    "file_size_ok",
    "get_limit",
    "literal_line",
    "short_repr",
]


@dataclass(frozen=True)
class Limit:
    """One bound: its name, default, code and what it counts."""

    name: str
    default: int
    code: str
    what: str

    @property
    def env(self) -> str:
        """The environment variable that overrides the default."""
        return "FIRESLD_" + self.name.upper().replace("-", "_")


#: Every limit, by name (the README's "Limits" section lists the same).
LIMITS: dict[str, Limit] = {
    limit.name: limit
    for limit in (
        Limit("max-file-bytes", 64 * 1024 * 1024, "FLD-LIMIT-FILE-SIZE", "bytes in one input file"),
        Limit("max-depth", 100, "FLD-LIMIT-DEPTH", "levels of nesting (YAML or JSON)"),
        Limit("max-aliases", 1000, "FLD-LIMIT-ALIASES", "YAML aliases (*name) in one file"),
        Limit(
            "max-alias-values",
            100_000,
            "FLD-LIMIT-EXPANDED-SIZE",
            "YAML values that aliases add to one file once expanded",
        ),
        Limit("max-literal-bytes", 1024 * 1024, "FLD-LIMIT-LITERAL", "bytes in one RDF literal"),
        Limit("max-problems", 1000, "FLD-LIMIT-PROBLEMS", "problems reported by one validation"),
    )
}

#: The longest a value is ever shown in a message.
SHOW_CHARS = 80


def get_limit(name: str) -> int:
    """Return the limit in force: ``FIRESLD_<NAME>`` when set to a positive integer, else the default.

    :param name: the limit's name (``max-depth`` …)
    :returns: the bound
    :raises FiresldError: when the variable is set to something else than a positive integer
    """
    spec = LIMITS[name]
    raw = os.environ.get(spec.env)
    if raw is None or not raw.strip():
        return spec.default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise FiresldError(f"{spec.env}={raw[:SHOW_CHARS]!r}: not a positive integer")
    return value


def short_repr(value: Any, limit: int = SHOW_CHARS) -> str:
    """Return ``repr(value)`` cut to ``limit`` characters, without building the whole of it.

    A list or mapping is summarised from its first items only, so a value made of aliases that
    expands to billions of items costs no more than a short one.

    :param value: any value from an input file
    :param limit: the most characters returned
    :returns: the repr, ending with ``…`` when it was cut
    """
    text = _bounded_repr(value, limit + 1, 0)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bounded_repr(value: Any, budget: int, depth: int) -> str:
    """Build a repr of at most about ``budget`` characters."""
    if depth > 3:
        return "…"
    if isinstance(value, list | tuple):
        parts: list[str] = []
        used = 2
        for item in value[:8]:
            part = _bounded_repr(item, budget - used, depth + 1)
            parts.append(part)
            used += len(part) + 2
            if used >= budget:
                break
        more = ", …" if len(value) > len(parts) else ""
        return "[" + ", ".join(parts) + more + "]"
    if isinstance(value, dict):
        parts = []
        used = 2
        for i, (key, item) in enumerate(value.items()):
            if i >= 8:
                break
            part = (
                f"{_bounded_repr(key, budget, depth + 1)}: "
                f"{_bounded_repr(item, budget - used, depth + 1)}"
            )
            parts.append(part)
            used += len(part) + 2
            if used >= budget:
                break
        more = ", …" if len(value) > len(parts) else ""
        return "{" + ", ".join(parts) + more + "}"
    if isinstance(value, str) and len(value) > budget:
        return repr(value[:budget])
    if isinstance(value, bytes) and len(value) > budget:
        return repr(value[:budget])
    return repr(value)


def file_size_ok(size: int, where: str) -> None:
    """Refuse a file larger than ``max-file-bytes``.

    :param size: the file's size in bytes
    :param where: the file as it should appear in messages
    :raises LimitError: when it is too large
    """
    if size > get_limit("max-file-bytes"):
        raise LimitError("max-file-bytes", where, None, f"the file has {size} bytes")


def check_yaml_events(text: str, where: str, loader: Any) -> None:
    """Scan a YAML text's events, refusing deep nesting, many aliases, or a large expansion.

    No Python object is built: each anchor's expanded size is computed when its node ends, and
    an alias adds that size, so ``hedge_cue: *a9`` over nine nested anchors of ten aliases each is
    refused from its sizes (10⁹ values) in microseconds. Only what aliases add counts against
    ``max-alias-values``: a large file without aliases is bounded by ``max-file-bytes`` alone. An
    alias to a node that is still open (a recursive structure) is refused the same way.

    :param text: the YAML text
    :param where: the file as it should appear in messages
    :param loader: the PyYAML loader class whose parser to use
    :raises LimitError: past ``max-depth``, ``max-aliases`` or ``max-alias-values``
    :raises yaml.YAMLError: when the text is not YAML (the caller reports it)
    """
    import yaml

    max_depth = get_limit("max-depth")
    max_aliases = get_limit("max-aliases")
    max_added = get_limit("max-alias-values")
    stack: list[list[Any]] = []  # [anchor, expanded size so far]
    sizes: dict[str, int] = {}
    added = 0  # the values aliases add once expanded
    aliases = 0
    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        size = 0
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            stack.append([event.anchor, 1])
            if len(stack) > max_depth:
                raise LimitError("max-depth", where, line, "nested deeper than the limit")
            continue
        if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            anchor, size = stack.pop()
            if anchor is not None:
                sizes[anchor] = size
            if stack:
                stack[-1][1] += size
            continue
        if isinstance(event, yaml.ScalarEvent):
            size = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > max_aliases:
                raise LimitError("max-aliases", where, line, "too many aliases")
            if event.anchor not in sizes and not any(a == event.anchor for a, _ in stack):
                continue  # an undefined alias: PyYAML's composer reports it
            if event.anchor not in sizes:  # an alias of a node still open: a recursive value
                raise LimitError(
                    "max-alias-values",
                    where,
                    line,
                    f"alias *{short_repr(event.anchor, 40)} makes a recursive value",
                )
            size = sizes[event.anchor]
            added += size
        else:
            continue
        if stack:
            stack[-1][1] += size
        if added > max_added:
            raise LimitError(
                "max-alias-values",
                where,
                line,
                "its aliases expand past the limit (an alias bomb?)",
            )


_JSON_TOKENS = re.compile(rb'[\[\]{}"\\\n]')


def check_json_depth(raw: bytes, where: str) -> None:
    """Refuse JSON nested deeper than ``max-depth``, from the bytes (no parser recursion).

    :param raw: the JSON text
    :param where: the file as it should appear in messages
    :raises LimitError: past ``max-depth``
    """
    max_depth = get_limit("max-depth")
    depth = 0
    line = 1
    in_string = False
    skip = -1  # the position of a character escaped by a backslash
    for match in _JSON_TOKENS.finditer(raw):
        char = match.group()
        if char == b"\n":
            line += 1
            continue
        if match.start() == skip:
            continue
        if in_string:
            if char == b"\\":
                skip = match.end()
            elif char == b'"':
                in_string = False
        elif char == b'"':
            in_string = True
        elif char in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                raise LimitError("max-depth", where, line, "nested deeper than the limit")
        elif char in (b"]", b"}"):
            depth -= 1


def literal_line(raw: bytes, length: int) -> int | None:
    """Find the line where a run of at least ``length`` bytes without a quote begins.

    Used to place a literal the parser could not hold, or one past ``max-literal-bytes``.

    :param raw: the RDF text
    :param length: the length of the run
    :returns: the 1-based line, or None when there is no such run
    """
    previous = 0
    for match in re.finditer(rb"[\"']", raw):
        if match.start() - previous >= length:
            return raw.count(b"\n", 0, previous) + 1
        previous = match.end()
    if len(raw) - previous >= length:
        return raw.count(b"\n", 0, previous) + 1
    return None
