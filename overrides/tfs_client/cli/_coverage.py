"""``tfs coverage build`` / ``run``: code coverage as a per-module table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import click

from ..flags import CodeCoverageFlags
from ._commands import TfsGroup
from ._output import Mode, plain
from ._settings import Settings, pass_settings

COLUMNS = [
    "module",
    "configuration",
    "blocksCovered",
    "blocks",
    "blocksPercent",
    "linesCovered",
    "lines",
    "linesPercent",
]
HEADERS = {
    "blocksCovered": "blocks covered",
    "blocksPercent": "blocks %",
    "linesCovered": "lines covered",
    "linesPercent": "lines %",
}

UNKNOWN = "-"
"""A table cell for a count the server did not send (``--json`` has ``null``)."""


def percent(covered: int | None, total: int | None) -> float | None:
    """``covered`` as a percentage of ``total`` (one decimal), or ``None`` when unknown."""
    if covered is None or not total:
        return None
    return round(100.0 * covered / total, 1)


def _count(statistics: Mapping[str, Any], *keys: str) -> int | None:
    values = [statistics.get(key) for key in keys]
    if values[0] is None:
        return None
    return sum(value for value in values if isinstance(value, int))


def module_rows(entries: Iterable[Mapping[str, Any]], label_of: str) -> list[dict[str, Any]]:
    """One row per module of each coverage entry: blocks and lines covered, totals, percentages.

    Totals are ``blocksCovered + blocksNotCovered`` (else the module's ``blockCount``) and
    ``linesCovered + linesNotCovered + linesPartiallyCovered``; a total the server did not
    send is left empty rather than guessed.
    """
    rows = []
    for entry in entries:
        label = configuration_label(entry.get(label_of))
        for module in entry.get("modules") or []:
            statistics = module.get("statistics") or {}
            blocks_covered = statistics.get("blocksCovered")
            blocks = (
                _count(statistics, "blocksCovered", "blocksNotCovered")
                if "blocksNotCovered" in statistics
                else module.get("blockCount")
            )
            lines_covered = statistics.get("linesCovered")
            lines = (
                _count(statistics, "linesCovered", "linesNotCovered", "linesPartiallyCovered")
                if "linesNotCovered" in statistics
                else None
            )
            rows.append(
                {
                    "module": module.get("name"),
                    "configuration": label,
                    "blocksCovered": blocks_covered,
                    "blocks": blocks,
                    "blocksPercent": percent(blocks_covered, blocks),
                    "linesCovered": lines_covered,
                    "lines": lines,
                    "linesPercent": percent(lines_covered, lines),
                }
            )
    return rows


def configuration_label(value: Any) -> str | None:
    """``Debug / Any CPU`` for a build configuration, the name for a test run reference."""
    if not isinstance(value, Mapping):
        return None
    parts = [value.get("flavor"), value.get("platform")]
    if any(parts):
        return " / ".join(str(part) for part in parts if part)
    name = value.get("name") or value.get("id")
    return None if name is None else str(name)


def show(settings: Settings, rows: list[dict[str, Any]]) -> None:
    """Print the per-module rows (in a table, ``-`` where a count is unknown)."""
    output = settings.output
    if output.mode is not Mode.TABLE:
        output.items(rows)
    elif not rows:
        output.console.print("no code coverage recorded")
    else:
        right = [column for column in COLUMNS if column not in ("module", "configuration")]
        shown = [
            {key: UNKNOWN if value is None else value for key, value in row.items()} for row in rows
        ]
        output.table(shown, COLUMNS, headers=HEADERS, right=right)


@click.group(cls=TfsGroup)
def coverage() -> None:
    """Code coverage as per-module tables (the raw replies: tfs code-coverage)."""


@coverage.command("build")
@click.argument("project")
@click.argument("build_id", metavar="BUILD", type=int)
@pass_settings
def build_coverage(settings: Settings, project: str, build_id: int) -> None:
    """Per-module code coverage of build BUILD: blocks and lines covered, totals, percentages."""
    entries = settings.client().code_coverage.for_build(
        project, build_id=build_id, flags=int(CodeCoverageFlags.MODULES)
    )
    show(settings, module_rows(plain(entries), "configuration"))


@coverage.command("run")
@click.argument("project")
@click.argument("run_id", metavar="RUN", type=int)
@pass_settings
def run_coverage(settings: Settings, project: str, run_id: int) -> None:
    """Per-module code coverage of test run RUN: blocks and lines covered, totals, percentages."""
    entries = settings.client().code_coverage.for_run(
        project, run_id, flags=int(CodeCoverageFlags.MODULES)
    )
    show(settings, module_rows(plain(entries), "testRun"))
