"""Limits like a real server's (issue 13, items 2, 3, 4 and 6): each refusal is a 4xx with the
server's error body, never a 500, and slow or oversized clients are let go. Limits are lowered
through `Limits` where the default would make a test slow; the mechanism is the same."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from tfs_emulator import EmulatorAdmin, EmulatorServer, Limits, Settings, limits

from .conftest import assert_error

README = Path(__file__).resolve().parents[2] / "README.md"
PROJECT = "Limits"
BUILDS = f"/{PROJECT}/_apis/build/builds"


@contextmanager
def seeded(limits_: Limits | None = None, builds: int = 1) -> Iterator[EmulatorServer]:
    """An emulator with one project, definition and `builds` builds tagged `t0`."""
    with EmulatorServer(settings=Settings(limits=limits_ or Limits())) as server:
        with EmulatorAdmin(server.root_url) as admin:
            admin.create_project(PROJECT)
            definition = admin.create_definition(PROJECT, "CI", id=7)
            admin.create_builds(
                PROJECT, definition, count=builds, tags=["t0"], doc={"properties": {"p0": 1}}
            )
        yield server
        assert server.state.internal_errors == 0


def _address(server: EmulatorServer) -> tuple[str, int]:
    host, port = server.root_url.removeprefix("http://").split(":")
    return host, int(port)


def _raw(server: EmulatorServer, payload: bytes, *, wait: float = 10) -> bytes:
    """Send `payload` on a new connection; everything the server sends until it closes."""
    with socket.create_connection(_address(server), timeout=wait) as sock:
        sock.sendall(payload)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def _status_and_type(answer: bytes) -> tuple[int, str]:
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"content-type: application/json" in head.lower(), answer[:300]
    match = re.search(rb'"typeKey": "(\w+)"', body)
    assert match is not None, answer[:300]
    return int(head.split()[1]), match.group(1).decode()


# -- item 2: list filters ------------------------------------------------------------------


def test_list_filters_up_to_the_limit_answer_and_beyond_it_are_a_400() -> None:
    top = limits.MAX_FILTER_VALUES
    with seeded() as server, httpx.Client(base_url=server.base_url, timeout=60) as client:
        many_tags = ",".join(["t0", *(f"x{i}" for i in range(top - 1))])
        assert client.get(BUILDS, params={"tagFilters": many_tags}).json()["count"] == 0
        same_tag = ",".join(["t0", "T0"] * (top // 2))  # every wanted tag is on the build
        assert client.get(BUILDS, params={"tagFilters": same_tag}).json()["count"] == 1
        names = ",".join(["p0"] * top)
        assert client.get(BUILDS, params={"propertyFilters": names}).json()["count"] == 1
        ids = ",".join(["7", *(str(i) for i in range(1000, 1000 + top - 1))])
        assert client.get(BUILDS, params={"definitions": ids}).json()["count"] == 1
        for name in ("tagFilters", "propertyFilters", "definitions", "buildIds", "queues"):
            response = client.get(BUILDS, params={name: ",".join(["1"] * (top + 1))})
            assert_error(response, 400, "ArgumentException")
            assert f"more than {top} values" in response.json()["message"]


def test_a_request_line_beyond_the_limit_is_a_414_error_body() -> None:
    with seeded() as server:
        ids = ",".join(str(i) for i in range(200_000))
        answer = _raw(
            server,
            f"GET /DefaultCollection{BUILDS}?buildIds={ids} HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\n\r\n".encode(),
        )
    assert _status_and_type(answer) == (414, "RequestUriTooLongException")


# -- item 3: $top cap -------------------------------------------------------------------------


def test_top_is_capped_and_the_rest_follows_the_continuation_token() -> None:
    with (
        seeded(Limits(max_builds_per_page=5), builds=12) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        page = client.get(BUILDS, params={"$top": 2147483647})
        assert page.json()["count"] == 5
        seen = [b["id"] for b in page.json()["value"]]
        while token := page.headers.get("x-ms-continuationtoken"):
            page = client.get(BUILDS, params={"$top": 2147483647, "continuationToken": token})
            seen += [b["id"] for b in page.json()["value"]]
        assert len(seen) == len(set(seen)) == 12


# -- item 4: slow clients ---------------------------------------------------------------------


def test_a_half_sent_head_is_answered_408_and_the_connection_closed() -> None:
    with seeded(Limits(header_timeout=0.3)) as server:
        started = time.monotonic()
        answer = _raw(server, b"GET /DefaultCollection/_apis HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert _status_and_type(answer) == (408, "RequestTimeoutException")
        assert time.monotonic() - started < 5


def test_a_stalled_body_is_answered_408() -> None:
    with seeded(Limits(body_timeout=0.3)) as server:
        answer = _raw(
            server,
            f"POST /DefaultCollection{BUILDS} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{".encode(),
        )
    assert _status_and_type(answer) == (408, "RequestTimeoutException")


def test_an_idle_new_connection_is_closed() -> None:
    with seeded(Limits(idle_timeout=0.3)) as server:
        assert _raw(server, b"") == b""  # the server hung up: recv saw the end of the stream


def test_stalled_heads_are_bounded_in_size_and_released_after_the_timeout() -> None:
    with seeded(Limits(header_timeout=0.5)) as server:
        head = b"GET /DefaultCollection/_apis HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        filler = b"X-Filler: " + b"a" * 1000 + b"\r\n"
        sockets = [socket.create_connection(_address(server), timeout=10) for _ in range(40)]
        try:
            for sock in sockets:
                sock.sendall(head + filler * 50)  # 50 KB each, under the head limit
            too_big = _raw(server, head + filler * 70)  # 70 KB: over the 64 KiB head limit
            assert _status_and_type(too_big) == (431, "RequestHeadersTooLargeException")
            for sock in sockets:
                answer = b""
                while chunk := sock.recv(65536):
                    answer += chunk
                assert _status_and_type(answer) == (408, "RequestTimeoutException")
        finally:
            for sock in sockets:
                sock.close()
        deadline = time.monotonic() + 10
        while server._server.server_state.connections and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not server._server.server_state.connections


# -- item 6: bodies -----------------------------------------------------------------------


def test_a_body_beyond_the_route_limit_is_refused_before_it_is_read() -> None:
    with seeded(Limits(max_admin_body_bytes=1024)) as server:
        answer = _raw(
            server,
            b"PUT /_emulator/projects/Limits/builds/1/logs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 600000000\r\n\r\n",
        )  # the body is never sent: the answer comes from the declared length alone
        assert _status_and_type(answer) == (413, "RequestContentTooLargeException")
        response = httpx.put(
            f"{server.root_url}/_emulator/projects/{PROJECT}/builds/1/logs",
            content=b"[" + b'{"id": 1},' * 200 + b"{}]",
            headers={"content-type": "application/json", "transfer-encoding": "chunked"},
        )
        assert_error(response, 413, "RequestContentTooLargeException")


@pytest.mark.parametrize(
    "path",
    ["/_emulator/projects", "/_emulator/projects/Limits/builds/1/timeline"],
)
def test_deeply_nested_json_is_a_400(path: str) -> None:
    with seeded() as server:
        for depth in (limits.MAX_JSON_DEPTH + 1, 100_000):
            response = httpx.request(
                "POST" if path.endswith("projects") else "PUT",
                f"{server.root_url}{path}",
                content=b"[" * depth + b"]" * depth,
                headers={"content-type": "application/json"},
            )
            assert_error(response, 400, "ArgumentException")
            assert "nests" in response.json()["message"]


# -- the README documents every limit with its value ---------------------------------------


def _shown(value: float) -> str:
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if isinstance(value, int) and value >= size and value % size == 0:
            return f"{value // size} {unit}"
    return f"{value:g} s" if isinstance(value, float) else f"{value:,}"


def test_the_readme_limits_table_lists_every_limit_with_its_value() -> None:
    text = README.read_text(encoding="utf-8")
    for name, value in vars(limits).items():
        if name.isupper() and name not in ("KIB", "MIB"):
            row = re.search(rf"^\| `{name}` \| ([^|]+) \|", text, re.MULTILINE)
            assert row is not None, f"README's limits table has no row for {name}"
            assert row.group(1).strip() == _shown(value), name


def test_a_request_refused_mid_body_leaves_its_handler_nothing_to_write() -> None:
    # One packet: a complete head (the handler starts and refuses the Host) and a broken chunk
    # (the connection answers 400 and half-closes): the handler's reply must be dropped.
    with seeded() as server:
        for _ in range(5):
            answer = _raw(
                server,
                f"POST /DefaultCollection{BUILDS} HTTP/1.1\r\nHost: elsewhere\r\n"
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".encode(),
            )
            assert answer.startswith(b"HTTP/1.1 400 "), answer[:100]
        assert server.state.internal_errors == 0
