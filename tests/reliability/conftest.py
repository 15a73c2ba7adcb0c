"""Fixtures for the reliability tests: an emulator on loopback seeded with one project."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import attrs
import pytest
from tfs_emulator import EmulatorAdmin, EmulatorServer, Settings

from .faults import FakeClock, FaultProxy

PROJECT = "Reliability"
TEAM = "Reliability Team"


@attrs.frozen
class World:
    """A running emulator and the ids of what was seeded into it."""

    server: EmulatorServer
    project: str
    team: str
    definition_id: int
    queue_id: int
    run_id: int
    result_id: int

    @property
    def base_url(self) -> str:
        """The collection URL."""
        return self.server.base_url


@contextmanager
def seeded_emulator(token: str | None = None) -> Iterator[World]:
    """An emulator on loopback with one project, team, definition, queue, run and result
    (requiring ``token`` when given).

    On exit it checks the emulator never failed unexpectedly (no 500 answered).
    """
    with EmulatorServer(settings=Settings(token=token)) as server:
        with EmulatorAdmin(server.root_url, token=token) as admin:
            admin.create_project(PROJECT, teams=[TEAM])
            queue_id = admin.create_queue("Reliability queue")
            definition_id = admin.create_definition(PROJECT, "Reliability CI", queueId=queue_id)
            run_id = admin.create_run(PROJECT, "Reliability run")
            result_id = admin.create_result(PROJECT, run_id)
        yield World(server, PROJECT, TEAM, definition_id, queue_id, run_id, result_id)
        assert server.state.internal_errors == 0


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    """One seeded emulator per test module."""
    with seeded_emulator() as seeded:
        yield seeded


@pytest.fixture
def proxy(world: World) -> Iterator[FaultProxy]:
    """A fault-injecting proxy in front of the module's emulator."""
    with FaultProxy.for_url(world.base_url) as running:
        yield running


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock for the retry layer (no real sleeps)."""
    return FakeClock()


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio."""
    return "asyncio"
