"""A canned-reply loopback server: replays recorded reply bytes in microseconds.

Per-call figures divide a client's time by raw httpx's; against the emulator, its ~1 ms of
work per request is in both and hides what the client itself costs. This server answers
from memory instead: the first time it sees a request line (method and target) it forwards
the request to the upstream server (the emulator) and records the reply's bytes; every later
identical request gets those bytes back at once. Clients run unchanged against it (the
official client's discovery requests are recorded like the rest).

It runs in its own process (``python -m bench.canned UPSTREAM``, printing its URL), so that it
competes with the measured client for a core, not for the GIL.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
from collections.abc import Iterator

import httpx

from .probe import REPO, child_environment

_HOP_BY_HOP = {b"connection", b"keep-alive", b"transfer-encoding", b"content-length"}


def serialize(response: httpx.Response, body: bytes) -> bytes:
    """The reply as HTTP/1.1 bytes: status line, headers (hop-by-hop dropped), body."""
    lines = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}".encode("latin-1")]
    lines += [
        name + b": " + value
        for name, value in response.headers.raw
        if name.lower() not in _HOP_BY_HOP
    ]
    lines.append(b"content-length: " + str(len(body)).encode("ascii"))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class Recorder:
    """Fetches a request's reply from upstream once and keeps its bytes."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.replies: dict[bytes, bytes] = {}
        self._client = httpx.Client(timeout=60.0)

    def record(self, request_line: bytes, head: bytes, body: bytes) -> bytes:
        """The upstream reply to this request (blocking; runs in a worker thread)."""
        method, target, _ = request_line.decode("latin-1").split(" ", 2)
        headers = [
            tuple(line.split(b":", 1))
            for line in head.split(b"\r\n")[1:]
            if line and line.split(b":", 1)[0].strip().lower() not in _HOP_BY_HOP
        ]
        request = self._client.build_request(
            method,
            self.upstream + target,
            headers=[(name.strip(), value.strip()) for name, value in headers],
            content=body,
        )
        response = self._client.send(request, stream=True)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        reply = serialize(response, raw)
        self.replies[request_line] = reply
        return reply


class CannedProtocol(asyncio.Protocol):
    """One client connection: HTTP/1.1 keep-alive, requests answered in order."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.buffer = b""
        self.busy = False
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if not self.busy:
            self._answer()

    def _answer(self) -> None:
        """Answer every complete request in the buffer; pause on one that must be recorded."""
        transport = self.transport
        assert transport is not None
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = _content_length(head)
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            request_line = head.split(b"\r\n", 1)[0]
            reply = self.recorder.replies.get(request_line)
            if reply is None:
                self.busy = True
                task = asyncio.ensure_future(
                    asyncio.to_thread(self.recorder.record, request_line, head, body)
                )
                task.add_done_callback(self._recorded)
                return
            transport.write(reply)

    def _recorded(self, task: asyncio.Future[bytes]) -> None:
        assert self.transport is not None
        self.busy = False
        if task.exception() is not None:
            self.transport.write(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
        else:
            self.transport.write(task.result())
        self._answer()


def _content_length(head: bytes) -> int:
    lowered = head.lower()
    start = lowered.find(b"\r\ncontent-length:")
    if start < 0:
        return 0
    start += len(b"\r\ncontent-length:")
    end = lowered.find(b"\r\n", start)
    return int(lowered[start : end if end >= 0 else None].strip())


async def serve(upstream: str) -> None:
    """Listen on a free loopback port, print the URL, serve until killed."""
    recorder = Recorder(upstream)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: CannedProtocol(recorder), "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print(f"http://{host}:{port}", flush=True)
    async with server:
        await server.serve_forever()


@contextlib.contextmanager
def canned_server(upstream_root: str) -> Iterator[str]:
    """Run the canned server for ``upstream_root`` (scheme://host:port); yield its root URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.canned", upstream_root],
        cwd=REPO,
        env=child_environment(),
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.startswith("http://"):
            raise RuntimeError(f"the canned server did not start (printed {line!r})")
        yield line
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1]))
