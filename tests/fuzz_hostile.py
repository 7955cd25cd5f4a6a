"""Generated hostile documents (run by tests/test_fuzz_hostile.py in a memory-capped child).

Each example is a YAML or JSON-LD file built to hurt: aliases of nested anchors, deep nesting,
long scalars, recursive aliases, remote contexts and ``@import``, control bytes. It goes through
the layers that read untrusted input — file reading, the limit checks, YAML construction, the
schema and quantity checks, JSON-LD checks and the RDF parser — and the outcome is mapped to the
exit code the CLI would give: 2 for a :class:`~firesld.errors.FiresldError` with code 2 (a limit),
1 when problems were found, 0 otherwise. Any other exception fails the run.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from firesld.data import read_records
from firesld.errors import FiresldError
from firesld.model import load_model
from firesld.validate import check_schema, parse_rdf
from tests.constants import LAYOUT

MODEL = load_model(LAYOUT)
OUTCOMES: Counter[int] = Counter()
WORK = Path(tempfile.mkdtemp(prefix="firesld-fuzz-"))

SLOTS = ["hedge_cue", "reference_numbers", "subject", "quantity", "supporting_text_en", "id"]
scalar = st.one_of(
    st.sampled_from(["lol", "firesld.claim:x-01", "MONDO:0015584", "-4", "kDa", "h", "''", "~"]),
    st.integers(-(10**9), 10**9).map(str),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12).map(json.dumps),
)


@st.composite
def alias_chain(draw: st.DrawFn) -> str:
    """Nested anchors, each a list of aliases of the previous one, used in a slot."""
    levels = draw(st.integers(1, 12))
    width = draw(st.integers(1, 12))
    anchors = [f"&a0 [{draw(scalar)}]"]
    for i in range(1, levels + 1):
        anchors.append(f"&a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    slot = draw(st.sampled_from(SLOTS))
    return f"    reference_numbers: [{', '.join(anchors)}]\n    {slot}: *a{levels}\n"


@st.composite
def deep_flow(draw: st.DrawFn) -> str:
    """Flow lists or mappings nested up to 3,000 deep (libyaml itself stops at 1,000)."""
    depth = draw(st.integers(1, 3000))
    opener, closer = draw(st.sampled_from([("[", "]"), ("{a: ", "}")]))
    return f"    {draw(st.sampled_from(SLOTS))}: " + opener * depth + closer * depth + "\n"


@st.composite
def odd_yaml(draw: st.DrawFn) -> str:
    """Recursive aliases, undefined aliases, alias keys, long scalars, quantities, tags."""
    return draw(
        st.sampled_from(
            [
                "    hedge_cue: &s [*s]\n",
                "    hedge_cue: *nowhere\n",
                "    ? &k [a, b]\n    : 1\n    x: {*k : 2}\n",
                "    supporting_text_en: " + "x" * 200_000 + "\n",
                "    quantity: {minimum_value: 9, maximum_value: -1, unit: parsecs}\n",
                "    quantity: {numeric_value: -3, unit: kDa, maximum_unit: '{x}/[pc'}\n",
                "    quantity: &q {numeric_value: 1, unit: h, extra: *q}\n",
                "    id: !!python/object:os.system echo\n",
                "    subject: !!binary aGVsbG8=\n",
                "    hedge_cue: [\x07, \x1b]\n",
            ]
        )
    )


yaml_documents = st.lists(
    st.one_of(alias_chain(), deep_flow(), odd_yaml()), min_size=1, max_size=3
).map(
    lambda parts: (
        "claims:\n  - id: firesld.claim:x-01\n    predicate: has_half_life\n" + "".join(parts)
    )
)


@st.composite
def jsonld_document(draw: st.DrawFn) -> str:
    """JSON-LD: deep nesting, remote contexts and @import, long strings, odd escapes."""
    kind = draw(st.sampled_from(["deep", "remote", "import", "long", "escapes", "plain"]))
    if kind == "deep":
        depth = draw(st.integers(1, 120_000))
        return '{"@id": "http://example.org/a", "http://example.org/b": ' + (
            "[" * depth + "]" * depth + "}"
        )
    if kind == "remote":
        return '{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.org/a"}'
    if kind == "import":
        return (
            '{"@context": {"@version": 1.1, "@import": "http://127.0.0.1:9/c.jsonld"}, '
            '"@id": "http://example.org/a", "http://example.org/b": "x"}'
        )
    if kind == "long":
        size = draw(st.integers(0, 3_000_000))
        return '{"@id": "http://example.org/a", "http://example.org/b": "' + "x" * size + '"}'
    if kind == "escapes":
        text = draw(st.text(alphabet='\\"[]{}x\n', max_size=40))
        return '{"@id": "http://example.org/a", "http://example.org/b": ' + json.dumps(text) + "}"
    return json.dumps({"@id": "http://example.org/a", "http://example.org/b": draw(scalar)})


def outcome_of(path: Path) -> int:
    """Read one file as firesld would; return the exit code the CLI would give."""
    try:
        if path.suffix == ".yaml":
            records, problems = read_records([path], MODEL)
            problems += check_schema(records, MODEL)
            return 1 if problems else 0
        _, problem = parse_rdf(path, path.name)
        return 1 if problem is not None else 0
    except FiresldError as err:
        assert err.exit_code in (1, 2)
        assert "\n" not in str(err) and len(str(err)) < 1000
        return err.exit_code


@settings(
    max_examples=600,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@given(text=yaml_documents)
def fuzz_yaml(text: str) -> None:
    """Read a hostile YAML document: rc 0, 1 or 2, no other exception."""
    path = WORK / "doc.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    OUTCOMES[outcome_of(path)] += 1


@settings(
    max_examples=400,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@given(text=jsonld_document())
def fuzz_jsonld(text: str) -> None:
    """Read a hostile JSON-LD document: rc 0, 1 or 2, no other exception."""
    path = WORK / "doc.jsonld"
    path.write_text(text, encoding="utf-8")
    OUTCOMES[outcome_of(path)] += 1


def main() -> None:
    """Run both fuzzers; print how many documents ended with each exit code."""
    fuzz_yaml()
    yaml_counts = dict(OUTCOMES)
    fuzz_jsonld()
    sys.stdout.write(json.dumps({"yaml": yaml_counts, "all": dict(OUTCOMES)}) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
