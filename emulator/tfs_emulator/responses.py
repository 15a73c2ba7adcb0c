"""JSON responses in the server's format (`application/json; charset=utf-8; api-version=...`)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from starlette.responses import Response

from .call import Call

DEFAULT_API_VERSION = "2.0"


def json_response(
    call: Call, data: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Serialise `data` as the server does, echoing the negotiated api-version."""
    version = call.api_version or DEFAULT_API_VERSION
    return Response(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(),
        status_code=status,
        headers=headers,
        media_type=f"application/json; charset=utf-8; api-version={version}",
    )


def json_list_response(
    call: Call, items: list[Any], *, headers: dict[str, str] | None = None
) -> Response:
    """`json_response(call, envelope(items))` encoded item by item: one `json.dumps` of a
    large list holds the interpreter lock throughout, while between items the event loop
    thread gets its turn (a 5,000-build page is 15 MB of JSON)."""
    version = call.api_version or DEFAULT_API_VERSION
    parts = [json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in items]
    body = f'{{"count":{len(items)},"value":[{",".join(parts)}]}}'
    return Response(
        body.encode(),
        headers=headers,
        media_type=f"application/json; charset=utf-8; api-version={version}",
    )


def envelope(items: list[Any]) -> dict[str, Any]:
    """The `{count, value}` list envelope."""
    return {"count": len(items), "value": items}


def no_content() -> Response:
    """204 with no body."""
    return Response(status_code=204)


def segment(text: str) -> str:
    """`text` percent-encoded as one URL path segment."""
    return quote(text, safe="")
