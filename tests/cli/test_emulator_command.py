"""``tfs emulator`` is ``python -m tfs_emulator``: the same options from one definition, the same
one-line usage errors (exit status 2)."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from ._support import TFS, clean_environment, emulator_process

ENTRY_POINTS = {
    "tfs emulator": [*TFS, "emulator"],
    "python -m tfs_emulator": [sys.executable, "-m", "tfs_emulator"],
}


def _run(command: list[str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *arguments],
        capture_output=True,
        text=True,
        env=clean_environment(),
        timeout=60,
        check=False,
    )


def _options(help_text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", help_text))


def test_both_entry_points_offer_the_same_options() -> None:
    offered = {}
    for name, command in ENTRY_POINTS.items():
        shown = _run(command, "--help")
        assert shown.returncode == 0, shown.stderr
        offered[name] = _options(shown.stdout)
    assert offered["tfs emulator"] == offered["python -m tfs_emulator"]
    assert {"--host", "--port", "--data-dir", "--seed", "--token"} <= offered["tfs emulator"]
    assert {"--allowed-host", "--collection"} <= offered["tfs emulator"]


def test_tfs_emulator_takes_the_collection_option() -> None:
    with emulator_process("--collection", "Acme", "--allowed-host", "tfs.test") as emulator:
        assert emulator.url.endswith("/Acme")


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A loopback port something else listens on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_a_port_in_use_is_one_line_naming_it_and_a_usage_error(name: str, busy_port: int) -> None:
    done = _run(ENTRY_POINTS[name], "--port", str(busy_port))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"{name}: error: port {busy_port} on 127.0.0.1 is already in use: stop what holds it, "
        "or choose another port (--port 0 picks a free one)"
    ]


@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_a_port_out_of_range_is_a_usage_error(name: str) -> None:
    done = _run(ENTRY_POINTS[name], "--port", "70000")
    assert done.returncode == 2
    assert "70000 is not a port" in done.stderr and "Traceback" not in done.stderr
