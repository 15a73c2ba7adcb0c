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
from ._output import console_width

DEMO_TOKEN = "demo-token"  # the emulator requires it, as a real server requires a PAT
GIT_PROJECT = "Fabrikam-Fiber-Git"
TFVC_PROJECT = "Fabrikam-Fiber-TFVC"
RUN_ID = 23
COVERED_BUILD = 363

PYTHON_SNIPPET = f'''\
import os
from tfs_client import CodeCoverageFlags, TfsClient

with TfsClient(os.environ["TFS_URL"], token=os.environ["TFS_TOKEN"]) as tfs:
    build = tfs.builds.get("{GIT_PROJECT}", 391)
    print(f"build {{build.id}}: {{build.build_number}} {{build.status}} {{build.result}}")
    for build in tfs.builds.list("{GIT_PROJECT}", status_filter="completed", max_items=3):
        print(build.id, build.build_number, build.definition.name if build.definition else "-")
    for entry in tfs.code_coverage.for_build("{TFVC_PROJECT}", build_id={COVERED_BUILD}, flags=CodeCoverageFlags.MODULES):
        for module in entry.modules or []:  # UNSET (falsy) when the server leaves a field out
            print(module.name, module.statistics.blocks_covered if module.statistics else "-")
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


def show_and_run(console: Console, *arguments: str, note: str = "") -> int:
    """Print ``$ tfs ...`` and run it in this process (as the shell would); its exit status."""
    from ._app import run  # the command tree imports this module

    console.print()
    console.print(f"$ tfs {shlex.join(arguments)}{note}", style="bold", highlight=False)
    return run(list(arguments))


@click.command(context_settings=CONTEXT_SETTINGS)
def demo() -> None:
    """Start a seeded emulator, show the command line and the Python client at work, stop it.

    Needs the [emulator] extra (make demo installs it)."""
    console = Console(highlight=False, width=console_width(sys.stdout))
    saved = {key: os.environ.get(key) for key in ("TFS_URL", "TFS_TOKEN", "TFS_TOKEN_FILE")}
    with running_emulator(console) as url, tempfile.TemporaryDirectory() as workdir:
        console.print(f"$ export TFS_URL={url} TFS_TOKEN=...", style="bold")
        os.environ.update(TFS_URL=url, TFS_TOKEN=DEMO_TOKEN)
        os.environ.pop("TFS_TOKEN_FILE", None)
        try:
            failures = run_steps(console, Path(workdir))
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    console.print()
    console.print("emulator stopped")
    if failures:
        raise click.ClickException(f"{failures} demo step(s) failed")


def run_steps(console: Console, folder: Path) -> int:
    """The commands and the Python snippet; how many of them failed."""
    report = folder / "report.bin"
    report.write_bytes(os.urandom(8 * 1024 * 1024))
    log = folder / "console.log"
    log.write_text("".join(f"step {step}: ok\n" for step in range(1, 2001)))
    steps = [
        ("builds", "list", GIT_PROJECT, "--max-items", "5"),
        ("builds", "add-tag", GIT_PROJECT, "391", "demo"),
        ("configurations", "list", TFVC_PROJECT),
        ("attachments", "upload", TFVC_PROJECT, str(RUN_ID), str(report), str(log)),
        ("attachments", "download", TFVC_PROJECT, str(RUN_ID), "--to", str(folder / "out")),
        ("coverage", "build", TFVC_PROJECT, str(COVERED_BUILD)),
    ]
    failures = sum(show_and_run(console, *step) != 0 for step in steps)
    note = "   # errors: one line on stderr, exit status 1"
    if show_and_run(console, "builds", "get", GIT_PROJECT, "999999", note=note) != 1:
        failures += 1
    console.print()
    console.print("# the same server from Python:", style="bold")
    console.print(Syntax(PYTHON_SNIPPET, "python", theme="ansi_dark", word_wrap=True))
    exec(compile(PYTHON_SNIPPET, "<make demo>", "exec"), {})  # exactly the code shown
    return failures
