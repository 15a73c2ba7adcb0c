"""The retry transport: which failures are retried, how long it waits, and when it gives up."""

from __future__ import annotations

import email.utils
from collections.abc import Iterator

import httpx
import pytest
from tfs_api.api.builds import get_build, queue_build, update_build
from tfs_api.models.build_update import BuildUpdate
from tfs_api.models.definition_id_reference import DefinitionIdReference
from tfs_api.models.queue_build_request import QueueBuildRequest
from tfs_client import (
    ApiConnectionError,
    ApiTimeoutError,
    RateLimitError,
    RetryPolicy,
    RetryTransport,
    ServerError,
    TfsApiError,
    acall,
    call,
)
from tfs_client.retries import parse_retry_after

from ._support import FakeClock, build_json, error_json, mock_client

BUILD = build_json(391)


def flaky(*replies: httpx.Response | Exception) -> tuple[list[httpx.Request], object]:
    """A handler giving ``replies`` in turn (raising exceptions), then 200 with BUILD."""
    seen: list[httpx.Request] = []
    queue = list(replies)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if queue:
            reply = queue.pop(0)
            if isinstance(reply, Exception):
                raise reply
            return reply
        return httpx.Response(200, json=BUILD)

    return seen, handler


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_statuses_are_retried_until_success(clock: FakeClock, status: int) -> None:
    seen, handler = flaky(httpx.Response(status), httpx.Response(status))
    client = mock_client(handler, clock)
    build = call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert build.id == 391
    assert len(seen) == 3
    assert clock.sleeps == [0.375, 0.75]  # 0.5 and 1.0 with the fixed jitter of 0.5


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 500])
def test_other_statuses_are_not_retried(clock: FakeClock, status: int) -> None:
    seen, handler = flaky(httpx.Response(status, json=error_json("no")))
    client = mock_client(handler, clock)
    with pytest.raises(TfsApiError):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert len(seen) == 1
    assert clock.sleeps == []


def test_retry_after_seconds_is_honoured(clock: FakeClock) -> None:
    _seen, handler = flaky(httpx.Response(429, headers={"Retry-After": "7"}))
    client = mock_client(handler, clock)
    call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_honoured(clock: FakeClock) -> None:
    when = email.utils.formatdate(clock.now + 12, usegmt=True)
    _seen, handler = flaky(httpx.Response(503, headers={"Retry-After": when}))
    client = mock_client(handler, clock)
    call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert clock.sleeps == [pytest.approx(12.0, abs=1.0)]


def test_retry_after_is_capped(clock: FakeClock) -> None:
    _seen, handler = flaky(httpx.Response(429, headers={"Retry-After": "86400"}))
    client = mock_client(handler, retries=clock.policy(max_retry_after=20.0))
    call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert clock.sleeps == [20.0]


def test_unparsable_retry_after_falls_back_to_backoff(clock: FakeClock) -> None:
    _seen, handler = flaky(httpx.Response(429, headers={"Retry-After": "soon, maybe"}))
    client = mock_client(handler, clock)
    call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert clock.sleeps == [0.375]


def test_parse_retry_after_accepts_seconds_and_dates_only() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("3", now=now) == 3.0
    assert parse_retry_after(" 2.5 ", now=now) == 2.5
    assert parse_retry_after("-4", now=now) == 0.0
    assert parse_retry_after(email.utils.formatdate(now - 60, usegmt=True), now=now) == 0.0
    assert parse_retry_after("nan", now=now) is None
    assert parse_retry_after("Wed, 99 Foo 2024", now=now) is None
    assert parse_retry_after(None, now=now) is None


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    policy = RetryPolicy(backoff=1.0, max_backoff=5.0, jitter=lambda: 0.0)
    assert [policy.backoff_delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 2.5, 2.5]
    high = RetryPolicy(backoff=1.0, max_backoff=5.0, jitter=lambda: 0.999)
    assert 0.99 < high.backoff_delay(0) < 1.0


