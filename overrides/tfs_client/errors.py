"""Typed errors: one exception class per kind of failure, carrying the status, operation and body."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from http.client import responses
from typing import Any, TypeVar

import attrs
import httpx
from tfs_api.errors import MalformedBody, UnexpectedStatus
from tfs_api.types import Response

from ._limits import ReplyTooLarge, attempts_of
from ._resume import BodyChangedError
from ._transport_failures import describe_failure

SNIPPET_CHARS = 500
"""How many characters of a reply body an error keeps in ``text``."""

NO_TOKEN_HINT = (
    'no token was sent: pass token="<personal access token>" to TfsClient or connect '
    "(TFS_TOKEN is read by the tfs command line only)"
)
"""Ends the message of an ``AuthenticationError`` for a request sent without credentials."""


@attrs.frozen
class ErrorBody:
    """The server's JSON ``ErrorResponse`` body, parsed leniently (missing or mistyped: ``None``)."""

    message: str | None = None
    type_name: str | None = None
    type_key: str | None = None
    error_code: int | None = None
    event_id: int | None = None

    @classmethod
    def parse(cls, content: bytes) -> ErrorBody | None:
        """Parse a reply body; ``None`` when it is not a JSON object (an HTML page, say)."""
        try:
            data = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(data, dict):
            return None
        return cls(
            message=_typed(data, "message", str),
            type_name=_typed(data, "typeName", str),
            type_key=_typed(data, "typeKey", str),
            error_code=_typed(data, "errorCode", int),
            event_id=_typed(data, "eventId", int),
        )


def _typed(data: Mapping[str, Any], key: str, kind: type[Any]) -> Any:
    value = data.get(key)
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


class TfsApiError(Exception):
    """Base of every ``tfs_client`` error; also raised for statuses without a subclass.

    Carries ``message``, ``operation`` (e.g. ``"get_build"``), ``status`` (``None``: no reply),
    the parsed ``body`` with its ``type_key``/``error_code``/``event_id``, ``text`` (the first
    ``SNIPPET_CHARS`` characters of the raw body), the reply ``headers`` and a ``hint`` (what to
    do about it, ending ``str(error)``; ``None``: none).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        status: int | None = None,
        body: ErrorBody | None = None,
        text: str = "",
        headers: Mapping[str, str] | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.operation = operation
        self.status = status
        self.body = body
        self.text = text
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.type_key = body.type_key if body else None
        self.error_code = body.error_code if body else None
        self.event_id = body.event_id if body else None

    def __str__(self) -> str:
        return self.summary() + (f"; {self.hint}" if self.hint else "")

    def summary(self) -> str:
        """The message without the ``hint``: operation, status, the server's message, its keys."""
        where = f"{self.operation}: " if self.operation else ""
        reason = f" {responses[self.status]}" if self.status in responses else ""
        status = "" if self.status is None else f"HTTP {self.status}{reason}: "
        shown = {"typeKey": self.type_key, "errorCode": self.error_code, "eventId": self.event_id}
        details = ", ".join(f"{name}={value}" for name, value in shown.items() if value is not None)
        return f"{where}{status}{self.message}" + (f" ({details})" if details else "")


class BadRequestError(TfsApiError):
    """HTTP 400: the server rejected the request's parameters or body."""


class AuthenticationError(TfsApiError):
    """HTTP 401, or a sign-in page instead of data: the token is missing, wrong or expired."""


class PermissionDeniedError(TfsApiError):
    """HTTP 403: the token is valid but lacks permission for this operation."""


class NotFoundError(TfsApiError):
    """HTTP 404: the project, build, run, attachment or route does not exist."""


class ConflictError(TfsApiError):
    """HTTP 409: the change conflicts with the resource's current state."""


class RateLimitError(TfsApiError):
    """HTTP 429: too many requests, still refused after the configured retries."""

    @property
    def retry_after(self) -> str | None:
        """The raw ``Retry-After`` header of the last reply, if the server sent one."""
        return self.headers.get("retry-after")


class ServerError(TfsApiError):
    """HTTP 5xx: the server failed, still failing after the configured retries."""


class MalformedResponseError(TfsApiError):
    """A successful status whose body could not be parsed as the spec says (HTML, bad JSON...)."""


