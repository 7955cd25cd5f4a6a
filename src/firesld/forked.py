"""Run a function in a forked child while this process goes on, and take its value back.

The build uses it to generate the schema artefacts on the second core while the first one
validates and exports the data (:mod:`firesld.build`). Where there is no ``fork`` (not Linux,
or a process with other threads), the function runs in place when its value is asked for: the
same answer, one core.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["Forked", "die_with_parent", "dies_with_parent"]

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1


def _prctl() -> Callable[..., int] | None:
    """Return libc's ``prctl`` (Linux), resolved in this process; None elsewhere."""
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def die_with_parent(parent: int | None = None) -> None:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux; elsewhere nothing).

    :param parent: the parent's process id before the fork: if the parent has already gone
        (before the request was made), this process ends now
    """
    prctl = _prctl()
    if prctl is None:  # not Linux: the caller's own clean-up remains
        return
    prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def dies_with_parent() -> Callable[[], None]:
    """Return a ``preexec_fn`` for :mod:`subprocess` making the program die with this process.

    libc is looked up here, before the fork: between fork and exec the child only calls
    ``prctl`` (no ``dlopen``, whose lock another thread may hold at the fork), and ends at once
    if this process is already gone. Used for Oxigraph (``firesld serve``) and HermiT's JVM, which
    would otherwise run on, for minutes, after a killed build or server.
    """
    prctl = _prctl()
    parent = os.getpid()

    def preexec() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
            if os.getppid() != parent:
                os._exit(1)

    return preexec


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
        """Fork the child that computes ``fn(*args, **kwargs)``.

        :param what: what the child does, for the error when it ends without a result
        """
        self._what = what
        self._call = (fn, args, kwargs)
        self._pid: int | None = None
        self._read: int | None = None
        if not _can_fork():
            return
        sys.stdout.flush()  # else the child's exit could print this process's buffered output
        sys.stderr.flush()
        read_end, write_end = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without the parent's clean-up
            try:
                os.close(read_end)
                die_with_parent(parent)
                _send(write_end, _outcome(fn, args, kwargs))
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(0)
        os.close(write_end)
        self._pid, self._read = pid, read_end

    @classmethod
    def here(cls, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Forked[T]:
        """Make a job that forks nothing: ``fn`` runs in place when :meth:`result` is asked."""
        job: Forked[T] = cls.__new__(cls)
        job._what, job._call, job._pid, job._read = what, (fn, args, kwargs), None, None
        return job

    @property
    def pid(self) -> int | None:
        """The child's process id (None where the function runs in place)."""
        return self._pid

    def result(self) -> T:
        """Wait for the child and return ``fn``'s value, or raise its exception.

        :raises ChildProcessError: when the child ended without sending anything (killed, out of
            memory)
        """
        if self._pid is None:
            fn, args, kwargs = self._call
            return fn(*args, **kwargs)
        assert self._read is not None
        chunks: list[bytes] = []
        try:
            while chunk := os.read(self._read, 1 << 20):
                chunks.append(chunk)
            _, status = os.waitpid(self._pid, 0)
        finally:
            self._close()
        pid, self._pid = self._pid, -1  # reaped: result() and cancel() do nothing more with it
        if not chunks:
            why = (
                f"signal {signal.Signals(os.WTERMSIG(status)).name}"
                if os.WIFSIGNALED(status)
                else f"exit code {os.waitstatus_to_exitcode(status)}"
            )
            raise ChildProcessError(
                f"{self._what} (child process {pid}) ended without a result ({why})"
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


def _outcome(fn: Callable[..., Any], args: Any, kwargs: Any) -> bytes:
    """Call ``fn`` and pickle ("value", value) or ("error", exception) — one that unpickles."""
    try:
        outcome: tuple[str, Any] = ("value", fn(*args, **kwargs))
    except BaseException as err:  # noqa: BLE001  # raised again in the parent
        outcome = ("error", err)
    try:
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)  # noqa: S301  # an exception whose arguments do not round-trip
    except Exception:  # noqa: BLE001
        kind, value = outcome
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
