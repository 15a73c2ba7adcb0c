"""The one table of results: rows of figures with their targets, as text or Markdown."""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from .stats import Summary, reason_of

Unit = Literal["x", "ms", "s", "MiB", "MiB/s"]
"""``x`` is a ratio; the others are absolute quantities."""

_DIGITS: dict[Unit, int] = {"x": 2, "ms": 0, "s": 2, "MiB": 1, "MiB/s": 0}


def counted(number: int, noun: str) -> str:
    """``number`` and ``noun`` for a row's label: ``1 build``, ``100,000 builds``."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


@attrs.frozen
class Target:
    """A bound a figure should respect, e.g. ``Target("<=", 1.10)``."""

    comparison: Literal["<=", ">="]
    bound: float

    def met(self, value: float) -> bool:
        """Whether ``value`` respects the bound."""
        compare = operator.le if self.comparison == "<=" else operator.ge
        return bool(compare(value, self.bound))

    def __str__(self) -> str:
        symbol = "≤" if self.comparison == "<=" else "≥"
        return f"{symbol} {self.bound:g}"


@attrs.frozen
class Row:
    """One line of the table.

    ``value`` is ``None`` when the figure could not be measured; ``detail`` then says why,
    and ``failed`` tells a failure (a probe raised) from a figure that does not apply.
    """

    figure: str
    measurement: str
    value: Summary | None
    unit: Unit = "x"
    target: Target | None = None
    detail: str = ""
    failed: bool = False

    @property
    def status(self) -> str:
        """``ok``, ``MISSED``, ``FAILED``, ``n/a`` (does not apply) or empty (no target)."""
        if self.failed:
            return "FAILED"
        if self.value is None:
            return "n/a"
        if self.target is None:
            return ""
        return "ok" if self.target.met(self.value.median) else "MISSED"

    def as_json(self) -> dict[str, object]:
        """The row as plain JSON data."""
        return {
            "figure": self.figure,
            "measurement": self.measurement,
            "unit": self.unit,
            "value": None if self.value is None else attrs.asdict(self.value),
            "target": None if self.target is None else str(self.target),
            "status": self.status,
            "detail": self.detail,
            "failed": self.failed,
        }

    def value_text(self) -> str:
        """The median with its spread, e.g. ``1.04x [0.98-1.09]``."""
        if self.value is None:
            return "n/a"
        digits = _DIGITS[self.unit]
        if self.unit == "x" and self.value.median >= 100:  # 903x, not 902.58x
            digits = 0
        suffix = "x" if self.unit == "x" else f" {self.unit}"
        median = f"{self.value.median:.{digits}f}{suffix}"
        if self.value.count < 2:
            return median
        return f"{median} [{self.value.low:.{digits}f}-{self.value.high:.{digits}f}]"


def failed(figure: str, measurement: str, error: BaseException) -> Row:
    """The FAILED row standing for a measurement that raised."""
    return Row(figure, measurement, None, detail=reason_of(error), failed=True)


def measured(
    figure: str,
    measurement: str,
    compute: Callable[[], tuple[Summary, str]],
    *,
    unit: Unit = "x",
    target: Target | None = None,
) -> Row:
    """A row whose value and detail come from ``compute``; a FAILED row if it raises.

    ``compute`` reads the samples of interleaved variants, so a variant that failed
    (``stats.VariantFailed``) fails only the rows that need it.
    """
    try:
        value, detail = compute()
    except Exception as error:
        return failed(figure, measurement, error)
    return Row(figure, measurement, value, unit=unit, target=target, detail=detail)


HEADERS = ("#", "Measurement", "Median [min-max]", "Target", "Status", "Detail")


def _cells(row: Row) -> tuple[str, ...]:
    target = "" if row.target is None else str(row.target)
    return (row.figure, row.measurement, row.value_text(), target, row.status, row.detail)


def render_text(rows: Sequence[Row]) -> str:
    """An aligned plain-text table."""
    table = [HEADERS, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS) - 1)]

    def line(cells: tuple[str, ...]) -> str:
        padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
        return "  ".join([*padded, cells[-1]]).rstrip()

    rule = "  ".join("-" * width for width in widths) + "  ------"
    return "\n".join([line(HEADERS), rule, *(line(cells) for cells in table[1:])])


def render_markdown(rows: Sequence[Row]) -> str:
    """A Markdown table (pipes in cells escaped)."""

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return "\n".join(
        [line(HEADERS), "|" + "---|" * len(HEADERS), *(line(_cells(row)) for row in rows)]
    )
