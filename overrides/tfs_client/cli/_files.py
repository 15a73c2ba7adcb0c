"""File helpers for transfers: SHA-256 digests and safe file names."""

from __future__ import annotations

import hashlib
from email.utils import encode_rfc2231
from pathlib import Path

from ..downloads import safe_file_name

CHUNK_BYTES = 1024 * 1024


def sha256_of(path: Path) -> str:
    """The file's SHA-256 as hex, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def safe_name(name: str | None, fallback: str) -> str:
    """``name`` as a plain file name that stays inside a folder (as ``download_attachment``
    makes a server's name safe), else ``fallback``."""
    if not name:
        return fallback
    header = f"attachment; filename*={encode_rfc2231(name, 'utf-8')}"
    return safe_file_name(header) or fallback