class ApiConnectionError(TfsApiError):
    """No usable reply: the connection failed, was dropped, or the body arrived incomplete.

    ``host`` is the server it was sent to and ``attempts`` how many times it was sent.
    """

    def __init__(
        self,
        message: str,
        *,
        host: str | None = None,
        attempts: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.host = host
        self.attempts = attempts

    def summary(self) -> str:
        if self.attempts is None:
            return super().summary()
        return super().summary() + f" [{self.attempts} attempt{'s' if self.attempts != 1 else ''}]"


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connecting, writing, reading, waiting for a pooled connection, or
    past the client's total ``deadline``)."""


class ReplyChangedError(ApiConnectionError):
    """A reply's body was cut off and the object changed before the rest could be fetched; no
    part of either version is returned. Sending the request again gets the new version."""


class ReplyTooLargeError(TfsApiError):
    """A reply decoded to more bytes than the client's ``max_reply_bytes`` allows."""


class PaginationError(TfsApiError):
    """The server broke the paging contract, e.g. it returned the same continuation token twice."""


_STATUS_ERRORS: dict[int, type[TfsApiError]] = {
    203: AuthenticationError,  # a sign-in page served instead of data
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


ResponseT = TypeVar("ResponseT", Response[Any], httpx.Response)


def is_success(status: int, headers: Mapping[str, str]) -> bool:
    """True for a 2xx reply that carries data (not a 203 sign-in page served instead of it)."""
    if status == 203 and "html" in headers.get("content-type", "").lower():
        return False
    return 200 <= status < 300


def sent_without_credentials(response: httpx.Response) -> bool:
    """Whether ``response`` answers a request that carried no ``Authorization`` header."""
    try:
        return "authorization" not in response.request.headers
    except RuntimeError:  # a reply built without its request
        return False


def error_from_response(
    status: int,
    content: bytes,
    headers: Mapping[str, str],
    operation: str | None = None,
    *,
    anonymous: bool = False,
) -> TfsApiError:
    """Build the typed error for a reply that is not a success (see ``raise_for_status``);
    ``anonymous``: the request carried no credentials (an ``AuthenticationError`` then ends
    with ``NO_TOKEN_HINT``)."""
    kind = _STATUS_ERRORS.get(status, ServerError if status >= 500 else TfsApiError)
    body = ErrorBody.parse(content)
    text = snippet(content)
    if body is not None and body.message:
        message = body.message
    elif status == 203:
        message = "the server sent a sign-in page instead of data; check the token"
    else:
        message = " ".join(text.split())[:200] or "(empty body)"
    hint = NO_TOKEN_HINT if anonymous and kind is AuthenticationError else None
    return kind(
        message,
        operation=operation,
        status=status,
        body=body,
        text=text,
        headers=headers,
        hint=hint,
    )


def raise_for_status(response: ResponseT, *, operation: str | None = None) -> ResponseT:
    """Raise the typed ``TfsApiError`` for a reply that is not a success; else return it.

    Takes a generated ``*_detailed`` ``Response`` or a read ``httpx.Response``; HTML or malformed
    error bodies give the same typed errors.
    """
    status = int(response.status_code)
    if not is_success(status, response.headers):
        anonymous = isinstance(response, httpx.Response) and sent_without_credentials(response)
        raise error_from_response(
            status, response.content, response.headers, operation=operation, anonymous=anonymous
        )
    return response


_CREDENTIALS = (
    # an Authorization value: a scheme, then everything up to the end of the quote or line
    (re.compile(r"(?i)\b(basic|bearer|digest|negotiate|ntlm)(?:[ \t]+|\\t)[^'\"\n]*"), r"\1 ***"),
    # a header written as name: value
    (
        re.compile(r"(?i)((?:proxy-)?authorization\b['\"]?\s*[:=,]\s*(?:b?['\"])?)[^'\"\n]*"),
        r"\1***",
    ),
    # user:password@ in a URL
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/@\s'\"]*@"), r"\1***@"),
)


def mask_credentials(text: str) -> str:
    """``text`` with credentials (``Authorization`` values, URL passwords) replaced by ``***``."""
    for pattern, replacement in _CREDENTIALS:
        text = pattern.sub(replacement, text)
    return text


def _mask_chain(exc: BaseException) -> None:
    """Mask credentials in the messages of ``exc`` and every exception chained to it, so that no
    traceback of the typed error can show them."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        args = tuple(mask_credentials(a) if isinstance(a, str) else a for a in current.args)
        if args != current.args:
            current.args = args
        current = current.__cause__ or current.__context__


def typed_error(error: UnexpectedStatus | MalformedBody, *, anonymous: bool = False) -> TfsApiError:
    """The typed error for an error the generated code raised: an error status gives its
    status's class; an undocumented 2xx or a body that is not the documented type gives
    ``MalformedResponseError``. ``connect`` installs this as the client's ``status_error_hook``
    (with ``anonymous`` for a client without credentials: see ``error_from_response``), so the
    generated ``sync()``/``asyncio()`` raise these too."""
    status, headers, operation = error.status_code, error.headers, error.operation
    if isinstance(error, UnexpectedStatus) and not is_success(status, headers):
        return error_from_response(
            status, error.content, headers, operation=operation, anonymous=anonymous
        )
    cause = error.__cause__
    if isinstance(error, UnexpectedStatus):
        message = "not a documented success status of this operation"
    elif cause is not None:
        message = f"could not parse the reply ({type(cause).__name__}: {cause})"
    else:
        message = f"could not parse the reply ({error})"
    return MalformedResponseError(
        message,
        operation=operation,
        status=status,
        text=snippet(error.content),
        headers=headers,
    )


def error_from_exception(exc: httpx.HTTPError, *, operation: str | None = None) -> TfsApiError:
    """Map an httpx exception (timeout, reset, refused, reply too large) to the typed error,
    whose message says where and what happened in the same words sync and async (see
    ``describe_failure``).

    Credentials in its message (and in the exceptions chained to it) are masked.
    """
    _mask_chain(exc)
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # raised before a request was built
        request = None
    if isinstance(exc, ReplyTooLarge):
        return ReplyTooLargeError(f"{type(exc).__name__}: {exc}", operation=operation)
    detail = describe_failure(exc, request)
    kind: type[ApiConnectionError] = ApiConnectionError
    if isinstance(exc, httpx.TimeoutException):
        kind = ApiTimeoutError
    elif isinstance(exc, BodyChangedError):
        kind = ReplyChangedError
    if request is None:
        return kind(detail, operation=operation)
    return kind(detail, operation=operation, host=request.url.host, attempts=attempts_of(request))


def snippet(content: bytes) -> str:
    """The first ``SNIPPET_CHARS`` characters of a body, decoded leniently."""
    return content[: SNIPPET_CHARS * 4].decode("utf-8", errors="replace")[:SNIPPET_CHARS].strip()
