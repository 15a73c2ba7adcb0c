"""Finishing a reply body whose connection dropped, without ever splicing two versions of it.

A body is resumed (``Range`` + ``If-Range``) only when its reply carried a strong ``ETag`` and
enough of it had arrived to be worth it; otherwise it is fetched again from the start and the
bytes already delivered are checked against the new reply (by the strong ``ETag``, or else by a
SHA-256 of them) before the rest is delivered. A reply that changed raises ``BodyChangedError``.

A small body (a ``Content-Length`` of at most ``SMALL_BODY_BYTES``: every JSON reply of this
API but the longest pages) is read whole while its request is being sent, so a connection that
drops mid-way is one more failed attempt and nothing has been delivered yet; only larger or
unsized bodies need the resuming stream.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, cast

import httpx

from ._limits import Deadline

if TYPE_CHECKING:
    from .retries import RetryTransport

RETRY_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.TimeoutException,
)
"""Network failures retried: refused or reset connections, dropped replies, timeouts."""


SMALL_BODY_BYTES = 64 * 1024
"""Bodies up to this ``Content-Length`` are read whole before the reply is handed on."""


def small_body_length(response: httpx.Response) -> int | None:
    """The reply's ``Content-Length`` when it is at most ``SMALL_BODY_BYTES``, else ``None``."""
    value = response.headers.get("content-length")
    if value is None or not value.isdigit() or len(value) > 6:
        return None
    length = int(value)
    return length if length <= SMALL_BODY_BYTES else None


def read_small_body(response: httpx.Response, request: httpx.Request, deadline: Deadline) -> None:
    """Read the (still encoded) body whole and put it back as an in-memory stream; the
    connection goes back to the pool. A dropped connection raises as sending would, and so
    does the deadline passing mid-body."""
    stream = cast(httpx.SyncByteStream, response.stream)
    chunks = []
    try:
        for chunk in stream:
            chunks.append(chunk)
            deadline.check(request)
    finally:
        stream.close()
    response.stream = httpx.ByteStream(b"".join(chunks))


async def aread_small_body(
    response: httpx.Response, request: httpx.Request, deadline: Deadline
) -> None:
    """The async twin of ``read_small_body``."""
    stream = cast(httpx.AsyncByteStream, response.stream)
    chunks = []
    try:
        async for chunk in stream:
            chunks.append(chunk)
            deadline.check(request)
    finally:
        await stream.aclose()
    response.stream = httpx.ByteStream(b"".join(chunks))


class BodyChangedError(httpx.TransportError):
    """A reply body was cut off and the object changed before the rest could be fetched."""


def strong_etag(response: httpx.Response) -> str | None:
    """The reply's ``ETag`` when it is a strong validator (byte-for-byte identity), else ``None``."""
    etag = response.headers.get("etag", "").strip()
    return etag if etag.startswith('"') and etag.endswith('"') and len(etag) >= 2 else None


class ResumingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply body that, when the connection drops, fetches the rest and carries on."""

    def __init__(
        self,
        transport: RetryTransport,
        request: httpx.Request,
        first: httpx.Response,
        deadline: Deadline,
    ) -> None:
        self._transport = transport
        self._request = request
        self._first = first
        self._deadline = deadline
        self._current = first.stream
        self._etag = strong_etag(first)
        self._delivered_hash = None if self._etag else hashlib.sha256()
        self._check: hashlib._Hash | None = None  # hash of the re-sent reply's repeated bytes
        self._delivered = self._skip = self._failures = 0

    def _take(self, chunk: bytes) -> bytes:
        """Count a chunk; drop (and check) the start of a re-sent reply already delivered."""
        if self._skip:
            cut = min(self._skip, len(chunk))
            self._skip -= cut
            if self._check is not None:
                self._check.update(chunk[:cut])
                if not self._skip:
                    self._compare_repeated()
            chunk = chunk[cut:]
        if self._delivered_hash is not None:
            self._delivered_hash.update(chunk)
        self._delivered += len(chunk)
        return chunk

    def _compare_repeated(self) -> None:
        assert self._check is not None and self._delivered_hash is not None
        if self._check.digest() != self._delivered_hash.digest():
            raise self._changed("its first bytes differ")
        self._check = None

    def _finished(self) -> None:
        if self._skip:
            raise self._changed("it is now shorter")

    def _changed(self, why: str) -> BodyChangedError:
        return BodyChangedError(
            f"the reply changed while fetching the rest of an interrupted body ({why}); "
            "nothing was spliced: send the request again",
            request=self._request,
        )

    def _resumable(self) -> bool:
        policy = self._transport.policy
        return self._etag is not None and self._delivered >= policy.resume_min_bytes

    def _next_attempt(self) -> tuple[httpx.Request, float] | None:
        policy = self._transport.policy
        if not policy.allows(self._request.method) or self._failures >= policy.retries:
            return None
        delay = policy.backoff_delay(self._failures)
        if not self._deadline.allows_wait(delay):
            return None
        self._failures += 1
        first = self._request
        headers = httpx.Headers(first.headers)
        if self._resumable():
            assert self._etag is not None
            headers["Range"] = f"bytes={self._delivered}-"
            headers["If-Range"] = self._etag
        request = httpx.Request(first.method, first.url, headers=headers)
        request.extensions = first.extensions  # shared: attempts are counted on the first
        return request, delay

    def _switch(self, again: httpx.Response) -> None:
        """Carry on with a re-sent reply: the rest of the same body, or the same body again."""
        self._current = again.stream
        self._check = None
        first, delivered = self._first, self._delivered
        if again.status_code == 206 and self._resumable():
            if again.headers.get("content-range", "").startswith(
                f"bytes {delivered}-"
            ) and strong_etag(again) in (None, self._etag):
                self._skip = 0
                return
            raise self._changed("the partial reply does not continue it")
        if again.status_code != first.status_code:
            raise self._changed(f"status {first.status_code} became {again.status_code}")
        for name in ("content-encoding", "content-length"):
            one, other = first.headers.get(name), again.headers.get(name)
            if one != other and (name == "content-encoding" or None not in (one, other)):
                raise self._changed(f"{name} {one} became {other}")
        if self._etag is not None:
            if strong_etag(again) != self._etag:
                raise self._changed("its ETag differs")
        else:
            self._check = hashlib.sha256()
        self._skip = delivered
        if not delivered:
            self._check = None

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                for chunk in cast(httpx.SyncByteStream, self._current):
                    if chunk := self._take(chunk):
                        yield chunk
                    self._deadline.check(self._request)
                self._finished()
                return
            except RETRY_EXCEPTIONS:
                if (retry := self._next_attempt()) is None:
                    raise
                request, delay = retry
                self.close()
                self._transport.policy.sleep(delay)
                self._switch(self._transport.send_attempts(request, self._deadline))

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            try:
                async for chunk in cast(httpx.AsyncByteStream, self._current):
                    if chunk := self._take(chunk):
                        yield chunk
                    self._deadline.check(self._request)
                self._finished()
                return
            except RETRY_EXCEPTIONS:
                if (retry := self._next_attempt()) is None:
                    raise
                request, delay = retry
                await self.aclose()
                await self._transport.policy.async_sleep(delay)
                self._switch(await self._transport.asend_attempts(request, self._deadline))

    def close(self) -> None:
        if isinstance(self._current, httpx.SyncByteStream):
            self._current.close()

    async def aclose(self) -> None:
        if isinstance(self._current, httpx.AsyncByteStream):
            await self._current.aclose()
