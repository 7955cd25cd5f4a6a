"""Hostile input: each class of oversized or over-nested file ends with one coded line, rc 2.

Every command runs in a child process whose address space is capped (tests/hostile.py), so a
regression that expands an input fails here instead of exhausting the machine.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner

from firesld.cli import describe_failure, main
from firesld.limits import LIMITS, short_repr
from tests.hostile import one_line_error, run_firesld

CLAIM_HEAD = """\
claims:
  - id: firesld.claim:x-01
    subject: MONDO:0015584
    predicate: has_mortality_rate
    certainty: hedged
"""


def alias_bomb(levels: int = 9) -> str:
    """Return a claim whose ``hedge_cue`` aliases nine nested anchors of ten aliases each.

    The anchors sit in another list slot of the same record; ``hedge_cue: *a9`` expands to 10⁹
    strings from about one kilobyte.
    """
    anchors = ["&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        anchors.append(f"&a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return (
        CLAIM_HEAD
        + "    reference_numbers: ["
        + ", ".join(anchors)
        + "]\n"
        + f"    hedge_cue: *a{levels}\n"
    )


def test_alias_bomb_in_a_list_slot_is_refused(tmp_path: Path) -> None:
    """`hedge_cue: *a9` (about 1 KB, 10⁹ values once expanded): one coded line, rc 2."""
    text = alias_bomb()
    assert len(text.encode()) < 1200
    (tmp_path / "bomb.yaml").write_text(text, encoding="utf-8")
    result = run_firesld(["validate", "--no-reason", "bomb.yaml"], cwd=tmp_path)
    assert result.returncode == 2
    line = one_line_error(result)
    assert line.startswith("firesld: error: bomb.yaml:")
    assert "FLD-LIMIT-EXPANDED-SIZE" in line
    assert "--limit max-alias-values=N" in line and "FIRESLD_MAX_ALIAS_VALUES" in line


def test_a_small_alias_expansion_gives_bounded_messages(tmp_path: Path) -> None:
    """Three levels (about 25,000 values, under the limit): validated, messages stay short."""
    (tmp_path / "bomb.yaml").write_text(alias_bomb(3), encoding="utf-8")
    result = run_firesld(["validate", "--no-reason", "bomb.yaml"], cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr) < 20_000
    assert all(len(line) < 1000 for line in result.stderr.splitlines())


def test_too_many_aliases_are_refused(tmp_path: Path) -> None:
    """More aliases than max-aliases (1000) of one scalar: refused from the count."""
    text = CLAIM_HEAD + "    reference_numbers: [&n 1, " + ", ".join(["*n"] * 1001) + "]\n"
    (tmp_path / "aliases.yaml").write_text(text, encoding="utf-8")
    result = run_firesld(["validate", "--no-reason", "aliases.yaml"], cwd=tmp_path)
    assert result.returncode == 2
    assert "aliases.yaml:6: FLD-LIMIT-ALIASES" in one_line_error(result)


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    """An alias of a node still open (a value that contains itself)."""
    (tmp_path / "self.yaml").write_text(CLAIM_HEAD + "    hedge_cue: &s [*s]\n", encoding="utf-8")
    result = run_firesld(["validate", "--no-reason", "self.yaml"], cwd=tmp_path)
    assert result.returncode == 2
    assert "self.yaml:6: FLD-LIMIT-EXPANDED-SIZE" in one_line_error(result)


def test_deep_yaml_is_refused_before_python_recurses(tmp_path: Path) -> None:
    """900 nested lists: past max-depth (100), not a RecursionError in the constructor."""
    (tmp_path / "deep.yaml").write_text(
        CLAIM_HEAD + "    hedge_cue: " + "[" * 900 + "]" * 900 + "\n", encoding="utf-8"
    )
    result = run_firesld(["validate", "--no-reason", "deep.yaml"], cwd=tmp_path)
    assert result.returncode == 2
    assert "deep.yaml:6: FLD-LIMIT-DEPTH" in one_line_error(result)


def test_deep_jsonld_is_refused(tmp_path: Path) -> None:
    """JSON-LD nested 100,000 deep: refused from a scan of the bytes, for validate and figure."""
    text = '{"@id": "http://example.org/a",\n "http://example.org/b": ' + "[" * 100_000
    (tmp_path / "deep.jsonld").write_text(text + "]" * 100_000 + "}", encoding="utf-8")
    for command in (
        ["validate", "--no-reason", "deep.jsonld"],
        ["figure", "--data", "deep.jsonld"],
    ):
        result = run_firesld(command, cwd=tmp_path)
        assert result.returncode == 2, command
        assert "deep.jsonld:2: FLD-LIMIT-DEPTH" in one_line_error(result)


def test_turtle_literal_past_the_parser_buffer_is_refused(tmp_path: Path) -> None:
    """A 17 MB literal (past pyoxigraph's 16 MiB buffer): one coded line, not a MemoryError."""
    body = b'<http://example.org/a> <http://example.org/b> "' + b"x" * (17 << 20) + b'" .\n'
    (tmp_path / "big.ttl").write_bytes(b"# a long literal\n" + body)
    result = run_firesld(["validate", "--no-reason", "big.ttl"], cwd=tmp_path)
    assert result.returncode == 2
    assert "big.ttl:2: FLD-LIMIT-LITERAL" in one_line_error(result)
    result = run_firesld(["figure", "--data", "big.ttl"], cwd=tmp_path)
    assert result.returncode == 2
    assert "FLD-LIMIT-LITERAL" in one_line_error(result)


def test_literal_limit_can_be_raised(tmp_path: Path) -> None:
    """A 2 MB literal is past max-literal-bytes (1 MiB); --limit lets it through to validation."""
    body = b'<http://example.org/a> <http://example.org/b> "' + b"x" * (2 << 20) + b'" .\n'
    (tmp_path / "mid.ttl").write_bytes(body)
    result = run_firesld(["validate", "--no-reason", "mid.ttl"], cwd=tmp_path)
    assert result.returncode == 2
    assert "mid.ttl:1: FLD-LIMIT-LITERAL" in one_line_error(result)
    raised = run_firesld(
        ["--limit", "max-literal-bytes=4000000", "validate", "--no-reason", "mid.ttl"],
        cwd=tmp_path,
    )
    assert "FLD-LIMIT" not in raised.stderr
    assert raised.returncode in (0, 1)
    assert "Traceback" not in raised.stderr


def test_file_size_limit_from_the_environment(tmp_path: Path) -> None:
    """FIRESLD_MAX_FILE_BYTES lowers the file-size limit; the file is refused before reading."""
    (tmp_path / "claims.yaml").write_text(CLAIM_HEAD, encoding="utf-8")
    result = run_firesld(
        ["validate", "--no-reason", "claims.yaml"],
        cwd=tmp_path,
        env={"FIRESLD_MAX_FILE_BYTES": "100"},
    )
    assert result.returncode == 2
    line = one_line_error(result)
    assert "claims.yaml: FLD-LIMIT-FILE-SIZE" in line and "limit 100 bytes" in line


def test_problem_volume_is_bounded(tmp_path: Path) -> None:
    """200 broken records with max-problems 20: 20 problems and one line counting the rest."""
    records = "".join(
        f"  - id: firesld.claim:x-{i:03d}\n    subject: 12\n    nonsense_{i}: 1\n"
        for i in range(200)
    )
    (tmp_path / "many.yaml").write_text("claims:\n" + records, encoding="utf-8")
    result = run_firesld(
        ["--limit", "max-problems=20", "validate", "--no-reason", "many.yaml"], cwd=tmp_path
    )
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if " error FLD-" in line]
    assert len(problems) == 21
    assert sum("FLD-LIMIT-PROBLEMS" in line for line in problems) == 1


