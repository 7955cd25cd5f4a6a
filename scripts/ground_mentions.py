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
from firesld.mentions import MENTION_SLOTS, entity_names, ground  # noqa: E402
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


def plan(claims: list[Record], names: dict[str, list[str]]) -> tuple[list[tuple], list[str]]:
    """Work out the lines to insert and the claims that cannot be grounded.

    :returns: (file, line after which to insert, indent, slot, mention) tuples, and messages
    """
    inserts: list[tuple] = []
    leftovers: list[str] = []
    for claim in claims:
        quote = claim.values.get("supporting_text_zh")
        quote = quote[0] if isinstance(quote, list) and quote else quote
        for end, (slot, reason) in MENTION_SLOTS.items():
            entity = claim.values.get(end)
            done = claim.values.get(slot) or claim.values.get(reason)
            if not isinstance(entity, str) or done or not isinstance(quote, str):
                continue
            found = ground(quote, names.get(entity, []))
            if found is None:
                shown = ", ".join(sorted(set(names.get(entity, [])))) or "no entity record"
                leftovers.append(
                    f"{claim.file}:{claim.line_of(end)}: {claim.id} {slot}: no name of {entity} "
                    f"({shown}) is in the quote {quote!r}"
                )
                continue
            inserts.append((claim.file, claim.line_of(end), slot, found))
    return inserts, leftovers


def apply(inserts: list[tuple]) -> list[str]:
    """Insert the mention lines into their files, keeping every other byte; return files changed."""
    by_file: dict[str, list[tuple]] = {}
    for item in inserts:
        by_file.setdefault(item[0], []).append(item)
    changed = []
    for name, items in sorted(by_file.items()):
        path = Path(name)
        lines = path.read_bytes().decode("utf-8").splitlines(keepends=True)
        for _, line, slot, mention in sorted(items, key=lambda i: i[1], reverse=True):
            key_line = lines[line - 1]
            indent = key_line[: len(key_line) - len(key_line.lstrip(" -"))]
            indent = " " * len(indent)
            newline = "\r\n" if key_line.endswith("\r\n") else "\n"
            lines.insert(line, f"{indent}{slot}: {yaml_scalar(mention)}{newline}")
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
    inserts, leftovers = plan(claims, entity_names(records))
    if args.check:
        for file, line, slot, mention in inserts:
            print(f"{file}:{line}: would add {slot}: {mention}")
    else:
        for name in apply(inserts):
            print(f"wrote {name}")
        print(f"{len(inserts)} mention(s) added")
    for message in leftovers:
        print(message)
    if leftovers:
        print(f"{len(leftovers)} mention(s) could not be grounded (see the script's docstring)")
    return 1 if leftovers or (args.check and inserts) else 0


if __name__ == "__main__":
    sys.exit(main())
