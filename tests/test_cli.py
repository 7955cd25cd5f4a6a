"""The command line: exit codes, messages on stderr, data on stdout."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from firesld.cli import main
from firesld.constants import Layout
from firesld.version import RELEASE_DATE, VERSION
from tests.constants import INVALID


def test_version_names_package_and_data_release() -> None:
    """``--version`` prints the version and the data release date."""
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"firesld {VERSION} (data release {RELEASE_DATE})"


def test_validate_default_data_conforms() -> None:
    """``firesld validate`` on the package's own data exits 0."""
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def test_validate_bad_file_exits_1_and_names_file_record_slot() -> None:
    """A non-conforming file exits 1; stderr names file, line, record, slot and code."""
    path = INVALID / "bad-hgnc-local-id.yaml"
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert (
        "bad-hgnc-local-id.yaml:3: HGNC:IL1B.id: error FLD-ID-PATTERN [identifiers]"
        in result.stderr
    )


def test_validate_json_format_lists_problems() -> None:
    """``--format json`` gives the same problems as data."""
    path = INVALID / "unknown-prefix.yaml"
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(path)])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["conforms"] is False
    assert {"FLD-ID-PREFIX"} <= {p["code"] for p in report["problems"]}


def test_validate_missing_file_exits_2(tmp_path: Path) -> None:
    """A file that does not exist is a tool failure: exit 2, one line on stderr."""
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert result.stderr.startswith("firesld: error: ")
    assert "nope.yaml: no such file" in result.stderr


def test_build_outside_a_checkout_exits_2(tmp_path: Path) -> None:
    """``firesld build --root`` on a folder without a schema is a tool failure."""
    result = CliRunner().invoke(main, ["build", "--root", str(tmp_path), "--no-generate"])
    assert result.exit_code == 2
    assert "not a firesld checkout" in result.stderr


def test_info_reports_counts() -> None:
    """``firesld info --format json`` gives version, date, checksum and counts."""
    result = CliRunner().invoke(main, ["info", "--format", "json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["version"] == VERSION
    assert info["release_date"] == RELEASE_DATE
    assert len(info["source_sha256"]) == 64
    assert info["counts"]["claims"] >= 1
    assert info["counts"]["triples"] > 1000


def test_build_serial_writes_the_same_release(checkout: Layout) -> None:
    """``firesld build --serial`` (every step in one process) changes no committed export."""
    result = CliRunner().invoke(
        main, ["build", "--root", str(checkout.root), "--no-generate", "--force", "--serial"]
    )
    assert result.exit_code == 0, result.output
    assert "0 export file(s) changed, 15 unchanged" in result.stdout
