"""A call on a client ``connect`` built goes straight to its transport (``_direct``) and
behaves as ``httpx.Client.send`` would; anything added to the httpx client takes httpx's way."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
from tfs_api.api.builds import get_build
from tfs_client import ApiConnectionError, TfsClient, acall, call
from tfs_client.calls import fetch

from ._support import BASE_URL, TOKEN, build_json, mock_client

BUILD = build_json(391)
BASIC = "Basic " + base64.b64encode(f":{TOKEN}".encode()).decode()


class Recorder:
    def __init__(self, reply: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply or httpx.Response(200, json=BUILD)


def test_a_plain_client_sends_without_httpx_client_send(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("httpx.Client.send was used")

    seen = Recorder()
    client = mock_client(seen)
    monkeypatch.setattr(httpx.Client, "send", refused)
    monkeypatch.setattr(httpx.AsyncClient, "send", refused)
    assert call(get_build.OPERATION, "Fabrikam", 391, client=client).id == 391
    assert seen.requests[0].headers["authorization"] == BASIC


@pytest.mark.anyio
async def test_a_plain_async_client_sends_without_httpx_send(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("httpx.AsyncClient.send was used")

    seen = Recorder()
    client = mock_client(seen)
    monkeypatch.setattr(httpx.AsyncClient, "send", refused)
    assert (await acall(get_build.OPERATION, "Fabrikam", 391, client=client)).id == 391
    assert seen.requests[0].headers["authorization"] == BASIC


def test_the_reply_is_bound_to_its_request_with_its_elapsed_time() -> None:
    client = mock_client(Recorder())
    request = get_build.OPERATION.request("Fabrikam", 391)
    reply = fetch(client, request, "get_build")
    assert reply.request.url.path.endswith("/_apis/build/builds/391")
    assert reply.elapsed.total_seconds() >= 0
    assert reply.content and reply.is_closed


def test_cookies_a_reply_sets_are_kept_and_sent_back() -> None:
    seen = Recorder(httpx.Response(200, json=BUILD, headers={"set-cookie": "affinity=a1; Path=/"}))
    client = mock_client(seen)
    call(get_build.OPERATION, "Fabrikam", 391, client=client)
    call(get_build.OPERATION, "Fabrikam", 391, client=client)
    assert "cookie" not in seen.requests[0].headers
    assert seen.requests[1].headers["cookie"] == "affinity=a1"


def test_httpx_logs_the_request_line_as_it_would(caplog: pytest.LogCaptureFixture) -> None:
    client = mock_client(Recorder())
    with caplog.at_level(logging.INFO, logger="httpx"):
        call(get_build.OPERATION, "Fabrikam", 391, client=client)
    assert any(
        r.getMessage().startswith("HTTP Request: GET https://tfs.example.com/")
        and r.getMessage().endswith('"HTTP/1.1 200 OK"')
        for r in caplog.records
    )


def test_event_hooks_redirects_and_other_auth_added_later_are_honoured() -> None:
    hooked: list[str] = []
    moved = Recorder(httpx.Response(301, headers={"location": f"{BASE_URL}/moved"}))

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/moved"):
            return httpx.Response(200, json=BUILD)
        return moved(request)

    client = mock_client(answer)
    http = client.get_httpx_client()
    http.event_hooks["request"].append(lambda request: hooked.append(request.url.path))
    http.follow_redirects = True
    http.auth = httpx.BasicAuth("someone", "else")
    assert call(get_build.OPERATION, "Fabrikam", 391, client=client).id == 391
    assert len(hooked) == 2  # the request and the redirected one
    assert moved.requests[0].headers["authorization"].startswith("Basic c29tZW9uZT")


def test_a_replaced_httpx_client_is_used_as_given() -> None:
    mine = Recorder()
    client = mock_client(Recorder())
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(mine)))
    call(get_build.OPERATION, "Fabrikam", 391, client=client)
    assert len(mine.requests) == 1
    assert "authorization" not in mine.requests[0].headers  # that client has no auth


def test_a_closed_client_refuses_as_httpx_does() -> None:
    tfs = TfsClient(BASE_URL, token=TOKEN, transport=httpx.MockTransport(Recorder()))
    tfs.close()
    with pytest.raises(RuntimeError, match="client has been closed"):
        tfs.builds.get("Fabrikam", 391)


def test_a_connection_failure_names_the_host() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client = mock_client(refuse, retries=0)
    with pytest.raises(ApiConnectionError, match=r"tfs\.example\.com"):
        call(get_build.OPERATION, "Fabrikam", 391, client=client)
