"""Errors `EmulatorAdmin` raises: the server's message and type key, typed by status."""

from __future__ import annotations

import httpx


class AdminError(Exception):
    """Base of every error `EmulatorAdmin` raises."""


class AdminConnectionError(AdminError):
    """The emulator could not be reached (refused, reset, timed out)."""


class AdminStatusError(AdminError):
    """The emulator answered with an error status; `message` is the server's own text."""

    def __init__(self, response: httpx.Response, message: str, type_key: str) -> None:
        request = response.request
        super().__init__(
            f"{request.method} {request.url.path} -> {response.status_code} {type_key}: {message}"
        )
        self.response = response
        self.status_code = response.status_code
        self.message = message
        self.type_key = type_key


class AdminBadRequestError(AdminStatusError):
    """400: a field is missing or invalid (the message names it)."""


class AdminUnauthorizedError(AdminStatusError):
    """401: the emulator requires a token and none or another was sent."""


class AdminForbiddenError(AdminStatusError):
    """403: a cross-origin request was refused."""


class AdminNotFoundError(AdminStatusError):
    """404: the project, definition, build or run does not exist."""


class AdminConflictError(AdminStatusError):
    """409: the record already exists."""


class AdminContentTooLargeError(AdminStatusError):
    """413: the body is beyond the admin API's limit."""


class AdminUnsupportedMediaTypeError(AdminStatusError):
    """415: the body was not declared as JSON."""


class AdminServerError(AdminStatusError):
    """5xx: the emulator failed or is shutting down."""


_BY_STATUS: dict[int, type[AdminStatusError]] = {
    400: AdminBadRequestError,
    401: AdminUnauthorizedError,
    403: AdminForbiddenError,
    404: AdminNotFoundError,
    409: AdminConflictError,
    413: AdminContentTooLargeError,
    415: AdminUnsupportedMediaTypeError,
}


def status_error(response: httpx.Response) -> AdminStatusError:
    """The typed error for an error response, with the server's message when it sent one."""
    message, type_key = response.reason_phrase or "error", ""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        message = str(body.get("message") or message)
        type_key = str(body.get("typeKey") or "")
    else:
        snippet = response.text[:200].strip()
        message = snippet or message
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = AdminServerError if response.status_code >= 500 else AdminStatusError
    return cls(response, message, type_key or f"HTTP {response.status_code}")
