"""The retry transport: which failures are retried, how long it waits, and when it gives up."""

from __future__ import annotations

import email.utils
import json
from collections.abc import AsyncIterator, Callable, Iterator

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
    ReplyChangedError,
    RetryPolicy,
    RetryTransport,
    ServerError,
    TfsApiError,
    acall,
    call,
)
from tfs_client._resume import BodyChangedError
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
    assert str(caught.value) == (
        "get_build: waiting for data from tfs.example.com:443 timed out after 30 s (ReadTimeout) "
        "[2 attempts]"
    )
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


def retrying(
    handler: Callable[[httpx.Request], httpx.Response], policy: RetryPolicy
) -> httpx.Client:
    return httpx.Client(transport=RetryTransport(httpx.MockTransport(handler), policy=policy))


def test_a_body_cut_off_without_a_strong_etag_is_fetched_again_and_checked(
    clock: FakeClock,
) -> None:
    data = bytes(range(256)) * 40
    ranges: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        ranges.append(request.headers.get("range"))
        headers = {"content-length": str(len(data))}
        if len(ranges) == 1:
            return httpx.Response(200, headers=headers, stream=_Stream(cut_body(data, 3000)))
        return httpx.Response(200, headers=headers, content=data)

    with retrying(handler, clock.policy()) as http:
        assert http.get("https://x/file").content == data
    assert ranges == [None, None]
    assert clock.sleeps == [0.375]


def test_a_long_body_with_a_strong_etag_resumes_with_if_range(clock: FakeClock) -> None:
    data = b"0123456789" * 100
    sent: list[tuple[str | None, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.headers.get("range"), request.headers.get("if-range")))
        if len(sent) == 1:
            return httpx.Response(
                200, headers={"etag": '"v1"'}, stream=_Stream(cut_body(data, 600))
            )
        return httpx.Response(
            206,
            headers={"etag": '"v1"', "content-range": "bytes 600-999/1000"},
            content=data[600:],
        )

    with retrying(handler, clock.policy(resume_min_bytes=500)) as http:
        assert http.get("https://x/file").content == data
    assert sent == [(None, None), ("bytes=600-", '"v1"')]


@pytest.mark.parametrize("etag", ['"v1"', 'W/"v1"', None])
def test_a_body_cut_off_early_is_fetched_again_from_the_start(
    clock: FakeClock, etag: str | None
) -> None:
    data = b"0123456789" * 100
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("range"))
        headers = {"etag": etag} if etag else {}
        if len(sent) == 1:
            return httpx.Response(200, headers=headers, stream=_Stream(cut_body(data, 400)))
        return httpx.Response(200, headers=headers, content=data)

    with retrying(handler, clock.policy(resume_min_bytes=500)) as http:
        assert http.get("https://x/file").content == data
    assert sent == [None, None]


# Same length, and either's first half before the other's second half parses: the spliced
# reply a resuming client would build is a failed build on the new branch, which never existed.
OLD_BODY = (
    b'{"id": 391, "buildNumber": "1", "url": "https://tfs/b/391", "status": "completed", '
    b'"result": "failed",   "sourceBranch": "refs/heads/old"}'
)
NEW_BODY = (
    b'{"id": 391, "buildNumber": "1", "url": "https://tfs/b/391", "status": "completed", '
    b'"result": "canceled", "sourceBranch": "refs/heads/new"}'
)
NEW_BUILD = json.loads(NEW_BODY)
CUT_AT = OLD_BODY.index(b'"sourceBranch"')


class ChangingServer:
    """Serves OLD_BODY cut off mid-way, then NEW_BODY: a build that changed
    between the attempts. ``validators`` go on both replies; a naive server answers any
    ``Range`` with 206, an ``if_range`` one honours ``If-Range`` as RFC 9110 says."""

    def __init__(self, validators: dict[str, tuple[str, str]], *, if_range: bool = False) -> None:
        self.old, self.new = OLD_BODY, NEW_BODY
        self.validators, self.if_range = validators, if_range
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        version = 0 if len(self.requests) == 1 else 1
        headers = {name: values[version] for name, values in self.validators.items()}
        headers["content-type"] = "application/json"
        if version == 0:
            return httpx.Response(200, headers=headers, stream=_Cut(self.old, CUT_AT))
        wanted = request.headers.get("range", "")
        honoured = not self.if_range or request.headers.get("if-range") == headers.get("etag")
        if wanted.startswith("bytes=") and honoured:
            start = int(wanted[6:].rstrip("-"))
            headers["content-range"] = f"bytes {start}-{len(self.new) - 1}/{len(self.new)}"
            return httpx.Response(206, headers=headers, content=self.new[start:])
        return httpx.Response(200, headers=headers, content=self.new)


