"""What ``python -m bench`` needs installed: the ``bench`` extra of ``pyproject.toml``.

The bench imports psutil and the official client, starts the emulator and runs the generator in
child processes, so a partial install (``make demo``'s) fails halfway through a run. The extra
is read from ``pyproject.toml`` itself (the bench runs from a checkout), not from installed
metadata that an older install may have left behind.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
PROJECT = "tfs-client"
EXTRA = "bench"
INSTALL = "run `make bench`, or `pip install -e '.[bench]'` in the repository"
_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")


def _parse(requirement: str) -> tuple[str, list[str]]:
    """A requirement's distribution name and the extras it asks for."""
    match = _REQUIREMENT.match(requirement)
    if match is None:
        raise ValueError(f"unreadable requirement in {PYPROJECT.name}: {requirement!r}")
    extras = [extra.strip() for extra in (match.group(2) or "").split(",") if extra.strip()]
    return match.group(1), extras


def requirements(extra: str = EXTRA, pyproject: Path = PYPROJECT) -> list[str]:
    """Distributions the project's runtime and ``extra`` need, the project's own extras that
    ``extra`` names (``tfs-client[emulator]``) expanded."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    extras: dict[str, list[str]] = project.get("optional-dependencies", {})
    names: list[str] = []
    pending: list[str] = [*project.get("dependencies", []), *extras[extra]]
    seen = {extra}
    while pending:
        name, wanted = _parse(pending.pop(0))
        if name.lower() != PROJECT:
            if name not in names:
                names.append(name)
            continue
        for nested in wanted:
            if nested not in seen:
                seen.add(nested)
                pending += extras[nested]
    return names


def missing(extra: str = EXTRA) -> list[str]:
    """The project and the distributions of ``requirements(extra)`` that are not installed."""
    absent = []
    for name in [PROJECT, *requirements(extra)]:
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            absent.append(name)
    return absent


def message(absent: list[str]) -> str:
    """One line saying what is missing and how to install it."""
    return f"python -m bench: {', '.join(absent)} not installed; {INSTALL}"
