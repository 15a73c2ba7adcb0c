"""Pytest fixtures: an emulator on a free loopback port, one per test.

`tfs_emulator` and `tfs_emulator_demo` are base URLs (`str`, what `TfsClient` takes);
`tfs_emulator_server` and `tfs_emulator_demo_server` are the `EmulatorServer`s behind them
(`.base_url`, `.root_url`, `.state`); `tfs_emulator_admin` seeds `tfs_emulator_server`.

Installed with tfs-client, this plugin is registered through the `pytest11` entry point, so
the fixtures are available in every test session with no set-up. It imports nothing heavy:
the server (Starlette, uvicorn, SQLite) loads only when a test uses a fixture. Disable it with
`-p no:tfs_emulator`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .admin_client import EmulatorAdmin
    from .server import EmulatorServer


@pytest.fixture
def tfs_emulator_server() -> Iterator[EmulatorServer]:
    """A running, empty emulator (`.base_url`, `.root_url`, `.app`, `.state`)."""
    from .server import EmulatorServer

    with EmulatorServer() as server:
        yield server


@pytest.fixture
def tfs_emulator(tfs_emulator_server: EmulatorServer) -> str:
    """The base URL (`http://127.0.0.1:PORT/DefaultCollection`) of a running, empty emulator."""
    return tfs_emulator_server.base_url


@pytest.fixture
def tfs_emulator_demo_server() -> Iterator[EmulatorServer]:
    """A running emulator loaded with the `demo` seed (the documented samples)."""
    from .server import EmulatorServer

    with EmulatorServer(seed="demo") as server:
        yield server


@pytest.fixture
def tfs_emulator_demo(tfs_emulator_demo_server: EmulatorServer) -> str:
    """The base URL (`http://127.0.0.1:PORT/DefaultCollection`) of a running emulator loaded
    with the `demo` seed (the documented samples)."""
    return tfs_emulator_demo_server.base_url


@pytest.fixture
def tfs_emulator_admin(tfs_emulator_server: EmulatorServer) -> Iterator[EmulatorAdmin]:
    """An `EmulatorAdmin` seeding the `tfs_emulator_server` of the same test."""
    from .admin_client import EmulatorAdmin

    with EmulatorAdmin(tfs_emulator_server.root_url) as admin:
        yield admin
