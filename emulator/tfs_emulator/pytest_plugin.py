"""Pytest fixtures: an emulator on a free loopback port, one per test.

Use them from a conftest (`from tfs_emulator.pytest_plugin import tfs_emulator, ...`) or
register the module as a plugin (`pytest_plugins = ["tfs_emulator.pytest_plugin"]`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import EmulatorServer


@pytest.fixture
def tfs_emulator_server() -> Iterator[EmulatorServer]:
    """A running, empty emulator (`.base_url`, `.root_url`, `.app`, `.state`)."""
    with EmulatorServer() as server:
        yield server


@pytest.fixture
def tfs_emulator(tfs_emulator_server: EmulatorServer) -> str:
    """The base URL (`http://127.0.0.1:PORT/DefaultCollection`) of a running, empty emulator."""
    return tfs_emulator_server.base_url


@pytest.fixture
def tfs_emulator_demo() -> Iterator[EmulatorServer]:
    """A running emulator loaded with the `demo` seed."""
    with EmulatorServer(seed="demo") as server:
        yield server
