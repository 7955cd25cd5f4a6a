"""Helpers of the hostile-input tests: run firesld in a child process under a memory cap."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from tests.constants import REPO

#: The address space a child may use: a regression that expands an input fails, it does not
#: eat the machine (firesld validating a small file needs about 0.5 GB of address space).
MEMORY_CAP = 1536 * 1024 * 1024


def run_firesld(
    args: Sequence[str],
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    file_size: int | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m firesld ARGS`` with the memory capped (and the file size, if given).

    :param args: the command line after ``firesld``
    :param cwd: the working directory
    :param env: extra environment variables
    :param file_size: ``ulimit -f`` in bytes (the child ignores SIGXFSZ itself: firesld does)
    :param timeout: seconds before the child is killed (the test then fails)
    :returns: the finished process, output as text
    """

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(REPO / "src"), str(REPO), environment.get("PYTHONPATH", "")]
    )
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "firesld", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        check=False,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """Return the one stderr line of a failed command, after checking there is no traceback."""
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr[-3000:]
    assert lines[0].startswith("firesld: error: "), lines[0]
    return lines[0]
