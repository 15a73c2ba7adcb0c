"""``tfs emulator``: the bundled emulator, for trying the command line offline."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from ._commands import CONTEXT_SETTINGS

EMULATOR_TOKEN_ENV = "TFS_EMULATOR_TOKEN"


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--host", default="127.0.0.1", help="The address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8080, help="The port (0: a free one)."
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the state (SQLite and attachment bytes) here across restarts.",
)
@click.option("--seed", type=click.Choice(["demo"]), help="Load the documentation's samples.")
@click.option(
    "--token",
    envvar=EMULATOR_TOKEN_ENV,
    show_envvar=True,
    help="Require this token (basic password or bearer). A throwaway value for offline use.",
)
def emulator(
    host: str, port: int, data_dir: Path | None, seed: str | None, token: str | None
) -> None:
    """Start the emulator (a stateful TFS server for offline use) and serve until Ctrl+C.

    The first line printed is the collection URL to pass as --url / TFS_URL.
    Needs the [emulator] extra: pip install 'tfs-client[emulator]'."""
    try:
        from tfs_emulator.__main__ import main as serve
    except ImportError as error:
        raise click.ClickException(
            f"the emulator needs {error.name}: pip install 'tfs-client[emulator]'"
        ) from None
    argv = ["--host", host, "--port", str(port)]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    if seed is not None:
        argv += ["--seed", seed]
    if token:
        argv += ["--token", token]
    with contextlib.suppress(KeyboardInterrupt):
        serve(argv)
