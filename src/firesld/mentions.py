"""Mentions grounded in the quote, and the quotes anchored in the review's text.

Each claim names, inside its Chinese quote (``supporting_text_zh``), the words by which the review
names its subject and its object (``subject_mention``, ``object_mention``). :func:`check_mentions`
checks that each mention is in the quote and is one of the entity's names (label, synonym,
abbreviation, symbol, in Chinese or English) or an alias the claim declares with a reason
(``subject_mention_reason``, ``object_mention_reason``), and that the hedge cues and the printed
citation are in the quote too. So a claim whose subject or object is swapped for another entity
fails.

The review's text is not shipped. ``scripts/anchor_review.py`` reads it once, at curation time,
and writes ``data/review_anchors.json``: for each claim, where its quote and its mentions are in the
text (start and end in Unicode code points, the exact text, 32 characters of prefix and suffix),
and the text's SHA-256. The build publishes them as W3C Web Annotation selectors
(:func:`anchor_graph`); :func:`check_anchors` checks the file is up to date with the claims and,
when ``FIRESLD_REVIEW_TEXT`` names the review's text, that each selector selects its exact text.

**Normalisation.** The review's text is a PDF extraction, with line breaks and spaces inside
sentences; the curated quotes drop them. Text is compared after NFKC normalisation, case folding and
deletion of every whitespace character (:func:`normal_form`); offsets are those of the review's
own text, so ``text[start:end]`` is the ``exact`` string, whitespace included. A Latin or Greek
name only matches a whole word (``IL-1`` is not found inside ``IL-1β`` or ``IL-1R1``).
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from firesld.constants import REVIEW_IRI, SOURCE_SHA256, Layout
from firesld.data import Record, _as_list
from firesld.model import Model
from firesld.problems import Problem

__all__ = [
    "ANCHORS_FILE",
    "CONTEXT_CHARS",
    "MENTION_SLOTS",
    "NAME_SLOTS",
    "Anchor",
    "anchor_graph",
    "check_anchors",
    "check_mentions",
    "entity_names",
    "ground",
    "is_name",
    "locate",
    "normal_chars",
    "normal_form",
    "read_anchors",
    "resolves",
]

#: The entity slots whose values are names of the entity (a mention must be one of them).
NAME_SLOTS = ("label", "label_zh", "synonyms", "synonyms_zh", "hidden_labels", "symbol")

#: Claim slot → (its mention slot, the slot giving the reason for an alias or for no mention).
MENTION_SLOTS = {
    "subject": ("subject_mention", "subject_mention_reason"),
    "object": ("object_mention", "object_mention_reason"),
}

#: Where the anchors are, under the data folder.
ANCHORS_FILE = "review_anchors.json"

#: How many characters of the review a quote selector keeps before and after the exact text.
CONTEXT_CHARS = 32

#: The environment variable naming the review's text, for the checks that need it.
REVIEW_TEXT_ENV = "FIRESLD_REVIEW_TEXT"

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−﹣"), "-")


def normal_form(text: str) -> str:
    """Return text as it is compared: NFKC, case-folded, dashes unified, whitespace deleted.

    >>> normal_form("人重组的 IL-1Ra（外源性）")
    '人重组的il-1ra(外源性)'
    """
    return "".join(normal_chars(text)[0])


def normal_chars(text: str) -> tuple[list[str], list[int]]:
    """Normalise text character by character: the normal characters and each one's source index."""
    chars: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        for out in unicodedata.normalize("NFKC", char).casefold().translate(_DASHES):
            if not out.isspace():
                chars.append(out)
                index.append(i)
    return chars, index


def _wordlike(char: str) -> bool:
    """Tell whether a character continues a Latin or Greek word (letters, digits)."""
    return (char.isascii() and char.isalnum()) or "\u0370" <= char <= "\u03ff"


