"""A function computed in a forked child: its value, its exception, its end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

import firesld.forked
from firesld.forked import ChildEndedError, Forked
from tests.processes import ended

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork on Linux")


@pytest.fixture(autouse=True)
def _fork_whatever_the_threads(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fork even when an earlier test left a thread behind (the thread rule has its own test)."""
    if "other_threads" not in request.node.name:
        monkeypatch.setattr(firesld.forked, "_can_fork", lambda: True)


def _orphan(code: str) -> int:
    """Run ``code`` in a Python that prints a process id and exits at once; return that id."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True
    )
    return int(out.stdout.split()[0])


def test_the_value_is_computed_in_another_process() -> None:
    """The value comes back from a child, not from this process."""
    job = Forked("summing", lambda: (os.getpid(), sum(range(1000))))
    child = job.pid
    pid, total = job.result()
    assert child == pid != os.getpid()
    assert total == 499500


def test_the_child_s_exception_is_raised_here() -> None:
    """The child's exception is raised again here, type and message."""
    with pytest.raises(ValueError, match="invalid literal for int"):
        Forked("parsing", int, "twelve").result()


def test_an_exception_that_does_not_unpickle_becomes_one_line() -> None:
    """An exception that does not round-trip through pickle comes back as one line."""

    class TwoArgsError(Exception):
        def __init__(self, a: str, b: str) -> None:
            super().__init__(f"{a}/{b}")

    def fail() -> None:
        raise TwoArgsError("left", "right")

    with pytest.raises(RuntimeError, match="TwoArgsError: left/right"):
        Forked("failing", fail).result()


def test_a_killed_child_is_an_error_naming_the_signal() -> None:
    """A child killed before it answered is an error naming what it did and the signal."""

    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(
        ChildEndedError,
        match=r"dying \(child process \d+\) ended without a result \(signal SIGKILL\)",
    ) as caught:
        Forked("dying", die).result()
    assert caught.value.why == "signal SIGKILL"


def test_a_child_past_its_timeout_is_ended() -> None:
    """result(timeout=…): past it, TimeoutError naming what ran, and the child is gone."""
    job = Forked("sleeping", time.sleep, 60)
    assert job.pid is not None
    pid = job.pid
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=r"^sleeping ran past 0\.5 s$"):
        job.result(timeout=0.5)
    assert time.monotonic() - started < 30
    assert ended(pid, within=1.0)


def test_cancel_ends_the_child_at_once() -> None:
    """cancel() kills and reaps a child that still runs."""
    job = Forked("sleeping", time.sleep, 60)
    assert job.pid is not None
    pid = job.pid
    job.cancel()
    assert ended(pid, within=1.0)


def test_the_child_dies_with_its_parent() -> None:
    """A parent that dies (os._exit, no clean-up) takes its child with it."""
    code = (
        "import os, time\n"
        "from firesld.forked import Forked\n"
        "job = Forked('sleeping', time.sleep, 60)\n"
        "print(job.pid, flush=True)\n"
        "os._exit(0)\n"
    )
    assert ended(_orphan(code))


def test_a_process_with_other_threads_runs_the_function_in_place() -> None:
    """With another thread alive (a host application), no child is forked: same value, here."""
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        job = Forked("here", os.getpid)
        assert job.pid is None
        assert job.result() == os.getpid()
    finally:
        stop.set()
        other.join()


def test_a_program_started_with_dies_with_parent_ends_with_its_parent() -> None:
    """``preexec_fn=dies_with_parent()``: the program ends when the process that started it does."""
    code = (
        "import os, subprocess\n"
        "from firesld.forked import dies_with_parent\n"
        "p = subprocess.Popen(['sleep', '60'], preexec_fn=dies_with_parent())\n"
        "print(p.pid, flush=True)\n"
        "os._exit(0)\n"
    )
    assert ended(_orphan(code))