def test_gives_up_with_rate_limit_error_after_configured_attempts(clock: FakeClock) -> None:
    storm = [httpx.Response(429, headers={"Retry-After": "1"}, json=error_json("slow down"))] * 10
    seen, handler = flaky(*storm)
    client = mock_client(handler, clock, retries=2)
    with pytest.raises(RateLimitError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert len(seen) == 3
    assert clock.sleeps == [1.0, 1.0]
    assert caught.value.retry_after == "1"
    assert caught.value.message == "slow down"


def test_gives_up_with_server_error_after_configured_attempts(clock: FakeClock) -> None:
    seen, handler = flaky(*[httpx.Response(503, text="<html>down</html>")] * 10)
    client = mock_client(handler, clock, retries=3)
    with pytest.raises(ServerError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert len(seen) == 4
    assert caught.value.status == 503
    assert "down" in caught.value.text


def test_retries_zero_turns_retrying_off(clock: FakeClock) -> None:
    seen, handler = flaky(httpx.Response(503), httpx.ConnectError("refused"))
    client = mock_client(handler, clock, retries=0)
    with pytest.raises(ServerError):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    with pytest.raises(ApiConnectionError):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert len(seen) == 2
    assert clock.sleeps == []


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ReadError("reset by peer"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.ReadTimeout("read timed out"),
        httpx.ConnectTimeout("connect timed out"),
    ],
)
def test_connection_errors_are_retried_for_get(clock: FakeClock, failure: Exception) -> None:
    seen, handler = flaky(failure)
    client = mock_client(handler, clock)
    assert call(get_build.sync_detailed, "Fabrikam", 391, client=client).id == 391
    assert len(seen) == 2


def test_timeouts_surface_as_typed_errors_naming_the_operation(clock: FakeClock) -> None:
    _seen, handler = flaky(*[httpx.ReadTimeout("timed out")] * 5)
    client = mock_client(handler, clock, retries=1)
    with pytest.raises(ApiTimeoutError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert caught.value.operation == "get_build"
    assert str(caught.value).startswith("get_build: ReadTimeout")
    assert caught.value.status is None


def queue_request() -> QueueBuildRequest:
    return QueueBuildRequest(definition=DefinitionIdReference(id=25))


def test_post_is_never_sent_twice_by_default(clock: FakeClock) -> None:
    seen, handler = flaky(httpx.ReadTimeout("timed out"), httpx.Response(503))
    client = mock_client(handler, clock)
    with pytest.raises(ApiTimeoutError):
        call(queue_build.sync_detailed, "Fabrikam", client=client, body=queue_request())
    with pytest.raises(ServerError):
        call(queue_build.sync_detailed, "Fabrikam", client=client, body=queue_request())
    assert [r.method for r in seen] == ["POST", "POST"]
    assert clock.sleeps == []


def test_patch_is_not_retried_by_default(clock: FakeClock) -> None:
    seen, handler = flaky(httpx.Response(503))
    client = mock_client(handler, clock)
    with pytest.raises(ServerError):
        call(
            update_build.sync_detailed,
            "Fabrikam",
            391,
            client=client,
            body=BuildUpdate(keep_forever=True),
        )
    assert len(seen) == 1


def test_post_is_retried_when_the_caller_opts_in(clock: FakeClock) -> None:
    seen, handler = flaky(httpx.ReadTimeout("timed out"), httpx.Response(503))
    client = mock_client(handler, retries=clock.policy(retry_non_idempotent=True))
    call(queue_build.sync_detailed, "Fabrikam", client=client, body=queue_request())
    assert len(seen) == 3
    assert seen[0].content == seen[2].content  # the same body was sent again


@pytest.mark.anyio
async def test_async_client_retries_with_the_same_policy(clock: FakeClock) -> None:
    when = email.utils.formatdate(clock.now + 3, usegmt=True)
    seen, handler = flaky(httpx.Response(429, headers={"Retry-After": when}), httpx.ReadError("x"))
    client = mock_client(handler, clock)
    build = await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    assert build.id == 391
    assert len(seen) == 3
    assert clock.sleeps == [pytest.approx(3.0, abs=1.0), 0.75]


@pytest.mark.anyio
async def test_async_post_is_not_retried_and_gives_typed_errors(clock: FakeClock) -> None:
    seen, handler = flaky(httpx.Response(502), *[httpx.Response(429)] * 9)
    client = mock_client(handler, clock, retries=2)
    with pytest.raises(ServerError):
        await acall(queue_build.asyncio_detailed, "Fabrikam", client=client, body=queue_request())
    with pytest.raises(RateLimitError):
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    assert len(seen) == 4


def cut_body(data: bytes, cut_at: int) -> Iterator[bytes]:
    yield data[:cut_at]
    raise httpx.ReadError("connection reset by peer")


def test_a_body_cut_off_midway_is_resumed_without_duplicating_bytes(clock: FakeClock) -> None:
    data = bytes(range(256)) * 40
    ranges: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        ranges.append(request.headers.get("range"))
        headers = {"content-length": str(len(data))}
        if len(ranges) == 1:
            return httpx.Response(200, headers=headers, stream=_Stream(cut_body(data, 3000)))
        return httpx.Response(200, headers=headers, content=data)

    with httpx.Client(
        transport=RetryTransport(httpx.MockTransport(handler), policy=clock.policy())
    ) as http:
        assert http.get("https://x/file").content == data
    assert ranges == [None, "bytes=3000-"]
    assert clock.sleeps == [0.375]


def test_a_resumed_body_uses_a_partial_reply_when_the_server_sends_one(clock: FakeClock) -> None:
    data = b"0123456789" * 100
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers.get("range"))
        if len(calls) == 1:
            return httpx.Response(200, stream=_Stream(cut_body(data, 10)))
        return httpx.Response(
            206, headers={"content-range": "bytes 10-999/1000"}, content=data[10:]
        )

    with httpx.Client(
        transport=RetryTransport(httpx.MockTransport(handler), policy=clock.policy())
    ) as http:
        assert http.get("https://x/file").content == data


def test_a_body_that_changed_between_attempts_is_not_stitched(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("range") is None:
            return httpx.Response(
                200, headers={"etag": '"v1"'}, stream=_Stream(cut_body(b"a" * 50, 20))
            )
        return httpx.Response(200, headers={"etag": '"v2"'}, content=b"b" * 50)

    with (
        httpx.Client(
            transport=RetryTransport(httpx.MockTransport(handler), policy=clock.policy())
        ) as http,
        pytest.raises(httpx.RemoteProtocolError, match="changed"),
    ):
        http.get("https://x/file")


def test_a_body_cut_off_repeatedly_gives_up_after_the_retries(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_Stream(cut_body(b"z" * 100, 10)))

    policy = clock.policy(retries=2)
    with (
        httpx.Client(transport=RetryTransport(httpx.MockTransport(handler), policy=policy)) as http,
        pytest.raises(httpx.ReadError),
    ):
        http.get("https://x/file")
    assert len(clock.sleeps) == 2


@pytest.mark.anyio
async def test_async_body_cut_off_midway_is_resumed(clock: FakeClock) -> None:
    data = b"abcdefgh" * 1000
    calls = []

    async def acut() -> object:
        yield data[:777]
        raise httpx.ReadError("reset")

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers.get("range"))
        if len(calls) == 1:
            return httpx.Response(200, stream=_AsyncStream(acut()))
        return httpx.Response(200, content=data)

    transport = RetryTransport(httpx.MockTransport(handler), policy=clock.policy())
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get("https://x/file")).content == data
    assert calls == [None, "bytes=777-"]


def test_transport_without_a_sync_side_says_so() -> None:
    transport = RetryTransport(async_wrapped=httpx.AsyncHTTPTransport())
    with (
        httpx.Client(transport=transport) as http,
        pytest.raises(RuntimeError, match="synchronous"),
    ):
        http.get("https://x/")


def test_policy_rejects_negative_retries() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(retries=-1)


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, chunks: object) -> None:
        self._chunks = chunks

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        async for chunk in self._chunks:  # type: ignore[attr-defined]
            yield chunk
