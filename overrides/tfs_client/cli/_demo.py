"""``tfs demo`` (``make demo``): the command line and the Python client against a seeded emulator.

Starts ``tfs emulator --seed demo`` on a free loopback port, runs a few ``tfs`` commands as a
person would (a build list, an upload and a download with progress bars, a coverage table, an
error), runs a short Python snippet beside them, and stops the emulator whatever happens.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.syntax import Syntax

from ._commands import CONTEXT_SETTINGS

DEMO_TOKEN = "demo-token"  # the emulator requires it, as a real server requires a PAT
GIT_PROJECT = "Fabrikam-Fiber-Git"
TFVC_PROJECT = "Fabrikam-Fiber-TFVC"
RUN_ID = 23
COVERED_BUILD = 363

PYTHON_SNIPPET = f'''\
import os
from tfs_api.api.builds import get_build, list_builds
from tfs_client import call, connect, paginate

with connect(os.environ["TFS_URL"], token=os.environ["TFS_TOKEN"]) as client:
    build = call(get_build.sync_detailed, "{GIT_PROJECT}", 391, client=client)
    print(f"build {{build.id}}: {{build.build_number}} {{build.status}} {{build.result}}")
    for build in paginate(list_builds.sync_detailed, "{GIT_PROJECT}", client=client, max_items=3):
        print(build.id, build.build_number, build.definition.name)
'''


def tfs_command() -> list[str]:
    """How to run ``tfs`` from this interpreter (no reliance on PATH)."""
    return [sys.executable, "-m", "tfs_client.cli"]


@contextmanager
def running_emulator(console: Console) -> Iterator[str]:
    """``tfs emulator --seed demo --port 0`` in its own process; yields its URL; always stops it."""
    arguments = ["emulator", "--seed", "demo", "--port", "0"]
    console.print(f"$ tfs {' '.join(arguments)} &", style="bold")
    process = subprocess.Popen(
        [*tfs_command(), *arguments],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TFS_EMULATOR_TOKEN": DEMO_TOKEN},
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise click.ClickException(f"the emulator did not start (it printed {url!r})")
        console.print(url)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def show_and_run(console: Console, environ: dict[str, str], *arguments: str) -> int:
    """Print ``$ tfs ...`` and run it with the terminal as its output; its exit status."""
    console.print()
    console.print(f"$ tfs {shlex.join(arguments)}", style="bold", highlight=False)
    return subprocess.run([*tfs_command(), *arguments], env=environ, check=False).returncode


@click.command(context_settings=CONTEXT_SETTINGS)
def demo() -> None:
    """Start a seeded emulator, show the command line and the Python client at work, stop it.

    Needs the [emulator] extra (make demo installs it)."""
    console = Console(highlight=False)
    with running_emulator(console) as url, tempfile.TemporaryDirectory() as workdir:
        console.print(f"$ export TFS_URL={url} TFS_TOKEN=...", style="bold")
        environ = {**os.environ, "TFS_URL": url, "TFS_TOKEN": DEMO_TOKEN}
        folder = Path(workdir)
        report = folder / "report.bin"
        report.write_bytes(os.urandom(8 * 1024 * 1024))
        log = folder / "console.log"
        log.write_text("".join(f"step {step}: ok\n" for step in range(1, 2001)))
        steps = [
            ("builds", "list", GIT_PROJECT, "--max-items", "5"),
            ("builds", "get", GIT_PROJECT, "391", "--json"),
            ("attachments", "upload", TFVC_PROJECT, str(RUN_ID), str(report), str(log)),
            ("attachments", "download", TFVC_PROJECT, str(RUN_ID), "--to", str(folder / "out")),
            ("coverage", "build", TFVC_PROJECT, str(COVERED_BUILD)),
        ]
        failures = [step for step in steps if show_and_run(console, environ, *step) != 0]
        console.print()
        console.print(
            "$ tfs builds get Fabrikam-Fiber-Git 999999   # errors: one line, exit 1", style="bold"
        )
        subprocess.run(
            [*tfs_command(), "builds", "get", GIT_PROJECT, "999999"], env=environ, check=False
        )
        console.print()
        console.print("# the same server from Python:", style="bold")
        console.print(Syntax(PYTHON_SNIPPET, "python", theme="ansi_dark"))
        completed = subprocess.run([sys.executable, "-c", PYTHON_SNIPPET], env=environ, check=False)
    console.print()
    console.print("emulator stopped")
    if failures or completed.returncode:
        raise click.ClickException(
            f"{len(failures) + bool(completed.returncode)} demo step(s) failed"
        )
