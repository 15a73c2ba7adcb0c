"""Fixtures: a token-protected emulator seeded for the contract suite, in-process or on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from tfs_emulator import EmulatorAdmin, EmulatorServer, Settings, SyncASGITransport, create_app
from tfs_emulator.app import EmulatorApp

from tests.api_versions import api_version

from ._support import TOKEN, seed_contract_data


def _seed(root_url: str, transport: httpx.BaseTransport | None) -> None:
    with (
        EmulatorAdmin(root_url, token=TOKEN, transport=transport) as admin,
        httpx.Client(
            base_url=f"{root_url}/DefaultCollection",
            auth=("", TOKEN),
            params={"api-version": api_version("createTestConfiguration")},
            transport=transport,
        ) as api,
    ):
        seed_contract_data(admin, api)


@pytest.fixture
def seeded_app() -> Iterator[EmulatorApp]:
    """An in-process emulator app (token required) with the contract records."""
    app = create_app(Settings(token=TOKEN))
    _seed("http://localhost", SyncASGITransport(app))  # the clients close the transport
    yield app
    app.state.close()


@pytest.fixture
def seeded_server() -> Iterator[EmulatorServer]:
    """The same, served on a loopback port."""
    with EmulatorServer(settings=Settings(token=TOKEN)) as server:
        _seed(server.root_url, None)
        yield server
