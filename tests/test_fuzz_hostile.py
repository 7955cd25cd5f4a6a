"""A fuzz run of 1,000 generated hostile YAML and JSON-LD documents, in a memory-capped child.

See tests/fuzz_hostile.py for the documents. The child's address space is capped
(tests/hostile.py), so an input that expands in memory ends the run with a failure here; the
run must end with no traceback, every document mapped to exit code 0, 1 or 2.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys

from tests.constants import REPO
from tests.hostile import MEMORY_CAP


def _cap() -> None:
    """Cap the child's address space."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def test_thousand_hostile_documents_end_in_rc_0_1_2_within_the_memory_cap() -> None:
    """600 YAML and 400 JSON-LD documents: no traceback, rc only 0/1/2, bounded memory."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    result = subprocess.run(
        [sys.executable, "-m", "tests.fuzz_hostile"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_cap,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    assert "Traceback" not in result.stderr
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    total = {int(k): v for k, v in counts["all"].items()}
    assert sum(total.values()) == 1000
    assert set(total) <= {0, 1, 2}
    assert total.get(2, 0) > 100  # limits were hit (aliases, depth, literal size)
    assert total.get(1, 0) > 100  # and problems were reported
    assert sum(int(v) for v in counts["yaml"].values()) == 600
