"""TLS verification is on by default and turned off only by an explicit ``verify=False``; no
environment variable turns it off. Against a real HTTPS server on loopback whose certificate
is signed by a test CA (``tls/``)."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from tfs_api.api.builds import get_build
from tfs_client import ApiConnectionError, acall, call, connect

TLS = Path(__file__).resolve().parent / "tls"
CA = TLS / "ca.pem"
BUILD = {
    "id": 7,
    "buildNumber": "20260101.1",
    "url": "https://127.0.0.1/DefaultCollection/p/_apis/build/Builds/7",
    "status": "completed",
}


class _BuildHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(BUILD).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@contextmanager
def https_server(host: str) -> Iterator[str]:
    """``https://HOST:PORT/DefaultCollection`` of an HTTPS server on a loopback address."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(TLS / "server.pem", TLS / "server.key")
    server = ThreadingHTTPServer((host, 0), _BuildHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://{host}:{server.server_address[1]}/DefaultCollection"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def https_url() -> Iterator[str]:
    """A loopback HTTPS server whose certificate names 127.0.0.1 (and localhost)."""
    with https_server("127.0.0.1") as url:
        yield url


def test_an_untrusted_certificate_is_refused_by_default(https_url: str) -> None:
    with connect(https_url, retries=0) as client, pytest.raises(ApiConnectionError) as caught:
        call(get_build.sync_detailed, "Project", 7, client=client)

    assert caught.value.operation == "get_build"
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)


@pytest.mark.anyio
async def test_async_calls_refuse_an_untrusted_certificate_by_default(https_url: str) -> None:
    async with connect(https_url, retries=0) as client:
        with pytest.raises(ApiConnectionError) as caught:
            await acall(get_build.asyncio_detailed, "Project", 7, client=client)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)


@pytest.mark.parametrize(
    "variable",
    [
        ("CURL_CA_BUNDLE", ""),
        ("REQUESTS_CA_BUNDLE", ""),
        ("PYTHONHTTPSVERIFY", "0"),
        ("SSL_CERT_FILE", ""),
        ("HTTPS_PROXY", "http://127.0.0.1:9"),
    ],
    ids=lambda variable: variable[0],
)
def test_no_environment_variable_turns_verification_off(
    https_url: str, monkeypatch: pytest.MonkeyPatch, variable: tuple[str, str]
) -> None:
    monkeypatch.setenv(*variable)

    with connect(https_url, retries=0) as client, pytest.raises(ApiConnectionError) as caught:
        call(get_build.sync_detailed, "Project", 7, client=client)

    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)


@pytest.mark.filterwarnings("error")  # a CA bundle path works without deprecated httpx calls
def test_a_ca_bundle_path_or_ssl_context_trusts_the_server(https_url: str) -> None:
    for verify in (str(CA), ssl.create_default_context(cafile=str(CA))):
        with connect(https_url, verify=verify) as client:
            assert call(get_build.sync_detailed, "Project", 7, client=client).to_dict() == BUILD


def test_a_certificate_for_another_host_is_refused() -> None:
    # The certificate names localhost and 127.0.0.1; a server at 127.0.0.2 presenting it fails.
    with (
        https_server("127.0.0.2") as url,
        connect(url, verify=str(CA), retries=0) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        call(get_build.sync_detailed, "Project", 7, client=client)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert "127.0.0.2" in str(caught.value)


@pytest.mark.anyio
async def test_verification_is_off_only_when_asked_explicitly(https_url: str) -> None:
    with connect(https_url, verify=False) as client:
        assert call(get_build.sync_detailed, "Project", 7, client=client).to_dict() == BUILD
    async with connect(https_url, verify=False) as client:
        build = await acall(get_build.asyncio_detailed, "Project", 7, client=client)
    assert build.to_dict() == BUILD


@pytest.mark.anyio
async def test_an_untrusted_certificate_reads_the_same_sync_and_async(https_url: str) -> None:
    with connect(https_url, retries=0) as client, pytest.raises(ApiConnectionError) as sync:
        call(get_build.sync_detailed, "Project", 7, client=client)
    async with connect(https_url, retries=0) as client:
        with pytest.raises(ApiConnectionError) as asynchronous:
            await acall(get_build.asyncio_detailed, "Project", 7, client=client)
    where = httpx.URL(https_url).netloc.decode()
    assert str(sync.value) == str(asynchronous.value)
    assert str(sync.value).startswith(
        f"get_build: could not connect to {where}: TLS certificate check failed: "
        "CERTIFICATE_VERIFY_FAILED, "
    )
