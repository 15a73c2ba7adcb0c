"""The pytest plugin (issue 13): registered by the `pytest11` entry point, cheap until a fixture
is used, and its fixtures work in a project with no conftest at all."""

from __future__ import annotations

import subprocess
import sys

import pytest

USER_TESTS = """
import httpx
from tfs_client import TfsClient
from tfs_emulator import EmulatorServer

def test_the_demo_fixture_is_the_base_url_a_client_takes(tfs_emulator_demo: str):
    assert isinstance(tfs_emulator_demo, str) and tfs_emulator_demo.endswith("/DefaultCollection")
    with TfsClient(tfs_emulator_demo, token="unused") as tfs:
        assert tfs.builds.get("Fabrikam-Fiber-Git", 391).id == 391

def test_the_server_fixtures_are_the_servers_behind_the_urls(
    tfs_emulator: str,
    tfs_emulator_server: EmulatorServer,
    tfs_emulator_demo: str,
    tfs_emulator_demo_server: EmulatorServer,
):
    assert tfs_emulator_server.base_url == tfs_emulator
    assert tfs_emulator_demo_server.base_url == tfs_emulator_demo
    assert tfs_emulator_demo_server.state.internal_errors == 0

def test_builds_can_be_seeded_and_listed(tfs_emulator, tfs_emulator_admin):
    tfs_emulator_admin.create_project("Mine")
    definition = tfs_emulator_admin.create_definition("Mine", "CI")
    tfs_emulator_admin.create_builds("Mine", definition, count=3)
    assert httpx.get(f"{tfs_emulator}/Mine/_apis/build/builds").json()["count"] == 3
"""

HEAVY = ("starlette", "uvicorn", "sqlite3", "httpx", "anyio", "yaml")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess[str]]:
    """A user's pytest run over `USER_TESTS` with the plugin and one with it switched off,
    started at once (each takes seconds, most of it pytest and its plugins importing)."""
    arguments = {"plugin": (), "switched-off": ("-p", "no:tfs_emulator")}
    processes = {}
    for name, extra in arguments.items():
        folder = tmp_path_factory.mktemp(name)
        (folder / "test_mine.py").write_text(USER_TESTS)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra]
        processes[name] = subprocess.Popen(
            [*command, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=folder,
        )
    done = {}
    try:
        for name, process in processes.items():
            stdout, stderr = process.communicate(timeout=120)
            done[name] = subprocess.CompletedProcess(
                process.args, process.returncode, stdout, stderr
            )
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    return done


def test_the_fixtures_work_with_no_conftest(
    runs: dict[str, subprocess.CompletedProcess[str]],
) -> None:
    done = runs["plugin"]
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_the_plugin_can_be_switched_off(runs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    done = runs["switched-off"]
    assert done.returncode != 0
    assert "fixture 'tfs_emulator' not found" in done.stdout


def test_loading_the_plugin_imports_nothing_heavy() -> None:
    script = (
        "import sys, tfs_emulator.pytest_plugin\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