def locate(text: str, needle: str, *, whole_word: bool = True) -> tuple[int, int] | None:
    """Find needle in text, compared in :func:`normal_form`; return its span in text.

    :param text: the text searched (a quote, or the review)
    :param needle: what to find
    :param whole_word: a needle that starts or ends with a Latin or Greek letter or digit must not
        continue a word of the text there (``IL-1`` is not in ``IL-1β``)
    :returns: ``(start, end)`` of the first match in ``text``, or ``None``

    >>> locate("IL-1β 与 IL-1R1 结合", "il-1r1")
    (8, 14)
    >>> locate("IL-1β 与 IL-1R1 结合", "IL-1") is None
    True
    """
    chars, index = normal_chars(text)
    hay = "".join(chars)
    want = normal_form(needle)
    if not want:
        return None
    pos = hay.find(want)
    while pos >= 0:
        start, end = index[pos], index[pos + len(want) - 1] + 1
        if not whole_word or _word_bounded(text, start, end):
            return start, end
        pos = hay.find(want, pos + 1)
    return None


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] does not cut a Latin or Greek word in two."""
    before = start > 0 and _wordlike(text[start - 1]) and _wordlike(text[start])
    after = end < len(text) and _wordlike(text[end - 1]) and _wordlike(text[end])
    return not (before or after)


def entity_names(records: Iterable[Record]) -> dict[str, list[str]]:
    """Return each entity's names (the values of :data:`NAME_SLOTS`), by id."""
    names: dict[str, list[str]] = {}
    for record in records:
        if record.class_name == "Claim" or not record.id:
            continue
        found = names.setdefault(record.id, [])
        for slot in NAME_SLOTS:
            found.extend(str(v) for v in _as_list(record.values.get(slot)) if isinstance(v, str))
    return names


def is_name(mention: str, names: Iterable[str]) -> bool:
    """Tell whether a mention is one of the names, compared in :func:`normal_form`.

    >>> is_name("人重组的IL-1Ra", ["Anakinra", "人重组的 IL-1Ra"])
    True
    """
    key = normal_form(mention)
    return any(normal_form(n) == key for n in names)


def ground(quote: str, names: Iterable[str]) -> str | None:
    """Return the words of the quote that name the entity: the first of its names found in it.

    Of names found at the same place, the longest wins (``IL-1β/IL-1R1 轴信号通路`` over
    ``IL-1β/IL-1R1 轴``). The result is the quote's own substring, so it keeps the quote's spacing.

    :param quote: the claim's Chinese quote
    :param names: the entity's names
    :returns: the mention, or ``None`` when no name is in the quote

    >>> ground("是一种人重组的IL-1Ra，阿那白滞素", ["Anakinra", "阿那白滞素", "人重组的 IL-1Ra"])
    '人重组的IL-1Ra'
    """
    best: tuple[int, int, str] | None = None
    for name in sorted(set(names)):
        span = locate(quote, name)
        if span is None:
            continue
        key = (span[0], -len(normal_form(name)), name)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    start, end = locate(quote, best[2]) or (0, 0)
    return quote[start:end]


# ---------------------------------------------------------------------------- the checks


def _problem(
    record: Record, slot: str, code: str, message: str, *, severity: str = "error", fix: str = ""
) -> Problem:
    """Make a problem of the mentions check about one slot of a claim."""
    return Problem(
        record.file,
        record.line_of(slot),
        record.ref,
        slot,
        code,
        "mentions",
        message,
        severity=severity,
        fix=fix or None,
    )


def check_mentions(
    records: Sequence[Record], *, context: Sequence[Record] = (), missing: str = "error"
) -> list[Problem]:
    """Check that each claim's mentions, hedge cues and citation are in its quote.

    :param records: the records being validated
    :param context: other records the claims may refer to (the package's data)
    :param missing: the severity of a claim with an entity but no mention (``error`` for the
        package's own data, ``warning`` for other files, ``off`` to skip)
    :returns: the problems found
    """
    names = entity_names([*context, *records])
    problems: list[Problem] = []
    for record in records:
        if record.class_name != "Claim":
            continue
        quote = record.values.get("supporting_text_zh")
        quote = quote[0] if isinstance(quote, list) and len(quote) == 1 else quote
        if not isinstance(quote, str):
            continue  # the schema check reports it
        for end, (slot, reason_slot) in MENTION_SLOTS.items():
            problems.extend(_check_mention(record, quote, end, slot, reason_slot, names, missing))
        for cue in _as_list(record.values.get("hedge_cue")):
            if isinstance(cue, str) and locate(quote, cue) is None:
                problems.append(
                    _problem(
                        record,
                        "hedge_cue",
                        "FLD-MENTION-HEDGE-CUE",
                        f"the hedge cue {cue!r} is not in the quote",
                        fix="copy the hedging words from supporting_text_zh",
                    )
                )
        cited = record.values.get("reference_string")
        if isinstance(cited, str) and locate(quote, cited) is None:
            problems.append(
                _problem(
                    record,
                    "reference_string",
                    "FLD-MENTION-CITATION",
                    f"the citation {cited} is not in the quote",
                    fix="the quote must end with the citation as printed, or cite what it prints",
                )
            )
    return problems


