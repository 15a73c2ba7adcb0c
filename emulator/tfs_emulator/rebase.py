"""Stored URLs are written relative to the collection as `{base}/...`; this fills in the base.

Seeded documents (timelines, logs, identities, repositories, coverage) carry links to the
server. They are stored with the `{base}` marker so that the emulator answers with its own
address, whatever host and port it was started on.
"""

from __future__ import annotations

from typing import Any

MARKER = "{base}"
SAMPLE_BASE = "https://mytfsserver/DefaultCollection"


def rebase(value: Any, base_url: str) -> Any:
    """A copy of `value` with every string starting with `{base}` pointed at `base_url`."""
    if isinstance(value, str):
        return base_url + value[len(MARKER) :] if value.startswith(MARKER) else value
    if isinstance(value, dict):
        return {key: rebase(item, base_url) for key, item in value.items()}
    if isinstance(value, list):
        return [rebase(item, base_url) for item in value]
    return value


def unbase(value: Any, sample_base: str = SAMPLE_BASE) -> Any:
    """A copy of a recorded document with the recording server's base replaced by `{base}`."""
    if isinstance(value, str):
        return MARKER + value[len(sample_base) :] if value.startswith(sample_base) else value
    if isinstance(value, dict):
        return {key: unbase(item, sample_base) for key, item in value.items()}
    if isinstance(value, list):
        return [unbase(item, sample_base) for item in value]
    return value
