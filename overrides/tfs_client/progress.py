"""Progress reporting for uploads and downloads."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int | None], None]
"""Called as ``progress(bytes_done, bytes_total)`` after each chunk (and once with 0 first).

``bytes_total`` is ``None`` when the size is unknown (a download without ``Content-Length``).
Counts are of the file's own bytes, not of the base64 text or the compressed transfer.
"""