SPLICE_CASES = {
    "no validators": ({}, False),
    "same Last-Modified": ({"last-modified": ("Mon, 01 Jan 2024 00:00:00 GMT",) * 2}, False),
    "same weak ETag": ({"etag": ('W/"1"', 'W/"1"')}, False),
    "strong ETag, naive server": ({"etag": ('"1"', '"2"')}, False),
    "strong ETag, If-Range honoured": ({"etag": ('"1"', '"2"')}, True),
}


@pytest.mark.parametrize(("validators", "if_range"), SPLICE_CASES.values(), ids=SPLICE_CASES)
def test_a_reply_that_changed_mid_body_is_whole_or_a_typed_error_never_a_mix(
    clock: FakeClock, validators: dict[str, tuple[str, str]], if_range: bool
) -> None:
    server = ChangingServer(validators, if_range=if_range)
    client = mock_client(server, retries=clock.policy(resume_min_bytes=1))
    try:
        build = call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    except ReplyChangedError as error:
        assert error.operation == "get_build" and "nothing was spliced" in str(error)
    else:
        assert build.to_dict() == NEW_BUILD
    assert len(server.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize(("validators", "if_range"), SPLICE_CASES.values(), ids=SPLICE_CASES)
async def test_async_reply_that_changed_mid_body_is_never_a_mix(
    clock: FakeClock, validators: dict[str, tuple[str, str]], if_range: bool
) -> None:
    server = ChangingServer(validators, if_range=if_range)
    client = mock_client(server, retries=clock.policy(resume_min_bytes=1))
    try:
        build = await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    except ReplyChangedError:
        pass
    else:
        assert build.to_dict() == NEW_BUILD


def test_a_refetched_body_that_ends_early_is_not_stitched(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if not hasattr(handler, "done"):
            handler.done = True  # type: ignore[attr-defined]
            return httpx.Response(200, stream=_Stream(cut_body(b"a" * 50, 20)))
        return httpx.Response(200, content=b"a" * 10)

    with (
        retrying(handler, clock.policy()) as http,
        pytest.raises(BodyChangedError, match="shorter"),
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
async def test_async_body_cut_off_midway_is_fetched_again(clock: FakeClock) -> None:
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
    assert calls == [None, None]


class _Tracked(httpx.SyncByteStream, httpx.AsyncByteStream):
    """``data`` in two chunks, remembering whether it was closed."""

    def __init__(self, data: bytes) -> None:
        self.data, self.closed = data, False

    def __iter__(self) -> Iterator[bytes]:
        yield from (self.data[:10], self.data[10:])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_a_small_reply_is_read_whole_and_its_connection_released_before_it_is_handed_on(
    clock: FakeClock,
) -> None:
    data = json.dumps(BUILD).encode()
    streams: list[_Tracked] = []

    def handler(request: httpx.Request) -> httpx.Response:
        streams.append(_Tracked(data))
        return httpx.Response(200, headers={"content-length": str(len(data))}, stream=streams[-1])

    with retrying(handler, clock.policy()) as http, http.stream("GET", "https://x/b") as reply:
        assert streams[0].closed  # the connection is back in the pool before the caller reads
        assert reply.read() == data


@pytest.mark.anyio
async def test_async_small_reply_is_read_whole_and_its_connection_released(
    clock: FakeClock,
) -> None:
    data = json.dumps(BUILD).encode()
    streams: list[_Tracked] = []

    def handler(request: httpx.Request) -> httpx.Response:
        streams.append(_Tracked(data))
        return httpx.Response(200, headers={"content-length": str(len(data))}, stream=streams[-1])

    transport = RetryTransport(httpx.MockTransport(handler), policy=clock.policy())
    async with (
        httpx.AsyncClient(transport=transport) as http,
        http.stream("GET", "https://x/b") as reply,
    ):
        assert streams[0].closed
        assert await reply.aread() == data


def test_a_small_reply_cut_off_is_one_more_attempt_for_get_and_a_typed_error_for_post(
    clock: FakeClock,
) -> None:
    data = json.dumps(BUILD).encode()
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        headers = {"content-length": str(len(data)), "content-type": "application/json"}
        if len(seen) in (1, 3):
            return httpx.Response(200, headers=headers, stream=_Cut(data, 30))
        return httpx.Response(200, headers=headers, content=data)

    client = mock_client(handler, clock)
    assert call(get_build.sync_detailed, "Fabrikam", 391, client=client).id == 391
    with pytest.raises(ApiConnectionError, match="queue_build"):
        call(queue_build.sync_detailed, "Fabrikam", client=client, body=queue_request())
    assert seen == ["GET", "GET", "POST"]
    assert clock.sleeps == [0.375]


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


class _Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
    """``data`` up to ``cut_at``, then a reset connection (sync and async)."""

    def __init__(self, data: bytes, cut_at: int) -> None:
        self._data, self._cut_at = data, cut_at

    def __iter__(self) -> Iterator[bytes]:
        yield from cut_body(self._data, self._cut_at)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in cut_body(self._data, self._cut_at):
            yield chunk