def test_bad_limit_value_is_a_usage_error() -> None:
    """--limit with an unknown name or a non-positive number: a usage error (rc 2)."""
    for value in ("max-depth=0", "depth=5", "max-depth"):
        result = CliRunner().invoke(main, ["--limit", value, "info"])
        assert result.exit_code == 2, value
        assert "NAME=N" in result.output


def test_every_limit_is_in_the_readme() -> None:
    """The README's Limits section lists each limit with its variable."""
    from tests.constants import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Limits", 1)[1].split("\n## ", 1)[0]
    for limit in LIMITS.values():
        assert f"`{limit.name}`" in section, limit.name
        assert limit.env in section, limit.env
        assert limit.code in section, limit.code


def test_short_repr_does_not_expand_shared_lists() -> None:
    """A value made of shared lists (10¹⁸ items once expanded) is shown in 80 characters."""
    value: list[object] = ["lol"] * 10
    for _ in range(18):
        value = [value] * 10
    shown = short_repr(value)
    assert len(shown) <= 80
    assert shown.startswith("[[[[")


# ------------------------------------------------------------------ the CLI's last resort


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "exports/firesld.nt"), "ENOSPC"),
        (OSError(errno.EFBIG, "File too large", "exports/firesld.nq"), "EFBIG"),
        (OSError(errno.EMLINK, "Too many links", "exports/kgx"), "EMLINK"),
        (OSError(errno.ELOOP, "Too many levels of symbolic links", "data/x.yaml"), "ELOOP"),
        (PermissionError(errno.EPERM, "Operation not permitted", "exports"), "EPERM"),
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
        (MemoryError(), "out of memory"),
        (ZeroDivisionError("division by zero"), "--debug"),
    ],
)
def test_unexpected_errors_end_as_one_line(
    monkeypatch: pytest.MonkeyPatch, error: BaseException, expected: str
) -> None:
    """Any exception escaping a command: one line with the path and rc 2; --debug re-raises."""
    import firesld.info

    def broken() -> None:
        raise error

    monkeypatch.setattr(firesld.info, "get_info", broken)
    result = CliRunner().invoke(main, ["info"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith("firesld: error: ")
    assert expected in result.output
    if isinstance(error, OSError):
        assert str(error.filename) in result.output
    debug = CliRunner().invoke(main, ["--debug", "info"])
    assert debug.exception is error


def test_describe_failure_names_both_paths_of_a_rename() -> None:
    """An error of a rename names both paths."""
    error = OSError(errno.EXDEV, "Invalid cross-device link", "a", None, "b")
    assert describe_failure(error) == "a: b: Invalid cross-device link (EXDEV)"


def test_remote_import_gets_the_documented_code(tmp_path: Path) -> None:
    """A JSON-LD 1.1 ``@import`` of a remote context: FLD-PARSE-REMOTE-CONTEXT, never fetched.

    (pyoxigraph alone would say "No LoadDocumentCallback"; validate and figure say the code.)
    """
    text = (
        '{"@context": {"@version": 1.1, "@import": "http://127.0.0.1:9/c.jsonld"}, '
        '"@id": "http://example.org/a", "http://example.org/b": "x"}'
    )
    (tmp_path / "import.jsonld").write_text(text, encoding="utf-8")
    result = run_firesld(["validate", "--no-reason", "import.jsonld"], cwd=tmp_path)
    assert result.returncode == 1
    assert "FLD-PARSE-REMOTE-CONTEXT" in result.stderr
    assert "'http://127.0.0.1:9/c.jsonld' (@context or @import) refused" in result.stderr
    assert "LoadDocumentCallback" not in result.stderr
    figure = run_firesld(["figure", "--data", "import.jsonld"], cwd=tmp_path)
    assert figure.returncode == 2
    assert "FLD-PARSE-REMOTE-CONTEXT" in one_line_error(figure)


def test_undefined_alias_is_a_yaml_problem(tmp_path: Path) -> None:
    """An alias of no anchor is malformed YAML (FLD-PARSE-YAML, rc 1), not a limit."""
    (tmp_path / "undefined.yaml").write_text(CLAIM_HEAD + "    hedge_cue: *nowhere\n")
    result = run_firesld(["validate", "--no-reason", "undefined.yaml"], cwd=tmp_path)
    assert result.returncode == 1
    assert "undefined.yaml:6: -: error FLD-PARSE-YAML [parse] malformed YAML" in result.stderr
    assert "FLD-LIMIT" not in result.stderr


RELEASE_TTL = Path(__file__).resolve().parents[1] / "exports" / "firesld.ttl"
ANAKINRA_HALF_LIFE = """firesld.claim:t1-anakinra-02\\/quantity a firesld:Quantity ;
\tfiresld:maximum_value 6.0 ;
\tfiresld:minimum_value 4.0 ;
\tfiresld:quantity_text "4~6 h" ;
\tfiresld:unit "h" ."""
CANAKINUMAB_HALF_LIFE = """firesld.claim:t1-canakinumab-02\\/quantity a firesld:Quantity ;
\tfiresld:numeric_value 26.0 ;
\tfiresld:quantity_text "26 d" ;
\tfiresld:unit "d" ."""


def test_quantities_of_a_release_graph_are_checked(tmp_path: Path) -> None:
    """``validate FILE.ttl`` on the release with a bad unit, a negative or reversed half-life.

    The units, kinds and signs are checked on the graph as on the YAML; a minimum above the
    maximum in one unit is the shapes' message, which names both values.
    """
    text = RELEASE_TTL.read_text(encoding="utf-8")
    assert ANAKINRA_HALF_LIFE in text and CANAKINUMAB_HALF_LIFE in text
    bad = text.replace(
        ANAKINRA_HALF_LIFE,
        ANAKINRA_HALF_LIFE.replace("minimum_value 4.0", "minimum_value -4.0").replace(
            '"h"', '"parsecs"'
        ),
    ).replace(CANAKINUMAB_HALF_LIFE, CANAKINUMAB_HALF_LIFE.replace('"d"', '"kDa"'))
    (tmp_path / "bad.ttl").write_text(bad, encoding="utf-8")
    reversed_range = text.replace(ANAKINRA_HALF_LIFE, ANAKINRA_HALF_LIFE.replace("4.0", "8.0"))
    (tmp_path / "range.ttl").write_text(reversed_range, encoding="utf-8")
    result = run_firesld(["validate", "--no-reason", "bad.ttl"], cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    for where, code in (
        ("t1-anakinra-02.quantity.minimum_value", "FLD-QUANTITY-NEGATIVE"),
        ("t1-anakinra-02.quantity.unit", "FLD-QUANTITY-UCUM"),
        ("t1-canakinumab-02.quantity.unit", "FLD-QUANTITY-KIND"),
    ):
        assert any(where in line and code in line for line in lines), (where, code, lines)
    result = run_firesld(["validate", "--no-reason", "range.ttl"], cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "minimum_value 8 is greater than maximum_value 6" in result.stderr
