"""Processes seen through /proc (Linux): whether one has ended, and its ancestors."""

from __future__ import annotations

import time
from pathlib import Path


def ended(pid: int, within: float = 10.0) -> bool:
    """Say whether process ``pid`` has ended within ``within`` seconds (looked at least once).

    A zombie counts as ended: it runs no more, and waits for a parent that may be gone too.
    """
    deadline = time.monotonic() + within
    while True:
        try:
            status = Path(f"/proc/{pid}/status").read_text(encoding="ascii", errors="replace")
        except OSError:
            return True
        if "State:\tZ" in status:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def ancestors(pid: int) -> list[int]:
    """Return the parent, grandparent … of a process, nearest first."""
    out = []
    while pid > 1:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            break
        pid = int(stat.rsplit(")", 1)[1].split()[1])
        out.append(pid)
    return out
