"""``connect``: credentials, secrecy of the token, timeouts, TLS, user agent, headers."""

from __future__ import annotations

import base64
import logging
import socket
import ssl
import traceback
from pathlib import Path

import httpx
import pytest
from tfs_api.api.builds import get_build, get_build_tags, list_builds
from tfs_api.client import Client
from tfs_client import (
    DEFAULT_TIMEOUT,
    ApiConnectionError,
    AuthenticationError,
    RetryPolicy,
    RetryTransport,
    TfsClient,
    TokenAuth,
    acall,
    call,
    connect,
    paginate,
)

from tests.api_versions import UPGRADED, api_version

from ._support import BASE_URL, TOKEN, FakeClock, build_json, mock_client

TAGS = {"count": 1, "value": ["nightly"]}


class Recorder:
    def __init__(self, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.status != 200:
            return httpx.Response(self.status, json={"message": "no"})
        is_tags = request.url.path.endswith("/tags")
        return httpx.Response(200, json=TAGS if is_tags else build_json(391))


def secrets() -> list[str]:
    return [TOKEN, base64.b64encode(f":{TOKEN}".encode()).decode()]


def test_token_is_sent_as_basic_auth_with_an_empty_user() -> None:
    recorder = Recorder()
    call(get_build_tags.sync_detailed, "Fabrikam", 391, client=mock_client(recorder))
    header = recorder.requests[0].headers["authorization"]
    assert header == "Basic " + base64.b64encode(f":{TOKEN}".encode()).decode()


def test_bearer_option_sends_a_bearer_token() -> None:
    recorder = Recorder()
    call(get_build_tags.sync_detailed, "Fabrikam", 391, client=mock_client(recorder, bearer=True))
    assert recorder.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_no_token_sends_no_credentials() -> None:
    recorder = Recorder()
    call(get_build_tags.sync_detailed, "Fabrikam", 391, client=mock_client(recorder, token=None))
    assert "authorization" not in recorder.requests[0].headers


@pytest.mark.parametrize("token", ["", "a\r\nX-Injected: 1"])
def test_empty_or_header_injecting_tokens_are_rejected(token: str) -> None:
    with pytest.raises(ValueError, match="token"):
        connect(BASE_URL, token=token)


SLIPPED_TOKENS = {
    "trailing space": f"{TOKEN} ",
    "trailing tab": f"{TOKEN}\t",
    "trailing newline": f"{TOKEN}\n",
    "leading space": f" {TOKEN}",
    "NUL": f"{TOKEN[:5]}\x00{TOKEN[5:]}",
    "DEL": f"{TOKEN}\x7f",
    "zero-width space": f"{TOKEN}\u200b",
    "right-to-left override": f"\u202e{TOKEN}",
    "no-break space": f"{TOKEN}\u00a0",
    "inner space": f"{TOKEN[:5]} {TOKEN[5:]}",
    "inner no-break space": f"{TOKEN[:5]}\u00a0{TOKEN[5:]}",
    "inner ideographic space": f"{TOKEN[:5]}\u3000{TOKEN[5:]}",
    "inner tab": f"{TOKEN[:5]}\t{TOKEN[5:]}",
}


@pytest.mark.parametrize("bearer", [False, True], ids=["basic", "bearer"])
@pytest.mark.parametrize("token", SLIPPED_TOKENS.values(), ids=SLIPPED_TOKENS)
def test_a_token_with_whitespace_or_control_characters_is_rejected_without_showing_it(
    token: str, bearer: bool
) -> None:
    with pytest.raises(ValueError, match="token") as caught:
        connect(BASE_URL, token=token, bearer=bearer)
    shown = str(caught.value) + repr(caught.value)
    assert TOKEN[: len(TOKEN) // 2] not in shown


def test_a_bearer_token_must_be_ascii_but_a_basic_one_need_not() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        connect(BASE_URL, token="jeton-é-secret", bearer=True)
    recorder = Recorder()
    call(get_build_tags.sync_detailed, "F", 1, client=mock_client(recorder, token="mot-dé-passe"))
    encoded = base64.b64encode(":mot-dé-passe".encode()).decode()
    assert recorder.requests[0].headers["authorization"] == f"Basic {encoded}"


def test_credentials_in_headers_the_http_library_rejects_are_masked_in_the_error() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    slipped = {"Authorization": f"Bearer {TOKEN}\t"}  # set directly: no check in connect
    with (
        listener,
        connect(f"http://127.0.0.1:{port}/tfs", headers=slipped, retries=0) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        call(get_build_tags.sync_detailed, "F", 1, client=client)
    texts = [str(caught.value), repr(caught.value), *traceback.format_exception(caught.value)]
    assert "Illegal header value" in str(caught.value) and "Bearer ***" in str(caught.value)
    assert not any(TOKEN[: len(TOKEN) // 2] in text for text in texts)


@pytest.mark.parametrize(
    "message",
    [
        f"Illegal header value b'Basic {base64.b64encode(f':{TOKEN}'.encode()).decode()}'",
        f"headers: [(b'Authorization', b'Bearer {TOKEN}')]",
        f"proxy https://user:{TOKEN}@proxy.example:8080 refused",
    ],
)
def test_every_mapped_transport_error_masks_credentials(message: str) -> None:
    def failing(request: httpx.Request) -> httpx.Response:
        try:
            raise ValueError(message)
        except ValueError as cause:
            raise httpx.ConnectError(message) from cause

    with pytest.raises(ApiConnectionError) as caught:
        call(get_build_tags.sync_detailed, "F", 1, client=mock_client(failing, retries=0))
    texts = [str(caught.value), repr(caught.value), *traceback.format_exception(caught.value)]
    for secret in secrets():
        assert not any(secret[: len(secret) // 2] in text for text in texts)
    assert "***" in str(caught.value)


def test_token_never_appears_in_repr_or_str_of_the_client() -> None:
    client = mock_client(Recorder())
    call(get_build_tags.sync_detailed, "Fabrikam", 391, client=client)
    texts = [repr(client), str(client), repr(client.get_httpx_client().headers)]
    texts += [
        repr(client.with_headers({"X-A": "1"})),
        repr(TokenAuth(TOKEN)),
        str(TokenAuth(TOKEN)),
    ]
    for text in texts:
        for secret in secrets():
            assert secret not in text


def test_token_never_appears_in_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = connect(BASE_URL, token=TOKEN, transport=httpx.MockTransport(Recorder(401)), retries=0)
    with pytest.raises(AuthenticationError) as caught:
        call(get_build_tags.sync_detailed, "Fabrikam", 391, client=client)
    logged = "\n".join(f"{r.getMessage()} {r.args}" for r in caplog.records)
    assert "HTTP Request" in logged  # httpx did log the exchange
    for secret in secrets():
        assert secret not in logged
        assert secret not in str(caught.value) and secret not in repr(caught.value)


def test_default_timeout_is_real_and_reaches_the_httpx_clients() -> None:
    client = connect(BASE_URL)
    assert DEFAULT_TIMEOUT.read == 30.0 and DEFAULT_TIMEOUT.connect == 10.0
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert client.get_async_httpx_client().timeout == DEFAULT_TIMEOUT


def test_timeout_accepts_seconds_or_none() -> None:
    assert connect(BASE_URL, timeout=5).get_httpx_client().timeout == httpx.Timeout(5)
    assert connect(BASE_URL, timeout=None).get_httpx_client().timeout == httpx.Timeout(None)


@pytest.mark.parametrize(
    "timeout", [-1, 0, 0.0, httpx.Timeout(5.0, connect=-1), httpx.Timeout(5.0, read=0)]
)
def test_a_timeout_that_is_not_positive_is_refused_at_construction(
    timeout: float | httpx.Timeout,
) -> None:
    with pytest.raises(ValueError, match="must be a positive number of seconds or None"):
        connect(BASE_URL, timeout=timeout)


def test_a_missing_ca_bundle_is_named_in_the_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-ca.pem")
    with pytest.raises(FileNotFoundError, match=r"no-such-ca\.pem"):
        connect(BASE_URL, verify=missing)


def test_a_request_url_httpx_cannot_send_is_a_value_error_naming_the_operation() -> None:
    client = mock_client(lambda request: httpx.Response(200, json={"count": 0, "value": []}))
    with pytest.raises(ValueError, match="list_builds: the request cannot be sent"):
        call(list_builds.OPERATION, "Fabrikam", client=client, tag_filters="x" * 70_000)


def test_timeout_is_enforced_through_the_generated_functions() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=TAGS)

    call(get_build_tags.sync_detailed, "Fabrikam", 1, client=mock_client(handler, timeout=2.5))
    assert seen == [{"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}]


def tls_contexts(client: Client) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """The TLS contexts of the sync and async network transports under the retries."""
    transport = client.get_httpx_client()._transport
    assert isinstance(transport, RetryTransport)
    sync_pool = transport.wrapped._pool  # type: ignore[union-attr]
    async_pool = transport.async_wrapped._pool  # type: ignore[union-attr]
    return sync_pool._ssl_context, async_pool._ssl_context  # type: ignore[no-any-return]


def test_tls_verification_is_on_by_default_and_off_only_when_asked() -> None:
    for client, mode in [
        (connect("https://tfs.example.com/"), ssl.CERT_REQUIRED),
        (connect("http://tfs.example.com/"), ssl.CERT_REQUIRED),
        (connect("https://tfs.example.com/", verify=False), ssl.CERT_NONE),
    ]:
        sync_context, async_context = tls_contexts(client)
        assert sync_context.verify_mode == async_context.verify_mode == mode
        assert sync_context.check_hostname == (mode == ssl.CERT_REQUIRED)


def test_sync_and_async_transports_share_one_tls_context_with_the_ca_bundle_loaded_once() -> None:
    sync_context, async_context = tls_contexts(connect("https://tfs.example.com/"))
    assert sync_context is async_context
    assert sync_context.cert_store_stats()["x509_ca"] > 0
    mine = ssl.create_default_context()
    assert tls_contexts(connect("https://tfs.example.com/", verify=mine)) == (mine, mine)


def test_user_agent_and_extra_headers_are_sent() -> None:
    recorder = Recorder()
    client = mock_client(
        recorder, user_agent="nightly-report/2.1", headers={"X-TFS-FedAuthRedirect": "Suppress"}
    )
    call(get_build_tags.sync_detailed, "Fabrikam", 391, client=client)
    headers = recorder.requests[0].headers
    assert headers["user-agent"] == "nightly-report/2.1"
    assert headers["x-tfs-fedauthredirect"] == "Suppress"
    recorder.requests.clear()
    call(get_build_tags.sync_detailed, "Fabrikam", 391, client=mock_client(recorder))
    assert recorder.requests[0].headers["user-agent"].startswith("tfs-client/")


def test_requests_go_under_the_collection_url() -> None:
    recorder = Recorder()
    call(get_build_tags.sync_detailed, "Fabrikam Fiber", 391, client=mock_client(recorder))
    url = recorder.requests[0].url
    assert (
        url.raw_path.split(b"?")[0]
        == b"/DefaultCollection/Fabrikam%20Fiber/_apis/build/builds/391/tags"
    )
    assert url.params["api-version"] == api_version("getBuildTags")


@pytest.mark.parametrize("url", ["tfs.example.com", "ftp://tfs.example.com/", "https://", ""])
def test_base_url_must_be_an_http_url(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        connect(url)


def test_derived_clients_keep_auth_retries_and_timeout(clock: FakeClock) -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503) if len(calls) == 1 else httpx.Response(200, json=TAGS)

    client = mock_client(handler, clock).with_headers({"X-Trace": "abc"})
    call(get_build_tags.sync_detailed, "Fabrikam", 391, client=client)
    assert len(calls) == 2
    assert calls[1].headers["x-trace"] == "abc"
    assert calls[1].headers["authorization"].startswith("Basic ")


def test_retries_accepts_a_count_or_a_policy() -> None:
    def policy_of(client: object) -> RetryPolicy:
        transport = client.get_httpx_client()._transport  # type: ignore[attr-defined]
        return transport.policy  # type: ignore[no-any-return]

    assert policy_of(connect(BASE_URL)).retries == 3
    assert policy_of(connect(BASE_URL, retries=0)).retries == 0
    custom = RetryPolicy(retries=5, retry_non_idempotent=True)
    assert policy_of(connect(BASE_URL, retries=custom)) is custom


def test_client_closes_cleanly_as_a_context_manager() -> None:
    with mock_client(Recorder()) as client:
        call(get_build_tags.sync_detailed, "Fabrikam", 391, client=client)
    assert client.get_httpx_client().is_closed


@pytest.mark.anyio
async def test_the_same_client_serves_the_asyncio_functions() -> None:
    recorder = Recorder()
    async with mock_client(recorder) as client:
        tags = await acall(get_build_tags.asyncio_detailed, "Fabrikam", 391, client=client)
        build_response = await get_build.asyncio_detailed("Fabrikam", 391, client=client)
    assert tags.value == ["nightly"]
    assert build_response.status_code == 200
    assert all(r.headers["authorization"].startswith("Basic ") for r in recorder.requests)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("timeout", "30", r"timeout must be int or float or httpx\.Timeout or None, got str '30'"),
        ("timeout", True, "timeout must be int or float"),
        ("retries", "3", "retries must be int or RetryPolicy, got str"),
        ("retries", 2.5, "retries must be int or RetryPolicy, got float"),
        ("bearer", "yes", "bearer must be bool, got str"),
        ("verify", 1, r"verify must be bool or str or ssl\.SSLContext, got int"),
        ("token", b"secret", "token must be str or None, got bytes"),
        ("user_agent", 1.0, "user_agent must be str or None"),
        ("headers", [("X-A", "1")], "headers must be Mapping or None, got list"),
        ("headers", {"X-Count": 1}, "headers must map str to str, got 'X-Count': 1"),
        ("max_reply_bytes", "64", "max_reply_bytes must be int or None"),
        ("deadline", "60", "deadline must be int or float or None"),
        ("transport", object(), r"transport must be httpx\.BaseTransport or None"),
    ],
)
def test_a_connect_option_of_the_wrong_type_is_a_type_error_naming_it(
    option: str, value: object, message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        connect(BASE_URL, **{option: value})  # type: ignore[arg-type]


def _builds_page(request: httpx.Request) -> httpx.Response:
    """Two pages of builds: the first carries a continuation token."""
    if request.url.params.get("continuationToken") == "next":
        return httpx.Response(200, json={"count": 1, "value": [build_json(2)]})
    headers = {"x-ms-continuationtoken": "next"}
    return httpx.Response(200, json={"count": 1, "value": [build_json(1)]}, headers=headers)


def test_connects_api_version_is_sent_by_call_and_paginate_unless_a_call_names_its_own() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "/tags" in request.url.path:
            return httpx.Response(200, json=TAGS)
        return _builds_page(request)

    client = mock_client(handler, api_version=UPGRADED)
    call(get_build_tags.OPERATION, "P", 1, client=client)
    call(get_build_tags.sync_detailed, "P", 1, client=client, api_version=api_version("getBuild"))
    assert [b.id for b in paginate(list_builds.OPERATION, "P", client=client)] == [1, 2]
    assert [r.url.params["api-version"] for r in seen] == [
        UPGRADED,
        api_version("getBuild"),
        UPGRADED,
        UPGRADED,
    ]
    assert client.with_headers({"X-Extra": "1"}).api_version == UPGRADED  # type: ignore[attr-defined]


def test_without_connects_api_version_each_operation_sends_its_documented_one() -> None:
    recorder = Recorder()
    client = mock_client(recorder)
    call(get_build.OPERATION, "P", 1, client=client)
    assert recorder.requests[0].url.params["api-version"] == api_version("getBuild")


@pytest.mark.parametrize(("value", "error"), [(7.1, TypeError), (" ", ValueError)])
def test_a_wrong_connect_api_version_is_refused(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="api_version"):
        connect(BASE_URL, api_version=value)  # type: ignore[arg-type]


def test_tfs_clients_api_version_reaches_its_low_level_client() -> None:
    recorder = Recorder()
    with TfsClient(BASE_URL, transport=httpx.MockTransport(recorder), api_version=UPGRADED) as tfs:
        call(get_build.OPERATION, "P", 1, client=tfs.api)
    assert recorder.requests[0].url.params["api-version"] == UPGRADED
