"""api-version comparison for the resource methods whose operation has newer forms
(``x-since`` / ``x-tfs-form-of`` in the spec): which form a call sends, and the clear errors
when an argument does not exist at the chosen version."""

from __future__ import annotations

import re
from typing import Any

_VERSION = re.compile(r"(\d+)\.(\d+)(?:-preview(?:\.\d+)?)?")


def version_key(version: str) -> tuple[int, int]:
    """``"7.1"`` → ``(7, 1)``; a preview compares by its number (``"3.0-preview.2"`` → ``(3, 0)``).

    Raises ``ValueError`` for text that is not an api-version.
    """
    match = _VERSION.fullmatch(version.strip())
    if match is None:
        raise ValueError(
            f"api_version {version!r} is not an api-version like '7.1' or '3.0-preview.2'"
        )
    return int(match.group(1)), int(match.group(2))


def reaches(version: str, since: str) -> bool:
    """Whether ``version`` is ``since`` or newer, compared by number (``"10.0" > "7.1"``)."""
    return version_key(version) >= version_key(since)


def require_version(method: str, argument: str, since: str, version: str) -> None:
    """Refuse ``argument`` of ``method`` when the call's api-version predates ``since``."""
    if not reaches(version, since):
        raise ValueError(
            f"{method}: {argument} needs api-version {since} or newer; this call uses {version}"
        )


def refuse_absent(method: str, version: str, **given: Any) -> None:
    """Refuse the arguments (given, not ``None``) that the form sent at ``version`` lacks."""
    present = sorted(name for name, value in given.items() if value is not None)
    if present:
        raise TypeError(
            f"{method}: {', '.join(present)} not taken at api-version {version} "
            "(the operation's form for that version has no such parameter)"
        )
