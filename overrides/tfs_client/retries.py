"""Retries in one place: an httpx transport that re-sends requests the server or network dropped."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable

import attrs
import httpx

from ._limits import Deadline, LimitedResponse, count_attempt
from ._resume import (
    RETRY_EXCEPTIONS,
    ResumingStream,
    aread_small_body,
    read_small_body,
    small_body_length,
)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
"""Methods retried by default: sending them twice has the same effect as sending them once."""

RETRY_STATUSES = frozenset({429, 502, 503, 504})
"""Statuses that mean "try again later": rate limited, bad gateway, unavailable, gateway timeout."""


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
    is never queued twice). A body cut off after ``resume_min_bytes`` is resumed from where it
    stopped if its reply had a strong ``ETag`` (sent back as ``If-Range``); any other is fetched
    again from the start and checked to be the same bytes, never spliced.
    ``sleep``, ``async_sleep``, ``clock``, ``timer`` and ``jitter`` are for tests.
    """

    retries: int = attrs.field(default=3, validator=attrs.validators.ge(0))
    backoff: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_backoff: float = attrs.field(default=30.0, validator=attrs.validators.ge(0))
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    resume_min_bytes: int = attrs.field(default=256 * 1024, validator=attrs.validators.ge(0))
    retry_non_idempotent: bool = False
    statuses: frozenset[int] = RETRY_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    sleep: Callable[[float], None] = attrs.field(default=time.sleep, repr=False, eq=False)
    async_sleep: Callable[[float], Awaitable[None]] = attrs.field(
        default=_anyio_sleep, repr=False, eq=False
    )
    clock: Callable[[], float] = attrs.field(default=time.time, repr=False, eq=False)
    """The wall clock, for ``Retry-After`` dates."""
    timer: Callable[[], float] = attrs.field(default=time.monotonic, repr=False, eq=False)
    """The clock deadlines are measured on: monotonic, so a wall-clock step cannot move one."""
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
    ``RetryPolicy``; a body cut off mid-way is finished without splicing (see ``RetryPolicy``).

    ``max_reply_bytes`` bounds the decoded size of one reply read into memory (``None``:
    unbounded; a body streamed with ``iter_bytes()`` is not limited); ``deadline`` is the most seconds one
    request may take, every attempt, wait and the whole body included (``None``: no deadline).
    """

    def __init__(
        self,
        wrapped: httpx.BaseTransport | None = None,
        *,
        async_wrapped: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        max_reply_bytes: int | None = None,
        deadline: float | None = None,
    ) -> None:
        if async_wrapped is None and isinstance(wrapped, httpx.AsyncBaseTransport):
            async_wrapped = wrapped
        if max_reply_bytes is not None and max_reply_bytes <= 0:
            raise ValueError("max_reply_bytes must be positive (or None)")
        if deadline is not None and not deadline > 0:
            raise ValueError("deadline must be a positive number of seconds (or None)")
        self.wrapped = wrapped
        self.async_wrapped = async_wrapped
        self.policy = policy if policy is not None else RetryPolicy()
        self.max_reply_bytes = max_reply_bytes
        self.deadline = deadline

    def __repr__(self) -> str:
        return f"RetryTransport(policy={self.policy!r})"

    def _start(self, request: httpx.Request) -> Deadline:
        deadline = Deadline(self.deadline, self.policy.timer)
        deadline.cap_timeouts(request)
        return deadline

    def _finish(
        self, request: httpx.Request, response: httpx.Response, deadline: Deadline
    ) -> httpx.Response:
        if isinstance(response.stream, httpx.ByteStream):  # in memory: nothing left to drop
            deadline.check(request)
        elif self.policy.allows(request.method) or self.deadline is not None:
            response.stream = ResumingStream(self, request, response, deadline)
        if not self._needs_limit(response):
            return response
        return LimitedResponse.of(response, self.max_reply_bytes)

    def _needs_limit(self, response: httpx.Response) -> bool:
        """Whether the reply could decode to more than ``max_reply_bytes``: not when it is in
        memory, unencoded and no longer than the limit."""
        if self.max_reply_bytes is None:
            return False
        if not isinstance(response.stream, httpx.ByteStream):
            return True
        length = small_body_length(response)
        encoding = response.headers.get("content-encoding", "").strip().lower()
        return encoding not in ("", "identity") or length is None or length > self.max_reply_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows; return the last reply."""
        deadline = self._start(request)
        return self._finish(request, self.send_attempts(request, deadline), deadline)

    def send_attempts(self, request: httpx.Request, deadline: Deadline) -> httpx.Response:
        """Send ``request`` until a reply that is not retried (or the retries run out)."""
        if self.wrapped is None:
            raise RuntimeError("RetryTransport has no synchronous transport to wrap")
        policy, attempt = self.policy, 0
        while True:
            count_attempt(request)
            try:
                response = self.wrapped.handle_request(request)
                delay = policy.wait_before_retry(request, attempt, response)
                if delay is None or not deadline.allows_wait(delay):
                    if small_body_length(response) is not None:
                        read_small_body(response, request, deadline)  # a drop: one more attempt
                    return response
            except RETRY_EXCEPTIONS:
                delay = policy.wait_before_retry(request, attempt)
                if delay is None or not deadline.allows_wait(delay):
                    raise
            else:
                response.read()
                response.close()
            policy.sleep(delay)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` asynchronously, retrying as the policy allows; return the last reply."""
        deadline = self._start(request)
        return self._finish(request, await self.asend_attempts(request, deadline), deadline)

    async def asend_attempts(self, request: httpx.Request, deadline: Deadline) -> httpx.Response:
        """The async twin of ``send_attempts``."""
        if self.async_wrapped is None:
            raise RuntimeError("RetryTransport has no asynchronous transport to wrap")
        policy, attempt = self.policy, 0
        while True:
            count_attempt(request)
            try:
                response = await self.async_wrapped.handle_async_request(request)
                delay = policy.wait_before_retry(request, attempt, response)
                if delay is None or not deadline.allows_wait(delay):
                    if small_body_length(response) is not None:
                        await aread_small_body(response, request, deadline)
                    return response
            except RETRY_EXCEPTIONS:
                delay = policy.wait_before_retry(request, attempt)
                if delay is None or not deadline.allows_wait(delay):
                    raise
            else:
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
