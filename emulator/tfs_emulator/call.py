"""One API call as handlers see it: decoded path values, query, body, and validation helpers.

Every helper raises `ApiError` (400) with a message naming the offending value, so handlers
read as a list of checks and never touch raw request parsing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.to_thread
from starlette.requests import Request

from . import errors
from .errors import ApiError
from .spec_tables import version_number
from .timestamps import parse_timestamp

if TYPE_CHECKING:
    from .state import EmulatorState

INT32_MAX = 2**31 - 1
JSON_MEDIA_TYPES = ("application/json", "text/json")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
T = TypeVar("T")


def json_depth(value: Any) -> int:
    """How deeply arrays and objects nest in a parsed JSON value (a scalar is 0)."""
    depth, level = 0, [value]
    while True:
        containers = [node for node in level if isinstance(node, dict | list)]
        if not containers:
            return depth
        depth += 1
        level = [
            item
            for node in containers
            for item in (node.values() if isinstance(node, dict) else node)
        ]


def loads_json(raw: bytes, max_depth: int | None = None) -> Any:
    """`json.loads`, also refusing (`ValueError`) a lone surrogate escape such as `\\ud800`
    (JSON syntax allows it, but it is no character, so no record or reply could hold it) and
    nesting deeper than `max_depth` (beyond the interpreter's recursion limit too)."""
    try:
        value = json.loads(raw)
    except RecursionError:
        raise ValueError("it nests too deeply") from None
    if max_depth is not None and json_depth(value) > max_depth:
        raise ValueError(f"it nests deeper than {max_depth} levels")
    if _SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a \\u escape is a lone surrogate, not a character") from None
    return value


def too_large(what: str, limit: int) -> ApiError:
    """A 413 that also closes the connection (the rest of the body is not read)."""
    return ApiError(
        errors.CONTENT_TOO_LARGE,
        f"The {what} is larger than the {limit} bytes this server accepts.",
        headers={"Connection": "close"},
    )


def invalid(message: str) -> ApiError:
    """A 400 for a value that is present but wrong."""
    return ApiError(errors.INVALID_ARGUMENT, message)


def missing(name: str) -> ApiError:
    """A 400 for a required value that is absent."""
    return ApiError(errors.MISSING_ARGUMENT, f"Value cannot be null.\r\nParameter name: {name}")


def parse_int(text: str, name: str, *, minimum: int = 0, maximum: int = INT32_MAX) -> int:
    """A decimal integer within bounds, or a 400."""
    stripped = text.strip()
    if not re.fullmatch(r"[+-]?\d{1,12}", stripped):
        raise invalid(f"The value '{text}' is not valid for {name}: expected an integer.")
    value = int(stripped)
    if not minimum <= value <= maximum:
        raise invalid(f"The value {value} is out of range for {name} ({minimum}..{maximum}).")
    return value


def path_int(text: str, name: str) -> int | None:
    """An integer path segment; None when the segment is not one (the route then 404s)."""
    if not re.fullmatch(r"\d{1,10}", text) or int(text) > INT32_MAX:
        return None
    return int(text)


@dataclass
class Call:
    """A routed request."""

    request: Request
    state: EmulatorState
    path: dict[str, str]
    query: dict[str, str] = field(default_factory=dict)
    api_version: str = ""
    #: The largest body this route accepts.
    body_limit: int = 0

    # -- database work, in a worker thread so the event loop keeps serving ------------------

    async def read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work(conn)` in a read snapshot, run in a worker thread."""

        def run() -> T:
            with self.state.db.read() as conn:
                return work(conn)

        return await anyio.to_thread.run_sync(run)

    async def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work(conn)` in a write transaction, run in a worker thread."""

        def run() -> T:
            with self.state.db.write() as conn:
                return work(conn)

        return await anyio.to_thread.run_sync(run)

    def speaks(self, major: int) -> bool:
        """Whether the caller asked for api-version `major`.0 or newer (7.1 adds reply fields)."""
        number = version_number(self.api_version)
        return number is not None and number[0] >= major

    @property
    def base_url(self) -> str:
        """`scheme://host:port/Collection` as the caller addressed this server."""
        url = self.request.url
        return f"{url.scheme}://{url.netloc}/{self.state.collection}"

    # -- query ---------------------------------------------------------------------------

    def query_str(self, name: str) -> str | None:
        """A query value by case-insensitive name."""
        return self.query.get(name.lower())

    def query_int(
        self, name: str, *, minimum: int = 0, maximum: int = INT32_MAX, default: int | None = None
    ) -> int | None:
        """An integer query value."""
        text = self.query_str(name)
        if text is None:
            return default
        return parse_int(text, name, minimum=minimum, maximum=maximum)

    def query_bool(self, name: str, *, default: bool = False) -> bool:
        """A boolean query value (`true`/`false`, any case)."""
        text = self.query_str(name)
        if text is None:
            return default
        if text.strip().lower() in ("true", "false"):
            return text.strip().lower() == "true"
        raise invalid(f"The value '{text}' is not valid for {name}: expected true or false.")

    def query_int_list(self, name: str) -> list[int] | None:
        """A comma-delimited list of ids; ids beyond int32 are kept (they match nothing)."""
        text = self.query_str(name)
        if text is None:
            return None
        parts = [part.strip() for part in self._split_list(name, text)]
        if not all(part.isascii() and part.isdigit() for part in parts):
            raise invalid(f"The value '{text}' is not valid for {name}: expected e.g. 25,26.")
        return [
            min(int(part), INT32_MAX + 1) if len(part) < 20 else INT32_MAX + 1 for part in parts
        ]

    def query_str_list(self, name: str) -> list[str] | None:
        """A comma-delimited list of non-empty strings."""
        text = self.query_str(name)
        if text is None:
            return None
        parts = [part for part in self._split_list(name, text) if part != ""]
        return parts or None

    def query_enum_list(self, name: str, allowed: Sequence[str]) -> list[str] | None:
        """A comma-delimited list of enum names, matched case-insensitively."""
        text = self.query_str(name)
        if text is None:
            return None
        return [
            canonical_enum(part.strip(), allowed, name) for part in self._split_list(name, text)
        ]

    def _split_list(self, name: str, text: str) -> list[str]:
        """The comma-delimited values of a list filter; 400 beyond the filter length limit."""
        limit = self.state.limits.max_filter_values
        if text.count(",") >= limit:
            raise invalid(f"The parameter {name} lists more than {limit} values; split the query.")
        return text.split(",")

    def query_datetime(self, name: str) -> datetime | None:
        """An ISO 8601 query value."""
        text = self.query_str(name)
        if text is None:
            return None
        moment = parse_timestamp(text)
        if moment is None:
            raise invalid(f"The value '{text}' is not valid for {name}: expected a date-time.")
        return moment

    # -- body ----------------------------------------------------------------------------

    def check_declared_length(self, limit: int) -> None:
        """413 before reading when the declared `Content-Length` exceeds `limit`."""
        declared = self.request.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise too_large("request body", limit)

    async def body(self) -> bytes:
        """The whole request body, refused (413) beyond this route's limit."""
        limit = self.body_limit
        self.check_declared_length(limit)
        body = bytearray()
        async for chunk in self.request.stream():
            body += chunk
            if len(body) > limit:
                raise too_large("request body", limit)
        return bytes(body)

    async def json_value(self) -> Any:
        """The request body as any JSON value (400/413/415 on anything else; 400 when empty)."""
        present, value = await self._json_body()
        if not present:
            raise missing("body")
        return value

    async def json_object(self, *, required: bool = True) -> dict[str, Any] | None:
        """The request body as a JSON object (400/413/415 on anything else)."""
        present, value = await self._json_body()
        if not present:
            if required:
                raise missing("body")
            return None
        if not isinstance(value, dict):
            raise invalid("The request body must be a JSON object.")
        return value

    async def _json_body(self) -> tuple[bool, Any]:
        """(whether a body was sent, its parsed value)."""
        check_json_content_type(self.request)
        body = await self.body()
        if not body.strip():
            return False, None
        try:
            return True, loads_json(body, self.state.limits.max_json_depth)
        except ValueError as exc:
            raise invalid(f"The request body is not valid JSON: {exc}") from None


def check_json_content_type(request: Request) -> None:
    """415 when the caller declares a body that is not JSON."""
    declared = request.headers.get("content-type")
    if declared is None:
        return
    media = declared.split(";", 1)[0].strip().lower()
    if media and media not in JSON_MEDIA_TYPES and not media.endswith("+json"):
        raise ApiError(
            errors.UNSUPPORTED_MEDIA_TYPE,
            f"The content type '{media}' is not supported; send application/json.",
        )


def canonical_enum(value: str, allowed: Sequence[str], name: str) -> str:
    """The allowed spelling of `value` (case-insensitive match) or a 400."""
    for candidate in allowed:
        if candidate.lower() == value.lower():
            return candidate
    raise invalid(
        f"The value '{value}' is not valid for {name}. Valid values: {', '.join(allowed)}."
    )


def get_field(body: dict[str, Any], name: str) -> Any:
    """A body member by case-insensitive name (the server's JSON binder ignores case).

    Absent members are None; a member sent as JSON `null` is a 400 (no field is nullable).
    """
    if name in body:
        value = body[name]
    else:
        lowered = name.lower()
        value = next((v for k, v in body.items() if k.lower() == lowered), None)
        if not any(k.lower() == lowered for k in body):
            return None
    if value is None:
        raise invalid(f"The field {name} must not be null.")
    return value


def str_field(
    body: dict[str, Any], name: str, *, required: bool = False, max_length: int = 4000
) -> str | None:
    """A string member."""
    value = get_field(body, name)
    if value is None:
        if required:
            raise missing(name)
        return None
    if not isinstance(value, str):
        raise invalid(f"The field {name} must be a string.")
    if len(value) > max_length:
        raise invalid(f"The field {name} is longer than {max_length} characters.")
    return value


def int_field(
    body: dict[str, Any], name: str, *, required: bool = False, minimum: int = 0
) -> int | None:
    """An integer member (JSON number without fraction)."""
    value = get_field(body, name)
    if value is None:
        if required:
            raise missing(name)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(f"The field {name} must be an integer.")
    if not minimum <= value <= INT32_MAX:
        raise invalid(f"The field {name} is out of range ({minimum}..{INT32_MAX}).")
    return value


def bool_field(body: dict[str, Any], name: str) -> bool | None:
    """A boolean member."""
    value = get_field(body, name)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise invalid(f"The field {name} must be true or false.")
    return value


def object_field(
    body: dict[str, Any], name: str, *, required: bool = False
) -> dict[str, Any] | None:
    """An object member."""
    value = get_field(body, name)
    if value is None:
        if required:
            raise missing(name)
        return None
    if not isinstance(value, dict):
        raise invalid(f"The field {name} must be an object.")
    return value


def enum_field(body: dict[str, Any], name: str, allowed: Sequence[str]) -> str | None:
    """A string member that must be one of `allowed` (case-insensitive)."""
    value = str_field(body, name)
    if value is None:
        return None
    return canonical_enum(value, allowed, name)


def datetime_field(body: dict[str, Any], name: str) -> datetime | None:
    """An ISO 8601 member."""
    value = str_field(body, name)
    if value is None:
        return None
    moment = parse_timestamp(value)
    if moment is None:
        raise invalid(f"The field {name} must be an ISO 8601 date-time.")
    return moment
