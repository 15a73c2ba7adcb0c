"""File helpers for transfers: SHA-256 digests and safe, distinct names in a folder."""

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


def distinct_targets(folder: Path, names: list[tuple[int, str]]) -> dict[int, Path]:
    """A path in ``folder`` per ``(id, safe name)``; a name used twice gets its id as a prefix."""
    seen: dict[str, int] = {}
    for _, name in names:
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    return {
        key: folder / (f"{key}-{name}" if seen[name.casefold()] > 1 else name)
        for key, name in names
    }
