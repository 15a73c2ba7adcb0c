"""The octet-stream downloads have `stream` / `asyncio_stream` context managers (added by the
generator's endpoint template) that hand over the response before its body is read."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.api_versions import api_version
from tfs_api import Client
from tfs_api.api.attachments import (
    get_test_result_attachment_content,
    get_test_run_attachment_content,
)

CHUNKS = [b"first chunk|", b"\x00\xff binary|", b"last"]
DOWNLOADS: list[tuple[ModuleType, dict[str, Any], str]] = [
    (
        get_test_run_attachment_content,
        {"project": "Fabrikam Fiber", "run_id": 23, "attachment_id": 5},
        "/DefaultCollection/Fabrikam%20Fiber/_apis/test/runs/23/attachments/5",
    ),
    (
        get_test_result_attachment_content,
        {"project": "Fabrikam Fiber", "run_id": 23, "result_id": 100000, "attachment_id": 5},
        "/DefaultCollection/Fabrikam%20Fiber/_apis/test/runs/23/results/100000/attachments/5",
    ),
]


class CountingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records how many chunks have been pulled from it."""

    def __init__(self) -> None:
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in CHUNKS:
            self.pulled += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in CHUNKS:
            self.pulled += 1
            yield chunk


def _transport(body: CountingStream, requests: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(
            200, headers={"content-type": "application/octet-stream"}, stream=body
        )

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(("module", "arguments", "path"), DOWNLOADS)
def test_stream_takes_the_same_arguments_as_sync_detailed(
    module: ModuleType, arguments: dict[str, Any], path: str
) -> None:
    detailed = inspect.signature(module.sync_detailed).parameters
    assert inspect.signature(module.stream).parameters == detailed
    assert inspect.signature(module.asyncio_stream).parameters == detailed


@pytest.mark.parametrize(("module", "arguments", "path"), DOWNLOADS)
def test_stream_yields_the_response_before_reading_its_body(
    module: ModuleType, arguments: dict[str, Any], path: str
) -> None:
    body, requests = CountingStream(), []
    client = Client(
        base_url="https://tfs/DefaultCollection",
        httpx_args={"transport": _transport(body, requests)},
    )

    with module.stream(client=client, **arguments) as response:
        assert body.pulled == 0
        assert response.status_code == 200
        received = list(response.iter_bytes())

    assert b"".join(received) == b"".join(CHUNKS)
    assert response.is_closed
    assert requests[0].method == "GET"
    assert (
        requests[0].url.raw_path
        == f"{path}?api-version={api_version('getTestRunAttachmentContent')}".encode()
    )


@pytest.mark.anyio
@pytest.mark.parametrize(("module", "arguments", "path"), DOWNLOADS)
async def test_asyncio_stream_yields_the_response_before_reading_its_body(
    module: ModuleType, arguments: dict[str, Any], path: str
) -> None:
    body, requests = CountingStream(), []
    client = Client(base_url="https://tfs/DefaultCollection")
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url="https://tfs/DefaultCollection", transport=_transport(body, requests)
        )
    )

    async with module.asyncio_stream(client=client, **arguments) as response:
        assert body.pulled == 0
        assert response.status_code == 200
        received = [chunk async for chunk in response.aiter_bytes()]

    assert b"".join(received) == b"".join(CHUNKS)
    assert response.is_closed
    assert (
        requests[0].url.raw_path
        == f"{path}?api-version={api_version('getTestRunAttachmentContent')}".encode()
    )


@pytest.mark.parametrize(("module", "arguments", "path"), DOWNLOADS)
def test_stream_hands_error_statuses_to_the_caller(
    module: ModuleType, arguments: dict[str, Any], path: str
) -> None:
    reply = httpx.Response(404, json={"message": "attachment not found", "typeKey": "NotFound"})
    client = Client(
        base_url="https://tfs/DefaultCollection",
        httpx_args={"transport": httpx.MockTransport(lambda request: reply)},
    )

    with module.stream(client=client, **arguments) as response:
        assert response.status_code == 404
        assert response.read() == reply.content
