"""The limits of one call beyond httpx's per-read timeouts: the decoded size of a reply read into
memory, and a total deadline covering every attempt and the whole body."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

DEFAULT_MAX_REPLY_BYTES = 64 * 1024 * 1024
"""Decoded bytes of one reply at most (64 MiB): far above any page the API sends."""

ATTEMPTS = "tfs_client.attempts"
"""Request extension: how many times the request was sent (set by ``RetryTransport``)."""


class ReplyTooLarge(httpx.DecodingError):
    """A reply decoded to more bytes than the client's ``max_reply_bytes``."""


class DeadlineExceeded(httpx.TimeoutException):
    """The call took longer than the client's total ``deadline``."""


def count_attempt(request: httpx.Request) -> int:
    """Record one more send of ``request``; return how many there were."""
    attempts = int(request.extensions.get(ATTEMPTS, 0)) + 1
    request.extensions[ATTEMPTS] = attempts
    return attempts


def attempts_of(request: httpx.Request) -> int:
    """How many times ``request`` was sent (1 when no ``RetryTransport`` counted)."""
    return max(1, int(request.extensions.get(ATTEMPTS, 1)))


class Deadline:
    """The moment a call must end by, on ``clock``; ``seconds=None`` never passes."""

    def __init__(self, seconds: float | None, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = math.inf if seconds is None else clock() + seconds

    def left(self) -> float:
        """Seconds left (``inf`` without a deadline)."""
        return self._end - self._clock()

    def allows_wait(self, seconds: float) -> bool:
        """Whether waiting ``seconds`` (then trying again) still ends before the deadline."""
        return seconds < self.left()

    def check(self, request: httpx.Request) -> None:
        """Raise ``DeadlineExceeded`` once the deadline has passed."""
        if self.seconds is not None and self.left() <= 0:
            raise DeadlineExceeded(
                f"the call did not finish within its {self.seconds:g} s deadline", request=request
            )

    def cap_timeouts(self, request: httpx.Request) -> None:
        """Make no single connect, read, write or pool wait of ``request`` outlast the deadline."""
        if self.seconds is None:
            return
        timeout: dict[str, Any] = dict(request.extensions.get("timeout", {}))
        for name in ("connect", "read", "write", "pool"):
            value = timeout.get(name)
            timeout[name] = self.seconds if value is None else min(value, self.seconds)
        request.extensions["timeout"] = timeout


class LimitedResponse(httpx.Response):
    """A reply whose decoded body, when read into memory (``read()``, ``content``, ``json()``),
    may not exceed ``max_bytes``; streaming it (``iter_bytes()``, e.g. to a file) is not limited."""

    max_bytes: int | None = None
    _reading = False

    def read(self) -> bytes:
        self._reading = True
        try:
            return super().read()
        finally:
            self._reading = False

    async def aread(self) -> bytes:
        self._reading = True
        try:
            return await super().aread()
        finally:
            self._reading = False

    @classmethod
    def of(cls, response: httpx.Response, max_bytes: int | None) -> httpx.Response:
        """``response`` with the limit applied (unchanged when there is none)."""
        if max_bytes is None:
            return response
        limited = cls(
            response.status_code,
            headers=response.headers,
            stream=response.stream,
            extensions=response.extensions,
        )
        limited.max_bytes = max_bytes
        return limited

    def _too_large(self) -> ReplyTooLarge:
        try:
            request: httpx.Request | None = self.request
        except RuntimeError:  # not sent through a client
            request = None
        return ReplyTooLarge(
            f"the reply decoded to more than {self.max_bytes} bytes (max_reply_bytes)",
            request=request,
        )

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        size = 0
        for chunk in super().iter_bytes(chunk_size):
            size += len(chunk)
            if self._reading and self.max_bytes is not None and size > self.max_bytes:
                self.close()
                raise self._too_large()
            yield chunk

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        size = 0
        async for chunk in super().aiter_bytes(chunk_size):
            size += len(chunk)
            if self._reading and self.max_bytes is not None and size > self.max_bytes:
                await self.aclose()
                raise self._too_large()
            yield chunk
