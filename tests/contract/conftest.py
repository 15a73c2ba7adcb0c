"""Fixtures: a token-protected emulator seeded for the contract suite, in-process or on loopback,
and the command-line runs of test_cli.py, started in the background when the package begins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tfs_emulator import EmulatorServer, Settings, SyncASGITransport, create_app
from tfs_emulator.app import EmulatorApp

from ._support import TOKEN, CliRuns, seed_emulator

CLI_TESTS = Path(__file__).with_name("test_cli.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """test_cli.py's tests run last in this package, so that the command-line runs they check
    (`contract_cli_runs`) work in the background meanwhile instead of being waited for first."""
    cli = [item for item in items if item.path == CLI_TESTS]
    if not cli:
        return
    rest = [item for item in items if item.path != CLI_TESTS]
    here = CLI_TESTS.parent
    after = 1 + max((i for i, item in enumerate(rest) if item.path.parent == here), default=-1)
    items[:] = [*rest[:after], *cli, *rest[after:]]


@pytest.fixture(scope="package", autouse=True)
def contract_cli_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CliRuns]:
    """The three `python -m tfs_client.contract` runs test_cli.py checks, started as the package
    begins when any of its tests is selected (they take about half a minute on two cores, and
    the in-process tests leave the second core idle); stopped when the package ends."""
    runs = CliRuns(tmp_path_factory.mktemp("contract-cli"))
    try:
        if any(item.path == CLI_TESTS for item in request.session.items):
            runs.start()
        yield runs
    finally:
        runs.close()


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
