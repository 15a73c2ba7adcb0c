"""Fixtures for the emulator tests: the demo-seeded emulator, reached over loopback or in-process.

`tfs_emulator`, `tfs_emulator_server`, `tfs_emulator_demo`, `tfs_emulator_demo_server` and
`tfs_emulator_admin` come from the package's pytest plugin (registered by its `pytest11` entry
point).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from tfs_emulator.app import create_app
from tfs_emulator.server import EmulatorServer
from tfs_emulator.transport import SyncASGITransport

#: /work/shared (read-only): the API pages and recorded samples, beside the repository root.
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SAMPLES = SHARED / "docs-examples"
SAMPLE_BASE = "https://mytfsserver/DefaultCollection"

GIT = "Fabrikam-Fiber-Git"
TFVC = "Fabrikam-Fiber-TFVC"
TEAM = "Fabrikam-Fiber-TFVC Team"


def sample(name: str) -> dict[str, Any]:
    """A recorded exchange from shared/docs-examples (e.g. `builds/GET__...json`)."""
    data: dict[str, Any] = json.loads((SAMPLES / name).read_text())
    return data


def as_recorded(value: Any, base_url: str) -> Any:
    """`value` with the emulator's base URL replaced by the recording server's."""
    return json.loads(json.dumps(value).replace(base_url, SAMPLE_BASE))


class Api:
    """An httpx client on the demo emulator plus the URLs tests need."""

    def __init__(self, client: httpx.Client, base_url: str, root_url: str) -> None:
        self.client = client
        self.base_url = base_url
        self.root_url = root_url

    def admin(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Call the admin API (`/_emulator/...`); fails the test on an error status."""
        response = self.client.request(method, f"{self.root_url}/_emulator/{path}", **kwargs)
        response.raise_for_status()
        return response


@contextmanager
def open_api(kind: str) -> Iterator[Api]:
    """The demo emulator over a real loopback socket (`loopback`) or the sync ASGI transport."""
    if kind == "loopback":
        with (
            EmulatorServer(seed="demo") as server,
            httpx.Client(base_url=server.base_url) as client,
        ):
            yield Api(client, server.base_url, server.root_url)
            assert server.state.internal_errors == 0
    else:
        app = create_app(seed="demo")
        base = "http://emulator/DefaultCollection"
        transport = SyncASGITransport(app)
        with httpx.Client(transport=transport, base_url=base) as client:
            yield Api(client, base, "http://emulator")
        transport.close()
        assert app.state.internal_errors == 0
        app.state.close()


@pytest.fixture(params=["loopback", "in-process"])
def api(request: pytest.FixtureRequest) -> Iterator[Api]:
    """A fresh demo emulator per test, reached both ways."""
    with open_api(request.param) as opened:
        yield opened


@pytest.fixture(scope="module", params=["loopback", "in-process"])
def shared_api(request: pytest.FixtureRequest) -> Iterator[Api]:
    """One demo emulator per module, for tests whose requests change nothing."""
    with open_api(request.param) as opened:
        yield opened


def assert_error(response: httpx.Response, status: int, type_key: str | None = None) -> None:
    """`response` is the server's error body with `status`."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {
        "$id",
        "innerException",
        "message",
        "typeName",
        "typeKey",
        "errorCode",
        "eventId",
    }
    assert body["message"] and isinstance(body["message"], str)
    assert body["errorCode"] == 0 and body["eventId"] == 3000
    if type_key is not None:
        assert body["typeKey"] == type_key
