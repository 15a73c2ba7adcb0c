"""A failed exchange reads the same through ``TfsClient`` and ``AsyncTfsClient`` (httpx's own
messages differ, and an async timeout has none) and always says what failed: the operation,
``host:port`` and what happened (refused, DNS failure, timed out after N s, dropped)."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from tfs_client import ApiConnectionError, ApiTimeoutError, AsyncTfsClient, TfsClient

from .faults import unresponsive_listener

TIMEOUT = httpx.Timeout(5.0, connect=0.2, read=0.2)
UNKNOWN_HOST = "tfs-server.invalid"


@contextlib.contextmanager
def closed_port() -> Iterator[str]:
    """A loopback port nothing listens on: connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield f"http://127.0.0.1:{port}"


@contextlib.contextmanager
def silent_listener() -> Iterator[str]:
    """A listener that never accepts: the kernel completes each connection, no reply comes."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


@contextlib.contextmanager
def resetting_listener() -> Iterator[str]:
    """A server that reads each request and resets the connection instead of replying."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:  # closed: the test is over
                return
            connection.recv(65536)
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()
        thread.join(timeout=5)


@contextlib.contextmanager
def unknown_host(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A host name the resolver does not know (answered here: no query leaves the machine)."""
    resolve = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == UNKNOWN_HOST:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield f"http://{UNKNOWN_HOST}:8080"


FAILURES: dict[str, tuple[Callable[[pytest.MonkeyPatch], Any], type[Exception], str]] = {
    "refused": (
        lambda _: closed_port(),
        ApiConnectionError,
        "could not connect to {where}: connection refused (ConnectError)",
    ),
    "dns": (
        unknown_host,
        ApiConnectionError,
        "could not connect to {where}: DNS failure: name or service not known (ConnectError)",
    ),
    "connect timeout": (
        lambda _: unresponsive_listener(),
        ApiTimeoutError,
        "connecting to {where} timed out after 0.2 s (ConnectTimeout)",
    ),
    "read timeout": (
        lambda _: silent_listener(),
        ApiTimeoutError,
        "waiting for data from {where} timed out after 0.2 s (ReadTimeout)",
    ),
    "reset": (
        lambda _: resetting_listener(),
        ApiConnectionError,
        "the connection to {where} failed: connection reset by peer (ReadError)",
    ),
}


def _sync_failure(url: str) -> ApiConnectionError:
    with (
        TfsClient(f"{url}/DefaultCollection", token="t", timeout=TIMEOUT, retries=0) as tfs,
        pytest.raises(ApiConnectionError) as caught,
    ):
        tfs.builds.get("Project", 391)
    return caught.value


async def _async_failure(url: str) -> ApiConnectionError:
    async with AsyncTfsClient(
        f"{url}/DefaultCollection", token="t", timeout=TIMEOUT, retries=0
    ) as tfs:
        with pytest.raises(ApiConnectionError) as caught:
            await tfs.builds.get("Project", 391)
    return caught.value


@pytest.mark.anyio
@pytest.mark.parametrize(("opened", "kind", "expected"), FAILURES.values(), ids=FAILURES)
async def test_a_failure_reads_the_same_sync_and_async_and_says_what_failed(
    monkeypatch: pytest.MonkeyPatch,
    opened: Callable[[pytest.MonkeyPatch], Any],
    kind: type[Exception],
    expected: str,
) -> None:
    with opened(monkeypatch) as url:
        failures = [_sync_failure(url), await _async_failure(url)]
    where = url.removeprefix("http://")
    for failure in failures:
        assert type(failure) is kind
        assert failure.operation == "get_build" and failure.attempts == 1
        assert failure.message == expected.format(where=where)
        assert str(failure) == f"get_build: {failure.message} [1 attempt]"
