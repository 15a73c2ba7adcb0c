"""Fixtures for the reliability tests: an emulator on loopback seeded with one project."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import attrs
import pytest
from tfs_emulator import EmulatorAdmin, EmulatorServer, Settings

from tests.client._support import FakeClock

from .faults import FaultProxy

PROJECT = "Reliability"
TEAM = "Reliability Team"


@attrs.frozen
class Seeded:
    """The ids of what ``seed`` put into an emulator at ``base_url``."""

    base_url: str
    project: str
    team: str
    definition_id: int
    queue_id: int
    run_id: int
    result_id: int


@attrs.frozen
class World(Seeded):
    """A seeded emulator running in this process (its ``state`` is inspectable)."""

    server: EmulatorServer


def seed(base_url: str, token: str | None = None) -> Seeded:
    """Create one project, team, definition, queue, run and result through the admin API."""
    with EmulatorAdmin(base_url.rsplit("/", 1)[0], token=token) as admin:
        admin.create_project(PROJECT, teams=[TEAM])
        queue_id = admin.create_queue("Reliability queue")
        definition_id = admin.create_definition(PROJECT, "Reliability CI", queueId=queue_id)
        run_id = admin.create_run(PROJECT, "Reliability run")
        result_id = admin.create_result(PROJECT, run_id)
    return Seeded(base_url, PROJECT, TEAM, definition_id, queue_id, run_id, result_id)


@contextmanager
def seeded_emulator(token: str | None = None) -> Iterator[World]:
    """A seeded emulator on loopback in a background thread (requiring ``token`` if given).

    On exit it checks the emulator never failed unexpectedly (no 500 answered).
    """
    with EmulatorServer(settings=Settings(token=token)) as server:
        ids = attrs.asdict(seed(server.base_url, token))
        yield World(**ids, server=server)
        assert server.state.internal_errors == 0


@contextmanager
def emulator_process() -> Iterator[Seeded]:
    """A seeded emulator in its own process (``python -m tfs_emulator``) on loopback, so that it
    does not share this process's interpreter lock with the clients under test.

    On exit it checks the emulator never failed unexpectedly (no 500 answered).
    """
    command = [sys.executable, "-m", "tfs_emulator", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:"), base_url
        yield seed(base_url)
        with EmulatorAdmin(base_url.rsplit("/", 1)[0]) as admin:
            assert admin.health()["internalErrors"] == 0
    finally:
        process.terminate()
        process.wait(timeout=10)


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
