"""The release folder ``exports/`` replaced as one, and the lock that lets one build run at a time.

A release is a directory version. The new release is written into a sibling folder,
``.exports.staging.<pid>.<random>/`` (a copy of the current ``exports/`` with the changed files
written over it), and that folder is then switched with ``exports/`` in one step:

- on Linux, one ``renameat2(RENAME_EXCHANGE)`` system call swaps the two folders atomically;
  a reader opens either the old ``exports/firesld.ttl`` or the new one, and the set of files it
  sees through ``exports/`` is entirely one release;
- elsewhere (or on a file system without the call) two renames: ``exports`` →
  ``.exports.old.<pid>.<random>``, then staging → ``exports``. Between the two, ``exports/`` is
  briefly absent (never mixed); a build killed there is repaired at the next start, which puts
  the old folder back.

``exports/`` stays a real directory, so git, the wheel (which includes it as it is) and readers
of ``exports/firesld.ttl`` need nothing new. Every build first takes an exclusive lock on
``.firesld-cache/build.lock`` (``flock``): a second build on the same checkout refuses at once
with a message naming the first one's process, instead of mixing two releases. Under the lock,
staging and old folders left by a killed build are removed (or the old one put back).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import secrets
import shutil
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from firesld.errors import BuildLockedError

__all__ = [
    "LOCK_PATH",
    "BuildLockedError",
    "checkout_lock",
    "publish_release",
    "recover",
]

#: The lock file, relative to the checkout (git-ignored with the cache).
LOCK_PATH = Path(".firesld-cache") / "build.lock"

_STAGING = ".exports.staging."
_OLD = ".exports.old."

#: The mode of every file written (as :data:`firesld.rdfio.FILE_MODE`).
_FILE_MODE = 0o644
_DIR_MODE = 0o755


@contextlib.contextmanager
def checkout_lock(root: Path) -> Iterator[None]:
    """Hold the checkout's build lock, or refuse at once when another process holds it.

    :param root: the checkout
    :raises BuildLockedError: when another build runs on the same checkout
    :raises OSError: when the lock file cannot be made for another reason than a read-only
        checkout (where no build can write, so none needs the lock)
    """
    import fcntl

    path = root / LOCK_PATH
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, _FILE_MODE)
    except OSError as err:
        if err.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        yield  # a checkout nobody can write needs no lock (a build that writes will fail)
        return
    try:
        os.fchmod(fd, _FILE_MODE)  # not the umask's
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise BuildLockedError(
                f"{path}: another firesld build (process {holder}) is running on this checkout; "
                "nothing was written: run again when it has finished"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def recover(root: Path) -> list[str]:
    """Clean up after a build that was killed: call with the lock held.

    A staging folder is removed. An old release folder is put back as ``exports/`` when
    ``exports/`` is missing (the build died between its two renames), else removed.

    :param root: the checkout
    :returns: what was done, one line each (for a warning)
    """
    done: list[str] = []
    exports = root / "exports"
    for path in sorted(root.glob(_STAGING + "*")):
        shutil.rmtree(path, ignore_errors=True)
        done.append(f"removed {path.name}/, left by an interrupted build")
    olds = sorted(root.glob(_OLD + "*"), key=lambda p: p.stat().st_mtime)
    if olds and not exports.exists():
        os.rename(olds[-1], exports)
        done.append(f"put {olds[-1].name}/ back as exports/ (a build was interrupted)")
        olds = olds[:-1]
    for path in olds:
        shutil.rmtree(path, ignore_errors=True)
        done.append(f"removed {path.name}/, left by an interrupted build")
    return done


def publish_release(exports: Path, changed: Mapping[str, bytes]) -> None:
    """Replace ``exports/`` by a copy of it with ``changed`` written over, in one switch.

    Files of ``exports/`` that ``changed`` does not name are kept (the copy carries them). If
    anything fails before the switch, ``exports/`` is untouched and the staging folder removed.

    :param exports: the release folder
    :param changed: relative path (``kgx/firesld_nodes.tsv``) to new content
    :raises OSError: when a file cannot be written or the folders cannot be switched
    """
    parent = exports.parent
    if exports.exists() and not os.access(exports, os.W_OK):
        raise PermissionError(
            errno.EACCES,
            "the release folder is read-only or immutable; nothing was written (make it writable)",
            str(exports),
        )
    staging = parent / f"{_STAGING}{os.getpid()}.{secrets.token_hex(4)}"
    try:
        staging.mkdir()
        if exports.is_dir():
            _copy_tree(exports, staging)
        for rel, content in changed.items():
            path = staging / rel
            if not path.parent.is_dir():
                path.parent.mkdir(parents=True)
                path.parent.chmod(_DIR_MODE)
            path.unlink(missing_ok=True)  # a copied file may be read-only
            with open(path, "wb") as handle:
                handle.write(content)
                os.fchmod(handle.fileno(), _FILE_MODE)
        staging.chmod(exports.stat().st_mode & 0o7777 if exports.is_dir() else _DIR_MODE)
        _switch(staging, exports)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # after the switch: the old release


def _copy_tree(source: Path, target: Path) -> None:
    """Copy a folder's files and symlinks into an existing folder; the first error is raised.

    (``shutil.copytree`` gathers errors into one ``shutil.Error`` that names no single cause.)
    """
    for folder, dirs, files in os.walk(source):
        here = target / Path(folder).relative_to(source)
        for name in dirs:
            if (Path(folder) / name).is_symlink():  # copied as a link, not followed
                os.symlink(os.readlink(Path(folder) / name), here / name)
            else:
                (here / name).mkdir()
                shutil.copymode(Path(folder) / name, here / name)
        for name in files:
            shutil.copy2(Path(folder) / name, here / name, follow_symlinks=False)


def _switch(staging: Path, exports: Path) -> None:
    """Make ``staging`` the folder ``exports`` names; afterwards ``staging`` holds the old one."""
    if not exports.exists():
        os.rename(staging, exports)
        return
    try:
        _exchange(staging, exports)
        return
    except OSError as err:
        if err.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    old = exports.parent / f"{_OLD}{os.getpid()}.{secrets.token_hex(4)}"
    os.rename(exports, old)
    try:
        os.rename(staging, exports)
    except BaseException:
        os.rename(old, exports)
        raise
    with contextlib.suppress(OSError):  # the new release is in place; a leftover is removed
        os.rename(old, staging)  # by the caller, or else by recover() at the next build


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths atomically (Linux ``renameat2`` with ``RENAME_EXCHANGE``).

    :raises OSError: ``ENOSYS`` where the call does not exist, else the call's error
    """
    if not sys.platform.startswith("linux"):
        raise OSError(errno.ENOSYS, "renameat2 is Linux-only")
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "this C library has no renameat2")
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    if (
        renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
        != 0
    ):
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(second))
