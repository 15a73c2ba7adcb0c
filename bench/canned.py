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

import contextlib
import socket
import subprocess
import sys
import threading
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
        """The upstream reply to this request (blocking; runs in the connection's thread)."""
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


_PIECE = 65536
"""Bytes read from a connection at a time."""


def serve_connection(connection: socket.socket, recorder: Recorder) -> None:
    """One client connection: HTTP/1.1 keep-alive, requests answered in order, each from its
    recorded bytes (recorded first, from upstream, the first time its request line is seen)."""
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    with connection:
        while True:
            end = buffer.find(b"\r\n\r\n")
            head = buffer[:end] if end >= 0 else b""
            length = _content_length(head)
            if end >= 0 and len(buffer) >= end + 4 + length:
                body = buffer[end + 4 : end + 4 + length]
                buffer = buffer[end + 4 + length :]
                request_line = head.split(b"\r\n", 1)[0]
                reply = recorder.replies.get(request_line)
                if reply is None:
                    try:
                        reply = recorder.record(request_line, head, body)
                    except Exception:  # the upstream failed: the client sees a gateway error
                        reply = b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n"
                connection.sendall(reply)
                continue
            try:
                data = connection.recv(_PIECE)
            except OSError:
                return
            if not data:
                return
            buffer += data


def _content_length(head: bytes) -> int:
    lowered = head.lower()
    start = lowered.find(b"\r\ncontent-length:")
    if start < 0:
        return 0
    start += len(b"\r\ncontent-length:")
    end = lowered.find(b"\r\n", start)
    return int(lowered[start : end if end >= 0 else None].strip())


def serve(upstream: str) -> None:
    """Listen on a free loopback port, print the URL, serve until killed: a thread per
    connection doing blocking reads and writes (an event loop added ~75 µs to every reply)."""
    recorder = Recorder(upstream)
    with socket.create_server(("127.0.0.1", 0), backlog=128) as listener:
        host, port = listener.getsockname()[:2]
        print(f"http://{host}:{port}", flush=True)
        while True:
            connection, _ = listener.accept()
            threading.Thread(
                target=serve_connection, args=(connection, recorder), daemon=True
            ).start()


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
    with contextlib.suppress(
        KeyboardInterrupt
    ):  # Ctrl-C reaches the whole group: the bench reports it
        serve(sys.argv[1])