def _check_mention(
    record: Record,
    quote: str,
    end: str,
    slot: str,
    reason_slot: str,
    names: Mapping[str, list[str]],
    missing: str,
) -> Iterator[Problem]:
    """Check one mention of a claim (of its subject or of its object)."""
    entity = record.values.get(end)
    mention = record.values.get(slot)
    reason = record.values.get(reason_slot)
    if not isinstance(mention, str) or not mention.strip():
        if reason and not isinstance(entity, str):
            yield _problem(
                record,
                reason_slot,
                "FLD-MENTION-NO-ENTITY",
                f"{reason_slot} is given but the claim has no {end}",
            )
        elif not reason and isinstance(entity, str) and missing != "off":
            yield _problem(
                record,
                slot,
                "FLD-MENTION-MISSING",
                f"the {end} {entity} has no {slot}: where does the quote name it?",
                severity=missing,
                fix=f"run scripts/ground_mentions.py, or write the quote's words for it (or "
                f"{reason_slot} when the quote does not name it)",
            )
        return
    if not isinstance(entity, str):
        yield _problem(
            record, slot, "FLD-MENTION-NO-ENTITY", f"{slot} is given but the claim has no {end}"
        )
        return
    if locate(quote, mention) is None:
        yield _problem(
            record,
            slot,
            "FLD-MENTION-NOT-IN-QUOTE",
            f"the {end} mention {mention!r} is not in the quote (as a whole word)",
            fix="copy the words from supporting_text_zh",
        )
    known = names.get(entity)
    if known is None:
        return  # a dangling reference: the references check reports it
    if is_name(mention, known):
        if reason:
            yield _problem(
                record,
                reason_slot,
                "FLD-MENTION-REASON-UNNEEDED",
                f"{mention!r} is a name of {entity}; {reason_slot} is not needed",
                severity="warning",
            )
    elif not reason:
        shown = ", ".join(repr(n) for n in sorted(set(known))) or "none"
        yield _problem(
            record,
            slot,
            "FLD-MENTION-NOT-A-NAME",
            f"the {end} mention {mention!r} is not a name of {entity} (its names: {shown}); is the "
            f"{end} the entity the quote names?",
            fix=f"fix the {end}, add the name to the entity's synonyms, or give {reason_slot}",
        )


# ---------------------------------------------------------------------------- anchors


@dataclass(frozen=True)
class Anchor:
    """Where a piece of a claim is in the review's text (offsets in Unicode code points)."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def read_anchors(layout: Layout) -> tuple[str | None, dict[str, dict[str, Anchor]]]:
    """Read ``data/review_anchors.json``: the review text's SHA-256 and each claim's anchors.

    :param layout: where the data folder is
    :returns: the SHA-256 (``None`` when there is no file) and claim id → slot → anchor
    """
    path = layout.data_dir / ANCHORS_FILE
    if not path.is_file():
        return None, {}
    doc = json.loads(path.read_text(encoding="utf-8"))
    anchors = {
        claim: {slot: Anchor(**fields) for slot, fields in slots.items()}
        for claim, slots in doc["anchors"].items()
    }
    return str(doc["review_sha256"]), anchors


def _own_files(layout: Layout) -> set[Path]:
    """Return the package's own data files, resolved (a symlink loop is left to the reader)."""
    return {Path(os.path.realpath(p)) for p in layout.data_dir.rglob("*.yaml")}


def _is_own(record: Record, layout: Layout, own: set[Path]) -> bool:
    """Tell whether a record comes from the package's own data files."""
    path = Path(record.file)
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, layout.root / path]
    return any(c.resolve() in own for c in candidates)


def _expected(record: Record) -> dict[str, str]:
    """Return the texts a claim's anchors must select: its quote and its mentions."""
    out: dict[str, str] = {}
    quote = record.values.get("supporting_text_zh")
    quote = quote[0] if isinstance(quote, list) and quote else quote
    if isinstance(quote, str):
        out["supporting_text_zh"] = quote
    for slot, _ in MENTION_SLOTS.values():
        value = record.values.get(slot)
        if isinstance(value, str):
            out[slot] = value
    return out


