"""Venvs of their own for outside validators whose pins clash with firesld's (kgx, sssom-py).

Each is made once and reused: it lives at ``$<ENV_VAR>`` or in the user's cache, and a stamp
file records the requirements it was made with, so changing a pin rebuilds it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path


def tool_venv(name: str, env_var: str, requirements: Sequence[str]) -> Path:
    """Return the Python of a venv with ``requirements``, creating the venv the first time.

    :param name: the tool (the venv is ``firesld-<name>-venv`` in the cache)
    :param env_var: the variable that may name another place for the venv
    :param requirements: pinned requirements, installed with pip
    :returns: the venv's ``bin/python``
    """
    if env_var in os.environ:
        env_dir = Path(os.environ[env_var])
    else:
        cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
        env_dir = cache / f"firesld-{name}-venv"
    python = env_dir / "bin" / "python"
    stamp = env_dir / f".firesld-{name}-requirements"
    wanted = "\n".join(requirements) + "\n"
    if python.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return python
    shutil.rmtree(env_dir, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *requirements],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    stamp.write_text(wanted, encoding="utf-8")
    return python
