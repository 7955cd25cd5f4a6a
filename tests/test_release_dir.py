"""The release folder exports/ is replaced as one.

A fault or a kill at any rename, a read-only or immutable target, two builds at once:
afterwards the release is entirely old or entirely new, and its VoID checksums match its files.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import firesld.release_dir as release_dir
from firesld.constants import Layout
from firesld.release_dir import BuildLockedError, checkout_lock, publish_release, recover
from tests.constants import REPO
from tests.hostile import one_line_error, run_firesld

SPDX_VALUE = "http://spdx.org/rdf/terms#checksumValue"
DOWNLOAD = "http://www.w3.org/ns/dcat#downloadURL"


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under a folder, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def void_matches(exports: Path) -> bool:
    """Tell whether every file the VoID description lists has the SHA-256 it states."""
    from rdflib import Graph, URIRef

    void = Graph().parse(exports / "firesld.void.ttl", format="turtle")
    checked = 0
    for dist, url in void.subject_objects(URIRef(DOWNLOAD)):
        name = str(url).rsplit("/", 1)[-1]
        checksum = void.value(dist, URIRef("http://spdx.org/rdf/terms#checksum"))
        value = void.value(checksum, URIRef(SPDX_VALUE)) if checksum is not None else None
        if value is None:
            continue
        path = exports / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != str(value):
            return False
        checked += 1
    return checked >= 5


def new_release(exports: Path) -> dict[str, bytes]:
    """Make a second, self-consistent release from the committed one.

    firesld.ttl and firesld.nt get a comment line, and the VoID description their new checksums
    and sizes, as a build of other data would change them.
    """
    changed: dict[str, bytes] = {}
    void = (exports / "firesld.void.ttl").read_text(encoding="utf-8")
    for name in ("firesld.ttl", "firesld.nt"):
        old = (exports / name).read_bytes()
        new = b"# another release\n" + old if name.endswith(".ttl") else old[: old.rindex(b"\n<")]
        if name.endswith(".nt"):
            new += b"\n"  # N-Triples: the last triple dropped
        void = void.replace(hashlib.sha256(old).hexdigest(), hashlib.sha256(new).hexdigest())
        void = void.replace(f'"{len(old)}"', f'"{len(new)}"')
        changed[name] = new
    changed["firesld.void.ttl"] = void.encode()
    return changed


@pytest.fixture
def releases(tmp_path: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """Return a checkout folder with the committed exports, and the old and new file sets."""
    root = tmp_path / "checkout"
    root.mkdir()
    shutil.copytree(REPO / "exports", root / "exports")
    old = tree(root / "exports")
    changed = new_release(root / "exports")
    new = {**old, **changed}
    assert void_matches(root / "exports")
    return root, old, new


def assert_whole(root: Path, old: dict[str, bytes], new: dict[str, bytes]) -> str:
    """Check exports/ is entirely the old or the new release, VoID matching; return which."""
    recover(root)
    exports = root / "exports"
    now = tree(exports)
    assert now in (old, new), sorted(k for k in now if now[k] != old.get(k))
    assert void_matches(exports)
    assert sorted(p.name for p in root.iterdir()) == ["exports"]
    return "old" if now == old else "new"


def test_new_release_is_consistent(tmp_path: Path) -> None:
    """The test's second release is itself consistent (so the checks below can tell a mix)."""
    root = tmp_path / "r"
    shutil.copytree(REPO / "exports", root / "exports")
    publish_release(root / "exports", new_release(root / "exports"))
    assert void_matches(root / "exports")
    assert (root / "exports" / "firesld.ttl").read_bytes().startswith(b"# another release")


MOVES = ("rename", "replace")


