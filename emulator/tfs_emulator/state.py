"""Everything one emulator instance owns: settings, data dir, database and attachment files."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from .data_dir import DataDir
from .database import Database
from .limits import Limits

DEFAULT_COLLECTION = "DefaultCollection"
COLLECTION_ID = "d81542e4-cdfa-4333-b082-1ae2d6c3ad16"
#: Host names always accepted in the Host header (besides the address the client connected to).
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class Settings:
    """Tunables of one emulator instance."""

    collection: str = DEFAULT_COLLECTION
    #: Required as basic password or bearer token; None serves without authentication.
    token: str | None = None
    #: Extra host names accepted in the Host header (DNS-rebinding protection); `*` accepts any.
    allowed_hosts: frozenset[str] = frozenset()
    #: Builds per page when `$top` is absent or 0.
    builds_page_size: int = 1000
    #: Test configurations per batch (the page's example uses 3).
    configurations_batch_size: int = 100
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        if self.token is not None and not self.token.strip():
            raise ValueError(
                "the token is empty: pass a non-empty token, or none to serve without "
                "authentication"
            )
        if self.token is not None and self.token != self.token.strip():
            raise ValueError("the token starts or ends with whitespace, which no client sends")


class HandledUploads:
    """How many attachment uploads the emulator has finished handling (stored, refused, or cut
    off by the client) and removed the partial file of; callers can wait for the next one."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._count = 0

    @property
    def count(self) -> int:
        """Uploads handled so far."""
        return self._count

    def add(self) -> None:
        """One more upload was handled (its partial file, if any, is already gone)."""
        with self._changed:
            self._count += 1
            self._changed.notify_all()

    def wait_for(self, count: int, timeout: float) -> bool:
        """Wait until `count` uploads were handled; False if `timeout` seconds passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: self._count >= count, timeout)


class EmulatorState:
    """The data directory, its SQLite database and the attachment file area."""

    def __init__(self, settings: Settings, data_dir: Path | None = None) -> None:
        self.settings = settings
        self.data = DataDir.create_temporary() if data_dir is None else DataDir(data_dir)
        self.data_dir = self.data.path
        self.attachments_dir = self.data.attachments
        self.uploads_dir = self.data.uploads
        self.handled_uploads = HandledUploads()
        try:
            self.db = Database(self.data_dir / "tfs.sqlite3")
        except BaseException:
            self.data.release()
            raise
        self.internal_errors = 0

    @property
    def collection(self) -> str:
        """The collection segment of every URL."""
        return self.settings.collection

    @property
    def limits(self) -> Limits:
        """The limits this instance enforces."""
        return self.settings.limits

    def attachment_path(self, attachment_id: int) -> Path:
        """Where the bytes of one attachment live."""
        return self.attachments_dir / f"{attachment_id}.bin"

    def reset(self) -> None:
        """Forget every record and the files of its attachments.

        Uploads in flight keep their files (they then find their run gone: 404), and files the
        emulator did not create are never touched.
        """
        with self.db.write() as conn:
            ids = [row[0] for row in conn.execute("SELECT id FROM attachments")]
            self.db.clear(conn)
            # Still inside the write transaction: no upload can move a file in meanwhile.
            self.data.remove_attachment_files(ids)

    def close(self) -> None:
        """Close the database (after transactions in progress); release the data dir."""
        try:
            self.db.close()
        finally:
            self.data.release()
