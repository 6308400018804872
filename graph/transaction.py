"""Writing the data folder: one writer at a time, every change all or nothing, nothing left behind.

Three pieces, used by ``build`` and ``ingest`` (and the app, which ingests through the same path):

- ``DataLock``: an exclusive ``flock`` on ``DATA/.stancegraph.lock``, held for a whole build or
  ingest. A second writer waits (told who holds it) and gives up after a timeout with a message
  naming the holder. The kernel drops the lock when its holder dies, even by SIGKILL, so a crash
  never leaves the folder locked. Readers take no lock: they read files that are only ever
  replaced whole.
- ``Transaction``: every file of an ingest (texts, sidecars, per-article graphs, the snapshot) is
  first written under a temporary name, and all are fsynced at commit; then a journal listing the renames is written
  atomically (the commit point); then the files are renamed and the journal removed. ``recover``
  finishes an interrupted commit (or forgets one that never reached its journal) and removes the
  stale temporary files, so after any kill the folder is either wholly before or wholly after.
- ``write_atomic``: one file replaced in one step.

Every file is created with mode 0o666 filtered by the process umask, like any other tool's.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import secrets
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from graph.errors import StoreError

__all__ = [
    "JOURNAL_NAME",
    "LOCK_NAME",
    "DataLock",
    "LockBusy",
    "Transaction",
    "file_id",
    "folder_state",
    "is_temp_name",
    "locked",
    "recover",
    "remove_stale_temps",
    "write_atomic",
]

LOCK_NAME = ".stancegraph.lock"
JOURNAL_NAME = ".stancegraph.journal"
# Ours: ".NAME.<16 hex>.tmp"; older versions used mkstemp's ".NAME.<8 of [a-z0-9_]>.tmp".
_TEMP = re.compile(r"^\..+\.(?:[0-9a-f]{16}|[a-z0-9_]{8})\.tmp$")
_OWNED_FOLDERS = (".", "articles", "ingested", "build")
"""Folders of the data folder whose temporary files are ours to remove."""


class LockBusy(StoreError):
    """Another build or ingest holds the data folder's lock for longer than we wait."""


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one of our temporary file names.

    >>> is_temp_name(".kg.trig.0123456789abcdef.tmp"), is_temp_name("kg.trig")
    (True, False)
    """
    return bool(_TEMP.match(name))


def file_id(path: Path) -> tuple[int, int, int] | None:
    """What tells one written version of ``path`` from another (a replaced file is a new inode)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def folder_state(data_dir: str | Path) -> tuple[tuple[int, int, int] | None, ...]:
    """What any build or ingest changes in the data folder: the snapshot ``build/kg.trig`` and
    the folders an ingest renames its files into (a rename changes its folder's time), so work
    prepared against one state can tell, under the lock, whether it still holds."""
    data = Path(data_dir)
    return tuple(
        file_id(data / name) for name in ("build/kg.trig", "build", "articles", "ingested")
    )


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")


