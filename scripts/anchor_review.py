#!/usr/bin/env python3
"""Anchor the claims' quotes and mentions in the review's text: write data/review_anchors.json.

A curator's script, not part of the package: it needs the review's plain text, which firesld does
not ship. For each claim of ``data/claims/*.yaml`` it finds where the Chinese quote
(``supporting_text_zh``) and the mentions (``subject_mention``, ``object_mention``) are in the
text, and writes their start and end (Unicode code points, from 0, end exclusive), the exact text
there and up to 32 characters before and after it, with the text's SHA-256. ``firesld build``
publishes them as W3C Web Annotation selectors; ``firesld validate`` checks them (and, when
``FIRESLD_REVIEW_TEXT`` is set, that each one selects its exact text).

**Normalisation.** The text is a PDF extraction with line breaks and spaces inside sentences, which
the curated quotes leave out. A quote is found by comparing both in normal form (NFKC, case folded,
dashes unified, whitespace deleted; ``firesld.mentions.normal_form``); its anchor runs from the
text's character where the first normal character came from to the one where the last came from,
so ``exact`` is the review's own text, line breaks included. A mention is located inside its quote
(the first whole-word match), then mapped through the quote's anchor.

**Which occurrence.** A quote is looked for in its section (between the section's heading and the
next one); a Table 1 cell in its row (``table_row``), in the column of its drug (the order of the
drugs' Chinese names in the table's heading row). A quote found twice in its section is anchored at
the first place, and listed.

Rerun it whenever a claim's quote or mentions change (``firesld validate`` says so:
FLD-MENTION-ANCHOR-MISSING / -STALE). Running it again on the same data writes the same bytes.

Usage::

    python scripts/anchor_review.py [REVIEW_TEXT]     # default: $FIRESLD_REVIEW_TEXT, else
                                                      # ../shared/seeds/000_e7c2b0b57a158e42.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from firesld.constants import SOURCE_SHA256, Layout  # noqa: E402
from firesld.data import Record, read_records  # noqa: E402
from firesld.mentions import (  # noqa: E402
    ANCHORS_FILE,
    CONTEXT_CHARS,
    MENTION_SLOTS,
    locate,
    normal_chars,
    normal_form,
)
from firesld.model import load_model  # noqa: E402

DEFAULT_TEXT = ROOT.parent / "shared" / "seeds" / "000_e7c2b0b57a158e42.txt"

#: Each section of the review and the words that open it, in the order of the text.
SECTIONS = [
    ("abstract", "摘要："),
    ("introduction", "diagnosis and drug development based on this pathway."),
    ("1.1", "1.1  中枢 IL-1β/IL-1R1 轴"),
    ("1.2", "1.2  IL-1β/IL-1R1 轴介导的神经炎症"),
    ("1.3", "1.3  IL-1β/IL-1R1 轴相关基因"),
    ("2", "2  IL-1β/IL-1R1 轴特异性拮抗药物及其在 FIRES"),
    ("2.1", "2.1  IL-1β/IL-1R1 轴特异性拮抗药物"),
    ("table-1", "表 1  IL-1β/IL-1R1 轴特异性拮抗药物"),
    ("2.2.1", "2.2.1  阿 那 白 滞 素"),
    ("2.2.2", "2.2.2  卡那单抗"),
    ("figure-1", "图 1  IL-1β 及相关特异性拮抗药物的作用机制"),
    ("3", "3  结语及展望"),
]


class Review:
    """The review's text with its normal form and the map back to the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars, self.index = normal_chars(text)
        self.normal = "".join(chars)
        self.regions: dict[str, tuple[int, int]] = {}
        starts: list[tuple[str, int]] = []
        pos = 0
        for name, marker in SECTIONS:
            found = self.normal.find(normal_form(marker), pos)
            if found < 0:
                raise SystemExit(f"the heading of section {name} ({marker!r}) is not in the text")
            starts.append((name, found))
            pos = found + 1
        for i, (name, start) in enumerate(starts):
            end = starts[i + 1][1] if i + 1 < len(starts) else len(self.normal)
            self.regions[name] = (start, end)

    def find_all(self, needle: str, start: int, end: int) -> list[int]:
        """Return the normal positions of a normal-form needle within [start, end)."""
        out = []
        pos = self.normal.find(needle, start, end)
        while pos >= 0:
            out.append(pos)
            pos = self.normal.find(needle, pos + 1, end)
        return out

    def anchor(self, nstart: int, nend: int) -> dict[str, Any]:
        """Return the anchor of the normal span [nstart, nend)."""
        start, end = self.index[nstart], self.index[nend - 1] + 1
        return {
            "start": start,
            "end": end,
            "exact": self.text[start:end],
            "prefix": self.text[max(0, start - CONTEXT_CHARS) : start],
            "suffix": self.text[end : end + CONTEXT_CHARS],
        }


