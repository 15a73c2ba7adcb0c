"""Limits beyond httpx's per-read timeouts: the decoded size of one reply, a deadline per call."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import attrs
import httpx
import pytest
from tfs_api.api.builds import get_build, list_builds
from tfs_client import (
    ApiTimeoutError,
    ReplyTooLargeError,
    ServerError,
    acall,
    call,
    download_attachment,
    paginate,
)
from tfs_client._limits import DEFAULT_MAX_REPLY_BYTES

from ._support import FakeClock, build_json, mock_client


def gzip_bomb(decoded_bytes: int) -> bytes:
    """A gzip body of JSON-ish padding that expands to ``decoded_bytes`` (about 1000:1)."""
    return gzip.compress(b'{"id": 1, "pad": "' + b" " * decoded_bytes + b'"}', compresslevel=9)


def serving_gzip(body: bytes) -> httpx.MockTransport:
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, content=body))


def test_a_reply_decoding_beyond_max_reply_bytes_is_a_typed_error() -> None:
    bomb = gzip_bomb(8 * 1024 * 1024)
    assert len(bomb) < 20_000
    client = mock_client(serving_gzip(bomb), max_reply_bytes=1024 * 1024)
    with pytest.raises(ReplyTooLargeError, match="1048576 bytes") as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert caught.value.operation == "get_build"


def test_the_default_limit_stops_a_decompression_bomb() -> None:
    client = mock_client(serving_gzip(gzip_bomb(DEFAULT_MAX_REPLY_BYTES + 1)))
    with pytest.raises(ReplyTooLargeError):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)


def test_a_reply_within_the_limit_is_decoded_as_usual() -> None:
    body = gzip.compress(json.dumps(build_json(391, buildNumber="7" * 1000)).encode())
    client = mock_client(serving_gzip(body), max_reply_bytes=2000)
    assert call(get_build.sync_detailed, "Fabrikam", 391, client=client).id == 391


def test_a_page_beyond_the_limit_is_a_typed_error() -> None:
    client = mock_client(serving_gzip(gzip_bomb(2 * 1024 * 1024)), max_reply_bytes=1024 * 1024)
    with pytest.raises(ReplyTooLargeError) as caught:
        list(paginate(list_builds.sync_detailed, "Fabrikam", client=client))
    assert caught.value.operation == "list_builds"


@pytest.mark.anyio
async def test_async_replies_have_the_same_limit() -> None:
    client = mock_client(serving_gzip(gzip_bomb(2 * 1024 * 1024)), max_reply_bytes=1024 * 1024)
    with pytest.raises(ReplyTooLargeError):
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)


def test_an_attachment_streamed_to_a_file_is_not_limited(tmp_path: Path) -> None:
    data = b"x" * 300_000

    def attachment(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "application/octet-stream"}, content=data
        )

    client = mock_client(attachment, max_reply_bytes=100_000)
    written = download_attachment(client, "F", 23, 5, tmp_path / "out.bin")
    assert written is not None and written.read_bytes() == data


class Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """One byte every ``gap`` seconds, far longer than any deadline in these tests."""

    def __init__(self, gap: float, count: int = 1000) -> None:
        self.gap, self.count = gap, count

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            time.sleep(self.gap)
            yield b" "

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.count):
            time.sleep(self.gap)
            yield b" "


def trickling(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, stream=Trickle(0.02))


def test_a_trickling_reply_is_stopped_by_the_deadline() -> None:
    client = mock_client(trickling, deadline=0.3)
    started = time.monotonic()
    with pytest.raises(ApiTimeoutError, match=r"within its 0.3 s deadline") as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert time.monotonic() - started < 2.0  # the trickle alone lasts 20 s
    assert caught.value.operation == "get_build"


@pytest.mark.anyio
async def test_an_async_trickling_reply_is_stopped_by_the_deadline() -> None:
    client = mock_client(trickling, deadline=0.3)
    started = time.monotonic()
    with pytest.raises(ApiTimeoutError, match="deadline"):
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    assert time.monotonic() - started < 2.0


def sized_trickling(request: httpx.Request) -> httpx.Response:
    """A small reply with a ``Content-Length``: read whole while its request is sent."""
    return httpx.Response(200, headers={"content-length": "1000"}, stream=Trickle(0.02))


def test_a_trickling_small_reply_with_a_length_is_stopped_by_the_deadline() -> None:
    client = mock_client(sized_trickling, deadline=0.3)
    started = time.monotonic()
    with pytest.raises(ApiTimeoutError, match=r"within its 0.3 s deadline"):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert time.monotonic() - started < 2.0  # the trickle alone lasts 20 s


@pytest.mark.anyio
async def test_an_async_trickling_small_reply_with_a_length_is_stopped_by_the_deadline() -> None:
    client = mock_client(sized_trickling, deadline=0.3)
    started = time.monotonic()
    with pytest.raises(ApiTimeoutError, match="deadline"):
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    assert time.monotonic() - started < 2.0


def test_retries_stop_before_waiting_past_the_deadline(clock: FakeClock) -> None:
    sent: list[httpx.Request] = []

    def storm(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, headers={"Retry-After": "5"})

    client = mock_client(storm, clock, retries=10, deadline=12)
    with pytest.raises(ServerError):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert clock.sleeps == [5.0, 5.0]
    assert len(sent) == 3


def test_a_wall_clock_step_does_not_move_the_deadline(clock: FakeClock) -> None:
    sent: list[httpx.Request] = []
    wall = iter(range(1_700_000_000, 0, -3600))  # the wall clock steps back an hour every read

    def storm(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, headers={"Retry-After": "5"})

    policy = attrs.evolve(clock.policy(retries=10), clock=lambda: float(next(wall)))
    client = mock_client(storm, retries=policy, deadline=12)
    with pytest.raises(ServerError):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert clock.sleeps == [5.0, 5.0]  # measured on the policy's monotonic timer


def test_no_single_wait_is_longer_than_the_deadline() -> None:
    seen: list[dict[str, float | None]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=build_json(391))

    call(get_build.sync_detailed, "F", 391, client=mock_client(record, timeout=30, deadline=4))
    call(get_build.sync_detailed, "F", 391, client=mock_client(record, timeout=None, deadline=4))
    call(get_build.sync_detailed, "F", 391, client=mock_client(record, timeout=30))
    assert seen[0] == seen[1] == {"connect": 4, "read": 4, "write": 4, "pool": 4}
    assert seen[2] == {"connect": 30, "read": 30, "write": 30, "pool": 30}


@pytest.mark.parametrize("bad", [{"deadline": 0}, {"deadline": -1}, {"max_reply_bytes": 0}])
def test_limits_must_be_positive(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        mock_client(trickling, **bad)
