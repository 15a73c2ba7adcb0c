"""Running ``tfs`` as a real subprocess against an emulator process over loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

TOKEN = "cli-test-token-7f3a91"
"""The emulator's token: no output or error message may ever contain it."""

GIT = "Fabrikam-Fiber-Git"
TFVC = "Fabrikam-Fiber-TFVC"
TEAM = "Fabrikam-Fiber-TFVC Team"
TFS = [sys.executable, "-m", "tfs_client.cli"]


def clean_environment(**extra: str) -> dict[str, str]:
    """The environment without any TFS_* variable of the machine, plus ``extra``."""
    environ = {key: value for key, value in os.environ.items() if not key.startswith("TFS_")}
    environ.pop("COLUMNS", None)
    return {**environ, **extra}


@dataclass(frozen=True)
class Emulator:
    """A running ``tfs emulator`` process."""

    url: str
    token: str

    @property
    def root_url(self) -> str:
        return self.url.rsplit("/", 1)[0]

    def environment(self, **extra: str) -> dict[str, str]:
        """Where ``tfs`` finds this emulator: ``TFS_URL`` and ``TFS_TOKEN``."""
        return clean_environment(**{"TFS_URL": self.url, "TFS_TOKEN": self.token, **extra})


@contextmanager
def emulator_process(*arguments: str, token: str = TOKEN) -> Iterator[Emulator]:
    """``tfs emulator --port 0 ARGUMENTS...`` requiring ``token``; always stopped."""
    process = subprocess.Popen(
        [*TFS, "emulator", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_environment(TFS_EMULATOR_TOKEN=token),
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield Emulator(url, token)
    finally:
        process.terminate()
        process.wait(timeout=10)


def tfs(
    *arguments: str,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run ``tfs ARGUMENTS...`` (stdout and stderr captured: not a terminal)."""
    return subprocess.run(
        [*TFS, *arguments],
        capture_output=True,
        text=True,
        env=dict(env) if env is not None else clean_environment(),
        input=input,
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit 1, nothing on stdout, one ``tfs: error:`` line on stderr holding ``fragments``, no
    traceback and no token."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tfs: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    assert "Traceback" not in result.stderr
    assert TOKEN not in result.stderr
