"""Generated operations are typed and parsed for success only (generator/generate.py client_view).

The spec documents every error status with the server's error body; generated as-is, each
operation would return `Model | ErrorResponse` and parse an HTML error page as JSON. The
generator step drops error responses from the client's view, so errors stay tfs_client's job.
"""

from __future__ import annotations

import inspect
import typing
from pathlib import Path

import httpx
import pytest
import yaml
from tfs_api import Client
from tfs_api.api.builds import get_build, list_builds
from tfs_api.models import Build, BuildList
from tfs_api.types import Response

from generator.generate import client_view

SPEC = Path(__file__).resolve().parents[2] / "spec" / "tfs.yaml"


def _client(response: httpx.Response) -> Client:
    return Client(
        "https://tfs.example/DefaultCollection",
        httpx_args={"transport": httpx.MockTransport(lambda request: response)},
    )


def test_detailed_functions_are_typed_with_the_success_model_only() -> None:
    for function, model in (
        (get_build.sync_detailed, Build),
        (list_builds.sync_detailed, BuildList),
    ):
        hints = typing.get_type_hints(function)
        assert hints["return"] == Response[model]
    source = inspect.getsource(get_build)
    assert "ErrorResponse" not in source


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (
            404,
            "application/json",
            b'{"message": "Build 7 not found", "typeKey": "BuildNotFoundException"}',
        ),
        (401, "text/html", b"<html><body>Sign in</body></html>"),
        (503, "text/plain", b"Service Unavailable"),
    ],
)
def test_an_error_reply_is_returned_unparsed_instead_of_raising(
    status: int, content_type: str, body: bytes
) -> None:
    reply = httpx.Response(status, headers={"content-type": content_type}, content=body)

    response = get_build.sync_detailed("Fabrikam", 7, client=_client(reply))

    assert response.status_code == status
    assert response.parsed is None
    assert response.content == body


def test_the_client_view_drops_only_error_responses() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))

    view = client_view(spec)

    for path, item in spec["paths"].items():
        for method, operation in item.items():
            kept = view["paths"][path][method]["responses"]
            expected = {s for s in operation["responses"] if not str(s).startswith(("4", "5"))}
            assert set(kept) == expected, operation["operationId"]
            assert expected, f"{operation['operationId']} has no success response"
    assert spec["paths"]["/{project}/_apis/build/builds/{buildId}"]["get"]["responses"]["404"]
