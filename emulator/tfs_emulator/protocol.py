"""The HTTP/1.1 connection handling of the socket server: uvicorn's h11 protocol with the limits
a real server has (`limits.py`): request line and head size, header, body and idle timeouts.
Every refusal is the server's JSON error body, and the connection is closed after it.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from . import errors
from .errors import ErrorKind, error_bytes
from .limits import Limits


class EmulatorProtocol(H11Protocol):
    """One client connection (see the module docstring); `limits` is set per server."""

    limits: ClassVar[Limits] = Limits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.timeout_keep_alive = self.limits.idle_timeout  # type: ignore[assignment]
        self._head_timer: asyncio.TimerHandle | None = None
        self._body_timer: asyncio.TimerHandle | None = None
        self._discarding = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # A new connection that sends nothing is idle too (uvicorn only times out kept-alive ones).
        self.timeout_keep_alive_task = self.loop.call_later(
            self.limits.idle_timeout, self.timeout_keep_alive_handler
        )

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._discarding:
            return  # an error was sent: what the client still sends is dropped
        awaiting_head = self.conn.their_state is h11.IDLE
        if awaiting_head and self._request_line_too_long(data):
            self._write_error(
                errors.URI_TOO_LONG,
                f"The request line is longer than {self.limits.max_request_line_bytes} bytes.",
            )
            return
        super().data_received(data)
        if self.transport.is_closing():
            return
        if self.conn.their_state is h11.IDLE and awaiting_head:
            self._check_partial_head()
        elif self._head_timer is not None and self.conn.their_state is not h11.IDLE:
            self._head_timer.cancel()
            self._head_timer = None
        self._rearm_body_timer()

    def _request_line_too_long(self, data: bytes) -> bool:
        """Whether the request line, with `data` added to what h11 holds, passes the limit."""
        limit = self.limits.max_request_line_bytes
        buffered = self.conn._receive_buffer._data  # h11 keeps the unparsed head here
        if len(buffered) + len(data) <= limit:
            return False
        start = bytes(buffered[: limit + 1])
        start += data[: limit + 1 - len(start)]
        return b"\n" not in start

    def _check_partial_head(self) -> None:
        """The head is still incomplete: bound the time it may take."""
        if self.conn._receive_buffer and self._head_timer is None:
            self._head_timer = self.loop.call_later(self.limits.header_timeout, self._head_late)

    def _head_late(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._write_error(
                errors.REQUEST_TIMEOUT,
                f"The request head did not arrive within {self.limits.header_timeout} seconds.",
            )

    def _rearm_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None
        if self.conn.their_state is h11.SEND_BODY and self.cycle is not None:
            self._body_timer = self.loop.call_later(self.limits.body_timeout, self._body_late)

    def _body_late(self) -> None:
        self._body_timer = None
        if self.conn.their_state is not h11.SEND_BODY or self.transport.is_closing():
            return
        cycle = self.cycle
        if self.flow.read_paused or (cycle is not None and cycle.waiting_for_100_continue):
            self._rearm_body_timer()  # the server is not reading yet: the client is not late
            return
        if cycle is not None and cycle.response_started:
            cycle.disconnected = True
            cycle.message_event.set()
            self.transport.close()
        else:
            self._write_error(
                errors.REQUEST_TIMEOUT,
                f"The request body stalled for {self.limits.body_timeout} seconds.",
            )

    def send_400_response(self, msg: str) -> None:
        """h11 could not parse the request: the reason as an error body."""
        if len(self.conn._receive_buffer) > self.limits.max_head_bytes:
            self._write_error(
                errors.HEADERS_TOO_LARGE,
                f"The request head is larger than {self.limits.max_head_bytes} bytes.",
            )
        else:
            self._write_error(errors.BAD_HTTP_REQUEST, "The request is not valid HTTP/1.1.")

    def _write_error(self, kind: ErrorKind, message: str) -> None:
        """Send `kind` as a complete response on the raw transport and close the connection."""
        self._cancel_timers()
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            # The request being handled is over: its handler sees a disconnect, and anything
            # it still sends is dropped instead of written after the error.
            cycle.disconnected = True
            cycle.message_event.set()
        if self.transport.is_closing():
            return
        body = error_bytes(kind, message)
        reason = _REASONS.get(kind.status, "Error").encode("ascii")
        head = (
            b"HTTP/1.1 %d %s\r\ncontent-type: application/json; charset=utf-8\r\n"
            b"content-length: %d\r\nconnection: close\r\n\r\n" % (kind.status, reason, len(body))
        )
        self.transport.write(head + body)
        # Lingering close: half-close after the reply and drop what the client still sends,
        # so that closing with unread data (a TCP reset) cannot destroy the reply.
        self._discarding = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
            self.loop.call_later(_LINGER_SECONDS, self.transport.close)
        else:
            self.transport.close()

    def _cancel_timers(self) -> None:
        for timer in (self._head_timer, self._body_timer):
            if timer is not None:
                timer.cancel()
        self._head_timer = self._body_timer = None


#: Seconds a refused connection is kept half-open to drain the client's data.
_LINGER_SECONDS = 2.0
_REASONS = {
    400: "Bad Request",
    408: "Request Timeout",
    414: "URI Too Long",
    431: "Request Header Fields Too Large",
}


def protocol_for(limits: Limits) -> type[EmulatorProtocol]:
    """The protocol class of one server, enforcing `limits`."""
    return type("EmulatorProtocol", (EmulatorProtocol,), {"limits": limits})