def _usable(record: Record, anchors: Mapping[str, Anchor]) -> bool:
    """Tell whether a claim's anchors select exactly its quote and mentions, inside the quote."""
    want = _expected(record)
    if set(want) != set(anchors) or "supporting_text_zh" not in want:
        return False
    quote = anchors["supporting_text_zh"]
    for slot, text in want.items():
        anchor = anchors[slot]
        if normal_form(anchor.exact) != normal_form(text):
            return False
        if not quote.start <= anchor.start <= anchor.end <= quote.end:
            return False
    return True


def check_anchors(
    records: Sequence[Record], layout: Layout, *, review_text: Path | None = None
) -> list[Problem]:
    """Check the anchors of the package's own claims; with the review's text, check they resolve.

    A claim of the package's data needs anchors that select its quote and its mentions; a missing
    or outdated anchor means ``scripts/anchor_review.py`` must be rerun. With the review's text
    (``review_text``, or the file ``FIRESLD_REVIEW_TEXT`` names), its SHA-256 must be the one the
    anchors were made from, and each anchor's ``text[start:end]``, prefix and suffix must be there.

    :param records: the records being validated
    :param layout: where the package's data is
    :param review_text: the review's text file (default: ``$FIRESLD_REVIEW_TEXT`` if set)
    :returns: the problems found
    """
    sha, anchors = read_anchors(layout)
    own = _own_files(layout)
    problems: list[Problem] = []
    fix = "rerun scripts/anchor_review.py with the review's text"
    own_file: dict[str, bool] = {}  # resolving a path costs system calls: once per file

    def is_own(record: Record) -> bool:
        if record.file not in own_file:
            own_file[record.file] = _is_own(record, layout, own)
        return own_file[record.file]

    ours = [r for r in records if r.class_name == "Claim" and r.id and is_own(r)]
    for record in ours:
        found = anchors.get(str(record.id))
        if found is None:
            problems.append(
                _problem(
                    record,
                    "supporting_text_zh",
                    "FLD-MENTION-ANCHOR-MISSING",
                    f"the claim has no anchors in data/{ANCHORS_FILE}",
                    fix=fix,
                )
            )
        elif not _usable(record, found):
            problems.append(
                _problem(
                    record,
                    "supporting_text_zh",
                    "FLD-MENTION-ANCHOR-STALE",
                    f"the anchors in data/{ANCHORS_FILE} do not select the claim's quote and "
                    "mentions (edited since they were made)",
                    fix=fix,
                )
            )
    if sha is not None and sha != SOURCE_SHA256 and ours:
        problems.append(
            Problem(
                f"data/{ANCHORS_FILE}",
                None,
                None,
                "review_sha256",
                "FLD-MENTION-ANCHOR-SOURCE",
                "mentions",
                f"the anchors were made from a text with SHA-256 {sha}, not the review's "
                f"{SOURCE_SHA256}",
                fix=fix,
            )
        )
    text_path = review_text or (
        Path(os.environ[REVIEW_TEXT_ENV]) if os.environ.get(REVIEW_TEXT_ENV) else None
    )
    if text_path is not None and ours:
        problems.extend(_check_resolution(text_path, anchors, {str(r.id) for r in ours}))
    return problems


def _check_resolution(
    path: Path, anchors: Mapping[str, Mapping[str, Anchor]], claims: set[str]
) -> list[Problem]:
    """Check each anchor against the review's text."""
    where = f"data/{ANCHORS_FILE}"
    try:
        raw = path.read_bytes()
    except OSError as err:
        return [
            Problem(
                str(path),
                None,
                None,
                None,
                "FLD-MENTION-ANCHOR-SOURCE",
                "mentions",
                f"cannot read the review's text ({REVIEW_TEXT_ENV}): {err.strerror}",
            )
        ]
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        return [
            Problem(
                str(path),
                None,
                None,
                None,
                "FLD-MENTION-ANCHOR-SOURCE",
                "mentions",
                f"{REVIEW_TEXT_ENV} is not the review's text: SHA-256 {digest}, expected "
                f"{SOURCE_SHA256}",
            )
        ]
    text = raw.decode("utf-8")
    problems = []
    for claim in sorted(claims & set(anchors)):
        for slot, anchor in sorted(anchors[claim].items()):
            if not resolves(text, anchor):
                problems.append(
                    Problem(
                        where,
                        None,
                        claim,
                        slot,
                        "FLD-MENTION-ANCHOR-TEXT",
                        "mentions",
                        f"the selectors of {slot} do not select {anchor.exact!r} in the review's "
                        "text",
                        fix="rerun scripts/anchor_review.py with the review's text",
                    )
                )
    return problems


