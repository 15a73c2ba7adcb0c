"""In-process transports: talk to an `EmulatorApp` through httpx without a socket.

Async clients use `httpx.ASGITransport(app=app)` directly (see `async_transport`). Sync
clients use `SyncASGITransport`, which runs the app on an event loop in a helper thread (an
anyio blocking portal) and streams both ways: request chunks are pulled as the app reads
them and response chunks are handed over as the app sends them, so large attachments never
sit in memory.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.to_thread
import httpx
from anyio.from_thread import BlockingPortal
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from starlette.types import ASGIApp, Message

_BUFFERED_MESSAGES = 8


def async_transport(app: ASGIApp) -> httpx.ASGITransport:
    """An async httpx transport into `app`."""
    return httpx.ASGITransport(app=app)


class _ResponseStream(httpx.SyncByteStream):
    def __init__(
        self,
        portal: BlockingPortal,
        messages: MemoryObjectReceiveStream[Message],
        disconnected: anyio.Event,
    ) -> None:
        self._portal = portal
        self._messages = messages
        self._disconnected = disconnected
        self._more = True

    def __iter__(self) -> Iterator[bytes]:
        while self._more:
            try:
                message = self._portal.call(self._messages.receive)
            except anyio.EndOfStream:
                break
            if message["type"] != "http.response.body":
                continue
            body = message.get("body", b"")
            self._more = bool(message.get("more_body", False))
            if body:
                yield body

    def close(self) -> None:
        self._more = False
        self._portal.call(self._disconnected.set)
        self._portal.call(self._messages.aclose)


class SyncASGITransport(httpx.BaseTransport):
    """A sync httpx transport into an ASGI app, streaming in both directions."""

    def __init__(self, app: ASGIApp, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self.app = app
        self.client = client
        self._portal, self._thread = _start_daemon_portal()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Run one request through the app."""
        raw_path, _, query = request.url.raw_path.partition(b"?")
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": request.url.scheme,
            "path": httpx.URL(raw_path.decode("ascii")).path,
            "raw_path": raw_path,
            "query_string": query,
            "root_path": "",
            "headers": [(k.lower(), v) for k, v in request.headers.raw],
            "server": (request.url.host, request.url.port or 80),
            "client": self.client,
        }
        assert isinstance(request.stream, httpx.SyncByteStream)
        chunks = iter(request.stream)
        portal = self._portal
        sender, receiver = portal.call(_memory_stream)
        finished = portal.call(anyio.Event)
        disconnected = portal.call(anyio.Event)

        async def receive() -> Message:
            if finished.is_set():
                await disconnected.wait()  # as a server does: only once the client is gone
                return {"type": "http.disconnect"}
            chunk = await anyio.to_thread.run_sync(next, chunks, None)
            if chunk is None:
                finished.set()
                return {"type": "http.request", "body": b"", "more_body": False}
            return {"type": "http.request", "body": bytes(chunk), "more_body": True}

        async def send(message: Message) -> None:
            # A caller that stopped reading is a disconnected client: drop the rest.
            with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError):
                await sender.send(message)

        async def run() -> None:
            async with sender:
                await self.app(scope, receive, send)

        task = portal.start_task_soon(run)
        while True:
            try:
                message = portal.call(receiver.receive)
            except anyio.EndOfStream:
                task.result()  # re-raise what the app raised
                raise RuntimeError("the app finished without sending a response") from None
            if message["type"] == "http.response.start":
                break
        status = int(message["status"])
        headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
        return httpx.Response(
            status,
            headers=headers,
            stream=_ResponseStream(portal, receiver, disconnected),
            request=request,
        )

    def close(self) -> None:
        """Stop the helper event loop."""
        if self._thread.is_alive():
            self._portal.call(self._portal.stop)
            self._thread.join()


def _start_daemon_portal() -> tuple[BlockingPortal, threading.Thread]:
    """An event loop in a daemon thread, so a transport never closed cannot hang interpreter exit."""
    started: list[BlockingPortal] = []
    ready = threading.Event()

    async def serve() -> None:
        async with BlockingPortal() as portal:
            started.append(portal)
            ready.set()
            await portal.sleep_until_stopped()

    thread = threading.Thread(
        target=anyio.run, args=(serve,), name="tfs-emulator-portal", daemon=True
    )
    thread.start()
    ready.wait()
    return started[0], thread


def _memory_stream() -> tuple[MemoryObjectSendStream[Message], MemoryObjectReceiveStream[Message]]:
    return anyio.create_memory_object_stream[Message](_BUFFERED_MESSAGES)
