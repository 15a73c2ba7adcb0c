"""Case-insensitive routing on percent-decoded path segments, as a TFS server routes.

Literal segments match in any case (`test/Runs/51/Attachments` is `test/runs/51/attachments`);
`{name}` segments capture one decoded segment, so a tag or project containing `/` (sent as
`%2F`) stays one value. Integer parameters that are not integers do not match (404).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from starlette.responses import Response

from . import errors
from .call import Call, path_int
from .errors import ApiError

Handler = Callable[[Call], Awaitable[Response]]

INTEGER_PARAMETERS = frozenset(
    {"buildId", "runId", "resultId", "attachmentId", "configurationId", "testConfigurationId"}
)


@dataclass(frozen=True)
class Route:
    """A path pattern and its handler for each method."""

    pattern: tuple[str, ...]
    handlers: dict[str, Handler]

    def match(self, segments: Sequence[str]) -> dict[str, str] | None:
        """The captured parameters when `segments` fit the pattern."""
        if len(segments) != len(self.pattern):
            return None
        captured: dict[str, str] = {}
        for part, segment in zip(self.pattern, segments, strict=True):
            if part.startswith("{"):
                name = part[1:-1]
                if segment == "" or (
                    name in INTEGER_PARAMETERS and path_int(segment, name) is None
                ):
                    return None
                captured[name] = segment
            elif part.lower() != segment.lower():
                return None
        return captured


class Router:
    """An ordered list of routes."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(self, template: str, **handlers: Handler) -> None:
        """Register `handlers` (keyword = HTTP method, lower case) for `template`."""
        pattern = tuple(template.strip("/").split("/"))
        self.routes.append(Route(pattern, {m.upper(): h for m, h in handlers.items()}))

    def resolve(self, method: str, segments: Sequence[str]) -> tuple[Handler, dict[str, str]]:
        """The handler and parameters for a request, or a 404/405 `ApiError`."""
        allowed: set[str] = set()
        for route in self.routes:
            params = route.match(segments)
            if params is None:
                continue
            handler = route.handlers.get(method)
            if handler is not None:
                return handler, params
            allowed.update(route.handlers)
        if allowed:
            allow = ", ".join(sorted(allowed))
            raise ApiError(
                errors.METHOD_NOT_ALLOWED,
                f"The HTTP method '{method}' is not supported by this resource. Allowed: {allow}.",
                headers={"Allow": allow},
            )
        raise ApiError(
            errors.ROUTE_NOT_FOUND,
            "The requested resource does not exist: " + "/".join(segments),
        )


def split_path(raw_path: bytes) -> list[str]:
    """Percent-decode each `/`-separated segment of the raw request path (400 on bad UTF-8)."""
    text = raw_path.decode("latin-1")
    parts = text.strip("/").split("/") if text.strip("/") else []
    try:
        return [unquote(part, encoding="utf-8", errors="strict") for part in parts]
    except UnicodeDecodeError:
        raise ApiError(errors.INVALID_ARGUMENT, "The request path is not valid UTF-8.") from None
