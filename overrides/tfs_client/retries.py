"""Retries in one place: an httpx transport that re-sends requests the server or network dropped."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import cast

import attrs
import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
"""Methods retried by default: sending them twice has the same effect as sending them once."""

RETRY_STATUSES = frozenset({429, 502, 503, 504})
"""Statuses that mean "try again later": rate limited, bad gateway, unavailable, gateway timeout."""

RETRY_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.TimeoutException,
)
"""Network failures retried: refused or reset connections, dropped replies, timeouts."""


async def _anyio_sleep(seconds: float) -> None:
    """``anyio.sleep``, imported on the first retry (a client that never retries skips it)."""
    import anyio

    await anyio.sleep(seconds)


@attrs.frozen
class RetryPolicy:
    """When and how long to wait before sending a request again.

    ``retries`` re-sends at most (``0``: off); waits start at ``backoff`` seconds and double,
    with jitter, up to ``max_backoff``; ``Retry-After`` is honoured up to ``max_retry_after``.
    Only ``methods`` are retried unless ``retry_non_idempotent`` (so a timed-out ``queueBuild``
    is never queued twice). ``sleep``, ``async_sleep``, ``clock`` and ``jitter`` are for tests.
    """

    retries: int = attrs.field(default=3, validator=attrs.validators.ge(0))
    backoff: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_backoff: float = attrs.field(default=30.0, validator=attrs.validators.ge(0))
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    retry_non_idempotent: bool = False
    statuses: frozenset[int] = RETRY_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    sleep: Callable[[float], None] = attrs.field(default=time.sleep, repr=False, eq=False)
    async_sleep: Callable[[float], Awaitable[None]] = attrs.field(
        default=_anyio_sleep, repr=False, eq=False
    )
    clock: Callable[[], float] = attrs.field(default=time.time, repr=False, eq=False)
    jitter: Callable[[], float] = attrs.field(default=random.random, repr=False, eq=False)

    def allows(self, method: str) -> bool:
        """Whether a request with this method may be re-sent at all."""
        return self.retries > 0 and (self.retry_non_idempotent or method.upper() in self.methods)

    def backoff_delay(self, attempt: int) -> float:
        """The wait before retry number ``attempt + 1``: exponential, capped, with jitter."""
        ceiling = min(self.max_backoff, self.backoff * 2.0**attempt)
        return ceiling / 2 + ceiling / 2 * self.jitter()

    def wait_before_retry(
        self, request: httpx.Request, attempt: int, response: httpx.Response | None = None
    ) -> float | None:
        """Seconds to wait before re-sending after ``response`` (``None``: a network failure),
        or ``None`` when it must not be re-sent."""
        if attempt >= self.retries or not self.allows(request.method):
            return None
        if response is None:
            return self.backoff_delay(attempt)
        if response.status_code not in self.statuses:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"), now=self.clock())
        if retry_after is None:
            return self.backoff_delay(attempt)
        return min(retry_after, self.max_retry_after)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (seconds or an HTTP date); ``None`` if invalid."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now
    if seconds != seconds or seconds == float("inf"):
        return None
    return max(0.0, seconds)


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wrap ``wrapped`` (sync) and/or ``async_wrapped`` so failed requests are re-sent per a
    ``RetryPolicy``; a body cut off mid-way is resumed (``Range``) without repeating bytes."""

    def __init__(
        self,
        wrapped: httpx.BaseTransport | None = None,
        *,
        async_wrapped: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        if async_wrapped is None and isinstance(wrapped, httpx.AsyncBaseTransport):
            async_wrapped = wrapped
        self.wrapped = wrapped
        self.async_wrapped = async_wrapped
        self.policy = policy if policy is not None else RetryPolicy()

    def __repr__(self) -> str:
        return f"RetryTransport(policy={self.policy!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows; return the last reply."""
        response = self._send(request, attempt=0)
        if self.policy.allows(request.method):
            response.stream = _ResumingStream(self, request, response)
        return response

    def _send(self, request: httpx.Request, *, attempt: int) -> httpx.Response:
        if self.wrapped is None:
            raise RuntimeError("RetryTransport has no synchronous transport to wrap")
        policy = self.policy
        while True:
            try:
                response = self.wrapped.handle_request(request)
            except RETRY_EXCEPTIONS:
                if (delay := policy.wait_before_retry(request, attempt)) is None:
                    raise
            else:
                if (delay := policy.wait_before_retry(request, attempt, response)) is None:
                    return response
                response.read()
                response.close()
            policy.sleep(delay)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` asynchronously, retrying as the policy allows; return the last reply."""
        response = await self._asend(request, attempt=0)
        if self.policy.allows(request.method):
            response.stream = _ResumingStream(self, request, response)
        return response

    async def _asend(self, request: httpx.Request, *, attempt: int) -> httpx.Response:
        if self.async_wrapped is None:
            raise RuntimeError("RetryTransport has no asynchronous transport to wrap")
        policy = self.policy
        while True:
            try:
                response = await self.async_wrapped.handle_async_request(request)
            except RETRY_EXCEPTIONS:
                if (delay := policy.wait_before_retry(request, attempt)) is None:
                    raise
            else:
                if (delay := policy.wait_before_retry(request, attempt, response)) is None:
                    return response
                await response.aread()
                await response.aclose()
            await policy.async_sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the wrapped synchronous transport."""
        if self.wrapped is not None:
            self.wrapped.close()

    async def aclose(self) -> None:
        """Close the wrapped asynchronous transport."""
        if self.async_wrapped is not None:
            await self.async_wrapped.aclose()


def _bytes_to_skip(first: httpx.Response, again: httpx.Response, delivered: int) -> int:
    """How many leading bytes of the re-sent reply were already delivered; raise if it differs."""
    if again.status_code == 206 and delivered:
        if again.headers.get("content-range", "").startswith(f"bytes {delivered}-"):
            return 0
    elif (
        again.status_code == first.status_code
        and first.headers.get("content-encoding") == again.headers.get("content-encoding")
        and all(_agree(first, again, name) for name in ("content-length", "etag", "last-modified"))
    ):
        return delivered
    raise httpx.RemoteProtocolError("the reply changed while resuming an interrupted body")


def _agree(first: httpx.Response, again: httpx.Response, name: str) -> bool:
    """Whether two replies do not contradict each other on header ``name``."""
    one, other = first.headers.get(name), again.headers.get(name)
    return one is None or other is None or one == other


class _ResumingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply body that, when the connection drops, re-requests the rest and carries on."""

    def __init__(self, transport: RetryTransport, request: httpx.Request, first: httpx.Response):
        self._transport = transport
        self._request = request
        self._first = first
        self._current = first.stream
        self._delivered = self._skip = self._failures = 0

    def _take(self, chunk: bytes) -> bytes:
        """Count a chunk, dropping the start of a re-sent reply that was already delivered."""
        if self._skip:
            cut = min(self._skip, len(chunk))
            self._skip -= cut
            chunk = chunk[cut:]
        self._delivered += len(chunk)
        return chunk

    def _next_attempt(self) -> tuple[httpx.Request, float] | None:
        policy = self._transport.policy
        if self._failures >= policy.retries:
            return None
        self._failures += 1
        first = self._request
        headers = httpx.Headers(first.headers)
        if self._delivered:
            headers["Range"] = f"bytes={self._delivered}-"
        request = httpx.Request(
            first.method, first.url, headers=headers, extensions=first.extensions
        )
        return request, policy.backoff_delay(self._failures - 1)

    def _switch(self, again: httpx.Response) -> None:
        self._current = again.stream
        self._skip = _bytes_to_skip(self._first, again, self._delivered)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                for chunk in cast(httpx.SyncByteStream, self._current):
                    if chunk := self._take(chunk):
                        yield chunk
                return
            except RETRY_EXCEPTIONS:
                if (retry := self._next_attempt()) is None:
                    raise
                self.close()
                self._transport.policy.sleep(retry[1])
                self._switch(self._transport._send(retry[0], attempt=0))

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            try:
                async for chunk in cast(httpx.AsyncByteStream, self._current):
                    if chunk := self._take(chunk):
                        yield chunk
                return
            except RETRY_EXCEPTIONS:
                if (retry := self._next_attempt()) is None:
                    raise
                await self.aclose()
                await self._transport.policy.async_sleep(retry[1])
                self._switch(await self._transport._asend(retry[0], attempt=0))

    def close(self) -> None:
        if isinstance(self._current, httpx.SyncByteStream):
            self._current.close()

    async def aclose(self) -> None:
        if isinstance(self._current, httpx.AsyncByteStream):
            await self._current.aclose()
