"""What commands print: tables for people, ``--json`` (one document) or ``--jsonl`` (one item per
line, written as each item arrives) for programs. Colour only on a terminal."""

from __future__ import annotations

import datetime
import enum
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text


class Mode(enum.Enum):
    """How results are printed."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


MAX_COLUMNS = 7
"""Columns a list table shows; ``--json`` has every field."""

PREFERRED_COLUMNS = (
    "id",
    "name",
    "title",
    "buildNumber",
    "fileName",
    "status",
    "state",
    "result",
    "definition",
    "sourceBranch",
    "finishTime",
    "createdDate",
    "revision",
    "comment",
    "configuration",
    "type",
    "message",
    "author",
    "timestamp",
    "lineCount",
    "createdOn",
    "lastError",
)
"""Fields a list table shows, in this order, when the item model has them (wire names, as the
server spells them), besides the model's required fields."""

HIDDEN_COLUMNS = frozenset({"url", "uri", "_links", "links"})
"""Fields too long or too technical for a table (they stay in ``--json``)."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

NON_TERMINAL_WIDTH = 160
"""Table width when stdout is a file or a pipe (unless ``COLUMNS`` says otherwise)."""


def console_width(stream: TextIO) -> int | None:
    """``None`` (rich measures the terminal or reads ``COLUMNS``) on a terminal; else a width
    wide enough that tables in files and pipes are not folded."""
    return None if stream.isatty() or "COLUMNS" in os.environ else NON_TERMINAL_WIDTH


def plain(value: Any) -> Any:
    """A JSON-ready form of a generated model, enum, date-time, list or mapping."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    return value


def printable(text: str) -> str:
    """``text`` without control characters (escape sequences could redraw the terminal)."""
    return _CONTROL.sub("", text)


def cell(value: Any) -> Text:
    """One table cell: never read as rich markup, with control characters removed."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, Mapping):
        named = next((value[k] for k in ("name", "displayName", "id") if k in value), None)
        text = str(named) if named is not None else json.dumps(value, ensure_ascii=False)
    elif isinstance(value, list):
        simple = all(not isinstance(item, (Mapping, list)) for item in value)
        text = ", ".join(map(str, value)) if simple else json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return Text(printable(text))


def columns_for(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The fields a list table shows: the preferred ones the items have, then other short ones."""
    present: dict[str, None] = {}
    for row in rows:
        present.update(dict.fromkeys(row))
    chosen = [name for name in PREFERRED_COLUMNS if name in present]
    for name in present:
        if len(chosen) >= MAX_COLUMNS:
            break
        if name in chosen or name in HIDDEN_COLUMNS:
            continue
        if all(not isinstance(row.get(name), (Mapping, list)) for row in rows):
            chosen.append(name)
    return chosen[:MAX_COLUMNS]


def model_columns(fields: Sequence[tuple[str, bool]]) -> list[str]:
    """The columns of a list table of one item model, from its ``(wire name, required)`` fields:
    the same whatever the items hold. Its ``PREFERRED_COLUMNS`` (in that order) and its other
    required fields, none of the ``HIDDEN_COLUMNS``; at most ``MAX_COLUMNS``, dropping
    preferred optional fields last in the order first."""
    required = {name for name, needed in fields if needed}
    rank = {name: index for index, name in enumerate(PREFERRED_COLUMNS)}
    chosen = [
        name
        for name, _ in fields
        if (name in rank or name in required) and name not in HIDDEN_COLUMNS
    ]
    chosen.sort(key=lambda name: rank.get(name, len(rank)))  # stable: model order after
    while len(chosen) > MAX_COLUMNS:
        optional = [name for name in chosen if name not in required]
        chosen.remove(optional[-1] if optional else chosen[-1])
    return chosen


class Output:
    """Prints results in the chosen mode to ``stream`` (stdout)."""

    def __init__(self, mode: Mode, stream: TextIO | None = None) -> None:
        self.mode = mode
        self.stream = stream if stream is not None else sys.stdout
        self.is_terminal = self.stream.isatty()
        self.console = Console(
            file=self.stream, width=console_width(self.stream), highlight=False, soft_wrap=False
        )

    def items(self, items: Iterable[Any], *, columns: Sequence[str] | None = None) -> int:
        """Print a list; with ``--jsonl`` each item is written (and flushed) as it arrives.

        Returns how many items were printed.
        """
        if self.mode is Mode.JSONL:
            count = 0
            for item in items:
                self._line(plain(item))
                count += 1
            return count
        rows = [plain(item) for item in items]
        if self.mode is Mode.JSON:
            self.document(rows)
        elif all(isinstance(row, Mapping) for row in rows):
            self.table(rows, columns or columns_for(rows))
        else:  # plain values (e.g. tags): one per line
            for row in rows:
                self.console.print(cell(row), soft_wrap=True)
        return len(rows)

    def one(self, value: Any) -> None:
        """Print one result: a model as field/value rows, or JSON."""
        data = plain(value)
        if self.mode is Mode.JSONL:
            self._line(data)
        elif self.mode is Mode.JSON or not isinstance(data, Mapping):
            self.document(data)
        else:
            table = Table(show_header=False, box=None, pad_edge=False)
            table.add_column(style="bold" if self.is_terminal else None)
            table.add_column()
            for key, field in data.items():
                if key not in HIDDEN_COLUMNS:
                    table.add_row(cell(key), cell(field))
            self._print(table)

    def table(
        self,
        rows: Sequence[Mapping[str, Any]],
        columns: Sequence[str],
        *,
        headers: Mapping[str, str] | None = None,
        right: Iterable[str] = (),
    ) -> None:
        """A table of ``rows`` (mappings) showing ``columns``; ``headers`` renames them."""
        numeric = set(right)
        table = Table(
            box=box.HEAVY_HEAD if self.is_terminal else box.MARKDOWN,
            header_style="bold" if self.is_terminal else "",
        )
        for column in columns:
            title = (headers or {}).get(column, column)
            justify: Literal["left", "right"] = "right" if column in numeric else "left"
            table.add_column(title, justify=justify, overflow="fold")
        for row in rows:
            table.add_row(*(cell(row.get(column)) for column in columns))
        self._print(table)

    def _print(self, table: Table) -> None:
        """On a terminal as rich draws it; elsewhere without blank or padded lines."""
        if self.is_terminal:
            self.console.print(table)
            return
        with self.console.capture() as captured:
            self.console.print(table)
        lines = [line.rstrip() for line in captured.get().splitlines()]
        self.stream.write("".join(f"{line}\n" for line in lines if line))
        self.stream.flush()

    def document(self, data: Any) -> None:
        """One JSON document."""
        self.stream.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
        self.stream.flush()

    def _line(self, data: Any) -> None:
        self.stream.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
        self.stream.flush()