def _count_moves(
    monkeypatch: pytest.MonkeyPatch, fail_at: int, exchange: bool
) -> Callable[[], int]:
    """Make the ``fail_at``-th rename, replace or exchange raise; return a call counter."""
    calls = {"n": 0}

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def move(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == fail_at:
                raise OSError(errno.EIO, "Input/output error (injected)", str(args[0]))
            return real(*args, **kwargs)

        return move

    for name in MOVES:
        monkeypatch.setattr(os, name, wrap(getattr(os, name)))
    if exchange:
        monkeypatch.setattr(release_dir, "_exchange", wrap(release_dir._exchange))
    else:

        def no_exchange(first: Path, second: Path) -> None:
            raise OSError(errno.ENOSYS, "no renameat2 here (test)")

        monkeypatch.setattr(release_dir, "_exchange", no_exchange)
    return lambda: calls["n"]


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_a_fault_at_every_move_leaves_one_whole_release(
    releases: tuple[Path, dict[str, bytes], dict[str, bytes]], exchange: bool
) -> None:
    """Fail the k-th rename/replace/exchange, for every k: old or new, never a mix."""
    root, old, new = releases
    changed = {k: v for k, v in new.items() if old.get(k) != v}
    seen = []
    k = 1
    while True:
        with pytest.MonkeyPatch.context() as monkeypatch:
            calls = _count_moves(monkeypatch, k, exchange)
            try:
                publish_release(root / "exports", changed)
                failed = False
            except OSError as err:
                assert "injected" in str(err)
                failed = True
            total = calls()
        state = assert_whole(root, old, new)
        seen.append((k, failed, state))
        if not failed:
            assert state == "new"
            break
        if state == "new":  # put the old release back for the next k
            publish_release(root / "exports", {k: v for k, v in old.items() if new[k] != v})
        k += 1
        assert k < 20
    assert seen[0][1], "the first move must have been failed"
    assert total >= 1
    assert len(seen) >= (2 if exchange else 3)


KILLER = textwrap.dedent(
    """
    import errno, os, sys
    from pathlib import Path
    import firesld.release_dir as rd
    root, kill_at, payload = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    calls = {"n": 0}
    real = os.rename
    def rename(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == kill_at:
            os._exit(137)  # as SIGKILL: no finally, no clean-up
        return real(*args, **kwargs)
    os.rename = rename
    def no_exchange(a, b):
        raise OSError(errno.ENOSYS, "no renameat2 (test)")
    rd._exchange = no_exchange
    import json
    changed = {k: bytes.fromhex(v) for k, v in json.loads(payload.read_text()).items()}
    rd.publish_release(root / "exports", changed)
    """
)


def test_a_kill_between_the_two_renames_is_repaired_at_the_next_start(
    releases: tuple[Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    """A child killed (no clean-up at all) at each rename of the fallback: recover() repairs it."""
    import json

    root, old, new = releases
    changed = {k: v for k, v in new.items() if old.get(k) != v}
    payload = tmp_path / "payload.json"
    payload.write_text(json.dumps({k: v.hex() for k, v in changed.items()}))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    states = []
    for kill_at in (1, 2, 3):
        result = subprocess.run(
            [sys.executable, "-c", KILLER, str(root), str(kill_at), str(payload)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 137, result.stderr
        assert any(p.name.startswith(".exports.") for p in root.iterdir())  # debris left
        states.append(assert_whole(root, old, new))
        if states[-1] == "new":
            publish_release(root / "exports", {k: v for k, v in old.items() if new[k] != v})
    assert states[0] == "old"  # killed before the first rename
    assert states[1] == "old"  # killed between the two: the old folder is put back


def edit_data(checkout: Layout) -> None:
    """Change one claim's English text, so that a build has a new release to write."""
    claims = checkout.data_dir / "claims" / "abstract.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("supporting_text_en: ", "supporting_text_en: (x) ", 1))


def test_stale_staging_folders_are_removed_at_the_next_build(checkout: Layout) -> None:
    """A staging folder left by a killed build goes at the next start, and is reported."""
    stale = checkout.root / ".exports.staging.4242.deadbeef"
    (stale / "kgx").mkdir(parents=True)
    (stale / "firesld.ttl").write_text("half\n", encoding="utf-8")
    result = run_firesld(
        ["build", "--root", str(checkout.root), "--no-generate", "--no-reason"], cwd=checkout.root
    )
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert "removed .exports.staging.4242.deadbeef/" in result.stderr
    assert void_matches(checkout.exports_dir)


def test_immutable_exports_give_one_line_and_keep_the_release(checkout: Layout) -> None:
    """An immutable exports/ (chattr +i): rc 2, one line naming it, the release unchanged."""
    exports = checkout.exports_dir
    edit_data(checkout)
    before = tree(exports)
    if subprocess.run(["chattr", "+i", str(exports)], check=False).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        result = run_firesld(
            ["build", "--root", str(checkout.root), "--no-generate", "--no-reason", "--force"],
            cwd=checkout.root,
        )
    finally:
        subprocess.run(["chattr", "-i", str(exports)], check=True)
    assert result.returncode == 2
    line = one_line_error(result)
    assert "exports: the release folder is read-only or immutable" in line
    assert tree(exports) == before
    assert void_matches(exports)
    assert sorted(p.name for p in checkout.root.glob(".exports.*")) == []


def test_read_only_exports_give_one_line_and_keep_the_release(checkout: Layout) -> None:
    """A read-only exports/ (a read-only bind mount, EROFS): rc 2, one line, release unchanged.

    The build runs in its own mount namespace (``unshare --mount``), where exports/ is mounted
    read-only over itself; without ``unshare`` or the right to mount, the test is skipped.
    """
    edit_data(checkout)
    exports = checkout.exports_dir
    before = tree(exports)
    if shutil.which("unshare") is None:
        pytest.skip("no unshare here")
    mount = f"mount --bind {exports} {exports} && mount -o remount,ro,bind {exports}"
    args = ["build", "--root", str(checkout.root), "--no-generate", "--no-reason", "--force"]
    command = " ".join([sys.executable, "-m", "firesld", *args])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", mount], capture_output=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot bind-mount read-only here: {probe.stderr[-200:]!r}")
    result = subprocess.run(
        ["unshare", "--mount", "sh", "-c", f"{mount} && exec {command}"],
        cwd=checkout.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 2, result.stderr
    line = one_line_error(result)
    assert "exports: the release folder is read-only or immutable" in line
    assert tree(exports) == before
    assert void_matches(exports)
    assert not list(checkout.root.glob(".exports.*"))


def test_a_build_refuses_while_another_holds_the_lock(checkout: Layout) -> None:
    """With the checkout's lock held, a build exits 2 at once with a clear message."""
    before = tree(checkout.exports_dir)
    with checkout_lock(checkout.root):
        result = run_firesld(
            ["build", "--root", str(checkout.root), "--no-generate", "--force"], cwd=checkout.root
        )
        with pytest.raises(BuildLockedError), checkout_lock(checkout.root):
            pass  # the lock is per open file: a second holder in this process is refused too
    assert result.returncode == 2
    line = one_line_error(result)
    assert "another firesld build" in line and f"process {os.getpid()}" in line
    assert tree(checkout.exports_dir) == before


def test_two_builds_started_together_leave_one_whole_release(checkout: Layout) -> None:
    """Two builds at once on one checkout: one runs, the other refuses (or waits its turn)."""
    before = tree(checkout.exports_dir)
    args = ["build", "--root", str(checkout.root), "--no-generate", "--no-reason", "--force"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "firesld", *args],
            cwd=checkout.root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    codes = sorted(p.returncode for p in procs)
    assert codes in ([0, 0], [0, 2]), outputs
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert "Traceback" not in err
        if proc.returncode == 2:
            assert "another firesld build" in err
    assert void_matches(checkout.exports_dir)
    assert tree(checkout.exports_dir) == before  # same data: the same release, whole
    assert not list(checkout.root.glob(".exports.*"))


def test_a_folder_named_like_a_data_file_is_not_cached_away(checkout: Layout) -> None:
    """data/claims/x.yaml/ (a folder): validate refuses it, build fails, and not from the cache."""
    args = ["build", "--root", str(checkout.root), "--no-generate", "--no-reason"]
    first = run_firesld(args, cwd=checkout.root)
    assert first.returncode == 0, first.stderr
    folder = checkout.data_dir / "claims" / "x.yaml"
    folder.mkdir()
    validate = run_firesld(["validate", str(folder)], cwd=checkout.root)
    assert validate.returncode == 2
    assert "no YAML or RDF file" in one_line_error(validate)
    cached = run_firesld(args, cwd=checkout.root)
    forced = run_firesld([*args, "--force"], cwd=checkout.root)
    assert cached.returncode == forced.returncode == 2
    for result in (cached, forced):
        line = one_line_error(result)
        assert "data/claims/x.yaml: a directory" in line and "(EISDIR)" in line
    assert "nothing changed" not in cached.stdout


@pytest.mark.parametrize("target", ["loop.yaml", "nowhere.yaml"], ids=["loop", "broken"])
def test_an_unreadable_data_file_is_one_line_and_exit_2(checkout: Layout, target: str) -> None:
    """data/claims/loop.yaml → itself, or → nothing: one line naming the link, exit 2.

    The tool cannot read its input, an operating-system failure (exit 2), not data that does
    not conform (exit 1); build and validate, of the tree, a folder or the file, say so.
    """
    link = checkout.data_dir / "claims" / "loop.yaml"
    link.symlink_to(target)
    why = "Too many levels of symbolic links (ELOOP)" if target == link.name else "(ENOENT)"
    for args in (
        ["build", "--root", str(checkout.root), "--no-generate", "--no-reason"],
        ["validate", "--no-reason", "data"],
        ["validate", "--no-reason", "data/claims/loop.yaml"],
    ):
        result = run_firesld(args, cwd=checkout.root)
        assert result.returncode == 2, (args, result.stderr)
        line = one_line_error(result)
        assert line.startswith("firesld: error: data/claims/loop.yaml: "), line
        assert why in line or "a broken symlink or a symlink loop" in line, line
        assert "nowhere" not in line


def test_file_too_large_gives_one_line_and_keeps_the_release(checkout: Layout) -> None:
    """Under `ulimit -f` (SIGXFSZ ignored, so EFBIG): one line, rc 2, the release kept whole."""
    edit_data(checkout)
    before = tree(checkout.exports_dir)
    result = run_firesld(
        ["build", "--root", str(checkout.root), "--no-generate", "--no-reason", "--force"],
        cwd=checkout.root,
        file_size=200_000,
    )
    assert result.returncode == 2, result.stderr
    line = one_line_error(result)
    assert "File too large (EFBIG)" in line and ".exports.staging." in line
    assert tree(checkout.exports_dir) == before
    assert void_matches(checkout.exports_dir)
    assert not list(checkout.root.glob(".exports.*"))


def test_generated_context_is_switched_in_with_the_release(checkout: Layout) -> None:
    """The JSON-LD context the build generates goes into exports/ in the release's own switch.

    When the switch fails, exports/ keeps its old context too (it is never written alone, beside
    an old release); when it succeeds, the context is new and reported as generated.
    """
    pytest.importorskip("linkml")
    from firesld.build import run_build

    context = checkout.exports_dir / "firesld.context.jsonld"
    committed = context.read_bytes()
    context.write_text('{"@context": {}}\n', encoding="utf-8")
    stale = tree(checkout.exports_dir)

    def failing(staging: Path, exports: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device (injected)", str(exports))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(release_dir, "_switch", failing)
        with pytest.raises(OSError, match="injected"):
            run_build(checkout, force=True, checks=["parse", "schema"])
    assert tree(checkout.exports_dir) == stale
    result = run_build(checkout, force=True, checks=["parse", "schema"])
    assert context.read_bytes() == committed
    assert context in result.generated
    assert context not in result.written
    assert run_build(checkout, checks=["parse", "schema"]).cached
