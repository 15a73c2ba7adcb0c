"""Fixtures: a token-protected emulator seeded for the contract suite, in-process or on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tfs_emulator import EmulatorServer, Settings, SyncASGITransport, create_app
from tfs_emulator.app import EmulatorApp

from ._support import TOKEN, seed_emulator


@pytest.fixture
def seeded_app() -> Iterator[EmulatorApp]:
    """An in-process emulator app (token required) with the contract records."""
    app = create_app(Settings(token=TOKEN))
    seed_emulator("http://localhost", SyncASGITransport(app))  # the clients close the transport
    yield app
    app.state.close()


@pytest.fixture
def seeded_server() -> Iterator[EmulatorServer]:
    """The same, served on a loopback port."""
    with EmulatorServer(settings=Settings(token=TOKEN)) as server:
        seed_emulator(server.root_url, None)
        yield server