def _write_new(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Create ``path`` (it must not exist) holding ``data``, flushed to disk unless ``sync`` is
    false (the caller then syncs it with ``_fsync_file`` before it counts).

    ``os.open`` with 0o666 lets the kernel apply the umask, as ``open()`` does for anyone else.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if sync:
                os.fsync(out.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (temp file, fsync, rename, fsync the folder)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_path(path)
    _write_new(tmp, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


class DataLock:
    """The data folder's writer lock, as a context manager.

    ``on_wait`` is called once with a sentence naming the holder when the lock is busy.
    """

    def __init__(
        self,
        data_dir: str | Path,
        *,
        timeout: float = 120.0,
        on_wait: Callable[[str], None] | None = None,
        what: str = "",
    ) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self.timeout = timeout
        self.on_wait = on_wait
        self.what = what or " ".join(Path(a).name if i == 0 else a for i, a in enumerate(sys.argv))
        self._fd: int | None = None

    def __enter__(self) -> DataLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        deadline = time.monotonic() + self.timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    os.close(fd)
                    raise StoreError(f"{self.path}: cannot lock the data folder ({exc})") from None
            if time.monotonic() >= deadline:
                holder = self._holder(fd)
                os.close(fd)
                raise LockBusy(
                    f"{self.path.parent} is busy: {holder} has held its lock for over "
                    f"{self.timeout:g} s; try again when it finishes"
                )
            if not told and self.on_wait is not None:
                self.on_wait(f"waiting for {self._holder(fd)} to finish with {self.path.parent}")
                told = True
            time.sleep(0.1)
        self._fd = fd
        self._describe(fd)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is None:
            return
        with suppress(OSError):
            os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def _describe(self, fd: int) -> None:
        """Say who holds the lock, for the messages of those who wait."""
        stamp = datetime.now(UTC).strftime("%H:%M:%S UTC")
        note = json.dumps(
            {"pid": os.getpid(), "host": socket.gethostname(), "what": self.what, "since": stamp}
        )
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, note.encode("utf-8"), 0)
        except OSError:
            pass  # the note only helps messages; the lock is what matters

    def _holder(self, fd: int) -> str:
        try:
            note = json.loads(os.pread(fd, 4096, 0).decode("utf-8"))
            return f"{note['what'] or 'another writer'} (pid {note['pid']}, since {note['since']})"
        except (OSError, ValueError, KeyError, TypeError):
            return "another build or ingest"


@contextmanager
def locked(
    data_dir: str | Path,
    *,
    timeout: float = 120.0,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the data folder's lock, finish any interrupted commit, clear stale temp files."""
    with DataLock(data_dir, timeout=timeout, on_wait=on_wait):
        recover(data_dir)
        yield


class Transaction:
    """Files staged under temporary names, then renamed together through a journal.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> tx = Transaction(folder)
    >>> tx.stage(folder / "a.txt", b"one"); tx.stage(folder / "sub" / "b.txt", b"two")
    >>> tx.commit()
    >>> sorted(p.name for p in folder.rglob("*"))
    ['a.txt', 'b.txt', 'sub']
    """

    def __init__(self, data_dir: str | Path) -> None:
        self.data = Path(data_dir)
        self._moves: list[tuple[Path, Path]] = []

    def stage(self, path: Path, data: bytes) -> None:
        """Write what ``path`` will hold under a temporary name beside it (synced at commit)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _temp_path(path)
        self._moves.append((tmp, path))
        _write_new(tmp, data, sync=False)

    def discard(self) -> None:
        """Forget the staged files (nothing was committed)."""
        for tmp, _ in self._moves:
            tmp.unlink(missing_ok=True)
        self._moves.clear()

    def commit(self) -> None:
        """Make every staged file take its place: all of them, even after a crash, or none."""
        if not self._moves:
            return
        # Synced here, all written before the first sync: the first flushes them all together
        # (one journal commit), the rest find nothing left to write (one fsync each at staging
        # cost a disk round trip per file: 3 per ingested article).
        for tmp, _ in self._moves:
            _fsync_file(tmp)
        for folder in {tmp.parent for tmp, _ in self._moves}:
            _fsync_folder(folder)
        moves = [[self._rel(tmp), self._rel(final)] for tmp, final in self._moves]
        write_atomic(self.data / JOURNAL_NAME, json.dumps({"moves": moves}).encode("utf-8"))
        _apply(self.data, moves)
        self._moves.clear()

    def __enter__(self) -> Transaction:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is not None:
            self.discard()

    def _rel(self, path: Path) -> str:
        return os.path.relpath(path, self.data)


def _apply(data: Path, moves: list[list[str]]) -> None:
    """Rename each staged file onto its target, then drop the journal (idempotent)."""
    for tmp, final in moves:
        source = data / tmp
        if source.exists():
            os.replace(source, data / final)
    for folder in {(data / final).parent for _, final in moves}:
        _fsync_folder(folder)
    (data / JOURNAL_NAME).unlink(missing_ok=True)
    _fsync_folder(data)


def recover(data_dir: str | Path) -> None:
    """Finish a commit a crash interrupted, then remove stale temporary files.

    Call it holding the lock. A journal on disk means every staged file was complete, so the
    renames are redone; without one, the staged files never counted and are removed.
    """
    data = Path(data_dir)
    journal = data / JOURNAL_NAME
    if journal.exists():
        try:
            moves = json.loads(journal.read_text(encoding="utf-8"))["moves"]
            pairs = [[str(tmp), str(final)] for tmp, final in moves]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                f"{journal}: unreadable journal of an interrupted ingest ({exc}); "
                "remove it and run `stancegraph build`"
            ) from None
        for tmp, final in pairs:
            for part in (tmp, final):
                if os.path.isabs(part) or ".." in Path(part).parts:
                    raise StoreError(f"{journal}: path {part!r} leaves the data folder; remove it")
        _apply(data, pairs)
    remove_stale_temps(data)


def remove_stale_temps(data_dir: str | Path) -> list[Path]:
    """Remove our temporary files from the data folder's own folders (call holding the lock)."""
    removed: list[Path] = []
    for name in _OWNED_FOLDERS:
        folder = Path(data_dir) / name
        if not folder.is_dir():
            continue
        for entry in os.scandir(folder):
            if entry.is_file(follow_symlinks=False) and is_temp_name(entry.name):
                Path(entry.path).unlink(missing_ok=True)
                removed.append(Path(entry.path))
    return removed