def quote_of(claim: Record) -> str:
    """Return the claim's Chinese quote."""
    value = claim.values["supporting_text_zh"]
    return str(value[0] if isinstance(value, list) else value)


def place_table(review: Review, claims: list[Record], names: dict[str, str]) -> dict[str, int]:
    """Find the normal position of each Table 1 claim's cell: its row, then its drug's column."""
    start, end = review.regions["table-1"]
    columns = sorted(
        {c.values["subject"] for c in claims},
        key=lambda d: review.normal.find(normal_form(names.get(d, d)), start, end),
    )
    rows = sorted(
        {str(c.values.get("table_row")) for c in claims if c.values.get("table_row")},
        key=lambda r: review.normal.find(normal_form(r), start, end),
    )
    row_start = {r: review.normal.find(normal_form(r), start, end) for r in rows}
    placed: dict[str, int] = {}
    for i, row in enumerate(rows):
        lo = row_start[row] + len(normal_form(row))
        hi = row_start[rows[i + 1]] if i + 1 < len(rows) else end
        cursor = lo
        for drug in columns:
            cell = [
                c
                for c in claims
                if c.values.get("table_row") == row and c.values["subject"] == drug
            ]
            furthest = cursor
            for claim in cell:
                found = review.find_all(normal_form(quote_of(claim)), cursor, hi)
                if found:
                    placed[str(claim.id)] = found[0]
                    furthest = max(furthest, found[0] + len(normal_form(quote_of(claim))))
            cursor = furthest
    return placed


def anchors_of(
    review: Review, claims: list[Record], names: dict[str, str]
) -> tuple[dict, list[str]]:
    """Anchor every claim; return the anchors and the messages about claims not (or loosely) placed."""
    table = [c for c in claims if c.values.get("section") == "table-1"]
    placed = place_table(review, table, names) if table else {}
    anchors: dict[str, dict[str, Any]] = {}
    messages: list[str] = []
    for claim in claims:
        quote = quote_of(claim)
        needle = normal_form(quote)
        pos = placed.get(str(claim.id))
        if pos is None:
            start, end = review.regions.get(
                str(claim.values.get("section")), (0, len(review.normal))
            )
            found = review.find_all(needle, start, end) or review.find_all(
                needle, 0, len(review.normal)
            )
            if not found:
                messages.append(f"{claim.file}: {claim.id}: the quote is not in the review's text")
                continue
            if len(found) > 1:
                messages.append(
                    f"{claim.file}: {claim.id}: the quote is {len(found)} times in its section; anchored at the first"
                )
            pos = found[0]
        entry = {"supporting_text_zh": review.anchor(pos, pos + len(needle))}
        _, qindex = normal_chars(quote)
        for slot, _ in MENTION_SLOTS.values():
            mention = claim.values.get(slot)
            if not isinstance(mention, str):
                continue
            span = locate(quote, mention)
            if span is None:
                messages.append(f"{claim.file}: {claim.id}: {slot} {mention!r} is not in the quote")
                continue
            first = next(i for i, o in enumerate(qindex) if o >= span[0])
            last = max(i for i, o in enumerate(qindex) if o < span[1])
            entry[slot] = review.anchor(pos + first, pos + last + 1)
        anchors[str(claim.id)] = entry
    return anchors, messages


def main(argv: list[str] | None = None) -> int:
    """Run the script."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", nargs="?", type=Path, help="the review's plain text")
    args = parser.parse_args(argv)
    env = os.environ.get("FIRESLD_REVIEW_TEXT")
    path = args.text or (Path(env) if env else DEFAULT_TEXT)
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        print(f"{path}: SHA-256 {digest} is not the review's ({SOURCE_SHA256})", file=sys.stderr)
        return 2
    layout = Layout(ROOT)
    model = load_model(layout)
    records, problems = read_records(sorted(layout.data_dir.rglob("*.yaml")), model)
    if problems:
        for p in problems:
            print(p.render(), file=sys.stderr)
        return 2
    names = {
        str(r.id): str(r.values.get("label_zh", "")) for r in records if r.class_name != "Claim"
    }
    claims = [r for r in records if r.class_name == "Claim" and r.id]
    anchors, messages = anchors_of(Review(raw.decode("utf-8")), claims, names)
    doc = {
        "about": "Where each claim's quote and mentions are in the review's text (start/end: Unicode "
        "code points from 0, end exclusive); written by scripts/anchor_review.py, do not edit.",
        "review_sha256": digest,
        "anchors": dict(sorted(anchors.items())),
    }
    out = layout.data_dir / ANCHORS_FILE
    content = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if not out.is_file() or out.read_text(encoding="utf-8") != content:
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(out)
        print(f"wrote {out}")
    print(f"{len(anchors)} claim(s) anchored")
    for message in messages:
        print(message)
    return 1 if any("not in" in m for m in messages) else 0


if __name__ == "__main__":
    sys.exit(main())
