"""The pytest plugin (issue 13): registered by the `pytest11` entry point, cheap until a fixture
is used, and its fixtures work in a project with no conftest at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def _pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_mine.py").write_text(USER_TESTS)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )


def test_the_fixtures_work_with_no_conftest(tmp_path: Path) -> None:
    done = _pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_the_plugin_can_be_switched_off(tmp_path: Path) -> None:
    done = _pytest(tmp_path, "-p", "no:tfs_emulator")
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
