"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from functools import lru_cache
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote
from uuid import UUID

from attrs import define

from .errors import DecodeError


class Unset:
    """The type of ``UNSET``: a field the server did not send, or a parameter the caller left out"""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def parse_status_code(status_code: int) -> HTTPStatus | int:
    """Return the status as an ``HTTPStatus`` when Python knows it, else as the plain integer (e.g. 520)"""
    try:
        return HTTPStatus(status_code)
    except ValueError:
        return status_code


def encode_path_segment(value: object, name: str) -> str:
    """Percent-encode one path parameter so that no value (``/``, ``?``, ``#``, ``.``, ``..``) changes the path; ``None`` (or ``UNSET``) is a ``TypeError``: a path parameter cannot be left out"""
    if value is None or isinstance(value, Unset):
        raise TypeError(f"path parameter {name!r} is required, got {value!r}")
    text = quote(str(value), safe="")
    if not text:
        raise ValueError(f"path parameter {name!r} must not be empty")
    if text in {".", ".."}:
        return text.replace(".", "%2E")
    return text


def format_datetime(value: datetime.datetime) -> str:
    """Format a date-time the way TFS sends it: UTC as ``Z``, fraction without trailing zeros, naive stays naive"""
    text = value.replace(microsecond=0, tzinfo=None).isoformat()
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    offset = value.utcoffset()
    if offset is None:
        return text
    if not offset:
        return text + "Z"
    return text + value.isoformat()[len(value.replace(tzinfo=None).isoformat()) :]


@lru_cache(maxsize=1024)
def _uuid_from_text(text: str) -> UUID:
    return UUID(text)


def parse_uuid(value: str) -> UUID:
    """``UUID(value)``, reusing the UUID parsed from the same text recently (UUIDs are immutable, and a reply repeats the same identity and project ids many times); ``TypeError`` for a value that is not text"""
    if type(value) is str:
        return _uuid_from_text(value)
    if not isinstance(value, str):
        raise TypeError(f"a UUID must be text, not {type(value).__name__}")
    return UUID(value)


_TYPE_NAMES = {str: "str", int: "int", float: "number", bool: "bool", list: "list"}


def expect_type(model: str, field: str, value: Any, expected: type, nullable: bool = False) -> Any:
    """Return ``value`` if it is an ``expected`` (an ``int`` is a number, a ``bool`` is not an ``int``), else raise ``DecodeError``.

    The generated ``from_dict`` checks exact JSON types inline and calls this only when that check fails:
    for subclasses (an ``IntEnum`` member in an int field), ``None`` where the spec allows null,
    a missing required field, or a real mismatch."""
    description = _TYPE_NAMES.get(expected, expected.__name__) + (" or null" if nullable else "")
    if value is UNSET:
        raise DecodeError(model, field, value, description, missing=True)
    if value is None and nullable:
        return value
    if isinstance(value, bool) and expected is not bool:
        raise DecodeError(model, field, value, description)
    if isinstance(value, expected) or (expected is float and isinstance(value, int)):
        return value
    raise DecodeError(model, field, value, description)


def expect_mapping(model: str, value: Any) -> Mapping[str, Any]:
    """Return ``value`` if it is a mapping (a JSON object), else raise ``DecodeError`` for ``model``"""
    if isinstance(value, Mapping):
        return value
    raise DecodeError(model, None, value, "a JSON object")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "encode_path_segment",
    "expect_mapping",
    "expect_type",
    "format_datetime",
    "parse_status_code",
    "parse_uuid",
]
