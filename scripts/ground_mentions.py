#!/usr/bin/env python3
"""Fill in the mentions of the claims: where each claim's quote names its subject and its object.

A curator's script, not part of the package. For every claim of ``data/claims/*.yaml`` (or of the
files given) that has a ``subject`` but no ``subject_mention``, or an ``object`` but no
``object_mention``, it looks for the entity's names (label, label_zh, synonyms, synonyms_zh,
hidden_labels, symbol) in the claim's Chinese quote, and writes the longest one found as the quote
spells it, on a new line just below ``subject:`` / ``object:``. Nothing else in the file changes,
byte for byte; a mention already written is never touched. Running it again changes nothing.

It lists the claims it could not ground (no name of the entity is in the quote) and exits 1 when
there are any. Resolve each by hand:

* the review names the entity with words that are one of its names but are missing from the
  entity record (an abbreviation, another Chinese term): add them to ``synonyms`` /
  ``synonyms_zh`` of the entity, and rerun;
* the quote names it with a pronoun (其, 该基因), a class word or a description: write
  ``subject_mention`` (or ``object_mention``) with those words and ``subject_mention_reason`` (or
  ``object_mention_reason``) saying why they name the entity (an alias);
* the quote does not name it, and rightly so (a Table 1 cell, whose drug is the column heading; a
  subject the sentence leaves implicit): write only ``subject_mention_reason`` saying so;
* otherwise the claim's subject or object is probably wrong: fix the claim.

Then run ``scripts/anchor_review.py`` to anchor the quotes and mentions in the review's text.

Usage::

    python scripts/ground_mentions.py              # the package's claims
    python scripts/ground_mentions.py --check      # change nothing; exit 1 if a mention is missing
    python scripts/ground_mentions.py --refresh    # also redo mentions a changed subject/object
                                                   # or quote left stale (never those with a reason)
    python scripts/ground_mentions.py my-claims.yaml --data data   # names from the package too
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from firesld.constants import Layout  # noqa: E402
from firesld.data import Record, read_records  # noqa: E402
from firesld.mentions import MENTION_SLOTS, entity_names, ground, is_name, locate  # noqa: E402
from firesld.model import load_model  # noqa: E402


def yaml_scalar(text: str) -> str:
    """Write a string as a YAML scalar: plain when YAML reads it back as the same string."""
    if text == text.strip() and "\n" not in text:
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text}:
                return text
        except yaml.YAMLError:
            pass
    return "'" + text.replace("'", "''") + "'"


def plan(
    claims: list[Record], names: dict[str, list[str]], *, refresh: bool = False
) -> tuple[list[tuple[str, int, str, str, str]], list[str]]:
    """Work out the edits and the claims that cannot be grounded.

    :param claims: the claims
    :param names: each entity's names
    :param refresh: also redo a mention without a reason that is no longer in the quote or no
        longer a name of its entity (its subject or object was changed), or whose end is gone
    :returns: (file, line, operation, slot, mention) edits, where the operation is ``insert``
        (below the line), ``replace`` or ``delete`` (the line), and messages
    """
    edits: list[tuple[str, int, str, str, str]] = []
    leftovers: list[str] = []
    for claim in claims:
        quote = claim.values.get("supporting_text_zh")
        quote = quote[0] if isinstance(quote, list) and quote else quote
        if not isinstance(quote, str):
            continue
        for end, (slot, reason) in MENTION_SLOTS.items():
            entity = claim.values.get(end)
            mention = claim.values.get(slot)
            if claim.values.get(reason):
                continue
            if mention:
                if not refresh or not isinstance(mention, str):
                    continue
                valid = isinstance(entity, str) and locate(quote, mention) is not None
                if valid and is_name(mention, names.get(str(entity), [])):
                    continue
                line = claim.line_of(slot)
                if not isinstance(entity, str):
                    edits.append((claim.file, line, "delete", slot, mention))
                    continue
            elif not isinstance(entity, str):
                continue
            found = ground(quote, names.get(entity, []))
            if found is None:
                if mention:
                    edits.append((claim.file, claim.line_of(slot), "delete", slot, mention))
                shown = ", ".join(sorted(set(names.get(entity, [])))) or "no entity record"
                leftovers.append(
                    f"{claim.file}:{claim.line_of(end)}: {claim.id} {slot}: no name of {entity} "
                    f"({shown}) is in the quote {quote!r}"
                )
            elif mention:
                edits.append((claim.file, claim.line_of(slot), "replace", slot, found))
            else:
                edits.append((claim.file, claim.line_of(end), "insert", slot, found))
    return edits, leftovers


def _one_line(lines: list[str], line: int, slot: str) -> bool:
    """Tell whether ``slot: value`` is all on the given line (1-based), so it can be replaced."""
    key_line = lines[line - 1]
    try:
        value = yaml.safe_load(key_line.strip())
    except yaml.YAMLError:
        return False
    after = lines[line] if line < len(lines) else ""
    indent = len(key_line) - len(key_line.lstrip(" "))
    continued = bool(after.strip()) and len(after) - len(after.lstrip(" ")) > indent
    return isinstance(value, dict) and list(value) == [slot] and not continued


def apply(edits: list[tuple[str, int, str, str, str]]) -> list[str]:
    """Make the edits in their files, keeping every other byte; return the files changed."""
    by_file: dict[str, list[tuple[str, int, str, str, str]]] = {}
    for item in edits:
        by_file.setdefault(item[0], []).append(item)
    changed = []
    for name, items in sorted(by_file.items()):
        path = Path(name)
        lines = path.read_bytes().decode("utf-8").splitlines(keepends=True)
        for _, line, operation, slot, mention in sorted(items, key=lambda i: i[1], reverse=True):
            key_line = lines[line - 1]
            indent = " " * (len(key_line) - len(key_line.lstrip(" -")))
            newline = "\r\n" if key_line.endswith("\r\n") else "\n"
            text = f"{indent}{slot}: {yaml_scalar(mention)}{newline}"
            if operation == "insert":
                lines.insert(line, text)
                continue
            if not _one_line(lines, line, slot):
                raise SystemExit(f"{name}:{line}: {slot} is not a one-line value; edit it by hand")
            if operation == "replace":
                lines[line - 1] = text
            else:
                del lines[line - 1]
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes("".join(lines).encode("utf-8"))
        tmp.replace(path)
        changed.append(name)
    return changed


def main(argv: list[str] | None = None) -> int:
    """Run the script."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="claim files (default: data/claims)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the entity records")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if needed")
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="also redo mentions (without a reason) that no longer name their entity in the quote",
    )
    args = parser.parse_args(argv)
    model = load_model(Layout(ROOT))
    entity_files = sorted(args.data.rglob("*.yaml"))
    files = sorted(args.files) or sorted((args.data / "claims").glob("*.yaml"))
    records, problems = read_records(sorted(set(entity_files) | set(files)), model)
    if problems:
        for p in problems:
            print(p.render(), file=sys.stderr)
        return 2
    chosen = {str(f) for f in files}
    claims = [r for r in records if r.class_name == "Claim" and r.file in chosen]
    edits, leftovers = plan(claims, entity_names(records), refresh=args.refresh)
    if args.check:
        for file, line, operation, slot, mention in edits:
            print(f"{file}:{line}: would {operation} {slot}: {mention}")
    else:
        for name in apply(edits):
            print(f"wrote {name}")
        print(f"{len(edits)} mention(s) added or redone")
    for message in leftovers:
        print(message)
    if leftovers:
        print(f"{len(leftovers)} mention(s) could not be grounded (see the script's docstring)")
    return 1 if leftovers or (args.check and edits) else 0


if __name__ == "__main__":
    sys.exit(main())
