"""Fault injection for the reliability tests: a loopback TCP proxy, a listener that never
accepts, and a fake clock for the retry layer.

``FaultProxy`` sits between a client and the emulator (both on 127.0.0.1). Each new client
connection takes the next ``Fault`` from the proxy's queue (then connections pass through
untouched): reset the connection after some bytes of the reply body or of the request body,
serve canned bytes without asking the emulator, or accept and never answer. Faults apply to
new connections only: a client's pooled keep-alive connection to the emulator passes through.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Iterator
from types import TracebackType
from typing import Literal

import attrs

FaultKind = Literal["pass", "reset_reply", "reset_request", "stall_reply", "canned", "hang"]
HEADER_END = b"\r\n\r\n"


@attrs.frozen
class Fault:
    """What the proxy does to one client connection.

    ``after`` counts body bytes (those after the first blank line of the request or reply).
    """

    kind: FaultKind
    after: int = 0
    data: bytes = b""


def reset_reply_after(body_bytes: int) -> Fault:
    """Forward the request and the reply, then reset both sides after ``body_bytes`` of body."""
    return Fault("reset_reply", after=body_bytes)


def reset_request_after(body_bytes: int) -> Fault:
    """Forward ``body_bytes`` of the request body to the emulator, then reset both sides."""
    return Fault("reset_request", after=body_bytes)


def stall_reply_after(body_bytes: int) -> Fault:
    """Forward the request and ``body_bytes`` of the reply body, then send nothing more."""
    return Fault("stall_reply", after=body_bytes)


def canned(data: bytes) -> Fault:
    """Read the request, answer with ``data`` (a whole HTTP reply), close the connection."""
    return Fault("canned", data=data)


def hang() -> Fault:
    """Read the request and never answer (until the proxy closes)."""
    return Fault("hang")


def http_reply(
    status: int,
    body: bytes = b"",
    *,
    reason: str = "Reply",
    headers: dict[str, str] | None = None,
    content_length: int | None = None,
) -> bytes:
    """A raw HTTP/1.1 reply that closes its connection; ``content_length`` may lie."""
    lines = [f"HTTP/1.1 {status} {reason}"]
    all_headers = {"Connection": "close", **(headers or {})}
    all_headers["Content-Length"] = str(len(body) if content_length is None else content_length)
    lines += [f"{name}: {value}" for name, value in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _reset(sock: socket.socket) -> None:
    """Close ``sock`` with a TCP RST instead of an orderly FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class _BodyLimit:
    """Lets the head of an HTTP message through, then at most ``limit`` bytes of its body."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.body: int | None = None
        self._head = b""

    def take(self, chunk: bytes) -> tuple[bytes, bool]:
        """The part of ``chunk`` to forward, and whether the limit is now reached."""
        if self.body is None:
            self._head += chunk
            end = self._head.find(HEADER_END)
            if end < 0:
                return chunk, False
            body_part = self._head[end + len(HEADER_END) :]
            head_part = chunk[: len(chunk) - len(body_part)]
            self.body, self._head = 0, b""
        else:
            head_part, body_part = b"", chunk
        passed = body_part[: self.limit - self.body]
        self.body += len(passed)
        return head_part + passed, self.body >= self.limit


class FaultProxy:
    """A threaded loopback TCP proxy in front of ``upstream`` that injects queued faults."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.faults: deque[Fault] = deque()
        self.connections = 0
        self.canned_requests: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @classmethod
    def for_url(cls, base_url: str) -> FaultProxy:
        """A proxy in front of the server of ``http://host:port/...``."""
        host_port = base_url.split("//", 1)[1].split("/", 1)[0]
        host, port = host_port.rsplit(":", 1)
        return cls((host, int(port)))

    def url(self, base_url: str) -> str:
        """``base_url`` with its host and port replaced by the proxy's."""
        scheme, rest = base_url.split("//", 1)
        path = rest.split("/", 1)[1] if "/" in rest else ""
        return f"{scheme}//127.0.0.1:{self._listener.getsockname()[1]}/{path}"

    def inject(self, *faults: Fault) -> None:
        """Queue faults for the next connections, in order."""
        with self._lock:
            self.faults.extend(faults)

    def close(self) -> None:
        """Stop accepting and drop every open connection."""
        self._closed.set()
        with contextlib.suppress(OSError):  # wake the accepting thread
            socket.create_connection(self._listener.getsockname(), timeout=1).close()
        self._thread.join(timeout=5)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                _reset(sock)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._closed.is_set():
                client.close()
                return
            with self._lock:
                fault = self.faults.popleft() if self.faults else Fault("pass")
                self.connections += 1
                self._sockets.append(client)
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        if fault.kind in ("canned", "hang"):
            request = _read_request(client)
            with self._lock:
                self.canned_requests.append(request)
            if fault.kind == "canned":
                with contextlib.suppress(OSError):
                    client.sendall(fault.data)
                    client.shutdown(socket.SHUT_WR)
                    _drain(client)
                    client.close()
            else:
                self._closed.wait()
            return
        upstream = socket.create_connection(self.upstream)
        with self._lock:
            self._sockets.append(upstream)
        gates = {
            client: _BodyLimit(fault.after) if fault.kind == "reset_request" else None,
            upstream: _BodyLimit(fault.after)
            if fault.kind in ("reset_reply", "stall_reply")
            else None,
        }
        peer = {client: upstream, upstream: client}
        with selectors.DefaultSelector() as selector:
            for sock in peer:
                selector.register(sock, selectors.EVENT_READ)
            while selector.get_map():
                for key, _ in selector.select():
                    source = key.fileobj
                    assert isinstance(source, socket.socket)
                    if not self._forward(source, peer[source], gates[source], fault, selector):
                        for sock in peer:
                            _reset(sock)
                        return

    def _forward(
        self,
        source: socket.socket,
        target: socket.socket,
        gate: _BodyLimit | None,
        fault: Fault,
        selector: selectors.BaseSelector,
    ) -> bool:
        """Move one chunk from ``source`` to ``target``; ``False`` when the pair must reset."""
        try:
            chunk = source.recv(65536)
            if not chunk:
                selector.unregister(source)
                with contextlib.suppress(OSError):
                    target.shutdown(socket.SHUT_WR)
                return True
            if gate is None:
                target.sendall(chunk)
                return True
            passed, reached = gate.take(chunk)
            target.sendall(passed)
        except OSError:
            return False
        if reached and fault.kind == "stall_reply":
            self._closed.wait()
            return False
        if reached:
            time.sleep(0.005)  # let the forwarded bytes reach the other side first
            return False
        return True


def _read_request(sock: socket.socket) -> bytes:
    """Read one request head and its ``Content-Length`` body (best effort)."""
    data = b""
    with contextlib.suppress(OSError):
        while HEADER_END not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(HEADER_END)
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or 0)
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        data = head + HEADER_END + body
    return data


def _drain(sock: socket.socket) -> None:
    """Read until the peer closes, so closing does not reset unread bytes."""
    sock.settimeout(1.0)
    with contextlib.suppress(OSError):
        while sock.recv(65536):
            pass


@contextlib.contextmanager
def unresponsive_listener() -> Iterator[str]:
    """``http://127.0.0.1:PORT`` of a socket whose accept queue is full: connecting hangs.

    The listener never accepts and its backlog is filled first, so the kernel drops further
    connection attempts (SYNs) and a client's connect times out, all on loopback.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers: list[socket.socket] = []
    try:
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        for sock in fillers:
            sock.close()
        listener.close()
