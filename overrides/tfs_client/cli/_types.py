"""Click parameter types for spec parameters: enum values (one or a comma list) and times."""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any

import click

from ._durations import parse_time


class EnumValues(click.ParamType[Any]):
    """A value of ``enum`` (any letter case), or with ``many`` a comma-delimited list of them."""

    def __init__(self, enum: type[Enum], *, many: bool = False) -> None:
        self.enum = enum
        self.many = many
        self.values = [str(member.value) for member in enum]
        self.name = "enum"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        joined = "|".join(self.values)
        return f"[{joined}][,...]" if self.many else f"[{joined}]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, (Enum, list)):
            return value
        parts = [part.strip() for part in str(value).split(",")] if self.many else [str(value)]
        by_folded = {text.casefold(): text for text in self.values}
        chosen = []
        for part in parts:
            if part.casefold() not in by_folded:
                self.fail(f"{part!r} is not one of {', '.join(self.values)}", param, ctx)
            chosen.append(self.enum(by_folded[part.casefold()]))
        return chosen if self.many else chosen[0]


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