def resolves(text: str, anchor: Anchor) -> bool:
    """Tell whether an anchor's position and quote selectors both select its exact text.

    :param text: the review's text
    :param anchor: the anchor
    :returns: True when ``text[start:end]`` is ``exact``, preceded by ``prefix`` and followed by
        ``suffix``
    """
    return (
        text[anchor.start : anchor.end] == anchor.exact
        and text[: anchor.start].endswith(anchor.prefix)
        and text[anchor.end :].startswith(anchor.suffix)
    )


# ---------------------------------------------------------------------------- RDF


def anchor_graph(
    records: Iterable[Record], model: Model, layout: Layout, *, graph: Graph | None = None
) -> Graph:
    """Return the W3C Web Annotation selectors of the claims whose anchors are up to date.

    Each anchored piece of a claim (``quote_anchor``, ``subject_mention_anchor``,
    ``object_mention_anchor``) is an ``oa:SpecificResource`` on the review with an
    ``oa:TextQuoteSelector`` (exact, prefix, suffix) and an ``oa:TextPositionSelector`` (start,
    end); the review records the SHA-256 of the text they count in. Nodes get IRIs under the
    claim's (``…/quote_anchor``, ``…/quote_anchor/text_quote``), like a claim's quantities.

    :param records: the validated records
    :param model: the compact model
    :param layout: where the anchors file is
    :param graph: the graph to add the triples to (a new one by default)
    :returns: the graph
    """
    sha, anchors = read_anchors(layout)
    graph = Graph() if graph is None else graph
    claim_slots = model.classes["Claim"]["slots"]
    span = model.classes["TextAnchor"]
    quote_cls = model.classes["TextQuoteSelector"]
    position_cls = model.classes["TextPositionSelector"]
    review = URIRef(REVIEW_IRI)
    slot_of = {
        "supporting_text_zh": "quote_anchor",
        "subject_mention": "subject_mention_anchor",
        "object_mention": "object_mention_anchor",
    }
    for record in records:
        found = anchors.get(str(record.id)) if record.class_name == "Claim" else None
        if not found or not _usable(record, found):
            continue
        claim = URIRef(model.converter.expand_strict(str(record.id)))
        for slot, anchor in sorted(found.items()):
            name = slot_of[slot]
            node = URIRef(f"{claim}/{name}")
            graph.add((claim, URIRef(claim_slots[name]["slot_uri"]), node))
            for cls in (span["class_uri"], *span["mappings"]):
                graph.add((node, RDF.type, URIRef(cls)))
            graph.add((node, URIRef(span["slots"]["has_source"]["slot_uri"]), review))
            has_selector = URIRef(span["slots"]["has_selector"]["slot_uri"])
            text_quote = URIRef(f"{node}/text_quote")
            text_position = URIRef(f"{node}/text_position")
            for sel, cls in ((text_quote, quote_cls), (text_position, position_cls)):
                graph.add((node, has_selector, sel))
                for uri in (cls["class_uri"], *cls["mappings"]):
                    graph.add((sel, RDF.type, URIRef(uri)))
            quote_slots = quote_cls["slots"]
            graph.add((text_quote, URIRef(quote_slots["exact"]["slot_uri"]), Literal(anchor.exact)))
            if anchor.prefix:
                graph.add(
                    (text_quote, URIRef(quote_slots["prefix"]["slot_uri"]), Literal(anchor.prefix))
                )
            if anchor.suffix:
                graph.add(
                    (text_quote, URIRef(quote_slots["suffix"]["slot_uri"]), Literal(anchor.suffix))
                )
            position_slots = position_cls["slots"]
            graph.add(
                (text_position, URIRef(position_slots["start"]["slot_uri"]), Literal(anchor.start))
            )
            graph.add(
                (text_position, URIRef(position_slots["end"]["slot_uri"]), Literal(anchor.end))
            )
    if len(graph) and sha is not None:
        sha_slot = model.classes["Publication"]["slots"]["text_sha256"]["slot_uri"]
        graph.add((review, URIRef(sha_slot), Literal(sha)))
    return graph
