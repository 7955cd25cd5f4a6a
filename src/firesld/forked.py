"""Run a function in a forked child while this process goes on, and take its value back.

The build generates the schema artefacts in a child while it validates and exports the data,
and checks the graph in another while it writes the release (:mod:`firesld.build`); an embedded
SPARQL query runs in a child that can be stopped at its time limit (:mod:`firesld.queries`).
Where there is no ``fork`` (not Linux, or a process with other threads), the function runs in
place when its value is asked for: the same answer, one core.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["ChildEndedError", "Forked", "dies_with_parent"]

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1


class ChildEndedError(ChildProcessError):
    """The child ended without sending a result (killed, or out of memory); ``why`` says how."""

    def __init__(self, message: str, why: str) -> None:
        """Keep how the child ended (``signal SIGKILL``, ``exit code 1``) beside the message."""
        super().__init__(message)
        self.why = why


def dies_with_parent(signum: int = signal.SIGKILL) -> Callable[[], None]:
    """Return a function that makes the process calling it die with this one (Linux).

    Called in a child after the fork (by :class:`Forked`, or as a ``preexec_fn`` of
    :mod:`subprocess` for Oxigraph and HermiT's JVM, which would otherwise run on, for minutes,
    after a killed build or server), it asks the kernel to SIGKILL the child when this process
    dies, and ends the child at once if this process is already gone. libc is looked up here,
    before the fork: the child only calls ``prctl`` (no ``dlopen``, whose lock another thread may
    hold at the fork). Elsewhere than Linux it does nothing.

    :param signum: the signal the child gets (SIGTERM for a server that shuts down cleanly)
    """
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return lambda: None
    parent = os.getpid()

    def in_child() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signum), 0, 0, 0)
        if os.getppid() != parent:
            os._exit(1)

    return in_child


def _can_fork() -> bool:
    """Say whether a child can be forked here: on Linux, from a process with one thread.

    macOS forks badly with its system libraries; a process with other threads (a host
    application calling the build) may hold a lock at the fork that the child then waits for
    forever, so there the function runs in place.
    """
    import threading

    return (
        hasattr(os, "fork") and sys.platform.startswith("linux") and threading.active_count() == 1
    )


class Forked(Generic[T]):
    """``fn(*args, **kwargs)`` computed in a forked child; :meth:`result` waits for its value.

    The child is a copy of this process at the call, so ``fn`` sees the same modules and data
    and needs nothing pickled on the way in; its value (or exception) comes back pickled through
    a pipe. The child dies with its parent, and :meth:`cancel` ends it at once.
    """

    def __init__(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> None:
        """Fork the child that computes ``fn(*args, **kwargs)`` (where :func:`_can_fork`).

        :param what: what the child does, for the error when it ends without a result
        """
        self._what = what
        self._call = (fn, args, kwargs)
        self._pid: int | None = None
        self._read: int | None = None
        if _can_fork():
            self._fork()

    @classmethod
    def here(cls, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Forked[T]:
        """Make a job that forks nothing: ``fn`` runs in place when :meth:`result` is asked."""
        job: Forked[T] = cls.__new__(cls)
        job._what, job._call, job._pid, job._read = what, (fn, args, kwargs), None, None
        return job

    @classmethod
    def anyway(cls, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Forked[T]:
        """Fork wherever the system can, threads or not (for a child that only computes).

        A query's child reads the store and pickles rows; it takes no lock another thread of
        this process could hold, and being able to kill it at its time limit matters more.
        """
        job = cls.here(what, fn, *args, **kwargs)
        if hasattr(os, "fork"):
            job._fork()
        return job

    def _fork(self) -> None:
        fn, args, kwargs = self._call
        sys.stdout.flush()  # else the child's exit could print this process's buffered output
        sys.stderr.flush()
        read_end, write_end = os.pipe()
        in_child = dies_with_parent()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without the parent's clean-up
            try:
                os.close(read_end)
                in_child()
                _send(write_end, _outcome(fn, args, kwargs))
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(0)
        os.close(write_end)
        self._pid, self._read = pid, read_end

    @property
    def pid(self) -> int | None:
        """The child's process id (None where the function runs in place)."""
        return self._pid

    def result(self, timeout: float | None = None) -> T:
        """Wait for the child and return ``fn``'s value, or raise its exception.

        :param timeout: seconds to wait at most; past them the child is ended (:meth:`cancel`)
        :raises TimeoutError: when the child has not answered within ``timeout`` seconds
        :raises ChildEndedError: when the child ended without sending anything (killed, out of
            memory)
        """
        if self._pid is None:
            fn, args, kwargs = self._call
            return fn(*args, **kwargs)
        assert self._read is not None
        deadline = None if timeout is None else time.monotonic() + timeout
        chunks: list[bytes] = []
        while True:
            if deadline is not None and not _readable(self._read, deadline):
                self.cancel()
                raise TimeoutError(f"{self._what} ran past {timeout:g} s")
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        pid, self._pid = self._pid, -1  # reaped: result() and cancel() do nothing more with it
        self._close()
        if not chunks:
            why = (
                f"signal {signal.Signals(os.WTERMSIG(status)).name}"
                if os.WIFSIGNALED(status)
                else f"exit code {os.waitstatus_to_exitcode(status)}"
            )
            raise ChildEndedError(
                f"{self._what} (child process {pid}) ended without a result ({why})", why
            )
        kind, value = pickle.loads(b"".join(chunks))  # noqa: S301  # from our own child
        if kind == "error":
            raise value
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """End the child now (SIGKILL) if it still runs, and reap it."""
        if self._pid is not None and self._pid > 0:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self._pid, 0)
            self._pid = -1
        self._close()

    def _close(self) -> None:
        if self._read is not None:
            os.close(self._read)
            self._read = None


def _readable(fd: int, deadline: float) -> bool:
    """Wait until ``fd`` can be read or the deadline passes; say which came first."""
    import select

    remaining = deadline - time.monotonic()
    return remaining > 0 and bool(select.select([fd], [], [], remaining)[0])


def _outcome(fn: Callable[..., Any], args: Any, kwargs: Any) -> bytes:
    """Call ``fn`` and pickle ("value", value) or ("error", exception) — one that unpickles.

    A value too big to pickle in the memory left (a query under its cap) sends nothing: the
    parent then sees a child that ended without a result.
    """
    try:
        outcome: tuple[str, Any] = ("value", fn(*args, **kwargs))
    except BaseException as err:  # noqa: BLE001  # raised again in the parent
        outcome = ("error", err)
    kind, value = outcome
    try:
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        if kind == "error":
            pickle.loads(data)  # noqa: S301  # an exception whose arguments do not round-trip
    except MemoryError:
        return b""
    except Exception:  # noqa: BLE001
        text = f"{type(value).__name__}: {value}" if kind == "error" else "an unpicklable value"
        data = pickle.dumps(("error", RuntimeError(text)), protocol=pickle.HIGHEST_PROTOCOL)
    return data


def _send(fd: int, data: bytes) -> None:
    """Write all of ``data`` to a pipe and close it."""
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view) :]
    except BrokenPipeError:  # the parent stopped waiting
        pass
    finally:
        os.close(fd)
