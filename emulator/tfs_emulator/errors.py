"""The server's error body and the typed exception handlers raise to produce it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response


@dataclass(frozen=True)
class ErrorKind:
    """One kind of server error: HTTP status plus the .NET exception it is reported as."""

    status: int
    type_key: str
    type_name: str


def _kind(status: int, type_key: str, namespace: str, assembly: str) -> ErrorKind:
    return ErrorKind(status, type_key, f"{namespace}.{type_key}, {assembly}")


_FRAMEWORK = ("Microsoft.VisualStudio.Services.WebApi", "Microsoft.VisualStudio.Services.WebApi")
_BUILD = ("Microsoft.TeamFoundation.Build.WebApi", "Microsoft.TeamFoundation.Build2.WebApi")
_TEST = (
    "Microsoft.TeamFoundation.TestManagement.WebApi",
    "Microsoft.TeamFoundation.TestManagement.WebApi",
)
_CORE = ("Microsoft.TeamFoundation.Core.WebApi", "Microsoft.TeamFoundation.Core.WebApi")

INVALID_ARGUMENT = ErrorKind(400, "ArgumentException", "System.ArgumentException, mscorlib")
MISSING_ARGUMENT = ErrorKind(400, "ArgumentNullException", "System.ArgumentNullException, mscorlib")
INVALID_API_VERSION = _kind(400, "VssInvalidApiVersionException", *_FRAMEWORK)
API_VERSION_OUT_OF_RANGE = _kind(400, "VssVersionOutOfRangeException", *_FRAMEWORK)
INVALID_CONTINUATION_TOKEN = _kind(400, "InvalidContinuationTokenException", *_FRAMEWORK)
UNAUTHORIZED = _kind(401, "UnauthorizedRequestException", *_FRAMEWORK)
ROUTE_NOT_FOUND = _kind(404, "VssResourceNotFoundException", *_FRAMEWORK)
PROJECT_NOT_FOUND = _kind(404, "ProjectDoesNotExistWithNameException", *_CORE)
TEAM_NOT_FOUND = _kind(404, "TeamNotFoundException", *_CORE)
BUILD_NOT_FOUND = _kind(404, "BuildNotFoundException", *_BUILD)
DEFINITION_NOT_FOUND = _kind(404, "DefinitionNotFoundException", *_BUILD)
QUEUE_NOT_FOUND = _kind(404, "QueueNotFoundException", *_BUILD)
TIMELINE_NOT_FOUND = _kind(404, "TimelineNotFoundException", *_BUILD)
TEST_OBJECT_NOT_FOUND = _kind(404, "TestObjectNotFoundException", *_TEST)
METHOD_NOT_ALLOWED = _kind(405, "VssMethodNotAllowedException", *_FRAMEWORK)
BUILD_UPDATE_CONFLICT = _kind(409, "InvalidBuildStatusException", *_BUILD)
TEST_OBJECT_CONFLICT = _kind(409, "TestObjectUpdatedException", *_TEST)
TEST_OBJECT_EXISTS = _kind(409, "TestObjectAlreadyExistsException", *_TEST)
ADMIN_CONFLICT = _kind(409, "EmulatorSeedConflictException", "TfsEmulator", "tfs_emulator")
CONTENT_TOO_LARGE = _kind(413, "RequestContentTooLargeException", *_FRAMEWORK)
UNSUPPORTED_MEDIA_TYPE = _kind(415, "VssRequestContentTypeNotSupportedException", *_FRAMEWORK)
_EMULATOR = ("TfsEmulator", "tfs_emulator")
FORBIDDEN_ORIGIN = _kind(403, "CrossOriginRequestException", *_EMULATOR)
INVALID_HOST = _kind(400, "InvalidHostHeaderException", *_EMULATOR)
REQUEST_TIMEOUT = _kind(408, "RequestTimeoutException", *_EMULATOR)
URI_TOO_LONG = _kind(414, "RequestUriTooLongException", *_EMULATOR)
RANGE_NOT_SATISFIABLE = _kind(416, "RangeNotSatisfiableException", *_EMULATOR)
HEADERS_TOO_LARGE = _kind(431, "RequestHeadersTooLargeException", *_EMULATOR)
BAD_HTTP_REQUEST = _kind(400, "InvalidHttpRequestException", *_EMULATOR)
INTERNAL_ERROR = _kind(500, "InternalServerErrorException", *_EMULATOR)
SHUTTING_DOWN = _kind(503, "ServiceShuttingDownException", *_EMULATOR)


class ApiError(Exception):
    """Raised anywhere in a handler; the app turns it into the documented error body."""

    def __init__(
        self, kind: ErrorKind, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.headers = headers or {}


def error_body(kind: ErrorKind, message: str) -> dict[str, Any]:
    """The JSON object a TFS server sends with a 4xx/5xx."""
    return {
        "$id": "1",
        "innerException": None,
        "message": message,
        "typeName": kind.type_name,
        "typeKey": kind.type_key,
        "errorCode": 0,
        "eventId": 3000,
    }


def error_bytes(kind: ErrorKind, message: str) -> bytes:
    """The encoded error body."""
    return json.dumps(error_body(kind, message)).encode()


def error_response(
    kind: ErrorKind, message: str, headers: dict[str, str] | None = None
) -> Response:
    """A complete error response for `kind`."""
    return Response(
        error_bytes(kind, message),
        status_code=kind.status,
        headers=headers,
        media_type="application/json; charset=utf-8",
    )
