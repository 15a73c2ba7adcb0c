"""Argument checks for the resource methods: each names the parameter and runs before a request.

``None`` means "not sent" and passes through unchanged, except where ``required`` refuses it
(path arguments).
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast, overload

E = TypeVar("E", bound=enum.Enum)
M = TypeVar("M")


def _wrong(name: str, expected: str, value: object) -> TypeError:
    return TypeError(f"{name} must be {expected}, got {type(value).__name__} {value!r:.80}")


@overload
def text(name: str, value: str) -> str: ...
@overload
def text(name: str, value: None) -> None: ...
def text(name: str, value: str | None) -> str | None:
    """A string."""
    if value is not None and not isinstance(value, str):
        raise _wrong(name, "a str", value)
    return value


@overload
def integer(name: str, value: int) -> int: ...
@overload
def integer(name: str, value: None) -> None: ...
def integer(name: str, value: int | None) -> int | None:
    """An int (not a bool)."""
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise _wrong(name, "an int", value)
    return value


@overload
def boolean(name: str, value: bool) -> bool: ...
@overload
def boolean(name: str, value: None) -> None: ...
def boolean(name: str, value: bool | None) -> bool | None:
    """A bool."""
    if value is not None and not isinstance(value, bool):
        raise _wrong(name, "a bool", value)
    return value


@overload
def identifier(name: str, value: uuid.UUID | str) -> uuid.UUID: ...
@overload
def identifier(name: str, value: None) -> None: ...
def identifier(name: str, value: uuid.UUID | str | None) -> uuid.UUID | None:
    """A GUID, as a `uuid.UUID` or its text."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            raise ValueError(f"{name} must be a GUID, got {value[:60]!r}") from None
    raise _wrong(name, "a uuid.UUID or GUID text", value)


@overload
def moment(name: str, value: datetime.datetime) -> datetime.datetime: ...
@overload
def moment(name: str, value: None) -> None: ...
def moment(name: str, value: datetime.datetime | None) -> datetime.datetime | None:
    """A datetime."""
    if value is not None and not isinstance(value, datetime.datetime):
        raise _wrong(name, "a datetime.datetime", value)
    return value


@overload
def choice(name: str, value: E | str, kind: type[E]) -> E: ...
@overload
def choice(name: str, value: None, kind: type[E]) -> None: ...
def choice(name: str, value: E | str | None, kind: type[E]) -> E | None:
    """An enum member, or its string value (exact, else matched ignoring case)."""
    return cast("E | None", one_of(name, value, kind))


def one_of(name: str, value: object, *kinds: type[enum.Enum]) -> enum.Enum | None:
    """A member of one of ``kinds`` (a field that takes several enums), or a string value of
    one of them (exact, else matched ignoring case)."""
    if value is None or isinstance(value, kinds):
        return value
    names = " or ".join(kind.__name__ for kind in kinds)
    if not isinstance(value, str):
        raise _wrong(name, f"a {names} or its string value", value)
    members: list[enum.Enum] = [m for kind in kinds for m in kind if isinstance(m.value, str)]
    for member in members:
        if member.value == value:
            return member
    for member in members:
        if member.value.lower() == value.lower():
            return member
    allowed = ", ".join(repr(member.value) for member in members)
    raise ValueError(
        f"{name}: {value!r} is not one of {allowed} (to send a value this client does not "
        f"list, pass {kinds[0].__name__}({value!r}))"
    )


@overload
def joined(name: str, value: Any, item: type[E]) -> E | None: ...
@overload
def joined(name: str, value: Any, item: type[int] | type[str]) -> str | None: ...
def joined(name: str, value: Any, item: type[Any]) -> Any:
    """A comma-delimited list: one value, a sequence of values, or a comma-delimited string;
    each value is checked (enum values also by their string), then all are joined. For an enum
    parameter the joined text is sent as the enum's value (the generated enums keep values they
    do not list, as TFS's flag enums are written: ``completed,inProgress``)."""
    if value is None:
        return None
    if isinstance(value, (int, enum.Enum)):  # before str: the generated enums are str enums
        values: Any = [value]
    elif isinstance(value, str):
        values = value.split(",")
    else:
        values = value
    if not isinstance(values, Iterable) or isinstance(values, Mapping):
        raise _wrong(name, f"a {item.__name__} or a sequence of them", value)
    parts = [_list_item(name, part, item) for part in values]
    if not parts:
        raise ValueError(f"{name} must not be an empty sequence (pass None to leave it out)")
    text = ",".join(parts)
    return item(text) if issubclass(item, enum.Enum) else text


def _list_item(name: str, value: object, item: type[enum.Enum] | type[int] | type[str]) -> str:
    if isinstance(item, type) and issubclass(item, enum.Enum):
        member = choice(name, value, item) if isinstance(value, (str, item)) else None
        if member is None:
            raise _wrong(name, f"{item.__name__} values", value)
        return str(member.value)
    if item is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.strip().isdigit():
            return value.strip()
        raise _wrong(name, "ints", value)
    if not isinstance(value, str):
        raise _wrong(name, "strs", value)
    return value


def instance(name: str, value: M | Mapping[str, Any] | None, kind: type[M]) -> M | None:
    """An instance of a model class, or a mapping of its wire fields (``{"id": 25}``), decoded
    with the model's ``from_dict``."""
    if value is None or isinstance(value, kind):
        return value
    if isinstance(value, Mapping):
        return _decoded(name, value, kind)
    raise _wrong(name, f"a {kind.__name__} or a dict of its fields", value)


def instances(
    name: str, value: Iterable[M | Mapping[str, Any]] | None, kind: type[M]
) -> list[M] | None:
    """A list of model instances or mappings of their wire fields (any iterable is accepted and
    copied into a list)."""
    if value is None:
        return None
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise _wrong(name, f"a list of {kind.__name__}", value)
    items = []
    for entry in value:
        if isinstance(entry, Mapping):
            items.append(_decoded(f"{name} item", entry, kind))
        elif isinstance(entry, kind):
            items.append(entry)
        else:
            raise _wrong(f"{name} item", f"a {kind.__name__} or a dict of its fields", entry)
    return items


def _decoded(name: str, value: Mapping[str, Any], kind: type[M]) -> M:
    """``kind.from_dict(value)``; a mapping that is not one is a ``TypeError`` naming ``name``."""
    decode: Callable[[Mapping[str, Any]], M] = kind.from_dict  # type: ignore[attr-defined]
    try:
        return decode(value)
    except (KeyError, TypeError, ValueError) as error:
        raise TypeError(f"{name} is not a valid {kind.__name__}: {error}") from None


def required(name: str, value: M | None) -> M:
    """A path argument: it cannot be left out, so ``None`` is a ``TypeError``."""
    if value is None:
        raise TypeError(f"{name} is required (a path parameter), got None")
    return value


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not ``None``)."""
    return {key: value for key, value in values.items() if value is not None}


def body_model(method: str, kind: type[M], body: object, required: list[str], **fields: Any) -> M:
    """The request body: ``body`` as given, or ``kind`` built from the field keywords."""
    present = given(**fields)
    if body is not None:
        if not isinstance(body, kind):
            raise _wrong("body", f"a {kind.__name__}", body)
        if present:
            raise TypeError(
                f"{method}: pass either body= or the body fields, not both "
                f"(got body= and {', '.join(sorted(present))})"
            )
        return body
    missing = [name for name in required if name not in present]
    if missing:
        raise TypeError(f"{method}: missing required body field(s): {', '.join(missing)}")
    return kind(**present)
