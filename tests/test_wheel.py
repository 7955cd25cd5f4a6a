"""The built wheel carries what the package reads at run time, and works outside the repository."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.constants import REPO

#: What the installed wheel must answer from outside the repository: the Python API.
_API_SCRIPT = """
import json
import firesld

graph = firesld.load_graph()
gene = firesld.get("HGNC:6000")
hedged = firesld.claims(subject="HGNC:6000", certainty="hedged")
assert all(c.certainty == "hedged" and c.knowledge_level == "prediction" for c in hedged)
try:
    firesld.get("HGNC:60000")
except firesld.NotFoundError:
    not_found = True
else:
    not_found = False
print(json.dumps({
    "module": firesld.__file__,
    "triples": len(graph),
    "gene": [type(gene).__name__, gene.symbol, gene.label],
    "hedged": [c.id for c in hedged],
    "claims": len(firesld.claims()),
    "rows": len(firesld.tables()["claims"]),
    "not_found": not_found,
}))
"""


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and install it in a fresh venv; return the venv's folder."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("firesld-*.whl"))
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    return env_dir


@pytest.mark.slow
def test_wheel_installs_and_reads_its_resources(wheel_venv: Path, tmp_path: Path) -> None:
    """The installed wheel reads schema, ontology, shapes and release, and its CLI works."""
    env_dir = wheel_venv
    python = env_dir / "bin" / "python"
    script = (
        "from firesld.constants import package_layout\n"
        "l = package_layout()\n"
        "assert '_resources' in str(l.root), l.root\n"
        "for p in (l.schema, l.owl_ttl, l.owl_xml, l.shacl, l.shacl_extra, l.context, "
        "l.release_nt, l.model_json, l.imports_tsv, l.prefixes_tsv):\n"
        "    assert p.is_file(), p\n"
        "print(sorted(p.name for p in l.data_dir.rglob('*.yaml'))[:1])\n"
    )
    out = subprocess.run(
        [str(python), "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    assert out.stdout.startswith("['")
    info = subprocess.run(
        [str(env_dir / "bin" / "firesld"), "info"], capture_output=True, text=True, cwd=tmp_path
    )
    assert info.returncode == 0, info.stderr
    assert "claims:" in info.stdout
    firesld = str(env_dir / "bin" / "firesld")
    light = subprocess.run(
        [firesld, "validate", "--no-reason"], capture_output=True, text=True, cwd=tmp_path
    )
    assert light.returncode == 0, light.stderr
    assert "conforms" in light.stdout
    # the light core has no owlready2: the reasoner step says which extra to install
    full = subprocess.run([firesld, "validate"], capture_output=True, text=True, cwd=tmp_path)
    assert full.returncode == 2
    assert "pip install 'firesld[reason]'" in full.stderr
    # the store client is the standard library's: a query on a closed port ends in one clean line
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    remote = subprocess.run(
        [firesld, "query", "studies", "--endpoint", f"http://127.0.0.1:{port}/query"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "no_proxy": "127.0.0.1", "NO_PROXY": "127.0.0.1"},
    )
    assert remote.returncode == 2, remote.stderr
    assert "connection refused" in remote.stderr


@pytest.mark.slow
def test_wheel_answers_the_python_api(wheel_venv: Path, tmp_path: Path) -> None:
    """Outside the repository, the installed wheel answers load_graph(), get(), claims(), tables()."""
    api = subprocess.run(
        [str(wheel_venv / "bin" / "python"), "-c", _API_SCRIPT],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert api.returncode == 0, api.stderr
    answers = json.loads(api.stdout)
    assert str(REPO) not in answers["module"]
    assert "site-packages" in answers["module"]
    assert answers["triples"] > 5000
    assert answers["gene"] == ["Gene", "IL1RN", ["interleukin 1 receptor antagonist"]]
    assert answers["hedged"]
    assert answers["rows"] == answers["claims"] > 200
    assert answers["not_found"] is True
