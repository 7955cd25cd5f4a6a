"""The built wheel carries what the package reads at run time, and works outside the repository."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.constants import REPO


@pytest.mark.slow
def test_wheel_installs_and_reads_its_resources(tmp_path: Path) -> None:
    """Build the wheel, install it in a fresh venv, and read schema, ontology, shapes and release."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("firesld-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
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
