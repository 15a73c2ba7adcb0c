"""A web page open in a developer's browser cannot drive the emulator (issue 13, item 5): no
forged admin request, no DNS rebinding, and reply URLs only ever name an accepted host."""

from __future__ import annotations

import httpx
import pytest
from tfs_emulator import EmulatorServer, Settings

from .conftest import GIT, assert_error

BUILD = f"/{GIT}/_apis/build/builds/391"


@pytest.fixture
def server() -> EmulatorServer:
    with EmulatorServer(seed="demo") as running:
        yield running
        assert running.state.internal_errors == 0


def _builds_exist(server: EmulatorServer) -> bool:
    return httpx.get(f"{server.base_url}{BUILD}").status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},  # a form or `fetch(..., {mode: "no-cors"})` with no body
        {"content-type": "text/plain"},
        {"content-type": "application/x-www-form-urlencoded"},
        {"content-type": "multipart/form-data; boundary=x"},
    ],
    ids=["no-body", "text", "form", "multipart"],
)
def test_a_simple_cross_origin_post_cannot_reset_or_seed(
    server: EmulatorServer, headers: dict[str, str]
) -> None:
    for path in ("reset", "seed/demo", "projects"):
        response = httpx.post(f"{server.root_url}/_emulator/{path}", headers=headers)
        assert_error(response, 415, "VssRequestContentTypeNotSupportedException")
    assert _builds_exist(server)


def test_a_request_from_another_origin_is_refused_even_as_json(server: EmulatorServer) -> None:
    for origin in ("http://evil.example", "null", f"{server.root_url}.evil.example"):
        response = httpx.post(
            f"{server.root_url}/_emulator/reset",
            headers={"content-type": "application/json", "origin": origin},
        )
        assert_error(response, 403, "CrossOriginRequestException")
    cross_site = httpx.get(f"{server.base_url}{BUILD}", headers={"sec-fetch-site": "cross-site"})
    assert_error(cross_site, 403, "CrossOriginRequestException")
    assert _builds_exist(server)
    same_origin = httpx.post(
        f"{server.root_url}/_emulator/reset",
        headers={"content-type": "application/json", "origin": server.root_url},
    )
    assert same_origin.status_code == 204
    assert not _builds_exist(server)


def test_a_host_header_naming_another_server_is_refused(server: EmulatorServer) -> None:
    port = server.root_url.rsplit(":", 1)[1]
    for host in (f"evil.example:{port}", "evil.example", "127.0.0.1.evil.example", "a b", "[::1"):
        response = httpx.get(f"{server.base_url}{BUILD}", headers={"host": host})
        assert_error(response, 400, "InvalidHostHeaderException")
        assert "evil" not in response.text
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "LOCALHOST"):
        response = httpx.get(f"{server.base_url}{BUILD}", headers={"host": host})
        assert response.status_code == 200, host
        assert response.json()["url"].startswith(f"http://{host}/DefaultCollection/")


def test_allowed_hosts_extend_the_accepted_names() -> None:
    with EmulatorServer(seed="demo", settings=Settings(allowed_hosts=frozenset({"ci-box"}))) as s:
        accepted = httpx.get(f"{s.base_url}{BUILD}", headers={"host": "ci-box:8080"})
        assert accepted.json()["url"].startswith("http://ci-box:8080/DefaultCollection/")
        assert_error(httpx.get(f"{s.base_url}{BUILD}", headers={"host": "other"}), 400)
    with EmulatorServer(seed="demo", settings=Settings(allowed_hosts=frozenset({"*"}))) as s:
        assert httpx.get(f"{s.base_url}{BUILD}", headers={"host": "any.name"}).status_code == 200
