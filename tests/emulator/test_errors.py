"""Bad input anywhere gets a 4xx with the server's error body, never a 500; optional authentication."""

from __future__ import annotations

import base64

import httpx
import pytest
from tfs_emulator.server import EmulatorServer
from tfs_emulator.state import Settings

from .conftest import GIT, TEAM, TFVC, Api, assert_error

BUILDS = f"/{GIT}/_apis/build/builds"

BAD_REQUESTS = [
    ("GET", f"{BUILDS}/391?api-version=two", None, 400),
    ("GET", f"{BUILDS}?$top=-1", None, 400),
    ("GET", f"{BUILDS}?$top=abc", None, 400),
    ("GET", f"{BUILDS}?definitions=1,x", None, 400),
    ("GET", f"{BUILDS}?statusFilter=sleeping", None, 400),
    ("GET", f"{BUILDS}?resultFilter=great", None, 400),
    ("GET", f"{BUILDS}?reasonFilter=why", None, 400),
    ("GET", f"{BUILDS}?type=ant", None, 400),
    ("GET", f"{BUILDS}?minFinishTime=yesterday", None, 400),
    ("GET", f"{BUILDS}?continuationToken=%7BcontinuationToken%7D", None, 400),
    ("GET", f"{BUILDS}/99999", None, 404),
    ("GET", f"{BUILDS}/abc", None, 404),
    ("GET", f"{BUILDS}/99999999999", None, 404),
    ("GET", "/NoSuchProject/_apis/build/builds", None, 404),
    ("GET", f"/{GIT}/_apis/nothing/here", None, 404),
    ("POST", BUILDS, b"{not json", 400),
    ("POST", BUILDS, b"[1, 2]", 400),
    ("POST", BUILDS, b"", 400),
    ("POST", BUILDS, b"{}", 400),
    ("POST", BUILDS, b'{"definition": {"id": "25"}}', 400),
    ("POST", BUILDS, b'{"definition": {"id": 0}}', 400),
    ("POST", BUILDS, b'{"definition": 25}', 400),
    ("POST", BUILDS, b'{"definition": {"id": 424242}}', 404),
    ("POST", BUILDS, b'{"definition": {"id": 25}, "queue": {"id": 77}}', 404),
    ("POST", BUILDS, b'{"definition": {"id": 25}, "sourceBranch": 5}', 400),
    ("PATCH", f"{BUILDS}/391", b'{"status": "all"}', 400),
    ("PATCH", f"{BUILDS}/391", b'{"status": "done"}', 400),
    ("PATCH", f"{BUILDS}/391", b'{"keepForever": "yes"}', 400),
    ("PATCH", f"{BUILDS}/391", b'{"startTime": "noon"}', 400),
    ("PATCH", f"{BUILDS}/391", b'{"buildNumber": ""}', 400),
    ("DELETE", BUILDS, None, 405),
    ("POST", f"/{TFVC}/_apis/test/configurations", b'{"name": 1}', 400),
    (
        "POST",
        f"/{TFVC}/_apis/test/configurations",
        b'{"name": "x", "values": [{"name": "a"}]}',
        400,
    ),
    ("POST", f"/{TFVC}/_apis/test/configurations", b'{"name": "x", "state": "broken"}', 400),
    ("POST", f"/{TFVC}/_apis/test/configurations", b'{"name": "x", "area": 5}', 400),
    ("GET", f"/{TFVC}/_apis/test/configurations?includeAllProperties=maybe", None, 400),
    ("GET", f"/{TFVC}/_apis/test/configurations?$skip=-3", None, 400),
    ("POST", f"/{TFVC}/{TEAM}/_apis/test/session", b"null", 400),
    # found by schemathesis: empty constrained values and nulls are invalid, not absent
    ("GET", f"{BUILDS}/391?api-version=", None, 400),
    ("GET", f"{BUILDS}?queues=", None, 400),
    ("GET", f"{BUILDS}?$top=", None, 400),
    ("POST", f"/{TFVC}/_apis/test/configurations", b'{"name": "x", "isDefault": null}', 400),
    ("POST", f"/{TFVC}/_apis/test/configurations", b'{"name": "x", "area": {"id": {}}}', 400),
]


@pytest.mark.parametrize(("method", "path", "body", "status"), BAD_REQUESTS)
def test_bad_input_gets_an_error_body_and_a_4xx(
    shared_api: Api, method: str, path: str, body: bytes | None, status: int
) -> None:
    response = shared_api.client.request(
        method, path, content=body, headers={"content-type": "application/json"}
    )
    assert_error(response, status)


def test_unsupported_method_lists_the_allowed_ones(api: Api) -> None:
    response = api.client.delete(BUILDS)
    assert response.headers["allow"] == "GET, POST"


def test_non_json_content_type_is_415(api: Api) -> None:
    response = api.client.post(
        BUILDS, content=b"definition=25", headers={"content-type": "text/plain"}
    )
    assert_error(response, 415)


def test_unexpected_failures_still_answer_with_the_error_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    with EmulatorServer(seed="demo") as server, httpx.Client(base_url=server.base_url) as client:
        monkeypatch.setattr("tfs_emulator.builds.load_build", broken)
        response = client.get(f"{BUILDS}/391")
        assert_error(response, 500, "InternalServerErrorException")
        assert server.state.internal_errors == 1
        server.state.internal_errors = 0


def _basic(user: str, token: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()


def test_token_is_required_as_basic_password_or_bearer_when_configured() -> None:
    with (
        EmulatorServer(seed="demo", settings=Settings(token="s3cret")) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        for headers in (
            {},
            {"authorization": "Bearer wrong"},
            {"authorization": _basic("", "nope")},
            {"authorization": "Basic !!!"},
            {"authorization": "Digest s3cret"},
        ):
            response = client.get(f"{BUILDS}/391", headers=headers)
            assert_error(response, 401, "UnauthorizedRequestException")
            assert "s3cret" not in response.text
        for headers in (
            {"authorization": "Bearer s3cret"},
            {"authorization": _basic("", "s3cret")},
            {"authorization": _basic("me", "s3cret")},
        ):
            assert client.get(f"{BUILDS}/391", headers=headers).status_code == 200
        assert_error(client.post(f"{server.root_url}/_emulator/reset"), 401)
