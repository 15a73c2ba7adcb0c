"""Click parameter types for spec parameters: enum values (one or a comma list), flag sets and
times."""

from __future__ import annotations

import datetime
import enum
from enum import Enum
from typing import Any

import click

from ._durations import parse_time


class EnumValues(click.ParamType[Any]):
    """A value of one of ``enums`` (text in any letter case; an int enum's number), or with
    ``many`` a comma-delimited list of them."""

    def __init__(self, *enums: type[Enum], many: bool = False) -> None:
        self.many = many
        self.by_folded = {str(member.value).casefold(): member for kind in enums for member in kind}
        self.values = [str(member.value) for kind in enums for member in kind]
        self.name = "enum"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        joined = "|".join(self.values)
        return f"[{joined}][,...]" if self.many else f"[{joined}]"

    def member(self, value: object) -> Enum | None:
        """The member ``value`` (text or number) names, in any letter case; ``None`` if none.
        ``True``/``False`` name none (JSON booleans are not numbers here)."""
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return None
        return self.by_folded.get(str(value).strip().casefold())

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, (Enum, list)):
            return value
        parts = [part.strip() for part in str(value).split(",")] if self.many else [str(value)]
        chosen = []
        for part in parts:
            member = self.member(part)
            if member is None:
                self.fail(f"{part!r} is not one of {', '.join(self.values)}", param, ctx)
            chosen.append(member)
        return chosen if self.many else chosen[0]


class FlagNames(click.ParamType[Any]):
    """A bit set of ``flags``: an integer (``3``), or a comma list of member names in any letter
    case, with or without ``_``/``-`` (``modules,functions``; ``block_data``, ``blockData`` for
    ``BLOCK_DATA``), handed on as an int."""

    name = "flags"

    def __init__(self, flags: type[enum.IntFlag]) -> None:
        self.flags = flags
        self.names = [member.name.casefold() for member in flags if member.name]
        self.by_key = {_key(member.name): member for member in flags if member.name}

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return f"[{'|'.join(self.names)}][,...]|INTEGER"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value)
        text = str(value).strip()
        if text.isdecimal():
            return int(text)
        combined = 0
        for part in text.split(","):
            member = self.by_key.get(_key(part))
            if member is None:
                self.fail(
                    f"{part.strip()!r} is not an integer or one of {', '.join(self.names)}",
                    param,
                    ctx,
                )
            combined |= member
        return int(combined)


def _key(name: str) -> str:
    """A flag name compared without letter case, ``_``, ``-`` or surrounding spaces."""
    return name.strip().replace("_", "").replace("-", "").casefold()


class CommaList(click.ParamType[Any]):
    """A comma-delimited list (``25,26``), handed on as a list of strings (or ints)."""

    name = "list"

    def __init__(self, item: type[Any] = str) -> None:
        self.item = item

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, list):
            return value
        parts = [part.strip() for part in str(value).split(",") if part.strip()]
        try:
            return [self.item(part) for part in parts]
        except ValueError:
            self.fail(
                f"{value!r} is not a comma-delimited list of {self.item.__name__}", param, ctx
            )


class Moment(click.ParamType[Any]):
    """An ISO 8601 date-time, or an age such as ``7d`` (seven days ago)."""

    name = "time"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        try:
            return parse_time(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)
