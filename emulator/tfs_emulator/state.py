"""Everything one emulator instance owns: settings, database and attachment files."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .database import Database

DEFAULT_COLLECTION = "DefaultCollection"
COLLECTION_ID = "d81542e4-cdfa-4333-b082-1ae2d6c3ad16"


@dataclass(frozen=True)
class Settings:
    """Tunables of one emulator instance."""

    collection: str = DEFAULT_COLLECTION
    token: str | None = None
    #: Largest attachment accepted, in decoded bytes.
    max_attachment_bytes: int = 2 * 1024**3
    #: Builds per page when `$top` is absent or 0.
    builds_page_size: int = 1000
    #: Test configurations per batch (the page's example uses 3).
    configurations_batch_size: int = 100


class EmulatorState:
    """The data directory, its SQLite database and the attachment file area."""

    def __init__(self, settings: Settings, data_dir: Path | None = None) -> None:
        self.settings = settings
        self._temporary = data_dir is None
        self.data_dir = (
            Path(tempfile.mkdtemp(prefix="tfs-emulator-")) if data_dir is None else data_dir
        )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.attachments_dir = self.data_dir / "attachments"
        self.attachments_dir.mkdir(exist_ok=True)
        self.uploads_dir = self.data_dir / "uploads"
        self.uploads_dir.mkdir(exist_ok=True)
        for leftover in self.uploads_dir.iterdir():  # uploads interrupted by a crash
            leftover.unlink(missing_ok=True)
        self.db = Database(self.data_dir / "tfs.sqlite3")
        self.internal_errors = 0

    @property
    def collection(self) -> str:
        """The collection segment of every URL."""
        return self.settings.collection

    def attachment_path(self, attachment_id: int) -> Path:
        """Where the bytes of one attachment live."""
        return self.attachments_dir / f"{attachment_id}.bin"

    def reset(self) -> None:
        """Forget every record and file."""
        self.db.clear()
        for directory in (self.attachments_dir, self.uploads_dir):
            for path in directory.iterdir():
                path.unlink(missing_ok=True)

    def close(self) -> None:
        """Close the database; remove the data dir when it was temporary."""
        self.db.close()
        if self._temporary:
            shutil.rmtree(self.data_dir, ignore_errors=True)
