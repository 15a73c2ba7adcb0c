"""The canned-reply server: a real loopback server replaying what upstream answered once."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from tfs_emulator.server import EmulatorServer
from tfs_emulator.state import Settings

from bench.canned import canned_server

TOKEN = "canned-token"
BUILD = "/DefaultCollection/Fabrikam-Fiber-Git/_apis/build/builds/391"


@pytest.fixture()
def upstream() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo", settings=Settings(token=TOKEN)) as server:
        yield server


def test_replies_are_the_upstream_bytes_and_replayed_without_upstream(
    upstream: EmulatorServer,
) -> None:
    with canned_server(upstream.root_url) as root:
        assert root.startswith("http://127.0.0.1:") and not root.endswith(":0")
        # The request is forwarded as sent, Host included: links in the reply name the canned server.
        host = {"Host": httpx.URL(root).netloc.decode()}
        direct = httpx.get(upstream.root_url + BUILD, auth=("", TOKEN), headers=host)
        with httpx.Client(base_url=root, auth=("", TOKEN)) as client:
            first = client.get(BUILD)
            upstream.stop()  # from now on only recorded replies can be served
            again = [client.get(BUILD) for _ in range(3)]
    assert first.status_code == 200 and first.content == direct.content
    assert first.json()["id"] == 391
    assert all(reply.content == first.content for reply in again)
    assert all(reply.headers["content-type"] == first.headers["content-type"] for reply in again)


def test_one_connection_carries_many_requests_and_bodies_are_consumed(
    upstream: EmulatorServer,
) -> None:
    tags = "/DefaultCollection/Fabrikam-Fiber-Git/_apis/build/builds/391/tags/canned"
    with canned_server(upstream.root_url) as root, httpx.Client(base_url=root) as client:
        put = client.put(tags, content=b'{"ignored": true}', auth=("", TOKEN))
        replies = [client.get(BUILD, auth=("", TOKEN)) for _ in range(5)]
    assert put.status_code == 200 and "canned" in put.json()["value"]
    assert [reply.status_code for reply in replies] == [200] * 5
    assert put.extensions["network_stream"] is not None


def test_an_upstream_failure_is_a_502(upstream: EmulatorServer) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{unused.getsockname()[1]}"
    with canned_server(dead) as root:
        reply = httpx.get(root + BUILD)
    assert reply.status_code == 502


def test_sixteen_connections_in_flight_are_served_at_once(upstream: EmulatorServer) -> None:
    import asyncio

    async def sixteen(root: str) -> list[int]:
        async with httpx.AsyncClient(base_url=root, auth=("", TOKEN)) as client:
            await client.get(BUILD)  # recorded once
            replies = await asyncio.gather(*(client.get(BUILD) for _ in range(64)))
            return [reply.status_code for reply in replies]

    with canned_server(upstream.root_url) as root:
        assert asyncio.run(sixteen(root)) == [200] * 64
