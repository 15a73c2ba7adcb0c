"""Owning a data directory: a marker file says the folder is the emulator's, a lock keeps a
second instance out, and only files the emulator names itself are ever deleted.

Layout: `.tfs-emulator` (marker, JSON), `.tfs-emulator.lock` (held while an instance runs),
`tfs.sqlite3*`, `attachments/<id>.bin`, `uploads/<hex>.part`. Temporary data dirs (no
`--data-dir`) are marked as such; one whose owner died without cleaning up (SIGKILL, power
loss) is removed by the next emulator that starts.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import IO

MARKER_NAME = ".tfs-emulator"
LOCK_NAME = ".tfs-emulator.lock"
TEMPORARY_PREFIX = "tfs-emulator-"
ATTACHMENT_FILE = re.compile(r"\d{1,10}\.bin")
UPLOAD_FILE = re.compile(r"[0-9a-f]{32}\.part")


class DataDirError(Exception):
    """The data directory cannot be used (not the emulator's, or in use by another instance)."""


def _lock(handle: IO[str]) -> bool:
    """Take an exclusive lock on an open file without waiting; False when someone holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DataDir:
    """A data directory this process owns until `release()`."""

    def __init__(self, path: Path, *, temporary: bool = False) -> None:
        self.path = path
        self.temporary = temporary
        self.attachments = path / "attachments"
        self.uploads = path / "uploads"
        self._lock_file: IO[str] | None = None
        try:
            self._take(path / MARKER_NAME)
        except OSError as exc:
            self.release()
            raise DataDirError(f"the data dir {path} cannot be used: {exc}") from exc

    def _take(self, marker: Path) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        if not marker.is_file() and any(self.path.iterdir()):
            raise DataDirError(
                f"the data dir {self.path} is not empty and was not created by tfs_emulator "
                f"(no {MARKER_NAME} file): pick an empty or new folder; the emulator never "
                "writes into, or deletes from, a folder it does not own"
            )
        self._acquire()
        if not marker.is_file():
            marker.write_text(json.dumps({"owner": "tfs_emulator", "temporary": self.temporary}))
        self.attachments.mkdir(exist_ok=True)
        self.uploads.mkdir(exist_ok=True)
        self._remove_interrupted_uploads()

    @classmethod
    def create_temporary(cls) -> DataDir:
        """A new temporary data dir; stale ones of dead instances are removed first."""
        remove_stale_temporary_dirs()
        return cls(Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX)), temporary=True)

    def _acquire(self) -> None:
        handle = open(self.path / LOCK_NAME, "a+", encoding="utf-8")  # noqa: SIM115 (held open)
        if not _lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise DataDirError(
                f"the data dir {self.path} is in use by another running emulator (pid {holder}); "
                "stop it or pick another --data-dir"
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock_file = handle

    def _remove_interrupted_uploads(self) -> None:
        # Only this instance holds the lock, so `.part` files are leftovers of a crash.
        for entry in self.uploads.iterdir():
            if UPLOAD_FILE.fullmatch(entry.name) and entry.is_file() and not entry.is_symlink():
                entry.unlink(missing_ok=True)

    def remove_attachment_files(self, ids: list[int]) -> None:
        """Delete the stored files of these attachments (nothing else in the folder)."""
        for ident in ids:
            (self.attachments / f"{ident}.bin").unlink(missing_ok=True)

    def release(self) -> None:
        """Unlock; a temporary data dir is removed."""
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None
        if self.temporary:
            shutil.rmtree(self.path, ignore_errors=True)


def _is_temporary(path: Path) -> bool:
    try:
        marker = json.loads((path / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and marker.get("temporary") is True


def remove_stale_temporary_dirs(parent: Path | None = None) -> list[Path]:
    """Remove temporary data dirs whose emulator is gone (lock free); returns them."""
    root = Path(parent or tempfile.gettempdir())
    removed = []
    for path in root.glob(f"{TEMPORARY_PREFIX}*"):
        if path.is_symlink() or not path.is_dir() or not _is_temporary(path):
            continue
        try:
            handle = open(path / LOCK_NAME, "a+", encoding="utf-8")  # noqa: SIM115
        except OSError:
            continue
        with contextlib.closing(handle):
            if not _lock(handle):
                continue  # its emulator is running
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed
