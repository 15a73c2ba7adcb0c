"""The token never shows: not in ``repr()``/``str()`` of anything the client hands out, not in
DEBUG logs of httpx, httpcore, tfs_client or the emulator, not in any typed error's message,
``repr`` or formatted traceback, whatever went wrong (wrong token, storms, resets, timeouts,
refused connections, malformed replies), for basic and bearer tokens, sync and async.

(The contract suite's report and output are checked by tests/contract/test_cli.py.)
"""

from __future__ import annotations

import base64
import logging
import socket
import traceback
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tfs_api.api.builds import get_build, list_builds
from tfs_api.client import Client
from tfs_client import (
    ApiConnectionError,
    ApiTimeoutError,
    AuthenticationError,
    MalformedResponseError,
    RateLimitError,
    TfsApiError,
    acall,
    adownload_attachment,
    apaginate,
    aupload_attachment,
    call,
    connect,
    download_attachment,
    paginate,
    upload_attachment,
)

from tests.client._support import FakeClock

from .conftest import World, seeded_emulator
from .faults import FaultProxy, canned, hang, http_reply, reset_reply_after

TOKEN = "s3cr3t-PAT-7Qx9vK2mZ4"
WRONG_TOKEN = "wr0ng-PAT-Lp8Nc3Rt6"
PROXY_PAGE = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


def _forms(token: str) -> list[str]:
    """Every way a token could appear: plain, as basic credentials, URL-encoded."""
    return [
        token,
        base64.b64encode(f":{token}".encode()).decode(),
        base64.b64encode(f":{token}".encode()).decode().rstrip("="),
        token[: len(token) // 2 + 2],  # even half of it is too much
    ]


SECRETS = _forms(TOKEN) + _forms(WRONG_TOKEN)


def _assert_hidden(texts: list[str]) -> None:
    joined = "\n".join(texts)
    for secret in SECRETS:
        assert secret not in joined, f"{secret!r} leaked"


def _texts_of(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def _client_texts(client: Client) -> list[str]:
    httpx_client = client.get_httpx_client()
    async_client = client.get_async_httpx_client()
    objects: list[object] = [
        client,
        client.with_headers({"X-Extra": "1"}),
        client.with_timeout(httpx.Timeout(3.0)),
        httpx_client,
        async_client,
        httpx_client.auth,
        httpx_client.headers,
        async_client.headers,
        httpx_client._transport,
    ]
    return [text for item in objects for text in (repr(item), str(item))]


@pytest.fixture(scope="module")
def guarded() -> Iterator[World]:
    """An emulator that requires ``TOKEN``."""
    with seeded_emulator(token=TOKEN) as world:
        yield world


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, captured."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "tfs_client", "tfs_emulator", "uvicorn", "asyncio"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog


def _log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    texts = [formatter.format(record) for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    assert any(record.name == "httpx" for record in caplog.records)
    return texts


@pytest.mark.parametrize("bearer", [False, True], ids=["basic", "bearer"])
def test_the_token_stays_hidden_through_a_whole_session_with_failures(
    guarded: World,
    logs: pytest.LogCaptureFixture,
    clock: FakeClock,
    tmp_path: Path,
    bearer: bool,
) -> None:
    url = guarded.base_url
    errors: list[TfsApiError] = []
    source = tmp_path / "report.bin"
    source.write_bytes(b"x" * 300_000)

    with connect(url, token=TOKEN, bearer=bearer, retries=clock.policy(retries=2)) as client:
        builds = list(paginate(list_builds.sync_detailed, guarded.project, client=client))
        reference = upload_attachment(client, guarded.project, guarded.run_id, source)
        download_attachment(client, guarded.project, guarded.run_id, reference.id, tmp_path)
        with pytest.raises(TfsApiError) as missing:
            call(get_build.sync_detailed, guarded.project, 999_999, client=client)
        errors.append(missing.value)
        client_texts = _client_texts(client)
    assert builds == []

    with connect(url, token=WRONG_TOKEN, bearer=bearer) as client:
        with pytest.raises(AuthenticationError) as refused:
            call(list_builds.sync_detailed, guarded.project, client=client)
        errors.append(refused.value)
        client_texts += _client_texts(client)

    with FaultProxy.for_url(url) as proxy:
        via_proxy = proxy.url(url)
        storm = http_reply(429, b'{"message": "slow down"}', headers={"Retry-After": "1"})
        proxy.inject(*[canned(storm)] * 3)
        with connect(via_proxy, token=TOKEN, bearer=bearer, retries=clock.policy(retries=2)) as c:
            with pytest.raises(RateLimitError) as limited:
                call(list_builds.sync_detailed, guarded.project, client=c)
            errors.append(limited.value)
        proxy.inject(canned(http_reply(200, PROXY_PAGE, headers={"Content-Type": "text/html"})))
        with connect(via_proxy, token=TOKEN, bearer=bearer, retries=0) as c:
            with pytest.raises(MalformedResponseError) as malformed:
                call(list_builds.sync_detailed, guarded.project, client=c)
            errors.append(malformed.value)
        proxy.inject(reset_reply_after(1000))
        with connect(via_proxy, token=TOKEN, bearer=bearer, retries=0) as c:
            with pytest.raises(ApiConnectionError) as reset:
                download_attachment(c, guarded.project, guarded.run_id, reference.id, tmp_path)
            errors.append(reset.value)
        proxy.inject(hang())
        timeout = httpx.Timeout(5.0, read=0.05)
        with connect(via_proxy, token=TOKEN, bearer=bearer, timeout=timeout, retries=0) as c:
            with pytest.raises(ApiTimeoutError) as timed_out:
                call(list_builds.sync_detailed, guarded.project, client=c)
            errors.append(timed_out.value)

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        closed_port = unused.getsockname()[1]
    with connect(f"http://127.0.0.1:{closed_port}/C", token=TOKEN, bearer=bearer, retries=0) as c:
        with pytest.raises(ApiConnectionError) as refused_connection:
            call(list_builds.sync_detailed, guarded.project, client=c)
        errors.append(refused_connection.value)

    assert [type(error).__name__ for error in errors] == [
        "NotFoundError",
        "AuthenticationError",
        "RateLimitError",
        "MalformedResponseError",
        "ApiConnectionError",
        "ApiTimeoutError",
        "ApiConnectionError",
    ]
    _assert_hidden(client_texts)
    _assert_hidden([text for error in errors for text in _texts_of(error)])
    _assert_hidden(_log_texts(logs))


@pytest.mark.anyio
async def test_the_token_stays_hidden_in_async_sessions(
    guarded: World, logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    source = tmp_path / "async.bin"
    source.write_bytes(b"y" * 100_000)
    errors: list[TfsApiError] = []

    async with connect(guarded.base_url, token=TOKEN) as client:
        assert [
            build
            async for build in apaginate(
                list_builds.asyncio_detailed, guarded.project, client=client
            )
        ] == []
        reference = await aupload_attachment(client, guarded.project, guarded.run_id, source)
        await adownload_attachment(client, guarded.project, guarded.run_id, reference.id, tmp_path)
    async with connect(guarded.base_url, token=WRONG_TOKEN, bearer=True) as client:
        with pytest.raises(AuthenticationError) as refused:
            await acall(list_builds.asyncio_detailed, guarded.project, client=client)
        errors.append(refused.value)
        texts = _client_texts(client)

    assert refused.value.status == 401
    _assert_hidden(texts + [text for error in errors for text in _texts_of(error)])
    _assert_hidden(_log_texts(logs))


def test_the_emulator_refuses_a_wrong_token_without_echoing_it(guarded: World) -> None:
    response = httpx.get(
        f"{guarded.base_url}/{guarded.project}/_apis/build/builds", auth=("", WRONG_TOKEN)
    )
    assert response.status_code == 401
    _assert_hidden([response.text, str(response.headers)])
